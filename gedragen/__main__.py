"""Allow `python -m gedragen`."""

import sys

from gedragen.cli import main

sys.exit(main())
