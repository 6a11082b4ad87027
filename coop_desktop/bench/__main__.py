"""`python -m coop_desktop.bench`."""

from __future__ import annotations

import sys

from coop_desktop.bench.runner import main

if __name__ == "__main__":
    sys.exit(main())
