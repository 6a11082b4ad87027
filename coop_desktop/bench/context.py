"""What every benchmark function receives, and the registry's type."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coop_desktop.bench.results import ResultRow


@dataclass
class BenchContext:
    """The prepared database and the run's settings."""

    # What the app gets as --db: an SQLite path or a database URL.
    db: str
    # The SQLite file, for measurements on the file itself; None for a server database.
    sqlite_path: Path | None
    runs: int
    # COOP_DESKTOP_HOME of the app runs: settings and logs stay out of the user's folders.
    home: Path
    python: str = sys.executable
    # Raw figures a benchmark wants in the --json output (e.g. every single run).
    details: dict[str, Any] = field(default_factory=dict)


# A benchmark measures something on the prepared database and returns its rows.
Benchmark = Callable[[BenchContext], list[ResultRow]]
