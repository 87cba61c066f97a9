"""Analyzer of shapes-world pictures: detect objects, compare them with a layout.

Detection: every pixel is classified to the nearest palette entry (the scene's
background, the six colours and their dark stripe variants); non-background
pixels form 8-connected components; each component of at least
``MIN_PIXELS`` pixels is an object with a box, a colour (majority of its pixels,
stripes counted as their colour), a texture (striped when enough pixels are the
dark variant) and a shape (from how it fills its box and where its mass lies).

It is the GenEval-style scorer (:func:`score_layout`) and the independent judge of every
evaluation; ``tools/critics.py`` can also build a critique from it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from ...schemas import Layout, Region
from .world import BACKGROUNDS, COLOURS, SHAPES, SIZE, STRIPE_DARKNESS, ShapeObject

#: Smallest connected component (pixels at 32x32) that counts as an object rather than noise.
MIN_PIXELS = 6
#: Share of an object's pixels in the dark stripe colour above which it counts as striped.
STRIPED_FRACTION = 0.2
#: Share of its bounding box an object fills: a square fills it (1), a circle pi/4, a triangle 1/2.
SQUARE_FILL, CIRCLE_FILL = 0.9, 0.62
#: Top third's fill over the bottom third's below which the object is an apex-up triangle.
APEX_RATIO = 0.6
#: Box-to-object distance (canvas fractions) that one agreeing attribute is worth when matching.
TIE_BREAK = 0.05
PLURALS = {f"{s}s": s for s in SHAPES}


@dataclass(frozen=True)
class Detection(ShapeObject):
    """An object found in a picture: what it looks like and where, and the pixels that show it."""

    pixels: int = 0
    mask: np.ndarray | None = None  # (SIZE, SIZE) bool

    @property
    def centre(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.bbox
        return (x0 + x1) / 2, (y0 + y1) / 2

    def to_dict(self) -> dict[str, Any]:
        return {"shape": self.shape, "colour": self.colour, "texture": self.texture, "bbox": [round(v, 4) for v in self.bbox], "pixels": self.pixels}


def _as_array(image: Image.Image | np.ndarray) -> np.ndarray:
    if isinstance(image, np.ndarray):
        image = Image.fromarray(image)
    image = image.convert("RGB")
    if image.size != (SIZE, SIZE):
        image = image.resize((SIZE, SIZE), Image.BOX)
    return np.asarray(image, dtype=np.float32)


def _components(mask: np.ndarray) -> list[np.ndarray]:
    """8-connected components of a boolean mask, each as a boolean mask."""
    seen = np.zeros_like(mask, dtype=bool)
    h, w = mask.shape
    out = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        comp = np.zeros_like(mask, dtype=bool)
        stack = [(y, x)]
        seen[y, x] = True
        while stack:
            cy, cx = stack.pop()
            comp[cy, cx] = True
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    ny, nx = cy + dy, cx + dx
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        out.append(comp)
    return out


def _shape_of(comp: np.ndarray) -> str:
    ys, xs = np.nonzero(comp)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    box = comp[y0:y1, x0:x1]
    fill = box.mean()
    h = box.shape[0]
    top, bottom = box[: max(1, h // 3)].mean(), box[h - max(1, h // 3):].mean()
    if fill > SQUARE_FILL:
        return "square"
    if bottom > 0 and top / bottom < APEX_RATIO:  # mass sits low: apex up
        return "triangle"
    return "circle" if fill > CIRCLE_FILL else "triangle"


def detect(image: Image.Image | np.ndarray) -> tuple[str, list[Detection]]:
    """The background name and the objects in a shapes-world picture (any size; analysed at 32x32)."""
    pixels = _as_array(image)
    border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    bg_names = list(BACKGROUNDS)
    bg_dist = [np.linalg.norm(border - np.array(BACKGROUNDS[b]), axis=1) for b in bg_names]
    background = bg_names[int(np.argmin([np.median(d) for d in bg_dist]))]

    names = list(COLOURS)
    palette = np.array([BACKGROUNDS[background], *COLOURS.values(), *(np.array(c) * STRIPE_DARKNESS for c in COLOURS.values())], dtype=np.float32)
    labels = np.argmin(((pixels[:, :, None, :] - palette[None, None]) ** 2).sum(-1), axis=-1)  # 0 = background
    detections = []
    for comp in _components(labels > 0):
        count = int(comp.sum())
        if count < MIN_PIXELS:
            continue
        votes = labels[comp]
        colour_idx = (votes - 1) % len(names)
        colour = names[Counter(colour_idx.tolist()).most_common(1)[0][0]]
        dark = float((votes > len(names)).mean())
        ys, xs = np.nonzero(comp)
        bbox = (float(xs.min()) / SIZE, float(ys.min()) / SIZE, float(xs.max() + 1) / SIZE, float(ys.max() + 1) / SIZE)
        texture = "striped" if dark >= STRIPED_FRACTION else "solid"
        detections.append(Detection(_shape_of(comp), colour, texture, bbox, count, comp))
    return background, detections


@dataclass(frozen=True)
class Expected:
    """What a region asks for, read from its texts (None where it does not say)."""

    shape: str | None
    colour: str | None
    texture: str | None


def expected_from_region(region: Region) -> Expected:
    words = re.findall(r"[a-z]+", f"{region.high_level} {region.low_level}".lower())
    shape = next((PLURALS.get(w, w) for w in words if PLURALS.get(w, w) in SHAPES), None)
    colour = next((w for w in words if w in COLOURS), None)
    texture = "striped" if "striped" in words else ("solid" if colour or "solid" in words else None)
    return Expected(shape, colour, texture)


def _inside(det: Detection, bbox: tuple[float, ...], margin: float = 1 / SIZE) -> tuple[bool, float]:
    """Whether the detection's centre lies in the box, and the fraction of its pixels inside it."""
    x0, y0, x1, y1 = bbox
    cx, cy = det.centre
    centre_in = x0 - margin <= cx <= x1 + margin and y0 - margin <= cy <= y1 + margin
    px0, py0 = int(np.floor((x0 - margin) * SIZE)), int(np.floor((y0 - margin) * SIZE))
    px1, py1 = int(np.ceil((x1 + margin) * SIZE)), int(np.ceil((y1 + margin) * SIZE))
    inside = det.mask[max(0, py0):py1, max(0, px0):px1].sum() / max(1, det.pixels)
    return centre_in, float(inside)


def match(layout: Layout, detections: list[Detection]) -> list[Detection | None]:
    """One detection per region (or None), one-to-one, minimising the total distance from box to object.

    Agreement with the asked attributes breaks near-ties, so the object meant for a
    region is found even when it drifted; unmatched regions (fewer objects than
    regions) get None. An assignment solver keeps this fast for any number of regions.
    """
    from scipy.optimize import linear_sum_assignment

    regions = layout.regions
    if not regions or not detections:
        return [None] * len(regions)
    wanted = [expected_from_region(r) for r in regions]

    def cost(region: Region, exp: Expected, det: Detection) -> float:
        x0, y0, x1, y1 = region.bbox
        cx, cy = det.centre
        dist = float(np.hypot(cx - (x0 + x1) / 2, cy - (y0 + y1) / 2))
        agree = (exp.colour in (None, det.colour)) + (exp.shape in (None, det.shape)) + (exp.texture in (None, det.texture))
        return dist - TIE_BREAK * agree

    table = np.array([[cost(r, e, d) for d in detections] for r, e in zip(regions, wanted, strict=True)])
    rows, cols = linear_sum_assignment(table)
    chosen = dict(zip(rows.tolist(), cols.tolist(), strict=True))
    return [detections[chosen[r]] if r in chosen else None for r in range(len(regions))]


def score_layout(layout: Layout, image: Image.Image | np.ndarray) -> dict[str, Any]:
    """GenEval-style task scores of one render against its layout.

    Regions and detected objects are matched one-to-one (:func:`match`). Per region:
    ``presence`` (it has an object), ``position`` (that object's centre lies in the
    box and at least half of its pixels inside it: a flood of colour does not count),
    ``colour`` / ``texture`` (the object has the asked attribute, wherever it is),
    ``shape`` (the positioned object has the asked shape; reported given position).
    Per layout: ``counting`` (exactly as many objects as regions).
    """
    _, detections = detect(image)
    matched = match(layout, detections)
    per_region = []
    for region, det in zip(layout.regions, matched, strict=True):
        exp = expected_from_region(region)
        present = det is not None
        centre_in, inside = _inside(det, region.bbox) if present else (False, 0.0)
        placed = centre_in and inside >= 0.5
        per_region.append({
            "id": region.id,
            "presence": float(present),
            "position": float(placed),
            "colour": float(present and exp.colour in (None, det.colour)),
            "texture": float(present and exp.texture in (None, det.texture)),
            "shape": float(placed and exp.shape in (None, det.shape)),
            "detected": det.to_dict() if det else None,
        })
    n = max(1, len(per_region))
    tasks = {k: sum(r[k] for r in per_region) / n if per_region else 1.0 for k in ("presence", "position", "colour", "texture", "shape")}
    tasks["counting"] = float(len(detections) == len(layout.regions))
    return {"tasks": tasks, "regions": per_region, "detections": len(detections)}


__all__ = ["Detection", "Expected", "detect", "expected_from_region", "match", "score_layout"]
