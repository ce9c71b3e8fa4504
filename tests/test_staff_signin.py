"""Staff sign-in: failed passwords lock an account and an address, the admin asks for a code, the admin's path."""

import re
from base64 import b32encode
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db.models import F
from django.utils import formats, timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.staff_auth import SIGNED_IN_AT
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"
COOL_OFF = timedelta(minutes=15)
QR_CODE = re.compile(r'src="data:image/svg\+xml[^"]*"')


@pytest.fixture(autouse=True)
def _failures_from_an_address_start_from_zero():
    """Empty the shared cache where failed sign-ins are counted by address: its table outlives the tests."""
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.fi", PASSWORD)


@pytest.fixture
def colleague(django_user_model):
    return django_user_model.objects.create_user("colleague", password=PASSWORD, is_staff=True)


@pytest.fixture
def two_factor(settings):
    """Ask staff for a code after the password, as production does."""
    settings.ADMIN_REQUIRE_2FA = True


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)


def sign_in(client, username, password=PASSWORD, *, address="127.0.0.1", next_url="/admin/", **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": next_url}, REMOTE_ADDR=address, **headers
    )


def code_for(device):
    """The code the staff member's authenticator app shows now."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code_for(device):
    return f"{(int(code_for(device)) + 1) % 1_000_000:06d}"


def pass_time(delta):
    """Move every recorded sign-in failure and wrong code `delta` into the past, as if that much time had passed."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - delta)
    TOTPDevice.objects.exclude(throttling_failure_timestamp=None).update(
        throttling_failure_timestamp=F("throttling_failure_timestamp") - delta
    )


def is_signed_in(client):
    return SESSION_KEY in client.session


# Lockout after failed passwords


def test_five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused(client, editor):
    for _ in range(4):
        assert sign_in(client, "editor", "wrong-password").status_code == 200
    assert sign_in(client, "editor", "wrong-password").status_code == 429

    response = sign_in(client, "editor")

    assert response.status_code == 429
    assert not is_signed_in(client)


def test_lockout_page_is_in_the_admin_and_says_when_to_try_again(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")

    response = sign_in(client, "editor")

    unlocks_at = timezone.localtime(AccessAttempt.objects.get().attempt_time + COOL_OFF)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Helsinki Smart Region" in page
    assert "signing in is locked until" in page
    assert formats.time_format(unlocks_at) in page
    assert "15 minutes from now" in page
    assert "Content-Security-Policy" in response.headers


def test_account_stays_locked_for_the_whole_cool_off(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    pass_time(COOL_OFF - timedelta(minutes=1))

    assert sign_in(client, "editor").status_code == 429
    assert not is_signed_in(client)


def test_account_unlocks_after_the_cool_off(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    pass_time(COOL_OFF + timedelta(seconds=1))

    response = sign_in(client, "editor")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert is_signed_in(client)


def test_tries_during_a_lock_do_not_extend_it(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    pass_time(timedelta(minutes=10))
    sign_in(client, "editor", "wrong-password")
    pass_time(timedelta(minutes=5, seconds=1))

    assert sign_in(client, "editor").status_code == 302


def test_failures_from_other_addresses_never_lock_staff_out(client, two_factor, editor, device):
    for n in range(10):
        sign_in(client, "editor", "wrong-password", address=f"192.0.2.{n + 1}")
    sign_in(client, "editor", "wrong-password", address="198.51.100.7")

    response = sign_in(client, "editor", address="198.51.100.7")
    response = client.post(response["Location"], {"otp_token": code_for(device), "next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_five_failures_for_one_account_lock_it_from_that_address_only(client, editor, colleague):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password", address="192.0.2.1")

    assert sign_in(client, "editor", address="192.0.2.1").status_code == 429
    assert sign_in(client, "editor", address="198.51.100.7").status_code == 302
    client.post("/admin/logout/")
    assert sign_in(client, "colleague", address="192.0.2.1").status_code == 302


def test_colleagues_behind_one_address_who_mistype_lock_nobody_else(client, editor):
    for n in range(5):
        sign_in(client, f"colleague-{n}", "wrong-password", address="203.0.113.9")

    assert sign_in(client, "editor", address="203.0.113.9").status_code == 302


def test_failures_for_many_accounts_from_one_address_lock_it_at_the_higher_limit(client, settings, editor):
    limit = settings.SIGN_IN_FAILURE_LIMIT_PER_ADDRESS
    for n in range(limit - 1):
        sign_in(client, f"guess-{n}", "wrong-password", address="203.0.113.9")
    assert sign_in(client, "editor", address="203.0.113.9").status_code == 302
    client.post("/admin/logout/")
    sign_in(client, f"guess-{limit}", "wrong-password", address="203.0.113.9")

    response = sign_in(client, "editor", address="203.0.113.9")

    assert response.status_code == 429
    assert "signing in is locked until" in response.content.decode()
    assert "15 minutes from now" in response.content.decode()
    assert not is_signed_in(client)
    assert sign_in(client, "editor", address="198.51.100.7").status_code == 302


def test_an_address_locked_for_many_accounts_unlocks_after_the_cool_off(client, settings, clock, editor):
    for n in range(settings.SIGN_IN_FAILURE_LIMIT_PER_ADDRESS):
        sign_in(client, f"guess-{n}", "wrong-password", address="203.0.113.9")
    clock(minutes=14)
    assert sign_in(client, "editor", address="203.0.113.9").status_code == 429

    clock(minutes=1, seconds=1)

    assert sign_in(client, "editor", address="203.0.113.9").status_code == 302


def test_a_successful_sign_in_resets_the_count_of_failures(client, editor):
    for _ in range(4):
        sign_in(client, "editor", "wrong-password")
    assert sign_in(client, "editor").status_code == 302
    client.post("/admin/logout/")

    for _ in range(4):
        sign_in(client, "editor", "wrong-password")

    assert sign_in(client, "editor").status_code == 302


def test_behind_a_trusted_proxy_the_client_address_is_locked_not_the_proxy(client, settings, editor):
    settings.TRUSTED_PROXY_HOPS = 1
    for _ in range(5):
        sign_in(client, "editor", "wrong-password", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert sign_in(client, "editor", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    assert sign_in(client, "editor", address="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302


# Two-factor sign-in


def test_with_two_factor_off_the_password_alone_opens_the_admin(client, settings, editor):
    settings.ADMIN_REQUIRE_2FA = False

    response = sign_in(client, "editor")

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_staff_without_an_authenticator_are_led_to_set_one_up_after_the_password(client, two_factor, editor):
    response = sign_in(client, "editor", next_url="/admin/projects/project/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/authenticator/?next=%2Fadmin%2Fprojects%2Fproject%2F"
    page = client.get(response["Location"])
    device = TOTPDevice.objects.get(user=editor)
    html = page.content.decode()
    assert page.status_code == 200
    assert not device.confirmed
    assert '<img class="otp-qr-code" src="data:image/svg+xml' in html
    secret = b32encode(device.bin_key).decode()
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in html


def test_the_qr_code_stays_the_same_when_the_setup_page_is_reloaded(client, two_factor, editor):
    sign_in(client, "editor")

    first = QR_CODE.search(client.get("/admin/login/authenticator/").content.decode())
    second = QR_CODE.search(client.get("/admin/login/authenticator/").content.decode())

    assert first and second and first[0] == second[0]
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_setting_up_with_a_correct_code_opens_the_admin(client, two_factor, editor):
    sign_in(client, "editor", next_url="/admin/projects/project/")
    client.get("/admin/login/authenticator/")
    device = TOTPDevice.objects.get(user=editor)

    response = client.post(
        "/admin/login/authenticator/?next=/admin/projects/project/",
        {"otp_token": code_for(device), "next": "/admin/projects/project/"},
    )

    device.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == "/admin/projects/project/"
    assert device.confirmed
    assert client.get("/admin/projects/project/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_setting_up_with_a_wrong_code_does_not_open_the_admin(client, two_factor, editor):
    sign_in(client, "editor")
    client.get("/admin/login/authenticator/")
    device = TOTPDevice.objects.get(user=editor)

    response = client.post("/admin/login/authenticator/", {"otp_token": wrong_code_for(device)})

    device.refresh_from_db()
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


def test_staff_with_an_authenticator_enter_a_code_after_the_password(client, two_factor, editor, device):
    response = sign_in(client, "editor")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/code/?next=%2Fadmin%2F"
    assert client.get("/admin/").status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()

    response = client.post("/admin/login/code/", {"otp_token": code_for(device), "next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_open_the_admin(client, two_factor, editor, device):
    sign_in(client, "editor")

    response = client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)})

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_code_that_is_not_six_digits_is_refused_without_counting(client, two_factor, editor, device):
    sign_in(client, "editor")

    response = client.post("/admin/login/code/", {"otp_token": "12ab56"})

    device.refresh_from_db()
    assert "Enter the six digits of the code" in response.content.decode()
    assert device.throttling_failure_count == 0


def test_staff_with_an_authenticator_are_not_offered_a_second_one(client, two_factor, editor, device):
    sign_in(client, "editor")

    response = client.get("/admin/login/authenticator/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/code/")
    assert TOTPDevice.objects.filter(user=editor).count() == 1


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/admin/"),
        ("get", "/admin/projects/project/"),
        ("get", "/admin/auth/user/"),
        ("get", "/admin/password_change/"),
    ],
)
def test_a_session_without_the_code_opens_no_admin_page(client, two_factor, editor, device, method, url):
    sign_in(client, "editor")

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    # The login page sends them on to the code, not back to the password.
    assert client.get(response["Location"])["Location"].startswith("/admin/login/code/")


def test_a_session_without_the_code_cannot_change_an_entry(client, two_factor, editor, device):
    project = ProjectFactory(title="Hydrogen Valley")
    sign_in(client, "editor")

    response = client.post(f"/admin/projects/project/{project.pk}/change/", {"title": "Changed"})

    project.refresh_from_db()
    assert response.status_code == 302
    assert project.title == "Hydrogen Valley"


def test_a_session_without_the_code_sees_no_drafts_on_the_public_site(client, two_factor, editor, device):
    draft = ProjectFactory(draft=True)
    sign_in(client, "editor")

    assert client.get(draft.get_absolute_url()).status_code == 404

    client.post("/admin/login/code/", {"otp_token": code_for(device)})

    assert client.get(draft.get_absolute_url()).status_code == 200


def test_five_wrong_codes_lock_the_authenticator_for_the_cool_off(client, two_factor, editor, device):
    sign_in(client, "editor")
    for _ in range(4):
        assert client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)}).status_code == 200
        pass_time(timedelta(minutes=1))  # past the growing wait between tries
    assert client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)}).status_code == 429

    response = client.post("/admin/login/code/", {"otp_token": code_for(device)})

    assert response.status_code == 429
    assert "signing in is locked until" in response.content.decode()
    assert client.get("/admin/").status_code == 302

    pass_time(COOL_OFF + timedelta(seconds=1))
    response = client.post("/admin/login/code/", {"otp_token": code_for(device)})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_right_password_does_not_reset_the_count_of_wrong_codes(client, two_factor, editor, device):
    for _ in range(4):
        sign_in(client, "editor")
        client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)})
        pass_time(timedelta(minutes=1))
    sign_in(client, "editor")

    assert client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)}).status_code == 429


def test_a_quick_second_try_waits_instead_of_counting(client, two_factor, editor, device):
    sign_in(client, "editor")
    client.post("/admin/login/code/", {"otp_token": wrong_code_for(device)})

    response = client.post("/admin/login/code/", {"otp_token": code_for(device)})

    device.refresh_from_db()
    assert "Wait a few seconds" in response.content.decode()
    assert device.throttling_failure_count == 1


def test_wrong_codes_while_setting_up_lock_too(client, two_factor, editor):
    sign_in(client, "editor")
    client.get("/admin/login/authenticator/")
    device = TOTPDevice.objects.get(user=editor)
    for _ in range(5):
        response = client.post("/admin/login/authenticator/", {"otp_token": wrong_code_for(device)})
        pass_time(timedelta(minutes=1))

    assert response.status_code == 429
    assert client.post("/admin/login/authenticator/", {"otp_token": code_for(device)}).status_code == 429


def test_the_page_asked_for_is_kept_through_both_steps(client, two_factor, editor, device):
    login_page = client.get("/admin/projects/project/")["Location"]
    assert login_page == "/admin/login/?next=/admin/projects/project/"

    response = sign_in(client, "editor", next_url="/admin/projects/project/")
    response = client.post(response["Location"], {"otp_token": code_for(device), "next": "/admin/projects/project/"})

    assert response["Location"] == "/admin/projects/project/"


def test_a_next_address_on_another_site_is_ignored(client, two_factor, editor, device):
    sign_in(client, "editor")

    response = client.post("/admin/login/code/", {"otp_token": code_for(device), "next": "https://example.com/"})

    assert response["Location"] == "/admin/"


def test_cancel_signs_out_between_password_and_code(client, two_factor, editor, device):
    sign_in(client, "editor")

    response = client.post("/admin/login/cancel/")

    assert response["Location"] == "/admin/login/"
    assert not is_signed_in(client)


@pytest.mark.parametrize("url", ["/admin/login/code/", "/admin/login/authenticator/"])
def test_code_pages_send_visitors_to_the_password_first(client, two_factor, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/"


def test_code_pages_send_signed_in_staff_on_when_no_code_is_required(client, settings, editor):
    settings.ADMIN_REQUIRE_2FA = False
    sign_in(client, "editor")

    assert client.get("/admin/login/authenticator/")["Location"] == "/admin/"
    assert not TOTPDevice.objects.exists()


def test_members_who_are_not_staff_are_not_asked_for_a_code(client, two_factor, django_user_model):
    django_user_model.objects.create_user("member", password=PASSWORD)

    response = sign_in(client, "member")

    assert response.status_code == 200  # the admin's own answer: not authorised here
    assert not TOTPDevice.objects.exists()


# How long a session lasts


@pytest.fixture
def clock(monkeypatch):
    """Time that tests move on by hand: `clock(minutes=31)` lets 31 minutes pass for Django and its sessions."""
    now = [timezone.now()]
    monkeypatch.setattr(timezone, "now", lambda: now[0])

    def move_on(**delta):
        now[0] += timedelta(**delta)

    return move_on


def opens_the_admin(client):
    return client.get("/admin/").status_code == 200


def test_a_staff_session_ends_after_30_minutes_without_a_request(client, clock, editor):
    sign_in(client, "editor")
    clock(minutes=29)
    assert opens_the_admin(client)

    clock(minutes=31)

    assert not opens_the_admin(client)
    assert not is_signed_in(client)


def signed_in_ago(client, delta):
    """Make the client's session one that signed in `delta` ago, busy ever since."""
    session = client.session
    session[SIGNED_IN_AT] = (timezone.now() - delta).timestamp()
    session.save()


def test_a_staff_session_ends_12_hours_after_signing_in_however_busy(client, editor):
    sign_in(client, "editor")
    signed_in_ago(client, timedelta(hours=12) - timedelta(minutes=1))
    assert opens_the_admin(client)

    signed_in_ago(client, timedelta(hours=12) + timedelta(minutes=1))

    assert not opens_the_admin(client)
    assert not is_signed_in(client)
    assert sign_in(client, "editor").status_code == 302
    assert opens_the_admin(client)


def test_a_visitor_gets_no_session_and_pages_that_do_not_vary_by_cookie(client):
    response = client.get("/en/")

    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert "Cookie" not in response.get("Vary", "")


# The admin's path


def test_the_admin_answers_at_the_configured_path_only(client, admin_url, editor):
    admin_url("curation-x7/")

    response = client.get("/curation-x7/")

    assert response.status_code == 302
    assert response["Location"] == "/curation-x7/login/?next=/curation-x7/"
    assert client.get("/admin/", follow=True).status_code == 404
    client.force_login(editor)
    assert client.get("/curation-x7/projects/project/").status_code == 200


def test_the_code_pages_follow_the_admin_path(client, admin_url, two_factor, editor, device):
    admin_url("curation-x7/")

    response = client.post("/curation-x7/login/", {"username": "editor", "password": PASSWORD})

    assert response["Location"] == "/curation-x7/login/code/?next=%2Fcuration-x7%2F"
