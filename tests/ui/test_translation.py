"""The English catalogue: complete, placeholders intact, the compiled .qm in step with the .ts, and in use."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from gedragen.ui.app import I18N_DIR, install_translator

TS = I18N_DIR / "gedragen_en.ts"
QM = I18N_DIR / "gedragen_en.qm"
# str.format fields ({0}, {0:g}, {1:.1f}) and Qt's own (%n, %v, %m) must survive translation unchanged
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|%[nvm]")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """Every (context, source, translation element) in a Qt Linguist file."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: message without <translation>"
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str, ET.Element]]:
    """The parsed English catalogue."""
    return _messages(TS)


@pytest.fixture(scope="module")
def translator() -> QTranslator:
    """The compiled English catalogue, loaded on its own (no application needed)."""
    loaded = QTranslator()
    assert loaded.load(str(QM)), f"{QM} does not load"
    return loaded


def test_catalogue_is_english_and_not_empty(messages: list[tuple[str, str, ET.Element]]) -> None:
    """The file is the English catalogue over Dutch sources, with the whole UI in it."""
    root = ET.parse(TS).getroot()
    assert root.get("language", "").startswith("en")
    assert root.get("sourcelanguage", "").startswith("nl")
    assert len(messages) > 400


def test_every_message_is_translated(messages: list[tuple[str, str, ET.Element]]) -> None:
    """No unfinished, vanished or empty translation is left."""
    problems = [
        f"{context}: {source!r} ({translation.get('type') or 'empty'})"
        for context, source, translation in messages
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert problems == []


def test_placeholders_and_layout_survive(messages: list[tuple[str, str, ET.Element]]) -> None:
    """Each placeholder, line break and leading/trailing space of a source is in its translation."""
    problems = []
    for context, source, translation in messages:
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: placeholders of {source!r} -> {text!r}")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{context}: line breaks of {source!r} -> {text!r}")
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            problems.append(f"{context}: outer spaces of {source!r} -> {text!r}")
        if source.endswith("…") != text.endswith("…"):
            problems.append(f"{context}: ellipsis of {source!r} -> {text!r}")
    assert problems == []


def test_terminology_says_card_set(messages: list[tuple[str, str, ET.Element]]) -> None:
    """A kaartenset is a 'card set' in English; 'deck' only survives as the CLI command name."""
    stray = [
        (context, translation.text)
        for context, source, translation in messages
        if re.search(r"\bdecks?\b", re.sub(r"'gedragen decks'", "", translation.text or ""), re.IGNORECASE)
    ]
    assert stray == []
    kaartenset = [
        translation.text or "" for _, source, translation in messages if "kaartenset" in source.lower()
    ]
    assert kaartenset and all("card set" in text.lower() for text in kaartenset)


def test_compiled_catalogue_matches_source(
    messages: list[tuple[str, str, ET.Element]], translator: QTranslator
) -> None:
    """The .qm gives exactly the .ts translation for every message (it was rebuilt after the last edit)."""
    stale = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translator.translate(context, source) != translation.text
    ]
    assert stale == []


@pytest.mark.parametrize(
    ("context", "source", "english"),
    [
        ("StartScreen", "Nieuwe sessie", "New session"),
        ("StartScreen", "Kaartensets", "Card sets"),
        ("SessionScreen", "Gesprekstips", "Conversation tips"),
        ("MainWindow", "Hulp en melden", "Help and reporting"),
        ("Variant", "Overloopdebat", "Walking debate"),
        ("DebateView", "Ongewenst", "Unwanted"),
        ("SummaryView", "Afsprakenposter A3 (PDF)", "Agreements poster A3 (PDF)"),
        ("PrintDialog", "Snijtekens buiten de kaarten", "Crop marks outside the cards"),
        ("HelpScreen", "Vertrouwenspersoon", "Confidential adviser"),
    ],
)
def test_key_strings(translator: QTranslator, context: str, source: str, english: str) -> None:
    """The product's own terms come out as agreed."""
    assert translator.translate(context, source) == english


def test_start_screen_in_english(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With the English translator installed the start screen's buttons are English; Dutch again after."""
    from gedragen.ui.start_screen import StartScreen

    installed = install_translator(qapp, "en")
    try:
        assert installed, "no English catalogue was installed"
        screen = StartScreen()
        qtbot.addWidget(screen)
        assert screen.new_button.text() == "New session"
        assert screen.help_button.text() == "Help and reporting"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    dutch = StartScreen()
    qtbot.addWidget(dutch)
    assert dutch.new_button.text() == "Nieuwe sessie"


def test_every_ui_string_in_the_sources_is_in_the_catalogue(tmp_path: Path, repo_root: Path) -> None:
    """lupdate over today's sources finds nothing new: no Dutch text slips into the English UI."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    copy = tmp_path / "gedragen_en.ts"
    shutil.copy(repo_root / "gedragen" / "ui" / "i18n" / "gedragen_en.ts", copy)
    sources = sorted(str(p) for p in (repo_root / "gedragen" / "ui").rglob("*.py"))
    done = subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "(0 new and" in done.stdout + done.stderr, done.stdout + done.stderr
