"""The census set: a held-out set of recorded conversations with the image designer, written independently of the agent.

It was written from how people talk to a designer that draws coloured shapes, reading only :mod:`.conversations` (the
builders, the judge ``check_turn`` and the self-check) and :mod:`.paraphrases` (the kinds of objects, colours, textures,
sizes and places), and nothing of the agent (``agent/``), its tools (``tools/``), the tests or the other sets. Its
people lean towards teachers and parents making simple pictures for children, older users who write full polite
sentences, users who think in rows, columns, grids, halves, quadrants and symmetry, users who count, and users who
change their mind within a message or across turns. Every expectation is what a careful human designer would do,
stated only in terms the judge can check.

    python -m regiondit.evals.conversations_census   # counts, then the self-check of conversations.py on this set
"""

from __future__ import annotations

from .conversations import (
    BL,
    BOTTOM,
    BR,
    CENTRE,
    IN,
    LEFT,
    RIGHT,
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
from .paraphrases import C, Constraint


def box(cx: float, cy: float, half: float, half_y: float | None = None) -> Box:
    """A box centred on (cx, cy), ``half`` wide each way (``half_y`` tall each way, if given)."""
    hy = half if half_y is None else half_y
    return (round(cx - half, 4), round(cy - hy, 4), round(cx + half, 4), round(cy + hy, 4))


def above_all(tops: range | list[int], bottoms: range | list[int]) -> list[Constraint]:
    """Every object of ``tops`` above every object of ``bottoms``."""
    return [C("above", i, j) for i in tops for j in bottoms]


def _census() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # 1. A teacher's traffic light: a column of three circles, made bigger for the back row, then a look at the layout.
    a = doc(R("circle_0", box(0.5, 0.19, 0.1), "a red circle"), R("circle_1", box(0.5, 0.5, 0.1), "a yellow circle"),
            R("circle_2", box(0.5, 0.81, 0.1), "a green circle"), bg="black")
    b = doc(R("circle_0", box(0.5, 0.19, 0.14), "a red circle"), R("circle_1", box(0.5, 0.5, 0.14), "a yellow circle"),
            R("circle_2", box(0.5, 0.81, 0.14), "a green circle"), bg="black")
    light = [C("column", 0, 1, 2), C("order_y", 0, 1, 2)]
    add(conv("traffic-light-lesson", "resize",
             T("I'm teaching road safety tomorrow. Could you draw a traffic light for me: a red circle at the top, a yellow one "
               "in the middle and a green one at the bottom, stacked in one column, on a black background?",
               design(O("circle", "red"), O("circle", "yellow"), O("circle", "green"), constraints=light, background="black"),
               submit(a)),
             T("The children at the back won't see that. Please make all three circles bigger.",
               design(O("circle", "red"), O("circle", "yellow"), O("circle", "green"), constraints=light, background="black",
                      bigger=[O("circle", "red"), O("circle", "yellow"), O("circle", "green")]), submit(b)),
             T("Could you list where each circle sits now? I want to copy it onto the whiteboard.", kept(), tool("show_layout")),
             T("Wonderful, that's exactly what I needed.", kept(), reply="Glad it helps. Good luck with the lesson!")))

    # 2. An older user nudges a square to the left, then wants it back where it was.
    a = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", box(0.81, 0.17, 0.08), "a yellow circle"))
    b = doc(R("square_0", (0.2, 0.37, 0.46, 0.63), "a blue square"), R("circle_1", box(0.81, 0.17, 0.08), "a yellow circle"))
    add(conv("polite-nudge-left", "move",
             T("Good afternoon. Would you kindly draw a blue square in the middle of the picture, and a small yellow circle in "
               "the top right corner?",
               design(O("square", "blue"), O("circle", "yellow"), constraints=[IN(0, "center"), IN(1, "top_right"), C("small", 1)]),
               submit(a)),
             T("Thank you. Would you kindly move the blue square a little to the left, please?",
               design(O("square", "blue"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "top_right")]), submit(b)),
             T("Hmm, I believe I preferred it where it was before. Would you put it back, please?", same_as(0), tool("undo")),
             T("Yes, that is much better. Thank you very much indeed.", kept(), reply="You're very welcome.")))

    # 3. Counting: three circles with two squares under them, then the middle circle recoloured, then a third square.
    a = doc(R("circle_0", box(0.19, 0.25, 0.1), "a green circle"), R("circle_1", box(0.5, 0.25, 0.1), "a green circle"),
            R("circle_2", box(0.81, 0.25, 0.1), "a green circle"), R("square_3", box(0.33, 0.72, 0.1), "a green square"),
            R("square_4", box(0.67, 0.72, 0.1), "a green square"))
    b = doc(R("circle_0", box(0.19, 0.25, 0.1), "a green circle"), R("circle_1", box(0.5, 0.25, 0.1), "a red circle"),
            R("circle_2", box(0.81, 0.25, 0.1), "a green circle"), R("square_3", box(0.33, 0.72, 0.1), "a green square"),
            R("square_4", box(0.67, 0.72, 0.1), "a green square"))
    c = doc(R("circle_0", box(0.19, 0.25, 0.1), "a green circle"), R("circle_1", box(0.5, 0.25, 0.1), "a red circle"),
            R("circle_2", box(0.81, 0.25, 0.1), "a green circle"), R("square_3", box(0.19, 0.72, 0.1), "a green square"),
            R("square_4", box(0.5, 0.72, 0.1), "a green square"), R("square_5", box(0.81, 0.72, 0.1), "a green square"))
    add(conv("three-then-two", "count",
             T("three circles then two squares under them, all green",
               design(O("circle", "green", count=3), O("square", "green", count=2),
                      constraints=[C("row", 0, 1, 2), C("row", 3, 4), *above_all(range(3), range(3, 5))]), submit(a)),
             T("now the middle circle red",
               design(O("circle", "green", count=2), O("circle", "red"), O("square", "green", count=2),
                      constraints=[C("between_x", 2, 0, 1), C("row", 0, 1, 2)]), submit(b)),
             T("add one more green square so there are 3 underneath",
               design(O("circle", "green", count=2), O("circle", "red"), O("square", "green", count=3),
                      constraints=[C("between_x", 2, 0, 1), C("row", 3, 4, 5), *above_all(range(3), range(3, 6))]), submit(c))))

    # 4. Changing one's mind inside the first message, again on the next turn, then a resize.
    a = doc(R("triangle_0", LEFT, "an orange triangle"), bg="white")
    b = doc(R("triangle_0", LEFT, "a purple triangle"), bg="white")
    c = doc(R("triangle_0", (0.04, 0.25, 0.44, 0.75), "a purple triangle"), bg="white")
    add(conv("purple-orange-purple", "mind_change",
             T("Draw a purple triangle on the left - actually no, make it orange - on a white background please",
               design(O("triangle", "orange"), constraints=[IN(0, "left")], absent=[O("triangle", "purple")], background="white"),
               submit(a)),
             T("scratch that, I want the purple after all",
               design(O("triangle", "purple"), constraints=[IN(0, "left")], absent=[O("triangle", "orange")], background="white"),
               submit(b)),
             T("And give it stripes. No wait, leave it plain, but make it bigger.",
               design(O("triangle", "purple"), constraints=[IN(0, "left")], background="white", bigger=[O("triangle", "purple")]),
               submit(c))))

    # 5. Quadrants: one square in each, then the top pair and the bottom pair swapped.
    a = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a blue square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("square_0", TR, "a red square"), R("square_1", TL, "a blue square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a yellow square"))
    c = doc(R("square_0", TR, "a red square"), R("square_1", TL, "a blue square"), R("square_2", BR, "a green square"),
            R("square_3", BL, "a yellow square"))
    sq4 = (O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"))
    add(conv("quadrant-squares-swap", "grid",
             T("Split the picture into four quadrants and put one square in each: red top-left, blue top-right, green "
               "bottom-left, yellow bottom-right.",
               design(*sq4, constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]),
               submit(a)),
             T("Swap the top two.",
               design(*sq4, constraints=[IN(0, "top_right"), IN(1, "top_left"), IN(2, "bottom_left"), IN(3, "bottom_right")]),
               submit(b)),
             T("and the bottom pair as well",
               design(*sq4, constraints=[IN(0, "top_right"), IN(1, "top_left"), IN(2, "bottom_right"), IN(3, "bottom_left")]),
               submit(c)),
             T("which colour is in which quadrant now?", kept(), tool("show_layout"))))

    # 6. Symmetry: a big circle flanked by two small triangles, recoloured, then made symmetric both ways.
    ring = box(0.5, 0.5, 0.21)
    a = doc(R("circle_0", ring, "an orange circle"), R("triangle_1", box(0.12, 0.5, 0.08), "a blue triangle"),
            R("triangle_2", box(0.88, 0.5, 0.08), "a blue triangle"))
    b = doc(R("circle_0", ring, "an orange circle"), R("triangle_1", box(0.12, 0.5, 0.08), "a purple triangle"),
            R("triangle_2", box(0.88, 0.5, 0.08), "a purple triangle"))
    c = doc(R("circle_0", ring, "an orange circle"), R("triangle_1", box(0.12, 0.5, 0.08), "a purple triangle"),
            R("triangle_2", box(0.88, 0.5, 0.08), "a purple triangle"), R("triangle_3", box(0.5, 0.12, 0.08), "a purple triangle"),
            R("triangle_4", box(0.5, 0.88, 0.08), "a purple triangle"))
    add(conv("symmetric-flanks", "symmetry",
             T("I'd like a symmetrical picture: a big orange circle in the centre with a small blue triangle on each side of it.",
               design(O("circle", "orange"), O("triangle", "blue", count=2),
                      constraints=[IN(0, "center"), C("big", 0), C("small", 1, 2), C("between_x", 0, 1, 2)]), submit(a)),
             T("Make both triangles purple instead.",
               design(O("circle", "orange"), O("triangle", "purple", count=2), constraints=[IN(0, "center"), C("between_x", 0, 1, 2)],
                      absent=[O("triangle", "blue")]), submit(b)),
             T("Could you also put a small purple triangle above the circle and another below it, so it's symmetrical both ways?",
               design(O("circle", "orange"), O("triangle", "purple", count=4),
                      constraints=[IN(0, "center"), C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)]), submit(c))))

    # 7. A counting worksheet: five in a row, two taken away, a matching row below, versions, one picked.
    five = [box(x, 0.5, 0.08) for x in (0.1, 0.3, 0.5, 0.7, 0.9)]
    a = doc(*(R(f"circle_{i}", bx, "a red circle") for i, bx in enumerate(five)))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a red circle"), R("circle_2", RIGHT, "a red circle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a red circle"), R("circle_2", RIGHT, "a red circle"),
            R("square_3", BL, "a blue square"), R("square_4", BOTTOM, "a blue square"), R("square_5", BR, "a blue square"))
    add(conv("counting-worksheet", "count",
             T("I'm making a counting worksheet for my first graders. Please draw five red circles in a row across the middle.",
               design(O("circle", "red", count=5), constraints=[C("row", 0, 1, 2, 3, 4)]), submit(a)),
             T("Now take two of them away so there are three left.",
               design(O("circle", "red", count=3), constraints=[C("row", 0, 1, 2)]), submit(b)),
             T("Perfect. Underneath them, put a row of three blue squares so the kids can match them up.",
               design(O("circle", "red", count=3), O("square", "blue", count=3),
                      constraints=[C("row", 0, 1, 2), C("row", 3, 4, 5), *above_all(range(3), range(3, 6))]), submit(c)),
             T("Could you make me a few different versions to choose from? Three will do.", varied(3), variations(3)),
             T("The second one, please.", same_as(2), pick(2))))

    # 8. A grandparent: a triangle, a recolour, a sun; then everything back to the very first picture.
    a = doc(R("triangle_0", BOTTOM, "a green triangle"))
    b = doc(R("triangle_0", BOTTOM, "a red triangle"))
    c = doc(R("triangle_0", BOTTOM, "a red triangle"), R("circle_1", TOP, "a yellow circle"))
    add(conv("grandson-sun", "undo",
             T("Hello dear, could you draw a green triangle at the bottom of the picture for my grandson?",
               design(O("triangle", "green"), constraints=[IN(0, "bottom")]), submit(a)),
             T("Could you please make it red? He is very fond of red.",
               design(O("triangle", "red"), constraints=[IN(0, "bottom")], absent=[O("triangle", "green")]), submit(b)),
             T("Oh, and put a yellow circle above it, like a sun.",
               design(O("triangle", "red"), O("circle", "yellow"), constraints=[IN(0, "bottom"), C("above", 1, 0)]), submit(c)),
             T("Oh dear, now he says he liked the green one better, and no sun. Could you take both of those changes back, "
               "so it's the way it was at the very start?", same_as(0), tool("undo"), tool("undo")),
             T("Thank you so much, he is delighted.", kept(), reply="How lovely! Just let me know if he wants anything else.")))

    # 9. "Move that one down" among three: which one?
    a = doc(R("square_0", TL, "a red square"), R("square_1", TOP, "a blue square"), R("triangle_2", TR, "a yellow triangle"))
    b = doc(R("square_0", TL, "a red square"), R("square_1", TOP, "a blue square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    add(conv("clarify-move-that-down", "clarify",
             T("A red square, a blue square and a yellow triangle along the top edge.",
               design(O("square", "red"), O("square", "blue"), O("triangle", "yellow"),
                      constraints=[C("row", 0, 1, 2), IN(0, "top"), IN(1, "top"), IN(2, "top")]), submit(a)),
             T("Move that one down.", kept(),
               reply="Which one should go down: the red square, the blue square or the yellow triangle?"),
             T("Sorry - the triangle. Right down at the bottom, please.",
               design(O("square", "red"), O("square", "blue"), O("triangle", "yellow"),
                      constraints=[IN(0, "top"), IN(1, "top"), IN(2, "bottom")]), submit(b))))

    # 10. Halves and a background flip-flop.
    a = doc(R("circle_0", LEFT, "a striped green circle"), R("square_1", RIGHT, "a striped orange square"), bg="white")
    b = doc(R("circle_0", LEFT, "a striped green circle"), R("square_1", RIGHT, "a striped orange square"), bg="black")
    halves = [IN(0, "left"), IN(1, "right")]
    add(conv("halves-background-flip", "background",
             T("Please divide the picture in two: the left half should have a striped green circle and the right half a "
               "striped orange square. White background.",
               design(O("circle", "green", "striped"), O("square", "orange", "striped"), constraints=halves, background="white"),
               submit(a)),
             T("Change the background to black, would you?",
               design(O("circle", "green", "striped"), O("square", "orange", "striped"), constraints=halves, background="black"),
               submit(b)),
             T("No, I was wrong - go back to the white one.", same_as(0), tool("undo"))))

    # 11. Four takes, number three picked, a recolour, and what changed.
    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("triangle_1", RIGHT, "a yellow triangle"))
    b = doc(R("triangle_0", LEFT, "a blue triangle"), R("triangle_1", RIGHT, "a green triangle"))
    add(conv("four-takes-third", "variations",
             T("two triangles side by side, a blue one and a yellow one",
               design(O("triangle", "blue"), O("triangle", "yellow"), constraints=[C("row", 0, 1)]), submit(a)),
             T("Let me see four takes on this.", varied(4), variations(4)),
             T("I'll take number three.", same_as(0), pick(3)),
             T("Now change the yellow one to green.",
               design(O("triangle", "blue"), O("triangle", "green"), constraints=[C("row", 0, 1)], absent=[O("triangle", "yellow")]),
               submit(b)),
             T("What exactly did you change just now?", kept(), tool("what_changed"))))

    # 12. A poster scrapped; a fresh column; the middle one recoloured.
    a = doc(R("circle_0", box(0.5, 0.27, 0.21), "a yellow circle"), R("square_1", box(0.5, 0.82, 0.07), "a green square"))
    b = doc(R("triangle_0", TL, "a purple triangle"), R("triangle_1", LEFT, "a purple triangle"), R("triangle_2", BL, "a purple triangle"))
    c = doc(R("triangle_0", TL, "a purple triangle"), R("triangle_1", LEFT, "a green triangle"), R("triangle_2", BL, "a purple triangle"))
    add(conv("poster-scrap-column", "start_over",
             T("For our shapes lesson: a big yellow circle at the top and a small green square at the bottom.",
               design(O("circle", "yellow"), O("square", "green"),
                      constraints=[IN(0, "top"), IN(1, "bottom"), C("big", 0), C("small", 1)]), submit(a)),
             T("Actually let's start from scratch, wipe the whole thing.", cleared(), tool("start_over")),
             T("Please draw three purple triangles in a column down the left side.",
               design(O("triangle", "purple", count=3), constraints=[C("column", 0, 1, 2), IN(0, "left"), IN(1, "left"), IN(2, "left")],
                      absent=[O("circle"), O("square")]), submit(b)),
             T("Make the middle one of those green.",
               design(O("triangle", "purple", count=2), O("triangle", "green"), constraints=[C("column", 0, 1, 2), C("between_y", 2, 0, 1)]),
               submit(c))))

    # 13. Cleared by mistake and brought back, then one cell of the grid recoloured.
    a = doc(*(R(f"circle_{i}", cell, "an orange circle") for i, cell in enumerate((TL, TR, BL, BR))), bg="gray")
    b = doc(R("circle_0", TL, "an orange circle"), R("circle_1", TR, "an orange circle"), R("circle_2", BL, "an orange circle"),
            R("circle_3", BR, "a blue circle"))
    add(conv("oops-cleared", "start_over",
             T("Four orange circles in a 2 by 2 grid on a grey background.",
               design(O("circle", "orange", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")], background="gray"), submit(a)),
             T("Clear the canvas.", cleared(), tool("start_over")),
             T("Oops! I didn't mean to do that. Bring my circles back!", same_as(0), tool("undo")),
             T("Phew. Now make the bottom right one blue.",
               design(O("circle", "orange", count=3), O("circle", "blue"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(3, "bottom_right")]), submit(b))))

    # 14. A parent asks questions only; nothing is drawn.
    add(conv("parent-asks-first", "no_render",
             T("Hi, my daughter wants to make a picture with you. What kinds of things can you draw?", kept(),
               reply="Circles, squares and triangles, in red, green, blue, yellow, purple or orange, plain or striped, on a "
                     "gray, white or black background. She can tell me where each one goes."),
             T("Can the shapes have patterns on them?", kept(), reply="Yes: any shape can be striped, or plain."),
             T("And can the background be pink? It's her favourite.", kept(),
               reply="Sorry, the background can only be gray, white or black."),
             T("OK, we'll think about it and come back after dinner.", kept(), reply="Sounds good. Enjoy your dinner!")))

    # 15. "Make one of them bigger": which?
    a = doc(R("circle_0", BL, "a red circle"), R("circle_1", BR, "a blue circle"))
    b = doc(R("circle_0", BL, "a red circle"), R("circle_1", (0.6, 0.56, 0.98, 0.94), "a blue circle"))
    add(conv("clarify-one-of-them", "clarify",
             T("Two circles in the bottom half: a red one on the left and a blue one on the right.",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]), submit(a)),
             T("Make one of them bigger.", kept(), reply="Which one should grow, the red circle or the blue circle?"),
             T("The blue one, please, and make it a lot bigger.",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      bigger=[O("circle", "blue")]), submit(b))))

    # 16. Repainting one wobbly shape, then asking why.
    a = doc(R("triangle_0", TL, "a striped red triangle"), R("circle_1", BR, "a solid blue circle"))
    add(conv("wobbly-triangle", "repaint",
             T("A striped red triangle in the top left and a solid blue circle in the bottom right please",
               design(O("triangle", "red", "striped"), O("circle", "blue", "solid"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
               submit(a)),
             T("The triangle came out a bit wobbly. Could you redraw only the triangle and leave the circle alone?",
               repainted(), repaint("triangle_0")),
             T("Why did it come out wobbly in the first place?", kept(), tool("explain_critique"))))

    # 17. Two rows of three; a recolour undone and made in the other row instead.
    top3, bottom3 = (TL, TOP, TR), (BL, BOTTOM, BR)
    a = doc(*(R(f"square_{i}", cell, "a red square") for i, cell in enumerate(top3)),
            *(R(f"square_{i + 3}", cell, "a blue square") for i, cell in enumerate(bottom3)))
    b = doc(*(R(f"square_{i}", cell, "a red square") for i, cell in enumerate(top3)),
            R("square_3", BL, "a blue square"), R("square_4", BOTTOM, "a yellow square"), R("square_5", BR, "a blue square"))
    c = doc(R("square_0", TL, "a red square"), R("square_1", TOP, "a yellow square"), R("square_2", TR, "a red square"),
            *(R(f"square_{i + 3}", cell, "a blue square") for i, cell in enumerate(bottom3)))
    add(conv("two-rows-of-three", "grid",
             T("Six squares in two rows of three: the top row all red, the bottom row all blue.",
               design(O("square", "red", count=3), O("square", "blue", count=3),
                      constraints=[C("row", 0, 1, 2), C("row", 3, 4, 5), C("grid", 0, 1, 2, 3, 4, 5, arg="2x3"),
                                   *above_all(range(3), range(3, 6))]), submit(a)),
             T("Make the middle square of the bottom row yellow.",
               design(O("square", "red", count=3), O("square", "blue", count=2), O("square", "yellow"),
                      constraints=[C("row", 3, 4, 5), C("between_x", 5, 3, 4), *above_all(range(3), range(3, 6))]), submit(b)),
             T("Undo that, please.", same_as(0), tool("undo")),
             T("I meant the middle one of the top row.",
               design(O("square", "red", count=2), O("square", "yellow"), O("square", "blue", count=3),
                      constraints=[C("row", 0, 1, 2), C("between_x", 2, 0, 1), *above_all(range(3), range(3, 6))]), submit(c))))

    # 18. Counting up and down, then a question about the count.
    a = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", CENTRE, "a green triangle"), R("square_2", RIGHT, "an orange square"))
    b = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", TR, "a green triangle"), R("triangle_2", BL, "a green triangle"),
            R("triangle_3", BR, "a green triangle"), R("square_4", CENTRE, "an orange square"))
    c = doc(R("triangle_0", TL, "a green triangle"), R("triangle_1", TR, "a green triangle"), R("triangle_2", BL, "a green triangle"),
            R("square_4", CENTRE, "an orange square"))
    add(conv("count-up-count-down", "count",
             T("draw 2 green triangles and 1 orange square", design(O("triangle", "green", count=2), O("square", "orange")), submit(a)),
             T("add two more triangles, same green",
               design(O("triangle", "green", count=4), O("square", "orange")), submit(b)),
             T("too many! take one triangle away", design(O("triangle", "green", count=3), O("square", "orange")), submit(c)),
             T("how many shapes are there altogether now?", kept(), tool("show_layout"))))

    # 19. Circle, no square, no circle after all; variations; the last one picked.
    a = doc(R("square_0", CENTRE, "a blue square"))
    b = doc(R("circle_0", CENTRE, "a blue circle"))
    add(conv("circle-square-circle", "mind_change",
             T("A blue circle in the middle. Hmm, no, make it a square.",
               design(O("square", "blue"), constraints=[IN(0, "center")], absent=[O("circle")]), submit(a)),
             T("Ugh, scratch that, the circle was fine after all.",
               design(O("circle", "blue"), constraints=[IN(0, "center")], absent=[O("square")]), submit(b)),
             T("give me three variations of it", varied(3), variations(3)),
             T("I'll go with the last of those.", same_as(1), pick(3))))

    # 20. A formal request for a large square, halved, then a circle above it.
    a = doc(R("square_0", box(0.5, 0.5, 0.25), "an orange square"), bg="white")
    b = doc(R("square_0", box(0.5, 0.5, 0.17), "an orange square"), bg="white")
    c = doc(R("square_0", box(0.5, 0.5, 0.17), "an orange square"), R("circle_1", box(0.5, 0.18, 0.08), "a green circle"), bg="white")
    add(conv("formal-large-square", "resize",
             T("Would you be so kind as to draw a large orange square in the centre of a white picture?",
               design(O("square", "orange"), constraints=[IN(0, "center"), C("big", 0)], background="white"), submit(a)),
             T("It is rather too large, I am afraid. Could you make it about half the size, keeping it in the centre?",
               design(O("square", "orange"), constraints=[IN(0, "center")], background="white", smaller=[O("square", "orange")]),
               submit(b)),
             T("Thank you. And would you add a small green circle directly above it?",
               design(O("square", "orange"), O("circle", "green"), constraints=[IN(0, "center"), C("above", 1, 0), C("small", 1)],
                      background="white"), submit(c)),
             T("That will do nicely. Thank you kindly for your patience.", kept(), reply="It was a pleasure.")))

    # 21. Two columns swapped, what changed, and back.
    left3, right3 = (TL, LEFT, BL), (TR, RIGHT, BR)
    a = doc(*(R(f"circle_{i}", cell, "a red circle") for i, cell in enumerate(left3)),
            *(R(f"square_{i + 3}", cell, "a yellow square") for i, cell in enumerate(right3)))
    b = doc(*(R(f"circle_{i}", cell, "a red circle") for i, cell in enumerate(right3)),
            *(R(f"square_{i + 3}", cell, "a yellow square") for i, cell in enumerate(left3)))
    cols = [C("column", 0, 1, 2), C("column", 3, 4, 5)]
    add(conv("two-columns-swapped", "grid",
             T("Make two columns: three red circles on the left and three yellow squares on the right.",
               design(O("circle", "red", count=3), O("square", "yellow", count=3),
                      constraints=[*cols, C("in", 0, 1, 2, arg="left"), C("in", 3, 4, 5, arg="right")]), submit(a)),
             T("Swap the columns over.",
               design(O("circle", "red", count=3), O("square", "yellow", count=3),
                      constraints=[*cols, C("in", 0, 1, 2, arg="right"), C("in", 3, 4, 5, arg="left")]), submit(b)),
             T("Good. Remind me what's different from the one before?", kept(), tool("what_changed")),
             T("Hm, put them back the way they were.", same_as(0), tool("undo"))))

    # 22. Picture number 1 again, then an edit from there.
    a = doc(R("square_0", TOP, "a purple square"))
    b = doc(R("square_0", TOP, "a green square"))
    c = doc(R("square_0", BOTTOM, "a green square"))
    d = doc(R("square_0", TOP, "an orange square"))
    add(conv("picture-one-then-orange", "restore",
             T("a purple square at the top", design(O("square", "purple"), constraints=[IN(0, "top")]), submit(a)),
             T("green", design(O("square", "green"), constraints=[IN(0, "top")], absent=[O("square", "purple")]), submit(b)),
             T("and move it down to the bottom", design(O("square", "green"), constraints=[IN(0, "bottom")]), submit(c)),
             T("Let's look at picture number 1 again.", same_as(0, by_round=True), restore(1)),
             T("Yes, keep it up there, but this time make it orange.",
               design(O("square", "orange"), constraints=[IN(0, "top")], absent=[O("square", "purple"), O("square", "green")]),
               submit(d))))

    # 23. Alternatives, the first picked, one region repainted.
    a = doc(R("circle_0", LEFT, "a striped yellow circle"), R("triangle_1", RIGHT, "a striped purple triangle"), bg="black")
    add(conv("alternatives-then-redo-circle", "variations",
             T("striped yellow circle on the left, striped purple triangle on the right, black background",
               design(O("circle", "yellow", "striped"), O("triangle", "purple", "striped"), constraints=[IN(0, "left"), IN(1, "right")],
                      background="black"), submit(a)),
             T("Could I see a couple of alternatives?", varied(2), variations(2)),
             T("First one's best.", same_as(0), pick(1)),
             T("Just redo the circle; its stripes look messy.", repainted(), repaint("circle_0"))))

    # 24. "Swap the colours" among three: which two?
    a = doc(R("circle_0", TOP, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", BOTTOM, "a blue circle"))
    b = doc(R("circle_0", BOTTOM, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", TOP, "a blue circle"))
    add(conv("clarify-swap-which-two", "clarify",
             T("Three circles in a column: red, green, blue from top to bottom.",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(a)),
             T("Swap the colours.", kept(),
               reply="Which two should trade colours: red and green, green and blue, or red and blue?"),
             T("The top and the bottom ones.",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 2, 1, 0)]), submit(b))))

    # 25. Only shapes? Then a house built from shapes, a sun, a wider roof.
    wall = (0.35, 0.55, 0.65, 0.85)
    a = doc(R("square_0", wall, "a red square"), R("triangle_1", (0.35, 0.3, 0.65, 0.5), "a blue triangle"))
    b = doc(R("square_0", wall, "a red square"), R("triangle_1", (0.35, 0.3, 0.65, 0.5), "a blue triangle"),
            R("circle_2", (0.76, 0.05, 0.95, 0.24), "a yellow circle"))
    c = doc(R("square_0", wall, "a red square"), R("triangle_1", (0.25, 0.3, 0.75, 0.5), "a blue triangle"),
            R("circle_2", (0.76, 0.05, 0.95, 0.24), "a yellow circle"))
    house = [IN(0, "bottom"), C("above", 1, 0)]
    add(conv("house-from-shapes", "add",
             T("Before I plan my lesson: are you able to draw animals or houses, or only shapes?", kept(),
               reply="Only simple shapes: circles, squares and triangles, in six colours, plain or striped. You can build "
                     "things out of them, like a house from a square and a triangle."),
             T("Alright. Then a house: a red square at the bottom in the middle with a blue triangle sitting on top of it as "
               "the roof.", design(O("square", "red"), O("triangle", "blue"), constraints=house), submit(a)),
             T("Add a yellow circle in the top right corner for the sun.",
               design(O("square", "red"), O("triangle", "blue"), O("circle", "yellow"), constraints=[*house, IN(2, "top_right")]),
               submit(b)),
             T("The roof should be wider, please.",
               design(O("square", "red"), O("triangle", "blue"), O("circle", "yellow"), constraints=[*house, IN(2, "top_right")],
                      bigger=[O("triangle", "blue")]), submit(c))))

    # 26. Stripes off, then undo and redo as the user wavers.
    a = doc(R("square_0", LEFT, "a solid green square"), R("circle_1", RIGHT, "a striped red circle"))
    b = doc(R("square_0", LEFT, "a solid green square"), R("circle_1", RIGHT, "a solid red circle"))
    add(conv("stripes-waver", "undo_redo",
             T("Please could you draw a solid green square on the left and a striped red circle on the right?",
               design(O("square", "green", "solid"), O("circle", "red", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(a)),
             T("Would you make the circle solid as well?",
               design(O("square", "green", "solid"), O("circle", "red", "solid"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(b)),
             T("Hmm, on second thoughts I'd like the stripes back. Please undo that.", same_as(0), tool("undo")),
             T("No, sorry, I've changed my mind yet again. Redo it.", same_as(1), tool("redo"))))

    # 27. Quarters emptied one by one, and one shape put back.
    a = doc(R("circle_0", TL, "a red circle"), R("triangle_1", TR, "a green triangle"), R("square_2", BL, "a blue square"),
            R("circle_3", BR, "an orange circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("triangle_1", TR, "a green triangle"), R("square_2", BL, "a blue square"))
    c = doc(R("triangle_1", TR, "a green triangle"), R("square_2", BL, "a blue square"))
    d = doc(R("triangle_1", TR, "a green triangle"), R("square_2", BL, "a blue square"), R("circle_3", BR, "an orange circle"))
    add(conv("quarters-emptied", "remove",
             T("One shape in each quarter of the picture: a red circle top left, a green triangle top right, a blue square "
               "bottom left and an orange circle bottom right.",
               design(O("circle", "red"), O("triangle", "green"), O("square", "blue"), O("circle", "orange"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("Empty the bottom right quarter.",
               design(O("circle", "red"), O("triangle", "green"), O("square", "blue"), absent=[O("circle", "orange")]), submit(b)),
             T("And the top left one too.",
               design(O("triangle", "green"), O("square", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")],
                      absent=[O("circle")]), submit(c)),
             T("Actually, put the orange circle back where it was. Leave the red one out.",
               design(O("triangle", "green"), O("square", "blue"), O("circle", "orange"), constraints=[IN(2, "bottom_right")],
                      absent=[O("circle", "red")]), submit(d))))

    # 28. "It doesn't look right": ask what, then the size relation.
    a = doc(R("triangle_0", LEFT, "a yellow triangle"), R("circle_1", RIGHT, "a purple circle"))
    b = doc(R("triangle_0", LEFT, "a yellow triangle"), R("circle_1", (0.6, 0.3, 1.0, 0.7), "a purple circle"))
    add(conv("clarify-doesnt-look-right", "clarify",
             T("A yellow triangle and a purple circle next to each other, the same size.",
               design(O("triangle", "yellow"), O("circle", "purple"), constraints=[C("row", 0, 1)]), submit(a)),
             T("Hmm, it doesn't look right. Can you fix it?", kept(),
               reply="What looks off to you: the colours, the sizes, or where the shapes sit?"),
             T("The circle ought to be bigger than the triangle.",
               design(O("triangle", "yellow"), O("circle", "purple"), constraints=[C("row", 0, 1), C("larger", 1, 0)]), submit(b))))

    # 29. A question about a placement, then a move within the same half.
    a = doc(R("circle_0", TOP, "a green circle"), R("square_1", BOTTOM, "a red square"))
    b = doc(R("circle_0", TR, "a green circle"), R("square_1", BOTTOM, "a red square"))
    add(conv("upper-lower-halves", "inspect",
             T("Put a green circle in the upper half and a red square in the lower half.",
               design(O("circle", "green"), O("square", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("Why is the circle placed where it is?", kept(), tool("explain_critique")),
             T("Then shift it over to the right-hand side, keeping it in the top half.",
               design(O("circle", "green"), O("square", "red"), constraints=[IN(0, "top_right"), IN(1, "bottom")]), submit(b))))

    # 30. A child's requests relayed by a parent: background, then the top square.
    a = doc(R("square_0", TOP, "a striped orange square"), R("square_1", BOTTOM, "a striped orange square"), bg="black")
    b = doc(R("square_0", TOP, "a striped orange square"), R("square_1", BOTTOM, "a striped orange square"), bg="gray")
    c = doc(R("square_0", TOP, "a striped blue square"), R("square_1", BOTTOM, "a striped orange square"), bg="gray")
    add(conv("relayed-by-parent", "background",
             T("My son wants a black background with two striped orange squares on it, one above the other.",
               design(O("square", "orange", "striped", count=2), constraints=[C("column", 0, 1)], background="black"), submit(a)),
             T("He says make the background grey instead.",
               design(O("square", "orange", "striped", count=2), constraints=[C("column", 0, 1)], background="gray"), submit(b)),
             T("and now the top square has to be blue, he's very particular",
               design(O("square", "blue", "striped"), O("square", "orange", "striped"), constraints=[C("above", 0, 1)],
                      background="gray"), submit(c))))

    # 31. A long polite session: two corners, stripes, what changed, back to the one-circle picture.
    a = doc(R("circle_0", BL, "a blue circle"))
    b = doc(R("circle_0", BL, "a blue circle"), R("circle_1", BR, "a blue circle"))
    c = doc(R("circle_0", BL, "a striped blue circle"), R("circle_1", BR, "a striped blue circle"))
    add(conv("bottom-corners-polite", "mixed",
             T("Good morning. I would like a picture with a blue circle in the lower left corner, please.",
               design(O("circle", "blue"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("Thank you. Could you please also put a blue circle in the lower right corner, so that there is one in each "
               "bottom corner?", design(O("circle", "blue", count=2), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]),
               submit(b)),
             T("Would you make both of them striped?",
               design(O("circle", "blue", "striped", count=2), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]), submit(c)),
             T("Would you tell me what you have changed?", kept(), tool("what_changed")),
             T("I see. Please go back to the picture that had only the one circle.", same_as(0), restore(1))))

    # 32. Alternating colours in a row, a recolour reverted, then variations.
    four = [box(x, 0.5, 0.1) for x in (0.125, 0.375, 0.625, 0.875)]
    a = doc(*(R(f"triangle_{i}", bx, f"a {col} triangle") for i, (bx, col) in enumerate(zip(four, ("red", "yellow", "red", "yellow"), strict=True))))
    b = doc(*(R(f"triangle_{i}", bx, f"a {col} triangle") for i, (bx, col) in enumerate(zip(four, ("red", "green", "red", "green"), strict=True))))
    add(conv("alternating-row", "count",
             T("Four triangles in a horizontal row, alternating red and yellow, starting with red on the left.",
               design(O("triangle", "red", count=2), O("triangle", "yellow", count=2),
                      constraints=[C("row", 0, 1, 2, 3), C("order_x", 0, 2, 1, 3)]), submit(a)),
             T("Make the two yellow ones green instead.",
               design(O("triangle", "red", count=2), O("triangle", "green", count=2),
                      constraints=[C("row", 0, 1, 2, 3), C("order_x", 0, 2, 1, 3)], absent=[O("triangle", "yellow")]), submit(b)),
             T("Go back to the yellow ones, please, I preferred them.", same_as(0), tool("undo")),
             T("Show me two variations of this one.", varied(2), variations(2))))

    # 33. "Make it bigger" before anything is drawn.
    a = doc(R("square_0", SMALL_C, "a red square"))
    b = doc(R("square_0", box(0.5, 0.5, 0.2), "a red square"))
    add(conv("clarify-nothing-yet", "clarify",
             T("Make it bigger please.", kept(),
               reply="There's nothing drawn yet. What would you like me to draw first?"),
             T("Oh, sorry! A small red square in the centre, please.",
               design(O("square", "red"), constraints=[IN(0, "center"), C("small", 0)]), submit(a)),
             T("Yes, and now make it bigger.",
               design(O("square", "red"), constraints=[IN(0, "center")], bigger=[O("square", "red")]), submit(b))))

    # 34. Variations, an edit, then round 1, then a move from round 1.
    a = doc(R("triangle_0", TR, "a green triangle"))
    b = doc(R("triangle_0", TR, "a red triangle"))
    c = doc(R("triangle_0", BL, "a green triangle"))
    add(conv("round-one-after-variations", "restore",
             T("green triangle, upper right", design(O("triangle", "green"), constraints=[IN(0, "top_right")]), submit(a)),
             T("three variations", varied(3), variations(3)),
             T("Make it red.", design(O("triangle", "red"), constraints=[IN(0, "top_right")], absent=[O("triangle", "green")]), submit(b)),
             T("Go back to round 1.", same_as(0, by_round=True), restore(1)),
             T("Now move it to the lower left corner.", design(O("triangle", "green"), constraints=[IN(0, "bottom_left")]), submit(c))))

    # 35. The whole picture rendered again, then a circle between two squares.
    a = doc(R("square_0", TL, "a purple square"), R("square_1", TR, "a purple square"), R("triangle_2", BOTTOM, "an orange triangle"))
    b = doc(R("square_0", TL, "a purple square"), R("square_1", TR, "a purple square"), R("triangle_2", BOTTOM, "an orange triangle"),
            R("circle_3", TOP, "a green circle"))
    add(conv("muddy-rerender", "repaint",
             T("Two purple squares in the top half and an orange triangle in the bottom half.",
               design(O("square", "purple", count=2), O("triangle", "orange"), constraints=[C("in", 0, 1, arg="top"), IN(2, "bottom")]),
               submit(a)),
             T("The whole thing looks a bit muddy. Can you render it again with exactly the same layout?",
               repainted(), repaint("square_0", "square_1", "triangle_2")),
             T("Better. Now add a green circle between the two squares.",
               design(O("square", "purple", count=2), O("triangle", "orange"), O("circle", "green"),
                      constraints=[C("between_x", 3, 0, 1), C("in", 0, 1, arg="top")]), submit(b))))

    # 36. A clown nose reshaped and shrunk, then redrawn.
    a = doc(R("circle_0", MEDIUM_C, "a red circle"))
    b = doc(R("triangle_1", MEDIUM_C, "a red triangle"))
    c = doc(R("triangle_1", SMALL_C, "a red triangle"))
    add(conv("clown-nose", "reshape",
             T("We're drawing a clown. Start with a red circle in the middle for his nose.",
               design(O("circle", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("The kids want the nose to be a triangle instead.",
               design(O("triangle", "red"), constraints=[IN(0, "center")], absent=[O("circle")]), submit(b)),
             T("and make it smaller, it's too big for a nose",
               design(O("triangle", "red"), constraints=[IN(0, "center")], smaller=[O("triangle", "red")]), submit(c)),
             T("Could you do that triangle again? It came out smudgy.", repainted(), repaint("triangle_1"))))

    # 37. Start again; an empty canvas; a diagonal.
    a = doc(R("square_0", RIGHT, "a blue square"))
    b = doc(R("circle_0", TL, "a yellow circle"), R("circle_1", CENTRE, "a yellow circle"), R("circle_2", BR, "a yellow circle"))
    add(conv("diagonal-after-reset", "start_over",
             T("a blue square on the right", design(O("square", "blue"), constraints=[IN(0, "right")]), submit(a)),
             T("Start again, please.", cleared(), tool("start_over")),
             T("So what's in the picture right now?", cleared(), reply="Nothing: the canvas is empty. What shall I draw?"),
             T("Right. Three yellow circles in a diagonal line from the top left corner to the bottom right corner.",
               design(O("circle", "yellow", count=3), constraints=[C("order_x", 0, 1, 2), C("order_y", 0, 1, 2), IN(0, "top_left"),
                                                                  IN(2, "bottom_right")], absent=[O("square")]), submit(b))))

    # 38. Formal swap and shrink.
    a = doc(R("triangle_0", LEFT, "an orange triangle"), R("circle_1", RIGHT, "a green circle"))
    b = doc(R("triangle_0", RIGHT, "an orange triangle"), R("circle_1", LEFT, "a green circle"))
    c = doc(R("triangle_0", RIGHT, "an orange triangle"), R("circle_1", box(0.19, 0.5, 0.08), "a green circle"))
    add(conv("formal-swap-shrink", "move",
             T("I should like an orange triangle on the left and a green circle on the right, if you please.",
               design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("Would you be good enough to swap them round?",
               design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("Splendid. Now could you make the circle smaller than it is?",
               design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "right"), IN(1, "left")],
                      smaller=[O("circle", "green")]), submit(c)),
             T("Lovely. Thank you ever so much.", kept(), reply="My pleasure.")))

    # 39. A middle column: the middle one removed, another put in its place, and what changed.
    a = doc(R("square_0", TOP, "a blue square"), R("circle_1", CENTRE, "a red circle"), R("triangle_2", BOTTOM, "a yellow triangle"))
    b = doc(R("square_0", TOP, "a blue square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    c = doc(R("square_0", TOP, "a blue square"), R("triangle_2", BOTTOM, "a yellow triangle"), R("circle_3", CENTRE, "a purple circle"))
    add(conv("middle-column-replace", "remove",
             T("Stack three shapes down the middle: a blue square on top, a red circle below it, and a yellow triangle at the "
               "bottom.", design(O("square", "blue"), O("circle", "red"), O("triangle", "yellow"),
                                 constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(a)),
             T("Take out the one in the middle.",
               design(O("square", "blue"), O("triangle", "yellow"), constraints=[C("above", 0, 1)], absent=[O("circle")]), submit(b)),
             T("Now put a purple circle where the red one was.",
               design(O("square", "blue"), O("triangle", "yellow"), O("circle", "purple"),
                      constraints=[C("between_y", 2, 0, 1), C("column", 0, 2, 1)], absent=[O("circle", "red")]), submit(c)),
             T("What's different compared with the picture before?", kept(), tool("what_changed"))))

    # 40. Five versions, number four, then a recolour keeping the stripes.
    a = doc(R("triangle_0", CENTRE, "a striped blue triangle"), bg="white")
    b = doc(R("triangle_0", CENTRE, "a striped yellow triangle"), bg="white")
    add(conv("five-versions", "variations",
             T("A striped blue triangle on a white background, centred.",
               design(O("triangle", "blue", "striped"), constraints=[IN(0, "center")], background="white"), submit(a)),
             T("Make five versions, I want options.", varied(5), variations(5)),
             T("Number four.", same_as(0), pick(4)),
             T("Make it yellow, stripes and all.",
               design(O("triangle", "yellow", "striped"), constraints=[IN(0, "center")], background="white",
                      absent=[O("triangle", "blue")]), submit(b))))

    # 41. "Make them the same": the same what?
    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a red circle"))
    add(conv("clarify-same-how", "clarify",
             T("A red square on the left and a blue circle on the right.",
               design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("Can you make them the same?", kept(),
               reply="The same in what way: the same colour, the same size, or the same shape? And which one should change?"),
             T("Same colour. The circle should be red like the square.",
               design(O("square", "red"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "blue")]), submit(b))))

    # 42. A 2x2 grid of triangles turned into circles, keeping colours and textures.
    a = doc(R("triangle_0", TL, "a striped green triangle"), R("triangle_1", TR, "a striped green triangle"),
            R("triangle_2", BL, "a solid purple triangle"), R("triangle_3", BR, "a solid purple triangle"))
    b = doc(R("circle_4", TL, "a striped green circle"), R("circle_5", TR, "a striped green circle"),
            R("circle_6", BL, "a solid purple circle"), R("circle_7", BR, "a solid purple circle"))
    grid4 = [C("grid", 0, 1, 2, 3, arg="2x2"), C("in", 0, 1, arg="top"), C("in", 2, 3, arg="bottom")]
    add(conv("grid-triangles-to-circles", "reshape",
             T("A 2x2 grid of triangles: the top two striped green, the bottom two solid purple.",
               design(O("triangle", "green", "striped", count=2), O("triangle", "purple", "solid", count=2), constraints=grid4),
               submit(a)),
             T("Turn the whole grid into circles - keep the colours and the stripes as they are.",
               design(O("circle", "green", "striped", count=2), O("circle", "purple", "solid", count=2), constraints=grid4,
                      absent=[O("triangle")]), submit(b)),
             T("show me the layout now", kept(), tool("show_layout"))))

    # 43. One, two, three squares, then the last two requests undone.
    a = doc(R("square_0", CENTRE, "a yellow square"))
    b = doc(R("square_0", CENTRE, "a yellow square"), R("square_1", RIGHT, "a yellow square"))
    c = doc(R("square_0", CENTRE, "a yellow square"), R("square_1", RIGHT, "a yellow square"), R("square_2", LEFT, "a yellow square"))
    add(conv("one-two-three-undo-two", "undo",
             T("Draw one yellow square.", design(O("square", "yellow")), submit(a)),
             T("Add a second yellow square next to it.", design(O("square", "yellow", count=2), constraints=[C("row", 0, 1)]), submit(b)),
             T("And a third, same row.", design(O("square", "yellow", count=3), constraints=[C("row", 0, 1, 2)]), submit(c)),
             T("That's too many. Undo the last two things I asked for.", same_as(0), tool("undo"), tool("undo"))))

    # 44. A corrected corner mid-sentence, stripes extended to both, then a critique.
    a = doc(R("triangle_0", BR, "a green triangle"), R("circle_1", TL, "a red circle"))
    b = doc(R("triangle_0", BR, "a striped green triangle"), R("circle_1", TL, "a striped red circle"))
    add(conv("corner-corrected", "mind_change",
             T("Put a green triangle in the bottom left - no wait, bottom right - and a red circle in the top left.",
               design(O("triangle", "green"), O("circle", "red"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(a)),
             T("Make the circle striped. Actually, make both of them striped.",
               design(O("triangle", "green", "striped"), O("circle", "red", "striped"),
                      constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(b)),
             T("What would you improve in this picture if you could?", kept(), tool("explain_critique"))))

    # 45. A repaint is a round; image 2 restored; what changed.
    a = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", RIGHT, "an orange square"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", RIGHT, "a blue square"))
    add(conv("image-two-after-repaint", "restore",
             T("a purple circle on the left and an orange square on the right",
               design(O("circle", "purple"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("redo just the square, it's lopsided", repainted(), repaint("square_1")),
             T("make the square blue",
               design(O("circle", "purple"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("square", "orange")]), submit(b)),
             T("Go back to image 2.", same_as(1, by_round=True), restore(2)),
             T("And what's different now?", kept(), tool("what_changed"))))

    # 46. Two rows of three colours; two removed; one put back in its place.
    cells6 = (TL, TOP, TR, BL, BOTTOM, BR)
    names6 = ("red", "orange", "yellow", "green", "blue", "purple")
    a = doc(*(R(f"circle_{i}", cell, f"a {col} circle") for i, (cell, col) in enumerate(zip(cells6, names6, strict=True))), bg="white")
    b = doc(*(R(f"circle_{i}", cell, f"a {col} circle") for i, (cell, col) in enumerate(zip(cells6[:4], names6[:4], strict=True))), bg="white")
    c = doc(*(R(f"circle_{i}", cell, f"a {col} circle") for i, (cell, col) in enumerate(zip(cells6[:5], names6[:5], strict=True))), bg="white")
    add(conv("six-colours-two-rows", "grid",
             T("Six circles on a white background, in two rows of three: red, orange and yellow on top; green, blue and purple "
               "underneath.",
               design(*(O("circle", col) for col in names6),
                      constraints=[C("row", 0, 1, 2), C("row", 3, 4, 5), C("order_x", 0, 1, 2), C("order_x", 3, 4, 5),
                                   *above_all(range(3), range(3, 6))], background="white"), submit(a)),
             T("Remove the blue and the purple ones.",
               design(*(O("circle", col) for col in names6[:4]), absent=[O("circle", "blue"), O("circle", "purple")],
                      background="white"), submit(b)),
             T("Put just the blue one back, in the same spot as before.",
               design(*(O("circle", col) for col in names6[:5]),
                      constraints=[IN(4, "bottom"), C("column", 1, 4), C("left_of", 3, 4)], absent=[O("circle", "purple")],
                      background="white"), submit(c)),
             T("Show me where everything is now.", kept(), tool("show_layout"))))

    # 47. "Make the square red" with two squares: which?
    a = doc(R("square_0", TL, "a blue square"), R("square_1", TR, "a green square"), R("circle_2", BOTTOM, "a yellow circle"))
    b = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a green square"), R("circle_2", BOTTOM, "a yellow circle"))
    add(conv("clarify-which-square", "clarify",
             T("Two squares side by side, blue on the left and green on the right, with a yellow circle underneath them.",
               design(O("square", "blue"), O("square", "green"), O("circle", "yellow"),
                      constraints=[C("left_of", 0, 1), C("above", 0, 2), C("above", 1, 2)]), submit(a)),
             T("Make the square red.", kept(), reply="There are two squares: should the blue one on the left or the green one on the "
                                                     "right become red?"),
             T("The left one.",
               design(O("square", "red"), O("square", "green"), O("circle", "yellow"),
                      constraints=[C("left_of", 0, 1), C("above", 0, 2), C("above", 1, 2)], absent=[O("square", "blue")]),
               submit(b))))

    # 48. A teacher's row, the layout described, the order reversed, the middle one re-rendered.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("square_1", CENTRE, "a blue square"), R("circle_2", RIGHT, "a green circle"),
            bg="white")
    b = doc(R("triangle_0", RIGHT, "a red triangle"), R("square_1", CENTRE, "a blue square"), R("circle_2", LEFT, "a green circle"),
            bg="white")
    add(conv("row-reversed-middle-redone", "mixed",
             T("Draw a red triangle, a blue square and a green circle in a row from left to right, on white.",
               design(O("triangle", "red"), O("square", "blue"), O("circle", "green"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)], background="white"), submit(a)),
             T("How is it laid out? I need to describe it to a student who can't see the screen.", kept(), tool("show_layout")),
             T("Now reverse the order.",
               design(O("triangle", "red"), O("square", "blue"), O("circle", "green"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 2, 1, 0)], background="white"), submit(b)),
             T("Perfect. Could you re-render just the one in the middle?", repainted(), repaint("square_1"))))

    return out


SMALL_C: Box = box(0.5, 0.5, 0.08)  # area 0.0256, centred
MEDIUM_C: Box = box(0.5, 0.5, 0.18)  # area 0.1296, centred

CENSUS: list[Conversation] = _census()


if __name__ == "__main__":
    main(CENSUS, least=(48, 170))
