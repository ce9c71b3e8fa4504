"""Every kind of public page, in each language, on the narrowest phone WCAG's reflow asks for (320 CSS px) and on a
desktop: axe-core finds no violation of WCAG 2.1 A and AA, and on the phone nothing needs sideways scrolling.

Finnish and Swedish words are long (`Kokonaisbudjetti`, `Tillgänglighetsutlåtande`): they must wrap too.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import PAGES, WCAG_21_AA, axe_report, in_language, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

axe = Axe()

LANGUAGES = ["en", "fi", "sv"]
WIDTHS = [320, 1280]

WIDER_THAN_THE_PAGE = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter(element => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map(element => element.outerHTML.slice(0, 120));
}"""


def sideways_scrolling(page) -> str:
    """What makes the page wider than the viewport, or '' if nothing does."""
    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    if scroll_width <= client_width:
        return ""
    return f"{scroll_width} px wide in a {client_width} px viewport; too wide: {page.evaluate(WIDER_THAN_THE_PAGE)}"


@pytest.mark.parametrize("name", PAGES)
def test_page_passes_axe_and_reflows_in_every_language_at_both_widths(page, site_content, name):
    problems = []  # all of them, not only the first: one run shows every language and width that fails
    for language in LANGUAGES:
        path = in_language(PAGES[name](site_content), language)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            visit(page, path)
            options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
            violations = axe.run(page, options=options).response["violations"]
            if violations:
                problems.append(axe_report(violations, f"{path} at {width} px"))
            if width == min(WIDTHS) and (too_wide := sideways_scrolling(page)):
                problems.append(f"{path} at {width} px scrolls sideways: the page is {too_wide}")

    assert not problems, "\n\n".join(problems)
