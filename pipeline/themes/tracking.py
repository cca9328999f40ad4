"""Stable theme ids across nights: today's theme takes yesterday's id when their centroids are close."""

from __future__ import annotations

from datetime import date
from typing import Sequence

import numpy as np

from pipeline.themes.model import KnownTheme


def assign_ids(centroids: Sequence[np.ndarray], known: Sequence[KnownTheme], night: date,
               min_similarity: float) -> list[tuple[str, date]]:
    """``(theme_id, first_seen)`` per centroid: greedy one-to-one matching by cosine, best pairs first;
    an unmatched centroid gets a new id ``th-YYYYMMDD-NNN``."""
    out: list[tuple[str, date] | None] = [None] * len(centroids)
    if centroids and known:
        sims = np.vstack(centroids) @ np.vstack([k.centroid for k in known]).T
        taken_new, taken_old = set(), set()
        for flat in np.argsort(-sims, axis=None):
            i, j = divmod(int(flat), sims.shape[1])
            if sims[i, j] < min_similarity:
                break
            if i in taken_new or j in taken_old:
                continue
            out[i] = (known[j].theme_id, known[j].first_seen)
            taken_new.add(i)
            taken_old.add(j)
    used = {k.theme_id for k in known}
    serial = 0
    for i, got in enumerate(out):
        if got is None:
            serial += 1
            while (new_id := f"th-{night:%Y%m%d}-{serial:03d}") in used:
                serial += 1
            out[i] = (new_id, night)
    return [o for o in out if o is not None]
