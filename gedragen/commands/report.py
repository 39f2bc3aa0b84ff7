"""`gedragen report SESSION -o FILE [--part full|poster|protocol] [--paper a4|a3]`: the documents of a session."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from gedragen.core.library import DeckLibrary
    from gedragen.core.session import SessionState

PARTS = ("full", "poster", "protocol")
PAPERS = ("a4", "a3")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `report` subcommand."""
    parser = sub.add_parser(
        "report",
        help="maak het verslag, de afsprakenposter of het concept-protocol van een sessie",
        description="Maak het verslag van een sessie (PDF), de poster 'Onze afspraken' (PDF, A4 of A3) "
        "of het concept-protocol (PDF, of Markdown als het bestand op .md eindigt).",
    )
    parser.add_argument(
        "session",
        metavar="SESSIE",
        help="sessie-id (of het unieke begin ervan, zie 'gedragen sessions'), of een sessiebestand (.json)",
    )
    parser.add_argument("-o", "--output", metavar="BESTAND", required=True, help="het bestand dat gemaakt wordt")
    parser.add_argument(
        "--part",
        choices=PARTS,
        default="full",
        help="full: het hele verslag met de poster als laatste blad (standaard); poster: alleen de poster; "
        "protocol: het concept-protocol",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        default=None,
        help="papier van de poster en het protocol (standaard a4); het hele verslag is altijd A4",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the requested document; GedragenError for an unknown session or an unusable file."""
    import sys
    from pathlib import Path

    from gedragen.core.errors import ExportError
    from gedragen.core.library import DeckLibrary
    from gedragen.export.report import report_data, write_report

    out = Path(args.output)
    markdown = out.suffix.lower() == ".md"
    if markdown and args.part != "protocol":
        raise ExportError(f"{out}: alleen het protocol kan als Markdown (.md); kies een .pdf-bestand")
    if not markdown and out.suffix.lower() != ".pdf":
        also = " (of .md voor het protocol)" if args.part == "protocol" else ""
        raise ExportError(f"{out}: dit wordt een PDF; kies een bestandsnaam die eindigt op .pdf{also}")
    if args.part == "full" and args.paper not in (None, "a4"):
        raise ExportError("het hele verslag is altijd A4; --paper a3 kan bij --part poster of --part protocol")
    if not out.parent.is_dir():
        raise ExportError(f"{out}: de map {out.parent} bestaat niet")

    library = DeckLibrary(args.data_dir, args.lang)
    state = _load_state(args.session, Path(args.data_dir), library)
    deck = library.find(state.setup.deck_id)
    data = report_data(state, deck)
    write_report(data, out, part=args.part, paper=args.paper or "a4")
    from gedragen.export.report_common import fallback_notices

    for notice in fallback_notices(data):
        print(f"let op: {notice}", file=sys.stderr)
    what = {"full": "Verslag", "poster": "Poster", "protocol": "Concept-protocol"}[args.part]
    print(f"{what} van '{state.name}' geschreven: {out}")
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
        try:
            events = session_from_json(candidate.read_bytes(), library.find)
        except SessionError as exc:
            raise SessionError(f"{candidate}: {exc}") from None
        return replay(events)

    from gedragen.core.paths import history_db
    from gedragen.store.history import History

    if not history_db(data_dir).is_file():
        raise GedragenError(f"sessie '{session}' niet gevonden: er is nog geen geschiedenis in {data_dir}")
    with History.open_read_only(data_dir) as history:
        return history.state(history.find(session))
