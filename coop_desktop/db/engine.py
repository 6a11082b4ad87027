"""Engine and session factory for SQLite (default, one file per PC) or PostgreSQL (shared office)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from coop_desktop.paths import default_database_path

if TYPE_CHECKING:
    from coop_desktop.db.audit import AuditUser

ENV_DB = "COOP_DESKTOP_DB"
# session.info key holding who acts in a transaction, read by the audit listener (db/audit.py).
USER_KEY = "audit_user"


def resolve_url(value: str | os.PathLike[str] | None = None) -> URL:
    """Turn `--db`, $COOP_DESKTOP_DB or the default into a URL; a bare path means an SQLite file."""
    raw = os.fspath(value) if value else os.environ.get(ENV_DB) or str(default_database_path())
    if "://" in raw:
        return make_url(raw)
    path = Path(raw).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """A human-readable name of the database without the password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the UI read while a worker writes.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    _sqlite_read_speed(cur)
    cur.close()


def _sqlite_read_speed(cur: Any) -> None:
    # The lists read rows by rowid from the search indexes: through a memory map and a 32 MB
    # page cache, instead of one read() per 4 KB page, a 100k-actor page query is 2x faster.
    cur.execute("PRAGMA mmap_size=268435456")
    cur.execute("PRAGMA cache_size=-32768")


def _sqlite_read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The journal mode is the writer's business: a read-only connection cannot change it.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA query_only=ON")
    _sqlite_read_speed(cur)
    cur.close()


def make_engine(url: URL, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        if read_only and url.database and url.database != ":memory:":
            # URI mode=ro: SQLite opens the file read-only, so nothing in this process can write it.
            uri = f"{Path(url.database).resolve().as_uri()}?mode=ro"
            engine = create_engine(
                url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
            return engine
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if read_only:
        return create_engine(
            url, pool_pre_ping=True, connect_args={"options": "-c default_transaction_read_only=on"}
        )
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """One open database: its URL, engine and session factory. Built once in app.py / cli.py."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    # Opened read-only (another instance holds the SQLite file): every write fails in the driver.
    read_only: bool = False

    @classmethod
    def open(cls, value: str | os.PathLike[str] | URL | None = None, read_only: bool = False) -> Database:
        url = value if isinstance(value, URL) else resolve_url(value)
        from coop_desktop.db import audit  # loads the models: after the first paint, not at import

        engine = make_engine(url, read_only)
        factory = sessionmaker(engine, expire_on_commit=False)
        audit.install(factory)
        return cls(url, engine, factory, read_only)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self, user: AuditUser | None = None) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any exception.

        `user` is who the audit trail names for the writes (None: the application itself)."""
        with self.session_factory.begin() as session:
            session.info[USER_KEY] = user
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
