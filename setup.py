"""Build hook: ship the top-level decks/ and assets/ folders inside the wheel as gedragen/_data/."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRS = ("decks", "assets")


class BuildPyWithData(build_py):
    """Copy decks/ and assets/ into the built package so an installed app finds them."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "gedragen" / "_data"
        for name in DATA_DIRS:
            src = ROOT / name
            if src.is_dir():
                dst = target / name
                if dst.exists():
                    shutil.rmtree(dst)
                shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
