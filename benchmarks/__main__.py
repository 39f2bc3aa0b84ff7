"""Run every benchmark and print one table of ratios against budgets: `python -m benchmarks`.

Each `benchmarks/bench_*.py` module exposes `measure() -> list[Result]`. Exit status 1 if any figure is
over its budget.
"""

from __future__ import annotations

import importlib
import platform
import sys
from pathlib import Path

from benchmarks._common import HEADER, Result

ORDER = ("bench_startup", "bench_loader", "bench_print", "bench_print_process", "bench_placement", "bench_burst", "bench_resume",
         "bench_devices", "bench_devices_app")


def main() -> int:
    """Run all benchmarks (or those named on the command line) and print the table."""
    wanted = sys.argv[1:] or [n for n in ORDER if (Path(__file__).parent / f"{n}.py").exists()]
    results: list[Result] = []
    for name in wanted:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", flush=True)
        results.extend(module.measure())
    cpu = platform.processor() or platform.machine()
    print()
    print(f"machine: {platform.system()} {platform.release()}, {cpu}, python {platform.python_version()}")
    print(HEADER)
    for result in results:
        print(result.line())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
