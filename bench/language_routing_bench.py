"""How many texts of known language the sentiment router sends to the wrong scorer.

Compares the old router (count Cyrillic vs Latin letters of the raw text) with the current one
(:func:`pipeline.analyse.sentiment.guess_language`: language detector on the text without URLs,
@mentions, e-mail addresses and placeholders, py3langid for mixed scripts) on SentiRuEval-2016
(all Russian) and TweetEval (all English). Usage: python bench/language_routing_bench.py [DATA_DIR]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pandas as pd

from pipeline.analyse.sentiment import guess_language

_CYR, _LAT = re.compile(r"[а-яА-ЯёЁ]"), re.compile(r"[a-zA-Z]")


def script_count_language(text: str) -> str:
    """The router before issue 11: Cyrillic vs Latin letter counts of the raw text."""
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    return "ru" if cyr >= lat and cyr > 0 else ("en" if lat else "ru")


def main(data: Path) -> None:
    sets = {
        "SentiRuEval-2016 train (ru)": ("ru", [data / "sentirueval2016_ru" / f for f in ("bank_train.csv", "ttk_train.csv")]),
        "TweetEval sentiment (en)": ("en", [data / "tweeteval_sentiment_en" / f for f in ("train.csv", "val.csv")]),
    }
    for name, (lang, files) in sets.items():
        if not all(f.exists() for f in files):
            print(f"{name}: data not found, skipped")
            continue
        texts = pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files])["text"].tolist()
        for router_name, router in (("script count (old)", script_count_language), ("detector (new)", guess_language)):
            start = time.perf_counter()
            wrong = sum(1 for t in texts if router(t) != lang)
            secs = time.perf_counter() - start
            print(f"{name:30s} {router_name:20s} wrong scorer: {wrong:5d} / {len(texts)} ({100 * wrong / len(texts):.2f} %)"
                  f"  {len(texts) / secs:,.0f} texts/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
