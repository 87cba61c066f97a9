"""The embedded default: committed weights load, render the layout they are given, and evaluate."""

import json
import subprocess
import sys

import pytest

from regiondit.evals.shapes import VARIANTS
from regiondit.generator import DepthRouting, load_backend, render
from regiondit.generator.shapes.analyzer import score_layout
from regiondit.generator.shapes.model import packaged_weights
from regiondit.schemas import Layout

LAYOUT = {  # two objects in opposite corners
    "canvas": {"width": 256, "height": 256},
    "global": {"high_level": "a red circle and a blue square on a gray background"},
    "background": {"high_level": "an empty gray background"},
    "regions": [
        {"id": "circle", "bbox": [0.06, 0.06, 0.44, 0.44], "high_level": "a circle", "low_level": "red"},
        {"id": "square", "bbox": [0.56, 0.56, 0.94, 0.94], "high_level": "a square", "low_level": "blue"},
    ],
}


@pytest.fixture(scope="module")
def shapes():
    return load_backend("shapes")


def test_committed_weights_are_small_and_load(shapes):
    weights = packaged_weights()
    assert weights.stat().st_size < 30 * 2**20
    meta = json.loads(weights.with_suffix(".json").read_text())
    assert meta["images"] > 100_000  # trained, not a stub
    assert shapes.model_id == "shapes" and shapes.num_blocks == meta["config"]["num_layers"]


def position_rate(shapes, routing, items):
    total = 0.0
    for item in items:
        layout = Layout.from_dict(item["layout"])
        total += score_layout(layout, render(shapes, layout, routing=routing, steps=12).image)["tasks"]["position"]
    return total / len(items)


def test_regional_control_not_the_prompt_places_the_objects(shapes):
    """On eval layouts, isolated regional routing puts objects in their boxes far more often than the prompt alone."""
    from regiondit.evals.shapes import load_eval_set

    items = load_eval_set(limit=12)
    isolated = DepthRouting.preset("regional_all", shapes.num_blocks, 0.5, isolate=True)
    plain = DepthRouting.preset("global_only", shapes.num_blocks)
    assert position_rate(shapes, isolated, items) >= position_rate(shapes, plain, items) + 0.25


def test_render_is_deterministic_and_sized_to_the_canvas(shapes):
    layout = Layout.from_dict(LAYOUT)
    a, b = render(shapes, layout, seed=3), render(shapes, layout, seed=3)
    assert a.image.size == (256, 256) and a.image.tobytes() == b.image.tobytes()  # the same computation twice


VARIANTS_PRESET = {name: spec.preset for name, spec in VARIANTS.items()}


def test_eval_command_writes_results(tmp_path):
    sampling = tmp_path / "sampling.json"
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "eval", "--limit", "4", "--routing", "all",
                           "--steps", "4", "--out", str(tmp_path), "--save-best", str(sampling)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "shapes_eval.json").read_text())
    assert report["set"] == "regiondit.evals:shapes_eval.json"  # a resource name, not a path of this machine
    # --save-best writes the user's file, never the package, and the model takes it when told.
    from regiondit.evals.shapes import best_variant

    best = best_variant(report["routing"])
    saved = json.loads(sampling.read_text())["sampling"]
    assert saved["steps"] == 4 and saved["routing"]["preset"] == VARIANTS_PRESET[best]
    told = load_backend(f"shapes:{sampling}")
    assert told.default_steps == 4 and told.default_routing.preset == saved["routing"]["preset"]
    assert set(report["routing"]) == set(VARIANTS)
    assert report["routing"]["reference"]["n"] == 4
    table = (tmp_path / "shapes_eval.md").read_text()
    assert "| routing | presence | position | colour | texture | counting | overall |" in table


def test_eval_samples_at_the_native_size_asked_for(tmp_path, shapes):
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "eval", "--limit", "2", "--steps", "3", "--native", "48",
                           "--name", "native48", "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "native48.json").read_text())["sampling"]["native_side"] == 48
    bad = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "eval", "--native", "4000", "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and "--native" in bad.stderr
    # The render itself follows the backend's native side: a finer grid of image tokens.
    side = shapes.native_side
    try:
        shapes.native_side = 64
        assert shapes.token_grid(256, 256) == (16, 16)
        assert render(shapes, Layout.from_dict(LAYOUT), steps=3).image.size == (256, 256)
    finally:
        shapes.native_side = side
