"""A second hand-written request set for the layout planner: 202 requests in 40 constructions, in the voices of
different kinds of users: people writing English as a second language ("put triangle blue on up"), designers
("upper-right quadrant", "flush left", "rule of thirds"), long multi-sentence scene descriptions, programmers'
shorthand ("circle(red) @ top-left", "red circle x2"), children and teachers, with negations, orders and grids.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the first hand-written set; every case was checked satisfiable
before the planner ran. First look, before any planner change informed by it: 146 of 202 right (72.3%), all 56
failures silent. Slots index object instances in order (an Obj with count n gives n slots).
"""

from __future__ import annotations

from .paraphrases import C, Case, Obj

CASES: list[Case] = []


def O(noun: str, colour: str | None = None, texture: str | None = None, count: int = 1, unknown: str | None = None) -> Obj:  # noqa: E743 (short, as the cases are many)
    return Obj(noun, colour, texture, count, unknown)


def K(construction: str, prompt: str, objects, constraints=(), absent=(), background=None) -> None:
    CASES.append(
        Case(
            prompt=prompt,
            construction=construction,
            objects=tuple(objects),
            absent=tuple(absent),
            background=background,
            constraints=tuple(constraints),
        )
    )


# --- non-native speakers -----------------------------------------------------------------------------------------

K("nn_count_side", "i need 2 circle red in left side", [O("circle", "red", count=2)], [C("in", 0, 1, arg="left")])
K("nn_count_side", "please make 3 triangle yellow in the right side of picture", [O("triangle", "yellow", count=3)], [C("in", 0, 1, 2, arg="right")])
K("nn_count_side", "i want two square blue on the down", [O("square", "blue", count=2)], [C("in", 0, 1, arg="bottom")])
K("nn_count_side", "put 4 circle green in up part", [O("circle", "green", count=4)], [C("in", 0, 1, 2, 3, arg="top")])
K("nn_count_side", "is need 2 triangle purple at left", [O("triangle", "purple", count=2)], [C("in", 0, 1, arg="left")])

K("nn_adj_after", "square green big in center of picture", [O("square", "green")], [C("big", 0), C("in", 0, arg="center")])
K("nn_adj_after", "circle orange small in the corner left up", [O("circle", "orange")], [C("small", 0), C("in", 0, arg="top_left")])
K("nn_adj_after", "triangle red big, please", [O("triangle", "red")], [C("big", 0)])
K("nn_adj_after", "one circle blue little on right", [O("circle", "blue")], [C("small", 0), C("in", 0, arg="right")])
K("nn_adj_after", "square yellow with stripes in the middle", [O("square", "yellow", "striped")], [C("in", 0, arg="center")])

K("nn_up_down", "put triangle blue on up", [O("triangle", "blue")], [C("in", 0, arg="top")])
K("nn_up_down", "put circle red on down", [O("circle", "red")], [C("in", 0, arg="bottom")])
K(
    "nn_up_down",
    "draw square purple on up and circle green on down",
    [O("square", "purple"), O("circle", "green")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)
K(
    "nn_up_down",
    "make a triangle orange on the up of the image, and square red on the down",
    [O("triangle", "orange"), O("square", "red")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)
K(
    "nn_up_down",
    "put yellow circle up and blue triangle down",
    [O("circle", "yellow"), O("triangle", "blue")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)

K("nn_relation", "the circle yellow must be on left of square purple", [O("circle", "yellow"), O("square", "purple")], [C("left_of", 0, 1)])
K("nn_relation", "please put triangle red over the circle blue", [O("triangle", "red"), O("circle", "blue")], [C("above", 0, 1)])
K("nn_relation", "square green is under of triangle orange", [O("square", "green"), O("triangle", "orange")], [C("above", 1, 0)])
K("nn_relation", "blue circle stay at right of red square", [O("circle", "blue"), O("square", "red")], [C("left_of", 1, 0)])
K(
    "nn_relation",
    "i want the yellow triangle to be more high than the green square",
    [O("triangle", "yellow"), O("square", "green")],
    [C("above", 0, 1)],
)

K("nn_negation", "draw me blue square, no want triangle", [O("square", "blue")], absent=[O("triangle")])
K("nn_negation", "only red circle please, not put any square", [O("circle", "red")], absent=[O("square")])
K("nn_negation", "make two green triangle but circle not", [O("triangle", "green", count=2)], absent=[O("circle")])
K("nn_negation", "i want yellow square without circle", [O("square", "yellow")], absent=[O("circle")])
K("nn_negation", "purple triangle yes, blue triangle no", [O("triangle", "purple")], absent=[O("triangle", "blue")])

K("typos", "a yelow circle", [O("circle", "yellow")])
K("typos", "purpel square on the rigth", [O("square", "purple")], [C("in", 0, arg="right")])
K("typos", "blu triangle in centre", [O("triangle", "blue")], [C("in", 0, arg="center")])
K("typos", "two gren circles", [O("circle", "green", count=2)])

# --- designers -----------------------------------------------------------------------------------------------------

K("quadrant", "Red circle in the top-left quadrant.", [O("circle", "red")], [C("in", 0, arg="top_left")])
K("quadrant", "Place a striped green square in the lower-right quadrant.", [O("square", "green", "striped")], [C("in", 0, arg="bottom_right")])
K(
    "quadrant",
    "Blue triangle, upper-right quadrant; yellow circle, lower-left quadrant.",
    [O("triangle", "blue"), O("circle", "yellow")],
    [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")],
)
K("quadrant", "Occupy the bottom-left quadrant with a small purple square.", [O("square", "purple")], [C("small", 0), C("in", 0, arg="bottom_left")])
K("quadrant", "Orange triangle anchored in the NE quadrant.", [O("triangle", "orange")], [C("in", 0, arg="top_right")])

K("thirds_bands", "A yellow square in the lower third of the frame.", [O("square", "yellow")], [C("in", 0, arg="bottom")])
K("thirds_bands", "Green circle sitting in the upper band.", [O("circle", "green")], [C("in", 0, arg="top")])
K("thirds_bands", "Put a red triangle in the left third.", [O("triangle", "red")], [C("in", 0, arg="left")])
K(
    "thirds_bands",
    "Blue square in the right-hand third, purple circle in the left-hand third.",
    [O("square", "blue"), O("circle", "purple")],
    [C("in", 0, arg="right"), C("in", 1, arg="left")],
)
K(
    "thirds_bands",
    "Upper band: an orange circle. Lower band: a green triangle.",
    [O("circle", "orange"), O("triangle", "green")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)

K("rule_of_thirds", "Rule of thirds: place a red circle on the left vertical third line.", [O("circle", "red")], [C("in", 0, arg="left")])
K(
    "rule_of_thirds",
    "Following the rule of thirds, put the orange triangle on the right third line.",
    [O("triangle", "orange")],
    [C("in", 0, arg="right")],
)
K("rule_of_thirds", "Using the rule of thirds, set a blue square at the top-left power point.", [O("square", "blue")], [C("in", 0, arg="top_left")])
K(
    "rule_of_thirds",
    "Rule-of-thirds composition: yellow circle at the lower-right intersection.",
    [O("circle", "yellow")],
    [C("in", 0, arg="bottom_right")],
)
K("rule_of_thirds", "Place a green triangle on the upper horizontal third line.", [O("triangle", "green")], [C("in", 0, arg="top")])

K("centre_aligned", "A centre-aligned purple circle.", [O("circle", "purple")], [C("in", 0, arg="center")])
K("centre_aligned", "Dead centre: one blue triangle.", [O("triangle", "blue")], [C("in", 0, arg="center")])
K("centre_aligned", "Red square, centered in the frame, on a black background.", [O("square", "red")], [C("in", 0, arg="center")], background="black")
K("centre_aligned", "Single yellow circle, center-aligned both horizontally and vertically.", [O("circle", "yellow")], [C("in", 0, arg="center")])
K("centre_aligned", "Green triangle, perfectly centred.", [O("triangle", "green")], [C("in", 0, arg="center")])

K(
    "symmetric_pair",
    "A symmetrical pair of red squares, one on the left and one on the right.",
    [O("square", "red", count=2)],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K(
    "symmetric_pair",
    "Symmetrical composition: a blue circle in the center flanked by two yellow triangles.",
    [O("circle", "blue"), O("triangle", "yellow", count=2)],
    [C("in", 0, arg="center"), C("between_x", 0, 1, 2)],
)
K(
    "symmetric_pair",
    "Mirror-image pair of green circles at the top, left and right.",
    [O("circle", "green", count=2)],
    [C("in", 0, arg="top_left"), C("in", 1, arg="top_right")],
)
K(
    "symmetric_pair",
    "Two orange triangles mirrored across the vertical axis.",
    [O("triangle", "orange", count=2)],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K(
    "symmetric_pair",
    "Two purple squares mirrored across the horizontal axis.",
    [O("square", "purple", count=2)],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)

K(
    "designer_stack",
    "Vertical stack, top to bottom: yellow triangle, green circle, red square.",
    [O("triangle", "yellow"), O("circle", "green"), O("square", "red")],
    [C("order_y", 0, 1, 2), C("column", 0, 1, 2)],
)
K(
    "designer_stack",
    "Horizontal lineup, left to right: blue square, orange circle, purple triangle.",
    [O("square", "blue"), O("circle", "orange"), O("triangle", "purple")],
    [C("order_x", 0, 1, 2), C("row", 0, 1, 2)],
)
K("designer_stack", "Stack three green squares vertically.", [O("square", "green", count=3)], [C("column", 0, 1, 2)])
K(
    "designer_stack",
    "Arrange a red circle, a blue circle and a yellow circle in a single horizontal row.",
    [O("circle", "red"), O("circle", "blue"), O("circle", "yellow")],
    [C("row", 0, 1, 2)],
)
K("designer_stack", "Centre-aligned column of two purple triangles.", [O("triangle", "purple", count=2)], [C("column", 0, 1)])

K("designer_alignment", "Right-aligned: a blue square.", [O("square", "blue")], [C("in", 0, arg="right")])
K("designer_alignment", "Flush left, an orange triangle.", [O("triangle", "orange")], [C("in", 0, arg="left")])
K("designer_alignment", "Top-aligned red circle.", [O("circle", "red")], [C("in", 0, arg="top")])
K(
    "designer_alignment",
    "Bottom-aligned row of three green squares.",
    [O("square", "green", count=3)],
    [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="bottom")],
)
K(
    "designer_alignment",
    "Left-aligned column: yellow circle over purple triangle.",
    [O("circle", "yellow"), O("triangle", "purple")],
    [C("column", 0, 1), C("above", 0, 1), C("in", 0, 1, arg="left")],
)

# --- long descriptive prompts --------------------------------------------------------------------------------------

K(
    "long_scene",
    "Picture a white canvas. In the upper right there is a small orange triangle. Below it, a striped blue square.",
    [O("triangle", "orange"), O("square", "blue", "striped")],
    [C("in", 0, arg="top_right"), C("small", 0), C("above", 0, 1)],
    background="white",
)
K(
    "long_scene",
    "Imagine a black background. A big yellow circle sits in the middle. Nothing else.",
    [O("circle", "yellow")],
    [C("big", 0), C("in", 0, arg="center")],
    background="black",
)
K(
    "long_scene",
    "The scene has three objects. On the left is a red square. On the right is a green triangle. Between them sits a purple circle.",
    [O("square", "red"), O("triangle", "green"), O("circle", "purple")],
    [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)],
)
K(
    "long_scene",
    "There is a gray background. At the top, a row of three blue circles. At the bottom, a single orange square.",
    [O("circle", "blue", count=3), O("square", "orange")],
    [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top"), C("in", 3, arg="bottom")],
    background="gray",
)
K(
    "long_scene",
    "Start with a white background. Draw a green triangle in the bottom left corner. Then add a yellow circle in the top right corner. "
    "Finally, put a striped red square in the centre.",
    [O("triangle", "green"), O("circle", "yellow"), O("square", "red", "striped")],
    [C("in", 0, arg="bottom_left"), C("in", 1, arg="top_right"), C("in", 2, arg="center")],
    background="white",
)
K(
    "long_scene",
    "My picture: a blue circle on top. Under the circle is a red triangle, and under the triangle is a green square.",
    [O("circle", "blue"), O("triangle", "red"), O("square", "green")],
    [C("order_y", 0, 1, 2)],
)

K(
    "long_them",
    "There are three red circles. Put them in a row along the top.",
    [O("circle", "red", count=3)],
    [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")],
)
K(
    "long_them",
    "I'd like two striped purple squares. Place them on the right side.",
    [O("square", "purple", "striped", count=2)],
    [C("in", 0, 1, arg="right")],
)
K(
    "long_them",
    "Make four yellow triangles and arrange them in a 2 by 2 grid.",
    [O("triangle", "yellow", count=4)],
    [C("grid", 0, 1, 2, 3, arg="2x2")],
)
K(
    "long_them",
    "Draw two green circles, one at the far left and one at the far right. Put a blue square between them.",
    [O("circle", "green", count=2), O("square", "blue")],
    [C("in", 0, arg="left"), C("in", 1, arg="right"), C("between_x", 2, 0, 1)],
)
K(
    "long_them",
    "Take three orange squares. Line them up vertically on the left.",
    [O("square", "orange", count=3)],
    [C("column", 0, 1, 2), C("in", 0, 1, 2, arg="left")],
)

K("it_backref", "Draw a yellow circle. Put a blue square to its left.", [O("circle", "yellow"), O("square", "blue")], [C("left_of", 1, 0)])
K(
    "it_backref",
    "Place a red triangle in the center. Put a green circle above it.",
    [O("triangle", "red"), O("circle", "green")],
    [C("in", 0, arg="center"), C("above", 1, 0)],
)
K(
    "it_backref",
    "Add a purple square at the bottom. Put an orange triangle right of it.",
    [O("square", "purple"), O("triangle", "orange")],
    [C("in", 0, arg="bottom"), C("left_of", 0, 1)],
)
K(
    "it_backref",
    "A blue circle, and below it a striped yellow triangle.",
    [O("circle", "blue"), O("triangle", "yellow", "striped")],
    [C("above", 0, 1)],
)
K(
    "it_backref",
    "Draw a green square; under it draw two red circles.",
    [O("square", "green"), O("circle", "red", count=2)],
    [C("above", 0, 1), C("above", 0, 2)],
)

K(
    "mixed_multi",
    "On a black background: a row of three yellow circles across the top, and beneath them a single red square.",
    [O("circle", "yellow", count=3), O("square", "red")],
    [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top"), C("above", 0, 3), C("above", 1, 3), C("above", 2, 3)],
    background="black",
)
K(
    "mixed_multi",
    "Left half: two blue triangles. Right half: one green circle. No squares.",
    [O("triangle", "blue", count=2), O("circle", "green")],
    [C("in", 0, 1, arg="left"), C("in", 2, arg="right")],
    absent=[O("square")],
)
K(
    "mixed_multi",
    "Please create an image with a white background where a striped purple square is in the top left, an orange circle is in the bottom right, "
    "and there are no triangles.",
    [O("square", "purple", "striped"), O("circle", "orange")],
    [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")],
    absent=[O("triangle")],
    background="white",
)
K(
    "mixed_multi",
    "I would like to see, from left to right, a red circle, a yellow square and a blue triangle, all on a gray background.",
    [O("circle", "red"), O("square", "yellow"), O("triangle", "blue")],
    [C("order_x", 0, 1, 2)],
    background="gray",
)
K(
    "mixed_multi",
    "Draw a green triangle at the top and a red circle below it, and put a blue square to the right of the red circle.",
    [O("triangle", "green"), O("circle", "red"), O("square", "blue")],
    [C("in", 0, arg="top"), C("above", 0, 1), C("left_of", 1, 2)],
)

# --- programmer shorthand ------------------------------------------------------------------------------------------

K(
    "code_at",
    "circle(red) @ top-left; square(blue) @ bottom-right",
    [O("circle", "red"), O("square", "blue")],
    [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")],
)
K("code_at", "triangle(green) @ center", [O("triangle", "green")], [C("in", 0, arg="center")])
K(
    "code_at",
    "square(yellow, striped) @ top-right; circle(purple) @ bottom-left",
    [O("square", "yellow", "striped"), O("circle", "purple")],
    [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")],
)
K(
    "code_at",
    "circle(orange) @ left; triangle(blue) @ right",
    [O("circle", "orange"), O("triangle", "blue")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K(
    "code_at",
    "square(red) @ top; square(green) @ bottom",
    [O("square", "red"), O("square", "green")],
    [C("in", 0, arg="top"), C("in", 1, arg="bottom")],
)

K("code_xN", "red circle x2, left", [O("circle", "red", count=2)], [C("in", 0, 1, arg="left")])
K("code_xN", "3x yellow triangles in a row", [O("triangle", "yellow", count=3)], [C("row", 0, 1, 2)])
K("code_xN", "blue square x4 @ bottom", [O("square", "blue", count=4)], [C("in", 0, 1, 2, 3, arg="bottom")])
K("code_xN", "green triangle x3, column", [O("triangle", "green", count=3)], [C("column", 0, 1, 2)])
K("code_xN", "2x purple circle; 1x orange square", [O("circle", "purple", count=2), O("square", "orange")])

K("code_kv", "shape=triangle color=green pos=center", [O("triangle", "green")], [C("in", 0, arg="center")])
K("code_kv", "shape: square, colour: blue, texture: striped, position: top-right", [O("square", "blue", "striped")], [C("in", 0, arg="top_right")])
K("code_kv", "{shape: circle, color: red, size: large}", [O("circle", "red")], [C("big", 0)])
K(
    "code_kv",
    "obj1 = yellow circle (left); obj2 = purple triangle (right)",
    [O("circle", "yellow"), O("triangle", "purple")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K("code_kv", "shape=square; color=orange; size=small; pos=bottom-left", [O("square", "orange")], [C("small", 0), C("in", 0, arg="bottom_left")])

K(
    "code_order",
    "[red square, blue circle, green triangle] left->right",
    [O("square", "red"), O("circle", "blue"), O("triangle", "green")],
    [C("order_x", 0, 1, 2)],
)
K(
    "code_order",
    "top->bottom: yellow circle, purple square, orange triangle",
    [O("circle", "yellow"), O("square", "purple"), O("triangle", "orange")],
    [C("order_y", 0, 1, 2)],
)
K("code_order", "left-to-right => blue triangle | red circle", [O("triangle", "blue"), O("circle", "red")], [C("left_of", 0, 1)])
K("code_order", "bottom->top: green square, red triangle", [O("square", "green"), O("triangle", "red")], [C("above", 1, 0)])
K(
    "code_order",
    "right->left: orange circle, yellow square, blue triangle",
    [O("circle", "orange"), O("square", "yellow"), O("triangle", "blue")],
    [C("order_x", 2, 1, 0)],
)

K("code_bg_neg", "bg: black; objs: 2 x orange circle", [O("circle", "orange", count=2)], background="black")
K("code_bg_neg", "background=gray, circle(blue) @ center", [O("circle", "blue")], [C("in", 0, arg="center")], background="gray")
K("code_bg_neg", "circle(blue); exclude: triangle", [O("circle", "blue")], absent=[O("triangle")])
K("code_bg_neg", "draw square(red) and NOT circle", [O("square", "red")], absent=[O("circle")])
K("code_bg_neg", "bg=white | triangle(yellow) x2 | no squares", [O("triangle", "yellow", count=2)], absent=[O("square")], background="white")

# --- kids and teachers ---------------------------------------------------------------------------------------------

K("kid_synonyms", "can u draw a big red ball and a little blue box next to it", [O("circle", "red"), O("square", "blue")], [C("larger", 0, 1)])
K("kid_synonyms", "draw a yellow ball at the top pls", [O("circle", "yellow")], [C("in", 0, arg="top")])
K("kid_synonyms", "i want 3 green balls", [O("circle", "green", count=3)])
K("kid_synonyms", "make a purple box in the middle", [O("square", "purple")], [C("in", 0, arg="center")])
K(
    "kid_synonyms",
    "a orange ball on the left and a red box on the right",
    [O("circle", "orange"), O("square", "red")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)

K("kid_simple", "can you draw a red triangle and a blue circle? thank you!!", [O("triangle", "red"), O("circle", "blue")])
K("kid_simple", "draw a really really big green square", [O("square", "green")], [C("big", 0)])
K(
    "kid_simple",
    "I want a tiny yellow circle in the corner at the top on the right",
    [O("circle", "yellow")],
    [C("small", 0), C("in", 0, arg="top_right")],
)
K(
    "kid_simple",
    "plz make a purple circle and a orange triangle and a blue square",
    [O("circle", "purple"), O("triangle", "orange"), O("square", "blue")],
)
K(
    "kid_simple",
    "can u put a red square at the bottom and a green circle at the top",
    [O("square", "red"), O("circle", "green")],
    [C("in", 0, arg="bottom"), C("in", 1, arg="top")],
)

K(
    "teacher",
    "Class, today we draw four green triangles at the bottom of the page.",
    [O("triangle", "green", count=4)],
    [C("in", 0, 1, 2, 3, arg="bottom")],
)
K(
    "teacher",
    "Students, please draw one blue circle on the left side and one red square on the right side.",
    [O("circle", "blue"), O("square", "red")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K("teacher", "Children: colour a big orange circle in the middle of your paper.", [O("circle", "orange")], [C("big", 0), C("in", 0, arg="center")])
K(
    "teacher",
    "For this exercise, draw three yellow squares in a straight line across the page.",
    [O("square", "yellow", count=3)],
    [C("row", 0, 1, 2)],
)
K("teacher", "Now, draw a purple triangle above a green square.", [O("triangle", "purple"), O("square", "green")], [C("above", 0, 1)])

K("polite_verbose", "Would you be so kind as to draw a blue circle in the top right corner?", [O("circle", "blue")], [C("in", 0, arg="top_right")])
K("polite_verbose", "Hi! Could you please make me a picture with two red triangles? Thanks a lot.", [O("triangle", "red", count=2)])
K(
    "polite_verbose",
    "If it's not too much trouble, I'd love a small green square in the bottom left.",
    [O("square", "green")],
    [C("small", 0), C("in", 0, arg="bottom_left")],
)
K("polite_verbose", "Hello, I need for my presentation one yellow circle at center, please.", [O("circle", "yellow")], [C("in", 0, arg="center")])
K(
    "polite_verbose",
    "Could you kindly put an orange square on the left and a purple circle on the right?",
    [O("square", "orange"), O("circle", "purple")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)

# --- negation and exclusion ----------------------------------------------------------------------------------------

K("neg_colour", "A red circle, but no blue circles anywhere.", [O("circle", "red")], absent=[O("circle", "blue")])
K("neg_colour", "Green squares are okay, but not yellow ones: draw one green square.", [O("square", "green")], absent=[O("square", "yellow")])
K(
    "neg_colour",
    "Two orange triangles and a blue circle; please no purple triangles.",
    [O("triangle", "orange", count=2), O("circle", "blue")],
    absent=[O("triangle", "purple")],
)
K("neg_colour", "I want a circle that is red, not green.", [O("circle", "red")], absent=[O("circle", "green")])
K("neg_colour", "Blue square only - definitely no red squares.", [O("square", "blue")], absent=[O("square", "red")])

K(
    "neg_mixed",
    "two yellow squares on the right, and absolutely no triangles",
    [O("square", "yellow", count=2)],
    [C("in", 0, 1, arg="right")],
    absent=[O("triangle")],
)
K("neg_mixed", "Put a green circle top left. Don't add any squares.", [O("circle", "green")], [C("in", 0, arg="top_left")], absent=[O("square")])
K(
    "neg_mixed",
    "A big purple triangle, centered, with zero circles in the picture.",
    [O("triangle", "purple")],
    [C("big", 0), C("in", 0, arg="center")],
    absent=[O("circle")],
)
K("neg_mixed", "Three red circles in a row; leave out the triangles.", [O("circle", "red", count=3)], [C("row", 0, 1, 2)], absent=[O("triangle")])
K(
    "neg_mixed",
    "No squares please. Just a blue triangle above an orange circle.",
    [O("triangle", "blue"), O("circle", "orange")],
    [C("above", 0, 1)],
    absent=[O("square")],
)

# --- orders, between, counts, grids, rows ------------------------------------------------------------------------

K(
    "from_edge",
    "From the right: red square, blue circle, green triangle.",
    [O("square", "red"), O("circle", "blue"), O("triangle", "green")],
    [C("order_x", 2, 1, 0)],
)
K("from_edge", "Reading right to left: a yellow circle, then a purple square.", [O("circle", "yellow"), O("square", "purple")], [C("left_of", 1, 0)])
K(
    "from_edge",
    "Starting from the right edge: orange triangle, green square, blue circle",
    [O("triangle", "orange"), O("square", "green"), O("circle", "blue")],
    [C("order_x", 2, 1, 0)],
)
K(
    "from_edge",
    "From left: striped red circle, yellow triangle, blue square",
    [O("circle", "red", "striped"), O("triangle", "yellow"), O("square", "blue")],
    [C("order_x", 0, 1, 2)],
)
K(
    "from_edge",
    "From the top down: a green circle, a red circle, a blue circle.",
    [O("circle", "green"), O("circle", "red"), O("circle", "blue")],
    [C("order_y", 0, 1, 2)],
)
K("from_edge", "From the bottom up: purple square, orange triangle.", [O("square", "purple"), O("triangle", "orange")], [C("above", 1, 0)])

K(
    "between",
    "A purple triangle between a yellow circle on the left and a green square on the right.",
    [O("triangle", "purple"), O("circle", "yellow"), O("square", "green")],
    [C("order_x", 1, 0, 2)],
)
K(
    "between",
    "An orange circle between a red square above it and a blue triangle below it.",
    [O("circle", "orange"), O("square", "red"), O("triangle", "blue")],
    [C("order_y", 1, 0, 2)],
)
K(
    "between",
    "Put a green square in the middle, with a red circle on its left and a blue circle on its right.",
    [O("square", "green"), O("circle", "red"), O("circle", "blue")],
    [C("order_x", 1, 0, 2)],
)
K(
    "between",
    "a yellow triangle sandwiched between two purple squares, side by side",
    [O("triangle", "yellow"), O("square", "purple", count=2)],
    [C("between_x", 0, 1, 2)],
)
K(
    "between",
    "One blue circle with a red triangle directly above it and a red triangle directly below it.",
    [O("circle", "blue"), O("triangle", "red", count=2)],
    [C("between_y", 0, 1, 2)],
)

K("count_place", "two green squares at the bottom", [O("square", "green", count=2)], [C("in", 0, 1, arg="bottom")])
K("count_place", "three blue triangles on the left", [O("triangle", "blue", count=3)], [C("in", 0, 1, 2, arg="left")])
K("count_place", "four red circles in the top half", [O("circle", "red", count=4)], [C("in", 0, 1, 2, 3, arg="top")])
K("count_place", "five yellow squares along the right edge", [O("square", "yellow", count=5)], [C("in", 0, 1, 2, 3, 4, arg="right")])
K("count_place", "six purple circles in the lower half", [O("circle", "purple", count=6)], [C("in", 0, 1, 2, 3, 4, 5, arg="bottom")])
K("count_place", "2 orange triangles in the top right corner", [O("triangle", "orange", count=2)], [C("in", 0, 1, arg="top_right")])

K("count_words", "a pair of red circles", [O("circle", "red", count=2)])
K("count_words", "a trio of striped blue squares on the left", [O("square", "blue", "striped", count=3)], [C("in", 0, 1, 2, arg="left")])
K("count_words", "half a dozen green triangles", [O("triangle", "green", count=6)])
K("count_words", "a single orange circle in the lower right", [O("circle", "orange")], [C("in", 0, arg="bottom_right")])
K(
    "count_words",
    "a pair of yellow triangles at the top and a trio of purple circles at the bottom",
    [O("triangle", "yellow", count=2), O("circle", "purple", count=3)],
    [C("in", 0, 1, arg="top"), C("in", 2, 3, 4, arg="bottom")],
)

K("grid", "a 3 by 2 grid of purple circles", [O("circle", "purple", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="3x2")])
K("grid", "2x2 grid of blue squares", [O("square", "blue", count=4)], [C("grid", 0, 1, 2, 3, arg="2x2")])
K("grid", "A grid of four yellow triangles, two rows of two.", [O("triangle", "yellow", count=4)], [C("grid", 0, 1, 2, 3, arg="2x2")])
K("grid", "arrange six green circles as a 2 x 3 grid", [O("circle", "green", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")])
K("grid", "Make a small grid: 2 columns, 3 rows, red squares.", [O("square", "red", count=6)], [C("grid", 0, 1, 2, 3, 4, 5, arg="3x2")])

K("row_column", "a horizontal line of four green circles", [O("circle", "green", count=4)], [C("row", 0, 1, 2, 3)])
K("row_column", "three orange triangles stacked vertically", [O("triangle", "orange", count=3)], [C("column", 0, 1, 2)])
K("row_column", "red, blue and yellow squares in one row", [O("square", "red"), O("square", "blue"), O("square", "yellow")], [C("row", 0, 1, 2)])
K("row_column", "Put two purple circles one above the other.", [O("circle", "purple", count=2)], [C("column", 0, 1)])
K(
    "row_column",
    "a column of three striped blue squares on the right",
    [O("square", "blue", "striped", count=3)],
    [C("column", 0, 1, 2), C("in", 0, 1, 2, arg="right")],
)

# --- sizes ---------------------------------------------------------------------------------------------------------

K("size_compare", "the red square should be bigger than the blue circle", [O("square", "red"), O("circle", "blue")], [C("larger", 0, 1)])
K("size_compare", "a tiny yellow triangle next to a massive green square", [O("triangle", "yellow"), O("square", "green")], [C("larger", 1, 0)])
K("size_compare", "Make the green circle twice as large as the orange circle.", [O("circle", "green"), O("circle", "orange")], [C("larger", 0, 1)])
K("size_compare", "A small purple square and a large purple circle.", [O("square", "purple"), O("circle", "purple")], [C("larger", 1, 0)])
K("size_compare", "blue triangle smaller than the red triangle", [O("triangle", "blue"), O("triangle", "red")], [C("larger", 1, 0)])

K("size_single", "a huge red circle filling most of the frame", [O("circle", "red")], [C("big", 0)])
K("size_single", "one teeny tiny blue triangle", [O("triangle", "blue")], [C("small", 0)])
K("size_single", "A large striped green square.", [O("square", "green", "striped")], [C("big", 0)])
K("size_single", "small solid yellow circle in the bottom right", [O("circle", "yellow", "solid")], [C("small", 0), C("in", 0, arg="bottom_right")])
K("size_single", "Draw a massive orange triangle.", [O("triangle", "orange")], [C("big", 0)])

# --- texture -------------------------------------------------------------------------------------------------------

K("texture", "a purple triangle with stripes", [O("triangle", "purple", "striped")])
K("texture", "a plain solid blue circle and a striped blue square", [O("circle", "blue", "solid"), O("square", "blue", "striped")])
K("texture", "stripy orange circle", [O("circle", "orange", "striped")])
K("texture", "Two green squares, one striped and one solid.", [O("square", "green", "striped"), O("square", "green", "solid")])
K("texture", "red triangle, striped pattern, top left", [O("triangle", "red", "striped")], [C("in", 0, arg="top_left")])

# --- outside the vocabulary ----------------------------------------------------------------------------------------

K("unknown_noun", "a red car in the bottom left", [O("car", "red")], [C("in", 0, arg="bottom_left")])
K("unknown_noun", "i want dog brown on right", [O("dog", unknown="brown")], [C("in", 0, arg="right")])
K(
    "unknown_noun",
    "Place a green tree on the left and a blue circle on the right.",
    [O("tree", "green"), O("circle", "blue")],
    [C("in", 0, arg="left"), C("in", 1, arg="right")],
)
K("unknown_noun", "house(yellow) @ top-right", [O("house", "yellow")], [C("in", 0, arg="top_right")])
K("unknown_noun", "can u draw a purple robot", [O("robot", "purple")])

K("unknown_colour", "a pink triangle top right", [O("triangle", unknown="pink")], [C("in", 0, arg="top_right")])
K("unknown_colour", "circle(teal) @ center", [O("circle", unknown="teal")], [C("in", 0, arg="center")])
K("unknown_colour", "i need square brown and circle blue", [O("square", unknown="brown"), O("circle", "blue")])
K("unknown_colour", "Designer note: one cyan square, lower-left quadrant.", [O("square", unknown="cyan")], [C("in", 0, arg="bottom_left")])
K("unknown_colour", "a big magenta circle", [O("circle", unknown="magenta")], [C("big", 0)])

# --- backgrounds ---------------------------------------------------------------------------------------------------

K("background", "Two blue circles on a grey background.", [O("circle", "blue", count=2)], background="gray")
K(
    "background",
    "Against a black backdrop, a yellow triangle in the upper left.",
    [O("triangle", "yellow")],
    [C("in", 0, arg="top_left")],
    background="black",
)
K("background", "white bg, red square center", [O("square", "red")], [C("in", 0, arg="center")], background="white")
K("background", "a green circle, background color black", [O("circle", "green")], background="black")
K("background", "Canvas: gray. Subject: orange square, bottom right.", [O("square", "orange")], [C("in", 0, arg="bottom_right")], background="gray")
