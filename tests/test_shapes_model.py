"""The embedded default: committed weights load, render the layout they are given, and evaluate."""

import json
import subprocess
import sys

import pytest

from regiondit.generator import DepthRouting, load_backend, render
from regiondit.generator.shapes.analyzer import score_layout
from regiondit.generator.shapes.model import WEIGHTS
from regiondit.schemas import Layout

LAYOUT = {
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
    assert WEIGHTS.stat().st_size < 30 * 2**20
    meta = json.loads(WEIGHTS.with_suffix(".json").read_text())
    assert meta["images"] > 100_000  # trained, not a stub
    assert shapes.model_id == "shapes" and shapes.num_blocks == meta["config"]["num_layers"]


def test_regional_render_puts_the_objects_in_their_boxes(shapes):
    layout = Layout.from_dict(LAYOUT)
    tasks = score_layout(layout, render(shapes, layout, seed=1).image)["tasks"]
    assert tasks["position"] == 1.0 and tasks["colour"] == 1.0


def test_global_prompt_alone_does_not_place_them(shapes):
    """Evidence that the regional control, not the prompt, places objects: over several seeds."""
    layout = Layout.from_dict(LAYOUT)
    glob = DepthRouting.preset("global_only", shapes.num_blocks)
    regional = [score_layout(layout, render(shapes, layout, seed=s).image)["tasks"]["position"] for s in range(4)]
    plain = [score_layout(layout, render(shapes, layout, seed=s, routing=glob).image)["tasks"]["position"] for s in range(4)]
    assert sum(regional) > sum(plain) + 1


def test_render_is_deterministic_and_sized_to_the_canvas(shapes):
    layout = Layout.from_dict(LAYOUT)
    a, b = render(shapes, layout, seed=3), render(shapes, layout, seed=3)
    assert a.image.size == (256, 256) and a.image.tobytes() == b.image.tobytes()


def test_eval_command_writes_results(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "eval", "--limit", "4", "--routing", "all",
                           "--steps", "4", "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "shapes_eval.json").read_text())
    assert set(report["routing"]) == {"global_only", "regional_all", "reference", "regional_deep", "hierarchical"}
    assert report["routing"]["reference"]["n"] == 4
    table = (tmp_path / "shapes_eval.md").read_text()
    assert "| routing | presence | position | colour | texture | counting | overall |" in table
