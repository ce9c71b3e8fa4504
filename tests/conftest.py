import importlib

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import clear_url_caches
from django.utils import translation

import smartregion.urls
from core import caching
from tests.factories import StrategyPageFactory


def shared_rows(django_db_blocker, build):
    """For a class- or module-scoped fixture (`yield from` it): the rows `build()` writes, shared by its tests.

    They are written once, in the site's default language, in a transaction that each test's own nests in (as a
    savepoint) and that is rolled back after the last of them, so every test starts from the same rows. The
    content is marked changed at once, as their commit would: nothing kept from before shows through.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with translation.override(settings.LANGUAGE_CODE), pytest.MonkeyPatch.context() as patch:
            patch.setattr(caching, "transaction", _CommittedAtOnce())
            rows = build()
        yield rows
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _uploads_in_a_temporary_folder(settings, tmp_path):
    """Keep the images the factories upload out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _each_test_starts_in_english():
    """Whatever language a request served in an earlier test's thread left active (a plain `Client()` on /sv/
    does), each test starts in the site's default language."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def client(client):
    """pytest-django's client, except that a request leaves the test in the language it was in.

    Django activates the language of a page (/fi/, /sv/) in the thread that serves it, which for the test client
    is the test's own: afterwards `ProjectFactory(title=...)` would write the Finnish title and
    `get_absolute_url()` would answer under /fi/.
    """
    return keep_test_language(client)


def keep_test_language(client):
    request = client.request

    def request_in_its_own_language(**kwargs):
        with translation.override(translation.get_language()):
            return request(**kwargs)

    client.request = request_in_its_own_language
    return client


def signed_in(user) -> Client:
    """A test client of its own for `user`, beside the others of a test (an editor and a publisher, say)."""
    client = keep_test_language(Client())
    client.force_login(user)
    return client


def staff_in_group(group: str, username: str):
    user = get_user_model().objects.create_user(username, password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    """A member of the Editors group, as the roles migration made it."""
    return staff_in_group("Editors", "eeva.editor")


@pytest.fixture
def publisher(db):
    return staff_in_group("Publishers", "pekka.publisher")


@pytest.fixture
def editor_client(editor):
    return signed_in(editor)


@pytest.fixture
def publisher_client(publisher):
    return signed_in(publisher)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Signing users in need not cost a second of key stretching in every test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def footer_pages(db):
    """The strategy pages every page's footer and navigation link to."""
    return [
        StrategyPageFactory(slug=slug, title=title)
        for slug, title in [
            ("about", "About"),
            ("contact", "Contact"),
            ("privacy", "Privacy notice"),
            ("accessibility", "Accessibility statement"),
        ]
    ]


@pytest.fixture
def admin_url(settings):
    """Serve the admin at another path for one test, by building the URLconf again from the settings."""
    original = settings.ADMIN_URL

    def move_to(url):
        settings.ADMIN_URL = url
        importlib.reload(smartregion.urls)
        clear_url_caches()

    yield move_to
    move_to(original)


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    return client


@pytest.fixture
def member_client(client, django_user_model):
    """A signed-in user who is not staff: no preview, no admin."""
    user = django_user_model.objects.create_user("member", password="a-long-test-password")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _pages_rendered_afresh(settings):
    """Pages are rendered for every request, so that a test sees (and counts the queries of) the page it asks
    for; tests/test_page_cache.py turns the cache of whole pages on."""
    settings.PAGE_CACHE = False


class _CommittedAtOnce:
    """`django.db.transaction` as core.caching sees it in a test whose transaction never commits: what it
    does on commit, it does at once, as the commit that follows each change would in production."""

    def __getattr__(self, name):
        return getattr(transaction, name)

    @staticmethod
    def on_commit(func, using=None, robust=False):
        func()


@pytest.fixture(autouse=True)
def _content_changes_marked_at_once(request, monkeypatch):
    """The content's version (which keys the kept pages, counts and figures) follows each change at once, in the
    tests run inside a transaction; those that commit (`transaction=True`) mark it on commit, as production does."""
    marker = request.node.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        return
    monkeypatch.setattr(caching, "transaction", _CommittedAtOnce())
