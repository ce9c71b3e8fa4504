"""A newcomer's first run: `make run` tells the address it serves, on whatever HOST and PORT it was given."""

import io
import re
import subprocess

import pytest
from django.conf import settings

from demo.management.commands.load_demo import Command


@pytest.mark.parametrize(
    ("host", "port", "opened"), [("127.0.0.1", "8000", "127.0.0.1:8000"), ("0.0.0.0", "8765", "localhost:8765")]
)
def test_make_run_prints_the_address_the_server_listens_on(host, port, opened):
    commands = subprocess.run(
        ["make", "--dry-run", "--no-print-directory", "demo", f"HOST={host}", f"PORT={port}"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    assert re.search(rf"runserver {re.escape(host)}:{port}$", commands, re.MULTILINE)
    assert f"The portal:   http://{opened}/" in commands
    assert f"load_demo --served-at http://{opened}" in commands
    assert "8000" not in commands or port == "8000"


@pytest.mark.django_db
def test_load_demo_names_the_admin_at_the_address_it_is_given(settings):
    settings.DEBUG = True
    out = io.StringIO()

    Command(stdout=out).ensure_demo_user("http://localhost:8765")

    assert "Sign in to the admin at http://localhost:8765/admin/ as admin / editor" in out.getvalue()


@pytest.mark.django_db
def test_load_demo_claims_no_address_it_was_not_given(settings):
    settings.DEBUG = True
    out = io.StringIO()

    Command(stdout=out).ensure_demo_user()

    assert "Sign in to the admin at /admin/ as" in out.getvalue()
    assert "http" not in out.getvalue()
