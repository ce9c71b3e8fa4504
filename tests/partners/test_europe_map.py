"""The partners' map of Europe: each country's count is what the partner list shows for it, and leads there."""

import re
from html import unescape

import pytest

from core.publishing import Status
from tests.factories import PartnerFactory
from tests.html import html, result_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(db):
    for i, country in enumerate(["SE", "SE", "SE", "EE", "DE", "FI", "FI", "US"]):
        PartnerFactory(name=f"Partner {i}", country=country, organisation_type="university" if i % 2 else "research")
    PartnerFactory(name="Draft partner", country="NO", status=Status.DRAFT, published_at=None)


def map_of(response) -> str:
    page = html(response)
    start = page.index('id="map-europe"')
    return page[start : page.index("</figure>", start)]


def marked(response) -> dict[str, tuple[str, int]]:
    """Country name: (address, partners) of each country the map links."""
    return {
        name: (unescape(href), int(count))
        for href, name, count in re.findall(
            r'<a href="([^"]+)" aria-label="([^:"]+): (\d+) partners?">', map_of(response)
        )
    }


@pytest.mark.parametrize("query", ["", "?type=university", "?country=SE&country=EE"])
def test_each_country_on_the_map_shows_and_leads_to_what_the_list_shows_for_it(client, partners, query):
    response = client.get(f"/en/partners/{query}")
    countries = marked(response)

    assert countries
    for name, (href, count) in countries.items():
        listed = client.get(f"/en/partners/{href}")
        assert result_count(listed) == count, name
        assert re.search(rf"<text class=\"map-count\"[^>]*>{count}</text>", map_of(response))
    if not query:
        assert {name: count for name, (_href, count) in countries.items()} == {
            "Sweden": 3, "Estonia": 1, "Germany": 1, "Finland": 2
        }  # fmt: skip


def test_countries_without_public_partners_are_drawn_but_lead_nowhere(client, partners):
    drawing = map_of(client.get("/en/partners/"))

    assert "Norway" not in marked(client.get("/en/partners/"))  # only a draft there
    assert drawing.count('<path class="country"') > 40  # the rest of Europe, for orientation
    assert drawing.split("</svg>")[0].count('<a href="?') == 4


def test_partners_beyond_the_map_are_listed_under_it(client, partners):
    drawing = map_of(client.get("/fi/partners/"))
    assert re.search(r'Kartan ulkopuolella: <a href="\?country=US">Yhdysvallat \(1\)</a>', drawing)


def test_the_map_is_darker_where_there_are_more_partners(client, partners):
    drawing = map_of(client.get("/en/partners/"))
    sweden, estonia = (
        re.search(rf'aria-label="{name}: \d+ partners?"><path class="country map-level-(\d)"', drawing)[1]
        for name in ("Sweden", "Estonia")
    )
    assert int(sweden) > int(estonia) > 0
