"""The catalogue in a browser: counts beside the filter options, and the new result count read out after filtering."""

import re

import pytest

from tests.browser.pages import describe_focus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_after_filtering_the_focus_is_on_the_new_result_count(page, site_content):
    page.goto("/en/projects/")
    page.locator("summary", has_text=re.compile(r"^\s*Priority")).click()
    climate = page.get_by_role("checkbox", name=re.compile(r"^Climate Neutrality \d+ results?$"))
    climate.check()

    page.get_by_role("button", name="Show projects").click()

    page.wait_for_url(re.compile(r"priority=climate-neutrality"))
    heading = page.locator("#results-heading")
    heading.wait_for()
    assert heading.evaluate("element => element === document.activeElement"), describe_focus(page)
    assert re.fullmatch(r"\d+ projects?", heading.inner_text())


def test_a_list_opened_from_a_link_keeps_the_usual_focus(page, site_content):
    page.goto("/en/projects/?priority=climate-neutrality")

    assert page.evaluate("document.activeElement === document.body"), describe_focus(page)


def test_an_option_reads_its_count_as_part_of_its_name(page, site_content):
    page.goto("/en/projects/")
    page.locator("summary", has_text=re.compile(r"^\s*Fund")).click()

    names = page.locator("#id_fund input[type=checkbox]").evaluate_all(
        "inputs => inputs.map(input => input.labels[0].innerText)"
    )

    assert names and all(re.search(r"\(\d+\)\s+\d+ results?$", name) for name in names), names
