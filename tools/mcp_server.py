"""MCP face: the capabilities as tools of a Model Context Protocol server (stdio or streamable HTTP).

Built on the SDK's low-level ``Server`` so each tool lists exactly its bundled schema
(the same the LangChain and OpenAI faces show), with an output schema. A call answers
with structured content (the output document), its JSON as text, and the image it made
as MCP image content. Bad input is an ``is_error`` result naming every problem with its
path. Renders run one at a time in a worker thread; progress is reported to clients that
ask for it.

Over HTTP the server binds loopback unless told otherwise; ``token`` makes every request
carry ``Authorization: Bearer <token>``, and a non-loopback bind without a token is refused.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import json
import math
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..schemas import DocumentError
from . import cancellation
from .cancellation import CallCancelled
from .capabilities import Capability, ToolSettings
from .worker import WorkerFailure

if TYPE_CHECKING:
    from mcp.server.lowlevel import Server

# The MCP SDK is imported when a server is built, so the CLI can check its options and start
# loading the model first.
LOOPBACK = ("127.0.0.1", "localhost", "::1")
#: Seconds from SIGTERM / SIGINT until the process is gone, requests in flight or not.
SHUTDOWN_SECONDS = 4.0
#: Longest wait for one progress notification to reach a client (a slow or gone client is skipped, not waited for).
PROGRESS_TIMEOUT = 5.0


class ServeError(ValueError):
    """The server cannot start as asked; the message says what to change."""


def mcp_server(capabilities: Iterable[Capability], settings: ToolSettings | None = None, name: str = "regiondit") -> Server:
    """A low-level MCP server offering ``capabilities`` with ``settings``."""
    from mcp import types
    from mcp.server.lowlevel import Server

    settings = settings or ToolSettings()
    by_name = {c.name: c for c in capabilities}

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[
            types.Tool(name=c.name, description=c.description, input_schema=c.input_schema, output_schema=c.output_schema)
            for c in by_name.values()
        ])

    async def call_tool(ctx: Any, params: Any) -> types.CallToolResult:
        capability = by_name.get(params.name)
        if capability is None:
            return _error(f"unknown tool {params.name!r}; available: {', '.join(by_name)}")
        # Progress hops to the event loop on every step: only when the client asked for it.
        wants_progress = (ctx.meta or {}).get("progress_token") is not None
        try:
            out = await run_cancellable(capability, params.arguments or {}, settings, ctx.session.report_progress if wants_progress else None)
        except (DocumentError, ValueError, FileNotFoundError) as exc:
            return _error(str(exc))
        except CallCancelled as exc:
            return _error(f"{params.name}: {exc}")
        except WorkerFailure as exc:  # already names the exception raised in the model process
            return _error(f"{params.name} failed: {exc}")
        except Exception as exc:  # a failure inside the model is still an answer the caller can read, not a dead session
            return _error(f"{params.name} failed: {type(exc).__name__}: {exc}")
        content: list[Any] = [types.TextContent(type="text", text=json.dumps(out.data, ensure_ascii=False))]
        content += [types.ImageContent(type="image", data=base64.b64encode(p.read_bytes()).decode(), mime_type="image/png") for p in out.images]
        return types.CallToolResult(content=content, structured_content=out.data)

    return Server(name, version=_version(), instructions="Design images from region layouts: plan with design_image, or render_layout, "
                  "critique_image and refine_layout step by step; validate_layout explains what is wrong with a layout.",
                  on_list_tools=list_tools, on_call_tool=call_tool,
                  get_tool_input_schema=lambda n: by_name[n].input_schema if n in by_name else None)


async def run_cancellable(capability: Capability, arguments: dict[str, Any], settings: ToolSettings, report: Any) -> Any:
    """Run ``capability`` in a worker thread; if the awaiting task is cancelled, the work stops at its next step.

    ``report(done, total, message)`` (async, or None) receives progress; the worker thread never waits on it,
    so a client that went away cannot hold the model.
    """
    import anyio
    import anyio.from_thread
    import anyio.to_thread

    cancelled = threading.Event()
    send, receive = anyio.create_memory_object_stream[tuple[float, float, str]](max_buffer_size=math.inf)

    def progress(done: float, total: float, message: str) -> None:
        if report is not None and not cancelled.is_set():
            with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError, RuntimeError):
                anyio.from_thread.run_sync(send.send_nowait, (done, total, message))

    async def forward_progress() -> None:
        async with receive:
            async for item in receive:
                with anyio.move_on_after(PROGRESS_TIMEOUT), contextlib.suppress(Exception):  # a lost notification is not a failed call
                    await report(*item)

    def run() -> Any:
        with cancellation.scope(cancelled):
            return capability(arguments, settings, progress)

    outcome: dict[str, Any] = {}

    async def work() -> None:
        try:
            # Abandoned on cancel: the flag stops the work at its next step, and the handler returns at once.
            outcome["out"] = await anyio.to_thread.run_sync(run, abandon_on_cancel=True)
        except Exception as exc:  # noqa: BLE001 - re-raised below, outside the task group
            outcome["error"] = exc
        finally:
            send.close()

    try:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(forward_progress)
            await work()
    except anyio.get_cancelled_exc_class():
        cancelled.set()
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["out"]


def _error(message: str):
    from mcp import types

    return types.CallToolResult(content=[types.TextContent(type="text", text=message)], is_error=True)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("regiondit")
    except PackageNotFoundError:
        return "0"


async def serve_stdio(server: Server) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def check_bind(host: str, token: str | None) -> None:
    """Refuse to expose the server beyond this machine without a token."""
    if host not in LOOPBACK and not token:
        raise ServeError(f"refusing to serve on {host} without a token: anyone who can reach it could render and read images. "
                         "Pass --token SECRET (clients send 'Authorization: Bearer SECRET'), or bind 127.0.0.1")


class BearerToken:
    """ASGI middleware: every HTTP request must carry ``Authorization: Bearer <token>``."""

    def __init__(self, app: Any, token: str):
        self.app, self.expected = app, f"Bearer {token}".encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                body = b'{"error": "missing or wrong bearer token; send Authorization: Bearer <token>"}'
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def http_app(server: Server, host: str = "127.0.0.1", token: str | None = None) -> Any:
    """The streamable-HTTP ASGI app at ``/mcp`` (bearer-token protected when ``token`` is given)."""
    check_bind(host, token)
    app = server.streamable_http_app(host=host)
    return BearerToken(app, token) if token else app


def exit_soon(signum: int, seconds: float = SHUTDOWN_SECONDS) -> None:
    """Make sure the process is gone ``seconds`` after a stop signal, whatever a request in flight is doing."""
    import os

    timer = threading.Timer(seconds, lambda: os._exit(128 + signum))
    timer.daemon = True
    timer.start()


def serve_http(server: Server, host: str = "127.0.0.1", port: int = 8765, token: str | None = None) -> None:
    """Serve until SIGTERM or SIGINT; open requests get a short grace period, then the process stops."""
    import signal

    import uvicorn

    class StoppingServer(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            exit_soon(sig)
            super().handle_exit(sig, frame)

    def stopped(signum: int, frame: Any) -> None:
        raise SystemExit(0)

    # uvicorn raises the signal again once it has shut down, through the handler it found: this one, so the
    # caller's cleanup (stopping the model process) still runs.
    signal.signal(signal.SIGTERM, stopped)
    config = uvicorn.Config(http_app(server, host, token), host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=max(1, int(SHUTDOWN_SECONDS) - 2))
    StoppingServer(config).run()


def serve_stdio_until_stopped(server: Server) -> None:
    """Serve over stdio until the client closes it or SIGTERM / SIGINT arrives."""
    import signal

    import anyio

    def stop(signum: int, frame: Any) -> None:
        exit_soon(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(serve_stdio, server)
