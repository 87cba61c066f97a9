"""A fifth hand-written request set for the layout planner: 176 requests in 34 constructions of arrangements and
spatial reasoning: patterns (alternating colours or shapes, repeating sequences, every other one striped, sizes
growing along a line), networks of relations ("to its left ..., above the square ..."), grids described row by row or
column by column, checkerboards, canvas places combined with relations, stacks and towers, formations (an L, a V, a
plus sign), counts with places and sizes, and things the world cannot draw mixed in.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the other sets; every case was checked satisfiable before the planner
ran. First look, before any planner change informed by it: 92 of 176 right (52.3%), 83 failures silent. This is the
rule-based planner's open frontier: an LLM planner (``--llm openai-compatible:...``) is the path for such requests.
"""

from __future__ import annotations

from .paraphrases import C, Case, Obj

CASES: list[Case] = []


def K(construction: str, prompt: str, objects, constraints=(), absent=(), bg: str | None = None) -> None:
    CASES.append(Case(prompt, construction, tuple(objects), tuple(absent), bg, tuple(constraints)))


def pairs(kind: str, A, B) -> list:
    """kind(a, b) for every a in A and b in B."""
    return [C(kind, a, b) for a in A for b in B]


O = Obj  # noqa: E741 (short, as the cases are many)
R = range

# 1 alternating colours in a row -----------------------------------------------------------------------------------
k = "alt_colour_row"
K(
    k,
    "a row of five circles alternating red and blue, starting and ending with red",
    [O("circle", "red", count=3), O("circle", "blue", count=2)],
    [C("row", *R(5)), C("order_x", 0, 3, 1, 4, 2)],
)
K(
    k,
    "Draw four squares in a horizontal line, alternating green and yellow, with green first on the left.",
    [O("square", "green", count=2), O("square", "yellow", count=2)],
    [C("row", *R(4)), C("order_x", 0, 2, 1, 3)],
)
K(
    k,
    "six triangles side by side, colours alternating purple, orange, purple, orange, purple, orange from left to right",
    [O("triangle", "purple", count=3), O("triangle", "orange", count=3)],
    [C("row", *R(6)), C("order_x", 0, 3, 1, 4, 2, 5)],
)
K(
    k,
    "a line of three circles across the picture: orange on the left, blue in the middle, orange again on the right",
    [O("circle", "orange", count=2), O("circle", "blue")],
    [C("row", 0, 1, 2), C("order_x", 0, 2, 1)],
)
K(
    k,
    "put five small squares in a row, going red blue red blue red",
    [O("square", "red", count=3), O("square", "blue", count=2)],
    [C("row", *R(5)), C("order_x", 0, 3, 1, 4, 2), C("small", *R(5))],
)

# 2 alternating colours in a column --------------------------------------------------------------------------------
k = "alt_colour_column"
K(
    k,
    "a column of five circles alternating yellow and purple, yellow at the top",
    [O("circle", "yellow", count=3), O("circle", "purple", count=2)],
    [C("column", *R(5)), C("order_y", 0, 3, 1, 4, 2)],
)
K(
    k,
    "stack four squares vertically, alternating red and green, with red on top",
    [O("square", "red", count=2), O("square", "green", count=2)],
    [C("column", *R(4)), C("order_y", 0, 2, 1, 3)],
)
K(
    k,
    "a vertical line of three triangles, blue at the top and at the bottom with an orange one between them",
    [O("triangle", "blue", count=2), O("triangle", "orange")],
    [C("column", 0, 1, 2), C("order_y", 0, 2, 1)],
)
K(
    k,
    "In one column, top to bottom: a red circle, a blue square, a red circle, a blue square.",
    [O("circle", "red", count=2), O("square", "blue", count=2)],
    [C("column", *R(4)), C("order_y", 0, 2, 1, 3)],
)
K(
    k,
    "a column of four green circles alternating striped and solid, the top one striped",
    [O("circle", "green", "striped", count=2), O("circle", "green", "solid", count=2)],
    [C("column", *R(4)), C("order_y", 0, 2, 1, 3)],
)

# 3 alternating shapes in a row ------------------------------------------------------------------------------------
k = "alt_shape_row"
K(
    k,
    "a row of four blue shapes alternating circle and square, starting with a circle on the left",
    [O("circle", "blue", count=2), O("square", "blue", count=2)],
    [C("row", *R(4)), C("order_x", 0, 2, 1, 3)],
)
K(
    k,
    "five red shapes in a line from left to right: triangle, circle, triangle, circle, triangle",
    [O("triangle", "red", count=3), O("circle", "red", count=2)],
    [C("row", *R(5)), C("order_x", 0, 3, 1, 4, 2)],
)
K(
    k,
    "a row that alternates yellow circles and yellow triangles, three of each, with a circle first on the left",
    [O("circle", "yellow", count=3), O("triangle", "yellow", count=3)],
    [C("row", *R(6)), C("order_x", 0, 3, 1, 4, 2, 5)],
)
K(
    k,
    "a row of purple shapes, left to right: square, triangle, square, triangle",
    [O("square", "purple", count=2), O("triangle", "purple", count=2)],
    [C("row", *R(4)), C("order_x", 0, 2, 1, 3)],
)
K(
    k,
    "from left to right: green circle, orange square, green circle, orange square, green circle",
    [O("circle", "green", count=3), O("square", "orange", count=2)],
    [C("order_x", 0, 3, 1, 4, 2)],
)

# 4 every other one striped ----------------------------------------------------------------------------------------
k = "every_other_striped"
K(
    k,
    "a row of four red circles, every other one striped, beginning with a striped one on the left",
    [O("circle", "red", "striped", count=2), O("circle", "red", "solid", count=2)],
    [C("row", *R(4)), C("order_x", 0, 2, 1, 3)],
)
K(
    k,
    "five blue squares in a row where the second and fourth from the left are striped and the rest are solid",
    [O("square", "blue", "solid", count=3), O("square", "blue", "striped", count=2)],
    [C("row", *R(5)), C("order_x", 0, 3, 1, 4, 2)],
)
K(
    k,
    "a column of four green triangles alternating solid and striped, solid at the top",
    [O("triangle", "green", "solid", count=2), O("triangle", "green", "striped", count=2)],
    [C("column", *R(4)), C("order_y", 0, 2, 1, 3)],
)
K(
    k,
    "six orange circles in a row; make every other one striped, the leftmost one plain solid",
    [O("circle", "orange", "solid", count=3), O("circle", "orange", "striped", count=3)],
    [C("row", *R(6)), C("order_x", 0, 3, 1, 4, 2, 5)],
)
K(
    k,
    "three yellow squares side by side, the middle one striped and the outer two solid",
    [O("square", "yellow", "solid", count=2), O("square", "yellow", "striped")],
    [C("row", 0, 1, 2), C("between_x", 2, 0, 1)],
)

# 5 repeating sequences --------------------------------------------------------------------------------------------
k = "repeating_sequence"
K(
    k,
    "a row of six circles, left to right: red, green, blue, red, green, blue",
    [O("circle", "red", count=2), O("circle", "green", count=2), O("circle", "blue", count=2)],
    [C("row", *R(6)), C("order_x", 0, 2, 4, 1, 3, 5)],
)
K(
    k,
    "repeat the pattern circle, square, triangle twice in a line from left to right, everything orange",
    [O("circle", "orange", count=2), O("square", "orange", count=2), O("triangle", "orange", count=2)],
    [C("row", *R(6)), C("order_x", 0, 2, 4, 1, 3, 5)],
)
K(
    k,
    "a row of six shapes repeating purple triangle, purple triangle, green circle from left to right",
    [O("triangle", "purple", count=4), O("circle", "green", count=2)],
    [C("row", *R(6)), C("order_x", 0, 1, 4, 2, 3, 5)],
)
K(
    k,
    "top to bottom, a column that repeats blue circle then yellow square, three times over",
    [O("circle", "blue", count=3), O("square", "yellow", count=3)],
    [C("column", *R(6)), C("order_y", 0, 3, 1, 4, 2, 5)],
)
K(
    k,
    "a row of six circles in the pattern red red blue, red red blue, reading left to right",
    [O("circle", "red", count=4), O("circle", "blue", count=2)],
    [C("row", *R(6)), C("order_x", 0, 1, 4, 2, 3, 5)],
)

# 6 size gradient along x ------------------------------------------------------------------------------------------
k = "size_gradient_x"
K(k, "three squares getting bigger from left to right", [O("square", count=3)], [C("order_x", 0, 1, 2), C("larger", 1, 0), C("larger", 2, 1)])
K(
    k,
    "four red circles in a row, each one larger than the one before it, going left to right",
    [O("circle", "red", count=4)],
    [C("row", *R(4)), C("order_x", 0, 1, 2, 3), C("larger", 1, 0), C("larger", 2, 1), C("larger", 3, 2)],
)
K(
    k,
    "three blue triangles shrinking from left to right",
    [O("triangle", "blue", count=3)],
    [C("order_x", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)],
)
K(
    k,
    "a row of circles growing from right to left: a small green one on the right, a medium yellow one, and a large purple one on the left",
    [O("circle", "green"), O("circle", "yellow"), O("circle", "purple")],
    [C("row", 0, 1, 2), C("order_x", 2, 1, 0), C("larger", 1, 0), C("larger", 2, 1)],
)
K(
    k,
    "five orange squares lined up in a row, left to right from tiny to huge, each bigger than the last",
    [O("square", "orange", count=5)],
    [C("row", *R(5)), C("order_x", *R(5)), C("larger", 1, 0), C("larger", 2, 1), C("larger", 3, 2), C("larger", 4, 3)],
)

# 7 size gradient along y ------------------------------------------------------------------------------------------
k = "size_gradient_y"
K(
    k,
    "four circles stacked in a column, smallest at the top and each one bigger than the one above it",
    [O("circle", count=4)],
    [C("column", *R(4)), C("order_y", *R(4)), C("larger", 1, 0), C("larger", 2, 1), C("larger", 3, 2)],
)
K(
    k,
    "three yellow squares from top to bottom, getting smaller as they go down",
    [O("square", "yellow", count=3)],
    [C("order_y", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)],
)
K(
    k,
    "a tower of three red triangles: the biggest at the bottom, a middle-sized one in the middle, the smallest on top",
    [O("triangle", "red", count=3)],
    [C("column", 0, 1, 2), C("order_y", 0, 1, 2), C("larger", 2, 1), C("larger", 1, 0)],
)
K(
    k,
    "blue circles going down the picture, small then medium then large, three of them",
    [O("circle", "blue", count=3)],
    [C("order_y", 0, 1, 2), C("larger", 1, 0), C("larger", 2, 1)],
)
K(
    k,
    "a vertical line of three green squares, the top one largest and shrinking downwards",
    [O("square", "green", count=3)],
    [C("column", 0, 1, 2), C("order_y", 0, 1, 2), C("larger", 0, 1), C("larger", 1, 2)],
)

# 8 small / medium / large words -----------------------------------------------------------------------------------
k = "size_words"
K(
    k,
    "a small red circle, a medium blue circle and a large green circle",
    [O("circle", "red"), O("circle", "blue"), O("circle", "green")],
    [C("larger", 1, 0), C("larger", 2, 1)],
)
K(
    k,
    "a tiny purple square next to a huge orange square",
    [O("square", "purple"), O("square", "orange")],
    [C("small", 0), C("big", 1), C("larger", 1, 0)],
)
K(
    k,
    "three triangles: a big yellow one, a smaller blue one, and an even smaller red one",
    [O("triangle", "yellow"), O("triangle", "blue"), O("triangle", "red")],
    [C("larger", 0, 1), C("larger", 1, 2)],
)
K(
    k,
    "a large square with a small circle to its left",
    [O("square"), O("circle")],
    [C("big", 0), C("small", 1), C("larger", 0, 1), C("left_of", 1, 0)],
)
K(
    k,
    "a medium green circle between a small orange circle on the left and a big purple circle on the right",
    [O("circle", "green"), O("circle", "orange"), O("circle", "purple")],
    [C("order_x", 1, 0, 2), C("small", 1), C("big", 2), C("larger", 0, 1), C("larger", 2, 0)],
)

# 9 flanked / symmetric about an object ----------------------------------------------------------------------------
k = "flanked"
K(k, "a yellow square flanked by two red circles", [O("square", "yellow"), O("circle", "red", count=2)], [C("between_x", 0, 1, 2)])
K(k, "a green triangle with a blue circle on either side of it", [O("triangle", "green"), O("circle", "blue", count=2)], [C("between_x", 0, 1, 2)])
K(
    k,
    "a purple circle in the centre with an orange square on each side of it",
    [O("circle", "purple"), O("square", "orange", count=2)],
    [C("in", 0, arg="center"), C("between_x", 0, 1, 2)],
)
K(
    k,
    "a big yellow circle with two striped red triangles placed symmetrically on its left and right",
    [O("circle", "yellow"), O("triangle", "red", "striped", count=2)],
    [C("big", 0), C("between_x", 0, 1, 2)],
)
K(
    k,
    "a blue square with one green circle above it and one green circle below it",
    [O("square", "blue"), O("circle", "green", count=2)],
    [C("between_y", 0, 1, 2)],
)
K(
    k,
    "two small purple squares, one on each side of a big purple circle",
    [O("square", "purple", count=2), O("circle", "purple")],
    [C("small", 0, 1), C("big", 2), C("between_x", 2, 0, 1)],
)

# 10 mirrored / corner places --------------------------------------------------------------------------------------
k = "mirrored_places"
K(k, "a blue triangle in each of the two top corners", [O("triangle", "blue", count=2)], [C("in", 0, arg="top_left"), C("in", 1, arg="top_right")])
K(
    k,
    "red circles in both bottom corners and a green square in the middle",
    [O("circle", "red", count=2), O("square", "green")],
    [C("in", 0, arg="bottom_left"), C("in", 1, arg="bottom_right"), C("in", 2, arg="center")],
)
K(
    k,
    "one yellow square on the left side and an identical yellow square on the right side",
    [O("square", "yellow", count=2)],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K(
    k,
    "a purple circle at the top and a matching purple circle at the bottom",
    [O("circle", "purple", count=2)],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)
K(
    k,
    "a circle in every corner: red top left, green top right, blue bottom left, yellow bottom right",
    [O("circle", "red"), O("circle", "green"), O("circle", "blue"), O("circle", "yellow")],
    [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")],
)
K(
    k,
    "four striped orange squares, one in each corner of the picture",
    [O("square", "orange", "striped", count=4)],
    [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")],
)

# 11 chains of relations with pronouns -----------------------------------------------------------------------------
k = "relation_chain"
K(
    k,
    "a red circle; to its left a blue square; above the square a green triangle",
    [O("circle", "red"), O("square", "blue"), O("triangle", "green")],
    [C("left_of", 1, 0), C("above", 2, 1)],
)
K(
    k,
    "Start with a yellow square in the middle. Put a purple circle to its right, and below the circle an orange triangle.",
    [O("square", "yellow"), O("circle", "purple"), O("triangle", "orange")],
    [C("in", 0, arg="center"), C("left_of", 0, 1), C("above", 1, 2)],
)
K(
    k,
    "a green circle with a red square above it, and a blue triangle to the right of the square",
    [O("circle", "green"), O("square", "red"), O("triangle", "blue")],
    [C("above", 1, 0), C("left_of", 1, 2)],
)
K(
    k,
    "a big blue circle on the left; to the right of it a small yellow triangle, and under the triangle a red square",
    [O("circle", "blue"), O("triangle", "yellow"), O("square", "red")],
    [C("in", 0, arg="left"), C("big", 0), C("small", 1), C("left_of", 0, 1), C("above", 1, 2)],
)
K(
    k,
    "an orange square. Left of it, a purple circle. Left of that, a green triangle.",
    [O("square", "orange"), O("circle", "purple"), O("triangle", "green")],
    [C("left_of", 1, 0), C("left_of", 2, 1)],
)

# 12 relative clauses linking three objects ------------------------------------------------------------------------
k = "relative_clause"
K(
    k,
    "Draw a red circle, a blue square and a green triangle, where the circle is above the square, which is to the left of the triangle.",
    [O("circle", "red"), O("square", "blue"), O("triangle", "green")],
    [C("above", 0, 1), C("left_of", 1, 2)],
)
K(
    k,
    "a purple square that sits below a yellow circle, which is itself to the right of an orange triangle",
    [O("square", "purple"), O("circle", "yellow"), O("triangle", "orange")],
    [C("above", 1, 0), C("left_of", 2, 1)],
)
K(
    k,
    "The green triangle is right of the red circle, and the red circle is below the blue square.",
    [O("triangle", "green"), O("circle", "red"), O("square", "blue")],
    [C("left_of", 1, 0), C("above", 2, 1)],
)
K(
    k,
    "the blue circle, which is above the yellow square, is also to the left of the purple triangle",
    [O("circle", "blue"), O("square", "yellow"), O("triangle", "purple")],
    [C("above", 0, 1), C("left_of", 0, 2)],
)
K(
    k,
    "a red square to the left of a green circle that has an orange triangle beneath it",
    [O("square", "red"), O("circle", "green"), O("triangle", "orange")],
    [C("left_of", 0, 1), C("above", 1, 2)],
)

# 13 between, horizontally ------------------------------------------------------------------------------------------
k = "between_horizontal"
K(
    k,
    "a green triangle between a red circle on the left and a blue square on the right",
    [O("triangle", "green"), O("circle", "red"), O("square", "blue")],
    [C("order_x", 1, 0, 2)],
)
K(
    k,
    "put a yellow circle horizontally between a purple square and an orange triangle",
    [O("circle", "yellow"), O("square", "purple"), O("triangle", "orange")],
    [C("between_x", 0, 1, 2)],
)
K(
    k,
    "a row of three, left to right a red square, a green circle and a blue triangle, so the circle is in the middle",
    [O("square", "red"), O("circle", "green"), O("triangle", "blue")],
    [C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
)
K(
    k,
    "a striped blue square in the middle of a row, with a red circle to its left and a yellow circle to its right",
    [O("square", "blue", "striped"), O("circle", "red"), O("circle", "yellow")],
    [C("row", 0, 1, 2), C("order_x", 1, 0, 2)],
)
K(
    k,
    "an orange circle, a purple triangle and a green square side by side in a row, with the triangle between the circle and the square",
    [O("circle", "orange"), O("triangle", "purple"), O("square", "green")],
    [C("row", 0, 1, 2), C("between_x", 1, 0, 2)],
)

# 14 between, vertically --------------------------------------------------------------------------------------------
k = "between_vertical"
K(
    k,
    "a purple circle sandwiched between an orange square above it and a yellow triangle below it",
    [O("circle", "purple"), O("square", "orange"), O("triangle", "yellow")],
    [C("order_y", 1, 0, 2)],
)
K(
    k,
    "a red triangle at the top, a blue triangle at the bottom, and a green circle between them",
    [O("triangle", "red"), O("triangle", "blue"), O("circle", "green")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom"), C("between_y", 2, 0, 1)],
)
K(
    k,
    "in a single column: a yellow square, then a red circle, then another yellow square, top to bottom",
    [O("square", "yellow", count=2), O("circle", "red")],
    [C("column", 0, 1, 2), C("order_y", 0, 2, 1)],
)
K(k, "a blue circle vertically between two green squares", [O("circle", "blue"), O("square", "green", count=2)], [C("between_y", 0, 1, 2)])
K(
    k,
    "an orange triangle below a purple circle and above a red square",
    [O("triangle", "orange"), O("circle", "purple"), O("square", "red")],
    [C("order_y", 1, 0, 2)],
)

# 15 grids described row by row ------------------------------------------------------------------------------------
k = "grid_by_rows"
K(
    k,
    "top row: red, green; bottom row: blue, yellow — all squares",
    [O("square", "red"), O("square", "green"), O("square", "blue"), O("square", "yellow")],
    [C("grid", 0, 1, 2, 3, arg="2x2"), C("left_of", 0, 1), C("left_of", 2, 3), C("above", 0, 2), C("above", 1, 3)],
)
K(
    k,
    "two rows of circles: the top row is three red circles, the bottom row is three blue circles",
    [O("circle", "red", count=3), O("circle", "blue", count=3)],
    [C("grid", *R(6), arg="2x3"), C("row", 0, 1, 2), C("row", 3, 4, 5)] + pairs("above", R(3), R(3, 6)),
)
K(
    k,
    "a 2x2 arrangement of triangles: orange and purple on top, green and yellow underneath, in that order left to right",
    [O("triangle", "orange"), O("triangle", "purple"), O("triangle", "green"), O("triangle", "yellow")],
    [C("grid", 0, 1, 2, 3, arg="2x2"), C("left_of", 0, 1), C("left_of", 2, 3), C("above", 0, 2), C("above", 1, 3)],
)
K(
    k,
    "first row: a red circle, a blue square, a green triangle. second row: a yellow circle, a purple square, an orange triangle.",
    [O("circle", "red"), O("square", "blue"), O("triangle", "green"), O("circle", "yellow"), O("square", "purple"), O("triangle", "orange")],
    [C("grid", *R(6), arg="2x3"), C("order_x", 0, 1, 2), C("order_x", 3, 4, 5), C("above", 0, 3), C("above", 1, 4), C("above", 2, 5)],
)
K(
    k,
    "three rows of two squares: a red pair on top, a green pair in the middle, a blue pair at the bottom",
    [O("square", "red", count=2), O("square", "green", count=2), O("square", "blue", count=2)],
    [C("grid", *R(6), arg="3x2"), C("row", 0, 1), C("row", 2, 3), C("row", 4, 5)] + pairs("above", (0, 1), (2, 3)) + pairs("above", (2, 3), (4, 5)),
)

# 16 grids described column by column ------------------------------------------------------------------------------
k = "grid_by_columns"
K(
    k,
    "left column: a red circle over a blue circle; right column: a green square over a yellow square",
    [O("circle", "red"), O("circle", "blue"), O("square", "green"), O("square", "yellow")],
    [
        C("grid", 0, 1, 2, 3, arg="2x2"),
        C("column", 0, 1),
        C("column", 2, 3),
        C("above", 0, 1),
        C("above", 2, 3),
        C("left_of", 0, 2),
        C("left_of", 1, 3),
    ],
)
K(
    k,
    "three columns of two triangles each: purple on the left, orange in the middle, green on the right",
    [O("triangle", "purple", count=2), O("triangle", "orange", count=2), O("triangle", "green", count=2)],
    [C("grid", *R(6), arg="2x3"), C("column", 0, 1), C("column", 2, 3), C("column", 4, 5)]
    + pairs("left_of", (0, 1), (2, 3))
    + pairs("left_of", (2, 3), (4, 5)),
)
K(
    k,
    "two columns of three circles: the left column all blue, the right column all yellow",
    [O("circle", "blue", count=3), O("circle", "yellow", count=3)],
    [C("grid", *R(6), arg="3x2"), C("column", 0, 1, 2), C("column", 3, 4, 5)] + pairs("left_of", R(3), R(3, 6)),
)
K(
    k,
    "four squares in two columns; the left column has a striped red square above a solid red one, "
    "the right column a striped blue square above a solid blue one",
    [O("square", "red", "striped"), O("square", "red", "solid"), O("square", "blue", "striped"), O("square", "blue", "solid")],
    [
        C("grid", 0, 1, 2, 3, arg="2x2"),
        C("column", 0, 1),
        C("column", 2, 3),
        C("above", 0, 1),
        C("above", 2, 3),
        C("left_of", 0, 2),
        C("left_of", 1, 3),
    ],
)
K(
    k,
    "a column of two green circles on the left and a column of two orange triangles on the right",
    [O("circle", "green", count=2), O("triangle", "orange", count=2)],
    [C("column", 0, 1), C("column", 2, 3), C("in", 0, 1, arg="left"), C("in", 2, 3, arg="right")],
)

# 17 grids by size, with a marked cell ------------------------------------------------------------------------------
k = "grid_numeric"
K(
    k,
    "a 3x3 grid of circles with the centre one red",
    [O("circle", "red"), O("circle", count=8)],
    [C("grid", *R(9), arg="3x3"), C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)],
)
K(k, "a 2x2 grid of blue squares", [O("square", "blue", count=4)], [C("grid", *R(4), arg="2x2")])
K(k, "a grid of purple triangles, two rows of three", [O("triangle", "purple", count=6)], [C("grid", *R(6), arg="2x3")])
K(k, "nine small yellow circles in a 3 by 3 grid", [O("circle", "yellow", count=9)], [C("grid", *R(9), arg="3x3"), C("small", *R(9))])
K(
    k,
    "a 2 by 2 grid of green circles: the top-left one striped, the other three solid",
    [O("circle", "green", "striped"), O("circle", "green", "solid", count=3)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 1), C("above", 0, 2)],
)
K(
    k,
    "a 3x3 grid of squares where the middle square is orange and the other eight are blue",
    [O("square", "orange"), O("square", "blue", count=8)],
    [C("grid", *R(9), arg="3x3"), C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)],
)

# 18 checkerboards --------------------------------------------------------------------------------------------------
k = "checkerboard"
K(
    k,
    "a 2x2 checkerboard of squares: red in the top-left and bottom-right, blue in the other two",
    [O("square", "red", count=2), O("square", "blue", count=2)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 2), C("above", 0, 3), C("left_of", 3, 1), C("above", 2, 1)],
)
K(
    k,
    "four circles in a 2x2 checker pattern, yellow at top left and bottom right, purple at top right and bottom left",
    [O("circle", "yellow", count=2), O("circle", "purple", count=2)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 2), C("above", 0, 3), C("left_of", 3, 1), C("above", 2, 1)],
)
K(
    k,
    "a 2x2 grid of triangles alternating like a chessboard: green top left, orange top right, orange bottom left, green bottom right",
    [O("triangle", "green", count=2), O("triangle", "orange", count=2)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 2), C("above", 0, 3), C("left_of", 3, 1), C("above", 2, 1)],
)
K(
    k,
    "a 2x2 checkerboard of red squares, striped in the top left and bottom right and solid in the other two",
    [O("square", "red", "striped", count=2), O("square", "red", "solid", count=2)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 2), C("above", 0, 3), C("left_of", 3, 1), C("above", 2, 1)],
)
K(
    k,
    "a checker pattern of four circles: top row blue then red, bottom row red then blue",
    [O("circle", "blue", count=2), O("circle", "red", count=2)],
    [C("grid", *R(4), arg="2x2"), C("left_of", 0, 2), C("above", 0, 3), C("left_of", 3, 1), C("above", 2, 1)],
)

# 19 canvas places combined with relations --------------------------------------------------------------------------
k = "canvas_plus_relative"
K(
    k,
    "a big yellow circle in the top half with two small purple squares below it, side by side",
    [O("circle", "yellow"), O("square", "purple", count=2)],
    [C("big", 0), C("in", 0, arg="top"), C("small", 1, 2), C("above", 0, 1), C("above", 0, 2), C("row", 1, 2)],
)
K(
    k,
    "a red triangle in the bottom right corner and a blue circle just to its left",
    [O("triangle", "red"), O("circle", "blue")],
    [C("in", 0, arg="bottom_right"), C("left_of", 1, 0)],
)
K(
    k,
    "a green square in the centre, with a small orange circle above it",
    [O("square", "green"), O("circle", "orange")],
    [C("in", 0, arg="center"), C("small", 1), C("above", 1, 0)],
)
K(
    k,
    "a purple circle on the left side and, to the right of it, three small yellow triangles in a row",
    [O("circle", "purple"), O("triangle", "yellow", count=3)],
    [C("in", 0, arg="left"), C("row", 1, 2, 3), C("small", 1, 2, 3)] + pairs("left_of", (0,), (1, 2, 3)),
)
K(
    k,
    "a blue square at the bottom of the picture with a red circle directly above it",
    [O("square", "blue"), O("circle", "red")],
    [C("in", 0, arg="bottom"), C("above", 1, 0), C("column", 1, 0)],
)
K(
    k,
    "a large orange triangle in the left half and two small green circles stacked one on top of the other in the right half",
    [O("triangle", "orange"), O("circle", "green", count=2)],
    [C("big", 0), C("in", 0, arg="left"), C("small", 1, 2), C("in", 1, 2, arg="right"), C("column", 1, 2)],
)

# 20 stacks and towers ----------------------------------------------------------------------------------------------
k = "stack_tower"
K(
    k,
    "stack three squares: red at the bottom, then green, then blue on top",
    [O("square", "red"), O("square", "green"), O("square", "blue")],
    [C("column", 0, 1, 2), C("order_y", 2, 1, 0)],
)
K(
    k,
    "a tower of four circles, from the bottom up: yellow, orange, red, purple",
    [O("circle", "yellow"), O("circle", "orange"), O("circle", "red"), O("circle", "purple")],
    [C("column", *R(4)), C("order_y", 3, 2, 1, 0)],
)
K(
    k,
    "build a stack of two triangles with the blue one on top of the green one",
    [O("triangle", "blue"), O("triangle", "green")],
    [C("column", 0, 1), C("above", 0, 1)],
)
K(
    k,
    "a pile of three striped squares: the bottom one purple, the middle one yellow, the top one green",
    [O("square", "purple", "striped"), O("square", "yellow", "striped"), O("square", "green", "striped")],
    [C("column", 0, 1, 2), C("order_y", 2, 1, 0)],
)
K(
    k,
    "a totem of red shapes: a circle on top of a square on top of a triangle",
    [O("circle", "red"), O("square", "red"), O("triangle", "red")],
    [C("column", 0, 1, 2), C("order_y", 0, 1, 2)],
)
K(k, "stack five blue squares into one tall tower", [O("square", "blue", count=5)], [C("column", *R(5))])

# 21 diagonal lines --------------------------------------------------------------------------------------------------
k = "diagonal_line"
K(k, "three circles in a diagonal line from the top left to the bottom right", [O("circle", count=3)], [C("order_x", 0, 1, 2), C("order_y", 0, 1, 2)])
K(
    k,
    "four squares on a diagonal from bottom left to top right: red, orange, yellow, green",
    [O("square", "red"), O("square", "orange"), O("square", "yellow"), O("square", "green")],
    [C("order_x", 0, 1, 2, 3), C("order_y", 3, 2, 1, 0)],
)
K(
    k,
    "a diagonal of three triangles running from the top right down to the bottom left, coloured blue, purple, blue in that order",
    [O("triangle", "blue", count=2), O("triangle", "purple")],
    [C("order_x", 1, 2, 0), C("order_y", 0, 2, 1)],
)
K(
    k,
    "a red circle in the top left corner, a green circle in the middle and a blue circle in the bottom right, lined up diagonally",
    [O("circle", "red"), O("circle", "green"), O("circle", "blue")],
    [C("in", 0, arg="top_left"), C("in", 1, arg="center"), C("in", 2, arg="bottom_right")],
)
K(
    k,
    "five yellow stars in a diagonal line going from the bottom left up to the top right",
    [O("star", "yellow", count=5)],
    [C("order_x", *R(5)), C("order_y", 4, 3, 2, 1, 0)],
)

# 22 counts with places -----------------------------------------------------------------------------------------------
k = "count_places"
K(
    k,
    "three red circles on the left and two blue squares on the right",
    [O("circle", "red", count=3), O("square", "blue", count=2)],
    [C("in", 0, 1, 2, arg="left"), C("in", 3, 4, arg="right")],
)
K(
    k,
    "two green triangles at the top and four orange circles at the bottom",
    [O("triangle", "green", count=2), O("circle", "orange", count=4)],
    [C("in", 0, 1, arg="top"), C("in", 2, 3, 4, 5, arg="bottom")],
)
K(
    k,
    "put one purple square in each corner and a yellow circle in the middle",
    [O("square", "purple", count=4), O("circle", "yellow")],
    [
        C("in", 0, arg="top_left"),
        C("in", 1, arg="top_right"),
        C("in", 2, arg="bottom_left"),
        C("in", 3, arg="bottom_right"),
        C("in", 4, arg="center"),
    ],
)
K(
    k,
    "four small blue circles in the top half and one big red square in the bottom half",
    [O("circle", "blue", count=4), O("square", "red")],
    [C("small", 0, 1, 2, 3), C("in", 0, 1, 2, 3, arg="top"), C("big", 4), C("in", 4, arg="bottom")],
)
K(
    k,
    "two yellow squares in the top right and two yellow squares in the bottom left",
    [O("square", "yellow", count=4)],
    [C("in", 0, 1, arg="top_right"), C("in", 2, 3, arg="bottom_left")],
)

# 23 counts with sizes -------------------------------------------------------------------------------------------------
k = "count_sizes"
K(
    k,
    "one big orange triangle and four small green circles",
    [O("triangle", "orange"), O("circle", "green", count=4)],
    [C("big", 0), C("small", 1, 2, 3, 4)],
)
K(k, "two small red squares and a large blue circle", [O("square", "red", count=2), O("circle", "blue")], [C("small", 0, 1), C("big", 2)])
K(
    k,
    "three tiny purple triangles and one huge yellow square",
    [O("triangle", "purple", count=3), O("square", "yellow")],
    [C("small", 0, 1, 2), C("big", 3)],
)
K(
    k,
    "a big striped green circle with five little red circles",
    [O("circle", "green", "striped"), O("circle", "red", count=5)],
    [C("big", 0), C("small", *R(1, 6))],
)
K(k, "six small squares, three of them blue and three orange", [O("square", "blue", count=3), O("square", "orange", count=3)], [C("small", *R(6))])

# 24 things the world cannot draw, mixed into arrangements --------------------------------------------------------------
k = "unknown_noun_mixed"
K(k, "a red circle, a yellow star and a blue square in a row", [O("circle", "red"), O("star", "yellow"), O("square", "blue")], [C("row", 0, 1, 2)])
K(k, "two purple hearts, one on either side of a green triangle", [O("heart", "purple", count=2), O("triangle", "green")], [C("between_x", 2, 0, 1)])
K(
    k,
    "a column of three: an orange star on top, a blue circle in the middle, a red square at the bottom",
    [O("star", "orange"), O("circle", "blue"), O("square", "red")],
    [C("column", 0, 1, 2), C("order_y", 0, 1, 2)],
)
K(
    k,
    "a yellow moon in the top right and a green circle in the bottom left",
    [O("moon", "yellow"), O("circle", "green")],
    [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")],
)
K(k, "four red hearts in a 2x2 grid", [O("heart", "red", count=4)], [C("grid", *R(4), arg="2x2")])
K(
    k,
    "a big blue star in the centre with a small red circle to its left",
    [O("star", "blue"), O("circle", "red")],
    [C("in", 0, arg="center"), C("big", 0), C("small", 1), C("left_of", 1, 0)],
)

# 25 negation alongside an arrangement ------------------------------------------------------------------------------------
k = "absent_in_arrangement"
K(k, "a row of four green squares and no circles at all", [O("square", "green", count=4)], [C("row", *R(4))], absent=[O("circle")])
K(
    k,
    "three triangles stacked in a column, red, yellow, blue from top to bottom, but no squares",
    [O("triangle", "red"), O("triangle", "yellow"), O("triangle", "blue")],
    [C("column", 0, 1, 2), C("order_y", 0, 1, 2)],
    absent=[O("square")],
)
K(
    k,
    "a red circle to the left of a blue circle, and no triangles anywhere",
    [O("circle", "red"), O("circle", "blue")],
    [C("left_of", 0, 1)],
    absent=[O("triangle")],
)
K(k, "a 2x2 grid of purple circles — don't add any squares", [O("circle", "purple", count=4)], [C("grid", *R(4), arg="2x2")], absent=[O("square")])
K(
    k,
    "an orange square above a green square, and no red squares",
    [O("square", "orange"), O("square", "green")],
    [C("above", 0, 1)],
    absent=[O("square", "red")],
)

# 26 background with an arrangement ---------------------------------------------------------------------------------------
k = "background_arrangement"
K(
    k,
    "on a black background, a row of three circles: red, yellow, green, left to right",
    [O("circle", "red"), O("circle", "yellow"), O("circle", "green")],
    [C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
    bg="black",
)
K(k, "a white background with a column of two blue squares", [O("square", "blue", count=2)], [C("column", 0, 1)], bg="white")
K(
    k,
    "a grey backdrop; a purple triangle in the top left and an orange triangle in the bottom right",
    [O("triangle", "purple"), O("triangle", "orange")],
    [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")],
    bg="gray",
)
K(k, "two yellow circles side by side against a black background", [O("circle", "yellow", count=2)], [C("row", 0, 1)], bg="black")
K(k, "a 2x2 grid of red squares on a gray background", [O("square", "red", count=4)], [C("grid", *R(4), arg="2x2")], bg="gray")

# 27 plus / cross formations ----------------------------------------------------------------------------------------------
k = "plus_cross"
K(
    k,
    "a green circle in the middle with a red square above it, a blue square below it, a yellow square to its left and a purple square to its right",
    [O("circle", "green"), O("square", "red"), O("square", "blue"), O("square", "yellow"), O("square", "purple")],
    [C("in", 0, arg="center"), C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)],
)
K(
    k,
    "a plus sign made of five orange circles: one in the centre and one above, below, left and right of it",
    [O("circle", "orange", count=5)],
    [C("in", 0, arg="center"), C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)],
)
K(
    k,
    "a yellow triangle with blue circles directly above and directly below it",
    [O("triangle", "yellow"), O("circle", "blue", count=2)],
    [C("column", 1, 0, 2), C("between_y", 0, 1, 2)],
)
K(
    k,
    "a red square surrounded by four green triangles: one above, one below, one on its left and one on its right",
    [O("square", "red"), O("triangle", "green", count=4)],
    [C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)],
)
K(
    k,
    "a purple circle with a striped orange square to its left and another striped orange square to its right, all three in a row",
    [O("circle", "purple"), O("square", "orange", "striped", count=2)],
    [C("row", 0, 1, 2), C("between_x", 0, 1, 2)],
)

# 28 one tier over another -------------------------------------------------------------------------------------------------
k = "two_tiers"
K(
    k,
    "a row of three blue circles at the top, and a red square below them",
    [O("circle", "blue", count=3), O("square", "red")],
    [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")] + pairs("above", R(3), (3,)),
)
K(
    k,
    "two rows: three red circles on top, three blue squares underneath",
    [O("circle", "red", count=3), O("square", "blue", count=3)],
    [C("row", 0, 1, 2), C("row", 3, 4, 5)] + pairs("above", R(3), R(3, 6)),
)
K(
    k,
    "a green triangle at the top with a row of four small yellow squares beneath it",
    [O("triangle", "green"), O("square", "yellow", count=4)],
    [C("in", 0, arg="top"), C("row", 1, 2, 3, 4), C("small", 1, 2, 3, 4)] + pairs("above", (0,), R(1, 5)),
)
K(
    k,
    "one big purple circle above a row of three small orange triangles",
    [O("circle", "purple"), O("triangle", "orange", count=3)],
    [C("big", 0), C("row", 1, 2, 3), C("small", 1, 2, 3)] + pairs("above", (0,), R(1, 4)),
)
K(
    k,
    "a row of two red squares, and under it a row of two blue circles",
    [O("square", "red", count=2), O("circle", "blue", count=2)],
    [C("row", 0, 1), C("row", 2, 3)] + pairs("above", (0, 1), (2, 3)),
)

# 29 small formations (L, triangle, V, square) -----------------------------------------------------------------------------
k = "formations"
K(
    k,
    "three squares in an L: two stacked on the left, and one directly to the right of the bottom one",
    [O("square", count=3)],
    [C("column", 0, 1), C("above", 0, 1), C("row", 1, 2), C("left_of", 1, 2)],
)
K(
    k,
    "three circles in a triangle formation: one on top and two side by side below it",
    [O("circle", count=3)],
    [C("above", 0, 1), C("above", 0, 2), C("row", 1, 2)],
)
K(
    k,
    "a red circle at the top with a blue square below it to the left and a green square below it to the right",
    [O("circle", "red"), O("square", "blue"), O("square", "green")],
    [C("above", 0, 1), C("above", 0, 2), C("left_of", 1, 0), C("left_of", 0, 2)],
)
K(k, "four purple triangles arranged in a square, two on top and two below", [O("triangle", "purple", count=4)], [C("grid", *R(4), arg="2x2")])
K(
    k,
    "a V shape of five yellow circles, with the point of the V at the bottom in the middle",
    [O("circle", "yellow", count=5)],
    [C("above", 1, 0), C("above", 2, 0), C("above", 3, 0), C("above", 4, 0), C("between_x", 0, 1, 2)],
)

# 30 pairs ---------------------------------------------------------------------------------------------------------------
k = "pairs"
K(
    k,
    "three pairs of circles side by side; in each pair a red circle sits directly above a blue circle",
    [O("circle", "red", count=3), O("circle", "blue", count=3)],
    [C("column", 0, 3), C("column", 1, 4), C("column", 2, 5), C("above", 0, 3), C("above", 1, 4), C("above", 2, 5)],
)
K(
    k,
    "two pairs of squares: a green pair on the left and an orange pair on the right, each pair stacked vertically",
    [O("square", "green", count=2), O("square", "orange", count=2)],
    [C("in", 0, 1, arg="left"), C("column", 0, 1), C("in", 2, 3, arg="right"), C("column", 2, 3)],
)
K(
    k,
    "a red circle and a red square at the top, a blue circle and a blue square at the bottom",
    [O("circle", "red"), O("square", "red"), O("circle", "blue"), O("square", "blue")],
    [C("in", 0, 1, arg="top"), C("in", 2, 3, arg="bottom")],
)
K(
    k,
    "two purple triangles side by side in the top half, mirrored by two purple triangles side by side in the bottom half",
    [O("triangle", "purple", count=4)],
    [C("row", 0, 1), C("in", 0, 1, arg="top"), C("row", 2, 3), C("in", 2, 3, arg="bottom")],
)
K(
    k,
    "on the left, a yellow circle above a yellow square; on the right, the same pair in green",
    [O("circle", "yellow"), O("square", "yellow"), O("circle", "green"), O("square", "green")],
    [C("in", 0, 1, arg="left"), C("above", 0, 1), C("in", 2, 3, arg="right"), C("above", 2, 3)],
)

# 31 orders read right to left or bottom to top ----------------------------------------------------------------------------
k = "reverse_order"
K(
    k,
    "from right to left: a red circle, a green circle, a blue circle",
    [O("circle", "red"), O("circle", "green"), O("circle", "blue")],
    [C("order_x", 2, 1, 0)],
)
K(
    k,
    "going from the bottom up: a yellow square, an orange triangle, a purple circle",
    [O("square", "yellow"), O("triangle", "orange"), O("circle", "purple")],
    [C("order_y", 2, 1, 0)],
)
K(
    k,
    "three squares that get bigger as you read from right to left",
    [O("square", count=3)],
    [C("order_x", 2, 1, 0), C("larger", 1, 0), C("larger", 2, 1)],
)
K(
    k,
    "a column, listed bottom to top: blue triangle, red triangle, green triangle",
    [O("triangle", "blue"), O("triangle", "red"), O("triangle", "green")],
    [C("column", 0, 1, 2), C("order_y", 2, 1, 0)],
)
K(
    k,
    "a row, right to left: an orange square, a striped orange square, a purple circle",
    [O("square", "orange", "solid"), O("square", "orange", "striped"), O("circle", "purple")],
    [C("row", 0, 1, 2), C("order_x", 2, 1, 0)],
)

# 32 size tied to position -------------------------------------------------------------------------------------------------
k = "size_by_position"
K(
    k,
    "three triangles in a row with the middle one the largest",
    [O("triangle", count=3)],
    [C("row", 0, 1, 2), C("between_x", 0, 1, 2), C("larger", 0, 1), C("larger", 0, 2)],
)
K(
    k,
    "a row of five blue circles with the biggest one in the middle",
    [O("circle", "blue", count=5)],
    [C("row", *R(5)), C("between_x", 0, 1, 2), C("between_x", 0, 3, 4)] + [C("larger", 0, i) for i in R(1, 5)],
)
K(
    k,
    "two red squares side by side, the left one bigger than the right one",
    [O("square", "red", count=2)],
    [C("row", 0, 1), C("left_of", 0, 1), C("larger", 0, 1)],
)
K(
    k,
    "a small green circle at the top and a large green circle at the bottom",
    [O("circle", "green", count=2)],
    [C("small", 0), C("in", 0, arg="top"), C("big", 1), C("in", 1, arg="bottom"), C("larger", 1, 0)],
)
K(
    k,
    "three yellow circles side by side: the outer two small and the middle one big",
    [O("circle", "yellow", count=2), O("circle", "yellow")],
    [C("row", 0, 1, 2), C("between_x", 2, 0, 1), C("small", 0, 1), C("big", 2)],
)

# 33 counts in a line -------------------------------------------------------------------------------------------------------
k = "count_in_line"
K(k, "seven circles in a horizontal line", [O("circle", count=7)], [C("row", *R(7))])
K(k, "a column of four orange triangles", [O("triangle", "orange", count=4)], [C("column", *R(4))])
K(
    k,
    "five squares in a row, three red ones on the left and then two blue ones",
    [O("square", "red", count=3), O("square", "blue", count=2)],
    [C("row", *R(5))] + pairs("left_of", R(3), R(3, 5)),
)
K(k, "a row of six small purple circles", [O("circle", "purple", count=6)], [C("row", *R(6)), C("small", *R(6))])
K(
    k,
    "two columns: four green circles on the left and four red circles on the right",
    [O("circle", "green", count=4), O("circle", "red", count=4)],
    [C("column", 0, 1, 2, 3), C("column", 4, 5, 6, 7), C("in", 0, 1, 2, 3, arg="left"), C("in", 4, 5, 6, 7, arg="right")],
)

# 34 colours outside the palette inside arrangements -------------------------------------------------------------------------
k = "unknown_colour_pattern"
K(
    k,
    "a row of three circles, left to right red, pink and blue",
    [O("circle", "red"), O("circle", unknown_colour="pink"), O("circle", "blue")],
    [C("row", 0, 1, 2), C("order_x", 0, 1, 2)],
)
K(k, "a teal square above a yellow square", [O("square", unknown_colour="teal"), O("square", "yellow")], [C("above", 0, 1)])
K(k, "a 2x2 grid of brown triangles", [O("triangle", unknown_colour="brown", count=4)], [C("grid", *R(4), arg="2x2")])
K(
    k,
    "a magenta circle flanked by two orange squares",
    [O("circle", unknown_colour="magenta"), O("square", "orange", count=2)],
    [C("between_x", 0, 1, 2)],
)
K(
    k,
    "stack a cyan square on top of a green square",
    [O("square", unknown_colour="cyan"), O("square", "green")],
    [C("column", 0, 1), C("above", 0, 1)],
)
