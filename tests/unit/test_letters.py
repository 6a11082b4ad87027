"""Letters to the applicants, read back from the PDFs: which letters a call gets, what each one says,
per-letter page numbers, the register of generated documents, the layout and the benchmark's shape."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import event, select

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.letters import MERGED_TARGET_S, SEPARATE_TARGET_S, measure_letters
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Call
from coop_desktop.domain.enums import DocumentKind
from coop_desktop.printing import letters
from coop_desktop.printing.batch import BatchItem, merged_story
from coop_desktop.printing.layout import Letterhead, build_pdf
from coop_desktop.printing.letter_templates import Block, default_template, parse_markup
from coop_desktop.printing.letters import (
    layout_blocks,
    letter_pdf,
    letter_story,
    prepare_call_letters,
    write_call_letters,
    write_letter,
)
from coop_desktop.services.documents import DocumentRegister
from coop_desktop.services.errors import PermissionDenied, ServiceError
from coop_desktop.services.letter_templates import LetterTemplateService
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

DAY = date(2025, 9, 30)


def _text(data: bytes | Path) -> list[str]:
    """Each page's text with its white space folded to single spaces."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(source).pages]


def _call(db: Database, code: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(Call.id).where(Call.code == code))
    assert found is not None
    return found


def _application(db: Database, protocol: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(Application.id).where(Application.protocol_number == protocol))
    assert found is not None
    return found


def _letter(db: Database, protocol: str, kind: str) -> str:
    pages = _text(letter_pdf(db, OFFICER, _application(db, protocol), kind, today=DAY))
    assert pages[-1].endswith(f"Pagina {len(pages)} di {len(pages)}")
    return " ".join(pages)


# -- what each letter says ----------------------------------------------------------------------------------


def test_funded_letter_gives_the_grant_the_cup_and_the_obligations(demo_db: Database) -> None:
    text = _letter(demo_db, "2025/0238022", "esito")
    assert "Spett.le Comune di Prato" in text and "PEC: " in text
    assert "Oggetto: Bando COOP-2025 – Comunicazione di esito: progetto ammesso a finanziamento" in text
    assert "1° posto della graduatoria con il punteggio complessivo di 86,99 punti" in text
    assert "contributo regionale di € 40.000,00" in text
    assert "costo totale di € 52.500,00" in text and "codesto soggetto di € 12.500,00" in text
    assert "(CUP) D19I25012070002" in text
    assert "decreto dirigenziale n. 17890 del 15/09/2025" in text
    assert "dichiarazione di accettazione del contributo" in text
    assert "Firenze, 30/09/2025" in text and "Il Dirigente" in text
    assert "Pagina 1 di 1" in text


def test_partly_funded_letter_gives_the_reduced_grant(demo_db: Database) -> None:
    text = _letter(demo_db, "2025/0230342", "esito")
    assert "finanziamento parziale" in text
    assert "contributo regionale di € 20.500,00" in text
    assert "contributo richiesto di € 38.000,00 (quota non finanziata: € 17.500,00)" in text
    assert "(CUP) D19I2501263" in text


def test_admitted_not_funded_letter_gives_the_rank_and_the_reason(demo_db: Database) -> None:
    text = _letter(demo_db, "2025/0254204", "esito")
    assert "progetto ammesso non finanziato" in text
    assert "ammesso ma non finanziato per esaurimento delle risorse disponibili" in text
    assert "° posto della graduatoria" in text and "Le risorse del bando, pari a € 300.000,00" in text
    assert "potrà essere finanziato, secondo l'ordine della stessa" in text


def test_non_eligible_letter_gives_the_score_and_the_thresholds(demo_db: Database) -> None:
    text = _letter(demo_db, "2025/0204270", "esito")
    assert "progetto non idoneo" in text
    assert "punteggio minimo per l'idoneità: 60,00 punti" in text
    assert (
        "Criterio A – Qualità e coerenza del progetto: 18,83 punti, inferiore al minimo di 20,00 punti"
        in text
    )


def test_not_admissible_letters_give_the_reasons_of_exclusion(demo_db: Database) -> None:
    reasons = {
        "2025/0236816": "Cofinanziamento pari al 14,29% del costo totale, inferiore al minimo del 20,00% "
        "previsto dall'art. 6 del bando.",
        "2025/0261916": "Domanda pervenuta via PEC il 03/06/2025, oltre il termine di scadenza del "
        "30/05/2025 (art. 9 del bando).",
        "2025/0228023": "Contributo richiesto di € 45.000,00 superiore al contributo massimo di € 40.000,00 "
        "(art. 5 del bando).",
    }
    for protocol, reason in reasons.items():
        esito = _letter(demo_db, protocol, "esito")
        assert "domanda non ammissibile" in esito and reason in esito
        preavviso = _letter(demo_db, protocol, "preavviso")
        assert "art. 10-bis della Legge 7 agosto 1990, n. 241" in preavviso
        assert reason in preavviso
        assert "Entro il termine di 10 giorni dal ricevimento della presente comunicazione" in preavviso
        assert all(other not in preavviso for other in reasons.values() if other != reason)


def test_integration_letter_gives_the_request_and_its_deadline(demo_db: Database) -> None:
    text = _letter(demo_db, "2026/0128285", "integrazioni")
    assert "Spett.le Comune di Siena" in text
    assert "Lettera di adesione del partner locale priva di firma" in text
    assert "entro e non oltre il 09/04/2026" in text
    assert "sospesi dalla data della presente richiesta (30/03/2026)" in text


def test_avvio_letter_names_the_procedure_and_its_manager(demo_db: Database) -> None:
    text = _letter(demo_db, "2026/0094302", "avvio")
    assert "artt. 7 e 8 della Legge 7 agosto 1990, n. 241" in text
    assert "il responsabile del procedimento è Dott.ssa Laura Pratesi" in text
    assert "contributo richiesto, pari a € 40.000,00" in text


def test_a_letter_the_application_does_not_get_is_refused(demo_db: Database) -> None:
    open_call = _application(demo_db, "2026/0094302")
    with pytest.raises(ServiceError, match="non ha una graduatoria approvata"):
        letter_pdf(demo_db, OFFICER, open_call, "esito")
    with pytest.raises(ServiceError, match="non ha richieste di integrazioni"):
        letter_pdf(demo_db, OFFICER, open_call, "integrazioni")
    with pytest.raises(ServiceError, match="non ha controlli di ammissibilità non superati"):
        letter_pdf(demo_db, OFFICER, _application(demo_db, "2025/0238022"), "preavviso")
    with pytest.raises(ServiceError, match="sconosciuto"):
        letter_pdf(demo_db, OFFICER, open_call, "sollecito")
    for user in (READER, EVALUATOR):
        with pytest.raises(PermissionDenied):
            letter_pdf(demo_db, user, open_call, "avvio")


def test_the_office_s_template_is_the_one_printed(demo_db: Database) -> None:
    templates = LetterTemplateService(demo_db, OFFICER)
    read = templates.get("esito_finanziata")
    body = read.body.replace("Distinti saluti.", "Con i migliori saluti, **{{ destinatario }}**.")
    templates.save("esito_finanziata", "Esito per {{ destinatario }}", body, read.version)
    text = _letter(demo_db, "2025/0238022", "esito")
    assert "Oggetto: Esito per Comune di Prato" in text and "Con i migliori saluti, Comune di Prato." in text


# -- a call's batch ------------------------------------------------------------------------------------------


def test_outcome_batch_writes_one_letter_per_ranked_application_and_registers_them(
    demo_db: Database, tmp_path: Path
) -> None:
    call_id = _call(demo_db, "COOP-2025")
    seen: list[tuple[int, int]] = []
    result = write_call_letters(
        demo_db, OFFICER, call_id, "esito", tmp_path, progress=lambda d, t, _: seen.append((d, t)), today=DAY
    )
    assert len(result.files) == 20 and not result.cancelled
    assert result.merged is not None and result.merged.name == "esito_COOP-2025_tutte_le_lettere.pdf"
    assert all(path.exists() and path.parent == tmp_path for path in result.files)
    assert result.files[0].name.startswith("esito_2025-0238022_Comune_di_Prato")  # ranking order
    assert seen[-1][0] == seen[-1][1] == 40
    merged = _text(result.merged)
    assert len(merged) == 20 and all(page.endswith("Pagina 1 di 1") for page in merged)
    outcomes = [
        "ammesso a finanziamento",
        "finanziamento parziale",
        "ammesso ma non finanziato",
        "progetto non idoneo",
        "domanda non ammissibile",
    ]
    assert all(any(outcome in page for page in merged) for outcome in outcomes)
    assert sum("ammesso a finanziamento –" in page for page in merged) == 8
    records = DocumentRegister(demo_db, ADMIN).for_call(call_id)
    assert len(records) == 20 and {r.kind for r in records} == {DocumentKind.ESITO}
    assert {Path(r.file_name).name for r in records} == {p.name for p in result.files}
    prato = next(r for r in records if r.protocol_of_application == "2025/0238022")
    assert prato.recipient == "Comune di Prato (comune.prato@postacert.toscana.it)"


def test_each_kind_picks_its_applications(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "lettere"
    open_call = _call(demo_db, "COOP-2026")
    closed = _call(demo_db, "COOP-2025")
    assert len(prepare_call_letters(demo_db, OFFICER, open_call, "avvio").items) == 10
    requests = prepare_call_letters(demo_db, OFFICER, open_call, "integrazioni")
    assert len(requests.items) == 2
    assert len(prepare_call_letters(demo_db, OFFICER, closed, "preavviso").items) == 3
    with pytest.raises(ServiceError, match="non ha una graduatoria approvata"):
        write_call_letters(demo_db, OFFICER, open_call, "esito", folder)
    with pytest.raises(ServiceError, match="nessuna domanda è non ammissibile"):
        write_call_letters(demo_db, OFFICER, open_call, "preavviso", folder)
    with pytest.raises(ServiceError, match="Tipo di lettera sconosciuto"):
        prepare_call_letters(demo_db, OFFICER, open_call, "esito_finanziata")
    with pytest.raises(PermissionDenied):
        prepare_call_letters(demo_db, READER, open_call, "avvio")
    assert not folder.exists()  # nothing written when refused


def test_a_cancelled_batch_registers_what_it_wrote(demo_db: Database, tmp_path: Path) -> None:
    call_id = _call(demo_db, "COOP-2026")
    result = write_call_letters(demo_db, OFFICER, call_id, "avvio", tmp_path, is_cancelled=lambda: True)
    assert result.cancelled and len(result.files) == 1 and result.merged is None
    records = DocumentRegister(demo_db, ADMIN).for_call(call_id)
    assert [Path(r.file_name).name for r in records] == [result.files[0].name]
    assert records[0].kind is DocumentKind.AVVIO


def test_one_letter_written_and_registered(demo_db: Database, tmp_path: Path) -> None:
    app_id = _application(demo_db, "2026/0139848")
    path = write_letter(demo_db, OFFICER, app_id, "integrazioni", tmp_path / "lettera.pdf")
    assert "Manca la copia dello statuto" in " ".join(_text(path))
    (record,) = DocumentRegister(demo_db, ADMIN).for_application(app_id)
    assert record.kind is DocumentKind.INTEGRAZIONI and record.file_name == str(path)


def test_reading_a_call_takes_the_same_queries_whatever_its_size(demo_db: Database) -> None:
    """No query per application: 20 letters read as many statements as 10."""

    @contextmanager
    def counted() -> Iterator[list[str]]:
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(demo_db.engine, "before_cursor_execute", count)
        try:
            yield statements
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", count)

    prepare_call_letters(demo_db, OFFICER, _call(demo_db, "COOP-2026"), "avvio")  # connected, dialect ready
    with counted() as big:
        prepare_call_letters(demo_db, OFFICER, _call(demo_db, "COOP-2025"), "esito")
    with counted() as small:
        prepare_call_letters(demo_db, OFFICER, _call(demo_db, "COOP-2026"), "avvio")
    assert len(big) <= 12 and len(small) <= len(big)


# -- layout --------------------------------------------------------------------------------------------------


def _long_letter(paragraphs: int) -> tuple[Block, ...]:
    text = "\n\n".join(
        f"Paragrafo {n}: " + "parole di prova per riempire la riga e andare a capo " * 6
        for n in range(paragraphs)
    )
    return parse_markup(text + "\n\nDistinti saluti.\n\n>> Il Dirigente\nDott. Mario Rossi")


def test_a_long_letter_runs_over_pages_numbered_per_letter(tmp_path: Path) -> None:
    items = [BatchItem("lunga", _long_letter(40)), BatchItem("breve", _long_letter(2))]
    data = build_pdf(merged_story(items, letter_story), letterhead=Letterhead(), title="Prova")
    pages = _text(data)
    long_pages = len(pages) - 1
    assert long_pages >= 2
    assert [p.rsplit("Pagina", 1)[1].strip() for p in pages] == [
        *(f"{n} di {long_pages}" for n in range(1, long_pages + 1)),
        "1 di 1",
    ]
    # The signature never stands alone: the greeting and the paragraph's last lines come along.
    last = pages[long_pages - 1]
    assert "andare a capo Distinti saluti. Il Dirigente Dott. Mario Rossi" in last


def test_lines_fit_the_width_and_justified_lines_fill_it() -> None:
    blocks = parse_markup(
        "Un contributo di **€\u00a040.000,00**, concesso. " + "testo da giustificare " * 30 + "\n\n"
        ">> Spett.le\nindirizzo.lunghissimo.senza.spazi@" + "x" * 120 + ".it"
    )
    width = 480.0
    lines = layout_blocks(blocks, width)
    for _gap, x, spacing, _bullet, segments, _breakable in lines:
        natural = sum(letters._width(text, font) for font, text in segments)
        spaces = sum(text.count(" ") + text.count("\u00a0") for _, text in segments)
        assert x + natural <= width + 0.01
        if spacing:
            assert x + natural + spacing * spaces == pytest.approx(width)
    first = lines[0][4]
    assert ("DejaVuSans-Bold", " €\u00a040.000,00") in first  # the amount is never split from its sign
    assert any(
        len(line[4][0][1]) > 20 and " " not in line[4][0][1] for line in lines[-3:]
    )  # cut by characters


def test_the_quick_text_path_writes_what_reportlab_writes(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = prepare_call_letters(demo_db, OFFICER, _call(demo_db, "COOP-2025"), "esito", today=DAY)
    items = list(batch.items[:6])

    def pdf() -> bytes:
        return build_pdf(merged_story(items, letter_story), letterhead=batch.letterhead, title=batch.title)

    quick = pdf()
    monkeypatch.setattr(letters._TextOut, "enabled", False)
    assert pdf() == quick


def test_default_templates_fit_one_page_with_real_data(demo_db: Database) -> None:
    for protocol, kind in (("2025/0238022", "esito"), ("2025/0230342", "esito"), ("2026/0094302", "avvio")):
        pages = _text(letter_pdf(demo_db, OFFICER, _application(demo_db, protocol), kind, today=DAY))
        assert len(pages) == 1, (protocol, kind)
    assert default_template("esito_finanziata")[0].startswith("Bando {{ bando_codice }}")


# -- the benchmark -------------------------------------------------------------------------------------------


def test_letters_benchmark_writes_merged_and_separate_letters(tmp_path: Path) -> None:
    ctx = BenchContext(db="", sqlite_path=None, runs=1, home=tmp_path)
    merged, separate = measure_letters(ctx, letters=30)
    assert (merged.target, separate.target) == (MERGED_TARGET_S, SEPARATE_TARGET_S)
    assert merged.name == "30 lettere di esito in un PDF unico" and "× LibreOffice" in merged.note
    assert separate.name == "30 lettere di esito in PDF separati"
    assert merged.value and separate.value and merged.value > 0 and separate.value > 0
    details = ctx.details["letters"]
    assert details["letters"] == 30 and details["pages"] == 30
