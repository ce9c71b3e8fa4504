"""axe-core, the rules of WCAG 2.1 A and AA, on every kind of public page at desktop and phone widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import PAGES, WCAG_21_AA, axe_report, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

axe = Axe()


@pytest.mark.parametrize("viewport_width", [1280, 320], ids=["1280px", "320px"])
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag_21_aa_violation(page, site_content, name, viewport_width):
    path = PAGES[name](site_content)
    visit(page, path)

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})

    violations = results.response["violations"]
    assert not violations, axe_report(violations, f"{path} at {viewport_width} px")
