from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from core.images import logo_field
from core.publishing import Publishable, PublishableManager, PublishableQuerySet
from core.richtext import RichTextField
from search import fields as search_fields
from strategy.models import Municipality, Priority

from .validators import business_id_condition, validate_business_id


class Sector(models.TextChoices):
    """The sections of the EU's NACE Rev. 2 classification of economic activities."""

    A = "A", _("Agriculture, forestry and fishing")
    B = "B", _("Mining and quarrying")
    C = "C", _("Manufacturing")
    D = "D", _("Electricity, gas, steam and air conditioning supply")
    E = "E", _("Water supply; sewerage, waste management and remediation activities")
    F = "F", _("Construction")
    G = "G", _("Wholesale and retail trade; repair of motor vehicles and motorcycles")
    H = "H", _("Transportation and storage")
    I = "I", _("Accommodation and food service activities")  # noqa: E741
    J = "J", _("Information and communication")
    K = "K", _("Financial and insurance activities")
    L = "L", _("Real estate activities")
    M = "M", _("Professional, scientific and technical activities")
    N = "N", _("Administrative and support service activities")
    O = "O", _("Public administration and defence; compulsory social security")  # noqa: E741
    P = "P", _("Education")
    Q = "Q", _("Human health and social work activities")
    R = "R", _("Arts, entertainment and recreation")
    S = "S", _("Other service activities")
    T = "T", _("Activities of households as employers")
    U = "U", _("Activities of extraterritorial organisations and bodies")


class CompanyKind(models.TextChoices):
    STARTUP = "startup", _("Start-up")
    SME = "sme", _("SME")
    LARGE = "large", _("Large company")


class CompanyQuerySet(PublishableQuerySet):
    def for_cards(self):
        """Everything a company card renders, in a fixed number of queries."""
        return self.published().select_related("municipality").prefetch_related("priorities")


class Company(Publishable):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_business_id],
        help_text=_("The Finnish business ID (Y-tunnus), e.g. 0112038-9. Leave empty if the company has none."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=CompanyKind, default=CompanyKind.SME)
    sector = models.CharField(_("sector (NACE)"), max_length=1, choices=Sector)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="companies", verbose_name=_("municipality")
    )
    founded_year = models.PositiveSmallIntegerField(_("founded in"), null=True, blank=True)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown on cards and in search results.")
    )
    description = RichTextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = logo_field(upload_to="companies/logos/")
    logo_width = models.PositiveIntegerField(_("logo width"), editable=False, null=True)
    logo_height = models.PositiveIntegerField(_("logo height"), editable=False, null=True)
    logo_renditions = models.JSONField(_("logo renditions"), default=list, blank=True, editable=False)
    priorities = models.ManyToManyField(Priority, blank=True, related_name="companies", verbose_name=_("priorities"))
    capabilities = TaggableManager(
        _("capabilities"), blank=True, help_text=_("What the company can offer, e.g. battery recycling, IoT sensors.")
    )
    is_open_to_cooperation = models.BooleanField(
        _("open to cooperation"), default=False, help_text=_("Shown to visitors looking for project partners.")
    )

    searched = search_fields.Searched(
        title=["name"],
        summary=["summary"],
        body=["description"],
        translated=frozenset({"summary", "description"}),
        related=True,
    )
    # Searched with the summary: the company's capabilities and the names of its priorities in every language.
    search_related_names = ("capabilities__name", "priorities__name_en", "priorities__name_fi", "priorities__name_sv")
    search_related = search_fields.related_field()
    # Counted and filtered by in the list of companies (its municipality is a column of its own).
    facet_lookups = ("priorities__slug",)
    facet_options = search_fields.facet_options_field()
    search_en, search_fi, search_sv = searched.vectors()
    search_text = searched.plain_text()
    objects = PublishableManager.from_queryset(CompanyQuerySet)()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        permissions = [("publish_company", _("Can publish, schedule, unpublish and archive companies"))]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                name="company_business_id_valid",
                condition=business_id_condition("business_id"),
                violation_error_message=_("This is not a valid Finnish business ID."),
            ),
            models.CheckConstraint(
                name="company_founded_year_plausible",
                condition=models.Q(founded_year__isnull=True)
                | models.Q(founded_year__gte=1600, founded_year__lte=2100),
                violation_error_message=_("The founding year must be between 1600 and 2100."),
            ),
        ]
        indexes = [*search_fields.indexes("company"), search_fields.facet_options_index("company")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("companies:company-detail", kwargs={"slug": self.slug})
