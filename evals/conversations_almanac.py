"""Fourteenth held-out set of recorded conversations with the image designer: sealed, and run once to measure.

Forty-eight conversations of a varied cast of people (a busy designer giving terse orders, a child, a non-native
speaker, a very polite elderly person, someone who rambles, someone in lowercase without punctuation, someone who
corrects themselves mid-sentence) chatting with the designer of the shapes world: planning pictures, recolouring,
moving, resizing, adding and removing, swapping, undo and redo, going back to an earlier round, variations and picks,
repainting a part, asking what changed, why, or for the layout, starting over, vague requests that deserve a question
back, and small talk.

The set was written independently of the agent (``agent/``), its tools (``tools/``) and the other conversation sets:
only the builders, the judge (``check_turn``) and the self-check of :mod:`regiondit.evals.conversations` and the kinds
of objects, constraints, places, colours, textures and sizes in :mod:`regiondit.evals.paraphrases` were read. Each
turn's expectation says only what any careful designer must leave behind; where placement is free, constraints stand
in for exact boxes.

    python -m regiondit.evals.conversations_almanac   # counts, then the self-check of regiondit.evals.conversations
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


def _box(cx: float, cy: float, w: float, h: float | None = None) -> Box:
    """A box of width ``w`` (height ``h``, default ``w``) centred on (cx, cy)."""
    h = w if h is None else h
    return (round(cx - w / 2, 3), round(cy - h / 2, 3), round(cx + w / 2, 3), round(cy + h / 2, 3))


def _almanac() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # A busy designer: terse orders, abbreviations, a swap by pronoun, then an undo.
    a = doc(R("square_0", TL, "a blue square"), R("triangle_1", BR, "a yellow triangle"))
    b = doc(R("square_0", TL, "a blue square"), R("triangle_1", BR, "a purple triangle"))
    c = doc(R("square_0", BR, "a blue square"), R("triangle_1", TL, "a purple triangle"))
    add(conv("al-terse-diagonal", "swap",
             T("blue sq TL, yellow tri BR. go",
               design(O("square", "blue"), O("triangle", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("tri -> purple",
               design(O("square", "blue"), O("triangle", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("triangle", "yellow")]), submit(b)),
             T("swap em",
               design(O("square", "blue"), O("triangle", "purple"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(c)),
             T("nope. revert", same_as(1), tool("undo"))))

    # A child: a big sun at the top, a tree-ish triangle under it, then a night sky.
    sun = (0.28, 0.04, 0.72, 0.46)
    a = doc(R("circle_0", sun, "a yellow circle"))
    b = doc(R("circle_0", sun, "a yellow circle"), R("triangle_1", (0.35, 0.58, 0.65, 0.9), "a green triangle"))
    c = doc(R("circle_0", sun, "a yellow circle"), R("triangle_1", (0.35, 0.58, 0.65, 0.9), "a green triangle"), bg="black")
    add(conv("al-child-sun", "plan",
             T("can u make a big yelow circle at the top like the sun",
               design(O("circle", "yellow"), constraints=[IN(0, "top"), C("big", 0)]), submit(a)),
             T("and a green triangel under the sun pleeease",
               design(O("circle", "yellow"), O("triangle", "green"), constraints=[C("above", 0, 1), C("big", 0)]), submit(b)),
             T("now make the sky all black like its nighttime",
               design(O("circle", "yellow"), O("triangle", "green"), constraints=[C("above", 0, 1)], background="black"), submit(c)),
             T("yaaay thank you!!! its sooo cool", kept(), reply="You're welcome, I'm glad you like your night picture!")))

    # A non-native speaker: an ordered row, one square grown, stripes on another.
    a = doc(R("square_0", LEFT, "a red square"), R("square_1", CENTRE, "a blue square"), R("square_2", RIGHT, "a green square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", (0.35, 0.35, 0.65, 0.65), "a blue square"),
            R("square_2", RIGHT, "a green square"))
    c = doc(R("square_0", LEFT, "a red square"), R("square_1", (0.35, 0.35, 0.65, 0.65), "a blue square"),
            R("square_2", RIGHT, "a striped green square"))
    add(conv("al-nonnative-row", "resize",
             T("Hello, I want three square in one line, colour red, blue and green, from the left to the right.",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(a)),
             T("The blue one, please you can make him more big? The others stay same.",
               design(O("square", "red"), O("square", "blue"), O("square", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
                      bigger=[O("square", "blue")]), submit(b)),
             T("Good. Also the green, I want it with stripes, is possible?",
               design(O("square", "red"), O("square", "blue"), O("square", "green", "striped"), constraints=[C("order_x", 0, 1, 2)]),
               submit(c)),
             T("Thank you very much, is perfect now.", kept(), reply="You're welcome! I'm glad it is how you wanted it.")))

    # A very polite elderly person: centred circle on white, moved to the left, then asks what changed.
    a = doc(R("circle_0", CENTRE, "a purple circle"), bg="white")
    b = doc(R("circle_0", LEFT, "a purple circle"), bg="white")
    add(conv("al-polite-leftward", "move",
             T("Good afternoon. I would be most grateful if you could draw me a purple circle in the centre of the picture, "
               "on a white background. Thank you kindly.",
               design(O("circle", "purple"), constraints=[IN(0, "center")], background="white"), submit(a)),
             T("That is lovely, dear. Might I trouble you to move it over to the left-hand side?",
               design(O("circle", "purple"), constraints=[IN(0, "left")], background="white"), submit(b)),
             T("And would you be so good as to tell me what you have altered, just so that I can follow along?", kept(), tool("what_changed")),
             T("Splendid. That will be all for today, thank you ever so much.",
               kept(), reply="It was a pleasure. Have a lovely afternoon!")))

    # Someone who rambles: long messages with the request buried inside them.
    a = doc(R("square_0", BL, "a red square"), R("circle_1", TR, "a blue circle"))
    b = doc(R("square_0", BL, "a red square"), R("circle_1", (0.74, 0.12, 0.88, 0.26), "a blue circle"),
            R("triangle_2", CENTRE, "an orange triangle"))
    add(conv("al-rambler", "mixed",
             T("ok so I've been thinking about this for a while and what I'd really like, if it's not too much trouble, is sort of a "
               "red square down in the bottom left corner, and then maybe, hmm, a blue circle up in the top right corner, kind of "
               "balancing it out diagonally you know, and keep the background plain grey, nothing fancy",
               design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")], background="gray"),
               submit(a)),
             T("right, that looks nice actually, but now that I see it the circle feels a bit too dominant if that makes sense, so "
               "could you shrink it down some, and while you're at it maybe pop an orange triangle right in the middle of everything",
               design(O("square", "red"), O("circle", "blue"), O("triangle", "orange"),
                      constraints=[IN(0, "bottom_left"), IN(1, "top_right"), IN(2, "center")], smaller=[O("circle", "blue")]),
               submit(b)),
             T("honestly I'm curious how you've got it all arranged behind the scenes, could you show me the actual layout with the boxes",
               kept(), tool("show_layout")),
             T("one last thing and then I'll leave you alone, I promise: is there a reason the triangle looks a little lopsided to me, "
               "or is that just my eyes playing tricks on me", kept(), tool("explain_critique"))))

    # Lowercase, no punctuation: solid shapes, stripes on both, undo, redo.
    a = doc(R("circle_0", LEFT, "a solid green circle"), R("square_1", RIGHT, "a solid orange square"))
    b = doc(R("circle_0", LEFT, "a striped green circle"), R("square_1", RIGHT, "a striped orange square"))
    add(conv("al-lowercase-stripes", "texture",
             T("green circle left orange square right no stripes on either",
               design(O("circle", "green", "solid"), O("square", "orange", "solid"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("ok now stripe them both",
               design(O("circle", "green", "striped"), O("square", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(b)),
             T("eh undo", same_as(0), tool("undo")),
             T("no actually redo it the stripes were better", same_as(1), tool("redo"))))

    # Someone who corrects themselves: colour fixed mid-sentence, relation fixed mid-sentence, then a change of shape.
    a = doc(R("triangle_0", TOP, "a blue triangle"))
    b = doc(R("triangle_0", TOP, "a blue triangle"), R("square_1", TR, "a yellow square"))
    c = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_2", TR, "a yellow circle"))
    add(conv("al-self-correct", "reshape",
             T("a red triangle at the top... no wait, make that a blue triangle. still at the top",
               design(O("triangle", "blue"), constraints=[IN(0, "top")], absent=[O("triangle", "red")]), submit(a)),
             T("add a yellow square under it. sorry, I meant to the right of it, not under",
               design(O("triangle", "blue"), O("square", "yellow"), constraints=[C("left_of", 0, 1), IN(0, "top")]), submit(b)),
             T("and turn the square into a circle, same colour, same spot",
               design(O("triangle", "blue"), O("circle", "yellow"), constraints=[C("left_of", 0, 1)], absent=[O("square")]), submit(c))))

    # A 2x2 grid loses a member and gets a different shape in the gap.
    g = ((0.1, 0.1, 0.4, 0.4), (0.6, 0.1, 0.9, 0.4), (0.1, 0.6, 0.4, 0.9), (0.6, 0.6, 0.9, 0.9))
    a = doc(R("triangle_0", g[0], "a red triangle"), R("triangle_1", g[1], "a green triangle"), R("triangle_2", g[2], "a blue triangle"),
            R("triangle_3", g[3], "a purple triangle"))
    b = doc(R("triangle_0", g[0], "a red triangle"), R("triangle_1", g[1], "a green triangle"), R("triangle_2", g[2], "a blue triangle"))
    c = doc(R("triangle_0", g[0], "a red triangle"), R("triangle_1", g[1], "a green triangle"), R("triangle_2", g[2], "a blue triangle"),
            R("circle_4", g[3], "a purple circle"))
    add(conv("al-grid-gap", "grid",
             T("2x2 grid of triangles: red, green, blue, purple",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"), O("triangle", "purple"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("lose the purple",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"), absent=[O("triangle", "purple")]), submit(b)),
             T("put a purple circle in the gap it left",
               design(O("triangle", "red"), O("triangle", "green"), O("triangle", "blue"), O("circle", "purple"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")], absent=[O("triangle", "purple")]), submit(c)),
             T("👍", kept(), reply="Glad that works!")))

    # Counting in a column: four, then three, then the top one recoloured.
    col4 = [_box(0.5, y, 0.18) for y in (0.14, 0.38, 0.62, 0.86)]
    col3 = [_box(0.5, y, 0.2) for y in (0.2, 0.5, 0.8)]
    a = doc(*(R(f"circle_{i}", box, "an orange circle") for i, box in enumerate(col4)))
    b = doc(*(R(f"circle_{i}", box, "an orange circle") for i, box in enumerate(col3)))
    c = doc(R("circle_0", col3[0], "a purple circle"), R("circle_1", col3[1], "an orange circle"), R("circle_2", col3[2], "an orange circle"))
    add(conv("al-column-count", "count",
             T("stack four orange circles on top of each other in a vertical line",
               design(O("circle", "orange", count=4), constraints=[C("column", 0, 1, 2, 3)]), submit(a)),
             T("too many. make it three",
               design(O("circle", "orange", count=3), constraints=[C("column", 0, 1, 2)]), submit(b)),
             T("the one at the very top -> purple",
               design(O("circle", "purple"), O("circle", "orange", count=2), constraints=[C("above", 0, 1), C("above", 0, 2), C("column", 0, 1, 2)]),
               submit(c))))

    # Halves, then a flip, then a question about the change.
    a = doc(R("square_0", (0.08, 0.3, 0.42, 0.7), "a striped green square"), R("circle_1", (0.58, 0.3, 0.92, 0.7), "a solid red circle"))
    b = doc(R("square_0", (0.58, 0.3, 0.92, 0.7), "a striped green square"), R("circle_1", (0.08, 0.3, 0.42, 0.7), "a solid red circle"))
    add(conv("al-halves-flip", "swap",
             T("left half: a striped green square. right half: a plain red circle, no stripes.",
               design(O("square", "green", "striped"), O("circle", "red", "solid"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("flip them so each one's on the other side",
               design(O("square", "green", "striped"), O("circle", "red", "solid"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("what did you change exactly", kept(), tool("what_changed"))))

    # Variations of a small corner triangle on black, a pick, then growing it in its corner.
    a = doc(R("triangle_0", (0.78, 0.78, 0.92, 0.92), "a blue triangle"), bg="black")
    b = doc(R("triangle_0", (0.62, 0.62, 0.94, 0.94), "a blue triangle"), bg="black")
    add(conv("al-corner-takes", "variations",
             T("little blue triangle, lower right corner, black background",
               design(O("triangle", "blue"), constraints=[IN(0, "bottom_right"), C("small", 0)], background="black"), submit(a)),
             T("give me 3 takes on that", varied(3), variations(3)),
             T("third one's the keeper", same_as(1), pick(3)),
             T("now blow it up a bit, but leave it in that corner",
               design(O("triangle", "blue"), constraints=[IN(0, "bottom_right")], background="black", bigger=[O("triangle", "blue")]),
               submit(b))))

    # Variations that miss, back to the first image, then an edit from there.
    a = doc(R("square_0", TOP, "a purple square"), R("circle_1", BOTTOM, "a yellow circle"))
    b = doc(R("square_0", TOP, "a purple square"), R("circle_1", BOTTOM, "a green circle"))
    add(conv("al-variations-miss", "variations",
             T("purple square up top, yellow circle down at the bottom",
               design(O("square", "purple"), O("circle", "yellow"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("can i see like four different versions of it", varied(4), variations(4)),
             T("meh, none of them grab me. take me back to the very first image", same_as(0, by_round=True), restore(1)),
             T("ok then make the circle green",
               design(O("square", "purple"), O("circle", "green"), constraints=[IN(0, "top"), IN(1, "bottom")], absent=[O("circle", "yellow")]),
               submit(b))))

    # Repainting one flanking square, then the centre circle, then asking why.
    a = doc(R("circle_0", CENTRE, "a striped orange circle"), R("square_1", (0.12, 0.42, 0.28, 0.58), "a blue square"),
            R("square_2", (0.72, 0.42, 0.88, 0.58), "a blue square"))
    add(conv("al-repaint-flank", "repaint",
             T("a striped orange circle in the middle with a small blue square on each side of it",
               design(O("circle", "orange", "striped"), O("square", "blue", count=2), constraints=[C("between_x", 0, 1, 2), IN(0, "center")]),
               submit(a)),
             T("the left square looks smudged, redo just that one", repainted(), repaint("square_1")),
             T("and the circle too while you're at it", repainted(), repaint("circle_0")),
             T("why did the circle come out wonky the first time?", kept(), tool("explain_critique"))))

    # "that one" among three: a question, then the answer.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a blue circle"), R("circle_2", RIGHT, "a green circle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", (0.35, 0.35, 0.65, 0.65), "a blue circle"), R("circle_2", RIGHT, "a green circle"))
    add(conv("al-clarify-that-one", "clarify",
             T("three circles in a row. red, blue, green",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "green"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("make that one bigger", kept(), reply="Which circle do you mean: the red, the blue or the green one?"),
             T("the blue",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "green"), constraints=[C("row", 0, 1, 2)],
                      bigger=[O("circle", "blue")]), submit(b))))

    # "fix it" without saying what is wrong.
    a = doc(R("square_0", CENTRE, "a yellow square"), bg="black")
    b = doc(R("square_0", TL, "a yellow square"), bg="black")
    add(conv("al-clarify-fix-it", "clarify",
             T("yellow square, black background", design(O("square", "yellow"), background="black"), submit(a)),
             T("hmm no. it's wrong. fix it", kept(),
               reply="Sorry about that. What looks wrong to you: the colour, the size, where the square is, or the background?"),
             T("it's supposed to be up in the top left corner",
               design(O("square", "yellow"), constraints=[IN(0, "top_left")], background="black"), submit(b)),
             T("better", kept(), reply="Great, I'll leave it like that.")))

    # An open-ended opener gets a question; the answer leaves the colours free.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("triangle_1", CENTRE, "a blue triangle"), R("triangle_2", RIGHT, "a yellow triangle"))
    add(conv("al-clarify-cool", "clarify",
             T("do something cool", kept(),
               reply="Happy to! What should I draw: circles, squares or triangles, in which colours, and where on the canvas?"),
             T("ok fine. three triangles in a row, different colours, you pick",
               design(O("triangle", count=3), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("nice one", kept(), reply="Thanks!")))

    # A child asks for things outside the shapes world; nothing is drawn.
    add(conv("al-child-no-dog", "no_render",
             T("can you draw my dog his name is biscuit", kept(),
               reply="I'm sorry, I can't draw dogs, only circles, squares and triangles. Would you like a shape instead?"),
             T("what about a pink one", kept(),
               reply="Pink isn't one of my colours either. I have red, green, blue, yellow, purple and orange. Which one do you like?"),
             T("ok ill ask my mum first bye", kept(), reply="Bye! Come back any time.")))

    # Wipe the canvas, a fresh pair, then recolour both.
    a = doc(R("square_0", BIG, "a green square"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", BR, "a red circle"))
    c = doc(R("circle_0", TL, "a purple circle"), R("circle_1", BR, "a purple circle"))
    add(conv("al-wipe-pair", "start_over",
             T("big green square in the middle", design(O("square", "green"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("nah. wipe it, blank canvas", cleared(), tool("start_over")),
             T("right: one red circle top left, another red circle bottom right",
               design(O("circle", "red", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], absent=[O("square")]), submit(b)),
             T("both purple actually",
               design(O("circle", "purple", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")], absent=[O("circle", "red")]),
               submit(c))))

    # Back to a round by number after two edits, then a question about the difference.
    a = doc(R("triangle_0", LEFT, "a blue triangle"))
    b = doc(R("triangle_0", LEFT, "a blue triangle"), R("square_1", RIGHT, "an orange square"))
    c = doc(R("triangle_0", LEFT, "a blue triangle"), R("square_1", RIGHT, "a striped orange square"))
    add(conv("al-picture-two", "restore",
             T("triangle, blue, left side", design(O("triangle", "blue"), constraints=[IN(0, "left")]), submit(a)),
             T("add an orange square on the right",
               design(O("triangle", "blue"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("stripes on the square",
               design(O("triangle", "blue"), O("square", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]), submit(c)),
             T("go back to picture 2", same_as(1, by_round=True), restore(2)),
             T("what's different between this and the one before?", kept(), tool("what_changed"))))

    # Two undos in one message, then redo one at a time.
    a = doc(R("circle_0", TOP, "a yellow circle"))
    b = doc(R("circle_0", BOTTOM, "a yellow circle"))
    c = doc(R("circle_0", BOTTOM, "a blue circle"))
    add(conv("al-undo-walk", "undo_redo",
             T("yellow circle at the top", design(O("circle", "yellow"), constraints=[IN(0, "top")]), submit(a)),
             T("down to the bottom with it", design(O("circle", "yellow"), constraints=[IN(0, "bottom")]), submit(b)),
             T("and blue", design(O("circle", "blue"), constraints=[IN(0, "bottom")], absent=[O("circle", "yellow")]), submit(c)),
             T("undo both of those", same_as(0), tool("undo"), tool("undo")),
             T("redo one", same_as(1), tool("redo")),
             T("and the other one", same_as(2), tool("redo"))))

    # Background changes twice; "go back" returns the previous backdrop.
    a = doc(R("triangle_0", CENTRE, "a red triangle"), bg="white")
    b = doc(R("triangle_0", CENTRE, "a red triangle"), bg="black")
    c = doc(R("triangle_0", CENTRE, "a red triangle"), bg="gray")
    add(conv("al-backdrop-cycle", "background",
             T("a red triangle on white", design(O("triangle", "red"), background="white"), submit(a)),
             T("switch the backdrop to black", design(O("triangle", "red"), constraints=[IN(0, "center")], background="black"), submit(b)),
             T("hmm, try grey instead", design(O("triangle", "red"), constraints=[IN(0, "center")], background="gray"), submit(c)),
             T("no, the black was better, go back", same_as(1), tool("undo"))))

    # Sizes compared, then reversed.
    a = doc(R("circle_0", BIG_LEFT, "a purple circle"), R("square_1", SMALL_RIGHT, "a yellow square"))
    b = doc(R("circle_0", (0.17, 0.42, 0.33, 0.58), "a purple circle"), R("square_1", (0.54, 0.2, 0.96, 0.8), "a yellow square"))
    add(conv("al-size-reverse", "resize",
             T("a huge purple circle next to a tiny yellow square",
               design(O("circle", "purple"), O("square", "yellow"), constraints=[C("larger", 0, 1)]), submit(a)),
             T("reverse the sizes",
               design(O("circle", "purple"), O("square", "yellow"), constraints=[C("larger", 1, 0)], bigger=[O("square", "yellow")],
                      smaller=[O("circle", "purple")]), submit(b)),
             T("good. ta", kept(), reply="Any time.")))

    # A sandwich, then one removal and one move in a single message, then a question.
    a = doc(R("circle_0", TOP, "a green circle"), R("square_1", BOTTOM, "a red square"), R("triangle_2", CENTRE, "a blue triangle"))
    b = doc(R("circle_0", TOP, "a green circle"), R("square_1", BL, "a red square"))
    add(conv("al-sandwich", "remove",
             T("green circle at the top, red square at the bottom, and a blue triangle sandwiched in between",
               design(O("circle", "green"), O("square", "red"), O("triangle", "blue"), constraints=[C("between_y", 2, 0, 1), C("above", 0, 1)]),
               submit(a)),
             T("get rid of the triangle and shove the square into the bottom left corner",
               design(O("circle", "green"), O("square", "red"), constraints=[IN(0, "top"), IN(1, "bottom_left")], absent=[O("triangle")]),
               submit(b)),
             T("why's the circle looking so pale", kept(), tool("explain_critique"))))

    # Counts on each side: a pair, then three more, then one fewer.
    tri = [(0.68, 0.2, 0.9, 0.42), (0.68, 0.58, 0.9, 0.8)]
    dots3 = [_box(0.21, y, 0.18) for y in (0.17, 0.5, 0.83)]
    dots2 = [_box(0.21, y, 0.2) for y in (0.3, 0.7)]
    a = doc(R("triangle_0", tri[0], "a striped yellow triangle"), R("triangle_1", tri[1], "a striped yellow triangle"))
    b = doc(*a["regions"], *(R(f"circle_{i + 2}", box, "a green circle") for i, box in enumerate(dots3)))
    c = doc(*a["regions"], *(R(f"circle_{i + 2}", box, "a green circle") for i, box in enumerate(dots2)))
    add(conv("al-side-counts", "count",
             T("a pair of stripy yellow triangles over on the right",
               design(O("triangle", "yellow", "striped", count=2), constraints=[C("in", 0, 1, arg="right")]), submit(a)),
             T("and three green circles down the left side",
               design(O("triangle", "yellow", "striped", count=2), O("circle", "green", count=3),
                      constraints=[C("in", 0, 1, arg="right"), C("in", 2, 3, 4, arg="left"), C("column", 2, 3, 4)]), submit(b)),
             T("too many circles, two's plenty",
               design(O("triangle", "yellow", "striped", count=2), O("circle", "green", count=2),
                      constraints=[C("in", 0, 1, arg="right"), C("in", 2, 3, arg="left")]), submit(c))))

    # Swapping colours, not places; "and back again" undoes it.
    a = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("square_0", LEFT, "a blue square"), R("square_1", RIGHT, "a red square"))
    add(conv("al-swap-colours", "recolour",
             T("could you draw a red square on the left and a blue one on the right",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("now trade their colours, keep them where they are",
               design(O("square", "blue"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b)),
             T("and back again please", same_as(0), tool("undo"))))

    # Placing relative to an existing object, then re-placing relative to it.
    a = doc(R("triangle_0", CENTRE, "an orange triangle"))
    b = doc(R("triangle_0", CENTRE, "an orange triangle"), R("circle_1", BOTTOM, "a purple circle"))
    c = doc(R("triangle_0", CENTRE, "an orange triangle"), R("circle_1", LEFT, "a purple circle"))
    add(conv("al-relative-moves", "move",
             T("an orange triangle in the middle", design(O("triangle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("put a purple circle just below it",
               design(O("triangle", "orange"), O("circle", "purple"), constraints=[C("above", 0, 1), IN(0, "center")]), submit(b)),
             T("hmm, move the circle so it's to the left of the triangle instead",
               design(O("triangle", "orange"), O("circle", "purple"), constraints=[C("left_of", 1, 0), IN(0, "center")]), submit(c)),
             T("show me the layout", kept(), tool("show_layout"))))

    # A numbered list of orders, a two-part recolour, then two changes to one object.
    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", TR, "a blue square"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("circle_0", TL, "a red circle"), R("square_1", TR, "a yellow square"), R("triangle_2", BOTTOM, "a blue triangle"))
    c = doc(R("circle_0", TL, "a red circle"), R("square_1", TR, "a yellow square"),
            R("triangle_2", (0.3, 0.56, 0.7, 0.96), "a striped blue triangle"))
    places = [IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]
    add(conv("al-numbered-orders", "mixed",
             T("three things: 1) blue circle top left 2) blue square top right 3) blue triangle bottom middle",
               design(O("circle", "blue"), O("square", "blue"), O("triangle", "blue"), constraints=places), submit(a)),
             T("recolour: circle -> red, square -> yellow. leave the triangle alone",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue"), constraints=places,
                      absent=[O("circle", "blue"), O("square", "blue")]), submit(b)),
             T("triangle: bigger + striped",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue", "striped"), constraints=places,
                      bigger=[O("triangle", "blue")]), submit(c))))

    # A pick undone, then an edit.
    a = doc(R("circle_0", CENTRE, "a red circle"), bg="white")
    b = doc(R("circle_0", CENTRE, "an orange circle"), bg="white")
    add(conv("al-pick-undone", "variations",
             T("one red circle, white bg, centred", design(O("circle", "red"), constraints=[IN(0, "center")], background="white"), submit(a)),
             T("couple of alternatives?", varied(2), variations(2)),
             T("i'll take the first", same_as(1), pick(1)),
             T("hmm actually undo that pick", same_as(0), tool("undo")),
             T("whatever, just make it orange",
               design(O("circle", "orange"), constraints=[IN(0, "center")], background="white", absent=[O("circle", "red")]), submit(b))))

    # Re-render everything, then one part again.
    a = doc(R("square_0", LEFT, "a purple square"), R("triangle_1", RIGHT, "a green triangle"), bg="black")
    add(conv("al-rerender-all", "repaint",
             T("purple square and green triangle side by side, square first, on black",
               design(O("square", "purple"), O("triangle", "green"), constraints=[C("left_of", 0, 1)], background="black"), submit(a)),
             T("the whole thing looks muddy. re-render all of it without changing anything", repainted(), repaint("square_0", "triangle_1")),
             T("better. regenerate the triangle one more time", repainted(), repaint("triangle_1"))))

    # A "why" about placement, then a repaint of the object asked about.
    a = doc(R("triangle_0", TR, "a yellow triangle"), R("circle_1", BL, "a blue circle"))
    add(conv("al-why-corner", "inspect",
             T("yellow triangle in the upper right, blue circle in the lower left",
               design(O("triangle", "yellow"), O("circle", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]), submit(a)),
             T("why does the triangle look so washed out?", kept(), tool("explain_critique")),
             T("ok, just redo the triangle then", repainted(), repaint("triangle_0"))))

    # "make it darker" with two squares: which, and to what?
    a = doc(R("square_0", LEFT, "an orange square"), R("square_1", RIGHT, "a green square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a green square"))
    add(conv("al-clarify-darker", "clarify",
             T("two squares, one orange one green", design(O("square", "orange"), O("square", "green")), submit(a)),
             T("make it darker", kept(),
               reply="Which square should change, and to which colour? I have red, green, blue, yellow, purple and orange."),
             T("the orange one. red",
               design(O("square", "red"), O("square", "green"), absent=[O("square", "orange")]), submit(b))))

    # "move the triangle" without a destination: where to?
    a = doc(R("triangle_0", CENTRE, "a purple triangle"), R("circle_1", TR, "a yellow circle"))
    b = doc(R("triangle_0", BL, "a purple triangle"), R("circle_1", TR, "a yellow circle"))
    add(conv("al-clarify-where", "clarify",
             T("a purple triangle in the middle and a yellow circle",
               design(O("triangle", "purple"), O("circle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("move the triangle", kept(), reply="Sure, where should the triangle go: left, right, top, bottom, or one of the corners?"),
             T("down to the bottom left",
               design(O("triangle", "purple"), O("circle", "yellow"), constraints=[IN(0, "bottom_left")]), submit(b))))

    # Tiny, a bit bigger, then smaller again.
    a = doc(R("square_0", SMALL, "a red square"))
    b = doc(R("square_0", MEDIUM, "a red square"))
    c = doc(R("square_0", (0.38, 0.38, 0.62, 0.62), "a red square"))
    add(conv("al-size-seesaw", "resize",
             T("tiny red square, dead centre", design(O("square", "red"), constraints=[IN(0, "center"), C("small", 0)]), submit(a)),
             T("bit bigger", design(O("square", "red"), constraints=[IN(0, "center")], bigger=[O("square", "red")]), submit(b)),
             T("whoa, too much. smaller again, though not as tiny as the first",
               design(O("square", "red"), constraints=[IN(0, "center")], smaller=[O("square", "red")]), submit(c)),
             T("perfect, leave it", kept(), reply="Will do.")))

    # Six in a grid, onto black, then the layout.
    six = [_box(x, y, 0.22) for y in (0.3, 0.7) for x in (0.2, 0.5, 0.8)]
    a = doc(*(R(f"square_{i}", box, "a green square") for i, box in enumerate(six)))
    b = doc(*(R(f"square_{i}", box, "a green square") for i, box in enumerate(six)), bg="black")
    add(conv("al-grid-six", "grid",
             T("six green squares in a grid", design(O("square", "green", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5)]), submit(a)),
             T("put the whole lot on black",
               design(O("square", "green", count=6), constraints=[C("grid", 0, 1, 2, 3, 4, 5)], background="black"), submit(b)),
             T("where exactly is everything? show me", kept(), tool("show_layout"))))

    # Keep only the circles, then spread them to opposite corners.
    a = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a yellow circle"), R("square_2", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("circle_1", CENTRE, "a yellow circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("circle_1", BR, "a yellow circle"))
    add(conv("al-keep-circles", "remove",
             T("red circle, yellow circle, blue square, left to right",
               design(O("circle", "red"), O("circle", "yellow"), O("square", "blue"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("only keep the circles",
               design(O("circle", "red"), O("circle", "yellow"), constraints=[C("left_of", 0, 1)], absent=[O("square")]), submit(b)),
             T("spread them out: red into the top left corner, yellow into the bottom right",
               design(O("circle", "red"), O("circle", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(c))))

    # Heavy typos throughout.
    a = doc(R("triangle_0", TR, "a purple triangle"))
    b = doc(R("triangle_0", TR, "a blue triangle"))
    c = doc(R("triangle_0", TR, "a blue triangle"), R("square_1", (0.1, 0.74, 0.24, 0.88), "an orange square"))
    add(conv("al-typos", "recolour",
             T("a purpel triangel in teh top rigth corner", design(O("triangle", "purple"), constraints=[IN(0, "top_right")]), submit(a)),
             T("mak it blu", design(O("triangle", "blue"), constraints=[IN(0, "top_right")], absent=[O("triangle", "purple")]), submit(b)),
             T("and put a smal orang sqare bottm left",
               design(O("triangle", "blue"), O("square", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_left"), C("small", 1)]),
               submit(c))))

    # A start over by mistake, undone, then an edit on the restored design.
    a = doc(R("circle_0", LEFT, "a blue circle"), R("triangle_1", RIGHT, "a red triangle"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("triangle_1", RIGHT, "a striped red triangle"))
    add(conv("al-oops-start-over", "start_over",
             T("a blue circle and a red triangle, the circle on the left",
               design(O("circle", "blue"), O("triangle", "red"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("start over", cleared(), tool("start_over")),
             T("wait no!! I didn't mean that, bring it back", same_as(0), tool("undo")),
             T("phew. ok, now give the triangle stripes",
               design(O("circle", "blue"), O("triangle", "red", "striped"), constraints=[C("left_of", 0, 1)]), submit(b))))

    # Two edits, back to round one, variations of it and a pick.
    a = doc(R("square_0", CENTRE, "a yellow square"))
    b = doc(R("square_0", CENTRE, "a striped yellow square"))
    c = doc(R("square_0", BR, "a striped yellow square"))
    add(conv("al-round-one-takes", "restore",
             T("yellow square in the centre", design(O("square", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("add stripes", design(O("square", "yellow", "striped"), constraints=[IN(0, "center")]), submit(b)),
             T("nudge it down to the lower right", design(O("square", "yellow", "striped"), constraints=[IN(0, "bottom_right")]), submit(c)),
             T("let's go back to round one", same_as(0, by_round=True), restore(1)),
             T("two variations of that one", varied(2), variations(2)),
             T("2nd", same_as(3), pick(2))))

    # A polite elderly person undoes a muddle of their own making.
    a = doc(R("circle_0", CENTRE, "a green circle"), R("square_1", RIGHT, "a red square"))
    b = doc(R("circle_0", CENTRE, "a green circle"), R("square_1", RIGHT, "a blue square"))
    c = doc(R("circle_0", TL, "a green circle"), R("square_1", RIGHT, "a blue square"))
    add(conv("al-elderly-muddle", "undo",
             T("Hello there. I should like a green circle in the middle and a red square to the right of it, if you please.",
               design(O("circle", "green"), O("square", "red"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("Oh, could you make the square blue instead? My grandson tells me red is rather loud.",
               design(O("circle", "green"), O("square", "blue"), constraints=[C("left_of", 0, 1)], absent=[O("square", "red")]), submit(b)),
             T("And perhaps the circle might go up into the top-left corner.",
               design(O("circle", "green"), O("square", "blue"), constraints=[IN(0, "top_left"), C("left_of", 0, 1)]), submit(c)),
             T("Oh dear, I'm afraid I've made a muddle of it. Could you put things back the way they were before my last request?",
               same_as(1), tool("undo")),
             T("Thank you, you are very patient with me.", kept(), reply="Not at all, it's my pleasure. Take all the time you need.")))

    # Small talk in the middle of a design.
    a = doc(R("square_0", BOTTOM, "an orange square"))
    b = doc(R("square_0", BOTTOM, "an orange square"), R("circle_1", CENTRE, "a striped blue circle"))
    add(conv("al-smalltalk-mid", "mixed",
             T("orange square, bottom of the canvas", design(O("square", "orange"), constraints=[IN(0, "bottom")]), submit(a)),
             T("lol do you ever get bored of drawing squares all day", kept(),
               reply="Never! Squares are great. Shall I add anything else to this one?"),
             T("ha. ok add a striped blue circle above the square",
               design(O("square", "orange"), O("circle", "blue", "striped"), constraints=[C("above", 1, 0), IN(0, "bottom")]), submit(b))))

    # "add something on the right": what, and which colour?
    a = doc(R("circle_0", LEFT, "a purple circle"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("triangle_1", RIGHT, "a green triangle"))
    add(conv("al-clarify-something", "clarify",
             T("purple circle on the left side please", design(O("circle", "purple"), constraints=[IN(0, "left")]), submit(a)),
             T("add something on the right", kept(),
               reply="What should I add on the right: a circle, a square or a triangle, and in which colour?"),
             T("a green triangle",
               design(O("circle", "purple"), O("triangle", "green"), constraints=[IN(0, "left"), IN(1, "right")]), submit(b))))

    # Stripes everywhere, then off everywhere, then what changed.
    a = doc(R("square_0", TOP, "a striped red square"), R("triangle_1", BOTTOM, "a striped green triangle"))
    b = doc(R("square_0", TOP, "a solid red square"), R("triangle_1", BOTTOM, "a solid green triangle"))
    add(conv("al-destripe", "texture",
             T("everything striped please: a red square with a green triangle underneath it",
               design(O("square", "red", "striped"), O("triangle", "green", "striped"), constraints=[C("above", 0, 1)]), submit(a)),
             T("on second thought, take the stripes off everything",
               design(O("square", "red", "solid"), O("triangle", "green", "solid"), constraints=[C("above", 0, 1)]), submit(b)),
             T("so what's different now compared to before?", kept(), tool("what_changed"))))

    # Four corners, one recoloured, then all rotated clockwise, then undone.
    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "an orange circle"), R("circle_2", BL, "a yellow circle"),
            R("circle_3", BR, "a green circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("circle_2", BL, "a yellow circle"),
            R("circle_3", BR, "a green circle"))
    c = doc(R("circle_0", TR, "a red circle"), R("circle_1", BR, "a blue circle"), R("circle_2", TL, "a yellow circle"),
            R("circle_3", BL, "a green circle"))
    corners = ["top_left", "top_right", "bottom_left", "bottom_right"]
    add(conv("al-rotate-corners", "move",
             T("a circle in every corner. colours: top left red, top right orange, bottom left yellow, bottom right green",
               design(O("circle", "red"), O("circle", "orange"), O("circle", "yellow"), O("circle", "green"),
                      constraints=[IN(i, p) for i, p in enumerate(corners)]), submit(a)),
             T("the orange one should be blue",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"), O("circle", "green"),
                      constraints=[IN(i, p) for i, p in enumerate(corners)], absent=[O("circle", "orange")]), submit(b)),
             T("now rotate all four one corner clockwise",
               design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"), O("circle", "green"),
                      constraints=[IN(0, "top_right"), IN(1, "bottom_right"), IN(2, "top_left"), IN(3, "bottom_left")]), submit(c)),
             T("undo that, it looked better before", same_as(1), tool("undo"))))

    # Several edits, then all the way back to the first picture, then a question.
    a = doc(R("triangle_0", LEFT, "a red triangle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("triangle_0", LEFT, "a red triangle"), R("square_1", RIGHT, "a blue square"), R("circle_2", TOP, "a yellow circle"))
    c = doc(R("triangle_0", LEFT, "a red triangle"), R("square_1", RIGHT, "a purple square"), R("circle_2", TOP, "a yellow circle"))
    d = doc(R("triangle_0", BL, "a red triangle"), R("square_1", RIGHT, "a purple square"), R("circle_2", TOP, "a yellow circle"))
    add(conv("al-very-first", "restore",
             T("a red triangle to the left of a blue square",
               design(O("triangle", "red"), O("square", "blue"), constraints=[C("left_of", 0, 1)]), submit(a)),
             T("put a yellow circle above both of them",
               design(O("triangle", "red"), O("square", "blue"), O("circle", "yellow"), constraints=[C("above", 2, 0), C("above", 2, 1)]),
               submit(b)),
             T("square purple",
               design(O("triangle", "red"), O("square", "purple"), O("circle", "yellow"), absent=[O("square", "blue")]), submit(c)),
             T("triangle to the bottom-left corner",
               design(O("triangle", "red"), O("square", "purple"), O("circle", "yellow"), constraints=[IN(0, "bottom_left")]), submit(d)),
             T("nah, go all the way back to the very first picture", same_as(0, by_round=True), restore(1)),
             T("what's the difference between that and what we had a second ago?", kept(), tool("what_changed"))))

    # Five variations, a pick by number, then a repaint of one part of the pick.
    a = doc(R("circle_0", TL, "a green circle"), R("circle_1", BR, "a green circle"))
    add(conv("al-five-takes", "variations",
             T("two green circles in opposite corners, top-left and bottom-right",
               design(O("circle", "green", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("5 variations", varied(5), variations(5)),
             T("number 4", same_as(1), pick(4)),
             T("touch up the bottom right circle, it's a bit blotchy", repainted(), repaint("circle_1"))))

    # The designer is asked for its own critique, regenerates, and reports the change.
    a = doc(R("square_0", BIG, "a blue square"))
    add(conv("al-critique-loop", "inspect",
             T("one big blue square in the center on grey",
               design(O("square", "blue"), constraints=[IN(0, "center"), C("big", 0)], background="gray"), submit(a)),
             T("what's the weakest part of this picture in your opinion", kept(), tool("explain_critique")),
             T("ok regenerate it then", repainted(), repaint("square_0")),
             T("what changed", kept(), tool("what_changed"))))

    # Halves with counts, then the halves swapped.
    t2 = [(0.12, 0.08, 0.38, 0.34), (0.62, 0.08, 0.88, 0.34)]
    a = doc(R("triangle_0", t2[0], "a red triangle"), R("triangle_1", t2[1], "a red triangle"),
            R("circle_2", (0.25, 0.52, 0.75, 0.98), "a yellow circle"))
    b = doc(R("triangle_0", (0.12, 0.66, 0.38, 0.92), "a red triangle"), R("triangle_1", (0.62, 0.66, 0.88, 0.92), "a red triangle"),
            R("circle_2", (0.25, 0.02, 0.75, 0.48), "a yellow circle"))
    add(conv("al-halves-swap", "plan",
             T("top half: two red triangles. bottom half: one big yellow circle",
               design(O("triangle", "red", count=2), O("circle", "yellow"),
                      constraints=[C("in", 0, 1, arg="top"), IN(2, "bottom"), C("big", 2)]), submit(a)),
             T("swap the halves, circle up and triangles down",
               design(O("triangle", "red", count=2), O("circle", "yellow"), constraints=[C("in", 0, 1, arg="bottom"), IN(2, "top")]),
               submit(b)),
             T("perfect thx", kept(), reply="You're welcome!")))

    # A non-native speaker: vague "change", then a fresh start and a new pair.
    a = doc(R("triangle_0", CENTRE, "a blue triangle"))
    b = doc(R("square_0", TOP, "an orange square"), R("square_1", BOTTOM, "an orange square"))
    add(conv("al-nonnative-restart", "clarify",
             T("I need one picture with a blue triangle. In middle.", design(O("triangle", "blue"), constraints=[IN(0, "center")]), submit(a)),
             T("Is possible to change?", kept(),
               reply="Of course! What would you like to change: the colour, the size, the place, or something else?"),
             T("Please, all new. Begin from zero.", cleared(), tool("start_over")),
             T("Now: two orange square, one up, one down.",
               design(O("square", "orange", count=2), constraints=[C("above", 0, 1)], absent=[O("triangle")]), submit(b))))

    return out


ALMANAC: list[Conversation] = _almanac()


if __name__ == "__main__":
    from .conversations import main
    main(ALMANAC, least=(40, 150))
