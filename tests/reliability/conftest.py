"""The reliability section: crashes, damaged files, refusals, restores, locks, conflicts.

Most of these are about the SQLite file the app keeps on the user's PC and skip on PostgreSQL
(`COOP_DESKTOP_TEST_DB` set) through `sqlite_only`; tests that apply to both leave it out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.databases import TemplateDatabase, postgres_url

sqlite_only = pytest.mark.skipif(
    postgres_url() is not None, reason="about the SQLite file; COOP_DESKTOP_TEST_DB names PostgreSQL"
)


@pytest.fixture
def demo_file(demo_template: TemplateDatabase, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo database as a plain SQLite file (SQLite runs only)."""
    if postgres_url() is not None:
        pytest.skip("about the SQLite file")
    with demo_template.clone(tmp_path) as url:
        yield Path(url.database or "")


def snapshot(path: Path) -> list[str]:
    """Everything in the database as SQL text: schema, triggers, every row."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def sqlite_integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
