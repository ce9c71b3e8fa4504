"""The catalogue's filters on a phone: the results come first, the filters open over them and apply as they are
chosen, and without JavaScript the form's button still applies them."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import WCAG_21_AA, axe_report, describe_focus, is_focused, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

axe = Axe()

# A small phone's screen (an iPhone SE's): what shows before any scrolling.
PHONE = {"width": 375, "height": 667}


@pytest.fixture
def phone(browser, live_server):
    """A tab of a phone's size; `phone(javascript=False)` one with JavaScript turned off."""
    contexts = []

    def open_tab(*, javascript=True):
        context = browser.new_context(
            base_url=live_server.url, viewport=PHONE, locale="en-GB", java_script_enabled=javascript
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


def lies_over(cover, target) -> bool:
    """Whether what shows at the top of `target` belongs to `cover`."""
    return target.evaluate(
        """(target, cover) => {
            const box = target.getBoundingClientRect();
            return cover.contains(document.elementFromPoint(box.x + box.width / 2, box.y + 20));
        }""",
        cover.element_handle(),
    )


def test_on_a_phone_the_first_result_shows_and_the_filters_open_over_the_results(phone, site_content):
    page = phone()
    page.goto("/en/projects/")
    first_card = page.locator(".card").first
    filters = page.locator("summary", has_text="Filters")
    form = page.locator("form.filters")

    assert first_card.bounding_box()["y"] < PHONE["height"] - 100, "the first result is not on the first screen"
    assert not form.is_visible()
    tab_to(page, filters)
    page.keyboard.press("Enter")
    assert form.is_visible()
    assert lies_over(form, first_card), "the open filters do not lie over the results"

    tab_to(page, page.locator("summary", has_text=re.compile(r"^\s*Priority\s*$")))
    page.keyboard.press("Enter")
    climate = page.get_by_role("checkbox", name="Climate Neutrality")
    tab_to(page, climate)
    with page.expect_navigation():
        page.keyboard.press("Space")

    assert re.search(r"/en/projects/\?priority=climate-neutrality(&sort=newest)?$", page.url), page.url
    assert page.title().startswith("3 projects – "), page.title()
    assert climate.is_checked()
    assert is_focused(climate), describe_focus(page)  # the keyboard goes on from where it was
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})
    assert not results.response["violations"], axe_report(results.response["violations"], "the open filters")
    page.keyboard.press("Escape")
    assert not form.is_visible()
    assert is_focused(filters), describe_focus(page)


def test_without_javascript_the_button_applies_the_filters(phone, site_content):
    page = phone(javascript=False)
    page.goto("/en/projects/")

    page.locator("summary", has_text="Filters").click()
    for name in ("Municipality", "Sustainable Development Goal", "State"):
        page.locator("summary", has_text=re.compile(rf"^\s*{name}\s*$")).click()
    # Long lists grow rather than scroll in a box of their own; a label that wraps does not squeeze its box.
    assert page.locator(".choices").evaluate_all("lists => lists.every(list => list.scrollHeight <= list.clientHeight)")
    box_sizes = page.locator(".choices input").evaluate_all("boxes => boxes.map(box => box.offsetWidth)")
    assert len(set(box_sizes)) == 1, box_sizes
    page.get_by_role("checkbox", name="Ongoing").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Show projects").click()

    assert "state=ongoing" in page.url
    assert page.get_by_role("heading", name="3 projects").is_visible()
