"""Where to get help, for the parent letter from the command line: the school's contacts and the help file.

The app keeps the school's contacts in `settings.ini` in the data folder (written by Qt's QSettings, see
`gedragen.ui.common.settings`); the command line reads the same file without Qt. The help file is the school's
own `hulp-en-melden.yaml` in the data folder when there is one, as in the app, else the shipped one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from gedragen.export.word import SchoolHelp

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "0": "\0",
            '"': '"', "'": "'", "?": "?", "\\": "\\"}


def ini_value(raw: str) -> str:
    """A string value as QSettings writes it in an ini file: quotes, backslash escapes, '@@' for '@'."""
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt == "x":
                digits = ""
                while (i + 2 + len(digits) < len(raw) and len(digits) < 6
                       and raw[i + 2 + len(digits)] in "0123456789abcdefABCDEF"):
                    digits += raw[i + 2 + len(digits)]
                code = int(digits, 16) if digits else -1  # at most 6 hex digits: never a huge number
                out.append(chr(code) if 0 <= code <= 0x10FFFF else "\ufffd" if digits else "x")
                i += 2 + len(digits)
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        elif ch == ";" and not quoted:
            break
        else:
            out.append(ch)
        i += 1
    text = "".join(out)
    if not raw.startswith('"'):
        text = text.strip()  # Qt quotes a value whose spaces at either end matter
    return text[1:] if text.startswith("@@") else text


def read_settings_section(path: Path, section: str) -> dict[str, str]:
    """{key: value} of one [section] of a QSettings ini file ({} when the file is missing or unreadable)."""
    from gedragen.core.files import read_bounded

    try:
        # bounded and only a regular file: settings.ini as a FIFO must not hang the command
        lines = read_bounded(path, 256 * 1024).decode("utf-8").splitlines()
    except (OSError, UnicodeError):
        return {}
    values: dict[str, str] = {}
    current = ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        key, eq, raw = line.partition("=")
        if eq and current == section:
            values[key.strip()] = ini_value(raw.strip())
    return values


def school_help(data_dir: Path, places: bool = True) -> SchoolHelp:
    """The school's name and contacts from the settings and (`places`) the national places from the help file."""
    from gedragen.export.help_card import read_help_places
    from gedragen.export.word import SCHOOL_CONTACT_ROLES, SchoolHelp
    from gedragen.resources import assets_dir

    school = read_settings_section(data_dir / "settings.ini", "school")
    contacts = tuple(
        (role, school.get(key.split("/", 1)[1], "").strip())
        for key, role in SCHOOL_CONTACT_ROLES
        if school.get(key.split("/", 1)[1], "").strip()
    )
    name = school.get("name", "").strip()
    if not places:
        return SchoolHelp(school=name, contacts=contacts)
    own = data_dir / "hulp-en-melden.yaml"
    found = read_help_places(own if own.is_file() else assets_dir() / "help" / "hulp-en-melden.yaml")
    return SchoolHelp(school=name, contacts=contacts, places=found)
