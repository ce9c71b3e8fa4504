"""The projects' posting lists: the catalogue's search answered from them finds and orders as the SQL search does,
and the trigger keeps them as a rebuild would make them, whatever changes the projects."""

import datetime
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import timezone, translation

from projects.filters import ProjectFilter
from projects.models import Project
from smartregion.postings import bit_bytes, posting_ranking, postings_paused, rebuild_postings, single
from smartregion.publishing import Status
from smartregion.search import refresh_search_tags, search

from .factories import ProjectFactory
from .html import card_titles, result_count

pytestmark = pytest.mark.django_db


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def projects():
    """Projects whose words stand in titles, summaries, tags and bodies, once or often, in three languages."""
    texts = [
        ("Hydrogen pilot", "A pilot of hydrogen buses.", "<p>The pilot runs for two years. Pilot, pilot.</p>"),
        ("Heat from sauna", "District heat pilot in Kerava.", "<p>Waste heat from a public sauna.</p>"),
        ("Bus depot", "Electric buses.", "<p>A hydrogen pilot is planned later.</p>"),
        ("Circular economy hub", "Materials and the circular economy.", "<p>Reuse of building materials.</p>"),
        ("Smart harbour", "Digital services for the port.", "<p>Heat pumps, heat storage and heating.</p>"),
        ("Kehittämishanke", "Kiertotalouden kehittämishanke.", "<p>Vetyä ja lämpöä.</p>"),
        ("Vätgasbussar", "Bussar som kör på vätgas.", "<p>Ett pilotprojekt i Esbo.</p>"),
        ("The pilot of pilots", "Pilots.", "<p>Pilot pilot pilot pilot.</p>"),
    ]
    made = []
    for n, (title, summary, body) in enumerate(texts):
        made.append(
            ProjectFactory(
                title=title,
                summary=summary,
                description=body,
                published_at=days_ago(n % 3),  # ties of rank broken by date, then title
                tags=["circular economy"] if n % 4 == 0 else [],
                total_budget=[None, 500_000, 2_000_000][n % 3],  # ties of budget broken by id
                eu_contribution=None,
                start_date=datetime.date(2020 + n % 5, 1, 1),
            )
        )
    ProjectFactory(title="Draft hydrogen pilot", status=Status.DRAFT, published_at=None)
    return made


SEARCHES = [
    ("en", "pilot"),
    ("en", "pilots"),
    ("en", "hydrogen pilot"),
    ("en", "heat"),
    ("en", "the heat"),
    ("en", "circular economy"),
    ("en", "materials digital"),
    ("fi", "hanke"),
    ("fi", "vety"),
    ("sv", "bussar"),
    ("sv", "vätgas"),
    ("en", "pilo"),
    ("en", "nothingatall"),
]


def listed(client, language: str, query: str, **filters) -> list[str]:
    """The (English) titles of the projects the catalogue lists for a search, every page."""
    titles, page = [], 1
    while True:
        response = client.get(f"/{language}/projects/", {"q": query, **filters, "page": page})
        titles += [project.title_en for project in response.context["page_obj"].object_list]
        if not response.context["page_obj"].has_next():
            return titles
        page += 1


def searched_in_sql(language: str, query: str, **filters) -> list[str]:
    with translation.override(language):
        data = QueryDict(urlencode({"q": query, **filters}, doseq=True))
        queryset = ProjectFilter(data, queryset=Project.objects.published()).qs
        return [project.title_en for project in queryset]


@pytest.mark.parametrize(("language", "query"), SEARCHES, ids=[f"{lang}-{q}" for lang, q in SEARCHES])
def test_the_catalogue_lists_what_the_sql_search_finds_in_its_order(client, projects, language, query):
    assert listed(client, language, query) == searched_in_sql(language, query)


SORTED_AND_FILTERED = [
    ("en", "pilot", {"sort": "budget"}),
    ("en", "pilot", {"sort": "title"}),
    ("fi", "pilot", {"sort": "title"}),
    ("en", "heat pilot", {"sort": "newest"}),
    ("en", "pilot", {"year": "2022"}),
    ("en", "pilot", {"year": "2021", "sort": "budget"}),
    ("en", "circular economy", {"tag": "circular-economy"}),
    ("sv", "bussar", {"year": "2020", "sort": "title"}),
    ("en", "pilot", {"year": "1999"}),
    ("en", "pilot", {"sort": "budget", "priority": "climate-neutrality"}),
    ("en", "pilot", {"year": "2022", "sort": "title", "state": "ongoing"}),
    ("en", "nothingatall", {"sort": "budget"}),
]


@pytest.mark.parametrize(
    ("language", "query", "filters"), SORTED_AND_FILTERED, ids=[f"{lang}-{q}-{f}" for lang, q, f in SORTED_AND_FILTERED]
)
def test_a_sorted_or_filtered_search_lists_what_the_sql_search_finds_in_the_sort_s_order(
    client, projects, language, query, filters
):
    titles = listed(client, language, query, **filters)

    assert titles == searched_in_sql(language, query, **filters)
    assert len(set(titles)) == len(titles)


def test_a_sorted_search_is_in_the_sort_s_order(client, projects):
    """Not only as SQL orders it: by budget, largest first, the projects without a budget last."""
    titles = listed(client, "en", "pilot", sort="budget")
    budgets = [Project.objects.get(title_en=title).total_budget for title in titles]

    assert len(titles) >= 4
    assert budgets == sorted(budgets, key=lambda budget: (budget is None, -(budget or 0)))


def test_a_title_hit_comes_before_a_body_hit_and_more_hits_before_fewer(client, projects):
    titles = listed(client, "en", "hydrogen")

    assert titles.index("Hydrogen pilot") < titles.index("Bus depot")
    assert listed(client, "en", "pilot")[0] == "The pilot of pilots"


def test_a_word_the_lists_cannot_answer_is_searched_in_the_table(client, projects):
    ProjectFactory(title="E-bus line 2024")

    assert card_titles(client.get("/en/projects/", {"q": "e-bus"})) == ["E-bus line 2024"]
    assert card_titles(client.get("/en/projects/", {"q": "2024"})) == ["E-bus line 2024"]


def posting_lists() -> dict[tuple[str, float], bytes]:
    """The lists as they stand, without trailing zero bytes and without lists that hold nobody."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT term, score, bits FROM projects_project_searchposting")
        lists = {(term, score): bytes(bits).rstrip(b"\0") for term, score, bits in cursor.fetchall()}
    return {key: bits for key, bits in lists.items() if bits}


def test_the_trigger_keeps_the_lists_as_a_rebuild_makes_them(client, projects):
    harbour = Project.objects.get(title="Smart harbour")
    harbour.title = "Smart hydrogen harbour"
    harbour.save()
    Project.objects.filter(title__startswith="Heat").update(summary="Geothermal heat for homes.")
    Project.objects.get(title="Bus depot").delete()
    Project.objects.bulk_create(
        Project(
            title=f"Generated pilot {n}",
            slug=f"generated-{n}",
            start_date=datetime.date(2024, 1, 1),
            status=Status.PUBLISHED,
            published_at=days_ago(1),
        )
        for n in range(3)
    )
    kehitys = Project.objects.get(title="Kehittämishanke")
    kehitys.tags.set(["hydrogen valley"])
    refresh_search_tags(Project, [kehitys.pk])
    kept = posting_lists()

    rebuild_postings()

    assert kept == posting_lists()
    assert "Smart hydrogen harbour" in listed(client, "en", "hydrogen")
    assert "Bus depot" not in listed(client, "en", "hydrogen")
    assert listed(client, "en", "geothermal") == ["Heat from sauna"]


def test_a_bulk_load_pauses_the_trigger_and_rebuilds_the_lists_once_after(client, projects):
    with postings_paused():
        Project.objects.filter(title="Hydrogen pilot").update(title="Hydrogen trial")
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM projects_project_searchposting WHERE term = 'en:trial'")
            assert cursor.fetchone()[0] == 0  # paused

    assert listed(client, "en", "trial") == ["Hydrogen trial"]
    kept = posting_lists()
    rebuild_postings()
    assert kept == posting_lists()


def test_unpublished_and_scheduled_projects_are_not_found_from_the_lists(client, projects):
    ProjectFactory(title="Hydrogen later", published_at=timezone.now() + datetime.timedelta(days=1))
    Project.objects.filter(title="Heat from sauna").update(status=Status.ARCHIVED)

    assert "Draft hydrogen pilot" not in listed(client, "en", "hydrogen")
    assert "Hydrogen later" not in listed(client, "en", "hydrogen")
    assert result_count(client.get("/en/projects/", {"q": "sauna"})) == 0


def test_the_ranks_from_the_lists_are_those_of_the_sql_search_to_the_last_bit(projects):
    """Ranks are summed in single precision as PostgreSQL adds `real`s: what ties in SQL ties from the lists."""
    words = ["heat", "pilot", "sauna", "buses", "hydrogen"]
    for n in range(30):
        ProjectFactory(
            title=" ".join(words[(n + k) % 5] for k in range(1 + n % 3)),
            summary=" ".join(words[(2 * n + k) % 5] for k in range(1 + n % 4)),
            description="<p>" + " ".join(words[(3 * n + k) % 5] for k in range(n % 6)) + "</p>",
        )
    everything = int.from_bytes(bit_bytes(Project.objects.published().values_list("pk", flat=True)), "little")
    for query in ["heat pilot", "pilot sauna buses", "hydrogen heat sauna pilot", "buses hydrogen"]:
        groups = posting_ranking(Project, query, language="en", everything=everything)
        searched = search(Project.objects.published(), query, language="en").values_list("pk", "search_rank")

        from_lists = {pk: rank for rank, bits in groups for pk in range(bits.bit_length()) if bits >> pk & 1}
        assert from_lists == {pk: single(rank) for pk, rank in searched}
