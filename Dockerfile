# The application image: the portal's code, its dependencies and its collected static files, served by gunicorn.
# The same image runs the web processes (the default command), the task worker and the daily jobs:
#   docker run … smartregion                                    # gunicorn on port 8000
#   docker run … smartregion python manage.py db_worker         # the task worker (emails)
#   docker run … smartregion python manage.py migrate --no-input # before starting a new release
# Configuration comes from the environment (see .env.example and docs/deploy.md); nothing secret is built in.
FROM python:3.12-slim-bookworm

# DJANGO_ENV_FILE: no .env is read in the image (.dockerignore keeps it out too); the environment says everything.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_ENV_FILE=/dev/null \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# gettext compiles the translations; libpq is not needed (psycopg's binary wheel carries its own).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# Static files are collected (hashed and compressed) and translations compiled at build time; neither needs the
# secret key or the database, which are given only when the container runs.
RUN python manage.py collectstatic --no-input --verbosity 0 \
    && python manage.py compilemessages --verbosity 0 \
    && useradd --system --uid 10001 --home-dir /app smartregion \
    && mkdir -p /app/media && chown smartregion /app/media

USER smartregion
ENV GUNICORN_BIND=0.0.0.0:8000 \
    DJANGO_MEDIA_ROOT=/app/media
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"
CMD ["gunicorn", "--config", "gunicorn.conf.py", "--no-control-socket", "smartregion.wsgi"]
