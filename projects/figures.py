"""The figures the portal shows about the projects: on the home page, for each priority, and as charts."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.db.models import Count, OuterRef, Subquery, Sum
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from companies.models import Company
from core.caching import cached
from core.filtering import TOTAL, facet_sums, flat_choices, validated
from core.publishing import published_q
from partners.models import Partner
from strategy.models import Municipality

from .filters import FACETS
from .models import Project


def project_figures(**lookups) -> dict:
    """Count, EU funding and places reached of the published projects (those matching `lookups`, if given).

    Counted once for each version of the content and kept in the shared cache; any change to the content, or a
    scheduled entry falling due, gives new figures at once.
    """
    name = "projects:figures:" + ",".join(
        f"{key}={getattr(value, 'pk', value)}" for key, value in sorted(lookups.items())
    )
    return cached(name, lambda: _count_figures(**lookups))


def _count_figures(**lookups) -> dict:
    totals = (
        Project.objects.published().filter(**lookups).aggregate(projects=Count("pk"), eu_funding=Sum("eu_contribution"))
    )
    # Per municipality (26 of them), the first such project working there. A subquery with LIMIT 1 stops at
    # the first one, where EXISTS would let PostgreSQL hash every project's places.
    project_there = Project.municipalities.through.objects.filter(
        published_q("project__"), municipality=OuterRef("pk"), **{f"project__{k}": v for k, v in lookups.items()}
    )
    reached = Municipality.objects.annotate(first_project=Subquery(project_there.values("pk")[:1]))
    return {
        "projects": totals["projects"],
        "eu_funding": totals["eu_funding"] or Decimal(0),
        "municipalities": reached.filter(first_project__isnull=False).count(),
    }


def portal_figures() -> dict:
    """The home page's figures: the projects' and the size of the network (companies and partners are part of
    the catalogue's state too)."""

    def count():
        return {
            **_count_figures(),
            "companies": Company.objects.published().count(),
            "partners": Partner.objects.published().count(),
        }

    return cached("projects:portal-figures", count)


# The catalogue's filters drawn as charts on the figures page, in their order there: (title, what a bar counts).
CHARTS = {
    "priority": (_("Projects by priority"), _("A project may serve several priorities: it is counted under each.")),
    "theme": (_("Projects by theme"), _("A project may have several themes: it is counted under each.")),
    "state": (_("Projects by state"), _("Planned, ongoing and completed projects.")),
    "fund": (
        _("Funding by fund"),
        _("The projects each fund finances, with their total budget against their EU contribution."),
    ),
    "area": (
        _("City and countryside"),
        _("Projects working in the region's towns (Smart City) and in its rural municipalities (Smart Countryside)."),
    ),
    "subregion": (_("Projects by sub-region"), _("A project working in several sub-regions is counted in each.")),
    "municipality": (
        _("Projects by municipality"),
        _("The 26 municipalities of Uusimaa; a project working in several is counted in each."),
    ),
    "sdg": (
        _("Sustainable Development Goals"),
        _("The UN Sustainable Development Goals the projects address; a project may address several."),
    ),
}
# What is summed for each option beside the number of projects.
SUMMED = ["eu_contribution", "total_budget"]


class Measure(models.TextChoices):
    PROJECTS = "projects", _("Number of projects")
    FUNDING = "funding", _("EU funding")


@dataclass(frozen=True)
class Bar:
    value: str  # the option, as the catalogue's address names it
    label: str
    projects: int
    eu_funding: Decimal
    total_budget: Decimal
    url: str  # the catalogue, filtered to this option
    share: float  # the measure shown, as a share of the chart's largest (0 to 100)
    budget_share: float  # the total budget, and the EU funding, as shares of the chart's largest total budget
    eu_share: float


@dataclass(frozen=True)
class Chart:
    name: str  # the catalogue's filter, and the chart's id on the page
    label: str  # the filter's label: what the bars are
    title: str
    caption: str
    bars: list[Bar]


@dataclass(frozen=True)
class CatalogueFigures:
    projects: int  # the projects the filters find
    eu_funding: Decimal
    total_budget: Decimal
    charts: list[Chart]


def catalogue_address(chosen: dict, **changes) -> str:
    """The catalogue's address with the filters `chosen` (validated values), each of `changes` replacing one."""
    query = QueryDict(mutable=True)
    for name, value in {**chosen, **changes}.items():
        values = value if isinstance(value, list) else [value]
        values = ["on" if item is True else str(item) for item in values if item not in (None, "", False)]
        if values and name not in ("sort", "page"):
            query.setlist(name, values)
    return reverse("projects:project-list") + (f"?{query.urlencode()}" if query else "")


def catalogue_figures(filterset, measure: str = Measure.PROJECTS) -> CatalogueFigures:
    """The figures page's totals and charts of the projects `filterset` (a ProjectFilter of published ones) finds.

    Each bar counts what choosing its option in the catalogue gives (with the other filters in use) and links
    there, so a bar's number is the number of results on the page it leads to.
    """
    totals = facet_sums(filterset, filterset.queryset, {name: FACETS[name] for name in CHARTS}, SUMMED)
    chosen = validated(filterset)
    charts = []
    for name, (title, caption) in CHARTS.items():
        options = totals[name]
        rows = [
            (value, label, options.get(value, {"entries": 0, "eu_contribution": None, "total_budget": None}))
            for value, label in flat_choices(filterset.form.fields[name])
        ]
        longest = max((_measured(row, measure) for _value, _label, row in rows), default=0) or 1
        largest_budget = max((row["total_budget"] or 0 for _value, _label, row in rows), default=0) or 1
        bars = [
            Bar(
                value=value,
                label=label,
                projects=row["entries"],
                eu_funding=row["eu_contribution"] or Decimal(0),
                total_budget=row["total_budget"] or Decimal(0),
                url=catalogue_address(chosen, **{name: [value]}),
                share=_share(_measured(row, measure), longest),
                budget_share=_share(row["total_budget"] or 0, largest_budget),
                eu_share=_share(row["eu_contribution"] or 0, largest_budget),
            )
            for value, label, row in rows
        ]
        charts.append(
            Chart(name=name, label=filterset.form.fields[name].label, title=title, caption=caption, bars=bars)
        )
    everything = totals[TOTAL].get(TOTAL, {"entries": 0, "eu_contribution": None, "total_budget": None})
    return CatalogueFigures(
        projects=everything["entries"],
        eu_funding=everything["eu_contribution"] or Decimal(0),
        total_budget=everything["total_budget"] or Decimal(0),
        charts=charts,
    )


def _measured(row: dict, measure: str):
    return (row["eu_contribution"] or 0) if measure == Measure.FUNDING else row["entries"]


def _share(amount, largest) -> float:
    return round(100 * float(amount) / float(largest), 1)
