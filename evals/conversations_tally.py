"""Sixteenth held-out set of recorded conversations with the image designer: sealed, and run once to measure.

Written independently of the agent (``agent/``), its tools (``tools/``) and the other conversation sets: only the
builders, the judge (``check_turn``) and the self-check of :mod:`regiondit.evals.conversations`, and the kinds of
objects, constraints, places, colours, textures and sizes of :mod:`regiondit.evals.paraphrases` were read. The turns
are how everyday users talk to a designer of coloured shapes on a plain background: short and long messages, casual and
formal, typos, pronouns, several steps at once, corrections, questions, and requests too vague to act on.

    python -m regiondit.evals.conversations_tally   # counts, then the self-check
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


def _at(cx: float, cy: float, half: float) -> Box:
    """A square box of half-side ``half`` centred on (cx, cy)."""
    return (round(cx - half, 4), round(cy - half, 4), round(cx + half, 4), round(cy + half, 4))


def _tally() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # Two corners, typo'd; then the colours trade places while the shapes stay put.
    a = doc(R("triangle_0", TL, "a red triangle"), R("circle_1", BR, "a blue circle"))
    b = doc(R("triangle_0", TL, "a blue triangle"), R("circle_1", BR, "a red circle"))
    add(conv("ty-corners-typo", "plan",
             T("hey can u put a red triangle top left and a blue circle bottom rigth",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("actually swap the colours around",
               design(O("triangle", "blue"), O("circle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("triangle", "red"), O("circle", "blue")]), submit(b)),
             T("thx, that's it", kept(), reply="You're welcome! Let me know if you want anything else changed.")))

    # A row of four along the top; the second from the left is recoloured, undone, redone.
    row4 = [_at(x, 0.19, 0.09) for x in (0.13, 0.37, 0.63, 0.87)]
    a = doc(*(R(f"square_{i}", box, "an orange square") for i, box in enumerate(row4)))
    b = doc(*(R(f"square_{i}", box, "a purple square" if i == 1 else "an orange square") for i, box in enumerate(row4)))
    add(conv("ty-orange-row", "rows",
             T("Four orange squares in a row along the top, please.",
               design(O("square", "orange", count=4), constraints=[C("row", 0, 1, 2, 3), C("in", 0, 1, 2, 3, arg="top")]), submit(a)),
             T("make the 2nd one from the left purple",
               design(O("square", "orange", count=3), O("square", "purple"), constraints=[C("row", 0, 1, 2, 3), C("order_x", 0, 3, 1, 2)]),
               submit(b)),
             T("hmm undo", same_as(0), tool("undo")),
             T("no wait, redo it. purple was better", same_as(1), tool("redo"))))

    # Six in a 2 by 3 grid; the bottom row goes; what changed.
    grid6 = [_at(x, y, 0.12) for y in (0.3, 0.7) for x in (0.2, 0.5, 0.8)]
    a = doc(*(R(f"circle_{i}", box, "a green circle") for i, box in enumerate(grid6)))
    b = doc(*(R(f"circle_{i}", box, "a green circle") for i, box in enumerate(grid6[:3])))
    add(conv("ty-grid-six", "grid",
             T("6 green circles in a grid, two rows of three",
               design(O("circle", "green", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]), submit(a)),
             T("remove the bottom row",
               design(O("circle", "green", count=3), constraints=[C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")]), submit(b)),
             T("what did you change just now?", kept(), tool("what_changed"))))

    # "bigger" with two candidates: ask, then grow the one named.
    a = doc(R("square_0", LEFT, "a yellow square"), R("triangle_1", RIGHT, "a blue triangle"))
    b = doc(R("square_0", (0.03, 0.28, 0.45, 0.72), "a yellow square"), R("triangle_1", RIGHT, "a blue triangle"))
    add(conv("ty-clarify-bigger", "clarify",
             T("a yellow square on the left, a blue triangle on the right",
               design(O("square", "yellow"), O("triangle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("bigger", kept(), reply="Which should be bigger: the yellow square, the blue triangle, or both?"),
             T("just the square",
               design(O("square", "yellow"), O("triangle", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      bigger=[O("square", "yellow")]), submit(b))))

    # One object moved by pronoun, restyled, then back to the striped version.
    a = doc(R("square_0", CENTRE, "a striped purple square"))
    b = doc(R("square_0", TOP, "a striped purple square"))
    c = doc(R("square_0", TOP, "a solid green square"))
    add(conv("ty-move-restyle", "move",
             T("Put a striped purple square in the centre.", design(O("square", "purple", "striped"), constraints=[IN(0, "center")]),
               submit(a)),
             T("move it up, into the top half", design(O("square", "purple", "striped"), constraints=[IN(0, "top")]), submit(b)),
             T("and make it solid green while you're at it",
               design(O("square", "green", "solid"), constraints=[IN(0, "top")], absent=[O("square", "purple")]), submit(c)),
             T("hmm no, go back to the striped one", same_as(1), tool("undo"))))

    # Terse request, a swap, then stripes on both.
    a = doc(R("circle_0", LEFT, "a red circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", RIGHT, "a red circle"), R("triangle_1", LEFT, "a yellow triangle"))
    c = doc(R("circle_0", RIGHT, "a striped red circle"), R("triangle_1", LEFT, "a striped yellow triangle"))
    add(conv("ty-swap-stripes", "swap",
             T("red circle left, yellow triangle right",
               design(O("circle", "red"), O("triangle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap em", design(O("circle", "red"), O("triangle", "yellow"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("make both of them stripy",
               design(O("circle", "red", "striped"), O("triangle", "yellow", "striped"), constraints=[C("left_of", 1, 0)]), submit(c))))

    # Variations on white, a pick by ordinal, then a background change on the picked design.
    a = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "a green square"), bg="white")
    b = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "a green square"), bg="black")
    add(conv("ty-variations-third", "variations",
             T("Could you make a blue circle above a green square on a white background?",
               design(O("circle", "blue"), O("square", "green"), constraints=[C("above", 0, 1)], background="white"), submit(a)),
             T("nice, can i see 3 other versions", varied(3), variations(3)),
             T("the third one's the best", same_as(1), pick(3)),
             T("now make the background black",
               design(O("circle", "blue"), O("square", "green"), constraints=[C("above", 0, 1)], background="black"), submit(b))))

    # Three in order; one repainted; a why-question.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", RIGHT, "a blue triangle"))
    add(conv("ty-repaint-wonky", "repaint",
             T("three triangles, red yellow blue, left to right",
               design(O("triangle", "red"), O("triangle", "yellow"), O("triangle", "blue"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("the yellow one came out wonky, redo just that one", repainted(), repaint("triangle_1")),
             T("better. why was it wonky before?", kept(), tool("explain_critique"))))

    # Big, recoloured, shrunk; back to the first image; stripes on that.
    a = doc(R("circle_0", BIG, "an orange circle"))
    b = doc(R("circle_0", BIG, "a red circle"))
    c = doc(R("circle_0", SMALL, "a red circle"))
    d = doc(R("circle_0", BIG, "a striped orange circle"))
    add(conv("ty-first-image-stripes", "restore",
             T("a big orange circle in the middle", design(O("circle", "orange"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("make it red", design(O("circle", "red"), constraints=[IN(0, "center")], absent=[O("circle", "orange")]), submit(b)),
             T("now make it small", design(O("circle", "red"), constraints=[IN(0, "center"), C("small", 0)], smaller=[O("circle", "red")]),
               submit(c)),
             T("go back to the first image", same_as(0, by_round=True), restore(1)),
             T("ok that one, but with stripes",
               design(O("circle", "orange", "striped"), constraints=[IN(0, "center"), C("big", 0)], absent=[O("circle", "red")]), submit(d))))

    # Start from scratch, then a fresh picture with a background.
    a = doc(R("triangle_0", (0.2, 0.6, 0.45, 0.85), "a purple triangle"), R("triangle_1", (0.55, 0.6, 0.8, 0.85), "a purple triangle"))
    b = doc(R("square_0", TR, "a yellow square"), bg="white")
    add(conv("ty-scratch-fresh", "start_over",
             T("two purple triangles side by side at the bottom",
               design(O("triangle", "purple", count=2), constraints=[C("row", 0, 1), C("in", 0, 1, arg="bottom")]), submit(a)),
             T("nah scrap it. start from scratch", cleared(), tool("start_over")),
             T("a white background with one yellow square in the upper right",
               design(O("square", "yellow"), constraints=[IN(0, "top_right")], background="white", absent=[O("triangle")]), submit(b))))

    # "that one" among three of a colour: ask, then recolour the one named.
    a = doc(R("circle_0", TOP, "a green circle"), R("square_1", CENTRE, "a green square"), R("triangle_2", BOTTOM, "a green triangle"))
    b = doc(R("circle_0", TOP, "a green circle"), R("square_1", CENTRE, "a red square"), R("triangle_2", BOTTOM, "a green triangle"))
    add(conv("ty-clarify-that-one", "clarify",
             T("a green circle, a green square and a green triangle in a column",
               design(O("circle", "green"), O("square", "green"), O("triangle", "green"), constraints=[C("column", 0, 1, 2)]), submit(a)),
             T("make that one red", kept(), reply="Which one should turn red: the circle, the square or the triangle?"),
             T("the square in the middle",
               design(O("circle", "green"), O("square", "red"), O("triangle", "green"), constraints=[C("column", 0, 1, 2)],
                      absent=[O("square", "green")]), submit(b))))

    # Small talk only: nothing is drawn.
    add(conv("ty-chit-chat", "no_render",
             T("hello! what is this thing", kept(),
               reply="Hi! I draw simple pictures of circles, squares and triangles. Tell me the shapes, colours and where they go."),
             T("can it draw a cat?", kept(),
               reply="Not a cat, I'm afraid: only circles, squares and triangles, solid or striped, on a gray, white or black background."),
             T("ok. how many colours do u have", kept(), reply="Six: red, green, blue, yellow, purple and orange."),
             T("cool thanks, bye", kept(), reply="Bye! Come back whenever you want a picture.")))

    # Adding between two, then a texture change on the new one.
    a = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "an orange square"))
    b = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "an orange square"), R("circle_2", SMALL, "a yellow circle"))
    c = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "an orange square"), R("circle_2", SMALL, "a striped yellow circle"))
    add(conv("ty-add-between", "add",
             T("blue square on the left, orange square on the right",
               design(O("square", "blue"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("put a small yellow circle between them",
               design(O("square", "blue"), O("square", "orange"), O("circle", "yellow"), constraints=[C("between_x", 2, 0, 1), C("small", 2)]),
               submit(b)),
             T("make the circle striped",
               design(O("square", "blue"), O("square", "orange"), O("circle", "yellow", "striped"), constraints=[C("between_x", 2, 0, 1)]),
               submit(c))))

    # Halves, flipped, and the layout shown.
    a = doc(R("triangle_0", TOP, "a red triangle"), R("circle_1", BOTTOM, "a green circle"))
    b = doc(R("triangle_0", BOTTOM, "a red triangle"), R("circle_1", TOP, "a green circle"))
    add(conv("ty-halves-flip", "move",
             T("a red triangle in the upper half and a green circle in the lower half",
               design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("flip them", design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "bottom"), IN(1, "top")]), submit(b)),
             T("show me the layout", kept(), tool("show_layout"))))

    # Counting up and down.
    a = doc(R("circle_0", LEFT, "a blue circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", RIGHT, "a blue circle"))
    five = [_at(x, 0.5, 0.08) for x in (0.1, 0.3, 0.5, 0.7, 0.9)]
    b = doc(*(R(f"circle_{i}", box, "a blue circle") for i, box in enumerate(five)))
    c = doc(*(R(f"circle_{i}", box, "a blue circle") for i, box in enumerate(five[:4])))
    add(conv("ty-count-up-down", "counts",
             T("three blue circles", design(O("circle", "blue", count=3)), submit(a)),
             T("add two more", design(O("circle", "blue", count=5)), submit(b)),
             T("too many lol, make it four", design(O("circle", "blue", count=4)), submit(c))))

    # Synonyms (violet, centred, grey), two background changes, undo of the last.
    a = doc(R("square_0", CENTRE, "a purple square"), bg="gray")
    b = doc(R("square_0", CENTRE, "a purple square"), bg="black")
    c = doc(R("square_0", CENTRE, "a purple square"), bg="white")
    add(conv("ty-backdrops", "background",
             T("violet square centred on grey", design(O("square", "purple"), constraints=[IN(0, "center")], background="gray"), submit(a)),
             T("change the backdrop to black", design(O("square", "purple"), constraints=[IN(0, "center")], background="black"), submit(b)),
             T("hmm white instead, sorry", design(O("square", "purple"), constraints=[IN(0, "center")], background="white"), submit(c)),
             T("nope, undo. black was right", same_as(1), tool("undo"))))

    # "move it to the side" with two circles: ask which and which side.
    a = doc(R("circle_0", TOP, "a red circle"), R("circle_1", BOTTOM, "a blue circle"))
    b = doc(R("circle_0", TOP, "a red circle"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("ty-clarify-side", "clarify",
             T("two circles, red at the top and blue at the bottom",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("move it to the side", kept(), reply="Which circle should I move, the red or the blue one, and to the left or the right?"),
             T("blue one, right side",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "right")]), submit(b))))

    # Sizes traded between two objects.
    a = doc(R("triangle_0", BIG_LEFT, "a green triangle"), R("square_1", SMALL_RIGHT, "an orange square"))
    b = doc(R("triangle_0", (0.12, 0.42, 0.28, 0.58), "a green triangle"), R("square_1", (0.54, 0.2, 0.96, 0.8), "an orange square"))
    add(conv("ty-trade-sizes", "resize",
             T("a large green triangle and a tiny orange square",
               design(O("triangle", "green"), O("square", "orange"), constraints=[C("larger", 0, 1), C("big", 0), C("small", 1)]), submit(a)),
             T("switch the sizes",
               design(O("triangle", "green"), O("square", "orange"), constraints=[C("larger", 1, 0)],
                      bigger=[O("square", "orange")], smaller=[O("triangle", "green")]), submit(b)),
             T("perfect thank you!!", kept(), reply="Glad you like it!")))

    # A removal undone, then a different removal.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("triangle_2", RIGHT, "a yellow triangle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"))
    add(conv("ty-remove-other", "remove",
             T("red circle, blue square, yellow triangle from left to right",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("lose the square",
               design(O("circle", "red"), O("triangle", "yellow"), constraints=[C("left_of", 0, 1)], absent=[O("square")]), submit(b)),
             T("hmm no, undo that", same_as(0), tool("undo")),
             T("ok delete the triangle instead",
               design(O("circle", "red"), O("square", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("triangle")]), submit(c))))

    # Variations, a look at the layout, then a late pick.
    a = doc(R("triangle_0", BL, "a striped orange triangle"))
    add(conv("ty-variations-late-pick", "variations",
             T("a striped orange triangle in the bottom left corner",
               design(O("triangle", "orange", "striped"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("give me 2 variations", varied(2), variations(2)),
             T("meh. show me the layout", kept(), tool("show_layout")),
             T("fine, I'll take the 1st after all", same_as(0), pick(1))))

    # A long first message on black, then three edits in one sentence.
    a = doc(R("circle_0", TL, "a yellow circle"), R("square_1", TR, "a red square"), R("triangle_2", BOTTOM, "a blue triangle"), bg="black")
    b = doc(R("circle_0", (0.03, 0.03, 0.4, 0.4), "a yellow circle"), R("square_1", TR, "a green square"), bg="black")
    add(conv("ty-three-edits", "mixed",
             T("I need a picture with a black background: a yellow circle in the top left, a red square in the top right, "
               "and a blue triangle at the bottom in the middle",
               design(O("circle", "yellow"), O("square", "red"), O("triangle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")], background="black"), submit(a)),
             T("Make the circle bigger, turn the square green, and remove the triangle.",
               design(O("circle", "yellow"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "top_right")],
                      absent=[O("triangle"), O("square", "red")], background="black", bigger=[O("circle", "yellow")]), submit(b)),
             T("what changed?", kept(), tool("what_changed"))))

    # A vague start: ask first; then circles whose colours are the designer's choice, laid on a diagonal.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", RIGHT, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", BR, "a yellow circle"))
    add(conv("ty-clarify-something-cool", "clarify",
             T("make something cool", kept(),
               reply="Happy to! What should be in it: circles, squares or triangles, in which colours, and where?"),
             T("idk, some circles i guess. 3 of them, different colours", design(O("circle", count=3)), submit(a)),
             T("put them on a diagonal from top left to bottom right",
               design(O("circle", count=3), constraints=[C("order_x", 0, 1, 2), C("order_y", 0, 1, 2), IN(0, "top_left"), IN(2, "bottom_right")]),
               submit(b))))

    # Two undos in one message, then one redo.
    a = doc(R("square_0", CENTRE, "a green square"))
    b = doc(R("square_0", CENTRE, "a yellow square"))
    c = doc(R("square_0", CENTRE, "a striped yellow square"))
    add(conv("ty-undo-twice-at-once", "undo_redo",
             T("a green square", design(O("square", "green")), submit(a)),
             T("make it yellow", design(O("square", "yellow"), absent=[O("square", "green")]), submit(b)),
             T("now put stripes on it", design(O("square", "yellow", "striped")), submit(c)),
             T("undo twice", same_as(0), tool("undo"), tool("undo")),
             T("redo once", same_as(1), tool("redo"))))

    # A half filled with a stack, a big circle in the other; stripes; a why answered in words.
    tri3 = [(0.1, 0.04, 0.4, 0.28), (0.1, 0.38, 0.4, 0.62), (0.1, 0.72, 0.4, 0.96)]
    circle = (0.54, 0.22, 0.96, 0.78)
    a = doc(*(R(f"triangle_{i}", box, "a green triangle") for i, box in enumerate(tri3)), R("circle_3", circle, "a yellow circle"))
    b = doc(*(R(f"triangle_{i}", box, "a striped green triangle") for i, box in enumerate(tri3)), R("circle_3", circle, "a yellow circle"))
    add(conv("ty-halves-stack", "plan",
             T("fill the left half with 3 green triangles stacked on top of each other, and put one big yellow circle in the right half",
               design(O("triangle", "green", count=3), O("circle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("in", 0, 1, 2, arg="left"), IN(3, "right"), C("big", 3)]), submit(a)),
             T("make the triangles striped",
               design(O("triangle", "green", "striped", count=3), O("circle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("in", 0, 1, 2, arg="left"), IN(3, "right")]), submit(b)),
             T("why are the triangles so small?", kept(),
               reply="Three of them have to fit one above the other in the left half, so each gets about a third of the height. "
                     "Want me to use fewer or make them wider?")))

    # Repaint both, then one of them again.
    a = doc(R("square_0", TL, "a striped blue square"), R("square_1", TR, "a striped blue square"))
    add(conv("ty-repaint-pair", "repaint",
             T("Two striped blue squares, one in each top corner",
               design(O("square", "blue", "striped", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")]), submit(a)),
             T("the stripes look messy, can you re-render both?", repainted(), repaint("square_0", "square_1")),
             T("still meh. try the left one again", repainted(), repaint("square_0")),
             T("ok good", kept(), reply="Great, I'll leave it like this.")))

    # A relation, a critique question, a repaint by pronoun, and what changed.
    a = doc(R("triangle_0", LEFT, "an orange triangle"), R("circle_1", RIGHT, "a purple circle"))
    add(conv("ty-oval-circle", "inspect",
             T("a purple circle to the right of an orange triangle",
               design(O("circle", "purple"), O("triangle", "orange"), constraints=[C("left_of", 1, 0)]), submit(a)),
             T("why does the circle look kinda oval?", kept(), tool("explain_critique")),
             T("hmm redo it then", repainted(), repaint("circle_1")),
             T("and tell me what changed", kept(), tool("what_changed"))))

    # Four corners by colon list, rotated clockwise, undone.
    a = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a blue square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("square_0", TR, "a red square"), R("square_1", BR, "a blue square"), R("square_2", TL, "a green square"),
            R("square_3", BL, "a yellow square"))
    add(conv("ty-rotate-corners", "move",
             T("4 squares: red top-left, blue top-right, green bottom-left, yellow bottom-right",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("rotate them clockwise by one corner",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"),
                      constraints=[IN(0, "top_right"), IN(1, "bottom_right"), IN(2, "top_left"), IN(3, "bottom_left")]), submit(b)),
             T("undo that, too confusing", same_as(0), tool("undo"))))

    # A vertical stack moved as a whole.
    a = doc(R("circle_0", TOP, "a red circle"), R("circle_1", CENTRE, "an orange circle"), R("circle_2", BOTTOM, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", LEFT, "an orange circle"), R("circle_2", BL, "a yellow circle"))
    add(conv("ty-stack-left", "column",
             T("stack a red, an orange and a yellow circle vertically, red on top",
               design(O("circle", "red"), O("circle", "orange"), O("circle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("above", 0, 1), C("above", 0, 2)]), submit(a)),
             T("move the whole stack over to the left side",
               design(O("circle", "red"), O("circle", "orange"), O("circle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("above", 0, 1), C("above", 0, 2), C("in", 0, 1, 2, arg="left")]), submit(b)),
             T("thanks, looks like a traffic light lol", kept(), reply="Ha, it does a bit! Anything else?")))

    # The shape changes twice; colour and place follow what was asked.
    a = doc(R("triangle_0", BR, "a blue triangle"))
    b = doc(R("square_1", BR, "a blue square"))
    c = doc(R("circle_2", BR, "an orange circle"))
    add(conv("ty-reshape-twice", "reshape",
             T("a blue triangle in the bottom right", design(O("triangle", "blue"), constraints=[IN(0, "bottom_right")]), submit(a)),
             T("turn it into a square, keep the colour",
               design(O("square", "blue"), constraints=[IN(0, "bottom_right")], absent=[O("triangle")]), submit(b)),
             T("and now a circle, and orange",
               design(O("circle", "orange"), constraints=[IN(0, "bottom_right")], absent=[O("triangle"), O("square")]), submit(c))))

    # "something nicer" names neither the object nor the colour: ask.
    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a red circle"))
    b = doc(R("square_0", LEFT, "a blue square"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("ty-clarify-nicer-colour", "clarify",
             T("red square and red circle next to each other",
               design(O("square", "red"), O("circle", "red"), constraints=[C("row", 0, 1)]), submit(a)),
             T("change the colour to something nicer", kept(),
               reply="Sure. Which one, the square, the circle or both, and what colour would you like?"),
             T("both blue",
               design(O("square", "blue"), O("circle", "blue"), constraints=[C("row", 0, 1)], absent=[O("square", "red"), O("circle", "red")]),
               submit(b))))

    # Shrinking in two steps, then done.
    a = doc(R("circle_0", (0.8, 0.05, 0.94, 0.19), "a red circle"), R("square_1", (0.08, 0.24, 0.72, 0.88), "a blue square"))
    b = doc(R("circle_0", (0.8, 0.05, 0.94, 0.19), "a red circle"), R("square_1", (0.15, 0.3, 0.65, 0.8), "a blue square"))
    c = doc(R("circle_0", (0.8, 0.05, 0.94, 0.19), "a red circle"), R("square_1", (0.22, 0.37, 0.58, 0.73), "a blue square"))
    add(conv("ty-shrink-steps", "resize",
             T("a tiny red circle in the top right corner and a huge blue square in the middle",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_right"), C("small", 0), IN(1, "center"), C("big", 1)]),
               submit(a)),
             T("shrink the square a little",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_right"), IN(1, "center")], smaller=[O("square", "blue")]),
               submit(b)),
             T("a bit more",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_right"), IN(1, "center")], smaller=[O("square", "blue")]),
               submit(c)),
             T("ok that's enough, thanks", kept(), reply="You're welcome!")))

    # Building up by relations to what is already there.
    a = doc(R("triangle_0", CENTRE, "a yellow triangle"))
    b = doc(R("triangle_0", CENTRE, "a yellow triangle"), R("circle_1", LEFT, "a purple circle"))
    c = doc(R("triangle_0", CENTRE, "a yellow triangle"), R("circle_1", LEFT, "a purple circle"), R("square_2", BL, "a green square"))
    add(conv("ty-relative-build", "add",
             T("one yellow triangle", design(O("triangle", "yellow")), submit(a)),
             T("put a purple circle to its left", design(O("triangle", "yellow"), O("circle", "purple"), constraints=[C("left_of", 1, 0)]),
               submit(b)),
             T("and a green square below the circle",
               design(O("triangle", "yellow"), O("circle", "purple"), O("square", "green"), constraints=[C("left_of", 1, 0), C("above", 1, 2)]),
               submit(c)),
             T("Show me the layout please", kept(), tool("show_layout"))))

    # Back to round 2, then undo of the restore brings the latest design back.
    a = doc(R("triangle_0", TOP, "a green triangle"), R("circle_1", BOTTOM, "a blue circle"))
    b = doc(R("triangle_0", TOP, "a striped green triangle"), R("circle_1", BOTTOM, "a blue circle"))
    c = doc(R("triangle_0", TOP, "a striped green triangle"), R("circle_1", BOTTOM, "a blue circle"), R("square_2", RIGHT, "an orange square"))
    add(conv("ty-round-two-undo", "restore",
             T("green triangle top, blue circle bottom",
               design(O("triangle", "green"), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("make the triangle striped", design(O("triangle", "green", "striped"), O("circle", "blue"), constraints=[C("above", 0, 1)]),
               submit(b)),
             T("add an orange square on the right",
               design(O("triangle", "green", "striped"), O("circle", "blue"), O("square", "orange"), constraints=[IN(2, "right")]), submit(c)),
             T("go back to round 2", same_as(1, by_round=True), restore(2)),
             T("hmm no, undo that, I want the square back", same_as(2), tool("undo"))))

    # Formal: a row in order on white, one member enlarged, a question about the change.
    a = doc(R("square_0", LEFT, "a red square"), R("square_1", CENTRE, "a green square"), R("square_2", RIGHT, "a blue square"), bg="white")
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", (0.34, 0.3, 0.66, 0.7), "a green square"), R("square_2", RIGHT, "a blue square"),
            bg="white")
    add(conv("ty-formal-row", "rows",
             T("Good afternoon. I would like an image containing three squares arranged horizontally: a red square, a green square "
               "and a blue square, in that order from left to right, on a white background.",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      background="white"), submit(a)),
             T("Thank you. Kindly make the green square considerably larger while keeping the arrangement.",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      background="white", bigger=[O("square", "green")]), submit(b)),
             T("Could you tell me precisely what you changed?", kept(), tool("what_changed"))))

    # "fix it" says nothing of what is wrong: ask; then a plain redraw.
    a = doc(R("triangle_0", CENTRE, "a striped red triangle"))
    add(conv("ty-clarify-fix-it", "clarify",
             T("a striped red triangle in the center", design(O("triangle", "red", "striped"), constraints=[IN(0, "center")]), submit(a)),
             T("fix it", kept(),
               reply="What looks wrong to you: the colour, the stripes, the size or the position? Or shall I simply redraw it?"),
             T("just redraw it, same thing", repainted(), repaint("triangle_0"))))

    # A 2x2 grid, two cells recoloured, then only one of the two changes taken back.
    cells = {"tl": _at(0.25, 0.25, 0.15), "tr": _at(0.75, 0.25, 0.15), "bl": _at(0.25, 0.75, 0.15), "br": _at(0.75, 0.75, 0.15)}
    a = doc(*(R(f"square_{k}", box, "a purple square") for k, box in cells.items()))
    b = doc(*(R(f"square_{k}", box, {"tl": "an orange square", "br": "a yellow square"}.get(k, "a purple square")) for k, box in cells.items()))
    c = doc(*(R(f"square_{k}", box, "an orange square" if k == "tl" else "a purple square") for k, box in cells.items()))
    add(conv("ty-grid-partial-undo", "grid",
             T("2x2 grid of purple squares", design(O("square", "purple", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("make the top-left one orange and the bottom-right one yellow",
               design(O("square", "purple", count=2), O("square", "orange"), O("square", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(2, "top_left"), IN(3, "bottom_right")]), submit(b)),
             T("hmm, take back just the yellow one, keep the orange",
               design(O("square", "purple", count=3), O("square", "orange"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(3, "top_left")], absent=[O("square", "yellow")]), submit(c))))

    # A pick, an edit on it, and an undo back to the pick.
    a = doc(R("circle_0", CENTRE, "a yellow circle"), bg="black")
    b = doc(R("circle_0", CENTRE, "a striped yellow circle"), bg="black")
    add(conv("ty-pick-edit-undo", "variations",
             T("a yellow circle on a black background", design(O("circle", "yellow"), background="black"), submit(a)),
             T("show 4 variations", varied(4), variations(4)),
             T("number 4 please", same_as(1), pick(4)),
             T("make the circle striped", design(O("circle", "yellow", "striped"), background="black"), submit(b)),
             T("undo", same_as(2), tool("undo"))))

    # Heavy typos.
    a = doc(R("square_0", CENTRE, "a blue square"), R("triangle_1", TOP, "a green triangle"))
    b = doc(R("square_0", CENTRE, "a blue square"), R("triangle_1", (0.3, 0.02, 0.7, 0.34), "a green triangle"))
    add(conv("ty-typos", "plan",
             T("plz draw a blu sqaure in teh middle and a grene triangel above it",
               design(O("square", "blue"), O("triangle", "green"), constraints=[IN(0, "center"), C("above", 1, 0)]), submit(a)),
             T("make teh triangle bigr",
               design(O("square", "blue"), O("triangle", "green"), constraints=[IN(0, "center"), C("above", 1, 0)],
                      bigger=[O("triangle", "green")]), submit(b)),
             T("gr8 ty", kept(), reply="You're welcome!")))

    # Moving relative to another object, then to an edge.
    a = doc(R("circle_0", CENTRE, "a blue circle"), R("square_1", TR, "a red square"))
    b = doc(R("circle_0", CENTRE, "a blue circle"), R("square_1", BOTTOM, "a red square"))
    c = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", BOTTOM, "a red square"))
    add(conv("ty-move-relative", "move",
             T("a blue circle in the middle and a red square in the top right",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "center"), IN(1, "top_right")]), submit(a)),
             T("put the square directly below the circle",
               design(O("circle", "blue"), O("square", "red"), constraints=[C("above", 0, 1), C("column", 0, 1)]), submit(b)),
             T("now shove the circle over to the left edge, leave the square",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "bottom")]), submit(c))))

    # Clear, a question on the empty canvas, then a fresh picture.
    a = doc(R("triangle_0", TOP, "a yellow triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("triangle_2", BOTTOM, "a yellow triangle"))
    b = doc(R("circle_0", BL, "a green circle"))
    add(conv("ty-clear-ask-fresh", "start_over",
             T("three yellow triangles, top to bottom", design(O("triangle", "yellow", count=3), constraints=[C("column", 0, 1, 2)]), submit(a)),
             T("clear the canvas", cleared(), tool("start_over")),
             T("is it empty now?", cleared(), reply="Yes, the canvas is empty. What would you like next?"),
             T("good. a single green circle at the bottom left then",
               design(O("circle", "green"), constraints=[IN(0, "bottom_left")], absent=[O("triangle")]), submit(b))))

    # Back to the first picture after an addition; what changed.
    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a blue circle"), R("triangle_2", CENTRE, "an orange triangle"))
    add(conv("ty-first-picture-diff", "restore",
             T("red square left, blue circle right",
               design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("put an orange triangle between them",
               design(O("square", "red"), O("circle", "blue"), O("triangle", "orange"), constraints=[C("between_x", 2, 0, 1)]), submit(b)),
             T("go back to the first picture pls", same_as(0, by_round=True), restore(1)),
             T("what's different from before?", kept(), tool("what_changed"))))

    # Shapes swap but colours stay in their corners; then back.
    a = doc(R("circle_0", TL, "a green circle"), R("triangle_1", BR, "a purple triangle"))
    b = doc(R("triangle_2", TL, "a green triangle"), R("circle_3", BR, "a purple circle"))
    add(conv("ty-swap-shapes-keep-colours", "swap",
             T("green circle in the top left, purple triangle in the bottom right",
               design(O("circle", "green"), O("triangle", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("swap the shapes but keep the colours where they are",
               design(O("triangle", "green"), O("circle", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("circle", "green"), O("triangle", "purple")]), submit(b)),
             T("lol ok that looks weird, undo", same_as(0), tool("undo"))))

    # Counts on two sides; one more; the circles lined up in a column.
    tri2 = [R("triangle_0", TL, "a red triangle"), R("triangle_1", BL, "a red triangle")]
    a = doc(*tri2, R("circle_2", TR, "a blue circle"), R("circle_3", RIGHT, "a blue circle"), R("circle_4", BR, "a blue circle"))
    quad = [_at(x, y, 0.1) for y in (0.3, 0.7) for x in (0.64, 0.86)]
    b = doc(*tri2, *(R(f"circle_{i + 2}", box, "a blue circle") for i, box in enumerate(quad)))
    col4 = [_at(0.8, y, 0.1) for y in (0.14, 0.38, 0.62, 0.86)]
    c = doc(*tri2, *(R(f"circle_{i + 2}", box, "a blue circle") for i, box in enumerate(col4)))
    add(conv("ty-counts-sides", "counts",
             T("a couple of red triangles on the left and three blue circles on the right",
               design(O("triangle", "red", count=2), O("circle", "blue", count=3),
                      constraints=[C("in", 0, 1, arg="left"), C("in", 2, 3, 4, arg="right")]), submit(a)),
             T("one more blue circle",
               design(O("triangle", "red", count=2), O("circle", "blue", count=4),
                      constraints=[C("in", 0, 1, arg="left"), C("in", 2, 3, 4, arg="right")]), submit(b)),
             T("put all the circles in one column",
               design(O("triangle", "red", count=2), O("circle", "blue", count=4),
                      constraints=[C("in", 0, 1, arg="left"), C("column", 2, 3, 4, 5), C("in", 2, 3, 4, 5, arg="right")]), submit(c))))

    # Background edit, then a colour edit that keeps the new background.
    a = doc(R("triangle_0", CENTRE, "an orange triangle"), bg="white")
    b = doc(R("triangle_0", CENTRE, "an orange triangle"), bg="gray")
    c = doc(R("triangle_0", CENTRE, "a blue triangle"), bg="gray")
    add(conv("ty-bg-then-colour", "background",
             T("an orange triangle on white", design(O("triangle", "orange"), background="white"), submit(a)),
             T("make the bg grey", design(O("triangle", "orange"), background="gray"), submit(b)),
             T("also turn the triangle blue", design(O("triangle", "blue"), background="gray", absent=[O("triangle", "orange")]), submit(c))))

    # "add something" names nothing: ask, then add what the answer says.
    a = doc(R("square_0", BOTTOM, "a purple square"))
    b = doc(R("square_0", BOTTOM, "a purple square"), R("circle_1", (0.72, 0.7, 0.86, 0.84), "a red circle"))
    add(conv("ty-clarify-add-something", "clarify",
             T("purple square in the bottom half", design(O("square", "purple"), constraints=[IN(0, "bottom")]), submit(a)),
             T("add something next to it", kept(), reply="What would you like me to add, and on which side of the square?"),
             T("a small red circle on its right",
               design(O("square", "purple"), O("circle", "red"), constraints=[IN(0, "bottom"), C("left_of", 0, 1), C("small", 1)]),
               submit(b))))

    # Questions before any picture: answered in words.
    add(conv("ty-before-we-start", "no_render",
             T("before we start, can you do gradients?", kept(),
               reply="No gradients, sorry: each shape is one flat colour, either solid or striped."),
             T("what about a pink background?", kept(), reply="Backgrounds can be gray, white or black. Would one of those work?"),
             T("grey then, but hold on, I'll tell you the shapes in a sec", kept(),
               reply="Sure, grey it is. Tell me the shapes whenever you're ready.")))

    # A repaint, an edit, undo and redo across them.
    a = doc(R("square_0", TOP, "a blue square"), R("circle_1", BOTTOM, "a yellow circle"))
    b = doc(R("square_0", TOP, "a blue square"), R("circle_1", BOTTOM, "a green circle"))
    add(conv("ty-repaint-edit-undo-redo", "undo_redo",
             T("a blue square and a yellow circle, the square above the circle",
               design(O("square", "blue"), O("circle", "yellow"), constraints=[C("above", 0, 1)]), submit(a)),
             T("repaint the circle", repainted(), repaint("circle_1")),
             T("make the circle green",
               design(O("square", "blue"), O("circle", "green"), constraints=[C("above", 0, 1)], absent=[O("circle", "yellow")]), submit(b)),
             T("undo", same_as(1), tool("undo")),
             T("redo", same_as(2), tool("redo"))))

    # A long session: plan on white, corners added, a reshape, variations, a pick, thanks.
    corners = [_at(0.08, 0.08, 0.06), _at(0.92, 0.08, 0.06), _at(0.08, 0.92, 0.06), _at(0.92, 0.92, 0.06)]
    big_c = (0.2, 0.2, 0.8, 0.8)
    a = doc(R("circle_0", big_c, "a red circle"), bg="white")
    sq = [R(f"square_{i + 1}", box, "a blue square") for i, box in enumerate(corners)]
    b = doc(R("circle_0", big_c, "a red circle"), *sq, bg="white")
    c = doc(R("triangle_5", big_c, "a red triangle"), *sq, bg="white")
    at_corners = [IN(1, "top_left"), IN(2, "top_right"), IN(3, "bottom_left"), IN(4, "bottom_right"), C("small", 1, 2, 3, 4)]
    add(conv("ty-long-session", "mixed",
             T("hi! i want a white background with a big red circle in the middle",
               design(O("circle", "red"), constraints=[IN(0, "center"), C("big", 0)], background="white"), submit(a)),
             T("add four small blue squares, one in each corner",
               design(O("circle", "red"), O("square", "blue", count=4), constraints=[IN(0, "center"), *at_corners], background="white"),
               submit(b)),
             T("make the circle a triangle",
               design(O("triangle", "red"), O("square", "blue", count=4), constraints=[IN(0, "center"), *at_corners], background="white",
                      absent=[O("circle")]), submit(c)),
             T("show me 3 variations", varied(3), variations(3)),
             T("2nd", same_as(2), pick(2)),
             T("thanks, that's lovely", kept(), reply="Thank you! Enjoy the picture.")))

    return out


TALLY: list[Conversation] = _tally()


if __name__ == "__main__":
    from .conversations import main
    main(TALLY, least=(40, 150))
