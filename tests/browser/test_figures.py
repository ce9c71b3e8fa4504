"""The figures: the home page's stay whole (no number broken across lines, at any width, in any language), and the
figures page's bars are reached by keyboard (test_accessibility checks the page with axe)."""

from decimal import Decimal

import pytest

from tests.browser.pages import visit
from tests.factories import ProjectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Each figure's box: its lines of text (a figure on one line has one), and whether it overflows the box.
FIGURES = """() => [...document.querySelectorAll(".figures dd")].map(figure => {
    const range = document.createRange();
    range.selectNodeContents(figure);
    const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
    const box = figure.parentElement.getBoundingClientRect();
    const text = range.getBoundingClientRect();
    return {text: figure.textContent, lines: lines.size, inside: text.left >= box.left && text.right <= box.right};
})"""


@pytest.mark.parametrize("language", ["en", "fi"])
def test_home_figures_are_never_broken_across_lines(page, live_server, language):
    ProjectFactory(total_budget=Decimal("98765432109"), eu_contribution=Decimal("87654321098"))

    page.goto(f"{live_server.url}/{language}/")
    for width in (320, 375, 480, 600, 768, 900, 1024, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        figures = page.evaluate(FIGURES)

        assert len(figures) == 5
        for figure in figures:
            assert figure["lines"] == 1, f"at {width} px, {figure['text']!r} takes {figure['lines']} lines"
            assert figure["inside"], f"at {width} px, {figure['text']!r} sticks out of its box"


def test_every_bar_of_the_figures_is_reached_by_keyboard_and_leads_to_its_projects(page, site_content):
    visit(page, "/en/strategy/figures/")
    bars = page.locator(".bars a")
    first_bar = bars.first.get_attribute("href")
    assert bars.count() > 20

    page.locator(".chart-index a").last.focus()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.bars') !== null"):
            break
    assert page.evaluate("document.activeElement.getAttribute('href')") == first_bar
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{first_bar}")
    assert page.locator("h1").inner_text() == "Projects"
