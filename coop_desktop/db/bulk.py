"""Inserting many rows into a table with FTS5 search indexes (SQLite) in one transaction.

The FTS5 tables of migration 0002 are fed row by row by AFTER INSERT triggers. Fired once per
row, each trigger makes FTS5 write a tiny segment and merge: measured here, 10,000 actors took
6 s into an empty table and 126 s into one holding 50,000, against about 1 s when the triggers
are lifted and the new rows are indexed with one INSERT … SELECT per FTS table. All of it
happens inside the caller's transaction, so a rollback restores the triggers too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

_CONTENT = re.compile(r"content\s*=\s*['\"]?(\w+)", re.IGNORECASE)
_CONTENT_ROWID = re.compile(r"content_rowid\s*=\s*['\"]?(\w+)", re.IGNORECASE)
_BODY = re.compile(r"\bBEGIN\b(.*)\bEND\s*$", re.IGNORECASE | re.DOTALL)
# A trigger that feeds only some rows (e.g. the archived actors' index): "… WHEN new.x BEGIN".
_WHEN = re.compile(r"\bWHEN\b(.*?)\bBEGIN\b", re.IGNORECASE | re.DOTALL)
_NEW_ROW = re.compile(r"\bnew\.", re.IGNORECASE)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _fts_tables(conn: Connection, table: str) -> dict[str, str]:
    """FTS5 tables whose external content is `table`: name → content rowid column."""
    found = {}
    for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%fts5%'"
    ):
        content = _CONTENT.search(sql)
        if content and content.group(1) == table:
            rowid = _CONTENT_ROWID.search(sql)
            found[name] = rowid.group(1) if rowid else "rowid"
    return found


def _only_feeds(sql: str, fts: dict[str, str]) -> bool:
    """True when every statement of the trigger is an INSERT into one of the FTS tables."""
    body = _BODY.search(sql)
    if body is None:
        return False
    statements = [s.strip() for s in body.group(1).split(";") if s.strip()]
    pattern = re.compile(r"INSERT\s+INTO\s+[\"']?(\w+)[\"']?\s*\(", re.IGNORECASE)
    return bool(statements) and all(
        (m := pattern.match(s)) is not None and m.group(1) in fts for s in statements
    )


@contextmanager
def fts_indexed_once(conn: Connection, table: str, id_column: str = "id") -> Iterator[None]:
    """Within the block, rows inserted into `table` reach its FTS5 tables in one pass at the end.

    Only AFTER INSERT triggers that do nothing but feed those FTS tables are lifted; any other
    trigger keeps firing. No-op on other databases (PostgreSQL's trigram index is an ordinary
    index). Must run inside a transaction that has not written yet.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    fts = _fts_tables(conn, table)
    triggers = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        )
        if re.search(r"\bAFTER\s+INSERT\b", sql, re.IGNORECASE) and _only_feeds(sql, fts)
    ]
    if not triggers:
        yield
        return
    driver = conn.connection.driver_connection
    if driver is not None and not getattr(driver, "in_transaction", True):
        # pysqlite runs DDL outside any transaction unless one is open: open it (and take the
        # write lock) first, so dropping the triggers commits or rolls back with the rows.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    for name, _ in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {_quote(name)}")
    before = conn.exec_driver_sql(
        f"SELECT coalesce(max({_quote(id_column)}), 0) FROM {_quote(table)}"
    ).scalar_one()
    yield
    for name, rowid in fts.items():
        feeding = [sql for _, sql in triggers if name in sql]
        if not feeding:
            continue
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({_quote(name)})")]
        names = ", ".join(_quote(c) for c in columns)
        # The new rows the trigger would have fed: its WHEN condition, read on the table's rows.
        when = _WHEN.search(feeding[0])
        condition = f" AND ({_NEW_ROW.sub('', when.group(1)).strip()})" if when else ""
        conn.exec_driver_sql(
            f"INSERT INTO {_quote(name)}(rowid, {names}) "
            f"SELECT {_quote(rowid)}, {names} FROM {_quote(table)} WHERE {_quote(rowid)} > ?{condition}",
            (before,),
        )
    for _, sql in triggers:
        conn.exec_driver_sql(sql)
