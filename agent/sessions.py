"""Persistent sessions: a LangGraph SQLite checkpointer in one file per user."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver


def default_db() -> Path:
    """``$REGIONDIT_HOME/sessions.sqlite`` (default ``~/.regiondit``)."""
    return Path(os.environ.get("REGIONDIT_HOME", Path.home() / ".regiondit")) / "sessions.sqlite"


def open_checkpointer(path: str | Path | None = None) -> SqliteSaver:
    """A checkpointer on ``path``; every finished node is on disk, so a killed process loses no finished work."""
    path = Path(path) if path else default_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    saver = SqliteSaver(sqlite3.connect(str(path), check_same_thread=False))
    saver.setup()
    return saver
