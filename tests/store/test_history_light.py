"""The app's start-up check for an interrupted session stays light: listing sessions loads no game rules.

The check runs right after the first frame and counts in the app's peak memory (DESIGN §6): the game rules
bring uuid, secrets and OpenSSL's hashlib (about 5 MiB). Only replaying or writing events needs them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from history_support import make_deck, start_event

from gedragen.store import History

CHECK = """
import sys
from pathlib import Path
from gedragen.store.history import History
history, notice = History.open_or_recover(Path(sys.argv[1]))
try:
    print([s.id for s in history.unfinished()])
finally:
    history.close()
RULES = ("gedragen.core.session", "gedragen.core.events", "gedragen.core.dealing")
print(sorted(m for m in (*RULES, "hashlib", "_hashlib", "secrets", "uuid") if m in sys.modules))
"""


def test_listing_unfinished_sessions_imports_no_game_rules(tmp_path: Path) -> None:
    with History(tmp_path) as history:
        sid = history.start(start_event(make_deck(), session_id="onderbroken"))
    out = subprocess.run([sys.executable, "-c", CHECK, str(tmp_path)], capture_output=True, text=True, timeout=60,
                         check=True).stdout.splitlines()
    assert out == [repr([sid]), "[]"]
