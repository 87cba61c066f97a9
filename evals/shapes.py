"""GenEval-style evaluation on the shapes world: the eval set, routing variants, the runner and its tables.

The independent judge of every number is the shapes analyzer (``generator/shapes/analyzer.py``):
it detects objects by colour and connectivity and knows nothing of the critic or the planner.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from ..generator import Backend, DepthRouting, render
from ..generator.shapes.analyzer import score_layout
from ..schemas import Layout, RoutingSpec

#: The committed eval set, shipped inside the package (``importlib.resources``).
DEFAULT_SET = "shapes_eval.json"
TASKS = ("presence", "position", "colour", "texture", "counting")
VARIANTS: dict[str, RoutingSpec] = {
    "global_only": RoutingSpec("global_only", 0.5),
    "regional_all": RoutingSpec("regional_all", 0.5),
    "reference": RoutingSpec("reference", 0.525),
    "reference_0.25": RoutingSpec("reference", 0.25),
    "reference_0.75": RoutingSpec("reference", 0.75),
    "regional_deep": RoutingSpec("regional_deep", 0.5),
    "hierarchical": RoutingSpec("hierarchical", 0.5),
    "hierarchical_0.25": RoutingSpec("hierarchical", 0.25),
    "hierarchical_0.75": RoutingSpec("hierarchical", 0.75),
    "regional_all_isolated": RoutingSpec("regional_all", 0.5, self_attention="regional"),
    "hierarchical_isolated": RoutingSpec("hierarchical", 0.5, self_attention="regional"),
}


def variant_name(spec: RoutingSpec) -> str:
    """The variant a model's default routing is, or ``default`` when it is none of them."""
    return next((n for n, v in VARIANTS.items() if v.resolve(spec) == spec.resolve(spec)), "default")


def selection_score(tasks: dict[str, float]) -> float:
    """How routings are ranked: the overall score with shape (the regions' content) weighted in as a sixth task."""
    return (5 * tasks["overall"] + tasks["shape_given_position"]) / 6


def best_variant(sweep: dict[str, dict[str, Any]]) -> str:
    """The best routing of a sweep by :func:`selection_score`; the global prompt alone never counts (it is the baseline)."""
    return max((n for n in sweep if n != "global_only"), key=lambda n: selection_score(sweep[n]["tasks"]))


def load_eval_set(path: str | Path | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Eval items (``id``, ``caption``, ``scene``, ``layout``): the committed set, or the file at ``path``.

    ``limit`` takes an even spread.
    """
    if path is None:
        text = resources.files(__package__).joinpath(DEFAULT_SET).read_text(encoding="utf-8")
    else:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"eval set not found: {path}; write one with `python -m regiondit.evals.make_shapes_eval --out FILE`")
        text = path.read_text(encoding="utf-8")
    items = json.loads(text)
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
    t0 = time.perf_counter()
    per_item = score_items(backend, items, routing=routing, seed=seed, steps=steps, guidance=guidance, on_item=on_item)
    return summarise(per_item) | {"seconds": round(time.perf_counter() - t0, 1)}


def score_items(backend: Backend, items: list[dict[str, Any]], *, routing: RoutingSpec | None = None, seed: int = 0, steps: int | None = None,
                guidance: float | None = None, on_item: Callable[[int, int], None] | None = None) -> list[dict[str, Any]]:
    """Each item rendered once and scored: its id, object count and task scores."""
    per_item = []
    for i, item in enumerate(items):
        layout = Layout.from_dict(item["layout"])
        depth = DepthRouting.from_spec(routing, backend.num_blocks) if routing else None
        out = render(backend, layout, seed=seed, steps=steps, guidance=guidance, routing=depth)
        scored = score_layout(layout, out.image)
        per_item.append({"id": item["id"], "objects": len(layout.regions), **scored["tasks"]})
        if on_item:
            on_item(i + 1, len(items))
    return per_item


class EvalWorker:
    """A Ray actor for ``regiondit eval --workers N``: the model loaded once, with the run's sampling settings."""

    def __init__(self, model: str, sampling: dict[str, Any]):
        from ..generator import load_backend

        self.backend = load_backend(model)
        for name, value in sampling.items():  # native_side, edges: how this run samples
            setattr(self.backend, name, value)

    def score(self, items: list[dict[str, Any]], routing: RoutingSpec | None, options: dict[str, Any]) -> list[dict[str, Any]]:
        return score_items(self.backend, items, routing=routing, **options)


def evaluate_on_ray(model: str, sampling: dict[str, Any], items: list[dict[str, Any]], routings: dict[str, RoutingSpec | None],
                    options: dict[str, Any], workers: int, address: str | None = None,
                    on_item: Callable[[int, int], None] | None = None) -> dict[str, dict[str, Any]]:
    """:func:`evaluate` for every routing in ``routings``, the items spread over ``workers`` Ray actors; the same
    scores item for item as one process (every render depends only on its layout, seed and settings)."""
    from ..tools.ray_pool import actor_options, ray_runtime

    chunks = [items[k : k + 4] for k in range(0, len(items), 4)]
    out = {}
    with ray_runtime(workers, address) as ray:
        actor = ray.remote(**actor_options())(EvalWorker)
        pool = [actor.remote(model, sampling) for _ in range(max(1, min(workers, len(chunks))))]
        for name, routing in routings.items():
            t0 = time.perf_counter()
            calls = [pool[k % len(pool)].score.remote(chunk, routing, options) for k, chunk in enumerate(chunks)]
            per_item, done = [], 0
            for result in calls:  # in order: the results line up with the items
                per_item += ray.get(result)
                done += 1
                if on_item:
                    on_item(min(len(items), done * 4), len(items))
            out[name] = summarise(per_item) | {"seconds": round(time.perf_counter() - t0, 1), "workers": len(pool)}
    return out


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


COLUMNS = (*TASKS, "overall", "shape_given_position")


def routing_table(sweep: dict[str, dict[str, Any]], default_name: str) -> str:
    """One row per routing variant: the task scores in %."""
    lines = ["| routing | " + " | ".join(COLUMNS) + " |", "| --- |" + " ---: |" * len(COLUMNS)]
    for name, rep in sweep.items():
        mark = " (default)" if name == default_name else ""
        lines.append(f"| {name}{mark} | " + " | ".join(f"{100 * rep['tasks'][c]:.1f}" for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def objects_table(report: dict[str, Any]) -> str:
    """One row per object count: the task scores in % of one variant's report."""
    lines = ["| objects | " + " | ".join(COLUMNS) + " |", "| ---: |" + " ---: |" * len(COLUMNS)]
    for count, rep in report["by_objects"].items():
        lines.append(f"| {count} | " + " | ".join(f"{100 * rep[c]:.1f}" for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def markdown_report(sweep: dict[str, dict[str, Any]], default_name: str) -> str:
    """Tables: tasks per routing variant, and per object count for the default routing (or the one variant run)."""
    shown = default_name if default_name in sweep else next(iter(sweep))
    return routing_table(sweep, default_name) + f"\nBy number of objects ({shown}):\n\n" + objects_table(sweep[shown])


def write_results(name: str, report: dict[str, Any], markdown: str, out_dir: str | Path) -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / f"{name}.json", out_dir / f"{name}.md"
    json_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path


