"""``regiondit eval``: GenEval-style scores on the shapes-world eval set, routing variants, the layer probe.

    regiondit eval                                  # the model's default routing on the committed set
    regiondit eval --routing all --out evals/results   # every variant; the committed tables are made this way
    regiondit eval --routing all --save-best my_sampling.json && regiondit design "..." --model shapes:my_sampling.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..generator.masks import EDGES
from ..schemas import RoutingSpec
from . import probe as pr
from . import shapes as ev

EXIT_OK, EXIT_USAGE = 0, 2


def _progress(prefix: str):
    interactive = sys.stderr.isatty()

    def on_item(i: int, total: int) -> None:
        if interactive:
            print(f"\r{prefix} layout {i}/{total}", end="" if i < total else "\n", file=sys.stderr, flush=True)

    return on_item


def _display(path: str | None) -> str:
    """How a results file names the eval set: the package resource, or the path as given (relative when under cwd)."""
    if path is None:
        return f"regiondit.evals:{ev.DEFAULT_SET}"
    p = Path(path).resolve()
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return p.name


def save_best(sweep: dict, path: Path, sampling: dict, name: str) -> str:
    """Write the best routing (and the sampling it was measured with) into ``path``; returns its name."""
    best = ev.best_variant(sweep)
    spec = ev.VARIANTS[best]
    doc = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    doc["sampling"] = {**sampling, "routing": {"preset": spec.preset, "split": spec.split, "self_attention": spec.self_attention or "full"},
                       "measured_by": f"evals/results/{name}.json"}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from ..generator import load_backend
    from ..tools import ensure_out_dir

    try:
        ensure_out_dir(args.out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE

    # A backend of its own: --native changes how it samples, which no other user of the process should see.
    backend = load_backend(args.model)
    if args.native:
        if not hasattr(backend, "native_side"):
            print(f"error: --native applies to models that sample at a small native size (shapes); {backend.model_id} samples at the "
                  "canvas size", file=sys.stderr)
            return EXIT_USAGE
        if not backend.patch_size <= args.native <= 256:
            print(f"error: --native must be between {backend.patch_size} and 256 pixels, got {args.native}", file=sys.stderr)
            return EXIT_USAGE
        backend.native_side = args.native
    backend.edges = args.edges
    items = ev.load_eval_set(args.set, args.limit)
    options = {"seed": args.seed, "steps": args.steps, "guidance": args.guidance}
    native = {"native_side": backend.native_side} if hasattr(backend, "native_side") else {}
    native["edges"] = backend.edges
    default = backend.default_routing
    default_name = ev.variant_name(default)
    names = list(ev.VARIANTS) if args.routing == "all" else (args.routing or default_name).split(",")
    unknown = [n for n in names if n not in ev.VARIANTS and n != "default"]
    if unknown:
        print(f"error: unknown routing variant {unknown[0]!r}; use one of {', '.join(ev.VARIANTS)}, or all", file=sys.stderr)
        return EXIT_USAGE
    sweep = {}
    specs = {name: ev.VARIANTS.get(name, default) for name in names}
    if args.workers > 1:  # the same renders, spread over Ray actors
        sweep = ev.evaluate_on_ray(args.model, native, items, specs, options, args.workers, args.address, on_item=_progress("eval:"))
    for name in names:
        spec: RoutingSpec = specs[name]
        rep = sweep[name] if name in sweep else ev.evaluate(backend, items, routing=spec, on_item=_progress(f"{name}:"), **options)
        sweep[name] = rep
        t = rep["tasks"]
        print(f"{name:22s} overall {100 * t['overall']:5.1f}  position {100 * t['position']:5.1f}  colour {100 * t['colour']:5.1f}  "
              f"texture {100 * t['texture']:5.1f}  counting {100 * t['counting']:5.1f}  shape|position {100 * t['shape_given_position']:5.1f}"
              f"  ({rep['seconds']}s)")
    steps = {"steps": args.steps if args.steps is not None else getattr(backend, "default_steps", None)}  # what the renders used
    report = {"model": backend.model_id, "set": _display(args.set), "n": len(items), "sampling": options | steps | native,
              "default_routing": default_name, "routing": sweep}
    paths = ev.write_results(args.name, report, ev.markdown_report(sweep, default_name), args.out)
    print(f"results: {paths[0]} {paths[1]}")
    if args.save_best:
        if len(sweep) < 2:
            print("error: --save-best compares routings: add --routing all", file=sys.stderr)
            return EXIT_USAGE
        sampling = {"steps": backend.default_steps if args.steps is None else args.steps,
                    "guidance": backend.default_guidance if args.guidance is None else args.guidance, **native}
        best = save_best(sweep, Path(args.save_best), sampling, args.name)
        print(f"best routing of {backend.model_id}: {best}; written to {args.save_best} (use it with --model shapes:{args.save_best})")
    if args.probe:
        result = pr.conflict_probe(backend, items, **options)
        out = Path(args.out)
        ev.write_results("layer_probe", result, pr.probe_markdown(result), out)
        pr.probe_plot(result, out / "layer_probe.png")
        print(pr.probe_markdown(result))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="regiondit eval", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="shapes", help="shapes (default) or shapes:DIR")
    p.add_argument("--set", default=None, help="eval set JSON (default: the committed set shipped with the package)")
    p.add_argument("--limit", type=int, help="evaluate an even spread of this many items")
    p.add_argument("--routing", help=f"variants, comma-separated ({', '.join(ev.VARIANTS)}), or 'all'")
    p.add_argument("--probe", action="store_true", help="also run the shallow/deep conflict probe")
    p.add_argument("--save-best", metavar="FILE", help="with --routing all: write the best routing into FILE (a JSON sampling file; "
                   "updated in place when it exists); render with it by --model shapes:FILE")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int)
    p.add_argument("--guidance", type=float)
    p.add_argument("--edges", choices=EDGES, default="feather", help="how a box claims the tokens on its edge (default: feather)")
    p.add_argument("--native", type=int, metavar="PIXELS", help="shapes model: the longer side to sample at (default: the model's)")
    p.add_argument("--name", default="shapes_eval", help="results file name (default: shapes_eval)")
    p.add_argument("--workers", type=int, default=1, help="spread the renders over this many Ray actors (needs regiondit[batch])")
    p.add_argument("--address", help="with --workers: join this Ray cluster (HEAD:6379) instead of starting a local runtime")
    p.add_argument("--out", default="outputs/eval", help="results folder (default: outputs/eval; the committed results live in evals/results)")
    return p
