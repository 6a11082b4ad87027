"""Times the Soggetti tab on a database, for `python -m coop_desktop.bench`.

Run as `python -m coop_desktop.ui.tab_timing --db FILE`; prints one JSON object. Each figure
includes the repaint: the view is grabbed (rendered) before the clock stops, so what is timed
is what the user waits for — the count label and the first visible page.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence

# What an officer types, one keystroke at a time (names, comuni, codes, e-mail fragments).
TYPED = ("firenze", "asso pra", "comune", "84006", "pisa", "coop", "senegal", "via roma", "onlus")


def _timed(action: Callable[[], None], render: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    render()
    return time.perf_counter() - started


def measure(db_value: str, keystrokes: Sequence[str] = TYPED) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coop_desktop.db.schema import open_current
    from coop_desktop.services.context import SYSTEM
    from coop_desktop.ui.app_services import AppServices
    from coop_desktop.ui.tabs.actors_tab import ActorsTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_current(db_value)
    try:
        services = AppServices.for_database(db, SYSTEM)
        tab = ActorsTab(services)
        tab.resize(1200, 700)
        view = tab.ui.tableView

        def first_paint() -> None:
            tab.show()
            tab.model.ensure_loaded()

        first = _timed(first_paint, tab.grab)
        total = tab.model.total
        per_key: list[float] = []
        for text in keystrokes:
            for end in range(1, len(text) + 1):
                per_key.append(_timed(lambda t=text[:end]: tab.model.set_query_text(t), view.grab))
            tab.model.set_query_text("")
        sorts = {
            column.key: _timed(lambda i=i: tab.model.sort(i, Qt.SortOrder.DescendingOrder), view.grab)
            for i, column in enumerate(tab.model.columns)
        }
        tab.close()
        app.processEvents()
    finally:
        db.close()
    ordered = sorted(per_key)
    return {
        "actors": total,
        "first_paint_s": first,
        "keystrokes": len(per_key),
        "keystroke_median_s": statistics.median(per_key),
        "keystroke_p95_s": ordered[max(0, round(0.95 * len(ordered)) - 1)],
        "keystroke_max_s": ordered[-1],
        "sort_s": sorts,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coop_desktop.ui.tab_timing")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
