"""The sixth held-out set of conversations with the image designer for the shapes world: sealed, run it once, to measure.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets: from how
people talk to a chat image designer, without reading any of them. It is sealed: meant to be run once to measure the
agent, never to tune it; a set that is tuned against stops measuring anything.

It uses the builders and the judge of :mod:`regiondit.evals.conversations` (``R`` / ``doc`` / ``submit`` ... for what
an ideal agent would call, ``design`` / ``same_as`` / ``kept`` / ``repainted`` / ``varied`` / ``cleared`` for what a
turn must leave behind). The users are a mix: most write ordinary, clear requests; some are terse, some chatty or
polite, some write non-native English or slang; a few say something genuinely ambiguous, which an ideal designer
answers with one question and no tool call.

    python -m regiondit.evals.conversations_vault   # counts, then the self-check of the set
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
TL_BIG: Box = (0.03, 0.03, 0.45, 0.45)  # area 0.1764, top left: TL grown by about 2.6
BR_BIG: Box = (0.55, 0.55, 0.97, 0.97)  # area 0.1764, bottom right: BR grown by about 2.6
NEXT_L: Box = (0.2, 0.37, 0.46, 0.63)  # area 0.0676, just left of the middle
NEXT_R: Box = (0.54, 0.37, 0.8, 0.63)  # area 0.0676, just right of the middle, level with NEXT_L
NEXT_L_BIG: Box = (0.06, 0.3, 0.46, 0.7)  # area 0.16: NEXT_L grown by about 2.4
NEXT_R_BIG: Box = (0.54, 0.3, 0.94, 0.7)  # area 0.16: NEXT_R grown by about 2.4
SMALL_LEFT: Box = (0.14, 0.42, 0.3, 0.58)  # area 0.0256, centre x 0.22
BIG_RIGHT: Box = (0.54, 0.2, 0.96, 0.8)  # area 0.252, centre x 0.75
SQ_BIGGER: Box = (0.35, 0.33, 0.65, 0.67)  # area 0.102: CENTRE grown by about 1.5, still clear of LEFT and RIGHT
TOP_BIGGER: Box = (0.3, 0.03, 0.7, 0.43)  # area 0.16, top middle: TOP grown by about 2.4
CORNER_DOT: Box = (0.03, 0.03, 0.13, 0.13)  # area 0.01, top left, clear of BIG

VAULT: list[Conversation] = [
    conv(
        "v01",
        "undo and redo",
        T(
            "Hi! Can you make me a red circle in the top left and a blue square in the bottom right?",
            design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
            submit(doc(R("circle", TL, "a red circle"), R("square", BR, "a blue square"))),
        ),
        T(
            "make the circle green instead",
            design(O("circle", "green"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], absent=[O("circle", "red")]),
            submit(doc(R("circle", TL, "a green circle"), R("square", BR, "a blue square"))),
        ),
        T("hmm no, go back", same_as(0), tool("undo")),
        T("actually I did like the green one, put it back", same_as(1), tool("redo")),
    ),
    conv(
        "v02",
        "relations and variations",
        T(
            "i need a yellow triangle to the left of a purple circle, both level in the middle",
            design(O("triangle", "yellow"), O("circle", "purple"), constraints=[C("left_of", 0, 1), C("row", 0, 1)]),
            submit(doc(R("triangle", LEFT, "a yellow triangle"), R("circle", CENTRE, "a purple circle"))),
        ),
        T(
            "put an orange square above the circle",
            design(
                O("triangle", "yellow"),
                O("circle", "purple"),
                O("square", "orange"),
                constraints=[C("left_of", 0, 1), C("row", 0, 1), C("above", 2, 1)],
            ),
            submit(doc(R("triangle", LEFT, "a yellow triangle"), R("circle", CENTRE, "a purple circle"), R("square", TOP, "an orange square"))),
        ),
        T("what did you just change?", kept(), tool("what_changed")),
        T("cool. could you give me 3 versions of this", varied(3), variations(3)),
        T("the second one pls", same_as(3), pick(2)),
    ),
    conv(
        "v03",
        "ordered list and swap",
        T(
            "Three shapes in a row from left to right: a green square, a red triangle, a blue circle.",
            design(O("square", "green"), O("triangle", "red"), O("circle", "blue"), constraints=[C("order_x", 0, 1, 2), C("row", 0, 1, 2)]),
            submit(doc(R("square", LEFT, "a green square"), R("triangle", CENTRE, "a red triangle"), R("circle", RIGHT, "a blue circle"))),
        ),
        T(
            "swap the square and the circle",
            design(O("square", "green"), O("triangle", "red"), O("circle", "blue"), constraints=[C("order_x", 2, 1, 0), C("row", 0, 1, 2)]),
            submit(doc(R("square", RIGHT, "a green square"), R("triangle", CENTRE, "a red triangle"), R("circle", LEFT, "a blue circle"))),
        ),
        T("why did you space them out so much?", kept(), tool("explain_critique")),
        T("ok start fresh please", cleared(), tool("start_over")),
    ),
    conv(
        "v04",
        "counts, texture and repaint",
        T(
            "Draw four striped blue circles in a 2x2 grid",
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
            "make them plain, no stripes",
            design(O("circle", "blue", "solid", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]),
            submit(
                doc(
                    R("c1", TL, "a plain blue circle"),
                    R("c2", TR, "a plain blue circle"),
                    R("c3", BL, "a plain blue circle"),
                    R("c4", BR, "a plain blue circle"),
                )
            ),
        ),
        T("Hmm, the bottom right one came out weird, can you redraw just that one?", repainted(), repaint("c4")),
        T("thanks, that's better", kept(), reply="Glad it looks right now."),
    ),
    conv(
        "v05",
        "clarify, then plan and shrink",
        T("make something nice", kept(), reply="Happy to! What shapes and colours would you like in the picture?"),
        T(
            "uh a big orange circle in the middle i guess",
            design(O("circle", "orange"), constraints=[IN(0, "center"), C("big", 0)]),
            submit(doc(R("circle", BIG, "a big orange circle"))),
        ),
        T(
            "make it smaller",
            design(O("circle", "orange"), constraints=[IN(0, "center")], smaller=[O("circle", "orange")]),
            submit(doc(R("circle", MEDIUM, "an orange circle"))),
        ),
        T("perfect, thx!", kept(), reply="You're welcome!"),
    ),
    conv(
        "v06",
        "background colour",
        T(
            "On a black background put a yellow circle top right and a green triangle bottom left",
            design(O("circle", "yellow"), O("triangle", "green"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="black"),
            submit(doc(R("circle", TR, "a yellow circle"), R("triangle", BL, "a green triangle"), bg="black")),
        ),
        T(
            "can the background be white instead",
            design(O("circle", "yellow"), O("triangle", "green"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")], background="white"),
            submit(doc(R("circle", TR, "a yellow circle"), R("triangle", BL, "a green triangle"), bg="white")),
        ),
        T("nah, the dark one was better. undo that", same_as(0), tool("undo")),
        T("show me the layout", kept(), tool("show_layout")),
    ),
    conv(
        "v07",
        "between, texture, resize and restore",
        T(
            "put a red square between two blue circles, side by side",
            design(O("square", "red"), O("circle", "blue", count=2), constraints=[C("between_x", 0, 1, 2), C("row", 0, 1, 2)]),
            submit(doc(R("left", LEFT, "a blue circle"), R("square", CENTRE, "a red square"), R("right", RIGHT, "a blue circle"))),
        ),
        T(
            "the circles should be striped",
            design(O("square", "red"), O("circle", "blue", "striped", count=2), constraints=[C("between_x", 0, 1, 2)]),
            submit(doc(R("left", LEFT, "a striped blue circle"), R("square", CENTRE, "a red square"), R("right", RIGHT, "a striped blue circle"))),
        ),
        T(
            "and make the square a bit bigger",
            design(O("square", "red"), O("circle", "blue", "striped", count=2), constraints=[C("between_x", 0, 1, 2)], bigger=[O("square", "red")]),
            submit(doc(R("left", LEFT, "a striped blue circle"), R("square", SQ_BIGGER, "a red square"), R("right", RIGHT, "a striped blue circle"))),
        ),
        T("Let's go back to round 1, the very first picture.", same_as(0, by_round=True), restore(1)),
    ),
    conv(
        "v08",
        "small talk only",
        T(
            "hello! what kind of pictures can you make?",
            kept(),
            reply="I draw simple pictures of circles, squares and triangles in different colours, plain or striped, "
            "placed wherever you like on a plain background.",
        ),
        T("can you do animals?", kept(), reply="Not really: I only work with circles, squares and triangles, but you can arrange them into a scene."),
        T("ok, i'll think about it and come back later. bye!", kept(), reply="Sounds good, see you later!"),
    ),
    conv(
        "v09",
        "remove and restore",
        T(
            "A green circle on the left, a red circle in the centre and a green square on the right",
            design(O("circle", "green"), O("circle", "red"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "center"), IN(2, "right")]),
            submit(doc(R("green", LEFT, "a green circle"), R("red", CENTRE, "a red circle"), R("square", RIGHT, "a green square"))),
        ),
        T(
            "get rid of the red one",
            design(O("circle", "green"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")], absent=[O("circle", "red")]),
            submit(doc(R("green", LEFT, "a green circle"), R("square", RIGHT, "a green square"))),
        ),
        T("hmm, take me back to round one", same_as(0, by_round=True), restore(1)),
        T("what's different now compared to a moment ago?", kept(), tool("what_changed")),
    ),
    conv(
        "v10",
        "replace, variations, start over",
        T(
            "Purple triangle top, orange square bottom.",
            design(O("triangle", "purple"), O("square", "orange"), constraints=[IN(0, "top"), IN(1, "bottom"), C("above", 0, 1)]),
            submit(doc(R("triangle", TOP, "a purple triangle"), R("square", BOTTOM, "an orange square"))),
        ),
        T(
            "replace the square with a circle, same colour",
            design(O("triangle", "purple"), O("circle", "orange"), constraints=[IN(0, "top"), IN(1, "bottom")], absent=[O("square")]),
            submit(doc(R("triangle", TOP, "a purple triangle"), R("circle", BOTTOM, "an orange circle"))),
        ),
        T("give me a couple of options", varied(2), variations(2)),
        T("first", same_as(2), pick(1)),
        T("ok now wipe everything, I want something totally different", cleared(), tool("start_over")),
        T(
            "a single tiny red square in the top left corner",
            design(O("square", "red"), constraints=[IN(0, "top_left"), C("small", 0)]),
            submit(doc(R("square", CORNER_DOT, "a tiny red square"))),
        ),
    ),
    conv(
        "v11",
        "ambiguous move",
        T(
            "Blue circle top right, yellow circle bottom left",
            design(O("circle", "blue"), O("circle", "yellow"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
            submit(doc(R("blue", TR, "a blue circle"), R("yellow", BL, "a yellow circle"))),
        ),
        T("move it to the middle", kept(), reply="Which one should go to the middle, the blue circle or the yellow one?"),
        T(
            "the yellow one",
            design(O("circle", "blue"), O("circle", "yellow"), constraints=[IN(0, "top_right"), IN(1, "center")]),
            submit(doc(R("blue", TR, "a blue circle"), R("yellow", CENTRE, "a yellow circle"))),
        ),
        T("ty", kept(), reply="Any time!"),
    ),
    conv(
        "v12",
        "non-native plan and shrink",
        T(
            "please make for me one big square of color red in left side, and small circle green in right side",
            design(
                O("square", "red"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right"), C("big", 0), C("small", 1), C("larger", 0, 1)]
            ),
            submit(doc(R("square", BIG_LEFT, "a big red square"), R("circle", SMALL_RIGHT, "a small green circle"))),
        ),
        T(
            "the square is too much big, do it more small please",
            design(O("square", "red"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")], smaller=[O("square", "red")]),
            submit(doc(R("square", LEFT, "a red square"), R("circle", SMALL_RIGHT, "a small green circle"))),
        ),
        T("is good. but why the circle stay so far in the side?", kept(), tool("explain_critique")),
        T("ok thank you very much", kept(), reply="You're welcome, happy designing!"),
    ),
    conv(
        "v13",
        "vertical order, undo, redo, layout",
        T(
            "Stack three shapes vertically down the middle: a red circle on top, then a yellow square, then a blue triangle at the bottom.",
            design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue"), constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
            submit(doc(R("circle", TOP, "a red circle"), R("square", CENTRE, "a yellow square"), R("triangle", BOTTOM, "a blue triangle"))),
        ),
        T(
            "flip the order so the triangle is on top and the circle at the bottom",
            design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue"), constraints=[C("order_y", 2, 1, 0), C("column", 0, 1, 2)]),
            submit(doc(R("circle", BOTTOM, "a red circle"), R("square", CENTRE, "a yellow square"), R("triangle", TOP, "a blue triangle"))),
        ),
        T("undo", same_as(0), tool("undo")),
        T("redo", same_as(1), tool("redo")),
        T("list what's in the picture right now and where each thing sits", kept(), tool("show_layout")),
    ),
    conv(
        "v14",
        "halves, add, variations",
        T(
            "All the circles in the left half and all the squares in the right half: two red circles and two blue squares.",
            design(
                O("circle", "red", count=2), O("square", "blue", count=2), constraints=[IN(0, "left"), IN(1, "left"), IN(2, "right"), IN(3, "right")]
            ),
            submit(doc(R("c1", TL, "a red circle"), R("c2", BL, "a red circle"), R("s1", TR, "a blue square"), R("s2", BR, "a blue square"))),
        ),
        T(
            "add a green triangle in the bottom half, centred left to right",
            design(
                O("circle", "red", count=2),
                O("square", "blue", count=2),
                O("triangle", "green"),
                constraints=[IN(0, "left"), IN(1, "left"), IN(2, "right"), IN(3, "right"), IN(4, "bottom")],
            ),
            submit(
                doc(
                    R("c1", TL, "a red circle"),
                    R("c2", BL, "a red circle"),
                    R("s1", TR, "a blue square"),
                    R("s2", BR, "a blue square"),
                    R("triangle", BOTTOM, "a green triangle"),
                )
            ),
        ),
        T("3 variations please", varied(3), variations(3)),
        T("I'll take number 3", same_as(2), pick(3)),
        T("so what changed?", kept(), tool("what_changed")),
    ),
    conv(
        "v15",
        "repaint twice, then restore the first",
        T(
            "one big striped green triangle in the center",
            design(O("triangle", "green", "striped"), constraints=[IN(0, "center"), C("big", 0)]),
            submit(doc(R("triangle", BIG, "a big striped green triangle"))),
        ),
        T("the stripes look messy, redraw it", repainted(), repaint("triangle")),
        T("hmm, try once more", repainted(), repaint("triangle")),
        T("the first attempt was the best one actually, can I have that back?", same_as(0, by_round=True), restore(1)),
    ),
    conv(
        "v16",
        "ambiguous pop, then resize both",
        T(
            "a small purple circle in the bottom right and an orange triangle top left",
            design(O("circle", "purple"), O("triangle", "orange"), constraints=[IN(0, "bottom_right"), IN(1, "top_left"), C("small", 0)]),
            submit(doc(R("circle", BR, "a small purple circle"), R("triangle", TL, "an orange triangle"))),
        ),
        T("make it pop more", kept(), reply="What would make it pop for you: bigger shapes, different colours, or another background?"),
        T(
            "bigger, both of them",
            design(
                O("circle", "purple"),
                O("triangle", "orange"),
                constraints=[IN(0, "bottom_right"), IN(1, "top_left")],
                bigger=[O("circle", "purple"), O("triangle", "orange")],
            ),
            submit(doc(R("circle", BR_BIG, "a purple circle"), R("triangle", TL_BIG, "an orange triangle"))),
        ),
        T("nice, thanks a lot", kept(), reply="My pleasure!"),
    ),
    conv(
        "v17",
        "moves, then undo two steps",
        T(
            "Put a yellow square in the top half and a red triangle below it",
            design(O("square", "yellow"), O("triangle", "red"), constraints=[IN(0, "top"), C("above", 0, 1)]),
            submit(doc(R("square", TOP, "a yellow square"), R("triangle", BOTTOM, "a red triangle"))),
        ),
        T(
            "move the triangle to the bottom right corner",
            design(O("square", "yellow"), O("triangle", "red"), constraints=[IN(0, "top"), IN(1, "bottom_right")]),
            submit(doc(R("square", TOP, "a yellow square"), R("triangle", BR, "a red triangle"))),
        ),
        T(
            "and the square to the top left",
            design(O("square", "yellow"), O("triangle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
            submit(doc(R("square", TL, "a yellow square"), R("triangle", BR, "a red triangle"))),
        ),
        T("actually undo both of those moves", same_as(0), tool("undo"), tool("undo")),
    ),
    conv(
        "v18",
        "next to, layout, why, resize",
        T(
            "draw a blue triangle next to a green square",
            design(O("triangle", "blue"), O("square", "green"), constraints=[C("row", 0, 1)]),
            submit(doc(R("triangle", NEXT_L, "a blue triangle"), R("square", NEXT_R, "a green square"))),
        ),
        T("where exactly did you put everything?", kept(), tool("show_layout")),
        T("why is there so much empty space around them?", kept(), tool("explain_critique")),
        T(
            "make both of them bigger then",
            design(O("triangle", "blue"), O("square", "green"), constraints=[C("row", 0, 1)], bigger=[O("triangle", "blue"), O("square", "green")]),
            submit(doc(R("triangle", NEXT_L_BIG, "a blue triangle"), R("square", NEXT_R_BIG, "a green square"))),
        ),
    ),
    conv(
        "v19",
        "grid of six, texture, start over, background",
        T(
            "six small orange squares, two rows of three",
            design(O("square", "orange", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5, arg="2x3"), C("small", 0, 1, 2, 3, 4, 5)]),
            submit(
                doc(
                    R("s1", TL, "a small orange square"),
                    R("s2", TOP, "a small orange square"),
                    R("s3", TR, "a small orange square"),
                    R("s4", BL, "a small orange square"),
                    R("s5", BOTTOM, "a small orange square"),
                    R("s6", BR, "a small orange square"),
                )
            ),
        ),
        T(
            "give all of them stripes",
            design(O("square", "orange", "striped", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]),
            submit(
                doc(
                    R("s1", TL, "a small striped orange square"),
                    R("s2", TOP, "a small striped orange square"),
                    R("s3", TR, "a small striped orange square"),
                    R("s4", BL, "a small striped orange square"),
                    R("s5", BOTTOM, "a small striped orange square"),
                    R("s6", BR, "a small striped orange square"),
                )
            ),
        ),
        T("change of mind, clear it all", cleared(), tool("start_over")),
        T(
            "just a green circle on a grey background",
            design(O("circle", "green"), background="gray"),
            submit(doc(R("circle", CENTRE, "a green circle"), bg="gray")),
        ),
    ),
    conv(
        "v20",
        "ambiguous recolour",
        T(
            "a red square and a red circle side by side",
            design(O("square", "red"), O("circle", "red"), constraints=[C("row", 0, 1)]),
            submit(doc(R("square", NEXT_L, "a red square"), R("circle", NEXT_R, "a red circle"))),
        ),
        T("change the colour", kept(), reply="Which one should change, the square or the circle, and to what colour?"),
        T(
            "the circle, make it blue",
            design(O("square", "red"), O("circle", "blue"), constraints=[C("row", 0, 1), C("left_of", 0, 1)], absent=[O("circle", "red")]),
            submit(doc(R("square", NEXT_L, "a red square"), R("circle", NEXT_R, "a blue circle"))),
        ),
        T("what did you change exactly?", kept(), tool("what_changed")),
    ),
    conv(
        "v21",
        "terse user",
        T(
            "red tri, center, big",
            design(O("triangle", "red"), constraints=[IN(0, "center"), C("big", 0)]),
            submit(doc(R("triangle", BIG, "a big red triangle"))),
        ),
        T(
            "bg black",
            design(O("triangle", "red"), constraints=[IN(0, "center"), C("big", 0)], background="black"),
            submit(doc(R("triangle", BIG, "a big red triangle"), bg="black")),
        ),
        T(
            "+ tiny blue circle top left",
            design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "center"), IN(1, "top_left"), C("small", 1)], background="black"),
            submit(doc(R("triangle", BIG, "a big red triangle"), R("circle", CORNER_DOT, "a tiny blue circle"), bg="black")),
        ),
        T("undo", same_as(1), tool("undo")),
        T("redo", same_as(2), tool("redo")),
    ),
    conv(
        "v22",
        "chatty build-up and restore round 2",
        T(
            "Good morning! I'm making a little poster for my kid's classroom. Could you start with a bright yellow "
            "circle up in the top right corner, like a sun?",
            design(O("circle", "yellow"), constraints=[IN(0, "top_right")]),
            submit(doc(R("sun", TR, "a bright yellow circle"))),
        ),
        T(
            "Lovely. Now could you add a green square along the bottom, kind of like grass? Thank you!",
            design(O("circle", "yellow"), O("square", "green"), constraints=[IN(0, "top_right"), IN(1, "bottom")]),
            submit(doc(R("sun", TR, "a bright yellow circle"), R("grass", BOTTOM, "a green square"))),
        ),
        T(
            "And maybe a red triangle on the left, sitting above the grass",
            design(
                O("circle", "yellow"),
                O("square", "green"),
                O("triangle", "red"),
                constraints=[IN(0, "top_right"), IN(1, "bottom"), IN(2, "left"), C("above", 2, 1)],
            ),
            submit(doc(R("sun", TR, "a bright yellow circle"), R("grass", BOTTOM, "a green square"), R("roof", LEFT, "a red triangle"))),
        ),
        T("Hmm, I think it was cleaner with just the sun and the grass. Can we return to round 2?", same_as(1, by_round=True), restore(2)),
        T("Thanks so much, that's perfect!", kept(), reply="Glad you like it, good luck with the poster!"),
    ),
    conv(
        "v23",
        "variations, pick, repaint one part",
        T(
            "Two striped purple triangles, one in the top left and one in the bottom right",
            design(O("triangle", "purple", "striped", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
            submit(doc(R("t1", TL, "a striped purple triangle"), R("t2", BR, "a striped purple triangle"))),
        ),
        T("show me 4 different takes on this", varied(4), variations(4)),
        T("go with #4", same_as(1), pick(4)),
        T("redo the top left one, it's blurry", repainted(), repaint("t1")),
        T("what changed just now", kept(), tool("what_changed")),
    ),
    conv(
        "v24",
        "ambiguous add",
        T(
            "a blue circle on the left and a yellow square on the right",
            design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]),
            submit(doc(R("circle", LEFT, "a blue circle"), R("square", RIGHT, "a yellow square"))),
        ),
        T("add one more", kept(), reply="One more of what: another circle, another square, or a triangle?"),
        T(
            "another circle, same blue, at the bottom",
            design(O("circle", "blue", count=2), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "bottom"), IN(2, "right")]),
            submit(doc(R("circle", LEFT, "a blue circle"), R("square", RIGHT, "a yellow square"), R("circle2", BOTTOM, "a blue circle"))),
        ),
        T("show me the layout pls", kept(), tool("show_layout")),
    ),
    conv(
        "v25",
        "sizes and swapping sizes",
        T(
            "a big red circle and a smaller blue circle to its right",
            design(O("circle", "red"), O("circle", "blue"), constraints=[C("larger", 0, 1), C("left_of", 0, 1)]),
            submit(doc(R("red", BIG_LEFT, "a big red circle"), R("blue", SMALL_RIGHT, "a small blue circle"))),
        ),
        T(
            "now swap their sizes, keep them where they are",
            design(
                O("circle", "red"),
                O("circle", "blue"),
                constraints=[C("larger", 1, 0), C("left_of", 0, 1)],
                bigger=[O("circle", "blue")],
                smaller=[O("circle", "red")],
            ),
            submit(doc(R("red", SMALL_LEFT, "a small red circle"), R("blue", BIG_RIGHT, "a big blue circle"))),
        ),
        T("that's it, thx", kept(), reply="Great, enjoy!"),
    ),
    conv(
        "v26",
        "start over by mistake",
        T(
            "Could I get an orange triangle in the right half and a green circle in the left half?",
            design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "right"), IN(1, "left")]),
            submit(doc(R("triangle", RIGHT, "an orange triangle"), R("circle", LEFT, "a green circle"))),
        ),
        T("Let's start over.", cleared(), tool("start_over")),
        T("oops, I didn't mean that! bring it back", same_as(0), tool("undo")),
        T(
            "phew. now put a striped yellow square in the middle",
            design(
                O("triangle", "orange"),
                O("circle", "green"),
                O("square", "yellow", "striped"),
                constraints=[IN(0, "right"), IN(1, "left"), IN(2, "center")],
            ),
            submit(
                doc(R("triangle", RIGHT, "an orange triangle"), R("circle", LEFT, "a green circle"), R("square", CENTRE, "a striped yellow square"))
            ),
        ),
    ),
    conv(
        "v27",
        "remove the middle, ambiguous resize",
        T(
            "three circles: red, green and blue, in that order from top to bottom",
            design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
            submit(doc(R("red", TOP, "a red circle"), R("green", CENTRE, "a green circle"), R("blue", BOTTOM, "a blue circle"))),
        ),
        T(
            "remove the middle one",
            design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "bottom")], absent=[O("circle", "green")]),
            submit(doc(R("red", TOP, "a red circle"), R("blue", BOTTOM, "a blue circle"))),
        ),
        T("make it bigger", kept(), reply="Which circle should get bigger, the red one or the blue one?"),
        T(
            "the red",
            design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "bottom")], bigger=[O("circle", "red")]),
            submit(doc(R("red", TOP_BIGGER, "a red circle"), R("blue", BOTTOM, "a blue circle"))),
        ),
    ),
    conv(
        "v28",
        "corners and repainting two parts",
        T(
            "Make a picture with a blue square in each corner",
            design(O("square", "blue", count=4), constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]),
            submit(doc(R("s1", TL, "a blue square"), R("s2", TR, "a blue square"), R("s3", BL, "a blue square"), R("s4", BR, "a blue square"))),
        ),
        T(
            "and a red circle dead centre",
            design(
                O("square", "blue", count=4),
                O("circle", "red"),
                constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right"), IN(4, "center")],
            ),
            submit(
                doc(
                    R("s1", TL, "a blue square"),
                    R("s2", TR, "a blue square"),
                    R("s3", BL, "a blue square"),
                    R("s4", BR, "a blue square"),
                    R("circle", CENTRE, "a red circle"),
                )
            ),
        ),
        T("the two top squares look off, could you paint those again?", repainted(), repaint("s1", "s2")),
        T("why did the first version need fixing?", kept(), tool("explain_critique")),
    ),
    conv(
        "v29",
        "texture swap, position swap, restore, layout",
        T(
            "a striped orange circle above a plain purple square",
            design(O("circle", "orange", "striped"), O("square", "purple", "solid"), constraints=[C("above", 0, 1)]),
            submit(doc(R("circle", TOP, "a striped orange circle"), R("square", BOTTOM, "a plain purple square"))),
        ),
        T(
            "switch the textures: circle plain, square striped",
            design(O("circle", "orange", "solid"), O("square", "purple", "striped"), constraints=[C("above", 0, 1)]),
            submit(doc(R("circle", TOP, "a plain orange circle"), R("square", BOTTOM, "a striped purple square"))),
        ),
        T(
            "now swap where they are too",
            design(O("circle", "orange", "solid"), O("square", "purple", "striped"), constraints=[C("above", 1, 0)]),
            submit(doc(R("circle", BOTTOM, "a plain orange circle"), R("square", TOP, "a striped purple square"))),
        ),
        T("meh. bring back the very first image", same_as(0, by_round=True), restore(1)),
        T("ok what's where now?", kept(), tool("show_layout")),
    ),
    conv(
        "v30",
        "vague fix, then remove one of two",
        T(
            "two green triangles at the top and a yellow circle at the bottom",
            design(O("triangle", "green", count=2), O("circle", "yellow"), constraints=[IN(0, "top"), IN(1, "top"), C("row", 0, 1), IN(2, "bottom")]),
            submit(doc(R("t1", TL, "a green triangle"), R("t2", TR, "a green triangle"), R("circle", BOTTOM, "a yellow circle"))),
        ),
        T("fix it", kept(), reply="What would you like me to fix: the positions, the colours, or something else?"),
        T(
            "take away the triangle on the right",
            design(O("triangle", "green"), O("circle", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom")]),
            submit(doc(R("t1", TL, "a green triangle"), R("circle", BOTTOM, "a yellow circle"))),
        ),
        T("thanks. show me the final layout", kept(), tool("show_layout")),
    ),
    conv(
        "v31",
        "polite, vertical between, variations",
        T(
            "Hi there, would you mind drawing a blue circle at the top, another blue circle at the bottom, and a red triangle right between them?",
            design(O("circle", "blue", count=2), O("triangle", "red"), constraints=[C("between_y", 2, 0, 1)]),
            submit(doc(R("c1", TOP, "a blue circle"), R("c2", BOTTOM, "a blue circle"), R("triangle", CENTRE, "a red triangle"))),
        ),
        T(
            "Could the triangle be a bit smaller, please?",
            design(O("circle", "blue", count=2), O("triangle", "red"), constraints=[C("between_y", 2, 0, 1)], smaller=[O("triangle", "red")]),
            submit(doc(R("c1", TOP, "a blue circle"), R("c2", BOTTOM, "a blue circle"), R("triangle", SMALL, "a small red triangle"))),
        ),
        T("Thanks! Could you show me three variations?", varied(3), variations(3)),
        T("Hmm, I'd go with the last one", same_as(2), pick(3)),
        T("Wonderful, thank you!", kept(), reply="You're very welcome!"),
    ),
    conv(
        "v32",
        "replace shape, why, start over",
        T(
            "yellow square in the center, white background",
            design(O("square", "yellow"), constraints=[IN(0, "center")], background="white"),
            submit(doc(R("shape", CENTRE, "a yellow square"), bg="white")),
        ),
        T(
            "turn the square into a triangle",
            design(O("triangle", "yellow"), constraints=[IN(0, "center")], absent=[O("square")], background="white"),
            submit(doc(R("shape", CENTRE, "a yellow triangle"), bg="white")),
        ),
        T("why did that take a couple of tries?", kept(), tool("explain_critique")),
        T("ok, start over", cleared(), tool("start_over")),
    ),
    conv(
        "v33",
        "slang",
        T(
            "yo gimme a chunky green square smack in the middle",
            design(O("square", "green"), constraints=[IN(0, "center"), C("big", 0)]),
            submit(doc(R("square", BIG, "a big green square"))),
        ),
        T(
            "nah too chunky, shrink it",
            design(O("square", "green"), constraints=[IN(0, "center")], smaller=[O("square", "green")]),
            submit(doc(R("square", MEDIUM, "a green square"))),
        ),
        T(
            "lol ok now slap a red circle in the top right",
            design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "center"), IN(1, "top_right")]),
            submit(doc(R("square", MEDIUM, "a green square"), R("circle", TR, "a red circle"))),
        ),
        T("bruh no, lose the circle, go back one", same_as(1), tool("undo")),
    ),
    conv(
        "v34",
        "vague start, between, variations",
        T("draw some shapes", kept(), reply="Sure, which shapes and colours would you like?"),
        T(
            "two circles, purple, left and right",
            design(O("circle", "purple", count=2), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]),
            submit(doc(R("c1", LEFT, "a purple circle"), R("c2", RIGHT, "a purple circle"))),
        ),
        T(
            "add an orange triangle between them",
            design(O("circle", "purple", count=2), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "right"), C("between_x", 2, 0, 1)]),
            submit(doc(R("c1", LEFT, "a purple circle"), R("c2", RIGHT, "a purple circle"), R("triangle", CENTRE, "an orange triangle"))),
        ),
        T("3 variants", varied(3), variations(3)),
        T("hmm ok, the 1st one", same_as(3), pick(1)),
    ),
]


if __name__ == "__main__":
    from .conversations import main

    main(VAULT, least=(30, 125))
