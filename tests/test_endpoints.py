"""Planner and critic over OpenAI-compatible HTTP: the real client path, garbage handling, repair."""

import json

import pytest
from PIL import Image
from scripted_endpoint import ScriptedEndpoint

from regiondit.agent.context import DesignContext
from regiondit.agent.graph import build_graph, start_state
from regiondit.agent.rounds import round_records
from regiondit.schemas import Layout
from regiondit.tools.critics import CriticError, critique_image

LAYOUT = {"canvas": {"width": 128, "height": 128}, "global": {"high_level": "a red circle"},
          "regions": [{"id": "circle", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": "red"}]}
CRITIQUE = {"critic": "vlm", "score": 0.5, "regions": [
    {"id": "circle", "present": True, "placed_right": True, "attributes_right": False, "target": "shallow", "issues": ["orange, not red"]}]}


@pytest.fixture
def image(tmp_path):
    path = tmp_path / "x.png"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(path)
    return path


def test_vlm_critic_sends_the_image_and_validates_the_answer(image):
    with ScriptedEndpoint(["Sure! " + json.dumps(CRITIQUE)]) as server:
        crit = critique_image(f"vlm:{server.base_url}:vision", Layout.from_dict(LAYOUT), image)
    assert crit["regions"][0]["target"] == "shallow"
    content = server.requests[0]["messages"][0]["content"]
    assert any(part.get("type") == "image_url" and part["image_url"]["url"].startswith("data:image/png;base64,") for part in content)


def test_vlm_critic_repairs_once_then_fails_clearly(image):
    bad = dict(CRITIQUE, regions=[dict(CRITIQUE["regions"][0], target="middle")])
    with ScriptedEndpoint([json.dumps(bad), json.dumps(CRITIQUE)]) as server:
        assert critique_image(f"vlm:{server.base_url}:vision", Layout.from_dict(LAYOUT), image)["score"] == 0.5
    assert "target" in server.requests[1]["messages"][-1]["content"]  # the validation message went back
    with ScriptedEndpoint(["no idea", "still no idea"]) as server, pytest.raises(CriticError, match="no valid critique"):
        critique_image(f"vlm:{server.base_url}:vision", Layout.from_dict(LAYOUT), image)


def test_openai_compatible_planner_gets_validation_messages_and_recovers(tmp_path):
    bad = json.loads(json.dumps(LAYOUT))
    bad["regions"][0]["bbox"] = [0.5, 0.1, 0.1, 0.5]
    answers = [{"tool": "submit_layout", "args": {"layout": bad}}, {"tool": "submit_layout", "args": {"layout": LAYOUT}}]
    with ScriptedEndpoint(answers) as server:
        graph = build_graph()
        context = DesignContext(llm=f"openai-compatible:{server.base_url}:local", out_dir=str(tmp_path), rounds=1, steps=2, max_plan_attempts=3)
        state = graph.invoke(start_state("a red circle"), context=context)
    assert state["status"] == "done" and len(round_records(state)) == 1
    tool_defs = server.requests[0]["tools"]
    assert tool_defs[0]["function"]["name"] == "submit_layout"
    sent = json.dumps(server.requests[1]["messages"])
    assert "x0 (0.5) must be smaller than x1 (0.1)" in sent


def test_words_from_the_planner_end_the_turn_as_an_answer(tmp_path):
    # A planner that answers in words (a question back, a remark) is shown to the user; nothing is rendered.
    with ScriptedEndpoint(["Which colour should the circle be?"]) as server:
        context = DesignContext(llm=f"openai-compatible:{server.base_url}:local", out_dir=str(tmp_path), rounds=1, steps=2)
        state = build_graph().invoke(start_state("a circle"), context=context)
    assert state["status"] == "answered" and round_records(state) == []
    assert state["messages"][-1].content == "Which colour should the circle be?"
    assert not list(tmp_path.glob("*.png"))


def test_endpoint_that_is_down_ends_cleanly(tmp_path):
    graph = build_graph()
    context = DesignContext(llm="openai-compatible:http://127.0.0.1:9/v1:none", out_dir=str(tmp_path), rounds=1, max_plan_attempts=2)
    state = graph.invoke(start_state("a red circle"), context=context)
    assert state["status"] == "failed" and "planner error" in state["messages"][-1].content
