"""Held-out conversations ("roll"): people who place things by fractions and clock faces, compare with earlier pictures,
correct the designer, ask for symmetry and even spacing, and name colours and shapes in everyday words.

The users of this set talk the way these people talk to an image designer:

* **fractions, percentages and clock directions**: "a third of the way in from the left", "in the upper quarter",
  "roughly 20% from the top", "at 3 o'clock", "a quarter turn clockwise". Only positions that the judge's places can
  check are asked for (a third of the way in from the left is the left half, 10 o'clock is the top left, ...);
* **comparisons with earlier states**: "like the first one but with a square", "same as before except bigger",
  "put it back how it was in round 2 but keep the new colour", "keep the box but go back to the original colours";
* **corrections**: "no, I meant the OTHER one", "not that one, the one at the top!", "argh wrong one - the striped one
  was meant to go", "no, not that - I wanted to keep the box"; where the request before a correction left room for more
  than one reading, that turn expects only what every reading shares;
* **symmetry, centring, alignment and spacing**: "centre it", "line them up across the middle", "spread them out
  evenly", "mirror it left to right", "a matching one either side", "make it symmetrical" (which gets a question back
  when it could mean several things);
* **shades and everyday names**: crimson, scarlet, cherry and ruby for red; navy and sky blue for blue; lime, emerald
  and forest green for green; lemon and gold for yellow; violet and lavender for purple; tangerine for orange; a ball
  or a dot for a circle, a box or a tile for a square, a pyramid for a triangle; "grey"/"gray" and "colour"/"color"
  used interchangeably. What a turn expects is stated only in the judge's own shapes and colours.

Every turn's expectation is one the judge (:func:`regiondit.evals.conversations.check_turn`) can check: objects with
constraints, absent objects, the background, bigger / smaller, the same layout as an earlier turn, unchanged, or empty.
The ideal tool calls submit full layout documents built with the suite's own builders.

The set was written without reading the agent (``agent/``), its tools (``tools/``), the generator, the tests, any other
conversation set or any results: only ``evals/conversations.py`` (the format, the builders, the judge and the
self-check) and ``evals/paraphrases.py`` (the shapes, colours, textures, sizes, places and constraints the judge
understands) were read, so that the set measures the agent rather than mirrors it.

    python -m regiondit.evals.conversations_roll   # counts, then the self-check of conversations.py on this set
"""

from __future__ import annotations

from .conversations import (
    BIG_LEFT,
    BL,
    BOTTOM,
    BR,
    CENTRE,
    IN,
    LEFT,
    MEDIUM,
    RIGHT,
    SMALL,
    SMALL_RIGHT,
    TL,
    TOP,
    TR,
    Box,
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
from .paraphrases import C


def _at(cx: float, cy: float, size: float = 0.2) -> Box:
    """A square box of side ``size`` centred on (cx, cy)."""
    h = size / 2
    return (round(cx - h, 3), round(cy - h, 3), round(cx + h, 3), round(cy + h, 3))


BIG_RIGHT: Box = (0.54, 0.2, 0.96, 0.8)  # the mirror image of BIG_LEFT: area 0.25, centre x 0.75


def _roll() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # --- 1. fractions, percentages and clock directions ---------------------------------------------------------------

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"), R("triangle_2", TOP, "a green triangle"))
    c = doc(R("circle_0", BOTTOM, "a red circle"), R("square_1", RIGHT, "a blue square"), R("triangle_2", TOP, "a green triangle"))
    add(conv("roll-clock-nine-three", "move",
             T("a red ball at 9 o'clock and a navy box at 3 o'clock",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]), submit(a)),
             T("now a lime green triangle at 12 o'clock please",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"),
                      constraints=[IN(2, "top"), C("above", 2, 0), C("above", 2, 1), C("between_x", 2, 0, 1)]), submit(b)),
             T("and swing the ball round to 6 o'clock",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"),
                      constraints=[IN(0, "bottom"), IN(1, "right"), C("column", 2, 0), C("above", 2, 0)]), submit(c))))

    a = doc(R("square_0", _at(0.33, 0.5), "a red square"))
    b = doc(R("square_0", _at(0.33, 0.5), "a red square"), R("circle_1", _at(0.67, 0.5), "a yellow circle"))
    c = doc(R("square_0", _at(0.33, 0.5), "a red square"), R("circle_1", _at(0.67, 0.5), "a yellow circle"),
            R("triangle_2", _at(0.5, 0.5, 0.1), "a purple triangle"))
    add(conv("roll-third-from-left", "add",
             T("I want a crimson square about a third of the way in from the left, halfway down",
               design(O("square", "red"), constraints=[IN(0, "left")]), submit(a)),
             T("then a yellow circle two thirds of the way across, at the same height",
               design(O("square", "red"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]), submit(b)),
             T("what's different from the last version?", kept(), tool("what_changed")),
             T("squeeze a little violet triangle in exactly halfway between them, on the same line",
               design(O("square", "red"), O("circle", "yellow"), O("triangle", "purple"),
                      constraints=[C("between_x", 2, 0, 1), C("row", 0, 2, 1), IN(0, "left"), IN(1, "right")]), submit(c))))

    a = doc(R("triangle_0", (0.4, 0.03, 0.6, 0.22), "an orange triangle"))
    b = doc(R("triangle_0", (0.4, 0.03, 0.6, 0.22), "an orange triangle"), R("square_1", (0.4, 0.78, 0.6, 0.97), "a striped purple square"))
    c = doc(R("triangle_0", (0.4, 0.78, 0.6, 0.97), "an orange triangle"), R("square_1", (0.4, 0.03, 0.6, 0.22), "a striped purple square"))
    d = doc(R("triangle_0", (0.4, 0.78, 0.6, 0.97), "an orange triangle"), R("square_1", (0.4, 0.03, 0.6, 0.22), "a striped red square"))
    add(conv("roll-upper-quarter", "move",
             T("a tangerine triangle in the upper quarter of the picture, centred left to right",
               design(O("triangle", "orange"), constraints=[IN(0, "top")]), submit(a)),
             T("and a striped violet box in the bottom quarter, straight underneath it",
               design(O("triangle", "orange"), O("square", "purple", "striped"),
                      constraints=[IN(1, "bottom"), C("column", 0, 1), C("above", 0, 1)]), submit(b)),
             T("swap them over",
               design(O("triangle", "orange"), O("square", "purple", "striped"),
                      constraints=[IN(0, "bottom"), IN(1, "top"), C("above", 1, 0), C("column", 0, 1)]), submit(c)),
             T("make the colours warmer", kept(),
               reply="Warmer how: should the box turn red, orange or yellow, or should both shapes change?"),
             T("just the box, a deep crimson",
               design(O("triangle", "orange"), O("square", "red", "striped"), constraints=[IN(0, "bottom"), IN(1, "top")],
                      absent=[O("square", "purple")]), submit(d))))

    a = doc(R("circle_0", _at(0.2, 0.2, 0.12), "a blue circle"))
    b = doc(R("circle_0", _at(0.8, 0.2, 0.12), "a blue circle"))
    c = doc(R("circle_0", _at(0.8, 0.75, 0.12), "a blue circle"))
    add(conv("roll-percent-corner", "move",
             T("a small blue dot roughly 20% from the top and 20% from the left",
               design(O("circle", "blue"), constraints=[IN(0, "top_left"), C("small", 0)]), submit(a)),
             T("slide it across so it's about 80% of the way over, same height",
               design(O("circle", "blue"), constraints=[IN(0, "top_right"), C("small", 0)]), submit(b)),
             T("now drop it down to about three quarters of the way down",
               design(O("circle", "blue"), constraints=[IN(0, "bottom_right")]), submit(c)),
             T("undo that last move", same_as(1), tool("undo"))))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_2", BR, "a blue circle"),
            R("circle_3", BL, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a green circle"), R("circle_3", BL, "a yellow circle"))
    c = doc(R("circle_0", TL, "a blue circle"), R("circle_1", TR, "a green circle"), R("circle_2", BR, "a blue circle"),
            R("circle_3", BL, "a yellow circle"))
    add(conv("roll-clock-corners", "remove",
             T("four circles at 10, 2, 4 and 8 o'clock - red, green, blue and yellow in that order",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_right"), IN(3, "bottom_left"),
                                   C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("take out the one at 4 o'clock",
               design(O("circle", "red"), O("circle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left")], absent=[O("circle", "blue")]), submit(b)),
             T("hmm, actually put it back", same_as(0), tool("undo")),
             T("and make the 10 o'clock one navy as well",
               design(O("circle", "blue", count=2), O("circle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), IN(2, "top_right"), IN(3, "bottom_left")],
                      absent=[O("circle", "red")]), submit(c))))

    a = doc(R("square_0", BL, "a red square"), R("square_1", BOTTOM, "a blue square"), R("square_2", BR, "a green square"))
    b = doc(R("square_0", BL, "a red square"), R("square_1", TOP, "a blue square"), R("square_2", BR, "a green square"))
    add(conv("roll-lower-third", "move",
             T("three squares across the bottom third, left to right: scarlet, sky blue and lime",
               design(O("square", "red"), O("square", "blue"), O("square", "green"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2), C("in", 0, 1, 2, arg="bottom")]), submit(a)),
             T("raise the middle one up into the top third",
               design(O("square", "red"), O("square", "blue"), O("square", "green"),
                      constraints=[IN(1, "top"), IN(0, "bottom"), IN(2, "bottom"), C("between_x", 1, 0, 2), C("above", 1, 0)]), submit(b)),
             T("show me the layout", kept(), tool("show_layout")),
             T("nah, put it back where it was, in line with the other two", same_as(0), tool("undo"))))

    a = doc(R("triangle_0", _at(0.75, 0.25, 0.24), "a purple triangle"))
    b = doc(R("triangle_0", _at(0.75, 0.25, 0.24), "a purple triangle"), R("triangle_1", _at(0.25, 0.25, 0.24), "a purple triangle"))
    c = doc(R("triangle_0", _at(0.75, 0.25, 0.24), "a purple triangle"), R("triangle_1", _at(0.25, 0.25, 0.24), "an orange triangle"))
    d = doc(R("triangle_0", _at(0.75, 0.25, 0.24), "a purple triangle"), R("triangle_1", _at(0.25, 0.25, 0.24), "an orange triangle"),
            R("circle_2", SMALL, "a yellow circle"))
    add(conv("roll-quarter-inset", "symmetry",
             T("a violet triangle a quarter of the way in from the right edge, in the top half",
               design(O("triangle", "purple"), constraints=[IN(0, "top_right")]), submit(a)),
             T("mirror it - the same triangle a quarter of the way in from the left",
               design(O("triangle", "purple", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right"), C("row", 0, 1)]), submit(b)),
             T("make the left one orange",
               design(O("triangle", "orange"), O("triangle", "purple"), constraints=[IN(0, "top_left"), IN(1, "top_right")]), submit(c)),
             T("and a small lemon yellow ball in the middle, below them and halfway between",
               design(O("triangle", "orange"), O("triangle", "purple"), O("circle", "yellow"),
                      constraints=[C("between_x", 2, 0, 1), C("above", 0, 2), C("above", 1, 2), IN(2, "center"), C("small", 2)]),
               submit(d))))

    a = doc(R("circle_0", BIG_LEFT, "a green circle"), bg="white")
    b = doc(R("circle_0", BIG_LEFT, "a green circle"), R("square_1", (0.74, 0.74, 0.88, 0.88), "a red square"), bg="white")
    add(conv("roll-five-oclock", "variations",
             T("on a white background, a big green circle filling the left half",
               design(O("circle", "green"), constraints=[IN(0, "left"), C("big", 0)], background="white"), submit(a)),
             T("add a small red square at about 5 o'clock, close to the edge",
               design(O("circle", "green"), O("square", "red"), constraints=[IN(1, "bottom_right"), C("small", 1), C("larger", 0, 1)],
                      background="white"), submit(b)),
             T("give me three variations", varied(3), variations(3)),
             T("the third one's the best", same_as(1), pick(3))))

    a = doc(R("square_0", _at(0.25, 0.5), "a solid orange square"), R("square_1", _at(0.75, 0.5), "a solid orange square"))
    b = doc(R("square_0", _at(0.25, 0.5), "a solid orange square"), R("square_1", _at(0.75, 0.5), "a solid orange square"),
            R("circle_2", SMALL, "a blue circle"))
    c = doc(R("square_0", _at(0.25, 0.5), "a solid orange square"), R("square_1", _at(0.75, 0.5), "a solid orange square"),
            R("circle_2", _at(0.5, 0.5, 0.26), "a blue circle"))
    add(conv("roll-percent-spacing", "resize",
             T("two solid orange boxes, one 25% of the way across and one at 75%, both halfway down",
               design(O("square", "orange", "solid", count=2), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]), submit(a)),
             T("put a navy ball exactly halfway between them",
               design(O("square", "orange", "solid", count=2), O("circle", "blue"),
                      constraints=[C("between_x", 2, 0, 1), IN(2, "center"), C("row", 0, 2, 1)]), submit(b)),
             T("now make the ball about twice the size",
               design(O("square", "orange", "solid", count=2), O("circle", "blue"), constraints=[C("between_x", 2, 0, 1), IN(2, "center")],
                      bigger=[O("circle")]), submit(c))))

    a = doc(R("circle_0", TOP, "a purple circle"))
    b = doc(R("circle_0", RIGHT, "a purple circle"))
    c = doc(R("circle_0", BOTTOM, "a purple circle"))
    add(conv("roll-quarter-turns", "restore",
             T("a purple ball at 12 o'clock", design(O("circle", "purple"), constraints=[IN(0, "top")]), submit(a)),
             T("move it a quarter of the way round, clockwise", design(O("circle", "purple"), constraints=[IN(0, "right")]), submit(b)),
             T("another quarter turn", design(O("circle", "purple"), constraints=[IN(0, "bottom")]), submit(c)),
             T("and back to where it started", same_as(0, by_round=True), restore(1))))

    a = doc(R("triangle_0", _at(0.75, 0.33), "a striped green triangle"))
    b = doc(R("circle_0", (0.41, 0.77, 0.59, 0.95), "a solid blue circle"))
    add(conv("roll-start-over-fractions", "start_over",
             T("a striped lime triangle on the right, about a third of the way down",
               design(O("triangle", "green", "striped"), constraints=[IN(0, "top_right")]), submit(a)),
             T("scrap that, start again", cleared(), tool("start_over")),
             T("is it blank now?", cleared(), reply="Yes, the canvas is empty. What should I draw?"),
             T("a solid navy ball in the bottom quarter, centred left to right",
               design(O("circle", "blue", "solid"), constraints=[IN(0, "bottom")], absent=[O("triangle")]), submit(b))))

    # --- 2. comparisons with earlier states ---------------------------------------------------------------------------

    a = doc(R("circle_0", CENTRE, "a red circle"))
    b = doc(R("square_1", TL, "a blue square"))
    c = doc(R("circle_0", CENTRE, "a red circle"), R("square_1", (0.76, 0.08, 0.92, 0.24), "a green square"))
    add(conv("roll-like-first-plus-square", "compare",
             T("a red ball right in the middle", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("change it to a navy box up in the top left",
               design(O("square", "blue"), constraints=[IN(0, "top_left")], absent=[O("circle")]), submit(b)),
             T("hmm no. like the first one, but with a little green square in the top right corner",
               design(O("circle", "red"), O("square", "green"), constraints=[IN(0, "center"), IN(1, "top_right"), C("small", 1)],
                      absent=[O("square", "blue")]), submit(c)),
             T("that's it. what changed compared to the one before?", kept(), tool("what_changed"))))

    a = doc(R("triangle_0", LEFT, "a striped yellow triangle"))
    b = doc(R("triangle_0", LEFT, "a striped red triangle"))
    c = doc(R("triangle_0", (0.04, 0.24, 0.46, 0.76), "a striped yellow triangle"))
    add(conv("roll-same-but-bigger", "compare",
             T("a striped yellow triangle on the left", design(O("triangle", "yellow", "striped"), constraints=[IN(0, "left")]), submit(a)),
             T("make it crimson",
               design(O("triangle", "red", "striped"), constraints=[IN(0, "left")], absent=[O("triangle", "yellow")]), submit(b)),
             T("nah. same as before except bigger",
               design(O("triangle", "yellow", "striped"), constraints=[IN(0, "left")], absent=[O("triangle", "red")],
                      bigger=[O("triangle")]), submit(c)),
             T("perfect, leave it like that", kept(), reply="Great, I'll leave it as it is.")))

    a = doc(R("square_0", TOP, "a blue square"), R("circle_1", BOTTOM, "an orange circle"))
    b = doc(R("square_0", LEFT, "a blue square"), R("circle_1", RIGHT, "an orange circle"))
    c = doc(R("square_0", BOTTOM, "a blue square"), R("circle_1", TOP, "an orange circle"))
    d = doc(R("square_0", BOTTOM, "a green square"), R("circle_1", TOP, "an orange circle"))
    e = doc(R("square_0", LEFT, "a green square"), R("circle_1", RIGHT, "an orange circle"))
    add(conv("roll-round-two-new-colour", "compare",
             T("a blue square at the top and an orange circle at the bottom",
               design(O("square", "blue"), O("circle", "orange"), constraints=[IN(0, "top"), IN(1, "bottom"), C("column", 0, 1)]), submit(a)),
             T("put them side by side instead, box on the left",
               design(O("square", "blue"), O("circle", "orange"), constraints=[C("row", 0, 1), C("left_of", 0, 1)]), submit(b)),
             T("no wait, stack them the other way round: ball on top, box underneath",
               design(O("square", "blue"), O("circle", "orange"), constraints=[C("column", 0, 1), C("above", 1, 0)]), submit(c)),
             T("make the box lime",
               design(O("square", "green"), O("circle", "orange"), constraints=[C("above", 1, 0)], absent=[O("square", "blue")]), submit(d)),
             T("put it back how it was in round 2 but keep the new colour",
               design(O("square", "green"), O("circle", "orange"), constraints=[C("row", 0, 1), C("left_of", 0, 1)],
                      absent=[O("square", "blue")]), submit(e))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a yellow circle"), R("circle_2", RIGHT, "a green circle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", RIGHT, "a blue circle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_2", RIGHT, "a green circle"))
    add(conv("roll-round-one-minus-yellow", "restore",
             T("three dots in a row: cherry red, lemon yellow, then lime",
               design(O("circle", "red"), O("circle", "yellow"), O("circle", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("make them all navy",
               design(O("circle", "blue", count=3), constraints=[C("row", 0, 1, 2)], absent=[O("circle", "red"), O("circle", "yellow")]),
               submit(b)),
             T("hmm, go back to how it looked in round 1", same_as(0, by_round=True), restore(1)),
             T("same as that, just without the yellow one",
               design(O("circle", "red"), O("circle", "green"), constraints=[C("left_of", 0, 1)],
                      absent=[O("circle", "yellow"), O("circle", "blue")]), submit(c))))

    a = doc(R("square_0", CENTRE, "a purple square"), bg="white")
    b = doc(R("square_0", CENTRE, "a striped purple square"), bg="white")
    c = doc(R("square_0", CENTRE, "a striped purple square"), bg="gray")
    add(conv("roll-pick-then-stripes", "compare",
             T("a purple box in the centre on a white background",
               design(O("square", "purple"), constraints=[IN(0, "center")], background="white"), submit(a)),
             T("can I see 3 alternatives?", varied(3), variations(3)),
             T("number two please", same_as(1), pick(2)),
             T("same as that but stripy",
               design(O("square", "purple", "striped"), constraints=[IN(0, "center")], background="white"), submit(b)),
             T("and a grey background instead of the white",
               design(O("square", "purple", "striped"), constraints=[IN(0, "center")], background="gray"), submit(c))))

    a = doc(R("triangle_0", BR, "a green triangle"), R("square_1", TL, "a red square"))
    b = doc(R("triangle_0", CENTRE, "a green triangle"), R("square_1", TL, "a red square"))
    c = doc(R("triangle_0", CENTRE, "a green triangle"), R("square_1", (0.04, 0.04, 0.34, 0.34), "a red square"))
    d = doc(R("triangle_0", BR, "a green triangle"), R("square_1", (0.04, 0.04, 0.34, 0.34), "a red square"))
    add(conv("roll-keep-size-old-place", "compare",
             T("a green triangle in the bottom right and a red square in the top left",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(a)),
             T("move the triangle to the middle",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "center"), IN(1, "top_left")]), submit(b)),
             T("make the square bigger",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "center"), IN(1, "top_left")], bigger=[O("square")]),
               submit(c)),
             T("keep the bigger square, but put the triangle back where it was at the start",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "bottom_right"), IN(1, "top_left"), C("larger", 1, 0)]),
               submit(d))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("circle_1", RIGHT, "a red circle"))
    c = doc(R("circle_0", LEFT, "a blue circle"), R("circle_1", RIGHT, "a red circle"), R("square_2", CENTRE, "a yellow square"))
    d = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"), R("square_2", CENTRE, "a yellow square"))
    add(conv("roll-original-colours", "compare",
             T("two balls, a scarlet one on the left and a navy one on the right",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap their colours", design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("pop a yellow box in between them",
               design(O("circle", "red"), O("circle", "blue"), O("square", "yellow"), constraints=[C("between_x", 2, 0, 1)]), submit(c)),
             T("keep the box but go back to the original colours",
               design(O("circle", "red"), O("circle", "blue"), O("square", "yellow"),
                      constraints=[IN(0, "left"), IN(1, "right"), C("between_x", 2, 0, 1)]), submit(d))))

    a = doc(R("circle_0", BIG_LEFT, "an orange circle"))
    b = doc(R("circle_0", BIG_LEFT, "an orange circle"), R("circle_1", BIG_RIGHT, "an orange circle"))
    c = doc(R("circle_0", BIG_LEFT, "an orange circle"), R("circle_1", BIG_RIGHT, "a purple circle"))
    add(conv("roll-same-again-right", "compare",
             T("a big orange ball on the left", design(O("circle", "orange"), constraints=[IN(0, "left"), C("big", 0)]), submit(a)),
             T("and the same again on the right",
               design(O("circle", "orange", count=2), constraints=[IN(0, "left"), IN(1, "right"), C("big", 0, 1), C("row", 0, 1)]),
               submit(b)),
             T("now the right one violet, otherwise identical",
               design(O("circle", "orange"), O("circle", "purple"), constraints=[IN(0, "left"), IN(1, "right"), C("big", 0, 1)]), submit(c)),
             T("what changed?", kept(), tool("what_changed"))))

    # --- 3. corrections -----------------------------------------------------------------------------------------------

    # "one of them" leaves the choice to the designer: that turn expects only one red and one blue circle.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a red circle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("circle_1", RIGHT, "a red circle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("roll-the-other-circle", "correction",
             T("two red circles next to each other", design(O("circle", "red", count=2), constraints=[C("row", 0, 1)]), submit(a)),
             T("make one of them navy", design(O("circle", "red"), O("circle", "blue"), constraints=[C("row", 0, 1)]), submit(b)),
             T("no, I meant the OTHER one - the right-hand circle should be the blue one, the left one stays red",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]), submit(c))))

    a = doc(R("square_0", TOP, "a striped green square"), R("square_1", BOTTOM, "a solid green square"))
    b = doc(R("square_0", TOP, "a striped green square"), R("square_1", BOTTOM, "a solid orange square"))
    c = doc(R("square_0", TOP, "a striped orange square"), R("square_1", BOTTOM, "a solid green square"))
    add(conv("roll-not-that-one-top", "correction",
             T("a stripy green box at the top and a plain green box at the bottom, no stripes on that one",
               design(O("square", "green", "striped"), O("square", "green", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")]),
               submit(a)),
             T("turn the bottom one orange",
               design(O("square", "green", "striped"), O("square", "orange", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")]),
               submit(b)),
             T("not that one, the one at the top! the bottom one should still be green",
               design(O("square", "orange", "striped"), O("square", "green", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")]),
               submit(c)),
             T("thanks. why is the top one a bit blurry?", kept(), tool("explain_critique"))))

    a = doc(R("square_0", LEFT, "a solid blue square"), R("square_1", RIGHT, "a striped blue square"))
    b = doc(R("square_1", RIGHT, "a striped blue square"))
    c = doc(R("square_0", LEFT, "a solid blue square"))
    d = doc(R("square_0", CENTRE, "a solid blue square"))
    add(conv("roll-wrong-one-striped", "correction",
             T("two blue squares next to each other, the right one striped and the left one plain",
               design(O("square", "blue", "solid"), O("square", "blue", "striped"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("delete the square on the left", design(O("square", "blue", "striped"), constraints=[IN(0, "right")]), submit(b)),
             T("argh, wrong one - the striped one was meant to go. bring the plain one back",
               design(O("square", "blue", "solid"), constraints=[IN(0, "left")]), tool("undo"), submit(c)),
             T("and move it to the middle so it's centred", design(O("square", "blue", "solid"), constraints=[IN(0, "center")]), submit(d))))

    small_bl: Box = (0.1, 0.74, 0.26, 0.9)
    a = doc(R("circle_0", CENTRE, "a yellow circle"))
    b = doc(R("circle_0", CENTRE, "a yellow circle"), R("triangle_1", small_bl, "a red triangle"))
    c = doc(R("circle_0", CENTRE, "a yellow circle"), R("triangle_1", (0.04, 0.62, 0.32, 0.96), "a red triangle"))
    d = doc(R("circle_0", MEDIUM, "a yellow circle"), R("triangle_1", small_bl, "a red triangle"))
    add(conv("roll-meant-the-yellow-one", "correction",
             T("a yellow ball in the middle", design(O("circle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("add a small crimson triangle in the bottom left",
               design(O("circle", "yellow"), O("triangle", "red"), constraints=[IN(1, "bottom_left"), C("small", 1)]), submit(b)),
             T("make the red one bigger",
               design(O("circle", "yellow"), O("triangle", "red"), constraints=[IN(1, "bottom_left")], bigger=[O("triangle")]), submit(c)),
             T("oops, I meant the yellow one. triangle back how it was, and the ball bigger",
               design(O("circle", "yellow"), O("triangle", "red"), constraints=[IN(0, "center"), IN(1, "bottom_left")],
                      bigger=[O("circle")], smaller=[O("triangle")]), submit(d))))

    # "one of them" again: any square may go up; the correction names the middle one.
    a = doc(R("square_0", LEFT, "an orange square"), R("square_1", CENTRE, "an orange square"), R("square_2", RIGHT, "an orange square"))
    b = doc(R("square_0", TL, "an orange square"), R("square_1", CENTRE, "an orange square"), R("square_2", RIGHT, "an orange square"))
    c = doc(R("square_0", LEFT, "an orange square"), R("square_1", TOP, "an orange square"), R("square_2", RIGHT, "an orange square"))
    d = doc(R("square_0", LEFT, "an orange square"), R("square_1", TOP, "a purple square"), R("square_2", RIGHT, "an orange square"))
    add(conv("roll-not-that-one-middle", "correction",
             T("three orange boxes in a row across the middle",
               design(O("square", "orange", count=3), constraints=[C("row", 0, 1, 2), IN(1, "center")]), submit(a)),
             T("move one of them up to the top", design(O("square", "orange", count=3), constraints=[IN(0, "top")]), submit(b)),
             T("not that one, the one in the middle!",
               design(O("square", "orange", count=3),
                      constraints=[C("above", 0, 1), C("above", 0, 2), C("between_x", 0, 1, 2), C("row", 1, 2)]), submit(c)),
             T("great. now make the raised one purple",
               design(O("square", "orange", count=2), O("square", "purple"),
                      constraints=[C("above", 2, 0), C("above", 2, 1), C("between_x", 2, 0, 1), C("row", 0, 1)]), submit(d))))

    big_tl: Box = (0.04, 0.04, 0.4, 0.4)
    a = doc(R("circle_0", TL, "a purple circle"), R("triangle_1", BR, "a green triangle"))
    b = doc(R("circle_0", big_tl, "a purple circle"), R("triangle_1", BR, "a green triangle"))
    box_tr = R("square_2", TR, "a blue square")
    c = doc(R("circle_0", big_tl, "a purple circle"), R("triangle_1", BR, "a green triangle"), box_tr)
    d = doc(R("circle_0", TL, "a purple circle"), R("triangle_1", BR, "a green triangle"), box_tr)
    add(conv("roll-undid-the-wrong-thing", "correction",
             T("a violet dot in the top left and a green triangle in the bottom right",
               design(O("circle", "purple"), O("triangle", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("make the dot bigger",
               design(O("circle", "purple"), O("triangle", "green"), constraints=[IN(0, "top_left")], bigger=[O("circle")]), submit(b)),
             T("add a navy box in the top right",
               design(O("circle", "purple"), O("triangle", "green"), O("square", "blue"), constraints=[IN(2, "top_right")]), submit(c)),
             T("undo", same_as(1), tool("undo")),
             T("no, not that - I wanted to keep the box and undo the bigger dot",
               design(O("circle", "purple"), O("triangle", "green"), O("square", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), IN(2, "top_right")], smaller=[O("circle")]),
               tool("redo"), submit(d))))

    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a red circle"))
    b = doc(R("square_0", LEFT, "a red square"), R("circle_1", TR, "a red circle"))
    add(conv("roll-which-red-one", "clarify",
             T("a crimson box on the left and a scarlet ball on the right",
               design(O("square", "red"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("move the red one to the top", kept(), reply="They're both red: should the box or the ball go to the top?"),
             T("the ball, sorry",
               design(O("square", "red"), O("circle", "red"), constraints=[IN(1, "top"), IN(0, "left"), C("above", 1, 0)]), submit(b))))

    # --- 4. symmetry, centring, alignment and spacing -----------------------------------------------------------------

    a = doc(R("square_0", TL, "a green square"))
    b = doc(R("square_0", CENTRE, "a green square"))
    c = doc(R("square_0", CENTRE, "a green square"), R("square_1", LEFT, "a green square"), R("square_2", RIGHT, "a green square"))
    add(conv("roll-centre-then-flank", "symmetry",
             T("a green box in the top left corner", design(O("square", "green"), constraints=[IN(0, "top_left")]), submit(a)),
             T("centre it", design(O("square", "green"), constraints=[IN(0, "center")]), submit(b)),
             T("now make it symmetrical - a matching box either side of it",
               design(O("square", "green", count=3),
                      constraints=[C("row", 0, 1, 2), C("between_x", 0, 1, 2), IN(0, "center"), IN(1, "left"), IN(2, "right")]), submit(c)),
             T("what did you change?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", TL, "a red circle"), R("square_1", BOTTOM, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    c = doc(R("circle_0", TOP, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    add(conv("roll-line-them-up", "symmetry",
             T("a red ball, a blue box and a yellow triangle, just dotted around anywhere",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "yellow")), submit(a)),
             T("line them up across the middle: ball first, then the box, then the triangle",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "yellow"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2), IN(1, "center")]), submit(b)),
             T("actually stack them top to bottom instead, same order",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(c))))

    a = doc(R("circle_0", _at(0.12, 0.2, 0.06), "a purple circle"), R("circle_1", _at(0.2, 0.2, 0.06), "a purple circle"),
            R("circle_2", _at(0.28, 0.2, 0.06), "a purple circle"))
    b = doc(R("circle_0", _at(0.19, 0.19, 0.1), "a purple circle"), R("circle_1", _at(0.5, 0.19, 0.1), "a purple circle"),
            R("circle_2", _at(0.81, 0.19, 0.1), "a purple circle"))
    c = doc(R("circle_0", _at(0.19, 0.19, 0.1), "a purple circle"), R("circle_1", _at(0.19, 0.5, 0.1), "a purple circle"),
            R("circle_2", _at(0.19, 0.81, 0.1), "a purple circle"))
    add(conv("roll-spread-evenly", "symmetry",
             T("three little purple dots bunched together in the top left",
               design(O("circle", "purple", count=3), constraints=[C("in", 0, 1, 2, arg="top_left"), C("small", 0, 1, 2)]), submit(a)),
             T("spread them out evenly along the top edge",
               design(O("circle", "purple", count=3), constraints=[C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")]), submit(b)),
             T("hmm, now line them up down the left side instead, evenly spaced",
               design(O("circle", "purple", count=3), constraints=[C("column", 0, 1, 2), C("in", 0, 1, 2, arg="left")]), submit(c)),
             T("go back to round 2", same_as(1, by_round=True), restore(2))))

    a = doc(R("triangle_0", BIG_LEFT, "a red triangle"), R("circle_1", SMALL_RIGHT, "a blue circle"))
    b = doc(R("triangle_0", BIG_RIGHT, "a red triangle"), R("circle_1", (0.14, 0.42, 0.3, 0.58), "a blue circle"))
    add(conv("roll-mirror-it", "symmetry",
             T("a big crimson triangle on the left and a small navy dot on the right",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]), submit(a)),
             T("mirror it left to right",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "right"), IN(1, "left"), C("larger", 0, 1)]), submit(b)),
             T("hmm, undo the mirroring", same_as(0), tool("undo")),
             T("no, I did like it mirrored. redo", same_as(1), tool("redo"))))

    a = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", TR, "an orange triangle"))
    b = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", RIGHT, "an orange triangle"))
    add(conv("roll-symmetrical-how", "clarify",
             T("a yellow box on the left and an orange triangle top right",
               design(O("square", "yellow"), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "top_right")]), submit(a)),
             T("make it symmetrical", kept(),
               reply="Symmetrical how: should the triangle drop down level with the box, on the right, or should I add a matching "
                     "shape opposite each one?"),
             T("move the triangle down so it's level with the box, like a mirror image",
               design(O("square", "yellow"), O("triangle", "orange"), constraints=[C("row", 0, 1), IN(0, "left"), IN(1, "right")]),
               submit(b))))

    a = doc(R("triangle_0", TL, "a blue triangle"), R("triangle_1", LEFT, "a blue triangle"), R("triangle_2", BL, "a blue triangle"))
    b = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    c = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a striped blue triangle"),
            R("triangle_2", BOTTOM, "a blue triangle"))
    add(conv("roll-centre-the-column", "symmetry",
             T("three blue triangles in a column down the left side",
               design(O("triangle", "blue", count=3), constraints=[C("column", 0, 1, 2), C("in", 0, 1, 2, arg="left")]), submit(a)),
             T("centre the whole column",
               design(O("triangle", "blue", count=3), constraints=[C("column", 0, 1, 2), IN(1, "center"), C("between_y", 1, 0, 2)]),
               submit(b)),
             T("give the middle one stripes",
               design(O("triangle", "blue", "striped"), O("triangle", "blue", count=2),
                      constraints=[IN(0, "center"), C("column", 1, 0, 2), C("between_y", 0, 1, 2)]), submit(c))))

    a = doc(*(R(f"square_{i}", _at(x, 0.5, 0.16), "a green square") for i, x in enumerate((0.125, 0.375, 0.625, 0.875))))
    b = doc(R("square_0", TL, "a green square"), R("square_1", TR, "a green square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a green square"))
    add(conv("roll-row-to-grid", "symmetry",
             T("four lime tiles in a row", design(O("square", "green", count=4), constraints=[C("row", 0, 1, 2, 3)]), submit(a)),
             T("arrange them in a 2 by 2 grid instead, evenly spaced",
               design(O("square", "green", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(b)),
             T("show me the layout", kept(), tool("show_layout")),
             T("why aren't they perfectly square?", kept(), tool("explain_critique")),
             T("redo the top left one", repainted(), repaint("square_0"))))

    a = doc(R("square_0", TOP, "a red square"), R("circle_1", CENTRE, "a green circle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("square_0", TL, "a red square"), R("circle_1", LEFT, "a green circle"), R("triangle_2", BL, "a blue triangle"))
    c = doc(R("square_0", TL, "a red square"), R("circle_1", (0.03, 0.35, 0.35, 0.65), "a green circle"), R("triangle_2", BL, "a blue triangle"))
    add(conv("roll-align-left-edge", "symmetry",
             T("a red box at the top, a green ball in the middle and a blue triangle at the bottom",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]),
               submit(a)),
             T("line them all up along the left edge",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2), C("in", 0, 1, 2, arg="left")]), submit(b)),
             T("make the ball bigger than the other two",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"),
                      constraints=[C("larger", 1, 0), C("larger", 1, 2), C("in", 0, 1, 2, arg="left")], bigger=[O("circle")]), submit(c))))

    a = doc(R("circle_0", CENTRE, "a purple circle"))
    b = doc(R("circle_0", CENTRE, "a purple circle"), R("triangle_1", LEFT, "a yellow triangle"), R("triangle_2", RIGHT, "a yellow triangle"))
    add(conv("roll-flank-the-centre", "symmetry",
             T("a purple ball, dead centre", design(O("circle", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("put two matching yellow triangles either side of it, the same distance away",
               design(O("circle", "purple"), O("triangle", "yellow", count=2),
                      constraints=[C("between_x", 0, 1, 2), C("row", 1, 0, 2), IN(0, "center")]), submit(b)),
             T("a couple of variations", varied(2), variations(2)),
             T("the first one", same_as(1), pick(1)),
             T("ok, clear everything", cleared(), tool("start_over"))))

    # --- 5. shades and everyday names -----------------------------------------------------------------------------------

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a green square"), R("triangle_2", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    c = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    d = doc(R("circle_0", RIGHT, "a purple circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", LEFT, "a yellow triangle"))
    add(conv("roll-shade-words", "recolour",
             T("a scarlet ball, a forest green box and a lemon yellow triangle, left to right",
               design(O("circle", "red"), O("square", "green"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("make the box more of a navy",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("square", "green")]), submit(b)),
             T("and the ball lavender",
               design(O("circle", "purple"), O("square", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("circle", "red")]), submit(c)),
             T("swap the ball and the triangle",
               design(O("circle", "purple"), O("square", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 2, 1, 0)]), submit(d))))

    a = doc(R("circle_0", CENTRE, "an orange circle"), bg="gray")
    b = doc(R("circle_0", CENTRE, "an orange circle"), bg="black")
    c = doc(R("circle_0", CENTRE, "a yellow circle"), bg="gray")
    add(conv("roll-grey-and-gold", "background",
             T("an orange dot in the middle on a grey background",
               design(O("circle", "orange"), constraints=[IN(0, "center")], background="gray"), submit(a)),
             T("change the background colour to black", design(O("circle", "orange"), background="black"), submit(b)),
             T("nah, the gray was better, change it back", same_as(0), tool("undo")),
             T("and make the dot's color a bit more gold",
               design(O("circle", "yellow"), constraints=[IN(0, "center")], absent=[O("circle", "orange")], background="gray"), submit(c))))

    add(conv("roll-colour-questions", "no_render",
             T("which colors can you do?", kept(),
               reply="Red, green, blue, yellow, purple and orange, for circles, squares and triangles, solid or striped."),
             T("is navy a colour you've got?", kept(),
               reply="Not as a colour of its own: if you ask for navy I'll draw it blue."),
             T("grey or gray for the background, does it matter?", kept(),
               reply="Either spelling works. The background can be gray, white or black."),
             T("and do you have pink?", kept(),
               reply="No pink, I'm afraid. The closest I have are red and purple.")))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a red square"), R("triangle_2", RIGHT, "a red triangle"))
    b = doc(R("circle_0", RIGHT, "a red circle"), R("square_1", CENTRE, "a red square"), R("triangle_2", LEFT, "a red triangle"))
    c = doc(R("circle_0", RIGHT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", LEFT, "a red triangle"))
    add(conv("roll-ball-box-pyramid", "move",
             T("a ball, a box and a pyramid, all red, in a line",
               design(O("circle", "red"), O("square", "red"), O("triangle", "red"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("swap the ball and the pyramid",
               design(O("circle", "red"), O("square", "red"), O("triangle", "red"), constraints=[C("row", 0, 1, 2), C("order_x", 2, 1, 0)]),
               submit(b)),
             T("make the box sky blue",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "red"), constraints=[C("order_x", 2, 1, 0)],
                      absent=[O("square", "red")]), submit(c))))

    big_mid: Box = (0.25, 0.25, 0.75, 0.75)
    a = doc(R("circle_0", big_mid, "a green circle"), R("circle_1", (0.78, 0.08, 0.92, 0.22), "a red circle"))
    b = doc(R("circle_0", big_mid, "a green circle"), R("circle_1", (0.78, 0.08, 0.92, 0.22), "a green circle"))
    c = doc(R("circle_0", big_mid, "a green circle"), R("circle_1", (0.08, 0.78, 0.22, 0.92), "a green circle"))
    add(conv("roll-ball-and-dot", "recolour",
             T("a big emerald ball in the centre and a tiny ruby-red dot in the top right corner",
               design(O("circle", "green"), O("circle", "red"), constraints=[IN(0, "center"), C("big", 0), IN(1, "top_right"), C("small", 1)]),
               submit(a)),
             T("make the dot the same colour as the ball",
               design(O("circle", "green", count=2), constraints=[C("larger", 0, 1)], absent=[O("circle", "red")]), submit(b)),
             T("and move the little one round to about 7 o'clock",
               design(O("circle", "green", count=2), constraints=[C("larger", 0, 1), IN(1, "bottom_left"), IN(0, "center")]), submit(c))))

    # --- 6. repaint, variations, questions back, start over -------------------------------------------------------------

    a = doc(R("square_0", TOP, "a blue square"), R("circle_1", BOTTOM, "a red circle"))
    add(conv("roll-repaint-then-image-one", "repaint",
             T("a navy box at 12 o'clock and a crimson ball at 6 o'clock",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "top"), IN(1, "bottom"), C("column", 0, 1)]), submit(a)),
             T("the box came out wonky, redo just the box", repainted(), repaint("square_0")),
             T("try the ball again as well", repainted(), repaint("circle_1")),
             T("hmm, the very first picture was the best overall, bring back image 1", same_as(0, by_round=True), restore(1)),
             T("what changed?", kept(), tool("what_changed"))))

    a = doc(R("square_0", LEFT, "a yellow square"))
    b = doc(R("square_0", LEFT, "a yellow square"), R("square_1", RIGHT, "a yellow square"))
    add(conv("roll-balanced-how", "clarify",
             T("a yellow box over on the left", design(O("square", "yellow"), constraints=[IN(0, "left")]), submit(a)),
             T("make it look more balanced", kept(),
               reply="Balanced how: should I move the box into the centre, or add something on the right to match it?"),
             T("add a matching one on the right",
               design(O("square", "yellow", count=2), constraints=[C("row", 0, 1), IN(0, "left"), IN(1, "right")]), submit(b)),
             T("nice, can I see a few variations?", varied(3), variations(3))))

    a = doc(R("circle_0", RIGHT, "a red circle"))
    b = doc(R("circle_0", CENTRE, "a red circle"))
    add(conv("roll-the-usual", "clarify",
             T("do the usual", kept(), reply="I don't have a usual saved yet. What should I draw, and where?"),
             T("the usual is a red ball at 3 o'clock", design(O("circle", "red"), constraints=[IN(0, "right")]), submit(a)),
             T("bring it right into the middle", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(b))))

    a = doc(R("triangle_0", TOP, "a red triangle"), R("circle_1", BOTTOM, "a green circle"))
    b = doc(R("triangle_0", BOTTOM, "a red triangle"), R("circle_1", TOP, "a green circle"))
    c = doc(R("triangle_0", BOTTOM, "a green triangle"), R("circle_1", TOP, "a red circle"))
    add(conv("roll-swap-undo-both", "undo_redo",
             T("a crimson triangle in the top half and a lime ball in the bottom half",
               design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("swap their places",
               design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "bottom"), IN(1, "top"), C("above", 1, 0)]), submit(b)),
             T("now swap their colours too",
               design(O("triangle", "green"), O("circle", "red"), constraints=[C("above", 1, 0)], absent=[O("triangle", "red")]), submit(c)),
             T("undo both of those", same_as(0), tool("undo"), tool("undo"))))

    a = doc(R("square_0", LEFT, "an orange square"), bg="white")
    b = doc(R("square_0", LEFT, "a purple square"), bg="white")
    c = doc(R("square_0", LEFT, "a striped orange square"), bg="white")
    add(conv("roll-takes-then-round-one", "restore",
             T("an orange box at 9 o'clock on a white background",
               design(O("square", "orange"), constraints=[IN(0, "left")], background="white"), submit(a)),
             T("make it purple",
               design(O("square", "purple"), constraints=[IN(0, "left")], absent=[O("square", "orange")], background="white"), submit(b)),
             T("show me 3 takes on this", varied(3), variations(3)),
             T("none of those. go back to round 1 and make the box striped",
               design(O("square", "orange", "striped"), constraints=[IN(0, "left")], absent=[O("square", "purple")], background="white"),
               restore(1), submit(c))))

    a = doc(R("circle_0", TOP, "a blue circle"), R("circle_1", BOTTOM, "a red circle"), bg="black")
    b = doc(R("circle_0", TOP, "a blue circle"), R("circle_1", BOTTOM, "a red circle"), bg="gray")
    add(conv("roll-black-to-grey", "background",
             T("two balls, navy and scarlet, stacked with the navy one on top, on a black background",
               design(O("circle", "blue"), O("circle", "red"), constraints=[C("above", 0, 1), C("column", 0, 1)], background="black"),
               submit(a)),
             T("lighten the background to a mid grey",
               design(O("circle", "blue"), O("circle", "red"), constraints=[C("above", 0, 1)], background="gray"), submit(b)),
             T("show me the layout", kept(), tool("show_layout"))))

    xs = (0.1, 0.3, 0.5, 0.7, 0.9)
    five = [("red", x) if i % 2 == 0 else ("blue", x) for i, x in enumerate(xs)]
    a = doc(*(R(f"circle_{i}", _at(x, 0.5, 0.14), f"a {col} circle") for i, (col, x) in enumerate(five)))
    b = doc(*(R(f"circle_{i}", _at(x, 0.5, 0.14), f"a {col} circle") for i, (col, x) in enumerate(five) if col == "red"))
    c = doc(*(R(f"circle_{i}", _at(x, 0.5, 0.14), f"a {'red' if col == 'red' else 'green'} circle") for i, (col, x) in enumerate(five)))
    add(conv("roll-alternating-dots", "compare",
             T("five little dots in a row, alternating red and blue, starting with red",
               design(O("circle", "red", count=3), O("circle", "blue", count=2),
                      constraints=[C("row", 0, 1, 2, 3, 4), C("order_x", 0, 3, 1, 4, 2)]), submit(a)),
             T("take out the blue ones",
               design(O("circle", "red", count=3), constraints=[C("row", 0, 1, 2)], absent=[O("circle", "blue")]), submit(b)),
             T("hmm, it was better with them in, put it back how it was", same_as(0), tool("undo")),
             T("keep them, but make them lime instead",
               design(O("circle", "red", count=3), O("circle", "green", count=2),
                      constraints=[C("row", 0, 1, 2, 3, 4), C("order_x", 0, 3, 1, 4, 2)], absent=[O("circle", "blue")]), submit(c))))

    a = doc(R("square_0", BIG_LEFT, "a striped blue square"), R("circle_1", BIG_RIGHT, "a solid orange circle"))
    b = doc(R("square_0", (0.1, 0.3, 0.4, 0.7), "a striped blue square"), R("circle_1", BIG_RIGHT, "a solid orange circle"))
    add(conv("roll-half-and-half", "resize",
             T("split it down the middle: a big striped navy box filling the left half and a big solid tangerine ball filling the right half",
               design(O("square", "blue", "striped"), O("circle", "orange", "solid"),
                      constraints=[IN(0, "left"), IN(1, "right"), C("big", 0, 1)]), submit(a)),
             T("make the box a bit smaller",
               design(O("square", "blue", "striped"), O("circle", "orange", "solid"),
                      constraints=[IN(0, "left"), IN(1, "right"), C("larger", 1, 0)], smaller=[O("square")]), submit(b)),
             T("why does the ball look a bit squashed?", kept(), tool("explain_critique")),
             T("repaint the ball then", repainted(), repaint("circle_1"))))

    return out


ROLL: list[Conversation] = _roll()


if __name__ == "__main__":
    main(ROLL)
