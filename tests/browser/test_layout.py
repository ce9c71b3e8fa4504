"""At the narrowest phone width WCAG reflow asks for (320 CSS px), nothing needs sideways scrolling."""

import pytest

from tests.browser.pages import PAGES, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDER_THAN_THE_PAGE = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter(element => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map(element => element.outerHTML.slice(0, 120));
}"""


@pytest.mark.parametrize("viewport_width", [320], ids=["320px"])
@pytest.mark.parametrize("name", PAGES)
def test_page_does_not_scroll_sideways_at_320px(page, site_content, name, viewport_width):
    visit(page, PAGES[name](site_content))

    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )

    assert scroll_width <= client_width, (
        f"the page is {scroll_width} px wide in a {client_width} px viewport; too wide: "
        f"{page.evaluate(WIDER_THAN_THE_PAGE)}"
    )
