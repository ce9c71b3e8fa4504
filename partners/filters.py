import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.filtering import AnyOfFilter, Facet, FacetCheckboxes, SearchFilter
from strategy.filters import priority_choices

from .models import OrganisationType, Partner


def country_choices():
    """The countries partners come from, by name (ISO 3166 alpha-2 codes as values)."""
    codes = Partner.objects.published().order_by().values_list("country", flat=True).distinct()
    return sorted(((code, countries.name(code)) for code in codes), key=lambda choice: choice[1])


class PartnerFilter(django_filters.FilterSet):
    q = SearchFilter(help_text=_("Words anywhere in the partner's text, in any language."))
    country = AnyOfFilter(label=_("Country"), field_name="country", choices=country_choices, widget=FacetCheckboxes)
    type = AnyOfFilter(
        label=_("Type of organisation"),
        field_name="organisation_type",
        choices=OrganisationType.choices,
        widget=FacetCheckboxes,
    )
    priority = AnyOfFilter(
        label=_("Priority"), field_name="priorities__slug", choices=priority_choices, widget=FacetCheckboxes
    )


# The filters whose options show how many partners choosing them gives (core.filtering.facet_counts).
FACETS = {
    "country": Facet("country"),
    "type": Facet("organisation_type"),
    "priority": Facet("priorities__slug"),
}
