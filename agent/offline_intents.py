"""What a chat message asks of the offline agent, when it is not a picture or an edit.

:func:`intent` reads a message and answers with a conversation tool to call (undo, redo, an earlier
round, variations, a pick, the layout, what changed, why, start over, redo a region), a sentence to
say instead (a question back when the request is ambiguous, or an answer in words), or None when the
message describes a picture or an edit for the planner.
"""

from __future__ import annotations

import re
from typing import Any

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_NUMBER = r"(\d+|first|second|third|fourth|fifth|sixth|one|two|three|four|five|six|1st|2nd|3rd|4th|5th|6th|last)"
ABOUT = ("I design pictures from words: name shapes (circle, square, triangle, or anything else), colours, stripes and places, e.g. "
         "'a red circle in the top left and a blue striped square at the bottom right'. Then ask for changes ('make the square green'), "
         "'undo', 'back to round 2', 'show me three variations', 'redo the circle', 'what changed?', 'why?', or 'start over'.")


def _number(word: str, last: int) -> int:
    return last if word == "last" else int(word) if word.isdigit() else ORDINALS[word]


def intent(message: str, context: dict[str, Any]) -> tuple[str, dict[str, Any]] | str | None:
    """A conversation tool call ``(name, args)``, words to answer with, or None (plan or edit a picture).

    ``context``: ``layout`` (the current layout or None), ``rounds`` (images so far), ``variations`` (how many
    the last variations request made), ``focus`` (the ids the last edit was about).
    """
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", message.lower().replace("'", "")).split())
    rounds, variations, layout = context.get("rounds", 0), context.get("variations", 0), context.get("layout")
    for rule in (_restore, _history, _questions, _variations):
        found = rule(text, rounds, variations)
        if found is not None:
            return found
    if _acknowledgement(message):
        return "Glad to help. Tell me what to change whenever you like, or describe a new picture."
    return _repaint(text, layout, context.get("focus") or [])


def _acknowledgement(message: str) -> bool:
    """Small talk only: every part of the message is a greeting, thanks or an okay."""
    parts = [p.strip() for p in re.split(r"[,.!;]+", message.lower().replace("'", "")) if p.strip()]
    return bool(parts) and all(re.fullmatch(ACK, p) for p in parts)


ACK = (r"(?:hi|hello|hey)(?: there)?|thanks?(?: you| a lot)?|ok(?:ay)?(?: cool| then| thanks)?|cool|great|nice|lovely|perfect|awesome|"
       r"never ?mind|no thanks|its fine|that s (?:fine|good|great|better|nice)|thats (?:fine|good|great|better|nice)|"
       r"(?:ok )?leave it(?: as it is)?(?: then)?|ill come back later|i ll come back later|bye|see you(?: later)?|good(?: job)?")


def _history(text: str, rounds: int, variations: int) -> tuple[str, dict[str, Any]] | None:
    if re.search(r"\b(?:start (?:over|again|afresh|fresh|from scratch)|from scratch|scrap (?:this|it|that|everything)|"
                 r"reset(?: everything)?$|clear (?:it|everything|the canvas|all)|forget (?:it|that|everything))\b", text):
        return "start_over", {}
    if re.fullmatch(r"(?:please |ok |now )?redo(?: that| it| please| the last (?:change|edit|step))?", text):
        return "redo", {}
    if re.search(r"\bundo\b|\b(?:go|take (?:it|that)) back\b(?! to)|\brevert\b(?! to)|^back$|\bgo back one more\b", text):
        return "undo", {}
    return None


def _questions(text: str, rounds: int, variations: int) -> tuple[str, dict[str, Any]] | str | None:
    if re.search(r"\b(?:show|print|see|display|give)\b.*\blayout\b|^(?:the )?layout$|^what(?: s| is|s) the layout|"
                 r"\bwhat(?: s| is|s) (?:on|in) the (?:canvas|picture|image)\b|\bwhat is there\b", text):
        return "show_layout", {}
    if re.search(r"\bwhat (?:did you |has |have you )?chang|\bwhat(?: s| is) different\b|\bdiff\b|\bwhat did you (?:do|change)\b", text):
        return "what_changed", {}
    if re.match(r"why\b", text) or re.search(r"\bwhat(?: s| is) wrong\b|\bwhat would you (?:fix|change|improve)|\bwhat needs? fixing\b|"
                                             r"\bwhat(?: s| is) (?:left|next) to fix\b", text):
        return "explain_critique", {}
    concrete = re.search(r"\b(?:a|an|the|one|two|three|\d+)\s+(?:\w+\s+)?(?:circles?|squares?|triangles?)\b", text)
    if not concrete and re.match(r"(?:and )?(?:what|which|can you|could you|do you|how)\b", text) and re.search(
            r"\b(?:draw|do|make|know|shapes?|colou?rs?|backgrounds?|stripes?|textures?|work)\b", text):
        return ABOUT
    if re.fullmatch(r"help|what can you do", text):
        return ABOUT
    return None


def _variations(text: str, rounds: int, variations: int) -> tuple[str, dict[str, Any]] | str | None:
    found = re.search(r"\b(\d+|two|three|four|five|six|a few|some|several|more|a couple of)?\s*(?:more )?(?:variations|versions|alternatives|"
                      r"options|variants|takes|other ones)\b", text)
    if found and not re.search(r"\b(?:number|option|variation) \d", text):
        if not rounds:
            return "There is no picture yet to vary: describe one first."
        word = found.group(1) or "three"
        count = int(word) if word.isdigit() else ORDINALS.get(word, 3) if word not in ("a couple of",) else 2
        return "make_variations", {"count": max(2, min(6, count))}
    if variations:
        pick = re.fullmatch(rf"(?:i (?:like|want|prefer|ll take|choose|pick)|pick|choose|take|use|go with|keep)?\s*(?:the )?"
                            rf"(?:number |option |variation |image |picture )?{_NUMBER}(?: one| option| variation| image| please)?", text)
        if pick:
            return "pick_variation", {"number": _number(pick.group(1), variations)}
    return None


def _restore(text: str, rounds: int, variations: int) -> tuple[str, dict[str, Any]] | None:
    found = re.search(rf"\b(?:back to|go to|use|restore|return to|revert to|take|show me|bring back|keep|see|want)\s+(?:the )?"
                      rf"(?:round|image|picture|version)\s+{_NUMBER}\b|"
                      rf"\b(?:use|restore|bring back|back to|go back to|keep|see) the {_NUMBER} (?:round|image|picture|version|one)\b|"
                      rf"\b(?:round|image|picture) {_NUMBER} again\b", text)
    if found and rounds:
        return "restore_round", {"round": _number(next(g for g in found.groups() if g), rounds)}
    return None


REPAINT = re.compile(r"\b(?:redo|retry|regenerate|re ?roll|re ?draw|re ?render|try(?: again| once more)?|another (?:go|try|take)(?: at)?|"
                     r"give me a new|make a new|new)\b")


def _repaint(text: str, layout: dict[str, Any] | None, focus: list[str]) -> tuple[str, dict[str, Any]] | str | None:
    """ "redo the triangle", "try the square again", "new circle", "regenerate just that one", "try again" (everything)."""
    from .offline_edits import _references

    found = REPAINT.search(text)
    if not found or not layout or re.search(r"\b(?:add|another (?:circle|square|triangle)|new (?:picture|image|design|drawing))\b", text):
        return None
    rest = text[found.end():]
    ids, _, _ = _references(layout, text[: found.start()] + " " + rest, focus)
    if not ids and not re.sub(r"\b(?:again|once more|please|just|it|that|this|one|the)\b", "", rest).strip():
        ids = focus or [r["id"] for r in layout["regions"]]  # "try again": everything (or what the last edit was about)
    if not ids:
        if rest.split()[:1] and rest.split()[0] in ("a", "an"):
            return None  # "new a ..." is a request, not a redo
        return f"Which object should I redo? The layout has {', '.join(r['id'] for r in layout['regions'])}."
    return "repaint_region", {"region_ids": ids}
