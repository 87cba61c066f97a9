"""Run model-bound capabilities in a child process that starts loading the model at once.

A server's first answer should not wait for ``import torch``: importing torch, diffusers
and transformers takes seconds, and under one interpreter lock those imports would also
hold up the protocol handshake. :class:`ModelProcess` starts a child that imports the
generator and loads the model *while* the parent imports its protocol stack, connects and
lists tools; calls that need the model are sent to the child, one at a time, with their
progress streamed back. Calls that need no model (validating a layout, refining from a
critique) never wait behind it.

If the child dies (killed, out of memory), the call in flight fails with a message saying
so, and the next call starts a fresh child; images already written stay on disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from typing import Any

from ..schemas import DocumentError
from . import cancellation
from .cancellation import CallCancelled
from .capabilities import Capability, Progress, ToolOutput, ToolSettings


class WorkerInputError(ValueError):
    """The child rejected a call's input (a bad layout, a missing image); the message says what to change."""


class WorkerFailure(RuntimeError):
    """A call failed inside the child (the model, the disk) or the child exited."""


class ChildExited(WorkerFailure):
    """The child process died during a call (killed, out of memory)."""


def log_event(event: str, **fields: Any) -> None:
    """One JSON line on stderr for operators and the soak test (``{"regiondit": event, ...}``)."""
    import json

    print(json.dumps({"regiondit": event, **fields}), file=sys.stderr, flush=True)


def _context() -> multiprocessing.context.BaseContext:
    # fork skips a second interpreter start, and is safe while the parent runs no other thread and has not
    # loaded torch (whose thread pools do not survive a fork); otherwise, and off Linux, use spawn.
    if sys.platform.startswith("linux") and threading.active_count() == 1 and "torch" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def load_model(model: str) -> None:
    """Load ``model`` where calls will run, before the first call; an unknown model is reported again by each call that asks for it."""
    from .rendering import get_backend

    try:
        get_backend(model)
    except Exception as exc:  # noqa: BLE001
        print(f"regiondit: model {model!r} did not load: {type(exc).__name__}: {exc}", file=sys.stderr)
    gc.freeze()  # the loaded model stays for the process's life: later collections need not scan it


def _child(conn, model: str, cancel, parent_end=None) -> None:
    if parent_end is not None:  # a forked child holds a copy of the parent's end: close it, or it never sees EOF
        parent_end.close()
    # The parent's stdout may be a protocol channel (MCP over stdio): nothing here may write to it.
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # The parent stops this process (SIGTERM) when it shuts down; a render in flight need not finish.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    load_model(model)
    while True:
        try:
            run, arguments, settings = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return

        conn.send(answer(run, arguments, settings, lambda *step: conn.send(("progress", *step)), cancel))


def answer(run: Any, arguments: dict[str, Any], settings: ToolSettings, progress: Progress, cancel: Any) -> tuple:
    """Run one call where the model lives; how it ended, as the message the caller's :func:`settle` reads.

    ``("result", output)``, ``("cancelled", why)``, ``("input", message)`` for input to change, ``("failure", message)``.
    """
    try:
        with cancellation.scope(cancel):
            out = run(arguments, settings, progress)
    except CallCancelled:
        return ("cancelled", "stopped between denoising steps")
    except (DocumentError, ValueError, FileNotFoundError) as exc:
        return ("input", str(exc))
    except Exception as exc:  # noqa: BLE001 - any failure is an answer for the caller, not a dead worker
        traceback.print_exc(file=sys.stderr)
        return ("failure", f"{type(exc).__name__}: {exc}")
    return ("result", out)


def settle(message: tuple, name: str, progress: Progress, cancel_asked: float | None) -> ToolOutput | None:
    """Act on one message from the model's side: report progress (None: keep listening), return the output, or raise."""
    kind, *payload = message
    if kind == "progress":
        progress(*payload)
        return None
    if kind == "result":
        return payload[0]
    if kind == "cancelled":
        if cancel_asked is not None:
            log_event("cancelled", tool=name, stop_s=round(time.monotonic() - cancel_asked, 3))
        raise CallCancelled(f"{name} was cancelled: {payload[0]}")
    if kind == "input":
        raise WorkerInputError(payload[0])
    raise WorkerFailure(payload[0])


class ModelCalls:
    """Something that runs model-bound calls elsewhere (a child process, a pool of Ray actors).

    A subclass says how to hold a worker for one call (:meth:`_worker`), run the call there once (:meth:`_call_once`,
    raising :class:`ChildExited` when the worker's process dies) and wait for a replaced one (:meth:`_replaced`).
    """

    #: Where a call whose worker died runs the second time (for the log line and the error).
    fresh = "a fresh worker"
    _closed = False

    def call(self, capability: Capability, arguments: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
        """Run ``capability`` on a worker; one whose process dies mid-call is replaced and the call run once more there."""
        with self._worker(capability.name) as worker:
            try:
                return self._call_once(worker, capability, arguments, settings, progress)
            except ChildExited as exc:
                if self._closed:
                    raise WorkerFailure(f"the server is shutting down; {capability.name} was not finished") from None
                print(f"regiondit: {exc}; running {capability.name} again in {self.fresh}", file=sys.stderr, flush=True)
                try:
                    self._replaced(worker, capability.name)
                    return self._call_once(worker, capability, arguments, settings, progress)
                except ChildExited as again:
                    raise WorkerFailure(f"{again}; {self.fresh} is starting, call again") from None

    def _worker(self, name: str) -> contextlib.AbstractContextManager[Any]:
        """The worker a call runs on, held for the call (none to choose by default)."""
        return contextlib.nullcontext()

    def _replaced(self, worker: Any, name: str) -> None:
        """Wait until ``worker`` is back after its process died (by default the next call starts a fresh one)."""

    def _call_once(self, worker: Any, capability: Capability, arguments: dict[str, Any], settings: ToolSettings,
                   progress: Progress) -> ToolOutput:
        raise NotImplementedError

    def remote(self, capability: Capability) -> Capability:
        """``capability`` with its model-bound calls (``capability.uses_model(arguments)``) run by :meth:`call`."""

        def run(arguments: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
            if capability.uses_model(arguments):
                return self.call(capability, arguments, settings, progress)
            return capability.run(arguments, settings, progress)

        return dataclasses.replace(capability, run=run)

    def close(self) -> None:
        raise NotImplementedError


class ModelProcess(ModelCalls):
    """One child process holding the model; ``remote(capability)`` runs a capability there.

    Calls run one at a time. A call made inside :func:`.cancellation.scope` stops when its flag is
    set: a call still waiting for its turn never starts, and the one in flight is told to stop at its
    next denoising step (or, if the child does not answer within ``grace`` seconds, the child is
    replaced), so a caller that went away holds up the next one by one step at most.
    """

    fresh = "a fresh model process"

    def __init__(self, model: str, grace: float = 10.0):
        self.model = model
        self.grace = grace
        self._lock = threading.Lock()
        self._closed = False
        self._start()

    def _start(self) -> None:
        context = _context()
        self._conn, child_conn = context.Pipe()
        self._cancel = context.Event()
        forked = context.get_start_method() == "fork"
        self._process = context.Process(target=_child, args=(child_conn, self.model, self._cancel, self._conn if forked else None),
                                        daemon=True, name="regiondit-model")
        self._process.start()
        child_conn.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _restart(self) -> int | None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=5)
        code = self._process.exitcode
        self._conn.close()
        self._start()
        return code

    def _call_once(self, worker: None, capability: Capability, arguments: dict[str, Any], settings: ToolSettings,
                   progress: Progress) -> ToolOutput:
        flag = cancellation.current()
        with self._lock:  # one generation at a time: the model's regional state belongs to the call in flight
            if flag is not None and flag.is_set():
                log_event("cancelled_waiting", tool=capability.name)
                raise CallCancelled(f"{capability.name} was cancelled before it started")
            if self._closed:
                raise WorkerFailure(f"the server is shutting down; {capability.name} was not started")
            if not self._process.is_alive():
                self._start()
            self._cancel.clear()
            stop_by: float | None = None
            try:
                self._conn.send((capability.run, arguments, settings))
                while True:
                    if flag is not None and flag.is_set() and stop_by is None:
                        self._cancel.set()
                        stop_by = time.monotonic() + self.grace
                    if stop_by is not None and time.monotonic() > stop_by:
                        self._restart()
                        raise CallCancelled(f"{capability.name} was cancelled; the model process did not stop in time and was replaced")
                    if not self._conn.poll(0.05):
                        continue
                    out = settle(self._conn.recv(), capability.name, progress, None if stop_by is None else stop_by - self.grace)
                    if out is not None:
                        return out
            except (EOFError, OSError):  # the child is gone (BrokenPipeError is an OSError)
                if self._closed:
                    raise ChildExited(f"the model process was stopped during {capability.name}") from None
                code = self._restart()
                raise ChildExited(f"the model process exited (code {code}) during {capability.name}") from None

    def close(self) -> None:
        """Stop the child at once (a render in flight is abandoned); images already written stay."""
        self._closed = True
        self._conn.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=3)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=2)
