"""Whole pages for visitors, kept in the shared cache until the content changes.

A visitor who is not signed in (no session cookie) gets a page from the "pages" cache when another visitor
asked for the same address since the content last changed. Every saved or deleted entry of the content apps
replaces the content's version token (`content_changed`), and an entry scheduled for later makes the pages
expire when it falls due: so an edit that is published shows at once, on every server. A page is kept only
when it is the same for everyone: answered 200, not streamed, setting no cookie, holding no form's CSRF
token, using no CSP nonce, and not marked private.

The cache is Redis when REDIS_URL is set, else a table of the database (settings.CACHES["pages"]), apart from
the default cache, so that many pages never push out the rate limits or the catalogue's version token.
"""

import contextlib
import datetime
import hashlib
import logging
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.cache import has_vary_header

from .publishing import Publishable, Status

logger = logging.getLogger(__name__)

# What a cache raises when it cannot be reached: the database cache's errors, a socket's, Redis's.
CACHE_ERRORS: tuple[type[Exception], ...] = (DatabaseError, OSError)
try:
    from redis.exceptions import RedisError

    CACHE_ERRORS += (RedisError,)
except ImportError:  # pragma: no cover - redis is a dependency, but the database cache needs none of it
    pass

VERSION_KEY = "pages:content-version"
NEXT_DUE_KEY = "pages:next-due:{version}"
# The content: what the public pages show. A change to any model of these apps marks the pages changed.
CONTENT_APPS = ("strategy", "projects", "companies", "partners", "taggit")
# Models of those apps that no public page shows.
NOT_CONTENT = ("partners.joinrequest", "partners.joinrequestevent")
# However sure the version token, a kept page is used at most this long (a change by raw SQL shows then).
MAX_AGE = datetime.timedelta(minutes=10)


def pages_cache():
    return caches["pages"]


def is_content(model) -> bool:
    """A model of the content; not a migration's historical one (whose saves happen before any page is kept)."""
    meta = model._meta
    return meta.apps is apps and meta.app_label in CONTENT_APPS and meta.label_lower not in NOT_CONTENT


def content_changed(sender, **kwargs) -> None:
    """Mark every kept page out of date, now and again on commit (as `projects.facets.catalogue_changed` does)."""
    if sender is None or not is_content(sender):
        return
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    try:
        pages_cache().set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except CACHE_ERRORS:  # no page is kept while the cache is unreachable, so none can be out of date
        logger.warning("The pages cache cannot be reached to mark the content changed", exc_info=True)


def content_state() -> tuple[str, datetime.datetime | None] | None:
    """The content's version token and when the next scheduled entry falls due; None if the cache is away."""
    cache = pages_cache()
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY)
        if version is None:
            return None
        due_key = NEXT_DUE_KEY.format(version=version)
        next_due = cache.get(due_key)
        if next_due is None:
            next_due = _next_due() or "never"
            cache.set(due_key, next_due, timeout=MAX_AGE.total_seconds())
        if next_due != "never" and next_due <= timezone.now():  # an entry fell due: the pages change with it
            _new_version()
            return None
    except CACHE_ERRORS:
        logger.warning("The pages cache cannot be reached: pages are rendered for every visitor", exc_info=True)
        return None
    return version, None if next_due == "never" else next_due


def _next_due() -> datetime.datetime | None:
    """When the first entry published for later goes public, of every publishable model of the content."""
    now = timezone.now()
    due = [
        model._base_manager.filter(status=Status.PUBLISHED, published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
        for model in apps.get_models()
        if issubclass(model, Publishable) and is_content(model)
    ]
    return min(filter(None, due), default=None)


def connect_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .search import search_documents_changed

    post_save.connect(content_changed, dispatch_uid="pages-content-saved")
    post_delete.connect(content_changed, dispatch_uid="pages-content-deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="pages-content-relations")
    search_documents_changed.connect(content_changed, dispatch_uid="pages-search-documents")


def _relation_changed(sender, instance, **kwargs) -> None:
    content_changed(type(instance))


class PageCacheMiddleware:
    """Answer visitors from the kept pages, and keep the pages that are the same for everyone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_answer_from_cache(request):
            return self.get_response(request)
        state = content_state()
        if state is None:
            return self.get_response(request)
        version, next_due = state
        key = f"pages:page:{version}:{hashlib.sha256(request.get_full_path().encode()).hexdigest()}"
        try:
            kept = pages_cache().get(key)
        except CACHE_ERRORS:
            return self.get_response(request)
        if kept is not None:
            kept["X-Cache"] = "hit"
            return kept
        response = self.get_response(request)
        if self.is_the_same_for_everyone(request, response):
            timeout = MAX_AGE.total_seconds()
            if next_due is not None:
                timeout = min(timeout, max(1, (next_due - timezone.now()).total_seconds()))
            with contextlib.suppress(*CACHE_ERRORS):
                pages_cache().set(key, response, timeout=timeout)
            response["X-Cache"] = "miss"
        return response

    @staticmethod
    def may_answer_from_cache(request) -> bool:
        """A visitor's (no session, no pending message) GET of a page in one of the languages."""
        if request.method != "GET" or not settings.PAGE_CACHE or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False
        if "messages" in request.COOKIES:
            return False
        return any(request.path_info.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)

    @staticmethod
    def is_the_same_for_everyone(request, response) -> bool:
        """Whether every visitor without a session would get this response.

        Reading the (empty) session of such a visitor adds "Vary: Cookie", which does not matter to them; a
        form's CSRF token does, and so does any cookie the response sets.
        """
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False
        if has_vary_header(response, "*"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-cache", "no-store")):
            return False
        return "'nonce-" not in response.get("Content-Security-Policy", "")
