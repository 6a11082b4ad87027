"""What every PDF of the office shares: A4 pages, the letterhead, "Pagina X di Y", styles, tables.

`build_pdf(story, target, ...)` lays out a platypus story. A batch (1,000 letters in one merged PDF)
is one story with a `DocumentStart` before each letter: pages are then numbered per letter
("Pagina 1 di 2" of each), while reportlab lays the whole batch out in one pass.
"""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from coop_desktop.printing.fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts

MARGIN = 18 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 12 * mm
GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
HEADER_FILL = colors.HexColor("#e8eef5")
ZEBRA = colors.HexColor("#f6f8fa")
REGION = "REGIONE TOSCANA"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The office as it signs its documents (from the office settings)."""

    office_name: str = ""
    department: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    pec: str = ""
    email: str = ""
    phone: str = ""
    head_of_office: str = ""
    procedure_manager: str = ""

    @classmethod
    def of(cls, office: Any) -> Letterhead:
        """From OfficeData (services/office.py) or anything with the same attributes."""
        return cls(**{name: getattr(office, name, "") or "" for name in cls.__slots__})  # type: ignore[attr-defined]

    @property
    def address_line(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        if place and self.province:
            place += f" ({self.province})"
        return " – ".join(p for p in (self.address, place) if p)

    @property
    def contacts_line(self) -> str:
        parts = [
            f"PEC {self.pec}" if self.pec else "",
            self.email,
            f"tel. {self.phone}" if self.phone else "",
        ]
        return " · ".join(p for p in parts if p)


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (its mark-up is XML)."""
    return escape("" if value is None else str(value))


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, made once per process (a batch asks for them for every letter)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "body": base,
        "justified": ParagraphStyle("justified", parent=base, alignment=4),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "small_right": ParagraphStyle("small_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=base, fontName=CONDENSED, fontSize=8, leading=9.6),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=CONDENSED_BOLD, fontSize=8, leading=9.6
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontName=CONDENSED, fontSize=8, leading=9.6, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=13, leading=16, spaceAfter=4
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=SANS_BOLD, fontSize=10.5, leading=13),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A table that splits across pages repeating its header; cells are wrapped Paragraphs.
    `right` lists the columns aligned right (amounts, points); `bold_last` marks a totals row."""
    st = styles()
    head = [Paragraph(text(h), st["cell_bold"]) for h in header]
    body = []
    for r, row in enumerate(rows):
        last = bold_last and r == len(rows) - 1
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            style = st["cell_right"] if c in right else st["cell"]
            content = text(value)
            cells.append(Paragraph(f"<b>{content}</b>" if last else content, style))
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if bold_last and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table.setStyle(TableStyle(commands))
    return table


class DocumentStart(Flowable):
    """Marks where one recipient's document begins inside a batch: page numbers restart there."""

    def __init__(self, key: str = "") -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def draw(self) -> None:
        canvas = self.canv
        canvas._coop_document_start = True  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then writes "Pagina X di Y" counted per document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[tuple[dict[str, Any], bool]] = []
        self._coop_document_start = False

    def showPage(self) -> None:  # reportlab's name
        self._pages.append((dict(self.__dict__), self._coop_document_start))
        self._coop_document_start = False
        self._startPage()

    def save(self) -> None:
        starts = [i for i, (_, start) in enumerate(self._pages) if start] or [0]
        if starts[0] != 0:
            starts.insert(0, 0)
        bounds = [*starts, len(self._pages)]
        for first, end in itertools.pairwise(bounds):
            for n in range(first, end):
                state, _ = self._pages[n]
                self.__dict__.update(state)
                self._footer_number(n - first + 1, end - first)
                super().showPage()
        super().save()

    def _footer_number(self, page: int, pages: int) -> None:
        width = self._pagesize[0]
        self.setFont(SANS, 7.5)
        self.setFillColor(GREY)
        self.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Pagina {page} di {pages}")


def _draw_frame(letterhead: Letterhead, title: str, header_note: str) -> Any:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        top = height - MARGIN + 4 * mm
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setFont(SANS_BOLD, 11)
        canvas.drawString(MARGIN, top - 4 * mm, REGION)
        # One column on the left (the right-hand side keeps only the short header note): long
        # office names and contacts can never run into each other.
        canvas.setFont(SANS, 8)
        y = top - 8.5 * mm
        for line in (letterhead.department, letterhead.office_name):
            if line:
                canvas.drawString(MARGIN, y, line)
                y -= 3.4 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7)
        for line in (letterhead.address_line, letterhead.contacts_line):
            if line:
                canvas.drawString(MARGIN, y, line)
                y -= 3.1 * mm
        right = width - MARGIN
        if header_note:
            canvas.setFont(SANS_BOLD, 7.5)
            canvas.drawRightString(right, top - 4 * mm, header_note)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(
            MARGIN, height - MARGIN - HEADER_HEIGHT + 6 * mm, right, height - MARGIN - HEADER_HEIGHT + 6 * mm
        )
        canvas.line(MARGIN, MARGIN - 2.5 * mm, right, MARGIN - 2.5 * mm)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN, MARGIN - 6 * mm, title)
        canvas.restoreState()

    return draw


def build_pdf(
    story: list[Flowable],
    target: Path | io.BytesIO | None = None,
    *,
    letterhead: Letterhead,
    title: str,
    header_note: str = "",
    wide: bool = False,
    author: str = "",
) -> bytes:
    """Lay out `story` on A4 (landscape when `wide`) with the letterhead and the page numbers;
    write it to `target` (a path or a buffer) and return the PDF's bytes."""
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT - 4 * mm,
        bottomMargin=MARGIN + FOOTER_HEIGHT - 8 * mm,
        title=title,
        author=author or letterhead.office_name or REGION,
        creator="Coop Desktop",
        invariant=True,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_draw_frame(letterhead, title, header_note))]
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    if isinstance(target, io.BytesIO):
        target.write(data)
    elif target is not None:
        Path(target).write_bytes(data)
    return data


def usable_width(wide: bool = False) -> float:
    width = (landscape(A4) if wide else A4)[0]
    return width - 2 * MARGIN
