from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from smartregion.admin import PUBLICATION_COLUMNS, PUBLICATION_FIELDSET, PublishableAdmin

from .models import JoinRequest, Partner


@admin.register(Partner)
class PartnerAdmin(PublishableAdmin):
    list_display = ["name", "organisation_type", "country", "city", *PUBLICATION_COLUMNS]
    list_filter = [*PublishableAdmin.list_filter, "organisation_type", ("country", CountryFilter), "priorities"]
    search_fields = ["name", "city", "summary_en", "summary_fi", "summary_sv"]
    autocomplete_fields = ["priorities", "join_request"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "published_at"
    fieldsets = [
        (_("Basics"), {"fields": ["name", "slug", "organisation_type", ("country", "city")]}),
        (_("Profile"), {"fields": ["summary", "description", "website", "logo"]}),
        (_("Network"), {"fields": ["priorities", "join_request"]}),
        PUBLICATION_FIELDSET,
    ]


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    """Read-only for now: requests arrive through the public form, and moderation comes later."""

    list_display = ["organisation", "country", "organisation_type", "status", "created_at"]
    list_filter = ["status", "organisation_type", ("country", CountryFilter), "priorities"]
    search_fields = ["organisation", "contact_name", "email"]
    date_hierarchy = "created_at"
    fieldsets = [
        (_("Organisation"), {"fields": ["organisation", "organisation_type", ("country", "city"), "website"]}),
        (_("Contact"), {"fields": ["contact_name", "email", "phone", "language"]}),
        (_("Interest"), {"fields": ["priorities", "project", "message"]}),
        (_("Review"), {"fields": ["status", "decision_note", "reviewer", "decided_at", ("created_at", "updated_at")]}),
    ]
    readonly_fields = ["created_at", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
