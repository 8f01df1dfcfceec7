# MS Community: `make run` serves the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := mscommunity.settings

.PHONY: run test lint bench e2e clean demo backup restore loadtest loadtest-sqlite loadtest-faults vnu

# The Nu HTML Checker (the W3C validator's engine): npm's vnu-jar is the jar alone, run with Debian's
# headless Java (apt-get install default-jre-headless). Its install script, which offers to fetch a
# Java of its own, is never run.
VNU_VERSION := 26.9.27
VNU_JAR := .tools/node_modules/vnu-jar/build/dist/vnu.jar

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

## run: create .venv, migrate SQLite, load the demo, serve http://127.0.0.1:8000 with a background worker beside it
run: $(STAMP)
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput --verbosity 0
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	DJANGO_DEBUG=1 $(PY) manage.py run_worker --verbosity 0 & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

## test: the whole suite (SQLite unless DATABASE_URL says otherwise)
test: $(STAMP)
	$(PY) -m pytest

## vnu: install the HTML validator into .tools/ (tests/test_html_validity.py; CI fails without it)
vnu: $(VNU_JAR)

$(VNU_JAR):
	npm install --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --loglevel=error \
		--prefix .tools vnu-jar@$(VNU_VERSION)
	test -f $(VNU_JAR)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

## bench: print the performance and accuracy figures
bench: $(STAMP)
	$(PY) bench/run_all.py

## loadtest: gunicorn (4 workers) on PostgreSQL, 50 members for 60 s; prints throughput and lost posts
loadtest: $(STAMP)
	$(PY) bench/loadtest.py --database postgres

## loadtest-sqlite: the same on SQLite, to see its limit
loadtest-sqlite: $(STAMP)
	$(PY) bench/loadtest.py --database sqlite

## loadtest-faults: PostgreSQL restarted 20 s into the run; the site must recover with nothing lost
loadtest-faults: $(STAMP)
	$(PY) bench/loadtest.py --database postgres --restart-postgres-at 20

## backup: a consistent backup of the database in DATABASE_URL (default: the SQLite file) into backups/
backup: $(STAMP)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py backup

## restore FILE=backups/...: replace the database's contents with a backup
restore: $(STAMP)
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/<file>" && exit 2)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py restore "$(FILE)" --yes

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles .tools

.PHONY: screenshots

## e2e: only the browser tests (Playwright driving Debian's Chromium, axe-core); fails without /usr/bin/chromium
e2e: $(STAMP)
	E2E_REQUIRE_BROWSER=1 $(PY) -m pytest tests/e2e -p no:cacheprovider

## screenshots: every page type at 1,280 px and on a 360 px phone (and the zoom views) into docs/screenshots/;
## only the few the README shows are kept in git (.gitignore)
screenshots: $(STAMP)
	rm -f docs/screenshots/*.png
	E2E_REQUIRE_BROWSER=1 E2E_SCREENSHOTS=docs/screenshots $(PY) -m pytest -p no:cacheprovider \
		tests/e2e/test_accessibility.py tests/e2e/test_journeys_layout.py

.PHONY: worker two-servers

## worker: the background worker alone (tasks: e-mail, fan-out, digests)
worker: $(STAMP)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py run_worker

## two-servers: two gunicorn instances over one PostgreSQL and Redis behave as one site
two-servers: $(STAMP)
	$(PY) bench/two_servers.py
