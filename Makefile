# Two commands: `make run` sets everything up and starts the app; `make test` sets everything up
# and runs the whole test suite (ruff, mypy, import contracts, pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every dependency comes from the lock files (pinned versions with hashes); `make lock` refreshes them.
LOCK_RUN := requirements/run.txt
LOCK_TEST := requirements/test.txt
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test setup lint bench screenshots lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The app alone: the runtime set, nothing for testing.
$(RUN_STAMP): $(LOCK_RUN) pyproject.toml setup.py | $(BIN)/python
	$(PIP) --require-hashes -r $(LOCK_RUN)
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

# The test set adds pytest, ruff, mypy and the rest; it includes the runtime set.
$(TEST_STAMP): $(LOCK_TEST) pyproject.toml setup.py | $(BIN)/python
	$(PIP) --require-hashes -r $(LOCK_TEST)
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@ $(RUN_STAMP)

setup: $(TEST_STAMP)

run: $(RUN_STAMP)
	$(BIN)/gedragen

lint: $(TEST_STAMP)
	$(BIN)/ruff check gedragen tests benchmarks tools
	$(BIN)/mypy gedragen
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(TEST_STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots

# Refresh the pins on purpose: newest versions that fit pyproject.toml, then run `make test`.
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --all-build-deps -o $(LOCK_RUN) pyproject.toml
	.venv-lock/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --all-build-deps --extra test -o $(LOCK_TEST) pyproject.toml

clean:
	rm -rf $(VENV) .venv-lock build dist *.egg-info
