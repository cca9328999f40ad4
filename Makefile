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

lint: setup          ## ruff (small rule set) and deptry (declared dependencies match imports)
	$(BIN)/ruff check pipeline tests bench scripts
	$(BIN)/deptry .

test: setup lint     ## run the whole test suite (lint first)
	$(BIN)/pytest -q

test-fast: setup     ## everyday loop: everything but the slow model/night tests
	$(BIN)/pytest -q -m "not slow"

models: setup        ## rebuild the shipped models (models/sentiment, models/topics-default) from ../shared/data
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
