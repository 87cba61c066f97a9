"""A held-out set of conversations with the image designer for the shapes world.

Written independently of the agent (``agent/``), its tools (``tools/``) and of the tuning set (:mod:`.conversations`):
from how people talk to an image designer (terse, chatty, polite, British and American spellings, lowercase, questions),
without reading the agent, its evals or the tuning set's conversations. The turns, the ideal tool calls and the
expectations use the tuning set's builders and judge (:func:`regiondit.evals.conversations.check_turn`), so a run is
scored the same way; only the wording and the situations are new.

    python -m regiondit.evals.conversations_heldout   # counts, then the same self-check as the tuning set
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
    SMALL,
    SMALL_RIGHT,
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

# a few boxes of this set's own
BIG_MID = (0.28, 0.28, 0.78, 0.78)  # area 0.25, centre (0.53, 0.53): big and still "in the middle"
WIDE_L = (0.04, 0.3, 0.46, 0.7)  # area 0.168, centre x 0.25
WIDE_R = (0.54, 0.3, 0.96, 0.7)  # area 0.168, centre x 0.75
BIG_TL = (0.05, 0.05, 0.45, 0.45)  # area 0.16
BIG_BR = (0.55, 0.55, 0.95, 0.95)  # area 0.16


def _heldout() -> list[Conversation]:
    out: list[Conversation] = []

    # --- first designs and edits -------------------------------------------------------------------------------------
    circle, square = R("circle", TL, "a red circle"), R("square", BR, "a blue square")
    out.append(conv(
        "h-corners-recolour", "edit",
        T("a red circle in the top left and a blue square in the bottom right please",
          design(O("circle", "red"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(circle, square))),
        T("make the square yellow",
          design(O("circle", "red"), O("square", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                 absent=[O("square", "blue")]),
          submit(doc(circle, R("square", BR, "a yellow square")))),
        T("nice. what did you change exactly?", kept(), tool("what_changed")),
        T("cheers, that's all for now", kept(),
          reply="Glad it works for you. Come back any time if you want to change something."),
    ))

    tri = R("triangle", BIG, "a green triangle")
    out.append(conv(
        "h-background-shrink", "edit",
        T("Could I get a big green triangle in the middle on a black background?",
          design(O("triangle", "green"), constraints=[IN(0, "center"), C("big", 0)], background="black"),
          submit(doc(tri, bg="black"))),
        T("hmm, white background instead",
          design(O("triangle", "green"), constraints=[IN(0, "center")], background="white"),
          submit(doc(tri, bg="white"))),
        T("and shrink the triangle a bit",
          design(O("triangle", "green"), constraints=[IN(0, "center")], background="white", smaller=[O("triangle")]),
          submit(doc(R("triangle", MEDIUM, "a green triangle"), bg="white"))),
        T("undo that", same_as(1), tool("undo")),
    ))

    sq, ci, tr = R("square", LEFT, "a red square"), R("circle", CENTRE, "a yellow circle"), R("triangle", RIGHT, "a purple triangle")
    out.append(conv(
        "h-row-swap", "edit",
        T("three shapes in a row across the middle, left to right: red square, yellow circle, purple triangle",
          design(O("square", "red"), O("circle", "yellow"), O("triangle", "purple"),
                 constraints=[C("row", 0, 1, 2), C("order_x", 0, 1, 2)]),
          submit(doc(sq, ci, tr))),
        T("swap the circle and the triangle",
          design(O("square", "red"), O("circle", "yellow"), O("triangle", "purple"),
                 constraints=[C("row", 0, 1, 2), C("order_x", 0, 2, 1)]),
          submit(doc(sq, R("circle", RIGHT, "a yellow circle"), R("triangle", CENTRE, "a purple triangle")))),
        T("show me the layout as it stands", kept(), tool("show_layout")),
        T("Make the square stripy.",
          design(O("square", "red", "striped"), O("circle", "yellow"), O("triangle", "purple"),
                 constraints=[C("order_x", 0, 2, 1)]),
          submit(doc(R("square", LEFT, "a striped red square"), R("circle", RIGHT, "a yellow circle"),
                     R("triangle", CENTRE, "a purple triangle")))),
    ))

    oc, gs, bt = R("circle", TL, "an orange circle"), R("square", BL, "a green square"), R("triangle", BOTTOM, "a blue triangle")
    out.append(conv(
        "h-above-add-remove", "edit",
        T("orange circle above a green square, both over on the left",
          design(O("circle", "orange"), O("square", "green"), constraints=[C("above", 0, 1), IN(0, "left"), IN(1, "left")]),
          submit(doc(oc, gs))),
        T("add a blue triangle to the right of the square",
          design(O("circle", "orange"), O("square", "green"), O("triangle", "blue"), constraints=[C("left_of", 1, 2)]),
          submit(doc(oc, gs, bt))),
        T("actually get rid of the circle",
          design(O("square", "green"), O("triangle", "blue"), absent=[O("circle")], constraints=[C("left_of", 0, 1)]),
          submit(doc(gs, bt))),
        T("wait bring it back", same_as(1), tool("undo")),
        T("no, you know what, I did want it gone. redo", same_as(2), tool("redo")),
    ))

    ys = R("square", CENTRE, "a yellow square")
    out.append(conv(
        "h-undo-twice", "undo and redo",
        T("Draw a yellow square in the centre.", design(O("square", "yellow"), constraints=[IN(0, "center")]), submit(doc(ys))),
        T("Now make it red.", design(O("square", "red"), constraints=[IN(0, "center")]),
          submit(doc(R("square", CENTRE, "a red square")))),
        T("And bigger.", design(O("square", "red"), constraints=[IN(0, "center")], bigger=[O("square")]),
          submit(doc(R("square", MEDIUM, "a red square")))),
        T("Undo. And undo again.", same_as(0), tool("undo"), tool("undo")),
        T("hmm no, redo just one", same_as(1), tool("redo")),
        T("ok now put it in the bottom right",
          design(O("square", "red"), constraints=[IN(0, "bottom_right")]),
          submit(doc(R("square", BR, "a red square")))),
    ))

    bc = R("shape", RIGHT, "a blue circle")
    out.append(conv(
        "h-round-one-then-add", "rounds",
        T("blue circle on the right, grey background",
          design(O("circle", "blue"), constraints=[IN(0, "right")], background="gray"), submit(doc(bc))),
        T("make it a triangle instead",
          design(O("triangle", "blue"), constraints=[IN(0, "right")], absent=[O("circle")]),
          submit(doc(R("shape", RIGHT, "a blue triangle")))),
        T("and green",
          design(O("triangle", "green"), constraints=[IN(0, "right")]),
          submit(doc(R("shape", RIGHT, "a green triangle")))),
        T("go back to round 1 please", same_as(0, by_round=True), restore(1)),
        T("from there, put a small yellow square in the top left",
          design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "right"), IN(1, "top_left"), C("small", 1)]),
          submit(doc(bc, R("square", TINY_TL, "a yellow square")))),
    ))

    out.append(conv(
        "h-twins-round-back", "rounds",
        T("i want two purple circles side by side",
          design(O("circle", "purple", count=2), constraints=[C("row", 0, 1)]),
          submit(doc(R("c1", LEFT, "a purple circle"), R("c2", RIGHT, "a purple circle")))),
        T("make the one on the right orange",
          design(O("circle", "purple"), O("circle", "orange"), constraints=[C("left_of", 0, 1)]),
          submit(doc(R("c1", LEFT, "a purple circle"), R("c2", RIGHT, "an orange circle")))),
        T("make them both bigger",
          design(O("circle", "purple"), O("circle", "orange"), constraints=[C("left_of", 0, 1)],
                 bigger=[O("circle", "purple"), O("circle", "orange")]),
          submit(doc(R("c1", WIDE_L, "a purple circle"), R("c2", WIDE_R, "an orange circle")))),
        T("hmm I preferred them both purple. that was round 1 right? take me back to it", same_as(0, by_round=True), restore(1)),
        T("what's different from what I had a second ago?", kept(), tool("what_changed")),
    ))

    tri_s, circ_s = R("triangle", BL, "a striped red triangle"), R("circle", TR, "a solid blue circle")
    out.append(conv(
        "h-why-weird-repaint", "questions",
        T("A striped red triangle in the bottom left corner and a plain blue circle at the top right.",
          design(O("triangle", "red", "striped"), O("circle", "blue", "solid"),
                 constraints=[IN(0, "bottom_left"), IN(1, "top_right")]),
          submit(doc(tri_s, circ_s))),
        T("why does the triangle look weird?", kept(), tool("explain_critique")),
        T("ok redo just the triangle then", repainted(), repaint("triangle")),
        T("better, thanks!", kept(), reply="You're welcome - glad it looks better now."),
    ))

    yt, gc = R("triangle", TOP, "a yellow triangle"), R("circle", BOTTOM, "a green circle")
    out.append(conv(
        "h-four-takes-pick", "variations",
        T("Give me a yellow triangle at the top and a green circle at the bottom",
          design(O("triangle", "yellow"), O("circle", "green"), constraints=[IN(0, "top"), IN(1, "bottom"), C("above", 0, 1)]),
          submit(doc(yt, gc))),
        T("show me 4 variations", varied(4), variations(4)),
        T("the third one", same_as(1), pick(3)),
        T("perfect. can you make the background white now?",
          design(O("triangle", "yellow"), O("circle", "green"), constraints=[C("above", 0, 1)], background="white"),
          submit(doc(yt, gc, bg="white"))),
    ))

    s, c, t = R("square", TOP, "a blue square"), R("circle", CENTRE, "a blue circle"), R("triangle", BOTTOM, "a blue triangle")
    out.append(conv(
        "h-takes-then-earlier-pick", "variations",
        T("square, circle, triangle, all blue, stacked top to bottom down the middle",
          design(O("square", "blue"), O("circle", "blue"), O("triangle", "blue"),
                 constraints=[C("column", 0, 1, 2), C("order_y", 0, 1, 2)]),
          submit(doc(s, c, t))),
        T("a few different takes on this please, say three", varied(3), variations(3)),
        T("hmm, not sold on any of them. make the circle red",
          design(O("square", "blue"), O("circle", "red"), O("triangle", "blue"), constraints=[C("order_y", 0, 1, 2)]),
          submit(doc(s, R("circle", CENTRE, "a red circle"), t))),
        T("actually number 2 of those takes was fine, go with that one", same_as(1), pick(2)),
    ))

    # --- repainting a part ------------------------------------------------------------------------------------------
    out.append(conv(
        "h-big-square-retry", "repaint",
        T("a big orange square filling most of the picture",
          design(O("square", "orange"), constraints=[C("big", 0)]), submit(doc(R("square", BIG, "an orange square")))),
        T("the edges look a bit rough, can you have another go at the square?", repainted(), repaint("square")),
        T("try again", repainted(), repaint("square")),
        T("meh. go back to the very first one, round 1", same_as(0, by_round=True), restore(1)),
    ))

    gsq, rtri = R("square", LEFT, "a green square"), R("triangle", RIGHT, "a red triangle")
    out.append(conv(
        "h-wonky-then-add", "repaint",
        T("Put a green square on the left and a red triangle to the right of it.",
          design(O("square", "green"), O("triangle", "red"), constraints=[C("left_of", 0, 1)]), submit(doc(gsq, rtri))),
        T("The triangle came out wonky - redo only that bit.", repainted(), repaint("triangle")),
        T("and now a small purple circle in the middle, between them",
          design(O("square", "green"), O("triangle", "red"), O("circle", "purple"),
                 constraints=[C("between_x", 2, 0, 1), C("small", 2)]),
          submit(doc(gsq, rtri, R("circle", SMALL, "a purple circle")))),
        T("what did you change?", kept(), tool("what_changed")),
    ))

    # --- starting over ----------------------------------------------------------------------------------------------
    out.append(conv(
        "h-scrap-restart", "start over",
        T("draw me a red circle", design(O("circle", "red")), submit(doc(R("circle", CENTRE, "a red circle")))),
        T("nah, scrap that. let's start again from nothing", cleared(), tool("start_over")),
        T("a blue square in the top right and a yellow triangle in the bottom left",
          design(O("square", "blue"), O("triangle", "yellow"), absent=[O("circle")],
                 constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
          submit(doc(R("square", TR, "a blue square"), R("triangle", BL, "a yellow triangle")))),
        T("lovely", kept(), reply="Great! Let me know if you'd like any tweaks."),
    ))

    g1, g2, yc = R("t1", BL, "a green triangle"), R("t2", BR, "a green triangle"), R("circle", TOP, "a yellow circle")
    out.append(conv(
        "h-clear-oops", "start over",
        T("two green triangles along the bottom and a yellow circle at the top",
          design(O("triangle", "green", count=2), O("circle", "yellow"),
                 constraints=[IN(0, "bottom"), IN(1, "bottom"), IN(2, "top")]),
          submit(doc(g1, g2, yc))),
        T("clear everything", cleared(), tool("start_over")),
        T("oops, didn't mean that!! can I get it back?", same_as(0), tool("undo")),
        T("phew. make the circle orange",
          design(O("triangle", "green", count=2), O("circle", "orange"), constraints=[IN(2, "top")], absent=[O("circle", "yellow")]),
          submit(doc(g1, g2, R("circle", TOP, "an orange circle")))),
    ))

    # --- talk only, no picture --------------------------------------------------------------------------------------
    out.append(conv(
        "h-questions-first", "small talk",
        T("hi! what sort of things can you draw?", kept(),
          reply="Simple shapes - circles, squares and triangles - in colours like red, green, blue, yellow, purple or "
                "orange, plain or striped, placed wherever you like on a plain background. Just describe what you want."),
        T("if I don't like something can I go back to an older picture?", kept(),
          reply="Yes: I can undo and redo changes, or go back to any earlier round by its number."),
        T("ok good to know, thanks. I'll have a think and come back", kept(), reply="Sounds good, see you then."),
    ))

    # --- vague requests: one question back --------------------------------------------------------------------------
    rs, bcl = R("square", LEFT, "a red square"), R("circle", RIGHT, "a blue circle")
    out.append(conv(
        "h-move-it-there", "clarify",
        T("a red square and a blue circle next to each other",
          design(O("square", "red"), O("circle", "blue"), constraints=[C("row", 0, 1)]), submit(doc(rs, bcl))),
        T("move it over there", kept(), reply="Which one should I move, the square or the circle, and where to?"),
        T("the circle, into the top right corner",
          design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "top_right")]),
          submit(doc(rs, R("circle", TR, "a blue circle")))),
    ))

    pt, osq = R("triangle", BR, "a purple triangle"), R("square", TL, "an orange square")
    pt_big, osq_big = R("triangle", BIG_BR, "a purple triangle"), R("square", BIG_TL, "an orange square")
    out.append(conv(
        "h-make-it-nicer", "clarify",
        T("purple triangle bottom right, orange square top left",
          design(O("triangle", "purple"), O("square", "orange"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]),
          submit(doc(pt, osq))),
        T("make it nicer", kept(),
          reply="Happy to - what would you like to change: the colours, the sizes, where things sit, or the background?"),
        T("bigger shapes I guess",
          design(O("triangle", "purple"), O("square", "orange"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")],
                 bigger=[O("triangle"), O("square")]),
          submit(doc(pt_big, osq_big))),
        T("good, now a black background",
          design(O("triangle", "purple"), O("square", "orange"), background="black"),
          submit(doc(pt_big, osq_big, bg="black"))),
    ))

    red, green, blue = R("top", TL, "a red circle"), R("mid", LEFT, "a green circle"), R("low", BL, "a blue circle")
    out.append(conv(
        "h-draw-something", "clarify",
        T("draw something", kept(), reply="Sure! What should be in it - which shapes, what colours, and where?"),
        T("three circles, red green blue, top to bottom, on the left",
          design(O("circle", "red"), O("circle", "green"), O("circle", "blue"),
                 constraints=[C("order_y", 0, 1, 2), IN(0, "left"), IN(1, "left"), IN(2, "left")]),
          submit(doc(red, green, blue))),
        T("change the colour", kept(), reply="Of which circle, and to what colour?"),
        T("the green one. yellow",
          design(O("circle", "red"), O("circle", "yellow"), O("circle", "blue"), absent=[O("circle", "green")],
                 constraints=[C("order_y", 0, 1, 2)]),
          submit(doc(red, R("mid", LEFT, "a yellow circle"), blue))),
    ))

    out.append(conv(
        "h-shift-a-bit", "clarify",
        T("just one yellow triangle, centred", design(O("triangle", "yellow"), constraints=[IN(0, "center")]),
          submit(doc(R("triangle", CENTRE, "a yellow triangle")))),
        T("shift it a bit", kept(), reply="Which way should it go - up, down, left or right?"),
        T("up", design(O("triangle", "yellow"), constraints=[IN(0, "top")]), submit(doc(R("triangle", TOP, "a yellow triangle")))),
        T("show me what the layout looks like now", kept(), tool("show_layout")),
    ))

    # --- undo / redo / rounds ---------------------------------------------------------------------------------------
    oc2, bsq, gtri = R("circle", TL, "an orange circle"), R("square", BR, "a blue square"), R("triangle", CENTRE, "a striped green triangle")
    out.append(conv(
        "h-polite-undo-two", "undo and redo",
        T("Could you draw an orange circle at the top left, please?",
          design(O("circle", "orange"), constraints=[IN(0, "top_left")]), submit(doc(oc2))),
        T("Could you also add a blue square in the bottom right?",
          design(O("circle", "orange"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(oc2, bsq))),
        T("And a striped green triangle in the centre.",
          design(O("circle", "orange"), O("square", "blue"), O("triangle", "green", "striped"), constraints=[IN(2, "center")]),
          submit(doc(oc2, bsq, gtri))),
        T("Please undo the last two changes.", same_as(0), tool("undo"), tool("undo")),
        T("Redo one of them.", same_as(1), tool("redo")),
        T("That's the one. Thank you very much!", kept(), reply="My pleasure!"),
    ))

    lc, rc = R("left", LEFT, "a red circle"), R("right", RIGHT, "a blue circle")
    out.append(conv(
        "h-round-two-continue", "rounds",
        T("red circle left, blue circle right",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("left_of", 0, 1)]), submit(doc(lc, rc))),
        T("swap their colours",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("left_of", 1, 0)]),
          submit(doc(R("left", LEFT, "a blue circle"), R("right", RIGHT, "a red circle")))),
        T("now make the background white",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("left_of", 1, 0)], background="white"),
          submit(doc(R("left", LEFT, "a blue circle"), R("right", RIGHT, "a red circle"), bg="white"))),
        T("let's go back to round two", same_as(1, by_round=True), restore(2)),
        T("from there make the red one a square",
          design(O("circle", "blue"), O("square", "red"), constraints=[C("left_of", 0, 1)], absent=[O("circle", "red")]),
          submit(doc(R("left", LEFT, "a blue circle"), R("right", RIGHT, "a red square")))),
    ))

    ts, bp = R("square", TINY_TL, "a yellow square"), R("circle", BIG_MID, "a purple circle")
    out.append(conv(
        "h-washed-out", "questions",
        T("a tiny yellow square in the top left corner and a big purple circle in the middle",
          design(O("square", "yellow"), O("circle", "purple"),
                 constraints=[IN(0, "top_left"), C("small", 0), IN(1, "center"), C("big", 1), C("larger", 1, 0)]),
          submit(doc(ts, bp))),
        T("why is the circle so washed out??", kept(), tool("explain_critique")),
        T("ok, give the circle another shot", repainted(), repaint("circle")),
        T("can I see the layout? like the actual boxes", kept(), tool("show_layout")),
    ))

    gsqc = R("square", CENTRE, "a green square")
    out.append(conv(
        "h-couple-then-five", "variations",
        T("green square, centered, on white",
          design(O("square", "green"), constraints=[IN(0, "center")], background="white"), submit(doc(gsqc, bg="white"))),
        T("can I see a couple of alternatives?", varied(2), variations(2)),
        T("I'll take the first", same_as(1), pick(1)),
        T("and another 5 please", varied(5), variations(5)),
        T("5th", same_as(3), pick(5)),
    ))

    bt2, rt2 = R("upper", TOP, "a blue triangle"), R("lower", BOTTOM, "a red triangle")
    out.append(conv(
        "h-step-back-move", "undo and redo",
        T("Paint a blue triangle above a red triangle.",
          design(O("triangle", "blue"), O("triangle", "red"), constraints=[C("above", 0, 1)]), submit(doc(bt2, rt2))),
        T("Turn the red one into a circle.",
          design(O("triangle", "blue"), O("circle", "red"), absent=[O("triangle", "red")], constraints=[C("above", 0, 1)]),
          submit(doc(bt2, R("lower", BOTTOM, "a red circle")))),
        T("go back a step", same_as(0), tool("undo")),
        T("right. now move the blue triangle down to the bottom left",
          design(O("triangle", "blue"), O("triangle", "red"), constraints=[IN(0, "bottom_left")]),
          submit(doc(R("upper", BL, "a blue triangle"), rt2))),
    ))

    yc2, ps = R("circle", RIGHT, "a yellow circle"), R("square", LEFT, "a purple square")
    out.append(conv(
        "h-two-edits-one-message", "edit",
        T("I'd like a yellow circle on the right and a purple square on the left, on a black background.",
          design(O("circle", "yellow"), O("square", "purple"), constraints=[IN(0, "right"), IN(1, "left")], background="black"),
          submit(doc(yc2, ps, bg="black"))),
        T("Make the circle smaller and the square green.",
          design(O("circle", "yellow"), O("square", "green"), constraints=[IN(0, "right"), IN(1, "left")], background="black",
                 smaller=[O("circle")]),
          submit(doc(R("circle", SMALL_RIGHT, "a yellow circle"), R("square", LEFT, "a green square"), bg="black"))),
        T("What changed between this one and the previous?", kept(), tool("what_changed")),
        T("Grey background instead of black.",
          design(O("circle", "yellow"), O("square", "green"), background="gray"),
          submit(doc(R("circle", SMALL_RIGHT, "a yellow circle"), R("square", LEFT, "a green square"), bg="gray"))),
    ))

    a, b = R("a", TL, "a red circle"), R("b", TR, "a blue square")
    cc, d = R("c", BL, "a green triangle"), R("d", BR, "a yellow circle")
    out.append(conv(
        "h-grid-remove-back", "edit",
        T("2x2 grid please. top row: red circle, blue square. bottom row: green triangle, yellow circle",
          design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), O("circle", "yellow"),
                 constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"),
                              IN(3, "bottom_right")]),
          submit(doc(a, b, cc, d))),
        T("remove the yellow circle and the blue square",
          design(O("circle", "red"), O("triangle", "green"), absent=[O("circle", "yellow"), O("square")]),
          submit(doc(a, cc))),
        T("hmm, put them back", same_as(0), tool("undo")),
        T("then make all four of them striped",
          design(O("circle", "red", "striped"), O("square", "blue", "striped"), O("triangle", "green", "striped"),
                 O("circle", "yellow", "striped"), constraints=[IN(0, "top_left"), IN(3, "bottom_right")]),
          submit(doc(R("a", TL, "a striped red circle"), R("b", TR, "a striped blue square"),
                     R("c", BL, "a striped green triangle"), R("d", BR, "a striped yellow circle")))),
    ))

    lone = R("circle", CENTRE, "an orange circle")
    out.append(conv(
        "h-terse-chat-mix", "small talk",
        T("orange circle. middle.", design(O("circle", "orange"), constraints=[IN(0, "center")]), submit(doc(lone))),
        T("does it always come out this flat looking? just curious", kept(),
          reply="Yes - this designer draws flat, simple shapes with clean edges on a plain background, so no shading."),
        T("fair enough. fix it up so it's better", kept(),
          reply="Sure - what should be better about it: its colour, size, position, or the background?"),
        T("bigger, and on a white background",
          design(O("circle", "orange"), constraints=[IN(0, "center")], background="white", bigger=[O("circle")]),
          submit(doc(R("circle", MEDIUM, "an orange circle"), bg="white"))),
    ))
    return out


HELDOUT: list[Conversation] = _heldout()


if __name__ == "__main__":
    from .conversations import main
    main(HELDOUT, least=(20, 80))
