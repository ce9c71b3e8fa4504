"""How the portal is served: compressed pages, static files cached for a year, gunicorn's settings, request logs."""

import gzip
import json
import logging
import multiprocessing
import re
import runpy
import sys
from pathlib import Path

import pytest

from core.logs import JsonFormatter

ROOT = Path(__file__).resolve().parent.parent


def test_pages_are_compressed_for_browsers_that_accept_it(client, footer_pages):
    plain = client.get("/en/")
    compressed = client.get("/en/", headers={"Accept-Encoding": "gzip, deflate, br"})

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert len(compressed.content) < len(plain.content) / 2
    page = gzip.decompress(compressed.content).decode()
    assert "<h1" in page and page.count("<main") == 1


def test_static_files_have_hashed_names_and_are_cached_for_a_year_brotli_compressed(client, footer_pages):
    """The stylesheet the pages link is served by WhiteNoise from what `collectstatic` made (`make test` runs it)."""
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', client.get("/en/").content.decode())
    assert stylesheet, "the page links its stylesheet under a hashed name"

    response = client.get(stylesheet[1], headers={"Accept-Encoding": "br, gzip"})

    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    body = b"".join(response.streaming_content)
    assert len(body) < (ROOT / "static/css/site.css").stat().st_size / 2


def test_gunicorn_runs_threaded_workers_by_the_cpus_and_replaces_them_in_turn(monkeypatch):
    for name in ("GUNICORN_WORKERS", "GUNICORN_THREADS", "GUNICORN_BIND"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    assert config["worker_class"] == "gthread"
    assert config["workers"] == multiprocessing.cpu_count() * 2 + 1
    assert config["threads"] >= 2
    assert config["max_requests"] > 0 and 0 < config["max_requests_jitter"] < config["max_requests"]
    assert 0 < config["timeout"] <= 60 and config["graceful_timeout"] > 0
    assert config["bind"] == "127.0.0.1:8000"


def test_each_request_is_logged_with_its_outcome_but_not_what_the_visitor_typed(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="smartregion.requests"):
        client.get("/en/projects/?q=my+name+is+anna&priority=climate-neutrality")
        client.get("/en/no-such-page/")

    listed, missing = [record for record in caplog.records if record.name == "smartregion.requests"]
    assert (listed.method, listed.path, listed.status, listed.view) == (
        "GET",
        "/en/projects/",
        200,
        "projects:project-list",
    )
    assert listed.params == ["priority", "q"]
    assert listed.duration_ms > 0 and listed.bytes > 0
    assert missing.status == 404
    line = JsonFormatter().format(listed)
    assert "anna" not in line
    assert json.loads(line) | {"time": None} == json.loads(line) | {
        "time": None,
        "level": "INFO",
        "logger": "smartregion.requests",
        "message": "GET /en/projects/ 200",
        "method": "GET",
        "path": "/en/projects/",
        "params": ["priority", "q"],
        "status": 200,
        "duration_ms": listed.duration_ms,
        "bytes": listed.bytes,
        "view": "projects:project-list",
    }


@pytest.mark.parametrize("level", [logging.WARNING, logging.ERROR])
def test_a_log_line_is_one_json_object_even_with_an_error_and_odd_characters(level):
    try:
        raise ValueError('a "quoted"\nmessage')
    except ValueError:
        record = logging.LogRecord("x", level, __file__, 1, "failed: %s", ("ä\u2028",), sys.exc_info())
    line = JsonFormatter().format(record)

    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "failed: ä\u2028"
    assert 'ValueError: a "quoted"' in entry["exception"]


def test_images_and_parts_of_static_files_are_served_as_stored(client, db):
    """Only pages are compressed on the fly: a static image, and a range of one, come as WhiteNoise stored them."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    image = staticfiles_storage.url("img/og-default.png")
    whole = client.get(image, headers={"Accept-Encoding": "gzip"})
    part = client.get(image, headers={"Accept-Encoding": "gzip", "Range": "bytes=0-9"})

    body = b"".join(whole.streaming_content)
    assert body == (ROOT / "static/img/og-default.png").read_bytes()
    assert "Content-Encoding" not in whole and int(whole["Content-Length"]) == len(body)
    assert part.status_code == 206 and "Content-Encoding" not in part
    assert b"".join(part.streaming_content) == body[:10]


def test_a_request_with_a_thousand_parameters_is_answered_and_logged(client, db, caplog):
    query = "&".join(f"p{i}=1" for i in range(1500))
    with caplog.at_level(logging.INFO, logger="smartregion.requests"):
        response = client.get(f"/robots.txt?{query}")

    assert response.status_code == 200
    [record] = [r for r in caplog.records if r.name == "smartregion.requests"]
    assert record.status == 200 and len(record.params) == 20


def test_djangos_own_records_are_logged_without_the_query(rf):
    request = rf.get("/en/search/?q=anna+virtanen+040123")
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/x",), None)
    record.request, record.status_code = request, 500

    entry = json.loads(JsonFormatter().format(record))

    assert entry["path"] == "/en/search/" and entry["status_code"] == 500
    assert "anna" not in json.dumps(entry)


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_a_load_balancer_may_ask_for_the_health_checks_by_the_servers_address(client, db, path, caplog):
    with caplog.at_level(logging.INFO, logger="smartregion.requests"):
        response = client.get(path, headers={"Host": "10.0.3.17:8000"})
        page = client.get("/en/", headers={"Host": "10.0.3.17:8000"})

    assert response.status_code == 200 and response.json()["status"] == "ok"
    assert page.status_code == 400  # any other page only for the site's own host names
    assert not [r for r in caplog.records if r.name == "smartregion.requests" and r.path == path]
