"""The deck loader's messages in Dutch and English: one table, looked up by key and language."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Each entry: key -> (Dutch, English); placeholders are str.format fields.
_MESSAGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        # reading and decoding
        "file_missing": ("bestand niet gevonden", "file not found"),
        "file_unreadable": ("het bestand kan niet worden gelezen: {reason}", "the file cannot be read: {reason}"),
        "not_a_file": (
            "dit is geen gewoon bestand (maar een map, apparaat of pijp)",
            "this is not a regular file (but a folder, device or pipe)",
        ),
        "too_big": (
            "het bestand is te groot ({size}); een kaartenset mag hoogstens {limit} zijn",
            "the file is too big ({size}); a deck may be at most {limit}",
        ),
        "utf16": (
            "het bestand is opgeslagen als {encoding}; sla het op als UTF-8",
            "the file is saved as {encoding}; save it as UTF-8",
        ),
        "bad_utf8": (
            "geen geldige UTF-8-tekst op deze plek (byte 0x{byte:02X}); sla het bestand op als UTF-8",
            "not valid UTF-8 text here (byte 0x{byte:02X}); save the file as UTF-8",
        ),
        "nul": (
            "het bestand bevat een NUL-teken; is het wel een tekstbestand?",
            "the file contains a NUL character; is it a text file?",
        ),
        "control_char": (
            "niet toegestaan onzichtbaar teken U+{code:04X}",
            "invisible character U+{code:04X} is not allowed",
        ),
        # YAML structure
        "yaml_syntax": ("ongeldige YAML: {problem}", "invalid YAML: {problem}"),
        "syntax_colon": (
            "hier mag geen ': ' staan; zet tekst met een dubbele punt tussen aanhalingstekens",
            "no ': ' allowed here; put text with a colon in quotes",
        ),
        "syntax_tab": ("gebruik spaties om in te springen, geen tabs", "indent with spaces, not tabs"),
        "syntax_no_colon": ("na een sleutel hoort een ':'", "a key needs a ':' after it"),
        "syntax_end": (
            "het bestand houdt onverwacht op; ontbreekt er een aanhalingsteken of haakje?",
            "the file ends unexpectedly; is a quote or bracket missing?",
        ),
        "syntax_indent": ("de inspringing klopt niet", "the indentation is wrong"),
        "syntax_flow": (
            "tussen {{ }} of [ ] ontbreekt een komma of haakje, of een tekst moet tussen aanhalingstekens",
            "between {{ }} or [ ] a comma or bracket is missing, or a text needs quotes",
        ),
        "quote_unclosed": (
            "deze tekst tussen aanhalingstekens loopt door tot regel {line}; ontbreekt het sluitende aanhalingsteken?",
            "this quoted text runs on to line {line}; is the closing quote missing?",
        ),
        "colon_in_text": (
            "'{key}' is tekst met ': ' erin; zet de hele tekst tussen aanhalingstekens",
            "'{key}' is text with ': ' in it; put the whole text in quotes",
        ),
        "empty": (
            "het bestand is leeg; een kaartenset begint met 'format: gedragen-deck/1'",
            "the file is empty; a deck starts with 'format: gedragen-deck/1'",
        ),
        "multi_doc": (
            "het bestand bevat meer dan één YAML-document (een tweede '---'); een kaartenset is één document",
            "the file holds more than one YAML document (a second '---'); a deck is one document",
        ),
        "too_deep": (
            "te diep genest (meer dan {limit} niveaus)",
            "nested too deeply (more than {limit} levels)",
        ),
        "too_many_nodes": (
            "het bestand wordt te groot na het uitvouwen van ankers en aliassen (meer dan {limit} onderdelen)",
            "the file grows too big when its anchors and aliases are expanded (more than {limit} parts)",
        ),
        "bad_tag": (
            "tag '{tag}' is niet toegestaan; een kaartenset bevat alleen gewone tekst, getallen en lijsten",
            "tag '{tag}' is not allowed; a deck holds only plain text, numbers and lists",
        ),
        "merge_key": (
            "samenvoegsleutel '<<' wordt niet ondersteund; schrijf de sleutels uit",
            "merge key '<<' is not supported; write the keys out",
        ),
        "unknown_alias": ("onbekend anker '*{name}'", "unknown anchor '*{name}'"),
        "recursive_alias": (
            "anker '{name}' verwijst naar zichzelf",
            "anchor '{name}' refers to itself",
        ),
        "duplicate_key": (
            "dubbele sleutel '{key}' (al gebruikt op regel {line})",
            "duplicate key '{key}' (already used on line {line})",
        ),
        "unknown_key": ("onbekende sleutel '{key}'{hint}", "unknown key '{key}'{hint}"),
        "flow_comma": (
            "onbekende sleutel '{key}': staat er een komma in een tekst tussen {{ }}? "
            "Zet die tekst dan tussen aanhalingstekens",
            "unknown key '{key}': is there a comma in a text between {{ }}? Then put that text in quotes",
        ),
        "key_not_text": ("een sleutel moet gewone tekst zijn", "a key must be plain text"),
        "missing_key": (
            "verplichte sleutel '{key}' ontbreekt{where}",
            "required key '{key}' is missing{where}",
        ),
        "wrong_type": ("'{key}' moet {expected} zijn, niet {actual}", "'{key}' must be {expected}, not {actual}"),
        "empty_value": ("'{key}' mag niet leeg zijn", "'{key}' must not be empty"),
        "too_long": (
            "'{key}' is te lang ({length} tekens; hoogstens {limit})",
            "'{key}' is too long ({length} characters; at most {limit})",
        ),
        "too_many": (
            "'{key}' heeft te veel onderdelen ({count}; hoogstens {limit})",
            "'{key}' has too many items ({count}; at most {limit})",
        ),
        "out_of_range": (
            "'{key}' moet tussen {low} en {high} liggen, niet {value}",
            "'{key}' must be between {low} and {high}, not {value}",
        ),
        # deck rules
        "bad_format": (
            "'format' moet precies '{expected}' zijn, niet '{value}'",
            "'format' must be exactly '{expected}', not '{value}'",
        ),
        "bad_id": (
            "'{value}' is geen geldige id: gebruik alleen kleine letters a-z, cijfers en '-' (hoogstens {limit} tekens)",
            "'{value}' is not a valid id: use only lower-case letters a-z, digits and '-' (at most {limit} characters)",
        ),
        "bad_audience": (
            "onbekende doelgroep '{value}': kies po, vo-mbo of other{hint}",
            "unknown audience '{value}': choose po, vo-mbo or other{hint}",
        ),
        "bad_language": (
            "'{value}' is geen geldige taalcode (bijvoorbeeld nl, en of nl-BE)",
            "'{value}' is not a valid language tag (for example nl, en or nl-BE)",
        ),
        "bad_shade": (
            "'shade' moet light of dark zijn, niet '{value}'",
            "'shade' must be light or dark, not '{value}'",
        ),
        "bad_color": (
            "'{value}' is geen kleur in de vorm #RRGGBB (bijvoorbeeld \"#7B3FA0\")",
            "'{value}' is not a colour of the form #RRGGBB (for example \"#7B3FA0\")",
        ),
        "color_comment": (
            "'color' is leeg: zet een kleur met '#' tussen aanhalingstekens, bijvoorbeeld color: \"#7B3FA0\"",
            "'color' is empty: put a colour with '#' in quotes, for example color: \"#7B3FA0\"",
        ),
        "duplicate_id": (
            "dubbele id '{value}' (al gebruikt op regel {line})",
            "duplicate id '{value}' (already used on line {line})",
        ),
        "unknown_theme": ("onbekend thema '{value}'{hint}", "unknown theme '{value}'{hint}"),
        "unknown_kind": ("onbekende soort kaart '{value}'{hint}", "unknown kind of card '{value}'{hint}"),
        "bad_expected": (
            "'expected' moet gewenst, grensgeval of ongewenst zijn, niet '{value}'{hint}",
            "'expected' must be gewenst, grensgeval or ongewenst, not '{value}'{hint}",
        ),
        "bad_bool": (
            "'{key}' moet true of false zijn, niet {actual}{hint}",
            "'{key}' must be true or false, not {actual}{hint}",
        ),
        "unknown_level": (
            "onbekend niveau '{value}'{hint}; de kaartenset noemt onder 'levels': {choices}",
            "unknown level '{value}'{hint}; the deck's 'levels' names: {choices}",
        ),
        "no_levels_declared": (
            "onbekend niveau '{value}': de kaartenset heeft geen niveaus; zet ze onder 'levels' in de kaartenset",
            "unknown level '{value}': the deck has no levels; list them under 'levels' in the deck",
        ),
        "duplicate_level": (
            "niveau '{value}' staat twee keer in 'levels'",
            "level '{value}' is listed twice in 'levels'",
        ),
        "levels_empty": (
            "'levels' mag niet leeg zijn; laat de sleutel weg als de kaart bij elk niveau past",
            "'levels' must not be empty; leave the key out when the card fits every level",
        ),
        "too_many_cards": (
            "te veel kaarten: een kaartenset mag hoogstens {limit} kaarten hebben",
            "too many cards: a deck may hold at most {limit} cards",
        ),
        "icon_unknown": (
            "onbekend ingebouwd pictogram '{value}'{hint}; kies uit {choices} of geef een pad naar een .svg- of .png-bestand",
            "unknown built-in icon '{value}'{hint}; choose from {choices} or give a path to an .svg or .png file",
        ),
        "icon_ext": (
            "een eigen pictogram moet een .svg- of .png-bestand zijn, niet '{value}'",
            "an own icon must be an .svg or .png file, not '{value}'",
        ),
        "icon_absolute": (
            "het pad '{value}' moet relatief zijn: gerekend vanaf de map van de kaartenset",
            "the path '{value}' must be relative: counted from the deck's folder",
        ),
        "icon_outside": (
            "het pictogram '{value}' ligt buiten de map van de kaartenset",
            "the icon '{value}' lies outside the deck's folder",
        ),
        "icon_missing": ("pictogram '{value}' niet gevonden", "icon '{value}' not found"),
        "icon_not_file": ("pictogram '{value}' is geen gewoon bestand", "icon '{value}' is not a regular file"),
        "icon_unusable": (
            "pictogram '{value}' van thema '{theme}' kan niet worden gebruikt: {reason}",
            "icon '{value}' of theme '{theme}' cannot be used: {reason}",
        ),
        "icon_no_base": (
            "het eigen pictogram '{value}' kan pas worden gecontroleerd als de kaartenset in een map is opgeslagen",
            "the own icon '{value}' can only be checked once the deck is saved in a folder",
        ),
        "icon_builtin_only": (
            "een ingebouwde kaartenset gebruikt alleen ingebouwde pictogrammen, niet '{value}'",
            "a built-in deck uses only built-in icons, not '{value}'",
        ),
        # library
        "unknown_deck": ("onbekende kaartenset '{value}'{hint}", "unknown deck '{value}'{hint}"),
        "deck_id_clash_builtin": (
            "er is al een ingebouwde kaartenset met id '{value}'; kies een andere id",
            "there is already a built-in deck with id '{value}'; choose another id",
        ),
        "deck_id_clash_own": (
            "er is al een eigen kaartenset met id '{value}' ({path})",
            "there is already an own deck with id '{value}' ({path})",
        ),
        "deck_id_clash_loaded": (
            "de id '{value}' wordt al gebruikt door {other}; deze kaartenset is niet geladen",
            "the id '{value}' is already used by {other}; this deck was not loaded",
        ),
        "not_own_deck": (
            "'{value}' is geen eigen kaartenset; ingebouwde kaartensets kunnen niet worden gewijzigd of verwijderd",
            "'{value}' is not an own deck; built-in decks cannot be changed or deleted",
        ),
        "unknown_card": (
            "de kaart '{value}' staat niet in de kaartenset '{deck}'",
            "the card '{value}' is not in the deck '{deck}'",
        ),
        "eigen_title": ("Eigen situaties", "Own situations"),
        "eigen_description": (
            "Situaties die de groep zelf heeft toegevoegd.",
            "Situations the group added itself.",
        ),
        # words used inside messages
        "hint": (" (bedoelde je '{value}'?)", " (did you mean '{value}'?)"),
        "where_in": (" in {what}", " in {what}"),
        "type_text": ("tekst", "text"),
        "type_int": ("een geheel getal", "a whole number"),
        "type_number": ("een getal", "a number"),
        "type_bool": ("ja/nee", "yes/no"),
        "type_null": ("leeg", "empty"),
        "type_seq": ("een lijst (regels die beginnen met '- ')", "a list (lines starting with '- ')"),
        "type_map": ("sleutels met waarden (sleutel: waarde)", "keys with values (key: value)"),
        "type_seq_short": ("een lijst", "a list"),
        "type_map_short": ("sleutels met waarden", "keys with values"),
        "what_kind": ("soort '{value}'", "kind '{value}'"),
        "what_theme": ("thema '{value}'", "theme '{value}'"),
        "what_level": ("niveau '{value}'", "level '{value}'"),
        "what_card": ("kaart '{value}'", "card '{value}'"),
        "what_theme_n": ("thema {n}", "theme {n}"),
        "what_card_n": ("kaart {n}", "card {n}"),
        "builtin_deck": ("de ingebouwde kaartenset {path}", "the built-in deck {path}"),
        "own_deck": ("de eigen kaartenset {path}", "the own deck {path}"),
    }
)


_CONTROL_TO_SPACE = {code: " " for code in (*range(0x20), 0x7F)}

ECHO_LIMIT = 80
# fields that hold our own wording (or a list of valid choices), not a value from the file
_OWN_TEXT_FIELDS = frozenset({"problem", "hint", "where", "reason", "expected", "actual", "choices"})


def clip(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value from a file or the command line fit to quote in a one-line message.

    Control characters become spaces and the text is cut at `limit` characters (with '…'), so a
    10 MB value is never echoed whole.
    """
    text = str(value).translate(_CONTROL_TO_SPACE)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def message(lang: str, key: str, /, **fields: object) -> str:
    """The message `key` in `lang` ('nl' or 'en'; anything else falls back to Dutch), filled in.

    Control characters in the filled-in values (a key that is a line break, a tab) become spaces, so
    every message stays the one line that `FILE:LINE:COL: message` promises.
    """
    nl, en = _MESSAGES[key]
    template = en if lang == "en" else nl
    clean = {
        k: (v.translate(_CONTROL_TO_SPACE) if k in _OWN_TEXT_FIELDS else clip(v)) if isinstance(v, str) else v
        for k, v in fields.items()
    }
    return template.format(**clean)


def hint(lang: str, suggestion: str | None) -> str:
    """The " (did you mean 'x'?)" tail, or '' when there is no suggestion."""
    return message(lang, "hint", value=suggestion) if suggestion else ""
