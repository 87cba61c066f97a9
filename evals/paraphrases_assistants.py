"""A third hand-written request set for the layout planner: 206 requests in 39 constructions, as another AI
assistant, an automation or a power user writes them: verbose LLM prose ("Create an image featuring ..."),
markdown lists, JSON- and YAML-like specs, tool-call syntax, ordinal references ("the first red, the second
blue"), chained relations ("followed by", "to its right"), quantities with places, sizes, textures,
exclusions ("avoid red", "negative prompt: triangles"), backgrounds, words outside the vocabulary.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the other sets; every case was checked satisfiable (and
unsatisfied with one object dropped) before the planner ran. First look, before any planner change informed by
it: 160 of 206 right (77.7%), 44 failures silent.
"""

from __future__ import annotations

from .paraphrases import C, Case, Obj

SHAPES = ("circle", "square", "triangle")
CASES: list[Case] = []


def K(construction: str, prompt: str, objects, constraints=(), absent=(), background=None) -> None:
    CASES.append(Case(prompt, construction, tuple(objects), tuple(absent), background, tuple(constraints)))


def no_colour(colour: str) -> list[Obj]:
    """Absent objects for 'no <colour> anywhere': that colour on every shape."""
    return [Obj(s, colour) for s in SHAPES]


O = Obj  # noqa: E741 (short, as the cases are many)

# ---------------------------------------------------------------------------------------------------------------------
c = "llm_verbose_places"
K(c, "Create an image featuring a vibrant red circle positioned in the upper-left area of the composition, "
     "accompanied by a blue square in the lower-right portion of the frame.",
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
K(c, "Generate a minimalist composition with a single yellow triangle placed prominently in the center of the canvas.",
  [O("triangle", "yellow")], [C("in", 0, arg="center")])
K(c, "Please produce an illustration in which a green square occupies the left side of the image while a purple "
     "circle sits on the right side.",
  [O("square", "green"), O("circle", "purple")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "I'd like you to render a scene containing an orange triangle near the top edge and a blue circle near the "
     "bottom edge of the frame.",
  [O("triangle", "orange"), O("circle", "blue")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")])
K(c, "Design a clean, simple graphic: a striped purple square situated in the bottom-left corner, with nothing else "
     "in the frame.",
  [O("square", "purple", "striped")], [C("in", 0, arg="bottom_left")])
K(c, "Create a visually balanced image with a red triangle in the top-right corner and a green circle in the "
     "bottom-left corner, leaving the rest of the space empty.",
  [O("triangle", "red"), O("circle", "green")], [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")])

c = "llm_exact_count"
K(c, "The scene should contain exactly three purple triangles.", [O("triangle", "purple", count=3)])
K(c, "Render exactly two blue circles and exactly one red square \u2014 no more, no fewer.",
  [O("circle", "blue", count=2), O("square", "red")])
K(c, "The final image must include precisely four yellow squares and nothing else.", [O("square", "yellow", count=4)])
K(c, "Generate an image with a total of five shapes: three green circles and two orange triangles.",
  [O("circle", "green", count=3), O("triangle", "orange", count=2)])
K(c, "There should be exactly 2 striped red triangles in the composition.",
  [O("triangle", "red", "striped", count=2)])

c = "llm_ensure_relation"
K(c, "Ensure that the blue square is placed directly beneath the yellow triangle.",
  [O("square", "blue"), O("triangle", "yellow")], [C("above", 1, 0)])
K(c, "Make sure the red circle appears to the left of the green square.",
  [O("circle", "red"), O("square", "green")], [C("left_of", 0, 1)])
K(c, "Please ensure the orange triangle sits above the purple circle, not below it.",
  [O("triangle", "orange"), O("circle", "purple")], [C("above", 0, 1)])
K(c, "It is important that the green circle is positioned to the right of the blue triangle.",
  [O("circle", "green"), O("triangle", "blue")], [C("left_of", 1, 0)])
K(c, "Include a yellow square and a red triangle, and ensure the yellow square is clearly larger than the red triangle.",
  [O("square", "yellow"), O("triangle", "red")], [C("larger", 0, 1)])
K(c, "Ensure the purple square is located below the orange circle and to its right.",
  [O("square", "purple"), O("circle", "orange")], [C("above", 1, 0), C("left_of", 1, 0)])

c = "assistant_wrapper"
K(c, "The user would like a picture with a red circle on the left and a blue square on the right. Please generate it.",
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "User request: \"green triangle top left, yellow circle bottom right\". Please create this image.",
  [O("triangle", "green"), O("circle", "yellow")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
K(c, "Task: draw what the user asked for. Request: two orange squares at the bottom of the picture.",
  [O("square", "orange", count=2)], [C("in", 0, 1, arg="bottom")])
K(c, "On behalf of the user, I'm requesting an image of a purple triangle in the middle of a white background.",
  [O("triangle", "purple")], [C("in", 0, arg="center")], background="white")
K(c, "Hi! My user wants something simple: a blue circle above a red triangle. Thanks in advance.",
  [O("circle", "blue"), O("triangle", "red")], [C("above", 0, 1)])

c = "md_bullets"
K(c, "Please draw:\n- **red circle** (top left)\n- **blue square** (bottom right)",
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
K(c, "## Scene\n- a **green** triangle on the *left*\n- a **yellow** circle on the *right*",
  [O("triangle", "green"), O("circle", "yellow")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "Objects to include:\n* purple square \u2014 top\n* orange circle \u2014 bottom",
  [O("square", "purple"), O("circle", "orange")], [C("in", 0, arg="top"), C("in", 1, arg="bottom")])
K(c, "- **Shape:** circle\n- **Color:** blue\n- **Position:** center\n- **Texture:** striped",
  [O("circle", "blue", "striped")], [C("in", 0, arg="center")])
K(c, "**Requirements**\n- 3 red triangles\n- 1 green square\n- background: black",
  [O("triangle", "red", count=3), O("square", "green")], background="black")

c = "md_numbered"
K(c, "1. red circle \u2014 left\n2. blue square \u2014 right",
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "1) yellow triangle \u2013 top-left corner\n2) purple circle \u2013 top-right corner\n3) green square \u2013 bottom center",
  [O("triangle", "yellow"), O("circle", "purple"), O("square", "green")],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom")])
K(c, "Layout, in order from left to right:\n1. orange square\n2. red triangle\n3. blue circle",
  [O("square", "orange"), O("triangle", "red"), O("circle", "blue")], [C("order_x", 0, 1, 2)])
K(c, "Stack these from top to bottom:\n1. green circle\n2. yellow square\n3. purple triangle",
  [O("circle", "green"), O("square", "yellow"), O("triangle", "purple")], [C("order_y", 0, 1, 2)])
K(c, "Step 1: place a blue triangle in the bottom-left corner.\nStep 2: place a red square in the top-right corner.",
  [O("triangle", "blue"), O("square", "red")], [C("in", 0, arg="bottom_left"), C("in", 1, arg="top_right")])

c = "json_spec"
K(c, '{"objects": [{"shape": "circle", "color": "red", "position": "top-left"}, '
     '{"shape": "square", "color": "blue", "position": "bottom-right"}]}',
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
K(c, '{"shape": "triangle", "color": "green", "count": 3}', [O("triangle", "green", count=3)])
K(c, '{"background": "black", "objects": [{"shape": "circle", "color": "yellow"}]}',
  [O("circle", "yellow")], background="black")
K(c, '{"objects": [{"type": "square", "colour": "purple", "texture": "striped"}, '
     '{"type": "circle", "colour": "orange", "texture": "solid"}]}',
  [O("square", "purple", "striped"), O("circle", "orange", "solid")])
K(c, '[{"shape":"circle","color":"blue","position":"left"},{"shape":"triangle","color":"red","position":"right"}]',
  [O("circle", "blue"), O("triangle", "red")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, '{"prompt": "a green square in the center", "negative_prompt": "triangles"}',
  [O("square", "green")], [C("in", 0, arg="center")], absent=[O("triangle")])

c = "yaml_spec"
K(c, "objects:\n  - red circle\n  - blue square\nbackground: white",
  [O("circle", "red"), O("square", "blue")], background="white")
K(c, "scene:\n  background: gray\n  items:\n    - shape: triangle\n      color: orange\n      position: top right\n"
     "    - shape: square\n      color: green\n      position: bottom left",
  [O("triangle", "orange"), O("square", "green")], [C("in", 0, arg="top_right"), C("in", 1, arg="bottom_left")],
  background="gray")
K(c, "shape: circle\ncolor: purple\ncount: 2\nposition: bottom", [O("circle", "purple", count=2)],
  [C("in", 0, 1, arg="bottom")])
K(c, "- yellow triangle: left\n- yellow circle: right",
  [O("triangle", "yellow"), O("circle", "yellow")], [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "layout: row\nitems: [red square, green square, blue square]",
  [O("square", "red"), O("square", "green"), O("square", "blue")], [C("row", 0, 1, 2)])

c = "inline_key_list"
K(c, "objects: [red circle, blue square]", [O("circle", "red"), O("square", "blue")])
K(c, "shapes = green triangle, yellow triangle, purple triangle",
  [O("triangle", "green"), O("triangle", "yellow"), O("triangle", "purple")])
K(c, "include: orange circle; exclude: squares", [O("circle", "orange")], absent=[O("square")])
K(c, "Items (left\u2192right): blue circle | red circle | green circle",
  [O("circle", "blue"), O("circle", "red"), O("circle", "green")], [C("order_x", 0, 1, 2)])
K(c, "colors: red, blue; shape: square (one of each color)", [O("square", "red"), O("square", "blue")])

c = "tool_call"
K(c, 'generate_image(objects=["red circle", "blue square"], background="black")',
  [O("circle", "red"), O("square", "blue")], background="black")
K(c, 'draw(shape="triangle", color="yellow", position="bottom right", size="large")',
  [O("triangle", "yellow")], [C("in", 0, arg="bottom_right"), C("big", 0)])
K(c, 'create_scene({"items": ["purple circle", "purple circle", "green square"]})',
  [O("circle", "purple", count=2), O("square", "green")])
K(c, "render --shape square --color orange --texture striped --position top-left",
  [O("square", "orange", "striped")], [C("in", 0, arg="top_left")])
K(c, 'place("blue triangle", "left"); place("yellow circle", "right")',
  [O("triangle", "blue"), O("circle", "yellow")], [C("in", 0, arg="left"), C("in", 1, arg="right")])

c = "ordinal_left_right"
K(c, "three squares; the first red, the second blue, the third green, left to right",
  [O("square", "red"), O("square", "blue"), O("square", "green")], [C("order_x", 0, 1, 2)])
K(c, "Draw three circles from left to right: the first yellow, the second purple and the last orange.",
  [O("circle", "yellow"), O("circle", "purple"), O("circle", "orange")], [C("order_x", 0, 1, 2)])
K(c, "Four triangles in a horizontal line, left to right: first blue, second red, third yellow, fourth green.",
  [O("triangle", "blue"), O("triangle", "red"), O("triangle", "yellow"), O("triangle", "green")],
  [C("order_x", 0, 1, 2, 3), C("row", 0, 1, 2, 3)])
K(c, "Two shapes side by side \u2014 first a red triangle, then a blue square to the right of it.",
  [O("triangle", "red"), O("square", "blue")], [C("left_of", 0, 1)])
K(c, "Place three shapes in order from left to right. 1st: green circle. 2nd: orange square. 3rd: purple triangle.",
  [O("circle", "green"), O("square", "orange"), O("triangle", "purple")], [C("order_x", 0, 1, 2)])

c = "ordinal_top_bottom"
K(c, "three circles stacked vertically, top to bottom: the first green, the second blue, the third red",
  [O("circle", "green"), O("circle", "blue"), O("circle", "red")], [C("order_y", 0, 1, 2), C("column", 0, 1, 2)])
K(c, "From top to bottom: a yellow square, then a purple triangle, then an orange circle.",
  [O("square", "yellow"), O("triangle", "purple"), O("circle", "orange")], [C("order_y", 0, 1, 2)])
K(c, "Two triangles, one above the other; the top one blue, the bottom one green.",
  [O("triangle", "blue"), O("triangle", "green")], [C("above", 0, 1)])
K(c, "The first shape (a red square) goes at the top, the second (a blue circle) in the middle, and the third "
     "(a yellow triangle) at the bottom.",
  [O("square", "red"), O("circle", "blue"), O("triangle", "yellow")],
  [C("order_y", 0, 1, 2), C("in", 0, arg="top"), C("in", 2, arg="bottom")])
K(c, "Vertical order, highest first: orange triangle, green circle, purple square, blue triangle.",
  [O("triangle", "orange"), O("circle", "green"), O("square", "purple"), O("triangle", "blue")],
  [C("order_y", 0, 1, 2, 3)])

c = "the_left_one"
K(c, "two circles, the left one red and the right one blue",
  [O("circle", "red"), O("circle", "blue")], [C("left_of", 0, 1)])
K(c, "A pair of squares: the one on the right is yellow, the one on the left is green.",
  [O("square", "yellow"), O("square", "green")], [C("left_of", 1, 0)])
K(c, "Draw two triangles side by side. Make the left triangle orange and the right triangle purple.",
  [O("triangle", "orange"), O("triangle", "purple")], [C("left_of", 0, 1)])
K(c, "Two circles next to each other, the rightmost striped blue and the leftmost solid red.",
  [O("circle", "blue", "striped"), O("circle", "red", "solid")], [C("left_of", 1, 0)])
K(c, "Two shapes: on the left, a green triangle; on the right, a red square.",
  [O("triangle", "green"), O("square", "red")], [C("in", 0, arg="left"), C("in", 1, arg="right")])

c = "the_upper_one"
K(c, "Two squares, one above the other. The upper one is red; the lower one is yellow.",
  [O("square", "red"), O("square", "yellow")], [C("above", 0, 1)])
K(c, "two circles stacked vertically, the bottom one purple and the top one orange",
  [O("circle", "purple"), O("circle", "orange")], [C("above", 1, 0), C("column", 0, 1)])
K(c, "A pair of triangles: the higher one green, the lower one blue.",
  [O("triangle", "green"), O("triangle", "blue")], [C("above", 0, 1)])
K(c, "Put two circles on the canvas; the one at the top should be blue and the one at the bottom should be red.",
  [O("circle", "blue"), O("circle", "red")], [C("above", 0, 1)])
K(c, "Two squares: upper = striped orange, lower = solid green.",
  [O("square", "orange", "striped"), O("square", "green", "solid")], [C("above", 0, 1)])

c = "chain_to_its_right"
K(c, "a red circle, and to its right a blue square, and to the right of that a green triangle",
  [O("circle", "red"), O("square", "blue"), O("triangle", "green")], [C("order_x", 0, 1, 2)])
K(c, "Start with a yellow square on the left. To its right, put a purple circle. Then, further right, an orange triangle.",
  [O("square", "yellow"), O("circle", "purple"), O("triangle", "orange")],
  [C("order_x", 0, 1, 2), C("in", 0, arg="left")])
K(c, "Place a blue triangle; immediately to its left, place a red square.",
  [O("triangle", "blue"), O("square", "red")], [C("left_of", 1, 0)])
K(c, "A green circle in the top-left corner, with a yellow circle just to its right.",
  [O("circle", "green"), O("circle", "yellow")], [C("in", 0, arg="top_left"), C("left_of", 0, 1)])
K(c, "An orange square, a purple square to its right, and a blue square to the right of the purple one.",
  [O("square", "orange"), O("square", "purple"), O("square", "blue")], [C("order_x", 0, 1, 2)])

c = "chain_followed_by"
K(c, "From left to right: a red circle, followed by a blue square, followed by a yellow triangle.",
  [O("circle", "red"), O("square", "blue"), O("triangle", "yellow")], [C("order_x", 0, 1, 2)])
K(c, "Top to bottom, a green triangle followed by an orange circle and then a purple square.",
  [O("triangle", "green"), O("circle", "orange"), O("square", "purple")], [C("order_y", 0, 1, 2)])
K(c, "Going left to right, show a striped blue circle, then a solid red circle, and then a striped green circle.",
  [O("circle", "blue", "striped"), O("circle", "red", "solid"), O("circle", "green", "striped")],
  [C("order_x", 0, 1, 2)])
K(c, "Begin on the left with a yellow triangle, then a purple triangle, followed by an orange triangle at the far right.",
  [O("triangle", "yellow"), O("triangle", "purple"), O("triangle", "orange")],
  [C("order_x", 0, 1, 2), C("in", 0, arg="left"), C("in", 2, arg="right")])
K(c, "A blue square at the top, and then below it a red circle, and then below that a green square.",
  [O("square", "blue"), O("circle", "red"), O("square", "green")], [C("order_y", 0, 1, 2), C("in", 0, arg="top")])

c = "chain_vertical"
K(c, "A red circle above a blue square, which is above a green triangle.",
  [O("circle", "red"), O("square", "blue"), O("triangle", "green")], [C("order_y", 0, 1, 2)])
K(c, "Put a yellow square below a purple circle, and an orange triangle below the yellow square.",
  [O("square", "yellow"), O("circle", "purple"), O("triangle", "orange")], [C("order_y", 1, 0, 2)])
K(c, "The green triangle is higher than the blue circle, and the blue circle is higher than the red square.",
  [O("triangle", "green"), O("circle", "blue"), O("square", "red")], [C("order_y", 0, 1, 2)])
K(c, "Beneath an orange circle, place a yellow circle; beneath that, a purple circle.",
  [O("circle", "orange"), O("circle", "yellow"), O("circle", "purple")], [C("order_y", 0, 1, 2)])
K(c, "Above the blue triangle is a red triangle, and above the red triangle is a green triangle.",
  [O("triangle", "blue"), O("triangle", "red"), O("triangle", "green")], [C("order_y", 2, 1, 0)])

c = "next_to_it"
K(c, "Draw a red circle in the top-left corner, and next to it a blue square.",
  [O("circle", "red"), O("square", "blue")], [C("in", 0, arg="top_left")])
K(c, "a yellow triangle with a green circle beside it", [O("triangle", "yellow"), O("circle", "green")])
K(c, "Place an orange square at the bottom and put a purple triangle right next to it.",
  [O("square", "orange"), O("triangle", "purple")], [C("in", 0, arg="bottom")])
K(c, "a blue circle, a red circle next to it, and a yellow square next to that",
  [O("circle", "blue"), O("circle", "red"), O("square", "yellow")])
K(c, "A striped green square, with a small orange circle alongside it.",
  [O("square", "green", "striped"), O("circle", "orange")], [C("small", 1)])

c = "between"
K(c, "a blue square between a red circle on the left and a green triangle on the right",
  [O("square", "blue"), O("circle", "red"), O("triangle", "green")],
  [C("between_x", 0, 1, 2), C("in", 1, arg="left"), C("in", 2, arg="right")])
K(c, "Place a yellow circle halfway between a purple square at the top and an orange square at the bottom.",
  [O("circle", "yellow"), O("square", "purple"), O("square", "orange")],
  [C("between_y", 0, 1, 2), C("in", 1, arg="top"), C("in", 2, arg="bottom")])
K(c, "Three shapes: a red triangle on the left, a blue triangle on the right, and between them a green circle.",
  [O("triangle", "red"), O("triangle", "blue"), O("circle", "green")],
  [C("between_x", 2, 0, 1), C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "Sandwich a purple circle between two yellow squares, one above it and one below it.",
  [O("circle", "purple"), O("square", "yellow", count=2)], [C("between_y", 0, 1, 2)])
K(c, "an orange triangle flanked by two blue circles, one on each side",
  [O("triangle", "orange"), O("circle", "blue", count=2)], [C("between_x", 0, 1, 2)])

c = "pair_along_side"
K(c, "a pair of yellow triangles along the bottom", [O("triangle", "yellow", count=2)], [C("in", 0, 1, arg="bottom")])
K(c, "Two green circles along the left edge.", [O("circle", "green", count=2)], [C("in", 0, 1, arg="left")])
K(c, "three red squares across the top of the image", [O("square", "red", count=3)], [C("in", 0, 1, 2, arg="top")])
K(c, "A couple of purple circles on the right-hand side, and a blue square on the left.",
  [O("circle", "purple", count=2), O("square", "blue")], [C("in", 0, 1, arg="right"), C("in", 2, arg="left")])
K(c, "Put a pair of striped orange squares in the upper half.",
  [O("square", "orange", "striped", count=2)], [C("in", 0, 1, arg="top")])

c = "corners_quantity"
K(c, "two blue squares in the top corners", [O("square", "blue", count=2)],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right")])
K(c, "four green circles, one in each corner", [O("circle", "green", count=4)],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])
K(c, "Place red triangles in both bottom corners.", [O("triangle", "red", count=2)],
  [C("in", 0, arg="bottom_left"), C("in", 1, arg="bottom_right")])
K(c, "a yellow circle in each of the four corners and a purple square in the middle",
  [O("circle", "yellow", count=4), O("square", "purple")],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"),
   C("in", 3, arg="bottom_right"), C("in", 4, arg="center")])
K(c, "Two orange triangles in opposite corners: top-left and bottom-right.", [O("triangle", "orange", count=2)],
  [C("in", 0, arg="top_left"), C("in", 1, arg="bottom_right")])
K(c, "four squares, one per corner: red top-left, blue top-right, green bottom-left, yellow bottom-right",
  [O("square", "red"), O("square", "blue"), O("square", "green"), O("square", "yellow")],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")])

c = "row"
K(c, "a row of three blue circles", [O("circle", "blue", count=3)], [C("row", 0, 1, 2)])
K(c, "Arrange a red square, a green square and a yellow square in a horizontal row.",
  [O("square", "red"), O("square", "green"), O("square", "yellow")], [C("row", 0, 1, 2)])
K(c, "Four purple triangles lined up in a single row across the middle of the image.",
  [O("triangle", "purple", count=4)], [C("row", 0, 1, 2, 3)])
K(c, "A horizontal row of shapes along the top: orange circle, blue triangle, red square.",
  [O("circle", "orange"), O("triangle", "blue"), O("square", "red")], [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top")])
K(c, "Line up two green circles and then a yellow triangle in a single row, left to right in that order.",
  [O("circle", "green", count=2), O("triangle", "yellow")], [C("row", 0, 1, 2), C("left_of", 0, 2), C("left_of", 1, 2)])

c = "column"
K(c, "a column of three red squares", [O("square", "red", count=3)], [C("column", 0, 1, 2)])
K(c, "Stack a blue circle, a yellow circle and a green circle in a vertical column.",
  [O("circle", "blue"), O("circle", "yellow"), O("circle", "green")], [C("column", 0, 1, 2)])
K(c, "A vertical column of four orange triangles down the right side.",
  [O("triangle", "orange", count=4)], [C("column", 0, 1, 2, 3), C("in", 0, 1, 2, 3, arg="right")])
K(c, "Put a purple square, a red triangle and a blue circle in a column, purple at the top and blue at the bottom.",
  [O("square", "purple"), O("triangle", "red"), O("circle", "blue")], [C("column", 0, 1, 2), C("order_y", 0, 1, 2)])
K(c, "Two yellow squares stacked in a column on the left half of the canvas.",
  [O("square", "yellow", count=2)], [C("column", 0, 1), C("in", 0, 1, arg="left")])

c = "grid"
K(c, "a 2x2 grid of circles: red, blue, green, yellow",
  [O("circle", "red"), O("circle", "blue"), O("circle", "green"), O("circle", "yellow")],
  [C("grid", 0, 1, 2, 3, arg="2x2")])
K(c, "Arrange six purple squares in a 2 by 3 grid.", [O("square", "purple", count=6)],
  [C("grid", 0, 1, 2, 3, 4, 5, arg="2x3")])
K(c, "A 3x3 grid of yellow triangles.", [O("triangle", "yellow", count=9)],
  [C("grid", *range(9), arg="3x3")])
K(c, "Top row: a red circle and a blue circle. Bottom row: a green square and a yellow square.",
  [O("circle", "red"), O("circle", "blue"), O("square", "green"), O("square", "yellow")],
  [C("row", 0, 1), C("row", 2, 3), C("above", 0, 2), C("above", 0, 3), C("above", 1, 2), C("above", 1, 3)])
K(c, "Four orange squares arranged in a two-by-two grid on a black background.", [O("square", "orange", count=4)],
  [C("grid", 0, 1, 2, 3, arg="2x2")], background="black")
K(c, "Make a grid with two rows and three columns of green circles.", [O("circle", "green", count=6)],
  [C("grid", *range(6), arg="2x3")])

c = "size_absolute"
K(c, "a large red circle", [O("circle", "red")], [C("big", 0)])
K(c, "a mini blue square in the bottom right", [O("square", "blue")], [C("small", 0), C("in", 0, arg="bottom_right")])
K(c, "A huge yellow triangle filling most of the canvas.", [O("triangle", "yellow")], [C("big", 0)])
K(c, "Draw a medium-sized green circle in the center.", [O("circle", "green")], [C("in", 0, arg="center")])
K(c, "a tiny purple triangle at the top and a big orange square at the bottom",
  [O("triangle", "purple"), O("square", "orange")],
  [C("small", 0), C("in", 0, arg="top"), C("big", 1), C("in", 1, arg="bottom")])
K(c, "an extra-large striped blue circle", [O("circle", "blue", "striped")], [C("big", 0)])

c = "size_relative"
K(c, "a green triangle that is bigger than the purple square",
  [O("triangle", "green"), O("square", "purple")], [C("larger", 0, 1)])
K(c, "Two circles: a red one and a much smaller yellow one.",
  [O("circle", "red"), O("circle", "yellow")], [C("larger", 0, 1)])
K(c, "A blue square twice the size of the orange circle next to it.",
  [O("square", "blue"), O("circle", "orange")], [C("larger", 0, 1)])
K(c, "two squares, the larger one green and the smaller one yellow",
  [O("square", "green"), O("square", "yellow")], [C("larger", 0, 1)])
K(c, "Make the red triangle noticeably smaller than the blue triangle.",
  [O("triangle", "red"), O("triangle", "blue")], [C("larger", 1, 0)])

c = "texture"
K(c, "a red circle with stripes", [O("circle", "red", "striped")])
K(c, "a solid green square and a striped green square",
  [O("square", "green", "solid"), O("square", "green", "striped")])
K(c, "Create a yellow triangle rendered with a striped pattern.", [O("triangle", "yellow", "striped")])
K(c, "a blue circle, solid fill, no stripes", [O("circle", "blue", "solid")])
K(c, "Two purple squares: one striped, one plain.",
  [O("square", "purple", "striped"), O("square", "purple", "solid")])
K(c, "a stripy orange triangle", [O("triangle", "orange", "striped")])
K(c, "a pinstriped blue square", [O("square", "blue", "striped")])

c = "exclusion_shape"
K(c, "a red circle and a blue square, but no triangles", [O("circle", "red"), O("square", "blue")],
  absent=[O("triangle")])
K(c, "Draw three green shapes, none of which are squares: two circles and a triangle.",
  [O("circle", "green", count=2), O("triangle", "green")], absent=[O("square")])
K(c, "Only circles please \u2014 a yellow one and a purple one. Avoid squares and triangles.",
  [O("circle", "yellow"), O("circle", "purple")], absent=[O("square"), O("triangle")])
K(c, "An orange square in the center. Do not add any circles.", [O("square", "orange")],
  [C("in", 0, arg="center")], absent=[O("circle")])
K(c, '{"include": ["blue triangle"], "exclude": ["circle", "square"]}', [O("triangle", "blue")],
  absent=[O("circle"), O("square")])

c = "exclusion_colour"
K(c, "a circle and a square, avoid red", [O("circle"), O("square")], absent=no_colour("red"))
K(c, "Three triangles in any colours except green.", [O("triangle", count=3)], absent=no_colour("green"))
K(c, "A blue square and a yellow circle. No red anywhere in the picture.",
  [O("square", "blue"), O("circle", "yellow")], absent=no_colour("red"))
K(c, "Draw two circles, neither of them purple.", [O("circle", count=2)], absent=no_colour("purple"))
K(c, "a striped square, but please don't make it orange", [O("square", None, "striped")], absent=no_colour("orange"))

c = "nothing_else"
K(c, "a red circle \u2014 no other shapes", [O("circle", "red")])
K(c, "Just a single blue triangle in the top-left corner and nothing else.", [O("triangle", "blue")],
  [C("in", 0, arg="top_left")])
K(c, "Only two things should appear: a green square and a yellow circle. Nothing more.",
  [O("square", "green"), O("circle", "yellow")])
K(c, "The image must contain one orange circle only; leave everything else blank.", [O("circle", "orange")])
K(c, "A purple square on the right. No additional objects.", [O("square", "purple")], [C("in", 0, arg="right")])

c = "background_named"
K(c, "a yellow circle on a black background", [O("circle", "yellow")], background="black")
K(c, "Background: white. Foreground: a red square in the center.", [O("square", "red")],
  [C("in", 0, arg="center")], background="white")
K(c, "Set the backdrop to light grey and place a blue triangle on the left.", [O("triangle", "blue")],
  [C("in", 0, arg="left")], background="gray")
K(c, "two green circles against a solid black backdrop", [O("circle", "green", count=2)], background="black")
K(c, "An orange square and a purple triangle, white background, nothing else.",
  [O("square", "orange"), O("triangle", "purple")], background="white")
K(c, "Use a gray canvas with a striped red circle in the bottom-right corner.", [O("circle", "red", "striped")],
  [C("in", 0, arg="bottom_right")], background="gray")

c = "background_uncheckable"
K(c, "a blue circle on a dark background", [O("circle", "blue")])
K(c, "a red square against a soft pastel backdrop", [O("square", "red")])
K(c, "Place a green triangle in the top half over a subtle gradient background.", [O("triangle", "green")],
  [C("in", 0, arg="top")])
K(c, "A yellow square on a night-sky themed background.", [O("square", "yellow")])
K(c, "Two purple circles, light background.", [O("circle", "purple", count=2)])

c = "oov_noun"
K(c, "a star in the top right", [O("star")], [C("in", 0, arg="top_right")])
K(c, "a red hexagon", [O("hexagon", "red")])
K(c, "a blue car on the left and a yellow circle on the right", [O("car", "blue"), O("circle", "yellow")],
  [C("in", 0, arg="left"), C("in", 1, arg="right")])
K(c, "Create an image with a green pentagon centered in the frame.", [O("pentagon", "green")],
  [C("in", 0, arg="center")])
K(c, "two orange stars along the bottom", [O("star", "orange", count=2)], [C("in", 0, 1, arg="bottom")])
K(c, "A purple heart above a red square.", [O("heart", "purple"), O("square", "red")], [C("above", 0, 1)])

c = "oov_colour"
K(c, "a teal circle", [O("circle", unknown_colour="teal")])
K(c, "a pink square in the bottom left", [O("square", unknown_colour="pink")], [C("in", 0, arg="bottom_left")])
K(c, "a brown triangle and a blue circle", [O("triangle", unknown_colour="brown"), O("circle", "blue")])
K(c, "Create an image featuring a magenta square positioned on the right side of the composition.",
  [O("square", unknown_colour="magenta")], [C("in", 0, arg="right")])
K(c, "Two cyan triangles at the top.", [O("triangle", unknown_colour="cyan", count=2)], [C("in", 0, 1, arg="top")])
K(c, "a beige circle to the left of a green square", [O("circle", unknown_colour="beige"), O("square", "green")],
  [C("left_of", 0, 1)])

c = "mixed_spec"
K(c, "Create a 512x512 image on a white background containing a large striped blue circle in the upper left and two "
     "small red squares along the bottom. No triangles.",
  [O("circle", "blue", "striped"), O("square", "red", count=2)],
  [C("big", 0), C("in", 0, arg="top_left"), C("small", 1, 2), C("in", 1, 2, arg="bottom")],
  absent=[O("triangle")], background="white")
K(c, "Scene spec \u2014 background: black; objects: 3 yellow triangles in a row at the top, 1 green circle below them.",
  [O("triangle", "yellow", count=3), O("circle", "green")],
  [C("row", 0, 1, 2), C("in", 0, 1, 2, arg="top"), C("above", 0, 3), C("above", 1, 3), C("above", 2, 3)],
  background="black")
K(c, "Please generate: a purple square (large, left side), an orange circle (small, right side), gray background.",
  [O("square", "purple"), O("circle", "orange")],
  [C("big", 0), C("in", 0, arg="left"), C("small", 1), C("in", 1, arg="right")], background="gray")
K(c, "I need exactly four shapes on a gray backdrop: a red circle top-left, a red square top-right, a blue circle "
     "bottom-left, and a blue square bottom-right. Avoid green.",
  [O("circle", "red"), O("square", "red"), O("circle", "blue"), O("square", "blue")],
  [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right")],
  absent=no_colour("green"), background="gray")
K(c, "A tiny striped orange triangle in the dead center, surrounded by empty space. Background must be black.",
  [O("triangle", "orange", "striped")], [C("small", 0), C("in", 0, arg="center")], background="black")

c = "middle_one"
K(c, "three circles in a row; the middle one is blue and the outer ones are red",
  [O("circle", "blue"), O("circle", "red", count=2)], [C("row", 0, 1, 2), C("between_x", 0, 1, 2)])
K(c, "Three squares side by side: green on the left, yellow on the right, and purple in between.",
  [O("square", "green"), O("square", "yellow"), O("square", "purple")], [C("order_x", 0, 2, 1)])
K(c, "Three triangles stacked vertically \u2014 orange at the top, blue at the bottom, red in the middle.",
  [O("triangle", "orange"), O("triangle", "blue"), O("triangle", "red")],
  [C("order_y", 0, 2, 1), C("column", 0, 1, 2)])
K(c, "Put three shapes in a column: a yellow circle, a green square and a purple triangle; the square is the middle one.",
  [O("circle", "yellow"), O("square", "green"), O("triangle", "purple")],
  [C("column", 0, 1, 2), C("between_y", 1, 0, 2)])
K(c, "Five circles in a row, all green except the middle one, which is red.",
  [O("circle", "green", count=4), O("circle", "red")],
  [C("row", 0, 1, 2, 3, 4), C("left_of", 0, 4), C("left_of", 1, 4), C("left_of", 4, 2), C("left_of", 4, 3)])

c = "center_place"
K(c, "a red circle dead center", [O("circle", "red")], [C("in", 0, arg="center")])
K(c, "Position a blue square exactly in the middle of the canvas.", [O("square", "blue")], [C("in", 0, arg="center")])
K(c, "Center a striped yellow triangle in the frame.", [O("triangle", "yellow", "striped")], [C("in", 0, arg="center")])
K(c, "A green circle centred, with a purple square in the top-right corner.",
  [O("circle", "green"), O("square", "purple")], [C("in", 0, arg="center"), C("in", 1, arg="top_right")])
K(c, "Place an orange triangle at the center point of the image, and a blue circle directly above it.",
  [O("triangle", "orange"), O("circle", "blue")], [C("in", 0, arg="center"), C("above", 1, 0)])

c = "post_modifier"
K(c, "a circle coloured red and a square coloured blue", [O("circle", "red"), O("square", "blue")])
K(c, "A triangle, green, striped, bottom-left.", [O("triangle", "green", "striped")], [C("in", 0, arg="bottom_left")])
K(c, "one square (color: yellow) on the right and one circle (color: purple) on the left",
  [O("square", "yellow"), O("circle", "purple")], [C("in", 0, arg="right"), C("in", 1, arg="left")])
K(c, "Draw a circle whose color is orange.", [O("circle", "orange")])
K(c, "shape=triangle; fill=blue; pattern=stripes; location=top", [O("triangle", "blue", "striped")],
  [C("in", 0, arg="top")])

c = "llm_multi_sentence"
K(c, "Create a simple geometric illustration. The composition should feature a red square on the left-hand side. "
     "To the right of the square, include a yellow circle. Keep the background plain white.",
  [O("square", "red"), O("circle", "yellow")], [C("in", 0, arg="left"), C("left_of", 0, 1)], background="white")
K(c, "Generate an image. It should contain two shapes. The first is a blue triangle. The second is a green circle, "
     "which should be placed below the triangle.",
  [O("triangle", "blue"), O("circle", "green")], [C("above", 0, 1)])
K(c, "Please create the following scene. There is a purple circle in the top half. Below it there is an orange "
     "square. The square should be larger than the circle.",
  [O("circle", "purple"), O("square", "orange")], [C("in", 0, arg="top"), C("above", 0, 1), C("larger", 1, 0)])
K(c, "Produce a picture of three red triangles. Arrange them in a horizontal row. Use a gray background.",
  [O("triangle", "red", count=3)], [C("row", 0, 1, 2)], background="gray")
K(c, "Draw a striped green square. Then add a solid yellow triangle directly to the right of it. Nothing else "
     "should be in the scene.",
  [O("square", "green", "striped"), O("triangle", "yellow", "solid")], [C("left_of", 0, 1)])


