"""MCP latency as a client sees it: start the server, connect, list tools, render one layout on the embedded default.

    python -m regiondit.evals.bench_mcp            # writes evals/results/mcp_latency.json

Stdio counts the server process start (model load included) until the image arrives, and
separately until the session has closed; HTTP counts connect + list + render against a
running server with a bearer token (its first render may still wait for the model), then 20
concurrent renders. Each figure is the median of ``--repeats`` runs; a bare ``import torch``
is timed in the same run, since this machine's speed drifts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
LAYOUT = {
    "canvas": {"width": 256, "height": 256},
    "global": {"high_level": "a red circle on a gray background"},
    "background": {"high_level": "an empty gray background"},
    "regions": [{"id": "circle", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": "red"}],
}
SERVE = [sys.executable, "-m", "regiondit.agent.cli", "serve", "mcp"]


async def _session(client_factory) -> tuple[float, float]:
    """Seconds until the rendered image arrives, and until the session has closed (server exit, for stdio)."""
    t0 = time.perf_counter()
    async with client_factory() as client:
        await client.list_tools()
        result = await client.call_tool("render_layout", {"layout": LAYOUT})
        assert not result.is_error, result.content
        arrived = time.perf_counter() - t0
    return arrived, time.perf_counter() - t0


def stdio(out: str) -> tuple[float, float]:
    params = StdioServerParameters(command=SERVE[0], args=[*SERVE[1:], "--out", out], env={**os.environ})
    return asyncio.run(_session(lambda: Client(params)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int) -> float:
    t0 = time.perf_counter()
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)


def _http_client(port: int, token: str):
    url = f"http://127.0.0.1:{port}/mcp"
    return lambda: Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=300)))


async def _concurrent(client, n: int) -> float:
    """Seconds for ``n`` renders sent at once over one session."""
    async with client() as c:
        t0 = time.perf_counter()
        results = await asyncio.gather(*(c.call_tool("render_layout", {"layout": LAYOUT, "seed": i}) for i in range(n)))
        assert all(not r.is_error for r in results), [r.content for r in results if r.is_error]
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2, help="Ray workers to compare with one (default 2)")
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="regiondit-mcp-")
    # This machine's speed drifts over a day: record what a bare `import torch` costs in the same run.
    import_torch = round(statistics.median(
        float(subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); import torch; print(time.perf_counter() - t)"],
                             capture_output=True, text=True, check=True).stdout) for _ in range(3)), 2)
    stdio_s = [stdio(out) for _ in range(args.repeats)]
    port, token = _free_port(), "bench-token"
    server = subprocess.Popen([*SERVE, "--http", f"127.0.0.1:{port}", "--token", token, "--out", out], stderr=subprocess.DEVNULL)
    try:
        started = _wait_for_port(port)
        client = _http_client(port, token)
        http_s = [asyncio.run(_session(client)) for _ in range(args.repeats)]
        concurrent = {"one_model_process": asyncio.run(_concurrent(client, 20))}
    finally:
        server.terminate()
        server.wait()
    # The same 20 concurrent renders against a server whose model calls run on a Ray pool of 1, then 2 workers.
    for workers in (1, args.workers):
        port = _free_port()
        server = subprocess.Popen([*SERVE, "--http", f"127.0.0.1:{port}", "--token", token, "--out", out, "--workers", str(workers)],
                                  stderr=subprocess.DEVNULL)
        try:
            _wait_for_port(port)
            client = _http_client(port, token)
            asyncio.run(_concurrent(client, workers))  # every worker has loaded its model
            concurrent[f"ray_{workers}_worker{'s' if workers > 1 else ''}"] = asyncio.run(_concurrent(client, 20))
        finally:
            server.terminate()
            server.wait()
    arrived = [a for a, _ in stdio_s]
    closed = [c for _, c in stdio_s]
    http_arrived = [a for a, _ in http_s]
    report = {
        # server process start, model load, handshake, listing, one render: until the image arrives
        "stdio_connect_list_render_s": {"median": round(statistics.median(arrived), 2), "runs": [round(x, 2) for x in arrived]},
        # the same with the session closed and the server process exited
        "stdio_including_shutdown_s": {"median": round(statistics.median(closed), 2), "runs": [round(x, 2) for x in closed]},
        "import_torch_s": import_torch,
        "http_server_start_s": round(started, 2),
        "http_connect_list_render_s": {"first": round(http_arrived[0], 2), "median": round(statistics.median(http_arrived), 2),
                                       "runs": [round(x, 2) for x in http_arrived]},
        "http_20_concurrent_renders_s": round(concurrent["one_model_process"], 2),
        # the same 20 renders, model calls on a Ray pool (serve mcp --workers N; each worker one torch thread)
        "http_20_concurrent_renders_by_engine_s": {k: round(v, 2) for k, v in concurrent.items()},
        "http_20_concurrent_speedup_workers": round(concurrent["ray_1_worker"] / concurrent[f"ray_{args.workers}_workers"], 2),
        "machine": f"{os.cpu_count()} CPUs",
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "mcp_latency.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
