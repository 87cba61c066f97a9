"""The agent graph behind `langgraph dev` (langgraph.json), driven by the official langgraph-sdk client."""

import os
import shutil
import sys
from pathlib import Path

import pytest
from langgraph_sdk import get_sync_client
from local_servers import free_port, http_ok, start_server

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "a red circle in the top left and a blue square at the bottom right"


@pytest.fixture(scope="module")
def langgraph_dev(tmp_path_factory):
    cli = shutil.which("langgraph", path=str(Path(sys.executable).parent)) or shutil.which("langgraph")
    assert cli, "langgraph-cli is a test dependency"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("langgraph") / "server.log"  # outside the project: the server watches its folder
    proc = start_server(
        [cli, "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1", "--port", str(port), "--config", str(ROOT / "langgraph.json")],
        log,
        http_ok(f"{url}/ok"),
        cwd=ROOT,
        env={**os.environ, "LANGGRAPH_NO_ANALYTICS": "1"},
        timeout=300,  # it imports the whole agent stack before it answers; on a loaded 2-core machine that has taken over 120 s
    )
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_design_run_pauses_for_approval_and_resumes_over_http(langgraph_dev, tmp_path):
    client = get_sync_client(url=langgraph_dev)
    assert [a["graph_id"] for a in client.assistants.search()] == ["designer"]
    thread = client.threads.create()["thread_id"]
    context = {"approve": True, "rounds": 2, "steps": 4, "out_dir": str(tmp_path)}
    client.runs.wait(thread, "designer", input={"messages": [{"role": "user", "content": PROMPT}]}, context=context)
    paused = client.threads.get_state(thread)
    assert paused["next"] == ["approve"]
    question = paused["interrupts"][0]["value"]
    assert [r["high_level"] for r in question["layout"]["regions"]] == ["a circle", "a square"]
    assert not list(tmp_path.glob("*.png"))  # nothing rendered before approval
    edited = {**question["layout"], "regions": question["layout"]["regions"][:1]}  # the person keeps only the circle
    client.runs.wait(thread, "designer", command={"resume": edited}, context=context)
    done = client.threads.get_state(thread)
    values = done["values"]
    assert done["next"] == [] and values["status"] == "done"
    assert all(len(r["layout"]["regions"]) == 1 for r in values["rounds"])
    assert all(Path(r["result"]["image_path"]).is_file() for r in values["rounds"])
    assert "is the best of this turn" in values["messages"][-1]["content"]


def test_rejecting_the_layout_over_http_renders_nothing(langgraph_dev, tmp_path):
    client = get_sync_client(url=langgraph_dev)
    thread = client.threads.create()["thread_id"]
    context = {"approve": True, "rounds": 1, "steps": 4, "out_dir": str(tmp_path)}
    client.runs.wait(thread, "designer", input={"messages": [{"role": "user", "content": PROMPT}]}, context=context)
    client.runs.wait(thread, "designer", command={"resume": False}, context=context)
    state = client.threads.get_state(thread)
    assert state["values"]["status"] == "failed" and not list(tmp_path.glob("*.png"))
