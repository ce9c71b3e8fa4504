"""The curation workflow in Chromium: an editor drafts a project with an image and submits it, a publisher
publishes it, and a visitor then finds it on the site."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image

from core.publishing import Status
from projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def staff(transactional_db):
    users = {}
    for username, group in [("eeva.editor", "Editors"), ("pekka.publisher", "Publishers")]:
        users[group] = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
        users[group].groups.add(Group.objects.get(name=group))
    return users


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "harbour.jpg"
    Image.new("RGB", (1200, 800), "#2a6f97").save(path, "JPEG")
    return path


def sign_in(browser, live_server, username):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    return page


def choose_in_autocomplete(page, field_id, text):
    """Pick an option in the admin's autocomplete box as a person does: open it, type, choose."""
    page.locator(f"#{field_id} + .select2").click()
    page.keyboard.type(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def test_editor_drafts_and_submits_a_publisher_publishes_and_a_visitor_sees(
    browser, live_server, staff, photo, page, page_events
):
    editor = sign_in(browser, live_server, "eeva.editor")
    editor.goto("/admin/projects/project/add/")
    editor.fill("#id_title_en", "Harbour Heat Pumps")
    editor.fill("#id_summary_en", "Sea-water heat pumps warm the harbour district.")
    editor.fill("#id_start_date", "2026-01-01")
    choose_in_autocomplete(editor, "id_priorities", "Climate Neutrality")
    editor.get_by_role("button", name="Add another Project image").click()
    editor.set_input_files("#id_images-0-image", photo)
    editor.fill("#id_images-0-alt_text_en", "Heat pump station by the harbour at dusk")
    editor.fill("#id_images-0-credit", "Uusimaa Regional Council")
    assert editor.get_by_role("button", name="Save and publish").count() == 0
    with editor.expect_navigation():
        editor.get_by_role("button", name="Save and submit for review").last.click()

    assert "“Harbour Heat Pumps” was submitted for review." in editor.content()
    project = Project.objects.get(slug="harbour-heat-pumps")
    assert project.status == Status.IN_REVIEW
    assert page.goto(project.get_absolute_url()).status == 404  # not yet for visitors

    publisher = sign_in(browser, live_server, "pekka.publisher")
    publisher.get_by_role("link", name="Harbour Heat Pumps").click()
    with publisher.expect_navigation():
        publisher.get_by_role("button", name="Save and publish").last.click()
    assert "“Harbour Heat Pumps” was published and is now visible to visitors." in publisher.content()

    page_events.errors.clear()
    response = page.goto(project.get_absolute_url())
    assert response.ok
    assert page.get_by_role("heading", level=1).inner_text() == "Harbour Heat Pumps"
    image = page.get_by_role("img", name="Heat pump station by the harbour at dusk")
    image.scroll_into_view_if_needed()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    assert "Uusimaa Regional Council" in page.content()
    assert page.goto("/en/projects/").ok
    assert page.get_by_role("link", name="Harbour Heat Pumps").count() == 1
    assert page_events.errors == []
    for staff_page in (editor, publisher):
        staff_page.context.close()
