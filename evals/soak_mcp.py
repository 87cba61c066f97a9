"""Soak the MCP server over HTTP: many clients, cancelled renders, a killed model process, then SIGTERM.

    python -m regiondit.evals.soak_mcp                  # 200 calls, 10 clients -> evals/results/mcp_soak.json
    python -m regiondit.evals.soak_mcp --calls 40       # a quick run

What it checks, as a hostile but ordinary set of clients would meet the server:

- every call that was not cancelled succeeds (renders, designs, critiques, validations, refinements),
  although the model process is killed twice during the run;
- a cancelled render frees the model at its next denoising step: the server logs how long each
  cancelled render took to stop, reported against the time of one whole render;
- the server exits within 5 s of SIGTERM while renders are in flight;
- the memory of the server and its model process before and after the run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
TOKEN = "soak-token"


def layout(i: int) -> dict:
    colours, shapes = ["red", "blue", "green", "yellow", "purple", "orange"], ["circle", "square", "triangle"]
    x = 0.05 + 0.4 * (i % 2)
    return {"canvas": {"width": 256, "height": 256},
            "global": {"high_level": f"a {colours[i % 6]} {shapes[i % 3]} on a gray background"},
            "background": {"high_level": "an empty gray background"},
            "regions": [{"id": "obj", "bbox": [x, 0.1, x + 0.45, 0.55], "high_level": f"a {shapes[i % 3]}", "low_level": colours[i % 6]}]}


def rss_mb(pid: int) -> dict[str, float]:
    """Resident memory of the server process and of its model process, in MB."""

    def one(p: int) -> float:
        try:
            line = next(x for x in Path(f"/proc/{p}/status").read_text().splitlines() if x.startswith("VmRSS:"))
            return round(int(line.split()[1]) / 1024, 1)
        except (OSError, StopIteration):
            return 0.0

    return {"server": one(pid), "model_process": round(sum(one(c) for c in children(pid)), 1)}


def children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (zombies left by a kill are skipped)."""
    out = subprocess.run(["ps", "-o", "pid=,stat=,args=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    rows = [line.split(None, 2) for line in out.splitlines() if line.strip()]
    # Skip zombies a kill leaves, and multiprocessing's resource tracker (not the model process).
    return [int(row[0]) for row in rows if not row[1].startswith("Z") and "resource_tracker" not in row[-1]]


def plan_calls(n: int, cancel_share: float, rng: random.Random) -> list[dict]:
    kinds = rng.choices(["render", "validate", "refine", "critique", "design"], weights=[55, 15, 10, 15, 5], k=n)
    calls = [{"i": i, "kind": k, "cancel": False} for i, k in enumerate(kinds)]
    renders = [c for c in calls if c["kind"] == "render"]
    for c in rng.sample(renders, max(1, round(cancel_share * n))):
        c["cancel"], c["cancel_after"] = True, rng.uniform(0.05, 0.3)
    return calls


def arguments(call: dict, images: list[str]) -> tuple[str, dict]:
    i, kind = call["i"], call["kind"]
    if kind == "render":
        return "render_layout", {"layout": layout(i), "seed": i}
    if kind == "validate":
        return "validate_layout", {"layout": layout(i)}
    if kind == "design":
        return "design_image", {"prompt": f"a {['red', 'blue', 'green'][i % 3]} circle in the top left", "rounds": 2, "seed": i}
    if kind == "critique" and images:
        return "critique_image", {"layout": layout(0), "image_path": images[i % len(images)]}
    critique = {"critic": "shapes", "score": 0.5, "summary": "obj: colour is blue, asked red", "extra_objects": 0,
                "regions": [{"id": "obj", "present": True, "placed_right": True, "attributes_right": False, "target": "shallow",
                             "issues": ["colour is blue, asked red"]}]}
    return "refine_layout", {"layout": layout(i), "critique": critique}


async def soak(url: str, server: subprocess.Popen, calls: list[dict], clients: int, kills: int) -> dict:
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    queue: asyncio.Queue = asyncio.Queue()
    for c in calls:
        queue.put_nowait(c)
    images: list[str] = []
    records: list[dict] = []
    kill_at = [round(len(calls) * (k + 1) / (kills + 1)) for k in range(kills)]
    killed: list[dict] = []

    async def client_loop() -> None:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600)
        async with Client(streamable_http_client(url, http_client=http)) as client:
            while not queue.empty():
                call = queue.get_nowait()
                name, args = arguments(call, images)
                start = time.perf_counter()
                task = asyncio.ensure_future(client.call_tool(name, args))
                record = {"i": call["i"], "tool": name, "cancelled": call["cancel"]}
                if call["cancel"]:
                    await asyncio.sleep(call["cancel_after"])
                    task.cancel()
                try:
                    result = await task
                    record["ok"] = not result.is_error
                    if result.is_error:
                        record["error"] = result.content[0].text[:300]
                    elif name == "render_layout":
                        images.append(result.structured_content["image_path"])
                except asyncio.CancelledError:
                    record["ok"] = None
                except Exception as exc:  # noqa: BLE001 - a transport failure is a failed call
                    record["ok"], record["error"] = False, f"{type(exc).__name__}: {exc}"[:300]
                record["seconds"] = round(time.perf_counter() - start, 3)
                records.append(record)
                done = len(records)
                if kill_at and done >= kill_at[0]:
                    kill_at.pop(0)
                    for pid in children(server.pid):
                        os.kill(pid, signal.SIGKILL)
                        killed.append({"after_calls": done, "pid": pid})

    await asyncio.gather(*(client_loop() for _ in range(clients)))
    return {"records": sorted(records, key=lambda r: r["i"]), "kills": killed}


async def one_render_seconds(url: str, repeats: int = 5) -> float:
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600)
    async with Client(streamable_http_client(url, http_client=http)) as client:
        times = []
        for i in range(repeats):
            start = time.perf_counter()
            await client.call_tool("render_layout", {"layout": layout(i), "seed": 1000 + i})
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def sigterm_while_busy(url: str, server: subprocess.Popen) -> float:
    """Start renders from a client thread, send SIGTERM mid-render, return seconds until the server process has exited."""
    import threading

    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    busy = threading.Event()

    async def renders() -> None:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600)
        async with Client(streamable_http_client(url, http_client=http)) as client:
            tasks = [asyncio.ensure_future(client.call_tool("render_layout", {"layout": layout(i), "seed": 2000 + i, "steps": 50}))
                     for i in range(5)]
            busy.set()
            await asyncio.gather(*tasks, return_exceptions=True)

    def client_thread() -> None:
        try:  # the client fails once the server is gone: that is the point
            asyncio.run(renders())
        except BaseException:  # noqa: BLE001, S110
            pass

    threading.Thread(target=client_thread, daemon=True).start()
    busy.wait(timeout=60)
    time.sleep(1.0)  # renders are under way
    start = time.perf_counter()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        return float("inf")
    return round(time.perf_counter() - start, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--cancel", type=float, default=0.1, help="share of calls that are renders cancelled mid-render")
    parser.add_argument("--kills", type=int, default=2, help="times the model process is killed during the run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    import socket

    from ..tools.mcp_server import SHUTDOWN_SECONDS  # noqa: F401 - the figure the SIGTERM check is held to

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    work = Path(tempfile.mkdtemp(prefix="regiondit-soak-"))
    log = work / "server.log"
    cmd = [sys.executable, "-m", "regiondit.agent.cli", "serve", "mcp", "--http", f"127.0.0.1:{port}", "--token", TOKEN, "--out", str(work / "out")]
    with log.open("w") as sink:
        server = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/mcp"
    deadline = time.time() + 120
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if server.poll() is not None or time.time() > deadline:
                raise SystemExit("server did not start:\n" + log.read_text()[-2000:]) from None
            time.sleep(0.2)
    render_s = asyncio.run(one_render_seconds(url))
    memory_before = rss_mb(server.pid)
    calls = plan_calls(args.calls, args.cancel, random.Random(args.seed))
    start = time.perf_counter()
    run = asyncio.run(soak(url, server, calls, args.clients, args.kills))
    wall = time.perf_counter() - start
    memory_after = rss_mb(server.pid)
    soak_log = log.read_text()  # what the server logged before the stop signal
    exit_s = sigterm_while_busy(url, server)
    records = run["records"]
    stops, waiting = [], 0
    for line in soak_log.splitlines():
        if line.startswith('{"regiondit"'):
            event = json.loads(line)
            if event["regiondit"] == "cancelled":
                stops.append(event["stop_s"])
            elif event["regiondit"] == "cancelled_waiting":
                waiting += 1
    not_cancelled = [r for r in records if not r["cancelled"]]
    failed = [r for r in not_cancelled if not r["ok"]]
    report = {
        "calls": len(records), "clients": args.clients, "seconds": round(wall, 1),
        "cancelled": sum(r["cancelled"] for r in records),
        "not_cancelled_ok": sum(bool(r["ok"]) for r in not_cancelled), "not_cancelled": len(not_cancelled),
        "failed": failed[:10],
        "by_tool": {t: sum(r["tool"] == t for r in records) for t in sorted({r["tool"] for r in records})},
        "model_process_kills": run["kills"],
        "one_render_s": round(render_s, 3),
        # A cancelled call still waiting for the model never runs; one under way stops at its next denoising step.
        "cancelled_before_start": waiting,
        "cancelled_render_stop_s": {"n": len(stops), "max": max(stops, default=None), "median": statistics.median(stops) if stops else None},
        "sigterm_exit_s": exit_s,
        "server_exit_code": server.returncode,
        "memory_mb": {"before": memory_before, "after": memory_after,
                      "server_growth": round(memory_after["server"] - memory_before["server"], 1)},
        "machine": f"{os.cpu_count()} CPUs",
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "mcp_soak.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "failed"}, indent=1))
    if failed:
        print(f"{len(failed)} call(s) that were not cancelled failed; server log: {log}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
