"""Engine and session factory for SQLite (default, one file per PC) or PostgreSQL (shared office)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from coop_desktop.paths import default_database_path

ENV_DB = "COOP_DESKTOP_DB"


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
    cur.close()


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """One open database: its URL, engine and session factory. Built once in app.py / cli.py."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]

    @classmethod
    def open(cls, value: str | os.PathLike[str] | URL | None = None) -> Database:
        url = value if isinstance(value, URL) else resolve_url(value)
        engine = make_engine(url)
        return cls(url, engine, sessionmaker(engine, expire_on_commit=False))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any exception."""
        with self.session_factory.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
