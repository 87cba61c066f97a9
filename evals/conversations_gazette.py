"""The fifteenth held-out set of recorded conversations with the shapes-world image designer: sealed, and run once to measure.

Written independently of the agent (``agent/``), its tools (``tools/``) and the other conversation sets: only the
builders, the judge (``check_turn``) and the self-check of :mod:`regiondit.evals.conversations`, and the kinds of
objects, constraints, places, colours, shapes, textures and sizes in :mod:`regiondit.evals.paraphrases`, were read.
The people imagined here use the designer for ordinary jobs: a teacher's counting worksheet, a logo sketch, a game
level mock-up, a parent drawing with a child, a UX person typing short commands, someone on a phone fighting
autocorrect, a non-native speaker, someone who keeps changing their mind. Each turn says only what any careful
designer must leave behind.

    python -m regiondit.evals.conversations_gazette   # counts, then the self-check of the set
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


def _at(cx: float, cy: float, half: float = 0.08) -> Box:
    """A square box of half side ``half`` centred on (cx, cy)."""
    return (round(cx - half, 3), round(cy - half, 3), round(cx + half, 3), round(cy + half, 3))


def _gazette() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # A teacher's counting worksheet: a row of five, a row of three under it, then stripes on the second row.
    reds = [R(f"circle_{i}", _at(0.1 + 0.2 * i, 0.45, 0.07), "a red circle") for i in range(5)]
    blues = [R(f"square_{5 + i}", _at(0.25 + 0.25 * i, 0.78, 0.07), "a blue square") for i in range(3)]
    striped = [R(f"square_{5 + i}", _at(0.25 + 0.25 * i, 0.78, 0.07), "a striped blue square") for i in range(3)]
    a = doc(*reds)
    b = doc(*reds, *blues)
    c = doc(*reds, *striped)
    add(conv("gz-counting-worksheet", "count",
             T("hi! I'm making a counting worksheet for my first graders. could you put 5 red circles in a row across the middle?",
               design(O("circle", "red", count=5), constraints=[C("row", 0, 1, 2, 3, 4)]), submit(a)),
             T("great. now 3 blue squares underneath those, also lined up",
               design(O("circle", "red", count=5), O("square", "blue", count=3),
                      constraints=[C("row", 0, 1, 2, 3, 4), C("row", 5, 6, 7), C("above", 0, 5)]), submit(b)),
             T("can the squares have stripes? the kids tell them apart better that way",
               design(O("circle", "red", count=5), O("square", "blue", "striped", count=3),
                      constraints=[C("row", 0, 1, 2, 3, 4), C("row", 5, 6, 7), C("above", 0, 5)]), submit(c)),
             T("thats exactly what I needed, thank you so much", kept(),
               reply="You're welcome! Good luck with the worksheet.")))

    # Sketching a logo: a big centred circle on white, a small badge, a smaller circle, then a black background.
    a = doc(R("circle_0", (0.2, 0.2, 0.8, 0.8), "an orange circle"), bg="white")
    b = doc(R("circle_0", (0.2, 0.2, 0.8, 0.8), "an orange circle"), R("square_1", (0.83, 0.04, 0.95, 0.16), "a purple square"),
            bg="white")
    c = doc(R("circle_0", (0.3, 0.3, 0.7, 0.7), "an orange circle"), R("square_1", (0.83, 0.04, 0.95, 0.16), "a purple square"),
            bg="white")
    d = doc(R("circle_0", (0.3, 0.3, 0.7, 0.7), "an orange circle"), R("square_1", (0.83, 0.04, 0.95, 0.16), "a purple square"),
            bg="black")
    add(conv("gz-logo-badge", "mixed",
             T("sketching a logo idea. big orange circle, centered, white background",
               design(O("circle", "orange"), constraints=[IN(0, "center"), C("big", 0)], background="white"), submit(a)),
             T("put a small purple square up in the top right corner, like a little badge",
               design(O("circle", "orange"), O("square", "purple"),
                      constraints=[IN(0, "center"), IN(1, "top_right"), C("small", 1), C("larger", 0, 1)], background="white"),
               submit(b)),
             T("hmm the circle feels heavy. shrink it a bit, keep it in the middle",
               design(O("circle", "orange"), O("square", "purple"), constraints=[IN(0, "center"), IN(1, "top_right")],
                      background="white", smaller=[O("circle", "orange")]), submit(c)),
             T("try it on black instead of white",
               design(O("circle", "orange"), O("square", "purple"), constraints=[IN(0, "center"), IN(1, "top_right")],
                      background="black"), submit(d)),
             T("what's different from the previous version?", kept(), tool("what_changed"))))

    # A game designer mocks up a level: player, enemy, coins; a bigger enemy; variations and a pick.
    player = R("square_0", BL, "a green square")
    enemy = R("triangle_1", BR, "a red triangle")
    coin = R("circle_2", _at(0.5, 0.17, 0.07), "a yellow circle")
    coins = [coin, R("circle_3", _at(0.3, 0.17, 0.07), "a yellow circle"), R("circle_4", _at(0.7, 0.17, 0.07), "a yellow circle")]
    a = doc(player, enemy, coin)
    b = doc(player, enemy, *coins)
    c = doc(player, R("triangle_1", (0.6, 0.56, 0.96, 0.96), "a red triangle"), *coins)
    add(conv("gz-level-mockup", "mixed",
             T("level mockup: green square bottom left is the player, red triangle bottom right is the enemy, "
               "and a yellow circle at the top as a coin",
               design(O("square", "green"), O("triangle", "red"), O("circle", "yellow"),
                      constraints=[IN(0, "bottom_left"), IN(1, "bottom_right"), IN(2, "top")]), submit(a)),
             T("add 2 more coins next to that one, same color",
               design(O("square", "green"), O("triangle", "red"), O("circle", "yellow", count=3),
                      constraints=[IN(0, "bottom_left"), IN(1, "bottom_right"), C("row", 2, 3, 4), C("in", 2, 3, 4, arg="top")]),
               submit(b)),
             T("the enemy needs to look scarier, make it way bigger",
               design(O("square", "green"), O("triangle", "red"), O("circle", "yellow", count=3),
                      constraints=[IN(0, "bottom_left"), IN(1, "bottom_right"), C("row", 2, 3, 4), C("in", 2, 3, 4, arg="top")],
                      bigger=[O("triangle", "red")]), submit(c)),
             T("can you give me 3 variations of this", varied(3), variations(3)),
             T("going with the last one", same_as(3), pick(3))))

    # A parent drawing with a child: a big circle, stripes, a little triangle below, stripes off again.
    a = doc(R("circle_0", (0.25, 0.08, 0.75, 0.58), "a purple circle"))
    b = doc(R("circle_0", (0.25, 0.08, 0.75, 0.58), "a striped purple circle"))
    c = doc(R("circle_0", (0.25, 0.08, 0.75, 0.58), "a striped purple circle"), R("triangle_1", _at(0.5, 0.78), "an orange triangle"))
    d = doc(R("circle_0", (0.25, 0.08, 0.75, 0.58), "a solid purple circle"), R("triangle_1", _at(0.5, 0.78), "an orange triangle"))
    add(conv("gz-kid-circle", "recolour",
             T("my daughter wants a big purple circle", design(O("circle", "purple"), constraints=[C("big", 0)]), submit(a)),
             T("she says it needs stripes now lol",
               design(O("circle", "purple", "striped"), constraints=[C("big", 0)]), submit(b)),
             T("and a little orange triangle under it",
               design(O("circle", "purple", "striped"), O("triangle", "orange"), constraints=[C("above", 0, 1), C("small", 1)]),
               submit(c)),
             T("ok she changed her mind, take the stripes off the circle again but keep the triangle",
               design(O("circle", "purple", "solid"), O("triangle", "orange"), constraints=[C("above", 0, 1)]), submit(d)),
             T("yay she loves it!! thank you", kept(), reply="So glad she likes it! Have fun.")))

    # A UX person in short commands: swap, undo, redo, layout.
    a = doc(R("square_0", TL, "a blue square"), R("square_1", BR, "a red square"))
    b = doc(R("square_0", BR, "a blue square"), R("square_1", TL, "a red square"))
    add(conv("gz-terse-swap", "undo_redo",
             T("blue square, top left. red square, bottom right.",
               design(O("square", "blue"), O("square", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("swap.", design(O("square", "blue"), O("square", "red"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo")),
             T("layout?", kept(), tool("show_layout"))))

    # Someone on a phone: autocorrect turns striped into "stripped" and blue into "blur".
    a = doc(R("triangle_0", CENTRE, "a yellow triangle"))
    b = doc(R("triangle_0", CENTRE, "a striped yellow triangle"))
    c = doc(R("triangle_0", LEFT, "a striped yellow triangle"))
    d = doc(R("triangle_0", LEFT, "a striped yellow triangle"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("gz-phone-autocorrect", "mixed",
             T("a yellow trianlge in the centre of the page pls", design(O("triangle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("can you make it stripped", design(O("triangle", "yellow", "striped"), constraints=[IN(0, "center")]), submit(b)),
             T("*striped, stupid phone. anyway shove it over to the left",
               design(O("triangle", "yellow", "striped"), constraints=[IN(0, "left")]), submit(c)),
             T("add a blur circle on the right side",
               design(O("triangle", "yellow", "striped"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(d)),
             T("blue* obviously, but you got it. why does the triangle look kind of off?", kept(), tool("explain_critique"))))

    # A non-native speaker: an ordered row, one grows, one becomes a square.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", RIGHT, "a blue circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", (0.34, 0.34, 0.66, 0.66), "a green circle"),
            R("circle_2", RIGHT, "a blue circle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", (0.34, 0.34, 0.66, 0.66), "a green circle"),
            R("square_3", RIGHT, "a blue square"))
    add(conv("gz-nonnative-row", "reshape",
             T("Please I want three circle, colour red, green and blue, they stand in one line from left to right",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("The green one, it must be more big",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("order_x", 0, 1, 2)],
                      bigger=[O("circle", "green")]), submit(b)),
             T("Also the blue one, I want it is square, not circle",
               design(O("circle", "red"), O("circle", "green"), O("square", "blue"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("circle", "blue")]), submit(c)),
             T("Is good now. Thank you very much", kept(), reply="You're welcome, glad it looks right!")))

    # Someone who keeps changing their mind: recolour both, undo, redo, then move them apart vertically.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", RIGHT, "a blue triangle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "a green triangle"))
    c = doc(R("triangle_0", TOP, "a green triangle"), R("triangle_1", BOTTOM, "a green triangle"))
    add(conv("gz-mind-changer", "undo_redo",
             T("two triangles please, one red one blue",
               design(O("triangle", "red"), O("triangle", "blue")), submit(a)),
             T("actually make them both green",
               design(O("triangle", "green", count=2), absent=[O("triangle", "red"), O("triangle", "blue")]), submit(b)),
             T("no wait, red and blue was better. go back", same_as(0), tool("undo")),
             T("ugh sorry. green after all, redo it", same_as(1), tool("redo")),
             T("ok final answer: green, but one at the top and one at the bottom",
               design(O("triangle", "green", count=2), constraints=[IN(0, "top"), IN(1, "bottom")], absent=[O("triangle", "red")]),
               submit(c))))

    # "Move it to the corner" with three objects and four corners: ask first.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a yellow square"), R("triangle_2", RIGHT, "a green triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", TR, "a yellow square"), R("triangle_2", RIGHT, "a green triangle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("square_1", TR, "a yellow square"), R("triangle_2", BL, "a green triangle"))
    add(conv("gz-clarify-corner", "clarify",
             T("a red circle, a yellow square and a green triangle",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "green")), submit(a)),
             T("move it to the corner", kept(),
               reply="Which shape should move, the circle, the square or the triangle, and to which corner?"),
             T("the square. top right",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "green"), constraints=[IN(1, "top_right")]), submit(b)),
             T("and the triangle to the bottom left one",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "green"),
                      constraints=[IN(1, "top_right"), IN(2, "bottom_left")]), submit(c))))

    # "Draw my logo" before anything is known, then a vague "punchier": both need a question.
    a = doc(R("triangle_0", TOP, "a blue triangle"), R("square_1", CENTRE, "an orange square"))
    b = doc(R("triangle_0", (0.3, 0.04, 0.7, 0.44), "a blue triangle"), R("square_1", (0.3, 0.48, 0.7, 0.88), "an orange square"))
    add(conv("gz-clarify-my-logo", "clarify",
             T("can you draw my logo?", kept(),
               reply="I'd love to, but I don't know what your logo looks like. Which shapes and colours does it have, and where do they go?"),
             T("oh right haha. it's a blue triangle sitting on top of an orange square",
               design(O("triangle", "blue"), O("square", "orange"), constraints=[C("above", 0, 1)]), submit(a)),
             T("nice. can you make it more... punchy?", kept(),
               reply="Sure. Punchier how: bigger shapes, stronger colours, stripes, or a darker background?"),
             T("bigger, both of them",
               design(O("triangle", "blue"), O("square", "orange"), constraints=[C("above", 0, 1)],
                      bigger=[O("triangle", "blue"), O("square", "orange")]), submit(b))))

    # Two undos in one message, then one redo.
    a = doc(R("square_0", CENTRE, "a purple square"))
    b = doc(R("square_0", CENTRE, "an orange square"))
    c = doc(R("square_0", CENTRE, "a striped orange square"))
    add(conv("gz-double-undo", "undo_redo",
             T("purple square in the middle", design(O("square", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("now make it orange",
               design(O("square", "orange"), constraints=[IN(0, "center")], absent=[O("square", "purple")]), submit(b)),
             T("add stripes to it", design(O("square", "orange", "striped"), constraints=[IN(0, "center")]), submit(c)),
             T("hmm undo twice please", same_as(0), tool("undo"), tool("undo")),
             T("actually, just redo one of them", same_as(1), tool("redo"))))

    # Back to round 2 by number, then an edit on top of that round.
    a = doc(R("circle_0", LEFT, "a green circle"))
    b = doc(R("circle_0", LEFT, "a green circle"), R("square_1", RIGHT, "a red square"))
    c = doc(R("circle_0", LEFT, "a green circle"), R("triangle_2", RIGHT, "a red triangle"))
    d = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a red square"))
    add(conv("gz-round-two", "restore",
             T("a green circle on the left", design(O("circle", "green"), constraints=[IN(0, "left")]), submit(a)),
             T("add a red square on the right",
               design(O("circle", "green"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("turn the square into a triangle",
               design(O("circle", "green"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right")], absent=[O("square")]),
               submit(c)),
             T("can I see round 2 again?", same_as(1, by_round=True), restore(2)),
             T("yeah keep that one, but the circle should be blue",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "green"), O("triangle")]), submit(d))))

    # A logo on black: four versions, pick the third, repaint one part of it.
    a = doc(R("triangle_0", TOP, "a striped blue triangle"), R("circle_1", BOTTOM, "a solid yellow circle"), bg="black")
    add(conv("gz-logo-versions", "variations",
             T("for a logo: a striped blue triangle above a solid yellow circle, on black",
               design(O("triangle", "blue", "striped"), O("circle", "yellow", "solid"), constraints=[C("above", 0, 1)], background="black"),
               submit(a)),
             T("can i see a few versions? maybe four", varied(4), variations(4)),
             T("#3 pls", same_as(1), pick(3)),
             T("the circle's edges look fuzzy in that one, redo just the circle", repainted(), repaint("circle_1"))))

    # Repainting one part, then both, then asking why.
    a = doc(R("square_0", TOP, "an orange square"), R("circle_1", BOTTOM, "a purple circle"))
    add(conv("gz-repaint-halves", "repaint",
             T("Draw an orange square in the top half and a purple circle in the bottom half.",
               design(O("square", "orange"), O("circle", "purple"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("the square came out weird, can you regenerate it?", repainted(), repaint("square_0")),
             T("hmm. both again pls", repainted(), repaint("square_0", "circle_1")),
             T("why does the circle keep coming out lumpy?", kept(), tool("explain_critique"))))

    # Wipe the canvas, check it is empty, then a new picture on white.
    a = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("square_0", (0.2, 0.2, 0.8, 0.8), "a red square"), bg="white")
    add(conv("gz-wipe-and-white", "start_over",
             T("three blue triangles stacked in a column",
               design(O("triangle", "blue", count=3), constraints=[C("column", 0, 1, 2)]), submit(a)),
             T("nah. let's wipe it and start again", cleared(), tool("start_over")),
             T("is it empty now?", cleared(), reply="Yes, the canvas is empty. What should I draw?"),
             T("ok: a white background with one big red square on it",
               design(O("square", "red"), constraints=[C("big", 0)], background="white", absent=[O("triangle")]), submit(b))))

    # Questions only: what the designer can and cannot do.
    add(conv("gz-chat-only", "no_render",
             T("hello! what does this thing do?", kept(),
               reply="I draw simple pictures of circles, squares and triangles. Tell me the shapes, colours and where they go."),
             T("can it draw a cat?", kept(),
               reply="No, only circles, squares and triangles, in red, green, blue, yellow, purple or orange, solid or striped."),
             T("what about sizes, can things be big or small?", kept(),
               reply="Yes, any shape can be big or small, and I can make one larger than another."),
             T("cool, thanks. bye for now", kept(), reply="Bye! Come back any time.")))

    # A bingo card: a 2x2 grid, two squares recoloured by position, then the rest removed.
    a = doc(*(R(f"square_{i}", box, "a green square") for i, box in enumerate((TL, TR, BL, BR))))
    b = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a green square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a green square"))
    c = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a green square"), R("square_2", BL, "a green square"),
            R("square_3", BR, "a yellow square"))
    d = doc(R("square_0", TL, "a red square"), R("square_3", BR, "a yellow square"))
    add(conv("gz-bingo-grid", "grid",
             T("making a bingo card, can I get a 2 by 2 grid of green squares?",
               design(O("square", "green", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("top left one should be red",
               design(O("square", "red"), O("square", "green", count=3), constraints=[IN(0, "top_left"), C("grid", 0, 1, 2, 3, arg="2x2")]),
               submit(b)),
             T("and the one in the bottom right yellow",
               design(O("square", "red"), O("square", "yellow"), O("square", "green", count=2),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), C("grid", 0, 1, 2, 3, arg="2x2")]), submit(c)),
             T("now get rid of the two green ones",
               design(O("square", "red"), O("square", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("square", "green")]), submit(d))))

    # Six in a grid, the top row striped, the bottom row recoloured.
    spots = [(0.2 + 0.3 * (i % 3), 0.3 if i < 3 else 0.7) for i in range(6)]
    a = doc(*(R(f"circle_{i}", _at(x, y, 0.1), "an orange circle") for i, (x, y) in enumerate(spots)))
    b = doc(*(R(f"circle_{i}", _at(x, y, 0.1), "a striped orange circle" if i < 3 else "an orange circle") for i, (x, y) in enumerate(spots)))
    c = doc(*(R(f"circle_{i}", _at(x, y, 0.1), "a striped orange circle" if i < 3 else "a purple circle") for i, (x, y) in enumerate(spots)))
    add(conv("gz-six-grid", "grid",
             T("6 orange circles in a grid please, two rows of three",
               design(O("circle", "orange", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]), submit(a)),
             T("make every circle in the top row striped",
               design(O("circle", "orange", "striped", count=3), O("circle", "orange", "solid", count=3),
                      constraints=[C("in", 0, 1, 2, arg="top"), C("in", 3, 4, 5, arg="bottom"), C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]),
               submit(b)),
             T("and the bottom row purple",
               design(O("circle", "orange", "striped", count=3), O("circle", "purple", "solid", count=3),
                      constraints=[C("in", 0, 1, 2, arg="top"), C("in", 3, 4, 5, arg="bottom"), C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]),
               submit(c)),
             T("show me the layout", kept(), tool("show_layout"))))

    # Halves, then corners.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("circle_1", RIGHT, "a blue circle"))
    b = doc(R("triangle_0", TL, "a red triangle"), R("circle_1", RIGHT, "a blue circle"))
    c = doc(R("triangle_0", TL, "a red triangle"), R("circle_1", BR, "a blue circle"))
    add(conv("gz-halves-corners", "move",
             T("left half: a red triangle. right half: a blue circle.",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("put the triangle up in the top half instead, still on the left",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "top_left"), IN(1, "right")]), submit(b)),
             T("and the circle goes bottom right",
               design(O("triangle", "red"), O("circle", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(c))))

    # Trying backgrounds, then back to the first image.
    a = doc(R("circle_0", LEFT, "a yellow circle"), R("square_1", RIGHT, "a purple square"))
    b = doc(R("circle_0", LEFT, "a yellow circle"), R("square_1", RIGHT, "a purple square"), bg="white")
    c = doc(R("circle_0", LEFT, "a yellow circle"), R("square_1", RIGHT, "a purple square"), bg="black")
    add(conv("gz-backdrop-tryouts", "background",
             T("a yellow circle and a purple square on a grey background",
               design(O("circle", "yellow"), O("square", "purple"), background="gray"), submit(a)),
             T("try white behind them",
               design(O("circle", "yellow"), O("square", "purple"), constraints=[IN(0, "left"), IN(1, "right")], background="white"),
               submit(b)),
             T("too bright. black then",
               design(O("circle", "yellow"), O("square", "purple"), constraints=[IN(0, "left"), IN(1, "right")], background="black"),
               submit(c)),
             T("no, the grey one was best, give me the first image back", same_as(0, by_round=True), restore(1))))

    # Asking why, repainting, asking what changed.
    a = doc(R("square_0", RIGHT, "a striped green square"))
    add(conv("gz-thin-stripes", "inspect",
             T("a striped green square on the right side",
               design(O("square", "green", "striped"), constraints=[IN(0, "right")]), submit(a)),
             T("why are the stripes so thin?", kept(), tool("explain_critique")),
             T("ok, then just redraw it", repainted(), repaint("square_0")),
             T("what changed?", kept(), tool("what_changed"))))

    # A worksheet count that changes, and an odd one out.
    four = [R(f"triangle_{i}", box, "a purple triangle") for i, box in enumerate((TL, TR, BL, BR))]
    a = doc(*four)
    b = doc(*four, R("triangle_4", CENTRE, "a purple triangle"))
    c = doc(*four, R("triangle_4", CENTRE, "a purple triangle"), R("circle_5", TOP, "a green circle"))
    add(conv("gz-odd-one-out", "count",
             T("I need exactly four purple triangles for a worksheet, placement doesn't matter",
               design(O("triangle", "purple", count=4)), submit(a)),
             T("oops, make that five", design(O("triangle", "purple", count=5)), submit(b)),
             T("plus one green circle somewhere, so the kids can spot the odd one out",
               design(O("triangle", "purple", count=5), O("circle", "green")), submit(c)),
             T("can you show me the layout so I can double check the count?", kept(), tool("show_layout"))))

    # Four corners: remove one, fill its spot with something else, undo the filling.
    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("circle_2", BL, "a green circle"),
            R("circle_3", BR, "a yellow circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_2", BL, "a green circle"), R("circle_3", BR, "a yellow circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("square_4", TR, "an orange square"), R("circle_2", BL, "a green circle"),
            R("circle_3", BR, "a yellow circle"))
    corners = [IN(0, "top_left"), IN(1, "bottom_left"), IN(2, "bottom_right")]
    add(conv("gz-corner-swap-in", "remove",
             T("red circle top left, blue circle top right, green circle bottom left, yellow circle bottom right",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("lose the blue one",
               design(O("circle", "red"), O("circle", "green"), O("circle", "yellow"), constraints=corners, absent=[O("circle", "blue")]),
               submit(b)),
             T("put an orange square where it used to be",
               design(O("circle", "red"), O("circle", "green"), O("circle", "yellow"), O("square", "orange"),
                      constraints=[*corners, IN(3, "top_right")], absent=[O("circle", "blue")]), submit(c)),
             T("undo that", same_as(1), tool("undo"))))

    # Adding relative to existing objects.
    a = doc(R("square_0", LEFT, "a blue square"), R("circle_1", RIGHT, "a red circle"))
    b = doc(R("square_0", LEFT, "a blue square"), R("circle_1", RIGHT, "a red circle"), R("triangle_2", TL, "a yellow triangle"))
    c = doc(R("square_0", LEFT, "a blue square"), R("circle_1", RIGHT, "a red circle"), R("triangle_2", TL, "a yellow triangle"),
            R("square_3", BR, "an orange square"))
    add(conv("gz-relative-adds", "add",
             T("a blue square with a red circle to its right",
               design(O("square", "blue"), O("circle", "red"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("put a yellow triangle on top of the square",
               design(O("square", "blue"), O("circle", "red"), O("triangle", "yellow"), constraints=[C("left_of", 0, 1), C("above", 2, 0)]),
               submit(b)),
             T("and something under the circle too, say an orange square",
               design(O("square", "blue"), O("circle", "red"), O("triangle", "yellow"), O("square", "orange"),
                      constraints=[C("left_of", 0, 1), C("above", 2, 0), C("above", 1, 3)]), submit(c))))

    # Swapping colours, then swapping places.
    a = doc(R("square_0", LEFT, "a red square"), R("circle_1", RIGHT, "a green circle"))
    b = doc(R("square_0", LEFT, "a green square"), R("circle_1", RIGHT, "a red circle"))
    c = doc(R("square_0", RIGHT, "a green square"), R("circle_1", LEFT, "a red circle"))
    add(conv("gz-swap-colours-places", "swap",
             T("red square on the left, green circle on the right",
               design(O("square", "red"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap their colours",
               design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("square", "red"), O("circle", "green")]), submit(b)),
             T("now swap where they are too",
               design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "right"), IN(1, "left")]), submit(c))))

    # Sizes compared, flipped, and the flip undone.
    a = doc(R("triangle_0", BIG_LEFT, "a blue triangle"), R("circle_1", SMALL_RIGHT, "a blue circle"))
    b = doc(R("triangle_0", (0.15, 0.42, 0.31, 0.58), "a blue triangle"), R("circle_1", (0.54, 0.2, 0.96, 0.8), "a blue circle"))
    add(conv("gz-flip-sizes", "resize",
             T("a large triangle and a small circle, both blue",
               design(O("triangle", "blue"), O("circle", "blue"), constraints=[C("larger", 0, 1)]), submit(a)),
             T("flip the sizes. circle big, triangle small",
               design(O("triangle", "blue"), O("circle", "blue"), constraints=[C("larger", 1, 0)]), submit(b)),
             T("meh, undo", same_as(0), tool("undo"))))

    # Which one, and which colour?
    a = doc(R("square_0", LEFT, "an orange square"), R("square_1", RIGHT, "a purple square"))
    b = doc(R("square_0", LEFT, "an orange square"), R("square_1", RIGHT, "a green square"))
    add(conv("gz-clarify-recolour", "clarify",
             T("two squares side by side, one orange, one purple",
               design(O("square", "orange"), O("square", "purple"), constraints=[C("row", 0, 1)]), submit(a)),
             T("change the colour to something else", kept(),
               reply="Which square, the orange or the purple one, and what colour should it be?"),
             T("the purple one -> green",
               design(O("square", "orange"), O("square", "green"), constraints=[C("row", 0, 1)], absent=[O("square", "purple")]),
               submit(b))))

    # "delete it" with three candidates.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a red square"), R("triangle_2", RIGHT, "a red triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("triangle_2", RIGHT, "a red triangle"))
    add(conv("gz-clarify-delete", "clarify",
             T("a circle, a square and a triangle, all red, in a row",
               design(O("circle", "red"), O("square", "red"), O("triangle", "red"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("delete it", kept(), reply="Which one should I delete: the circle, the square or the triangle?"),
             T("sorry, the square",
               design(O("circle", "red"), O("triangle", "red"), constraints=[C("left_of", 0, 1)], absent=[O("square")]), submit(b)),
             T("thx", kept(), reply="Anytime!")))

    # Heavy typos throughout.
    a = doc(R("square_0", TR, "a green square"))
    b = doc(R("square_0", TR, "a green square"), R("circle_1", BL, "an orange circle"))
    c = doc(R("square_0", TR, "a green square"), R("circle_1", (0.04, 0.56, 0.44, 0.96), "an orange circle"))
    add(conv("gz-typos", "resize",
             T("plz draw a grean sqaure in teh top rigth", design(O("square", "green"), constraints=[IN(0, "top_right")]), submit(a)),
             T("nd a orang circel bottm left",
               design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]), submit(b)),
             T("make teh circel biger",
               design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")],
                      bigger=[O("circle", "orange")]), submit(c))))

    # Variations rejected, round 1 back, then an edit on it.
    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("square_1", RIGHT, "a yellow square"))
    b = doc(R("triangle_0", LEFT, "a striped blue triangle"), R("square_1", RIGHT, "a yellow square"))
    add(conv("gz-original-best", "restore",
             T("a yellow square and a blue triangle, with the triangle on the left",
               design(O("square", "yellow"), O("triangle", "blue"), constraints=[C("left_of", 1, 0)]), submit(a)),
             T("give me 2 variations", varied(2), variations(2)),
             T("meh. the original was best, round 1 please", same_as(0, by_round=True), restore(1)),
             T("make the triangle striped",
               design(O("square", "yellow"), O("triangle", "blue", "striped"), constraints=[C("left_of", 1, 0)]), submit(b))))

    # A new picture replaces the old one; then the middle of a row changes colour.
    a = doc(R("square_0", CENTRE, "a purple square"), bg="black")
    b = doc(*(R(f"triangle_{i}", _at(x, 0.2, 0.1), "a red triangle") for i, x in enumerate((0.2, 0.5, 0.8))), bg="black")
    c = doc(R("triangle_0", _at(0.2, 0.2, 0.1), "a red triangle"), R("triangle_1", _at(0.5, 0.2, 0.1), "an orange triangle"),
            R("triangle_2", _at(0.8, 0.2, 0.1), "a red triangle"), bg="black")
    add(conv("gz-level-two", "new_design",
             T("level 2 screen: black background, purple square in the center",
               design(O("square", "purple"), constraints=[IN(0, "center")], background="black"), submit(a)),
             T("different idea, forget the square. three red triangles across the top",
               design(O("triangle", "red", count=3), constraints=[C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")], absent=[O("square")]),
               submit(b)),
             T("make the middle one orange",
               design(O("triangle", "red", count=2), O("triangle", "orange"), constraints=[C("row", 0, 1, 2), C("between_x", 2, 0, 1)]),
               submit(c))))

    # A move, a look at the layout, and the move undone.
    a = doc(R("triangle_0", BL, "a green triangle"), R("square_1", TR, "a red square"))
    b = doc(R("triangle_0", BL, "a green triangle"), R("square_1", BOTTOM, "a red square"))
    add(conv("gz-next-to-undo", "undo",
             T("green triangle in the bottom left, red square in the top right",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")]), submit(a)),
             T("move the square next to the triangle",
               design(O("triangle", "green"), O("square", "red"), constraints=[IN(0, "bottom_left"), C("row", 0, 1)]), submit(b)),
             T("where is everything now?", kept(), tool("show_layout")),
             T("nah, put it back where it was", same_as(0), tool("undo"))))

    # "a solid one" refers back to the shape and colour already named.
    a = doc(R("circle_0", LEFT, "a striped orange circle"), R("circle_1", RIGHT, "a solid orange circle"))
    b = doc(R("circle_0", LEFT, "a striped orange circle"), R("circle_1", TL, "a solid orange circle"))
    add(conv("gz-solid-one", "move",
             T("a striped orange circle and a solid one next to it, same colour",
               design(O("circle", "orange", "striped"), O("circle", "orange", "solid"), constraints=[C("row", 0, 1)]), submit(a)),
             T("the solid one should sit above the striped one",
               design(O("circle", "orange", "striped"), O("circle", "orange", "solid"), constraints=[C("above", 1, 0)]), submit(b)),
             T("perfect", kept(), reply="Great, glad it works!")))

    # A shapes lesson: colours left to the designer, then a column, versions and a pick.
    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a green triangle"))
    c = doc(R("circle_0", TOP, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", BOTTOM, "a green triangle"))
    add(conv("gz-shapes-lesson", "mixed",
             T("for my shapes lesson: one circle, one square and one triangle spread out across the page. "
               "any colours, just all different",
               design(O("circle"), O("square"), O("triangle"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("make the triangle green",
               design(O("circle"), O("square"), O("triangle", "green"), constraints=[C("row", 0, 1, 2)]), submit(b)),
             T("put them in a column instead, with the circle on top",
               design(O("circle"), O("square"), O("triangle", "green"), constraints=[C("column", 0, 1, 2), C("above", 0, 1), C("above", 0, 2)]),
               submit(c)),
             T("give me 2 versions", varied(2), variations(2)),
             T("second one", same_as(3), pick(2))))

    # Back to the very first image after two edits, and the restore undone.
    a = doc(R("triangle_0", TR, "a red triangle"))
    b = doc(R("triangle_0", TL, "a red triangle"))
    c = doc(R("triangle_0", TL, "a blue triangle"))
    add(conv("gz-first-then-undo", "restore",
             T("red triangle, upper right", design(O("triangle", "red"), constraints=[IN(0, "top_right")]), submit(a)),
             T("move it to the upper left", design(O("triangle", "red"), constraints=[IN(0, "top_left")]), submit(b)),
             T("and make it blue",
               design(O("triangle", "blue"), constraints=[IN(0, "top_left")], absent=[O("triangle", "red")]), submit(c)),
             T("go back to the very first image", same_as(0, by_round=True), restore(1)),
             T("hm no, undo that", same_as(2), tool("undo"))))

    # "make it smaller" with two objects: ask which.
    a = doc(R("circle_0", LEFT, "a purple circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", (0.1, 0.41, 0.28, 0.59), "a purple circle"), R("triangle_1", RIGHT, "a yellow triangle"))
    add(conv("gz-clarify-shrink", "clarify",
             T("a purple circle and a yellow triangle", design(O("circle", "purple"), O("triangle", "yellow")), submit(a)),
             T("make it smaller", kept(), reply="Which one should shrink, the circle or the triangle?"),
             T("the circle. about half the size",
               design(O("circle", "purple"), O("triangle", "yellow"), smaller=[O("circle", "purple")]), submit(b))))

    # Outside the vocabulary: a question back, then a request it can draw.
    a = doc(R("triangle_0", BR, "a purple triangle"))
    add(conv("gz-pink-star", "clarify",
             T("can you draw a pink star in the corner?", kept(),
               reply="I can't draw stars or pink: I have circles, squares and triangles in red, green, blue, yellow, purple "
                     "and orange. Would a purple triangle work, and which corner?"),
             T("fine, a purple triangle then, bottom right",
               design(O("triangle", "purple"), constraints=[IN(0, "bottom_right")]), submit(a)),
             T("thanks!", kept(), reply="You're welcome!")))

    # A UX wireframe in arrows and fragments.
    logo = R("square_0", (0.06, 0.06, 0.26, 0.26), "a blue square")
    buttons = [R(f"square_{i + 1}", _at(x, 0.82), "a green square") for i, x in enumerate((0.25, 0.5, 0.75))]
    orange = [R(f"square_{i + 1}", _at(x, 0.82), "an orange square") for i, x in enumerate((0.25, 0.5, 0.75))]
    a = doc(logo, *buttons)
    b = doc(logo, *orange)
    c = doc(R("square_0", (0.04, 0.04, 0.34, 0.34), "a blue square"), *orange)
    add(conv("gz-wireframe", "mixed",
             T("wireframe, grey bg. blue square top left = logo. 3 green squares in a row along the bottom = buttons",
               design(O("square", "blue"), O("square", "green", count=3),
                      constraints=[IN(0, "top_left"), C("row", 1, 2, 3), C("in", 1, 2, 3, arg="bottom")], background="gray"), submit(a)),
             T("buttons -> orange",
               design(O("square", "blue"), O("square", "orange", count=3),
                      constraints=[IN(0, "top_left"), C("row", 1, 2, 3), C("in", 1, 2, 3, arg="bottom")], absent=[O("square", "green")]),
               submit(b)),
             T("logo bigger",
               design(O("square", "blue"), O("square", "orange", count=3), constraints=[IN(0, "top_left"), C("row", 1, 2, 3)],
                      bigger=[O("square", "blue")]), submit(c)),
             T("diff?", kept(), tool("what_changed"))))

    # Undo and redo of an addition, then a repaint of the added object.
    a = doc(R("circle_0", RIGHT, "a yellow circle"))
    b = doc(R("circle_0", RIGHT, "a yellow circle"), R("triangle_1", LEFT, "a red triangle"))
    add(conv("gz-undo-redo-repaint", "undo_redo",
             T("yellow circle over on the right", design(O("circle", "yellow"), constraints=[IN(0, "right")]), submit(a)),
             T("add a red triangle to its left",
               design(O("circle", "yellow"), O("triangle", "red"), constraints=[IN(0, "right"), C("left_of", 1, 0)]), submit(b)),
             T("undo", same_as(0), tool("undo")),
             T("redo", same_as(1), tool("redo")),
             T("the triangle looks smeared. redo the triangle", repainted(), repaint("triangle_1"))))

    # Repaint one object, then variations of the whole and a pick.
    a = doc(R("circle_0", TOP, "a blue circle"), R("circle_1", BOTTOM, "a green circle"))
    add(conv("gz-smudge-takes", "variations",
             T("two circles: a blue one up top and a green one below it",
               design(O("circle", "blue"), O("circle", "green"), constraints=[C("above", 0, 1)]), submit(a)),
             T("the blue one looks smudged, can you repaint it", repainted(), repaint("circle_0")),
             T("now give me three takes on the whole thing", varied(3), variations(3)),
             T("I'll take the first", same_as(2), pick(1))))

    # Playing with a child: a tower, a roof, it "falls over", then a sun.
    tower = [R("square_0", _at(0.5, 0.8, 0.09), "a red square"), R("square_1", _at(0.5, 0.6, 0.09), "a yellow square"),
             R("square_2", _at(0.5, 0.4, 0.09), "a blue square")]
    a = doc(*tower)
    b = doc(*tower, R("triangle_3", _at(0.5, 0.2, 0.09), "a green triangle"))
    c = doc(R("circle_0", TR, "a yellow circle"))
    add(conv("gz-tower", "start_over",
             T("can you stack three squares like a tower? red at the bottom, then yellow, then blue on top",
               design(O("square", "red"), O("square", "yellow"), O("square", "blue"), constraints=[C("column", 0, 1, 2), C("order_y", 2, 1, 0)]),
               submit(a)),
             T("my son says it needs a roof. a green triangle on top",
               design(O("square", "red"), O("square", "yellow"), O("square", "blue"), O("triangle", "green"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 2, 1, 0), C("above", 3, 2)]), submit(b)),
             T("oh no it fell over!! start over", cleared(), tool("start_over")),
             T("now just a yellow circle sun in the top right corner, nothing else",
               design(O("circle", "yellow"), constraints=[IN(0, "top_right")], absent=[O("square"), O("triangle")]), submit(c))))

    # Two moves in one message, then lining up.
    a = doc(R("triangle_0", CENTRE, "an orange triangle"), R("circle_1", TL, "a blue circle"))
    b = doc(R("triangle_0", BOTTOM, "an orange triangle"), R("circle_1", RIGHT, "a blue circle"))
    c = doc(R("triangle_0", LEFT, "an orange triangle"), R("circle_1", RIGHT, "a blue circle"))
    add(conv("gz-two-moves", "move",
             T("an orange triangle in the middle and a blue circle in the top left",
               design(O("triangle", "orange"), O("circle", "blue"), constraints=[IN(0, "center"), IN(1, "top_left")]), submit(a)),
             T("move the triangle down to the bottom and the circle over to the right side",
               design(O("triangle", "orange"), O("circle", "blue"), constraints=[IN(0, "bottom"), IN(1, "right")]), submit(b)),
             T("now line them up side by side, triangle first",
               design(O("triangle", "orange"), O("circle", "blue"), constraints=[C("row", 0, 1), C("left_of", 0, 1)]), submit(c))))

    # Reshape, then the first image back, then "what's different".
    a = doc(R("square_0", CENTRE, "a striped red square"))
    b = doc(R("circle_1", CENTRE, "a striped red circle"))
    add(conv("gz-reshape-back", "reshape",
             T("a striped red square", design(O("square", "red", "striped")), submit(a)),
             T("make it a circle instead", design(O("circle", "red", "striped"), absent=[O("square")]), submit(b)),
             T("hmm the square was nicer. bring back the first one", same_as(0, by_round=True), restore(1)),
             T("what's different from before?", kept(), tool("what_changed"))))

    # Only looking: the layout and a critique, then leave it.
    a = doc(R("triangle_0", BL, "a yellow triangle"), R("triangle_1", BOTTOM, "a yellow triangle"), R("triangle_2", BR, "a yellow triangle"))
    add(conv("gz-look-only", "inspect",
             T("three yellow triangles in the bottom half",
               design(O("triangle", "yellow", count=3), constraints=[C("in", 0, 1, 2, arg="bottom")]), submit(a)),
             T("what does the layout look like right now?", kept(), tool("show_layout")),
             T("what would you improve?", kept(), tool("explain_critique")),
             T("eh, leave it like that", kept(), reply="Okay, I'll leave it as it is.")))

    # "add more" needs a question; the answer names count, kind and places.
    a = doc(R("square_0", CENTRE, "a blue square"))
    b = doc(R("square_0", CENTRE, "a blue square"), R("square_1", LEFT, "a blue square"), R("square_2", RIGHT, "a blue square"))
    add(conv("gz-clarify-more", "clarify",
             T("a blue square in the center", design(O("square", "blue"), constraints=[IN(0, "center")]), submit(a)),
             T("add more", kept(), reply="More of what, and how many? Another blue square, or a different shape, and where?"),
             T("two more blue squares, one on each side of it",
               design(O("square", "blue", count=3), constraints=[IN(0, "center"), IN(1, "left"), IN(2, "right")]), submit(b)),
             T("nice, thank you!", kept(), reply="You're welcome!")))

    # Variations, none liked, round 1 back, then a move relative to the other object.
    a = doc(R("circle_0", TOP, "a green circle"), R("triangle_1", BOTTOM, "a purple triangle"))
    b = doc(R("circle_0", TOP, "a green circle"), R("triangle_1", TR, "a purple triangle"))
    add(conv("gz-none-great", "variations",
             T("green circle above a purple triangle",
               design(O("circle", "green"), O("triangle", "purple"), constraints=[C("above", 0, 1)]), submit(a)),
             T("3 variations", varied(3), variations(3)),
             T("none are great tbh. show me round 1 again", same_as(0, by_round=True), restore(1)),
             T("move the triangle to the right of the circle instead",
               design(O("circle", "green"), O("triangle", "purple"), constraints=[C("left_of", 0, 1)]), submit(b))))

    # One-word messages on a phone: grow, grow more, back one.
    a = doc(R("circle_0", CENTRE, "a red circle"))
    b = doc(R("circle_0", MEDIUM, "a red circle"))
    c = doc(R("circle_0", (0.12, 0.12, 0.88, 0.88), "a red circle"))
    add(conv("gz-one-word", "resize",
             T("red circle", design(O("circle", "red")), submit(a)),
             T("bigger", design(O("circle", "red"), bigger=[O("circle", "red")]), submit(b)),
             T("more", design(O("circle", "red"), bigger=[O("circle", "red")]), submit(c)),
             T("ok too big lol. back one", same_as(1), tool("undo"))))

    # A diagonal, a reshape undone and replaced by stripes in one message.
    a = doc(R("circle_0", TL, "a purple circle"), R("circle_1", CENTRE, "an orange circle"), R("circle_2", BR, "a green circle"))
    b = doc(R("circle_0", TL, "a purple circle"), R("square_3", CENTRE, "an orange square"), R("circle_2", BR, "a green circle"))
    c = doc(R("circle_0", TL, "a purple circle"), R("circle_1", CENTRE, "a striped orange circle"), R("circle_2", BR, "a green circle"))
    diagonal = [C("order_x", 0, 1, 2), C("order_y", 0, 1, 2)]
    add(conv("gz-diagonal", "mixed",
             T("three circles going diagonally from the top left corner down to the bottom right: purple, orange, green",
               design(O("circle", "purple"), O("circle", "orange"), O("circle", "green"),
                      constraints=[*diagonal, IN(0, "top_left"), IN(2, "bottom_right")]), submit(a)),
             T("make the middle one a square",
               design(O("circle", "purple"), O("square", "orange"), O("circle", "green"), constraints=diagonal,
                      absent=[O("circle", "orange")]), submit(b)),
             T("hmm no. undo that and give the middle circle stripes instead",
               design(O("circle", "purple"), O("circle", "orange", "striped"), O("circle", "green"), constraints=diagonal,
                      absent=[O("square")]), tool("undo"), submit(c))))

    return out


GAZETTE: list[Conversation] = _gazette()


if __name__ == "__main__":
    from .conversations import main
    main(GAZETTE, least=(40, 150))
