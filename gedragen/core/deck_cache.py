"""A cache of validated decks, so the app starts without parsing YAML (like .pyc files for decks).

Each entry is keyed by the CRC-32 and size of the deck file's bytes, the folder it lies in, whether it
is a built-in deck, the message language and the loader's own fingerprint: any change to the file or to
the rules makes a miss (CRC-32 rather than SHA-256: zlib is loaded anyway, hashlib would cost the start
3 ms, and the key guards against stale entries, not against tampering, which the type checks handle), and a miss loads (and validates) the file with the real loader. Only decks that
passed validation are stored. A damaged or foreign cache file is ignored and rewritten, never trusted:
every entry is rebuilt through the same frozen dataclasses with strict type checks, and theme icons
must still exist.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from gedragen.core.atomic import write_atomic
from gedragen.core.deck import Card, Deck, Kind, Level, Theme
from gedragen.core.files import read_bounded

CACHE_FORMAT = "gedragen-deck-cache/1"
MAX_CACHE_BYTES = 64 * 1024 * 1024  # a bigger (or non-regular) cache file is ignored and rebuilt
# every module of ours the loader imports (tests/core/test_deck_cache.py checks the list stays complete)
_RULE_FILES = (
    "loader.py", "deck_checks.py", "deck.py", "messages.py", "deck_cache.py", "files.py", "icon_check.py",
    "errors.py",
)


@cache
def loader_fingerprint() -> str:
    """A digest of the deck rules' source, so a changed loader never reuses old entries."""
    digest = zlib.crc32(CACHE_FORMAT.encode())
    size = 0
    here = Path(__file__).resolve().parent
    for name in _RULE_FILES:
        try:
            data = (here / name).read_bytes()
        except OSError:  # frozen builds ship no sources: fall back to the version
            from gedragen import __version__

            data = __version__.encode()
        digest, size = zlib.crc32(data, digest), size + len(data)
    return f"{digest:08x}-{size}"


def cache_key(data: bytes, path: Path, builtin: bool, lang: str) -> str:
    """The key of one deck file's content in one place, for one set of rules."""
    content = f"{zlib.crc32(data):08x}-{len(data)}"
    return f"{content}|{path.resolve().parent}|{int(builtin)}|{lang}|{loader_fingerprint()}"


def _strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return tuple(value)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def deck_to_plain(deck: Deck) -> dict[str, Any]:
    """A JSON-ready form of a valid deck."""
    return {
        "id": deck.id,
        "title": deck.title,
        "audience": deck.audience,
        "language": deck.language,
        "version": deck.version,
        "description": deck.description,
        "blank_cards": deck.blank_cards,
        "source": str(deck.source) if deck.source else None,
        "builtin": deck.builtin,
        "kinds": [[k.id, k.label, k.shade, k.description] for k in deck.kinds],
        "themes": [
            [t.id, t.label, t.color, t.icon, str(t.icon_path) if t.icon_path else None] for t in deck.themes
        ],
        "levels": [[lv.id, lv.label] for lv in deck.levels],
        "cards": [
            [c.id, c.theme, c.kind, c.text, list(c.questions), c.note, c.expected, c.sensitive, list(c.levels)]
            for c in deck.cards
        ],
    }


def deck_from_plain(plain: Mapping[str, Any]) -> Deck:
    """Rebuild a deck from `deck_to_plain` output; ValueError on anything that is not exactly that."""
    try:
        kinds = tuple(
            Kind(_str(i), _str(label), _str(shade), _str(desc)) for i, label, shade, desc in plain["kinds"]
        )
        themes = []
        for tid, label, color, icon, icon_path in plain["themes"]:
            path = Path(_str(icon_path)) if icon_path is not None else None
            if path is not None and not path.is_file():
                raise ValueError(f"icon {path} is gone")
            themes.append(Theme(_str(tid), _str(label), _str(color), _opt_str(icon), path))
        levels = tuple(Level(_str(i), _str(label)) for i, label in plain["levels"])
        cards = tuple(
            Card(_str(cid), _str(theme), _str(kind), _str(text), _strs(questions), _opt_str(note),
                 _opt_str(expected), _bool(sensitive), _strs(card_levels))
            for cid, theme, kind, text, questions, note, expected, sensitive, card_levels in plain["cards"]
        )
        blank = plain["blank_cards"]
        builtin = plain["builtin"]
        if not isinstance(blank, int) or isinstance(blank, bool) or not isinstance(builtin, bool):
            raise ValueError("bad blank_cards or builtin")
        source = plain["source"]
        return Deck(
            id=_str(plain["id"]),
            title=_str(plain["title"]),
            audience=_str(plain["audience"]),
            kinds=kinds,
            themes=tuple(themes),
            cards=cards,
            language=_str(plain["language"]),
            version=_str(plain["version"]),
            description=_str(plain["description"]),
            blank_cards=blank,
            source=Path(_str(source)) if source is not None else None,
            builtin=builtin,
            levels=levels,
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not a cached deck: {exc}") from None


class DeckCache:
    """The cache file of one data folder; `folder=None` caches nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / "decks.json" if folder is not None else None
        self._entries: dict[str, Any] | None = None
        self._dirty = False

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            if self.file is not None:
                try:
                    raw = json.loads(read_bounded(self.file, MAX_CACHE_BYTES))
                    if isinstance(raw, dict) and raw.get("format") == CACHE_FORMAT:
                        entries = raw.get("entries")
                        if isinstance(entries, dict):
                            self._entries = entries
                except (OSError, ValueError):
                    pass  # no cache yet, or a damaged one: rebuilt from the deck files
        return self._entries

    def get(self, key: str) -> Deck | None:
        """The cached deck for `key`, or None (also when the entry is damaged)."""
        plain = self._load().get(key)
        if not isinstance(plain, dict):
            return None
        try:
            return deck_from_plain(plain)
        except ValueError:
            return None

    def put(self, key: str, deck: Deck) -> None:
        """Remember a validated deck under `key`."""
        self._load()[key] = deck_to_plain(deck)
        self._dirty = True

    def prune(self, keep: set[str]) -> None:
        """Forget entries of files that are no longer there or have changed."""
        entries = self._load()
        for key in [k for k in entries if k not in keep]:
            del entries[key]
            self._dirty = True

    def save(self) -> None:
        """Write the cache if it changed; a cache that cannot be written is simply not kept."""
        if not self._dirty or self.file is None or self._entries is None:
            return
        payload = json.dumps({"format": CACHE_FORMAT, "entries": self._entries}, ensure_ascii=False)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.file, payload)
        except OSError:
            return
        self._dirty = False
