import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_settings_load_from_the_example_env_file_as_a_newcomer_copies_it(tmp_path):
    """`cp .env.example .env` must give a working local configuration (empty values mean "use the default")."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "REDIS_", "JOIN_"))
    }
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    env["DJANGO_SETTINGS_MODULE"] = "smartregion.settings"
    code = (
        "import django; django.setup(); from django.conf import settings; print(settings.EMAIL_BACKEND, settings.DEBUG)"
    )

    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert "console.EmailBackend True" in result.stdout


def settings_of_a_fresh_process(*names, **environment):
    """Start Python with only `environment` (no DJANGO_… variables of this test run) and read settings `names`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    # Nor a developer's .env: the process reads an empty file instead.
    env.update(environment, DJANGO_SETTINGS_MODULE="smartregion.settings", DJANGO_ENV_FILE=os.devnull)
    code = f"from django.conf import settings; print(*(repr(getattr(settings, n)) for n in {names!r}), sep='\\n')"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_requires_two_factor_sign_in_for_staff_unless_told_otherwise():
    result = settings_of_a_fresh_process("ADMIN_REQUIRE_2FA", DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"]


def test_local_debugging_signs_staff_in_with_the_password_alone():
    result = settings_of_a_fresh_process("ADMIN_REQUIRE_2FA", DJANGO_DEBUG="true")

    assert result.stdout.split() == ["False"]


@pytest.mark.parametrize("value", ["curation/", "/curation", "/curation/", "curation"])
def test_admin_path_is_read_with_or_without_slashes(value):
    result = settings_of_a_fresh_process("ADMIN_URL", DJANGO_DEBUG="true", DJANGO_ADMIN_URL=value)

    assert result.stdout.split() == ["'curation/'"]


def test_admin_path_defaults_to_admin():
    assert settings_of_a_fresh_process("ADMIN_URL", DJANGO_DEBUG="true").stdout.split() == ["'admin/'"]


def test_an_empty_admin_path_stops_the_process():
    result = settings_of_a_fresh_process("ADMIN_URL", DJANGO_DEBUG="true", DJANGO_ADMIN_URL="/")

    assert result.returncode != 0
    assert "DJANGO_ADMIN_URL must name a path" in result.stderr
