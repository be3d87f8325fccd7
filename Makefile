# sdkgen: OpenAPI -> typed Python SDK generator. `make help` lists the targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SDKGEN := $(BIN)/sdkgen
LOCK := requirements/dev.lock
NPM_LOCK := requirements/npm/package-lock.json
STAMPS := .cache/make
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.DEFAULT_GOAL := all

.PHONY: help all setup generate check test test-fast test-latest test-corpus lock lint golden bench \
	bench-smoke corpus conformance clean docs

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

all: setup $(STAMPS)/generated ## Install everything, then generate the SDKs under generated/ (if inputs changed)

# The virtualenv holds exactly the lock: when the lock changes it is made anew.
$(VENV)/.locked: $(LOCK)
	@echo "setup: creating $(VENV) from $(LOCK) (exact versions, hash-checked)"
	@rm -rf $(VENV)
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --require-hashes --no-deps -r $(LOCK)
	@touch $@

# sdkgen itself, editable, built by the locked hatchling (no download, no build isolation).
$(VENV)/.installed: $(VENV)/.locked pyproject.toml
	@echo "setup: installing sdkgen (editable) into $(VENV)"
	@$(PIP) install --no-deps --no-build-isolation --editable .
	@touch $@

.tools/package-lock.json: $(NPM_LOCK) scripts/install-prism.sh
	@echo "setup: installing Prism into .tools/ from $(NPM_LOCK)"
	@./scripts/install-prism.sh
	@touch $@

# The built-in templates compiled once, beside them (as pip compiles modules): a run
# would otherwise compile them all again (0.1 s) where Python writes no bytecode.
TEMPLATES := $(shell find templates -name '*.jinja' 2>/dev/null)
$(STAMPS)/templates: $(VENV)/.installed $(TEMPLATES)
	@$(BIN)/python -c "from generator.render import precompile_templates as p; p()"
	@mkdir -p $(STAMPS) && touch $@

setup: $(VENV)/.installed .tools/package-lock.json $(STAMPS)/templates ## Create .venv from the lock file and install Prism (npm ci)

GENERATOR_INPUTS := $(shell find generator templates spec -type f -not -name '*.pyc' 2>/dev/null)
$(STAMPS)/generated: $(VENV)/.installed $(GENERATOR_INPUTS)
	@$(MAKE) --no-print-directory generate
	@mkdir -p $(STAMPS) && touch $@

generate: setup ## Regenerate generated/svix and generated/stream_chat from their specs in spec/
	$(SDKGEN) generate spec/svix.yaml --config spec/svix.sdkgen.yaml --output generated/svix
	$(SDKGEN) generate spec/stream-chat-events.yaml --config spec/stream-chat-events.sdkgen.yaml --output generated/stream_chat

check: setup ## Fail if generated/svix or generated/stream_chat is not what the generator writes today
	$(SDKGEN) check spec/svix.yaml --config spec/svix.sdkgen.yaml --output generated/svix
	$(SDKGEN) check spec/stream-chat-events.yaml --config spec/stream-chat-events.sdkgen.yaml --output generated/stream_chat

test: setup ## Run the whole test suite (unit, golden, end to end over HTTP)
	$(BIN)/pytest -n 2 --dist loadgroup

test-fast: setup ## Unit and golden tests only (no virtualenvs, no servers)
	$(BIN)/pytest -m "not e2e"

test-latest: ## The whole suite against the newest release of every dependency (not the lock)
	@rm -rf .venv-latest
	@$(PYTHON) -m venv .venv-latest
	@.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade --editable '.[dev,docs]' \
		-r requirements/tools.in
	@mkdir -p .cache && .venv-latest/bin/python -m pip freeze --exclude-editable > .cache/latest-freeze.txt
	@echo "test-latest: newest releases recorded in .cache/latest-freeze.txt"
	SDKGEN_UNLOCKED=1 .venv-latest/bin/pytest -n 2 --dist loadgroup

lock: $(VENV)/.installed ## Refresh the lock files to the newest releases the version ranges allow
	$(BIN)/uv pip compile pyproject.toml requirements/tools.in --extra dev --extra docs \
		--universal --python-version 3.10 --generate-hashes --no-header --upgrade --quiet -o $(LOCK)
	cd requirements/npm && npm install --package-lock-only --no-audit --no-fund --loglevel=error

lint: setup ## ruff, mypy --strict and black --check on the generator, tests, corpus, conformance, bench
	$(BIN)/ruff check generator tests corpus conformance
	$(BIN)/black --check generator tests corpus conformance bench
	$(BIN)/mypy

docs: setup ## Build the docs site of generated/svix into build/site (mkdocs-material, --strict)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file generated/svix/mkdocs.yml \
		--site-dir $(CURDIR)/build/site

golden: setup ## Rewrite the golden snapshots (tests/golden, tests/specs/diff/reports)
	$(BIN)/python -m tests.golden_update
	$(BIN)/python -m tests.diff_reports

bench: setup ## Benchmarks against peers, measured in the same run (installs peers under .cache/)
	$(BIN)/python -m bench.run

bench-smoke: setup ## Every benchmark script in a tiny mode: checks they work, measures nothing
	$(BIN)/python -m bench.run --smoke

test-corpus: setup ## The minutes-long real-spec tests (GitHub's REST API), not in `make test`
	$(BIN)/pytest -m corpus

SEED ?= 1
SIZE ?= 300
JOBS ?= 2
corpus: setup ## Both generators over a random sample of APIs.guru specs (SEED=1 SIZE=300 JOBS=2)
	./scripts/fetch-corpus.sh >/dev/null
	./scripts/corpus-tools.sh
	$(BIN)/python -m corpus.run --seed $(SEED) --size $(SIZE) --jobs $(JOBS)

conformance: setup ## Generated SDKs' README snippets against Prism: peer specs + corpus sample (SEED SIZE JOBS)
	./scripts/fetch-corpus.sh >/dev/null
	$(BIN)/python -m conformance.run --seed $(SEED) --size $(SIZE) --jobs $(JOBS)

clean: ## Remove the virtualenvs, caches and installed tools
	rm -rf $(VENV) .venv-latest .tools .cache/make .pytest_cache .mypy_cache .ruff_cache
