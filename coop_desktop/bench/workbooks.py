"""An evaluator's offline workbook with 50 applications (scores issue): its export and its import.

Measured on a new SQLite database migrated to the current schema, as the Excel import is: a call in
evaluation with the synthetic calls' six-criteria grid and comments required, a committee of three,
50 applications in evaluation (summaries of about 1,200 characters) all assigned to one evaluator.

- export: export_evaluator_workbook, from the call's id to the file written: reading the forms, the
  cover, 50 protected sheets with their validations, the hidden sheet and its checksum.
- import: ScoreImportService.preview then apply on the workbook filled in (every point and comment,
  the declaration answered SÌ; filled and saved with openpyxl outside the clock): opening the file
  safely, the checksum, the comparison with the forms, then 300 scores, 50 declarations and 50
  submitted forms written in one transaction with their audit trail. Each run imports into a fresh
  copy of the database; a second import of the same file (nothing to change) is in the note.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl

from coop_desktop.bench import vocab
from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Assignment, Call, CommitteeMember, Criterion, User
from coop_desktop.db.schema import upgrade
from coop_desktop.domain.enums import ActorType, ApplicationStatus, CallStatus, UserRole
from coop_desktop.domain.formatting import format_number
from coop_desktop.exchange.evaluator_workbook import (
    ANSWER_CELL,
    COVER_SHEET,
    GRID_FIRST_ROW,
    META_SHEET,
    export_evaluator_workbook,
)
from coop_desktop.services.context import SYSTEM
from coop_desktop.services.score_import import ScoreImportService

APPLICATIONS = 50
EXPORT_TARGET_S = 2.0
IMPORT_TARGET_S = 2.0
MAX_RUNS = 3
SEED = 50
CODE = "BENCH-VAL"
EVALUATOR = "valutatore.bench"
CRITERIA = 6


def _summary(rng: random.Random) -> str:
    words = [w for phrase in vocab.CRITERIA for w in phrase[1].lower().split()]
    text: list[str] = []
    while sum(len(w) + 1 for w in text) < 1_200:
        text.append(rng.choice(words))
    return " ".join(text).capitalize() + "."


def _prepare(path: Path, applications: int) -> tuple[int, list[str]]:
    """The database of the measure; returns the call's id and the protocols."""
    rng = random.Random(SEED)
    db = Database.open(path)
    try:
        upgrade(db)
        with db.transaction(SYSTEM) as session:
            names = ((EVALUATOR, "Valutatrice di prova"), ("altro.a", "Altro A"), ("altro.b", "Altro B"))
            people = [User(username=n, full_name=full, role=UserRole.VALUTATORE) for n, full in names]
            leads = [
                Actor(name=f"Associazione di prova {n}", actor_type=ActorType.ASSOCIAZIONE) for n in range(10)
            ]
            session.add_all([*people, *leads])
            session.flush()
            call = Call(
                code=CODE, title="Bando di prova per le cartelle di lavoro", year=2026,
                status=CallStatus.IN_VALUTAZIONE, budget=Decimal("2000000"), comments_required=True,
            )  # fmt: skip
            call.criteria = [
                Criterion(code=code, description=text, max_points=Decimal(top), position=i)
                for i, (code, text, top) in enumerate(vocab.CRITERIA[:CRITERIA], start=1)
            ]
            call.committee = [CommitteeMember(user_id=p.id) for p in people]
            session.add(call)
            session.flush()
            apps = [
                Application(
                    call_id=call.id, protocol_number=f"AOOGRT/2026/{n + 1:07d}",
                    protocol_date=date(2026, 2, 1) + timedelta(days=n % 50),
                    lead_actor_id=rng.choice(leads).id,
                    title=f"Progetto di prova n. {n + 1}", summary=_summary(rng),
                    total_cost=Decimal("50000"), requested_grant=Decimal("40000"),
                    status=ApplicationStatus.IN_VALUTAZIONE,
                )
                for n in range(applications)
            ]  # fmt: skip
            session.add_all(apps)
            session.flush()
            session.add_all(Assignment(application_id=a.id, evaluator_id=people[0].id) for a in apps)
            call_id, protocols = call.id, [a.protocol_number for a in apps]
        with db.engine.connect() as conn:  # fold the WAL in, so that copying the file is enough
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return call_id, protocols


def _fill(source: Path, target: Path) -> Path:
    """The workbook as the evaluator sends it back: every score and comment, the declaration SÌ."""
    rng = random.Random(SEED)
    book = openpyxl.load_workbook(source)
    book[COVER_SHEET][ANSWER_CELL] = "SÌ"
    for title in book.sheetnames:
        if title in (COVER_SHEET, META_SHEET):
            continue
        sheet = book[title]
        for row in range(GRID_FIRST_ROW, GRID_FIRST_ROW + CRITERIA):
            top = int(sheet[f"C{row}"].value)
            sheet[f"E{row}"] = rng.randint(0, top * 2) / 2
            sheet[f"F{row}"] = f"Giudizio sul criterio {sheet[f'A{row}'].value}: " + rng.choice(
                ("adeguato", "buono", "da rafforzare", "pienamente soddisfacente")
            )
    book.save(target)
    return target


def _copy(template: Path, name: str) -> Path:
    return Path(shutil.copyfile(template, template.with_name(name)))


def _seconds(values: list[float]) -> str:
    return " / ".join(format_number(v, 2) for v in values) + " s"


def measure_workbooks(ctx: BenchContext, applications: int = APPLICATIONS) -> list[ResultRow]:
    runs = max(1, min(ctx.runs, MAX_RUNS))
    with tempfile.TemporaryDirectory(prefix="coop-bench-workbooks-") as tmp:
        folder = Path(tmp)
        template = folder / "valutazione.sqlite3"
        call_id, _ = _prepare(template, applications)
        exports: list[float] = []
        imports: list[float] = []
        size = 0.0
        changed = reimport_changed = 0
        reimport = 0.0
        filled: Path | None = None
        for run in range(runs):
            db = Database.open(_copy(template, f"run-{run}.sqlite3"))
            try:
                started = time.perf_counter()
                path = export_evaluator_workbook(
                    db, SYSTEM, call_id, EVALUATOR, folder / f"cartella-{run}.xlsx"
                )
                exports.append(time.perf_counter() - started)
                size = path.stat().st_size / 1_048_576
                filled = filled or _fill(path, folder / "compilata.xlsx")
                service = ScoreImportService(db, SYSTEM)
                started = time.perf_counter()
                plan = service.preview(call_id, filled)
                result = service.apply(call_id, plan)
                imports.append(time.perf_counter() - started)
                changed = result.changed
                started = time.perf_counter()
                again = service.apply(call_id, service.preview(call_id, filled))
                reimport = time.perf_counter() - started
                reimport_changed = again.changed
            finally:
                db.close()
    if changed != applications * CRITERIA or reimport_changed:
        raise RuntimeError(f"the benchmark's workbook changed {changed} scores, then {reimport_changed}")
    ctx.details["workbooks"] = {
        "applications": applications,
        "export_s": exports,
        "import_s": imports,
        "reimport_s": reimport,
        "workbook_mb": size,
        "changed": changed,
        "reimport_changed": reimport_changed,
    }
    name = f"cartella di lavoro del valutatore con {format_number(applications, 0)} domande"
    return [
        ResultRow(
            f"{name}: esportazione",
            statistics.median(exports),
            "s",
            EXPORT_TARGET_S,
            f"{len(exports)} prove: {_seconds(exports)}; {applications} fogli protetti con convalida dei "
            f"punteggi, {CRITERIA} criteri, {format_number(size, 2)} MB",
        ),
        ResultRow(
            f"{name}: importazione",
            statistics.median(imports),
            "s",
            IMPORT_TARGET_S,
            f"{len(imports)} prove: {_seconds(imports)}; anteprima e scrittura di {changed} punteggi e "
            f"{applications} schede inviate; reimportata senza cambiamenti {format_number(reimport, 2)} s",
        ),
    ]
