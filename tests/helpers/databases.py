"""Fresh databases for tests: a migrated template is made once, then copied for each test.

SQLite copies the template file; PostgreSQL (COOP_DESKTOP_TEST_DB) uses CREATE DATABASE … TEMPLATE,
which takes a few milliseconds with fsync off.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from coop_desktop.db.engine import Database
from coop_desktop.db.schema import upgrade

TEST_DB_ENV = "COOP_DESKTOP_TEST_DB"
_counter = itertools.count()


def postgres_url() -> URL | None:
    raw = os.environ.get(TEST_DB_ENV)
    return make_url(raw) if raw else None


def _admin(url: URL):  # type: ignore[no-untyped-def]
    return create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


class TemplateDatabase:
    """A migrated (optionally pre-filled) database that tests clone."""

    def __init__(self, name: str, workdir: Path, fill: Callable[[Database], None] | None = None) -> None:
        self.name = name
        self.workdir = workdir
        self.pg = postgres_url()
        base = f"{name}_{os.getpid()}"
        if self.pg is not None:
            self.url = self.pg.set(database=f"tpl_{base}")
            with _admin(self.pg).connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.url.database}"'))
                conn.execute(text(f'CREATE DATABASE "{self.url.database}"'))
        else:
            self.url = URL.create("sqlite+pysqlite", database=str(workdir / f"{base}.sqlite3"))
        db = Database.open(self.url)
        try:
            upgrade(db)
            if fill is not None:
                fill(db)
            if self.pg is None:
                # Fold the WAL into the main file so a plain file copy is complete.
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()

    @contextmanager
    def clone(self, target_dir: Path) -> Iterator[URL]:
        if self.pg is None:
            path = target_dir / f"{self.name}-{next(_counter)}.sqlite3"
            shutil.copyfile(self.url.database or "", path)
            yield URL.create("sqlite+pysqlite", database=str(path))
            return
        name = f"t_{self.name}_{os.getpid()}_{next(_counter)}"
        admin = _admin(self.pg)
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.url.database}"'))
        try:
            yield self.pg.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()

    def drop(self) -> None:
        if self.pg is not None:
            admin = _admin(self.pg)
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.url.database}" WITH (FORCE)'))
            admin.dispose()


@contextmanager
def empty_database(target_dir: Path) -> Iterator[URL]:
    """A database with no tables at all (for migration tests)."""
    pg = postgres_url()
    if pg is None:
        yield URL.create("sqlite+pysqlite", database=str(target_dir / f"empty-{next(_counter)}.sqlite3"))
        return
    name = f"e_{os.getpid()}_{next(_counter)}"
    admin = _admin(pg)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
