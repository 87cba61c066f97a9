"""The fifth held-out set of conversations with the image designer for the shapes world: sealed, run it once, to measure.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets (the main
set, the held-out, fresh, final and blind sets): from how people talk to a chat image designer, without reading any of
them. It is sealed: meant to be run once to measure the agent, never to tune it; a set that is tuned against stops
measuring anything.

It uses the builders and the judge of :mod:`regiondit.evals.conversations` (``R`` / ``doc`` / ``submit`` ... for what
an ideal agent would call, ``design`` / ``same_as`` / ``kept`` / ``repainted`` / ``varied`` / ``cleared`` for what a
turn must leave behind). The users are a mix: most write ordinary, clear requests; some are terse, some chatty or very
polite, some write non-native English; a few say something genuinely ambiguous, which an ideal designer answers with one
question and no tool call. Where an edit could hit the wrong object, the other objects' places are pinned, so that a
wrong edit fails.

    python -m regiondit.evals.conversations_sealed   # counts, then the self-check of the set
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
    MEDIUM,
    RIGHT,
    SMALL_RIGHT,
    TINY_TL,
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

# --- a few boxes of this set's own ---------------------------------------------------------------------------------------
MID_BIG: Box = (0.25, 0.25, 0.75, 0.75)  # area 0.25, centred: "a big ... in the middle"
MID_GROWN: Box = (0.3, 0.3, 0.7, 0.7)  # area 0.16, centred: CENTRE grown by about 2.4
COL_GROWN: Box = (0.3, 0.34, 0.7, 0.66)  # area 0.128, centred, fits between TOP and BOTTOM: CENTRE grown by about 1.9
RIGHT_GROWN: Box = (0.6, 0.3, 0.96, 0.7)  # area 0.144, right side: RIGHT grown by about 2.1
LEFT_SHRUNK: Box = (0.11, 0.42, 0.27, 0.58)  # area 0.0256, left side: LEFT shrunk by about 2.6
BR_GROWN: Box = (0.55, 0.55, 0.95, 0.95)  # area 0.16, bottom right: BR grown by about 2.4
BL_GROWN: Box = (0.04, 0.54, 0.46, 0.96)  # area 0.1764, bottom left: BL grown by about 2.6
TINY_BR: Box = (0.78, 0.78, 0.9, 0.9)  # area 0.0144, bottom right corner
CORNER_TL: Box = (0.06, 0.06, 0.2, 0.2)  # small boxes tucked into the four corners
CORNER_TR: Box = (0.8, 0.06, 0.94, 0.2)
CORNER_BL: Box = (0.06, 0.8, 0.2, 0.94)
CORNER_BR: Box = (0.8, 0.8, 0.94, 0.94)
PAIR_L: Box = (0.2, 0.37, 0.46, 0.63)  # two shapes side by side around the middle
PAIR_R: Box = (0.54, 0.37, 0.8, 0.63)
PAIR_R_UP: Box = (0.54, 0.06, 0.8, 0.32)  # PAIR_R moved up to the top
TOP_SHRUNK: Box = (0.44, 0.12, 0.56, 0.24)  # area 0.0144, top middle: TOP shrunk by about 4.7
LOW_GROWN: Box = (0.3, 0.4, 0.7, 0.8)  # area 0.16, a little below the middle: CENTRE grown by about 2.4
LEFT_SMALL: Box = (0.15, 0.42, 0.31, 0.58)  # area 0.0256, left side
RIGHT_WIDE: Box = (0.54, 0.2, 0.96, 0.8)  # area 0.252, right side


SEALED: list[Conversation] = [
    conv(
        "sealed-corners-recolour-undo-redo",
        "corners, recolour, undo, redo, what changed",
        T(
            "Hi! Could you put a red circle in the top left corner and a blue square in the bottom right one?",
            design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
            submit(doc(R("circle", TL, "a red circle"), R("square", BR, "a blue square"))),
        ),
        T(
            "nice. now make the square green",
            design(O("circle", "red"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
            submit(doc(R("circle", TL, "a red circle"), R("square", BR, "a green square"))),
        ),
        T("hmm no, undo that", same_as(0), tool("undo")),
        T("actually I did like it green. redo please", same_as(1), tool("redo")),
        T("what did you change between those two?", kept(), tool("what_changed")),
    ),
    conv(
        "sealed-left-of-move-why",
        "relation, move to a corner, show layout, why",
        T(
            "a yellow triangle to the left of a purple circle, the circle right in the middle",
            design(O("triangle", "yellow"), O("circle", "purple"), constraints=[C("left_of", 0, 1), IN(1, "center")]),
            submit(doc(R("tri", LEFT, "a yellow triangle"), R("circ", CENTRE, "a purple circle"))),
        ),
        T(
            "move the triangle up into the top right corner, leave the circle where it is",
            design(O("triangle", "yellow"), O("circle", "purple"), constraints=[IN(0, "top_right"), IN(1, "center")]),
            submit(doc(R("tri", TR, "a yellow triangle"), R("circ", CENTRE, "a purple circle"))),
        ),
        T("can I see the layout?", kept(), tool("show_layout")),
        T("why did it come out looking like that?", kept(), tool("explain_critique")),
    ),
    conv(
        "sealed-row-swap-variations",
        "ordered row, swap first and last, variations, pick, thanks",
        T(
            "three shapes in a row from left to right: a green square, an orange circle, a blue triangle",
            design(O("square", "green"), O("circle", "orange"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
            submit(doc(R("sq", LEFT, "a green square"), R("circ", CENTRE, "an orange circle"), R("tri", RIGHT, "a blue triangle"))),
        ),
        T(
            "swap the first and the last one",
            design(O("square", "green"), O("circle", "orange"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 2, 1, 0)]),
            submit(doc(R("sq", RIGHT, "a green square"), R("circ", CENTRE, "an orange circle"), R("tri", LEFT, "a blue triangle"))),
        ),
        T("can I see a few versions of this? like 3", varied(3), variations(3)),
        T("the second one is the best", same_as(2), pick(2)),
        T("thanks, that's it for today", kept(), reply="You're welcome, enjoy the picture!"),
    ),
    conv(
        "sealed-column-grow-undo-restore",
        "vertical order, resize bigger, undo, restore round 1",
        T(
            "stack them top to bottom down the middle: a red triangle, a yellow square, a green circle",
            design(O("triangle", "red"), O("square", "yellow"), O("circle", "green"), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]),
            submit(doc(R("tri", TOP, "a red triangle"), R("sq", CENTRE, "a yellow square"), R("circ", BOTTOM, "a green circle"))),
        ),
        T(
            "the square is too small, make it quite a bit bigger",
            design(
                O("triangle", "red"),
                O("square", "yellow"),
                O("circle", "green"),
                constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)],
                bigger=[O("square", "yellow")],
            ),
            submit(doc(R("tri", TOP, "a red triangle"), R("sq", COL_GROWN, "a large yellow square"), R("circ", BOTTOM, "a green circle"))),
        ),
        T("take that back", same_as(0), tool("undo")),
        T("hmm, let's just go back to the very first picture you made", same_as(0, by_round=True), restore(1)),
    ),
    conv(
        "sealed-grid-stripes-background-repaint",
        "count in a 2x2 grid, texture, background, repaint one",
        T(
            "four blue circles in a 2x2 grid please",
            design(O("circle", "blue", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]),
            submit(doc(R("c1", TL, "a blue circle"), R("c2", TR, "a blue circle"), R("c3", BL, "a blue circle"), R("c4", BR, "a blue circle"))),
        ),
        T(
            "make them all striped",
            design(O("circle", "blue", "striped", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]),
            submit(
                doc(
                    R("c1", TL, "a striped blue circle"),
                    R("c2", TR, "a striped blue circle"),
                    R("c3", BL, "a striped blue circle"),
                    R("c4", BR, "a striped blue circle"),
                )
            ),
        ),
        T(
            "and put them on a black background",
            design(O("circle", "blue", "striped", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")], background="black"),
            submit(
                doc(
                    R("c1", TL, "a striped blue circle"),
                    R("c2", TR, "a striped blue circle"),
                    R("c3", BL, "a striped blue circle"),
                    R("c4", BR, "a striped blue circle"),
                    bg="black",
                )
            ),
        ),
        T("the bottom right one looks smudged, can you redo only that one", repainted(), repaint("c4")),
    ),
    conv(
        "sealed-add-add-remove",
        "big centred shape, add small ones, remove one by place, what changed",
        T(
            "draw a big orange circle in the middle",
            design(O("circle", "orange"), constraints=[C("big", 0), IN(0, "center")]),
            submit(doc(R("sun", MID_BIG, "a big orange circle"))),
        ),
        T(
            "add a small purple square in the top left corner",
            design(O("circle", "orange"), O("square", "purple"), constraints=[C("big", 0), IN(0, "center"), C("small", 1), IN(1, "top_left")]),
            submit(doc(R("sun", MID_BIG, "a big orange circle"), R("sq1", TINY_TL, "a small purple square"))),
        ),
        T(
            "and another one just like it in the bottom right",
            design(
                O("circle", "orange"),
                O("square", "purple", count=2),
                constraints=[C("big", 0), IN(0, "center"), C("small", 1, 2), IN(1, "top_left"), IN(2, "bottom_right")],
            ),
            submit(
                doc(R("sun", MID_BIG, "a big orange circle"), R("sq1", TINY_TL, "a small purple square"), R("sq2", TINY_BR, "a small purple square"))
            ),
        ),
        T(
            "actually get rid of the top left square",
            design(O("circle", "orange"), O("square", "purple"), constraints=[C("big", 0), IN(0, "center"), IN(1, "bottom_right")]),
            submit(doc(R("sun", MID_BIG, "a big orange circle"), R("sq2", TINY_BR, "a small purple square"))),
        ),
        T("what's different from before?", kept(), tool("what_changed")),
    ),
    conv(
        "sealed-background-start-fresh",
        "sides, background white then black, start over, plan again",
        T(
            "white background, a green triangle at the top and a red square at the bottom",
            design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "top"), IN(1, "bottom")], background="white"),
            submit(doc(R("tri", TOP, "a green triangle"), R("sq", BOTTOM, "a red square"), bg="white")),
        ),
        T(
            "switch the background to black",
            design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "top"), IN(1, "bottom")], background="black"),
            submit(doc(R("tri", TOP, "a green triangle"), R("sq", BOTTOM, "a red square"), bg="black")),
        ),
        T("nah, scrap everything, let's start fresh", cleared(), tool("start_over")),
        T(
            "one blue circle in the right half, that's all",
            design(O("circle", "blue"), constraints=[IN(0, "right")]),
            submit(doc(R("circ", RIGHT, "a blue circle"))),
        ),
    ),
    conv(
        "sealed-which-one-bigger",
        "ambiguous resize, then grow one and shrink the other",
        T(
            "Put a yellow circle on the left and a yellow square on the right.",
            design(O("circle", "yellow"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]),
            submit(doc(R("circ", LEFT, "a yellow circle"), R("sq", RIGHT, "a yellow square"))),
        ),
        T("make it bigger", kept(), reply="Which one should I make bigger, the circle or the square?"),
        T(
            "the square",
            design(O("circle", "yellow"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], bigger=[O("square")]),
            submit(doc(R("circ", LEFT, "a yellow circle"), R("sq", RIGHT_GROWN, "a large yellow square"))),
        ),
        T(
            "and shrink the circle a little while you're at it",
            design(O("circle", "yellow"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], smaller=[O("circle")]),
            submit(doc(R("circ", LEFT_SHRUNK, "a small yellow circle"), R("sq", RIGHT_GROWN, "a large yellow square"))),
        ),
    ),
    conv(
        "sealed-non-native-variations",
        "non-native English: corners, bigger, variations, pick, why",
        T(
            "please i want one green square in up left and one orange triangle in down right, background white",
            design(O("square", "green"), O("triangle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], background="white"),
            submit(doc(R("sq", TL, "a green square"), R("tri", BR, "an orange triangle"), bg="white")),
        ),
        T(
            "the triangle is too much small, do it more big",
            design(
                O("square", "green"),
                O("triangle", "orange"),
                constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                background="white",
                bigger=[O("triangle")],
            ),
            submit(doc(R("sq", TL, "a green square"), R("tri", BR_GROWN, "a large orange triangle"), bg="white")),
        ),
        T("is good. you can make me 4 other version for choose?", varied(4), variations(4)),
        T("i take number 3", same_as(2), pick(3)),
        T("why the picture before was not good for you?", kept(), tool("explain_critique")),
    ),
    conv(
        "sealed-small-talk-only",
        "small talk and a vague wish, no picture",
        T("hey there, how's it going?", kept(), reply="Hi, all good here! I design pictures of simple shapes; tell me what you'd like to see."),
        T("I want something pretty", kept(), reply="Happy to! Which shapes and colours would you like in it?"),
        T("dunno yet... I'll think about it and come back later. thanks!", kept(), reply="Sure, take your time. See you later!"),
    ),
    conv(
        "sealed-between-remove-restore",
        "between horizontally, recolour, remove by side, restore round 2, layout",
        T(
            "a red circle between two blue squares, all on one line",
            design(O("circle", "red"), O("square", "blue", count=2), constraints=[C("between_x", 0, 1, 2), C("row", 0, 1, 2)]),
            submit(doc(R("sq1", LEFT, "a blue square"), R("circ", CENTRE, "a red circle"), R("sq2", RIGHT, "a blue square"))),
        ),
        T(
            "colour the circle purple instead",
            design(O("circle", "purple"), O("square", "blue", count=2), constraints=[C("between_x", 0, 1, 2), C("row", 0, 1, 2)]),
            submit(doc(R("sq1", LEFT, "a blue square"), R("circ", CENTRE, "a purple circle"), R("sq2", RIGHT, "a blue square"))),
        ),
        T(
            "remove the right-hand square",
            design(O("circle", "purple"), O("square", "blue"), constraints=[IN(0, "center"), IN(1, "left")]),
            submit(doc(R("sq1", LEFT, "a blue square"), R("circ", CENTRE, "a purple circle"))),
        ),
        T("hmm it looks empty now. can I have picture 2 back, the purple one with both squares?", same_as(1, by_round=True), restore(2)),
        T("ok, show me the layout for that", kept(), tool("show_layout")),
    ),
    conv(
        "sealed-column-recolour-move-repaint",
        "vertical order, recolour the middle, move to a corner, repaint",
        T(
            "a green triangle above a green circle above a green square, in one column",
            design(O("triangle", "green"), O("circle", "green"), O("square", "green"), constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
            submit(doc(R("tri", TOP, "a green triangle"), R("circ", CENTRE, "a green circle"), R("sq", BOTTOM, "a green square"))),
        ),
        T(
            "make the middle one orange",
            design(O("triangle", "green"), O("circle", "orange"), O("square", "green"), constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
            submit(doc(R("tri", TOP, "a green triangle"), R("circ", CENTRE, "an orange circle"), R("sq", BOTTOM, "a green square"))),
        ),
        T(
            "move the square down to the bottom left corner",
            design(
                O("triangle", "green"), O("circle", "orange"), O("square", "green"), constraints=[IN(0, "top"), IN(1, "center"), IN(2, "bottom_left")]
            ),
            submit(doc(R("tri", TOP, "a green triangle"), R("circ", CENTRE, "an orange circle"), R("sq", BL, "a green square"))),
        ),
        T("the circle came out a bit blurry, could you redo just that bit?", repainted(), repaint("circ")),
    ),
    conv(
        "sealed-which-colour",
        "ambiguous recolour, recolour, background gray",
        T(
            "two circles on a white background: a red one top right and a blue one bottom left",
            design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="white"),
            submit(doc(R("red", TR, "a red circle"), R("blue", BL, "a blue circle"), bg="white")),
        ),
        T("change the colour", kept(), reply="Which circle should I recolour, and to what colour?"),
        T(
            "the red one, to yellow",
            design(O("circle", "yellow"), O("circle", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="white"),
            submit(doc(R("red", TR, "a yellow circle"), R("blue", BL, "a blue circle"), bg="white")),
        ),
        T(
            "good. and a grey background rather than white",
            design(O("circle", "yellow"), O("circle", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="gray"),
            submit(doc(R("red", TR, "a yellow circle"), R("blue", BL, "a blue circle"), bg="gray")),
        ),
    ),
    conv(
        "sealed-halves-texture-undo-redo",
        "halves, sizes, textures, plain again, undo, redo, what changed",
        T(
            "Put a big striped purple square in the left half and a small plain yellow circle in the right half.",
            design(
                O("square", "purple", "striped"),
                O("circle", "yellow", "solid"),
                constraints=[IN(0, "left"), IN(1, "right"), C("big", 0), C("small", 1), C("larger", 0, 1)],
            ),
            submit(doc(R("sq", BIG_LEFT, "a big striped purple square"), R("circ", SMALL_RIGHT, "a small plain yellow circle"))),
        ),
        T(
            "lose the stripes on the square, just plain purple",
            design(O("square", "purple", "solid"), O("circle", "yellow", "solid"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]),
            submit(doc(R("sq", BIG_LEFT, "a big plain purple square"), R("circ", SMALL_RIGHT, "a small plain yellow circle"))),
        ),
        T("undo", same_as(0), tool("undo")),
        T("redo", same_as(1), tool("redo")),
        T("so what changed exactly?", kept(), tool("what_changed")),
    ),
    conv(
        "sealed-alternatives-add-below-restore",
        "variations, pick, add below, restore round 1",
        T(
            "an orange triangle in the centre, on black",
            design(O("triangle", "orange"), constraints=[IN(0, "center")], background="black"),
            submit(doc(R("tri", CENTRE, "an orange triangle"), bg="black")),
        ),
        T("give me a couple of alternatives", varied(2), variations(2)),
        T("first one", same_as(1), pick(1)),
        T(
            "add a green square under it",
            design(O("triangle", "orange"), O("square", "green"), constraints=[IN(0, "center"), C("above", 0, 1)], background="black"),
            submit(doc(R("tri", CENTRE, "an orange triangle"), R("sq", BOTTOM, "a green square"), bg="black")),
        ),
        T("hmm, go back to round 1 please", same_as(0, by_round=True), restore(1)),
    ),
    conv(
        "sealed-start-over-then-vague",
        "sides, start over, vague wish, small row along the bottom",
        T(
            "a red square on the left side and a blue triangle on the right side",
            design(O("square", "red"), O("triangle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]),
            submit(doc(R("sq", LEFT, "a red square"), R("tri", RIGHT, "a blue triangle"))),
        ),
        T("let's start over", cleared(), tool("start_over")),
        T("something different this time", kept(), reply="Sure, what would you like in the new picture?"),
        T(
            "three small yellow triangles along the bottom",
            design(
                O("triangle", "yellow", count=3),
                constraints=[C("row", 0, 1, 2), IN(0, "bottom"), IN(1, "bottom"), IN(2, "bottom"), C("small", 0, 1, 2)],
            ),
            submit(doc(R("t1", BL, "a small yellow triangle"), R("t2", BOTTOM, "a small yellow triangle"), R("t3", BR, "a small yellow triangle"))),
        ),
    ),
    conv(
        "sealed-why-then-repaint",
        "ordered row, why, repaint, what changed",
        T(
            "circle, square, triangle, left to right, all of them green",
            design(O("circle", "green"), O("square", "green"), O("triangle", "green"), constraints=[C("order_x", 0, 1, 2)]),
            submit(doc(R("circ", LEFT, "a green circle"), R("sq", CENTRE, "a green square"), R("tri", RIGHT, "a green triangle"))),
        ),
        T("why does the square look kind of off?", kept(), tool("explain_critique")),
        T("ok, can you paint the square again then", repainted(), repaint("sq")),
        T("and what's changed now?", kept(), tool("what_changed")),
    ),
    conv(
        "sealed-next-to-swap",
        "next to on either side, swap two, show layout",
        T(
            "a blue square at the top, in the middle",
            design(O("square", "blue"), constraints=[IN(0, "top")]),
            submit(doc(R("sq", TOP, "a blue square"))),
        ),
        T(
            "add a red circle right next to it, on its right",
            design(O("square", "blue"), O("circle", "red"), constraints=[C("left_of", 0, 1), C("row", 0, 1)]),
            submit(doc(R("sq", TOP, "a blue square"), R("circ", TR, "a red circle"))),
        ),
        T(
            "and a yellow triangle on the square's left",
            design(O("square", "blue"), O("circle", "red"), O("triangle", "yellow"), constraints=[C("order_x", 2, 0, 1), C("row", 0, 1, 2)]),
            submit(doc(R("sq", TOP, "a blue square"), R("circ", TR, "a red circle"), R("tri", TL, "a yellow triangle"))),
        ),
        T(
            "now swap the circle and the triangle",
            design(O("square", "blue"), O("circle", "red"), O("triangle", "yellow"), constraints=[C("order_x", 1, 0, 2), C("row", 0, 1, 2)]),
            submit(doc(R("sq", TOP, "a blue square"), R("circ", TL, "a red circle"), R("tri", TR, "a yellow triangle"))),
        ),
        T("show me the layout", kept(), tool("show_layout")),
    ),
    conv(
        "sealed-terse",
        "terse user: big centred, smaller, recolour, variations, pick",
        T(
            "red circle, center, big",
            design(O("circle", "red"), constraints=[IN(0, "center"), C("big", 0)]),
            submit(doc(R("circ", BIG, "a big red circle"))),
        ),
        T(
            "smaller",
            design(O("circle", "red"), constraints=[IN(0, "center")], smaller=[O("circle")]),
            submit(doc(R("circ", MEDIUM, "a red circle"))),
        ),
        T("make it blue", design(O("circle", "blue"), constraints=[IN(0, "center")]), submit(doc(R("circ", MEDIUM, "a blue circle")))),
        T("3 variations", varied(3), variations(3)),
        T("2", same_as(3), pick(2)),
    ),
    conv(
        "sealed-restore-second-picture",
        "corners, texture, move, restore round 2, thanks",
        T(
            "a purple triangle in the bottom left and an orange square in the top right",
            design(O("triangle", "purple"), O("square", "orange"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")]),
            submit(doc(R("tri", BL, "a purple triangle"), R("sq", TR, "an orange square"))),
        ),
        T(
            "give the triangle stripes",
            design(O("triangle", "purple", "striped"), O("square", "orange"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")]),
            submit(doc(R("tri", BL, "a striped purple triangle"), R("sq", TR, "an orange square"))),
        ),
        T(
            "move the square over to the top left",
            design(O("triangle", "purple", "striped"), O("square", "orange"), constraints=[IN(0, "bottom_left"), IN(1, "top_left")]),
            submit(doc(R("tri", BL, "a striped purple triangle"), R("sq", TL, "an orange square"))),
        ),
        T("hmm, I preferred the second picture. can we go back to that one?", same_as(1, by_round=True), restore(2)),
        T("perfect, thank you so much!", kept(), reply="Glad you like it!"),
    ),
    conv(
        "sealed-both-green-move",
        "side by side, ambiguous move, move one up, layout",
        T(
            "a green circle and a green square side by side in the middle of the picture",
            design(O("circle", "green"), O("square", "green"), constraints=[C("row", 0, 1)]),
            submit(doc(R("circ", PAIR_L, "a green circle"), R("sq", PAIR_R, "a green square"))),
        ),
        T("move the green one up", kept(), reply="They're both green: should I move the circle or the square?"),
        T(
            "oh right, the square. up to the top",
            design(O("circle", "green"), O("square", "green"), constraints=[IN(1, "top"), C("above", 1, 0), IN(0, "left")]),
            submit(doc(R("circ", PAIR_L, "a green circle"), R("sq", PAIR_R_UP, "a green square"))),
        ),
        T("cool. what's the layout now?", kept(), tool("show_layout")),
    ),
    conv(
        "sealed-polite-corners",
        "very polite: centred square on white, a circle in each corner, grow, thanks",
        T(
            "Good morning! I'd love a picture with a single yellow square right in the middle, on a white background, if that's alright.",
            design(O("square", "yellow"), constraints=[IN(0, "center")], background="white"),
            submit(doc(R("sq", CENTRE, "a yellow square"), bg="white")),
        ),
        T(
            "Lovely. Would you mind adding a little blue circle in each of the four corners?",
            design(
                O("square", "yellow"),
                O("circle", "blue", count=4),
                constraints=[
                    IN(0, "center"),
                    C("grid", 1, 2, 3, 4, arg="2x2"),
                    C("small", 1, 2, 3, 4),
                    IN(1, "top_left"),
                    IN(2, "top_right"),
                    IN(3, "bottom_left"),
                    IN(4, "bottom_right"),
                ],
                background="white",
            ),
            submit(
                doc(
                    R("sq", CENTRE, "a yellow square"),
                    R("c1", CORNER_TL, "a small blue circle"),
                    R("c2", CORNER_TR, "a small blue circle"),
                    R("c3", CORNER_BL, "a small blue circle"),
                    R("c4", CORNER_BR, "a small blue circle"),
                    bg="white",
                )
            ),
        ),
        T(
            "Oh, and could the square be a touch larger, please?",
            design(
                O("square", "yellow"),
                O("circle", "blue", count=4),
                constraints=[IN(0, "center"), C("grid", 1, 2, 3, 4, arg="2x2")],
                background="white",
                bigger=[O("square")],
            ),
            submit(
                doc(
                    R("sq", MID_GROWN, "a larger yellow square"),
                    R("c1", CORNER_TL, "a small blue circle"),
                    R("c2", CORNER_TR, "a small blue circle"),
                    R("c3", CORNER_BL, "a small blue circle"),
                    R("c4", CORNER_BR, "a small blue circle"),
                    bg="white",
                )
            ),
        ),
        T("That's perfect, thank you ever so much.", kept(), reply="My pleasure, have a lovely day!"),
    ),
    conv(
        "sealed-remove-by-colour-undo-redo",
        "row of three, remove by colour, undo, redo",
        T(
            "draw a red triangle, a blue triangle and a yellow circle in a row",
            design(O("triangle", "red"), O("triangle", "blue"), O("circle", "yellow"), constraints=[C("row", 0, 1, 2)]),
            submit(doc(R("red", LEFT, "a red triangle"), R("blue", CENTRE, "a blue triangle"), R("circ", RIGHT, "a yellow circle"))),
        ),
        T(
            "lose the blue one",
            design(O("triangle", "red"), O("circle", "yellow"), absent=[O("triangle", "blue")]),
            submit(doc(R("red", LEFT, "a red triangle"), R("circ", RIGHT, "a yellow circle"))),
        ),
        T("wait, bring it back", same_as(0), tool("undo")),
        T("no ok, remove it after all", same_as(1), tool("redo")),
    ),
    conv(
        "sealed-backdrop-repaint",
        "textures on black, repaint, background white, why",
        T(
            "Draw me a plain green square top left and a striped orange circle bottom right. Black backdrop.",
            design(
                O("square", "green", "solid"),
                O("circle", "orange", "striped"),
                constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                background="black",
            ),
            submit(doc(R("sq", TL, "a plain green square"), R("circ", BR, "a striped orange circle"), bg="black")),
        ),
        T("the stripes on the circle look wonky, can you repaint it", repainted(), repaint("circ")),
        T(
            "now change the backdrop to white",
            design(
                O("square", "green", "solid"),
                O("circle", "orange", "striped"),
                constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                background="white",
            ),
            submit(doc(R("sq", TL, "a plain green square"), R("circ", BR, "a striped orange circle"), bg="white")),
        ),
        T("why did you need more than one go at this?", kept(), tool("explain_critique")),
    ),
    conv(
        "sealed-make-it-better",
        "above, vague 'better', grow one and shrink the other, restore round 1",
        T(
            "a blue circle above a red square",
            design(O("circle", "blue"), O("square", "red"), constraints=[C("above", 0, 1)]),
            submit(doc(R("circ", TOP, "a blue circle"), R("sq", CENTRE, "a red square"))),
        ),
        T("make it look better", kept(), reply="What would you like to change: the colours, the sizes or where things are?"),
        T(
            "the square should be bigger and the circle smaller",
            design(O("circle", "blue"), O("square", "red"), constraints=[C("above", 0, 1)], bigger=[O("square")], smaller=[O("circle")]),
            submit(doc(R("circ", TOP_SHRUNK, "a small blue circle"), R("sq", LOW_GROWN, "a large red square"))),
        ),
        T("hm, no. go back to round one", same_as(0, by_round=True), restore(1)),
    ),
    conv(
        "sealed-larger-flip",
        "larger than, flip the sizes, what changed, undo",
        T(
            "a purple triangle and a yellow circle next to it; the triangle should be bigger than the circle",
            design(O("triangle", "purple"), O("circle", "yellow"), constraints=[C("larger", 0, 1)]),
            submit(doc(R("tri", BIG_LEFT, "a large purple triangle"), R("circ", SMALL_RIGHT, "a small yellow circle"))),
        ),
        T(
            "now flip it so the circle is the big one and the triangle the small one",
            design(O("triangle", "purple"), O("circle", "yellow"), constraints=[C("larger", 1, 0)], bigger=[O("circle")], smaller=[O("triangle")]),
            submit(doc(R("tri", LEFT_SMALL, "a small purple triangle"), R("circ", RIGHT_WIDE, "a large yellow circle"))),
        ),
        T("what did you just change", kept(), tool("what_changed")),
        T("meh. revert that", same_as(0), tool("undo")),
    ),
    conv(
        "sealed-five-striped",
        "count of five, recolour two, many variations, pick the fourth",
        T(
            "five striped red squares, spread out however you like",
            design(O("square", "red", "striped", count=5)),
            submit(
                doc(
                    R("s1", TL, "a striped red square"),
                    R("s2", TR, "a striped red square"),
                    R("s3", CENTRE, "a striped red square"),
                    R("s4", BL, "a striped red square"),
                    R("s5", BR, "a striped red square"),
                )
            ),
        ),
        T(
            "make two of them blue",
            design(O("square", "red", "striped", count=3), O("square", "blue", "striped", count=2)),
            submit(
                doc(
                    R("s1", TL, "a striped red square"),
                    R("s2", TR, "a striped blue square"),
                    R("s3", CENTRE, "a striped red square"),
                    R("s4", BL, "a striped blue square"),
                    R("s5", BR, "a striped red square"),
                )
            ),
        ),
        T("ok now make variations, 5 of them", varied(5), variations(5)),
        T("hmm tough call... the fourth", same_as(2), pick(4)),
    ),
    conv(
        "sealed-layout-why-grow",
        "upper right / lower left, show layout, why, grow",
        T(
            "I need an orange circle in the upper right and a purple triangle in the lower left, on gray",
            design(O("circle", "orange"), O("triangle", "purple"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="gray"),
            submit(doc(R("circ", TR, "an orange circle"), R("tri", BL, "a purple triangle"), bg="gray")),
        ),
        T("what does the layout look like right now?", kept(), tool("show_layout")),
        T("why is the triangle like that?", kept(), tool("explain_critique")),
        T(
            "fine, just make the triangle bigger",
            design(
                O("circle", "orange"),
                O("triangle", "purple"),
                constraints=[IN(0, "top_right"), IN(1, "bottom_left")],
                background="gray",
                bigger=[O("triangle")],
            ),
            submit(doc(R("circ", TR, "an orange circle"), R("tri", BL_GROWN, "a large purple triangle"), bg="gray")),
        ),
    ),
    conv(
        "sealed-which-square-swap",
        "two squares and a circle, ambiguous swap, swap, start over",
        T(
            "two squares and a circle: red square on the left, blue square on the right, green circle in the middle",
            design(O("square", "red"), O("square", "blue"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right"), IN(2, "center")]),
            submit(doc(R("red", LEFT, "a red square"), R("blue", RIGHT, "a blue square"), R("circ", CENTRE, "a green circle"))),
        ),
        T("swap the square with the circle", kept(), reply="Which square should swap places with the circle, the red or the blue one?"),
        T(
            "the blue one",
            design(O("square", "red"), O("square", "blue"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "center"), IN(2, "right")]),
            submit(doc(R("red", LEFT, "a red square"), R("blue", CENTRE, "a blue square"), R("circ", RIGHT, "a green circle"))),
        ),
        T("hmm, clear it all, I want to start from zero", cleared(), tool("start_over")),
    ),
    conv(
        "sealed-undo-twice-redo",
        "add, recolour both, undo twice, redo",
        T("a yellow circle at the top", design(O("circle", "yellow"), constraints=[IN(0, "top")]), submit(doc(R("circ", TOP, "a yellow circle")))),
        T(
            "add a yellow triangle at the bottom",
            design(O("circle", "yellow"), O("triangle", "yellow"), constraints=[IN(0, "top"), IN(1, "bottom")]),
            submit(doc(R("circ", TOP, "a yellow circle"), R("tri", BOTTOM, "a yellow triangle"))),
        ),
        T(
            "make both of them red",
            design(O("circle", "red"), O("triangle", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]),
            submit(doc(R("circ", TOP, "a red circle"), R("tri", BOTTOM, "a red triangle"))),
        ),
        T("undo", same_as(1), tool("undo")),
        T("undo again", same_as(0), tool("undo")),
        T("go forward one step", same_as(1), tool("redo")),
    ),
]


if __name__ == "__main__":
    from .conversations import main

    main(SEALED, least=(28, 120))
