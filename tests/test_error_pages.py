from unittest import mock

import psycopg
import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from tests.conftest import keep_test_language


@pytest.mark.django_db
def test_unknown_address_answers_404_in_the_sites_design(client, footer_pages):
    response = client.get("/en/no-such-page-here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<main id="main"' in html
    assert 'href="/en/projects/"' in html


def test_server_error_page_renders_with_no_database_access():
    """The 500 page must render even when the error is that the database is gone (no django_db mark here)."""
    with translation.override("en"):
        html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert "<main" in html


def test_a_server_error_is_told_in_the_language_of_the_page(db, monkeypatch):
    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr("portal.views.portal_figures", broken)
    response = keep_test_language(Client(raise_request_exception=False)).get("/fi/")

    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fi">' in html
    assert "Jokin meni vikaan" in html
    assert 'href="/fi/"' in html and 'href="/fi/accessibility/"' in html
    assert "a bug" not in html


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/sv/projects/", "sv", "Portalen är tillfälligt otillgänglig"),
        ("/en/projects/climate-street/", "en", "The portal is briefly unavailable"),
        ("/fi/search/?q=vety", "fi", "Portaali on hetken poissa käytöstä"),
    ],
)
def test_pages_answer_503_in_the_sites_design_while_the_database_cannot_be_reached(db, path, language, heading):
    def unreachable(self):
        # As Django wraps what psycopg raises when the server does not answer: no SQLSTATE.
        message = "connection to server at 127.0.0.1, port 5432 failed: Connection refused"
        raise OperationalError(message) from psycopg.OperationalError(message)

    client = keep_test_language(Client(raise_request_exception=False))
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", unreachable):
        response = client.get(path)
        ready, alive = client.get("/readyz"), client.get("/healthz")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert '<main id="main"' in html and 'href="/static/css/site.' in html
    assert ready.status_code == 503 and alive.status_code == 200


@pytest.mark.parametrize("cause", [psycopg.errors.QueryCanceled, psycopg.errors.DeadlockDetected])
def test_a_query_that_fails_is_a_500_not_an_unreachable_database(db, footer_pages, monkeypatch, cause):
    def failing():
        raise OperationalError("canceling statement due to statement timeout") from cause("canceled")

    monkeypatch.setattr("portal.views.portal_figures", failing)
    response = keep_test_language(Client(raise_request_exception=False)).get("/en/")

    assert response.status_code == 500
    assert "Retry-After" not in response
