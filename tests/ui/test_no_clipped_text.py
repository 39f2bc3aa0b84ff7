"""Every screen and dialog at school-laptop and projector sizes, light and dark: no label or button text is cut.

Walks the screens the screenshot script makes (tools/screenshots.py), and measures every visible
label and button text with its font against the widget (tests/ui/clipping.py).
"""

from __future__ import annotations

import pytest

from gedragen.ui.common import theme
from tests.ui.clipping import clipped_texts
from tools import screenshots


@pytest.mark.parametrize(("size", "palette"), [((1366, 768), "light"), ((1366, 768), "dark"), ((1600, 900), "light"),
                                               ((1920, 1080), "light"), ((1920, 1080), "dark")])
def test_no_text_is_cut_on_any_screen_or_dialog(qapp, size: tuple[int, int], palette: str) -> None:
    problems: list[str] = []
    seen: list[str] = []

    def check(name: str, widget: object) -> None:
        seen.append(name)
        window = widget.window()  # type: ignore[attr-defined]
        if window.width() > size[0] or window.height() > size[1]:
            problems.append(f"{name}: {type(window).__name__} is {window.width()}×{window.height()}, "
                            f"larger than the screen")
        problems.extend(f"{name}: {p}" for p in clipped_texts(widget))  # type: ignore[arg-type]

    try:
        screenshots.render(None, size, palette, check)
    finally:
        theme.apply_palette(qapp, theme.LIGHT)
    assert {"01-start", "03-bord-ronde", "04-vergelijken", "11-hulp-en-melden", "15-kaarten-kiezen",
            "17-vraag-bevestigen", "deck-editor", "print-dialog"} <= set(seen)
    assert not problems, "\n".join(problems)
