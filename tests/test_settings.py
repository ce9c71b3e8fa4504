import os
import subprocess
import sys
from pathlib import Path

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
