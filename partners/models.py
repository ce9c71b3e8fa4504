import unicodedata

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.images import logo_field
from core.publishing import Publishable, PublishableManager, PublishableQuerySet
from core.richtext import RichTextField
from search import fields as search_fields
from strategy.models import Priority


class OrganisationType(models.TextChoices):
    REGION = "region", _("Region or city")
    UNIVERSITY = "university", _("University")
    RESEARCH = "research", _("Research institute")
    COMPANY = "company", _("Company")
    PUBLIC_BODY = "public", _("Public body")
    CLUSTER = "cluster", _("Cluster or network")
    NGO = "ngo", _("Non-governmental organisation")


class PartnerQuerySet(PublishableQuerySet):
    def for_cards(self):
        """Everything a partner card renders, in a fixed number of queries."""
        return self.published().prefetch_related("priorities")


class Partner(Publishable):
    """An organisation in the region's partner network, in Finland or anywhere in Europe."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    organisation_type = models.CharField(_("type of organisation"), max_length=16, choices=OrganisationType)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown on cards and in search results.")
    )
    description = RichTextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = logo_field(upload_to="partners/logos/")
    logo_width = models.PositiveIntegerField(_("logo width"), editable=False, null=True)
    logo_height = models.PositiveIntegerField(_("logo height"), editable=False, null=True)
    logo_renditions = models.JSONField(_("logo renditions"), default=list, blank=True, editable=False)
    priorities = models.ManyToManyField(
        Priority, blank=True, related_name="partners", verbose_name=_("priorities of interest")
    )
    join_request = models.OneToOneField(
        "partners.JoinRequest",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partner",
        verbose_name=_("join request"),
        help_text=_("The request this partner joined the network with, if any."),
    )

    searched = search_fields.Searched(
        title=["name"],
        summary=["summary", "city"],
        body=["description"],
        translated=frozenset({"summary", "description"}),
        related=True,
    )
    # Searched with the summary: the names of the partner's priorities of interest in every language.
    search_related_names = ("priorities__name_en", "priorities__name_fi", "priorities__name_sv")
    search_related = search_fields.related_field()
    # Counted and filtered by in the list of partners.
    facet_lookups = ("priorities__slug",)
    facet_options = search_fields.facet_options_field()
    search_en, search_fi, search_sv = searched.vectors()
    search_text = searched.plain_text()
    objects = PublishableManager.from_queryset(PartnerQuerySet)()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        permissions = [("publish_partner", _("Can publish, schedule, unpublish and archive partners"))]
        indexes = [*search_fields.indexes("partner"), search_fields.facet_options_index("partner")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partners:partner-detail", kwargs={"slug": self.slug})


class JoinRequestStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    SPAM = "spam", _("Spam")


# A request awaiting a decision.
OPEN_STATUSES = [JoinRequestStatus.NEW, JoinRequestStatus.IN_REVIEW]
# The longest an email address may be, and longer than an organisation's name: what the sameness of two requests
# compares is cut to it, as folding can lengthen a text ("ﬃ" is "ffi") and a row of an index has a limit.
COMPARED_LENGTH = 254


def normalised(text: str) -> str:
    """`text` as compared for sameness: case and compatible forms folded (the Kelvin sign is a k, "ß" is "ss"),
    spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold()).split())


def normalised_email(address: str) -> str:
    """The mailbox an address reaches: normalised, without a +tag (victim+1@x is victim@x)."""
    local, at, domain = normalised(address).rpartition("@")
    return f"{local.split('+', 1)[0]}{at}{domain}"


def same_request(email: str, organisation: str) -> dict[str, str]:
    """What makes two join requests the same one, as the columns that hold it: the mailbox and the organisation."""
    return {
        "email_compared": normalised_email(email)[:COMPARED_LENGTH],
        "organisation_compared": normalised(organisation)[:COMPARED_LENGTH],
    }


class JoinRequestEmail(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement to the applicant")
    STAFF_NOTIFICATION = "staff", _("Notification to staff")
    DECISION = "decision", _("Decision to the applicant")


class JoinRequest(models.Model):
    """A request from an organisation to join the partner network (or one project). Holds personal data."""

    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(_("type of organisation"), max_length=16, choices=OrganisationType)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=200)
    email = models.EmailField(_("email"))
    # Filled on save from the two above (same_request): the one-open-request rule compares these.
    email_compared = models.CharField(_("email as compared"), max_length=COMPARED_LENGTH, editable=False)
    organisation_compared = models.CharField(_("organisation as compared"), max_length=COMPARED_LENGTH, editable=False)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    priorities = models.ManyToManyField(
        Priority, blank=True, related_name="join_requests", verbose_name=_("priorities of interest")
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="join_requests",
        verbose_name=_("project of interest"),
    )
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    # The emails' links lead here when DJANGO_SITE_URL is not set: the worker that sends them has no request. Room
    # for the longest DNS name with a scheme and a port; a longer Host header names no site and is not kept.
    site_url = models.URLField(_("sent on the site"), max_length=300, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=JoinRequestStatus, default=JoinRequestStatus.NEW, db_index=True
    )
    decision_note = models.TextField(
        _("decision note"), blank=True, help_text=_("Sent to the applicant with a decline; kept with the request.")
    )
    joined_partner = models.ForeignKey(
        Partner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner"),
        help_text=_(
            "Leave empty to add a new partner made from this request when you approve it. Choose a partner only if "
            "it is the same organisation: approving then links the request to it and changes nothing in it."
        ),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_join_requests",
        verbose_name=_("reviewer"),
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    # Each email goes out once: a task sends it only while its time is empty, and records when it did.
    acknowledged_at = models.DateTimeField(_("acknowledgement sent at"), null=True, blank=True, editable=False)
    staff_notified_at = models.DateTimeField(_("staff notified at"), null=True, blank=True, editable=False)
    decision_sent_at = models.DateTimeField(_("decision sent at"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("personal data removed at"), null=True, blank=True, editable=False)
    # A mail server's permanent refusal (SMTP 5xx) of one of the emails: it is not tried again, and staff see it.
    refused_email = models.CharField(
        _("email refused"), max_length=16, choices=JoinRequestEmail, blank=True, editable=False
    )
    refused_reply = models.CharField(_("mail server's reply"), max_length=40, blank=True, editable=False)
    refused_at = models.DateTimeField(_("email refused at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        permissions = [("review_joinrequest", _("Can review join requests"))]
        constraints = [
            models.CheckConstraint(
                name="joinrequest_decision_has_time",
                condition=~models.Q(status__in=["approved", "declined", "spam"]) | models.Q(decided_at__isnull=False),
                violation_error_message=_("A decided request needs the time of its decision."),
            ),
            models.CheckConstraint(
                name="joinrequest_refusal_has_time",
                condition=models.Q(refused_email="", refused_at__isnull=True)
                | (~models.Q(refused_email="") & models.Q(refused_at__isnull=False)),
                violation_error_message=_("A refused email needs the time it was refused."),
            ),
            # However many arrive at once, one open request per mailbox and organisation (however written) is stored.
            models.UniqueConstraint(
                fields=["email_compared", "organisation_compared"],
                name="joinrequest_one_open_per_email_and_organisation",
                condition=models.Q(status__in=OPEN_STATUSES),
                violation_error_message=_("A request from this email address for this organisation is already open."),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_status_display()})"

    def save(self, *args, update_fields=None, **kwargs):
        compared = same_request(self.email, self.organisation)
        for name, value in compared.items():
            setattr(self, name, value)
        if update_fields is not None and {"email", "organisation"} & set(update_fields):
            update_fields = {*update_fields, *compared}
        super().save(*args, update_fields=update_fields, **kwargs)
