"""Small shared helpers for the benchmarks: timing, alternating runs, and one result line format."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One budget line: our figure, the baseline's, their ratio, and the budget."""

    name: str
    ours_ms: float
    base_ms: float | None
    budget: float
    unit: str = "ms"
    absolute: bool = False  # budget is an absolute figure (ours ≤ budget), not a ratio

    @property
    def ratio(self) -> float | None:
        """ours / baseline, or None for an absolute budget."""
        if self.absolute or not self.base_ms:
            return None
        return self.ours_ms / self.base_ms

    @property
    def ok(self) -> bool:
        """Whether the figure is within its budget."""
        if self.absolute:
            return self.ours_ms <= self.budget
        ratio = self.ratio
        return ratio is not None and ratio <= self.budget

    def line(self) -> str:
        """A table row: name | ours | baseline | ratio | budget | verdict."""
        base = f"{self.base_ms:9.2f} {self.unit}" if self.base_ms is not None else " " * 12
        if self.absolute:
            ratio, budget = "      -", f"≤ {self.budget:g} {self.unit}"
        else:
            ratio, budget = f"{self.ratio:6.2f}×", f"≤ {self.budget:g}×"
        verdict = "OK" if self.ok else "OVER BUDGET"
        return f"| {self.name:<44} | {self.ours_ms:9.2f} {self.unit} | {base} | {ratio} | {budget:<9} | {verdict} |"


HEADER = (
    f"| {'benchmark':<44} | {'ours':>12} | {'baseline':>12} | {'ratio':>7} | {'budget':<9} | verdict |\n"
    f"|{'-' * 46}|{'-' * 14}|{'-' * 14}|{'-' * 9}|{'-' * 11}|---------|"
)


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call of fn takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def alternate(ours: Callable[[], float], base: Callable[[], float], runs: int) -> tuple[list[float], list[float]]:
    """Run ours and base alternately `runs` times each; return both lists of measurements."""
    a: list[float] = []
    b: list[float] = []
    for i in range(runs):
        if i % 2 == 0:
            a.append(ours())
            b.append(base())
        else:
            b.append(base())
            a.append(ours())
    return a, b


def summary(values: list[float]) -> str:
    """'min x / median y' for a list of figures."""
    return f"min {min(values):.2f} / median {statistics.median(values):.2f}"
