"""Each node of the design graph alone, fed recorded planner answers and hand-made state."""

import copy
import json
import time

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langgraph.runtime import Runtime

from regiondit.agent import graph as g
from regiondit.agent.context import DesignContext
from regiondit.agent.models import CURRENT_LAYOUT
from regiondit.schemas import validate_document

LAYOUT = {"canvas": {"width": 128, "height": 128}, "global": {"high_level": "a red circle and a blue square"},
          "regions": [{"id": "circle", "bbox": [0.05, 0.05, 0.45, 0.45], "high_level": "a circle", "low_level": "red"},
                      {"id": "square", "bbox": [0.55, 0.55, 0.95, 0.95], "high_level": "a square", "low_level": "blue"}]}


class Recorded(BaseChatModel):
    """Replays a recorded answer and keeps what it was sent."""

    answer: AIMessage
    received: list = []

    @property
    def _llm_type(self) -> str:
        return "recorded"

    def bind_tools(self, tools, **kwargs):
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.received.append(list(messages))
        return ChatResult(generations=[ChatGeneration(message=self.answer)])


def runtime(**context) -> Runtime:
    return Runtime(context=DesignContext(**context))


def submitted(layout, call_id="call_1", words=""):
    return AIMessage(content=words, tool_calls=[{"name": "submit_layout", "args": {"layout": layout}, "id": call_id}])


def test_plan_sends_the_current_layout_as_a_message_before_the_request_and_keeps_the_answer():
    planner = Recorded(answer=submitted(LAYOUT), received=[])
    state = {"messages": [HumanMessage("a red circle"), HumanMessage("make the square green")], "layout": LAYOUT, "plan_attempts": 0,
             "rounds": [{"round": 1}]}
    update = g.plan(state, runtime(llm=planner))
    sent = planner.received[0]
    assert sent[-1].content == "make the square green" and sent[-2].name == CURRENT_LAYOUT
    assert sent[-2].additional_kwargs["layout"] == LAYOUT and json.loads(sent[-2].content.split("\n")[-1]) == LAYOUT
    assert sent[-2].additional_kwargs["rounds"] == 1 and "rounds 1-1" in sent[-2].content
    assert update["candidate"] == LAYOUT and update["call_id"] == "call_1" and update["plan_attempts"] == 1
    assert update["turn_first_round"] == 2  # this turn's rounds start after the session's first


def test_validate_accepts_a_valid_candidate_and_sends_problems_back_for_an_invalid_one():
    ok = g.validate({"candidate": LAYOUT, "call_id": "c1"})
    assert ok["layout"] == LAYOUT and ok["problems"] is None and isinstance(ok["messages"][0], ToolMessage)
    broken = copy.deepcopy(LAYOUT)
    broken["regions"][1]["bbox"] = [0.9, 0.5, 0.2, 0.9]
    bad = g.validate({"candidate": broken, "call_id": "c2"})
    assert "layout" not in bad and "$.regions[1].bbox" in bad["problems"]
    assert bad["messages"][0].tool_call_id == "c2" and "$.regions[1].bbox" in bad["messages"][0].content
    nothing = g.validate({"candidate": None, "call_id": None, "status": "planning"})
    assert "no layout was submitted" in nothing["problems"]


def test_after_validate_retries_until_the_attempts_are_spent():
    assert g.after_validate({"problems": None}, runtime()) == "approve"
    assert g.after_validate({"problems": "x", "plan_attempts": 1}, runtime(max_plan_attempts=3)) == "plan"
    assert g.after_validate({"problems": "x", "plan_attempts": 3}, runtime(max_plan_attempts=3)) == "reply"
    assert g.after_validate({"status": "answered", "problems": None}, runtime()) == "reply"


def test_generate_renders_the_layout_and_a_canvas_the_model_cannot_take_fails_the_turn_cleanly(tmp_path):
    update = g.generate({"layout": LAYOUT, "seed": 3, "rounds": []}, runtime(model="tiny-pixart", steps=2, out_dir=str(tmp_path)))
    entry = update["rounds"][0]
    assert entry["round"] == 1 and entry["seed"] == 3 and entry["layout"] == LAYOUT
    assert entry["result"]["image_path"].startswith(str(tmp_path)) and entry["result"]["seed"] == 3
    huge = {**LAYOUT, "canvas": {"width": 4096, "height": 4096}}
    failed = g.generate({"layout": huge, "rounds": []}, runtime(model="tiny-pixart", steps=2, out_dir=str(tmp_path)))
    assert failed["status"] == "failed" and "larger than tiny-pixart renders" in failed["messages"][0].content


def test_critique_writes_the_critique_beside_the_image(tmp_path):
    rendered = g.generate({"layout": LAYOUT, "seed": 0, "rounds": []}, runtime(steps=4, out_dir=str(tmp_path)))["rounds"]
    update = g.critique({"rounds": rendered}, runtime())
    crit = update["critiques"][0]["critique"]
    validate_document("critique", crit)
    path = tmp_path / (rendered[0]["result"]["image_sha256"][:16] + ".critique.json")
    assert json.loads(path.read_text()) == crit and [r["id"] for r in crit["regions"]] == ["circle", "square"]


def _critique(target, issues=("colour is green, asked blue",), region="square"):
    regions = [{"id": "circle", "present": True, "placed_right": True, "attributes_right": True, "target": "none", "issues": []},
               {"id": region, "present": True, "placed_right": True, "attributes_right": target == "none", "target": target,
                "issues": list(issues) if target != "none" else []}]
    return {"critic": "test", "score": 1.0 if target == "none" else 0.8, "regions": regions, "summary": "", "extra_objects": 0}


def test_decide_stops_at_the_target_the_round_budget_and_the_time_budget():
    base = {"rounds": [{"round": 1}], "critiques": [{"round": 1, "critique": {"score": 0.8}}], "turn_first_round": 1, "started": time.time()}
    assert g.decide(base, runtime(rounds=3, target_score=1.0)) == "refine"
    assert g.decide(base, runtime(rounds=3, target_score=0.8)) == "reply"  # the critic is satisfied
    assert g.decide(base, runtime(rounds=1)) == "reply"  # the turn's rounds are spent
    assert g.decide({**base, "started": time.time() - 500}, runtime(rounds=3, seconds=120)) == "reply"
    later_turn = {**base, "rounds": [{"round": 1}, {"round": 2}], "turn_first_round": 2}
    assert g.decide(later_turn, runtime(rounds=2)) == "refine"  # budgets count from the turn's first round


def test_refine_edits_what_the_critique_points_at_and_moves_to_the_next_seed(tmp_path):
    image = tmp_path / "abc.png"
    image.write_bytes(b"")
    state = {"rounds": [{"round": 1, "layout": LAYOUT, "seed": 4, "result": {"image_path": str(image)}}],
             "critiques": [{"round": 1, "critique": _critique("shallow")}], "seed": 4}
    update = g.refine(state, runtime())
    square = next(r for r in update["layout"]["regions"] if r["id"] == "square")
    assert update["refinements"][0]["target"] == "shallow" and "blue" in square["low_level"] and square["low_level"] != "blue"
    assert update["seed"] == 5 and (tmp_path / "abc.refinement.json").is_file()
    assert LAYOUT["regions"][1]["low_level"] == "blue"  # the round's own layout is left as it was


def test_reply_names_the_best_round_and_what_the_planner_left_out(tmp_path):
    rounds = [{"round": 1, "layout": LAYOUT, "seed": 0, "result": {"image_path": str(tmp_path / "a.png")}},
              {"round": 2, "layout": LAYOUT, "seed": 1, "result": {"image_path": str(tmp_path / "b.png")}}]
    critiques = [{"round": 1, "critique": {"score": 0.9}}, {"round": 2, "critique": {"score": 0.5}}]
    planner_said = submitted(LAYOUT, "call_7", words="You asked for 20 objects; a layout holds at most 16, so I kept the first 16.")
    state = {"rounds": rounds, "critiques": critiques, "turn_first_round": 1, "messages": [planner_said], "call_id": "call_7"}
    update = g.reply(state, runtime(out_dir=str(tmp_path)))
    text = update["messages"][0].content
    assert text.startswith("You asked for 20 objects") and "Round 1, score 0.90 is the best" in text and ".png" not in text
    assert update["current_round"] == 1 and update["versions"] == [{"layout": LAYOUT, "round": 1, "seed": 0}]
