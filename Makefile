# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test venv clean bench bench-quick package screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/dagpleje-desktop --demo

# Two workers: the suite is mostly waiting for Qt and the database, and CI has two cores.
TEST_WORKERS ?= 2

test: $(STAMP)
	$(PY) -m ruff check dagpleje_desktop tests benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

package: $(STAMP)
	bash packaging/build.sh
	bash packaging/build_deb.sh

# The user guide's screenshots, from the running demo under Xvfb (offscreen without it).
SCREEN = $(if $(shell command -v xvfb-run),xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb,env QT_QPA_PLATFORM=offscreen)

screenshots: $(STAMP)
	$(SCREEN) $(PY) tools/make_screenshots.py --language da
	$(SCREEN) $(PY) tools/make_screenshots.py --language en

# Performance suite: full municipality scale, or a quick one (< 2 minutes).
# PG=1 runs the office-scale figures on the local PostgreSQL server instead of SQLCipher.
BENCH_ARGS = $(if $(PG),--pg $(if $(filter-out 1,$(PG)),$(PG)),)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.suite --scale full $(BENCH_ARGS)

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.suite --scale quick $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
