"""The offline agent's reading of chat messages, on phrasings of its own (none is in a conversation set).

Each case is what a user would notice: a word said in passing drawn as an object, a change read as a redo, the wrong
object changed, a question answered with a render.
"""

from __future__ import annotations

import pytest

from regiondit.agent.offline_edits import NeedsAnswer, edit
from regiondit.agent.offline_intents import intent
from regiondit.agent.offline_planner import plan


def _objects(layout):
    return sorted((r["low_level"].split(",")[0], r["high_level"].split()[-1]) for r in layout["regions"])


def _centre(layout, noun):
    r = next(r for r in layout["regions"] if r["high_level"].endswith(noun))
    return (r["bbox"][0] + r["bbox"][2]) / 2, (r["bbox"][1] + r["bbox"][3]) / 2


def _area(layout, noun):
    r = next(r for r in layout["regions"] if r["high_level"].endswith(noun))
    return (r["bbox"][2] - r["bbox"][0]) * (r["bbox"][3] - r["bbox"][1])


@pytest.mark.parametrize("prompt, objects", [
    ("Okay. Draw a blue square on the right.", [("blue", "square")]),
    ("Right, fresh start: an orange circle at the bottom.", [("orange", "circle")]),
    ("a big green triangle in the middle, like a mountain, on a black background", [("green", "triangle")]),
    ("three red squares: one top left, one top right, one at the bottom", [("red", "square")] * 3),
    ("Two shapes, one in each corner at the top: a pink circle top left and a cyan square top right.",
     [("cyan", "square"), ("pink", "circle")]),
    ("two small purple circles along the top, one on each side", [("purple", "circle")] * 2),
])
def test_words_said_in_passing_are_not_drawn(prompt, objects):
    assert _objects(plan(prompt)) == sorted(objects)


def test_a_relation_said_with_its_pronoun_places_the_object():
    layout = plan("a yellow square, and a red triangle immediately to its left")
    assert _centre(layout, "triangle")[0] < _centre(layout, "square")[0]
    layout = plan("a green circle. just above it, a small blue square.")
    assert _centre(layout, "square")[1] < _centre(layout, "circle")[1]


def test_a_later_sentence_resizes_the_object_it_names_instead_of_adding_one():
    layout = plan("A red circle on the left and a blue one on the right. Make the blue one a lot bigger.")
    assert len(layout["regions"]) == 2
    assert _area(layout, "circle") < max((r["bbox"][2] - r["bbox"][0]) ** 2 for r in layout["regions"])


def test_a_colour_that_names_two_objects_gets_a_question_then_the_answer_finishes_the_edit():
    layout = plan("a green square on the left, a green triangle on the right, a blue circle at the bottom")
    with pytest.raises(NeedsAnswer) as asked:
        edit(layout, "Turn the green one yellow.")
    assert "square" in str(asked.value) and "triangle" in str(asked.value)
    after, _ = edit(layout, "the triangle", pending="Turn the green one yellow.")
    assert _objects(after) == [("blue", "circle"), ("green", "square"), ("yellow", "triangle")]


def test_colour_lists_name_each_object():
    layout = plan("a red circle on the left, a yellow square in the middle, a blue triangle on the right")
    swapped, ids = edit(layout, "switch the red and the blue ones")
    assert sorted(ids) == ["circle_0", "triangle_2"]
    assert _centre(swapped, "circle")[0] > _centre(swapped, "triangle")[0]
    assert intent("the red and blue shapes came out badly, regenerate those two", {"layout": layout, "rounds": 1}) is not None


def test_shrink_down_a_lot_shrinks_and_does_not_move():
    layout = plan("a big pink square in the middle")
    after, _ = edit(layout, "scale it down a lot")
    assert _area(after, "square") < _area(layout, "square") / 2.5
    assert _centre(after, "square") == pytest.approx(_centre(layout, "square"))


def test_too_repeats_the_last_change_on_another_object():
    layout = plan("a red circle on the left and a red square on the right")
    first, focus = edit(layout, "make the circle purple")
    second, _ = edit(first, "and the square too", focus=focus, last="make the circle purple")
    assert _objects(second) == [("purple", "circle"), ("purple", "square")]


def test_an_addition_in_the_same_colour_or_the_opposite_corner():
    layout = plan("a cyan triangle in the bottom right")
    after, _ = edit(layout, "add another triangle in the same colour in the opposite corner", focus=["triangle_0"])
    new = after["regions"][-1]
    assert new["low_level"] == "cyan"
    assert (new["bbox"][0] + new["bbox"][2]) / 2 < 0.5 and (new["bbox"][1] + new["bbox"][3]) / 2 < 0.5


@pytest.mark.parametrize("message, call", [
    ("nah, try green instead", None),  # a change for the planner, not another seed
    ("redo the left one", "repaint_region"),
    ("Attempt 2 looked better, can I have that back?", "restore_round"),
    ("so what's where now?", "show_layout"),
    ("hm, what did you actually change?", "what_changed"),
    ("The square looks off. Why is that?", "explain_critique"),
])
def test_chat_intents(message, call):
    layout = plan("a red circle on the left and a blue square on the right")
    found = intent(message, {"layout": layout, "rounds": 3, "variations": 0, "focus": []})
    assert (found[0] if isinstance(found, tuple) else found) == call


@pytest.mark.parametrize("prompt, objects", [
    ("a purpel sqaure top rigth and a yelow triangel bottom left", [("purple", "square"), ("yellow", "triangle")]),
    ("a green circle at the top - no, sorry, I mean at the bottom", [("green", "circle")]),
    ("a red, no wait, a blue triangle", [("blue", "triangle")]),
    ("shrink nothing while you read this: a white square", [("white", "square")]),  # real words are not typos
])
def test_typos_and_corrections_said_last_stand(prompt, objects):
    layout = plan(prompt)
    assert _objects(layout) == sorted(objects)
    if "circle at the top - no" in prompt:
        assert _centre(layout, "circle")[1] > 0.5


def test_a_count_change_adds_or_removes_along_the_row():
    layout = plan("three small pink circles in a row along the bottom")
    more, _ = edit(layout, "actually make it five circles")
    ys = {round((r["bbox"][1] + r["bbox"][3]) / 2, 2) for r in more["regions"]}
    assert len(more["regions"]) == 5 and len(ys) == 1
    boxes = sorted(r["bbox"] for r in more["regions"])
    assert all(a[2] <= b[0] for a, b in zip(boxes, boxes[1:], strict=False))  # side by side, none overlapping
    fewer, _ = edit(layout, "we need two circles, not three")
    assert len(fewer["regions"]) == 2


def test_the_version_a_user_preferred_is_brought_back_without_a_render():
    red, white = plan("a red square"), plan("a white square")
    context = {"layout": white, "rounds": 2, "undo_layout": red, "redo_layout": None}
    assert intent("hmm no, the red one was nicer", context) == [("undo", {})]
    assert intent("the red was better, put it back", {"layout": white, "rounds": 2, "redo_layout": red}) in (
        [("redo", {})], [("undo", {})])


def test_the_other_one_and_a_column_said_as_a_verb():
    layout = plan("Make a column: a green square at the top, a red circle at the bottom, and a striped blue triangle between them.")
    assert [r["high_level"].split()[-1] for r in sorted(layout["regions"], key=lambda r: r["bbox"][1])] == ["square", "triangle", "circle"]
    two = plan("a yellow square in the top left and another yellow square in the bottom right")
    after, _ = edit(two, "and the other square, make that one purple", focus=["square_0"])
    assert _objects(after) == [("purple", "square"), ("yellow", "square")]
    assert after["regions"][1]["low_level"] == "purple"


@pytest.mark.parametrize("prompt, objects", [
    ("a bleu sqaure at the rigth", [("blue", "square")]),  # letters swapped, even into a word the tokenizer knows
    ("four striped shapes in a row: triangle, square, triangle, square", [("", "square")] * 2 + [("", "triangle")] * 2),
    ("two squares one red one green", [("green", "square"), ("red", "square")]),
])
def test_swapped_letters_header_lists_and_items_without_commas(prompt, objects):
    layout = plan(prompt)
    assert sorted((r["low_level"].replace("striped", "").strip(", "), r["high_level"].split()[-1]) for r in layout["regions"]) == sorted(objects)
    if "striped" in prompt:
        assert all("striped" in r["low_level"] for r in layout["regions"])
        assert len({round(r["bbox"][1], 2) for r in layout["regions"]}) == 1  # one row


def test_a_line_named_before_its_items_keeps_them_in_order_where_it_was_asked():
    layout = plan("I'd like a row at the bottom: a yellow square, right of it a red circle, then a blue triangle on the right")
    by_x = sorted(layout["regions"], key=lambda r: r["bbox"][0])
    assert [r["high_level"].split()[-1] for r in by_x] == ["square", "circle", "triangle"]
    assert all(r["bbox"][1] >= 0.5 for r in by_x) and len({round(r["bbox"][1], 2) for r in by_x}) == 1


def test_comparisons_and_relations_said_with_must_and_from():
    layout = plan("a blue square beside a pink circle, the square much larger than the circle")
    assert _area(layout, "square") > _area(layout, "circle")
    layout = plan("Two circle, one is yellow and one is green. The yellow must be right from the green.")
    yellow, green = (next(r for r in layout["regions"] if r["low_level"] == c) for c in ("yellow", "green"))
    assert len(layout["regions"]) == 2 and yellow["bbox"][0] > green["bbox"][2] - 0.05
    pair = plan("a red triangle, and to its right a white square, both sitting on the left")
    assert all(r["bbox"][2] <= 0.55 for r in pair["regions"])


def test_undo_redo_and_background_follow_ups_read_what_was_said_before():
    striped, plain_ = plan("a striped orange circle"), plan("an orange circle")
    assert intent("hmm, go back to the plain one", {"layout": striped, "rounds": 2, "undo_layout": plain_}) == [("undo", {})]
    two, one = plan("a red circle and a green triangle"), plan("a red circle")
    context = {"layout": one, "rounds": 2, "undo_layout": None, "redo_layout": two}
    assert intent("wait, bring it back - I want the triangle after all", context) == [("redo", {})]
    assert isinstance(intent("just do my usual", {"layout": None, "rounds": 0}), str)  # a question back, nothing drawn
    dark = plan("a white square on a black background")
    after, _ = edit(dark, "how about gray then", last="make the background black")
    assert after["background"]["high_level"].endswith("gray background") and after["regions"] == dark["regions"]


def test_the_bigger_one_and_an_addition_modelled_on_another_object():
    layout = plan("a big green circle on the left and a small red square on the right")
    after, _ = edit(layout, "change it so the square is the bigger one")
    assert _area(after, "square") > _area(after, "circle")
    added, ids = edit(layout, "add a triangle like that square but yellow, at the top")
    new = next(r for r in added["regions"] if r["id"] in ids)
    assert new["low_level"] == "yellow" and abs(_area(added, "triangle") - _area(layout, "square")) < 1e-3


def test_objects_named_by_size_moved_between_and_recounted():
    layout = plan("a large green square on the left and a small green triangle on the right")
    red, _ = edit(layout, "paint the larger one red")
    assert _objects(red) == [("green", "triangle"), ("red", "square")]
    striped, _ = edit(layout, "and stripe the tiny one")
    assert "striped" in next(r for r in striped["regions"] if r["id"].startswith("triangle"))["low_level"]
    row = plan("a yellow circle, a red square and a blue triangle in a row, left to right")
    moved, _ = edit(row, "put the circle between the other two")
    xs = sorted((_centre(moved, n)[0], n) for n in ("circle", "square", "triangle"))
    assert [n for _, n in xs] == ["square", "circle", "triangle"]
    many = plan("five small pink squares")
    fewer, _ = edit(many, "hmm, too many. two instead of five")
    assert len(fewer["regions"]) == 2
    shapes, _ = edit(plan("a blue square top left, a red square bottom right"), "turn both of them into triangles")
    assert all(r["high_level"] == "a triangle" for r in shapes["regions"])


def test_undoing_the_first_design_leaves_an_empty_canvas_and_redo_brings_it_back():
    from regiondit.agent.conversation import redo, undo, version_update

    state = version_update({}, plan("a red circle"), 1, 7)
    update, said = undo(state, {})
    assert update["layout"] is None and "empty canvas" in said
    state = {**state, **update}
    back, _ = redo(state, {})
    assert back["layout"] == plan("a red circle") and back["current_round"] == 1


@pytest.mark.parametrize("prompt, objects", [
    ("green, purple and orange circles in a row", [("green", "circle"), ("orange", "circle"), ("purple", "circle")]),
    ("four squares in a grid: yellow and red on top, blue and green underneath", [("blue", "square"), ("green", "square"),
                                                                                  ("red", "square"), ("yellow", "square")]),
    ("two white triangles, one above the other, on the left", [("white", "triangle")] * 2),
    ("a blue square in the middle and on top of it... no, just left of it, a red circle", [("blue", "square"), ("red", "circle")]),
    ("a purple square at the top, a big one", [("purple", "square")]),
])
def test_colour_lists_grids_stacks_and_appositions(prompt, objects):
    layout = plan(prompt)
    assert _objects(layout) == sorted(objects)
    if "above the other" in prompt:
        (a, b) = sorted(r["bbox"] for r in layout["regions"])
        assert a[2] <= 0.5 and b[2] <= 0.5 and abs(a[0] - b[0]) < 0.05
    if "no, just left" in prompt:
        assert _centre(layout, "circle")[0] < _centre(layout, "square")[0]


def test_edits_that_rearrange_swap_shapes_or_add_without_an_article():
    column = plan("a red circle, a green circle and a blue circle from top to bottom")
    row, _ = edit(column, "put them side by side instead, same order")
    by_x = sorted(row["regions"], key=lambda r: r["bbox"][0])
    assert [r["low_level"] for r in by_x] == ["red", "green", "blue"] and len({round(r["bbox"][1], 2) for r in by_x}) == 1
    pair = plan("a big yellow circle on the left and a small black square on the right")
    swapped, _ = edit(pair, "swap their shapes")
    assert _objects(swapped) == [("black", "circle"), ("yellow", "square")] and _area(swapped, "square") > _area(swapped, "circle")
    added, ids = edit(pair, "now put tiny green triangle at the bottom")
    assert len(added["regions"]) == 3 and _centre(added, "triangle")[1] > 0.5
    lifted, _ = edit(plan("a purple circle between a red square on the left and a blue square on the right"),
                     "move the circle up, above both squares")
    squares = [r for r in lifted["regions"] if r["high_level"].endswith("square")]
    assert lifted["regions"][0]["bbox"][3] <= min(r["bbox"][1] for r in squares) + 0.01
    assert squares == [r for r in plan("a purple circle between a red square on the left and a blue square on the right")["regions"]
                       if r["high_level"].endswith("square")]  # the squares stay where they were


@pytest.mark.parametrize("prompt, objects", [
    ("squares in all four corners, going clockwise from the top right: green, red, purple, blue",
     {"top right": "green", "bottom right": "red", "bottom left": "purple", "top left": "blue"}),
    ("triangles in each corner, counter-clockwise starting at the top left: red, green, yellow, orange",
     {"top left": "red", "bottom left": "green", "bottom right": "yellow", "top right": "orange"}),
    ("a circle in each corner, colours: bottom right blue, top left green, bottom left red, top right purple",
     {"bottom right": "blue", "top left": "green", "bottom left": "red", "top right": "purple"}),
    ("purple sq BL, green circle TR", {"bottom left": "purple", "top right": "green"}),
])
def test_corners_said_in_order_or_by_name_each_get_their_colour(prompt, objects):
    layout = plan(prompt)
    assert len(layout["regions"]) == len(objects)
    for region in layout["regions"]:
        cx, cy = (region["bbox"][0] + region["bbox"][2]) / 2, (region["bbox"][1] + region["bbox"][3]) / 2
        corner = f"{'top' if cy < 0.5 else 'bottom'} {'left' if cx < 0.5 else 'right'}"
        assert objects[corner] == region["low_level"], (corner, region)


def test_groups_beside_an_anchor_sit_side_by_side_and_the_picture_is_no_object():
    layout = plan("could you do me a quick image: a big green square, and two orange circles below it")
    assert _objects(layout) == [("green", "square"), ("orange", "circle"), ("orange", "circle")]
    circles = [r["bbox"] for r in layout["regions"] if r["high_level"].endswith("circle")]
    square = next(r["bbox"] for r in layout["regions"] if r["high_level"].endswith("square"))
    assert all(b[1] >= square[3] - 0.01 for b in circles) and circles[0][2] <= circles[1][0] + 0.01  # below, not on top of each other
    added, _ = edit(plan("one blue triangle in the middle"), "stick three yellow squares to the left of it")
    boxes = sorted(r["bbox"] for r in added["regions"] if r["high_level"].endswith("square"))
    assert len(boxes) == 3 and all(b[2] <= 0.35 for b in boxes) and len({round(b[1], 2) for b in boxes}) == 3  # a column on its left
    assert plan("three triangles in one line, colour orange, purple and blue, from the right to the left")["regions"][0]["low_level"] == "orange"
    assert _centre(plan("three triangles in one line, colour orange, purple and blue, from the right to the left"), "triangle")[0] > 0.5


def test_edits_on_the_ends_fewer_of_a_kind_keep_just_one_and_reshape_with_be():
    row = plan("six red squares in a row")
    trimmed, ids = edit(row, "the outer ones, please remove them")
    xs = sorted(r["bbox"][0] for r in trimmed["regions"])
    assert len(trimmed["regions"]) == 4 and xs[0] > min(r["bbox"][0] for r in row["regions"])
    mixed = plan("three blue circles on the left and a red square on the right")
    fewer, _ = edit(mixed, "that's too many circles - one is enough")
    assert _objects(fewer) == [("blue", "circle"), ("red", "square")]
    only, _ = edit(plan("a red circle, a green circle and a blue circle in a row"), "keep only the green one and then move it to the top")
    assert _objects(only) == [("green", "circle")] and _centre(only, "circle")[1] < 0.4
    reshaped, _ = edit(plan("a yellow circle left, a purple circle right"), "could both of them be squares? keep the same colours")
    assert _objects(reshaped) == [("purple", "square"), ("yellow", "square")]


@pytest.mark.parametrize("message, call", [
    ("could we maybe get a few alternatives? like 5", ("make_variations", {"count": 5})),
    ("couple of variations please", ("make_variations", {"count": 2})),
    ("hey can you fix the square", ("repaint_region", {"region_ids": ["square_1"]})),
    ("re-draw the entire picture, same layout", ("repaint_region", {"region_ids": ["circle_0", "square_1"]})),
    ("ugh. wipe it", ("start_over", {})),
])
def test_variation_counts_said_later_repaints_of_everything_and_wiping(message, call):
    layout = plan("a blue circle on the left and a red square on the right")
    assert intent(message, {"layout": layout, "rounds": 2}) == call


def test_a_move_said_with_try_is_a_move_and_an_answer_with_a_further_change_does_both():
    layout = plan("a blue circle on the left and a red square on the right")
    assert intent("hmm, try it at the top", {"layout": layout, "rounds": 1}) is None  # a move, not another seed
    grown, _ = edit(layout, "the circle , and also move it to the bottom", pending="make it larger")
    assert _area(grown, "circle") > _area(layout, "circle") and _centre(grown, "circle")[1] > 0.5


def test_the_gap_in_a_grid_the_sky_swapped_sizes_and_a_relation_taken_back():
    three = plan("green squares in the top left, the top right and the bottom right")
    filled, _ = edit(three, "pop an orange triangle into the empty spot")
    assert len(filled["regions"]) == 4 and _centre(filled, "triangle")[0] < 0.5 < _centre(filled, "triangle")[1]
    assert "background" not in filled and edit(three, "could the sky be white")[0]["background"]["high_level"].endswith("white background")
    pair = plan("a tiny red circle top left and a huge blue square bottom right")
    flipped, _ = edit(pair, "reverse their sizes please")
    assert _area(flipped, "circle") > _area(flipped, "square")
    moved, _ = edit(plan("a purple circle in the middle"), "add a green square above it - oops, I meant to the left of it, not above")
    assert _centre(moved, "square")[0] < _centre(moved, "circle")[0] and abs(_centre(moved, "square")[1] - _centre(moved, "circle")[1]) < 0.05


def test_questions_about_a_reason_and_a_redo_with_a_reason_after_an_undo():
    layout = plan("a yellow triangle")
    assert intent("is there any reason the triangle is so pale?", {"layout": layout, "rounds": 1}) == ("explain_critique", {})
    assert intent("actually redo that, the yellow looked better", {"layout": layout, "rounds": 2, "redo_layout": plan("a green triangle")}) == [
        ("redo", {})]
    assert intent("re-render everything without touching anything", {"layout": layout, "rounds": 1}) == (
        "repaint_region", {"region_ids": ["triangle_0"]})


def test_rows_of_a_grid_politeness_near_colour_typos_and_similes_are_read():
    grid = plan("six blue squares, two rows of three")
    top, _ = edit(grid, "give all the squares in the bottom row stripes")
    assert sorted(r["low_level"] for r in top["regions"]) == ["blue"] * 3 + ["blue, striped"] * 3
    assert all(_c[1] > 0.5 for _c in ((r["bbox"][0], r["bbox"][1]) for r in top["regions"] if "striped" in r["low_level"]))
    assert _objects(plan("three triangles please thanks, one gren one blu one yelow")) == [("blue", "triangle"), ("green", "triangle"),
                                                                                          ("yellow", "triangle")]
    assert _objects(plan("a purpel square and a bleu circle")) == [("blue", "circle"), ("purple", "square")]
    stacked = plan("stack three circles like a snowman, orange at the bottom, then green, then red on top")
    assert _objects(stacked) == [("green", "circle"), ("orange", "circle"), ("red", "circle")]
    assert _centre(stacked, "circle")[1] > 0.5  # the first named (orange) is the lowest


def test_more_repeats_a_change_and_a_background_follow_up_after_a_complaint():
    layout = plan("a green triangle in the middle on a gray background")
    bigger, _ = edit(layout, "larger")
    again, _ = edit(bigger, "even more", last="larger")
    assert _area(again, "triangle") > _area(bigger, "triangle") > _area(layout, "triangle")
    white, _ = edit(layout, "let's try white behind it")
    assert white["background"]["high_level"].endswith("white background")
    dark, _ = edit(white, "hmm too bright. gray then", last="let's try white behind it")
    assert dark["background"]["high_level"].endswith("gray background")
    row, _ = edit(plan("a red circle at the top and a blue square at the bottom"), "put them next to each other, the square first")
    assert _centre(row, "square")[0] < _centre(row, "circle")[0]


def test_corners_rotate_opposite_corners_and_an_addition_above_both():
    four = plan("squares in the four corners: purple, green, blue, orange")
    turned, _ = edit(four, "could you rotate them a corner counter-clockwise")
    where = {r["low_level"]: (round(_c[0]), round(_c[1])) for r in turned["regions"] for _c in [((r["bbox"][0] + r["bbox"][2]) / 2,
                                                                                               (r["bbox"][1] + r["bbox"][3]) / 2)]}
    assert where == {"purple": (0, 1), "green": (0, 0), "blue": (1, 1), "orange": (1, 0)}  # top left went down to the bottom left
    pair = plan("a couple of yellow triangles in opposite corners")
    assert sorted(round(_centre_of(r)[0] + _centre_of(r)[1]) for r in pair["regions"]) == [0, 2]
    above, _ = edit(plan("a green square on the left and a red circle on the right"), "stick an orange triangle over both of them")
    assert _centre(above, "triangle")[1] < min(_centre(above, "square")[1], _centre(above, "circle")[1])


def _centre_of(region):
    return (region["bbox"][0] + region["bbox"][2]) / 2, (region["bbox"][1] + region["bbox"][3]) / 2


def test_the_nth_from_a_side_and_a_list_of_colours_with_articles():
    row = plan("four green triangles in a row")
    second, _ = edit(row, "turn the 3rd one from the right yellow")
    by_x = sorted(second["regions"], key=lambda r: r["bbox"][0])
    assert [r["low_level"] for r in by_x] == ["green", "yellow", "green", "green"]
    assert _objects(plan("an orange, a purple and a blue square")) == [("blue", "square"), ("orange", "square"), ("purple", "square")]


def _colours(layout):
    return [r["low_level"].split(",")[0] for r in layout["regions"]]


def test_a_count_said_after_the_noun_and_different_colours_asked_for():
    layout = plan("erm, squares maybe. five of them. all different colours")
    assert [r["high_level"] for r in layout["regions"]] == ["a square"] * 5 and len(set(_colours(layout))) == 5
    layout = plan("a red circle and two triangles, not the same colour")
    assert len(set(_colours(layout))) == 3 and _colours(layout)[0] == "red"
    assert len(set(_colours(plan("4 multicolored stripy circles in a row")))) == 4


def test_a_colour_named_at_one_end_of_a_line_orders_it_rather_than_adding_an_object():
    layout = plan("pile a blue, a green and a purple square on top of each other vertically, purple at the top")
    assert len(layout["regions"]) == 3 and _colours(layout)[0] == "purple" and layout["regions"][0]["bbox"][1] < 0.1
    row = plan("triangles in a row: orange, yellow and red, the orange one last")
    assert sorted(row["regions"], key=lambda r: r["bbox"][0])[-1]["low_level"] == "orange" and len(row["regions"]) == 3


def test_an_answer_to_which_one_may_name_it_by_place_or_say_where_it_goes():
    column = plan("a yellow triangle, a yellow circle and a yellow square stacked vertically")
    done, _ = edit(column, "the circle in the middle", pending="turn that one blue")
    assert _colours(done) == ["yellow", "blue", "yellow"] and done["regions"][1]["bbox"] == column["regions"][1]["bbox"]
    pair = plan("two squares, green on the left and purple on the right")
    moved, _ = edit(pair, "purple one, top side", pending="push it to the edge")
    purple = next(r for r in moved["regions"] if r["low_level"] == "purple")
    assert purple["bbox"][1] < 0.1 and _colours(moved) == ["green", "purple"]


def test_one_more_again_a_whole_stack_moved_only_the_circles_lined_up_and_a_second_reshape():
    three = plan("three purple triangles")
    assert len(edit(three, "add one more")[0]["regions"]) == 4 and len(edit(three, "2 more pls")[0]["regions"]) == 5
    grey, _ = edit(plan("a square on black"), "grey instead, sorry", last="set the background to black")
    assert grey["background"]["high_level"] == "an empty gray background"
    stack = plan("a red, a green and a blue circle in a column")
    shifted, _ = edit(stack, "slide the stack to the right")
    assert all(r["bbox"][0] > 0.5 for r in shifted["regions"])
    mixed = plan("two green squares and three red circles")
    lined, ids = edit(mixed, "put all the circles in a column")
    assert sorted(ids) == ["circle_2", "circle_3", "circle_4"]
    boxes = [r["bbox"] for r in lined["regions"]]
    assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3] for i, a in enumerate(boxes) for b in boxes[i + 1:])
    reshaped, focus = edit(plan("an orange circle"), "make it into a triangle")
    again, _ = edit(reshaped, "and now a square please", focus=focus, last="make it into a triangle")
    assert len(again["regions"]) == 1 and again["regions"][0]["high_level"] == "a square"


def test_diagonals_rows_with_a_colour_each_and_one_object_per_quadrant():
    diagonal = plan("four triangles running diagonally, starting in the bottom left corner")
    centres = [((r["bbox"][0] + r["bbox"][2]) / 2, (r["bbox"][1] + r["bbox"][3]) / 2) for r in diagonal["regions"]]
    assert len(centres) == 4 and all(b[0] > a[0] and b[1] < a[1] for a, b in zip(centres, centres[1:], strict=False))
    rows = plan("eight circles in two rows of four: the top row all purple, the bottom row all orange")
    assert sorted(_colours(rows)) == ["orange"] * 4 + ["purple"] * 4
    assert all((r["bbox"][1] < 0.5) == (r["low_level"] == "purple") for r in rows["regions"])
    quads = plan("cut the canvas into quarters and put one triangle in each: green top-right, red bottom-left, blue top-left, yellow bottom-right")
    assert sorted(_colours(quads)) == ["blue", "green", "red", "yellow"]
    assert next(r for r in quads["regions"] if r["low_level"] == "green")["bbox"][0] > 0.5
    row = plan("a big red square, a small blue circle and a small green triangle in a row")
    lined, _ = edit(row, "line them up on a diagonal from the top right")
    assert [r["low_level"] for r in sorted(lined["regions"], key=lambda r: r["bbox"][1])] == ["red", "blue", "green"]


def test_mirrors_reorders_by_a_list_and_objects_named_by_when_they_were_made():
    row = plan("a yellow square, a green circle and a purple triangle from left to right")
    mirrored, _ = edit(row, "please mirror everything left to right")
    assert [r["low_level"] for r in sorted(mirrored["regions"], key=lambda r: r["bbox"][0])] == ["purple", "green", "yellow"]
    reordered, _ = edit(row, "rearrange them so the order is circle, triangle, square")
    assert [r["high_level"] for r in sorted(reordered["regions"], key=lambda r: r["bbox"][0])] == ["a circle", "a triangle", "a square"]
    assert sorted(r["bbox"] for r in reordered["regions"]) == sorted(r["bbox"] for r in row["regions"])
    gone, _ = edit(row, "delete the shape you drew first")
    assert [r["low_level"] for r in gone["regions"]] == ["green", "purple"]
    with pytest.raises(NeedsAnswer):
        edit(row, "could you recolour one of them orange")
    outer, _ = edit(row, "swap the outer two, the circle stays where it is")
    assert [r["low_level"] for r in sorted(outer["regions"], key=lambda r: r["bbox"][0])] == ["purple", "green", "yellow"]


def test_two_additions_each_placed_against_an_object_and_a_count_taken_away():
    base = plan("a large blue square in the middle")
    both, ids = edit(base, "add a small red circle left of the square and another right of it")
    assert len(ids) == 2 and _colours(both) == ["blue", "red", "red"]
    xs = sorted((r["bbox"][0] + r["bbox"][2]) / 2 for r in both["regions"][1:])
    assert xs[0] < 0.3 and xs[1] > 0.7
    four = plan("four yellow squares in a row")
    assert len(edit(four, "take two squares away")[0]["regions"]) == 2


def test_alternating_colours_one_per_place_without_a_preposition_and_reversing_a_line():
    row = plan("five squares in a row alternating green and purple, starting with purple")
    assert [r["low_level"] for r in sorted(row["regions"], key=lambda r: r["bbox"][0])] == ["purple", "green"] * 2 + ["purple"]
    pair = plan("2 red triangles bottom left n bottom right")
    assert sorted(round(r["bbox"][0], 2) < 0.5 for r in pair["regions"]) == [False, True] and all(r["bbox"][1] > 0.5 for r in pair["regions"])
    line = plan("a yellow circle, a blue square and a red triangle from left to right")
    back, _ = edit(line, "put them in the opposite order")
    assert [r["low_level"] for r in sorted(back["regions"], key=lambda r: r["bbox"][0])] == ["red", "blue", "yellow"]
    out, _ = edit(line, "take the one in the middle out")
    assert [r["low_level"] for r in out["regions"]] == ["yellow", "red"]
    under, _ = edit(plan("a blue circle on the left and a red square on the right"), "move the square so it's below the circle")
    assert _centre(under, "square")[1] > _centre(under, "circle")[1]


@pytest.mark.parametrize("message, ids", [
    ("the shape on the right looks blotchy, redo only that", ["triangle_2"]),
    ("could you paint that square again? it's smeared", ["square_1"]),
    ("everything looks washed out, render it once more keeping the same layout", ["circle_0", "square_1", "triangle_2"]),
])
def test_repaints_named_by_place_or_for_the_whole_picture(message, ids):
    layout = plan("a red circle on the left, a blue square in the middle and a green triangle on the right")
    assert intent(message, {"layout": layout, "rounds": 2, "focus": []}) == ("repaint_region", {"region_ids": ids})


def test_picture_jargon_purpose_clauses_and_grids_by_row():
    assert plan("a purple square, edge to edge")["regions"][0]["bbox"][2] - plan("a purple square")["regions"][0]["bbox"][2] > 0.05
    big = plan("a green circle filling the canvas")
    smaller, _ = edit(big, "bring it in a little so there's room around it, still in the middle")
    assert smaller["regions"][0]["bbox"][2] - smaller["regions"][0]["bbox"][0] < big["regions"][0]["bbox"][2] - big["regions"][0]["bbox"][0]
    side = plan("a yellow triangle in the bottom right and a red square at the top")
    centred, _ = edit(side, "center the triangle horizontally, keep it at the bottom")
    assert abs(_centre(centred, "triangle")[0] - 0.5) < 0.05 and _centre(centred, "triangle")[1] > 0.6
    rows = plan("a grid of circles, two rows of two: blue and green on top; yellow and red underneath")
    top = sorted((r for r in rows["regions"] if r["bbox"][1] < 0.5), key=lambda r: r["bbox"][0])
    assert [r["low_level"] for r in top] == ["blue", "green"] and len(rows["regions"]) == 4
    assert intent("scratch that last edit", {"layout": rows, "rounds": 2}) == [("undo", {})]


def test_objects_put_back_taken_back_or_replaced_by_what_earlier_rounds_showed():
    first = plan("a red circle top left, a green square top right and a blue triangle at the bottom")
    without, _ = edit(first, "remove the green square")
    back, ids = edit(without, "could you put the green square back", earlier=[without, first])
    assert ids == ["square_1"] and next(r for r in back["regions"] if r["id"] == "square_1")["bbox"] == first["regions"][1]["bbox"]
    recoloured, _ = edit(first, "make the circle purple and the triangle yellow")
    undone, _ = edit(recoloured, "take back just the purple one, keep the yellow", earlier=[recoloured, first])
    assert [r["low_level"] for r in undone["regions"]] == ["red", "green", "yellow"]
    swapped, ids = edit(without, "add an orange circle where the green square was", earlier=[without, first])
    assert next(r for r in swapped["regions"] if r["id"] in ids)["bbox"] == first["regions"][1]["bbox"]


def test_pictures_of_things_made_of_shapes_read_as_their_shapes():
    snowman = plan("let's make a snowman: three white... no, three green circles stacked up, a big one at the bottom, "
                   "a medium one in the middle and a small one on top for the head")
    sides = [r["bbox"][2] - r["bbox"][0] for r in snowman["regions"]]
    tops = [r["bbox"][1] for r in snowman["regions"]]
    assert len(sides) == 3 and sides[0] > sides[1] > sides[2] and tops[0] > tops[1] > tops[2]
    flower = plan("an orange circle with four purple circles around it")
    assert len(flower["regions"]) == 5 and flower["regions"][0]["low_level"] == "orange"
    worm = plan("a worm made of four squares in a row, the rightmost one is the head and should be yellow, the rest blue")
    assert [r["low_level"] for r in sorted(worm["regions"], key=lambda r: r["bbox"][0])] == ["blue", "blue", "blue", "yellow"]
    face = plan("two green circles side by side at the top as eyes and a red square below them as the mouth")
    assert abs(_centre(face, "square")[0] - 0.5) < 0.05 and len(face["regions"]) == 3
    swapped = plan("a red, a blue and a yellow triangle in a row - hmm, use green instead of blue")
    assert _colours(swapped) == ["red", "green", "yellow"]


def _by_id(layout, stem):
    return [r for r in layout["regions"] if r["id"].rsplit("_", 1)[0] == stem]


def test_what_an_object_stands_for_names_it_for_later_edits():
    robot = plan("a robot: a big blue square for the body, a small yellow circle above it as the head and two red triangles as arms")
    assert len(_by_id(robot, "body")) == 1 and len(_by_id(robot, "head")) == 1 and len(_by_id(robot, "arm")) == 2
    painted, _ = edit(robot, "paint his head purple")
    assert _by_id(painted, "head")[0]["low_level"] == "purple" and _by_id(painted, "body")[0]["low_level"] == "blue"
    one_arm, _ = edit(robot, "make the left arm green")
    arms = sorted(_by_id(one_arm, "arm"), key=lambda r: r["bbox"][0])
    assert [r["low_level"] for r in arms] == ["green", "red"]
    hatted, _ = edit(robot, "he needs a hat: a little orange triangle above the head")
    hat = _by_id(hatted, "hat")
    assert len(hat) == 1 and hat[0]["bbox"][1] + hat[0]["bbox"][3] < sum(_by_id(hatted, "head")[0]["bbox"][1::2])
    bigger, _ = edit(hatted, "the hat should be twice the size")
    side = [_by_id(layout, "hat")[0]["bbox"][2] - _by_id(layout, "hat")[0]["bbox"][0] for layout in (hatted, bigger)]
    assert side[1] > 1.2 * side[0] and _by_id(bigger, "arm") == _by_id(hatted, "arm")


def test_items_of_a_heading_keep_their_counts_relations_and_a_single_object_along_an_edge():
    tower = plan("build a tower from squares: two green ones along the bottom and one purple one sitting on them")
    assert sorted(r["low_level"] for r in tower["regions"]) == ["green", "green", "purple"]
    assert _centre(tower, "square")[1] > max((r["bbox"][1] + r["bbox"][3]) / 2 for r in tower["regions"] if r["low_level"] == "purple")
    pair = plan("two triangles: a yellow one to the left of a green one")
    assert len(pair["regions"]) == 2
    yellow, green = (next(r for r in pair["regions"] if r["low_level"] == c) for c in ("yellow", "green"))
    assert yellow["bbox"][2] <= green["bbox"][0] + 0.02
    edge = plan("an orange circle top right, a blue square along the bottom")
    assert _objects(edge) == [("blue", "square"), ("orange", "circle")] and _centre(edge, "square")[1] > 0.6
    line = plan("five blue circles in a vertical line")
    assert len(line["regions"]) == 5 and len({round((r["bbox"][0] + r["bbox"][2]) / 2, 2) for r in line["regions"]}) == 1
    assert all(r["id"].startswith("circle") for r in line["regions"])


def test_a_grid_given_row_by_row_and_the_same_object_again_but_changed():
    grid = plan("four triangles in a 2x2 grid. upper row purple, orange; lower row red and blue")
    cells = {c: next(r for r in grid["regions"] if r["low_level"] == c) for c in ("purple", "orange", "red", "blue")}
    assert cells["purple"]["bbox"][0] < cells["orange"]["bbox"][0] and cells["purple"]["bbox"][1] < cells["red"]["bbox"][1]
    assert cells["red"]["bbox"][0] < cells["blue"]["bbox"][0]
    twins = plan("a yellow square without stripes at the top and the same square but striped at the bottom")
    assert sorted(r["low_level"] for r in twins["regions"]) == ["yellow", "yellow, striped"]


def test_an_aside_naming_the_object_an_addition_said_before_its_place_and_doubled_sizes():
    row = plan("four green circles in a row")
    tail, _ = edit(row, "colour the last bit, the circle at the very right, orange")
    assert [r["low_level"] for r in sorted(tail["regions"], key=lambda r: r["bbox"][0])] == ["green", "green", "green", "orange"]
    one = plan("a big red square in the middle")
    added, _ = edit(one, "and underneath it, a small purple triangle")
    assert len(added["regions"]) == 2 and _centre(added, "triangle")[1] > _centre(added, "square")[1]
    doubled, _ = edit(plan("a blue circle and a yellow triangle"), "can you double their size")
    assert _area(doubled, "circle") > 1.5 * _area(plan("a blue circle and a yellow triangle"), "circle")


def test_a_version_named_while_variations_are_shown_picks_one_and_redo_with_a_reason():
    layout = plan("a blue circle on the left and a red square on the right")
    assert intent("I'll go with version 3", {"layout": layout, "rounds": 5, "variations": 3}) == ("pick_variation", {"number": 3})
    assert intent("redo that, I did want the square gone after all", {"layout": layout, "rounds": 2}) == [("redo", {})]


def test_a_repaint_of_the_object_named_by_its_texture_and_groups_named_by_their_side():
    layout = plan("a red circle with stripes on the left and a plain blue circle on the right")
    moved, focus = edit(layout, "move the plain one to the top")
    assert intent("the striped one came out blurry, could you regenerate it", {"layout": moved, "rounds": 2, "focus": focus}) == (
        "repaint_region", {"region_ids": ["circle_0"]})
    row = plan("five yellow triangles in a row")
    recoloured, _ = edit(row, "paint the two on the right purple")
    assert [r["low_level"] for r in sorted(recoloured["regions"], key=lambda r: r["bbox"][0])] == ["yellow"] * 3 + ["purple"] * 2
    lined, _ = edit(plan("two squares and a circle scattered around"), "line them up in a row along the bottom")
    assert all(r["bbox"][1] > 0.5 for r in lined["regions"])
    grown, _ = edit(plan("a red circle, a blue square and a green triangle"), "make the triangle the largest of them all")
    assert _area(grown, "triangle") > max(_area(grown, "circle"), _area(grown, "square"))


def test_objects_named_by_their_neighbour_a_move_onto_another_trades_places_and_wishes_in_other_word_orders():
    row = plan("an orange triangle, a purple circle and a green square in a row")
    beside, _ = edit(row, "turn the one next to the square blue")
    assert _objects(beside) == [("blue", "circle"), ("green", "square"), ("orange", "triangle")]
    stack = plan("two circles, a red one at the top and a yellow one at the bottom, and a square in the middle")
    under, _ = edit(stack, "the circle below the square should be purple")
    assert sorted(r["low_level"] for r in under["regions"] if r["high_level"].endswith("circle")) == ["purple", "red"]
    which, _ = edit(row, "whichever is on the right, make it striped")
    assert [r["low_level"] for r in which["regions"]] == ["orange", "purple", "green, striped"]
    moved, _ = edit(stack, "move the square next to the yellow circle")
    assert all(r["low_level"] in ("red", "yellow", "") for r in moved["regions"])  # the anchor's colour is no recolouring
    pair = plan("a pink circle on the left and a cyan triangle on the right")
    traded, _ = edit(pair, "put to the left side the triangle")
    assert _centre(traded, "triangle")[0] < 0.5 < _centre(traded, "circle")[0]
    wished, _ = edit(pair, "i want that the circle is orange")
    assert ("orange", "circle") in _objects(wished)
    assert plan("I'm picturing a large yellow square in the middle")["regions"][0]["high_level"] == "a square"


def test_a_terse_new_shape_is_added_and_scrapping_the_last_change_is_an_undo():
    one = plan("circle. yellow. top.")
    added, _ = edit(one, "triangle. purple. bottom.")
    assert _objects(added) == [("purple", "triangle"), ("yellow", "circle")] and _centre(added, "triangle")[1] > 0.5
    also, _ = edit(one, "a green square as well")
    assert ("green", "square") in _objects(also) and len(also["regions"]) == 2
    assert plan("a red triangle too")["regions"][0]["high_level"] == "a triangle"
    assert intent("hmm, scrap that last edit please", {"layout": one, "rounds": 2}) == [("undo", {})]


def test_clock_positions_fractions_of_the_way_and_shades_of_the_known_colours():
    clock = plan("three dots at 2, 6 and 10 o'clock: orange, purple and green")
    at = {r["low_level"]: ((r["bbox"][0] + r["bbox"][2]) / 2, (r["bbox"][1] + r["bbox"][3]) / 2) for r in clock["regions"]}
    assert at["orange"][0] > 0.5 > at["orange"][1] and at["purple"][1] > 0.5 and at["green"][0] < 0.5 and at["green"][1] < 0.5
    assert _centre(plan("a green box at 9 o'clock"), "square")[0] < 0.4
    inset = plan("a red triangle about two thirds of the way across and a quarter of the way down")
    assert _centre(inset, "triangle")[0] > 0.5 > _centre(inset, "triangle")[1]
    low = plan("a yellow circle 80% of the way down, 10 percent from the right edge")
    assert _centre(low, "circle")[0] > 0.5 and _centre(low, "circle")[1] > 0.5
    shades = plan("a scarlet square, a navy triangle and a lime green circle, left to right")
    assert [r["low_level"] for r in sorted(shades["regions"], key=lambda r: r["bbox"][0])] == ["red", "blue", "green"]
    assert plan("a magenta circle")["regions"][0]["low_level"] != "purple"  # a colour of its own is kept, not guessed
    listed = plan("four squares, left to right: purple, orange, yellow and blue")
    assert [r["low_level"] for r in sorted(listed["regions"], key=lambda r: r["bbox"][0])] == ["purple", "orange", "yellow", "blue"]


def test_a_correction_makes_the_last_change_on_the_object_meant():
    from regiondit.agent.offline_intents import corrected

    row = plan("three blue squares in a row")
    changed, focus = edit(row, "make the left one green")
    context = {"layout": changed, "undo_layout": row, "last_edit": "make the left one green", "last_tool": "submit_layout", "focus": focus}
    again = corrected("no no, not that one - the one on the right!", context)
    fixed, _ = edit(row, again)
    assert [r["low_level"] for r in sorted(fixed["regions"], key=lambda r: r["bbox"][0])] == ["blue", "blue", "green"]
    assert corrected("no, I meant bigger", context) is None  # no object named: not a correction of which one
    assert corrected("not that one, the middle one", {**context, "last_tool": "make_variations"}) is None
    after_undo = corrected("I meant the middle one", {**context, "layout": row, "last_tool": "undo"})  # the undo already ran
    assert [r["low_level"] for r in sorted(edit(row, after_undo)[0]["regions"], key=lambda r: r["bbox"][0])] == ["blue", "green", "blue"]
    assert _objects(edit(row, "add a third square, a yellow one, at the bottom")[0]).count(("yellow", "square")) == 1


def test_matching_copies_a_centred_group_and_a_line_rearranged_into_a_grid():
    one = plan("an orange circle in the middle")
    flanked, _ = edit(one, "make it symmetric with an identical circle on either side")
    xs = sorted(_c for _c in ((r["bbox"][0] + r["bbox"][2]) / 2 for r in flanked["regions"]))
    assert [r["low_level"] for r in flanked["regions"]] == ["orange"] * 3 and xs[0] < 0.4 < xs[1] < 0.6 < xs[2]
    again, _ = edit(plan("a purple square at the top"), "same again at the bottom")
    assert _objects(again) == [("purple", "square")] * 2
    column = plan("a column of three triangles on the right")
    centred, _ = edit(column, "center them")
    assert all(abs((r["bbox"][0] + r["bbox"][2]) / 2 - 0.5) < 0.05 for r in centred["regions"])
    grid, _ = edit(plan("four yellow circles in a row"), "put them in a 2x2 grid")
    assert len({round(r["bbox"][1], 2) for r in grid["regions"]}) == 2 and len({round(r["bbox"][0], 2) for r in grid["regions"]}) == 2


def test_the_middle_one_of_a_row_and_a_colour_list_ordered_from_a_side():
    rows = plan("six circles in two rows of three, the top row all orange and the bottom row all purple")
    middle, _ = edit(rows, "paint the middle circle of the top row green")
    assert [r["low_level"] for r in middle["regions"]].count("green") == 1
    green = next(r for r in middle["regions"] if r["low_level"] == "green")
    assert abs((green["bbox"][0] + green["bbox"][2]) / 2 - 0.5) < 0.05 and green["bbox"][1] < 0.5
    ordered = plan("4 squares in a row, yellow red blue green from the left")
    assert [r["low_level"] for r in sorted(ordered["regions"], key=lambda r: r["bbox"][0])] == ["yellow", "red", "blue", "green"]


def test_same_as_before_but_changed_and_a_new_shape_with_a_colour_before_it():
    pair = plan("a green triangle and an orange square")
    grown, _ = edit(pair, "same as before except bigger")
    assert _area(grown, "triangle") > _area(pair, "triangle") and _area(grown, "square") > _area(pair, "square")
    fewer, _ = edit(pair, "same as that, only without the square")
    assert _objects(fewer) == [("green", "triangle")]
    more, _ = edit(pair, "same as this but with a blue circle at the bottom")
    assert ("blue", "circle") in _objects(more) and len(more["regions"]) == 3
    reshaped, _ = edit(plan("a red circle"), "turn it into a yellow striped triangle")
    assert reshaped["regions"][0]["high_level"] == "a triangle" and reshaped["regions"][0]["low_level"] == "yellow, striped"


def test_everyday_shape_words_in_repaints_a_colour_matched_and_dropping_an_object_lower():
    layout = plan("a navy box at the top and a crimson ball at the bottom")
    assert intent("the box looks wonky, redo just the box", {"layout": layout, "rounds": 1}) == ("repaint_region", {"region_ids": ["square_0"]})
    matched, _ = edit(layout, "paint the ball the same colour as the box")
    assert _objects(matched) == [("blue", "circle"), ("blue", "square")]
    lowered, _ = edit(layout, "drop the box down to the bottom left")
    assert len(lowered["regions"]) == 2 and _centre(lowered, "square")[1] > 0.5


def test_parts_named_with_an_equals_sign_and_an_addition_after_what_someone_said():
    mockup = plan("white bg. red square top right = logo. two blue squares at the bottom = buttons")
    assert sorted(r["id"].rsplit("_", 1)[0] for r in mockup["regions"]) == ["button", "button", "logo"]
    recoloured, _ = edit(mockup, "buttons -> yellow")
    assert sorted(r["low_level"] for r in recoloured["regions"]) == ["red", "yellow", "yellow"]
    stack = plan("a green square under a purple square")
    roofed, _ = edit(stack, "my daughter says it needs a hat. a small orange triangle on top")
    assert len(roofed["regions"]) == 3 and any(r["id"].startswith("hat") for r in roofed["regions"])


def test_an_object_goes_round_the_middle_like_a_clock_hand():
    start = plan("one small orange square near the top, centred")
    quarter, ids = edit(start, "swing it round a quarter turn anti-clockwise")
    assert _centre(quarter, "square")[0] < 0.3 and 0.4 < _centre(quarter, "square")[1] < 0.6  # from the top to the left
    again, _ = edit(quarter, "and one more quarter turn", ids, last="swing it round a quarter turn anti-clockwise")
    assert 0.4 < _centre(again, "square")[0] < 0.6 and _centre(again, "square")[1] > 0.7  # the same way: on to the bottom
    half, _ = edit(again, "now send it half way round")
    assert _centre(half, "square")[1] < 0.3  # opposite: back at the top
    pair = plan("a red circle top left and a green triangle bottom right")
    turned, _ = edit(pair, "turn everything 90 degrees clockwise around the middle")
    assert _centre(turned, "circle")[0] > 0.5 > _centre(turned, "circle")[1] and _centre(turned, "triangle")[0] < 0.5 < _centre(turned, "triangle")[1]


def test_what_the_picture_is_for_is_context_and_a_smaller_object_can_sit_inside_another():
    notes = []
    badge = plan("Making an icon for my app: a large purple square in the middle", notes=notes)
    assert _objects(badge) == [("purple", "square")] and "context" in notes[0]
    inner, _ = edit(badge, "then stick a little white circle right inside the square")
    (sx, sy), (cx, cy) = _centre(inner, "square"), _centre(inner, "circle")
    assert abs(sx - cx) < 0.02 and abs(sy - cy) < 0.02 and _area(inner, "circle") < _area(inner, "square")


def test_the_first_one_after_naming_a_kind_is_the_first_of_that_kind():
    start = plan("an orange square top left and a green triangle bottom right")
    more, _ = edit(start, "one more triangle, green as well, just left of the first one")
    triangles = sorted(_centre_of(r) for r in more["regions"] if r["high_level"].endswith("triangle"))
    assert len(triangles) == 2 and abs(triangles[0][1] - triangles[1][1]) < 0.05 and triangles[0][1] > 0.5


def test_everything_but_one_object_and_the_rest_after_naming_one():
    row = plan("a yellow triangle, an orange circle and a purple square side by side")
    others, _ = edit(row, "can everything apart from the circle be green")
    assert _objects(others) == [("green", "square"), ("green", "triangle"), ("orange", "circle")]
    split, _ = edit(row, "turn all of them blue except the square")
    assert _objects(split) == [("blue", "circle"), ("blue", "triangle"), ("purple", "square")]
    cleared, _ = edit(row, "clear everything except the square")
    assert _objects(cleared) == [("purple", "square")]
    measured, _ = edit(row, "the square, make it larger than the others")  # "than the others": what it is measured against
    assert _area(measured, "square") > _area(row, "square") and _area(measured, "circle") == _area(row, "circle")
    sized, _ = edit(row, "make the triangle smaller and the others bigger")
    assert _area(sized, "triangle") < _area(row, "triangle") and _area(sized, "circle") > _area(row, "circle")


def test_misspelt_conversation_words_are_read_as_meant():
    context = {"rounds": 2, "layout": plan("a red circle"), "round_layouts": {1: plan("a red circle"), 2: plan("a red circle")}}
    assert intent("cna you do a cuople of varaitons", context) == ("make_variations", {"count": 2})
    assert intent("undo taht", context) == intent("undo that", context)


def test_a_verdict_before_the_change_is_not_an_object_to_find():
    pair = plan("a big purple circle on the left and a big orange square on the right")
    smaller, _ = edit(pair, "ugh, way too big. shrink both of them")
    assert _area(smaller, "circle") < _area(pair, "circle") and _area(smaller, "square") < _area(pair, "square")


def test_an_earlier_pic_named_by_its_place_in_the_session_is_restored():
    context = {"rounds": 4, "variations": 0, "layout": plan("a red square"), "undo_layout": plan("a blue square"),
               "round_layouts": {1: plan("a blue circle"), 2: plan("a blue square"), 3: plan("a red square")}}
    assert intent("tbh the second pic was my favourite, can i have it back", context) == ("restore_round", {"round": 2})


def test_terse_orders_a_bare_place_and_a_round_number_alone():
    four = plan("a red circle, a green circle, a blue circle and an orange circle in a 2x2 grid")
    assert sorted(_objects(edit(four, "lose green")[0])) == [("blue", "circle"), ("orange", "circle"), ("red", "circle")]
    one = plan("a yellow triangle in the middle")
    moved, _ = edit(one, "bottom left")
    cx, cy = _centre(moved, "triangle")
    assert cx < 0.5 and cy > 0.5
    nudged, _ = edit(one, "just a touch to the right")
    assert _centre(nudged, "triangle")[0] > 0.5 and _area(nudged, "triangle") == pytest.approx(_area(one, "triangle"))
    up, _ = edit(one, "shift it up a little")
    assert _centre(up, "triangle")[1] < 0.5 and _area(up, "triangle") == pytest.approx(_area(one, "triangle"))  # no size change
    assert intent("image 2", {"layout": one, "rounds": 3}) == ("restore_round", {"round": 2})
    assert intent("pic 1 please", {"layout": one, "rounds": 3}) == ("restore_round", {"round": 1})


def test_a_change_offered_as_a_question_is_made_and_a_question_then_a_request_does_the_request():
    square = plan("a green square on the left")
    context = {"layout": square, "rounds": 1}
    assert intent("maybe it could be orange?", context) is None  # the edit, not an answer about what the designer can do
    assert _objects(edit(square, "maybe it could be orange?")[0]) == [("orange", "square")]
    pair = plan("a red circle on the left and a blue square on the right")
    assert intent("what if they traded places? give it a go", {"layout": pair, "rounds": 1}) is None  # not a repaint
    assert _centre(edit(pair, "what if they traded places? give it a go")[0], "circle")[0] > 0.5
    assert intent("thanks, I like the green", context) is not None  # praise: no edit


def test_context_before_the_named_change_and_what_stays_are_not_changes():
    two = plan("a red circle on the left and a yellow triangle on the right")
    out, _ = edit(two, "Looks good. Our logo is mostly blue rather than red, so could you recolour the triangle blue? The rest can stay as is.")
    assert _objects(out) == [("blue", "triangle"), ("red", "circle")]


def test_an_addition_sized_against_another_object_and_pictured_as_a_pair():
    circle = plan("a big green circle in the middle")
    out, _ = edit(circle, "add a red triangle at the top right, roughly a third the size of the circle")
    assert _area(out, "triangle") < 0.25 * _area(out, "circle")
    out, _ = edit(circle, "put a purple square at the bottom left, a little smaller than the circle")
    assert 0.2 * _area(out, "circle") < _area(out, "square") < _area(out, "circle")
    corner = plan("a blue circle in the top left")
    out, _ = edit(corner, "add a yellow square on the right with an orange triangle just below it")
    (sx, sy), (tx, ty) = _centre(out, "square"), _centre(out, "triangle")
    assert sx > 0.5 and ty > sy and abs(tx - sx) < 0.15  # the triangle under the square, not under the circle


def test_counts_and_references_corrected_mid_message_and_bullet_lines():
    assert _objects(plan("four green triangles along the top, oops, three")) == [("green", "triangle")] * 3
    assert _objects(plan("Draw these:\n* a purple circle on the left\n* an orange square on the right")) == [
        ("orange", "square"), ("purple", "circle")]
    row = plan("a red circle at the top and two blue squares along the bottom")
    focus = [r["id"] for r in row["regions"] if "square" in r["high_level"]]
    out, _ = edit(row, "make the one on the left, sorry, I mean the right one, yellow", focus=focus)
    right = max((r for r in out["regions"] if "square" in r["high_level"]), key=lambda r: r["bbox"][0])
    assert right["low_level"].startswith("yellow") and "red" in next(r for r in out["regions"] if "circle" in r["high_level"])["low_level"]
    out, _ = edit(row, "the square on the left should be orange\n- and remove the circle")
    assert _objects(out) == [("blue", "square"), ("orange", "square")]


def test_the_other_one_after_naming_one_asks_when_two_are_left_and_things_named_by_colour():
    three = plan("a red square top left, a green circle top right and a blue triangle at the bottom")
    with pytest.raises(NeedsAnswer, match="Which one"):
        edit(three, "leave the square alone and make the other one yellow")
    four = plan("a red circle top left, a yellow square top right, a yellow triangle bottom left, a blue circle bottom right")
    assert _objects(edit(four, "delete both yellow shapes")[0]) == [("blue", "circle"), ("red", "circle")]
    striped = plan("a striped orange triangle")
    assert "striped" not in edit(striped, "I think the stripes have to go")[0]["regions"][0]["low_level"]


def test_the_same_again_keeps_the_size_a_lightened_background_and_a_line_in_the_order_named():
    big = plan("a large purple square at the top")
    out, _ = edit(big, "same again at the bottom please")
    sides = sorted(r["bbox"][2] - r["bbox"][0] for r in out["regions"])
    assert len(sides) == 2 and sides[0] == pytest.approx(sides[1], abs=0.02)
    dark = plan("a green circle on a black background")
    assert edit(dark, "darken nothing, just lighten the background to white")[0]["background"]["high_level"].endswith("white background")
    scattered = plan("a yellow circle top right, a red triangle bottom left and a blue square top left")
    out, _ = edit(scattered, "put them in a row across the middle: the triangle first, then the circle, then the square")
    xs = {r["high_level"].split()[-1]: _centre(out, r["high_level"].split()[-1])[0] for r in out["regions"]}
    assert xs["triangle"] < xs["circle"] < xs["square"]


def test_the_version_before_with_a_difference_and_back_to_where_it_started():
    one = plan("a blue square on the right")
    context = {"layout": one, "rounds": 3, "undo_layout": plan("a red square on the right")}
    assert intent("hmm, same as before but smaller", context) == [("undo", {})]
    assert intent("take it back to where we started", context) == ("restore_round", {"round": 1})


def test_level_with_another_object_and_bigger_than_the_other_two():
    pair = plan("a green triangle in the bottom left and a purple circle in the top right")
    out, _ = edit(pair, "bring the circle down so that it is in line with the triangle")
    assert _centre(out, "circle")[1] == pytest.approx(_centre(out, "triangle")[1], abs=0.02) and _centre(out, "circle")[0] > 0.5
    column = plan("a red square at the top, a yellow circle in the middle and a blue triangle at the bottom")
    out, _ = edit(column, "make the triangle larger than the other two")
    assert _area(out, "triangle") > max(_area(out, "square"), _area(out, "circle"))


def test_two_conversation_steps_in_one_message_and_a_bare_object_again():
    pair = plan("a red circle on the left and a green square on the right")
    context = {"layout": pair, "rounds": 1}
    assert intent("redo the circle and then what changed?", context) == [("repaint_region", {"region_ids": ["circle_0"]}),
                                                                         ("what_changed", {})]
    assert intent("circle again please", context) == ("repaint_region", {"region_ids": ["circle_0"]})


def test_them_after_a_group_was_made_is_that_group():
    one = plan("a big yellow circle in the middle")
    two, focus = edit(one, "add two small red squares at the top")
    out, _ = edit(two, "make them blue", focus=focus)
    assert _objects(out) == [("blue", "square"), ("blue", "square"), ("yellow", "circle")]
    out, _ = edit(two, "keep them, but make them striped", focus=focus)
    assert sum("striped" in r["low_level"] for r in out["regions"]) == 2


def test_stacked_in_the_order_a_list_after_a_colon_gives():
    pair = plan("a green triangle on the left and a red square on the right")
    out, _ = edit(pair, "stack them the other way round: the square on top, the triangle underneath")
    (sx, sy), (tx, ty) = _centre(out, "square"), _centre(out, "triangle")
    assert sy < ty and abs(sx - tx) < 0.05


def test_an_addition_said_inside_an_object_there_goes_inside_it_and_adds_nothing_else():
    layout = plan("a big blue square on the left and a green circle on the right")
    for message, holder in [("add a small red circle inside the square", "square"),
                            ("put a yellow triangle in the middle of the green circle", "circle")]:
        layout, ids = edit(layout, message)
        box = next(r["bbox"] for r in layout["regions"] if r["high_level"].endswith(holder) and r["id"] not in ids)
        new = [r for r in layout["regions"] if r["id"] in ids]
        assert len(new) == 1 and all(box[k] <= new[0]["bbox"][k] for k in (0, 1)) and all(new[0]["bbox"][k] <= box[k] for k in (2, 3)), layout
    assert [r["high_level"].split()[-1] for r in layout["regions"]].count("square") == 1  # the square named is not drawn again
