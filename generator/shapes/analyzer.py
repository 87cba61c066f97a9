"""Analyzer of shapes-world pictures: detect objects, compare them with a layout.

Detection: every pixel is classified to the background or to the colour family whose line
from its dark stripe colour to its full colour passes nearest (so a resampled stripe's blend
of the two stays that colour; a grey pixel is background); non-background
pixels form 8-connected components. A component that holds more than one colour
family with a body of its own (inner pixels, not just a blended rim) is split
into one object per family, every pixel going to the nearest body: two touching
objects of different colours are two objects, while the rim a soft edge leaves
in a neighbouring colour is not. Each object of at least ``MIN_PIXELS`` pixels
gets a box, a colour (majority of its pixels, stripes counted as their colour),
a texture (striped when its inner pixels are dark enough on average: an edge
pixel blends the object with the background, and on a dark background that blend
is the dark variant's colour) and a shape (the template of the three shapes, drawn
in the object's box, that best matches its coverage: each pixel's share of the
object's colour against the background, so soft edges count by how much they cover).

It is the GenEval-style scorer (:func:`score_layout`) and the independent judge of every
evaluation; ``tools/critics.py`` can also build a critique from it. Its accuracy on
pictures whose truth is known by construction (soft edges, touching objects) is
checked in ``tests/test_shapes_world.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from ...schemas import Layout, Region
from .world import BACKGROUNDS, COLOURS, SHAPES, SIZE, STRIPE_DARKNESS, ShapeObject, shape_mask

#: Smallest connected component (pixels at 32x32) that counts as an object rather than noise.
MIN_PIXELS = 6
#: Mean darkness of an object's inner pixels (0: its full colour, 1: its dark stripe colour) from which it is striped.
STRIPED_FRACTION = 0.2
#: Inner pixels a colour family needs inside a component to be an object of its own, not a blended rim.
BODY_PIXELS = 3
#: Coverage below which a pixel next to an object counts as background (noise, faint region frames).
MIN_COVERAGE = 0.15
#: Distance (RGB) from the background-to-colour line beyond which a pixel is not a blend of the two.
BLEND_DISTANCE = 60.0
#: Spread between a pixel's largest and smallest channel below which it is grey, so background: every colour and
#: dark stripe colour spreads 58 or more, while the faint frames isolated regions leave are grey.
NEUTRAL_CHROMA = 30.0
#: Mean coverage of its box's four corner pixels below which an object is not a square (a small circle drawn
#: in few pixels is nearly square, but its corners stay empty).
SQUARE_CORNERS = 0.12
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


def _inner(comp: np.ndarray) -> np.ndarray:
    """The component's pixels whose four neighbours all belong to it (its edge peeled off)."""
    p = np.pad(comp, 1)
    return comp & p[:-2, 1:-1] & p[2:, 1:-1] & p[1:-1, :-2] & p[1:-1, 2:]


def _near(comp: np.ndarray) -> np.ndarray:
    """The component and the pixels touching it."""
    from scipy import ndimage

    return ndimage.binary_dilation(comp, np.ones((3, 3), dtype=bool))


def _split_by_colour(comp: np.ndarray, family: np.ndarray) -> list[np.ndarray]:
    """One part per colour family with a body inside the component; every other pixel joins the nearest body.

    A family's pixels are one part even where another colour cuts across them (a resampled stripe's blend can be
    the neighbouring colour), and a family with no inner pixels is a rim, not an object."""
    from scipy import ndimage

    bodies = [comp & (family == f) for f in np.unique(family[comp])]
    bodies = [b for b in bodies if _inner(b).sum() >= BODY_PIXELS]
    if len(bodies) < 2:
        return [comp]
    seeds = np.zeros(comp.shape, dtype=np.int32)
    for i, body in enumerate(bodies):
        seeds[body] = i + 1
    _, (iy, ix) = ndimage.distance_transform_edt(seeds == 0, return_indices=True)
    owner = seeds[iy, ix]
    return [comp & (owner == i + 1) for i in range(len(bodies))]


def _coverage(pixels: np.ndarray, comp: np.ndarray, background: np.ndarray, colour: str, striped: bool) -> np.ndarray:
    """Each pixel's share of the object's colour (or its dark stripe colour) against the background, on and next to the object."""
    base = np.array(COLOURS[colour], dtype=np.float32)
    cover = np.zeros(comp.shape, dtype=np.float32)
    for target in (base, base * STRIPE_DARKNESS)[: 1 + striped]:
        d = target - background
        share = ((pixels - background) @ d) / float(d @ d)
        off_line = np.linalg.norm(pixels - background - share[..., None] * d, axis=-1)
        cover = np.maximum(cover, np.where(off_line < BLEND_DISTANCE, np.clip(share, 0, 1), 0))
    cover[cover < MIN_COVERAGE] = 0
    return np.where(comp, np.maximum(cover, 0.5), cover * _near(comp))


def _shape_of(box: tuple[int, int, int, int], cover: np.ndarray) -> str:
    """The shape whose template, drawn in the component's pixel box (x0, y0, x1, y1), best matches its coverage (soft IoU).

    An object cut off by the canvas's edge is matched against a template drawn in the square box it would fill,
    cropped at the edge as the object is."""
    x0, y0, x1, y1 = box
    seen = cover[y0:y1, x0:x1]
    h, w = seen.shape
    side = max(h, w)
    # How far the square box runs off each edge the object touches (0 where it does not).
    left = side - w if x0 == 0 and w < side else 0
    right = side - w if x1 == cover.shape[1] and w < side and not left else 0
    top = side - h if y0 == 0 and h < side else 0
    bottom = side - h if y1 == cover.shape[0] and h < side and not top else 0

    def overlap(shape: str) -> float:
        template = shape_mask(shape, w + left + right, h + top + bottom)[top:top + h, left:left + w]
        return float(np.minimum(template, seen).sum() / np.maximum(template, seen).sum())

    corners = (seen[0, 0] + seen[0, -1] + seen[-1, 0] + seen[-1, -1]) / 4
    candidates = [s for s in SHAPES if s != "square" or corners >= SQUARE_CORNERS]
    return max(candidates, key=overlap)


def _classify(pixels: np.ndarray) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """The background's name and colour, and per pixel its colour family (-1: background) and shade (0: the dark stripe
    colour, 1: the colour itself).

    A pixel belongs to the background or to the family whose line from its dark stripe colour to its full colour passes
    nearest: a striped object resampled to another size blends its light and dark rows, and such a blend is neither of
    the two but lies on that line (a yellow/dark-yellow blend is nearer orange than either). Grey pixels are background.
    """
    border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    bg_names = list(BACKGROUNDS)
    bg_dist = [np.linalg.norm(border - np.array(BACKGROUNDS[b]), axis=1) for b in bg_names]
    background = bg_names[int(np.argmin([np.median(d) for d in bg_dist]))]
    bg = np.array(BACKGROUNDS[background], dtype=np.float32)
    light = np.array(list(COLOURS.values()), dtype=np.float32)  # (F, 3)
    dark = light * STRIPE_DARKNESS
    span = light - dark
    shade = np.clip(np.einsum("hwfc,fc->hwf", pixels[:, :, None] - dark, span) / (span**2).sum(-1), 0, 1)  # (H, W, F)
    distance = np.linalg.norm(pixels[:, :, None] - (dark + shade[..., None] * span), axis=-1)
    family = distance.argmin(-1)
    is_object = (distance.min(-1) < np.linalg.norm(pixels - bg, axis=-1)) & (np.ptp(pixels, axis=-1) >= NEUTRAL_CHROMA)
    family = np.where(is_object, family, -1)
    return background, bg, family, np.take_along_axis(shade, np.maximum(family, 0)[..., None], -1)[..., 0]


def detect(image: Image.Image | np.ndarray) -> tuple[str, list[Detection]]:
    """The background name and the objects in a shapes-world picture (any size; analysed at 32x32)."""
    pixels = _as_array(image)
    background, bg, family, shade = _classify(pixels)
    names = list(COLOURS)
    detections = []
    for whole in _components(family >= 0):
        if whole.sum() < MIN_PIXELS:
            continue
        for comp in _split_by_colour(whole, family):
            count = int(comp.sum())
            if count < MIN_PIXELS:
                continue
            colour = names[Counter(family[comp].tolist()).most_common(1)[0][0]]
            inner = _inner(comp)
            darkness = float(1 - shade[inner if inner.sum() >= MIN_PIXELS else comp].mean())
            texture = "striped" if darkness >= STRIPED_FRACTION else "solid"
            ys, xs = np.nonzero(comp)
            box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
            shape = _shape_of(box, _coverage(pixels, comp, bg, colour, texture == "striped"))
            detections.append(Detection(shape, colour, texture, tuple(v / SIZE for v in box), count, comp))
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
