"""The device page's files (HTML, ES5 JavaScript, CSS, vendored SortableJS), read once from the package."""

from __future__ import annotations

import os
import stat
from importlib import resources
from pathlib import Path

from gedragen.remote.server import PageFile

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
MAX_ICON_BYTES = 64 * 1024
PAGE_FILES = ("index.html", "app.js", "style.css", "Sortable.min.js")
LANGUAGES = ("nl", "en")

# index.html is Dutch; in English the server serves it with these texts (app.js reads the lang attribute
# and takes its own texts from its table)
INDEX_EN = (
    ('<html lang="nl">', '<html lang="en">'),
    ("Doe mee met je team", "Join your team"),
    ("Typ de code die op het scherm van de begeleider staat.", "Type the code shown on the facilitator's screen."),
    (">Verder<", ">Next<"),
    ("Zet JavaScript aan in je browser om mee te doen.", "Turn on JavaScript in your browser to take part."),
)


def page_files(lang: str = "nl") -> dict[str, PageFile]:
    """Every file the page needs, by name, with its content type; the page speaks `lang` ("nl" or "en")."""
    folder = resources.files("gedragen.remote") / "page"
    files = {
        name: PageFile((folder / name).read_bytes(), _TYPES[name[name.rfind(".") :]]) for name in PAGE_FILES
    }
    if lang == "en":
        html = files["index.html"].body.decode("utf-8")
        for dutch, english in INDEX_EN:
            html = html.replace(dutch, english)
        files["index.html"] = PageFile(html.encode("utf-8"), files["index.html"].content_type)
    return files


def read_icon(path: Path | None) -> bytes | None:
    """A theme icon as the device page may show it: an SVG regular file of at most MAX_ICON_BYTES, else None
    (a FIFO or device never blocks the read: it is opened without waiting and refused after fstat)."""
    if path is None or path.suffix.lower() != ".svg":
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_ICON_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) > MAX_ICON_BYTES or b"<svg" not in data:
        return None
    return data
