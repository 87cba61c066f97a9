"""Recorded multi-turn conversations with an image designer for the shapes world, and what each turn must leave behind.

Every conversation is a few turns of a person chatting with the designer (plan a picture, edit it, undo, go back to an
earlier round, ask for variations and pick one, repaint a part, ask what changed or why, start over, or say something
too vague to act on). Each turn records:

* ``user``: what the person types;
* ``llm``: the tool calls an ideal LLM agent would make (``{"name": ..., "args": {...}}``; full layout documents for
  ``submit_layout``), or ``[]`` with a ``reply`` when the ideal agent only answers in words or asks a question;
* ``expect``: ``renders`` (new images this turn: ``"some"`` for a design turn, which a real run may refine over several
  rounds, else an exact count) and the current design afterwards: ``objects`` (paraphrases :class:`Obj`) with optional
  ``constraints`` (:class:`Constraint` over the objects' slots), ``absent``, ``background``, ``bigger`` / ``smaller``
  (objects whose box must grow / shrink against the design before the turn); or ``same_as_turn`` (0-based: the layout
  must be exactly the one after that turn); or ``unchanged``; or ``empty`` (no design, after a start over).
  ``one_round_per_design`` marks turns that name rounds by number: their ``same_as_turn`` holds in a run where each
  design renders exactly one round (the scripted run), since a refined run numbers its rounds differently.

The suite was written independently of the agent (``agent/``) and its tools (``tools/``): from how people talk to an
image designer, without reading either, nor the planner's eval. Objects are judged the way the paraphrase set judges a
planned layout (:func:`regiondit.evals.paraphrases.check`, which reads regions with the shapes analyzer's
``expected_from_region``).

    python -m regiondit.evals.conversations   # counts, then a self-check: tool calls well formed, a scripted run
                                              # of the llm calls passes check_turn, and check_turn rejects broken runs
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..schemas import layout_issues
from .paraphrases import C, Case, Constraint, Obj, _fits, _read, check

Box = tuple[float, float, float, float]
Call = dict[str, Any]
Expect = dict[str, Any]
Turn = dict[str, Any]
Conversation = dict[str, Any]
Layout = dict[str, Any]

TOOLS = ("submit_layout", "repaint_region", "restore_round", "undo", "redo", "make_variations", "pick_variation",
         "show_layout", "what_changed", "explain_critique", "start_over")
NO_ARG_TOOLS = ("undo", "redo", "show_layout", "what_changed", "explain_critique", "start_over")
EXPECT_KEYS = {"renders", "objects", "constraints", "absent", "background", "bigger", "smaller", "same_as_turn", "unchanged",
               "empty", "one_round_per_design"}
RESIZE_FACTOR = 1.2  # "bigger" means the box area grew by at least this factor ("smaller": shrank by it)

# --- boxes: a 3x3 grid of cells that do not touch, plus a few sizes --------------------------------------------------
_COLS = ((0.06, 0.32), (0.37, 0.63), (0.68, 0.94))


def _cell(row: int, col: int) -> Box:
    (x0, x1), (y0, y1) = _COLS[col], _COLS[row]
    return (x0, y0, x1, y1)


TL, TOP, TR = _cell(0, 0), _cell(0, 1), _cell(0, 2)
LEFT, CENTRE, RIGHT = _cell(1, 0), _cell(1, 1), _cell(1, 2)
BL, BOTTOM, BR = _cell(2, 0), _cell(2, 1), _cell(2, 2)
BIG: Box = (0.15, 0.15, 0.85, 0.85)  # area 0.49: "big" / "fill most of the picture"
SMALL: Box = (0.42, 0.42, 0.58, 0.58)  # area 0.0256, centred
MEDIUM: Box = (0.32, 0.32, 0.68, 0.68)  # area 0.13, centred
TINY_TL: Box = (0.1, 0.1, 0.22, 0.22)  # area 0.0144
BIG_LEFT: Box = (0.04, 0.2, 0.46, 0.8)  # area 0.25, centre x 0.25
SMALL_RIGHT: Box = (0.7, 0.42, 0.86, 0.58)  # area 0.0256, centre x 0.78


# --- builders ---------------------------------------------------------------------------------------------------------

def R(rid: str, box: Box, text: str) -> dict[str, Any]:
    """One region of a layout document."""
    return {"id": rid, "bbox": list(box), "high_level": text}


def doc(*regions: dict[str, Any], bg: str = "gray") -> Layout:
    """A full layout document: the scene in words, a plain background, the regions."""
    scene = ", ".join(r["high_level"] for r in regions) or "an empty canvas"
    return {
        "global": {"high_level": f"{scene}, on a plain {bg} background", "low_level": "flat simple shapes with clean edges"},
        "background": {"high_level": f"a plain {bg} background"},
        "regions": [copy.deepcopy(r) for r in regions],
    }


def submit(layout: Layout) -> Call:
    return {"name": "submit_layout", "args": {"layout": layout}}


def repaint(*ids: str) -> Call:
    return {"name": "repaint_region", "args": {"region_ids": list(ids)}}


def restore(n: int) -> Call:
    return {"name": "restore_round", "args": {"round": n}}


def variations(n: int) -> Call:
    return {"name": "make_variations", "args": {"count": n}}


def pick(n: int) -> Call:
    return {"name": "pick_variation", "args": {"number": n}}


def tool(name: str) -> Call:
    """A call without arguments: undo, redo, show_layout, what_changed, explain_critique, start_over."""
    return {"name": name, "args": {}}


def design(*objects: Obj, constraints: Sequence[Constraint] = (), absent: Sequence[Obj] = (), background: str | None = None,
           bigger: Sequence[Obj] = (), smaller: Sequence[Obj] = ()) -> Expect:
    """A design turn: something is rendered (maybe over several rounds) and the design shows these objects."""
    e: Expect = {"renders": "some", "objects": tuple(objects)}
    for key, value in (("constraints", constraints), ("absent", absent), ("bigger", bigger), ("smaller", smaller)):
        if value:
            e[key] = tuple(value)
    if background:
        e["background"] = background
    return e


def same_as(turn: int, *, by_round: bool = False) -> Expect:
    """Back to the design after ``turn`` (undo, redo, restore, pick): nothing new is rendered."""
    e: Expect = {"renders": 0, "same_as_turn": turn}
    if by_round:
        e["one_round_per_design"] = True
    return e


def kept() -> Expect:
    """A conversational turn (an answer, a question back): no render, the design stays as it was."""
    return {"renders": 0, "unchanged": True}


def repainted() -> Expect:
    """Part of the picture redone: one new image, the layout as it was."""
    return {"renders": 1, "unchanged": True}


def varied(n: int) -> Expect:
    """``n`` variations of the current layout: ``n`` new images, the layout as it was."""
    return {"renders": n, "unchanged": True}


def cleared() -> Expect:
    """No design any more (start over)."""
    return {"renders": 0, "empty": True}


def T(user: str, expect: Expect, *calls: Call, reply: str | None = None) -> Turn:
    turn: Turn = {"user": user, "llm": list(calls), "expect": expect}
    if reply is not None:
        turn["reply"] = reply
    return turn


def conv(cid: str, topic: str, *turns: Turn) -> Conversation:
    return {"id": cid, "topic": topic, "turns": list(turns)}


def IN(slot: int, place: str) -> Constraint:
    return C("in", slot, arg=place)


O = Obj  # noqa: E741 - short name keeps the expectation lines readable


# --- the conversations ------------------------------------------------------------------------------------------------

def _conversations() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # Recolour one of two objects; the other keeps its colour and both keep their places.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a green square"))
    c = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", RIGHT, "a green square"))
    add(conv("recolour-square", "recolour",
             T("draw a red circle on the left and a blue square on the right",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make the square green",
               design(O("circle", "red"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("square", "blue")]), submit(b)),
             T("perfect, now the circle purple",
               design(O("circle", "purple"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "red")]), submit(c))))

    # Texture is an edit too: stripes on, then off with a new colour.
    a = doc(R("triangle_0", CENTRE, "a yellow triangle"))
    b = doc(R("triangle_0", CENTRE, "a striped yellow triangle"))
    c = doc(R("triangle_0", CENTRE, "a solid purple triangle"))
    add(conv("stripes-on-off", "recolour",
             T("a yellow triangle in the middle", design(O("triangle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("give it stripes", design(O("triangle", "yellow", "striped"), constraints=[IN(0, "center")]), submit(b)),
             T("hmm, no stripes after all, and make it purple",
               design(O("triangle", "purple", "solid"), constraints=[IN(0, "center")], absent=[O("triangle", "yellow")]),
               submit(c))))

    # Moving a single object around the canvas.
    a = doc(R("square_0", TL, "a green square"))
    b = doc(R("square_0", BR, "a green square"))
    c = doc(R("square_0", CENTRE, "a green square"))
    add(conv("move-corners", "move",
             T("a green square in the top left corner", design(O("square", "green"), constraints=[IN(0, "top_left")]), submit(a)),
             T("move it to the bottom right", design(O("square", "green"), constraints=[IN(0, "bottom_right")]), submit(b)),
             T("now put it right in the middle", design(O("square", "green"), constraints=[IN(0, "center")]), submit(c))))

    # Swapping two objects, then moving one relative to the other.
    a = doc(R("circle_0", LEFT, "an orange circle"), R("triangle_1", RIGHT, "a blue triangle"))
    b = doc(R("circle_0", RIGHT, "an orange circle"), R("triangle_1", LEFT, "a blue triangle"))
    c = doc(R("circle_0", RIGHT, "an orange circle"), R("triangle_1", TOP, "a blue triangle"))
    add(conv("swap-then-raise", "move",
             T("an orange circle and a blue triangle next to each other",
               design(O("circle", "orange"), O("triangle", "blue"), constraints=[C("row", 0, 1)]), submit(a)),
             T("swap them", design(O("circle", "orange"), O("triangle", "blue"), constraints=[C("left_of", 1, 0)]), submit(b)),
             T("move the triangle up to the top",
               design(O("circle", "orange"), O("triangle", "blue"), constraints=[IN(1, "top"), IN(0, "right"), C("above", 1, 0)]),
               submit(c))))

    # Adding objects one at a time, each in a named place; the earlier ones stay.
    a = doc(R("square_0", CENTRE, "a purple square"))
    b = doc(R("square_0", CENTRE, "a purple square"), R("triangle_1", BOTTOM, "a yellow triangle"))
    c = doc(R("square_0", CENTRE, "a purple square"), R("triangle_1", BOTTOM, "a yellow triangle"), R("circle_2", TOP, "a red circle"))
    add(conv("add-below-above", "add",
             T("a purple square in the center", design(O("square", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("add a yellow triangle at the bottom",
               design(O("square", "purple"), O("triangle", "yellow"), constraints=[IN(0, "center"), IN(1, "bottom"), C("above", 0, 1)]),
               submit(b)),
             T("and a red circle at the top",
               design(O("square", "purple"), O("triangle", "yellow"), O("circle", "red"),
                      constraints=[C("order_y", 2, 0, 1), C("column", 2, 0, 1)]), submit(c))))

    # Removing objects by colour from a row of same-shaped ones.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_2", RIGHT, "a blue circle"))
    c = doc(R("circle_2", RIGHT, "a blue circle"))
    add(conv("remove-from-row", "remove",
             T("three circles in a row: red, green and blue",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("remove the green one",
               design(O("circle", "red"), O("circle", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("circle", "green")]), submit(b)),
             T("get rid of the red circle too",
               design(O("circle", "blue"), absent=[O("circle", "red"), O("circle", "green")]), submit(c))))

    # Growing one object in two steps; it stays centred.
    a = doc(R("circle_0", SMALL, "a blue circle"))
    b = doc(R("circle_0", MEDIUM, "a blue circle"))
    c = doc(R("circle_0", BIG, "a blue circle"))
    add(conv("grow-circle", "resize",
             T("a small blue circle in the middle", design(O("circle", "blue"), constraints=[IN(0, "center"), C("small", 0)]), submit(a)),
             T("make it bigger", design(O("circle", "blue"), constraints=[IN(0, "center")], bigger=[O("circle", "blue")]), submit(b)),
             T("even bigger, fill most of the picture",
               design(O("circle", "blue"), constraints=[IN(0, "center"), C("big", 0)], bigger=[O("circle", "blue")]), submit(c))))

    # Shrinking one object, then making the other one the larger.
    a = doc(R("square_0", BIG_LEFT, "a red square"), R("circle_1", SMALL_RIGHT, "a yellow circle"))
    b = doc(R("square_0", (0.15, 0.38, 0.39, 0.62), "a red square"), R("circle_1", SMALL_RIGHT, "a yellow circle"))
    c = doc(R("square_0", (0.15, 0.38, 0.39, 0.62), "a red square"), R("circle_1", (0.56, 0.28, 0.96, 0.72), "a yellow circle"))
    add(conv("shrink-then-outgrow", "resize",
             T("a big red square on the left and a small yellow circle on the right",
               design(O("square", "red"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]), submit(a)),
             T("make the square smaller",
               design(O("square", "red"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], smaller=[O("square", "red")]),
               submit(b)),
             T("now make the circle larger than the square",
               design(O("square", "red"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 1, 0)]),
               submit(c))))

    # Undo right after an edit returns the design before it; the next edit continues from there.
    a = doc(R("triangle_0", LEFT, "a green triangle"), R("square_1", RIGHT, "a red square"))
    b = doc(R("triangle_0", LEFT, "a blue triangle"), R("square_1", RIGHT, "a red square"))
    c = doc(R("triangle_0", LEFT, "a purple triangle"), R("square_1", RIGHT, "a red square"))
    add(conv("undo-recolour", "undo",
             T("a green triangle on the left and a red square on the right",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make the triangle blue", design(O("triangle", "blue"), O("square", "red"), absent=[O("triangle", "green")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("make it purple instead",
               design(O("triangle", "purple"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("triangle", "blue"), O("triangle", "green")]), submit(c))))

    # Undo twice walks back two edits; redo walks forward one.
    a = doc(R("square_0", TOP, "an orange square"), R("circle_1", BOTTOM, "a green circle"))
    b = doc(R("square_0", TOP, "an orange square"), R("circle_1", BOTTOM, "a yellow circle"))
    c = doc(R("square_0", TOP, "an orange square"), R("circle_1", BOTTOM, "a yellow circle"), R("triangle_2", RIGHT, "a blue triangle"))
    add(conv("undo-twice-redo", "undo_redo",
             T("an orange square at the top and a green circle at the bottom",
               design(O("square", "orange"), O("circle", "green"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("make the circle yellow", design(O("square", "orange"), O("circle", "yellow"), absent=[O("circle", "green")]), submit(b)),
             T("add a blue triangle on the right",
               design(O("square", "orange"), O("circle", "yellow"), O("triangle", "blue"), constraints=[IN(2, "right")]), submit(c)),
             T("undo that", same_as(1), tool("undo")),
             T("go back one more", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo"))))

    # Questions between an edit and its undo are not versions: undo still reverts the edit.
    a = doc(R("circle_0", TR, "a striped purple circle"))
    b = doc(R("circle_0", BL, "a striped purple circle"))
    add(conv("undo-past-question", "undo",
             T("a striped purple circle in the top right",
               design(O("circle", "purple", "striped"), constraints=[IN(0, "top_right")]), submit(a)),
             T("move it to the bottom left", design(O("circle", "purple", "striped"), constraints=[IN(0, "bottom_left")]), submit(b)),
             T("what changed?", kept(), tool("what_changed")),
             T("revert that", same_as(0), tool("undo"))))

    # Back to an earlier round by number, then an edit that builds on that round, not on the latest.
    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("square_0", CENTRE, "a blue square"))
    c = doc(R("square_0", LEFT, "a blue square"))
    d = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", TR, "a yellow circle"))
    add(conv("round-then-edit", "restore",
             T("a red square in the center", design(O("square", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("make it blue", design(O("square", "blue"), constraints=[IN(0, "center")]), submit(b)),
             T("move it to the left", design(O("square", "blue"), constraints=[IN(0, "left")]), submit(c)),
             T("back to round 2", same_as(1, by_round=True), restore(2)),
             T("now add a yellow circle in the top right",
               design(O("square", "blue"), O("circle", "yellow"), constraints=[IN(0, "center"), IN(1, "top_right")]), submit(d))))

    # "The first image" is round 1.
    a = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "an orange triangle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "an orange triangle"), R("circle_2", CENTRE, "a purple circle"))
    add(conv("first-image-again", "restore",
             T("two triangles, a green one on the left and an orange one on the right",
               design(O("triangle", "green"), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("add a purple circle in the middle",
               design(O("triangle", "green"), O("triangle", "orange"), O("circle", "purple"), constraints=[C("between_x", 2, 0, 1)]),
               submit(b)),
             T("hmm, I preferred it without. use the first image again", same_as(0, by_round=True), restore(1)),
             T("show me the layout", kept(), tool("show_layout"))))

    # Variations keep the layout; picking one is not a new render; an edit continues from the pick.
    a = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "a red square"))
    b = doc(R("circle_0", TOP, "an orange circle"), R("square_1", BOTTOM, "a red square"))
    add(conv("variations-pick-edit", "variations",
             T("a blue circle above a red square", design(O("circle", "blue"), O("square", "red"), constraints=[C("above", 0, 1)]), submit(a)),
             T("show me three variations", varied(3), variations(3)),
             T("pick 2", same_as(1), pick(2)),
             T("make the circle orange",
               design(O("circle", "orange"), O("square", "red"), constraints=[C("above", 0, 1)], absent=[O("circle", "blue")]), submit(b))))

    a = doc(R("square_0", BL, "a striped yellow square"))
    add(conv("variations-like-second", "variations",
             T("a yellow striped square in the bottom left",
               design(O("square", "yellow", "striped"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("give me four versions of this", varied(4), variations(4)),
             T("I like the second one", same_as(1), pick(2))))

    # Variations are rounds too: round 1 is still the first design.
    a = doc(R("circle_0", LEFT, "a green circle"), R("square_1", RIGHT, "a green square"))
    b = doc(R("circle_0", LEFT, "a green circle"), R("square_1", RIGHT, "a red square"))
    add(conv("variations-then-round", "variations",
             T("a green circle and a green square side by side",
               design(O("circle", "green"), O("square", "green"), constraints=[C("row", 0, 1)]), submit(a)),
             T("a couple of variations please", varied(2), variations(2)),
             T("none of those, go back to round 1", same_as(0, by_round=True), restore(1)),
             T("make the square red", design(O("circle", "green"), O("square", "red"), constraints=[C("left_of", 0, 1)]), submit(b))))

    # Repaint phrases name one region; the layout does not change.
    a = doc(R("square_0", TR, "a striped orange square"), R("circle_1", BL, "a green circle"))
    add(conv("repaint-each", "repaint",
             T("a striped orange square in the top right and a green circle in the bottom left",
               design(O("square", "orange", "striped"), O("circle", "green"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
               submit(a)),
             T("redo the square", repainted(), repaint("square_0")),
             T("try the circle again", repainted(), repaint("circle_1"))))

    # "new circle" with a circle on the canvas asks for a fresh render of that circle, not a second circle.
    a = doc(R("circle_0", LEFT, "a red circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    add(conv("new-circle", "repaint",
             T("a red circle on the left and a yellow triangle on the right",
               design(O("circle", "red"), O("triangle", "yellow"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("new circle", repainted(), repaint("circle_0")),
             T("the triangle looks a bit off, regenerate just that one", repainted(), repaint("triangle_1")),
             T("what changed?", kept(), tool("what_changed"))))

    # Plain "redo" is the undo stack's redo; "redo the triangle" repaints it.
    a = doc(R("triangle_0", CENTRE, "a blue triangle"))
    b = doc(R("triangle_0", CENTRE, "a green triangle"))
    add(conv("redo-vs-repaint", "undo_redo",
             T("a blue triangle in the center", design(O("triangle", "blue"), constraints=[IN(0, "center")]), submit(a)),
             T("make it green", design(O("triangle", "green"), constraints=[IN(0, "center")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo")),
             T("redo the triangle", repainted(), repaint("triangle_0"))))

    # Inspection answers never render or change the design.
    a = doc(R("square_0", LEFT, "a purple square"), R("circle_1", RIGHT, "an orange circle"))
    add(conv("inspect-all", "inspect",
             T("a purple square on the left and an orange circle on the right",
               design(O("square", "purple"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("show me the layout", kept(), tool("show_layout")),
             T("why is the square round?", kept(), tool("explain_critique")),
             T("what changed since the last one?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a yellow square"), R("triangle_2", RIGHT, "a blue triangle"))
    add(conv("fix-next", "inspect",
             T("three shapes in a row: a red circle, a yellow square and a blue triangle",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("what would you fix next?", kept(), tool("explain_critique")),
             T("ok, leave it as it is then", kept(), reply="Sure, I'll leave the picture as it is.")))

    # Start over forgets the design; the next request is a fresh picture with none of the old objects.
    a = doc(R("circle_0", CENTRE, "a green circle"))
    b = doc(R("circle_0", CENTRE, "a red circle"))
    c = doc(R("triangle_0", CENTRE, "a striped purple triangle"), bg="white")
    add(conv("start-over-new", "start_over",
             T("a green circle in the center", design(O("circle", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("make it red", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(b)),
             T("start over", cleared(), tool("start_over")),
             T("a striped purple triangle on a white background",
               design(O("triangle", "purple", "striped"), background="white", absent=[O("circle")]), submit(c))))

    a = doc(R("square_0", TOP, "a blue square"), R("square_1", BOTTOM, "a blue square"))
    b = doc(R("circle_0", CENTRE, "a yellow circle"), bg="black")
    add(conv("scrap-and-ask", "start_over",
             T("two blue squares, one at the top and one at the bottom",
               design(O("square", "blue", count=2), constraints=[C("column", 0, 1)]), submit(a)),
             T("scrap this, let's start fresh", cleared(), tool("start_over")),
             T("what's on the canvas now?", cleared(), reply="Nothing yet: the canvas is empty. What would you like me to draw?"),
             T("a yellow circle in the middle on a black background",
               design(O("circle", "yellow"), constraints=[IN(0, "center")], background="black", absent=[O("square")]), submit(b))))

    # Vague requests with several candidates get a question back, and nothing changes until the answer.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", BR, "a red circle"), R("square_1", RIGHT, "a blue square"))
    add(conv("clarify-put-it-there", "clarify",
             T("a red circle and a blue square", design(O("circle", "red"), O("square", "blue")), submit(a)),
             T("put it there", kept(),
               reply="Which one should I move, the circle or the square, and where to (for example 'the circle to the top left')?"),
             T("the circle, bottom right corner",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "bottom_right"), IN(1, "right")]), submit(b))))

    a = doc(R("triangle_0", LEFT, "a yellow triangle"), R("square_1", RIGHT, "a green square"))
    b = doc(R("triangle_0", (0.04, 0.28, 0.46, 0.72), "a yellow triangle"), R("square_1", RIGHT, "a green square"))
    add(conv("clarify-make-it-better", "clarify",
             T("a yellow triangle on the left and a green square on the right",
               design(O("triangle", "yellow"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make it better", kept(),
               reply="What would you like to be better: the colours, the sizes, where things are, or how cleanly they are drawn?"),
             T("the triangle should be bigger",
               design(O("triangle", "yellow"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")],
                      bigger=[O("triangle", "yellow")]), submit(b))))

    a = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "an orange square"))
    b = doc(R("circle_0", TOP, "a yellow circle"), R("square_1", BOTTOM, "an orange square"))
    add(conv("clarify-change-colour", "clarify",
             T("a blue circle at the top and an orange square at the bottom",
               design(O("circle", "blue"), O("square", "orange"), constraints=[C("above", 0, 1)]), submit(a)),
             T("change the color", kept(), reply="Which one, the circle or the square, and to which colour?"),
             T("the circle, make it yellow",
               design(O("circle", "yellow"), O("square", "orange"), constraints=[C("above", 0, 1)], absent=[O("circle", "blue")]),
               submit(b))))

    a = doc(R("square_0", LEFT, "a red square"), R("square_1", CENTRE, "a blue square"), R("square_2", RIGHT, "a green square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", TOP, "a blue square"), R("square_2", RIGHT, "a green square"))
    add(conv("clarify-move-which", "clarify",
             T("a red square, a blue square and a green square in a row",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("move it up", kept(), reply="Which square should move up: the red, the blue or the green one?"),
             T("the blue one",
               design(O("square", "red"), O("square", "blue"), O("square", "green"),
                      constraints=[IN(1, "top"), IN(0, "left"), IN(2, "right"), C("above", 1, 0)]), submit(b))))

    a = doc(R("circle_0", LEFT, "a purple circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("triangle_1", RIGHT, "a yellow triangle"), R("triangle_2", TOP, "a yellow triangle"))
    add(conv("clarify-another-one", "clarify",
             T("a purple circle on the left and a yellow triangle on the right",
               design(O("circle", "purple"), O("triangle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("add another one", kept(), reply="Another circle or another triangle? And where should it go?"),
             T("another triangle, at the top",
               design(O("circle", "purple"), O("triangle", count=2), constraints=[IN(0, "left"), IN(2, "top")]), submit(b))))

    a = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", RIGHT, "a red triangle"))
    b = doc(R("circle_0", (0.03, 0.3, 0.47, 0.7), "a green circle"), R("triangle_1", (0.53, 0.3, 0.97, 0.7), "a red triangle"))
    add(conv("clarify-bigger-which", "clarify",
             T("a small green circle and a small red triangle", design(O("circle", "green"), O("triangle", "red")), submit(a)),
             T("make it bigger", kept(), reply="The circle, the triangle, or both?"),
             T("both", design(O("circle", "green"), O("triangle", "red"), bigger=[O("circle", "green"), O("triangle", "red")]), submit(b))))

    # Vague before there is anything to point at, and vague after: both get a question.
    a = doc(R("square_0", TL, "a blue square"))
    add(conv("clarify-before-design", "clarify",
             T("put it there", kept(), reply="There is nothing on the canvas yet. What should I draw, and where?"),
             T("a blue square, top left", design(O("square", "blue"), constraints=[IN(0, "top_left")]), submit(a)),
             T("make it pop", kept(), reply="How should it pop: a brighter colour, stripes, a bigger square, or a darker background?")))

    # A single object, but no colour named: ask which colour.
    a = doc(R("triangle_0", CENTRE, "a striped green triangle"))
    b = doc(R("triangle_0", CENTRE, "a striped orange triangle"))
    add(conv("clarify-which-colour", "clarify",
             T("a striped green triangle in the middle", design(O("triangle", "green", "striped"), constraints=[IN(0, "center")]), submit(a)),
             T("change the color", kept(), reply="Sure, which colour would you like: red, blue, yellow, purple or orange?"),
             T("orange", design(O("triangle", "orange", "striped"), constraints=[IN(0, "center")], absent=[O("triangle", "green")]),
               submit(b))))

    # Conversations that need no picture at all.
    add(conv("questions-only", "no_render",
             T("what can you draw?", kept(),
               reply="Simple shapes: circles, squares and triangles, in red, green, blue, yellow, purple or orange, solid or striped, "
                     "on a gray, white or black background. Tell me what goes where."),
             T("what shapes do you know?", kept(), reply="Circles, squares and triangles."),
             T("and which colours?", kept(), reply="Red, green, blue, yellow, purple and orange.")))

    add(conv("small-talk", "no_render",
             T("hi there", kept(), reply="Hi! Describe a picture of circles, squares and triangles and I'll draw it."),
             T("can you do stripes?", kept(), reply="Yes, any shape can be striped or solid, e.g. 'a striped blue circle'."),
             T("what backgrounds can I pick?", kept(), reply="Gray, white or black."),
             T("ok cool, I'll come back later", kept(), reply="Sounds good, see you then.")))

    # The background is part of the design: changing it is an edit, and undo brings the old one back.
    a = doc(R("circle_0", CENTRE, "a yellow circle"), bg="black")
    b = doc(R("circle_0", CENTRE, "a yellow circle"), bg="white")
    add(conv("background-swap", "background",
             T("a yellow circle on a black background", design(O("circle", "yellow"), background="black"), submit(a)),
             T("make the background white", design(O("circle", "yellow"), constraints=[IN(0, "center")], background="white"), submit(b)),
             T("undo", same_as(0), tool("undo"))))

    # Counting: one of two equal squares is singled out by its place.
    a = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a red square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"))
    c = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"), R("square_2", CENTRE, "a yellow square"))
    add(conv("pair-then-middle", "add",
             T("two red squares side by side", design(O("square", "red", count=2), constraints=[C("row", 0, 1)]), submit(a)),
             T("make the right one blue", design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(b)),
             T("add a third square, a yellow one, in between",
               design(O("square", "red"), O("square", "blue"), O("square", "yellow"), constraints=[C("between_x", 2, 0, 1)]), submit(c))))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a blue circle"),
            R("circle_3", BR, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a blue circle"))
    add(conv("grid-remove-undo", "remove",
             T("four circles in a 2x2 grid: red, green, blue and yellow",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("circle", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("remove the yellow one",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), absent=[O("circle", "yellow")]), submit(b)),
             T("undo", same_as(0), tool("undo"))))

    # A longer session: edit, variations, pick, a question, then start over.
    a = doc(R("triangle_0", CENTRE, "an orange triangle"))
    b = doc(R("triangle_0", CENTRE, "a red triangle"))
    add(conv("long-session", "mixed",
             T("an orange triangle in the center", design(O("triangle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("make it red", design(O("triangle", "red"), constraints=[IN(0, "center")]), submit(b)),
             T("show me two variations", varied(2), variations(2)),
             T("pick 1", same_as(2), pick(1)),
             T("what changed?", kept(), tool("what_changed")),
             T("start over", cleared(), tool("start_over"))))

    # Adding relative to an existing object: "above it", "to the left of the square".
    a = doc(R("square_0", CENTRE, "a blue square"))
    b = doc(R("square_0", CENTRE, "a blue square"), R("triangle_1", TOP, "a red triangle"))
    c = doc(R("square_0", CENTRE, "a blue square"), R("triangle_1", TOP, "a red triangle"), R("circle_2", LEFT, "a green circle"))
    add(conv("add-relative", "add",
             T("a blue square", design(O("square", "blue")), submit(a)),
             T("put a red triangle above it", design(O("square", "blue"), O("triangle", "red"), constraints=[C("above", 1, 0)]), submit(b)),
             T("and a green circle to the left of the square",
               design(O("square", "blue"), O("triangle", "red"), O("circle", "green"), constraints=[C("above", 1, 0), C("left_of", 2, 0)]),
               submit(c))))

    a = doc(R("triangle_0", TL, "a purple triangle"), R("circle_1", BR, "an orange circle"))
    b = doc(R("triangle_0", TL, "a purple triangle"))
    add(conv("remove-undo-redo", "undo_redo",
             T("a purple triangle at the top left and an orange circle at the bottom right",
               design(O("triangle", "purple"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("remove the circle", design(O("triangle", "purple"), constraints=[IN(0, "top_left")], absent=[O("circle")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo"))))

    # Resize and move in one request.
    a = doc(R("triangle_0", TINY_TL, "an orange triangle"))
    b = doc(R("triangle_0", BIG, "an orange triangle"))
    add(conv("resize-and-move", "resize",
             T("a tiny orange triangle in the top left", design(O("triangle", "orange"), constraints=[IN(0, "top_left"), C("small", 0)]),
               submit(a)),
             T("make it huge and put it in the middle",
               design(O("triangle", "orange"), constraints=[IN(0, "center"), C("big", 0)], bigger=[O("triangle", "orange")]), submit(b))))

    a = doc(R("circle_0", LEFT, "a striped blue circle"), R("square_1", RIGHT, "a solid red square"))
    b = doc(R("circle_0", LEFT, "a striped blue circle"), R("square_1", RIGHT, "a striped red square"))
    c = doc(R("circle_0", LEFT, "a solid blue circle"), R("square_1", RIGHT, "a striped red square"))
    add(conv("stripes-per-object", "recolour",
             T("a striped blue circle and a solid red square",
               design(O("circle", "blue", "striped"), O("square", "red", "solid")), submit(a)),
             T("make the square striped too", design(O("circle", "blue", "striped"), O("square", "red", "striped")), submit(b)),
             T("actually take the stripes off the circle", design(O("circle", "blue", "solid"), O("square", "red", "striped")), submit(c))))

    # Changing the shape replaces the object (a new region id for the new shape), keeping colour and place.
    a = doc(R("circle_0", CENTRE, "a green circle"))
    b = doc(R("triangle_1", CENTRE, "a green triangle"))
    add(conv("reshape", "reshape",
             T("a green circle in the center", design(O("circle", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("turn it into a triangle", design(O("triangle", "green"), constraints=[IN(0, "center")], absent=[O("circle")]), submit(b)),
             T("why does it look like that?", kept(), tool("explain_critique")),
             T("redo the triangle", repainted(), repaint("triangle_1"))))

    # "something different now" is a new picture, not an addition to the old one.
    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("triangle_0", TOP, "a yellow triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", BOTTOM, "a yellow triangle"))
    c = doc(R("triangle_0", TOP, "a yellow triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", BOTTOM, "a yellow triangle"))
    add(conv("new-picture", "new_design",
             T("a red square", design(O("square", "red")), submit(a)),
             T("ok, something different now: three yellow triangles in a column",
               design(O("triangle", "yellow", count=3), constraints=[C("column", 0, 1, 2)], absent=[O("square")]), submit(b)),
             T("make the middle one blue",
               design(O("triangle", "yellow", count=2), O("triangle", "blue"), constraints=[C("between_y", 2, 0, 1), C("column", 0, 1, 2)]),
               submit(c))))

    a = doc(R("square_0", RIGHT, "a green square"))
    b = doc(R("square_0", LEFT, "a green square"))
    add(conv("what-changed-after-undo", "inspect",
             T("a green square on the right", design(O("square", "green"), constraints=[IN(0, "right")]), submit(a)),
             T("move it to the left", design(O("square", "green"), constraints=[IN(0, "left")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("what changed?", kept(), tool("what_changed"))))

    # "try again" with no object named: repaint the whole picture, same layout.
    a = doc(R("circle_0", TOP, "a yellow circle"), R("triangle_1", BOTTOM, "a purple triangle"))
    add(conv("try-again", "repaint",
             T("a yellow circle and a purple triangle, circle at the top, triangle at the bottom",
               design(O("circle", "yellow"), O("triangle", "purple"), constraints=[C("above", 0, 1)]), submit(a)),
             T("try again", repainted(), repaint("circle_0", "triangle_1")),
             T("that's better. show me the layout", kept(), tool("show_layout"))))

    # Restore by number, then variations of the restored design and a pick among them.
    a = doc(R("square_0", BR, "an orange square"))
    b = doc(R("square_0", BR, "a blue square"))
    add(conv("round-then-variations", "restore",
             T("an orange square in the bottom right", design(O("square", "orange"), constraints=[IN(0, "bottom_right")]), submit(a)),
             T("make it blue", design(O("square", "blue"), constraints=[IN(0, "bottom_right")]), submit(b)),
             T("back to round 1", same_as(0, by_round=True), restore(1)),
             T("show me 2 variations of that", varied(2), variations(2)),
             T("pick the first", same_as(3), pick(1))))

    # "go back" undoes a move; the next move starts from the original place.
    a = doc(R("triangle_0", LEFT, "a red triangle"))
    b = doc(R("triangle_0", RIGHT, "a red triangle"))
    c = doc(R("triangle_0", TOP, "a red triangle"))
    add(conv("go-back-move", "undo",
             T("a red triangle on the left", design(O("triangle", "red"), constraints=[IN(0, "left")]), submit(a)),
             T("move it to the right", design(O("triangle", "red"), constraints=[IN(0, "right")]), submit(b)),
             T("go back", same_as(0), tool("undo")),
             T("move it to the top instead", design(O("triangle", "red"), constraints=[IN(0, "top")]), submit(c))))

    a = doc(R("circle_0", TL, "a red circle"), R("square_1", TR, "a green square"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("circle_0", TL, "a red circle"))
    c = doc(R("circle_0", CENTRE, "a red circle"))
    add(conv("keep-only-circle", "remove",
             T("a red circle at the top left, a green square at the top right and a blue triangle at the bottom",
               design(O("circle", "red"), O("square", "green"), O("triangle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]), submit(a)),
             T("delete everything except the circle",
               design(O("circle", "red"), constraints=[IN(0, "top_left")], absent=[O("square"), O("triangle")]), submit(b)),
             T("move it to the center", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(c))))

    # Two edits in one polite request, then a "why" and a repaint of the object asked about.
    a = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a yellow square"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", (0.72, 0.42, 0.9, 0.58), "a yellow square"))
    add(conv("polite-double-edit", "mixed",
             T("could you draw a blue circle on the left and a yellow square on the right, please?",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("lovely. could you make the circle red and the square a bit smaller?",
               design(O("circle", "red"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "blue")], smaller=[O("square", "yellow")]), submit(b)),
             T("why is the circle a bit squashed?", kept(), tool("explain_critique")),
             T("ok, redo the circle then", repainted(), repaint("circle_0"))))

    # A repaint is a round of its own: round 2 is the repainted first design.
    a = doc(R("circle_0", TL, "a blue circle"), R("circle_1", BR, "a red circle"))
    b = doc(R("circle_0", TL, "a blue circle"), R("circle_1", BR, "a green circle"))
    add(conv("round-after-repaint", "restore",
             T("a blue circle in the top left and a red circle in the bottom right",
               design(O("circle", "blue"), O("circle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("redo the blue circle", repainted(), repaint("circle_0")),
             T("make the red one green",
               design(O("circle", "blue"), O("circle", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("circle", "red")]), submit(b)),
             T("go back to round 2", same_as(1, by_round=True), restore(2)),
             T("show me the layout", kept(), tool("show_layout"))))

    # Restore by image number after an edit, then undo returns to the edit (restoring is a change of design).
    a = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", RIGHT, "a green triangle"))
    b = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", RIGHT, "a green triangle"), R("circle_2", BOTTOM, "a blue circle"))
    add(conv("restore-by-words", "restore",
             T("a yellow square on the left and a green triangle on the right",
               design(O("square", "yellow"), O("triangle", "green"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("add a blue circle at the bottom",
               design(O("square", "yellow"), O("triangle", "green"), O("circle", "blue"), constraints=[IN(2, "bottom")]), submit(b)),
             T("can I see image 1 again?", same_as(0, by_round=True), restore(1)),
             T("no, undo that, I want the circle", same_as(1), tool("undo"))))

    # Black background with striped shapes, then a layout question and a vague "make it nicer".
    a = doc(R("triangle_0", LEFT, "a striped red triangle"), R("triangle_1", RIGHT, "a striped blue triangle"), bg="black")
    add(conv("clarify-nicer", "clarify",
             T("two striped triangles on black, a red one on the left and a blue one on the right",
               design(O("triangle", "red", "striped"), O("triangle", "blue", "striped"), constraints=[C("left_of", 0, 1)], background="black"),
               submit(a)),
             T("show me the layout", kept(), tool("show_layout")),
             T("hmm. make it nicer", kept(), reply="Happy to. What should change: the colours, the sizes, the positions, or the background?"),
             T("never mind, it's fine", kept(), reply="Alright, I'll keep it as it is.")))

    return out


CONVERSATIONS: list[Conversation] = _conversations()


# --- judging one turn ---------------------------------------------------------------------------------------------------

def _norm(layout: Any) -> Any:
    """A layout as plain JSON data (tuples become lists), so that equal documents compare equal."""
    return None if layout is None else json.loads(json.dumps(layout))


def _area(box: Sequence[float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _only_region(o: Obj, layout: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """The one region of ``layout`` that can stand for ``o``, or None and why not."""
    hits = [r for r in layout.get("regions", []) if _fits(o, _read(r))]
    if len(hits) != 1:
        return None, f"{len(hits)} regions are a {o}"
    return hits[0], ""


def _resized(o: Obj, before: dict[str, Any] | None, after: dict[str, Any], grow: bool) -> tuple[bool, str]:
    """Whether the region standing for ``o`` grew (or shrank) by RESIZE_FACTOR from ``before`` to ``after``."""
    if before is None:
        return False, f"no design before the turn to resize the {o} from"
    old, why = _only_region(o, before)
    new, why_new = _only_region(o, after)
    if old is None or new is None:
        return False, f"cannot tell which region is the {o}: {why or why_new}"
    a0, a1 = _area(old["bbox"]), _area(new["bbox"])
    ok = a1 >= a0 * RESIZE_FACTOR if grow else a1 * RESIZE_FACTOR <= a0
    return ok, "ok" if ok else f"the {o} went from area {a0:.3f} to {a1:.3f}, not {'bigger' if grow else 'smaller'}"


def check_turn(expect: Expect, layout_before: dict[str, Any] | None, layout_after: dict[str, Any] | None,
               layouts_by_turn: Sequence[dict[str, Any] | None], renders: int) -> tuple[bool, str]:
    """Whether one turn of a run did what ``expect`` asks; on failure, a short reason.

    ``layout_before`` / ``layout_after``: the current layout document before and after the turn (None: no design);
    ``layouts_by_turn``: the current layout after each earlier turn of the conversation (0-based); ``renders``: how many
    new images the turn made.
    """
    want = expect["renders"]
    if want == "some":
        if renders < 1:
            return False, "a design turn rendered nothing"
    elif renders != want:
        return False, f"expected {want} renders, got {renders}"
    before, after = _norm(layout_before), _norm(layout_after)
    if expect.get("empty") and after is not None:
        return False, "expected no design after starting over, but one is current"
    if "same_as_turn" in expect:
        k = expect["same_as_turn"]
        if not 0 <= k < len(layouts_by_turn):
            return False, f"same_as_turn {k} is not an earlier turn"
        if after != _norm(layouts_by_turn[k]):
            return False, f"the design is not the one after turn {k}"
    if expect.get("unchanged") and after != before:
        return False, "the design changed, but this turn should leave it as it was"
    if "objects" in expect:
        if after is None:
            return False, "no design after a design turn"
        case = Case("", "conversation", tuple(expect["objects"]), tuple(expect.get("absent", ())), expect.get("background"),
                    tuple(expect.get("constraints", ())))
        ok, why = check(case, after)
        if not ok:
            return False, why
        for key, grow in (("bigger", True), ("smaller", False)):
            for o in expect.get(key, ()):
                ok, why = _resized(o, before, after, grow)
                if not ok:
                    return False, why
    return True, "ok"


# --- self-check: a scripted run of the llm calls ----------------------------------------------------------------------

class Sim:
    """The designer's state as the tools describe it: current design, versions for undo/redo, rounds, last variations."""

    def __init__(self) -> None:
        self.layout: dict[str, Any] | None = None
        self.image: int | None = None  # the current round (1-based)
        self.rounds: list[dict[str, Any]] = []  # the layout of each image, in render order
        self.versions: list[tuple[dict[str, Any] | None, int | None]] = [(None, None)]
        self.at = 0  # index of the current version
        self.last_variations: list[int] = []

    def _render(self, layout: dict[str, Any]) -> int:
        self.rounds.append(copy.deepcopy(layout))
        return len(self.rounds)

    def _push(self, layout: dict[str, Any] | None, image: int | None) -> None:
        """A new version of the design; it drops whatever redo could have brought back."""
        self.layout, self.image = copy.deepcopy(layout), image
        del self.versions[self.at + 1:]
        self.versions.append((self.layout, image))
        self.at += 1

    def apply(self, call: Call) -> int:
        """Apply one tool call; return how many images it rendered. Raises AssertionError on a malformed call."""
        name, args = call.get("name"), call.get("args")
        assert name in TOOLS, f"unknown tool {name!r}"
        assert isinstance(args, dict), f"{name}: args must be an object"
        if name in NO_ARG_TOOLS:
            assert args == {}, f"{name} takes no arguments, got {args}"
        if name in ("repaint_region", "make_variations", "show_layout", "what_changed", "explain_critique"):
            assert self.layout is not None, f"{name} with no design"
        match name:
            case "submit_layout":
                assert set(args) == {"layout"}, f"submit_layout args: {set(args)}"
                issues = layout_issues(args["layout"])
                assert not issues, "submitted layout is invalid: " + "; ".join(map(str, issues))
                self._push(args["layout"], self._render(args["layout"]))
                return 1
            case "repaint_region":
                ids = args.get("region_ids")
                assert set(args) == {"region_ids"} and isinstance(ids, list) and ids, f"repaint_region args: {args}"
                known = {r["id"] for r in self.layout["regions"]}
                assert all(isinstance(i, str) and i in known for i in ids), f"repaint of unknown regions {ids}, have {sorted(known)}"
                self._push(self.layout, self._render(self.layout))
                return 1
            case "restore_round":
                n = args.get("round")
                assert set(args) == {"round"} and isinstance(n, int) and 1 <= n <= len(self.rounds), \
                    f"restore_round {n}: only {len(self.rounds)} rounds so far"
                self._push(self.rounds[n - 1], n)
            case "undo":
                assert self.at > 0, "undo with nothing to undo"
                self.at -= 1
                self.layout, self.image = copy.deepcopy(self.versions[self.at][0]), self.versions[self.at][1]
            case "redo":
                assert self.at < len(self.versions) - 1, "redo with nothing to redo"
                self.at += 1
                self.layout, self.image = copy.deepcopy(self.versions[self.at][0]), self.versions[self.at][1]
            case "make_variations":
                n = args.get("count")
                assert set(args) == {"count"} and isinstance(n, int) and 2 <= n <= 6, f"make_variations count {n}"
                self.last_variations = [self._render(self.layout) for _ in range(n)]
                return n
            case "pick_variation":
                n = args.get("number")
                assert set(args) == {"number"} and isinstance(n, int) and 1 <= n <= len(self.last_variations), \
                    f"pick_variation {n}: {len(self.last_variations)} variations"
                image = self.last_variations[n - 1]
                self._push(self.rounds[image - 1], image)
            case "start_over":
                self._push(None, None)
                self.last_variations = []
        return 0


def simulate(conversation: Conversation) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None, int]]:
    """Run the conversation's llm calls; per turn (layout before, layout after, renders)."""
    sim, steps = Sim(), []
    for turn in conversation["turns"]:
        before = copy.deepcopy(sim.layout)
        renders = sum(sim.apply(call) for call in turn["llm"])
        steps.append((before, copy.deepcopy(sim.layout), renders))
    return steps


def _check_shape(conversation: Conversation) -> None:
    """Well-formed data: 2-6 turns, known expectation keys, a reply when no tool is called, earlier same_as_turn."""
    cid, turns = conversation["id"], conversation["turns"]
    assert 2 <= len(turns) <= 6, f"{cid}: {len(turns)} turns"
    for i, turn in enumerate(turns):
        where, e = f"{cid} turn {i} ({turn['user']!r})", turn["expect"]
        assert isinstance(turn["user"], str) and turn["user"].strip(), where
        assert set(e) <= EXPECT_KEYS, f"{where}: unknown expectation keys {set(e) - EXPECT_KEYS}"
        assert e["renders"] == "some" or (isinstance(e["renders"], int) and e["renders"] >= 0), where
        states = [k for k in ("objects", "same_as_turn", "unchanged", "empty") if k in e]
        assert len(states) == 1, f"{where}: say exactly one of objects / same_as_turn / unchanged / empty, got {states}"
        if "same_as_turn" in e:
            assert 0 <= e["same_as_turn"] < i, f"{where}: same_as_turn must point to an earlier turn"
        if not turn["llm"]:
            assert turn.get("reply"), f"{where}: no tool call and no reply"
        if "objects" in e:
            assert all(isinstance(o, Obj) for o in (*e["objects"], *e.get("absent", ()))), where
            n = sum(o.count for o in e["objects"])
            assert all(isinstance(c, Constraint) and max(c.slots) < n for c in e.get("constraints", ())), f"{where}: bad slots"


def _mutants(expect: Expect, before: Any, after: Any, layouts: list[Any], renders: int) -> list[tuple[str, Any, int]]:
    """Broken outcomes of a turn that check_turn must reject: (what, layout after, renders)."""
    bad: list[tuple[str, Any, int]] = []
    bad.append(("wrong render count", after, 0 if expect["renders"] == "some" else renders + 1))
    if "objects" in expect and after and after["regions"]:
        bad.append(("a region dropped", {**after, "regions": after["regions"][:-1]}, renders))
        if before is not None and _norm(before) != _norm(after):
            bad.append(("the edit not made", before, renders))
    if "same_as_turn" in expect and _norm(before) != _norm(after):
        bad.append(("stayed where it was", before, renders))
    if expect.get("unchanged") and after is not None:
        bad.append(("the layout changed", {**after, "regions": after["regions"][:-1] or [R("extra", CENTRE, "a red circle")]}, renders))
    if expect.get("empty") and before is not None:
        bad.append(("the design kept", before, renders))
    return bad


def self_check(conversations: Sequence[Conversation] = CONVERSATIONS) -> Counter[str]:
    tally: Counter[str] = Counter()
    ids = [c["id"] for c in conversations]
    assert len(set(ids)) == len(ids), "conversation ids must be unique"
    for conversation in conversations:
        _check_shape(conversation)
        layouts: list[Any] = []
        for i, (turn, (before, after, renders)) in enumerate(zip(conversation["turns"], simulate(conversation), strict=True)):
            where = f"{conversation['id']} turn {i} ({turn['user']!r})"
            ok, why = check_turn(turn["expect"], before, after, layouts, renders)
            assert ok, f"{where}: the scripted run fails its expectation: {why}"
            tally["turns accepted"] += 1
            for what, broken, n in _mutants(turn["expect"], before, after, layouts, renders):
                ok, _ = check_turn(turn["expect"], before, broken, layouts, n)
                assert not ok, f"{where}: check_turn accepted a broken run ({what})"
                tally["broken runs rejected"] += 1
            layouts.append(copy.deepcopy(after))
    return tally


def _is_clarification(turn: Turn) -> bool:
    """A question back about a vague request: no tool, a reply that asks, the design left alone."""
    return not turn["llm"] and turn.get("reply", "").rstrip().endswith("?") and turn["expect"].get("unchanged", False)


def main(conversations: Sequence[Conversation] = CONVERSATIONS, least: tuple[int, int] = (45, 150)) -> None:
    """Counts, then the self-check; ``least``: the fewest conversations and turns the set may have."""
    turns = [t for c in conversations for t in c["turns"]]
    topics = Counter(c["topic"] for c in conversations)
    calls = Counter(call["name"] for t in turns for call in t["llm"])
    clarifying = sum(map(_is_clarification, turns))
    no_render = [c["id"] for c in conversations if all(t["expect"]["renders"] == 0 for t in c["turns"])]
    print(f"{len(conversations)} conversations, {len(turns)} turns")
    print("per topic: " + ", ".join(f"{k} {v}" for k, v in sorted(topics.items())))
    print("tool calls: " + ", ".join(f"{k} {v}" for k, v in sorted(calls.items())) + f", words only {sum(not t['llm'] for t in turns)}")
    print(f"clarifying questions: {clarifying}; conversations without a render: {', '.join(no_render)}")
    assert len(conversations) >= least[0] and len(turns) >= least[1], "the suite is too small"
    assert clarifying >= 4 and no_render, "clarifying questions or a render-free conversation missing"
    assert set(TOOLS) <= set(calls), f"tools never called: {set(TOOLS) - set(calls)}"
    tally = self_check(conversations)
    print("self-check passed: " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
