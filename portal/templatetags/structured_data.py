"""The schema.org description of a detail page, in a <script> data block.

Browsers never run a data block (type application/ld+json), so the Content-Security-Policy does not apply to it
and it carries no nonce: the page stays the same for every visitor, and can be kept (portal.pagecache).
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.links import site_url
from portal.structured_data import describe, script_json

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, obj, **read):
    """Describe a project, a company or a partner as JSON-LD (`read`: see portal.structured_data.describe)."""
    # Safe to mark: script_json escapes every character that could end the element.
    data = mark_safe(script_json(describe(obj, site_url(context["request"]), **read)))
    return format_html('<script type="application/ld+json">{}</script>', data)
