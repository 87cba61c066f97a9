"""The fourth held-out set of conversations with the image designer for the shapes world: run it once, to measure.

Written independently of the agent (``agent/``), of its tools (``tools/``) and of the other conversation sets (the main
set, the held-out set, the fresh set and the final set): from how people talk to a chat image designer, without reading
any of them. It is meant to be run once to measure the agent, never to tune it; a set that is tuned against stops
measuring anything.

It uses the builders and the judge of :mod:`regiondit.evals.conversations` (``R`` / ``doc`` / ``submit`` ... for what
an ideal agent would call, ``design`` / ``same_as`` / ``kept`` / ``repainted`` / ``varied`` / ``cleared`` for what a
turn must leave behind). The users are a mix: most write ordinary, clear requests; some are terse, some chatty, some
polite; a few say something genuinely ambiguous, which an ideal designer answers with one question and no tool call.

    python -m regiondit.evals.conversations_blind   # counts, then the self-check of the set
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

# --- a few boxes of this set's own ---------------------------------------------------------------------------------------
C_TL: Box = (0.05, 0.05, 0.25, 0.25)  # small corner boxes, area 0.04, clear of a big shape in the middle
C_TR: Box = (0.75, 0.05, 0.95, 0.25)
C_BL: Box = (0.05, 0.75, 0.25, 0.95)
C_BR: Box = (0.75, 0.75, 0.95, 0.95)
MID_BIG: Box = (0.28, 0.28, 0.72, 0.72)  # area 0.1936, centred: "big" in the middle
TOP_BIGGER: Box = (0.3, 0.02, 0.7, 0.42)  # area 0.16: TOP grown by about 2.4
LOW_BIGGER: Box = (0.3, 0.52, 0.7, 0.92)  # area 0.16: BOTTOM grown by about 2.4
RIGHT_BIGGER: Box = (0.55, 0.25, 0.95, 0.75)  # area 0.2: RIGHT grown by about 3
PAIR_L: Box = (0.15, 0.37, 0.45, 0.63)  # two shapes side by side across the middle
PAIR_R: Box = (0.55, 0.37, 0.85, 0.63)
NEXT_L: Box = (0.25, 0.38, 0.48, 0.62)  # two shapes touching-close in the middle
NEXT_R: Box = (0.52, 0.38, 0.75, 0.62)
ABOVE_L: Box = (0.25, 0.1, 0.48, 0.34)  # over NEXT_L
LOW_L: Box = (0.25, 0.74, 0.48, 0.96)  # NEXT_L / NEXT_R / ABOVE_L moved into the bottom half
LOW_R: Box = (0.52, 0.74, 0.75, 0.96)
LOW_ABOVE_L: Box = (0.25, 0.52, 0.48, 0.7)
TRI_OVER: Box = (0.25, 0.1, 0.75, 0.6)  # area 0.25, above a row along the bottom


def _dots(n: int) -> list[Box]:
    """``n`` small boxes spread evenly along the bottom edge (area 0.0196 each)."""
    step = 1 / n
    return [(step * (k + 0.5) - 0.07, 0.76, step * (k + 0.5) + 0.07, 0.9) for k in range(n)]


# --- b01: corners, background, undo and redo -----------------------------------------------------------------------------
B01_A = doc(R("circle", TL, "a red circle"), R("square", BR, "a blue square"))
B01_B = doc(R("circle", TL, "a red circle"), R("square", BR, "a blue square"), bg="black")
B01_OBJ = (O("circle", "red"), O("square", "blue"))
B01_WHERE = (IN(0, "top_left"), IN(1, "bottom_right"))

# --- b02: left of, then something above both --------------------------------------------------------------------------------
B02_A = doc(R("triangle", LEFT, "a green triangle"), R("circle", RIGHT, "a yellow circle"))
B02_B = doc(R("triangle", LEFT, "a green triangle"), R("circle", RIGHT, "a yellow circle"), R("square", TOP, "a purple square"))

# --- b03: an ordered row, a swap, variations, pick, critique ------------------------------------------------------------------
B03_A = doc(R("square", LEFT, "a red square"), R("circle", CENTRE, "an orange circle"), R("triangle", RIGHT, "a blue triangle"))
B03_B = doc(R("square", RIGHT, "a red square"), R("circle", CENTRE, "an orange circle"), R("triangle", LEFT, "a blue triangle"))
B03_OBJ = (O("square", "red"), O("circle", "orange"), O("triangle", "blue"))

# --- b04: a count in the corners, a big one in the middle, remove one, restore a round ----------------------------------------
B04_CORNERS = [R(f"triangle_{k}", box, "a small yellow triangle") for k, box in enumerate((C_TL, C_TR, C_BL, C_BR), 1)]
B04_A = doc(*B04_CORNERS, bg="white")
B04_B = doc(*B04_CORNERS, R("circle", MID_BIG, "a big red circle"), bg="white")
B04_C = doc(*(r for r in B04_CORNERS if r["id"] != "triangle_3"), R("circle", MID_BIG, "a big red circle"), bg="white")

# --- b05: one big striped shape, recolour, texture -------------------------------------------------------------------------
B05_A = doc(R("square", BIG, "a big striped orange square"))
B05_B = doc(R("square", BIG, "a big striped blue square"))
B05_C = doc(R("square", BIG, "a big plain blue square"))

# --- b06: resize both ways, undo -------------------------------------------------------------------------------------------
B06_A = doc(R("circle", LEFT, "a small green circle"), R("triangle", RIGHT, "a small red triangle"))
B06_B = doc(R("circle", BIG_LEFT, "a big green circle"), R("triangle", RIGHT, "a small red triangle"))
B06_C = doc(R("circle", BIG_LEFT, "a big green circle"), R("triangle", SMALL_RIGHT, "a small red triangle"))

# --- b07: vague start, a plan, vague again, grow both ---------------------------------------------------------------------
B07_A = doc(R("triangle", TOP, "a purple triangle"), R("circle", BOTTOM, "an orange circle"))
B07_B = doc(R("triangle", TOP_BIGGER, "a purple triangle"), R("circle", LOW_BIGGER, "an orange circle"))

# --- b09: a sun on black, add, variations, pick, repaint ------------------------------------------------------------------
B09_A = doc(R("sun", TR, "a yellow circle"), bg="black")
B09_B = doc(R("sun", TR, "a yellow circle"), R("square", BL, "a green square"), bg="black")

# --- b10: two of a kind, start over, something else ------------------------------------------------------------------------
B10_A = doc(R("square_1", PAIR_L, "a blue square"), R("square_2", PAIR_R, "a blue square"))
B10_B = doc(R("triangle", BOTTOM, "a red triangle"))

# --- b11: between, texture, what changed, revert --------------------------------------------------------------------------
B11_A = doc(R("square_1", LEFT, "a purple square"), R("circle", CENTRE, "an orange circle"), R("square_2", RIGHT, "a purple square"))
B11_B = doc(R("square_1", LEFT, "a purple square"), R("circle", CENTRE, "a striped orange circle"), R("square_2", RIGHT, "a purple square"))
B11_REL = (C("between_x", 0, 1, 2), C("row", 0, 1, 2))

# --- b12: a column, move, back to round 1, variations, pick ---------------------------------------------------------------
B12_A = doc(R("red", TOP, "a red circle"), R("yellow", CENTRE, "a yellow circle"), R("green", BOTTOM, "a green circle"))
B12_B = doc(R("red", TOP, "a red circle"), R("yellow", CENTRE, "a yellow circle"), R("green", BR, "a green circle"))
B12_OBJ = (O("circle", "red"), O("circle", "yellow"), O("circle", "green"))

# --- b13: "move it" with two things, then move, remove ---------------------------------------------------------------------
B13_A = doc(R("triangle", LEFT, "a blue triangle"), R("square", RIGHT, "a yellow square"))
B13_B = doc(R("triangle", LEFT, "a blue triangle"), R("square", TR, "a yellow square"))
B13_C = doc(R("square", TR, "a yellow square"))

# --- b14: halves, sizes, swap colours, undo, redo --------------------------------------------------------------------------
B14_A = doc(R("square", BIG_LEFT, "a big red square"), R("circle", SMALL_RIGHT, "a small blue circle"))
B14_B = doc(R("square", BIG_LEFT, "a big blue square"), R("circle", SMALL_RIGHT, "a small red circle"))
B14_REL = (IN(0, "left"), IN(1, "right"), C("big", 0), C("small", 1), C("larger", 0, 1))

# --- b15: white background, then grey, why, repaint -----------------------------------------------------------------------
B15_A = doc(R("circle", TOP, "a purple circle"), R("triangle", BOTTOM, "an orange triangle"), bg="white")
B15_B = doc(R("circle", TOP, "a purple circle"), R("triangle", BOTTOM, "an orange triangle"), bg="gray")
B15_REL = (IN(0, "top"), IN(1, "bottom"), C("above", 0, 1))

# --- b16: above / below, show the layout, add between, what changed ----------------------------------------------------------
B16_A = doc(R("green", TOP, "a green square"), R("red", BOTTOM, "a red square"))
B16_B = doc(R("green", TOP, "a green square"), R("red", BOTTOM, "a red square"), R("circle", CENTRE, "a yellow circle"))

# --- b17: recolour, shrink, back to round 1, variations, pick ---------------------------------------------------------------
B17_A = doc(R("circle", BIG, "a big blue circle"))
B17_B = doc(R("circle", BIG, "a big red circle"))
B17_C = doc(R("circle", SMALL, "a small red circle"))

# --- b18: a polite user ----------------------------------------------------------------------------------------------------
B18_A = doc(R("triangle", BL, "an orange triangle"), R("circle", TR, "a green circle"))
B18_B = doc(R("triangle", BL, "an orange triangle"), R("circle", TR, "a green circle"), R("square", CENTRE, "a striped purple square"))
B18_C = doc(R("triangle", BL, "an orange triangle"), R("circle", TR, "a green circle"), R("square", CENTRE, "a plain purple square"))
B18_REL = (IN(0, "bottom_left"), IN(1, "top_right"))

# --- b19: a terse user -----------------------------------------------------------------------------------------------------
B19_A = doc(R("circle", CENTRE, "a red circle"))
B19_B = doc(R("circle", BIG, "a big red circle"))
B19_C = doc(R("circle", BIG, "a big red circle"), bg="black")

# --- b20: a row of five, fewer, a big one above, critique ----------------------------------------------------------------------
B20_A = doc(*(R(f"dot_{k}", box, "a small yellow circle") for k, box in enumerate(_dots(5), 1)))
B20_DOTS3 = [R(f"dot_{k}", box, "a small yellow circle") for k, box in enumerate(_dots(3), 1)]
B20_B = doc(*B20_DOTS3)
B20_C = doc(*B20_DOTS3, R("triangle", TRI_OVER, "a big red triangle"))

# --- b21: two alike, "the red one", then the right one goes ------------------------------------------------------------------
B21_A = doc(R("left", LEFT, "a red triangle"), R("right", RIGHT, "a red triangle"))
B21_B = doc(R("left", LEFT, "a red triangle"))
B21_C = doc(R("left", LEFT, "a red triangle"), bg="black")

# --- b22: variations straight away, pick, recolour, back to round 1, repaint ---------------------------------------------------
B22_A = doc(R("circle", TL, "a striped green circle"), R("square", BR, "a plain orange square"))
B22_B = doc(R("circle", TL, "a striped green circle"), R("square", BR, "a plain purple square"))
B22_REL = (IN(0, "top_left"), IN(1, "bottom_right"))

# --- b23: next to, above, move everything down, revert ----------------------------------------------------------------------
B23_A = doc(R("square", NEXT_L, "a blue square"), R("triangle", NEXT_R, "a yellow triangle"))
B23_B = doc(R("square", NEXT_L, "a blue square"), R("triangle", NEXT_R, "a yellow triangle"), R("circle", ABOVE_L, "a red circle"))
B23_C = doc(R("square", LOW_L, "a blue square"), R("triangle", LOW_R, "a yellow triangle"), R("circle", LOW_ABOVE_L, "a red circle"))
B23_OBJ = (O("square", "blue"), O("triangle", "yellow"), O("circle", "red"))

# --- b24: start fresh, without the old colour, why -----------------------------------------------------------------------------
B24_A = doc(R("circle", PAIR_L, "an orange circle"), R("triangle", PAIR_R, "an orange triangle"))
B24_B = doc(R("square", TR, "a purple square"), R("circle", BL, "a green circle"))

# --- b25: two undos and a redo ---------------------------------------------------------------------------------------------
B25_A = doc(R("triangle", CENTRE, "a blue triangle"))
B25_B = doc(R("triangle", CENTRE, "a yellow triangle"))
B25_C = doc(R("triangle", CENTRE, "a striped yellow triangle"))

# --- b26: "change the colour", then which one, then grow ----------------------------------------------------------------------
B26_A = doc(R("square", TOP, "a red square"), R("triangle", BOTTOM, "a green triangle"))
B26_B = doc(R("square", TOP, "a red square"), R("triangle", BOTTOM, "a blue triangle"))
B26_C = doc(R("square", TOP_BIGGER, "a red square"), R("triangle", BOTTOM, "a blue triangle"))

# --- b27: a 2x2 grid, swap a shape, show the layout, start over ----------------------------------------------------------------
B27_A = doc(R("red", TL, "a red square"), R("blue", TR, "a blue square"), R("green", BL, "a green square"), R("yellow", BR, "a yellow square"))
B27_B = doc(R("red", TL, "a red square"), R("blue", TR, "a blue square"), R("green", BL, "a green square"), R("yellow", BR, "a yellow circle"))

# --- b28: "go back to an earlier one", which one, restore -----------------------------------------------------------------------
B28_A = doc(R("circle", RIGHT, "a purple circle"))
B28_B = doc(R("circle", RIGHT, "a green circle"))
B28_C = doc(R("circle", RIGHT_BIGGER, "a green circle"))


BLIND: list[Conversation] = [
    conv(
        "b01_corners_black_background",
        "places",
        T(
            "Can you put a red circle in the top left corner and a blue square in the bottom right?",
            design(*B01_OBJ, constraints=B01_WHERE),
            submit(B01_A),
        ),
        T("Make the background black.", design(*B01_OBJ, constraints=B01_WHERE, background="black"), submit(B01_B)),
        T("hmm, take that back", same_as(0), tool("undo")),
        T("no wait, the black was better after all. put it back", same_as(1), tool("redo")),
    ),
    conv(
        "b02_left_of_then_above",
        "relations",
        T(
            "I'd like a green triangle with a yellow circle to its right",
            design(O("triangle", "green"), O("circle", "yellow"), constraints=(C("left_of", 0, 1),)),
            submit(B02_A),
        ),
        T(
            "Now put a purple square above the two of them, up at the top",
            design(
                O("triangle", "green"),
                O("circle", "yellow"),
                O("square", "purple"),
                constraints=(C("left_of", 0, 1), C("above", 2, 0), C("above", 2, 1), IN(2, "top")),
            ),
            submit(B02_B),
        ),
        T("What did you change just now?", kept(), tool("what_changed")),
        T("great, thanks!", kept(), reply="You're welcome! Tell me if you'd like anything else changed."),
    ),
    conv(
        "b03_row_swap_options",
        "ordered list",
        T(
            "Three shapes in a row, left to right: a red square, an orange circle, a blue triangle.",
            design(*B03_OBJ, constraints=(C("order_x", 0, 1, 2), C("row", 0, 1, 2))),
            submit(B03_A),
        ),
        T(
            "swap the square and the triangle",
            design(*B03_OBJ, constraints=(C("order_x", 2, 1, 0), C("row", 0, 1, 2))),
            submit(B03_B),
        ),
        T("give me 3 alternatives of this", varied(3), variations(3)),
        T("the second one, please", same_as(2), pick(2)),
        T("Is anything still off with it in your view?", kept(), tool("explain_critique")),
    ),
    conv(
        "b04_corners_count_restore",
        "counts",
        T(
            "Four small yellow triangles, one in each corner, on a white background.",
            design(O("triangle", "yellow", count=4), constraints=(C("grid", 0, 1, 2, 3, arg="2x2"), C("small", 0, 1, 2, 3)), background="white"),
            submit(B04_A),
        ),
        T(
            "Now add a big red circle in the middle.",
            design(
                O("triangle", "yellow", count=4),
                O("circle", "red"),
                constraints=(C("small", 0, 1, 2, 3), IN(4, "center"), C("big", 4)),
                background="white",
            ),
            submit(B04_B),
        ),
        T(
            "Remove the triangle in the bottom left",
            design(
                O("triangle", "yellow", count=3),
                O("circle", "red"),
                constraints=(IN(0, "top_left"), IN(1, "top_right"), IN(2, "bottom_right"), IN(3, "center"), C("big", 3)),
                background="white",
            ),
            submit(B04_C),
        ),
        T("Go back to how it was in round 2", same_as(1, by_round=True), restore(2)),
    ),
    conv(
        "b05_striped_square_recolour",
        "texture",
        T(
            "Draw a big striped orange square in the centre.",
            design(O("square", "orange", "striped"), constraints=(IN(0, "center"), C("big", 0))),
            submit(B05_A),
        ),
        T("make it blue instead", design(O("square", "blue", "striped"), constraints=(IN(0, "center"),)), submit(B05_B)),
        T("and lose the stripes, plain please", design(O("square", "blue", "solid"), constraints=(IN(0, "center"),)), submit(B05_C)),
        T("can I see the layout you're working from?", kept(), tool("show_layout")),
    ),
    conv(
        "b06_grow_and_shrink",
        "resize",
        T(
            "a small green circle on the left and a small red triangle on the right",
            design(O("circle", "green"), O("triangle", "red"), constraints=(IN(0, "left"), IN(1, "right"), C("small", 0, 1))),
            submit(B06_A),
        ),
        T(
            "make the circle a lot bigger",
            design(O("circle", "green"), O("triangle", "red"), constraints=(IN(0, "left"), IN(1, "right")), bigger=(O("circle", "green"),)),
            submit(B06_B),
        ),
        T(
            "and the triangle a touch smaller",
            design(O("circle", "green"), O("triangle", "red"), constraints=(IN(0, "left"), IN(1, "right")), smaller=(O("triangle", "red"),)),
            submit(B06_C),
        ),
        T("undo that last one", same_as(1), tool("undo")),
    ),
    conv(
        "b07_vague_then_plan_then_vague",
        "clarify",
        T(
            "Make me something cool",
            kept(),
            reply="Happy to! What would you like in it: which shapes, in which colours, and roughly where?",
        ),
        T(
            "ok, a purple triangle at the top and an orange circle underneath it",
            design(O("triangle", "purple"), O("circle", "orange"), constraints=(C("above", 0, 1), IN(0, "top"))),
            submit(B07_A),
        ),
        T(
            "make it look nicer",
            kept(),
            reply="Nicer in what way: other colours, bigger shapes, or a different arrangement?",
        ),
        T(
            "bigger shapes, both of them",
            design(
                O("triangle", "purple"),
                O("circle", "orange"),
                constraints=(C("above", 0, 1),),
                bigger=(O("triangle", "purple"), O("circle", "orange")),
            ),
            submit(B07_B),
        ),
    ),
    conv(
        "b08_chat_only",
        "small talk",
        T(
            "hi there! what can you do?",
            kept(),
            reply=(
                "Hi! I design pictures of simple shapes: circles, squares and triangles in different colours, plain or striped, "
                "placed wherever you like on a plain background. Tell me what you'd like and I'll draw it."
            ),
        ),
        T("could you draw me something nice", kept(), reply="Sure! What should be in it: which shapes and colours would you like?"),
        T("hmm, let me think about it and come back later. thanks", kept(), reply="Of course, take your time. I'll be here."),
    ),
    conv(
        "b09_sun_options_repaint",
        "variations",
        T(
            "a yellow circle in the top right, like a sun, on a black background",
            design(O("circle", "yellow"), constraints=(IN(0, "top_right"),), background="black"),
            submit(B09_A),
        ),
        T(
            "add a green square down in the bottom left",
            design(O("circle", "yellow"), O("square", "green"), constraints=(IN(0, "top_right"), IN(1, "bottom_left")), background="black"),
            submit(B09_B),
        ),
        T("give me a few options", varied(3), variations(3)),
        T("I like the last one best", same_as(2), pick(3)),
        T("redo just the square, its edges look rough", repainted(), repaint("square")),
    ),
    conv(
        "b10_pair_then_start_over",
        "start over",
        T(
            "two blue squares side by side",
            design(O("square", "blue", count=2), constraints=(C("row", 0, 1),)),
            submit(B10_A),
        ),
        T("nah, let's start over", cleared(), tool("start_over")),
        T(
            "a single red triangle, bottom centre",
            design(O("triangle", "red"), constraints=(IN(0, "bottom"),), absent=(O("square", "blue"),)),
            submit(B10_B),
        ),
        T("perfect, thank you", kept(), reply="Glad you like it!"),
    ),
    conv(
        "b11_between_striped_revert",
        "relations",
        T(
            "put an orange circle between two purple squares, all in a line across the middle",
            design(O("circle", "orange"), O("square", "purple", count=2), constraints=B11_REL),
            submit(B11_A),
        ),
        T(
            "make the circle striped",
            design(O("circle", "orange", "striped"), O("square", "purple", count=2), constraints=B11_REL),
            submit(B11_B),
        ),
        T("what changed?", kept(), tool("what_changed")),
        T("revert that", same_as(0), tool("undo")),
    ),
    conv(
        "b12_column_move_round_one",
        "restore",
        T(
            "stack three circles top to bottom: red, then yellow, then green",
            design(*B12_OBJ, constraints=(C("order_y", 0, 1, 2), C("column", 0, 1, 2))),
            submit(B12_A),
        ),
        T(
            "move the green one to the bottom right corner",
            design(*B12_OBJ, constraints=(C("above", 0, 1), IN(2, "bottom_right"))),
            submit(B12_B),
        ),
        T("hmm no. back to the very first version", same_as(0, by_round=True), restore(1)),
        T("now make 2 variations of that", varied(2), variations(2)),
        T("first one's better", same_as(3), pick(1)),
    ),
    conv(
        "b13_move_which_one",
        "clarify",
        T(
            "a blue triangle on the left and a yellow square on the right",
            design(O("triangle", "blue"), O("square", "yellow"), constraints=(IN(0, "left"), IN(1, "right"))),
            submit(B13_A),
        ),
        T("move it up a bit", kept(), reply="Which one should I move up: the blue triangle or the yellow square?"),
        T(
            "the square. put it in the top right corner",
            design(O("triangle", "blue"), O("square", "yellow"), constraints=(IN(0, "left"), IN(1, "top_right"))),
            submit(B13_B),
        ),
        T(
            "good. now get rid of the triangle",
            design(O("square", "yellow"), constraints=(IN(0, "top_right"),), absent=(O("triangle"),)),
            submit(B13_C),
        ),
    ),
    conv(
        "b14_halves_swap_colours",
        "undo redo",
        T(
            "Fill the left half with a big red square and put a small blue circle in the right half",
            design(O("square", "red"), O("circle", "blue"), constraints=B14_REL),
            submit(B14_A),
        ),
        T("Swap their colours", design(O("square", "blue"), O("circle", "red"), constraints=B14_REL), submit(B14_B)),
        T("nope, revert", same_as(0), tool("undo")),
        T("ugh, sorry, I changed my mind again. redo it", same_as(1), tool("redo")),
    ),
    conv(
        "b15_background_why_repaint",
        "background",
        T(
            "A white background with a purple circle at the top and an orange triangle at the bottom",
            design(O("circle", "purple"), O("triangle", "orange"), constraints=B15_REL, background="white"),
            submit(B15_A),
        ),
        T(
            "make the background grey instead",
            design(O("circle", "purple"), O("triangle", "orange"), constraints=B15_REL, background="gray"),
            submit(B15_B),
        ),
        T("The triangle looks a bit wrong to me. Why is that, what did your check find?", kept(), tool("explain_critique")),
        T("ok, redo just the triangle then", repainted(), repaint("triangle")),
    ),
    conv(
        "b16_show_layout_add_between",
        "layout",
        T(
            "green square top middle, red square bottom middle",
            design(O("square", "green"), O("square", "red"), constraints=(IN(0, "top"), IN(1, "bottom"), C("above", 0, 1))),
            submit(B16_A),
        ),
        T("show me the layout", kept(), tool("show_layout")),
        T(
            "add a yellow circle between them",
            design(O("square", "green"), O("square", "red"), O("circle", "yellow"), constraints=(C("between_y", 2, 0, 1), C("above", 0, 1))),
            submit(B16_B),
        ),
        T("what's different from before?", kept(), tool("what_changed")),
    ),
    conv(
        "b17_shrink_then_round_one_options",
        "restore",
        T("one big blue circle, centred", design(O("circle", "blue"), constraints=(IN(0, "center"), C("big", 0))), submit(B17_A)),
        T("make it red", design(O("circle", "red"), constraints=(IN(0, "center"), C("big", 0))), submit(B17_B)),
        T(
            "now make it small",
            design(O("circle", "red"), constraints=(IN(0, "center"), C("small", 0)), smaller=(O("circle", "red"),)),
            submit(B17_C),
        ),
        T("Honestly I preferred round one. Can we go back to it?", same_as(0, by_round=True), restore(1)),
        T("and 4 variations of that please", varied(4), variations(4)),
        T("number 3", same_as(4), pick(3)),
    ),
    conv(
        "b18_polite_poster",
        "places",
        T(
            "Hello! I'm making a poster for my kid's class. Could you please draw an orange triangle in the lower left "
            "and a green circle in the upper right?",
            design(O("triangle", "orange"), O("circle", "green"), constraints=B18_REL),
            submit(B18_A),
        ),
        T(
            "Lovely! Could you also add a striped purple square in the middle?",
            design(O("triangle", "orange"), O("circle", "green"), O("square", "purple", "striped"), constraints=(*B18_REL, IN(2, "center"))),
            submit(B18_B),
        ),
        T(
            "Oh, on second thought the square would look better without the stripes. Would you mind?",
            design(O("triangle", "orange"), O("circle", "green"), O("square", "purple", "solid"), constraints=(*B18_REL, IN(2, "center"))),
            submit(B18_C),
        ),
        T("Thank you so much, that's just what I needed.", kept(), reply="You're very welcome, good luck with the poster!"),
    ),
    conv(
        "b19_terse",
        "resize",
        T("red circle. center.", design(O("circle", "red"), constraints=(IN(0, "center"),)), submit(B19_A)),
        T("bigger", design(O("circle", "red"), constraints=(IN(0, "center"),), bigger=(O("circle", "red"),)), submit(B19_B)),
        T("black bg", design(O("circle", "red"), constraints=(IN(0, "center"),), background="black"), submit(B19_C)),
        T("undo", same_as(1), tool("undo")),
        T("3 more like this", varied(3), variations(3)),
    ),
    conv(
        "b20_row_of_five_fewer_big_above",
        "counts",
        T(
            "five small yellow circles in a row along the bottom",
            design(O("circle", "yellow", count=5), constraints=(C("row", 0, 1, 2, 3, 4), IN(0, "bottom"), C("small", 0, 1, 2, 3, 4))),
            submit(B20_A),
        ),
        T(
            "drop two of them, three is plenty",
            design(O("circle", "yellow", count=3), constraints=(C("row", 0, 1, 2), IN(0, "bottom"))),
            submit(B20_B),
        ),
        T(
            "add a big red triangle above them",
            design(
                O("circle", "yellow", count=3),
                O("triangle", "red"),
                constraints=(C("row", 0, 1, 2), C("above", 3, 0), C("above", 3, 1), C("above", 3, 2), C("big", 3)),
            ),
            submit(B20_C),
        ),
        T("what's your take, does anything look off?", kept(), tool("explain_critique")),
    ),
    conv(
        "b21_which_red_triangle",
        "remove",
        T(
            "two red triangles, one on the left and one on the right",
            design(O("triangle", "red", count=2), constraints=(C("row", 0, 1),)),
            submit(B21_A),
        ),
        T("get rid of the red one", kept(), reply="Both triangles are red. Which one should go, the left one or the right one?"),
        T("the one on the right", design(O("triangle", "red"), constraints=(IN(0, "left"),)), submit(B21_B)),
        T("and make the background black", design(O("triangle", "red"), constraints=(IN(0, "left"),), background="black"), submit(B21_C)),
    ),
    conv(
        "b22_options_first_then_round_one",
        "variations",
        T(
            "a striped green circle at the top left and a plain orange square at the bottom right",
            design(O("circle", "green", "striped"), O("square", "orange", "solid"), constraints=B22_REL),
            submit(B22_A),
        ),
        T("show me two versions of it", varied(2), variations(2)),
        T("I'll take the first", same_as(1), pick(1)),
        T(
            "make the square purple",
            design(O("circle", "green", "striped"), O("square", "purple", "solid"), constraints=B22_REL),
            submit(B22_B),
        ),
        T("hmm, go back to round 1", same_as(0, by_round=True), restore(1)),
        T("repaint only the circle, the stripes look wobbly", repainted(), repaint("circle")),
    ),
    conv(
        "b23_next_to_move_down",
        "move",
        T(
            "a blue square right next to a yellow triangle",
            design(O("square", "blue"), O("triangle", "yellow"), constraints=(C("row", 0, 1),)),
            submit(B23_A),
        ),
        T(
            "put a red circle above the square",
            design(*B23_OBJ, constraints=(C("row", 0, 1), C("above", 2, 0))),
            submit(B23_B),
        ),
        T(
            "move the whole thing down into the bottom half",
            design(*B23_OBJ, constraints=(C("row", 0, 1), C("above", 2, 0), IN(0, "bottom"), IN(1, "bottom"), IN(2, "bottom"))),
            submit(B23_C),
        ),
        T("actually no, revert that", same_as(1), tool("undo")),
    ),
    conv(
        "b24_fresh_without_orange",
        "start over",
        T(
            "an orange circle and an orange triangle next to each other",
            design(O("circle", "orange"), O("triangle", "orange"), constraints=(C("row", 0, 1),)),
            submit(B24_A),
        ),
        T("scrap this, I want to start fresh", cleared(), tool("start_over")),
        T(
            "this time no orange at all: a purple square in the top right and a green circle in the bottom left",
            design(
                O("square", "purple"),
                O("circle", "green"),
                constraints=(IN(0, "top_right"), IN(1, "bottom_left")),
                absent=(O("circle", "orange"), O("triangle", "orange")),
            ),
            submit(B24_B),
        ),
        T(
            "why did you put the circle down there?",
            kept(),
            reply="You asked for the green circle in the bottom left, so I placed it in that corner, away from the square.",
        ),
    ),
    conv(
        "b25_undo_twice_redo",
        "undo redo",
        T("blue triangle in the middle", design(O("triangle", "blue"), constraints=(IN(0, "center"),)), submit(B25_A)),
        T("make it yellow", design(O("triangle", "yellow"), constraints=(IN(0, "center"),)), submit(B25_B)),
        T("now give it stripes", design(O("triangle", "yellow", "striped"), constraints=(IN(0, "center"),)), submit(B25_C)),
        T("undo that", same_as(1), tool("undo")),
        T("and undo once more", same_as(0), tool("undo")),
        T("ok redo one step", same_as(1), tool("redo")),
    ),
    conv(
        "b26_which_colour",
        "recolour",
        T(
            "a red square at the top and a green triangle at the bottom",
            design(O("square", "red"), O("triangle", "green"), constraints=(IN(0, "top"), IN(1, "bottom"))),
            submit(B26_A),
        ),
        T("change the colour", kept(), reply="Sure. Which shape should change, the square or the triangle, and to what colour?"),
        T(
            "the triangle. make it blue",
            design(O("square", "red"), O("triangle", "blue"), constraints=(IN(0, "top"), IN(1, "bottom"))),
            submit(B26_B),
        ),
        T(
            "and the square a bit bigger",
            design(O("square", "red"), O("triangle", "blue"), constraints=(IN(0, "top"), C("above", 0, 1)), bigger=(O("square", "red"),)),
            submit(B26_C),
        ),
    ),
    conv(
        "b27_grid_replace_show",
        "layout",
        T(
            "a 2 by 2 grid of squares: red and blue on the top row, green and yellow on the bottom row",
            design(
                O("square", "red"),
                O("square", "blue"),
                O("square", "green"),
                O("square", "yellow"),
                constraints=(C("grid", 0, 1, 2, 3, arg="2x2"), C("left_of", 0, 1), C("left_of", 2, 3), C("above", 0, 2), C("above", 1, 3)),
            ),
            submit(B27_A),
        ),
        T(
            "replace the yellow square with a yellow circle",
            design(
                O("square", "red"),
                O("square", "blue"),
                O("square", "green"),
                O("circle", "yellow"),
                constraints=(C("grid", 0, 1, 2, 3, arg="2x2"), IN(3, "bottom_right")),
                absent=(O("square", "yellow"),),
            ),
            submit(B27_B),
        ),
        T("show me how it's laid out", kept(), tool("show_layout")),
        T("ok, wipe it all and start over", cleared(), tool("start_over")),
    ),
    conv(
        "b28_which_earlier_one",
        "clarify",
        T("purple circle on the right", design(O("circle", "purple"), constraints=(IN(0, "right"),)), submit(B28_A)),
        T("make it green", design(O("circle", "green"), constraints=(IN(0, "right"),)), submit(B28_B)),
        T("make it bigger", design(O("circle", "green"), constraints=(IN(0, "right"),), bigger=(O("circle", "green"),)), submit(B28_C)),
        T(
            "go back to an earlier one",
            kept(),
            reply="Which one would you like: the green circle before it grew, or the original purple one?",
        ),
        T("the purple one", same_as(0, by_round=True), restore(1)),
    ),
]


if __name__ == "__main__":
    from .conversations import main

    main(BLIND, least=(26, 110))
