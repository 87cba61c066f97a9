"""Everyday scene requests through a planner, judged from the layout alone.

``evals/scenes_handwritten.json`` holds 80 requests as a user of a real backbone would write them ("a cat on a table",
"a girl with a city street behind her", "two dogs playing in a park at sunset"), written by a separate session that
never read the planner, with what each asks for: the objects that get a box (head noun, count, colour), how they stand
to each other (on, in front of, behind, inside, above, below, left of, right of), the places said on the canvas, the
setting (for the background, not a box) and the words of time, weather or style (for the picture's low-level text).

A case is right when every part holds: each object has as many regions as asked (a region is the object's when its
text names the noun) and no region is left over, colours are the objects' own, the relations and places hold between
box centres, the setting's nouns are in the background's text, and the style's words in the picture's low-level text.

    python -m regiondit.evals.scene_eval --out evals/results
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..agent.offline_planner import plan

SET = Path(__file__).with_name("scenes_handwritten.json")
PLACES = {"left": lambda x, y: x < 0.5, "right": lambda x, y: x > 0.5, "top": lambda x, y: y < 0.5, "bottom": lambda x, y: y > 0.5,
          "center": lambda x, y: 0.25 <= x <= 0.75 and 0.25 <= y <= 0.75,
          "top_left": lambda x, y: x < 0.5 and y < 0.5, "top_right": lambda x, y: x > 0.5 and y < 0.5,
          "bottom_left": lambda x, y: x < 0.5 and y > 0.5, "bottom_right": lambda x, y: x > 0.5 and y > 0.5}


def _centre(box: list[float]) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _over(a: list[float], b: list[float]) -> bool:
    """``a``'s centre lies in ``b``'s box: drawn on, in front of or inside it."""
    x, y = _centre(a)
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


RELATIONS = {"on": _over, "in_front": _over, "inside": _over, "behind": lambda a, b: _over(b, a),
             "above": lambda a, b: _centre(a)[1] < _centre(b)[1], "below": lambda a, b: _centre(a)[1] > _centre(b)[1],
             "left_of": lambda a, b: _centre(a)[0] < _centre(b)[0], "right_of": lambda a, b: _centre(a)[0] > _centre(b)[0]}


def _names(region: dict[str, Any], noun: str) -> bool:
    words = region["high_level"].replace(",", " ").split()
    return noun in words or noun + "s" in words or noun + "es" in words


def judge(case: dict[str, Any], layout: dict[str, Any]) -> dict[str, bool]:
    """Which parts of ``case`` the layout gets right."""
    regions = layout["regions"]
    mine = [[r for r in regions if _names(r, o["noun"])] for o in case["objects"]]
    parts = {"objects": all(len(m) == o["count"] for m, o in zip(mine, case["objects"], strict=True))
             and len(regions) == sum(o["count"] for o in case["objects"])}
    parts["colours"] = all(o["colour"] is None or any(o["colour"] in f"{r['low_level']} {r['high_level']}".replace(",", " ").split() for r in m)
                           for m, o in zip(mine, case["objects"], strict=True))
    parts["relations"] = all(bool(mine[r["a"]]) and bool(mine[r["b"]]) and RELATIONS[r["kind"]](mine[r["a"]][0]["bbox"], mine[r["b"]][0]["bbox"])
                             for r in case["relations"])
    parts["places"] = all(bool(mine[p["object"]]) and all(PLACES[p["where"]](*_centre(r["bbox"])) for r in mine[p["object"]])
                          for p in case["places"])
    background = layout.get("background", {}).get("high_level", "")
    parts["setting"] = all(s in background for s in case["setting"])
    low = layout["global"].get("low_level", "")
    parts["style"] = all(s in low for s in case["style"])
    return parts


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    right, by_part, by_kind, failures = 0, Counter(), Counter(), []
    for case in cases:
        try:
            parts = judge(case, plan(case["prompt"]))
        except ValueError as error:  # the planner found nothing to draw
            parts = {"objects": False, "colours": False, "relations": False, "places": False, "setting": False, "style": False}
            parts["error"] = str(error)[:120]
        ok = all(v is True for k, v in parts.items() if k != "error")
        right += ok
        by_kind[case["kind"]] += ok
        by_part.update(k for k, v in parts.items() if v is True)
        if not ok:
            failures.append({"prompt": case["prompt"], "wrong": [k for k, v in parts.items() if v is not True]})
    kinds = Counter(c["kind"] for c in cases)
    return {"requests": len(cases), "right": right, "accuracy": round(right / len(cases), 4),
            "by_part": {k: round(by_part[k] / len(cases), 4) for k in ("objects", "colours", "relations", "places", "setting", "style")},
            "by_kind": {k: f"{by_kind[k]}/{n}" for k, n in kinds.items()}, "failures": failures}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="folder for scene_eval.json")
    args = parser.parse_args(argv)
    result = {"set": SET.name, "planner": "offline", **evaluate(json.loads(SET.read_text()))}
    print(json.dumps({k: v for k, v in result.items() if k != "failures"}, indent=1))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "scene_eval.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
