"""The home page's figures stay whole: no number is broken across lines, at any width, in any language."""

from decimal import Decimal

import pytest

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
