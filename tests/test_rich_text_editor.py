"""The admin edits rich text in the prose editor, which offers what the allow-list keeps and loads under the CSP."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django_prose_editor.config import allowlist_from_extensions

from core.richtext import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, EDITOR_EXTENSIONS, RichTextFormField
from strategy.models import Priority, StrategyPage
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory, StrategyPageFactory
from tests.html import html

EDITOR_ATTRIBUTE = "data-django-prose-editor-configurable"


class _TagParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _TagParser()
    parser.feed(markup)
    return parser.tags


def editor_fields(markup: str) -> set[str]:
    """The names of the fields the page edits in the prose editor."""
    return {attrs["name"] for tag, attrs in tags(markup) if tag == "textarea" and EDITOR_ATTRIBUTE in attrs}


def test_editor_offers_exactly_the_tags_the_allow_list_keeps():
    made = allowlist_from_extensions(EDITOR_EXTENSIONS)

    # The editor writes `strong` and `em`; `b` and `i` from elsewhere are kept, and the editor reads them as those.
    assert made["tags"] == ALLOWED_TAGS - {"b", "i"}


def test_editor_writes_no_attribute_that_storage_would_strip_but_its_own_list_marker():
    made = allowlist_from_extensions(EDITOR_EXTENSIONS)
    stripped = {
        tag: attributes - ALLOWED_ATTRIBUTES.get(tag, set())
        for tag, attributes in made["attributes"].items()
        if attributes - ALLOWED_ATTRIBUTES.get(tag, set())
    }

    # nh3 sets every link's rel itself; the editor marks numbered lists with a data-type that carries nothing (it
    # offers no other numbering, as its list attributes are off), and never writes `start` or `type` itself.
    assert stripped == {"a": {"rel"}, "ol": {"start", "type", "data-type"}}
    assert EDITOR_EXTENSIONS["OrderedList"] == {"enableListAttributes": False}
    assert EDITOR_EXTENSIONS["Link"] == {"enableTarget": False}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make", "admin_path", "rich_text"),
    [
        (lambda: ProjectFactory(), "projects/project", ["description", "results"]),
        (lambda: CompanyFactory(), "companies/company", ["description"]),
        (lambda: PartnerFactory(), "partners/partner", ["description"]),
        (lambda: StrategyPageFactory(slug="about"), "strategy/strategypage", ["body"]),
        (lambda: Priority.objects.get(slug="citizens-city"), "strategy/priority", ["description"]),
    ],
    ids=["project", "company", "partner", "strategy-page", "priority"],
)
def test_change_form_edits_each_language_of_each_rich_text_field_in_the_editor(
    admin_client, make, admin_path, rich_text
):
    obj = make()

    response = admin_client.get(f"/admin/{admin_path}/{obj.pk}/change/")

    assert response.status_code == 200
    assert editor_fields(html(response)) == {f"{name}_{code}" for name in rich_text for code in ["en", "fi", "sv"]}


@pytest.mark.django_db
def test_editor_loads_only_our_static_files_each_script_with_the_pages_nonce(admin_client):
    project = ProjectFactory()

    response = admin_client.get(f"/admin/projects/project/{project.pk}/change/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    elements = tags(html(response))
    scripts = [attrs for tag, attrs in elements if tag == "script"]
    importmaps = [attrs for attrs in scripts if attrs.get("type") == "importmap"]
    sheets = [attrs["href"] for tag, attrs in elements if tag == "link" and attrs.get("rel") == "stylesheet"]

    assert len(importmaps) == 1
    assert all(attrs.get("nonce") == nonce for attrs in scripts), scripts
    assert all(attrs["src"].startswith("/") for attrs in scripts if "src" in attrs)
    assert any(src.startswith("/static/django_prose_editor/editor.") for src in (a.get("src", "") for a in scripts))
    assert any(href.startswith("/static/css/prose-editor.") for href in sheets)
    assert "/static/js/prose-editor-extensions." in html(response)


def test_our_copy_of_the_editors_base_styles_matches_the_ones_it_would_inline():
    """Compare with Tiptap's styles in the editor's bundle, so an upgrade that changes them is noticed."""
    bundle = Path(finders.find("django_prose_editor/editor.js")).read_text()
    ours = Path(settings.BASE_DIR / "static/css/prose-editor.css").read_text()
    inlined = re.search(r"`(\.ProseMirror \{\n  position: relative;\n\}.*?)`", bundle, re.DOTALL)

    assert inlined, "Tiptap's base styles are no longer in the editor's bundle: check what NoInlineStyles turns off"
    assert ours.split("*/", 1)[1].strip() == inlined.group(1).strip()


@pytest.mark.parametrize("untouched", ["<p></p>", "<p><br></p>", "<h2> </h2>", "<p>&nbsp;</p>"])
def test_an_editor_left_empty_sends_no_text(untouched):
    assert RichTextFormField(required=False).clean(untouched) == ""
    with pytest.raises(ValidationError):
        RichTextFormField(required=True).clean(untouched)


def test_the_form_field_sanitises_what_it_receives():
    cleaned = RichTextFormField().clean('<p onclick="alert(1)">Hi <script>alert(2)</script><b>there</b></p>')

    assert cleaned == "<p>Hi <b>there</b></p>"


@pytest.mark.django_db
def test_page_saved_in_the_admin_stores_each_language_sanitised_and_empty_ones_as_empty(admin_client):
    response = admin_client.post(
        "/admin/strategy/strategypage/add/",
        {
            "title_en": "Data protection",
            "title_fi": "Tietosuoja",
            "title_sv": "Dataskydd",
            "slug": "data-protection",
            "order": "5",
            "summary_en": "How we handle data.",
            "body_en": "<h2>Data</h2><p>We <strong>keep</strong> little.</p>",
            "body_fi": '<p>Vähän.</p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">linkki</a>',
            "body_sv": "<p></p>",
            "status": "draft",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    page = StrategyPage.objects.get(slug="data-protection")
    assert page.body_en == "<h2>Data</h2><p>We <strong>keep</strong> little.</p>"
    assert page.body_fi == '<p>Vähän.</p><a rel="noopener noreferrer">linkki</a>'
    assert not page.body_sv
