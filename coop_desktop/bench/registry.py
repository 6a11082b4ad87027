"""The benchmarks run, in order, on the synthetic database. Add a measurement by appending here."""

from __future__ import annotations

import time

from coop_desktop.bench.actors_tab import measure_actors_tab
from coop_desktop.bench.annexes import measure_annexes
from coop_desktop.bench.calls import measure_calls
from coop_desktop.bench.context import BenchContext, Benchmark
from coop_desktop.bench.excel import measure_excel
from coop_desktop.bench.imports import measure_imports
from coop_desktop.bench.letters import measure_letters
from coop_desktop.bench.ranking import measure_ranking
from coop_desktop.bench.results import ResultRow
from coop_desktop.bench.sheets import measure_sheets
from coop_desktop.bench.startup import measure_startup
from coop_desktop.bench.workbooks import measure_workbooks


def _spin(n: int = 2_000_000) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i % 7
    return time.perf_counter() - started


def cpu_reference(ctx: BenchContext) -> list[ResultRow]:
    """A fixed pure-Python workload: figures of other days or machines compare through it."""
    best = min(_spin() for _ in range(5))
    note = "2 milioni di iterazioni, il minimo di 5"
    return [ResultRow("riferimento CPU (Python puro)", best, "s", note=note)]


def database_size(ctx: BenchContext) -> list[ResultRow]:
    if ctx.sqlite_path is None:
        return []
    # The generator checkpoints the WAL, but count it anyway in case a run left one behind.
    files = [ctx.sqlite_path, ctx.sqlite_path.with_name(ctx.sqlite_path.name + "-wal")]
    size = sum(f.stat().st_size for f in files if f.exists())
    return [ResultRow("dimensione del file SQLite", size / 1_048_576, "MB", note=str(ctx.sqlite_path))]


BENCHMARKS: list[Benchmark] = [
    cpu_reference,
    database_size,
    measure_startup,
    measure_actors_tab,
    measure_excel,
    measure_calls,
    measure_ranking,
    measure_workbooks,
    measure_annexes,
    measure_sheets,
    measure_letters,
    # After the start-up runs, which leave the bytecode caches an installed app would have.
    measure_imports,
]
