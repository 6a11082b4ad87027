"""Actor search and list indexes

Search as you type over 100,000 actors needs indexes on actors.search_text: FTS5 tables
(trigrams and word prefixes) kept in step by triggers on SQLite, a pg_trgm GIN index on
PostgreSQL. Neither is in the ORM metadata (see coop_desktop.db.schema.UNMANAGED). The list's
sort columns get composite indexes behind is_archived, which every list query filters on.

Revision ID: 0002_actor_search
Revises: 0001_initial
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_actor_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW_INDEXES = {
    "ix_actors_archived_email": ["is_archived", "email"],
    "ix_actors_archived_municipality": ["is_archived", "municipality"],
    "ix_actors_archived_name": ["is_archived", "name", "id"],
    "ix_actors_archived_pec": ["is_archived", "pec"],
    "ix_actors_archived_province": ["is_archived", "province", "name"],
    "ix_actors_archived_tax_code": ["is_archived", "tax_code"],
    "ix_actors_archived_type": ["is_archived", "actor_type", "name"],
}
_OLD_INDEXES = {
    "ix_actors_is_archived": ["is_archived"],
    "ix_actors_municipality": ["municipality"],
    "ix_actors_name": ["name"],
    "ix_actors_province_name": ["province", "name"],
    "ix_actors_type_name": ["actor_type", "name"],
}

# Two FTS5 indexes over the same column: trigrams answer substrings of 3+ characters; a word
# index with 1- and 2-character prefixes answers the first keystrokes, where a LIKE scan of
# 100,000 rows would take a few hundred milliseconds.
_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE actors_fts USING fts5("
    "search_text, content='actors', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE actors_words USING fts5("
    "search_text, content='actors', content_rowid='id', tokenize='unicode61', prefix='1 2')",
    "CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN "
    "INSERT INTO actors_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "INSERT INTO actors_words(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN "
    "INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO actors_words(actors_words, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER actors_fts_update AFTER UPDATE OF search_text ON actors BEGIN "
    "INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO actors_words(actors_words, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO actors_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "INSERT INTO actors_words(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO actors_fts(actors_fts) VALUES ('rebuild')",
    "INSERT INTO actors_words(actors_words) VALUES ('rebuild')",
]


def upgrade() -> None:
    for name in _OLD_INDEXES:
        op.drop_index(name, table_name="actors")
    for name, columns in _NEW_INDEXES.items():
        op.create_index(name, "actors", columns)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_actors_search_trgm ON actors USING gin (search_text gin_trgm_ops)")
    # Without statistics SQLite's planner prefers the is_archived index even when a search narrows
    # the rows to a few: ANALYZE gives it the numbers (the app re-runs it after large imports).
    op.execute("ANALYZE")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("actors_fts_insert", "actors_fts_delete", "actors_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS actors_fts")
        op.execute("DROP TABLE IF EXISTS actors_words")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_actors_search_trgm")
    for name in _NEW_INDEXES:
        op.drop_index(name, table_name="actors")
    for name, columns in _OLD_INDEXES.items():
        op.create_index(name, "actors", columns)
