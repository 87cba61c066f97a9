"""Ray, the engine batch work runs on: one place that starts (or joins) a runtime, sizes actors for the machine, and
keeps a pool of model actors that serve concurrent tool calls (``regiondit serve mcp --workers N``)."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from . import cancellation
from .cancellation import CallCancelled
from .capabilities import Capability, Progress, ToolOutput, ToolSettings
from .worker import ChildExited, ModelCalls, WorkerFailure, answer, load_model, log_event, settle


@contextlib.contextmanager
def ray_runtime(workers: int, address: str | None = None) -> Iterator[Any]:
    """A Ray runtime for the work inside the block: a local one (no dashboard, loopback only, ``workers`` CPUs) that stops
    afterwards, or the cluster at ``address`` (``ray start --head`` on one node, ``ray start --address`` on the others).

    Start it from the main thread: Ray's local processes are tied to the thread that started them.
    """
    import ray

    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False, configure_logging=False, _node_ip_address="127.0.0.1")
    try:
        yield ray
    finally:
        ray.shutdown()


def actor_options(retries: int = 2) -> dict[str, object]:
    """One CPU per actor, and one GPU when the cluster has GPUs; a dead actor is restarted and its call retried.

    Asked of the running Ray runtime, not of this process: the driver may run where no GPU is (and need not import torch).
    """
    import ray

    gpus = ray.cluster_resources().get("GPU", 0)
    return {"num_cpus": 1, "num_gpus": 1 if gpus else 0, "max_restarts": retries, "max_task_retries": retries}


class ModelActor:
    """A Ray actor holding the model: one call at a time, its progress streamed back, stoppable between steps.

    Two threads of concurrency: one runs the call (a streaming generator), the other takes :meth:`cancel`.
    """

    def __init__(self, model: str):
        load_model(model)
        self._flags: dict[str, threading.Event] = {}

    def pid(self) -> int:
        return os.getpid()

    def call(self, run: Any, arguments: dict[str, Any], settings: ToolSettings, call_id: str) -> Iterator[tuple]:
        """Yields ``("progress", done, total, message)`` messages, then how the call ended (see :func:`.worker.answer`)."""
        flag = self._flags[call_id] = threading.Event()
        messages: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        threading.Thread(target=lambda: messages.put(answer(run, arguments, settings, lambda *step: messages.put(("progress", *step)), flag)),
                         daemon=True).start()
        try:
            while True:
                message = messages.get()
                yield message
                if message[0] != "progress":
                    return
        finally:
            self._flags.pop(call_id, None)

    def cancel(self, call_id: str) -> None:
        flag = self._flags.get(call_id)
        if flag is not None:
            flag.set()


class RayModelPool(ModelCalls):
    """``workers`` Ray actors, each with the model loaded once; each model-bound call runs on a free one.

    Calls beyond the pool's size wait for an actor (a cancelled one never starts). A call in flight stops at its next
    denoising step when cancelled (an actor that does not answer within ``grace`` seconds is restarted). An actor whose
    process dies mid-call is restarted by Ray, which loads the model again, and the call runs once more there.
    """

    fresh = "the restarted worker"

    def __init__(self, model: str, workers: int, address: str | None = None, grace: float = 10.0):
        self.model, self.grace, self._closed = model, grace, False
        self._runtime = contextlib.ExitStack()
        self.ray = self._runtime.enter_context(ray_runtime(workers, address))
        options = {**actor_options(0), "max_restarts": -1, "max_concurrency": 2}  # restarted as often as it dies; calls retried here
        actor = self.ray.remote(**options)(ModelActor)
        self.actors = [actor.remote(model) for _ in range(workers)]  # loading starts now, in parallel
        self._free: queue.SimpleQueue[Any] = queue.SimpleQueue()
        for a in self.actors:
            self._free.put(a)

    @contextlib.contextmanager
    def _worker(self, name: str) -> Iterator[Any]:
        """A free actor for the call (waiting for one; a call cancelled while it waits never starts)."""
        actor = self._acquire(cancellation.current(), name)
        try:
            yield actor
        finally:
            self._free.put(actor)

    def _acquire(self, flag: cancellation.Flag | None, name: str) -> Any:
        while True:
            if flag is not None and flag.is_set():
                log_event("cancelled_waiting", tool=name)
                raise CallCancelled(f"{name} was cancelled before it started")
            if self._closed:
                raise WorkerFailure(f"the server is shutting down; {name} was not started")
            with contextlib.suppress(queue.Empty):
                return self._free.get(timeout=0.05)

    def _call_once(self, actor: Any, capability: Capability, arguments: dict[str, Any], settings: ToolSettings,
                   progress: Progress) -> ToolOutput:
        from ray.exceptions import ActorDiedError, ActorUnavailableError, RayActorError

        flag = cancellation.current()
        call_id = uuid.uuid4().hex
        stream = actor.call.remote(capability.run, arguments, settings, call_id)
        asked: float | None = None
        try:
            while True:
                if flag is not None and flag.is_set() and asked is None:
                    actor.cancel.remote(call_id)
                    asked = time.monotonic()
                if asked is not None and time.monotonic() > asked + self.grace:
                    self.ray.kill(actor, no_restart=False)
                    raise CallCancelled(f"{capability.name} was cancelled; the worker did not stop in time and was restarted")
                ready, _ = self.ray.wait([stream], timeout=0.05)
                if not ready:
                    continue
                try:
                    message = self.ray.get(next(stream))
                except StopIteration:
                    raise WorkerFailure(f"the worker ended {capability.name} without an answer") from None
                out = settle(message, capability.name, progress, asked)
                if out is not None:
                    return out
        except (ActorDiedError, ActorUnavailableError, RayActorError) as exc:
            raise ChildExited(f"the worker process died during {capability.name} ({type(exc).__name__})") from None

    def _replaced(self, actor: Any, name: str, timeout: float = 300.0) -> int:
        """Wait until Ray has restarted ``actor`` and it has loaded the model again; its process id."""
        from ray.exceptions import ActorUnavailableError, GetTimeoutError

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self._closed:
            try:
                return self.ray.get(actor.pid.remote(), timeout=5)
            except (ActorUnavailableError, GetTimeoutError):
                time.sleep(0.2)
        raise ChildExited(f"the worker did not come back within {timeout:.0f} s for {name}")

    def pids(self) -> list[int]:
        """The worker processes' ids (for operators and fault drills); a worker Ray is restarting is waited for."""
        return [self._replaced(a, "pids") for a in self.actors]

    def close(self) -> None:
        """Stop the actors and the local runtime (a render in flight is abandoned); images already written stay."""
        self._closed = True
        self._runtime.close()
