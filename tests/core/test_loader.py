"""The deck loader's rules (DESIGN §3): each mistake gives one problem at its exact line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gedragen.core import deck_checks, loader
from gedragen.core.deck import Deck
from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck, load_deck_text
from gedragen.resources import builtin_decks_dir, icons_dir

DATA = Path(__file__).parent / "data"

# lines: 1 format, 2 id, 3 title, 4 audience, 5 kinds, 6 team, 7 themes, 8 pesten, 9 cards, 10 card c1
VALID = (DATA / "small.yaml").read_text(encoding="utf-8")


def problems(text: str, **kwargs: object) -> list[str]:
    """'LINE:COL: message' of every problem the loader reports for `text`."""
    with pytest.raises(DeckError) as info:
        load_deck_text(text, **kwargs)  # type: ignore[arg-type]
    assert all(p.file == kwargs.get("filename", "<deck>") for p in info.value.problems)
    return [f"{p.line}:{p.column}: {p.message}" for p in info.value.problems]


def swap(old: str, new: str, text: str = VALID) -> str:
    """VALID with one piece replaced (the piece must be there exactly once)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture(params=["libyaml", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and again with PyYAML's pure-Python one."""
    if request.param == "pure":
        monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML is built without libyaml")
    return str(request.param)


# ----------------------------------------------------------------------------- valid decks


def test_valid_text_gives_a_deck(parser: str) -> None:
    deck = load_deck_text(VALID)
    assert (deck.id, deck.title, deck.audience, deck.language, deck.version) == ("t", "Test", "po", "nl", "")
    assert deck.kind("team").shade == "light"
    assert deck.theme("pesten").color == "#01665E"
    assert deck.card("c1").text == "Een situatie."
    assert deck.blank_cards == 0 and deck.source is None and not deck.builtin


@pytest.mark.parametrize("name", ["po.yaml", "vo-mbo.yaml"])
def test_builtin_decks_load(name: str) -> None:
    deck = load_deck(builtin_decks_dir() / name, builtin=True)
    assert deck.builtin and deck.id == name.removesuffix(".yaml")
    assert [t.id for t in deck.themes] == ["agressie", "discriminatie", "seksualiteit", "diversiteit", "pesten", "online"]
    assert {k.id: k.shade for k in deck.kinds} == {"team": "light", "school": "dark"}
    assert all(t.icon_path == icons_dir() / f"{t.icon}.svg" for t in deck.themes)
    assert len(deck.cards) >= 1


@pytest.mark.parametrize("name", ["po.yaml", "vo-mbo.yaml"])
def test_pure_parser_gives_the_same_deck(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = load_deck(builtin_decks_dir() / name, builtin=True)
    monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    assert load_deck(builtin_decks_dir() / name, builtin=True) == fast


def test_minimal_fixture_folds_and_keeps_what_it_should(parser: str) -> None:
    deck = load_deck(DATA / "minimal.yaml")
    assert deck.source == (DATA / "minimal.yaml").absolute()
    first = deck.card("mini-01")
    assert first.text == "Een leerling wordt in de pauze steeds buitengesloten bij het voetballen."
    assert first.questions == ("Wat zie je gebeuren?", "Wat doe jij: ingrijpen of niet?")
    assert first.note == "Eerste alinea.\n\nTweede alinea."
    assert deck.card("mini-02").note is None
    assert deck.card("mini-03").text == "Ja" and deck.card("mini-03").questions == ()
    assert deck.version == "3"  # a number is kept as written
    assert deck.description == "Een kleine kaartenset om het laden te testen."
    assert deck.theme("pesten").color == "#01665E"  # colours are upper-cased
    assert deck.theme("online").label == "Online gedrag, sociale media"
    assert deck.theme("online").icon is None
    assert deck.blank_cards == 2


def test_version_number_is_kept_as_written() -> None:
    assert load_deck_text(swap("audience: po\n", "audience: po\nversion: 2026.10\n")).version == "2026.10"


def test_language_and_bom() -> None:
    deck = load_deck_text(("\ufeff" + swap("audience: po\n", "audience: po\nlanguage: nl-BE\n")).encode())
    assert deck.language == "nl-BE"


def test_text_exactly_400_characters_is_fine() -> None:
    text = "a" * 400
    assert load_deck_text(swap("text: Een situatie.", f"text: {text}")).card("c1").text == text


def test_anchors_and_aliases_are_fine_within_bounds() -> None:
    text = swap(
        "  - {id: c1, theme: pesten, kind: team, text: Een situatie.}\n",
        "  - {id: c1, theme: pesten, kind: team, text: Een situatie., questions: &q [Wat nu?]}\n"
        "  - {id: c2, theme: pesten, kind: team, text: Nog een., questions: *q}\n",
    )
    deck = load_deck_text(text)
    assert deck.card("c2").questions == ("Wat nu?",)


def test_plain_timestamp_and_yes_are_text() -> None:
    text = swap("title: Test", "title: 2026-11-23").replace("text: Een situatie.", "text: yes")
    deck = load_deck_text(text)
    assert deck.title == "2026-11-23" and deck.card("c1").text == "yes"


# ----------------------------------------------------------------------------- every rule, its place


def test_three_independent_mistakes_give_exactly_three_problems(parser: str) -> None:
    with pytest.raises(DeckError) as info:
        load_deck(DATA / "three-mistakes.yaml")
    name = str(DATA / "three-mistakes.yaml")
    assert [str(p) for p in info.value.problems] == [
        f"{name}:3:1: onbekende sleutel 'titel' (bedoelde je 'title'?)",
        f"{name}:11:12: onbekend thema 'pestn' (bedoelde je 'pesten'?)",
        f"{name}:18:5: onbekende sleutel 'vragen' (bedoelde je 'questions'?)",
    ]
    assert (info.value.file, info.value.line, info.value.column) == (name, 3, 1)


def test_english_messages() -> None:
    with pytest.raises(DeckError) as info:
        load_deck(DATA / "three-mistakes.yaml", lang="en")
    assert [p.message for p in info.value.problems] == [
        "unknown key 'titel' (did you mean 'title'?)",
        "unknown theme 'pestn' (did you mean 'pesten'?)",
        "unknown key 'vragen' (did you mean 'questions'?)",
    ]


def test_duplicate_key_reported_at_the_second(parser: str) -> None:
    assert problems(swap("title: Test\n", "title: Test\nid: t2\n")) == [
        "4:1: dubbele sleutel 'id' (al gebruikt op regel 2)"
    ]


def test_duplicate_key_hides_no_other_mistake(parser: str) -> None:
    text = swap("  - {id: c1, theme: pesten, kind: team, text: Een situatie.}",
                "  - {id: c1, theme: pesten, kind: team, kind: team}")
    assert problems(text) == [
        "10:5: verplichte sleutel 'text' ontbreekt in kaart 1",
        "10:41: dubbele sleutel 'kind' (al gebruikt op regel 10)",
    ]


def test_refused_value_counts_as_present(parser: str) -> None:
    assert problems(swap("title: Test", "title: !!binary dGVzdA==")) == [
        "3:8: tag '!!binary' is niet toegestaan; een kaartenset bevat alleen gewone tekst, getallen en lijsten"
    ]


def test_duplicate_key_in_a_nested_mapping(parser: str) -> None:
    text = swap("{label: Team, shade: light}", "{label: Team, shade: light, label: Ander}")
    assert problems(text) == ["6:37: dubbele sleutel 'label' (al gebruikt op regel 6)"]


def test_missing_required_keys_at_the_mapping(parser: str) -> None:
    assert problems(swap("format: gedragen-deck/1\n", "")) == ["1:1: verplichte sleutel 'format' ontbreekt"]
    assert problems(swap("  - {id: c1, theme: pesten, kind: team, text: Een situatie.}",
                         "  - {id: c1, theme: pesten, kind: team}")) == [
        "10:5: verplichte sleutel 'text' ontbreekt in kaart 1"
    ]


def test_format_must_be_exact() -> None:
    assert problems(swap("gedragen-deck/1", "gedragen-deck/2")) == [
        "1:9: 'format' moet precies 'gedragen-deck/1' zijn, niet 'gedragen-deck/2'"
    ]


@pytest.mark.parametrize("bad", ["Test_1", "ÉÉN", "a b", "x" * 65])
def test_deck_id_pattern(bad: str) -> None:
    found = problems(swap("id: t\n", f"id: \"{bad}\"\n"))
    assert len(found) == 1 and found[0].startswith(f"2:5: '{bad[:39]}")
    assert "geen geldige id" in found[0]


def test_audience_with_suggestion() -> None:
    assert problems(swap("audience: po", "audience: vo-mb")) == [
        "4:11: onbekende doelgroep 'vo-mb': kies po, vo-mbo of other (bedoelde je 'vo-mbo'?)"
    ]


@pytest.mark.parametrize("bad", ["nederlands", "n", "nl_NL", "nl-"])
def test_language_tag(bad: str) -> None:
    assert problems(swap("audience: po\n", f"audience: po\nlanguage: {bad}\n")) == [
        f"5:11: '{bad}' is geen geldige taalcode (bijvoorbeeld nl, en of nl-BE)"
    ]


def test_unknown_key_without_a_close_match() -> None:
    assert problems(swap("audience: po\n", "audience: po\nschool: Het Baken\n")) == [
        "5:1: onbekende sleutel 'school'"
    ]


def test_dutch_key_names_get_the_english_suggestion() -> None:
    text = swap("  - {id: c1, theme: pesten, kind: team, text: Een situatie.}",
                "  - {id: c1, thema: pesten, kind: team, text: Een situatie.}")
    assert problems(text) == ["10:14: onbekende sleutel 'thema' (bedoelde je 'theme'?)"]


def test_comma_in_flow_text_gets_a_quoting_hint() -> None:
    text = swap("label: Pesten,", "label: Pesten, plagen en uitsluiten,")
    assert problems(text) == [
        "8:33: onbekende sleutel 'plagen en uitsluiten': staat er een komma in een tekst tussen { }? "
        "Zet die tekst dan tussen aanhalingstekens"
    ]


def test_kinds_rules(parser: str) -> None:
    assert problems(swap("shade: light", "shade: licht")) == ["6:30: 'shade' moet light of dark zijn, niet 'licht'"]
    assert problems(swap("{label: Team, shade: light}", "{shade: light}")) == [
        "6:9: verplichte sleutel 'label' ontbreekt in soort 'team'"
    ]
    assert problems(swap("{label: Team, shade: light}", "[Team, light]")) == [
        "6:9: 'team' moet sleutels met waarden (sleutel: waarde) zijn, niet een lijst"
    ]
    assert problems(swap("  team: {label: Team, shade: light}\n", "  - team\n"), ) == [
        "6:3: 'kinds' moet sleutels met waarden (sleutel: waarde) zijn, niet een lijst"
    ]


def test_theme_rules(parser: str) -> None:
    double = swap('  - {id: pesten, label: Pesten, color: "#01665E"}\n',
                  '  - {id: pesten, label: Pesten, color: "#01665E"}\n  - {id: pesten, label: Twee, color: "#000000"}\n')
    assert problems(double) == ["9:10: dubbele id 'pesten' (al gebruikt op regel 8)"]
    assert problems(swap('"#01665E"', '"#01665"')) == [
        "8:40: '#01665' is geen kleur in de vorm #RRGGBB (bijvoorbeeld \"#7B3FA0\")"
    ]
    assert problems(swap("themes:\n  - {id: pesten, label: Pesten, color: \"#01665E\"}\n", "themes: []\n")) == [
        "7:9: 'themes' mag niet leeg zijn"
    ]


def test_color_written_as_comment_gets_a_hint() -> None:
    text = swap('  - {id: pesten, label: Pesten, color: "#01665E"}',
                "  - id: pesten\n    label: Pesten\n    color: #01665E")
    assert problems(text) == [
        "10:11: 'color' is leeg: zet een kleur met '#' tussen aanhalingstekens, bijvoorbeeld color: \"#7B3FA0\""
    ]


def test_card_rules(parser: str) -> None:
    assert problems(swap("kind: team, text", "kind: tema, text")) == [
        "10:35: onbekende soort kaart 'tema' (bedoelde je 'team'?)"
    ]
    assert problems(swap("theme: pesten, kind", "theme: sport, kind")) == ["10:21: onbekend thema 'sport'"]
    two = swap("  - {id: c1, theme: pesten, kind: team, text: Een situatie.}\n",
               "  - {id: c1, theme: pesten, kind: team, text: Een.}\n  - {id: c1, theme: pesten, kind: team, text: Twee.}\n")
    assert problems(two) == ["11:10: dubbele id 'c1' (al gebruikt op regel 10)"]
    assert problems(swap("text: Een situatie.", "text: '  '")) == ["10:47: 'text' mag niet leeg zijn"]
    assert problems(swap("text: Een situatie.", 'text: ""')) == ["10:47: 'text' mag niet leeg zijn"]
    assert problems(swap("text: Een situatie.", "text: ~")) == ["10:47: 'text' mag niet leeg zijn"]
    assert problems(swap("text: Een situatie.", "text: " + "a" * 401)) == [
        "10:47: 'text' is te lang (401 tekens; hoogstens 400)"
    ]
    assert problems(swap("cards:\n  - {id: c1, theme: pesten, kind: team, text: Een situatie.}\n", "cards: []\n")) == [
        "9:8: 'cards' mag niet leeg zijn"
    ]


def test_questions_and_note(parser: str) -> None:
    assert problems(swap("text: Een situatie.}", "text: Een situatie., questions: Wat nu.}")) == [
        "10:73: 'questions' moet een lijst (regels die beginnen met '- ') zijn, niet tekst ('Wat nu.')"
    ]
    assert problems(swap("text: Een situatie.}", "text: Een situatie., questions: [Wat nu, '']}")) == [
        "10:82: 'questions' mag niet leeg zijn"
    ]
    assert problems(swap("text: Een situatie.}", "text: Een situatie., note: [a]}")) == [
        "10:68: 'note' moet tekst zijn, niet een lijst"
    ]
    deck = load_deck_text(swap("text: Een situatie.}", "text: Een situatie., note: , questions: }"))
    assert deck.card("c1").note is None and deck.card("c1").questions == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("101", "11:14: 'blank_cards' moet tussen 0 en 100 liggen, niet 101"),
        ("-1", "11:14: 'blank_cards' moet tussen 0 en 100 liggen, niet -1"),
        ('"6"', "11:14: 'blank_cards' moet een geheel getal zijn, niet tekst ('6')"),
        ("2.5", "11:14: 'blank_cards' moet een geheel getal zijn, niet een getal (2.5)"),
        ("yes", "11:14: 'blank_cards' moet een geheel getal zijn, niet ja/nee (yes)"),
    ],
)
def test_blank_cards(value: str, expected: str) -> None:
    assert problems(VALID + f"blank_cards: {value}\n") == [expected]


def test_blank_cards_accepts_yaml_integers() -> None:
    assert load_deck_text(VALID + "blank_cards: 0x10\n").blank_cards == 16
    assert load_deck_text(VALID + "blank_cards: 1_0\n").blank_cards == 10


def test_wrong_types_name_the_expected_type() -> None:
    assert problems(swap("title: Test", "title: [Test]")) == ["3:8: 'title' moet tekst zijn, niet een lijst"]
    assert problems(swap("cards:\n  - {id: c1, theme: pesten, kind: team, text: Een situatie.}\n",
                         "cards: {c1: x}\n")) == [
        "9:8: 'cards' moet een lijst (regels die beginnen met '- ') zijn, niet sleutels met waarden"
    ]
    assert problems("- a\n- b\n") == ["1:1: 'deck' moet sleutels met waarden (sleutel: waarde) zijn, niet een lijst"]


def test_non_text_key() -> None:
    assert problems(swap("audience: po\n", "audience: po\n[a, b]: x\n")) == ["5:1: een sleutel moet gewone tekst zijn"]


def test_merge_keys_are_refused(parser: str) -> None:
    # merge keys hide where a value comes from; a deck spells its keys out
    text = swap("  team: {label: Team, shade: light}", "  team: &t {label: Team, shade: light}\n  school: {<<: *t, shade: dark}")
    assert problems(text) == ["7:12: samenvoegsleutel '<<' wordt niet ondersteund; schrijf de sleutels uit"]


def test_non_standard_tags_are_refused(parser: str) -> None:
    assert problems(swap("title: Test", "title: !!binary dGVzdA==")) == [
        "3:8: tag '!!binary' is niet toegestaan; een kaartenset bevat alleen gewone tekst, getallen en lijsten"
    ]
    assert problems(swap("title: Test", "title: !mijn Test")) == [
        "3:8: tag '!mijn' is niet toegestaan; een kaartenset bevat alleen gewone tekst, getallen en lijsten"
    ]
    assert problems(swap("cards:\n", "cards: !!set\n")) == [
        "9:8: tag '!!set' is niet toegestaan; een kaartenset bevat alleen gewone tekst, getallen en lijsten"
    ]
    assert load_deck_text(swap("title: Test", "title: !!str 2026")).title == "2026"


def test_documents_empty_and_several(parser: str) -> None:
    assert problems("") == ["1:1: het bestand is leeg; een kaartenset begint met 'format: gedragen-deck/1'"]
    assert problems("# alleen commentaar\n") == [
        "2:1: het bestand is leeg; een kaartenset begint met 'format: gedragen-deck/1'"
    ]
    assert problems(VALID + "---\nid: x\n") == [
        "11:1: het bestand bevat meer dan één YAML-document (een tweede '---'); een kaartenset is één document"
    ]


def test_yaml_syntax_error_has_a_place_and_a_dutch_explanation(parser: str) -> None:
    found = problems(swap("title: Test", "title: Test: x"))
    assert len(found) == 1 and found[0].startswith(
        "3:12: ongeldige YAML: hier mag geen ': ' staan; zet tekst met een dubbele punt tussen aanhalingstekens ("
    )


def test_unclosed_quote_is_reported_where_it_starts(parser: str) -> None:
    assert problems(swap("title: Test", 'title: "Test')) == [
        "3:8: deze tekst tussen aanhalingstekens loopt door tot regel 8; ontbreekt het sluitende aanhalingsteken?"
    ]
    assert problems(swap("title: Test", "title: 'Test")) == [
        "3:8: ongeldige YAML: het bestand houdt onverwacht op; ontbreekt er een aanhalingsteken of haakje? "
        "(while scanning a quoted scalar found unexpected end of stream)"
    ]
    # a quoted text over two lines is fine when it does not swallow the deck's keys
    assert load_deck_text(swap("title: Test", 'title: "Test\n  Let op: twee regels"')).title == (
        "Test Let op: twee regels"
    )


def test_question_with_a_colon_gets_a_quoting_hint() -> None:
    text = swap("  - {id: c1, theme: pesten, kind: team, text: Een situatie.}",
                "  - id: c1\n    theme: pesten\n    kind: team\n    text: Een situatie.\n"
                "    questions:\n      - Wat doe jij: ingrijpen of niet?")
    assert problems(text) == [
        "15:9: 'questions' is tekst met ': ' erin; zet de hele tekst tussen aanhalingstekens"
    ]


def test_alias_to_unknown_anchor() -> None:
    assert problems(swap("title: Test", "title: *nergens")) == ["3:8: onbekend anker '*nergens'"]


def test_recursive_alias() -> None:
    assert problems(swap("title: Test", "title: &a [*a]")) == ["3:12: anker 'a' verwijst naar zichzelf"]


def test_too_many_cards_is_refused_at_the_first_extra_card() -> None:
    cards = "".join(f"  - {{id: c{i}, theme: pesten, kind: team, text: x}}\n" for i in range(deck_checks.MAX_CARDS + 1))
    text = VALID.split("cards:\n")[0] + "cards:\n" + cards
    assert problems(text) == [f"{10 + deck_checks.MAX_CARDS}:5: te veel kaarten: een kaartenset mag hoogstens 5000 kaarten hebben"]


def test_problems_are_sorted_and_all_reported() -> None:
    text = (swap("audience: po", "audience: p")
            .replace("shade: light", "shade: x")
            .replace('"#01665E"', '"groen"')
            .replace("kind: team, text", "kind: t, text"))
    found = problems(text)
    assert [f.split(":")[0] for f in found] == ["4", "6", "8", "10"]


def test_deck_error_is_a_value_error_free_type() -> None:
    with pytest.raises(DeckError) as info:
        load_deck_text("id: [")
    assert not isinstance(info.value, (ValueError, yaml.YAMLError))
    assert isinstance(load_deck_text(VALID), Deck)


# ----------------------------------------------------------------------------- estimate, sensitive, levels (§2)

# VALID with three levels declared (lines 9-12) and the card on line 14
LEVELLED = swap("cards:\n", "levels:\n  a: {label: Niveau A}\n  b: {label: Niveau B}\n  onderbouw: {label: Onderbouw}\ncards:\n")
CARD = "  - {id: c1, theme: pesten, kind: team, text: Een situatie.}"


def card(fields: str, text: str = LEVELLED) -> str:
    """The deck with extra flow fields on card c1 (they start at column 62)."""
    return swap(CARD, CARD[:-1] + ", " + fields + "}", text)


def test_new_fields_load(parser: str) -> None:
    deck = load_deck(DATA / "levels.yaml")
    assert [(lv.id, lv.label) for lv in deck.levels] == [
        ("onderbouw", "vo onderbouw"), ("bovenbouw", "vo bovenbouw"), ("mbo", "mbo")
    ]
    assert deck.level("mbo").label == "mbo"
    assert [(c.expected, c.sensitive, c.levels) for c in deck.cards] == [
        ("gewenst", False, ()),
        ("grensgeval", False, ("bovenbouw", "mbo")),
        ("ongewenst", True, ("onderbouw",)),
        (None, False, ()),
    ]


def test_new_fields_are_optional_and_older_files_stay_valid() -> None:
    deck = load_deck_text(VALID)
    assert deck.levels == () and deck.cards[0].expected is None
    assert not deck.cards[0].sensitive and deck.cards[0].levels == ()
    # an empty value is the same as leaving the key out
    empty = load_deck_text(card("expected: , sensitive: , levels: ", swap("cards:\n", "levels:\ncards:\n")))
    assert (empty.cards[0].expected, empty.cards[0].sensitive, empty.cards[0].levels, empty.levels) == (
        None, False, (), ()
    )


@pytest.mark.parametrize(("written", "value"), [("true", True), ("yes", True), ("on", True), ("True", True),
                                                ("false", False), ("no", False), ("off", False)])
def test_sensitive_reads_yaml_booleans(written: str, value: bool) -> None:
    assert load_deck_text(card(f"sensitive: {written}")).cards[0].sensitive is value


def test_expected_must_be_one_of_three(parser: str) -> None:
    assert problems(card("expected: gewenste")) == [
        "14:72: 'expected' moet gewenst, grensgeval of ongewenst zijn, niet 'gewenste' (bedoelde je 'gewenst'?)"
    ]
    assert problems(card("expected: hangt ervan af")) == [
        "14:72: 'expected' moet gewenst, grensgeval of ongewenst zijn, niet 'hangt ervan af' "
        "(bedoelde je 'grensgeval'?)"
    ]
    assert problems(card("expected: Ongewenst")) == [
        "14:72: 'expected' moet gewenst, grensgeval of ongewenst zijn, niet 'Ongewenst' (bedoelde je 'ongewenst'?)"
    ]
    assert problems(card("expected: [gewenst]")) == ["14:72: 'expected' moet tekst zijn, niet een lijst"]


def test_sensitive_must_be_true_or_false(parser: str) -> None:
    assert problems(card("sensitive: ja")) == [
        "14:73: 'sensitive' moet true of false zijn, niet tekst ('ja') (bedoelde je 'true'?)"
    ]
    assert problems(card('sensitive: "true"')) == ["14:73: 'sensitive' moet true of false zijn, niet tekst ('true')"]
    assert problems(card("sensitive: 1")) == ["14:73: 'sensitive' moet true of false zijn, niet een getal (1)"]


def test_card_levels_must_be_declared(parser: str) -> None:
    assert load_deck_text(card("levels: [a, onderbouw]")).cards[0].levels == ("a", "onderbouw")
    assert problems(card("levels: [a, onderbouwe]")) == [
        "14:74: onbekend niveau 'onderbouwe' (bedoelde je 'onderbouw'?); de kaartenset noemt onder 'levels': "
        "a, b, onderbouw"
    ]
    assert problems(card("levels: [a, a]")) == ["14:74: niveau 'a' staat twee keer in 'levels'"]
    assert problems(card("levels: []")) == [
        "14:70: 'levels' mag niet leeg zijn; laat de sleutel weg als de kaart bij elk niveau past"
    ]
    assert problems(card("levels: a")) == [
        "14:70: 'levels' moet een lijst (regels die beginnen met '- ') zijn, niet tekst ('a')"
    ]
    assert problems(card("levels: [mbo]", VALID)) == [
        "10:71: onbekend niveau 'mbo': de kaartenset heeft geen niveaus; zet ze onder 'levels' in de kaartenset"
    ]


def test_deck_levels_rules(parser: str) -> None:
    assert problems(swap("  b: {label: Niveau B}", "  b: {naam: Niveau B}", LEVELLED)) == [
        "11:7: onbekende sleutel 'naam' (bedoelde je 'label'?)"
    ]
    assert problems(swap("  b: {label: Niveau B}", "  b: {}", LEVELLED)) == [
        "11:6: verplichte sleutel 'label' ontbreekt in niveau 'b'"
    ]
    assert problems(swap("  b: {label: Niveau B}", "  B_2: {label: Niveau B}", LEVELLED)) == [
        "11:3: 'B_2' is geen geldige id: gebruik alleen kleine letters a-z, cijfers en '-' (hoogstens 64 tekens)"
    ]
    assert problems(swap("  b: {label: Niveau B}", "  a: {label: Niveau B}", LEVELLED)) == [
        "11:3: dubbele sleutel 'a' (al gebruikt op regel 10)"
    ]
    assert problems(swap("cards:\n", "levels: [a, b]\ncards:\n")) == [
        "9:9: 'levels' moet sleutels met waarden (sleutel: waarde) zijn, niet een lijst"
    ]
    many = "".join(f"  l{i}: {{label: L{i}}}\n" for i in range(deck_checks.MAX_LEVELS + 1))
    assert problems(swap("cards:\n", "levels:\n" + many + "cards:\n")) == [
        "10:3: 'levels' heeft te veel onderdelen (21; hoogstens 20)"
    ]


def test_card_levels_are_not_checked_against_a_broken_levels_section() -> None:
    # one mistake, one message: the card's level is not reported as unknown as well
    text = card("levels: [a]", swap("  a: {label: Niveau A}", "  a: {label: [Niveau A]}", LEVELLED))
    assert problems(text) == ["10:14: 'label' moet tekst zijn, niet een lijst"]


def test_dutch_names_of_the_new_keys_get_a_suggestion() -> None:
    assert problems(card("verwachting: gewenst")) == ["14:62: onbekende sleutel 'verwachting' (bedoelde je 'expected'?)"]
    assert problems(card("gevoelig: true")) == ["14:62: onbekende sleutel 'gevoelig' (bedoelde je 'sensitive'?)"]
    assert problems(swap("cards:\n", "niveaus:\n  a: {label: A}\ncards:\n")) == [
        "9:1: onbekende sleutel 'niveaus' (bedoelde je 'levels'?)"
    ]


def test_all_mistakes_in_the_new_fields_at_once_in_english() -> None:
    text = card("expected: goed, sensitive: misschien, levels: [c]")
    with pytest.raises(DeckError) as info:
        load_deck_text(text, lang="en")
    assert [f"{p.line}:{p.column}: {p.message}" for p in info.value.problems] == [
        "14:72: 'expected' must be gewenst, grensgeval or ongewenst, not 'goed' (did you mean 'gewenst'?)",
        "14:89: 'sensitive' must be true or false, not text ('misschien')",
        "14:109: unknown level 'c'; the deck's 'levels' names: a, b, onderbouw",
    ]
