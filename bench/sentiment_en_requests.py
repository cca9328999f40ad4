"""English head variants on the hand-labelled English support requests, ``tune`` split only (issue 11 item 2).

    python bench/sentiment_en_requests.py [--data ../shared/data] [--extra 0 2000]

Each variant is fitted on the 80 % of TweetEval ``train.csv`` that ``train_english`` fits on (the held-out 20 %
and val.csv are not read), with C = 0.3 and no offsets, optionally with ``--extra`` BANKING77 *train* texts
added as neutral (the labelled requests are BANKING77 *test* and NLU++ rows: no overlap). Prints, per variant,
how many of the tune split's plain requests it calls negative and its negative precision / recall there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from pipeline.analyse.linear_text import LinearTextClassifier
from pipeline.training.en_requests import load_english_requests, request_figures
from pipeline.training.sentiment_calibration import CLASSES, SEED

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--extra", type=int, nargs="*", default=[0, 2000])
    ap.add_argument("--nb", type=int, nargs="*", default=[0, 1], help="NB-SVM off (0) / on (1)")
    args = ap.parse_args()
    data = Path(args.data)
    frame = pd.read_csv(data / "tweeteval_sentiment_en" / "train.csv", dtype=str, keep_default_na=False)
    frame = frame[(frame["text"].str.strip() != "") & frame["label"].isin(CLASSES)]
    rest, _held = train_test_split(frame, test_size=0.2, random_state=SEED, stratify=frame["label"])
    bank = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    tune = load_english_requests("tune", data)
    assert tune is not None, "labelled requests need ../shared/data/banking77_en and nlupp_en"
    for nb in args.nb:
        for n in args.extra:
            extra = bank.sample(n=n, random_state=SEED)["text"].tolist() if n else []
            texts = rest["text"].tolist() + extra
            y = np.concatenate([rest["label"].to_numpy(), np.array(["neutral"] * len(extra), dtype=object)])
            m = LinearTextClassifier(C=0.3, class_weight="balanced", lexicon="vader", negation=True,
                                     nb_ratio=bool(nb)).fit(texts, y)
            f = request_figures(m.predict(tune.texts), tune.labels)
            print(f"NB-SVM {bool(nb)!s:5s} + {n:5d} BANKING77 train as neutral: tune {f['neutral_called_negative']}/"
                  f"{f['neutral']} neutral called negative, negative precision {f['negative_precision']:.3f}, "
                  f"recall {f['negative_recall']:.3f} ({f['gold_negative']} negative), accuracy {f['accuracy']:.3f}",
                  flush=True)


if __name__ == "__main__":
    main()
