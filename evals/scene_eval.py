"""Everyday scene requests through a planner, judged from the layout alone.

``evals/scenes_handwritten*.json`` hold requests as users of real backbones write them ("a cat on a table", "a girl with
a city street behind her", "astronaut riding a white horse, desert, night, 8k"), each set written by a separate session
that never read the planner, with what each asks for: the objects that get a box (head noun, count, colour), how they stand
to each other (on, in front of, behind, inside, above, below, left of, right of), the places said on the canvas, the
setting (for the background, not a box) and the words of time, weather or style (for the picture's low-level text).

A case is right when every part holds: each object has as many regions as asked (a region is the object's whose noun
its text names first: "a boy riding a bicycle" is the boy's, and the bicycle still needs its own) and no region is left
over, colours are the objects' own, the relations and places hold between box centres, the setting's nouns are in the
background's text, and the style's words in the picture's low-level text.

    python -m regiondit.evals.scene_eval --out evals/results                 # every set
    python -m regiondit.evals.scene_eval --set my_requests.json              # a set of your own, same format
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..agent.offline_planner import plan

#: Every committed set, in the order they were written; each was first scored before anything was changed for it.
SETS = sorted(Path(__file__).parent.glob("scenes_handwritten*.json"), key=lambda p: int(p.stem.removeprefix("scenes_handwritten_")
                                                                                          .removeprefix("scenes_handwritten") or 1))
#: What a committed result records by hand and a new run keeps: its first score (and a second one taken before the set
#: was read), and the planner before it read scenes.
KEPT = ("first_look", "second_look", "before_scenes", "previous_planner")


def result_name(set_path: Path) -> str:
    """``scenes_handwritten.json`` -> ``scene_eval.json``; ``scenes_handwritten_2.json`` -> ``scene_eval_2.json``."""
    return "scene_eval" + set_path.stem.removeprefix("scenes_handwritten") + ".json"


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


#: English plurals no rule below makes.
IRREGULAR = {"child": "children", "person": "people", "mouse": "mice", "goose": "geese", "foot": "feet", "tooth": "teeth",
             "ox": "oxen", "woman": "women", "man": "men"}


def _forms(noun: str) -> set[str]:
    """The noun and the plurals English could give it ("lily" -> "lilies", "shelf" -> "shelves", "businessman" ->
    "businessmen"), written here from spelling rules, not taken from the planner, so that a plural the planner writes
    is read by a judge that does not share its code."""
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        forms.add(noun[:-1] + "ies")
    if noun.endswith("f"):
        forms.add(noun[:-1] + "ves")
    if noun.endswith("fe"):
        forms.add(noun[:-2] + "ves")
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    forms.update(plural for singular, plural in IRREGULAR.items() if noun == singular)
    return forms


def _words(text: str) -> list[str]:
    """The words of a region's text, as the judge reads them: commas apart, "a dog's collar" naming the dog."""
    return re.sub(r"'s\b", "", text).replace(",", " ").split()


def _named(region: dict[str, Any], nouns: list[str]) -> int | None:
    """Which of ``nouns`` the region is: the one its text names first ("a boy riding a bicycle" is the boy's), or None.
    Of nouns said one after the other, the last is the thing: "an apple tree" is the tree's."""
    forms: dict[str, int] = {}
    for k, noun in enumerate(nouns):
        for form in _forms(noun):
            forms.setdefault(form, k)
    words = _words(region["high_level"])
    first = next((i for i, w in enumerate(words) if w in forms), None)
    if first is None:
        return None
    while first + 1 < len(words) and words[first + 1] in forms:
        first += 1
    return forms[words[first]]


def _one_each(objects: list[dict[str, Any]], regions: list[dict[str, Any]], whose: list[int | None]) -> list[int | None]:
    """``whose`` with the regions of a noun asked as several objects ("a red, a blue and a green balloon", "an elephant
    with a baby elephant") shared among them: the one of its colour first, else the next one with a region still to get."""
    given = [0] * len(objects)
    out: list[int | None] = []
    for region, k in zip(regions, whose, strict=True):
        same = [i for i, o in enumerate(objects) if k is not None and o["noun"] == objects[k]["noun"]]
        if len(same) > 1:
            said = set(_words(f"{region['low_level']} {region['high_level']}"))
            free = [i for i in same if given[i] < objects[i]["count"]] or same
            k = next((i for i in free if {objects[i]["colour"], SPELLINGS.get(objects[i]["colour"])} & said), free[0])
        if k is not None:
            given[k] += 1
        out.append(k)
    return out


#: One colour spelt two ways: a "grey" asked is a "gray" drawn.
SPELLINGS = {"grey": "gray"}


def judge(case: dict[str, Any], layout: dict[str, Any]) -> dict[str, bool]:
    """Which parts of ``case`` the layout gets right."""
    regions = layout["regions"]
    whose = _one_each(case["objects"], regions, [_named(r, [o["noun"] for o in case["objects"]]) for r in regions])
    mine = [[r for r, k in zip(regions, whose, strict=True) if k == i] for i in range(len(case["objects"]))]
    parts = {"objects": all(len(m) == o["count"] for m, o in zip(mine, case["objects"], strict=True))
             and len(regions) == sum(o["count"] for o in case["objects"])}
    parts["colours"] = all(o["colour"] is None or any({o["colour"], SPELLINGS.get(o["colour"])} & set(_words(f"{r['low_level']} {r['high_level']}"))
                                                       for r in m)
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
    parser.add_argument("--out", type=Path, default=None, help="folder for scene_eval*.json (one per set)")
    parser.add_argument("--set", type=Path, action="append", default=None,
                        help="a JSON list of requests as in scenes_handwritten.json (repeatable; default: every committed set)")
    args = parser.parse_args(argv)
    for path in args.set or SETS:
        result = {"set": path.name, "planner": "offline", **evaluate(json.loads(path.read_text()))}
        print(json.dumps({k: v for k, v in result.items() if k != "failures"}, indent=1))
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            out = args.out / result_name(path)
            was = json.loads(out.read_text()) if out.exists() else {}
            result.update({k: was[k] for k in KEPT if k in was})
            out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
