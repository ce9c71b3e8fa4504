"""Rich text is sanitised when it is stored, so no page can carry a script from it."""

import pytest

from core.richtext import RichTextField
from projects.models import Project
from strategy.models import Priority
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory, StrategyPageFactory
from tests.html import html

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<p>Safe text.</p>"
    "<script>alert('script')</script>"
    '<img src="x" onerror="alert(\'onerror\')">'
    "<p onclick=\"alert('onclick')\">Click me</p>"
    "<a href=\"javascript:alert('javascript')\">A trap</a>"
    "<a href=\"JaVaScRiPt:alert('mixed case')\">Another trap</a>"
    '<iframe src="https://evil.example/"></iframe>'
    "<style>body { display: none }</style>"
)
TRACES = ["<script", "alert(", "onerror", "onclick", "javascript:", "JaVaScRiPt", "<iframe", "<style", "<img"]


def assert_harmless(markup):
    for trace in TRACES:
        assert trace not in markup


def test_project_description_is_stored_without_scripts_handlers_or_javascript_links():
    project = ProjectFactory(description=HOSTILE)

    project.refresh_from_db()

    assert_harmless(project.description)
    assert "<p>Safe text.</p>" in project.description
    assert "Click me" in project.description
    assert "A trap" in project.description


def test_project_description_is_rendered_without_scripts_handlers_or_javascript_links(client):
    project = ProjectFactory(description=HOSTILE, results=HOSTILE.replace("Safe text.", "Results text."))

    response = client.get(f"/en/projects/{project.slug}/")
    body = html(response)
    main = body.split('<main id="main"')[1].split("</main>")[0]

    assert response.status_code == 200
    assert "<p>Safe text.</p>" in main
    assert "<p>Results text.</p>" in main
    assert_harmless(main)


def test_sanitising_keeps_the_formatting_editors_may_use():
    allowed = (
        '<h2>Goals</h2><p><strong>Bold</strong> and <em>italic</em>, <abbr title="European Union">EU</abbr>.</p>'
        "<ul><li>One</li></ul><ol><li>Two</li></ol><blockquote>Quote</blockquote>"
    )
    project = ProjectFactory(description=allowed)

    project.refresh_from_db()

    assert project.description == allowed


def test_links_keep_safe_addresses_and_get_a_safe_rel():
    project = ProjectFactory(
        description='<p><a href="https://hel.fi/" target="_blank">Helsinki</a> '
        '<a href="mailto:info@example.fi">Mail</a></p>'
    )

    project.refresh_from_db()

    assert '<a href="https://hel.fi/" rel="noopener noreferrer">Helsinki</a>' in project.description
    assert '<a href="mailto:info@example.fi" rel="noopener noreferrer">Mail</a>' in project.description
    assert "target=" not in project.description


def test_sanitising_also_applies_to_bulk_updates():
    ProjectFactory(description="<p>Fine.</p>")

    Project.objects.update(description=HOSTILE)

    assert_harmless(Project.objects.get().description)


@pytest.mark.parametrize(
    ("make", "url"),
    [
        (lambda: CompanyFactory(slug="hostile", description=HOSTILE), "/en/companies/hostile/"),
        (lambda: PartnerFactory(slug="hostile", description=HOSTILE), "/en/partners/hostile/"),
        (lambda: StrategyPageFactory(slug="hostile", body=HOSTILE), "/en/hostile/"),
    ],
)
def test_every_rich_text_page_renders_without_scripts(client, make, url):
    make()

    response = client.get(url)
    main = html(response).split('<main id="main"')[1].split("</main>")[0]

    assert response.status_code == 200
    assert "<p>Safe text.</p>" in main
    assert_harmless(main)


def test_priority_description_is_sanitised_too(client):
    priority = Priority.objects.get(slug="citizens-city")
    priority.description = HOSTILE
    priority.save()

    main = html(client.get("/en/strategy/citizens-city/")).split('<main id="main"')[1].split("</main>")[0]

    assert "<p>Safe text.</p>" in main
    assert_harmless(main)


RICH_TEXT_COLUMNS = [
    (ProjectFactory, "description"),
    (ProjectFactory, "results"),
    (CompanyFactory, "description"),
    (PartnerFactory, "description"),
    (StrategyPageFactory, "body"),
]


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
@pytest.mark.parametrize(("make", "name"), RICH_TEXT_COLUMNS, ids=lambda value: getattr(value, "__name__", value))
def test_each_language_column_of_rich_text_is_stored_sanitised(make, name, language):
    column = f"{name}_{language}"

    obj = make(**{column: HOSTILE})
    obj.refresh_from_db()

    assert_harmless(getattr(obj, column))
    assert "<p>Safe text.</p>" in getattr(obj, column)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
@pytest.mark.parametrize(("make", "name"), RICH_TEXT_COLUMNS, ids=lambda value: getattr(value, "__name__", value))
def test_each_language_column_of_rich_text_is_sanitised_in_bulk_updates(make, name, language):
    column = f"{name}_{language}"
    obj = make()

    type(obj).objects.filter(pk=obj.pk).update(**{column: HOSTILE})
    obj.refresh_from_db()

    assert_harmless(getattr(obj, column))
    assert "<p>Safe text.</p>" in getattr(obj, column)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_each_language_of_a_priority_description_is_stored_sanitised(language):
    priority = Priority.objects.get(slug="citizens-city")
    setattr(priority, f"description_{language}", HOSTILE)
    priority.save()

    priority.refresh_from_db()

    assert_harmless(getattr(priority, f"description_{language}"))
    assert "<p>Safe text.</p>" in getattr(priority, f"description_{language}")


def test_translation_columns_are_rich_text_fields_too():
    for model in [Project, Priority]:
        for field in model._meta.get_fields():
            if field.name.startswith(("description_", "results_")):
                assert isinstance(field, RichTextField), field
