"""Automatic backups of the SQLite database, their rotation, and restoring one in place of the database.

- `automatic_backup(db)`: a consistent copy (SQLite's online backup API, see MaintenanceService)
  named `<database stem>-YYYYMMDD-HHMMSS.sqlite3` in the backup folder, then `rotate()`: the
  newest ten are kept, plus the newest of every calendar month (`plan_rotation`).
- `restore(database, backup)`: the backup is copied beside the database and checked there (an
  SQLite file, `PRAGMA integrity_check`, a Coop Desktop schema not newer than this app's); only
  then is the current database copied to `<stem>.prima-del-ripristino-YYYYMMDD-HHMMSS.sqlite3`, its
  -wal/-shm/-journal removed (an old log applied to the restored file would corrupt it) and the
  checked copy renamed over it in one atomic step.

Messages are Italian. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from coop_desktop.db import sqlite_file
from coop_desktop.db.engine import Database
from coop_desktop.db.instance_lock import DatabaseInUse, InstanceLock
from coop_desktop.domain.permissions import Permission
from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.exchange.progress import CancelFn, ProgressFn
from coop_desktop.paths import default_backup_dir, settings_file
from coop_desktop.services.context import SYSTEM, CurrentUser
from coop_desktop.services.maintenance import MaintenanceError, MaintenanceService

KEEP_LAST = 10
BACKUP_SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
# A .part file this old belongs to a backup that was interrupted (crash, power cut): removed.
STALE_PART = timedelta(hours=1)
BEFORE_RESTORE = "prima-del-ripristino"
_COPY_CHUNK = 4 * 1024 * 1024
_CANCELLED = "Ripristino annullato: il database non è stato modificato."

T = TypeVar("T")


class RestoreError(MaintenanceError):
    """The backup cannot be restored (message in Italian); the current database was not touched."""


# -- naming and rotation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name


def backup_name(stem: str, at: datetime, counter: int = 0) -> str:
    extra = f"-{counter}" if counter else ""
    return f"{stem}-{at.strftime(STAMP)}{extra}{BACKUP_SUFFIX}"


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(BACKUP_SUFFIX)}$")


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The automatic backups of the database named `stem` in `folder`, newest first."""
    pattern = _name_pattern(stem)
    found: list[tuple[datetime, int, BackupFile]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken_at = datetime.strptime(match.group(1), STAMP)
        except ValueError:
            continue
        found.append((taken_at, int(match.group(2) or 0), BackupFile(path, taken_at)))
    # Two in the same second: the one with the higher counter was made later.
    return [backup for *_, backup in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def plan_rotation(files: Iterable[tuple[T, datetime]], now: datetime, keep_last: int = KEEP_LAST) -> list[T]:
    """Which backups to delete: all but the newest `keep_last` and the newest of each calendar month.

    A backup dated after `now` (a clock that was wrong) is kept and does not count among the
    newest: it must not crowd out the backups made since. The result keeps the input's order.
    """
    items = list(files)
    past = sorted(
        (i for i, (_, at) in enumerate(items) if at <= now), key=lambda i: items[i][1], reverse=True
    )
    keep = set(past[:keep_last])
    newest_of_month: dict[tuple[int, int], int] = {}
    for i in past:  # newest first: the first seen in a month is its newest
        newest_of_month.setdefault((items[i][1].year, items[i][1].month), i)
    keep.update(newest_of_month.values())
    return [item for i, (item, at) in enumerate(items) if at <= now and i not in keep]


def rotate(folder: Path, stem: str, now: datetime | None = None, keep_last: int = KEEP_LAST) -> list[Path]:
    """Delete the backups `plan_rotation` gives up, and .part files of interrupted backups."""
    now = now or datetime.now()
    backups = list_backups(folder, stem)
    removed = []
    for path in plan_rotation(((b.path, b.taken_at) for b in backups), now, keep_last):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    pattern = _name_pattern(stem)
    for part in folder.glob(f"{glob_escape(stem)}-*{BACKUP_SUFFIX}.part"):
        if not pattern.match(part.name[: -len(".part")]):
            continue
        with contextlib.suppress(OSError):
            if datetime.now().timestamp() - part.stat().st_mtime > STALE_PART.total_seconds():
                part.unlink()
                removed.append(part)
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# -- the backup folder ------------------------------------------------------------------------------


def _unquote_ini(value: str) -> str:
    """A value as QSettings writes it in INI files: maybe quoted, with backslash escapes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    out = []
    chars = iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(nxt, nxt))
    text = "".join(out)
    return text[1:] if text.startswith("@@") else text


def configured_backup_folder(settings: Path | None = None) -> Path:
    """The folder chosen in the window (File → Cartella dei backup…), else the default one.

    Read straight from the window's settings file so that the command line needs no Qt.
    """
    path = settings or settings_file()
    section = ""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip().lower()
        elif section == "backup" and "=" in stripped:
            key, value = stripped.split("=", 1)
            if key.strip().lower() == "folder" and (folder := _unquote_ini(value)):
                return Path(folder).expanduser()
    return default_backup_dir()


def database_file(db: Database) -> Path:
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        raise MaintenanceError(
            "Il backup automatico e il ripristino riguardano i database SQLite; "
            "per PostgreSQL usa gli strumenti del server (pg_dump, pg_restore)."
        )
    return Path(db.url.database)


# -- automatic backups ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    removed: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"ok": True, "backup": str(self.path), "removed": [str(p) for p in self.removed]}


def automatic_backup(
    db: Database,
    folder: Path | None = None,
    *,
    user: CurrentUser = SYSTEM,
    now: datetime | None = None,
    keep_last: int = KEEP_LAST,
) -> AutomaticBackup:
    """Back the database up into `folder` (default: the configured one) and rotate the folder."""
    source = database_file(db)
    folder = (folder or configured_backup_folder()).expanduser()
    now = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MaintenanceError(
            f"Impossibile creare la cartella dei backup {folder} ({exc.strerror or exc})."
        ) from exc
    counter = 0
    while (target := folder / backup_name(source.stem, now, counter)).exists():
        counter += 1
    try:
        written = MaintenanceService(db, user).backup(target)
    except (OSError, sqlite3.Error) as exc:
        raise MaintenanceError(f"Il backup in {folder} non è riuscito ({exc}).") from exc
    return AutomaticBackup(written, rotate(folder, source.stem, now, keep_last))


# -- judging a backup -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    """A file that passed the checks: a sound SQLite database with a schema this app can use."""

    path: Path
    revision: str
    taken_at: datetime  # from an automatic backup's name, else the file's modification time


def _taken_at(path: Path) -> datetime:
    match = re.search(r"(\d{8}-\d{6})(?:-\d+)?\.[^.]+$", path.name)
    if match:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match.group(1), STAMP)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.now()


def _judge(conn: sqlite3.Connection, shown: Path, *, thorough: bool) -> str:
    """The file's schema revision when it is usable, else RestoreError (Italian) saying why not."""
    from coop_desktop.db.schema import SCHEMA_HEAD, known_revisions

    try:
        problems = sqlite_file.integrity_problems(conn, thorough=thorough, limit=5)
        if problems:
            raise RestoreError(
                f"Il file {shown} è danneggiato (controllo di integrità: {'; '.join(problems)})."
            )
        revision = sqlite_file.revision(conn)
        tables = sqlite_file.table_count(conn)
    except sqlite3.DatabaseError as exc:
        if "interrupt" in str(exc).lower():
            raise
        raise RestoreError(f"Il file {shown} non è un database leggibile ({exc}).") from exc
    if revision is None:
        if tables == 0:
            raise RestoreError(f"Il file {shown} è un database vuoto, non un backup di Coop Desktop.")
        raise RestoreError(f"Il file {shown} non è un database di Coop Desktop.")
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise RestoreError(
            f"Il file {shown} è stato creato da una versione più recente di Coop Desktop "
            f"(revisione {revision}): aggiorna l'applicazione prima di ripristinarlo."
        )
    return revision


def _precheck(path: Path) -> None:
    if not path.is_file():
        raise RestoreError(f"Il file {path} non esiste.")
    if path.stat().st_size == 0:
        raise RestoreError(f"Il file {path} è vuoto.")
    problem = sqlite_file.header_problem(path)
    if problem is not None:
        raise RestoreError(f"Il file {path} non può essere ripristinato: {problem}.")


def check_backup(path: Path, *, thorough: bool = True) -> BackupCheck:
    """Open `path` read-only and judge it (see module docstring); RestoreError when unusable.

    thorough=False runs quick_check instead of integrity_check (several times faster).
    """
    path = path.expanduser()
    _precheck(path)
    try:
        conn = sqlite_file.connect_read_only(path)
    except sqlite3.Error as exc:
        raise RestoreError(f"Il file {path} non si apre come database ({exc}).") from exc
    try:
        revision = _judge(conn, path, thorough=thorough)
    finally:
        conn.close()
    return BackupCheck(path, revision, _taken_at(path))


def latest_good_backup(folder: Path, db_stem: str) -> BackupCheck | None:
    """The newest automatic backup of `db_stem` in `folder` that passes a quick check, if any."""
    for backup in list_backups(folder, db_stem):
        try:
            check = check_backup(backup.path, thorough=False)
        except (RestoreError, OSError, sqlite3.Error):
            continue
        return BackupCheck(check.path, check.revision, backup.taken_at)
    return None


# -- restoring --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    previous_copy: Path | None  # the database as it was, kept beside it (None: there was none)
    revision: str

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": True,
            "database": str(self.database),
            "restored_from": str(self.source),
            "previous_copy": str(self.previous_copy) if self.previous_copy else None,
            "schema_revision": self.revision,
        }


def _staging_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.ripristino.part")


def _remove_with_sides(path: Path) -> None:
    for p in (path, *sqlite_file.side_files(path)):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _copy(source: Path, target: Path, progress: ProgressFn | None, is_cancelled: CancelFn | None) -> None:
    total = source.stat().st_size
    done = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(_COPY_CHUNK):
            if is_cancelled is not None and is_cancelled():
                raise OperationCancelled(_CANCELLED)
            dst.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total, "Copia del backup…")
        dst.flush()
        os.fsync(dst.fileno())


class PreparedRestore:
    """A backup copied beside the database and found sound; `install()` puts it in place.

    Preparing is the slow part (copy and integrity_check) and may run while the database is still
    open; `install()` must run once every connection to the database is closed.
    """

    def __init__(self, database: Path, source: Path, staged: Path, revision: str) -> None:
        self.database = database
        self.source = source
        self.staged = staged
        self.revision = revision

    def install(self, now: datetime | None = None) -> RestoreResult:
        database = self.database
        previous = None
        try:
            if database.exists():
                previous = _keep_previous(database, now or datetime.now())
            # The old database's log must not meet the restored file: SQLite cannot tell whose it is.
            for side in sqlite_file.side_files(database):
                side.unlink()
            os.replace(self.staged, database)
        except OSError as exc:
            self.discard()
            raise RestoreError(
                f"Impossibile sostituire il database {database} ({exc.strerror or exc}): "
                "forse è aperto da un altro programma."
            ) from exc
        sqlite_file.fsync_directory(database.parent)
        return RestoreResult(database, self.source, previous, self.revision)

    def discard(self) -> None:
        _remove_with_sides(self.staged)


def _keep_previous(database: Path, now: datetime) -> Path:
    """Copy the current database (and any log not yet folded in) to <stem>.prima-del-ripristino-…"""
    # Fold a sound database's WAL into the file first; a damaged one is copied with its log as it is.
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    suffix = database.suffix or BACKUP_SUFFIX
    counter = 0
    while True:
        extra = f"-{counter}" if counter else ""
        keep = database.with_name(f"{database.stem}.{BEFORE_RESTORE}-{now.strftime(STAMP)}{extra}{suffix}")
        if not keep.exists():
            break
        counter += 1
    shutil.copyfile(database, keep)
    _fsync(keep)
    for log in ("-wal", "-journal"):
        side = database.with_name(database.name + log)
        if side.exists() and side.stat().st_size > 0:
            shutil.copyfile(side, keep.with_name(keep.name + log))
    return keep


def prepare_restore(
    database: Path,
    backup: Path,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
    *,
    user: CurrentUser,
) -> PreparedRestore:
    """Copy `backup` beside `database` and judge the copy (RestoreError when unusable; nothing touched)."""
    user.require(Permission.MAINTENANCE)
    backup = backup.expanduser()
    database = database.expanduser()
    if backup.resolve() == database.resolve():
        raise RestoreError("Il backup da ripristinare non può essere il database stesso.")
    _precheck(backup)
    staged = _staging_path(database)
    _remove_with_sides(staged)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        _copy(backup, staged, progress, is_cancelled)
        for log in ("-wal", "-journal"):  # a copy taken from a live file may still have its log
            side = backup.with_name(backup.name + log)
            if side.exists() and side.stat().st_size > 0:
                shutil.copyfile(side, staged.with_name(staged.name + log))
        if progress is not None:
            progress(0, 0, "Verifica dell'integrità del backup…")
        revision = _check_staged(staged, backup, is_cancelled)
        _fsync(staged)
    except OSError as exc:
        _remove_with_sides(staged)
        raise RestoreError(f"Impossibile copiare il backup {backup} ({exc.strerror or exc}).") from exc
    except BaseException:
        _remove_with_sides(staged)
        raise
    return PreparedRestore(database, backup, staged, revision)


def _check_staged(staged: Path, shown: Path, is_cancelled: CancelFn | None) -> str:
    try:
        conn = sqlite3.connect(staged)
    except sqlite3.Error as exc:
        raise RestoreError(f"Il file {shown} non si apre come database ({exc}).") from exc
    try:
        if is_cancelled is not None:
            conn.set_progress_handler(lambda: 1 if is_cancelled() else 0, 100_000)
        try:
            revision = _judge(conn, shown, thorough=True)
            # One self-contained file: any log copied along is folded in and removed.
            conn.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                raise OperationCancelled(_CANCELLED) from exc
            raise RestoreError(f"Il file {shown} non è un database utilizzabile ({exc}).") from exc
        except sqlite3.DatabaseError as exc:
            raise RestoreError(f"Il file {shown} non è un database utilizzabile ({exc}).") from exc
    finally:
        conn.close()
    return revision


def restore(
    database: Path,
    backup: Path,
    *,
    user: CurrentUser,
    lock_held: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RestoreResult:
    """Replace the SQLite file `database` with `backup` (see module docstring).

    Unless `lock_held` (the caller holds the database's InstanceLock and has closed it), the lock is
    taken here: a database open in a running app is never replaced.
    """
    user.require(Permission.MAINTENANCE)  # before touching the lock
    lock: InstanceLock | None = None
    if not lock_held:
        lock = InstanceLock(database)
        try:
            lock.acquire()
        except DatabaseInUse as exc:
            raise RestoreError(f"{exc} Chiudi Coop Desktop prima di ripristinare un backup.") from exc
        except OSError:
            lock = None  # a folder where nothing can be written: the replace below fails clearly
    try:
        prepared = prepare_restore(database, backup, progress, is_cancelled, user=user)
        return prepared.install()
    finally:
        if lock is not None:
            lock.release()
