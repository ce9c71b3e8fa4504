"""Whole pages for visitors, kept in the shared cache until the content changes.

A visitor who is not signed in (no session cookie) gets a page from the "pages" cache when another visitor
asked for the same address since the content last changed. Each committed transaction that saved or deleted
an entry of the content apps replaces the content's version token (`content_changed`), and an entry scheduled
for later makes the pages expire when it falls due: so an edit that is published shows at once, on every
server. A page is kept only when it is the same for everyone: answered 200, not streamed, setting no cookie,
holding no form's CSRF token and no CSP nonce, not marked private. An address with a query is kept only when
its view found every parameter valid, once each, as it validated (`keep_with_query`): a list's filters, page
and search; an ignored or invalid value, or a tracking parameter, is rendered afresh and never kept, so
made-up values cannot fill the cache.

The content's version, and what else is kept under it, is core.caching's.

The pages are kept in caches["pages"] (Redis when REDIS_URL is set, else a table of the database), apart from
the default cache, where the version token lives, so that many pages never push the token out. The keys also
hold the code's own version, so after a release no server serves a page that another version rendered.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

from core.caching import CACHE_ERRORS, code_version, content_state, timeout_until_due

logger = logging.getLogger(__name__)


class PageCacheMiddleware:
    """Answer visitors from the kept pages, and keep the pages that are the same for everyone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_answer_from_cache(request):
            return self.get_response(request)
        request.get_host()  # an unknown host is refused (400) before any kept page is given
        state = content_state()
        if state is None:
            return self.get_response(request)
        version, next_due = state
        # The query as Django reads it (`?q=a+b` and `?q=a%20b` are one address); kept only as its view validated it.
        # The host too: without DJANGO_SITE_URL, a page's absolute links name the host it was asked on (core.links).
        asked = f"{request.scheme}://{request.get_host()}{request.path}?{request.GET.urlencode()}"
        address = hashlib.sha256(asked.encode()).hexdigest()
        key = f"page:{code_version()}:{version}:{address}"
        try:
            kept = caches["pages"].get(key)
        except CACHE_ERRORS:
            return self.get_response(request)
        if kept is not None:
            kept["X-Cache"] = "hit"
            return kept
        response = self.get_response(request)
        if self.is_the_same_for_everyone(request, response):
            try:
                caches["pages"].set(key, response, timeout=timeout_until_due(next_due))
            except CACHE_ERRORS:
                logger.warning("The pages cache cannot be reached", exc_info=True)
            response["X-Cache"] = "miss"
        return response

    @staticmethod
    def may_answer_from_cache(request) -> bool:
        """A visitor's (no session, no pending message) GET of a page in one of the languages."""
        if request.method != "GET" or not settings.PAGE_CACHE:
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        return any(request.path_info.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)

    @staticmethod
    def is_the_same_for_everyone(request, response) -> bool:
        """Whether every visitor without a session would get this response.

        Reading the (empty) session of such a visitor adds "Vary: Cookie", which does not matter to them; what
        does is a CSRF token (the middleware marks the request when one was used), a session written to, or
        any cookie the response sets.
        """
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.GET and getattr(request, "kept_query", None) != request.GET.urlencode():
            return False
        if "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-cache", "no-store")):
            return False
        return "'nonce-" not in response.get("Content-Security-Policy", "")
