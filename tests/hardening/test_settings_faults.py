"""Damaged settings files: the app starts with the defaults instead of failing."""

from __future__ import annotations

from pathlib import Path


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
