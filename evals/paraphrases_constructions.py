"""A seventh hand-written request set for the layout planner: 200 requests in 40 constructions.

Requests as people type them to a chat-based shapes designer: ordered lists in four directions, between (horizontal
and vertical), next to with the side said, on top of / under, rows, columns, grids (sized and spelled out), corners,
halves, counts with places, sizes and size comparisons, textures, exclusions ("no X", "without X"), words outside the
vocabulary (nouns and colours), relative clauses, two relations on one object, one on each side, rings and
surroundings, long scenes, backgrounds, corrections within one message, exact counts, and different voices (polite
questions, bullet lists, run-on sentences, non-native phrasing, typos, terse notes, follow-up sentences with "it").

Written by a separate session that read only :mod:`regiondit.evals.paraphrases` (the meaning checks) and the helper
pattern at the top of ``paraphrases_patterns.py``; never the planner, its tests, nor the other sets. Every case is
checked satisfiable (a reference layout passes ``check``) and constraining (a layout missing a region, with two ordered
objects swapped, with an absent object added, or without the background, fails) by running this module:

    python -m regiondit.evals.paraphrases_constructions

First look, before any planner change it informed: 168 of 200 right (84.0%), 25 failures silent (7 more were flagged by
the planner's count check, new that session).

Each case is written as one Obj per slot; ``make`` merges identical objects into counts and renumbers the slots.
"""

# ruff: noqa: E501, E741 (requests are data, kept one per line)
from __future__ import annotations

from functools import partial

from .paraphrases import C, Case, Obj, add_case, cells, col, line, one, places, verify_hand_written

CASES: list[Case] = []


o = one
make = partial(add_case, CASES)


def red_all() -> list[Obj]:
    return [o("circle", "red"), o("square", "red"), o("triangle", "red")]


def blue_all() -> list[Obj]:
    return [o("circle", "blue"), o("square", "blue"), o("triangle", "blue")]


# --- 1. ordered lists, left to right -------------------------------------------------------------------------------

K = "left_to_right"
make(K, "from left to right: a green triangle, a red square and a blue circle",
     [o("triangle", "green"), o("square", "red"), o("circle", "blue")], [C("order_x", 0, 1, 2)])
make(K, "can you put a yellow circle, then a purple square, then an orange triangle, going left to right?",
     [o("circle", "yellow"), o("square", "purple"), o("triangle", "orange")], [C("order_x", 0, 1, 2)])
make(K, "left to right -> red square, green circle, striped blue triangle",
     [o("square", "red"), o("circle", "green"), o("triangle", "blue", "striped")], [C("order_x", 0, 1, 2)])
make(K, "I'd like four shapes in a line, from the left: a blue triangle, an orange circle, a green square, and a purple triangle",
     [o("triangle", "blue"), o("circle", "orange"), o("square", "green"), o("triangle", "purple")], line(range(4)))
make(K, "pls draw a striped yellow square on the far left, a blue circle in the middle and a red triangle on the far right",
     [o("square", "yellow", "striped"), o("circle", "blue"), o("triangle", "red")],
     [C("in", 0, arg="left"), C("in", 2, arg="right"), C("between_x", 1, 0, 2)])

# --- 2. ordered lists, top to bottom -------------------------------------------------------------------------------

K = "top_to_bottom"
make(K, "top to bottom: a red circle, a yellow square, a green triangle",
     [o("circle", "red"), o("square", "yellow"), o("triangle", "green")], [C("order_y", 0, 1, 2)])
make(K, "Stack them from top to bottom - blue square first, then a purple circle, then an orange square",
     [o("square", "blue"), o("circle", "purple"), o("square", "orange")], col(range(3)))
make(K, "could you draw three circles, one above the other: green at the top, then blue, then red at the bottom?",
     [o("circle", "green"), o("circle", "blue"), o("circle", "red")], [C("order_y", 0, 1, 2)])
make(K, "going down from the top: striped orange triangle, solid purple square",
     [o("triangle", "orange", "striped"), o("square", "purple", "solid")], [C("order_y", 0, 1)])
make(K, "A vertical column, top to bottom: yellow triangle, yellow circle, yellow square, yellow triangle",
     [o("triangle", "yellow"), o("circle", "yellow"), o("square", "yellow"), o("triangle", "yellow")], col(range(4)))

# --- 3. ordered lists, right to left -------------------------------------------------------------------------------

K = "right_to_left"
make(K, "from right to left: a red circle, a blue square, a green triangle",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green")], [C("order_x", 2, 1, 0)])
make(K, "Right to left please: orange square, purple circle",
     [o("square", "orange"), o("circle", "purple")], [C("order_x", 1, 0)])
make(K, "reading right-to-left, I want a triangle, a circle and a square, all blue",
     [o("triangle", "blue"), o("circle", "blue"), o("square", "blue")], [C("order_x", 2, 1, 0)])
make(K, "put 3 shapes in a row starting from the right: yellow circle, then green square, then red circle",
     [o("circle", "yellow"), o("square", "green"), o("circle", "red")], line([2, 1, 0]))
make(K, "in right to left order: a striped purple triangle, a plain orange triangle, a striped green square, a red circle",
     [o("triangle", "purple", "striped"), o("triangle", "orange", "solid"), o("square", "green", "striped"), o("circle", "red")],
     [C("order_x", 3, 2, 1, 0)])

# --- 4. ordered lists, bottom up -----------------------------------------------------------------------------------

K = "bottom_up"
make(K, "from the bottom up: a blue square, a green circle, a red triangle",
     [o("square", "blue"), o("circle", "green"), o("triangle", "red")], [C("order_y", 2, 1, 0)])
make(K, "bottom to top: orange circle, purple square",
     [o("circle", "orange"), o("square", "purple")], [C("order_y", 1, 0)])
make(K, "build a tower, bottom up: a red square, a yellow square, then a blue triangle on top",
     [o("square", "red"), o("square", "yellow"), o("triangle", "blue")], col([2, 1, 0]))
make(K, "starting at the bottom and going up, a green triangle then a purple circle then an orange square then a blue circle",
     [o("triangle", "green"), o("circle", "purple"), o("square", "orange"), o("circle", "blue")], [C("order_y", 3, 2, 1, 0)])
make(K, "Lowest: yellow circle. Above it a striped red square. Highest: a green triangle.",
     [o("circle", "yellow"), o("square", "red", "striped"), o("triangle", "green")], [C("order_y", 2, 1, 0)])

# --- 5. between, horizontal ----------------------------------------------------------------------------------------

K = "between_horizontal"
make(K, "a yellow circle between a red square on the left and a blue square on the right",
     [o("circle", "yellow"), o("square", "red"), o("square", "blue")], [C("between_x", 0, 1, 2), C("left_of", 1, 2)])
make(K, "put a green triangle in between two orange circles, one on its left and one on its right",
     [o("triangle", "green"), o("circle", "orange"), o("circle", "orange")], [C("between_x", 0, 1, 2)])
make(K, "two red squares side by side with a blue circle between them",
     [o("square", "red"), o("square", "red"), o("circle", "blue")], [C("between_x", 2, 0, 1)])
make(K, "Could you place a purple triangle horizontally between a green square (left) and a yellow circle (right)?",
     [o("triangle", "purple"), o("square", "green"), o("circle", "yellow")], [C("between_x", 0, 1, 2), C("left_of", 1, 2)])
make(K, "left a blue circle, right a blue triangle, and in the middle between them a striped orange square",
     [o("circle", "blue"), o("triangle", "blue"), o("square", "orange", "striped")],
     [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)])

# --- 6. between, vertical ------------------------------------------------------------------------------------------

K = "between_vertical"
make(K, "a green circle between a red square above it and a blue triangle below it",
     [o("circle", "green"), o("square", "red"), o("triangle", "blue")], [C("between_y", 0, 1, 2), C("above", 1, 2)])
make(K, "sandwich a yellow square between two purple triangles, one on top and one underneath",
     [o("square", "yellow"), o("triangle", "purple"), o("triangle", "purple")], [C("between_y", 0, 1, 2)])
make(K, "a blue circle at the top, an orange circle at the bottom, and a red square vertically between them",
     [o("circle", "blue"), o("circle", "orange"), o("square", "red")],
     [C("in", 0, arg="top"), C("in", 1, arg="bottom"), C("between_y", 2, 0, 1)])
make(K, "i want a triangle in the middle of a vertical stack: square above, triangle, circle below. all green",
     [o("square", "green"), o("triangle", "green"), o("circle", "green")], col(range(3)))
make(K, "Between the striped red circle up top and the solid red circle down below, put a yellow triangle",
     [o("circle", "red", "striped"), o("circle", "red", "solid"), o("triangle", "yellow")],
     [C("in", 0, arg="top"), C("in", 1, arg="bottom"), C("between_y", 2, 0, 1)])

# --- 7. next to, with the side said --------------------------------------------------------------------------------

K = "next_to_side"
make(K, "a red circle next to a blue square, with the square on the right",
     [o("circle", "red"), o("square", "blue")], [C("left_of", 0, 1)])
make(K, "draw a green triangle and, right next to it on its left, a yellow circle",
     [o("triangle", "green"), o("circle", "yellow")], [C("left_of", 1, 0)])
make(K, "put a purple square beside an orange triangle. the triangle should be to the left",
     [o("square", "purple"), o("triangle", "orange")], [C("left_of", 1, 0)])
make(K, "blue circle next to red circle, red one on the left side",
     [o("circle", "blue"), o("circle", "red")], [C("left_of", 1, 0)])
make(K, "I'd like a striped green square and a plain yellow square right beside it on the right-hand side",
     [o("square", "green", "striped"), o("square", "yellow", "solid")], [C("left_of", 0, 1)])

# --- 8. on top of / above ------------------------------------------------------------------------------------------

K = "on_top_above"
make(K, "a red triangle on top of a blue square",
     [o("triangle", "red"), o("square", "blue")], [C("above", 0, 1)])
make(K, "put a yellow circle above the green triangle",
     [o("circle", "yellow"), o("triangle", "green")], [C("above", 0, 1)])
make(K, "there's an orange square, and directly above it a purple circle",
     [o("square", "orange"), o("circle", "purple")], [C("above", 1, 0)])
make(K, "Could you draw a blue triangle sitting on top of a red circle?",
     [o("triangle", "blue"), o("circle", "red")], [C("above", 0, 1)])
make(K, "striped green circle above a plain green circle",
     [o("circle", "green", "striped"), o("circle", "green", "solid")], [C("above", 0, 1)])

# --- 9. under / below / beneath ------------------------------------------------------------------------------------

K = "under_below"
make(K, "a blue circle under a red square",
     [o("circle", "blue"), o("square", "red")], [C("above", 1, 0)])
make(K, "a yellow triangle beneath an orange circle",
     [o("triangle", "yellow"), o("circle", "orange")], [C("above", 1, 0)])
make(K, "Draw a purple square. Below it, a green square.",
     [o("square", "purple"), o("square", "green")], [C("above", 0, 1)])
make(K, "put the red triangle underneath the blue triangle pls",
     [o("triangle", "red"), o("triangle", "blue")], [C("above", 1, 0)])
make(K, "Under a green circle, place a purple triangle",
     [o("circle", "green"), o("triangle", "purple")], [C("above", 0, 1)])

# --- 10. rows of one kind ------------------------------------------------------------------------------------------

K = "row_count"
make(K, "five blue circles in a row", [o("circle", "blue")] * 5, [C("row", *range(5))])
make(K, "a row of three striped red triangles", [o("triangle", "red", "striped")] * 3, [C("row", 0, 1, 2)])
make(K, "Line up four yellow squares horizontally", [o("square", "yellow")] * 4, [C("row", 0, 1, 2, 3)])
make(K, "can u do 3 green circles side by side in a horizontal line at the top",
     [o("circle", "green")] * 3, [C("row", 0, 1, 2), *places("top", range(3))])
make(K, "six orange triangles in one straight row along the bottom",
     [o("triangle", "orange")] * 6, [C("row", *range(6)), *places("bottom", range(6))])

# --- 11. rows of named objects -------------------------------------------------------------------------------------

K = "row_named"
make(K, "a red circle, a blue square and a green triangle in a row",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green")], [C("row", 0, 1, 2)])
make(K, "put a yellow square, a purple circle, an orange triangle and a blue square side by side in a horizontal row, in that order",
     [o("square", "yellow"), o("circle", "purple"), o("triangle", "orange"), o("square", "blue")], line(range(4)))
make(K, "horizontal row: green circle, green square, green triangle, left to right",
     [o("circle", "green"), o("square", "green"), o("triangle", "green")], line(range(3)))
make(K, "a row of shapes: red triangle then blue triangle then yellow triangle",
     [o("triangle", "red"), o("triangle", "blue"), o("triangle", "yellow")], line(range(3)))
make(K, "I want two circles and a square all lined up horizontally, the square in the middle; circles are purple, square orange",
     [o("circle", "purple"), o("circle", "purple"), o("square", "orange")], [C("row", 0, 1, 2), C("between_x", 2, 0, 1)])

# --- 12. columns ---------------------------------------------------------------------------------------------------

K = "column"
make(K, "three red squares in a column", [o("square", "red")] * 3, [C("column", 0, 1, 2)])
make(K, "a vertical column of four striped blue circles", [o("circle", "blue", "striped")] * 4, [C("column", 0, 1, 2, 3)])
make(K, "put a yellow triangle, a green circle and a purple square in a vertical line, top to bottom",
     [o("triangle", "yellow"), o("circle", "green"), o("square", "purple")], col(range(3)))
make(K, "Stack 3 orange circles on top of each other on the left side",
     [o("circle", "orange")] * 3, [C("column", 0, 1, 2), *places("left", range(3))])
make(K, "a column of shapes on the right: blue square, red circle, blue triangle, from the top down",
     [o("square", "blue"), o("circle", "red"), o("triangle", "blue")], [*col(range(3)), *places("right", range(3))])

# --- 13. grids with their size -------------------------------------------------------------------------------------

K = "grid_dims"
make(K, "six green circles in a 2 by 3 grid", [o("circle", "green")] * 6, [C("grid", *range(6), arg="2x3")])
make(K, "a 3x2 grid of red squares", [o("square", "red")] * 6, [C("grid", *range(6), arg="3x2")])
make(K, "nine yellow triangles in a 3x3 grid", [o("triangle", "yellow")] * 9, [C("grid", *range(9), arg="3x3")])
make(K, "Could you arrange four purple circles in a 2x2 grid?", [o("circle", "purple")] * 4, [C("grid", 0, 1, 2, 3, arg="2x2")])
make(K, "make a grid with 2 rows and 3 columns of blue squares", [o("square", "blue")] * 6, [C("grid", *range(6), arg="2x3")])

# --- 14. grids spelled out cell by cell ----------------------------------------------------------------------------

K = "grid_spelled"
make(K, "a 2x2 grid: red circle top left, blue circle top right, green circle bottom left, yellow circle bottom right",
     [o("circle", "red"), o("circle", "blue"), o("circle", "green"), o("circle", "yellow")], cells([[0, 1], [2, 3]]))
make(K, "two rows of three: top row red square, green square, blue square; bottom row three yellow circles",
     [o("square", "red"), o("square", "green"), o("square", "blue"), o("circle", "yellow"), o("circle", "yellow"), o("circle", "yellow")],
     cells([[0, 1, 2], [3, 4, 5]]))
make(K, "grid of 4: circles on the top row (orange, purple), triangles on the bottom row (orange, purple)",
     [o("circle", "orange"), o("circle", "purple"), o("triangle", "orange"), o("triangle", "purple")], cells([[0, 1], [2, 3]]))
make(K, "2 by 2 grid, left column blue squares, right column red triangles",
     [o("square", "blue"), o("square", "blue"), o("triangle", "red"), o("triangle", "red")], cells([[0, 2], [1, 3]]))
make(K, "3 rows and 2 columns: first row two green circles, second row two striped green circles, third row two orange squares",
     [o("circle", "green"), o("circle", "green"), o("circle", "green", "striped"), o("circle", "green", "striped"),
      o("square", "orange"), o("square", "orange")], cells([[0, 1], [2, 3], [4, 5]]))

# --- 15. corners ---------------------------------------------------------------------------------------------------

K = "corners"
make(K, "a red circle in each corner", [o("circle", "red")] * 4,
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])
make(K, "put a blue square in the top left corner and a yellow triangle in the bottom right corner",
     [o("square", "blue"), o("triangle", "yellow")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
make(K, "one shape in every corner: green circle top-left, orange square top-right, purple triangle bottom-left, blue circle bottom-right",
     [o("circle", "green"), o("square", "orange"), o("triangle", "purple"), o("circle", "blue")],
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])
make(K, "upper right corner: a striped yellow circle", [o("circle", "yellow", "striped")], [C("in", 0, arg="top_right")])
make(K, "Fill the two top corners with red triangles and the two bottom corners with blue circles",
     [o("triangle", "red"), o("triangle", "red"), o("circle", "blue"), o("circle", "blue")],
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])

# --- 16. halves ----------------------------------------------------------------------------------------------------

K = "halves"
make(K, "a green square in the left half and a purple circle in the right half",
     [o("square", "green"), o("circle", "purple")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "put three orange triangles in the top half of the picture", [o("triangle", "orange")] * 3, places("top", range(3)))
make(K, "the bottom half should have a blue circle and a red circle",
     [o("circle", "blue"), o("circle", "red")], places("bottom", range(2)))
make(K, "everything on the right half: a yellow square and a green triangle",
     [o("square", "yellow"), o("triangle", "green")], places("right", range(2)))
make(K, "a red square in the upper half and two blue triangles in the lower half",
     [o("square", "red"), o("triangle", "blue"), o("triangle", "blue")], [C("in", 0, arg="top"), *places("bottom", [1, 2])])

# --- 17. counts with places ----------------------------------------------------------------------------------------

K = "counts_places"
make(K, "two red circles on the left and three blue squares on the right",
     [o("circle", "red")] * 2 + [o("square", "blue")] * 3, [*places("left", [0, 1]), *places("right", [2, 3, 4])])
make(K, "put 3 yellow triangles at the top and 1 green circle at the bottom",
     [o("triangle", "yellow")] * 3 + [o("circle", "green")], [*places("top", [0, 1, 2]), C("in", 3, arg="bottom")])
make(K, "I need four shapes on the left, all purple circles, and two orange squares on the right",
     [o("circle", "purple")] * 4 + [o("square", "orange")] * 2, [*places("left", range(4)), *places("right", [4, 5])])
make(K, "one blue triangle in the top left corner, two in the bottom right corner",
     [o("triangle", "blue")] * 3, [C("in", 0, arg="top_left"), *places("bottom_right", [1, 2])])
make(K, "two green squares in the top right, two red circles in the bottom left, and one yellow triangle in the middle",
     [o("square", "green")] * 2 + [o("circle", "red")] * 2 + [o("triangle", "yellow")],
     [*places("top_right", [0, 1]), *places("bottom_left", [2, 3]), C("in", 4, arg="center")])

# --- 18. size of a lone object -------------------------------------------------------------------------------------

K = "size_single"
make(K, "a huge red circle", [o("circle", "red")], [C("big", 0)])
make(K, "a tiny blue triangle", [o("triangle", "blue")], [C("small", 0)])
make(K, "Draw a big yellow square in the middle", [o("square", "yellow")], [C("big", 0), C("in", 0, arg="center")])
make(K, "a small striped green circle in the bottom right corner",
     [o("circle", "green", "striped")], [C("small", 0), C("in", 0, arg="bottom_right")])
make(K, "just one little purple square please", [o("square", "purple")], [C("small", 0)])

# --- 19. size comparisons ------------------------------------------------------------------------------------------

K = "size_compare"
make(K, "a red circle bigger than a blue square", [o("circle", "red"), o("square", "blue")], [C("larger", 0, 1)])
make(K, "a green triangle and a yellow square that's twice as big as the triangle",
     [o("triangle", "green"), o("square", "yellow")], [C("larger", 1, 0)])
make(K, "a small orange circle next to a large purple circle", [o("circle", "orange"), o("circle", "purple")], [C("larger", 1, 0)])
make(K, "make the blue square smaller than the red triangle", [o("square", "blue"), o("triangle", "red")], [C("larger", 1, 0)])
make(K, "a huge green circle and, up in the top left corner of the picture, a tiny yellow triangle",
     [o("circle", "green"), o("triangle", "yellow")], [C("larger", 0, 1), C("in", 1, arg="top_left")])

# --- 20. textures --------------------------------------------------------------------------------------------------

K = "texture"
make(K, "a striped blue square", [o("square", "blue", "striped")])
make(K, "a plain red circle and a striped red circle", [o("circle", "red", "solid"), o("circle", "red", "striped")])
make(K, "two triangles, one yellow with stripes and one solid orange",
     [o("triangle", "yellow", "striped"), o("triangle", "orange", "solid")])
make(K, "an orange square with stripes on the left, a plain purple circle on the right",
     [o("square", "orange", "striped"), o("circle", "purple", "solid")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "three green circles, all striped, in a row", [o("circle", "green", "striped")] * 3, [C("row", 0, 1, 2)])

# --- 21. exclusions with "no" --------------------------------------------------------------------------------------

K = "exclusion_no"
make(K, "a red circle and a blue square, no triangles", [o("circle", "red"), o("square", "blue")], absent=[o("triangle")])
make(K, "draw three yellow squares but no circles at all", [o("square", "yellow")] * 3, absent=[o("circle")])
make(K, "a green triangle at the top, and please no red shapes",
     [o("triangle", "green")], [C("in", 0, arg="top")], absent=red_all())
make(K, "No squares! Just an orange circle and a purple triangle", [o("circle", "orange"), o("triangle", "purple")], absent=[o("square")])
make(K, "a row of four purple triangles and no circles or squares",
     [o("triangle", "purple")] * 4, [C("row", 0, 1, 2, 3)], absent=[o("circle"), o("square")])

# --- 22. exclusions with "without" / "but not" / "don't" -----------------------------------------------------------

K = "exclusion_without"
make(K, "a blue circle without any squares", [o("circle", "blue")], absent=[o("square")])
make(K, "a yellow square but not a red one", [o("square", "yellow")], absent=[o("square", "red")])
make(K, "Draw some shapes, a green circle and an orange triangle, without using any blue",
     [o("circle", "green"), o("triangle", "orange")], absent=blue_all())
make(K, "two red triangles, but don't draw any circles", [o("triangle", "red")] * 2, absent=[o("circle")])
make(K, "a purple square in the middle, no triangles, no circles",
     [o("square", "purple")], [C("in", 0, arg="center")], absent=[o("triangle"), o("circle")])

# --- 23. nouns outside the vocabulary ------------------------------------------------------------------------------

K = "unknown_noun"
make(K, "a red heart in the middle", [o("heart", "red")], [C("in", 0, arg="center")])
make(K, "a yellow star in the top right corner and a blue circle in the bottom left",
     [o("star", "yellow"), o("circle", "blue")], [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")])
make(K, "three green stars in a row", [o("star", "green")] * 3, [C("row", 0, 1, 2)])
make(K, "a purple hexagon next to an orange square, hexagon on the left",
     [o("hexagon", "purple"), o("square", "orange")], [C("left_of", 0, 1)])
make(K, "a pink heart above a red square", [o("heart", unknown_colour="pink"), o("square", "red")], [C("above", 0, 1)])

# --- 24. colours outside the vocabulary ----------------------------------------------------------------------------

K = "unknown_colour"
make(K, "a teal circle", [o("circle", unknown_colour="teal")])
make(K, "a magenta square on the left and a green triangle on the right",
     [o("square", unknown_colour="magenta"), o("triangle", "green")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "two turquoise triangles", [o("triangle", unknown_colour="turquoise")] * 2)
make(K, "Could you draw a brown square beneath a yellow circle?",
     [o("square", unknown_colour="brown"), o("circle", "yellow")], [C("above", 1, 0)])
make(K, "a striped pink circle in the center", [o("circle", None, "striped", "pink")], [C("in", 0, arg="center")])

# --- 25. relative clauses ------------------------------------------------------------------------------------------

K = "relative_clause"
make(K, "a blue circle that sits above a red square", [o("circle", "blue"), o("square", "red")], [C("above", 0, 1)])
make(K, "a green triangle which is to the left of a yellow circle", [o("triangle", "green"), o("circle", "yellow")], [C("left_of", 0, 1)])
make(K, "the square that's under the orange circle should be purple", [o("circle", "orange"), o("square", "purple")], [C("above", 0, 1)])
make(K, "draw a red triangle, and a blue square that is right of the triangle",
     [o("triangle", "red"), o("square", "blue")], [C("left_of", 0, 1)])
make(K, "a yellow circle, which is in the top left corner, and a green square that is below it",
     [o("circle", "yellow"), o("square", "green")], [C("in", 0, arg="top_left"), C("above", 0, 1)])

# --- 26. two relations on one object -------------------------------------------------------------------------------

K = "two_relations"
make(K, "a blue square to the right of a red circle and below a yellow triangle",
     [o("square", "blue"), o("circle", "red"), o("triangle", "yellow")], [C("left_of", 1, 0), C("above", 2, 0)])
make(K, "a green circle above an orange square and to the left of a purple triangle",
     [o("circle", "green"), o("square", "orange"), o("triangle", "purple")], [C("above", 0, 1), C("left_of", 0, 2)])
make(K, "put the red triangle under the blue circle but left of the yellow square",
     [o("triangle", "red"), o("circle", "blue"), o("square", "yellow")], [C("above", 1, 0), C("left_of", 0, 2)])
make(K, "I want a purple circle that is both below a green square and right of a green triangle",
     [o("circle", "purple"), o("square", "green"), o("triangle", "green")], [C("above", 1, 0), C("left_of", 2, 0)])
make(K, "a striped orange square: above the red circle, and to the right of the blue circle",
     [o("square", "orange", "striped"), o("circle", "red"), o("circle", "blue")], [C("above", 0, 1), C("left_of", 2, 0)])

# --- 27. one on each side ------------------------------------------------------------------------------------------

K = "each_side"
make(K, "a red circle with a blue square on each side", [o("circle", "red"), o("square", "blue"), o("square", "blue")], [C("between_x", 0, 1, 2)])
make(K, "a green triangle in the middle and a yellow circle on either side of it",
     [o("triangle", "green"), o("circle", "yellow"), o("circle", "yellow")], [C("in", 0, arg="center"), C("between_x", 0, 1, 2)])
make(K, "one purple square on each side of the picture", [o("square", "purple")] * 2, [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "an orange circle flanked by two striped green triangles, one on each side",
     [o("circle", "orange"), o("triangle", "green", "striped"), o("triangle", "green", "striped")], [C("between_x", 0, 1, 2)])
make(K, "put a blue triangle on each side of a red square, left and right",
     [o("triangle", "blue"), o("triangle", "blue"), o("square", "red")], [C("between_x", 2, 0, 1)])

# --- 28. surrounded / ring around ----------------------------------------------------------------------------------

K = "surrounded"
make(K, "a red circle surrounded by four blue squares",
     [o("circle", "red")] + [o("square", "blue")] * 4, [C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])
make(K, "a ring of six yellow triangles around a green circle in the centre",
     [o("circle", "green")] + [o("triangle", "yellow")] * 6,
     [C("in", 0, arg="center"), C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])
make(K, "Put a purple square in the middle and surround it with 8 orange circles",
     [o("square", "purple")] + [o("circle", "orange")] * 8,
     [C("in", 0, arg="center"), C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])
make(K, "a blue triangle with a red circle above it, below it, to its left and to its right",
     [o("triangle", "blue")] + [o("circle", "red")] * 4,
     [C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)])
make(K, "five green squares arranged in a circle around a striped yellow circle",
     [o("circle", "yellow", "striped")] + [o("square", "green")] * 5, [C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])

# --- 29. long scenes of 4-6 objects --------------------------------------------------------------------------------

K = "long_scene"
make(K, "a red circle in the top left, a blue square in the top right, a green triangle at the bottom in the middle, and a yellow circle in the center",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green"), o("circle", "yellow")],
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom"), C("in", 3, arg="center")])
make(K, "Scene: purple square in the center, two orange circles on its left, a green triangle above it, and a blue triangle below it",
     [o("square", "purple"), o("circle", "orange"), o("circle", "orange"), o("triangle", "green"), o("triangle", "blue")],
     [C("in", 0, arg="center"), C("left_of", 1, 0), C("left_of", 2, 0), C("above", 3, 0), C("above", 0, 4)])
make(K, "I'd like a red triangle on the left, a yellow triangle on the right, a blue circle between them, and two green squares at the bottom",
     [o("triangle", "red"), o("triangle", "yellow"), o("circle", "blue"), o("square", "green"), o("square", "green")],
     [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1), *places("bottom", [3, 4])])
make(K, "top row: three purple circles. bottom row: two orange squares. plus a striped red triangle right in the center",
     [o("circle", "purple")] * 3 + [o("square", "orange")] * 2 + [o("triangle", "red", "striped")],
     [C("row", 0, 1, 2), *places("top", [0, 1, 2]), C("row", 3, 4), *places("bottom", [3, 4]), C("in", 5, arg="center")])
make(K, "a green circle at the top left, under it a blue square, to the right of the square a red triangle, and in the bottom right corner a yellow circle",
     [o("circle", "green"), o("square", "blue"), o("triangle", "red"), o("circle", "yellow")],
     [C("in", 0, arg="top_left"), C("above", 0, 1), C("left_of", 1, 2), C("in", 3, arg="bottom_right")])

# --- 30. backgrounds -----------------------------------------------------------------------------------------------

K = "background"
make(K, "a red circle on a black background", [o("circle", "red")], background="black")
make(K, "white background, two blue squares on the left", [o("square", "blue")] * 2, places("left", [0, 1]), background="white")
make(K, "a yellow triangle above a green circle, against a grey backdrop",
     [o("triangle", "yellow"), o("circle", "green")], [C("above", 0, 1)], background="gray")
make(K, "Could you make the background black and put an orange star in the middle?",
     [o("star", "orange")], [C("in", 0, arg="center")], background="black")
make(K, "plain white bg with a purple square in the bottom left", [o("square", "purple")], [C("in", 0, arg="bottom_left")], background="white")

# --- 31. corrections within one message ----------------------------------------------------------------------------

K = "correction"
make(K, "a red square, sorry, make it blue", [o("square", "blue")], absent=[o("square", "red")])
make(K, "draw a green circle in the top left, no wait, top right", [o("circle", "green")], [C("in", 0, arg="top_right")])
make(K, "two yellow triangles... actually make that three", [o("triangle", "yellow")] * 3)
make(K, "a purple circle on the left, oops I meant a purple square", [o("square", "purple")], [C("in", 0, arg="left")],
     absent=[o("circle", "purple")])
make(K, "put an orange circle above a blue triangle. Hmm, actually, put the circle below the triangle instead",
     [o("circle", "orange"), o("triangle", "blue")], [C("above", 1, 0)])

# --- 32. counts that must be respected exactly ---------------------------------------------------------------------

K = "exact_counts"
make(K, "exactly four red circles, no more no less", [o("circle", "red")] * 4)
make(K, "7 blue triangles", [o("triangle", "blue")] * 7)
make(K, "I need precisely two green squares and precisely one yellow circle", [o("square", "green")] * 2 + [o("circle", "yellow")])
make(K, "draw 5 orange circles and 3 purple squares", [o("circle", "orange")] * 5 + [o("square", "purple")] * 3)
make(K, "only one triangle, a red one, and exactly six blue circles", [o("triangle", "red")] + [o("circle", "blue")] * 6)

# --- 33. polite questions ------------------------------------------------------------------------------------------

K = "polite_question"
make(K, "Could you draw a yellow circle in the top right corner?", [o("circle", "yellow")], [C("in", 0, arg="top_right")])
make(K, "Would you mind making three green squares in a column?", [o("square", "green")] * 3, [C("column", 0, 1, 2)])
make(K, "Can you please put a red triangle to the left of a blue circle?", [o("triangle", "red"), o("circle", "blue")], [C("left_of", 0, 1)])
make(K, "Hi! Could I get a purple square at the bottom and an orange triangle at the top, please?",
     [o("square", "purple"), o("triangle", "orange")], [C("in", 0, arg="bottom"), C("in", 1, arg="top")])
make(K, "would it be possible to have two striped blue circles side by side?", [o("circle", "blue", "striped")] * 2, [C("row", 0, 1)])

# --- 34. bullet lists ----------------------------------------------------------------------------------------------

K = "bullet_list"
make(K, "- red circle top left\n- blue square top right\n- green triangle bottom middle",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green")],
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom")])
make(K, "Shapes:\n* 2 yellow circles on the left\n* 1 purple triangle on the right\n* background: gray",
     [o("circle", "yellow")] * 2 + [o("triangle", "purple")], [*places("left", [0, 1]), C("in", 2, arg="right")], background="gray")
make(K, "1. orange square in the center\n2. red circle above it\n3. blue circle below it",
     [o("square", "orange"), o("circle", "red"), o("circle", "blue")], [C("in", 0, arg="center"), C("above", 1, 0), C("above", 0, 2)])
make(K, "please draw:\n• a green triangle\n• a green circle\n• a green square\nall in one row, left to right in that order",
     [o("triangle", "green"), o("circle", "green"), o("square", "green")], line(range(3)))
make(K, "- striped red square, left\n- plain red square, right\n- no circles",
     [o("square", "red", "striped"), o("square", "red", "solid")], [C("in", 0, arg="left"), C("in", 1, arg="right")], absent=[o("circle")])

# --- 35. run-on sentences ------------------------------------------------------------------------------------------

K = "run_on"
make(K, "so i want a red circle and then next to it on the right a blue square and then under the blue square a yellow triangle and thats it",
     [o("circle", "red"), o("square", "blue"), o("triangle", "yellow")], [C("left_of", 0, 1), C("above", 1, 2)])
make(K, "draw a green circle in the middle and then four small purple triangles one in each corner and make the background white",
     [o("circle", "green")] + [o("triangle", "purple")] * 4,
     [C("in", 0, arg="center"), C("in", 1, arg="top_left"), C("in", 2, arg="top_right"), C("in", 3, arg="bottom_left"),
      C("in", 4, arg="bottom_right"), C("small", 1, 2, 3, 4)], background="white")
make(K, "I want an orange square on the left side and a purple circle on the right side and between them a striped blue triangle and nothing else",
     [o("square", "orange"), o("circle", "purple"), o("triangle", "blue", "striped")],
     [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)])
make(K, "ok so theres two red triangles at the top and one blue circle at the bottom and the circle should be bigger than the triangles",
     [o("triangle", "red")] * 2 + [o("circle", "blue")],
     [*places("top", [0, 1]), C("in", 2, arg="bottom"), C("larger", 2, 0), C("larger", 2, 1)])
make(K, "a yellow square above a green square above a red square and all of them on the left side of the image",
     [o("square", "yellow"), o("square", "green"), o("square", "red")], [C("order_y", 0, 1, 2), *places("left", range(3))])

# --- 36. non-native phrasing ---------------------------------------------------------------------------------------

K = "non_native"
make(K, "please make for me one circle red in the left and one square blue in the right",
     [o("circle", "red"), o("square", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "I want picture with three triangle green in row", [o("triangle", "green")] * 3, [C("row", 0, 1, 2)])
make(K, "draw please the yellow circle, it must be on top of blue square", [o("circle", "yellow"), o("square", "blue")], [C("above", 0, 1)])
make(K, "put two purple square in the up side and one orange circle in the down side",
     [o("square", "purple")] * 2 + [o("circle", "orange")], [*places("top", [0, 1]), C("in", 2, arg="bottom")])
make(K, "Is possible to make a red triangle between two green circle, horizontal?",
     [o("triangle", "red"), o("circle", "green"), o("circle", "green")], [C("between_x", 0, 1, 2)])

# --- 37. typos -----------------------------------------------------------------------------------------------------

K = "typos"
make(K, "a red cirlce in the top left corenr", [o("circle", "red")], [C("in", 0, arg="top_left")])
make(K, "three bleu squares in a row", [o("square", "blue")] * 3, [C("row", 0, 1, 2)])
make(K, "a green trinagle below a yellow sqaure", [o("triangle", "green"), o("square", "yellow")], [C("above", 1, 0)])
make(K, "put a purpel circle on the rigth side", [o("circle", "purple")], [C("in", 0, arg="right")])
make(K, "two orange traingles and one striped blue circel, the circle in the midle",
     [o("triangle", "orange")] * 2 + [o("circle", "blue", "striped")], [C("in", 2, arg="center")])

# --- 38. terse notes -----------------------------------------------------------------------------------------------

K = "terse"
make(K, "red circle left, blue circle right", [o("circle", "red"), o("circle", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "3 green squares, column, right side", [o("square", "green")] * 3, [C("column", 0, 1, 2), *places("right", range(3))])
make(K, "yellow tri top, purple sq bottom", [o("triangle", "yellow"), o("square", "purple")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")])
make(K, "orange circle center. black bg.", [o("circle", "orange")], [C("in", 0, arg="center")], background="black")
make(K, "2x2 grid, blue triangles", [o("triangle", "blue")] * 4, [C("grid", 0, 1, 2, 3, arg="2x2")])

# --- 39. the centre ------------------------------------------------------------------------------------------------

K = "centre_place"
make(K, "a blue square right in the middle of the picture", [o("square", "blue")], [C("in", 0, arg="center")])
make(K, "center a striped red triangle on the canvas", [o("triangle", "red", "striped")], [C("in", 0, arg="center")])
make(K, "a yellow circle dead center and a green square in the bottom left",
     [o("circle", "yellow"), o("square", "green")], [C("in", 0, arg="center"), C("in", 1, arg="bottom_left")])
make(K, "put an orange triangle smack in the centre", [o("triangle", "orange")], [C("in", 0, arg="center")])
make(K, "A purple circle, centered, with a red square to its left",
     [o("circle", "purple"), o("square", "red")], [C("in", 0, arg="center"), C("left_of", 1, 0)])

# --- 40. follow-up sentences with "it" -----------------------------------------------------------------------------

K = "pronoun_followup"
make(K, "Draw a red circle. Put a blue square to its right.", [o("circle", "red"), o("square", "blue")], [C("left_of", 0, 1)])
make(K, "there's a green triangle in the bottom left. above it, draw a yellow circle",
     [o("triangle", "green"), o("circle", "yellow")], [C("in", 0, arg="bottom_left"), C("above", 1, 0)])
make(K, "make an orange square. now add two purple circles under it",
     [o("square", "orange")] + [o("circle", "purple")] * 2, [C("above", 0, 1), C("above", 0, 2)])
make(K, "A blue triangle at the top. Next to it on the left, a red triangle. Below both, a green circle.",
     [o("triangle", "blue"), o("triangle", "red"), o("circle", "green")],
     [C("in", 0, arg="top"), C("left_of", 1, 0), C("above", 0, 2), C("above", 1, 2)])
make(K, "I want a yellow square in the center; then put a striped blue circle on each side of it",
     [o("square", "yellow"), o("circle", "blue", "striped"), o("circle", "blue", "striped")],
     [C("in", 0, arg="center"), C("between_x", 0, 1, 2)])


# --- verification: satisfiable and constraining ---------------------------------------------------------------------

def _verify() -> None:
    verify_hand_written(CASES)


if __name__ == "__main__":
    _verify()
