"""Outcome letters of a large call (letters issue): 1,000 comunicazioni di esito, merged and separate.

The measure builds its own SQLite file (the benchmark's database is left as it was): a call whose
ranking is approved by decree, 1,000 applications from 300 Tuscan actors with address, PEC and legal
representative, in the proportions of a real call (about a third funded, the last one partly, most
of the others admitted but not funded, some below the thresholds, some not admissible with the
reasons of their failed checks), and the office's data. Then, as `print letters CODE esito DIR`:

- "PDF unico": the call read once and every letter rendered from its template (the shipped
  defaults), then the 1,000 letters laid out in one merged PDF, numbered per letter;
- "PDF separati": the same letters as 1,000 files, over the CPU's cores (the process pool of
  printing/batch.py);
each figure includes the reading and the rendering. LibreOffice, which the office used before,
converts about 12 letters a second: the note says how many times faster the batch is.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    Call,
    Criterion,
    Decree,
    OfficeProfile,
    Ranking,
    RankingEntry,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.db.schema import upgrade
from coop_desktop.domain.enums import (
    ActorType,
    ApplicationStatus,
    CallStatus,
    CheckOutcome,
    DecreeKind,
    RankingOutcome,
)
from coop_desktop.domain.formatting import format_number
from coop_desktop.printing.batch import write_batch
from coop_desktop.printing.fonts import register_fonts
from coop_desktop.printing.letters import letter_story, prepare_call_letters
from coop_desktop.services.context import SYSTEM

LETTERS = 1_000
MERGED_TARGET_S = 2.0
SEPARATE_TARGET_S = 5.0
LIBREOFFICE_PER_S = 12.0
MAX_RUNS = 3
SEED = 1_000
_TODAY = date(2026, 9, 30)

_TOWNS = (
    ("Firenze", "FI", "50122"),
    ("Prato", "PO", "59100"),
    ("Pisa", "PI", "56125"),
    ("Livorno", "LI", "57123"),
    ("Arezzo", "AR", "52100"),
    ("Siena", "SI", "53100"),
    ("Lucca", "LU", "55100"),
    ("Grosseto", "GR", "58100"),
    ("Massa", "MS", "54100"),
    ("Pistoia", "PT", "51100"),
)
_FORMS = ("Associazione", "Cooperativa sociale", "Fondazione", "Comune di", "ONG")
_WORDS = (
    "Solidarietà",
    "Ponti",
    "Mediterraneo",
    "Sahel",
    "Terre",
    "Futuro",
    "Acqua",
    "Comunità",
    "Diritti",
    "Sviluppo",
    "Orizzonti",
    "Dialogo",
)
_TOPICS = (
    "Filiere agricole sostenibili e cooperative femminili nella regione di {place}",
    "Servizi sanitari di base e formazione del personale a {place}",
    "Acqua potabile, igiene e gestione comunitaria dei pozzi a {place}",
    "Governance locale, stato civile e bilancio partecipato a {place}",
    "Formazione professionale e microimpresa giovanile a {place}",
    "Economia circolare e gestione dei rifiuti urbani a {place}",
)
_PLACES = (
    "Thiès",
    "Ziguinchor",
    "Kasserine",
    "Louga",
    "Saida",
    "Koudougou",
    "Beni Mellal",
    "Bahir Dar",
    "Sfax",
)
_FIRST = ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Andrea", "Sara", "Matteo", "Elena", "Paolo")
_LAST = ("Rossi", "Bianchi", "Mazzoni", "Bartolini", "Lenzi", "Ceccherini", "Giannini", "Fantoni", "Pratesi")
REASONS = (
    ("cofunding", "Il cofinanziamento (€ 6.000,00, 12,50% del costo totale) è inferiore al minimo del 20,00% "
     "richiesto dal bando."),
    ("deadline", "La domanda è pervenuta il 03/06/2026, dopo la scadenza del 29/05/2026."),
    ("max_grant", "Il contributo richiesto (€ 45.000,00) supera il contributo massimo del bando "
     "(€ 40.000,00)."),
)  # fmt: skip


def _outcome(n: int, count: int) -> RankingOutcome:
    """The outcome of the n-th application in ranking order (about a real call's proportions)."""
    share = n / count
    if share < 0.30:
        return RankingOutcome.FINANZIATA
    if n == int(count * 0.30):
        return RankingOutcome.FINANZIATA_PARZIALMENTE
    if share < 0.75:
        return RankingOutcome.AMMESSA_NON_FINANZIATA
    if share < 0.90:
        return RankingOutcome.NON_IDONEA
    return RankingOutcome.NON_AMMISSIBILE


_STATUS = {
    RankingOutcome.FINANZIATA: ApplicationStatus.FINANZIATA,
    RankingOutcome.FINANZIATA_PARZIALMENTE: ApplicationStatus.FINANZIATA_PARZIALMENTE,
    RankingOutcome.AMMESSA_NON_FINANZIATA: ApplicationStatus.AMMESSA_NON_FINANZIATA,
    RankingOutcome.NON_IDONEA: ApplicationStatus.NON_IDONEA,
    RankingOutcome.NON_AMMISSIBILE: ApplicationStatus.NON_AMMISSIBILE,
}


def build_ranked_call(db: Database, letters: int = LETTERS, seed: int = SEED) -> int:
    """A call with an approved ranking of `letters` applications, written with Core; returns its id."""
    rng = random.Random(seed)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    with db.transaction(SYSTEM) as session:
        session.add(
            OfficeProfile(
                office_name="Settore Attività Internazionali",
                department="Direzione Attività produttive",
                address="Via Pico della Mirandola 22-24",
                postal_code="50132",
                city="Firenze",
                province="FI",
                pec="regionetoscana@postacert.toscana.it",
                email="cooperazione.internazionale@regione.toscana.it",
                phone="055 4382111",
                head_of_office="Dott. Giovanni Bartolini",
                procedure_manager="Dott.ssa Laura Pratesi",
            )
        )
        call = Call(
            code="BENCH-LETTERE",
            title="Bando per progetti di cooperazione internazionale 2026",
            year=2026,
            status=CallStatus.GRADUATORIA_APPROVATA,
            act_number="2954",
            act_date=date(2026, 2, 10),
            burt_number="7 - Parte III",
            burt_date=date(2026, 2, 18),
            deadline=date(2026, 5, 29),
            budget=Decimal("10500000.00"),
            max_grant=Decimal("40000.00"),
            min_cofunding_pct=Decimal("20.00"),
            min_total_score=Decimal("60"),
        )
        session.add(call)
        session.flush()
        grid = (("A", "Qualità e coerenza del progetto", 40, 20), ("B", "Partenariato", 30, None),
                ("C", "Sostenibilità e impatto", 30, None))  # fmt: skip
        session.add_all(
            Criterion(call_id=call.id, code=code, description=text, max_points=Decimal(top),
                      min_points=None if low is None else Decimal(low), position=n)
            for n, (code, text, top, low) in enumerate(grid)
        )  # fmt: skip
        decree = Decree(
            kind=DecreeKind.GRADUATORIA,
            call_id=call.id,
            number="17890",
            issued_on=date(2026, 9, 15),
            burt_number="38 - Parte III",
            burt_date=date(2026, 9, 24),
        )
        session.add(decree)
        session.flush()
        actors = []
        for n in range(300):
            town, province, cap = _TOWNS[n % len(_TOWNS)]
            name = f"{rng.choice(_FORMS)} {rng.choice(_WORDS)} {rng.choice(_WORDS)} {n + 1}"
            actors.append(
                {
                    "name": name,
                    "actor_type": ActorType.ASSOCIAZIONE,
                    "address": f"Via {rng.choice(_LAST)} {rng.randint(1, 120)}",
                    "postal_code": cap,
                    "municipality": town,
                    "province": province,
                    "pec": f"soggetto{n + 1}@pec.it",
                    "legal_representative": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    "version": 1,
                    **stamp,
                }
            )
        session.execute(insert(Actor), actors)
        actor_ids = list(session.scalars(select(Actor.id).order_by(Actor.id)))
        rows = []
        outcomes = []
        for n in range(letters):
            outcome = _outcome(n, letters)
            outcomes.append(outcome)
            requested = Decimal(rng.randrange(20, 41) * 1000)
            rows.append(
                {
                    "call_id": call.id,
                    "protocol_number": f"2026/{n + 1:07d}",
                    "protocol_date": date(2026, 3, 1) + timedelta(days=rng.randint(0, 85)),
                    "lead_actor_id": actor_ids[n % len(actor_ids)],
                    "title": rng.choice(_TOPICS).format(place=rng.choice(_PLACES)),
                    "total_cost": (requested * Decimal("1.3")).quantize(Decimal("0.01")),
                    "requested_grant": requested,
                    "duration_months": rng.choice((12, 18, 24)),
                    "status": _STATUS[outcome],
                    "version": 1,
                    **stamp,
                }
            )
        session.execute(insert(Application), rows)
        apps = list(
            session.execute(
                select(Application.id, Application.requested_grant)
                .where(Application.call_id == call.id)
                .order_by(Application.protocol_number)
            )
        )
        ranking = Ranking(
            call_id=call.id, version=1, is_provisional=False, is_approved=True, decree_id=decree.id
        )
        session.add(ranking)
        session.flush()
        entries = []
        checks = []
        rank = 0
        for n, ((app_id, requested), outcome) in enumerate(zip(apps, outcomes, strict=True)):
            ranked = outcome is not RankingOutcome.NON_AMMISSIBILE
            eligible = outcome not in (RankingOutcome.NON_AMMISSIBILE, RankingOutcome.NON_IDONEA)
            if eligible:
                rank += 1
            total = Decimal(95 - 35 * n // letters) if ranked else None
            scores = {
                "A": "18.50" if outcome is RankingOutcome.NON_IDONEA else "32.00",
                "B": "20.00",
                "C": "18.00",
            }
            grant = requested if outcome is RankingOutcome.FINANZIATA else Decimal(0)
            if outcome is RankingOutcome.FINANZIATA_PARZIALMENTE:
                grant = (requested / 2).quantize(Decimal("0.01"))
            entries.append(
                {
                    "ranking_id": ranking.id,
                    "application_id": app_id,
                    "position": n + 1,
                    "rank": rank if eligible else None,
                    "total_score": total,
                    "outcome": outcome,
                    "grant": grant,
                    "criterion_scores": scores if ranked else {},
                }
            )
            if not ranked:
                code, reason = REASONS[n % len(REASONS)]
                checks.append({"application_id": app_id, "code": code, "outcome": CheckOutcome.NON_SUPERATO,
                               "reason": reason, "checked_at": now, **stamp})  # fmt: skip
        session.execute(insert(RankingEntry), entries)
        session.execute(insert(AdmissibilityCheck), checks)
        funded = [(e["application_id"], e["grant"]) for e in entries if e["grant"]]
        for k, (app_id, grant) in enumerate(funded):
            session.execute(
                Application.__table__.update()
                .where(Application.__table__.c.id == app_id)
                .values(granted_amount=grant, cup=f"D19I26{k:06d}0001"[:15])
            )
        return call.id


def _timed(db: Database, call_id: int, folder: Path, *, merged: bool) -> tuple[float, float, int]:
    """(total seconds, seconds reading and rendering, letters) of one batch, merged or separate."""
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    batch = prepare_call_letters(db, SYSTEM, call_id, "esito", today=_TODAY)
    prepared = time.perf_counter() - started
    write_batch(
        batch.items,
        letter_story,
        folder,
        letterhead=batch.letterhead,
        title=batch.title,
        merged_name=batch.merged_name if merged else None,
        separate=not merged,
    )
    return time.perf_counter() - started, prepared, len(batch.items)


def measure_letters(ctx: BenchContext, letters: int = LETTERS) -> list[ResultRow]:
    runs = max(1, min(ctx.runs, MAX_RUNS))
    register_fonts()  # once, as the app has done by the time someone prints
    with tempfile.TemporaryDirectory(prefix="coop-bench-letters-") as tmp:
        db = Database.open(Path(tmp) / "lettere.sqlite3")
        try:
            upgrade(db)
            started = time.perf_counter()
            call_id = build_ranked_call(db, letters)
            built = time.perf_counter() - started
            merged = [_timed(db, call_id, Path(tmp) / "unico", merged=True) for _ in range(runs)]
            separate = [_timed(db, call_id, Path(tmp) / "separati", merged=False) for _ in range(runs)]
            files = len(list((Path(tmp) / "separati").glob("*.pdf")))
            pages = _pages(next((Path(tmp) / "unico").glob("*.pdf")))
        finally:
            db.close()
    if files != letters or merged[0][2] != letters:
        raise RuntimeError(f"the batch wrote {files} of {letters} letters")
    merged_s = [m[0] for m in merged]
    separate_s = [s[0] for s in separate]
    prepared = statistics.median([m[1] for m in merged + separate])
    ctx.details["letters"] = {
        "letters": letters,
        "pages": pages,
        "merged_s": merged_s,
        "separate_s": separate_s,
        "prepared_s": prepared,
        "build_s": built,
    }
    count = format_number(letters, 0)
    libre = letters / LIBREOFFICE_PER_S
    cores = min(os.cpu_count() or 1, 4)
    return [
        ResultRow(
            f"{count} lettere di esito in un PDF unico",
            statistics.median(merged_s),
            "s",
            MERGED_TARGET_S,
            f"mediana di {len(merged_s)} ("
            + " / ".join(f"{v:.2f}" for v in merged_s)
            + f" s): {pages} pagine "
            f"numerate per lettera; lettura e modelli {format_number(prepared, 2)} s; "
            f"{format_number(libre / statistics.median(merged_s), 0)}× LibreOffice (12 lettere/s)",
        ),
        ResultRow(
            f"{count} lettere di esito in PDF separati",
            statistics.median(separate_s),
            "s",
            SEPARATE_TARGET_S,
            f"mediana di {len(separate_s)} ("
            + " / ".join(f"{v:.2f}" for v in separate_s)
            + f" s): un file per "
            f"destinatario su {cores} processi; "
            f"{format_number(libre / statistics.median(separate_s), 0)}× LibreOffice (12 lettere/s)",
        ),
    ]


def _pages(path: Path) -> int:
    """Pages of a PDF reportlab wrote (its page objects), without a PDF library."""
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))
