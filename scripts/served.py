"""The environment of a gunicorn that serves the portal with production settings over plain HTTP on this machine,
for the scripts that measure it (loadtest.py, lighthouse.py)."""

import os


def production_environment(port: int, **settings: str) -> dict:
    """This process's environment without its DJANGO_ and GUNICORN_ variables (nor a .env), debug off, the
    portal at 127.0.0.1:`port`; `settings` add or override variables."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        DJANGO_ENV_FILE=os.devnull,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="measuring-only-not-secret-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_COOKIES="false",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_BEHIND_TLS_PROXY="false",
        DJANGO_HSTS_SECONDS="0",
        DJANGO_LOG_LEVEL="WARNING",
        DJANGO_SITE_URL=f"http://127.0.0.1:{port}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_LOG_LEVEL="warning",
    )
    env.update(settings)
    return env
