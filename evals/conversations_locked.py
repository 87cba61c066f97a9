"""The seventh held-out set of conversations with the image designer for the shapes world: sealed, run it once.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets: from how
people talk to a chat image designer, without reading any of them. The set is sealed: it is meant to be run once to
measure the agent, never to tune it; a set that is tuned against stops measuring anything.

It uses the builders and the judge of :mod:`regiondit.evals.conversations` (``R`` / ``doc`` / ``submit`` ... for what
an ideal agent would call, ``design`` / ``same_as`` / ``kept`` / ``repainted`` / ``varied`` / ``cleared`` for what a
turn must leave behind). The users are a mix on purpose: plain clear requests, terse ones, chatty and polite ones,
non-native English, slang, long sentences with several clauses, references back to earlier turns, corrections in the
middle of a sentence, and a few genuinely ambiguous requests, which an ideal designer answers with one question and no
tool call. Where an edit could hit the wrong object, the other objects' places are pinned so that a wrong edit fails.

    python -m regiondit.evals.conversations_locked   # counts, then the self-check of the set
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

# --- a few boxes of this set's own ---------------------------------------------------------------------------------------
TR_GROWN: Box = (0.55, 0.05, 0.95, 0.45)  # area 0.16, top right: TR grown by about 2.4
BL_GROWN: Box = (0.05, 0.55, 0.45, 0.95)  # area 0.16, bottom left: BL grown by about 2.4
BOTTOM_WIDE: Box = (0.2, 0.58, 0.8, 0.96)  # area 0.228, bottom half, big
TOP_WIDE: Box = (0.2, 0.04, 0.8, 0.42)  # area 0.228, top half, big
RIGHT_HALF: Box = (0.56, 0.2, 0.94, 0.8)  # area 0.228, right half, big
LOW_GROWN: Box = (0.3, 0.56, 0.7, 0.96)  # area 0.16, bottom centre: BOTTOM grown by about 2.4
RIGHT_GROWN: Box = (0.6, 0.3, 0.96, 0.7)  # area 0.144, right side: SMALL_RIGHT grown by about 5.6
LEFT_SHRUNK: Box = (0.08, 0.3, 0.4, 0.7)  # area 0.128, left side: BIG_LEFT shrunk by about 2
LITTLE_MID: Box = (0.43, 0.43, 0.57, 0.57)  # area 0.0196, centred: BIG shrunk by 25
LITTLE_BR: Box = (0.72, 0.72, 0.88, 0.88)  # area 0.0256, bottom right: BR shrunk by about 2.6
LITTLE_TR: Box = (0.74, 0.1, 0.9, 0.26)  # area 0.0256, top right, small
TINY: Box = (0.1, 0.1, 0.26, 0.26)  # area 0.0256, top left, small
BL_LARGE: Box = (0.04, 0.52, 0.48, 0.96)  # area 0.1936, bottom left, big


# --- the conversations -----------------------------------------------------------------------------------------------------

def _conversations() -> list[Conversation]:
    out: list[Conversation] = []

    # 1. corners, a texture edit, undo and redo
    red_c, blue_t = R("red_circle", TL, "a red circle"), R("blue_triangle", BR, "a blue triangle")
    blue_t_str = R("blue_triangle", BR, "a striped blue triangle")
    out.append(conv(
        "lk01", "corners",
        T("hey can u put a red circle top left and a blue triangle bottom right, grey bg is fine",
          design(O("circle", "red"), O("triangle", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                 background="gray"),
          submit(doc(red_c, blue_t))),
        T("give the triangle stripes",
          design(O("circle", "red", "solid"), O("triangle", "blue", "striped"),
                 constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(red_c, blue_t_str))),
        T("hmm no, take that back", same_as(0), tool("undo")),
        T("wait actually I did like the stripes, bring them back", same_as(1), tool("redo")),
    ))

    # 2. left of / next to, a move, what changed, show the layout
    yel_c, grn_s = R("yellow_circle", LEFT, "a yellow circle"), R("green_square", CENTRE, "a green square")
    grn_s_tr = R("green_square", TR, "a green square")
    out.append(conv(
        "lk02", "relations",
        T("I'd like a green square, and right next to it on its left a yellow circle, both sitting across the middle "
          "of the picture",
          design(O("square", "green"), O("circle", "yellow"), constraints=[C("left_of", 1, 0), C("row", 0, 1)]),
          submit(doc(yel_c, grn_s))),
        T("could you shift the square up into the top right corner?",
          design(O("square", "green"), O("circle", "yellow"), constraints=[IN(0, "top_right"), IN(1, "left")]),
          submit(doc(yel_c, grn_s_tr))),
        T("what exactly did you just change?", kept(), tool("what_changed")),
        T("and can I see the regions / coordinates you're using", kept(), tool("show_layout")),
    ))

    # 3. an ordered list left to right, a swap, why, thanks
    p_t, o_s, g_c = R("purple_triangle", LEFT, "a purple triangle"), R("orange_square", CENTRE, "an orange square"), \
        R("green_circle", RIGHT, "a green circle")
    out.append(conv(
        "lk03", "ordered",
        T("three shapes in a line, going left to right: purple triangle, orange square, green circle",
          design(O("triangle", "purple"), O("square", "orange"), O("circle", "green"),
                 constraints=[C("order_x", 0, 1, 2), C("row", 0, 1, 2)]),
          submit(doc(p_t, o_s, g_c))),
        T("swap the first and the last one",
          design(O("triangle", "purple"), O("square", "orange"), O("circle", "green"),
                 constraints=[C("order_x", 2, 1, 0), IN(1, "center")]),
          submit(doc(R("green_circle", LEFT, "a green circle"), o_s, R("purple_triangle", RIGHT, "a purple triangle")))),
        T("why'd it take you more than one go to get that right?", kept(), tool("explain_critique")),
        T("cool, thx", kept(), reply="You're welcome! Tell me if you want anything else changed.")),
    )

    # 4. a counted grid, recolour one, background, undo twice
    grid = [R(f"blue_circle_{k}", box, "a small blue circle") for k, box in (("tl", TL), ("tr", TR), ("bl", BL), ("br", BR))]
    grid_red = [*grid[:1], R("red_circle_tr", TR, "a small red circle"), *grid[2:]]
    out.append(conv(
        "lk04", "counts",
        T("Draw four small blue circles arranged in a 2 by 2 grid please",
          design(O("circle", "blue", count=4), constraints=[C("grid", 0, 1, 2, 3, arg="2x2"), C("small", 0, 1, 2, 3)]),
          submit(doc(*grid))),
        T("now the one in the top right should be red",
          design(O("circle", "blue", count=3), O("circle", "red"),
                 constraints=[IN(3, "top_right"), C("grid", 0, 1, 2, 3, arg="2x2")]),
          submit(doc(*grid_red))),
        T("and a black background behind them",
          design(O("circle", "blue", count=3), O("circle", "red"), constraints=[IN(3, "top_right")], background="black"),
          submit(doc(*grid_red, bg="black"))),
        T("scrap the last two changes", same_as(0), tool("undo"), tool("undo")),
    ))

    # 5. big and centred, variations, pick, repaint
    big_tri = R("orange_triangle", BIG, "a big orange triangle")
    out.append(conv(
        "lk05", "variations",
        T("a large orange triangle in the middle, white background",
          design(O("triangle", "orange"), constraints=[IN(0, "center"), C("big", 0)], background="white"),
          submit(doc(big_tri, bg="white"))),
        T("give me 3 different takes on this", varied(3), variations(3)),
        T("2nd one's the best, go with that", same_as(0), pick(2)),
        T("the edges of the triangle look a bit off, can you repaint just it?", repainted(), repaint("orange_triangle")),
    ))

    # 6. three rounds, back to round 2, what changed
    y_sq = R("yellow_square", LEFT, "a yellow square")
    r_ci, r_ci_str = R("red_circle", RIGHT, "a red circle"), R("red_circle", RIGHT, "a striped red circle")
    out.append(conv(
        "lk06", "restore",
        T("put a yellow square on the left side",
          design(O("square", "yellow"), constraints=[IN(0, "left")]), submit(doc(y_sq))),
        T("now add a red circle on the right",
          design(O("square", "yellow"), O("circle", "red"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(y_sq, r_ci))),
        T("make the circle striped",
          design(O("square", "yellow"), O("circle", "red", "striped"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(y_sq, r_ci_str))),
        T("take me back to round 2", same_as(1, by_round=True), restore(2)),
        T("remind me what's different between this and the striped one?", kept(), tool("what_changed")),
    ))

    # 7. above, start over, a new plan
    b_t, g_s = R("blue_triangle", TOP, "a blue triangle"), R("green_square", CENTRE, "a green square")
    out.append(conv(
        "lk07", "start_over",
        T("blue triangle sitting above a green square, both roughly centred left-to-right",
          design(O("triangle", "blue"), O("square", "green"), constraints=[C("above", 0, 1), C("column", 0, 1)]),
          submit(doc(b_t, g_s))),
        T("nope. scrap everything, clean slate", cleared(), tool("start_over")),
        T("ok this time just one huge purple circle",
          design(O("circle", "purple"), constraints=[C("big", 0)]),
          submit(doc(R("purple_circle", BIG, "a big purple circle")))),
    ))

    # 8. a vague "make it pop", the answer, thanks
    r_sq, y_tri = R("red_square", BL, "a red square"), R("yellow_triangle", TR, "a yellow triangle")
    out.append(conv(
        "lk08", "clarify",
        T("a red square in the bottom left corner and a yellow triangle top right",
          design(O("square", "red"), O("triangle", "yellow"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")]),
          submit(doc(r_sq, y_tri))),
        T("hmm make it pop more", kept(),
          reply="Happy to! Do you mean brighter colours, bigger shapes, or a different background?"),
        T("bigger shapes I guess",
          design(O("square", "red"), O("triangle", "yellow"), constraints=[IN(0, "bottom_left"), IN(1, "top_right")],
                 bigger=[O("square"), O("triangle")]),
          submit(doc(R("red_square", BL_GROWN, "a big red square"), R("yellow_triangle", TR_GROWN, "a big yellow triangle")))),
        T("perfect ty", kept(), reply="Glad you like it!"),
    ))

    # 9. no render at all: small talk and a vague request
    out.append(conv(
        "lk09", "small_talk",
        T("hi there!", kept(), reply="Hi! I can draw pictures of simple coloured shapes. What would you like?"),
        T("what kind of stuff can you draw?", kept(),
          reply="Circles, squares and triangles in red, green, blue, yellow, purple or orange, plain or striped, any "
                "size and anywhere on a plain background."),
        T("something cool then", kept(),
          reply="Sure! Which shapes and colours would you like, and roughly where should they go?"),
        T("eh nevermind, maybe later", kept(), reply="No problem, I'll be here whenever you want to start."),
    ))

    # 10. replace a shape, remove one, undo
    g_ci, o_sq, p_tr = R("green_circle", CENTRE, "a green circle"), R("orange_square", TL, "an orange square"), \
        R("purple_triangle", BR, "a purple triangle")
    g_tr = R("green_triangle", CENTRE, "a green triangle")
    out.append(conv(
        "lk10", "replace",
        T("green circle in the middle, orange square top left, purple triangle bottom right",
          design(O("circle", "green"), O("square", "orange"), O("triangle", "purple"),
                 constraints=[IN(0, "center"), IN(1, "top_left"), IN(2, "bottom_right")]),
          submit(doc(g_ci, o_sq, p_tr))),
        T("replace the circle with a triangle, keep it green though",
          design(O("triangle", "green"), O("square", "orange"), O("triangle", "purple"),
                 constraints=[IN(0, "center"), IN(1, "top_left"), IN(2, "bottom_right")], absent=[O("circle")]),
          submit(doc(g_tr, o_sq, p_tr))),
        T("get rid of the orange square",
          design(O("triangle", "green"), O("triangle", "purple"), constraints=[IN(0, "center"), IN(1, "bottom_right")],
                 absent=[O("square")]),
          submit(doc(g_tr, p_tr))),
        T("undo pls", same_as(1), tool("undo")),
    ))

    # 11. non-native English: counts, bigger, background, thanks
    tri_a, tri_b = R("red_triangle_1", TL, "a red triangle"), R("red_triangle_2", TR, "a red triangle")
    b_ci = R("blue_circle", BOTTOM, "a blue circle")
    b_ci_big = R("blue_circle", LOW_GROWN, "a big blue circle")
    out.append(conv(
        "lk11", "counts",
        T("Please I want picture with two red triangle on top and one blue circle in bottom.",
          design(O("triangle", "red", count=2), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "top"), IN(2, "bottom")]),
          submit(doc(tri_a, tri_b, b_ci))),
        T("The circle must be more big.",
          design(O("triangle", "red", count=2), O("circle", "blue"), constraints=[IN(0, "top"), IN(1, "top"), IN(2, "bottom")],
                 bigger=[O("circle")]),
          submit(doc(tri_a, tri_b, b_ci_big))),
        T("Is good. Now change background to white colour.",
          design(O("triangle", "red", count=2), O("circle", "blue"), constraints=[IN(2, "bottom")], background="white"),
          submit(doc(tri_a, tri_b, b_ci_big, bg="white"))),
        T("Thank you very much, is perfect", kept(), reply="You're welcome, glad it's what you wanted!"),
    ))

    # 12. a correction mid-sentence, recolour, move, show the layout
    bl_ci, y_sq_s = R("blue_circle", RIGHT, "a blue circle"), R("yellow_square", LEFT, "a small yellow square")
    p_sq_s = R("purple_square", LEFT, "a small purple square")
    out.append(conv(
        "lk12", "edits",
        T("gimme a red — no wait, a blue circle on the right side, and a small yellow square on the left",
          design(O("circle", "blue"), O("square", "yellow"), constraints=[IN(0, "right"), IN(1, "left"), C("small", 1)],
                 absent=[O("circle", "red")]),
          submit(doc(bl_ci, y_sq_s))),
        T("sorry, I meant the square purple not yellow",
          design(O("circle", "blue"), O("square", "purple"), constraints=[IN(0, "right"), IN(1, "left")]),
          submit(doc(bl_ci, p_sq_s))),
        T("and put the circle in the centre instead",
          design(O("circle", "blue"), O("square", "purple"), constraints=[IN(0, "center"), IN(1, "left")]),
          submit(doc(R("blue_circle", CENTRE, "a blue circle"), p_sq_s))),
        T("what's the layout look like now?", kept(), tool("show_layout")),
    ))

    # 13. between, remove one of a pair, undo, repaint
    st_c = R("green_circle", CENTRE, "a striped green circle")
    rs_l, rs_r = R("red_square_left", LEFT, "a red square"), R("red_square_right", RIGHT, "a red square")
    out.append(conv(
        "lk13", "relations",
        T("a striped green circle in the middle, between two red squares, one on the left and one on the right",
          design(O("circle", "green", "striped"), O("square", "red", count=2),
                 constraints=[C("between_x", 0, 1, 2), C("row", 0, 1, 2), IN(0, "center")]),
          submit(doc(rs_l, st_c, rs_r))),
        T("take away the square on the right",
          design(O("circle", "green", "striped"), O("square", "red"), constraints=[IN(0, "center"), IN(1, "left")]),
          submit(doc(rs_l, st_c))),
        T("no put it back how it was", same_as(0), tool("undo")),
        T("the stripes on the circle came out wonky, redo that part only", repainted(), repaint("green_circle")),
    ))

    # 14. a column top to bottom, flip it, back to the first version
    col = [R("yellow_circle", TOP, "a yellow circle"), R("blue_square", CENTRE, "a blue square"),
           R("orange_triangle", BOTTOM, "an orange triangle")]
    out.append(conv(
        "lk14", "ordered",
        T("stack three things top to bottom down the middle: a yellow circle, then a blue square, then an orange triangle",
          design(O("circle", "yellow"), O("square", "blue"), O("triangle", "orange"),
                 constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
          submit(doc(*col))),
        T("flip the order so the triangle is on top and the circle at the bottom",
          design(O("circle", "yellow"), O("square", "blue"), O("triangle", "orange"),
                 constraints=[C("order_y", 2, 1, 0), C("column", 0, 1, 2)]),
          submit(doc(R("orange_triangle", TOP, "an orange triangle"), col[1], R("yellow_circle", BOTTOM, "a yellow circle")))),
        T("hmm, actually the previous version was better", same_as(0), tool("undo")),
    ))

    # 15. halves and sizes, two repaints, undo the second
    big_red, sm_grn = R("red_circle", BIG_LEFT, "a big red circle"), R("green_triangle", SMALL_RIGHT, "a small green triangle")
    out.append(conv(
        "lk15", "repaint",
        T("Could you do a white background with a big red circle on the left half and a small green triangle on the right?",
          design(O("circle", "red"), O("triangle", "green"),
                 constraints=[IN(0, "left"), IN(1, "right"), C("big", 0), C("small", 1), C("larger", 0, 1)],
                 background="white"),
          submit(doc(big_red, sm_grn, bg="white"))),
        T("the circle came out kinda blotchy, can you redo just that bit?", repainted(), repaint("red_circle")),
        T("and the triangle too while you're at it", repainted(), repaint("green_triangle")),
        T("eh, go back to the one before you touched the triangle", same_as(1), tool("undo")),
    ))

    # 16. terse: an ordered list, two batches of variations, pick from the second
    row3 = [R("orange_square", LEFT, "an orange square"), R("orange_triangle", CENTRE, "an orange triangle"),
            R("orange_circle", RIGHT, "an orange circle")]
    out.append(conv(
        "lk16", "variations",
        T("square, triangle, circle. all orange. left to right",
          design(O("square", "orange"), O("triangle", "orange"), O("circle", "orange"), constraints=[C("order_x", 0, 1, 2)]),
          submit(doc(*row3))),
        T("alternatives? like 4", varied(4), variations(4)),
        T("none of those. 2 more", varied(2), variations(2)),
        T("first of the last two", same_as(0), pick(1)),
    ))

    # 17. halves, why, what changed, swap
    p_tri, y_cir = R("purple_triangle", TOP_WIDE, "a purple triangle"), R("yellow_circle", BOTTOM_WIDE, "a yellow circle")
    out.append(conv(
        "lk17", "explain",
        T("one purple triangle in the top half and a yellow circle in the bottom half",
          design(O("triangle", "purple"), O("circle", "yellow"), constraints=[IN(0, "top"), IN(1, "bottom")]),
          submit(doc(p_tri, y_cir))),
        T("why did you have to redraw it?", kept(), tool("explain_critique")),
        T("so what's changed compared to your first attempt", kept(), tool("what_changed")),
        T("ok now swap them round",
          design(O("triangle", "purple"), O("circle", "yellow"), constraints=[IN(0, "bottom"), IN(1, "top")]),
          submit(doc(R("purple_triangle", BOTTOM_WIDE, "a purple triangle"), R("yellow_circle", TOP_WIDE, "a yellow circle")))),
    ))

    # 18. add above, add below, show the layout
    bsq = R("blue_square", CENTRE, "a blue square")
    rtri = R("red_triangle", TOP, "a small red triangle")
    gcir = R("green_circle", BOTTOM, "a green circle")
    out.append(conv(
        "lk18", "add",
        T("a blue square in the centre",
          design(O("square", "blue"), constraints=[IN(0, "center")]), submit(doc(bsq))),
        T("add a little red triangle above it",
          design(O("square", "blue"), O("triangle", "red"), constraints=[IN(0, "center"), C("above", 1, 0), C("small", 1)]),
          submit(doc(bsq, rtri))),
        T("and one more thing, a green circle under the square",
          design(O("triangle", "red"), O("square", "blue"), O("circle", "green"), constraints=[C("order_y", 0, 1, 2)]),
          submit(doc(bsq, rtri, gcir))),
        T("great, can you give me the layout as text", kept(), tool("show_layout")),
    ))

    # 19. "move it" with two candidates: a question, then the move, then smaller
    o_ci, g_sq = R("orange_circle", TL, "an orange circle"), R("green_square", BR, "a green square")
    g_sq_mid = R("green_square", CENTRE, "a green square")
    out.append(conv(
        "lk19", "clarify",
        T("orange circle top left, green square bottom right",
          design(O("circle", "orange"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(o_ci, g_sq))),
        T("move it to the middle", kept(), reply="Which one should go to the middle: the orange circle or the green square?"),
        T("the square",
          design(O("circle", "orange"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "center")]),
          submit(doc(o_ci, g_sq_mid))),
        T("a bit smaller please",
          design(O("circle", "orange"), O("square", "green"), constraints=[IN(0, "top_left"), IN(1, "center")],
                 smaller=[O("square")]),
          submit(doc(o_ci, R("green_square", SMALL, "a small green square")))),
    ))

    # 20. slang: big, small, undo, small talk
    fat = R("yellow_triangle", BIG, "a big yellow triangle")
    out.append(conv(
        "lk20", "resize",
        T("yo lemme get a fat yellow triangle smack in the middle",
          design(O("triangle", "yellow"), constraints=[IN(0, "center"), C("big", 0)]), submit(doc(fat))),
        T("nah make it lil",
          design(O("triangle", "yellow"), constraints=[IN(0, "center"), C("small", 0)], smaller=[O("triangle")]),
          submit(doc(R("yellow_triangle", LITTLE_MID, "a small yellow triangle")))),
        T("lol way too tiny, bring back the fat one", same_as(0), tool("undo")),
        T("aight bet", kept(), reply="Cool, it's back to the big one."),
    ))

    # 21. a long request: textures, between, background; grow one; variations; pick
    gsq = R("green_square", TL, "a striped green square")
    rci = R("red_circle", BR, "a plain red circle")
    ytr = R("yellow_triangle", CENTRE, "a yellow triangle")
    ytr_big = R("yellow_triangle", MEDIUM, "a larger yellow triangle")
    objs21 = (O("square", "green", "striped"), O("circle", "red", "solid"), O("triangle", "yellow"))
    pins21 = [IN(0, "top_left"), IN(1, "bottom_right"), C("between_x", 2, 0, 1), C("between_y", 2, 0, 1)]
    out.append(conv(
        "lk21", "plan",
        T("So I'm making a little icon for my kid's app, and what I'd like is a green striped square up in the top left "
          "corner, a plain red circle down in the bottom right corner, and then a yellow triangle right in the middle "
          "between those two, all of it on a black background if that's possible.",
          design(*objs21, constraints=pins21, background="black"),
          submit(doc(gsq, rci, ytr, bg="black"))),
        T("Love it! Could the triangle be a bit larger than the other two though?",
          design(*objs21, constraints=[*pins21, C("larger", 2, 0), C("larger", 2, 1)], background="black",
                 bigger=[O("triangle")]),
          submit(doc(gsq, rci, ytr_big, bg="black"))),
        T("Can you try three versions of that one?", varied(3), variations(3)),
        T("I'll take number 3", same_as(1), pick(3)),
    ))

    # 22. a pair side by side, recolour the left one, variations, back to round one
    bc_l, bc_r = R("blue_circle_left", LEFT, "a blue circle"), R("blue_circle_right", RIGHT, "a blue circle")
    out.append(conv(
        "lk22", "restore",
        T("two blue circles side by side",
          design(O("circle", "blue", count=2), constraints=[C("row", 0, 1)]), submit(doc(bc_l, bc_r))),
        T("make the left one red",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("left_of", 0, 1), C("row", 0, 1)]),
          submit(doc(R("red_circle_left", LEFT, "a red circle"), bc_r))),
        T("show me a couple of variations", varied(2), variations(2)),
        T("meh, go back to the very first image, round one", same_as(0, by_round=True), restore(1)),
    ))

    # 23. terse: plan, start over, a textured plan, repaint
    out.append(conv(
        "lk23", "start_over",
        T("Red triangle bottom left.",
          design(O("triangle", "red"), constraints=[IN(0, "bottom_left")]),
          submit(doc(R("red_triangle", BL, "a red triangle")))),
        T("Start over.", cleared(), tool("start_over")),
        T("Blue square top right, striped.",
          design(O("square", "blue", "striped"), constraints=[IN(0, "top_right")], absent=[O("triangle")]),
          submit(doc(R("blue_square", TR, "a striped blue square")))),
        T("Stripes look smudged. Again.", repainted(), repaint("blue_square")),
    ))

    # 24. background changes and an undo
    psq = R("purple_square", CENTRE, "a purple square")
    out.append(conv(
        "lk24", "background",
        T("purple square in the centre on a grey background",
          design(O("square", "purple"), constraints=[IN(0, "center")], background="gray"), submit(doc(psq))),
        T("switch the bg to white",
          design(O("square", "purple"), constraints=[IN(0, "center")], background="white"), submit(doc(psq, bg="white"))),
        T("hmm, try it on black",
          design(O("square", "purple"), constraints=[IN(0, "center")], background="black"), submit(doc(psq, bg="black"))),
        T("nah the white was nicer", same_as(1), tool("undo")),
    ))

    # 25. "change the shape" without saying to what
    out.append(conv(
        "lk25", "clarify",
        T("a yellow circle on the left",
          design(O("circle", "yellow"), constraints=[IN(0, "left")]),
          submit(doc(R("yellow_circle", LEFT, "a yellow circle")))),
        T("can you change the shape", kept(), reply="Sure, what should it become: a square or a triangle?"),
        T("triangle",
          design(O("triangle", "yellow"), constraints=[IN(0, "left")], absent=[O("circle")]),
          submit(doc(R("yellow_triangle", LEFT, "a yellow triangle")))),
        T("thanks, that's all for today", kept(), reply="You're welcome, have a good day!"),
    ))

    # 26. three versions, undo twice, redo once
    osq, pci = R("orange_square", LEFT, "an orange square"), R("purple_circle", RIGHT, "a purple circle")
    pci_big = R("purple_circle", RIGHT_HALF, "a big purple circle")
    out.append(conv(
        "lk26", "undo",
        T("orange square left, purple circle right",
          design(O("square", "orange"), O("circle", "purple"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(osq, pci))),
        T("circle bigger",
          design(O("square", "orange"), O("circle", "purple"), constraints=[IN(0, "left"), IN(1, "right")],
                 bigger=[O("circle")]),
          submit(doc(osq, pci_big))),
        T("and the square green",
          design(O("square", "green"), O("circle", "purple"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(R("green_square", LEFT, "a green square"), pci_big))),
        T("undo", same_as(1), tool("undo")),
        T("one more step back", same_as(0), tool("undo")),
        T("ah no, forward again once", same_as(1), tool("redo")),
    ))

    # 27. swap places, swap colours, what changed
    rc_top, bt_bot = R("red_circle", TOP, "a red circle"), R("blue_triangle", BOTTOM, "a blue triangle")
    out.append(conv(
        "lk27", "swap",
        T("a red circle at the top and a blue triangle at the bottom",
          design(O("circle", "red"), O("triangle", "blue"), constraints=[IN(0, "top"), IN(1, "bottom"), C("above", 0, 1)]),
          submit(doc(rc_top, bt_bot))),
        T("switch their positions",
          design(O("circle", "red"), O("triangle", "blue"), constraints=[IN(0, "bottom"), IN(1, "top")]),
          submit(doc(R("red_circle", BOTTOM, "a red circle"), R("blue_triangle", TOP, "a blue triangle")))),
        T("now trade their colours as well, keep them where they are",
          design(O("circle", "blue"), O("triangle", "red"), constraints=[IN(0, "bottom"), IN(1, "top")]),
          submit(doc(R("blue_circle", BOTTOM, "a blue circle"), R("red_triangle", TOP, "a red triangle")))),
        T("what's different now from how we started?", kept(), tool("what_changed")),
    ))

    # 28. a counted row, remove the middle one, add below, show the layout
    gt = [R("green_triangle_l", TL, "a green triangle"), R("green_triangle_m", TOP, "a green triangle"),
          R("green_triangle_r", TR, "a green triangle")]
    out.append(conv(
        "lk28", "remove",
        T("three green triangles in a row along the top",
          design(O("triangle", "green", count=3), constraints=[C("row", 0, 1, 2), IN(0, "top"), IN(1, "top"), IN(2, "top")]),
          submit(doc(*gt))),
        T("drop the middle one",
          design(O("triangle", "green", count=2), constraints=[IN(0, "top_left"), IN(1, "top_right")]),
          submit(doc(gt[0], gt[2]))),
        T("add a big blue circle underneath them",
          design(O("triangle", "green", count=2), O("circle", "blue"),
                 constraints=[IN(0, "top_left"), IN(1, "top_right"), C("above", 0, 2), C("above", 1, 2), C("big", 2)]),
          submit(doc(gt[0], gt[2], R("blue_circle", BOTTOM_WIDE, "a big blue circle")))),
        T("how's it all laid out?", kept(), tool("show_layout")),
    ))

    # 29. very polite: small, add a striped one, variations, pick
    sm_oc = R("orange_circle", LITTLE_TR, "a small orange circle")
    pst = R("purple_square", BL_LARGE, "a large striped purple square")
    out.append(conv(
        "lk29", "variations",
        T("Good morning! Would you be so kind as to draw a small orange circle in the upper right, please?",
          design(O("circle", "orange"), constraints=[IN(0, "top_right"), C("small", 0)]), submit(doc(sm_oc))),
        T("Thank you. Could you also add a large striped purple square in the lower left?",
          design(O("circle", "orange"), O("square", "purple", "striped"),
                 constraints=[IN(0, "top_right"), IN(1, "bottom_left"), C("big", 1)]),
          submit(doc(sm_oc, pst))),
        T("Splendid. Might I see three alternatives?", varied(3), variations(3)),
        T("The first, if you please.", same_as(1), pick(1)),
    ))

    # 30. a vague first request, then a plan, then thanks
    out.append(conv(
        "lk30", "clarify",
        T("draw me some shapes", kept(),
          reply="Gladly! Which shapes and colours would you like, and where should they go?"),
        T("ok two circles, a red one and a blue one, red above blue",
          design(O("circle", "red"), O("circle", "blue"), constraints=[C("above", 0, 1)]),
          submit(doc(R("red_circle", TOP, "a red circle"), R("blue_circle", BOTTOM, "a blue circle")))),
        T("lovely, cheers", kept(), reply="Cheers! Let me know if you want to change anything."),
    ))

    # 31. turn one of a pair into another shape, recolour the other, back to round one
    ys_tl, ys_br = R("yellow_square_tl", TL, "a yellow square"), R("yellow_square_br", BR, "a yellow square")
    yc_tl = R("yellow_circle_tl", TL, "a yellow circle")
    out.append(conv(
        "lk31", "replace",
        T("yellow square in the top left, and another yellow square in the bottom right",
          design(O("square", "yellow", count=2), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(ys_tl, ys_br))),
        T("turn the top-left one into a circle, same colour",
          design(O("circle", "yellow"), O("square", "yellow"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(yc_tl, ys_br))),
        T("and the other square — make that one blue",
          design(O("circle", "yellow"), O("square", "blue"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
          submit(doc(yc_tl, R("blue_square_br", BR, "a blue square")))),
        T("actually go back to round 1 with the two squares", same_as(0, by_round=True), restore(1)),
    ))

    # 32. halves, a move into a corner, recolour and texture at once, why
    rt_l, gc_r = R("red_triangle", LEFT, "a red triangle"), R("green_circle", RIGHT, "a green circle")
    gc_br = R("green_circle", BR, "a green circle")
    out.append(conv(
        "lk32", "move",
        T("red triangle in the left half, green circle in the right half",
          design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "right")]),
          submit(doc(rt_l, gc_r))),
        T("slide the circle down into the bottom-right corner",
          design(O("triangle", "red"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "bottom_right")]),
          submit(doc(rt_l, gc_br))),
        T("now make the triangle orange and striped",
          design(O("triangle", "orange", "striped"), O("circle", "green"), constraints=[IN(0, "left"), IN(1, "bottom_right")]),
          submit(doc(R("orange_triangle", LEFT, "a striped orange triangle"), gc_br))),
        T("why was a second pass needed on that one?", kept(), tool("explain_critique")),
    ))

    # 33. two squares of different sizes, grow one, shrink the other, undo
    bb, ys = R("blue_square", BIG_LEFT, "a big blue square"), R("yellow_square", SMALL_RIGHT, "a small yellow square")
    yb = R("yellow_square", RIGHT_GROWN, "a yellow square")
    out.append(conv(
        "lk33", "resize",
        T("two squares: a big blue one on the left and a small yellow one on the right",
          design(O("square", "blue"), O("square", "yellow"),
                 constraints=[IN(0, "left"), IN(1, "right"), C("larger", 0, 1), C("big", 0), C("small", 1)]),
          submit(doc(bb, ys))),
        T("grow the yellow one",
          design(O("square", "blue"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")],
                 bigger=[O("square", "yellow")]),
          submit(doc(bb, yb))),
        T("and shrink the blue one a bit",
          design(O("square", "blue"), O("square", "yellow"), constraints=[IN(0, "left"), IN(1, "right")],
                 smaller=[O("square", "blue")]),
          submit(doc(R("blue_square", LEFT_SHRUNK, "a blue square"), yb))),
        T("too much, undo the last one", same_as(1), tool("undo")),
    ))

    # 34. variations, then wipe it, a question about what to do, a new plan
    ot, pt = R("orange_triangle", LEFT, "an orange triangle"), R("purple_triangle", RIGHT, "a purple triangle")
    out.append(conv(
        "lk34", "start_over",
        T("orange triangle to the left of a purple triangle",
          design(O("triangle", "orange"), O("triangle", "purple"), constraints=[C("left_of", 0, 1)]),
          submit(doc(ot, pt))),
        T("do 2 variations", varied(2), variations(2)),
        T("meh. wipe it all, let's start over", cleared(), tool("start_over")),
        T("so what do you need from me to start?", kept(),
          reply="Just tell me which shapes you want, their colours, and roughly where they go."),
        T("a green circle at the bottom then",
          design(O("circle", "green"), constraints=[IN(0, "bottom")], absent=[O("triangle")]),
          submit(doc(R("green_circle", BOTTOM, "a green circle")))),
    ))

    # 35. repaint, recolour, then the round of the repaint
    bcc = R("blue_circle", CENTRE, "a blue circle")
    out.append(conv(
        "lk35", "restore",
        T("blue circle, centre", design(O("circle", "blue"), constraints=[IN(0, "center")]), submit(doc(bcc))),
        T("repaint it, the colour looks patchy", repainted(), repaint("blue_circle")),
        T("make it red",
          design(O("circle", "red"), constraints=[IN(0, "center")]),
          submit(doc(R("red_circle", CENTRE, "a red circle")))),
        T("bring back the picture from round 2, the repainted blue one", same_as(1, by_round=True), restore(2)),
    ))

    # 36. "make it blue" with three candidates
    trio = [R("red_circle", LEFT, "a red circle"), R("red_square", CENTRE, "a red square"),
            R("red_triangle", RIGHT, "a red triangle")]
    out.append(conv(
        "lk36", "clarify",
        T("a red circle, a red square and a red triangle, in a row",
          design(O("circle", "red"), O("square", "red"), O("triangle", "red"), constraints=[C("row", 0, 1, 2)]),
          submit(doc(*trio))),
        T("make it blue", kept(), reply="Which one should turn blue: the circle, the square, the triangle, or all three?"),
        T("all of them",
          design(O("circle", "blue"), O("square", "blue"), O("triangle", "blue"), constraints=[C("row", 0, 1, 2)],
                 absent=[O("circle", "red"), O("square", "red"), O("triangle", "red")]),
          submit(doc(R("blue_circle", LEFT, "a blue circle"), R("blue_square", CENTRE, "a blue square"),
                     R("blue_triangle", RIGHT, "a blue triangle")))),
    ))

    # 37. a corner, resize smaller, "like the first one but blue" by reference
    gr = R("green_square", BR, "a green square")
    out.append(conv(
        "lk37", "resize",
        T("green square bottom right corner pls",
          design(O("square", "green"), constraints=[IN(0, "bottom_right")]), submit(doc(gr))),
        T("smaller",
          design(O("square", "green"), constraints=[IN(0, "bottom_right")], smaller=[O("square")]),
          submit(doc(R("green_square", LITTLE_BR, "a small green square")))),
        T("add a circle like that square but blue, over in the top left",
          design(O("square", "green"), O("circle", "blue"), constraints=[IN(0, "bottom_right"), IN(1, "top_left"), C("small", 0, 1)]),
          submit(doc(R("green_square", LITTLE_BR, "a small green square"), R("blue_circle", TINY, "a small blue circle")))),
        T("nice one, thanks!", kept(), reply="Anytime!"),
    ))

    return out


LOCKED: list[Conversation] = _conversations()


if __name__ == "__main__":
    from .conversations import main

    main(LOCKED, least=(30, 125))
