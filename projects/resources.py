"""The columns of the projects spreadsheet: what the admin exports as CSV or Excel and imports from CSV."""

from core.importexport import (
    PublishableResource,
    RelatedKeysWidget,
    TagsWidget,
    column,
    translated,
)
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme

from .models import Fund, Project


class ProjectResource(PublishableResource):
    """One row per project, named by its slug; lists name priorities, themes and funds by slug, SDGs by number and
    municipalities by official code."""

    priorities = column("priorities", RelatedKeysWidget(Priority, "slug"))
    themes = column("themes", RelatedKeysWidget(Theme, "slug"))
    sdgs = column("sdgs", RelatedKeysWidget(SustainableDevelopmentGoal, "number"))
    municipalities = column("municipalities", RelatedKeysWidget(Municipality, "code"))
    funds = column("funds", RelatedKeysWidget(Fund, "slug"))
    tags = column("tags", TagsWidget())

    class Meta:
        model = Project
        fields = [
            "slug",
            *translated("title", "acronym", "summary", "description", "results"),
            "state",
            "start_date",
            "end_date",
            "priorities",
            "themes",
            "sdgs",
            "municipalities",
            "funds",
            "tags",
            "total_budget",
            "eu_contribution",
            "website",
            "eura_code",
            "kohesio_id",
            "keep_eu_id",
            "cordis_id",
            "is_looking_for_partners",
            *translated("partners_sought"),
            "is_featured",
            "status",
            "published_at",
        ]
        export_order = fields
        import_order = fields
