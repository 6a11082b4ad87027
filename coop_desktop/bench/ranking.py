"""The ranking of a large call (evaluation issue): 5,000 applications × 3 evaluators × 6 criteria.

A call's ranking reads only that call, so the measure builds its own SQLite file (the benchmark's
database is left as it was): 5,000 applications in evaluation, three submitted forms each with six
scores (90,000 scores), a few consensus scores, written with Core in one transaction.

- "ranking": RankingService.current, as the Valutazioni tab and `coop-desktop ranking` ask it:
  read the applications, the submitted scores, the forms and the consensus, then the rules
  (means, divergences, eligibility, order with tie-breaks, funding).
- "rules only": compute_ranking on the data already read, to tell the rules' cost from the reading's.
- "ranking stored": RankingService.compute, which also writes the 5,000 lines of the new version.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    Assignment,
    Call,
    CommitteeMember,
    ConsensusScore,
    Criterion,
    Score,
    User,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.db.schema import upgrade
from coop_desktop.domain.enums import ActorType, ApplicationStatus, AssignmentStatus, CallStatus, UserRole
from coop_desktop.domain.formatting import format_number
from coop_desktop.domain.ranking import compute_ranking
from coop_desktop.services.batch import paused_gc
from coop_desktop.services.context import SYSTEM
from coop_desktop.services.ranking_data import load_call_scores
from coop_desktop.services.rankings import RankingService

APPLICATIONS = 5_000
EVALUATORS = 3
CRITERIA = 6
TARGET_MS = 300.0
RUNS = 7
SEED = 5_000


def build_scored_call(db: Database, applications: int = APPLICATIONS, seed: int = SEED) -> int:
    """A call in evaluation with every form submitted; returns its id."""
    rng = random.Random(seed)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    with db.transaction(SYSTEM) as session:
        call = Call(
            code="BENCH-RANK",
            title="Bando di prova con 5.000 domande valutate",
            year=2026,
            status=CallStatus.IN_VALUTAZIONE,
            budget=Decimal("30000000.00"),
            max_grant=Decimal("40000.00"),
            min_total_score=Decimal("60"),
            allow_partial_last=True,
        )
        session.add(call)
        users = [
            User(username=f"bench.val{n}", full_name=f"Valutatore {n}", role=UserRole.VALUTATORE)
            for n in range(EVALUATORS)
        ]
        session.add_all(users)
        session.flush()
        criteria = [
            Criterion(
                call_id=call.id,
                code=chr(ord("A") + n),
                description=f"Criterio {n + 1}",
                max_points=Decimal(20 if n < 2 else 15),
                min_points=Decimal(8) if n == 0 else None,
                tie_break_order=n + 1 if n < 2 else None,
                position=n,
            )
            for n in range(CRITERIA)
        ]
        session.add_all(criteria)
        session.add_all(CommitteeMember(call_id=call.id, user_id=u.id) for u in users)
        session.flush()
        session.execute(
            insert(Actor),
            [
                {"name": f"Associazione {n}", "actor_type": ActorType.ASSOCIAZIONE, "version": 1, **stamp}
                for n in range(500)
            ],
        )
        actors = list(session.scalars(select(Actor.id)))
        session.execute(
            insert(Application),
            [
                {
                    "call_id": call.id,
                    "protocol_number": f"2026/{n + 1:05d}",
                    "protocol_date": date(2026, 1, 15) + timedelta(days=rng.randint(0, 75)),
                    "lead_actor_id": rng.choice(actors),
                    "title": f"Progetto {n + 1}",
                    "total_cost": Decimal(50_000),
                    "requested_grant": Decimal(rng.randrange(10, 41) * 1000),
                    "status": ApplicationStatus.VALUTATA,
                    "version": 1,
                    **stamp,
                }
                for n in range(applications)
            ],
        )
        apps = list(session.scalars(select(Application.id).where(Application.call_id == call.id)))
        session.execute(
            insert(Assignment),
            [
                {
                    "application_id": a,
                    "evaluator_id": u.id,
                    "status": AssignmentStatus.INVIATA,
                    "assigned_at": now,
                    "submitted_at": now,
                    "version": 1,
                    **stamp,
                }
                for a in apps
                for u in users
            ],
        )
        forms = session.execute(select(Assignment.id, Assignment.application_id)).all()
        session.execute(
            insert(Score),
            [
                {
                    "assignment_id": form_id,
                    "criterion_id": c.id,
                    # Half points from a third of the maximum up to the maximum.
                    "points": Decimal(rng.randint(int(c.max_points) * 2 // 3, int(c.max_points) * 2)) / 2,
                    "version": 1,
                    **stamp,
                }
                for form_id, _ in forms
                for c in criteria
            ],
        )
        session.execute(
            insert(ConsensusScore),
            [
                {
                    "application_id": a,
                    "criterion_id": criteria[0].id,
                    "points": Decimal("15.00"),
                    "reason": "Concordato dalla commissione.",
                    **stamp,
                }
                for a in apps[::250]
            ],
        )
        return call.id


def measure_ranking(ctx: BenchContext, applications: int = APPLICATIONS) -> list[ResultRow]:
    runs = max(3, min(ctx.runs, RUNS))
    with tempfile.TemporaryDirectory(prefix="coop-bench-ranking-") as tmp:
        db = Database.open(Path(tmp) / "graduatoria.sqlite3")
        try:
            upgrade(db)
            started = time.perf_counter()
            call_id = build_scored_call(db, applications)
            built = time.perf_counter() - started
            service = RankingService(db, SYSTEM)
            live: list[float] = []
            view: Any = None
            for _ in range(runs):
                started = time.perf_counter()
                view = service.current(call_id)
                live.append((time.perf_counter() - started) * 1000)
            rules_only: list[float] = []
            with db.reading() as session, paused_gc():
                data = load_call_scores(session, session.get(Call, call_id))  # type: ignore[arg-type]
                for _ in range(runs):
                    started = time.perf_counter()
                    compute_ranking(data.rules, data.candidates)
                    rules_only.append((time.perf_counter() - started) * 1000)
            stored: list[float] = []
            for _ in range(max(1, runs // 2)):
                started = time.perf_counter()
                service.compute(call_id)
                stored.append((time.perf_counter() - started) * 1000)
        finally:
            db.close()
    if view is None or len(view.lines) != applications or view.provisional:
        raise RuntimeError("the benchmark's ranking does not list every application")
    funded = sum(1 for line in view.lines if line.grant)
    ctx.details["ranking"] = {"live_ms": live, "rules_ms": rules_only, "stored_ms": stored, "build_s": built}
    count = format_number(applications, 0)
    scores = format_number(applications * EVALUATORS * CRITERIA, 0)
    return [
        ResultRow(
            f"graduatoria di {count} domande × {EVALUATORS} valutatori × {CRITERIA} criteri",
            statistics.median(live),
            "ms",
            TARGET_MS,
            f"mediana di {len(live)} (" + " / ".join(f"{v:.0f}" for v in live) + f" ms): {scores} punteggi "
            f"letti, medie, divergenze, idoneità, ordine e parità, contributi ({funded} finanziate)",
        ),
        ResultRow(
            "graduatoria: le sole regole, dati già letti",
            statistics.median(rules_only),
            "ms",
            TARGET_MS,
            f"mediana di {len(rules_only)}: compute_ranking su {count} candidate con i punteggi sommati "
            "per criterio (medie, idoneità, ordine, parità, contributi)",
        ),
        ResultRow(
            "graduatoria calcolata e salvata",
            statistics.median(stored),
            "ms",
            None,
            f"mediana di {len(stored)}: come sopra più le {count} righe della versione salvata; dati "
            f"preparati in {format_number(built, 1)} s",
        ),
    ]
