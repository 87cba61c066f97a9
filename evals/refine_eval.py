"""Refinement at equal budget, on the shapes eval set: the critic-driven policy against reseed-only and ablations.

Every eval layout goes through the design agent (given the layout, so no planning): render, critique, refine, up to
``--rounds`` renders (a run stops early once the critic finds nothing to fix). After ``k`` renders the agent's answer is
the render **its critic** scores best among the first ``k`` (as the agent answers a user); the **judge** (the shapes
analyzer against the eval layout, never the loop's critic in a reported number) scores that answer. So every policy
spends the same budget, is chosen by the same critic and is scored by the same judge. Also reported: the best render
by the judge (an oracle's choice, for reference), how often each refinement target was chosen, how many regions right
after one render were wrong after the next, and the agent's overhead (time outside rendering and critique).

    python -m regiondit.evals.refine_eval [--rounds 4] [--limit N] [--policy depth|reseed|shallow|deep|layout] [--repaint]
                                          [--critic vision|shapes] [--name NAME]   # -> evals/results/NAME.json, .md
    python -m regiondit.evals.refine_eval --compare [--rounds 4] [--limit N] [--set FILE]  # every policy -> refine_budget.json, .md, .png
    python -m regiondit.evals.refine_eval --compare --routing reference --name refine_budget_reference  # as real backbones route
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from PIL import Image

from ..agent.context import DesignContext
from ..agent.graph import build_graph, start_state
from ..agent.rounds import best_round, round_records
from ..generator.shapes.analyzer import score_layout
from ..generator.shapes.critic import weights_id
from ..schemas import ROUTING_PRESETS, Layout
from ..tools.refinement import POLICIES
from .report import budget_table
from .shapes import TASKS, load_eval_set

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
#: The rows of ``--compare``: (name, label, policy, repaint).
COMPARE = (
    ("reseed", "reseed only (the baseline: a new seed, nothing edited)", "reseed", False),
    ("depth", "depth policy (edit the texts or box the critique points at, new seed)", "depth", False),
    ("depth_repaint", "depth policy + repaint (redo only the wrong regions; the loop's default)", "depth", True),
    ("region_reseed", "region reseed (redo only the regions the critic marks wrong, new seed, texts unchanged)", "reseed", True),
    ("shallow", "ablation: shallow only (every fault gets a low-level text edit)", "shallow", False),
    ("deep", "ablation: deep only (every fault gets a high-level text edit)", "deep", False),
    ("layout", "ablation: layout only (every fault gets a tighter box)", "layout", False),
)


def judged(layout: dict, image_path: str) -> tuple[float, float, list[bool]]:
    """The judge (the shapes analyzer against the eval layout): overall score (the five GenEval-style tasks), overall
    with shape as a sixth task (as :func:`~regiondit.evals.shapes.selection_score` ranks routings), and per region whether it is
    right (present, placed, with the asked colour, texture and shape)."""
    with Image.open(image_path) as im:
        scored = score_layout(Layout.from_dict(layout), im.convert("RGB"))
    right = [all(r[k] for k in ("presence", "position", "colour", "texture", "shape")) for r in scored["regions"]]
    overall = sum(scored["tasks"][t] for t in TASKS) / len(TASKS)
    return overall, (len(TASKS) * overall + scored["tasks"]["shape"]) / (len(TASKS) + 1), right


def _one_layout(graph, context: DesignContext, item: dict, rounds: int) -> dict:
    """One layout through the loop: the judged score of the critic's choice and of the best render after k renders."""
    t0 = time.perf_counter()
    state = graph.invoke(start_state(item["caption"], layout=item["layout"]), context=context)
    total = time.perf_counter() - t0
    records = round_records(state)
    verdicts = [judged(item["layout"], r["result"]["image_path"]) for r in records]
    scores = [v[0] for v in verdicts]
    # After k renders (a run that stopped early keeps its last answer): the critic's choice, and the oracle's.
    picks = [records.index(best_round(records[: k + 1])) for k in range(rounds)]
    chosen = [scores[i] for i in picks]
    with_shape = [verdicts[i][1] for i in picks]
    regions_right = [sum(verdicts[i][2]) for i in picks]
    oracle = [max(scores[: k + 1]) for k in range(rounds)]
    broken = []
    for k, ((*_, before), (*_, after)) in enumerate(zip(verdicts, verdicts[1:], strict=False)):
        ids = [region["id"] for region, b, a in zip(item["layout"]["regions"], before, after, strict=True) if b and not a]
        if ids:
            broken.append({"after_render": k + 2, "regions": ids, "refinement": (records[k].get("refinement") or {}).get("target")})
    render_s = sum(r["result"]["timings"]["total_s"] for r in records)
    return {"chosen": chosen, "with_shape": with_shape, "regions_right": regions_right, "regions": len(item["layout"]["regions"]), "oracle": oracle,
            "right_before": sum(sum(b) for *_, b in verdicts[:-1]), "broken": broken,
            "targets": [r["refinement"]["target"] for r in records if r.get("refinement")], "seconds": total,
            "overhead": max(0.0, total - render_s) / total}


def with_routing(items: list[dict], preset: str | None) -> list[dict]:
    """The eval items with each layout's routing set to ``preset`` (e.g. ``reference``: regional cross-attention routed by
    depth, full self-attention, as real backbones render); None keeps the layouts' own (the model's default)."""
    if preset is None:
        return items
    if preset not in ROUTING_PRESETS:
        raise ValueError(f"unknown routing preset {preset!r}; use one of {', '.join(ROUTING_PRESETS)}")
    return [{**item, "layout": {**item["layout"], "routing": {"preset": preset}}} for item in items]


def routing_named(items: list[dict]) -> str:
    """How the items' layouts are routed, in words for the results."""
    presets = {(item["layout"].get("routing") or {}).get("preset", "auto") for item in items}
    if presets == {"auto"}:
        return "regional_all_isolated (the embedded default)"
    return ", ".join(sorted(presets)) + " (no self-attention isolation)"


def run_policy(items: list[dict], policy: str, repaint: bool, critic: str, rounds: int, out: str, label: str = "") -> dict:
    """Every layout through the loop with one policy; the report of :func:`_one_layout` averaged over the layouts."""
    graph = build_graph()
    context = DesignContext(out_dir=out, rounds=rounds, target_score=1.0, seconds=600, refine_policy=policy,
                            refine_repaint=repaint, critic=critic)
    runs = []
    for n, item in enumerate(items, 1):
        runs.append(_one_layout(graph, context, item, rounds))
        if n % 20 == 0:
            print(f"{label or policy} {n}/{len(items)}: single {sum(r['chosen'][0] for r in runs) / n:.3f}  "
                  f"{rounds} renders {sum(r['chosen'][-1] for r in runs) / n:.3f}", flush=True)
    k = len(runs)
    kept = sum(r["right_before"] for r in runs)
    broke = sum(len(b["regions"]) for r in runs for b in r["broken"])
    return {
        "n": k, "rounds": rounds, "policy": policy, "repaint": repaint, "critic": critic, "judge": "shapes analyzer against the eval layout",
        "routing": routing_named(items),
        **({"critic_weights": weights_id()} if critic == "vision" else {}),  # so a table names the critic it used
        "overall_by_round": [round(sum(r["chosen"][i] for r in runs) / k, 4) for i in range(rounds)],
        "overall_with_shape_by_round": [round(sum(r["with_shape"][i] for r in runs) / k, 4) for i in range(rounds)],
        "oracle_by_round": [round(sum(r["oracle"][i] for r in runs) / k, 4) for i in range(rounds)],
        "regions_all_right_by_round": [round(sum(r["regions_right"][i] for r in runs) / sum(r["regions"] for r in runs), 4) for i in range(rounds)],
        "right_then_wrong": {"regions_right_before_a_round": kept, "wrong_after_it": broke, "share": round(broke / kept, 4) if kept else 0.0,
                             "where": [{"layout": i, **b} for i, r in enumerate(runs) for b in r["broken"]]},
        "refinement_targets": dict(Counter(t for r in runs for t in r["targets"])),
        "renders": sum(len(r["targets"]) for r in runs) + k,
        "mean_seconds_per_layout": round(sum(r["seconds"] for r in runs) / k, 3),
        "agent_overhead_share": round(sum(r["overhead"] for r in runs) / k, 4),
        "note": "overall = mean of presence, position, colour, texture, counting of the render the critic chose among the first k; "
                "overall_with_shape = the same with shape (given position) as a sixth task; "
                "regions_all_right = share of regions right in every asked attribute, shape included, in that render; "
                "oracle = the best of the first k by the judge",
    }


def _compare(items: list[dict], args: argparse.Namespace, path: Path) -> dict:
    """Every row of :data:`COMPARE` (or only ``--rows``, the others kept from ``path``), run and labelled."""
    wanted = set(args.rows.split(",")) if args.rows else {name for name, *_ in COMPARE}
    unknown = wanted - {name for name, *_ in COMPARE}
    if unknown:
        raise SystemExit(f"unknown --rows {sorted(unknown)}; the rows are {', '.join(name for name, *_ in COMPARE)}")
    earlier = json.loads(path.read_text()) if args.rows and path.is_file() else {}
    missing = {name for name, *_ in COMPARE} - wanted - set(earlier)
    if missing:
        raise SystemExit(f"--rows leaves {sorted(missing)} to {path}, which lacks them; run the whole comparison first")
    eval_set = Path(args.set).name if args.set else "the committed eval set"  # a file name: no machine paths in results
    return {name: ({"label": label, "set": eval_set, **run_policy(items, policy, repaint, args.critic, args.rounds, f"{args.out}/{name}", name)}
                   if name in wanted else earlier[name]) for name, label, policy, repaint in COMPARE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4, help="renders per layout at most: 1 single shot + refinement rounds (default 4)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--set", help="eval set JSON (default: the committed set; write another with python -m regiondit.evals.make_shapes_eval)")
    parser.add_argument("--policy", default="depth", choices=POLICIES)
    parser.add_argument("--repaint", action=argparse.BooleanOptionalAction, default=False,
                        help="refinement redoes only the regions the critic marked wrong (the loop's default; off here unless asked)")
    parser.add_argument("--critic", default="vision", help="the loop's critic: vision (the learned critic, default) or shapes (the analyzer); "
                        "the judge is always the analyzer against the eval layout")
    parser.add_argument("--compare", action="store_true", help="run every policy of the comparison (reseed, depth, depth + repaint, ablations)")
    parser.add_argument("--name", help="results name (default refine_eval, or refine_budget with --compare)")
    parser.add_argument("--out", default="outputs/refine_eval")
    parser.add_argument("--rows", help="with --compare: run only these rows (comma-separated, e.g. depth,depth_repaint) and keep the "
                        "others from the results file")
    parser.add_argument("--routing", choices=sorted(ROUTING_PRESETS),
                        help="render every layout with this routing preset (default: the model's own, regional_all_isolated)")
    args = parser.parse_args()
    items = with_routing(load_eval_set(args.set, limit=args.limit), args.routing)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.compare:
        name = args.name or "refine_budget"
        runs = _compare(items, args, RESULTS / f"{name}.json")
        rows = [(r["label"], r) for r in runs.values()]
        (RESULTS / f"{name}.json").write_text(json.dumps(runs, indent=1) + "\n")
        from .figures import budget_plot

        budget_plot(RESULTS / f"{name}.json").save(RESULTS / f"{name}.png")
    else:
        label = args.policy + (" + repaint" if args.repaint else "")
        rows = [(label, run_policy(items, args.policy, args.repaint, args.critic, args.rounds, args.out))]
        name = args.name or "refine_eval"
        (RESULTS / f"{name}.json").write_text(json.dumps(rows[0][1], indent=1) + "\n")
    (RESULTS / f"{name}.md").write_text(budget_table(rows))
    print(budget_table(rows))


if __name__ == "__main__":
    main()
