"""The migrations produce exactly the models, and start-up refuses databases it must not touch."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Base
from coop_desktop.db.schema import (
    SCHEMA_HEAD,
    SchemaError,
    SchemaState,
    current_revision,
    ensure_current,
    include_object,
    state,
    upgrade,
)
from coop_desktop.paths import migrations_dir
from tests.helpers.databases import empty_database


def test_schema_head_constant_is_alembic_head() -> None:
    assert ScriptDirectory(str(migrations_dir())).get_heads() == [SCHEMA_HEAD]


def test_migrated_database_matches_models_exactly(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_model_table_exists(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_ensure_current_creates_an_empty_database(tmp_path: Path) -> None:
    with empty_database(tmp_path) as url:
        db = Database.open(url)
        try:
            assert state(db) is SchemaState.EMPTY
            assert ensure_current(db) is SchemaState.EMPTY
            assert current_revision(db) == SCHEMA_HEAD
            assert ensure_current(db) is SchemaState.CURRENT
        finally:
            db.close()


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    from alembic import command

    from coop_desktop.db.schema import alembic_config

    with empty_database(tmp_path) as url:
        db = Database.open(url)
        try:
            upgrade(db)
            command.downgrade(alembic_config(db), "base")
            assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
            upgrade(db)
            assert current_revision(db) == SCHEMA_HEAD
        finally:
            db.close()


def test_database_from_a_newer_version_is_refused_untouched(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert state(db) is SchemaState.NEWER
    with pytest.raises(SchemaError, match="versione più recente"):
        ensure_current(db)
    assert current_revision(db) == "9999_future"


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    with empty_database(tmp_path) as url:
        db = Database.open(url)
        try:
            with db.engine.begin() as conn:
                conn.execute(text("CREATE TABLE spesa (id INTEGER PRIMARY KEY)"))
            with pytest.raises(SchemaError, match="non appartengono"):
                ensure_current(db)
            assert "actors" not in inspect(db.engine).get_table_names()
        finally:
            db.close()
