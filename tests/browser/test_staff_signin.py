"""The sign-in pages after the password, in Chromium: the QR code shows, axe finds nothing, the keyboard suffices."""

from base64 import b32decode

import pytest
from axe_playwright_python.sync_playwright import Axe
from axes.models import AccessAttempt
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.pages import WCAG_21_AA, axe_report, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-test-password"

axe = Axe()


@pytest.fixture
def new_editor(settings, django_user_model):
    """Staff who sign in for the first time where the admin asks for a code."""
    settings.ADMIN_REQUIRE_2FA = True
    return django_user_model.objects.create_superuser("editor", "editor@example.fi", PASSWORD)


def assert_no_wcag_21_aa_violation(page, where):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})

    violations = results.response["violations"]
    assert not violations, axe_report(violations, where)


def code_for_secret(secret: str) -> str:
    """The code an authenticator app shows now for the key the setup page gives to type in."""
    return f"{totp(b32decode(secret.replace(' ', ''))):06d}"


def sign_in_with_the_keyboard(page):
    page.goto("/admin/")
    # The browser focuses an autofocus field at its next rendering step, which may come after the load event.
    expect(page.get_by_label("Username")).to_be_focused()
    page.keyboard.type("editor")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/login/authenticator/**")


def test_setup_page_shows_the_qr_code_and_the_key(page, new_editor):
    sign_in_with_the_keyboard(page)

    qr_code = page.get_by_role("img", name="QR code that adds Helsinki Smart Region to your authenticator app")
    assert qr_code.is_visible()
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 100")
    assert page.locator(".otp-secret").inner_text().replace(" ", "").isalnum()


def test_axe_finds_no_wcag_21_aa_violation_on_the_setup_page(page, new_editor):
    sign_in_with_the_keyboard(page)

    assert_no_wcag_21_aa_violation(page, "the authenticator setup page")


def test_axe_finds_no_wcag_21_aa_violation_on_a_wrong_code(page, new_editor):
    sign_in_with_the_keyboard(page)
    tab_to(page, page.get_by_label("Code"))
    page.keyboard.type("000000")
    page.keyboard.press("Enter")
    page.get_by_text("That code is not right").wait_for()

    assert_no_wcag_21_aa_violation(page, "the authenticator setup page with an error")


def test_setting_up_with_the_keyboard_opens_the_admin(page, new_editor, page_events):
    sign_in_with_the_keyboard(page)
    secret = page.locator(".otp-secret").inner_text()

    tab_to(page, page.get_by_label("Code"))
    page.keyboard.type(code_for_secret(secret))
    page.keyboard.press("Enter")

    page.wait_for_url("**/admin/")
    assert page.get_by_role("heading", name="Curation").is_visible()
    assert page.get_by_text("Two-factor sign-in is set up.").is_visible()
    assert not page_events.errors


def test_axe_finds_no_wcag_21_aa_violation_on_the_code_page(page, new_editor):
    TOTPDevice.objects.create(user=new_editor, name="Phone", confirmed=True)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/login/code/**")

    assert_no_wcag_21_aa_violation(page, "the code page")


def test_axe_finds_no_wcag_21_aa_violation_on_the_lockout_page(page, new_editor):
    # Five failures for this account from the browser's own address: sign-ins lock the pair.
    AccessAttempt.objects.create(
        username="editor", ip_address="127.0.0.1", user_agent="", failures_since_start=5, attempt_time=timezone.now()
    )
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("signing in is locked until").wait_for()

    assert_no_wcag_21_aa_violation(page, "the lockout page")
