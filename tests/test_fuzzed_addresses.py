"""Thousands of generated query strings over every public address: whatever the address holds, no 500.

Hypothesis draws the parameters from the portal's own vocabulary (the catalogue's filters, paging, the API's
format and ordering) and from anywhere else, with values that are valid, nearly valid or hostile: numbers out
of range, NUL and control characters, right-to-left marks, long text, SQL and markup, broken percent-escapes,
repeated parameters. The run is derandomised, so CI tries the same addresses every time.
"""

import os
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategy.models import Priority
from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory

# `make test` tries 300 addresses; `make loadtest` runs this test with 2,000 (FUZZ_EXAMPLES), some 4 minutes.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))

ADDRESSES = [
    "/en/",
    "/fi/projects/",
    "/en/projects/fuzz-project/",
    "/sv/companies/",
    "/en/companies/fuzz-company/",
    "/en/partners/",
    "/fi/partners/fuzz-partner/",
    "/en/partners/join/",
    "/en/search/",
    "/en/strategy/",
    "/en/strategy/climate-neutrality/",
    "/en/about/",
    "/en/feeds/projects/",
    "/en/projects/export.csv",
    "/en/projects/export.json",
    "/sitemap.xml",
    "/sitemap-projects.xml",
    "/robots.txt",
    "/api/v1/projects/",
    "/api/v1/projects/fuzz-project/",
    "/api/v1/companies/",
    "/api/v1/partners/",
    "/api/v1/priorities/",
    "/api/v1/themes/",
    "/api/v1/municipalities/",
    "/api/v1/sdgs/",
    "/api/v1/funds/",
    "/api/v1/schema/",
    "/healthz",
]
NAMES = [
    "q",
    "page",
    "page_size",
    "sort",
    "priority",
    "theme",
    "state",
    "area",
    "subregion",
    "municipality",
    "fund",
    "sdg",
    "tag",
    "company",
    "partner",
    "year",
    "partners_wanted",
    "country",
    "kind",
    "sector",
    "format",
    "ordering",
    "cursor",
    "lang",
]
NEARLY_VALID = [
    "climate-neutrality",
    "091",
    "7",
    "ongoing",
    "city",
    "erdf",
    "title",
    "budget",
    "2024",
    "on",
    "FI",
    "-1",
    "0",
    "1e9",
    "99999999999999999999",
    "json",
    "csv",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "%",
    "_",
    "\\",
    "\x00",
    "\u202e",
    "ä" * 300,
]
values = st.one_of(st.sampled_from(NEARLY_VALID), st.text(max_size=60), st.integers().map(str))
names = st.one_of(st.sampled_from(NAMES), st.text(min_size=1, max_size=20))
parameters = st.lists(st.tuples(names, values), max_size=6)
raw_tails = st.sampled_from(["", "&", "%", "%zz", "%00", "a=%E4", "=&=", "page=1&page=2", "q=%C3"])


@pytest.fixture
def portal(db, footer_pages):
    """A small portal to read, where the addresses above exist: made once for all the examples (they only read)."""
    project = ProjectFactory(
        slug="fuzz-project", title="Fuzz heat pilot", priorities=[Priority.objects.first()], tags=["heat"]
    )
    ParticipationFactory(project=project, company=CompanyFactory(slug="fuzz-company"))
    ParticipationFactory(project=project, company=None, partner=PartnerFactory(slug="fuzz-partner"))
    ProjectFactory(title="Second project")


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(address=st.sampled_from(ADDRESSES), query=parameters, tail=raw_tails)
def test_no_generated_query_string_makes_any_public_address_fail(portal, address, query, tail):
    query_string = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in query)
    if tail:
        query_string = f"{query_string}&{tail}" if query_string else tail
    response = Client(raise_request_exception=False).get(f"{address}?{query_string}")

    assert response.status_code < 500, f"{address}?{query_string} answered {response.status_code}"
    if response.streaming:
        b"".join(response.streaming_content)  # a download fails, if at all, while it is streamed
