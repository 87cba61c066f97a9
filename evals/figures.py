"""Figures for the README.

    python -m regiondit.evals.figures            # method.png: token weights of a layout, routing presets
    python -m regiondit.evals.figures --shapes   # also: shapes_grid.png (eval layouts, renders, global-only renders)
                                       #       shapes_train_loss.png (the training loss curve)
    python -m regiondit.evals.figures --planner  # only planner_figures.png (figure requests, each layout drawn as asked)
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw

from ..generator import DepthRouting, region_weights
from ..generator.overlay import PALETTE
from ..schemas import ROUTING_PRESETS, Layout

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
SLOT_COLOURS = {"global": (200, 200, 200), "regional": (230, 57, 70), "regional_low": (241, 196, 15), "regional_high": (29, 161, 242)}
EXAMPLE = {
    "canvas": {"width": 512, "height": 512},
    "global": {"high_level": "a cozy reading corner", "low_level": "warm light, watercolor"},
    "regions": [
        {"id": "cat", "bbox": [0.05, 0.45, 0.5, 0.95], "high_level": "a sleeping cat", "low_level": "orange fur"},
        {"id": "lamp", "bbox": [0.55, 0.05, 0.9, 0.6], "high_level": "a floor lamp", "low_level": "brass", "strength": 0.8},
        {"id": "book", "bbox": [0.4, 0.55, 0.75, 0.85], "high_level": "an open book", "low_level": "yellowed pages", "strength": 0.6},
    ],
}


def weights_panel(layout: Layout, grid: int = 24, cell: int = 12) -> Image.Image:
    """Each token cell coloured by its region weights (background white), boxes outlined."""
    w = region_weights(layout.regions, grid, grid)
    colours = [*PALETTE[: len(layout.regions)], (255, 255, 255)]
    img = Image.new("RGB", (grid * cell, grid * cell), "white")
    draw = ImageDraw.Draw(img)
    for t in range(grid * grid):
        y, x = divmod(t, grid)
        rgb = tuple(int(sum(float(w[t, r]) * colours[r][c] for r in range(w.shape[1]))) for c in range(3))
        draw.rectangle((x * cell, y * cell, (x + 1) * cell - 1, (y + 1) * cell - 1), fill=rgb, outline=(235, 235, 235))
    size = grid * cell
    for r in layout.regions:
        x0, y0, x1, y1 = (v * size for v in r.bbox)
        draw.rectangle((x0, y0, x1, y1), outline=(0, 0, 0), width=2)
        draw.text((x0 + 4, y0 + 3), f"{r.id} (s={r.strength:g})", fill=(0, 0, 0))
    return img


def routing_panel(num_blocks: int = 40, height: int = 288) -> Image.Image:
    """One row per preset, one cell per block (shallow left), coloured by slot."""
    cell_w, row_h, label_w = 8, 30, 110
    img = Image.new("RGB", (label_w + num_blocks * cell_w + 10, height), "white")
    draw = ImageDraw.Draw(img)
    draw.text((label_w, 4), "block 0 (shallow) ->  block 39 (deep)", fill=(0, 0, 0))
    for i, preset in enumerate(ROUTING_PRESETS):
        y = 24 + i * row_h
        draw.text((4, y + 6), preset, fill=(0, 0, 0))
        for b, slot in enumerate(DepthRouting.preset(preset, num_blocks).slots):
            draw.rectangle((label_w + b * cell_w, y, label_w + (b + 1) * cell_w - 1, y + row_h - 8), fill=SLOT_COLOURS[slot])
    y = 24 + len(ROUTING_PRESETS) * row_h + 4
    x = 4
    for slot, colour in SLOT_COLOURS.items():
        draw.rectangle((x, y, x + 12, y + 12), fill=colour)
        draw.text((x + 16, y), slot, fill=(0, 0, 0))
        x += 16 + int(draw.textlength(slot)) + 14
    return img


def loss_plot(path: Path = RESULTS / "shapes_train_loss.json", size: tuple[int, int] = (520, 260)) -> Image.Image:
    """The training loss (EMA-smoothed, log scale) against images seen."""
    import math

    log = json.loads(path.read_text())["log"]
    w, h = size
    left, right, top, bottom = 60, 20, 20, 40
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    xs, ys = [r["images"] for r in log], [math.log10(r["loss"]) for r in log]
    y_lo, y_hi = math.floor(min(ys) * 2) / 2, math.ceil(max(ys) * 2) / 2
    px = lambda v: left + (w - left - right) * v / max(xs)  # noqa: E731
    py = lambda v: top + (h - top - bottom) * (y_hi - v) / max(1e-9, y_hi - y_lo)  # noqa: E731
    draw.line((left, top, left, h - bottom, w - right, h - bottom), fill=(0, 0, 0))
    v = y_lo
    while v <= y_hi + 1e-9:
        draw.text((6, py(v) - 6), f"{10 ** v:.3g}", fill=(0, 0, 0))
        v += 0.5
    draw.line([(px(x), py(y)) for x, y in zip(xs, ys, strict=True)], fill=(230, 57, 70), width=2)
    draw.text((left, h - 18), f"training images seen (0 to {max(xs):,}); loss, log scale", fill=(0, 0, 0))
    return img


def budget_plot(path: Path = RESULTS / "refine_budget.json", size: tuple[int, int] = (640, 340)) -> Image.Image:
    """Overall score of the critic's choice against renders spent, one line per refinement policy; beside it the same
    with shape as a sixth task, where the runs recorded it."""
    runs = json.loads(path.read_text())
    panels = [("overall_by_round", "overall (judge) of the render the critic picks")]
    if all("overall_with_shape_by_round" in r for r in runs.values()):
        panels.append(("overall_with_shape_by_round", "the same, with shape as a sixth task"))
    img = Image.new("RGB", (size[0] * len(panels), size[1]), "white")
    for i, (key, title) in enumerate(panels):
        img.paste(_budget_panel(runs, key, title, size), (size[0] * i, 0))
    return img


def _budget_panel(runs: dict, key: str, title: str, size: tuple[int, int]) -> Image.Image:
    w, h = size
    left, right, top, bottom, legend = 50, 20, 30, 40, 230
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    curves = {name: [100 * v for v in r[key]] for name, r in runs.items()}
    lo, hi = min(min(c) for c in curves.values()) // 2 * 2, -(-max(max(c) for c in curves.values()) // 2) * 2
    rounds = len(next(iter(curves.values())))
    px = lambda k: left + (w - left - right - legend) * k / max(1, rounds - 1)  # noqa: E731
    py = lambda v: top + (h - top - bottom) * (hi - v) / max(1e-9, hi - lo)  # noqa: E731
    draw.line((left, top, left, h - bottom, w - right - legend, h - bottom), fill=(0, 0, 0))
    for v in range(int(lo), int(hi) + 1, 2):
        draw.text((10, py(v) - 6), f"{v}", fill=(0, 0, 0))
    for k in range(rounds):
        draw.text((px(k) - 3, h - bottom + 6), str(k + 1), fill=(0, 0, 0))
    for i, (name, curve) in enumerate(curves.items()):
        colour = PALETTE[i % len(PALETTE)]
        draw.line([(px(k), py(v)) for k, v in enumerate(curve)], fill=colour, width=3 if name == "reseed" else 2)
        y = top + 18 * i
        draw.rectangle((w - legend, y + 3, w - legend + 14, y + 10), fill=colour)
        draw.text((w - legend + 20, y), f"{name} ({curve[-1]:.1f})", fill=(0, 0, 0))
    draw.text((left, 8), title + ", by refinement policy", fill=(0, 0, 0))
    draw.text((left, h - 18), "renders spent per layout", fill=(0, 0, 0))
    return img


def shapes_grid(count: int = 8, cell: int = 96) -> Image.Image:
    """Rows: eval layout (boxes over the ground truth), the default render, the global-prompt-only render."""
    from ..generator import DepthRouting, load_backend, render
    from ..generator.overlay import draw_layout
    from ..generator.shapes.world import Scene, render_scene
    from .shapes import load_eval_set

    items = load_eval_set()
    picks = [items[int(i * len(items) / count)] for i in range(count)]
    backend = load_backend("shapes")
    rows = [[], [], []]
    for item in picks:
        layout = Layout.from_dict(item["layout"]).with_size(cell, cell)
        scene = item["scene"]
        truth = render_scene(Scene.from_dict(scene))
        rows[0].append(draw_layout(Image.fromarray(truth).resize((cell, cell), Image.NEAREST), layout, labels=False))
        rows[1].append(draw_layout(render(backend, layout).image, layout, labels=False))
        rows[2].append(render(backend, layout, routing=DepthRouting.preset("global_only", backend.num_blocks)).image)
    label_w, gap = 120, 4
    grid = Image.new("RGB", (label_w + count * (cell + gap), 3 * (cell + gap)), "white")
    draw = ImageDraw.Draw(grid)
    for r, (name, row) in enumerate(zip(("layout (truth)", "regiondit", "global prompt only"), rows, strict=True)):
        draw.text((6, r * (cell + gap) + cell // 2 - 6), name, fill=(0, 0, 0))
        for c, im in enumerate(row):
            grid.paste(im, (label_w + c * (cell + gap), r * (cell + gap)))
    return grid


#: Requests the planner sheet shows, one figure each.
PLANNER_SHEET = ("the letter E made of blue squares", "red, blue, green, yellow and purple circles in a zigzag",
                 "a heart made of red circles", "an arrow of seven orange triangles pointing left", "spell HI with green circles",
                 "a red circle inside a big blue square", "stairs going down made of five purple squares",
                 "yellow circles in a ring, blue squares in a star")


def planner_sheet(cell: int = 150) -> Image.Image:
    """What the offline planner lays out for figure requests: each layout drawn as asked (the shapes world's own drawing
    of its regions, the canvas as the picture), its request under it."""
    from ..agent.offline_planner import plan
    from ..generator.shapes.analyzer import expected_from_region
    from ..generator.shapes.world import Scene, ShapeObject, render_scene

    gap, label = 8, 34
    sheet = Image.new("RGB", (len(PLANNER_SHEET) // 2 * (cell + gap) + gap, 2 * (cell + label + gap)), "white")
    draw = ImageDraw.Draw(sheet)
    for k, request in enumerate(PLANNER_SHEET):
        layout = Layout.from_dict(plan(request))
        objects = []
        for region in layout.regions:
            want = expected_from_region(region)
            objects.append(ShapeObject(want.shape or "square", want.colour or "gray", want.texture or "solid", tuple(region.bbox)))
        picture = Image.fromarray(render_scene(Scene("white", tuple(objects)), 128)).resize((cell, cell), Image.NEAREST)
        x, y = gap + (k % 4) * (cell + gap), (k // 4) * (cell + label + gap)
        sheet.paste(picture, (x, y))
        words = request.split()
        draw.text((x, y + cell + 2), " ".join(words[: len(words) // 2]), fill=(0, 0, 0))
        draw.text((x, y + cell + 16), " ".join(words[len(words) // 2:]), fill=(0, 0, 0))
    return sheet


def main() -> None:
    import sys

    if "--planner" in sys.argv:
        planner_sheet().save(RESULTS / "planner_figures.png")
        print(f"wrote {RESULTS / 'planner_figures.png'}")
        return
    if "--shapes" in sys.argv:
        shapes_grid().save(RESULTS / "shapes_grid.png")
        loss_plot().save(RESULTS / "shapes_train_loss.png")
        print(f"wrote {RESULTS / 'shapes_grid.png'} and shapes_train_loss.png")
    layout = Layout.from_dict(EXAMPLE)
    left, right = weights_panel(layout), routing_panel()
    fig = Image.new("RGB", (left.width + right.width + 30, max(left.height, right.height) + 30), "white")
    draw = ImageDraw.Draw(fig)
    draw.text((10, 6), "token weights: soft box edges, overlaps shared by strength", fill=(0, 0, 0))
    draw.text((left.width + 30, 6), "routing presets on 40 blocks, split 0.525", fill=(0, 0, 0))
    fig.paste(left, (10, 24))
    fig.paste(right, (left.width + 20, 24))
    RESULTS.mkdir(parents=True, exist_ok=True)
    fig.save(RESULTS / "method.png")
    print(f"wrote {RESULTS / 'method.png'}")


if __name__ == "__main__":
    main()
