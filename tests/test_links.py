"""Absolute links name the site's address: DJANGO_SITE_URL when it is set, else the host a request came to.

A newcomer who serves the demo on another port, or a server reached under two names, gets links that work.
"""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import ProjectFactory
from tests.html import html

pytestmark = pytest.mark.django_db

ICON = Path(settings.BASE_DIR, "static", "img", "favicon.ico").read_bytes()


@pytest.fixture
def project(footer_pages):
    return ProjectFactory(slug="hyva", title="Hydrogen Valley")


def absolute_links(client, host) -> dict[str, list[str]]:
    """The absolute links to the site itself that each kind of document holds, asked for on `host`."""
    get = lambda path: client.get(path, HTTP_HOST=host)  # noqa: E731
    page = html(get("/en/projects/hyva/"))
    feed = get("/en/feeds/projects/").content.decode()
    export = get("/en/projects/export.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode().removeprefix("\ufeff"))))
    index = get("/sitemap.xml").content.decode()
    section = get("/sitemap-projects.xml").content.decode()
    structured = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    return {
        "canonical": re.findall(r'<link rel="canonical" href="([^"]+)"', page),
        "hreflang": re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', page),
        "opengraph": re.findall(r'<meta property="og:(?:url|image)" content="([^"]+)"', page),
        "structured data": [structured["url"]],
        "feed": re.findall(r'(?:href="|<id>|<icon>)(http[^"<]+)', feed),
        "export": [row["url"] for row in rows],
        "api": [item["url"] for item in get("/api/v1/projects/").json()["results"]],
        "sitemap": re.findall(r"<loc>([^<]+)</loc>", index) + re.findall(r'(?:<loc>|href=")(http[^"<]+)', section),
        "robots.txt": re.findall(r"Sitemap: (\S+)", get("/robots.txt").content.decode()),
    }


@pytest.mark.parametrize("host", ["localhost:8001", "127.0.0.1:9000"])
def test_without_a_site_url_links_name_the_host_the_request_came_to(client, settings, project, host):
    settings.SITE_URL = ""

    for kind, found in absolute_links(client, host).items():
        assert found, f"no {kind} links"
        assert all(link.startswith(f"http://{host}/") for link in found), f"{kind}: {found}"
    feed = client.get("/en/feeds/projects/", HTTP_HOST=host).content.decode()
    assert f"tag:{host.split(':')[0]},2025:project/{project.pk}/en" in feed


def test_with_a_site_url_links_name_it_whatever_the_host(client, settings, project):
    settings.SITE_URL = "https://smartregion.example/"

    for kind, found in absolute_links(client, "localhost:8001").items():
        assert found, f"no {kind} links"
        assert all(link.startswith("https://smartregion.example/") for link in found), f"{kind}: {found}"


def test_kept_page_is_kept_apart_for_each_host(client, settings, project):
    settings.SITE_URL = ""
    settings.PAGE_CACHE = True

    for host in ["localhost:8001", "127.0.0.1:9000", "localhost:8001"]:
        page = html(client.get("/en/projects/hyva/", HTTP_HOST=host))
        assert f'<link rel="canonical" href="http://{host}/en/projects/hyva/">' in page


@pytest.mark.parametrize("host", ["localhost:8001", "127.0.0.1", "testserver"])
def test_favicon_answers_with_the_sites_icon_on_every_host(client, settings, host):
    settings.SITE_URL = "https://smartregion.example"

    response = client.get("/favicon.ico", HTTP_HOST=host)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content == ICON
    assert client.head("/favicon.ico", HTTP_HOST=host).status_code == 200


@pytest.mark.parametrize("path", ["/en/", "/en/projects/", "/fi/no-such-page/", "/api/v1/docs/"])
def test_every_page_names_the_icon(client, footer_pages, path):
    assert '<link rel="icon" href="/favicon.ico"' in html(client.get(path))


def test_feed_names_the_icon(client, settings, project):
    settings.SITE_URL = "https://smartregion.example"

    assert "<icon>https://smartregion.example/favicon.ico</icon>" in client.get("/en/feeds/projects/").content.decode()
