# Two commands on a fresh machine: `make run` opens the app, `make test` runs every test.
# Both create .venv when it is missing and install the project into it first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test lint package bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

run: $(BIN)/python
	$(PIP) install .
	$(BIN)/catalogue $(ARGS)

test: $(BIN)/python
	$(PIP) install ".[test]"
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(BIN)/python
	$(BIN)/ruff check .

clean:
	rm -rf build dist .pytest_cache .ruff_cache src/*.egg-info
