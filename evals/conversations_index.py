"""A held-out set of recorded conversations with the image designer (the "index" set), written independently of the agent.

It was written from how everyday people talk to a designer that draws coloured shapes, reading only
:mod:`regiondit.evals.conversations` (the builders, the judge :func:`~regiondit.evals.conversations.check_turn` and the
self-check) and :mod:`regiondit.evals.paraphrases` (the shapes, colours, textures, sizes and places), and nothing of the agent
(``agent/``), its tools (``tools/``), its tests or the other conversation sets. It leans on people who put two or three requests
in one message, who describe the picture by what it is for (a snowman, a traffic light, a face, a house, a flower) while still
naming the shapes, who point at objects by size, order, position or texture ("the bigger one", "the second from the left",
"the striped one", "the one in the corner"), who correct themselves mid-message, and who ask questions between edits; around
them, initial designs, edits of every kind, undo / redo / rounds, variations, repaints, starting over and vague requests that
deserve a question back.

    python -m regiondit.evals.conversations_index   # counts, then the self-check of conversations.py on this set
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
    RIGHT,
    SMALL_RIGHT,
    TINY_TL,
    TL,
    TOP,
    TR,
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


def _index() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # --- pictures described by what they are for ------------------------------------------------------------------------

    # A snowman of three stacked circles, biggest at the bottom; then the head, a nose beside it, and a dark backdrop.
    head, middle, base = (0.42, 0.08, 0.58, 0.24), (0.36, 0.28, 0.64, 0.54), (0.28, 0.58, 0.72, 0.96)
    a = doc(R("circle_0", head, "a blue circle"), R("circle_1", middle, "a blue circle"), R("circle_2", base, "a blue circle"))
    b = doc(R("circle_0", head, "a yellow circle"), R("circle_1", middle, "a blue circle"), R("circle_2", base, "a blue circle"))
    c = doc(*b["regions"], R("triangle_3", (0.6, 0.1, 0.72, 0.22), "an orange triangle"))
    d = doc(*c["regions"], bg="black")
    add(conv("snowman-build", "purpose",
             T("Let's build a snowman! Three circles stacked up: a big one at the bottom, a medium one in the middle and a small one "
               "on top for the head. All of them blue please.",
               design(O("circle", "blue", count=3), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2), C("larger", 1, 0),
                                                                  C("larger", 2, 1)]), submit(a)),
             T("make his head yellow",
               design(O("circle", "blue", count=2), O("circle", "yellow"),
                      constraints=[C("above", 2, 0), C("above", 2, 1), C("larger", 0, 2), C("larger", 1, 2)]), submit(b)),
             T("he needs a carrot nose: a little orange triangle just to the right of the head",
               design(O("circle", "blue", count=2), O("circle", "yellow"), O("triangle", "orange"),
                      constraints=[C("left_of", 2, 3), C("above", 3, 0), C("above", 3, 1), C("small", 3)]), submit(c)),
             T("put him on a black background so he stands out",
               design(O("circle", "blue", count=2), O("circle", "yellow"), O("triangle", "orange"), background="black"), submit(d))))

    # A traffic light, then two changes in one breath, a question about them and a step back.
    hi, mid, lo = (0.38, 0.06, 0.62, 0.3), (0.38, 0.38, 0.62, 0.62), (0.38, 0.7, 0.62, 0.94)
    a = doc(R("circle_0", hi, "a red circle"), R("circle_1", mid, "a yellow circle"), R("circle_2", lo, "a green circle"))
    b = doc(R("circle_0", (0.42, 0.1, 0.58, 0.26), "a red circle"), R("circle_1", (0.42, 0.42, 0.58, 0.58), "a yellow circle"),
            R("circle_2", (0.42, 0.74, 0.58, 0.9), "a green circle"), bg="black")
    lights = (O("circle", "red"), O("circle", "yellow"), O("circle", "green"))
    add(conv("traffic-light", "purpose",
             T("I need a traffic light for a slide. Three circles in a vertical line, red at the top, yellow in the middle, green at "
               "the bottom.", design(*lights, constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(a)),
             T("good. now put it on black and make the lights smaller",
               design(*lights, constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)], background="black", smaller=lights), submit(b)),
             T("what exactly did you change there?", kept(), tool("what_changed")),
             T("hmm, I liked it better before. put it back", same_as(0), tool("undo"))))

    # A face: eyes, mouth, then a nose between them; a question and a repaint of one feature.
    eye_l, eye_r, mouth = (0.2, 0.15, 0.4, 0.35), (0.6, 0.15, 0.8, 0.35), (0.38, 0.64, 0.62, 0.88)
    a = doc(R("circle_0", eye_l, "a blue circle"), R("circle_1", eye_r, "a blue circle"), R("square_2", mouth, "a red square"))
    b = doc(R("circle_0", eye_l, "a green circle"), R("circle_1", eye_r, "a blue circle"), R("square_2", mouth, "a red square"))
    c = doc(*b["regions"], R("triangle_3", (0.43, 0.4, 0.57, 0.56), "a yellow triangle"))
    add(conv("shape-face", "purpose",
             T("draw me a simple face: two blue circles next to each other near the top as eyes, and a red square under them in the "
               "middle as the mouth",
               design(O("circle", "blue", count=2), O("square", "red"),
                      constraints=[C("row", 0, 1), IN(0, "top"), IN(1, "top"), C("above", 0, 2), C("above", 1, 2),
                                   C("between_x", 2, 0, 1)]), submit(a)),
             T("ha, make the left eye green",
               design(O("circle", "green"), O("circle", "blue"), O("square", "red"),
                      constraints=[C("left_of", 0, 1), C("row", 0, 1), C("above", 0, 2)]), submit(b)),
             T("it needs a nose. a yellow triangle between the eyes and the mouth",
               design(O("circle", "green"), O("circle", "blue"), O("square", "red"), O("triangle", "yellow"),
                      constraints=[C("between_y", 3, 0, 2)]), submit(c)),
             T("why does the mouth look kind of squashed?", kept(), tool("explain_critique")),
             T("ok, could you have another go at only the mouth", repainted(), repaint("square_2"))))

    # A house (square + roof), then a roof colour and a sun in one message, then a smaller sun.
    wall, roof = (0.35, 0.45, 0.65, 0.75), (0.35, 0.15, 0.65, 0.43)
    a = doc(R("square_0", wall, "an orange square"), R("triangle_1", roof, "a red triangle"))
    b = doc(R("square_0", wall, "an orange square"), R("triangle_1", roof, "a purple triangle"), R("circle_2", TR, "a yellow circle"))
    c = doc(R("square_0", wall, "an orange square"), R("triangle_1", roof, "a purple triangle"),
            R("circle_2", (0.76, 0.08, 0.92, 0.24), "a yellow circle"))
    add(conv("little-house", "purpose",
             T("I'd like a little house: an orange square with a red triangle sitting on top of it for the roof",
               design(O("square", "orange"), O("triangle", "red"), constraints=[C("above", 1, 0)]), submit(a)),
             T("nice! make the roof purple, and can you add a yellow circle up in the top right corner as the sun?",
               design(O("square", "orange"), O("triangle", "purple"), O("circle", "yellow"),
                      constraints=[C("above", 1, 0), IN(2, "top_right")], absent=[O("triangle", "red")]), submit(b)),
             T("the sun is way too big, tone it down",
               design(O("square", "orange"), O("triangle", "purple"), O("circle", "yellow"), constraints=[IN(2, "top_right")],
                      smaller=[O("circle", "yellow")]), submit(c))))

    # A flower: a centre with four petals around it, petals recoloured, then a stem below.
    core = (0.4, 0.32, 0.6, 0.52)
    petals = {"top": (0.42, 0.12, 0.58, 0.28), "bottom": (0.42, 0.56, 0.58, 0.72), "left": (0.2, 0.34, 0.36, 0.5),
              "right": (0.64, 0.34, 0.8, 0.5)}

    def flower(colour: str) -> list[dict]:
        return [R("circle_0", core, "a yellow circle")] + [R(f"circle_{i + 1}", box, f"a {colour} circle") for i, box in
                                                           enumerate(petals.values())]

    a = doc(*flower("red"))
    b = doc(*flower("purple"))
    c = doc(*flower("purple"), R("square_5", (0.44, 0.76, 0.56, 0.94), "a green square"))
    around = [C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)]
    add(conv("flower-petals", "purpose",
             T("can you draw a flower? a yellow circle in the middle and four red circles around it, one above, one below and one "
               "on each side", design(O("circle", "yellow"), O("circle", "red", count=4), constraints=around), submit(a)),
             T("purple petals would be prettier",
               design(O("circle", "yellow"), O("circle", "purple", count=4), constraints=around, absent=[O("circle", "red")]), submit(b)),
             T("give it a stem - a green square underneath the bottom petal",
               design(O("circle", "yellow"), O("circle", "purple", count=4), O("square", "green"),
                      constraints=[*around, C("order_y", 1, 0, 2, 5)]), submit(c)),
             T("can you list each piece and where it sits?", kept(), tool("show_layout"))))

    # A caterpillar: a row of circles with a red head; the head grows, the tail turns yellow, and that is taken back.
    xs = ((0.05, 0.19), (0.24, 0.38), (0.43, 0.57), (0.62, 0.76), (0.81, 0.95))
    seg = [(x0, 0.43, x1, 0.57) for x0, x1 in xs]
    a = doc(R("circle_0", seg[0], "a red circle"), *(R(f"circle_{i}", seg[i], "a green circle") for i in range(1, 5)))
    big_head = (0.02, 0.38, 0.21, 0.62)
    b = doc(R("circle_0", big_head, "a red circle"), *(R(f"circle_{i}", seg[i], "a green circle") for i in range(1, 5)))
    c = doc(R("circle_0", big_head, "a red circle"), *(R(f"circle_{i}", seg[i], "a green circle") for i in range(1, 4)),
            R("circle_4", seg[4], "a yellow circle"))
    head_first = [C("left_of", 0, k) for k in range(1, 5)]
    add(conv("caterpillar", "purpose",
             T("for my kid: a caterpillar made of five circles in a horizontal row. the leftmost one is the head and should be red, "
               "the other four green",
               design(O("circle", "red"), O("circle", "green", count=4), constraints=[C("row", 0, 1, 2, 3, 4), *head_first]), submit(a)),
             T("the head should be bigger than the body segments",
               design(O("circle", "red"), O("circle", "green", count=4), constraints=[*head_first, *(C("larger", 0, k) for k in range(1, 5))],
                      bigger=[O("circle", "red")]), submit(b)),
             T("cute. and paint the tail end, the circle at the far right, yellow",
               design(O("circle", "red"), O("circle", "green", count=3), O("circle", "yellow"),
                      constraints=[*head_first, *(C("left_of", k, 4) for k in range(1, 4))]), submit(c)),
             T("no, the yellow tail was a bad idea, take that back", same_as(1), tool("undo"))))

    # A pyramid of squares, its tip turned into a triangle, then a clean slate and a question on the empty canvas.
    rows = [(0.1, 0.7, 0.3, 0.9), (0.4, 0.7, 0.6, 0.9), (0.7, 0.7, 0.9, 0.9), (0.25, 0.45, 0.45, 0.65), (0.55, 0.45, 0.75, 0.65)]
    tip = (0.4, 0.2, 0.6, 0.4)
    a = doc(*(R(f"square_{i}", rows[i], "a blue square") for i in range(3)), *(R(f"square_{i}", rows[i], "an orange square") for i in (3, 4)),
            R("square_5", tip, "a red square"))
    b = doc(*a["regions"][:5], R("triangle_6", tip, "a red triangle"))
    add(conv("square-pyramid", "purpose",
             T("stack squares into a pyramid: three blue ones along the bottom, two orange ones resting on those, and a single red one "
               "at the very top",
               design(O("square", "blue", count=3), O("square", "orange", count=2), O("square", "red"),
                      constraints=[C("row", 0, 1, 2), C("row", 3, 4), C("order_y", 5, 3, 0), C("between_x", 5, 3, 4)]), submit(a)),
             T("swap the top square for a triangle, still red",
               design(O("square", "blue", count=3), O("square", "orange", count=2), O("triangle", "red"),
                      constraints=[C("order_y", 5, 3, 0)], absent=[O("square", "red")]), submit(b)),
             T("I want to try something else entirely, wipe it", cleared(), tool("start_over")),
             T("is anything still on the canvas?", cleared(),
               reply="No, the canvas is empty now. What would you like to draw next?")))

    # A sailboat that does not work out; a fresh picture of a sun and puddles instead.
    a = doc(R("triangle_0", (0.35, 0.15, 0.65, 0.5), "a yellow triangle"), R("square_1", (0.3, 0.55, 0.7, 0.8), "a blue square"))
    b = doc(R("circle_0", (0.04, 0.04, 0.46, 0.46), "an orange circle"), R("circle_1", (0.1, 0.75, 0.22, 0.87), "a blue circle"),
            R("circle_2", (0.44, 0.75, 0.56, 0.87), "a blue circle"), R("circle_3", (0.78, 0.75, 0.9, 0.87), "a blue circle"))
    add(conv("boat-then-sun", "start_over",
             T("a sailboat: a yellow triangle for the sail, sitting above a blue square for the hull",
               design(O("triangle", "yellow"), O("square", "blue"), constraints=[C("above", 0, 1)]), submit(a)),
             T("nah, it doesn't read as a boat. clear everything", cleared(), tool("start_over")),
             T("let's do weather instead: a big orange circle in the top left for the sun, and three small blue circles in a row "
               "along the bottom, like puddles",
               design(O("circle", "orange"), O("circle", "blue", count=3),
                      constraints=[C("big", 0), IN(0, "top_left"), C("row", 1, 2, 3), IN(1, "bottom"), IN(2, "bottom"), IN(3, "bottom"),
                                   C("small", 1, 2, 3)], absent=[O("triangle"), O("square")]), submit(b))))

    # --- several requests in one message -----------------------------------------------------------------------------------

    a = doc(R("circle_0", CENTRE, "a red circle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", (0.11, 0.7, 0.27, 0.86), "an orange square"))
    c = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", (0.11, 0.7, 0.27, 0.86), "a green square"))
    add(conv("three-in-one", "multi_request",
             T("red circle, middle of the canvas", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("make the circle blue and move it left, then add a small square under it",
               design(O("circle", "blue"), O("square"), constraints=[IN(0, "left"), C("above", 0, 1), C("small", 1)],
                      absent=[O("circle", "red")]), submit(b)),
             T("which colour did the square end up? show me the layout", kept(), tool("show_layout")),
             T("go with green for the square",
               design(O("circle", "blue"), O("square", "green"), constraints=[IN(0, "left"), C("above", 0, 1)]), submit(c))))

    # One centre, three additions in one list; the triangles go, then come back.
    sun = (0.28, 0.28, 0.72, 0.72)
    a = doc(R("circle_0", sun, "a yellow circle"))
    b = doc(R("circle_0", sun, "a yellow circle"), R("triangle_1", (0.42, 0.06, 0.58, 0.22), "a red triangle"),
            R("triangle_2", (0.42, 0.78, 0.58, 0.94), "a red triangle"), R("square_3", (0.78, 0.42, 0.94, 0.58), "a blue square"))
    c = doc(R("circle_0", sun, "a yellow circle"), R("square_3", (0.78, 0.42, 0.94, 0.58), "a blue square"))
    add(conv("add-around-centre", "multi_request",
             T("start with a big yellow circle in the centre", design(O("circle", "yellow"), constraints=[C("big", 0), IN(0, "center")]),
               submit(a)),
             T("now three things: a small red triangle above it, another small red triangle below it, and a blue square to its right",
               design(O("circle", "yellow"), O("triangle", "red", count=2), O("square", "blue"),
                      constraints=[C("above", 1, 0), C("above", 0, 2), C("left_of", 0, 3)]), submit(b)),
             T("remove both triangles",
               design(O("circle", "yellow"), O("square", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("triangle")]), submit(c)),
             T("bring the triangles back", same_as(1), tool("undo"))))

    # Recolour and stripe in one message, followed by variations; pick one; a question.
    a = doc(R("circle_0", TOP, "a red circle"), R("triangle_1", BOTTOM, "a green triangle"))
    b = doc(R("circle_0", TOP, "a red circle"), R("triangle_1", BOTTOM, "a striped green triangle"))
    add(conv("edit-and-versions", "multi_request",
             T("a red circle above a green triangle", design(O("circle", "red"), O("triangle", "green"), constraints=[C("above", 0, 1)]),
               submit(a)),
             T("give the triangle stripes and then show me three different versions of the result",
               design(O("circle", "red"), O("triangle", "green", "striped"), constraints=[C("above", 0, 1)]), submit(b), variations(3)),
             T("I'll take version 1", same_as(1), pick(1)),
             T("why does the circle look slightly oval?", kept(), tool("explain_critique"))))

    # Swap colours, then positions, then ask for the layout.
    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("circle_1", RIGHT, "an orange circle"))
    b = doc(R("triangle_0", LEFT, "an orange triangle"), R("circle_1", RIGHT, "a blue circle"))
    c = doc(R("triangle_0", RIGHT, "an orange triangle"), R("circle_1", LEFT, "a blue circle"))
    add(conv("swap-colours-then-places", "swap",
             T("blue triangle on the left, orange circle on the right",
               design(O("triangle", "blue"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("can they trade colours?",
               design(O("triangle", "orange"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("triangle", "blue"), O("circle", "orange")]), submit(b)),
             T("and now trade places too",
               design(O("triangle", "orange"), O("circle", "blue"), constraints=[C("left_of", 1, 0)]), submit(c)),
             T("where is everything now, exactly?", kept(), tool("show_layout"))))

    # --- pointing at objects by size, order, position or texture -----------------------------------------------------------

    big_r, small_l = (0.54, 0.2, 0.96, 0.8), (0.14, 0.42, 0.3, 0.58)
    a = doc(R("triangle_0", BIG_LEFT, "a purple triangle"), R("triangle_1", SMALL_RIGHT, "a purple triangle"))
    b = doc(R("triangle_0", BIG_LEFT, "a yellow triangle"), R("triangle_1", SMALL_RIGHT, "a purple triangle"))
    c = doc(R("triangle_0", BIG_LEFT, "a yellow triangle"), R("triangle_1", SMALL_RIGHT, "a striped purple triangle"))
    d = doc(R("triangle_0", big_r, "a yellow triangle"), R("triangle_1", small_l, "a striped purple triangle"))
    add(conv("bigger-and-smaller", "reference",
             T("two purple triangles please, a big one on the left and a small one on the right",
               design(O("triangle", "purple", count=2), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]), submit(a)),
             T("colour the bigger one yellow",
               design(O("triangle", "yellow"), O("triangle", "purple"), constraints=[C("larger", 0, 1), IN(0, "left"), IN(1, "right")]),
               submit(b)),
             T("now put stripes on the little one",
               design(O("triangle", "yellow"), O("triangle", "purple", "striped"), constraints=[C("larger", 0, 1)]), submit(c)),
             T("and switch their sides",
               design(O("triangle", "yellow"), O("triangle", "purple", "striped"), constraints=[C("left_of", 1, 0), C("larger", 0, 1)]),
               submit(d))))

    xs4 = ((0.04, 0.2), (0.28, 0.44), (0.56, 0.72), (0.8, 0.96))
    boxes4 = [(x0, 0.42, x1, 0.58) for x0, x1 in xs4]
    a = doc(*(R(f"square_{i}", boxes4[i], f"a {c} square") for i, c in enumerate(("green", "orange", "blue", "yellow"))))
    b = doc(*(R(f"square_{i}", boxes4[i], f"a {c} square") for i, c in enumerate(("green", "red", "blue", "yellow"))))
    c = doc(*b["regions"][:3])
    add(conv("second-from-left", "reference",
             T("four squares lined up left to right: green, orange, blue, yellow",
               design(O("square", "green"), O("square", "orange"), O("square", "blue"), O("square", "yellow"),
                      constraints=[C("row", 0, 1, 2, 3), C("order_x", 0, 1, 2, 3)]), submit(a)),
             T("the second one from the left should be red",
               design(O("square", "green"), O("square", "red"), O("square", "blue"), O("square", "yellow"),
                      constraints=[C("order_x", 0, 1, 2, 3)], absent=[O("square", "orange")]), submit(b)),
             T("take out the last one on the right",
               design(O("square", "green"), O("square", "red"), O("square", "blue"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("square", "yellow")]), submit(c)),
             T("actually, bring it back", same_as(1), tool("undo"))))

    a = doc(R("circle_0", LEFT, "a solid green circle"), R("circle_1", RIGHT, "a striped green circle"))
    b = doc(R("circle_0", LEFT, "a solid green circle"), R("circle_1", RIGHT, "a striped orange circle"))
    c = doc(R("circle_0", BL, "a solid green circle"), R("circle_1", RIGHT, "a striped orange circle"))
    add(conv("the-striped-one", "reference",
             T("a plain green circle with no stripes on the left, and the same circle but striped on the right",
               design(O("circle", "green", "solid"), O("circle", "green", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(a)),
             T("turn the striped one orange",
               design(O("circle", "green", "solid"), O("circle", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(b)),
             T("shift the solid one down into the bottom left corner",
               design(O("circle", "green", "solid"), O("circle", "orange", "striped"), constraints=[IN(0, "bottom_left"), IN(1, "right")]),
               submit(c)),
             T("the striped one looks smudged, can you regenerate it?", repainted(), repaint("circle_1"))))

    a = doc(R("square_0", TL, "a yellow square"), R("square_1", TR, "a yellow square"), R("square_2", BL, "a yellow square"),
            R("square_3", BR, "a yellow square"))
    b = doc(*a["regions"][:3], R("square_3", BR, "a blue square"))
    c = doc(*b["regions"][1:])
    d = doc(*c["regions"], R("triangle_4", CENTRE, "a red triangle"))
    add(conv("corner-squares", "reference",
             T("put a yellow square in each of the four corners",
               design(O("square", "yellow", count=4),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("the one in the bottom right corner - make that one blue",
               design(O("square", "yellow", count=3), O("square", "blue"), constraints=[IN(3, "bottom_right")]), submit(b)),
             T("and delete the top left one",
               design(O("square", "yellow", count=2), O("square", "blue"),
                      constraints=[IN(0, "top_right"), IN(1, "bottom_left"), IN(2, "bottom_right")]), submit(c)),
             T("finally a red triangle smack in the centre",
               design(O("square", "yellow", count=2), O("square", "blue"), O("triangle", "red"), constraints=[IN(3, "center")]), submit(d))))

    big_sq, small_sq, dot = (0.54, 0.3, 0.94, 0.7), (0.1, 0.42, 0.26, 0.58), (0.44, 0.06, 0.56, 0.18)
    a = doc(R("square_0", big_sq, "a green square"), R("square_1", small_sq, "a green square"), R("circle_2", dot, "a red circle"))
    b = doc(R("square_0", big_sq, "a green square"), R("circle_2", (0.1, 0.76, 0.22, 0.88), "a red circle"))
    c = doc(R("square_0", big_sq, "a striped green square"), R("circle_2", (0.1, 0.76, 0.22, 0.88), "a red circle"))
    add(conv("drop-the-smaller", "reference",
             T("a large green square on the right, a small green square on the left, and a tiny red circle at the top in the middle",
               design(O("square", "green", count=2), O("circle", "red"),
                      constraints=[IN(0, "right"), IN(1, "left"), C("larger", 0, 1), IN(2, "top"), C("small", 2)]), submit(a)),
             T("delete the smaller square and move the circle down to the bottom left",
               design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "right"), IN(1, "bottom_left")]), submit(b)),
             T("hang on, what did I just do?", kept(), tool("what_changed")),
             T("right. stripe the square that's left",
               design(O("square", "green", "striped"), O("circle", "red"), constraints=[IN(0, "right"), IN(1, "bottom_left")]), submit(c))))

    a = doc(R("circle_0", LEFT, "an orange circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", RIGHT, "a purple circle"))
    b = doc(R("circle_0", LEFT, "an orange circle"), R("circle_1", CENTRE, "a blue circle"),
            R("circle_2", (0.66, 0.3, 0.98, 0.7), "a purple circle"))
    add(conv("which-one-bigger", "clarify",
             T("an orange circle on the left, a blue one in the middle and a purple one on the right",
               design(O("circle", "orange"), O("circle", "blue"), O("circle", "purple"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("make that one bigger", kept(), reply="Which circle do you mean: the orange, the blue or the purple one?"),
             T("the middle one - no sorry, the purple one on the right",
               design(O("circle", "orange"), O("circle", "blue"), O("circle", "purple"), constraints=[C("order_x", 0, 1, 2)],
                      bigger=[O("circle", "purple")]), submit(b))))

    # --- corrections inside a message --------------------------------------------------------------------------------------

    a = doc(R("triangle_0", RIGHT, "a purple triangle"))
    b = doc(R("triangle_0", RIGHT, "a purple triangle"), R("square_1", BL, "a green square"))
    c = doc(R("triangle_0", (0.55, 0.25, 0.95, 0.75), "a purple triangle"), R("square_1", BL, "a green square"))
    add(conv("sorry-i-mean", "self_correct",
             T("a purple triangle on the left, sorry, I mean on the right", design(O("triangle", "purple"), constraints=[IN(0, "right")]),
               submit(a)),
             T("add a green square top left... hmm no, make that bottom left",
               design(O("triangle", "purple"), O("square", "green"), constraints=[IN(0, "right"), IN(1, "bottom_left")]), submit(b)),
             T("the triangle could be a lot larger",
               design(O("triangle", "purple"), O("square", "green"), constraints=[IN(0, "right"), IN(1, "bottom_left")],
                      bigger=[O("triangle", "purple")]), submit(c))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "an orange circle"), R("circle_2", RIGHT, "a yellow circle"))
    b = doc(R("circle_0", LEFT, "a striped red circle"), R("circle_1", CENTRE, "a striped orange circle"),
            R("circle_2", RIGHT, "a striped yellow circle"))
    c = doc(R("circle_0", LEFT, "a solid red circle"), R("circle_1", CENTRE, "a striped orange circle"),
            R("circle_2", RIGHT, "a solid yellow circle"))
    add(conv("swap-blue-for-orange", "self_correct",
             T("three circles side by side, red, blue and yellow from left to right - wait, use orange instead of blue",
               design(O("circle", "red"), O("circle", "orange"), O("circle", "yellow"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      absent=[O("circle", "blue")]), submit(a)),
             T("stripes on all of them",
               design(O("circle", "red", "striped"), O("circle", "orange", "striped"), O("circle", "yellow", "striped"),
                      constraints=[C("order_x", 0, 1, 2)]), submit(b)),
             T("hm, too busy. just the middle one striped, the outer two plain",
               design(O("circle", "red", "solid"), O("circle", "orange", "striped"), O("circle", "yellow", "solid"),
                      constraints=[C("order_x", 0, 1, 2)]), submit(c)),
             T("list out the regions for me", kept(), tool("show_layout"))))

    a = doc(R("square_0", TL, "a blue square"))
    b = doc(R("square_0", BL, "a purple square"))
    c = doc(R("square_0", BL, "a purple square"), R("circle_1", (0.4, 0.75, 0.52, 0.87), "an orange circle"))
    add(conv("meant-purple", "self_correct",
             T("a blue square in the top left corner", design(O("square", "blue"), constraints=[IN(0, "top_left")]), submit(a)),
             T("ugh, I said blue but meant purple. and it belongs in the bottom left, not the top",
               design(O("square", "purple"), constraints=[IN(0, "bottom_left")], absent=[O("square", "blue")]), submit(b)),
             T("next to it on its right, a smaller orange circle",
               design(O("square", "purple"), O("circle", "orange"), constraints=[C("left_of", 0, 1), C("larger", 0, 1)]), submit(c))))

    a = doc(R("square_0", TL, "a yellow square"), R("triangle_1", BR, "a yellow triangle"))
    b = doc(R("square_0", TL, "a yellow square"), R("triangle_1", BR, "a red triangle"))
    c = doc(R("square_0", TL, "a striped yellow square"), R("triangle_1", BR, "a red triangle"))
    add(conv("purple-no-red", "self_correct",
             T("yellow square top left, yellow triangle bottom right",
               design(O("square", "yellow"), O("triangle", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("make it a different colour", kept(), reply="Which one should change, the square or the triangle, and to what colour?"),
             T("the triangle. purple please... no, red",
               design(O("square", "yellow"), O("triangle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("triangle", "yellow"), O("triangle", "purple")]), submit(b)),
             T("great, and the square gets stripes",
               design(O("square", "yellow", "striped"), O("triangle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
               submit(c))))

    # --- questions between edits -------------------------------------------------------------------------------------------

    a = doc(R("square_0", CENTRE, "a striped orange square"), bg="black")
    add(conv("ask-then-draw", "question",
             T("hello! what sort of things can you draw?", kept(),
               reply="Circles, squares and triangles in red, green, blue, yellow, purple or orange, plain or striped, placed wherever "
                     "you like on a gray, white or black background."),
             T("can the background be black?", kept(), reply="Yes, black works, as do gray and white."),
             T("cool, then a striped orange square centred on black",
               design(O("square", "orange", "striped"), constraints=[IN(0, "center")], background="black"), submit(a)),
             T("why is it a bit off-centre?", kept(), tool("explain_critique"))))

    add(conv("just-chatting", "no_render",
             T("is this the thing that makes pictures out of shapes?", kept(),
               reply="It is: tell me which circles, squares and triangles you want, their colours and where they go, and I'll draw them."),
             T("can you draw a cat?", kept(),
               reply="Not a real cat, only circles, squares and triangles. Shall I arrange some shapes into a cat face for you?"),
             T("how many shapes can go in one picture?", kept(), reply="Up to about six shapes keeps the picture clear."),
             T("ok good to know, I'll come back with an idea", kept(), reply="Great, I'll be here.")))

    a = doc(R("square_0", BOTTOM, "a red square"))
    b = doc(R("square_0", BOTTOM, "a red square"), R("triangle_1", CENTRE, "a red triangle"))
    add(conv("hexagon-question", "question",
             T("a red square at the bottom", design(O("square", "red"), constraints=[IN(0, "bottom")]), submit(a)),
             T("do you do hexagons?", kept(), reply="No, only circles, squares and triangles. Would a triangle or a circle work?"),
             T("ok then a triangle above the square, same colour",
               design(O("square", "red"), O("triangle", "red"), constraints=[C("above", 1, 0), IN(0, "bottom")]), submit(b)),
             T("what's new compared to the last picture?", kept(), tool("what_changed"))))

    near_l, near_r = (0.28, 0.42, 0.44, 0.58), (0.56, 0.42, 0.72, 0.58)
    a = doc(R("circle_0", near_l, "a blue circle"), R("square_1", near_r, "a green square"))
    b = doc(R("circle_0", TL, "a blue circle"), R("square_1", BR, "a green square"))
    add(conv("why-so-close", "question",
             T("a little blue circle to the left of a little green square",
               design(O("circle", "blue"), O("square", "green"), constraints=[C("left_of", 0, 1), C("small", 0), C("small", 1)]),
               submit(a)),
             T("why did you put them so close together?", kept(), tool("explain_critique")),
             T("show me where everything is", kept(), tool("show_layout")),
             T("spread them out: the circle way up in the top left, the square down in the bottom right",
               design(O("circle", "blue"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(b))))

    a = doc(R("square_0", LEFT, "a striped green square"), R("circle_1", RIGHT, "a solid purple circle"))
    b = doc(R("square_0", LEFT, "a striped green square"))
    add(conv("redo-after-question", "undo_redo",
             T("a striped green square on the left and a solid purple circle on the right",
               design(O("square", "green", "striped"), O("circle", "purple", "solid"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(a)),
             T("get rid of the circle", design(O("square", "green", "striped"), absent=[O("circle")]), submit(b)),
             T("undo please", same_as(0), tool("undo")),
             T("so what's the difference between the two?", kept(), tool("what_changed")),
             T("redo it, I want the circle gone after all", same_as(1), tool("redo"))))

    # --- undo, redo, rounds ------------------------------------------------------------------------------------------------

    a = doc(R("square_0", TR, "a blue square"), R("triangle_1", BL, "an orange triangle"))
    b = doc(R("square_0", (0.55, 0.05, 0.95, 0.45), "a blue square"), R("triangle_1", (0.05, 0.55, 0.45, 0.95), "an orange triangle"))
    c = doc(R("square_0", (0.55, 0.05, 0.95, 0.45), "a striped blue square"), R("triangle_1", (0.05, 0.55, 0.45, 0.95), "an orange triangle"))
    add(conv("double-size-undo-redo", "undo_redo",
             T("blue square in the upper right, orange triangle in the lower left",
               design(O("square", "blue"), O("triangle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]), submit(a)),
             T("make both of them twice the size",
               design(O("square", "blue"), O("triangle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")],
                      bigger=[O("square", "blue"), O("triangle", "orange")]), submit(b)),
             T("hmm no, undo", same_as(0), tool("undo")),
             T("actually I did like them bigger. redo", same_as(1), tool("redo")),
             T("now stripe the square",
               design(O("square", "blue", "striped"), O("triangle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
               submit(c))))

    a = doc(R("circle_0", BR, "a blue circle"))
    b = doc(R("circle_0", BR, "a yellow circle"))
    c = doc(R("circle_0", TL, "a yellow circle"))
    d = doc(R("circle_0", (0.55, 0.55, 0.95, 0.95), "a blue circle"))
    add(conv("undo-two-steps", "undo",
             T("one blue circle, bottom right", design(O("circle", "blue"), constraints=[IN(0, "bottom_right")]), submit(a)),
             T("turn it yellow", design(O("circle", "yellow"), constraints=[IN(0, "bottom_right")]), submit(b)),
             T("and slide it up to the top left", design(O("circle", "yellow"), constraints=[IN(0, "top_left")]), submit(c)),
             T("undo both of those changes", same_as(0), tool("undo"), tool("undo")),
             T("just make it bigger instead",
               design(O("circle", "blue"), constraints=[IN(0, "bottom_right")], bigger=[O("circle", "blue")]), submit(d))))

    a = doc(R("triangle_0", TOP, "a red triangle"))
    b = doc(R("triangle_0", TOP, "a red triangle"), R("circle_1", CENTRE, "a yellow circle"))
    c = doc(R("triangle_0", TOP, "a red triangle"), R("square_2", CENTRE, "a yellow square"))
    d = doc(R("triangle_0", TOP, "a red triangle"), R("circle_1", CENTRE, "a green circle"))
    add(conv("second-picture-then-edit", "restore",
             T("a red triangle up top", design(O("triangle", "red"), constraints=[IN(0, "top")]), submit(a)),
             T("put a yellow circle under it", design(O("triangle", "red"), O("circle", "yellow"), constraints=[C("above", 0, 1)]), submit(b)),
             T("change the circle into a square",
               design(O("triangle", "red"), O("square", "yellow"), constraints=[C("above", 0, 1)], absent=[O("circle")]), submit(c)),
             T("let's go back to the second picture", same_as(1, by_round=True), restore(2)),
             T("make the circle green",
               design(O("triangle", "red"), O("circle", "green"), constraints=[C("above", 0, 1)], absent=[O("circle", "yellow"), O("square")]),
               submit(d))))

    a = doc(R("triangle_0", CENTRE, "a purple triangle"), bg="white")
    b = doc(R("triangle_0", CENTRE, "a purple triangle"), bg="gray")
    c = doc(R("triangle_0", CENTRE, "a purple triangle"), bg="black")
    add(conv("background-tour", "background",
             T("a purple triangle in the middle, white background",
               design(O("triangle", "purple"), constraints=[IN(0, "center")], background="white"), submit(a)),
             T("try it against grey instead", design(O("triangle", "purple"), constraints=[IN(0, "center")], background="gray"), submit(b)),
             T("nope. black", design(O("triangle", "purple"), constraints=[IN(0, "center")], background="black"), submit(c)),
             T("the very first picture was the best, return to that one", same_as(0, by_round=True), restore(1))))

    grid6 = [TL, TOP, TR, BL, BOTTOM, BR]
    a = doc(*(R(f"circle_{i}", box, "an orange circle") for i, box in enumerate(grid6)))
    b = doc(*(R(f"circle_{i}", box, "a striped orange circle") for i, box in enumerate(grid6)))
    add(conv("grid-rerender-round", "restore",
             T("six orange circles arranged in a grid", design(O("circle", "orange", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5)]),
               submit(a)),
             T("the whole thing looks blurry, render it again", repainted(), repaint(*(f"circle_{i}" for i in range(6)))),
             T("make every circle striped",
               design(O("circle", "orange", "striped", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5)]), submit(b)),
             T("round 2 was better, show that again", same_as(1, by_round=True), restore(2))))

    # --- variations ----------------------------------------------------------------------------------------------------------

    disc = (0.25, 0.25, 0.75, 0.75)
    a = doc(R("circle_0", disc, "a striped red circle"), bg="white")
    b = doc(R("circle_0", disc, "a striped red circle"), R("square_1", TINY_TL, "a blue square"), bg="white")
    add(conv("three-takes", "variations",
             T("a big striped red circle in the middle of a white canvas",
               design(O("circle", "red", "striped"), constraints=[C("big", 0), IN(0, "center")], background="white"), submit(a)),
             T("give me 3 takes on this", varied(3), variations(3)),
             T("number three is the one", same_as(1), pick(3)),
             T("perfect. pop a small blue square in the top left corner",
               design(O("circle", "red", "striped"), O("square", "blue"), constraints=[IN(1, "top_left"), C("small", 1)], background="white"),
               submit(b))))

    a = doc(R("square_0", TOP, "a green square"), R("square_1", BOTTOM, "a purple square"))
    add(conv("five-then-original", "variations",
             T("two squares, a green one stacked above a purple one",
               design(O("square", "green"), O("square", "purple"), constraints=[C("above", 0, 1)]), submit(a)),
             T("can I see five variations?", varied(5), variations(5)),
             T("meh, none of these beat the original. use the first picture", same_as(0, by_round=True), restore(1))))

    a = doc(R("triangle_0", TR, "a green triangle"))
    b = doc(R("triangle_0", TR, "an orange triangle"))
    add(conv("alternatives-and-back", "variations",
             T("green triangle, top right corner", design(O("triangle", "green"), constraints=[IN(0, "top_right")]), submit(a)),
             T("give me a couple of alternatives", varied(2), variations(2)),
             T("the second of those", same_as(1), pick(2)),
             T("make it orange", design(O("triangle", "orange"), constraints=[IN(0, "top_right")], absent=[O("triangle", "green")]), submit(b)),
             T("hmm, back to round 3 please", same_as(2, by_round=True), restore(3))))

    # --- repaints --------------------------------------------------------------------------------------------------------------

    a = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", BOTTOM, "a red triangle"))
    add(conv("redraw-top-one", "repaint",
             T("a column of three triangles: two blue ones on top and a red one at the bottom",
               design(O("triangle", "blue", count=2), O("triangle", "red"), constraints=[C("column", 0, 1, 2), C("above", 0, 2), C("above", 1, 2)]),
               submit(a)),
             T("the top one came out wonky, could you redraw it?", repainted(), repaint("triangle_0")),
             T("and do the red one over as well", repainted(), repaint("triangle_2")),
             T("what did you change just now?", kept(), tool("what_changed"))))

    # --- line up, reorder, resize, retexture -------------------------------------------------------------------------------

    a = doc(R("circle_0", TL, "a purple circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", BR, "a green triangle"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", RIGHT, "a green triangle"))
    c = doc(R("circle_0", TOP, "a purple circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", BOTTOM, "a green triangle"))
    objs = (O("circle", "purple"), O("square", "orange"), O("triangle", "green"))
    add(conv("line-them-up", "line_up",
             T("scatter three shapes: a purple circle top left, an orange square in the centre and a green triangle bottom right",
               design(*objs, constraints=[IN(0, "top_left"), IN(1, "center"), IN(2, "bottom_right")]), submit(a)),
             T("line them all up in a horizontal row across the middle, same order",
               design(*objs, constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]), submit(b)),
             T("now stack them vertically instead, circle on top and triangle at the bottom",
               design(*objs, constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(c)),
             T("undo that, the row was better", same_as(1), tool("undo"))))

    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("circle_1", CENTRE, "a yellow circle"), R("square_2", RIGHT, "a red square"))
    b = doc(R("triangle_0", RIGHT, "a blue triangle"), R("circle_1", CENTRE, "a yellow circle"), R("square_2", LEFT, "a red square"))
    c = doc(R("triangle_0", CENTRE, "a blue triangle"), R("circle_1", RIGHT, "a yellow circle"), R("square_2", LEFT, "a red square"))
    objs = (O("triangle", "blue"), O("circle", "yellow"), O("square", "red"))
    add(conv("reverse-the-row", "reorder",
             T("left to right: a blue triangle, a yellow circle, a red square",
               design(*objs, constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("reverse the order", design(*objs, constraints=[C("order_x", 2, 1, 0)]), submit(b)),
             T("now the circle goes to the far right end, the other two keep their order",
               design(*objs, constraints=[C("order_x", 2, 0, 1)]), submit(c))))

    a = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", BR, "a purple triangle"))
    b = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", TOP, "a yellow triangle"), R("triangle_2", TR, "a purple triangle"))
    c = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", (0.36, 0.04, 0.64, 0.36), "a yellow triangle"),
            R("triangle_2", TR, "a purple triangle"))
    objs = (O("triangle", "green"), O("triangle", "yellow"), O("triangle", "purple"))
    add(conv("diagonal-to-top", "line_up",
             T("three triangles running diagonally from the top left down to the bottom right: green, yellow, purple",
               design(*objs, constraints=[C("order_x", 0, 1, 2), C("order_y", 0, 1, 2), IN(0, "top_left"), IN(2, "bottom_right")]),
               submit(a)),
             T("put them in a line along the top edge instead",
               design(*objs, constraints=[C("row", 0, 1, 2), IN(0, "top"), IN(1, "top"), IN(2, "top")]), submit(b)),
             T("the middle one, the yellow, should be bigger than the other two",
               design(*objs, constraints=[C("larger", 1, 0), C("larger", 1, 2)], bigger=[O("triangle", "yellow")]), submit(c))))

    a = doc(R("square_0", LEFT, "an orange square"), R("circle_1", RIGHT, "a green circle"))
    b = doc(R("square_0", LEFT, "an orange square"), R("circle_1", (0.55, 0.25, 0.95, 0.75), "a green circle"))
    c = doc(R("square_0", (0.12, 0.43, 0.26, 0.57), "an orange square"), R("circle_1", (0.55, 0.25, 0.95, 0.75), "a green circle"))
    add(conv("outgrow", "resize",
             T("an orange square and a green circle, same size, side by side",
               design(O("square", "orange"), O("circle", "green"), constraints=[C("row", 0, 1)]), submit(a)),
             T("the circle should be bigger than the square",
               design(O("square", "orange"), O("circle", "green"), constraints=[C("larger", 1, 0)], bigger=[O("circle", "green")]), submit(b)),
             T("and shrink the square further still",
               design(O("square", "orange"), O("circle", "green"), constraints=[C("larger", 1, 0)], smaller=[O("square", "orange")]),
               submit(c))))

    a = doc(R("circle_0", TOP, "a striped red circle"), R("triangle_1", BOTTOM, "a striped yellow triangle"), bg="black")
    b = doc(R("circle_0", TOP, "a solid red circle"), R("triangle_1", BOTTOM, "a solid yellow triangle"), bg="black")
    c = doc(R("circle_0", TOP, "a solid red circle"), R("triangle_1", BOTTOM, "a striped yellow triangle"), bg="black")
    add(conv("stripes-off-then-one", "retexture",
             T("two striped shapes on black: a red circle at the top and a yellow triangle at the bottom",
               design(O("circle", "red", "striped"), O("triangle", "yellow", "striped"), constraints=[C("above", 0, 1)], background="black"),
               submit(a)),
             T("remove the stripes from everything",
               design(O("circle", "red", "solid"), O("triangle", "yellow", "solid"), constraints=[C("above", 0, 1)], background="black"),
               submit(b)),
             T("put stripes back on the triangle only",
               design(O("circle", "red", "solid"), O("triangle", "yellow", "striped"), constraints=[C("above", 0, 1)], background="black"),
               submit(c))))

    tl_sq = R("square_0", TL, "a red square")
    a = doc(tl_sq, R("square_1", TR, "a blue square"), R("square_2", BL, "a green square"), R("square_3", BR, "a yellow square"))
    b = doc(tl_sq, R("square_1", TR, "a striped blue square"), R("square_2", BL, "a green square"), R("square_3", BR, "a yellow square"))
    c = doc(tl_sq, R("square_1", TR, "a striped blue square"), R("square_2", BR, "a green square"), R("square_3", BL, "a yellow square"))
    add(conv("grid-by-position", "reference",
             T("a 2 by 2 grid of squares: top row red then blue, bottom row green then yellow",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"),
                                   IN(3, "bottom_right")]), submit(a)),
             T("the top right one should be striped",
               design(O("square", "red"), O("square", "blue", "striped"), O("square", "green"), O("square", "yellow"),
                      constraints=[IN(1, "top_right")]), submit(b)),
             T("and swap the two on the bottom",
               design(O("square", "red"), O("square", "blue", "striped"), O("square", "green"), O("square", "yellow"),
                      constraints=[IN(2, "bottom_right"), IN(3, "bottom_left")]), submit(c)),
             T("what's different now?", kept(), tool("what_changed"))))

    # --- vague requests: a question back, then the answer acted on -----------------------------------------------------------

    a = doc(R("triangle_0", LEFT, "a green triangle"), R("square_1", RIGHT, "a red square"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("square_1", (0.73, 0.42, 0.89, 0.58), "a red square"))
    add(conv("fix-it", "clarify",
             T("a green triangle and a red square next to each other",
               design(O("triangle", "green"), O("square", "red"), constraints=[C("row", 0, 1)]), submit(a)),
             T("fix it", kept(), reply="What would you like fixed: a colour, a size, where something sits, or how a shape is drawn?"),
             T("the square's too big next to the triangle, shrink it",
               design(O("triangle", "green"), O("square", "red"), smaller=[O("square", "red")]), submit(b))))

    a = doc(R("square_0", LEFT, "a red square"), R("triangle_1", CENTRE, "a green triangle"), R("circle_2", RIGHT, "a blue circle"))
    b = doc(R("square_0", LEFT, "a blue square"), R("triangle_1", CENTRE, "a green triangle"), R("circle_2", RIGHT, "a red circle"))
    add(conv("swap-which-colours", "clarify",
             T("from left to right a red square, a green triangle and a blue circle",
               design(O("square", "red"), O("triangle", "green"), O("circle", "blue"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("swap the colours", kept(), reply="Which two should trade colours: the square, the triangle or the circle?"),
             T("the square and the circle",
               design(O("square", "blue"), O("triangle", "green"), O("circle", "red"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("square", "red"), O("circle", "blue")]), submit(b))))

    a = doc(R("circle_0", TL, "a purple circle"), R("square_1", TR, "a purple square"), R("triangle_2", BOTTOM, "a purple triangle"))
    b = doc(R("circle_0", TL, "a purple circle"), R("square_1", TR, "an orange square"), R("triangle_2", BOTTOM, "a purple triangle"))
    c = doc(R("circle_0", TL, "a purple circle"), R("square_1", TR, "an orange square"), R("triangle_2", BOTTOM, "an orange triangle"))
    add(conv("that-one-orange", "clarify",
             T("purple circle top left, purple square top right, purple triangle along the bottom",
               design(O("circle", "purple"), O("square", "purple"), O("triangle", "purple"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]), submit(a)),
             T("make that one orange", kept(), reply="Which one: the circle, the square or the triangle?"),
             T("the one on the top right",
               design(O("circle", "purple"), O("square", "orange"), O("triangle", "purple"), constraints=[IN(1, "top_right")]), submit(b)),
             T("and the triangle too",
               design(O("circle", "purple"), O("square", "orange"), O("triangle", "orange"), constraints=[IN(2, "bottom")]), submit(c))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", (0.73, 0.42, 0.89, 0.58), "a blue circle"))
    add(conv("change-the-size", "clarify",
             T("two circles, a red one and a blue one", design(O("circle", "red"), O("circle", "blue")), submit(a)),
             T("change the size", kept(), reply="Which circle, the red or the blue one, and should it get bigger or smaller?"),
             T("the blue one, much smaller",
               design(O("circle", "red"), O("circle", "blue"), smaller=[O("circle", "blue")]), submit(b))))

    a = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", CENTRE, "an orange triangle"), R("square_2", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", CENTRE, "an orange triangle"),
            R("square_2", (0.68, 0.3, 0.98, 0.7), "a blue square"))
    add(conv("dont-like-it", "clarify",
             T("a green circle, an orange triangle and a blue square in a row",
               design(O("circle", "green"), O("triangle", "orange"), O("square", "blue"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("hmm, I don't like it. change it", kept(),
               reply="Sorry about that. What bothers you most: the colours, the sizes, the order, or the spacing?"),
             T("make the square the biggest of the three",
               design(O("circle", "green"), O("triangle", "orange"), O("square", "blue"), constraints=[C("larger", 2, 0), C("larger", 2, 1)],
                      bigger=[O("square", "blue")]), submit(b))))

    # --- starting over -----------------------------------------------------------------------------------------------------

    a = doc(R("triangle_0", LEFT, "a yellow triangle"), R("square_1", RIGHT, "a yellow square"), bg="black")
    b = doc(R("circle_0", (0.08, 0.72, 0.22, 0.86), "a green circle"))
    add(conv("wipe-undo-wipe", "start_over",
             T("a yellow triangle and a yellow square on a black background",
               design(O("triangle", "yellow"), O("square", "yellow"), background="black"), submit(a)),
             T("forget all that, blank canvas please", cleared(), tool("start_over")),
             T("wait, undo that, I want it back", same_as(0), tool("undo")),
             T("ok no, really start over this time", cleared(), tool("start_over")),
             T("a single small green circle in the bottom left",
               design(O("circle", "green"), constraints=[IN(0, "bottom_left"), C("small", 0)], absent=[O("triangle"), O("square")]),
               submit(b))))

    return out


INDEX: list[Conversation] = _index()


if __name__ == "__main__":
    main(INDEX)
