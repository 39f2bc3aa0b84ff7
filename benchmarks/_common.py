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


def ensure_bytecode() -> None:
    """Compile Gedragen's modules to .pyc before timing a fresh process.

    An installed app has its bytecode (pip compiles a wheel on install; a first start writes the cache), but a
    checkout run with PYTHONDONTWRITEBYTECODE would compile every module of ours from source on each start
    while the baseline, whose libraries are installed, would not: that would time the compiler, not the app.
    The baselines are scripts run as __main__, compiled on every run as Python always does.
    """
    import compileall
    from pathlib import Path

    import gedragen

    compileall.compile_dir(str(Path(gedragen.__file__).resolve().parent), quiet=1)


def spawn(cmd: list[str], env: dict[str, str], first_line: bool = False) -> tuple[float, float, float, str]:
    """Run one child process: (ms until its first output line, or until it ended; peak RSS in MiB; CPU ms; stdout).

    Memory is the child's own peak resident set (ru_maxrss from wait4); CPU is its user + system time over
    its whole life (wait4), which a loaded machine disturbs far less than the wall-clock time.
    """
    import os
    import subprocess

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline() if first_line else ""
    if first_line:
        elapsed = (time.perf_counter() - start) * 1000.0
    rest = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if not first_line:
        elapsed = (time.perf_counter() - start) * 1000.0
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = line + rest
    if proc.returncode != 0 or not out.strip():
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000.0
    return elapsed, usage.ru_maxrss / 1024.0, cpu, out
