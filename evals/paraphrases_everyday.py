"""A fourth hand-written request set for the layout planner: 184 requests in 38 constructions of tricky everyday
English: hedges ("ideally ..., if possible"), questions ("could we have ...?"), corrections and contrasts inside one
request ("not a square but a circle", "instead of a square, ..."), passive and existential forms, capitals, emoji,
quotes and repeated punctuation, British idioms ("bang in the middle"), long scenes of four to six objects, relative
sizes, and each / both / either / respectively.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the other sets; every case was checked satisfiable before the planner
ran. First look, before any planner change informed by it: 155 of 184 right (84.2%), all 29 failures silent.
"""

from __future__ import annotations

from .paraphrases import C, Case, Obj

CASES: list[Case] = []


def add(construction: str, prompt: str, objects, constraints=(), absent=(), background=None) -> None:
    CASES.append(Case(prompt, construction, tuple(objects), tuple(absent), background, tuple(constraints)))


def O(noun, colour=None, texture=None, count=1, unknown=None):  # noqa: N802, E743 (short, as the cases are many)
    return Obj(noun, colour, texture, count, unknown)


def ins(place, *slots):
    return [C("in", s, arg=place) for s in slots]


# --- hedges -----------------------------------------------------------------------------------------------------------
k = "hedge_place"
add(k, "ideally a blue square in the top left, if possible", [O("square", "blue")], ins("top_left", 0))
add(k, "I'd like a green circle near the bottom, if that works", [O("circle", "green")], ins("bottom", 0))
add(k, "preferably an orange triangle on the right-hand side", [O("triangle", "orange")], ins("right", 0))
add(k, "if you can, a purple circle roughly in the middle", [O("circle", "purple")], ins("center", 0))
add(k, "perhaps a yellow square at the top? no pressure", [O("square", "yellow")], ins("top", 0))
add(k, "a red triangle in the lower right, ideally", [O("triangle", "red")], ins("bottom_right", 0))

k = "hedge_maybe"
add(k, "maybe a red circle somewhere on the right?", [O("circle", "red")], ins("right", 0))
add(k, "maybe two blue squares, kinda towards the left?", [O("square", "blue", count=2)], ins("left", 0, 1))
add(k, "possibly a green triangle up top, I guess", [O("triangle", "green")], ins("top", 0))
add(k, "hmm, maybe a striped purple circle in the bottom-left?", [O("circle", "purple", "striped")], ins("bottom_left", 0))
add(k, "I was thinking maybe an orange square, sort of in the centre", [O("square", "orange")], ins("center", 0))

k = "hedge_relation"
add(k, "a blue square, preferably to the left of a green circle", [O("square", "blue"), O("circle", "green")], [C("left_of", 0, 1)])
add(k, "ideally the yellow triangle would sit above the red circle", [O("triangle", "yellow"), O("circle", "red")], [C("above", 0, 1)])
add(k, "maybe put a purple circle a bit below an orange square, if that makes sense?",
    [O("circle", "purple"), O("square", "orange")], [C("above", 1, 0)])
add(k, "I'd sort of like a red triangle to the right of a blue triangle, if that's ok",
    [O("triangle", "red"), O("triangle", "blue")], [C("left_of", 1, 0)])

# --- questions --------------------------------------------------------------------------------------------------------
k = "question_could"
add(k, "could we have two green triangles at the bottom?", [O("triangle", "green", count=2)], ins("bottom", 0, 1))
add(k, "can you draw a red circle above a blue square?", [O("circle", "red"), O("square", "blue")], [C("above", 0, 1)])
add(k, "would it be possible to get a yellow triangle in the top right corner?", [O("triangle", "yellow")], ins("top_right", 0))
add(k, "Could you please put three purple circles in a row?", [O("circle", "purple", count=3)], [C("row", 0, 1, 2)])
add(k, "can I get a striped blue square on the left and a green circle on the right?",
    [O("square", "blue", "striped"), O("circle", "green")], ins("left", 0) + ins("right", 1))

k = "question_what_about"
add(k, "what about a purple square in the centre?", [O("square", "purple")], ins("center", 0))
add(k, "how about a red triangle to the left of an orange circle?", [O("triangle", "red"), O("circle", "orange")], [C("left_of", 0, 1)])
add(k, "what about two yellow squares, one at the top and one at the bottom?", [O("square", "yellow", count=2)],
    ins("top", 0) + ins("bottom", 1))
add(k, "how about a big green circle on a black background?", [O("circle", "green")], [C("big", 0)], background="black")
add(k, "What if there were a blue triangle under a red square?", [O("triangle", "blue"), O("square", "red")], [C("above", 1, 0)])

# --- corrections and contrasts ----------------------------------------------------------------------------------------
k = "correction_not_but"
add(k, "not a square but a circle, red, on the left", [O("circle", "red")], ins("left", 0), absent=[O("square")])
add(k, "a green triangle, not a blue one, at the top", [O("triangle", "green")], ins("top", 0), absent=[O("triangle", "blue")])
add(k, "I want a circle that's orange, not yellow, in the bottom right", [O("circle", "orange")], ins("bottom_right", 0),
    absent=[O("circle", "yellow")])
add(k, "on the right, not the left, put a purple square", [O("square", "purple")], ins("right", 0))
add(k, "not three but two blue circles, side by side", [O("circle", "blue", count=2)], [C("row", 0, 1)])
add(k, "a square - not striped, solid - in green, at the bottom", [O("square", "green", "solid")], ins("bottom", 0))

k = "correction_no_wait"
add(k, "a circle - no wait, a triangle - in yellow", [O("triangle", "yellow")], absent=[O("circle")])
add(k, "a red square on the left... actually, make it on the right", [O("square", "red")], ins("right", 0))
add(k, "two blue circles, sorry, I mean three blue circles", [O("circle", "blue", count=3)])
add(k, "a green circle at the top, oops, I meant at the bottom", [O("circle", "green")], ins("bottom", 0))
add(k, "put a purple triangle in the top left, no scratch that, the bottom left", [O("triangle", "purple")], ins("bottom_left", 0))
add(k, "an orange square, er, make that a striped orange square, in the middle", [O("square", "orange", "striped")], ins("center", 0))

k = "instead_of"
add(k, "instead of a square, put a blue circle at the top", [O("circle", "blue")], ins("top", 0), absent=[O("square")])
add(k, "a red triangle rather than a red circle, bottom right", [O("triangle", "red")], ins("bottom_right", 0),
    absent=[O("circle", "red")])
add(k, "use green instead of blue for the square on the left", [O("square", "green")], ins("left", 0), absent=[O("square", "blue")])
add(k, "replace the triangle with a yellow circle, placed in the centre", [O("circle", "yellow")], ins("center", 0),
    absent=[O("triangle")])
add(k, "two orange squares in place of the circles, at the top", [O("square", "orange", count=2)], ins("top", 0, 1),
    absent=[O("circle")])

# --- passive and existential ------------------------------------------------------------------------------------------
k = "passive"
add(k, "a red square is placed at the top right", [O("square", "red")], ins("top_right", 0))
add(k, "a blue circle is positioned to the left of a green triangle", [O("circle", "blue"), O("triangle", "green")], [C("left_of", 0, 1)])
add(k, "two yellow triangles are drawn at the bottom", [O("triangle", "yellow", count=2)], ins("bottom", 0, 1))
add(k, "A purple circle should be placed above an orange square.", [O("circle", "purple"), O("square", "orange")], [C("above", 0, 1)])
add(k, "a striped green square is shown in the middle of the picture", [O("square", "green", "striped")], ins("center", 0))

k = "existential"
add(k, "there should be three yellow circles along the bottom", [O("circle", "yellow", count=3)], ins("bottom", 0, 1, 2))
add(k, "there's a red triangle in the top left and there's a blue square in the bottom right",
    [O("triangle", "red"), O("square", "blue")], ins("top_left", 0) + ins("bottom_right", 1))
add(k, "there are two green squares, one on each side of a purple circle", [O("square", "green", count=2), O("circle", "purple")],
    [C("between_x", 2, 0, 1)])
add(k, "there will be an orange circle on the right", [O("circle", "orange")], ins("right", 0))
add(k, "there needs to be a big blue triangle and nothing else", [O("triangle", "blue")], [C("big", 0)])

# --- surface noise ----------------------------------------------------------------------------------------------------
k = "all_caps"
add(k, "A RED CIRCLE IN THE TOP LEFT CORNER", [O("circle", "red")], ins("top_left", 0))
add(k, "TWO BLUE SQUARES ON THE RIGHT PLEASE", [O("square", "blue", count=2)], ins("right", 0, 1))
add(k, "GREEN TRIANGLE ABOVE YELLOW CIRCLE", [O("triangle", "green"), O("circle", "yellow")], [C("above", 0, 1)])
add(k, "I WANT A PURPLE SQUARE LEFT OF AN ORANGE TRIANGLE!!!", [O("square", "purple"), O("triangle", "orange")], [C("left_of", 0, 1)])
add(k, "THREE STRIPED RED CIRCLES IN A ROW", [O("circle", "red", "striped", count=3)], [C("row", 0, 1, 2)])

k = "emoji"
add(k, "🔴 a red circle on the left 👈 and a blue square on the right 👉", [O("circle", "red"), O("square", "blue")],
    ins("left", 0) + ins("right", 1))
add(k, "a yellow triangle at the top ⭐️✨", [O("triangle", "yellow")], ins("top", 0))
add(k, "💜 a purple square in the middle 💜", [O("square", "purple")], ins("center", 0))
add(k, "two green circles 🟢🟢 at the bottom", [O("circle", "green", count=2)], ins("bottom", 0, 1))
add(k, "an orange triangle 🔺 below a blue circle 🔵 pls 🙏", [O("triangle", "orange"), O("circle", "blue")], [C("above", 1, 0)])

k = "quotes_parens"
add(k, 'a "blue" square (on the left)', [O("square", "blue")], ins("left", 0))
add(k, "a red circle (big) in the centre", [O("circle", "red")], [C("big", 0)] + ins("center", 0))
add(k, "a green triangle [top right] and a yellow square [bottom left]", [O("triangle", "green"), O("square", "yellow")],
    ins("top_right", 0) + ins("bottom_left", 1))
add(k, "a 'striped' purple circle, placed at the 'bottom'", [O("circle", "purple", "striped")], ins("bottom", 0))
add(k, "two orange circles (not squares!) on the right", [O("circle", "orange", count=2)], ins("right", 0, 1), absent=[O("square")])

k = "punct_repeat"
add(k, "a red red circle on the left!!!", [O("circle", "red")], ins("left", 0))
add(k, "a blue square....... at the top......", [O("square", "blue")], ins("top", 0))
add(k, "a big, big, big green triangle", [O("triangle", "green")], [C("big", 0)])
add(k, "a yellow circle ,, to the left of ,, a purple square", [O("circle", "yellow"), O("square", "purple")], [C("left_of", 0, 1)])
add(k, "a very very small orange square in the bottom right???", [O("square", "orange")], [C("small", 0)] + ins("bottom_right", 0))

k = "british"
add(k, "a red circle bang in the middle", [O("circle", "red")], ins("center", 0))
add(k, "a blue square in the top right-hand corner", [O("square", "blue")], ins("top_right", 0))
add(k, "a wee orange circle", [O("circle", "orange")], [C("small", 0)])
add(k, "a green triangle in the bottom left-hand corner, cheers", [O("triangle", "green")], ins("bottom_left", 0))
add(k, "could you pop a purple square on the left-hand side, ta", [O("square", "purple")], ins("left", 0))
add(k, "a grey background with a yellow circle slap bang in the centre", [O("circle", "yellow")], ins("center", 0), background="gray")

# --- distributive words -----------------------------------------------------------------------------------------------
k = "respectively"
add(k, "a red and a blue square, on the left and right respectively", [O("square", "red"), O("square", "blue")],
    ins("left", 0) + ins("right", 1))
add(k, "a green circle and a yellow triangle at the top and bottom respectively", [O("circle", "green"), O("triangle", "yellow")],
    ins("top", 0) + ins("bottom", 1))
add(k, "a purple triangle, an orange circle and a blue square, in the top left, top right and at the bottom, respectively",
    [O("triangle", "purple"), O("circle", "orange"), O("square", "blue")], ins("top_left", 0) + ins("top_right", 1) + ins("bottom", 2))
add(k, "two circles, red and green respectively, left and right", [O("circle", "red"), O("circle", "green")],
    ins("left", 0) + ins("right", 1))
add(k, "a square and a triangle, both yellow, respectively above and below a blue circle",
    [O("square", "yellow"), O("triangle", "yellow"), O("circle", "blue")], [C("above", 0, 2), C("above", 2, 1)])

k = "either_side"
add(k, "a blue square with a red circle on either side", [O("square", "blue"), O("circle", "red", count=2)], [C("between_x", 0, 1, 2)])
add(k, "a green triangle flanked by two yellow squares", [O("triangle", "green"), O("square", "yellow", count=2)], [C("between_x", 0, 1, 2)])
add(k, "an orange circle with a purple triangle on each side of it", [O("circle", "orange"), O("triangle", "purple", count=2)],
    [C("between_x", 0, 1, 2)])
add(k, "a red square with a blue circle above it and another blue circle below it", [O("square", "red"), O("circle", "blue", count=2)],
    [C("between_y", 0, 1, 2)])
add(k, "put a green circle on either side of a striped yellow triangle", [O("circle", "green", count=2), O("triangle", "yellow", "striped")],
    [C("between_x", 2, 0, 1)])

k = "both"
add(k, "two triangles, both green, at the top", [O("triangle", "green", count=2)], ins("top", 0, 1))
add(k, "a red circle and a red square, both on the right", [O("circle", "red"), O("square", "red")], ins("right", 0, 1))
add(k, "two squares, both striped and both blue, in the bottom left", [O("square", "blue", "striped", count=2)], ins("bottom_left", 0, 1))
add(k, "a yellow circle and a purple circle, both of them small", [O("circle", "yellow"), O("circle", "purple")], [C("small", 0, 1)])
add(k, "both the orange triangle and the blue square should go on the left", [O("triangle", "orange"), O("square", "blue")],
    ins("left", 0, 1))

k = "each_corner"
add(k, "a circle in each corner", [O("circle", count=4)],
    ins("top_left", 0) + ins("top_right", 1) + ins("bottom_left", 2) + ins("bottom_right", 3))
add(k, "put a red square in each of the four corners", [O("square", "red", count=4)],
    ins("top_left", 0) + ins("top_right", 1) + ins("bottom_left", 2) + ins("bottom_right", 3))
add(k, "a blue triangle in every corner and a yellow circle in the middle", [O("triangle", "blue", count=4), O("circle", "yellow")],
    ins("top_left", 0) + ins("top_right", 1) + ins("bottom_left", 2) + ins("bottom_right", 3) + ins("center", 4))
add(k, "one green circle in each top corner", [O("circle", "green", count=2)], ins("top_left", 0) + ins("top_right", 1))
add(k, "a purple square in each bottom corner", [O("square", "purple", count=2)], ins("bottom_left", 0) + ins("bottom_right", 1))

k = "each_colour"
add(k, "three circles, each a different colour: red, yellow and blue", [O("circle", "red"), O("circle", "yellow"), O("circle", "blue")])
add(k, "four squares, each one blue, in a 2x2 grid", [O("square", "blue", count=4)], [C("grid", 0, 1, 2, 3, arg="2x2")])
add(k, "a red, a green and a blue circle, each at the top", [O("circle", "red"), O("circle", "green"), O("circle", "blue")],
    ins("top", 0, 1, 2))

# --- sizes ------------------------------------------------------------------------------------------------------------
k = "relative_size"
add(k, "a circle twice the size of the square, both red", [O("circle", "red"), O("square", "red")], [C("larger", 0, 1)])
add(k, "a blue square that is half the size of a green triangle", [O("square", "blue"), O("triangle", "green")], [C("larger", 1, 0)])
add(k, "a yellow circle much bigger than the purple triangle next to it", [O("circle", "yellow"), O("triangle", "purple")],
    [C("larger", 0, 1)])
add(k, "a small orange square and a large blue circle", [O("square", "orange"), O("circle", "blue")], [C("larger", 1, 0)])
add(k, "the triangle should be three times as big as the circle; make the triangle green and the circle yellow",
    [O("triangle", "green"), O("circle", "yellow")], [C("larger", 0, 1)])
add(k, "a tiny red square next to a huge purple circle", [O("square", "red"), O("circle", "purple")], [C("larger", 1, 0)])

k = "size_single"
add(k, "a massive blue triangle", [O("triangle", "blue")], [C("big", 0)])
add(k, "a teeny tiny yellow square in the top left", [O("square", "yellow")], [C("small", 0)] + ins("top_left", 0))
add(k, "an enormous green circle filling most of the picture", [O("circle", "green")], [C("big", 0)])
add(k, "a little red triangle", [O("triangle", "red")], [C("small", 0)])
add(k, "a huge striped orange square on the right", [O("square", "orange", "striped")], [C("big", 0)] + ins("right", 0))

# --- long scenes ------------------------------------------------------------------------------------------------------
k = "long_scene"
add(k, "a red circle in the top left, a blue square in the top right, a green triangle in the bottom left and a yellow circle in the bottom right",
    [O("circle", "red"), O("square", "blue"), O("triangle", "green"), O("circle", "yellow")],
    ins("top_left", 0) + ins("top_right", 1) + ins("bottom_left", 2) + ins("bottom_right", 3))
add(k, "On a white background: two purple squares at the top, an orange triangle in the centre, and a blue circle at the bottom.",
    [O("square", "purple", count=2), O("triangle", "orange"), O("circle", "blue")],
    ins("top", 0, 1) + ins("center", 2) + ins("bottom", 3), background="white")
add(k, "I need five things: a red square, a green square, a blue circle, a yellow triangle and an orange circle",
    [O("square", "red"), O("square", "green"), O("circle", "blue"), O("triangle", "yellow"), O("circle", "orange")])
add(k, "three yellow circles in a row at the top, with a big blue square underneath them, and a red triangle in the bottom right corner",
    [O("circle", "yellow", count=3), O("square", "blue"), O("triangle", "red")],
    [C("row", 0, 1, 2), C("above", 0, 3), C("above", 1, 3), C("above", 2, 3), C("big", 3)] + ins("top", 0, 1, 2) + ins("bottom_right", 4))
add(k, "a green circle left of a red square, which is left of a blue triangle, and a purple circle above all of them",
    [O("circle", "green"), O("square", "red"), O("triangle", "blue"), O("circle", "purple")],
    [C("order_x", 0, 1, 2), C("above", 3, 0), C("above", 3, 1), C("above", 3, 2)])
add(k, "six shapes: a red, an orange and a yellow circle in a row along the top, and a green, a blue and a purple square in a row along the bottom",
    [O("circle", "red"), O("circle", "orange"), O("circle", "yellow"), O("square", "green"), O("square", "blue"), O("square", "purple")],
    [C("row", 0, 1, 2), C("row", 3, 4, 5)] + ins("top", 0, 1, 2) + ins("bottom", 3, 4, 5))

k = "long_scene_mixed"
add(k, "Picture this: a big orange circle bang in the middle, a small blue square in the top left, a small blue square in the top right, "
       "and a striped green triangle at the bottom.",
    [O("circle", "orange"), O("square", "blue", count=2), O("triangle", "green", "striped")],
    [C("big", 0), C("small", 1, 2)] + ins("center", 0) + ins("top_left", 1) + ins("top_right", 2) + ins("bottom", 3))
add(k, "there should be a red square on the left, a yellow square on the right, and between them a purple circle; also a black background please",
    [O("square", "red"), O("square", "yellow"), O("circle", "purple")],
    ins("left", 0) + ins("right", 1) + [C("between_x", 2, 0, 1)], background="black")
add(k, "top row: three green triangles. bottom row: two blue circles.",
    [O("triangle", "green", count=3), O("circle", "blue", count=2)],
    [C("row", 0, 1, 2), C("row", 3, 4)] + ins("top", 0, 1, 2) + ins("bottom", 3, 4))
add(k, "From left to right I'd like a red circle, a yellow triangle, a blue square and a green circle, all in a line",
    [O("circle", "red"), O("triangle", "yellow"), O("square", "blue"), O("circle", "green")],
    [C("order_x", 0, 1, 2, 3), C("row", 0, 1, 2, 3)])
add(k, "a purple triangle at the top, an orange square under it, and under that a red circle, all stacked in one column",
    [O("triangle", "purple"), O("square", "orange"), O("circle", "red")],
    [C("order_y", 0, 1, 2), C("column", 0, 1, 2)] + ins("top", 0))

# --- counts, rows, grids, between, orders -----------------------------------------------------------------------------
k = "count_informal"
add(k, "a pair of red circles on the left", [O("circle", "red", count=2)], ins("left", 0, 1))
add(k, "a couple of blue triangles", [O("triangle", "blue", count=2)])
add(k, "a trio of yellow squares in a row", [O("square", "yellow", count=3)], [C("row", 0, 1, 2)])
add(k, "half a dozen green circles", [O("circle", "green", count=6)])
add(k, "a single orange triangle, just one, in the top right", [O("triangle", "orange")], ins("top_right", 0))

k = "row_column_informal"
add(k, "three blue squares lined up side by side", [O("square", "blue", count=3)], [C("row", 0, 1, 2)])
add(k, "stack three red circles on top of each other", [O("circle", "red", count=3)], [C("column", 0, 1, 2)])
add(k, "four yellow triangles in a horizontal line across the middle", [O("triangle", "yellow", count=4)], [C("row", 0, 1, 2, 3)])
add(k, "a vertical line of two green circles and a purple square, top to bottom", [O("circle", "green", count=2), O("square", "purple")],
    [C("column", 0, 1, 2), C("above", 0, 2), C("above", 1, 2)])
add(k, "put an orange circle, a blue circle and a red circle one above the other",
    [O("circle", "orange"), O("circle", "blue"), O("circle", "red")], [C("column", 0, 1, 2)])

k = "grid"
add(k, "four red squares in a 2x2 grid", [O("square", "red", count=4)], [C("grid", 0, 1, 2, 3, arg="2x2")])
add(k, "six circles arranged in a grid, two rows of three, all blue", [O("circle", "blue", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")])
add(k, "a 3 by 2 grid of green triangles", [O("triangle", "green", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="3x2")])
add(k, "four shapes in a square grid: a red circle, a blue circle, a red triangle and a blue triangle",
    [O("circle", "red"), O("circle", "blue"), O("triangle", "red"), O("triangle", "blue")], [C("grid", 0, 1, 2, 3, arg="2x2")])

k = "between"
add(k, "a yellow circle between a red square on the left and a green square on the right",
    [O("circle", "yellow"), O("square", "red"), O("square", "green")], [C("between_x", 0, 1, 2)] + ins("left", 1) + ins("right", 2))
add(k, "a blue triangle in between two purple circles, vertically", [O("triangle", "blue"), O("circle", "purple", count=2)],
    [C("between_y", 0, 1, 2)])
add(k, "put the orange square in the middle of a red circle and a blue circle, horizontally",
    [O("square", "orange"), O("circle", "red"), O("circle", "blue")], [C("between_x", 0, 1, 2)])
add(k, "a green circle sandwiched between a yellow triangle above and a red triangle below",
    [O("circle", "green"), O("triangle", "yellow"), O("triangle", "red")], [C("between_y", 0, 1, 2), C("above", 1, 0), C("above", 0, 2)])

k = "order_lists"
add(k, "from left to right: red circle, blue square, green triangle", [O("circle", "red"), O("square", "blue"), O("triangle", "green")],
    [C("order_x", 0, 1, 2)])
add(k, "going from top to bottom - a yellow square, then a purple circle, then an orange triangle",
    [O("square", "yellow"), O("circle", "purple"), O("triangle", "orange")], [C("order_y", 0, 1, 2)])
add(k, "left to right please: 1) a green circle 2) a green square 3) a green triangle",
    [O("circle", "green"), O("square", "green"), O("triangle", "green")], [C("order_x", 0, 1, 2)])
add(k, "right to left: a blue circle, a red circle", [O("circle", "blue"), O("circle", "red")], [C("left_of", 1, 0)])
add(k, "bottom to top: an orange square, a yellow triangle and a purple circle",
    [O("square", "orange"), O("triangle", "yellow"), O("circle", "purple")], [C("order_y", 2, 1, 0)])

# --- negation, background, out of vocabulary --------------------------------------------------------------------------
k = "negation"
add(k, "a red circle, but please no squares", [O("circle", "red")], absent=[O("square")])
add(k, "just a blue triangle at the top, nothing else, definitely no circles", [O("triangle", "blue")], ins("top", 0), absent=[O("circle")])
add(k, "two green squares and absolutely NO triangles!!", [O("square", "green", count=2)], absent=[O("triangle")])
add(k, "a yellow circle but not a purple one", [O("circle", "yellow")], absent=[O("circle", "purple")])
add(k, "an orange square on the left; don't put anything red anywhere", [O("square", "orange")], ins("left", 0),
    absent=[O("circle", "red"), O("square", "red"), O("triangle", "red")])

k = "background"
add(k, "a red circle on black please", [O("circle", "red")], background="black")
add(k, "white backdrop, blue square in the top left", [O("square", "blue")], ins("top_left", 0), background="white")
add(k, "could the background be grey? and a yellow triangle on the right", [O("triangle", "yellow")], ins("right", 0), background="gray")
add(k, "a green circle against a dark black background", [O("circle", "green")], background="black")
add(k, "on a plain white canvas, two purple circles", [O("circle", "purple", count=2)], background="white")

k = "unknown_colour"
add(k, "maybe a pink triangle?", [O("triangle", unknown="pink")])
add(k, "a teal circle in the top left, if possible", [O("circle", unknown="teal")], ins("top_left", 0))
add(k, "a brown square and a blue circle", [O("square", unknown="brown"), O("circle", "blue")])
add(k, "could we get a magenta triangle on the right?", [O("triangle", unknown="magenta")], ins("right", 0))

k = "unknown_noun"
add(k, "could you draw a red cat in the top left?", [O("cat", "red")], ins("top_left", 0))
add(k, "what about a blue car at the bottom?", [O("car", "blue")], ins("bottom", 0))
add(k, "a green tree on the left and a yellow circle on the right", [O("tree", "green"), O("circle", "yellow")],
    ins("left", 0) + ins("right", 1))
add(k, "a purple house, bang in the middle", [O("house", "purple")], ins("center", 0))

# --- discourse: pronouns, several sentences, terse notes --------------------------------------------------------------
k = "anaphora"
add(k, "a red circle, and put a blue one under it", [O("circle", "red"), O("circle", "blue")], [C("above", 0, 1)])
add(k, "a green square on the right, and a yellow one to its left", [O("square", "green"), O("square", "yellow")],
    ins("right", 0) + [C("left_of", 1, 0)])
add(k, "draw a purple triangle. Then put an orange circle right above it.", [O("triangle", "purple"), O("circle", "orange")],
    [C("above", 1, 0)])
add(k, "a blue square in the top left; the same again in the bottom right", [O("square", "blue", count=2)],
    ins("top_left", 0) + ins("bottom_right", 1))
add(k, "a striped red triangle, and a plain green one beside it", [O("triangle", "red", "striped"), O("triangle", "green", "solid")])

k = "multi_sentence"
add(k, "I want a red circle. It should be at the top. Also a blue square at the bottom.", [O("circle", "red"), O("square", "blue")],
    ins("top", 0) + ins("bottom", 1))
add(k, "Draw a yellow triangle. Make it big. Put it on the left.", [O("triangle", "yellow")], [C("big", 0)] + ins("left", 0))
add(k, "Two green circles. Both on the right. Thanks!", [O("circle", "green", count=2)], ins("right", 0, 1))
add(k, "Start with a purple square in the centre. Add an orange circle to its right.", [O("square", "purple"), O("circle", "orange")],
    ins("center", 0) + [C("left_of", 0, 1)])
add(k, "A blue triangle goes top left. A red square goes bottom right. That's all.", [O("triangle", "blue"), O("square", "red")],
    ins("top_left", 0) + ins("bottom_right", 1))

k = "terse_notes"
add(k, "red circle / top left; blue square / bottom right", [O("circle", "red"), O("square", "blue")],
    ins("top_left", 0) + ins("bottom_right", 1))
add(k, "circle: green, position: right", [O("circle", "green")], ins("right", 0))
add(k, "3x yellow triangle, in a row", [O("triangle", "yellow", count=3)], [C("row", 0, 1, 2)])

# --- textures ---------------------------------------------------------------------------------------------------------
k = "striped_informal"
add(k, "a stripy red square", [O("square", "red", "striped")])
add(k, "a blue circle with stripes, on the left", [O("circle", "blue", "striped")], ins("left", 0))
add(k, "a striped green triangle and a plain yellow circle", [O("triangle", "green", "striped"), O("circle", "yellow", "solid")])
add(k, "a purple square with horizontal stripes at the top", [O("square", "purple", "striped")], ins("top", 0))

k = "solid_explicit"
add(k, "a solid orange circle, not striped, in the bottom left", [O("circle", "orange", "solid")], ins("bottom_left", 0))
add(k, "a plain filled-in blue triangle", [O("triangle", "blue", "solid")])
add(k, "a solid red square and a striped red square, side by side", [O("square", "red", "solid"), O("square", "red", "striped")],
    [C("row", 0, 1)])
