"""The device page speaks the app's language: Dutch or English, for every text the page and the server show."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from importlib import resources

import pytest

from gedragen.remote.page import INDEX_EN, page_files
from gedragen.remote.server import PAGES_EN
from gedragen.remote.session import REFUSALS_EN
from tests.remote.browser_support import CHROMIUM, PHONE, chromium, tap_card_then_zone
from tests.remote.remote_support import CARDS, ZONES, client, running, wait_for

APP_JS = (resources.files("gedragen.remote") / "page" / "app.js").read_text(encoding="utf-8")


def texts(lang: str) -> dict[str, str]:
    """The page's string table for `lang`, as app.js holds it."""
    block = re.search(r"\n    " + lang + r": \{\n(.*?)\n    \}", APP_JS, re.S)
    assert block is not None, lang
    pairs = re.findall(r'^\s*(\w+): "((?:[^"\\]|\\.)*)",?$', block.group(1), re.M)
    assert len(pairs) == block.group(1).count("\n") + 1, "one text per line"
    return dict(pairs)


def test_the_dutch_and_english_tables_have_the_same_texts() -> None:
    nl, en = texts("nl"), texts("en")
    assert len(nl) >= 40
    assert nl.keys() == en.keys()
    assert all(en.values()) and all(nl.values())
    for key, value in nl.items():  # the same placeholders in both
        assert value.count("{0}") == en[key].count("{0}"), key
    used = set(re.findall(r'\bt\("(\w+)"', APP_JS))
    for pair in re.findall(r'\bt\([\w()]+ \? "(\w+)" : "(\w+)"', APP_JS):
        used |= set(pair)
    assert "moveTo" in used and len(used) >= 40
    assert used <= nl.keys(), used - nl.keys()


def test_every_text_of_the_server_s_own_pages_has_an_english_one() -> None:
    source = (resources.files("gedragen.remote") / "server.py").read_text(encoding="utf-8")
    texts = set(re.findall(r'self\._page\(HTTPStatus\.\w+, "([^"]+)"\)', source))
    assert len(texts) >= 8 and texts == PAGES_EN.keys()


def test_the_page_is_served_in_english_when_the_app_is() -> None:
    dutch = page_files("nl")["index.html"].body.decode("utf-8")
    english = page_files("en")["index.html"].body.decode("utf-8")
    assert '<html lang="nl">' in dutch
    for nl, en in INDEX_EN:
        assert nl in dutch and nl not in english and en in english, nl
    assert page_files("en")["app.js"] == page_files("nl")["app.js"]


def test_a_refusal_reaches_an_english_page_in_english() -> None:
    for lang in ("en", "nl"):
        with running(lang=lang) as (remote, address, _host):
            with urllib.request.urlopen(address.link, timeout=5) as response:
                assert f'<html lang="{lang}">' in response.read().decode("utf-8")
            with client(address) as first, client(address) as second:
                first.recv(timeout=5)
                second.recv(timeout=5)
                first.send(json.dumps({"type": "claim", "team": "rood", "key": None}))
                assert json.loads(first.recv(timeout=5))["type"] == "claimed"
                second.send(json.dumps({"type": "claim", "team": "rood", "key": None}))
                refused = next(m for m in (json.loads(second.recv(timeout=5)) for _ in range(3)) if m["type"] == "refused")
            wait_for(lambda r=remote: r.server.connected() == 0)
            wrong = f"{address.base}?code=ZZZZZZ"
            try:
                urllib.request.urlopen(wrong, timeout=5)
                raise AssertionError("a wrong code is refused")
            except urllib.error.HTTPError as exc:
                refusal = exc.read().decode("utf-8")
            expected = "This code is not (or no longer) right" if lang == "en" else "Deze code klopt niet (meer)"
            assert expected in refusal and f"<html lang={lang}>" in refusal
        dutch = "Dit team is al gekozen op een ander apparaat."
        assert refused["reason"] == (REFUSALS_EN[dutch] if lang == "en" else dutch)


@pytest.mark.timeout(120)
@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it)")
def test_a_phone_page_in_english_shows_no_dutch() -> None:
    nl, en = texts("nl"), texts("en")
    dutch = {part.strip() for k, v in nl.items() for part in v.split("{0}") if part.strip() not in en[k]}
    dutch.discard("")
    assert "Kies je team" in dutch and "al gekozen" in dutch
    with running(lang="en") as (remote, address, _host), chromium() as browser:
        remote.set_round(1, "board", CARDS, ZONES)
        page = browser.new_context(**PHONE).new_page()
        page.goto(address.link)
        page.get_by_role("heading", name="Choose your team").wait_for()
        assert page.locator(".tile", has_text="Rood").locator(".tile-state").inner_text() == "choose"
        page.locator(".tile", has_text="Rood").click()
        page.locator(".zone").first.wait_for()
        assert page.locator(".progress .count").inner_text() == "0/4 placed"
        assert page.locator(".tray h2").inner_text() == "Still to place (4)"
        page.locator('.card[data-id="c2"]').click()
        assert page.locator(".placebar-label").inner_text() == "Place card 2 in:"
        assert page.locator(".hint").inner_text() == "Now tap a zone (below) to place the card there."
        page.locator(".placebar .place").nth(0).click()
        page.locator('.card[data-id="c2"]').click()
        assert page.locator(".placebar-label").inner_text() == "Move card 2 to:"
        page.locator(".placebar .place").nth(1).click()
        tap_card_then_zone(page, "c3", 2)
        shown = page.locator("body").inner_text()
        for card in CARDS:  # the deck's own texts stay as they are; the page's texts are English
            shown = shown.replace(card.text, "").replace(card.theme, "")
        for zone in ZONES:
            shown = shown.replace(zone, "")
        assert "Still to place (2)" in shown and "2/4 placed" in shown
        for text in dutch:
            assert text not in shown, text
        other = browser.new_context(**PHONE).new_page()
        other.goto(address.link)
        other.locator(".tile", has_text="Rood").click()
        other.get_by_text("Team Rood has already been chosen on another device.").wait_for()
        remote.wait_for_round()
        page.get_by_text("Wait for the next round.").wait_for()
        assert "Wacht" not in page.locator("body").inner_text()
