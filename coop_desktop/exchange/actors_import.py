"""Importing actors from an .xlsx sheet kept by hand.

Every row goes through validate_actor, the same rules as the form. By default a single invalid row
refuses the whole file; codes already registered (or repeated in the file) are reported and
skipped. Accepted rows are written in one transaction with a Core executemany.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, cast

from sqlalchemy import String, Table, insert, select
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from coop_desktop.db.bulk import fts_indexed_once
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.db.models.actors import actor_search_text
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.actor_rules import (
    ACTOR_FIELD_LABELS,
    ActorCheck,
    ActorInput,
    CleanActor,
    validate_actor,
)
from coop_desktop.domain.validation import ValidationError
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.headers import HeaderMatch, find_header
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.xlsx_safety import cell_text, is_blank, open_untrusted_workbook, sheet_rows

_INSERT_CHUNK = 1_000
_ANALYZE_FROM = 1_000  # rows; smaller imports barely change the table's statistics
_LOOKUP_CHUNK = 500  # codes per IN (...) query: well under every backend's parameter limit
_CANCELLED = "Importazione annullata: nessun dato è stato salvato."
_TABLE = cast(Table, Actor.__table__)
# Column sizes of the table. The rules may let a value through that the column cannot hold (e.g. a
# foreign postcode longer than 5); PostgreSQL would then fail the whole insert, so it becomes a row error.
_COLUMN_SIZES = {
    c.name: c.type.length for c in _TABLE.columns if isinstance(c.type, String) and c.type.length
}
# (field, size) of the validated fields stored in a sized column, checked on every row.
_SIZED_FIELDS = tuple((f.name, _COLUMN_SIZES[f.name]) for f in fields(CleanActor) if f.name in _COLUMN_SIZES)


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet's own row number
    field: str  # the Italian header label
    message: str

    def __str__(self) -> str:
        return f"riga {self.row}: {self.field}: {self.message}"


@dataclass(frozen=True)
class DuplicateRow:
    row: int
    tax_code: str
    name: str
    existing_name: str
    existing_row: int | None  # the earlier row of the file, or None when the code is in the database

    def __str__(self) -> str:
        if self.existing_row is not None:
            where = f"già presente alla riga {self.existing_row} («{self.existing_name}»)"
        else:
            where = f"già registrato per «{self.existing_name}»"
        return f"riga {self.row}: «{self.name}»: codice fiscale {self.tax_code} {where}, non importato."


@dataclass
class ActorImportResult:
    """What an import did (or, in a dry run, would do)."""

    imported: int = 0
    duplicates: list[DuplicateRow] = field(default_factory=list)
    invalid: int = 0
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0
    written: bool = False
    dry_run: bool = False
    sheet: str = ""
    header_row: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    skip_invalid: bool = False

    @property
    def refused(self) -> bool:
        """True when invalid rows stopped the whole import (all-or-nothing): nothing was written."""
        return self.invalid > 0 and not self.skip_invalid

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": len(self.duplicates),
            "invalid": self.invalid,
            "errors": [{"row": e.row, "field": e.field, "message": e.message} for e in self.errors],
            "duplicate_rows": [
                {
                    "row": d.row,
                    "tax_code": d.tax_code,
                    "name": d.name,
                    "existing_name": d.existing_name,
                    "existing_row": d.existing_row,
                }
                for d in self.duplicates
            ],
        }


def actor_input(values: Sequence[Any], positions: Mapping[str, int]) -> ActorInput:
    """The row's cells as the text fields of the form; a missing or short column reads as empty."""
    size = len(values)
    texts = {}
    for name, index in positions.items():
        value = values[index] if index < size else None
        # Most cells are text already: skip cell_text's type dispatch for them.
        texts[name] = value if value.__class__ is str else cell_text(value)
    return ActorInput(**texts)


def check_row(values: Sequence[Any], positions: Mapping[str, int]) -> ActorCheck:
    """Validate one row of cells with the form's rules; never raises for any cell content."""
    check = validate_actor(actor_input(values, positions))
    clean = check.value
    if clean is None:
        return check
    too_long = [
        ValidationError(name, f"Il testo è troppo lungo ({len(value)} caratteri, massimo {size}).")
        for name, size in _SIZED_FIELDS
        if isinstance(value := getattr(clean, name), str) and len(value) > size
    ]
    return ActorCheck(None, too_long) if too_long else check


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _registered(db: Database, codes: Iterable[str]) -> dict[str, str]:
    """Code → name (marked when archived) of the codes already in the database."""
    found: dict[str, str] = {}
    unique = sorted(set(codes))
    with db.reading() as session:
        for chunk in _chunks(unique, _LOOKUP_CHUNK):
            stmt = select(Actor.tax_code, Actor.name, Actor.is_archived).where(Actor.tax_code.in_(chunk))
            for code, name, archived in session.execute(stmt):
                found[code] = f"{name} (archiviato)" if archived else name
    return found


@dataclass
class _Scan:
    header: HeaderMatch
    sheet: str
    valid: list[tuple[int, CleanActor]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    invalid: int = 0
    rows_read: int = 0


def _scan(path: Path, steps: Steps) -> _Scan:
    with open_untrusted_workbook(path) as workbook:
        first_refusal: ImportRefused | None = None
        for sheet in workbook.worksheets:
            # The declared size (Excel always writes one) gives the progress bar its total.
            declared_rows = sheet.max_row or 0
            rows = sheet_rows(sheet, path.name)
            try:
                header, read_ahead = find_header(ACTOR_COLUMNS, rows, f"foglio «{sheet.title}»")
            except ImportRefused as refusal:
                first_refusal = first_refusal or refusal
                continue
            expected = max(declared_rows - header.row, 0)
            return _validate_rows(header, sheet.title, itertools.chain(read_ahead, rows), expected, steps)
    if first_refusal is None:
        raise ImportRefused(f"Il file «{path.name}» non contiene fogli di lavoro.")
    raise first_refusal


def _validate_rows(
    header: HeaderMatch,
    sheet: str,
    rows: Iterable[tuple[int, tuple[Any, ...]]],
    expected: int,
    steps: Steps,
) -> _Scan:
    scan = _Scan(header, sheet)
    for number, values in rows:
        if is_blank(values):
            continue
        scan.rows_read += 1
        total = max(expected, scan.rows_read)  # 0 or too small when the file declares no size
        steps.tick(scan.rows_read, total, "Lettura e controllo delle righe…")
        check = check_row(values, header.positions)
        if check.value is None:
            scan.invalid += 1
            scan.errors.extend(
                RowError(number, ACTOR_FIELD_LABELS.get(e.field, e.field), e.message) for e in check.errors
            )
        else:
            scan.valid.append((number, check.value))
    return scan


def _without_duplicates(
    db: Database, valid: list[tuple[int, CleanActor]]
) -> tuple[list[CleanActor], list[DuplicateRow]]:
    registered = _registered(db, (a.tax_code for _, a in valid if a.tax_code))
    earlier: dict[str, tuple[int, str]] = {}
    keep: list[CleanActor] = []
    duplicates: list[DuplicateRow] = []
    for number, actor in valid:
        code = actor.tax_code
        if code is not None and code in registered:
            duplicates.append(DuplicateRow(number, code, actor.name, registered[code], None))
        elif code is not None and code in earlier:
            first_row, first_name = earlier[code]
            duplicates.append(DuplicateRow(number, code, actor.name, first_name, first_row))
        else:
            if code is not None:
                earlier[code] = (number, actor.name)
            keep.append(actor)
    return keep, duplicates


def _actor_rows(actors: list[CleanActor]) -> list[dict[str, Any]]:
    """The table rows of new actors, bookkeeping columns included."""
    now = utcnow()
    rows = []
    for actor in actors:
        row: dict[str, Any] = vars(actor).copy()
        row.update(search_text=actor_search_text(row), version=1, is_archived=False, created_at=now,
                   updated_at=now)  # fmt: skip
        rows.append(row)
    return rows


def _insert_actors(db: Database, actors: list[CleanActor], steps: Steps) -> None:
    """Write the accepted actors: the import's only write, all of it in one transaction.

    Anything else an import must record goes inside the same `with db.transaction()` block, so
    that it commits or rolls back with the rows. Core executemany in chunks; on SQLite the search
    indexes are fed once at the end (db.bulk.fts_indexed_once) instead of by a trigger per row.
    """
    rows = _actor_rows(actors)
    try:
        with db.transaction() as session:
            connection = session.connection()
            with fts_indexed_once(connection, _TABLE.name):
                done = 0
                for chunk in _chunks(rows, _INSERT_CHUNK):
                    # A cancel raised here rolls the whole transaction back: nothing is written.
                    steps.report(done, len(rows), "Salvataggio dei soggetti…")
                    connection.execute(insert(_TABLE), list(chunk))
                    done += len(chunk)
                steps.report(done, len(rows), "Salvataggio dei soggetti…")
    except IntegrityError as exc:
        # Someone registered one of these codes between the check and the insert.
        raise ImportRefused(
            "Nel frattempo un altro utente ha registrato uno dei codici fiscali del file: "
            "nessun dato è stato salvato. Ripeti l'importazione."
        ) from exc
    except DataError as exc:
        raise ImportRefused(
            f"Il database ha rifiutato un valore del file ({exc.orig}): nessun dato è stato salvato."
        ) from exc
    if len(rows) >= _ANALYZE_FROM:
        _refresh_statistics(db)


def _refresh_statistics(db: Database) -> None:
    # Migration 0002: without fresh statistics SQLite's planner picks poor indexes for list searches.
    # The rows are committed by now; failing to refresh the statistics must not fail the import.
    with contextlib.suppress(DBAPIError), db.engine.begin() as connection:
        if db.is_sqlite:
            # Sampled statistics (what PRAGMA optimize uses): a full ANALYZE of 100k rows takes seconds.
            connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("ANALYZE actors")


def import_actors(
    db: Database,
    path: Path | str,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ActorImportResult:
    """Import the actors of an .xlsx file; see the module docstring for the rules.

    Raises ImportRefused for a file that cannot be read (nothing written) and OperationCancelled
    when `is_cancelled()` turns true (nothing written). Invalid rows are not an exception: the
    result lists them, and `imported` is 0 unless `skip_invalid`. In a dry run `imported` counts the
    rows a real run would import.
    """
    path = Path(path)
    steps = Steps(progress, is_cancelled, _CANCELLED)
    steps.report(0, 0, f"Apertura di {path.name}…")
    scan = _scan(path, steps)
    keep, duplicates = _without_duplicates(db, scan.valid)
    result = ActorImportResult(
        duplicates=duplicates,
        invalid=scan.invalid,
        errors=scan.errors,
        rows_read=scan.rows_read,
        dry_run=dry_run,
        sheet=scan.sheet,
        header_row=scan.header.row,
        ignored_columns=scan.header.ignored,
        skip_invalid=skip_invalid,
    )
    if scan.invalid and not skip_invalid:
        return result
    result.imported = len(keep)
    if dry_run or not keep:
        steps.report(0, 0, "Controllo completato.")
        return result
    _insert_actors(db, keep, steps)
    result.written = True
    return result


__all__ = [
    "ActorImportResult",
    "DuplicateRow",
    "RowError",
    "actor_input",
    "check_row",
    "import_actors",
]
