"""GenEval-style evaluation on the shapes world, routing variants, and the depth-conflict probe."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..generator import Backend, DepthRouting, render
from ..generator.shapes.analyzer import detect, expected_from_region, score_layout
from ..generator.shapes.world import COLOURS, SHAPES
from ..schemas import Layout, Region, RoutingSpec

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SET = REPO / "evals" / "shapes_eval.json"
RESULTS = REPO / "evals" / "results"
TASKS = ("presence", "position", "colour", "texture", "counting")
VARIANTS: dict[str, RoutingSpec] = {
    "global_only": RoutingSpec("global_only", 0.5),
    "regional_all": RoutingSpec("regional_all", 0.5),
    "reference": RoutingSpec("reference", 0.525),
    "regional_deep": RoutingSpec("regional_deep", 0.5),
    "hierarchical": RoutingSpec("hierarchical", 0.5),
    "regional_all_isolated": RoutingSpec("regional_all", 0.5, self_attention="regional"),
    "hierarchical_isolated": RoutingSpec("hierarchical", 0.5, self_attention="regional"),
}


def load_eval_set(path: str | Path = DEFAULT_SET, limit: int | None = None) -> list[dict[str, Any]]:
    """The committed eval items (``id``, ``caption``, ``scene``, ``layout``); ``limit`` takes an even spread."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"eval set not found: {path}; write it with `python evals/make_shapes_eval.py`")
    items = json.loads(path.read_text(encoding="utf-8"))
    if limit and limit < len(items):
        step = len(items) / limit
        items = [items[int(i * step)] for i in range(limit)]
    return items


def evaluate(
    backend: Backend,
    items: list[dict[str, Any]],
    *,
    routing: RoutingSpec | None = None,
    seed: int = 0,
    steps: int | None = None,
    guidance: float | None = None,
    on_item: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Render every item's layout (single shot) and score it; ``routing`` overrides the layouts' own."""
    per_item = []
    t0 = time.perf_counter()
    for i, item in enumerate(items):
        layout = Layout.from_dict(item["layout"])
        depth = DepthRouting.from_spec(routing, backend.num_blocks) if routing else None
        out = render(backend, layout, seed=seed, steps=steps, guidance=guidance, routing=depth)
        scored = score_layout(layout, out.image)
        per_item.append({"id": item["id"], "objects": len(layout.regions), **scored["tasks"]})
        if on_item:
            on_item(i + 1, len(items))
    return summarise(per_item) | {"seconds": round(time.perf_counter() - t0, 1)}


def summarise(per_item: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-task means, overall (mean over tasks), shape given position, and the breakdown by object count."""

    def means(rows: list[dict[str, Any]]) -> dict[str, float]:
        task = {t: sum(r[t] for r in rows) / len(rows) for t in (*TASKS, "shape")}
        positioned = sum(r["position"] for r in rows)
        task["shape_given_position"] = sum(r["shape"] for r in rows) / positioned if positioned else 0.0
        task["overall"] = sum(task[t] for t in TASKS) / len(TASKS)
        return {k: round(v, 4) for k, v in task.items()}

    counts = sorted({r["objects"] for r in per_item})
    return {
        "n": len(per_item),
        "tasks": means(per_item),
        "by_objects": {str(c): means([r for r in per_item if r["objects"] == c]) for c in counts},
        "items": per_item,
    }


def _conflicting(region: Region) -> Region:
    """A region with another shape, another colour, and the point-mirrored box."""
    asked = expected_from_region(region)
    names = list(COLOURS)
    other_shape = SHAPES[(SHAPES.index(asked.shape) + 1) % len(SHAPES)]
    other_colour = names[(names.index(asked.colour) + 3) % len(names)]
    x0, y0, x1, y1 = region.bbox
    return Region("b", (1 - x1, 1 - y1, 1 - x0, 1 - y0), f"a {other_colour} {other_shape}", f"a {other_colour} {other_shape}")


def conflict_probe(backend: Backend, items: list[dict[str, Any]], *, seed: int = 0, steps: int | None = None, guidance: float | None = None) -> dict[str, Any]:
    """Shallow blocks get text A in box A, deep blocks text B in box B; which attribute follows which depth.

    For every split point k (blocks [0, k) shallow), reports over one-object items the fraction of
    renders whose object's position, colour and shape follow the shallow text, and the deep one.
    """
    cases = []
    for item in items:
        layout = Layout.from_dict(item["layout"])
        if len(layout.regions) != 1:
            continue
        a = layout.regions[0]
        b = _conflicting(a)
        if _centre_in(a.bbox, b.bbox) or _centre_in(b.bbox, a.bbox):
            continue
        asked = expected_from_region(a)
        a = replace(a, low_level=f"a {asked.colour} {asked.shape}")
        # The shallow slot takes A's boxes and texts, the deep slot B's; the wanted (colour, shape) of each.
        slot_layouts = {"regional_low": replace(layout, regions=(a,)), "regional_high": replace(layout, regions=(b,))}
        wants = (("shallow", a, asked), ("deep", b, expected_from_region(b)))
        cases.append((layout, slot_layouts, wants))
    rows = []
    n = backend.num_blocks
    for k in range(n + 1):
        follow = {f"{attr}_{side}": 0 for attr in ("position", "colour", "shape") for side in ("shallow", "deep")}
        routing = DepthRouting.split(n, k / n, "regional_low", "regional_high", name=f"probe@{k}")
        for layout, slot_layouts, wants in cases:
            out = render(backend, layout, seed=seed, steps=steps, guidance=guidance, routing=routing, slot_layouts=slot_layouts)
            _, dets = detect(out.image)
            if not dets:
                continue
            det = max(dets, key=lambda d: d.pixels)
            for side, region, want in wants:
                follow[f"position_{side}"] += _centre_in(region.bbox, det.bbox)
                follow[f"colour_{side}"] += det.colour == want.colour
                follow[f"shape_{side}"] += det.shape == want.shape
        rows.append({"shallow_blocks": k, **{key: round(v / max(1, len(cases)), 4) for key, v in follow.items()}})
    return {"cases": len(cases), "blocks": n, "rows": rows}


def _centre_in(box: tuple[float, ...], other: tuple[float, ...]) -> bool:
    cx, cy = (other[0] + other[2]) / 2, (other[1] + other[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def markdown_report(sweep: dict[str, dict[str, Any]], default_name: str) -> str:
    """Tables: tasks per routing variant, and per object count for the default routing."""
    cols = (*TASKS, "overall", "shape_given_position")
    lines = ["| routing | " + " | ".join(cols) + " |", "| --- |" + " ---: |" * len(cols)]
    for name, rep in sweep.items():
        mark = " (default)" if name == default_name else ""
        lines.append(f"| {name}{mark} | " + " | ".join(f"{100 * rep['tasks'][c]:.1f}" for c in cols) + " |")
    default = sweep.get(default_name) or next(iter(sweep.values()))
    lines += ["", f"By number of objects ({default_name}):", "", "| objects | " + " | ".join(cols) + " |", "| ---: |" + " ---: |" * len(cols)]
    for count, rep in default["by_objects"].items():
        lines.append(f"| {count} | " + " | ".join(f"{100 * rep[c]:.1f}" for c in cols) + " |")
    return "\n".join(lines) + "\n"


def write_results(name: str, report: dict[str, Any], markdown: str, out_dir: str | Path = RESULTS) -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / f"{name}.json", out_dir / f"{name}.md"
    json_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path


def probe_markdown(probe: dict[str, Any]) -> str:
    lines = [f"Conflict probe over {probe['cases']} one-object layouts: blocks [0, k) get text A in box A, the rest text B in box B.",
             "Each cell: share of renders whose object follows A (shallow) / B (deep).", "",
             "| shallow blocks k | position A / B | colour A / B | shape A / B |", "| ---: | ---: | ---: | ---: |"]
    for r in probe["rows"]:
        cells = [f"{100 * r[f'{a}_shallow']:.0f} / {100 * r[f'{a}_deep']:.0f}" for a in ("position", "colour", "shape")]
        lines.append(f"| {r['shallow_blocks']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def probe_plot(probe: dict[str, Any], path: str | Path, size: tuple[int, int] = (520, 300)) -> Path:
    """Line plot: share following the shallow text vs number of shallow blocks, per attribute."""
    from PIL import Image, ImageDraw

    w, h = size
    left, right, top, bottom = 50, 130, 20, 40
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    rows, n = probe["rows"], probe["blocks"]
    px = lambda k: left + (w - left - right) * k / max(1, n)  # noqa: E731
    py = lambda v: top + (h - top - bottom) * (1 - v)  # noqa: E731
    draw.line((left, top, left, h - bottom, w - right, h - bottom), fill=(0, 0, 0))
    for v in (0, 0.5, 1):
        draw.text((8, py(v) - 6), f"{int(v * 100)}%", fill=(0, 0, 0))
    for k in range(n + 1):
        draw.text((px(k) - 3, h - bottom + 4), str(k), fill=(0, 0, 0))
    draw.text((left, h - 18), "blocks given the shallow text A (the rest get B)", fill=(0, 0, 0))
    for i, (attr, colour) in enumerate((("position", (230, 57, 70)), ("colour", (29, 161, 242)), ("shape", (46, 160, 80)))):
        pts = [(px(r["shallow_blocks"]), py(r[f"{attr}_shallow"])) for r in rows]
        draw.line(pts, fill=colour, width=3)
        draw.text((w - right + 10, top + 16 * i), f"{attr} follows A", fill=colour)
    img.save(path)
    return Path(path)
