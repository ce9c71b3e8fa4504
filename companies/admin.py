from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PUBLICATION_COLUMNS, PUBLICATION_FIELDSET, PublishableAdmin
from core.images import store_image
from core.importexport import PublishableImportExportMixin

from .models import Company
from .resources import CompanyResource


@admin.register(Company)
class CompanyAdmin(PublishableImportExportMixin, PublishableAdmin):
    resource_classes = [CompanyResource]
    actions = [*PublishableAdmin.actions, "export_selected"]
    list_display = [
        "name",
        "business_id",
        "kind",
        "sector",
        "municipality",
        "is_open_to_cooperation",
        *PUBLICATION_COLUMNS,
    ]
    list_filter = [
        *PublishableAdmin.list_filter,
        "kind",
        "sector",
        "is_open_to_cooperation",
        "priorities",
        "municipality__sub_region",
    ]
    list_select_related = ["municipality"]
    search_fields = ["name", "business_id", "summary_en", "summary_fi", "summary_sv", "capabilities__name"]
    autocomplete_fields = ["municipality", "priorities"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "published_at"
    fieldsets = [
        (_("Basics"), {"fields": ["name", "slug", "business_id", ("kind", "sector"), "founded_year"]}),
        (_("Profile"), {"fields": ["summary", "description", "website", "logo", "capabilities"]}),
        (_("Place and strategy"), {"fields": ["municipality", "priorities", "is_open_to_cooperation"]}),
        PUBLICATION_FIELDSET,
    ]

    def save_model(self, request, obj, form, change):
        store_image(obj, "logo")
        super().save_model(request, obj, form, change)
