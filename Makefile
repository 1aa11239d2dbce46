# zwgk: two commands on a fresh machine with Python 3.11 --
#   make start   install everything, create the site (demo district) and serve it
#   make test    install what the tests need and run the whole suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
PIP_INSTALL := $(PIP) install --disable-pip-version-check -c constraints.txt

ZWGK_ADMIN_USER ?= admin
ZWGK_ADMIN_PASSWORD ?= admin
ZWGK_SITE_ID ?= Plone
HTTP_PORT ?= 8080
# filestorage | zeo | relstorage (see instance.cfg)
STORAGE ?= filestorage
# Addresses of the front proxies whose X-Forwarded-For Zope believes, space
# separated (zope.conf trusted-proxy; see instance.cfg and the README)
TRUSTED_PROXIES ?=
# one zope.conf line "trusted-proxy <address>" per proxy, made by the shell
PROXY_LINES = $(if $(strip $(TRUSTED_PROXIES)),$$(printf 'trusted-proxy %s\n' $(TRUSTED_PROXIES)))
export ZWGK_ADMIN_USER ZWGK_ADMIN_PASSWORD ZWGK_SITE_ID
export ZWGK_HTTP_PORT := $(HTTP_PORT)

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "zwgk needs Python 3.11"'
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -q pip setuptools wheel

.stamp-install: $(BIN)/python setup.py constraints.txt
	$(PIP_INSTALL) -e . zc.buildout plone.recipe.zope2instance
	@touch $@

.stamp-test: .stamp-install
	$(PIP_INSTALL) -e '.[test]'
	@touch $@

# Debian chromium + fonts-noto-cjk (apt-get, only if missing) and axe-core
# (npm ci) for the real-browser tests in tests/browser
.PHONY: browser-deps
browser-deps: ## Install what the browser tests need (chromium, CJK fonts, axe-core)
	bash scripts/browser_deps.sh

.stamp-lint: .stamp-install
	$(PIP_INSTALL) -e '.[lint]'
	@touch $@

.PHONY: install
install: .stamp-install ## Install zwgk and build the Zope instance (bin/instance)
	$(BIN)/buildout -N "instance:<=storage-$(STORAGE)" \
	    buildout:http-address=$(HTTP_PORT) \
	    settings:admin-user=$(ZWGK_ADMIN_USER) settings:admin-password=$(ZWGK_ADMIN_PASSWORD) \
	    "settings:trusted-proxy-lines=$(PROXY_LINES)"

.PHONY: site
site: install ## Create the site (with the demo district) unless it exists
	bin/instance run scripts/create_site.py

.PHONY: start
start: site ## Install, create the site if needed, serve http://localhost:8080/Plone
	bin/instance fg

.PHONY: test
test: .stamp-test browser-deps ## Run the whole test suite (real-browser tests included)
	$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: lint
lint: .stamp-lint ## ruff, zpretty (XML/ZCML) and pyroma
	$(BIN)/ruff check src tests scripts benchmarks content_types
	$(BIN)/ruff format --check src tests scripts benchmarks content_types
	$(BIN)/zpretty --check $$(find src profiles content_types themes \( -name '*.zcml' -o -name '*.xml' -o -name '*.pt' \))
	$(BIN)/pyroma -n 9 .

.PHONY: benchmark
benchmark: .stamp-test ## Run the benchmarks (see benchmarks/README.md)
	@command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk
	$(BIN)/pytest benchmarks -s -p no:cacheprovider -o python_files='bench_*.py'

.PHONY: benchmark-pages
benchmark-pages: .stamp-test ## Page speed with wrk, uncached and cached (benchmarks/README.md)
	@command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk
	$(BIN)/pytest benchmarks/bench_pages.py -s -p no:cacheprovider -o python_files='bench_*.py'

.PHONY: benchmark-submissions
benchmark-submissions: .stamp-test ## A burst of 依申请公开 submissions next to plain Plone (benchmarks/README.md)
	$(BIN)/pytest benchmarks/bench_submissions.py -s -p no:cacheprovider -o python_files='bench_*.py'

.PHONY: benchmark-participation
benchmark-participation: .stamp-test ## 公众参与: a burst of comments, a page of 2,000 comments (benchmarks/README.md)
	$(BIN)/pytest benchmarks/bench_participation.py -s -p no:cacheprovider -o python_files='bench_*.py'

.PHONY: versions
versions: ## Regenerate versions.cfg from constraints.txt
	$(PYTHON) scripts/pins.py

.PHONY: clean
clean: ## Remove the virtualenv and buildout's products (keeps var/ with the data)
	rm -rf $(VENV) bin parts develop-eggs eggs .installed.cfg .stamp-* build dist src/*.egg-info node_modules
