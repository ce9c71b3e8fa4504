"""Facet counts of the project catalogue: beside every filter option, how many results choosing it gives.

The counts follow the catalogue's rule: several values of one filter widen (OR), filters combine (AND). An
option's count is the number of projects matching everything else the visitor chose (the search, the other
filters) and that option: for a filter already in use, as if that option were its only choice. So each facet
is counted over the public projects filtered by everything chosen except that facet.

All of it is one SQL query: a UNION ALL of one aggregate per facet, grouped by option, and the number of
results. It is kept in the default cache under the content's version (core.caching.cached), so a
list asked again, or its next page, counts nothing until the content changes.
"""

from dataclasses import dataclass

from django.db.models import CharField, Count, F, TextField, Value
from django.db.models.functions import Cast
from django.utils.translation import get_language

from core.caching import cached
from strategy.models import Area

from .models import Project

# The catalogue's filters that are facets: those counted through a relation (and the field of its entries that
# the option names), and those counted by a field of the project.
RELATED = {
    "priority": ("priorities", "slug"),
    "theme": ("themes", "slug"),
    "state": None,
    "area": ("municipalities", "is_town"),
    "subregion": ("municipalities", "sub_region"),
    "municipality": ("municipalities", "code"),
    "fund": ("funds", "slug"),
    "sdg": ("sdgs", "number"),
    "partners_wanted": None,
}
FACETS = tuple(RELATED)
# How an option reads in the address, from the SQL text of the value it groups by (a boolean reads "true").
OPTION_NAMES = {"area": {"true": Area.CITY, "false": Area.COUNTRYSIDE}, "partners_wanted": {"true": "on"}}
TOTAL = ""  # the row of the number of results


@dataclass
class FacetCounts:
    total: int  # projects matching everything chosen
    counts: dict[str, dict[str, int]]  # facet -> option value -> results if that option is chosen (absent: none)


def facet_counts(filterset) -> FacetCounts:
    """The counts for the catalogue as `filterset` (a validated ProjectFilter) filters it, kept until the content
    changes under the values that validated (an ignored value counts as absent)."""
    chosen = chosen_values(filterset)
    name = f"projects:facet-counts:{get_language()}:{sorted(chosen.items())!r}"
    return cached(name, lambda: count_facets(filterset))


def chosen_values(filterset) -> dict[str, tuple]:
    """What each filter in use filters by, as validated; the order of the list does not change a count."""
    chosen = {}
    for name, value in validated(filterset).items():
        values = value if isinstance(value, list) else [value]
        values = sorted({str(item) for item in values if item not in (None, "", False)})
        if values and name != "sort":
            chosen[name] = tuple(values)
    return chosen


def validated(filterset) -> dict:
    """The filters' values that validated (none when the address has no query); the others are ignored."""
    filterset.is_valid()
    return getattr(filterset.form, "cleaned_data", {})


def narrowed(filterset, *, but: str | None = None):
    """The public projects passing every filter in use except `but`, unordered."""
    queryset = Project.objects.published()
    for name, value in validated(filterset).items():
        if name not in (but, "sort"):
            queryset = filterset.filters[name].filter(queryset, value)
    return queryset.order_by()


def count_facets(filterset) -> FacetCounts:
    """Count every option of every facet, and the results, in one query: a UNION ALL of ten aggregates."""
    chosen = chosen_values(filterset)
    everything = narrowed(filterset)
    parts = [grouped(everything, TOTAL, Value(TOTAL))]
    for facet, relation in RELATED.items():
        projects = narrowed(filterset, but=facet) if facet in chosen else everything
        if facet == "state":
            parts.append(grouped(projects, facet, F("state")))
        elif facet == "partners_wanted":
            parts.append(grouped(projects.filter(is_looking_for_partners=True), facet, Value("true")))
        else:  # joined, not a subquery: the search's SQL names the project table
            parts.append(grouped(projects, facet, F("__".join(relation))))
    total, counts = 0, {facet: {} for facet in FACETS}
    for facet, option, number in parts[0].union(*parts[1:], all=True).order_by():
        if facet == TOTAL:
            total = number
        elif option is not None:  # None: projects without any option of the facet
            counts[facet][OPTION_NAMES.get(facet, {}).get(option, option)] = number
    return FacetCounts(total=total, counts=counts)


def grouped(projects, facet: str, option):
    """(facet, option, number of projects) for each option that `projects` have: one part of the counting query."""
    return (
        projects.order_by()
        .annotate(facet=Value(facet, output_field=CharField()), option=Cast(option, TextField()))
        .values("facet", "option")
        .annotate(projects=Count("pk", distinct=True))
        .values_list("facet", "option", "projects")
    )
