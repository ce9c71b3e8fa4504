"""The headers that keep visitors safe, on every kind of page, and the reports of what the policy blocked."""

import json
import logging
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory

ROOT = Path(__file__).resolve().parent.parent

# One page of each kind: public pages, lists, details, search, the join form, machine-readable files, the API and
# its documentation, the admin and an error page (the health checks are JSON for a load balancer, before all else).
PAGES = [
    ("home", "/en/", True),
    ("catalogue", "/en/projects/?q=heat&priority=climate-neutrality", True),
    ("project", "/en/projects/district-heat-pilot/", True),
    ("company list", "/fi/companies/", True),
    ("company", "/en/companies/kiertoa-materials/", True),
    ("partner", "/sv/partners/tallinn-tech/", True),
    ("strategy page", "/en/about/", True),
    ("search", "/en/search/?q=heat", True),
    ("join form", "/en/partners/join/", True),
    ("feed", "/en/feeds/projects/", False),
    ("export", "/en/projects/export.csv", False),
    ("sitemap", "/sitemap.xml", False),
    ("robots.txt", "/robots.txt", False),
    ("API list", "/api/v1/projects/", False),
    ("API documentation", "/api/v1/docs/", True),
    ("admin sign-in", "/admin/login/", True),
    ("not found", "/en/no-such-page/", True),
]


@pytest.fixture
def one_of_each(db, footer_pages):
    ProjectFactory(slug="district-heat-pilot", title="District heat pilot")
    CompanyFactory(slug="kiertoa-materials")
    PartnerFactory(slug="tallinn-tech")


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.strip() for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize(("kind", "path", "is_html"), PAGES, ids=[kind for kind, _path, _html in PAGES])
def test_every_kind_of_page_carries_the_security_headers(client, one_of_each, settings, kind, path, is_html):
    # The production defaults (test_production_settings_pass_the_deployment_check), where the tests run with none.
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = settings.SECURE_HSTS_PRELOAD = True
    response = client.get(path, secure=True)

    assert response.status_code == (404 if kind == "not found" else 200), response.status_code
    policy = directives(response)
    assert policy["default-src"] == "default-src 'self'"
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["form-action"] == "form-action 'self'"
    assert policy["frame-ancestors"] == "frame-ancestors 'none'"
    assert policy["report-uri"] == "report-uri /csp-report"
    if is_html:  # every script is a file of the site's own or carries the nonce the policy names (data blocks
        # such as JSON-LD, which browsers never run, aside)
        for tag in re.findall(r"<script\b[^>]*>", response.content.decode()):
            if tag == '<script type="application/ld+json">':
                continue
            nonce = re.search(r'nonce="([^"]+)"', tag)
            assert nonce or re.search(r'src="/', tag), tag
            assert not nonce or f"'nonce-{nonce[1]}'" in policy["script-src"], tag
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_production_settings_pass_the_deployment_check():
    """`check --deploy` with nothing but what production must set: a secret key and the host name."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_ENV_FILE=os.devnull,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="smartregion.example.fi",
        DJANGO_SETTINGS_MODULE="smartregion.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def post_report(client, body, content_type="application/csp-report", **extra):
    return client.post("/csp-report", body, content_type=content_type, **extra)


def test_a_violation_report_is_logged_without_the_query_of_the_page(client, db, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://smartregion.example.fi/en/search/?q=my+name+is+anna",
            "violated-directive": "script-src-elem",
            "effective-directive": "script-src-elem",
            "blocked-uri": "inline",
            "source-file": "https://smartregion.example.fi/en/search/",
            "line-number": 12,
            "disposition": "enforce",
        }
    }
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        response = post_report(client, json.dumps(report))

    assert response.status_code == 204
    [record] = [r for r in caplog.records if r.name == "smartregion.csp"]
    assert record.csp["directive"] == "script-src-elem"
    assert record.csp["document"] == "https://smartregion.example.fi/en/search/"
    assert record.csp["line"] == "12"
    assert "anna" not in record.getMessage() and "anna" not in str(record.csp)


def test_reports_of_the_reporting_api_are_logged_too(client, db, caplog):
    reports = [
        {
            "type": "csp-violation",
            "url": "https://smartregion.example.fi/en/",
            "body": {
                "documentURL": "https://smartregion.example.fi/en/",
                "effectiveDirective": "img-src",
                "blockedURL": "https://tracker.example.com/pixel.gif?id=1",
            },
        }
    ]
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        response = post_report(client, json.dumps(reports), content_type="application/reports+json")

    assert response.status_code == 204
    [record] = [r for r in caplog.records if r.name == "smartregion.csp"]
    assert record.csp["blocked"] == "https://tracker.example.com/pixel.gif"
    assert record.csp["directive"] == "img-src"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[1, 2, 3]", 400),
        (b'{"something": "else"}', 400),
        (b"\xff\xfe", 400),
        (b"[" * 15000, 400),  # nested too deep for the parser
        (b'{"csp-report": {"document-uri": "' + b"a" * 20000 + b'"}}', 413),
    ],
    ids=["not json", "a list of numbers", "no report", "not UTF-8", "deeply nested", "too large"],
)
def test_a_malformed_report_gets_a_clear_error(client, db, caplog, body, status):
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        response = post_report(client, body)

    assert response.status_code == status
    assert response.content
    assert not [r for r in caplog.records if r.name == "smartregion.csp"]


def test_odd_values_in_a_report_are_logged_on_one_line(client, db, caplog):
    report = {
        "document-uri": "http://[x/y?q=secret",
        "blocked-uri": {"nested": ["structure"]},
        "effective-directive": "script-src\nFAKE LOG LINE",
    }
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        response = post_report(client, json.dumps({"csp-report": report}))

    assert response.status_code == 204
    [record] = [r for r in caplog.records if r.name == "smartregion.csp"]
    assert record.csp["document"] == "http://[x/y"
    assert record.csp["blocked"] == ""
    assert "\n" not in record.getMessage()


def test_the_report_address_takes_only_posts(client, db):
    assert client.get("/csp-report").status_code == 405


def test_nobody_can_flood_the_logs_with_reports(client, db, caplog, monkeypatch):
    from portal import views

    monkeypatch.setattr(views, "csp_report_budget", views.LogBudget(views.CSP_REPORTS_PER_MINUTE))
    body = json.dumps({"csp-report": {"document-uri": "https://x.example/", "effective-directive": "img-src"}})
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        statuses = {post_report(client, body).status_code for _ in range(views.CSP_REPORTS_PER_MINUTE + 5)}

    assert statuses == {204}
    assert len([r for r in caplog.records if r.name == "smartregion.csp"]) == views.CSP_REPORTS_PER_MINUTE
    # In the next minute the count of those not logged is told, once.
    monkeypatch.setattr(views.time, "monotonic", lambda: views.csp_report_budget.minute * 60 + 90)
    with caplog.at_level(logging.WARNING, logger="smartregion.csp"):
        caplog.clear()
        post_report(client, body)
        post_report(client, body)
    messages = [r.getMessage() for r in caplog.records if r.name == "smartregion.csp"]
    assert messages[0] == "5 more Content-Security-Policy reports came in a minute, not logged"
    assert len(messages) == 3
