"""Letters to the applicants of a call: avvio, integrazioni, preavviso (art. 10-bis), esito.

Reading: one pass per call (the call, its approved ranking and decree, the applications with their
lead actor, the failed admissibility checks, the open requests for documents, the office's
templates): a handful of queries whatever the number of applications, never one per letter.

Writing: each letter is rendered (its template, the sandboxed engine of letter_templates.py) in
this process into plain blocks of text, which travel to the PDF workers (printing/batch.py). There
`letter_story` lays them out with `LetterFlowable`, a flowable made for letters: words are measured
once per process and the paragraphs that letters share are broken into lines once, lines are
justified here and drawn with one text object per page, and text whose characters the document has
already coded is encoded in one C call (`_TextOut`). reportlab's Paragraph parses mark-up, measures
every word and encodes every character of every letter again: 1,000 one-page letters took about
five times as long.

    letter_pdf(db, user, application_id, kind) -> bytes          one letter, for a preview
    write_letter(db, user, application_id, kind, path) -> Path    one letter written and registered
    write_call_letters(db, user, call_id, kind, folder, ...)      a call's batch, registered
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    Call,
    Criterion,
    Decree,
    IntegrationRequest,
    Ranking,
    RankingEntry,
)
from coop_desktop.domain.admissibility import AUTOMATIC_CHECKS, CHECK_LABELS
from coop_desktop.domain.enums import (
    ApplicationStatus,
    CallStatus,
    CheckOutcome,
    DocumentKind,
    RankingOutcome,
)
from coop_desktop.domain.formatting import format_date, format_money, format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.exchange.progress import CancelFn, ProgressFn
from coop_desktop.printing.batch import BatchItem, BatchResult, safe_file_name, write_batch
from coop_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from coop_desktop.printing.layout import Letterhead, build_pdf
from coop_desktop.printing.letter_templates import (
    FIELDS,
    TEMPLATE_KINDS,
    Block,
    LetterText,
    TemplateProblem,
    bullet_list,
    render_letter,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.documents import DocumentRegister, NewDocument
from coop_desktop.services.errors import NotFoundError, ServiceError
from coop_desktop.services.letter_templates import current_templates
from coop_desktop.services.office import OfficeData, OfficeService

# What `print letters` and the window print for a whole call.
LETTER_KINDS = ("avvio", "integrazioni", "preavviso", "esito")
ESITO_TEMPLATE: dict[RankingOutcome, str] = {
    RankingOutcome.FINANZIATA: "esito_finanziata",
    RankingOutcome.FINANZIATA_PARZIALMENTE: "esito_parziale",
    RankingOutcome.AMMESSA_NON_FINANZIATA: "esito_non_finanziata",
    RankingOutcome.NON_IDONEA: "esito_non_idonea",
    RankingOutcome.NON_AMMISSIBILE: "esito_non_ammissibile",
}
DOCUMENT_KIND = {
    "avvio": DocumentKind.AVVIO,
    "integrazioni": DocumentKind.INTEGRAZIONI,
    "preavviso": DocumentKind.PREAVVISO,
    "esito": DocumentKind.ESITO,
}
# Days the applicant has to answer a preavviso di rigetto (art. 10-bis L. 241/1990).
REPLY_DAYS = 10
_CHUNK = 500


def _template_kind_family(kind: str) -> str:
    return "esito" if kind.startswith("esito") else kind


# -- layout of a letter ------------------------------------------------------------------------------

FONT_SIZE = 9.5
LEADING = 12.7
# From the top of a line's box to its baseline.
BASELINE = 9.7
PARAGRAPH_SPACE = 5.0
ITEM_SPACE = 2.0
BULLET_INDENT = 15.0
BULLET_X = 4.0
# The right-hand column (recipient, signature) starts at this share of the width.
RIGHT_COLUMN = 0.52
# A justified line whose spaces would grow by more than this many spaces is left ragged instead.
MAX_STRETCH = 1.6
# Below this height a letter's part that must stay together moves to the next page; above it (about a
# whole page) it is cut anyway, so that nothing is pushed from page to page for ever.
FORCED_SPLIT_FROM = 500.0
_FONTS = (SANS, SANS_BOLD)
_WIDTHS: dict[str, dict[str, float]] = {SANS: {}, SANS_BOLD: {}}
_WIDTH_CACHE_LIMIT = 200_000


def _width(text: str, font: str) -> float:
    """The width of a word at FONT_SIZE, measured once per process."""
    cache = _WIDTHS[font]
    found = cache.get(text)
    if found is None:
        if len(cache) > _WIDTH_CACHE_LIMIT:
            cache.clear()
        found = cache[text] = stringWidth(text, font, FONT_SIZE)
    return found


# A laid-out line: space above it, x offset, word spacing, bullet x (or None), (font, text) segments,
# and whether a page may break before it.
Line = tuple[float, float, float, float | None, tuple[tuple[str, str], ...], bool]


# A word: the pieces (font, text) written without a space between them (a bold number followed by a
# plain comma is one word), and its width.
Word = tuple[list[tuple[str, str]], float]
_NBSP = "\u00a0"


def _words(runs: Sequence[tuple[str, bool]]) -> list[list[Word]]:
    """The hard lines (ended by a line break) of the runs, as words."""
    lines: list[list[Word]] = [[]]
    space = True
    for text, bold in runs:
        font = _FONTS[bold]
        cache = _WIDTHS[font]
        for n, piece in enumerate(text.split("\n")):
            if n:
                lines.append([])
                space = True
            for m, word in enumerate(piece.split(" ")):
                if m:
                    space = True
                if not word:
                    continue
                w = cache.get(word)
                if w is None:
                    w = _width(word, font)
                words = lines[-1]
                if space or not words:
                    words.append(([(font, word)], w))
                else:
                    pieces, before = words[-1]
                    pieces.append((font, word))
                    words[-1] = (pieces, before + w)
                space = False
    return lines


def _split_long(word: Word, width: float) -> list[Word]:
    """A word wider than the line (a long address), cut by characters."""
    out: list[Word] = []
    current: list[tuple[str, str]] = []
    used = 0.0
    for font, text in word[0]:
        chunk = ""
        for char in text:
            w = _width(char, font)
            if used + w > width and (chunk or current):
                if chunk:
                    current.append((font, chunk))
                out.append((current, used))
                current, chunk, used = [], "", 0.0
            chunk += char
            used += w
        if chunk:
            current.append((font, chunk))
    if current:
        out.append((current, used))
    return out


def _break(words: list[Word], avail: float, space_widths: dict[str, float]) -> list[tuple[list[Word], float]]:
    """Greedy line breaking: the words of each line and the line's natural width."""
    lines: list[tuple[list[Word], float]] = []
    current: list[Word] = []
    used = 0.0
    for word in words:
        w = word[1]
        if w > avail:
            parts = _split_long(word, avail)
            if current:
                lines.append((current, used))
            lines.extend(([part], part[1]) for part in parts[:-1])
            current, used = [parts[-1]], parts[-1][1]
            continue
        if current:
            extra = space_widths[word[0][0][0]] + w
            if used + extra <= avail:
                current.append(word)
                used += extra
                continue
            lines.append((current, used))
        current, used = [word], w
    lines.append((current, used))
    return lines


def _segments(line_words: list[Word]) -> tuple[tuple[str, str], ...]:
    segments: list[tuple[str, str]] = []
    for k, (pieces, _) in enumerate(line_words):
        for m, (font, text) in enumerate(pieces):
            if k and not m:
                text = " " + text
            if segments and segments[-1][0] == font:
                segments[-1] = (font, segments[-1][1] + text)
            else:
                segments.append((font, text))
    return tuple(segments)


@functools.lru_cache(maxsize=4096)
def _block_lines(style: str, runs: tuple[tuple[str, bool], ...], width: float) -> tuple[tuple[Any, ...], ...]:
    """The lines (x, word spacing, segments) of one block. Cached: the letters of a batch repeat most
    of their paragraphs word for word (obligations, remedies, greeting, signature)."""
    space_widths = {font: _width(" ", font) for font in _FONTS}
    max_stretch = MAX_STRETCH * space_widths[SANS]
    if style == "r":
        x, avail, justify = width * RIGHT_COLUMN, width * (1 - RIGHT_COLUMN), False
    elif style == "b":
        x, avail, justify = BULLET_INDENT, width - BULLET_INDENT, True
    else:
        x, avail, justify = 0.0, width, True
    lines = []
    for hard_line in _words(runs):
        broken = _break(hard_line, avail, space_widths) if hard_line else [([], 0.0)]
        last = len(broken) - 1
        for n, (line_words, natural) in enumerate(broken):
            segments = _segments(line_words)
            word_space = 0.0
            if justify and n < last:
                spaces = len(line_words) - 1 + sum(text.count(_NBSP) for _, text in segments)
                if spaces > 0:
                    word_space = (avail - natural) / spaces
                    if word_space > max_stretch:
                        word_space = 0.0
            lines.append((x, word_space, segments))
    return tuple(lines)


def layout_blocks(blocks: Sequence[Block], width: float) -> list[Line]:
    """Break the blocks into lines of `width` points: paragraphs and list items justified (not their
    last line, nor a line ended by a line break, nor one that would need gaping spaces), the
    right-hand column left-aligned. Where a page may break: between blocks and inside paragraphs,
    leaving at least two lines of a paragraph on each page; never inside the right-hand column, between
    an introduction and its list, nor between the greeting and the signature that ends the letter."""
    laid: list[tuple[str, list[list[Any]]]] = []
    previous = ""
    for style, runs in blocks:
        if not laid:
            gap = 0.0
        elif style == "b" and previous in ("b", "p"):
            gap = ITEM_SPACE
        else:
            gap = PARAGRAPH_SPACE
        inside = style != "r"
        block = [
            [0.0, x, spacing, None, segments, inside]
            for x, spacing, segments in _block_lines(style, runs, width)
        ]
        block[0][0] = gap
        block[0][3] = BULLET_X if style == "b" else None
        block[0][5] = not (style == "b" and previous == "p")  # a list stays with its introduction
        if len(block) >= 2:
            block[1][5] = False  # no single first line at the foot of a page
            block[-1][5] = False  # nor a single last line at the top of the next
        laid.append((style, block))
        previous = style
    if len(laid) >= 2 and laid[-1][0] == "r":
        laid[-1][1][0][5] = False  # the signature stays with the greeting…
        if len(laid[-2][1]) == 1:
            laid[-2][1][0][5] = False  # …and the greeting with the paragraph before
    return [tuple(line) for _, block in laid for line in block]  # type: ignore[misc]


class LetterFlowable(Flowable):
    """A letter's body, laid out by `layout_blocks`; splits between lines across pages."""

    def __init__(self, blocks: Sequence[Block] = (), lines: list[Line] | None = None) -> None:
        super().__init__()
        self._blocks = blocks
        self._lines = lines
        self._laid_width: float | None = None

    def _layout(self, width: float) -> list[Line]:
        # A part left by a split keeps its lines; a whole letter is laid out again for another width.
        if self._lines is None or (self._blocks and width != self._laid_width):
            self._lines = layout_blocks(self._blocks, width)
            self._laid_width = width
        return self._lines

    @staticmethod
    def _height(lines: Sequence[Line]) -> float:
        return sum(line[0] for line in lines) + LEADING * len(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._height(self._layout(availWidth))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        used = 0.0
        cut = fits = 0
        for n, line in enumerate(lines):
            used += line[0] + LEADING
            if used > availHeight:
                break
            fits = n + 1
            if n + 1 < len(lines) and lines[n + 1][5]:
                cut = n + 1
        else:
            return [self]
        if cut == 0 and availHeight >= FORCED_SPLIT_FROM:
            cut = fits  # a block that cannot be kept together on a whole page is cut where it must
        if cut == 0:
            return []
        rest = [(0.0, *lines[cut][1:]), *lines[cut + 1 :]]
        return [LetterFlowable(lines=lines[:cut]), LetterFlowable(lines=rest)]  # type: ignore[list-item]

    def draw(self) -> None:
        lines = self._lines or []
        canvas = self.canv
        text = canvas.beginText()
        out = _TextOut(canvas, text)
        out.code_characters(lines)
        font = None
        word_space = 0.0
        y = self.height
        for gap, x, spacing, bullet, segments, _ in lines:
            y -= gap
            baseline = y - BASELINE
            y -= LEADING
            if bullet is not None:
                if font != SANS:
                    text.setFont(SANS, FONT_SIZE, LEADING)
                    font = SANS
                text.setTextOrigin(bullet, baseline)
                out.write(SANS, "•")
            text.setTextOrigin(x, baseline)
            if spacing != word_space:
                text.setWordSpace(spacing)
                word_space = spacing
            for face, chunk in segments:
                if face != font:
                    text.setFont(face, FONT_SIZE, LEADING)
                    font = face
                out.write(face, chunk)
        canvas.drawText(text)


class _TextOut:
    """`textOut` for text whose characters the document's font subset already holds, in one C call.

    reportlab's textOut encodes TrueType text character by character in Python (TTFont.splitString),
    and that was most of a batch's time. Once a character has its code in the document's first subset
    the code never changes, so the same bytes come from str.translate with the subset's table; text
    with a character not yet coded goes through textOut, which codes it. The PDF is the same byte for
    byte (tests/unit/test_letters.py compares the two); if reportlab's internals change, every call
    goes through textOut again.
    """

    enabled = True

    def __init__(self, canvas: Any, text: Any) -> None:
        self._canvas = canvas
        self._text = text
        self._doc = canvas._doc
        self._fonts: dict[str, tuple[Any, Any]] = {}

    def code_characters(self, lines: Sequence[Line]) -> None:
        """Give the document's codes to every character of the lines at once, in a fixed order: one
        short splitString per font instead of one per line that holds a character new to the document."""
        characters: dict[str, set[str]] = {}
        for *_, bullet, segments, _ in lines:
            if bullet is not None:
                characters.setdefault(SANS, set()).add("•")
            for face, chunk in segments:
                characters.setdefault(face, set()).update(chunk)
        for face in sorted(characters):
            font = getFont(face)
            state = font.state.get(self._doc)
            missing = characters[face]
            if state is not None:
                coded = state.assignments
                missing = {c for c in missing if ord(c) not in coded and c != _NBSP}
            if missing:
                font.splitString("".join(sorted(missing)), self._doc)

    def write(self, face: str, chunk: str) -> None:
        if _TextOut.enabled:
            try:
                if self._fast(face, chunk):
                    return
            except (AttributeError, KeyError, TypeError):
                _TextOut.enabled = False
        self._text.textOut(chunk)

    def _fast(self, face: str, chunk: str) -> bool:
        found = self._fonts.get(face)
        if found is None:
            font = getFont(face)
            state = font.state.get(self._doc)
            if state is None or state.frozen:
                return False  # textOut makes the document's state with the first text
            found = self._fonts[face] = (font, state)
        font, state = found
        assignments = state.assignments
        cached = getattr(state, "_coop_subset0", None)
        if cached is None:
            # [characters seen, characters of the first subset, their codes, encoded chunks]
            cached = state._coop_subset0 = [0, set(), {}, {}]
        operator = cached[3].get(chunk)
        if operator is None:
            if cached[0] != len(assignments):
                known, codes = cached[1], cached[2]
                for code, n in itertools.islice(assignments.items(), cached[0], None):
                    if n < 256:
                        known.add(chr(code))
                        codes[code] = chr(n)
                if 32 in codes and 0xA0 not in codes:
                    known.add(_NBSP)
                    codes[0xA0] = codes[32]  # as splitString: a no-break space is written as a space
                cached[0] = len(assignments)
            if not cached[1].issuperset(chunk):
                return False
            data = chunk.translate(cached[2]).encode("latin-1")
            # A character's code never changes in a document: the encoded chunk stays valid.
            operator = cached[3][chunk] = f"({self._canvas._escape(data)}) Tj"
        text = self._text
        if text._curSubset != 0:
            name = font.getSubsetInternalName(0, self._doc)
            text._code.append(f"{name} {fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL")
            text._curSubset = 0
        text._code.append(operator)
        return True


def letter_story(payload: tuple[Block, ...]) -> list[Flowable]:
    """The story of one letter (module-level: the batch's worker processes call it)."""
    return [LetterFlowable(payload)]


# -- reading a call ------------------------------------------------------------------------------------


@dataclass
class _App:
    id: int
    protocol_number: str
    protocol_date: date
    title: str
    total_cost: Decimal
    requested_grant: Decimal
    granted_amount: Decimal | None
    cup: str | None
    status: ApplicationStatus
    duration_months: int | None
    lead_id: int
    lead: str
    address: str | None
    postal_code: str | None
    municipality: str | None
    province: str | None
    pec: str | None
    legal_representative: str | None


@dataclass
class _Entry:
    rank: int | None
    total: Decimal | None
    outcome: RankingOutcome
    grant: Decimal
    scores: dict[str, Any]


@dataclass
class _CallData:
    call: Any
    office: OfficeData
    templates: dict[str, tuple[str, str]]
    apps: dict[int, _App]
    failed: dict[int, list[str]] = field(default_factory=dict)
    requests: dict[int, Any] = field(default_factory=dict)
    decree: Any = None
    ranking_id: int | None = None
    entries: dict[int, _Entry] = field(default_factory=dict)
    criteria: list[Any] = field(default_factory=list)
    # (day, fields shared by every letter of the call): made once per batch.
    shared: tuple[date, dict[str, Any]] | None = None


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[n : n + _CHUNK] for n in range(0, len(ids), _CHUNK)] or [[]]


def _load(db: Database, user: CurrentUser, call_id: int, app_ids: Sequence[int] | None = None) -> _CallData:
    office = OfficeService(db, user).get()
    with db.reading() as session:
        conn = session.connection()
        call = conn.execute(
            select(
                Call.id,
                Call.code,
                Call.title,
                Call.year,
                Call.status,
                Call.act_number,
                Call.act_date,
                Call.burt_number,
                Call.burt_date,
                Call.deadline,
                Call.budget,
                Call.min_total_score,
            ).where(Call.id == call_id)
        ).first()
        if call is None:
            raise NotFoundError("Il bando non esiste più: forse è stato eliminato da un altro utente.")
        stmt = (
            select(
                Application.id,
                Application.protocol_number,
                Application.protocol_date,
                Application.title,
                Application.total_cost,
                Application.requested_grant,
                Application.granted_amount,
                Application.cup,
                Application.status,
                Application.duration_months,
                Actor.id,
                Actor.name,
                Actor.address,
                Actor.postal_code,
                Actor.municipality,
                Actor.province,
                Actor.pec,
                Actor.legal_representative,
            )
            .join(Actor, Actor.id == Application.lead_actor_id)
            .where(Application.call_id == call_id)
            .order_by(Application.protocol_date, Application.protocol_number)
        )
        rows: list[Any] = []
        if app_ids is None:
            rows = list(conn.execute(stmt))
        else:
            for chunk in _chunks(list(app_ids)):
                rows += conn.execute(stmt.where(Application.id.in_(chunk)))
        apps = {row[0]: _App(*row) for row in rows}
        data = _CallData(call, office, current_templates(session), apps)
        in_call = select(Application.id).where(Application.call_id == call_id)
        order = {code: n for n, code in enumerate(AUTOMATIC_CHECKS)}
        failed: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for app_id, check_id, code, reason in conn.execute(
            select(
                AdmissibilityCheck.application_id,
                AdmissibilityCheck.id,
                AdmissibilityCheck.code,
                AdmissibilityCheck.reason,
            ).where(
                AdmissibilityCheck.application_id.in_(in_call),
                AdmissibilityCheck.outcome == CheckOutcome.NON_SUPERATO,
                AdmissibilityCheck.override_reason.is_(None),
            )
        ):
            if app_id in apps:
                text = (reason or "").strip() or f"{CHECK_LABELS.get(code, 'Controllo')}: non superato."
                failed[app_id].append((order.get(code, len(order)), check_id, text))
        data.failed = {app_id: [t for *_, t in sorted(found)] for app_id, found in failed.items()}
        for row in conn.execute(
            select(
                IntegrationRequest.application_id,
                IntegrationRequest.requested_on,
                IntegrationRequest.deadline,
                IntegrationRequest.description,
                IntegrationRequest.answered_on,
            )
            .where(IntegrationRequest.application_id.in_(in_call))
            .order_by(IntegrationRequest.requested_on, IntegrationRequest.id)
        ):
            if row.application_id in apps:
                # The latest open request wins over any answered one.
                known = data.requests.get(row.application_id)
                if row.answered_on is None or known is None or known.answered_on is not None:
                    data.requests[row.application_id] = row
        ranking = conn.execute(
            select(Ranking.id, Ranking.decree_id)
            .where(Ranking.call_id == call_id, Ranking.is_approved.is_(True))
            .order_by(Ranking.version.desc())
            .limit(1)
        ).first()
        if ranking is not None:
            data.ranking_id = ranking.id
            if ranking.decree_id is not None:
                data.decree = conn.execute(
                    select(Decree.number, Decree.issued_on, Decree.burt_number, Decree.burt_date).where(
                        Decree.id == ranking.decree_id
                    )
                ).first()
            for app_id, rank, total, outcome, grant, scores in conn.execute(
                select(
                    RankingEntry.application_id,
                    RankingEntry.rank,
                    RankingEntry.total_score,
                    RankingEntry.outcome,
                    RankingEntry.grant,
                    RankingEntry.criterion_scores,
                ).where(RankingEntry.ranking_id == ranking.id)
            ):
                data.entries[app_id] = _Entry(rank, total, RankingOutcome(outcome), grant, scores or {})
            data.criteria = list(
                conn.execute(
                    select(Criterion.code, Criterion.description, Criterion.min_points)
                    .where(Criterion.call_id == call_id)
                    .order_by(Criterion.position, Criterion.id)
                )
            )
    return data


# -- the fields of a letter ------------------------------------------------------------------------------


def _money(value: Decimal | None) -> str:
    """€ 40.000,00 with a space that never breaks the line between the sign and the amount."""
    return format_money(value).replace(" ", _NBSP)


def _decree_text(number: str | None, day: date | None) -> str:
    if not number:
        return ""
    return f"decreto dirigenziale n. {number}" + (f" del {format_date(day)}" if day else "")


def _burt_text(number: str | None, day: date | None) -> str:
    if not number:
        return ""
    return f"BURT n. {number}" + (f" del {format_date(day)}" if day else "")


def _call_values(data: _CallData, today: date) -> dict[str, Any]:
    """The fields every letter of the call shares (office, call, decree), computed once per batch."""
    if data.shared is not None and data.shared[0] == today:
        return data.shared[1]
    office, call, decree = data.office, data.call, data.decree
    funded = [e.rank for e in data.entries.values() if e.grant and e.rank is not None]
    values = {
        "luogo": office.city or "Firenze",
        "data_lettera": format_date(today),
        "ufficio": office.office_name,
        "direzione": office.department,
        "indirizzo_ufficio": Letterhead.of(office).address_line,
        "pec_ufficio": office.pec,
        "email_ufficio": office.email,
        "telefono_ufficio": office.phone,
        "dirigente": office.head_of_office,
        "responsabile_procedimento": office.procedure_manager,
        "bando_codice": call.code,
        "bando_titolo": call.title,
        "bando_anno": str(call.year),
        "bando_decreto": _decree_text(call.act_number, call.act_date),
        "bando_burt": _burt_text(call.burt_number, call.burt_date),
        "bando_scadenza": format_date(call.deadline),
        "giorni_risposta": str(REPLY_DAYS),
        "decreto_graduatoria": _decree_text(decree.number, decree.issued_on) if decree else "",
        "burt_graduatoria": _burt_text(decree.burt_number, decree.burt_date) if decree else "",
        "dotazione": _money(call.budget),
        "ultima_posizione_finanziata": str(max(funded)) if funded else "",
        "soglia_minima": "" if call.min_total_score is None else format_number(call.min_total_score),
    }
    data.shared = (today, values)
    return values


def _thresholds(data: _CallData, entry: _Entry) -> list[str]:
    """The minimum scores a project did not reach, as the non-idonea letter lists them."""
    lines = []
    minimum = data.call.min_total_score
    if minimum is not None and entry.total is not None and entry.total < minimum:
        lines.append(
            f"Punteggio complessivo: {format_number(entry.total)} punti, inferiore al minimo di "
            f"{format_number(minimum)} punti."
        )
    for code, description, min_points in data.criteria:
        value = entry.scores.get(code)
        if min_points is None or value is None:
            continue
        points = Decimal(str(value))
        if points < min_points:
            lines.append(
                f"Criterio {code} – {description}: {format_number(points)} punti, inferiore al minimo di "
                f"{format_number(min_points)} punti."
            )
    return lines or ["Il progetto non ha raggiunto i punteggi minimi previsti dal bando."]


def _context(data: _CallData, app: _App, template_kind: str, today: date) -> dict[str, Any]:
    """Every field of `template_kind` for the application."""
    values = dict(_call_values(data, today))
    place = " ".join(p for p in (app.postal_code, app.municipality) if p)
    if place and app.province:
        place += f" ({app.province})"
    own = app.total_cost - app.requested_grant
    share = (own * 100 / app.total_cost) if app.total_cost else Decimal(0)
    entry = data.entries.get(app.id)
    grant = entry.grant if entry is not None else (app.granted_amount or Decimal(0))
    reasons = data.failed.get(app.id, [])
    request = data.requests.get(app.id)
    values.update(
        destinatario=app.lead,
        legale_rappresentante=app.legal_representative or "",
        indirizzo_destinatario=app.address or "",
        localita_destinatario=place,
        pec_destinatario=app.pec or "",
        protocollo=app.protocol_number,
        data_protocollo=format_date(app.protocol_date),
        titolo_progetto=app.title,
        costo_totale=_money(app.total_cost),
        contributo_richiesto=_money(app.requested_grant),
        cofinanziamento=_money(own),
        cofinanziamento_percentuale=f"{format_number(share)}%",
        durata_mesi="" if app.duration_months is None else str(app.duration_months),
        motivi=list(reasons),
        elenco_motivi=bullet_list(reasons) if reasons else "- Nessun motivo registrato.",
        integrazioni_richieste=" ".join((request.description or "").split()) if request else "",
        data_richiesta=format_date(request.requested_on) if request else "",
        scadenza_integrazioni=format_date(request.deadline) if request else "",
        posizione="" if entry is None or entry.rank is None else str(entry.rank),
        punteggio="" if entry is None or entry.total is None else format_number(entry.total),
        contributo_concesso=_money(grant),
        cup=app.cup or "",
        cofinanziamento_concesso=_money(app.total_cost - grant),
        quota_non_finanziata=_money(max(app.requested_grant - grant, Decimal(0))),
        elenco_soglie=bullet_list(_thresholds(data, entry)) if entry is not None else "",
    )
    return {name: values[name] for name in FIELDS[template_kind]}


# -- which letters a call gets ------------------------------------------------------------------------------


def _approved_ranking(data: _CallData) -> None:
    if data.ranking_id is None or data.call.status is not CallStatus.GRADUATORIA_APPROVATA:
        raise ServiceError(
            f"Il bando {data.call.code} non ha una graduatoria approvata con decreto: le comunicazioni di "
            "esito si stampano dopo l'approvazione."
        )


def _template_for(data: _CallData, app: _App, kind: str) -> str:
    """The template of `kind` for this application, or ServiceError (Italian) when it gets none."""
    if kind in TEMPLATE_KINDS and kind.startswith("esito_"):
        return kind
    if kind == "esito":
        _approved_ranking(data)
        entry = data.entries.get(app.id)
        if entry is None:
            raise ServiceError(f"La domanda prot. {app.protocol_number} non è nella graduatoria approvata.")
        template = ESITO_TEMPLATE.get(entry.outcome)
        if template is None:
            raise ServiceError(
                f"La domanda prot. {app.protocol_number} è «{entry.outcome.label}»: non riceve la "
                "comunicazione di esito."
            )
        return template
    if kind == "integrazioni" and app.id not in data.requests:
        raise ServiceError(f"La domanda prot. {app.protocol_number} non ha richieste di integrazioni.")
    if kind == "preavviso" and not data.failed.get(app.id):
        raise ServiceError(
            f"La domanda prot. {app.protocol_number} non ha controlli di ammissibilità non superati."
        )
    if kind not in TEMPLATE_KINDS:
        raise ServiceError(f"Tipo di lettera sconosciuto «{kind}».")
    return kind


def _selected(data: _CallData, kind: str) -> list[tuple[_App, str]]:
    """The applications of the call that get a letter of `kind`, with their template."""
    apps = list(data.apps.values())
    if kind == "avvio":
        return [(a, "avvio") for a in apps]
    if kind == "integrazioni":
        return [
            (a, "integrazioni")
            for a in apps
            if a.id in data.requests and data.requests[a.id].answered_on is None
        ]
    if kind == "preavviso":
        return [
            (a, "preavviso")
            for a in apps
            if a.status is ApplicationStatus.NON_AMMISSIBILE and data.failed.get(a.id)
        ]
    if kind == "esito":
        _approved_ranking(data)
        chosen = []
        for a in apps:
            entry = data.entries.get(a.id)
            template = ESITO_TEMPLATE.get(entry.outcome) if entry is not None else None
            if template is not None:
                chosen.append((a, template))
        # In the order of the ranking, as the decree lists them.
        chosen.sort(
            key=lambda pair: (data.entries[pair[0].id].rank is None, data.entries[pair[0].id].rank or 0)
        )
        return chosen
    raise ServiceError(f"Tipo di lettera sconosciuto «{kind}»: scegli tra {', '.join(LETTER_KINDS)}.")


_NOTHING = {
    "avvio": "Il bando {code} non ha domande.",
    "integrazioni": "Nel bando {code} nessuna domanda ha richieste di integrazioni in attesa di risposta.",
    "preavviso": "Nel bando {code} nessuna domanda è non ammissibile con motivi registrati.",
    "esito": "La graduatoria approvata del bando {code} non ha domande a cui comunicare l'esito.",
}


def _render(data: _CallData, app: _App, template_kind: str, today: date) -> LetterText:
    title, body = data.templates[template_kind]
    try:
        return render_letter(title, body, _context(data, app, template_kind, today), kind=template_kind)
    except TemplateProblem as exc:
        raise ServiceError(
            f"Il modello «{template_kind}» non può essere usato: {exc.text}. "
            "Correggilo in Strumenti › Modelli di lettere."
        ) from None


def _batch_title(kind: str, call_code: str) -> str:
    return f"{DOCUMENT_KIND[_template_kind_family(kind)].label} – bando {call_code}"


def _file_name(kind: str, app: _App) -> str:
    return safe_file_name(f"{kind}_{app.protocol_number}_{app.lead}", 90)


def _recipient(app: _App) -> str:
    return f"{app.lead} ({app.pec})" if app.pec else app.lead


def _call_of(db: Database, application_id: int) -> int:
    with db.reading() as session:
        call_id = session.scalar(select(Application.call_id).where(Application.id == application_id))
    if call_id is None:
        raise NotFoundError("La domanda non esiste più: forse è stata eliminata da un altro utente.")
    return call_id


# -- the API -----------------------------------------------------------------------------------------------


def letter_pdf(
    db: Database, user: CurrentUser, application_id: int, kind: str, *, today: date | None = None
) -> bytes:
    """One letter as PDF bytes, nothing recorded (a preview). `kind`: avvio, integrazioni, preavviso,
    esito (the outcome's letter) or one template kind (esito_finanziata…). ServiceError (Italian) when
    the application gets no such letter."""
    user.require(Permission.PRINT_DOCUMENTS)
    data = _load(db, user, _call_of(db, application_id), [application_id])
    app = data.apps[application_id]
    template_kind = _template_for(data, app, kind)
    letter = _render(data, app, template_kind, today or date.today())
    return build_pdf(
        letter_story(letter.blocks),
        letterhead=Letterhead.of(data.office),
        title=_batch_title(template_kind, data.call.code),
        author=data.office.office_name,
    )


def write_letter(
    db: Database, user: CurrentUser, application_id: int, kind: str, path: Path, *, today: date | None = None
) -> Path:
    """One letter written to `path` and recorded in the register of generated documents."""
    data = letter_pdf(db, user, application_id, kind, today=today)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    with db.reading() as session:
        call_id, lead_id, lead, pec = session.execute(
            select(Application.call_id, Actor.id, Actor.name, Actor.pec)
            .join(Actor, Actor.id == Application.lead_actor_id)
            .where(Application.id == application_id)
        ).one()
    DocumentRegister(db, user).record(
        [
            NewDocument(
                DOCUMENT_KIND[_template_kind_family(kind)],
                str(path),
                data,
                call_id=call_id,
                application_id=application_id,
                actor_id=lead_id,
                recipient=f"{lead} ({pec})" if pec else lead,
            )
        ]
    )
    return path


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """A call's letters rendered and ready for write_batch (the benchmark times the two apart)."""

    kind: str
    call_id: int
    call_code: str
    items: tuple[BatchItem, ...]
    apps: tuple[tuple[int, int, str], ...]  # per item: application, lead actor, recipient
    letterhead: Letterhead
    title: str
    merged_name: str


def prepare_call_letters(
    db: Database, user: CurrentUser, call_id: int, kind: str, *, today: date | None = None
) -> PreparedBatch:
    """Read the call once and render each of its letters of `kind` (ServiceError when none)."""
    user.require(Permission.PRINT_DOCUMENTS)
    if kind not in LETTER_KINDS:
        raise ServiceError(f"Tipo di lettera sconosciuto «{kind}»: scegli tra {', '.join(LETTER_KINDS)}.")
    data = _load(db, user, call_id)
    chosen = _selected(data, kind)
    if not chosen:
        raise ServiceError(_NOTHING[kind].format(code=data.call.code))
    day = today or date.today()
    items = []
    for app, template_kind in chosen:
        letter = _render(data, app, template_kind, day)
        items.append(BatchItem(_file_name(kind, app), letter.blocks))
    return PreparedBatch(
        kind,
        call_id,
        data.call.code,
        tuple(items),
        tuple((app.id, app.lead_id, _recipient(app)) for app, _ in chosen),
        Letterhead.of(data.office),
        _batch_title(kind, data.call.code),
        safe_file_name(f"{kind}_{data.call.code}_tutte_le_lettere"),
    )


def write_call_letters(
    db: Database,
    user: CurrentUser,
    call_id: int,
    kind: str,
    folder: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
    today: date | None = None,
) -> BatchResult:
    """The letters of `kind` to the applicants of the call: one PDF per recipient and one merged PDF
    in `folder`, each recipient's letter recorded in the register (also when cancelled: what was
    written). avvio: every application; integrazioni: those with a request awaiting an answer;
    preavviso: the non-admissible ones, with the reasons of the failed checks and 10 days to reply;
    esito: every application of the approved ranking, with the letter of its outcome."""
    if progress is not None:
        progress(0, 0, "Preparazione delle lettere…")
    batch = prepare_call_letters(db, user, call_id, kind, today=today)
    register_fonts()  # here, so that the worker processes start with the fonts read
    result = write_batch(
        batch.items,
        letter_story,
        Path(folder),
        letterhead=batch.letterhead,
        title=batch.title,
        merged_name=batch.merged_name,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    record_batch(db, user, batch, result)
    return result


def record_batch(db: Database, user: CurrentUser, batch: PreparedBatch, result: BatchResult) -> None:
    """Record each recipient's letter of the batch that was written (the merged copy is for printing)."""
    by_name = {f"{item.name}.pdf": who for item, who in zip(batch.items, batch.apps, strict=True)}
    documents = []
    for path in result.files:
        who = by_name.get(path.name)
        if who is None:
            continue
        app_id, actor_id, recipient = who
        documents.append(
            NewDocument(
                DOCUMENT_KIND[batch.kind],
                str(path),
                path.read_bytes(),
                call_id=batch.call_id,
                application_id=app_id,
                actor_id=actor_id,
                recipient=recipient,
            )
        )
    if documents:
        DocumentRegister(db, user).record(documents)


def preview_context(
    db: Database, user: CurrentUser, application_id: int, template_kind: str, *, today: date | None = None
) -> dict[str, Any]:
    """The fields of `template_kind` filled from a real application (the editor's preview)."""
    data = _load(db, user, _call_of(db, application_id), [application_id])
    return _context(data, data.apps[application_id], template_kind, today or date.today())


def preview_candidates(db: Database, template_kind: str, limit: int = 200) -> list[tuple[int, str]]:
    """Applications whose data suit `template_kind`, most recent calls first: (id, label)."""
    stmt = (
        select(Application.id, Call.code, Application.protocol_number, Actor.name)
        .join(Call, Call.id == Application.call_id)
        .join(Actor, Actor.id == Application.lead_actor_id)
        .order_by(Call.year.desc(), Call.id.desc(), Application.protocol_date, Application.protocol_number)
        .limit(limit)
    )
    outcome = {v: k for k, v in ESITO_TEMPLATE.items()}.get(template_kind)
    if outcome is not None:
        latest = (
            select(Ranking.id)
            .where(Ranking.call_id == Application.call_id, Ranking.is_approved.is_(True))
            .order_by(Ranking.version.desc())
            .limit(1)
            .scalar_subquery()
        )
        stmt = stmt.join(
            RankingEntry,
            (RankingEntry.application_id == Application.id) & (RankingEntry.ranking_id == latest),
        ).where(RankingEntry.outcome == outcome)
    elif template_kind == "integrazioni":
        stmt = stmt.where(Application.id.in_(select(IntegrationRequest.application_id)))
    elif template_kind == "preavviso":
        stmt = stmt.where(Application.status == ApplicationStatus.NON_AMMISSIBILE)
    with db.reading() as session:
        return [
            (app_id, f"{code} – prot. {protocol} – {lead}")
            for app_id, code, protocol, lead in session.execute(stmt)
        ]
