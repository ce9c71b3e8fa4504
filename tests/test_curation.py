"""Curation roles and the review workflow: editors write and submit drafts; only publishers make anything public."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format

from companies.models import Company
from core.publishing import Status
from projects.models import Project
from strategy.models import Municipality, Priority, StrategyPage
from tests.admin_forms import form_data
from tests.factories import CompanyFactory, ProjectFactory, ProjectImageFactory, StrategyPageFactory
from tests.html import html, text

pytestmark = pytest.mark.django_db

PUBLISH_PERMISSIONS = {"publish_project", "publish_company", "publish_partner", "publish_strategypage"}


def codenames(group: str) -> set[str]:
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def change_url(obj) -> str:
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def changelist_url(model) -> str:
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/"


def run_action(client, model, action, *objs):
    return client.post(
        changelist_url(model), {"action": action, "_selected_action": [obj.pk for obj in objs]}, follow=True
    )


def refreshed(obj):
    return type(obj).objects.get(pk=obj.pk)


# Roles


def test_the_three_roles_are_groups_made_by_migration():
    assert {"Editors", "Publishers", "Partner moderators"} <= set(Group.objects.values_list("name", flat=True))
    assert {"add_project", "change_project", "add_projectimage", "change_strategypage"} <= codenames("Editors")
    assert not PUBLISH_PERMISSIONS & codenames("Editors")
    assert codenames("Publishers") >= PUBLISH_PERMISSIONS
    assert "review_joinrequest" in codenames("Partner moderators")
    assert "review_joinrequest" not in codenames("Editors") | codenames("Publishers")


def test_editors_do_not_see_join_requests(editor_client):
    assert editor_client.get("/admin/partners/joinrequest/").status_code == 403


# An editor cannot make anything public: the form, actions, bulk edits, reverts.


def test_an_editors_new_project_is_a_draft_even_when_the_post_says_published(editor_client):
    data = form_data(editor_client.get("/admin/projects/project/add/"), "project_form")
    data.update(
        title_en=["Hydrogen Valley"],
        slug=["hydrogen-valley"],
        summary_en=["Green hydrogen for the region's industry."],
        start_date=["2025-01-01"],
        end_date=[""],
        priorities=["1"],
        # What the form does not offer an editor, a crafted request still may carry.
        status=[Status.PUBLISHED],
        published_at_0=["2025-01-01"],
        published_at_1=["12:00:00"],
        is_featured=["on"],
    )

    response = editor_client.post("/admin/projects/project/add/", data, follow=True)

    assert response.status_code == 200
    project = Project.objects.get(slug="hydrogen-valley")
    assert (project.status, project.published_at, project.is_featured) == (Status.DRAFT, None, False)
    assert editor_client.get(project.get_absolute_url()).status_code == 200  # staff preview
    assert Client().get(project.get_absolute_url()).status_code == 404


def test_an_editors_change_form_offers_submit_for_review_and_not_publish(editor_client):
    project = ProjectFactory(draft=True)

    page = text(editor_client.get(change_url(project)))

    assert "Save and submit for review" in page
    assert "Save and publish" not in page
    assert 'name="status"' not in page


def test_an_editor_submits_a_draft_for_review_with_the_button(editor_client):
    project = ProjectFactory(draft=True, title="Circular Construction")
    data = form_data(editor_client.get(change_url(project)), "project_form")

    response = editor_client.post(change_url(project), {**data, "_submit_for_review": "1"}, follow=True)

    assert "“Circular Construction” was submitted for review." in text(response)
    assert refreshed(project).status == Status.IN_REVIEW
    assert not refreshed(project).is_public


def test_an_editor_cannot_change_an_entry_in_review_or_published(editor_client):
    for project in [ProjectFactory(in_review=True), ProjectFactory()]:
        data = form_data(editor_client.get(change_url(project)), "project_form")  # a read-only view

        response = editor_client.post(change_url(project), {**data, "title_en": ["Changed"], "_save": "Save"})

        assert response.status_code == 403
        assert refreshed(project).title != "Changed"


@pytest.mark.parametrize(
    "action", ["publish_selected", "feature_selected", "archive_selected", "return_to_draft_selected"]
)
def test_an_editor_is_not_offered_the_publishers_actions(editor_client, action):
    draft, published = ProjectFactory(draft=True), ProjectFactory()

    page = text(editor_client.get(changelist_url(Project)))
    response = run_action(editor_client, Project, action, draft, published)

    assert f'value="{action}"' not in page
    assert "No action selected." in text(response)
    assert (refreshed(draft).status, refreshed(published).status) == (Status.DRAFT, Status.PUBLISHED)
    assert not refreshed(draft).is_featured


def test_an_editors_bulk_edit_of_the_list_is_refused(editor_client):
    page = StrategyPageFactory(draft=True, slug="about", order=1)
    changelist = editor_client.get(changelist_url(StrategyPage))

    response = editor_client.post(
        changelist_url(StrategyPage),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(page.pk),
            "form-0-order": "9",
            "_save": "Save",
        },
    )

    assert 'name="form-0-order"' not in text(changelist)
    assert response.status_code in (200, 302)
    assert refreshed(page).order == 1


def test_an_editors_revert_to_a_published_version_stays_a_draft(editor_client, publisher_client):
    project = ProjectFactory(draft=True, title="Smart Grid")
    publisher_data = form_data(publisher_client.get(change_url(project)), "project_form")
    publisher_client.post(change_url(project), {**publisher_data, "_publish": "1"})
    run_action(publisher_client, Project, "return_to_draft_selected", project)
    published_version = refreshed(project).history.filter(status=Status.PUBLISHED).latest("history_date")
    revert_url = f"{change_url(project).removesuffix('change/')}history/{published_version.history_id}/"

    data = form_data(editor_client.get(revert_url))
    response = editor_client.post(revert_url, {**data, "_save": "Revert"}, follow=True)

    assert response.status_code == 200
    assert refreshed(project).status == Status.DRAFT
    assert not refreshed(project).is_public


def test_an_editor_cannot_restore_an_old_version_over_a_published_entry(editor_client, publisher_client):
    project = ProjectFactory(draft=True, title="Smart Grid")
    draft_version = refreshed(project).history.latest("history_date")
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    publisher_client.post(change_url(project), {**data, "_publish": "1"})
    revert_url = f"{change_url(project).removesuffix('change/')}history/{draft_version.history_id}/"

    page = editor_client.get(revert_url)
    response = editor_client.post(revert_url, {**form_data(page), "title_en": ["Defaced"], "_save": "Revert"})

    assert "Restore this version" not in text(page)
    assert response.status_code == 403
    assert refreshed(project).title_en == "Smart Grid"
    assert refreshed(project).is_public


def test_an_editor_cannot_merge_tags_which_would_retag_published_projects(editor_client):
    project = ProjectFactory(tags=["hydrogen"])
    tag = project.tags.get()

    offered = text(editor_client.get("/admin/taggit/tag/"))
    run = editor_client.post(
        "/admin/taggit/tag/", {"action": "render_tag_form", "_selected_action": [tag.pk]}, follow=True
    )
    merge = editor_client.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "scam"})

    assert 'value="render_tag_form"' not in offered
    assert run.status_code == 200
    assert merge.status_code == 403
    assert [t.name for t in refreshed(project).tags.all()] == ["hydrogen"]


def test_merging_tags_into_one_of_them_keeps_it_on_its_entries(admin_client):
    harbour = ProjectFactory(tags=["hydrogen"])
    valley = ProjectFactory(tags=["h2"])
    chosen = [harbour.tags.get().pk, valley.tags.get().pk]

    admin_client.post("/admin/taggit/tag/", {"action": "render_tag_form", "_selected_action": chosen})
    response = admin_client.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "hydrogen"}, follow=True)

    assert response.status_code == 200
    assert [t.name for t in refreshed(harbour).tags.all()] == ["hydrogen"]
    assert [t.name for t in refreshed(valley).tags.all()] == ["hydrogen"]


def test_merging_a_tag_into_itself_is_explained_not_a_server_error(admin_client):
    project = ProjectFactory(tags=["hydrogen"])

    admin_client.post("/admin/taggit/tag/", {"action": "render_tag_form", "_selected_action": [project.tags.get().pk]})
    response = admin_client.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "hydrogen"}, follow=True)

    assert response.status_code == 200
    assert "Choose tags other than the one they are merged into." in text(response)
    assert [t.name for t in refreshed(project).tags.all()] == ["hydrogen"]


def test_merging_tags_without_choosing_them_first_is_explained_not_a_server_error(admin_client):
    response = admin_client.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "energy"}, follow=True)

    assert response.status_code == 200
    assert "Choose the tags to merge in the list first." in text(response)


def test_an_editor_cannot_change_the_images_of_a_published_project(editor_client):
    image = ProjectImageFactory(project=ProjectFactory())

    response = editor_client.post(change_url(image), {"alt_text_en": "Changed", "project": image.project.pk})

    assert response.status_code == 403


def test_an_editor_cannot_delete_a_published_entry(editor_client):
    company = CompanyFactory()

    response = editor_client.post(f"/admin/companies/company/{company.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Company.objects.filter(pk=company.pk).exists()


# Publishers


def test_a_publisher_publishes_an_entry_in_review_and_visitors_see_it(publisher_client, client):
    project = ProjectFactory(in_review=True, title="Wind Harbour")
    data = form_data(publisher_client.get(change_url(project)), "project_form")

    response = publisher_client.post(change_url(project), {**data, "_publish": "1"}, follow=True)

    assert "“Wind Harbour” was published and is now visible to visitors." in text(response)
    assert refreshed(project).is_public
    assert "Wind Harbour" in text(client.get(project.get_absolute_url()))


def test_a_publisher_who_sets_the_status_to_published_with_no_time_publishes_it_now(publisher_client, client):
    project = ProjectFactory(in_review=True, title="Open Data Bus Stops")
    data = form_data(publisher_client.get(change_url(project)), "project_form")

    publisher_client.post(
        change_url(project),
        {**data, "status": [Status.PUBLISHED], "published_at_0": [""], "published_at_1": [""], "_save": "Save"},
    )

    assert refreshed(project).is_public
    assert client.get(project.get_absolute_url()).status_code == 200


def test_a_publisher_schedules_an_entry_by_publishing_it_with_a_future_time(publisher_client, client):
    project = ProjectFactory(in_review=True, title="Night Trains")
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    later = timezone.localtime() + datetime.timedelta(days=2)

    response = publisher_client.post(
        change_url(project),
        {**data, "published_at_0": later.strftime("%Y-%m-%d"), "published_at_1": "09:00:00", "_publish": "1"},
        follow=True,
    )

    assert "is scheduled: it becomes visible on" in text(response)
    assert refreshed(project).status == Status.PUBLISHED
    assert client.get(project.get_absolute_url()).status_code == 404


def test_a_scheduled_entry_appears_when_its_time_comes_with_no_job_to_run(client):
    project = ProjectFactory(published_at=timezone.now() + datetime.timedelta(seconds=1), title="Tram Line 15")
    assert client.get(project.get_absolute_url()).status_code == 404

    Project.objects.filter(pk=project.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))

    assert client.get(project.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("start", "action", "end"),
    [
        ({"in_review": True}, "publish_selected", Status.PUBLISHED),
        ({}, "return_to_draft_selected", Status.DRAFT),
        ({"in_review": True}, "return_to_draft_selected", Status.DRAFT),
        ({}, "archive_selected", Status.ARCHIVED),
        ({"draft": True}, "submit_for_review_selected", Status.IN_REVIEW),
    ],
)
def test_publishers_actions_move_entries_through_the_workflow(publisher_client, start, action, end):
    project = ProjectFactory(**start)

    response = run_action(publisher_client, Project, action, project)

    assert refreshed(project).status == end
    assert "1 project" in text(response)
    assert refreshed(project).history.first().history_user.username == "pekka.publisher"


def test_the_admin_index_lists_what_awaits_review(publisher_client):
    ProjectFactory(in_review=True, title="Harbour Heat")
    CompanyFactory(in_review=True, name="Solar Roofs Oy")
    ProjectFactory(draft=True, title="Not Yet Submitted")

    page = text(publisher_client.get("/admin/"))

    assert "Awaiting review" in page
    assert "Harbour Heat" in page and "Solar Roofs Oy" in page
    assert "Projects: 1 in review" in page
    assert "Not Yet Submitted" not in page


def test_the_review_list_opens_each_entry_and_its_preview(publisher_client):
    project = ProjectFactory(in_review=True, title="Harbour Heat")

    page = publisher_client.get("/admin/")

    assert change_url(project) in text(page)
    preview = publisher_client.get(project.get_absolute_url())
    assert preview.status_code == 200
    assert "Harbour Heat" in text(preview)


# History


def test_each_change_is_kept_with_who_and_when_and_can_be_reverted(publisher_client):
    project = ProjectFactory(draft=True, title="Old Title")
    old = refreshed(project).history.latest("history_date")
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    publisher_client.post(
        change_url(project), {**data, "title_en": ["New Title"], "title_fi": ["Uusi nimi"], "_save": "Save"}
    )
    changed = refreshed(project).history.latest("history_date")

    history_page = text(publisher_client.get(change_url(project).removesuffix("change/") + "history/"))
    revert_url = f"{change_url(project).removesuffix('change/')}history/{old.history_id}/"
    publisher_client.post(revert_url, {**form_data(publisher_client.get(revert_url)), "_save": "Revert"})

    assert (changed.title_en, changed.title_fi, changed.history_user.username) == (
        "New Title",
        "Uusi nimi",
        "pekka.publisher",
    )
    assert "pekka.publisher" in history_page
    assert refreshed(project).title_en == "Old Title"
    assert refreshed(project).history.latest("history_date").title_en == "Old Title"


def history_url(obj) -> str:
    return change_url(obj).removesuffix("change/") + "history/"


def success_messages(response) -> list[str]:
    return re.findall(r'<li class="success">(.*?)</li>', text(response), re.DOTALL)


@pytest.fixture
def published_then_edited(publisher_client):
    """A project written in review, published by a publisher, then retitled: its review version, and the project."""
    project = ProjectFactory(in_review=True, title="Smart Grid")
    review_version = refreshed(project).history.latest("history_date")
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    publisher_client.post(change_url(project), {**data, "_publish": "1"})
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    publisher_client.post(change_url(project), {**data, "title_en": ["Smart Grid Pilot"], "_save": "Save"})
    return review_version, refreshed(project)


def test_restoring_an_old_version_keeps_a_live_entry_live_and_says_what_changed(
    publisher_client, published_then_edited
):
    review_version, project = published_then_edited
    revert_url = f"{history_url(project)}{review_version.history_id}/"

    page = publisher_client.get(revert_url)
    response = publisher_client.post(revert_url, {**form_data(page), "_save": "Revert"}, follow=True)

    restored = refreshed(project)
    assert (restored.title_en, restored.status, restored.published_at) == (
        "Smart Grid",
        Status.PUBLISHED,
        project.published_at,
    )
    assert restored.is_public
    [message] = success_messages(response)
    assert "“Smart Grid” was restored to the version saved on" in message
    assert "changed: Title [en]." in message
    assert "Its status (Published) and publication time are as they were." in message


def test_a_publisher_restoring_a_version_changes_the_status_only_when_asking_for_it(
    publisher_client, published_then_edited
):
    review_version, project = published_then_edited
    revert_url = f"{history_url(project)}{review_version.history_id}/"
    data = form_data(publisher_client.get(revert_url))
    assert data["status"] == [Status.PUBLISHED]  # the form starts from the status as it is now

    response = publisher_client.post(revert_url, {**data, "status": [Status.DRAFT], "_save": "Revert"}, follow=True)

    assert refreshed(project).status == Status.DRAFT
    [message] = success_messages(response)
    assert "changed: Status, Title [en]." in message
    assert "as they were" not in message


def test_one_save_records_one_version_with_its_new_taxonomies(publisher_client):
    project = ProjectFactory(title="Smart Grid")
    data = form_data(publisher_client.get(change_url(project)), "project_form")
    versions = refreshed(project).history.count()
    priorities = list(Priority.objects.order_by("pk")[:2])
    municipalities = list(Municipality.objects.order_by("pk")[:2])

    publisher_client.post(
        change_url(project),
        {
            **data,
            "title_en": ["Smart Grid Pilot"],
            "priorities": [str(priority.pk) for priority in priorities],
            "municipalities": [str(municipality.pk) for municipality in municipalities],
            "sdgs": ["7"],
            "_save": "Save",
        },
    )

    assert refreshed(project).history.count() == versions + 1
    version = refreshed(project).history.first()
    assert version.title_en == "Smart Grid Pilot"
    assert {row.priority for row in version.priorities.all()} == set(priorities)
    assert {row.municipality for row in version.municipalities.all()} == set(municipalities)


def test_the_history_names_statuses_and_lists_no_change_of_microseconds(publisher_client, published_then_edited):
    _, project = published_then_edited

    table = re.search(r'<table id="change-history">.*?</table>', html(publisher_client.get(history_url(project))), re.S)
    rows = re.findall(r"<tr>(.*?)</tr>", table[0], re.DOTALL)

    retitled, published = rows[1], rows[2]  # newest first, after the heading
    assert "Status:</strong> In review → Published" in published
    assert "in_review" not in published
    assert "Title [en]:</strong> Smart Grid → Smart Grid Pilot" in unescape(retitled)
    assert "Published at" not in retitled  # saved by the form to the second: the same time
    assert "<strong>Title:</strong>" not in retitled  # the English title, once


@pytest.mark.parametrize("factory", [ProjectFactory, CompanyFactory, StrategyPageFactory])
def test_public_pages_say_when_the_entry_was_last_updated(client, factory):
    obj = factory()

    page = text(client.get(obj.get_absolute_url()))

    assert f"Last updated {date_format(timezone.localtime(obj.updated_at), 'DATE_FORMAT')}" in page
