"""`gedragen print DECK -o FILE.pdf` (card sheets) and `gedragen board -o FILE.pdf` (the game board), DESIGN §4."""

from __future__ import annotations

import argparse

# the print dialog's settings (ui/common/settings.py) offer the same choices
CARD_SIZES = ("poker", "bridge", "a7", "tarot", "a6")
PAPERS = ("a4", "a3", "letter")
DUPLEX = ("long", "short", "none")


def _millimetres(text: str) -> float:
    """An argparse type: a number of millimetres, with a comma or a point as decimal sign."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal (millimeters)") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `print` and `board` subcommands."""
    from gedragen.core.deck import EXPECTED  # here, not at the top: the app start imports this module

    pr = sub.add_parser(
        "print",
        help="print de kaarten van een kaartenset als PDF (voorkant, achterkant, snijtekens)",
        description="Maak een print-PDF van een kaartenset: voorkanten en achterkanten (dubbelzijdig), "
        "snijtekens, afloop en blanco kaarten. De achterkant valt precies achter de voorkant.",
        epilog="Voorbeeld: gedragen print vo-mbo -o kaarten.pdf --theme pesten --kind school",
    )
    pr.add_argument("deck", nargs="?", metavar="KAARTENSET", help="id van een kaartenset, of het pad naar een kaartensetbestand")
    pr.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", help="het PDF-bestand dat gemaakt wordt")
    pr.add_argument("--size", choices=CARD_SIZES, default="poker",
                    help="kaartformaat: poker 63×88 mm (standaard), bridge 57×89, a7 74×105, tarot 70×120, a6 105×148")
    pr.add_argument("--paper", choices=PAPERS, default="a4", help="papierformaat (standaard a4)")
    pr.add_argument("--duplex", choices=DUPLEX, default="long",
                    help="dubbelzijdig omslaan langs de lange kant (standaard), de korte kant, "
                    "of none: eerst alle voorkanten, daarna de achterkanten")
    pr.add_argument("--bleed", type=_millimetres, default=None, metavar="MM",
                    help="afloop rond elke kaart, 0 tot 5 mm (standaard 3 met snijtekens, anders 0)")
    pr.add_argument("--no-crop-marks", action="store_true", help="geen snijtekens")
    pr.add_argument("--theme", action="extend", nargs="+", metavar="ID",
                    help="alleen deze thema's, bv. --theme pesten online")
    pr.add_argument("--kind", action="extend", nargs="+", metavar="ID",
                    help="alleen deze soorten kaart, bv. --kind school")
    pr.add_argument("--level", action="extend", nargs="+", metavar="ID",
                    help="alleen kaarten voor deze niveaus (plus kaarten zonder niveau), bv. --level onderbouw")
    pr.add_argument("--expected", action="extend", nargs="+", metavar="E", choices=EXPECTED,
                    help="alleen kaarten met deze inschatting: gewenst, grensgeval, ongewenst")
    sensitive = pr.add_mutually_exclusive_group()
    sensitive.add_argument("--with-sensitive", dest="sensitive", action="store_true", default=True,
                           help="ook de gevoelige kaarten (standaard: printen is voor de begeleider)")
    sensitive.add_argument("--without-sensitive", dest="sensitive", action="store_false",
                           help="zonder de gevoelige kaarten")
    pr.add_argument("--blank", type=int, default=None, metavar="N",
                    help="aantal blanco kaarten met schrijflijnen (standaard: wat de kaartenset aangeeft)")
    pr.add_argument("--offset-x", type=_millimetres, default=0.0, metavar="MM",
                    help="verschuif de achterkanten naar rechts (negatief: links), in stappen van 0,25 mm, "
                    "bv. --offset-x -1,25 (komma of punt); de vellen houden 5 mm rand, zo nodig met "
                    "een rij of kolom minder")
    pr.add_argument("--offset-y", type=_millimetres, default=0.0, metavar="MM",
                    help="verschuif de achterkanten omhoog (negatief: omlaag), in stappen van 0,25 mm, "
                    "bv. --offset-y -1,25 (komma of punt); de vellen houden 5 mm rand, zo nodig met "
                    "een rij of kolom minder")
    pr.add_argument("--calibration", action="store_true",
                    help="begin met een kalibratievel om de verschuiving van de printer te meten")
    pr.add_argument("--calibration-only", action="store_true",
                    help="alleen het kalibratievel (dan is KAARTENSET niet nodig)")
    pr.add_argument("--print-shop", action="store_true",
                    help="voor de drukkerij: één kaart per pagina met afloop (TrimBox en BleedBox)")
    pr.set_defaults(run=run_print)

    board = sub.add_parser(
        "board",
        help="print het speelbord als PDF",
        description="Maak het speelbord: de schaal van gewenst naar ongewenst met zijn vakken, "
        "op A3 of verdeeld over A4-vellen met plaktekens.",
        epilog="Voorbeeld: gedragen board -o bord.pdf --zones 5 --paper a4",
    )
    board.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", help="het PDF-bestand dat gemaakt wordt")
    board.add_argument("--zones", type=int, choices=(2, 3, 5), default=3, help="aantal vakken (standaard 3)")
    board.add_argument("--paper", choices=("a3", "a4"), default="a3",
                       help="a3: één vel (standaard); a4: twee vellen om aan elkaar te plakken")
    board.set_defaults(run=run_board)


def _check_pdf_name(output: str) -> None:
    """ExportError (Dutch) unless the output file name ends in .pdf: a PDF in 'kaarten.txt' only confuses."""
    from pathlib import Path

    from gedragen.core.atomic import refuse_input_as_output
    from gedragen.core.errors import ExportError

    try:
        refuse_input_as_output(output)  # a pipe or device hears that first, not which extension to use
    except OSError as exc:
        raise ExportError.cannot_write(output, exc) from None
    if Path(output).suffix.lower() != ".pdf":
        raise ExportError(f"{output}: dit wordt een PDF; kies een bestandsnaam die eindigt op .pdf")


def run_print(args: argparse.Namespace) -> int:
    """Print the chosen deck's cards to the output PDF."""
    import sys

    from gedragen.core.errors import ExportError

    deck = None
    if not args.calibration_only and args.deck:
        from gedragen.core.atomic import refuse_input_as_output
        from gedragen.core.library import DeckLibrary

        deck = DeckLibrary(args.data_dir, lang=args.lang).get(args.deck)
        try:
            refuse_input_as_output(args.output, deck.source)
        except OSError as exc:
            raise ExportError.cannot_write(args.output, exc) from None
    _check_pdf_name(args.output)
    from gedragen.core import card_layout
    from gedragen.core.paths import cache_dir
    from gedragen.export import icons
    from gedragen.export.cards import render_calibration, render_cards
    from gedragen.export.layout import PrintOptions

    # what earlier prints parsed is kept in the data folder's cache: no PyYAML, no svglib on a later print
    card_layout.use_cache_folder(cache_dir(args.data_dir))
    icons.use_cache_folder(cache_dir(args.data_dir))

    options = PrintOptions(
        card_size=args.size, paper=args.paper, duplex=args.duplex, bleed_mm=args.bleed,
        crop_marks=not args.no_crop_marks,
        themes=frozenset(args.theme) if args.theme else None,
        kinds=frozenset(args.kind) if args.kind else None,
        levels=frozenset(args.level) if args.level else None,
        expected=frozenset(args.expected) if args.expected else None,
        sensitive=args.sensitive,
        blank=args.blank, back_offset_mm=(args.offset_x, args.offset_y),
        print_shop=args.print_shop, calibration=args.calibration or args.calibration_only,
    )
    if args.calibration_only:
        pages = render_calibration(options, args.output)
        print(f"{args.output}: kalibratievel, {pages} pagina's", file=sys.stdout)
        return 0
    if deck is None:
        raise ExportError("geef een kaartenset op (id of pad), of gebruik --calibration-only")
    result = render_cards(deck, options, args.output)
    blanks = f" (waarvan {result.blanks} blanco)" if result.blanks else ""
    print(f"{args.output}: {result.cards} kaarten{blanks}, {result.per_sheet} per vel, {result.pages} pagina's")
    return 0


def run_board(args: argparse.Namespace) -> int:
    """Print the game board to the output PDF."""
    from gedragen.export.board import render_board

    _check_pdf_name(args.output)

    result = render_board(args.zones, None, args.paper, args.output)
    print(f"{args.output}: speelbord met {args.zones} vakken, {result.pages} pagina('s) {args.paper.upper()}")
    return 0
