"""Facet counts: the number beside each filter option is the result count of the choice it promises."""

import datetime
from urllib.parse import parse_qsl, urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Fund, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import ProjectFactory
from tests.html import facet_options, result_count

pytestmark = pytest.mark.django_db


def some(model, **lookup):
    return list(model.objects.filter(**lookup))


@pytest.fixture
def catalogue_content():
    """A dozen published projects spread over the options, and hidden ones that must never be counted."""
    climate, citizens, industry = Priority.objects.order_by("order")
    helsinki, espoo, askola, porvoo = (Municipality.objects.get(code=code) for code in ["091", "049", "018", "638"])
    themes = list(Theme.objects.all()[:4])
    erdf, horizon = Fund.objects.get(slug="erdf"), Fund.objects.get(slug="horizon-europe")
    goals = {goal.number: goal for goal in SustainableDevelopmentGoal.objects.all()}
    for i in range(12):
        ProjectFactory(
            title=f"{['Hydrogen', 'Circular', 'Mobility'][i % 3]} pilot {i}",
            priorities=[[climate], [citizens], [industry], [climate, citizens]][i % 4],
            themes=[themes[i % 4], themes[(i + 1) % 4]] if i % 2 else [themes[i % 4]],
            municipalities=[[helsinki], [espoo, askola], [askola], [helsinki, porvoo], []][i % 5],
            funds=[[erdf], [horizon], [erdf, horizon], []][i % 4],
            sdgs=[[goals[7]], [goals[13]], [goals[7], goals[11]]][i % 3],
            state=[ProjectState.ONGOING, ProjectState.PLANNED, ProjectState.ONGOING][i % 3],
            start_date=datetime.date(2020 + i % 6, 1, 1),
            end_date=datetime.date(2021 + i % 6, 12, 31),
            is_looking_for_partners=i % 3 == 0,
        )
    # Hidden entries carry every option: any count that included them would be wrong.
    everything = {
        "priorities": [climate, citizens, industry],
        "municipalities": [helsinki, espoo, askola, porvoo],
        "themes": themes,
        "funds": [erdf, horizon],
        "sdgs": list(goals.values()),
        "is_looking_for_partners": True,
        "title": "Hydrogen hidden",
    }
    ProjectFactory(draft=True, **everything)
    ProjectFactory(scheduled=True, **everything)
    ProjectFactory(archived=True, **everything)


def get(client, query: str, language: str = "en"):
    response = client.get(f"/{language}/projects/?{query}")
    assert response.status_code == 200
    return response


def promised_query(query: str, option: dict) -> str:
    """The address an option's count speaks of: added to its filter's choices, or, when ticked, alone in its filter."""
    pairs = [(key, value) for key, value in parse_qsl(query) if key != "page"]
    if option["checked"]:
        pairs = [(key, value) for key, value in pairs if key != option["name"]]
    return urlencode([*pairs, (option["name"], option["value"])])


QUERIES = [
    "",
    "priority=climate-neutrality&priority=citizens-city",
    "priority=citizens-city&municipality=091&municipality=049",
    "area=countryside&fund=erdf",
    "subregion=helsinki&sdg=7&sdg=11",
    "q=pilot&state=ongoing&theme=smart-mobility&year=2022",
    "q=circular&year=2024&partners_wanted=on&sdg=13&sort=title&page=1",
    "year=not-a-year&fund=erdf",
]


@pytest.mark.parametrize("query", QUERIES)
def test_each_count_equals_the_result_of_the_choice_it_promises(client, catalogue_content, query):
    response = get(client, query)
    options = facet_options(response)

    assert {option["name"] for option in options} == {
        "priority",
        "theme",
        "state",
        "area",
        "subregion",
        "municipality",
        "fund",
        "sdg",
        "partners_wanted",
    }
    results: dict[str, int] = {}  # many options promise the same address (every option of an unused filter, ticked)
    for option in options:
        promised = promised_query(query, option)
        if promised not in results:
            results[promised] = result_count(get(client, promised))
        assert results[promised] == option["count"], f"{option} on ?{query} promises ?{promised}"


def test_a_ticked_option_counts_the_results_it_brings_and_the_others_what_they_would_add(client):
    climate, citizens, industry = Priority.objects.order_by("order")
    ProjectFactory(priorities=[climate])
    ProjectFactory(priorities=[climate, citizens])
    ProjectFactory(priorities=[citizens])
    ProjectFactory(priorities=[industry])

    options = facet_options(get(client, "priority=climate-neutrality&priority=citizens-city"))
    counts = {option["value"]: option["count"] for option in options if option["name"] == "priority"}

    assert counts == {"climate-neutrality": 2, "citizens-city": 2, "industrial-modernisation": 4}


def test_an_option_that_would_give_nothing_is_shown_as_empty(client):
    ProjectFactory(funds=some(Fund, slug="erdf"))

    options = {(o["name"], o["value"]): o for o in facet_options(get(client, ""))}
    response_text = get(client, "").content.decode()

    assert options[("fund", "erdf")] | {"checked": False} == {
        "name": "fund",
        "value": "erdf",
        "checked": False,
        "count": 1,
        "empty": False,
    }
    assert options[("fund", "horizon-europe")]["count"] == 0
    assert options[("fund", "horizon-europe")]["empty"]
    assert "0 results" in response_text


def test_hidden_projects_are_never_counted(client):
    climate = Priority.objects.order_by("order").first()
    ProjectFactory(priorities=[climate], is_looking_for_partners=True)
    for trait in ["draft", "in_review", "archived", "scheduled"]:
        ProjectFactory(priorities=[climate], is_looking_for_partners=True, **{trait: True})

    options = {(o["name"], o["value"]): o["count"] for o in facet_options(get(client, ""))}

    assert options[("priority", "climate-neutrality")] == 1
    assert options[("partners_wanted", "on")] == 1
    assert options[("state", "ongoing")] == 1


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_counts_are_the_same_in_every_language(client, catalogue_content, language):
    query = "priority=climate-neutrality&municipality=091&partners_wanted=on"

    in_english = facet_options(get(client, query))
    translated = facet_options(get(client, query, language))

    assert translated == in_english
    assert len(in_english) > 50


def test_all_facet_counts_take_one_query_whatever_the_number_of_filters(client, catalogue_content):
    query = (
        "q=pilot&priority=climate-neutrality&priority=citizens-city&municipality=091&area=city&fund=erdf&sdg=7"
        "&year=2022&partners_wanted=on"
    )
    with CaptureQueriesContext(connection) as queries:
        get(client, query)

    facet_queries = [q for q in queries.captured_queries if q["sql"].startswith("WITH s AS MATERIALIZED")]
    assert len(facet_queries) == 1


@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "<title>2 projects – Projects"), ("fi", "<title>2 hanketta"), ("sv", "<title>2 projekt")],
)
def test_a_filtered_catalogue_says_its_result_count_first_in_the_title(client, language, title):
    climate = Priority.objects.order_by("order").first()
    ProjectFactory(priorities=[climate])
    ProjectFactory(priorities=[climate])

    assert title in get(client, "priority=climate-neutrality", language).content.decode()
