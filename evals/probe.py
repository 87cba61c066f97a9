"""The depth-conflict probe: which block depths control which attribute of an object."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..generator import Backend, DepthRouting, render
from ..generator.shapes.analyzer import detect, expected_from_region
from ..generator.shapes.world import COLOURS, SHAPES
from ..schemas import Layout, Region


def _conflicting(region: Region) -> Region:
    """A region with another shape, another colour, and the point-mirrored box."""
    asked = expected_from_region(region)
    names = list(COLOURS)
    other_shape = SHAPES[(SHAPES.index(asked.shape) + 1) % len(SHAPES)]
    other_colour = names[(names.index(asked.colour) + 3) % len(names)]
    x0, y0, x1, y1 = region.bbox
    return Region("b", (1 - x1, 1 - y1, 1 - x0, 1 - y0), f"a {other_colour} {other_shape}", f"a {other_colour} {other_shape}")


def conflict_probe(
    backend: Backend, items: list[dict[str, Any]], *, seed: int = 0, steps: int | None = None, guidance: float | None = None
) -> dict[str, Any]:
    """Shallow blocks get text A in box A, deep blocks text B in box B; which attribute follows which depth.

    For every split point k (blocks [0, k) shallow), reports over one-object items the fraction of
    renders whose object's position, colour and shape follow the shallow text, and the deep one.
    """
    cases = []
    for item in items:
        layout = Layout.from_dict(item["layout"])
        if len(layout.regions) != 1:
            continue
        a = layout.regions[0]
        b = _conflicting(a)
        if _centre_in(a.bbox, b.bbox) or _centre_in(b.bbox, a.bbox):
            continue
        asked = expected_from_region(a)
        a = replace(a, low_level=f"a {asked.colour} {asked.shape}")
        # The shallow slot takes A's boxes and texts, the deep slot B's; the wanted (colour, shape) of each.
        slot_layouts = {"regional_low": replace(layout, regions=(a,)), "regional_high": replace(layout, regions=(b,))}
        wants = (("shallow", a, asked), ("deep", b, expected_from_region(b)))
        cases.append((layout, slot_layouts, wants))
    rows = []
    n = backend.num_blocks
    for k in range(n + 1):
        follow = {f"{attr}_{side}": 0 for attr in ("position", "colour", "shape") for side in ("shallow", "deep")}
        routing = DepthRouting.split(n, k / n, "regional_low", "regional_high", name=f"probe@{k}")
        for layout, slot_layouts, wants in cases:
            out = render(backend, layout, seed=seed, steps=steps, guidance=guidance, routing=routing, slot_layouts=slot_layouts)
            _, dets = detect(out.image)
            if not dets:
                continue
            det = max(dets, key=lambda d: d.pixels)
            for side, region, want in wants:
                follow[f"position_{side}"] += _centre_in(region.bbox, det.bbox)
                follow[f"colour_{side}"] += det.colour == want.colour
                follow[f"shape_{side}"] += det.shape == want.shape
        rows.append({"shallow_blocks": k, **{key: round(v / max(1, len(cases)), 4) for key, v in follow.items()}})
    return {"cases": len(cases), "blocks": n, "rows": rows}


def _centre_in(box: tuple[float, ...], other: tuple[float, ...]) -> bool:
    cx, cy = (other[0] + other[2]) / 2, (other[1] + other[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def probe_markdown(probe: dict[str, Any]) -> str:
    lines = [f"Conflict probe over {probe['cases']} one-object layouts: blocks [0, k) get text A in box A, the rest text B in box B.",
             "Each cell: share of renders whose object follows A (shallow) / B (deep).", "",
             "| shallow blocks k | position A / B | colour A / B | shape A / B |", "| ---: | ---: | ---: | ---: |"]
    for r in probe["rows"]:
        cells = [f"{100 * r[f'{a}_shallow']:.0f} / {100 * r[f'{a}_deep']:.0f}" for a in ("position", "colour", "shape")]
        lines.append(f"| {r['shallow_blocks']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def probe_plot(probe: dict[str, Any], path: str | Path, size: tuple[int, int] = (520, 300)) -> Path:
    """Line plot: share following the shallow text vs number of shallow blocks, per attribute."""
    from PIL import Image, ImageDraw

    w, h = size
    left, right, top, bottom = 50, 130, 20, 40
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    rows, n = probe["rows"], probe["blocks"]
    px = lambda k: left + (w - left - right) * k / max(1, n)  # noqa: E731
    py = lambda v: top + (h - top - bottom) * (1 - v)  # noqa: E731
    draw.line((left, top, left, h - bottom, w - right, h - bottom), fill=(0, 0, 0))
    for v in (0, 0.5, 1):
        draw.text((8, py(v) - 6), f"{int(v * 100)}%", fill=(0, 0, 0))
    for k in range(n + 1):
        draw.text((px(k) - 3, h - bottom + 4), str(k), fill=(0, 0, 0))
    draw.text((left, h - 18), "blocks given the shallow text A (the rest get B)", fill=(0, 0, 0))
    for i, (attr, colour) in enumerate((("position", (230, 57, 70)), ("colour", (29, 161, 242)), ("shape", (46, 160, 80)))):
        pts = [(px(r["shallow_blocks"]), py(r[f"{attr}_shallow"])) for r in rows]
        draw.line(pts, fill=colour, width=3)
        draw.text((w - right + 10, top + 16 * i), f"{attr} follows A", fill=colour)
    img.save(path)
    return Path(path)
