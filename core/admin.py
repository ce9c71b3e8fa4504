"""What every app's admin shares: the PublishableAdmin base class, its form and its actions."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext, unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import is_historic
from taggit import admin as taggit_admin
from taggit.models import Tag

from search.documents import refresh_words, tags_changing

from . import workflow
from .history import VersionChanges, changes_since_previous
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
    """Say in the form what Publishable.clean() does with a published entry saved without a time; a past version,
    to restore, starts from the entry's publication as it is now."""

    def __init__(self, *args, instance=None, **kwargs):
        if instance is not None and is_historic(instance):
            # Restoring brings back the content: the status and publication time move only if the publisher
            # changes them here, never to what they were then (which took published entries off the site).
            workflow.keep_publication_as_stored(instance)
        super().__init__(*args, instance=instance, **kwargs)
        if "published_at" in self.fields:
            self.fields["published_at"].help_text = _(
                "When the entry goes public; a future time schedules it. Saving a published entry "
                "with this left empty fills in the current time."
            )


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


class PublishableAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """Admin for a Publishable model: the review workflow, publication columns and actions, and the entry's history.

    Subclasses end their list_display with PUBLICATION_COLUMNS and their fieldsets with PUBLICATION_FIELDSET.
    Who may do what is decided in core/workflow.py: editors change drafts only and never the publication
    fields; publishers hold the model's publish permission.
    """

    form = PublishableAdminForm
    change_form_template = "admin/publishable_change_form.html"
    actions = ["submit_for_review_selected", "publish_selected", "return_to_draft_selected", "archive_selected"]
    list_filter = [VisibilityFilter, "status"]
    readonly_fields = ["created_at", "updated_at"]
    list_per_page = 50

    # Permissions: the workflow's rules on top of the model permissions.

    def has_publish_permission(self, request, obj=None):
        return workflow.can_publish(request.user, self.model)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and workflow.can_edit(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += [name for name in workflow.publication_fields(self.model) if name not in readonly]
        return readonly

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if not self.has_publish_permission(request):
            changelist.list_editable = ()  # a bulk edit would change published entries
        return changelist

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        can_change = self.has_add_permission(request) if add else self.has_change_permission(request, obj)
        context["show_submit_for_review"] = can_change and (obj is None or obj.status == Status.DRAFT)
        context["show_publish"] = (
            can_change and self.has_publish_permission(request) and (obj is None or obj.status != Status.PUBLISHED)
        )
        context["status_display"] = obj.get_status_display() if obj else Status.DRAFT.label
        context["is_scheduled"] = obj is not None and workflow.is_scheduled(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and ("_submit_for_review" in request.POST or "_publish" in request.POST):
            # The workflow buttons save the form as "Save" does (the admin would otherwise run the action menu).
            request.POST = request.POST.copy()
            request.POST["_save"] = "1"
        return super().changeform_view(request, object_id, form_url, extra_context)

    # History: django-simple-history judges a revert by the old version it restores; judge it by the entry as stored.

    def get_historical_record_context_helper(self, request, historical_record):
        return VersionChanges(self.model, historical_record)

    def _as_stored(self, obj):
        return obj and self.model._default_manager.filter(pk=obj.pk).first()

    def revert_disabled(self, request, obj=None):
        return super().revert_disabled(request, obj) or not self.has_change_permission(request, self._as_stored(obj))

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            stored = self.get_object(request, unquote(object_id))
            if stored is None or not self.has_change_permission(request, stored):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def response_change(self, request, obj):
        match = request.resolver_match
        if match is None or not (match.url_name or "").endswith("_simple_history"):
            return super().response_change(request, obj)
        # "Restore this version": say what the restore changed, instead of the admin's "changed successfully".
        restored = obj.history.get(history_id=match.args[1])
        self.message_user(request, self._restored_message(obj, restored), messages.SUCCESS)
        return self.response_post_save_change(request, obj)

    def _restored_message(self, obj, restored):
        when = date_format(timezone.localtime(restored.history_date), "DATETIME_FORMAT")
        changed = changes_since_previous(obj.history.first())
        if not changed:
            return _("“%(entry)s” was already as saved on %(time)s, so nothing changed.") % {"entry": obj, "time": when}
        names = {change.field for change in changed}
        message = _("“%(entry)s” was restored to the version saved on %(time)s; changed: %(fields)s.") % {
            "entry": obj,
            "time": when,
            "fields": ", ".join(str(capfirst(self.model._meta.get_field(name).verbose_name)) for name in sorted(names)),
        }
        if names.isdisjoint({"status", "published_at"}):
            message += " " + _("Its status (%(status)s) and publication time are as they were.") % {
                "status": obj.get_status_display()
            }
        return message

    def save_model(self, request, obj, form, change):
        if not self.has_publish_permission(request):
            # Whatever the form, a revert or a crafted POST carries, an editor's save leaves the publication as it was.
            workflow.keep_publication_as_stored(obj)
        if "_submit_for_review" in request.POST and workflow.submit_for_review(obj):
            self.message_user(request, _("“%(entry)s” was submitted for review.") % {"entry": obj}, messages.SUCCESS)
        elif "_publish" in request.POST and self.has_publish_permission(request) and workflow.publish(obj):
            self.message_user(request, self._published_message(obj), messages.SUCCESS)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_words([form.instance])  # searched inside longer words and suggested at once

    @staticmethod
    def _published_message(obj):
        if workflow.is_scheduled(obj):
            return _("“%(entry)s” is scheduled: it becomes visible on %(time)s.") % {
                "entry": obj,
                "time": date_format(timezone.localtime(obj.published_at), "DATETIME_FORMAT"),
            }
        return _("“%(entry)s” was published and is now visible to visitors.") % {"entry": obj}

    # Columns.

    @admin.display(boolean=True, description=_("visible to visitors?"))
    def is_public_display(self, obj):
        return obj.is_public

    @admin.display(description=_("on the site"))
    def view_on_site_link(self, obj):
        # Staff may preview entries that are not public yet: the public views show them a notice.
        label = _("view") if obj.is_public else _("preview")
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label)

    # Actions: each moves the selected entries that can make the move, records it in their history and says how many.

    def _move_each(self, request, queryset, move) -> int:
        count = 0
        for obj in queryset:
            if move(obj):
                obj.save(update_fields=["status", "published_at", "updated_at"])
                log_action_change(self, request, obj, ["status", "published_at"])
                count += 1
        return count

    @admin.action(
        permissions=["change"],
        description=_("Submit this %(verbose_name)s for review"),
        description_plural=_("Submit selected %(verbose_name_plural)s for review"),
        location=EVERYWHERE,
    )
    def submit_for_review_selected(self, request, queryset):
        count = self._move_each(request, queryset.filter(status=Status.DRAFT), workflow.submit_for_review)
        report_changes(
            self,
            request,
            count,
            ngettext(
                "%(count)d %(items)s was submitted for review.", "%(count)d %(items)s were submitted for review.", count
            )
            % {"count": count, "items": model_ngettext(queryset, count)},
            _("Nothing to submit: only drafts can be submitted for review."),
        )

    @admin.action(
        permissions=["publish"],
        description=_("Publish this %(verbose_name)s"),
        description_plural=_("Publish selected %(verbose_name_plural)s"),
        location=EVERYWHERE,
    )
    def publish_selected(self, request, queryset):
        now = timezone.now()
        # publish() keeps a time already set, so a scheduled entry stays scheduled.
        objs = list(queryset.exclude(status=Status.PUBLISHED))
        count = self._move_each(request, objs, workflow.publish)
        refresh_words(objs)  # searched inside longer words and suggested at once (a scheduled one's when due)
        scheduled = sum(1 for obj in objs if obj.published_at > now)
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
        permissions=["publish"],
        description=_("Return this %(verbose_name)s to draft (off the site)"),
        description_plural=_("Return selected %(verbose_name_plural)s to draft (off the site)"),
        location=EVERYWHERE,
    )
    def return_to_draft_selected(self, request, queryset):
        count = self._move_each(request, queryset.exclude(status=Status.DRAFT), workflow.return_to_draft)
        report_changes(
            self,
            request,
            count,
            ngettext(
                "%(count)d %(items)s is a draft again.",
                "%(count)d %(items)s are drafts again.",
                count,
            )
            % {"count": count, "items": model_ngettext(queryset, count)},
            _("Nothing to change: the selected %(items)s were already drafts.")
            % {"items": model_ngettext(queryset, 2)},
        )

    @admin.action(
        permissions=["publish"],
        description=_("Archive this %(verbose_name)s (off the site, kept for the record)"),
        description_plural=_("Archive selected %(verbose_name_plural)s (off the site, kept for the record)"),
        location=EVERYWHERE,
    )
    def archive_selected(self, request, queryset):
        count = self._move_each(request, queryset.exclude(status=Status.ARCHIVED), workflow.archive)
        report_changes(
            self,
            request,
            count,
            ngettext("%(count)d %(items)s was archived.", "%(count)d %(items)s were archived.", count)
            % {"count": count, "items": model_ngettext(queryset, count)},
            _("Nothing to archive: the selected %(items)s were already archived.")
            % {"items": model_ngettext(queryset, 2)},
        )


class TagAdmin(taggit_admin.TagAdmin):
    """taggit's tag admin, whose merging re-tags published entries: only for staff who may change tags. A tag
    renamed or deleted is searched afresh by the search's own receivers; the entries whose tags its inline or a
    merge moves, which send no signal, through `tags_changing`."""

    def save_related(self, request, form, formsets, change):
        # The tag itself is saved (renamed) by now; its inline's entries only now.
        if "name" not in form.changed_data and not any(formset.has_changed() for formset in formsets):
            return super().save_related(request, form, formsets, change)
        with tags_changing([form.instance.pk]):
            super().save_related(request, form, formsets, change)

    @admin.action(permissions=["change"], description=_("Merge selected tags"))
    def render_tag_form(self, request, queryset):
        return super().render_tag_form(request, queryset)

    def merge_tags_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        if not all(pk.isdigit() for pk in request.session.get("selected_tag_ids", "").split(",")):
            self.message_user(request, _("Choose the tags to merge in the list first."), messages.WARNING)
            return redirect("..")
        if request.method != "POST":
            return super().merge_tags_view(request)
        # The tags still there, less the one merged into if it was chosen too (taggit would take it off every entry).
        chosen = Tag.objects.filter(pk__in=request.session["selected_tag_ids"].split(","))
        merged = list(chosen.exclude(name=request.POST.get("new_tag_name", "").strip()).values_list("pk", flat=True))
        if not merged:
            self.message_user(request, _("Choose tags other than the one they are merged into."), messages.WARNING)
            return redirect("..")
        request.session["selected_tag_ids"] = ",".join(map(str, merged))
        with tags_changing(merged):
            return super().merge_tags_view(request)


admin.site.unregister(Tag)
admin.site.register(Tag, TagAdmin)
