"""The eighth held-out set of conversations with the image designer for the shapes world: sealed, run once to measure.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets: from how
different people really type to a chat image designer, without reading any of them. It is sealed: meant to be run once
to measure the agent, never to tune it; a set that is tuned against stops measuring anything.

It uses the builders and the judge of :mod:`regiondit.evals.conversations` (``R`` / ``doc`` / ``submit`` ... for what
an ideal agent would call, ``design`` / ``same_as`` / ``kept`` / ``repainted`` / ``varied`` / ``cleared`` for what a
turn must leave behind). The people are a mix: a teacher making worksheets, children, a product manager in a hurry, a
careful designer who gives exact placements, non-native speakers, people who type in lowercase without punctuation or
with typos, and people who correct themselves mid-sentence. A few say something genuinely ambiguous, which an ideal
designer answers with one question and no tool call. Where an edit could hit the wrong object, the other objects'
places are pinned with constraints, so that a wrong edit fails.

    python -m regiondit.evals.conversations_archive   # counts, then the self-check of the set
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
CORNER_BL: Box = (0.03, 0.84, 0.14, 0.97)  # area 0.0143, bottom left corner, clear of BIG
TOP_BIGGER: Box = (0.32, 0.02, 0.68, 0.38)  # area 0.1296, top centre: TOP grown by about 1.9
MID_BIGGER: Box = (0.3, 0.36, 0.7, 0.64)  # area 0.112, centre: CENTRE grown by about 1.7
LOW_SMALLER: Box = (0.43, 0.74, 0.57, 0.88)  # area 0.0196, bottom centre: BOTTOM shrunk by about 3.4
NEXT_L: Box = (0.28, 0.4, 0.48, 0.6)  # centre (0.38, 0.5): left of the middle, still "in the middle"
NEXT_R: Box = (0.52, 0.4, 0.72, 0.6)  # centre (0.62, 0.5)
WIDE_L: Box = (0.02, 0.3, 0.32, 0.7)  # area 0.12, left: LEFT grown by about 1.8
WIDE_C: Box = (0.35, 0.3, 0.65, 0.7)  # area 0.12, centre
WIDE_R: Box = (0.68, 0.3, 0.98, 0.7)  # area 0.12, right
C_TL: Box = (0.04, 0.04, 0.2, 0.2)  # small corner boxes, area 0.0256
C_TR: Box = (0.8, 0.04, 0.96, 0.2)
C_BL: Box = (0.04, 0.8, 0.2, 0.96)
C_BR: Box = (0.8, 0.8, 0.96, 0.96)
MID_BIG: Box = (0.29, 0.29, 0.71, 0.71)  # area 0.1764: "big", clear of the corner boxes
HALF_L: Box = (0.05, 0.25, 0.45, 0.75)  # area 0.2, left half
HALF_R: Box = (0.55, 0.25, 0.95, 0.75)  # area 0.2, right half
RIGHT_HALF_BIG: Box = (0.52, 0.2, 0.96, 0.8)  # area 0.264, right half
TR_BIG: Box = (0.54, 0.04, 0.96, 0.46)  # area 0.1764, top right
BR_SMALL: Box = (0.8, 0.8, 0.92, 0.92)  # area 0.0144, bottom right
TOPROW: tuple[Box, ...] = tuple((x, 0.1, x + 0.14, 0.24) for x in (0.04, 0.23, 0.42, 0.61, 0.8))  # five small, on top
LOWROW3: tuple[Box, ...] = ((0.12, 0.7, 0.28, 0.86), (0.42, 0.7, 0.58, 0.86), (0.72, 0.7, 0.88, 0.86))
LOWROW4: tuple[Box, ...] = tuple((x, 0.7, x + 0.16, 0.86) for x in (0.06, 0.3, 0.54, 0.78))
RIGHT_UP: Box = (0.68, 0.08, 0.94, 0.34)  # right side, upper
RIGHT_DOWN: Box = (0.68, 0.62, 0.94, 0.88)  # right side, lower
LEFT_UP: Box = (0.06, 0.08, 0.32, 0.34)  # left side, upper
LEFT_DOWN: Box = (0.06, 0.62, 0.32, 0.88)  # left side, lower
BL_HALF: Box = (0.1, 0.55, 0.4, 0.85)  # area 0.09, bottom left
TL_BIGGER: Box = (0.04, 0.04, 0.44, 0.44)  # area 0.16, top left: TL grown by about 2.4


# --- the conversations -----------------------------------------------------------------------------------------------

_worksheet_row = doc(R("circle", LEFT, "a red circle"), R("square", CENTRE, "a blue square"),
                     R("triangle", RIGHT, "a green triangle"))
_worksheet_striped = doc(R("circle", LEFT, "a red circle"), R("square", CENTRE, "a striped blue square"),
                         R("triangle", RIGHT, "a green triangle"))
_worksheet_white = doc(R("circle", LEFT, "a red circle"), R("square", CENTRE, "a striped blue square"),
                       R("triangle", RIGHT, "a green triangle"), bg="white")
_ROW3 = (C("order_x", 0, 1, 2), C("row", 0, 1, 2))

_sun = doc(R("sun", BIG, "a big yellow circle"))
_sun_purple = doc(R("sun", BIG, "a big purple circle"))
_sun_tri = doc(R("sun", BIG, "a big yellow circle"), R("tri", CORNER_BL, "a small red triangle"))

_pm = doc(R("square", TL, "a blue square"), R("circle", BR, "an orange circle"))
_pm_swapped = doc(R("square", BR, "a blue square"), R("circle", TL, "an orange circle"))

_exact = doc(R("tri", TOP, "a green triangle"), R("sq", BOTTOM, "a purple square"))
_exact_moved = doc(R("tri", TOP, "a green triangle"), R("sq", BR, "a purple square"))
_exact_grown = doc(R("tri", TOP_BIGGER, "a green triangle"), R("sq", BR, "a purple square"))

_two_red = doc(R("c1", LEFT, "a red circle"), R("tri", CENTRE, "a blue triangle"), R("c2", RIGHT, "a red circle"))
_two_red_big = doc(R("c1", LEFT, "a red circle"), R("tri", MEDIUM, "a blue triangle"), R("c2", RIGHT, "a red circle"))

_lower = doc(R("sq", CENTRE, "a striped orange square"), R("circ", TOP, "a plain blue circle"))
_lower_green = doc(R("sq", CENTRE, "a striped orange square"), R("circ", TOP, "a plain green circle"))

_fix = doc(R("sq", RIGHT, "a red square"), R("tri", LEFT, "a yellow triangle"))
_fix_add = doc(R("sq", RIGHT, "a red square"), R("tri", LEFT, "a yellow triangle"), R("circ", BOTTOM, "a blue circle"))
_fix_rm = doc(R("sq", RIGHT, "a red square"), R("circ", BOTTOM, "a blue circle"))

_pop = doc(R("blue", LEFT, "a blue square"), R("green", CENTRE, "a green square"), R("purple", RIGHT, "a purple square"))
_pop_big = doc(R("blue", WIDE_L, "a blue square"), R("green", WIDE_C, "a green square"),
               R("purple", WIDE_R, "a purple square"))

_hero = doc(R("circle", BIG_LEFT, "a big blue circle"), R("square", SMALL_RIGHT, "a small red square"))
_hero_tri = doc(R("circle", BIG_LEFT, "a big blue circle"), R("tri", SMALL_RIGHT, "a small red triangle"))
_hero_black = doc(R("circle", BIG_LEFT, "a big blue circle"), R("tri", SMALL_RIGHT, "a small red triangle"), bg="black")

_diag = doc(R("tri", TR, "a purple triangle"), R("sq", BL, "a yellow square"))

_fresh_a = doc(R("circ", CENTRE, "a green circle"))
_fresh_b = doc(R("t1", TL, "a blue triangle"), R("t2", BR, "an orange triangle"))

_pair = doc(R("circ", NEXT_L, "a yellow circle"), R("sq", NEXT_R, "a green square"))
_pair_flipped = doc(R("sq", NEXT_L, "a green square"), R("circ", NEXT_R, "a yellow circle"))

_column = doc(R("sq", TOP, "an orange square"), R("tri", CENTRE, "a striped green triangle"),
              R("circ", BOTTOM, "a blue circle"))
_column_plain = doc(R("sq", TOP, "an orange square"), R("tri", CENTRE, "a plain green triangle"),
                    R("circ", BOTTOM, "a blue circle"))

_corners = doc(R("s1", C_TL, "a small red square"), R("s2", C_TR, "a small red square"),
               R("s3", C_BL, "a small red square"), R("s4", C_BR, "a small red square"))
_corners_c = doc(R("s1", C_TL, "a small red square"), R("s2", C_TR, "a small red square"),
                 R("s3", C_BL, "a small red square"), R("s4", C_BR, "a small red square"),
                 R("circ", MID_BIG, "a big blue circle"))
_corners_rm = doc(R("s1", C_TL, "a small red square"), R("s2", C_TR, "a small red square"),
                  R("s3", C_BL, "a small red square"), R("circ", MID_BIG, "a big blue circle"))
_CORNERS4 = (IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right"))

_night = doc(R("tri", CENTRE, "a yellow triangle"), bg="black")
_night_big = doc(R("tri", MEDIUM, "a yellow triangle"), bg="black")
_night_gray = doc(R("tri", MEDIUM, "a yellow triangle"), bg="gray")

_twins = doc(R("red", LEFT, "a red circle"), R("blue", RIGHT, "a blue circle"))
_twins_up = doc(R("red", LEFT, "a red circle"), R("blue", TR, "a blue circle"))

_side = doc(R("sq", LEFT, "a green square"), R("tri", RIGHT, "an orange triangle"))
_side_purple = doc(R("sq", LEFT, "a green square"), R("tri", RIGHT, "a purple triangle"))

_spec = doc(R("circle", RIGHT_HALF_BIG, "a big orange circle"), R("square", TINY_TL, "a small striped blue square"))
_spec_swap = doc(R("circle", RIGHT_HALF_BIG, "a big blue circle"), R("square", TINY_TL, "a small striped orange square"))

_stack = doc(R("sq", TOP, "a yellow square"), R("tri", CENTRE, "a red triangle"), R("circ", BOTTOM, "a purple circle"))
_stack_mid = doc(R("sq", TOP, "a yellow square"), R("tri", MID_BIGGER, "a red triangle"),
                 R("circ", BOTTOM, "a purple circle"))
_stack_low = doc(R("sq", TOP, "a yellow square"), R("tri", MID_BIGGER, "a red triangle"),
                 R("circ", LOW_SMALLER, "a purple circle"))

_lowtri = doc(R("tri", BOTTOM, "a blue triangle"))
_lowtri_red = doc(R("tri", BOTTOM, "a red triangle"))

_kid3 = doc(R("p", LEFT, "a purple triangle"), R("g", CENTRE, "a green triangle"), R("o", RIGHT, "an orange triangle"))
_kid3_moved = doc(R("g", LEFT, "a green triangle"), R("p", CENTRE, "a purple triangle"),
                  R("o", RIGHT, "an orange triangle"))
_kid3_stripy = doc(R("g", LEFT, "a striped green triangle"), R("p", CENTRE, "a striped purple triangle"),
                   R("o", RIGHT, "a striped orange triangle"))

_count_top = doc(*(R(f"c{i + 1}", b, "a small blue circle") for i, b in enumerate(TOPROW)))
_count_low3 = doc(*(R(f"c{i + 1}", b, "a small blue circle") for i, b in enumerate(TOPROW)),
                  *(R(f"s{i + 1}", b, "a green square") for i, b in enumerate(LOWROW3)))
_count_low4 = doc(*(R(f"c{i + 1}", b, "a small blue circle") for i, b in enumerate(TOPROW)),
                  *(R(f"s{i + 1}", b, "a green square") for i, b in enumerate(LOWROW4)))
_FIVE_TOP = (C("row", 0, 1, 2, 3, 4), IN(0, "top"), IN(1, "top"), IN(2, "top"), IN(3, "top"), IN(4, "top"),
             C("small", 0, 1, 2, 3, 4))

_halves = doc(R("square", HALF_L, "a big striped red square"), R("circle", HALF_R, "a big plain yellow circle"))
_halves_tri = doc(R("square", HALF_L, "a big striped red square"), R("tri", HALF_R, "a big plain yellow triangle"))

_typo = doc(R("tri", BR, "an orange triangle"), R("sq", TL, "a blue square"))
_typo_big = doc(R("tri", BR, "an orange triangle"), R("sq", TL_BIGGER, "a blue square"))

_greens = doc(R("g1", TL, "a green square"), R("g2", TR, "a green square"), R("circ", BOTTOM, "a red circle"))
_greens_rm = doc(R("g1", TL, "a green square"), R("circ", BOTTOM, "a red circle"))

_line3 = doc(R("circ", LEFT, "a blue circle"), R("sq", CENTRE, "a yellow square"), R("tri", RIGHT, "a red triangle"))
_line3_swap = doc(R("tri", LEFT, "a red triangle"), R("sq", CENTRE, "a yellow square"), R("circ", RIGHT, "a blue circle"))

_vague_big = doc(R("circ", BIG, "a big striped purple circle"))
_vague_small = doc(R("circ", MEDIUM, "a striped purple circle"))

_rightpair = doc(R("tri", RIGHT_UP, "a red triangle"), R("sq", RIGHT_DOWN, "a blue square"))
_leftpair = doc(R("tri", LEFT_UP, "a red triangle"), R("sq", LEFT_DOWN, "a blue square"))

_blurry = doc(R("c1", TL, "a green circle"), R("c2", TR, "a green circle"), R("sq", BOTTOM, "an orange square"))
_blurry_purple = doc(R("c1", TL, "a green circle"), R("c2", TR, "a green circle"), R("sq", BOTTOM, "a purple square"))

_lone = doc(R("sq", SMALL, "a small yellow square"))
_lone_striped = doc(R("sq", SMALL, "a small striped yellow square"))

_huge = doc(R("circ", BIG, "a huge red circle"))
_huge_half = doc(R("circ", MEDIUM, "a red circle"))
_huge_moved = doc(R("circ", BL_HALF, "a red circle"))

_stackq = doc(R("sq", TOP, "a blue square"), R("circ", BOTTOM, "a red circle"))
_stackq_tri = doc(R("sq", TOP, "a blue square"), R("tri", BOTTOM, "a red triangle"))

_badge = doc(R("sq", TR_BIG, "a big green square"), R("dot", BR_SMALL, "a small orange circle"))
_badge_plain = doc(R("sq", TR_BIG, "a big green square"), R("dot", BR_SMALL, "a small orange circle"), bg="white")

_grid_q = doc(R("a", TL, "a red circle"), R("b", TR, "a blue circle"), R("c", BL, "a yellow circle"),
              R("d", BR, "a green circle"))
_grid_q2 = doc(R("a", TL, "a red circle"), R("b", TR, "a blue circle"), R("c", BL, "a yellow circle"),
               R("d", BR, "a green square"))
_GRID4 = (IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "bottom_right"), C("grid", 0, 1, 2, 3, arg="2x2"))


ARCHIVE: list[Conversation] = [
    # plan, texture, background, thanks
    conv("teacher_odd_one_out", "edit",
         T("For my year 2 worksheet I need three shapes in a row across the middle: a red circle, then a blue square, "
           "then a green triangle, going left to right.",
           design(O("circle", "red"), O("square", "blue"), O("triangle", "green"), constraints=_ROW3),
           submit(_worksheet_row)),
         T("Could the square have stripes? The children have to spot the odd one out.",
           design(O("circle", "red", "solid"), O("square", "blue", "striped"), O("triangle", "green", "solid"),
                  constraints=_ROW3),
           submit(_worksheet_striped)),
         T("And a white background please, it prints better on our photocopier.",
           design(O("circle", "red"), O("square", "blue", "striped"), O("triangle", "green"), constraints=_ROW3,
                  background="white"),
           submit(_worksheet_white)),
         T("Lovely, that's exactly what I needed. Thank you!", kept(),
           reply="You're welcome! Good luck with the worksheet.")),

    # plan big, recolour, undo, add small in a corner
    conv("child_sun", "history",
         T("i want a big yellow sun circle", design(O("circle", "yellow"), constraints=[C("big", 0)]), submit(_sun)),
         T("make it purple!!!", design(O("circle", "purple"), constraints=[C("big", 0)]), submit(_sun_purple)),
         T("no go back i like yellow more", same_as(0), tool("undo")),
         T("can u put a tiny red triangle down in the bottom left corner",
           design(O("circle", "yellow"), O("triangle", "red"),
                  constraints=[C("big", 0), IN(1, "bottom_left"), C("small", 1)]),
           submit(_sun_tri))),

    # plan corners, swap, variations, pick, thanks
    conv("pm_terse_swap", "variations",
         T("blue square top left, orange circle bottom right. go",
           design(O("square", "blue"), O("circle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")]),
           submit(_pm)),
         T("swap em",
           design(O("square", "blue"), O("circle", "orange"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]),
           submit(_pm_swapped)),
         T("3 versions pls", varied(3), variations(3)),
         T("2nd", same_as(2), pick(2)),
         T("ship it. thx", kept(), reply="Done, the second version is now the current picture.")),

    # plan halves, move to a corner, resize, what changed, restore round
    conv("designer_exact", "history",
         T("Please place a green triangle centred in the upper half and, directly below it, a purple square centred in "
           "the lower half. Plain gray background.",
           design(O("triangle", "green"), O("square", "purple"),
                  constraints=[IN(0, "top"), IN(1, "bottom"), C("above", 0, 1), C("column", 0, 1)], background="gray"),
           submit(_exact)),
         T("Move the square into the lower right corner. Leave the triangle exactly where it is.",
           design(O("triangle", "green"), O("square", "purple"), constraints=[IN(0, "top"), IN(1, "bottom_right")]),
           submit(_exact_moved)),
         T("Now increase the triangle's size by roughly half again; same position.",
           design(O("triangle", "green"), O("square", "purple"), constraints=[IN(0, "top"), IN(1, "bottom_right")],
                  bigger=[O("triangle", "green")]),
           submit(_exact_grown)),
         T("What precisely did that last step change?", kept(), tool("what_changed")),
         T("Thanks. On reflection I prefer round 1; please return to it.", same_as(0, by_round=True), restore(1))),

    # count, between, resize bigger, why
    conv("nonnative_between", "questions",
         T("please make for me picture with two red circle and one blue triangle between them",
           design(O("circle", "red", count=2), O("triangle", "blue"), constraints=[C("between_x", 2, 0, 1)]),
           submit(_two_red)),
         T("the triangle is too much small, make him more big please",
           design(O("circle", "red", count=2), O("triangle", "blue"), constraints=[C("between_x", 2, 0, 1)],
                  bigger=[O("triangle", "blue")]),
           submit(_two_red_big)),
         T("why you put the circles so far from each other?", kept(), tool("explain_critique")),
         T("ok is good. thank you very much", kept(), reply="You're welcome!")),

    # plan relation, recolour, undo, redo, show layout
    conv("lowercase_undo_redo", "history",
         T("a striped orange square in the middle and a plain blue circle above it",
           design(O("square", "orange", "striped"), O("circle", "blue", "solid"),
                  constraints=[IN(0, "center"), C("above", 1, 0)]),
           submit(_lower)),
         T("actually make the circle green",
           design(O("square", "orange", "striped"), O("circle", "green", "solid"),
                  constraints=[IN(0, "center"), C("above", 1, 0)]),
           submit(_lower_green)),
         T("undo that", same_as(0), tool("undo")),
         T("no wait redo it i do want green after all", same_as(1), tool("redo")),
         T("show me the layout", kept(), tool("show_layout"))),

    # plan sides with a correction, add with a correction, remove, what changed
    conv("self_correcting", "edit",
         T("Put a red square on the left - sorry, I mean on the right - and a yellow triangle on the left.",
           design(O("square", "red"), O("triangle", "yellow"), constraints=[IN(0, "right"), IN(1, "left")]),
           submit(_fix)),
         T("Add a blue circle at the top. No, wait, at the bottom. Bottom middle.",
           design(O("square", "red"), O("triangle", "yellow"), O("circle", "blue"),
                  constraints=[IN(0, "right"), IN(1, "left"), IN(2, "bottom")]),
           submit(_fix_add)),
         T("Hmm, lose the triangle actually.",
           design(O("square", "red"), O("circle", "blue"), constraints=[IN(0, "right"), IN(1, "bottom")],
                  absent=[O("triangle")]),
           submit(_fix_rm)),
         T("what's different from before?", kept(), tool("what_changed"))),

    # ordered list, vague request, clarified resize, repaint one part
    conv("make_it_pop", "clarify",
         T("three squares in a row, blue green purple from left to right",
           design(O("square", "blue"), O("square", "green"), O("square", "purple"), constraints=_ROW3),
           submit(_pop)),
         T("make it pop more", kept(),
           reply="Should I make the squares bigger, change their colours, or change the background?"),
         T("bigger squares i guess",
           design(O("square", "blue"), O("square", "green"), O("square", "purple"), constraints=_ROW3,
                  bigger=[O("square", "blue"), O("square", "green"), O("square", "purple")]),
           submit(_pop_big)),
         T("have another go at the green one, it looks smudged", repainted(), repaint("green"))),

    # plan big/small halves, replace a shape, background, restore the first round
    conv("replace_then_restore", "history",
         T("a big blue circle filling the left half and a small red square on the right",
           design(O("circle", "blue"), O("square", "red"),
                  constraints=[C("big", 0), C("small", 1), IN(0, "left"), IN(1, "right"), C("larger", 0, 1)]),
           submit(_hero)),
         T("swap the square for a triangle, same colour, same spot",
           design(O("circle", "blue"), O("triangle", "red"), constraints=[C("big", 0), IN(0, "left"), IN(1, "right")],
                  absent=[O("square")]),
           submit(_hero_tri)),
         T("black background",
           design(O("circle", "blue"), O("triangle", "red"), constraints=[IN(0, "left"), IN(1, "right")],
                  background="black"),
           submit(_hero_black)),
         T("meh. take me back to the very first picture you made", same_as(0, by_round=True), restore(1))),

    # plan corners, variations, pick the last, repaint, show layout
    conv("options_then_fix", "variations",
         T("I'd like a purple triangle top right and a yellow square bottom left",
           design(O("triangle", "purple"), O("square", "yellow"), constraints=[IN(0, "top_right"), IN(1, "bottom_left")]),
           submit(_diag)),
         T("can I see four different takes on this?", varied(4), variations(4)),
         T("the last one", same_as(1), pick(4)),
         T("the triangle in that one is a bit wonky, redo just the triangle", repainted(), repaint("tri")),
         T("and what does the layout look like right now?", kept(), tool("show_layout"))),

    # plan, start over, new plan
    conv("scrap_and_restart", "start over",
         T("green circle in the centre", design(O("circle", "green"), constraints=[IN(0, "center")]), submit(_fresh_a)),
         T("hmm scrap that, let's start fresh", cleared(), tool("start_over")),
         T("blue triangle in the top left and an orange triangle in the bottom right instead",
           design(O("triangle", "blue"), O("triangle", "orange"), constraints=[IN(0, "top_left"), IN(1, "bottom_right")],
                  absent=[O("circle")]),
           submit(_fresh_b))),

    # small talk and a vague request, no render
    conv("just_chatting", "small talk",
         T("hi! what is this thing?", kept(),
           reply="Hi! I'm an image designer: tell me which shapes, colours and places you'd like and I'll draw it."),
         T("can you draw me something nice", kept(), reply="What shapes and colours would you like in it?"),
         T("hmm let me think about it and come back later", kept(), reply="Sure, take your time.")),

    # next to in the middle, flip sides, what changed, undo
    conv("next_to_flip", "edit",
         T("a yellow circle with a green square right next to it on its right, both in the middle of the picture",
           design(O("circle", "yellow"), O("square", "green"),
                  constraints=[C("left_of", 0, 1), C("row", 0, 1)]),
           submit(_pair)),
         T("flip them so the square is on the left",
           design(O("circle", "yellow"), O("square", "green"), constraints=[C("left_of", 1, 0), C("row", 0, 1)]),
           submit(_pair_flipped)),
         T("sweet. what's different now vs before", kept(), tool("what_changed")),
         T("ok put it back how it was", same_as(0), tool("undo"))),

    # between vertically, texture off, why, repaint
    conv("column_texture_why", "repaint",
         T("Make a column: orange square at the top, blue circle at the bottom, and a striped green triangle between "
           "them.",
           design(O("square", "orange"), O("circle", "blue"), O("triangle", "green", "striped"),
                  constraints=[C("between_y", 2, 0, 1), C("column", 0, 1, 2), C("above", 0, 1)]),
           submit(_column)),
         T("Make the triangle plain, no stripes.",
           design(O("square", "orange"), O("circle", "blue"), O("triangle", "green", "solid"),
                  constraints=[C("between_y", 2, 0, 1), C("above", 0, 1)]),
           submit(_column_plain)),
         T("Why does the circle look off to you?", kept(), tool("explain_critique")),
         T("Fix the circle then.", repainted(), repaint("circ"))),

    # count in corners, add big, remove one by place, undo
    conv("four_corners", "edit",
         T("four small red squares, one in each corner",
           design(O("square", "red", count=4), constraints=[*_CORNERS4, C("small", 0, 1, 2, 3)]), submit(_corners)),
         T("and a big blue circle in the middle",
           design(O("square", "red", count=4), O("circle", "blue"),
                  constraints=[*_CORNERS4, IN(4, "center"), C("big", 4)]),
           submit(_corners_c)),
         T("remove the bottom right square",
           design(O("square", "red", count=3), O("circle", "blue"),
                  constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_left"), IN(3, "center")]),
           submit(_corners_rm)),
         T("ctrl z", same_as(1), tool("undo"))),

    # background, resize bigger, background change, restore round 2
    conv("night_triangle", "history",
         T("Black background, a yellow triangle in the middle.",
           design(O("triangle", "yellow"), constraints=[IN(0, "center")], background="black"), submit(_night)),
         T("bigger", design(O("triangle", "yellow"), constraints=[IN(0, "center")], background="black",
                            bigger=[O("triangle", "yellow")]),
           submit(_night_big)),
         T("change the bg to grey",
           design(O("triangle", "yellow"), constraints=[IN(0, "center")], background="gray"), submit(_night_gray)),
         T("no, i liked the black one better. restore round 2", same_as(1, by_round=True), restore(2))),

    # ambiguous move, clarified move, variations, pick
    conv("which_one_moves", "clarify",
         T("red circle on the left, blue circle on the right",
           design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "right")]), submit(_twins)),
         T("move it up a bit", kept(), reply="Which one should I move up, the red circle or the blue circle?"),
         T("the blue one, put it in the top right corner",
           design(O("circle", "red"), O("circle", "blue"), constraints=[IN(0, "left"), IN(1, "top_right")]),
           submit(_twins_up)),
         T("cool now give me 3 variations", varied(3), variations(3)),
         T("I'll take number one", same_as(3), pick(1))),

    # side by side, ambiguous recolour, clarified, thanks
    conv("which_colour", "clarify",
         T("a square and a triangle side by side, square green, triangle orange",
           design(O("square", "green"), O("triangle", "orange"), constraints=[C("row", 0, 1)]), submit(_side)),
         T("change the colour", kept(), reply="Which shape should change colour, and to what?"),
         T("triangle -> purple",
           design(O("square", "green"), O("triangle", "purple"), constraints=[C("row", 0, 1)], absent=[O("triangle", "orange")]),
           submit(_side_purple)),
         T("thx 👍", kept(), reply="Anytime!")),

    # big and small with places, swap colours, undo, why, start over
    conv("pm_hero_colours", "start over",
         T("Need a hero image. Big orange circle, right half. Small striped blue square top-left. Gray bg.",
           design(O("circle", "orange"), O("square", "blue", "striped"),
                  constraints=[C("big", 0), IN(0, "right"), C("small", 1), IN(1, "top_left")], background="gray"),
           submit(_spec)),
         T("swap their colours",
           design(O("circle", "blue"), O("square", "orange", "striped"),
                  constraints=[C("big", 0), IN(0, "right"), IN(1, "top_left")]),
           submit(_spec_swap)),
         T("nah revert", same_as(0), tool("undo")),
         T("why does it look so flat? what did your check flag?", kept(), tool("explain_critique")),
         T("whatever, kill it, clean slate", cleared(), tool("start_over"))),

    # ordered top to bottom, bigger, smaller, undo twice, redo
    conv("top_to_bottom_steps", "history",
         T("From top to bottom: a yellow square, a red triangle, a purple circle.",
           design(O("square", "yellow"), O("triangle", "red"), O("circle", "purple"),
                  constraints=[C("order_y", 0, 1, 2), C("column", 0, 1, 2)]),
           submit(_stack)),
         T("Make the middle one bigger.",
           design(O("square", "yellow"), O("triangle", "red"), O("circle", "purple"), constraints=[C("order_y", 0, 1, 2)],
                  bigger=[O("triangle", "red")]),
           submit(_stack_mid)),
         T("And the bottom one smaller.",
           design(O("square", "yellow"), O("triangle", "red"), O("circle", "purple"), constraints=[C("order_y", 0, 1, 2)],
                  smaller=[O("circle", "purple")]),
           submit(_stack_low)),
         T("Go back two steps.", same_as(0), tool("undo"), tool("undo")),
         T("Actually no, forward again, just one.", same_as(1), tool("redo"))),

    # bottom half, recolour, variations, pick, restore round 1
    conv("variations_then_first", "variations",
         T("a blue triangle somewhere in the bottom half", design(O("triangle", "blue"), constraints=[IN(0, "bottom")]),
           submit(_lowtri)),
         T("make it red", design(O("triangle", "red"), constraints=[IN(0, "bottom")]), submit(_lowtri_red)),
         T("show me 3 alternatives", varied(3), variations(3)),
         T("i'll go with the third", same_as(2), pick(3)),
         T("hmm bring back the very first picture, the blue one", same_as(0, by_round=True), restore(1))),

    # three triangles, move one to the middle, texture all, what changed
    conv("child_triangles", "edit",
         T("draw a purple triangle and a green triangle and a orange triangle",
           design(O("triangle", "purple"), O("triangle", "green"), O("triangle", "orange")), submit(_kid3)),
         T("put the purple one in the middle",
           design(O("triangle", "purple"), O("triangle", "green"), O("triangle", "orange"),
                  constraints=[IN(0, "center"), C("between_x", 0, 1, 2)]),
           submit(_kid3_moved)),
         T("yay!! now make them all stripy",
           design(O("triangle", "purple", "striped"), O("triangle", "green", "striped"), O("triangle", "orange", "striped"),
                  constraints=[IN(0, "center")]),
           submit(_kid3_stripy)),
         T("what did u change", kept(), tool("what_changed"))),

    # five in a row on top, three along the bottom, change the count, show layout
    conv("teacher_counting", "plan",
         T("I need five small blue circles along the top for a counting exercise.",
           design(O("circle", "blue", count=5), constraints=_FIVE_TOP), submit(_count_top)),
         T("And three green squares along the bottom.",
           design(O("circle", "blue", count=5), O("square", "green", count=3),
                  constraints=[*_FIVE_TOP, C("row", 5, 6, 7), IN(5, "bottom"), IN(6, "bottom"), IN(7, "bottom")]),
           submit(_count_low3)),
         T("Actually, make it four squares, not three.",
           design(O("circle", "blue", count=5), O("square", "green", count=4),
                  constraints=[*_FIVE_TOP, C("row", 5, 6, 7, 8), IN(5, "bottom"), IN(6, "bottom"), IN(7, "bottom"),
                               IN(8, "bottom")]),
           submit(_count_low4)),
         T("Can you show me the regions so I can double-check the positions?", kept(), tool("show_layout"))),

    # big halves with textures, replace, restore round 1, repaint
    conv("halves_replace_restore", "repaint",
         T("Left half: a big striped red square. Right half: a big plain yellow circle.",
           design(O("square", "red", "striped"), O("circle", "yellow", "solid"),
                  constraints=[C("big", 0, 1), IN(0, "left"), IN(1, "right")]),
           submit(_halves)),
         T("Turn the circle into a triangle; keep everything else as is.",
           design(O("square", "red", "striped"), O("triangle", "yellow", "solid"),
                  constraints=[C("big", 0, 1), IN(0, "left"), IN(1, "right")], absent=[O("circle")]),
           submit(_halves_tri)),
         T("Put it back to round one.", same_as(0, by_round=True), restore(1)),
         T("Now re-render the square only, its stripes came out uneven.", repainted(), repaint("square"))),

    # plan with typos, resize bigger, undo, show layout
    conv("typos", "edit",
         T("orange triange bottom rigth and a blu square top left",
           design(O("triangle", "orange"), O("square", "blue"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")]),
           submit(_typo)),
         T("make the sqaure biger",
           design(O("triangle", "orange"), O("square", "blue"), constraints=[IN(0, "bottom_right"), IN(1, "top_left")],
                  bigger=[O("square", "blue")]),
           submit(_typo_big)),
         T("undo pls", same_as(0), tool("undo")),
         T("ok whats the layout now", kept(), tool("show_layout"))),

    # two alike, remove the right one, undo, critique
    conv("remove_by_place", "edit",
         T("two green squares, one top left and one top right, and a red circle at the bottom in the middle",
           design(O("square", "green", count=2), O("circle", "red"),
                  constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]),
           submit(_greens)),
         T("get rid of the one on the right",
           design(O("square", "green"), O("circle", "red"), constraints=[IN(0, "top_left"), IN(1, "bottom")]),
           submit(_greens_rm)),
         T("hmm no, bring it back", same_as(0), tool("undo")),
         T("is it done? anything you weren't happy with in the render, and why?", kept(), tool("explain_critique"))),

    # ordered left to right, swap ends, variations, pick, goodbye
    conv("swap_first_last", "variations",
         T("Left to right please: blue circle, yellow square, red triangle.",
           design(O("circle", "blue"), O("square", "yellow"), O("triangle", "red"), constraints=_ROW3),
           submit(_line3)),
         T("Swap the first and the last.",
           design(O("circle", "blue"), O("square", "yellow"), O("triangle", "red"),
                  constraints=[C("order_x", 2, 1, 0), C("row", 0, 1, 2)]),
           submit(_line3_swap)),
         T("Make me 2 alternatives of this.", varied(2), variations(2)),
         T("the first one's better", same_as(2), pick(1)),
         T("Great, that's all for today.", kept(), reply="Great, glad it worked out. Bye!")),

    # vague start, clarified, smaller, thanks
    conv("make_a_picture", "clarify",
         T("make a picture", kept(), reply="What would you like in the picture: which shapes and colours?"),
         T("one big striped purple circle",
           design(O("circle", "purple", "striped"), constraints=[C("big", 0)]), submit(_vague_big)),
         T("hmm, smaller", design(O("circle", "purple", "striped"), smaller=[O("circle", "purple")]),
           submit(_vague_small)),
         T("perfect", kept(), reply="Glad you like it!")),

    # above on one side, move both, what changed, a why answered in words
    conv("move_pair_left", "questions",
         T("a red triangle above a blue square, both over on the right side",
           design(O("triangle", "red"), O("square", "blue"), constraints=[C("above", 0, 1), IN(0, "right"), IN(1, "right")]),
           submit(_rightpair)),
         T("move both of them to the left side",
           design(O("triangle", "red"), O("square", "blue"), constraints=[C("above", 0, 1), IN(0, "left"), IN(1, "left")]),
           submit(_leftpair)),
         T("what's changed since the last one?", kept(), tool("what_changed")),
         T("and why did you keep the triangle on top?", kept(),
           reply="You asked for the triangle above the square, so I kept that when moving them both to the left.")),

    # repaint two, repaint one, recolour, restore a repainted round
    conv("blurry_repaints", "repaint",
         T("green circle top left, green circle top right, orange square at the bottom",
           design(O("circle", "green", count=2), O("square", "orange"),
                  constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]),
           submit(_blurry)),
         T("both circles came out blurry, can you redo them", repainted(), repaint("c1", "c2")),
         T("also one more try at the square", repainted(), repaint("sq")),
         T("make the square purple",
           design(O("circle", "green", count=2), O("square", "purple"),
                  constraints=[IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom")]),
           submit(_blurry_purple)),
         T("no, round 3 was better", same_as(2, by_round=True), restore(3))),

    # small centred, start over by mistake, undo it, texture
    conv("oops_start_over", "start over",
         T("small yellow square right in the centre", design(O("square", "yellow"), constraints=[IN(0, "center"), C("small", 0)]),
           submit(_lone)),
         T("start over", cleared(), tool("start_over")),
         T("oops didn't mean that, undo!", same_as(0), tool("undo")),
         T("and give it stripes", design(O("square", "yellow", "striped"), constraints=[IN(0, "center"), C("small", 0)]),
           submit(_lone_striped))),

    # big, half the size, move to a corner, what changed
    conv("huge_circle", "edit",
         T("huge red circle filling most of the picture", design(O("circle", "red"), constraints=[C("big", 0)]),
           submit(_huge)),
         T("too big, half the size", design(O("circle", "red"), smaller=[O("circle", "red")]), submit(_huge_half)),
         T("now move it to the bottom left", design(O("circle", "red"), constraints=[IN(0, "bottom_left")]),
           submit(_huge_moved)),
         T("show me what changed", kept(), tool("what_changed"))),

    # above, ambiguous replace, clarified, variations, keep the current one
    conv("replace_which", "clarify",
         T("a blue square and a red circle, square on top",
           design(O("square", "blue"), O("circle", "red"), constraints=[C("above", 0, 1)]), submit(_stackq)),
         T("replace it with a triangle", kept(),
           reply="Which one should become a triangle, the blue square or the red circle?"),
         T("the circle",
           design(O("square", "blue"), O("triangle", "red"), constraints=[C("above", 0, 1)], absent=[O("circle")]),
           submit(_stackq_tri)),
         T("nice. 2 more versions?", varied(2), variations(2)),
         T("neither, I'll stay with what I had", kept(),
           reply="No problem, I've kept the current picture as it is.")),

    # big in a corner with a small one, background, thanks
    conv("badge_background", "plan",
         T("could you please to make a big green square at top right, and small orange circle at the bottom right "
           "corner",
           design(O("square", "green"), O("circle", "orange"),
                  constraints=[C("big", 0), IN(0, "top_right"), C("small", 1), IN(1, "bottom_right")]),
           submit(_badge)),
         T("the background i want white, not grey",
           design(O("square", "green"), O("circle", "orange"), constraints=[IN(0, "top_right"), IN(1, "bottom_right")],
                  background="white"),
           submit(_badge_plain)),
         T("thank you so much, is very nice", kept(), reply="You're welcome, glad you like it!")),

    # 2x2 grid by colour, replace one by place, undo, redo
    conv("quadrant_grid", "history",
         T("2 by 2 grid of circles: red top left, blue top right, yellow bottom left, green bottom right",
           design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"), O("circle", "green"), constraints=_GRID4),
           submit(_grid_q)),
         T("make the bottom right one a square instead",
           design(O("circle", "red"), O("circle", "blue"), O("circle", "yellow"), O("square", "green"), constraints=_GRID4,
                  absent=[O("circle", "green")]),
           submit(_grid_q2)),
         T("eh, step back", same_as(0), tool("undo")),
         T("no you know what, the square was fine, redo", same_as(1), tool("redo"))),
]


if __name__ == "__main__":
    from .conversations import main

    main(ARCHIVE, least=(30, 125))
