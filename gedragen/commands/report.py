"""`gedragen report SESSION... -o FILE [--part ...] [--paper a4|a3]`: the documents of a session.

The file's extension picks the format: PDF (the report, the poster, the protocol), Markdown (.md, the
protocol) or Word (.docx: the protocol, the agreements, the letter to parents). Several sessions go into
one Word protocol draft.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from gedragen.core.library import DeckLibrary
    from gedragen.core.session import SessionState

PARTS = ("full", "poster", "protocol", "agreements", "parents")
PDF_PARTS = ("full", "poster", "protocol")
WORD_PARTS = ("protocol", "agreements", "parents")
PAPERS = ("a4", "a3")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `report` subcommand."""
    parser = sub.add_parser(
        "report",
        help="maak het verslag, de afsprakenposter, het concept-protocol of de brief aan ouders van een sessie",
        description="Maak het verslag van een sessie (PDF), de poster 'Onze afspraken' (PDF, A4 of A3) "
        "of het concept-protocol (PDF, of Markdown als het bestand op .md eindigt).\n"
        "Als Word-document (.docx), om verder te bewerken: het concept-protocol (ook van meerdere sessies "
        "samen), de afspraken per thema, of een brief aan ouders.",
    )
    parser.add_argument(
        "session",
        metavar="SESSIE",
        nargs="+",
        help="sessie-id (of het unieke begin ervan, zie 'gedragen sessions'), of een sessiebestand (.json); "
        "meerdere sessies alleen voor een concept-protocol als Word-document",
    )
    parser.add_argument("-o", "--output", metavar="BESTAND", required=True, help="het bestand dat gemaakt wordt")
    parser.add_argument(
        "--part",
        choices=PARTS,
        default=None,
        help="full: het hele verslag met de poster als laatste blad (standaard bij PDF); poster: alleen de "
        "poster; protocol: het concept-protocol (standaard bij .docx); agreements: de afspraken per thema "
        "(.docx); parents: een brief aan ouders (.docx)",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        default=None,
        help="papier van de poster en het protocol (standaard a4); het hele verslag is altijd A4",
    )
    parser.set_defaults(run=run, usage_error=parser.error)


def run(args: argparse.Namespace) -> int:
    """Write the requested document; GedragenError for an unknown session or an unusable file."""
    import sys
    from pathlib import Path

    from gedragen.core.errors import ExportError

    out = Path(args.output)
    _refuse_output(out, args)  # a pipe, a device or an input file hears that first, not which extension to use
    word = out.suffix.lower() == ".docx"
    part = args.part or ("protocol" if word else "full")
    if len(args.session) > 1 and not (word and part == "protocol"):
        args.usage_error("meerdere sessies samen kan alleen voor het concept-protocol als Word-document "
                         "(--part protocol -o BESTAND.docx)")
    if word:
        if part not in WORD_PARTS:
            raise ExportError(f"{out}: als Word-document (.docx) kan protocol, agreements of parents; "
                              "kies een .pdf-bestand voor het verslag of de poster")
        if args.paper not in (None, "a4"):
            raise ExportError("een Word-document is altijd A4; laat --paper weg")
    elif part not in PDF_PARTS:
        raise ExportError(f"{out}: de afspraken per thema en de brief aan ouders zijn er alleen als Word; "
                          "kies een .docx-bestand")
    elif out.suffix.lower() == ".md" and part != "protocol":
        raise ExportError(f"{out}: alleen het protocol kan als Markdown (.md); kies een .pdf-bestand")
    elif out.suffix.lower() not in (".pdf", ".md"):
        also = " (of .md of .docx voor het protocol)" if part == "protocol" else ""
        raise ExportError(f"{out}: dit wordt een PDF; kies een bestandsnaam die eindigt op .pdf{also}")
    elif part == "full" and args.paper not in (None, "a4"):
        raise ExportError("het hele verslag is altijd A4; --paper a3 kan bij --part poster of --part protocol")
    if not out.parent.is_dir():
        raise ExportError(f"{out}: de map {out.parent} bestaat niet")
    if word:
        return _run_word(args, out, part)

    from gedragen.core.library import DeckLibrary
    from gedragen.export.report import report_data, write_report

    library = DeckLibrary(args.data_dir, args.lang)
    state = _load_state(args.session[0], Path(args.data_dir), library)
    deck = library.find(state.setup.deck_id)
    data = report_data(state, deck)
    write_report(data, out, part=part, paper=args.paper or "a4")
    from gedragen.export.report_common import fallback_notices

    for notice in fallback_notices(data):
        print(f"let op: {notice}", file=sys.stderr)
    what = {"full": "Verslag", "poster": "Poster", "protocol": "Concept-protocol"}[part]
    print(f"{what} van '{state.name}' geschreven: {out}")
    return 0


def _refuse_output(out: Path, args: argparse.Namespace) -> None:
    """ExportError when `out` is a device, pipe or link, or one of the files the report reads."""
    from pathlib import Path

    from gedragen.core.atomic import refuse_input_as_output
    from gedragen.core.errors import ExportError
    from gedragen.core.paths import history_db

    try:
        refuse_input_as_output(out, *args.session, history_db(Path(args.data_dir)))
    except OSError as exc:
        raise ExportError.cannot_write(out, exc) from None


def _run_word(args: argparse.Namespace, out: Path, part: str) -> int:
    """Write one Word document of one session (or, for the protocol, of several)."""
    from pathlib import Path

    from gedragen.core.library import DeckLibrary
    from gedragen.export.report import report_data
    from gedragen.export.word import write_word

    library = DeckLibrary(args.data_dir, args.lang)
    datas = []
    for session in dict.fromkeys(args.session):
        state = _load_state(session, Path(args.data_dir), library)
        datas.append(report_data(state, library.find(state.setup.deck_id)))
    from gedragen.commands.school_help import school_help

    # the parent letter lists where to get help; the protocol only names the school
    help_info = school_help(Path(args.data_dir), places=part == "parents")
    write_word(datas, out, part=part, help_info=help_info)
    what = {"protocol": "Concept-protocol", "agreements": "Afspraken", "parents": "Brief aan ouders"}[part]
    names = ", ".join(f"'{d.name}'" for d in datas)
    print(f"{what} (Word) van {names} geschreven: {out}")
    return 0


def _load_state(session: str, data_dir: Path, library: DeckLibrary) -> SessionState:
    """The session state from a gedragen-session/1 file, or from the history by id or unique prefix."""
    from pathlib import Path

    from gedragen.core.errors import GedragenError, SessionError
    from gedragen.core.session import replay
    from gedragen.core.session_io import session_from_json

    candidate = Path(session)
    if candidate.suffix.lower() == ".json" or candidate.is_file():
        if not candidate.is_file():
            raise SessionError(f"{candidate}: het sessiebestand bestaat niet")
        from gedragen.core.files import UnsafeFileError, read_bounded
        from gedragen.core.session_io import MAX_JSON_BYTES

        try:
            raw = read_bounded(candidate, MAX_JSON_BYTES)
        except UnsafeFileError as exc:
            raise SessionError(f"{candidate}: {exc.dutch()}") from None
        try:
            events = session_from_json(raw, library.find)
        except SessionError as exc:
            raise SessionError(f"{candidate}: {exc}") from None
        return replay(events)

    from gedragen.core.paths import history_db
    from gedragen.store.history import History

    if not history_db(data_dir).is_file():
        raise GedragenError(f"sessie '{session}' niet gevonden: er is nog geen geschiedenis in {data_dir}")
    with History.open_read_only(data_dir) as history:
        return history.state(history.find(session))
