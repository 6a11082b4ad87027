"""Excel import and export of the actors register (actors issue): 10,000 rows in, the register out.

Import: a workbook of 10,000 valid actors (the generator's Tuscan data, with another seed than the
register's) saved the way Excel saves a sheet kept by hand (shared strings, declared size), imported
with full validation into a new SQLite database migrated to the current schema: not the benchmark's
register, whose codes would make every row a duplicate. The clock runs from the call of
import_actors to its return: opening and reading the file, validating every row, looking the codes
up, writing the rows and their search indexes in one transaction.

Export: every actor of the benchmark's database, archived ones included ("Archiviato" column), to an
.xlsx in a temporary folder, as "Esporta vista" and `coop-desktop export actors --archived` write it.
"""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import Table

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.loader import TableWriter
from coop_desktop.bench.results import ResultRow
from coop_desktop.bench.synthetic import DEFAULT_SEED, SyntheticSizes
from coop_desktop.db.engine import Database
from coop_desktop.db.schema import upgrade
from coop_desktop.domain.formatting import format_number
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS, SHEET_TITLE
from coop_desktop.exchange.actors_export import export_actors
from coop_desktop.exchange.actors_import import import_actors
from coop_desktop.exchange.xlsx_safety import open_untrusted_workbook, sheet_rows

IMPORT_ROWS = 10_000
IMPORT_TARGET_S = 2.0
EXPORT_TARGET_S = 15.0
# Each measure is repeated up to this many times (fewer with --runs) and the median is reported.
MAX_RUNS = 3
IMPORT_SEED = DEFAULT_SEED + 1

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_INLINE_CELL = re.compile(
    rb'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is>(<t(?: xml:space="preserve")?>.*?</t>)</is></c>',
    re.DOTALL,
)


class _ActorRows:
    """Stands in for the loader's TableWriter: keeps the actor rows the generator hands over."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, table: Table, row: dict[str, Any]) -> None:
        if table.name == "actors":
            self.rows.append(row)


def synthetic_actors(count: int, seed: int = IMPORT_SEED) -> list[dict[str, Any]]:
    """`count` actor rows of the synthetic data set (valid, unique codici fiscali), not stored."""
    from coop_desktop.bench.generator import Generator

    kept = _ActorRows()
    Generator(seed, SyntheticSizes(actors=count), cast(TableWriter, kept))._actors()
    return kept.rows


def write_import_workbook(path: Path, actors: Sequence[dict[str, Any]]) -> Path:
    """The actors as an office's workbook: the importer's headers, one row per actor.

    openpyxl writes every text as an inline string; Excel keeps them in a shared-string table, which
    readers (openpyxl included) read faster, so the file is rewritten that way (_share_strings).
    """
    columns = ACTOR_COLUMNS.columns
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    size = f"A1:{get_column_letter(len(columns))}{len(actors) + 1}"
    sheet.calculate_dimension = lambda: size  # Excel always declares the size
    sheet.append([c.label for c in columns])
    for actor in actors:
        sheet.append([actor[c.field].label if c.field == "actor_type" else actor[c.field] for c in columns])
    workbook.save(path)
    _share_strings(path)
    return path


def _share_strings(path: Path) -> None:
    """Move the inline strings of an openpyxl workbook's sheets into a shared-string table."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    table: dict[bytes, int] = {}
    uses = 0

    def shared(match: re.Match[bytes]) -> bytes:
        nonlocal uses
        uses += 1
        index = table.setdefault(match.group(3), len(table))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2) or b"", index)

    for name in parts:
        if name.startswith("xl/worksheets/"):
            parts[name] = _INLINE_CELL.sub(shared, parts[name])
    items = b"".join(b"<si>%s</si>" % text for text in table)
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_MAIN_NS}" count="{uses}" uniqueCount="{len(table)}">'.encode() + items + b"</sst>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSharedStrings" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def _empty_database(path: Path) -> Path:
    db = Database.open(path)
    try:
        upgrade(db)
        with db.engine.connect() as conn:  # fold the WAL in, so that copying the file is enough
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def _time_import(workbook: Path, template: Path, rows: int, run: int) -> tuple[float, float]:
    """(whole import, of which writing) in seconds, into a fresh copy of the empty database."""
    target = shutil.copyfile(template, template.with_name(f"import-{run}.sqlite3"))
    db = Database.open(target)
    saving: list[float] = []

    def progress(done: int, total: int, text: str) -> None:
        if not saving and text.startswith("Salvataggio"):
            saving.append(time.perf_counter())

    try:
        started = time.perf_counter()
        result = import_actors(db, workbook, progress=progress)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    if result.imported != rows or not result.written:
        raise RuntimeError(f"the benchmark's workbook imported {result.imported} of {rows} rows")
    return elapsed, (started + elapsed - saving[0]) if saving else 0.0


def _time_read(workbook: Path) -> float:
    """openpyxl alone: open the workbook and read every row, as the importer does."""
    started = time.perf_counter()
    with open_untrusted_workbook(workbook) as book:
        for _ in sheet_rows(book.worksheets[0], workbook.name):
            pass
    return time.perf_counter() - started


def _seconds(values: Sequence[float]) -> str:
    return " / ".join(format_number(v, 2) for v in values) + " s"


def measure_excel(ctx: BenchContext, import_rows: int = IMPORT_ROWS) -> list[ResultRow]:
    runs = max(1, min(ctx.runs, MAX_RUNS))
    with tempfile.TemporaryDirectory(prefix="coop-bench-excel-") as tmp:
        folder = Path(tmp)
        workbook = write_import_workbook(folder / "soggetti.xlsx", synthetic_actors(import_rows))
        template = _empty_database(folder / "vuoto.sqlite3")
        imports = [_time_import(workbook, template, import_rows, run) for run in range(runs)]
        read_s = _time_read(workbook)

        db = Database.open(ctx.db)
        try:
            exports = []
            for _ in range(runs):
                started = time.perf_counter()
                exported = export_actors(db, folder / "registro.xlsx", include_archived=True)
                exports.append(time.perf_counter() - started)
        finally:
            db.close()
        export_mb = exported.path.stat().st_size / 1_048_576

    import_s = [whole for whole, _ in imports]
    median = imports[import_s.index(statistics.median_low(import_s))]
    ctx.details["excel"] = {
        "import_rows": import_rows,
        "import_s": import_s,
        "import_writing_s": [writing for _, writing in imports],
        "import_read_only_s": read_s,
        "export_rows": exported.rows,
        "export_s": exports,
        "export_mb": export_mb,
    }
    read_check = median[0] - median[1]
    return [
        ResultRow(
            f"import Excel di {format_number(import_rows, 0)} soggetti",
            statistics.median(import_s),
            "s",
            IMPORT_TARGET_S,
            f"{len(import_s)} prove: {_seconds(import_s)}; lettura e controlli "
            f"{format_number(read_check, 2)} s (lettura openpyxl da sola {format_number(read_s, 2)} s), "
            f"scrittura {format_number(median[1], 2)} s; file salvato come da Excel (stringhe condivise)",
        ),
        ResultRow(
            "export Excel di tutti i soggetti",
            statistics.median(exports),
            "s",
            EXPORT_TARGET_S,
            f"{len(exports)} prove: {_seconds(exports)}; {format_number(exported.rows, 0)} soggetti "
            f"(archiviati compresi), {format_number(export_mb, 1)} MB",
        ),
    ]
