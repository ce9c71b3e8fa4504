import datetime

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from companies.models import Company
from core.images import CheckedImageField
from core.publishing import Publishable, PublishableManager, PublishableQuerySet
from core.richtext import RichTextField
from partners.models import Partner
from search import fields as search_fields
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme


class FundKind(models.TextChoices):
    EU = "eu", _("EU fund or programme")
    NATIONAL = "national", _("National")
    MUNICIPAL = "municipal", _("Municipal")
    PRIVATE = "private", _("Private")


class Fund(models.Model):
    name = models.CharField(_("name"), max_length=120)
    acronym = models.CharField(_("short name"), max_length=40, blank=True, help_text=_("e.g. ERDF, ESF+, JTF."))
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=FundKind)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("fund")
        verbose_name_plural = _("funds")

    def __str__(self):
        return self.acronym or self.name

    def get_absolute_url(self):
        return f"{reverse('projects:project-list')}?fund={self.slug}"


class ProjectState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


# The fields a project card shows (with their translations): the cards read no others.
CARD_FIELDS = ("title", "slug", "acronym", "summary", "state", "start_date", "end_date", "is_looking_for_partners")
# The relations a card shows: its priorities and its images (in their order, the first one shown).
CARD_RELATIONS = ("priorities", "images")


def running_in(year: int) -> Q:
    """Projects that were running at some time in `year` (an open end counts as still running)."""
    return Q(start_date__lte=datetime.date(year, 12, 31)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1))
    )


class ProjectQuerySet(PublishableQuerySet):
    def for_cards(self):
        """Everything a project card renders, in a fixed number of queries: the projects, their priorities (in the
        priorities' order) and their images (the first one shown)."""
        return self.published().only(*CARD_FIELDS).prefetch_related(*CARD_RELATIONS)

    def with_details(self):
        """The taxonomies, tags and public participants that a project's page and its API entry show besides
        what its card shows (CARD_RELATIONS); the page reads its municipalities with the map's."""
        public_participants = Participation.objects.filter(
            Q(company__in=Company.objects.published()) | Q(partner__in=Partner.objects.published())
        ).select_related("company", "partner")
        return self.prefetch_related(
            "themes",
            "sdgs",
            "funds",
            "tags",
            models.Prefetch("participations", public_participants),
        )

    def running_in(self, year: int):
        return self.filter(running_in(year))


class Project(Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    summary = models.CharField(
        _("summary"), max_length=400, help_text=_("Two or three sentences shown on cards and in search results.")
    )
    description = RichTextField(_("description"), blank=True)
    results = RichTextField(_("results"), blank=True, help_text=_("What the project achieved or will deliver."))
    state = models.CharField(
        _("state"), max_length=16, choices=ProjectState, default=ProjectState.PLANNED, db_index=True
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty if not yet fixed."))
    priorities = models.ManyToManyField(Priority, related_name="projects", verbose_name=_("priorities"))
    themes = models.ManyToManyField(Theme, blank=True, related_name="projects", verbose_name=_("themes"))
    sdgs = models.ManyToManyField(
        SustainableDevelopmentGoal, blank=True, related_name="projects", verbose_name=_("sustainable development goals")
    )
    municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="projects",
        verbose_name=_("municipalities"),
        help_text=_("Where in Uusimaa the project works."),
    )
    funds = models.ManyToManyField(Fund, blank=True, related_name="projects", verbose_name=_("funds"))
    tags = TaggableManager(_("tags"), blank=True, help_text=_("Free keywords beside the fixed themes."))
    total_budget = models.DecimalField(
        _("total budget (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    eu_contribution = models.DecimalField(
        _("EU contribution (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The part of the total budget paid by EU funds; never more than the total budget."),
    )
    website = models.URLField(_("website"), blank=True)
    eura_code = models.CharField(
        _("EURA 2021 code"), max_length=20, blank=True, help_text=_("The project code in EURA, e.g. A70202.")
    )
    kohesio_id = models.CharField(_("Kohesio identifier"), max_length=40, blank=True)
    keep_eu_id = models.CharField(_("keep.eu identifier"), max_length=40, blank=True)
    cordis_id = models.CharField(_("CORDIS project ID"), max_length=20, blank=True)
    is_looking_for_partners = models.BooleanField(_("looking for partners"), default=False)
    partners_sought = models.TextField(
        _("partners sought"), blank=True, help_text=_("What kind of partners the project looks for, and for what.")
    )
    is_featured = models.BooleanField(
        _("featured"), default=False, db_index=True, help_text=_("Featured projects are shown on the home page.")
    )

    searched = search_fields.Searched(
        title=["title"],
        summary=["acronym", "summary"],
        body=["description", "results", "partners_sought"],
        translated=frozenset({"title", "acronym", "summary", "description", "results", "partners_sought"}),
        related=True,
    )
    # Searched with the summary: the names of the project's taxonomies in every language, and its tags.
    search_related_names = (
        *(
            f"{relation}__name_{code}"
            for relation in ("priorities", "themes", "sdgs", "funds")
            for code in search_fields.CONFIGS
        ),
        "funds__acronym",
        "municipalities__name_fi",
        "municipalities__name_sv",
        "tags__name",
    )
    search_related = search_fields.related_field()
    # Counted and filtered by in the catalogue.
    facet_lookups = (
        "priorities__slug",
        "themes__slug",
        "municipalities__is_town",
        "municipalities__sub_region",
        "municipalities__code",
        "funds__slug",
        "sdgs__number",
    )
    facet_options = search_fields.facet_options_field()
    search_en, search_fi, search_sv = searched.vectors()
    search_text = searched.plain_text()
    objects = PublishableManager.from_queryset(ProjectQuerySet)()

    class Meta(Publishable.Meta):
        ordering = [models.F("published_at").desc(nulls_first=True), "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        permissions = [("publish_project", _("Can publish, schedule, unpublish, feature and archive projects"))]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                name="project_end_not_before_start",
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                name="project_budget_not_negative",
                condition=Q(total_budget__isnull=True) | Q(total_budget__gte=0),
                violation_error_message=_("The total budget cannot be negative."),
            ),
            models.CheckConstraint(
                name="project_eu_contribution_needs_budget",
                condition=Q(eu_contribution__isnull=True) | Q(total_budget__isnull=False),
                violation_error_message=_("Enter the total budget when you give an EU contribution."),
            ),
            models.CheckConstraint(
                name="project_eu_contribution_within_budget",
                condition=Q(eu_contribution__isnull=True)
                | Q(total_budget__isnull=True)
                | Q(eu_contribution__gte=0, eu_contribution__lte=models.F("total_budget")),
                violation_error_message=_("The EU contribution cannot be more than the total budget."),
            ),
            models.CheckConstraint(
                name="project_completed_has_end",
                condition=~Q(state="completed") | Q(end_date__isnull=False),
                violation_error_message=_("A completed project needs an end date."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="project_public_newest"),
            # The year filter (`running_in`) reads this narrow index alone, not the wide table.
            models.Index(fields=["start_date", "end_date", "status", "published_at", "id"], name="project_running"),
            # Whether a project is public, by its id, without reading the wide table: a company's or a partner's
            # projects, counted and listed.
            models.Index(fields=["id"], include=["status", "published_at"], name="project_public_by_id"),
            # The counts read the entries, with the columns saying which are public and their options of every
            # facet, from this narrow index rather than the wide table (alone while vacuum keeps pages all-visible).
            # Its key is not the id: for thousands of a search's hits PostgreSQL then reads it whole, checking each
            # entry against the hits, rather than looking each hit up (the primary key's index does that for a few).
            models.Index(
                fields=["status"],
                include=["published_at", "id", "state", "is_looking_for_partners", "facet_options"],
                name="project_hits",
            ),
            *search_fields.indexes("project"),
            search_fields.facet_options_index("project"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:project-detail", kwargs={"slug": self.slug})

    @property
    def has_distinct_acronym(self) -> bool:
        """Whether the project has an acronym that is not simply its title (shown after the title only then)."""
        return bool(self.acronym) and self.acronym.casefold() != self.title.casefold()

    @property
    def registry_links(self) -> list[tuple[str, str, str]]:
        """The project's entries in EU registries as (registry, identifier, URL)."""
        links = []
        if self.eura_code:
            links.append(("EURA 2021", self.eura_code, f"https://www.eura2021.fi/tietopalvelu/hanke/{self.eura_code}"))
        if self.kohesio_id:
            links.append(("Kohesio", self.kohesio_id, f"https://kohesio.ec.europa.eu/en/projects/{self.kohesio_id}"))
        if self.keep_eu_id:
            links.append(("keep.eu", self.keep_eu_id, f"https://keep.eu/projects/{self.keep_eu_id}/"))
        if self.cordis_id:
            links.append(("CORDIS", self.cordis_id, f"https://cordis.europa.eu/project/id/{self.cordis_id}"))
        return links


class ProjectImage(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="images", verbose_name=_("project"))
    image = CheckedImageField(
        _("image"),
        upload_to="projects/%Y/",
        width_field="width",
        height_field="height",
        renditions_field="renditions",
        help_text=_(
            "A JPEG, PNG or WebP photo of at most 10 MB and 40 megapixels, best at least 1600 pixels wide. "
            "Location and camera data are removed, and smaller copies for phones are made when you save."
        ),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, null=True)
    height = models.PositiveIntegerField(_("height"), editable=False, null=True)
    renditions = models.JSONField(_("renditions"), default=list, blank=True, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=120, blank=True, help_text=_("Photographer or source."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("project image")
        verbose_name_plural = _("project images")
        constraints = [
            models.CheckConstraint(
                name="projectimage_has_alt_text",
                condition=~Q(alt_text=""),
                violation_error_message=_("Describe the image in its alternative text."),
            ),
        ]

    def __str__(self):
        return self.alt_text


class ParticipantRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class Participation(models.Model):
    """A project's participant: exactly one of a company or a partner organisation."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participations", verbose_name=_("project")
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("company"),
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("partner"),
    )
    role = models.CharField(_("role"), max_length=16, choices=ParticipantRole, default=ParticipantRole.PARTNER)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participants")
        constraints = [
            models.CheckConstraint(
                name="participation_exactly_one_participant",
                condition=Q(company__isnull=False, partner__isnull=True)
                | Q(company__isnull=True, partner__isnull=False),
                violation_error_message=_("Choose exactly one participant: a company or a partner organisation."),
            ),
            models.UniqueConstraint(
                fields=["project", "company"],
                name="participation_company_once_per_project",
                violation_error_message=_("This company already takes part in the project."),
            ),
            models.UniqueConstraint(
                fields=["project", "partner"],
                name="participation_partner_once_per_project",
                violation_error_message=_("This partner already takes part in the project."),
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role="lead"),
                name="participation_one_lead_per_project",
                violation_error_message=_("A project has only one lead partner."),
            ),
        ]

    def __str__(self):
        return str(self.participant)

    @property
    def participant(self):
        return self.company or self.partner
