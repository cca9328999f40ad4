"""Where a night's batches run: in the flow's own process, or on Dask.

``make_engine(workers, address)`` picks the engine: ``workers=0`` and no address runs batches one
after the other in this process; ``workers=N`` starts a ``LocalCluster`` of N worker processes (one
thread each) for the night; ``address="tcp://host:8786"`` uses an existing Dask cluster.

Batches are plain functions submitted with ``dask.distributed`` from the flow process: the workers
run no Prefect code, so they need no Prefect API (see docs/SCALE.md for why Prefect's
``DaskTaskRunner`` with process workers fails against the temporary local server). Models are
loaded once per worker process by the stages' own module-level caches and reused by every batch
that worker runs. Dask retries a failed batch (an exception or a worker that died) ``retries``
times. Results come back in batch order, with at most ``window`` batches submitted and not yet
consumed, so memory stays bounded however long the night is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol


class BatchEngine(Protocol):
    description: str

    def map(self, fn: Callable[..., Any], jobs: Iterable[tuple]) -> Iterator[tuple[int, Any]]:
        """``fn(*job)`` for each job; yields ``(index, result or the exception)`` in job order."""
        ...

    def close(self) -> None: ...


class InProcessEngine:
    """Batches one after the other in this process (the default, and the reference for tests)."""

    description = "in process"

    def __init__(self, retries: int = 1) -> None:
        self.retries = retries

    def map(self, fn: Callable[..., Any], jobs: Iterable[tuple]) -> Iterator[tuple[int, Any]]:
        for index, job in enumerate(jobs):
            outcome: Any = None
            for _attempt in range(self.retries + 1):
                try:
                    outcome = fn(*job)
                    break
                except Exception as exc:  # noqa: BLE001 - the caller quarantines the batch
                    outcome = exc
            yield index, outcome

    def close(self) -> None:
        pass


class DaskEngine:
    """Batches on a Dask cluster: a ``LocalCluster`` of ``workers`` processes, or one at ``address``."""

    def __init__(self, workers: int = 0, address: str | None = None, retries: int = 1,
                 in_flight_per_worker: int = 2) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if address:
            self.client = Client(address)
            self.description = f"Dask cluster at {address}"
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
            self.description = f"Dask LocalCluster of {workers} worker processes"
        slots = sum(self.client.nthreads().values()) or workers  # worker threads across the cluster
        self.retries = retries
        self.window = max(2, slots * in_flight_per_worker)

    def map(self, fn: Callable[..., Any], jobs: Iterable[tuple]) -> Iterator[tuple[int, Any]]:
        pending: dict[int, Any] = {}
        jobs_iter = enumerate(jobs)
        exhausted = False
        next_index = 0
        while True:
            while not exhausted and len(pending) < self.window:
                try:
                    index, job = next(jobs_iter)
                except StopIteration:
                    exhausted = True
                    break
                pending[index] = self.client.submit(fn, *job, pure=False, retries=self.retries,
                                                    key=f"servicelens-batch-{index}-{uuid.uuid4().hex[:8]}")
            if next_index not in pending:
                return
            future = pending.pop(next_index)
            try:
                outcome = future.result()
            except Exception as exc:  # noqa: BLE001 - the caller quarantines the batch
                outcome = exc
            future.release()
            yield next_index, outcome
            next_index += 1

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(workers: int = 0, address: str | None = None, retries: int = 1,
                in_flight_per_worker: int = 2) -> BatchEngine:
    if workers < 0:
        raise ValueError(f"--workers must be 0 or more, got {workers}")
    if address or workers > 0:
        return DaskEngine(workers, address, retries, in_flight_per_worker)
    return InProcessEngine(retries)
