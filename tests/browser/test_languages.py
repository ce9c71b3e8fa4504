"""A visitor switches language with the links in the header and stays on the same list, filters and project."""

import re

import pytest

from tests.browser.pages import tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FILTERS = "?priority=climate-neutrality&state=ongoing&municipality=092"


def projects_listed(page):
    """The projects the cards lead to, without the language of the page."""
    return [
        re.sub(r"^/[a-z]{2}/", "/", href)
        for href in page.locator(".card-title a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    ]


def chosen_filters(page):
    return page.locator(".filters input:checked").evaluate_all(
        "inputs => inputs.map(input => `${input.name}=${input.value}`).sort()"
    )


def test_language_links_keep_the_filters_and_the_project_and_the_choice_is_remembered(page, site_content):
    project = site_content.project
    page.goto(f"/en/projects/{FILTERS}")
    english_projects, english_filters = projects_listed(page), chosen_filters(page)
    assert len(english_projects) == 2
    assert english_filters == ["municipality=092", "priority=climate-neutrality", "state=ongoing"]

    tab_to(page, page.get_by_role("link", name="Suomi"))
    page.keyboard.press("Enter")

    page.wait_for_url(f"**/fi/projects/{FILTERS}")
    assert page.locator("html").get_attribute("lang") == "fi"
    assert projects_listed(page) == english_projects
    assert chosen_filters(page) == english_filters
    assert page.locator(".result-count").inner_text() == "2 hanketta"

    page.get_by_role("link", name=project.title_fi, exact=True).click()
    page.wait_for_url(f"**/fi/projects/{project.slug}/")
    page.get_by_role("link", name="Svenska").click()

    page.wait_for_url(f"**/sv/projects/{project.slug}/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("heading", level=1).inner_text().startswith(project.title_sv)
    assert page.get_by_role("link", name="Svenska").get_attribute("aria-current") == "true"

    page.goto("/")
    page.wait_for_url("**/sv/")
