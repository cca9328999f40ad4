"""One process-wide cache for what is built from the rules and models folders.

Compiled scorecards and the analyser (with its models) are expensive to build, so a long-running
process (``servicelens serve``, a Dask worker) keeps them. Every entry is keyed on the size and
modification time of *every* file under the folders it was built from, so an edited
``rules/kpi.yaml`` rebuilds the scorecards as surely as an edited scorecard does: the next night
always runs on the rules as they are on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_BUILT: dict[str, tuple[tuple, Any]] = {}


def files_signature(folder: str | Path) -> tuple:
    """(path, size, mtime) of every file under ``folder``: changes when any of them changes."""
    base = Path(folder)
    if not base.is_dir():
        return ()
    return tuple(sorted((str(p), st.st_size, st.st_mtime_ns)
                        for p in base.rglob("*") if p.is_file() for st in [p.stat()]))


def built_for(kind: str, build: Callable[[], T], *folders: str | Path) -> T:
    """The ``kind`` object built from ``folders``, rebuilt when any file under them changed.

    One object per kind is kept (models are large): a second rules folder replaces the first."""
    key = tuple((str(Path(f).resolve()), files_signature(f)) for f in folders)
    cached = _BUILT.get(kind)
    if cached is None or cached[0] != key:
        _BUILT.pop(kind, None)
        _BUILT[kind] = (key, build())
    return _BUILT[kind][1]


def clear() -> None:
    """Forget everything built (tests that force a load failure start from a clean process state)."""
    _BUILT.clear()
