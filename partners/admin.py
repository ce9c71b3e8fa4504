from django.contrib import admin, messages
from django.http import HttpResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.filters import CountryFilter

from core.admin import EVERYWHERE, PUBLICATION_COLUMNS, PUBLICATION_FIELDSET, PublishableAdmin
from core.images import store_image

from . import moderation, personal_data
from .forms import JoinRequestForm
from .models import OPEN_STATUSES, JoinRequest, Partner


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

    def save_model(self, request, obj, form, change):
        store_image(obj, "logo")
        super().save_model(request, obj, form, change)


REVIEW_PERMISSION = "partners.review_joinrequest"


class UndecidedFilter(admin.SimpleListFilter):
    title = _("awaiting a decision")
    parameter_name = "open"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes"))]

    def queryset(self, request, queryset):
        return queryset.filter(status__in=OPEN_STATUSES) if self.value() == "yes" else queryset


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    """The moderation queue: only reviewers (the Partner moderators group) see it; they decide with the actions."""

    list_display = [
        "organisation",
        "country",
        "organisation_type",
        "project",
        "status",
        "created_at",
        "reviewer",
        "decided_at",
        "refused_email",
    ]
    list_filter = [UndecidedFilter, "status", "organisation_type", ("country", CountryFilter), "priorities"]
    list_select_related = ["reviewer", "project"]
    search_fields = ["organisation", "contact_name", "email"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["joined_partner"]
    actions = ["approve_selected", "decline_selected", "mark_spam_selected", "export_applicant", "erase_applicant"]
    fieldsets = [
        (_("Organisation"), {"fields": ["organisation", "organisation_type", ("country", "city"), "website"]}),
        (_("Contact"), {"fields": ["contact_name", "email", "phone", "language"]}),
        (_("Interest"), {"fields": ["priorities", "project_of_interest", "message"]}),
        (
            _("Review"),
            {
                "fields": [
                    "status",
                    "joined_partner",
                    "partners_of_the_same_name",
                    "decision_note",
                    "reviewer",
                    "decided_at",
                    ("created_at", "updated_at"),
                ]
            },
        ),
        (_("Emails"), {"fields": ["acknowledged_at", "staff_notified_at", "decision_sent_at", "refusal"]}),
    ]
    # What the applicant sent stays as sent; a reviewer chooses the partner it joins (until the decision) and writes
    # the decision note (sent with a decline).
    readonly_fields = [
        *JoinRequestForm.Meta.fields,
        "project_of_interest",
        "partners_of_the_same_name",
        "language",
        "status",
        "reviewer",
        "decided_at",
        "created_at",
        "updated_at",
        "acknowledged_at",
        "staff_notified_at",
        "decision_sent_at",
        "refusal",
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if obj is not None and obj.status not in OPEN_STATUSES:
            return [*readonly, "joined_partner"]  # approval has used it
        return readonly

    @admin.display(description=_("project of interest"))
    def project_of_interest(self, join_request):
        """The project's title, linked to its public page while it has one (reviewers do not edit projects)."""
        project = join_request.project
        if project is None:
            return _("None: the partner network as a whole")
        if project.is_public:
            return format_html('<a href="{}">{}</a>', project.get_absolute_url(), project.title)
        return project.title

    @admin.display(description=_("partners of the same name"))
    def partners_of_the_same_name(self, join_request):
        namesakes = Partner.objects.filter(name__iexact=join_request.organisation.strip()).order_by("name")
        if not namesakes:
            return _("No partner has this name.")
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (reverse("admin:partners_partner_change", args=[p.pk]), p.name, p.get_status_display())
                for p in namesakes
            ),
        )

    @admin.display(description=_("refused by the mail server"))
    def refusal(self, join_request):
        if not join_request.refused_email:
            return _("No email has been refused.")
        return _("%(email)s, refused for good on %(time)s (reply %(reply)s): it is not tried again.") % {
            "email": join_request.get_refused_email_display(),
            "time": formats.localize(timezone.localtime(join_request.refused_at)),
            "reply": join_request.refused_reply,
        }

    def has_review_permission(self, request, obj=None):
        return request.user.has_perm(REVIEW_PERMISSION)

    def has_module_permission(self, request):
        return self.has_review_permission(request)

    def has_view_permission(self, request, obj=None):
        return self.has_review_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return self.has_review_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def _decide_each(self, request, queryset, decide, message):
        count = 0
        for join_request in queryset.filter(status__in=OPEN_STATUSES):
            decide(join_request, request.user)
            count += 1
        if count:
            self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)
        else:
            self.message_user(
                request, _("Nothing changed: the selected requests were already decided."), messages.WARNING
            )

    @admin.action(
        permissions=["review"],
        description=_("Approve: add to the partner network and tell the applicant"),
        location=EVERYWHERE,
    )
    def approve_selected(self, request, queryset):
        self._decide_each(
            request,
            queryset,
            moderation.approve,
            lambda n: ngettext(
                "%(count)d request was approved; the applicant will be told.",
                "%(count)d requests were approved; the applicants will be told.",
                n,
            ),
        )

    @admin.action(
        permissions=["review"],
        description=_("Decline: send a kind answer with the decision note"),
        location=EVERYWHERE,
    )
    def decline_selected(self, request, queryset):
        self._decide_each(
            request,
            queryset,
            moderation.decline,
            lambda n: ngettext(
                "%(count)d request was declined; the applicant will be told.",
                "%(count)d requests were declined; the applicants will be told.",
                n,
            ),
        )

    @admin.action(
        permissions=["review"],
        description=_("Export everything held about these applicants (JSON)"),
        location=EVERYWHERE,
    )
    def export_applicant(self, request, queryset):
        emails = list(queryset.values_list("email", flat=True))
        response = HttpResponse(personal_data.export(emails), content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="join-requests-export.json"'
        return response

    @admin.action(
        permissions=["review"],
        description=_("Erase everything held about these applicants"),
        location=[admin.ActionLocation.CHANGE_LIST],
    )
    def erase_applicant(self, request, queryset):
        count = personal_data.erase(queryset.values_list("email", flat=True))
        self.message_user(
            request,
            ngettext(
                "%(count)d join request and the personal data in it were erased.",
                "%(count)d join requests and the personal data in them were erased.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(permissions=["review"], description=_("Mark as spam (nobody is written to)"), location=EVERYWHERE)
    def mark_spam_selected(self, request, queryset):
        self._decide_each(
            request,
            queryset,
            moderation.mark_spam,
            lambda n: ngettext("%(count)d request was marked as spam.", "%(count)d requests were marked as spam.", n),
        )
