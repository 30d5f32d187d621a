# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= $(shell mktemp -d)/store

.PHONY: setup demo demo-cli screenshots test typecheck lint lock translations bench

# Every package comes from requirements.lock and must match one of its hashes (a changed or swapped file on the
# index is refused). The venv's own pip does it: an unhashed `pip install --upgrade pip` would be the one hole.
# The project itself has no hash: it goes in last, editable, with nothing else (--no-deps) and with the build
# backend (hatchling, PySide6 for the forms hook) already installed from the lock (--no-build-isolation).
# The first run takes a minute or two: each step says what it does, and pip shows what it is installing.
$(BIN)/safetyworker: pyproject.toml requirements.lock $(wildcard ui/*.ui) $(wildcard resources/translations/*.ts)
	@echo "Setting up Safety Worker in $(VENV) (1/3: a Python environment of its own)..."
	$(PYTHON) -m venv $(VENV)
	@echo "Setting up (2/3: the packages it needs, from requirements.lock; the first time takes a minute or two)..."
	$(BIN)/pip install --progress-bar on --require-hashes -r requirements.lock
	@echo "Setting up (3/3: Safety Worker itself, and its forms)..."
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e '.[test]'
	@touch $@
	@echo "Set up."

setup: $(BIN)/safetyworker

# The desktop app on a throwaway store with the fictional demo caseload (passphrase: "demo passphrase").
# Without a display (an SSH session, a container) the app says so in one line and `make demo` ends there, as a
# normal outcome (status 0), pointing at the same caseload on the command line.
demo: setup
	@if $(BIN)/python -c 'from safetyworker.ui.app import display_available as d; raise SystemExit(not d())'; then \
		$(BIN)/safetyworker-desktop --demo; \
	else \
		$(BIN)/safetyworker-desktop --demo || echo "The same demo caseload works without a display: make demo-cli"; \
	fi

# The same caseload through the command line (a store in a temporary folder).
demo-cli: setup
	SAFETYWORKER_PASSPHRASE="demo passphrase" $(BIN)/safetyworker --store $(DEMO_DIR) demo
	SAFETYWORKER_PASSPHRASE="demo passphrase" $(BIN)/safetyworker --store $(DEMO_DIR) case list
	@echo "Demo store: $(DEMO_DIR)   passphrase: demo passphrase"

# Refresh the catalogues (resources/translations/*.ts) from the sources and forms, compile them (.qm for Qt,
# .json for the core) and list the entries that still need Welsh. Run it after changing or merging any text.
translations: setup
	$(BIN)/python tools/translations.py

# The README's screenshots, rendered offscreen from the real windows.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_reports.py docs/screenshots

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MAKE) --no-print-directory typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Issue 18's figures at office scale (10,000 cases), each against its floor measured in the same run: see
# bench/README.md. Slow (tens of minutes on a shared 2-core machine) and it passes or fails nothing.
# BULK_ARGS and DESKTOP_ARGS pass options on, e.g. make bench BULK_ARGS="--cases 2000 --runs 7".
bench: setup
	$(BIN)/python bench/bench_bulk.py $(BULK_ARGS)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python bench/bench_desktop.py $(DESKTOP_ARGS)

# Checked types, set in pyproject.toml's [tool.mypy]: the core (safetyworker/ but ui/ and cli/) under mypy --strict,
# the ui and cli packages under plain mypy (not ui/forms/, the generated Designer code).
typecheck: setup
	$(BIN)/mypy

lint:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the pinned versions after changing dependencies in pyproject.toml: requirements.lock holds the
# dependencies, the test extra and the build backend (build-system.requires, and the `editables` that hatchling
# asks for to install this project editable, because of its force-include); installer/requirements-build.txt
# the installer's build tools (top-level pins in installer/requirements-build.in), constrained to the same
# versions. Both for every platform (markers) and with the hash of every file on the index for each version, so
# a Windows or macOS build installs from them too. Pins already in the files are kept: to move one on, e.g.
# `make lock LOCK_ARGS=--upgrade-package=ruff`. Run twice, it gives the same files.
# uv (pinned, in a throwaway venv) only writes the two files: review their diff; it is never in the app's venv.
UV_VERSION := 0.13.8
LOCK_FLAGS = --quiet --universal --python-version 3.11 --generate-hashes --custom-compile-command "make lock" $(LOCK_ARGS)

lock:
	@tools=$$(mktemp -d) && trap 'rm -rf "$$tools"' EXIT \
	&& $(PYTHON) -m venv "$$tools" && "$$tools/bin/pip" install --quiet uv==$(UV_VERSION) \
	&& $(PYTHON) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"] + ["editables~=0.3"]))' \
		| "$$tools/bin/uv" pip compile pyproject.toml - --extra test $(LOCK_FLAGS) -o requirements.lock \
	&& "$$tools/bin/uv" pip compile installer/requirements-build.in -c requirements.lock $(LOCK_FLAGS) \
		-o installer/requirements-build.txt
