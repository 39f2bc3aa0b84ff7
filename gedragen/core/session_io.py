"""Sessions as `gedragen-session/1` JSON dicts and as CSV rows: pure serialising, parsing and checking.

Export is deterministic (same state, same bytes), so export → import → export gives identical JSON.
Import turns the dict back into the events of a session and replays them, so every game rule is
checked again; the `analysis` block is recomputed, never trusted.

What the JSON does not hold (the seed, the chosen themes and kinds, skipped cards, cards per round,
the timer, the audience, the levels, sensitive cards, mixing the estimates) comes back as: seed 0, all
themes and kinds of the deck (an eigen situatie must use one of them), no skipped cards, the default
cards per round, no timer, audience unknown ('': the report names none), every level, sensitive cards
in, no mixing. Every imported round is hand-picked, revealed (board and quick) and closed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from gedragen.core.analysis import RoundAnalysis, SessionAnalysis, analyse_session
from gedragen.core.deck import Deck
from gedragen.core.errors import SessionError
from gedragen.core.events import (
    MAX_CUSTOM_CARDS,
    MAX_ROUND_CARDS,
    MAX_ROUNDS,
    MAX_TEAMS,
    UNKNOWN_AUDIENCE,
    CardPlaced,
    CustomCard,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    RoundClosed,
    RoundDrawn,
    RoundRevealed,
    SessionEnded,
    SessionStarted,
    Team,
    Variant,
)
from gedragen.core.messages import clip
from gedragen.core.session import RoundState, SessionState, replay

SESSION_FORMAT = "gedragen-session/1"
DeckLookup = Callable[[str], Deck | None]

TOP_KEYS = (
    "format",
    "id",
    "name",
    "started",
    "ended",
    "deck",
    "variant",
    "zones",
    "teams",
    "custom_cards",
    "rounds",
    "analysis",
)
ROUND_KEYS = ("number", "cards", "placements", "debate", "outcomes")
PLACEMENT_KEYS = ("team", "card", "zone", "order")
DEBATE_KEYS = ("card", "before", "after")
OUTCOME_KEYS = ("card", "group_zone", "agreement", "section")
CSV_COLUMNS = (
    "session_id",
    "session_name",
    "date",
    "deck_id",
    "variant",
    "round",
    "card_id",
    "theme",
    "kind",
    "team",
    "zone",
    "zone_label",
    "rank",
    "group_zone",
    "agreement",
)
MAX_JSON_BYTES = 20 * 1024 * 1024
_DEBATE_PHASE_LABELS = (("before", "voor"), ("after", "na"))


# ---------------------------------------------------------------------------------------------
# Export


def session_to_dict(state: SessionState) -> dict[str, Any]:
    """The session as a `gedragen-session/1` dict with exactly the keys of DESIGN §3."""
    setup = state.setup
    return {
        "format": SESSION_FORMAT,
        "id": setup.session_id,
        "name": setup.name,
        "started": setup.started,
        "ended": state.ended,
        "deck": {"id": setup.deck_id, "version": setup.deck_version},
        "variant": setup.variant,
        "zones": list(setup.zones),
        "teams": [{"id": t.id, "name": t.name, "color": t.color} for t in setup.teams],
        "custom_cards": [
            {"id": c.id, "theme": c.theme, "kind": c.kind, "text": c.text} for c in state.custom_cards
        ],
        "rounds": [_round_to_dict(rnd) for rnd in state.rounds],
        "analysis": analysis_to_dict(analyse_session(state)),
    }


def _round_to_dict(rnd: RoundState) -> dict[str, Any]:
    position = {card: index for index, card in enumerate(rnd.cards)}
    debate = sorted(rnd.debate, key=lambda d: position.get(d.card, len(position)))
    outcomes = sorted(rnd.outcomes, key=lambda o: position.get(o.card, len(position)))
    return {
        "number": rnd.number,
        "cards": list(rnd.cards),
        "placements": [
            {"team": p.team, "card": p.card, "zone": p.zone, "order": p.order} for p in rnd.placements()
        ],
        "debate": [
            {
                "card": d.card,
                "before": list(d.before) if d.before is not None else None,
                "after": list(d.after) if d.after is not None else None,
            }
            for d in debate
        ],
        "outcomes": [
            {"card": o.card, "group_zone": o.group_zone, "agreement": o.agreement, "section": o.section}
            for o in outcomes
        ],
    }


def _round3(value: float | None) -> float | None:
    # + 0.0 turns -0.0 into 0.0 so equal sessions always export equal text
    return None if value is None else round(value, 3) + 0.0


def round_analysis_to_dict(result: RoundAnalysis) -> dict[str, Any]:
    """One round of the `analysis` block (numbers rounded to 3 decimals)."""
    return {
        "number": result.number,
        "cards": [
            {
                "card": c.card,
                "disagreement": _round3(c.disagreement),
                "median_zone": c.median_zone,
                "zones": dict(c.zones),
            }
            for c in result.cards
        ],
        "consensus": list(result.consensus),
        "team_agreement": [
            {"teams": list(a.teams), "tau_b": _round3(a.tau_b)} for a in result.team_agreement
        ],
    }


def analysis_to_dict(result: SessionAnalysis) -> dict[str, Any]:
    """The `analysis` block of the JSON: per round the cards in disagreement order and the other numbers."""
    return {"rounds": [round_analysis_to_dict(r) for r in result.rounds]}


def session_to_json(state: SessionState) -> str:
    """The session as deterministic, readable JSON text (UTF-8, not ASCII-escaped, ending in a newline)."""
    return json.dumps(session_to_dict(state), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# CSV


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A leading = + - @ would make Excel run the cell as a formula; a quote keeps it plain text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_rows(state: SessionState, deck_lookup: DeckLookup) -> list[list[str]]:
    """The data rows (without header) for the CSV export.

    Board and quick: one row per placement (team order, then zone, then place); a card no team
    placed gets one row with empty team, zone, zone_label and rank. `rank` is the team's ranking of
    the round (1 = most wanted); in quick sorting cards in one zone share the best rank of that
    zone (1, 1, 1, 4, …). Walking debate: one row per card and counted moment, with `team` 'voor'
    or 'na' (before or after the talk) and `zone_label` the counts, e.g. '12 gewenst, 8 ongewenst';
    zone and rank stay empty; a card without counts gets one row with empty team.
    """
    setup = state.setup
    deck = deck_lookup(setup.deck_id)
    rows: list[list[str]] = []
    date = setup.started[:10]

    def meta(card: str) -> tuple[str, str]:
        custom = state.custom_card(card)
        if custom is not None:
            return custom.theme, custom.kind
        if deck is not None and deck.has_card(card):
            found = deck.card(card)
            return found.theme, found.kind
        return "", ""

    for rnd in state.rounds:
        for card in rnd.cards:
            theme, kind = meta(card)
            outcome = rnd.outcome(card)
            group_zone = outcome.group_zone if outcome is not None else None
            agreement = outcome.agreement if outcome is not None else ""
            head = [setup.session_id, setup.name, date, setup.deck_id, setup.variant, str(rnd.number), card]
            tail = ["" if group_zone is None else str(group_zone), agreement]
            lines: list[list[object]] = []
            if setup.variant == Variant.DEBATE:
                count = rnd.debate_count(card)
                for phase, label in _DEBATE_PHASE_LABELS:
                    heads = getattr(count, phase) if count is not None else None
                    if heads is not None:
                        lines.append([label, "", f"{heads[0]} gewenst, {heads[1]} ongewenst", ""])
            else:
                for board in rnd.boards:
                    zone = board.zone_of(card)
                    if zone is None:
                        continue
                    lines.append(
                        [board.team, zone, setup.zones[zone], _csv_rank(board.zones, card, setup.variant)]
                    )
            if not lines:
                lines.append(["", "", "", ""])
            for middle in lines:
                rows.append([_cell(v) for v in (*head, theme, kind, *middle, *tail)])
    return rows


def _csv_rank(zones: tuple[tuple[str, ...], ...], card: str, variant: str) -> int:
    before = 0
    for cards in zones:
        if card in cards:
            return before + 1 + (cards.index(card) if variant != Variant.QUICK else 0)
        before += len(cards)
    raise SessionError(f"Kaart '{clip(card)}' is niet geplaatst.")


def session_to_csv(state: SessionState, deck_lookup: DeckLookup) -> str:
    """The CSV text for Dutch Excel: starts with a BOM, `;` between cells, CRLF line ends."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(state, deck_lookup))
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Import


def parse_session_json(raw: bytes | str) -> Any:
    """The JSON value in `raw` (at most 20 MB); SessionError for anything that is not valid JSON."""
    if len(raw) > MAX_JSON_BYTES:
        raise SessionError(
            "Het sessiebestand is te groot (meer dan 20 MB); is dit wel een sessie van Gedragen?"
        )
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
        return json.loads(text)
    except UnicodeDecodeError:
        raise SessionError("Het sessiebestand is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as exc:
        raise SessionError(
            f"Het sessiebestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        raise SessionError("Het sessiebestand is te diep genest.") from None
    except ValueError:  # e.g. an integer with thousands of digits (Python's conversion limit)
        raise SessionError("Het sessiebestand bevat een getal dat veel te groot is.") from None


def _object(value: object, keys: Sequence[str], where: str, optional: Sequence[str] = ()) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise SessionError(f"{where} moet een object zijn.")
    missing = [k for k in keys if k not in value and k not in optional]
    extra = sorted(str(k) for k in value if k not in keys)
    if missing:
        raise SessionError(f"{where} mist: {', '.join(missing)}.")
    if extra:
        raise SessionError(f"{where} heeft onbekende velden: {clip(', '.join(extra))}.")
    return value


def _list(value: object, where: str, cap: int) -> list[Any]:
    if not isinstance(value, list):
        raise SessionError(f"{where} moet een lijst zijn.")
    if len(value) > cap:
        raise SessionError(f"{where} is te lang (hoogstens {cap}).")
    return value


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise SessionError(f"{where} moet tekst zijn.")
    return value


def _int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SessionError(f"{where} moet een heel getal zijn.")
    return value


def _heads(value: object, where: str) -> tuple[int, int] | None:
    if value is None:
        return None
    pair = _list(value, where, 2)
    if len(pair) != 2:
        raise SessionError(f"{where} moet twee getallen zijn: [gewenst, ongewenst].")
    return (_int(pair[0], where), _int(pair[1], where))


def session_from_dict(data: object, deck_lookup: DeckLookup) -> tuple[Event, ...]:
    """The events of the session in a `gedragen-session/1` dict, checked by replaying them.

    Raises SessionError (naming what is wrong and where) for a wrong format, missing or unknown
    keys, wrong types, an unknown deck or card, and anything the game rules forbid.
    """
    # `analysis` is recomputed, never trusted: a file without it imports all the same (DESIGN §3)
    top = _object(data, TOP_KEYS, "Het sessiebestand", optional=("analysis",))
    if top["format"] != SESSION_FORMAT:
        raise SessionError(f"Onbekend formaat '{clip(top['format'])}'; verwacht '{SESSION_FORMAT}'.")
    deck_info = _object(top["deck"], ("id", "version"), "Het veld 'deck'")
    deck_id = _str(deck_info["id"], "deck.id")
    deck_version = _str(deck_info["version"], "deck.version")
    deck = deck_lookup(deck_id)
    if deck is None:
        raise SessionError(f"Kaartenset '{clip(deck_id)}' is niet gevonden; voeg die set eerst toe aan Gedragen.")
    if "analysis" in top and not isinstance(top["analysis"], dict):
        raise SessionError("Het veld 'analysis' moet een object zijn.")
    ended = top["ended"]
    if ended is not None:
        _str(ended, "Het veld 'ended'")
    teams = tuple(
        Team(
            _str(t["id"], "team.id"),
            _str(t["name"], "team.name"),
            _str(t["color"], "team.color"),
        )
        for t in (
            _object(item, ("id", "name", "color"), f"Team {i + 1}")
            for i, item in enumerate(_list(top["teams"], "Het veld 'teams'", MAX_TEAMS))
        )
    )
    custom = _custom_cards(top["custom_cards"], deck)
    themes = tuple(t.id for t in deck.themes)
    kinds = tuple(k.id for k in deck.kinds)
    zones = tuple(_str(z, "Een zonenaam") for z in _list(top["zones"], "Het veld 'zones'", 5))
    events: list[Event] = [
        SessionStarted(
            session_id=_str(top["id"], "Het veld 'id'"),
            name=_str(top["name"], "Het veld 'name'"),
            started=_str(top["started"], "Het veld 'started'"),
            deck_id=deck_id,
            deck_version=deck_version,
            variant=_str(top["variant"], "Het veld 'variant'"),
            zones=zones,
            teams=teams,
            themes=themes,
            kinds=kinds,
            audience=UNKNOWN_AUDIENCE,
        )
    ]
    events.extend(CustomCardAdded(card) for card in custom)
    custom_ids = {c.id for c in custom}
    variant = top["variant"]
    for index, item in enumerate(_list(top["rounds"], "Het veld 'rounds'", MAX_ROUNDS)):
        events.extend(_round_events(item, index + 1, variant, deck, custom_ids, len(zones)))
    if ended is not None:
        events.append(SessionEnded(ended))
    try:
        replay(events)
    except SessionError as exc:
        raise SessionError(f"Het sessiebestand klopt niet: {clip(exc, 300)}") from None
    return tuple(events)


def _custom_cards(value: object, deck: Deck) -> tuple[CustomCard, ...]:
    """The file's eigen situaties; SessionError when one is malformed, reuses a card id of the deck or names
    a theme or kind the deck does not have."""
    custom = tuple(
        CustomCard(
            _str(c["id"], "custom_cards.id"),
            _str(c["theme"], "custom_cards.theme"),
            _str(c["kind"], "custom_cards.kind"),
            _str(c["text"], "custom_cards.text"),
        )
        for c in (
            _object(item, ("id", "theme", "kind", "text"), f"Eigen situatie {i + 1}")
            for i, item in enumerate(_list(value, "Het veld 'custom_cards'", MAX_CUSTOM_CARDS))
        )
    )
    themes = {t.id for t in deck.themes}
    kinds = {k.id for k in deck.kinds}
    for card in custom:
        if deck.has_card(card.id):
            raise SessionError(
                f"Eigen situatie '{clip(card.id)}' heeft dezelfde id als een kaart van kaartenset '{clip(deck.id)}'."
            )
        if card.theme not in themes or card.kind not in kinds:
            raise SessionError(
                f"Eigen situatie '{clip(card.id)}' heeft thema '{clip(card.theme)}' en soort '{clip(card.kind)}'; "
                f"kaartenset '{clip(deck.id)}' kent die niet."
            )
    return custom


def _round_events(
    item: object, number: int, variant: object, deck: Deck, custom_ids: set[str], zone_count: int
) -> list[Event]:
    where = f"Ronde {number}"
    rnd = _object(item, ROUND_KEYS, where)
    if _int(rnd["number"], f"{where}: number") != number:
        raise SessionError(f"{where} heeft nummer {clip(rnd['number'])}; de rondes moeten 1, 2, 3, … zijn.")
    cards = tuple(
        _str(c, f"{where}: een kaart") for c in _list(rnd["cards"], f"{where}: cards", MAX_ROUND_CARDS)
    )
    for card in cards:
        if card not in custom_ids and not deck.has_card(card):
            raise SessionError(
                f"{where}: kaart '{clip(card)}' staat niet in kaartenset '{clip(deck.id)}' en niet bij de eigen situaties."
            )
    events: list[Event] = [RoundDrawn(number, cards, "hand")]
    limit = MAX_TEAMS * MAX_ROUND_CARDS
    for entry in _list(rnd["debate"], f"{where}: debate", MAX_ROUND_CARDS):
        d = _object(entry, DEBATE_KEYS, f"{where}: een telling")
        card = _str(d["card"], f"{where}: debate.card")
        for phase in ("before", "after"):
            heads = _heads(d[phase], f"{where}: debate.{phase}")
            if heads is not None:
                events.append(DebateCounted(card, phase, heads[0], heads[1]))
    seen: set[tuple[str, str]] = set()
    placed: list[tuple[str, int, int, str]] = []
    for entry in _list(rnd["placements"], f"{where}: placements", limit):
        p = _object(entry, PLACEMENT_KEYS, f"{where}: een plaatsing")
        team = _str(p["team"], f"{where}: placement.team")
        card = _str(p["card"], f"{where}: placement.card")
        zone = _int(p["zone"], f"{where}: placement.zone")
        order = _int(p["order"], f"{where}: placement.order")
        if (team, card) in seen:
            raise SessionError(f"{where}: team '{clip(team)}' heeft kaart '{clip(card)}' twee keer geplaatst.")
        seen.add((team, card))
        placed.append((team, zone, order, card))
    placed.sort(key=lambda p: (p[0], p[1], p[2]))
    expected: dict[tuple[str, int], int] = {}
    out_of_range = [p for p in placed if not 0 <= p[1] < zone_count]
    if out_of_range:  # replaying these first makes the rules name the zone that does not exist
        placed = out_of_range + [p for p in placed if p not in out_of_range]
        events.extend(CardPlaced(team, card, zone, order) for team, zone, order, card in placed)
        return events  # the replay stops at the first of them
    for team, zone, order, card in placed:
        want = expected.get((team, zone), 0)
        if order != want:
            raise SessionError(
                f"{where}: de plaatsen van team '{clip(team)}' in zone {zone} moeten 0, 1, 2, … zijn (kaart '{clip(card)}')."
            )
        expected[(team, zone)] = want + 1
        events.append(CardPlaced(team, card, zone, order))
    if variant != Variant.DEBATE:
        events.append(RoundRevealed())
    outcome_cards: set[str] = set()
    for entry in _list(rnd["outcomes"], f"{where}: outcomes", MAX_ROUND_CARDS):
        o = _object(entry, OUTCOME_KEYS, f"{where}: een afspraak")
        card = _str(o["card"], f"{where}: outcome.card")
        if card in outcome_cards:
            raise SessionError(f"{where}: kaart '{clip(card)}' heeft twee afspraken.")
        outcome_cards.add(card)
        if card not in cards:
            raise SessionError(
                f"{where}: de afspraak over kaart '{clip(card)}' hoort niet bij een kaart van deze ronde."
            )
        group_zone = None if o["group_zone"] is None else _int(o["group_zone"], f"{where}: group_zone")
        section = None if o["section"] is None else _str(o["section"], f"{where}: section")
        events.append(OutcomeRecorded(card, group_zone, _str(o["agreement"], f"{where}: agreement"), section))
    events.append(RoundClosed())
    return events


def session_from_json(raw: bytes | str, deck_lookup: DeckLookup) -> tuple[Event, ...]:
    """The events of a session from JSON text or bytes; SessionError for anything unusable."""
    return session_from_dict(parse_session_json(raw), deck_lookup)
