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
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.MAILERS['default']['BACKEND'], settings.DEBUG)"
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


def test_media_go_to_s3_compatible_storage_under_the_sites_own_address_when_a_bucket_is_named():
    code = (
        'import django; django.setup(); from django.core.files.storage import storages; s = storages["default"]; '
        "print(type(s).__name__, s.bucket_name, s.endpoint_url, s.url('projects/a b.jpg'))"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="smartregion.settings",
        DJANGO_ENV_FILE=os.devnull,
        DJANGO_DEBUG="true",
        DJANGO_MEDIA_S3_BUCKET="smartregion-media",
        DJANGO_MEDIA_S3_ENDPOINT_URL="https://objects.example.fi",
        DJANGO_MEDIA_S3_CUSTOM_DOMAIN="smartregion.example.fi/media",
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "smartregion-media",
        "https://objects.example.fi",
        "https://smartregion.example.fi/media/projects/a%20b.jpg",
    ]


def test_media_stay_on_local_disk_without_a_bucket():
    result = settings_of_a_fresh_process("STORAGES", DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert "FileSystemStorage" in result.stdout and "S3Storage" not in result.stdout


def fresh_process(*command: str, **environment) -> subprocess.CompletedProcess:
    """Run `command` in this project with only `environment`: no DJANGO_…, DATABASE_… variables, nor a .env."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(environment, DJANGO_ENV_FILE=os.devnull)
    return subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True)


def test_commands_that_need_neither_the_secret_key_nor_the_database_run_without_any_setting():
    result = fresh_process("manage.py", "makemigrations", "--check", "--dry-run")

    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({}, "The SECRET_KEY setting must not be empty"),
        ({"DJANGO_SECRET_KEY": "x"}, "Set the DATABASE_URL environment variable"),
    ],
)
def test_a_server_without_its_secret_key_or_its_database_does_not_start(environment, message):
    result = fresh_process("-c", "import smartregion.wsgi", **environment)

    assert result.returncode != 0
    assert message in result.stderr


def test_a_server_with_its_secret_key_and_database_starts():
    result = fresh_process(
        "-c", "import smartregion.wsgi", DJANGO_SECRET_KEY="x", DATABASE_URL=os.environ["DATABASE_URL"]
    )

    assert result.returncode == 0, result.stderr
