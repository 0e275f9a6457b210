# musicapi-client: everything a newcomer needs is `make demo` and `make test`.
#   make demo       Python >= 3.11 and make: a small virtualenv with the package and its sandbox, then the demo
#   make test       also Node.js (npm) and Java: the full toolchain, every check (see docs/testing.md)
#   make test-fast  the quick loop: Python only, no Node, no Java, no packaging or conformance runs
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
DEMO_VENV := .venv-demo
BIN := $(abspath $(VENV))/bin
# ruff must come from the virtualenv, or openapi-python-client skips its post-hooks silently.
export PATH := $(BIN):$(abspath node_modules/.bin):$(PATH)

SPEC := openapi/musicapi.yaml
GENERATED_DIR ?= generated
# generated/: the typed client (openapi-python-client), the spec's facts (codegen/facts.py), and the reference of
# every command the CLI builds from them (read from its parser, run on those very facts).
# A generator warning (a misspelt $ref silently drops a model) fails the build.
GENERATE_INTO = openapi-python-client generate --path $(SPEC) --config generator-config.yaml \
	--custom-template-path templates --meta none --overwrite --fail-on-warning --output-path $(1)/musicapi_client \
	&& python -m codegen.facts $(SPEC) $(1)/musicapi_client $(1)/musicapi_spec \
	&& PYTHONPATH=$(1) python -m musicapi_cli.reference $(1)/commands.md
PYTHON_OK = $(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "this needs Python 3.11 or newer: make PYTHON=python3.11 ...")'

.PHONY: venv python-tools node-tools generate generate-into check-generated lint test test-fast pytest demo sandbox typescript \
	docs bench clean other-generators

# The full toolchain: pinned Python tools (requirements-dev.txt), the package in editable mode, and the pinned
# Node tools (package-lock.json). Each target asks only for the half it uses.
venv: $(VENV)/.installed
python-tools: $(VENV)/.python
node-tools: node_modules/.installed

$(VENV)/.python: requirements-dev.txt pyproject.toml
	@$(PYTHON_OK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.installed: $(VENV)/.python node_modules/.installed
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make test needs Node.js and npm (make test-fast does not)"; exit 1; }
	npm ci --silent --no-audit --no-fund
	touch $@

generate: python-tools
	$(call GENERATE_INTO,generated)

# Both halves from any spec into any folder: make generate-into SPEC=path/to/spec.yaml OUT=folder
generate-into: python-tools
	$(call GENERATE_INTO,$(OUT))

# Regenerate into a temporary folder and fail on any difference from $(GENERATED_DIR).
check-generated: python-tools
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(call GENERATE_INTO,"$$tmp") >/dev/null && \
	if diff -r -x __pycache__ "$$tmp" "$(GENERATED_DIR)" >/dev/null; then echo "check-generated: $(GENERATED_DIR)/ matches $(SPEC)"; \
	else echo "check-generated: $(GENERATED_DIR)/ differs from what $(SPEC) generates (run 'make generate'):"; \
	  diff -r -x __pycache__ "$$tmp" "$(GENERATED_DIR)" | head -20; exit 1; fi

lint: venv
	ruff check .
	ruff format --check .
	mypy --strict generated/musicapi_client generated/musicapi_spec
	mypy --strict runtime/musicapi_runtime sandbox/musicapi_sandbox cli/musicapi_cli
	mypy --strict tests examples benchmarks codegen
	openapi-spec-validator $(SPEC)
	redocly lint --format=stylish $(SPEC)

# Both cores (pytest-xdist): about half the time. loadgroup keeps a module marked xdist_group on one worker, so
# tests/test_other_generators.py generates each client once.
pytest: venv
	pytest -q -n 2 --dist loadgroup

test: lint check-generated typescript docs pytest

# Everything but the slow checks (packaging, schemathesis, other generators, Node, benchmarks): well under a minute.
test-fast: python-tools
	pytest -q -n 2 -m "not slow"

# Clients of nine tools (openapi-generator python, typescript-fetch, go, java; openapi-typescript, hey-api, orval;
# datamodel-code-generator) from the commands in docs/other-languages.md, into a temporary folder; each must read
# every get-task fixture as the right kind (a tool not installed is skipped; also part of `make pytest`).
other-generators: venv
	pytest -q tests/test_other_generators.py

# TypeScript types for other teams, generated from the spec and type-checked with a usage file; the typed client
# (openapi-fetch) and its end-to-end script compile to build/typescript/ (run by tests/test_typescript_e2e.py).
typescript: node-tools
	openapi-typescript $(SPEC) -o typescript/generated/musicapi.d.ts --silent
	tsc -p typescript/tsconfig.json
	tsc -p typescript/tsconfig.build.json

# The HTML API reference: one self-contained file that works offline (the spec and Redoc's standalone bundle,
# from the pinned npm package, inlined), beside the spec bundled as JSON.
DOCS_DIR ?= build/docs
docs: node-tools
	redocly bundle $(SPEC) --ext json -o $(DOCS_DIR)/musicapi.json
	node docs/build-html.mjs $(DOCS_DIR)/musicapi.json $(DOCS_DIR)/index.html

# The main job: create -> wait -> download, against a local sandbox (or the real API with MUSICAPI_API_KEY set).
# Its own small virtualenv: the package with its sandbox extra, nothing else.
demo: $(DEMO_VENV)/.installed
	$(DEMO_VENV)/bin/python examples/demo.py

$(DEMO_VENV)/.installed: pyproject.toml
	@$(PYTHON_OK)
	test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install -q --disable-pip-version-check -c requirements-dev.txt -e ".[sandbox]"
	touch $@

# Benchmarks against raw httpx and musicapi-sdk (a few minutes): writes benchmarks/RESULTS.md and polling.png.
bench: venv
	python -m benchmarks

# The sandbox in the foreground on http://127.0.0.1:8000 (key: sandbox-key), from the demo's small virtualenv.
sandbox: $(DEMO_VENV)/.installed
	$(DEMO_VENV)/bin/python -m musicapi_sandbox

clean:
	rm -rf $(VENV) $(DEMO_VENV) node_modules .pytest_cache .mypy_cache .ruff_cache songs build dist typescript/generated
