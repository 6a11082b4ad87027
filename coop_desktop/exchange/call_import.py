"""Importing a call (bando) from a workbook: `coop-desktop import call FILE.xlsx`.

Sheets (names and headers matched as for the actors import: case, accents and punctuation aside):
- "Bando": two columns, Campo | Valore, one field per row: Codice, Titolo, Anno, Dotazione,
  Contributo massimo, Cofinanziamento minimo %, Soglia minima, Finanziamento parziale ultimo (sì/no),
  Apertura, Scadenza; optionally Descrizione, Numero decreto, Data decreto, Numero BURT, Data BURT,
  Tipologie ammesse, Ambiti, Paesi prioritari, Documenti richiesti (lists separated by ";").
- "Criteri": Codice, Descrizione, Punteggio massimo, Soglia minima, Ordine spareggio.
- "Commissione": Username, Nome, Email (and optionally Ruolo). Members are matched to accounts by
  username; a missing account is created as an evaluator without password (the administrator sets
  one later).

The call is created as a draft (Bozza) with the same rules as the editor. All or nothing: any
error and nothing is written; errors read "foglio: riga N: campo: messaggio".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Call, User
from coop_desktop.domain.call_rules import (
    CALL_FIELD_LABELS,
    CRITERION_FIELD_LABELS,
    CallData,
    CommitteeData,
    CriterionData,
    DocumentData,
    validate_call,
)
from coop_desktop.domain.enums import ActorType, CommitteeRole, Theme, UserRole
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import check_email
from coop_desktop.exchange.cells import (
    CellProblem,
    parse_bool,
    parse_country,
    parse_date,
    parse_decimal,
    parse_int,
    parse_percent,
    split_list,
    text_of,
)
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.headers import Column, HeaderSpec, find_header, header_key
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.xlsx_safety import is_blank, open_untrusted_workbook, sheet_rows
from coop_desktop.services.call_records import insert_call
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.users import check_username, normalize_username

CALL_SHEET = "Bando"
CRITERIA_SHEET = "Criteri"
COMMITTEE_SHEET = "Commissione"
_CANCELLED = "Importazione annullata: nessun dato è stato salvato."

# The fields of the "Bando" sheet, matched by the text of the "Campo" column.
CALL_FIELDS = HeaderSpec(
    [
        Column("code", "Codice", ("Codice bando",), required=True),
        Column("title", "Titolo", ("Titolo bando", "Titolo del bando", "Oggetto"), required=True),
        Column("year", "Anno", ("Annualità", "Anno di riferimento"), required=True),
        Column(
            "budget",
            "Dotazione",
            ("Dotazione finanziaria", "Budget", "Risorse", "Stanziamento"),
            required=True,
        ),
        Column("max_grant", "Contributo massimo", ("Contributo massimo per progetto", "Importo massimo")),
        Column(
            "min_cofunding_pct",
            "Cofinanziamento minimo %",
            ("Cofinanziamento minimo (%)", "Cofinanziamento %", "Percentuale di cofinanziamento"),
        ),
        Column(
            "min_total_score", "Soglia minima", ("Punteggio minimo", "Soglia", "Soglia minima di punteggio")
        ),
        Column(
            "allow_partial_last",
            "Finanziamento parziale ultimo (sì/no)",
            (
                "Finanziamento parziale ultimo",
                "Finanziamento parziale",
                "Finanziamento parziale ultimo (si/no)",
            ),
        ),
        Column("opens_on", "Apertura", ("Data apertura", "Data di apertura", "Apertura domande")),
        Column("deadline", "Scadenza", ("Data scadenza", "Data di scadenza", "Termine", "Scadenza domande")),
        Column("description", "Descrizione"),
        Column("act_number", "Numero decreto", ("Decreto", "Decreto n.", "Numero atto", "DD")),
        Column("act_date", "Data decreto", ("Data atto", "Data del decreto")),
        Column("burt_number", "Numero BURT", ("BURT", "BURT n.")),
        Column("burt_date", "Data BURT", ("Data pubblicazione BURT", "Data di pubblicazione")),
        Column(
            "eligible_types", "Tipologie ammesse", ("Soggetti ammissibili", "Tipologie di soggetti ammessi")
        ),
        Column("themes", "Ambiti", ("Ambiti tematici", "Temi")),
        Column("countries", "Paesi prioritari", ("Paesi", "Paesi ammessi")),
        Column("documents", "Documenti richiesti", ("Documenti", "Allegati richiesti")),
    ]
)
CRITERIA_COLUMNS = HeaderSpec(
    [
        Column("code", "Codice", ("Codice criterio", "Cod."), required=True),
        Column("description", "Descrizione", ("Criterio", "Descrizione criterio"), required=True),
        Column(
            "max_points",
            "Punteggio massimo",
            ("Punti massimi", "Massimo", "Punteggio max", "Max"),
            required=True,
        ),
        Column("min_points", "Soglia minima", ("Punteggio minimo", "Minimo", "Soglia")),
        Column(
            "tie_break_order", "Ordine spareggio", ("Ordine di spareggio", "Spareggio", "Priorità spareggio")
        ),
    ]
)
COMMITTEE_COLUMNS = HeaderSpec(
    [
        Column("username", "Username", ("Nome utente", "Utente", "Login", "Account"), required=True),
        Column("full_name", "Nome", ("Nome e cognome", "Componente", "Cognome e nome", "Valutatore")),
        Column("email", "Email", ("E-mail", "Posta elettronica", "Indirizzo email")),
        Column("role", "Ruolo", ("Ruolo in commissione", "Funzione")),
    ]
)

_SCALARS: dict[str, Callable[[Any], Any]] = {
    "code": text_of, "title": text_of, "description": text_of, "act_number": text_of, "burt_number": text_of,
    "year": parse_int, "budget": parse_decimal, "max_grant": parse_decimal,
    "min_cofunding_pct": parse_percent,
    "min_total_score": parse_decimal, "allow_partial_last": parse_bool, "opens_on": parse_date,
    "deadline": parse_date, "act_date": parse_date, "burt_date": parse_date,
}  # fmt: skip


@dataclass(frozen=True)
class SheetError:
    sheet: str
    row: int | None  # the spreadsheet's row; None for a field or sheet that is missing
    field: str  # the Italian name of the field or column
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}: riga {self.row}" if self.row is not None else self.sheet
        return f"{where}: {self.field}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "field": self.field, "message": self.message}


@dataclass
class CallImportResult:
    imported: int = 0  # 1 when the call was created (in a dry run: would be)
    call_id: int | None = None
    code: str | None = None
    title: str | None = None
    criteria: int = 0
    documents: int = 0
    committee: int = 0
    created_users: list[str] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.errors)

    @property
    def invalid(self) -> int:
        """Rows (or missing fields) with at least one error."""
        return len({(e.sheet, e.row if e.row is not None else e.field) for e in self.errors})

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "invalid": self.invalid,
            "errors": [e.as_dict() for e in self.errors],
            "call": None
            if self.code is None
            else {
                "id": self.call_id,
                "code": self.code,
                "title": self.title,
                "criteria": self.criteria,
                "documents": self.documents,
                "committee": self.committee,
            },
            "created_users": self.created_users,
            "ignored": self.ignored,
            "dry_run": self.dry_run,
        }


@dataclass
class _Member:
    row: int
    username: str
    full_name: str | None
    email: str | None
    role: CommitteeRole
    user_id: int | None  # None: an account to create


@dataclass
class _Read:
    """What the three sheets hold, with where each value came from."""

    values: dict[str, Any] = field(default_factory=dict)
    field_rows: dict[str, int] = field(default_factory=dict)
    criteria: list[CriterionData] = field(default_factory=list)
    criteria_rows: list[int] = field(default_factory=list)
    members: list[_Member] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def _find_sheets(workbook: Any) -> dict[str, Any]:
    wanted = {header_key(name): name for name in (CALL_SHEET, CRITERIA_SHEET, COMMITTEE_SHEET)}
    found: dict[str, Any] = {}
    for sheet in workbook.worksheets:
        key = header_key(sheet.title)
        for prefix, name in wanted.items():
            if key.startswith(prefix) and name not in found:
                found[name] = sheet
    return found


def _enum_list(texts: Iterable[str], enum: Any, what: str) -> tuple[set[Any], list[str]]:
    members, problems = set(), []
    for text in texts:
        member = enum.from_text(text)
        if member is None:
            choices = ", ".join(m.label for m in enum)
            problems.append(f"«{text}» non è {what} nota ({choices}).")
        else:
            members.add(member)
    return members, problems


def _read_call_sheet(sheet: Any, file_name: str, read: _Read) -> None:
    rows: dict[str, int] = {}
    for number, values in sheet_rows(sheet, file_name):
        if is_blank(values):
            continue
        cells = [v for v in values if not (v is None or (isinstance(v, str) and not v.strip()))]
        name = values[0] if values else None
        if name is None or (isinstance(name, str) and not name.strip()):
            read.errors.append(
                SheetError(CALL_SHEET, number, "Campo", "Manca il nome del campo nella colonna A.")
            )
            continue
        if header_key(name) in ("campo", "campi") and len(cells) <= 2:
            continue  # the "Campo | Valore" header
        column = CALL_FIELDS.column_for(name)
        if column is None:
            read.ignored.append(f"{CALL_SHEET}: riga {number}: «{name}»")
            continue
        if column.field in rows:
            read.errors.append(
                SheetError(
                    CALL_SHEET, number, column.label, f"Campo già indicato alla riga {rows[column.field]}."
                )
            )
            continue
        rows[column.field] = number
        raw = values[1] if len(values) > 1 else None
        try:
            read.values[column.field] = _call_value(column.field, raw)
        except CellProblem as problem:
            read.errors.append(SheetError(CALL_SHEET, number, column.label, str(problem)))
    read.field_rows = rows
    for column in CALL_FIELDS.required:
        if column.field not in rows:
            read.errors.append(SheetError(CALL_SHEET, None, column.label, "Campo obbligatorio mancante."))
        elif column.field in read.values and read.values[column.field] is None:
            read.errors.append(
                SheetError(CALL_SHEET, rows[column.field], column.label, "Il valore è obbligatorio.")
            )


def _call_value(name: str, raw: Any) -> Any:
    if name in _SCALARS:
        return _SCALARS[name](raw)
    items = split_list(raw)
    if name == "eligible_types":
        types, problems = _enum_list(items, ActorType, "una tipologia")
        if problems:
            raise CellProblem(" ".join(problems))
        return frozenset(types)
    if name == "themes":
        themes, problems = _enum_list(items, Theme, "un ambito")
        if problems:
            raise CellProblem(" ".join(problems))
        return frozenset(themes)
    if name == "countries":
        return tuple(parse_country(item) for item in items)
    if name == "documents":
        return tuple(DocumentData(item) for item in items)
    raise AssertionError(name)


def _data_rows(
    sheet: Any, file_name: str, spec: HeaderSpec, title: str
) -> Iterable[tuple[int, dict[str, Any]]]:
    rows = sheet_rows(sheet, file_name)
    header, read_ahead = find_header(spec, rows, f"foglio «{title}»")
    for number, values in [*read_ahead, *rows]:
        if is_blank(values):
            continue
        yield number, {name: (values[i] if i < len(values) else None) for name, i in header.positions.items()}


def _read_criteria(sheet: Any, file_name: str, read: _Read) -> None:
    for number, cells in _data_rows(sheet, file_name, CRITERIA_COLUMNS, CRITERIA_SHEET):
        parsed: dict[str, Any] = {}
        ok = True
        for name, parser in (
            ("code", text_of), ("description", text_of), ("max_points", parse_decimal),
            ("min_points", parse_decimal), ("tie_break_order", parse_int),
        ):  # fmt: skip
            try:
                parsed[name] = parser(cells.get(name))
            except CellProblem as problem:
                read.errors.append(
                    SheetError(CRITERIA_SHEET, number, CRITERION_FIELD_LABELS[name], str(problem))
                )
                ok = False
        if ok and parsed["max_points"] is None:
            read.errors.append(
                SheetError(
                    CRITERIA_SHEET, number, CRITERION_FIELD_LABELS["max_points"], "Il valore è obbligatorio."
                )
            )
            ok = False
        if ok:
            read.criteria.append(
                CriterionData(
                    parsed["code"] or "",
                    parsed["description"] or "",
                    parsed["max_points"],
                    parsed["min_points"],
                    parsed["tie_break_order"],
                )
            )
            read.criteria_rows.append(number)


def _read_committee(sheet: Any, file_name: str, read: _Read) -> None:
    seen: dict[str, int] = {}
    for number, cells in _data_rows(sheet, file_name, COMMITTEE_COLUMNS, COMMITTEE_SHEET):
        username = normalize_username(text_of(cells.get("username")) or "")
        full_name = text_of(cells.get("full_name"))
        email = text_of(cells.get("email"))
        role_text = text_of(cells.get("role"))
        problems: list[tuple[str, str]] = []
        if not username:
            problems.append(("Username", "Il nome utente è obbligatorio."))
        elif message := check_username(username):
            problems.append(("Username", message))
        elif username in seen:
            problems.append(("Username", f"«{username}» è già indicato alla riga {seen[username]}."))
        if email and (message := check_email(email)):
            problems.append(("Email", message))
        if full_name and len(full_name) > 200:
            problems.append(("Nome", "Il nome è troppo lungo (massimo 200 caratteri)."))
        role = CommitteeRole.COMPONENTE
        if role_text:
            found = CommitteeRole.from_text(role_text)
            if found is None:
                choices = ", ".join(r.label for r in CommitteeRole)
                problems.append(("Ruolo", f"«{role_text}» non è un ruolo della commissione ({choices})."))
            else:
                role = CommitteeRole(found)
        for label, message in problems:
            read.errors.append(SheetError(COMMITTEE_SHEET, number, label, message))
        if not problems:
            seen[username] = number
            read.members.append(_Member(number, username, full_name, email, role, None))


def _read(path: Path, steps: Steps) -> _Read:
    read = _Read()
    with open_untrusted_workbook(path) as workbook:
        sheets = _find_sheets(workbook)
        if CALL_SHEET not in sheets:
            names = ", ".join(f"«{s.title}»" for s in workbook.worksheets)
            raise ImportRefused(
                f"Il file «{path.name}» non contiene il foglio «{CALL_SHEET}» (fogli presenti: {names}): "
                f"servono i fogli «{CALL_SHEET}», «{CRITERIA_SHEET}» e «{COMMITTEE_SHEET}»."
            )
        steps.report(0, 3, "Lettura del foglio «Bando»…")
        _read_call_sheet(sheets[CALL_SHEET], path.name, read)
        steps.report(1, 3, "Lettura dei criteri…")
        if CRITERIA_SHEET in sheets:
            _read_criteria(sheets[CRITERIA_SHEET], path.name, read)
        else:
            read.ignored.append(f"foglio «{CRITERIA_SHEET}» assente: nessun criterio importato")
        steps.report(2, 3, "Lettura della commissione…")
        if COMMITTEE_SHEET in sheets:
            _read_committee(sheets[COMMITTEE_SHEET], path.name, read)
        else:
            read.ignored.append(f"foglio «{COMMITTEE_SHEET}» assente: nessun componente importato")
    return read


def _call_data(read: _Read) -> CallData:
    values = {k: v for k, v in read.values.items() if v is not None}
    # Members still without an account get provisional negative ids until they are created.
    committee = tuple(
        CommitteeData(m.user_id if m.user_id is not None else -(i + 1), m.role)
        for i, m in enumerate(read.members)
    )
    return CallData(
        code=values.pop("code", ""),
        title=values.pop("title", ""),
        year=values.pop("year", 0),
        budget=values.pop("budget", Decimal(0)),
        criteria=tuple(read.criteria),
        committee=committee,
        **values,
    )


def _where(name: str, read: _Read) -> SheetError:
    """An empty error located where the field `name` of validate_call comes from."""
    if name.startswith("criteria."):
        _, index, sub = name.split(".")
        return SheetError(CRITERIA_SHEET, read.criteria_rows[int(index)], CRITERION_FIELD_LABELS[sub], "")
    if name == "committee":
        return SheetError(COMMITTEE_SHEET, None, "Username", "")
    if name == "criteria":
        return SheetError(CRITERIA_SHEET, None, CALL_FIELD_LABELS[name], "")
    label = next((c.label for c in CALL_FIELDS.columns if c.field == name), CALL_FIELD_LABELS.get(name, name))
    return SheetError(CALL_SHEET, read.field_rows.get(name), label, "")


def _resolve_members(db: Database, read: _Read) -> None:
    names = [m.username for m in read.members]
    if not names:
        return
    with db.reading() as session:
        found = dict(session.execute(select(User.username, User.id).where(User.username.in_(names))).all())
    for member in read.members:
        member.user_id = found.get(member.username)
        if member.user_id is None and not member.full_name:
            read.errors.append(
                SheetError(
                    COMMITTEE_SHEET,
                    member.row,
                    "Nome",
                    f"«{member.username}» non ha ancora un account: indica nome e cognome per crearlo.",
                )
            )


def import_call(
    db: Database,
    path: Path | str,
    user: CurrentUser,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> CallImportResult:
    """Create a draft call from the workbook; see the module docstring. Raises ImportRefused for a file
    that cannot be read; row errors are listed in the result and nothing is written."""
    user.require(Permission.EDIT_CALLS)
    path = Path(path)
    steps = Steps(progress, is_cancelled, _CANCELLED, every=1)
    steps.report(0, 3, f"Apertura di {path.name}…")
    read = _read(path, steps)
    _resolve_members(db, read)
    result = CallImportResult(dry_run=dry_run, ignored=read.ignored)
    data = _call_data(read)
    check = validate_call(data)
    result.errors = list(read.errors)
    # A field already reported as unreadable or missing is not reported again by the rules.
    reported = {(e.sheet, e.field) for e in read.errors}
    for error in check.errors:
        where = _where(error.field, read)
        if (where.sheet, where.field) not in reported or where.sheet != CALL_SHEET:
            result.errors.append(SheetError(where.sheet, where.row, where.field, error.message))
    with db.reading() as session:
        code = (data.code or "").strip()
        existing = session.scalar(select(Call.title).where(Call.code == code)) if code else None
    if existing is not None:
        where = _where("code", read)
        result.errors.append(
            SheetError(where.sheet, where.row, where.field, f"Il bando {code} esiste già («{existing}»).")
        )
    new_members = [m for m in read.members if m.user_id is None]
    if new_members and not user.can(Permission.MANAGE_USERS):
        result.errors.append(
            SheetError(
                COMMITTEE_SHEET,
                new_members[0].row,
                "Username",
                f"«{new_members[0].username}» non ha un account e il tuo ruolo non consente di creare "
                "utenti: chiedi all'amministratore.",
            )
        )
    result.errors.sort(
        key=lambda e: ([CALL_SHEET, CRITERIA_SHEET, COMMITTEE_SHEET].index(e.sheet), e.row or 0)
    )
    clean = check.value
    result.code, result.title = data.code or None, data.title or None
    result.criteria, result.documents, result.committee = (
        len(data.criteria),
        len(data.documents),
        len(read.members),
    )
    result.created_users = [m.username for m in new_members]
    if result.errors or clean is None:
        return result
    result.imported = 1
    if dry_run:
        return result
    steps.report(3, 3, "Salvataggio del bando…")
    with db.transaction(user) as session:
        ids: dict[int, int] = {}
        for index, member in enumerate(read.members):
            if member.user_id is None:
                account = User(
                    username=member.username,
                    full_name=member.full_name or member.username,
                    email=member.email,
                    role=UserRole.VALUTATORE,
                    password_hash=None,
                    is_active=True,
                )
                session.add(account)
                session.flush()
                ids[-(index + 1)] = account.id
        committee = tuple(replace(m, user_id=ids.get(m.user_id, m.user_id)) for m in clean.committee)
        note = f"Bando importato da {path.name}."
        result.call_id = insert_call(session, user, replace(clean, committee=committee), note)
    result.written = True
    return result


__all__ = ["CallImportResult", "SheetError", "import_call"]
