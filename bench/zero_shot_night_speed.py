"""Nightly speed of each topic ``scorer``: interactions/s of the topic step and of the whole analyse stage.

Interactions are built from real SPb appeals outside the zero-shot bench's test sample (one customer turn
each, the appeal text; Russian, ~90 characters on average: short next to a call's customer side, so the
encoder-bound figures are upper bounds for calls). The ``default`` taxonomy (``rules/``) is run three ways in
a scratch copy of the rules: ``seed_head`` (today), ``zero_shot`` (the matcher; a fresh, empty embedding
cache, so every night text is encoded; the encoder is loaded and the prototypes embedded before timing) and ``distilled`` (the fast head distilled from the matcher on other
appeals; the encoder is not loaded at night). Peak memory (ru_maxrss) is printed at the end of each run.
Usage: python bench/zero_shot_night_speed.py [DATA_DIR] [--n 96]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pandas as pd
import yaml

from pipeline.analyse.stage import Analyser, customer_text
from pipeline.analyse.taxonomy import load_taxonomy
from pipeline.analyse.topics import build_distilled_artifact, model_dir, save_artifact
from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR
from pipeline.model import Channel, Interaction, Speaker, Turn


def interactions(texts: list[str]) -> list[Interaction]:
    return [Interaction(f"chat:speed{i}", Channel.CHAT, datetime(2026, 11, 20), source_path=f"chats/speed{i}.jsonl",
                        turns=[Turn(0, Speaker.AGENT, "Здравствуйте, чем могу помочь?"), Turn(1, Speaker.CUSTOMER, t)])
            for i, t in enumerate(texts)]


def scratch(scorer: str, work: Path) -> tuple[Path, Path]:
    """A copy of rules/ with the default taxonomy's scorer set, and a copy of models/ without topics-default."""
    rules, models = work / scorer / "rules", work / scorer / "models"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    shutil.copytree(DEFAULT_MODELS_DIR, models, ignore=shutil.ignore_patterns("topics-default"))
    tax_file = rules / "topics" / "default.yaml"
    spec = yaml.safe_load(tax_file.read_text(encoding="utf-8"))
    tax_file.write_text(yaml.safe_dump({**spec, "scorer": scorer}, allow_unicode=True), encoding="utf-8")
    return rules, models


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--n", type=int, default=96, help="interactions per run")
    ap.add_argument("--pool", type=int, default=500, help="unlabelled appeals for the distilled head")
    args = ap.parse_args()
    appeals = pd.read_csv(Path(args.data) / "spb_citizen_complaints_ru" / "appeals.csv", dtype=str, keep_default_na=False)
    everything = appeals[appeals["text"].str.strip() != ""]
    rest = everything.drop(everything.sample(2000, random_state=7).index).sample(frac=1.0, random_state=21)
    texts = [t[:1000] for t in rest["text"].iloc[: args.n]]
    pool = [t[:1000] for t in rest["text"].iloc[args.n : args.n + args.pool]]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for scorer in ("seed_head", "distilled", "zero_shot"):
            rules, models = scratch(scorer, work)
            if scorer == "distilled":
                start = time.perf_counter()
                artifact = build_distilled_artifact(load_taxonomy("default", rules), pool, rules)
                save_artifact(model_dir("default", models), artifact)
                print(f"distilled head built from {len(pool)} appeals in {time.perf_counter() - start:.0f} s "
                      "(pool vectors from the shared cache where present)", flush=True)
            os.environ["SERVICELENS_CACHE_DIR"] = str(work / scorer / "cache")  # empty: every night text is encoded
            analyser = Analyser(rules, models)
            clf = analyser.models.topics
            batch = interactions(texts)
            clf.predict_topics(["прогрев"])  # loads the encoder and embeds the prototypes once per process
            start = time.perf_counter()
            clf.predict_topics([customer_text(it) for it in batch])
            topic_s = time.perf_counter() - start
            os.environ["SERVICELENS_CACHE_DIR"] = str(work / scorer / "cache2")  # uncached again for the stage
            analyser = Analyser(rules, models)
            analyser.models.topics.predict_topics(["прогрев"])
            start = time.perf_counter()
            result = analyser.run(interactions(texts), progress=False)
            stage_s = time.perf_counter() - start
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"scorer {scorer:9s} (head {clf.head:9s}): topic step {len(texts) / topic_s:8.1f} interactions/s; "
                  f"whole analyse stage {len(texts) / stage_s:6.1f} interactions/s "
                  f"({len(result.interactions)} analysed, {len(result.rejected)} rejected); "
                  f"peak RSS so far {rss:,.0f} MB", flush=True)
            os.environ.pop("SERVICELENS_CACHE_DIR", None)


if __name__ == "__main__":
    main()
