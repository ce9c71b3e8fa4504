"""Absolute links to the site's own pages (feeds, downloads, the API, canonical and hreflang links, the sitemap,
OpenGraph and structured data all take their base address from here), and the open data licence's link.

It is DJANGO_SITE_URL when that is set (production, behind a proxy that may rewrite the host); without it, the
address the request came to, so that a local run on any host and port links to itself.
"""

from django.conf import settings


def configured_site_url() -> str:
    """DJANGO_SITE_URL without a trailing slash; "" when it is unset."""
    return settings.SITE_URL.rstrip("/")


def site_url(request) -> str:
    """The base of absolute links, without a trailing slash."""
    return configured_site_url() or request.build_absolute_uri("/").rstrip("/")


def absolute_url(request, path: str) -> str:
    """The absolute address of a path of this site (one that starts with a slash)."""
    return site_url(request) + path


def licence_link() -> str:
    """A Link header naming the open data's licence (RFC 8288's "license" relation)."""
    return f'<{settings.OPEN_DATA_LICENCE["url"]}>; rel="license"'
