from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.publishing import Publishable
from core.richtext import RichTextField
from search import fields as search_fields


class Priority(models.Model):
    """One of the strategy's three priorities, such as Climate Neutrality."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    tagline = models.CharField(
        _("tagline"), max_length=200, blank=True, help_text=_("One line shown on cards and the home page.")
    )
    description = RichTextField(_("description"), blank=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("strategy:priority-detail", kwargs={"slug": self.slug})


class Theme(models.Model):
    """A spearhead theme under a priority, such as smart mobility."""

    priority = models.ForeignKey(Priority, on_delete=models.PROTECT, related_name="themes", verbose_name=_("priority"))
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["priority__order", "order", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('projects:project-list')}?theme={self.slug}"


# The UN numbers its Sustainable Development Goals from 1 to 17.
FIRST_GOAL, LAST_GOAL = 1, 17


class SustainableDevelopmentGoal(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    colour = models.CharField(_("colour"), max_length=7, help_text=_("The goal's official colour, as #RRGGBB."))

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")
        constraints = [
            models.CheckConstraint(
                name="sdg_number_1_to_17",
                condition=models.Q(number__gte=FIRST_GOAL, number__lte=LAST_GOAL),
                violation_error_message=_("The UN goals are numbered 1 to 17."),
            ),
            models.CheckConstraint(
                name="sdg_colour_is_hex",
                condition=models.Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"),
                violation_error_message=_("Write the colour as # and six hexadecimal digits, e.g. #3F7E44."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    def get_absolute_url(self):
        return f"{reverse('projects:project-list')}?sdg={self.number}"


class SubRegion(models.TextChoices):
    HELSINKI = "helsinki", _("Helsinki sub-region")
    PORVOO = "porvoo", _("Porvoo sub-region")
    RAASEPORI = "raasepori", _("Raasepori sub-region")
    LOVIISA = "loviisa", _("Loviisa sub-region")


class Area(models.TextChoices):
    CITY = "city", _("Smart City (towns)")
    COUNTRYSIDE = "countryside", _("Smart Countryside (rural municipalities)")


def municipality_name_field() -> str:
    """The field of a municipality's official name in the page's language: Swedish on Swedish pages, otherwise
    Finnish."""
    return "name_sv" if get_language() == "sv" else "name_fi"


class MunicipalityQuerySet(models.QuerySet):
    def by_name(self):
        """In the order of their names as the page shows them."""
        return self.order_by(municipality_name_field(), "pk")


class Municipality(models.Model):
    code = models.CharField(
        _("official code"), max_length=3, unique=True, help_text=_("Statistics Finland's three-digit code, e.g. 091.")
    )
    name_fi = models.CharField(_("name in Finnish"), max_length=60)
    name_sv = models.CharField(_("name in Swedish"), max_length=60)
    sub_region = models.CharField(_("sub-region"), max_length=16, choices=SubRegion)
    is_town = models.BooleanField(
        _("is a town"), help_text=_("Towns are the Smart City; rural municipalities the Smart Countryside.")
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=6, decimal_places=3, null=True, blank=True,
        help_text=_("Of the municipality's centre, where the maps place it, e.g. 60.170."),
    )  # fmt: skip
    longitude = models.DecimalField(
        _("longitude"), max_digits=6, decimal_places=3, null=True, blank=True,
        help_text=_("Of the municipality's centre, e.g. 24.938."),
    )  # fmt: skip

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [
            models.CheckConstraint(
                name="municipality_code_three_digits",
                condition=models.Q(code__regex=r"^[0-9]{3}$"),
                violation_error_message=_("The official code has three digits, e.g. 091."),
            ),
        ]

    def __str__(self):
        other = self.name_fi if self.name == self.name_sv else self.name_sv
        return self.name if other == self.name else f"{self.name} ({other})"

    def get_absolute_url(self):
        return f"{reverse('projects:project-list')}?municipality={self.code}"

    @property
    def name(self) -> str:
        """The official name in the page's language."""
        return getattr(self, municipality_name_field())

    @property
    def area(self) -> str:
        return Area.CITY if self.is_town else Area.COUNTRYSIDE


# Paths the site itself uses at the top level; a strategy page may not take them as its slug.
RESERVED_PAGE_SLUGS = [
    "admin",
    "api",
    "companies",
    "feeds",
    "healthz",
    "media",
    "partners",
    "projects",
    "readyz",
    "robots-txt",
    "search",
    "sitemap-xml",
    "static",
    "strategy",
]


class StrategyPage(Publishable):
    """A page of text edited by staff: about, contact, the privacy notice, the accessibility statement."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, unique=True, help_text=_("The page's address: /<slug>/, e.g. accessibility.")
    )
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One or two sentences for search engines and links.")
    )
    body = RichTextField(_("body"), help_text=_("Use headings (h2, h3) to structure longer pages."))
    order = models.PositiveSmallIntegerField(_("order in menus"), default=0)

    searched = search_fields.Searched(
        title=["title"], summary=["summary"], body=["body"], translated=frozenset({"title", "summary", "body"})
    )
    search_en, search_fi, search_sv = searched.vectors()
    search_text = searched.plain_text()

    class Meta(Publishable.Meta):
        ordering = ["order", "title"]
        verbose_name = _("strategy page")
        verbose_name_plural = _("strategy pages")
        permissions = [("publish_strategypage", _("Can publish, schedule, unpublish and archive strategy pages"))]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                name="strategypage_slug_not_reserved",
                condition=~models.Q(slug__in=RESERVED_PAGE_SLUGS),
                violation_error_message=_("That address is used by the site itself; choose another slug."),
            ),
        ]
        indexes = search_fields.indexes("strategypage")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("strategy:page", kwargs={"slug": self.slug})
