# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= $(shell mktemp -d)/store

.PHONY: setup demo demo-cli screenshots test lint lock

$(BIN)/safetyworker: pyproject.toml requirements.lock $(wildcard ui/*.ui)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

setup: $(BIN)/safetyworker

# The desktop app on a throwaway store with the fictional demo caseload (passphrase: "demo passphrase").
demo: setup
	$(BIN)/safetyworker-desktop --demo

# The same caseload through the command line (a store in a temporary folder).
demo-cli: setup
	SAFETYWORKER_PASSPHRASE="demo passphrase" $(BIN)/safetyworker --store $(DEMO_DIR) demo
	SAFETYWORKER_PASSPHRASE="demo passphrase" $(BIN)/safetyworker --store $(DEMO_DIR) case list
	@echo "Demo store: $(DEMO_DIR)   passphrase: demo passphrase"

# The README's screenshots, rendered offscreen from the real windows.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the pinned versions after changing dependencies in pyproject.toml.
# The installer's build tools (installer/requirements-build.txt, pinned there) stay out of it.
lock:
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' \
		| grep -v -i -E '^(pyinstaller|pyinstaller-hooks-contrib|altgraph)==' > requirements.lock
