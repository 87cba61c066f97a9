"""Repaint one region, keep the rest: exact with isolated regions, a bounded change outside the mask otherwise."""

import json
import subprocess
import sys

import numpy as np
import pytest
import torch

from regiondit.generator import DepthRouting, load_backend, render
from regiondit.generator.registry import build_tiny_flux, build_tiny_hunyuan_dit, build_tiny_pixart, build_tiny_sd3
from regiondit.generator.render import Repaint, repaint_mask
from regiondit.schemas import Layout

LAYOUT = {"canvas": {"width": 256, "height": 256}, "global": {"high_level": "a red circle and a blue square on a gray background"},
          "background": {"high_level": "an empty gray background"},
          "regions": [{"id": "circle", "bbox": [0.05, 0.05, 0.45, 0.45], "high_level": "a circle", "low_level": "red"},
                      {"id": "square", "bbox": [0.55, 0.55, 0.95, 0.95], "high_level": "a square", "low_level": "blue"}]}


def pixels(out) -> np.ndarray:
    return np.asarray(out.image.convert("RGB")).astype(int)


def canvas_mask(backend, layout, repaint, isolate) -> np.ndarray:
    """Where the repaint may change pixels: its latent mask, upsampled to the canvas."""
    mask = repaint_mask(backend, layout, repaint, isolate)
    big = torch.nn.functional.interpolate(mask[None, None], size=(layout.height, layout.width), mode="nearest")[0, 0]
    return big.numpy() > 0


def test_isolated_regions_repaint_leaves_every_pixel_outside_the_box_as_it_was():
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5, isolate=True)
    before = pixels(render(backend, layout, seed=3, steps=6, routing=routing))
    after = pixels(render(backend, layout, seed=11, steps=6, routing=routing, repaint=Repaint(layout, 3, ("square",))))
    inside = canvas_mask(backend, layout, Repaint(layout, 3, ("square",)), isolate=True)
    x0, y0, x1, y1 = (round(v * 256) for v in layout.regions[1].bbox)
    box = np.zeros((256, 256), bool)
    box[y0 - 8 : y1 + 8, x0 - 8 : x1 + 8] = True  # the box on the latent grid (one latent pixel = 8 canvas pixels)
    assert not (inside & ~box).any()
    # The kept pixels are the earlier render's, bit for bit: the latents there are copied, and decoding is per pixel.
    assert np.array_equal(after[~inside], before[~inside])
    assert (after[inside] != before[inside]).any()  # the square itself was redone


@pytest.mark.parametrize("build", [build_tiny_pixart, build_tiny_hunyuan_dit, build_tiny_sd3, build_tiny_flux, lambda: load_backend("shapes")],
                         ids=["pixart", "hunyuan-dit", "sd3", "flux", "shapes"])
def test_without_isolation_the_rest_changes_little_and_only_near_the_seam(build):
    backend = build()
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5)
    repaint = Repaint(layout, 3, ("square",))
    before = pixels(render(backend, layout, seed=3, steps=4, routing=routing))
    after = pixels(render(backend, layout, seed=11, steps=4, routing=routing, repaint=repaint))
    outside = ~canvas_mask(backend, layout, repaint, isolate=False)
    # The kept part is pasted back after decoding: the earlier picture's own pixels (the replay runs the same kernels
    # on the same shapes as the earlier render), so outside the mask nothing changes at all.
    assert np.array_equal(after[outside], before[outside])
    assert (np.abs(after - before).max(-1)[~outside] > 0).mean() > 0.5  # inside, the picture was redone
    # Blending latents alone: in pixel space the same; through a VAE a little leaks past the mask (tiny random VAEs, measured).
    alone = pixels(render(backend, layout, seed=11, steps=4, routing=routing, repaint=Repaint(layout, 3, ("square",), paste_back=False)))
    diff = np.abs(alone - before).max(-1)[outside]
    assert diff.max() == 0 if backend.model_id == "shapes" else diff.mean() <= 5.0, diff.mean()


def test_repaint_names_unknown_regions_and_keeps_the_canvas():
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    with pytest.raises(ValueError, match="no region 'hexagon' to repaint; the earlier render's regions are: circle, square"):
        render(backend, layout, seed=1, steps=2, repaint=Repaint(layout, 0, ("hexagon",)))
    wider = Layout.from_dict({**LAYOUT, "canvas": {"width": 512, "height": 256}})
    with pytest.raises(ValueError, match="keeps the earlier canvas"):
        render(backend, wider, seed=1, steps=2, repaint=Repaint(layout, 0, ("square",)))


def test_the_cli_repaints_from_an_earlier_png_with_a_changed_text(tmp_path):
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(LAYOUT))

    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "render", str(path), "--out", str(tmp_path / "out"), *args],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return next(line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("image: "))

    first = run("--steps", "4", "--seed", "2")
    edited = json.loads(json.dumps(LAYOUT))
    edited["regions"][1]["low_level"] = "green"
    path.write_text(json.dumps(edited))
    second = run("--repaint", "square", "--from", first)
    from regiondit.generator import read_image_metadata

    meta = read_image_metadata(second)
    assert meta["repaint"]["regions"] == ["square"] and meta["repaint"]["reference_seed"] == 2 and meta["seed"] == 3
    assert meta["steps"] == 4 and meta["layout"]["regions"][1]["low_level"] == "green"
    bad = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "render", str(path), "--repaint", "square"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--from" in bad.stderr


@pytest.mark.parametrize("isolate", [True, False], ids=["isolated", "not-isolated"])
def test_a_repaint_of_a_repaint_keeps_the_pixels_of_the_image_it_starts_from(isolate):
    # Round 2 redid the square; round 3 redoes the circle of round 2: the square must stay round 2's, not the first render's.
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5, isolate=isolate)
    first = Repaint(layout, 3, ("square",))
    second = render(backend, layout, seed=11, steps=5, routing=routing, repaint=first)
    third = render(backend, layout, seed=20, steps=5, routing=routing, repaint=Repaint(layout, 11, ("circle",), earlier=first))
    kept = ~canvas_mask(backend, layout, Repaint(layout, 11, ("circle",)), isolate)
    assert np.array_equal(pixels(third)[kept], pixels(second)[kept])  # pixel space: the kept latents are copied exactly
    assert (pixels(third)[~kept] != pixels(second)[~kept]).any()


def test_the_refinement_loop_repaints_only_the_regions_the_critic_marked_wrong(tmp_path):
    # One render, a critique that finds only the square wrong, then the graph's refine and generate nodes.
    from langgraph.runtime import Runtime
    from PIL import Image

    from regiondit.agent.context import DesignContext
    from regiondit.agent.graph import generate, refine
    from regiondit.agent.rounds import render_round
    from regiondit.generator import read_image_metadata

    doc = {**LAYOUT, "canvas": {"width": 128, "height": 128}}
    runtime = Runtime(context=DesignContext(out_dir=str(tmp_path), steps=6, refine_repaint=True))
    first = render_round({}, runtime.context, doc, 0)
    critique = {"score": 0.5, "summary": "square: shape is circle", "extra_objects": 0,
                "regions": [{"id": "circle", "target": "none", "issues": []},
                            {"id": "square", "target": "deep", "issues": ["shape is circle, asked square"]}]}
    state = {"rounds": [first], "critiques": [{"round": 1, "critique": critique}], "seed": 0, "layout": doc}
    update = refine(state, runtime)
    assert update["repaint"] == {"from": 1, "regions": ["square"]} and update["refinements"][0]["target"] == "deep"
    second = generate({**state, **update}, runtime)["rounds"][0]
    meta = read_image_metadata(second["result"]["image_path"])
    assert meta["repaint"]["regions"] == ["square"] and meta["seed"] == update["seed"] != 0
    assert "clearly" in next(r for r in meta["layout"]["regions"] if r["id"] == "square")["high_level"]  # the deep edit went in
    keep = np.ones((128, 128), bool)
    x0, y0, x1, y1 = (round(v * 128) for v in doc["regions"][1]["bbox"])
    keep[y0:y1, x0:x1] = False
    with Image.open(first["result"]["image_path"]) as a, Image.open(second["result"]["image_path"]) as b:
        before, after = np.asarray(a.convert("RGB")), np.asarray(b.convert("RGB"))
    assert np.array_equal(before[keep], after[keep])  # isolated regions (the embedded default): the circle and background, exactly
    assert (before[~keep] != after[~keep]).any()
    # Repaint is the loop's default; without it the same critique redoes the whole picture.
    assert refine(state, Runtime(context=DesignContext(out_dir=str(tmp_path), steps=6)))["repaint"] == {"from": 1, "regions": ["square"]}
    plain = refine(state, Runtime(context=DesignContext(out_dir=str(tmp_path), steps=6, refine_repaint=False)))
    assert plain["repaint"] is None


def test_keep_mode_keeps_the_right_regions_boxes_and_redoes_every_other_pixel():
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5, isolate=True)
    before = pixels(render(backend, layout, seed=3, steps=5, routing=routing))
    keep = Repaint(layout, 3, ("circle",), keep=True)
    after = pixels(render(backend, layout, seed=11, steps=5, routing=routing, repaint=keep))
    kept = ~canvas_mask(backend, layout, keep, isolate=True)
    x0, y0, x1, y1 = (round(v * 256) for v in layout.regions[0].bbox)
    assert kept[y0 + 8 : y1 - 8, x0 + 8 : x1 - 8].all() and kept.mean() < 0.3  # the circle's box, nothing more
    assert np.array_equal(after[kept], before[kept])
    assert (after[~kept] != before[~kept]).any()


def test_keep_mode_also_keeps_where_a_kept_object_reached_past_its_box():
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5, isolate=True)
    before = pixels(render(backend, layout, seed=3, steps=5, routing=routing))
    spill = (0.4, 0.0, 0.6, 0.5)  # e.g. the critic saw the circle reach this far right of its box
    keep = Repaint(layout, 3, ("circle",), keep=True, also_keep=(spill,))
    after = pixels(render(backend, layout, seed=11, steps=5, routing=routing, repaint=keep))
    x0, y0, x1, y1 = (round(v * 256) for v in spill)
    assert np.array_equal(after[y0 + 8 : y1 - 8, x0 + 8 : x1 - 8], before[y0 + 8 : y1 - 8, x0 + 8 : x1 - 8])
    without = ~canvas_mask(backend, layout, Repaint(layout, 3, ("circle",), keep=True), isolate=True)
    assert not without[y0 + 8 : y1 - 8, 128 + 8 : x1 - 8].any()  # without the area, that strip would have been redone
    kept = ~canvas_mask(backend, layout, keep, isolate=True)
    assert np.array_equal(after[kept], before[kept]) and (after[~kept] != before[~kept]).any()


def test_a_repaint_of_the_render_just_made_continues_from_it_without_rendering_it_again(monkeypatch):
    import importlib

    rendering = importlib.import_module("regiondit.generator.render")  # the module (the package exports a function of that name)
    backend = load_backend("shapes")
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5, isolate=False)
    runs = []
    sample = rendering._sample
    monkeypatch.setattr(rendering, "_sample", lambda *a, **k: runs.append(a[1]) or sample(*a, **k))
    render(backend, layout, seed=3, steps=5, routing=routing)
    first = Repaint(layout, 3, ("square",))
    second = Repaint(layout, 5, ("circle",), earlier=first)
    runs.clear()
    kept = [pixels(render(backend, layout, seed=5, steps=5, routing=routing, repaint=first)),
            pixels(render(backend, layout, seed=7, steps=5, routing=routing, repaint=second))]
    assert len(runs) == 2  # one pipeline run per repaint: the earlier trajectories were kept, not replayed
    backend._recent_runs.clear()
    runs.clear()
    replayed = pixels(render(backend, layout, seed=7, steps=5, routing=routing, repaint=second))
    assert len(runs) == 3  # from a cold start the chain is replayed: the first render, the first repaint, then this one
    assert np.array_equal(replayed, kept[1])  # same computation on the same kernels: exactly the same pixels
