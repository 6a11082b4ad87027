"""Schema version checks and migrations (Alembic).

Start-up only reads the version row, compared with SCHEMA_HEAD; Alembic itself (about 0.3 s
to import) is loaded only when the database must be created or upgraded.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import inspect, text

from coop_desktop.db.engine import Database
from coop_desktop.paths import migrations_dir

# The newest revision in db/migrations/versions; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0005_evaluation"

# Search structures made by migrations outside the ORM metadata; autogenerate must not drop them.
UNMANAGED = frozenset(
    {
        "actors_fts",
        "actors_fts_config",
        "actors_fts_data",
        "actors_fts_docsize",
        "actors_fts_idx",
        "actors_words",
        "actors_words_config",
        "actors_words_data",
        "actors_words_docsize",
        "actors_words_idx",
        "actors_archived_fts",
        "actors_archived_fts_config",
        "actors_archived_fts_data",
        "actors_archived_fts_docsize",
        "actors_archived_fts_idx",
        "actors_archived_words",
        "actors_archived_words_config",
        "actors_archived_words_data",
        "actors_archived_words_docsize",
        "actors_archived_words_idx",
        "ix_actors_search_trgm",
    }
)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic hook: leave the unmanaged search structures alone."""
    return not (reflected and name in UNMANAGED)


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"
    NEWER = "newer"
    FOREIGN = "foreign"  # tables exist but no Alembic version: not a Coop Desktop database


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the app (message in Italian)."""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrations_dir()))
    return {rev.revision for rev in script.walk_revisions()}


def state(db: Database) -> SchemaState:
    revision = current_revision(db)
    if revision == SCHEMA_HEAD:
        return SchemaState.CURRENT
    if revision is None:
        with db.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        return SchemaState.FOREIGN if tables else SchemaState.EMPTY
    if revision in known_revisions():
        return SchemaState.OUTDATED
    return SchemaState.NEWER


def alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    # env.py uses this engine instead of building one from a URL string.
    cfg.attributes["engine"] = db.engine
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(db), revision)


def open_current(value: str | None) -> Database:
    """Open the database named by --db / $COOP_DESKTOP_DB / default, created or upgraded as needed.

    Every failure becomes a SchemaError with an Italian message: callers show it, never a traceback.
    """
    from sqlalchemy.exc import DatabaseError, InterfaceError

    db = Database.open(value)
    try:
        refuse_without_writing(db)
        ensure_current(db)
    except (DatabaseError, InterfaceError) as exc:
        db.close()
        raise SchemaError(
            f"Impossibile aprire il database {db.name}: il file è danneggiato, non è un database "
            f"o il server non risponde ({getattr(exc, 'orig', exc)})."
        ) from exc
    except SchemaError:
        db.close()
        raise
    return db


def refuse_without_writing(db: Database) -> None:
    """SchemaError for a newer or foreign SQLite file, raised before anything has written to it.

    The first read-write connection switches a rollback-journal file (a backup, a file made by
    another tool) to WAL, which rewrites its header: such a file is looked at read-only first, so
    that one the app refuses stays byte for byte as it was. A WAL file needs no such look.
    """
    if not db.is_sqlite or db.read_only or db.url.database in (None, "", ":memory:"):
        return
    from pathlib import Path

    from coop_desktop.db.sqlite_file import journal_mode_byte

    if journal_mode_byte(Path(db.url.database or "")) != 1:
        return
    probe = Database.open(db.url, read_only=True)
    try:
        if state(probe) in (SchemaState.NEWER, SchemaState.FOREIGN):
            ensure_current(probe)  # raises the SchemaError
    finally:
        probe.close()


def ensure_current(db: Database) -> SchemaState:
    """Create or upgrade the schema; refuse databases this version cannot safely touch."""
    found = state(db)
    if found is SchemaState.NEWER:
        raise SchemaError(
            "Il database è stato creato da una versione più recente di Coop Desktop "
            f"(revisione {current_revision(db)}). Aggiorna l'applicazione: il database non è "
            "stato modificato."
        )
    if found is SchemaState.FOREIGN:
        raise SchemaError(
            "Il file indicato contiene tabelle che non appartengono a Coop Desktop: "
            "il database non è stato modificato."
        )
    if found in (SchemaState.EMPTY, SchemaState.OUTDATED):
        upgrade(db)
    return found
