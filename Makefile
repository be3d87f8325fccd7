# sdkgen: OpenAPI -> typed Python SDK generator. `make help` lists the targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SDKGEN := $(BIN)/sdkgen
PRISM_VERSION := 5.14.2

.DEFAULT_GOAL := all

.PHONY: help all setup generate check test test-fast test-corpus lint golden bench bench-smoke corpus clean prism docs

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

all: setup generate ## Install everything, then generate the SDKs under generated/

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

setup: $(BIN)/python ## Create .venv with sdkgen and its dev tools, and install Prism (npm)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,docs]'
	./scripts/install-prism.sh $(PRISM_VERSION)

generate: ## Regenerate generated/svix and generated/stream_chat from their specs in spec/
	$(SDKGEN) generate spec/svix.yaml --config spec/svix.sdkgen.yaml --output generated/svix
	$(SDKGEN) generate spec/stream-chat-events.yaml --config spec/stream-chat-events.sdkgen.yaml --output generated/stream_chat

check: ## Fail if generated/svix or generated/stream_chat is not what the generator writes today
	$(SDKGEN) check spec/svix.yaml --config spec/svix.sdkgen.yaml --output generated/svix
	$(SDKGEN) check spec/stream-chat-events.yaml --config spec/stream-chat-events.sdkgen.yaml --output generated/stream_chat

test: ## Run the whole test suite (unit, golden, end to end over HTTP)
	$(BIN)/pytest -n 2 --dist loadgroup

test-fast: ## Unit and golden tests only (no virtualenvs, no servers)
	$(BIN)/pytest -m "not e2e"

lint: ## ruff and mypy --strict on the generator
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

docs: ## Build the docs site of generated/svix into build/site (mkdocs-material, --strict)
	$(BIN)/python -c 'import mkdocs, material' 2>/dev/null || $(BIN)/pip install --quiet -e '.[docs]'
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file generated/svix/mkdocs.yml \
		--site-dir $(CURDIR)/build/site

golden: ## Rewrite the golden snapshots (tests/golden, tests/specs/diff/reports)
	$(BIN)/python -m tests.golden_update
	$(BIN)/python -m tests.diff_reports

bench: ## Benchmarks against peers, measured in the same run (installs peers under .cache/)
	$(BIN)/python -m bench.run

bench-smoke: ## Every benchmark script in a tiny mode: checks they work, measures nothing
	$(BIN)/python -m bench.run --smoke

test-corpus: ## The minutes-long real-spec tests (GitHub's REST API), not in `make test`
	$(BIN)/pytest -m corpus

SEED ?= 1
SIZE ?= 300
JOBS ?= 2
corpus: ## Both generators over a random sample of APIs.guru specs (SEED=1 SIZE=300 JOBS=2)
	./scripts/fetch-corpus.sh >/dev/null
	./scripts/corpus-tools.sh
	$(BIN)/python -m corpus.run --seed $(SEED) --size $(SIZE) --jobs $(JOBS)

clean: ## Remove the virtualenv, caches and installed tools
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache
