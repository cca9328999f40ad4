"""Fit the request-negativity gate for the sentiment artifact already in models/sentiment (the step
`servicelens train sentiment` runs after the heads, without retraining them) and print its figures.

    python scripts/refit_request_gate.py [--models-dir models]
"""

from __future__ import annotations

import argparse
import json

from pipeline.training.request_gate import refit_request_gate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", default=None, help="folder holding sentiment/model.joblib (default models/)")
    parser.add_argument("--rules-dir", default=None, help="folder of request_gate.yaml / sentiment_cues.yaml")
    parser.add_argument("--appeals", default=None, help="SPb appeals.csv (default ../shared/data/...)")
    args = parser.parse_args()
    meta = refit_request_gate(args.models_dir, args.rules_dir, args.appeals)
    print(json.dumps(meta, ensure_ascii=False, indent=2) if meta else "no tune appeals: nothing fitted")


if __name__ == "__main__":
    main()
