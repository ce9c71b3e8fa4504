import datetime
import io
import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from core.publishing import Status
from partners.models import JoinRequest, JoinRequestStatus, OrganisationType, Partner
from partners.tasks import DECISION, send_join_request_email
from strategy.models import Priority
from tests.factories import PartnerFactory, ProjectFactory
from tests.html import html, text

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/partners/joinrequest/"


@pytest.fixture
def join_request():
    request = JoinRequest.objects.create(
        organisation="Tartu Science Park",
        organisation_type=OrganisationType.CLUSTER,
        country="EE",
        city="Tartu",
        contact_name="Kadri Tamm",
        email="kadri.tamm@example.ee",
        message="We run a living lab for circular construction.",
        language="fi",
    )
    request.priorities.set([Priority.objects.get(slug="climate-neutrality")])
    return request


@pytest.fixture
def moderator_client(client, django_user_model):
    user = django_user_model.objects.create_user("moderator", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Partner moderators"))
    client.force_login(user)
    client.user = user
    return client


def act(client, action, join_request):
    return client.post(CHANGELIST, {"action": action, "_selected_action": [join_request.pk]}, follow=True)


def decision_tasks():
    return DBTaskResult.objects.filter(
        task_path="partners.tasks.send_join_request_email", args_kwargs__args__1=DECISION
    )


def test_staff_without_the_review_permission_cannot_see_join_requests(staff_client, join_request):
    assert staff_client.get(CHANGELIST).status_code == 403
    assert staff_client.get(f"{CHANGELIST}{join_request.pk}/change/").status_code == 403
    assert "Join requests" not in staff_client.get("/admin/").content.decode()


def test_admin_index_tells_a_moderator_how_many_new_requests_wait(moderator_client, join_request):
    page = moderator_client.get("/admin/").content.decode()

    assert "1 new join request is waiting for review." in page


def test_approving_adds_a_partner_for_a_publisher_to_review_records_the_reviewer_and_queues_the_decision(
    moderator_client, join_request, client
):
    response = act(moderator_client, "approve_selected", join_request)

    join_request.refresh_from_db()
    partner = Partner.objects.get(join_request=join_request)
    assert "1 request was approved" in response.content.decode()
    assert join_request.status == JoinRequestStatus.APPROVED
    assert join_request.reviewer == moderator_client.user
    assert join_request.decided_at is not None
    assert partner.name == "Tartu Science Park"
    assert [p.slug for p in partner.priorities.all()] == ["climate-neutrality"]
    assert decision_tasks().count() == 1
    # A moderator may not publish: the new profile waits for a publisher.
    assert partner.status == Status.IN_REVIEW
    assert Client().get(f"/en/partners/{partner.slug}/").status_code == 404


def test_a_moderator_who_may_publish_partners_publishes_the_new_partner_on_approval(moderator_client, join_request):
    moderator_client.user.user_permissions.add(Permission.objects.get(codename="publish_partner"))

    act(moderator_client, "approve_selected", join_request)

    partner = Partner.objects.get(join_request=join_request)
    assert partner.is_public
    assert Client().get(f"/en/partners/{partner.slug}/").status_code == 200


def test_approval_is_sent_to_the_applicant_in_their_language_once(moderator_client, join_request):
    act(moderator_client, "approve_selected", join_request)

    send_join_request_email.call(join_request.pk, DECISION)
    send_join_request_email.call(join_request.pk, DECISION)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kadri.tamm@example.ee"]
    with translation.override("fi"):
        assert translation.gettext("Your request to join Helsinki Smart Region") == mail.outbox[0].subject
    assert mail.outbox[0].subject != "Your request to join Helsinki Smart Region"


def test_approval_leaves_a_published_partner_of_the_same_name_as_it_is(moderator_client, join_request):
    existing = PartnerFactory(
        name="TARTU SCIENCE PARK",
        website="https://spt.example.ee/",
        priorities=[Priority.objects.get(slug="citizens-city")],
    )
    before = Partner.objects.filter(pk=existing.pk).values().get()

    act(moderator_client, "approve_selected", join_request)

    new = Partner.objects.get(join_request=join_request)
    assert new != existing and new.status == Status.IN_REVIEW
    assert Partner.objects.filter(pk=existing.pk).values().get() == before
    assert [p.slug for p in existing.priorities.all()] == ["citizens-city"]
    assert existing.history.count() == 1


def choose_partner(client, join_request, partner):
    """Choose, on the request's page in the admin, the partner the request joins."""
    return client.post(
        f"{CHANGELIST}{join_request.pk}/change/", {"joined_partner": partner.pk, "decision_note": "", "_save": "Save"}
    )


def test_a_moderator_may_link_the_request_to_a_partner_they_choose_which_stays_as_it_is(
    moderator_client, join_request, settings
):
    settings.SITE_URL = "https://smartregion.example"
    existing = PartnerFactory(name="Tartu Science Park Foundation", slug="tartu-science-park")
    before = Partner.objects.filter(pk=existing.pk).values().get()
    page = moderator_client.get(f"{CHANGELIST}{join_request.pk}/change/").content.decode()

    assert choose_partner(moderator_client, join_request, existing).status_code == 302
    act(moderator_client, "approve_selected", join_request)
    send_join_request_email.call(join_request.pk, DECISION)

    join_request.refresh_from_db()
    assert 'name="joined_partner"' in page
    assert join_request.joined_partner == existing
    assert Partner.objects.count() == 1
    assert Partner.objects.filter(pk=existing.pk).values().get() == before
    assert "https://smartregion.example/fi/partners/tartu-science-park/" in mail.outbox[0].body


def test_the_partner_cannot_be_changed_once_the_request_is_decided(moderator_client, join_request):
    act(moderator_client, "approve_selected", join_request)
    other = PartnerFactory()

    choose_partner(moderator_client, join_request, other)

    join_request.refresh_from_db()
    assert join_request.joined_partner == Partner.objects.get(join_request=join_request)


def addresses(body: str) -> list[str]:
    return re.findall(r"https?://\S+", body)


def test_the_decision_about_a_partner_waiting_for_a_publisher_says_so_and_links_only_public_pages(
    moderator_client, join_request, settings, footer_pages
):
    settings.SITE_URL = "https://smartregion.example"
    JoinRequest.objects.filter(pk=join_request.pk).update(language="en")
    act(moderator_client, "approve_selected", join_request)

    send_join_request_email.call(join_request.pk, DECISION)

    body = mail.outbox[0].body
    assert "is now part of" not in body
    assert (
        "we have accepted the request of Tartu Science Park to join the Helsinki Smart Region partner network" in body
    )
    assert "It will appear in the list of partners once it has been reviewed and published:" in body
    assert addresses(body) == ["https://smartregion.example/en/partners/"]
    for address in addresses(body):
        assert Client().get(address.removeprefix(settings.SITE_URL)).status_code == 200


def test_the_decision_about_a_published_partner_links_its_page(moderator_client, join_request, settings):
    settings.SITE_URL = "https://smartregion.example"
    moderator_client.user.user_permissions.add(Permission.objects.get(codename="publish_partner"))
    JoinRequest.objects.filter(pk=join_request.pk).update(language="en")
    act(moderator_client, "approve_selected", join_request)

    send_join_request_email.call(join_request.pk, DECISION)

    partner = Partner.objects.get(join_request=join_request)
    body = mail.outbox[0].body
    assert "We are glad to tell you that Tartu Science Park is now part of the Helsinki Smart Region partner" in body
    assert addresses(body) == [f"https://smartregion.example/en/partners/{partner.slug}/"]
    assert Client().get(f"/en/partners/{partner.slug}/").status_code == 200


@pytest.mark.parametrize("action", ["approve_selected", "decline_selected"])
def test_the_project_asked_for_is_shown_to_the_moderator_and_named_in_the_decision(
    moderator_client, join_request, action
):
    project = ProjectFactory(title="Hydrogen Valley Uusimaa", slug="hydrogen-valley", is_looking_for_partners=True)
    JoinRequest.objects.filter(pk=join_request.pk).update(project=project, language="en")

    listed = text(moderator_client.get(CHANGELIST))
    shown = html(moderator_client.get(f"{CHANGELIST}{join_request.pk}/change/"))
    act(moderator_client, action, join_request)
    send_join_request_email.call(join_request.pk, DECISION)

    assert "Hydrogen Valley Uusimaa" in listed
    assert '<a href="/en/projects/hydrogen-valley/">Hydrogen Valley Uusimaa</a>' in shown
    assert "You asked to join the project “Hydrogen Valley Uusimaa”." in mail.outbox[0].body


def test_declining_sends_a_kind_answer_with_the_decision_note(moderator_client, join_request):
    join_request.decision_note = "This round is for organisations in the Baltic Sea region only."
    join_request.language = "en"
    join_request.save()

    act(moderator_client, "decline_selected", join_request)
    send_join_request_email.call(join_request.pk, DECISION)

    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.DECLINED
    assert not Partner.objects.exists()
    assert "cannot accept the request at this time" in mail.outbox[0].body
    assert "Baltic Sea region only" in mail.outbox[0].body


def test_marking_as_spam_writes_to_nobody(moderator_client, join_request):
    act(moderator_client, "mark_spam_selected", join_request)

    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.SPAM
    assert join_request.reviewer == moderator_client.user
    assert decision_tasks().count() == 0


def test_a_decided_request_is_not_decided_again(moderator_client, join_request):
    act(moderator_client, "mark_spam_selected", join_request)

    response = act(moderator_client, "approve_selected", join_request)

    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.SPAM
    assert "already decided" in response.content.decode()
    assert not Partner.objects.exists()


def test_a_moderator_may_write_only_the_decision_note(moderator_client, join_request):
    page = moderator_client.get(f"{CHANGELIST}{join_request.pk}/change/").content.decode()

    assert 'name="decision_note"' in page
    assert 'name="email"' not in page
    assert 'name="message"' not in page


def decided_long_ago(join_request, status, days):
    JoinRequest.objects.filter(pk=join_request.pk).update(
        status=status, decided_at=timezone.now() - datetime.timedelta(days=days)
    )


@pytest.mark.parametrize("status", [JoinRequestStatus.DECLINED, JoinRequestStatus.SPAM])
def test_purge_removes_personal_data_of_old_declined_and_spam_requests(join_request, status):
    decided_long_ago(join_request, status, days=91)

    call_command("purge_join_requests", days=90, stdout=io.StringIO())

    join_request.refresh_from_db()
    assert (join_request.contact_name, join_request.email, join_request.phone, join_request.message) == ("", "", "", "")
    assert join_request.email_compared == ""
    assert join_request.anonymised_at is not None
    assert join_request.organisation == "Tartu Science Park"


@pytest.mark.parametrize(
    ("status", "days"),
    [(JoinRequestStatus.DECLINED, 30), (JoinRequestStatus.APPROVED, 400), (JoinRequestStatus.NEW, 0)],
)
def test_purge_keeps_recent_declines_and_every_approved_or_open_request(join_request, status, days):
    if status != JoinRequestStatus.NEW:
        decided_long_ago(join_request, status, days=days)

    call_command("purge_join_requests", days=90, stdout=io.StringIO())

    join_request.refresh_from_db()
    assert join_request.email == "kadri.tamm@example.ee"


def test_export_gives_everything_held_about_the_applicant_as_json(moderator_client, join_request):
    JoinRequest.objects.create(
        organisation="Tartu University",
        organisation_type=OrganisationType.UNIVERSITY,
        country="EE",
        city="Tartu",
        contact_name="Kadri Tamm",
        email="KADRI.TAMM@example.ee",
        message="A second request from the same person.",
    )

    response = moderator_client.post(CHANGELIST, {"action": "export_applicant", "_selected_action": [join_request.pk]})

    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert [r["organisation"] for r in data["join_requests"]] == ["Tartu Science Park", "Tartu University"]
    assert data["join_requests"][0]["message"] == "We run a living lab for circular construction."


def test_erase_deletes_every_request_of_the_applicant(moderator_client, join_request):
    act(moderator_client, "approve_selected", join_request)
    partner = Partner.objects.get()

    response = act(moderator_client, "erase_applicant", join_request)

    assert "1 join request and the personal data in it were erased." in response.content.decode()
    assert not JoinRequest.objects.exists()
    partner.refresh_from_db()
    assert partner.join_request is None


def test_an_approved_applicants_email_and_phone_appear_on_no_public_page(moderator_client, client, join_request):
    JoinRequest.objects.filter(pk=join_request.pk).update(phone="+372 5123 4567")
    act(moderator_client, "approve_selected", join_request)
    partner = Partner.objects.get()
    partner.publish()  # as a publisher would, after review
    partner.save()

    pages = [
        f"/en/partners/{partner.slug}/",
        "/en/partners/",
        "/en/search/?q=Tartu",
        "/sitemap-partners.xml",
        "/fi/partners/",
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert "Tartu Science Park" in body or url.startswith("/sitemap")
        assert "kadri.tamm@example.ee" not in body
        assert "5123 4567" not in body
        assert "Kadri Tamm" not in body
