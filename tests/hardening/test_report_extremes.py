"""Reports of sessions at the edge of what the rules allow: every document is written, nothing is cut."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hardening_support import cli, record_session, session_dict
from pypdf import PdfReader

from gedragen.core.session import MAX_AGREEMENT, MAX_NAME

SENTENCE = "We spreken af dat niemand een foto deelt zonder toestemming van wie erop staat. "


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A data folder with one session, and that session as a dict."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder, session_dict(folder)


def _longest(kind: str) -> str:
    if kind == "sentences":
        return (SENTENCE * 40)[: MAX_AGREEMENT - 6].rstrip() + " EINDE"
    if kind == "one long word":
        return "a" * (MAX_AGREEMENT - 6) + " EINDE"
    return ("https://voorbeeld.nl/" + "pad/" * 600)[: MAX_AGREEMENT - 6] + " EINDE"


@pytest.mark.parametrize(
    ("kind", "part"),
    [("sentences", "full"), ("one long word", "full"), ("a long link", "full"),
     ("sentences", "poster"), ("one long word", "protocol")],
)
def test_the_longest_agreement_fits_every_document(
    kind: str, part: str, recorded: tuple[Path, dict[str, Any]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, base = recorded
    data = copy.deepcopy(base)
    data["name"] = "N" * MAX_NAME
    data["rounds"][0]["outcomes"][0]["agreement"] = _longest(kind)
    source = tmp_path / "sessie.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / f"{part}.pdf"
    run = cli(capsys, "--data-dir", str(folder), "report", str(source), "-o", str(out), "--part", part)
    assert run.code == 0, run.err
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    # the end of the agreement is printed: the text flowed on instead of being cut off
    assert "EINDE" in text
