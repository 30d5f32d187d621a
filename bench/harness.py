"""The bench scripts' one way to run and print a figure (issue 18): interleaved runs, median / min / max, the
floor measured in the same run on the same data, the ratio and the goal.

Every row of the issue's table is printed the same way, so a reader can put two runs side by side::

    Full bundle export / read floor                                     goal: ratio <= 2.0
      bundles.export_to_office              median   812.0  min   790.1  max   840.2 ms
      read floor                            median   402.3  min   398.0  max   420.9 ms
      ratio 2.02 (not met)

A target and its floor are run in turn (target, floor, target, floor, ...) rather than all of one then all of
the other, so a change in the machine's load (it is shared) weighs on both alike. Each measure is a callable
that does its own untimed setup (a fresh copy of a store, say) and returns the seconds of the timed part.

Used by ``bench_bulk.py`` (sync and writes at office scale) and ``bench_desktop.py`` (start, filter, search,
--help, memory).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Measure = Callable[[], float]


@dataclass
class Figure:
    """The timings of one measure, in seconds."""

    label: str
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def line(self, unit: str = "ms") -> str:
        scale = 1000.0 if unit == "ms" else 1.0
        lo, mid, hi = min(self.values) * scale, self.median * scale, max(self.values) * scale
        return f"  {self.label:<44}median {mid:9.1f}  min {lo:9.1f}  max {hi:9.1f} {unit}"


def interleaved(runs: int, measures: dict[str, Measure]) -> list[Figure]:
    """``runs`` rounds, each running every measure once in turn."""
    figures = [Figure(label) for label in measures]
    for _round in range(runs):
        for figure, measure in zip(figures, measures.values(), strict=True):
            figure.values.append(measure())
    return figures


def timed(work: Callable[[], object]) -> float:
    """Seconds ``work`` takes (wall clock)."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def title(text: str, goal: str) -> None:
    print(f"\n{text:<67} goal: {goal}", flush=True)


def ratio_row(text: str, target: Figure, floor: Figure, goal: float, unit: str = "ms") -> float:
    """Print a row measured against its floor; returns the ratio of the medians."""
    title(text, f"ratio <= {goal:g}")
    print(target.line(unit))
    print(floor.line(unit))
    ratio = target.median / floor.median
    print(f"  ratio {ratio:.2f} ({'met' if ratio <= goal else 'not met'})", flush=True)
    return ratio


def absolute_row(text: str, figure: Figure, goal_s: float, unit: str = "ms", note: str = "") -> None:
    """Print a row with a goal in seconds (no floor)."""
    title(text, f"<= {goal_s:g} s")
    print(figure.line(unit))
    print(f"  {'met' if figure.median <= goal_s else 'not met'}{'; ' + note if note else ''}", flush=True)


def header(runs: int) -> None:
    """The machine, and its load: the machine may be shared, and a figure means little without it."""
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the start; {runs} interleaved runs of each figure "
        "(median, min, max)."
    )


def footer() -> None:
    print(f"\nLoad average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
