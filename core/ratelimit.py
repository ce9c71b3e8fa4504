"""Count what a sender does in the shared cache, so every process of every server sees the same limits."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(scope: str, value: str) -> str:
    # Hashed: the cache never holds an address in the clear.
    return f"ratelimit:{scope}:{hashlib.sha256(value.strip().lower().encode()).hexdigest()}"


def over_limit(scope: str, value: str, *, limit: int) -> bool:
    return cache.get(_key(scope, value), 0) >= limit


def count(scope: str, value: str, *, period_seconds: int) -> int:
    """Count one more event; the count starts again `period_seconds` after its first event."""
    key = _key(scope, value)
    if cache.add(key, 1, timeout=period_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period_seconds)
        return 1


def client_ip(request) -> str:
    """The address the request came from: behind N trusted proxies, the one the first of them saw."""
    hops = settings.TRUSTED_PROXY_HOPS
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
