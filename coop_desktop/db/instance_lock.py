"""One app instance per SQLite file: a lock file beside the database, held with an OS lock.

`<database>.lock` says who holds the database (process, host, user, since when) so that a second
instance can tell the user; the OS lock on it (fcntl.flock on POSIX, msvcrt.locking on Windows)
is what actually decides. The OS drops that lock when the holder's process ends, however it ends,
so a lock file left behind by a crash is recognised as stale and simply taken over. No Qt.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges and a locked byte cannot be read by others: lock one far beyond the
# owner's details, which stay readable at the start of the file.
_WINDOWS_LOCK_OFFSET = 1 << 20
_ATTEMPTS = 5


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "sconosciuto"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a database, as written in its lock file."""

    pid: int | None
    host: str
    user: str
    since: str  # local time, ISO 8601 to the second

    @classmethod
    def current(cls) -> LockOwner:
        return cls(os.getpid(), socket.gethostname(), _login(), datetime.now().isoformat(timespec="seconds"))

    def as_json(self) -> str:
        return json.dumps(
            {"pid": self.pid, "host": self.host, "user": self.user, "since": self.since}, ensure_ascii=False
        )

    @classmethod
    def parse(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            pid = data.get("pid")
            return cls(
                int(pid) if pid is not None else None,
                str(data.get("host") or "?"),
                str(data.get("user") or "?"),
                str(data.get("since") or ""),
            )
        except (ValueError, TypeError, AttributeError):
            return None

    def since_text(self) -> str:
        """`since` as Italian readers write it (31/12/2025 18:05), or as stored if it does not parse."""
        try:
            return datetime.fromisoformat(self.since).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return self.since


class DatabaseInUse(RuntimeError):
    """Another instance holds the database; `owner` is None when its lock file could not be read."""

    def __init__(self, database: Path, owner: LockOwner | None) -> None:
        self.database = database
        self.owner = owner
        if owner is None:
            who = "da un'altra istanza di Coop Desktop"
        else:
            who = (
                f"da {owner.user} sul computer {owner.host} (dal {owner.since_text()}, processo {owner.pid})"
            )
        super().__init__(f"Il database {database} è già aperto {who}.")


def read_owner(path: Path) -> LockOwner | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return LockOwner.parse(file.read(4096))
    except OSError:
        return None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _is_file_at(fd: int, path: Path) -> bool:
    """True when `fd` is still the file named `path` (a releasing holder may have removed it)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class InstanceLock:
    """The lock of one database file. `acquire()` raises DatabaseInUse when another instance holds it.

    OSError from acquire() means the lock file cannot be made at all (a read-only folder).
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        for _ in range(_ATTEMPTS):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise DatabaseInUse(self.database, read_owner(self.path))
            if _is_file_at(fd, self.path):
                break
            _unlock(fd)
            os.close(fd)
        else:
            raise OSError(f"impossibile creare il file di blocco {self.path}")
        try:
            data = LockOwner.current().as_json().encode("utf-8")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, data)
        except OSError:
            _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name == "nt":  # pragma: no cover - an open file cannot be removed on Windows
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            return
        # Removed while still locked: whoever opens the path next gets a new file (see acquire()).
        with contextlib.suppress(OSError):
            if _is_file_at(fd, self.path):
                os.unlink(self.path)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # A lock forgotten by its owner must not outlive the object (the OS would drop it at exit).
        if self._fd is not None:
            with contextlib.suppress(Exception):
                self.release()
