"""The Atom feeds: newly published projects, and any catalogue query kept as a feed (a saved search)."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from projects.models import Fund, ProjectState
from strategy.models import Municipality, Priority, Theme
from tests.factories import ProjectFactory
from tests.html import card_titles, html

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def atom(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def entry_titles(response) -> list[str]:
    return [entry.findtext("a:title", namespaces=ATOM) for entry in atom(response).iterfind("a:entry", ATOM)]


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def catalogue():
    """Projects spread over priorities, states, funds and places, each titled in every language, published apart."""
    priorities = list(Priority.objects.order_by("order"))
    themes = list(Theme.objects.order_by("pk")[:2])
    funds = list(Fund.objects.filter(slug__in=["erdf", "horizon-europe"]))
    places = list(Municipality.objects.filter(code__in=["091", "018"]))
    states = [ProjectState.PLANNED, ProjectState.ONGOING, ProjectState.COMPLETED]
    for i in range(9):
        ProjectFactory(
            title=f"Hydrogen pilot {i}" if i % 2 else f"Circular pilot {i}",
            title_fi=f"Vetypilotti {i}" if i % 2 else f"Kiertotalouspilotti {i}",
            title_sv=f"Vätgaspilot {i}" if i % 2 else f"Cirkulär pilot {i}",
            published_at=days_ago(1 + (i * 5) % 9),  # not in creation order
            priorities=[priorities[i % 3]],
            themes=[themes[i % 2]],
            state=states[i % 3],
            end_date=datetime.date(2026, 12, 31),
            funds=[funds[i % 2]],
            municipalities=[places[i % 2]],
            tags=["pilot", f"batch {i % 2}"],
            is_looking_for_partners=i % 3 == 0,
        )


def test_feed_is_valid_atom_of_the_newest_published_projects(client):
    ProjectFactory(
        title="Older",
        summary="Older project.",
        published_at=days_ago(3),
        priorities=[Priority.objects.get(slug="climate-neutrality")],
        themes=[Theme.objects.order_by("pk").first()],
    )
    ProjectFactory(title="Newer", slug="newer", summary="Newer project.", published_at=days_ago(1))

    feed = atom(client.get("/en/feeds/projects/"))

    assert feed.get(XML_LANG) == "en"
    assert feed.findtext("a:title", namespaces=ATOM) == "Helsinki Smart Region: new projects"
    assert feed.findtext("a:id", namespaces=ATOM)
    assert feed.findtext("a:updated", namespaces=ATOM)
    assert feed.findtext("a:author/a:name", namespaces=ATOM) == "Helsinki-Uusimaa Regional Council"
    self_link = feed.find("a:link[@rel='self']", ATOM).get("href")
    assert urlsplit(self_link).path == "/en/feeds/projects/"
    entries = feed.findall("a:entry", ATOM)
    assert [entry.findtext("a:title", namespaces=ATOM) for entry in entries] == ["Newer", "Older"]
    newer, older = entries
    assert urlsplit(newer.find("a:link", ATOM).get("href")).path == "/en/projects/newer/"
    assert newer.findtext("a:summary", namespaces=ATOM) == "Newer project."
    for entry in entries:
        assert entry.findtext("a:id", namespaces=ATOM)
        assert entry.findtext("a:published", namespaces=ATOM)
        assert entry.findtext("a:updated", namespaces=ATOM)
    assert {category.get("term") for category in older.iterfind("a:category", ATOM)} == {
        "Climate Neutrality",
        Theme.objects.order_by("pk").first().name_en,
    }


def test_feed_holds_a_fixed_number_of_the_newest_projects(client, monkeypatch):
    monkeypatch.setattr("projects.feeds.FEED_SIZE", 3)
    for days in [5, 1, 4, 2, 3]:
        ProjectFactory(title=f"{days} days old", published_at=days_ago(days))

    assert entry_titles(client.get("/en/feeds/projects/")) == ["1 days old", "2 days old", "3 days old"]


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "priority=climate-neutrality",
        "priority=climate-neutrality&priority=citizens-city",
        "state=planned&state=completed&fund=erdf",
        "municipality=091&partners_wanted=1",
        "area=countryside",
        "q=hydrogen",
        "q=vety",
        "tag=batch-1",
        "year=2024&sort=title",
        "priority=no-such-priority&year=not-a-year&sdg=99&page=abc",
    ],
)
def test_saved_search_feed_lists_what_the_catalogue_shows_first(client, catalogue, monkeypatch, language, query):
    monkeypatch.setattr("projects.feeds.FEED_SIZE", 5)
    shown = card_titles(client.get(f"/{language}/projects/?{query}&sort=newest"))

    titles = entry_titles(client.get(f"/{language}/feeds/projects/?{query}"))

    assert titles == shown[:5]


def test_feed_is_in_the_language_of_its_address(client, catalogue):
    feed = atom(client.get("/fi/feeds/projects/?priority=climate-neutrality"))

    assert feed.get(XML_LANG) == "fi"
    assert "Ilmastoneutraalius" in feed.findtext("a:title", namespaces=ATOM)
    entry = feed.find("a:entry", ATOM)
    assert entry.findtext("a:title", namespaces=ATOM).startswith(("Vetypilotti", "Kiertotalouspilotti"))
    assert urlsplit(entry.find("a:link", ATOM).get("href")).path.startswith("/fi/projects/")
    assert "Ilmastoneutraalius" in {category.get("term") for category in entry.iterfind("a:category", ATOM)}


@pytest.mark.parametrize("state", ["draft", "in_review", "archived", "scheduled"])
def test_hidden_projects_never_appear_in_a_feed(client, state):
    ProjectFactory(title="Visible")
    ProjectFactory(title="Hidden", **{state: True})

    for path in ["/en/feeds/projects/", "/en/feeds/projects/?q=hidden", "/fi/feeds/projects/?state=ongoing"]:
        assert "Hidden" not in entry_titles(client.get(path)), path


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=99999",
        "sdg=x&sdg=",
        "priority=%00",
        "tag=%3Cscript%3E",
        "company=a%20b",
        "q=%01%02%0B",
        "q=" + "x" * 500,
        "sort=evil&page=-1",
        "partners_wanted=maybe",
        "q=%F0%9F%92%A9&theme=%E2%80%8F",
    ],
)
def test_invalid_parameters_are_ignored_never_a_server_error(client, query):
    ProjectFactory(title="Hydrogen Valley")

    feed = atom(client.get(f"/en/feeds/projects/?{query}"))

    assert feed.findtext("a:title", namespaces=ATOM)


def test_summary_stays_plain_text_for_feed_readers(client):
    ProjectFactory(summary="Less <b>waste</b> & more reuse")

    entry = atom(client.get("/en/feeds/projects/")).find("a:entry", ATOM)

    # A reader takes the summary as HTML: the markup arrives escaped, so it shows as the curator typed it.
    assert entry.find("a:summary", ATOM).get("type") == "html"
    assert entry.findtext("a:summary", namespaces=ATOM) == "Less &lt;b&gt;waste&lt;/b&gt; &amp; more reuse"


def test_identifiers_do_not_change_with_a_slug_or_the_order_of_parameters(client):
    project = ProjectFactory(slug="first-name")

    def ids(path):
        feed = atom(client.get(path))
        return feed.findtext("a:id", namespaces=ATOM), feed.find("a:entry", ATOM).findtext("a:id", namespaces=ATOM)

    feed_id, entry_id = ids("/en/feeds/projects/?state=ongoing&priority=climate-neutrality")
    project.slug = "second-name"
    project.save()
    assert ids("/en/feeds/projects/?priority=climate-neutrality&state=ongoing&page=2") == (feed_id, entry_id)
    assert feed_id.startswith("tag:") and entry_id.startswith("tag:")
    assert ids("/fi/feeds/projects/?state=ongoing&priority=climate-neutrality")[1] != entry_id


def test_catalogue_links_to_the_feed_of_its_current_search(client, catalogue):
    response = client.get("/en/projects/?priority=climate-neutrality&state=planned&page=1&sort=title")
    page = html(response)

    feed = "/en/feeds/projects/?priority=climate-neutrality&amp;state=planned"
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in page
    assert f'<a href="{feed}" type="application/atom+xml">Subscribe to this search (Atom feed)</a>' in page
    titles = entry_titles(client.get(feed.replace("&amp;", "&")))
    assert titles and set(titles) <= set(card_titles(client.get("/en/projects/?priority=climate-neutrality")))


def test_catalogue_without_a_search_offers_the_feed_of_new_projects(client):
    page = html(client.get("/sv/projects/?sort=budget"))

    assert '<link rel="alternate" type="application/atom+xml" href="/sv/feeds/projects/"' in page
    assert 'href="/sv/feeds/projects/" type="application/atom+xml">' in page


def queries_for(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        atom(client.get(path))
    return len(queries)


@pytest.mark.parametrize("query", ["", "?priority=climate-neutrality&fund=erdf&tag=pilot&q=pilot"])
def test_feed_runs_the_same_few_queries_for_3_and_30_projects(client, query):
    def add(count):
        for _ in range(count):
            ProjectFactory(
                title="Circular pilot",
                priorities=list(Priority.objects.all()),
                themes=list(Theme.objects.all()[:3]),
                funds=list(Fund.objects.filter(slug="erdf")),
                tags=["pilot"],
            )

    add(3)
    with_3 = queries_for(client, f"/en/feeds/projects/{query}")
    add(27)
    with_30 = queries_for(client, f"/en/feeds/projects/{query}")

    assert with_3 == with_30
    # The first request after a change: besides the feed's own, the content's version, when the next scheduled
    # entry falls due (a query per publishable model), the filters' options and a search's hits, each stored in
    # the database cache (five queries each; Redis takes one round trip).
    assert with_30 <= 30
    assert queries_for(client, f"/en/feeds/projects/{query}") <= 6
