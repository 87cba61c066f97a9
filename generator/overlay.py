"""Pictures of a layout: boxes and ids drawn over an image, and a side-by-side view."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ..schemas import Layout

PALETTE = ((230, 57, 70), (29, 161, 242), (46, 204, 113), (241, 196, 15), (155, 89, 182), (230, 126, 34), (26, 188, 156), (236, 240, 241))


def draw_layout(image: Image.Image, layout: Layout, *, labels: bool = True) -> Image.Image:
    """A copy of ``image`` with each region's box and id drawn on it."""
    out = image.convert("RGB").copy()
    draw = ImageDraw.Draw(out)
    w, h = out.size
    line = max(1, round(min(w, h) / 128))
    for i, region in enumerate(layout.regions):
        colour = PALETTE[i % len(PALETTE)]
        x0, y0, x1, y1 = region.bbox
        box = (x0 * (w - 1), y0 * (h - 1), x1 * (w - 1), y1 * (h - 1))
        draw.rectangle(box, outline=colour, width=line)
        if labels:
            text = region.id
            tx, ty = box[0] + line + 1, box[1] + line
            tw = draw.textlength(text)
            draw.rectangle((tx - 1, ty, tx + tw + 1, ty + 11), fill=colour)
            draw.text((tx, ty), text, fill=(0, 0, 0))
    return out


def side_by_side(image: Image.Image, layout: Layout, gap: int = 8) -> Image.Image:
    """The image next to the same image with the layout's boxes drawn over it."""
    left = image.convert("RGB")
    right = draw_layout(left, layout)
    canvas = Image.new("RGB", (left.width * 2 + gap, left.height), (255, 255, 255))
    canvas.paste(left, (0, 0))
    canvas.paste(right, (left.width + gap, 0))
    return canvas
