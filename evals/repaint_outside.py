"""How much a repaint changes the picture outside the repainted region, per backbone, without self-attention isolation.

Every real backbone renders with full self-attention (no isolation); a repaint then keeps the rest by blending latents
(the earlier trajectory outside the mask, grown by one token and feathered). In pixel space (the embedded model) the
kept latents are the pixels; with a VAE the decoder mixes neighbouring latents, so a little of the change leaks past the
mask, which is why the kept part is pasted back after decoding (measured here both ways). Tiny random-weight configs of
each architecture, 256 x 256, the same two-region layout; the circle's box is kept, the square is redone with a new seed.

    python -m regiondit.evals.repaint_outside   # -> evals/results/repaint_outside.json
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from ..generator import DepthRouting, load_backend, render
from ..generator.registry import build_tiny_flux, build_tiny_hunyuan_dit, build_tiny_pixart, build_tiny_sd3
from ..generator.render import Repaint, repaint_mask
from ..schemas import Layout

RESULTS = Path("evals", "results")
LAYOUT = {"canvas": {"width": 256, "height": 256}, "global": {"high_level": "a red circle and a blue square on a gray background"},
          "background": {"high_level": "an empty gray background"},
          "regions": [{"id": "circle", "bbox": [0.05, 0.05, 0.45, 0.45], "high_level": "a circle", "low_level": "red"},
                      {"id": "square", "bbox": [0.55, 0.55, 0.95, 0.95], "high_level": "a square", "low_level": "blue"}]}
BUILDERS = {"tiny-pixart": build_tiny_pixart, "tiny-hunyuan-dit": build_tiny_hunyuan_dit, "tiny-sd3": build_tiny_sd3, "tiny-flux": build_tiny_flux,
            "shapes": lambda: load_backend("shapes")}


def measure(name: str, steps: int = 4) -> dict[str, dict[str, float]]:
    backend = BUILDERS[name]()
    return {kind: _measure(backend, steps, paste_back) for kind, paste_back in (("latent_blend_only", False), ("with_paste_back", True))}


def _measure(backend, steps: int, paste_back: bool) -> dict[str, float]:
    layout = Layout.from_dict(LAYOUT)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, 0.5)  # no isolation: what real backbones run
    repaint = Repaint(layout, 3, ("square",), paste_back=paste_back)
    before = np.asarray(render(backend, layout, seed=3, steps=steps, routing=routing).image.convert("RGB")).astype(int)
    after = np.asarray(render(backend, layout, seed=11, steps=steps, routing=routing, repaint=repaint).image.convert("RGB")).astype(int)
    mask = repaint_mask(backend, layout, repaint, isolate=False)
    inside = torch.nn.functional.interpolate(mask[None, None], size=(256, 256), mode="nearest")[0, 0].numpy() > 0
    diff = np.abs(after - before).max(-1)
    box = np.zeros((256, 256), bool)
    x0, y0, x1, y1 = (round(v * 256) for v in LAYOUT["regions"][1]["bbox"])
    box[y0:y1, x0:x1] = True
    band = inside & ~box  # the grown, feathered edge around the box
    return {"outside_mean": round(float(diff[~inside].mean()), 3), "outside_p99": round(float(np.percentile(diff[~inside], 99)), 1),
            "outside_max": int(diff[~inside].max()), "seam_band_mean": round(float(diff[band].mean()), 3) if band.any() else 0.0,
            "inside_changed_share": round(float((diff[box] > 0).mean()), 3), "mask_share_of_canvas": round(float(inside.mean()), 3)}


def main() -> None:
    report = {"routing": "regional_all, split 0.5, no self-attention isolation", "steps": 4, "canvas": "256 x 256",
              "units": "pixel values 0-255, the largest channel difference per pixel", "models": {}}
    for name in BUILDERS:
        report["models"][name] = measure(name)
        print(name, report["models"][name], flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "repaint_outside.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
