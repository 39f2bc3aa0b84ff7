"""The strict deck loader: a `gedragen-deck/1` YAML file in, a `Deck` or a `DeckError` with every problem out.

The file is read with a size cap, decoded as UTF-8 by hand (so a bad byte gets a line and column),
parsed into YAML events by libyaml (or PyYAML's pure parser) and composed into a node tree by our own
iterative composer, which keeps every position, caps nesting depth and alias expansion, rejects
non-standard tags and duplicate keys, and never constructs a Python object from the file.
The checker (`DeckChecker` in `gedragen.core.deck_checks`) then walks that tree once and collects all
problems before raising.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
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

from gedragen.core.deck import Deck
from gedragen.core.deck_checks import (
    BOOL_TAG,
    CARD_KEYS,
    FLOAT_TAG,
    INT_TAG,
    KIND_KEYS,
    LEVEL_KEYS,
    MAP_TAG,
    MERGE_TAG,
    NULL_TAG,
    SEQ_TAG,
    STR_TAG,
    TAG_PREFIX,
    THEME_KEYS,
    TOP_KEYS,
    DeckChecker,
    shorten,
)
from gedragen.core.errors import DeckError, DeckProblem, describe_os_error
from gedragen.core.files import MAX_DECK_BYTES, UnsafeFileError, read_bounded
from gedragen.core.messages import message

MAX_FILE_BYTES = MAX_DECK_BYTES
MAX_DEPTH = 20
MAX_NODES = 250_000
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

# libyaml's own nesting limit: "while increasing flow level exceeded maximum nesting depth" and the like
_LIBYAML_TOO_DEEP = re.compile(r"nesting depth|nesting level|max(?:imum)? depth", re.IGNORECASE)

_ALLOWED_EXPLICIT_TAGS = frozenset({STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG, SEQ_TAG, MAP_TAG})

# A line that starts with one of the deck's own keys (`title:`, `  - id:`): never part of a quoted text.
_KEY_LINE = re.compile(
    r"\s*(?:- )?(?:" + "|".join(sorted(set(TOP_KEYS + KIND_KEYS + THEME_KEYS + CARD_KEYS + LEVEL_KEYS)))
    + r"):(?:\s|$)"
)


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
    checker = DeckChecker(filename, lang, base_dir, builtin, composed.rejected, composed.swallowing)
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
        return read_bounded(path, MAX_FILE_BYTES)
    except UnsafeFileError as exc:
        if exc.reason == "not_a_file":
            raise DeckError([_file_problem(name, lang, "not_a_file")]) from None
        size = _megabytes(exc.size) if exc.size > MAX_FILE_BYTES + 1 else f"> {_megabytes(MAX_FILE_BYTES)}"
        raise DeckError([_file_problem(name, lang, "too_big", size=size)]) from None
    except FileNotFoundError:
        raise DeckError([_file_problem(name, lang, "file_missing")]) from None
    except IsADirectoryError:
        raise DeckError([_file_problem(name, lang, "not_a_file")]) from None
    except OSError as exc:
        raise DeckError([_file_problem(name, lang, "file_unreadable", reason=describe_os_error(exc))]) from None


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
            if _LIBYAML_TOO_DEEP.search(problem) and self.parser is not yaml.SafeLoader:
                # libyaml (PyYAML >= 6.0.4) stops deep nesting itself, in English and at its own depth
                # (1000); the pure parser reaches our limit first and words it like every other problem
                return _Composer(self.text, self.filename, self.lang, yaml.SafeLoader).compose()
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
                default = SEQ_TAG if kind is SequenceStartEvent else MAP_TAG
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
                tag = STR_TAG
            # merge keys (`<<: *base`) are refused: a deck spells its keys out, so every value has one place
            if tag == MERGE_TAG and event.implicit[0]:
                node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style or None)
                self.problem(event.start_mark, "merge_key")
                self.rejected.add(id(node))
                self.swallowing.add(id(node))
                return node
            if tag not in _ALLOWED_EXPLICIT_TAGS:
                # implicit timestamps and the like are plain text in a deck
                tag = STR_TAG
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
                    self.problem(node.start_mark, "duplicate_key", key=shorten(node.value), line=first)
                    self.rejected.add(id(node))
                else:
                    parent.keys[node.value] = node.start_mark.line + 1
            return
        parent.node.value.append((parent.key, node))
        parent.key = None


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(TAG_PREFIX):] if tag.startswith(TAG_PREFIX) else tag
