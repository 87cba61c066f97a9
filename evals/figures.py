"""Figures for the README: the token weights of a layout and the routing presets.

    python evals/figures.py   # writes evals/results/method.png
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from regiondit.generator import DepthRouting, region_weights
from regiondit.generator.overlay import PALETTE
from regiondit.schemas import ROUTING_PRESETS, Layout

RESULTS = Path(__file__).parent / "results"
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
    for i, r in enumerate(layout.regions):
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


def main() -> None:
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
