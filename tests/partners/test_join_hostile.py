"""What robots and attackers send to the join form: each gets a clear answer or is stored as harmless text."""

import json
import time
from dataclasses import dataclass
from unittest import mock

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client
from django_tasks_db.models import DBTaskResult

from core import ratelimit
from partners.forms import FILL_TIME_SALT, fill_time_token
from partners.models import JoinRequest
from partners.tasks import ACKNOWLEDGEMENT, STAFF_NOTIFICATION, send_join_request_email
from tests.factories import ProjectFactory
from tests.html import html, text
from tests.partners.join import Raw, answers, error_summary, join_form, page_tokens, send, summary_texts

pytestmark = pytest.mark.django_db

EXPIRED = "This form has expired or was changed. Please check your answers and send it again."
TRAP = "Leave this field empty: it is there to catch spam robots."
TOO_QUICK = "That was very quick. Please check your answers and send the form again."
ONE_LINE = "Write this on one line."
CONTROL = "Remove the invisible control characters from this field."
NULL = "Null characters are not allowed."
BAD_EMAIL = "Enter your email address in full, like name@example.org."
BAD_URL = "Enter the website's full address, like https://www.example.org/."
BAD_PHONE = "Write the phone number with digits, e.g. +358 40 123 4567."
NO_NAME = "Enter the name of your organisation."
LOCAL = "Write an address at a domain name, such as name@organisation.eu, not at localhost or an IP address."
USED = "This form has already been sent. To send another request, check your answers and send it again."
NO_SUCH_PROJECT = "The project you chose no longer looks for partners: choose another one, or no particular project."
LONG_MESSAGE = "Tell us what you would like to do together in at most 3000 characters (you wrote 10000)."
NULL_IN_MESSAGE = "Remove the invisible null characters from your message."
CONTROL_IN_MESSAGE = "Remove the invisible control characters from your message."
SCRIPT = "<script>alert(document.cookie)</script>"
SCRIPT_URL = f"https://example.ee/{SCRIPT}"  # a valid address to Django; stored as text like any other
LONG = "x" * 10_000
MESSAGE = "We run a living lab for circular construction and would like to pilot it in Uusimaa."


def too_long(limit):
    return f"Ensure this value has at most {limit} characters (it has 10000)."


def not_a_choice(value):
    return f"Select a valid choice. {value} is not one of the available choices."


def replaced(raw_bytes: bytes) -> str:
    """What Django reads from bytes that are not UTF-8: each bad byte becomes U+FFFD."""
    return raw_bytes.decode("utf-8", "replace")


@dataclass(frozen=True)
class Rejected:
    """The form comes back with `message` in its error summary, linked to `field` (None: the hidden token or trap)."""

    field: str | None
    message: str


# The labels of the form's fields, as an applicant reads them.
LABELS = {
    "organisation": "Organisation",
    "organisation_type": "Type of organisation",
    "country": "Country",
    "city": "City",
    "website": "Website (optional)",
    "contact_name": "Your name",
    "email": "Your email address",
    "phone": "Phone (optional)",
    "priorities": "Priorities you are interested in",
    "project": "Project you would like to join (optional)",
    "message": "What would you like to do together?",
}


def labelled(field: str, message: str) -> Rejected:
    """Rejected with a message that does not say which answer it is about: the summary puts the label before it."""
    return Rejected(field, f"{LABELS[field]}: {message}")


@dataclass(frozen=True)
class Stored:
    """The request is stored, and `field` holds `value` as plain text."""

    field: str
    value: str


FORBIDDEN = "403"


def case(changes, outcome, id):
    return pytest.param(changes, outcome, id=id)


HOSTILE = [
    # Markup and script in every text field: stored as text where text is expected, refused where it is not.
    case({"organisation": SCRIPT}, Stored("organisation", SCRIPT), "script-in-organisation"),
    case({"city": SCRIPT}, Stored("city", SCRIPT), "script-in-city"),
    case({"contact_name": SCRIPT}, Stored("contact_name", SCRIPT), "script-in-contact-name"),
    case({"message": SCRIPT + " " + MESSAGE}, Stored("message", SCRIPT + " " + MESSAGE), "script-in-message"),
    case({"website": SCRIPT_URL}, Stored("website", SCRIPT_URL), "script-in-website-path"),
    case({"email": f"{SCRIPT}@example.ee"}, Rejected("email", BAD_EMAIL), "script-in-email"),
    case({"phone": SCRIPT}, labelled("phone", BAD_PHONE), "script-in-phone"),
    case({"nickname": SCRIPT}, Rejected(None, TRAP), "script-in-honeypot"),
    case({"organisation": '"><svg onload=alert(1)>'}, Stored("organisation", '"><svg onload=alert(1)>'), "attribute"),
    case(
        {"message": "{{ settings.SECRET_KEY }} {% debug %} " + MESSAGE},
        Stored("message", "{{ settings.SECRET_KEY }} {% debug %} " + MESSAGE),
        "template-syntax-in-message",
    ),
    case({"website": "javascript:alert(1)"}, Rejected("website", BAD_URL), "javascript-url-as-website"),
    case({"website": "data:text/html,<script>alert(1)</script>"}, Rejected("website", BAD_URL), "data-url-as-website"),
    # SQL: stored as text, or refused where an identifier is expected.
    case(
        {"organisation": "x'; DROP TABLE partners_joinrequest; --"},
        Stored("organisation", "x'; DROP TABLE partners_joinrequest; --"),
        "sql-in-organisation",
    ),
    case(
        {"contact_name": "Robert'); DELETE FROM auth_user;--"},
        Stored("contact_name", "Robert'); DELETE FROM auth_user;--"),
        "sql-in-contact-name",
    ),
    case({"city": "' OR '1'='1"}, Stored("city", "' OR '1'='1"), "sql-in-city"),
    case({"email": "' OR 1=1 --@example.ee"}, Rejected("email", BAD_EMAIL), "sql-in-email"),
    case({"priorities": ["1 OR 1=1"]}, labelled("priorities", "“1 OR 1=1” is not a valid value."), "sql-in-priority"),
    case({"project": "x' OR '1'='1"}, Rejected("project", NO_SUCH_PROJECT), "sql-in-project"),
    case({"country": "EE' --"}, labelled("country", not_a_choice("EE' --")), "sql-in-country"),
    # Header injection: line breaks never reach a name, an organisation (the staff subject) or an address.
    case({"contact_name": "Kadri\r\nBcc: victim@example.com"}, labelled("contact_name", ONE_LINE), "crlf-in-name"),
    case({"contact_name": "Kadri\nBcc: victim@example.com"}, labelled("contact_name", ONE_LINE), "lf-in-name"),
    case({"organisation": "Tartu\r\nSubject: cheap pills"}, labelled("organisation", ONE_LINE), "crlf-in-org"),
    case({"organisation": "Tartu\rSubject: cheap pills"}, labelled("organisation", ONE_LINE), "cr-in-organisation"),
    case({"email": "kadri@example.ee\r\nBcc: victim@example.com"}, Rejected("email", BAD_EMAIL), "crlf-in-email"),
    case({"email": "kadri@example.ee\nCc: victim@example.com"}, Rejected("email", BAD_EMAIL), "lf-in-email"),
    case({"email": Raw("kadri%40example.ee%0D%0ABcc%3A+x%40example.com")}, Rejected("email", BAD_EMAIL), "raw-crlf"),
    case({"city": "Tartu\nX-Spam: yes"}, labelled("city", ONE_LINE), "lf-in-city"),
    case({"phone": "+372 5123\r\n4567"}, labelled("phone", ONE_LINE), "crlf-in-phone"),
    case({"organisation": "Tartu\u2028Science Park"}, labelled("organisation", CONTROL), "line-separator-in-org"),
    # 10,000 characters.
    case({"organisation": LONG}, labelled("organisation", too_long(200)), "long-organisation"),
    case({"city": LONG}, labelled("city", too_long(100)), "long-city"),
    case({"website": "https://example.ee/" + LONG[19:]}, labelled("website", too_long(200)), "long-website"),
    case({"contact_name": LONG}, labelled("contact_name", too_long(200)), "long-contact-name"),
    case({"email": LONG[11:] + "@example.ee"}, labelled("email", too_long(254)), "long-email"),
    case({"phone": "1" * 10_000}, labelled("phone", too_long(40)), "long-phone"),
    case({"message": LONG}, Rejected("message", LONG_MESSAGE), "long-message"),
    case({"started": LONG}, Rejected(None, EXPIRED), "long-token"),
    # Invalid Unicode, lone surrogates, NUL bytes and invisible control characters.
    case({"organisation": "Tartu\x00Park"}, labelled("organisation", NULL), "nul-in-organisation"),
    case({"message": MESSAGE + "\x00"}, Rejected("message", NULL_IN_MESSAGE), "nul-in-message"),
    case({"email": "kadri\x00@example.ee"}, labelled("email", NULL), "nul-in-email"),
    case({"project": "hydrogen\x00"}, labelled("project", NULL), "nul-in-project"),
    case({"priorities": ["1\x00"]}, labelled("priorities", NULL), "nul-in-priority"),
    case({"city": "Tar\x0btu"}, labelled("city", CONTROL), "vertical-tab-in-city"),
    case({"organisation": "Tartu\x0cScience Park"}, labelled("organisation", CONTROL), "form-feed-in-organisation"),
    case({"organisation": "Tartu\x85Subject: spam"}, labelled("organisation", CONTROL), "next-line-in-organisation"),
    case({"contact_name": "Kadri\x1b[2J"}, labelled("contact_name", CONTROL), "terminal-escape-in-name"),
    case({"message": MESSAGE + "\x1b[2J"}, Rejected("message", CONTROL_IN_MESSAGE), "terminal-escape-in-message"),
    case(
        {"organisation": Raw("Tartu%FF%FEPark")},
        Stored("organisation", replaced(b"Tartu\xff\xfePark")),
        "bytes-that-are-not-utf-8",
    ),
    case(
        {"contact_name": Raw("Kadri%ED%A0%80")},
        Stored("contact_name", replaced(b"Kadri\xed\xa0\x80")),
        "lone-surrogate-encoded-as-utf-8",
    ),
    case(
        {"message": Raw("%C0%BCscript%C0%BE+" + MESSAGE.replace(" ", "+"))},
        Stored("message", replaced(b"\xc0\xbcscript\xc0\xbe ") + MESSAGE),
        "overlong-utf-8-markup",
    ),
    case({"city": "Tartu\u202egnp.exe"}, Stored("city", "Tartugnp.exe"), "right-to-left-override"),
    # Invisible formatting: zero-width characters and direction overrides make a name read otherwise than it is.
    case(
        {"organisation": "Tartu\u200b Science\u202e Park"}, Stored("organisation", "Tartu Science Park"), "zero-width"
    ),
    case({"contact_name": "\ufeffKadri \u2066Tamm\u2069"}, Stored("contact_name", "Kadri Tamm"), "isolates-in-name"),
    case({"organisation": "\u200f\u202a\u200d"}, Rejected("organisation", NO_NAME), "only-invisible-characters"),
    # Addresses nobody outside could own: the acknowledgement must not be sent to the portal's own machines.
    case({"email": "kadri@localhost"}, labelled("email", LOCAL), "localhost"),
    case({"email": "kadri@mail.localhost"}, labelled("email", LOCAL), "subdomain-of-localhost"),
    case({"email": "kadri@[127.0.0.1]"}, labelled("email", LOCAL), "ip-literal"),
    case({"email": "kadri@[IPv6:::1]"}, labelled("email", LOCAL), "ipv6-literal"),
    case({"email": "kadri@127.0.0.1"}, labelled("email", LOCAL), "ip-address"),
    # Wrong types and unknown choices.
    case({"organisation": ["First Org", "Second Org"]}, Stored("organisation", "Second Org"), "list-for-one-field"),
    case({"priorities": ["abc"]}, labelled("priorities", "“abc” is not a valid value."), "priority-not-a-number"),
    case({"priorities": ["1.5"]}, labelled("priorities", "“1.5” is not a valid value."), "priority-fraction"),
    case({"priorities": ["99999"]}, labelled("priorities", not_a_choice("99999")), "priority-unknown"),
    case(
        {"priorities": ["99999999999999999999999"]},
        labelled("priorities", not_a_choice("99999999999999999999999")),
        "priority-beyond-bigint",
    ),
    case(
        {"priorities": ["1", "-99999999999999999999999"]},
        labelled("priorities", not_a_choice("-99999999999999999999999")),
        "priority-below-bigint",
    ),
    case({"country": "XX"}, labelled("country", not_a_choice("XX")), "unknown-country"),
    case({"country": ["EE", "ZZ"]}, labelled("country", not_a_choice("ZZ")), "unknown-country-in-a-list"),
    case({"organisation_type": "government"}, labelled("organisation_type", not_a_choice("government")), "type"),
    case({"project": "no-such-project"}, Rejected("project", NO_SUCH_PROJECT), "nonexistent-project"),
    case({"project": "draft-project"}, Rejected("project", NO_SUCH_PROJECT), "draft-project"),
    case({"project": "closed-project"}, Rejected("project", NO_SUCH_PROJECT), "project-not-looking-for-partners"),
    # The fill-time token and the CSRF token.
    case({"started": signing.dumps(0.0, salt=FILL_TIME_SALT, key="guessed-key")}, Rejected(None, EXPIRED), "forged"),
    case({"started": signing.dumps(time.time() - 60, salt="another.salt")}, Rejected(None, EXPIRED), "other-salt"),
    case({"started": "1700000000.0"}, Rejected(None, EXPIRED), "unsigned-time"),
    case({"started": ""}, Rejected(None, EXPIRED), "empty-token"),
    case({"started": "<script>"}, Rejected(None, EXPIRED), "markup-as-token"),
    case({}, FORBIDDEN, "missing-csrf-token"),
]


@pytest.fixture
def projects():
    ProjectFactory(slug="hydrogen-valley", is_looking_for_partners=True)
    ProjectFactory(slug="draft-project", is_looking_for_partners=True, draft=True)
    ProjectFactory(slug="closed-project", is_looking_for_partners=False)


def test_the_table_has_at_least_forty_hostile_inputs():
    assert len(HOSTILE) >= 40


@pytest.mark.parametrize(("changes", "outcome"), HOSTILE)
def test_hostile_input_gets_a_clear_error_or_is_stored_as_text_never_a_500(
    client, projects, mailoutbox, changes, outcome
):
    if outcome == FORBIDDEN:
        client = Client(enforce_csrf_checks=True)
    data = answers(**changes)

    response = send(client, data)

    if outcome == FORBIDDEN:
        assert response.status_code == 403
        assert JoinRequest.objects.count() == 0
    elif isinstance(outcome, Rejected):
        assert response.status_code == 200
        assert "<title>Error: " in html(response)
        anchor = f"#id_{outcome.field}{'_0' if outcome.field == 'priorities' else ''}" if outcome.field else None
        summary = error_summary(response)
        assert (anchor, outcome.message) in summary, summary
        if outcome.field:
            marked = [c for c in join_form(response).controls if c.get("name") == outcome.field]
            assert all(c.get("aria-invalid") == "true" for c in marked), marked
        assert JoinRequest.objects.count() == 0
        assert DBTaskResult.objects.count() == 0
    else:
        assert response.status_code == 302, summary_texts(response)
        request = JoinRequest.objects.get()
        assert getattr(request, outcome.field) == outcome.value
        assert DBTaskResult.objects.count() == 2
        # Its emails can still be written and sent.
        assert send_join_request_email.call(request.pk, ACKNOWLEDGEMENT) == "sent"
        assert send_join_request_email.call(request.pk, STAFF_NOTIFICATION) == "sent"
        assert len(mailoutbox) == 2
    assert "<script>alert" not in html(response)


@pytest.mark.parametrize("field", ["organisation", "city", "contact_name", "website", "email", "phone", "message"])
def test_markup_typed_into_a_field_is_shown_back_as_text(client, field):
    markup = "<script>alert(1)</script><b>bold</b> and some more words"

    response = send(client, answers(**{field: markup, "priorities": []}))

    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html(response)
    assert "<script>alert(1)" not in html(response)
    assert "<b>bold</b>" not in html(response)


def test_form_posted_with_its_csrf_token_is_accepted(projects, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 0
    client = Client(enforce_csrf_checks=True)
    form = client.get("/en/partners/join/")

    response = send(client, answers(**page_tokens(form)))

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 1


def test_form_sent_a_second_time_is_refused(client):
    first = answers()
    assert send(client, first).status_code == 302

    response = send(client, {**first, "organisation": "Another Organisation"})

    assert USED in summary_texts(response)
    assert JoinRequest.objects.count() == 1


def test_form_of_one_visitor_does_not_serve_another(projects, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 0
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    theirs = page_tokens(first.get("/en/partners/join/"))
    mine = page_tokens(second.get("/en/partners/join/"))

    with_my_page = send(second, answers(**{**mine, "started": theirs["started"]}))
    with_their_page = send(second, answers(**theirs))

    assert EXPIRED in summary_texts(with_my_page)
    assert with_their_page.status_code == 403  # their page's CSRF token does not match my cookie
    assert JoinRequest.objects.count() == 0
    assert send(first, answers(**theirs)).status_code == 302


def test_request_that_is_not_a_form_at_all_is_answered_with_the_error_summary(client):
    response = client.post("/en/partners/join/", {"json": "nonsense"}, content_type="application/json")

    assert response.status_code == 200
    assert "Enter the name of your organisation." in summary_texts(response)
    assert JoinRequest.objects.count() == 0


def test_too_many_fields_are_refused_as_a_bad_request(client):
    response = send(client, answers(priorities=[str(n) for n in range(5000)]))

    assert response.status_code == 400
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, method):
    response = getattr(client, method)("/en/partners/join/")

    assert response.status_code == 405


# The honeypot and the fill time


def test_filled_honeypot_is_explained_and_nothing_is_stored(client):
    response = send(client, answers(nickname="Buy cheap pills"))

    assert response.status_code == 200
    assert TRAP in summary_texts(response)
    assert JoinRequest.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_honeypot_is_hidden_from_people_but_labelled(client):
    page = html(client.get("/en/partners/join/"))

    assert '<div class="honeypot">' in page
    assert '<label for="id_nickname">Leave this field empty</label>' in page


def test_form_sent_back_at_once_is_too_quick_and_nothing_is_stored(client, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 3
    form = client.get("/en/partners/join/")

    response = send(client, answers(**page_tokens(form)))

    assert response.status_code == 200
    assert TOO_QUICK in summary_texts(response)
    assert JoinRequest.objects.count() == 0


def test_form_sent_after_the_minimum_fill_time_is_accepted(client, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 3

    response = send(client, answers(took=4))

    assert response.status_code == 302


def shown_long_ago(data: dict, *, days: float) -> dict:
    """The answers with the fill-time token of their page as it was signed `days` ago."""
    then = time.time() - days * 24 * 60 * 60
    with mock.patch("django.core.signing.time.time", return_value=then):
        return {**data, "started": fill_time_token(data["csrfmiddlewaretoken"], then)}


def test_form_left_open_for_more_than_a_day_has_expired(client):
    response = send(client, shown_long_ago(answers(), days=2))

    assert EXPIRED in summary_texts(response)
    assert JoinRequest.objects.count() == 0


def test_fill_time_cannot_be_moved_back_by_editing_the_token(client, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 3
    data = answers(took=0)
    payload, rest = data["started"].split(":", 1)
    content = json.loads(signing.b64_decode(payload.encode()))
    earlier = signing.b64_encode(json.dumps({**content, "at": time.time() - 3600}).encode()).decode()

    response = send(client, {**data, "started": f"{earlier}:{rest}"})

    assert payload != earlier
    assert EXPIRED in summary_texts(response)
    assert JoinRequest.objects.count() == 0


def test_expired_form_can_be_sent_again_from_the_page_that_explains_it(client, settings):
    settings.JOIN_REQUEST_MIN_FILL_SECONDS = 0
    explained = send(client, shown_long_ago(answers(), days=2))

    response = send(client, answers(**page_tokens(explained)))

    assert EXPIRED in summary_texts(explained)
    assert response.status_code == 302
    assert JoinRequest.objects.count() == 1


# The rate limits


def test_address_over_its_hourly_limit_is_told_to_try_later(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_IP = 5
    for n in range(5):
        response = send(client, answers(email=f"applicant{n}@example.ee"), ip="203.0.113.7")
        assert response.status_code == 302

    response = send(client, answers(email="one.more@example.ee"), ip="203.0.113.7")

    assert response.status_code == 429
    assert "<h1>Too many requests</h1>" in text(response)
    assert "We have received several join requests from you in a short time" in text(response)
    assert "Please try again later" in text(response)
    assert JoinRequest.objects.count() == 5
    assert DBTaskResult.objects.count() == 10


def test_limit_of_one_address_does_not_stop_another(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_IP = 1
    send(client, answers(), ip="203.0.113.7")

    response = send(client, answers(email="someone.else@example.ee"), ip="203.0.113.8")

    assert response.status_code == 302


def test_rejected_attempts_count_towards_the_limit_of_an_address(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_IP = 3
    for _ in range(3):
        assert send(client, answers(nickname="robot"), ip="203.0.113.7").status_code == 200

    response = send(client, answers(), ip="203.0.113.7")

    assert response.status_code == 429
    assert JoinRequest.objects.count() == 0


def test_email_over_its_daily_limit_is_told_to_try_later_from_any_address(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_EMAIL = 3
    for n in range(3):
        response = send(client, answers(organisation=f"Organisation {n}"), ip=f"203.0.113.{n}")
        assert response.status_code == 302

    response = send(client, answers(organisation="Organisation 4", email="KADRI.TAMM@example.ee"), ip="192.0.2.99")

    assert response.status_code == 429
    assert "<h1>Too many requests</h1>" in text(response)
    assert JoinRequest.objects.count() == 3


def test_an_address_with_a_tag_counts_as_the_address_itself(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_EMAIL = 2
    for n, email in enumerate(["victim@example.ee", "Victim+1@example.ee"]):
        assert (
            send(client, answers(organisation=f"Organisation {n}", email=email), ip=f"203.0.113.{n}").status_code == 302
        )

    response = send(client, answers(organisation="Organisation 2", email="victim+2@EXAMPLE.ee"), ip="192.0.2.99")

    assert response.status_code == 429
    assert JoinRequest.objects.count() == 2


def test_count_left_by_the_previous_version_starts_a_new_period_rather_than_failing(client, settings):
    settings.JOIN_REQUEST_LIMIT_PER_IP = 1
    # The previous version counted with the cache's add and incr: a plain number under the same key.
    cache.set(ratelimit._key("join-ip", "203.0.113.7"), 5)

    response = send(client, answers(), ip="203.0.113.7")
    again = send(client, answers(email="someone.else@example.ee"), ip="203.0.113.7")

    assert response.status_code == 302
    assert again.status_code == 429
    assert JoinRequest.objects.count() == 1


def test_limits_are_counted_in_the_shared_cache_without_the_address_in_clear(client, settings):
    from django.db import connection

    send(client, answers(), ip="203.0.113.7")

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM django_cache WHERE cache_key LIKE %s", ["%ratelimit%"])
        rows = cursor.fetchall()
    assert len(rows) == 3  # the address, the email and the form's token, each counted once
    assert not [key for key, _ in rows if "203.0.113.7" in key or "kadri" in key.lower()]
