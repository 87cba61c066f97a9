"""The "quire" set: conversations in the manner of people used to a general AI assistant, held out from the designer.

The users: people who normally talk to a general-purpose chat assistant and bring its habits along. Some write long,
polite, multi-sentence messages that give the context first ("I'm putting together a slide for my team...", "I teach a
class of seven-year-olds...") and put the actual request in the middle or at the end. Some steer with relative nudges
and proportions ("a bit to the left", "nudge it up a little", "twice as big", "half the size", "make it fill most of
the picture", "a little smaller than the other one"). Some point back into the conversation ("the one I asked for
first", "like before but...", "the colour you used for the triangle", "the version with the black background"). Some
correct themselves mid-message ("a red — no, make that blue — circle", "three squares, sorry, two"), pile several
requests into one message ("also", "plus", "oh and", semicolons, bullet-like lines), or type imperative shorthand
("circle red left. square blue right.", "swap.", "2nd."). Some use everyday words ("ball", "box", "sky blue", "lime
green", "grey", "violet", "stripy", "upper left"), ask questions between edits, or only react ("hmm", "nice", "not
quite"). They use the designer's conversational features in their own words: undo and redo, an earlier picture by
number or by description, what changed, why something looks wrong, the layout, N variations and then one of them,
repainting one part, starting over, chit-chat and thanks.

Rules followed: only ``evals/conversations.py`` (the format, the builders and the judge ``check_turn``) and
``evals/paraphrases.py`` (the shapes, colours, textures, sizes, places and constraints the judge understands) were read,
plus the head and tail of ``evals/conversations_folio.py`` for the file layout; not the agent, its tools, the
generator, the tests, the other conversation sets, results or history, and the agent was never run. Every expectation
is stated in the judge's own vocabulary (objects with constraints, absent objects, the background, bigger / smaller,
the same layout as an earlier turn, unchanged, empty, how many renders) and holds only what every reasonable reading of
the request shares: a nudge is asked of an object whose centre lies on the canvas midline, so that any nudge at all
crosses it ("a bit to the left" of a centred square asks only for the left half); "twice as big" and "half the size"
ask only for bigger / smaller; "a little smaller than the other one" asks only that the other be larger. Everyday words
that paraphrases.py does not map ("ball", "box", "sky blue", "lime") are used only where the message itself also names
the shape or colour the world has, so a single reading remains; colours and things the shapes world cannot draw
(pink, teal, brown, a star, a house, a heart, a dog) get a question or a "cannot" back and no render, as do requests
with nothing on the canvas to act on and edits of one object among several that the message does not pick out.

    python -m regiondit.evals.conversations_quire   # counts, then the self-check
"""

from __future__ import annotations

from .conversations import (
    BIG,
    BL,
    BOTTOM,
    BR,
    CENTRE,
    IN,
    LEFT,
    MEDIUM,
    RIGHT,
    TINY_TL,
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

# A few boxes beyond the shared 3x3 cells: nudged cells (centres just off the midlines) and resized ones.
LEFT_OF_CENTRE = (0.30, 0.37, 0.56, 0.63)  # centre (0.43, 0.5): the centre cell nudged left
UP_LEFT_OF_CENTRE = (0.30, 0.30, 0.56, 0.56)  # centre (0.43, 0.43): then nudged up
TOP_NUDGED_RIGHT = (0.44, 0.06, 0.70, 0.32)  # centre (0.57, 0.19)
BOTTOM_NUDGED_LEFT = (0.30, 0.68, 0.56, 0.94)  # centre (0.43, 0.81)
BIG_BR = (0.45, 0.45, 0.97, 0.97)  # area 0.27, centre (0.71, 0.71)
MID_BR = (0.55, 0.55, 0.95, 0.95)  # area 0.16, centre (0.75, 0.75)


def _quire() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # --- long, polite, context-first messages -------------------------------------------------------------------------

    a = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "an orange square"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", RIGHT, "an orange square"))
    add(conv("slide-for-team", "recolour",
             T("Hi! I'm putting together a slide for my team's Monday meeting and I need a very simple graphic to sit next to the "
               "title. Could you draw a blue circle on the left and an orange square on the right? Nothing fancy. Thanks in advance!",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("That works well. One thing though: our brand colour is much closer to purple than to blue, so would you mind "
               "changing the circle to purple? Everything else can stay exactly as it is.",
               design(O("circle", "purple"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("circle", "blue")]), submit(b)),
             T("Perfect, thank you so much for your help!", kept(), reply="You're welcome, good luck with the meeting!")))

    a = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", CENTRE, "a green triangle"), R("triangle_2", RIGHT, "a green triangle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", CENTRE, "a green triangle"), R("triangle_2", RIGHT, "a green triangle"),
            bg="white")
    add(conv("garden-club-header", "background",
             T("Good morning. I write a small newsletter for our neighbourhood garden club and I'd like a header image for it. "
               "I was thinking of three green triangles in a row, a bit like little fir trees. Would that be possible?",
               design(O("triangle", "green", count=3), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("Lovely. Could you put them on a white background instead of the grey one? I think it will print better.",
               design(O("triangle", "green", count=3), constraints=[C("row", 0, 1, 2)], background="white"), submit(b)),
             T("Actually, I've just remembered that our printer struggles with large light areas. Could you undo that "
               "background change, please?", same_as(0), tool("undo")),
             T("Thanks, that's the one I'll use.", kept(), reply="Great, enjoy the newsletter!")))

    a = doc(R("triangle_0", LEFT, "a red triangle"), R("circle_1", CENTRE, "a yellow circle"), R("square_2", RIGHT, "a blue square"))
    b = doc(R("triangle_0", LEFT, "a red triangle"), R("circle_1", CENTRE, "a green circle"), R("square_2", RIGHT, "a blue square"))
    add(conv("school-project-undo-redo", "undo_redo",
             T("I'm helping my daughter with a school project about shapes, and she has very firm opinions. Could you draw a red "
               "triangle, a yellow circle and a blue square, from left to right in that order?",
               design(O("triangle", "red"), O("circle", "yellow"), O("square", "blue"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("She says the circle should be green instead. Would you mind?",
               design(O("triangle", "red"), O("circle", "green"), O("square", "blue"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("circle", "yellow")]), submit(b)),
             T("Hmm, she's changed her mind again. Could you undo that last change?", same_as(0), tool("undo")),
             T("Sorry! Now she wants the green after all. Can you redo it?", same_as(1), tool("redo")),
             T("Thank you for being so patient with us.", kept(), reply="Not at all, it was fun. Good luck with the project!")))

    a = doc(R("circle_0", TOP, "a yellow circle"), R("triangle_1", BOTTOM, "an orange triangle"))
    add(conv("bakery-mockup-variations", "variations",
             T("I'm designing a very simple logo mock-up for a friend who is opening a bakery. Could you put a yellow circle above "
               "an orange triangle? Think of it as a sun rising over a hill.",
               design(O("circle", "yellow"), O("triangle", "orange"), constraints=[C("above", 0, 1)]), submit(a)),
             T("That's a nice start. Could you show me four different versions of it so I can compare them side by side?",
               varied(4), variations(4)),
             T("The third one is my favourite, let's keep that one.", same_as(1), pick(3)),
             T("In that one, the edges of the triangle look slightly rough to me. Could you redraw just the triangle and leave the "
               "sun alone?", repainted(), repaint("triangle_1"))))

    a = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", TOP, "a red square"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("circle_0", CENTRE, "a yellow circle"), R("square_1", TOP, "a red square"), R("triangle_2", BOTTOM, "a blue triangle"),
            R("circle_3", LEFT, "a green circle"), R("circle_4", RIGHT, "a purple circle"))
    add(conv("positions-lesson", "add",
             T("Hi there! I teach a class of seven-year-olds, and tomorrow we're learning about positions: above, below, left and "
               "right. I'd love an image with a yellow circle in the middle, a red square above it and a blue triangle below it. "
               "Could you make that for me?",
               design(O("circle", "yellow"), O("square", "red"), O("triangle", "blue"),
                      constraints=[IN(0, "center"), C("above", 1, 0), C("above", 0, 2)]), submit(a)),
             T("That's great, thank you. For the next slide, could you add a green circle to the left of the yellow one and a "
               "purple circle to the right of it? The children will have to say which is which.",
               design(O("circle", "yellow"), O("square", "red"), O("triangle", "blue"), O("circle", "green"), O("circle", "purple"),
                      constraints=[C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)]), submit(b)),
             T("Could you show me the layout, so I can double-check the positions before class?", kept(), tool("show_layout")),
             T("Thank you so much, this is exactly what I needed.", kept(), reply="Glad it helps. Have a good lesson!")))

    a = doc(R("circle_0", LEFT, "a solid red circle"), R("square_1", CENTRE, "a solid yellow square"),
            R("triangle_2", RIGHT, "a solid blue triangle"), bg="white")
    b = doc(R("circle_0", LEFT, "a solid red circle"), R("square_1", CENTRE, "a solid yellow square"),
            R("triangle_2", (0.66, 0.34, 0.98, 0.66), "a solid blue triangle"), bg="white")
    add(conv("colour-theory-workshop", "resize",
             T("I'm preparing a short workshop on colour theory for complete beginners, and I want a very plain example image. What "
               "I have in mind is a red circle, a yellow square and a blue triangle, arranged from left to right in that order, on a "
               "white background. Please keep it simple: no stripes or patterns of any kind.",
               design(O("circle", "red", "solid"), O("square", "yellow", "solid"), O("triangle", "blue", "solid"),
                      constraints=[C("order_x", 0, 1, 2)], background="white"), submit(a)),
             T("That's close. Could you make the triangle a bit larger than the other two? It's the one I want people to notice.",
               design(O("circle", "red"), O("square", "yellow"), O("triangle", "blue"),
                      constraints=[C("order_x", 0, 1, 2), C("larger", 2, 0), C("larger", 2, 1)], background="white"), submit(b)),
             T("Wonderful. Could you also give me two variations of this, so I can choose?", varied(2), variations(2)),
             T("I'll go with the second one.", same_as(2), pick(2))))

    a = doc(R("square_0", TOP, "a green square"), R("circle_1", BOTTOM, "a red circle"))
    add(conv("worksheet-repaint", "repaint",
             T("Would you please draw a green square at the top and a red circle at the bottom? It's for a worksheet I'm printing "
               "this afternoon.", design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("The circle came out a little wobbly. Could you have another go at just the circle, and leave the square alone?",
               repainted(), repaint("circle_1")),
             T("Much better, thanks!", kept(), reply="Glad it's better!")))

    a = doc(R("circle_0", TL, "a blue circle"), R("square_1", BR, "an orange square"))
    b = doc(R("circle_0", CENTRE, "a blue circle"), R("square_1", BR, "an orange square"))
    add(conv("polite-long-move", "move",
             T("Hello! I hope you're well. I'm making a little placeholder picture for a website I'm building, and the exact "
               "content doesn't matter much. Could you please do a blue circle in the top left corner and an orange square in the "
               "bottom right corner?",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("Thank you. I've been looking at it on the page, and I think it would balance better if the circle sat right in the "
               "middle of the picture instead. The square can stay where it is.",
               design(O("circle", "blue"), O("square", "orange"), constraints=[IN(0, "center"), IN(1, "bottom_right")]), submit(b)),
             T("Could you tell me what you changed, just so I have a note of it?", kept(), tool("what_changed"))))

    # --- relative nudges and proportions ------------------------------------------------------------------------------

    a = doc(R("square_0", CENTRE, "a yellow square"))
    b = doc(R("square_0", LEFT_OF_CENTRE, "a yellow square"))
    c = doc(R("square_0", UP_LEFT_OF_CENTRE, "a yellow square"))
    add(conv("nudge-left-then-up", "move",
             T("square yellow middle", design(O("square", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("a bit to the left", design(O("square", "yellow"), constraints=[IN(0, "left")]), submit(b)),
             T("now nudge it up a little", design(O("square", "yellow"), constraints=[IN(0, "left"), IN(0, "top")]), submit(c)),
             T("hmm", kept(), reply="Would you like me to change anything else, or is it right now?")))

    a = doc(R("circle_0", TOP, "a blue circle"), R("square_1", BOTTOM, "a yellow square"))
    b = doc(R("circle_0", TOP_NUDGED_RIGHT, "a blue circle"), R("square_1", BOTTOM, "a yellow square"))
    c = doc(R("circle_0", TOP_NUDGED_RIGHT, "a blue circle"), R("square_1", BOTTOM_NUDGED_LEFT, "a yellow square"))
    add(conv("nudge-apart", "move",
             T("a blue circle at the top and a yellow square at the bottom, both centred left to right",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[C("column", 0, 1), C("above", 0, 1)]), submit(a)),
             T("nudge the circle a bit to the right",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "right"), IN(0, "top"), C("left_of", 1, 0), IN(1, "bottom")]),
               submit(b)),
             T("and the square a touch to the left",
               design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "right"), IN(1, "left"), C("above", 0, 1)]), submit(c))))

    a = doc(R("circle_0", MEDIUM, "a red circle"))
    b = doc(R("circle_0", BIG, "a red circle"))
    c = doc(R("circle_0", BIG, "a red circle"), R("square_1", (0.02, 0.02, 0.36, 0.36), "a blue square"))
    add(conv("twice-as-big", "resize",
             T("Could I get a red circle in the centre?", design(O("circle", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("twice as big please", design(O("circle", "red"), constraints=[IN(0, "center")], bigger=[O("circle", "red")]), submit(b)),
             T("now put a blue square in the top left corner, about half the size of the circle",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(1, "top_left"), C("larger", 0, 1)]), submit(c))))

    a = doc(R("triangle_0", BR, "a purple triangle"))
    b = doc(R("triangle_0", BIG, "a purple triangle"))
    add(conv("fill-most", "resize",
             T("I'd like a small purple triangle in the bottom right, please.",
               design(O("triangle", "purple"), constraints=[IN(0, "bottom_right"), C("small", 0)]), submit(a)),
             T("Now make it fill most of the picture.",
               design(O("triangle", "purple"), constraints=[C("big", 0)], bigger=[O("triangle", "purple")]), submit(b)),
             T("Why do the edges look a bit fuzzy?", kept(), tool("explain_critique")),
             T("I see. Could you have another go at drawing it?", repainted(), repaint("triangle_0"))))

    a = doc(R("square_0", LEFT, "a green square"), R("square_1", (0.66, 0.35, 0.96, 0.65), "a red square"))
    b = doc(R("square_0", LEFT, "a green square"), R("square_1", (0.71, 0.40, 0.91, 0.60), "a red square"))
    c = doc(R("square_0", (0.02, 0.30, 0.42, 0.70), "a green square"), R("square_1", (0.71, 0.40, 0.91, 0.60), "a red square"))
    add(conv("smaller-than-other", "resize",
             T("two squares side by side, a green one and a red one",
               design(O("square", "green"), O("square", "red"), constraints=[C("row", 0, 1)]), submit(a)),
             T("make the red one a little smaller than the other one",
               design(O("square", "green"), O("square", "red"), constraints=[C("larger", 0, 1)]), submit(b)),
             T("good. and the green one twice as big as it is now",
               design(O("square", "green"), O("square", "red"), constraints=[C("larger", 0, 1)], bigger=[O("square", "green")]), submit(c))))

    a = doc(R("circle_0", BIG, "a green circle"))
    b = doc(R("circle_0", MID_BR, "a green circle"))
    add(conv("half-and-move", "resize",
             T("a huge green circle", design(O("circle", "green"), constraints=[C("big", 0)]), submit(a)),
             T("half the size, and move it down into the bottom right corner",
               design(O("circle", "green"), constraints=[IN(0, "bottom_right")], smaller=[O("circle", "green")]), submit(b)),
             T("perfect, thanks", kept(), reply="You're welcome!")))

    a = doc(R("triangle_0", CENTRE, "an orange triangle"))
    b = doc(R("triangle_0", MEDIUM, "an orange triangle"))
    add(conv("bigger-before-anything", "clarify",
             T("Hello! Could you make it a bit bigger?", kept(),
               reply="There's nothing on the canvas yet. What would you like me to draw first?"),
             T("Oh sorry, wrong window. Let's do an orange triangle in the centre then.",
               design(O("triangle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("Now a bit bigger.", design(O("triangle", "orange"), constraints=[IN(0, "center")], bigger=[O("triangle", "orange")]),
               submit(b))))

    a = doc(R("circle_0", LEFT, "an orange circle"), R("square_1", RIGHT, "a striped purple square"))
    b = doc(R("circle_0", LEFT, "an orange circle"), R("square_1", (0.72, 0.42, 0.9, 0.58), "a striped purple square"))
    add(conv("layout-then-shrink", "inspect",
             T("an orange circle on the left and a stripy purple square on the right",
               design(O("circle", "orange"), O("square", "purple", "striped"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("show me the layout you used", kept(), tool("show_layout")),
             T("could you make the square a bit smaller? it looks too heavy next to the circle",
               design(O("circle", "orange"), O("square", "purple"), constraints=[IN(0, "left"), IN(1, "right")],
                      smaller=[O("square", "purple")]), submit(b)),
             T("why does the circle look a little off?", kept(), tool("explain_critique"))))

    # --- references back to earlier parts of the conversation ------------------------------------------------------

    a = doc(R("triangle_0", TOP, "an orange triangle"), R("square_1", BOTTOM, "a blue square"))
    b = doc(R("triangle_0", TOP, "an orange triangle"), R("square_1", BOTTOM, "a blue square"), R("circle_2", LEFT, "an orange circle"))
    c = doc(R("triangle_0", TOP, "an orange triangle"), R("square_1", BOTTOM, "an orange square"), R("circle_2", LEFT, "an orange circle"))
    add(conv("colour-used-for-triangle", "add",
             T("an orange triangle at the top and a blue square at the bottom",
               design(O("triangle", "orange"), O("square", "blue"), constraints=[C("above", 0, 1)]), submit(a)),
             T("add a circle on the left, in the colour you used for the triangle",
               design(O("triangle", "orange"), O("square", "blue"), O("circle", "orange"), constraints=[C("above", 0, 1), IN(2, "left")]),
               submit(b)),
             T("and make the square the same colour as the circle",
               design(O("triangle", "orange"), O("square", "orange"), O("circle", "orange"), constraints=[C("above", 0, 1), IN(2, "left")],
                      absent=[O("square", "blue")]), submit(c))))

    a = doc(R("circle_0", TOP, "a green circle"), R("square_1", CENTRE, "a yellow square"), R("triangle_2", BOTTOM, "a red triangle"))
    b = doc(R("square_1", CENTRE, "a yellow square"), R("triangle_2", BOTTOM, "a red triangle"))
    add(conv("the-one-asked-first", "remove",
             T("Please draw a green circle. Then a yellow square below it, and a red triangle below that.",
               design(O("circle", "green"), O("square", "yellow"), O("triangle", "red"), constraints=[C("above", 0, 1), C("above", 1, 2)]),
               submit(a)),
             T("remove the one I asked for first",
               design(O("square", "yellow"), O("triangle", "red"), constraints=[C("above", 0, 1)], absent=[O("circle")]), submit(b)),
             T("hmm, I miss it. just undo that", same_as(0), tool("undo")),
             T("what changed?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a red square"))
    b = doc(R("circle_0", LEFT, "a blue circle"), R("square_1", RIGHT, "a red square"), bg="black")
    add(conv("like-before-but", "start_over",
             T("a red circle on the left and a red square on the right",
               design(O("circle", "red"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("start again from scratch please", cleared(), tool("start_over")),
             T("ok: like the picture before, but with the circle blue, and on a black background",
               design(O("circle", "blue"), O("square", "red"), constraints=[IN(0, "left"), IN(1, "right")], background="black",
                      absent=[O("circle", "red")]), submit(b))))

    a = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"), R("circle_2", CENTRE, "a yellow circle"))
    c = doc(R("square_0", LEFT, "a red square"), R("square_1", RIGHT, "a blue square"), R("circle_2", CENTRE, "a red circle"))
    add(conv("same-colour-as-left", "add",
             T("a red square on the left and a blue square on the right",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("put a yellow circle in between them",
               design(O("square", "red"), O("square", "blue"), O("circle", "yellow"), constraints=[C("between_x", 2, 0, 1)]), submit(b)),
             T("make the circle the same colour as the square on the left",
               design(O("square", "red"), O("square", "blue"), O("circle", "red"), constraints=[C("between_x", 2, 0, 1)],
                      absent=[O("circle", "yellow")]), submit(c))))

    a = doc(R("triangle_0", RIGHT, "a purple triangle"))
    b = doc(R("triangle_0", RIGHT, "a purple triangle"), R("circle_1", LEFT, "a purple circle"))
    c = doc(R("triangle_0", RIGHT, "a purple triangle"), R("square_2", LEFT, "a purple square"))
    add(conv("same-colour-reshape", "reshape",
             T("a purple triangle on the right", design(O("triangle", "purple"), constraints=[IN(0, "right")]), submit(a)),
             T("add a circle on the left in the same colour",
               design(O("triangle", "purple"), O("circle", "purple"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("turn the circle into a square",
               design(O("triangle", "purple"), O("square", "purple"), constraints=[IN(0, "right"), IN(1, "left")], absent=[O("circle")]),
               submit(c))))

    a = doc(R("square_0", CENTRE, "a blue square"), bg="black")
    b = doc(R("square_0", CENTRE, "a blue square"), bg="white")
    c = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", LEFT, "a red circle"), bg="white")
    d = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", LEFT, "a red circle"), bg="black")
    add(conv("back-to-black-version", "restore",
             T("a blue square in the middle on a black background",
               design(O("square", "blue"), constraints=[IN(0, "center")], background="black"), submit(a)),
             T("make the background white", design(O("square", "blue"), constraints=[IN(0, "center")], background="white"), submit(b)),
             T("add a red circle on the left",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(1, "left")], background="white"), submit(c)),
             T("hmm, go back to the version with the black background", same_as(0), restore(1)),
             T("and now put the red circle in again, on the left",
               design(O("square", "blue"), O("circle", "red"), constraints=[IN(0, "center"), IN(1, "left")], background="black"), submit(d))))

    a = doc(R("circle_0", TOP, "a red circle"), R("circle_1", CENTRE, "a green circle"), R("circle_2", BOTTOM, "a blue circle"))
    b = doc(R("circle_0", TOP, "a striped red circle"), R("circle_1", CENTRE, "a striped green circle"),
            R("circle_2", BOTTOM, "a striped blue circle"))
    c = doc(R("circle_0", TOP, "a striped red circle"), R("circle_1", CENTRE, "a striped orange circle"),
            R("circle_2", BOTTOM, "a striped blue circle"))
    add(conv("before-the-stripes", "restore",
             T("three circles stacked top to bottom: red, green, blue",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
               submit(a)),
             T("make them all striped",
               design(O("circle", "red", "striped"), O("circle", "green", "striped"), O("circle", "blue", "striped"),
                      constraints=[C("order_y", 0, 1, 2)]), submit(b)),
             T("make the green one orange",
               design(O("circle", "red"), O("circle", "orange"), O("circle", "blue"), constraints=[C("order_y", 0, 1, 2)],
                      absent=[O("circle", "green")]), submit(c)),
             T("I liked it better before the stripes. go back to that one", same_as(0), restore(1))))

    a = doc(R("circle_0", TL, "a purple circle"))
    b = doc(R("circle_0", BR, "a purple circle"))
    c = doc(R("circle_0", BR, "a yellow circle"))
    add(conv("bring-back-picture-two", "restore",
             T("a purple circle top left", design(O("circle", "purple"), constraints=[IN(0, "top_left")]), submit(a)),
             T("move it to the bottom right", design(O("circle", "purple"), constraints=[IN(0, "bottom_right")]), submit(b)),
             T("make it yellow", design(O("circle", "yellow"), constraints=[IN(0, "bottom_right")], absent=[O("circle", "purple")]), submit(c)),
             T("can you bring back picture 2?", same_as(1, by_round=True), restore(2)),
             T("show me the layout", kept(), tool("show_layout"))))

    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("square_0", CENTRE, "a red square"), R("circle_1", TOP, "a green circle"))
    c = doc(R("square_0", CENTRE, "a red square"), R("circle_1", TOP, "a green circle"), R("triangle_2", BOTTOM, "a blue triangle"))
    add(conv("image-one-then-undo", "restore",
             T("a red square in the middle", design(O("square", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("add a green circle at the top",
               design(O("square", "red"), O("circle", "green"), constraints=[IN(1, "top"), C("above", 1, 0)]), submit(b)),
             T("plus a blue triangle at the bottom",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"), constraints=[C("order_y", 1, 0, 2)]), submit(c)),
             T("take me back to image 1", same_as(0, by_round=True), restore(1)),
             T("what changed?", kept(), tool("what_changed")),
             T("undo that please", same_as(2), tool("undo"))))

    # --- self-corrections -------------------------------------------------------------------------------------------

    a = doc(R("circle_0", TL, "a blue circle"))
    b = doc(R("circle_0", TL, "a blue circle"), R("square_1", (0.2, 0.7, 0.4, 0.9), "a yellow square"),
            R("square_2", (0.6, 0.7, 0.8, 0.9), "a yellow square"))
    c = doc(R("circle_0", TL, "a blue circle"), R("square_1", (0.2, 0.7, 0.4, 0.9), "a purple square"),
            R("square_2", (0.6, 0.7, 0.8, 0.9), "a yellow square"))
    add(conv("correct-colour-and-count", "add",
             T("a red — no, make that blue — circle in the top left",
               design(O("circle", "blue"), constraints=[IN(0, "top_left")], absent=[O("circle", "red")]), submit(a)),
             T("now three yellow squares along the bottom, sorry, two",
               design(O("circle", "blue"), O("square", "yellow", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom"), IN(2, "bottom")]),
               submit(b)),
             T("make the one on the right — I mean the left one — purple",
               design(O("circle", "blue"), O("square", "purple"), O("square", "yellow"),
                      constraints=[C("left_of", 1, 2), IN(1, "bottom"), IN(2, "bottom")]), submit(c))))

    a = doc(R("square_0", TL, "a purple square"), R("square_1", BL, "a purple square"))
    b = doc(R("square_0", TL, "a purple square"), R("square_1", BL, "a purple square"), R("circle_2", RIGHT, "an orange circle"))
    add(conv("correct-count-and-place", "add",
             T("draw three squares, sorry, two squares, both purple, one on top of the other",
               design(O("square", "purple", count=2), constraints=[C("column", 0, 1)]), submit(a)),
             T("and between them... no wait, to the right of them, an orange circle",
               design(O("square", "purple", count=2), O("circle", "orange"), constraints=[C("left_of", 0, 2), C("left_of", 1, 2)]), submit(b)),
             T("nice", kept(), reply="Glad you like it!")))

    a = doc(R("triangle_0", BOTTOM, "a green triangle"), R("circle_1", CENTRE, "a red circle"))
    b = doc(R("triangle_0", BOTTOM, "a green triangle"), R("circle_1", CENTRE, "a purple circle"))
    add(conv("correct-place-and-colour", "recolour",
             T("a green triangle at the top — no, at the bottom — and a red circle above it",
               design(O("triangle", "green"), O("circle", "red"), constraints=[IN(0, "bottom"), C("above", 1, 0)]), submit(a)),
             T("make the circle blue, or actually, purple",
               design(O("triangle", "green"), O("circle", "purple"), constraints=[IN(0, "bottom"), C("above", 1, 0)],
                      absent=[O("circle", "red"), O("circle", "blue")]), submit(b)),
             T("what did you change just now?", kept(), tool("what_changed"))))

    # --- several requests in one message --------------------------------------------------------------------------------

    a = doc(R("square_0", TL, "a red square"), R("circle_1", TR, "a green circle"), R("triangle_2", BOTTOM, "a blue triangle"))
    b = doc(R("circle_1", TR, "a yellow circle"), R("triangle_2", LEFT, "a blue triangle"))
    add(conv("bullet-lines", "mixed",
             T("Please make:\n- a red square top left\n- a green circle top right\n- a blue triangle at the bottom",
               design(O("square", "red"), O("circle", "green"), O("triangle", "blue"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]), submit(a)),
             T("ok, a few changes:\n- the circle should be yellow\n- the triangle moves over to the left\n- and drop the square",
               design(O("circle", "yellow"), O("triangle", "blue"), constraints=[IN(0, "top_right"), IN(1, "left")],
                      absent=[O("square"), O("circle", "green")]), submit(b)),
             T("what changed?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", CENTRE, "a green circle"))
    b = doc(R("circle_0", MEDIUM, "a striped green circle"), R("square_1", TR, "a purple square"), bg="white")
    add(conv("also-plus-oh-and", "mixed",
             T("a green circle in the middle", design(O("circle", "green"), constraints=[IN(0, "center")]), submit(a)),
             T("make it bigger, also stripy, plus put a purple square in the top right corner, oh and a white background",
               design(O("circle", "green", "striped"), O("square", "purple"), constraints=[IN(1, "top_right")], background="white",
                      bigger=[O("circle", "green")]), submit(b)),
             T("thanks! that's exactly it", kept(), reply="Great, glad it's what you wanted!")))

    a = doc(R("square_0", TL, "a blue square"), R("square_1", TR, "a yellow square"), R("circle_2", CENTRE, "a red circle"))
    b = doc(R("square_0", TL, "a striped blue square"), R("circle_2", CENTRE, "a green circle"))
    add(conv("semicolon-edits", "undo_redo",
             T("blue square top left; yellow square top right; red circle centre",
               design(O("square", "blue"), O("square", "yellow"), O("circle", "red"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "center")]), submit(a)),
             T("recolour the circle green; put stripes on the blue square; delete the yellow one",
               design(O("square", "blue", "striped"), O("circle", "green"), constraints=[IN(0, "top_left"), IN(1, "center")],
                      absent=[O("square", "yellow"), O("circle", "red")]), submit(b)),
             T("go back one step", same_as(0), tool("undo")),
             T("no, redo", same_as(1), tool("redo"))))

    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("circle_1", RIGHT, "an orange circle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("circle_1", RIGHT, "an orange circle"))
    c = doc(R("triangle_0", LEFT, "a green triangle"), R("circle_1", TR, "an orange circle"))
    add(conv("edit-with-question", "mixed",
             T("a blue triangle on the left and an orange circle on the right",
               design(O("triangle", "blue"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("make the triangle green — and by the way, can you do gradients?",
               design(O("triangle", "green"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("triangle", "blue")]), submit(b),
               reply="Done, the triangle is green. No gradients, I'm afraid: shapes are solid or striped."),
             T("ok, no gradients then. move the circle up to the top",
               design(O("triangle", "green"), O("circle", "orange"), constraints=[IN(0, "left"), IN(1, "top")]), submit(c))))

    # --- imperative shorthand ---------------------------------------------------------------------------------------

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", RIGHT, "a red circle"), R("square_1", LEFT, "a blue square"))
    c = doc(R("circle_0", (0.6, 0.3, 0.98, 0.7), "a red circle"), R("square_1", LEFT, "a blue square"))
    add(conv("shorthand-swap-undo", "swap",
             T("circle red left. square blue right.",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("swap.", design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "right"), IN(1, "left")]), submit(b)),
             T("circle bigger.",
               design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "right"), IN(1, "left")], bigger=[O("circle", "red")]),
               submit(c)),
             T("undo. undo.", same_as(0), tool("undo"), tool("undo"))))

    a = doc(R("triangle_0", TOP, "a yellow triangle"), bg="black")
    b = doc(R("triangle_0", TOP, "a striped yellow triangle"), bg="black")
    add(conv("shorthand-variations", "variations",
             T("triangle yellow top. black bg.", design(O("triangle", "yellow"), constraints=[IN(0, "top")], background="black"), submit(a)),
             T("stripes.", design(O("triangle", "yellow", "striped"), constraints=[IN(0, "top")], background="black"), submit(b)),
             T("3 variations.", varied(3), variations(3)),
             T("2nd.", same_as(2), pick(2))))

    a = doc(R("circle_0", RIGHT, "a blue circle"), R("triangle_1", LEFT, "an orange triangle"))
    add(conv("shorthand-repaint-all", "repaint",
             T("circle blue right. triangle orange left.",
               design(O("circle", "blue"), O("triangle", "orange"), constraints=[IN(0, "right"), IN(1, "left")]), submit(a)),
             T("redraw whole thing. same layout.", repainted(), repaint("circle_0", "triangle_1")),
             T("layout?", kept(), tool("show_layout"))))

    a = doc(R("square_0", BOTTOM, "a green square"), R("circle_1", TOP, "a blue circle"))
    b = doc(R("square_0", BOTTOM, "a green square"), R("circle_1", TOP, "a purple circle"))
    add(conv("shorthand-pick-edit-undo", "variations",
             T("green square bottom, blue circle top",
               design(O("square", "green"), O("circle", "blue"), constraints=[IN(0, "bottom"), IN(1, "top")]), submit(a)),
             T("2 variations pls", varied(2), variations(2)),
             T("first one", same_as(1), pick(1)),
             T("circle purple now", design(O("square", "green"), O("circle", "purple"), constraints=[C("above", 1, 0)],
                                           absent=[O("circle", "blue")]), submit(b)),
             T("nah. undo", same_as(2), tool("undo"))))

    # --- everyday words: synonyms the world has, and things it does not -----------------------------------------------

    a = doc(R("square_0", TL, "a purple square"), bg="gray")
    b = doc(R("square_0", TL, "a purple square"), R("triangle_1", BR, "a striped orange triangle"), bg="gray")
    c = doc(R("square_0", TL, "a purple square"), R("triangle_1", BR, "a solid orange triangle"), bg="gray")
    add(conv("violet-grey-stripy", "texture",
             T("a violet square in the upper left, on grey", design(O("square", "purple"), constraints=[IN(0, "top_left")], background="gray"),
               submit(a)),
             T("add a stripy orange triangle in the lower right",
               design(O("square", "purple"), O("triangle", "orange", "striped"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      background="gray"), submit(b)),
             T("hmm, plain, no stripes on it please",
               design(O("square", "purple"), O("triangle", "orange", "solid"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      background="gray"), submit(c))))

    a = doc(R("circle_0", BL, "a blue circle"))
    b = doc(R("circle_0", BL, "a blue circle"), R("square_1", BOTTOM, "a green square"))
    add(conv("ball-and-box", "add",
             T("could you draw a ball, a plain circle really, in sky blue (or regular blue if that's all you have) in the bottom left?",
               design(O("circle", "blue"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("and a box right next to it, I mean a square, lime green or just green",
               design(O("circle", "blue"), O("square", "green"), constraints=[IN(0, "bottom_left"), C("row", 0, 1)]), submit(b)),
             T("nice", kept(), reply="Thanks! Anything else you'd like to add?")))

    a = doc(R("circle_0", CENTRE, "a purple circle"))
    b = doc(R("circle_0", CENTRE, "a purple circle"), R("square_1", RIGHT, "a green square"))
    add(conv("pink-then-teal", "unsupported",
             T("a pink circle in the middle please", kept(),
               reply="I can only paint red, green, blue, yellow, purple or orange. Which of those would you like for the circle?"),
             T("oh, purple then", design(O("circle", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("and add a teal square next to it", kept(),
               reply="Teal isn't one of my colours. Would green or blue work for the square?"),
             T("green is fine", design(O("circle", "purple"), O("square", "green"), constraints=[C("row", 0, 1)]), submit(b))))

    a = doc(R("circle_0", TR, "a yellow circle"))
    b = doc(R("circle_0", TR, "a yellow circle"), R("square_1", BOTTOM, "a red square"), R("triangle_2", (0.37, 0.42, 0.63, 0.66), "a blue triangle"))
    add(conv("star-and-house", "unsupported",
             T("a yellow star in the top right corner, like a little sun", kept(),
               reply="I can only draw circles, squares and triangles. Would a yellow circle in the top right work as the sun?"),
             T("yes, a yellow circle is fine", design(O("circle", "yellow"), constraints=[IN(0, "top_right")]), submit(a)),
             T("now add a house at the bottom", kept(),
               reply="I can't draw a house, but a square with a triangle on top could stand in for one. Shall I do that, and in which colours?"),
             T("sure: a red square at the bottom with a blue triangle right on top of it",
               design(O("circle", "yellow"), O("square", "red"), O("triangle", "blue"),
                      constraints=[IN(0, "top_right"), IN(1, "bottom"), C("above", 2, 1)]), submit(b))))

    a = doc(R("square_0", CENTRE, "a red square"))
    b = doc(R("circle_1", CENTRE, "a red circle"))
    add(conv("heart-for-valentine", "unsupported",
             T("a red square in the centre, please", design(O("square", "red"), constraints=[IN(0, "center")]), submit(a)),
             T("could you turn it into a heart? it's for a valentine's card", kept(),
               reply="I can't draw hearts, only circles, squares and triangles. Would a red circle do instead?"),
             T("ok, a circle then", design(O("circle", "red"), constraints=[IN(0, "center")], absent=[O("square")]), submit(b))))

    add(conv("chat-only", "no_render",
             T("hey, are you the drawing assistant?", kept(), reply="I am! I draw simple pictures of circles, squares and triangles."),
             T("what kinds of things can you make exactly?", kept(),
               reply="Circles, squares and triangles in red, green, blue, yellow, purple or orange, solid or striped, on a gray, "
                     "white or black background, placed wherever you like."),
             T("can you do a brown dog?", kept(),
               reply="Not a dog, and brown isn't one of my colours either. Would you like a picture made of shapes instead?"),
             T("ok, maybe another time. thanks!", kept(), reply="Any time, see you!")))

    # --- clarifying questions: nothing to act on, or an object not picked out --------------------------------------

    a = doc(R("square_0", TOP, "a blue square"), R("square_1", BOTTOM, "a green square"), R("circle_2", RIGHT, "a red circle"))
    b = doc(R("square_0", (0.33, 0.02, 0.65, 0.40), "a blue square"), R("square_1", BOTTOM, "a green square"), R("circle_2", RIGHT, "a red circle"))
    add(conv("which-square-bigger", "clarify",
             T("two squares, a blue one at the top and a green one at the bottom, plus a red circle on the right",
               design(O("square", "blue"), O("square", "green"), O("circle", "red"), constraints=[C("above", 0, 1), IN(2, "right")]),
               submit(a)),
             T("make the square bigger", kept(), reply="Which square, the blue one at the top or the green one at the bottom?"),
             T("the top one",
               design(O("square", "blue"), O("square", "green"), O("circle", "red"), constraints=[C("above", 0, 1), IN(2, "right")],
                      bigger=[O("square", "blue")]), submit(b))))

    a = doc(R("circle_0", TL, "a green circle"), R("circle_1", BR, "an orange circle"))
    b = doc(R("circle_0", TL, "a green circle"), R("circle_1", CENTRE, "an orange circle"))
    add(conv("which-circle-move", "clarify",
             T("Could you do two circles for me? A green one in the top left and an orange one in the bottom right.",
               design(O("circle", "green"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("Thanks. Now could you move the circle to the middle?", kept(),
               reply="Which circle should go to the middle, the green one or the orange one?"),
             T("the orange one",
               design(O("circle", "green"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "center")]), submit(b))))

    a = doc(R("triangle_0", TL, "a red triangle"), R("square_1", TR, "a blue square"), R("circle_2", BOTTOM, "a yellow circle"))
    b = doc(R("triangle_0", TL, "a red triangle"), R("square_1", TR, "a green square"), R("circle_2", BOTTOM, "a yellow circle"))
    add(conv("the-other-one", "clarify",
             T("a red triangle top left, a blue square top right and a yellow circle at the bottom",
               design(O("triangle", "red"), O("square", "blue"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]), submit(a)),
             T("keep the triangle, but make the other one green", kept(),
               reply="There are two others: should the square or the circle become green, or both?"),
             T("just the square",
               design(O("triangle", "red"), O("square", "green"), O("circle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")], absent=[O("square", "blue")]), submit(b))))

    a = doc(R("square_0", RIGHT, "a striped blue square"))
    b = doc(R("square_0", LEFT, "a solid blue square"))
    add(conv("not-quite", "clarify",
             T("a striped blue square on the right side", design(O("square", "blue", "striped"), constraints=[IN(0, "right")]), submit(a)),
             T("not quite", kept(), reply="What should be different: the colour, the stripes, the size or the place?"),
             T("the stripes should go, and it should be on the left",
               design(O("square", "blue", "solid"), constraints=[IN(0, "left")]), submit(b))))

    a = doc(R("circle_0", BL, "an orange circle"), R("square_1", TR, "a purple square"))
    b = doc(R("circle_0", (0.04, 0.54, 0.42, 0.92), "an orange circle"), R("square_1", (0.58, 0.08, 0.96, 0.46), "a purple square"))
    add(conv("hmm-then-both-bigger", "clarify",
             T("Could you draw an orange circle in the lower left and a purple square in the upper right?",
               design(O("circle", "orange"), O("square", "purple"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")]), submit(a)),
             T("hmm", kept(), reply="Is something off? Tell me what you'd like changed."),
             T("no, it's fine, I was just thinking. could you make them both bigger?",
               design(O("circle", "orange"), O("square", "purple"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")],
                      bigger=[O("circle", "orange"), O("square", "purple")]), submit(b))))

    a = doc(R("triangle_0", CENTRE, "a purple triangle"))
    b = doc(R("triangle_0", CENTRE, "a green triangle"))
    add(conv("make-it-different", "clarify",
             T("a purple triangle in the middle", design(O("triangle", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("make it different", kept(), reply="Different how: another colour, stripes, a new size, or a new place?"),
             T("different colour. green, please",
               design(O("triangle", "green"), constraints=[IN(0, "center")], absent=[O("triangle", "purple")]), submit(b))))

    a = doc(R("circle_0", LEFT, "a yellow circle"), R("square_1", RIGHT, "a blue square"))
    b = doc(R("circle_0", LEFT, "a yellow circle"), R("square_1", RIGHT, "a blue square"), R("triangle_2", BOTTOM, "a red triangle"))
    add(conv("add-one-before-design", "clarify",
             T("Morning! Please add one more next to the others.", kept(),
               reply="The canvas is still empty, so there's nothing to add it next to yet. What would you like me to draw?"),
             T("Ah, right. A yellow circle on the left and a blue square on the right, then.",
               design(O("circle", "yellow"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("and add one more", kept(), reply="One more of which: a circle, a square, or a triangle? And in which colour and where?"),
             T("a red triangle at the bottom",
               design(O("circle", "yellow"), O("square", "blue"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right"), IN(2, "bottom")]),
               submit(b))))

    # --- edits of every kind, with questions between them ----------------------------------------------------------

    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("circle_1", RIGHT, "a yellow circle"))
    b = doc(R("triangle_0", RIGHT, "a blue triangle"), R("circle_1", LEFT, "a yellow circle"))
    c = doc(R("triangle_0", RIGHT, "a yellow triangle"), R("circle_1", LEFT, "a blue circle"))
    add(conv("swap-places-then-colours", "swap",
             T("a blue triangle on the left, a yellow circle on the right",
               design(O("triangle", "blue"), O("circle", "yellow"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("Could you swap the two of them round?", design(O("triangle", "blue"), O("circle", "yellow"), constraints=[C("left_of", 1, 0)]),
               submit(b)),
             T("and now swap their colours too, keeping them where they are",
               design(O("triangle", "yellow"), O("circle", "blue"), constraints=[C("left_of", 1, 0)],
                      absent=[O("triangle", "blue"), O("circle", "yellow")]), submit(c))))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("square_2", BL, "a green square"),
            R("triangle_3", BR, "a green triangle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a blue circle"), R("triangle_3", BR, "a green triangle"))
    add(conv("remove-green-things", "remove",
             T("four shapes: red circle top left, blue circle top right, green square bottom left, green triangle bottom right",
               design(O("circle", "red"), O("circle", "blue"), O("square", "green"), O("triangle", "green"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right")]), submit(a)),
             T("remove both green things",
               design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "top_left"), IN(1, "top_right")],
                      absent=[O("square"), O("triangle")]), submit(b)),
             T("too much, undo", same_as(0), tool("undo")),
             T("just take away the square",
               design(O("circle", "red"), O("circle", "blue"), O("triangle", "green"),
                      constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_right")], absent=[O("square")]), submit(c))))

    a = doc(R("square_0", BL, "a yellow square"))
    b = doc(R("square_0", BL, "a striped yellow square"))
    c = doc(R("square_0", BL, "a striped purple square"))
    add(conv("stripes-question-recolour", "texture",
             T("a yellow square in the bottom left", design(O("square", "yellow"), constraints=[IN(0, "bottom_left")]), submit(a)),
             T("can you do stripes? if so, put stripes on it",
               design(O("square", "yellow", "striped"), constraints=[IN(0, "bottom_left")]), submit(b)),
             T("and which colours do you have?", kept(), reply="Red, green, blue, yellow, purple and orange."),
             T("ok then make it purple",
               design(O("square", "purple"), constraints=[IN(0, "bottom_left")], absent=[O("square", "yellow")]), submit(c))))

    a = doc(R("square_0", CENTRE, "an orange square"), bg="black")
    b = doc(R("square_0", TR, "an orange square"), bg="white")
    c = doc(R("square_0", TR, "an orange square"), bg="gray")
    add(conv("background-three-ways", "background",
             T("an orange square on black", design(O("square", "orange"), background="black"), submit(a)),
             T("white background instead, and move the square into the top right",
               design(O("square", "orange"), constraints=[IN(0, "top_right")], background="white"), submit(b)),
             T("hmm, try a grey background", design(O("square", "orange"), constraints=[IN(0, "top_right")], background="gray"), submit(c)),
             T("better. thank you", kept(), reply="You're welcome!")))

    a = doc(R("triangle_0", TL, "a blue triangle"), R("triangle_1", TR, "a blue triangle"), R("triangle_2", BL, "a blue triangle"),
            R("triangle_3", BR, "a blue triangle"))
    b = doc(R("triangle_0", TL, "a red triangle"), R("triangle_1", TR, "a blue triangle"), R("triangle_2", BL, "a blue triangle"),
            R("triangle_3", BR, "a blue triangle"))
    add(conv("grid-one-red", "recolour",
             T("four triangles in a 2x2 grid, all blue", design(O("triangle", "blue", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]),
               submit(a)),
             T("make the top left one red",
               design(O("triangle", "red"), O("triangle", "blue", count=3), constraints=[IN(0, "top_left"), C("grid", 0, 1, 2, 3, arg="2x2")]),
               submit(b)),
             T("what changed?", kept(), tool("what_changed"))))

    a = doc(R("triangle_0", TINY_TL, "a green triangle"), R("square_1", BIG_BR, "a red square"))
    add(conv("why-triangle-wrong", "inspect",
             T("a small green triangle in the top left and a big red square in the bottom right",
               design(O("triangle", "green"), O("square", "red"),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), C("small", 0), C("big", 1)]), submit(a)),
             T("why does the triangle look wrong?", kept(), tool("explain_critique")),
             T("ok, try the triangle again", repainted(), repaint("triangle_0")),
             T("better. what's different from before?", kept(), tool("what_changed"))))

    # --- starting over -----------------------------------------------------------------------------------------------

    a = doc(R("square_0", TL, "a red square"), R("square_1", TR, "a green square"), R("square_2", BL, "a blue square"),
            R("square_3", BR, "a yellow square"))
    b = doc(R("circle_0", LEFT, "a purple circle"), R("circle_1", CENTRE, "an orange circle"), R("circle_2", RIGHT, "a green circle"))
    add(conv("teamwork-start-over", "start_over",
             T("For a presentation on teamwork, I'd like four squares in a 2x2 grid, each in a different colour: red, green, blue and "
               "yellow. Could you do that?",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), O("square", "yellow"),
                      constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("Hmm, I don't think that's going to work for this audience. Could we throw it away and start over?", cleared(),
               tool("start_over")),
             T("What would you suggest for a teamwork theme?", cleared(),
               reply="Perhaps a few circles side by side in different colours, like people standing together. Want me to try that?"),
             T("Yes, let's try three circles in a row: purple, orange and green.",
               design(O("circle", "purple"), O("circle", "orange"), O("circle", "green"), constraints=[C("row", 0, 1, 2)],
                      absent=[O("square")]), submit(b))))

    a = doc(R("triangle_0", LEFT, "a yellow triangle"), R("triangle_1", RIGHT, "a yellow triangle"), bg="black")
    b = doc(R("square_0", TR, "a red square"))
    add(conv("clear-and-check", "start_over",
             T("two yellow triangles on a black background", design(O("triangle", "yellow", count=2), background="black"), submit(a)),
             T("clear the canvas", cleared(), tool("start_over")),
             T("is it empty now?", cleared(), reply="Yes, the canvas is empty. What should I draw?"),
             T("great. one small red square, top right",
               design(O("square", "red"), constraints=[IN(0, "top_right"), C("small", 0)], absent=[O("triangle")]), submit(b))))

    return out


QUIRE: list[Conversation] = _quire()


if __name__ == "__main__":
    main(QUIRE)
