"""Count what a sender does in the shared cache, and hold one past a limit, so every process of every server sees the
same limits."""

import hashlib
import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection, transaction
from django.utils import timezone

from core.caching import CACHE_ERRORS

logger = logging.getLogger(__name__)


def _key(scope: str, value: str) -> str:
    # Hashed: the cache never holds an address in the clear.
    return f"ratelimit:{scope}:{hashlib.sha256(value.strip().lower().encode()).hexdigest()}"


def exceeded(scope: str, value: str, *, limit: int, period_seconds: int) -> bool:
    """Count one more event and say whether that makes more than `limit` since the first of its period.

    Counted first and compared after, atomically, so that requests arriving at the same moment are each counted
    before any is let through. A cache that cannot be reached refuses nothing: a limit is not worth losing what a
    person sent.
    """
    key = _key(scope, value)
    try:
        count = (
            _count_in_database(key, period_seconds)
            if isinstance(caches["default"], DatabaseCache)
            else _count(key, period_seconds)
        )
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached: the %s limit is not counted", scope, exc_info=True)
        return False
    return count > limit


def _count(key: str, period_seconds: int) -> int:
    """Count with the cache's own add and incr, which Redis does atomically and which keep the key's expiry."""
    if cache.add(key, 1, timeout=period_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        return 1 if cache.add(key, 1, timeout=period_seconds) else cache.incr(key)


def _count_in_database(key: str, period_seconds: int) -> int:
    """Count in the database cache, one request at a time.

    Its incr reads and then writes (so two requests at once would count one) and gives the key the default
    timeout: here a lock on the key, held to the end of the transaction, lets one count at a time, and the end of
    the period is kept with the count. Any other value under the key, such as the plain number `_count` writes,
    starts a new period.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [key])
        now = time.time()
        match cache.get(key):
            case (int() as count, int() | float() as ends):
                pass
            case _:
                count, ends = 0, now + period_seconds
        cache.set(key, (count + 1, ends), timeout=max(ends - now, 1))
    return count + 1


def hold(scope: str, value: str, *, period: timedelta) -> None:
    """Hold `value` in `scope` for `period` from now, for every process, until held_until says otherwise."""
    try:
        cache.set(_key(f"{scope}:held", value), timezone.now() + period, timeout=period.total_seconds())
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached: the %s hold is not kept", scope, exc_info=True)


def held_until(scope: str, value: str) -> datetime | None:
    """Return when the hold on `value` in `scope` ends, or None when it is not held (or the cache cannot say)."""
    try:
        until = cache.get(_key(f"{scope}:held", value))
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached: the %s hold is not read", scope, exc_info=True)
        return None
    # The cache drops the key in whole seconds; the time kept with it is exact.
    return until if until and until > timezone.now() else None


def client_ip(request) -> str:
    """The address the request came from: behind N trusted proxies, the one the first of them saw."""
    hops = settings.TRUSTED_PROXY_HOPS
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
