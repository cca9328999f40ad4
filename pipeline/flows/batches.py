"""A night in batches: transcribe → analyse → score per batch (anywhere), load per batch (here).

Ingest streams the night into a sorted spill (:mod:`pipeline.ingest.streamed`): a cheap first pass
sees every conversation id and email header, so email threads and duplicate contacts are still
resolved over the whole night, and no step holds the whole night in memory. The spill is read back
in start-time order and cut into batches of ``batches.size`` (``rules/pipeline.yaml``). Each batch
is transcribed, analysed and scored by a :mod:`pipeline.flows.dask_runner` engine (this process or
Dask workers) and loaded by the flow process alone, in batch order, each load in its own short
warehouse connection and transaction: one writer, and loading in start-time order gives exactly
the rows a single pass would. A loaded batch is dropped before the next one is waited for.

A batch that fails on its worker is retried (``batches.retries``); if it still fails, or its load
fails after the load task's own retries, its interactions are quarantined as a whole with the
reason (stage ``batch`` / ``load``) and the night goes on with the next batch. Repeat contacts
run afterwards, set-based over the warehouse, as before.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field

from pipeline.config import RulesModel
from pipeline.ingest.streamed import SpilledBatch, StreamedNight
from pipeline.model import Interaction, Rejected, Status
from pipeline.runtime.memory import peak_rss_mb
from pipeline.warehouse.load import LoadCounts, PreparedInteraction, RunInfo, prepare


class BatchConfig(RulesModel):
    """``batches:`` in ``rules/pipeline.yaml``."""

    size: int = Field(2000, ge=1, le=1_000_000, description="interactions per batch")
    retries: int = Field(1, ge=0, le=5, description="re-runs of a batch that failed on its worker")
    in_flight_per_worker: int = Field(2, ge=1, le=16, description="batches queued per Dask worker")
    lock_wait_s: float = Field(300.0, ge=0, description="how long a night waits for another night's lock")
    spill_dir: str | None = Field(None, description="folder for the night's sorted spill (default: the system "
                                                     "temporary folder); removed when the night ends")


def load_batch_config(rules_dir: str | Path | None) -> BatchConfig:
    """``batches:`` of ``rules/pipeline.yaml``, validated with the whole file (PipelineConfig)."""
    from pipeline.flows.run_config import load_pipeline_config

    return load_pipeline_config(rules_dir).batches


def split_batches(items: list[Interaction], size: int) -> list[list[Interaction]]:
    return [items[k:k + size] for k in range(0, len(items), size)]


@dataclass(slots=True)
class BatchOutput:
    """What one batch's analysis returns to the flow process: the scored interactions, or (from
    :func:`process_spilled_batch`) only their warehouse rows, built on the worker."""

    interactions: list[Interaction]
    rejected: list[Rejected]
    seconds: float
    cpu_seconds: float = 0.0  # CPU time of the process that ran it (its worker), this batch only
    worker: int = 0  # process id of that worker: its first batch also loads the models
    prepared: list[PreparedInteraction] = field(default_factory=list)
    worker_peak_rss_mb: int = 0  # that worker process's own peak RSS so far (pipeline.runtime.memory)

    def loadable(self) -> list[Interaction] | list[PreparedInteraction]:
        return self.prepared or self.interactions


def process_batch(interactions: list[Interaction], rules_dir: str, models_dir: str,
                  transcribe_options: Any) -> BatchOutput:
    """Transcribe, analyse and score one batch (runs on a Dask worker or in this process).

    The stages keep their models in module-level caches, so a worker loads each model once and
    reuses it for every batch it runs.
    """
    from pipeline.scoring.stage import score_stage
    from pipeline.analyse.stage import analyse_stage
    from pipeline.transcribe.stage import transcribe_stage

    start, cpu_start = time.perf_counter(), time.process_time()
    waiting = [ix for ix in interactions if ix.status == Status.AWAITING_TRANSCRIPTION]
    ready = [ix for ix in interactions if ix.status != Status.AWAITING_TRANSCRIPTION]
    rejected: list[Rejected] = []
    transcribed = transcribe_stage(waiting, transcribe_options) if waiting else None
    if transcribed is not None:
        rejected += transcribed.rejected
        ready += transcribed.interactions
    analysed = analyse_stage(ready, rules_dir, models_dir)
    rejected += analysed.rejected
    scored = score_stage(analysed.interactions, rules_dir)
    rejected += scored.rejected
    out = sorted(scored.interactions, key=lambda ix: (ix.started_at, ix.interaction_id))
    return BatchOutput(out, rejected, time.perf_counter() - start, time.process_time() - cpu_start, os.getpid(),
                       worker_peak_rss_mb=peak_rss_mb())


def process_spilled_batch(batch: SpilledBatch, rules_dir: str, models_dir: str,
                          transcribe_options: Any, run: RunInfo | None = None) -> BatchOutput:
    """:func:`process_batch` of a batch shipped as the spill's pickles: the flow process reads them
    and sends them on without ever unpickling them; the worker does, once. Given the run
    (:meth:`RunInfo.for_workers`), the worker also builds the warehouse rows and returns only those
    (:class:`PreparedInteraction`): the single writer then neither builds rows nor unpickles
    interactions, the night's serial part that limits what a second worker gains."""
    out = process_batch(batch.interactions(), rules_dir, models_dir, transcribe_options)
    if run is None:
        return out
    cpu_start = time.process_time()
    prepared = [prepare(ix, run) for ix in out.interactions]
    return BatchOutput([], out.rejected, out.seconds, out.cpu_seconds + time.process_time() - cpu_start,
                       out.worker, prepared, worker_peak_rss_mb=peak_rss_mb())


@dataclass
class BatchedNight:
    """The loaded night, as ``_run_stages`` summarises it."""

    counts: LoadCounts = field(default_factory=LoadCounts)
    rejected: list[Rejected] = field(default_factory=list)
    per_channel: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    failed_batches: int = 0
    timings: BatchTimings = field(default_factory=lambda: BatchTimings())
    worker_peak_rss_mb: dict[int, int] = field(default_factory=dict)  # process id → its peak RSS (MiB)


@dataclass
class BatchTimings:
    """Where a batched night's time went, for docs/SCALE.md's 1 → 2 workers question (seconds).

    ``wait_s``: the flow process blocked on the engine for results (in process: the batches
    themselves); ``load_s``: the single writer's loads; ``batch_cpu_s``: CPU of the batches where they
    ran; ``first_batch_cpu_s``: of each worker's first batch (it also loads the models).
    """

    wait_s: float = 0.0
    load_s: float = 0.0
    batch_cpu_s: float = 0.0
    batch_wall_s: float = 0.0
    first_batch_cpu_s: float = 0.0
    workers_seen: int = 0

    def as_dict(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 2) for name in self.__dataclass_fields__}


def _add(total: LoadCounts, part: LoadCounts) -> None:
    for name in ("new", "changed", "unchanged", "quarantined_new", "quarantined_surveys"):
        setattr(total, name, getattr(total, name) + getattr(part, name))


def _quarantine_batch(batch: list[tuple[str, str | None]], index: int, n: int, stage: str,
                      exc: BaseException) -> list[Rejected]:
    """Every (interaction id, source path) of a failed batch, set aside with the same reason."""
    # the exception's type only: a message may quote the (unredacted) text it failed on
    reason = f"batch {index + 1}/{n} failed and was set aside whole: {type(exc).__name__}"
    return [Rejected(source=source or f"batch {index + 1}/{n}", item=interaction_id, stage=stage, reason=reason)
            for interaction_id, source in batch]


def run_batches(call: Callable[..., Any], connect: Callable[[], Any], result: StreamedNight, run: Any, config: Any,
                rules_dir: Path, models_dir: Path, transcribe_options: Any, workers: int = 0,
                dask_address: str | None = None, batch_config: BatchConfig | None = None) -> BatchedNight:
    """Analyse and load ``result``'s spilled interactions batch by batch; see the module docstring.

    ``call(name, fn, *args)`` runs a stage (a Prefect task or a plain call), ``connect()`` opens a
    warehouse connection for one load.
    """
    from pipeline.flows.dask_runner import make_engine
    from pipeline.flows.progress import NightProgress
    from pipeline.flows.steps import LoadPart, load
    from pipeline.transcribe.options import load_options

    settings = batch_config or load_batch_config(rules_dir)
    options = transcribe_options or load_options(rules_dir)
    n_batches = result.spill.n_batches(settings.size)
    night = BatchedNight(batches=n_batches)
    in_flight: dict[int, SpilledBatch] = {}  # batches read from the spill and not yet loaded
    worker_run = run.for_workers() if isinstance(run, RunInfo) else None

    def jobs():
        for index, batch in enumerate(result.spill.spilled_batches(settings.size)):
            in_flight[index] = batch
            yield batch, str(rules_dir), str(models_dir), options, worker_run

    timings = night.timings
    workers_seen: set[int] = set()

    def load_part(interactions: list[Interaction] | list[PreparedInteraction], rejected: list[Rejected], agents: dict,
                  surveys: list) -> LoadCounts:
        part = LoadPart(interactions=interactions, agents=agents, survey_files=surveys)
        started = time.perf_counter()
        try:
            with connect() as wh:
                return call("load", load, wh, part, rejected, run, config)
        finally:
            timings.load_s += time.perf_counter() - started

    def outcomes() -> Iterator[tuple[int, Any]]:
        results = iter(engine.map(process_spilled_batch, jobs()))
        while True:
            started = time.perf_counter()
            try:
                index, outcome = next(results)
            except StopIteration:
                return
            finally:
                timings.wait_s += time.perf_counter() - started
            if isinstance(outcome, BatchOutput):
                timings.batch_cpu_s += outcome.cpu_seconds
                timings.batch_wall_s += outcome.seconds
                peaks = night.worker_peak_rss_mb
                peaks[outcome.worker] = max(peaks.get(outcome.worker, 0), outcome.worker_peak_rss_mb)
                if outcome.worker not in workers_seen:
                    workers_seen.add(outcome.worker)
                    timings.first_batch_cpu_s += outcome.cpu_seconds
                    timings.workers_seen = len(workers_seen)
            yield index, outcome

    # what ingest set aside and the agent roster go first, in a load of their own
    _add(night.counts, load_part([], list(result.rejected), result.agents, []))
    night.rejected += result.rejected
    progress = NightProgress(n_batches, result.n_interactions, show=sys.stderr.isatty())
    engine = make_engine(workers, dask_address, settings.retries, settings.in_flight_per_worker)
    progress.start(engine.description)
    try:
        for index, outcome in outcomes():
            batch = in_flight.pop(index)
            loadable: list[Interaction] | list[PreparedInteraction] = []
            if isinstance(outcome, BaseException):
                night.failed_batches += 1
                rejected = _quarantine_batch(batch.items, index, n_batches, "batch", outcome)
                _add(night.counts, load_part([], rejected, result.agents, []))
            else:
                rejected = outcome.rejected
                loadable = outcome.loadable()
                try:
                    _add(night.counts, load_part(loadable, rejected, result.agents, []))
                except Exception as exc:  # noqa: BLE001 - the load task already retried transient errors
                    night.failed_batches += 1
                    rejected = rejected + _quarantine_batch(
                        [(ix.interaction_id, ix.source_path) for ix in loadable], index, n_batches, "load", exc)
                    _add(night.counts, load_part([], rejected, {}, []))
                else:
                    for ix in loadable:
                        night.per_channel[ix.channel.value] = night.per_channel.get(ix.channel.value, 0) + 1
            night.rejected += rejected
            progress.batch_done(len(batch))
            del batch, outcome, loadable  # loaded: let it go before the next batch is awaited
    finally:
        progress.stop()
        engine.close()
        result.spill.remove()
    if result.survey_files:
        _add(night.counts, load_part([], [], {}, list(result.survey_files)))
    return night
