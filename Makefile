# Two commands: `make run` and `make test`. Everything else is set up on the way.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-dejavu-core poppler-utils gettext
BROWSER_PACKAGES := chromium

.PHONY: run test venv system-deps browser-deps node-deps migrate demo demo-results translations lint ci clean

$(VENV)/.installed: requirements.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

# Debian packages: WeasyPrint's Pango, fonts with Arabic glyphs, poppler (tests read
# PDFs), gettext (translation extraction). Installed only when missing; needs root.
system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi; \
	fi

browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v npm >/dev/null; then \
	  pkgs="$(BROWSER_PACKAGES)"; command -v npm >/dev/null || pkgs="$$pkgs npm"; \
	  echo "Installing Debian packages: $$pkgs"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs; fi; \
	fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

node-deps: browser-deps node_modules/.installed

translations: venv
	$(PY) manage.py compile_translations

migrate: venv
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

# A second dialogue with enough people that national, regional and world figures show
# after disclosure control (12 countries, 2,000 participants, released): make demo-results,
# then /en/reports/results/live/ (run_local prints it).
demo-results: migrate
	$(PY) manage.py seed_scale --slug results --countries 12 --sites 40 --tables 320 --participants 2000 --topics 3 --questions 4 --no-progress

run: system-deps venv translations demo
	$(PY) manage.py run_local

# Two test processes (the machine's two cores); each has its own database and queue.
PYTEST_ARGS ?= -n 2
test: system-deps node-deps venv translations
	$(PY) -m pytest -q $(PYTEST_ARGS)

# Ruff, then the import contracts in pyproject.toml (app order and layers inside each app).
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

clean:
	rm -rf $(VENV) node_modules var
