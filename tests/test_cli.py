"""The command line as a user runs it: a real subprocess, real files."""

import json
import subprocess
import sys

from PIL import Image

from regiondit.generator import pixel_sha256, read_image_metadata
from regiondit.schemas import Layout


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "regiondit.agent.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_render_writes_a_png_whose_metadata_round_trips_to_the_layout(tmp_path, layout_doc):
    layout_doc["canvas"] = {"width": 128, "height": 128}
    layout_doc["routing"] = {"preset": "reference", "split": 0.5}
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(layout_doc))
    proc = run("render", str(path), "--model", "tiny-pixart", "--out", str(tmp_path / "out"), "--seed", "7", "--steps", "2")
    assert proc.returncode == 0, proc.stderr
    png = next(line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("image: "))
    meta = read_image_metadata(png)
    assert Layout.from_dict(meta["layout"]) == Layout.from_dict(layout_doc)
    assert meta["seed"] == 7 and meta["steps"] == 2 and meta["model"] == "tiny-pixart"
    assert meta["routing"]["slots"].count("regional") == 4  # reference split 0.5 on 8 blocks
    assert set(meta["timings"]) >= {"encode_s", "sample_s"}
    with Image.open(png) as im:
        assert im.size == (128, 128)
        assert png.endswith(pixel_sha256(im)[:16] + ".png")
    result = json.loads((tmp_path / "out" / (pixel_sha256(Image.open(png))[:16] + ".json")).read_text())
    assert result["image_path"] == png


def test_validate_exit_codes_and_messages(tmp_path, layout_doc):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(layout_doc))
    ok = run("validate", str(good))
    assert ok.returncode == 0 and "valid: 512x512, 2 region(s)" in ok.stdout
    layout_doc["regions"][1]["bbox"] = [0.9, 0.1, 0.2, 0.5]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(layout_doc))
    proc = run("validate", str(bad))
    assert proc.returncode == 1
    assert "$.regions[1].bbox: x0 (0.9) must be smaller than x1 (0.2)" in proc.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{\"global\": ")
    proc = run("validate", str(broken))
    assert proc.returncode == 1 and "not valid JSON" in proc.stderr
    proc = run("validate", str(tmp_path / "missing.json"))
    assert proc.returncode == 2 and "not found" in proc.stderr


def test_design_runs_the_main_job_and_says_the_model_is_random(tmp_path):
    proc = run("design", "a red circle in the top left and a blue striped square at the bottom right",
               "--model", "tiny-pixart", "--out", str(tmp_path), "--steps", "2", "--size", "128x128")
    assert proc.returncode == 0, proc.stderr
    assert "random-weight" in proc.stderr
    lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines())
    layout = json.loads(open(lines["layout"]).read())
    assert [(r["high_level"], r["low_level"]) for r in layout["regions"]] == [("a circle", "red"), ("a square", "blue, striped")]
    assert layout["regions"][0]["bbox"][0] < 0.5 and layout["regions"][1]["bbox"][1] >= 0.5
    with Image.open(lines["boxes"]) as im:
        assert im.size[0] > 2 * 128  # image beside the boxes view


def test_unknown_model_and_missing_folder_are_explained(tmp_path, layout_doc):
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(layout_doc))
    proc = run("render", str(path), "--model", "dalle")
    assert proc.returncode == 2 and "unknown model 'dalle'; use one of:" in proc.stderr and "tiny-pixart" in proc.stderr
    proc = run("render", str(path), "--model", f"pixart:{tmp_path / 'nowhere'}")
    assert proc.returncode == 2 and "model folder not found" in proc.stderr


def test_chat_session_survives_a_new_process_and_edits_the_current_layout(tmp_path):
    db, out = tmp_path / "s.sqlite", tmp_path / "out"
    common = ["--session", "s1", "--db", str(db), "--out", str(out), "--rounds", "1", "--steps", "4"]
    first = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "chat", *common], input="a red circle in the top left\n",
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "chat", *common], input="make the circle green\n",
                            capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "1 image(s) so far" in second.stderr
    layouts = [
        json.loads(line.split(": ", 1)[1] and open(line.split(": ", 1)[1]).read())
        for line in second.stdout.splitlines()
        if line.startswith("layout: ")
    ]
    assert layouts[-1]["regions"][0]["low_level"] == "green"
    assert layouts[-1]["regions"][0]["bbox"][0] < 0.5  # still top left: the edit kept the rest
