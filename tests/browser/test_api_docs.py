"""The API documentation runs in the browser under the site's CSP, with nothing from other origins."""

import pytest

from tests.browser.pages import origin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_swagger_ui_shows_the_api_without_csp_violations_or_other_origins(page, page_events, live_server):
    page.goto("/api/v1/docs/")
    page.get_by_text("/api/v1/projects/", exact=True).first.wait_for()
    page.get_by_text("/api/v1/municipalities/{code}/", exact=True).first.wait_for()

    foreign = [url for url in page_events.requests if not url.startswith("data:") and origin(url) != live_server.url]
    assert not foreign, f"requests to other origins: {foreign}"
    assert not page_events.errors, "the browser reported errors:\n" + "\n".join(page_events.errors)


def test_swagger_ui_can_try_a_request(page, page_events, live_server):
    page.goto("/api/v1/docs/")
    operation = page.locator("#operations-sdgs-sdgs_list")
    operation.locator(".opblock-summary-control").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    operation.locator(".live-responses-table").get_by_text("200", exact=True).first.wait_for()
    assert not page_events.errors, "the browser reported errors:\n" + "\n".join(page_events.errors)
