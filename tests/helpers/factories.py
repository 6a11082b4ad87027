"""Small builders of valid records for tests that need a few rows of their own."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session
from stdnum import luhn

from coop_desktop.db.models import Actor, Application, Call, Partnership
from coop_desktop.domain.enums import ActorType, CallStatus, Funder, PartnershipStatus, RegionRole

_seq = itertools.count(1)


def valid_tax_code(n: int) -> str:
    """An 11-digit codice fiscale the form's rules accept, distinct for each n < 2,000,000: a real
    provincial office code (048, Firenze) and a correct check digit."""
    body = f"{8_000_000 + n:07d}048"
    return body + luhn.calc_check_digit(body)


def make_actor(session: Session, **values: Any) -> Actor:
    n = next(_seq)
    fields: dict[str, Any] = {
        "name": f"Associazione di prova {n}",
        "actor_type": ActorType.ASSOCIAZIONE,
        "tax_code": valid_tax_code(n),
        "municipality": "Firenze",
        "province": "FI",
        "email": f"info{n}@esempio.it",
    }
    fields.update(values)
    actor = Actor(**fields)
    session.add(actor)
    session.flush()
    return actor


def make_call(session: Session, **values: Any) -> Call:
    n = next(_seq)
    fields: dict[str, Any] = {
        "code": f"TEST-{n}",
        "title": f"Bando di prova {n}",
        "year": 2026,
        "status": CallStatus.APERTO,
        "budget": Decimal("100000.00"),
        "max_grant": Decimal("40000.00"),
        "min_cofunding_pct": Decimal("20.00"),
        "deadline": date(2026, 3, 31),
    }
    fields.update(values)
    call = Call(**fields)
    session.add(call)
    session.flush()
    return call


def make_application(session: Session, call: Call, lead: Actor, **values: Any) -> Application:
    n = next(_seq)
    fields: dict[str, Any] = {
        "call_id": call.id,
        "lead_actor_id": lead.id,
        "protocol_number": f"{n:06d}",
        "protocol_date": date(2026, 3, 1),
        "title": f"Progetto {n}",
        "total_cost": Decimal("50000.00"),
        "requested_grant": Decimal("40000.00"),
    }
    fields.update(values)
    application = Application(**fields)
    session.add(application)
    session.flush()
    return application


def make_partnership(session: Session, **values: Any) -> Partnership:
    n = next(_seq)
    fields: dict[str, Any] = {
        "title": f"Partenariato {n}",
        "funder": Funder.AICS,
        "region_role": RegionRole.CAPOFILA,
        "status": PartnershipStatus.IDEA,
        "total_budget": Decimal("500000.00"),
        "region_share": Decimal("50000.00"),
    }
    fields.update(values)
    partnership = Partnership(**fields)
    session.add(partnership)
    session.flush()
    return partnership
