# Helsinki Smart Region portal. `make run` serves the local demo; `make test` runs every check.
.DEFAULT_GOAL := help
SHELL := /bin/bash

# The first Python >= 3.12 on the PATH (pyenv's shims honour .python-version).
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 python3 python; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	command -v $$p; break; fi; done)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Runs a command on DATABASE_URL or, when it is unset, on the embedded PostgreSQL server in .pgdata/.
WITH_DATABASE := $(PY) scripts/database.py
# Where `make run` serves the portal: `make run PORT=8001`, or `make run HOST=0.0.0.0` to be reached from elsewhere.
HOST ?= 127.0.0.1
PORT ?= 8000
# The address to open in a browser: a server listening on every interface (0.0.0.0) answers on localhost.
SERVED_AT := http://$(if $(filter 0.0.0.0,$(HOST)),localhost,$(HOST)):$(PORT)

# Test settings: production-like (debug off), with a throwaway secret; the tests of two-factor sign-in turn it on.
TEST_ENV := DJANGO_DEBUG=false DJANGO_SECRET_KEY=test-only-not-secret DJANGO_ALLOWED_HOSTS=testserver,localhost,127.0.0.1 \
	DJANGO_SECURE_COOKIES=false DJANGO_SECURE_SSL_REDIRECT=false DJANGO_HSTS_SECONDS=0 \
	DJANGO_SERVE_MEDIA=true DJANGO_ALLOW_ASYNC_UNSAFE=true DJANGO_ADMIN_REQUIRE_2FA=false

# `make serve`: production settings (debug off, gunicorn) on this machine, over plain HTTP on 127.0.0.1; the
# developer's .env is not read. A new secret key each start unless DJANGO_SECRET_KEY is set.
SERVE_SECRET_KEY := $(or $(DJANGO_SECRET_KEY),$(shell head -c 48 /dev/urandom | base64 | tr -d '/+=\n'))
SERVE_ENV := DJANGO_ENV_FILE=/dev/null DJANGO_DEBUG=false DJANGO_ALLOWED_HOSTS=$(HOST),localhost \
	DJANGO_SECURE_COOKIES=false DJANGO_SECURE_SSL_REDIRECT=false DJANGO_BEHIND_TLS_PROXY=false DJANGO_HSTS_SECONDS=0 \
	DJANGO_SERVE_MEDIA=true DJANGO_SITE_URL=http://$(HOST):$(PORT) GUNICORN_BIND=$(HOST):$(PORT) \
	DJANGO_SECRET_KEY=$(SERVE_SECRET_KEY)

.PHONY: help run demo serve served setup messages test checks pytest lint format bench loadtest lighthouse europe-map clean

help:
	@echo "make run    set up (virtualenv, dependencies, database, demo content) and serve $(SERVED_AT) (HOST, PORT)"
	@echo "make serve  the same portal with production settings, served by gunicorn (gunicorn.conf.py)"
	@echo "make test   set up and run every check: ruff, import layers, Django checks, migrations, pytest with browser tests"
	@echo "make bench  measure queries and server time on the 100,000-project catalogue"
	@echo "make loadtest  gunicorn under load, a database restart, 2,000 generated addresses (figures printed)"
	@echo "make lighthouse  Lighthouse's four scores for the home page, the catalogue, a project and the join form"
	@echo "make europe-map  draw the partners' map of Europe again from Natural Earth's shapes (npm world-atlas)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (none found on the PATH)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

run: export DJANGO_DEBUG ?= true
# The compiled message catalogues (.mo) are committed; they are compiled again where gettext is installed.
messages: setup
	@if command -v msgfmt >/dev/null 2>&1; then $(TEST_ENV) $(MANAGE) compilemessages --verbosity 0 --ignore=.venv; \
	else echo "gettext is not installed: using the committed .mo files"; fi

run: messages
	@$(WITH_DATABASE) $(MAKE) --no-print-directory demo

# What `make run` does once the database is up.
demo:
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --served-at $(SERVED_AT)
	@echo
	@echo "  The portal:   $(SERVED_AT)/"
	@echo "  Emails are printed here by the task worker, which runs beside the web server."
	@echo
	@$(MANAGE) db_worker --verbosity 0 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

serve: messages
	@$(WITH_DATABASE) $(MAKE) --no-print-directory served DEMO=$(if $(DATABASE_URL),,yes)

# What `make serve` does once the database is up; the demo content is loaded only into the embedded database.
served:
	@$(SERVE_ENV) $(MANAGE) migrate --no-input --verbosity 0
	@$(SERVE_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	@if [ -n "$(DEMO)" ]; then $(SERVE_ENV) $(MANAGE) load_demo; fi
	@$(SERVE_ENV) $(MANAGE) db_worker --verbosity 0 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(SERVE_ENV) $(VENV)/bin/gunicorn --config gunicorn.conf.py --no-control-socket smartregion.wsgi

test: messages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	@$(WITH_DATABASE) $(MAKE) --no-print-directory checks

# What `make test` does once the database is up.
checks:
	$(TEST_ENV) $(MANAGE) check
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	$(TEST_ENV) $(PY) -W default -m pytest $(PYTEST_ARGS)

pytest: setup
	$(TEST_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	@$(WITH_DATABASE) env $(TEST_ENV) $(PY) -W default -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The benchmark runs on PostgreSQL: the local server's database smartregion_bench unless DATABASE_URL says otherwise.
BENCH_DATABASE_URL := $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/smartregion_bench)

bench: setup
	@if [ -z "$(DATABASE_URL)" ]; then \
	  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'smartregion_bench'" | grep -q 1 \
	  || createdb -h 127.0.0.1 -U postgres smartregion_bench; fi
	$(TEST_ENV) DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --no-input --verbosity 0
	$(TEST_ENV) DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) collectstatic --no-input --verbosity 0
	$(TEST_ENV) DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_MEDIA_ROOT=$(CURDIR)/media $(PY) scripts/bench.py

# gunicorn under load on the bench database, then 2,000 generated query strings over every public address.
loadtest: setup
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	@psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'smartregion_bench'" | grep -q 1 \
	  || createdb -h 127.0.0.1 -U postgres smartregion_bench
	$(TEST_ENV) DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --no-input --verbosity 0
	$(TEST_ENV) DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) collectstatic --no-input --verbosity 0
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) scripts/loadtest.py
	FUZZ_EXAMPLES=2000 $(MAKE) --no-print-directory pytest PYTEST_ARGS="-q tests/test_fuzzed_addresses.py"

# Lighthouse 12.2.3 (npm, pinned in scripts/lighthouse) in Debian's Chromium on the demo portal served by gunicorn.
lighthouse: messages
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	cd scripts/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	@$(WITH_DATABASE) $(MAKE) --no-print-directory lighthouse-on-database DEMO=$(if $(DATABASE_URL),,yes)

lighthouse-on-database:
	@$(SERVE_ENV) $(MANAGE) migrate --no-input --verbosity 0
	@$(SERVE_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	@if [ -n "$(DEMO)" ]; then $(SERVE_ENV) $(MANAGE) load_demo; fi
	$(PY) scripts/lighthouse.py

# The partners' map of Europe (partners/europe_map.json, committed), drawn again from Natural Earth's shapes: npm
# world-atlas, pinned in scripts/maps.
europe-map: setup
	cd scripts/maps && npm ci --no-audit --no-fund --loglevel=error
	$(PY) scripts/europe_map.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache  # the demo's database (.pgdata/) is kept
