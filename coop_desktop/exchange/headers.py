"""Finding the header row of a hand-kept sheet and matching its headers to fields.

Headers are compared by a key that ignores case, accents, spaces and punctuation, so "E-mail",
"email" and "EMAIL " are the same column, as are "C.F." and "CF". Each field also accepts the
synonyms offices actually use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from coop_desktop.domain.text import fold
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.xlsx_safety import is_blank

# A title line or two (and blank lines) may sit above the headers; further down is data, not headers.
HEADER_SEARCH_ROWS = 10

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """The comparison key of a header: folded, letters and digits only ("Cod. fiscale" → "codfiscale")."""
    if text is None:
        return ""
    return _NOT_ALNUM.sub("", fold(str(text)))


@dataclass(frozen=True)
class Column:
    """One importable column: the field it fills, its label (also the exported header) and synonyms."""

    field: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    hint: str = ""
    width: int = 16


class HeaderSpec:
    """The columns of one kind of sheet, with a lookup from header key to field."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.columns = tuple(columns)
        self._by_key: dict[str, Column] = {}
        for column in self.columns:
            for name in (column.label, *column.synonyms):
                key = header_key(name)
                other = self._by_key.setdefault(key, column)
                if other is not column:
                    raise ValueError(f"header {name!r} would match both {other.field} and {column.field}")

    def column_for(self, header: object) -> Column | None:
        return self._by_key.get(header_key(header))

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)

    def label(self, field_name: str) -> str:
        return next((c.label for c in self.columns if c.field == field_name), field_name)


@dataclass(frozen=True)
class HeaderMatch:
    row: int
    positions: dict[str, int]  # field → 0-based index in the row's values
    ignored: list[str] = field(default_factory=list)  # headers present but not recognised


@dataclass(frozen=True)
class _Candidate:
    row: int
    positions: dict[str, int]
    ignored: list[str]
    repeated: list[tuple[Column, int, int]]


def _match(spec: HeaderSpec, row: int, values: Sequence[Any]) -> _Candidate:
    positions: dict[str, int] = {}
    ignored: list[str] = []
    repeated: list[tuple[Column, int, int]] = []
    for index, value in enumerate(values):
        if value is None or not str(value).strip():
            continue
        column = spec.column_for(value)
        if column is None:
            ignored.append(str(value).strip())
        elif column.field in positions:
            repeated.append((column, positions[column.field], index))
        else:
            positions[column.field] = index
    return _Candidate(row, positions, ignored, repeated)


def _names(columns: Iterable[Column]) -> str:
    return ", ".join(c.label for c in columns)


def find_header(
    spec: HeaderSpec, rows: Iterator[tuple[int, tuple[Any, ...]]], where: str
) -> tuple[HeaderMatch, list[tuple[int, tuple[Any, ...]]]]:
    """The header row among the first rows, and the rows already read after it.

    `where` names the sheet in messages ("foglio «Soggetti»"). Raises ImportRefused naming the
    required columns that are missing, or a column given twice.
    """
    seen: list[tuple[int, tuple[Any, ...]]] = []
    best: _Candidate | None = None
    for number, values in rows:
        seen.append((number, values))
        if is_blank(values):
            if number >= HEADER_SEARCH_ROWS:
                break
            continue
        candidate = _match(spec, number, values)
        if all(c.field in candidate.positions for c in spec.required):
            if candidate.repeated:
                column, first, second = candidate.repeated[0]
                raise ImportRefused(
                    f"Nel {where} la colonna «{column.label}» compare due volte (colonne "
                    f"{get_column_letter(first + 1)} e {get_column_letter(second + 1)}, riga {number}): "
                    "tienine una sola."
                )
            after = [(n, v) for n, v in seen if n > number]
            return HeaderMatch(number, candidate.positions, candidate.ignored), after
        if best is None or len(candidate.positions) > len(best.positions):
            best = candidate
        if number >= HEADER_SEARCH_ROWS:
            break
    required = _names(spec.required)
    if best is None:
        raise ImportRefused(f"Il {where} è vuoto: servono le colonne {required}.")
    if not best.positions:
        raise ImportRefused(
            f"Nessuna riga di intestazione riconosciuta nelle prime {HEADER_SEARCH_ROWS} righe del {where}: "
            f"servono le colonne {required}."
        )
    missing = [c for c in spec.required if c.field not in best.positions]
    raise ImportRefused(
        f"Nel {where} mancano le colonne obbligatorie: {_names(missing)} "
        f"(intestazioni lette alla riga {best.row}; servono {required})."
    )
