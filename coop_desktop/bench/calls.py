"""A call with 1,000 applications (calls and applications issue): opening it, and its formal check.

The synthetic register has 60 calls of about 80 applications each, so the measure adds one call of
its own, open then closed, with 1,000 applications received from actors of the register (a mix that
fails each automatic check now and then), to a copy of the benchmark's SQLite file: the benchmark's
database is left as it was. On a server database the copy is a new SQLite file holding a tenth of
the synthetic data set.

- "open a call": what the call's window asks when it opens: CallRecords.get (rules, grid, committee,
  history, counts per status), then the applications register's count and first page of 100 rows
  (the PagedTableModel's page) and the counts per status, as the GUI gets them.
- "admissibility": ApplicationRecords.run_admissibility_for_call on the 1,000 applications as they
  arrive (no check stored yet: four automatic checks and three documents each, the statuses and the
  audit trail written in one transaction); a second run with nothing changed is reported in the note.
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
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update

from coop_desktop.bench import vocab
from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.bench.synthetic import SyntheticSizes, create_synthetic_database
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, AdmissibilityCheck, Application, ApplicationStatusChange
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.call_rules import CallData, CriterionData, DocumentData
from coop_desktop.domain.enums import ActorType, ApplicationStatus, CallStatus, Theme
from coop_desktop.domain.formatting import format_number
from coop_desktop.services.applications import ApplicationRecords, ApplicationService
from coop_desktop.services.call_records import CallRecords
from coop_desktop.services.context import SYSTEM
from coop_desktop.services.listing import ListQuery

APPLICATIONS = 1_000
OPEN_TARGET_MS = 200.0
ADMISSIBILITY_TARGET_S = 1.0
PAGE = 100
OPEN_RUNS = 10
MAX_RUNS = 3
SEED = 1_000
CODE = "BENCH-1000"

_APPLICATIONS = cast(Table, Application.__table__)


def _bench_call(db: Database) -> int:
    """An open call with the synthetic calls' rules, a six-criteria grid and three required documents."""
    records = CallRecords(db, SYSTEM)
    data = CallData(
        code=CODE,
        title="Bando di prova con 1.000 domande",
        year=2026,
        budget=Decimal("5000000"),
        opens_on=date(2026, 1, 15),
        deadline=date(2026, 3, 31),
        max_grant=Decimal("40000"),
        min_cofunding_pct=Decimal("20"),
        min_total_score=Decimal("60"),
        criteria=tuple(
            CriterionData(code, text, Decimal(points), None, i + 1 if i < 2 else None)
            for i, (code, text, points) in enumerate(vocab.CRITERIA[:6])
        ),
        documents=tuple(DocumentData(text) for text in vocab.CALL_DOCUMENTS),
        eligible_types=frozenset(t for t in ActorType if t is not ActorType.IMPRESA),
        themes=frozenset({Theme.DECENTRAMENTO, Theme.ECONOMIA_CIRCOLARE}),
        countries=("SN", "MA", "TN", "BF"),
    )
    call_id = records.create(data)
    records.transition(call_id, records.get(call_id).version, CallStatus.APERTO)
    return call_id


def _add_applications(db: Database, call_id: int, count: int) -> None:
    """`count` received applications with Core (as an import would leave them before their checks)."""
    rng = random.Random(SEED)
    with db.reading() as session:
        leads = list(session.scalars(select(Actor.id).where(Actor.is_archived.is_(False)).limit(20_000)))
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for n in range(count):
        requested = Decimal(rng.randrange(10, 43) * 1000)  # now and then above the € 40.000 maximum
        share = Decimal(rng.randint(15, 45))  # now and then below the 20% minimum
        rows.append({
            "call_id": call_id, "protocol_number": f"BENCH/2026/{n + 1:06d}",
            "protocol_date": date(2026, 1, 15) + timedelta(days=rng.randint(0, 78)),  # a few after 31/03
            "lead_actor_id": rng.choice(leads), "title": f"Progetto di prova n. {n + 1}",
            "total_cost": (requested * 100 / (100 - share)).quantize(Decimal(1)),
            "requested_grant": requested,
            "status": ApplicationStatus.RICEVUTA, "version": 1, "created_at": now, "updated_at": now,
        })  # fmt: skip
    with db.transaction(SYSTEM) as session:
        session.execute(insert(_APPLICATIONS), rows)


def _reset_checks(db: Database, call_id: int) -> None:
    """Back to "as received": no checks, every application ricevuta."""
    ids = select(Application.id).where(Application.call_id == call_id).scalar_subquery()
    with db.transaction(SYSTEM) as session:
        session.execute(delete(AdmissibilityCheck).where(AdmissibilityCheck.application_id.in_(ids)))
        session.execute(
            delete(ApplicationStatusChange).where(ApplicationStatusChange.application_id.in_(ids))
        )
        session.execute(
            update(Application)
            .where(Application.call_id == call_id)
            .values(status=ApplicationStatus.RICEVUTA)
        )


def _open_call(db: Database, call_id: int) -> tuple[float, int]:
    started = time.perf_counter()
    detail = CallRecords(db, SYSTEM).get(call_id)
    service = ApplicationService(db, SYSTEM)
    query = ListQuery(filters={"call_id": call_id})
    total = service.count(query)
    page = service.fetch(query, 0, PAGE)
    service.status_counts(call_id)
    elapsed = time.perf_counter() - started
    if total != detail.applications or len(page) != min(PAGE, total):
        raise RuntimeError(f"the benchmark's call shows {len(page)} of {total} applications")
    return elapsed, total


def _working_copy(ctx: BenchContext, folder: Path) -> tuple[Path, str]:
    target = folder / "bandi.sqlite3"
    if ctx.sqlite_path is not None:
        shutil.copyfile(ctx.sqlite_path, target)
        wal = ctx.sqlite_path.with_name(ctx.sqlite_path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        return target, "copia del database del benchmark"
    create_synthetic_database(target, SyntheticSizes.scaled(0.1))
    return target, "database SQLite a un decimo della scala (il benchmark gira su un server)"


def measure_calls(ctx: BenchContext, applications: int = APPLICATIONS) -> list[ResultRow]:
    runs = max(1, min(ctx.runs, MAX_RUNS))
    with tempfile.TemporaryDirectory(prefix="coop-bench-calls-") as tmp:
        path, where = _working_copy(ctx, Path(tmp))
        db = Database.open(path)
        try:
            call_id = _bench_call(db)
            _add_applications(db, call_id, applications)
            records = ApplicationRecords(db, SYSTEM)
            checks: list[float] = []
            summary = None
            for run in range(runs):
                if run:
                    _reset_checks(db, call_id)
                started = time.perf_counter()
                summary = records.run_admissibility_for_call(call_id)
                checks.append(time.perf_counter() - started)
            started = time.perf_counter()
            again = records.run_admissibility_for_call(call_id)
            rerun = time.perf_counter() - started
            opens = [_open_call(db, call_id)[0] for _ in range(OPEN_RUNS)]
        finally:
            db.close()
    assert summary is not None
    if summary.checked != applications or again.status_changes:
        raise RuntimeError(f"the formal check looked at {summary.checked} of {applications} applications")
    open_ms = [s * 1000 for s in opens]
    ctx.details["calls"] = {
        "applications": applications,
        "open_ms": open_ms,
        "admissibility_s": checks,
        "admissibility_rerun_s": rerun,
        "outcomes": summary.as_dict(),
    }
    count = format_number(applications, 0)
    return [
        ResultRow(
            f"apertura di un bando con {count} domande",
            statistics.median(open_ms),
            "ms",
            OPEN_TARGET_MS,
            f"mediana di {len(open_ms)}, la prima {open_ms[0]:.0f} ms: scheda del bando, conteggio, prima "
            f"pagina di {PAGE} domande e conteggi per stato; {where}",
        ),
        ResultRow(
            f"istruttoria formale di {count} domande",
            statistics.median(checks),
            "s",
            ADMISSIBILITY_TARGET_S,
            f"{len(checks)} prove: " + " / ".join(format_number(s, 2) for s in checks) + " s; "
            f"{summary.admissible} ammissibili, {summary.not_admissible} non ammissibili, {summary.pending} "
            f"con documenti da verificare; ripetuta senza cambiamenti {format_number(rerun, 2)} s",
        ),
    ]
