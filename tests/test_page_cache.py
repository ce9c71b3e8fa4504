"""Whole pages kept for visitors (portal.pagecache), and conditional GET."""

import datetime
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from strategy.models import Priority
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory, ProjectImageFactory, StrategyPageFactory
from tests.html import card_titles

# Every change committed as it is made, as in production, where the pages are marked out of date on commit; the
# reference data (priorities, groups) restored after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def page_cache(settings, db, footer_pages):
    settings.PAGE_CACHE = True
    caches["pages"].clear()


def test_a_visitor_gets_the_page_another_visitor_was_given_without_it_being_rendered(client, page_cache):
    ProjectFactory(slug="heat-pilot", title="Heat pilot")
    first = client.get("/en/projects/heat-pilot/")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/projects/heat-pilot/")

    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again.content == first.content and "Heat pilot" in again.content.decode()
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    # With the database cache: the content's version with when the next entry is due (one read), and the page;
    # no rendering.
    assert len(queries) == 2, [query["sql"] for query in queries]
    assert all("django_cache" in query["sql"] for query in queries)


@pytest.mark.parametrize(
    "edit",
    ["project title", "strategy page", "priority name", "new image", "unpublished", "priority removed"],
)
def test_an_edit_shows_at_once(client, page_cache, edit):
    project = ProjectFactory(slug="heat-pilot", title="Heat pilot", priorities=[Priority.objects.first()])
    page = StrategyPageFactory(slug="region", title="The region")
    urls = {
        "project title": "/en/projects/heat-pilot/",
        "strategy page": "/en/region/",
        "priority name": "/en/projects/",
        "new image": "/en/projects/heat-pilot/",
        "unpublished": "/en/projects/",
        "priority removed": f"/en/projects/?priority={Priority.objects.first().slug}",
    }
    url = urls[edit]
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"

    make_edit(edit, project, page)
    expected = EXPECTED[edit]

    response = client.get(url)
    assert response["X-Cache"] == "miss"
    if expected:
        assert expected in response.content.decode()
    else:
        assert "Heat pilot" not in card_titles(response)


EXPECTED = {
    "project title": "District heat pilot",
    "strategy page": "Our region",
    "priority name": "Renamed priority",
    "new image": "Pipes in the ground",
    "unpublished": None,
    "priority removed": None,
}


def make_edit(edit, project, page):
    if edit == "project title":
        project.title = "District heat pilot"
        project.save()
    elif edit == "strategy page":
        page.title = "Our region"
        page.save()
    elif edit == "priority name":
        priority = Priority.objects.first()
        priority.name_en = "Renamed priority"
        priority.save()
    elif edit == "new image":
        ProjectImageFactory(project=project, alt_text="Pipes in the ground")
    elif edit == "priority removed":  # a change of a relation alone
        project.priorities.clear()
    else:
        project.status = "draft"
        project.save()


def test_a_scheduled_project_shows_once_it_is_due(client, page_cache, monkeypatch):
    later = timezone.now() + datetime.timedelta(hours=2)
    ProjectFactory(title="Published project")
    ProjectFactory(title="Scheduled project", published_at=later)
    client.get("/en/projects/")
    kept = client.get("/en/projects/")
    assert kept["X-Cache"] == "hit" and "Scheduled project" not in card_titles(kept)

    monkeypatch.setattr(timezone, "now", lambda: later + datetime.timedelta(minutes=1))
    assert "Scheduled project" in card_titles(client.get("/en/projects/"))


def test_signed_in_staff_neither_get_nor_leave_kept_pages(client, page_cache, publisher_client):
    ProjectFactory(slug="heat-pilot", title="Heat pilot", status="draft", published_at=None)
    staff_page = publisher_client.get("/en/projects/heat-pilot/")
    assert staff_page.status_code == 200 and "X-Cache" not in staff_page

    assert client.get("/en/projects/heat-pilot/").status_code == 404
    ProjectFactory(slug="cold-pilot")
    client.get("/en/projects/cold-pilot/")
    assert "X-Cache" not in publisher_client.get("/en/projects/cold-pilot/")


def test_a_form_with_its_own_token_is_never_kept(client, page_cache):
    first = client.get("/en/partners/join/")
    second = client.get("/en/partners/join/")

    assert "X-Cache" not in first and "X-Cache" not in second
    assert 'name="csrfmiddlewaretoken"' in second.content.decode()


def test_pages_answer_while_the_pages_cache_cannot_be_reached(client, page_cache, monkeypatch):
    ProjectFactory(slug="heat-pilot", title="Heat pilot")

    def unreachable(*args, **kwargs):
        raise ConnectionRefusedError("the cache is down")

    for method in ("get", "set", "add"):
        monkeypatch.setattr(caches["pages"], method, unreachable)
    response = client.get("/en/projects/heat-pilot/")

    assert response.status_code == 200 and "Heat pilot" in response.content.decode()
    assert "X-Cache" not in response


@pytest.mark.parametrize("cached", [True, False])
def test_an_unchanged_detail_page_answers_304_to_a_conditional_get(client, settings, db, footer_pages, cached):
    settings.PAGE_CACHE = cached
    caches["pages"].clear()
    ProjectFactory(slug="heat-pilot", title="Heat pilot")
    first = client.get("/en/projects/heat-pilot/", headers={"Accept-Encoding": "gzip"})
    assert first["ETag"]

    unchanged = client.get("/en/projects/heat-pilot/", headers={"If-None-Match": first["ETag"]})
    assert unchanged.status_code == 304 and not unchanged.content

    project = ProjectFactory._meta.model.objects.get(slug="heat-pilot")
    project.title = "District heat pilot"
    project.save()
    changed = client.get("/en/projects/heat-pilot/", headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and "District heat pilot" in changed.content.decode()


@pytest.mark.parametrize("query", ["?q=heat", "?priority=climate-neutrality&q=anna+virtanen"])
def test_a_search_asked_again_is_answered_from_the_kept_page(client, page_cache, query):
    ProjectFactory(title="Heat pilot")
    first = client.get(f"/en/projects/{query}")
    again = client.get(f"/en/projects/{query}")

    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again.content == first.content


def test_a_portal_search_is_kept_alone_and_as_it_was_read(client, page_cache):
    ProjectFactory(title="Heat pilot")

    assert [client.get("/en/search/?q=heat")["X-Cache"] for _ in range(2)] == ["miss", "hit"]
    for query in ["?q=heat+", "?q=heat&utm_source=newsletter", "?q=heat&q=pilot", "?q=" + "x" * 300]:
        assert "X-Cache" not in client.get(f"/en/search/{query}"), query


def kept_pages() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_cache_pages")
        return cursor.fetchone()[0]


@pytest.mark.parametrize(
    "queries",
    [
        [f"?priority=junk{i}" for i in range(5)],
        [f"?priority=climate-neutrality&year=20{i}x" for i in range(5)],
        [f"?page=abc{i}" for i in range(5)],
        ["?sdg=", "?sdg=&sdg=", "?q=", "?q=heat+", "?tag=Heat", "?partners_wanted=no", "?sort=bogus", "?page=99"],
        ["?priority=climate-neutrality&priority=climate-neutrality", "?utm_source=newsletter", "?fbclid=abc"],
    ],
)
def test_an_ignored_invalid_or_unknown_value_never_creates_a_kept_page(client, page_cache, queries):
    ProjectFactory(title="Heat pilot")
    client.get("/en/projects/")
    kept = kept_pages()
    for query in queries:
        assert client.get(f"/en/projects/{query}").status_code == 200
        assert "X-Cache" not in client.get(f"/en/projects/{query}"), query

    assert kept_pages() == kept


UNREACHABLE_REDIS = {
    name: {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    for name in ("default", "pages")
}


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/projects/",
        "/en/projects/?q=heat&priority=climate-neutrality",
        "/en/projects/heat-pilot/",
        "/en/strategy/climate-neutrality/",
        "/en/companies/",
    ],
)
def test_pages_answer_while_redis_cannot_be_reached(client, page_cache, url):
    ProjectFactory(slug="heat-pilot", title="Heat pilot", priorities=list(Priority.objects.all()[:1]))
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Cache" not in response
        ProjectFactory(title="Saved while the cache is away")  # its mark is made once the cache answers


def test_a_list_with_filters_and_a_page_is_kept(client, page_cache):
    ProjectFactory(title="Heat pilot")
    client.get("/en/projects/?priority=climate-neutrality&page=1&sort=title")

    assert client.get("/en/projects/?priority=climate-neutrality&page=1&sort=title")["X-Cache"] == "hit"


@pytest.mark.parametrize(
    "url",
    ["/en/companies/?q=heat&sector=D&open=on&page=1", "/en/partners/?q=heat&country=EE&type=cluster&page=1"],
)
def test_a_company_or_partner_list_with_a_search_and_filters_is_kept(client, page_cache, url):
    CompanyFactory(name="Heat Oy", sector="D", is_open_to_cooperation=True)
    PartnerFactory(name="Heat Cluster", country="EE", organisation_type="cluster")
    first = client.get(url)

    assert card_titles(first) and first["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"


def test_an_unknown_host_gets_no_kept_page(client, page_cache):
    ProjectFactory(slug="heat-pilot")
    client.get("/en/projects/heat-pilot/")

    assert client.get("/en/projects/heat-pilot/", headers={"Host": "evil.example"}).status_code == 400


def test_pages_answer_503_not_a_kept_page_while_the_database_cannot_be_reached(client, page_cache):
    """With the database cache the kept pages are out of reach too: the visitor learns why, at once."""
    import psycopg
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.test import Client

    from tests.conftest import keep_test_language

    ProjectFactory(slug="heat-pilot")
    client.get("/en/projects/heat-pilot/")

    def unreachable(self):
        raise OperationalError("connection refused") from psycopg.OperationalError("connection refused")

    visitor = keep_test_language(Client(raise_request_exception=False))
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", unreachable):
        response = visitor.get("/en/projects/heat-pilot/")
    assert response.status_code == 503


def test_a_transaction_of_many_changes_marks_the_pages_changed_once(page_cache, monkeypatch):
    from django.db import transaction

    from core import caching

    marked = []
    monkeypatch.setattr(caching, "new_version", lambda: marked.append(1))
    with transaction.atomic():
        for i in range(20):
            project = ProjectFactory(title=f"Imported {i}")
            project.priorities.add(Priority.objects.first())
        assert marked == []  # nothing before the commit: no visitor can see the change before it
    assert marked == [1]

    StrategyPageFactory(title="Outside a transaction")  # committed at once, and marked at once
    assert marked == [1, 1]
