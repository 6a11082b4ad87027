"""The annexes of the decree approving a call's graduatoria (allegati al decreto), A4 landscape.

- Allegato A: applications admitted and funded (rank, protocol, lead applicant with its codice fiscale,
  title, countries, score, total cost, grant), closed by the total granted, the budget and what is left;
  projects that later gave up or lost their grant (scorrimento) are listed under it.
- Allegato B: admitted but not funded for lack of funds, in rank order (the list a scorrimento walks).
- Allegato C: not admissible (the failed formal checks, verbatim) and not eligible (the score under the
  call's minimum, in total or per criterion), with the reasons.

Each annex is its own document inside the PDF: it starts on a new page, its pages are numbered
"Pagina X di Y" on their own (an annex is published and filed on its own), and the first row of its
table, repeated on every page, names the annex and the decree.

Which ranking: the approved one (latest version, with its decree). A ranking that is complete but not
yet approved prints as a draft marked «BOZZA – GRADUATORIA NON APPROVATA» in the title, in every
page's header and in every table caption: the office drafts the decree with its annexes before the
decree has a number. A provisional ranking (scores or formal checks missing) is refused: it cannot be
approved, so no decree can carry it, and its lists are still moving; the ranking export shows it.

Speed: cells are plain strings wrapped here to the column width (reportlab draws strings several
times faster than Paragraphs, which parse mark-up); 1,000 rows lay out in well under a second.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    ApplicationCountry,
    Call,
    CallDocument,
    GeneratedDocument,
)
from coop_desktop.domain.admissibility import AUTOMATIC_CHECKS, CHECK_LABELS
from coop_desktop.domain.countries import country_name
from coop_desktop.domain.enums import CheckOutcome, DocumentKind, RankingOutcome
from coop_desktop.domain.formatting import format_date, format_money, format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.printing.batch import safe_file_name
from coop_desktop.printing.fonts import CONDENSED, CONDENSED_BOLD, register_fonts
from coop_desktop.printing.layout import (
    HEADER_FILL,
    RULE,
    DocumentStart,
    Letterhead,
    build_pdf,
    styles,
    text,
    usable_width,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.documents import DocumentRegister, NewDocument, sha256_of
from coop_desktop.services.errors import NotFoundError, ServiceError
from coop_desktop.services.evaluation_common import CALL_GONE, criterion_rules
from coop_desktop.services.office import OfficeService
from coop_desktop.services.rankings import RankingService

ANNEXES = "ABC"
SUBJECTS = {
    "A": "Domande ammesse e finanziate",
    "B": "Domande ammesse e non finanziate per esaurimento delle risorse",
    "C": "Domande non ammissibili e non idonee",
}
EMPTY = {
    "A": "Nessuna domanda ammessa e finanziata.",
    "B": "Nessuna domanda ammessa e non finanziata: le risorse coprono tutte le domande idonee.",
    "C": "Nessuna domanda non ammissibile o non idonea.",
}
DROPPED_SUBJECT = "Domande che hanno rinunciato al contributo o a cui è stato revocato"
DRAFT_MARK = "BOZZA – GRADUATORIA NON APPROVATA"
DRAFT_TEXT = (
    "Allegati predisposti sulla graduatoria calcolata dai punteggi inviati, non ancora approvata con "
    "decreto: non hanno valore prima dell'adozione del decreto."
)
PARTIAL_MARK = "parziale"
MISSING_REASON = "Esclusa nell'istruttoria formale (motivi non registrati nei controlli)."

FUNDED = (RankingOutcome.FINANZIATA, RankingOutcome.FINANZIATA_PARZIALMENTE)
NOT_FUNDED = (RankingOutcome.AMMESSA_NON_FINANZIATA,)
EXCLUDED = (RankingOutcome.NON_IDONEA, RankingOutcome.NON_AMMISSIBILE)
DROPPED = (RankingOutcome.RITIRATA, RankingOutcome.REVOCATA)

_ZERO = Decimal("0.00")
_RED = colors.HexColor("#b3261e")


# -- plain data ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnnexRow:
    """One application as the annexes print it."""

    position: int
    rank: int | None
    protocol_number: str
    protocol_date: date
    lead: str
    tax_code: str | None
    title: str
    # Italian names, in the order of their codes.
    countries: tuple[str, ...]
    score: Decimal | None
    total_cost: Decimal
    requested: Decimal
    grant: Decimal
    outcome: RankingOutcome
    # Allegato C: why it is not admissible or not eligible.
    reasons: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        return self.outcome is RankingOutcome.FINANZIATA_PARZIALMENTE

    @property
    def countries_text(self) -> str:
        """«Senegal; Palestina, Stato di»: semicolons, as some Italian names hold a comma."""
        return "; ".join(self.countries)


@dataclass(frozen=True, slots=True)
class AnnexData:
    """Everything the annexes print, read once (the PDF and the workbook are made from it)."""

    letterhead: Letterhead
    call_id: int
    call_code: str
    call_title: str
    budget: Decimal
    # False: the ranking is complete but not yet approved, the annexes are a draft.
    approved: bool
    decree_number: str | None
    decree_date: date | None
    # Version of the stored ranking (> 1 after a scorrimento); None when computed now.
    version: int | None
    rows: tuple[AnnexRow, ...]

    @property
    def draft(self) -> bool:
        return not self.approved

    def rows_of(self, which: str) -> tuple[AnnexRow, ...]:
        wanted = {"A": FUNDED, "B": NOT_FUNDED, "C": EXCLUDED}[which]
        return tuple(r for r in self.rows if r.outcome in wanted)

    @property
    def funded(self) -> tuple[AnnexRow, ...]:
        return self.rows_of("A")

    @property
    def dropped(self) -> tuple[AnnexRow, ...]:
        return tuple(r for r in self.rows if r.outcome in DROPPED)

    @property
    def granted(self) -> Decimal:
        return sum((r.grant for r in self.funded), _ZERO)

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.granted

    @property
    def decree(self) -> str:
        """«decreto dirigenziale n. 17890 del 15/09/2025» (or what stands for it in a draft)."""
        if self.draft:
            return "decreto di approvazione della graduatoria (da adottare)"
        if not self.decree_number:
            return "decreto di approvazione della graduatoria"
        return f"decreto dirigenziale n. {self.decree_number} del {format_date(self.decree_date)}"

    @property
    def decree_short(self) -> str:
        """«DD n. 17890 del 15/09/2025», for headers and footers."""
        if self.draft:
            return DRAFT_MARK
        if not self.decree_number:
            return "decreto di approvazione"
        return f"DD n. {self.decree_number} del {format_date(self.decree_date)}"

    @property
    def document_title(self) -> str:
        """The PDF's title (its metadata and every page's footer)."""
        what = f"Allegati al decreto – bando {self.call_code}"
        if self.draft:
            return f"{DRAFT_MARK} – {what}"
        return f"Allegati al {self.decree_short} – bando {self.call_code}"

    @property
    def header_note(self) -> str:
        return f"Bando {self.call_code} · {self.decree_short}"

    def heading(self, which: str) -> str:
        """«Allegato A al decreto dirigenziale n. 17890 del 15/09/2025»."""
        return f"Allegato {which} al {self.decree}"


# -- reading -----------------------------------------------------------------------------------------


def provisional_refusal(call_code: str) -> str:
    return (
        f"La graduatoria del bando {call_code} è provvisoria: mancano schede di valutazione inviate (o "
        "domande da istruire), quindi non può essere approvata con decreto e gli allegati non si "
        "stampano. La graduatoria provvisoria resta consultabile ed esportabile in Excel."
    )


def ineligibility_reasons(
    score: Decimal | None,
    criterion_scores: dict[str, Decimal],
    min_total: Decimal | None,
    criteria: Sequence[CriterionRule],
) -> tuple[str, ...]:
    """Why a scored application is not eligible (non idonea): its total under the call's minimum,
    and each criterion under its own minimum."""
    if score is None:
        return ("Valutazione non completata: mancano i punteggi di uno o più criteri.",)
    reasons = []
    if min_total is not None and score < min_total:
        reasons.append(
            f"Punteggio totale di {format_number(score)} punti, inferiore alla soglia minima di "
            f"{format_number(min_total)} punti prevista dal bando."
        )
    for rule in criteria:
        points = criterion_scores.get(rule.code)
        if rule.min_points is not None and points is not None and points < rule.min_points:
            name = f"{rule.code} ({rule.description})" if rule.description else rule.code
            reasons.append(
                f"Criterio {name}: {format_number(points)} punti, inferiori al minimo di "
                f"{format_number(rule.min_points)} punti previsto per il criterio."
            )
    return tuple(reasons) or ("Punteggio inferiore alle soglie minime previste dal bando.",)


@functools.cache
def _country(code: str) -> str:
    return country_name(code)


def load_annex_data(db: Database, user: CurrentUser, call_id: int) -> AnnexData:
    """The call's current ranking with what the annexes add (codice fiscale, cost, countries,
    reasons): a fixed number of queries whatever the number of applications, rows as plain tuples.
    Refuses a provisional ranking (ServiceError) and users who may not print (PermissionDenied)."""
    user.require(Permission.PRINT_DOCUMENTS)
    view = RankingService(db, user).current(call_id)
    if view.provisional:
        raise ServiceError(provisional_refusal(view.call_code))
    if not view.lines:
        raise ServiceError(
            f"Il bando {view.call_code} non ha domande in graduatoria: non ci sono allegati da stampare."
        )
    with db.reading() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise NotFoundError(CALL_GONE)
        min_total = call.min_total_score
        criteria = criterion_rules(session, call_id)
        conn = session.connection()
        in_call = Application.call_id == call_id
        facts = {
            app_id: (tax_code, total_cost)
            for app_id, tax_code, total_cost in conn.execute(
                select(Application.id, Actor.tax_code, Application.total_cost)
                .join(Actor, Actor.id == Application.lead_actor_id)
                .where(in_call)
            )
        }
        countries: dict[int, list[str]] = defaultdict(list)
        for app_id, code in conn.execute(
            select(ApplicationCountry.application_id, ApplicationCountry.country_code)
            .join(Application, Application.id == ApplicationCountry.application_id)
            .where(in_call)
            .order_by(ApplicationCountry.application_id, ApplicationCountry.country_code)
        ):
            countries[app_id].append(_country(code))
        documents = {
            doc_id: (position, description)
            for doc_id, position, description in conn.execute(
                select(CallDocument.id, CallDocument.position, CallDocument.description).where(
                    CallDocument.call_id == call_id
                )
            )
        }
        excluded = {
            line.application_id for line in view.lines if line.outcome is RankingOutcome.NON_AMMISSIBILE
        }
        failed: dict[int, list[tuple[tuple[int, int, str], str]]] = defaultdict(list)
        if excluded:
            for app_id, code, document_id, reason in conn.execute(
                select(
                    AdmissibilityCheck.application_id,
                    AdmissibilityCheck.code,
                    AdmissibilityCheck.document_id,
                    AdmissibilityCheck.reason,
                )
                .join(Application, Application.id == AdmissibilityCheck.application_id)
                .where(
                    in_call,
                    AdmissibilityCheck.outcome == CheckOutcome.NON_SUPERATO,
                    AdmissibilityCheck.override_reason.is_(None),
                )
            ):
                if app_id in excluded:
                    failed[app_id].append(_failed_check(code, document_id, reason, documents))
    office = OfficeService(db, user).get()
    rows = []
    for line in view.lines:
        tax_code, total_cost = facts.get(line.application_id, (None, _ZERO))
        reasons: tuple[str, ...] = ()
        if line.outcome is RankingOutcome.NON_AMMISSIBILE:
            reasons = tuple(reason for _, reason in sorted(failed.get(line.application_id, []))) or (
                MISSING_REASON,
            )
        elif line.outcome is RankingOutcome.NON_IDONEA:
            reasons = ineligibility_reasons(line.total, line.criterion_scores, min_total, criteria)
        rows.append(
            AnnexRow(
                position=line.position,
                rank=line.rank,
                protocol_number=line.protocol_number,
                protocol_date=line.protocol_date,
                lead=line.lead,
                tax_code=tax_code,
                title=line.title,
                countries=tuple(countries.get(line.application_id, ())),
                score=line.total,
                total_cost=total_cost,
                requested=line.requested_grant,
                grant=line.grant,
                outcome=line.outcome,
                reasons=reasons,
            )
        )
    return AnnexData(
        letterhead=Letterhead.of(office),
        call_id=view.call_id,
        call_code=view.call_code,
        call_title=view.call_title,
        budget=view.budget,
        approved=view.approved,
        decree_number=view.decree_number,
        decree_date=view.decree_date,
        version=view.version,
        rows=tuple(rows),
    )


def _failed_check(
    code: str, document_id: int | None, reason: str | None, documents: dict[int, tuple[int, str]]
) -> tuple[tuple[int, int, str], str]:
    """(sort key, reason): the automatic checks in their fixed order, then the documents in the call's."""
    if code in AUTOMATIC_CHECKS:
        key = (AUTOMATIC_CHECKS.index(code), 0, code)
        fallback = f"{CHECK_LABELS[code]}: controllo non superato."
    else:
        position, description = documents.get(document_id or 0, (0, "documento richiesto dal bando"))
        key = (len(AUTOMATIC_CHECKS), position, code)
        fallback = f"Documento mancante o non conforme: {description}."
    return key, " ".join((reason or "").split()) or fallback


# -- the PDF ---------------------------------------------------------------------------------------------

_SIZE = 8.0
_LEADING = 9.6
_PAD = 3.0
_TOP_PAD = 2.0
_BOTTOM_PAD = 2.5
_CAPTION_SIZE = 8.5
_CAPTION_LEADING = 10.5
_CAPTION_GAP = 4.0
# Column widths in points (A4 landscape leaves about 740); None takes what is left.
_A_COLUMNS: tuple[tuple[str, float | None], ...] = (
    ("N.", 22),
    ("Protocollo", 66),
    ("Capofila (codice fiscale)", 150),
    ("Titolo del progetto", None),
    ("Paesi", 80),
    ("Punteggio", 48),
    ("Costo totale", 66),
    ("Contributo concesso", 68),
)
_B_COLUMNS = (*_A_COLUMNS[:-1], ("Contributo richiesto", 68))
_C_COLUMNS: tuple[tuple[str, float | None], ...] = (
    ("Protocollo", 66),
    ("Capofila (codice fiscale)", 136),
    ("Titolo del progetto", 160),
    ("Esito", 70),
    ("Punteggio", 48),
    ("Motivi", None),
)
_DROPPED_COLUMNS: tuple[tuple[str, float | None], ...] = (
    ("N.", 22),
    ("Protocollo", 66),
    ("Capofila (codice fiscale)", 150),
    ("Titolo del progetto", None),
    ("Esito", 80),
    ("Punteggio", 48),
    ("Costo totale", 66),
    ("Contributo richiesto", 68),
)
_RIGHT_AB = (0, 5, 6, 7)
_RIGHT_C = (4,)


def _widths(columns: Sequence[tuple[str, float | None]]) -> list[float]:
    fixed = sum(w for _, w in columns if w is not None)
    rest = usable_width(wide=True) - fixed
    return [rest if w is None else float(w) for _, w in columns]


def _chop(line: str, width: float, font: str) -> list[str]:
    """A word longer than the column (an e-mail, a code) cut where it reaches the edge."""
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and stringWidth(current + char, font, _SIZE) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def wrap(value: str, width: float, font: str = CONDENSED) -> str:
    """`value` broken into lines that fit `width` points (its own line breaks kept)."""
    width -= 2 * _PAD
    lines: list[str] = []
    for part in value.split("\n"):
        part = " ".join(part.split())
        if stringWidth(part, font, _SIZE) <= width:
            lines.append(part)
            continue
        for line in simpleSplit(part, font, _SIZE, width):
            lines.extend(_chop(line, width, font) if stringWidth(line, font, _SIZE) > width else (line,))
    return "\n".join(lines)


def _money(value: Decimal) -> str:
    return format_money(value)


def _score(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


def _protocol(row: AnnexRow) -> str:
    return f"{row.protocol_number}\ndel {format_date(row.protocol_date)}"


def _lead(row: AnnexRow) -> str:
    return f"{row.lead}\nC.F. {row.tax_code}" if row.tax_code else row.lead


def _funded_cells(row: AnnexRow) -> list[str]:
    grant = _money(row.grant)
    if row.partial:
        grant += f"\n{PARTIAL_MARK} (*)"
    return [
        str(row.rank or ""),
        _protocol(row),
        _lead(row),
        row.title,
        row.countries_text,
        _score(row.score),
        _money(row.total_cost),
        grant,
    ]


def _not_funded_cells(row: AnnexRow) -> list[str]:
    return [*_funded_cells(row)[:-1], _money(row.requested)]


def _excluded_cells(row: AnnexRow) -> list[str]:
    reasons = row.reasons if len(row.reasons) < 2 else tuple(f"– {r}" for r in row.reasons)
    return [_protocol(row), _lead(row), row.title, row.outcome.label, _score(row.score), "\n".join(reasons)]


def _dropped_cells(row: AnnexRow) -> list[str]:
    return [
        str(row.rank or ""),
        _protocol(row),
        _lead(row),
        row.title,
        row.outcome.label,
        _score(row.score),
        _money(row.total_cost),
        _money(row.requested),
    ]


def annex_table(
    caption: str,
    columns: Sequence[tuple[str, float | None]],
    rows: Sequence[Sequence[str]],
    *,
    right: Sequence[int] = (),
    totals: Sequence[tuple[str, dict[int, str]]] = (),
    draft: bool = False,
) -> Table:
    """A table splitting across pages: its caption row and header repeat on every page; `totals` are
    rows at the end (a label right-aligned across the first columns, amounts under their columns)."""
    widths = _widths(columns)
    n = len(columns)
    header = [wrap(name, w, CONDENSED_BOLD) for (name, _), w in zip(columns, widths, strict=True)]
    data: list[list[Any]] = [[wrap(caption, sum(widths), CONDENSED_BOLD)] + [""] * (n - 1), header]
    data += [[wrap(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
    first_total = len(data)
    amounts_from = min((c for _, amounts in totals for c in amounts), default=n - 1)
    for label, amounts in totals:
        cells = [""] * n
        cells[amounts_from - 1] = wrap(label, sum(widths[:amounts_from]), CONDENSED_BOLD)
        for column, value in amounts.items():
            cells[column] = value
        data.append(cells)
    # Heights given, not measured, and no SPAN: at each page break reportlab would otherwise measure
    # every remaining row again and map every cell of the spans (quadratic in the rows of a long
    # annex). Plain strings are not clipped, so the caption (in the first cell) and the totals' labels
    # (right-aligned in the column before the amounts) run over the empty cells beside them.
    heights = [data[0][0].count("\n") * _CAPTION_LEADING + _CAPTION_LEADING + _CAPTION_GAP]
    heights += [
        _LEADING * (1 + max(cell.count("\n") for cell in cells)) + _TOP_PAD + _BOTTOM_PAD
        for cells in data[1:]
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, _SIZE, _LEADING),
        ("FONT", (0, 0), (-1, 1), CONDENSED_BOLD, _SIZE, _LEADING),
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, _CAPTION_SIZE, _CAPTION_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, 0), _RED if draft else colors.black),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), _CAPTION_GAP),
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("LINEABOVE", (0, 1), (-1, 1), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("TOPPADDING", (0, 1), (-1, -1), _TOP_PAD),
        ("BOTTOMPADDING", (0, 1), (-1, -1), _BOTTOM_PAD),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("BOX", (0, 1), (-1, -1), 0.4, RULE),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right]
    # A rule under every row rather than stripes: reportlab leaves the box open at the bottom of the
    # pages after the second, and the row's own rule closes each page.
    commands.append(("LINEBELOW", (0, 2), (-1, -1), 0.3, RULE))
    if totals:
        commands += [
            ("FONT", (0, first_total), (-1, -1), CONDENSED_BOLD, _SIZE, _LEADING),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, colors.black),
            ("BACKGROUND", (0, first_total), (-1, -1), HEADER_FILL),
            ("ALIGN", (amounts_from - 1, first_total), (amounts_from - 1, -1), "RIGHT"),
        ]
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=2)
    table.setStyle(TableStyle(commands))
    return table


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "annex": ParagraphStyle("annex", parent=st["title"], fontSize=14, leading=17, spaceAfter=1),
        "decree": ParagraphStyle("decree", parent=st["subtitle"], fontSize=10.5, leading=13),
        "call": ParagraphStyle("call", parent=st["body"], spaceBefore=3),
        "summary": ParagraphStyle("summary", parent=st["small"], textColor=colors.HexColor("#3c4043")),
        "draft": ParagraphStyle(
            "draft", parent=st["title"], fontSize=15, leading=18, textColor=_RED, spaceAfter=2
        ),
        "draft_note": ParagraphStyle("draft_note", parent=st["small"], textColor=_RED, spaceAfter=4),
        "note": ParagraphStyle("note", parent=st["small"], spaceBefore=5),
        "empty": ParagraphStyle("empty", parent=st["body"], spaceBefore=8),
    }


def _caption(data: AnnexData, which: str) -> str:
    caption = f"Allegato {which} – {SUBJECTS[which]} · bando {data.call_code} · {data.decree_short}"
    if data.draft:
        caption = f"Allegato {which} – {SUBJECTS[which]} · bando {data.call_code} · {DRAFT_MARK}"
    return caption


def _heading(data: AnnexData, which: str) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = []
    if data.draft:
        story += [Paragraph(text(DRAFT_MARK), st["draft"]), Paragraph(text(DRAFT_TEXT), st["draft_note"])]
    story.append(Paragraph(text(f"ALLEGATO {which}"), st["annex"]))
    story.append(Paragraph(text(f"al {data.decree}"), st["decree"]))
    call = f"Bando {data.call_code} – {data.call_title}"
    if data.version is not None and data.version > 1:
        call += f" (graduatoria versione {data.version}, dopo lo scorrimento)"
    story.append(Paragraph(text(call), st["call"]))
    story.append(Paragraph(f"<b>{text(SUBJECTS[which])}</b>", st["call"]))
    story.append(Spacer(1, 5))
    return story


def count_text(n: int) -> str:
    """«1 domanda», «1.000 domande»."""
    return "1 domanda" if n == 1 else f"{format_number(n, 0)} domande"


def partial_note(row: AnnexRow) -> str:
    return (
        f"Finanziamento parziale della domanda prot. {row.protocol_number}: contributo richiesto "
        f"{_money(row.requested)}, concesso {_money(row.grant)} con le risorse residue della dotazione."
    )


def _annex_table(
    data: AnnexData,
    which: str,
    cells: list[list[str]],
    totals: Sequence[tuple[str, dict[int, str]]] = (),
) -> list[Flowable]:
    """The annex's table, or the sentence saying it has no application."""
    if not cells:
        return [Paragraph(text(EMPTY[which]), _styles()["empty"])]
    columns, right = {
        "A": (_A_COLUMNS, _RIGHT_AB),
        "B": (_B_COLUMNS, _RIGHT_AB),
        "C": (_C_COLUMNS, _RIGHT_C),
    }[which]
    return [annex_table(_caption(data, which), columns, cells, right=right, totals=totals, draft=data.draft)]


def _annex_a(data: AnnexData) -> list[Flowable]:
    rows = data.funded
    cost = sum((r.total_cost for r in rows), _ZERO)
    totals = [
        (f"Totale contributi concessi ({count_text(len(rows))})", {6: _money(cost), 7: _money(data.granted)}),
        ("Dotazione del bando", {7: _money(data.budget)}),
        ("Residuo della dotazione", {7: _money(data.remaining)}),
    ]
    story = _annex_table(data, "A", [_funded_cells(r) for r in rows], totals)
    story += [Paragraph(text(f"(*) {partial_note(r)}"), _styles()["note"]) for r in rows if r.partial]
    if data.dropped:
        dropped = annex_table(
            f"Allegato A – {DROPPED_SUBJECT}",
            _DROPPED_COLUMNS,
            [_dropped_cells(r) for r in data.dropped],
            right=_RIGHT_AB,
            draft=data.draft,
        )
        story += [Spacer(1, 10), KeepTogether([dropped])]
    return story


def _annex_b(data: AnnexData) -> list[Flowable]:
    rows = data.rows_of("B")
    cost = sum((r.total_cost for r in rows), _ZERO)
    requested = sum((r.requested for r in rows), _ZERO)
    label = f"Totale contributi richiesti ({count_text(len(rows))})"
    return _annex_table(
        data, "B", [_not_funded_cells(r) for r in rows], [(label, {6: _money(cost), 7: _money(requested)})]
    )


def _annex_c(data: AnnexData) -> list[Flowable]:
    return _annex_table(data, "C", [_excluded_cells(r) for r in data.rows_of("C")])


_BUILDERS = {"A": _annex_a, "B": _annex_b, "C": _annex_c}


def _checked(which: str) -> str:
    letters = "".join(dict.fromkeys(which.upper()))
    if not letters or any(letter not in ANNEXES for letter in letters):
        raise ValueError(f"Allegati sconosciuti: «{which}» (si stampano A, B e C).")
    return "".join(letter for letter in ANNEXES if letter in letters)


def annex_story(data: AnnexData, which: str = ANNEXES) -> list[Flowable]:
    """The platypus story of the annexes `which` ("A", "BC", "ABC"…), each starting on a new page
    with its own page numbers."""
    register_fonts()
    story: list[Flowable] = []
    for n, letter in enumerate(_checked(which)):
        if n:
            story.append(PageBreak())
        story.append(DocumentStart(f"Allegato {letter}"))
        story += _heading(data, letter)
        story += _BUILDERS[letter](data)
    return story


def annex_document(data: AnnexData, which: str = ANNEXES, target: Path | None = None) -> bytes:
    """The annexes as PDF bytes (also written to `target` when given); nothing recorded."""
    return build_pdf(
        annex_story(data, which),
        target,
        letterhead=data.letterhead,
        title=data.document_title,
        header_note=data.header_note,
        wide=True,
    )


# -- API for the window and the command line ---------------------------------------------------------


def default_file_name(data: AnnexData, suffix: str = ".pdf") -> str:
    """«Allegati_decreto_COOP-2025.pdf» («Bozza_allegati_…» for a draft)."""
    stem = f"{'Bozza allegati' if data.draft else 'Allegati decreto'} {data.call_code}"
    return safe_file_name(stem) + suffix


def _record(db: Database, user: CurrentUser, data: AnnexData, pdf: bytes, file_name: str) -> None:
    """Record the annexes in the register of documents, once per content and file name: a preview
    opened again, or the same file written again, is the same document."""
    digest = sha256_of(pdf)
    with db.reading() as session:
        known = session.scalar(
            select(GeneratedDocument.id)
            .where(
                GeneratedDocument.call_id == data.call_id,
                GeneratedDocument.kind == DocumentKind.ALLEGATO,
                GeneratedDocument.sha256 == digest,
                GeneratedDocument.file_name == file_name,
            )
            .limit(1)
        )
    if known is None:
        DocumentRegister(db, user).record(
            [NewDocument(DocumentKind.ALLEGATO, file_name, pdf, call_id=data.call_id)]
        )


def annex_pdf(db: Database, user: CurrentUser, call_id: int) -> bytes:
    """Allegati A, B and C of the call as PDF bytes, recorded in the register under
    `default_file_name` (the name the preview offers). Raises ServiceError when refused."""
    data = load_annex_data(db, user, call_id)
    pdf = annex_document(data)
    _record(db, user, data, pdf, default_file_name(data))
    return pdf


def save_annex_pdf(db: Database, user: CurrentUser, data: AnnexData, path: Path | str) -> Path:
    """Write the annexes of already read `data` to `path` and record them; returns the path."""
    path = Path(path)
    pdf = annex_document(data)
    path.write_bytes(pdf)
    _record(db, user, data, pdf, path.name)
    return path


def write_annex(db: Database, user: CurrentUser, call_id: int, path: Path | str) -> Path:
    """Allegati A, B and C of the call written to `path` (.pdf) and recorded in the register."""
    return save_annex_pdf(db, user, load_annex_data(db, user, call_id), path)


def write_annex_xlsx(db: Database, user: CurrentUser, call_id: int, path: Path | str) -> Path:
    """The same annexes as an Excel workbook (sheets «Allegato A», «Allegato B», «Allegato C»)."""
    from coop_desktop.exchange.annex_export import write_annex_workbook

    return write_annex_workbook(load_annex_data(db, user, call_id), path)


__all__ = [
    "ANNEXES",
    "DRAFT_MARK",
    "SUBJECTS",
    "AnnexData",
    "AnnexRow",
    "annex_document",
    "annex_pdf",
    "annex_story",
    "annex_table",
    "count_text",
    "default_file_name",
    "ineligibility_reasons",
    "load_annex_data",
    "partial_note",
    "save_annex_pdf",
    "write_annex",
    "write_annex_xlsx",
]
