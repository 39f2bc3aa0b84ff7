"""Every input of the public YAML test suite, opened as a deck: a Deck or a DeckError, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gedragen.core import loader
from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "yaml-test-suite"
FILES = sorted(CORPUS.glob("*.yaml")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not FILES, reason=f"the YAML test-suite corpus is not at {CORPUS}")
@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure"])
def test_corpus_gives_a_deck_or_a_deck_error(pure: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if pure:
        monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    outcomes: dict[str, int] = {"deck": 0, "error": 0}
    for path in FILES:
        try:
            load_deck(path)
        except DeckError as exc:
            assert exc.problems, path.name
            for problem in exc.problems:
                assert problem.file == str(path) and problem.line >= 1 and problem.column >= 1, path.name
                assert problem.message and "\n" not in problem.message, path.name
            outcomes["error"] += 1
        else:
            outcomes["deck"] += 1
    assert outcomes["error"] + outcomes["deck"] == len(FILES) >= 300
    # none of these files is a deck: the loader must refuse every one
    assert outcomes == {"deck": 0, "error": len(FILES)}


@pytest.mark.skipif(not FILES, reason=f"the YAML test-suite corpus is not at {CORPUS}")
def test_invalid_yaml_cases_are_refused_with_a_place() -> None:
    invalid = [p for p in FILES if p.name.endswith(".error.yaml")]
    assert len(invalid) >= 50
    for path in invalid:
        with pytest.raises(DeckError) as info:
            load_deck(path)
        assert info.value.line >= 1, path.name
