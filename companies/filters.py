import django_filters
from django.db.models import Q, Value
from django.utils.translation import gettext_lazy as _

from core.filtering import AnyOfFilter, Facet, FacetCheckboxes, OnlyIfTrueFilter, SearchFilter
from strategy.filters import municipality_choices, priority_choices

from .models import CompanyKind, Sector


class CompanyFilter(django_filters.FilterSet):
    q = SearchFilter(help_text=_("Words anywhere in the company's text, in any language."))
    sector = AnyOfFilter(label=_("Sector"), field_name="sector", choices=Sector.choices, widget=FacetCheckboxes)
    kind = AnyOfFilter(label=_("Kind"), field_name="kind", choices=CompanyKind.choices, widget=FacetCheckboxes)
    municipality = AnyOfFilter(
        label=_("Municipality"),
        field_name="municipality__code",
        choices=municipality_choices,
        widget=FacetCheckboxes,
    )
    priority = AnyOfFilter(
        label=_("Priority"), field_name="priorities__slug", choices=priority_choices, widget=FacetCheckboxes
    )
    open = OnlyIfTrueFilter(label=_("Open to cooperation"), field_name="is_open_to_cooperation")


# The filters whose options show how many companies choosing them gives (core.filtering.facet_counts).
FACETS = {
    "sector": Facet("sector"),
    "kind": Facet("kind"),
    "municipality": Facet("municipality__code"),
    "priority": Facet("priorities__slug"),
    "open": Facet(Value("true"), only=Q(is_open_to_cooperation=True), names={"true": "on"}),
}
