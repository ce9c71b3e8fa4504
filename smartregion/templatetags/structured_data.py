"""The schema.org description of a detail page, in a <script> the page's CSP nonce vouches for."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from smartregion.structured_data import describe, script_json

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, obj):
    """Describe a project, a company or a partner as JSON-LD."""
    # Safe to mark: script_json escapes every character that could end the element.
    data = mark_safe(script_json(describe(obj)))
    # A LazyNonce is false until first read: compare with None, which stands for no CSP middleware at all.
    nonce = context.get("csp_nonce")
    if nonce is not None:
        return format_html('<script type="application/ld+json" nonce="{}">{}</script>', nonce, data)
    return format_html('<script type="application/ld+json">{}</script>', data)
