"""An eighth hand-written request set for the layout planner: 173 requests in 37 constructions and voices.

Requests the way people type them into a chat-based shapes designer, with an emphasis on phrasings a rule-based
planner was likely not written from: ordered lists in four directions and on diagonals, between (horizontal and
vertical), next to with the side said, on top of / under, flanking and beside, rows, columns, stacks and grids (by size
and row by row), corners and halves, counts with places, sizes and comparisons ("twice as big"), textures ("stripy",
"plain"), exclusions ("skip the triangles"), words outside the vocabulary (stars, hexagons, teal, lavender), relative
clauses, two relations on one object, rings and surroundings, long scenes, backgrounds, corrections within one message,
exact totals, and voices: polite questions, bullet and numbered lists and markdown, run-on sentences, non-native
phrasing, typos and abbreviations, terse notes, follow-ups with "it" / "them", British spelling, quantity words
("a pair of", "half a dozen"), passive voice, the viewer's side and reasons, ALL CAPS and emoji, and requests embedded
in a story.

Written by a separate session that read only :mod:`regiondit.evals.paraphrases` (the meaning checks) and the helper
pattern of ``paraphrases_constructions.py`` (its opening and its ``_verify``); never the planner, its tests, nor the
other sets. Every case is checked satisfiable (a reference layout passes ``check``) and constraining (a layout missing
a region, with two ordered objects swapped, with an absent object added, without the background, with one object
miscoloured or renamed, fails) by running this module:

    python -m regiondit.evals.paraphrases_mixed

First look, at 67b3088, before any planner change it informed: 140 of 173 right (80.9%), 30 failures silent
(14 of them with more or fewer objects than asked).

Each case is written as one Obj per slot; ``make`` merges identical objects into counts and renumbers the slots.
"""

# ruff: noqa: E501, E741 (requests are data, kept one per line)
from __future__ import annotations

from functools import partial

from .paraphrases import C, Case, add_case, cells, col, line, one, places, verify_hand_written

CASES: list[Case] = []


o = one
make = partial(add_case, CASES)


# --- 1. ordered, left to right --------------------------------------------------------------------------------------

K = "order_left_to_right"
make(K, "ok so going from left to right i want: blue square, red triangle, yellow circle",
     [o("square", "blue"), o("triangle", "red"), o("circle", "yellow")], [C("order_x", 0, 1, 2)])
make(K, "Line them up left→right: a purple circle first, an orange square second and a green triangle last",
     [o("circle", "purple"), o("square", "orange"), o("triangle", "green")], line([0, 1, 2]))
make(K, "Starting on the left, a red circle, followed by a green circle, and finally a blue circle.",
     [o("circle", "red"), o("circle", "green"), o("circle", "blue")], [C("order_x", 0, 1, 2)])
make(K, "When you read it from left to right the order should be square, circle, triangle. Make the square yellow, the circle purple and the triangle striped orange.",
     [o("square", "yellow"), o("circle", "purple"), o("triangle", "orange", "striped")], [C("order_x", 0, 1, 2)])
make(K, "a row of four shapes, left to right: green square, blue circle, red triangle, yellow square",
     [o("square", "green"), o("circle", "blue"), o("triangle", "red"), o("square", "yellow")], line([0, 1, 2, 3]))

# --- 2. ordered, right to left --------------------------------------------------------------------------------------

K = "order_right_to_left"
make(K, "from right to left: a red square, a blue circle, a green triangle",
     [o("square", "red"), o("circle", "blue"), o("triangle", "green")], [C("order_x", 2, 1, 0)])
make(K, "Right to left please — yellow triangle, then purple circle",
     [o("triangle", "yellow"), o("circle", "purple")], [C("left_of", 1, 0)])
make(K, "Reading from the right edge inwards: an orange circle, then a striped green square, then a red triangle",
     [o("circle", "orange"), o("square", "green", "striped"), o("triangle", "red")], [C("order_x", 2, 1, 0)])
make(K, "I want three circles, red, blue and green, but ordered from right to left",
     [o("circle", "red"), o("circle", "blue"), o("circle", "green")], [C("order_x", 2, 1, 0)])
make(K, "put a blue square on the far right, to its left a yellow triangle, and to the left of that a purple circle",
     [o("square", "blue"), o("triangle", "yellow"), o("circle", "purple")], [C("in", 0, arg="right"), C("order_x", 2, 1, 0)])

# --- 3. ordered, vertically -----------------------------------------------------------------------------------------

K = "order_vertical"
make(K, "stack these from the top down: a red circle, a green square, a blue triangle",
     [o("circle", "red"), o("square", "green"), o("triangle", "blue")], col([0, 1, 2]))
make(K, "from the bottom up: a yellow square, then an orange circle, then a purple triangle",
     [o("square", "yellow"), o("circle", "orange"), o("triangle", "purple")], [C("order_y", 2, 1, 0)])
make(K, "The highest shape should be the blue triangle and the lowest the red square, with a green circle in between them vertically.",
     [o("triangle", "blue"), o("circle", "green"), o("square", "red")], [C("order_y", 0, 1, 2)])
make(K, "Bottom to top → striped purple square, solid yellow circle",
     [o("square", "purple", "striped"), o("circle", "yellow", "solid")], [C("above", 1, 0)])
make(K, "the orange triangle goes at the very top, under it the blue circle, and under that the green square",
     [o("triangle", "orange"), o("circle", "blue"), o("square", "green")], [C("in", 0, arg="top"), C("order_y", 0, 1, 2)])

# --- 4. diagonals ---------------------------------------------------------------------------------------------------

K = "diagonal"
make(K, "three squares on a diagonal running from the top left corner to the bottom right corner: red, then green, then blue",
     [o("square", "red"), o("square", "green"), o("square", "blue")],
     [C("order_x", 0, 1, 2), C("order_y", 0, 1, 2), C("in", 0, arg="top_left"), C("in", 2, arg="bottom_right")])
make(K, "a diagonal line of circles going from the bottom-left up to the top-right — yellow, orange, purple, in that order",
     [o("circle", "yellow"), o("circle", "orange"), o("circle", "purple")],
     [C("order_x", 0, 1, 2), C("order_y", 2, 1, 0), C("in", 0, arg="bottom_left"), C("in", 2, arg="top_right")])
make(K, "put a blue triangle in the upper left and a green circle diagonally down and to the right of it",
     [o("triangle", "blue"), o("circle", "green")], [C("in", 0, arg="top_left"), C("left_of", 0, 1), C("above", 0, 1)])
make(K, "a red square, and diagonally below it to the left, a yellow triangle",
     [o("square", "red"), o("triangle", "yellow")], [C("above", 0, 1), C("left_of", 1, 0)])
make(K, "two circles placed diagonally: the striped one up high on the right, the plain one lower down on the left",
     [o("circle", None, "striped"), o("circle", None, "solid")], [C("above", 0, 1), C("left_of", 1, 0)])

# --- 5. between, horizontally ---------------------------------------------------------------------------------------

K = "between_horizontal"
make(K, "a yellow circle sandwiched between two blue squares, all side by side",
     [o("circle", "yellow"), o("square", "blue"), o("square", "blue")], [C("between_x", 0, 1, 2), C("row", 0, 1, 2)])
make(K, "Put a green triangle with a red circle to its left and an orange square to its right.",
     [o("triangle", "green"), o("circle", "red"), o("square", "orange")], [C("order_x", 1, 0, 2)])
make(K, "the blue circle goes between the purple square (left) and the purple triangle (right)",
     [o("circle", "blue"), o("square", "purple"), o("triangle", "purple")], [C("between_x", 0, 1, 2), C("left_of", 1, 2)])
make(K, "a green square on the left edge, a yellow square on the right edge, and a striped red circle halfway between them",
     [o("square", "green"), o("square", "yellow"), o("circle", "red", "striped")],
     [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)])
make(K, "horizontally in between an orange triangle and a blue triangle, a small green circle",
     [o("circle", "green"), o("triangle", "orange"), o("triangle", "blue")], [C("between_x", 0, 1, 2), C("small", 0)])

# --- 6. between, vertically -----------------------------------------------------------------------------------------

K = "between_vertical"
make(K, "a red square with a blue circle above it and a green circle below it",
     [o("square", "red"), o("circle", "blue"), o("circle", "green")], [C("order_y", 1, 0, 2)])
make(K, "a column of three: purple square on top, yellow triangle in the middle of the column, orange square at the bottom",
     [o("square", "purple"), o("triangle", "yellow"), o("square", "orange")], col([0, 1, 2]))
make(K, "vertically between a blue triangle and a red triangle, put a striped circle",
     [o("circle", None, "striped"), o("triangle", "blue"), o("triangle", "red")], [C("between_y", 0, 1, 2)])
make(K, "the green circle goes under the orange square but over the purple triangle",
     [o("circle", "green"), o("square", "orange"), o("triangle", "purple")], [C("order_y", 1, 0, 2)])
make(K, "sandwich a yellow square between two red circles, one above it and one below it",
     [o("square", "yellow"), o("circle", "red"), o("circle", "red")], [C("between_y", 0, 1, 2)])

# --- 7. next to, with the side ---------------------------------------------------------------------------------------

K = "next_to_side"
make(K, "put a triangle next to the green square, on its left side. make the triangle yellow",
     [o("triangle", "yellow"), o("square", "green")], [C("left_of", 0, 1)])
make(K, "next to the purple circle, over to its right, an orange triangle",
     [o("circle", "purple"), o("triangle", "orange")], [C("left_of", 0, 1)])
make(K, "a red circle and a blue circle next to each other, the red one on the left",
     [o("circle", "red"), o("circle", "blue")], [C("left_of", 0, 1)])
make(K, "a striped green square right next to a plain green square, the striped one on the right-hand side",
     [o("square", "green", "striped"), o("square", "green", "solid")], [C("left_of", 1, 0)])

# --- 8. on top of / under / above / below ---------------------------------------------------------------------------

K = "on_top_under"
make(K, "a red triangle sitting on top of a blue square",
     [o("triangle", "red"), o("square", "blue")], [C("above", 0, 1)])
make(K, "a green circle under an orange triangle",
     [o("circle", "green"), o("triangle", "orange")], [C("above", 1, 0)])
make(K, "the yellow square should sit beneath the purple circle",
     [o("square", "yellow"), o("circle", "purple")], [C("above", 1, 0)])
make(K, "Put a striped orange square underneath a red circle.",
     [o("square", "orange", "striped"), o("circle", "red")], [C("above", 1, 0)])

# --- 9. flanking, beside, alongside ---------------------------------------------------------------------------------

K = "flanking_beside"
make(K, "a blue square flanked by two yellow circles",
     [o("square", "blue"), o("circle", "yellow"), o("circle", "yellow")], [C("between_x", 0, 1, 2)])
make(K, "a red triangle with green squares on both sides of it",
     [o("triangle", "red"), o("square", "green"), o("square", "green")], [C("between_x", 0, 1, 2)])
make(K, "two purple circles flanking an orange triangle, the three of them in a row",
     [o("triangle", "orange"), o("circle", "purple"), o("circle", "purple")], [C("between_x", 0, 1, 2), C("row", 0, 1, 2)])
make(K, "a yellow circle alongside a blue triangle, on the triangle's left",
     [o("circle", "yellow"), o("triangle", "blue")], [C("left_of", 0, 1)])

# --- 10. rows, columns, stacks --------------------------------------------------------------------------------------

K = "rows_columns_stacks"
make(K, "four orange circles lined up horizontally",
     [o("circle", "orange")] * 4, [C("row", 0, 1, 2, 3)])
make(K, "a vertical stack of three squares: red on top, then yellow, then blue",
     [o("square", "red"), o("square", "yellow"), o("square", "blue")], col([0, 1, 2]))
make(K, "a column of 3 green triangles down the left side",
     [o("triangle", "green")] * 3, [C("column", 0, 1, 2), *places("left", [0, 1, 2])])
make(K, "two rows: three red circles in the upper row and three blue squares in the row below it",
     [o("circle", "red")] * 3 + [o("square", "blue")] * 3,
     [C("row", 0, 1, 2), C("row", 3, 4, 5), C("above", 0, 3), C("above", 1, 4), C("above", 2, 5)])
make(K, "a stack of five yellow squares",
     [o("square", "yellow")] * 5, [C("column", 0, 1, 2, 3, 4)])

# --- 11. grids ------------------------------------------------------------------------------------------------------

K = "grids"
make(K, "a 3x3 grid of circles",
     [o("circle")] * 9, [C("grid", *range(9), arg="3x3")])
make(K, "top row: red circle, blue square. bottom row: green triangle, yellow circle",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green"), o("circle", "yellow")], cells([[0, 1], [2, 3]]))
make(K, "a 2 by 3 grid of triangles, all of them purple",
     [o("triangle", "purple")] * 6, [C("grid", *range(6), arg="2x3")])
make(K, "a grid of four shapes — upper row a striped orange square and a green circle, lower row a blue triangle and a red square",
     [o("square", "orange", "striped"), o("circle", "green"), o("triangle", "blue"), o("square", "red")], cells([[0, 1], [2, 3]]))
make(K, "six blue squares in two rows of three",
     [o("square", "blue")] * 6, [C("grid", *range(6), arg="2x3")])

# --- 12. corners and halves -----------------------------------------------------------------------------------------

K = "corners_halves"
make(K, "fill the whole left half with a big blue square",
     [o("square", "blue")], [C("in", 0, arg="left"), C("big", 0)])
make(K, "upper right: a yellow triangle",
     [o("triangle", "yellow")], [C("in", 0, arg="top_right")])
make(K, "one circle in every corner, all of them red",
     [o("circle", "red")] * 4,
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])
make(K, "a green square somewhere in the lower half of the picture and a purple circle in the top half",
     [o("square", "green"), o("circle", "purple")], [C("in", 0, arg="bottom"), C("in", 1, arg="top")])
make(K, "tuck a small orange triangle into the bottom-right corner",
     [o("triangle", "orange")], [C("in", 0, arg="bottom_right"), C("small", 0)])

# --- 13. counts with places -----------------------------------------------------------------------------------------

K = "counts_places"
make(K, "three circles along the bottom",
     [o("circle")] * 3, places("bottom", [0, 1, 2]))
make(K, "put 4 yellow triangles on the right side",
     [o("triangle", "yellow")] * 4, places("right", [0, 1, 2, 3]))
make(K, "two red circles up top and three green squares at the bottom",
     [o("circle", "red")] * 2 + [o("square", "green")] * 3, [*places("top", [0, 1]), *places("bottom", [2, 3, 4])])
make(K, "five purple triangles scattered across the top half",
     [o("triangle", "purple")] * 5, places("top", range(5)))

# --- 14. sizes and comparisons --------------------------------------------------------------------------------------

K = "sizes"
make(K, "a square twice as big as the circle; the square red, the circle blue",
     [o("square", "red"), o("circle", "blue")], [C("larger", 0, 1)])
make(K, "a huge orange circle right in the centre",
     [o("circle", "orange")], [C("big", 0), C("in", 0, arg="center")])
make(K, "a blue square next to a much bigger yellow square",
     [o("square", "blue"), o("square", "yellow")], [C("larger", 1, 0)])
make(K, "three purple circles getting bigger from left to right",
     [o("circle", "purple")] * 3, [C("order_x", 0, 1, 2), C("larger", 1, 0), C("larger", 2, 1)])
make(K, "make the red triangle smaller than the green circle",
     [o("triangle", "red"), o("circle", "green")], [C("larger", 1, 0)])

# --- 15. textures ---------------------------------------------------------------------------------------------------

K = "textures"
make(K, "a stripy blue square and a plain yellow triangle",
     [o("square", "blue", "striped"), o("triangle", "yellow", "solid")])
make(K, "a green triangle, solid fill, no stripes",
     [o("triangle", "green", "solid")])
make(K, "two orange squares, one striped and the other plain",
     [o("square", "orange", "striped"), o("square", "orange", "solid")])
make(K, "a purple circle with a stripe pattern, top right",
     [o("circle", "purple", "striped")], [C("in", 0, arg="top_right")])

# --- 16. exclusions -------------------------------------------------------------------------------------------------

K = "exclusions"
make(K, "a red circle and a blue square, but no triangles please",
     [o("circle", "red"), o("square", "blue")], absent=[o("triangle")])
make(K, "Three shapes: a yellow circle, a purple square and an orange circle. Skip the triangles.",
     [o("circle", "yellow"), o("square", "purple"), o("circle", "orange")], absent=[o("triangle")])
make(K, "I don't want any squares. Just a red circle in the middle.",
     [o("circle", "red")], [C("in", 0, arg="center")], absent=[o("square")])
make(K, "circles only — a yellow one and an orange one, no squares or triangles anywhere",
     [o("circle", "yellow"), o("circle", "orange")], absent=[o("square"), o("triangle")])

# --- 17. words outside the vocabulary -------------------------------------------------------------------------------

K = "out_of_vocabulary"
make(K, "a yellow star in the top right corner",
     [o("star", "yellow")], [C("in", 0, arg="top_right")])
make(K, "a hexagon next to a blue circle, the hexagon on the left",
     [o("hexagon"), o("circle", "blue")], [C("left_of", 0, 1)])
make(K, "a lavender circle below a red triangle",
     [o("circle", unknown_colour="lavender"), o("triangle", "red")], [C("above", 1, 0)])
make(K, "a pink heart in the middle",
     [o("heart", unknown_colour="pink")], [C("in", 0, arg="center")])
make(K, "a green square with a brown dog to the right of it",
     [o("square", "green"), o("dog", unknown_colour="brown")], [C("left_of", 0, 1)])

# --- 18. relative clauses -------------------------------------------------------------------------------------------

K = "relative_clauses"
make(K, "the circle, which is red, should be left of the square, which is blue",
     [o("circle", "red"), o("square", "blue")], [C("left_of", 0, 1)])
make(K, "a square that is green sits above a triangle that's orange",
     [o("square", "green"), o("triangle", "orange")], [C("above", 0, 1)])
make(K, "a triangle which has stripes and which is purple, in the bottom left",
     [o("triangle", "purple", "striped")], [C("in", 0, arg="bottom_left")])
make(K, "a circle whose colour is blue, to the right of a red square",
     [o("circle", "blue"), o("square", "red")], [C("left_of", 1, 0)])
make(K, "the shape in the top right should be a square that's coloured orange",
     [o("square", "orange")], [C("in", 0, arg="top_right")])

# --- 19. two relations on one object --------------------------------------------------------------------------------

K = "two_relations"
make(K, "a red circle above a blue square and to the left of a green triangle",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green")], [C("above", 0, 1), C("left_of", 0, 2)])
make(K, "a yellow square that's below a purple circle and right of an orange triangle",
     [o("square", "yellow"), o("circle", "purple"), o("triangle", "orange")], [C("above", 1, 0), C("left_of", 2, 0)])
make(K, "a green triangle to the right of a red square and also lower than it",
     [o("triangle", "green"), o("square", "red")], [C("left_of", 1, 0), C("above", 1, 0)])
make(K, "blue circle: left of the red triangle, above the yellow square",
     [o("circle", "blue"), o("triangle", "red"), o("square", "yellow")], [C("left_of", 0, 1), C("above", 0, 2)])
make(K, "an orange square in the top half, to the left of a striped green circle",
     [o("square", "orange"), o("circle", "green", "striped")], [C("in", 0, arg="top"), C("left_of", 0, 1)])

# --- 20. rings and surroundings -------------------------------------------------------------------------------------

K = "rings_surroundings"
make(K, "a red circle surrounded by four blue squares",
     [o("circle", "red")] + [o("square", "blue")] * 4, [C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])
make(K, "a ring of six yellow triangles around a green circle",
     [o("circle", "green")] + [o("triangle", "yellow")] * 6, [C("between_x", 0, 1, 2), C("between_y", 0, 3, 4)])
make(K, "a purple square with a circle above it, below it, to its left and to its right — the circles all orange",
     [o("square", "purple")] + [o("circle", "orange")] * 4,
     [C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)])
make(K, "put a blue triangle in the centre and a red circle in each of the four corners around it",
     [o("triangle", "blue")] + [o("circle", "red")] * 4,
     [C("in", 0, arg="center"), C("in", 1, arg="top_left"), C("in", 2, arg="top_right"), C("in", 3, arg="bottom_left"), C("in", 4, arg="bottom_right")])
make(K, "a green circle boxed in by yellow squares on all four sides",
     [o("circle", "green")] + [o("square", "yellow")] * 4,
     [C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0), C("left_of", 0, 4)])

# --- 21. long multi-sentence scenes ---------------------------------------------------------------------------------

K = "long_scene"
make(K, "Let's make a little scene. In the top left there's a yellow circle, like a sun. Below it, near the bottom, a green triangle. To the right of the triangle, a blue square. White background.",
     [o("circle", "yellow"), o("triangle", "green"), o("square", "blue")],
     [C("in", 0, arg="top_left"), C("above", 0, 1), C("in", 1, arg="bottom"), C("left_of", 1, 2)], background="white")
make(K, "First a big red square in the middle. Then a small blue circle at the top right. Finally a striped orange triangle at the bottom left, and that's it.",
     [o("square", "red"), o("circle", "blue"), o("triangle", "orange", "striped")],
     [C("big", 0), C("in", 0, arg="center"), C("small", 1), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left")])
make(K, "I need three things. A purple triangle on the left. A purple circle on the right. And a yellow square between them, striped.",
     [o("triangle", "purple"), o("circle", "purple"), o("square", "yellow", "striped")],
     [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)])
make(K, "Scene: two green triangles at the bottom like hills, a yellow circle in the top right, and a blue square in the top left. Grey background.",
     [o("triangle", "green")] * 2 + [o("circle", "yellow"), o("square", "blue")],
     [*places("bottom", [0, 1]), C("in", 2, arg="top_right"), C("in", 3, arg="top_left")], background="gray")
make(K, "Start with an orange circle at the very centre. Next, a red square above it and another red square below it. Last, add a blue triangle to the left of the circle.",
     [o("circle", "orange"), o("square", "red"), o("square", "red"), o("triangle", "blue")],
     [C("in", 0, arg="center"), C("above", 1, 0), C("above", 0, 2), C("left_of", 3, 0)])

# --- 22. backgrounds ------------------------------------------------------------------------------------------------

K = "backgrounds"
make(K, "black backdrop, with a yellow square in the middle",
     [o("square", "yellow")], [C("in", 0, arg="center")], background="black")
make(K, "Background: gray. Shapes: a blue triangle and a green circle.",
     [o("triangle", "blue"), o("circle", "green")], background="gray")
make(K, "please set the background to white and then draw two orange squares",
     [o("square", "orange")] * 2, background="white")
make(K, "a purple circle in the top right against a plain black background",
     [o("circle", "purple")], [C("in", 0, arg="top_right")], background="black")

# --- 23. corrections within one message -----------------------------------------------------------------------------

K = "corrections"
make(K, "a red, no wait, blue circle",
     [o("circle", "blue")])
make(K, "put a square in the top left — sorry, I meant top right. make it green",
     [o("square", "green")], [C("in", 0, arg="top_right")])
make(K, "three triangles... actually make that two. Orange ones.",
     [o("triangle", "orange")] * 2)
make(K, "a yellow circle on the left of a purple square. Hmm, on second thought, put the circle on the right of the square instead.",
     [o("circle", "yellow"), o("square", "purple")], [C("left_of", 1, 0)])
make(K, "a striped blue square, or rather a plain one",
     [o("square", "blue", "solid")])

# --- 24. exact counts and totals ------------------------------------------------------------------------------------

K = "totals"
make(K, "5 shapes total: 3 red circles and 2 blue squares",
     [o("circle", "red")] * 3 + [o("square", "blue")] * 2)
make(K, "just one shape: a yellow square, nothing else",
     [o("square", "yellow")])
make(K, "six shapes in all, two of each kind, every single one purple",
     [o("circle", "purple")] * 2 + [o("square", "purple")] * 2 + [o("triangle", "purple")] * 2)
make(K, "there should be 3 objects in total: a red square, an orange circle and a green triangle",
     [o("square", "red"), o("circle", "orange"), o("triangle", "green")])

# --- 25. polite questions -------------------------------------------------------------------------------------------

K = "polite_questions"
make(K, "Could you possibly draw me a blue triangle in the bottom left corner?",
     [o("triangle", "blue")], [C("in", 0, arg="bottom_left")])
make(K, "Would it be ok to have a red circle above a yellow square?",
     [o("circle", "red"), o("square", "yellow")], [C("above", 0, 1)])
make(K, "Is it possible to get an orange square with stripes in the centre, please?",
     [o("square", "orange", "striped")], [C("in", 0, arg="center")])
make(K, "May I have a purple circle to the right of a green triangle? Thanks!",
     [o("circle", "purple"), o("triangle", "green")], [C("left_of", 1, 0)])

# --- 26. bullet lists, numbered lists, markdown ---------------------------------------------------------------------

K = "lists_markdown"
make(K, "- red circle (top left)\n- blue square (bottom right)",
     [o("circle", "red"), o("square", "blue")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
make(K, "1. a yellow triangle on the left\n2. a green circle on the right\n3. background: black",
     [o("triangle", "yellow"), o("circle", "green")], [C("in", 0, arg="left"), C("in", 1, arg="right")], background="black")
make(K, "**Shapes:**\n* purple square, big\n* orange circle, small",
     [o("square", "purple"), o("circle", "orange")], [C("big", 0), C("small", 1)])
make(K, "## Layout\n| where | what |\n|---|---|\n| top | blue circle |\n| bottom | red triangle |",
     [o("circle", "blue"), o("triangle", "red")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")])
make(K, "Need:\n  • 2 striped green squares\n  • 1 yellow circle, centered",
     [o("square", "green", "striped")] * 2 + [o("circle", "yellow")], [C("in", 2, arg="center")])

# --- 27. run-on sentences -------------------------------------------------------------------------------------------

K = "run_on"
make(K, "i want a red circle and then also a blue square and the square should be under the circle and also there should be a green triangle to the right of both of them",
     [o("circle", "red"), o("square", "blue"), o("triangle", "green")], [C("above", 0, 1), C("left_of", 0, 2), C("left_of", 1, 2)])
make(K, "draw a yellow square put it in the top left then draw an orange circle put it in the bottom right",
     [o("square", "yellow"), o("circle", "orange")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
make(K, "so basically theres a purple triangle in the middle and on either side of it theres a green circle",
     [o("triangle", "purple"), o("circle", "green"), o("circle", "green")], [C("in", 0, arg="center"), C("between_x", 0, 1, 2)])
make(K, "a big blue circle and next to it on the left a small red square and thats all no other shapes",
     [o("circle", "blue"), o("square", "red")], [C("larger", 0, 1), C("left_of", 1, 0)])
make(K, "make three circles red green blue going left to right and put them in a row at the top",
     [o("circle", "red"), o("circle", "green"), o("circle", "blue")], [*line([0, 1, 2]), *places("top", [0, 1, 2])])

# --- 28. non-native phrasing ----------------------------------------------------------------------------------------

K = "non_native"
make(K, "Please to draw one circle of red colour at the left side of the picture.",
     [o("circle", "red")], [C("in", 0, arg="left")])
make(K, "I want that the square blue is over the triangle yellow.",
     [o("square", "blue"), o("triangle", "yellow")], [C("above", 0, 1)])
make(K, "Make two triangle green, they are in the bottom.",
     [o("triangle", "green")] * 2, places("bottom", [0, 1]))
make(K, "There must be one circle orange in centre and one square purple at right of it.",
     [o("circle", "orange"), o("square", "purple")], [C("in", 0, arg="center"), C("left_of", 0, 1)])
make(K, "Picture with three square, colours red, yellow and blue, put in one line beginning from left.",
     [o("square", "red"), o("square", "yellow"), o("square", "blue")], line([0, 1, 2]))

# --- 29. typos and abbreviations ------------------------------------------------------------------------------------

K = "typos_abbreviations"
make(K, "a red cirlce in the top lft corner",
     [o("circle", "red")], [C("in", 0, arg="top_left")])
make(K, "blu sqaure abve a green traingle",
     [o("square", "blue"), o("triangle", "green")], [C("above", 0, 1)])
make(K, "2 yelow triangels on the rigth",
     [o("triangle", "yellow")] * 2, places("right", [0, 1]))
make(K, "a purpel circle w/ stripes, bottom rt",
     [o("circle", "purple", "striped")], [C("in", 0, arg="bottom_right")])
make(K, "orng square in teh middle pls",
     [o("square", "orange")], [C("in", 0, arg="center")])

# --- 30. terse notes ------------------------------------------------------------------------------------------------

K = "terse_notes"
make(K, "sq blue TL, circ red BR",
     [o("square", "blue"), o("circle", "red")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
make(K, "tri green @ top, circ yellow @ bottom",
     [o("triangle", "green"), o("circle", "yellow")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")])
make(K, "red circ x3, in a row",
     [o("circle", "red")] * 3, [C("row", 0, 1, 2)])
make(K, "bg black; purple sq center",
     [o("square", "purple")], [C("in", 0, arg="center")], background="black")
make(K, "L: orange tri. R: blue sq.",
     [o("triangle", "orange"), o("square", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])

# --- 31. follow-ups with "it" / "them" ------------------------------------------------------------------------------

K = "follow_ups"
make(K, "Draw a green square. Now move it to the bottom left.",
     [o("square", "green")], [C("in", 0, arg="bottom_left")])
make(K, "Make two red circles. Put them both at the top.",
     [o("circle", "red")] * 2, places("top", [0, 1]))
make(K, "A blue triangle. Then a yellow circle to its right.",
     [o("triangle", "blue"), o("circle", "yellow")], [C("left_of", 0, 1)])
make(K, "Add three purple squares and arrange them in a column on the right.",
     [o("square", "purple")] * 3, [C("column", 0, 1, 2), *places("right", [0, 1, 2])])
make(K, "An orange circle, please. Make it big and put it in the centre.",
     [o("circle", "orange")], [C("big", 0), C("in", 0, arg="center")])

# --- 32. British spelling -------------------------------------------------------------------------------------------

K = "british"
make(K, "colour the square orange and put it in the upper-left corner",
     [o("square", "orange")], [C("in", 0, arg="top_left")])
make(K, "on a grey backdrop, a blue circle and a green square, with the square to the right",
     [o("circle", "blue"), o("square", "green")], [C("left_of", 0, 1)], background="gray")
make(K, "two triangles, one coloured yellow and one coloured purple, the yellow one centred in the picture",
     [o("triangle", "yellow"), o("triangle", "purple")], [C("in", 0, arg="center")])
make(K, "a striped green circle, centre stage",
     [o("circle", "green", "striped")], [C("in", 0, arg="center")])

# --- 33. quantity words ---------------------------------------------------------------------------------------------

K = "quantity_words"
make(K, "a pair of orange triangles in the bottom right",
     [o("triangle", "orange")] * 2, places("bottom_right", [0, 1]))
make(K, "a trio of red circles in a row",
     [o("circle", "red")] * 3, [C("row", 0, 1, 2)])
make(K, "half a dozen green circles in a 2x3 grid",
     [o("circle", "green")] * 6, [C("grid", *range(6), arg="2x3")])
make(K, "a single purple square and a pair of yellow circles",
     [o("square", "purple"), o("circle", "yellow"), o("circle", "yellow")])

# --- 34. passive voice ----------------------------------------------------------------------------------------------

K = "passive"
make(K, "A circle should be placed in the top right; it is to be coloured red.",
     [o("circle", "red")], [C("in", 0, arg="top_right")])
make(K, "A blue square is to be drawn below a green triangle.",
     [o("square", "blue"), o("triangle", "green")], [C("above", 1, 0)])
make(K, "Two yellow circles should be positioned on the left side.",
     [o("circle", "yellow")] * 2, places("left", [0, 1]))
make(K, "A large orange triangle is wanted in the middle of the picture.",
     [o("triangle", "orange")], [C("big", 0), C("in", 0, arg="center")])
make(K, "a striped purple square must be put to the right of a red circle",
     [o("square", "purple", "striped"), o("circle", "red")], [C("left_of", 1, 0)])

# --- 35. the viewer's side, and reasons -----------------------------------------------------------------------------

K = "viewer_reasons"
make(K, "Put the red square on the left because that's where kids start reading, and the blue circle on the right.",
     [o("square", "red"), o("circle", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "As you look at the picture, the green triangle should be on your left and the yellow circle on your right.",
     [o("triangle", "green"), o("circle", "yellow")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "The orange circle goes at the top since it's meant to be the sun.",
     [o("circle", "orange")], [C("in", 0, arg="top")])
make(K, "Draw a purple square at the bottom, it's the ground, and a blue triangle above it as a roof.",
     [o("square", "purple"), o("triangle", "blue")], [C("in", 0, arg="bottom"), C("above", 1, 0)])
make(K, "seen from where the viewer stands, the circle is at the top left — make it green so it stands out",
     [o("circle", "green")], [C("in", 0, arg="top_left")])

# --- 36. ALL CAPS and emoji -----------------------------------------------------------------------------------------

K = "caps_emoji"
make(K, "🔵 blue circle on the left, 🟥 red square on the right",
     [o("circle", "blue"), o("square", "red")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
make(K, "PLEASE make a GREEN triangle ABOVE a YELLOW square 🙏",
     [o("triangle", "green"), o("square", "yellow")], [C("above", 0, 1)])
make(K, "✨ two orange squares side by side ✨",
     [o("square", "orange")] * 2, [C("row", 0, 1)])
make(K, "BIG BLUE TRIANGLE IN THE MIDDLE 😎",
     [o("triangle", "blue")], [C("big", 0), C("in", 0, arg="center")])

# --- 37. requests embedded in a story -------------------------------------------------------------------------------

K = "story_embedded"
make(K, "For my kid's worksheet I need a red circle and two blue squares, with the circle at the top.",
     [o("circle", "red"), o("square", "blue"), o("square", "blue")], [C("in", 0, arg="top")])
make(K, "My daughter is learning her shapes, so could you draw a green triangle, a yellow square and an orange circle, left to right, for her?",
     [o("triangle", "green"), o("square", "yellow"), o("circle", "orange")], [C("order_x", 0, 1, 2)])
make(K, "I'm making a poster for a maths class: a big purple square in the centre on a white background.",
     [o("square", "purple")], [C("big", 0), C("in", 0, arg="center")], background="white")
make(K, "We're playing a memory game and I need a card with a striped blue triangle in the bottom right corner.",
     [o("triangle", "blue", "striped")], [C("in", 0, arg="bottom_right")])
make(K, "teaching my nephew left and right today: the red circle goes on the left and the green circle on the right",
     [o("circle", "red"), o("circle", "green")], [C("in", 0, arg="left"), C("in", 1, arg="right")])


# --- verification: satisfiable and constraining ---------------------------------------------------------------------

def _verify() -> None:
    assert len(CASES) >= 150 and len({c.construction for c in CASES}) >= 32
    verify_hand_written(CASES)


if __name__ == "__main__":
    _verify()
