"""A call's editable data and its validation: the same rules for the editor, the importer and the CLI.

`CallData` holds typed values (the editor has spin boxes and date pickers; the importer parses the
cells first). `validate_call` normalises them and lists one Italian error per wrong field; errors
on a criterion are keyed "criteria.<index>.<field>", so a form can point at the row and an importer
at the spreadsheet line. `locked_changes` says which changes a call's state forbids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coop_desktop.domain.call_lifecycle import (
    ADMISSIBILITY_LOCKED,
    FINANCES_LOCKED,
    GRID_LOCKED,
    OUTCOME_LOCKED,
    CriterionFacts,
    admissibility_rules_locked,
    financial_rules_locked,
    grid_locked,
    outcome_locked,
)
from coop_desktop.domain.countries import check_country
from coop_desktop.domain.enums import ActorType, CallStatus, CommitteeRole, Theme
from coop_desktop.domain.validation import ValidationError

CALL_FIELD_LABELS: dict[str, str] = {
    "code": "Codice",
    "title": "Titolo",
    "year": "Anno",
    "description": "Descrizione",
    "act_number": "Numero del decreto di approvazione",
    "act_date": "Data del decreto di approvazione",
    "burt_number": "Numero del BURT",
    "burt_date": "Data del BURT",
    "opens_on": "Apertura",
    "deadline": "Scadenza",
    "budget": "Dotazione",
    "max_grant": "Contributo massimo",
    "min_cofunding_pct": "Cofinanziamento minimo %",
    "min_total_score": "Soglia minima",
    "allow_partial_last": "Finanziamento parziale ultimo",
    "divergence_threshold_pct": "Soglia di divergenza %",
    "comments_required": "Motivazioni obbligatorie",
    "evaluators_per_application": "Valutatori per domanda",
    "max_duration_months": "Durata massima (mesi)",
    "min_partners": "Numero minimo di partner",
    "criteria": "Griglia di valutazione",
    "documents": "Documenti richiesti",
    "eligible_types": "Tipologie ammesse",
    "themes": "Ambiti",
    "countries": "Paesi prioritari",
    "committee": "Commissione",
}
CRITERION_FIELD_LABELS: dict[str, str] = {
    "code": "Codice",
    "description": "Descrizione",
    "max_points": "Punteggio massimo",
    "min_points": "Soglia minima",
    "tie_break_order": "Ordine spareggio",
}

# What each lock of the lifecycle covers.
GRID_FIELDS = ("criteria", "min_total_score")
FINANCIAL_FIELDS = ("budget", "max_grant", "min_cofunding_pct", "allow_partial_last")
ADMISSIBILITY_FIELDS = ("deadline", "eligible_types", "documents")
# Evaluation settings: free until the ranking is approved.
EVALUATION_FIELDS = ("divergence_threshold_pct", "comments_required", "evaluators_per_application")

# Column sizes of the tables (db/models/calls.py).
_LENGTHS = {"code": 40, "title": 500, "act_number": 40, "burt_number": 40}
CRITERION_CODE_MAX = 20
DOCUMENT_MAX = 500
YEARS = range(2000, 2101)
MONEY_MAX = Decimal("999999999999.99")  # Numeric(14, 2)
POINTS_MAX = Decimal("9999.99")  # Numeric(6, 2)
_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class CriterionData:
    """One line of the grid. Criteria are matched by code when a grid is saved again."""

    code: str
    description: str
    max_points: Decimal
    min_points: Decimal | None = None
    # 1 = first criterion used to break ties; None = not used.
    tie_break_order: int | None = None


@dataclass(frozen=True)
class DocumentData:
    """A required document; `id` is None for a new one (an admissibility item refers to the id)."""

    description: str
    id: int | None = None


@dataclass(frozen=True)
class CommitteeData:
    user_id: int
    role: CommitteeRole = CommitteeRole.COMPONENTE
    appointed_on: date | None = None


@dataclass(frozen=True)
class CallData:
    """Every editable field of a call, with its grid, documents, lists and committee."""

    code: str
    title: str
    year: int
    budget: Decimal
    description: str | None = None
    act_number: str | None = None
    act_date: date | None = None
    burt_number: str | None = None
    burt_date: date | None = None
    opens_on: date | None = None
    deadline: date | None = None
    max_grant: Decimal | None = None
    min_cofunding_pct: Decimal = Decimal("0.00")
    min_total_score: Decimal | None = None
    allow_partial_last: bool = False
    divergence_threshold_pct: Decimal = Decimal("30.00")
    comments_required: bool = False
    evaluators_per_application: int = 3
    max_duration_months: int | None = None
    min_partners: int | None = None
    criteria: tuple[CriterionData, ...] = ()
    documents: tuple[DocumentData, ...] = ()
    eligible_types: frozenset[ActorType] = field(default_factory=frozenset)
    themes: frozenset[Theme] = field(default_factory=frozenset)
    countries: tuple[str, ...] = ()
    committee: tuple[CommitteeData, ...] = ()

    @property
    def grid_total(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))

    def criterion_facts(self) -> tuple[CriterionFacts, ...]:
        return tuple(CriterionFacts(c.code, c.max_points, c.min_points) for c in self.criteria)


@dataclass
class CallCheck:
    value: CallData | None
    errors: list[ValidationError] = field(default_factory=list)


def _text(value: str | None) -> str | None:
    cleaned = " ".join((value or "").split())
    return cleaned or None


def _cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(_CENT)


def _decimal_problem(value: Decimal, limit: Decimal) -> str | None:
    if not value.is_finite():
        return "Il valore non è un numero."
    if value != value.quantize(_CENT):
        return "Sono ammessi al massimo due decimali."
    if abs(value) > limit:
        return "Il valore è troppo grande."
    return None


def criterion_field(index: int, name: str) -> str:
    return f"criteria.{index}.{name}"


def field_labels(data: CallData) -> dict[str, str]:
    """Labels of every field an error may name, criterion lines included ("Criterio 2 (B) – …")."""
    labels = dict(CALL_FIELD_LABELS)
    for index, criterion in enumerate(data.criteria):
        head = f"Criterio {index + 1}" + (f" ({criterion.code.strip()})" if criterion.code.strip() else "")
        for name, label in CRITERION_FIELD_LABELS.items():
            labels[criterion_field(index, name)] = f"{head} – {label.lower()}"
    return labels


def _money_errors(errors: list[ValidationError], data: CallData) -> None:
    if data.budget <= 0:
        errors.append(ValidationError("budget", "La dotazione deve essere maggiore di zero."))
    elif problem := _decimal_problem(data.budget, MONEY_MAX):
        errors.append(ValidationError("budget", problem))
    if data.max_grant is not None:
        if data.max_grant <= 0:
            errors.append(ValidationError("max_grant", "Il contributo massimo deve essere maggiore di zero."))
        elif problem := _decimal_problem(data.max_grant, MONEY_MAX):
            errors.append(ValidationError("max_grant", problem))
        elif data.budget > 0 and data.max_grant > data.budget:
            errors.append(
                ValidationError("max_grant", "Il contributo massimo non può superare la dotazione del bando.")
            )
    for name in ("min_cofunding_pct", "divergence_threshold_pct"):
        value: Decimal = getattr(data, name)
        if not (value.is_finite() and 0 <= value <= _HUNDRED):
            errors.append(ValidationError(name, "La percentuale deve essere compresa tra 0 e 100."))
        elif problem := _decimal_problem(value, _HUNDRED):
            errors.append(ValidationError(name, problem))


def _grid_errors(errors: list[ValidationError], data: CallData) -> None:
    codes: dict[str, int] = {}
    orders: dict[int, int] = {}
    for index, criterion in enumerate(data.criteria):
        code = criterion.code.strip()
        where = criterion_field
        if not code:
            errors.append(ValidationError(where(index, "code"), "Il codice del criterio è obbligatorio."))
        elif len(code) > CRITERION_CODE_MAX:
            errors.append(
                ValidationError(
                    where(index, "code"),
                    f"Il codice è troppo lungo (massimo {CRITERION_CODE_MAX} caratteri).",
                )
            )
        elif code.casefold() in codes:
            errors.append(
                ValidationError(
                    where(index, "code"),
                    f"Il codice «{code}» è già usato dal criterio {codes[code.casefold()] + 1}.",
                )
            )
        else:
            codes[code.casefold()] = index
        if not criterion.description.strip():
            errors.append(ValidationError(where(index, "description"), "La descrizione è obbligatoria."))
        if criterion.max_points <= 0:
            errors.append(
                ValidationError(
                    where(index, "max_points"), "Il punteggio massimo deve essere maggiore di zero."
                )
            )
        elif problem := _decimal_problem(criterion.max_points, POINTS_MAX):
            errors.append(ValidationError(where(index, "max_points"), problem))
        if criterion.min_points is not None:
            if criterion.min_points < 0:
                errors.append(
                    ValidationError(where(index, "min_points"), "La soglia minima non può essere negativa.")
                )
            elif problem := _decimal_problem(criterion.min_points, POINTS_MAX):
                errors.append(ValidationError(where(index, "min_points"), problem))
            elif criterion.max_points > 0 and criterion.min_points > criterion.max_points:
                errors.append(
                    ValidationError(
                        where(index, "min_points"), "La soglia minima non può superare il punteggio massimo."
                    )
                )
        order = criterion.tie_break_order
        if order is not None:
            if order < 1:
                errors.append(
                    ValidationError(
                        where(index, "tie_break_order"), "L'ordine di spareggio deve essere 1, 2, 3…"
                    )
                )
            elif order in orders:
                errors.append(
                    ValidationError(
                        where(index, "tie_break_order"),
                        f"L'ordine di spareggio {order} è già usato dal criterio {orders[order] + 1}.",
                    )
                )
            else:
                orders[order] = index
    if data.min_total_score is not None:
        total = data.grid_total
        if data.min_total_score < 0:
            errors.append(ValidationError("min_total_score", "La soglia minima non può essere negativa."))
        elif problem := _decimal_problem(data.min_total_score, POINTS_MAX):
            errors.append(ValidationError("min_total_score", problem))
        elif data.criteria and data.min_total_score > total:
            errors.append(
                ValidationError(
                    "min_total_score",
                    f"La soglia minima ({_points(data.min_total_score)}) supera il punteggio massimo "
                    f"della griglia ({_points(total)}).",
                )
            )


def _points(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text.replace(".", ",")


def _other_errors(errors: list[ValidationError], data: CallData) -> None:
    if data.year not in YEARS:
        errors.append(ValidationError("year", f"L'anno deve essere compreso tra {YEARS[0]} e {YEARS[-1]}."))
    if data.opens_on is not None and data.deadline is not None and data.deadline < data.opens_on:
        errors.append(ValidationError("deadline", "La scadenza precede la data di apertura."))
    if data.act_date is not None and data.burt_date is not None and data.burt_date < data.act_date:
        errors.append(ValidationError("burt_date", "La pubblicazione nel BURT precede il decreto."))
    if not 1 <= data.evaluators_per_application <= 20:
        errors.append(
            ValidationError("evaluators_per_application", "I valutatori per domanda devono essere da 1 a 20.")
        )
    if data.max_duration_months is not None and not 1 <= data.max_duration_months <= 120:
        errors.append(
            ValidationError("max_duration_months", "La durata massima deve essere da 1 a 120 mesi.")
        )
    if data.min_partners is not None and not 0 <= data.min_partners <= 100:
        errors.append(ValidationError("min_partners", "Il numero minimo di partner deve essere da 0 a 100."))
    seen: set[str] = set()
    for document in data.documents:
        text = " ".join(document.description.split())
        if not text:
            errors.append(
                ValidationError("documents", "Ogni documento richiesto deve avere una descrizione.")
            )
        elif len(text) > DOCUMENT_MAX:
            errors.append(
                ValidationError(
                    "documents", f"La descrizione «{text[:40]}…» supera {DOCUMENT_MAX} caratteri."
                )
            )
        elif text.casefold() in seen:
            errors.append(ValidationError("documents", f"Il documento «{text}» è indicato due volte."))
        seen.add(text.casefold())
    for code in data.countries:
        if message := check_country(code.strip()):
            errors.append(ValidationError("countries", message))
    members = [m.user_id for m in data.committee]
    if len(set(members)) != len(members):
        errors.append(ValidationError("committee", "Un componente è indicato due volte nella commissione."))


def validate_call(data: CallData) -> CallCheck:
    """Normalise (trimmed text, cents, sorted lists) and collect one Italian error per problem."""
    errors: list[ValidationError] = []
    code, title = _text(data.code), _text(data.title)
    if code is None:
        errors.append(ValidationError("code", "Il codice del bando è obbligatorio."))
    if title is None:
        errors.append(ValidationError("title", "Il titolo è obbligatorio."))
    texts = {"code": code, "title": title, "act_number": _text(data.act_number),
             "burt_number": _text(data.burt_number)}  # fmt: skip
    for name, limit in _LENGTHS.items():
        value = texts[name]
        if value is not None and len(value) > limit:
            errors.append(
                ValidationError(name, f"Il testo è troppo lungo ({len(value)} caratteri, massimo {limit}).")
            )
    _other_errors(errors, data)
    _money_errors(errors, data)
    _grid_errors(errors, data)
    if errors:
        return CallCheck(None, errors)
    clean = dataclasses.replace(
        data,
        code=code or "",
        title=title or "",
        description=(data.description or "").strip() or None,
        act_number=texts["act_number"],
        burt_number=texts["burt_number"],
        budget=_cents(data.budget) or Decimal("0.00"),
        max_grant=_cents(data.max_grant),
        min_cofunding_pct=_cents(data.min_cofunding_pct) or Decimal("0.00"),
        min_total_score=_cents(data.min_total_score),
        divergence_threshold_pct=_cents(data.divergence_threshold_pct) or Decimal("0.00"),
        criteria=tuple(
            CriterionData(
                c.code.strip(),
                c.description.strip(),
                _cents(c.max_points) or Decimal("0.00"),
                _cents(c.min_points),
                c.tie_break_order,
            )
            for c in data.criteria
        ),
        documents=tuple(DocumentData(" ".join(d.description.split()), d.id) for d in data.documents),
        eligible_types=frozenset(data.eligible_types),
        themes=frozenset(data.themes),
        countries=tuple(sorted({c.strip().upper() for c in data.countries})),
        committee=tuple(data.committee),
    )
    return CallCheck(clean, [])


def _changed(before: CallData, after: CallData, names: Sequence[str]) -> bool:
    for name in names:
        old, new = getattr(before, name), getattr(after, name)
        if name == "documents":
            old = tuple((d.id, d.description) for d in old)
            new = tuple((d.id, d.description) for d in new)
        if old != new:
            return True
    return False


def locked_changes(status: CallStatus, before: CallData, after: CallData) -> list[ValidationError]:
    """The changes from `before` to `after` that a call in `status` no longer allows, with the reason."""
    errors = []
    if grid_locked(status) and _changed(before, after, GRID_FIELDS):
        errors.append(ValidationError("criteria", GRID_LOCKED))
    if financial_rules_locked(status) and _changed(before, after, FINANCIAL_FIELDS):
        errors.append(ValidationError("budget", FINANCES_LOCKED))
    if admissibility_rules_locked(status) and _changed(before, after, ADMISSIBILITY_FIELDS):
        errors.append(ValidationError("eligible_types", ADMISSIBILITY_LOCKED))
    if outcome_locked(status) and _changed(before, after, EVALUATION_FIELDS):
        errors.append(ValidationError("evaluators_per_application", OUTCOME_LOCKED))
    return errors


def admissibility_changed(before: CallData, after: CallData) -> bool:
    """Whether the rules the automatic checks and the checklist read have changed."""
    return _changed(before, after, (*ADMISSIBILITY_FIELDS, "max_grant", "min_cofunding_pct"))


def shift_year(day: date | None, years: int) -> date | None:
    """The same day `years` later (28 February for a 29 February that does not exist)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def duplicate_title(title: str, old_year: int, new_year: int) -> str:
    return title.replace(str(old_year), str(new_year))
