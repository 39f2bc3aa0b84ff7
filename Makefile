# Two commands: `make run` sets everything up and starts the app; `make test` sets everything up
# and runs the whole test suite (ruff, mypy, import contracts, pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench screenshots clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/gedragen

lint: $(STAMP)
	$(BIN)/ruff check gedragen tests benchmarks
	$(BIN)/mypy gedragen/core
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gedragen.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
