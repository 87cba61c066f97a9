"""The embedded world's vision critic: a small image model that reads a picture and one region's words.

For a region (its box and its texts) it answers five questions about the picture:
is there an object for this region, is it placed inside the box, and does it have the
colour, the texture and the shape the region's texts ask for. The texts reach it as
all-MiniLM-L6-v2 sentence embeddings, so it scores the layout's words, not class ids.

Architecture: a convolutional trunk over the picture (32 x 32) and the region's box as a
fourth channel, conditioned on the text by FiLM (a per-channel scale and shift computed
from the embedding), then pooled over the whole picture and over the box; beside it a
close-up branch that resamples the box and its surroundings to ``crop`` x ``crop`` pixels
(so a small object's outline and stripes are not lost to the trunk's striding), conditioned
the same way; and a small head over both.

It is trained (``python -m regiondit.generator.shapes.critic``) on procedural pictures whose
truth is known by construction, roughened to look like the DiT's renders: blobby edges,
ragged stripes, stripes finer than a pixel (a model sampling at 64 px, read at 32: rows that
average light and dark), soft (partly covered) edge pixels, shifted and rescaled objects, malformed
objects that are none of the three shapes (bitten, half one shape and half another, blobs,
cut-off triangles), stray fragments, colour noise, blur, and the faint frames isolated
regions leave. Objects are asked in boxes that do not overlap, as layouts ask them, and
the truth is read from the pixels each object still shows. The hand-written analyzer is never its teacher: it
stays the independent judge of every evaluation.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .world import BACKGROUNDS, COLOURS, SHAPES, SIZE, STRIPE_DARKNESS, TEXTURES, shape_mask

QUESTIONS = ("present", "placed", "colour", "texture", "shape")
WEIGHTS_NAME = "shapes_critic.safetensors"


@dataclass(frozen=True)
class CriticConfig:
    channels: int = 32
    text_dim: int = 384
    hidden: int = 128
    crop: int = 0  # side of the close-up of the region (0: no close-up branch, as the first shipped critic)


class FiLM(nn.Module):
    def __init__(self, text_dim: int, channels: int):
        super().__init__()
        self.proj = nn.Linear(text_dim, 2 * channels)

    def forward(self, x: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        scale, shift = self.proj(text).chunk(2, dim=-1)
        return x * (1 + scale[:, :, None, None]) + shift[:, :, None, None]


class ShapesCritic(nn.Module):
    """(picture, box, text embedding) -> five logits, one per question in :data:`QUESTIONS`."""

    def __init__(self, config: CriticConfig = CriticConfig()):
        super().__init__()
        c = config.channels
        self.config = config
        # Full resolution only once (stripes are two pixels high), then at 16 x 16 and 8 x 8.
        self.stem = nn.Sequential(nn.Conv2d(4, c // 2, 3, padding=1), nn.GELU(), nn.Conv2d(c // 2, c, 3, stride=2, padding=1), nn.GELU())
        self.film1 = FiLM(config.text_dim, c)
        self.mid = nn.Sequential(nn.Conv2d(c, c, 3, padding=1), nn.GELU(), nn.Conv2d(c, 2 * c, 3, stride=2, padding=1), nn.GELU())
        self.film2 = FiLM(config.text_dim, 2 * c)
        self.deep = nn.Sequential(nn.Conv2d(2 * c, 2 * c, 3, padding=1), nn.GELU(), nn.Conv2d(2 * c, 2 * c, 3, padding=1), nn.GELU())
        close_up = 0
        if config.crop:
            self.near = nn.Sequential(nn.Conv2d(4, c, 3, padding=1), nn.GELU(), nn.Conv2d(c, c, 3, padding=1), nn.GELU())
            self.film3 = FiLM(config.text_dim, c)
            self.near_deep = nn.Sequential(nn.Conv2d(c, 2 * c, 3, stride=2, padding=1), nn.GELU(), nn.Conv2d(2 * c, 2 * c, 3, padding=1), nn.GELU())
            self.film4 = FiLM(config.text_dim, 2 * c)
            close_up = 4 * c
        self.head = nn.Sequential(nn.Linear(4 * c + close_up + config.text_dim, config.hidden), nn.GELU(), nn.Linear(config.hidden, len(QUESTIONS)))

    def forward(self, pixels: torch.Tensor, boxes: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        """``pixels`` (B, 3, 32, 32) in [-1, 1], ``boxes`` (B, 4) the region's box (x0, y0, x1, y1 in [0, 1]), ``text`` (B, 384)."""
        box = box_channel(boxes, pixels.shape[-1])
        x = self.film1(self.stem(torch.cat([pixels, box], dim=1)), text)
        x = self.deep(self.film2(self.mid(x), text))
        inside = nn.functional.adaptive_max_pool2d(box, x.shape[-2:])
        pooled_box = (x * inside).sum((2, 3)) / inside.sum((2, 3)).clamp(min=1)
        features = [x.mean((2, 3)), pooled_box]
        if self.config.crop:
            near = close_up(torch.cat([pixels, box], dim=1), boxes, self.config.crop)
            near = self.near_deep(self.film3(self.near(near), text))
            features += [self.film4(near, text).mean((2, 3)), near.amax((2, 3))]
        return self.head(torch.cat([*features, text], dim=1))

    def answer(self, pixels: torch.Tensor, boxes: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        """The logits the critic answers with: the mean of its reading of the picture and of the picture's mirror
        image (the world's shapes stand upright and its stripes run across, so a mirror changes no true answer,
        and two readings of one region disagree less often than one reading errs)."""
        mirrored = boxes.clone()
        mirrored[:, 0], mirrored[:, 2] = 1 - boxes[:, 2], 1 - boxes[:, 0]
        return (self(pixels, boxes, text) + self(pixels.flip(-1), mirrored, text)) / 2


def box_channel(boxes: torch.Tensor, size: int = SIZE) -> torch.Tensor:
    """(B, 1, size, size): 1 at pixels whose centre lies in each box of ``boxes`` (B, 4)."""
    centres = (torch.arange(size, dtype=torch.float32) + 0.5) / size
    boxes = torch.as_tensor(boxes, dtype=torch.float32)
    rows = (centres >= boxes[:, 1:2]) & (centres <= boxes[:, 3:4])
    cols = (centres >= boxes[:, 0:1]) & (centres <= boxes[:, 2:3])
    return (rows[:, :, None] & cols[:, None, :]).float()[:, None]


#: The close-up shows the box and this much of its surroundings on each side (in box sides), so a drifted object is seen.
CLOSE_UP_MARGIN = 0.35


def close_up(planes: torch.Tensor, boxes: torch.Tensor, side: int) -> torch.Tensor:
    """(B, C, side, side): each picture resampled (bilinear) over its region's box widened by :data:`CLOSE_UP_MARGIN`,
    as a square window so that shapes keep their proportions."""
    boxes = torch.as_tensor(boxes, dtype=torch.float32)
    centre = (boxes[:, :2] + boxes[:, 2:]) - 1  # in grid_sample's [-1, 1] coordinates
    half = (boxes[:, 2:] - boxes[:, :2]).amax(1) * (0.5 + CLOSE_UP_MARGIN) * 2
    theta = torch.zeros(len(boxes), 2, 3)
    theta[:, 0, 0] = theta[:, 1, 1] = half
    theta[:, :, 2] = centre
    grid = nn.functional.affine_grid(theta, [len(boxes), planes.shape[1], side, side], align_corners=False)
    return nn.functional.grid_sample(planes, grid, mode="bilinear", padding_mode="border", align_corners=False)


# -- training pictures: the world, roughened like the DiT's renders ----------------------------------------------------


@dataclass
class Drawn:
    """An object as it ended up on the picture: its attributes (``shape`` None for a malformed object that is none of
    the three) and the pixels it still shows once later objects are drawn over it."""

    shape: str | None
    colour: str
    texture: str
    mask: np.ndarray


def _ragged(mask: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    """``mask`` with its edge pixels flipped at random (blobby, broken outlines)."""
    padded = np.pad(mask, 1)
    grown = padded[1:-1, 1:-1] | padded[:-2, 1:-1] | padded[2:, 1:-1] | padded[1:-1, :-2] | padded[1:-1, 2:]
    shrunk = padded[1:-1, 1:-1] & padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    edge = grown & ~shrunk
    flip = edge & (rng.random(mask.shape) < amount)
    return mask ^ flip


def _malformed(w: int, h: int, rng: random.Random) -> np.ndarray:
    """(h, w) mask of an object that is none of the three shapes, as a struggling model draws one: a shape with a bite
    taken out of it, half one shape and half another, a lumpy blob, or a triangle with its top cut off."""
    ys, xs = np.mgrid[0:h, 0:w]
    kind = rng.choice(("bitten", "halves", "blob", "cut"))
    if kind == "bitten":
        base = shape_mask(rng.choice(SHAPES), w, h)
        for _ in range(20):
            cy, cx = rng.choice(list(zip(*np.nonzero(base), strict=True)))
            r = rng.uniform(0.35, 0.55) * max(w, h)
            bite = (xs - cx) ** 2 + (ys - cy) ** 2 <= r * r
            if 0.2 <= (base & bite).sum() / base.sum() <= 0.5:
                return base & ~bite
        return base & (ys < h // 2)
    if kind == "halves":
        top, bottom = rng.sample(SHAPES, 2)
        return np.where(ys < h // 2, shape_mask(top, w, h), shape_mask(bottom, w, h))
    if kind == "blob":
        cx, cy = (w - 1) / 2, (h - 1) / 2
        angle, radius = np.arctan2(ys - cy, xs - cx), np.hypot((xs - cx) / (w / 2), (ys - cy) / (h / 2))
        wobble = sum(rng.uniform(0.22, 0.35) * np.cos(k * angle + rng.uniform(0, 2 * np.pi)) for k in (2, 3))
        return radius <= 0.85 * (1 + wobble)
    return shape_mask("triangle", w, h) & (ys >= round(h * rng.uniform(0.35, 0.55)))


def _loose(shape: str, w: int, h: int, rng: random.Random) -> np.ndarray:
    """(h, w) mask of ``shape`` drawn loosely, as a model sampling off its training size draws it, still plainly that
    shape: a circle with a gently wavering outline, a triangle with its apex off centre (a square stays a square)."""
    ys, xs = np.mgrid[0:h, 0:w]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    if shape == "circle":
        angle = np.arctan2(ys - cy, xs - cx)
        waver = sum(rng.uniform(0.0, 0.1) * np.cos(k * angle + rng.uniform(0, 2 * np.pi)) for k in (2, 3, 4))
        return np.hypot((xs - cx) / (w / 2), (ys - cy) / (h / 2)) <= 1 + waver
    if shape == "triangle":
        apex = cx + rng.uniform(-0.25, 0.25) * w
        left = apex - (ys + 1) / h * (apex + 0.5)
        right = apex + (ys + 1) / h * (w - 0.5 - apex)
        return (xs >= left) & (xs <= right)
    return shape_mask(shape, w, h)


def _coverage(shape: str | None, w: int, h: int, rng: random.Random, loose: bool = False) -> np.ndarray:
    """(h, w) share of each pixel the object covers, from a four-times finer drawing (soft, anti-aliased edges);
    ``loose``: the shape drawn loosely (:func:`_loose`)."""
    if shape is None:
        fine = np.kron(_malformed(w, h, rng), np.ones((4, 4), bool))
    else:
        fine = _loose(shape, 4 * w, 4 * h, rng) if loose else shape_mask(shape, 4 * w, 4 * h)
    return fine.reshape(h, 4, w, 4).mean((1, 3))


def _free_box(asked: list[tuple[float, ...]], rng: random.Random, overlap: bool) -> tuple[int, int, int] | None:
    """A square box (x0, y0, side in pixels) that keeps a pixel away from every box already asked (unless ``overlap``)."""
    for _ in range(30):
        side = rng.randint(8, 15)
        x0, y0 = rng.randint(0, SIZE - side), rng.randint(0, SIZE - side)
        if overlap or all(x0 + side + 1 <= a[0] * SIZE or a[2] * SIZE + 1 <= x0 or y0 + side + 1 <= a[1] * SIZE or a[3] * SIZE + 1 <= y0
                          for a in asked):
            return x0, y0, side
    return None


def _draw_object(image: np.ndarray, box: tuple[int, int, int], rng: random.Random, nrng: np.random.Generator, stretch: float = 0.0) -> Drawn:
    """Draw one object asked in ``box`` onto ``image``: maybe shifted, resized, stretched and drawn loosely (each with
    chance ``stretch``: a square drawn as an oblong, a circle as an ellipse, a wavering circle, a leaning triangle, as a
    model sampling off its training size draws them; still the shape asked), malformed, ragged, soft-edged, striped."""
    x0, y0, side = box
    scale = rng.uniform(0.65, 1.2) if rng.random() < 0.5 else 1.0
    shift = (rng.randint(-side // 2, side // 2), rng.randint(-side // 2, side // 2)) if rng.random() < 0.25 else (0, 0)
    w = h = max(3, round(side * scale))
    if stretch and rng.random() < stretch:
        squeezed = max(3, round(w * rng.uniform(0.45, 0.85)))
        w, h = (squeezed, h) if rng.random() < 0.5 else (w, squeezed)
    dx, dy = x0 + shift[0] + (side - w) // 2, y0 + shift[1] + (side - h) // 2
    shape = rng.choice(SHAPES) if rng.random() >= 0.15 else None
    obj = Drawn(shape, rng.choice(list(COLOURS)), rng.choice(TEXTURES), np.zeros((SIZE, SIZE), bool))
    cover = _coverage(shape, w, h, rng, loose=bool(stretch) and rng.random() < stretch)
    local = _ragged(cover >= 0.5, nrng, rng.uniform(0, 0.35) if rng.random() < 0.6 else 0.0)
    alpha_local = np.where(local == (cover >= 0.5), cover, local) if rng.random() < 0.6 else local.astype(np.float32)
    alpha = np.zeros((SIZE, SIZE), np.float32)
    ys, xs = np.nonzero(alpha_local)
    keep = (ys + dy >= 0) & (ys + dy < SIZE) & (xs + dx >= 0) & (xs + dx < SIZE)
    alpha[ys[keep] + dy, xs[keep] + dx] = alpha_local[ys[keep], xs[keep]]
    obj.mask[ys[keep] + dy, xs[keep] + dx] = local[ys[keep], xs[keep]]
    colour = np.array(COLOURS[obj.colour], dtype=np.float32) + nrng.normal(0, rng.uniform(0, 14), 3)
    pixels = np.broadcast_to(colour, (SIZE, SIZE, 3)).copy()
    if obj.texture == "striped":
        pixels *= _stripe_rows(dy, rng)[:, None, None]
    image[:] = image * (1 - alpha[..., None]) + pixels * alpha[..., None]
    return obj


def _stripe_rows(dy: int, rng: random.Random) -> np.ndarray:
    """(SIZE,) brightness of each row of a striped object whose box starts at row ``dy``: two rows light, two dark, at
    any phase; or (a model sampling at twice the size) stripes a half or a quarter as wide at any phase, so rows average
    light and dark stripes, down to every row the same blend."""
    darkness = rng.uniform(0.3, 0.65) if rng.random() < 0.5 else STRIPE_DARKNESS
    rows = np.arange(SIZE) - dy
    if rng.random() < 0.35:  # stripes a quarter or half as wide, drawn four times finer and averaged to rows
        width = rng.choice((2, 4))
        fine = (rows[:, None] * 4 + np.arange(4) + rng.randint(0, 2 * width - 1)) // width % 2 == 1
        return 1 - fine.mean(1) * (1 - darkness)
    return np.where((rows + rng.randint(0, 3)) % 4 >= 2, darkness, 1.0)


def draw_picture(rng: random.Random, nrng: np.random.Generator, stretch: float = 0.0) -> tuple[np.ndarray, list[Drawn], list[tuple[float, ...]], str]:
    """A roughened picture, the objects as drawn, the boxes they were asked in, and the background name (``stretch``:
    see :func:`_draw_object`; 0 draws the world's own upright shapes)."""
    background = rng.choice(list(BACKGROUNDS))
    image = np.broadcast_to(np.array(BACKGROUNDS[background], dtype=np.float32), (SIZE, SIZE, 3)).copy()
    image += nrng.normal(0, rng.uniform(0, 6), image.shape)
    if rng.random() < 0.3:  # the faint frame an isolated region leaves
        x0, y0 = rng.randint(0, 20), rng.randint(0, 20)
        image[y0 : y0 + rng.randint(8, 14), x0 : x0 + rng.randint(8, 14)] += rng.uniform(-12, 12)
    drawn, asked, overlap = [], [], rng.random() < 0.1
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 3, 4))):
        box = _free_box(asked, rng, overlap)
        if box is None:
            continue
        x0, y0, side = box
        asked.append((x0 / SIZE, y0 / SIZE, (x0 + side) / SIZE, (y0 + side) / SIZE))
        obj = _draw_object(image, box, rng, nrng, stretch)
        for earlier in drawn:  # the truth is what each object still shows
            earlier.mask &= ~obj.mask
        drawn.append(obj)
    for _ in range(rng.choice((0, 0, 0, 1, 2))):  # stray fragments
        colour = np.array(rng.choice(list(COLOURS.values())), dtype=np.float32)
        y, x, s = rng.randint(0, SIZE - 3), rng.randint(0, SIZE - 3), rng.randint(1, 3)
        image[y : y + s, x : x + s] = colour
    if rng.random() < 0.4:
        image = _blur(image)
    image += nrng.normal(0, rng.uniform(0, 8), image.shape)
    return np.clip(image, 0, 255), drawn, asked, background


def _blur(image: np.ndarray) -> np.ndarray:
    padded = np.pad(image, ((1, 1), (1, 1), (0, 0)), mode="edge")
    return (padded[1:-1, 1:-1] * 4 + padded[:-2, 1:-1] + padded[2:, 1:-1] + padded[1:-1, :-2] + padded[1:-1, 2:]) / 8


def answers(drawn: list[Drawn], box: tuple[float, ...], asked: tuple[str, str, str]) -> list[float]:
    """The five answers for a region asking ``asked`` (shape, colour, texture) in ``box``, from the objects as drawn."""
    x0, y0, x1, y1 = (round(v * SIZE) for v in box)
    grown = np.zeros((SIZE, SIZE), bool)
    grown[max(0, y0 - 2) : y1 + 2, max(0, x0 - 2) : x1 + 2] = True
    overlaps = [int((d.mask & grown).sum()) for d in drawn]
    if not overlaps or max(overlaps) < 6:
        return [0.0] * len(QUESTIONS)
    obj = drawn[int(np.argmax(overlaps))]
    ys, xs = np.nonzero(obj.mask)
    cx, cy = (xs.min() + xs.max() + 1) / 2, (ys.min() + ys.max() + 1) / 2
    inside = obj.mask[max(0, y0 - 1) : y1 + 1, max(0, x0 - 1) : x1 + 1].sum() / obj.mask.sum()
    placed = x0 - 1 <= cx <= x1 + 1 and y0 - 1 <= cy <= y1 + 1 and inside >= 0.5
    shape, colour, texture = asked
    return [1.0, float(placed), float(colour == obj.colour), float(texture == obj.texture), float(shape == obj.shape)]


def region_text(shape: str, colour: str, texture: str, rng: random.Random) -> str:
    """A region's texts joined, in the forms planners and refinements write them."""
    low = colour if texture == "solid" else f"{colour}, striped"
    forms = [f"a {shape}, {low}", f"a {shape}, {low}", f"a {colour}{' striped' if texture == 'striped' else ''} {shape}",
             f"a {shape}, clearly a {shape}, {low}", f"a {shape}, {low}, clearly {colour}"]
    return rng.choice(forms)


def sample_batch(rng: random.Random, nrng: np.random.Generator, size: int,
                 stretch: float = 0.0) -> tuple[torch.Tensor, torch.Tensor, list[str], torch.Tensor]:
    """Pictures, query boxes, query texts and the five answers for ``size`` training queries."""
    pictures, boxes, texts, labels = [], [], [], []
    while len(pictures) < size:
        image, drawn, asked, _ = draw_picture(rng, nrng, stretch)
        for _ in range(2):
            if asked and rng.random() < 0.75:  # a region asked where an object was meant to go
                k = rng.randrange(len(asked))
                box, truth = asked[k], drawn[k]
                want = [truth.shape or rng.choice(SHAPES), truth.colour, truth.texture]
                if rng.random() < 0.6:  # one or two attributes asked differently
                    for j in rng.sample(range(3), rng.choice((1, 1, 2))):
                        options = (SHAPES, list(COLOURS), ("solid", "striped"))[j]
                        want[j] = rng.choice([o for o in options if o != want[j]])
            else:  # a region somewhere else: often nothing is there
                side = rng.randint(8, 15) / SIZE
                bx, by = rng.uniform(0, 1 - side), rng.uniform(0, 1 - side)
                box, want = (bx, by, bx + side, by + side), [rng.choice(SHAPES), rng.choice(list(COLOURS)), rng.choice(("solid", "striped"))]
            pictures.append(image)
            boxes.append(box)
            texts.append(region_text(*want, rng))
            labels.append(answers(drawn, box, tuple(want)))
    pixels = torch.from_numpy(np.stack(pictures[:size]).astype(np.float32) / 127.5 - 1).permute(0, 3, 1, 2)
    return pixels, torch.tensor(boxes[:size], dtype=torch.float32), texts[:size], torch.tensor(labels[:size])


# -- text, weights, training ---------------------------------------------------------------------------------------------


@cache
def _encoder():
    from ..minilm import minilm

    return minilm()


def embed_texts(texts: list[str], memo: dict[str, torch.Tensor] | None = None) -> torch.Tensor:
    """(B, 384) all-MiniLM-L6-v2 sentence embeddings (mean over real tokens, unit length), memoised by text."""
    memo = {} if memo is None else memo
    missing = list(dict.fromkeys(t for t in texts if t not in memo))
    if missing:
        tokenizer, model = _encoder()
        batch = tokenizer(missing, padding=True, return_tensors="pt")
        with torch.no_grad():
            states = model(**batch).last_hidden_state
        mask = batch["attention_mask"][..., None].float()
        pooled = nn.functional.normalize((states * mask).sum(1) / mask.sum(1), dim=-1)
        memo.update(zip(missing, pooled, strict=True))
    return torch.stack([memo[t] for t in texts])


def _blocks(name: str, config: CriticConfig) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Block sizes along a parameter's (out, in) dimensions: channel groups that grow with the width."""
    c = config.channels
    if name.startswith("film"):  # (scale, shift) per channel
        width = c if name[4] in "13" else 2 * c
        return (width, width), ()
    if name == "head.0.weight":
        return (config.hidden,), (2 * c, 2 * c) + ((2 * c, 2 * c) if config.crop else ()) + (config.text_dim,)
    return (), ()


def _place(old: torch.Tensor, blocks_new: tuple, blocks_old: tuple, dim: int) -> list[int]:
    """Indices along ``dim`` of the wider tensor where ``old``'s entries go: the start of each block (all of ``old``'s
    first entries if unblocked)."""
    if not blocks_old:
        return list(range(old.shape[dim]))
    starts_new = np.cumsum((0,) + blocks_new[:-1])
    return [int(s) + i for s, size in zip(starts_new, blocks_old, strict=True) for i in range(size)]


def widen(critic: ShapesCritic, channels: int) -> ShapesCritic:
    """A wider critic (``channels`` per layer) that answers exactly as ``critic`` until trained: each old weight kept in
    place, new channels drawn at random, and old channels reading nothing from new ones (those weights start at zero)."""
    if channels < critic.config.channels:
        raise ValueError(f"--channels {channels} is narrower than the critic's {critic.config.channels} channels")
    config = replace(critic.config, channels=channels)
    wide = ShapesCritic(config)
    state = wide.state_dict()
    for name, old in critic.state_dict().items():
        new = state[name]
        (out_old, in_old), (out_new, in_new) = _blocks(name, critic.config), _blocks(name, config)
        rows = _place(old, out_new, out_old, 0)
        if old.dim() == 1:
            new[rows] = old
            continue
        cols = _place(old, in_new, in_old, 1)
        fresh = sorted(set(range(new.shape[1])) - set(cols))
        at = torch.tensor(rows)[:, None]
        new[at, torch.tensor(cols)[None, :]] = old
        new[at, torch.tensor(fresh, dtype=torch.long)[None, :]] = 0.0
    wide.load_state_dict(state)
    return wide


def train_critic(minutes: float, out: Path, batch: int = 256, lr: float = 2e-3, seed: int = 0, held_out: int = 4096,
                 init: Path | None = None, crop: int = 24, focus: dict[str, float] | None = None, stretch: float = 0.0,
                 channels: int | None = None) -> dict:
    """Train on fresh procedural batches for ``minutes``; report accuracy per question on held-out pictures.

    ``init`` continues from earlier weights (a new learning-rate schedule, fresh pictures by ``seed``); otherwise a
    new critic with a ``crop`` x ``crop`` close-up branch (0: none). ``focus`` weighs questions' losses (e.g.
    ``{"shape": 2.0}``; the rest weigh 1). ``stretch``: share of training objects drawn stretched (see
    :func:`_draw_object`); held-out pictures are the world's own, unstretched. ``channels``: the width of a new critic,
    or with ``init`` the width the loaded critic is grown to (:func:`widen`).
    """
    unknown = set(focus or {}) - set(QUESTIONS)
    if unknown:
        raise ValueError(f"unknown question(s) {sorted(unknown)} in focus; the critic answers {', '.join(QUESTIONS)}")
    emphasis = torch.tensor([(focus or {}).get(q, 1.0) for q in QUESTIONS])
    torch.manual_seed(seed)
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    critic, memo = (load_critic.__wrapped__(str(init)) if init else ShapesCritic(CriticConfig(crop=crop, channels=channels or 32))), {}
    if init and channels:
        critic = widen(critic, channels)
    critic.train()
    optimiser = torch.optim.AdamW(critic.parameters(), lr=lr, weight_decay=0.01)
    test = sample_batch(random.Random(10**6 + seed), np.random.default_rng(10**6 + seed), held_out)
    start, step = time.perf_counter(), 0
    while time.perf_counter() - start < minutes * 60:
        pixels, boxes, texts, labels = sample_batch(rng, nrng, batch, stretch)
        logits = critic(pixels, boxes, embed_texts(texts, memo))
        weight = torch.ones_like(labels)
        weight[:, 1:] = labels[:, :1]  # placed, colour, texture, shape are asked only of an object that is there
        weight = weight * emphasis
        loss = (nn.functional.binary_cross_entropy_with_logits(logits, labels, reduction="none") * weight).sum() / weight.sum()
        progress = (time.perf_counter() - start) / (minutes * 60)
        for group in optimiser.param_groups:
            group["lr"] = lr * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        optimiser.step()
        step += 1
        if step % 500 == 0:
            print(f"step {step:6d}  loss {loss.item():.4f}  held-out {critic_accuracy(critic, test, memo)}", flush=True)
    report = {"steps": step, "samples": step * batch, "minutes": minutes, "held_out": held_out, "accuracy": critic_accuracy(critic, test, memo),
              "continued_from": str(init) if init else None, "focus": focus or {}, "stretch": stretch,
              **({"widened_to": channels} if init and channels else {})}
    save_critic(critic, out, report)
    return report


@torch.no_grad()
def critic_accuracy(critic: ShapesCritic, batch: tuple, memo: dict) -> dict[str, float]:
    pixels, boxes, texts, labels = batch
    critic.eval()
    guess = (critic.answer(pixels, boxes, embed_texts(texts, memo)) > 0).float()
    critic.train()
    present = labels[:, 0] == 1
    out = {"present": (guess[:, 0] == labels[:, 0]).float().mean().item()}
    for j, name in enumerate(QUESTIONS[1:], start=1):
        out[name] = (guess[present, j] == labels[present, j]).float().mean().item()
    return {k: round(v, 4) for k, v in out.items()}


#: Seeds of the held-out draws the critic is measured on (pictures by ``10**6 + seed``; training draws by ``seed``).
HELD_OUT_SEEDS = (0, 3, 5, 11)


def held_out_accuracy(critic: ShapesCritic, seeds: tuple[int, ...] = HELD_OUT_SEEDS, size: int = 4096) -> dict[str, dict[str, float]]:
    """Accuracy per question on ``size`` fresh procedural queries for each seed of ``seeds``."""
    memo: dict = {}
    out = {}
    for seed in seeds:
        batch = sample_batch(random.Random(10**6 + seed), np.random.default_rng(10**6 + seed), size)
        out[str(seed)] = critic_accuracy(critic, batch, memo)
    critic.eval()  # critic_accuracy leaves a critic in training mode; the shipped one answers in eval mode
    return out


def save_critic(critic: ShapesCritic, out: Path, report: dict) -> None:
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in critic.state_dict().items()}, out / WEIGHTS_NAME)
    (out / WEIGHTS_NAME).with_suffix(".json").write_text(json.dumps({"config": asdict(critic.config), **report}, indent=2) + "\n")


def _weights_path(path: str | None) -> Path:
    from importlib import resources

    return Path(path) if path else Path(str(resources.files(__package__).joinpath("weights", WEIGHTS_NAME)))


@cache
def weights_id(path: str | None = None) -> str:
    """The first 12 hex digits of the SHA-256 of the critic's weights (the shipped ones, or those at ``path``)."""
    import hashlib

    return hashlib.sha256(_weights_path(path).read_bytes()).hexdigest()[:12]


@cache
def load_critic(path: str | None = None) -> ShapesCritic:
    """The trained critic: the one shipped beside the embedded model, or the weights at ``path``."""
    from safetensors.torch import load_file

    weights = _weights_path(path)
    if not weights.is_file():
        raise FileNotFoundError(f"critic weights not found at {weights}; train them with `python -m regiondit.generator.shapes.critic`")
    critic = ShapesCritic(CriticConfig(**critic_report(path)["config"]))
    critic.load_state_dict(load_file(weights))
    return critic.eval()


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the shapes world's vision critic on procedural pictures.")
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--out", type=Path, default=Path("runs/critic"))
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--init", type=Path, help="continue from these critic weights")
    parser.add_argument("--crop", type=int, default=24, help="side of the region close-up branch of a new critic (0: none)")
    parser.add_argument("--focus", action="append", default=[], metavar="QUESTION=WEIGHT",
                        help="weigh one question's loss (e.g. shape=2); repeatable")
    parser.add_argument("--stretch", type=float, default=0.0, help="share of training objects drawn stretched (oblongs, ellipses) and, "
                        "independently, loosely (wavering circles, leaning triangles), still labelled with their shape (0-1)")
    parser.add_argument("--channels", type=int, help="width of a new critic, or (with --init) widen the critic to this many channels, "
                        "answering as before until trained")
    args = parser.parse_args()
    try:
        focus = {q: float(w) for q, w in (item.split("=", 1) for item in args.focus)}
    except ValueError:
        parser.error(f"--focus takes QUESTION=WEIGHT, e.g. shape=2 (got {args.focus})")
    try:
        report = train_critic(args.minutes, args.out, args.batch, args.lr, seed=args.seed, init=args.init, crop=args.crop, focus=focus,
                              stretch=args.stretch, channels=args.channels)
    except ValueError as error:
        parser.error(str(error))
    print(json.dumps(report, indent=1))



def _alone(pixels: torch.Tensor, boxes: list) -> None:
    """Each region's copy of the picture (``pixels[k]``) as the critic learnt to read it, one object to a box: where one
    box lies inside another ("a red circle inside a blue square"), the outer region's copy has the inner box filled with
    the colour round it (the outer object whole, or the background where none was drawn), and the inner region's copy has
    the rest of the outer box painted over with the background (a pixel of margin kept round the inner box), as are the
    pixels of the outer object's colour inside the inner box."""
    from ..masks import nested_pairs
    from .world import pixel_box

    pairs = nested_pairs(boxes)
    if not pairs:
        return
    side = pixels.shape[-1]
    border = torch.cat([pixels[0, :, 0], pixels[0, :, -1], pixels[0, :, :, 0], pixels[0, :, :, -1]], dim=1)
    background = border.median(dim=1).values[:, None, None]

    def cells(box, grow: int = 0) -> tuple[slice, slice]:
        x0, y0, x1, y1 = pixel_box(box, side)
        return slice(max(0, y0 - grow), min(side, y1 + grow)), slice(max(0, x0 - grow), min(side, x1 + grow))

    for inner, outer in pairs:
        ring = torch.zeros(side, side, dtype=torch.bool)
        ring[cells(boxes[outer])] = True
        ring[cells(boxes[inner], 1)] = False
        around = pixels[outer][:, ring].median(dim=1).values[:, None, None] if ring.any() else background
        rows, cols = cells(boxes[inner])
        pixels[outer, :, rows, cols] = around
        near = cells(boxes[inner], 1)
        keep = pixels[inner, :, near[0], near[1]].clone()
        framed = (keep - around).norm(dim=0) < 0.3  # the outer object's colour showing round the inner one: background too
        keep[:, framed] = background[:, 0]
        rows, cols = cells(boxes[outer])
        pixels[inner, :, rows, cols] = background
        pixels[inner, :, near[0], near[1]] = keep


def ask(critic: ShapesCritic, image, regions) -> list[dict[str, bool]]:
    """The critic's five answers (see :data:`QUESTIONS`) for each layout region of ``image`` (a PIL image of any size):
    the region's box, and its texts joined as planners and refinements write them ("a square, blue, striped")."""
    from PIL import Image

    from ...schemas import join_texts

    if not regions:  # a picture of the background alone: nothing to ask about
        return []
    small = image.convert("RGB").resize((SIZE, SIZE), Image.BOX)
    pixels = torch.from_numpy(np.asarray(small, dtype=np.float32) / 127.5 - 1).permute(2, 0, 1)[None].repeat(len(regions), 1, 1, 1)
    _alone(pixels, [r.bbox for r in regions])
    texts = [join_texts(r.high_level, r.low_level) for r in regions]
    with torch.no_grad():
        logits = critic.answer(pixels, torch.tensor([list(r.bbox) for r in regions], dtype=torch.float32), embed_texts(texts))
    return [dict(zip(QUESTIONS, (bool(v > 0) for v in row), strict=True)) for row in logits]


def critic_report(path: str | None = None) -> dict:
    """What training recorded beside the weights (config, held-out accuracy, how it was trained)."""
    return json.loads(_weights_path(path).with_suffix(".json").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
