"""A held-out set of conversations with the image designer: graphic designers, phone typists, and back-references.

This set was written independently of the agent: its author read only :mod:`.conversations` (the builders, the judge
``check_turn`` and the self-check) and :mod:`.paraphrases` (the shapes, colours, textures, sizes and places of the
shapes world), and none of the agent, its tools, its tests or the other conversation sets. It leans on three kinds of
user:

* people who talk like graphic designers ("align", "centre it horizontally", "push it to the edge", "margin",
  "mirror", "flip", "evenly spaced", "swap", "bring X over to Y", "re-render that element");
* people typing on a phone (lowercase, no punctuation, "pls", "thx", "u", "r", "2" for "to", small typos);
* people who point back at earlier objects by colour, shape, place, size or order ("the left one", "the one I added
  first", "the biggest", "both circles", "all of them", "the other one").

Turns mix first designs, edits (move, recolour, resize, retexture, add, remove, swap, reorder, mirror), questions that
need only words, undo / redo / back to round N, variations and picking one, repainting a part, starting over, and
requests too vague to act on, which get a question back and no render. Expectations are what a careful human
designer would leave behind, stated only in terms the judge (:func:`.conversations.check_turn`) can check.

    python -m regiondit.evals.conversations_journal   # counts, then the self-check of conversations.py on this set
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


def _journal() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # Designer: a diagonal, then aligned on one line and evenly spaced; swap the outer two; revert the swap.
    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", BR, "a green triangle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", RIGHT, "a green triangle"))
    c = doc(R("circle_0", RIGHT, "a blue circle"), R("square_1", CENTRE, "an orange square"), R("triangle_2", LEFT, "a green triangle"))
    add(conv("align-on-one-line", "designer_move",
             T("Blue circle top left, orange square dead centre, green triangle bottom right. A clean diagonal.",
               design(O("circle", "blue"), O("square", "orange"), O("triangle", "green"),
                      constraints=[IN(0, "top_left"), IN(1, "center"), IN(2, "bottom_right")]), submit(a)),
             T("Now align all three on a single horizontal line through the middle, evenly spaced, keeping the same left-to-right order.",
               design(O("circle", "blue"), O("square", "orange"), O("triangle", "green"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]), submit(b)),
             T("Swap the two outer elements; the square stays put in the middle.",
               design(O("circle", "blue"), O("square", "orange"), O("triangle", "green"),
                      constraints=[C("row", 0, 1, 2), C("order_x", 2, 1, 0)]), submit(c)),
             T("Hmm, revert that swap.", same_as(1), tool("undo"))))

    # Phone: recolour with a typo, add to the right of "it", sign off.
    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("square_0", CENTRE, "a blue square"))
    c = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", RIGHT, "a yellow circle"))
    add(conv("phone-blu-square", "phone_recolour",
             T("hey can u draw a red square in the middle", design(O("square", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("make it blu pls",
               design(O("square", "blue"), constraints=[IN(0, "center")], absent=[O("square", "red")]), submit(b)),
             T("thx. now a yellow circle 2 the right of it",
               design(O("square", "blue"), O("circle", "yellow"), constraints=[C("left_of", 0, 1)]), submit(c)),
             T("perfect thats it thx", kept(), reply="Glad it works for you!")))

    # Referring by the order things were added: remove the first, grow the last.
    a = doc(R("triangle_0", LEFT, "a purple triangle"))
    b = doc(R("triangle_0", LEFT, "a purple triangle"), R("square_1", RIGHT, "a green square"))
    c = doc(R("triangle_0", LEFT, "a purple triangle"), R("square_1", RIGHT, "a green square"), R("circle_2", BOTTOM, "an orange circle"))
    d = doc(R("square_1", RIGHT, "a green square"), R("circle_2", BOTTOM, "an orange circle"))
    e = doc(R("square_1", RIGHT, "a green square"), R("circle_2", (0.3, 0.64, 0.66, 0.98), "an orange circle"))
    add(conv("first-added-last-added", "reference_order",
             T("start with a purple triangle on the left side", design(O("triangle", "purple"), constraints=[IN(0, "left")]), submit(a)),
             T("next, a green square over on the right",
               design(O("triangle", "purple"), O("square", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("and an orange circle down at the bottom",
               design(O("triangle", "purple"), O("square", "green"), O("circle", "orange"),
                      constraints=[IN(0, "left"), IN(1, "right"), IN(2, "bottom")]), submit(c)),
             T("get rid of the one I added first",
               design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "right"), IN(1, "bottom")],
                      absent=[O("triangle")]), submit(d)),
             T("and make the last one I added bigger",
               design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "right"), IN(1, "bottom")],
                      bigger=[O("circle", "orange")]), submit(e))))

    # Designer: mirror horizontally, ask what changed, then flip vertically.
    a = doc(R("triangle_0", TL, "a yellow triangle"), R("square_1", (0.5, 0.5, 0.96, 0.96), "a striped blue square"), bg="white")
    b = doc(R("triangle_0", TR, "a yellow triangle"), R("square_1", (0.04, 0.5, 0.5, 0.96), "a striped blue square"), bg="white")
    c = doc(R("triangle_0", BR, "a yellow triangle"), R("square_1", (0.04, 0.04, 0.5, 0.5), "a striped blue square"), bg="white")
    add(conv("mirror-then-flip", "designer_mirror",
             T("Composition on white: a small yellow triangle in the upper left, a large striped blue square anchoring the lower right.",
               design(O("triangle", "yellow"), O("square", "blue", "striped"), background="white",
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), C("small", 0), C("big", 1)]), submit(a)),
             T("Mirror the whole composition horizontally.",
               design(O("triangle", "yellow"), O("square", "blue", "striped"), background="white",
                      constraints=[IN(0, "top_right"), IN(1, "bottom_left"), C("larger", 1, 0)]), submit(b)),
             T("What changed between those two?", kept(), tool("what_changed")),
             T("Good. Now flip it top to bottom as well.",
               design(O("triangle", "yellow"), O("square", "blue", "striped"), background="white",
                      constraints=[IN(0, "bottom_right"), IN(1, "top_left"), C("larger", 1, 0)]), submit(c))))

    # "the circle" with two circles on the canvas: ask which; then both circles recoloured.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", RIGHT, "a green circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", (0.6, 0.3, 0.98, 0.7), "a green circle"))
    c = doc(R("circle_0", LEFT, "a purple circle"), R("circle_1", (0.6, 0.3, 0.98, 0.7), "a purple circle"))
    add(conv("which-circle-then-both", "clarify",
             T("two circles side by side, one red, one green",
               design(O("circle", "red"), O("circle", "green"), constraints=[C("row", 0, 1)]), submit(a)),
             T("make the circle bigger", kept(), reply="There are two circles. Should the red one or the green one get bigger?"),
             T("the green one", design(O("circle", "red"), O("circle", "green"), bigger=[O("circle", "green")]), submit(b)),
             T("cool, now paint both circles purple",
               design(O("circle", "purple", count=2), absent=[O("circle", "red"), O("circle", "green")]), submit(c))))

    # Phone: variations, pick the third, then take the stripes off.
    a = doc(R("circle_0", TR, "a striped orange circle"), bg="black")
    b = doc(R("circle_0", TR, "a solid orange circle"), bg="black")
    add(conv("phone-versions-pick", "variations",
             T("striped orange circle top right, black bg pls",
               design(O("circle", "orange", "striped"), constraints=[IN(0, "top_right")], background="black"), submit(a)),
             T("gimme 3 versions", varied(3), variations(3)),
             T("3rd one", same_as(1), pick(3)),
             T("ok now no stripes, plain orange",
               design(O("circle", "orange", "solid"), constraints=[IN(0, "top_right")], background="black"), submit(b))))

    # Phone: scrap it, regret it, bring it back, then recolour by colour reference.
    a = doc(R("triangle_0", BL, "a blue triangle"), R("triangle_1", BR, "a red triangle"))
    b = doc(R("triangle_0", BL, "a blue triangle"), R("triangle_1", BR, "a yellow triangle"))
    add(conv("phone-scrap-bring-back", "start_over",
             T("blue triangle bottom left + red triangle bottom right",
               design(O("triangle", "blue"), O("triangle", "red"), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]), submit(a)),
             T("nvm scrap all that", cleared(), tool("start_over")),
             T("wait no bring it back", same_as(0), tool("undo")),
             T("ok make the red one yellow",
               design(O("triangle", "blue"), O("triangle", "yellow"), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")],
                      absent=[O("triangle", "red")]), submit(b))))

    # A designer sizing up the tool: questions only, nothing drawn.
    add(conv("capabilities-check", "no_render",
             T("Before I brief you: which primitives can you place on the canvas?", kept(),
               reply="Circles, squares and triangles, each in red, green, blue, yellow, purple or orange, solid or striped."),
             T("And the backdrop options?", kept(), reply="A plain gray, white or black background."),
             T("Can I control the scale of each element, e.g. one big and one small?", kept(),
               reply="Yes: say big, small or tiny, or ask for one to be larger than another, and I'll size them accordingly.")))

    # Designer: push to the edge, mirror a partner on the other edge, back to round 1.
    a = doc(R("square_0", MEDIUM, "a green square"))
    b = doc(R("square_0", (0.02, 0.32, 0.38, 0.68), "a green square"))
    c = doc(R("square_0", (0.02, 0.32, 0.38, 0.68), "a green square"), R("circle_1", (0.62, 0.32, 0.98, 0.68), "a red circle"))
    add(conv("push-to-edge", "designer_move",
             T("Medium-sized green square, centred on the canvas.", design(O("square", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("Push it out to the left edge, same height.", design(O("square", "green"), constraints=[IN(0, "left")]), submit(b)),
             T("Add a red circle that mirrors it against the right edge.",
               design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right"), C("row", 0, 1)]), submit(c)),
             T("Not working. Take me back to round 1.", same_as(0, by_round=True), restore(1))))

    # Phone: repaint two squares of a grid by colour, then look at the layout.
    a = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a green square"), R("square_2", BL, "a blue square"),
            R("square_3", BR, "a yellow square"))
    add(conv("phone-grid-repaint", "repaint",
             T("4 squares in a grid red green blue yellow",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), O("square", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("the blue one looks weird redo it", repainted(), repaint("square_2")),
             T("n the yellow 1 too", repainted(), repaint("square_3")),
             T("k show me the layout", kept(), tool("show_layout"))))

    # Referring by size: the biggest and the smallest of three graded circles.
    a = doc(R("circle_0", (0.03, 0.32, 0.39, 0.68), "a blue circle"), R("circle_1", (0.44, 0.39, 0.66, 0.61), "a red circle"),
            R("circle_2", (0.75, 0.44, 0.87, 0.56), "a yellow circle"))
    b = doc(R("circle_0", (0.03, 0.32, 0.39, 0.68), "a green circle"), R("circle_1", (0.44, 0.39, 0.66, 0.61), "a red circle"),
            R("circle_2", (0.75, 0.44, 0.87, 0.56), "a yellow circle"))
    c = doc(R("circle_0", (0.03, 0.32, 0.39, 0.68), "a green circle"), R("circle_1", (0.44, 0.39, 0.66, 0.61), "a red circle"),
            R("circle_2", (0.75, 0.44, 0.87, 0.56), "a striped yellow circle"))
    add(conv("biggest-smallest", "reference_size",
             T("three circles getting smaller from left to right: a large blue one, a medium red one, a little yellow one",
               design(O("circle", "blue"), O("circle", "red"), O("circle", "yellow"),
                      constraints=[C("order_x", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)]), submit(a)),
             T("turn the biggest one green",
               design(O("circle", "green"), O("circle", "red"), O("circle", "yellow"),
                      constraints=[C("order_x", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)], absent=[O("circle", "blue")]), submit(b)),
             T("and put stripes on the smallest",
               design(O("circle", "green"), O("circle", "red"), O("circle", "yellow", "striped"),
                      constraints=[C("order_x", 0, 1, 2), C("larger", 1, 2)]), submit(c)),
             T("why does the little one look squashed?", kept(), tool("explain_critique"))))

    # Designer: swap positions, then swap colours.
    a = doc(R("square_0", TOP, "an orange square"), R("circle_1", BOTTOM, "a purple circle"))
    b = doc(R("square_0", BOTTOM, "an orange square"), R("circle_1", TOP, "a purple circle"))
    c = doc(R("square_0", BOTTOM, "a purple square"), R("circle_1", TOP, "an orange circle"))
    add(conv("swap-places-then-colours", "designer_swap",
             T("Square at the top, circle at the bottom. Square in orange, circle in purple.",
               design(O("square", "orange"), O("circle", "purple"), constraints=[C("above", 0, 1)]), submit(a)),
             T("Swap their positions.", design(O("square", "orange"), O("circle", "purple"), constraints=[C("above", 1, 0)]), submit(b)),
             T("And now swap their colours, leave the positions.",
               design(O("square", "purple"), O("circle", "orange"), constraints=[C("above", 1, 0)],
                      absent=[O("square", "orange"), O("circle", "purple")]), submit(c))))

    # "all of them": recolour all, stripe all, undo, redo.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a red square"), R("triangle_2", RIGHT, "a red triangle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a blue triangle"))
    c = doc(R("circle_0", LEFT, "a striped blue circle"), R("square_1", CENTRE, "a striped blue square"),
            R("triangle_2", RIGHT, "a striped blue triangle"))
    add(conv("all-of-them", "reference_all",
             T("a red circle, a red square and a red triangle lined up in a row",
               design(O("circle", "red"), O("square", "red"), O("triangle", "red"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("make all of them blue",
               design(O("circle", "blue"), O("square", "blue"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2)],
                      absent=[O("circle", "red"), O("square", "red"), O("triangle", "red")]), submit(b)),
             T("stripes on every one of them",
               design(O("circle", "blue", "striped"), O("square", "blue", "striped"), O("triangle", "blue", "striped"),
                      constraints=[C("row", 0, 1, 2)]), submit(c)),
             T("eh, step back one", same_as(1), tool("undo")),
             T("no actually I do want the stripes, redo", same_as(2), tool("redo"))))

    # "the other one": move one of two squares, then the other, then repaint both.
    a = doc(R("square_0", LEFT, "a yellow square"), R("square_1", RIGHT, "a purple square"))
    b = doc(R("square_0", TL, "a yellow square"), R("square_1", RIGHT, "a purple square"))
    c = doc(R("square_0", TL, "a yellow square"), R("square_1", BR, "a purple square"))
    add(conv("the-other-one", "reference_other",
             T("two squares: yellow on the left, purple on the right",
               design(O("square", "yellow"), O("square", "purple"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("send the yellow one up into the top left corner",
               design(O("square", "yellow"), O("square", "purple"), constraints=[IN(0, "top_left"), IN(1, "right")]), submit(b)),
             T("and the other one down to the bottom right",
               design(O("square", "yellow"), O("square", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(c)),
             T("render both squares again, fresh", repainted(), repaint("square_0", "square_1"))))

    # Vague "change it" with two objects: ask; then the answer.
    a = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", RIGHT, "an orange triangle"))
    b = doc(R("circle_0", LEFT, "a green circle"), R("triangle_1", RIGHT, "a purple triangle"))
    add(conv("phone-change-it", "clarify",
             T("draw a green circle and an orange triangle", design(O("circle", "green"), O("triangle", "orange")), submit(a)),
             T("hmm change it", kept(), reply="What should change, and on which shape: the circle or the triangle?"),
             T("the triangle. purple",
               design(O("circle", "green"), O("triangle", "purple"), absent=[O("triangle", "orange")]), submit(b))))

    # Designer: scale up, recolour, back to round 2, then stripes on that version.
    a = doc(R("square_0", CENTRE, "a blue square"))
    b = doc(R("square_0", BIG, "a blue square"))
    c = doc(R("square_0", BIG, "an orange square"))
    d = doc(R("square_0", BIG, "a striped blue square"))
    add(conv("scale-recolour-round-two", "restore",
             T("Single blue square, centred.", design(O("square", "blue"), constraints=[IN(0, "center")]), submit(a)),
             T("Scale it up until it fills most of the frame.",
               design(O("square", "blue"), constraints=[IN(0, "center"), C("big", 0)], bigger=[O("square", "blue")]), submit(b)),
             T("Recolour it orange.",
               design(O("square", "orange"), constraints=[IN(0, "center"), C("big", 0)], absent=[O("square", "blue")]), submit(c)),
             T("Let's return to round 2.", same_as(1, by_round=True), restore(2)),
             T("From there, add stripes.",
               design(O("square", "blue", "striped"), constraints=[IN(0, "center"), C("big", 0)], absent=[O("square", "orange")]),
               submit(d))))

    # Designer: bring one object over to sit above another.
    a = doc(R("circle_0", TL, "a red circle"), R("square_1", BR, "a blue square"))
    b = doc(R("circle_0", TR, "a red circle"), R("square_1", BR, "a blue square"))
    add(conv("bring-over-above", "designer_move",
             T("red circle, top-left corner. blue square, bottom-right corner.",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("Bring the circle over to the right so it sits directly above the square.",
               design(O("circle", "red"), O("square", "blue"), constraints=[C("column", 0, 1), C("above", 0, 1), IN(0, "top_right")]),
               submit(b)),
             T("what did that change exactly?", kept(), tool("what_changed"))))

    # Phone: a stacked column, grow the middle one, undo.
    a = doc(R("triangle_0", TOP, "a red triangle"), R("triangle_1", CENTRE, "a green triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("triangle_0", TOP, "a red triangle"), R("triangle_1", (0.33, 0.35, 0.67, 0.65), "a green triangle"),
            R("triangle_2", BOTTOM, "a blue triangle"))
    add(conv("phone-column-middle", "resize",
             T("3 triangles stacked vertically, red on top then green then blue",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(a)),
             T("make the middle 1 bigger",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)], bigger=[O("triangle", "green")]), submit(b)),
             T("undo pls", same_as(0), tool("undo"))))

    # Designer: background and colour swap, back to image 1, alternates of that, pick one.
    a = doc(R("circle_0", CENTRE, "a striped yellow circle"), bg="black")
    b = doc(R("circle_0", CENTRE, "a solid purple circle"), bg="white")
    add(conv("first-image-alternates", "restore",
             T("Yellow striped circle, centre, on black.",
               design(O("circle", "yellow", "striped"), constraints=[IN(0, "center")], background="black"), submit(a)),
             T("Try it on a white ground, and make the circle a solid purple.",
               design(O("circle", "purple", "solid"), constraints=[IN(0, "center")], background="white",
                      absent=[O("circle", "yellow")]), submit(b)),
             T("The first image was stronger. Use image 1.", same_as(0, by_round=True), restore(1)),
             T("Give me two alternates of that one.", varied(2), variations(2)),
             T("Go with the second alternate.", same_as(3), pick(2))))

    # Adding relative to the last object, then removing "the second one".
    a = doc(R("square_0", LEFT, "an orange square"))
    b = doc(R("square_0", LEFT, "an orange square"), R("circle_1", CENTRE, "a blue circle"))
    c = doc(R("square_0", LEFT, "an orange square"), R("circle_1", CENTRE, "a blue circle"), R("triangle_2", RIGHT, "a yellow triangle"))
    d = doc(R("square_0", LEFT, "an orange square"), R("triangle_2", RIGHT, "a yellow triangle"))
    add(conv("chain-right-drop-second", "add",
             T("I'd like an orange square on the left, please", design(O("square", "orange"), constraints=[IN(0, "left")]), submit(a)),
             T("then a blue circle just to the right of it",
               design(O("square", "orange"), O("circle", "blue"), constraints=[C("left_of", 0, 1)]), submit(b)),
             T("and a yellow triangle to the right of the circle",
               design(O("square", "orange"), O("circle", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)]), submit(c)),
             T("on second thought lose the second one, the circle",
               design(O("square", "orange"), O("triangle", "yellow"), constraints=[C("left_of", 0, 1)], absent=[O("circle")]), submit(d))))

    # Vague "one of them smaller": ask; then shrink the top one.
    a = doc(R("square_0", TOP, "a striped blue square"), R("square_1", BOTTOM, "a striped red square"))
    b = doc(R("square_0", (0.43, 0.12, 0.57, 0.26), "a striped blue square"), R("square_1", BOTTOM, "a striped red square"))
    add(conv("one-of-them-smaller", "clarify",
             T("two striped squares, a blue one at the top and a red one at the bottom",
               design(O("square", "blue", "striped"), O("square", "red", "striped"), constraints=[IN(0, "top"), IN(1, "bottom")]),
               submit(a)),
             T("make one of them smaller", kept(), reply="Sure. Which one should shrink, the blue square at the top or the red one at the bottom?"),
             T("the top one",
               design(O("square", "blue", "striped"), O("square", "red", "striped"), constraints=[IN(0, "top"), IN(1, "bottom")],
                      smaller=[O("square", "blue")]), submit(b))))

    # Designer: a grid of one colour, recolour cells by position, variations, keep the current one.
    a = doc(R("circle_0", TL, "an orange circle"), R("circle_1", TR, "an orange circle"), R("circle_2", BL, "an orange circle"),
            R("circle_3", BR, "an orange circle"))
    b = doc(R("circle_0", TL, "an orange circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "an orange circle"),
            R("circle_3", BR, "an orange circle"))
    c = doc(R("circle_0", TL, "an orange circle"), R("circle_1", TR, "a green circle"), R("circle_2", BL, "a green circle"),
            R("circle_3", BR, "an orange circle"))
    add(conv("grid-diagonal-greens", "designer_grid",
             T("2x2 grid of circles, all orange.", design(O("circle", "orange", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]),
               submit(a)),
             T("Recolour the top-right cell green.",
               design(O("circle", "orange", count=3), O("circle", "green"), constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(3, "top_right")]),
               submit(b)),
             T("And the bottom-left cell too, so the greens sit on the diagonal.",
               design(O("circle", "orange", count=2), O("circle", "green", count=2),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(0, "top_left"), IN(1, "bottom_right"), IN(2, "top_right"),
                                   IN(3, "bottom_left")]), submit(c)),
             T("Show me two variations.", varied(2), variations(2)),
             T("Neither beats the current one, keep what we had.", kept(), reply="Okay, the current design stays as it is.")))

    # "the left one" / "the right one" among two equal triangles.
    a = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "a green triangle"))
    b = doc(R("triangle_0", LEFT, "a yellow triangle"), R("triangle_1", RIGHT, "a green triangle"))
    c = doc(R("triangle_0", LEFT, "a yellow triangle"), R("triangle_1", (0.58, 0.25, 0.98, 0.75), "a green triangle"))
    add(conv("left-one-right-one", "reference_place",
             T("a pair of green triangles, one on each side",
               design(O("triangle", "green", count=2), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make the left one yellow",
               design(O("triangle", "yellow"), O("triangle", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("and blow the right one up a bit",
               design(O("triangle", "yellow"), O("triangle", "green"), constraints=[IN(0, "left"), IN(1, "right")],
                      bigger=[O("triangle", "green")]), submit(c)),
             T("nice, that's the one", kept(), reply="Great, I'll leave it like this.")))

    # Designer: scrap and a new brief in one message; then stripe the centre one.
    a = doc(R("square_0", TL, "a blue square"), R("circle_1", BR, "a red circle"))
    b = doc(R("triangle_0", LEFT, "a purple triangle"), R("triangle_1", CENTRE, "a purple triangle"), R("triangle_2", RIGHT, "a purple triangle"),
            bg="white")
    c = doc(R("triangle_0", LEFT, "a purple triangle"), R("triangle_1", CENTRE, "a striped purple triangle"),
            R("triangle_2", RIGHT, "a purple triangle"), bg="white")
    add(conv("new-brief", "start_over",
             T("Blue square top-left, red circle bottom-right, grey background.",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], background="gray"),
               submit(a)),
             T("Scrap it. New brief: three purple triangles in a row on white.",
               design(O("triangle", "purple", count=3), constraints=[C("row", 0, 1, 2)], background="white",
                      absent=[O("square"), O("circle")]), tool("start_over"), submit(b)),
             T("Make the centre one striped.",
               design(O("triangle", "purple", count=2), O("triangle", "purple", "striped"),
                      constraints=[C("row", 0, 1, 2), C("between_x", 2, 0, 1)], background="white"), submit(c))))

    # Phone: huge, undo, redo.
    a = doc(R("circle_0", CENTRE, "a yellow circle"))
    b = doc(R("circle_0", BIG, "a yellow circle"))
    add(conv("phone-huge-undo-redo", "undo_redo",
             T("yellow circle pls", design(O("circle", "yellow")), submit(a)),
             T("make it huge", design(O("circle", "yellow"), constraints=[C("big", 0)], bigger=[O("circle", "yellow")]), submit(b)),
             T("hmm undo", same_as(0), tool("undo")),
             T("no redo it, it was better big", same_as(1), tool("redo"))))

    # "align them" is ambiguous: ask which way; then a row.
    a = doc(R("square_0", TL, "a red square"), R("circle_1", CENTRE, "a blue circle"), R("triangle_2", BR, "a green triangle"))
    b = doc(R("square_0", LEFT, "a red square"), R("circle_1", CENTRE, "a blue circle"), R("triangle_2", RIGHT, "a green triangle"))
    add(conv("align-which-way", "clarify",
             T("a red square top left, a blue circle in the center and a green triangle bottom right",
               design(O("square", "red"), O("circle", "blue"), O("triangle", "green"),
                      constraints=[IN(0, "top_left"), IN(1, "center"), IN(2, "bottom_right")]), submit(a)),
             T("align them", kept(), reply="Align them how: in a horizontal row, in a vertical column, or along the diagonal?"),
             T("horizontally, across the middle",
               design(O("square", "red"), O("circle", "blue"), O("triangle", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(b))))

    # Questions answered in words, then "swap em".
    a = doc(R("circle_0", TOP, "a blue circle"), R("circle_1", BOTTOM, "an orange circle"))
    b = doc(R("circle_0", BOTTOM, "a blue circle"), R("circle_1", TOP, "an orange circle"))
    add(conv("phone-ask-then-swap", "inspect",
             T("two circles, a blue one at the top and an orange one at the bottom",
               design(O("circle", "blue"), O("circle", "orange"), constraints=[C("above", 0, 1)]), submit(a)),
             T("which one is on top again?", kept(), reply="The blue circle is on top; the orange one is below it."),
             T("how many shapes r there rn", kept(), reply="Two: a blue circle and an orange circle."),
             T("ok swap em", design(O("circle", "blue"), O("circle", "orange"), constraints=[C("above", 1, 0)]), submit(b))))

    # Designer: re-render one element, ask why, re-render the whole frame.
    a = doc(R("circle_0", BIG_LEFT, "a striped green circle"), R("square_1", SMALL_RIGHT, "a solid yellow square"))
    add(conv("rerender-element-then-frame", "repaint",
             T("Hero layout: a large striped green circle in the left half, a small solid yellow square on the right.",
               design(O("circle", "green", "striped"), O("square", "yellow", "solid"),
                      constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]), submit(a)),
             T("The circle's edges look rough. Re-render just that element.", repainted(), repaint("circle_0")),
             T("Why did it come out rough in the first place?", kept(), tool("explain_critique")),
             T("Fine. Re-render the whole frame once more.", repainted(), repaint("circle_0", "square_1"))))

    # Reorder three objects by naming the new order; "back to how it was".
    a = doc(R("square_0", LEFT, "a green square"), R("circle_1", CENTRE, "a yellow circle"), R("triangle_2", RIGHT, "a red triangle"))
    b = doc(R("square_0", CENTRE, "a green square"), R("circle_1", RIGHT, "a yellow circle"), R("triangle_2", LEFT, "a red triangle"))
    add(conv("reorder-named", "reorder",
             T("left to right: a green square, a yellow circle, a red triangle",
               design(O("square", "green"), O("circle", "yellow"), O("triangle", "red"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("reorder them so it reads triangle, square, circle",
               design(O("square", "green"), O("circle", "yellow"), O("triangle", "red"), constraints=[C("order_x", 2, 0, 1)]), submit(b)),
             T("meh, back to how it was", same_as(0), tool("undo"))))

    # Phone: both circles striped, a square centred under them.
    a = doc(R("circle_0", TL, "a blue circle"), R("circle_1", TR, "a blue circle"))
    b = doc(R("circle_0", TL, "a striped blue circle"), R("circle_1", TR, "a striped blue circle"))
    c = doc(R("circle_0", TL, "a striped blue circle"), R("circle_1", TR, "a striped blue circle"), R("square_2", BOTTOM, "a red square"))
    add(conv("phone-both-circles", "reference_both",
             T("2 blue circles top left n top right",
               design(O("circle", "blue", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")]), submit(a)),
             T("make both of them striped",
               design(O("circle", "blue", "striped", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")]), submit(b)),
             T("add a red square under them in the middle",
               design(O("circle", "blue", "striped", count=2), O("square", "red"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom"), C("between_x", 2, 0, 1)]), submit(c)),
             T("thx looks gr8", kept(), reply="Thanks, glad you like it.")))

    # Designer: four variations, keep number four, then slot a circle between.
    a = doc(R("triangle_0", TOP, "a purple triangle"), R("square_1", BOTTOM, "an orange square"))
    b = doc(R("triangle_0", TOP, "a purple triangle"), R("square_1", BOTTOM, "an orange square"), R("circle_2", SMALL, "a blue circle"))
    add(conv("four-alternates-keeper", "variations",
             T("Purple triangle over an orange square, stacked on the vertical centre line.",
               design(O("triangle", "purple"), O("square", "orange"), constraints=[C("above", 0, 1), C("column", 0, 1)]), submit(a)),
             T("Run four variations on that.", varied(4), variations(4)),
             T("Number four's the keeper.", same_as(0), pick(4)),
             T("Now slot a small blue circle in between the two.",
               design(O("triangle", "purple"), O("square", "orange"), O("circle", "blue"),
                      constraints=[C("above", 0, 1), C("between_y", 2, 0, 1)]), submit(b))))

    # Phone: "bigger" before anything exists gets a question; then a small triangle, then bigger.
    a = doc(R("triangle_0", SMALL, "a red triangle"))
    b = doc(R("triangle_0", MEDIUM, "a red triangle"))
    add(conv("phone-bigger-of-nothing", "clarify",
             T("can u make it bigger", kept(), reply="There's nothing on the canvas yet. What would you like me to draw first?"),
             T("oh lol. a small red triangle in the middle",
               design(O("triangle", "red"), constraints=[IN(0, "center"), C("small", 0)]), submit(a)),
             T("ok now bigger", design(O("triangle", "red"), constraints=[IN(0, "center")], bigger=[O("triangle", "red")]), submit(b))))

    # Round 1 after an edit and variations; undoing the restore returns to the edit.
    a = doc(R("square_0", LEFT, "a solid blue square"), R("square_1", RIGHT, "a solid yellow square"), bg="white")
    b = doc(R("square_0", LEFT, "a striped blue square"), R("square_1", RIGHT, "a striped yellow square"), bg="white")
    add(conv("round-one-then-undo", "restore",
             T("a solid blue square on the left and a solid yellow square on the right, white background",
               design(O("square", "blue", "solid"), O("square", "yellow", "solid"), constraints=[IN(0, "left"), IN(1, "right")],
                      background="white"), submit(a)),
             T("stripe both of them",
               design(O("square", "blue", "striped"), O("square", "yellow", "striped"), constraints=[IN(0, "left"), IN(1, "right")],
                      background="white"), submit(b)),
             T("3 variations of this please", varied(3), variations(3)),
             T("hmm go back to round 1", same_as(0, by_round=True), restore(1)),
             T("no, undo that, the stripes were better", same_as(1), tool("undo"))))

    # Remove the biggest of three, recolour the two left.
    a = doc(R("square_0", (0.03, 0.3, 0.4, 0.7), "a red square"), R("circle_1", (0.44, 0.39, 0.66, 0.61), "a green circle"),
            R("triangle_2", (0.75, 0.44, 0.87, 0.56), "a blue triangle"))
    b = doc(R("circle_1", (0.44, 0.39, 0.66, 0.61), "a green circle"), R("triangle_2", (0.75, 0.44, 0.87, 0.56), "a blue triangle"))
    c = doc(R("circle_1", (0.44, 0.39, 0.66, 0.61), "a purple circle"), R("triangle_2", (0.75, 0.44, 0.87, 0.56), "a purple triangle"))
    add(conv("drop-the-biggest", "reference_size",
             T("a big red square, a medium green circle and a small blue triangle, left to right",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"),
                      constraints=[C("order_x", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)]), submit(a)),
             T("remove the biggest one",
               design(O("circle", "green"), O("triangle", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("square")]), submit(b)),
             T("colour the two that are left purple",
               design(O("circle", "purple"), O("triangle", "purple"), constraints=[C("left_of", 0, 1)],
                      absent=[O("circle", "green"), O("triangle", "blue")]), submit(c))))

    # Designer: full bleed, then pull in for margin, then a small accent in a corner.
    a = doc(R("circle_0", (0.04, 0.04, 0.96, 0.96), "an orange circle"))
    b = doc(R("circle_0", (0.2, 0.2, 0.8, 0.8), "an orange circle"))
    c = doc(R("circle_0", (0.2, 0.2, 0.8, 0.8), "an orange circle"), R("square_1", (0.04, 0.82, 0.16, 0.94), "a striped purple square"))
    add(conv("full-bleed-margin", "designer_resize",
             T("One orange circle, full bleed, nearly edge to edge.", design(O("circle", "orange"), constraints=[C("big", 0)]), submit(a)),
             T("Too tight. Pull it in so there's a generous margin all round, still centred.",
               design(O("circle", "orange"), constraints=[IN(0, "center")], smaller=[O("circle", "orange")]), submit(b)),
             T("Better. Drop a small striped purple square into the bottom-left corner as an accent.",
               design(O("circle", "orange"), O("square", "purple", "striped"), constraints=[IN(0, "center"), IN(1, "bottom_left"), C("small", 1)]),
               submit(c))))

    # Phone: recolour by position in a row, then back to a round by number.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a yellow circle"), R("circle_2", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", RIGHT, "a blue circle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", RIGHT, "an orange circle"))
    add(conv("phone-middle-far-right", "reference_place",
             T("3 circles in a row, red yellow blue from the left",
               design(O("circle", "red"), O("circle", "yellow"), O("circle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("middle one green",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      absent=[O("circle", "yellow")]), submit(b)),
             T("n the one on the far right orange",
               design(O("circle", "red"), O("circle", "green"), O("circle", "orange"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      absent=[O("circle", "blue")]), submit(c)),
             T("go back 2 round 2", same_as(1, by_round=True), restore(2))))

    # "the other one" after naming one; then tuck the triangle under the square.
    a = doc(R("square_0", LEFT, "a purple square"), R("triangle_1", RIGHT, "a purple triangle"))
    b = doc(R("square_0", LEFT, "a purple square"), R("triangle_1", RIGHT, "an orange triangle"))
    c = doc(R("square_0", LEFT, "a purple square"), R("triangle_1", BL, "an orange triangle"))
    add(conv("keep-one-recolour-other", "reference_other",
             T("a square and a triangle, both purple, with the square on the left",
               design(O("square", "purple"), O("triangle", "purple"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("keep the square purple but make the other one orange",
               design(O("square", "purple"), O("triangle", "orange"), constraints=[C("left_of", 0, 1)], absent=[O("triangle", "purple")]),
               submit(b)),
             T("now tuck the triangle directly underneath the square",
               design(O("square", "purple"), O("triangle", "orange"), constraints=[C("column", 0, 1), C("above", 0, 1)]), submit(c))))

    # Phone: why blurry, try again, what changed.
    a = doc(R("triangle_0", BOTTOM, "a striped red triangle"))
    add(conv("phone-blurry", "inspect",
             T("striped red triangle bottom middle", design(O("triangle", "red", "striped"), constraints=[IN(0, "bottom")]), submit(a)),
             T("y does it look blurry", kept(), tool("explain_critique")),
             T("ok try again", repainted(), repaint("triangle_0")),
             T("better. what did u change", kept(), tool("what_changed"))))

    # Two yellow triangles: "the yellow triangle" needs a question; the answer picks one by corner.
    a = doc(R("triangle_0", TL, "a yellow triangle"), R("triangle_1", TR, "a yellow triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("triangle_0", TL, "a yellow triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    add(conv("which-yellow-triangle", "clarify",
             T("three triangles: yellow top left, yellow top right, blue at the bottom",
               design(O("triangle", "yellow", count=2), O("triangle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]), submit(a)),
             T("delete the yellow triangle", kept(), reply="There are two yellow triangles. Should I remove the top-left one or the top-right one?"),
             T("the one in the top right",
               design(O("triangle", "yellow"), O("triangle", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom")]), submit(b))))

    # Designer: a centred hero with corner squares; make the corners recede; scratch that.
    a = doc(R("circle_0", CENTRE, "a red circle"), R("square_1", TL, "a blue square"), R("square_2", TR, "a blue square"),
            R("square_3", BL, "a blue square"), R("square_4", BR, "a blue square"))
    b = doc(R("circle_0", CENTRE, "a red circle"), R("square_1", (0.06, 0.06, 0.2, 0.2), "a blue square"),
            R("square_2", (0.8, 0.06, 0.94, 0.2), "a blue square"), R("square_3", (0.06, 0.8, 0.2, 0.94), "a blue square"),
            R("square_4", (0.8, 0.8, 0.94, 0.94), "a blue square"))
    corners = [IN(1, "top_left"), IN(2, "top_right"), IN(3, "bottom_left"), IN(4, "bottom_right")]
    add(conv("corners-recede", "designer_resize",
             T("Red circle in the centre, and a blue square in each of the four corners.",
               design(O("circle", "red"), O("square", "blue", count=4), constraints=[IN(0, "center"), *corners]), submit(a)),
             T("Shrink the corner squares so the circle clearly dominates.",
               design(O("circle", "red"), O("square", "blue", count=4),
                      constraints=[IN(0, "center"), *corners, *(C("larger", 0, k) for k in range(1, 5))]), submit(b)),
             T("Scratch that last change.", same_as(0), tool("undo"))))

    # Back to an earlier colour by description.
    a = doc(R("square_0", CENTRE, "a green square"))
    b = doc(R("square_0", CENTRE, "a red square"))
    c = doc(R("square_0", CENTRE, "a blue square"))
    add(conv("liked-the-red-best", "restore",
             T("a green square in the middle", design(O("square", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("try red", design(O("square", "red"), constraints=[IN(0, "center")], absent=[O("square", "green")]), submit(b)),
             T("try blue", design(O("square", "blue"), constraints=[IN(0, "center")], absent=[O("square", "red")]), submit(c)),
             T("I liked the red one best, go back to that", same_as(1), restore(2))))

    # Designer: scale one up, the other down, compare with round 1.
    a = doc(R("square_0", LEFT, "a purple square"), R("square_1", RIGHT, "a green square"))
    b = doc(R("square_0", (0.02, 0.25, 0.48, 0.75), "a purple square"), R("square_1", RIGHT, "a green square"))
    c = doc(R("square_0", (0.02, 0.25, 0.48, 0.75), "a purple square"), R("square_1", (0.72, 0.42, 0.88, 0.58), "a green square"))
    add(conv("scale-up-scale-down", "designer_resize",
             T("Two squares side by side at equal size, purple then green.",
               design(O("square", "purple"), O("square", "green"), constraints=[C("row", 0, 1), C("left_of", 0, 1)]), submit(a)),
             T("Scale the purple one up, roughly double.",
               design(O("square", "purple"), O("square", "green"), constraints=[C("left_of", 0, 1), C("larger", 0, 1)],
                      bigger=[O("square", "purple")]), submit(b)),
             T("And knock the green one down a notch.",
               design(O("square", "purple"), O("square", "green"), constraints=[C("left_of", 0, 1), C("larger", 0, 1)],
                      smaller=[O("square", "green")]), submit(c)),
             T("I want to compare with where we started. Restore round 1.", same_as(0, by_round=True), restore(1))))

    # Designer: centre one object horizontally over another, then push the other into a corner.
    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", BOTTOM, "an orange square"))
    b = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "an orange square"))
    c = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BR, "an orange square"))
    add(conv("centre-horizontally", "designer_move",
             T("a blue circle in the top left and an orange square at the bottom, centred left to right",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom")]), submit(a)),
             T("Centre the circle horizontally so it lines up with the square; keep it at the top.",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "top"), C("column", 0, 1), C("above", 0, 1)]),
               submit(b)),
             T("Now push the square flush into the bottom-right corner.",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "top"), IN(1, "bottom_right")]), submit(c))))

    # Start over, ask what's there, undo the start over.
    a = doc(R("square_0", TR, "a striped green square"), R("triangle_1", BL, "a solid red triangle"))
    add(conv("undo-the-start-over", "start_over",
             T("striped green square in the top right corner and a solid red triangle in the bottom left one",
               design(O("square", "green", "striped"), O("triangle", "red", "solid"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
               submit(a)),
             T("start again from scratch", cleared(), tool("start_over")),
             T("so what's on the canvas now?", cleared(), reply="Nothing: the canvas is empty. What should I draw?"),
             T("hmm actually undo that, i want my square and triangle back", same_as(0), tool("undo"))))

    # Phone: four named cells, swap two by colour, drop one, start over.
    a = doc(R("circle_0", TL, "a red circle"), R("square_1", TR, "a blue square"), R("triangle_2", BL, "a green triangle"),
            R("circle_3", BR, "a yellow circle"))
    b = doc(R("circle_0", BR, "a red circle"), R("square_1", TR, "a blue square"), R("triangle_2", BL, "a green triangle"),
            R("circle_3", TL, "a yellow circle"))
    c = doc(R("circle_0", BR, "a red circle"), R("square_1", TR, "a blue square"), R("circle_3", TL, "a yellow circle"))
    add(conv("phone-four-corners", "phone_mixed",
             T("red circle top left, blue square top right, green triangle bottom left, yellow circle bottom right pls",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("swap the red circle n the yellow one",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "bottom_right"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "top_left")]), submit(b)),
             T("lose the triangle",
               design(O("circle", "red"), O("square", "blue"), O("circle", "yellow"),
                      constraints=[IN(0, "bottom_right"), IN(1, "top_right"), IN(2, "top_left")], absent=[O("triangle")]), submit(c)),
             T("ok wipe it all", cleared(), tool("start_over"))))

    # Phone: redraw by place rather than by name, then a colour question answered in words.
    a = doc(R("square_0", LEFT, "a striped orange square"), R("circle_1", RIGHT, "a solid blue circle"), bg="black")
    add(conv("phone-redo-the-left-thing", "repaint",
             T("orange striped square left, solid blue circle right, black background",
               design(O("square", "orange", "striped"), O("circle", "blue", "solid"), constraints=[IN(0, "left"), IN(1, "right")],
                      background="black"), submit(a)),
             T("the thing on the left came out wonky, redo just that", repainted(), repaint("square_0")),
             T("wat colour is the right one supposed to be", kept(), reply="The circle on the right is a solid blue circle.")))

    # Flank an object, take three variations and pick the first, then trim one of the flanking pair.
    a = doc(R("triangle_0", CENTRE, "a blue triangle"))
    b = doc(R("triangle_0", CENTRE, "a blue triangle"), R("square_1", LEFT, "a yellow square"), R("square_2", RIGHT, "a yellow square"))
    c = doc(R("triangle_0", CENTRE, "a blue triangle"), R("square_2", RIGHT, "a yellow square"))
    add(conv("flank-then-trim", "mixed",
             T("Just a blue triangle in the middle to start.", design(O("triangle", "blue"), constraints=[IN(0, "center")]), submit(a)),
             T("Flank it with a yellow square on either side.",
               design(O("triangle", "blue"), O("square", "yellow", count=2), constraints=[C("between_x", 0, 1, 2)]), submit(b)),
             T("Let me see three takes on this.", varied(3), variations(3)),
             T("Take the first.", same_as(1), pick(1)),
             T("Now drop the square on the left.",
               design(O("triangle", "blue"), O("square", "yellow"), constraints=[C("left_of", 0, 1), IN(1, "right")]), submit(c))))

    # Designer: recolour to match, then "bring the square over" next to the circle.
    a = doc(R("circle_0", TL, "a red circle"), R("square_1", BR, "a blue square"))
    b = doc(R("circle_0", TL, "a red circle"), R("square_1", BR, "a red square"))
    c = doc(R("circle_0", TL, "a red circle"), R("square_1", TR, "a red square"))
    add(conv("match-colour-bring-up", "designer_move",
             T("red circle upper left, blue square lower right",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("Match the square's colour to the circle.",
               design(O("circle", "red"), O("square", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("square", "blue")]), submit(b)),
             T("Bring the square up so it sits level with the circle, on the right.",
               design(O("circle", "red"), O("square", "red"), constraints=[C("row", 0, 1), C("left_of", 0, 1), IN(1, "top_right")]),
               submit(c)),
             T("What would you improve next?", kept(), tool("explain_critique"))))

    return out


JOURNAL: list[Conversation] = _journal()


if __name__ == "__main__":
    main(JOURNAL)
