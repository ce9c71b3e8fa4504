"""Pages load nothing from other origins (no fonts, analytics or embeds) and the browser logs no error."""

import pytest

from tests.browser.pages import PAGES, origin, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("name", PAGES)
def test_page_requests_only_its_own_origin_and_logs_no_error(page, page_events, live_server, site_content, name):
    visit(page, PAGES[name](site_content))

    foreign = [url for url in page_events.requests if not url.startswith("data:") and origin(url) != live_server.url]
    assert not foreign, f"requests to other origins: {foreign}"
    # Chromium logs each Content-Security-Policy violation (an inline script or style) as an error.
    assert not page_events.errors, "the browser reported errors:\n" + "\n".join(page_events.errors)
