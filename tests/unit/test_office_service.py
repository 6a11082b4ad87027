from __future__ import annotations

import dataclasses

import pytest

from coop_desktop.db.engine import Database
from coop_desktop.services.office import (
    ConcurrentEditError,
    OfficeData,
    OfficeService,
    ValidationErrors,
)
from tests.helpers.users import ADMIN

VALID = OfficeData(
    office_name="Settore Attività Internazionali",
    address="Via Pico della Mirandola 22-24",
    postal_code="50132",
    city="Firenze",
    province="fi",
    pec="regionetoscana@postacert.toscana.it",
    head_of_office="Mario Rossi",
    procedure_manager="Anna Bianchi",
)


def test_empty_database_gives_blank_profile(db: Database) -> None:
    assert OfficeService(db, ADMIN).get() == OfficeData()


def test_save_then_read_back_normalised(db: Database) -> None:
    service = OfficeService(db, ADMIN)
    saved = service.save(VALID)
    assert saved.province == "FI"
    assert service.get() == saved
    again = service.save(dataclasses.replace(saved, head_of_office="Giulia Verdi"))
    assert again.version == saved.version + 1
    assert service.get().head_of_office == "Giulia Verdi"


def test_invalid_fields_are_named_in_italian_and_nothing_is_written(db: Database) -> None:
    service = OfficeService(db, ADMIN)
    bad = dataclasses.replace(VALID, office_name=" ", postal_code="5013", province="XX", pec="non-una-pec")
    with pytest.raises(ValidationErrors) as excinfo:
        service.save(bad)
    fields = {e.field for e in excinfo.value.errors}
    assert fields == {"office_name", "postal_code", "province", "pec"}
    assert "CAP: Il CAP deve essere di 5 cifre." in str(excinfo.value)
    assert service.get() == OfficeData()


def test_second_save_from_a_stale_copy_is_refused(db: Database) -> None:
    service = OfficeService(db, ADMIN)
    first = service.save(VALID)
    service.save(dataclasses.replace(first, city="Prato"))  # someone else saves meanwhile
    with pytest.raises(ConcurrentEditError):
        service.save(dataclasses.replace(first, city="Pisa"))
    assert service.get().city == "Prato"
