"""Ingest a night of any size with bounded memory: stream it, spill it sorted, read it back in batches.

:func:`ingest_streamed` reads the night with :func:`pipeline.ingest.stream_night` (a cheap first
pass for what needs the whole night: conversation ids, email threads, duplicates; then one
interaction at a time) and writes the interactions to a :class:`SortedSpill`: runs of ``run_size``
interactions, each sorted by (start time, id), pickled to a private temporary folder. The spill is
read back as one merged, time-ordered stream cut into batches, exactly the batches the in-memory
ingest gave (sort the night, cut it), while memory holds one run being written or one batch being
read, never the night.

The spill holds tonight's unredacted text, like the night's own input files: it lives in a folder
only this user can read (``tempfile.mkdtemp``, mode 0700; ``batches.spill_dir`` or the system
temporary folder) and is removed when the night ends, whether it succeeded or not. A night that was
killed cannot clean up; its folder carries its process id, and the next night removes the spills of
processes that no longer run (:func:`remove_orphaned_spills`).
"""

from __future__ import annotations

import heapq
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.ingest import night_files, read_agents, stream_night
from pipeline.ingest.config import IngestConfig
from pipeline.model import Interaction, Rejected


SPILL_PREFIX = "servicelens-night-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to judge
        return True
    return True


def remove_orphaned_spills(parent: str | Path | None = None) -> list[Path]:
    """Delete the spill folders under ``parent`` (default: the system temporary folder) whose night
    process is gone (killed before it could clean up: they hold unredacted text). Returns them."""
    base = Path(parent) if parent else Path(tempfile.gettempdir())
    removed = []
    for folder in base.glob(f"{SPILL_PREFIX}*-*"):
        pid = folder.name[len(SPILL_PREFIX):].split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _order(ix: Interaction) -> tuple:
    return (ix.started_at, ix.interaction_id)


class SortedSpill:
    """Interactions written to disk in sorted runs and read back merged in start-time order."""

    def __init__(self, run_size: int, parent: str | Path | None = None) -> None:
        if run_size < 1:
            raise ValueError(f"run_size must be at least 1, got {run_size}")
        self.run_size = run_size
        remove_orphaned_spills(parent)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}-", dir=parent))
        self.runs: list[Path] = []
        self.count = 0
        self._buffer: list[Interaction] = []

    def add(self, interaction: Interaction) -> None:
        self._buffer.append(interaction)
        self.count += 1
        if len(self._buffer) >= self.run_size:
            self._write_run()

    def finish(self) -> None:
        """Write what is still buffered; call once, after the last :meth:`add`."""
        if self._buffer:
            self._write_run()

    def _write_run(self) -> None:
        self._buffer.sort(key=_order)
        path = self.folder / f"run-{len(self.runs):05d}.pickle"
        with path.open("wb") as f:
            for ix in self._buffer:
                record = (ix.started_at, ix.interaction_id, ix.source_path,
                          pickle.dumps(ix, protocol=pickle.HIGHEST_PROTOCOL))
                pickle.dump(record, f, protocol=pickle.HIGHEST_PROTOCOL)
        self.runs.append(path)
        self._buffer = []

    def n_batches(self, size: int) -> int:
        return -(-self.count // size)

    def spilled_batches(self, size: int) -> Iterator[SpilledBatch]:
        """The spilled interactions in (start time, id) order, ``size`` at a time, still pickled:
        merging needs only their keys, and a batch goes to its worker as bytes, unpickled there."""
        if self._buffer:
            raise RuntimeError("SortedSpill.finish() was not called")
        batch = SpilledBatch()
        for _started, interaction_id, source, blob in heapq.merge(*(_read_run(path) for path in self.runs),
                                                                  key=lambda r: (r[0], r[1])):
            batch.items.append((interaction_id, source))
            batch.blobs.append(blob)
            if len(batch.blobs) == size:
                yield batch
                batch = SpilledBatch()
        if batch.blobs:
            yield batch

    def batches(self, size: int) -> Iterator[list[Interaction]]:
        """The spilled interactions in (start time, id) order, in lists of ``size``."""
        for batch in self.spilled_batches(size):
            yield batch.interactions()

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(slots=True)
class SpilledBatch:
    """One batch as read from the spill: each interaction's id and source file, and its pickle."""

    items: list[tuple[str, str | None]] = field(default_factory=list)  # (interaction id, source path)
    blobs: list[bytes] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.blobs)

    def interactions(self) -> list[Interaction]:
        return [pickle.loads(blob) for blob in self.blobs]


def _read_run(path: Path) -> Iterator[tuple]:
    with path.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


@dataclass
class StreamedNight:
    """An ingested night whose interactions wait, sorted, in a :class:`SortedSpill`."""

    spill: SortedSpill
    rejected: list[Rejected] = field(default_factory=list)
    agents: dict[str, dict[str, str]] = field(default_factory=dict)
    survey_files: list[Path] = field(default_factory=list)
    n_files: int = 0

    @property
    def n_interactions(self) -> int:
        return self.spill.count


def ingest_streamed(folder: str | Path, config: IngestConfig, night: date | None = None, run_size: int = 2000,
                    spill_dir: str | Path | None = None) -> StreamedNight:
    """Read one night folder into a sorted spill (see the module docstring). Never raises for a bad
    file: it is rejected, as in :func:`pipeline.ingest.ingest_night`, which this matches item for item.

    The cyclic garbage collector stays on (unlike the in-memory ingest, which pauses it): what is
    alive stays small here, and garbage with cycles (parsed email objects) must not pile up for the
    whole night.
    """
    folder = Path(folder)
    agents, rejected = read_agents(folder / "agents.csv", config)
    files = night_files(folder)
    result = StreamedNight(SortedSpill(run_size, spill_dir), rejected + files.rejected, agents, files.surveys,
                           files.n_files)
    try:
        for item in stream_night(files, config, night):
            if isinstance(item, Rejected):
                result.rejected.append(item)
            else:
                result.spill.add(item)
        result.spill.finish()
    except BaseException:
        result.spill.remove()
        raise
    return result
