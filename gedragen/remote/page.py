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
