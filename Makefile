# Two commands on a fresh machine: `make run` opens the app, `make test` runs every test.
# Both create .venv when it is missing and install the project into it first.
# Python 3.12 or newer (packaging/find_python.sh says why not 3.11, and how it looks).
PYTHON ?= $(shell packaging/find_python.sh)
VENV ?= .venv
BIN := $(VENV)/bin
# A .venv an older Python made (before 3.12) is made again, with everything in it.
ifeq ($(shell test -x $(BIN)/python && ! $(BIN)/python -c \
	'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && echo old),old)
$(info make: $(VENV) was made by a Python older than 3.12: making it again)
$(shell rm -rf $(VENV))
endif
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
# What the installed package is built from: `make run` reinstalls only when one changed.
SOURCES := pyproject.toml setup.py $(shell find src data resources -type f \
	-not -path '*/__pycache__/*' -not -path '*.egg-info/*' -not -name '*.qm' 2>/dev/null)
INSTALLED := $(VENV)/.installed

.PHONY: run test lint package smoke bench translations clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "make: Catalogue needs Python 3.12 or newer" \
		"(python3.12 on the PATH, or PYTHON=/path/to/python3.12)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Touched after each install of the project (a stamp: installing takes about 3 s).
$(INSTALLED): $(SOURCES) | $(BIN)/python
	$(PIP) install .
	touch $@

# The system libraries Qt's X11 plugin needs are checked first (packaging/check_qt_libs.sh),
# so a missing one is named with its apt line instead of Qt's abort.
run: $(INSTALLED)
	packaging/check_qt_libs.sh
	$(BIN)/catalogue $(ARGS)

# ruff, the layer rules ([tool.importlinter]) and the type checker (mypy, [tool.mypy] in
# pyproject.toml), then every test.
test: $(BIN)/python
	$(PIP) install ".[test]"
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# dist/Catalogue/ (PyInstaller onedir), then the .deb and .tar.gz built from it.
package: $(BIN)/python
	$(PIP) install ".[package]"
	rm -rf build/build dist/Catalogue
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/build build.spec
	PYTHON=$(BIN)/python packaging/build_linux_packages.sh

# Run the frozen app and the unpacked .deb the way CI does.
smoke:
	packaging/smoke_test.sh

# Speed and memory figures (not tests): prints a table, writes benchmarks/results.json.
bench: $(INSTALLED)
	$(BIN)/python benchmarks/run.py

# Adds new numerus messages ("%n record(s) match") to the English translation, whose
# singular and plural forms are then written in by hand; building the package compiles
# it (setup.py). Line numbers are left out so the file changes only with its messages.
translations: $(BIN)/python
	$(PIP) install -e .
	$(BIN)/pyside6-lupdate -silent -extensions py -pluralonly -no-obsolete -locations none \
		-target-language en src/catalogue -ts resources/translations/catalogue_en.ts
	# The Chinese files take every message: new ones come in unfinished, to be translated
	# (Qt Linguist, or by hand) before `make test` passes.
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none \
		-target-language zh_HK src/catalogue -ts resources/translations/catalogue_zh_Hant.ts
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none \
		-target-language zh_CN src/catalogue -ts resources/translations/catalogue_zh_Hans.ts

lint: $(BIN)/python
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf build dist .pytest_cache .ruff_cache .import_linter_cache src/*.egg-info \
		resources/translations/*.qm
