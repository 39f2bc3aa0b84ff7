"""The wheel carries decks, assets and fonts: build it, install it in a fresh venv outside the tree, use it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """A fresh venv (outside the source tree) with the freshly built wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    # --no-isolation: build offline with the setuptools already in the test environment
    built = _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)], root)
    assert built.returncode == 0, built.stderr[-3000:]
    wheels = list(dist.glob("gedragen-*.whl"))
    assert len(wheels) == 1
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=True)
    site = next((env_dir / "lib").glob("python3*/site-packages")) if os.name != "nt" else env_dir / "Lib" / "site-packages"
    # dependencies (PySide6, ReportLab, …) come from the test environment, so no network is needed
    (site / "_deps_from_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    inst = _run([str(bindir / "python"), "-m", "pip", "install", "--no-deps", "--no-index", str(wheels[0])], root)
    assert inst.returncode == 0, inst.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["GEDRAGEN_HOME"] = str(root / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    workdir = root / "elsewhere"
    workdir.mkdir()
    return bindir, env, workdir


def test_installed_package_is_the_wheel_not_the_source(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, workdir = installed
    out = _run([str(bindir / "python"), "-c", "import gedragen.resources as r; print(r.data_root())"], workdir, env)
    assert out.returncode == 0, out.stderr
    root = Path(out.stdout.strip())
    assert REPO not in root.parents and root != REPO
    assert (root / "decks" / "po.yaml").is_file()
    assert (root / "assets" / "fonts" / "DejaVuSans.ttf").is_file()


def test_installed_commands_work(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, workdir = installed
    gedragen = str(bindir / "gedragen")
    listed = _run([gedragen, "decks"], workdir, env)
    assert listed.returncode == 0, listed.stderr
    assert "po" in listed.stdout and "vo-mbo" in listed.stdout
    root = Path(_run([str(bindir / "python"), "-c", "import gedragen.resources as r; print(r.data_root())"], workdir, env).stdout.strip())
    valid = _run([gedragen, "validate", *(str(p) for p in sorted((root / "decks").glob("*.yaml")))], workdir, env)
    assert valid.returncode == 0, valid.stderr
    pdf = workdir / "po.pdf"
    printed = _run([gedragen, "print", "po", "-o", str(pdf)], workdir, env)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    started = _run([gedragen, "--measure-startup"], workdir, env)
    assert started.returncode == 0, started.stderr[-3000:]
    assert float(started.stdout.strip().splitlines()[-1]) > 0


def test_installed_wheel_carries_the_device_page(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, workdir = installed
    code = "from gedragen.remote.page import page_files; print(sorted((n, len(f.body)) for n, f in page_files().items()))"
    out = _run([str(bindir / "python"), "-c", code], workdir, env)
    assert out.returncode == 0, out.stderr[-3000:]
    for name in ("index.html", "app.js", "style.css", "Sortable.min.js"):
        assert f"('{name}', " in out.stdout
