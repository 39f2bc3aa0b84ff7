"""Start to first painted window, and peak memory: `gedragen --measure-startup` vs a bare PySide6 window.

Both are started as fresh processes, alternately, several times; time is measured by this parent from
spawn to the child's first output line (the child prints once its first frame is painted), memory as
the child's peak RSS (ru_maxrss from wait4). Budgets (DESIGN §6): time ≤ 1.3×, memory ≤ 1.25×.
Our modules are compiled to bytecode first (`ensure_bytecode`), as in an installed app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from benchmarks._common import HEADER, Result, alternate, ensure_bytecode, spawn, summary

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
TIME_BUDGET = 1.3  # DESIGN §6: start to first painted window ≤ 1.3 × the bare window
MEMORY_BUDGET = 1.25  # DESIGN §6: peak memory with both decks loaded ≤ 1.25 × the bare window


def _spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms until the first line, peak RSS in MiB) of one child process."""
    elapsed, mib, _, _ = spawn(cmd, env, first_line=True)
    return elapsed, mib


def measure(runs: int = RUNS) -> list[Result]:
    """Run both programs alternately and return the start-up and memory results."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="gedragen-bench-")
    env["GEDRAGEN_HOME"] = home
    # started as users start it: the installed `gedragen` command (python -m gedragen where it is missing)
    script = Path(sys.executable).with_name("gedragen")
    ours_cmd = [str(script), "--measure-startup"] if script.exists() else [sys.executable, "-m", "gedragen", "--measure-startup"]
    base_cmd = [sys.executable, str(HERE / "bare_window.py")]
    ours_mem: list[float] = []
    base_mem: list[float] = []

    def ours() -> float:
        ms, mib = _spawn(ours_cmd, env)
        ours_mem.append(mib)
        return ms

    def base() -> float:
        ms, mib = _spawn(base_cmd, env)
        base_mem.append(mib)
        return ms

    ensure_bytecode()
    _spawn(ours_cmd, env)  # warm the file cache for both before measuring
    _spawn(base_cmd, env)
    a, b = alternate(ours, base, runs)
    print(f"start-up  gedragen: {summary(a)} ms   bare window: {summary(b)} ms")
    print(f"peak RSS  gedragen: {summary(ours_mem)} MiB   bare window: {summary(base_mem)} MiB")
    return [
        Result("start to first painted window", min(a), min(b), TIME_BUDGET),
        Result("peak memory (RSS), both decks loaded", min(ours_mem), min(base_mem), MEMORY_BUDGET, unit="MiB"),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
