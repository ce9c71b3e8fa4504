"""The columns of the companies spreadsheet: what the admin exports as CSV or Excel and imports from CSV."""

from core.importexport import (
    PublishableResource,
    RelatedKeysWidget,
    RelatedKeyWidget,
    TagsWidget,
    column,
    translated,
)
from strategy.models import Municipality, Priority

from .models import Company


class CompanyResource(PublishableResource):
    """One row per company, named by its slug; the municipality by its official code, priorities by slug."""

    municipality = column("municipality", RelatedKeyWidget(Municipality, "code"))
    priorities = column("priorities", RelatedKeysWidget(Priority, "slug"))
    capabilities = column("capabilities", TagsWidget())

    class Meta:
        model = Company
        fields = [
            "slug",
            "name",
            "business_id",
            "kind",
            "sector",
            "municipality",
            "founded_year",
            *translated("summary", "description"),
            "website",
            "priorities",
            "capabilities",
            "is_open_to_cooperation",
            "status",
            "published_at",
        ]
        export_order = fields
        import_order = fields
