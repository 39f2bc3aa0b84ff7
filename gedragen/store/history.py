"""The session history: every event of every session in SQLite, each committed when it happens.

One `events(session_id, seq, type, payload)` row per event, `seq` counting from 0 (the session's
start) with the pair as primary key, plus one `sessions` row per session for fast listing. A new
event is checked against the rules first (`SessionError`, nothing stored), then written in its own
transaction; the call returns only after the commit, so a killed app loses at most the event it was
writing and resumes exactly at the last confirmed one.

Durability: WAL journal (a rollback journal where the filesystem cannot do WAL) with
`synchronous=FULL`, so a confirmed event survives a power cut too, not only a killed process; an
fsync per event costs a few milliseconds at most, well inside a placement's budget.

Two app instances on one data folder: writes take SQLite's write lock (`BEGIN IMMEDIATE`, with a
busy timeout) and check that the session's last `seq` is still the one this instance knows; if the
other instance changed the session meanwhile, the write is refused with a StoreError instead of
interleaving events.

Privacy: `secure_delete` is on and a deleted session's WAL frames are checkpointed and truncated at
once, so "verwijderd" means gone from the files on disk while the app keeps the history open.

Read-only (`History(data_dir, read_only=True)` or `History.open_read_only`), for commands that only
read: nothing is created, switched or migrated, and a missing database is an empty history. On a
folder that cannot be written (a locked USB stick) the file is opened with `mode=ro`, and only when
SQLite cannot open a WAL database that way with `immutable=1`: nobody can write there, so nothing
can change underneath. Where the folder is writable, a `query_only` connection is used instead,
because a `mode=ro` connection leaves `-wal`/`-shm` files behind that only a writer removes.

The object may be used from a worker thread (one connection, `check_same_thread=False`, and a lock
around every use).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gedragen.core.errors import SessionError, StoreError, describe_os_error
from gedragen.core.paths import history_db
from gedragen.store.database import MIGRATIONS, SCHEMA_VERSION, is_damage, is_full, is_locked

if TYPE_CHECKING:
    from gedragen.core.events import Event, SessionStarted
    from gedragen.core.session import SessionState

# The game rules (gedragen.core.session and gedragen.core.events) are imported by the methods that replay or
# write events: the app's start-up check for an interrupted session only lists rows.

BUSY_TIMEOUT_MS = 3000


class DamagedHistoryError(StoreError):
    """The history file is not a readable SQLite database (corrupt, truncated, or not a database)."""


class UnwritableHistoryError(StoreError):
    """A write was refused because the disk is full or the data folder is read-only (nothing was changed)."""


class NewerHistoryError(StoreError):
    """The history file was made by a newer version of Gedragen than this one."""


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of the session list: id, name, start time, deck, variant, end time (None: unfinished)."""

    id: str
    name: str
    started: str
    deck_id: str
    variant: str
    ended: str | None
    events: int
    imported: bool = False

    @property
    def date(self) -> str:
        """The day the session started (YYYY-MM-DD)."""
        return self.started[:10]

    @property
    def is_ended(self) -> bool:
        """Whether the facilitator ended the session."""
        return self.ended is not None


@dataclass(frozen=True, slots=True)
class _Cached:
    events: tuple[Event, ...]
    state: SessionState


class History:
    """The SQLite session history in a data folder (see the module docstring for the guarantees)."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        *,
        read_only: bool = False,
    ) -> None:
        """Open (or create) the history; StoreError (or a subclass) when that is not possible.

        `busy_timeout_ms`: how long a write waits for another instance's write to finish.
        `read_only`: only read (see the module docstring); every write then raises StoreError.
        """
        self.data_dir = Path(data_dir)
        self._busy_ms = int(busy_timeout_ms)
        self.path = history_db(self.data_dir)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._cache: dict[str, _Cached] = {}
        if read_only:
            self._db = self._open_read_only()
            return
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"De gegevensmap {self.data_dir} kan niet worden gemaakt: {describe_os_error(exc)}."
            ) from None
        try:
            self._db = sqlite3.connect(
                self.path, timeout=self._busy_ms / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._open_error(exc) from None
        try:
            self._setup()
        except sqlite3.Error as exc:
            self._db.close()
            raise self._open_error(exc) from None
        except StoreError:
            self._db.close()
            raise

    @classmethod
    def open_read_only(cls, data_dir: str | os.PathLike[str]) -> History:
        """The history of `data_dir` opened only for reading (an empty one when there is none yet)."""
        return cls(data_dir, read_only=True)

    # --- opening -----------------------------------------------------------------------------

    def _open_error(self, exc: sqlite3.Error) -> StoreError:
        if is_full(exc, self.data_dir):
            return UnwritableHistoryError(
                f"De schijf is vol: de geschiedenis in {self.data_dir} kan niet worden geopend. Wat eerder "
                "bewaard was, is er nog; maak ruimte vrij op de schijf en probeer het opnieuw."
            )
        if is_damage(exc):
            return DamagedHistoryError(
                f"De geschiedenis {self.path} is beschadigd en kan niet worden gelezen ({exc})."
            )
        if is_locked(exc):
            return StoreError(
                f"De geschiedenis {self.path} is bezet door een ander programma; probeer het zo opnieuw."
            )
        if (
            not os.access(self.data_dir, os.W_OK)
            or "readonly" in str(exc).lower()
            or "unable to open" in str(exc)
        ):
            return StoreError(
                f"De geschiedenis in {self.data_dir} kan niet worden geopend of geschreven "
                f"(is de map alleen-lezen?): {exc}."
            )
        return StoreError(f"De geschiedenis {self.path} kan niet worden geopend: {exc}.")

    def _open_read_only(self) -> sqlite3.Connection:
        """A connection that cannot write; an empty in-memory history when there is no database yet."""
        if not self.path.exists():
            return self._empty()
        writable = os.access(self.data_dir, os.W_OK) and os.access(self.path, os.W_OK)
        uri = self.path.absolute().as_uri()
        targets = [str(self.path)] if writable else [f"{uri}?mode=ro", f"{uri}?mode=ro&immutable=1"]
        wal = Path(f"{self.path}-wal")
        if writable and not (wal.exists() and wal.stat().st_size > 0):
            # on a full disk SQLite cannot make its -shm file; without a write-ahead log to replay,
            # reading the file as it is gives the same sessions
            targets.append(f"{uri}?mode=ro&immutable=1")
        for number, target in enumerate(targets):
            try:
                db = sqlite3.connect(
                    target,
                    uri=target.startswith("file:"),
                    timeout=self._busy_ms / 1000,
                    isolation_level=None,
                    check_same_thread=False,
                )
            except sqlite3.Error as exc:
                raise self._open_error(exc) from None
            try:
                return self._setup_read_only(db)
            except sqlite3.OperationalError as exc:
                db.close()
                # A WAL database on a read-only folder cannot get its -shm file: the next attempt does without.
                if number + 1 < len(targets) and (
                    getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN" or is_full(exc, self.data_dir)
                ):
                    continue
                raise self._open_error(exc) from None
            except sqlite3.Error as exc:
                db.close()
                raise self._open_error(exc) from None
            except StoreError:
                db.close()
                raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _setup_read_only(self, db: sqlite3.Connection) -> sqlite3.Connection:
        db.execute("PRAGMA query_only = ON")
        db.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise self._newer(version)
        if version == 0:
            # An empty file (never given a schema) holds no sessions.
            db.close()
            return self._empty()
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"De geschiedenis {self.path} is gemaakt door een oudere versie van Gedragen (schema {version}) "
                "en kan alleen-lezen niet worden bijgewerkt; open Gedragen één keer met een map waarin het "
                "mag schrijven."
            )
        db.execute("SELECT count(*) FROM sessions").fetchone()
        db.execute("SELECT seq FROM events LIMIT 1").fetchall()
        return db

    def _empty(self) -> sqlite3.Connection:
        """An in-memory history with the current schema and no sessions."""
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for statements in MIGRATIONS:
            for statement in statements:
                db.execute(statement)
        db.execute("PRAGMA query_only = ON")
        return db

    def _newer(self, version: int) -> NewerHistoryError:
        return NewerHistoryError(
            f"De geschiedenis {self.path} is gemaakt door een nieuwere versie van Gedragen "
            f"(schema {version}, deze versie kent tot {SCHEMA_VERSION}); werk Gedragen bij."
        )

    def _setup(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise self._newer(version)
        mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":
            # Some USB-stick and network filesystems cannot share WAL memory; a rollback journal is as safe, only slower.
            db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, so a deleted session's agreements do not linger in free pages.
        db.execute("PRAGMA secure_delete = ON")
        if version < SCHEMA_VERSION:
            self._migrate()
        # Touch both tables so a damaged file is noticed now, not in the middle of a session.
        db.execute("SELECT count(*) FROM sessions").fetchone()
        db.execute("SELECT seq FROM events LIMIT 1").fetchall()

    def _migrate(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            while version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    db.execute(statement)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    @classmethod
    def open_or_recover(cls, data_dir: str | os.PathLike[str]) -> tuple[History, str | None]:
        """Open the history; a damaged or newer-version file is moved aside (never deleted) and a fresh one made.

        Returns the history and None, or the history and a Dutch notice saying what happened and
        where the old file now is. Other problems (a read-only folder, …) raise StoreError.
        """
        try:
            history = cls(data_dir)
        except (DamagedHistoryError, NewerHistoryError) as exc:
            reason = exc
        else:
            damage = history._quick_check()
            if damage is None:
                return history, None
            history.close()
            reason = DamagedHistoryError(damage)
        path = history_db(Path(data_dir))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        label = "nieuwere-versie" if isinstance(reason, NewerHistoryError) else "beschadigd"
        aside = path.with_name(f"{path.name}.{label}-{stamp}")
        counter = 1
        while aside.exists():
            counter += 1
            aside = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        try:
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                extra = Path(f"{path}{suffix}")
                if extra.exists():
                    os.replace(extra, Path(f"{aside}{suffix}"))
        except OSError as exc:
            raise StoreError(
                f"{reason} Het bestand kon niet opzij worden gezet: {describe_os_error(exc)}."
            ) from None
        history = cls(data_dir)
        if isinstance(reason, NewerHistoryError):
            why = "De geschiedenis was gemaakt door een nieuwere versie van Gedragen."
        else:
            why = "De geschiedenis van eerdere sessies was beschadigd en kon niet worden gelezen."
        notice = (
            f"{why} Het oude bestand is bewaard als {aside}; "
            "Gedragen is begonnen met een nieuwe, lege geschiedenis."
        )
        return history, notice

    def _quick_check(self) -> str | None:
        with self._lock:
            try:
                rows = self._db.execute("PRAGMA quick_check").fetchall()
            except sqlite3.DatabaseError as exc:
                return f"De geschiedenis {self.path} is beschadigd ({exc})."
        if rows and rows[0][0] == "ok":
            return None
        return f"De geschiedenis {self.path} is beschadigd ({rows[0][0] if rows else 'geen antwoord'})."

    def close(self) -> None:
        """Close the database (the object cannot be used afterwards)."""
        with self._lock:
            self._cache.clear()
            self._db.close()

    def __enter__(self) -> History:
        """Use as a context manager that closes the history at the end."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the history."""
        self.close()

    # --- writing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """A write transaction; SQLite errors become StoreError and roll everything back."""
        if self.read_only:
            raise StoreError(
                f"{what[:1].upper()}{what[1:]} is niet bewaard: de geschiedenis is alleen geopend om te lezen."
            )
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc, what) from None
        try:
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise self._write_error(exc, what) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")

    def _write_error(self, exc: sqlite3.Error, what: str) -> StoreError:
        if is_full(exc, self.data_dir):
            return UnwritableHistoryError(
                f"De schijf is vol: {what} is niet bewaard. Wat eerder bewaard was, is er nog."
            )
        if is_locked(exc):
            return StoreError(
                f"{what[:1].upper()}{what[1:]} is niet bewaard: de geschiedenis is bezet door een ander venster "
                "van Gedragen. Sluit dat venster of probeer het zo opnieuw."
            )
        if "readonly" in str(exc).lower():
            return UnwritableHistoryError(
                f"{what[:1].upper()}{what[1:]} is niet bewaard: de gegevensmap is alleen-lezen."
            )
        if is_damage(exc):
            return DamagedHistoryError(
                f"{what[:1].upper()}{what[1:]} is niet bewaard: de geschiedenis is beschadigd ({exc})."
            )
        return StoreError(f"{what[:1].upper()}{what[1:]} is niet bewaard: {exc}.")

    @staticmethod
    def _payload(event: Event) -> tuple[str, str]:
        from gedragen.core.events import event_to_dict

        data = event_to_dict(event)
        return str(data["type"]), json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def start(self, event: SessionStarted) -> str:
        """Record a new session's start event; returns its id (StoreError if the id is taken)."""
        from gedragen.core.session import apply

        with self._lock:
            state = apply(None, event)
            kind, payload = self._payload(event)
            with self._write("het begin van de sessie") as db:
                if db.execute("SELECT 1 FROM sessions WHERE id = ?", (event.session_id,)).fetchone():
                    raise StoreError(f"Er is al een sessie met id '{event.session_id}'.")
                self._insert_session(db, state, 1)
                db.execute("INSERT INTO events VALUES (?, 0, ?, ?)", (event.session_id, kind, payload))
            self._cache[event.session_id] = _Cached((event,), state)
            return event.session_id

    @staticmethod
    def _insert_session(
        db: sqlite3.Connection, state: SessionState, count: int, imported: bool = False
    ) -> None:
        setup = state.setup
        db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                setup.session_id,
                setup.name,
                setup.started,
                setup.deck_id,
                setup.variant,
                state.ended,
                count,
                int(imported),
            ),
        )

    def append(self, session_id: str, event: Event) -> int:
        """Check `event` against the rules and store it; returns its seq once it is committed.

        SessionError when the rules forbid it, StoreError when it cannot be stored; in both cases
        nothing changed.
        """
        from gedragen.core.session import apply

        with self._lock:
            cached = self._cached(session_id)
            state = apply(cached.state, event)
            seq = len(cached.events)
            kind, payload = self._payload(event)
            with self._write("de laatste stap") as db:
                self._check_unchanged(db, session_id, seq)
                db.execute("INSERT INTO events VALUES (?, ?, ?, ?)", (session_id, seq, kind, payload))
                db.execute(
                    "UPDATE sessions SET event_count = ?, ended = ? WHERE id = ?",
                    (seq + 1, state.ended, session_id),
                )
            self._cache[session_id] = _Cached((*cached.events, event), state)
            return seq

    def append_many(self, session_id: str, events: Sequence[Event]) -> int:
        """Check and store several events of one session in one transaction (group commit): all or none.

        Returns the number of events the session holds afterwards. SessionError or StoreError as append.
        """
        from gedragen.core.session import apply

        with self._lock:
            cached = self._cached(session_id)
            state = cached.state
            for event in events:
                state = apply(state, event)
            seq = len(cached.events)
            rows = [(session_id, seq + i, *self._payload(event)) for i, event in enumerate(events)]
            with self._write("de laatste stappen") as db:
                self._check_unchanged(db, session_id, seq)
                db.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", rows)
                db.execute(
                    "UPDATE sessions SET event_count = ?, ended = ? WHERE id = ?",
                    (seq + len(rows), state.ended, session_id),
                )
            self._cache[session_id] = _Cached((*cached.events, *events), state)
            return seq + len(rows)

    def _check_unchanged(self, db: sqlite3.Connection, session_id: str, count: int) -> None:
        row = db.execute("SELECT event_count FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None or _stored_count(row[0]) != count:
            self._cache.pop(session_id, None)
            raise StoreError(
                "Deze sessie is intussen in een ander venster van Gedragen veranderd of verwijderd; "
                "open de sessie opnieuw."
            )

    def undo(self, session_id: str) -> SessionState:
        """Drop the session's last event (not its start); returns the state before it."""
        from gedragen.core.session import replay

        with self._lock:
            cached = self._cached(session_id)
            if len(cached.events) <= 1:
                raise SessionError("Er is niets om ongedaan te maken.")
            events = cached.events[:-1]
            state = replay(events)
            seq = len(events)
            with self._write("het ongedaan maken") as db:
                self._check_unchanged(db, session_id, seq + 1)
                db.execute("DELETE FROM events WHERE session_id = ? AND seq = ?", (session_id, seq))
                db.execute(
                    "UPDATE sessions SET event_count = ?, ended = ? WHERE id = ?",
                    (seq, state.ended, session_id),
                )
            self._cache[session_id] = _Cached(events, state)
            return state

    def delete(self, session_id: str) -> None:
        """Remove the session and all its events (StoreError if it does not exist)."""
        with self._lock:
            with self._write("het verwijderen van de sessie") as db:
                if db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
                    raise StoreError(f"Sessie '{session_id}' staat niet in de geschiedenis.")
                db.execute("DELETE FROM events WHERE session_id = ?", (session_id,))
                db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            self._cache.pop(session_id, None)
            self._truncate_wal()

    def _truncate_wal(self) -> None:
        """Copy the WAL into the database and empty it, so the deleted text's old frames are gone too."""
        # The delete itself is committed; a checkpoint that must wait for a reader is done by a later one.
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def import_events(self, events: Sequence[Event]) -> bool:
        """Store a whole session (e.g. read from a JSON export) in one transaction.

        Returns False, adding nothing, when a session with this id is already in the history.
        SessionError when the events break a rule.
        """
        from gedragen.core.session import replay

        with self._lock:
            state = replay(events)
            rows = [(state.id, seq, *self._payload(event)) for seq, event in enumerate(events)]
            with self._write("de geïmporteerde sessie") as db:
                if db.execute("SELECT 1 FROM sessions WHERE id = ?", (state.id,)).fetchone():
                    return False
                self._insert_session(db, state, len(rows), imported=True)
                db.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", rows)
            self._cache[state.id] = _Cached(tuple(events), state)
            return True

    # --- reading -----------------------------------------------------------------------------

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise DamagedHistoryError(f"De geschiedenis {self.path} is beschadigd ({exc}).") from None
            raise StoreError(f"De geschiedenis {self.path} kan niet worden gelezen: {exc}.") from None

    def _cached(self, session_id: str) -> _Cached:
        cached = self._cache.get(session_id)
        if cached is None:
            cached = self._load(session_id)
            self._cache[session_id] = cached
        return cached

    def _load(self, session_id: str) -> _Cached:
        from gedragen.core.events import event_from_dict
        from gedragen.core.session import apply

        rows = self._read("SELECT seq, payload FROM events WHERE session_id = ? ORDER BY seq", (session_id,))
        if not rows:
            raise StoreError(f"Sessie '{session_id}' staat niet in de geschiedenis.")
        events: list[Event] = []
        state: SessionState | None = None
        for expected, (seq, payload) in enumerate(rows):
            try:
                if seq != expected:
                    raise SessionError(f"stap {expected} ontbreekt")
                event = event_from_dict(json.loads(payload))
                state = apply(state, event)
            except (SessionError, ValueError, RecursionError) as exc:
                raise StoreError(
                    f"Sessie '{session_id}' in de geschiedenis is beschadigd bij stap {expected}: {exc}"
                ) from None
            events.append(event)
        assert state is not None  # rows is not empty
        return _Cached(tuple(events), state)

    def events(self, session_id: str) -> tuple[Event, ...]:
        """All events of the session, in order."""
        with self._lock:
            return self._cached(session_id).events

    def state(self, session_id: str) -> SessionState:
        """The session's current state (replayed from its events once, then kept up to date)."""
        with self._lock:
            return self._cached(session_id).state

    def reload(self, session_id: str) -> SessionState:
        """The session's state replayed afresh from the database (after another instance wrote to it)."""
        with self._lock:
            self._cache.pop(session_id, None)
            return self._cached(session_id).state

    def has(self, session_id: str) -> bool:
        """Whether a session with this id is in the history."""
        with self._lock:
            return bool(self._read("SELECT 1 FROM sessions WHERE id = ?", (session_id,)))

    def sessions(self) -> list[SessionSummary]:
        """All sessions, newest first."""
        with self._lock:
            rows = self._read(
                "SELECT id, name, started, deck_id, variant, ended, event_count, imported FROM sessions "
                "ORDER BY started DESC, id"
            )
        return [
            SessionSummary(
                id=row[0],
                name=row[1],
                started=row[2],
                deck_id=row[3],
                variant=row[4],
                ended=row[5],
                events=self._event_count(row[0], row[6]),
                imported=bool(row[7]),
            )
            for row in rows
        ]

    def _event_count(self, session_id: object, value: object) -> int:
        """The stored number of steps of a session; StoreError (one Dutch line) when it is not a number."""
        count = _stored_count(value)
        if count is None:
            from gedragen.core.messages import clip

            raise StoreError(
                f"De geschiedenis {self.path} is beschadigd: sessie '{clip(session_id)}' heeft geen geldig "
                f"aantal stappen ('{clip(value)}'). Zet het bestand opzij of haal een reservekopie terug."
            )
        return count

    def unfinished(self) -> list[SessionSummary]:
        """Sessions that were not ended (to offer resuming after a crash), newest first."""
        return [s for s in self.sessions() if s.ended is None]

    def find(self, key: str) -> str:
        """The id of the session whose id is `key` or starts with it; StoreError if none or several match."""
        ids = [s.id for s in self.sessions()]
        if key in ids:
            return key
        matches = [i for i in ids if i.startswith(key)] if key else []
        if not matches:
            raise StoreError(f"Geen sessie gevonden met id '{key}'; `gedragen sessions` toont de sessies.")
        if len(matches) > 1:
            raise StoreError(
                f"'{key}' past bij {len(matches)} sessies ({', '.join(matches[:5])}); geef meer tekens van de id."
            )
        return matches[0]


def _stored_count(value: object) -> int | None:
    """The `event_count` column as an int; None when it holds text, a blob, a real or NULL."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
