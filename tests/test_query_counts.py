"""Each page runs a fixed, small number of queries, however many entries it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Fund, ParticipantRole
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
)
from tests.html import card_titles

pytestmark = pytest.mark.django_db

MAX_QUERIES_PER_LIST_PAGE = 10


def add_entries(count):
    """`count` projects, companies and partners, each with everything its card and filters touch."""
    priorities = list(Priority.objects.all())
    municipalities = list(Municipality.objects.filter(code__in=["091", "049", "018", "638"]))
    themes = list(Theme.objects.all()[:3])
    sdgs = list(SustainableDevelopmentGoal.objects.filter(number__in=[7, 11, 13]))
    funds = list(Fund.objects.filter(slug__in=["erdf", "horizon-europe"]))
    for i in range(count):
        some_priorities = priorities[: 1 + i % 3]
        project = ProjectFactory(
            is_featured=True,
            priorities=priorities,
            municipalities=municipalities,
            themes=themes,
            sdgs=sdgs,
            funds=funds,
            tags=["circular economy", f"pilot {i}"],
            is_looking_for_partners=i % 2 == 0,
        )
        if i % 2 == 0:
            ProjectImageFactory(project=project)
            ProjectImageFactory(project=project)
        company = CompanyFactory(
            priorities=some_priorities,
            capabilities=["IoT sensors"],
            founded_year=2000 + i,
            is_open_to_cooperation=i % 2 == 0,
        )
        partner = PartnerFactory(priorities=some_priorities, country=["SE", "EE", "DE"][i % 3])
        ParticipationFactory(project=project, company=company)
        ParticipationFactory(project=project, company=None, partner=partner)


def queries_to_render(client, url):
    """The queries of a request in the steady state: after a first request, which counts the facets and the
    figures after a change and keeps them (`test_the_first_request_after_a_change...` counts those).
    """
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize(
    ("url", "cards_with_30"),
    [
        ("/en/", 6),
        ("/en/projects/", 12),
        ("/en/projects/?page=2", 12),
        ("/en/companies/", 12),
        ("/en/companies/?page=3", 6),
        ("/en/partners/", 12),
        ("/en/strategy/climate-neutrality/", 12),
    ],
)
def test_list_page_runs_the_same_few_queries_for_3_and_30_entries(client, url, cards_with_30):
    add_entries(3)
    with_3, _ = queries_to_render(client, url)
    add_entries(27)
    with_30, response = queries_to_render(client, url)

    assert len(card_titles(response)) == cards_with_30
    assert with_30 == with_3, f"{url}: {with_3} queries with 3 entries, {with_30} with 30"
    assert with_30 <= MAX_QUERIES_PER_LIST_PAGE, f"{url}: {with_30} queries"


@pytest.mark.parametrize(
    "url",
    [
        "/en/projects/?priority=climate-neutrality&priority=citizens-city&municipality=091&year=2024&sort=title&page=2",
        "/en/projects/?fund=erdf&sdg=7&sdg=13&tag=circular-economy&partners_wanted=on&area=city",
        "/en/companies/?priority=citizens-city&municipality=091&kind=sme&open=on",
        "/en/companies/?q=company&sector=J&priority=climate-neutrality",
        "/en/partners/?country=SE&country=EE&priority=climate-neutrality",
        "/en/partners/?q=partner&type=university&country=SE",
    ],
)
def test_filtered_list_runs_the_same_queries_for_3_and_30_entries(client, url):
    add_entries(3)
    with_3, _ = queries_to_render(client, url)
    add_entries(27)
    with_30, response = queries_to_render(client, url)

    assert card_titles(response)
    assert with_30 == with_3, f"{url}: {with_3} queries with 3 entries, {with_30} with 30"
    assert with_30 <= MAX_QUERIES_PER_LIST_PAGE, f"{url}: {with_30} queries"


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/projects/",
        "/en/projects/?q=pilot&priority=citizens-city&municipality=091",
        "/en/companies/?q=company&municipality=091",
        "/en/partners/?q=partner&priority=climate-neutrality",
        "/en/strategy/climate-neutrality/",
    ],
)
def test_the_first_request_after_a_change_runs_a_fixed_number_of_queries_for_3_and_30_projects(client, url):
    def first_request_after_a_change():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    add_entries(3)
    with_3 = first_request_after_a_change()
    add_entries(27)
    with_30 = first_request_after_a_change()
    steady, _ = queries_to_render(client, url)

    assert with_30 == with_3, f"{with_3} queries with 3 projects, {with_30} with 30"
    # When the next scheduled entry falls due (one query per publishable model), the filters' options (five),
    # a search's hits (one), the facet counts (one) or the figures (three, five on the home page), and storing
    # each of them in the database cache (three or four queries each: Redis takes one round trip instead).
    assert with_30 - steady <= 31


def test_strategy_overview_runs_a_fixed_number_of_queries(client):
    add_entries(3)
    count, _ = queries_to_render(client, "/en/strategy/")

    assert count <= 2


def add_participants(project, count, *, start=0):
    """Companies and partners in turn; the first one leads."""
    for i in range(start, start + count):
        if i % 2:
            ParticipationFactory(project=project, company=None, partner=PartnerFactory(), order=i)
        else:
            role = ParticipantRole.LEAD if i == 0 else ParticipantRole.PARTNER
            ParticipationFactory(project=project, role=role, order=i)


def test_project_page_runs_the_same_queries_for_2_and_10_participants(client):
    project = ProjectFactory(
        municipalities=list(Municipality.objects.all()[:5]),
        themes=list(Theme.objects.all()[:4]),
        sdgs=list(SustainableDevelopmentGoal.objects.all()[:4]),
        funds=list(Fund.objects.all()[:3]),
        tags=["hydrogen", "pilot"],
        eura_code="A70202",
    )
    ProjectImageFactory(project=project)
    for _ in range(4):
        ProjectImageFactory(project=ProjectFactory())  # related projects, with images on their cards
    add_participants(project, 2)
    with_2, _ = queries_to_render(client, f"/en/projects/{project.slug}/")
    add_participants(project, 8, start=2)
    with_10, response = queries_to_render(client, f"/en/projects/{project.slug}/")

    assert response.content.decode().count('<span class="role">') == 10
    assert with_10 == with_2, f"{with_2} queries with 2 participants, {with_10} with 10"
    assert with_10 <= 10


@pytest.mark.parametrize("kind", ["company", "partner"])
def test_participant_page_runs_the_same_queries_for_2_and_10_projects(client, kind):
    participant = CompanyFactory(capabilities=["batteries"]) if kind == "company" else PartnerFactory()
    role = {"company": participant} if kind == "company" else {"company": None, "partner": participant}
    url = f"/en/{'companies' if kind == 'company' else 'partners'}/{participant.slug}/"

    def take_part_in(count):
        for _ in range(count):
            project = ProjectFactory(priorities=list(Priority.objects.all()))
            ProjectImageFactory(project=project)
            ParticipationFactory(project=project, **role)

    take_part_in(2)
    with_2, _ = queries_to_render(client, url)
    take_part_in(8)
    with_10, response = queries_to_render(client, url)

    assert len(card_titles(response)) == 10
    assert with_10 == with_2, f"{with_2} queries with 2 projects, {with_10} with 10"
