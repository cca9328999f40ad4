"""Dense word-vector features for the linear text heads: the mean navec vector of a text's words.

navec (``navec_news_v1_1B_250K_300d_100q``: 250k Russian words, 300 dimensions, product-quantised)
ships inside the ``natasha`` package, so nothing is downloaded. A text's feature row is the mean of
the vectors of its known words (lower-cased, ``ё`` → ``е`` when only that spelling is known),
L2-normalised; a text without a known word gets a zero row. One dictionary lookup per word and a
gather of 100 centroid parts: tens of thousands of texts per second, no encoder call.

Words of a later period that the tweets never showed (new products, new slang) still land near
words the head has learnt, which is what a sparse TF-IDF cannot do.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Sequence

import numpy as np

NAVEC_FILE = "navec_news_v1_1B_250K_300d_100q.tar"
_WORD = re.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)*")


def navec_path() -> Path:
    """The navec file inside the installed ``natasha`` package (no machine path is stored anywhere)."""
    import importlib.util

    spec = importlib.util.find_spec("natasha")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("natasha is not installed (it ships the navec word vectors)")
    path = Path(spec.origin).parent / "data" / "emb" / NAVEC_FILE
    if not path.exists():
        raise FileNotFoundError(f"{NAVEC_FILE} not found in the natasha package")
    return path


@functools.lru_cache(maxsize=1)
def _navec():
    from navec import Navec

    return Navec.load(str(navec_path()))


def words(text: str) -> list[str]:
    """Lower-cased words (letters and inner hyphens) of ``text``."""
    return _WORD.findall((text or "").lower())


class NavecMean:
    """Mean navec vector of each text's words, L2-normalised (``dim`` = 300 columns)."""

    dim = 300

    def __init__(self) -> None:
        nv = _navec()
        self._ids = nv.vocab.word_ids
        self._indexes = nv.pq.indexes  # words x 100 (uint8 centroid index per part)
        self._codes = nv.pq.codes  # 100 parts x 256 centroids x 3
        self._parts = np.arange(nv.pq.qdim)
        self._unk = {nv.vocab.unk_id, nv.vocab.pad_id}

    def word_id(self, word: str) -> int | None:
        i = self._ids.get(word)
        if i is None and "ё" in word:
            i = self._ids.get(word.replace("ё", "е"))
        return None if i in self._unk else i

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = [i for i in (self.word_id(w) for w in words(text)) if i is not None]
            if not ids:
                continue
            # vectors of the words: the 100 quantised 3-dim parts of each, then their mean
            vec = self._codes[self._parts, self._indexes[ids]].reshape(len(ids), self.dim).mean(axis=0)
            norm = float(np.linalg.norm(vec))
            if norm > 0:
                out[row] = vec / norm
        return out


@functools.lru_cache(maxsize=1)
def navec_mean() -> NavecMean:
    """The shared featuriser (navec loads once per process, about 3 s)."""
    return NavecMean()


def word_vector_features(name: str, texts: Sequence[str]) -> np.ndarray:
    """Dense word-vector features by name: ``navec`` (Russian, 300 columns)."""
    if name != "navec":
        raise ValueError(f"unknown word vectors {name!r}; expected 'navec'")
    return navec_mean().transform(texts)
