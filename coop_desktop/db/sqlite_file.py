"""Looking at an SQLite file from outside the app's engine: header, integrity, revision, side files.

Used at start-up (a header read costs microseconds, before anything opens the file for writing),
by the background integrity check, and by backups and restores, which must judge a file without
attaching it to the application. Messages are Italian. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The files SQLite keeps beside a database: the write-ahead log, its index, the rollback journal.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# How many problems an integrity check lists at most: enough to describe the damage.
MAX_PROBLEMS = 20


def side_files(path: Path) -> list[Path]:
    """The WAL, shared-memory and journal files of `path` that exist now."""
    return [p for p in (path.with_name(path.name + s) for s in SIDE_SUFFIXES) if p.exists()]


def has_pending_log(path: Path) -> bool:
    """True when a non-empty -wal or -journal sits beside the file (a crash left work to recover)."""
    for suffix in ("-wal", "-journal"):
        log = path.with_name(path.name + suffix)
        try:
            if log.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def read_header(path: Path) -> bytes:
    with open(path, "rb") as file:
        return file.read(HEADER_SIZE)


def header_problem(path: Path) -> str | None:
    """What is visibly wrong with the file, in Italian, from its first 100 bytes and its size; else None.

    A missing or empty file is no problem: SQLite makes it a new database. Cheap enough for every
    start; deeper damage is left to `integrity_problems`.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        header = read_header(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"il file non è leggibile ({exc.strerror or exc})"
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        return "il file non è un database SQLite"
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "l'intestazione del file è danneggiata"
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The page count in the header is trusted only when SQLite itself would trust it, and only
    # when no log is waiting to be applied (a crash in mid-checkpoint is repaired from the WAL).
    if pages and change_counter == valid_for and size < pages * page_size and not has_pending_log(path):
        return f"il file è troncato: {size} byte invece di {pages * page_size}"
    return None


def journal_mode_byte(path: Path) -> int | None:
    """1 for a rollback-journal file, 2 for a WAL file, None when unreadable or not SQLite."""
    try:
        header = read_header(path)
    except OSError:
        return None
    return header[18] if len(header) >= 19 and header.startswith(MAGIC) else None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot change the file (URI mode=ro)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def integrity_problems(
    conn: sqlite3.Connection, *, thorough: bool = False, limit: int = MAX_PROBLEMS
) -> list[str]:
    """SQLite's own verdict: [] when sound, else its (English) descriptions of the damage.

    quick_check reads every page (about 0.3–0.5 s for 180 MB when cached, 1.9 s cold);
    integrity_check also verifies indexes against their tables (3.2 s). sqlite3.DatabaseError
    from a file too damaged to check is turned into a problem too.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        found = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        if "interrupt" in str(exc).lower():
            raise
        return [str(exc)]
    return [] if found == ["ok"] else found


def revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stored in the file; None when it has no alembic_version table."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def table_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])


class IntegrityProbe:
    """One quick_check of a database file on its own read-only connection, cancellable from any thread.

    `run()` blocks (call it from a worker thread); `cancel()` interrupts it, and `run()` then
    returns None instead of a list of problems.
    """

    def __init__(self, path: Path, *, thorough: bool = False) -> None:
        self.path = path
        self._thorough = thorough
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False

    def run(
        self, _progress: Callable[..., None] | None = None, _is_cancelled: object = None
    ) -> list[str] | None:
        problem = header_problem(self.path)
        if problem is not None:
            return [problem]
        if self._cancelled:
            return None
        try:
            self._conn = connect_read_only(self.path)
        except sqlite3.Error as exc:
            return [str(exc)]
        try:
            if self._cancelled:
                return None
            return integrity_problems(self._conn, thorough=self._thorough)
        except sqlite3.DatabaseError:
            if self._cancelled:
                return None
            raise
        finally:
            conn, self._conn = self._conn, None
            conn.close()

    def cancel(self) -> None:
        self._cancelled = True
        conn = self._conn
        if conn is not None:
            # ProgrammingError: closed meanwhile, the check had ended anyway.
            with contextlib.suppress(sqlite3.ProgrammingError):
                conn.interrupt()


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); a no-op where directories cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
