"""Chat edits of the current layout, read deterministically: move, recolour, restyle, resize, remove or add objects.

The offline planner's other half: a request that starts with an edit verb ("make the square
green", "move the circle to the right", "remove the triangle", "add a yellow circle at the
bottom", "more striped") changes the layout in hand instead of planning a new one.
"""

from __future__ import annotations

import copy
from typing import Any

from ..schemas import MAX_TEXT_CHARS
from .offline_planner import (
    AREAS,
    COLOURS,
    DEFAULT_SIDE,
    MAX_PROMPT_CHARS,
    TEXTURES,
    fit_box,
    normalise,
    overlap,
    parse_object,
    plan,
    split_area,
    square_box,
)

RESIZE = {"bigger": 1.25, "larger": 1.25, "enlarge": 1.25, "smaller": 0.75, "shrink": 0.75}
EDIT_VERBS = ("move", "put", "shift", "make", "turn", "change", "colour", "color", "remove", "delete", "drop", "erase", "add",
              "insert", "include", "more", "less", "bigger", "smaller", "larger", "enlarge", "shrink")


def is_edit(request: str) -> bool:
    """Whether ``request`` reads as an edit of the current picture rather than a new one."""
    words = normalise(request).split()
    return bool(words) and (words[0] in EDIT_VERBS or (len(words) > 1 and words[0] in ("please", "now", "then", "and") and words[1] in EDIT_VERBS))


def _find_region(layout: dict[str, Any], clause: str) -> dict[str, Any] | None:
    """The region a clause refers to: by id, else by the most shape/colour/texture words matched."""
    words = set(clause.split())
    best, best_hits = None, 0
    for region in layout["regions"]:
        if region["id"].lower() in words:
            return region
        texts = set(normalise(f"{region['high_level']} {region.get('low_level', '')}").split()) - {"a", "an", ","}
        hits = len(texts & words)
        if hits > best_hits:
            best, best_hits = region, hits
    return best


def _phrase(region: dict[str, Any]) -> str:
    """'a circle' + 'red, striped' -> 'a red striped circle'."""
    details = [w.strip() for w in region.get("low_level", "").split(",") if w.strip() and not w.strip().startswith("clearly ")]
    words = region["high_level"].split()
    body = words[1:] if words and words[0] in ("a", "an") else words
    text = " ".join([*details, *body])
    return f"{'an' if text[:1] in 'aeiou' else 'a'} {text}"


def _recaption(layout: dict[str, Any]) -> None:
    parts = [_phrase(r) for r in layout["regions"]]
    background = layout.get("background", {}).get("high_level")
    text = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + (parts[-1] if parts else "")
    text += f" on {background.replace('an empty ', 'a ')}" if background and text else ""
    layout["global"]["high_level"] = (text or layout["global"]["high_level"])[:MAX_TEXT_CHARS]


def edit(layout: dict[str, Any], request: str) -> dict[str, Any]:
    """The layout after a chat edit: move, recolour, restyle, resize, remove or add objects.

    Raises ``ValueError`` naming what was not understood (the layout is left as it was).
    """
    out = copy.deepcopy(layout)
    text = normalise(request[:MAX_PROMPT_CHARS])
    words = text.split()
    verb = next((w for w in words if w in EDIT_VERBS), None)
    if verb in ("add", "insert", "include"):
        _add(out, text.split(verb, 1)[1])
    else:
        target = _find_region(out, text)
        if target is None:
            raise ValueError(f"which object? none of {', '.join(r['id'] for r in out['regions'])} matches {request[:80]!r}")
        if verb in ("remove", "delete", "drop", "erase"):
            out["regions"] = [r for r in out["regions"] if r is not target]
        elif verb in ("move", "put", "shift"):
            _move(target, text.split(verb, 1)[1])
        elif not (verb == "more" and _emphasise_asked(out, target, words)):
            _restyle(target, text.split(verb, 1)[1] if verb else text, words)
    _recaption(out)
    return out


def _add(layout: dict[str, Any], request: str) -> None:
    """Add the objects ``request`` names, each in a free cell unless it names a place."""
    canvas = layout.get("canvas", {})
    addition = plan(request, width=canvas.get("width", 512), height=canvas.get("height", 512))
    used = [r["bbox"] for r in layout["regions"]]
    taken_ids = {r["id"] for r in layout["regions"]}
    placed = parse_object(normalise(request))
    for region in addition["regions"]:
        if not (placed.vertical or placed.horizontal):  # no place named: the free cell farthest from the others
            grid = split_area((0.0, 0.0, 1.0, 1.0), 9)
            cells = [c for c in grid if not any(overlap(c, b) > 0 for b in used)] or grid
            region["bbox"] = fit_box(cells[0], DEFAULT_SIDE)
        base, n = region["id"].rsplit("_", 1)[0], len(layout["regions"])
        while f"{base}_{n}" in taken_ids:
            n += 1
        region["id"] = f"{base}_{n}"
        taken_ids.add(region["id"])
        used.append(region["bbox"])
        layout["regions"].append(region)


def _move(target: dict[str, Any], where: str) -> None:
    obj = parse_object(where.replace(target["id"].lower(), " "))
    key = (obj.vertical, obj.horizontal)
    if key not in AREAS:
        raise ValueError(f"where to? say e.g. 'move the {target['high_level'].split()[-1]} to the top right'")
    x0, y0, x1, y1 = target["bbox"]
    ax0, ay0, ax1, ay1 = AREAS[key]
    # A one-axis move ("to the right", "to the top") keeps the other coordinate.
    cx = (ax0 + ax1) / 2 if obj.horizontal or obj.vertical == "center" else (x0 + x1) / 2
    cy = (ay0 + ay1) / 2 if obj.vertical else (y0 + y1) / 2
    target["bbox"] = square_box(cx, cy, max(x1 - x0, y1 - y0))


def _emphasise_asked(layout: dict[str, Any], target: dict[str, Any], words: list[str]) -> bool:
    """"more striped": state the attribute more strongly wherever it is asked for; False when no attribute is named."""
    asked = [TEXTURES.get(w, w) for w in words if w in TEXTURES or w in COLOURS]
    for region in layout["regions"]:
        parts = [w.strip() for w in region.get("low_level", "").split(",") if w.strip()]
        if region is target or any(a in parts for a in asked):
            region["low_level"] = ", ".join(dict.fromkeys([*parts, *asked, *(f"clearly {a}" for a in asked)]))
    return bool(asked)


def _restyle(target: dict[str, Any], change: str, words: list[str]) -> None:
    """A new colour, texture or size for ``target``; ``ValueError`` when the request names none."""
    obj = parse_object(change)
    low = [w.strip() for w in target.get("low_level", "").split(",") if w.strip()]
    changed = False
    if obj.colour:
        low = [obj.colour, *(w for w in low if w not in COLOURS)]
        changed = True
    if obj.texture:
        low = [w for w in low if w not in TEXTURES.values()] + ([obj.texture] if obj.texture == "striped" else [])
        changed = True
    resize = next((w for w in words if w in RESIZE), None)
    if resize:
        x0, y0, x1, y1 = target["bbox"]
        target["bbox"] = square_box((x0 + x1) / 2, (y0 + y1) / 2, min(0.95, max(x1 - x0, y1 - y0) * RESIZE[resize]))
        changed = True
    if not changed:
        raise ValueError(f"what should change? say e.g. 'make the {target['high_level'].split()[-1]} green' or '... bigger'")
    target["low_level"] = ", ".join(dict.fromkeys(low))
