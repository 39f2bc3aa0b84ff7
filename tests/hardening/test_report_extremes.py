"""Reports of sessions at the edge of what the rules allow: every document is written, nothing is cut."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hardening_support import cli, record_session, session_dict
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from gedragen.core.events import MAX_AGREEMENT, MAX_NAME
from gedragen.export.report_common import fonts, wrap

SENTENCE = "We spreken af dat niemand een foto deelt zonder toestemming van wie erop staat. "


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A data folder with one session, and that session as a dict."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder, session_dict(folder)


def _longest(kind: str) -> str:
    if kind == "sentences":
        return (SENTENCE * 40)[: MAX_AGREEMENT - 6].rstrip() + " EINDE"
    if kind == "one long word":
        return "a" * (MAX_AGREEMENT - 6) + " EINDE"
    return ("https://voorbeeld.nl/" + "pad/" * 600)[: MAX_AGREEMENT - 6] + " EINDE"


@pytest.mark.parametrize(
    ("kind", "part"),
    [("sentences", "full"), ("one long word", "full"), ("a long link", "full"),
     ("sentences", "poster"), ("one long word", "protocol")],
)
def test_the_longest_agreement_fits_every_document(
    kind: str, part: str, recorded: tuple[Path, dict[str, Any]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, base = recorded
    data = copy.deepcopy(base)
    data["name"] = "N" * MAX_NAME
    data["rounds"][0]["outcomes"][0]["agreement"] = _longest(kind)
    source = tmp_path / "sessie.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / f"{part}.pdf"
    run = cli(capsys, "--data-dir", str(folder), "report", str(source), "-o", str(out), "--part", part)
    assert run.code == 0, run.err
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    # the end of the agreement is printed: the text flowed on instead of being cut off
    assert "EINDE" in text


@settings(max_examples=150, deadline=1000)
@given(
    text=st.text(alphabet=st.sampled_from("aW iI.\n-—éÿ€"), max_size=300),
    width=st.floats(min_value=5, max_value=300),
)
def test_wrap_keeps_every_character_and_every_line_fits(text: str, width: float) -> None:
    regular, _ = fonts()
    lines = wrap(text, regular, 12, width)
    assert "".join("".join(line.split()) for line in lines) == "".join(text.split())
    for line in lines:
        assert len(line) == 1 or stringWidth(line, regular, 12) <= width + 1e-6, (line, width)


def test_wrap_cuts_a_huge_word_quickly() -> None:
    """A 2000-character word (a pasted link) took minutes when cut one character at a time."""
    import time

    regular, _ = fonts()
    started = time.process_time()
    lines = wrap("x" * 2000, regular, 28, 400)
    assert time.process_time() - started < 2.0  # a guard against the quadratic cut, not a timing goal
    assert "".join(lines) == "x" * 2000 and len(lines) > 10


def _largest_session(deck_dir: Path) -> Any:
    """8 teams with 100-character names, 5 zones with 60-character labels, 40 cards, 40 long agreements."""
    from gedragen.core import dealing
    from gedragen.core import session as core
    from gedragen.core.events import (
        MAX_LABEL,
        MAX_ROUND_CARDS,
        MAX_TEAMS,
        MAX_TEXT,
        CardPlaced,
        CustomCardAdded,
        OutcomeRecorded,
        RoundRevealed,
        Team,
    )
    from gedragen.core.library import DeckLibrary

    deck = DeckLibrary(deck_dir).get("vo-mbo")
    teams = tuple(Team(f"t{i}", ("Teamnaam" * 13)[: MAX_NAME - 1] + str(i), f"#{30 * i:02X}6699")
                  for i in range(MAX_TEAMS))
    zones = tuple(("Zonenaam" * 8)[: MAX_LABEL - 1] + str(z) for z in range(5))
    events: list[Any] = [dealing.new_session("S" * MAX_NAME, deck, "board", teams=teams, zones=zones, seed=3,
                                          session_id="grootst", started="2026-11-23T20:15:00+01:00",
                                          cards_per_round=MAX_ROUND_CARDS - 1)]
    state = core.replay(events)

    def add(event: Any) -> None:
        nonlocal state
        events.append(event)
        state = core.apply(state, event)

    add(dealing.draw_round(state, deck, n=MAX_ROUND_CARDS - 1))
    add(CustomCardAdded(dealing.custom_card(state, "online", "school", "W" * MAX_TEXT), into_round=True))
    cards = state.rounds[-1].cards
    for number, team in enumerate(teams):
        filled = [0] * 5
        for index, card in enumerate(cards):
            zone = (index + number) % 5
            add(CardPlaced(team.id, card, zone, filled[zone]))
            filled[zone] += 1
    add(RoundRevealed())
    for index, card in enumerate(cards):
        text = "b" * (MAX_AGREEMENT - 6) if index % 2 else (SENTENCE * 30)[: MAX_AGREEMENT - 6]
        add(OutcomeRecorded(card, index % 5, text + " EINDE", ("privacy", "les", None)[index % 3]))
    return state, deck


def test_the_largest_session_the_rules_allow_gives_a_full_report(
    recorded: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    from gedragen.export.report import write_report

    state, deck = _largest_session(recorded[0])
    out = tmp_path / "verslag.pdf"
    write_report(state, out, part="full", deck=deck)
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert text.count("EINDE") >= 2 * len(state.rounds[0].cards)  # every agreement in the table and on the poster
