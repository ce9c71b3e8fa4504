"""What visitors must not see: drafts, entries in review, archived and scheduled entries. Staff may preview them."""

import pytest
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from strategy.models import Municipality, Priority
from tests.conftest import signed_in, staff_in_group
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    StrategyPageFactory,
)
from tests.html import card_titles, links, sitemap, text

pytestmark = pytest.mark.django_db

HIDDEN_STATES = ["draft", "in_review", "archived", "scheduled"]

# factory, the field that names the entry, the address of its page
ENTRIES = {
    "project": (ProjectFactory, "title", "/en/projects/{}/"),
    "company": (CompanyFactory, "name", "/en/companies/{}/"),
    "partner": (PartnerFactory, "name", "/en/partners/{}/"),
    "strategy page": (StrategyPageFactory, "title", "/en/{}/"),
}


def make(kind, state=None, name="Visible entry", **kwargs):
    factory, name_field, url = ENTRIES[kind]
    traits = {state: True} if state else {}
    entry = factory(**{name_field: name}, **traits, **kwargs)
    return entry, url.format(entry.slug)


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", ENTRIES)
def test_hidden_entry_page_is_not_found_for_visitors(client, kind, state):
    _, url = make(kind, state)

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("kind", ENTRIES)
def test_hidden_entry_page_is_not_found_for_signed_in_users_who_are_not_staff(member_client, kind):
    _, url = make(kind, "draft")

    assert member_client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("state", "status_label"),
    [("draft", "Draft"), ("in_review", "In review"), ("archived", "Archived"), ("scheduled", "Published")],
)
@pytest.mark.parametrize("kind", ENTRIES)
def test_staff_preview_a_hidden_entry_with_a_notice(editor_client, kind, state, status_label):
    _, url = make(kind, state, name="Not out yet")

    response = editor_client.get(url)
    page = text(response)

    assert response.status_code == 200
    assert "Not out yet" in page
    assert "<strong>Preview:</strong> visitors cannot see this page yet" in page
    assert f"Status: {status_label}." in page
    assert {"private", "no-store"} <= {word.strip() for word in response["Cache-Control"].split(",")}


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", ["project", "company", "strategy page"])
def test_a_partner_moderator_cannot_preview_what_they_cannot_open_in_the_admin(kind, state):
    moderator = signed_in(staff_in_group("Partner moderators", "maija.moderator"))
    _, url = make(kind, state)

    assert moderator.get(url).status_code == 404


def test_a_partner_moderator_previews_the_partners_they_may_open_in_the_admin():
    moderator = signed_in(staff_in_group("Partner moderators", "maija.moderator"))
    _, url = make("partner", "in_review", name="Not out yet")

    response = moderator.get(url)

    assert response.status_code == 200
    assert "<strong>Preview:</strong> visitors cannot see this page yet" in text(response)


@pytest.mark.parametrize("kind", ENTRIES)
def test_staff_without_permissions_cannot_preview(staff_client, kind):
    _, url = make(kind, "draft")

    assert staff_client.get(url).status_code == 404


@pytest.mark.parametrize("kind", ENTRIES)
def test_staff_who_may_change_but_not_view_a_model_preview_its_entries(kind):
    entry, url = make(kind, "draft", name="Not out yet")
    # The admin opens a model to staff with either permission: change includes view.
    user = get_user_model().objects.create_user("changer", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(entry),
            codename=get_permission_codename("change", entry._meta),
        )
    )

    response = signed_in(user).get(url)

    assert response.status_code == 200
    assert "<strong>Preview:</strong> visitors cannot see this page yet" in text(response)


@pytest.mark.parametrize("kind", ENTRIES)
def test_staff_see_a_published_entry_without_a_preview_notice(staff_client, kind):
    _, url = make(kind)

    response = staff_client.get(url)

    assert response.status_code == 200
    assert "Preview:" not in text(response)


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize(
    ("kind", "list_url"), [("project", "/en/projects/"), ("company", "/en/companies/"), ("partner", "/en/partners/")]
)
def test_hidden_entry_is_absent_from_its_list(client, kind, list_url, state):
    make(kind, name="Visible entry")
    make(kind, state, name="Hidden entry")

    response = client.get(list_url)

    assert card_titles(response) == ["Visible entry"]
    assert "Hidden entry" not in text(response)


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_staff_lists_show_only_what_visitors_see(staff_client, state):
    make("project", name="Visible entry")
    make("project", state, name="Hidden entry")

    assert card_titles(staff_client.get("/en/projects/")) == ["Visible entry"]


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_entries_are_left_out_of_the_home_page_and_its_figures(client, state):
    helsinki, espoo = (Municipality.objects.get(code=code) for code in ["091", "049"])
    make("project", name="Visible entry", is_featured=True, municipalities=[helsinki])
    make("project", state, name="Hidden entry", is_featured=True, municipalities=[espoo])
    for kind in ["company", "partner"]:
        make(kind)
        make(kind, state, name="Hidden entry")

    response = client.get("/en/")
    page = text(response)

    assert card_titles(response) == ["Visible entry"]
    assert "Hidden entry" not in page
    assert "<dt>Projects</dt><dd>1</dd>" in page
    assert "<dt>Companies</dt><dd>1</dd>" in page
    assert "<dt>Partners</dt><dd>1</dd>" in page
    assert "<dt>EU funding</dt><dd>€400,000</dd>" in page
    assert "1 of 26" in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_projects_are_left_out_of_a_priority_page_and_its_figures(client, state):
    priority = Priority.objects.get(slug="citizens-city")
    make("project", priorities=[priority], municipalities=[Municipality.objects.get(code="091")])
    make(
        "project",
        state,
        name="Hidden entry",
        priorities=[priority],
        municipalities=[Municipality.objects.get(code="049")],
    )

    response = client.get("/en/strategy/citizens-city/")
    page = text(response)

    assert card_titles(response) == ["Visible entry"]
    assert "<dt>Projects</dt><dd>1</dd>" in page
    assert "<dt>EU funding</dt><dd>€400,000</dd>" in page
    assert "<dt>Municipalities reached</dt><dd>1</dd>" in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_search_finds_only_public_entries(client, state):
    for kind in ENTRIES:
        make(kind, name=f"Visible {kind} entry", summary="Findable.")
        make(kind, state, name=f"Hidden {kind} entry", summary="Findable.")

    response = client.get("/en/search/?q=entry")
    page = text(response)

    assert "4 results for “entry”" in page
    for kind in ENTRIES:
        assert f"Visible {kind} entry" in page
        assert f"Hidden {kind} entry" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_projects_are_not_offered_as_related_projects(client, state):
    _, url = make("project", name="The project")
    make("project", name="Visible entry")
    make("project", state, name="Hidden entry")

    assert card_titles(client.get(url)) == ["Visible entry"]


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", ["company", "partner"])
def test_hidden_projects_are_left_out_of_a_participant_page(client, kind, state):
    participant, url = make(kind)
    visible, _ = make("project", name="Visible project")
    hidden, _ = make("project", state, name="Hidden project")
    for project in [visible, hidden]:
        ParticipationFactory(
            project=project,
            company=participant if kind == "company" else None,
            partner=participant if kind == "partner" else None,
        )

    assert card_titles(client.get(url)) == ["Visible project"]


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_entries_are_left_out_of_the_sitemap(client, state):
    hidden_urls = []
    for kind in ENTRIES:
        make(kind, slug=f"visible-{kind.replace(' ', '-')}")
        _, url = make(kind, state, slug=f"hidden-{kind.replace(' ', '-')}")
        hidden_urls.append(url)

    body = sitemap(client)

    for kind in ENTRIES:
        assert f"visible-{kind.replace(' ', '-')}/</loc>" in body
    for url in hidden_urls:
        assert f"<loc>http://testserver{url}</loc>" not in body
    assert "hidden-" not in body


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", ["company", "partner"])
def test_hidden_participant_is_neither_named_nor_linked_on_a_published_project(client, kind, state):
    project, url = make("project", name="The project")
    public, _ = make(kind, name="Public participant")
    hidden, hidden_url = make(kind, state, name="Secret participant")
    for participant in [public, hidden]:
        ParticipationFactory(
            project=project,
            company=participant if kind == "company" else None,
            partner=participant if kind == "partner" else None,
        )

    response = client.get(url)
    page = text(response)

    assert "Public participant" in page
    assert "Secret participant" not in page
    assert hidden_url not in [href for href, _ in links(response)]


def test_project_whose_only_participant_is_a_draft_lists_no_participants(client):
    project, url = make("project", name="The project")
    ParticipationFactory(project=project, company=CompanyFactory(name="Secret Oy", draft=True))

    page = text(client.get(url))

    assert "Secret Oy" not in page
    assert "No participants are listed yet." in page


def test_entry_becomes_visible_once_its_scheduled_time_has_passed(client):
    project, url = make("project", "scheduled")
    assert client.get(url).status_code == 404

    project.published_at = project.published_at.replace(year=project.published_at.year - 1)
    project.save()

    assert client.get(url).status_code == 200
