"""Small template helpers shared by every page."""

from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import get_language

register = template.Library()


@register.filter
def eur(value):
    """Money in euros, whole euros with grouped digits: €1,234,567 in English, 1 234 567 € elsewhere."""
    if value in (None, ""):
        return ""
    amount = number_format(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP), 0, force_grouping=True)
    return f"€{amount}" if (get_language() or "en").startswith("en") else f"{amount}\N{NO-BREAK SPACE}€"


@register.filter
def web_address(value: str) -> bool:
    """Tell whether a website field holds a web address (http or https), which alone may become a link.

    The admin accepts nothing else, but text stored another way could hold a javascript: address that runs on click.
    """
    return urlsplit((value or "").strip()).scheme.lower() in {"http", "https"}


@register.simple_tag
def open_data_licence() -> dict:
    """The open data's licence, {"name", "url"}: for footers that are rendered without a request (error pages)."""
    return settings.OPEN_DATA_LICENCE
