"""Pages load nothing from other origins (no fonts, analytics or embeds) and the browser logs no error."""

import logging
import time

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


def test_the_browser_reports_what_the_policy_blocks_and_the_portal_logs_it(page, page_events, site_content, caplog):
    """Script injected into a page (as by an attacker's markup) does not run, and the report reaches the logs."""
    visit(page, "/en/")
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        page.evaluate(
            "() => { const s = document.createElement('script'); s.textContent = 'window.injected = true';"
            " document.body.append(s); }"
        )
        deadline = time.monotonic() + 10  # the browser sends its report a moment later
        while not any(record.name == "smartregion.csp" for record in caplog.records) and time.monotonic() < deadline:
            page.wait_for_timeout(100)

    assert page.evaluate("() => window.injected") is None
    [record] = [record for record in caplog.records if record.name == "smartregion.csp"]
    assert record.csp["directive"].startswith("script-src")
    assert record.csp["document"].endswith("/en/")
    assert any("Content Security Policy" in error for error in page_events.errors)
