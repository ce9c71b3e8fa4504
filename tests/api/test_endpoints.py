"""The open data API: every endpoint, the catalogue's filters, languages, paging, CORS and no personal data."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Project
from strategy.models import Priority
from tests.catalogue import catalogue_slugs
from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory

pytestmark = pytest.mark.django_db

# Parameter combinations of the catalogue: single filters, OR within one, AND across, sorts, and invalid values.
CATALOGUE_QUERIES = [
    "",
    "?state=ongoing",
    "?state=ongoing&state=planned",
    "?priority=climate-neutrality",
    "?priority=climate-neutrality&state=completed",
    "?municipality=091&municipality=018",
    "?municipality=091&sdg=7&sdg=13",
    "?area=countryside",
    "?subregion=helsinki&fund=erdf",
    "?tag=tag-1&tag=tag-2",
    "?year=2020",
    "?partners_wanted=1",
    "?company=battery-recyclers",
    "?partner=kth",
    "?q=circular",
    "?q=project+0",
    "?sort=title",
    "?sort=budget&state=planned",
    "?state=nonsense&priority=climate-neutrality",
    "?year=abc&sdg=99",
    "?municipality=091&partners_wanted=true&sort=title",
]


def api_get(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def all_slugs(client, path_and_query: str) -> list[str]:
    """Every project slug of an API list, page after page."""
    slugs = []
    separator = "&" if "?" in path_and_query else "?"
    url = f"{path_and_query}{separator}page_size=7"
    while url:
        page = api_get(client, url)
        slugs += [project["slug"] for project in page["results"]]
        url = page["next"]
    return slugs


class TestTheCatalogueInTheApi:
    """The API over a varied catalogue, built once for the class's tests."""

    @pytest.mark.parametrize("query", CATALOGUE_QUERIES)
    def test_api_lists_the_same_projects_as_the_catalogue(self, client, catalogue_projects, query):
        expected = catalogue_slugs(client, query)
        assert all_slugs(client, f"/api/v1/projects/{query}") == expected
        assert "draft-project" not in expected and "scheduled-project" not in expected

    def test_filters_really_narrow_the_api_list(self, client, catalogue_projects):
        everything = all_slugs(client, "/api/v1/projects/")
        ongoing = all_slugs(client, "/api/v1/projects/?state=ongoing")
        assert len(everything) == 30
        assert 0 < len(ongoing) < len(everything)

    def test_project_entry_has_stable_identifiers_and_its_public_participants(self, client, catalogue_projects):
        ParticipationFactory(project=catalogue_projects[0], company=CompanyFactory(draft=True))
        project = api_get(client, "/api/v1/projects/catalogue-00/")
        assert project["slug"] == "catalogue-00"
        assert project["url"].endswith("/en/projects/catalogue-00/")
        assert project["priorities"] == [Priority.objects.order_by("order").first().slug]
        assert sorted(project["municipalities"]) == ["018", "049"]
        assert len(project["sdgs"]) == 1 and project["sdgs"][0] in {7, 11, 13}
        assert project["tags"] == ["tag-0"]
        assert project["participants"] == [
            {"type": "company", "slug": "battery-recyclers", "name": "Battery Recyclers Oy", "role": "lead"}
        ]
        assert project["total_budget"] == "100000.00"

    def test_unpublished_projects_are_not_found(self, client, catalogue_projects):
        for slug in ["draft-project", "scheduled-project", "no-such-project"]:
            response = client.get(f"/api/v1/projects/{slug}/")
            assert response.status_code == 404
            assert response["Content-Type"] == "application/json"

    def test_no_personal_data_is_published(self, client, catalogue_projects):
        from partners.models import JoinRequest

        join_request = JoinRequest.objects.create(
            organisation="Example Org",
            organisation_type="university",
            country="SE",
            city="Lund",
            contact_name="Anna Andersson",
            email="anna@example.se",
            phone="+46 70 123 45 67",
            message="We would like to join.",
        )
        PartnerFactory(slug="from-request", join_request=join_request)
        paths = ["/api/v1/partners/", "/api/v1/partners/from-request/", "/api/v1/projects/", "/api/v1/companies/"]
        for path in paths:
            body = client.get(path).content.decode()
            for personal in ["Anna Andersson", "anna@example.se", "123 45 67", "join_request", "email", "phone"]:
                assert personal not in body
        schema = client.get("/api/v1/schema/").content.decode()
        assert "JoinRequest" not in schema and "contact_name" not in schema

    def test_pagination_has_page_and_a_capped_page_size(self, client, catalogue_projects):
        page = api_get(client, "/api/v1/projects/?page_size=10&page=2")
        assert page["count"] == 30
        assert len(page["results"]) == 10
        assert page["previous"] and page["next"]
        assert len(api_get(client, "/api/v1/projects/?page_size=1000")["results"]) == 30  # the cap (100) is above 30
        assert len(api_get(client, "/api/v1/projects/")["results"]) == 20
        assert len(api_get(client, "/api/v1/projects/?page_size=abc")["results"]) == 20

    @pytest.mark.parametrize(
        "query",
        [
            "?page=0",
            "?page=999",
            "?page=abc",
            "?year=99999999999999999999",
            "?sdg=-1",
            "?sdg=99999999999999999999",
            "?q=%00",
            "?q=" + "x" * 500,
            "?tag=Not+A+Slug!",
            "?company=" + "&company=".join(f"c{i}" for i in range(30)),
            "?sort=sideways",
            "?lang=%00",
            "?page_size=-5",
        ],
    )
    def test_bad_parameters_never_cause_a_server_error(self, client, catalogue_projects, query):
        response = client.get(f"/api/v1/projects/{query}")
        assert response.status_code in (200, 400, 404)
        assert response["Content-Type"] == "application/json"
        json.loads(response.content)


@pytest.mark.parametrize(
    ("path", "identifier", "expected"),
    [
        ("/api/v1/priorities/", "slug", "climate-neutrality"),
        ("/api/v1/themes/", "slug", None),
        ("/api/v1/municipalities/", "code", "091"),
        ("/api/v1/sdgs/", "number", 13),
        ("/api/v1/funds/", "slug", "erdf"),
    ],
)
def test_taxonomies_are_listed_and_each_entry_found_by_its_identifier(client, path, identifier, expected):
    first_page = api_get(client, f"{path}?page_size=100")
    identifiers = [entry[identifier] for entry in first_page["results"]]
    assert identifiers and first_page["count"] == len(identifiers)
    if expected is not None:
        assert expected in identifiers
    entry = api_get(client, f"{path}{identifiers[0]}/")
    assert entry[identifier] == identifiers[0]


def test_municipalities_and_goals_are_complete(client):
    assert api_get(client, "/api/v1/municipalities/?page_size=100")["count"] == 26
    assert [goal["number"] for goal in api_get(client, "/api/v1/sdgs/?page_size=100")["results"]] == list(range(1, 18))


def test_companies_and_partners_use_their_lists_filters_and_hide_unpublished(client):
    CompanyFactory(slug="open-one", is_open_to_cooperation=True)
    CompanyFactory(slug="closed-one", is_open_to_cooperation=False)
    CompanyFactory(slug="hidden-company", draft=True)
    PartnerFactory(slug="swedish-partner", country="SE")
    PartnerFactory(slug="german-partner", country="DE")
    PartnerFactory(slug="hidden-partner", archived=True)

    assert [c["slug"] for c in api_get(client, "/api/v1/companies/")["results"]] == ["open-one", "closed-one"]
    assert [c["slug"] for c in api_get(client, "/api/v1/companies/?open=1")["results"]] == ["open-one"]
    assert [p["slug"] for p in api_get(client, "/api/v1/partners/?country=DE")["results"]] == ["german-partner"]
    assert client.get("/api/v1/companies/hidden-company/").status_code == 404
    assert client.get("/api/v1/partners/hidden-partner/").status_code == 404
    partner = api_get(client, "/api/v1/partners/swedish-partner/")
    assert partner["country"] == "SE"


def test_language_comes_from_lang_then_accept_language_then_english(client, db):
    ProjectFactory(slug="trilingual", title_en="Smart buses", title_fi="Älykkäät bussit", title_sv="Smarta bussar")

    def title(query="", **headers):
        response = client.get(f"/api/v1/projects/trilingual/{query}", **headers)
        return response.json()["title"], response["Content-Language"]

    assert title() == ("Smart buses", "en")
    assert title("?lang=fi") == ("Älykkäät bussit", "fi")
    assert title(headers={"Accept-Language": "sv-FI,sv;q=0.9"}) == ("Smarta bussar", "sv")
    assert title("?lang=en", headers={"Accept-Language": "fi"}) == ("Smart buses", "en")
    assert title("?lang=xx", headers={"Accept-Language": "de, fi;q=0.5"}) == ("Älykkäät bussit", "fi")
    assert "Accept-Language" in client.get("/api/v1/projects/")["Vary"]
    assert client.get("/api/v1/projects/trilingual/?lang=sv").json()["url"].endswith("/sv/projects/trilingual/")


def test_page_size_is_capped_at_100(client, db):
    Project.objects.bulk_create(ProjectFactory.build_batch(101))
    assert len(api_get(client, "/api/v1/projects/?page_size=500")["results"]) == 100


def test_any_origin_may_read_the_api_but_not_write(client, db):
    response = client.get("/api/v1/projects/", headers={"Origin": "https://example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response

    preflight = client.options(
        "/api/v1/projects/",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert set(preflight["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}

    assert client.post("/api/v1/projects/", {}).status_code == 405
    assert client.delete("/api/v1/projects/x/").status_code == 405


def test_cors_headers_stay_on_the_api(client, db):
    assert "Access-Control-Allow-Origin" not in client.get("/en/projects/", headers={"Origin": "https://example.org"})


def test_head_answers_like_get(client, db):
    response = client.head("/api/v1/projects/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "path",
    ["/api/v1/projects/", "/api/v1/companies/", "/api/v1/partners/", "/api/v1/priorities/", "/api/v1/themes/"],
)
def test_api_lists_run_a_fixed_number_of_queries(client, path):
    def queries_for(count: int) -> int:
        for i in range(count):
            project = ProjectFactory(tags=[f"t{i}", "common"])
            ParticipationFactory(project=project)
            ParticipationFactory(project=project, company=None, partner=PartnerFactory())
            CompanyFactory(capabilities=["iot"])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    few = queries_for(2)
    many = queries_for(8)
    assert few == many
    # Projects: the count, the page, seven prefetches, the content's version and, as the content has just
    # changed, when the next scheduled entry falls due (a query per publishable model) and the five lists of
    # choices that its filters check, both stored in the database cache (five queries each; Redis takes one).
    assert many <= 30
    with CaptureQueriesContext(connection) as again:
        assert client.get(path).status_code == 200
    # The choices are kept until the content changes again: one read of the cache with the version.
    assert len(again) <= (11 if path == "/api/v1/projects/" else many)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/projects/%00/",
        "/api/v1/projects/a%C3%A4/",
        "/api/v1/municipalities/91/",
        "/api/v1/sdgs/99999999999999999999/",
        "/api/v1/sdgs/0/",
    ],
)
def test_identifiers_that_cannot_exist_are_not_found(client, path):
    assert client.get(path).status_code == 404
