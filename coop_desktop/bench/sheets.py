"""Evaluation sheets (printing issue): one sheet of a large call, and the sheets of a whole call.

The measure builds its own SQLite file (the benchmark's database is left as it was): a call in
evaluation with 1,000 applications, each scored by three evaluators on six criteria with a comment
per score (18,000 scores), two partners and two countries per application, and the office profile
of the demo for the letterhead.

- "one sheet, ranking approved": `sheet_pdf` as the GUI asks it once the ranking is approved by
  decree: the application's data, its evaluators' points and comments, its line of the approved
  ranking, the layout (two pages) and the record in the register of documents. Target 100 ms.
- "one sheet during the evaluation": the same before the approval, when the sheet's rank and
  outcome come from the ranking computed now from the whole call's scores (what
  RankingService.current does; measured on its own by the ranking benchmark). Reported.
- "the call's sheets": `write_call_sheets` before the approval (when the committee signs them): one
  PDF per application over the processor's cores, the merged PDF in ranking order, the verbale,
  every file recorded. Reported, with the sheets per second in the note.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.ranking import build_scored_call
from coop_desktop.bench.results import ResultRow
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    Call,
    Decree,
    OfficeProfile,
    Score,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.db.schema import upgrade
from coop_desktop.demo_data.office import OFFICE
from coop_desktop.domain.enums import CallStatus, DecreeKind
from coop_desktop.domain.formatting import format_number
from coop_desktop.printing.evaluation_sheets import sheet_pdf, write_call_sheets
from coop_desktop.services.context import SYSTEM
from coop_desktop.services.rankings import approve_ranking

APPLICATIONS = 1_000
SHEET_TARGET_MS = 100.0
RUNS = 9
COMMENT = (
    "Proposta coerente con i bisogni del territorio; attività e risultati ben collegati, indicatori "
    "in parte da precisare. Il partenariato è adeguato e il partner locale risulta coinvolto."
)
_COUNTRIES = ("SN", "BF", "TN", "MA", "MZ", "ET", "LB", "PS")


def build_printable_call(db: Database, applications: int = APPLICATIONS) -> int:
    """The ranking benchmark's call (every form submitted) with comments, partners, countries and
    the office profile; returns the call's id."""
    call_id = build_scored_call(db, applications)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    with db.transaction() as session:
        session.execute(update(Score).values(comment=COMMENT))
        session.add(OfficeProfile(**OFFICE))
        session.execute(
            update(Call).where(Call.id == call_id).values(title="Bando di prova con 1.000 domande")
        )
        actors = list(session.scalars(select(Actor.id).order_by(Actor.id)))
        apps = list(session.scalars(select(Application.id).where(Application.call_id == call_id)))
        session.execute(
            insert(ApplicationPartner),
            [
                row
                for n, app_id in enumerate(apps)
                for row in (
                    {"application_id": app_id, "actor_id": actors[(n * 7 + 3) % len(actors)],
                     "role": "partner", **stamp},
                    {"application_id": app_id, "foreign_name": f"Association locale {n}",
                     "country_code": _COUNTRIES[n % len(_COUNTRIES)], "role": "partner locale", **stamp},
                )
            ],
        )  # fmt: skip
        session.execute(
            insert(ApplicationCountry),
            [
                {"application_id": app_id, "country_code": code}
                for n, app_id in enumerate(apps)
                for code in sorted({_COUNTRIES[n % len(_COUNTRIES)], _COUNTRIES[(n + 3) % len(_COUNTRIES)]})
            ],
        )
    return call_id


def approve(db: Database, call_id: int) -> None:
    """Approve the call's ranking by decree, as the call's window does."""
    with db.transaction(SYSTEM) as session:
        call = session.get(Call, call_id)
        assert call is not None
        decree = Decree(
            kind=DecreeKind.GRADUATORIA, call_id=call_id, number="9999", issued_on=date(2026, 9, 15)
        )
        session.add(decree)
        session.flush()
        approve_ranking(session, SYSTEM, call, decree)
        call.status = CallStatus.GRADUATORIA_APPROVATA


def _sheets(db: Database, app_ids: Sequence[int], runs: int, offset: int) -> list[float]:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        sheet_pdf(db, SYSTEM, app_ids[(n * 97 + offset) % len(app_ids)])
        times.append((time.perf_counter() - started) * 1000)
    return times


def _runs(times: Sequence[float]) -> str:
    return f"mediana di {len(times)} (" + " / ".join(f"{v:.0f}" for v in times) + " ms)"


def measure_sheets(ctx: BenchContext, applications: int = APPLICATIONS) -> list[ResultRow]:
    runs = max(3, min(ctx.runs, RUNS))
    with tempfile.TemporaryDirectory(prefix="coop-bench-sheets-") as tmp:
        db = Database.open(Path(tmp) / "schede.sqlite3")
        try:
            upgrade(db)
            started = time.perf_counter()
            call_id = build_printable_call(db, applications)
            built = time.perf_counter() - started
            with db.reading() as session:
                app_ids = list(
                    session.scalars(
                        select(Application.id).where(Application.call_id == call_id).order_by(Application.id)
                    )
                )
            # The first sheet registers the fonts and warms the caches, as the app's first print does.
            started = time.perf_counter()
            first = sheet_pdf(db, SYSTEM, app_ids[0])
            cold = (time.perf_counter() - started) * 1000
            live = _sheets(db, app_ids, runs, 1)
            started = time.perf_counter()
            result = write_call_sheets(db, SYSTEM, call_id, Path(tmp) / "schede")
            batch = time.perf_counter() - started
            merged_size = result.merged.stat().st_size if result.merged else 0
            approve(db, call_id)
            approved = _sheets(db, app_ids, runs, 2)
        finally:
            db.close()
    if len(result.files) != applications or result.merged is None or result.verbale is None:
        raise RuntimeError("the benchmark's batch did not write a sheet per application")
    ctx.details["sheets"] = {
        "approved_ms": approved,
        "live_ms": live,
        "cold_ms": cold,
        "batch_s": batch,
        "build_s": built,
    }
    count = format_number(applications, 0)
    what = "3 valutatori × 6 criteri con motivazioni, impaginazione (2 pagine) e registro"
    return [
        ResultRow(
            f"scheda di valutazione, graduatoria approvata (bando di {count} domande)",
            statistics.median(approved),
            "ms",
            SHEET_TARGET_MS,
            f"{_runs(approved)}: dati della domanda e sua riga della graduatoria approvata, {what}; "
            f"{len(first) // 1024} kB",
        ),
        ResultRow(
            f"scheda di valutazione durante la valutazione (bando di {count} domande)",
            statistics.median(live),
            "ms",
            None,
            f"{_runs(live)}: come sopra, ma posizione ed esito dalla graduatoria calcolata sul momento "
            f"dai punteggi di tutto il bando; la prima {cold:.0f} ms (caratteri e cache)",
        ),
        ResultRow(
            f"schede di valutazione di un bando di {count} domande",
            batch,
            "s",
            None,
            f"{count} PDF separati su {min(os.cpu_count() or 1, 4)} processi, il PDF unico "
            f"({merged_size // 1_048_576} MB) e il verbale, tutti registrati: "
            f"{format_number(applications / batch, 1)} schede al secondo; dati preparati in "
            f"{format_number(built, 1)} s",
        ),
    ]
