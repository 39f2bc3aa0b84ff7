"""`gedragen decks`, `gedragen decks add FILE.yaml` and `gedragen validate FILE...` (DESIGN §4)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `decks` (with its `add` action) and `validate` subcommands."""
    decks = sub.add_parser(
        "decks",
        help="toon de ingebouwde en eigen kaartensets",
        description="Toon de ingebouwde en eigen kaartensets (id, titel, aantal kaarten), "
        "of voeg met 'decks add' een kaartensetbestand toe aan de eigen kaartensets.",
    )
    decks.set_defaults(run=run_list)
    actions = decks.add_subparsers(dest="deck_action", metavar="ACTIE")
    add = actions.add_parser(
        "add",
        help="controleer een kaartensetbestand en voeg het toe aan de eigen kaartensets",
        description="Controleer een kaartensetbestand (.yaml) en kopieer het naar de eigen kaartensets.",
    )
    add.add_argument("file", metavar="BESTAND.yaml", help="het kaartensetbestand")
    clash = add.add_mutually_exclusive_group()
    clash.add_argument(
        "--replace", action="store_true", help="vervang een eigen kaartenset met dezelfde id"
    )
    clash.add_argument(
        "--rename", action="store_true", help="geef de kaartenset een nieuwe id als de id al bestaat"
    )
    add.set_defaults(run=run_add)

    validate = sub.add_parser(
        "validate",
        help="controleer kaartensetbestanden",
        description="Controleer kaartensetbestanden; bij fouten komt elke fout op een eigen regel als "
        "BESTAND:REGEL:KOLOM: melding en is de afsluitcode 1.",
    )
    validate.add_argument("files", nargs="+", metavar="BESTAND", help="een of meer kaartensetbestanden (.yaml)")
    validate.set_defaults(run=run_validate)


def _cards_word(count: int, lang: str) -> str:
    if lang == "en":
        return f"{count} card" if count == 1 else f"{count} cards"
    return f"{count} kaart" if count == 1 else f"{count} kaarten"


def run_list(args: argparse.Namespace) -> int:
    """List built-in and own decks; own decks that fail to load go to stderr with their first error."""
    import sys

    from gedragen.core.library import DeckLibrary

    library = DeckLibrary(args.data_dir, lang=args.lang)
    english = args.lang == "en"
    decks = library.all()
    width = max((len(d.id) for d in decks), default=2)
    for deck in decks:
        where = ("built-in" if english else "ingebouwd") if deck.builtin else ("own" if english else "eigen")
        print(f"{deck.id:<{width}}  {deck.title}  ({_cards_word(len(deck.cards), args.lang)}, {where})")
    if not decks:
        print("no decks found" if english else "geen kaartensets gevonden")
    for error in library.problems():
        first = error.problems[0] if error.problems else None
        label = "not loaded" if english else "niet geladen"
        print(f"{first}  [{label}]" if first else f"{error}", file=sys.stderr)
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Validate a deck file and copy it into the own decks; nothing changes when it is invalid."""
    from gedragen.core.errors import DeckError, GedragenError
    from gedragen.core.library import DeckLibrary
    from gedragen.core.loader import load_deck
    from gedragen.export.fit import print_problems

    # An own deck must also print: the same check as `gedragen validate`, before anything is copied.
    unprintable = print_problems(load_deck(args.file, lang=args.lang))
    if unprintable:
        raise GedragenError("\n".join(f"{args.file}: {problem}" for problem in unprintable))
    library = DeckLibrary(args.data_dir, lang=args.lang)
    on_clash = "replace" if args.replace else "rename" if args.rename else "error"
    try:
        deck = library.add_file(args.file, on_clash=on_clash)
    except DeckError:
        raise
    except GedragenError as exc:
        if on_clash == "error" and "id" in str(exc):
            builtin = "ingebouwd" in str(exc) or "built-in" in str(exc)
            options = "--rename" if builtin else ("--replace or --rename" if args.lang == "en" else "--replace of --rename")
            hint = f"use {options}" if args.lang == "en" else f"gebruik {options}"
            raise GedragenError(f"{exc}; {hint}") from None
        raise
    count = _cards_word(len(deck.cards), args.lang)
    if args.lang == "en":
        print(f"Deck '{deck.id}' ({deck.title}, {count}) added to your own decks.")
    else:
        print(f"Kaartenset '{deck.id}' ({deck.title}, {count}) is toegevoegd aan de eigen kaartensets.")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Check each file; report 'in orde' per valid file, every problem of the others on stderr."""
    import sys

    from gedragen.core.errors import DeckError
    from gedragen.core.loader import load_deck

    failed = False
    for name in args.files:
        try:
            deck = load_deck(name, lang=args.lang)
        except DeckError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        # The same check as `gedragen print` (glyphs, fit on the default poker card): validate refuses what print would.
        from gedragen.export.fit import print_problems

        unprintable = print_problems(deck)
        if unprintable:
            failed = True
            for line in unprintable:
                print(f"{name}: {line}", file=sys.stderr)
            continue
        count = _cards_word(len(deck.cards), args.lang)
        print(f"{name}: OK ({count})" if args.lang == "en" else f"{name}: in orde ({count})")
    return 1 if failed else 0
