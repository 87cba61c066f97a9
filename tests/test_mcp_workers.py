"""Model calls on a Ray pool (``serve mcp --workers N``): concurrent calls run in parallel, a dead worker is replaced,
a cancelled call frees its worker; over MCP HTTP a short render is not held up behind a long one."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading

import pytest

from regiondit.tools import cancellation
from regiondit.tools.cancellation import CallCancelled
from regiondit.tools.capabilities import RENDER_LAYOUT, ToolSettings

from .local_servers import free_port, port_open, start_server

LAYOUT = {
    "canvas": {"width": 256, "height": 256},
    "global": {"high_level": "a red circle on a gray background"},
    "background": {"high_level": "an empty gray background"},
    "regions": [{"id": "obj", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": "red"}],
}


@pytest.fixture(scope="module")
def pool():
    from regiondit.tools.ray_pool import RayModelPool

    p = RayModelPool("shapes", workers=2)
    p.pids()  # both workers have loaded the model
    yield p
    p.close()


@pytest.mark.timeout(300)
def test_two_calls_run_side_by_side_on_two_workers(pool, tmp_path):
    render, settings = pool.remote(RENDER_LAYOUT), ToolSettings(out_dir=tmp_path)
    events: list[str] = []
    started = threading.Event()

    def long_progress(done, total, message):
        started.set()

    def short_progress(done, total, message):
        events.append(f"short step {done}")

    def long_call():
        out = render({"layout": LAYOUT, "steps": 40, "seed": 1}, settings, long_progress)
        events.append("long done")
        return out

    thread = threading.Thread(target=long_call)
    thread.start()
    assert started.wait(120)
    short = render({"layout": LAYOUT, "steps": 2}, settings, short_progress)
    events.append("short done")
    thread.join()
    # The short call was served by the other worker while the long one (38 steps to go) still ran.
    assert events.index("short done") < events.index("long done"), events
    assert events[:2] == ["short step 1", "short step 2"]  # its progress came back, step by step
    assert os.path.isfile(short.data["image_path"])


@pytest.mark.timeout(300)
def test_a_worker_killed_mid_call_is_replaced_and_the_call_answered(pool, tmp_path):
    render, settings = pool.remote(RENDER_LAYOUT), ToolSettings(out_dir=tmp_path)
    first = render({"layout": LAYOUT, "steps": 4}, settings)
    killed: list[int] = []

    def kill_at_first_step(done, total, message):
        if done == 1 and not killed:
            killed.extend(pool.pids())
            for pid in killed:  # every worker, so the one running this call is among them
                os.kill(pid, signal.SIGKILL)

    again = render({"layout": LAYOUT, "steps": 4}, settings, kill_at_first_step)
    assert killed
    assert again.data["image_sha256"] == first.data["image_sha256"]  # the same computation on the restarted worker
    assert os.path.isfile(first.data["image_path"])  # nothing already produced is lost
    assert not set(pool.pids()) & set(killed)  # fresh processes serve the pool


@pytest.mark.timeout(300)
def test_a_cancelled_call_stops_and_frees_its_worker(pool, tmp_path):
    render, settings = pool.remote(RENDER_LAYOUT), ToolSettings(out_dir=tmp_path)
    flag = threading.Event()
    steps: list[int] = []

    def cancel_at_step_3(done, total, message):
        steps.append(done)
        if done == 3:
            flag.set()

    with cancellation.scope(flag), pytest.raises(CallCancelled, match="cancelled"):
        render({"layout": LAYOUT, "steps": 200}, settings, cancel_at_step_3)
    assert max(steps) < 50  # stopped between steps, long before its 200 were done
    with cancellation.scope(flag), pytest.raises(CallCancelled, match="before it started"):
        render({"layout": LAYOUT, "steps": 2}, settings)  # a call cancelled while waiting never starts
    for _ in range(3):  # both workers answer again: none is stuck on the cancelled call
        assert os.path.isfile(render({"layout": LAYOUT, "steps": 2}, settings).data["image_path"])


@pytest.mark.timeout(300)
def test_mcp_http_with_workers_answers_a_short_render_during_a_long_one(tmp_path):
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    port, token = free_port(), "pool-token"
    proc = start_server([sys.executable, "-m", "regiondit.agent.cli", "serve", "mcp", "--http", f"127.0.0.1:{port}", "--token", token,
                         "--workers", "2", "--out", str(tmp_path / "out")], tmp_path / "server.log", port_open(port), timeout=120)

    async def main():
        def client():
            http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=300)
            return Client(streamable_http_client(url=f"http://127.0.0.1:{port}/mcp", http_client=http))

        order: list[str] = []
        async with client() as a, client() as b:  # two clients, as two assistants would connect
            await asyncio.gather(*(c.call_tool("render_layout", {"layout": LAYOUT, "steps": 2}) for c in (a, b)))  # warm
            begun = asyncio.Event()

            async def progress(done, total, message):
                begun.set()

            async def long():
                result = await a.call_tool("render_layout", {"layout": LAYOUT, "steps": 60, "seed": 3}, progress_callback=progress)
                order.append("long")
                return result

            task = asyncio.ensure_future(long())
            await asyncio.wait_for(begun.wait(), 120)
            short = await b.call_tool("render_layout", {"layout": LAYOUT, "steps": 2, "seed": 4})
            order.append("short")
            return short, await task, order

    try:
        short, long, order = asyncio.run(main())
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert not short.is_error and not long.is_error, (short.content, long.content)
    assert order == ["short", "long"], (tmp_path / "server.log").read_text()[-2000:]
    assert proc.returncode == 0  # the pool and its Ray runtime stopped with the server
