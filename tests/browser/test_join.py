"""The join form in Chromium: an applicant on the keyboard alone gets through it, and axe finds nothing to fault."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from playwright.sync_api import expect

from partners.models import JoinRequest
from tests.browser.pages import WCAG_21_AA, axe_report, describe_focus, is_focused, tab_to, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

axe = Axe()


@pytest.fixture(autouse=True)
def _quick_applicant(settings, transactional_db):
    """A browser fills the form faster than a person; the rate limits start from zero."""
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 0
    cache.clear()


def field(page, label):
    return page.get_by_label(label, exact=True)


def type_into(page, label, value):
    target = field(page, label)
    tab_to(page, target)
    page.keyboard.type(value)


def send_with_enter(page):
    tab_to(page, page.get_by_role("button", name="Send the request"))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_applicant_using_only_the_keyboard_corrects_the_errors_and_is_thanked(page, site_content):
    page.goto("/en/partners/join/")

    type_into(page, "Organisation (required)", "Baltic Ports Alliance")
    type_into(page, "Type of organisation (required)", "Cluster")
    type_into(page, "Country (required)", "Estonia")
    type_into(page, "City (required)", "Tallinn")
    type_into(page, "Your name (required)", "Mari Kask")
    type_into(page, "Your email address (required)", "mari.kask(at)ports.example.ee")
    type_into(page, "What would you like to do together? (required)", "Hydrogen trucks between Tallinn and Vuosaari.")
    send_with_enter(page)

    assert page.title().startswith("Error: ")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()  # a screen reader reads the problems first (autofocus, a moment after load)
    assert summary.get_by_role("heading", name="There are problems with 2 answers").is_visible()
    first_error = summary.get_by_role("link").first
    assert first_error.inner_text() == "Enter your email address in full, like name@example.org."
    tab_to(page, first_error)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#id_email$"))
    email = field(page, "Your email address (required)")
    assert is_focused(email), describe_focus(page)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("mari.kask@ports.example.ee")
    climate = page.get_by_role("checkbox", name="Climate Neutrality")
    tab_to(page, climate)
    page.keyboard.press("Space")
    assert climate.is_checked()
    send_with_enter(page)

    page.wait_for_url("**/en/partners/join/thanks/")
    assert page.get_by_role("heading", level=1, name="Thank you for your request").is_visible()
    request = JoinRequest.objects.get()
    assert (request.organisation, request.organisation_type, request.country.code, request.city) == (
        "Baltic Ports Alliance",
        "cluster",
        "EE",
        "Tallinn",
    )
    assert (request.contact_name, request.email) == ("Mari Kask", "mari.kask@ports.example.ee")
    assert [p.slug for p in request.priorities.all()] == ["climate-neutrality"]
    assert request.message == "Hydrogen trucks between Tallinn and Vuosaari."


def test_keyboard_skips_the_hidden_honeypot(page, site_content):
    page.goto("/en/partners/join/")

    tab_to(page, page.get_by_role("textbox", name="What would you like to do together? (required)"))
    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.name") != "nickname", describe_focus(page)
    assert not page.get_by_label("Leave this field empty").is_visible()


def test_join_link_of_a_project_opens_the_form_with_the_project_chosen(page, site_content):
    page.goto(site_content.project.get_absolute_url())

    tab_to(page, page.get_by_role("link", name="Join this project"))
    page.keyboard.press("Enter")

    page.wait_for_url(f"**/en/partners/join/?project={site_content.project.slug}")
    chosen = field(page, "Project you would like to join (optional)")
    assert chosen.input_value() == site_content.project.slug


def show_errors(page, path):
    visit(page, path)
    with page.expect_navigation():
        page.locator(".join-form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()


STATES = {
    "form": lambda page, language: visit(page, f"/{language}/partners/join/"),
    "errors": lambda page, language: show_errors(page, f"/{language}/partners/join/"),
    "thanks": lambda page, language: visit(page, f"/{language}/partners/join/thanks/"),
}


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_on_the_join_pages(page, site_content, state, language):
    STATES[state](page, language)

    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})

    violations = results.response["violations"]
    assert not violations, axe_report(violations, f"the join {state} page in {language}")
