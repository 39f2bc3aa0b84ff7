"""Printing a built-in deck as a whole process: `gedragen print DECK -o x.pdf` vs a bare ReportLab script (≤ 1.2×).

Ours is the installed command exactly as a facilitator types it (default options: poker cards on A4, duplex
along the long edge, crop marks, bleed, backs, theme icons, blank cards), in a data folder whose deck cache
(and the kept print layout and icon forms) was filled by a warm-up run, as after any earlier print. The baseline is
`benchmarks/bare_print.py`: a script that imports ReportLab, registers the same two TrueType files and draws
the same card texts (read from a JSON file the parent writes beforehand) and ids, nine to an A4 page, and
writes the PDF; nothing else. Both are fresh processes, run alternately after one warm-up each; time is
from spawn to exit (the PDF written), the ratio uses the minimum of each. Peak RSS and CPU time (user +
system, steadier than wall-clock time on a loaded machine) are reported, not budgeted.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from benchmarks._common import HEADER, Result, alternate, ensure_bytecode, spawn, summary

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
BUDGET = 1.2  # DESIGN §6: printing a built-in deck as a whole process ≤ 1.2 × the bare script
DECKS = ("po", "vo-mbo")


def measure(runs: int = RUNS) -> list[Result]:
    """Print each built-in deck with both programs alternately; return one result per deck."""
    from gedragen.core.library import DeckLibrary
    from gedragen.resources import fonts_dir

    ensure_bytecode()
    work = Path(tempfile.mkdtemp(prefix="gedragen-bench-"))
    env = dict(os.environ)
    env["GEDRAGEN_HOME"] = str(work / "home")
    script = Path(sys.executable).with_name("gedragen")
    gedragen = [str(script)] if script.exists() else [sys.executable, "-m", "gedragen"]
    library = DeckLibrary(work / "texts-only", use_cache=False)
    results = []
    for deck_id in DECKS:
        deck = library.get(deck_id)
        texts = work / f"{deck_id}.json"
        texts.write_text(json.dumps([[c.id, c.text] for c in deck.cards], ensure_ascii=False), encoding="utf-8")
        ours_cmd = [*gedragen, "print", deck_id, "-o", str(work / f"ours-{deck_id}.pdf")]
        base_cmd = [sys.executable, str(HERE / "bare_print.py"), str(texts), str(fonts_dir() / "DejaVuSans.ttf"),
                    str(fonts_dir() / "DejaVuSans-Bold.ttf"), str(work / f"bare-{deck_id}.pdf")]
        ours_mem: list[float] = []
        base_mem: list[float] = []
        ours_cpu: list[float] = []
        base_cpu: list[float] = []

        def ours(cmd: list[str] = ours_cmd, mem: list[float] = ours_mem, cpu: list[float] = ours_cpu) -> float:
            ms, mib, cpu_ms, _ = spawn(cmd, env)
            mem.append(mib)
            cpu.append(cpu_ms)
            return ms

        def base(cmd: list[str] = base_cmd, mem: list[float] = base_mem, cpu: list[float] = base_cpu) -> float:
            ms, mib, cpu_ms, _ = spawn(cmd, env)
            mem.append(mib)
            cpu.append(cpu_ms)
            return ms

        spawn(ours_cmd, env)  # warm-up: fills the deck cache, warms the file cache for both
        spawn(base_cmd, env)
        a, b = alternate(ours, base, runs)
        print(f"{deck_id} ({len(deck.cards)} kaarten) whole process: gedragen print {summary(a)} ms   "
              f"bare script {summary(b)} ms   ratio {min(a) / min(b):.2f}×   "
              f"peak RSS {min(ours_mem):.1f} vs {min(base_mem):.1f} MiB")
        print(f"{deck_id} CPU time (user + system, not budgeted): gedragen print {summary(ours_cpu)} ms   "
              f"bare script {summary(base_cpu)} ms   ratio {min(ours_cpu) / min(base_cpu):.2f}×")
        results.append(Result(f"print {deck_id} ({len(deck.cards)} cards), whole process", min(a), min(b), BUDGET))
    return results


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
