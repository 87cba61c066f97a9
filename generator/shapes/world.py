"""The shapes world: seeded procedural scenes of coloured, textured shapes.

A scene is a background colour and 0-4 non-overlapping objects, each a shape
(circle, square, triangle) of a colour (6 named) and a texture (solid or
striped: every other pair of rows darker), inside a square box. Every scene
gives its picture, its ground truth (boxes normalised to [0, 1]) and captions at
two levels: high-level (the objects), low-level (their details), and a combined
caption as a user would write it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

SHAPES = ("circle", "square", "triangle")
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 40, 40),
    "green": (40, 170, 60),
    "blue": (40, 80, 230),
    "yellow": (235, 215, 40),
    "purple": (150, 60, 200),
    "orange": (245, 135, 30),
}
TEXTURES = ("solid", "striped")
BACKGROUNDS: dict[str, tuple[int, int, int]] = {"gray": (128, 128, 128), "white": (235, 235, 235), "black": (25, 25, 25)}
STRIPE_DARKNESS = 0.45
SIZE = 32
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


@dataclass(frozen=True)
class ShapeObject:
    shape: str
    colour: str
    texture: str
    bbox: tuple[float, float, float, float]

    @property
    def high_level(self) -> str:
        return f"a {self.shape}"

    @property
    def low_level(self) -> str:
        return self.colour if self.texture == "solid" else f"{self.colour}, {self.texture}"

    @property
    def phrase(self) -> str:
        """How a user names the object: 'a red circle', 'a blue striped square'."""
        texture = "" if self.texture == "solid" else f" {self.texture}"
        return f"{article(self.colour)} {self.colour}{texture} {self.shape}"


@dataclass(frozen=True)
class Scene:
    background: str
    objects: tuple[ShapeObject, ...]

    @classmethod
    def from_dict(cls, data: dict) -> Scene:
        """The scene ``dataclasses.asdict`` wrote (as stored in the eval set)."""
        return cls(data["background"], tuple(ShapeObject(**{**o, "bbox": tuple(o["bbox"])}) for o in data["objects"]))

    @property
    def high_level(self) -> str:
        return join_phrases([o.high_level for o in self.objects]) or "nothing"

    @property
    def low_level(self) -> str:
        return "; ".join(o.low_level for o in self.objects)

    @property
    def background_text(self) -> str:
        return background_caption(self.background)

    @property
    def caption(self) -> str:
        """The combined caption: 'a red circle and a blue striped square on a gray background'."""
        if not self.objects:
            return self.background_text
        return f"{join_phrases([o.phrase for o in self.objects])} on a {self.background} background"


def article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def background_caption(background: str) -> str:
    return f"an empty {background} background"


def join_phrases(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def pixel_box(bbox: tuple[float, float, float, float], size: int) -> tuple[int, int, int, int]:
    """Integer pixel box [x0, y0, x1, y1) of a normalised box on a ``size`` canvas."""
    x0, y0, x1, y1 = (round(v * size) for v in bbox)
    return x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)


def shape_mask(shape: str, w: int, h: int) -> np.ndarray:
    """(h, w) boolean mask of ``shape`` filling a w x h box."""
    ys, xs = np.mgrid[0:h, 0:w]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    if shape == "square":
        return np.ones((h, w), dtype=bool)
    if shape == "circle":
        rx, ry = w / 2, h / 2
        return ((xs - cx) / rx) ** 2 + ((ys - cy) / ry) ** 2 <= 1.0
    if shape == "triangle":
        # Apex at the top centre, base along the bottom row.
        half = (ys + 1) / h * (w / 2)
        return np.abs(xs - cx) <= half
    raise ValueError(f"unknown shape {shape!r}; use one of {', '.join(SHAPES)}")


def render_scene(scene: Scene, size: int = SIZE) -> np.ndarray:
    """(size, size, 3) uint8 picture of ``scene``."""
    image = np.empty((size, size, 3), dtype=np.uint8)
    image[:] = BACKGROUNDS[scene.background]
    for obj in scene.objects:
        x0, y0, x1, y1 = pixel_box(obj.bbox, size)
        mask = shape_mask(obj.shape, x1 - x0, y1 - y0)
        colour = np.array(COLOURS[obj.colour], dtype=np.float32)
        patch = np.broadcast_to(colour, (*mask.shape, 3)).copy()
        if obj.texture == "striped":
            rows = (np.arange(y1 - y0) % 4) >= 2
            patch[rows] *= STRIPE_DARKNESS
        region = image[y0:y1, x0:x1]
        region[mask] = patch[mask].astype(np.uint8)
    return image


def sample_scene(rng: random.Random, max_objects: int = 4, min_side: float = 0.28, max_side: float = 0.45, empty_prob: float = 0.04) -> Scene:
    """A random scene: non-overlapping square boxes (with a 1-pixel gap) on a 32-pixel grid."""
    background = rng.choice(list(BACKGROUNDS))
    count = 0 if rng.random() < empty_prob else rng.randint(1, max_objects)
    objects: list[ShapeObject] = []
    boxes: list[tuple[int, int, int, int]] = []
    for _ in range(count):
        for _attempt in range(50):
            side = rng.randint(round(min_side * SIZE), round(max_side * SIZE))
            x0, y0 = rng.randint(0, SIZE - side), rng.randint(0, SIZE - side)
            box = (x0, y0, x0 + side, y0 + side)
            if all(box[2] + 1 <= b[0] or b[2] + 1 <= box[0] or box[3] + 1 <= b[1] or b[3] + 1 <= box[1] for b in boxes):
                boxes.append(box)
                objects.append(ShapeObject(rng.choice(SHAPES), rng.choice(list(COLOURS)), rng.choice(TEXTURES), tuple(v / SIZE for v in box)))
                break
    return Scene(background, tuple(objects))


#: Sides (pixels) of the small single-object canvases mixed into training (2-5 tokens at patch 4).
CROP_SIDES = (8, 12, 16, 20)


def sample_crop(rng: random.Random, height: int, width: int) -> tuple[np.ndarray, str]:
    """A small canvas that one object fills, and its caption.

    Training on these (global captions only) teaches the model what a region renders when its
    self-attention is restricted to the region: a small picture of its own text. Half the captions
    end with the background's text, as an isolated region's text does (see ``generator.render``).
    """
    background = rng.choice(list(BACKGROUNDS))
    side = min(height, width) - rng.randint(0, 2)
    x0, y0 = (width - side) // 2 + rng.randint(-1, 1) * (width > side), (height - side) // 2 + rng.randint(-1, 1) * (height > side)
    x0, y0 = min(max(0, x0), width - side), min(max(0, y0), height - side)
    obj = ShapeObject(rng.choice(SHAPES), rng.choice(list(COLOURS)), rng.choice(TEXTURES), (x0, y0, x0 + side, y0 + side))
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = BACKGROUNDS[background]
    mask = shape_mask(obj.shape, side, side)
    patch = np.broadcast_to(np.array(COLOURS[obj.colour], dtype=np.float32), (side, side, 3)).copy()
    if obj.texture == "striped":
        patch[(np.arange(side) % 4) >= 2] *= STRIPE_DARKNESS
    image[y0 : y0 + side, x0 : x0 + side][mask] = patch[mask].astype(np.uint8)
    region = f"{obj.high_level}, {obj.low_level}"
    roll = rng.random()
    caption = f"{region}, {background_caption(background)}" if roll < 0.5 else region if roll < 0.8 else obj.phrase
    return image, caption


def empty_crop(rng: random.Random, height: int, width: int) -> tuple[np.ndarray, str]:
    """A small canvas of background only, captioned as an isolated background's text is ('an empty gray background')."""
    background = rng.choice(list(BACKGROUNDS))
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = BACKGROUNDS[background]
    return image, background_caption(background)


def caption_variants(scene: Scene, rng: random.Random, partial: float = 0.0) -> str:
    """A training caption: the combined caption in one of several phrasings a user or the layout might use.

    With probability ``partial`` a scene of several objects is captioned by only some of them, the
    others still drawn: real captions leave things out, so a text naming one object does not mean
    the picture holds nothing else (what a region's text says under regional cross-attention).
    """
    if partial and len(scene.objects) > 1 and rng.random() < partial:
        kept = sorted(rng.sample(range(len(scene.objects)), rng.randint(1, len(scene.objects) - 1)))
        scene = Scene(scene.background, tuple(scene.objects[i] for i in kept))
    if len(scene.objects) != 1 or rng.random() < 0.4:
        return scene.caption
    obj = scene.objects[0]
    # Single objects also come in the forms region texts take: "a circle, red, striped".
    return rng.choice([obj.phrase, f"{obj.high_level}, {obj.low_level}", f"{obj.high_level}, {obj.low_level}, {scene.background} background"])


def scene_layout(scene: Scene, canvas: int = 256, routing: dict | None = None) -> dict:
    """The layout document that asks for ``scene``: one region per object, the background as its own text."""
    doc = {
        "canvas": {"width": canvas, "height": canvas},
        "global": {"high_level": scene.caption, "low_level": ""},
        "background": {"high_level": scene.background_text},
        "regions": [
            {"id": f"{o.shape}_{i}", "bbox": [round(v, 4) for v in o.bbox], "high_level": o.high_level, "low_level": o.low_level}
            for i, o in enumerate(scene.objects)
        ],
    }
    if routing:
        doc["routing"] = routing
    return doc
