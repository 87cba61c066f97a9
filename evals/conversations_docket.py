"""The eleventh held-out set of conversations with the image designer for the shapes world: sealed, run once to measure.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets: only the
builders, the judge and the self-check of :mod:`regiondit.evals.conversations` and the kinds of objects and constraints of
:mod:`regiondit.evals.paraphrases` were read. Every user message was written fresh, from how people talk to a chat image
designer (terse, chatty, polite, with typos, in non-native English, correcting themselves, several steps in one message),
and each turn's expectation says only what any careful designer must leave behind.

    python -m regiondit.evals.conversations_docket   # counts, then the self-check of the set
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

# --- extra boxes ------------------------------------------------------------------------------------------------------
SUN: Box = (0.54, 0.04, 0.96, 0.46)  # a large box in the top right corner
LOGO: Box = (0.28, 0.16, 0.72, 0.6)  # large, centred a little high
UNDER_LOGO: Box = (0.42, 0.7, 0.58, 0.86)  # small, under LOGO
MID_BIG: Box = (0.35, 0.3, 0.65, 0.7)  # the centre cell grown, still clear of LEFT and RIGHT
TINY_TOP: Box = (0.44, 0.06, 0.56, 0.18)  # a tiny box at the top middle
BIG_RIGHT: Box = (0.54, 0.2, 0.96, 0.8)  # the right half, large


def _docket() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # 1: plan, recolour, thanks
    add(conv(
        "dk-poster-recolour", "recolour",
        T("hi! could you make me a picture with a red triangle on the left and a yellow circle on the right? white background please",
          design(O("triangle", "red"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], background="white"),
          submit(doc(R("tri", LEFT, "a red triangle"), R("circ", RIGHT, "a yellow circle"), bg="white"))),
        T("actually make the triangle green",
          design(O("triangle", "green"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")], background="white"),
          submit(doc(R("tri", LEFT, "a green triangle"), R("circ", RIGHT, "a yellow circle"), bg="white"))),
        T("and the other one orange",
          design(O("triangle", "green"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")], background="white"),
          submit(doc(R("tri", LEFT, "a green triangle"), R("circ", RIGHT, "an orange circle"), bg="white"))),
        T("perfect, thanks a lot", kept(), reply="You're welcome! Tell me if you want anything else changed."),
    ))

    # 2: terse move, undo, redo
    add(conv(
        "dk-terse-move", "undo",
        T("blue square, top left",
          design(O("square", "blue"), constraints=[IN(0, "top_left")]),
          submit(doc(R("sq", TL, "a blue square")))),
        T("now bottom right",
          design(O("square", "blue"), constraints=[IN(0, "bottom_right")]),
          submit(doc(R("sq", BR, "a blue square")))),
        T("undo", same_as(0), tool("undo")),
        T("redo pls", same_as(1), tool("redo")),
    ))

    # 3: resize, what changed
    add(conv(
        "dk-grow-centre", "resize",
        T("I'd like a small orange circle in the middle of a black canvas.",
          design(O("circle", "orange"), constraints=[IN(0, "center"), C("small", 0)], background="black"),
          submit(doc(R("dot", SMALL, "a small orange circle"), bg="black"))),
        T("hmm it's way too tiny. make it a lot bigger but keep it centred",
          design(O("circle", "orange"), constraints=[IN(0, "center")], background="black", bigger=[O("circle", "orange")]),
          submit(doc(R("dot", BIG, "a big orange circle"), bg="black"))),
        T("what did you change exactly?", kept(), tool("what_changed")),
    ))

    # 4: a row, then additions relative to the middle one
    add(conv(
        "dk-row-add", "add",
        T("Draw three circles in a row across the middle: red, green, blue from left to right.",
          design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
          submit(doc(R("red", LEFT, "a red circle"), R("green", CENTRE, "a green circle"), R("blue", RIGHT, "a blue circle")))),
        T("add a purple square above the green one",
          design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("square", "purple"),
                 constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2), C("above", 3, 1)]),
          submit(doc(R("red", LEFT, "a red circle"), R("green", CENTRE, "a green circle"), R("blue", RIGHT, "a blue circle"),
                     R("sq", TOP, "a purple square")))),
        T("and a yellow triangle under the green circle as well",
          design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("square", "purple"), O("triangle", "yellow"),
                 constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2), C("above", 3, 1), C("above", 1, 4)]),
          submit(doc(R("red", LEFT, "a red circle"), R("green", CENTRE, "a green circle"), R("blue", RIGHT, "a blue circle"),
                     R("sq", TOP, "a purple square"), R("tri", BOTTOM, "a yellow triangle")))),
    ))

    # 5: chatty, remove, explain
    add(conv(
        "dk-kids-sun", "remove",
        T("Hello there! I'm making a little poster for my kid's room. Could you put a big yellow circle, like a sun, in the top right "
          "corner and a green triangle at the bottom left? White background if possible.",
          design(O("circle", "yellow"), O("triangle", "green"), constraints=[IN(0, "top_right"), IN(1, "bottom_left"), C("larger", 0, 1)],
                 background="white"),
          submit(doc(R("sun", SUN, "a big yellow circle"), R("tri", BL, "a green triangle"), bg="white"))),
        T("Hmm, on second thought lose the triangle. Just the sun.",
          design(O("circle", "yellow"), constraints=[IN(0, "top_right")], absent=[O("triangle")], background="white"),
          submit(doc(R("sun", SUN, "a big yellow circle"), bg="white"))),
        T("Great. Out of curiosity, why wasn't the last one rated perfect? what did the checker not like?", kept(), tool("explain_critique")),
    ))

    # 6: texture, then undo two steps
    add(conv(
        "dk-stripes-back", "texture",
        T("two squares side by side, a purple one and an orange one",
          design(O("square", "purple"), O("square", "orange"), constraints=[C("row", 0, 1)]),
          submit(doc(R("p", LEFT, "a purple square"), R("o", RIGHT, "an orange square")))),
        T("give the orange one stripes",
          design(O("square", "purple", "solid"), O("square", "orange", "striped"), constraints=[C("row", 0, 1)]),
          submit(doc(R("p", LEFT, "a purple square"), R("o", RIGHT, "a striped orange square")))),
        T("And the purple one too, please.",
          design(O("square", "purple", "striped"), O("square", "orange", "striped"), constraints=[C("row", 0, 1)]),
          submit(doc(R("p", LEFT, "a striped purple square"), R("o", RIGHT, "a striped orange square")))),
        T("nah, go back two steps", same_as(0), tool("undo"), tool("undo")),
    ))

    # 7: change shape, show layout
    add(conv(
        "dk-flanked-shape", "change shape",
        T("Put a green circle in the centre with a red square on each side of it",
          design(O("circle", "green"), O("square", "red", count=2), constraints=[IN(0, "center"), C("between_x", 0, 1, 2), C("row", 0, 1, 2)]),
          submit(doc(R("sq1", LEFT, "a red square"), R("mid", CENTRE, "a green circle"), R("sq2", RIGHT, "a red square")))),
        T("turn the circle into a triangle, same colour",
          design(O("triangle", "green"), O("square", "red", count=2), constraints=[IN(0, "center"), C("between_x", 0, 1, 2)],
                 absent=[O("circle")]),
          submit(doc(R("sq1", LEFT, "a red square"), R("mid", CENTRE, "a green triangle"), R("sq2", RIGHT, "a red square")))),
        T("show me the layout", kept(), tool("show_layout")),
    ))

    # 8: background changes
    add(conv(
        "dk-backdrops", "change background",
        T("A striped blue triangle at the top and a solid yellow square at the bottom, grey background.",
          design(O("triangle", "blue", "striped"), O("square", "yellow", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")],
                 background="gray"),
          submit(doc(R("tri", TOP, "a striped blue triangle"), R("sq", BOTTOM, "a solid yellow square")))),
        T("switch the background to black",
          design(O("triangle", "blue", "striped"), O("square", "yellow", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")],
                 background="black"),
          submit(doc(R("tri", TOP, "a striped blue triangle"), R("sq", BOTTOM, "a solid yellow square"), bg="black"))),
        T("hmm no. white",
          design(O("triangle", "blue", "striped"), O("square", "yellow", "solid"), constraints=[IN(0, "top"), IN(1, "bottom")],
                 background="white"),
          submit(doc(R("tri", TOP, "a striped blue triangle"), R("sq", BOTTOM, "a solid yellow square"), bg="white"))),
        T("ok that works, ty", kept(), reply="Great, glad the white works."),
    ))

    # 9: swap places, then swap colours
    add(conv(
        "dk-swap-twice", "swap",
        T("red circle on the left, blue square on the right",
          design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("c", LEFT, "a red circle"), R("s", RIGHT, "a blue square")))),
        T("swap them",
          design(O("circle", "red"), O("square", "blue"), constraints=[C("left_of", 1, 0)]),
          submit(doc(R("c", RIGHT, "a red circle"), R("s", LEFT, "a blue square")))),
        T("now swap their colours too",
          design(O("circle", "blue"), O("square", "red"), constraints=[C("left_of", 1, 0)]),
          submit(doc(R("c", RIGHT, "a blue circle"), R("s", LEFT, "a red square")))),
    ))

    # 10: variations, pick, then edit
    add(conv(
        "dk-variations-second", "variations",
        T("a big purple circle in the middle, on white",
          design(O("circle", "purple"), constraints=[IN(0, "center"), C("big", 0)], background="white"),
          submit(doc(R("c", BIG, "a big purple circle"), bg="white"))),
        T("Can I see 3 different versions of this?", varied(3), variations(3)),
        T("I like the second one best, go with that", same_as(0), pick(2)),
        T("now make the circle striped",
          design(O("circle", "purple", "striped"), constraints=[IN(0, "center"), C("big", 0)], background="white"),
          submit(doc(R("c", BIG, "a big striped purple circle"), bg="white"))),
    ))

    # 11: restore, continue from there
    add(conv(
        "dk-back-to-two", "restore",
        T("green square bottom left",
          design(O("square", "green"), constraints=[IN(0, "bottom_left")]),
          submit(doc(R("sq", BL, "a green square")))),
        T("make it blue",
          design(O("square", "blue"), constraints=[IN(0, "bottom_left")]),
          submit(doc(R("sq", BL, "a blue square")))),
        T("now make it a triangle",
          design(O("triangle", "blue"), constraints=[IN(0, "bottom_left")], absent=[O("square")]),
          submit(doc(R("sq", BL, "a blue triangle")))),
        T("go back to round 2 please", same_as(1, by_round=True), restore(2)),
        T("from there, move it up to the top right",
          design(O("square", "blue"), constraints=[IN(0, "top_right")]),
          submit(doc(R("sq", TR, "a blue square")))),
    ))

    # 12: repaint one part, then recolour the other
    add(conv(
        "dk-messy-circle", "repaint",
        T("Make an orange triangle on the left and a striped green circle on the right.",
          design(O("triangle", "orange"), O("circle", "green", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("triangle", LEFT, "an orange triangle"), R("circle", RIGHT, "a striped green circle")))),
        T("the circle came out a bit messy, can you redo just that part?", repainted(), repaint("circle")),
        T("better. now the triangle should be purple",
          design(O("triangle", "purple"), O("circle", "green", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("triangle", LEFT, "a purple triangle"), R("circle", RIGHT, "a striped green circle")))),
    ))

    # 13: ambiguous "make it bigger" with three objects
    add(conv(
        "dk-which-bigger", "ambiguous",
        T("three shapes on a white background: a red square, a blue circle and a yellow triangle, left to right",
          design(O("square", "red"), O("circle", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)], background="white"),
          submit(doc(R("sq", LEFT, "a red square"), R("ci", CENTRE, "a blue circle"), R("tr", RIGHT, "a yellow triangle"), bg="white"))),
        T("make it bigger", kept(),
          reply="Which one should I make bigger: the red square, the blue circle, the yellow triangle, or all three?"),
        T("the circle",
          design(O("square", "red"), O("circle", "blue"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)], background="white",
                 bigger=[O("circle", "blue")]),
          submit(doc(R("sq", LEFT, "a red square"), R("ci", MID_BIG, "a bigger blue circle"), R("tr", RIGHT, "a yellow triangle"),
                     bg="white"))),
    ))

    # 14: ambiguous "change the colour" with two objects
    add(conv(
        "dk-which-colour", "ambiguous",
        T("two circles next to each other, one red and one blue",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("row", 0, 1)]),
          submit(doc(R("a", LEFT, "a red circle"), R("b", RIGHT, "a blue circle")))),
        T("change the colour", kept(), reply="Sure. Which circle, the red one or the blue one, and what colour should it become?"),
        T("oh sorry, the blue one, to yellow",
          design(O("circle", "red"), O("circle", "yellow"), constraints=[C("row", 0, 1)], absent=[O("circle", "blue")]),
          submit(doc(R("a", LEFT, "a red circle"), R("b", RIGHT, "a yellow circle")))),
    ))

    # 15: words only, no render at all
    add(conv(
        "dk-just-asking", "words only",
        T("what kinds of shapes can you draw?", kept(),
          reply="Circles, squares and triangles, in red, green, blue, yellow, purple or orange, solid or striped, on a white, black "
                "or gray background."),
        T("and could you do a picture of my dog?", kept(),
          reply="I'm afraid not: I only draw those simple flat shapes. I could make a composition with them, though."),
        T("ok, thanks, I'll come back later", kept(), reply="Any time!"),
    ))

    # 16: start over, then a new picture
    add(conv(
        "dk-scrap-it", "start over",
        T("a blue circle above a red square",
          design(O("circle", "blue"), O("square", "red"), constraints=[C("above", 0, 1)]),
          submit(doc(R("c", TOP, "a blue circle"), R("s", BOTTOM, "a red square")))),
        T("nope. scrap all that, let's start fresh", cleared(), tool("start_over")),
        T("a single yellow square in the centre, on black",
          design(O("square", "yellow"), constraints=[IN(0, "center")], absent=[O("circle"), O("square", "red")], background="black"),
          submit(doc(R("s", CENTRE, "a yellow square"), bg="black"))),
    ))

    # 17: several edits, undo three, redo one
    add(conv(
        "dk-undo-three", "undo",
        T("purple triangle in the middle",
          design(O("triangle", "purple"), constraints=[IN(0, "center")]),
          submit(doc(R("t", CENTRE, "a purple triangle")))),
        T("add an orange circle to its right",
          design(O("triangle", "purple"), O("circle", "orange"), constraints=[IN(0, "center"), C("left_of", 0, 1)]),
          submit(doc(R("t", CENTRE, "a purple triangle"), R("c", RIGHT, "an orange circle")))),
        T("and a green square to the left of the triangle",
          design(O("triangle", "purple"), O("circle", "orange"), O("square", "green"), constraints=[C("order_x", 2, 0, 1)]),
          submit(doc(R("t", CENTRE, "a purple triangle"), R("c", RIGHT, "an orange circle"), R("s", LEFT, "a green square")))),
        T("make the background white",
          design(O("triangle", "purple"), O("circle", "orange"), O("square", "green"), constraints=[C("order_x", 2, 0, 1)],
                 background="white"),
          submit(doc(R("t", CENTRE, "a purple triangle"), R("c", RIGHT, "an orange circle"), R("s", LEFT, "a green square"),
                     bg="white"))),
        T("hmm. undo the last three changes", same_as(0), tool("undo"), tool("undo"), tool("undo")),
        T("redo just one of them", same_as(1), tool("redo")),
    ))

    # 18: non-native speaker, resize
    add(conv(
        "dk-two-triangles-esl", "resize",
        T("please I want picture with two triangle, one green in left side and one orange in right side, background is black",
          design(O("triangle", "green"), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "right")], background="black"),
          submit(doc(R("g", LEFT, "a green triangle"), R("o", RIGHT, "an orange triangle"), bg="black"))),
        T("the green triangle, you can make more big?",
          design(O("triangle", "green"), O("triangle", "orange"), constraints=[IN(0, "left"), IN(1, "right")], background="black",
                 bigger=[O("triangle", "green")]),
          submit(doc(R("g", BIG_LEFT, "a big green triangle"), R("o", RIGHT, "an orange triangle"), bg="black"))),
        T("is good, thank you very much", kept(), reply="You're welcome!"),
    ))

    # 19: typos
    add(conv(
        "dk-typos", "add",
        T("cna you draw a red sqaure in teh top rigth corner",
          design(O("square", "red"), constraints=[IN(0, "top_right")]),
          submit(doc(R("sq", TR, "a red square")))),
        T("and a bleu circle in the botom left",
          design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
          submit(doc(R("sq", TR, "a red square"), R("ci", BL, "a blue circle")))),
        T("make the cirlce stripey",
          design(O("square", "red", "solid"), O("circle", "blue", "striped"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
          submit(doc(R("sq", TR, "a red square"), R("ci", BL, "a striped blue circle")))),
    ))

    # 20: corrections mid-sentence, what changed
    add(conv(
        "dk-no-wait", "recolour",
        T("Give me a green circle at the top, no wait, at the bottom, and a red triangle above it.",
          design(O("circle", "green"), O("triangle", "red"), constraints=[IN(0, "bottom"), C("above", 1, 0)]),
          submit(doc(R("c", BOTTOM, "a green circle"), R("t", TOP, "a red triangle")))),
        T("make the triangle yellow.. I mean orange",
          design(O("circle", "green"), O("triangle", "orange"), constraints=[IN(0, "bottom"), C("above", 1, 0)]),
          submit(doc(R("c", BOTTOM, "a green circle"), R("t", TOP, "an orange triangle")))),
        T("what's different from the previous one?", kept(), tool("what_changed")),
    ))

    # 21: two steps in one message, show layout
    add(conv(
        "dk-two-steps", "move",
        T("Draw a big blue square on the left and a small red circle on the right.",
          design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]),
          submit(doc(R("sq", BIG_LEFT, "a big blue square"), R("ci", SMALL_RIGHT, "a small red circle")))),
        T("make the circle green, then move it up into the top right corner",
          design(O("square", "blue"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "top_right"), C("larger", 0, 1)]),
          submit(doc(R("sq", BIG_LEFT, "a big blue square"), R("ci", TR, "a small green circle")))),
        T("can you show me the layout you've got now?", kept(), tool("show_layout")),
        T("ok. now give the bigger one stripes",
          design(O("square", "blue", "striped"), O("circle", "green", "solid"), constraints=[IN(0, "left"), IN(1, "top_right"), C("larger", 0, 1)]),
          submit(doc(R("sq", BIG_LEFT, "a big striped blue square"), R("ci", TR, "a small green circle")))),
    ))

    # 22: column, explain, texture
    add(conv(
        "dk-column-critique", "explain",
        T("yellow triangle, purple circle, orange square stacked in a column from top to bottom, gray bg",
          design(O("triangle", "yellow"), O("circle", "purple"), O("square", "orange"), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)],
                 background="gray"),
          submit(doc(R("t", TOP, "a yellow triangle"), R("c", CENTRE, "a purple circle"), R("s", BOTTOM, "an orange square")))),
        T("why did it end up looking like this? what did the critic say about it?", kept(), tool("explain_critique")),
        T("Ok. Make the circle striped then.",
          design(O("triangle", "yellow"), O("circle", "purple", "striped"), O("square", "orange"),
                 constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)], background="gray"),
          submit(doc(R("t", TOP, "a yellow triangle"), R("c", CENTRE, "a striped purple circle"), R("s", BOTTOM, "an orange square")))),
    ))

    # 23: undo then redo
    add(conv(
        "dk-changed-mind", "redo",
        T("one striped red triangle, bottom right",
          design(O("triangle", "red", "striped"), constraints=[IN(0, "bottom_right")]),
          submit(doc(R("t", BR, "a striped red triangle")))),
        T("make it solid",
          design(O("triangle", "red", "solid"), constraints=[IN(0, "bottom_right")]),
          submit(doc(R("t", BR, "a solid red triangle")))),
        T("hmm, undo that", same_as(0), tool("undo")),
        T("no, actually I did like it solid. bring that back", same_as(1), tool("redo")),
    ))

    # 24: variations, pick the last, edit, back to the very first picture
    add(conv(
        "dk-four-versions", "variations",
        T("a green circle and a green square next to each other on white",
          design(O("circle", "green"), O("square", "green"), constraints=[C("row", 0, 1)], background="white"),
          submit(doc(R("c", LEFT, "a green circle"), R("s", RIGHT, "a green square"), bg="white"))),
        T("give me four variations", varied(4), variations(4)),
        T("take the last one", same_as(0), pick(4)),
        T("make the square orange",
          design(O("circle", "green"), O("square", "orange"), constraints=[C("row", 0, 1)], background="white"),
          submit(doc(R("c", LEFT, "a green circle"), R("s", RIGHT, "an orange square"), bg="white"))),
        T("actually I preferred the very first picture, can we go back to that one?", same_as(0, by_round=True), restore(1)),
    ))

    # 25: polite, add a larger one
    add(conv(
        "dk-would-you-mind", "add",
        T("Would you mind drawing a small blue triangle in the bottom left corner, please?",
          design(O("triangle", "blue"), constraints=[IN(0, "bottom_left"), C("small", 0)]),
          submit(doc(R("t", BL, "a small blue triangle")))),
        T("Lovely. Could you also add a large yellow square in the top right corner?",
          design(O("triangle", "blue"), O("square", "yellow"), constraints=[IN(0, "bottom_left"), IN(1, "top_right"), C("larger", 1, 0)]),
          submit(doc(R("t", BL, "a small blue triangle"), R("s", SUN, "a large yellow square")))),
        T("Thank you so much, that's exactly what I needed.", kept(), reply="My pleasure!"),
    ))

    # 26: ambiguous removal: two circles
    add(conv(
        "dk-which-circle-goes", "ambiguous",
        T("two red circles at the top and a blue square at the bottom",
          design(O("circle", "red", count=2), O("square", "blue"), constraints=[IN(0, "top"), IN(1, "top"), IN(2, "bottom")]),
          submit(doc(R("c1", TL, "a red circle"), R("c2", TR, "a red circle"), R("s", BOTTOM, "a blue square")))),
        T("remove the circle", kept(), reply="There are two red circles, the left one and the right one. Which should I remove?"),
        T("the left one",
          design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top"), IN(1, "bottom")]),
          submit(doc(R("c2", TR, "a red circle"), R("s", BOTTOM, "a blue square")))),
    ))

    # 27: ambiguous move: no direction
    add(conv(
        "dk-move-where", "ambiguous",
        T("a purple square in the middle and an orange circle top left",
          design(O("square", "purple"), O("circle", "orange"), constraints=[IN(0, "center"), IN(1, "top_left")]),
          submit(doc(R("s", CENTRE, "a purple square"), R("c", TL, "an orange circle")))),
        T("move the square a bit", kept(), reply="Which way should the square go: up, down, left or right?"),
        T("down, towards the bottom",
          design(O("square", "purple"), O("circle", "orange"), constraints=[IN(0, "bottom"), IN(1, "top_left")]),
          submit(doc(R("s", BOTTOM, "a purple square"), R("c", TL, "an orange circle")))),
    ))

    # 28: ambiguous swap among three
    add(conv(
        "dk-swap-which-two", "ambiguous",
        T("red, yellow and blue triangles in a row, in that order from left to right",
          design(O("triangle", "red"), O("triangle", "yellow"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
          submit(doc(R("r", LEFT, "a red triangle"), R("y", CENTRE, "a yellow triangle"), R("b", RIGHT, "a blue triangle")))),
        T("swap them around", kept(), reply="Which two should trade places, or do you want the whole order reversed?"),
        T("the red and the blue",
          design(O("triangle", "red"), O("triangle", "yellow"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2), C("order_x", 2, 1, 0)]),
          submit(doc(R("r", RIGHT, "a red triangle"), R("y", CENTRE, "a yellow triangle"), R("b", LEFT, "a blue triangle")))),
    ))

    # 29: ambiguous recolour: two triangles
    add(conv(
        "dk-which-triangle", "ambiguous",
        T("two green triangles, one on the left and one on the right, plus a blue circle in the middle",
          design(O("triangle", "green", count=2), O("circle", "blue"), constraints=[C("between_x", 2, 0, 1), IN(2, "center")]),
          submit(doc(R("t1", LEFT, "a green triangle"), R("c", CENTRE, "a blue circle"), R("t2", RIGHT, "a green triangle")))),
        T("colour the triangle orange", kept(), reply="Both triangles are green. Should the left one, the right one or both turn orange?"),
        T("the one on the right",
          design(O("triangle", "green"), O("triangle", "orange"), O("circle", "blue"),
                 constraints=[IN(0, "left"), IN(1, "right"), C("between_x", 2, 0, 1)]),
          submit(doc(R("t1", LEFT, "a green triangle"), R("c", CENTRE, "a blue circle"), R("t2", RIGHT, "an orange triangle")))),
    ))

    # 30: a 2x2 grid, repaint two parts, what changed
    add(conv(
        "dk-grid-touchup", "repaint",
        T("A grid of four squares: red and blue on top, green and yellow underneath.",
          design(O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow"),
                 constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(0, "top"), IN(1, "top"), IN(2, "bottom"), IN(3, "bottom")]),
          submit(doc(R("red", TL, "a red square"), R("blue", TR, "a blue square"), R("green", BL, "a green square"),
                     R("yellow", BR, "a yellow square")))),
        T("the blue and the yellow ones look smudged, can you re-render just those two?", repainted(), repaint("blue", "yellow")),
        T("what's different now?", kept(), tool("what_changed")),
    ))

    # 31: repaint, undo it, then move
    add(conv(
        "dk-undo-repaint", "undo",
        T("orange circle in the top left and a purple triangle in the bottom right",
          design(O("circle", "orange"), O("triangle", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(R("circle", TL, "an orange circle"), R("triangle", BR, "a purple triangle")))),
        T("redraw the triangle", repainted(), repaint("triangle")),
        T("eh, the old one was nicer. undo", same_as(0), tool("undo")),
        T("ok now move the circle to the bottom left",
          design(O("circle", "orange"), O("triangle", "purple"), constraints=[IN(0, "bottom_left"), IN(1, "bottom_right")]),
          submit(doc(R("circle", BL, "an orange circle"), R("triangle", BR, "a purple triangle")))),
    ))

    # 32: variations, none liked, back to round one, change shape
    add(conv(
        "dk-neither", "restore",
        T("a striped yellow square on black, centred",
          design(O("square", "yellow", "striped"), constraints=[IN(0, "center")], background="black"),
          submit(doc(R("s", CENTRE, "a striped yellow square"), bg="black"))),
        T("make me 2 alternatives", varied(2), variations(2)),
        T("hmm neither. back to round one", same_as(0, by_round=True), restore(1)),
        T("then make it a circle instead of a square",
          design(O("circle", "yellow", "striped"), constraints=[IN(0, "center")], absent=[O("square")], background="black"),
          submit(doc(R("s", CENTRE, "a striped yellow circle"), bg="black"))),
    ))

    # 33: chatty logo, swap shapes, background
    add(conv(
        "dk-logo", "change shape",
        T("ok so I'm sketching a logo-ish thing, nothing fancy. I'm thinking a large red circle in the center, and inside it... no, just "
          "below it, a small blue square.",
          design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "center"), C("above", 0, 1), C("larger", 0, 1)]),
          submit(doc(R("mark", LOGO, "a large red circle"), R("base", UNDER_LOGO, "a small blue square")))),
        T("Swap the shapes: a big red square with a small blue circle under it",
          design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "center"), C("above", 0, 1), C("larger", 0, 1)]),
          submit(doc(R("mark", LOGO, "a large red square"), R("base", UNDER_LOGO, "a small blue circle")))),
        T("on white instead of grey",
          design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "center"), C("above", 0, 1), C("larger", 0, 1)],
                 background="white"),
          submit(doc(R("mark", LOGO, "a large red square"), R("base", UNDER_LOGO, "a small blue circle"), bg="white"))),
    ))

    # 34: column to row, undo
    add(conv(
        "dk-column-to-row", "move",
        T("stack three circles vertically in the centre: orange on top, then purple, then green",
          design(O("circle", "orange"), O("circle", "purple"), O("circle", "green"), constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]),
          submit(doc(R("o", TOP, "an orange circle"), R("p", CENTRE, "a purple circle"), R("g", BOTTOM, "a green circle")))),
        T("lay them out horizontally instead, same order going left to right",
          design(O("circle", "orange"), O("circle", "purple"), O("circle", "green"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
          submit(doc(R("o", LEFT, "an orange circle"), R("p", CENTRE, "a purple circle"), R("g", RIGHT, "a green circle")))),
        T("undo that", same_as(0), tool("undo")),
    ))

    # 35: between, then move above both
    add(conv(
        "dk-between-lift", "move",
        T("put a yellow circle between a red square on the left and a blue square on the right",
          design(O("circle", "yellow"), O("square", "red"), O("square", "blue"), constraints=[C("between_x", 0, 1, 2), C("left_of", 1, 2)]),
          submit(doc(R("c", CENTRE, "a yellow circle"), R("r", LEFT, "a red square"), R("b", RIGHT, "a blue square")))),
        T("move the yellow circle up so it sits above both squares",
          design(O("circle", "yellow"), O("square", "red"), O("square", "blue"),
                 constraints=[C("above", 0, 1), C("above", 0, 2), C("left_of", 1, 2)]),
          submit(doc(R("c", TOP, "a yellow circle"), R("r", LEFT, "a red square"), R("b", RIGHT, "a blue square")))),
        T("nice one, cheers", kept(), reply="Cheers!"),
    ))

    # 36: a colour the world lacks: a question back
    add(conv(
        "dk-no-pink", "ambiguous",
        T("a blue circle on the right",
          design(O("circle", "blue"), constraints=[IN(0, "right")]),
          submit(doc(R("c", RIGHT, "a blue circle")))),
        T("can you make it pink?", kept(),
          reply="Pink isn't one of my colours: I have red, green, blue, yellow, purple and orange. Would one of those do?"),
        T("purple then",
          design(O("circle", "purple"), constraints=[IN(0, "right")]),
          submit(doc(R("c", RIGHT, "a purple circle")))),
    ))

    # 37: a question before starting, then a design, then another question
    add(conv(
        "dk-ask-first", "words only",
        T("hey, before we start: can you undo stuff if I mess up?", kept(),
          reply="Yes: I can undo and redo changes, and go back to any earlier round by its number."),
        T("cool. a green triangle top left and an orange square bottom right then",
          design(O("triangle", "green"), O("square", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(R("t", TL, "a green triangle"), R("s", BR, "an orange square")))),
        T("and how many variations can you make at once?", kept(), reply="Between two and six at a time."),
    ))

    # 38: remove one and add another in one message
    add(conv(
        "dk-top-three", "remove",
        T("three squares along the top: purple, orange, green",
          design(O("square", "purple"), O("square", "orange"), O("square", "green"), constraints=[IN(0, "top"), IN(1, "top"), IN(2, "top"),
                                                                                                     C("row", 0, 1, 2)]),
          submit(doc(R("p", TL, "a purple square"), R("o", TOP, "an orange square"), R("g", TR, "a green square")))),
        T("get rid of the orange one and put a red circle in the bottom middle",
          design(O("square", "purple"), O("square", "green"), O("circle", "red"), constraints=[IN(0, "top"), IN(1, "top"), IN(2, "bottom")],
                 absent=[O("square", "orange")]),
          submit(doc(R("p", TL, "a purple square"), R("g", TR, "a green square"), R("c", BOTTOM, "a red circle")))),
        T("ty!", kept(), reply="You're welcome!"),
    ))

    # 39: grow, recolour, undo twice, redo twice
    add(conv(
        "dk-redo-both", "redo",
        T("red triangle in the middle",
          design(O("triangle", "red"), constraints=[IN(0, "center")]),
          submit(doc(R("t", CENTRE, "a red triangle")))),
        T("make it big",
          design(O("triangle", "red"), constraints=[IN(0, "center"), C("big", 0)], bigger=[O("triangle", "red")]),
          submit(doc(R("t", BIG, "a big red triangle")))),
        T("and blue",
          design(O("triangle", "blue"), constraints=[IN(0, "center"), C("big", 0)]),
          submit(doc(R("t", BIG, "a big blue triangle")))),
        T("undo twice", same_as(0), tool("undo"), tool("undo")),
        T("hmm, redo both", same_as(2), tool("redo"), tool("redo")),
    ))

    # 40: a question about backgrounds mid-conversation
    add(conv(
        "dk-corner-suns", "change background",
        T("black background, two yellow circles in the top corners",
          design(O("circle", "yellow", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")], background="black"),
          submit(doc(R("a", TL, "a yellow circle"), R("b", TR, "a yellow circle"), bg="black"))),
        T("what backgrounds can I pick from?", kept(), reply="Plain white, black or gray."),
        T("try gray",
          design(O("circle", "yellow", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")], background="gray"),
          submit(doc(R("a", TL, "a yellow circle"), R("b", TR, "a yellow circle"), bg="gray"))),
    ))

    # 41: start over, then a small one
    add(conv(
        "dk-fresh-start", "start over",
        T("orange square left, purple square right",
          design(O("square", "orange"), O("square", "purple"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("o", LEFT, "an orange square"), R("p", RIGHT, "a purple square")))),
        T("let's start over", cleared(), tool("start_over")),
        T("a green circle in the bottom right, a small one",
          design(O("circle", "green"), constraints=[IN(0, "bottom_right"), C("small", 0)], absent=[O("square")]),
          submit(doc(R("c", BR, "a small green circle")))),
    ))

    # 42: non-native, add, shrink
    add(conv(
        "dk-big-blue-esl", "resize",
        T("I need: one circle blue, big, on center. Background white.",
          design(O("circle", "blue"), constraints=[IN(0, "center"), C("big", 0)], background="white"),
          submit(doc(R("c", BIG, "a big blue circle"), bg="white"))),
        T("Now put little red triangle at top of picture, above the circle.",
          design(O("circle", "blue"), O("triangle", "red"), constraints=[IN(0, "center"), IN(1, "top"), C("above", 1, 0), C("small", 1)],
                 background="white"),
          submit(doc(R("c", BIG, "a big blue circle"), R("t", TOP, "a small red triangle"), bg="white"))),
        T("Triangle more small please",
          design(O("circle", "blue"), O("triangle", "red"), constraints=[IN(0, "center"), IN(1, "top"), C("above", 1, 0)], background="white",
                 smaller=[O("triangle", "red")]),
          submit(doc(R("c", BIG, "a big blue circle"), R("t", TINY_TOP, "a tiny red triangle"), bg="white"))),
    ))

    # 43: repaint, edit, back to the repainted round
    add(conv(
        "dk-repaint-round", "restore",
        T("a striped purple triangle on the left and a striped orange triangle on the right",
          design(O("triangle", "purple", "striped"), O("triangle", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("purple", LEFT, "a striped purple triangle"), R("orange", RIGHT, "a striped orange triangle")))),
        T("repaint the orange one", repainted(), repaint("orange")),
        T("and now make the purple one solid",
          design(O("triangle", "purple", "solid"), O("triangle", "orange", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("purple", LEFT, "a solid purple triangle"), R("orange", RIGHT, "a striped orange triangle")))),
        T("go back to round 2", same_as(1, by_round=True), restore(2)),
    ))

    # 44: a column on the right, show layout, move to the left
    add(conv(
        "dk-right-column", "show layout",
        T("two blue squares, one above the other, over on the right side",
          design(O("square", "blue", count=2), constraints=[C("column", 0, 1), IN(0, "right"), IN(1, "right")]),
          submit(doc(R("upper", TR, "a blue square"), R("lower", BR, "a blue square")))),
        T("where exactly did you put them? show me the boxes", kept(), tool("show_layout")),
        T("move both of them to the left side",
          design(O("square", "blue", count=2), constraints=[C("column", 0, 1), IN(0, "left"), IN(1, "left")]),
          submit(doc(R("upper", TL, "a blue square"), R("lower", BL, "a blue square")))),
    ))

    # 45: all shapes changed and background in one message, then why
    add(conv(
        "dk-all-squares", "change shape",
        T("Draw a red circle top left, a green circle top right, and a blue circle at the bottom in the middle.",
          design(O("circle", "red"), O("circle", "green"), O("circle", "blue"),
                 constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]),
          submit(doc(R("r", TL, "a red circle"), R("g", TR, "a green circle"), R("b", BOTTOM, "a blue circle")))),
        T("first make all of them squares, then make the background black",
          design(O("square", "red"), O("square", "green"), O("square", "blue"),
                 constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")], absent=[O("circle")], background="black"),
          submit(doc(R("r", TL, "a red square"), R("g", TR, "a green square"), R("b", BOTTOM, "a blue square"), bg="black"))),
        T("why does it look like that? what did your checker think of it?", kept(), tool("explain_critique")),
    ))

    # 46: texture on both, then off one
    add(conv(
        "dk-stripes-one-off", "texture",
        T("make an image with an orange triangle to the left of a yellow square",
          design(O("triangle", "orange"), O("square", "yellow"), constraints=[C("left_of", 0, 1)]),
          submit(doc(R("t", LEFT, "an orange triangle"), R("s", RIGHT, "a yellow square")))),
        T("stripes on both please",
          design(O("triangle", "orange", "striped"), O("square", "yellow", "striped"), constraints=[C("left_of", 0, 1)]),
          submit(doc(R("t", LEFT, "a striped orange triangle"), R("s", RIGHT, "a striped yellow square")))),
        T("actually take the stripes off the triangle, keep them on the square",
          design(O("triangle", "orange", "solid"), O("square", "yellow", "striped"), constraints=[C("left_of", 0, 1)]),
          submit(doc(R("t", LEFT, "a solid orange triangle"), R("s", RIGHT, "a striped yellow square")))),
    ))

    # 47: back to round 2 and change something else there, then what changed
    add(conv(
        "dk-branch-round-two", "restore",
        T("a yellow circle on the left",
          design(O("circle", "yellow"), constraints=[IN(0, "left")]),
          submit(doc(R("c", LEFT, "a yellow circle")))),
        T("add a blue triangle on the right",
          design(O("circle", "yellow"), O("triangle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("c", LEFT, "a yellow circle"), R("t", RIGHT, "a blue triangle")))),
        T("make the triangle striped",
          design(O("circle", "yellow"), O("triangle", "blue", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("c", LEFT, "a yellow circle"), R("t", RIGHT, "a striped blue triangle")))),
        T("turn the circle red",
          design(O("circle", "red"), O("triangle", "blue", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("c", LEFT, "a red circle"), R("t", RIGHT, "a striped blue triangle")))),
        T("hmm, take me back to round 2 and make the circle red there instead",
          design(O("circle", "red"), O("triangle", "blue", "solid"), constraints=[IN(0, "left"), IN(1, "right")]),
          restore(2), submit(doc(R("c", LEFT, "a red circle"), R("t", RIGHT, "a blue triangle")))),
        T("what changed compared to before?", kept(), tool("what_changed")),
    ))

    # 48: a big square on the right, then shrink it and add a circle
    add(conv(
        "dk-shrink-and-add", "resize",
        T("big green square on the right half please",
          design(O("square", "green"), constraints=[IN(0, "right"), C("big", 0)]),
          submit(doc(R("s", BIG_RIGHT, "a big green square")))),
        T("hmm too big. shrink it down and put a purple circle to its left",
          design(O("square", "green"), O("circle", "purple"), constraints=[IN(0, "right"), C("left_of", 1, 0)], smaller=[O("square", "green")]),
          submit(doc(R("s", RIGHT, "a green square"), R("c", LEFT, "a purple circle")))),
        T("sweet", kept(), reply="Glad it works!"),
    ))

    return out


DOCKET: list[Conversation] = _docket()


if __name__ == "__main__":
    from .conversations import main
    main(DOCKET, least=(40, 150))
