"""The "folio" set: conversations of everyday people designing small pictures for a purpose, held out from the designer.

The users: people making a birthday card, a bakery logo, a game sprite, a poster, a sticker or a blog header, who type
the way people type in a chat box: typos and misspellings (about one message in six: "cirle", "squre", "trangle",
"purpel", "yelow", "bleu", "midle", "rigth"), missing spaces and capitals, run-on sentences, British and American
spellings side by side ("colour"/"color", "centre"/"center", "grey"/"gray"), polite hedges, thanks and chit-chat. They
count and point with quantifiers and ordinals ("a couple of", "a pair of", "three of them", "the second square from the
left", "the last one", "the first square I added"), with exclusions and groups ("everything except the red one", "all
the circles", "both squares", "the rest", "all of them but the triangle"), and they ask for the designer's conversational
features in their own words: undo ("go back", "revert", "put it back"), redo, an earlier picture by number or by
description, what changed, why something looks wrong, the layout, N variations and then one picked by number or by its
place in the list, starting over; sometimes a question and a request come in one message.

Rules followed: only ``evals/conversations.py`` (the format, the builders and the judge ``check_turn``) and
``evals/paraphrases.py`` (the shapes, colours, textures, sizes, places and constraints the judge understands) were read;
not the agent, its tools, the generator, the tests, the other conversation sets, results or history, and the agent was
never run. Every expectation is stated in the judge's own vocabulary: objects with constraints, absent objects, the
background, bigger / smaller, the same layout as an earlier turn, unchanged, empty, and how many renders. Where a
request is genuinely ambiguous the expectation holds only what every reasonable reading shares (e.g. "move the circle to
the top" asks only for the top half), and where nothing is shared (no object named among several, nothing on the canvas
yet, "jazz it up") the designer is expected to ask rather than render.

    python -m regiondit.evals.conversations_folio   # counts, then the self-check
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

BIG_RIGHT = (0.54, 0.2, 0.96, 0.8)  # area 0.25, centre x 0.75
TINY_TR = (0.78, 0.1, 0.9, 0.22)
CAKE = (0.25, 0.45, 0.75, 0.95)  # area 0.25, lower half


def _folio() -> list[Conversation]:
    out: list[Conversation] = []
    add = out.append

    # --- purposes, quantifiers, ordinals --------------------------------------------------------------------------------

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a red circle"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a yellow circle"))
    c = doc(R("circle_0", TL, "a red circle"), R("circle_1", TR, "a yellow circle"), R("triangle_2", CAKE, "a purple triangle"))
    add(conv("birthday-balloons", "count",
             T("hi! its for my kid's birthday card - can you do a couple of red circles at the top, like balloons",
               design(O("circle", "red", count=2), constraints=[C("in", 0, 1, arg="top")]), submit(a)),
             T("make one of them yelow and leave the other one red",
               design(O("circle", "red"), O("circle", "yellow"), constraints=[C("in", 0, 1, arg="top")]), submit(b)),
             T("and a big purple triangle underneath them for the cake?",
               design(O("circle", "red"), O("circle", "yellow"), O("triangle", "purple"),
                      constraints=[C("above", 0, 2), C("above", 1, 2), C("big", 2)]), submit(c)),
             T("thanks!! thats perfect", kept(), reply="Glad you like it! Happy birthday to your kid.")))

    a = doc(R("circle_0", BIG, "an orange circle"), bg="white")
    b = doc(R("circle_0", BIG, "an orange circle"), R("square_1", SMALL, "a yellow square"), bg="white")
    c = doc(R("circle_0", BIG, "an orange circle"), R("square_1", SMALL, "a yellow square"), bg="black")
    add(conv("bakery-logo", "background",
             T("I need a logo for my bakery. One big orange circle in the centre on a white background please",
               design(O("circle", "orange"), constraints=[IN(0, "center"), C("big", 0)], background="white"), submit(a)),
             T("could you put a small yellow sqaure right in the midle of it",
               design(O("circle", "orange"), O("square", "yellow"),
                      constraints=[IN(0, "center"), IN(1, "center"), C("small", 1), C("larger", 0, 1)], background="white"), submit(b)),
             T("Hmm, actually the background should be black",
               design(O("circle", "orange"), O("square", "yellow"), constraints=[C("larger", 0, 1)], background="black"), submit(c)),
             T("no no go back, white was better", same_as(1), tool("undo"))))

    a = doc(R("square_0", LEFT, "a blue square"), R("square_1", CENTRE, "a blue square"), R("square_2", RIGHT, "a blue square"))
    b = doc(R("square_0", LEFT, "a blue square"), R("square_1", CENTRE, "a green square"), R("square_2", RIGHT, "a blue square"))
    c = doc(R("square_0", LEFT, "a blue square"), R("square_1", CENTRE, "a green square"), R("square_2", RIGHT, "a red square"))
    add(conv("sprite-second-from-left", "ordinal",
             T("for a game sprite sheet: three blue squares in a row",
               design(O("square", "blue", count=3), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("make the second square from the left green",
               design(O("square", "green"), O("square", "blue", count=2), constraints=[C("row", 0, 1, 2), C("between_x", 0, 1, 2)]),
               submit(b)),
             T("now the last one red",
               design(O("square", "blue"), O("square", "green"), O("square", "red"), constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
               submit(c)),
             T("what did you change just now?", kept(), tool("what_changed"))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a green square"), R("triangle_2", RIGHT, "a yellow triangle"))
    b = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a purple square"), R("triangle_2", RIGHT, "a purple triangle"))
    c = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a striped green square"),
            R("triangle_2", RIGHT, "a striped yellow triangle"))
    add(conv("poster-except-red", "group",
             T("Poster for the school fair: a red circle, a green square and a yellow triangle, left to right",
               design(O("circle", "red"), O("square", "green"), O("triangle", "yellow"), constraints=[C("order_x", 0, 1, 2)]), submit(a)),
             T("make evrything except the red one purple",
               design(O("circle", "red"), O("square", "purple"), O("triangle", "purple"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("square", "green"), O("triangle", "yellow")]), submit(b)),
             T("lol thats a lot of purple. undo pls", same_as(0), tool("undo")),
             T("ok instead give everything except the red one stripes",
               design(O("circle", "red", "solid"), O("square", "green", "striped"), O("triangle", "yellow", "striped"),
                      constraints=[C("order_x", 0, 1, 2)]), submit(c))))

    grid = (TL, TR, BL, BR)
    a = doc(*(R(f"circle_{i}", box, "a blue circle") for i, box in enumerate(grid)))
    b = doc(*(R(f"circle_{i}", box, "a striped blue circle") for i, box in enumerate(grid)))
    c = doc(*(R(f"circle_{i}", box, f"a striped {'orange' if i < 2 else 'blue'} circle") for i, box in enumerate(grid)))
    add(conv("all-the-circles", "group",
             T("four circles in a 2x2 grid, all of them bleu",
               design(O("circle", "blue", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(a)),
             T("Make all the circles stripey",
               design(O("circle", "blue", "striped", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2")]), submit(b)),
             T("hmm let me think", kept(), reply="Take your time."),
             T("ok, make the top two orange but keep the stripes",
               design(O("circle", "orange", "striped", count=2), O("circle", "blue", "striped", count=2),
                      constraints=[C("in", 0, 1, arg="top"), C("in", 2, 3, arg="bottom")]), submit(c))))

    a = doc(R("square_0", BIG_LEFT, "a red square"), R("square_1", BIG_RIGHT, "a blue square"))
    b = doc(R("square_0", (0.1, 0.38, 0.34, 0.62), "a red square"), R("square_1", (0.66, 0.38, 0.9, 0.62), "a blue square"))
    c = doc(R("square_0", (0.1, 0.38, 0.34, 0.62), "a red square"), R("square_1", (0.66, 0.38, 0.9, 0.62), "a blue square"),
            R("circle_2", SMALL, "a green circle"))
    add(conv("both-squares-smaller", "resize",
             T("A red square on the left and a blue square on the right, both quite big",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right"), C("big", 0, 1)]), submit(a)),
             T("hmm too big, make both squares smaller",
               design(O("square", "red"), O("square", "blue"), constraints=[IN(0, "left"), IN(1, "right")],
                      smaller=[O("square", "red"), O("square", "blue")]), submit(b)),
             T("and stick a green circle between them",
               design(O("square", "red"), O("square", "blue"), O("circle", "green"), constraints=[C("between_x", 2, 0, 1)]), submit(c))))

    a = doc(R("triangle_0", LEFT, "a yellow triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("circle_2", RIGHT, "a green circle"))
    b = doc(R("triangle_0", LEFT, "a yellow triangle"), R("triangle_1", CENTRE, "a yellow triangle"), R("circle_2", RIGHT, "a red circle"))
    add(conv("pair-and-the-rest", "group",
             T("a pair of yellow triangles and a green circle", design(O("triangle", "yellow", count=2), O("circle", "green")), submit(a)),
             T("colour the cirle red and leave the rest alone",
               design(O("triangle", "yellow", count=2), O("circle", "red"), absent=[O("circle", "green")]), submit(b)),
             T("cool. whats the layout look like now?", kept(), tool("show_layout"))))

    a = doc(R("square_0", TL, "a blue square"))
    b = doc(R("square_0", TL, "a blue square"), R("square_1", BR, "a blue square"))
    c = doc(R("square_0", TL, "an orange square"), R("square_1", BR, "a blue square"))
    d = doc(R("square_0", TL, "an orange square"), R("square_1", BR, "a purple square"))
    add(conv("first-square-i-added", "ordinal",
             T("blue square top left", design(O("square", "blue"), constraints=[IN(0, "top_left")]), submit(a)),
             T("add anothr blue square, botom right this time",
               design(O("square", "blue", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(b)),
             T("now make the first square I added orange",
               design(O("square", "orange"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(c)),
             T("and the second one purpel",
               design(O("square", "orange"), O("square", "purple"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("square", "blue")]), submit(d))))

    a = doc(R("triangle_0", SMALL, "a yellow triangle"))
    b = doc(R("triangle_0", MEDIUM, "a yellow triangle"))
    add(conv("typo-undo-redo", "undo_redo",
             T("a yelow trangle in the midle", design(O("triangle", "yellow"), constraints=[IN(0, "center")]), submit(a)),
             T("make it bigger pls", design(O("triangle", "yellow"), constraints=[IN(0, "center")], bigger=[O("triangle", "yellow")]),
               submit(b)),
             T("hmm no, undo that", same_as(0), tool("undo")),
             T("actually redo it, bigger was better", same_as(1), tool("redo"))))

    a = doc(R("circle_0", LEFT, "a purple circle"), R("square_1", RIGHT, "an orange square"))
    b = doc(R("circle_0", TL, "a purple circle"), R("square_1", RIGHT, "an orange square"))
    add(conv("cirle-squre-why", "inspect",
             T("purpel cirle on the left, orange squre on the rigth",
               design(O("circle", "purple"), O("square", "orange"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("move the circle up to the top",
               design(O("circle", "purple"), O("square", "orange"), constraints=[IN(0, "top"), IN(1, "right")]), submit(b)),
             T("why does the square look kinda blurry?", kept(), tool("explain_critique")),
             T("ok just redo the square then", repainted(), repaint("square_1"))))

    # --- variations, picked by number or by place in the list -----------------------------------------------------------

    a = doc(R("triangle_0", TOP, "a green triangle"), R("square_1", BOTTOM, "a red square"))
    add(conv("sticker-middle-variation", "variations",
             T("Can you draw a green triangle above a red square? it's for a sticker",
               design(O("triangle", "green"), O("square", "red"), constraints=[C("above", 0, 1)]), submit(a)),
             T("show me 3 diffrent versions", varied(3), variations(3)),
             T("I like the one in the middle", same_as(1), pick(2)),
             T("perfect, thank you so much", kept(), reply="You're welcome! Enjoy the sticker.")))

    a = doc(R("circle_0", BL, "a striped orange circle"), bg="black")
    b = doc(R("circle_0", (0.12, 0.72, 0.24, 0.84), "a striped orange circle"), bg="black")
    add(conv("last-of-five", "variations",
             T("striped orange circle, bottom left, black background",
               design(O("circle", "orange", "striped"), constraints=[IN(0, "bottom_left")], background="black"), submit(a)),
             T("gimme like five variations of this", varied(5), variations(5)),
             T("the last one is the best", same_as(1), pick(5)),
             T("make it a bit smaller now",
               design(O("circle", "orange", "striped"), constraints=[IN(0, "bottom_left")], background="black",
                      smaller=[O("circle", "orange", "striped")]), submit(b))))

    a = doc(R("circle_0", RIGHT, "a blue circle"))
    b = doc(R("circle_0", RIGHT, "a yellow circle"))
    add(conv("neither-variation-first-picture", "restore",
             T("a blue circle on the right", design(O("circle", "blue"), constraints=[IN(0, "right")]), submit(a)),
             T("make it yellow", design(O("circle", "yellow"), constraints=[IN(0, "right")]), submit(b)),
             T("try a cuople variations", varied(2), variations(2)),
             T("meh, neither. can I get the very first picture back?", same_as(0, by_round=True), restore(1))))

    a = doc(R("square_0", TOP, "a red square"), R("square_1", BOTTOM, "a green square"))
    b = doc(R("square_0", TOP, "a green square"), R("square_1", BOTTOM, "a red square"))
    c = doc(R("square_0", TOP, "a green square"), R("square_1", BOTTOM, "a red square"), R("triangle_2", LEFT, "a blue triangle"))
    add(conv("picture-number-two", "restore",
             T("two squares, a red one at the top and a green one at the botom",
               design(O("square", "red"), O("square", "green"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("swap there colours",
               design(O("square", "green"), O("square", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(b)),
             T("add a blue triangel on the left",
               design(O("square", "green"), O("square", "red"), O("triangle", "blue"), constraints=[C("above", 0, 1), IN(2, "left")]),
               submit(c)),
             T("go back to picture number 2", same_as(1, by_round=True), restore(2)),
             T("ok and what changed?", kept(), tool("what_changed"))))

    # --- starting over --------------------------------------------------------------------------------------------------

    a = doc(R("triangle_0", BIG, "a red triangle"), bg="black")
    b = doc(R("circle_0", (0.72, 0.08, 0.9, 0.26), "a green circle"), bg="gray")
    add(conv("logo-from-scratch", "start_over",
             T("logo idea: a big red triangle on black", design(O("triangle", "red"), constraints=[C("big", 0)], background="black"),
               submit(a)),
             T("nah scrap that, let's start from scratch", cleared(), tool("start_over")),
             T("a small green circle in the top rigth corner on a grey backround",
               design(O("circle", "green"), constraints=[IN(0, "top_right"), C("small", 0)], background="gray", absent=[O("triangle")]),
               submit(b)),
             T("nice", kept(), reply="Thanks! Anything else to change?")))

    a = doc(R("circle_0", TOP, "a purple circle"), R("circle_1", CENTRE, "a purple circle"), R("circle_2", BOTTOM, "a purple circle"))
    b = doc(R("square_0", CENTRE, "an orange square"))
    add(conv("wipe-then-single", "start_over",
             T("three purpel circles stacked verticaly", design(O("circle", "purple", count=3), constraints=[C("column", 0, 1, 2)]),
               submit(a)),
             T("wipe it all, blank canvas pls", cleared(), tool("start_over")),
             T("is there anything left on there?", cleared(), reply="No, the canvas is empty now. What should I draw?"),
             T("ok then just a single orange square, centered",
               design(O("square", "orange"), constraints=[IN(0, "center")], absent=[O("circle")]), submit(b))))

    # --- vague requests: a question back --------------------------------------------------------------------------------

    a = doc(R("circle_0", LEFT, "a red circle"), R("triangle_1", RIGHT, "a blue triangle"))
    b = doc(R("circle_0", LEFT, "a striped red circle"), R("triangle_1", RIGHT, "a striped blue triangle"))
    add(conv("jazz-it-up", "clarify",
             T("a red circle and a blue triangle, side by side",
               design(O("circle", "red"), O("triangle", "blue"), constraints=[C("row", 0, 1)]), submit(a)),
             T("hmm it looks kinda boring... jazz it up?", kept(),
               reply="Sure! What would you like: stripes, different colours, bigger shapes, or a different background?"),
             T("stripes on both of them",
               design(O("circle", "red", "striped"), O("triangle", "blue", "striped"), constraints=[C("row", 0, 1)]), submit(b))))

    a = doc(R("square_0", TR, "a green square"), R("circle_1", BL, "a yellow circle"))
    b = doc(R("square_0", TR, "a green square"), R("circle_1", BR, "a yellow circle"))
    add(conv("move-it-over", "clarify",
             T("green square top right anda yellow circle bottom left",
               design(O("square", "green"), O("circle", "yellow"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]), submit(a)),
             T("can you move it over a bit", kept(), reply="Which one should move, the square or the circle, and in which direction?"),
             T("the circle. to the right side",
               design(O("square", "green"), O("circle", "yellow"), constraints=[IN(0, "top_right"), IN(1, "right")]), submit(b))))

    a = doc(R("triangle_0", LEFT, "a blue triangle"), R("triangle_1", RIGHT, "a red triangle"))
    b = doc(R("triangle_0", LEFT, "a green triangle"), R("triangle_1", RIGHT, "a red triangle"))
    add(conv("that-one-green", "clarify",
             T("two trianlges: one blue on the left, one red on the rigth",
               design(O("triangle", "blue"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right")]), submit(a)),
             T("change that one to green", kept(), reply="Which triangle, the blue one on the left or the red one on the right?"),
             T("the left one",
               design(O("triangle", "green"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                      absent=[O("triangle", "blue")]), submit(b))))

    a = doc(R("square_0", SMALL, "a blue square"))
    b = doc(R("square_0", MEDIUM, "a blue square"))
    add(conv("bigger-before-anything", "clarify",
             T("make it bigger", kept(), reply="There's nothing on the canvas yet. What would you like me to draw?"),
             T("oh right lol. a tiny blue square inthe middle",
               design(O("square", "blue"), constraints=[IN(0, "center"), C("small", 0)]), submit(a)),
             T("now bigger", design(O("square", "blue"), constraints=[IN(0, "center")], bigger=[O("square", "blue")]), submit(b))))

    a = doc(R("circle_0", LEFT, "a striped blue circle"), R("square_1", RIGHT, "a striped red square"))
    b = doc(R("circle_0", LEFT, "a striped blue circle"), R("square_1", RIGHT, "a solid red square"))
    add(conv("change-it-which", "clarify",
             T("a striped blue circle on the left and a striped red square on the right",
               design(O("circle", "blue", "striped"), O("square", "red", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(a)),
             T("change it", kept(), reply="What should I change, and on which shape: the circle or the square?"),
             T("sorry - make the square solid, no stripes",
               design(O("circle", "blue", "striped"), O("square", "red", "solid"), constraints=[IN(0, "left"), IN(1, "right")]),
               submit(b))))

    a = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_1", BOTTOM, "a red circle"))
    b = doc(R("triangle_0", TOP, "a blue triangle"), R("circle_1", BOTTOM, "a red circle"), R("circle_2", BR, "a red circle"))
    add(conv("one-more-what", "clarify",
             T("a blue triangle at the top and a red cirlce at the bottom",
               design(O("triangle", "blue"), O("circle", "red"), constraints=[IN(0, "top"), IN(1, "bottom")]), submit(a)),
             T("can you add one more", kept(), reply="One more of which, a triangle or a circle? And where should it go?"),
             T("another circle please, red too, next to the first one",
               design(O("triangle", "blue"), O("circle", "red", count=2), constraints=[C("row", 1, 2), C("above", 0, 1), C("above", 0, 2)]),
               submit(b))))

    # --- chit-chat without a picture --------------------------------------------------------------------------------------

    add(conv("etsy-chat", "no_render",
             T("hey, what kind of stuff can I make with this?", kept(),
               reply="Pictures of circles, squares and triangles in six colours, solid or striped, on a gray, white or black background."),
             T("could I do a logo for my etsy shop with it", kept(),
               reply="Sure, as long as it's built from those shapes. What should the logo look like?"),
             T("does it do grey backgrounds or only white", kept(), reply="Gray, white and black all work."),
             T("ok thx, ill be back later", kept(), reply="See you then!")))

    # --- questions mixed with requests ----------------------------------------------------------------------------------

    a = doc(R("square_0", CENTRE, "a purple square"))
    b = doc(R("square_0", CENTRE, "a blue square"))
    add(conv("request-and-question", "mixed",
             T("a purple square in the centre", design(O("square", "purple"), constraints=[IN(0, "center")]), submit(a)),
             T("can you make it blue? and what did you change?",
               design(O("square", "blue"), constraints=[IN(0, "center")], absent=[O("square", "purple")]), submit(b), tool("what_changed")),
             T("why is it a little off-center?", kept(), tool("explain_critique"))))

    a = doc(R("triangle_0", TL, "an orange triangle"), R("circle_1", BR, "a green circle"))
    b = doc(R("triangle_0", BR, "an orange triangle"), R("circle_1", TL, "a green circle"))
    add(conv("layout-then-swap", "move",
             T("draw an orange triangle in the upper left and a green circle in the lower right",
               design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(a)),
             T("can i see the layout?", kept(), tool("show_layout")),
             T("swap thier positions please",
               design(O("triangle", "orange"), O("circle", "green"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]), submit(b)),
             T("thanks, looks great", kept(), reply="Great! Let me know if you want anything else.")))

    a = doc(R("circle_0", TOP, "a red circle"), R("circle_1", BOTTOM, "a blue circle"))
    b = doc(R("circle_0", TOP, "a red circle"), R("circle_1", (0.3, 0.6, 0.7, 0.98), "a blue circle"))
    c = doc(R("circle_0", TOP, "a green circle"), R("circle_1", (0.3, 0.6, 0.7, 0.98), "a blue circle"))
    add(conv("revert-twice", "undo",
             T("two circles, a red one and a blue one, with the red one higher up",
               design(O("circle", "red"), O("circle", "blue"), constraints=[C("above", 0, 1)]), submit(a)),
             T("make the bleu one biger",
               design(O("circle", "red"), O("circle", "blue"), constraints=[C("above", 0, 1)], bigger=[O("circle", "blue")]), submit(b)),
             T("and the red one greeen",
               design(O("circle", "green"), O("circle", "blue"), constraints=[C("above", 0, 1)], absent=[O("circle", "red")]), submit(c)),
             T("revert", same_as(1), tool("undo")),
             T("revert again", same_as(0), tool("undo"))))

    a = doc(R("circle_0", LEFT, "a red circle"), R("square_1", CENTRE, "a blue square"), R("triangle_2", RIGHT, "a green triangle"))
    b = doc(R("circle_0", (0.02, 0.3, 0.38, 0.7), "a red circle"), R("square_1", SMALL, "a blue square"),
            R("triangle_2", (0.73, 0.42, 0.89, 0.58), "a green triangle"))
    add(conv("red-bigger-rest-smaller", "resize",
             T("a red circle, a blue sqare and a green triangle in a row",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), constraints=[C("row", 0, 1, 2)]), submit(a)),
             T("make the red one bigger and the rest smaller",
               design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), constraints=[C("row", 0, 1, 2)],
                      bigger=[O("circle", "red")], smaller=[O("square", "blue"), O("triangle", "green")]), submit(b)),
             T("hmm, better. show me what changed", kept(), tool("what_changed"))))

    a = doc(R("circle_0", TOP, "a yellow circle"), R("square_1", CENTRE, "a yellow square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    b = doc(R("circle_0", TOP, "a green circle"), R("square_1", CENTRE, "a green square"), R("triangle_2", BOTTOM, "a yellow triangle"))
    c = doc(R("circle_0", TOP, "a green circle"), R("square_1", CENTRE, "a green square"),
            R("triangle_2", BOTTOM, "a striped yellow triangle"))
    add(conv("all-but-the-triangle", "group",
             T("a yellow circle, a yellow square and a yellow triangle from top to bottom",
               design(O("circle", "yellow"), O("square", "yellow"), O("triangle", "yellow"), constraints=[C("order_y", 0, 1, 2)]),
               submit(a)),
             T("make all of them gren but the triangle",
               design(O("circle", "green"), O("square", "green"), O("triangle", "yellow"), constraints=[C("order_y", 0, 1, 2)],
                      absent=[O("circle", "yellow"), O("square", "yellow")]), submit(b)),
             T("and now give the triangle stripes",
               design(O("circle", "green"), O("square", "green"), O("triangle", "yellow", "striped"), constraints=[C("order_y", 0, 1, 2)]),
               submit(c))))

    a = doc(R("triangle_0", CENTRE, "a green triangle"), bg="white")
    b = doc(R("triangle_0", CENTRE, "a green triangle"), bg="gray")
    c = doc(R("triangle_0", CENTRE, "a purple triangle"), bg="gray")
    add(conv("colour-and-grey", "background",
             T("a green triangle on a white background", design(O("triangle", "green"), background="white"), submit(a)),
             T("change the background colour to grey", design(O("triangle", "green"), background="gray"), submit(b)),
             T("and the triangle's color to purple", design(O("triangle", "purple"), background="gray", absent=[O("triangle", "green")]),
               submit(c)),
             T("hmm go back one step", same_as(1), tool("undo"))))

    a = doc(R("circle_0", LEFT, "an orange circle"))
    b = doc(R("square_1", LEFT, "an orange square"))
    add(conv("coin-to-square", "reshape",
             T("an orange circle on the left, its a coin icon for my game",
               design(O("circle", "orange"), constraints=[IN(0, "left")]), submit(a)),
             T("hmm turn it into a squar instead", design(O("square", "orange"), constraints=[IN(0, "left")], absent=[O("circle")]),
               submit(b)),
             T("the edges look weird, why?", kept(), tool("explain_critique")),
             T("try the square again", repainted(), repaint("square_1"))))

    a = doc(R("triangle_0", TOP, "a red triangle"), R("triangle_1", CENTRE, "a red triangle"), R("triangle_2", BOTTOM, "a red triangle"))
    b = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a red triangle"), R("triangle_2", BOTTOM, "a red triangle"))
    c = doc(R("triangle_0", TOP, "a blue triangle"), R("triangle_1", CENTRE, "a red triangle"), R("triangle_2", BOTTOM, "a yellow triangle"))
    add(conv("three-of-them-column", "ordinal",
             T("i want three of them, red trinagles, in a colum",
               design(O("triangle", "red", count=3), constraints=[C("column", 0, 1, 2)]), submit(a)),
             T("make the top one blue",
               design(O("triangle", "blue"), O("triangle", "red", count=2), constraints=[C("column", 0, 1, 2), C("above", 0, 1), C("above", 0, 2)]),
               submit(b)),
             T("and the bottom one yellow",
               design(O("triangle", "blue"), O("triangle", "red"), O("triangle", "yellow"),
                      constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]), submit(c)),
             T("undo that last bit", same_as(1), tool("undo"))))

    a = doc(R("circle_0", TINY_TL, "a purple circle"))
    b = doc(R("circle_0", TINY_TL, "a purple circle"), R("square_1", BR, "a green square"))
    c = doc(R("circle_0", TINY_TL, "a purple circle"), R("square_1", BR, "a green square"), R("triangle_2", TR, "a yellow triangle"))
    d = doc(R("circle_0", TINY_TL, "a purple circle"), R("square_1", BR, "a striped green square"))
    add(conv("before-the-triangle", "undo",
             T("a small purple circle top left", design(O("circle", "purple"), constraints=[IN(0, "top_left"), C("small", 0)]), submit(a)),
             T("add a green square bottom right",
               design(O("circle", "purple"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]), submit(b)),
             T("add a yellow triangle top right",
               design(O("circle", "purple"), O("square", "green"), O("triangle", "yellow"),
                      constraints=[IN(0, "top_left"), IN(1, "bottom_right"), IN(2, "top_right")]), submit(c)),
             T("take me back to how it was before the triangle", same_as(1), tool("undo")),
             T("ok now make the square striped",
               design(O("circle", "purple"), O("square", "green", "striped"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                      absent=[O("triangle")]), submit(d))))

    a = doc(R("square_0", CENTRE, "a blue square"), bg="black")
    b = doc(R("square_0", CENTRE, "a blue square"), R("circle_1", RIGHT, "a red circle"), bg="black")
    add(conv("oops-put-it-back", "undo_redo",
             T("blue sqaure in the center on black", design(O("square", "blue"), constraints=[IN(0, "center")], background="black"),
               submit(a)),
             T("add a red circel right of it",
               design(O("square", "blue"), O("circle", "red"), constraints=[C("left_of", 0, 1)], background="black"), submit(b)),
             T("oops, undo", same_as(0), tool("undo")),
             T("wait no, put it back", same_as(1), tool("redo"))))

    a = doc(R("square_0", LEFT, "a striped green square"), R("triangle_1", RIGHT, "a solid red triangle"))
    add(conv("blog-header-number-three", "variations",
             T("Can I get a striped green square and a solid red triangle next to each other? it's for my blog header",
               design(O("square", "green", "striped"), O("triangle", "red", "solid"), constraints=[C("row", 0, 1)]), submit(a)),
             T("4 variations please", varied(4), variations(4)),
             T("number 3", same_as(1), pick(3)),
             T("show me the layout of that one", kept(), tool("show_layout"))))

    a = doc(R("triangle_0", BIG, "a blue triangle"))
    b = doc(R("triangle_0", BIG, "a yellow triangle"))
    add(conv("two-options-first", "variations",
             T("a big blue triangle", design(O("triangle", "blue"), constraints=[C("big", 0)]), submit(a)),
             T("can u make it yellow", design(O("triangle", "yellow"), constraints=[C("big", 0)], absent=[O("triangle", "blue")]), submit(b)),
             T("let me see 2 options", varied(2), variations(2)),
             T("the first one pls", same_as(2), pick(1)),
             T("perfect ty", kept(), reply="You're welcome!")))

    a = doc(R("circle_0", TL, "a green circle"))
    b = doc(R("circle_0", CENTRE, "a green circle"))
    c = doc(R("circle_0", BOTTOM, "a green circle"))
    add(conv("slide-around", "move",
             T("One green circle, top-left corner", design(O("circle", "green"), constraints=[IN(0, "top_left")]), submit(a)),
             T("now slide it to the centre", design(O("circle", "green"), constraints=[IN(0, "center")]), submit(b)),
             T("hmm, move it down to the bottom", design(O("circle", "green"), constraints=[IN(0, "bottom")]), submit(c)),
             T("no, go back to where it was before", same_as(1), tool("undo"))))

    a = doc(R("square_0", TOP, "a yellow square"))
    b = doc(R("square_0", TOP, "a yellow square"), R("circle_1", CENTRE, "a blue circle"))
    c = doc(R("square_0", TOP, "a yellow square"), R("circle_1", CENTRE, "a blue circle"), R("triangle_2", LEFT, "a red triangle"))
    add(conv("would-you-mind", "add",
             T("Would you mind drawing a yellow square for me?", design(O("square", "yellow")), submit(a)),
             T("and could you put a blue circle under it", design(O("square", "yellow"), O("circle", "blue"), constraints=[C("above", 0, 1)]),
               submit(b)),
             T("and maybe a red triangle to the left of the circle?",
               design(O("square", "yellow"), O("circle", "blue"), O("triangle", "red"), constraints=[C("above", 0, 1), C("left_of", 2, 1)]),
               submit(c)),
             T("that's lovely, thanks", kept(), reply="My pleasure!")))

    a = doc(R("circle_0", TL, "a red circle"), R("circle_1", TOP, "a green circle"), R("circle_2", TR, "a blue circle"),
            R("square_3", CENTRE, "a yellow square"))
    b = doc(R("circle_0", TL, "a red circle"), R("circle_1", TOP, "a green circle"))
    add(conv("run-on-remove", "remove",
             T("ok so i want a red circle a green circle and a blue circle all in a row and then also a yellow square under the green one",
               design(O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("square", "yellow"),
                      constraints=[C("row", 0, 1, 2), C("above", 1, 3)]), submit(a)),
             T("get rid of the blue one and the square",
               design(O("circle", "red"), O("circle", "green"), absent=[O("circle", "blue"), O("square")]), submit(b)),
             T("thx. what changed exactly?", kept(), tool("what_changed"))))

    a = doc(R("triangle_0", (0.15, 0.42, 0.31, 0.58), "an orange triangle"), R("square_1", SMALL_RIGHT, "a purple square"))
    b = doc(R("triangle_0", (0.06, 0.3, 0.46, 0.7), "an orange triangle"), R("square_1", (0.54, 0.3, 0.94, 0.7), "a purple square"))
    add(conv("both-bigger-too-much", "resize",
             T("a small orange triangle and a small purple square",
               design(O("triangle", "orange"), O("square", "purple"), constraints=[C("small", 0, 1)]), submit(a)),
             T("make them both bigger",
               design(O("triangle", "orange"), O("square", "purple"), bigger=[O("triangle", "orange"), O("square", "purple")]), submit(b)),
             T("too much, go back", same_as(0), tool("undo"))))

    a = doc(R("circle_0", LEFT, "an orange circle"), R("circle_1", RIGHT, "an orange circle"), bg="gray")
    b = doc(R("circle_0", LEFT, "an orange circle"), R("circle_1", RIGHT, "an orange circle"), R("triangle_2", CENTRE, "a green triangle"),
            bg="gray")
    c = doc(R("circle_0", LEFT, "an orange circle"), R("circle_1", RIGHT, "an orange circle"), R("triangle_2", CENTRE, "a green triangle"),
            bg="black")
    add(conv("gray-then-black", "background",
             T("2 orange circles on a gray background, one on each side",
               design(O("circle", "orange", count=2), constraints=[IN(0, "left"), IN(1, "right")], background="gray"), submit(a)),
             T("put a green tringle in betwen",
               design(O("circle", "orange", count=2), O("triangle", "green"), constraints=[C("between_x", 2, 0, 1)], background="gray"),
               submit(b)),
             T("can the backgroud be black instead of grey",
               design(O("circle", "orange", count=2), O("triangle", "green"), constraints=[C("between_x", 2, 0, 1)], background="black"),
               submit(c)),
             T("also what would you fix next?", kept(), tool("explain_critique"))))

    row4 = ((0.02, 0.4, 0.2, 0.6), (0.27, 0.4, 0.45, 0.6), (0.52, 0.4, 0.7, 0.6), (0.77, 0.4, 0.95, 0.6))
    a = doc(*(R(f"square_{i}", box, f"a {col} square") for i, (box, col) in enumerate(zip(row4, ("red", "green", "blue", "yellow"), strict=True))))
    b = doc(R("square_0", row4[0], "a red square"), R("square_2", row4[2], "a blue square"), R("square_3", row4[3], "a yellow square"))
    c = doc(R("square_0", row4[0], "a red square"), R("square_2", row4[2], "a blue square"))
    add(conv("second-then-last-remove", "ordinal",
             T("four squares in a row, red green blue yellow, left to right",
               design(O("square", "red"), O("square", "green"), O("square", "blue"), O("square", "yellow"),
                      constraints=[C("row", 0, 1, 2, 3), C("order_x", 0, 1, 2, 3)]), submit(a)),
             T("remove the secnd one from the left",
               design(O("square", "red"), O("square", "blue"), O("square", "yellow"), constraints=[C("order_x", 0, 1, 2)],
                      absent=[O("square", "green")]), submit(b)),
             T("and the last one too",
               design(O("square", "red"), O("square", "blue"), constraints=[C("left_of", 0, 1)],
                      absent=[O("square", "green"), O("square", "yellow")]), submit(c)),
             T("hmm undo both of those", same_as(0), tool("undo"), tool("undo"))))

    a = doc(R("circle_0", TOP, "a yellow circle"), R("circle_1", BOTTOM, "a green circle"))
    b = doc(R("circle_0", TOP, "a yellow circle"), R("circle_1", BOTTOM, "a purple circle"))
    add(conv("rerender-whole", "repaint",
             T("a yellow circle and a green circle, the yellow one up top and the green one below it",
               design(O("circle", "yellow"), O("circle", "green"), constraints=[C("above", 0, 1)]), submit(a)),
             T("the whole thing came out a bit messy, can you have another go at it? same layout",
               repainted(), repaint("circle_0", "circle_1")),
             T("better! now the green one purple",
               design(O("circle", "yellow"), O("circle", "purple"), constraints=[C("above", 0, 1)], absent=[O("circle", "green")]),
               submit(b))))

    sq = (0.28, 0.3, 0.72, 0.74)  # area 0.19, centred
    a = doc(R("square_0", sq, "a striped purple square"))
    b = doc(R("square_0", sq, "a striped purple square"), R("circle_1", TINY_TL, "a yellow circle"), R("circle_2", TINY_TR, "a yellow circle"))
    add(conv("daughter-card-corners", "add",
             T("for my daughter's card: a big purple square in the middle with stripes",
               design(O("square", "purple", "striped"), constraints=[IN(0, "center"), C("big", 0)]), submit(a)),
             T("add 2 little yellow circles in the top corners",
               design(O("square", "purple", "striped"), O("circle", "yellow", count=2),
                      constraints=[IN(1, "top_left"), IN(2, "top_right"), C("small", 1, 2)]), submit(b)),
             T("aww thats cute, thank you", kept(), reply="Happy to help! I hope she likes the card.")))

    a = doc(R("triangle_0", BR, "a red triangle"))
    b = doc(R("triangle_0", BR, "a striped red triangle"))
    add(conv("think-then-undo", "undo",
             T("Red triangle, bottom right", design(O("triangle", "red"), constraints=[IN(0, "bottom_right")]), submit(a)),
             T("make it striped", design(O("triangle", "red", "striped"), constraints=[IN(0, "bottom_right")]), submit(b)),
             T("hmmm let me think about it for a sec", kept(), reply="Sure, no rush."),
             T("nah, undo the stripes", same_as(0), tool("undo"))))

    a = doc(R("circle_0", TOP, "a blue circle"))
    b = doc(R("square_1", TOP, "a blue square"))
    c = doc(R("square_1", TOP, "a red square"))
    add(conv("first-pic-was-best", "restore",
             T("a blue circle in the top half", design(O("circle", "blue"), constraints=[IN(0, "top")]), submit(a)),
             T("change it to a square", design(O("square", "blue"), constraints=[IN(0, "top")], absent=[O("circle")]), submit(b)),
             T("make the square red", design(O("square", "red"), constraints=[IN(0, "top")]), submit(c)),
             T("show me 2 variations", varied(2), variations(2)),
             T("honestly the first pic was the best, bring it back", same_as(0, by_round=True), restore(1))))

    a = doc(R("triangle_0", LEFT, "an orange triangle"), R("square_1", RIGHT, "a green square"))
    add(conv("why-reddish", "repaint",
             T("a green square and an orange triangle, square on the right",
               design(O("square", "green"), O("triangle", "orange"), constraints=[C("left_of", 1, 0)]), submit(a)),
             T("why does the triangle look red-ish?", kept(), tool("explain_critique")),
             T("can you regenerate just the triangle", repainted(), repaint("triangle_0"))))

    a = doc(R("square_0", TOP, "a red square"), R("square_1", CENTRE, "a yellow square"), R("square_2", BOTTOM, "a blue square"))
    b = doc(R("square_0", TOP, "a red square"), R("square_1", (0.3, 0.35, 0.7, 0.65), "a yellow square"), R("square_2", BOTTOM, "a blue square"))
    add(conv("garage-sale-session", "mixed",
             T("Hi! poster for a garage sale. a red square, a yellow square, and a blue square top to bottom",
               design(O("square", "red"), O("square", "yellow"), O("square", "blue"), constraints=[C("order_y", 0, 1, 2)]), submit(a)),
             T("make the middle one bigger",
               design(O("square", "red"), O("square", "yellow"), O("square", "blue"), constraints=[C("order_y", 0, 1, 2)],
                      bigger=[O("square", "yellow")]), submit(b)),
             T("3 variations", varied(3), variations(3)),
             T("2nd one", same_as(2), pick(2)),
             T("actually clear everything", cleared(), tool("start_over")),
             T("thx bye", cleared(), reply="Bye! Come back any time.")))

    a = doc(R("triangle_0", CENTRE, "an orange triangle"))
    b = doc(R("square_0", LEFT, "a green square"), R("square_1", RIGHT, "a green square"), bg="white")
    c = doc(R("square_0", LEFT, "a yellow square"), R("square_1", RIGHT, "a green square"), bg="white")
    add(conv("forget-it-something-else", "new_design",
             T("an orange triangle in the middle", design(O("triangle", "orange"), constraints=[IN(0, "center")]), submit(a)),
             T("actually forget it, do something else: two green squares side by side on a white background",
               design(O("square", "green", count=2), constraints=[C("row", 0, 1)], background="white", absent=[O("triangle")]), submit(b)),
             T("make the left one yellow",
               design(O("square", "yellow"), O("square", "green"), constraints=[C("left_of", 0, 1)], background="white"), submit(c))))

    return out


FOLIO: list[Conversation] = _folio()


if __name__ == "__main__":
    main(FOLIO)
