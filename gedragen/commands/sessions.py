"""`gedragen sessions`, `gedragen export SESSION --format csv|json -o FILE` and `gedragen import FILE.json`."""

from __future__ import annotations

import argparse

VARIANT_LABELS = {
    "nl": {"board": "op het bord", "quick": "snel sorteren", "debate": "overloopdebat"},
    "en": {"board": "on the board", "quick": "quick sort", "debate": "walking debate"},
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `sessions`, `export` and `import` subcommands."""
    listing = sub.add_parser(
        "sessions",
        help="toon de opgeslagen sessies",
        description="Toon de opgeslagen sessies: id, naam, datum, kaartenset, werkvorm en of ze afgerond zijn.",
    )
    listing.set_defaults(run=run_list)

    export = sub.add_parser(
        "export",
        help="schrijf een sessie naar een CSV- of JSON-bestand",
        description="Schrijf een sessie naar CSV (voor Excel: UTF-8 met BOM, ';' als scheidingsteken) "
        "of naar JSON (gedragen-session/1, in te lezen met 'gedragen import').",
    )
    export.add_argument(
        "session", metavar="SESSIE", help="sessie-id, of het unieke begin ervan (zie 'gedragen sessions')"
    )
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        default=None,
        help="csv of json (standaard: volgens de extensie van BESTAND)",
    )
    export.add_argument("-o", "--output", metavar="BESTAND", required=True, help="het bestand dat gemaakt wordt")
    export.set_defaults(run=run_export)

    importing = sub.add_parser(
        "import",
        help="lees een sessie (JSON) in de geschiedenis in",
        description="Lees een sessiebestand (gedragen-session/1, JSON) in de geschiedenis in. "
        "Een sessie die er al is, wordt niet nog eens toegevoegd.",
    )
    importing.add_argument("file", metavar="BESTAND.json", help="het sessiebestand")
    importing.set_defaults(run=run_import)


def run_list(args: argparse.Namespace) -> int:
    """Print the sessions as a table (newest first), or say that there are none."""
    from gedragen.core.paths import history_db
    from gedragen.store.history import History

    english = args.lang == "en"
    if not history_db(args.data_dir).exists():
        print("No sessions recorded yet." if english else "Er zijn nog geen sessies opgeslagen.")
        return 0
    with History.open_read_only(args.data_dir) as history:
        sessions = history.sessions()
    if not sessions:
        print("No sessions recorded yet." if english else "Er zijn nog geen sessies opgeslagen.")
        return 0
    labels = VARIANT_LABELS["en" if english else "nl"]
    header = (
        ("id", "name", "date", "deck", "variant", "status")
        if english
        else ("id", "naam", "datum", "kaartenset", "werkvorm", "status")
    )
    done, busy = ("ended", "not ended") if english else ("afgerond", "onderbroken")  # the app's words
    rows = [header] + [
        (s.id, s.name, s.date, s.deck_id, labels.get(s.variant, s.variant), done if s.is_ended else busy)
        for s in sessions
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write one session of the history to a CSV or JSON file (atomically)."""
    import sys
    from pathlib import Path

    from gedragen.core.library import DeckLibrary
    from gedragen.core.paths import history_db
    from gedragen.export.session_files import write_session_file
    from gedragen.store.history import History

    out = Path(args.output)
    fmt = args.format or {".csv": "csv", ".json": "json"}.get(out.suffix.lower())
    if fmt is None:
        print(
            f"gedragen: fout in de opdracht: geef --format csv of --format json (de extensie van {out} zegt het niet)",
            file=sys.stderr,
        )
        return 2
    if not history_db(args.data_dir).exists():
        from gedragen.core.errors import StoreError

        raise StoreError(f"Geen sessie gevonden met id '{args.session}': er zijn nog geen sessies opgeslagen.")
    from gedragen.core.atomic import refuse_input_as_output
    from gedragen.core.errors import ExportError

    try:
        refuse_input_as_output(out, history_db(args.data_dir))
    except OSError as exc:
        raise ExportError.cannot_write(out, exc) from None
    with History.open_read_only(args.data_dir) as history:
        state = history.state(history.find(args.session))
    library = DeckLibrary(args.data_dir, args.lang)
    write_session_file(state, library.find, out, fmt)
    print(f"Sessie '{state.name}' geschreven naar {out} ({fmt.upper()}).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Read a gedragen-session/1 file into the history; a session that is already there adds nothing."""
    from pathlib import Path

    from gedragen.core.errors import SessionError
    from gedragen.core.files import UnsafeFileError, read_bounded
    from gedragen.core.library import DeckLibrary
    from gedragen.core.session import replay
    from gedragen.core.session_io import MAX_JSON_BYTES, session_from_json
    from gedragen.store.history import History

    path = Path(args.file)
    if not path.is_file():
        raise SessionError(f"{path}: het sessiebestand bestaat niet")
    try:
        raw = read_bounded(path, MAX_JSON_BYTES)
    except UnsafeFileError as exc:
        if exc.reason == "too_big":
            raise SessionError(f"{path}: het bestand is te groot voor een sessie (meer dan 20 MB)") from None
        raise SessionError(f"{path}: {exc.dutch()}") from None
    library = DeckLibrary(args.data_dir, args.lang)
    try:
        events = session_from_json(raw, library.find)
    except SessionError as exc:
        raise SessionError(f"{path}: {exc}") from None
    state = replay(events)
    with History(args.data_dir) as history:
        added = history.import_events(events)
    if added:
        rounds = len(state.rounds)
        print(f"Sessie '{state.name}' ({state.id}) ingelezen: {rounds} {'ronde' if rounds == 1 else 'rondes'}.")
    else:
        print(f"Sessie '{state.name}' ({state.id}) staat al in de geschiedenis; er is niets toegevoegd.")
    return 0
