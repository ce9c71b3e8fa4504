"""Every public page answers a visitor, with the content that makes it that page."""

import json

import pytest

from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory, StrategyPageFactory
from tests.html import links, sitemap_entries, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(footer_pages):
    """A small public site: a project with a company and a partner taking part."""
    project = ProjectFactory(title="Hydrogen Valley", slug="hydrogen-valley", is_featured=True)
    ParticipationFactory(project=project, company=CompanyFactory(name="Vety Oy", slug="vety"))
    ParticipationFactory(project=project, company=None, partner=PartnerFactory(name="KTH", slug="kth"))
    return project


@pytest.mark.parametrize(
    ("url", "visible"),
    [
        ("/en/", "Smart City + Smart Countryside = Smart Region"),
        ("/en/projects/", "Hydrogen Valley"),
        ("/en/projects/hydrogen-valley/", "Hydrogen Valley"),
        ("/en/companies/", "Vety Oy"),
        ("/en/companies/vety/", "Vety Oy"),
        ("/en/partners/", "KTH"),
        ("/en/partners/kth/", "KTH"),
        ("/en/strategy/", "Resource-wise Helsinki-Uusimaa"),
        ("/en/strategy/climate-neutrality/", "Climate Neutrality"),
        ("/en/strategy/citizens-city/", "Citizens' City"),
        ("/en/strategy/industrial-modernisation/", "Industrial Modernisation"),
        ("/en/about/", "About"),
        ("/en/contact/", "Contact"),
        ("/en/privacy/", "Privacy notice"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/en/search/?q=hydrogen", "Hydrogen Valley"),
        ("/en/search/", "Search the portal"),
    ],
)
def test_public_page_renders_for_a_visitor(client, site, url, visible):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "<h1" in response.content.decode()
    assert visible in text(response)


def test_every_page_links_to_the_footer_pages(client, site):
    page = text(client.get("/en/"))

    for slug, title in [("accessibility", "Accessibility statement"), ("privacy", "Privacy notice")]:
        assert f'href="/en/{slug}/">{title}</a>' in page


def test_home_shows_featured_projects_figures_and_the_three_priorities(client, site):
    page = text(client.get("/en/"))

    assert "Featured projects" in page
    assert 'href="/en/projects/hydrogen-valley/">Hydrogen Valley</a>' in page
    assert "<dt>Projects</dt><dd>1</dd>" in page
    assert "<dt>Companies</dt><dd>1</dd>" in page
    assert "<dt>Partners</dt><dd>1</dd>" in page
    assert "<dt>EU funding</dt><dd>€400,000</dd>" in page
    for name in ["Climate Neutrality", "Citizens' City", "Industrial Modernisation"]:
        assert name in page


def test_home_leaves_out_projects_that_are_not_featured(client, site):
    ProjectFactory(title="Quiet project", is_featured=False)

    assert "Quiet project" not in text(client.get("/en/"))


def test_strategy_page_shows_each_priority_with_its_themes(client):
    page = text(client.get("/en/strategy/"))

    for priority in ["Climate Neutrality", "Citizens' City", "Industrial Modernisation"]:
        assert f">{priority}</a>" in page
    assert 'href="/en/projects/?theme=smart-mobility">Smart mobility</a>' in page
    assert 'href="/en/projects/?theme=quantum-and-deep-tech">Quantum and deep tech</a>' in page


def test_strategy_page_shows_its_body(client):
    StrategyPageFactory(slug="about", title="About the region", body="<h2>Uusimaa</h2><p>26 municipalities.</p>")

    page = text(client.get("/en/about/"))

    assert "<h1>About the region</h1>" in page
    assert "<h2>Uusimaa</h2><p>26 municipalities.</p>" in page


@pytest.mark.parametrize(
    "url", ["/en/no-such-page/", "/en/projects/no-such-project/", "/en/strategy/no-such-priority/"]
)
def test_unknown_address_answers_not_found_with_ways_back(client, url):
    response = client.get(url)

    assert response.status_code == 404
    assert "Page not found" in text(response)
    assert ("/en/projects/", "Browse the projects") in links(response)


def test_search_lists_matches_by_kind_with_a_count(client, site):
    response = client.get("/en/search/?q=kth")
    page = text(response)

    assert "1 result for “kth”" in page
    assert "<h3>Partners</h3>" in page
    assert 'href="/en/partners/kth/">KTH</a>' in page
    assert "Hydrogen Valley" not in page


def test_search_without_matches_suggests_browsing_the_projects(client, site):
    page = text(client.get("/en/search/?q=zeppelin"))

    assert "0 results for “zeppelin”" in page
    assert "Nothing found." in page


def test_sitemap_lists_the_public_pages_in_every_language(client, site):
    response = client.get("/sitemap.xml")
    locations = sitemap_entries(client)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    for path in [
        "/",
        "/projects/",
        "/projects/hydrogen-valley/",
        "/companies/vety/",
        "/partners/kth/",
        "/strategy/citizens-city/",
        "/accessibility/",
    ]:
        for language in ["en", "fi", "sv"]:
            assert f"http://testserver/{language}{path}" in locations


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(client, settings):
    settings.SITE_URL = "https://smartregion.example/"

    response = client.get("/robots.txt")
    body = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in body
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://smartregion.example/sitemap.xml" in body


def test_healthz_answers_ok_without_caching(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_ok_when_the_database_answers(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "up"}


def test_readyz_answers_unavailable_when_the_database_does_not(client, monkeypatch):
    class DownDatabase:
        def cursor(self):
            raise ConnectionError("database is down")

    monkeypatch.setattr("portal.views.connection", DownDatabase())

    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "unavailable", "database": "down"}


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def public_addresses(client) -> list[str]:
    """Every address a visitor or a crawler may GET: the sitemap's (every language), the sitemap itself, the lists
    with filters and a search, the join form, robots.txt, the feed, the downloads and the API."""
    sitemap_addresses = [
        address.removeprefix("http://testserver")
        for loc, versions in sitemap_entries(client).items()
        for address in (loc, *versions.values())
    ]
    return sorted(
        {
            *sitemap_addresses,
            "/sitemap.xml",
            "/sitemap-projects.xml",
            "/robots.txt",
            "/healthz",
            "/readyz",
            "/en/projects/?priority=climate-neutrality&page=1",
            "/en/companies/?q=vety",
            "/en/partners/?country=SE",
            "/en/search/?q=hydrogen",
            "/en/partners/join/",
            "/en/partners/join/?project=hydrogen-valley",
            "/en/feeds/projects/",
            "/en/projects/export.csv",
            "/en/projects/export.json",
            "/api/v1/",
            "/api/v1/projects/",
            "/api/v1/projects/hydrogen-valley/",
            "/api/v1/schema/",
            "/api/v1/docs/",
            "/en/no-such-page/",
        }
    )


def test_every_address_that_answers_get_answers_head_alike_without_a_body(client, site):
    addresses = public_addresses(client)
    assert len(addresses) > 40

    answers = {address: (client.get(address), client.head(address)) for address in addresses}

    differ = {
        address: (get.status_code, head.status_code)
        for address, (get, head) in answers.items()
        if (head.status_code, head["Content-Type"]) != (get.status_code, get["Content-Type"]) or body(head)
    }
    assert differ == {}, "GET and HEAD answer differently (or HEAD with a body)"
