"""The full-text search: what it finds, in which order, what it suggests, and how it shows it."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from core.publishing import Status
from projects.models import Fund, Project
from search.documents import refresh_words
from search.queries import matching
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme

from .admin_forms import form_data
from .factories import CompanyFactory, PartnerFactory, ProjectFactory, StrategyPageFactory
from .html import card_titles, html, links, result_count, text

pytestmark = pytest.mark.django_db


def catalogue(client, query: str, language: str = "en", **params):
    return client.get(f"/{language}/projects/", {"q": query, **params})


def portal_search(client, query: str, language: str = "en"):
    return client.get(f"/{language}/search/", {"q": query})


# --- Ranking ----------------------------------------------------------------------------------------------------


def test_title_hit_ranks_above_a_summary_hit(client):
    ProjectFactory(title="Smart harbour", summary="Hydrogen buses for the port.", published_at=days_ago(1))
    ProjectFactory(title="Hydrogen valley", summary="A valley of factories.", published_at=days_ago(30))

    assert card_titles(catalogue(client, "hydrogen")) == ["Hydrogen valley", "Smart harbour"]


def test_title_hit_ranks_above_a_body_hit(client):
    ProjectFactory(title="Smart harbour", description="<p>Buses that run on hydrogen.</p>", published_at=days_ago(1))
    ProjectFactory(title="Hydrogen valley", published_at=days_ago(30))

    assert card_titles(catalogue(client, "hydrogen")) == ["Hydrogen valley", "Smart harbour"]


@pytest.mark.parametrize(
    "where", [{"summary": "Hydrogen buses for the port."}, {"tags": ["hydrogen"]}], ids=["summary", "tag"]
)
def test_summary_and_tag_hits_rank_above_a_body_hit(client, where):
    # The body hit is the newer: were the weights equal, it would come first.
    ProjectFactory(title="Smart harbour", description="<p>Buses that run on hydrogen.</p>", published_at=days_ago(1))
    ProjectFactory(title="Valley", published_at=days_ago(30), **where)

    assert card_titles(catalogue(client, "hydrogen")) == ["Valley", "Smart harbour"]


def test_chosen_sort_overrides_the_ranking(client):
    ProjectFactory(title="Hydrogen valley", summary="Hydrogen.", published_at=days_ago(30))
    ProjectFactory(title="Smart harbour", summary="Hydrogen buses.", published_at=days_ago(1))

    assert card_titles(catalogue(client, "hydrogen", sort="newest")) == ["Smart harbour", "Hydrogen valley"]


def test_text_and_tags_are_searched_beyond_the_summary(client):
    ProjectFactory(title="Harbour", results="<p>Twelve <strong>electrolysers</strong> installed.</p>")
    ProjectFactory(title="Valley", tags=["bioeconomy"])

    assert card_titles(catalogue(client, "electrolysers")) == ["Harbour"]
    assert card_titles(catalogue(client, "bioeconomy")) == ["Valley"]


# --- Languages --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "stored", "query"),
    [
        ("description_fi", "<p>Ratkaisuja kaupungeissa.</p>", "kaupungissa"),
        ("title_fi", "Hanke", "hankkeet"),
        ("summary_fi", "Kiertotaloudessa on tulevaisuus.", "kiertotalouden"),
        ("title_sv", "Smart stad", "staden"),
        ("summary_sv", "Nya städer.", "städerna"),
        ("title_en", "Smart city", "cities"),
    ],
)
def test_inflected_word_finds_its_other_forms(client, field, stored, query):
    ProjectFactory(slug="found", title="Found", **{field: stored})
    ProjectFactory(slug="other", title="Other")

    assert [href for href, _label in links(catalogue(client, query)) if "/projects/found/" in href]
    assert not [href for href, _label in links(catalogue(client, query)) if "/projects/other/" in href]


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_word_of_any_language_is_found_on_every_language_page(client, language):
    ProjectFactory(title="Hydrogen valley", title_fi="Vetylaakso", title_sv="Vätgasdalen")

    assert result_count(catalogue(client, "vetylaaksossa", language=language)) == 1


def test_a_theme_is_found_by_its_name_in_every_language(client):
    theme = Theme.objects.get(slug="climate-neutral-circular-economy")
    ProjectFactory(title="Loops", title_fi="Kierrot", title_sv="Kretslopp", themes=[theme])
    ProjectFactory(title="Buses", themes=[Theme.objects.get(slug="smart-mobility")])

    assert card_titles(catalogue(client, "kiertotalous", language="fi")) == ["Kierrot"]
    assert card_titles(catalogue(client, "cirkulär ekonomi", language="sv")) == ["Kretslopp"]
    assert card_titles(catalogue(client, "circular economy")) == ["Loops"]


def test_the_names_of_priorities_goals_funds_and_places_are_searched(client):
    ProjectFactory(
        title="Village",
        municipalities=[Municipality.objects.get(name_fi="Askola")],
        sdgs=[SustainableDevelopmentGoal.objects.get(number=6)],
        funds=[Fund.objects.get(acronym="ERDF")],
    )
    ProjectFactory(title="Elsewhere", priorities=[Priority.objects.order_by("order").last()])

    for query in [
        "askola",
        "sanitation",
        "ERDF",
        "aluekehitysrahasto",
        Priority.objects.order_by("order").first().name,
    ]:
        assert card_titles(catalogue(client, query)) == ["Village"], query


def test_a_theme_renamed_or_taken_off_a_project_is_searched_afresh(client):
    theme = Theme.objects.get(slug="smart-mobility")
    project = ProjectFactory(title="Buses", themes=[theme])
    theme.name_en = "Connected transport"
    theme.save()

    assert card_titles(catalogue(client, "connected transport")) == ["Buses"]
    assert card_titles(catalogue(client, "smart mobility")) == []

    project.themes.clear()

    assert card_titles(catalogue(client, "connected transport")) == []


def test_a_deleted_theme_is_no_longer_searched(client):
    theme = Theme.objects.create(priority=Priority.objects.first(), slug="smart-ferries", name="Smart ferries")
    ProjectFactory(title="Buses", themes=[theme])

    assert card_titles(catalogue(client, "smart ferries")) == ["Buses"]

    theme.delete()

    assert card_titles(catalogue(client, "smart ferries")) == []


def test_finnish_compound_is_found_by_its_last_part(client):
    ProjectFactory(title="Development", title_fi="Kehittämishanke")

    assert result_count(catalogue(client, "hanke")) == 1


def test_a_scheduled_compound_is_found_by_its_part_once_it_is_due(client, monkeypatch):
    project = ProjectFactory(title="Development", title_fi="Kehittämishanke", scheduled=True)
    assert result_count(catalogue(client, "hanke")) == 0
    assert "kehittämishanke" not in text(portal_search(client, "kehittämishank"))  # never suggested before

    due = project.published_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: due)

    assert result_count(catalogue(client, "hanke")) == 1


def test_a_compound_found_by_its_part_is_left_out_when_the_search_excludes_a_word(client):
    ProjectFactory(title="Development", title_fi="Kehittämishanke", summary="Harbour cranes.")
    ProjectFactory(title="Other", title_fi="Tutkimushanke", summary="Forest roads.")

    assert card_titles(catalogue(client, "hanke -harbour")) == ["Other"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("hydrogen -valley", ["Hydrogen buses"]),
        ('"hydrogen valley"', ["Hydrogen valley"]),
        ("valley or buses", ["Hydrogen buses", "Hydrogen valley", "Valley of hydrogen"]),
    ],
)
def test_a_search_reads_exclusions_phrases_and_or(client, query, found):
    ProjectFactory(title="Hydrogen valley")
    ProjectFactory(title="Hydrogen buses")
    ProjectFactory(title="Valley of hydrogen")
    ProjectFactory(title="Harbour")

    assert card_titles(catalogue(client, query, sort="title")) == found


def test_search_finds_titles_in_any_language(client):
    ProjectFactory(title="Hydrogen valley", title_fi="Vetylaakso")
    ProjectFactory(title="Harbour")

    assert result_count(catalogue(client, "vetylaakso")) == 1


# --- What is never found ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "in_review", "archived", "scheduled"])
def test_entries_visitors_may_not_see_are_never_found(client, state):
    ProjectFactory(title="Hydrogen valley", **{state: True})
    CompanyFactory(name="Hydrogen Oy", **{state: True})
    PartnerFactory(name="Hydrogen Institute", **{state: True})
    StrategyPageFactory(title="Hydrogen strategy", **{state: True})

    page = text(portal_search(client, "hydrogen"))

    assert "0 results for “hydrogen”" in page
    assert result_count(catalogue(client, "hydrogen")) == 0


def test_words_of_drafts_are_never_suggested(client):
    ProjectFactory(title="Zeppelin", draft=True)
    ProjectFactory(title="Harbour")
    refresh_words()

    assert "Did you mean" not in text(portal_search(client, "zepelin"))


def test_words_of_an_entry_taken_off_the_site_are_no_longer_suggested(client):
    zeppelin = ProjectFactory(title="Zeppelin")
    ProjectFactory(title="Harbour")
    refresh_words()
    assert "Did you mean" in text(portal_search(client, "zepelin"))

    Project.objects.filter(pk=zeppelin.pk).update(status=Status.DRAFT)  # unpublished; the word list is not rebuilt

    assert "Did you mean" not in text(portal_search(client, "zepelin"))


# --- Did you mean -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "intended"),
    [("hydorgen", "hydrogen"), ("kiertotalos", "kiertotalous"), ("hydorgen valey", "hydrogen valley")],
)
def test_misspelled_search_suggests_the_intended_words(client, query, intended):
    ProjectFactory(title="Hydrogen valley", title_fi="Kiertotalous ja vety")
    ProjectFactory(title="Harbour", summary="Ships and harbours.")
    refresh_words()

    response = portal_search(client, query)

    assert "Did you mean:" in text(response)
    assert (f"/en/search/?q={intended.replace(' ', '+')}", intended) in links(response)


def test_suggestion_leads_to_results(client):
    ProjectFactory(title="Hydrogen valley")
    refresh_words()

    suggested = [href for href, label in links(portal_search(client, "hydorgen")) if label == "hydrogen"]

    assert "1 result for “hydrogen”" in text(client.get(suggested[0]))


def test_search_with_hits_suggests_nothing(client):
    ProjectFactory(title="Hydrogen valley")

    assert "Did you mean" not in text(portal_search(client, "hydrogen"))


# --- The portal's search ----------------------------------------------------------------------------------------


def test_portal_search_groups_results_by_kind_with_counts(client):
    ProjectFactory(title="Hydrogen valley")
    CompanyFactory(name="Hydrogen Oy")
    PartnerFactory(name="Hydrogen Institute")
    StrategyPageFactory(title="Hydrogen strategy", slug="hydrogen-strategy")

    page = text(portal_search(client, "hydrogen"))

    assert "4 results for “hydrogen”" in page
    headings = re.findall(r"<h3>([^<]*)</h3>", page)
    assert headings == ["Projects", "Companies", "Partners", "Pages"]
    assert page.count("1 match") == 4


def test_portal_search_shows_the_best_ten_projects_and_links_to_all_of_them(client):
    for n in range(12):
        ProjectFactory(title=f"Hydrogen {n:02d}")

    response = portal_search(client, "hydrogen")

    assert "12 matches" in text(response)
    assert len(re.findall(r'href="/en/projects/project-', html(response))) == 10
    assert ("/en/projects/?q=hydrogen", "All 12 projects") in links(response)


def test_portal_search_needs_the_same_queries_whatever_the_number_of_matches(client, django_assert_max_num_queries):
    ProjectFactory(title="Hydrogen valley")
    with CaptureQueriesContext(connection) as few:
        portal_search(client, "hydrogen")
    for n in range(15):
        ProjectFactory(title=f"Hydrogen {n:02d}")
        CompanyFactory(name=f"Hydrogen {n:02d} Oy")

    with django_assert_max_num_queries(len(few) + 2):  # two counts, once a kind has more than ten matches
        portal_search(client, "hydrogen")


def test_snippet_marks_the_words_and_escapes_the_text(client):
    ProjectFactory(title="Valley", summary="Hydrogen <script>alert(1)</script> \ue000for\ue001 & more.")

    page = html(portal_search(client, "hydrogen"))

    assert "<mark>Hydrogen</mark>" in page
    assert "<script" not in page
    assert "alert(1)" in page
    assert "&amp; more" in page
    assert "<mark>for</mark>" not in page


def test_snippet_shows_the_passage_of_the_body_around_the_word(client):
    ProjectFactory(title="Valley", description="<p>Lots of words before. The <em>electrolysers</em> arrive.</p>")

    page = html(portal_search(client, "electrolysers"))

    assert "<mark>electrolysers</mark> arrive" in page
    assert "<em>" not in page.split("search-results")[1]


def test_query_with_only_punctuation_finds_nothing_and_fails_nothing(client):
    ProjectFactory(title="Hydrogen valley")

    assert portal_search(client, "%_'\"\\ -- ;").status_code == 200
    assert catalogue(client, "%_'\"\\").status_code == 200


# --- Performance: the index serves the search -------------------------------------------------------------------


LONG_DESCRIPTION = "<p>" + " ".join(f"Paragraph {n} of the project, on mobility." for n in range(30)) + "</p>"


def test_catalogue_search_reads_the_indexes_not_the_whole_table():
    published_at = days_ago(1)
    Project.objects.bulk_create(
        Project(
            title=f"Generated {n}",
            title_fi=f"Hanke {n}",
            slug=f"generated-{n}",
            summary="A project about mobility and energy in the region.",
            description=LONG_DESCRIPTION,
            start_date=datetime.date(2024, 1, 1),
            status=Status.PUBLISHED,
            published_at=published_at,
        )
        for n in range(3000)
    )
    ProjectFactory(title="Hydrogen valley")
    with connection.cursor() as cursor:
        # What autovacuum does to a table in service: the new entries move from the indexes' pending lists
        # into the indexes proper, and the planner learns the table's statistics.
        for index in ["search_en", "search_fi", "search_sv", "search_text"]:
            cursor.execute(f"SELECT gin_clean_pending_list('project_{index}'::regclass)")
        cursor.execute("ANALYZE projects_project")
    plan = matching(Project.objects.published(), "hydrogen").explain()

    assert "Seq Scan on projects_project" not in plan
    assert "project_search_" in plan


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


# --- Kept up to date by the admin -------------------------------------------------------------------------------


def test_tags_and_words_saved_in_the_admin_are_searched_at_once(client, publisher_client):
    project = ProjectFactory(title="Harbour")
    change_url = f"/admin/projects/project/{project.pk}/change/"
    data = form_data(publisher_client.get(change_url), "project_form")

    publisher_client.post(change_url, {**data, "tags": "electrolysers, bioeconomy", "_save": "1"})

    assert card_titles(catalogue(client, "bioeconomy")) == ["Harbour"]
    assert ("/en/search/?q=electrolysers", "electrolysers") in links(portal_search(client, "electrolysres"))


def test_a_tag_renamed_in_the_tag_admin_is_searched_by_its_new_name_at_once(client, admin_client):
    project = ProjectFactory(title="Harbour", tags=["hydrogen"])
    change_url = f"/admin/taggit/tag/{project.tags.get().pk}/change/"
    data = form_data(admin_client.get(change_url), "tag_form")

    admin_client.post(change_url, {**data, "name": "electrolysers", "_save": "1"})

    assert card_titles(catalogue(client, "electrolysers")) == ["Harbour"]
    assert card_titles(catalogue(client, "hydrogen")) == []
    assert ("/en/search/?q=electrolysers", "electrolysers") in links(portal_search(client, "electrolysres"))


def test_tags_merged_in_the_tag_admin_are_searched_by_the_new_name_at_once(client, admin_client):
    harbour = ProjectFactory(title="Harbour", tags=["hydrogen"])
    valley = ProjectFactory(title="Valley", tags=["h2"])
    chosen = [harbour.tags.get().pk, valley.tags.get().pk]

    admin_client.post("/admin/taggit/tag/", {"action": "render_tag_form", "_selected_action": chosen})
    admin_client.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "electrolysers"})

    assert sorted(card_titles(catalogue(client, "electrolysers"))) == ["Harbour", "Valley"]
    assert card_titles(catalogue(client, "hydrogen")) == []


def test_a_tag_moved_to_another_entry_in_the_tag_admin_finds_that_entry_at_once(client, admin_client):
    harbour = ProjectFactory(title="Harbour", tags=["hydrogen"])
    valley = ProjectFactory(title="Valley")
    change_url = f"/admin/taggit/tag/{harbour.tags.get().pk}/change/"
    data = form_data(admin_client.get(change_url), "tag_form")

    admin_client.post(change_url, {**data, "taggit_taggeditem_items-0-object_id": str(valley.pk), "_save": "1"})

    assert card_titles(catalogue(client, "hydrogen")) == ["Valley"]


@pytest.mark.parametrize("how", ["page", "action"])
def test_a_tag_deleted_in_the_tag_admin_no_longer_finds_its_entries(client, admin_client, how):
    project = ProjectFactory(title="Harbour", tags=["hydrogen"])
    tag = project.tags.get()

    if how == "page":
        admin_client.post(f"/admin/taggit/tag/{tag.pk}/delete/", {"post": "yes"})
    else:
        admin_client.post(
            "/admin/taggit/tag/", {"action": "delete_selected", "_selected_action": [tag.pk], "post": "yes"}
        )

    assert not Tag.objects.exists()
    assert card_titles(catalogue(client, "hydrogen")) == []
    assert card_titles(catalogue(client, "harbour")) == ["Harbour"]


@pytest.mark.parametrize("how", ["button", "action"])
def test_words_of_an_entry_published_in_the_admin_are_suggested_at_once(client, publisher_client, how):
    project = ProjectFactory(title="Zeppelin", in_review=True)
    change_url = f"/admin/projects/project/{project.pk}/change/"
    assert "Did you mean" not in text(portal_search(client, "zepelin"))

    if how == "button":
        data = form_data(publisher_client.get(change_url), "project_form")
        publisher_client.post(change_url, {**data, "_publish": "1"})
    else:
        publisher_client.post(
            "/admin/projects/project/", {"action": "publish_selected", "_selected_action": [project.pk]}
        )

    assert ("/en/search/?q=zeppelin", "zeppelin") in links(portal_search(client, "zepelin"))


def test_catalogue_without_results_suggests_the_intended_words_keeping_the_filters(client):
    ProjectFactory(title="Hydrogen valley")
    refresh_words()

    response = catalogue(client, "hydorgen", state="ongoing")

    assert "Did you mean:" in text(response)
    assert ("?q=hydrogen&state=ongoing", "hydrogen") in links(response)


def test_stop_words_narrow_nothing_but_alone_find_nothing(client):
    ProjectFactory(title="Hydrogen valley")

    assert result_count(catalogue(client, "the hydrogen")) == 1
    assert result_count(catalogue(client, "the")) == 0
