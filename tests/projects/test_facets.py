"""Facet counts: beside each filter option of the catalogue, how many results choosing it gives."""

import datetime
import random
import re
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.caching import new_version
from core.publishing import Status
from projects.filters import SORTS, ProjectFilter
from projects.models import Fund, Project, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.conftest import shared_rows
from tests.factories import CompanyFactory, ParticipationFactory, ProjectFactory
from tests.html import card_titles, html, result_count
from tests.html import shown_counts as html_shown_counts

pytestmark = pytest.mark.django_db


def shown_counts(response) -> dict[tuple[str, str], tuple[int, bool]]:
    shown = html_shown_counts(response)
    assert ("partners_wanted", "on") in shown, "the 'looking for partners' checkbox shows no count"
    return shown


def results_for(params: list[tuple[str, str]]) -> int:
    """The catalogue's result count for these parameters, counted by the database alone."""
    data = QueryDict(urlencode(params))
    return ProjectFilter(data, queryset=Project.objects.published()).qs.count()


def with_only(params: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """These parameters with `value` as the one choice of filter `name`."""
    return [(key, v) for key, v in params if key != name] + [(name, value)]


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """Forty projects with varied priorities, places, funds, goals and states, and some that are not public
    (built once for the module, whose every test reads it)."""
    yield from shared_rows(django_db_blocker, forty_projects)


def forty_projects():
    rng = random.Random(6)
    priorities = list(Priority.objects.all())
    themes = list(Theme.objects.all())
    places = list(Municipality.objects.all())
    funds = list(Fund.objects.all())
    goals = list(SustainableDevelopmentGoal.objects.all())
    company = CompanyFactory(slug="kiertoa")
    for i in range(40):
        state = rng.choice(list(ProjectState))
        project = ProjectFactory(
            title=f"{rng.choice(['Hydrogen', 'Heat', 'Bus'])} pilot {i}",
            state=state,
            start_date=datetime.date(rng.choice([2019, 2022, 2024]), 1, 1),
            end_date=datetime.date(2025, 12, 31),
            priorities=rng.sample(priorities, k=rng.choice([1, 1, 2])),
            themes=rng.sample(themes, k=rng.choice([0, 1, 2])),
            municipalities=rng.sample(places, k=rng.choice([0, 1, 1, 2, 3])),
            funds=rng.sample(funds, k=rng.choice([0, 1, 2])),
            sdgs=rng.sample(goals, k=rng.choice([0, 1, 3])),
            is_looking_for_partners=rng.random() < 0.3,
            tags=["circular economy"] if i % 4 == 0 else [],
        )
        if i % 5 == 0:
            ParticipationFactory(project=project, company=company)
    # Entries visitors cannot see, which no count may include.
    hidden = {"priorities": priorities, "municipalities": places[:3], "funds": funds, "sdgs": goals[:5]}
    ProjectFactory(status=Status.DRAFT, published_at=None, is_looking_for_partners=True, **hidden)
    ProjectFactory(status=Status.ARCHIVED, **hidden)
    ProjectFactory(published_at=timezone.now() + datetime.timedelta(days=2), **hidden)


QUERIES = [
    [],
    [("priority", "climate-neutrality")],
    [("priority", "climate-neutrality"), ("priority", "citizens-city")],
    [("municipality", "091"), ("state", "ongoing")],
    [("area", "countryside"), ("fund", "erdf"), ("sdg", "7"), ("sdg", "13")],
    [("subregion", "helsinki"), ("partners_wanted", "on")],
    [("q", "hydrogen"), ("theme", "smart-mobility")],
    [("tag", "circular-economy"), ("priority", "industrial-modernisation")],
    [("company", "kiertoa"), ("year", "2024"), ("sort", "title")],
    [("state", "planned"), ("state", "completed"), ("municipality", "049"), ("municipality", "092")],
]


CASES = [("en", params) for params in QUERIES] + [
    (language, QUERIES[i]) for language in ("fi", "sv") for i in (0, 4, 6)
]


@pytest.mark.parametrize(
    ("language", "params"), CASES, ids=[f"{lang}-{urlencode(q) or 'everything'}" for lang, q in CASES]
)
def test_each_count_is_the_result_of_choosing_that_option(client, catalogue, params, language):
    response = client.get(f"/{language}/projects/?{urlencode(params)}")
    assert response.status_code == 200
    shown = shown_counts(response)

    assert len(shown) > 60, "every option of every facet shows a count"
    for (name, value), (count, muted) in shown.items():
        promised = results_for(with_only(params, name, value))
        assert count == promised, f"{name}={value}: shows {count}, choosing it gives {promised}"
        assert muted == (count == 0), f"{name}={value} with {count} results is {'' if muted else 'not '}muted"
    assert result_count(response) == results_for(params)


def test_options_of_a_filter_in_use_count_as_the_only_choice_of_that_filter(client, catalogue):
    """With one priority chosen, another priority's count is what choosing it instead gives; ticking it adds those."""
    response = client.get("/en/projects/?priority=climate-neutrality&municipality=091")
    shown = shown_counts(response)
    other = shown["priority", "citizens-city"][0]
    both = results_for([("priority", "climate-neutrality"), ("priority", "citizens-city"), ("municipality", "091")])
    alone = results_for([("priority", "citizens-city"), ("municipality", "091")])

    assert other == alone
    assert result_count(response) <= both <= result_count(response) + other


def test_an_option_that_gives_nothing_says_so_and_can_still_be_chosen(client, catalogue):
    Project.objects.filter(status=Status.PUBLISHED).update(state=ProjectState.ONGOING)
    new_version()  # a bulk update sends no signal
    response = client.get("/en/projects/")
    page = html(response)

    assert shown_counts(response)["state", "planned"] == (0, True)
    label = re.search(
        r'<label for="[^"]*" class="no-results"><input[^>]*name="state" value="planned".*?</label>', page, re.S
    )
    assert label, "the option is there, muted"
    assert "disabled" not in label[0]
    assert '0<span class="visually-hidden"> projects</span>' in label[0]


def test_the_page_title_leads_with_the_new_number_of_results(client, catalogue):
    response = client.get("/en/projects/?priority=climate-neutrality")
    title = re.search(r"<title>([^<]*)</title>", html(response))[1]

    assert title.startswith(f"{results_for([('priority', 'climate-neutrality')])} projects – Projects")
    fi_title = re.search(r"<title>([^<]*)</title>", html(client.get("/fi/projects/?priority=climate-neutrality")))[1]
    assert "– Hankkeet" in fi_title
    second = re.search(r"<title>([^<]*)</title>", html(client.get("/en/projects/?page=2")))[1]
    assert second.startswith("40 projects (Page 2 of 4) – Projects")


def test_a_published_change_shows_in_the_counts_at_once(client, catalogue):
    before = shown_counts(client.get("/en/projects/"))["municipality", "927"][0]
    project = Project.objects.published().exclude(municipalities__code="927").first()
    project.municipalities.add(Municipality.objects.get(code="927"))
    assert shown_counts(client.get("/en/projects/"))["municipality", "927"][0] == before + 1

    project.status = Status.ARCHIVED
    project.save()
    after = shown_counts(client.get("/en/projects/"))
    assert after["municipality", "927"][0] == before


def test_a_scheduled_project_is_counted_once_it_is_due(client, catalogue, monkeypatch):
    scheduled = Project.objects.get(published_at__gt=timezone.now())
    counted = shown_counts(client.get("/en/projects/"))["priority", "climate-neutrality"][0]
    later = scheduled.published_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    response = client.get("/en/projects/")
    assert scheduled.title in card_titles(response)
    assert shown_counts(response)["priority", "climate-neutrality"][0] == counted + 1


def counting_queries(captured) -> list[str]:
    return [query["sql"] for query in captured if "UNION ALL" in query["sql"]]


@pytest.mark.parametrize(
    "params",
    ["", "priority=climate-neutrality&priority=citizens-city&state=ongoing&area=city", "q=pilot&sdg=7&fund=erdf"],
)
def test_every_count_and_the_number_of_results_come_from_one_query(client, catalogue, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/en/projects/?{params}")

    assert card_titles(response) or result_count(response) == 0
    assert len(counting_queries(captured)) == 1
    counted = [
        query["sql"]
        for query in captured
        if "count(" in query["sql"].lower() and "UNION ALL" not in query["sql"] and "django_cache" not in query["sql"]
    ]
    assert counted == [], "the paginator counts nothing itself"


def test_a_list_asked_again_is_not_counted_again_until_the_content_changes(client, catalogue):
    url = "/en/projects/?priority=climate-neutrality&municipality=091"
    first = shown_counts(client.get(url))
    with CaptureQueriesContext(connection) as captured:
        again = client.get(url)
        next_page = client.get(url + "&page=2")
    assert shown_counts(again) == first == shown_counts(next_page)
    assert counting_queries(captured) == []

    ProjectFactory(
        priorities=list(Priority.objects.filter(slug="climate-neutrality")),
        municipalities=list(Municipality.objects.filter(code="091")),
    )
    with CaptureQueriesContext(connection) as captured:
        changed = client.get(url)
    assert len(counting_queries(captured)) == 1
    assert result_count(changed) == results_for([("priority", "climate-neutrality"), ("municipality", "091")])


def test_an_ignored_value_counts_as_if_it_were_not_there(client, catalogue):
    everything = shown_counts(client.get("/en/projects/"))
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/projects/?priority=junk1&year=not-a-year")

    assert shown_counts(response) == everything
    assert counting_queries(captured) == [], "the counts of the list without the ignored values are used"


@pytest.mark.parametrize("params", ["q=pilot", "q=pilot&priority=climate-neutrality&municipality=091", "q=heat+pilot"])
def test_a_search_lists_its_results_in_the_order_of_the_search_on_every_page(client, catalogue, params):
    data = QueryDict(params)
    expected = [p.title for p in ProjectFilter(data, queryset=Project.objects.published()).qs]
    assert expected, "the search finds something"

    listed = []
    for page in range(1, 5):
        response = client.get(f"/en/projects/?{params}&page={page}")
        if page > 1 and response.context["page_obj"].number < page:
            break
        listed += card_titles(response)
        assert result_count(response) == len(expected)
    assert listed == expected


def test_the_next_page_of_a_search_does_not_count_again(client, catalogue, django_assert_max_num_queries):
    client.get("/en/projects/?q=pilot")
    with django_assert_max_num_queries(7) as queries:
        response = client.get("/en/projects/?q=pilot&page=2")
    assert card_titles(response)
    assert counting_queries(queries.captured_queries) == []


def test_narrowing_a_search_down_does_not_search_again(client, catalogue):
    searched = len(card_titles(client.get("/en/projects/?q=pilot")))
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/projects/?q=pilot&state=ongoing")

    assert 0 < len(card_titles(response)) <= searched
    assert not [query["sql"] for query in captured if "@@" in query["sql"]]


def test_an_unknown_sort_leaves_a_search_ranked_for_everyone(client, catalogue):
    now = timezone.now()
    ProjectFactory(title="Sauna heat pilot", published_at=now - datetime.timedelta(days=30))
    ProjectFactory(title="Newer project", summary="Warmth from a public sauna.", published_at=now)

    assert card_titles(client.get("/en/projects/?q=sauna&sort=bogus")) == ["Sauna heat pilot", "Newer project"]
    assert card_titles(client.get("/en/projects/?q=sauna")) == ["Sauna heat pilot", "Newer project"]


def test_a_renamed_priority_shows_its_new_name_at_once_in_each_language(client, catalogue):
    """The filters' options are kept per language while the content stays as it is, and read again after."""
    for language in ("en", "fi"):
        client.get(f"/{language}/projects/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/fi/projects/")
    assert not any("strategy_priority" in query["sql"] and "JOIN" not in query["sql"] for query in captured)

    priority = Priority.objects.get(slug="climate-neutrality")
    priority.name_en, priority.name_fi = "Carbon neutral region", "Hiilineutraali alue"
    priority.save()

    assert 'value="climate-neutrality" id="id_priority_0"> <span>Carbon neutral region <' in html(
        client.get("/en/projects/")
    )
    assert 'value="climate-neutrality" id="id_priority_0"> <span>Hiilineutraali alue <' in html(
        client.get("/fi/projects/")
    )


def test_renaming_a_tag_shows_at_once(client, catalogue):
    from taggit.models import Tag

    assert result_count(client.get("/en/projects/?tag=circular-economy")) == 10
    tag = Tag.objects.get(slug="circular-economy")
    tag.slug = "circularity"
    tag.save()

    assert result_count(client.get("/en/projects/?tag=circular-economy")) == 0
    assert result_count(client.get("/en/projects/?tag=circularity")) == 10


def test_a_company_scheduled_for_later_is_found_once_it_is_due(client, catalogue, monkeypatch):
    later = timezone.now() + datetime.timedelta(hours=3)
    ParticipationFactory(
        project=Project.objects.published().first(), company=CompanyFactory(slug="tuleva", published_at=later)
    )
    assert result_count(client.get("/en/projects/?company=tuleva")) == 0

    monkeypatch.setattr(timezone, "now", lambda: later + datetime.timedelta(minutes=1))
    assert result_count(client.get("/en/projects/?company=tuleva")) == 1


def test_the_catalogue_answers_while_the_cache_cannot_be_reached_and_catches_up_after(client, catalogue, monkeypatch):
    before = result_count(client.get("/en/projects/?priority=climate-neutrality"))

    def unreachable(*args, **kwargs):
        raise ConnectionError("the cache is down")

    with monkeypatch.context() as outage:
        for method in ("get", "get_many", "set", "add"):
            outage.setattr(cache, method, unreachable)
        response = client.get("/en/projects/?priority=climate-neutrality")
        assert response.status_code == 200
        assert result_count(response) == before
        ProjectFactory(priorities=list(Priority.objects.filter(slug="climate-neutrality")))  # its mark is lost
        assert client.get("/en/").status_code == 200

    assert result_count(client.get("/en/projects/?priority=climate-neutrality")) == before + 1


LISTS = ["", "sort=title", "sort=budget", "priority=climate-neutrality&sort=title", "year=2024&sort=budget&area=city"]


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("params", LISTS, ids=[params or "newest" for params in LISTS])
def test_every_page_of_a_list_follows_the_filter_s_order(client, catalogue, language, params):
    """Together the pages are the filter's list, in its order."""
    Project.objects.filter(title__startswith="Bus").update(total_budget=None, eu_contribution=None)  # sorts last
    new_version()  # a bulk update sends no signal
    queryset = Project.objects.published().order_by(*SORTS["newest"])
    expected = [p.slug for p in ProjectFilter(QueryDict(params), queryset=queryset).qs]

    listed, page = [], 1
    while True:
        response = client.get(f"/{language}/projects/?{params}&page={page}")
        listed += [project.slug for project in response.context["page_obj"].object_list]
        if not response.context["page_obj"].has_next():
            break
        page += 1
    assert listed == expected
