"""The refinement policy: a critique becomes edits aimed at the depth that controls each fault."""

import copy

import pytest

from regiondit.schemas import layout_issues, validate_document
from regiondit.tools.refinement import apply_refinement, propose_refinement

LAYOUT = {"canvas": {"width": 256, "height": 256}, "global": {"high_level": "a red circle and a blue square"},
          "regions": [{"id": "circle", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": "red"},
                      {"id": "square", "bbox": [0.5, 0.5, 0.9, 0.9], "high_level": "a square", "low_level": "blue", "strength": 0.6}]}


def critique(**targets):
    regions = []
    for rid in ("circle", "square"):
        target = targets.get(rid, "none")
        regions.append({"id": rid, "present": target != "deep", "placed_right": target not in ("deep", "layout"),
                        "attributes_right": target == "none", "target": target, "issues": [] if target == "none" else [f"{rid} is wrong"]})
    return {"critic": "test", "score": 0.5, "regions": regions, "summary": "", "extra_objects": targets.get("extra", 0)}


def region(layout, rid):
    return next(r for r in layout["regions"] if r["id"] == rid)


def test_a_detail_fault_restates_the_low_level_text_of_that_region_only():
    ref = propose_refinement(LAYOUT, critique(square="shallow"), round_index=1, seed=7)
    validate_document("refinement", ref)
    assert ref["target"] == "shallow" and ref["seed"] == 8
    assert [(e["op"], e["region_id"]) for e in ref["edits"]] == [("set_low_level", "square")]
    edited = apply_refinement(LAYOUT, ref)
    assert region(edited, "square")["low_level"].startswith("blue") and "clearly blue" in region(edited, "square")["low_level"]
    assert region(edited, "circle") == region(LAYOUT, "circle") and edited["global"] == LAYOUT["global"]


def test_a_missing_object_restates_the_high_level_text_at_full_strength():
    ref = propose_refinement(LAYOUT, critique(square="deep"), 1, 0)
    assert ref["target"] == "deep"
    assert {e["op"] for e in ref["edits"]} == {"set_strength", "set_high_level"}
    edited = apply_refinement(LAYOUT, ref)
    assert region(edited, "square")["strength"] == 1.0 and "square" in region(edited, "square")["high_level"]


def test_a_misplaced_object_tightens_its_box_around_the_same_centre():
    edited = apply_refinement(LAYOUT, propose_refinement(LAYOUT, critique(circle="layout"), 1, 0))
    x0, y0, x1, y1 = region(edited, "circle")["bbox"]
    assert (x0 + x1) / 2 == pytest.approx(0.3) and (y0 + y1) / 2 == pytest.approx(0.3)
    assert x1 - x0 == pytest.approx(0.32) and not layout_issues(edited)


def test_layout_faults_are_fixed_before_content_and_content_before_details():
    assert propose_refinement(LAYOUT, critique(circle="shallow", square="layout"), 1, 0)["target"] == "layout"
    assert propose_refinement(LAYOUT, critique(circle="shallow", square="deep"), 1, 0)["target"] == "deep"


def test_a_right_picture_needs_nothing_and_extra_objects_only_a_new_seed():
    assert propose_refinement(LAYOUT, critique(), 2, 3) | {"reason": ""} == {"round": 2, "target": "none", "edits": [], "seed": 4, "reason": ""}
    extra = propose_refinement(LAYOUT, critique(extra=2), 2, 3)
    assert extra["target"] == "reseed" and not extra["edits"] and "2 object(s)" in extra["reason"]


def test_the_reseed_policy_only_moves_the_seed():
    ref = propose_refinement(LAYOUT, critique(square="shallow"), 1, 5, policy="reseed")
    assert ref["target"] == "reseed" and ref["edits"] == [] and ref["seed"] == 6
    with pytest.raises(ValueError, match="unknown refinement policy"):
        propose_refinement(LAYOUT, critique(), 1, 0, policy="magic")


@pytest.mark.parametrize(("policy", "ops"), [("shallow", {"set_low_level"}), ("deep", {"set_high_level", "set_strength"}), ("layout", {"set_bbox"})])
def test_an_ablation_answers_every_fault_with_its_one_kind_of_edit(policy, ops):
    """The ablations of the equal-budget comparison: whatever the critic blamed, each wrong region gets the same kind
    of edit, and right regions none."""
    ref = propose_refinement(LAYOUT, critique(circle="layout", square="shallow"), 1, 0, policy=policy)
    assert ref["target"] == policy and {e["op"] for e in ref["edits"]} <= ops
    assert {e["region_id"] for e in ref["edits"]} == {"circle", "square"}
    assert not {e["region_id"] for e in propose_refinement(LAYOUT, critique(square="deep"), 1, 0, policy=policy)["edits"]} - {"square"}
    assert not layout_issues(apply_refinement(LAYOUT, ref))


def test_applying_edits_leaves_the_input_alone_and_handles_every_op():
    before = copy.deepcopy(LAYOUT)
    new = {"id": "tri", "bbox": [0.1, 0.6, 0.3, 0.9], "high_level": "a triangle"}
    ref = {
        "round": 1,
        "target": "layout",
        "seed": 1,
        "reason": "test",
        "edits": [
            {"op": "add_region", "value": new},
            {"op": "remove_region", "region_id": "circle"},
            {"op": "set_global_high_level", "value": "a square and a triangle"},
            {"op": "set_bbox", "region_id": "square", "value": [0.5, 0.1, 0.9, 0.5]},
        ],
    }
    edited = apply_refinement(LAYOUT, ref)
    assert LAYOUT == before
    assert [r["id"] for r in edited["regions"]] == ["square", "tri"]
    assert edited["global"]["high_level"] == "a square and a triangle" and region(edited, "square")["bbox"] == [0.5, 0.1, 0.9, 0.5]


def test_a_wrong_shape_in_its_box_gets_a_square_box_then_a_tighter_one_never_restated_text():
    wide = copy.deepcopy(LAYOUT)
    region(wide, "circle")["bbox"] = [0.1, 0.2, 0.7, 0.5]
    shape_wrong = critique(circle="deep")
    shape_wrong["regions"][0].update(present=True, placed_right=True)  # there, in its box, the wrong shape
    first = apply_refinement(wide, propose_refinement(wide, shape_wrong, 1, 0))
    x0, y0, x1, y1 = region(first, "circle")["bbox"]
    assert x1 - x0 == pytest.approx(0.3) and y1 - y0 == pytest.approx(0.3)  # the largest square inside the old box
    assert (x0 + x1) / 2 == pytest.approx(0.4) and (y0 + y1) / 2 == pytest.approx(0.35) and not layout_issues(first)
    assert region(first, "circle")["high_level"] == "a circle"  # the text is not restated
    second = apply_refinement(first, propose_refinement(first, shape_wrong, 2, 1))
    x0, y0, x1, y1 = region(second, "circle")["bbox"]
    assert x1 - x0 == pytest.approx(0.24) and (x0 + x1) / 2 == pytest.approx(0.4)  # square already: tightened about its centre
    missing = propose_refinement(wide, critique(circle="deep"), 1, 0)  # not there at all: the high-level text, as before
    assert {e["op"] for e in missing["edits"]} == {"set_high_level"}


def test_a_detail_restated_once_is_not_restated_again():
    first = apply_refinement(LAYOUT, propose_refinement(LAYOUT, critique(square="shallow"), 1, 0))
    again = propose_refinement(first, critique(square="shallow"), 2, 1)
    assert again["target"] == "shallow" and again["edits"] == [] and again["seed"] == 2
    assert propose_refinement(first, critique(square="shallow"), 2, 1, policy="shallow")["edits"]  # the ablation keeps restating


def test_without_isolation_the_depth_policy_restates_texts_every_round_and_edits_no_box():
    """The routing real backbones use (full self-attention): restated texts lead reseeding there and box edits trail it,
    so a wrong shape gets both its texts restated, and a text restated before is restated again."""
    wide = copy.deepcopy(LAYOUT)
    region(wide, "circle")["bbox"] = [0.1, 0.2, 0.7, 0.5]
    shape_wrong = critique(circle="deep")
    shape_wrong["regions"][0].update(present=True, placed_right=True)
    first = apply_refinement(wide, propose_refinement(wide, shape_wrong, 1, 0, isolated=False))
    assert region(first, "circle")["bbox"] == [0.1, 0.2, 0.7, 0.5] and region(first, "circle")["high_level"] != "a circle"
    second = apply_refinement(first, propose_refinement(first, shape_wrong, 2, 1, isolated=False))
    assert region(first, "circle")["low_level"] != "red"
    assert len(region(second, "circle")["high_level"]) > len(region(first, "circle")["high_level"])
    detail = apply_refinement(LAYOUT, propose_refinement(LAYOUT, critique(square="shallow"), 1, 0, isolated=False))
    assert propose_refinement(detail, critique(square="shallow"), 2, 1, isolated=False)["edits"]


def test_the_refine_tool_takes_whether_the_render_was_isolated():
    """Assistants calling ``refine_layout`` say whether the render isolated its regions (its result's
    ``routing.self_attention``); without isolation a wrong shape gets its texts restated, not a new box."""
    from regiondit.tools.capabilities import REFINE_LAYOUT

    wide = copy.deepcopy(LAYOUT)
    region(wide, "circle")["bbox"] = [0.1, 0.2, 0.7, 0.5]
    shape_wrong = critique(circle="deep")
    shape_wrong["regions"][0].update(present=True, placed_right=True)
    ops = {isolated: {e["op"] for e in REFINE_LAYOUT({"layout": wide, "critique": shape_wrong, "isolated": isolated}).data["refinement"]["edits"]}
           for isolated in (True, False)}
    assert ops == {True: {"set_bbox"}, False: {"set_high_level", "set_low_level"}}
