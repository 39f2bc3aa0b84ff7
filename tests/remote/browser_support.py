"""Real phone pages in Debian's chromium (Playwright for Python, `executable_path`; never `playwright install`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), "")
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
TABLET = {"viewport": {"width": 768, "height": 1024}, "device_scale_factor": 1}


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless chromium browser that is always closed."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], timeout=30_000)
        try:
            yield browser
        finally:
            browser.close()


def board_on_page(page: Any) -> tuple[tuple[str, ...], ...]:
    """The board as the page draws it: per zone the card ids top to bottom."""
    zones = page.locator(".zone .list")
    return tuple(
        tuple(zones.nth(z).locator(".card").evaluate_all("cards => cards.map(c => c.getAttribute('data-id'))"))
        for z in range(zones.count())
    )


def tap_card_then_zone(page: Any, card: str, zone: int, bar: bool = True) -> None:
    """The way that works everywhere: tap a card, then a zone in the bar at the bottom (or its header)."""
    page.locator(f'.card[data-id="{card}"]').click()
    page.locator(".placebar .place" if bar else ".zone-head.ready").nth(zone).click()


def drag_card(page: Any, card: str, zone: int) -> None:
    """Drag a card with the mouse into a zone's list (SortableJS), holding it at the screen's edge so the
    page scrolls when the zone is out of sight, as a finger would on a phone."""
    source = page.locator(f'.card[data-id="{card}"]')
    target = page.locator(".zone .list").nth(zone)
    source.evaluate("e => e.scrollIntoView({block: 'center'})")  # not under the sticky header
    box = source.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + min(box["height"] / 2, 30)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x, y + 12, steps=3)  # past SortableJS's tolerance: the drag begins
    height = page.viewport_size["height"]

    def in_view() -> bool:
        goal = target.bounding_box()
        return bool(goal["y"] >= 60 and goal["y"] + goal["height"] <= height - 4)

    for step in range(300):
        goal = target.bounding_box()
        if goal["y"] + goal["height"] > height - 4:
            page.mouse.move(x, height - 2 - step % 2)  # at the bottom edge the page scrolls down
        elif goal["y"] < 60:
            page.mouse.move(x, 2 + step % 2)
        else:
            page.mouse.move(goal["x"] + goal["width"] / 2, goal["y"] + goal["height"] / 2)
            page.wait_for_timeout(150)  # let the scrolling stop, then look again
            if in_view():
                break
            continue
        page.wait_for_timeout(40)
    goal = target.bounding_box()
    page.mouse.move(goal["x"] + goal["width"] / 2, goal["y"] + goal["height"] - 10, steps=4)
    page.wait_for_timeout(100)
    page.mouse.up()
