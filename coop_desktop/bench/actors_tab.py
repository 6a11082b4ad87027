"""The Soggetti tab on the large register: first paint, filter per keystroke, sort (actors issue).

The Qt side lives in coop_desktop.ui.tab_timing (the only place Qt may be imported); it runs in
a subprocess with the offscreen platform, like the start-up runs.
"""

from __future__ import annotations

import json
import os
import subprocess

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow

FIRST_PAINT_TARGET_MS = 60.0
KEYSTROKE_P95_TARGET_MS = 40.0
SORT_TARGET_MS = 100.0


def measure_actors_tab(ctx: BenchContext) -> list[ResultRow]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOP_DESKTOP_HOME": str(ctx.home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [ctx.python, "-m", "coop_desktop.ui.tab_timing", "--db", ctx.db],
        capture_output=True, text=True, env=env, timeout=600, check=True,
    )  # fmt: skip
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    ctx.details["actors_tab"] = figures
    sorts = {key: seconds * 1000 for key, seconds in figures["sort_s"].items()}
    slowest = max(sorts, key=sorts.__getitem__)
    return [
        ResultRow(
            "scheda Soggetti: primo disegno",
            figures["first_paint_s"] * 1000,
            "ms",
            FIRST_PAINT_TARGET_MS,
            f"{figures['actors']} soggetti: conteggio, prima pagina e disegno",
        ),
        ResultRow(
            "filtro per tasto, p95",
            figures["keystroke_p95_s"] * 1000,
            "ms",
            KEYSTROKE_P95_TARGET_MS,
            f"{figures['keystrokes']} tasti, mediana {figures['keystroke_median_s'] * 1000:.0f} ms, "
            f"massimo {figures['keystroke_max_s'] * 1000:.0f} ms; conteggio e ridisegno inclusi",
        ),
        ResultRow(
            "ordinamento per colonna, il più lento",
            sorts[slowest],
            "ms",
            SORT_TARGET_MS,
            ", ".join(f"{key} {ms:.0f}" for key, ms in sorts.items()) + " ms",
        ),
    ]
