"""What every app's admin shares: the PublishableAdmin base class, its form and its actions."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from modeltranslation.admin import TranslationAdmin

from .publishing import Status

# Where the actions are offered: on the list, and on each entry's change form (new in Django 6.1).
EVERYWHERE = [admin.ActionLocation.CHANGE_LIST, admin.ActionLocation.CHANGE_FORM]

# The columns every Publishable list ends with.
PUBLICATION_COLUMNS = ("status", "published_at", "is_public_display", "view_on_site_link")

# The last fieldset of every Publishable form.
PUBLICATION_FIELDSET = (
    _("Publication"),
    {"fields": ["status", "published_at", ("created_at", "updated_at")]},
)


class PublishableAdminForm(forms.ModelForm):
    """Give an entry published without a time the current time, so it passes the database constraint."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "published_at" in self.fields:
            self.fields["published_at"].help_text = _(
                "When the entry goes public; a future time schedules it. Saving a published entry "
                "with this left empty fills in the current time."
            )

    def clean(self):
        cleaned_data = super().clean()
        if (
            "published_at" in self.fields
            and "published_at" not in self.errors
            and cleaned_data.get("status") == Status.PUBLISHED
            and not cleaned_data.get("published_at")
        ):
            cleaned_data["published_at"] = timezone.now()
        return cleaned_data


def report_changes(modeladmin, request, count, changed_message, unchanged_message):
    """Tell the user what an action did: a success when something changed, a warning when nothing did."""
    if count:
        modeladmin.message_user(request, changed_message, messages.SUCCESS)
    else:
        modeladmin.message_user(request, unchanged_message, messages.WARNING)


def log_action_change(modeladmin, request, obj, field_names):
    """Record an action's change in the entry's history, in the form a change form would record it."""
    with override(None):
        labels = [str(capfirst(obj._meta.get_field(name).verbose_name)) for name in field_names]
    modeladmin.log_change(request, obj, [{"changed": {"fields": labels}}])


def update_each(modeladmin, request, queryset, **values):
    """Set `values` on each entry of `queryset`, save and log it; return how many were saved."""
    count = 0
    for obj in queryset:
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save(update_fields=[*values, "updated_at"])
        log_action_change(modeladmin, request, obj, values)
        count += 1
    return count


class VisibilityFilter(admin.SimpleListFilter):
    """Filter by what visitors see: live now, scheduled for later, or not published."""

    title = _("visible to visitors")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [
            ("public", _("Yes, visible now")),
            ("scheduled", _("Scheduled for later")),
            ("hidden", _("No, not published")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "public":
                return queryset.published()
            case "scheduled":
                return queryset.filter(status=Status.PUBLISHED, published_at__gt=timezone.now())
            case "hidden":
                return queryset.exclude(status=Status.PUBLISHED)
        return queryset


class PublishableAdmin(TranslationAdmin):
    """Admin for a Publishable model: publication columns, status filter, publish/unpublish actions.

    Subclasses end their list_display with PUBLICATION_COLUMNS and their fieldsets with PUBLICATION_FIELDSET.
    """

    form = PublishableAdminForm
    actions = ["publish_selected", "unpublish_selected"]
    list_filter = [VisibilityFilter, "status"]
    readonly_fields = ["created_at", "updated_at"]
    list_per_page = 50

    @admin.display(boolean=True, description=_("visible to visitors?"))
    def is_public_display(self, obj):
        return obj.is_public

    @admin.display(description=_("on the site"))
    def view_on_site_link(self, obj):
        # Staff may preview entries that are not public yet: the public views show them a notice.
        label = _("view") if obj.is_public else _("preview")
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label)

    @admin.action(
        permissions=["change"],
        description=_("Publish this %(verbose_name)s"),
        description_plural=_("Publish selected %(verbose_name_plural)s"),
        location=EVERYWHERE,
    )
    def publish_selected(self, request, queryset):
        now = timezone.now()
        count = scheduled = 0
        for obj in queryset.exclude(status=Status.PUBLISHED):
            obj.publish()  # keeps a time already set, so a scheduled entry stays scheduled
            obj.save(update_fields=["status", "published_at", "updated_at"])
            log_action_change(self, request, obj, ["status", "published_at"])
            count += 1
            if obj.published_at > now:
                scheduled += 1
        report_changes(
            self,
            request,
            count,
            ngettext("%(count)d %(items)s was published.", "%(count)d %(items)s were published.", count)
            % {"count": count, "items": model_ngettext(queryset, count)},
            _("Nothing to publish: the selected %(items)s were already published.")
            % {"items": model_ngettext(queryset, 2)},
        )
        if scheduled:
            message = ngettext(
                "%(count)d of them is scheduled: it becomes visible at its publication time.",
                "%(count)d of them are scheduled: they become visible at their publication time.",
                scheduled,
            )
            self.message_user(request, message % {"count": scheduled}, messages.INFO)

    @admin.action(
        permissions=["change"],
        description=_("Unpublish this %(verbose_name)s (back to draft)"),
        description_plural=_("Unpublish selected %(verbose_name_plural)s (back to draft)"),
        location=EVERYWHERE,
    )
    def unpublish_selected(self, request, queryset):
        count = update_each(self, request, queryset.filter(status=Status.PUBLISHED), status=Status.DRAFT)
        report_changes(
            self,
            request,
            count,
            ngettext(
                "%(count)d %(items)s was unpublished and is a draft again.",
                "%(count)d %(items)s were unpublished and are drafts again.",
                count,
            )
            % {"count": count, "items": model_ngettext(queryset, count)},
            _("Nothing to unpublish: none of the selected %(items)s was published.")
            % {"items": model_ngettext(queryset, 2)},
        )
