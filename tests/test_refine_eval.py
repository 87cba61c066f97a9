"""The equal-budget refinement evaluation, as ``python -m regiondit.evals.refine_eval`` runs it."""

import json
from pathlib import Path

import pytest

from regiondit.evals.refine_eval import run_policy, with_routing
from regiondit.evals.shapes import load_eval_set
from regiondit.generator.result import read_image_metadata


def test_a_routing_asked_for_renders_every_layout_with_it_and_the_report_says_so(tmp_path):
    """``--routing reference`` renders as real backbones route (no self-attention isolation); the report names it, and
    each render's own metadata shows it. Without ``--routing`` the model's default is used and named."""
    items = with_routing(load_eval_set(limit=2), "reference")
    report = run_policy(items, "depth", False, "vision", 2, str(tmp_path / "ref"))
    assert report["routing"] == "reference (no self-attention isolation)" and report["n"] == 2
    assert len(report["overall_by_round"]) == 2 and all(0 <= v <= 1 for v in report["overall_by_round"])
    renders = [meta["routing"] for meta in map(read_image_metadata, Path(tmp_path, "ref").rglob("*.png")) if "routing" in meta]
    assert len(renders) >= 2 and {(r["name"], r["self_attention"]) for r in renders} == {("reference", "full")}
    assert with_routing(items[:1], None) == items[:1]
    default = run_policy(load_eval_set(limit=1), "reseed", False, "vision", 1, str(tmp_path / "default"))
    assert default["routing"].startswith("regional_all_isolated")


def test_an_unknown_routing_is_refused_with_the_presets_named():
    with pytest.raises(ValueError, match="unknown routing preset 'isolated'.*reference"):
        with_routing(load_eval_set(limit=1), "isolated")


def test_rows_rerun_only_what_is_asked_and_refuse_to_leave_a_row_unmeasured(tmp_path):
    """``--compare --rows depth`` re-measures one row and keeps the others from the results file; it refuses an unknown
    row, and a results file that lacks the rows it would keep."""
    import argparse

    from regiondit.evals.refine_eval import COMPARE, _compare

    args = argparse.Namespace(rows="depth,nonsense", set=None, critic="vision", rounds=1, out=str(tmp_path))
    with pytest.raises(SystemExit, match="unknown --rows.*nonsense"):
        _compare([], args, tmp_path / "r.json")
    args.rows = "depth"
    with pytest.raises(SystemExit, match="lacks them"):
        _compare([], args, tmp_path / "r.json")
    earlier = {name: {"label": label, "kept": True} for name, label, *_ in COMPARE}
    (tmp_path / "r.json").write_text(json.dumps(earlier))
    runs = _compare(load_eval_set(limit=1), args, tmp_path / "r.json")
    assert list(runs) == [name for name, *_ in COMPARE] and "kept" not in runs["depth"] and runs["depth"]["n"] == 1
    assert all(runs[name]["kept"] for name in runs if name != "depth")
