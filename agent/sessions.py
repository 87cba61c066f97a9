"""Persistent sessions: a LangGraph SQLite checkpointer in one file per user, one process per session at a time."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver


class SessionError(RuntimeError):
    """The sessions database cannot be used, or a session is busy; the message names the file and what to do."""


def default_db() -> Path:
    """``$REGIONDIT_HOME/sessions.sqlite`` (default ``~/.regiondit``)."""
    return Path(os.environ.get("REGIONDIT_HOME", Path.home() / ".regiondit")) / "sessions.sqlite"


def open_checkpointer(path: str | Path | None = None) -> SqliteSaver:
    """A checkpointer on ``path``; every finished node is on disk, so a killed process loses no finished work.

    Raises :class:`SessionError` for a folder, an unwritable place or a damaged file, naming it.
    """
    path = Path(path).expanduser() if path else default_db()
    if path.is_dir():
        raise SessionError(f"sessions database {path} is a folder; pass a file path with --db (e.g. {path / 'sessions.sqlite'})")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    except (OSError, sqlite3.Error) as exc:
        raise SessionError(f"cannot open sessions database {path}: {exc}; pass a writable file with --db") from None
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # reads the header: a damaged file fails here
        saver = SqliteSaver(connection)
        saver.setup()
    except sqlite3.DatabaseError as exc:
        connection.close()
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise SessionError(f"sessions database {path} is damaged or not a SQLite file ({exc}): move it aside to start afresh "
                               "(images already made stay in their output folder), or pass another file with --db") from None
        raise SessionError(f"cannot use sessions database {path}: {exc}; check its permissions or pass another file with --db") from None
    return saver


@contextlib.contextmanager
def session_lock(db: str | Path | None, session: str) -> Iterator[None]:
    """Hold ``session`` of database ``db`` for this process; another process asking for it gets :class:`SessionError`.

    The lock is an OS file lock beside the database, so it goes away with its process, even after kill -9.
    """
    try:
        import fcntl
    except ImportError:  # no POSIX file locks (Windows): sessions are not guarded
        yield
        return
    path = Path(db).expanduser() if db else default_db()
    folder = path.with_name(path.name + ".locks")
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / (hashlib.sha256(session.encode()).hexdigest()[:16] + ".lock")
    with open(lock, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid = handle.read().strip() or "?"
            raise SessionError(f"session {session!r} is in use by another regiondit process (pid {pid}); wait for it to finish, "
                               "or pick another --session") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
