"""The rich-text editor in the admin, in Chromium: a curator formats text, saves, and the public page shows it."""

import re

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from projects.models import Project
from strategy.models import StrategyPage
from tests.browser.pages import origin, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-test-password-for-the-editor"

# Record every Content-Security-Policy violation, whether or not Chromium also logs it to the console.
RECORD_CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", event => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} ${event.sample}`);
});
"""


@pytest.fixture
def curator(django_user_model, transactional_db):
    """A staff member who edits projects and strategy pages (published ones too), and nothing more."""
    user = django_user_model.objects.create_user("curator", password=PASSWORD, is_staff=True)
    codenames = [
        *("view_project", "change_project", "publish_project"),
        *("view_strategypage", "change_strategypage", "publish_strategypage"),
    ]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def sign_in(page, user):
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    visit(page, "/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def editor_for(page, field_name):
    """The editable area of the prose editor that stands in for the field's textarea."""
    return page.locator(f".prose-editor:has(textarea[name='{field_name}']) [role=textbox]")


def assert_no_error_or_violation(page, page_events):
    violations = page.evaluate("window.cspViolations")
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)
    assert not page_events.errors, "the browser reported errors:\n" + "\n".join(page_events.errors)


def type_bold(page, editor, text):
    """Type into an empty editor, select what was typed and make it bold with the keyboard."""
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.type(text)
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("ControlOrMeta+b")


def save(page, page_events):
    """Save the change form, after checking that the editor has run without an error or a blocked style."""
    assert_no_error_or_violation(page, page_events)
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).first.click()
    assert "was changed successfully" in page.locator(".messagelist").inner_text()


def test_curator_makes_text_bold_in_the_editor_and_the_public_page_shows_it(
    page, page_events, live_server, site_content, curator
):
    project = Project.objects.get(slug="circular-construction-lab")
    sign_in(page, curator)

    visit(page, f"/admin/projects/project/{project.pk}/change/")
    for language in ["en", "fi", "sv"]:
        # Named by the field's label, as the textarea it stands in for.
        expect(editor_for(page, f"description_{language}")).to_have_accessible_name(f"Description [{language}]:")
        expect(editor_for(page, f"results_{language}")).to_have_accessible_name(f"Results [{language}]:")
    # Its base styles come from our stylesheet, as Tiptap's inline ones would be blocked.
    assert editor_for(page, "description_en").evaluate("e => getComputedStyle(e).whiteSpace") == "break-spaces"
    # The editor, its modules, styles and icon font all come from our own static files.
    foreign = [url for url in page_events.requests if not url.startswith("data:") and origin(url) != live_server.url]
    assert not foreign, f"requests to other origins: {foreign}"
    assert any("/static/django_prose_editor/editor." in url for url in page_events.requests)
    assert any("/static/js/prose-editor-extensions." in url for url in page_events.requests)
    type_bold(page, editor_for(page, "description_en"), "Hydrogen for everyone")
    save(page, page_events)

    assert Project.objects.get(pk=project.pk).description_en == "<p><strong>Hydrogen for everyone</strong></p>"
    assert_no_error_or_violation(page, page_events)
    visit(page, project.get_absolute_url())
    assert page.locator("main strong", has_text="Hydrogen for everyone").is_visible()


def test_curator_formats_with_the_toolbar_and_a_translation_left_empty_stays_empty(
    page, page_events, site_content, curator
):
    project = Project.objects.get(slug="circular-construction-lab")
    sign_in(page, curator)

    visit(page, f"/admin/projects/project/{project.pk}/change/")
    results = editor_for(page, "results_fi")
    results.wait_for()
    page.get_by_text("Results [fi]:").click()
    expect(results).to_be_focused()
    page.keyboard.type("Kolme taloa")
    page.keyboard.press("ControlOrMeta+a")
    page.locator(".prose-editor:has(textarea[name='results_fi'])").get_by_title("bold").click()
    save(page, page_events)

    project = Project.objects.get(pk=project.pk)
    assert project.results_fi == "<p><strong>Kolme taloa</strong></p>"
    # The untouched editors sent an empty paragraph: stored as nothing, so the page falls back to English.
    assert project.results_sv in (None, "")
    assert_no_error_or_violation(page, page_events)


def test_headings_lists_and_links_made_in_the_editor_are_stored_as_written(page, page_events, site_content, curator):
    project = Project.objects.get(slug="circular-construction-lab")
    sign_in(page, curator)

    visit(page, f"/admin/projects/project/{project.pk}/change/")
    description = editor_for(page, "description_en")
    description.click()
    expect(description).to_be_focused()  # the editor's script has taken over: what is typed goes into it
    page.keyboard.press("ControlOrMeta+Alt+2")
    page.keyboard.type("Reuse\n")
    page.keyboard.type("- Concrete\nSteel\n\n")
    page.keyboard.type("Read the report")
    page.keyboard.press("Shift+Home")
    menubar = page.locator(".prose-editor:has(textarea[name='description_en'])")
    link = menubar.get_by_title("insert link")
    # The editor reads the selection a moment after the browser makes it, and greys the link button out until then:
    # a click before that opens no dialog.
    expect(link).not_to_have_class(re.compile(r"\bdisabled\b"))
    link.click()
    page.get_by_label("URL").fill("https://www.espoo.fi/")
    page.get_by_role("button", name="Update").click()
    written = page.locator("textarea[name='description_en']").input_value()
    save(page, page_events)

    stored = Project.objects.get(pk=project.pk).description_en
    # Stored as the editor wrote it, but for the safe rel every link gets and the empty title it leaves out.
    assert stored.replace(' rel="noopener noreferrer"', "") == written.replace(' title=""', "")
    for markup in [
        "<h2>Reuse</h2>",
        "<ul><li><p>Concrete</p></li><li><p>Steel</p></li></ul>",
        'href="https://www.espoo.fi/"',
    ]:
        assert markup in stored
    visit(page, project.get_absolute_url())
    assert page.locator("main h2", has_text="Reuse").is_visible()
    assert page.locator("main a[href='https://www.espoo.fi/']", has_text="Read the report").is_visible()


def test_a_page_keeps_its_abbreviations_when_saved_from_the_editor(page, page_events, site_content, curator):
    statement = StrategyPage.objects.get(slug="accessibility")
    assert "<abbr title=" in statement.body_en
    sign_in(page, curator)

    visit(page, f"/admin/strategy/strategypage/{statement.pk}/change/")
    editor_for(page, "body_en").locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.type(" Updated.")
    save(page, page_events)

    body = StrategyPage.objects.get(pk=statement.pk).body_en
    assert "Updated." in body
    assert '<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>' in body
