"""The catalogue's downloads: every matching project, streamed, in the catalogue's order, as the API shows it."""

import csv
import io
import json

import pytest

from tests.catalogue import catalogue_slugs
from tests.conftest import shared_rows
from tests.factories import ProjectFactory
from tests.html import links

pytestmark = pytest.mark.django_db


def download(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.streaming
    return response, b"".join(response.streaming_content).decode("utf-8")


def csv_rows(client, query=""):
    response, text = download(client, f"/en/projects/export.csv{query}")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="projects.csv"' in response["Content-Disposition"]
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def json_rows(client, query=""):
    response, text = download(client, f"/en/projects/export.json{query}")
    assert response["Content-Type"] == "application/json"
    return json.loads(text)


def api_slugs(client, query=""):
    slugs, url = [], f"/api/v1/projects/{query}{'&' if query else '?'}page_size=100"
    while url:
        page = client.get(url).json()
        slugs += [project["slug"] for project in page["results"]]
        url = page["next"]
    return slugs


@pytest.fixture(scope="class")
def many_projects(django_db_setup, django_db_blocker):
    """120 projects, more than any page of the catalogue or the API, half of them ongoing (built once a class)."""
    yield from shared_rows(
        django_db_blocker,
        lambda: [
            ProjectFactory(
                slug=f"many-{i:03d}", state="ongoing" if i % 2 else "planned", is_looking_for_partners=i % 3 == 0
            )
            for i in range(120)
        ],
    )


class TestManyProjects:
    """Downloads of more projects than a page holds, built once for the class's tests."""

    @pytest.mark.parametrize("query", ["", "?state=ongoing", "?state=ongoing&partners_wanted=1&sort=title", "?page=3"])
    def test_exports_hold_every_matching_row_in_the_catalogues_order(self, client, many_projects, query):
        expected = catalogue_slugs(client, query.replace("?page=3", ""))
        assert [row["slug"] for row in csv_rows(client, query)] == expected
        assert [row["slug"] for row in json_rows(client, query)] == expected
        assert api_slugs(client, query.replace("?page=3", "")) == expected
        if not query:
            assert len(expected) == 120

    @pytest.mark.parametrize("query", ["?q=hydrogen", "?q=hydrogen+buses", "?q=hydrogen&sort=title&state=ongoing"])
    def test_exports_of_a_search_hold_what_the_catalogue_found_in_its_order(self, client, many_projects, query):
        """The catalogue and the exports read the same search: the same rows, in the same order."""
        for i in range(45):
            where = [
                {"title": f"Hydrogen buses {i:02d}"},
                {"summary": f"Hydrogen for the port, {i:02d}."},
                {"description": f"<p>Buses that run on hydrogen ({i:02d}).</p>"},
            ][i % 3]
            ProjectFactory(slug=f"hydrogen-{i:02d}", state="ongoing" if i % 2 else "planned", **where)

        expected = catalogue_slugs(client, query)

        assert len(expected) > 12  # more than the catalogue's first page
        assert set(expected) <= {f"hydrogen-{i:02d}" for i in range(45)}
        assert [row["slug"] for row in csv_rows(client, query)] == expected
        assert [row["slug"] for row in json_rows(client, query)] == expected


class TestTheCatalogueDownloads:
    """Downloads of a varied catalogue, built once for the class's tests."""

    def test_json_export_is_the_apis_project_representation(self, client, catalogue_projects):
        exported = {row["slug"]: row for row in json_rows(client, "?priority=climate-neutrality")}
        listed = {
            row["slug"]: row for row in client.get("/api/v1/projects/?priority=climate-neutrality").json()["results"]
        }
        assert exported == listed

    def test_csv_export_has_a_header_and_flattens_lists(self, client, catalogue_projects):
        rows = csv_rows(client, "?company=battery-recyclers")
        assert len(rows) == 1
        row = rows[0]
        assert row["slug"] == "catalogue-00"
        assert row["participants"] == "company:battery-recyclers (lead)"
        assert row["tags"] == "tag-0"
        assert sorted(row["municipalities"].split("; ")) == ["018", "049"]
        assert row["is_looking_for_partners"] == "true"
        assert row["end_date"] == "2026-12-31"

    def test_unpublished_projects_are_not_exported(self, client, catalogue_projects):
        slugs = {row["slug"] for row in json_rows(client)}
        assert "draft-project" not in slugs and "scheduled-project" not in slugs
        assert len(slugs) == 30

    def test_catalogue_links_to_the_exports_of_its_current_query(self, client, catalogue_projects):
        response = client.get("/en/projects/?state=ongoing&page=2")
        hrefs = [href for href, _text in links(response) if "/export." in href]
        assert hrefs == [
            "/en/projects/export.csv?state=ongoing&page=2",
            "/en/projects/export.json?state=ongoing&page=2",
        ]


def test_exports_are_in_the_language_of_the_page(client, db):
    ProjectFactory(slug="kielet", title_en="Smart buses", title_fi="Älykkäät bussit", title_sv="Smarta bussar")
    _response, text = download(client, "/fi/projects/export.csv")
    assert "Älykkäät bussit" in text
    assert "/fi/projects/kielet/" in text
    assert json.loads(download(client, "/sv/projects/export.json")[1])[0]["title"] == "Smarta bussar"


def test_csv_export_defuses_spreadsheet_formulas(client, db):
    ProjectFactory(slug="formula", title='=HYPERLINK("http://evil.example")')
    assert csv_rows(client)[0]["title"].startswith("'=")


def test_csv_export_defuses_a_formula_heading_a_list_cell(client, db):
    ProjectFactory(slug="formula-tag", tags=['=HYPERLINK("http://evil.example")'])
    assert csv_rows(client)[0]["tags"].startswith("'=")


def test_empty_result_offers_no_download(client, db):
    response = client.get("/en/projects/?state=completed")
    assert not [href for href, _text in links(response) if "/export." in href]
    assert json_rows(client, "?state=completed") == []
