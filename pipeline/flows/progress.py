"""Progress of a batched night: batches done / total, interactions/s and ETA.

Every finished batch writes one log line (Prefect's run logger inside a flow, so the figures are in
Prefect's logs too); on a terminal a rich progress bar shows the same figures live.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


@dataclass
class Rate:
    """Interactions per second so far and the time left at that rate."""

    done: int
    total: int
    elapsed_s: float

    @property
    def per_s(self) -> float:
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        return (self.total - self.done) / self.per_s if self.per_s > 0 else None


class NightProgress:
    def __init__(self, n_batches: int, n_interactions: int, show: bool = False, clock=time.monotonic) -> None:
        self.n_batches, self.n_interactions = n_batches, n_interactions
        self.batches_done = self.interactions_done = 0
        self.show, self.clock = show, clock
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._t0 = clock()

    def start(self, engine: str) -> None:
        from pipeline.flows.run_record import logger

        self._t0 = self.clock()
        logger().info("%d interactions in %d batches, %s", self.n_interactions, self.n_batches, engine)
        if self.show and self.n_batches:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("batches"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]} interactions/s"), TimeRemainingColumn())
            self._bar.start()
            self._task = self._bar.add_task("night", total=self.n_batches, rate="-")

    def rate(self) -> Rate:
        return Rate(self.interactions_done, self.n_interactions, self.clock() - self._t0)

    def batch_done(self, n_interactions: int) -> str:
        from pipeline.flows.run_record import logger

        self.batches_done += 1
        self.interactions_done += n_interactions
        rate = self.rate()
        line = (f"batch {self.batches_done}/{self.n_batches} done: {self.interactions_done}/{self.n_interactions} "
                f"interactions, {rate.per_s:.1f} interactions/s, ETA {format_eta(rate.eta_s)}")
        logger().info(line)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, rate=f"{rate.per_s:.1f}")
        return line

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
