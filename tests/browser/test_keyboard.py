"""A visitor who uses only the keyboard finds a project through the catalogue's filters."""

import re

import pytest

from tests.browser.pages import describe_focus, is_focused, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_skip_link_comes_first_and_moves_focus_to_the_main_content(page, site_content):
    page.goto("/en/projects/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("element => element === document.activeElement"), describe_focus(page)
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0, "the focused skip link is off the screen"

    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)"), describe_focus(page)


def test_keyboard_journey_from_home_through_filters_to_a_lead_company(page, site_content):
    project, company = site_content.project, site_content.lead_company
    page.goto("/en/")

    tab_to(page, page.get_by_role("link", name="Explore the projects"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/projects/")

    priority = page.locator("summary", has_text=re.compile(r"^\s*Priority\s*$"))
    tab_to(page, priority)
    page.keyboard.press("Enter")
    climate = page.get_by_role("checkbox", name="Climate Neutrality")
    tab_to(page, climate)
    with page.expect_navigation():  # a filter applies as it is chosen
        page.keyboard.press("Space")
    assert climate.is_checked()
    assert is_focused(climate), describe_focus(page)

    state = page.locator("summary", has_text=re.compile(r"^\s*State\s*$"))
    tab_to(page, state)
    page.keyboard.press("Space")
    ongoing = page.get_by_role("checkbox", name="Ongoing")
    tab_to(page, ongoing)
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert ongoing.is_checked()

    page.wait_for_url(re.compile(r"/en/projects/\?.*priority=climate-neutrality.*state=ongoing"))
    assert page.get_by_role("heading", name="2 projects").is_visible()
    # What a screen reader announces first as the page with the new results opens.
    assert page.title().startswith("2 projects – "), page.title()

    tab_to(page, page.get_by_role("link", name=project.title, exact=True))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{project.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text().startswith(project.title)

    tab_to(page, page.get_by_role("link", name=company.name, exact=True))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{company.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == company.name
