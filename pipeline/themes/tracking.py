"""Stable theme ids across nights: yesterday's id goes to today's theme with a close centroid or the same contacts.

A theme of yesterday that no cluster of today matches keeps the contacts (in no theme today) near its centre."""

from __future__ import annotations

from datetime import date
from typing import Sequence

import numpy as np

from pipeline.themes.cluster import centroid
from pipeline.themes.model import KnownTheme


def assign_ids(centroids: Sequence[np.ndarray], known: Sequence[KnownTheme], night: date,
               min_similarity: float, members: Sequence[frozenset[str]] = (), min_overlap: float = 1.0
               ) -> list[tuple[str, date]]:
    """``(theme_id, first_seen)`` per centroid: greedy one-to-one matching, best pairs first; a pair
    matches when its centroids are ``min_similarity`` close or (given ``members``, today's interaction
    ids per centroid) they share at least ``min_overlap`` of the smaller one's members: the same
    contacts are the same theme even when the centre moved (a theme that grew or lost an arm).
    An unmatched centroid gets a new id ``th-YYYYMMDD-NNN``."""
    out: list[tuple[str, date] | None] = [None] * len(centroids)
    if centroids and known:
        sims = np.vstack(centroids) @ np.vstack([k.centroid for k in known]).T - min_similarity
        if members:
            overlap = np.array([[len(a & k.members) / max(min(len(a), len(k.members)), 1) for k in known]
                                for a in members]) - min_overlap
            sims = np.maximum(sims, overlap)
        taken_new, taken_old = set(), set()
        for flat in np.argsort(-sims, axis=None):
            i, j = divmod(int(flat), sims.shape[1])
            if sims[i, j] < 0:
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


def attach_to_known(vectors: np.ndarray, labels: np.ndarray, known: Sequence[KnownTheme], match_similarity: float,
                    attach_similarity: float, min_size: int) -> tuple[np.ndarray, dict[int, KnownTheme]]:
    """Labels with yesterday's unmatched themes re-formed from today's loose contacts, and which new label
    is which known theme.

    A known theme whose centroid is below ``match_similarity`` from every cluster of today would lose its
    id (a small theme can fall under HDBSCAN's size one night and be back the next); the contacts in no
    theme that lie at least ``attach_similarity`` from its centroid (nearest known theme first) form it
    again when there are ``min_size`` of them.
    """
    keys = sorted(set(labels.tolist()) - {-1})
    known_c = np.vstack([k.centroid for k in known]).astype(np.float32)
    if known_c.shape[1] != vectors.shape[1]:
        return labels, {}
    if keys:
        today = np.vstack([centroid(vectors[labels == k]) for k in keys])
        unmatched = np.flatnonzero((known_c @ today.T).max(axis=1) < match_similarity)
    else:
        unmatched = np.arange(len(known))
    loose = np.flatnonzero(labels == -1)
    if not len(unmatched) or not len(loose):
        return labels, {}
    sims = vectors[loose] @ known_c[unmatched].T
    best = sims.argmax(axis=1)
    near = sims[np.arange(len(loose)), best] >= attach_similarity
    out = labels.copy()
    carried: dict[int, KnownTheme] = {}
    label = (max(keys) + 1) if keys else 0
    for slot, j in enumerate(unmatched):
        members = loose[near & (best == slot)]
        if len(members) >= min_size:
            out[members] = label
            carried[label] = known[int(j)]
            label += 1
    return out, carried
