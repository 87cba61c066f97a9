"""Train the embedded shapes-world DiT (rectified flow, whole-picture captions only).

    python -m regiondit.generator.shapes.train --out runs/shapes --images 600000 --minutes 60   # CPU, one chunk
    python -m regiondit.generator.shapes.train --out runs/shapes --images 600000 --minutes 60   # ... the next chunk
    python -m regiondit.generator.shapes.train --out runs/shapes --images 6000000 --device cuda --batch 512 --workers 12

A run is resumable: ``--out`` holds the full training state (model, EMA, optimiser, step)
and every chunk continues it exactly where the last stopped, so ``--minutes`` only cuts the
work into pieces. Step ``n``'s batch is drawn from its own seed (``seed``, ``n``), so the data
are the same whether they are drawn in the loop or by ``--workers`` processes ahead of it (on a
GPU the drawing, not the model, is the bottleneck). The learning rate follows the planned ``--images``
(warm-up, then cosine to 10%). ``--init`` warm-starts a new run from another shapes
model's weights, grown to this architecture (:func:`.model.grow_transformer`).

Scenes are drawn fresh from the procedural world every step (seeded), captions are
encoded by the pipeline's own ``encode_prompt`` (training and sampling see identical
text states), and 10% of captions are dropped to the empty prompt for classifier-free
guidance. Regional control is never trained: boxes only appear at sampling time, as in
the paper. The EMA weights and their JSON are written to ``--out`` after every chunk;
``--model shapes:DIR`` renders with them.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from .model import ShapesModelConfig, build_pipeline, grow_transformer, read_weights, save_weights
from .world import CROP_SIDES, caption_variants, empty_crop, render_scene, sample_crop, sample_scene

STATE = "train_state.pt"
LOG = "train_log.json"


@dataclass
class TrainConfig:
    model: ShapesModelConfig = field(default_factory=ShapesModelConfig)
    #: Planned length of the run in images: the learning-rate schedule spans it.
    images: int = 600_000
    #: Wall-clock budget of this chunk (the run stops earlier when ``images`` are done).
    minutes: float = 60.0
    #: Most optimiser steps in this chunk (None: as many as ``minutes`` allow).
    chunk_steps: int | None = None
    batch: int = 32
    lr: float = 3e-4
    weight_decay: float = 0.01
    warmup_steps: int = 300
    ema: float = 0.999
    caption_dropout: float = 0.1
    #: Share of steps on small single-object canvases (what an isolated region renders).
    crop_prob: float = 0.15
    #: Share of full scenes drawn with no object (their caption is just the background's text).
    empty_prob: float = 0.05
    #: Share of small canvases drawn with no object: what an isolated background renders.
    empty_crop_prob: float = 0.2
    #: Share of several-object scenes captioned by only some of their objects (see ``world.caption_variants``).
    partial_prob: float = 0.5
    seed: int = 0
    device: str = "cpu"
    checkpoint_minutes: float = 10.0
    #: Weights (.safetensors, JSON beside) of another shapes model to grow into this one at the start.
    init: str | None = None
    #: Processes drawing batches ahead of the loop (0: drawn in the loop). Same data either way.
    workers: int = 0


def scene_batch(rng: random.Random, size: int, dropout: float, empty: float, side: int, partial: float = 0.0) -> tuple[torch.Tensor, list[str]]:
    """(B, 3, side, side) pixels in [-1, 1] and their captions ('' where dropped; some objects left out with ``partial``)."""
    scenes = [sample_scene(rng, empty_prob=empty) for _ in range(size)]
    pixels = np.stack([render_scene(s, side) for s in scenes]).astype(np.float32) / 127.5 - 1.0
    captions = ["" if rng.random() < dropout else caption_variants(s, rng, partial) for s in scenes]
    return torch.from_numpy(pixels).permute(0, 3, 1, 2), captions


def crop_batch(rng: random.Random, size: int, dropout: float, empty: float) -> tuple[torch.Tensor, list[str]]:
    """(B, 3, h, w) small canvases of one random size (one object, or none with probability ``empty``), and their captions."""
    height = rng.choice(CROP_SIDES)
    width = min(max(CROP_SIDES[0], height + rng.choice((-4, 0, 0, 4))), CROP_SIDES[-1])
    crops = [empty_crop(rng, height, width) if rng.random() < empty else sample_crop(rng, height, width) for _ in range(size)]
    pixels = np.stack([c[0] for c in crops]).astype(np.float32) / 127.5 - 1.0
    captions = ["" if rng.random() < dropout else c[1] for c in crops]
    return torch.from_numpy(pixels).permute(0, 3, 1, 2), captions


class CaptionEncoder:
    """The pipeline's text encoding with a bounded memo (single- and two-object captions repeat often)."""

    def __init__(self, pipe, device: torch.device, max_tokens: int, capacity: int = 20_000):
        self.pipe, self.device, self.max_tokens, self.capacity = pipe, device, max_tokens, capacity
        self.memo: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}

    @torch.no_grad()
    def __call__(self, captions: list[str], tokens: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """(B, L, C) text states and (B, L) masks, as ``encode_prompt`` gives them.

        ``tokens``: the captions already tokenized as ``encode_prompt`` does (:func:`tokenize`), encoded in one batch.
        :func:`train` passes them on a GPU, where the memo would only cost time; without them the memo is used.
        """
        if tokens is not None:
            ids, mask = (torch.from_numpy(t).to(self.device, non_blocking=True) for t in tokens)
            return self.pipe.text_encoder(ids, attention_mask=mask)[0], mask
        if len(self.memo) + len(captions) > self.capacity:  # make room first: every caption of this batch must stay
            self.memo.clear()
        missing = list(dict.fromkeys(c for c in captions if c not in self.memo))
        if missing:
            states, mask, _, _ = self.pipe.encode_prompt(missing, do_classifier_free_guidance=False, device=self.device,
                                                         clean_caption=False, max_sequence_length=self.max_tokens)
            self.memo.update({c: (s, m) for c, s, m in zip(missing, states, mask, strict=True)})
        pairs = [self.memo[c] for c in captions]
        return torch.stack([s for s, _ in pairs]), torch.stack([m for _, m in pairs])


#: The tokenizer the batch workers use (set before they are forked; see :class:`Batches`).
_TOKENIZER = None


def tokenize(tokenizer, captions: list[str], max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
    """(B, max_tokens) token ids and attention mask, exactly as the pipeline's ``encode_prompt`` makes them."""
    text = tokenizer([c.lower().strip() for c in captions], padding="max_length", max_length=max_tokens, truncation=True,
                     add_special_tokens=True, return_tensors="np")
    return text["input_ids"].astype(np.int64), text["attention_mask"].astype(np.int64)


def _draw_and_tokenize(cfg: TrainConfig, step: int) -> tuple[np.ndarray, list[str], tuple[np.ndarray, np.ndarray] | None]:
    pixels, captions = draw_batch(cfg, step)
    return pixels, captions, None if _TOKENIZER is None else tokenize(_TOKENIZER, captions, cfg.model.max_tokens)


def draw_batch(cfg: TrainConfig, step: int) -> tuple[np.ndarray, list[str]]:
    """Step ``step``'s training batch: (B, 3, h, w) pixels in [-1, 1] and captions, fixed by (``cfg.seed``, ``step``)."""
    rng = random.Random(f"{cfg.seed}:{step}")
    if rng.random() < cfg.crop_prob:
        x0, captions = crop_batch(rng, cfg.batch, cfg.caption_dropout, cfg.empty_crop_prob)
    else:
        x0, captions = scene_batch(rng, cfg.batch, cfg.caption_dropout, cfg.empty_prob, cfg.model.sample_size, cfg.partial_prob)
    return x0.numpy(), captions


class Batches:
    """Batches for steps ``first..last-1`` in order, drawn by ``cfg.workers`` processes a few steps ahead (or in place).

    With a ``tokenizer`` the captions come tokenized too (the workers' share of the text encoding).
    """

    def __init__(self, cfg: TrainConfig, first: int, last: int, tokenizer=None):
        global _TOKENIZER
        _TOKENIZER = tokenizer  # inherited by the forked workers
        self.cfg, self.next, self.last = cfg, first, last
        self.pool = None
        self.ahead: deque = deque()
        if cfg.workers > 0:
            import multiprocessing

            self.pool = multiprocessing.get_context("fork").Pool(cfg.workers)
            for _ in range(3 * cfg.workers):
                self._submit()

    def _submit(self) -> None:
        if self.next < self.last:
            self.ahead.append(self.pool.apply_async(_draw_and_tokenize, (self.cfg, self.next)))
            self.next += 1

    def get(self, step: int) -> tuple[np.ndarray, list[str], tuple[np.ndarray, np.ndarray] | None]:
        if self.pool is None:
            return _draw_and_tokenize(self.cfg, step)
        batch = self.ahead.popleft().get()
        self._submit()
        return batch

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()


def learning_rate(cfg: TrainConfig, step: int) -> float:
    """Linear warm-up, then cosine decay to 10% over the planned images."""
    progress = min(1.0, step * cfg.batch / cfg.images)
    return cfg.lr * min(1.0, (step + 1) / cfg.warmup_steps) * (0.1 + 0.45 * (1 + math.cos(math.pi * progress)))


def train(cfg: TrainConfig, out: Path) -> dict:
    device = torch.device(cfg.device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True
    torch.manual_seed(cfg.seed)  # the initial weights too: a run is fixed by its config and seed
    pipe = build_pipeline(cfg.model)
    pipe.text_encoder.to(device)
    model = pipe.transformer
    state_path = out / STATE
    if state_path.is_file():
        state = torch.load(state_path, map_location="cpu", weights_only=False)
        if state["model_config"] != asdict(cfg.model):
            raise SystemExit(f"{state_path} holds a run of another architecture ({state['model_config']}); use another --out")
        model.load_state_dict(state["model"])
    elif cfg.init:
        old_config, old_weights = read_weights(cfg.init)
        old = old_config.transformer()
        old.load_state_dict(old_weights)
        model = pipe.transformer = grow_transformer(old, cfg.model)
        state = None
        print(f"warm start from {cfg.init} ({old_config.num_layers} blocks, patch {old_config.patch_size})", flush=True)
    else:
        state = None
    model.to(device).train()
    ema = copy.deepcopy(model).eval().requires_grad_(False)
    optimiser = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    torch.manual_seed(cfg.seed)
    step, log = 0, []
    if state is not None:
        ema.load_state_dict(state["ema"])
        optimiser.load_state_dict(state["optimiser"])
        torch.set_rng_state(state["torch_rng"])
        if "cuda_rng" in state and device.type == "cuda":
            torch.cuda.set_rng_state(state["cuda_rng"])
        step, log = state["step"], state["log"]
        print(f"resuming {out} at step {step} ({step * cfg.batch} images)", flush=True)
    encode = CaptionEncoder(pipe, device, cfg.model.max_tokens)
    params = sum(p.numel() for p in model.parameters())
    print(f"shapes DiT: {params / 1e6:.2f}M parameters, batch {cfg.batch}, up to {cfg.minutes} min on {device}", flush=True)

    start = last_save = time.perf_counter()
    seconds0 = log[-1]["seconds"] if log else 0.0
    total_steps = math.ceil(cfg.images / cfg.batch)
    running = log[-1]["loss"] if log else None
    last = total_steps if cfg.chunk_steps is None else min(total_steps, step + cfg.chunk_steps)
    batches = Batches(cfg, step, last, tokenizer=pipe.tokenizer if device.type == "cuda" else None)
    try:
        while step < last and time.perf_counter() - start < cfg.minutes * 60:
            step, running = _step(cfg, model, ema, optimiser, encode, batches, step, running, device)
            if step % 50 == 0:
                elapsed = time.perf_counter() - start
                log.append({"step": step, "images": step * cfg.batch, "seconds": round(seconds0 + elapsed, 1), "loss": round(running, 5)})
                print(f"step {step:6d}  images {step * cfg.batch:8d}  loss {running:.4f}  lr {learning_rate(cfg, step):.2e}", flush=True)
            if time.perf_counter() - last_save > cfg.checkpoint_minutes * 60:
                _save(out, cfg, model, ema, optimiser, step, log)
                last_save = time.perf_counter()
    finally:
        batches.close()
    return _save(out, cfg, model, ema, optimiser, step, log)


def _step(cfg: TrainConfig, model, ema, optimiser, encode: CaptionEncoder, batches: Batches, step: int, running: float | None,
          device: torch.device) -> tuple[int, float]:
    """One optimiser step on step ``step``'s batch; returns the next step and the running loss."""
    pixels, captions, tokens = batches.get(step)
    x0 = torch.from_numpy(pixels).to(device, non_blocking=True)
    text, mask = encode(captions, tokens)
    # Rectified flow: x_t = (1 - t) x0 + t noise, predict v = noise - x0; t from a logit-normal.
    t = torch.sigmoid(torch.randn(x0.shape[0], device=device))
    noise = torch.randn_like(x0)
    xt = (1 - t.view(-1, 1, 1, 1)) * x0 + t.view(-1, 1, 1, 1) * noise
    with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):  # bf16 matmuls on a GPU
        pred = model(xt, encoder_hidden_states=text, encoder_attention_mask=mask, timestep=t * 1000,
                     added_cond_kwargs={"resolution": None, "aspect_ratio": None}).sample
    loss = torch.nn.functional.mse_loss(pred.float(), noise - x0)
    for group in optimiser.param_groups:
        group["lr"] = learning_rate(cfg, step)
    optimiser.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimiser.step()
    with torch.no_grad():
        decay = min(cfg.ema, (1 + step) / (10 + step))
        torch._foreach_lerp_(list(ema.parameters()), list(model.parameters()), 1 - decay)
    step += 1
    running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
    return step, running


def _save(out: Path, cfg: TrainConfig, model, ema, optimiser, step: int, log: list[dict]) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    state = {"model": model.state_dict(), "ema": ema.state_dict(), "optimiser": optimiser.state_dict(),
             "torch_rng": torch.get_rng_state(), "step": step, "log": log, "model_config": asdict(cfg.model)}
    if torch.cuda.is_available() and next(model.parameters()).is_cuda:
        state["cuda_rng"] = torch.cuda.get_rng_state()
    torch.save(state, out / f"{STATE}.tmp")
    (out / f"{STATE}.tmp").replace(out / STATE)  # a kill mid-write leaves the last good state
    summary = {"steps": step, "images": step * cfg.batch, "final_loss": log[-1]["loss"] if log else math.nan,
               "train_config": {k: v for k, v in asdict(cfg).items() if k != "model"}}
    save_weights(ema, cfg.model, out / "shapes_dit.safetensors", summary)
    (out / LOG).write_text(json.dumps({**summary, "log": log}, indent=1) + "\n", encoding="utf-8")
    print(f"saved {out} at step {step} ({step * cfg.batch} images)", flush=True)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    d, m = TrainConfig(), ShapesModelConfig()
    parser.add_argument("--out", required=True, help="run folder: training state, EMA weights, loss log (resumed when present)")
    parser.add_argument("--images", type=int, default=d.images, help="planned images of the whole run (learning-rate schedule)")
    parser.add_argument("--minutes", type=float, default=d.minutes, help="wall-clock budget of this chunk")
    parser.add_argument("--batch", type=int, default=d.batch)
    parser.add_argument("--lr", type=float, default=d.lr)
    parser.add_argument("--seed", type=int, default=d.seed)
    parser.add_argument("--crop-prob", type=float, default=d.crop_prob, help="share of steps on small single-object canvases")
    parser.add_argument("--empty-prob", type=float, default=d.empty_prob, help="share of full scenes with no object")
    parser.add_argument("--empty-crop-prob", type=float, default=d.empty_crop_prob, help="share of small canvases with no object")
    parser.add_argument("--partial-prob", type=float, default=d.partial_prob, help="share of several-object scenes captioned by only some objects")
    parser.add_argument("--device", default=d.device)
    parser.add_argument("--workers", type=int, default=d.workers, help="processes drawing batches ahead of the loop (same data)")
    parser.add_argument("--init", help="warm-start from these shapes weights (.safetensors with its JSON beside)")
    parser.add_argument("--sample-size", type=int, default=m.sample_size, help="training canvas side in pixels")
    parser.add_argument("--patch-size", type=int, default=m.patch_size)
    parser.add_argument("--layers", type=int, default=m.num_layers)
    parser.add_argument("--heads", type=int, default=m.num_attention_heads)
    parser.add_argument("--interpolation-scale", type=int, default=m.interpolation_scale)
    args = parser.parse_args()
    model = ShapesModelConfig(sample_size=args.sample_size, patch_size=args.patch_size, num_layers=args.layers,
                              num_attention_heads=args.heads, interpolation_scale=args.interpolation_scale)
    cfg = TrainConfig(model=model, images=args.images, minutes=args.minutes, batch=args.batch, lr=args.lr, seed=args.seed,
                      device=args.device, init=args.init, crop_prob=args.crop_prob, empty_prob=args.empty_prob,
                      empty_crop_prob=args.empty_crop_prob, partial_prob=args.partial_prob, workers=args.workers)
    train(cfg, Path(args.out))


if __name__ == "__main__":
    main()
