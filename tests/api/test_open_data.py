"""The open data can be found: every page links the API's documentation and the licence, /api/v1/ leads to its
documentation and schema, the schema says what the API answers, and the downloads hold text, not markup."""

import csv
import io
import json
import re

import pytest

from tests.factories import ProjectFactory
from tests.html import links

pytestmark = pytest.mark.django_db

LICENCE = "https://creativecommons.org/licenses/by/4.0/"


@pytest.mark.parametrize("path", ["/en/", "/fi/partners/", "/en/no-such-page/"])
def test_every_page_links_the_api_documentation_and_the_data_licence(client, footer_pages, path):
    page_links = links(client.get(path))

    assert any(href == "/api/v1/docs/" for href, _text in page_links)
    assert any(href == LICENCE and "CC BY 4.0" in label for href, label in page_links)


def test_api_root_leads_to_its_documentation_schema_and_licence(client):
    response = client.get("/api/v1/")
    root = response.json()

    assert root["docs"] == "http://testserver/api/v1/docs/"
    assert root["schema"] == "http://testserver/api/v1/schema/"
    assert root["licence"] == {"name": "CC BY 4.0", "url": LICENCE}
    assert root["projects"] == "http://testserver/api/v1/projects/"
    assert '<http://testserver/api/v1/docs/>; rel="service-doc"' in response["Link"]
    assert '<http://testserver/api/v1/schema/>; rel="service-desc"' in response["Link"]
    assert client.get(root["docs"]).status_code == 200
    assert client.get(root["schema"]).status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1/projects/", "/api/v1/sdgs/7/", "/en/projects/export.csv"])
def test_api_and_downloads_name_the_licence(client, path):
    assert f'<{LICENCE}>; rel="license"' in client.get(path)["Link"]


@pytest.fixture(scope="module")
def schema(django_db_setup, django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        return Client().get("/api/v1/schema/").json()


def test_schema_states_the_licence(schema):
    assert schema["info"]["license"] == {"name": "CC BY 4.0", "url": LICENCE}


def test_schema_lists_the_404_of_every_operation_that_can_answer_it(schema):
    """Every list (past its last page) and every entry (by an identifier no entry has); not the figures."""
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            can_be_missing = path != "/api/v1/figures/"
            assert ("404" in operation["responses"]) == can_be_missing, f"{method.upper()} {path}"
    assert schema["components"]["schemas"]["NotFound"]["properties"]["detail"]["type"] == "string"


def test_schema_gives_the_languages_served_and_the_bounds_of_goals_and_years(schema):
    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/projects/"]["get"]["parameters"]}

    for operations in schema["paths"].values():
        lang = next(p for p in operations["get"]["parameters"] if p["name"] == "lang")
        assert lang["schema"]["enum"] == ["en", "fi", "sv"]
    assert parameters["sdg"]["items"] | {"type": "integer"} == {"type": "integer", "minimum": 1, "maximum": 17}
    assert parameters["year"] == {"type": "integer", "minimum": 1990, "maximum": 2100}


def test_api_answers_404_as_the_schema_says(client, schema):
    ProjectFactory(slug="one")
    for path in ["/api/v1/projects/no-such-project/", "/api/v1/projects/?page=9", "/api/v1/sdgs/18/"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert set(response.json()) == {"detail"}


RICH = "<p>Smart &amp; clean <strong>buses</strong>.</p><h3>Work</h3><ul><li><p>Pilots</p></li><li>Depots</li></ul>"
PLAIN = "Smart & clean buses.\nWork\n\N{BULLET} Pilots\n\N{BULLET} Depots"


def test_downloads_hold_plain_text_where_the_api_holds_rich_text(client):
    ProjectFactory(slug="rich", description=RICH, results="<p>Two&nbsp;depots<br>and a guide.</p>")

    csv_text = b"".join(client.get("/en/projects/export.csv").streaming_content).decode().removeprefix("\ufeff")
    (row,) = csv.DictReader(io.StringIO(csv_text))
    (entry,) = json.loads(b"".join(client.get("/en/projects/export.json").streaming_content))

    for exported in (row, entry):
        assert exported["description"] == PLAIN
        assert exported["results"] == "Two depots\nand a guide."
        assert not re.search(r"<|&\w+;", exported["description"] + exported["results"])
    assert client.get("/api/v1/projects/rich/").json()["description"].startswith("<p>Smart &amp; clean")
