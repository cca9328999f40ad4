"""Surface features of a customer text for the nightly sentiment head (ten dense columns, each in [0, 1]).

The SentiRuEval label is the sentiment *toward a company*: how many companies a text names, whether it
is a reply (starts with an @mention: operators' own answers are neutral), a retweet, a link or a quoted
headline (news, mostly neutral), a bank vs a telecom topic, and its `!` / `?` counts and length say
something the n-grams of a short tweet do not. Counts are capped at 3 and scaled; regular expressions
only (no model), so they cost nothing at night.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

_BANK = re.compile(r"\b(?:сбер\w*|втб\w*|газпромбанк\w*|альфа\w*|райф+айзен\w*|уралсиб\w*|россельхозбанк\w*|рсхб|банк\w*"
                   r"|кредит\w*|вклад\w*|ипотек\w*|карт\w*)")
COLUMNS = ("companies", "mentions", "reply", "url", "retweet", "bank_topic", "exclamations", "questions",
           "log_length", "quoted")


def surface_features(raw: Sequence[str], normalised: Sequence[str]) -> np.ndarray:
    """One row of :data:`COLUMNS` per text; ``normalised`` = :func:`~pipeline.analyse.text_features.normalise_text`
    of ``raw`` (placeholders ``company``, ``ment``, ``url``)."""
    rows = []
    for r, n in zip(raw, normalised):
        r = r or ""
        low = r.lower()
        toks = n.split()
        rows.append([
            min(toks.count("company"), 3) / 3,
            min(toks.count("ment"), 3) / 3,
            float(n.startswith("ment")),
            float("url" in toks),
            float(low.lstrip().startswith("rt")),
            float(bool(_BANK.search(low))),
            min(r.count("!"), 3) / 3,
            min(r.count("?"), 3) / 3,
            np.log1p(len(toks)) / 4,
            float("«" in r or "&amp;laquo;" in r),
        ])
    return np.asarray(rows, dtype=np.float32).reshape(-1, len(COLUMNS))
