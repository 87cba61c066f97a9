"""Train the embedded shapes-world DiT (rectified flow, global captions only).

    python -m regiondit.generator.shapes.train --minutes 60          # CPU
    python -m regiondit.generator.shapes.train --minutes 10 --device cuda --batch 512

Scenes are drawn fresh from the procedural world every step (seeded), captions
are encoded by the pipeline's own ``encode_prompt`` (so training and sampling see
identical text states), and 10% of captions are dropped to the empty prompt for
classifier-free guidance. Regional control is never trained: region boxes only
appear at sampling time, as in the paper. Writes the EMA weights to
``generator/shapes/weights/`` and the loss curve to ``evals/results/``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from .model import WEIGHTS, ShapesModelConfig, build_pipeline, save_weights
from .world import CROP_SIDES, caption_variants, empty_crop, render_scene, sample_crop, sample_scene

RESULTS = Path(__file__).resolve().parents[2] / "evals" / "results"


@dataclass
class TrainConfig:
    model: ShapesModelConfig = field(default_factory=ShapesModelConfig)
    minutes: float = 60.0
    max_steps: int = 10**9
    batch: int = 64
    lr: float = 6e-4
    weight_decay: float = 0.01
    warmup_steps: int = 200
    ema: float = 0.999
    caption_dropout: float = 0.1
    #: Share of steps that train on small single-object canvases (what an isolated region renders).
    crop_prob: float = 0.5
    #: Share of full scenes drawn with no object (their caption is just the background's text).
    empty_prob: float = 0.04
    #: Share of small canvases drawn with no object: what an isolated background should render.
    empty_crop_prob: float = 0.0
    seed: int = 0
    device: str = "cpu"
    checkpoint_minutes: float = 5.0
    out: str = str(WEIGHTS)
    resume: bool = False


def scene_batch(rng: random.Random, size: int, dropout: float, empty: float = 0.04) -> tuple[torch.Tensor, list[str]]:
    """(B, 3, 32, 32) pixels in [-1, 1] and their captions ('' where dropped)."""
    scenes = [sample_scene(rng, empty_prob=empty) for _ in range(size)]
    pixels = np.stack([render_scene(s) for s in scenes]).astype(np.float32) / 127.5 - 1.0
    captions = ["" if rng.random() < dropout else caption_variants(s, rng) for s in scenes]
    return torch.from_numpy(pixels).permute(0, 3, 1, 2), captions


def crop_batch(rng: random.Random, size: int, dropout: float, empty: float = 0.0) -> tuple[torch.Tensor, list[str]]:
    """(B, 3, h, w) small canvases of one random size (one object, or none with probability ``empty``), and their captions."""
    height = rng.choice(CROP_SIDES)
    width = min(max(CROP_SIDES[0], height + rng.choice((-4, 0, 0, 4))), CROP_SIDES[-1])
    # (no extra draws when empty == 0: the committed first runs replay exactly)
    crops = [empty_crop(rng, height, width) if empty and rng.random() < empty else sample_crop(rng, height, width) for _ in range(size)]
    pixels = np.stack([c[0] for c in crops]).astype(np.float32) / 127.5 - 1.0
    captions = ["" if rng.random() < dropout else c[1] for c in crops]
    return torch.from_numpy(pixels).permute(0, 3, 1, 2), captions


def train(cfg: TrainConfig) -> dict:
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    device = torch.device(cfg.device)
    pipe = build_pipeline(cfg.model)
    pipe.text_encoder.to(device)
    model = pipe.transformer.to(device).train()
    log: list[dict] = []
    step0 = seen0 = 0
    seconds0 = 0.0
    if cfg.resume:
        from safetensors.torch import load_file

        model.load_state_dict(load_file(cfg.out))
        previous = json.loads(RESULTS.joinpath("shapes_train_loss.json").read_text(encoding="utf-8"))
        log, step0, seen0 = previous["log"], previous["steps"], previous["images"]
        seconds0 = log[-1]["seconds"] if log else 0.0
        rng.seed(cfg.seed + step0)  # fresh scenes, not a replay of the first run
        print(f"resuming from {cfg.out} after {step0} steps ({seen0} images)", flush=True)
    ema = copy.deepcopy(model).eval().requires_grad_(False)
    optimiser = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    params = sum(p.numel() for p in model.parameters())
    print(f"shapes DiT: {params / 1e6:.2f}M parameters, batch {cfg.batch}, {cfg.minutes} min on {device}", flush=True)

    start = last_ckpt = time.perf_counter()
    step, seen, running = step0, seen0, None
    while step < cfg.max_steps and time.perf_counter() - start < cfg.minutes * 60:
        crops = rng.random() < cfg.crop_prob
        if crops:
            x0, captions = crop_batch(rng, cfg.batch, cfg.caption_dropout, cfg.empty_crop_prob)
        else:
            x0, captions = scene_batch(rng, cfg.batch, cfg.caption_dropout, cfg.empty_prob)
        x0 = x0.to(device)
        with torch.no_grad():
            text, mask, _, _ = pipe.encode_prompt(captions, do_classifier_free_guidance=False, device=device,
                                                  clean_caption=False, max_sequence_length=cfg.model.max_tokens)
        # Rectified flow: x_t = (1 - t) x0 + t noise, predict v = noise - x0; t from a logit-normal.
        t = torch.sigmoid(torch.randn(x0.shape[0], device=device))
        noise = torch.randn_like(x0)
        xt = (1 - t.view(-1, 1, 1, 1)) * x0 + t.view(-1, 1, 1, 1) * noise
        pred = model(xt, encoder_hidden_states=text, encoder_attention_mask=mask, timestep=t * 1000,
                     added_cond_kwargs={"resolution": None, "aspect_ratio": None}).sample
        loss = torch.nn.functional.mse_loss(pred, noise - x0)
        # Linear warm-up, then cosine decay to 10% over the time budget.
        progress = min(1.0, (time.perf_counter() - start) / (cfg.minutes * 60), step / cfg.max_steps)
        lr = cfg.lr * min(1.0, (step - step0 + 1) / cfg.warmup_steps) * (0.1 + 0.45 * (1 + math.cos(math.pi * progress)))
        for group in optimiser.param_groups:
            group["lr"] = lr
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        with torch.no_grad():
            decay = min(cfg.ema, (1 + step - step0) / (10 + step - step0)) if not cfg.resume else cfg.ema
            for pe, pm in zip(ema.parameters(), model.parameters(), strict=True):
                pe.lerp_(pm, 1 - decay)
        step += 1
        seen += cfg.batch
        running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
        if step % 50 == 0:
            elapsed = time.perf_counter() - start
            log.append({"step": step, "images": seen, "seconds": round(seconds0 + elapsed, 1), "loss": round(running, 5)})
            print(f"step {step:6d}  images {seen:8d}  loss {running:.4f}  {(seen - seen0) / elapsed:6.1f} img/s", flush=True)
        if time.perf_counter() - last_ckpt > cfg.checkpoint_minutes * 60:
            _save(ema, cfg, step, seen, log, start)
            last_ckpt = time.perf_counter()
    return _save(ema, cfg, step, seen, log, start)


def _save(ema, cfg: TrainConfig, step: int, seen: int, log: list[dict], start: float) -> dict:
    summary = {"steps": step, "images": seen, "minutes": round((time.perf_counter() - start) / 60, 2),
               "final_loss": log[-1]["loss"] if log else math.nan, "train_config": {k: v for k, v in asdict(cfg).items() if k != "model"}}
    save_weights(ema.to("cpu"), cfg.model, Path(cfg.out), summary)
    ema.to(cfg.device)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "shapes_train_loss.json").write_text(json.dumps({**summary, "log": log}, indent=1) + "\n", encoding="utf-8")
    print(f"saved {cfg.out} after {step} steps ({seen} images)", flush=True)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    defaults = TrainConfig()
    parser.add_argument("--minutes", type=float, default=defaults.minutes)
    parser.add_argument("--max-steps", type=int, default=defaults.max_steps)
    parser.add_argument("--batch", type=int, default=defaults.batch)
    parser.add_argument("--lr", type=float, default=defaults.lr)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--crop-prob", type=float, default=defaults.crop_prob, help="share of steps on small single-object canvases")
    parser.add_argument("--empty-prob", type=float, default=defaults.empty_prob, help="share of full scenes with no object")
    parser.add_argument("--empty-crop-prob", type=float, default=defaults.empty_crop_prob, help="share of small canvases with no object")
    parser.add_argument("--device", default=defaults.device)
    parser.add_argument("--patch-size", type=int, default=defaults.model.patch_size)
    parser.add_argument("--layers", type=int, default=defaults.model.num_layers)
    parser.add_argument("--heads", type=int, default=defaults.model.num_attention_heads)
    parser.add_argument("--out", default=defaults.out)
    parser.add_argument("--resume", action="store_true", help="continue from the weights at --out (fresh optimiser state)")
    args = parser.parse_args()
    model = ShapesModelConfig(patch_size=args.patch_size, num_layers=args.layers, num_attention_heads=args.heads)
    cfg = TrainConfig(model=model, minutes=args.minutes, max_steps=args.max_steps, batch=args.batch, lr=args.lr,
                      seed=args.seed, device=args.device, out=args.out, resume=args.resume, crop_prob=args.crop_prob,
                      empty_prob=args.empty_prob, empty_crop_prob=args.empty_crop_prob)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    train(cfg)


if __name__ == "__main__":
    main()
