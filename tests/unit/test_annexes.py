"""Decree annexes A, B, C: the PDF read back with pypdf (amounts, totals, reasons, page numbers), the
draft and the refusal of a provisional ranking, the register, the benchmark."""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, select, update

from coop_desktop.bench.annexes import measure_annexes, page_count, synthetic_annex_data
from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.registry import BENCHMARKS
from coop_desktop.db.engine import Database
from coop_desktop.db.models import AdmissibilityCheck, GeneratedDocument
from coop_desktop.domain.enums import CheckOutcome, DocumentKind, RankingOutcome
from coop_desktop.domain.formatting import format_money
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.printing.annexes import (
    DRAFT_MARK,
    MISSING_REASON,
    AnnexData,
    annex_document,
    annex_pdf,
    annex_story,
    default_file_name,
    ineligibility_reasons,
    load_annex_data,
    wrap,
    write_annex,
)
from coop_desktop.printing.fonts import CONDENSED
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.documents import sha256_of
from coop_desktop.services.errors import PermissionDenied, ServiceError
from coop_desktop.services.rankings import RankingService
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER
from tests.integration.test_cli_ranking import submit

MONEY = re.compile(r"€ \d{1,3}(?:\.\d{3})*,\d{2}")
ANNEX_OF_PAGE = re.compile(r"^(?:ALLEGATO |Allegato )([ABC])\b", re.MULTILINE)
PAGE_NUMBER = re.compile(r"Pagina (\d+) di (\d+)")


def _call_id(db: Database, code: str = "COOP-2025") -> int:
    from coop_desktop.cli_ranking import find_call_id

    found = find_call_id(db, code)
    assert found is not None
    return found


def annex_pages(pdf: bytes) -> dict[str, list[str]]:
    """The text of each page, grouped by the annex its heading or caption names."""
    pages: dict[str, list[str]] = defaultdict(list)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = page.extract_text()
        found = ANNEX_OF_PAGE.search(text)
        assert found is not None, text[:400]
        pages[found.group(1)].append(text)
    return dict(pages)


def expected_a_amounts(data: AnnexData) -> Counter[str]:
    """Every amount Allegato A prints: each row's cost and grant, the totals, the partial-grant note."""
    funded = data.funded
    amounts = [r.total_cost for r in funded] + [r.grant for r in funded]
    amounts += [sum((r.total_cost for r in funded), Decimal(0)), data.granted, data.budget, data.remaining]
    amounts += [x for r in funded if r.partial for x in (r.requested, r.grant)]
    return Counter(format_money(a) for a in amounts)


# -- the demo's approved ranking ---------------------------------------------------------------------


@pytest.fixture
def demo_annexes(demo_db: Database) -> tuple[AnnexData, dict[str, list[str]]]:
    data = load_annex_data(demo_db, OFFICER, _call_id(demo_db))
    return data, annex_pages(annex_document(data))


def test_allegato_a_prints_every_funded_grant_and_totals_equal_to_their_sum(
    demo_db: Database, demo_annexes: tuple[AnnexData, dict[str, list[str]]]
) -> None:
    data, pages = demo_annexes
    view = RankingService(demo_db, OFFICER).current(data.call_id)
    funded = [line for line in view.lines if line.grant]
    assert len(funded) == 9 and sum(line.grant for line in funded) == Decimal("300000.00")
    text = "\n".join(pages["A"])
    for line in funded:
        assert line.protocol_number in text
        assert format_money(line.grant) in text
    for row in data.funded:
        assert f"C.F. {row.tax_code}" in text and row.countries_text in text
    # The totals: what is granted, the budget, what is left; and nothing else among the amounts.
    assert Counter(MONEY.findall(text)) == expected_a_amounts(data)
    assert "Totale contributi concessi (9 domande)\n€ 410.000,00\n€ 300.000,00" in text
    assert "Dotazione del bando\n€ 300.000,00" in text and "Residuo della dotazione\n€ 0,00" in text
    assert "Finanziamento parziale della domanda prot. 2025/0230342" in text
    assert "al decreto dirigenziale n. 17890 del 15/09/2025" in text
    not_funded = [line.protocol_number for line in view.lines if not line.grant]
    assert not any(protocol in text for protocol in not_funded)


def test_allegato_b_lists_the_admitted_not_funded_in_rank_order(
    demo_annexes: tuple[AnnexData, dict[str, list[str]]],
) -> None:
    data, pages = demo_annexes
    text = "\n".join(pages["B"])
    rows = data.rows_of("B")
    assert [r.rank for r in rows] == list(range(10, 16))
    positions = [text.index(r.protocol_number) for r in rows]
    assert positions == sorted(positions)
    requested = sum((r.requested for r in rows), Decimal(0))
    assert f"Totale contributi richiesti (6 domande)\n€ 247.000,00\n{format_money(requested)}" in text
    assert not any(r.protocol_number in text for r in (*data.funded, *data.rows_of("C")))


def test_allegato_c_gives_the_reasons_of_exclusion(
    demo_annexes: tuple[AnnexData, dict[str, list[str]]],
) -> None:
    data, pages = demo_annexes
    text = " ".join(" ".join(pages["C"]).split())  # reasons wrap over lines
    rows = data.rows_of("C")
    assert [r.outcome for r in rows] == [RankingOutcome.NON_IDONEA] * 2 + [RankingOutcome.NON_AMMISSIBILE] * 3
    for reason in (
        # Verbatim from the formal checks.
        "Contributo richiesto di € 45.000,00 superiore al contributo massimo di € 40.000,00 "
        "(art. 5 del bando).",
        "Cofinanziamento pari al 14,29% del costo totale, inferiore al minimo del 20,00% previsto "
        "dall'art. 6 del bando.",
        "Domanda pervenuta via PEC il 03/06/2025, oltre il termine di scadenza del 30/05/2025 (art. 9 del "
        "bando).",
        # From the scores and the call's minimums.
        "Punteggio totale di 56,99 punti, inferiore alla soglia minima di 60,00 punti prevista dal bando.",
        "Criterio A (Qualità e coerenza del progetto): 18,83 punti, inferiori al minimo di 20,00 punti",
    ):
        assert reason in text
    for row in rows:
        assert row.protocol_number in text and row.reasons
    assert text.count("Non ammissibile") == 3 and text.count("Non idonea") == 2


def test_each_annex_starts_on_its_own_page_numbered_on_its_own(
    demo_annexes: tuple[AnnexData, dict[str, list[str]]],
) -> None:
    _, pages = demo_annexes
    assert {k: len(v) for k, v in pages.items()} == {"A": 1, "B": 1, "C": 1}
    for letter, texts in pages.items():
        assert PAGE_NUMBER.findall(texts[0]) == [("1", "1")]
        assert f"ALLEGATO {letter}" in texts[0]
        assert "Bando COOP-2025 · DD n. 17890 del 15/09/2025" in texts[0]


# -- long annexes ------------------------------------------------------------------------------------


def test_long_annexes_number_their_pages_and_repeat_caption_and_header() -> None:
    data = synthetic_annex_data(120, 70, 40)
    pdf = annex_document(data)
    pages = annex_pages(pdf)
    assert all(len(texts) >= 2 for texts in pages.values())
    assert sum(len(t) for t in pages.values()) == page_count(pdf) == len(PdfReader(io.BytesIO(pdf)).pages)
    for letter, texts in pages.items():
        for number, text in enumerate(texts, 1):
            assert PAGE_NUMBER.findall(text) == [(str(number), str(len(texts)))]
            assert f"Allegato {letter} – " in text and "Protocollo" in text and "Capofila" in text
    # Every row once, in order, over the pages.
    text_a = "\n".join(pages["A"])
    positions = [text_a.index(r.protocol_number) for r in data.funded]
    assert positions == sorted(positions)
    assert Counter(MONEY.findall(text_a)) == expected_a_amounts(data)
    assert "Totale contributi concessi (120 domande)" in pages["A"][-1]
    assert "Totale contributi concessi" not in "".join(pages["A"][:-1])
    text_c = " ".join(" ".join(pages["C"]).split())
    for row in data.rows_of("C"):
        assert all(reason in text_c for reason in row.reasons)


def test_the_same_data_give_the_same_bytes() -> None:
    data = synthetic_annex_data(30, 5, 5)
    assert annex_document(data) == annex_document(data)


def test_one_annex_alone_and_unknown_letters() -> None:
    data = synthetic_annex_data(5, 3, 2)
    pages = annex_pages(annex_document(data, "c"))
    assert list(pages) == ["C"]
    assert len(annex_story(data, "CA")) > len(annex_story(data, "A"))
    with pytest.raises(ValueError, match="Allegati sconosciuti"):
        annex_story(data, "AD")


def test_empty_annexes_say_so() -> None:
    data = synthetic_annex_data(3)
    pages = annex_pages(annex_document(data))
    assert "Nessuna domanda ammessa e non finanziata" in pages["B"][0]
    assert "Nessuna domanda non ammissibile o non idonea." in pages["C"][0]
    assert PAGE_NUMBER.findall(pages["C"][0]) == [("1", "1")]


def test_long_words_and_line_breaks_are_wrapped_within_the_column() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = "Associazione " + "x" * 120 + "\nC.F. 01234567890"
    lines = wrap(text, 100).split("\n")
    assert lines[0] == "Associazione" and lines[-1] == "C.F. 01234567890"
    assert all(stringWidth(line, CONDENSED, 8) <= 94 for line in lines)
    assert "".join(lines[1:-1]) == "x" * 120
    assert wrap("  spazi   doppi ", 300) == "spazi doppi"


def test_ineligibility_reasons_name_the_total_and_each_criterion_under_its_minimum() -> None:
    rules = (
        CriterionRule("A", Decimal(40), Decimal(20), description="Qualità"),
        CriterionRule("B", Decimal(30)),
        CriterionRule("C", Decimal(30), Decimal(10)),
    )
    scores = {"A": Decimal("19.50"), "B": Decimal("25"), "C": Decimal("12")}
    assert ineligibility_reasons(Decimal("56.50"), scores, Decimal(60), rules) == (
        "Punteggio totale di 56,50 punti, inferiore alla soglia minima di 60,00 punti prevista dal bando.",
        "Criterio A (Qualità): 19,50 punti, inferiori al minimo di 20,00 punti previsto per il criterio.",
    )
    assert ineligibility_reasons(None, {}, Decimal(60), rules)[0].startswith("Valutazione non completata")
    assert ineligibility_reasons(Decimal(70), scores | {"A": Decimal(30)}, None, rules) == (
        "Punteggio inferiore alle soglie minime previste dal bando.",
    )


# -- draft, refusal, permissions, register ------------------------------------------------------------


def _scored(db: Database, *, complete: bool) -> Scenario:
    """Three applications, two forms each: 80 and 70 points, and one at 55 with criterion A under its
    minimum; `complete` False leaves the last form assigned but not sent (a provisional ranking)."""
    s = evaluation_scenario(db, applications=3, per_application=2, budget=Decimal("60000.00"))
    points = {0: ("35", "25", "20"), 1: ("30", "20", "20"), 2: ("15", "20", "20")}
    for app, values in points.items():
        for evaluator in s.evaluators[:2]:
            if complete or (app, evaluator) != (2, s.evaluators[1]):
                submit(db, s, s.applications[app], evaluator, values)
    if not complete:
        AssignmentService(db, OFFICER).assign(s.call_id, s.applications[2], s.evaluators[1].id or 0)
    return s


def test_a_complete_ranking_not_yet_approved_prints_as_a_marked_draft(db: Database) -> None:
    s = _scored(db, complete=True)
    data = load_annex_data(db, OFFICER, s.call_id)
    assert data.draft and not data.approved
    pdf = annex_document(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and str(reader.metadata.title).startswith(DRAFT_MARK)
    pages = annex_pages(pdf)
    for texts in pages.values():
        for text in texts:
            assert text.count(DRAFT_MARK) >= 3  # header, caption or banner, footer
    assert "al decreto di approvazione della graduatoria (da adottare)" in pages["A"][0]
    assert [(r.protocol_number, r.grant) for r in data.funded] == [
        ("2026/1", Decimal("40000.00")),
        ("2026/2", Decimal("20000.00")),
    ]
    (excluded,) = data.rows_of("C")
    assert excluded.reasons == (
        "Punteggio totale di 55,00 punti, inferiore alla soglia minima di 60,00 punti prevista dal bando.",
        "Criterio A (Qualità e coerenza della proposta): 15,00 punti, inferiori al minimo di 20,00 punti "
        "previsto per il criterio.",
    )
    assert default_file_name(data) == f"Bozza_allegati_{s.call_code}.pdf"


def test_a_provisional_ranking_is_refused_and_nothing_is_recorded(db: Database, tmp_path: Path) -> None:
    s = _scored(db, complete=False)
    assert RankingService(db, OFFICER).current(s.call_id).provisional
    with pytest.raises(ServiceError, match="è provvisoria") as refused:
        write_annex(db, OFFICER, s.call_id, tmp_path / "allegati.pdf")
    assert "non può essere approvata con decreto" in str(refused.value)
    assert not (tmp_path / "allegati.pdf").exists()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(GeneratedDocument)) == 0


@pytest.mark.parametrize("user", [EVALUATOR, READER])
def test_only_who_prints_documents_gets_the_annexes(demo_db: Database, user: object) -> None:
    with pytest.raises(PermissionDenied):
        annex_pdf(demo_db, user, _call_id(demo_db))  # type: ignore[arg-type]


def _recorded(db: Database) -> list[tuple[str, str, int | None]]:
    with db.reading() as session:
        return [
            (d.file_name, d.sha256, d.call_id)
            for d in session.scalars(
                select(GeneratedDocument)
                .where(GeneratedDocument.kind == DocumentKind.ALLEGATO)
                .order_by(GeneratedDocument.id)
            )
        ]


def test_the_register_keeps_one_record_per_content_and_name(demo_db: Database, tmp_path: Path) -> None:
    call_id = _call_id(demo_db)
    before = _recorded(demo_db)
    target = write_annex(demo_db, ADMIN, call_id, tmp_path / "Allegati DD 17890.pdf")
    digest = sha256_of(target.read_bytes())
    assert _recorded(demo_db)[len(before) :] == [("Allegati DD 17890.pdf", digest, call_id)]
    write_annex(demo_db, ADMIN, call_id, target)  # the same file again
    previewed = annex_pdf(demo_db, OFFICER, call_id)
    annex_pdf(demo_db, OFFICER, call_id)  # the preview opened again
    assert sha256_of(previewed) == digest
    assert _recorded(demo_db)[len(before) :] == [
        ("Allegati DD 17890.pdf", digest, call_id),
        ("Allegati_decreto_COOP-2025.pdf", digest, call_id),
    ]


def test_after_a_scorrimento_the_withdrawn_project_is_listed_under_allegato_a(demo_db: Database) -> None:
    call_id = _call_id(demo_db)
    service = RankingService(demo_db, ADMIN)
    third = service.current(call_id).lines[2]
    service.scorrimento(call_id, third.application_id, RankingOutcome.RITIRATA, "18001", date(2025, 10, 20))
    data = load_annex_data(demo_db, OFFICER, call_id)
    assert data.version == 2 and data.decree_short == "DD n. 18001 del 20/10/2025"
    assert [r.protocol_number for r in data.dropped] == [third.protocol_number]
    assert third.protocol_number not in {r.protocol_number for r in data.funded}
    assert data.granted == Decimal("300000.00") and len(data.rows_of("B")) == 5
    pages = annex_pages(annex_document(data))
    text = "\n".join(pages["A"])
    assert "graduatoria versione 2, dopo lo scorrimento" in text
    assert "Domande che hanno rinunciato al contributo o a cui è stato revocato" in text
    assert "Ritirata" in text and third.protocol_number in text
    assert Counter(MONEY.findall(text)) == expected_a_amounts(data) + Counter(
        format_money(x) for r in data.dropped for x in (r.total_cost, r.requested)
    )


def test_failed_checks_without_a_written_reason_still_give_one(demo_db: Database) -> None:
    call_id = _call_id(demo_db)
    with demo_db.transaction(ADMIN) as session:
        checks = dict(
            session.execute(
                select(AdmissibilityCheck.code, AdmissibilityCheck.application_id).where(
                    AdmissibilityCheck.outcome == CheckOutcome.NON_SUPERATO
                )
            ).all()
        )
        session.execute(
            update(AdmissibilityCheck)
            .where(
                AdmissibilityCheck.application_id == checks["max_grant"],
                AdmissibilityCheck.code == "max_grant",
            )
            .values(reason=None)
        )
        session.execute(
            delete(AdmissibilityCheck).where(AdmissibilityCheck.application_id == checks["deadline"])
        )
    reasons = {r.protocol_number: r.reasons for r in load_annex_data(demo_db, OFFICER, call_id).rows_of("C")}
    assert reasons["2025/0228023"] == ("Contributo richiesto entro il massimo: controllo non superato.",)
    assert reasons["2025/0261916"] == (MISSING_REASON,)


# -- benchmark ---------------------------------------------------------------------------------------


def test_benchmark_lays_out_allegato_a_and_is_registered(tmp_path: Path) -> None:
    ctx = BenchContext(db="", sqlite_path=None, runs=3, home=tmp_path)
    rows = measure_annexes(ctx, funded=40, not_funded=10, excluded=5)
    assert [r.unit for r in rows] == ["ms", "ms", "ms"]
    assert rows[0].target == 1000.0 and rows[0].name == "Allegato A al decreto, 40 righe (PDF)"
    assert all(r.value is not None and r.value > 0 for r in rows)
    assert ctx.details["annexes"]["pages_a"] >= 2
    assert "measure_annexes" in [b.__name__ for b in BENCHMARKS]
    data = synthetic_annex_data(40, 10, 5)
    assert len(data.funded) == 40 and data.funded[-1].partial
    assert data.remaining == Decimal("1234.56")
