"""A hand-written request set for the layout planner: 205 requests in 42 constructions, each with what it means.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` (``Obj``,
``Constraint``, ``Case``, ``check``) and never the planner: requests as people type them into an image tool (chatty,
terse, bullets, typos, British and American spelling, "a trio of", "flanked by", "half the size of", "none of them
red", "one per corner"), each expectation written from what the sentence means before the planner was run on it.

The first look at this set (before any planner change informed by it) is kept in its results: 173 of 205 right
(84.4%), all 32 failures silent. ``python -m regiondit.evals.planner_eval`` reports it beside the grammar.
Slots: an Obj with count n gives n consecutive slots, in the order of ``objects``; constraints index slots.
"""

from __future__ import annotations

from .paraphrases import C, Case, Obj

O = Obj  # noqa: E741 (short, as the cases are many)


def K(prompt: str, construction: str, objects, constraints=(), absent=(), background=None) -> Case:
    return Case(prompt=prompt, construction=construction, objects=tuple(objects), absent=tuple(absent),
                background=background, constraints=tuple(constraints))


CORNERS4 = lambda a, b, c, d: [C("in", a, arg="top_left"), C("in", b, arg="top_right"),  # noqa: E731
                               C("in", c, arg="bottom_left"), C("in", d, arg="bottom_right")]
ALL_RED = [O("circle", "red"), O("square", "red"), O("triangle", "red")]
ALL_BLUE = [O("circle", "blue"), O("square", "blue"), O("triangle", "blue")]

CASES: list[Case] = [
    # --- single coloured object ---------------------------------------------------------------------------------
    K("a red circle", "single_colour", [O("circle", "red")]),
    K("Blue triangle.", "single_colour", [O("triangle", "blue")]),
    K("just one yellow square please", "single_colour", [O("square", "yellow")]),
    K("draw a purple circle", "single_colour", [O("circle", "purple")]),
    K("an orange triangle", "single_colour", [O("triangle", "orange")]),

    # --- colour + striped texture -------------------------------------------------------------------------------
    K("a striped green square", "colour_striped", [O("square", "green", "striped")]),
    K("red striped triangle", "colour_striped", [O("triangle", "red", "striped")]),
    K("a blue circle with stripes", "colour_striped", [O("circle", "blue", "striped")]),
    K("one stripy orange square", "colour_striped", [O("square", "orange", "striped")]),
    K("a yellow triangle, striped", "colour_striped", [O("triangle", "yellow", "striped")]),

    # --- negated / solid texture --------------------------------------------------------------------------------
    K("a solid purple triangle", "not_striped", [O("triangle", "purple", "solid")]),
    K("a plain green circle, no stripes", "not_striped", [O("circle", "green", "solid")]),
    K("blue square but not striped", "not_striped", [O("square", "blue", "solid")]),
    K("a red triangle that isn't stripy", "not_striped", [O("triangle", "red", "solid")]),
    K("a circle without stripes, solid fill", "not_striped", [O("circle", texture="solid")]),

    # --- corners ------------------------------------------------------------------------------------------------
    K("a red circle in the upper-left corner", "corner_place", [O("circle", "red")], [C("in", 0, arg="top_left")]),
    K("put a green square top right", "corner_place", [O("square", "green")], [C("in", 0, arg="top_right")]),
    K("orange triangle, lower right corner", "corner_place", [O("triangle", "orange")], [C("in", 0, arg="bottom_right")]),
    K("a purple circle bottom-left", "corner_place", [O("circle", "purple")], [C("in", 0, arg="bottom_left")]),
    K("a striped blue square up in the top left hand corner", "corner_place", [O("square", "blue", "striped")],
      [C("in", 0, arg="top_left")]),

    # --- sides --------------------------------------------------------------------------------------------------
    K("a yellow circle on the far right", "side_place", [O("circle", "yellow")], [C("in", 0, arg="right")]),
    K("a green triangle on the left side", "side_place", [O("triangle", "green")], [C("in", 0, arg="left")]),
    K("a red square at the very top", "side_place", [O("square", "red")], [C("in", 0, arg="top")]),
    K("blue circle along the bottom edge", "side_place", [O("circle", "blue")], [C("in", 0, arg="bottom")]),
    K("I want an orange square over on the right hand side", "side_place", [O("square", "orange")],
      [C("in", 0, arg="right")]),

    # --- halves -------------------------------------------------------------------------------------------------
    K("a purple triangle in the lower half", "half_place", [O("triangle", "purple")], [C("in", 0, arg="bottom")]),
    K("a green circle somewhere in the left half of the image", "half_place", [O("circle", "green")],
      [C("in", 0, arg="left")]),
    K("red square in the upper half of the picture", "half_place", [O("square", "red")], [C("in", 0, arg="top")]),
    K("a blue triangle in the right half", "half_place", [O("triangle", "blue")], [C("in", 0, arg="right")]),

    # --- centre -------------------------------------------------------------------------------------------------
    K("a yellow square dead centre", "centre_place", [O("square", "yellow")], [C("in", 0, arg="center")]),
    K("a red circle smack in the middle", "centre_place", [O("circle", "red")], [C("in", 0, arg="center")]),
    K("green triangle, centred", "centre_place", [O("triangle", "green")], [C("in", 0, arg="center")]),
    K("one blue circle right in the center of the canvas", "centre_place", [O("circle", "blue")],
      [C("in", 0, arg="center")]),
    K("a striped purple square in the centre", "centre_place", [O("square", "purple", "striped")],
      [C("in", 0, arg="center")]),

    # --- two objects, two places --------------------------------------------------------------------------------
    K("a red circle on the left and a blue square on the right", "two_places", [O("circle", "red"), O("square", "blue")],
      [C("in", 0, arg="left"), C("in", 1, arg="right")]),
    K("green triangle top left, yellow circle bottom right", "two_places",
      [O("triangle", "green"), O("circle", "yellow")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")]),
    K("put a purple square at the top and an orange circle at the bottom", "two_places",
      [O("square", "purple"), O("circle", "orange")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")]),
    K("a blue triangle in the lower-left corner and a red triangle in the upper-right one", "two_places",
      [O("triangle", "blue"), O("triangle", "red")], [C("in", 0, arg="bottom_left"), C("in", 1, arg="top_right")]),
    K("an orange square in the middle and a green circle in the top right corner", "two_places",
      [O("square", "orange"), O("circle", "green")], [C("in", 0, arg="center"), C("in", 1, arg="top_right")]),

    # --- left of ------------------------------------------------------------------------------------------------
    K("a red circle to the left of a blue square", "left_of", [O("circle", "red"), O("square", "blue")],
      [C("left_of", 0, 1)]),
    K("green triangle left of a yellow circle", "left_of", [O("triangle", "green"), O("circle", "yellow")],
      [C("left_of", 0, 1)]),
    K("put the purple square on the left of the orange triangle", "left_of",
      [O("square", "purple"), O("triangle", "orange")], [C("left_of", 0, 1)]),
    K("a blue circle, and to its left a red triangle", "left_of", [O("circle", "blue"), O("triangle", "red")],
      [C("left_of", 1, 0)]),

    # --- right of -----------------------------------------------------------------------------------------------
    K("a yellow square to the right of a green circle", "right_of", [O("square", "yellow"), O("circle", "green")],
      [C("left_of", 1, 0)]),
    K("a striped red triangle right of a blue circle", "right_of",
      [O("triangle", "red", "striped"), O("circle", "blue")], [C("left_of", 1, 0)]),
    K("orange circle with a purple square to its right", "right_of", [O("circle", "orange"), O("square", "purple")],
      [C("left_of", 0, 1)]),
    K("a green square sitting to the right of an orange triangle", "right_of",
      [O("square", "green"), O("triangle", "orange")], [C("left_of", 1, 0)]),

    # --- above --------------------------------------------------------------------------------------------------
    K("a red triangle just above a blue square", "above", [O("triangle", "red"), O("square", "blue")],
      [C("above", 0, 1)]),
    K("a yellow circle on top of a green square", "above", [O("circle", "yellow"), O("square", "green")],
      [C("above", 0, 1)]),
    K("a purple square above an orange circle", "above", [O("square", "purple"), O("circle", "orange")],
      [C("above", 0, 1)]),
    K("a blue circle with a red circle above it", "above", [O("circle", "blue"), O("circle", "red")],
      [C("above", 1, 0)]),
    K("green triangle placed higher than a yellow triangle", "above",
      [O("triangle", "green"), O("triangle", "yellow")], [C("above", 0, 1)]),

    # --- below --------------------------------------------------------------------------------------------------
    K("a blue square beneath a red circle", "below", [O("square", "blue"), O("circle", "red")], [C("above", 1, 0)]),
    K("a green circle under an orange triangle", "below", [O("circle", "green"), O("triangle", "orange")],
      [C("above", 1, 0)]),
    K("purple triangle underneath a yellow square", "below", [O("triangle", "purple"), O("square", "yellow")],
      [C("above", 1, 0)]),
    K("a red square with a green circle below it", "below", [O("square", "red"), O("circle", "green")],
      [C("above", 0, 1)]),
    K("an orange circle lower down than a blue triangle", "below", [O("circle", "orange"), O("triangle", "blue")],
      [C("above", 1, 0)]),

    # --- above/below combined with left/right ------------------------------------------------------------------
    K("a red circle above and to the left of a blue square", "diagonal_rel", [O("circle", "red"), O("square", "blue")],
      [C("above", 0, 1), C("left_of", 0, 1)]),
    K("a green triangle up and to the right of a purple circle", "diagonal_rel",
      [O("triangle", "green"), O("circle", "purple")], [C("above", 0, 1), C("left_of", 1, 0)]),
    K("a yellow square below and left of an orange circle", "diagonal_rel",
      [O("square", "yellow"), O("circle", "orange")], [C("above", 1, 0), C("left_of", 0, 1)]),

    # --- left-to-right order ------------------------------------------------------------------------------------
    K("from left to right: a red circle, a green square, a blue triangle", "order_x",
      [O("circle", "red"), O("square", "green"), O("triangle", "blue")], [C("order_x", 0, 1, 2)]),
    K("left to right - yellow square, purple circle, orange triangle", "order_x",
      [O("square", "yellow"), O("circle", "purple"), O("triangle", "orange")], [C("order_x", 0, 1, 2)]),
    K("a blue circle, a red square and a green triangle, in that order from left to right", "order_x",
      [O("circle", "blue"), O("square", "red"), O("triangle", "green")], [C("order_x", 0, 1, 2)]),
    K("right to left: a red triangle, a yellow circle, a blue square", "order_x",
      [O("triangle", "red"), O("circle", "yellow"), O("square", "blue")], [C("order_x", 2, 1, 0)]),
    K("going left to right, a green circle then a purple square", "order_x",
      [O("circle", "green"), O("square", "purple")], [C("order_x", 0, 1)]),

    # --- top-to-bottom order ------------------------------------------------------------------------------------
    K("top to bottom: a red square, a yellow circle, a blue triangle", "order_y",
      [O("square", "red"), O("circle", "yellow"), O("triangle", "blue")], [C("order_y", 0, 1, 2)]),
    K("from the top down: green circle, orange square, purple triangle", "order_y",
      [O("circle", "green"), O("square", "orange"), O("triangle", "purple")], [C("order_y", 0, 1, 2)]),
    K("bottom to top: a blue circle, a red circle, a green circle", "order_y",
      [O("circle", "blue"), O("circle", "red"), O("circle", "green")], [C("order_y", 2, 1, 0)]),
    K("a yellow triangle at the top, a red square in the middle and a blue circle at the bottom, one above the other",
      "order_y", [O("triangle", "yellow"), O("square", "red"), O("circle", "blue")],
      [C("order_y", 0, 1, 2), C("in", 0, arg="top"), C("in", 2, arg="bottom")]),

    # --- horizontally between -----------------------------------------------------------------------------------
    K("a red circle flanked by two blue squares", "between_x", [O("circle", "red"), O("square", "blue", count=2)],
      [C("between_x", 0, 1, 2)]),
    K("a green triangle with a yellow circle on either side", "between_x",
      [O("triangle", "green"), O("circle", "yellow", count=2)], [C("between_x", 0, 1, 2)]),
    K("a purple square between an orange circle on the left and a red circle on the right", "between_x",
      [O("square", "purple"), O("circle", "orange"), O("circle", "red")], [C("order_x", 1, 0, 2)]),
    K("two green triangles either side of a blue circle", "between_x",
      [O("triangle", "green", count=2), O("circle", "blue")], [C("between_x", 2, 0, 1)]),
    K("a yellow square, flanked on the left and right by purple triangles", "between_x",
      [O("square", "yellow"), O("triangle", "purple", count=2)], [C("between_x", 0, 1, 2)]),

    # --- vertically between -------------------------------------------------------------------------------------
    K("a red square sandwiched between a green circle above and a blue circle below", "between_y",
      [O("square", "red"), O("circle", "green"), O("circle", "blue")], [C("order_y", 1, 0, 2)]),
    K("a yellow triangle with an orange square above it and another orange square below it", "between_y",
      [O("triangle", "yellow"), O("square", "orange", count=2)], [C("between_y", 0, 1, 2)]),
    K("a blue circle between two red triangles, one on top and one underneath", "between_y",
      [O("circle", "blue"), O("triangle", "red", count=2)], [C("between_y", 0, 1, 2)]),
    K("purple circle in the middle of a vertical stack, with green squares above and below", "between_y",
      [O("circle", "purple"), O("square", "green", count=2)], [C("between_y", 0, 1, 2), C("column", 0, 1, 2)]),

    # --- rows ---------------------------------------------------------------------------------------------------
    K("a red circle and a blue square side by side", "row", [O("circle", "red"), O("square", "blue")],
      [C("row", 0, 1)]),
    K("three yellow triangles in a row", "row", [O("triangle", "yellow", count=3)], [C("row", 0, 1, 2)]),
    K("put a green circle, a purple square and an orange triangle in a horizontal line", "row",
      [O("circle", "green"), O("square", "purple"), O("triangle", "orange")], [C("row", 0, 1, 2)]),
    K("4 blue circles lined up in a row across the picture", "row", [O("circle", "blue", count=4)],
      [C("row", 0, 1, 2, 3)]),
    K("two striped squares, side-by-side, one red and one green", "row",
      [O("square", "red", "striped"), O("square", "green", "striped")], [C("row", 0, 1)]),
    K("5 purple triangles in a line across the middle", "row", [O("triangle", "purple", count=5)],
      [C("row", 0, 1, 2, 3, 4)]),

    # --- columns ------------------------------------------------------------------------------------------------
    K("three red squares stacked vertically", "column", [O("square", "red", count=3)], [C("column", 0, 1, 2)]),
    K("a blue circle and a yellow circle stacked one on top of the other", "column",
      [O("circle", "blue"), O("circle", "yellow")], [C("column", 0, 1)]),
    K("a column of 4 green triangles", "column", [O("triangle", "green", count=4)], [C("column", 0, 1, 2, 3)]),
    K("orange square, purple circle and red triangle in a vertical line", "column",
      [O("square", "orange"), O("circle", "purple"), O("triangle", "red")], [C("column", 0, 1, 2)]),
    K("stack two blue triangles on top of each other", "column", [O("triangle", "blue", count=2)],
      [C("column", 0, 1)]),

    # --- grids --------------------------------------------------------------------------------------------------
    K("four red circles in a 2 by 2 grid", "grid", [O("circle", "red", count=4)], [C("grid", 0, 1, 2, 3, arg="2x2")]),
    K("a 2x3 grid of blue squares", "grid", [O("square", "blue", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]),
    K("6 green triangles arranged 3 by 2", "grid", [O("triangle", "green", count=6)],
      [C("grid", 0, 1, 2, 3, 4, 5, arg="3x2")]),
    K("a grid of four yellow squares", "grid", [O("square", "yellow", count=4)], [C("grid", 0, 1, 2, 3)]),
    K("two rows of three purple circles", "grid", [O("circle", "purple", count=6)],
      [C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")]),

    # --- corners, all four --------------------------------------------------------------------------------------
    K("a red circle in each corner", "each_corner", [O("circle", "red", count=4)], CORNERS4(0, 1, 2, 3)),
    K("put blue squares in all four corners", "each_corner", [O("square", "blue", count=4)], CORNERS4(0, 1, 2, 3)),
    K("a triangle in every corner of the image", "each_corner", [O("triangle", count=4)], CORNERS4(0, 1, 2, 3)),
    K("a green circle in each corner and a yellow square dead centre", "each_corner",
      [O("circle", "green", count=4), O("square", "yellow")], CORNERS4(0, 1, 2, 3) + [C("in", 4, arg="center")]),
    K("four orange triangles, one per corner", "each_corner", [O("triangle", "orange", count=4)],
      CORNERS4(0, 1, 2, 3)),

    # --- counts as digits ---------------------------------------------------------------------------------------
    K("3 green triangles", "count_digits", [O("triangle", "green", count=3)]),
    K("5 red circles", "count_digits", [O("circle", "red", count=5)]),
    K("2 striped purple squares", "count_digits", [O("square", "purple", "striped", count=2)]),
    K("draw 4 yellow circles and 1 blue square", "count_digits",
      [O("circle", "yellow", count=4), O("square", "blue")]),
    K("6 orange squares pls", "count_digits", [O("square", "orange", count=6)]),

    # --- counts as words / idioms -------------------------------------------------------------------------------
    K("a couple of blue circles", "count_words", [O("circle", "blue", count=2)]),
    K("a pair of red triangles", "count_words", [O("triangle", "red", count=2)]),
    K("a trio of green squares", "count_words", [O("square", "green", count=3)]),
    K("half a dozen yellow circles", "count_words", [O("circle", "yellow", count=6)]),
    K("five purple triangles", "count_words", [O("triangle", "purple", count=5)]),
    K("two orange circles and three blue squares", "count_words",
      [O("circle", "orange", count=2), O("square", "blue", count=3)]),

    # --- plain lists of objects ---------------------------------------------------------------------------------
    K("a red circle, a blue square, and a green triangle", "list",
      [O("circle", "red"), O("square", "blue"), O("triangle", "green")]),
    K("yellow circle, purple triangle, orange square, red circle", "list",
      [O("circle", "yellow"), O("triangle", "purple"), O("square", "orange"), O("circle", "red")]),
    K("one green square, two red circles and a striped blue triangle", "list",
      [O("square", "green"), O("circle", "red", count=2), O("triangle", "blue", "striped")]),
    K("some shapes: a purple circle plus an orange triangle", "list", [O("circle", "purple"), O("triangle", "orange")]),
    K("a blue square & a yellow triangle", "list", [O("square", "blue"), O("triangle", "yellow")]),

    # --- one/another, per-item colours --------------------------------------------------------------------------
    K("a red square, and another square that's blue", "one_another", [O("square", "red"), O("square", "blue")]),
    K("two triangles: one green, one orange", "one_another", [O("triangle", "green"), O("triangle", "orange")]),
    K("a striped circle and a plain one", "one_another", [O("circle", texture="striped"), O("circle", texture="solid")]),
    K("two circles, each of them yellow", "one_another", [O("circle", "yellow", count=2)]),

    # --- larger -------------------------------------------------------------------------------------------------
    K("a red circle bigger than a blue square", "larger", [O("circle", "red"), O("square", "blue")],
      [C("larger", 0, 1)]),
    K("a green triangle that's twice as big as the yellow circle", "larger",
      [O("triangle", "green"), O("circle", "yellow")], [C("larger", 0, 1)]),
    K("a large purple square next to a smaller orange circle", "larger", [O("square", "purple"), O("circle", "orange")],
      [C("larger", 0, 1)]),
    K("make the blue circle larger than the red triangle", "larger", [O("circle", "blue"), O("triangle", "red")],
      [C("larger", 0, 1)]),
    K("a yellow square, and a green square that is much bigger than it", "larger",
      [O("square", "yellow"), O("square", "green")], [C("larger", 1, 0)]),

    # --- smaller ------------------------------------------------------------------------------------------------
    K("a red triangle smaller than a blue circle", "smaller", [O("triangle", "red"), O("circle", "blue")],
      [C("larger", 1, 0)]),
    K("an orange circle half the size of a purple square", "smaller", [O("circle", "orange"), O("square", "purple")],
      [C("larger", 1, 0)]),
    K("a green square, plus a yellow triangle that's a lot smaller", "smaller",
      [O("square", "green"), O("triangle", "yellow")], [C("larger", 0, 1)]),
    K("a little blue circle beside a bigger red square", "smaller", [O("circle", "blue"), O("square", "red")],
      [C("larger", 1, 0)]),

    # --- absolute size ------------------------------------------------------------------------------------------
    K("a huge red circle", "big_small", [O("circle", "red")], [C("big", 0)]),
    K("a tiny blue triangle", "big_small", [O("triangle", "blue")], [C("small", 0)]),
    K("one big green square", "big_small", [O("square", "green")], [C("big", 0)]),
    K("a teeny little yellow circle in the top right", "big_small", [O("circle", "yellow")],
      [C("small", 0), C("in", 0, arg="top_right")]),
    K("a massive orange triangle and a tiny purple square", "big_small", [O("triangle", "orange"), O("square", "purple")],
      [C("big", 0), C("small", 1)]),

    # --- no <shape> ---------------------------------------------------------------------------------------------
    K("a red circle and a blue square, but no triangles", "negation_shape", [O("circle", "red"), O("square", "blue")],
      absent=[O("triangle")]),
    K("three shapes without any triangles: a green circle, a yellow square and a red circle", "negation_shape",
      [O("circle", "green"), O("square", "yellow"), O("circle", "red")], absent=[O("triangle")]),
    K("two purple circles, no squares please", "negation_shape", [O("circle", "purple", count=2)],
      absent=[O("square")]),
    K("a blue triangle on its own, no circles anywhere", "negation_shape", [O("triangle", "blue")],
      absent=[O("circle")]),
    K("draw a yellow square without any circles or triangles", "negation_shape", [O("square", "yellow")],
      absent=[O("circle"), O("triangle")]),

    # --- no <colour> --------------------------------------------------------------------------------------------
    K("three circles, none of them red", "negation_colour", [O("circle", count=3)], absent=[O("circle", "red")]),
    K("a square and a triangle, nothing red", "negation_colour", [O("square"), O("triangle")], absent=ALL_RED),
    K("four triangles, no blue", "negation_colour", [O("triangle", count=4)], absent=ALL_BLUE),
    K("two squares but don't make either of them green", "negation_colour", [O("square", count=2)],
      absent=[O("square", "green")]),
    K("a circle that isn't yellow", "negation_colour", [O("circle")], absent=[O("circle", "yellow")]),

    # --- backgrounds --------------------------------------------------------------------------------------------
    K("a red circle on a black backdrop", "background", [O("circle", "red")], background="black"),
    K("white bg, blue square in the middle", "background", [O("square", "blue")], [C("in", 0, arg="center")],
      background="white"),
    K("a green triangle against a grey background", "background", [O("triangle", "green")], background="gray"),
    K("yellow circle, top left, on a gray background", "background", [O("circle", "yellow")],
      [C("in", 0, arg="top_left")], background="gray"),
    K("two orange squares, background black", "background", [O("square", "orange", count=2)], background="black"),
    K("purple triangle. background: white.", "background", [O("triangle", "purple")], background="white"),

    # --- out-of-vocabulary nouns --------------------------------------------------------------------------------
    K("a dog", "oov_noun", [O("dog")]),
    K("a cat in the top left corner", "oov_noun", [O("cat")], [C("in", 0, arg="top_left")]),
    K("a red car on the right", "oov_noun", [O("car", "red")], [C("in", 0, arg="right")]),
    K("two trees", "oov_noun", [O("tree", count=2)]),
    K("a house next to a blue circle", "oov_noun", [O("house"), O("circle", "blue")]),
    K("a star in the centre", "oov_noun", [O("star")], [C("in", 0, arg="center")]),

    # --- out-of-vocabulary colours on known shapes --------------------------------------------------------------
    K("a pink circle", "oov_colour", [O("circle", unknown_colour="pink")]),
    K("a teal square in the bottom right", "oov_colour", [O("square", unknown_colour="teal")],
      [C("in", 0, arg="bottom_right")]),
    K("a brown triangle and a red circle", "oov_colour", [O("triangle", unknown_colour="brown"), O("circle", "red")]),
    K("two magenta squares", "oov_colour", [O("square", unknown_colour="magenta", count=2)]),
    K("a turquoise circle to the left of a green square", "oov_colour",
      [O("circle", unknown_colour="turquoise"), O("square", "green")], [C("left_of", 0, 1)]),
    K("a white circle on a black background", "oov_colour", [O("circle", unknown_colour="white")],
      background="black"),

    # --- out-of-vocabulary noun and colour ----------------------------------------------------------------------
    K("a pink star", "oov_both", [O("star", unknown_colour="pink")]),
    K("a teal hexagon", "oov_both", [O("hexagon", unknown_colour="teal")]),
    K("a brown dog next to a yellow triangle", "oov_both", [O("dog", unknown_colour="brown"), O("triangle", "yellow")]),
    K("a silver moon top right", "oov_both", [O("moon", unknown_colour="silver")], [C("in", 0, arg="top_right")]),
    K("a cyan heart in the middle", "oov_both", [O("heart", unknown_colour="cyan")], [C("in", 0, arg="center")]),

    # --- bullet lists -------------------------------------------------------------------------------------------
    K("- red circle, top left\n- blue square, bottom right", "bullets", [O("circle", "red"), O("square", "blue")],
      [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")]),
    K("* 2 green triangles\n* 1 yellow circle", "bullets", [O("triangle", "green", count=2), O("circle", "yellow")]),
    K("\u2022 purple square in the centre\n\u2022 orange circles in the two top corners", "bullets",
      [O("square", "purple"), O("circle", "orange", count=2)],
      [C("in", 0, arg="center"), C("in", 1, arg="top_left"), C("in", 2, arg="top_right")]),
    K("Shapes:\n1. a red triangle\n2. a blue triangle\n3. a green triangle\nall in a row", "bullets",
      [O("triangle", "red"), O("triangle", "blue"), O("triangle", "green")], [C("row", 0, 1, 2)]),
    K("- big yellow circle\n- small red square\n- white background", "bullets",
      [O("circle", "yellow"), O("square", "red")], [C("big", 0), C("small", 1)], background="white"),

    # --- polite / request frames --------------------------------------------------------------------------------
    K("I'd like a green circle in the top right, please", "polite_frame", [O("circle", "green")],
      [C("in", 0, arg="top_right")]),
    K("can you make a red square and a blue triangle?", "polite_frame", [O("square", "red"), O("triangle", "blue")]),
    K("pls draw 3 purple circles", "polite_frame", [O("circle", "purple", count=3)]),
    K("Could you put an orange triangle at the bottom for me?", "polite_frame", [O("triangle", "orange")],
      [C("in", 0, arg="bottom")]),
    K("would love a striped yellow square in the middle, thanks!", "polite_frame", [O("square", "yellow", "striped")],
      [C("in", 0, arg="center")]),
    K("give me two blue circles side by side", "polite_frame", [O("circle", "blue", count=2)], [C("row", 0, 1)]),

    # --- typos --------------------------------------------------------------------------------------------------
    K("a red cirlce", "typo", [O("circle", "red")]),
    K("blue traingle on the left", "typo", [O("triangle", "blue")], [C("in", 0, arg="left")]),
    K("a yelow sqaure", "typo", [O("square", "yellow")]),
    K("two purpel circles", "typo", [O("circle", "purple", count=2)]),
    K("a grean triangle above a red circel", "typo", [O("triangle", "green"), O("circle", "red")],
      [C("above", 0, 1)]),
    K("an orang square in the centre", "typo", [O("square", "orange")], [C("in", 0, arg="center")]),

    # --- British / American spellings ---------------------------------------------------------------------------
    K("colour the circle purple and put it in the centre", "spelling", [O("circle", "purple")],
      [C("in", 0, arg="center")]),
    K("a square, color orange, centered", "spelling", [O("square", "orange")], [C("in", 0, arg="center")]),
    K("a yellow triangle on a gray background", "spelling", [O("triangle", "yellow")], background="gray"),
    K("one striped red circle, centre of the picture, grey bg", "spelling", [O("circle", "red", "striped")],
      [C("in", 0, arg="center")], background="gray"),
    K("a blue triangle coloured in stripes, in the center", "spelling", [O("triangle", "blue", "striped")],
      [C("in", 0, arg="center")]),

    # --- chatty requests ----------------------------------------------------------------------------------------
    K("hey! so I'm making a poster and I need a big red circle in the middle, could you do that?", "chatty",
      [O("circle", "red")], [C("big", 0), C("in", 0, arg="center")]),
    K("ok so basically just a blue triangle in the bottom left corner, nothing else", "chatty",
      [O("triangle", "blue")], [C("in", 0, arg="bottom_left")]),
    K("hmm let's try a green square on the left and a yellow circle on the right this time", "chatty",
      [O("square", "green"), O("circle", "yellow")], [C("in", 0, arg="left"), C("in", 1, arg="right")]),
    K("honestly anything works but I want 2 orange triangles, thx", "chatty", [O("triangle", "orange", count=2)]),
    K("for my kid's worksheet: three purple squares in a row, please keep it simple", "chatty",
      [O("square", "purple", count=3)], [C("row", 0, 1, 2)]),

    # --- terse / abbreviated ------------------------------------------------------------------------------------
    K("red circle top-left, blue sq bottom-right", "terse", [O("circle", "red"), O("square", "blue")],
      [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")]),
    K("circle, red, left", "terse", [O("circle", "red")], [C("in", 0, arg="left")]),
    K("green square, centre", "terse", [O("square", "green")], [C("in", 0, arg="center")]),
    K("yellow triangle, big", "terse", [O("triangle", "yellow")], [C("big", 0)]),

    # --- next to (no direction) ---------------------------------------------------------------------------------
    K("a red circle next to a green triangle", "next_to", [O("circle", "red"), O("triangle", "green")]),
    K("a blue square beside a yellow square", "next_to", [O("square", "blue"), O("square", "yellow")]),
    K("an orange circle near a purple triangle", "next_to", [O("circle", "orange"), O("triangle", "purple")]),

    # --- combinations -------------------------------------------------------------------------------------------
    K("a big blue circle in the centre with a small red triangle in each top corner", "combined",
      [O("circle", "blue"), O("triangle", "red", count=2)],
      [C("big", 0), C("in", 0, arg="center"), C("small", 1, 2), C("in", 1, arg="top_left"),
       C("in", 2, arg="top_right")]),
    K("three green squares in a row along the top and a yellow circle at the bottom", "combined",
      [O("square", "green", count=3), O("circle", "yellow")],
      [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top"), C("in", 3, arg="bottom")]),
    K("a striped orange triangle to the left of a solid purple circle, on a white background", "combined",
      [O("triangle", "orange", "striped"), O("circle", "purple", "solid")], [C("left_of", 0, 1)], background="white"),
    K("two red circles stacked on the left, and a blue square on the right", "combined",
      [O("circle", "red", count=2), O("square", "blue")],
      [C("column", 0, 1), C("in", 0, 1, arg="left"), C("in", 2, arg="right")]),
    K("a yellow square above a green circle, both on the right side, no triangles", "combined",
      [O("square", "yellow"), O("circle", "green")],
      [C("above", 0, 1), C("in", 0, 1, arg="right")], absent=[O("triangle")]),
]


if __name__ == "__main__":
    from collections import Counter

    print(len(CASES), "cases,", len({c.construction for c in CASES}), "constructions")
    for name, n in sorted(Counter(c.construction for c in CASES).items()):
        print(f"  {name:18s} {n}")
