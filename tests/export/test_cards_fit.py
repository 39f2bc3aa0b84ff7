"""Property tests of the text fitting: whatever the text, it fits its box or is refused, never clipped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from gedragen.export.cards import card_boxes, fit_text
from gedragen.export.fonts import REGULAR, register_fonts

register_fonts()

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëïéáü’“”–€½-", min_size=1, max_size=28)
TEXTS = st.lists(WORDS, min_size=1, max_size=90).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, size=st.sampled_from(["poker", "bridge", "a7", "tarot", "a6"]))
def test_fitted_text_stays_inside_its_box_and_keeps_every_character(text: str, size: str) -> None:
    box = card_boxes(size)
    fitted = fit_text(text, box.text.w, box.text.h, box.text_max, box.text_min, box.text_step, box.leading)
    if fitted is None:
        # Refused only when even the minimum size cannot hold it.
        return
    assert box.text_min <= fitted.size <= box.text_max
    assert (len(fitted.lines) - 1) * fitted.leading + fitted.size <= box.text.h + 1e-6
    for line in fitted.lines:
        assert stringWidth(line, REGULAR, fitted.size) <= box.text.w + 1e-6
    # Lines only break at spaces or after hyphens: no character is lost or added.
    assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=40, deadline=None)
@given(text=TEXTS)
def test_one_step_larger_does_not_fit(text: str) -> None:
    box = card_boxes("poker")
    fitted = fit_text(text, box.text.w, box.text.h, box.text_max, box.text_min, box.text_step, box.leading)
    if fitted is None or fitted.size >= box.text_max:
        return
    larger = fitted.size + box.text_step
    assert fit_text(text, box.text.w, box.text.h, larger, larger, box.text_step, box.leading) is None
