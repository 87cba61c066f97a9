"""Planner accuracy: prompts written for every eval layout, in several phrasings, planned back into layouts.

Each eval scene is described as a user would: every object by colour, texture and
shape, and its place in words from a 3 x 3 reading of the canvas ("top left",
"bottom", "center", ...). A planned layout passes when its objects and attributes
equal the scene's and every object's box centre lies in the part of the canvas its
words name.

    python -m regiondit.evals.planner_eval   # -> evals/results/planner_eval.json, .md
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


def main() -> None:
    items = load_eval_set()
    rng = random.Random(0)
    rows, failures = [], []
    for item in items:
        for i, prompt in enumerate(prompts_for(item, rng)):
            ok = passes(item, plan(prompt))
            rows.append({"id": item["id"], "phrasing": i, "objects": len(item["scene"]["objects"]), "pass": ok})
            if not ok:
                failures.append(prompt)
    acc = sum(r["pass"] for r in rows) / len(rows)
    by_phrasing = {i: sum(r["pass"] for r in rows if r["phrasing"] == i) / sum(1 for r in rows if r["phrasing"] == i) for i in range(3)}
    by_count = {c: sum(r["pass"] for r in rows if r["objects"] == c) / sum(1 for r in rows if r["objects"] == c) for c in (1, 2, 3, 4)}
    report = {"planner": "offline", "prompts": len(rows), "accuracy": round(acc, 4), "by_phrasing": by_phrasing, "by_objects": by_count,
              "failures": failures[:20]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "planner_eval.json").write_text(json.dumps(report, indent=1) + "\n")
    md = ["| planner | prompts | accuracy | phrasing 1 / 2 / 3 | 1 / 2 / 3 / 4 objects |", "| --- | ---: | ---: | ---: | ---: |",
          f"| offline | {len(rows)} | {100 * acc:.1f}% | " + " / ".join(f"{100 * v:.0f}" for v in by_phrasing.values()) + " | "
          + " / ".join(f"{100 * v:.0f}" for v in by_count.values()) + " |"]
    (RESULTS / "planner_eval.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))
    for f in failures[:10]:
        print("FAIL:", f)


if __name__ == "__main__":
    main()
