"""The deck checks: what a `gedragen-deck/1` file must hold, and the checker that builds the `Deck`.

`gedragen.core.loader` reads the file and composes it into a YAML node tree that keeps every position;
`DeckChecker` walks that tree once, collects every problem (with line, column and a Dutch or English
message from `gedragen.core.messages`) and builds the `Deck` only when there are none. The keys, limits,
YAML tags and the words an author may type instead of a key or value are declared here.
"""

from __future__ import annotations

import difflib
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from gedragen.core.deck import AUDIENCES, DECK_FORMAT, EXPECTED, SHADES, Card, Deck, Kind, Level, Theme
from gedragen.core.errors import DeckProblem
from gedragen.core.icon_check import icon_problem
from gedragen.core.messages import hint, message
from gedragen.resources import icons_dir

MAX_CARDS = 5000
MAX_ID_LENGTH = 64
MAX_TITLE = 120
MAX_LABEL = 60
MAX_KIND_DESCRIPTION = 200
MAX_DESCRIPTION = 2000
MAX_VERSION = 40
MAX_CARD_TEXT = 400
MAX_QUESTION = 300
MAX_QUESTIONS = 10
MAX_NOTE = 2000
MAX_BLANK_CARDS = 100
MAX_NUMBER_TEXT = 40  # characters of an integer scalar that is converted at all
MAX_LEVELS = 20
ICON_SUFFIXES = (".svg", ".png")

ID_PATTERN = re.compile(r"[a-z0-9-]+")
COLOR_PATTERN = re.compile(r"#[0-9A-Fa-f]{6}")
# A plausible BCP 47 tag: language (2-3 letters) and optional script/region/variant subtags.
LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

TAG_PREFIX = "tag:yaml.org,2002:"
STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG = (TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null"))
SEQ_TAG, MAP_TAG, MERGE_TAG = TAG_PREFIX + "seq", TAG_PREFIX + "map", TAG_PREFIX + "merge"

TOP_KEYS = ("format", "id", "title", "audience", "language", "version", "description", "kinds", "themes",
            "cards", "blank_cards", "levels")
TOP_REQUIRED = ("format", "id", "title", "audience", "kinds", "themes", "cards")
KIND_KEYS = ("label", "shade", "description")
KIND_REQUIRED = ("label", "shade")
THEME_KEYS = ("id", "label", "color", "icon")
THEME_REQUIRED = ("id", "label", "color")
LEVEL_KEYS = ("label",)
LEVEL_REQUIRED = ("label",)
CARD_KEYS = ("id", "theme", "kind", "text", "questions", "note", "expected", "sensitive", "levels")
CARD_REQUIRED = ("id", "theme", "kind", "text")
# YAML 1.1 booleans as PyYAML reads them (the tag says bool; the spelling says which)
_TRUE_WORDS = frozenset({"yes", "true", "on", "y"})
# Dutch spellings of a yes/no an author may type for `sensitive`
_DUTCH_BOOLS: Mapping[str, str] = MappingProxyType({"ja": "true", "nee": "false", "waar": "true",
                                                    "onwaar": "false", "wel": "true", "niet": "false"})
# Words an author may type for an estimate, mapped to the estimate they mean
_EXPECTED_WORDS: Mapping[str, str] = MappingProxyType({
    "hangt ervan af": "grensgeval", "twijfel": "grensgeval", "twijfelgeval": "grensgeval",
    "grijs": "grensgeval", "wanted": "gewenst", "unwanted": "ongewenst", "borderline": "grensgeval",
    "goed": "gewenst", "fout": "ongewenst",
})
# Words a Dutch author is likely to type for a key; tried before the spelling-based suggestion.
_DUTCH_KEYS: Mapping[str, str] = MappingProxyType({
    "formaat": "format", "titel": "title", "doelgroep": "audience", "taal": "language", "versie": "version",
    "beschrijving": "description", "omschrijving": "description", "soorten": "kinds", "themas": "themes",
    "thema's": "themes", "kaarten": "cards", "lege_kaarten": "blank_cards", "label": "label",
    "naam": "label", "tint": "shade", "kleur": "color", "colour": "color", "pictogram": "icon",
    "icoon": "icon", "thema": "theme", "soort": "kind", "tekst": "text", "vragen": "questions",
    "vraag": "questions", "notitie": "note", "toelichting": "note", "achtergrond": "note",
    "verwacht": "expected", "verwachting": "expected", "inschatting": "expected", "schatting": "expected",
    "gevoelig": "sensitive", "niveaus": "levels", "niveau": "levels", "level": "levels",
    "leeftijd": "levels", "groepen": "levels",
})


def _looks_like_text_with_colon(node: Node) -> bool:
    """`- Wat doe jij: ingrijpen?` read as a one-key mapping: text with ': ' that wanted quotes."""
    if not isinstance(node, MappingNode) or node.flow_style or len(node.value) != 1:
        return False
    key, value = node.value[0]
    return (isinstance(key, ScalarNode) and isinstance(value, ScalarNode) and key.style is None
            and key.start_mark.line == value.start_mark.line)


def _is_empty(node: Node) -> bool:
    """A plain empty value (`key:` with nothing after it)."""
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.style is None and node.value in ("", "~")



def shorten(value: str, limit: int = 40) -> str:
    """A value fit to quote in a one-line message: whitespace folded, cut at `limit` characters."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --------------------------------------------------------------------------- checking


def _suggest(value: str, choices: Iterable[str], synonyms: Mapping[str, str] | None = None) -> str | None:
    options = list(choices)
    lowered = value.lower().strip()
    if synonyms and synonyms.get(lowered) in options:
        return synonyms[lowered]
    for option in options:
        if option.lower() == lowered and option != value:
            return option
    close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    return close[0] if close else None


def _normalise_line(value: str) -> str:
    """Fold all whitespace to single spaces (card text, labels, questions)."""
    return " ".join(value.split())


def _normalise_block(value: str) -> str:
    """Keep paragraph breaks, fold other whitespace (notes and descriptions)."""
    lines = [" ".join(line.split()) for line in value.splitlines()]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


_Entries = dict[str, tuple[ScalarNode, Node]]


class DeckChecker:
    """One pass over the composed tree; collects problems, builds the Deck when there are none."""

    def __init__(self, filename: str, lang: str, base_dir: Path | None, builtin: bool, rejected: set[int],
                 swallowing: set[int]) -> None:
        self.filename = filename
        self.lang = lang
        self.base_dir = base_dir
        self.builtin = builtin
        self.rejected = rejected
        self.swallowing = swallowing
        self.problems: list[DeckProblem] = []

    # -- reporting

    def problem(self, node: Node, msg_key: str, /, **fields: object) -> None:
        """Record a problem at the node's line and column, worded in the checker's language."""
        mark = node.start_mark
        self.problems.append(DeckProblem(self.filename, mark.line + 1, mark.column + 1,
                                         message(self.lang, msg_key, **fields)))

    def msg(self, msg_key: str, /, **fields: object) -> str:
        """A message in the checker's language."""
        return message(self.lang, msg_key, **fields)

    def describe(self, node: Node) -> str:
        """What the node holds, as a message says it (a list, a number (3), text ('…'), …)."""
        if isinstance(node, SequenceNode):
            return self.msg("type_seq_short")
        if isinstance(node, MappingNode):
            return self.msg("type_map_short")
        if node.tag == NULL_TAG:
            return self.msg("type_null")
        if node.tag == BOOL_TAG:
            return self.msg("type_bool") + f" ({node.value})"
        if node.tag in (INT_TAG, FLOAT_TAG):
            return self.msg("type_number") + f" ({shorten(str(node.value))})"
        return self.msg("type_text") + f" ('{shorten(str(node.value))}')"

    # -- shapes

    def mapping(self, node: Node, key: str, allowed: Sequence[str], required: Sequence[str],
                where: str = "") -> _Entries | None:
        """Entries of a mapping by key (first of duplicates), with unknown and missing keys reported."""
        if id(node) in self.rejected:
            return None
        if not isinstance(node, MappingNode):
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_map"), actual=self.describe(node))
            return None
        entries: _Entries = {}
        suggested: set[str] = set()
        for key_node, value_node in node.value:
            if id(key_node) in self.swallowing or id(value_node) in self.swallowing:
                # a merge key or an open quote may hide the keys that look missing: no second message
                suggested.update(required)
            if id(key_node) in self.rejected:
                continue
            if id(value_node) in self.rejected:
                if isinstance(key_node, ScalarNode):
                    suggested.add(str(key_node.value))
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag not in (STR_TAG, INT_TAG, BOOL_TAG, FLOAT_TAG, NULL_TAG):
                self.problem(key_node, "key_not_text")
                continue
            name = key_node.value
            if name not in allowed:
                if node.flow_style and _is_empty(value_node) and (" " in name or not _suggest(name, allowed)):
                    # `{label: Liefde, seks en relaties}`: the comma ended the text early
                    self.problem(key_node, "flow_comma", key=shorten(name))
                    continue
                suggestion = _suggest(name, allowed, _DUTCH_KEYS)
                self.problem(key_node, "unknown_key", key=shorten(name), hint=hint(self.lang, suggestion))
                if suggestion:
                    suggested.add(suggestion)
                continue
            entries.setdefault(name, (key_node, value_node))
        for name in required:
            # a misspelt key already says "did you mean 'name'?": one mistake, one message
            if name not in entries and name not in suggested:
                self.problem(node, "missing_key", key=name,
                             where=self.msg("where_in", what=where) if where else "")
        return entries

    def sequence(self, node: Node, key: str) -> list[Node] | None:
        """The items of a list, or None (and a problem) when the node is no list."""
        if id(node) in self.rejected:
            return None
        if not isinstance(node, SequenceNode):
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_seq"), actual=self.describe(node))
            return None
        return list(node.value)

    def scalar_text(self, node: Node, key: str, *, allow_empty: bool = False) -> str | None:
        """The text of a scalar as written (numbers and yes/no keep their spelling); None if wrong."""
        if id(node) in self.rejected:
            return None
        if not isinstance(node, ScalarNode):
            if _looks_like_text_with_colon(node):
                self.problem(node, "colon_in_text", key=key)
            else:
                self.problem(node, "wrong_type", key=key, expected=self.msg("type_text"),
                             actual=self.describe(node))
            return None
        if node.tag == NULL_TAG and node.style is None:
            if allow_empty:
                return ""
            self.problem(node, "empty_value", key=key)
            return None
        return str(node.value)

    def text(self, node: Node, key: str, limit: int, *, block: bool = False, required: bool = True) -> str | None:
        """Text with its whitespace folded (paragraphs kept for a block), or None when empty, too long or no text."""
        raw = self.scalar_text(node, key, allow_empty=not required)
        if raw is None:
            return None
        value = _normalise_block(raw) if block else _normalise_line(raw)
        if not value and required:
            self.problem(node, "empty_value", key=key)
            return None
        if len(value) > limit:
            self.problem(node, "too_long", key=key, length=len(value), limit=limit)
            return None
        return value

    def identifier(self, node: Node, key: str) -> str | None:
        """An id (a-z, 0-9 and '-', capped in length); a malformed one is reported and still returned."""
        raw = self.scalar_text(node, key)
        if raw is None:
            return None
        if len(raw) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(raw):
            self.problem(node, "bad_id", value=shorten(raw), limit=MAX_ID_LENGTH)
            return raw
        return raw

    def integer(self, node: Node, key: str, low: int, high: int) -> int | None:
        """A YAML integer within low..high, or None (and a problem)."""
        if id(node) in self.rejected:
            return None
        if not isinstance(node, ScalarNode) or node.tag != INT_TAG:
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_int"), actual=self.describe(node))
            return None
        raw = str(node.value)
        if len(raw) > MAX_NUMBER_TEXT:
            # bounded before converting: `0x` + 4000 hex digits (or a long 0b, octal or 1:2:3:…) would hit
            # Python's 4300-digit limit or take long; no number in a deck needs more than a few digits
            self.problem(node, "out_of_range", key=key, low=low, high=high, value=shorten(raw))
            return None
        try:
            number = _yaml_int(raw)
        except ValueError:
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_int"), actual=self.describe(node))
            return None
        if not low <= number <= high:
            self.problem(node, "out_of_range", key=key, low=low, high=high, value=number)
            return None
        return number

    # -- the deck

    def check(self, root: Node, source: Path | None) -> Deck | None:
        """The whole deck from the root mapping, or None when anything is wrong (the problems say what)."""
        top = self.mapping(root, "deck", TOP_KEYS, TOP_REQUIRED)
        if top is None:
            return None
        values: dict[str, Any] = {}
        if "format" in top:
            fmt = self.scalar_text(top["format"][1], "format")
            if fmt is not None and fmt != DECK_FORMAT:
                self.problem(top["format"][1], "bad_format", expected=DECK_FORMAT, value=shorten(fmt))
        if "id" in top:
            values["id"] = self.identifier(top["id"][1], "id")
        if "title" in top:
            values["title"] = self.text(top["title"][1], "title", MAX_TITLE)
        if "audience" in top:
            node = top["audience"][1]
            audience = self.scalar_text(node, "audience")
            if audience is not None and audience not in AUDIENCES:
                self.problem(node, "bad_audience", value=shorten(audience),
                             hint=hint(self.lang, _suggest(audience, AUDIENCES)))
            values["audience"] = audience
        values["language"] = "nl"
        if "language" in top:
            node = top["language"][1]
            language = self.scalar_text(node, "language")
            if language is not None and not LANGUAGE_PATTERN.fullmatch(language):
                self.problem(node, "bad_language", value=shorten(language))
            values["language"] = language
        values["version"] = ""
        if "version" in top:
            # free text; a number is kept as written, so `version: 2026.10` stays "2026.10"
            values["version"] = self.text(top["version"][1], "version", MAX_VERSION, required=False)
        values["description"] = ""
        if "description" in top:
            values["description"] = self.text(top["description"][1], "description", MAX_DESCRIPTION,
                                              block=True, required=False)
        values["blank_cards"] = 0
        if "blank_cards" in top:
            values["blank_cards"] = self.integer(top["blank_cards"][1], "blank_cards", 0, MAX_BLANK_CARDS)
        kinds = self.kinds(top["kinds"][1]) if "kinds" in top else None
        themes = self.themes(top["themes"][1]) if "themes" in top else None
        levels: dict[str, Level] | None = {}
        if "levels" in top:
            levels = self.levels(top["levels"][1])
        cards = self.cards(top["cards"][1], themes, kinds, levels) if "cards" in top else None
        if self.problems or kinds is None or themes is None or cards is None or levels is None:
            return None
        return Deck(
            id=values["id"],
            title=values["title"],
            audience=values["audience"],
            kinds=tuple(kinds.values()),
            themes=tuple(themes.values()),
            cards=cards,
            language=values["language"],
            version=values["version"],
            description=values["description"],
            blank_cards=values["blank_cards"],
            source=source,
            builtin=self.builtin,
            levels=tuple(levels.values()),
        )

    def kinds(self, node: Node) -> dict[str, Kind] | None:
        """Kinds by id; None when the section is unusable (then card kinds are not checked)."""
        if id(node) in self.rejected:
            return None
        if not isinstance(node, MappingNode):
            self.problem(node, "wrong_type", key="kinds", expected=self.msg("type_map"), actual=self.describe(node))
            return None
        if not node.value:
            self.problem(node, "empty_value", key="kinds")
            return None
        kinds: dict[str, Kind] = {}
        for key_node, value_node in node.value:
            if id(key_node) in self.rejected or id(value_node) in self.rejected:
                continue
            kind_id = self.identifier(key_node, "kinds")
            if kind_id is None:
                continue
            entries = self.mapping(value_node, kind_id, KIND_KEYS, KIND_REQUIRED,
                                   self.msg("what_kind", value=shorten(kind_id)))
            label = shade = description = None
            if entries is not None:
                label = self.text(entries["label"][1], "label", MAX_LABEL) if "label" in entries else None
                if "shade" in entries:
                    shade = self.scalar_text(entries["shade"][1], "shade")
                    if shade is not None and shade not in SHADES:
                        self.problem(entries["shade"][1], "bad_shade", value=shorten(shade))
                description = ""
                if "description" in entries:
                    description = self.text(entries["description"][1], "description", MAX_KIND_DESCRIPTION,
                                            required=False)
            kinds[kind_id] = Kind(kind_id, label or "", shade or "light", description or "")
        return kinds

    def levels(self, node: Node) -> dict[str, Level] | None:
        """Declared levels by id in file order; {} when there are none; None when the section is unusable."""
        if id(node) in self.rejected:
            return None
        if _is_empty(node):
            return {}
        if not isinstance(node, MappingNode):
            self.problem(node, "wrong_type", key="levels", expected=self.msg("type_map"), actual=self.describe(node))
            return None
        if len(node.value) > MAX_LEVELS:
            self.problem(node, "too_many", key="levels", count=len(node.value), limit=MAX_LEVELS)
            return None
        levels: dict[str, Level] = {}
        for key_node, value_node in node.value:
            if id(key_node) in self.rejected or id(value_node) in self.rejected:
                continue
            level_id = self.identifier(key_node, "levels")
            if level_id is None:
                continue
            entries = self.mapping(value_node, level_id, LEVEL_KEYS, LEVEL_REQUIRED,
                                   self.msg("what_level", value=shorten(level_id)))
            label = None
            if entries is not None and "label" in entries:
                label = self.text(entries["label"][1], "label", MAX_LABEL)
            levels[level_id] = Level(level_id, label or "")
        return levels

    def themes(self, node: Node) -> dict[str, Theme] | None:
        """Themes by id in file order; None when the section is unusable."""
        items = self.sequence(node, "themes")
        if items is None:
            return None
        if not items:
            self.problem(node, "empty_value", key="themes")
            return None
        themes: dict[str, Theme] = {}
        lines: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            entries = self.mapping(item, "themes", THEME_KEYS, THEME_REQUIRED,
                                   self.msg("what_theme_n", n=number))
            if entries is None:
                continue
            theme_id = self.identifier(entries["id"][1], "id") if "id" in entries else None
            if theme_id is not None and theme_id in lines:
                self.problem(entries["id"][1], "duplicate_id", value=theme_id, line=lines[theme_id])
                continue
            label = self.text(entries["label"][1], "label", MAX_LABEL) if "label" in entries else None
            color = self.color(entries["color"][1]) if "color" in entries else None
            icon, icon_path = self.icon(entries["icon"][1], theme_id) if "icon" in entries else (None, None)
            if theme_id is not None:
                lines[theme_id] = entries["id"][1].start_mark.line + 1
                themes[theme_id] = Theme(theme_id, label or "", color or "#000000", icon, icon_path)
        return themes

    def color(self, node: Node) -> str | None:
        """A #RRGGBB colour, or None (and a problem)."""
        if isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.style is None and id(node) not in self.rejected:
            self.problem(node, "color_comment")
            return None
        raw = self.scalar_text(node, "color")
        if raw is None:
            return None
        if not COLOR_PATTERN.fullmatch(raw):
            self.problem(node, "bad_color", value=shorten(raw))
            return None
        return raw.upper()

    def icon(self, node: Node, theme_id: str | None = None) -> tuple[str | None, Path | None]:
        """The icon as written and the file it names; problems when missing or outside the deck folder."""
        if _is_empty(node):
            return None, None
        raw = self.scalar_text(node, "icon")
        if raw is None:
            return None, None
        value = raw.strip()
        if "/" not in value and "\\" not in value and "." not in value:
            builtin_dir = icons_dir()
            candidate = builtin_dir / f"{value}.svg"
            if ID_PATTERN.fullmatch(value) and candidate.is_file():
                return value, candidate
            choices = sorted(p.stem for p in builtin_dir.glob("*.svg"))
            self.problem(node, "icon_unknown", value=shorten(value),
                         hint=hint(self.lang, _suggest(value, choices)), choices=", ".join(choices))
            return None, None
        if self.builtin:
            self.problem(node, "icon_builtin_only", value=shorten(value))
            return None, None
        if not value.lower().endswith(ICON_SUFFIXES):
            self.problem(node, "icon_ext", value=shorten(value))
            return None, None
        relative = Path(value)
        if relative.is_absolute() or value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value):
            self.problem(node, "icon_absolute", value=shorten(value))
            return None, None
        if self.base_dir is None:
            self.problem(node, "icon_no_base", value=shorten(value))
            return None, None
        base = self.base_dir.resolve()
        try:
            target = (base / value.replace("\\", "/")).resolve()
        except (OSError, RuntimeError):
            self.problem(node, "icon_missing", value=shorten(value))
            return None, None
        if not target.is_relative_to(base):
            self.problem(node, "icon_outside", value=shorten(value))
            return None, None
        try:
            info = target.stat()
        except OSError:
            self.problem(node, "icon_missing", value=shorten(value))
            return None, None
        if not stat.S_ISREG(info.st_mode):
            self.problem(node, "icon_not_file", value=shorten(value))
            return None, None
        reason = icon_problem(target)
        if reason is not None:
            self.problem(node, "icon_unusable", value=shorten(value), theme=shorten(theme_id or "?"), reason=reason)
            return None, None
        return value, target

    def cards(self, node: Node, themes: dict[str, Theme] | None, kinds: dict[str, Kind] | None,
              levels: dict[str, Level] | None) -> tuple[Card, ...] | None:
        """The cards, checked against the deck's themes, kinds and levels, or None (and problems)."""
        items = self.sequence(node, "cards")
        if items is None:
            return None
        if not items:
            self.problem(node, "empty_value", key="cards")
            return None
        if len(items) > MAX_CARDS:
            self.problem(items[MAX_CARDS], "too_many_cards", limit=MAX_CARDS)
            return None
        cards: list[Card] = []
        lines: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            entries = self.mapping(item, "cards", CARD_KEYS, CARD_REQUIRED, self.msg("what_card_n", n=number))
            if entries is None:
                continue
            card_id = self.identifier(entries["id"][1], "id") if "id" in entries else None
            if card_id is not None:
                if card_id in lines:
                    self.problem(entries["id"][1], "duplicate_id", value=card_id, line=lines[card_id])
                else:
                    lines[card_id] = entries["id"][1].start_mark.line + 1
            theme = self.reference(entries, "theme", themes, "unknown_theme")
            kind = self.reference(entries, "kind", kinds, "unknown_kind")
            text = self.text(entries["text"][1], "text", MAX_CARD_TEXT) if "text" in entries else None
            questions = self.questions(entries["questions"][1]) if "questions" in entries else ()
            note = None
            if "note" in entries:
                note = self.text(entries["note"][1], "note", MAX_NOTE, block=True, required=False) or None
            expected = self.expected(entries["expected"][1]) if "expected" in entries else None
            sensitive = self.boolean(entries["sensitive"][1], "sensitive") if "sensitive" in entries else False
            card_levels = self.card_levels(entries["levels"][1], levels) if "levels" in entries else ()
            if card_id and theme and kind and text and questions is not None:
                cards.append(Card(card_id, theme, kind, text, questions, note, expected, bool(sensitive),
                                  card_levels or ()))
        return tuple(cards)

    def expected(self, node: Node) -> str | None:
        """The author's estimate; an empty value means none."""
        if _is_empty(node) and id(node) not in self.rejected:
            return None
        raw = self.scalar_text(node, "expected")
        if raw is None:
            return None
        if raw not in EXPECTED:
            self.problem(node, "bad_expected", value=shorten(raw),
                         hint=hint(self.lang, _suggest(raw, EXPECTED, _EXPECTED_WORDS)))
            return None
        return raw

    def boolean(self, node: Node, key: str) -> bool | None:
        """A yes/no value (true/false, yes/no, on/off); an empty value means false."""
        if id(node) in self.rejected:
            return None
        if _is_empty(node):
            return False
        if not isinstance(node, ScalarNode) or node.tag != BOOL_TAG:
            suggestion = None
            if isinstance(node, ScalarNode):
                suggestion = _DUTCH_BOOLS.get(str(node.value).strip().lower())
            self.problem(node, "bad_bool", key=key, actual=self.describe(node), hint=hint(self.lang, suggestion))
            return None
        return str(node.value).lower() in _TRUE_WORDS

    def card_levels(self, node: Node, known: dict[str, Level] | None) -> tuple[str, ...] | None:
        """The levels a card names, each declared in the deck's `levels`; an empty value means every level."""
        if _is_empty(node) and id(node) not in self.rejected:
            return ()
        items = self.sequence(node, "levels")
        if items is None:
            return None
        if not items:
            self.problem(node, "levels_empty")
            return None
        result: list[str] = []
        ok = True
        for item in items:
            value = self.scalar_text(item, "levels")
            if value is None:
                ok = False
            elif known is None:
                ok = False  # the deck's own `levels` already has a problem
            elif value not in known:
                if known:
                    self.problem(item, "unknown_level", value=shorten(value), hint=hint(self.lang, _suggest(value, known)),
                                 choices=", ".join(known))
                else:
                    self.problem(item, "no_levels_declared", value=shorten(value))
                ok = False
            elif value in result:
                self.problem(item, "duplicate_level", value=shorten(value))
                ok = False
            else:
                result.append(value)
        return tuple(result) if ok else None

    def reference(self, entries: _Entries, key: str, known: dict[str, Any] | None, problem: str) -> str | None:
        """The id under `key` when it names one of `known`; an unknown one is reported with a suggestion."""
        if key not in entries:
            return None
        node = entries[key][1]
        value = self.scalar_text(node, key)
        if value is None or known is None:
            return value
        if value not in known:
            self.problem(node, problem, value=shorten(value), hint=hint(self.lang, _suggest(value, known)))
            return None
        return value

    def questions(self, node: Node) -> tuple[str, ...] | None:
        """A card's questions (empty when left blank), or None (and a problem)."""
        if isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.style is None and id(node) not in self.rejected:
            return ()
        items = self.sequence(node, "questions")
        if items is None:
            return None
        if len(items) > MAX_QUESTIONS:
            self.problem(node, "too_many", key="questions", count=len(items), limit=MAX_QUESTIONS)
            return None
        result: list[str] = []
        ok = True
        for item in items:
            question = self.text(item, "questions", MAX_QUESTION)
            if question is None:
                ok = False
            else:
                result.append(question)
        return tuple(result) if ok else None


def _yaml_int(value: str) -> int:
    """A YAML 1.1 integer as PyYAML's safe constructor reads it (signs, _, 0b, 0o/0, 0x, base 60)."""
    text = value.replace("_", "")
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    if text == "0":
        return 0
    if text.startswith("0b"):
        return sign * int(text[2:], 2)
    if text.startswith("0x"):
        return sign * int(text[2:], 16)
    if text.startswith("0o"):
        return sign * int(text[2:], 8)
    if text.startswith("0"):
        return sign * int(text, 8)
    if ":" in text:
        total = 0
        for part in text.split(":"):
            total = total * 60 + int(part)
        return sign * total
    return sign * int(text)
