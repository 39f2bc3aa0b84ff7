"""Content rules for the two built-in decks (po and vo-mbo): size, balance, wording limits, header.

The loader checks that a deck is *valid*; these tests check that the built-in decks are *good enough to
ship*: enough cards in every theme and kind, no copies, text that fits a printed poker card, questions
for the facilitator, theme colours and icons that work without colour and in greyscale, cards that span
the scale (the author's estimate `expected`), declared levels, and names that stay few and varied.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from gedragen.core.colors import relative_luminance
from gedragen.core.deck import Card, Deck
from gedragen.core.loader import load_deck
from gedragen.resources import builtin_decks_dir, icons_dir

DECK_FILES = ("po.yaml", "vo-mbo.yaml")
THEME_IDS = ("agressie", "discriminatie", "seksualiteit", "diversiteit", "pesten", "online")
# the middle part of every card id names its theme, so a card filed under the wrong theme shows up
THEME_CODES = {"agressie": "agr", "discriminatie": "dis", "seksualiteit": "sek",
               "diversiteit": "div", "pesten": "pes", "online": "onl"}
ID_PREFIX = {"po": "po-", "vo-mbo": "vo-"}

MIN_CARDS = 120
MIN_PER_THEME_KIND = 10
MAX_TEXT = 300  # fits a poker card (63×88 mm) at a readable size; the loader's own limit is 400
MAX_QUESTION = 200
MAX_NOTE = 600
MIN_QUESTION_SHARE = 0.8
# po cards are read alone by a ten-year-old: one to three short sentences
PO_MAX_SENTENCES = 3
PO_MAX_WORDS_PER_SENTENCE = 15
# the author's estimate spans the scale (DESIGN §2): shares of the whole deck
ESTIMATES = ("gewenst", "grensgeval", "ongewenst")
MIN_GEWENST = 0.25
MIN_GRENSGEVAL = 0.40
MAX_ONGEWENST = 0.35
LEVELS = {"po": ("groep-5-6", "groep-7-8"), "vo-mbo": ("onderbouw", "bovenbouw", "mbo")}
# a given name on more cards than this makes one child stand for a role (DESIGN §2)
MAX_CARDS_PER_NAME = 3
# capitalised words in card texts that are not given names (countries, languages, feasts, days, ...)
NOT_NAMES = frozenset({
    "Nederland", "Nederlands", "Nederlandse", "Engels", "Frans", "Duits", "Pools", "Poolse", "Turks",
    "Turkse", "Marokkaan", "Marokkanen", "Marokkaans", "Marokkaanse", "Surinaams", "Surinaamse", "Joods",
    "Joodse", "Polen", "China", "Israël", "Midden", "Oosten", "God", "Allah", "Kerst", "Pasen",
    "Suikerfeest", "Offerfeest", "Divali", "Sinterklaas", "Vaderdag", "Moederdag", "Valentijnsdag",
    "Lentekriebels", "Paarse", "Vrijdag", "Halt", "Down", "Eén",
})
# Character 5-gram Jaccard of normalised text. Measured on both decks: different situations score at most
# about 0.28 (shared phrases like "een collega zet foto's"); a copy with only the names swapped scores
# about 0.5, and a light rewording of the same sentences about 0.4 (see test_near_duplicate_measure).
NEAR_DUPLICATE = 0.38
MIN_LIGHTNESS_GAP = 5.0  # CIE L*: theme colours stay apart when printed in greyscale
MIN_WHITE_CONTRAST = 4.5  # WCAG AA for the white text and icon printed on the theme colour
# helplines named in a note carry their number, so a facilitator can pass it on at once
HELPLINES = {"Kindertelefoon": "0800-0432", "Veilig Thuis": "0800-2000"}
# names of apps and games date quickly; cards say "een chatapp", "een game", "een filmpjesapp"
BRANDS = ("tiktok", "whatsapp", "instagram", "snapchat", "fortnite", "minecraft", "roblox", "youtube",
          "facebook", "chatgpt", "discord", "telegram", "twitter", "twitch", "bereal")


@cache
def deck(name: str) -> Deck:
    """A built-in deck, loaded (and so validated) by the real loader; once per test run."""
    return load_deck(builtin_decks_dir() / name, builtin=True)


def normalised(text: str) -> str:
    """Lower-case words only, single spaces: what two texts have in common, not their punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


def shingles(text: str, size: int = 5) -> frozenset[str]:
    """Character n-grams of the normalised text."""
    flat = normalised(text)
    return frozenset(flat[i : i + size] for i in range(len(flat) - size + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard index of two shingle sets."""
    return len(a & b) / len(a | b) if a or b else 1.0


def sentences(text: str) -> list[str]:
    """Sentences of a card text; a quoted sentence ("Stop!") counts as one."""
    return [s for s in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"'”]))\s+(?=[A-Z\"'“])", text.strip()) if s]


def lightness(color: str) -> float:
    """CIE L* (0 black … 100 white) of a #RRGGBB colour: what is left of it in greyscale."""
    y = relative_luminance(color)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else 24389 / 27 * y


def all_text(card: Card) -> str:
    """Everything printed or shown for a card."""
    return " ".join((card.text, *card.questions, card.note or ""))


@pytest.fixture(params=DECK_FILES)
def built_in(request: pytest.FixtureRequest) -> Deck:
    """Each built-in deck in turn."""
    return deck(request.param)


def test_both_decks_load_with_the_real_loader() -> None:
    po, vo = deck("po.yaml"), deck("vo-mbo.yaml")
    assert (po.id, po.audience) == ("po", "po")
    assert (vo.id, vo.audience) == ("vo-mbo", "vo-mbo")
    assert po.language == vo.language == "nl"


def test_fixed_themes_and_kinds(built_in: Deck) -> None:
    assert tuple(t.id for t in built_in.themes) == THEME_IDS
    assert {k.id: k.shade for k in built_in.kinds} == {"team": "light", "school": "dark"}


def test_enough_cards_in_every_theme_and_kind(built_in: Deck) -> None:
    assert len(built_in.cards) >= MIN_CARDS
    short = {
        (theme, kind): n
        for theme in THEME_IDS
        for kind in ("team", "school")
        if (n := len(built_in.select(frozenset({theme}), frozenset({kind})))) < MIN_PER_THEME_KIND
    }
    assert short == {}, f"te weinig kaarten: {short}"


def test_card_ids_are_unique_and_name_deck_and_theme(built_in: Deck) -> None:
    ids = [c.id for c in built_in.cards]
    assert len(ids) == len(set(ids))
    prefix = ID_PREFIX[built_in.id]
    wrong = [c.id for c in built_in.cards if not c.id.startswith(f"{prefix}{THEME_CODES[c.theme]}-")]
    assert wrong == []


def test_texts_are_unique_within_and_across_decks() -> None:
    texts = [normalised(c.text) for name in DECK_FILES for c in deck(name).cards]
    assert len(texts) == len(set(texts))


def test_near_duplicate_measure() -> None:
    original = ("Op het schoolplein wil Daan de bal hebben. Hij duwt Milan zo hard dat Milan valt "
                "en zijn knie openhaalt.")
    renamed = ("Op het plein wil Sem de bal hebben. Hij duwt Yusuf zo hard dat Yusuf valt "
               "en zijn knie openhaalt.")
    reworded = ("Daan wil op het schoolplein de bal. Hij geeft Milan zo'n harde duw dat Milan valt "
                "en zijn knie bezeert.")
    other = ("Bij de overblijf gooit een groepje kinderen uit groep 7 met zand naar de kleuters. "
             "Het is maar een spelletje, zeggen ze.")
    assert similarity(shingles(original), shingles(renamed)) > NEAR_DUPLICATE
    assert similarity(shingles(original), shingles(reworded)) > NEAR_DUPLICATE
    assert similarity(shingles(original), shingles(other)) < NEAR_DUPLICATE


def test_no_near_duplicates_within_or_across_decks() -> None:
    cards = [c for name in DECK_FILES for c in deck(name).cards]
    sets = [shingles(c.text) for c in cards]
    close = [
        (cards[i].id, cards[j].id, round(score, 2))
        for i, j in itertools.combinations(range(len(cards)), 2)
        if (score := similarity(sets[i], sets[j])) >= NEAR_DUPLICATE
    ]
    assert close == [], "kaarten die (bijna) hetzelfde zeggen"


def test_text_fits_the_printed_card(built_in: Deck) -> None:
    too_long = [(c.id, len(c.text)) for c in built_in.cards if len(c.text) > MAX_TEXT]
    assert too_long == []
    assert all(len(q) <= MAX_QUESTION for c in built_in.cards for q in c.questions)
    assert all(len(c.note or "") <= MAX_NOTE for c in built_in.cards)


def test_most_cards_carry_facilitator_questions(built_in: Deck) -> None:
    with_questions = sum(1 for c in built_in.cards if c.questions)
    assert with_questions / len(built_in.cards) >= MIN_QUESTION_SHARE
    assert all(q.rstrip().endswith("?") for c in built_in.cards for q in c.questions)


def test_po_cards_are_short_sentences() -> None:
    cards = deck("po.yaml").cards
    too_many = [c.id for c in cards if not 1 <= len(sentences(c.text)) <= PO_MAX_SENTENCES]
    too_long = [(c.id, s) for c in cards for s in sentences(c.text)
                if len(s.split()) > PO_MAX_WORDS_PER_SENTENCE]
    assert (too_many, too_long) == ([], [])


def test_sentence_split_counts_quoted_speech() -> None:
    assert sentences('Yusuf roept: "Ik maak je af!" Daarna lacht hij.') == [
        'Yusuf roept: "Ik maak je af!"', "Daarna lacht hij."]


def test_helplines_come_with_their_number(built_in: Deck) -> None:
    missing = [
        (c.id, name)
        for c in built_in.cards
        for name, number in HELPLINES.items()
        if name in (c.note or "") and number not in (c.note or "")
    ]
    assert missing == []


def test_no_brand_names(built_in: Deck) -> None:
    found = [(c.id, b) for c in built_in.cards for b in BRANDS
             if re.search(rf"\b{b}\b", all_text(c).lower())]
    assert found == []


def test_every_theme_icon_exists_and_is_a_builtin_svg(built_in: Deck) -> None:
    for theme in built_in.themes:
        assert theme.icon == theme.id
        path = icons_dir() / f"{theme.icon}.svg"
        assert path.is_file(), path
        if theme.icon_path is not None:
            assert Path(theme.icon_path).resolve() == path.resolve()


def test_theme_header_identical_in_both_decks() -> None:
    po, vo = deck("po.yaml"), deck("vo-mbo.yaml")
    assert [(t.id, t.label, t.color.upper(), t.icon) for t in po.themes] == [
        (t.id, t.label, t.color.upper(), t.icon) for t in vo.themes]
    assert [(k.id, k.label, k.shade) for k in po.kinds] == [(k.id, k.label, k.shade) for k in vo.kinds]


def test_theme_colours_differ_in_lightness_and_carry_white_text(built_in: Deck) -> None:
    colors = {t.id: t.color for t in built_in.themes}
    close = [(a, b) for (a, ca), (b, cb) in itertools.combinations(colors.items(), 2)
             if abs(lightness(ca) - lightness(cb)) < MIN_LIGHTNESS_GAP]
    assert close == []
    weak = [t for t, c in colors.items() if 1.05 / (relative_luminance(c) + 0.05) < MIN_WHITE_CONTRAST]
    assert weak == []


def test_colour_measures_are_right() -> None:
    assert lightness("#000000") == pytest.approx(0.0)
    assert lightness("#FFFFFF") == pytest.approx(100.0, abs=0.01)
    assert lightness("#777777") == pytest.approx(50.0, abs=0.3)
    assert 1.05 / (relative_luminance("#767676") + 0.05) == pytest.approx(4.54, abs=0.01)


def test_blank_cards_for_printing(built_in: Deck) -> None:
    assert built_in.blank_cards >= 1


def test_every_card_has_an_estimate(built_in: Deck) -> None:
    assert [c.id for c in built_in.cards if c.expected not in ESTIMATES] == []


def test_the_deck_spans_the_scale(built_in: Deck) -> None:
    counts = Counter(c.expected for c in built_in.cards)
    total = len(built_in.cards)
    shares = {e: round(counts[e] / total, 3) for e in ESTIMATES}
    assert shares["gewenst"] >= MIN_GEWENST, shares
    assert shares["grensgeval"] >= MIN_GRENSGEVAL, shares
    assert shares["ongewenst"] <= MAX_ONGEWENST, shares


def test_every_theme_and_kind_holds_each_estimate(built_in: Deck) -> None:
    counts = Counter((c.theme, c.kind, c.expected) for c in built_in.cards)
    missing = [(theme, kind, e) for theme in THEME_IDS for kind in ("team", "school") for e in ESTIMATES
               if counts[(theme, kind, e)] == 0]
    assert missing == []


def test_levels_are_declared(built_in: Deck) -> None:
    assert tuple(lv.id for lv in built_in.levels) == LEVELS[built_in.id]
    assert all(lv.label for lv in built_in.levels)
    declared = set(LEVELS[built_in.id])
    assert [c.id for c in built_in.cards if not set(c.levels) <= declared] == []


def test_po_cards_on_nude_images_and_porn_are_sensitive_and_for_groep_7_8() -> None:
    topic = re.compile(r"naakt|porno|seksfilm", re.IGNORECASE)
    cards = [c for c in deck("po.yaml").cards if topic.search(c.text)]
    assert cards
    assert [c.id for c in cards if not c.sensitive or c.levels != ("groep-7-8",)] == []


def vocabulary(decks: Iterable[Deck]) -> frozenset[str]:
    """Every word that occurs in lower case somewhere in these decks (texts, questions, notes)."""
    return frozenset(w for d in decks for c in d.cards
                     for w in re.findall(r"\b[a-zà-ÿ][\w'-]*", all_text(c)))


def given_names(texts: Iterable[str], lower_words: frozenset[str]) -> Counter[str]:
    """How many of the texts name each given name.

    A name is a capitalised word whose lower-case form never occurs as a word (so not "Daarna", which
    also occurs as "daarna", wherever it stands in a sentence) and that is not in NOT_NAMES.
    """
    found: Counter[str] = Counter()
    for text in texts:
        found.update({w for w in re.findall(r"\b[A-ZÀ-Þ][a-zà-ÿ]+\b", text)
                      if w.lower() not in lower_words and w not in NOT_NAMES})
    return found


def card_names(d: Deck) -> Counter[str]:
    """Given names per card (text and questions) of a built-in deck."""
    lower = vocabulary(deck(name) for name in DECK_FILES)
    return given_names((" ".join((c.text, *c.questions)) for c in d.cards), lower)


def test_name_finder_counts_a_repeated_name() -> None:
    lower = vocabulary(deck(name) for name in DECK_FILES)
    texts = ["Noor fietst naar school.", "Op het plein ziet Noor een hond.",
             'Daarna zegt Noor: "Stop!"', "De juf vraagt of Noor en Bram komen.", "Daarna gaat de bel."]
    found = given_names(texts, lower)
    assert found["Noor"] == 4 and found["Bram"] == 1
    assert "Daarna" not in found and "De" not in found and "Op" not in found
    assert [n for n, k in found.items() if k > MAX_CARDS_PER_NAME] == ["Noor"]


def test_no_given_name_on_more_than_three_cards(built_in: Deck) -> None:
    names = card_names(built_in)
    assert names, "de namenzoeker vindt geen enkele naam meer"
    assert {n: k for n, k in names.items() if k > MAX_CARDS_PER_NAME} == {}


def test_the_po_age_range_is_said_one_way_everywhere() -> None:
    """README, handleiding, the deck and the report all say groep 5 to 8, like the deck's levels."""
    from gedragen.export.report_common import AUDIENCE_LABELS

    root = Path(__file__).resolve().parents[2]
    deck = load_deck(builtin_decks_dir() / "po.yaml")
    assert {lv.id for lv in deck.levels} == {"groep-5-6", "groep-7-8"}
    places = {
        "README.md": (root / "README.md").read_text(encoding="utf-8"),
        "docs/handleiding.md": (root / "docs" / "handleiding.md").read_text(encoding="utf-8"),
        "report": AUDIENCE_LABELS["po"],
        "deck": deck.description,
    }
    for name, text in places.items():
        ranges = set(re.findall(r"groep (\d)\s*(?:–|-|tot en met)\s*(\d)", text))
        assert ranges == {("5", "8")}, (name, ranges)
