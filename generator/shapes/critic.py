"""The embedded world's vision critic: a small image model that reads a picture and one region's words.

For a region (its box and its texts) it answers five questions about the picture:
is there an object for this region, is it placed inside the box, and does it have the
colour, the texture and the shape the region's texts ask for. The texts reach it as
all-MiniLM-L6-v2 sentence embeddings, so it scores the layout's words, not class ids.

Architecture: a convolutional trunk over the picture (32 x 32) and the region's box as a
fourth channel, conditioned on the text by FiLM (a per-channel scale and shift computed
from the embedding), then pooled over the whole picture and over the box, and a small head.

It is trained (``python -m regiondit.generator.shapes.critic``) on procedural pictures whose
truth is known by construction, roughened to look like the DiT's renders: blobby edges,
ragged stripes, shifted and rescaled objects, stray fragments, colour noise, blur, and the
faint frames isolated regions leave. The hand-written analyzer is never its teacher: it
stays the independent judge of every evaluation.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .world import BACKGROUNDS, COLOURS, SHAPES, SIZE, STRIPE_DARKNESS, shape_mask

QUESTIONS = ("present", "placed", "colour", "texture", "shape")
WEIGHTS_NAME = "shapes_critic.safetensors"


@dataclass(frozen=True)
class CriticConfig:
    channels: int = 32
    text_dim: int = 384
    hidden: int = 128


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
        self.head = nn.Sequential(nn.Linear(4 * c + config.text_dim, config.hidden), nn.GELU(), nn.Linear(config.hidden, len(QUESTIONS)))

    def forward(self, pixels: torch.Tensor, box: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        """``pixels`` (B, 3, 32, 32) in [-1, 1], ``box`` (B, 1, 32, 32) 1 inside the region's box, ``text`` (B, 384)."""
        x = self.film1(self.stem(torch.cat([pixels, box], dim=1)), text)
        x = self.deep(self.film2(self.mid(x), text))
        inside = nn.functional.adaptive_max_pool2d(box, x.shape[-2:])
        pooled_box = (x * inside).sum((2, 3)) / inside.sum((2, 3)).clamp(min=1)
        return self.head(torch.cat([x.mean((2, 3)), pooled_box, text], dim=1))


def box_channel(bboxes: list[tuple[float, float, float, float]], size: int = SIZE) -> torch.Tensor:
    """(B, 1, size, size): 1 at pixels whose centre lies in each box."""
    centres = (torch.arange(size, dtype=torch.float32) + 0.5) / size
    out = torch.zeros(len(bboxes), 1, size, size)
    for i, (x0, y0, x1, y1) in enumerate(bboxes):
        out[i, 0] = torch.outer((centres >= y0) & (centres <= y1), (centres >= x0) & (centres <= x1)).float()
    return out


# -- training pictures: the world, roughened like the DiT's renders ----------------------------------------------------


@dataclass
class Drawn:
    """An object as it ended up on the picture (its attributes and its actual pixels)."""

    shape: str
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


def draw_picture(rng: random.Random, nrng: np.random.Generator) -> tuple[np.ndarray, list[Drawn], list[tuple[float, ...]], str]:
    """A roughened picture, the objects as drawn, the boxes they were asked in, and the background name."""
    background = rng.choice(list(BACKGROUNDS))
    image = np.broadcast_to(np.array(BACKGROUNDS[background], dtype=np.float32), (SIZE, SIZE, 3)).copy()
    image += nrng.normal(0, rng.uniform(0, 6), image.shape)
    if rng.random() < 0.3:  # the faint frame an isolated region leaves
        x0, y0 = rng.randint(0, 20), rng.randint(0, 20)
        image[y0 : y0 + rng.randint(8, 14), x0 : x0 + rng.randint(8, 14)] += rng.uniform(-12, 12)
    drawn, asked = [], []
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 3, 4))):
        side = rng.randint(8, 15)
        x0, y0 = rng.randint(0, SIZE - side), rng.randint(0, SIZE - side)
        asked.append((x0 / SIZE, y0 / SIZE, (x0 + side) / SIZE, (y0 + side) / SIZE))
        # Where it is drawn may differ from where it was asked: shifted, resized.
        scale = rng.uniform(0.65, 1.2) if rng.random() < 0.5 else 1.0
        shift = (rng.randint(-side // 2, side // 2), rng.randint(-side // 2, side // 2)) if rng.random() < 0.25 else (0, 0)
        w = h = max(3, round(side * scale))
        dx, dy = x0 + shift[0] + (side - w) // 2, y0 + shift[1] + (side - h) // 2
        obj = Drawn(rng.choice(SHAPES), rng.choice(list(COLOURS)), rng.choice(("solid", "striped")), np.zeros((SIZE, SIZE), bool))
        local = _ragged(shape_mask(obj.shape, w, h), nrng, rng.uniform(0, 0.35) if rng.random() < 0.6 else 0.0)
        ys, xs = np.nonzero(local)
        ys, xs = ys + dy, xs + dx
        keep = (ys >= 0) & (ys < SIZE) & (xs >= 0) & (xs < SIZE)
        obj.mask[ys[keep], xs[keep]] = True
        colour = np.array(COLOURS[obj.colour], dtype=np.float32) + nrng.normal(0, rng.uniform(0, 14), 3)
        pixels = np.broadcast_to(colour, (SIZE, SIZE, 3)).copy()
        if obj.texture == "striped":
            phase, darkness = rng.randint(0, 3), rng.uniform(0.3, 0.65) if rng.random() < 0.5 else STRIPE_DARKNESS
            rows = ((np.arange(SIZE) - dy + phase) % 4) >= 2
            pixels[rows] *= darkness
        image[obj.mask] = pixels[obj.mask]
        drawn.append(obj)
    for _ in range(rng.choice((0, 0, 0, 1, 2))):  # stray fragments
        colour = np.array(rng.choice(list(COLOURS.values())), dtype=np.float32)
        y, x, s = rng.randint(0, SIZE - 3), rng.randint(0, SIZE - 3), rng.randint(1, 3)
        image[y : y + s, x : x + s] = colour
    if rng.random() < 0.3:
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


def sample_batch(rng: random.Random, nrng: np.random.Generator, size: int) -> tuple[torch.Tensor, list, list[str], torch.Tensor]:
    """Pictures, query boxes, query texts and the five answers for ``size`` training queries."""
    pictures, boxes, texts, labels = [], [], [], []
    while len(pictures) < size:
        image, drawn, asked, _ = draw_picture(rng, nrng)
        for _ in range(2):
            if asked and rng.random() < 0.75:  # a region asked where an object was meant to go
                k = rng.randrange(len(asked))
                box, truth = asked[k], drawn[k]
                want = [truth.shape, truth.colour, truth.texture]
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
    return pixels, boxes[:size], texts[:size], torch.tensor(labels[:size])


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


def train_critic(minutes: float, out: Path, batch: int = 256, lr: float = 2e-3, seed: int = 0, held_out: int = 4096,
                 init: Path | None = None) -> dict:
    """Train on fresh procedural batches for ``minutes``; report accuracy per question on held-out pictures.

    ``init`` continues from earlier weights (a new learning-rate schedule, fresh pictures by ``seed``).
    """
    torch.manual_seed(seed)
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    critic, memo = (load_critic.__wrapped__(str(init)).train() if init else ShapesCritic()), {}
    optimiser = torch.optim.AdamW(critic.parameters(), lr=lr, weight_decay=0.01)
    test = sample_batch(random.Random(10**6 + seed), np.random.default_rng(10**6 + seed), held_out)
    start, step = time.perf_counter(), 0
    while time.perf_counter() - start < minutes * 60:
        pixels, boxes, texts, labels = sample_batch(rng, nrng, batch)
        logits = critic(pixels, box_channel(boxes), embed_texts(texts, memo))
        weight = torch.ones_like(labels)
        weight[:, 1:] = labels[:, :1]  # placed, colour, texture, shape are asked only of an object that is there
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
              "continued_from": str(init) if init else None}
    save_critic(critic, out, report)
    return report


@torch.no_grad()
def critic_accuracy(critic: ShapesCritic, batch: tuple, memo: dict) -> dict[str, float]:
    pixels, boxes, texts, labels = batch
    critic.eval()
    guess = (critic(pixels, box_channel(boxes), embed_texts(texts, memo)) > 0).float()
    critic.train()
    present = labels[:, 0] == 1
    out = {"present": (guess[:, 0] == labels[:, 0]).float().mean().item()}
    for j, name in enumerate(QUESTIONS[1:], start=1):
        out[name] = (guess[present, j] == labels[present, j]).float().mean().item()
    return {k: round(v, 4) for k, v in out.items()}


def save_critic(critic: ShapesCritic, out: Path, report: dict) -> None:
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in critic.state_dict().items()}, out / WEIGHTS_NAME)
    (out / WEIGHTS_NAME).with_suffix(".json").write_text(json.dumps({"config": asdict(critic.config), **report}, indent=2) + "\n")


def _weights_path(path: str | None) -> Path:
    from importlib import resources

    return Path(path) if path else Path(str(resources.files(__package__).joinpath("weights", WEIGHTS_NAME)))


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
    args = parser.parse_args()
    print(json.dumps(train_critic(args.minutes, args.out, args.batch, args.lr, seed=args.seed, init=args.init), indent=1))


if __name__ == "__main__":
    main()


def ask(critic: ShapesCritic, image, regions) -> list[dict[str, bool]]:
    """The critic's five answers (see :data:`QUESTIONS`) for each layout region of ``image`` (a PIL image of any size):
    the region's box, and its texts joined as planners and refinements write them ("a square, blue, striped")."""
    from PIL import Image

    from ...schemas import join_texts

    small = image.convert("RGB").resize((SIZE, SIZE), Image.BOX)
    pixels = torch.from_numpy(np.asarray(small, dtype=np.float32) / 127.5 - 1).permute(2, 0, 1)[None].repeat(len(regions), 1, 1, 1)
    texts = [join_texts(r.high_level, r.low_level) for r in regions]
    with torch.no_grad():
        logits = critic(pixels, box_channel([tuple(r.bbox) for r in regions]), embed_texts(texts))
    return [dict(zip(QUESTIONS, (bool(v > 0) for v in row), strict=True)) for row in logits]


def critic_report(path: str | None = None) -> dict:
    """What training recorded beside the weights (config, held-out accuracy, how it was trained)."""
    return json.loads(_weights_path(path).with_suffix(".json").read_text(encoding="utf-8"))
