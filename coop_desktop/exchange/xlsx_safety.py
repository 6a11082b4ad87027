"""Opening workbooks that come from outside, and writing cells a spreadsheet will never execute.

A file to import is untrusted: it may be another format renamed, damaged, password-protected, a zip
bomb or XML with entity tricks. Every such case becomes one ImportRefused with an Italian message.
Exported text is written as inline strings only (InlineStringRows), never as formulas or errors.
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from coop_desktop.exchange.errors import ExportFailed, ImportRefused

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

MAX_FILE_BYTES = 50 * 1024 * 1024
# 200,000 rows of text unpack to about 200 MB of XML; far more than that is a zip bomb.
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_DATA_ROWS = 200_000
_ROWS_LIMIT_TEXT = f"{MAX_DATA_ROWS:_}".replace("_", ".")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
# An xlsx saved with a password is an OLE compound file holding this stream instead of a zip.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_OTHER_FORMATS = {
    ".xls": "è nel vecchio formato Excel 97-2003 (.xls)",
    ".xlsb": "è nel formato Excel binario (.xlsb)",
    ".xlsm": "contiene macro (.xlsm)",
    ".csv": "è un file CSV",
    ".ods": "è un foglio di calcolo OpenDocument (.ods)",
    ".txt": "è un file di testo",
}
_SAVE_AS = "Aprilo con Excel o LibreOffice e salvalo come «Cartella di lavoro Excel (.xlsx)»."


def _require_defusedxml() -> None:
    # openpyxl parses worksheets with defusedxml only when it is importable: without it, refuse.
    if openpyxl.DEFUSEDXML is not True:
        raise ImportRefused(
            "Importazione non disponibile: manca la libreria di sicurezza defusedxml "
            "(installazione incompleta, avvisa l'assistenza)."
        )


def check_xlsx_file(path: Path) -> None:
    """Refuse anything that is not a plausible, unencrypted .xlsx of reasonable size."""
    _require_defusedxml()
    try:
        _check_file(path)
    except OSError as exc:  # unreadable: permissions, a file locked by another program, a vanished share
        raise ImportRefused(f"Impossibile leggere il file «{path.name}» ({exc.strerror or exc}).") from exc


def _check_file(path: Path) -> None:
    name = path.name
    if not path.exists():
        raise ImportRefused(f"Il file «{name}» non esiste.")
    if not path.is_file():
        raise ImportRefused(f"«{name}» non è un file.")
    suffix = path.suffix.lower()
    if suffix != ".xlsx":
        what = _OTHER_FORMATS.get(suffix, "non è un file Excel .xlsx")
        raise ImportRefused(f"Il file «{name}» {what}: si importano solo file .xlsx. {_SAVE_AS}")
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused(f"Il file «{name}» è vuoto.")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            f"Il file «{name}» è troppo grande ({size / 1024 / 1024:.0f} MB; "
            f"il massimo è {MAX_FILE_BYTES // 1024 // 1024} MB): dividilo in più file."
        )
    with path.open("rb") as fh:
        head = fh.read(8)
        if head == _OLE_MAGIC:
            fh.seek(0)
            if _ENCRYPTED_STREAM in fh.read():
                raise ImportRefused(
                    f"Il file «{name}» è protetto da password: rimuovi la password in Excel "
                    "(File › Informazioni › Proteggi cartella di lavoro), salvalo e riprova."
                )
            raise ImportRefused(
                f"Il file «{name}» è nel vecchio formato Excel 97-2003 anche se si chiama .xlsx. {_SAVE_AS}"
            )
    if not head.startswith(_ZIP_MAGIC):
        raise ImportRefused(
            f"Il file «{name}» non è una cartella di lavoro Excel (.xlsx): potrebbe essere un file "
            f"di testo o CSV rinominato. {_SAVE_AS}"
        )
    _check_archive(path)


def _damaged(name: str, error: BaseException | None = None) -> ImportRefused:
    if _blocked_by_defusedxml(error):
        return ImportRefused(
            f"Il file «{name}» contiene istruzioni XML non ammesse (entità o riferimenti esterni) "
            "e non viene aperto per sicurezza: salvalo di nuovo con Excel o LibreOffice."
        )
    return ImportRefused(
        f"Il file «{name}» è danneggiato o non è una cartella di lavoro Excel valida: "
        "prova ad aprirlo e a salvarlo di nuovo con Excel o LibreOffice."
    )


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _damaged(path.name) from exc
    names = {m.filename for m in members}
    if any(m.flag_bits & 0x1 for m in members):
        raise ImportRefused(f"Il file «{path.name}» è protetto da password: rimuovi la password e riprova.")
    if "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise ImportRefused(f"Il file «{path.name}» è nel formato Excel binario (.xlsb). {_SAVE_AS}")
        if "word/document.xml" in names:
            raise ImportRefused(f"Il file «{path.name}» è un documento Word, non un foglio Excel.")
        raise _damaged(path.name)
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            f"Il file «{path.name}» è troppo grande una volta decompresso: dividilo in più file."
        )


def _blocked_by_defusedxml(error: BaseException | None) -> bool:
    # openpyxl wraps parser errors in ValueError; the defusedxml refusal is further down the chain.
    while error is not None:
        if isinstance(error, DefusedXmlException):
            return True
        error = error.__cause__ or error.__context__
    return False


@contextmanager
def open_untrusted_workbook(path: Path) -> Iterator[Workbook]:
    """The checked workbook, read-only (streamed) and with cached values instead of formulas."""
    path = Path(path)
    check_xlsx_file(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on malformed input; the user needs one message
        raise _damaged(path.name, exc) from exc
    try:
        yield workbook
    finally:
        workbook.close()


def sheet_rows(sheet: ReadOnlyWorksheet, file_name: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(spreadsheet row number, values) of every row, blank ones included so numbers stay true.

    The sheet's declared size is dropped first: some programs write a wrong one and openpyxl would
    silently stop reading there. Damaged XML met while streaming becomes ImportRefused.
    """
    sheet.reset_dimensions()
    source = sheet.iter_rows(values_only=True)
    number = 0
    filled = 0
    while True:
        try:
            values = next(source)
        except StopIteration:
            return
        except Exception as exc:  # XML errors surface lazily, row by row, in read-only mode
            if _blocked_by_defusedxml(exc):
                raise _damaged(file_name, exc) from exc
            raise ImportRefused(
                f"Il file «{file_name}» è danneggiato (foglio «{sheet.title}», dopo la riga {number}): "
                "prova ad aprirlo e a salvarlo di nuovo con Excel o LibreOffice."
            ) from exc
        number += 1
        if not is_blank(values):
            filled += 1
            if filled > MAX_DATA_ROWS:
                raise ImportRefused(
                    f"Il foglio «{sheet.title}» ha più di {_ROWS_LIMIT_TEXT} righe: dividilo in più file."
                )
        yield number, values


def is_blank(values: tuple[Any, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def cell_text(value: Any) -> str:
    """A cell as the text a user typed: whole numbers without ".0", dates in Italian form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "VERO" if value else "FALSO"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# Characters XML 1.0 cannot carry (control characters but tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF): Excel cannot hold them either, so they are dropped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What one cell holds; longer text is cut, as openpyxl does.
MAX_CELL_TEXT = 32_767


def _text_element(value: str) -> str:
    """`value` as the <t> element of an inline string, escaped as lxml would."""
    if not value.isprintable():  # the rare case: tabs, line breaks, control characters…
        value = _NOT_XML.sub("", value)
    if len(value) > MAX_CELL_TEXT:
        value = value[:MAX_CELL_TEXT]
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if value != value.strip():  # leading or trailing spaces would be trimmed without this
        return f'<t xml:space="preserve">{value}</t>'
    return f"<t>{value}</t>"


class InlineStringRows:
    """Rows of text as the SpreadsheetML of a worksheet's <sheetData>, one `<row>` at a time.

    Every value becomes an inline-string cell (t="inlineStr"): never a formula and never an error
    value, so text such as "=HYPERLINK(…)", "+39 055…", "-Meno", "@partner" or "#N/A" stays text in
    every spreadsheet program (no formula injection), whatever its first character. None and empty
    values leave the cell out. Used instead of openpyxl's write-only cells, which cost 13–15 µs a
    cell on the benchmark machine (17–20 s of an export of 100,000 actors; this, about 1.5 µs).
    """

    def __init__(self, columns: int) -> None:
        self._letters = [get_column_letter(n) for n in range(1, columns + 1)]

    def row(self, number: int, values: Sequence[str | None]) -> str:
        if len(values) > len(self._letters):
            raise ValueError(f"{len(values)} values for {len(self._letters)} columns")
        row = str(number)
        parts = [f'<row r="{row}">']
        for letter, value in zip(self._letters, values, strict=False):
            if value:
                parts.append(f'<c r="{letter}{row}" t="inlineStr"><is>{_text_element(value)}</is></c>')
        parts.append("</row>")
        return "".join(parts)


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, moved over it only when the block succeeds.

    On any error or cancel the temporary file is removed and an existing file is left untouched.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportFailed(f"Il nome del file deve terminare con .xlsx («{path.name}»).")
    if not path.parent.is_dir():
        raise ExportFailed(f"La cartella «{path.parent}» non esiste.")
    partial = path.with_name(f".{path.name}.part")
    try:
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        raise ExportFailed(
            f"Impossibile scrivere «{path.name}» ({exc.strerror or exc}): "
            "controlla che la cartella sia scrivibile e che il file non sia aperto in un altro programma."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
