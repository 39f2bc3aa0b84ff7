"""How card sheets are written: Flate streams without an ASCII85 layer, and ReportLab's defaults left alone."""

from __future__ import annotations

import io
import threading
import traceback

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.loader import load_deck
from gedragen.export.cards import render_calibration, render_cards
from gedragen.export.layout import PrintOptions
from gedragen.resources import builtin_decks_dir


def _filters(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    found: set[str] = set()
    for page in reader.pages:
        contents = page.get_contents()
        assert contents is not None
        found.add(str(contents.get_object().get("/Filter")))
        forms = page["/Resources"].get("/XObject", {})
        for form in forms.values():
            found.add(str(form.get_object().get("/Filter")))
    return found


def test_card_sheets_are_flate_only_and_reportlab_defaults_stay() -> None:
    deck = load_deck(builtin_decks_dir() / "po.yaml", builtin=True)
    before = rl_config.useA85
    out = io.BytesIO()
    render_cards(deck, PrintOptions(), out, invariant=True)
    filters = _filters(out.getvalue())
    assert "['/FlateDecode']" in filters  # the page contents
    assert not any("ASCII85" in f for f in filters)
    assert rl_config.useA85 == before  # another ReportLab user in the process keeps its setting
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert deck.cards[0].text.split()[0] in page


def test_the_setting_is_restored_when_renders_overlap_on_threads() -> None:
    deck = load_deck(builtin_decks_dir() / "vo-mbo.yaml", builtin=True)
    before = rl_config.useA85
    errors: list[str] = []

    def work() -> None:
        try:
            for _ in range(3):
                render_cards(deck, PrintOptions(), io.BytesIO())
                render_calibration(PrintOptions(), io.BytesIO())
        except BaseException:  # reported below, with where it happened
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[0]
    assert rl_config.useA85 == before
    canvas_out = io.BytesIO()
    canvas = Canvas(canvas_out, pageCompression=1)  # a plain ReportLab canvas afterwards: its own default
    canvas.drawString(72, 72, "Gedragen")
    canvas.save()
    assert (b"/ASCII85Decode" in canvas_out.getvalue()) == bool(before)
