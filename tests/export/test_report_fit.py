"""The report's tables never break a number, and long team names break with a hyphen (issue 18 D6, D7)."""

from __future__ import annotations

import copy
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from gedragen.export.report import write_report
from tests.export.test_print_fit import Word, words
from tests.export.test_report import board_session, to_report_data

LONG_NAMES = ["Ondersteuningsteam", "Zorgcoördinatoren", "Leerlingbegeleiding", "Mentoren"]


def four_teams() -> dict[str, Any]:
    """The board session with a fourth team and long names; round 1 gives negative tau-b values."""
    data = copy.deepcopy(board_session())
    data["teams"] = [{"id": f"t{i + 1}", "name": name, "color": "#1F77B4"} for i, name in enumerate(LONG_NAMES)]
    placements = data["rounds"][0]["placements"]
    for card, zone, order in [("k-d", 0, 0), ("k-c", 0, 1), ("k-a", 1, 0), ("k-b", 2, 0)]:
        placements.append({"team": "t4", "card": card, "zone": zone, "order": order})
    return data


def test_tau_b_numbers_stay_whole_and_team_names_break_with_a_hyphen(tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    data = to_report_data(four_teams())
    write_report(data, out)
    pages = [[w.text for w in words(out, n)] for n in range(1, 4)]
    page = next(p for p in pages if "(tau-b)" in p)
    table = page[page.index("(tau-b)") + 1:]
    table = table[:table.index("blad")] if "blad" in table else table  # the page footer "blad 2"
    values = [t for t in table if re.fullmatch(r"[−-]?\d,\d\d", t)]
    # Every pair of the four teams, twice (the matrix is symmetric): 12 whole numbers, no fragments.
    assert len(values) == 12, table
    assert not [t for t in table if re.fullmatch(r"[−-]?\d,?\d?|,\d+", t)], table
    expected = {round(p.tau_b, 2) for p in data.rounds[0].team_agreement if p.tau_b is not None}
    assert {float(v.replace(",", ".").replace("−", "-")) for v in values} == expected
    assert any(v.startswith("−") for v in values)
    # A long name is either whole or broken with a hyphen at the end of each piece.
    joined = re.sub(r"-\s+", "", " ".join(table))
    for name in LONG_NAMES:
        assert name in joined, name
    names = [t for t in table if t[0].isalpha() and len(t) > 1]
    for first, second in pairwise(names):
        if first not in LONG_NAMES and first.rstrip("-") + second in LONG_NAMES:
            assert first.endswith("-"), (first, second)


def test_long_agreements_flow_over_pages_with_the_header_only_at_the_top(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = copy.deepcopy(board_session())
    sentence = "We spreken af dat iedereen elkaar aanspreekt op gedrag in de klas en op het plein."
    outcomes = data["rounds"][0]["outcomes"]
    outcomes[0]["agreement"] = " ".join([sentence] * 22)
    outcomes[1]["agreement"] = " ".join([sentence] * 11)
    data["rounds"][1]["outcomes"][0]["agreement"] = " ".join([sentence] * 17)
    out = tmp_path / "verslag.pdf"
    write_report(to_report_data(data), out)
    pages = range(1, len(PdfReader(out).pages) + 1)
    columns = set()
    table_pages = 0
    for page in pages:
        found = words(out, page)
        headers = [w for w in found if w.text == "Positie"]
        if not headers:
            continue
        table_pages += 1
        assert len(headers) == 1, f"blad {page}: de kop staat er {len(headers)} keer"
        header = headers[0]
        above = [w for w in found if w.y0 > header.y1 + 1]
        # Only the section heading may stand above the header, never table rows.
        assert all(w.text == "Afspraken" for w in above), (page, [w.text for w in above])
        columns.add(tuple(round(w.x0, 2) for w in found if w.text in ("Kaart", "Positie", "Afspraak")))
    assert table_pages >= 3
    assert len(columns) == 1, columns  # the continuation is not shifted
    text = " ".join(" ".join(w.text for w in words(out, p)) for p in pages)
    assert text.count("aanspreekt") >= 22 + 11 + 17


def test_the_consensus_list_shows_card_codes_and_cuts_only_between_words(tmp_path: Path) -> None:
    from tests.export.test_report import CARD_TEXTS

    out = tmp_path / "verslag.pdf"
    data = to_report_data(board_session())
    write_report(data, out)
    found = next(ws for ws in (words(out, n) for n in range(1, 5)) if "Gezamenlijke" in [w.text for w in ws])
    start = next(w for w in found if w.text == "Gezamenlijke")
    items = sorted((w for w in found if w.y1 < start.y0 and w.x0 < start.x0 + 200), key=lambda w: -w.y0)
    rows: list[list[Word]] = []
    for w in items:  # one line: vertical centres within 3 pt (the code is set smaller than the text)
        if rows and abs((rows[-1][0].y0 + rows[-1][0].y1) / 2 - (w.y0 + w.y1) / 2) < 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = [[w.text for w in sorted(row, key=lambda w: w.x0)] for row in rows]
    consensus = [line for line in lines if re.fullmatch(r"\d\.", line[0])][:4]
    assert len(consensus) == 4
    for line in consensus:
        code = line[1]
        assert code in CARD_TEXTS, line  # the card code follows the number
        shown = line[2:]
        if shown[-1] == "…":
            shown = shown[:-1]
        card_words = CARD_TEXTS[code][1].split()
        assert shown == card_words[:len(shown)], (shown, card_words)  # whole words only


def test_cards_carry_the_apps_number_and_their_code_in_chart_and_table(tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    write_report(to_report_data(board_session()), out)
    found = next(ws for ws in (words(out, n) for n in range(1, 5)) if "Volgorde" in [w.text for w in ws])
    texts = [w.text for w in found]
    table_start = texts.index("Volgorde")
    # Round 1 was drawn as k-a, k-b, k-c, k-d (numbers 1-4, as the app says them); in disagreement
    # order that is k-b, k-a, k-d, k-c, so both the chart and the table read 2, 1, 4, 3.
    chart = [t for t in texts[:table_start] if re.fullmatch(r"\d\.", t)]
    assert chart == ["2.", "1.", "4.", "3."], chart
    table = texts[table_start:]
    left = min(w.x0 for w in found[table_start:] if w.text == "#")
    numbers = [w.text for w in found[table_start:] if re.fullmatch(r"\d", w.text) and abs(w.x0 - left) < 3]
    assert numbers == ["2", "1", "4", "3"], numbers
    codes = [t for t in table if re.fullmatch(r"k-[a-d]", t)]
    assert codes[:4] == ["k-b", "k-a", "k-d", "k-c"], codes


def big_first_round(teams: int = 6, cards: int = 9) -> dict[str, Any]:
    """The board session with `teams` teams and a first round of `cards` eigen situaties before its two rounds."""
    data = copy.deepcopy(board_session())
    names = ["De Uilen", "Vossenclub", "Tijgers", "Dolfijnen", "Zwaluwen", "Egels", "Bevers", "Reigers"]
    data["teams"] = [{"id": f"t{i + 1}", "name": names[i], "color": "#1F77B4"} for i in range(teams)]
    ids = [f"eigen-{i + 2}" for i in range(cards)]
    data["custom_cards"] += [{"id": c, "theme": "pesten", "kind": "school",
                              "text": f"Situatie {c}: iemand wordt buitengesloten bij het samenwerken in de klas."}
                             for c in ids]

    def board(round_cards: list[str], team: int) -> list[dict[str, Any]]:
        placed, used = [], {}
        for o, card in enumerate(round_cards):
            zone = (o * (team + 1) + team) % 3
            placed.append({"team": f"t{team + 1}", "card": card, "zone": zone, "order": used.get(zone, 0)})
            used[zone] = used.get(zone, 0) + 1
        return placed

    for rnd in data["rounds"]:
        rnd["placements"] = [p for t in range(teams) for p in board(rnd["cards"], t)]
    first = {"number": 1, "cards": ids, "placements": [p for t in range(teams) for p in board(ids, t)],
             "debate": [], "outcomes": []}
    data["rounds"] = [first] + data["rounds"]
    for number, rnd in enumerate(data["rounds"], start=1):
        rnd["number"] = number
    return data


def test_a_round_starts_where_the_previous_one_ended_with_its_chart(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "verslag.pdf"
    write_report(to_report_data(big_first_round()), out)
    pages = [[w.text for w in words(out, n)] for n in range(1, len(PdfReader(out).pages) + 1)]
    starts = {}
    for n, texts in enumerate(pages, start=1):
        for i, (a, b) in enumerate(pairwise(texts)):
            if a == "Ronde" and b in ("1", "2", "3"):
                starts[b] = (n, i)
                # the heading keeps its chart: the chart's own heading follows on the same page
                assert texts[i + 2:i + 7] == ["Waar", "legde", "elk", "team", "de"], texts[i:i + 8]
    assert set(starts) == {"1", "2", "3"}
    # Round 1 spills onto a second page; round 2 follows on that page instead of leaving it mostly empty.
    page, at = starts["2"]
    assert page > starts["1"][0] and at > 0, starts  # not at the top of a fresh page
