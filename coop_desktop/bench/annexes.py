"""The decree annexes of a large call (printing issue): Allegato A with 1,000 funded applications.

The annexes are laid out from plain data (`AnnexData`), so the measure builds that data directly,
deterministic and without a database: 1,000 funded applications with long titles and names (two or
three lines each), codici fiscali, one to three countries, a partial grant at the end.

- "Allegato A, 1.000 righe": `annex_document(data, "A")`, story and layout to the PDF's bytes
  (about 40 landscape pages), fonts already registered as in a running app; target under 1 s.
- "Allegati A, B e C": the whole PDF with 1,000 + 500 + 200 rows, report only.
- "Allegati in Excel": the same three annexes as a workbook, report only.
"""

from __future__ import annotations

import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.results import ResultRow
from coop_desktop.domain.enums import RankingOutcome
from coop_desktop.domain.formatting import format_number
from coop_desktop.exchange.annex_export import write_annex_workbook
from coop_desktop.printing.annexes import AnnexData, AnnexRow, annex_document
from coop_desktop.printing.layout import Letterhead, styles

FUNDED = 1_000
NOT_FUNDED = 500
EXCLUDED = 200
TARGET_MS = 1_000.0
RUNS = 5
SEED = 1_000

_WORDS = (
    "sviluppo",
    "rurale",
    "filiera",
    "agricola",
    "comunità",
    "locali",
    "donne",
    "giovani",
    "formazione",
    "professionale",
    "acqua",
    "energia",
    "solare",
    "servizi",
    "comunali",
    "partecipazione",
    "diaspora",
    "microimprese",
    "salute",
    "scuola",
    "inclusione",
    "economia",
    "circolare",
    "rifiuti",
    "governance",
    "decentramento",
    "cooperative",
)
_KINDS = ("Associazione", "Comune di", "Cooperativa sociale", "Fondazione", "ONG", "Unione dei Comuni")
_PLACES = ("Firenze", "Prato", "Pisa", "Livorno", "Arezzo", "Siena", "Lucca", "Pistoia", "Grosseto")
_COUNTRIES = ("Senegal", "Burkina Faso", "Tunisia", "Marocco", "Etiopia", "Mozambico", "Libano")
_REASONS = (
    "Contributo richiesto di € 45.000,00 superiore al contributo massimo di € 40.000,00 (art. 5 del bando).",
    "Domanda pervenuta via PEC oltre il termine di scadenza del 30/05/2025 (art. 9 del bando).",
    "Punteggio totale di 52,50 punti, inferiore alla soglia minima di 60,00 punti prevista dal bando.",
)


def synthetic_annex_data(
    funded: int = FUNDED,
    not_funded: int = 0,
    excluded: int = 0,
    *,
    seed: int = SEED,
    approved: bool = True,
) -> AnnexData:
    """Plain annex data of a call with `funded` + `not_funded` + `excluded` applications, the last
    funded one partly; budget exactly what is granted plus € 1.234,56."""
    rng = random.Random(seed)
    rows: list[AnnexRow] = []
    total = funded + not_funded + excluded
    for n in range(total):
        if n < funded:
            outcome = RankingOutcome.FINANZIATA_PARZIALMENTE if n == funded - 1 else RankingOutcome.FINANZIATA
        elif n < funded + not_funded:
            outcome = RankingOutcome.AMMESSA_NON_FINANZIATA
        else:
            outcome = rng.choice((RankingOutcome.NON_IDONEA, RankingOutcome.NON_AMMISSIBILE))
        ranked = n < funded + not_funded
        requested = Decimal(rng.randrange(10_000, 40_001, 250))
        grant = requested if outcome is RankingOutcome.FINANZIATA else Decimal("0.00")
        if outcome is RankingOutcome.FINANZIATA_PARZIALMENTE:
            grant = (requested / 3).quantize(Decimal("0.01"))
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 16))).capitalize()
        lead = f"{rng.choice(_KINDS)} {rng.choice(_PLACES)} {' '.join(rng.sample(_WORDS, rng.randint(0, 3)))}"
        rows.append(
            AnnexRow(
                position=n + 1,
                rank=n + 1 if ranked else None,
                protocol_number=f"2025/{n + 1:07d}",
                protocol_date=date(2025, 4, 1) + timedelta(days=n % 60),
                lead=lead.strip(),
                tax_code=f"{rng.randrange(10**10, 10**11):011d}",
                title=title,
                countries=tuple(sorted(rng.sample(_COUNTRIES, rng.randint(1, 3)))),
                score=None
                if outcome is RankingOutcome.NON_AMMISSIBILE
                else Decimal(rng.randint(4000, 9500)) / 100,
                total_cost=requested + Decimal(rng.randrange(2_000, 20_001, 500)),
                requested=requested,
                grant=grant,
                outcome=outcome,
                reasons=tuple(rng.sample(_REASONS, rng.randint(1, 2))) if not ranked else (),
            )
        )
    granted = sum((r.grant for r in rows), Decimal("0.00"))
    return AnnexData(
        letterhead=Letterhead(office_name="Settore Attività Internazionali", city="Firenze"),
        call_id=0,
        call_code="BENCH-ALL",
        call_title=f"Bando di prova con {format_number(total, 0)} domande",
        budget=granted + Decimal("1234.56"),
        approved=approved,
        decree_number="12345" if approved else None,
        decree_date=date(2025, 9, 15) if approved else None,
        version=1 if approved else None,
        rows=tuple(rows),
    )


def page_count(pdf: bytes) -> int:
    """Pages of a PDF reportlab wrote (its page objects), without a PDF reader."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _timed(runs: int, work: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU tells a busy machine from a slow layout)."""
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def measure_annexes(
    ctx: BenchContext, funded: int = FUNDED, not_funded: int = NOT_FUNDED, excluded: int = EXCLUDED
) -> list[ResultRow]:
    runs = max(3, min(ctx.runs, RUNS))
    started = time.perf_counter()
    styles()  # fonts registered once per process, as in the running app
    fonts = time.perf_counter() - started
    only_a = synthetic_annex_data(funded)
    pages: list[int] = []

    def annex_a() -> None:
        pages.append(page_count(annex_document(only_a, "A")))

    a_ms, a_cpu = _timed(runs, annex_a)
    every = synthetic_annex_data(funded, not_funded, excluded)
    all_ms, _ = _timed(max(1, runs // 2), lambda: annex_document(every))
    with tempfile.TemporaryDirectory(prefix="coop-bench-annexes-") as tmp:
        target = Path(tmp) / "allegati.xlsx"
        xlsx_ms, _ = _timed(max(1, runs // 2), lambda: write_annex_workbook(every, target))
    ctx.details["annexes"] = {
        "a_ms": a_ms,
        "a_cpu_ms": a_cpu,
        "abc_ms": all_ms,
        "xlsx_ms": xlsx_ms,
        "fonts_s": fonts,
        "pages_a": pages[-1],
    }
    count = format_number(funded, 0)
    sizes = f"{count} + {format_number(not_funded, 0)} + {format_number(excluded, 0)}"
    return [
        ResultRow(
            f"Allegato A al decreto, {count} righe (PDF)",
            statistics.median(a_ms),
            "ms",
            TARGET_MS,
            f"mediana di {len(a_ms)} (" + " / ".join(f"{v:.0f}" for v in a_ms) + " ms; CPU "
            f"{statistics.median(a_cpu):.0f} ms): {pages[-1]} pagine orizzontali con totali; font già "
            f"registrati, come nell'app avviata (la prima volta {format_number(fonts, 2)} s)",
        ),
        ResultRow(
            "Allegati A, B e C al decreto (PDF)",
            statistics.median(all_ms),
            "ms",
            None,
            f"mediana di {len(all_ms)}: {sizes} righe, motivi di esclusione nell'Allegato C",
        ),
        ResultRow(
            "Allegati A, B e C in Excel",
            statistics.median(xlsx_ms),
            "ms",
            None,
            f"mediana di {len(xlsx_ms)}: {sizes} righe su tre fogli con formati, totali e stampa",
        ),
    ]
