"""The figures the portal shows about the projects: on the home page, for each priority, and as charts."""

import dataclasses
import math
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

from django.db import models
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery, Sum
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from companies.filters import FACETS as COMPANY_FACETS
from companies.filters import CompanyFilter
from companies.models import Company
from core.caching import cached
from core.filtering import TOTAL, chosen_values, facet_counts, facet_sums, flat_choices, narrowed, validated
from core.publishing import published_q
from partners.filters import FACETS as PARTNER_FACETS
from partners.filters import PartnerFilter
from partners.models import Partner
from strategy.maps import municipality_centres, uusimaa
from strategy.models import Municipality

from .filters import FACETS
from .models import Project, ProjectState, running_in


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
    value: str  # the option, as the list's address names it
    label: str
    count: int  # the projects (or partners, or companies) that choosing the option lists
    url: str  # the list, filtered to this option
    share: float  # the measure shown, as a share of the chart's largest (0 to 100)
    eu_funding: Decimal = Decimal(0)
    total_budget: Decimal = Decimal(0)
    budget_share: float = 0  # the total budget, and the EU funding, as shares of the chart's largest total budget
    eu_share: float = 0
    started: int = 0  # on the timeline: the projects that started, and those completed, in the year
    completed: int = 0


@dataclass(frozen=True)
class Chart:
    name: str  # the list's filter, and the chart's id on the page
    label: str  # the filter's label: what the bars are
    title: str
    caption: str
    bars: list[Bar]
    counted: str = "projects"  # what a bar counts: projects, partners or companies


@dataclass(frozen=True)
class Dot:
    """A municipality on the map of Uusimaa: its bar of the municipality chart, where it is and how large."""

    bar: Bar
    x: float
    y: float
    size: float  # a circle's radius, or half a square's side: its area grows with the measure
    is_town: bool
    label_at: tuple[float, float] | None  # where its name starts, if written (the others' would overlap)

    @property
    def side(self) -> float:
        """A town's square: as large as a circle of the same size."""
        return round(self.size * math.sqrt(math.pi), 1)

    @property
    def left(self) -> float:
        return round(self.x - self.side / 2, 1)

    @property
    def top(self) -> float:
        return round(self.y - self.side / 2, 1)

    @property
    def name(self) -> str:
        """The name in the page's language, without the other one in brackets."""
        return str(self.bar.label).split(" (")[0]


@dataclass(frozen=True)
class UusimaaMap:
    width: int
    height: int
    outline: str  # the SVG points of the region's shape around the municipalities
    dots: list[Dot]


@dataclass(frozen=True)
class CatalogueFigures:
    projects: int  # the projects the filters find
    eu_funding: Decimal
    total_budget: Decimal
    charts: list[Chart]  # of the projects the filters find
    network: list[Chart]  # of every partner and company
    map: UusimaaMap | None  # the municipality chart as a map

    def chart(self, name: str) -> Chart | None:
        return next((chart for chart in self.charts + self.network if chart.name == name), None)


def catalogue_address(chosen: dict, **changes) -> str:
    """The catalogue's address with the filters `chosen` (validated values), each of `changes` replacing one."""
    query = QueryDict(mutable=True)
    for name, value in {**chosen, **changes}.items():
        values = value if isinstance(value, list) else [value]
        values = ["on" if item is True else str(item) for item in values if item not in (None, "", False)]
        if values and name not in ("sort", "page"):
            query.setlist(name, values)
    return reverse("projects:project-list") + (f"?{query.urlencode()}" if query else "")


NOTHING = {"entries": 0, "eu_contribution": None, "total_budget": None}


def catalogue_figures(filterset, measure: str = Measure.PROJECTS) -> CatalogueFigures:
    """The figures page's totals and charts of the projects `filterset` (a ProjectFilter of published ones) finds.

    Each bar counts what choosing its option in the catalogue gives (with the other filters in use) and links
    there, so a bar's number is the number of results on the page it leads to.
    """
    totals = facet_sums(filterset, filterset.queryset, {name: FACETS[name] for name in CHARTS}, SUMMED)
    chosen = validated(filterset)
    charts = []
    for name, (title, caption) in CHARTS.items():
        rows = [
            (value, label, totals[name].get(value, NOTHING), catalogue_address(chosen, **{name: [value]}))
            for value, label in flat_choices(filterset.form.fields[name])
        ]
        label = filterset.form.fields[name].label
        charts.append(Chart(name=name, label=label, title=title, caption=caption, bars=_bars(rows, measure)))
        if name == "state":
            charts.append(timeline(filterset, measure))
    everything = totals[TOTAL].get(TOTAL, NOTHING)
    return CatalogueFigures(
        projects=everything["entries"],
        eu_funding=everything["eu_contribution"] or Decimal(0),
        total_budget=everything["total_budget"] or Decimal(0),
        charts=charts,
        network=cached(f"projects:network-charts:{get_language()}", network_charts),
        map=uusimaa_map(next(chart for chart in charts if chart.name == "municipality")),
    )


def _bars(rows: list[tuple[str, str, dict, str]], measure: str) -> list[Bar]:
    """The bars of (option, label, its counts and sums, its address) rows."""
    longest = max((_measured(row, measure) for *_option, row, _url in rows), default=0) or 1
    largest_budget = max((row["total_budget"] or 0 for *_option, row, _url in rows), default=0) or 1
    return [
        Bar(
            value=value,
            label=label,
            count=row["entries"],
            url=url,
            share=_share(_measured(row, measure), longest),
            eu_funding=row["eu_contribution"] or Decimal(0),
            total_budget=row["total_budget"] or Decimal(0),
            budget_share=_share(row["total_budget"] or 0, largest_budget),
            eu_share=_share(row["eu_contribution"] or 0, largest_budget),
            started=row.get("started", 0),
            completed=row.get("completed", 0),
        )
        for value, label, row, url in rows
    ]


def _measured(row: dict, measure: str):
    return (row["eu_contribution"] or 0) if measure == Measure.FUNDING else row["entries"]


def _share(amount, largest) -> float:
    return round(100 * float(amount) / float(largest), 1)


# The timeline shows at most the latest this many years, within those the catalogue's year filter takes.
TIMELINE_YEARS = 30
YEARS = (1990, 2100)


def timeline(filterset, measure: str) -> Chart:
    """The projects running in each year (the catalogue's `year`), with those that started and that were completed
    in it: counted over the projects the other filters find, as if each year were the one chosen."""
    chosen = validated(filterset)
    years = cached(f"projects:timeline:{sorted(chosen_values(filterset).items())!r}", lambda: count_years(filterset))
    rows = [(str(year), str(year), row, catalogue_address(chosen, year=year)) for year, row in years]
    return Chart(
        name="year",
        label=filterset.form.fields["year"].label,
        title=_("Projects year by year"),
        caption=_("The projects running in each year, and how many of them started and were completed in it."),
        bars=_bars(rows, measure),
    )


def count_years(filterset) -> list[tuple[int, dict]]:
    """(year, its counts and sums) from the first year a project started to the last one ends (or this year)."""
    entries = narrowed(filterset, filterset.queryset, but={"year"})
    span = entries.aggregate(first=Min("start_date__year"), last=Max("end_date__year"))
    if span["first"] is None:
        return []
    last = min(max(span["last"] or 0, timezone.now().year), YEARS[1])
    years = range(max(span["first"], last - TIMELINE_YEARS + 1, YEARS[0]), last + 1)
    aggregates = {}
    for year in years:
        running = running_in(year)
        aggregates |= {
            f"entries_{year}": Count("pk", filter=running),
            f"eu_contribution_{year}": Sum("eu_contribution", filter=running),
            f"total_budget_{year}": Sum("total_budget", filter=running),
            f"started_{year}": Count("pk", filter=Q(start_date__year=year)),
            f"completed_{year}": Count("pk", filter=Q(state=ProjectState.COMPLETED, end_date__year=year)),
        }
    counted = entries.aggregate(**aggregates)
    keys = ["entries", "eu_contribution", "total_budget", "started", "completed"]
    return [(year, {key: counted[f"{key}_{year}"] for key in keys}) for year in years]


@dataclass(frozen=True)
class NetworkChart:
    """A chart of every published partner or company, by the options of one of their list's filters."""

    model: type
    filterset_class: type
    facets: dict
    facet: str  # the list's filter
    list_url: str  # the list's URL name
    counted: str  # what a bar counts: partners or companies
    title: str
    caption: str


NETWORK_CHARTS = {
    "partner-country": NetworkChart(
        Partner, PartnerFilter, PARTNER_FACETS, "country", "partners:partner-list", "partners",
        _("Partners by country"), _("The network's partner organisations across Europe and beyond."),
    ),
    "partner-type": NetworkChart(
        Partner, PartnerFilter, PARTNER_FACETS, "type", "partners:partner-list", "partners",
        _("Partners by organisation type"), _("Universities, research institutes, cities, companies and others."),
    ),
    "company-sector": NetworkChart(
        Company, CompanyFilter, COMPANY_FACETS, "sector", "companies:company-list", "companies",
        _("Companies by sector"), _("The region's companies by their main industry (NACE section)."),
    ),
    "company-kind": NetworkChart(
        Company, CompanyFilter, COMPANY_FACETS, "kind", "companies:company-list", "companies",
        _("Companies by kind"), _("Start-ups, small and medium-sized enterprises and large companies."),
    ),
}  # fmt: skip


def network_charts() -> list[Chart]:
    """The partners' and companies' charts, each option counted as its list counts it (with the list's counts,
    kept under the same name) and linking there."""
    charts = []
    for name, chart in NETWORK_CHARTS.items():
        public = chart.model.objects.published()
        filterset = chart.filterset_class(None, queryset=public)
        counts = facet_counts(filterset, public, chart.facets).counts[chart.facet]
        address = reverse(chart.list_url)
        rows = [
            (value, label, {**NOTHING, "entries": counts.get(value, 0)}, f"{address}?{urlencode({chart.facet: value})}")
            for value, label in flat_choices(filterset.form.fields[chart.facet])
        ]
        label = filterset.form.fields[chart.facet].label
        bars = _bars(rows, Measure.PROJECTS)
        charts.append(Chart(name, label, chart.title, chart.caption, bars, counted=chart.counted))
    return charts


LARGEST_DOT = 18
LABEL_HEIGHT = 11  # of a name's letters, whose width is taken as 0.6 of it each


def uusimaa_map(chart: Chart) -> UusimaaMap | None:
    """The municipality chart as a map: each municipality at its centre, sized by its bar, inside the region."""
    drawing = uusimaa(cached("strategy:municipality-centres", municipality_centres))
    if drawing is None:
        return None
    placed = [(bar, drawing.places[bar.value]) for bar in chart.bars if bar.value in drawing.places]
    dots = []
    for bar, place in sorted(placed, key=lambda item: -item[0].share):
        size = round(max(2.5, LARGEST_DOT * math.sqrt(bar.share / 100)), 1)
        dots.append(Dot(bar=bar, x=place.x, y=place.y, size=size, is_town=place.is_town, label_at=None))
    # The largest first, each name where it covers no mark and no name written before it.
    taken = [(dot.x - dot.size, dot.y + dot.size, dot.x + dot.size, dot.y + dot.size) for dot in dots]
    for index, dot in enumerate(dots):
        box = label_box(dot, drawing.width)
        if not any(overlap(box, other) for other in taken):
            taken.append(box)
            dots[index] = dataclasses.replace(dot, label_at=box[:2])
    return UusimaaMap(width=drawing.width, height=drawing.height, outline=drawing.outline, dots=dots)


def label_box(dot: Dot, width: float) -> tuple[float, float, float, float]:
    """(x, y, right, bottom) of the dot's name: to the right of the dot, or to its left near the map's edge."""
    length = 0.6 * LABEL_HEIGHT * len(dot.name)
    x = dot.x + dot.size + 2
    if x + length > width:
        x = dot.x - dot.size - 2 - length
    top = dot.y - LABEL_HEIGHT / 2
    return round(x, 1), round(top + LABEL_HEIGHT - 2, 1), x + length, top + LABEL_HEIGHT


def overlap(a, b) -> bool:
    """Whether two boxes (left, baseline, right, bottom) overlap, a mark's box as tall as a name's."""
    return a[0] < b[2] and b[0] < a[2] and a[3] - LABEL_HEIGHT < b[3] and b[3] - LABEL_HEIGHT < a[3]
