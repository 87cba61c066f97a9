"""The command line as a user runs it: a real subprocess, real files."""

import json
import subprocess
import sys

import pytest
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


def test_render_routing_overrides_name_the_routing_and_isolation_in_the_png(tmp_path, layout_doc):
    """--routing auto takes the model's measured routing over the layout's preset; --self-attention regional isolates
    the regions of a layout that did not ask for it; both show in the PNG's metadata and on stderr."""
    layout_doc["canvas"] = {"width": 128, "height": 128}
    layout_doc["routing"] = {"preset": "global_only"}
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(layout_doc))
    common = ("--model", "tiny-pixart", "--steps", "2")
    plain = run("render", str(path), *common, "--out", str(tmp_path / "a"))
    auto = run("render", str(path), *common, "--out", str(tmp_path / "b"), "--routing", "auto", "--self-attention", "regional")
    assert plain.returncode == 0 and auto.returncode == 0, plain.stderr + auto.stderr
    metas = [read_image_metadata(next(x.split(": ", 1)[1] for x in p.stdout.splitlines() if x.startswith("image: "))) for p in (plain, auto)]
    assert set(metas[0]["routing"]["slots"]) == {"global"} and metas[0]["routing"]["self_attention"] == "full"
    assert "regional" in metas[1]["routing"]["slots"] and metas[1]["routing"]["self_attention"] == "regional"
    assert "+isolated" in metas[1]["routing"]["name"] and "+isolated" in auto.stderr
    refused = run("render", str(path), "--from", str(path), "--repaint", "r0", "--routing", "auto", "--out", str(tmp_path / "c"))
    assert refused.returncode == 2 and "keeps the earlier image's routing" in refused.stderr


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


def _chat_turns(common, lines):
    """One `regiondit chat` process fed ``lines``; per turn, the (image, layout) it reports as current."""
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "chat", *common], input="".join(f"{line}\n" for line in lines),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    images = [line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("image: ")]
    layouts = [line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("layout: ")]
    assert len(images) == len(lines), proc.stdout + proc.stderr
    return [(image, json.loads(open(layout).read()), read_image_metadata(image)) for image, layout in zip(images, layouts, strict=True)], proc


def _pixels(path):
    with Image.open(path) as im:
        return pixel_sha256(im)


def test_chat_undo_restores_the_previous_design_exactly_and_back_to_a_round_continues_from_it(tmp_path):
    common = ["--session", "u1", "--db", str(tmp_path / "s.sqlite"), "--out", str(tmp_path / "out"), "--rounds", "1", "--steps", "4"]
    turns, proc = _chat_turns(common, ["a red circle on the left and a blue square on the right", "make the circle green", "undo",
                                       "make the square bigger", "go back to round 2", "make the square striped"])
    (first, first_layout, first_meta), (edited, edited_layout, _), (undone, undone_layout, _) = turns[:3]
    # Undo: the layout before the edit, to the byte, and the very same picture; nothing was rendered for it.
    assert edited_layout != first_layout
    assert undone_layout == first_layout and _pixels(undone) == _pixels(first)
    assert "Undone" in proc.stderr
    # "go back to round 2" (round 2 is the green edit; round 3 the bigger square made after the undo): that design again,
    # and the next change starts from it, with its seed.
    bigger, back, striped = turns[3:]
    assert back[1] == edited_layout and _pixels(back[0]) == _pixels(edited)
    changed = [r for r, old in zip(striped[1]["regions"], edited_layout["regions"], strict=True) if r != old]
    assert [r["id"] for r in changed] == ["square_1"] and "striped" in changed[0]["low_level"]
    assert changed[0]["bbox"] == edited_layout["regions"][1]["bbox"] != bigger[1]["regions"][1]["bbox"]
    assert striped[2]["seed"] == back[2]["seed"]
    assert len({_pixels(t[0]) for t in turns}) == 4  # four renders: design, green, bigger, striped


def test_chat_puts_a_removed_object_back_where_it_was_and_a_changed_one_back_as_an_undo(tmp_path):
    common = ["--session", "u2", "--db", str(tmp_path / "s.sqlite"), "--out", str(tmp_path / "out"), "--rounds", "1", "--steps", "2"]
    turns, proc = _chat_turns(common, ["a red circle in the top left and a green square in the bottom right", "delete the green square",
                                       "now make the circle blue", "bring the green square back where it was",
                                       "make the circle bigger", "no, put the circle back how it was"])
    first, removed, blue, back, bigger, restored = (t[1] for t in turns)
    assert [r["id"] for r in removed["regions"]] == ["circle_0"]
    square = next(r for r in back["regions"] if r["id"] == "square_1")
    assert square == first["regions"][1] and back["regions"][0] == blue["regions"][0]  # the square as it was; the circle stays blue
    assert bigger != back and restored == back and proc.stderr.count("Undone") == 1  # the circle back as it was: an undo


def test_what_the_user_gets_wrong_is_said_before_the_model_loads(tmp_path):
    # a size no model takes: one line, no planner retries, no model load (an empty prompt: tests/test_reliability.py)
    for size, said in (("100000x100000", "outside 64-4096"), ("500x500", "use 496 or 512")):
        proc = run("design", "a red circle", "--size", size, "--out", str(tmp_path))
        assert proc.returncode == 2 and said in proc.stderr and "model:" not in proc.stderr, proc.stderr
    # every number and name the user types, checked against the bounds the tools' schema gives every other face
    for flag, value, said in (("--steps", "0", "--steps: 0 is outside 2-200"), ("--seed", "-1", "--seed: -1 is outside 0-"),
                              ("--rounds", "0", "--rounds: 0 is outside 1-10"), ("--seconds", "-5", "must be more than 0"),
                              ("--critic", "banana", "unknown critic 'banana'"), ("--critic", "vlm:qwen", "write vlm:BASE_URL:MODEL"),
                              ("--critic", f"vision:{tmp_path / 'none.safetensors'}", "critic weights not found")):
        proc = run("design", "a red circle", flag, value, "--out", str(tmp_path))
        assert proc.returncode == 2 and said in proc.stderr and "model:" not in proc.stderr, (flag, proc.stderr)
    proc = run("render", "layout.json", "--guidance", "99", "--out", str(tmp_path))
    assert proc.returncode == 2 and "--guidance: 99.0 is outside 0-30" in proc.stderr
    assert not list(tmp_path.glob("*.png"))


def test_a_file_that_is_no_image_is_refused_by_name_and_piping_into_head_is_quiet(tmp_path, layout_doc):
    not_image = tmp_path / "layout.json"
    not_image.write_text(json.dumps(layout_doc))
    proc = run("render", str(not_image), "--from", str(not_image), "--repaint", "circle_0", "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "is not an image that can be read" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    piped = subprocess.run(f"{sys.executable} -m regiondit.agent.cli tools --format openai | head -c 20", shell=True, capture_output=True,
                           text=True, timeout=120)
    assert len(piped.stdout) == 20 and "Traceback" not in piped.stderr, piped.stderr


@pytest.mark.parametrize("prompt", ["hello", "what can you do?"])
def test_design_answers_a_prompt_that_asks_for_no_picture_before_loading_the_model(tmp_path, prompt):
    """A greeting or a question gets the planner's words at once: no model is loaded and no image is written."""
    proc = run("design", prompt, "--out", str(tmp_path / "out"))
    assert proc.returncode == 1, proc.stderr
    assert "I design pictures from words" in proc.stderr and "model:" not in proc.stderr, proc.stderr
    assert not list((tmp_path / "out").glob("*.png"))


def test_design_on_an_open_vocabulary_model_draws_what_the_shapes_world_could_not(tmp_path):
    """The question asked before a model loads is asked for the model named: a sofa is no shape, but tiny-pixart draws one."""
    proc = run("design", "a cat on a sofa", "--model", "tiny-pixart", "--rounds", "1", "--steps", "2", "--out", str(tmp_path))
    assert proc.returncode == 0 and "model: tiny-pixart" in proc.stderr, proc.stderr
    assert len(list(tmp_path.glob("*.boxes.png"))) == 1
