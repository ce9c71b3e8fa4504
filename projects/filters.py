"""The catalogue's filters. Their query parameters are a public vocabulary: the API and feeds reuse them."""

import django_filters
from django.conf import settings
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from companies.models import Company
from core.caching import cached
from core.filtering import (
    AnyOfFilter,
    AnySlugFilter,
    Facet,
    FacetCheckboxes,
    IntegerFilter,
    OnlyIfTrueFilter,
    SearchFilter,
)
from partners.models import Partner
from strategy.filters import municipality_choices, priority_choices, sdg_choices, theme_choices
from strategy.models import Area, SubRegion

from .models import Fund, Participation, ProjectState


def fund_choices():
    def label(fund):
        return f"{fund.acronym} – {fund.name}" if fund.acronym and fund.acronym != fund.name else fund.name

    return [(fund.slug, label(fund)) for fund in Fund.objects.all()]


def in_any_language(field: str) -> list[str]:
    """The columns of a translated field, so a search finds a word whatever language it was written in."""
    return [f"{field}_{code}" for code, _name in settings.LANGUAGES]


def title_as_shown(language: str):
    """The title a visitor sees in `language` (with its fallbacks), to sort by: an untranslated title is stored
    as "", which must fall back too rather than sort first."""
    return Coalesce(
        *(
            NullIf(f"title_{code}", Value(""))
            for code in dict.fromkeys([language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES])
        )
    )


TAXONOMY_CHOICES = {
    "priority": priority_choices,
    "theme": theme_choices,
    "municipality": municipality_choices,
    "fund": fund_choices,
    "sdg": sdg_choices,
}


def read_choices() -> dict[str, list]:
    """The options of the filters drawn from the taxonomies, in the current language."""
    return {name: list(choices()) for name, choices in TAXONOMY_CHOICES.items()}


# The filters whose options show how many projects choosing them gives (core.filtering.facet_counts).
FACETS = {
    "priority": Facet("priorities__slug"),
    "theme": Facet("themes__slug"),
    "state": Facet("state"),
    "area": Facet("municipalities__is_town", names={"true": Area.CITY, "false": Area.COUNTRYSIDE}),
    "subregion": Facet("municipalities__sub_region"),
    "municipality": Facet("municipalities__code"),
    "fund": Facet("funds__slug"),
    "sdg": Facet("sdgs__number"),
    "partners_wanted": Facet(Value("true"), only=Q(is_looking_for_partners=True), names={"true": "on"}),
}

SORTS = {
    "newest": [F("published_at").desc(), "-pk"],
    "budget": [F("total_budget").desc(nulls_last=True), "-pk"],
}


class ProjectFilter(django_filters.FilterSet):
    q = SearchFilter(help_text=_("Words anywhere in the project's text, in any language."))
    priority = AnyOfFilter(
        label=_("Priority"),
        field_name="priorities__slug",
        choices=priority_choices,
        widget=FacetCheckboxes,
    )
    theme = AnyOfFilter(label=_("Theme"), field_name="themes__slug", choices=theme_choices, widget=FacetCheckboxes)
    state = AnyOfFilter(label=_("State"), field_name="state", choices=ProjectState.choices, widget=FacetCheckboxes)
    area = AnyOfFilter(
        label=_("Area"),
        field_name="municipalities__is_town",
        choices=Area.choices,
        value_map={Area.CITY: True, Area.COUNTRYSIDE: False},
        widget=FacetCheckboxes,
    )
    subregion = AnyOfFilter(
        label=_("Sub-region"),
        field_name="municipalities__sub_region",
        choices=SubRegion.choices,
        widget=FacetCheckboxes,
    )
    municipality = AnyOfFilter(
        label=_("Municipality"),
        field_name="municipalities__code",
        choices=municipality_choices,
        widget=FacetCheckboxes,
    )
    fund = AnyOfFilter(label=_("Fund"), field_name="funds__slug", choices=fund_choices, widget=FacetCheckboxes)
    sdg = AnyOfFilter(
        label=_("Sustainable Development Goal"),
        field_name="sdgs__number",
        choices=sdg_choices,
        widget=FacetCheckboxes,
    )
    tag = AnySlugFilter(label=_("Tag"), field_name="tags__slug")
    company = AnySlugFilter(label=_("Company"), method="with_participant")
    partner = AnySlugFilter(label=_("Partner"), method="with_participant")
    year = IntegerFilter(
        label=_("Running in year"),
        method="running_in",
        min_value=1990,
        max_value=2100,
        help_text=_("A year between 1990 and 2100."),
    )
    partners_wanted = OnlyIfTrueFilter(label=_("Looking for partners"), field_name="is_looking_for_partners")
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="sort_by",
        empty_label=None,
        choices=[("newest", _("Newest first")), ("title", _("Title (A–Z)")), ("budget", _("Largest budget"))],
    )

    def __init__(self, *args, **kwargs):
        """The taxonomies' options are read from the cache, all at once, until the content changes: one read
        rather than a query for each of the five filters."""
        super().__init__(*args, **kwargs)
        for name, choices in cached(f"projects:filter-choices:{get_language()}", read_choices).items():
            self.filters[name].extra["choices"] = choices

    def with_participant(self, queryset, name, value: str):  # the type of each value, for the API schema
        """Projects of any of these companies (or partners); only published ones can be named."""
        model = Company if name == "company" else Partner
        participants = model.objects.published().filter(slug__in=value)
        return queryset.filter(pk__in=Participation.objects.filter(**{f"{name}__in": participants}).values("project"))

    def running_in(self, queryset, name, value: int):
        return queryset.running_in(value)

    def sort_by(self, queryset, name, value):
        if value == "title":
            return queryset.order_by(title_as_shown(get_language()), "pk")
        return queryset.order_by(*SORTS.get(value, SORTS["newest"]))
