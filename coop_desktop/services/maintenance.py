"""Backups and integrity checks of the open database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Call
from coop_desktop.db.schema import SCHEMA_HEAD, SchemaState, current_revision, state
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.context import CurrentUser


class MaintenanceError(RuntimeError):
    """A maintenance operation could not be done (message in Italian)."""


@dataclass
class CheckReport:
    database: str
    schema_revision: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {
            "database": self.database,
            "schema_revision": self.schema_revision,
            "ok": self.ok,
            "problems": self.problems,
        }


class MaintenanceService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def backup(self, target: Path) -> Path:
        """Copy the SQLite database to `target` with the online backup API (consistent while in use)."""
        self._user.require(Permission.MAINTENANCE)
        if not self._db.is_sqlite:
            raise MaintenanceError(
                "Il backup dall'applicazione è disponibile per i database SQLite; "
                "per PostgreSQL usa gli strumenti del server (pg_dump)."
            )
        target = target.expanduser().resolve()
        source_path = Path(self._db.url.database or "")
        if target == source_path.resolve():
            raise MaintenanceError("Il file di backup non può coincidere con il database aperto.")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        raw = self._db.engine.raw_connection()
        try:
            dest = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
                # A backup is one self-contained file, never a WAL pair.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            raw.close()
        partial.replace(target)
        return target

    def check(self) -> CheckReport:
        """Schema version, SQLite's own integrity and foreign keys, and a few business invariants."""
        if self._db.is_sqlite and self._db.url.database not in (None, "", ":memory:"):
            from coop_desktop.db.sqlite_file import header_problem

            # A file that is no database, or truncated: said plainly, before SQLite's own errors.
            if problem := header_problem(Path(self._db.url.database or "")):
                return CheckReport(self._db.name, None, [f"Il file del database è danneggiato: {problem}."])
        report = CheckReport(self._db.name, current_revision(self._db))
        found = state(self._db)
        if found is not SchemaState.CURRENT:
            report.problems.append(
                f"Versione dello schema {report.schema_revision or 'assente'}, attesa {SCHEMA_HEAD}."
            )
            return report
        if self._db.is_sqlite:
            with self._db.engine.connect() as conn:
                integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                if integrity != ["ok"]:
                    report.problems.extend(f"Integrità SQLite: {line}" for line in integrity)
                for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    report.problems.append(
                        f"Tabella {table}, riga {rowid}: riferimento mancante alla tabella {parent}."
                    )
        with self._db.reading() as session:
            bad_amounts = session.scalar(
                select(func.count(Application.id)).where(Application.requested_grant > Application.total_cost)
            )
            if bad_amounts:
                report.problems.append(
                    f"{bad_amounts} domande hanno un contributo richiesto superiore al costo totale."
                )
            duplicate_codes = session.scalar(
                select(func.count()).select_from(
                    select(Call.code).group_by(Call.code).having(func.count() > 1).subquery()
                )
            )
            if duplicate_codes:
                report.problems.append(f"{duplicate_codes} codici bando sono duplicati.")
            # The list's totals are kept by triggers (migration 0004): they must match the rows.
            led = (
                select(Application.lead_actor_id, func.count().label("n"))
                .group_by(Application.lead_actor_id)
                .subquery()
            )
            drifted = session.scalar(
                select(func.count())
                .select_from(Actor)
                .outerjoin(led, led.c.lead_actor_id == Actor.id)
                .where(Actor.applications_count != func.coalesce(led.c.n, 0))
            )
            if drifted:
                report.problems.append(
                    f"{drifted} soggetti hanno un numero di domande diverso da quello registrato."
                )
        return report
