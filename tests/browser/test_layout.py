"""At the narrowest phone width WCAG reflow asks for (320 CSS px), nothing needs sideways scrolling, in any language.

Finnish and Swedish words are long (`Kokonaisbudjetti`, `Tillgänglighetsutlåtande`): they must wrap too.
"""

import pytest

from tests.browser.pages import PAGES, in_language, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDER_THAN_THE_PAGE = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter(element => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map(element => element.outerHTML.slice(0, 120));
}"""


@pytest.mark.parametrize("viewport_width", [320], ids=["320px"])
@pytest.mark.parametrize("language", ["en", "fi", "sv"])
@pytest.mark.parametrize("name", PAGES)
def test_page_does_not_scroll_sideways_at_320px(page, site_content, name, language, viewport_width):
    visit(page, in_language(PAGES[name](site_content), language))

    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )

    assert scroll_width <= client_width, (
        f"the page is {scroll_width} px wide in a {client_width} px viewport; too wide: "
        f"{page.evaluate(WIDER_THAN_THE_PAGE)}"
    )
