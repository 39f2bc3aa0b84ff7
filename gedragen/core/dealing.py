"""Dealing: the helpers that build the events which start a session and bring cards into it.

`new_session` makes a checked `SessionStarted`; `draw_round`, `hand_pick` and `replace_card` choose
cards from the session's selection of the deck (`session_cards`, `available_cards`); `custom_card`
makes an eigen situatie. Drawing is deterministic from the seed recorded in the setup, so a replay gives
the same cards. The events are checked again by the rules when applied (`gedragen.core.session`).
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Sequence

from gedragen.core.deck import EXPECTED, Card, Deck
from gedragen.core.errors import SessionError
from gedragen.core.events import (
    DEFAULT_CARDS_PER_ROUND,
    DEFAULT_ZONES,
    MAX_ROUND_CARDS,
    CardReplaced,
    CustomCard,
    RoundDrawn,
    SessionStarted,
    Team,
    Variant,
    check_setup,
    now_iso,
)
from gedragen.core.messages import clip
from gedragen.core.session import SessionState


def new_session(
    name: str,
    deck: Deck,
    variant: str = Variant.BOARD,
    teams: Sequence[Team] = (),
    zones: Sequence[str] | None = None,
    themes: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    cards_per_round: int = DEFAULT_CARDS_PER_ROUND,
    timer_seconds: int | None = None,
    audience: str = "team",
    seed: int | None = None,
    session_id: str | None = None,
    started: str | None = None,
    levels: Sequence[str] = (),
    sensitive: bool | None = None,
    mix_expected: bool = True,
) -> SessionStarted:
    """A checked SessionStarted with a fresh id, the current time and a random recorded seed.

    Default zones: the Dutch labels for k = 3 (board) or k = 2 (quick, debate); default themes and
    kinds: all of the deck's; default levels: none chosen, so every card (DESIGN §2). Sensitive cards
    are in a team session and out of a class session unless `sensitive` says otherwise. A drawn round
    mixes the authors' estimates unless `mix_expected` is False.
    """
    if zones is None:
        zones = DEFAULT_ZONES[3 if variant == Variant.BOARD else 2]
    event = SessionStarted(
        session_id=session_id or uuid.uuid4().hex,
        name=name.strip() if isinstance(name, str) else name,
        started=started or now_iso(),
        deck_id=deck.id,
        deck_version=deck.version,
        variant=variant,
        zones=tuple(zones),
        teams=tuple(teams) if variant != Variant.DEBATE else (),
        themes=tuple(themes) if themes is not None else tuple(t.id for t in deck.themes),
        kinds=tuple(kinds) if kinds is not None else tuple(k.id for k in deck.kinds),
        cards_per_round=cards_per_round,
        timer_seconds=timer_seconds,
        seed=secrets.randbits(62) if seed is None else seed,
        audience=audience,
        levels=tuple(levels),
        sensitive=audience != "class" if sensitive is None else sensitive,
        mix_expected=mix_expected,
    )
    check_setup(event)
    for theme in event.themes:
        if theme not in {t.id for t in deck.themes}:
            raise SessionError(f"Thema '{clip(theme)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    for kind in event.kinds:
        if kind not in {k.id for k in deck.kinds}:
            raise SessionError(f"Soort '{clip(kind)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    for level in event.levels:
        if level not in {lv.id for lv in deck.levels}:
            raise SessionError(f"Niveau '{clip(level)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    return event


def session_cards(setup: SessionStarted, deck: Deck) -> tuple[Card, ...]:
    """The deck cards a session plays with: its themes, kinds and levels, without sensitive cards if so set."""
    return deck.select(
        frozenset(setup.themes),
        frozenset(setup.kinds),
        levels=frozenset(setup.levels) if setup.levels else None,
        sensitive=setup.sensitive,
    )


def available_cards(state: SessionState, deck: Deck) -> tuple[Card, ...]:
    """Deck cards of the session's selection (`session_cards`) not used yet in this session, sorted by id."""
    pool = session_cards(state.setup, deck)
    return tuple(sorted((c for c in pool if c.id not in state.used_cards), key=lambda c: c.id))


MIX_MIN_CARDS = 3


def _mixed_sample(rng: random.Random, pool: Sequence[Card], count: int) -> list[Card]:
    """`count` cards at random that hold one card of every estimate the pool has (when count ≥ 3).

    First one card of each estimate present in the pool (in the order of EXPECTED), then the rest at
    random from what is left; the result is shuffled so the estimate never shows in the order.
    """
    groups = [g for g in ([c for c in pool if c.expected == e] for e in EXPECTED) if g]
    if count < MIX_MIN_CARDS or count >= len(pool) or not groups:
        # nothing to mix (also a deck without estimates): the plain draw of sessions before mixing
        return rng.sample(pool, min(count, len(pool)))
    picked = [rng.choice(group) for group in groups]
    chosen = {c.id for c in picked}
    rest = [c for c in pool if c.id not in chosen]
    picked.extend(rng.sample(rest, count - len(picked)))
    rng.shuffle(picked)
    return picked


def _check_deck(state: SessionState, deck: Deck) -> None:
    if deck.id != state.setup.deck_id:
        raise SessionError(f"Deze sessie speelt met kaartenset '{clip(state.setup.deck_id)}', niet '{clip(deck.id)}'.")


def _rng(state: SessionState, salt: int) -> random.Random:
    # A big odd multiplier keeps the streams of nearby seeds apart; all inputs are recorded, so replay repeats.
    return random.Random(state.setup.seed * 1_000_003 + len(state.rounds) * 7919 + salt)


def draw_round(state: SessionState, deck: Deck, n: int | None = None) -> RoundDrawn:
    """The next round drawn at random (deterministic from the seed) from the unused cards.

    Draws `n` cards (default: the session's cards per round), or fewer when fewer are left;
    SessionError when none are left. When the session mixes estimates (`mix_expected`) a round of
    three or more cards holds a card of each estimate (gewenst, grensgeval, ongewenst) that the
    unused cards still have. Eigen situaties are never drawn at random: they join a round
    when added (`CustomCardAdded(into_round=True)`, `CardAdded`) or hand-picked (`hand_pick`).
    """
    _check_deck(state, deck)
    if state.is_ended:
        raise SessionError("De sessie is beëindigd; er kan niets meer bij.")
    count = state.setup.cards_per_round if n is None else n
    if not 1 <= count <= MAX_ROUND_CARDS:
        raise SessionError(f"Het aantal kaarten per ronde moet tussen 1 en {MAX_ROUND_CARDS} liggen.")
    pool = available_cards(state, deck)
    if not pool:
        raise SessionError(
            "Alle kaarten van de gekozen thema's en soorten zijn in deze sessie al gebruikt. "
            "Kies kaarten met de hand, voeg een eigen situatie toe of beëindig de sessie."
        )
    if state.setup.mix_expected:
        picked = _mixed_sample(_rng(state, 0), pool, count)
    else:
        picked = _rng(state, 0).sample(pool, min(count, len(pool)))
    return RoundDrawn(number=len(state.rounds) + 1, cards=tuple(c.id for c in picked), how="draw")


def hand_pick(state: SessionState, deck: Deck, cards: Sequence[str]) -> RoundDrawn:
    """The next round with hand-picked cards (deck cards or eigen situaties); checked against the deck."""
    _check_deck(state, deck)
    for card in cards:
        if state.custom_card(card) is None and not deck.has_card(card):
            raise SessionError(f"Kaart '{clip(card)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    return RoundDrawn(number=len(state.rounds) + 1, cards=tuple(cards), how="hand")


def replace_card(state: SessionState, deck: Deck, card: str) -> CardReplaced:
    """Swap a card of the open round for a random unused one (deterministic from the seed)."""
    _check_deck(state, deck)
    rnd = state.current_round
    if rnd is None or card not in rnd.cards:
        raise SessionError(f"Kaart '{clip(card)}' hoort niet bij de open ronde.")
    pool = available_cards(state, deck)
    if not pool:
        raise SessionError("Er zijn geen ongebruikte kaarten meer om deze kaart mee te vervangen.")
    picked = _rng(state, 1 + len(state.used_cards)).choice(pool)
    return CardReplaced(card=card, replacement=picked.id)


def custom_card(state: SessionState, theme: str, kind: str, text: str) -> CustomCard:
    """A new eigen situatie with the next free id (checked when its event is applied)."""
    return CustomCard(id=state.next_custom_id(), theme=theme, kind=kind, text=" ".join(text.split()))
