"""Fuzzing (hypothesis) of the validators and importers: random and malformed input gives the clear
validation error and nothing else, and a refused import writes nothing."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput, validate_actor
from coop_desktop.domain.admissibility import (
    ApplicationFacts,
    CallRules,
    RecordedCheck,
    automatic_checks,
    verdict,
)
from coop_desktop.domain.enums import ActorType, CheckOutcome
from coop_desktop.domain.passwords import check_password
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.exchange.actors_import import import_actors
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.headers import header_key
from coop_desktop.services.office import OfficeData, validate_office

# Text as users and spreadsheets produce it: any Unicode, control characters, very long values,
# numbers stored as text, codes with spaces, formulas.
texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 .,-+=@", max_size=20),
    st.sampled_from(["", " ", "=SUM(A1)", "8400689048", "84006890481", "IT84006890481", "fi", "FI", "ZZ"]),
    st.text(min_size=300, max_size=400),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.builds(ActorInput, **{name: texts for name in ACTOR_FIELD_LABELS}))
def test_actor_validator_answers_with_field_errors_only(data: ActorInput) -> None:
    result = validate_actor(data)
    assert (result.value is None) == bool(result.errors)
    for error in result.errors:
        assert error.field in ACTOR_FIELD_LABELS and error.message.strip()
    if result.value is not None:
        # What passes fits the columns: nothing a database would refuse later.
        assert len(result.value.name) <= 300
        assert result.value.tax_code is None or len(result.value.tax_code) in (11, 16)


@FUZZ
@given(
    st.builds(OfficeData, **{f.name: texts for f in dataclasses.fields(OfficeData) if f.name != "version"})
)
def test_office_validator_answers_with_field_errors_only(data: OfficeData) -> None:
    for error in validate_office(data):
        assert error.field and error.message.strip()


@FUZZ
@given(texts, texts)
def test_password_rule_returns_messages(password: str, username: str) -> None:
    problems = check_password(password, username)
    assert all(isinstance(p, str) and p for p in problems)
    if len(password) < 10:
        assert problems


money = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@FUZZ
@given(
    st.builds(
        CallRules,
        deadline=st.none() | days,
        max_grant=st.none() | money,
        min_cofunding_pct=st.decimals(min_value=0, max_value=100, places=2),
        eligible_types=st.frozensets(st.sampled_from(list(ActorType))),
    ),
    st.builds(
        ApplicationFacts,
        lead_type=st.sampled_from(list(ActorType)),
        received_on=days,
        total_cost=money,
        requested_grant=money,
    ),
)
def test_admissibility_checks_never_fail_to_answer(rules: CallRules, facts: ApplicationFacts) -> None:
    checks = automatic_checks(rules, facts)
    assert [c.code for c in checks] == ["actor_type", "deadline", "max_grant", "cofunding"]
    assert all(c.reason for c in checks)
    result = verdict([RecordedCheck(c.code, c.outcome, c.reason) for c in checks], [])
    outcomes = {c.outcome for c in checks}
    if CheckOutcome.NON_SUPERATO in outcomes:
        assert result.admissible is False and result.reasons
    elif CheckOutcome.DA_VERIFICARE in outcomes:
        assert result.admissible is None
    else:
        assert result.admissible is True


@FUZZ
@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.none(), st.dates()))
def test_header_key_accepts_any_cell(value: object) -> None:
    assert isinstance(header_key(value), str)


cells = st.one_of(
    st.none(),
    texts,
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**9), max_value=10**9),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.booleans(),
)
HEADERS = [c.label for c in ACTOR_COLUMNS.columns]


def _storable(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Actor.id))) or 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.permutations(HEADERS),
    rows=st.lists(st.lists(cells, min_size=0, max_size=len(HEADERS) + 2), max_size=12),
    skip_invalid=st.booleans(),
)
def test_actor_import_of_random_sheets_is_all_or_nothing(
    db: Database, tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[object]],
    skip_invalid: bool,
) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("fuzz") / "soggetti.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        # What a spreadsheet can hold: openpyxl refuses control characters, as Excel does.
        sheet.append([_storable(v) for v in row])
    book.save(path)
    before = _count(db)
    try:
        result = import_actors(db, path, skip_invalid=skip_invalid)
    except ImportRefused as exc:
        assert str(exc).strip()
        assert _count(db) == before
        return
    for error in result.errors:
        assert error.row >= 2 and error.field and error.message
    if result.invalid and not skip_invalid:
        assert not result.written and _count(db) == before
    else:
        assert _count(db) == before + result.imported


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096) | st.sampled_from([b"PK\x03\x04" + b"\x00" * 100, b"<?xml version='1.0'?>"]))
def test_malformed_files_are_refused_with_a_message(
    db: Database, tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("bad") / "soggetti.xlsx"
    Path(path).write_bytes(content)
    with pytest.raises(ImportRefused) as excinfo:
        import_actors(db, path)
    assert str(excinfo.value).strip() and _count(db) == 0
