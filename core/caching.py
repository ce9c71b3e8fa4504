"""One content version for everything kept: pages, the catalogue's counts, the figures.

Each committed transaction that saved or deleted an entry of the content apps (an entry, a taxonomy, a tag, a
relation) replaces the content's version token in the default cache once (`content_changed`), and an entry
scheduled for later replaces it when it falls due. Whatever is kept belongs to that token: whole pages
(portal.pagecache) are keyed by it, and what is costly to compute from the content (`cached`) is kept with it
and read in the same read of the cache as the token, so a change shows at once on every server. The keys also
hold the code's own version, so after a release nothing another version computed is used. A cache that cannot
be reached costs time, never a page: everything is computed afresh.
"""

import datetime
import hashlib
import logging
import uuid
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

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
# When the next scheduled entry falls due, as (version it was read for, time or "never").
NEXT_DUE_KEY = "pages:next-due"
# The content: what the public pages show. A change to any model of these apps marks the pages changed.
CONTENT_APPS = ("strategy", "projects", "companies", "partners", "taggit")
# Models of those apps that no public page shows.
NOT_CONTENT = ("partners.joinrequest", "partners.joinrequestevent")
# However sure the version token, a kept page is used at most this long (a change by raw SQL shows then).
MAX_AGE = datetime.timedelta(minutes=10)


@cache
def code_version() -> str:
    """A digest of the code, templates, translations and static files' names: the same on every server of
    one release, different after the next."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    folders = [
        "templates",
        "locale",
        *{config.path for config in apps.get_app_configs() if config.path.startswith(str(root))},
    ]
    for folder in sorted(set(folders)):
        for path in sorted(Path(root, folder).rglob("*")):
            if path.suffix in {".py", ".html", ".mo", ".txt", ".xml"} and ".venv" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.exists():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]


def is_content(model) -> bool:
    """A model of the content; not a migration's historical one (whose saves happen before any page is kept)."""
    meta = model._meta
    return meta.apps is apps and meta.app_label in CONTENT_APPS and meta.label_lower not in NOT_CONTENT


def content_changed(**kwargs) -> None:
    """Mark every kept page out of date once the change is committed: once per transaction, however many
    entries it saved (an import saves thousands), and at once outside a transaction."""
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: the post_ signal follows
        return
    if connection.in_atomic_block and any(func is new_version for _ids, func, _robust in connection.run_on_commit):
        return
    transaction.on_commit(new_version)


# Whether this process saved a change while the cache could not be reached: it marks it once the cache answers.
_unmarked = False


def new_version() -> None:
    global _unmarked
    try:
        caches["default"].set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        _unmarked = False
    except CACHE_ERRORS:  # nothing is kept while the cache is unreachable; marked when it answers again
        _unmarked = True
        logger.warning("The cache cannot be reached to mark the content changed", exc_info=True)


def content_state() -> tuple[str, datetime.datetime | None] | None:
    """The content's version token and when the next scheduled entry falls due; None if the cache is away.

    One read of the cache (both keys at once) while nothing falls due.
    """
    state = _read_state()
    return None if state is None else state[:2]


def _read_state(key: str | None = None) -> tuple[str, datetime.datetime | None, object] | None:
    """The content's state, and what the default cache keeps under `key`, read with it."""
    cache_ = caches["default"]
    if _unmarked:
        new_version()
    try:
        kept = cache_.get_many([VERSION_KEY, NEXT_DUE_KEY, *([key] if key else [])])
        version = kept.get(VERSION_KEY)
        if version is None:
            cache_.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache_.get(VERSION_KEY)
        if version is None:
            return None
        read_for, next_due = kept.get(NEXT_DUE_KEY) or (None, None)
        if read_for != version:
            next_due = _next_due() or "never"
            cache_.set(NEXT_DUE_KEY, (version, next_due), timeout=MAX_AGE.total_seconds())
        if next_due != "never" and next_due <= timezone.now():  # an entry fell due: the pages change with it
            new_version()
            return None
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached: pages are rendered for every visitor", exc_info=True)
        return None
    return version, None if next_due == "never" else next_due, kept.get(key)


def cached(name: str, compute):
    """What `compute()` gives, kept in the default cache until the content changes (at most MAX_AGE); computed
    afresh whenever the cache cannot be reached.

    The value is kept with the version it was computed for, and read with the version in one read of the cache.
    """
    key = f"content:{code_version()}:{hashlib.sha256(name.encode()).hexdigest()}"
    state = _read_state(key)
    if state is None:
        return compute()
    version, next_due, kept = state
    if kept is not None and kept[0] == version:
        return kept[1]
    value = compute()
    try:
        caches["default"].set(key, (version, value), timeout=timeout_until_due(next_due))
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached", exc_info=True)
    return value


def timeout_until_due(next_due: datetime.datetime | None) -> float:
    """Kept at most MAX_AGE, and not beyond the moment the next scheduled entry falls due."""
    timeout = MAX_AGE.total_seconds()
    if next_due is not None:
        timeout = min(timeout, max(1, (next_due - timezone.now()).total_seconds()))
    return timeout


def keep_with_query(request) -> None:
    """Let the page of this address be kept although it has a query: its view found each parameter valid, given
    once, exactly as it validated."""
    request.kept_query = request.GET.urlencode()


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
    """Listen to the content's models only: a receiver for every model would cost the others Django's fast
    deletes (clearing sessions, say)."""
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    for model in apps.get_models(include_auto_created=True):
        if is_content(model):
            uid = f"pages-content-{model._meta.label_lower}"
            post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}-saved")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}-deleted")
            if model._meta.auto_created:  # the table of a many-to-many relation
                m2m_changed.connect(content_changed, sender=model, dispatch_uid=f"{uid}-m2m")
    # A migration may change content without the models' signals.
    post_migrate.connect(lambda **kwargs: new_version(), dispatch_uid="pages-migrated", weak=False)
