"""The strategy: its priorities with their themes, projects and figures, and the pages staff write."""

from decimal import Decimal

import pytest

from core.publishing import Status
from strategy.models import Municipality, Priority
from tests.factories import CompanyFactory, ProjectFactory, StrategyPageFactory
from tests.html import card_titles, links, text

pytestmark = pytest.mark.django_db


def priority_page(client, slug):
    response = client.get(f"/en/strategy/{slug}/")
    assert response.status_code == 200
    return response


def test_priority_page_shows_its_tagline_and_only_its_own_themes(client):
    response = priority_page(client, "industrial-modernisation")
    page = text(response)
    page_links = links(response)

    assert "<h1>Industrial Modernisation</h1>" in page
    assert "deep tech, smart health and digitalisation" in page
    for slug, name in [
        ("low-carbon-industry", "Low-carbon industry"),
        ("quantum-and-deep-tech", "Quantum and deep tech"),
        ("smart-health", "Smart health"),
        ("digitalising-industry", "Digitalising industry"),
    ]:
        assert (f"/en/projects/?theme={slug}", name) in page_links
    assert "Smart mobility" not in page
    assert "Cybersecurity" not in page


def test_priority_page_lists_the_projects_under_it(client):
    citizens = Priority.objects.get(slug="citizens-city")
    ProjectFactory(title="Digital hub", priorities=[citizens])
    ProjectFactory(title="Wind farm", priorities=list(Priority.objects.filter(slug="climate-neutrality")))

    response = priority_page(client, "citizens-city")

    assert card_titles(response) == ["Digital hub"]
    assert ("/en/projects/?priority=citizens-city", "All projects under Citizens' City") in links(response)


def test_priority_page_without_projects_says_so(client):
    page = text(priority_page(client, "climate-neutrality"))

    assert "No published projects yet." in page


def test_priority_page_shows_figures_of_its_projects(client):
    climate = Priority.objects.get(slug="climate-neutrality")
    helsinki, espoo, askola = (Municipality.objects.get(code=code) for code in ["091", "049", "018"])
    ProjectFactory(
        priorities=[climate],
        total_budget=Decimal("2000000.00"),
        eu_contribution=Decimal("1200000.00"),
        municipalities=[helsinki, espoo],
    )
    ProjectFactory(priorities=[climate], eu_contribution=Decimal("300000.00"), municipalities=[helsinki])
    ProjectFactory(priorities=[climate], eu_contribution=None, total_budget=None)
    ProjectFactory(
        priorities=list(Priority.objects.filter(slug="citizens-city")),
        eu_contribution=Decimal("999999.00"),
        municipalities=[askola],
    )

    page = text(priority_page(client, "climate-neutrality"))

    assert "<dt>Projects</dt><dd>3</dd>" in page
    assert "<dt>EU funding</dt><dd>€1,500,000</dd>" in page
    assert "<dt>Municipalities reached</dt><dd>2</dd>" in page


def test_home_figures_count_municipalities_once_however_many_projects_reach_them(client):
    helsinki, espoo = (Municipality.objects.get(code=code) for code in ["091", "049"])
    ProjectFactory(municipalities=[helsinki, espoo])
    ProjectFactory(municipalities=[helsinki])

    assert "2 of 26" in text(client.get("/en/"))


def test_strategy_page_has_its_title_summary_and_body(client):
    StrategyPageFactory(
        slug="accessibility",
        title="Accessibility statement",
        summary="How accessible this site is.",
        body="<h2>Compliance status</h2><p>The site meets WCAG 2.1 AA.</p>",
    )

    response = client.get("/en/accessibility/")
    page = text(response)

    assert response.status_code == 200
    assert "<title>Accessibility statement – Helsinki Smart Region</title>" in page
    assert '<meta name="description" content="How accessible this site is.">' in page
    assert "<h2>Compliance status</h2><p>The site meets WCAG 2.1 AA.</p>" in page


def test_strategy_page_that_does_not_exist_answers_not_found(client):
    StrategyPageFactory(slug="about")

    assert client.get("/en/contact/").status_code == 404


def test_figures_change_at_once_when_a_project_or_company_is_published_or_withdrawn(client):
    climate = Priority.objects.get(slug="climate-neutrality")
    ProjectFactory(priorities=[climate], eu_contribution=Decimal("300000.00"))
    assert "<dt>Projects</dt><dd>1</dd>" in text(client.get("/en/"))
    assert "<dt>Projects</dt><dd>1</dd>" in text(priority_page(client, "climate-neutrality"))

    draft = ProjectFactory(priorities=[climate], status=Status.DRAFT, published_at=None)
    draft.status = Status.PUBLISHED
    draft.full_clean()  # gives it its publication time
    draft.save()
    company = CompanyFactory()
    home = text(client.get("/en/"))
    assert "<dt>Projects</dt><dd>2</dd>" in home
    assert "<dt>EU funding</dt><dd>€700,000</dd>" in home
    assert "<dt>Companies</dt><dd>1</dd>" in home
    assert "<dt>Projects</dt><dd>2</dd>" in text(priority_page(client, "climate-neutrality"))

    company.status = Status.ARCHIVED
    company.save()
    draft.priorities.set([Priority.objects.get(slug="citizens-city")])
    assert "<dt>Companies</dt><dd>0</dd>" in text(client.get("/en/"))
    assert "<dt>Projects</dt><dd>1</dd>" in text(priority_page(client, "climate-neutrality"))
