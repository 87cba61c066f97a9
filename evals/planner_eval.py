"""Planner accuracy on requests it was not written from.

The headline set is the independent paraphrase grammar (:mod:`.paraphrases`: some forty
constructions, written without reading the planner): a plan passes when it has exactly the
objects asked, with their attributes, none of the ones excluded, the background named, and
every spatial constraint (places, relations, orders, rows, grids, sizes) holds. The first seed
is the headline; further seeds draw fresh wordings from the same grammar. Plans whose object
count differs from the request without the planner saying so are counted separately.

A second, older set phrases every eval scene three ways (objects and their places on a 3 x 3
reading of the canvas).

    python -m regiondit.evals.planner_eval [--llm SPEC]   # -> evals/results/planner_eval.json
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from ..agent.offline_planner import AREAS, plan
from ..generator.shapes.analyzer import expected_from_region
from ..schemas import Layout
from .shapes import load_eval_set

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
ROWS, COLS = ("top", "center", "bottom"), ("left", "center", "right")


def position_words(bbox: list[float]) -> tuple[str | None, str | None]:
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    row, col = ROWS[min(2, int(cy * 3))], COLS[min(2, int(cx * 3))]
    if row == "center" and col == "center":
        return "center", None
    return (None if row == "center" else row), (None if col == "center" else col)


def words(pos: tuple[str | None, str | None], style: int) -> str:
    v, h = pos
    if v == "center":
        return ["center", "middle", "centre"][style % 3]
    if v and h:
        return [f"{v} {h}", f"{'upper' if v == 'top' else 'lower'} {h}", f"{v} {h} corner"][style % 3]
    return v or h


def phrases(obj: dict, rng: random.Random) -> str:
    texture = obj["texture"] == "striped"
    article = "an" if obj["colour"][0] in "aeiou" else "a"
    options = [f"{article} {obj['colour']}{' striped' if texture else ''} {obj['shape']}"]
    if texture:
        options.append(f"a striped {obj['colour']} {obj['shape']}")
    return rng.choice(options)


def prompts_for(item: dict, rng: random.Random) -> list[str]:
    scene = item["scene"]
    objs = scene["objects"]
    bg = scene["background"]
    out = []
    parts = [f"{phrases(o, rng)} in the {words(position_words(o['bbox']), 0)}" for o in objs]
    out.append(", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] + f" on a {bg} background")
    parts = [f"{words(position_words(o['bbox']), 1)}: {phrases(o, rng)}" for o in objs]
    out.append("; ".join(parts) + f". {bg} background.")
    parts = [f"{phrases(o, rng)} at the {words(position_words(o['bbox']), 2)}" for o in objs]
    out.append("Please draw " + ", ".join(parts) + f", on a {bg} background")
    return out


def passes(item: dict, layout: dict) -> bool:
    gold = [(o["shape"], o["colour"], o["texture"], position_words(o["bbox"])) for o in item["scene"]["objects"]]
    lay = Layout.from_dict(layout)
    got = []
    for r in lay.regions:
        e = expected_from_region(r)
        got.append((e.shape, e.colour, e.texture or "solid", ((r.bbox[0] + r.bbox[2]) / 2, (r.bbox[1] + r.bbox[3]) / 2)))
    if sorted(str(g[:3]) for g in gold) != sorted(str(g[:3]) for g in got):
        return False
    for perm in itertools.permutations(range(len(got))):
        ok = True
        for g, k in zip(gold, perm, strict=True):
            shape, colour, texture, (cx, cy) = got[k]
            x0, y0, x1, y1 = AREAS[g[3]]
            if (shape, colour, texture) != g[:3] or not (x0 <= cx <= x1 and y0 <= cy <= y1):
                ok = False
                break
        if ok:
            return True
    return False


def plan_with_notes(prompt: str, llm: str) -> tuple[dict | None, list[str]]:
    """The planner's layout for ``prompt`` (None when it plans none) and what it said beside it."""
    if llm == "offline":
        notes: list[str] = []
        try:
            return plan(prompt, notes=notes), notes
        except ValueError as exc:
            return None, [str(exc)]
    from ..agent.graph import plan_layout

    try:
        return plan_layout(prompt, llm=llm), []
    except ValueError as exc:
        return None, [str(exc)]


def _judged(case, llm: str) -> dict:
    """One request planned and checked: right or why not, wrong without a note, and a count changed without a note."""
    from .paraphrases import check

    layout, notes = plan_with_notes(case.prompt, llm)
    ok, why = check(case, layout) if layout else (False, "no layout: " + "; ".join(notes))
    count_changed = layout is not None and len(layout["regions"]) != sum(o.count for o in case.objects)
    return {"construction": case.construction, "prompt": case.prompt, "pass": ok, "why": why, "silent": not ok and not notes,
            "silent_count": count_changed and not notes, "count_changed": count_changed,
            "count_noted": any(n.startswith(COUNT_NOTES) for n in notes)}


#: How the count check's notes begin (``agent/counts.py``).
COUNT_NOTES = ("You asked for", "Your request names")


def count_check(rows: list[dict]) -> dict:
    """The count check on planned requests: layouts with the right number of objects it raised a note on (false alarms),
    and of the layouts with another number than asked, how many it flagged."""
    right = [r for r in rows if not r["count_changed"]]
    wrong = [r for r in rows if r["count_changed"]]
    return {"requests": len(rows), "right_count": len(right), "noted_on_right_count": sum(r["count_noted"] for r in right),
            "wrong_count": len(wrong), "wrong_count_noted": sum(r["count_noted"] for r in wrong)}


def paraphrase_report(llm: str, seeds: tuple[int, ...]) -> dict:
    """Accuracy on the independent paraphrase set (per construction), and plans that got the object count wrong silently."""
    from .paraphrases import generate

    rows = []
    for seed in seeds:
        rows += [{"seed": seed, **_judged(case, llm)} for case in generate(seed)]
    first = [r for r in rows if r["seed"] == seeds[0]]
    constructions = sorted({r["construction"] for r in rows})
    return {
        "planner": llm, "set": "regiondit.evals.paraphrases", "seeds": list(seeds), "prompts": len(first), "constructions": len(constructions),
        "accuracy": round(sum(r["pass"] for r in first) / len(first), 4),
        "accuracy_other_seeds": round(sum(r["pass"] for r in rows if r["seed"] != seeds[0]) / max(1, len(rows) - len(first)), 4),
        "silent_count_errors": sum(r["silent_count"] for r in rows), "count_check": count_check(rows),
        "by_construction": {c: round(sum(r["pass"] for r in first if r["construction"] == c) / sum(1 for r in first if r["construction"] == c), 4)
                            for c in constructions},
        "failures": [{k: r[k] for k in ("seed", "construction", "prompt", "why")} for r in rows if not r["pass"]][:40],
    }


#: The hand-written request sets (module, and the first look: right, silent failures, before any planner change they informed).
HANDWRITTEN = {"handwritten": ("paraphrases_handwritten", 0.8439, 32), "voices": ("paraphrases_voices", 0.7228, 56),
               "assistants": ("paraphrases_assistants", 0.7767, 44), "everyday": ("paraphrases_everyday", 0.8424, 29),
               "arrangements": ("paraphrases_arrangements", 0.5227, 83), "patterns": ("paraphrases_patterns", 0.4242, 95),
               "constructions": ("paraphrases_constructions", 0.84, 25), "mixed": ("paraphrases_mixed", 0.8092, 30),
               "figures": ("paraphrases_figures", 0.3071, 65), "formations": ("paraphrases_formations", 0.1736, 95)}


def handwritten_report(llm: str) -> dict:
    """Accuracy on each hand-written set (:data:`HANDWRITTEN`), failures the planner said nothing about (a wrong plan with no
    note), and of those the plans with more or fewer objects than asked."""
    from importlib import import_module


    report = {}
    for name, (module, first_accuracy, first_silent) in HANDWRITTEN.items():
        rows = [_judged(case, llm) for case in import_module(f"{__package__}.{module}").CASES]
        report[name] = {"set": f"regiondit.evals.{module}", "prompts": len(rows), "constructions": len({r["construction"] for r in rows}),
                        "accuracy": round(sum(r["pass"] for r in rows) / len(rows), 4), "silent_failures": sum(r["silent"] for r in rows),
                        "silent_count_errors": sum(r["silent_count"] for r in rows), "count_check": count_check(rows),
                        "first_look": {"accuracy": first_accuracy, "silent_failures": first_silent},
                        "failures": [{k: r[k] for k in ("construction", "prompt", "why")} for r in rows if not r["pass"]]}
    return report


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llm", default="offline", help="planner: offline (default), openai:MODEL, openai-compatible:BASE_URL:MODEL")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4], help="paraphrase draws; the first is the headline")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    report = paraphrase_report(args.llm, tuple(args.seeds))
    report["handwritten"] = handwritten_report(args.llm)
    if args.llm == "offline":
        report["scene_phrasings"] = scene_phrasing_report()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "planner_eval.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k not in ("failures", "by_construction")}, indent=1))
    for f in report["failures"][:10]:
        print("FAIL:", f)


def scene_phrasing_report() -> dict:
    """The older set: three phrasings written for each eval scene, checked against its objects and places."""
    items = load_eval_set()
    rng = random.Random(0)
    rows = []
    for item in items:
        for i, prompt in enumerate(prompts_for(item, rng)):
            rows.append({"phrasing": i, "objects": len(item["scene"]["objects"]), "pass": passes(item, plan(prompt))})
    return {"prompts": len(rows), "accuracy": round(sum(r["pass"] for r in rows) / len(rows), 4)}


if __name__ == "__main__":
    main()
