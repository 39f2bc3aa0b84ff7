"""The device page's files (HTML, ES5 JavaScript, CSS, vendored SortableJS), read once from the package."""

from __future__ import annotations

from importlib import resources

from gedragen.remote.server import PageFile

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
PAGE_FILES = ("index.html", "app.js", "style.css", "Sortable.min.js")


def page_files() -> dict[str, PageFile]:
    """Every file the page needs, by name, with its content type."""
    folder = resources.files("gedragen.remote") / "page"
    return {
        name: PageFile((folder / name).read_bytes(), _TYPES[name[name.rfind(".") :]]) for name in PAGE_FILES
    }
