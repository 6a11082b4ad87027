"""Importing the applications received for a call: `coop-desktop import applications CALL_CODE FILE.xlsx`.

One sheet, headers matched as for the actors import: Protocollo, Data protocollo, Codice fiscale
capofila, Titolo, Paese, Ambito (optional), Costo totale, Contributo richiesto, Partner (optional:
codici fiscali separated by ";"). Every row goes through the rules of the application form; an
unknown lead applicant or partner, a protocol number already registered in the call or repeated in
the file, amounts that are not positive or a grant above the total cost are row errors. All or
nothing: one invalid row and nothing is written. The imported applications get their admissibility
checks in the same transaction.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    ApplicationStatusChange,
    Call,
)
from coop_desktop.domain.actor_rules import normalize_tax_code
from coop_desktop.domain.application_rules import ApplicationData, PartnerData, validate_application
from coop_desktop.domain.enums import ApplicationStatus, Theme
from coop_desktop.domain.permissions import Permission
from coop_desktop.exchange.cells import (
    CellProblem,
    parse_country,
    parse_date,
    parse_decimal,
    split_list,
    text_of,
)
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.headers import Column, HeaderMatch, HeaderSpec, find_header
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.xlsx_safety import is_blank, open_untrusted_workbook, sheet_rows
from coop_desktop.services.admissibility import AdmissibilitySummary, refresh_admissibility
from coop_desktop.services.applications import REGISTERING_STATUSES
from coop_desktop.services.context import CurrentUser

_CANCELLED = "Importazione annullata: nessun dato è stato salvato."
_LOOKUP_CHUNK = 500

APPLICATION_COLUMNS = HeaderSpec(
    [
        Column(
            "protocol_number", "Protocollo",
            ("Numero protocollo", "N. protocollo", "Numero di protocollo", "Prot.", "Prot. n.", "N. prot."),
            required=True, width=18, hint="Il numero assegnato dal protocollo; unico nel bando.",
        ),
        Column(
            "protocol_date", "Data protocollo",
            ("Data di protocollo", "Data ricezione", "Data di ricezione", "Data arrivo", "Data"),
            required=True, width=14, hint="Data Excel, 31/03/2026 o 2026-03-31.",
        ),
        Column(
            "lead_tax_code", "Codice fiscale capofila",
            ("CF capofila", "C.F. capofila", "Cod. fiscale capofila", "Codice fiscale", "C.F.", "CF"),
            required=True, width=18, hint="Il capofila deve essere registrato in anagrafica.",
        ),
        Column(
            "title", "Titolo", ("Titolo progetto", "Titolo del progetto", "Progetto"), required=True, width=40
        ),
        Column(
            "countries", "Paese", ("Paesi", "Paese beneficiario", "Paesi beneficiari", "Paese di intervento"),
            required=True, width=16,
            hint="Nome italiano o codice ISO (es. Senegal o SN); più paesi separati da «;».",
        ),
        Column("theme", "Ambito", ("Ambito tematico", "Tema"), width=24),
        Column(
            "total_cost", "Costo totale",
            ("Costo complessivo", "Costo totale progetto", "Costo del progetto"),
            required=True, width=14,
        ),
        Column(
            "requested_grant", "Contributo richiesto", ("Contributo", "Importo richiesto", "Richiesto"),
            required=True, width=14,
        ),
        Column(
            "partners", "Partner", ("Partner toscani", "CF partner", "Codici fiscali partner"), width=30,
            hint="Codici fiscali dei partner toscani registrati, separati da «;».",
        ),
    ]
)  # fmt: skip

# Field of the form → the column a row error names.
_FIELD_COLUMNS = {
    "protocol_number": "protocol_number",
    "protocol_date": "protocol_date",
    "lead_actor_id": "lead_tax_code",
    "title": "title",
    "countries": "countries",
    "theme": "theme",
    "total_cost": "total_cost",
    "requested_grant": "requested_grant",
    "partners": "partners",
}


@dataclass(frozen=True)
class RowError:
    row: int
    field: str  # the Italian header
    message: str

    def __str__(self) -> str:
        return f"riga {self.row}: {self.field}: {self.message}"


@dataclass
class ApplicationImportResult:
    call_code: str
    imported: int = 0
    invalid: int = 0
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0
    written: bool = False
    dry_run: bool = False
    sheet: str = ""
    header_row: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    admissibility: AdmissibilitySummary | None = None

    @property
    def refused(self) -> bool:
        return self.invalid > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "call": self.call_code,
            "imported": self.imported,
            "invalid": self.invalid,
            "errors": [{"row": e.row, "field": e.field, "message": e.message} for e in self.errors],
            "rows_read": self.rows_read,
            "dry_run": self.dry_run,
            "admissibility": None if self.admissibility is None else self.admissibility.as_dict(),
        }


@dataclass
class _Row:
    number: int
    data: ApplicationData
    lead_tax_code: str
    partner_codes: list[str]


def _label(name: str) -> str:
    return APPLICATION_COLUMNS.label(name)


def _cells(values: Sequence[Any], header: HeaderMatch) -> dict[str, Any]:
    return {name: (values[i] if i < len(values) else None) for name, i in header.positions.items()}


def _parse_row(number: int, cells: dict[str, Any], errors: list[RowError]) -> _Row | None:
    """Typed values of one row, or None (with its errors) when a cell cannot be read."""
    found: list[RowError] = []

    def read(name: str, parser: Any) -> Any:
        try:
            return parser(cells.get(name))
        except CellProblem as problem:
            found.append(RowError(number, _label(name), str(problem)))
            return None

    protocol_number = read("protocol_number", text_of) or ""
    protocol_date = read("protocol_date", parse_date)
    total = read("total_cost", parse_decimal)
    requested = read("requested_grant", parse_decimal)
    title = read("title", text_of) or ""
    lead_text = text_of(cells.get("lead_tax_code"))
    if lead_text is None:
        found.append(
            RowError(number, _label("lead_tax_code"), "Il codice fiscale del capofila è obbligatorio.")
        )
    countries: list[str] = []
    for item in split_list(cells.get("countries")):
        try:
            countries.append(parse_country(item))
        except CellProblem as problem:
            found.append(RowError(number, _label("countries"), str(problem)))
    if not countries and not any(e.field == _label("countries") for e in found):
        found.append(RowError(number, _label("countries"), "Indica almeno un paese."))
    theme = None
    theme_text = text_of(cells.get("theme"))
    if theme_text:
        theme = Theme.from_text(theme_text)
        if theme is None:
            choices = ", ".join(t.label for t in Theme)
            found.append(
                RowError(number, _label("theme"), f"«{theme_text}» non è un ambito noto ({choices}).")
            )
    partner_codes = [normalize_tax_code(code) for code in split_list(cells.get("partners"))]
    if found:
        errors.extend(found)
        return None
    data = ApplicationData(
        protocol_number=protocol_number,
        protocol_date=protocol_date,
        lead_actor_id=0,  # resolved from the code once every row is read
        title=title,
        total_cost=total,
        requested_grant=requested,
        theme=Theme(theme) if theme else None,
        countries=tuple(countries),
    )
    return _Row(number, data, normalize_tax_code(lead_text or ""), partner_codes)


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _actor_ids(db: Database, codes: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = sorted(set(codes))
    with db.reading() as session:
        for chunk in _chunks(unique, _LOOKUP_CHUNK):
            found.update(
                session.execute(select(Actor.tax_code, Actor.id).where(Actor.tax_code.in_(chunk))).all()
            )
    return found


def _scan(path: Path, steps: Steps) -> tuple[str, HeaderMatch, list[tuple[int, dict[str, Any]]]]:
    with open_untrusted_workbook(path) as workbook:
        first_refusal: ImportRefused | None = None
        for sheet in workbook.worksheets:
            rows = sheet_rows(sheet, path.name)
            try:
                header, read_ahead = find_header(APPLICATION_COLUMNS, rows, f"foglio «{sheet.title}»")
            except ImportRefused as refusal:
                first_refusal = first_refusal or refusal
                continue
            found = []
            for number, values in itertools.chain(read_ahead, rows):
                if not is_blank(values):
                    found.append((number, _cells(values, header)))
                    steps.tick(len(found), 0, "Lettura delle righe…")
            return sheet.title, header, found
    if first_refusal is None:
        raise ImportRefused(f"Il file «{path.name}» non contiene fogli di lavoro.")
    raise first_refusal


def import_applications(
    db: Database,
    call_code: str,
    path: Path | str,
    user: CurrentUser,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ApplicationImportResult:
    """Register the applications of the workbook in the call `call_code`; see the module docstring.

    Raises ImportRefused for an unknown call, a call not taking applications or a file that cannot
    be read. Invalid rows are listed in the result and nothing is written."""
    user.require(Permission.EDIT_APPLICATIONS)
    path = Path(path)
    steps = Steps(progress, is_cancelled, _CANCELLED)
    code = call_code.strip()
    with db.reading() as session:
        call = session.execute(select(Call.id, Call.code, Call.status).where(Call.code == code)).first()
        if call is None:
            raise ImportRefused(f"Non esiste un bando con codice «{code}».")
        if call.status not in REGISTERING_STATUSES:
            raise ImportRefused(
                f"Il bando {call.code} è «{call.status.label}»: le domande si importano quando il bando è "
                "aperto o chiuso (prima della valutazione)."
            )
        registered = set(
            session.scalars(select(Application.protocol_number).where(Application.call_id == call.id))
        )
    steps.report(0, 0, f"Apertura di {path.name}…")
    sheet, header, rows = _scan(path, steps)
    result = ApplicationImportResult(
        call.code, dry_run=dry_run, sheet=sheet, header_row=header.row, ignored_columns=header.ignored,
        rows_read=len(rows),
    )  # fmt: skip
    errors: list[RowError] = []
    parsed: list[_Row] = []
    bad_rows: set[int] = set()
    for number, cells in rows:
        row = _parse_row(number, cells, errors)
        if row is None:
            bad_rows.add(number)
        else:
            parsed.append(row)
    actors = _actor_ids(db, [c for r in parsed for c in (r.lead_tax_code, *r.partner_codes) if c])
    earlier: dict[str, int] = {}
    valid: list[_Row] = []
    for row in parsed:
        found: list[RowError] = []
        lead_id = actors.get(row.lead_tax_code)
        if lead_id is None:
            found.append(
                RowError(
                    row.number,
                    _label("lead_tax_code"),
                    f"Nessun soggetto registrato con il codice fiscale {row.lead_tax_code}: "
                    "registralo in anagrafica prima di importare la domanda.",
                )
            )
        partners = []
        for partner_code in row.partner_codes:
            partner_id = actors.get(partner_code)
            if partner_id is None:
                found.append(
                    RowError(
                        row.number,
                        _label("partners"),
                        f"Nessun soggetto registrato con il codice fiscale {partner_code}.",
                    )
                )
            else:
                partners.append(PartnerData(partner_id))
        data = replace(row.data, lead_actor_id=lead_id or 0, partners=tuple(partners))
        check = validate_application(data)
        for error in check.errors:
            if error.field == "partners" and any(e.field == _label("partners") for e in found):
                continue
            found.append(
                RowError(row.number, _label(_FIELD_COLUMNS.get(error.field, error.field)), error.message)
            )
        number_text = " ".join(row.data.protocol_number.split())
        if number_text in registered:
            found.append(
                RowError(
                    row.number,
                    _label("protocol_number"),
                    f"Il protocollo {number_text} è già registrato per il bando.",
                )
            )
        elif number_text in earlier:
            found.append(
                RowError(
                    row.number,
                    _label("protocol_number"),
                    f"Il protocollo {number_text} è ripetuto (riga {earlier[number_text]}).",
                )
            )
        elif number_text:
            earlier[number_text] = row.number
        if found or check.value is None:
            errors.extend(found)
            bad_rows.add(row.number)
        else:
            valid.append(_Row(row.number, check.value, row.lead_tax_code, row.partner_codes))
    result.errors = sorted(errors, key=lambda e: e.row)
    result.invalid = len(bad_rows)
    if result.invalid:
        return result
    result.imported = len(valid)
    if dry_run or not valid:
        return result
    _write(db, user, call.id, valid, steps, result)
    result.written = True
    return result


def _write(
    db: Database,
    user: CurrentUser,
    call_id: int,
    rows: list[_Row],
    steps: Steps,
    result: ApplicationImportResult,
) -> None:
    """Every application in one transaction, then their admissibility checks in the same one."""
    with db.transaction(user) as session:
        created: list[Application] = []
        for done, row in enumerate(rows, start=1):
            steps.tick(done, len(rows), "Salvataggio delle domande…")
            data = row.data
            app = Application(
                call_id=call_id,
                status=ApplicationStatus.RICEVUTA,
                protocol_number=data.protocol_number,
                protocol_date=data.protocol_date,
                lead_actor_id=data.lead_actor_id,
                title=data.title,
                theme=data.theme,
                total_cost=data.total_cost,
                requested_grant=data.requested_grant,
            )
            app.partners = [ApplicationPartner(actor_id=p.actor_id, country_code="IT") for p in data.partners]
            app.countries = [ApplicationCountry(country_code=c) for c in data.countries]
            created.append(app)
        session.add_all(created)
        session.flush()
        session.add_all(
            ApplicationStatusChange(
                application_id=app.id,
                from_status=None,
                to_status=ApplicationStatus.RICEVUTA,
                user_id=user.id,
                note="Domanda importata da Excel.",
            )
            for app in created
        )
        ids = [app.id for app in created]
        steps.report(len(rows), len(rows), "Istruttoria formale delle domande importate…")
        result.admissibility = refresh_admissibility(session, user, call_id, ids)


__all__ = ["APPLICATION_COLUMNS", "ApplicationImportResult", "RowError", "import_applications"]
