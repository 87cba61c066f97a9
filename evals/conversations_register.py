"""Held-out conversations ("register"): the shapes designer as talked to in registers earlier sets left out.

The users of this set:

* non-native speakers of English: off grammar and word order ("put on left side the circle", "color it to red",
  "more big", "the circle, make bigger please", "return to picture number 2");
* people who point at objects through other objects ("the square under the circle", "the one next to the triangle",
  "whichever is on the right", "the leftmost one", "the last one I added", "the other one");
* terse, imperative typists ("circle. red. left.", "bigger", "no. purple.", "swap them", "drop orange", "round 1");
* people who chain several edits in one message with "then", "and also" or ";";
* people who hedge and chat ("could you maybe possibly ...", "I think I'd like ...", "actually scrap that last change").

Each conversation covers the kinds of turns the format supports: first designs (places, halves, corners, rows,
columns, a grid, sizes, stripes, backgrounds, counts), edits (recolour, move, resize, add, remove, retexture, swap),
undo and redo, going back to round N and going on from it, variations and a pick, repainting one region, questions
about the layout / what changed / why (no render), starting over, and vague requests that get one question back
(no render). Every expectation is one the judge can check: objects with constraints, absent objects, the background,
bigger / smaller, same_as_turn, unchanged or empty.

How it was written: blind. Only ``evals/conversations.py`` (the format, its builders, ``check_turn`` and the
self-check) and ``evals/paraphrases.py`` (the shapes, colours, textures, places and constraints the judge knows) were
read; not the agent, its tools, their tests, the generator, other conversation sets or any results. Phrasings come
from how such people write, not from what the agent is known to understand. Texture words stay within what the judge
reads: striped or solid (plain).

    python -m regiondit.evals.conversations_register   # counts, then the self-check of conversations.py
"""

from __future__ import annotations

from .conversations import (
    BIG,
    BIG_LEFT,
    BL,
    BOTTOM,
    BR,
    CENTRE,
    IN,
    LEFT,
    RIGHT,
    SMALL_RIGHT,
    TINY_TL,
    TL,
    TOP,
    TR,
    Box,
    C,
    Conversation,
    O,
    R,
    T,
    cleared,
    conv,
    design,
    doc,
    kept,
    main,
    pick,
    repaint,
    repainted,
    restore,
    same_as,
    submit,
    tool,
    variations,
    varied,
)


def _at(cx: float, cy: float, half: float) -> Box:
    """A square box of half-side ``half`` centred on (cx, cy)."""
    return (round(cx - half, 4), round(cy - half, 4), round(cx + half, 4), round(cy + half, 4))


def _register() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # === 1. Non-native speakers ======================================================================================

    a = doc(R("circle_0", LEFT, "a red circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    c = doc(R("circle_0", _at(0.19, 0.5, 0.17), "a red circle"), R("square_1", RIGHT, "a blue square"))
    add(conv("reg-nn-put-left", "add",
             T("please draw one circle red, put on left side the circle",
               design(O("circle", "red"), constraints=[IN(0, "left")]), submit(a)),
             T("and one square blue on the right side also",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("the circle, make more big please",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      bigger=[O("circle", "red")]), submit(c))))

    a = doc(R("triangle_0", CENTRE, "a green triangle"))
    b = doc(R("triangle_0", CENTRE, "a red triangle"))
    c = doc(R("triangle_0", CENTRE, "a striped red triangle"))
    add(conv("reg-nn-color-it", "retexture",
             T("I want triangle in the middle, color green", design(O("triangle", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("color it to red",
               design(O("triangle", "red"), constraints=[IN(0, "center")], absent=[O("triangle", "green")]), submit(b)),
             T("is possible to make it with stripes?",
               design(O("triangle", "red", "striped"), constraints=[IN(0, "center")]), submit(c)),
             T("no, without stripes is more better. go back please", same_as(1), tool("undo"))))

    a = doc(R("square_0", TL, "a yellow square"), R("square_1", TR, "a yellow square"), R("square_2", BL, "a yellow square"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("square_0", TL, "a yellow square"), R("square_1", TR, "a yellow square"), R("square_2", BL, "a yellow square"),
            R("square_3", BR, "a blue square"))
    c = doc(R("square_1", TR, "a yellow square"), R("square_2", BL, "a yellow square"), R("square_3", BR, "a blue square"))
    add(conv("reg-nn-corners", "remove",
             T("four square in the corners, all of them yellow",
               design(O("square", "yellow", count=4),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("the square of down right, make it blue",
               design(O("square", "yellow", count=3), O("square", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(b)),
             T("and the up left one, remove it please",
               design(O("square", "yellow", count=2), O("square", "blue"),
                      constraints=[IN(0, "top_right"), IN(1, "bottom_left"), IN(2, "bottom_right")]), submit(c))))

    a = doc(R("circle_0", TOP, "an orange circle"), R("circle_1", BOTTOM, "an orange circle"), bg="black")
    b = doc(R("circle_0", TOP, "an orange circle"), R("circle_1", BOTTOM, "an orange circle"), bg="white")
    c = doc(R("circle_0", _at(0.5, 0.19, 0.06), "a small orange circle"), R("circle_1", BOTTOM, "an orange circle"), bg="white")
    add(conv("reg-nn-two-orange", "background",
             T("make for me a black background, and on it two orange circles, one up and one down",
               design(O("circle", "orange", count=2), constraints=[IN(0, "top"), IN(1, "bottom")], background="black"),
               submit(a)),
             T("background change to white please",
               design(O("circle", "orange", count=2), constraints=[IN(0, "top"), IN(1, "bottom")], background="white"), submit(b)),
             T("the circle of up, make it small",
               design(O("circle", "orange", count=2), constraints=[IN(0, "top"), IN(1, "bottom"), C("larger", 1, 0), C("small", 0)],
                      background="white"), submit(c))))

    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", RIGHT, "a green triangle"))
    b = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", RIGHT, "a green triangle"))
    c = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", RIGHT, "a yellow triangle"), R("triangle_2", CENTRE, "a green triangle"))
    add(conv("reg-nn-row-places", "swap",
             T("I need three triangles in one line horizontal: red, after blue, after green",
               design(O("triangle", "red"), O("triangle", "blue"), O("triangle", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("change please the colour", kept(),
               reply="Which triangle should change, the red, the blue or the green one, and to which colour?"),
             T("the blue, to yellow",
               design(O("triangle", "red"), O("triangle", "yellow"), O("triangle", "green"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("triangle", "blue")]), submit(b)),
             T("the yellow and the green, change the places between them",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "yellow"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(c)),
             T("what is changed?", kept(), tool("what_changed"))))

    a = doc(R("square_0", BIG, "a big purple square"))
    b = doc(R("square_0", BIG, "a big striped purple square"))
    add(conv("reg-nn-versions", "variations",
             T("a purple square big in center, please",
               design(O("square", "purple"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("you can give me 3 different versions?", varied(3), variations(3)),
             T("I take the number 3", same_as(1), pick(3)),
             T("now the square, put on it stripes",
               design(O("square", "purple", "striped"), constraints=[IN(0, "center"), C("big", 0)]), submit(b))))

    a = doc(R("circle_0", TOP, "a blue circle"))
    b = doc(R("circle_0", TOP, "an orange circle"))
    c = doc(R("circle_0", BOTTOM, "an orange circle"))
    d = doc(R("circle_0", TOP, "an orange circle"), R("triangle_1", SMALL_RIGHT, "a small yellow triangle"))
    add(conv("reg-nn-picture-two", "restore",
             T("circle blue on the up side", design(O("circle", "blue"), constraints=[IN(0, "top")]), submit(a)),
             T("change to orange", design(O("circle", "orange"), constraints=[IN(0, "top")], absent=[O("circle", "blue")]), submit(b)),
             T("put it more down, in the bottom", design(O("circle", "orange"), constraints=[IN(0, "bottom")]), submit(c)),
             T("return to picture number 2 please", same_as(1, by_round=True), restore(2)),
             T("from this one, add small yellow triangle on right side",
               design(O("circle", "orange"), O("triangle", "yellow"), constraints=[IN(0, "top"), IN(1, "right"), C("small", 1)]),
               submit(d))))

    a = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", RIGHT, "a red triangle"), bg="gray")
    add(conv("reg-nn-drawed", "repaint",
             T("green circle left side, red triangle right side, background grey",
               design(O("circle", "green"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right")], background="gray"), submit(a)),
             T("the triangle is not good drawed, do again only the triangle", repainted(), repaint("triangle_1")),
             T("why the circle look so strange?", kept(), tool("explain_critique")),
             T("ok, is good now. show me how is the layout", kept(), tool("show_layout"))))

    a = doc(R("square_0", TL, "a yellow square"))
    b = doc(R("circle_0", TOP, "a purple circle"), R("circle_1", CENTRE, "a purple circle"), R("circle_2", BOTTOM, "a purple circle"))
    c = doc(R("circle_0", TOP, "a purple circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", BOTTOM, "a purple circle"))
    add(conv("reg-nn-begin-zero", "start_over",
             T("square yellow in corner of top left", design(O("square", "yellow"), constraints=[IN(0, "top_left")]), submit(a)),
             T("no, I changed my mind, all delete, we begin from zero", cleared(), tool("start_over")),
             T("now: three circles purple in a column in the middle",
               design(O("circle", "purple", count=3), constraints=[C("column", 0, 1, 2)], absent=[O("square")]), submit(b)),
             T("the circle of the middle make it green",
               design(O("circle", "purple", count=2), O("circle", "green"), constraints=[C("between_y", 2, 0, 1), C("column", 0, 1, 2)]),
               submit(c))))

    a = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", _at(0.81, 0.5, 0.07), "a blue square"))
    add(conv("reg-nn-more-beautiful", "clarify",
             T("a red square left and a blue square right",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make it more beautiful", kept(),
               reply="Gladly. What should change: the colours, the sizes, where the squares are, or the background?"),
             T("the blue, more small please",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")], smaller=[O("square", "blue")]),
               submit(b))))

    # === 2. Objects named through other objects =====================================================================

    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", BL, "a red square"), R("square_2", BR, "a red square"))
    b = doc(R("circle_0", TL, "a blue circle"), R("square_1", BL, "a yellow square"), R("square_2", BR, "a red square"))
    c = doc(R("circle_0", TL, "a blue circle"), R("square_1", BL, "a yellow square"), R("square_2", BR, "a purple square"))
    add(conv("reg-rel-under-circle", "recolour",
             T("a blue circle in the top left, and two red squares along the bottom, one bottom left and one bottom right",
               design(O("circle", "blue"), O("square", "red", count=2),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_left"), IN(2, "bottom_right")]), submit(a)),
             T("make the square under the circle yellow",
               design(O("circle", "blue"), O("square", "yellow"), O("square", "red"),
                      constraints=[C("above", 0, 1), IN(1, "bottom_left"), IN(2, "bottom_right")]), submit(b)),
             T("and the square beside it purple",
               design(O("circle", "blue"), O("square", "yellow"), O("square", "purple"),
                      constraints=[IN(1, "bottom_left"), IN(2, "bottom_right")], absent=[O("square", "red")]), submit(c)),
             T("hmm, undo both of those", same_as(0), tool("undo"), tool("undo"))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a green square"), R("triangle_2", RIGHT, "a blue triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a green square"))
    c = doc(R("circle_0", _at(0.19, 0.5, 0.17), "a red circle"), R("square_1", CENTRE, "a green square"))
    d = doc(R("circle_0", _at(0.19, 0.5, 0.17), "a red circle"), R("square_1", CENTRE, "a green square"),
            R("triangle_2", RIGHT, "a purple triangle"))
    add(conv("reg-rel-whichever-right", "remove",
             T("a red circle, a green square and a blue triangle in a row",
               design(O("circle", "red"), O("square", "green"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("remove whichever one is on the right",
               design(O("circle", "red"), O("square", "green"), constraints=[C("left_of", 0, 1)], absent=[O("triangle")]), submit(b)),
             T("make the leftmost one bigger",
               design(O("circle", "red"), O("square", "green"), constraints=[C("left_of", 0, 1)], bigger=[O("circle", "red")]), submit(c)),
             T("now put a purple triangle to the right of the square",
               design(O("circle", "red"), O("square", "green"), O("triangle", "purple"), constraints=[C("order_x", 0, 1, 2)]), submit(d))))

    a = doc(R("circle_0", CENTRE, "a yellow circle"))
    b = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", TL, "a green square"))
    c = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", TL, "a green square"), R("triangle_2", BR, "a red triangle"))
    d = doc(R("circle_0", CENTRE, "a purple circle"), R("square_1", TL, "a green square"), R("triangle_2", BR, "a red triangle"))
    e = doc(R("circle_0", CENTRE, "a purple circle"), R("square_1", TL, "a green square"))
    f = doc(R("circle_0", CENTRE, "a purple circle"), R("square_1", BL, "a green square"))
    add(conv("reg-rel-last-added", "remove",
             T("a yellow circle in the center", design(O("circle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("add a green square at the top left",
               design(O("circle", "yellow"), O("square", "green"), constraints=[IN(0, "center"), IN(1, "top_left")]), submit(b)),
             T("add a red triangle at the bottom right",
               design(O("circle", "yellow"), O("square", "green"), O("triangle", "red"), constraints=[IN(2, "bottom_right")]), submit(c)),
             T("make the circle purple",
               design(O("circle", "purple"), O("square", "green"), O("triangle", "red"), constraints=[IN(0, "center")],
                      absent=[O("circle", "yellow")]), submit(d)),
             T("remove the last one I added",
               design(O("circle", "purple"), O("square", "green"), constraints=[IN(0, "center"), IN(1, "top_left")], absent=[O("triangle")]),
               submit(e)),
             T("the one I added before that, move it to the bottom left",
               design(O("circle", "purple"), O("square", "green"), constraints=[IN(0, "center"), IN(1, "bottom_left")]), submit(f))))

    a = doc(R("triangle_0", TL, "a yellow triangle"), R("circle_1", TOP, "a red circle"), R("circle_2", BR, "a blue circle"))
    b = doc(R("triangle_0", TL, "a yellow triangle"), R("circle_1", TOP, "a green circle"), R("circle_2", BR, "a blue circle"))
    c = doc(R("triangle_0", TL, "a yellow triangle"), R("circle_1", TOP, "a green circle"), R("circle_2", TR, "a blue circle"))
    add(conv("reg-rel-next-to-triangle", "move",
             T("a yellow triangle top left, a red circle at the top beside it, and a blue circle down in the bottom right corner",
               design(O("triangle", "yellow"), O("circle", "red"), O("circle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top"), C("left_of", 0, 1), IN(2, "bottom_right")]), submit(a)),
             T("make the circle next to the triangle green",
               design(O("triangle", "yellow"), O("circle", "green"), O("circle", "blue"),
                      constraints=[IN(1, "top"), IN(2, "bottom_right")], absent=[O("circle", "red")]), submit(b)),
             T("the other circle, bring it up to the top right",
               design(O("triangle", "yellow"), O("circle", "green"), O("circle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top"), IN(2, "top_right")]), submit(c))))

    a = doc(R("square_0", TOP, "a green square"), R("triangle_1", CENTRE, "a purple triangle"))
    b = doc(R("square_0", TOP, "a green square"), R("triangle_1", CENTRE, "a purple triangle"),
            R("circle_2", _at(0.5, 0.82, 0.08), "a small orange circle"))
    c = doc(R("square_0", BOTTOM, "a green square"), R("triangle_1", CENTRE, "a purple triangle"),
            R("circle_2", _at(0.5, 0.19, 0.08), "a small orange circle"))
    add(conv("reg-rel-under-triangle", "swap",
             T("a green square above a purple triangle", design(O("square", "green"), O("triangle", "purple"), constraints=[C("above", 0, 1)]),
               submit(a)),
             T("put a small orange circle under the triangle",
               design(O("square", "green"), O("triangle", "purple"), O("circle", "orange"), constraints=[C("order_y", 0, 1, 2), C("small", 2)]),
               submit(b)),
             T("swap the square and the circle",
               design(O("square", "green"), O("triangle", "purple"), O("circle", "orange"), constraints=[C("order_y", 2, 1, 0)]), submit(c)),
             T("show me the layout", kept(), tool("show_layout"))))

    a = doc(R("square_0", BIG_LEFT, "a big blue square"), R("circle_1", SMALL_RIGHT, "a small red circle"))
    b = doc(R("square_0", BIG_LEFT, "a big blue square"), R("circle_1", SMALL_RIGHT, "a small green circle"))
    c = doc(R("square_0", (0.1, 0.35, 0.4, 0.65), "a blue square"), R("circle_1", SMALL_RIGHT, "a small green circle"))
    add(conv("reg-rel-whichever-smaller", "resize",
             T("a big blue square on the left and a small red circle on the right",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]), submit(a)),
             T("make whichever one is smaller green",
               design(O("square", "blue"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")], absent=[O("circle", "red")]),
               submit(b)),
             T("and the big one, shrink it a bit",
               design(O("square", "blue"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")], smaller=[O("square", "blue")]),
               submit(c)),
             T("undo that", same_as(1), tool("undo"))))

    a = doc(R("triangle_0", TOP, "a red triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("triangle_0", TOP, "a striped red triangle"), R("triangle_1", CENTRE, "a yellow triangle"),
            R("triangle_2", BOTTOM, "a blue triangle"))
    c = doc(R("triangle_0", TOP, "a striped red triangle"), R("triangle_1", CENTRE, "a yellow triangle"),
            R("triangle_2", LEFT, "a blue triangle"))
    add(conv("reg-rel-top-one", "retexture",
             T("three triangles stacked top to bottom: red, yellow, blue",
               design(O("triangle", "red"), O("triangle", "yellow"), O("triangle", "blue"),
                      constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
               submit(a)),
             T("the top one — stripes",
               design(O("triangle", "red", "striped"), O("triangle", "yellow"), O("triangle", "blue"), constraints=[C("order_y", 0, 1, 2)]),
               submit(b)),
             T("the bottom one goes to the left of the middle one",
               design(O("triangle", "red", "striped"), O("triangle", "yellow"), O("triangle", "blue"),
                      constraints=[C("left_of", 2, 1), C("above", 0, 1)]), submit(c)),
             T("show layout", kept(), tool("show_layout"))))

    a = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a red square"))
    b = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "a red square"))
    c = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "a green square"))
    d = doc(R("square_0", LEFT, "a blue square"), R("square_1", TR, "a green square"))
    add(conv("reg-rel-the-other-one", "recolour",
             T("two red squares, one on the left and one on the right",
               design(O("square", "red", count=2), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make one of them blue, doesn't matter which",
               design(O("square", "red"), O("square", "blue"), constraints=[C("row", 0, 1)]), submit(b)),
             T("the other one green",
               design(O("square", "blue"), O("square", "green"), constraints=[C("row", 0, 1)], absent=[O("square", "red")]), submit(c)),
             T("move the green one up into the top right corner",
               design(O("square", "blue"), O("square", "green"), constraints=[IN(1, "top_right")]), submit(d))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"), R("square_2", CENTRE, "a yellow square"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"), R("square_2", (0.34, 0.32, 0.66, 0.68), "a yellow square"))
    add(conv("reg-rel-between-them", "resize",
             T("a red circle on the left and a blue circle on the right",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("put a yellow square between them",
               design(O("circle", "red"), O("circle", "blue"), O("square", "yellow"), constraints=[C("between_x", 2, 0, 1)]), submit(b)),
             T("now the one in the middle, make it bigger than the others",
               design(O("circle", "red"), O("circle", "blue"), O("square", "yellow"),
                      constraints=[C("between_x", 2, 0, 1), C("larger", 2, 0), C("larger", 2, 1)], bigger=[O("square", "yellow")]),
               submit(c)),
             T("what did you change just now?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", TOP, "a green circle"), R("square_1", BOTTOM, "an orange square"))
    add(conv("reg-rel-repaint-below", "repaint",
             T("a green circle at the top and an orange square at the bottom",
               design(O("circle", "green"), O("square", "orange"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("redo the one at the bottom", repainted(), repaint("square_1")),
             T("and the one above it too", repainted(), repaint("circle_0")),
             T("what changed?", kept(), tool("what_changed"))))

    # === 3. Terse, imperative ========================================================================================

    a = doc(R("circle_0", LEFT, "a red circle"))
    b = doc(R("circle_0", LEFT, "a blue circle"))
    c = doc(R("circle_0", LEFT, "a green circle"))
    d = doc(R("circle_0", _at(0.19, 0.5, 0.18), "a green circle"))
    add(conv("reg-terse-circle-red-left", "recolour",
             T("circle. red. left.", design(O("circle", "red"), constraints=[IN(0, "left")]), submit(a)),
             T("blue.", design(O("circle", "blue"), constraints=[IN(0, "left")], absent=[O("circle", "red")]), submit(b)),
             T("no—green", design(O("circle", "green"), constraints=[IN(0, "left")], absent=[O("circle", "blue"), O("circle", "red")]),
               submit(c)),
             T("bigger", design(O("circle", "green"), constraints=[IN(0, "left")], bigger=[O("circle", "green")]), submit(d))))

    a = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", RIGHT, "a purple triangle"))
    b = doc(R("square_0", RIGHT, "a yellow square"), R("triangle_1", LEFT, "a purple triangle"))
    add(conv("reg-terse-swap", "undo_redo",
             T("yellow square left, purple triangle right",
               design(O("square", "yellow"), O("triangle", "purple"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap them", design(O("square", "yellow"), O("triangle", "purple"), constraints=[C("left_of", 1, 0)]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo"))))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a blue circle"),
            R("circle_3", BR, "an orange circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a blue circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a blue circle"), bg="black")
    add(conv("reg-terse-grid", "background",
             T("2x2 grid. circles. red green blue orange.",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("circle", "orange"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("drop orange", design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), absent=[O("circle", "orange")]), submit(b)),
             T("black bg", design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), background="black"), submit(c)),
             T("layout", kept(), tool("show_layout"))))

    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("square_0", _at(0.22, 0.5, 0.19), "a red square"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("reg-terse-bigger-which", "clarify",
             T("red square, blue circle", design(O("square", "red"), O("circle", "blue")), submit(a)),
             T("bigger", kept(), reply="Which one should get bigger, the red square or the blue circle?"),
             T("square", design(O("square", "red"), O("circle", "blue"), bigger=[O("square", "red")]), submit(b))))

    a = doc(R("triangle_0", CENTRE, "a green triangle"))
    b = doc(R("triangle_0", CENTRE, "an orange triangle"))
    c = doc(R("triangle_0", TR, "an orange triangle"))
    d = doc(R("triangle_0", CENTRE, "a striped green triangle"))
    add(conv("reg-terse-round-one", "restore",
             T("triangle, green, center", design(O("triangle", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("orange", design(O("triangle", "orange"), constraints=[IN(0, "center")], absent=[O("triangle", "green")]), submit(b)),
             T("top right", design(O("triangle", "orange"), constraints=[IN(0, "top_right")]), submit(c)),
             T("round 1", same_as(0, by_round=True), restore(1)),
             T("stripes", design(O("triangle", "green", "striped"), constraints=[IN(0, "center")]), submit(d))))

    a = doc(R("square_0", LEFT, "a purple square"), R("square_1", CENTRE, "a purple square"), R("square_2", RIGHT, "a purple square"))
    add(conv("reg-terse-variations", "variations",
             T("3 purple squares in a row", design(O("square", "purple", count=3), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("variations. 4", varied(4), variations(4)),
             T("2nd", same_as(1), pick(2)),
             T("layout?", kept(), tool("show_layout"))))

    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", BR, "a yellow square"))
    add(conv("reg-terse-redo-square", "repaint",
             T("blue circle top left. yellow square bottom right.",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("redo square", repainted(), repaint("square_1")),
             T("what's wrong w/ it", kept(), tool("explain_critique")),
             T("square again", repainted(), repaint("square_1"))))

    a = doc(R("triangle_0", BIG, "a big orange triangle"))
    b = doc(R("square_0", BL, "a small green square"))
    c = doc(R("square_0", _at(0.19, 0.81, 0.06), "a small green square"))
    add(conv("reg-terse-reset", "start_over",
             T("orange triangle. big. middle.", design(O("triangle", "orange"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("reset", cleared(), tool("start_over")),
             T("green square, small, bottom left",
               design(O("square", "green"), constraints=[IN(0, "bottom_left"), C("small", 0)], absent=[O("triangle")]), submit(b)),
             T("smaller", design(O("square", "green"), constraints=[IN(0, "bottom_left")], smaller=[O("square", "green")]), submit(c))))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", BL, "a red circle"), R("square_2", RIGHT, "a blue square"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", BL, "a red circle"), R("square_2", TR, "a blue square"))
    c = doc(R("circle_0", TL, "a red circle"), R("square_2", TR, "a blue square"))
    add(conv("reg-terse-halves", "remove",
             T("2 red circles in left half, 1 blue square in right half",
               design(O("circle", "red", count=2), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "left"), IN(2, "right")]),
               submit(a)),
             T("square -> top right",
               design(O("circle", "red", count=2), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "left"), IN(2, "top_right")]),
               submit(b)),
             T("remove 1 circle", design(O("circle", "red"), O("square", "blue"), constraints=[IN(1, "top_right")]), submit(c))))

    a = doc(R("triangle_0", BOTTOM, "a yellow triangle"))
    b = doc(R("triangle_0", BOTTOM, "a red triangle"))
    c = doc(R("triangle_0", BOTTOM, "a purple triangle"))
    add(conv("reg-terse-no-purple", "restore",
             T("yellow triangle bottom", design(O("triangle", "yellow"), constraints=[IN(0, "bottom")]), submit(a)),
             T("red", design(O("triangle", "red"), constraints=[IN(0, "bottom")], absent=[O("triangle", "yellow")]), submit(b)),
             T("no. purple.", design(O("triangle", "purple"), constraints=[IN(0, "bottom")], absent=[O("triangle", "red"), O("triangle", "yellow")]),
               submit(c)),
             T("round 2", same_as(1, by_round=True), restore(2)),
             T("undo", same_as(2), tool("undo"))))

    # === 4. Several edits chained in one message =====================================================================

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a green circle"), R("square_1", TR, "a blue square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    add(conv("reg-chain-then-and-also", "chain",
             T("a red circle on the left and a blue square on the right",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make the circle green, then move the square to the top right, and also add a yellow triangle at the bottom",
               design(O("circle", "green"), O("square", "blue"), O("triangle", "yellow"),
                      constraints=[IN(0, "left"), IN(1, "top_right"), IN(2, "bottom")], absent=[O("circle", "red")]), submit(b)),
             T("what changed? and also show me the layout", kept(), tool("what_changed"), tool("show_layout"))))

    a = doc(R("square_0", TL, "a purple square"), R("circle_1", BR, "an orange circle"), bg="gray")
    b = doc(R("square_0", _at(0.22, 0.22, 0.18), "a purple square"), R("circle_1", BR, "a striped orange circle"), bg="gray")
    add(conv("reg-chain-semicolons", "chain",
             T("purple square top left; orange circle bottom right; grey background",
               design(O("square", "purple"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], background="gray"),
               submit(a)),
             T("square bigger; circle striped",
               design(O("square", "purple"), O("circle", "orange", "striped"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      bigger=[O("square", "purple")]), submit(b)),
             T("then 2 variations", varied(2), variations(2)),
             T("first one", same_as(2), pick(1))))

    a = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_1", BOTTOM, "a green circle"))
    b = doc(R("triangle_0", TOP, "a red triangle"), R("circle_1", BOTTOM, "a green circle"))
    add(conv("reg-chain-edit-then-vary", "variations",
             T("a blue triangle above a green circle", design(O("triangle", "blue"), O("circle", "green"), constraints=[C("above", 0, 1)]),
               submit(a)),
             T("make the triangle red and then give me three variations",
               design(O("triangle", "red"), O("circle", "green"), constraints=[C("above", 0, 1)], absent=[O("triangle", "blue")]),
               submit(b), variations(3)),
             T("I'll take the third", same_as(1), pick(3))))

    a = doc(R("square_0", TOP, "a red square"), R("square_1", CENTRE, "a green square"), R("square_2", BOTTOM, "a blue square"))
    b = doc(R("square_0", TOP, "a red square"), R("circle_3", CENTRE, "a yellow circle"), R("square_2", BOTTOM, "a blue square"))
    c = doc(R("square_0", TOP, "a red square"), R("circle_3", CENTRE, "a striped yellow circle"), R("square_2", BOTTOM, "a blue square"))
    add(conv("reg-chain-remove-replace", "chain",
             T("a red square, a green square and a blue square from top to bottom",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), constraints=[C("order_y", 0, 1, 2)]), submit(a)),
             T("remove the green one and then put a yellow circle where it was",
               design(O("square", "red"), O("square", "blue"), O("circle", "yellow"), constraints=[C("between_y", 2, 0, 1)],
                      absent=[O("square", "green")]), submit(b)),
             T("also make the circle striped; leave the squares as they are",
               design(O("square", "red"), O("square", "blue"), O("circle", "yellow", "striped"), constraints=[C("between_y", 2, 0, 1)]),
               submit(c))))

    a = doc(R("circle_0", CENTRE, "an orange circle"))
    b = doc(R("triangle_0", LEFT, "a purple triangle"), R("triangle_1", RIGHT, "a purple triangle"), bg="white")
    c = doc(R("triangle_0", LEFT, "a purple triangle"), R("triangle_1", RIGHT, "an orange triangle"), bg="white")
    add(conv("reg-chain-scrap-then-draw", "start_over",
             T("an orange circle in the centre", design(O("circle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("scrap all of it and then draw two purple triangles side by side on white",
               design(O("triangle", "purple", count=2), constraints=[C("row", 0, 1)], absent=[O("circle")], background="white"),
               tool("start_over"), submit(b)),
             T("the right one, orange",
               design(O("triangle", "purple"), O("triangle", "orange"), constraints=[C("left_of", 0, 1)], background="white"), submit(c))))

    a = doc(R("circle_0", TINY_TL, "a small green circle"))
    b = doc(R("circle_0", BIG, "a big blue circle"))
    add(conv("reg-chain-move-size-colour", "chain",
             T("a small green circle in the top left", design(O("circle", "green"), constraints=[IN(0, "top_left"), C("small", 0)]), submit(a)),
             T("move it to the center, make it big, and also turn it blue",
               design(O("circle", "blue"), constraints=[IN(0, "center"), C("big", 0)], absent=[O("circle", "green")], bigger=[O("circle")]),
               submit(b)),
             T("why does it look a bit off?", kept(), tool("explain_critique"))))

    a = doc(R("square_0", LEFT, "a striped red square"), R("circle_1", RIGHT, "a striped blue circle"))
    add(conv("reg-chain-repaint-and-show", "repaint",
             T("a striped red square on the left and a striped blue circle on the right",
               design(O("square", "red", "striped"), O("circle", "blue", "striped"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("repaint the square and then show me the layout", repainted(), repaint("square_0"), tool("show_layout")),
             T("now the circle too", repainted(), repaint("circle_1"))))

    a = doc(R("square_0", CENTRE, "an orange square"))
    b = doc(R("square_0", CENTRE, "a purple square"))
    c = doc(R("square_0", RIGHT, "a purple square"))
    add(conv("reg-chain-undo-undo", "undo_redo",
             T("an orange square in the center", design(O("square", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("make it purple", design(O("square", "purple"), constraints=[IN(0, "center")], absent=[O("square", "orange")]), submit(b)),
             T("move it to the right", design(O("square", "purple"), constraints=[IN(0, "right")]), submit(c)),
             T("undo, undo", same_as(0), tool("undo"), tool("undo")),
             T("redo once", same_as(1), tool("redo"))))

    a = doc(R("circle_0", CENTRE, "a yellow circle"), bg="black")
    b = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", LEFT, "an orange square"), R("square_2", RIGHT, "an orange square"), bg="gray")
    c = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", LEFT, "a purple square"), bg="gray")
    add(conv("reg-chain-background-and-also", "chain",
             T("a yellow circle in the centre on black", design(O("circle", "yellow"), constraints=[IN(0, "center")], background="black"),
               submit(a)),
             T("change the background to grey and also put an orange square on each side of the circle",
               design(O("circle", "yellow"), O("square", "orange", count=2), constraints=[C("between_x", 0, 1, 2)], background="gray"), submit(b)),
             T("remove the right square; make the left one purple",
               design(O("circle", "yellow"), O("square", "purple"), constraints=[C("left_of", 1, 0)], absent=[O("square", "orange")],
                      background="gray"), submit(c))))

    # === 5. Hedging, chatty ==========================================================================================

    a = doc(R("circle_0", LEFT, "a blue circle"))
    b = doc(R("circle_0", _at(0.19, 0.5, 0.18), "a blue circle"))
    c = doc(R("circle_0", LEFT, "a striped blue circle"))
    add(conv("reg-hedge-scrap-last", "undo",
             T("could you maybe possibly draw a blue circle somewhere on the left? only if it's no trouble",
               design(O("circle", "blue"), constraints=[IN(0, "left")]), submit(a)),
             T("hmm, I think I'd like it a little bit bigger, if that's ok?",
               design(O("circle", "blue"), constraints=[IN(0, "left")], bigger=[O("circle", "blue")]), submit(b)),
             T("actually scrap that last change, it was nicer before", same_as(0), tool("undo")),
             T("sorry, one more thing: could it perhaps be striped?",
               design(O("circle", "blue", "striped"), constraints=[IN(0, "left")]), submit(c))))

    a = doc(R("triangle_0", TOP, "a red triangle"), R("square_1", BOTTOM, "a green square"))
    b = doc(R("circle_0", LEFT, "a yellow circle"), R("circle_1", RIGHT, "a yellow circle"))
    c = doc(R("circle_0", LEFT, "a striped yellow circle"), R("circle_1", RIGHT, "a yellow circle"))
    add(conv("reg-hedge-clean-slate", "start_over",
             T("I think I'd like... a red triangle at the top and a green square at the bottom?",
               design(O("triangle", "red"), O("square", "green"), constraints=[C("above", 0, 1)]), submit(a)),
             T("you know what, actually scrap the whole thing, let's start from a clean slate", cleared(), tool("start_over")),
             T("ok so, I was thinking perhaps two yellow circles, side by side, and nothing else",
               design(O("circle", "yellow", count=2), constraints=[C("row", 0, 1)], absent=[O("triangle"), O("square")]), submit(b)),
             T("and maybe, if you don't mind, the one on the left could have stripes?",
               design(O("circle", "yellow", "striped"), O("circle", "yellow", "solid"), constraints=[C("left_of", 0, 1)]), submit(c))))

    a = doc(R("square_0", CENTRE, "a purple square"), R("triangle_1", RIGHT, "an orange triangle"))
    b = doc(R("square_0", CENTRE, "a striped purple square"), R("triangle_1", RIGHT, "an orange triangle"))
    add(conv("reg-hedge-not-sure", "clarify",
             T("I'm not sure really... maybe something with a few shapes? what do you think?", kept(),
               reply="Happy to help. Which shapes would you like (circles, squares, triangles), in which colours, and roughly where?"),
             T("ok, let's say a purple square in the middle and, um, an orange triangle to the right of it",
               design(O("square", "purple"), O("triangle", "orange"), constraints=[IN(0, "center"), C("left_of", 0, 1)]), submit(a)),
             T("it's nice but could it be a bit more... I don't know, different?", kept(),
               reply="Sure. What would you like to be different: the colours, the sizes, the places, stripes, or the background?"),
             T("maybe just the square could be striped, I guess",
               design(O("square", "purple", "striped"), O("triangle", "orange"), constraints=[C("left_of", 0, 1)]), submit(b))))

    a = doc(R("triangle_0", BL, "a green triangle"))
    add(conv("reg-hedge-alternatives", "variations",
             T("would it be possible to see a green triangle in the bottom left corner?",
               design(O("triangle", "green"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("hmm, could you show me a few alternatives? maybe three?", varied(3), variations(3)),
             T("I think I like the second one best, let's go with that", same_as(1), pick(2)),
             T("and would you mind showing me what the layout looks like now?", kept(), tool("show_layout"))))

    a = doc(R("square_0", TR, "a blue square"))
    b = doc(R("square_0", TR, "a yellow square"))
    c = doc(R("square_0", _at(0.81, 0.19, 0.07), "a yellow square"))
    d = doc(R("square_0", TR, "a blue square"), R("circle_1", _at(0.19, 0.81, 0.07), "a small red circle"))
    add(conv("reg-hedge-first-version", "restore",
             T("I'd love a blue square in the top right, if possible", design(O("square", "blue"), constraints=[IN(0, "top_right")]), submit(a)),
             T("perhaps it could be yellow instead?",
               design(O("square", "yellow"), constraints=[IN(0, "top_right")], absent=[O("square", "blue")]), submit(b)),
             T("and maybe a bit smaller?", design(O("square", "yellow"), constraints=[IN(0, "top_right")], smaller=[O("square", "yellow")]),
               submit(c)),
             T("I'm sorry, I think the very first version was the best one. could we go back to that?", same_as(0, by_round=True), restore(1)),
             T("and from there perhaps add a small red circle in the bottom left?",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "top_right"), IN(1, "bottom_left"), C("small", 1)]),
               submit(d))))

    a = doc(R("square_0", LEFT, "a green square"), R("circle_1", RIGHT, "an orange circle"))
    add(conv("reg-hedge-wobbly", "inspect",
             T("I'd like a green square on the left and an orange circle on the right, please",
               design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("I'm curious, why does the square look a bit wobbly?", kept(), tool("explain_critique")),
             T("oh I see. could you maybe redo just that square then?", repainted(), repaint("square_0")),
             T("thanks! and what actually changed just now?", kept(), tool("what_changed"))))

    add(conv("reg-hedge-just-asking", "no_render",
             T("hello! I'm not really sure how this works, what kinds of things can you draw?", kept(),
               reply="Simple shapes: circles, squares and triangles, in red, green, blue, yellow, purple or orange, solid or striped, "
                     "on a gray, white or black background."),
             T("and could the shapes have patterns, like stripes maybe?", kept(),
               reply="Yes, any shape can be striped, for example 'a striped blue circle'."),
             T("lovely, I think I'll come back later when I've made up my mind", kept(), reply="Sounds good, see you then.")))

    add(conv("reg-nn-one-picture", "no_render",
             T("hello, you can make me one picture?", kept(),
               reply="Yes! What should be in it: which shapes (circles, squares, triangles), which colours, and where?"),
             T("I don't know yet, I think later I come back", kept(), reply="No problem, I'll be here when you've decided.")))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a red square"))
    c = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", _at(0.81, 0.5, 0.08), "a red square"))
    add(conv("reg-hedge-swap-colours", "recolour",
             T("a red circle and a blue square next to each other, the circle on the left",
               design(O("circle", "red"), O("square", "blue"), constraints=[C("left_of", 0, 1), C("row", 0, 1)]), submit(a)),
             T("hmm, actually, would it look better if they swapped colours? let's try it",
               design(O("circle", "blue"), O("square", "red"), constraints=[C("left_of", 0, 1)], absent=[O("circle", "red"), O("square", "blue")]),
               submit(b)),
             T("yes! I think that's it. maybe just one more thing: could the square be a touch smaller?",
               design(O("circle", "blue"), O("square", "red"), constraints=[C("left_of", 0, 1)], smaller=[O("square", "red")]), submit(c))))

    return out


REGISTER: list[Conversation] = _register()


if __name__ == "__main__":
    main(REGISTER)
