"""What a crawler finds: every public page in the sitemap, in every language, and robots.txt's rules."""

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory
from tests.html import sitemap_entries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fi", "sv"]


@pytest.fixture
def site(footer_pages):
    project = ProjectFactory(slug="hydrogen-valley")
    ParticipationFactory(project=project, company=CompanyFactory(slug="vety"))
    ParticipationFactory(project=project, company=None, partner=PartnerFactory(slug="kth"))


@pytest.mark.parametrize("path", ["partners/join/", "strategy/figures/"])
def test_sitemap_lists_a_section_in_every_language_with_its_other_versions(client, site, path):
    entries = sitemap_entries(client)

    for language in LANGUAGES:
        alternates = entries[f"http://testserver/{language}/{path}"]
        assert {code: alternates[code] for code in LANGUAGES} == {
            code: f"http://testserver/{code}/{path}" for code in LANGUAGES
        }


def test_every_address_in_the_sitemap_is_a_public_page(client, site):
    paths = {urlsplit(loc).path for loc in sitemap_entries(client)}

    assert len(paths) >= 3 * 15
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("text/html"), path


def test_sitemap_leaves_out_feeds_and_searches(client, site):
    paths = {urlsplit(loc).path for loc in sitemap_entries(client)}

    assert not [path for path in paths if "/feeds/" in path or "/search/" in path]


def robots(client) -> RobotFileParser:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return parser


def test_robots_txt_lets_crawlers_read_the_pages_and_feeds_but_not_searches_the_api_or_the_admin(client):
    rules = robots(client)

    for path in ["/", "/en/", "/fi/projects/?priority=climate-neutrality", "/sv/partners/kth/", "/en/feeds/projects/"]:
        assert rules.can_fetch("*", path), path
    for path in [
        "/en/search/?q=vety",
        "/fi/search/",
        "/sv/search/?q=a",
        "/api/v1/projects/",
        "/admin/",
        "/en/projects/export.csv",
        "/fi/projects/export.json?priority=climate-neutrality",
    ]:
        assert not rules.can_fetch("*", path), path


def test_robots_txt_does_not_reveal_a_custom_admin_address(client, settings):
    settings.ADMIN_URL = "curation-7f3a/"

    body = client.get("/robots.txt").content.decode()

    assert "curation-7f3a" not in body
    assert "/admin/" not in body


def test_robots_txt_names_the_sitemap_at_the_sites_address(client, settings):
    settings.SITE_URL = "https://smartregion.example"

    assert robots(client).site_maps() == ["https://smartregion.example/sitemap.xml"]
