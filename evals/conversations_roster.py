"""The thirteenth held-out set of recorded conversations with the shapes-world image designer ("roster").

Written independently of the agent (``agent/``), its tools (``tools/``) and the other conversation sets: only the
builders, the judge (``check_turn``), the simulator and the self-check of :mod:`regiondit.evals.conversations` and the
kinds of objects, constraints, places, colours, shapes, textures and sizes in :mod:`regiondit.evals.paraphrases` were
read. The user messages are new, written from how people talk to a chat image designer: terse, chatty, polite, with
typos, non-native English, corrections mid-message, several steps in one message, and objects named by colour, shape,
size, position or a pronoun. Each expectation asks only what any careful designer must leave behind.

    python -m regiondit.evals.conversations_roster   # counts, then the self-check of the scripted run
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


def _sq(cx: float, cy: float, half: float) -> Box:
    """A square box around a centre."""
    return (round(cx - half, 4), round(cy - half, 4), round(cx + half, 4), round(cy + half, 4))


def _roster() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # A single big shape, shrunk a little, then thanks.
    a = doc(R("circle_0", BIG, "an orange circle"))
    b = doc(R("circle_0", MEDIUM, "an orange circle"))
    add(conv("ro-big-orange-shrink", "resize",
             T("hey! can u draw me a big orange circle, kinda in the middle",
               design(O("circle", "orange"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("hmm thats a bit much. shrink it a little?",
               design(O("circle", "orange"), constraints=[IN(0, "center")], smaller=[O("circle", "orange")]), submit(b)),
             T("perfect thx!!", kept(), reply="You're welcome! Tell me if you want anything else on it.")))

    # Two squares stacked, colours swapped, a triangle squeezed between, then undo.
    a = doc(R("square_0", TOP, "a red square"), R("square_1", BOTTOM, "a blue square"))
    b = doc(R("square_0", TOP, "a blue square"), R("square_1", BOTTOM, "a red square"))
    c = doc(R("square_0", TOP, "a blue square"), R("square_1", BOTTOM, "a red square"), R("triangle_2", CENTRE, "a green triangle"))
    add(conv("ro-stacked-squares", "recolour",
             T("i need 2 squares, one on top of the other. top one red, bottom one blue pls",
               design(O("square", "red"), O("square", "blue"), constraints=[C("above", 0, 1)]), submit(a)),
             T("swap the colours",
               design(O("square", "red"), O("square", "blue"), constraints=[C("above", 1, 0)]), submit(b)),
             T("now a green triangel between them",
               design(O("square", "blue"), O("square", "red"), O("triangle", "green"), constraints=[C("above", 0, 1), C("between_y", 2, 0, 1)]),
               submit(c)),
             T("undo pls", same_as(1), tool("undo"))))

    # A row of five, the middle one recoloured, the two ends removed, then put back.
    xs5 = (0.1, 0.3, 0.5, 0.7, 0.9)
    row5 = [_sq(x, 0.5, 0.07) for x in xs5]
    a = doc(*(R(f"circle_{i}", row5[i], "a yellow circle") for i in range(5)))
    b = doc(*(R(f"circle_{i}", row5[i], "a purple circle" if i == 2 else "a yellow circle") for i in range(5)))
    c = doc(R("circle_1", row5[1], "a yellow circle"), R("circle_2", row5[2], "a purple circle"), R("circle_3", row5[3], "a yellow circle"))
    add(conv("ro-row-of-five", "remove",
             T("five yellow circles in a row across the middle",
               design(O("circle", "yellow", count=5), constraints=[C("row", 0, 1, 2, 3, 4)]), submit(a)),
             T("make the middle one purple",
               design(O("circle", "yellow", count=4), O("circle", "purple"),
                      constraints=[C("row", 0, 1, 2, 3, 4), C("left_of", 0, 4), C("left_of", 1, 4), C("left_of", 4, 2), C("left_of", 4, 3)]),
               submit(b)),
             T("and the two on the very ends, take them away",
               design(O("circle", "yellow", count=2), O("circle", "purple"), constraints=[C("row", 0, 1, 2), C("between_x", 2, 0, 1)]),
               submit(c)),
             T("hmm no, put them back", same_as(1), tool("undo"))))

    # A 2x2 grid of mixed shapes, two of them swapped, then inspection.
    a = doc(R("square_0", TL, "a red square"), R("circle_1", TR, "a blue circle"), R("triangle_2", BL, "a green triangle"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("square_0", BR, "a red square"), R("circle_1", TR, "a blue circle"), R("triangle_2", BL, "a green triangle"),
            R("square_3", TL, "a yellow square"))
    grid_objs = (O("square", "red"), O("circle", "blue"), O("triangle", "green"), O("square", "yellow"))
    add(conv("ro-grid-swap", "swap",
             T("2x2 grid please: red square top left, blue circle top right, green triangle bottom left, yellow square bottom right",
               design(*grid_objs, constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(0, "top_left"), IN(1, "top_right"),
                                               IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("swap the red square with the yellow one",
               design(*grid_objs, constraints=[IN(0, "bottom_right"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "top_left")]),
               submit(b)),
             T("can i see the layout?", kept(), tool("show_layout")),
             T("why does the triangle look wonky", kept(), tool("explain_critique"))))

    # Something outside the shapes world: offer a shape, then draw it and add stripes.
    a = doc(R("circle_0", CENTRE, "an orange circle"))
    b = doc(R("circle_0", CENTRE, "a striped orange circle"))
    add(conv("ro-cat-as-circle", "clarify",
             T("can you draw my cat? he's orange and fluffy", kept(),
               reply="I can only draw simple shapes (circles, squares and triangles). Would an orange circle stand in for him?"),
             T("lol ok yes, an orange circle then. middle of the pic",
               design(O("circle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("give it stripes, he's a tabby",
               design(O("circle", "orange", "striped"), constraints=[IN(0, "center")]), submit(b)),
             T("aww. thank u", kept(), reply="Glad you like it!")))

    # Nothing drawn at all: greetings and questions about what is possible.
    add(conv("ro-hello-questions", "no_render",
             T("hello! what is this thing", kept(),
               reply="I'm an image designer for simple pictures: circles, squares and triangles in six colours on a plain background."),
             T("can u do a pink heart?", kept(),
               reply="Sorry, no hearts and no pink here. Would a red or purple triangle work instead?"),
             T("nah nvm, maybe later", kept(), reply="No problem, I'm here whenever you want to draw something.")))

    # A big and a tiny shape; sizes adjusted until the order flips.
    a = doc(R("square_0", BIG_LEFT, "a green square"), R("circle_1", SMALL_RIGHT, "a red circle"))
    b = doc(R("square_0", BIG_LEFT, "a green square"), R("circle_1", (0.62, 0.36, 0.9, 0.64), "a red circle"))
    c = doc(R("square_0", (0.14, 0.4, 0.34, 0.6), "a green square"), R("circle_1", (0.62, 0.36, 0.9, 0.64), "a red circle"))
    add(conv("ro-size-flip", "resize",
             T("a big green square and a tiny red circle next to it",
               design(O("square", "green"), O("circle", "red"), constraints=[C("big", 0), C("small", 1), C("larger", 0, 1)]), submit(a)),
             T("the circle, a bit bigger pls",
               design(O("square", "green"), O("circle", "red"), bigger=[O("circle", "red")]), submit(b)),
             T("now I want the square smaller than the circle",
               design(O("square", "green"), O("circle", "red"), constraints=[C("larger", 1, 0)]), submit(c)),
             T("perfect. how is it laid out now?", kept(), tool("show_layout"))))

    # Undo twice, then redo both in one message.
    a = doc(R("square_0", LEFT, "a purple square"))
    b = doc(R("square_0", LEFT, "a purple square"), R("circle_1", RIGHT, "an orange circle"))
    c = doc(R("square_0", LEFT, "a purple square"), R("circle_1", RIGHT, "a striped orange circle"))
    add(conv("ro-undo-undo-redo-redo", "undo_redo",
             T("purple square on the left", design(O("square", "purple"), constraints=[IN(0, "left")]), submit(a)),
             T("add an orange circle on the right side",
               design(O("square", "purple"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("make the circle stripey",
               design(O("square", "purple"), O("circle", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]), submit(c)),
             T("undo", same_as(1), tool("undo")),
             T("undo again", same_as(0), tool("undo")),
             T("ugh no, redo both of those", same_as(2), tool("redo"), tool("redo"))))

    # Four rounds of edits, then back to the third by number, and a question.
    a = doc(R("triangle_0", TOP, "a red triangle"))
    b = doc(R("triangle_0", TOP, "a green triangle"))
    c = doc(R("triangle_0", BOTTOM, "a green triangle"))
    d = doc(R("triangle_0", BL, "a green triangle"))
    add(conv("ro-back-to-third", "restore",
             T("a red triangle at the top", design(O("triangle", "red"), constraints=[IN(0, "top")]), submit(a)),
             T("make it green", design(O("triangle", "green"), constraints=[IN(0, "top")]), submit(b)),
             T("now move it down to the bottom", design(O("triangle", "green"), constraints=[IN(0, "bottom")]), submit(c)),
             T("hmm try it in the left half", design(O("triangle", "green"), constraints=[IN(0, "left")]), submit(d)),
             T("go back to the 3rd one", same_as(2, by_round=True), restore(3)),
             T("thx. what's different from before?", kept(), tool("what_changed"))))

    # The first version again after recolouring everything, then one more edit on it.
    col = (_sq(0.5, 0.17, 0.11), _sq(0.5, 0.5, 0.11), _sq(0.5, 0.83, 0.11))
    a = doc(R("square_0", col[0], "a blue square"), R("square_1", col[1], "a yellow square"), R("square_2", col[2], "a blue square"))
    b = doc(*(R(f"square_{i}", col[i], "a yellow square") for i in range(3)))
    c = doc(R("square_0", col[0], "a blue square"), R("square_1", col[1], "a striped yellow square"), R("square_2", col[2], "a blue square"))
    add(conv("ro-first-version-squares", "restore",
             T("three squares stacked top to bottom: blue, yellow, blue",
               design(O("square", "blue", count=2), O("square", "yellow"), constraints=[C("column", 0, 1, 2), C("between_y", 2, 0, 1)]),
               submit(a)),
             T("make them all yellow",
               design(O("square", "yellow", count=3), constraints=[C("column", 0, 1, 2)], absent=[O("square", "blue")]), submit(b)),
             T("nah, i liked the first version better", same_as(0, by_round=True), restore(1)),
             T("ok then give the yellow one stripes",
               design(O("square", "blue", count=2), O("square", "yellow", "striped"), constraints=[C("column", 0, 1, 2), C("between_y", 2, 0, 1)]),
               submit(c))))

    # Variations on black, pick the third.
    a = doc(R("triangle_0", CENTRE, "an orange triangle"), bg="black")
    add(conv("ro-three-options", "variations",
             T("an orange triangle, centred, on a black background",
               design(O("triangle", "orange"), constraints=[IN(0, "center")], background="black"), submit(a)),
             T("gimme 3 options", varied(3), variations(3)),
             T("third one pls", same_as(0), pick(3)),
             T("lovely, cheers", kept(), reply="Cheers! Happy to tweak it further anytime.")))

    # Variations rejected, back to the original, then an edit on it.
    a = doc(R("circle_0", BR, "a green circle"), R("square_1", TL, "a purple square"))
    b = doc(R("circle_0", BR, "a green circle"), R("square_1", (0.04, 0.04, 0.4, 0.4), "a purple square"))
    add(conv("ro-variations-rejected", "variations",
             T("green circle bottom right, purple square top left",
               design(O("circle", "green"), O("square", "purple"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(a)),
             T("can i see some variations? maybe 4", varied(4), variations(4)),
             T("meh, none of them. back to the original one", same_as(0, by_round=True), restore(1)),
             T("make the square a bit bigger",
               design(O("circle", "green"), O("square", "purple"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")],
                      bigger=[O("square", "purple")]), submit(b))))

    # Repaints of one part at a time, then what changed.
    a = doc(R("square_0", LEFT, "a striped blue square"), R("triangle_1", RIGHT, "a yellow triangle"))
    add(conv("ro-repaint-parts", "repaint",
             T("a striped blue square on the left and a yellow triangle on the right",
               design(O("square", "blue", "striped"), O("triangle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("the triangle came out weird, can you redo just that one?", repainted(), repaint("triangle_1")),
             T("and the square too while you're at it", repainted(), repaint("square_0")),
             T("ok so what changed?", kept(), tool("what_changed"))))

    # A whole-picture repaint with the layout kept.
    colc = (_sq(0.5, 0.17, 0.12), _sq(0.5, 0.5, 0.12), _sq(0.5, 0.83, 0.12))
    a = doc(R("circle_0", colc[0], "a red circle"), R("circle_1", colc[1], "a green circle"), R("circle_2", colc[2], "a blue circle"))
    add(conv("ro-regenerate-all", "repaint",
             T("red, green and blue circles stacked vertically, red on top, blue at the bottom",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]),
               submit(a)),
             T("regenerate the whole thing but keep the same layout", repainted(), repaint("circle_0", "circle_1", "circle_2")),
             T("much better ty", kept(), reply="Glad it came out better!")))

    # Start over, then something completely different.
    a = doc(R("triangle_0", LEFT, "a purple triangle"), R("triangle_1", RIGHT, "a purple triangle"))
    b = doc(R("square_0", BL, "a red square"), bg="white")
    add(conv("ro-nope-start-over", "start_over",
             T("two purple triangles side by side",
               design(O("triangle", "purple", count=2), constraints=[C("row", 0, 1)]), submit(a)),
             T("nope. start over pls", cleared(), tool("start_over")),
             T("white background with just one red square in the bottom left",
               design(O("square", "red"), constraints=[IN(0, "bottom_left")], background="white", absent=[O("triangle")]), submit(b))))

    # "bigger" with two candidates: ask, then grow the one named and move it.
    a = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", (0.55, 0.05, 0.95, 0.45), "a blue square"))
    add(conv("ro-clarify-bigger", "clarify",
             T("a blue circle and a blue square, circle on the left",
               design(O("circle", "blue"), O("square", "blue"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("bigger", kept(), reply="Which one should get bigger: the circle, the square, or both?"),
             T("the square. and put it up top too",
               design(O("circle", "blue"), O("square", "blue"), constraints=[C("left_of", 0, 1), IN(1, "top")],
                      bigger=[O("square", "blue")]), submit(b))))

    # No colour named at first, then "a nicer colour" needs a question.
    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("square_0", CENTRE, "a green square"))
    add(conv("ro-nicer-colour", "clarify",
             T("a square in the middle", design(O("square"), constraints=[IN(0, "center")]), submit(a)),
             T("change it to a nicer colour", kept(),
               reply="Sure! Which colour would you like instead: green, blue, yellow, purple or orange?"),
             T("green i guess", design(O("square", "green"), constraints=[IN(0, "center")], absent=[O("square", "red")]), submit(b))))

    # A circle in each corner clockwise, one removed and one moved, then a black background.
    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("circle_2", BR, "a green circle"),
            R("circle_3", BL, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("circle_3", CENTRE, "a yellow circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("circle_3", CENTRE, "a yellow circle"), bg="black")
    add(conv("ro-clockwise-corners", "add",
             T("a circle in every corner, clockwise from the top left: red, blue, green, yellow",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_right"), IN(3, "bottom_left")]), submit(a)),
             T("lose the green one, and the yellow one goes in the middle",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "center")], absent=[O("circle", "green")]), submit(b)),
             T("and put everything on black",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "center")], background="black"), submit(c))))

    # Halves: a big shape on one side, a small column on the other; recolour, then undo.
    sq_r = (_sq(0.75, 0.2, 0.07), _sq(0.75, 0.5, 0.07), _sq(0.75, 0.8, 0.07))
    a = doc(R("triangle_0", BIG_LEFT, "a purple triangle"), *(R(f"square_{i + 1}", sq_r[i], "an orange square") for i in range(3)))
    b = doc(R("triangle_0", BIG_LEFT, "a purple triangle"), *(R(f"square_{i + 1}", sq_r[i], "a blue square") for i in range(3)))
    add(conv("ro-halves", "plan",
             T("left half: a big purple triangle. right half: three small orange squares stacked up",
               design(O("triangle", "purple"), O("square", "orange", count=3),
                      constraints=[IN(0, "left"), C("big", 0), IN(1, "right"), IN(2, "right"), IN(3, "right"), C("column", 1, 2, 3),
                                   C("small", 1, 2, 3)]), submit(a)),
             T("could the squares be blue instead",
               design(O("triangle", "purple"), O("square", "blue", count=3), constraints=[C("column", 1, 2, 3), IN(1, "right")],
                      absent=[O("square", "orange")]), submit(b)),
             T("hm no, the orange was better. undo", same_as(0), tool("undo"))))

    # Counts: four, then two, then one of the two recoloured.
    a = doc(*(R(f"triangle_{i}", box, "a green triangle") for i, box in enumerate((TL, TR, BL, BR))))
    b = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", TR, "a green triangle"))
    c = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", TR, "a red triangle"))
    add(conv("ro-count-down", "remove",
             T("4 green triangles", design(O("triangle", "green", count=4)), submit(a)),
             T("too many, just 2", design(O("triangle", "green", count=2)), submit(b)),
             T("and make one of them red", design(O("triangle", "green"), O("triangle", "red")), submit(c))))

    # A "why" question about a flaw, then a repaint of that object.
    a = doc(R("square_0", TOP, "a yellow square"), R("circle_1", BOTTOM, "a purple circle"), bg="white")
    add(conv("ro-oval-circle", "inspect",
             T("a yellow square above a purple circle on white",
               design(O("square", "yellow"), O("circle", "purple"), constraints=[C("above", 0, 1)], background="white"), submit(a)),
             T("why does the circle look kind of oval?", kept(), tool("explain_critique")),
             T("can you fix the circle", repainted(), repaint("circle_1")),
             T("thank you!", kept(), reply="You're welcome!")))

    # Typos all the way through.
    a = doc(R("circle_0", RIGHT, "a green circle"))
    b = doc(R("circle_0", RIGHT, "a green circle"), R("square_1", LEFT, "a red square"))
    c = doc(R("circle_0", RIGHT, "a green circle"), R("square_1", LEFT, "a striped red square"))
    add(conv("ro-typos", "add",
             T("drwa a gren circel on the rigth side pls", design(O("circle", "green"), constraints=[IN(0, "right")]), submit(a)),
             T("ad a red sqare to the left of it",
               design(O("circle", "green"), O("square", "red"), constraints=[C("left_of", 1, 0)]), submit(b)),
             T("make the sqare stripd",
               design(O("circle", "green"), O("square", "red", "striped"), constraints=[C("left_of", 1, 0)]), submit(c))))

    # Non-native English: up side / down side, "more big".
    a = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_1", BOTTOM, "a yellow circle"))
    b = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_1", (0.3, 0.55, 0.7, 0.95), "a yellow circle"))
    add(conv("ro-up-side-down-side", "resize",
             T("Please I want picture with one blue triangle in up side and one yellow circle in down side.",
               design(O("triangle", "blue"), O("circle", "yellow"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("The circle is too little, please make more big",
               design(O("triangle", "blue"), O("circle", "yellow"), constraints=[IN(0, "top"), IN(1, "bottom")],
                      bigger=[O("circle", "yellow")]), submit(b)),
             T("Is good now. Thank you very much!", kept(), reply="You're very welcome!")))

    # Corrections in the middle of a message.
    a = doc(R("square_0", TR, "a red square"))
    b = doc(R("square_0", TR, "an orange square"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("ro-no-wait", "mixed",
             T("a red square in the top left, no sorry, top right", design(O("square", "red"), constraints=[IN(0, "top_right")]), submit(a)),
             T("and a blue circle under it... oh and make the square orange actually",
               design(O("square", "orange"), O("circle", "blue"), constraints=[IN(0, "top_right"), C("above", 0, 1)],
                      absent=[O("square", "red")]), submit(b))))

    # Several steps in one message, then a swap of positions.
    a = doc(R("square_0", LEFT, "a purple square"), R("square_1", RIGHT, "a purple square"), R("circle_2", CENTRE, "a green circle"),
            bg="black")
    b = doc(R("square_0", CENTRE, "a purple square"), R("square_1", RIGHT, "a purple square"), R("circle_2", LEFT, "a green circle"),
            bg="black")
    add(conv("ro-one-message-plan", "swap",
             T("draw a green circle in the center, then two purple squares either side of it, and make the background black",
               design(O("square", "purple", count=2), O("circle", "green"), constraints=[IN(2, "center"), C("between_x", 2, 0, 1)],
                      background="black"), submit(a)),
             T("now swap the circle with the left square",
               design(O("square", "purple", count=2), O("circle", "green"), constraints=[C("left_of", 2, 0), C("left_of", 2, 1)],
                      background="black"), submit(b)),
             T("show layout pls", kept(), tool("show_layout"))))

    # Remove, undo, remove a different one.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a green triangle"), R("triangle_2", RIGHT, "a blue triangle"))
    b = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a green triangle"))
    c = doc(R("triangle_1", CENTRE, "a green triangle"), R("triangle_2", RIGHT, "a blue triangle"))
    add(conv("ro-drop-other-one", "remove",
             T("three triangles in a row, red green blue from left to right",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("drop the blue one",
               design(O("triangle", "red"), O("triangle", "green"), constraints=[C("left_of", 0, 1)], absent=[O("triangle", "blue")]),
               submit(b)),
             T("hmm no bring it back", same_as(0), tool("undo")),
             T("lose the red one instead",
               design(O("triangle", "green"), O("triangle", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("triangle", "red")]),
               submit(c))))

    # Undo, change of mind, redo, then a move.
    a = doc(R("square_0", (0.7, 0.08, 0.9, 0.28), "a purple square"))
    b = doc(R("square_0", (0.7, 0.08, 0.9, 0.28), "a green square"))
    c = doc(R("square_0", (0.4, 0.4, 0.6, 0.6), "a green square"))
    add(conv("ro-changed-my-mind-redo", "undo_redo",
             T("a smallish purple square, top right", design(O("square", "purple"), constraints=[IN(0, "top_right"), C("small", 0)]), submit(a)),
             T("make it green", design(O("square", "green"), constraints=[IN(0, "top_right")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("wait, actually i did want the green. redo", same_as(1), tool("redo")),
             T("ok, now centre it", design(O("square", "green"), constraints=[IN(0, "center")]), submit(c))))

    # Small talk between edits.
    a = doc(R("triangle_0", BOTTOM, "a yellow triangle"))
    b = doc(R("triangle_0", BOTTOM, "a yellow triangle"), R("circle_1", (0.27, 0.04, 0.73, 0.5), "an orange circle"))
    add(conv("ro-chatty-sun", "add",
             T("hi, could you make me a simple pic? one yellow triangle, bottom middle",
               design(O("triangle", "yellow"), constraints=[IN(0, "bottom")]), submit(a)),
             T("nice! how's your day going btw", kept(), reply="Busy drawing shapes, so pretty good! What should we add next?"),
             T("haha fair. now add a big orange circle up top, like a sun",
               design(O("triangle", "yellow"), O("circle", "orange"), constraints=[IN(0, "bottom"), IN(1, "top"), C("big", 1)]), submit(b))))

    # Variations, a pick, an edit, then back to an image by number.
    a = doc(R("square_0", TL, "a striped green square"), R("circle_1", BR, "an orange circle"))
    b = doc(R("square_0", TL, "a striped green square"), R("circle_1", BR, "a blue circle"))
    add(conv("ro-pick-edit-image-three", "restore",
             T("a striped green square top left and an orange circle bottom right",
               design(O("square", "green", "striped"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
               submit(a)),
             T("3 variations please", varied(3), variations(3)),
             T("number 2 is the best", same_as(0), pick(2)),
             T("make the circle blue",
               design(O("square", "green", "striped"), O("circle", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(b)),
             T("hm, take me back to image 3", same_as(0, by_round=True), restore(3))))

    # Both recoloured at once, then questions.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", RIGHT, "a blue triangle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "a green triangle"))
    add(conv("ro-both-green", "recolour",
             T("a red triangle left, a blue triangle right",
               design(O("triangle", "red"), O("triangle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make both green",
               design(O("triangle", "green", count=2), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("triangle", "red"), O("triangle", "blue")]), submit(b)),
             T("what did you change exactly?", kept(), tool("what_changed")),
             T("and why does the right one look smaller than the left?", kept(), tool("explain_critique"))))

    # Wipe and redo on grey with a column.
    a = doc(R("square_0", TL, "a striped yellow square"), R("square_1", BL, "a striped yellow square"), R("triangle_2", RIGHT, "a red triangle"))
    colr = (_sq(0.78, 0.17, 0.1), _sq(0.78, 0.5, 0.1), _sq(0.78, 0.83, 0.1))
    b = doc(*(R(f"circle_{i}", colr[i], "a striped blue circle") for i in range(3)), bg="grey")
    add(conv("ro-wipe-grey-column", "start_over",
             T("two stripy yellow squares on the left and a red triangle on the right",
               design(O("square", "yellow", "striped", count=2), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "left"), IN(2, "right")]),
               submit(a)),
             T("let's wipe it and do something else", cleared(), tool("start_over")),
             T("grey background, three striped blue circles in a column on the right",
               design(O("circle", "blue", "striped", count=3), constraints=[C("column", 0, 1, 2), IN(0, "right"), IN(1, "right"), IN(2, "right")],
                      background="gray", absent=[O("square"), O("triangle")]), submit(b))))

    # "move it" with two candidates and no place: ask.
    a = doc(R("square_0", TOP, "a green square"), R("triangle_1", BOTTOM, "an orange triangle"))
    b = doc(R("square_0", TOP, "a green square"), R("triangle_1", LEFT, "an orange triangle"))
    add(conv("ro-clarify-move-it", "clarify",
             T("a green square and an orange triangle, square on top",
               design(O("square", "green"), O("triangle", "orange"), constraints=[C("above", 0, 1)]), submit(a)),
             T("move it", kept(), reply="Which one should I move, the square or the triangle, and where to?"),
             T("triangle, far left", design(O("square", "green"), O("triangle", "orange"), constraints=[IN(1, "left")]), submit(b))))

    # Vague before anything exists, then a loose but drawable answer.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", RIGHT, "a blue circle"))
    add(conv("ro-something-cool", "clarify",
             T("make something cool", kept(),
               reply="Happy to! I can draw circles, squares and triangles in six colours, solid or striped. What would you like in it?"),
             T("eh, three circles, pick any colours you like", design(O("circle", count=3)), submit(a)),
             T("nice", kept(), reply="Thanks! Let me know if you want to change anything.")))

    # Swap colours, then swap places.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a red square"))
    c = doc(R("circle_0", RIGHT, "a blue circle"), R("square_1", LEFT, "a red square"))
    add(conv("ro-swap-colours-then-places", "swap",
             T("a red circle on the left and a blue square on the right",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap their colours",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "red"), O("square", "blue")]), submit(b)),
             T("and now swap their places too",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "right"), IN(1, "left")]), submit(c))))

    # Background changes, then the very first one back.
    a = doc(R("circle_0", CENTRE, "a purple circle"), bg="grey")
    b = doc(R("circle_0", CENTRE, "a purple circle"), bg="white")
    c = doc(R("circle_0", CENTRE, "a purple circle"), bg="black")
    add(conv("ro-background-tour", "background",
             T("a violet circle in the centre on grey", design(O("circle", "purple"), constraints=[IN(0, "center")], background="gray"),
               submit(a)),
             T("switch the bg to white", design(O("circle", "purple"), constraints=[IN(0, "center")], background="white"), submit(b)),
             T("hmm no, black", design(O("circle", "purple"), constraints=[IN(0, "center")], background="black"), submit(c)),
             T("back to the very first one please", same_as(0, by_round=True), restore(1))))

    # A column on the left moved to the right as a whole.
    left3 = (TL, LEFT, BL)
    right3 = (TR, RIGHT, BR)
    names = ("an orange triangle", "a purple triangle", "an orange triangle")
    a = doc(*(R(f"triangle_{i}", left3[i], names[i]) for i in range(3)))
    b = doc(*(R(f"triangle_{i}", right3[i], names[i]) for i in range(3)))
    tri = (O("triangle", "orange", count=2), O("triangle", "purple"))
    add(conv("ro-column-shift", "move",
             T("a column of three triangles down the left side: orange, purple, orange",
               design(*tri, constraints=[C("column", 0, 1, 2), C("between_y", 2, 0, 1), IN(0, "left"), IN(1, "left"), IN(2, "left")]),
               submit(a)),
             T("shift them all over to the right side",
               design(*tri, constraints=[C("column", 0, 1, 2), C("between_y", 2, 0, 1), IN(0, "right"), IN(1, "right"), IN(2, "right")]),
               submit(b)),
             T("what's the layout now", kept(), tool("show_layout"))))

    # Two rounds of variations, a pick from the second, a repaint of one part.
    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a yellow circle"))
    add(conv("ro-more-variations", "variations",
             T("a red square next to a yellow circle", design(O("square", "red"), O("circle", "yellow")), submit(a)),
             T("2 variations?", varied(2), variations(2)),
             T("neither of those... two more", varied(2), variations(2)),
             T("the last one", same_as(0), pick(2)),
             T("just redo the square in it", repainted(), repaint("square_0"))))

    # Questions only, no picture.
    add(conv("ro-just-asking", "no_render",
             T("good morning! quick q, can the shapes have stripes?", kept(),
               reply="Good morning! Yes, any circle, square or triangle can be striped or solid."),
             T("and a black background, is that possible", kept(), reply="Yes: gray, white or black."),
             T("cool, bye for now", kept(), reply="Bye! Come back whenever you want a picture.")))

    # A square slotted between two circles, made the largest, then both edits undone.
    a = doc(R("circle_0", TOP, "a yellow circle"), R("circle_1", BOTTOM, "a red circle"))
    b = doc(R("circle_0", TOP, "a yellow circle"), R("circle_1", BOTTOM, "a red circle"), R("square_2", CENTRE, "a blue square"))
    c = doc(R("circle_0", TOP, "a yellow circle"), R("circle_1", BOTTOM, "a red circle"), R("square_2", (0.25, 0.34, 0.75, 0.66), "a blue square"))
    add(conv("ro-sandwich-square", "add",
             T("yellow circle at the top, red circle at the bottom",
               design(O("circle", "yellow"), O("circle", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("put a blue square between them",
               design(O("circle", "yellow"), O("circle", "red"), O("square", "blue"), constraints=[C("between_y", 2, 0, 1)]), submit(b)),
             T("make the square bigger than both circles",
               design(O("circle", "yellow"), O("circle", "red"), O("square", "blue"),
                      constraints=[C("between_y", 2, 0, 1), C("larger", 2, 0), C("larger", 2, 1)]), submit(c)),
             T("hmm undo both of those", same_as(0), tool("undo"), tool("undo"))))

    # Moves relative to another object, then into a corner.
    a = doc(R("square_0", CENTRE, "an orange square"), R("triangle_1", RIGHT, "a purple triangle"))
    b = doc(R("square_0", CENTRE, "an orange square"), R("triangle_1", BOTTOM, "a purple triangle"))
    c = doc(R("square_0", TL, "an orange square"), R("triangle_1", BOTTOM, "a purple triangle"))
    add(conv("ro-under-then-corner", "move",
             T("orange square in the middle, purple triangle to the right of it",
               design(O("square", "orange"), O("triangle", "purple"), constraints=[IN(0, "center"), C("left_of", 0, 1)]), submit(a)),
             T("put the triangle under the square instead",
               design(O("square", "orange"), O("triangle", "purple"), constraints=[C("above", 0, 1)]), submit(b)),
             T("then drag the square into the top left corner",
               design(O("square", "orange"), O("triangle", "purple"), constraints=[IN(0, "top_left"), C("above", 0, 1)]), submit(c))))

    # Back to round 1 and an edit in one message.
    a = doc(R("circle_0", LEFT, "a blue circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_2", RIGHT, "a yellow square"))
    c = doc(R("circle_0", LEFT, "a blue circle"), R("square_2", TR, "a yellow square"))
    d = doc(R("circle_0", LEFT, "a striped blue circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    add(conv("ro-round-one-plus-edit", "restore",
             T("a blue circle on the left, a yellow triangle on the right",
               design(O("circle", "blue"), O("triangle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("turn the triangle into a square",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], absent=[O("triangle")]),
               submit(b)),
             T("and move the square to the top", design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(1, "top")]), submit(c)),
             T("go back to round 1 and make the circle striped this time",
               design(O("circle", "blue", "striped"), O("triangle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("square")]), restore(1), submit(d)),
             T("show me what changed", kept(), tool("what_changed"))))

    # Huge to tiny, moved into a corner, and a second tiny shape.
    a = doc(R("triangle_0", BIG, "a striped green triangle"))
    b = doc(R("triangle_0", (0.8, 0.8, 0.92, 0.92), "a striped green triangle"))
    c = doc(R("triangle_0", (0.8, 0.8, 0.92, 0.92), "a striped green triangle"), R("circle_1", TINY_TL, "a blue circle"))
    add(conv("ro-huge-to-tiny", "resize",
             T("a huge striped green triangle", design(O("triangle", "green", "striped"), constraints=[C("big", 0)]), submit(a)),
             T("make it tiny and shove it in the bottom right",
               design(O("triangle", "green", "striped"), constraints=[C("small", 0), IN(0, "bottom_right")],
                      smaller=[O("triangle", "green", "striped")]), submit(b)),
             T("add a tiny blue circle top left too",
               design(O("triangle", "green", "striped"), O("circle", "blue"),
                      constraints=[C("small", 0, 1), IN(0, "bottom_right"), IN(1, "top_left")]), submit(c))))

    # A grid cut down to one square, which is then reshaped.
    a = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a blue square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("square_1", CENTRE, "a blue square"))
    c = doc(R("circle_4", CENTRE, "a blue circle"))
    add(conv("ro-grid-to-one", "remove",
             T("red, blue, green and yellow squares in a 2 by 2 grid",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("keep just the blue one and put it in the center",
               design(O("square", "blue"), constraints=[IN(0, "center")],
                      absent=[O("square", "red"), O("square", "green"), O("square", "yellow")]), submit(b)),
             T("turn it into a circle", design(O("circle", "blue"), constraints=[IN(0, "center")], absent=[O("square")]), submit(c))))

    # Two identical triangles: "that triangle" needs a question.
    a = doc(R("triangle_0", BL, "a red triangle"), R("triangle_1", BR, "a red triangle"))
    b = doc(R("triangle_0", BL, "a red triangle"), R("triangle_1", BR, "a blue triangle"))
    add(conv("ro-which-triangle", "clarify",
             T("two red triangles along the bottom, one in each corner",
               design(O("triangle", "red", count=2), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]), submit(a)),
             T("make that triangle blue", kept(), reply="Which one, the triangle on the left or the one on the right?"),
             T("the right one",
               design(O("triangle", "red"), O("triangle", "blue"), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]), submit(b))))

    # A longer session ending with a start over.
    a = doc(R("circle_0", CENTRE, "a blue circle"))
    b = doc(R("circle_0", (0.25, 0.05, 0.75, 0.45), "a blue circle"))
    add(conv("ro-session-then-reset", "mixed",
             T("a blue circle pls", design(O("circle", "blue")), submit(a)),
             T("bigger, and in the top half",
               design(O("circle", "blue"), constraints=[IN(0, "top")], bigger=[O("circle", "blue")]), submit(b)),
             T("show me 2 variations", varied(2), variations(2)),
             T("1st", same_as(1), pick(1)),
             T("ok let's start all over", cleared(), tool("start_over"))))

    # Two more of one kind added relative to the first, then thanks.
    a = doc(R("square_0", CENTRE, "a yellow square"))
    b = doc(R("square_0", CENTRE, "a yellow square"), R("circle_1", TL, "a green circle"), R("circle_2", TR, "a green circle"))
    add(conv("ro-two-above", "add",
             T("just a yellow square in the middle, thanks", design(O("square", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("could you add a couple of green circles above it, one on each side?",
               design(O("square", "yellow"), O("circle", "green", count=2),
                      constraints=[IN(0, "center"), C("above", 1, 0), C("above", 2, 0), IN(1, "left"), IN(2, "right")]), submit(b)),
             T("brilliant, that's exactly it", kept(), reply="Great, glad it's what you had in mind!")))

    # A vague "move it a bit" after a single object: the object is clear, the direction is not.
    a = doc(R("circle_0", CENTRE, "a yellow circle"), bg="black")
    b = doc(R("circle_0", BR, "a yellow circle"), bg="black")
    add(conv("ro-move-a-bit", "clarify",
             T("yellow circle on a black backdrop",
               design(O("circle", "yellow"), background="black"), submit(a)),
             T("can you move it a bit", kept(), reply="Sure, in which direction: up, down, left, right, or into a corner?"),
             T("down and to the right, into the corner",
               design(O("circle", "yellow"), constraints=[IN(0, "bottom_right")], background="black"), submit(b)),
             T("great thanks", kept(), reply="You're welcome!")))

    # Reshape two at once and a question about why.
    a = doc(R("square_0", LEFT, "a green square"), R("square_1", RIGHT, "an orange square"))
    b = doc(R("triangle_2", LEFT, "a green triangle"), R("triangle_3", RIGHT, "an orange triangle"))
    add(conv("ro-squares-to-triangles", "reshape",
             T("green square left, orange square right",
               design(O("square", "green"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("can they both be triangles instead? same colours and spots",
               design(O("triangle", "green"), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "right")], absent=[O("square")]),
               submit(b)),
             T("why is the orange one tilted?", kept(), tool("explain_critique")),
             T("redo that one then", repainted(), repaint("triangle_3"))))

    return out


ROSTER: list[Conversation] = _roster()


if __name__ == "__main__":
    from .conversations import main
    main(ROSTER, least=(40, 150))
