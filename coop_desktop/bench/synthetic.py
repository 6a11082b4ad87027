"""A large synthetic data set: twenty years of the office's calls, evaluations and partnerships.

Full scale: 100,000 actors, 60 calls (3 a year, 2006–2025) with 6 criteria and a committee each,
5,000 applications, 20 evaluators, 150,000 scores, 2,000 partnerships. Rows are built by a seeded
random.Random, so the same sizes and seed give the same database on every machine.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from stdnum import luhn

from coop_desktop.bench.loader import TableWriter, sqlite_bulk_load
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Call, Partnership, User
from coop_desktop.db.schema import SchemaState, state, upgrade
from coop_desktop.domain.text import fold

DEFAULT_SEED = 20_060_101

# Codici fiscali come from disjoint 7-digit serials: below 8000000 for companies (as VAT numbers),
# 8…/9… for associations and public bodies, as the Agenzia delle Entrate assigns them.
COMPANY_BODIES = range(100_000, 8_000_000)
OTHER_BODIES = range(8_000_000, 10_000_000)


@dataclass(frozen=True)
class SyntheticSizes:
    actors: int = 100_000
    first_year: int = 2006
    years: int = 20
    calls_per_year: int = 3
    criteria_per_call: int = 6
    applications: int = 5_000
    evaluators: int = 20
    evaluators_per_application: int = 5
    partnerships: int = 2_000

    def __post_init__(self) -> None:
        from coop_desktop.bench.vocab import CRITERIA

        if self.actors < 1 or self.evaluators < 1 or self.years < 1 or self.calls_per_year < 1:
            raise ValueError("actors, evaluators, years and calls_per_year must be at least 1")
        if not 1 <= self.evaluators_per_application <= self.evaluators:
            raise ValueError("evaluators_per_application must be between 1 and evaluators")
        if not 1 <= self.criteria_per_call <= len(CRITERIA):
            raise ValueError(f"criteria_per_call must be between 1 and {len(CRITERIA)}")
        if self.actors > len(OTHER_BODIES):
            raise ValueError(f"at most {len(OTHER_BODIES):,} actors")
        if self.calls_per_year > 12:
            raise ValueError("at most 12 calls a year")

    @classmethod
    def scaled(cls, scale: float) -> SyntheticSizes:
        """Full-scale volumes times `scale`; the shape (calls, grid, committee) stays the same."""
        if scale <= 0:
            raise ValueError("scale must be positive")
        full = cls()
        return cls(
            actors=max(1, round(full.actors * scale)),
            applications=round(full.applications * scale),
            partnerships=round(full.partnerships * scale),
        )

    @property
    def calls(self) -> int:
        return self.years * self.calls_per_year

    @property
    def scores(self) -> int:
        return self.applications * self.evaluators_per_application * self.criteria_per_call


@dataclass
class SyntheticReport:
    """Rows written per table and the time spent (schema migration timed apart)."""

    counts: dict[str, int]
    seconds: float
    migration_seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


class SyntheticDataError(RuntimeError):
    """The target database already holds data: the generator writes only into an empty one."""


def organisation_tax_code(body: int, office: str) -> str:
    """An 11-digit codice fiscale: 7-digit serial, 3-digit tax office, Luhn check digit (as the VAT)."""
    base = f"{body:07d}{office}"
    return base + luhn.calc_check_digit(base)


def slug(text: str) -> str:
    """ASCII letters and digits of a name, for e-mail addresses and web sites."""
    folded = text.casefold() if text.isascii() else fold(text)
    return re.sub(r"[^a-z0-9]+", "", folded)[:40] or "ente"


def create_synthetic_database(
    target: str | os.PathLike[str] | URL,
    sizes: SyntheticSizes | None = None,
    seed: int = DEFAULT_SEED,
) -> SyntheticReport:
    """Fill `target` (an SQLite path or a database URL): a new database, or a migrated empty one."""
    db = Database.open(target)
    try:
        found = state(db)
        if found not in (SchemaState.EMPTY, SchemaState.CURRENT):
            # Never migrate a database that is not ours to fill (e.g. the office's real one).
            raise SyntheticDataError(
                f"Il database {db.name} non è vuoto (schema {found.value}): "
                "i dati sintetici si creano solo in un database nuovo."
            )
        started = time.perf_counter()
        if found is SchemaState.EMPTY:
            upgrade(db)
        migrated = time.perf_counter() - started
        report = populate(db, sizes or SyntheticSizes(), seed)
        report.migration_seconds = migrated
        return report
    finally:
        db.close()


def populate(db: Database, sizes: SyntheticSizes, seed: int = DEFAULT_SEED) -> SyntheticReport:
    """Insert the data set into a migrated, empty database in one transaction."""
    from coop_desktop.bench.generator import TABLE_ORDER, Generator

    _refuse_non_empty(db)
    started = time.perf_counter()
    with db.engine.begin() as conn, sqlite_bulk_load(conn, TABLE_ORDER):
        writer = TableWriter(conn, TABLE_ORDER)
        Generator(seed, sizes, writer).run()
        writer.close()
    if db.is_sqlite:
        # Fold the WAL into the main file: the measured file size and a later cold start are honest.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return SyntheticReport(dict(writer.counts), time.perf_counter() - started)


def _refuse_non_empty(db: Database) -> None:
    with db.engine.connect() as conn:
        for model in (Actor, Call, Partnership, User):
            if conn.execute(select(func.count()).select_from(model)).scalar_one():
                raise SyntheticDataError(
                    f"Il database {db.name} contiene già dati ({model.__tablename__}): "
                    "i dati sintetici si creano solo in un database vuoto."
                )
