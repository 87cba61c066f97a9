"""Sessions: human approval through an interrupt, and a chat that survives kill -9."""

import os
import signal
import subprocess
import sys
import time

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from regiondit.agent.graph import build_graph, round_records, start_state
from regiondit.agent.state import DesignContext

PROMPT = "a red circle in the top left and a blue square at the bottom right"


def test_layout_waits_for_approval_and_resumes_with_an_edit(tmp_path):
    graph = build_graph(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t"}}
    context = DesignContext(out_dir=str(tmp_path), approve=True, rounds=1, steps=2)
    paused = graph.invoke(start_state(PROMPT), config=config, context=context)
    question = paused["__interrupt__"][0].value
    assert question["layout"]["regions"][0]["high_level"] == "a circle"
    assert not list(tmp_path.glob("*.png"))  # nothing rendered before approval
    edited = {**question["layout"], "regions": question["layout"]["regions"][:1]}
    state = graph.invoke(Command(resume=edited), config=config, context=context)
    assert [len(r["layout"]["regions"]) for r in round_records(state)] == [1]


def test_rejected_layout_renders_nothing(tmp_path):
    graph = build_graph(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t"}}
    context = DesignContext(out_dir=str(tmp_path), approve=True, rounds=1, steps=2)
    graph.invoke(start_state(PROMPT), config=config, context=context)
    state = graph.invoke(Command(resume=False), config=config, context=context)
    assert state["status"] == "failed" and not list(tmp_path.glob("*.png"))


def test_chat_killed_mid_turn_resumes_and_keeps_finished_images(tmp_path):
    db, out = tmp_path / "s.sqlite", tmp_path / "out"
    args = [sys.executable, "-m", "regiondit.agent.cli", "chat", "--session", "k", "--db", str(db), "--out", str(out),
            "--rounds", "3", "--steps", "6", "--target-score", "2"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc.stdin.write(PROMPT + "\n")
    proc.stdin.flush()
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.glob("*.json")):  # the first round's result is on disk
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first = sorted(p.name for p in out.glob("*.png"))
    assert first, "no image was finished before the kill"
    again = subprocess.run(args, input="", capture_output=True, text=True, timeout=300, env=env)
    assert again.returncode == 0, again.stderr
    assert "finishing the turn that was interrupted" in again.stderr
    assert set(first) <= {p.name for p in out.glob("*.png")}  # nothing finished was lost
    assert "round 3:" in again.stderr and "Best image:" in again.stderr  # the turn ran to its end
