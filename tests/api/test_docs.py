"""The API's documentation: a valid OpenAPI 3 schema and a Swagger UI page served entirely by the site."""

import re

import pytest
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db

ENDPOINTS = ["projects", "companies", "partners", "priorities", "themes", "municipalities", "sdgs", "funds"]


def test_schema_is_valid_openapi_3_and_lists_every_endpoint(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    validate_schema(schema)  # against the OpenAPI 3 JSON Schema
    for endpoint in ENDPOINTS:
        assert f"/api/v1/{endpoint}/" in schema["paths"]
        assert set(schema["paths"][f"/api/v1/{endpoint}/"]) == {"get"}
    project_parameters = {p["name"] for p in schema["paths"]["/api/v1/projects/"]["get"]["parameters"]}
    catalogue = {"q", "priority", "theme", "state", "area", "subregion", "municipality", "fund", "sdg", "tag"}
    assert catalogue | {"company", "partner", "year", "partners_wanted", "sort", "page", "page_size", "lang"} <= (
        project_parameters
    )


def test_docs_page_loads_everything_from_the_site_under_the_strict_csp(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/") for source in sources), sources
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "an inline script"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy and "unsafe" not in policy


def test_docs_start_up_script_is_a_file_of_the_site(client):
    script_url = re.search(r'<script src="([^"]+script=[^"]*)"', client.get("/api/v1/docs/").content.decode())[1]
    response = client.get(script_url.replace("&amp;", "&"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in response.content.decode()
    assert "validatorUrl" in response.content.decode()  # set to null: no badge from validator.swagger.io
