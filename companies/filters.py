import django_filters
from django.utils.translation import gettext_lazy as _

from core.filtering import AnyOfFilter, OnlyIfTrueFilter
from strategy.filters import municipality_choices, priority_choices

from .models import CompanyKind, Sector


class CompanyFilter(django_filters.FilterSet):
    sector = AnyOfFilter(label=_("Sector"), field_name="sector", choices=Sector.choices)
    kind = AnyOfFilter(label=_("Kind"), field_name="kind", choices=CompanyKind.choices)
    municipality = AnyOfFilter(label=_("Municipality"), field_name="municipality__code", choices=municipality_choices)
    priority = AnyOfFilter(label=_("Priority"), field_name="priorities__slug", choices=priority_choices)
    open = OnlyIfTrueFilter(label=_("Open to cooperation"), field_name="is_open_to_cooperation")
