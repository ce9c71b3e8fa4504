"""The region's figures (/strategy/figures/): each chart counts what the catalogue lists behind its bars."""

import csv
import datetime
import io
import re
from decimal import Decimal
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.models import CompanyKind, Sector
from core.publishing import Status
from projects.models import Fund, Project, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.conftest import shared_rows
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory
from tests.html import chart_table, html, link_to, links, result_count

pytestmark = pytest.mark.django_db

CHARTS = ["priority", "theme", "state", "year", "fund", "area", "subregion", "municipality", "sdg"]


def varied_projects():
    priorities = list(Priority.objects.order_by("order"))
    themes = list(Theme.objects.order_by("pk")[:3])
    places = list(Municipality.objects.filter(code__in=["091", "049", "018", "638", "235"]).order_by("code"))
    goals = list(SustainableDevelopmentGoal.objects.filter(number__in=[7, 11, 13]))
    funds = list(Fund.objects.filter(slug__in=["erdf", "horizon-europe", "esf-plus"]))
    states = list(ProjectState)
    for i in range(14):
        ProjectFactory(
            title=f"{['Hydrogen', 'Heat', 'Bus'][i % 3]} pilot {i}",
            state=states[i % 3],
            start_date=datetime.date(2020 + i % 5, 3, 1),
            end_date=datetime.date(2025 + i % 4, 6, 30),
            total_budget=Decimal(100_000 * (i + 1)),
            eu_contribution=None if i % 5 == 4 else Decimal(40_000 * (i + 1)),
            priorities=priorities[: 1 + i % 3],
            themes=[themes[i % 3]] if i % 4 else [],
            municipalities=[places[i % 5], places[(i + 2) % 5]] if i % 6 else [],
            sdgs=goals[: i % 4],
            funds=[funds[i % 3]],
        )
    for i, (country, kind) in enumerate(
        [("SE", "university"), ("SE", "region"), ("EE", "university"), ("DE", "company")]
    ):
        PartnerFactory(name=f"Partner {i}", country=country, organisation_type=kind)
    PartnerFactory(name="Draft partner", country="NO", draft=True)
    for i, (sector, kind) in enumerate(
        [(Sector.J, CompanyKind.SME), (Sector.C, CompanyKind.STARTUP), (Sector.J, CompanyKind.SME)]
    ):
        CompanyFactory(name=f"Company {i}", sector=sector, kind=kind)
    CompanyFactory(name="Draft company", sector=Sector.F, draft=True)
    hidden = {"priorities": priorities, "municipalities": places, "funds": funds, "sdgs": goals}
    ProjectFactory(status=Status.DRAFT, published_at=None, total_budget=Decimal(9_999_999), **hidden)
    ProjectFactory(published_at=datetime.datetime(2999, 1, 1, tzinfo=datetime.UTC), **hidden)


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """Fourteen public projects and two hidden ones, built once for the module, whose every test reads them."""
    yield from shared_rows(django_db_blocker, varied_projects)


def euros(text: str) -> Decimal:
    """€1,234 or 1 234 € as a number."""
    return Decimal(re.sub(r"[^\d]", "", text) or 0)


def catalogue_projects(client, href: str) -> list[Project]:
    response = client.get(href)
    assert response.status_code == 200
    return list(response.context["paginator"].object_list)


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", ""), ("fi", "?priority=climate-neutrality&state=ongoing"), ("sv", "?q=hydrogen&sdg=7&sdg=11")],
)
def test_each_bar_counts_and_sums_the_projects_of_the_catalogue_it_links_to(client, catalogue, language, query):
    response = client.get(f"/{language}/strategy/figures/{query}")
    assert response.status_code == 200

    for chart in CHARTS:
        rows = chart_table(response, chart)
        assert rows, f"the chart {chart} has no rows"
        for row in rows:
            assert row["href"].startswith(f"/{language}/projects/?")
            listed = catalogue_projects(client, row["href"])
            assert row["count"] == len(listed), (chart, row)
            assert euros(row["eu"]) == sum(p.eu_contribution or 0 for p in listed), (chart, row)
            assert euros(row["budget"]) == sum(p.total_budget or 0 for p in listed), (chart, row)
            if chart == "year":
                year = int(row["label"])
                assert int(row["started"]) == sum(p.start_date.year == year for p in listed), row
                completed = [p for p in listed if p.state == ProjectState.COMPLETED and p.end_date.year == year]
                assert int(row["completed"]) == len(completed), row


@pytest.mark.parametrize("chart", ["partner-country", "partner-type", "company-sector", "company-kind"])
def test_the_networks_charts_count_what_the_partner_and_company_lists_list(client, catalogue, chart):
    rows = chart_table(client.get("/fi/strategy/figures/?state=ongoing"), chart)

    assert rows
    for row in rows:
        assert row["href"].startswith(("/fi/partners/?", "/fi/companies/?"))
        assert row["count"] == result_count(client.get(row["href"])), row
    assert sum(row["count"] for row in rows) == (4 if chart.startswith("partner") else 3)


def test_the_totals_are_the_catalogues_result_and_lead_to_it(client, catalogue):
    response = client.get("/en/strategy/figures/?state=completed&fund=erdf&fund=esf-plus")
    catalogue_url = link_to(response, f"See these {result_count_of(client, response)} projects in the catalogue")

    listed = catalogue_projects(client, catalogue_url)
    assert "state=completed" in catalogue_url and "fund=erdf" in catalogue_url and "fund=esf-plus" in catalogue_url
    figures = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", html(response)))
    assert int(figures["Projects"]) == len(listed)
    assert euros(figures["EU funding"]) == sum(p.eu_contribution or 0 for p in listed)


def result_count_of(client, figures_response) -> int:
    return int(dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", html(figures_response)))["Projects"])


def test_the_catalogue_and_the_figures_lead_to_each_other_with_the_same_filters(client, catalogue):
    listing = client.get("/en/projects/?priority=climate-neutrality&sdg=7&page=2&sort=title")
    to_charts = link_to(listing, "See these results as charts")
    assert to_charts == "/en/strategy/figures/?priority=climate-neutrality&sdg=7"

    charts = client.get(to_charts)
    back = link_to(charts, f"See these {result_count_of(client, charts)} projects in the catalogue")
    assert result_count(client.get(back)) == result_count(client.get("/en/projects/?priority=climate-neutrality&sdg=7"))


def test_home_strategy_and_priority_pages_link_the_figures(client, catalogue):
    assert "/en/strategy/figures/" in [href for href, _text in links(client.get("/en/"))]
    assert "/en/strategy/figures/" in [href for href, _text in links(client.get("/en/strategy/"))]
    priority = client.get("/fi/strategy/climate-neutrality/")
    assert "/fi/strategy/figures/?priority=climate-neutrality" in [href for href, _text in links(priority)]


def test_the_bars_show_the_measure_chosen(client, catalogue):
    by_projects = html(client.get("/en/strategy/figures/"))
    by_funding = html(client.get("/en/strategy/figures/?measure=funding"))
    unknown = html(client.get("/en/strategy/figures/?measure=<b>height</b>"))

    assert "The bars show the number of projects." in by_projects and "The bars show EU funding." in by_funding
    assert re.search(r'<span class="bar-value">€[\d,]+</span>', by_funding)
    assert "The bars show the number of projects." in unknown and "<b>height</b>" not in unknown
    assert 'value="funding" checked' in by_funding and 'value="projects" checked' in by_projects


def test_each_chart_downloads_as_csv_with_the_tables_figures(client, catalogue):
    query = "?priority=climate-neutrality&measure=funding"
    page = client.get(f"/en/strategy/figures/{query}")
    for chart in CHARTS:
        download = link_to(page, f"Download “{chart_title(page, chart)}” (CSV)")
        assert download == f"/en/strategy/figures/{chart}.csv?priority=climate-neutrality"
        response = client.get(download)
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert 'rel="license"' in response["Link"]
        rows = list(csv.DictReader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))
        table = chart_table(page, chart)
        assert [row["label"] for row in rows] == [row["label"] for row in table]
        assert [int(row["projects"]) for row in rows] == [row["count"] for row in table]
        assert [Decimal(row["eu_funding"]) for row in rows] == [euros(row["eu"]) for row in table]
        assert [row["list"] for row in rows] == [f"http://testserver{row['href']}" for row in table]


def chart_title(response, chart: str) -> str:
    return re.search(rf'<h[23] id="chart-{chart}-title">([^<]+)</h[23]>', html(response))[1]


@pytest.mark.parametrize("path", ["/en/strategy/figures/nothing.csv", "/en/strategy/figures/total.csv"])
def test_an_unknown_chart_is_not_found(client, catalogue, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("query", ["?priority=junk", "?year=20x0&sdg=99", "?q=" + "x" * 300, "?page=abc&measure="])
def test_values_that_do_not_validate_are_ignored_and_said_so(client, catalogue, query):
    response = client.get(f"/en/strategy/figures/{query}")
    assert response.status_code == 200
    assert [row["count"] for row in chart_table(response, "state")] == [
        row["count"] for row in chart_table(client.get("/en/strategy/figures/"), "state")
    ]
    if "page" not in query:
        assert "could not be used and were ignored" in html(response)


def test_a_published_change_shows_in_the_figures_at_once(client, catalogue):
    before = {row["label"]: row["count"] for row in chart_table(client.get("/en/strategy/figures/"), "state")}
    Project.objects.filter(status=Status.PUBLISHED, state=ProjectState.PLANNED).first().delete()
    after = {row["label"]: row["count"] for row in chart_table(client.get("/en/strategy/figures/"), "state")}
    assert after["Planned"] == before["Planned"] - 1


def test_the_page_answers_head_and_refuses_post(client, catalogue):
    assert client.head("/en/strategy/figures/").status_code == 200
    assert client.post("/en/strategy/figures/").status_code == 405


def test_the_figures_run_the_same_few_queries_for_3_and_30_projects(client, db):
    """The first request after a change counts everything in a fixed number of queries; the next ones read it."""

    def queries(count):
        for i in range(count):
            ProjectFactory(priorities=list(Priority.objects.all()[: 1 + i % 3]))
        counted = []
        for _request in ("first", "again"):
            with CaptureQueriesContext(connection) as captured:
                assert client.get("/en/strategy/figures/?state=ongoing").status_code == 200
            counted.append(len(captured))
        return counted

    first, again = queries(3)
    assert queries(27) == [first, again]
    assert again <= 10


@pytest.mark.parametrize("query", ["", "?priority=climate-neutrality&state=ongoing", "?year=2022&q=heat"])
def test_the_api_gives_the_figures_of_the_page(client, catalogue, query):
    response = client.get(f"/api/v1/figures/{query}{'&' if query else '?'}lang=fi")
    page = client.get(f"/fi/strategy/figures/{query}")

    assert response.status_code == 200 and response["Content-Language"] == "fi"
    figures = response.json()
    assert figures["projects"] == result_count(client.get(f"/fi/projects/{query}"))
    for chart in figures["charts"] + figures["network"]:
        table = chart_table(page, chart["name"])
        assert [bar["label"] for bar in chart["bars"]] == [row["label"] for row in table]
        assert [bar["count"] for bar in chart["bars"]] == [row["count"] for row in table]
        assert [bar["url"] for bar in chart["bars"]] == [f"http://testserver{row['href']}" for row in table]
        if chart["counted"] == "projects":
            assert [Decimal(bar["eu_funding"]) for bar in chart["bars"]] == [euros(row["eu"]) for row in table]


def test_the_api_lists_and_documents_its_figures(client, catalogue):
    assert client.get("/api/v1/").json()["figures"] == "http://testserver/api/v1/figures/"
    operation = client.get("/api/v1/schema/").json()["paths"]["/api/v1/figures/"]["get"]
    assert {"lang", "priority", "year", "sdg", "q"} <= {parameter["name"] for parameter in operation["parameters"]}
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Figures"
    }
    assert {"charts", "network"} <= set(
        client.get("/api/v1/schema/").json()["components"]["schemas"]["Figures"]["properties"]
    )
    assert client.get("/api/v1/figures/?year=abc&sdg=99&priority=junk").status_code == 200


def map_marks(response) -> list[tuple[str, str]]:
    """The map's links: (address, what a screen reader hears)."""
    page = html(response)
    start = page.index('id="map-uusimaa"')
    return re.findall(r'<a href="([^"]+)" aria-label="([^"]+)">', page[start : page.index("</figure>", start)])


@pytest.mark.parametrize(("language", "query"), [("en", ""), ("sv", "?priority=citizens-city&state=planned")])
def test_the_map_marks_every_municipality_with_the_count_its_filter_gives(client, catalogue, language, query):
    response = client.get(f"/{language}/strategy/figures/{query}")
    marks = map_marks(response)

    assert len(marks) == 26
    for href, label in marks:
        href = unescape(href)
        assert re.search(r"[?&]municipality=\d{3}(&|$)", href)
        count = int(re.search(r": (\d+) ", unescape(label))[1])
        assert count == result_count(client.get(href)), label
    shown = {unescape(label) for _href, label in marks}
    assert {f"{row['label']}: {row['count']} {'projects' if language == 'en' else 'projekt'}"
            for row in chart_table(response, "municipality") if row["count"] != 1} <= shown  # fmt: skip


def test_the_map_tells_towns_from_the_countryside_by_shape(client, catalogue):
    page = html(client.get("/en/strategy/figures/"))
    start = page.index('id="map-uusimaa"')
    drawing = page[start : page.index("</figure>", start)]
    assert drawing.count('<rect class="dot dot-town"') == Municipality.objects.filter(is_town=True).count()
    assert drawing.count('<circle class="dot dot-countryside"') == Municipality.objects.filter(is_town=False).count()
    assert "Town (Smart City)" in drawing and "Rural municipality (Smart Countryside)" in drawing
