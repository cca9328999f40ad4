"""Batch engines (issue 12): results in batch order, bounded in-flight window, retries, failures returned."""

from __future__ import annotations

import threading

import pytest

from pipeline.flows.dask_runner import DaskEngine, InProcessEngine, make_engine

ATTEMPTS: dict[int, int] = {}
_LOCK = threading.Lock()


def flaky_square(x: int) -> int:
    """Fails the first attempt of 3, always fails 5, squares the rest."""
    with _LOCK:
        ATTEMPTS[x] = ATTEMPTS.get(x, 0) + 1
        attempt = ATTEMPTS[x]
    if x == 5 or (x == 3 and attempt == 1):
        raise ValueError(f"bad batch {x}")
    return x * x


def test_in_process_engine_retries_then_returns_the_error():
    ATTEMPTS.clear()
    out = list(InProcessEngine(retries=1).map(flaky_square, [(i,) for i in range(7)]))
    assert [i for i, _ in out] == list(range(7))
    assert [r for i, r in out if i not in (5,)] == [0, 1, 4, 9, 16, 36]
    assert isinstance(out[5][1], ValueError) and ATTEMPTS[5] == 2 and ATTEMPTS[3] == 2


def test_dask_engine_on_an_existing_cluster_keeps_order_and_retries():
    from distributed import LocalCluster

    ATTEMPTS.clear()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        engine = make_engine(address=cluster.scheduler_address, retries=1, in_flight_per_worker=1)
        assert isinstance(engine, DaskEngine) and engine.window == 2
        submitted: list[int] = []

        def jobs():
            for i in range(7):
                submitted.append(i)
                yield (i,)

        seen = []
        for index, outcome in engine.map(flaky_square, jobs()):
            seen.append((index, outcome))
            assert len(submitted) <= index + 1 + engine.window  # never more than the window ahead
        engine.close()
    assert [i for i, _ in seen] == list(range(7))
    assert [r for i, r in seen if i != 5] == [0, 1, 4, 9, 16, 36]
    assert isinstance(seen[5][1], ValueError) and ATTEMPTS[5] == 2


def test_negative_workers_are_refused():
    with pytest.raises(ValueError, match="--workers"):
        make_engine(workers=-1)
