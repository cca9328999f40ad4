# Servicelens: set up, run the demo night, test, rebuild models, benchmark.
# Bytecode is compiled at install: this machine sets PYTHONDONTWRITEBYTECODE, and without .pyc
# files every command would recompile prefect, spacy and friends from source (~4x slower start).
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
UV      := $(BIN)/uv

.PHONY: setup demo test test-fast lint models bench demo-data clean

$(BIN)/servicelens: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip uv
	$(UV) pip install --quiet --compile-bytecode --python $(BIN)/python -e ".[test,postgres]"
	touch $@

setup: $(BIN)/servicelens

demo: setup          ## set up the venv and run the demo nights into outputs/warehouse.duckdb
	$(BIN)/servicelens demo
	@$(MAKE) --no-print-directory demo-app

lint: setup          ## ruff (small rule set) and deptry (declared dependencies match imports)
	$(BIN)/ruff check pipeline tests bench scripts
	$(BIN)/deptry .
	$(BIN)/mypy          # types of pipeline/ ([tool.mypy] in pyproject.toml)

test: setup browser lint  ## run the whole test suite (lint first; headless Chromium installed when missing)
	$(BIN)/pytest -q

test-fast: setup     ## everyday loop: everything but the slow model/night tests
	$(BIN)/pytest -q -m "not slow"

models: setup        ## rebuild the shipped models (models/sentiment, models/topics-default, models/complaint, models/scorecard_criteria) from ../shared/data
	PYTHON=$(BIN)/python bash scripts/rebuild_models.sh ../shared/data

demo-data: setup     ## regenerate the demo chats, emails and surveys (fixed seed)
	$(BIN)/python scripts/make_demo_data.py

bench: setup         ## print the benchmark figures
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/analyse_bench.py
	$(BIN)/python bench/score_bench.py
	$(BIN)/python bench/repeat_bench.py
	$(BIN)/python bench/transcribe_bench.py

clean:
	rm -rf outputs/warehouse.duckdb outputs/reports outputs/.prefect

# --- QA workspace in the browser (issue 10) -----------------------------------------------------
# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
CHROMIUM ?= /usr/bin/chromium
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_REVIEWER_PASSWORD ?= servicelens-demo

.PHONY: browser demo-app bench-app

browser:             ## install Debian's headless chromium for the browser tests when missing
	@[ -x $(CHROMIUM) ] || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

demo-app: setup      ## create the demo reviewer account and print how to open the QA workspace
	@$(BIN)/servicelens users add demo-reviewer --role reviewer --password $(DEMO_REVIEWER_PASSWORD) >/dev/null
	@$(BIN)/servicelens users add demo-lead --role lead --password $(DEMO_REVIEWER_PASSWORD) >/dev/null
	@echo ""
	@echo "QA workspace on the demo warehouse:"
	@echo "  $(BIN)/servicelens app --warehouse outputs/warehouse.duckdb --port 8000"
	@echo "  then open http://127.0.0.1:8000/ and sign in as demo-reviewer (or demo-lead), password $(DEMO_REVIEWER_PASSWORD)"

bench-app: setup     ## server time of the QA workspace's queue and interaction pages at 100k interactions
	$(BIN)/python bench/app_bench.py
