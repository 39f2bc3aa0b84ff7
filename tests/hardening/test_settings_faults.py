"""Damaged settings files: the app starts with the defaults instead of failing."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_garbage_settings_and_window_files_give_the_defaults(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.common.settings import Settings
    from tests.ui.session_helpers import open_main_window

    settings_file = data_home / "settings.ini"
    settings_file.write_bytes(
        b"\xff\xfe\x00rommel[[[\n[ui]\nlanguage=klingon\ntheme=\x00\x01\nfont_scale=NaN\n" + b"x" * 10_000
    )
    (data_home / "window.ini").write_bytes(b"[main]\ngeometry=@ByteArray(\\xff\\x00rommel)\n")
    window = open_main_window(qtbot, data_home)
    defaults = Settings(data_home / "leeg")
    assert window.settings.get("ui/language") == defaults.get("ui/language") == "nl"
    assert window.settings.get("ui/theme") == defaults.get("ui/theme")
    assert window.isVisible()


def test_number_settings_keep_a_long_decimal_and_refuse_what_is_outside_their_bounds(data_home: Path) -> None:
    from gedragen.ui.common.settings import Settings

    (data_home / "settings.ini").write_text(
        "[print]\nbleed_mm=1.2500000000000000\nback_offset_x_mm=nan\nback_offset_y_mm=-10.25\n"
        "card_size=A6\nduplex=short\ncrop_marks=nee\n",
        encoding="utf-8",
    )
    settings = Settings(data_home)
    assert settings.get("print/bleed_mm") == 1.25  # many digits are still a number in bounds
    assert settings.get("print/back_offset_x_mm") == 0.0  # NaN: the default
    assert settings.get("print/back_offset_y_mm") == 0.0  # outside ±10 mm: the default
    assert settings.get("print/card_size") == "poker"  # choices are exact
    assert (settings.get("print/duplex"), settings.get("print/crop_marks")) == ("short", False)
    for key, value in (("print/bleed_mm", 5.5), ("print/paper", "a5"), ("print/back_offset_x_mm", "1")):
        with pytest.raises(ValueError):
            settings.set(key, value)
    settings.set("print/back_offset_x_mm", -1.25)
    settings.sync()
    assert Settings(data_home).get("print/back_offset_x_mm") == -1.25
