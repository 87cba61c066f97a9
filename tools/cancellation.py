"""Cancelling a call that is under way: the caller sets a flag, the work stops at its next denoising step.

A server handling a call runs it inside :func:`scope` with an event it sets when the client
cancels or goes away; :func:`check` (called by every render between denoising steps) raises
:class:`CallCancelled` once the event is set. The flag travels with the call's context
(threads started by anyio and LangGraph copy it), and the model process sets its own from
the event the server shares with it.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Protocol


class Flag(Protocol):
    def is_set(self) -> bool: ...


class CallCancelled(Exception):  # noqa: N818 - what happened, not a failure of the callee
    """The caller cancelled the call (or went away); the work stopped between denoising steps."""


_current: contextvars.ContextVar[Flag | None] = contextvars.ContextVar("regiondit_cancel", default=None)


@contextlib.contextmanager
def scope(flag: Flag | None) -> Iterator[None]:
    """Run the enclosed work under ``flag``: once it is set, :func:`check` raises."""
    token = _current.set(flag)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> Flag | None:
    """The flag of the call this code runs for (None outside any call that can be cancelled)."""
    return _current.get()


def check() -> None:
    """Raise :class:`CallCancelled` when the current call was cancelled."""
    flag = _current.get()
    if flag is not None and flag.is_set():
        raise CallCancelled("the call was cancelled")
