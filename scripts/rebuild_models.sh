#!/usr/bin/env bash
# Rebuild the shipped text-analysis models (topics seed model + sentiment) from rules/ and data.
# Usage: scripts/rebuild_models.sh [DATA_DIR]   (DATA_DIR defaults to ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-.venv/bin/python}"

# topics-default: fitted on the seed phrases of rules/topics/default.yaml (no labelled data)
"$PY" -m pipeline.commands.train topics --taxonomy default
# sentiment: SentiRuEval-2016 bank + telecom train tweets, C chosen by grouped 5-fold CV
"$PY" -m pipeline.commands.train sentiment --data-dir "$DATA/sentirueval2016_ru"
