"""No page weighs more than 200 KB for its first view: what a phone loads to show it, before any scrolling.

The test content's images weigh a few hundred bytes each, so this guards what the portal itself sends: markup,
styles, scripts and inline drawings such as the maps.
"""

import pytest

from tests.browser.pages import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIMIT_KB = 200

# The page and everything it loaded: (name, bytes as unpacked; what gzip saves is not counted).
LOADED = """() => performance.getEntriesByType("navigation")
    .concat(performance.getEntriesByType("resource"))
    .map(entry => [entry.name, entry.decodedBodySize])"""


def test_no_page_loads_more_than_200_kb_for_its_first_view(browser, live_server, site_content):
    weights = {}
    for name, address in PAGES.items():
        # A phone's screen (images chosen for its three device pixels per CSS pixel), and a new context for each
        # page: nothing is already in the browser's cache.
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 375, "height": 812}, device_scale_factor=3, is_mobile=True
        )
        page = context.new_page()
        response = page.goto(address(site_content), wait_until="load")
        assert response is not None and response.ok, name
        loaded = page.evaluate(LOADED)
        assert any(url.endswith(".css") and size for url, size in loaded), f"{name}: no stylesheet counted"
        weights[name] = sum(size for _url, size in loaded) / 1024
        context.close()

    heavy = {name: round(kb) for name, kb in weights.items() if kb > LIMIT_KB}
    assert not heavy, f"pages heavier than {LIMIT_KB} KB (KB): {heavy}"
