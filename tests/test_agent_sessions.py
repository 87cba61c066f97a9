"""Sessions: human approval through an interrupt, and a chat that survives kill -9."""

import os
import signal
import subprocess
import sys
import time

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from regiondit.agent.context import DesignContext
from regiondit.agent.graph import build_graph, start_state, turn_unfinished
from regiondit.agent.rounds import round_records
from regiondit.agent.sessions import open_checkpointer

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
    assert "round 3:" in again.stderr and "is the best of this turn" in again.stderr  # the turn ran to its end


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no handler catches it."""


def test_kill_between_a_node_output_and_the_next_checkpoint_is_resumed(tmp_path):
    # The narrowest window a kill -9 can hit: generate's output is saved, the checkpoint after it is not.
    db = tmp_path / "s.sqlite"
    saver = open_checkpointer(db)
    saved_writes = {"rounds": False}
    put_writes, put = saver.put_writes, saver.put

    def watch_writes(config, writes, task_id, task_path=""):
        put_writes(config, writes, task_id, task_path)
        saved_writes["rounds"] |= any(channel == "rounds" for channel, _ in writes)

    def die_before_checkpoint(*a, **k):
        if saved_writes["rounds"]:
            raise _Killed
        return put(*a, **k)

    saver.put_writes, saver.put = watch_writes, die_before_checkpoint
    config = {"configurable": {"thread_id": "k"}}
    context = DesignContext(out_dir=str(tmp_path / "out"), rounds=2, steps=2, target_score=2.0)
    try:
        for _ in build_graph(checkpointer=saver).stream(start_state(PROMPT), config=config, context=context, durability="sync"):
            pass
    except _Killed:
        pass
    graph = build_graph(checkpointer=open_checkpointer(db))
    snapshot = graph.get_state(config)
    assert [r["round"] for r in snapshot.values["rounds"]] == [1]
    assert turn_unfinished(snapshot)  # the turn stopped before its critique: there is more to run
    for _ in graph.stream(None, config=config, context=context, durability="sync"):
        pass
    state = graph.get_state(config)
    assert [r["round"] for r in round_records(state.values)] == [1, 2]  # round 1 kept, not rendered twice
    assert not turn_unfinished(state) and state.values["status"] == "done"
