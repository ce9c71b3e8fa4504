"""axe-core, the rules of WCAG 2.1 A and AA, on every kind of public page, in each language, at two widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import PAGES, WCAG_21_AA, axe_report, in_language, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

axe = Axe()


@pytest.mark.parametrize(
    ("language", "viewport_width"),
    # Both widths in English; the desktop one in Finnish and Swedish (test_layout checks them at 320 px).
    [("en", 1280), ("en", 320), ("fi", 1280), ("sv", 1280)],
    ids=["en-1280px", "en-320px", "fi-1280px", "sv-1280px"],
)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag_21_aa_violation(page, site_content, name, language, viewport_width):
    path = in_language(PAGES[name](site_content), language)
    visit(page, path)

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})

    violations = results.response["violations"]
    assert not violations, axe_report(violations, f"{path} at {viewport_width} px")
