"""Count what a sender does in the shared cache, so every process of every server sees the same limits."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from core.caching import CACHE_ERRORS

logger = logging.getLogger(__name__)


def _key(scope: str, value: str) -> str:
    # Hashed: the cache never holds an address in the clear.
    return f"ratelimit:{scope}:{hashlib.sha256(value.strip().lower().encode()).hexdigest()}"


def exceeded(scope: str, value: str, *, limit: int, period_seconds: int) -> bool:
    """Count one more event and say whether that makes more than `limit` since the first of its period.

    Counted first and compared after, with the cache's own atomic add and incr, so that requests arriving at the
    same moment are each counted before any is let through. A cache that cannot be reached refuses nothing: a
    limit is not worth losing what a person sent.
    """
    key = _key(scope, value)
    try:
        if cache.add(key, 1, timeout=period_seconds):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                count = 1 if cache.add(key, 1, timeout=period_seconds) else cache.incr(key)
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached: the %s limit is not counted", scope, exc_info=True)
        return False
    return count > limit


def client_ip(request) -> str:
    """The address the request came from: behind N trusted proxies, the one the first of them saw."""
    hops = settings.TRUSTED_PROXY_HOPS
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
