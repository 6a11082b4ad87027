"""`python -m coop_desktop.bench`: build the synthetic database, run the registered benchmarks, report."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.registry import BENCHMARKS
from coop_desktop.bench.results import ResultRow, all_passed, format_table
from coop_desktop.bench.startup import SmokeError
from coop_desktop.bench.synthetic import (
    DEFAULT_SEED,
    SyntheticDataError,
    SyntheticSizes,
    create_synthetic_database,
)
from coop_desktop.cli import EXIT_INVALID, EXIT_OK, ItalianArgumentParser
from coop_desktop.db.engine import describe, resolve_url
from coop_desktop.domain.formatting import format_number

CREATION = "creazione dati sintetici"
# Above this load average the figures say more about the other processes than about the app.
BUSY_LOAD = 0.7


def build_parser() -> argparse.ArgumentParser:
    parser = ItalianArgumentParser(
        prog="python -m coop_desktop.bench",
        description="Crea un database sintetico grande e misura i tempi di Coop Desktop su di esso.",
    )
    parser.add_argument(
        "--db",
        metavar="PERCORSO_O_URL",
        help="dove creare il database (file SQLite nuovo o URL di un database vuoto); "
        "altrimenti una cartella temporanea",
    )
    parser.add_argument("--scale", type=float, default=1.0, help="volume dei dati rispetto al pieno (1.0)")
    parser.add_argument("--runs", type=int, default=5, help="avvii dell'applicazione da misurare (5)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="conserva il database creato")
    parser.add_argument(
        "--reuse", action="store_true", help="usa il database --db già creato in una prova precedente"
    )
    parser.add_argument("--json", action="store_true", help="risultato in JSON")
    return parser


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "?"


def machine_info() -> dict[str, Any]:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "date": datetime.now().isoformat(timespec="minutes"),
        "cpus": cpus,
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": _version("PySide6", "PySide6-Essentials"),
        "sqlalchemy": _version("SQLAlchemy"),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def _say(message: str) -> None:
    # Progress goes to stderr so that --json output stays one clean document.
    print(message, file=sys.stderr, flush=True)


def _prepare(args: argparse.Namespace, workdir: Path) -> tuple[str, Path | None, ResultRow]:
    """Create (or reuse) the database; returns the --db value, the SQLite file and the creation row."""
    target = args.db or str(workdir / "bench.sqlite3")
    sqlite_path = None if "://" in target else Path(target).expanduser().resolve()
    db_value = str(sqlite_path) if sqlite_path is not None else target
    if args.reuse:
        if sqlite_path is not None and not sqlite_path.exists():
            raise SyntheticDataError(f"Il file {sqlite_path} non esiste: crealo prima con --keep.")
        return db_value, sqlite_path, ResultRow(CREATION, None, "s", note="database riusato")
    sizes = SyntheticSizes.scaled(args.scale)
    _say(f"Creazione dei dati sintetici in {describe(resolve_url(db_value))}…")
    report = create_synthetic_database(db_value, sizes, args.seed)
    note = (
        f"{format_number(report.total_rows, 0)} righe: {format_number(sizes.actors, 0)} soggetti, "
        f"{format_number(sizes.scores, 0)} punteggi; "
        f"migrazione dello schema {format_number(report.migration_seconds, 2)} s"
    )
    return db_value, sqlite_path, ResultRow(CREATION, report.seconds, "s", note=note)


def run(args: argparse.Namespace) -> int:
    machine = machine_info()
    load = machine["load_average"]
    if load is not None and load > BUSY_LOAD * (machine["cpus"] or 1):
        _say(f"Attenzione: la macchina è già occupata (carico {format_number(load, 2)}): tempi più lenti.")
    workdir = Path(tempfile.mkdtemp(prefix="coop-bench-"))
    created: Path | None = None
    try:
        db_value, sqlite_path, creation = _prepare(args, workdir)
        if not args.reuse:
            created = sqlite_path
        ctx = BenchContext(db=db_value, sqlite_path=sqlite_path, runs=args.runs, home=workdir / "home")
        rows = [creation]
        for benchmark in BENCHMARKS:
            _say(f"Misura: {benchmark.__name__}…")
            rows += benchmark(ctx)
    finally:
        if created is not None and args.keep:
            _say(f"Database conservato: {created}")
        elif created is not None:
            for suffix in ("", "-wal", "-shm"):
                created.with_name(created.name + suffix).unlink(missing_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)
    # The load at the end tells whether something else ran during the measurements.
    machine["load_average_after"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if args.json:
        payload = {"machine": machine, "rows": [r.as_dict() for r in rows], "details": ctx.details}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(_header(machine))
        print(format_table(rows))
    return EXIT_OK if all_passed(rows) else EXIT_INVALID


def _header(machine: dict[str, Any]) -> str:
    load = " → ".join(
        format_number(machine[k], 2) for k in ("load_average", "load_average_after") if machine[k] is not None
    )
    return (
        f"Coop Desktop, benchmark del {machine['date'].replace('T', ' ')}\n"
        f"{machine['cpus']} CPU ({machine['cpu_model']}), Python {machine['python']}, "
        f"SQLite {machine['sqlite']}, PySide6 {machine['pyside6']}, SQLAlchemy {machine['sqlalchemy']}\n"
        f"Carico medio (1 min) prima → dopo: {load or '—'}\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.runs < 1 or args.scale <= 0:
        parser.error("--runs deve essere almeno 1 e --scale maggiore di 0")
    if args.reuse and not args.db:
        parser.error("--reuse richiede --db")
    try:
        return run(args)
    except SyntheticDataError as exc:
        hint = "" if args.reuse else " Per misurare un database già creato usa --reuse."
        print(f"Errore: {exc}{hint}", file=sys.stderr)
        return EXIT_INVALID
    except SmokeError as exc:
        print(f"Errore: {exc}", file=sys.stderr)
        return EXIT_INVALID
