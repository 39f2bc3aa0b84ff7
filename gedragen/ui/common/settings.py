"""Every preference declared once, with its type and default, over QSettings (window geometry kept apart).

Settings live in the data folder (`settings.ini`), so `--data-dir` on a USB stick carries them along
and tests stay isolated; window geometry goes to `window.ini` beside it.
"""

# On the start-up path: named tuples, not dataclasses, and no `from __future__ import annotations`, with which
# a named tuple compiles each field's annotation at import (docs/PERFORMANCE.md, "Start-up").
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from gedragen.commands.printing import CARD_SIZES, DUPLEX, PAPERS

# The QApplication property that holds the language the app runs in (set with its translator)
LANGUAGE_PROPERTY = "gedragen_language"


class Option(NamedTuple):
    """One declared preference."""

    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    low: float | None = None  # bounds of a number option (a value outside them gives the default)
    high: float | None = None


OPTIONS: tuple[Option, ...] = (
    Option("ui/language", str, "nl", ("nl", "en")),
    Option("ui/theme", str, "light", ("light", "dark")),
    Option("session/cards_per_round", int, 6, low=1, high=20),
    Option("session/zones", int, 3, (2, 3, 5)),
    Option("session/timer_minutes", int, 0, low=0, high=60),
    Option("session/deck", str, ""),
    Option("timer/beep", bool, True),
    Option("school/name", str, ""),
    Option("school/vertrouwenspersoon", str, ""),
    Option("school/anti_pestcoordinator", str, ""),
    Option("school/mentor", str, ""),
    # the print dialog's last choices (a calibrated back offset is kept per data folder); the card sizes,
    # papers and bounds are those of assets/layout/print.yaml and `gedragen print`
    Option("print/deck", str, ""),
    Option("print/card_size", str, "poker", CARD_SIZES),
    Option("print/paper", str, "a4", PAPERS),
    Option("print/duplex", str, "long", DUPLEX),
    Option("print/crop_marks", bool, True),
    Option("print/bleed_mm", float, 3.0, low=0, high=5),
    Option("print/back_offset_x_mm", float, 0.0, low=-10, high=10),
    Option("print/back_offset_y_mm", float, 0.0, low=-10, high=10),
)

_BY_KEY = {o.key: o for o in OPTIONS}

# settings.ini and window.ini are a few hundred bytes; anything much bigger is not ours
MAX_SETTINGS_BYTES = 256 * 1024
_MAX_NUMBER_TEXT = 12  # characters of an int setting that is converted at all


def _coerce(option: Option, raw: Any) -> Any:
    """Turn what QSettings returns (often a string in ini files) into the declared type, or the default."""
    if raw is None:
        return option.default
    try:
        if option.type is bool:
            value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "ja")
        elif option.type is int and not isinstance(raw, int) and len(str(raw).strip()) > _MAX_NUMBER_TEXT:
            return option.default  # `999999999999999999999999`: too big for any spin box
        else:
            value = option.type(raw)
    except (TypeError, ValueError, OverflowError):
        return option.default
    if option.choices and value not in option.choices:
        return option.default
    if option.low is not None and option.high is not None and not option.low <= value <= option.high:
        return option.default
    return value


class Settings:
    """Typed access to the declared preferences of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        from gedragen.core.files import regular_file_problem

        self._data_dir = data_dir
        # A FIFO as settings.ini would hang QSettings' read (and the start); a device or a huge file is
        # not read either: then the preferences live in memory for this run and the file stays as it is.
        self.problem: str | None = None
        self._memory: dict[str, Any] | None = None
        for name in ("settings.ini", "window.ini"):
            found = regular_file_problem(data_dir / name, MAX_SETTINGS_BYTES)
            if found is not None:
                self._memory = {}
                self.problem = (
                    f"{data_dir / name}: {found.dutch()}. Gedragen gebruikt de standaardinstellingen "
                    "en bewaart je keuzes deze keer niet."
                )
                break
        if self._memory is None:
            self._qs: QSettings | None = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
            self._geometry: QSettings | None = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
        else:
            self._qs = self._geometry = None

    def _value(self, store: QSettings | None, key: str) -> Any:
        if store is None:
            return self._memory.get(key) if self._memory is not None else None
        return store.value(key)

    def _set_value(self, store: QSettings | None, key: str, value: Any) -> None:
        if store is None:
            if self._memory is not None:
                self._memory[key] = value
            return
        store.setValue(key, value)

    def get(self, key: str) -> Any:
        """The value of a declared option (its default when unset or unreadable)."""
        option = _BY_KEY[key]
        return _coerce(option, self._value(self._qs, key))

    def set(self, key: str, value: Any) -> None:
        """Store a declared option; a value of the wrong type or outside its choices is refused."""
        option = _BY_KEY[key]
        coerced = _coerce(option, value)
        if coerced != value and not (option.type is bool and bool(value) == coerced):
            raise ValueError(f"{key}: {value!r} is not a valid {option.type.__name__}")
        self._set_value(self._qs, key, coerced)

    def sync(self) -> None:
        """Write pending changes to disk."""
        if self._qs is not None and self._geometry is not None:
            self._qs.sync()
            self._geometry.sync()

    def geometry(self, name: str) -> QByteArray | None:
        """Saved geometry of a window, or None."""
        raw = self._value(self._geometry, f"{name}/geometry")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        """Remember a window's geometry (kept apart from the preferences)."""
        self._set_value(self._geometry, f"{name}/geometry", data)
        if self._geometry is not None:
            self._geometry.sync()

    def play_state(self, session_id: str) -> dict[str, float]:
        """Where the running session's screen was (team, timer), if saved for this session; else {}.

        Written at every change and kept beside the geometry, so a crash or kill -9 loses none of it.
        """
        if self._value(self._geometry, "play/session") != session_id:
            return {}
        found: dict[str, float] = {}
        for key in ("round", "team_round", "team", "deadline", "paused_left"):
            raw = self._value(self._geometry, f"play/{key}")
            try:
                value = float(raw) if raw not in (None, "") else None
            except (TypeError, ValueError):
                value = None
            if value is not None and value == value and abs(value) < 1e12:  # finite and sane
                found[key] = value
        return found

    def device_state(self, session_id: str) -> dict[str, object]:
        """Teams op eigen apparaat of this session, to reopen after a crash or a pause: the address this
        computer listened on, the port, the link's token and the teams' keys (no names, nothing of a device)."""
        if self._value(self._geometry, "play/session") != session_id:
            return {}
        import json

        raw = self._value(self._geometry, "play/devices")
        try:
            data = json.loads(str(raw)) if raw not in (None, "") else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        host, port, token, keys = data.get("host"), data.get("port"), data.get("token"), data.get("keys")
        if not (isinstance(host, str) and isinstance(port, int) and 0 < port < 65536 and isinstance(token, str)
                and isinstance(keys, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in keys.items())):
            return {}
        return {"host": host, "port": port, "token": token, "keys": keys}

    def set_device_state(self, session_id: str, state: dict[str, object] | None) -> None:
        """Remember (or with None forget) the devices of the running session."""
        import json

        self.set_play_state(session_id)
        self._set_value(self._geometry, "play/devices", "" if state is None else json.dumps(state))
        if self._geometry is not None:
            self._geometry.sync()

    def set_play_state(self, session_id: str, **values: float | None) -> None:
        """Remember part of the running session's screen state (None clears a value)."""
        if self._value(self._geometry, "play/session") != session_id:
            if self._geometry is not None:
                self._geometry.remove("play")
            elif self._memory is not None:
                for key in [k for k in self._memory if k.startswith("play/")]:
                    del self._memory[key]
            self._set_value(self._geometry, "play/session", session_id)
        for key, value in values.items():
            self._set_value(self._geometry, f"play/{key}", "" if value is None else value)
        if self._geometry is not None:
            self._geometry.sync()
