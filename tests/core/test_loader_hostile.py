"""Hostile and broken input: the loader refuses it with a DeckError, quickly, and runs nothing."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
import yaml

from gedragen.core import loader
from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck, load_deck_text

DATA = Path(__file__).parent / "data"
VALID = (DATA / "small.yaml").read_text(encoding="utf-8")

# generous guards against a hang; real timing lives in benchmarks/
GUARD_SECONDS = 5.0  # CPU seconds: a loaded machine stretches wall time, not the work done


@pytest.fixture(params=["libyaml", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and again with PyYAML's pure-Python one."""
    if request.param == "pure":
        monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML is built without libyaml")
    return str(request.param)


def swap(old: str, new: str) -> str:
    """VALID with one piece replaced."""
    assert VALID.count(old) == 1, old
    return VALID.replace(old, new)


def refused(source: str | bytes | Path, **kwargs: object) -> tuple[list[str], float]:
    """The problems ('LINE:COL: message') for a file or text, and the CPU seconds it took."""
    start = time.process_time()
    with pytest.raises(DeckError) as info:
        if isinstance(source, Path):
            load_deck(source, **kwargs)  # type: ignore[arg-type]
        else:
            load_deck_text(source, **kwargs)  # type: ignore[arg-type]
    return [f"{p.line}:{p.column}: {p.message}" for p in info.value.problems], time.process_time() - start


def test_object_tags_run_nothing(tmp_path: Path, parser: str) -> None:
    marker = tmp_path / "pwned"
    text = swap("title: Test", f"title: !!python/object/apply:os.system ['touch {marker}']")
    found, _ = refused(text)
    assert found == [
        "3:8: tag '!!python/object/apply:os.system' is niet toegestaan; "
        "een kaartenset bevat alleen gewone tekst, getallen en lijsten"
    ]
    text = swap("title: Test", f"title: !!python/object/new:pathlib.Path {{args: ['{marker}']}}")
    refused(text)
    found, _ = refused(f"!!python/object/apply:subprocess.call [['touch', '{marker}']]\n")
    assert found[0].startswith("1:1: tag '!!python/object/apply:subprocess.call'")
    assert not marker.exists()


def test_billion_laughs_is_refused_fast(parser: str) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    found, seconds = refused("\n".join(lines) + "\n")
    assert len(found) == 1 and "te groot na het uitvouwen van ankers en aliassen" in found[0]
    assert seconds < GUARD_SECONDS


def test_aliases_inside_the_deck_also_count(parser: str) -> None:
    bomb = "x: &x [" + ", ".join(["a"] * 100) + "]\n"
    for previous, name in zip("xyz", "yzw", strict=True):
        bomb += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 100) + "]\n"
    found, seconds = refused(bomb + VALID)
    assert len(found) == 1 and "meer dan 250000 onderdelen" in found[0] and seconds < GUARD_SECONDS


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "groot.yaml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB really written
    found, seconds = refused(big)
    assert found == ["1:1: het bestand is te groot (50 MB); een kaartenset mag hoogstens 2 MB zijn"]
    assert seconds < GUARD_SECONDS


def test_big_text_is_refused() -> None:
    found, _ = refused("a" * (loader.MAX_FILE_BYTES + 1))
    assert found[0].startswith("1:1: het bestand is te groot")


@pytest.mark.parametrize("shape", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused_without_crashing(shape: str, parser: str) -> None:
    # libyaml's own composer recurses in C and crashes the interpreter on input like this
    text = shape * 200_000 if shape != "- " else "".join("  " * i + "- \n" for i in range(400))
    found, seconds = refused(text[: loader.MAX_FILE_BYTES])
    assert len(found) == 1 and "te diep genest (meer dan 20 niveaus)" in found[0]
    assert seconds < GUARD_SECONDS


def test_many_small_nodes_are_refused() -> None:
    found, seconds = refused("[" + "1," * 300_000 + "]")
    assert len(found) == 1 and "meer dan 250000 onderdelen" in found[0] and seconds < GUARD_SECONDS


def test_invalid_utf8_has_line_and_column() -> None:
    data = VALID.replace("title: Test", "title: Tëst").encode("utf-8").replace("ë".encode(), b"\xeb")
    found, _ = refused(data)
    assert found == ["3:9: geen geldige UTF-8-tekst op deze plek (byte 0xEB); sla het bestand op als UTF-8"]


def test_invalid_utf8_after_multibyte_characters_counts_characters() -> None:
    data = "title: één \xff".encode().replace(b"\xc3\xbf", b"\xff")
    found, _ = refused(data)
    assert found == ["1:12: geen geldige UTF-8-tekst op deze plek (byte 0xFF); sla het bestand op als UTF-8"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_refused_clearly(encoding: str) -> None:
    found, _ = refused(VALID.encode(encoding))
    assert len(found) == 1 and found[0].startswith("1:1: het bestand is opgeslagen als UTF-")
    assert found[0].endswith("; sla het op als UTF-8")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert load_deck(path).id == "t"


def test_nul_byte_has_a_place() -> None:
    found, _ = refused(VALID.replace("title: Test", "title: Te\x00st").encode())
    assert found == ["3:10: het bestand bevat een NUL-teken; is het wel een tekstbestand?"]
    found, _ = refused(VALID.replace("title: Test", "title: Te\x00st"))
    assert found == ["3:10: het bestand bevat een NUL-teken; is het wel een tekstbestand?"]


def test_control_character_has_a_place() -> None:
    found, _ = refused(VALID.replace("title: Test", "title: Te\x1bst"))
    assert found == ["3:10: niet toegestaan onzichtbaar teken U+001B"]


def test_binary_garbage_is_a_deck_error() -> None:
    refused(bytes(range(256)) * 4)
    refused(b"\x89PNG\r\n\x1a\n" + os.urandom(512))


def test_missing_file_folder_and_device(tmp_path: Path) -> None:
    assert refused(tmp_path / "nergens.yaml")[0] == ["1:1: bestand niet gevonden"]
    assert refused(tmp_path)[0] == ["1:1: dit is geen gewoon bestand (maar een map, apparaat of pijp)"]
    if Path("/dev/zero").exists():
        found, seconds = refused(Path("/dev/zero"))
        assert found == ["1:1: dit is geen gewoon bestand (maar een map, apparaat of pijp)"]
        assert seconds < GUARD_SECONDS


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
def test_fifo_deck_file_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    outcome: list[list[str]] = []

    def attempt() -> None:
        try:
            load_deck(fifo)
        except DeckError as exc:
            outcome.append([p.message for p in exc.problems])

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(GUARD_SECONDS)
    if worker.is_alive():
        # unblock the reader before failing, so the test run itself cannot hang
        with open(fifo, "wb"):
            pass
        pytest.fail("loading a FIFO blocked")
    assert outcome == [["dit is geen gewoon bestand (maar een map, apparaat of pijp)"]]


class _LibyamlLikeParser(yaml.SafeLoader):
    """PyYAML's pure parser that stops deep nesting the way libyaml (PyYAML >= 6.0.4) does, in English."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def get_event(self) -> object:
        event = super().get_event()
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._depth += 1
            if self._depth > 3:
                raise yaml.scanner.ScannerError(
                    "while increasing flow level", event.start_mark, "exceeded maximum nesting depth", event.start_mark
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            self._depth -= 1
        return event


@pytest.mark.parametrize("shape", ["[", "{a: ", "- "])
def test_libyaml_nesting_stop_reads_like_ours(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML 6.0.3 and 6.0.4 give the same message at the same place (libyaml's own stop is in English)."""
    text = shape * 2000 if shape != "- " else "".join("  " * i + "- \n" for i in range(400))
    monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    pure, _ = refused(text)
    monkeypatch.setattr(loader, "_parser_class", lambda: _LibyamlLikeParser)
    libyaml_like, seconds = refused(text)
    assert libyaml_like == pure
    assert len(pure) == 1 and "te diep genest (meer dan 20 niveaus)" in pure[0]
    assert "nesting" not in pure[0] and seconds < GUARD_SECONDS


@pytest.mark.parametrize(
    "number",
    [
        "0x" + "f" * 4000,
        "0b" + "1" * 20_000,
        "0o" + "7" * 6000,
        "0" + "7" * 6000,
        "1" * 5000,
        ":".join(["59"] * 3000),
        "-0x" + "F_" * 3000,
    ],
    ids=["hex", "binary", "octal-0o", "octal-0", "decimal", "sexagesimal", "signed-underscores"],
)
def test_huge_integer_is_refused_before_converting(number: str, parser: str) -> None:
    found, seconds = refused(swap("cards:", f"blank_cards: {number}\ncards:"))
    # `0o…` is text in YAML 1.1 ("moet een geheel getal zijn"); every other spelling is a number out of range
    assert len(found) == 1 and found[0].startswith("9:14: 'blank_cards' moet "), found
    assert len(found[0]) < 200 and seconds < GUARD_SECONDS


def test_a_huge_number_where_text_belongs_is_echoed_short(parser: str) -> None:
    found, _ = refused(swap("title: Test", "title: [" + "9" * 100_000 + "]"))
    assert len(found) == 1 and len(found[0]) < 200, found


def test_a_long_bad_value_is_echoed_at_most_80_characters(parser: str) -> None:
    value = "x" * 1_000_000
    found, _ = refused(swap("cards:", f"? {value}\n: 1\ncards:"))
    assert len(found) == 1 and "onbekende sleutel 'xxx" in found[0]
    assert len(found[0]) < 160, len(found[0])
