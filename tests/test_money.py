from decimal import Decimal

from django.utils import translation

from core.templatetags.portal import eur


def test_money_is_shown_in_whole_euros_rounded_half_up_with_grouped_digits():
    with translation.override("en"):
        assert eur(Decimal("1500000.50")) == "€1,500,001"
        assert eur(Decimal("820000")) == "€820,000"
        assert eur(None) == ""
