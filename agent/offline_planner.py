"""Deterministic offline planner: a request in words -> a layout document.

It understands the vocabulary of the shapes world and plain scene requests:

- objects: a noun phrase per object ("a red striped circle", "two blue squares",
  "a sleeping cat"); counts ("two", "3", "a pair of");
- low-level attributes: colours, textures ("striped", "solid"), styles; they form
  a region's low-level text, the rest of the phrase its high-level text;
- positions: "top left", "upper right", "bottom", "left", "center", ...; relations
  "left of / right of / above / below / next to <object>"; sizes "small", "big";
- a background: "on a white background".

Objects without a position are placed automatically in the free part of the
canvas, evenly, without overlaps.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..schemas import MAX_REGIONS, MAX_TEXT_CHARS

COLOURS = ("red", "green", "blue", "yellow", "purple", "orange", "pink", "white", "black", "gray", "brown", "cyan")
TEXTURES = {"striped": "striped", "stripes": "striped", "stripy": "striped", "solid": "solid", "plain": "solid"}
SYNONYMS = {"grey": "gray", "centre": "center", "middle": "center", "violet": "purple", "circles": "circle", "squares": "square",
            "triangles": "triangle", "upper": "top", "lower": "bottom", "above": "above", "beneath": "below", "under": "below"}
COUNTS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 2, "couple": 2}
SIZES = {"small": 0.22, "tiny": 0.18, "little": 0.22, "big": 0.42, "large": 0.42, "huge": 0.48}
DEFAULT_SIDE = 0.32
#: Canvas areas named by absolute positions: (x0, y0, x1, y1).
AREAS = {
    ("top", "left"): (0.0, 0.0, 0.5, 0.5), ("top", "right"): (0.5, 0.0, 1.0, 0.5),
    ("bottom", "left"): (0.0, 0.5, 0.5, 1.0), ("bottom", "right"): (0.5, 0.5, 1.0, 1.0),
    ("top", None): (0.0, 0.0, 1.0, 0.5), ("bottom", None): (0.0, 0.5, 1.0, 1.0),
    (None, "left"): (0.0, 0.0, 0.5, 1.0), (None, "right"): (0.5, 0.0, 1.0, 1.0),
    ("center", None): (0.2, 0.2, 0.8, 0.8), ("center", "left"): (0.0, 0.25, 0.5, 0.75), ("center", "right"): (0.5, 0.25, 1.0, 0.75),
}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
RELATIONS = {"left of": (-1, 0), "right of": (1, 0), "above": (0, -1), "below": (0, 1), "next to": (1, 0), "beside": (1, 0)}
_NOUNS = "(?:circle|square|triangle|and|with)"
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bplus\b|\bwith\b|\balso\b)\s*")
_RELATION = re.compile(r"\b(?:to the |on the )?(left of|right of|above|below|next to|beside)\b")
FILLER = frozenset(
    "in at on the of corner side part half to near placed is are there please draw make create show put place add render "
    "paint generate picture image photo i want me we need should be one that which located sitting positioned can you".split()
)
MAX_PROMPT_CHARS = 4000
MAX_WORD_CHARS = 40


@dataclass
class ObjectRequest:
    noun: str
    count: int = 1
    colour: str | None = None
    texture: str | None = None
    details: list[str] = field(default_factory=list)
    vertical: str | None = None
    horizontal: str | None = None
    side: float = DEFAULT_SIDE
    relation: tuple[str, int] | None = None  # (relation, index of the other object)

    @property
    def high_level(self) -> str:
        words = " ".join([*self.details, self.noun])
        return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"

    @property
    def low_level(self) -> str:
        parts = [p for p in (self.colour, self.texture if self.texture == "striped" else None) if p]
        return ", ".join(parts)

    @property
    def phrase(self) -> str:
        words = " ".join(p for p in (self.colour, self.texture if self.texture == "striped" else None, *self.details, self.noun) if p)
        return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _normalise(text: str) -> str:
    text = text.lower().replace("-", " ")
    text = re.sub(r"[.!?]+(\s|$)", ", ", text)  # sentence ends separate clauses; "label: object" stays one
    text = re.sub(r"[^a-z0-9,; ]+", " ", text)
    text = re.sub(r"\s*([,;])\s*", r" \1 ", text)
    return " ".join(SYNONYMS.get(w, w)[:MAX_WORD_CHARS] for w in text.split())


def _parse_object(clause: str) -> ObjectRequest:
    words = clause.split()
    obj = ObjectRequest(noun="")
    rest = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("top", "bottom") and obj.vertical is None:
            obj.vertical = w
        elif w == "center":
            obj.vertical = obj.vertical or "center"
        elif w in ("left", "right") and obj.horizontal is None:
            obj.horizontal = w
        elif w in COUNTS and not rest and obj.colour is None:
            obj.count = COUNTS[w]
        elif w.isdigit() and not rest:
            obj.count = max(1, min(10**6, int(w[:7])))
        elif w in COLOURS and obj.colour is None:
            obj.colour = w
        elif w in TEXTURES:
            obj.texture = TEXTURES[w]
        elif w in SIZES:
            obj.side = SIZES[w]
        elif w in FILLER:
            pass
        else:
            rest.append(w)
        i += 1
    if not rest:
        return obj  # no noun: a clause of position words only, e.g. "..., bottom right"
    noun = rest[-1]
    if obj.count > 1 and noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    obj.noun, obj.details = noun, rest[:-1]
    return obj


def _keep_first(objects: list[ObjectRequest], limit: int) -> list[ObjectRequest]:
    """The first ``limit`` object instances, counts cut where the limit falls (relations to dropped objects are dropped)."""
    kept: list[ObjectRequest] = []
    left = limit
    for obj in objects:
        if left <= 0:
            break
        obj.count = min(obj.count, left)
        left -= obj.count
        kept.append(obj)
    for obj in kept:
        if obj.relation and obj.relation[1] >= len(kept):
            obj.relation = None
    return kept


def _box(cx: float, cy: float, side: float) -> list[float]:
    half = side / 2
    cx, cy = min(max(cx, half), 1 - half), min(max(cy, half), 1 - half)
    return [round(cx - half, 4), round(cy - half, 4), round(cx + half, 4), round(cy + half, 4)]


def _split(area: tuple[float, float, float, float], n: int) -> list[tuple[float, float, float, float]]:
    """``area`` cut into ``n`` cells: a near-square grid, more columns when the area is wide."""
    x0, y0, x1, y1 = area
    w, h = x1 - x0, y1 - y0
    cols = max(1, min(n, math.ceil((n * w / h) ** 0.5 - 1e-9))) if n > 1 else 1
    rows = -(-n // cols)
    cells = [(x0 + c * w / cols, y0 + r * h / rows, x0 + (c + 1) * w / cols, y0 + (r + 1) * h / rows) for r in range(rows) for c in range(cols)]
    return cells[:n]


def _fit(cell: tuple[float, float, float, float], side: float) -> list[float]:
    """A square box of at most ``side``, centred in ``cell`` and inside it with a small margin."""
    x0, y0, x1, y1 = cell
    side = min(side, 0.9 * (x1 - x0), 0.9 * (y1 - y0))
    return _box((x0 + x1) / 2, (y0 + y1) / 2, side)


def _overlap(a: tuple[float, ...] | list[float], b: tuple[float, ...] | list[float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _place(objects: list[ObjectRequest]) -> list[tuple[ObjectRequest, list[float]]]:
    """A box for every object instance: named areas are shared by the instances that name them,
    relations put an object beside its partner, the rest share the canvas evenly."""
    by_area: dict[tuple, list[int]] = {}
    free: list[int] = []
    for i, obj in enumerate(objects):
        key = (obj.vertical, obj.horizontal)
        if key in AREAS:
            by_area.setdefault(key, []).append(i)
        elif obj.relation is None:
            free.append(i)
    related = {obj.relation[1] for obj in objects if obj.relation}
    free = [i for i in free if i not in related or objects[i].vertical or objects[i].horizontal] + [
        i for i in free if i in related and not (objects[i].vertical or objects[i].horizontal)
    ]
    boxes: dict[int, list[list[float]]] = {}
    for key, members in by_area.items():
        cells = _split(AREAS[key], sum(objects[i].count for i in members))
        for i in members:
            boxes[i] = [_fit(cells.pop(0), objects[i].side) for _ in range(objects[i].count)]
    pairs = [(i, obj.relation) for i, obj in enumerate(objects) if obj.relation]
    for i, (name, j) in pairs:
        dx, dy = RELATIONS[name]
        if j not in boxes:
            area = (0.0, 0.25, 1.0, 0.75) if dx else (0.25, 0.0, 0.75, 1.0)
            a, b = _split(area, 2) if dx else _split((0.25, 0.0, 0.75, 1.0), 2)
            first, second = (a, b) if (dx < 0 or dy < 0) else (b, a)
            boxes[i] = [_fit(first, objects[i].side)]
            boxes[j] = [_fit(second, objects[j].side)]
            free = [k for k in free if k != j]
        else:
            x0, y0, x1, y1 = boxes[j][0]
            w, h = x1 - x0, y1 - y0
            boxes[i] = [_box((x0 + x1) / 2 + dx * (w + 0.04), (y0 + y1) / 2 + dy * (h + 0.04), objects[i].side)]
    if free:
        needed = sum(objects[i].count for i in free)
        cells = _split((0.0, 0.0, 1.0, 1.0), needed)
        if boxes:  # keep clear of what is already placed: the cells of a 3x3 grid no box touches
            used = [b for bs in boxes.values() for b in bs]
            open_cells = [c for c in _split((0.0, 0.0, 1.0, 1.0), 9) if not any(_overlap(c, b) > 0 for b in used)]
            if len(open_cells) >= needed:
                cells = open_cells[:needed]
        for i in free:
            boxes[i] = [_fit(cells.pop(0), objects[i].side) for _ in range(objects[i].count)]
    return [(objects[i], box) for i in range(len(objects)) for box in boxes.get(i, [])]


def plan(prompt: str, *, width: int = 512, height: int = 512, notes: list[str] | None = None) -> dict[str, Any]:
    """A layout document for ``prompt``; raises ``ValueError`` when the prompt names nothing to draw.

    What had to be left out (a request longer than the planner reads, more objects than a layout
    holds) is said in ``notes``, in words for the user.
    """
    notes = [] if notes is None else notes
    if not prompt.strip():
        raise ValueError("Your request is empty; describe what the picture should show, e.g. 'a red circle on the left'.")
    if len(prompt) > MAX_PROMPT_CHARS:
        notes.append(f"Your request is {len(prompt)} characters long; I read its first {MAX_PROMPT_CHARS}.")
    text = _normalise(prompt[:MAX_PROMPT_CHARS])
    background = None
    found = re.search(rf"(?:\bon |\bagainst |\bover )?(?:an? |the )?((?:(?!{_NOUNS}\b)[a-z]+ ){{0,2}}?)background\b", text)
    if found:
        background = found.group(1).strip() or "plain"
        text = (text[: found.start()] + " " + text[found.end():]).strip()

    objects: list[ObjectRequest] = []
    for clause in _SPLIT.split(text):
        relation = _RELATION.search(clause)
        head, tail = (clause[: relation.start()], clause[relation.end():]) if relation else (clause, "")
        obj = _parse_object(head)
        if not obj.noun:
            # Position words alone place the object named just before: "a blue square, bottom right".
            if objects and not (objects[-1].vertical or objects[-1].horizontal):
                objects[-1].vertical, objects[-1].horizontal = obj.vertical, obj.horizontal
            continue
        if relation and tail.strip():
            other = _parse_object(tail)
            if other.noun:
                objects.append(other)
                obj.relation = (relation.group(1), len(objects) - 1)
        objects.append(obj)

    asked = sum(o.count for o in objects)
    if asked > MAX_REGIONS:
        objects = _keep_first(objects, MAX_REGIONS)
        notes.append(f"You asked for {asked} objects; a layout holds at most {MAX_REGIONS}, so I kept the first {MAX_REGIONS}.")
    boxes = _place(objects)
    regions = [
        {"id": f"{obj.noun[:32]}_{k}", "bbox": box, "high_level": obj.high_level[:MAX_TEXT_CHARS], "low_level": obj.low_level}
        for k, (obj, box) in enumerate(boxes)
    ]
    if not regions and background is None:
        raise ValueError(f"I found nothing to draw in {prompt[:80]!r}. Name objects and where they go, e.g. 'a red circle on the left' "
                         "(the offline planner reads English).")

    phrases = [o.phrase if o.count == 1 else f"{NUMBER_WORDS.get(o.count, o.count)} {o.phrase.split(' ', 1)[1]}s" for o in objects]
    caption = ", ".join(phrases[:-1]) + (" and " if len(phrases) > 1 else "") + (phrases[-1] if phrases else "")
    bg_text = f"{'an' if background[:1] in 'aeiou' else 'a'} {background} background" if background else None
    layout: dict[str, Any] = {
        "canvas": {"width": width, "height": height},
        "global": {"high_level": (f"{caption} on {bg_text}" if caption and bg_text else caption or bg_text)[:MAX_TEXT_CHARS], "low_level": ""},
        "regions": regions,
        "metadata": {"prompt": prompt[:MAX_TEXT_CHARS], "planner": "offline"},
    }
    if bg_text:
        layout["background"] = {"high_level": f"an empty {background} background"}
    return layout


RESIZE = {"bigger": 1.25, "larger": 1.25, "enlarge": 1.25, "smaller": 0.75, "shrink": 0.75}
EDIT_VERBS = ("move", "put", "shift", "make", "turn", "change", "colour", "color", "remove", "delete", "drop", "erase", "add",
              "insert", "include", "more", "less", "bigger", "smaller", "larger", "enlarge", "shrink")


def is_edit(request: str) -> bool:
    """Whether ``request`` reads as an edit of the current picture rather than a new one."""
    words = _normalise(request).split()
    return bool(words) and (words[0] in EDIT_VERBS or (len(words) > 1 and words[0] in ("please", "now", "then", "and") and words[1] in EDIT_VERBS))


def _find_region(layout: dict[str, Any], clause: str) -> dict[str, Any] | None:
    """The region a clause refers to: by id, else by the most shape/colour/texture words matched."""
    words = set(clause.split())
    best, best_hits = None, 0
    for region in layout["regions"]:
        if region["id"].lower() in words:
            return region
        texts = set(_normalise(f"{region['high_level']} {region.get('low_level', '')}").split()) - {"a", "an", ","}
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
    import copy

    out = copy.deepcopy(layout)
    text = _normalise(request[:MAX_PROMPT_CHARS])
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
    placed = _parse_object(_normalise(request))
    for region in addition["regions"]:
        if not (placed.vertical or placed.horizontal):  # no place named: the free cell farthest from the others
            cells = [c for c in _split((0.0, 0.0, 1.0, 1.0), 9) if not any(_overlap(c, b) > 0 for b in used)] or _split((0.0, 0.0, 1.0, 1.0), 9)
            region["bbox"] = _fit(cells[0], DEFAULT_SIDE)
        base, n = region["id"].rsplit("_", 1)[0], len(layout["regions"])
        while f"{base}_{n}" in taken_ids:
            n += 1
        region["id"] = f"{base}_{n}"
        taken_ids.add(region["id"])
        used.append(region["bbox"])
        layout["regions"].append(region)


def _move(target: dict[str, Any], where: str) -> None:
    obj = _parse_object(where.replace(target["id"].lower(), " "))
    key = (obj.vertical, obj.horizontal)
    if key not in AREAS:
        raise ValueError(f"where to? say e.g. 'move the {target['high_level'].split()[-1]} to the top right'")
    x0, y0, x1, y1 = target["bbox"]
    ax0, ay0, ax1, ay1 = AREAS[key]
    # A one-axis move ("to the right", "to the top") keeps the other coordinate.
    cx = (ax0 + ax1) / 2 if obj.horizontal or obj.vertical == "center" else (x0 + x1) / 2
    cy = (ay0 + ay1) / 2 if obj.vertical else (y0 + y1) / 2
    target["bbox"] = _box(cx, cy, max(x1 - x0, y1 - y0))


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
    obj = _parse_object(change)
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
        target["bbox"] = _box((x0 + x1) / 2, (y0 + y1) / 2, min(0.95, max(x1 - x0, y1 - y0) * RESIZE[resize]))
        changed = True
    if not changed:
        raise ValueError(f"what should change? say e.g. 'make the {target['high_level'].split()[-1]} green' or '... bigger'")
    target["low_level"] = ", ".join(dict.fromkeys(low))
