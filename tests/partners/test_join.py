"""The join request form: what an applicant sees, what a valid request stores and queues, and a repeat of one."""

import socket
from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from partners.models import JoinRequest, JoinRequestStatus
from partners.tasks import ACKNOWLEDGEMENT, STAFF_NOTIFICATION, send_join_request_email
from strategy.models import Priority
from tests.factories import ProjectFactory
from tests.html import html, link_to, links, text
from tests.partners.join import JOIN, answers, join_form, selected_project, send, summary_texts
from tests.test_page_cache import UNREACHABLE_REDIS

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fi", "sv"]


def queued_emails():
    """The emails waiting for the worker, as (join request, kind)."""
    return sorted(tuple(task.args_kwargs["args"][:2]) for task in DBTaskResult.objects.all())


# The form


@pytest.mark.parametrize("language", LANGUAGES)
def test_join_form_is_shown_in_each_language(client, language):
    response = client.get(JOIN.format(language=language))

    with translation.override(language):
        heading = translation.gettext("Join the Smart Region network")
        button = translation.gettext("Send the request")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html(response)
    assert f"<h1>{heading}</h1>" in text(response)
    assert f'action="/{language}/partners/join/"' in html(response)
    assert f">{button}</button>" in text(response)


def test_navigation_link_join_the_network_leads_to_the_form(client):
    home = client.get("/en/")

    form = client.get(link_to(home, "Join the network"))

    assert form.status_code == 200
    assert "<h1>Join the Smart Region network</h1>" in text(form)


def test_every_field_has_a_label_and_its_help_text(client):
    form = join_form(client.get("/en/partners/join/"))
    visible = [c for c in form.controls if c["tag"] in ("input", "select", "textarea") and c.get("type") != "hidden"]

    unlabelled = [c["name"] for c in visible if not form.labels.get(c["id"])]
    assert not unlabelled, f"controls without a label: {unlabelled}"
    assert form.labels["id_organisation"] == "Organisation (required)"
    assert form.labels["id_website"] == "Website (optional)"
    assert form.labels["id_phone"] == "Phone (optional)"
    assert form.labels["id_nickname"] == "Leave this field empty"
    assert form.labels["id_priorities_0"] == "Climate Neutrality"
    assert form.texts["id_email_helptext"] == "We send a confirmation here, and later our decision."
    assert form.texts["id_priorities_helptext"] == "Choose one or more."
    for control in visible:
        for described_by in control.get("aria-describedby", "").split():
            assert form.texts.get(described_by), f"{control['name']} is described by a missing {described_by}"
    assert "id_message_helptext" in next(c for c in visible if c["name"] == "message")["aria-describedby"]


def test_the_form_limits_the_length_of_each_text(client):
    form = join_form(client.get("/en/partners/join/"))
    maxlength = {c["name"]: c.get("maxlength") for c in form.controls if c.get("name")}

    assert maxlength["organisation"] == "200"
    assert maxlength["city"] == "100"
    assert maxlength["email"] == "254"
    assert maxlength["phone"] == "40"
    assert maxlength["message"] == "3000"


def test_no_box_is_ticked_and_no_choice_is_made_in_advance(client):
    form = join_form(client.get("/en/partners/join/"))

    checkboxes = [c for c in form.controls if c.get("type") in ("checkbox", "radio")]
    chosen = [
        (c["name"], o["value"]) for c in form.controls if c["tag"] == "select" for o in c["options"] if "selected" in o
    ]
    assert len(checkboxes) == Priority.objects.count()
    assert not [c["name"] for c in checkboxes if "checked" in c]
    assert all(value == "" for _, value in chosen), chosen


def test_privacy_notice_is_linked_beside_the_submit_button_with_the_legal_basis(client, footer_pages):
    page = html(client.get("/en/partners/join/"))

    privacy_link = page.index('<a href="/en/privacy/">privacy notice</a>')
    button = page.index('<button type="submit"', privacy_link)
    between = page[privacy_link:button]
    assert not any(tag in between for tag in ("<input", "<select", "<textarea", "<fieldset")), between
    notice = page[page.rindex("<p", 0, privacy_link) : privacy_link]
    assert "GDPR article 6(1)(e)" in notice
    assert "public task" in notice


def test_project_in_the_address_is_chosen_in_advance(client):
    ProjectFactory(title="Hydrogen Valley", slug="hydrogen-valley", is_looking_for_partners=True)
    ProjectFactory(title="Circular Construction", slug="circular-construction", is_looking_for_partners=True)

    response = client.get("/en/partners/join/?project=hydrogen-valley")

    assert selected_project(response) == "hydrogen-valley"
    assert '<option value="hydrogen-valley" selected>Hydrogen Valley</option>' in html(response)


@pytest.mark.parametrize(
    "project",
    [
        {"is_looking_for_partners": False},
        {"is_looking_for_partners": True, "draft": True},
        {"is_looking_for_partners": True, "archived": True},
    ],
    ids=["not-looking", "draft", "archived"],
)
def test_only_published_projects_looking_for_partners_are_offered(client, project):
    ProjectFactory(title="Offered", slug="offered", is_looking_for_partners=True)
    ProjectFactory(title="Not offered", slug="not-offered", **project)

    response = client.get("/en/partners/join/?project=not-offered")

    assert selected_project(response) is None
    assert ">Offered</option>" in html(response)
    assert "Not offered" not in html(response)


def test_unknown_project_in_the_address_shows_the_form_without_a_project(client):
    response = client.get("/en/partners/join/?project=<script>alert(1)</script>")

    assert response.status_code == 200
    assert selected_project(response) is None
    assert "<script>alert(1)</script>" not in html(response)
    assert not summary_texts(response)


def test_project_looking_for_partners_links_to_the_form_with_itself_chosen(client):
    project = ProjectFactory(slug="hydrogen-valley", is_looking_for_partners=True)

    project_page = client.get(project.get_absolute_url())
    form = client.get(link_to(project_page, "Join this project"))

    assert link_to(project_page, "Join this project") == "/en/partners/join/?project=hydrogen-valley"
    assert selected_project(form) == "hydrogen-valley"


def test_project_not_looking_for_partners_has_no_join_link(client):
    project = ProjectFactory(is_looking_for_partners=False)

    page_links = links(client.get(project.get_absolute_url()))

    assert not [href for href, label in page_links if label == "Join this project"]


def test_join_link_of_a_finnish_project_page_leads_to_the_finnish_form(client):
    project = ProjectFactory(slug="vetylaakso", is_looking_for_partners=True)
    with translation.override("fi"):
        finnish_page = client.get(project.get_absolute_url())
        label = translation.gettext("Join this project")

    assert link_to(finnish_page, label) == "/fi/partners/join/?project=vetylaakso"


# A valid request


@pytest.mark.parametrize("language", LANGUAGES)
def test_valid_request_is_stored_in_the_language_of_the_page_and_thanked(client, language):
    response = send(client, answers(), language=language)
    thanks = client.get(response["Location"])

    with translation.override(language):
        heading = translation.gettext("Thank you for your request")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/partners/join/thanks/"
    assert f"<h1>{heading}</h1>" in text(thanks)
    request = JoinRequest.objects.get()
    assert request.language == language
    assert request.status == JoinRequestStatus.NEW
    assert (request.organisation, request.organisation_type, request.country.code, request.city) == (
        "Tartu Science Park",
        "cluster",
        "EE",
        "Tartu",
    )
    assert (request.contact_name, request.email, request.phone) == (
        "Kadri Tamm",
        "kadri.tamm@example.ee",
        "+372 5123 4567",
    )
    assert [p.slug for p in request.priorities.all()] == ["climate-neutrality"]
    assert request.project is None


def test_request_for_a_project_is_stored_with_it(client):
    project = ProjectFactory(slug="hydrogen-valley", is_looking_for_partners=True)

    send(client, answers(project="hydrogen-valley"))

    assert JoinRequest.objects.get().project == project


def test_optional_answers_may_be_left_empty(client):
    response = send(client, answers(website="", phone="", project=""))

    assert response.status_code == 302
    assert (JoinRequest.objects.get().website, JoinRequest.objects.get().phone) == ("", "")


def test_valid_request_queues_its_two_emails_and_sends_none_itself(client, mailoutbox):
    send(client, answers())

    request = JoinRequest.objects.get()
    assert queued_emails() == [(request.pk, ACKNOWLEDGEMENT), (request.pk, STAFF_NOTIFICATION)]
    assert {task.task_path for task in DBTaskResult.objects.all()} == {send_join_request_email.module_path}
    assert DBTaskResult.objects.ready().count() == 2
    assert mailoutbox == []


def test_request_is_accepted_while_the_mail_server_is_down(client, settings):
    with socket.socket() as closed:  # a port on which nothing listens
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port},
        }
    }

    response = send(client, answers())

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2


def test_request_is_stored_and_thanked_while_the_cache_cannot_be_reached(client, caplog):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = send(client, answers())
        thanks = client.get(response["Location"])

    assert response.status_code == 302
    assert "<h1>Thank you for your request</h1>" in text(thanks)
    assert JoinRequest.objects.get().organisation == "Tartu Science Park"
    assert DBTaskResult.objects.count() == 2
    warnings = [r.getMessage() for r in caplog.records if r.name == "core.ratelimit" and r.levelname == "WARNING"]
    assert "The cache cannot be reached: the join-ip limit is not counted" in warnings


class FailingStaffNotification:
    """The email task, except that queueing the staff notification fails (the database gives up mid-way)."""

    def enqueue(self, join_request_id, kind, *args):
        if kind == STAFF_NOTIFICATION:
            raise DatabaseError("could not extend file: No space left on device")
        return send_join_request_email.enqueue(join_request_id, kind, *args)


def test_submission_that_fails_half_way_stores_nothing_and_queues_nothing(client):
    with (
        mock.patch("partners.services.send_join_request_email", FailingStaffNotification()),
        pytest.raises(DatabaseError),
    ):
        send(client, answers())

    assert JoinRequest.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_submission_whose_save_fails_queues_nothing(client):
    with (
        mock.patch("partners.forms.JoinRequestForm._save_m2m", side_effect=DatabaseError("connection lost")),
        pytest.raises(DatabaseError),
    ):
        send(client, answers())

    assert JoinRequest.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


# A repeat


def test_repeat_of_an_open_request_is_answered_kindly_and_stored_once(client):
    send(client, answers())

    response = send(client, answers(email="Kadri.Tamm@EXAMPLE.ee", organisation="TARTU science park"))

    assert response.status_code == 200
    assert "<h1>We already have your request</h1>" in text(response)
    assert "There is no need to send it again" in text(response)
    assert JoinRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2


KELVIN = "\u212a"  # the Kelvin sign: it reads as a K, and lower-cases to one


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ({}, {"email": f"{KELVIN}adri.tamm@example.ee"}),
        ({"email": f"{KELVIN}adri.tamm@example.ee"}, {}),
        ({}, {"organisation": f"Tartu Science Par{KELVIN}"}),
        ({"organisation": "Straße Lab"}, {"organisation": "STRASSE LAB"}),
        ({}, {"email": "kadri.tamm+partners@example.ee"}),
        ({"email": "Kadri.Tamm+1@example.ee"}, {"email": "kadri.tamm+2@EXAMPLE.ee"}),
    ],
    ids=["kelvin-sign-then", "kelvin-sign-first", "kelvin-sign-in-organisation", "sharp-s", "tag", "two-tags"],
)
def test_repeat_written_another_way_is_answered_kindly_and_stored_once(client, first, then):
    send(client, answers(**first))

    response = send(client, answers(**then))

    assert response.status_code == 200
    assert "<h1>We already have your request</h1>" in text(response)
    assert JoinRequest.objects.count() == 1


def test_repeat_of_a_request_in_review_is_not_stored_again(client):
    send(client, answers())
    JoinRequest.objects.update(status=JoinRequestStatus.IN_REVIEW)

    response = send(client, answers())

    assert "<h1>We already have your request</h1>" in text(response)
    assert JoinRequest.objects.count() == 1


@pytest.mark.parametrize("status", [JoinRequestStatus.DECLINED, JoinRequestStatus.APPROVED, JoinRequestStatus.SPAM])
def test_request_like_a_decided_one_is_a_new_request(client, status):
    send(client, answers())
    JoinRequest.objects.update(status=status, decided_at=timezone.now())

    response = send(client, answers())

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 2


@pytest.mark.parametrize(
    "changes",
    [{"email": "someone.else@example.ee"}, {"organisation": "University of Tartu"}],
    ids=["another-email", "another-organisation"],
)
def test_request_from_another_person_or_for_another_organisation_is_a_new_request(client, changes):
    send(client, answers())

    response = send(client, answers(**changes))

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 2


# Errors


def test_form_with_errors_keeps_the_answers_and_links_each_error_to_its_field(client):
    response = send(client, answers(email="kadri.tamm(at)example.ee", priorities=[], city=""))
    page = html(response)

    assert response.status_code == 200
    assert "<title>Error: Join the Smart Region network" in page
    assert "There are problems with 3 answers" in text(response)
    assert summary_texts(response) == [
        "Enter the city your organisation is in.",
        "Enter your email address in full, like name@example.org.",
        "Choose at least one priority you are interested in.",
    ]
    assert '<a href="#id_city">' in page
    assert '<a href="#id_email">' in page
    assert '<a href="#id_priorities_0">' in page
    assert 'value="Tartu Science Park"' in page
    assert 'value="kadri.tamm(at)example.ee"' in page
    email = next(c for c in join_form(response).controls if c.get("name") == "email")
    assert email["aria-invalid"] == "true"
    assert email["aria-describedby"].split() == ["id_email_helptext", "id_email_error"]
    assert join_form(response).texts["id_email_error"] == "Enter your email address in full, like name@example.org."
    assert JoinRequest.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_form_shown_again_with_what_the_visitor_typed_is_kept_by_no_cache(client):
    form = client.get(JOIN.format(language="en"))
    response = send(client, answers(city=""))

    assert 'value="kadri.tamm@example.ee"' in html(response)
    assert {"private", "no-store"} <= {word.strip() for word in response["Cache-Control"].split(",")}
    assert "no-store" not in form.get("Cache-Control", "")


def test_message_shorter_than_a_sentence_is_explained(client):
    response = send(client, answers(message="Hello"))

    assert summary_texts(response) == [
        "Tell us a little more about what you would like to do together: at least 20 characters (you wrote 5)."
    ]


def test_summary_names_the_answer_of_a_message_that_does_not_name_it(client):
    response = send(client, answers(city="T" * 101, contact_name="Kadri\nTamm"))

    assert summary_texts(response) == [
        "City: Ensure this value has at most 100 characters (it has 101).",
        "Your name: Write this on one line.",
    ]
    # Beside its field the message stands under the label already.
    assert join_form(response).texts["id_contact_name_error"] == "Write this on one line."


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_summary_names_the_answer_in_the_language_of_the_form(client, language):
    response = send(client, answers(city="Tartu\nTartu"), language=language)

    with translation.override(language):
        expected = f"{translation.gettext('City')}: {translation.gettext('Write this on one line.')}"
    assert summary_texts(response) == [expected]
    assert not expected.startswith("City")


def test_form_with_errors_in_finnish_stays_in_finnish(client):
    response = send(client, answers(city=""), language="fi")

    with translation.override("fi"):
        required = translation.gettext("Enter the city your organisation is in.")
    assert '<html lang="fi">' in html(response)
    assert f"{required}" in summary_texts(response)[0]
    assert 'action="/fi/partners/join/"' in html(response)


def test_thanks_page_is_shown_in_each_language(client):
    for language in LANGUAGES:
        response = client.get(f"/{language}/partners/join/thanks/")
        with translation.override(language):
            heading = translation.gettext("Thank you for your request")
        assert response.status_code == 200
        assert f"<h1>{heading}</h1>" in text(response)
