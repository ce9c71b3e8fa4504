"""No page weighs more than 200 KB for its first view: what a phone loads to show it, before any scrolling."""

import pytest

from tests.browser.pages import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIMIT_KB = 200

# The bytes of the page and of everything it loaded, as they are once unpacked (what gzip saves is not counted).
LOADED_BYTES = """() => performance.getEntriesByType("navigation")
    .concat(performance.getEntriesByType("resource"))
    .reduce((sum, entry) => sum + entry.decodedBodySize, 0)"""


def test_no_page_loads_more_than_200_kb_for_its_first_view(browser, live_server, site_content):
    weights = {}
    for name, address in PAGES.items():
        # A new context for each page: nothing is already in the browser's cache.
        context = browser.new_context(base_url=live_server.url, viewport={"width": 375, "height": 812})
        page = context.new_page()
        response = page.goto(address(site_content), wait_until="load")
        assert response is not None and response.ok, name
        weights[name] = page.evaluate(LOADED_BYTES) / 1024
        context.close()

    heavy = {name: round(kb) for name, kb in weights.items() if kb > LIMIT_KB}
    assert not heavy, f"pages heavier than {LIMIT_KB} KB (KB): {heavy}"
    assert min(weights.values()) > 10, weights  # the figures are read at all: every page has its HTML and CSS
