"""Layout to PNG on a CUDA GPU for every backbone family: bf16, model CPU offload, and ``torch.compile``.

For each tiny pipeline (stock diffusers transformer, VAE and text encoders with random weights,
built from configs: ``tiny-pixart``, ``tiny-hunyuan-dit``, ``tiny-sd3``, ``tiny-sd3.5``,
``tiny-flux``) it renders one four-region layout with regional attention three ways:

- ``bf16``: the whole pipeline on the GPU in bfloat16;
- ``offload``: ``pipe.enable_model_cpu_offload()`` (accelerate moves each model in for its call);
- ``compile``: the transformer compiled in place (``transformer.compile()``), rendered twice; graph
  breaks and compiled graphs are read from dynamo's counters.

Every PNG is written, and ``gpu_smoke.json`` records per backbone and mode: the error (if any), the
seconds, and for ``compile`` the graph breaks with their reasons. A failure in one mode is recorded
and the next mode runs. On the GPU machine:

    python -m regiondit.evals.gpu_smoke --out OUT

Without CUDA (``--cpu``) it runs the modes but ``offload`` in float32 on the CPU (a smoke test of the script).
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections import Counter
from pathlib import Path

import torch

from ..generator import render
from ..generator.registry import TINY_MODELS, load_backend
from ..schemas import Layout

LAYOUT = {"canvas": {"width": 256, "height": 256},
          "global": {"high_level": "a tidy desk seen from above", "low_level": "soft daylight, matte paper"},
          "regions": [{"id": "mug", "bbox": [0.05, 0.05, 0.45, 0.45], "high_level": "a red mug", "low_level": "glazed ceramic"},
                      {"id": "book", "bbox": [0.55, 0.05, 0.95, 0.45], "high_level": "a blue book", "low_level": "cloth cover"},
                      {"id": "lamp", "bbox": [0.05, 0.55, 0.45, 0.95], "high_level": "a brass lamp", "low_level": "polished"},
                      {"id": "plant", "bbox": [0.55, 0.55, 0.95, 0.95], "high_level": "a green plant", "low_level": "glossy leaves"}]}
STEPS = 4


def _render(backend, layout: Layout, path: Path) -> dict:
    t0 = time.perf_counter()
    out = render(backend, layout, seed=0, steps=STEPS)
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    out.image.save(path)
    return {"png": path.name, "seconds": round(time.perf_counter() - t0, 3), "size": list(out.image.size)}


def _graph_breaks() -> dict:
    from torch._dynamo.utils import counters

    return {"graph_breaks": sum(counters["graph_break"].values()), "reasons": dict(Counter(dict(counters["graph_break"])).most_common(8)),
            "unique_graphs": counters["stats"]["unique_graphs"]}


def smoke(spec: str, mode: str, out: Path, device: str, dtype: torch.dtype) -> dict:
    """One backbone in one mode; an error is recorded, not raised."""
    layout = Layout.from_dict(LAYOUT)
    stem = f"{spec}_{mode}"
    try:
        backend = load_backend(spec)
        if mode == "offload":
            backend.pipe.to(dtype=dtype)
            backend.pipe.enable_model_cpu_offload()
        else:
            backend.pipe.to(device, dtype)
        if mode != "compile":
            return {"ok": True, **_render(backend, layout, out / f"{stem}.png")}
        torch._dynamo.reset()
        torch._dynamo.utils.counters.clear()
        backend.transformer.compile()
        first = _render(backend, layout, out / f"{stem}.png")
        second = _render(backend, layout, out / f"{stem}_again.png")
        return {"ok": True, "first": first, "second": second, **_graph_breaks()}
    except Exception as error:  # recorded: the next mode and backbone still run
        return {"ok": False, "error": f"{type(error).__name__}: {error}"[:2000], "trace": traceback.format_exc()[-3000:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--models", nargs="*", default=list(TINY_MODELS))
    parser.add_argument("--modes", nargs="*", default=["bf16", "offload", "compile"])
    parser.add_argument("--cpu", action="store_true", help="no GPU: float32 on the CPU, without offload")
    args = parser.parse_args()
    if not args.cpu and not torch.cuda.is_available():
        raise SystemExit("no CUDA device: run on a GPU machine, or pass --cpu for a smoke run of the script")
    device, dtype = ("cpu", torch.float32) if args.cpu else ("cuda", torch.bfloat16)
    modes = tuple(m for m in args.modes if not (args.cpu and m == "offload"))  # offload needs an accelerator
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"device": torch.cuda.get_device_name() if not args.cpu else "cpu", "dtype": str(dtype), "torch": torch.__version__,
              "steps": STEPS, "canvas": LAYOUT["canvas"], "models": {spec: {} for spec in args.models}}
    for mode in modes:  # every backbone in the cheap modes first; written after each: a run cut short keeps what it saw
        for spec in args.models:
            result = report["models"][spec][mode] = smoke(spec, mode, args.out, device, dtype)
            print(f"{spec:18s} {mode:8s} {json.dumps({k: v for k, v in result.items() if k != 'trace'})[:300]}", flush=True)
            (args.out / "gpu_smoke.json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out / 'gpu_smoke.json'}")


if __name__ == "__main__":
    main()
