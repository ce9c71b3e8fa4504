from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from core import workflow
from core.admin import (
    EVERYWHERE,
    PUBLICATION_COLUMNS,
    PUBLICATION_FIELDSET,
    PublishableAdmin,
    PublishableAdminForm,
    report_changes,
    update_each,
)
from core.images import picture_of, store_image
from core.importexport import PublishableImportExportMixin
from core.publishing import Status

from .models import Fund, ParticipantRole, Participation, Project, ProjectImage
from .resources import ProjectResource


@admin.register(Fund)
class FundAdmin(TranslationAdmin):
    list_display = ["name", "acronym", "kind", "order"]
    list_editable = ["order"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_fi", "name_sv", "acronym"]
    prepopulated_fields = {"slug": ["acronym", "name"]}
    fields = ["name", "acronym", "slug", "kind", "order"]


class ImagePreviewMixin:
    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj or not obj.image:
            return self.get_empty_value_display()
        # The smallest rendition: a list of previews need not load every original of up to 10 MB.
        return format_html('<img src="{}" alt="{}" height="80">', picture_of(obj, "image").smallest, obj.alt_text)


class ProjectImageInline(ImagePreviewMixin, TranslationStackedInline):
    model = ProjectImage
    fields = ["preview", "image", "alt_text", "caption", "credit", "order"]
    readonly_fields = ["preview"]
    ordering = ["order", "pk"]
    extra = 0


class ParticipationForm(forms.ModelForm):
    """Say which of the two participant fields to fill in, rather than only quoting the constraint."""

    def clean(self):
        cleaned_data = super().clean()
        if "company" in self.errors or "partner" in self.errors:
            return cleaned_data
        company, partner = cleaned_data.get("company"), cleaned_data.get("partner")
        # An error on a field also keeps the model's check constraint from repeating it.
        if company and partner:
            self.add_error("partner", _("Choose either a company or a partner organisation, not both."))
        elif not company and not partner:
            self.add_error("company", _("Choose a company or a partner organisation."))
        return cleaned_data


class ParticipationFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        leads = [
            form
            for form in self.forms
            if form.cleaned_data.get("role") == ParticipantRole.LEAD and not form.cleaned_data.get("DELETE")
        ]
        if len(leads) > 1:
            raise ValidationError(_("A project has only one lead partner."), code="one_lead")


class ParticipationInline(admin.TabularInline):
    model = Participation
    form = ParticipationForm
    formset = ParticipationFormSet
    fields = ["order", "company", "partner", "role"]
    autocomplete_fields = ["company", "partner"]
    ordering = ["order", "pk"]
    extra = 0


class ProjectAdminForm(PublishableAdminForm):
    def clean(self):
        cleaned_data = super().clean()
        # The budget constraint alone would say "more than the total budget" about a total that is missing.
        if (
            cleaned_data.get("eu_contribution") is not None
            and cleaned_data.get("total_budget") is None
            and "total_budget" not in self.errors
        ):
            self.add_error("total_budget", _("Enter the total budget when you give an EU contribution."))
        return cleaned_data


@admin.register(Project)
class ProjectAdmin(PublishableImportExportMixin, PublishableAdmin):
    form = ProjectAdminForm
    resource_classes = [ProjectResource]
    list_display = ["title", "state", "start_date", "is_featured", *PUBLICATION_COLUMNS]
    list_filter = [
        *PublishableAdmin.list_filter,
        "state",
        "is_featured",
        "is_looking_for_partners",
        "priorities",
        "funds",
        "municipalities",
    ]
    search_fields = [
        "title_en",
        "title_fi",
        "title_sv",
        "acronym_en",
        "summary_en",
        "eura_code",
        "kohesio_id",
        "keep_eu_id",
        "cordis_id",
    ]
    autocomplete_fields = ["priorities", "themes", "sdgs", "municipalities", "funds"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
    save_on_top = True
    inlines = [ParticipationInline, ProjectImageInline]
    actions = [*PublishableAdmin.actions, "feature_selected", "unfeature_selected", "export_selected"]
    fieldsets = [
        (
            _("Basics"),
            {
                "fields": [
                    "title",
                    "slug",
                    "acronym",
                    "summary",
                    "description",
                    "results",
                    "state",
                    ("start_date", "end_date"),
                    "website",
                ]
            },
        ),
        (_("Strategy"), {"fields": ["priorities", "themes", "sdgs", "tags"]}),
        (_("Place"), {"fields": ["municipalities"]}),
        (_("Money and funds"), {"fields": ["total_budget", "eu_contribution", "funds"]}),
        (
            _("Registries"),
            {
                "fields": ["eura_code", "kohesio_id", "keep_eu_id", "cordis_id"],
                "description": _("Identifiers in the EU registries; the project page links to each entry."),
                "classes": ["collapse"],
            },
        ),
        (_("Partners sought"), {"fields": ["is_looking_for_partners", "partners_sought"]}),
        (PUBLICATION_FIELDSET[0], {"fields": ["is_featured", *PUBLICATION_FIELDSET[1]["fields"]]}),
    ]

    def save_formset(self, request, form, formset, change):
        if formset.model is ProjectImage:
            # Only the forms the formset saves: a row whose form did not change is not written again.
            for image_form in formset.forms:
                if image_form.has_changed() and not image_form.cleaned_data.get("DELETE"):
                    store_image(image_form.instance, "image")
        super().save_formset(request, form, formset, change)

    @admin.action(
        permissions=["publish"],
        description=_("Feature this project on the home page"),
        description_plural=_("Feature selected projects on the home page"),
        location=EVERYWHERE,
    )
    def feature_selected(self, request, queryset):
        count = update_each(self, request, queryset.filter(is_featured=False), is_featured=True)
        report_changes(
            self,
            request,
            count,
            ngettext(
                "%(count)d project is now featured on the home page.",
                "%(count)d projects are now featured on the home page.",
                count,
            )
            % {"count": count},
            _("Nothing to feature: the selected projects were already featured."),
        )

    @admin.action(
        permissions=["publish"],
        description=_("Stop featuring this project"),
        description_plural=_("Stop featuring selected projects"),
        location=EVERYWHERE,
    )
    def unfeature_selected(self, request, queryset):
        count = update_each(self, request, queryset.filter(is_featured=True), is_featured=False)
        report_changes(
            self,
            request,
            count,
            ngettext(
                "%(count)d project is no longer featured.",
                "%(count)d projects are no longer featured.",
                count,
            )
            % {"count": count},
            _("Nothing to change: none of the selected projects was featured."),
        )


@admin.register(ProjectImage)
class ProjectImageAdmin(ImagePreviewMixin, TranslationAdmin):
    list_display = ["preview", "alt_text", "project", "order"]
    list_display_links = ["preview", "alt_text"]
    list_select_related = ["project"]
    list_filter = ["project__status"]
    search_fields = ["alt_text_en", "caption_en", "credit", "project__title_en"]
    autocomplete_fields = ["project"]
    fields = ["project", "preview", "image", "alt_text", "caption", "credit", "order"]
    readonly_fields = ["preview"]

    def save_model(self, request, obj, form, change):
        store_image(obj, "image")
        super().save_model(request, obj, form, change)

    # An image is part of its project: an editor changes the images of draft projects only.

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and workflow.can_edit(request.user, obj and obj.project)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and workflow.can_edit(request.user, obj and obj.project)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "project" and not workflow.can_publish(request.user, Project):
            kwargs["queryset"] = Project.objects.filter(status=Status.DRAFT)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
