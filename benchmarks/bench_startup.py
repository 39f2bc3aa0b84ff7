"""Start to first painted window, and peak memory: `gedragen --measure-startup` vs a bare PySide6 window.

Both are started as fresh processes, alternately, several times; time is measured by this parent from
spawn to the child's first output line (the child prints once its first frame is painted), memory as
the child's peak RSS (ru_maxrss from wait4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import HEADER, Result, alternate, summary

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def _spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms until the first line, peak RSS in MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000.0
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not line.strip():
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024.0


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

    _spawn(ours_cmd, env)  # warm the file cache for both before measuring
    _spawn(base_cmd, env)
    a, b = alternate(ours, base, runs)
    print(f"start-up  gedragen: {summary(a)} ms   bare window: {summary(b)} ms")
    print(f"peak RSS  gedragen: {summary(ours_mem)} MiB   bare window: {summary(base_mem)} MiB")
    return [
        Result("start to first painted window", min(a), min(b), 1.5),
        Result("peak memory (RSS), both decks loaded", min(ours_mem), min(base_mem), 1.3, unit="MiB"),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
