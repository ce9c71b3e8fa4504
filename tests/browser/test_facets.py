"""The catalogue in a browser: counts beside the filter options, and the new result count first in the title."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_after_filtering_the_page_title_starts_with_the_new_result_count(page, site_content):
    page.goto("/en/projects/")
    page.locator("summary", has_text=re.compile(r"^\s*Priority")).click()
    page.get_by_role("checkbox", name=re.compile(r"^Climate Neutrality \d+ results?$")).check()

    page.get_by_role("button", name="Show projects").click()

    page.wait_for_url(re.compile(r"priority=climate-neutrality"))
    count = page.locator("#results-heading").inner_text()
    assert re.fullmatch(r"\d+ projects?", count)
    assert page.title().startswith(f"{count} – Projects"), page.title()


def test_an_option_reads_its_count_as_part_of_its_name(page, site_content):
    page.goto("/en/projects/")
    page.locator("summary", has_text=re.compile(r"^\s*Fund")).click()

    names = page.locator("#id_fund input[type=checkbox]").evaluate_all(
        "inputs => inputs.map(input => input.labels[0].innerText)"
    )

    assert names and all(re.search(r"\(\d+\)\s+\d+ results?$", name) for name in names), names
