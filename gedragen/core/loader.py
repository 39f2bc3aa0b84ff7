"""The strict deck loader: a `gedragen-deck/1` YAML file in, a `Deck` or a `DeckError` with every problem out.

The file is read with a size cap, decoded as UTF-8 by hand (so a bad byte gets a line and column),
parsed into YAML events by libyaml (or PyYAML's pure parser) and composed into a node tree by our own
iterative composer, which keeps every position, caps nesting depth and alias expansion, rejects
non-standard tags and duplicate keys, and never constructs a Python object from the file.
The checker then walks that tree once and collects all problems before raising.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from gedragen.core.deck import AUDIENCES, DECK_FORMAT, EXPECTED, SHADES, Card, Deck, Kind, Level, Theme
from gedragen.core.errors import DeckError, DeckProblem, describe_os_error
from gedragen.core.messages import hint, message
from gedragen.resources import icons_dir

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
MAX_NODES = 250_000
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
MAX_LEVELS = 20
ICON_SUFFIXES = (".svg", ".png")

ID_PATTERN = re.compile(r"[a-z0-9-]+")
COLOR_PATTERN = re.compile(r"#[0-9A-Fa-f]{6}")
# A plausible BCP 47 tag: language (2-3 letters) and optional script/region/variant subtags.
LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
# Characters YAML 1.1 allows in a stream (anything else is an invisible control character).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# Frequent PyYAML/libyaml syntax problems, explained in Dutch (the original stays in brackets).
_SYNTAX_HINTS = (
    ("mapping values are not allowed", "syntax_colon"),
    ("cannot start any token", "syntax_tab"),
    ("could not find expected ':'", "syntax_no_colon"),
    ("found unexpected end of stream", "syntax_end"),
    ("did not find expected key", "syntax_indent"),
    ("expected <block end>", "syntax_indent"),
    ("did not find expected '-' indicator", "syntax_indent"),
    ("did not find expected ',' or", "syntax_flow"),
    ("expected ',' or", "syntax_flow"),
)

_TAG_PREFIX = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null"))
_SEQ, _MAP, _MERGE = _TAG_PREFIX + "seq", _TAG_PREFIX + "map", _TAG_PREFIX + "merge"
_ALLOWED_EXPLICIT_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _SEQ, _MAP})

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

# A line that starts with one of the deck's own keys (`title:`, `  - id:`): never part of a quoted text.
_KEY_LINE = re.compile(
    r"\s*(?:- )?(?:" + "|".join(sorted(set(TOP_KEYS + KIND_KEYS + THEME_KEYS + CARD_KEYS + LEVEL_KEYS)))
    + r"):(?:\s|$)"
)

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


def _parser_class() -> type[Any]:
    """libyaml's C parser when PyYAML was built with it, else the pure-Python one."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_deck(path: Path | str, *, lang: str = "nl", builtin: bool = False) -> Deck:
    """Load and validate the deck file at `path`; raise DeckError listing every problem."""
    file_path = Path(path)
    name = str(path)
    data = _read_capped(file_path, name, lang)
    return _load_bytes(
        data,
        filename=name,
        base_dir=file_path.absolute().parent,
        lang=lang,
        builtin=builtin,
        source=file_path.absolute(),
    )


def load_deck_text(
    text: str | bytes,
    *,
    filename: str = "<deck>",
    base_dir: Path | None = None,
    lang: str = "nl",
    builtin: bool = False,
) -> Deck:
    """Load and validate a deck from text (same rules as `load_deck`); `base_dir` resolves icon paths."""
    if len(text) > MAX_FILE_BYTES:
        raise DeckError([_file_problem(filename, lang, "too_big", size=_megabytes(len(text)))])
    return _load_bytes(text, filename=filename, base_dir=base_dir, lang=lang, builtin=builtin, source=None)


def _load_bytes(
    data: str | bytes, *, filename: str, base_dir: Path | None, lang: str, builtin: bool, source: Path | None
) -> Deck:
    if isinstance(data, str):
        # text from the deck editor skips decoding but not the character checks
        text = data.removeprefix("\ufeff")
        _check_characters(text, filename, lang)
    else:
        text = _decode(data, filename, lang)
    composed = _Composer(text, filename, lang, _parser_class()).compose()
    checker = _Checker(filename, lang, base_dir, builtin, composed.rejected, composed.swallowing)
    checker.problems.extend(composed.problems)
    deck = checker.check(composed.root, source) if composed.root is not None else None
    if checker.problems or deck is None:
        raise DeckError(_sorted_unique(checker.problems))
    return deck


# --------------------------------------------------------------------------- reading and decoding


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _file_problem(filename: str, lang: str, msg_key: str, /, **fields: object) -> DeckProblem:
    if msg_key == "too_big":
        fields.setdefault("limit", _megabytes(MAX_FILE_BYTES))
    return DeckProblem(filename, 1, 1, message(lang, msg_key, **fields))


def _read_capped(path: Path, name: str, lang: str) -> bytes:
    """The file's bytes, refusing folders, devices, pipes and files over the cap without reading them."""
    try:
        # non-blocking so that a FIFO cannot hang us before fstat says it is not a regular file
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise DeckError([_file_problem(name, lang, "file_missing")]) from None
    except IsADirectoryError:
        raise DeckError([_file_problem(name, lang, "not_a_file")]) from None
    except OSError as exc:
        raise DeckError([_file_problem(name, lang, "file_unreadable", reason=describe_os_error(exc))]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DeckError([_file_problem(name, lang, "not_a_file")])
        if info.st_size > MAX_FILE_BYTES:
            raise DeckError([_file_problem(name, lang, "too_big", size=_megabytes(info.st_size))])
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise DeckError([_file_problem(name, lang, "too_big", size=f"> {_megabytes(MAX_FILE_BYTES)}")])
        return b"".join(chunks)
    except OSError as exc:
        raise DeckError([_file_problem(name, lang, "file_unreadable", reason=describe_os_error(exc))]) from None
    finally:
        os.close(fd)


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in UTF-8-ish data."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def _decode(data: bytes, filename: str, lang: str) -> str:
    """UTF-8 text (a BOM is dropped); UTF-16/32, NUL bytes, bad bytes and control characters are problems."""
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if data.startswith(bom):
            raise DeckError([_file_problem(filename, lang, "utf16", encoding=encoding)])
    data = data.removeprefix(b"\xef\xbb\xbf")
    nul = data.find(b"\x00")
    if nul >= 0:
        head = data[:200]
        # UTF-16 without a BOM: every other byte of ASCII text is NUL
        if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
            raise DeckError([_file_problem(filename, lang, "utf16", encoding="UTF-16")])
        line, column = _byte_position(data, nul)
        raise DeckError([DeckProblem(filename, line, column, message(lang, "nul"))])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        raise DeckError(
            [DeckProblem(filename, line, column, message(lang, "bad_utf8", byte=data[exc.start]))]
        ) from None
    _check_characters(text, filename, lang)
    return text


def _check_characters(text: str, filename: str, lang: str) -> None:
    bad = _NON_PRINTABLE.search(text)
    if bad is None:
        return
    offset = bad.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    key = "nul" if bad.group() == "\x00" else "control_char"
    raise DeckError([DeckProblem(filename, line, column, message(lang, key, code=ord(bad.group())))])


def _sorted_unique(problems: Iterable[DeckProblem]) -> list[DeckProblem]:
    return sorted(set(problems), key=lambda p: (p.line, p.column, p.message))


# --------------------------------------------------------------------------- composing


@dataclass
class _Composed:
    root: Node | None
    problems: list[DeckProblem]
    rejected: set[int]  # ids of nodes already reported: the checker says nothing more about them
    swallowing: set[int]  # ids of rejected nodes that may hide the keys after them (merge keys, open quotes)


@dataclass
class _Frame:
    node: SequenceNode | MappingNode
    size: int = 1
    key: Node | None = None
    keys: dict[str, int] = field(default_factory=dict)
    anchor: str | None = None
    bad_tag: bool = False


class _Composer:
    """Build a node tree from parser events, iteratively, with caps on depth and alias expansion."""

    def __init__(self, text: str, filename: str, lang: str, parser: type[Any]) -> None:
        self.text = text
        self.filename = filename
        self.lang = lang
        self.parser = parser
        self.problems: list[DeckProblem] = []
        self.rejected: set[int] = set()
        self.swallowing: set[int] = set()
        # anchor -> (node, expanded size); size None while the node is still being built
        self.anchors: dict[str, tuple[Node, int | None]] = {}
        self.plain_tags: dict[str, str] = {}
        self.lines: list[str] | None = None

    def problem(self, mark: Any, msg_key: str, /, **fields: object) -> None:
        self.problems.append(DeckProblem(self.filename, mark.line + 1, mark.column + 1,
                                         message(self.lang, msg_key, **fields)))

    def fatal(self, mark: Any, msg_key: str, /, **fields: object) -> _Composed:
        self.problem(mark, msg_key, **fields)
        return _Composed(None, self.problems, self.rejected, self.swallowing)

    def compose(self) -> _Composed:
        try:
            return self._compose()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = " ".join(" ".join(str(p) for p in (exc.context, exc.problem) if p).split()) or "?"
            if "end of stream" in problem and exc.context_mark is not None:
                # the end of the file says little; where the unfinished text or bracket began says more
                mark = exc.context_mark
            explained = next((key for part, key in _SYNTAX_HINTS if part in problem), None)
            if explained is not None:
                problem = f"{message(self.lang, explained)} ({problem})" if self.lang != "en" else problem
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            self.problems.append(DeckProblem(self.filename, line, column,
                                             message(self.lang, "yaml_syntax", problem=problem)))
        except yaml.YAMLError as exc:
            self.problems.append(DeckProblem(self.filename, 1, 1,
                                             message(self.lang, "yaml_syntax", problem=" ".join(str(exc).split()))))
        return _Composed(None, self.problems, self.rejected, self.swallowing)

    def _compose(self) -> _Composed:
        loader = self.parser(self.text)
        try:
            return self._walk(loader)
        finally:
            loader.dispose()

    def _walk(self, loader: Any) -> _Composed:
        stack: list[_Frame] = []
        root: Node | None = None
        documents = 0
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is ScalarEvent:
                node: Node = self._scalar(loader, event)
                size = 1
                if event.anchor is not None:
                    self.anchors[event.anchor] = (node, 1)
            elif kind is AliasEvent:
                entry = self.anchors.get(event.anchor)
                if entry is None:
                    return self.fatal(event.start_mark, "unknown_alias", name=event.anchor)
                node, known = entry
                if known is None:
                    return self.fatal(event.start_mark, "recursive_alias", name=event.anchor)
                size = known
            elif kind is SequenceStartEvent or kind is MappingStartEvent:
                if len(stack) >= MAX_DEPTH:
                    return self.fatal(event.start_mark, "too_deep", limit=MAX_DEPTH)
                default = _SEQ if kind is SequenceStartEvent else _MAP
                tag, tag_ok = self._collection_tag(event, default)
                collection = (SequenceNode if kind is SequenceStartEvent else MappingNode)(
                    tag, [], event.start_mark, event.end_mark, flow_style=event.flow_style
                )
                if event.anchor is not None:
                    self.anchors[event.anchor] = (collection, None)
                stack.append(_Frame(collection, anchor=event.anchor, bad_tag=not tag_ok))
                continue
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                frame = stack.pop()
                node, size = frame.node, frame.size
                node.end_mark = event.end_mark
                if frame.bad_tag:
                    self.rejected.add(id(node))
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (node, size)
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.problem(event.start_mark, "multi_doc")
                    return _Composed(None, self.problems, self.rejected, self.swallowing)
                continue
            elif kind is StreamEndEvent:
                if root is None:
                    return self.fatal(event.start_mark, "empty")
                return _Composed(root, self.problems, self.rejected, self.swallowing)
            else:
                continue
            if not stack:
                root = node
                continue
            parent = stack[-1]
            parent.size += size
            if parent.size > MAX_NODES:
                return self.fatal(event.start_mark, "too_many_nodes", limit=MAX_NODES)
            self._add(parent, node)

    def _scalar(self, loader: Any, event: Any) -> ScalarNode:
        tag = event.tag
        if tag is None or tag == "!":
            if event.implicit[0]:
                # plain scalars repeat a lot (ids, numbers); resolving is the composer's hot spot
                tag = self.plain_tags.get(event.value)
                if tag is None:
                    tag = self.plain_tags[event.value] = loader.resolve(ScalarNode, event.value, event.implicit)
            else:
                tag = _STR
            # merge keys (`<<: *base`) are refused: a deck spells its keys out, so every value has one place
            if tag == _MERGE and event.implicit[0]:
                node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style or None)
                self.problem(event.start_mark, "merge_key")
                self.rejected.add(id(node))
                self.swallowing.add(id(node))
                return node
            if tag not in _ALLOWED_EXPLICIT_TAGS:
                # implicit timestamps and the like are plain text in a deck
                tag = _STR
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style or None)
        if tag not in _ALLOWED_EXPLICIT_TAGS:
            self.problem(event.start_mark, "bad_tag", tag=_short_tag(tag))
            self.rejected.add(id(node))
        elif event.style in ('"', "'") and event.end_mark.line > event.start_mark.line and self._swallows_keys(event):
            self.problem(event.start_mark, "quote_unclosed", line=event.end_mark.line + 1)
            self.rejected.add(id(node))
            self.swallowing.add(id(node))
        return node

    def _swallows_keys(self, event: Any) -> bool:
        """Whether a quoted text running over several lines took in lines that look like deck keys."""
        if self.lines is None:
            self.lines = self.text.splitlines()
        inner = self.lines[event.start_mark.line + 1 : event.end_mark.line + 1]
        return any(_KEY_LINE.match(line) for line in inner)

    def _collection_tag(self, event: Any, default: str) -> tuple[str, bool]:
        """The tag of a list or mapping, and whether it is allowed (only its own standard tag)."""
        tag = event.tag
        if tag is None or tag == "!":
            return default, True
        if tag != default:
            self.problem(event.start_mark, "bad_tag", tag=_short_tag(tag))
            return str(tag), False
        return str(tag), True

    def _add(self, parent: _Frame, node: Node) -> None:
        """Attach a finished node to its parent; check mapping keys for duplicates as they come."""
        if isinstance(parent.node, SequenceNode):
            parent.node.value.append(node)
            return
        if parent.key is None:
            parent.key = node
            if isinstance(node, ScalarNode) and id(node) not in self.rejected:
                first = parent.keys.get(node.value)
                if first is not None:
                    self.problem(node.start_mark, "duplicate_key", key=_shorten(node.value), line=first)
                    self.rejected.add(id(node))
                else:
                    parent.keys[node.value] = node.start_mark.line + 1
            return
        parent.node.value.append((parent.key, node))
        parent.key = None


def _looks_like_text_with_colon(node: Node) -> bool:
    """`- Wat doe jij: ingrijpen?` read as a one-key mapping: text with ': ' that wanted quotes."""
    if not isinstance(node, MappingNode) or node.flow_style or len(node.value) != 1:
        return False
    key, value = node.value[0]
    return (isinstance(key, ScalarNode) and isinstance(value, ScalarNode) and key.style is None
            and key.start_mark.line == value.start_mark.line)


def _is_empty(node: Node) -> bool:
    """A plain empty value (`key:` with nothing after it)."""
    return isinstance(node, ScalarNode) and node.tag == _NULL and node.style is None and node.value in ("", "~")


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG_PREFIX):] if tag.startswith(_TAG_PREFIX) else tag


def _shorten(value: str, limit: int = 40) -> str:
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


class _Checker:
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
        mark = node.start_mark
        self.problems.append(DeckProblem(self.filename, mark.line + 1, mark.column + 1,
                                         message(self.lang, msg_key, **fields)))

    def msg(self, msg_key: str, /, **fields: object) -> str:
        return message(self.lang, msg_key, **fields)

    def describe(self, node: Node) -> str:
        if isinstance(node, SequenceNode):
            return self.msg("type_seq_short")
        if isinstance(node, MappingNode):
            return self.msg("type_map_short")
        if node.tag == _NULL:
            return self.msg("type_null")
        if node.tag == _BOOL:
            return self.msg("type_bool") + f" ({node.value})"
        if node.tag in (_INT, _FLOAT):
            return self.msg("type_number") + f" ({node.value})"
        return self.msg("type_text") + f" ('{_shorten(str(node.value))}')"

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
            if not isinstance(key_node, ScalarNode) or key_node.tag not in (_STR, _INT, _BOOL, _FLOAT, _NULL):
                self.problem(key_node, "key_not_text")
                continue
            name = key_node.value
            if name not in allowed:
                if node.flow_style and _is_empty(value_node) and (" " in name or not _suggest(name, allowed)):
                    # `{label: Liefde, seks en relaties}`: the comma ended the text early
                    self.problem(key_node, "flow_comma", key=_shorten(name))
                    continue
                suggestion = _suggest(name, allowed, _DUTCH_KEYS)
                self.problem(key_node, "unknown_key", key=_shorten(name), hint=hint(self.lang, suggestion))
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
        if node.tag == _NULL and node.style is None:
            if allow_empty:
                return ""
            self.problem(node, "empty_value", key=key)
            return None
        return str(node.value)

    def text(self, node: Node, key: str, limit: int, *, block: bool = False, required: bool = True) -> str | None:
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
        raw = self.scalar_text(node, key)
        if raw is None:
            return None
        if len(raw) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(raw):
            self.problem(node, "bad_id", value=_shorten(raw), limit=MAX_ID_LENGTH)
            return raw
        return raw

    def integer(self, node: Node, key: str, low: int, high: int) -> int | None:
        if id(node) in self.rejected:
            return None
        if not isinstance(node, ScalarNode) or node.tag != _INT:
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_int"), actual=self.describe(node))
            return None
        try:
            number = _yaml_int(str(node.value))
        except ValueError:
            self.problem(node, "wrong_type", key=key, expected=self.msg("type_int"), actual=self.describe(node))
            return None
        if not low <= number <= high:
            self.problem(node, "out_of_range", key=key, low=low, high=high, value=number)
            return None
        return number

    # -- the deck

    def check(self, root: Node, source: Path | None) -> Deck | None:
        top = self.mapping(root, "deck", TOP_KEYS, TOP_REQUIRED)
        if top is None:
            return None
        values: dict[str, Any] = {}
        if "format" in top:
            fmt = self.scalar_text(top["format"][1], "format")
            if fmt is not None and fmt != DECK_FORMAT:
                self.problem(top["format"][1], "bad_format", expected=DECK_FORMAT, value=_shorten(fmt))
        if "id" in top:
            values["id"] = self.identifier(top["id"][1], "id")
        if "title" in top:
            values["title"] = self.text(top["title"][1], "title", MAX_TITLE)
        if "audience" in top:
            node = top["audience"][1]
            audience = self.scalar_text(node, "audience")
            if audience is not None and audience not in AUDIENCES:
                self.problem(node, "bad_audience", value=_shorten(audience),
                             hint=hint(self.lang, _suggest(audience, AUDIENCES)))
            values["audience"] = audience
        values["language"] = "nl"
        if "language" in top:
            node = top["language"][1]
            language = self.scalar_text(node, "language")
            if language is not None and not LANGUAGE_PATTERN.fullmatch(language):
                self.problem(node, "bad_language", value=_shorten(language))
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
                                   self.msg("what_kind", value=_shorten(kind_id)))
            label = shade = description = None
            if entries is not None:
                label = self.text(entries["label"][1], "label", MAX_LABEL) if "label" in entries else None
                if "shade" in entries:
                    shade = self.scalar_text(entries["shade"][1], "shade")
                    if shade is not None and shade not in SHADES:
                        self.problem(entries["shade"][1], "bad_shade", value=_shorten(shade))
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
                                   self.msg("what_level", value=_shorten(level_id)))
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
            icon, icon_path = self.icon(entries["icon"][1]) if "icon" in entries else (None, None)
            if theme_id is not None:
                lines[theme_id] = entries["id"][1].start_mark.line + 1
                themes[theme_id] = Theme(theme_id, label or "", color or "#000000", icon, icon_path)
        return themes

    def color(self, node: Node) -> str | None:
        if isinstance(node, ScalarNode) and node.tag == _NULL and node.style is None and id(node) not in self.rejected:
            self.problem(node, "color_comment")
            return None
        raw = self.scalar_text(node, "color")
        if raw is None:
            return None
        if not COLOR_PATTERN.fullmatch(raw):
            self.problem(node, "bad_color", value=_shorten(raw))
            return None
        return raw.upper()

    def icon(self, node: Node) -> tuple[str | None, Path | None]:
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
            self.problem(node, "icon_unknown", value=_shorten(value),
                         hint=hint(self.lang, _suggest(value, choices)), choices=", ".join(choices))
            return None, None
        if self.builtin:
            self.problem(node, "icon_builtin_only", value=_shorten(value))
            return None, None
        if not value.lower().endswith(ICON_SUFFIXES):
            self.problem(node, "icon_ext", value=_shorten(value))
            return None, None
        relative = Path(value)
        if relative.is_absolute() or value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value):
            self.problem(node, "icon_absolute", value=_shorten(value))
            return None, None
        if self.base_dir is None:
            self.problem(node, "icon_no_base", value=_shorten(value))
            return None, None
        base = self.base_dir.resolve()
        try:
            target = (base / value.replace("\\", "/")).resolve()
        except (OSError, RuntimeError):
            self.problem(node, "icon_missing", value=_shorten(value))
            return None, None
        if not target.is_relative_to(base):
            self.problem(node, "icon_outside", value=_shorten(value))
            return None, None
        try:
            info = target.stat()
        except OSError:
            self.problem(node, "icon_missing", value=_shorten(value))
            return None, None
        if not stat.S_ISREG(info.st_mode):
            self.problem(node, "icon_not_file", value=_shorten(value))
            return None, None
        return value, target

    def cards(self, node: Node, themes: dict[str, Theme] | None, kinds: dict[str, Kind] | None,
              levels: dict[str, Level] | None) -> tuple[Card, ...] | None:
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
            self.problem(node, "bad_expected", value=_shorten(raw),
                         hint=hint(self.lang, _suggest(raw, EXPECTED, _EXPECTED_WORDS)))
            return None
        return raw

    def boolean(self, node: Node, key: str) -> bool | None:
        """A yes/no value (true/false, yes/no, on/off); an empty value means false."""
        if id(node) in self.rejected:
            return None
        if _is_empty(node):
            return False
        if not isinstance(node, ScalarNode) or node.tag != _BOOL:
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
                    self.problem(item, "unknown_level", value=_shorten(value), hint=hint(self.lang, _suggest(value, known)),
                                 choices=", ".join(known))
                else:
                    self.problem(item, "no_levels_declared", value=_shorten(value))
                ok = False
            elif value in result:
                self.problem(item, "duplicate_level", value=_shorten(value))
                ok = False
            else:
                result.append(value)
        return tuple(result) if ok else None

    def reference(self, entries: _Entries, key: str, known: dict[str, Any] | None, problem: str) -> str | None:
        if key not in entries:
            return None
        node = entries[key][1]
        value = self.scalar_text(node, key)
        if value is None or known is None:
            return value
        if value not in known:
            self.problem(node, problem, value=_shorten(value), hint=hint(self.lang, _suggest(value, known)))
            return None
        return value

    def questions(self, node: Node) -> tuple[str, ...] | None:
        if isinstance(node, ScalarNode) and node.tag == _NULL and node.style is None and id(node) not in self.rejected:
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
