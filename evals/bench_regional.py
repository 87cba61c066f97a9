"""Regional vs vanilla forward time of the DiT, measured in one run.

For HunyuanDiT, PixArt, SD3 and FLUX configs sized for a 2-core CPU, at two
resolutions, with 1, 2, 4, 8 and 16 regions, this times one denoising step (a
transformer forward; a classifier-free-guidance batch of 2 except for FLUX, whose
guidance is distilled) for:

- ``vanilla``: the stock processors with the global prompt, padded as the stock
  pipelines pad it (PixArt-alpha: 120 tokens with a mask; HunyuanDiT: 77 CLIP +
  256 T5 positions, padding replaced by learned embeddings);
- ``default``: regional processors on the default routing (reference: regional
  texts on the first 52% of blocks);
- ``all_blocks``: regional processors on every block;
- ``loop``: a per-region loop on every block (one stock attention call per region,
  blended by the masks), the approach of the reference node set, as a baseline
  (cross-attention models only);
- ``vanilla_trimmed``: the fair baseline. The stock padded prompt flatters regional
  runs, whose texts are trimmed to their real tokens. This baseline is the stock model
  given the same text as one prompt trimmed the same way: every text of the regional
  run (joint models: the global text and every region text; cross-attention models:
  every region text and the background, what their regional keys hold) concatenated,
  12 real tokens each, no padding; SD3's negative half at that length too. It differs
  from the regional run only in how the text is attended. HunyuanDiT has none: its
  learned padding embeddings fix its text at 77 + 256 positions;
- ``flex`` (joint models, 4 and 16 regions): ``all_blocks`` with the masked attention
  on FlexAttention instead of SDPA (``generator/masked_attention.py``). On the CPU
  that is eager FlexAttention, a reference implementation that materialises the
  scores: a check that the path runs, not the speed it has compiled on a GPU.

Ratios are given against both baselines: ``<variant>_ratio`` against the stock padded
vanilla, ``<variant>_trimmed_ratio`` against ``vanilla_trimmed``.

SD3 and FLUX (joint attention) get the regional mask over one sequence of the global
text and every region text, trimmed; their stock vanilla is the prompt as the stock
pipelines pad it (SD3: 77 CLIP + 256 T5 positions; FLUX: 512 T5 positions). SD3's
negative half stays the stock padded negative (as the renderer keeps it), so its
sequence is never shorter than the stock vanilla's, and against the trimmed baseline
it also pays for that padding.

Each figure is the median over repeats, with vanilla and regional timed
alternately so drift hits both. Region texts hold 12 real tokens each (CLIP + T5
for HunyuanDiT); their K/V are computed once per generation, so the timed
steady-state step excludes that one-off cost (reported separately).

    python -m regiondit.evals.bench_regional [--repeats 5] [--quick]

Writes ``evals/results/bench_regional.json`` and ``bench_regional.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

import torch
from diffusers.models.embeddings import get_2d_rotary_pos_embed

from ..generator import DepthRouting, RegionalContext, install_regional_processors, pack_texts, region_weights, registry
from ..generator.joint import JointContext, install_joint_processors, pack_joint
from ..schemas import Region

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
REGION_COUNTS = (1, 2, 4, 8, 16)
#: Region counts at which the FlexAttention path is timed (eager on the CPU: slow, so not all of them).
FLEX_COUNTS = (4, 16)
TEXT_TOKENS = 12


#: The benchmark's models: the registry's transformers at width 256 (4 heads of 64), random weights.
WIDTH = dict(heads=4, head_dim=64)


def timed_transformer(arch: str):
    """The transformer timed for ``arch`` (seeded, so every run times the same weights)."""
    torch.manual_seed(0)
    if arch == "pixart":
        return registry.pixart_transformer(**WIDTH, layers=8, sample_size=64)
    if arch == "hunyuan-dit":
        return registry.hunyuan_transformer(**WIDTH, layers=8, sample_size=64, t5_dim=128, pooled_dim=64)
    if arch == "sd3":
        return registry.sd3_transformer(**WIDTH, layers=8, sample_size=64, text_dim=256, pooled_dim=64)
    return registry.flux_transformer(**WIDTH, layers=3, single_layers=6, text_dim=256, pooled_dim=64)


def joint_inputs(arch: str, model, grid: int, device="cpu", dtype=torch.float32) -> tuple[dict, int]:
    """Stock inputs for one step and the vanilla text length (the stock pipeline's padding)."""
    g = torch.Generator().manual_seed(1)
    cfg = model.config
    text_dim, pooled_dim = cfg.joint_attention_dim, cfg.pooled_projection_dim
    if arch == "flux":
        length, batch = 512, 1
        ids = torch.zeros(grid, grid, 3)
        ids[..., 1], ids[..., 2] = torch.arange(grid)[:, None], torch.arange(grid)[None, :]
        kw = dict(hidden_states=torch.randn(batch, grid * grid, cfg.in_channels, generator=g), img_ids=ids.reshape(-1, 3),
                  txt_ids=torch.zeros(length, 3), timestep=torch.full((batch,), 0.5))
        if cfg.guidance_embeds:
            kw["guidance"] = torch.full((batch,), 3.5)
    else:
        length, batch = 77 + 256, 2
        kw = dict(hidden_states=torch.randn(batch, cfg.in_channels, grid * 2, grid * 2, generator=g), timestep=torch.full((batch,), 500.0))
    kw.update(encoder_hidden_states=torch.randn(batch, length, text_dim, generator=g), pooled_projections=torch.randn(batch, pooled_dim, generator=g))
    kw = {k: v.to(device=device, dtype=dtype if v.is_floating_point() and k not in ("img_ids", "txt_ids") else v.dtype) for k, v in kw.items()}
    return kw, length


def joint_regional_setup(arch: str, model, grid: int, count: int, slots: tuple[str, ...], kwargs: dict, stock_len: int, context: JointContext,
                         isolate: bool = False):
    """Install the regional processors for ``slots`` and the inputs of one regional step (the mask is built on first use)."""
    install_joint_processors(model, slots, context)
    weights = region_weights(grid_regions(count), grid, grid)
    dim, dtype, device = model.config.joint_attention_dim, kwargs["encoder_hidden_states"].dtype, kwargs["encoder_hidden_states"].device
    g = torch.Generator().manual_seed(2)
    names = [f"t{i}" for i in range(count + 1)]
    raw = {n: torch.randn(TEXT_TOKENS, dim, generator=g).to(device=device, dtype=dtype) for n in names}
    texts = pack_texts(names, weights, raw.get)
    negative_len = stock_len if arch == "sd3" else None
    seq = pack_joint(torch.randn(TEXT_TOKENS, dim, generator=g).to(device=device, dtype=dtype), {"regional": texts}, raw, num_image=grid * grid,
                     base_ratio=0.2, text_first=arch == "flux", image_mask=None, negative_len=negative_len, min_len=negative_len or 0)
    context.sequence = seq
    text = seq.text[None]
    if arch == "sd3":
        neg = kwargs["encoder_hidden_states"][:1]
        text = torch.cat([torch.nn.functional.pad(neg, (0, 0, 0, text.shape[1] - neg.shape[1])), text])
    out = dict(kwargs, encoder_hidden_states=text)
    if arch == "flux":
        out["txt_ids"] = torch.zeros(text.shape[1], 3, device=device)
    return out


def joint_trimmed_inputs(arch: str, kwargs: dict, length: int) -> dict:
    """The stock step with a text of ``length`` real tokens and no padding (both halves of a guidance batch)."""
    states = kwargs["encoder_hidden_states"]
    g = torch.Generator().manual_seed(3)
    text = torch.randn(states.shape[0], length, states.shape[2], generator=g).to(device=states.device, dtype=states.dtype)
    out = dict(kwargs, encoder_hidden_states=text)
    if arch == "flux":
        out["txt_ids"] = torch.zeros(length, 3, device=states.device)
    return out


def joint_text_tokens(count: int) -> int:
    """Real text tokens of a regional run: the global text, every region text and the background's."""
    return TEXT_TOKENS * (count + 2)


@torch.no_grad()
def bench_joint(arch: str, grid: int, repeats: int) -> list[dict]:
    model = timed_transformer(arch)
    kwargs, stock_len = joint_inputs(arch, model, grid)
    blocks = len(model.transformer_blocks) + len(getattr(model, "single_transformer_blocks", []))
    stock = {name: proc for name, proc in model.attn_processors.items()}
    context = JointContext("sdpa")
    rows = []

    def set_vanilla():
        model.set_attn_processor(dict(stock))
        context.sequence = None

    for count in REGION_COUNTS:
        regional_all = DepthRouting.preset("regional_all", blocks).slots
        variants = {"default": (DepthRouting.preset("reference", blocks).slots, "sdpa"), "all_blocks": (regional_all, "sdpa")}
        if count in FLEX_COUNTS:
            variants["flex"] = (regional_all, "flex")
        trimmed = joint_trimmed_inputs(arch, kwargs, joint_text_tokens(count))
        times: dict[str, list[float]] = {k: [] for k in ("vanilla", "vanilla_trimmed", *variants)}
        first_step = {}
        for rep in range(repeats + 1):
            set_vanilla()
            measured = {"vanilla": timed(lambda: model(**kwargs)), "vanilla_trimmed": timed(lambda trimmed=trimmed: model(**trimmed))}
            for name, (slots, kernel) in variants.items():
                context.attention = kernel
                regional = joint_regional_setup(arch, model, grid, count, slots, kwargs, stock_len, context)
                t_first = timed(lambda regional=regional: model(**regional))  # builds the masks once
                measured[name] = timed(lambda regional=regional: model(**regional))
                first_step[name] = t_first - measured[name]
            set_vanilla()
            if rep:
                for k, v in measured.items():
                    times[k].append(v)
        row = summary_row(arch, grid, count, times, first_step, ("default", "all_blocks", "flex", "loop"), once_key="masks_once_s")
        row.update(stock_text_tokens=stock_len, trimmed_text_tokens=joint_text_tokens(count))
        rows.append(row)
        print(progress(row), flush=True)
    return rows


def progress(row: dict) -> str:
    """One line per timed row: the stock step and the ratios against both baselines."""
    cells = [f"{k} x{row[f'{k}_ratio']:.3f}/x{row[f'{k}_trimmed_ratio']:.3f}" for k in ("default", "all_blocks", "flex", "loop")
             if row.get(f"{k}_ratio") is not None and row.get(f"{k}_trimmed_ratio") is not None]
    cells += [f"{k} x{row[f'{k}_ratio']:.3f}" for k in ("default", "all_blocks", "loop")
              if row.get(f"{k}_ratio") is not None and row.get(f"{k}_trimmed_ratio") is None]
    return f"{row['arch']:12s} tokens={row['tokens']:5d} regions={row['regions']:2d}  vanilla {row['vanilla_s'] * 1000:7.1f} ms  " + "  ".join(cells)


def grid_regions(count: int) -> list[Region]:
    """``count`` boxes tiling the canvas in a near-square grid, with a margin so the background shows."""
    cols = int(count**0.5 + 0.999)
    rows = (count + cols - 1) // cols
    out = []
    for i in range(count):
        r, c = divmod(i, cols)
        out.append(Region(f"r{i}", (c / cols + 0.02, r / rows + 0.02, (c + 1) / cols - 0.02, (r + 1) / rows - 0.02), "x"))
    return out


class LoopProcessor:
    """Baseline: one stock attention call per region, blended by the region weights."""

    def __init__(self, base, texts: list[torch.Tensor], weights: torch.Tensor):
        self.base, self.texts, self.weights = base, texts, weights

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None, temb=None, image_rotary_emb=None):
        extra = {} if image_rotary_emb is None else {"image_rotary_emb": image_rotary_emb}
        mask = attention_mask[:1] if attention_mask is not None else None
        uncond = self.base(attn, hidden_states[:1], encoder_hidden_states[:1], mask, temb, **extra)
        cond = sum(
            self.weights[:, i : i + 1] * self.base(attn, hidden_states[1:], t[None], None, temb, **extra)
            for i, t in enumerate(self.texts)
        )
        return torch.cat([uncond, cond])


def inputs(arch: str, model, grid: int) -> dict:
    g = torch.Generator().manual_seed(1)
    latents = torch.randn(2, 4, grid * 2, grid * 2, generator=g)
    if arch == "pixart":
        mask = torch.zeros(2, 120)
        mask[:, :TEXT_TOKENS] = 1
        return dict(hidden_states=latents, encoder_hidden_states=torch.randn(2, 120, 384, generator=g),
                    encoder_attention_mask=mask, timestep=torch.tensor([500, 500]),
                    added_cond_kwargs={"resolution": None, "aspect_ratio": None})
    cfg = model.config
    head_dim = cfg.attention_head_dim
    m0, m1 = torch.zeros(2, 77, dtype=torch.long), torch.zeros(2, 256, dtype=torch.long)
    m0[:, :TEXT_TOKENS], m1[:, :TEXT_TOKENS] = 1, 1
    return dict(hidden_states=latents, timestep=torch.tensor([500.0, 500.0]),
                encoder_hidden_states=torch.randn(2, 77, 384, generator=g), text_embedding_mask=m0,
                encoder_hidden_states_t5=torch.randn(2, 256, 128, generator=g), text_embedding_mask_t5=m1,
                image_rotary_emb=get_2d_rotary_pos_embed(head_dim, ((0, 0), (grid, grid)), (grid, grid)))


def cross_trimmed_inputs(arch: str, kwargs: dict, count: int) -> dict | None:
    """PixArt's stock step with every region text and the background's as one prompt of real tokens (None for HunyuanDiT)."""
    if arch != "pixart":
        return None  # learned padding embeddings fix HunyuanDiT's text at 77 + 256 positions
    length, like = TEXT_TOKENS * (count + 1), kwargs["encoder_hidden_states"]
    states = torch.randn(2, length, like.shape[-1], generator=torch.Generator().manual_seed(3)).to(device=like.device, dtype=like.dtype)
    return dict(kwargs, encoder_hidden_states=states, encoder_attention_mask=torch.ones(2, length, device=like.device))


def region_states(arch: str, count: int) -> list[torch.Tensor]:
    """Region + background text states in attn2's input space, trimmed to their real tokens."""
    g = torch.Generator().manual_seed(2)
    length = TEXT_TOKENS if arch == "pixart" else 2 * TEXT_TOKENS  # HunyuanDiT: CLIP + T5 tokens
    dim = 256 if arch == "pixart" else 384
    return [torch.randn(length, dim, generator=g) for _ in range(count + 1)]


def summary_row(arch: str, grid: int, count: int, times: dict[str, list[float]], first_step: dict[str, float],
                variants: tuple[str, ...], once_key: str) -> dict:
    """Medians of the timed variants, their ratios to both baselines, and the one-off cost of the first regional step.

    A variant or baseline not timed for this row (not applicable) gets None.
    """
    med = {k: statistics.median(v) for k, v in times.items() if v}
    trimmed = med.get("vanilla_trimmed")

    def ratio(k: str, base: float | None) -> float | None:
        return round(med[k] / base, 3) if k in med and base else None

    return {
        "arch": arch, "tokens": grid * grid, "regions": count, "vanilla_s": round(med["vanilla"], 5),
        "vanilla_trimmed_s": round(trimmed, 5) if trimmed else None,
        **{f"{k}_s": round(med[k], 5) if k in med else None for k in variants},
        **{f"{k}_ratio": ratio(k, med["vanilla"]) for k in variants},
        **{f"{k}_trimmed_ratio": ratio(k, trimmed) for k in variants},
        once_key: round(max(0.0, first_step["all_blocks"]), 5),
    }


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


@torch.no_grad()
def bench_model(arch: str, grid: int, repeats: int) -> list[dict]:
    model = timed_transformer(arch)
    kwargs = inputs(arch, model, grid)
    attn2 = [b.attn2 for b in (model.transformer_blocks if arch == "pixart" else model.blocks)]
    stock = [m.processor for m in attn2]
    blocks = len(stock)
    context = RegionalContext()
    rows = []

    def forward():
        model(**kwargs)

    def set_vanilla():
        for module, base in zip(attn2, stock, strict=True):
            module.set_processor(base)

    for count in REGION_COUNTS:
        regions = grid_regions(count)
        weights = region_weights(regions, grid, grid)
        states = region_states(arch, count)
        names = [f"t{i}" for i in range(count + 1)]
        table = dict(zip(names, states, strict=True))
        variants = {
            "default": DepthRouting.preset("reference", blocks).slots,
            "all_blocks": DepthRouting.preset("regional_all", blocks).slots,
        }
        trimmed = cross_trimmed_inputs(arch, kwargs, count)
        times: dict[str, list[float]] = {k: [] for k in ("vanilla", "vanilla_trimmed", *variants, "loop")}
        first_step = {}
        for rep in range(repeats + 1):  # the first round warms up and is not counted
            set_vanilla()
            t_v = timed(forward)
            measured = {"vanilla": t_v}
            if trimmed is not None:
                measured["vanilla_trimmed"] = timed(lambda trimmed=trimmed: model(**trimmed))
            for name, slots in variants.items():
                install_regional_processors(model, slots, context)
                context.set({"regional": pack_texts(names, weights, table.get)}, cfg=True)
                t_first = timed(forward)  # computes region K/V once
                measured[name] = timed(forward)
                first_step[name] = t_first - measured[name]
            for module, base in zip(attn2, stock, strict=True):
                module.set_processor(LoopProcessor(base, states, weights))
            measured["loop"] = timed(forward)
            set_vanilla()
            if rep:
                for k, v in measured.items():
                    times[k].append(v)
        row = summary_row(arch, grid, count, times, first_step, ("default", "all_blocks", "flex", "loop"), once_key="kv_once_s")
        row.update(stock_text_tokens=120 if arch == "pixart" else 77 + 256,
                   trimmed_text_tokens=None if trimmed is None else TEXT_TOKENS * (count + 1))
        rows.append(row)
        print(progress(row), flush=True)
    return rows


def markdown(rows: list[dict]) -> str:
    """The table: steps of both baselines, then each variant's ratio to the stock padded vanilla / to the trimmed one."""
    lines = [
        "| model | image tokens | regions | vanilla step, stock padded (ms) | vanilla step, trimmed (ms) | regional, default routing "
        "| regional, all blocks | regional, all blocks, FlexAttention | per-region loop, all blocks |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]

    def cell(r: dict, k: str) -> str:
        stock, fair = r.get(f"{k}_ratio"), r.get(f"{k}_trimmed_ratio")
        if stock is None:
            return "—"
        return f"{stock:.2f}x / {fair:.2f}x" if fair is not None else f"{stock:.2f}x / —"

    for r in rows:
        trimmed = f"{r['vanilla_trimmed_s'] * 1000:.1f}" if r.get("vanilla_trimmed_s") else "—"
        lines.append(f"| {r['arch']} | {r['tokens']} | {r['regions']} | {r['vanilla_s'] * 1000:.1f} | {trimmed} | "
                     + " | ".join(cell(r, k) for k in ("default", "all_blocks", "flex", "loop")) + " |")
    note = ("\nRatios: regional step / stock padded vanilla step, then / trimmed vanilla step (the same real text as one prompt, "
            "no padding); — where a baseline or variant does not apply. FlexAttention runs eager on the CPU (a correctness "
            "path there, not a speed one).\n")
    return "\n".join(lines) + "\n" + note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one resolution, 2 repeats (a smoke run)")
    parser.add_argument("--arch", nargs="*", default=["pixart", "hunyuan-dit", "sd3", "flux"], help="models to time (default: all four)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    grids = (16,) if args.quick else (16, 32)
    repeats = 2 if args.quick else args.repeats
    rows = [row for arch in args.arch for grid in grids
            for row in (bench_joint(arch, grid, repeats) if arch in ("sd3", "flux") else bench_model(arch, grid, repeats))]
    args.out.mkdir(parents=True, exist_ok=True)
    previous = args.out / "bench_regional.json"
    if previous.is_file():  # a run on some models keeps the others' rows from the last run
        kept = [r for r in json.loads(previous.read_text())["rows"] if r["arch"] not in args.arch]
        rows = sorted(kept + rows, key=lambda r: (["pixart", "hunyuan-dit", "sd3", "flux"].index(r["arch"]), r["tokens"], r["regions"]))
    report = {
        "what": "transformer forward (one denoising step; CFG batch 2, FLUX batch 1), median of repeats; <variant>_ratio = variant / "
                "stock padded vanilla, <variant>_trimmed_ratio = variant / vanilla_trimmed (the same real text as one prompt, no padding)",
        "machine": {"cpu": platform.processor() or platform.machine(), "threads": torch.get_num_threads(), "torch": torch.__version__},
        "repeats": repeats,
        "rows": rows,
    }
    (args.out / "bench_regional.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "bench_regional.md").write_text(markdown(rows))
    print(f"wrote {args.out / 'bench_regional.json'} and bench_regional.md")


if __name__ == "__main__":
    main()
