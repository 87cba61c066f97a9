"""The design agent end to end, offline: plan, validate (with repair), render, critique, refine."""

import json
from typing import Any

import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from regiondit.agent.context import DesignContext
from regiondit.agent.graph import build_graph, start_state
from regiondit.agent.rounds import best_round, round_records
from regiondit.schemas import validate_document
from regiondit.tools.refinement import apply_refinement

GOOD = {"canvas": {"width": 128, "height": 128}, "global": {"high_level": "a red circle on a gray background"},
        "regions": [{"id": "circle", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": "red"}]}


class ScriptedPlanner(BaseChatModel):
    """An LLM stand-in that answers from a script: invalid layouts first, then (maybe) a valid one."""

    answers: list[Any]
    seen: list[Any] = []

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools, **kwargs):
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.seen.append(messages[-1])
        answer = self.answers.pop(0) if self.answers else "I do not know"
        if isinstance(answer, str):
            message = AIMessage(content=answer)
        else:
            message = AIMessage(content="", tool_calls=[{"name": "submit_layout", "args": {"layout": answer}, "id": f"c{len(self.seen)}"}])
        return ChatResult(generations=[ChatGeneration(message=message)])


def final_state(prompt, tmp_path, **ctx):
    graph = build_graph()
    context = DesignContext(out_dir=str(tmp_path), **ctx)
    return graph.invoke(start_state(prompt), context=context)


def test_offline_loop_renders_critiques_and_refines_within_budget(tmp_path):
    state = final_state("a red circle in the top left and a blue striped square at the bottom right", tmp_path, rounds=3, steps=4, target_score=1.01)
    rounds = round_records(state)
    assert len(rounds) == 3  # target above 1.0: every round is spent
    for r in rounds:
        validate_document("critique", r["critique"])
        stem = tmp_path / r["result"]["image_sha256"][:16]
        assert stem.with_suffix(".png").is_file()
        assert json.loads(stem.with_suffix(".critique.json").read_text()) == r["critique"]
    # Each refined round renders exactly the layout its refinement produced; the last round is not refined.
    for before, after in zip(rounds, rounds[1:], strict=False):
        assert before["refinement"]["target"] in ("none", "shallow", "deep", "layout", "reseed")
        assert after["layout"] == apply_refinement(before["layout"], before["refinement"])
        assert after["seed"] == before["refinement"]["seed"]
    assert "refinement" not in rounds[2]
    assert state["status"] == "done"
    best = best_round(rounds)
    assert state["current_round"] == best["round"] and state["layout"] == best["layout"]  # the best round is the design now
    reply = state["messages"][-1].content
    assert f"Round {best['round']}" in reply and str(tmp_path) not in reply  # rounds named, no file paths in the chat


def test_invalid_layouts_go_back_to_the_planner_until_valid(tmp_path):
    bad_box = json.loads(json.dumps(GOOD))
    bad_box["regions"][0]["bbox"] = [0.6, 0.1, 0.2, 0.5]
    planner = ScriptedPlanner(answers=[{"regions": "not a list"}, bad_box, GOOD])
    state = final_state("a red circle", tmp_path, llm=planner, rounds=1, steps=2, max_plan_attempts=3)
    assert state["status"] == "done" and state["plan_attempts"] == 3
    told = [m for m in state["messages"] if isinstance(m, ToolMessage) and "invalid" in m.content]
    assert any("$.regions[0].bbox: x0 (0.6) must be smaller than x1 (0.2)" in m.content for m in told)


def test_a_planner_that_never_succeeds_ends_cleanly(tmp_path):
    planner = ScriptedPlanner(answers=[{"regions": "nope"}, {"canvas": 5, "global": {}}, {"regions": []}])
    state = final_state("a red circle", tmp_path, llm=planner, rounds=1, steps=2, max_plan_attempts=3)
    assert state["status"] == "failed" and state["plan_attempts"] == 3
    assert "could not plan a valid layout" in state["messages"][-1].content
    assert not list(tmp_path.glob("*.png"))


def test_a_model_that_answers_in_words_is_heard_not_retried(tmp_path):
    """A question back ("where should it go?") is the turn's answer: nothing rendered, no nudges to call a tool."""
    planner = ScriptedPlanner(answers=["Where should the circle go: left or right?"], seen=[])
    state = final_state("put a circle there", tmp_path, llm=planner, rounds=1, steps=2)
    assert state["status"] == "answered" and state["plan_attempts"] == 1
    assert state["messages"][-1].content == "Where should the circle go: left or right?" and not list(tmp_path.glob("*.png"))


@pytest.mark.parametrize("prompt", ["", "a red circle " * 8000, "un cercle rouge en haut à gauche et un carré bleu", "50 red circles",
                                    "赤い丸と青い四角"])
def test_odd_requests_end_in_a_picture_or_a_clear_message(prompt, tmp_path):
    state = final_state(prompt, tmp_path, rounds=1, steps=2)
    assert state["status"] in ("done", "answered")
    reply = state["messages"][-1].content
    assert "submit_layout" not in reply  # words for the user, not for a model
    if state["status"] == "answered":  # nothing to draw: one plain answer saying what to write
        assert "describe" in reply or "Name objects" in reply
        assert state["plan_attempts"] == 1 and not list(tmp_path.glob("*.png"))
    else:
        assert reply.startswith(("Round", "You asked", "Your request")) and "Round" in reply
        assert len(round_records(state)[0]["layout"]["regions"]) <= 16


def test_a_change_asked_with_a_question_about_it_is_rendered_and_said(tmp_path):
    from langgraph.checkpoint.memory import InMemorySaver

    from regiondit.agent.graph import run_turn, turn_input

    graph = build_graph(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "ask"}}
    context = DesignContext(out_dir=str(tmp_path), rounds=1, steps=2)
    for message in ("an orange square on the right", "could you make it purple, and what exactly did you change?"):
        before = graph.get_state(config).values
        for _ in run_turn(graph, turn_input(message) if before.get("messages") else start_state(message), context, config):
            pass
    state = graph.get_state(config).values
    assert len(state["rounds"]) == 2 and state["layout"]["regions"][0]["low_level"] == "purple"  # the change was drawn
    assert "purple" in state["messages"][-1].content  # and the answer says what changed


def test_a_language_models_first_layout_with_another_number_of_objects_than_asked_goes_back_once(tmp_path):
    """"Three red circles" planned as two: the model is told the request's number and asked again; its second layout is
    taken as it comes (the request may be read either way), and nothing is rendered from the first."""
    def circles(n: int) -> dict:
        return {"canvas": {"width": 128, "height": 128}, "global": {"high_level": f"{n} red circles"},
                "regions": [{"id": f"c{k}", "bbox": [0.05 + 0.3 * k, 0.3, 0.3 + 0.3 * k, 0.6], "high_level": "a circle", "low_level": "red"}
                            for k in range(n)]}

    planner = ScriptedPlanner(answers=[circles(2), circles(3)], seen=[])
    state = final_state("three red circles side by side", tmp_path, llm=planner, rounds=1, steps=2)
    assert state["status"] == "done" and state["plan_attempts"] == 2
    assert len(state["layout"]["regions"]) == 3
    told = [m.content for m in state["messages"] if isinstance(m, ToolMessage) and "invalid" in m.content]
    assert len(told) == 1 and "You asked for 3 circles, but the layout has 2" in told[0]

    stubborn = ScriptedPlanner(answers=[circles(2), circles(2)], seen=[])
    state = final_state("three red circles side by side", tmp_path, llm=stubborn, rounds=1, steps=2)
    assert state["status"] == "done" and state["plan_attempts"] == 2 and len(state["layout"]["regions"]) == 2

    right = ScriptedPlanner(answers=[circles(3)], seen=[])
    state = final_state("three red circles side by side", tmp_path, llm=right, rounds=1, steps=2)
    assert state["status"] == "done" and state["plan_attempts"] == 1
