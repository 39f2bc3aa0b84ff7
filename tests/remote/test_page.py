"""The device page as shipped: offline (no outside address), ES5 for old Safari, the vendored SortableJS
unchanged (sha256 as written beside it), and every file the HTML loads served from memory."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from gedragen.remote.page import PAGE_FILES, page_files

PAGE = Path(__file__).resolve().parents[2] / "gedragen" / "remote" / "page"


def test_the_vendored_sortablejs_matches_the_sha256_in_its_readme() -> None:
    readme = (PAGE / "README.md").read_text(encoding="utf-8")
    written = re.search(r"sha256 \| `([0-9a-f]{64})`", readme)
    assert written is not None
    assert hashlib.sha256((PAGE / "Sortable.min.js").read_bytes()).hexdigest() == written.group(1)
    version = re.search(r"versie \| ([0-9.]+)", readme)
    assert version is not None and f"Sortable {version.group(1)} " in (PAGE / "Sortable.min.js").read_text()[:80]
    assert "MIT License" in (PAGE / "LICENSE-SortableJS.txt").read_text(encoding="utf-8")


def test_our_page_files_reach_nothing_outside_the_app() -> None:
    for name in ("index.html", "app.js", "style.css"):
        text = (PAGE / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", text), name
        assert "@import" not in text and "fetch(" not in text, name


def test_app_js_is_es5_without_modules() -> None:
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", (PAGE / "app.js").read_text(encoding="utf-8"), flags=re.S)
    code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', code)  # texts may say anything
    for construct in (r"\blet\b", r"\bconst\b", r"=>", r"`", r"\bclass\b", r"\bimport\b", r"\bexport\b",
                      r"\.includes\(", r"\basync\b", r"\bawait\b", r"\.\.\."):
        assert not re.search(construct, code), construct


def test_every_file_the_html_loads_is_served() -> None:
    html = (PAGE / "index.html").read_text(encoding="utf-8")
    loaded = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert sorted(loaded) == sorted(n for n in PAGE_FILES if n != "index.html")
    files = page_files()
    assert set(files) == set(PAGE_FILES)
    assert files["app.js"].content_type.startswith("text/javascript")
    assert all(f.body for f in files.values())
