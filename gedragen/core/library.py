"""The deck library: the built-in decks plus the user's own decks in the data folder.

One bad own deck never stops the app: it is left out and reported by `problems()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple, TypeVar

from gedragen import resources
from gedragen.core import paths
from gedragen.core.atomic import write_atomic
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.deck_cache import DeckCache, cache_key
from gedragen.core.errors import DeckError, DeckProblem, GedragenError, describe_os_error
from gedragen.core.files import MAX_DECK_BYTES, MAX_ICON_BYTES, read_bounded
from gedragen.core.messages import hint, message

# The loader (and PyYAML) and the writer are imported where needed: a start with cached decks needs neither.

EIGEN_DECK_ID = "eigen-situaties"
EIGEN_CARD_PREFIX = "eigen-"
CLASH_CHOICES = ("error", "replace", "rename")
_EIGEN_NUMBER = re.compile(r"eigen-(\d+)")
_ID_LINE = re.compile(r"^id\s*:", re.MULTILINE)
P = TypeVar("P", Theme, Kind)


class _Loaded(NamedTuple):
    builtin: tuple[Deck, ...]
    own: tuple[Deck, ...]
    problems: tuple[DeckError, ...]


def _close_matches(word: str, candidates: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """difflib.get_close_matches, imported only when a suggestion is needed."""
    import difflib

    return difflib.get_close_matches(word, list(candidates), n=n, cutoff=cutoff)


def load_deck(path: Path, *, lang: str = "nl", builtin: bool = False) -> Deck:
    """`gedragen.core.loader.load_deck`, imported on first use."""
    from gedragen.core.loader import load_deck as load

    return load(path, lang=lang, builtin=builtin)


def load_deck_text(text: str, *, filename: str, base_dir: Path, lang: str) -> Deck:
    """`gedragen.core.loader.load_deck_text`, imported on first use."""
    from gedragen.core.loader import load_deck_text as load

    return load(text, filename=filename, base_dir=base_dir, lang=lang)


def deck_to_yaml(deck: Deck) -> str:
    """`gedragen.core.deck_writer.deck_to_yaml`, imported on first use."""
    from gedragen.core.deck_writer import deck_to_yaml as write

    return write(deck)


def _write_error(exc: OSError, path: Path) -> GedragenError:
    """A Dutch one-line error for a deck that could not be written (the old file is untouched)."""
    return GedragenError(f"{path}: de kaartenset kan niet worden opgeslagen: {describe_os_error(exc)}")


def _id_line(path: Path) -> int:
    """Line of the top-level `id:` key in a deck file (1 when it cannot be found)."""
    try:
        text = read_bounded(path, MAX_DECK_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return 1
    found = _ID_LINE.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _is_deck_path(value: str) -> bool:
    return value.lower().endswith((".yaml", ".yml")) or "/" in value or "\\" in value


class DeckLibrary:
    """Built-in and own decks of one data folder; loaded on first use, reloaded after every change."""

    def __init__(self, data_dir: Path, lang: str = "nl", use_cache: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.lang = lang
        self._loaded: _Loaded | None = None
        self._use_cache = use_cache

    # ------------------------------------------------------------------ reading

    @property
    def own_dir(self) -> Path:
        """The folder of the own decks (created when the first own deck is saved)."""
        return paths.own_decks_dir(self.data_dir)

    def reload(self) -> None:
        """Forget what was loaded; the next call reads the folders again."""
        self._loaded = None

    def _state(self) -> _Loaded:
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded

    def _load_cached(self, path: Path, builtin: bool, cache: DeckCache, keys: set[str]) -> Deck:
        """A deck file through the cache: a hit skips parsing, a miss validates and remembers it."""
        try:
            # a FIFO, a link to /dev/zero or a huge file is refused here without reading it
            data = read_bounded(path, MAX_DECK_BYTES)
        except OSError:
            return load_deck(path, lang=self.lang, builtin=builtin)  # the loader words the error
        key = cache_key(data, path, builtin, self.lang)
        keys.add(key)
        deck = cache.get(key)
        if deck is None:
            deck = load_deck(path, lang=self.lang, builtin=builtin)
            cache.put(key, deck)
        return deck

    def _load(self) -> _Loaded:
        problems: list[DeckError] = []
        builtin: list[Deck] = []
        taken: dict[str, str] = {}
        cache = DeckCache(paths.cache_dir(self.data_dir) if self._use_cache else None)
        keys: set[str] = set()
        for path in sorted(resources.builtin_decks_dir().glob("*.yaml")):
            try:
                deck = self._load_cached(path, True, cache, keys)
            except DeckError as exc:
                problems.append(exc)
                continue
            builtin.append(deck)
            taken[deck.id] = message(self.lang, "builtin_deck", path=path.name)
        own: list[Deck] = []
        folder = self.own_dir
        files = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith(".")) if folder.is_dir() else []
        for path in files:
            try:
                deck = self._load_cached(path, False, cache, keys)
            except DeckError as exc:
                problems.append(exc)
                continue
            if deck.id in taken:
                problems.append(DeckError([DeckProblem(
                    str(path), _id_line(path), 1,
                    message(self.lang, "deck_id_clash_loaded", value=deck.id, other=taken[deck.id]),
                )]))
                continue
            own.append(deck)
            taken[deck.id] = message(self.lang, "own_deck", path=path.name)
        cache.prune(keys)
        cache.save()
        return _Loaded(tuple(builtin), tuple(own), tuple(problems))

    def builtin(self) -> list[Deck]:
        """The built-in decks, in file-name order."""
        return list(self._state().builtin)

    def own(self) -> list[Deck]:
        """The user's own decks that loaded without problems, in file-name order."""
        return list(self._state().own)

    def all(self) -> list[Deck]:
        """Built-in decks first, then own decks."""
        state = self._state()
        return [*state.builtin, *state.own]

    def problems(self) -> list[DeckError]:
        """Deck files that could not be loaded (each with every problem it has)."""
        return list(self._state().problems)

    def find(self, deck_id: str) -> Deck | None:
        """The loaded deck with this id, or None."""
        return next((d for d in self.all() if d.id == deck_id), None)

    def get(self, id_or_path: str) -> Deck:
        """A loaded deck by id, or a deck file by path; a clear error (with a suggestion) when unknown."""
        deck = self.find(id_or_path)
        if deck is not None:
            return deck
        candidate = Path(id_or_path)
        if _is_deck_path(id_or_path) or candidate.is_file():
            return load_deck(candidate, lang=self.lang)
        for error in self.problems():
            if Path(error.file).stem == id_or_path:
                raise error
        ids = [d.id for d in self.all()]
        close = _close_matches(id_or_path, ids, n=1, cutoff=0.6)
        raise GedragenError(message(self.lang, "unknown_deck", value=id_or_path,
                                    hint=hint(self.lang, close[0] if close else None)))

    # ------------------------------------------------------------------ changing

    def _own_file_for(self, deck_id: str) -> Path:
        """A free file name in the own decks folder for a new deck with this id."""
        target = self.own_dir / f"{deck_id}.yaml"
        number = 2
        while target.exists():
            target = self.own_dir / f"{deck_id}-{number}.yaml"
            number += 1
        return target

    def _free_id(self, deck_id: str) -> str:
        from gedragen.core.deck_checks import MAX_ID_LENGTH

        taken = {d.id for d in self.all()}
        number = 2
        while True:
            suffix = f"-{number}"
            candidate = deck_id[: MAX_ID_LENGTH - len(suffix)] + suffix
            if candidate not in taken:
                return candidate
            number += 1

    def add_file(self, path: str | Path, on_clash: str = "error") -> Deck:
        """Validate a deck file and copy it into the own decks folder; returns the deck as stored there.

        `on_clash` says what to do when the id is taken: "error" (default) raises, "replace" overwrites
        the own deck with that id, "rename" gives the new deck a free id. A built-in id can only be renamed.
        Own icon files of the deck are copied into a folder next to it. Nothing changes on any error.
        """
        if on_clash not in CLASH_CHOICES:
            raise ValueError(f"on_clash must be one of {CLASH_CHOICES}, not {on_clash!r}")
        source = Path(path)
        deck = load_deck(source, lang=self.lang)
        original_id = deck.id
        existing = self.find(deck.id)
        target: Path | None = None
        if existing is not None:
            if on_clash == "rename":
                deck = replace(deck, id=self._free_id(deck.id))
            elif existing.builtin:
                raise GedragenError(message(self.lang, "deck_id_clash_builtin", value=deck.id))
            elif on_clash == "replace":
                target = existing.source
            else:
                raise GedragenError(message(self.lang, "deck_id_clash_own", value=deck.id,
                                            path=existing.source.name if existing.source else ""))
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_error(exc, self.own_dir) from None
        if target is None:
            target = self._own_file_for(deck.id)
        has_own_icons = any(_has_own_icon(t) for t in deck.themes)
        icons = target.parent / f"{target.stem}-icons"
        icons_existed = icons.exists()
        try:
            if has_own_icons:
                deck = self._copy_icons(deck, target)
            if has_own_icons or deck.id != original_id:
                write_atomic(target, deck_to_yaml(deck))
            else:
                # a plain copy keeps the author's comments and layout
                write_atomic(target, read_bounded(source, MAX_DECK_BYTES))
        except OSError as exc:
            if has_own_icons and not icons_existed and icons.is_dir():
                import shutil

                shutil.rmtree(icons, ignore_errors=True)  # nothing half-added stays behind
            raise _write_error(exc, target) from None
        self.reload()
        return load_deck(target, lang=self.lang)

    def _copy_icons(self, deck: Deck, target: Path) -> Deck:
        """Copy a deck's own icon files into `<file stem>-icons/` next to `target`; the deck with new paths."""
        folder_name = f"{target.stem}-icons"
        folder = target.parent / folder_name
        folder.mkdir(exist_ok=True)
        themes: list[Theme] = []
        for theme in deck.themes:
            if theme.icon_path is None or not _has_own_icon(theme):
                themes.append(theme)
                continue
            name = f"{theme.id}{theme.icon_path.suffix.lower()}"
            write_atomic(folder / name, read_bounded(theme.icon_path, MAX_ICON_BYTES))
            themes.append(replace(theme, icon=f"{folder_name}/{name}", icon_path=folder / name))
        return replace(deck, themes=tuple(themes))

    def save_own(self, deck: Deck) -> Path:
        """Write an own deck (new or changed) atomically; returns its file.

        A changed deck keeps its file (also when its id changed); a new deck (no `source`) gets a file
        named after its id. An id that is taken by a built-in deck or by another own deck is refused.
        """
        if deck.builtin:
            raise GedragenError(message(self.lang, "not_own_deck", value=deck.id))
        existing = self.find(deck.id)
        if existing is not None and existing.builtin:
            raise GedragenError(message(self.lang, "deck_id_clash_builtin", value=deck.id))
        own_dir = self.own_dir.resolve()
        if existing is not None and existing.source is not None:
            if deck.source is None or deck.source.resolve() != existing.source.resolve():
                # a new deck (or another file) with a taken id must not overwrite that deck
                raise GedragenError(message(self.lang, "deck_id_clash_own", value=deck.id,
                                            path=existing.source.name))
            target = existing.source
        elif deck.source is not None and deck.source.resolve().parent == own_dir:
            target = deck.source
        else:
            target = self._own_file_for(deck.id)
        text = deck_to_yaml(deck)
        # validate before writing, so a bad deck never lands in the folder
        load_deck_text(text, filename=str(target), base_dir=target.parent, lang=self.lang)
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(target, text)
        except OSError as exc:
            raise _write_error(exc, target) from None
        self.reload()
        return target

    def _part(self, part_id: str, base: tuple[P, ...], eigen: tuple[P, ...], problem: str) -> P:
        """The theme or kind `part_id` from the base deck (else the own deck); a clear error when unknown."""
        for group in (base, eigen):
            for part in group:
                if part.id == part_id:
                    return part
        close = _close_matches(part_id, _part_ids(base), n=1, cutoff=0.6)
        raise GedragenError(message(self.lang, problem, value=part_id,
                                    hint=hint(self.lang, close[0] if close else None)))

    def delete_own(self, deck_id: str) -> None:
        """Remove the own deck with this id (its file); built-in decks cannot be deleted."""
        deck = self.find(deck_id)
        if deck is None:
            ids = [d.id for d in self.own()]
            close = _close_matches(deck_id, ids, n=1, cutoff=0.6)
            raise GedragenError(message(self.lang, "unknown_deck", value=deck_id,
                                        hint=hint(self.lang, close[0] if close else None)))
        if deck.builtin or deck.source is None:
            raise GedragenError(message(self.lang, "not_own_deck", value=deck_id))
        deck.source.unlink()
        icons = deck.source.parent / f"{deck.source.stem}-icons"
        if icons.is_dir():
            import shutil

            shutil.rmtree(icons)
        self.reload()

    def move_card(self, source_id: str, card_id: str, target_id: str) -> tuple[Deck | None, Deck]:
        """Move a card from one own deck to another in one step; returns (source or None, target) as saved.

        The card keeps everything it says (a taken id gets a free `-2` suffix); the levels it names come
        along when the target does not declare them. A source left without cards is removed (a deck needs
        at least one card). Both new files are checked before anything is written; when the second write
        fails the first is put back, so the card is in exactly one deck afterwards.
        """
        source, source_file = self._own(source_id)
        target, target_file = self._own(target_id)
        if source.id == target.id or not source.has_card(card_id):
            raise GedragenError(message(self.lang, "unknown_card", value=card_id, deck=source.id))
        card = source.card(card_id)
        if not any(t.id == card.theme for t in target.themes):
            raise GedragenError(message(self.lang, "unknown_theme", value=card.theme, hint=""))
        if not any(k.id == card.kind for k in target.kinds):
            raise GedragenError(message(self.lang, "unknown_kind", value=card.kind, hint=""))
        taken = {c.id for c in target.cards}
        moved = card if card.id not in taken else replace(card, id=_free_suffix(card.id, taken))
        declared = {lv.id for lv in target.levels}
        extra = tuple(lv for lv in source.levels if lv.id in moved.levels and lv.id not in declared)
        target_text = deck_to_yaml(replace(target, levels=(*target.levels, *extra), cards=(*target.cards, moved)))
        remaining = tuple(c for c in source.cards if c.id != card_id)
        source_text = deck_to_yaml(replace(source, cards=remaining)) if remaining else None
        # both checked before either is written
        load_deck_text(target_text, filename=str(target_file), base_dir=target_file.parent, lang=self.lang)
        if source_text is not None:
            load_deck_text(source_text, filename=str(source_file), base_dir=source_file.parent, lang=self.lang)
        before = read_bounded(target_file, MAX_DECK_BYTES)
        try:
            write_atomic(target_file, target_text)
        except OSError as exc:
            raise _write_error(exc, target_file) from None
        try:
            if source_text is not None:
                write_atomic(source_file, source_text)
            else:
                source_file.unlink()
        except OSError as exc:
            write_atomic(target_file, before)  # the card goes back: it is never in both decks
            self.reload()
            raise _write_error(exc, source_file) from None
        if source_text is None:
            icons = source_file.parent / f"{source_file.stem}-icons"
            if icons.is_dir():
                import shutil

                shutil.rmtree(icons, ignore_errors=True)
        self.reload()
        return (self.get(source.id) if source_text is not None else None), self.get(target.id)

    def _own(self, deck_id: str) -> tuple[Deck, Path]:
        """The own deck with this id and its file; a clear error for an unknown or built-in id."""
        deck = self.find(deck_id)
        if deck is None:
            close = _close_matches(deck_id, [d.id for d in self.own()], n=1, cutoff=0.6)
            raise GedragenError(message(self.lang, "unknown_deck", value=deck_id,
                                        hint=hint(self.lang, close[0] if close else None)))
        if deck.builtin or deck.source is None:
            raise GedragenError(message(self.lang, "not_own_deck", value=deck_id))
        return deck, deck.source

    def add_eigen_situatie(
        self,
        base_deck: Deck,
        theme: str,
        kind: str,
        text: str,
        questions: tuple[str, ...] | list[str] = (),
        note: str | None = None,
    ) -> tuple[Deck, Card]:
        """Append an *eigen situatie* to the own deck `eigen-situaties` (created on first use); saved at once.

        The theme and kind must exist in `base_deck`; they are copied into the own deck when missing there.
        The card gets the next free id `eigen-0001`, `eigen-0002`, ...; returns the updated deck and the card.
        """
        eigen = self.find(EIGEN_DECK_ID)
        base_theme = self._part(theme, base_deck.themes, eigen.themes if eigen else (), "unknown_theme")
        base_kind = self._part(kind, base_deck.kinds, eigen.kinds if eigen else (), "unknown_kind")
        if eigen is None:
            eigen = Deck(
                id=EIGEN_DECK_ID,
                title=message(self.lang, "eigen_title"),
                audience=base_deck.audience,
                kinds=tuple(base_deck.kinds),
                themes=tuple(_with_builtin_icon(t) for t in base_deck.themes),
                cards=(),
                language=base_deck.language,
                description=message(self.lang, "eigen_description"),
            )
        themes = list(eigen.themes)
        if theme not in {t.id for t in themes}:
            themes.append(_with_builtin_icon(base_theme))
        kinds = list(eigen.kinds)
        if kind not in {k.id for k in kinds}:
            kinds.append(base_kind)
        numbers = [int(m.group(1)) for c in eigen.cards if (m := _EIGEN_NUMBER.fullmatch(c.id))]
        card_id = f"{EIGEN_CARD_PREFIX}{max(numbers, default=0) + 1:04d}"
        card = Card(card_id, theme, kind, " ".join(text.split()), tuple(" ".join(q.split()) for q in questions),
                    note.strip() if note and note.strip() else None)
        updated = replace(eigen, themes=tuple(themes), kinds=tuple(kinds), cards=(*eigen.cards, card))
        path = self.save_own(updated)
        saved = load_deck(path, lang=self.lang)
        return saved, saved.card(card_id)


def _free_suffix(base: str, taken: set[str]) -> str:
    """`base-2`, `base-3`, … whichever is not taken."""
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _part_ids(parts: Iterable[Theme | Kind]) -> list[str]:
    return [p.id for p in parts]


def _has_own_icon(theme: Theme) -> bool:
    """Whether the theme's icon is a file of the deck rather than a built-in icon name."""
    from gedragen.core.deck_checks import ID_PATTERN

    return bool(theme.icon) and not ID_PATTERN.fullmatch(theme.icon or "")


def _with_builtin_icon(theme: Theme) -> Theme:
    """The theme with its icon only when that is a built-in icon name (own icon files stay with their deck)."""
    return replace(theme, icon=None, icon_path=None) if _has_own_icon(theme) else theme
