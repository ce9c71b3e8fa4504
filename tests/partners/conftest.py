import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _rate_limits_start_from_zero(db):
    """Empty the shared cache where the rate limits count: its table outlives the tests that use the database."""
    cache.clear()
