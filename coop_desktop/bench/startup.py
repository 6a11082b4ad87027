"""Start-up of the real app on the benchmark database: `python -m coop_desktop --db … --smoke`.

The app prints one JSON line once its main window has painted (coop_desktop/app.py): `first_paint_s`
is measured by the app from the kernel's process start time, `peak_rss_mb` is its own peak memory at
that moment. Around it this module measures, from outside, the wall-clock time until that line
arrives and (through wait4) the peak memory and CPU time of the whole process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.domain.formatting import format_number

FIRST_PAINT_TARGET_S = 0.8
PEAK_MEMORY_TARGET_MB = 250.0
# The app gives up after 30 s without a paint; this only guards against a hung process.
SMOKE_TIMEOUT_S = 120.0


class SmokeError(RuntimeError):
    """The app did not start, paint and print its JSON line."""


@dataclass(frozen=True)
class SmokeRun:
    wall_s: float
    payload: dict[str, Any]
    exit_code: int
    # From wait4 after exit; None where the platform has no wait4.
    process_peak_mb: float | None
    cpu_s: float | None

    @property
    def first_paint_s(self) -> float:
        return float(self.payload["first_paint_s"])

    @property
    def peak_rss_mb(self) -> float | None:
        value = self.payload.get("peak_rss_mb")
        return None if value is None else float(value)


def smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COOP_DESKTOP_HOME=str(home), PYTHONUNBUFFERED="1")
    # An installed app has bytecode caches: let the first run write them, as an install would,
    # instead of recompiling every module on every run (some shells set this variable).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("COOP_DESKTOP_DB", None)
    return env


def run_smoke(db: str, home: Path, python: str = sys.executable) -> SmokeRun:
    """Start the app once and wait for its JSON line and its exit."""
    command = [python, "-m", "coop_desktop", "--db", db, "--smoke"]
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=smoke_env(home))
        watchdog = threading.Timer(SMOKE_TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            wall, payload = _read_payload(proc, started)
            peak_mb, cpu_s = _reap(proc)
        finally:
            watchdog.cancel()
            if proc.stdout is not None:
                proc.stdout.close()
        if proc.returncode != 0 or payload is None:
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", "replace").strip()[-2000:]
            raise SmokeError(f"{' '.join(command)} è terminato con codice {proc.returncode}: {tail}")
    return SmokeRun(wall, payload, proc.returncode, peak_mb, cpu_s)


def _read_payload(proc: subprocess.Popen[bytes], started: float) -> tuple[float, dict[str, Any] | None]:
    assert proc.stdout is not None
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace").strip()
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and "first_paint_s" in data:
            wall = time.perf_counter() - started
            proc.stdout.read()  # drain, so the app never blocks on a full pipe while exiting
            return wall, data
    return time.perf_counter() - started, None


def _reap(proc: subprocess.Popen[bytes]) -> tuple[float | None, float | None]:
    """Wait for the exit; wait4 also gives the child's own peak memory and CPU time."""
    if not hasattr(os, "wait4"):
        proc.wait()
        return None, None
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux.
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _seconds(values: Sequence[float]) -> str:
    return " / ".join(format_number(v, 2) for v in values) + " s"


def measure_startup(ctx: BenchContext) -> list[ResultRow]:
    runs = [run_smoke(ctx.db, ctx.home, ctx.python) for _ in range(ctx.runs)]
    ctx.details["smoke_runs"] = [
        # The app's own keys first; ours are named apart so that none hides another.
        {**r.payload, "wall_s": r.wall_s, "process_peak_mb": r.process_peak_mb, "process_cpu_s": r.cpu_s}
        for r in runs
    ]
    paints = [r.first_paint_s for r in runs]
    # The frame paints before the database layer loads; the first page of actors follows.
    first_rows = [float(r.payload["first_rows_s"]) for r in runs if "first_rows_s" in r.payload]
    walls = [r.wall_s for r in runs]
    app_peaks = [r.peak_rss_mb for r in runs if r.peak_rss_mb is not None]
    process_peaks = [r.process_peak_mb for r in runs if r.process_peak_mb is not None]
    cpus = [r.cpu_s for r in runs if r.cpu_s is not None]
    shown = runs[0].payload.get("rows") or {}
    rows = [
        ResultRow(
            "avvio → primo disegno, mediana", statistics.median(paints), "s", FIRST_PAINT_TARGET_S,
            f"{len(runs)} avvii: {_seconds(paints)} (il primo a freddo)",
        ),
        ResultRow(
            "avvio → primo disegno, massimo", max(paints), "s", FIRST_PAINT_TARGET_S,
            "first_paint_s dell'app, dall'avvio del processo",
        ),
        ResultRow(
            "avvio → prime righe dei soggetti, mediana",
            statistics.median(first_rows) if first_rows else None, "s", None,
            f"{_seconds(first_rows)}: tabella Soggetti disegnata con la prima pagina",
        ),
        ResultRow(
            "processo → riga JSON, mediana", statistics.median(walls), "s", None,
            f"{_seconds(walls)}; include le schede nascoste, caricate dopo il primo disegno",
        ),
        ResultRow("processo → riga JSON, massimo", max(walls), "s"),
        ResultRow(
            "memoria di picco al primo disegno", max(app_peaks) if app_peaks else None, "MB",
            PEAK_MEMORY_TARGET_MB, "peak_rss_mb dell'app, massimo degli avvii",
        ),
        ResultRow(
            "memoria di picco del processo", max(process_peaks) if process_peaks else None, "MB",
            PEAK_MEMORY_TARGET_MB, "wait4: tutto il processo, schede nascoste comprese",
        ),
        ResultRow(
            "tempo CPU per avvio, mediana", statistics.median(cpus) if cpus else None, "s", None,
            "utente + sistema, fino all'uscita; righe mostrate: "
            + ", ".join(f"{k} {format_number(v, 0)}" for k, v in shown.items()),
        ),
    ]  # fmt: skip
    return rows
