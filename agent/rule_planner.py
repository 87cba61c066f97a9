"""A rule-based layout planner: prompt text -> layout document, no model involved.

The rule, in full:

1. The prompt is split into object phrases at " and ", commas, semicolons and " with ".
2. A phrase's position words pick its box: "top left", "top right", "bottom left",
   "bottom right", "top", "bottom", "left", "right", "center"/"middle".
3. Phrases without position words are placed left to right in equal columns
   over the free middle band.
4. Colour, texture and style words ("red", "striped", "watercolor", ...) form a
   region's low-level text; the other words its high-level text.
5. "on a gray background" (or "gray background") becomes the layout's background.
6. The whole prompt (position words removed) is the global high-level text.
"""

from __future__ import annotations

import re
from typing import Any

POSITIONS: dict[str, list[float]] = {
    "top left": [0.05, 0.05, 0.48, 0.48],
    "top right": [0.52, 0.05, 0.95, 0.48],
    "bottom left": [0.05, 0.52, 0.48, 0.95],
    "bottom right": [0.52, 0.52, 0.95, 0.95],
    "upper left": [0.05, 0.05, 0.48, 0.48],
    "upper right": [0.52, 0.05, 0.95, 0.48],
    "lower left": [0.05, 0.52, 0.48, 0.95],
    "lower right": [0.52, 0.52, 0.95, 0.95],
    "center": [0.28, 0.28, 0.72, 0.72],
    "centre": [0.28, 0.28, 0.72, 0.72],
    "middle": [0.28, 0.28, 0.72, 0.72],
    "top": [0.25, 0.05, 0.75, 0.45],
    "bottom": [0.25, 0.55, 0.75, 0.95],
    "left": [0.05, 0.25, 0.45, 0.75],
    "right": [0.55, 0.25, 0.95, 0.75],
}
DETAIL_WORDS = {
    "red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "black", "gray", "grey", "brown", "cyan",
    "magenta", "golden", "silver", "striped", "dotted", "checkered", "solid", "outlined", "hollow", "plain", "spotted",
    "shiny", "matte", "glossy", "furry", "fluffy", "wooden", "metallic", "watercolor", "watercolour", "oil", "sketch",
    "pastel", "vivid", "dark", "light", "bright", "soft", "warm", "cold", "textured", "smooth", "rough",
}
_BACKGROUND = re.compile(r"(?:\b(?:on|against|over)\s+)?\b(?:an?\s+|the\s+)?((?:[a-z]+\s+){0,3}?)background\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bwith\b)\s*", re.IGNORECASE)


def _position(phrase: str) -> tuple[str | None, str]:
    lowered = phrase.lower()
    for name in POSITIONS:  # longest names first by construction of the dict
        match = re.search(rf"(?:\b(?:in|at|on|to|near)\s+)?(?:the\s+)?\b{name}\b(?:\s+(?:corner|side|part|half))?", lowered)
        if match:
            rest = phrase[: match.start()] + phrase[match.end():]
            return name, rest
    return None, phrase


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .,-")


def _slug(text: str, taken: set[str]) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("a", "an", "the")]
    base = (words[-1] if words else "region")[:32]
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}_{n}", n + 1
    taken.add(rid)
    return rid


def plan_layout(prompt: str, width: int = 512, height: int = 512, max_regions: int = 16) -> dict[str, Any]:
    """A layout document for ``prompt`` by the rule in this module's docstring."""
    prompt = " ".join(prompt.split())[:4000]
    if not prompt:
        raise ValueError("the prompt is empty; describe what the picture should show")
    background = None
    found = _BACKGROUND.search(prompt)
    if found:
        words = found.group(1).strip()
        background = f"{'an' if words[:1] in 'aeiou' and words else 'a'} {words} background".replace("  ", " ") if words else "a plain background"
        prompt_objects = (prompt[: found.start()] + prompt[found.end():]).strip(" ,.")
    else:
        prompt_objects = prompt
    phrases = [p for p in _SPLIT.split(prompt_objects) if p.strip()][:max_regions]
    placed: list[tuple[str | None, str]] = [_position(p) for p in phrases]
    free = [i for i, (pos, _) in enumerate(placed) if pos is None]
    regions, taken = [], set()
    for i, (pos, rest) in enumerate(placed):
        words = _clean(rest).split()
        if not words:
            continue
        low = [w for w in words if w.lower().strip(".,") in DETAIL_WORDS]
        high = " ".join(w for w in words if w.lower().strip(".,") not in DETAIL_WORDS) or " ".join(words)
        if pos is not None:
            bbox = POSITIONS[pos]
        else:
            k, n = free.index(i), len(free)
            step = 0.9 / n
            bbox = [round(0.05 + k * step + 0.01, 4), 0.25, round(0.05 + (k + 1) * step - 0.01, 4), 0.75]
        regions.append({"id": _slug(high, taken), "bbox": bbox, "high_level": high[:1000], "low_level": ", ".join(low)[:1000]})
    global_text = ", ".join(t for t in (_clean(rest) for _, rest in placed) if t) or prompt
    layout = {
        "canvas": {"width": width, "height": height},
        "global": {"high_level": global_text[:1000], "low_level": "", "negative": ""},
        "regions": regions,
        "metadata": {"prompt": prompt[:1000], "planner": "rule"},
    }
    if background:
        layout["background"] = {"high_level": background}
        layout["global"]["high_level"] = f"{global_text}, {background}"[:1000]
    return layout
