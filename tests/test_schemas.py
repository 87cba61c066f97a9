"""Layouts and the other documents: what is accepted, and what each rejection says."""

import json

import pytest
from conftest import load_data

from regiondit.schemas import DocumentError, Layout, LayoutError, RoutingSpec, layout_issues, load_schema, validate_document, validate_layout

INVALID = load_data("invalid_layouts.json")
VALID = load_data("valid_layouts.json")


def test_corpus_is_large_enough():
    assert len(INVALID) >= 30


@pytest.mark.parametrize("case", INVALID, ids=[c["name"] for c in INVALID])
def test_invalid_layout_is_rejected_at_its_path(case):
    with pytest.raises(LayoutError) as info:
        validate_layout(case["layout"])
    assert case["path"] in info.value.paths
    # The message names the path, so an LLM reading only the text can find the problem.
    assert case["path"] + ":" in str(info.value)


@pytest.mark.parametrize("doc", VALID)
def test_valid_layouts_are_accepted_and_round_trip(doc):
    layout = Layout.from_dict(doc)
    again = Layout.from_dict(json.loads(layout.to_json()))
    assert again == layout
    assert layout_issues(layout.to_dict()) == []


def test_defaults_are_filled(layout_doc):
    doc = {"global": {"high_level": "a beach"}, "regions": [{"id": "sun", "bbox": [0.7, 0.0, 1.0, 0.3], "high_level": "the sun"}]}
    layout = Layout.from_dict(doc)
    assert (layout.width, layout.height) == (512, 512)
    assert layout.regions[0].strength == 1.0 and layout.regions[0].low_level == ""
    assert layout.routing.preset == "auto" and layout.routing.split is None
    assert layout.routing.resolve(RoutingSpec("hierarchical", 0.3)).slots == ("regional_low", "regional_high")


def test_every_problem_is_reported_not_only_the_first():
    doc = {"canvas": {"width": 500, "height": 512}, "global": {"high_level": ""},
           "regions": [{"id": "a", "bbox": [0.5, 0.1, 0.2, 0.9], "high_level": "x"}, {"id": "a", "bbox": [0, 0, 1, 1], "high_level": "y"}]}
    paths = set(layout_issues(doc))
    assert {i.path for i in paths} == {"$.canvas.width", "$.global.high_level", "$.regions[0].bbox", "$.regions[1].id"}


def test_canvas_multiple_depends_on_the_model():
    doc = {"canvas": {"width": 520, "height": 512}, "global": {"high_level": "x"}, "regions": []}
    assert layout_issues(doc, canvas_multiple=8) == []
    assert [i.path for i in layout_issues(doc, canvas_multiple=16)] == ["$.canvas.width"]


def test_layout_error_message_says_what_to_change():
    with pytest.raises(LayoutError) as info:
        validate_layout({"global": {"high_level": "x"}, "regions": [{"id": "a", "bbox": [0.6, 0, 0.2, 1], "high_level": "y"}]})
    assert "x0 (0.6) must be smaller than x1 (0.2)" in str(info.value)


def test_other_schemas_accept_examples_and_reject_garbage():
    critique = {"critic": "shapes", "score": 0.5, "regions": [
        {"id": "cat", "present": True, "placed_right": False, "attributes_right": True, "target": "layout", "issues": ["too far left"]}]}
    refinement = {
        "round": 1,
        "target": "shallow",
        "edits": [{"op": "set_low_level", "region_id": "cat", "value": "bright orange fur", "reason": "colour was off"}],
    }
    validate_document("critique", critique)
    validate_document("refinement", refinement)
    bad = dict(critique, regions=[dict(critique["regions"][0], target="middle")])
    with pytest.raises(DocumentError) as info:
        validate_document("critique", bad)
    assert info.value.paths == ["$.regions[0].target"]
    for name in ("layout", "critique", "refinement", "generation_result"):
        assert load_schema(name)["$schema"].endswith("2020-12/schema")
