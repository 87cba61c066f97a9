"""Full-size regional vs vanilla step time and peak memory on a CUDA GPU (random weights, bf16, 1024x1024).

Architectures at their published sizes, built from configs (no download): the FLUX.1-dev
transformer, SD3.5-medium, HunyuanDiT v1.2 and PixArt-Sigma XL. For 4 and 16 regions it
times one denoising step (a transformer forward: classifier-free-guidance batch of 2,
FLUX batch 1) with the stock processors and with regional attention on every block,
using CUDA events after warm-up, median of ``--repeats``; peak memory is measured per
variant. Region texts hold 12 real tokens each. Two baselines, as in
``bench_regional``: ``vanilla`` pads the text as the stock pipelines do, and
``vanilla_trimmed`` (the fair one) is the same real text as the regional run, as one
prompt without padding (none for HunyuanDiT, whose text length is fixed). The regional step
is timed on each masked-attention kernel of ``--kernels`` (``generator/masked_attention.py``):
``sdpa`` (dense mask; cross-attention models: the packed per-text softmax), ``split`` (most
of the work on unmasked fused kernels; cross-attention models: one SDPA call per chunk of
texts), ``cudnn`` (joint models: the dense call on cuDNN attention) and, on request, ``flex``
(compiled; its compilation falls in the warm-up). Each row keeps every kernel's time, ratios
and peak memory under ``kernels``. Writes
``evals/results/bench_gpu_<card>.json`` and prints a table.

On the GPU machine (diffusers is not installed there; carry its wheel in ``.whl/``):

    pip install --no-deps .whl/diffusers-*.whl && pip install --no-deps -e . && python -m regiondit.evals.bench_gpu

``--dry-run`` runs the same code on the CPU with the configs scaled down (a smoke test).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch

from ..generator import DepthRouting, RegionalContext, install_regional_processors, pack_texts, region_weights
from ..generator.joint import JointContext
from .bench_regional import (
    TEXT_TOKENS,
    cross_trimmed_inputs,
    grid_regions,
    joint_inputs,
    joint_regional_setup,
    joint_text_tokens,
    joint_trimmed_inputs,
)

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
#: Masked-attention kernels timed by default (``generator/masked_attention.py``); flex on request (slower, measured before).
KERNELS = ("sdpa", "split", "cudnn")

CONFIGS = {
    "flux.1-dev": ("flux", dict(patch_size=1, in_channels=64, num_layers=19, num_single_layers=38, attention_head_dim=128, num_attention_heads=24,
                                joint_attention_dim=4096, pooled_projection_dim=768, guidance_embeds=True, axes_dims_rope=(16, 56, 56))),
    "sd3.5-medium": ("sd3", dict(sample_size=128, patch_size=2, in_channels=16, out_channels=16, num_layers=24, attention_head_dim=64,
                                 num_attention_heads=24, joint_attention_dim=4096, caption_projection_dim=1536, pooled_projection_dim=2048,
                                 pos_embed_max_size=384, dual_attention_layers=tuple(range(13)), qk_norm="rms_norm")),
    "hunyuan-dit-v1.2": ("hunyuan-dit", dict(num_attention_heads=16, attention_head_dim=88, in_channels=4, patch_size=2, hidden_size=1408,
                                             num_layers=40, mlp_ratio=4.3637, sample_size=128, text_len=77, text_len_t5=256, cross_attention_dim=1024,
                                             cross_attention_dim_t5=2048, pooled_projection_dim=1024, use_style_cond_and_image_meta_size=False)),
    "pixart-sigma-xl": ("pixart", dict(num_attention_heads=16, attention_head_dim=72, in_channels=4, out_channels=8, num_layers=28, sample_size=128,
                                       patch_size=2, caption_channels=4096, cross_attention_dim=1152, norm_type="ada_norm_single",
                                       num_embeds_ada_norm=1000, use_additional_conditions=False, interpolation_scale=2)),
}
#: --dry-run: the same structure, small enough for a CPU.
SMALL = {
    "flux.1-dev": dict(num_layers=2, num_single_layers=2, attention_head_dim=32, num_attention_heads=2, joint_attention_dim=64,
                       pooled_projection_dim=32, axes_dims_rope=(8, 12, 12)),
    "sd3.5-medium": dict(sample_size=32, num_layers=2, num_attention_heads=2, joint_attention_dim=64, caption_projection_dim=128,
                         pooled_projection_dim=32, pos_embed_max_size=32, dual_attention_layers=(0,)),
    "hunyuan-dit-v1.2": dict(num_attention_heads=2, hidden_size=176, num_layers=2, sample_size=32, cross_attention_dim=64,
                             cross_attention_dim_t5=64, pooled_projection_dim=32),
    "pixart-sigma-xl": dict(num_attention_heads=2, num_layers=2, sample_size=32, caption_channels=64, cross_attention_dim=144),
}


def build(name: str, dry: bool, device, dtype):
    from diffusers import FluxTransformer2DModel, HunyuanDiT2DModel, PixArtTransformer2DModel, SD3Transformer2DModel

    arch, config = CONFIGS[name]
    config = {**config, **(SMALL[name] if dry else {})}
    cls = {"flux": FluxTransformer2DModel, "sd3": SD3Transformer2DModel, "hunyuan-dit": HunyuanDiT2DModel, "pixart": PixArtTransformer2DModel}[arch]
    torch.manual_seed(0)
    with torch.device(device):
        model = cls(**config)
    return arch, model.to(dtype=dtype).eval()


def cross_inputs(arch: str, model, grid: int, device, dtype) -> dict:
    from diffusers.models.embeddings import get_2d_rotary_pos_embed

    g = torch.Generator().manual_seed(1)
    cfg = model.config
    latents = torch.randn(2, cfg.in_channels, grid * 2, grid * 2, generator=g)
    if arch == "pixart":
        mask = torch.zeros(2, 300)
        mask[:, :TEXT_TOKENS] = 1
        kw = dict(hidden_states=latents, encoder_hidden_states=torch.randn(2, 300, cfg.caption_channels, generator=g), encoder_attention_mask=mask,
                  timestep=torch.tensor([500, 500]), added_cond_kwargs={"resolution": None, "aspect_ratio": None})
    else:
        m0, m1 = torch.zeros(2, 77, dtype=torch.long), torch.zeros(2, 256, dtype=torch.long)
        m0[:, :TEXT_TOKENS], m1[:, :TEXT_TOKENS] = 1, 1
        head_dim = cfg.attention_head_dim
        rope = get_2d_rotary_pos_embed(head_dim, ((0, 0), (grid, grid)), (grid, grid))
        kw = dict(
            hidden_states=latents,
            timestep=torch.tensor([500.0, 500.0]),
            encoder_hidden_states=torch.randn(2, 77, cfg.cross_attention_dim, generator=g),
            text_embedding_mask=m0,
            encoder_hidden_states_t5=torch.randn(2, 256, cfg.cross_attention_dim_t5, generator=g),
            text_embedding_mask_t5=m1,
            image_rotary_emb=tuple(r.to(device) for r in rope),
        )

    def move(v):
        if isinstance(v, torch.Tensor):
            return v.to(device=device, dtype=dtype if v.is_floating_point() else v.dtype)
        return v

    return {k: move(v) if not isinstance(v, dict) else v for k, v in kw.items()}


def timer(device):
    """A function that times ``fn`` in milliseconds: CUDA events on a GPU, perf_counter on the CPU."""
    if device.type == "cuda":
        def run(fn):
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            fn()
            end.record()
            torch.cuda.synchronize()
            return start.elapsed_time(end)
    else:
        def run(fn):
            t0 = time.perf_counter()
            fn()
            return (time.perf_counter() - t0) * 1000
    return run


def profile_table(step, device, rows: int = 20) -> str:
    """The ops that take the time in one call of ``step`` (torch.profiler; on a GPU sorted by device time)."""
    from torch.profiler import ProfilerActivity, profile

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if device.type == "cuda" else [])
    with profile(activities=activities) as prof:
        step()
        if device.type == "cuda":
            torch.cuda.synchronize()
    key = "cuda_time_total" if device.type == "cuda" else "cpu_time_total"
    return prof.key_averages().table(sort_by=key, row_limit=rows)


def interleaved(variants: dict, model_set, repeats: int, warmup: int, device, time_ms) -> dict[str, tuple[float, float]]:
    """Median ms and peak GiB of each variant's step, timed in turns (round r times every variant once).

    ``variants``: name -> (processors, step); ``model_set(processors)`` installs a variant's processors. Timing in
    turns lets drift (clocks, a busy host) hit every variant alike; switching processors is outside the timed region.
    """
    times: dict[str, list[float]] = {name: [] for name in variants}
    peaks = dict.fromkeys(variants, 0.0)
    for processors, step in variants.values():
        model_set(processors)
        for _ in range(warmup):
            step()
    for _ in range(repeats):
        for name, (processors, step) in variants.items():
            model_set(processors)
            if device.type == "cuda":
                torch.cuda.synchronize()
                torch.cuda.reset_peak_memory_stats()
            times[name].append(time_ms(step))
            if device.type == "cuda":
                peaks[name] = max(peaks[name], torch.cuda.max_memory_allocated() / 2**30)
    return {name: (statistics.median(t), peaks[name]) for name, t in times.items()}


def regional_variant(arch: str, model, grid: int, count: int, slots, kwargs: dict, stock_len: int | None, kernel: str, device, dtype):
    """(processors, step) of a regional step on ``kernel``: processors made once, so their per-generation caches persist."""
    if arch in ("sd3", "flux"):
        regional = joint_regional_setup(arch, model, grid, count, slots, kwargs, stock_len, JointContext(kernel))
        return dict(model.attn_processors), lambda: model(**regional)
    context = RegionalContext(kernel)
    install_regional_processors(model, slots, context)
    weights = region_weights(grid_regions(count), grid, grid).to(device)
    g = torch.Generator().manual_seed(2)
    names = [f"t{i}" for i in range(count + 1)]
    length = TEXT_TOKENS if arch == "pixart" else 2 * TEXT_TOKENS
    table = {n: torch.randn(length, model.config.cross_attention_dim, generator=g).to(device=device, dtype=dtype) for n in names}
    context.set({"regional": pack_texts(names, weights, table.get)}, cfg=True)
    return dict(model.attn_processors), lambda: model(**kwargs)


def _row(name: str, arch: str, count: int, grid: int, timed: dict[str, tuple[float, float]]) -> dict:
    def ratio(a, b):
        return round(a / b, 3) if a is not None and b else None

    (vanilla_ms, vanilla_gb), (ms, gb) = timed["vanilla"], timed["sdpa"]
    trimmed_ms, trimmed_gb = timed.get("trimmed", (None, None))
    flex_ms, flex_gb = timed.get("flex", (None, None))
    kernels = {k: v for k, v in timed.items() if k not in ("vanilla", "trimmed")}
    return {"model": name, "arch": arch, "regions": count, "image_tokens": grid * grid, "vanilla_ms": round(vanilla_ms, 2),
            "regional_ms": round(ms, 2), "ratio": round(ms / vanilla_ms, 3), "vanilla_peak_gib": round(vanilla_gb, 2),
            "regional_peak_gib": round(gb, 2), "peak_ratio": ratio(gb, vanilla_gb),
            "vanilla_trimmed_ms": None if trimmed_ms is None else round(trimmed_ms, 2), "ratio_trimmed": ratio(ms, trimmed_ms),
            "vanilla_trimmed_peak_gib": None if trimmed_gb is None else round(trimmed_gb, 2),
            "flex_ms": None if flex_ms is None else round(flex_ms, 2), "flex_ratio": ratio(flex_ms, vanilla_ms),
            "flex_ratio_trimmed": ratio(flex_ms, trimmed_ms), "flex_peak_gib": None if flex_gb is None else round(flex_gb, 2),
            "kernels": {k: {"ms": round(t, 2), "peak_gib": round(g, 2), "ratio": ratio(t, vanilla_ms), "ratio_trimmed": ratio(t, trimmed_ms),
                            "peak_ratio": ratio(g, trimmed_gb or vanilla_gb)} for k, (t, g) in kernels.items()}}


@torch.no_grad()
def bench(name: str, regions: tuple[int, ...], repeats: int, warmup: int, dry: bool, device, dtype, kernels: tuple[str, ...] = KERNELS,
          profile: tuple[int, ...] = ()) -> list[dict]:
    arch, model = build(name, dry, device, dtype)
    grid = 16 if dry else 64  # 1024 px: 128 latent px, 64 tokens a side
    joint = arch in ("sd3", "flux")
    stock_len = None
    if joint:
        kwargs, stock_len = joint_inputs(arch, model, grid, device, dtype)
        blocks = len(model.transformer_blocks) + len(getattr(model, "single_transformer_blocks", []))
    else:
        kwargs = cross_inputs(arch, model, grid, device, dtype)
        blocks = len(getattr(model, "transformer_blocks", None) or model.blocks)
    stock = dict(model.attn_processors)
    time_ms = timer(device)
    slots = DepthRouting.preset("regional_all", blocks).slots
    rows = []
    for count in regions:
        trimmed = joint_trimmed_inputs(arch, kwargs, joint_text_tokens(count)) if joint else cross_trimmed_inputs(arch, kwargs, count)
        variants = {"vanilla": (stock, lambda: model(**kwargs))}
        if trimmed is not None:
            variants["trimmed"] = (stock, lambda trimmed=trimmed: model(**trimmed))
        for kernel in (k for k in kernels if joint or k in ("sdpa", "split")):  # cross-attention models: packed softmax or per-text SDPA
            model.set_attn_processor(dict(stock))
            variants[kernel] = regional_variant(arch, model, grid, count, slots, kwargs, stock_len, kernel, device, dtype)
        timed = interleaved(variants, lambda processors: model.set_attn_processor(dict(processors)), repeats, warmup, device, time_ms)
        rows.append(_row(name, arch, count, grid, timed))
        if count in profile:  # where each step spends its time
            rows[-1]["profile"] = {}
            for k, (processors, step) in variants.items():
                model.set_attn_processor(dict(processors))
                rows[-1]["profile"][k] = profile_table(step, device)
        model.set_attn_processor(dict(stock))
        base = timed.get("trimmed", timed["vanilla"])[0]
        cells = "  ".join(f"{k} {t:7.1f} ms x{t / base:.3f}" for k, (t, _) in timed.items())
        peak = "  ".join(f"{k} {g:.2f}" for k, (_, g) in timed.items())
        print(f"{name:18s} regions={count:2d}  {cells}  | peak GiB {peak}", flush=True)
    model.to("meta")  # frees the weights before the next architecture is built
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="*", default=list(CONFIGS))
    parser.add_argument("--regions", nargs="*", type=int, default=[1, 4, 8, 16])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--dry-run", action="store_true", help="CPU, scaled-down configs, float32: checks the script runs")
    parser.add_argument("--kernels", nargs="*", default=list(KERNELS), choices=["sdpa", "split", "cudnn", "flex"],
                        help="masked-attention kernels timed (cross-attention models: sdpa and split only); sdpa always runs")
    parser.add_argument("--profile", nargs="*", type=int, default=[], metavar="REGIONS",
                        help="at these region counts also record where a regional and a vanilla step spend their time (torch.profiler)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    dry = args.dry_run or not torch.cuda.is_available()
    if not args.dry_run and not torch.cuda.is_available():
        sys.exit("no CUDA device: run on a GPU machine, or pass --dry-run for a CPU smoke run")
    device = torch.device("cpu" if dry else "cuda")
    dtype = torch.float32 if dry else torch.bfloat16
    repeats, warmup = (2, 1) if dry else (args.repeats, args.warmup)
    card = "cpu-dry-run" if dry else torch.cuda.get_device_name().lower().replace(" ", "-")
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"bench_gpu_{card}.json"
    rows = []
    for name in args.models:  # written after each model: a run cut short keeps what it measured
        kernels = tuple(dict.fromkeys(["sdpa", *args.kernels]))
        rows += bench(name, tuple(args.regions), repeats, warmup, dry, device, dtype, kernels=kernels, profile=tuple(args.profile))
        report = {"card": card, "dtype": str(dtype), "resolution": "256x256 (dry run)" if dry else "1024x1024", "repeats": repeats,
                  "warmup": warmup, "torch": torch.__version__, "rows": rows}
        path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
