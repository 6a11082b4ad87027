"""What the app's imports cost at start-up, from `python -X importtime -c "import coop_desktop.app"`.

Self times are grouped by package; a standard-library module is charged to the package that first
imported it (asyncio to SQLAlchemy, say), so the groups add up to the whole import time and each one
says what leaving that package out of the start-up path would save.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import Counter

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.bench.startup import smoke_env
from coop_desktop.domain.formatting import format_number

APP_MODULE = "coop_desktop.app"
_QT = {"PySide6", "shiboken6", "shibokensupport"}
STDLIB = "stdlib"


def bucket(module: str) -> str:
    parts = module.split(".")
    if parts[0] in _QT:
        return "PySide6"
    if parts[0] == "coop_desktop":
        # db.models and ui.* are large enough to be told apart from the rest of db and ui.
        depth = 3 if len(parts) > 2 and parts[1] in ("db", "ui") else 2
        return ".".join(parts[:depth])
    if parts[0] in sys.stdlib_module_names or parts[0].startswith("_"):
        return STDLIB
    return parts[0]


def parse_importtime(stderr: str) -> Counter[str]:
    """Microseconds of self time per group."""
    entries: list[tuple[int, int, str]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line.removeprefix("import time:").split("|")
        entries.append((len(name) - len(name.lstrip()), int(self_us), name.strip()))
    totals: Counter[str] = Counter()
    # importtime prints a module after its children; reversed, every parent comes before its children.
    stack: list[tuple[int, str]] = []
    for depth, self_us, name in reversed(entries):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        group = bucket(name)
        if group == STDLIB and stack:
            group = stack[-1][1]
        stack.append((depth, group))
        totals[group] += self_us
    return totals


def import_profile(ctx: BenchContext) -> Counter[str]:
    result = subprocess.run(
        [ctx.python, "-X", "importtime", "-c", f"import {APP_MODULE}"],
        capture_output=True,
        text=True,
        env=smoke_env(ctx.home),
        check=True,
    )
    return parse_importtime(result.stderr)


def measure_imports(ctx: BenchContext) -> list[ResultRow]:
    profiles = [import_profile(ctx) for _ in range(max(3, ctx.runs))]
    totals = [sum(p.values()) / 1e6 for p in profiles]
    # The run with the median total stands for all of them (medians per group need not add up).
    typical = profiles[totals.index(sorted(totals)[len(totals) // 2])]
    ctx.details["imports_s"] = {group: us / 1e6 for group, us in typical.most_common()}
    biggest = ", ".join(f"{group} {format_number(us / 1e6, 2)}" for group, us in typical.most_common(5))
    return [
        ResultRow(
            f"import di {APP_MODULE}, mediana",
            statistics.median(totals),
            "s",
            note=f"-X importtime, il più pesante: {biggest} s",
        )
    ]
