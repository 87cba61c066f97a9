"""The offline planner: requests in words become layouts with the right objects, attributes and places."""

import itertools
import math
import re

import pytest

from regiondit.agent.offline_planner import overlap, plan
from regiondit.schemas import Layout


def regions(prompt):
    layout = plan(prompt)
    Layout.from_dict(layout)  # always a valid layout
    return [(r["high_level"], r["low_level"], r["bbox"]) for r in layout["regions"]]


def centre(bbox):
    return (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2


@pytest.mark.parametrize("prompt", [
    "a red circle in the top left and a blue striped square at the bottom right",
    "A red circle (top-left corner); a striped blue square, bottom right.",
    "bottom right: a blue striped square, and a red circle in the upper left",
])
def test_phrasings_give_the_same_objects_and_places(prompt):
    got = sorted(regions(prompt))
    assert [(h, low) for h, low, _ in got] == [("a circle", "red"), ("a square", "blue, striped")]
    (cx, cy), (sx, sy) = centre(got[0][2]), centre(got[1][2])
    assert cx < 0.5 and cy < 0.5 and sx > 0.5 and sy > 0.5


def test_counts_make_separate_non_overlapping_regions():
    got = regions("three yellow triangles on a black background")
    assert len(got) == 3 and all(h == "a triangle" and low == "yellow" for h, low, _ in got)
    boxes = [b for _, _, b in got]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_relations_place_objects_relative_to_each_other():
    got = {h: centre(b) for h, _, b in regions("a green circle left of an orange square")}
    assert got["a circle"][0] < got["a square"][0]
    got = {h: centre(b) for h, _, b in regions("a purple triangle above a red circle")}
    assert got["a triangle"][1] < got["a circle"][1]


@pytest.mark.parametrize("prompt, first, second, axis", [
    ("two circles, red left of blue", "red", "blue", 0),
    ("a pair of triangles, the yellow one under the green one", "green", "yellow", 1),
    ("two squares: orange on top of purple", "orange", "purple", 1),
])
def test_a_counted_pair_told_apart_by_colour_stays_a_pair(prompt, first, second, axis):
    got = regions(prompt)
    assert len(got) == 2 and len({h for h, _, _ in got}) == 1  # the two named, not a third
    by_colour = {low: centre(b) for _, low, b in got}
    assert by_colour[first][axis] < by_colour[second][axis]


def test_background_and_global_caption():
    layout = plan("two blue circles on a white background")
    assert layout["background"] == {"high_level": "an empty white background"}
    assert layout["global"]["high_level"] == "two blue circles on a white background"


def test_plain_scene_words_are_kept():
    got = regions("a sleeping cat on the left and a brass floor lamp on the right")
    assert [h for h, _, _ in got] == ["a sleeping cat", "a brass floor lamp"]


@pytest.mark.parametrize("prompt", ["", "   ", "!!!"])
def test_empty_prompt_is_refused_with_a_reason(prompt):
    with pytest.raises(ValueError, match="empty|nothing to draw"):
        plan(prompt)


@pytest.mark.parametrize("prompt", ["x" * 100_000, "un cercle rouge en haut à gauche", "50 red circles", "赤い丸"])
def test_odd_prompts_end_in_a_valid_layout(prompt):
    try:
        Layout.from_dict(plan(prompt))
    except ValueError as exc:
        assert "nothing to draw" in str(exc)


def test_the_independent_paraphrase_set_is_planned_right_and_counts_never_change_silently():
    """430 requests in 43 constructions, written without reading the planner (evals/paraphrases.py), three draws."""
    from regiondit.evals.planner_eval import paraphrase_report

    report = paraphrase_report("offline", (0, 1, 2))
    assert report["constructions"] >= 30 and report["prompts"] >= 300
    assert report["accuracy"] >= 0.97 and report["accuracy_other_seeds"] >= 0.97, report["failures"][:5]
    assert report["silent_count_errors"] == 0


def test_the_hand_written_request_sets_are_planned_right_and_counts_never_change_silently():
    """Eight sets written by hand without reading the planner (evals/paraphrases_handwritten.py, _voices.py, _assistants.py,
    _everyday.py, _arrangements.py, _patterns.py, _constructions.py, _mixed.py): people's requests, the voices of different
    users, requests as other assistants and automations send them, tricky everyday English, the issue's constructions in
    many voices, and (the open frontier) patterns and formations, and phrasings a rule-based planner is unlikely to have
    been written from."""
    from regiondit.evals.planner_eval import handwritten_report

    reports = handwritten_report("offline")
    # patterns, formations, grids told row by row; the newest blind set: the open frontier, kept from sliding back
    for name, floor in (("arrangements", 0.8), ("patterns", 0.75), ("mixed", 0.8)):
        frontier = reports.pop(name)
        assert frontier["prompts"] >= 150 and frontier["accuracy"] >= floor, (name, frontier["failures"][:5])
    figures = reports.pop("figures")  # figures made of shapes (pyramids, letters, towers, arrows): held out, above its first look
    assert figures["prompts"] >= 120 and figures["accuracy"] >= 0.42, figures["failures"][:5]
    formations = reports.pop("formations")  # letters, digits, rings, arrows, things made of shapes: written blind, held out
    assert formations["prompts"] >= 140 and formations["accuracy"] >= 0.17, formations["failures"][:5]
    assert len(reports) == 5
    for name, report in reports.items():
        assert report["prompts"] >= 180 and report["constructions"] >= 30, name
        if name == "constructions":  # the seventh set: at the bar, with one count still changed silently (a header said twice)
            assert report["accuracy"] >= 0.97 and report["silent_count_errors"] <= 1, report["failures"][:5]
            continue
        assert report["accuracy"] >= 0.97, (name, report["failures"][:5])
        assert report["silent_count_errors"] == 0, (name, report["failures"][:5])


@pytest.mark.parametrize("prompt, count, note", [
    ("twenty red circles", 16, "kept the first 16"),
    ("a red circle, no squares, and a blue triangle", 2, None),
])
def test_object_counts_follow_the_request_or_the_planner_says_why(prompt, count, note):
    notes: list[str] = []
    assert len(plan(prompt, notes=notes)["regions"]) == count
    assert (note in " ".join(notes)) if note else not notes


def test_a_size_said_for_both_a_pair_ranked_by_height_and_a_count_said_before_its_noun():
    both = regions("an orange circle at the top and a green square at the bottom, both pretty small")
    assert all(b[2] - b[0] < 0.3 for _, _, b in both)
    ranked = {low: centre(b) for _, low, b in regions("two triangles, a purple one and a yellow one, the yellow one lower down")}
    assert ranked["yellow"][1] > ranked["purple"][1]
    column = regions("four of them, blue squares, in a column")
    assert len(column) == 4 and len({round(centre(b)[0], 2) for _, _, b in column}) == 1


def test_an_object_placed_against_a_member_of_a_line_keeps_the_line_whole():
    got = regions("a yellow circle, a red circle and a blue circle all in a row, plus a green triangle above the red one")
    circles = [centre(b) for h, _, b in got if h == "a circle"]
    assert len(got) == 4 and max(y for _, y in circles) - min(y for _, y in circles) < 0.05
    red = next(centre(b) for h, low, b in got if low == "red")
    triangle = next(centre(b) for h, _, b in got if h == "a triangle")
    assert triangle[1] < red[1] and abs(triangle[0] - red[0]) < 0.1
    chain = {h: centre(b) for h, _, b in regions("an orange square on top of a purple circle on top of a blue triangle, stacked in a column")}
    assert chain["a square"][1] < chain["a circle"][1] < chain["a triangle"][1]  # a chain in a line keeps its order
    middle = regions("five small squares in a row with a circle below the middle one")
    assert sorted(h for h, _, _ in middle) == ["a circle"] + ["a square"] * 5


@pytest.mark.parametrize("prompt", ["a red squre inthe top right anda blue circel at the botom",
                                    "a red square in the top right and a blue circle at the bottom"])
def test_words_run_together_and_misspelt_read_as_meant(prompt):
    got = {h: centre(b) for h, _, b in regions(prompt)}
    assert set(got) == {"a square", "a circle"} and got["a square"][0] > 0.5 > got["a square"][1] and got["a circle"][1] > 0.5


def area(bbox):
    return (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])


@pytest.mark.parametrize("prompt, big, small", [
    ("I want a purple square that is much larger than an orange triangle", "a square", "a triangle"),
    ("a green circle a quarter the size of the red square", "a square", "a circle"),
    ("the yellow triangle should be three times the size of a blue circle", "a triangle", "a circle"),
])
def test_a_size_compared_with_another_object_keeps_both_and_their_sizes(prompt, big, small):
    got = {h: b for h, _, b in regions(prompt)}
    assert set(got) == {big, small}
    assert area(got[big]) > area(got[small])


@pytest.mark.parametrize("prompt, first, second", [
    ("put a blue triangle further up than a green square", "a triangle", "a square"),
    ("an orange square, positioned lower down than the purple circle", "a circle", "a square"),
])
def test_higher_and_lower_than_stack_the_two(prompt, first, second):
    got = {h: centre(b) for h, _, b in regions(prompt)}
    assert set(got) == {first, second} and got[first][1] < got[second][1]


def test_a_diagonal_relation_puts_the_two_in_opposite_corners():
    got = {h: centre(b) for h, _, b in regions("a yellow square below and to the right of a red triangle")}
    assert got["a square"][0] > got["a triangle"][0] and got["a square"][1] > got["a triangle"][1]


@pytest.mark.parametrize("prompt, vertical", [
    ("a green square flanked on both sides by orange circles", False),
    ("a pair of red squares on either side of a yellow triangle", False),
    ("an orange circle between two blue triangles, one above it and one below it", True),
    ("a red square in the centre with blue circles above and below", True),
])
def test_one_object_flanked_by_a_pair_is_three_objects_in_a_line(prompt, vertical):
    got = regions(prompt)
    assert len(got) == 3
    middle = next(b for h, _, b in got if sum(h == other for other, _, _ in got) == 1)
    pair = [b for h, _, b in got if sum(h == other for other, _, _ in got) == 2]
    axis = 1 if vertical else 0
    lo, hi = sorted(centre(b)[axis] for b in pair)
    assert lo < centre(middle)[axis] < hi


@pytest.mark.parametrize("prompt, count", [
    ("a trio of blue triangles in a row", 3), ("half a dozen striped squares", 6), ("three rows of two green circles", 6),
    ("red triangles, one per corner", 4), ("a purple circle in the middle and a blue square in both bottom corners", 3),
])
def test_counts_said_as_groups_and_corners(prompt, count):
    assert len(regions(prompt)) == count


@pytest.mark.parametrize("prompt, colour", [
    ("four squares, but none of them should be blue", "blue"),
    ("two triangles and a circle, nothing purple", "purple"),
    ("a square which is not orange", "orange"),
])
def test_a_colour_ruled_out_is_never_planned(prompt, colour):
    got = regions(prompt)
    assert got and all(colour not in low for _, low, _ in got)


def test_shapes_ruled_out_together_are_all_left_out():
    got = regions("a red triangle, no squares or circles please")
    assert [h for h, _, _ in got] == ["a triangle"]


@pytest.mark.parametrize("prompt", ["a square that's not striped", "an unstriped square", "a square in a flat fill"])
def test_not_striped_is_said_as_solid(prompt):
    assert regions(prompt)[0][:2] == ("a square", "solid")


@pytest.mark.parametrize("prompt, shape, where", [
    ("make one green square on the up please", "a square", "top"),
    ("i want circle yellow in down part", "a circle", "bottom"),
    ("triangle red small in corner right down", "a triangle", "bottom right"),
    ("Purple circle placed in the SW quadrant", "a circle", "bottom left"),
    ("Flush right: one blue square.", "a square", "right"),
    ("Using the rule of thirds, a red circle on the top horizontal third line", "a circle", "top"),
])
def test_places_said_with_up_down_compass_and_designers_words(prompt, shape, where):
    got = regions(prompt)
    assert [h for h, _, _ in got] == [shape]
    x, y = centre(got[0][2])
    assert ("top" not in where or y < 0.5) and ("bottom" not in where or y > 0.5)
    assert ("left" not in where or x < 0.5) and ("right" not in where or x > 0.5)


@pytest.mark.parametrize("prompt, count, colour", [
    ("yellow square x3", 3, "yellow"), ("4x red circles", 4, "red"), ("triangle(blue) x2 @ bottom", 2, "blue"),
    ("circle(orange, striped) @ top-left", 1, "orange, striped"),
])
def test_programmers_shorthand_counts_and_attributes(prompt, count, colour):
    got = regions(prompt)
    assert len(got) == count and all(low == colour for _, low, _ in got)


@pytest.mark.parametrize("prompt, kept", [
    ("a blue circle and no want square", "a circle"), ("two red triangles, leave out the circles", "a triangle"),
    ("green square yes, green circle no", "a square"), ("a yellow circle; exclude: squares", "a circle"),
    ("an orange triangle with zero squares around it", "a triangle"),
])
def test_left_out_objects_said_other_ways_are_left_out(prompt, kept):
    assert {h for h, _, _ in regions(prompt)} == {kept}


def test_a_list_read_from_the_right_is_laid_out_from_the_right():
    got = regions("from the right: a blue square, a red circle, a yellow triangle")
    xs = {h: centre(b)[0] for h, _, b in got}
    assert len(got) == 3 and xs["a square"] > xs["a circle"] > xs["a triangle"]


@pytest.mark.parametrize("prompt, background", [
    ("Imagine a black sheet. A small red circle in the middle.", "black"), ("circle(green) ; canvas: white", "white"),
    ("a purple square, background colour gray", "gray"),
])
def test_backgrounds_said_as_a_canvas_or_a_key(prompt, background):
    layout = plan(prompt)
    assert layout["background"] == {"high_level": f"an empty {background} background"} and len(layout["regions"]) == 1


def test_an_object_introduced_after_the_place_it_takes():
    got = {h: centre(b) for h, _, b in regions("a green circle at the top. Below the circle is a striped blue square.")}
    assert set(got) == {"a circle", "a square"} and got["a circle"][1] < got["a square"][1]


@pytest.mark.parametrize("prompt, want", [
    ("Produce a clean, minimalist graphic depicting a vibrant orange triangle positioned prominently at the top of the frame.",
     [("a triangle", "orange")]),
    ("The image should contain a total of three shapes: two purple squares and one green circle.",
     [("a circle", "green"), ("a square", "purple"), ("a square", "purple")]),
    ('{"shape": "square", "colour": "red", "count": 2, "position": "left"}', [("a square", "red"), ("a square", "red")]),
    ("objects: blue circle, yellow square. negative prompt: triangles, red circles", [("a circle", "blue"), ("a square", "yellow")]),
    ("Render a purple circle. Please do not include any squares, and avoid yellow.", [("a circle", "purple")]),
])
def test_an_assistants_wordy_or_structured_request_plans_only_the_objects_named(prompt, want):
    assert sorted((h, low) for h, low, _ in regions(prompt)) == want


@pytest.mark.parametrize("prompt, order, axis", [
    ("Horizontal order: a red square, followed by a blue triangle, followed by a green circle.", ["red", "blue", "green"], 0),
    ("Tallest position first: yellow circle, then purple square", ["yellow", "purple"], 1),
    ("Start with an orange circle. Beneath it, add a blue square; beneath that, a red triangle.", ["orange", "blue", "red"], 1),
    ("four squares in a row, all blue except the last one, which is yellow", ["blue", "blue", "blue", "yellow"], 0),
])
def test_orders_said_as_chains_and_exceptions(prompt, order, axis):
    got = sorted(regions(prompt), key=lambda r: centre(r[2])[axis])
    assert [low for _, low, _ in got] == order


@pytest.mark.parametrize("prompt, first, second", [
    ("two circles next to each other: the left one purple, the right one orange", "purple", "orange"),
    ("Draw two squares in a row. Paint the right square green and the left square red.", "red", "green"),
    ("two triangles, the bigger one yellow and the smaller one blue", "yellow", "blue"),
])
def test_items_told_apart_by_place_or_size_get_their_own_colours(prompt, first, second):
    got = regions(prompt)
    assert len(got) == 2 and {low for _, low, _ in got} == {first, second}
    a, b = (next(box for _, low, box in got if low == c) for c in (first, second))
    assert centre(a)[0] < centre(b)[0] or area(a) > area(b)


@pytest.mark.parametrize("prompt, want, where", [
    ("a green square on the left, no hang on, actually put it on the right", ("a square", "green"), "right"),
    ("at the bottom, not the top, I'd like an orange circle", ("a circle", "orange"), "bottom"),
    ("rather than a triangle, draw a purple square in the top right", ("a square", "purple"), "top right"),
    ("swap out the circle for... no, just a red triangle at the top, preferably", ("a triangle", "red"), "top"),
])
def test_corrections_and_contrasts_inside_one_request_keep_what_was_meant(prompt, want, where):
    got = regions(prompt)
    assert [(h, low) for h, low, _ in got] == [want]
    x, y = centre(got[0][2])
    assert ("top" not in where or y < 0.5) and ("bottom" not in where or y > 0.5) and ("right" not in where or x > 0.5)


@pytest.mark.parametrize("prompt, kept", [
    ("A yellow triangle and a purple circle. Hmm, scratch the triangle.", [("a circle", "purple")]),
    ("two green squares and an orange circle; get rid of the squares", [("a circle", "orange")]),
    ("blue circle, red circle, grey square, then take out the red circle", [("a circle", "blue"), ("a square", "gray")]),
    ("one striped triangle, on second thought lose the stripes", [("a triangle", "solid")]),
    ("Purple square. Scratch that: an orange triangle.", [("a triangle", "orange")]),
    ("a green circle, or rather a yellow one", [("a circle", "yellow")]),
    ("a grey square, never mind, a red circle", [("a circle", "red")]),
])
def test_an_object_or_stripes_taken_out_later_in_the_same_request_are_gone(prompt, kept):
    assert sorted((h, low) for h, low, _ in regions(prompt)) == sorted(kept)


def test_dropping_an_object_somewhere_moves_it_and_a_removal_before_any_object_removes_nothing():
    got = regions("a circle and a square, drop the circle to the bottom")
    assert len(got) == 2 and centre(next(box for h, _, box in got if h == "a circle"))[1] > 0.5
    assert [h for h, _, _ in regions("forget the square. two red triangles")] == ["a triangle", "a triangle"]


@pytest.mark.parametrize("prompt, first, second, axis", [
    ("an orange triangle and a green square, left and right respectively", "orange", "green", 0),
    ("two squares, blue and yellow respectively, on the top and on the bottom", "blue", "yellow", 1),
    ("a striped purple circle and a red square should both sit at the bottom", None, None, None),
])
def test_respectively_and_a_place_said_for_both(prompt, first, second, axis):
    got = regions(prompt)
    assert len(got) == 2
    if first is None:  # both at the bottom
        assert all(centre(b)[1] > 0.5 for _, _, b in got)
        return
    by = {low: centre(b)[axis] for _, low, b in got}
    assert by[first] < by[second]


@pytest.mark.parametrize("prompt, count", [
    ("a yellow square bottom left ; the same again top right", 2), ("THREE RED CIRCLES!!! in a row ,, please", 3),
    ("could we maybe have one blue triangle, just the one, in the middle?", 1),
    ("a purple circle with a yellow square on either side of it", 3),
])
def test_everyday_wordings_keep_the_count(prompt, count):
    assert len(regions(prompt)) == count


@pytest.mark.parametrize("prompt, axis, growing", [
    ("three circles getting smaller from top to bottom", 1, False), ("four orange squares in a row, growing from left to right", 0, True),
    ("three green triangles stacked up, the smallest one at the top", 1, True),
])
def test_sizes_stepped_along_a_line(prompt, axis, growing):
    got = sorted(regions(prompt), key=lambda r: centre(r[2])[axis])
    areas = [area(b) for _, _, b in got]
    assert len(got) >= 3 and areas == sorted(areas, reverse=not growing) and len(set(areas)) == len(areas)


def test_a_list_of_bare_shape_names_is_one_object_each_in_the_colour_said_for_all():
    got = regions("four purple shapes in a line: circle, triangle, circle, triangle")
    assert [h for h, _, _ in sorted(got, key=lambda r: centre(r[2])[0])] == ["a circle", "a triangle", "a circle", "a triangle"]
    assert all(low == "purple" for _, low, _ in got)


@pytest.mark.parametrize("prompt, colours", [
    ("four triangles in a line going yellow, green, yellow, green", ["yellow", "green", "yellow", "green"]),
    ("three circles in a row coloured blue then red then blue", ["blue", "red", "blue"]),
])
def test_a_colour_named_for_each_in_order(prompt, colours):
    assert [low for _, low, _ in sorted(regions(prompt), key=lambda r: centre(r[2])[0])] == colours


@pytest.mark.parametrize("prompt, middle_biggest", [
    ("five squares side by side with the biggest one in the centre", True), ("three red circles in a row, the middle one the smallest", False),
])
def test_the_middle_one_told_apart_by_size(prompt, middle_biggest):
    got = sorted(regions(prompt), key=lambda r: centre(r[2])[0])
    middle, ends = area(got[len(got) // 2][2]), [area(got[0][2]), area(got[-1][2])]
    assert all((middle > e) == middle_biggest for e in ends)


@pytest.mark.parametrize("prompt, count", [
    ("two rows: two orange squares up top and three green circles below", 5), ("a grid of blue circles, three rows of two", 6),
])
def test_rows_and_grids_said_with_their_counts(prompt, count):
    assert len(regions(prompt)) == count


def test_a_pair_told_apart_by_which_is_bigger():
    got = sorted(regions("two green circles next to each other, the right one bigger than the left one"), key=lambda r: centre(r[2])[0])
    assert len(got) == 2 and area(got[1][2]) > area(got[0][2])


def _read_order(prompt):
    """The regions' (colour/texture text, shape text) in reading order of the line or grid they make."""
    got = regions(prompt)
    return [(low, high) for high, low, _ in sorted(got, key=lambda r: (round(centre(r[2])[1], 1), centre(r[2])[0]))]


@pytest.mark.parametrize("prompt, lows", [
    ("seven squares in a horizontal line alternating orange and green, green first", ["green", "orange"] * 3 + ["green"]),
    ("put 4 triangles in a column, alternating between pink and blue, beginning with blue", ["blue", "pink"] * 2),
    ("a line of six blue circles, every other one striped, the leftmost one solid", ["blue", "blue, striped"] * 3),
    ("five red squares in a row, the first and the fourth striped, the others solid",
     ["red, striped", "red", "red", "red, striped", "red"]),
    ("a row of eight circles in the pattern yellow yellow purple purple", ["yellow", "yellow", "purple", "purple"] * 2),
])
def test_a_line_told_by_its_pattern_is_spelt_out_one_object_each(prompt, lows):
    got = _read_order(prompt)
    assert [low for low, _ in got] == lows


def test_a_repeated_sequence_of_shapes_keeps_its_order_and_count():
    got = _read_order("repeat square then circle three times in a row, all of them green")
    assert [high for _, high in got] == ["a square", "a circle"] * 3 and {low for low, _ in got} == {"green"}


def test_a_column_read_from_the_bottom_up_puts_the_first_item_lowest():
    got = regions("a tower of three squares from the bottom up, alternating purple and yellow")
    lows = [low for _, low, _ in sorted(got, key=lambda r: -centre(r[2])[1])]
    assert lows == ["purple", "yellow", "purple"]


@pytest.mark.parametrize("prompt, lows", [
    ("a checkerboard of 2x2 triangles, blue at the top right and bottom left, and orange in the other two",
     ["orange", "blue", "blue", "orange"]),
    ("a 3x3 grid of squares with the centre one striped", ["solid"] * 4 + ["striped"] + ["solid"] * 4),
])
def test_a_grid_told_by_its_pattern(prompt, lows):
    got = _read_order(prompt)
    assert len(got) == len(lows)
    assert [("striped" if "striped" in low else "solid") if lows[0] in ("solid", "striped") else low for low, _ in got] == lows


def test_a_repeated_run_is_cut_at_the_count_said():
    got = regions("four circles in a row repeating red, green, blue")
    assert [low for _, low, _ in sorted(got, key=lambda r: centre(r[2])[0])] == ["red", "green", "blue", "red"]


@pytest.mark.parametrize("prompt, lows", [
    ("upper row: yellow, purple; lower row: green, red - every one a circle", ["yellow", "purple", "green", "red"]),
    ("two rows of three triangles: the top row pink, the bottom row orange", ["pink"] * 3 + ["orange"] * 3),
    ("first column: a blue square over a red square; second column: a green square over a yellow square",
     ["blue", "green", "red", "yellow"]),
    ("a 2x2 grid of circles, the bottom right one striped, the other three solid", ["solid", "solid", "solid", "striped"]),
])
def test_a_grid_told_row_by_row_column_by_column_or_cell_by_cell(prompt, lows):
    got = _read_order(prompt)
    assert len(got) == len(lows)
    assert [(("striped" if "striped" in low else "solid") if lows[0] in ("solid", "striped") else low) for low, _ in got] == lows


def test_three_rows_of_two_keep_their_shape():
    got = regions("three rows of two circles: blue on top, white in the center, red at the bottom")
    xs = sorted({round(centre(b)[0], 1) for _, _, b in got})
    ys = sorted({round(centre(b)[1], 1) for _, _, b in got})
    assert len(got) == 6 and len(xs) == 2 and len(ys) == 3
    by_row = [low for _, low, _ in sorted(got, key=lambda r: centre(r[2])[1])]
    assert by_row == ["blue", "blue", "white", "white", "red", "red"]


def test_a_line_of_shapes_listed_after_a_colon_and_a_colour_said_for_all_after_it():
    got = _read_order("a column of shapes, top to bottom: triangle, circle, square, and everything striped")
    assert [high for _, high in got] == ["a triangle", "a circle", "a square"] and all("striped" in low for low, _ in got)


def test_formations_put_each_object_at_its_place():
    diamond = regions("four green squares in a diamond shape")
    xs, ys = zip(*(centre(b) for _, _, b in diamond), strict=True)
    assert len(diamond) == 4 and sorted(round(x, 1) for x in xs)[1:3] == [0.5, 0.5] and sorted(round(y, 1) for y in ys)[1:3] == [0.5, 0.5]
    tent = regions("an upside-down V of three purple circles")
    assert len(tent) == 3 and min(tent, key=lambda r: centre(r[2])[1])[2] == sorted((r[2] for r in tent), key=lambda b: centre(b)[0])[1]


def test_an_object_surrounded_by_four_others_stands_in_the_middle_of_them():
    got = regions("a blue circle encircled by four yellow triangles, one on every side")
    middle = next(b for h, low, b in got if low == "blue")
    others = [centre(b) for h, low, b in got if low == "yellow"]
    assert len(others) == 4 and centre(middle) == pytest.approx((0.5, 0.5), abs=0.05)
    assert sum(x < 0.4 for x, _ in others) == sum(x > 0.6 for x, _ in others) == sum(y < 0.4 for _, y in others) == 1


def test_a_formation_keeps_the_objects_said_after_it():
    got = regions("three orange squares in an L, and a red circle at the top right")
    assert len(got) == 4
    circle = next(b for h, low, b in got if low == "red")
    assert centre(circle)[0] > 0.6 and centre(circle)[1] < 0.4


def test_a_big_object_among_many_small_ones_keeps_its_size():
    got = regions("a large blue square and five tiny orange triangles")
    square = next(b for h, low, b in got if low == "blue")
    sides = [b[2] - b[0] for h, low, b in got if low == "orange"]
    assert len(sides) == 5 and (square[2] - square[0]) ** 2 >= 0.16 and max(sides) < 0.6 * (square[2] - square[0])


@pytest.mark.parametrize("prompt, lows", [
    ("four circles in a line, orange, teal, orange, teal, on a black background", ["orange", "teal", "orange", "teal"]),
    ("squares in one row: blue then blue then pink, and the same again", ["blue", "blue", "pink"] * 2),
    ("five squares in a row, all of them green except the second and the last, which are white", ["green", "white", "green", "green", "white"]),
    ("a row of five triangles, red, starting from the right: the 2nd one should be blue instead",
     ["red", "red", "red", "blue", "red"]),
    ("six circles in a line, the odd ones pink and the even ones green", ["pink", "green"] * 3),
])
def test_a_line_told_item_by_item_or_by_its_exceptions(prompt, lows):
    assert [low for low, _ in _read_order(prompt)] == lows


def test_a_line_is_not_rewritten_when_the_request_says_more_than_the_line():
    got = regions("three blue circles in a row and a big red square under them")
    assert len(got) == 4 and sum(low == "red" for _, low, _ in got) == 1


def test_rows_told_with_counts_and_sizes_said_as_verbs():
    got = _read_order("two rows of squares - top row: one pink square, then two white squares; bottom row: three black squares")
    assert [low for low, _ in got] == ["pink", "white", "white", "black", "black", "black"]
    shrinking = sorted(regions("five teal triangles in a line that shrink towards the right"), key=lambda r: centre(r[2])[0])
    sides = [b[2] - b[0] for _, _, b in shrinking]
    assert len(sides) == 5 and sides == sorted(sides, reverse=True) and sides[0] > sides[-1]


def test_objects_at_the_corners_of_another_stand_round_it():
    got = regions("a large pink circle with one small teal square off each of its corners")
    middle = next(b for _, low, b in got if low == "pink")
    corners = [centre(b) for _, low, b in got if low == "teal"]
    assert len(corners) == 4 and centre(middle) == pytest.approx((0.5, 0.5), abs=0.05)
    assert {(x < 0.5, y < 0.5) for x, y in corners} == {(True, True), (True, False), (False, True), (False, False)}


@pytest.mark.parametrize("prompt", [
    "four shapes on a gray background: a red circle, a blue square, a red circle and a blue square, left to right",
    "six pink triangles alternating striped and solid in a row, on a black background",
    "a plus sign of five green circles against a gray background",
])
def test_a_pattern_keeps_the_background_said_with_it(prompt):
    layout = plan(prompt)
    assert layout["background"]["high_level"] != "" and any(c in layout["background"]["high_level"] for c in ("gray", "black"))


def test_objects_each_told_with_a_place_are_not_read_as_a_line_told_by_its_items():
    got = regions("two squares stacked up: a large one at the bottom and a tiny one on top, both orange")
    low, high = sorted(got, key=lambda r: centre(r[2])[1])[::-1]
    assert len(got) == 2 and (low[2][2] - low[2][0]) > (high[2][2] - high[2][0])
    got = regions("forget the circle. four purple squares along the bottom")
    assert len(got) == 4 and all(h == "a square" for h, _, _ in got)


@pytest.mark.parametrize("prompt, low, side", [
    ("a big red square, sorry, a small one", "red", 0.22),  # the size said last, the colour said first
    ("a small blue triangle, no wait, a big one", "blue", 0.42),
    ("a big striped red circle, or rather a small blue one", "blue, striped", 0.22),  # colour and size said again, stripes kept
])
def test_a_restated_object_keeps_what_the_correction_did_not_change(prompt, low, side):
    [(_, got_low, box)] = regions(prompt)
    assert got_low == low
    assert box[2] - box[0] == pytest.approx(side, abs=0.01)


@pytest.mark.parametrize("prompt, want", [
    ("six small squares, three of them blue and three orange", {"blue": 3, "orange": 3}),
    ("four circles, two red and two green", {"red": 2, "green": 2}),
    ("five triangles: two red ones, two blue ones and one yellow", {"red": 2, "blue": 2, "yellow": 1}),
])
def test_a_count_split_by_colour_gives_each_colour_its_share(prompt, want):
    got = regions(prompt)
    assert {c: sum(low == c for _, low, _ in got) for c in want} == want and len(got) == sum(want.values())


def _regions(*shapes: str) -> list[dict]:
    return [{"id": f"r{k}", "bbox": [0.1, 0.1, 0.2, 0.2], "high_level": f"a {shape}", "low_level": ""} for k, shape in enumerate(shapes)]


@pytest.mark.parametrize("prompt, shapes, said", [
    # a total or a grid said outright
    ("eight things in all: squares and circles", ["square"] * 4 + ["circle"] * 3, "You asked for 8 objects, but the layout has 7"),
    ("a 3 by 2 grid of purple squares", ["square"] * 5, "You asked for 6 objects"),
    # everything counted: at most that many
    ("one blue triangle beside a pair of green squares, plus 2 more triangles below", ["triangle"] * 4 + ["square"] * 2,
     "Your request names 5 objects, but the layout has 6"),
    # a counted shape: at least that many of it; a shape named once: at least one
    ("a tall stack of four orange circles with a star on top", ["circle"] * 3 + ["star"], "You asked for 4 circles, but the layout has 3"),
    ("the square sits to the right of a big circle", ["circle"], "You asked for 1 square, but the layout has 0"),
    # a count said after the one group it names without one
    ("purple triangles down the left edge, four of them", ["triangle"] * 5, "Your request names 4 objects, but the layout has 5"),
    ("striped squares, biggest first, 3 of them", ["square"] * 2, "You asked for 3 squares, but the layout has 2"),
])
def test_a_layout_with_another_number_of_objects_than_the_request_states_is_said(prompt, shapes, said):
    from regiondit.agent.counts import count_notes

    notes = count_notes(prompt, _regions(*shapes))
    assert len(notes) == 1 and notes[0].startswith(said), notes


@pytest.mark.parametrize("prompt, shapes", [
    ("two circles, sorry, three circles", ["circle"] * 3),           # a change of mind: the planner's reading stands
    ("a circle with one square on each side", ["circle"] + ["square"] * 4),  # multiplied
    ("green triangles around a yellow square", ["square"] + ["triangle"] * 6),  # a group without a count
    ("five squares in a circle", ["square"] * 5),                    # the circle is the formation, not an object
    ("a blue squre and a red circel", ["square", "circle", "circle"]),  # misspelt shapes: not counted
    ("three moons and one square", ["moon"] * 3 + ["square"]),        # shapes it cannot count
    ("a red circle, with no triangles anywhere", ["circle"]),          # a shape said as not wanted
    ("squares in a line, two of them orange", ["square"] * 5),  # "two of them" with a colour: a share, not the group's count
    ("red circles and blue squares, three of them", ["circle"] * 3 + ["square"] * 3),  # which group it counts is not clear
])
def test_the_count_check_stays_quiet_where_the_request_cannot_be_counted(prompt, shapes):
    from regiondit.agent.counts import count_notes

    assert count_notes(prompt, _regions(*shapes)) == []


@pytest.mark.parametrize("prompt", [
    "a purple square below two orange circles", "three triangles, one red, one green and one blue, in a row",
    "a 2x2 grid of striped squares", "six shapes: a red, an orange and a yellow circle, then three squares along the bottom",
    "the green circle goes above the blue square", "a tiny triangle next to a huge circle, and a square between them",
])
def test_the_planner_says_nothing_about_counts_when_it_laid_out_what_was_asked(prompt):
    notes: list[str] = []
    plan(prompt, notes=notes)
    assert notes == []


@pytest.mark.parametrize("prompt, centre, ring", [
    ("a purple triangle ringed by seven small orange squares", "triangle", 7),
    ("one green circle encircled by three blue triangles", "circle", 3),
    ("a red square with six yellow circles around it", "square", 6),
])
def test_objects_said_to_ring_another_stand_round_it(prompt, centre, ring):
    regions = plan(prompt)["regions"]
    assert len(regions) == 1 + ring
    middle = next(r for r in regions if centre in r["high_level"])
    cx, cy = (middle["bbox"][0] + middle["bbox"][2]) / 2, (middle["bbox"][1] + middle["bbox"][3]) / 2
    assert abs(cx - 0.5) < 0.05 and abs(cy - 0.5) < 0.05
    others = [r for r in regions if r is not middle]
    angles = sorted(math.atan2((r["bbox"][1] + r["bbox"][3]) / 2 - cy, (r["bbox"][0] + r["bbox"][2]) / 2 - cx) for r in others)
    gaps = [b - a for a, b in zip(angles, angles[1:], strict=False)] + [2 * math.pi - angles[-1] + angles[0]]
    assert max(gaps) < 2.5 * 2 * math.pi / ring  # all the way round, not bunched on one side
    assert all(not (r["bbox"][0] < middle["bbox"][2] and middle["bbox"][0] < r["bbox"][2]
                    and r["bbox"][1] < middle["bbox"][3] and middle["bbox"][1] < r["bbox"][3]) for r in others)


@pytest.mark.parametrize("prompt, line", [
    ("five small squares across the middle", "row"), ("three red circles along the centre", "row"),
    ("four triangles down the middle", "column"),
])
def test_a_line_through_the_middle_is_a_row_or_a_column(prompt, line):
    regions = plan(prompt)["regions"]
    centres = [((r["bbox"][0] + r["bbox"][2]) / 2, (r["bbox"][1] + r["bbox"][3]) / 2) for r in regions]
    across, along = (1, 0) if line == "row" else (0, 1)
    assert max(c[across] for c in centres) - min(c[across] for c in centres) < 0.05
    assert all(abs(c[across] - 0.5) < 0.1 for c in centres)
    assert len({round(c[along], 2) for c in centres}) == len(regions)


def _centre(region: dict) -> tuple[float, float]:
    return (region["bbox"][0] + region["bbox"][2]) / 2, (region["bbox"][1] + region["bbox"][3]) / 2


def _stands(a: dict, relation: str, b: dict) -> bool:
    """Region ``a`` is clearly ``relation`` (below, above, right_of, left_of) region ``b``: centres a tenth apart."""
    (ax, ay), (bx, by) = _centre(a), _centre(b)
    return {"below": ay > by + 0.1, "above": ay < by - 0.1, "right_of": ax > bx + 0.1, "left_of": ax < bx - 0.1}[relation]


@pytest.mark.parametrize("prompt, middle, sides", [
    ("two orange squares flanking a purple triangle", "triangle", "square"),
    ("a pair of yellow circles bracketing a green square", "square", "circle"),
])
def test_objects_flanking_another_stand_either_side_of_it(prompt, middle, sides):
    regions = plan(prompt)["regions"]
    assert sorted(r["high_level"].split()[-1] for r in regions) == sorted([middle, sides, sides])
    centre = next(_centre(r) for r in regions if middle in r["high_level"])
    xs = sorted(_centre(r)[0] for r in regions if sides in r["high_level"])
    assert xs[0] < centre[0] < xs[1]


def test_a_flanked_pair_flanked_in_turn_makes_a_line_of_five_in_order():
    regions = plan("one small green circle flanked by two purple squares which are in turn flanked by two orange triangles")["regions"]
    by_x = sorted(regions, key=lambda r: _centre(r)[0])
    assert [r["high_level"].split()[-1] for r in by_x] == ["triangle", "square", "circle", "square", "triangle"]
    assert [r["low_level"].split(",")[0] for r in by_x] == ["orange", "purple", "green", "purple", "orange"]


@pytest.mark.parametrize("prompt, first, relation, second", [
    ("a purple square below a yellow circle that is to the right of a blue triangle", "circle", "right_of", "triangle"),
    ("an orange triangle next to a green square that has a red circle on top of it", "circle", "above", "square"),
])
def test_a_relative_clause_places_the_object_it_follows(prompt, first, relation, second):
    regions = plan(prompt)["regions"]
    assert len(regions) == 3
    a = _centre(next(r for r in regions if first in r["high_level"]))
    b = _centre(next(r for r in regions if second in r["high_level"]))
    assert (a[0] > b[0] + 0.1) if relation == "right_of" else (a[1] < b[1] - 0.1)


@pytest.mark.parametrize("prompt, order, axis", [
    ("a striped square vertically between two orange triangles", ["triangle", "square", "triangle"], 1),
    ("a red circle with green squares right above and right below it", ["square", "circle", "square"], 1),
    ("a purple square under a yellow triangle and over a blue circle", ["triangle", "square", "circle"], 1),
    ("an orange circle right of a green square but left of a red triangle", ["square", "circle", "triangle"], 0),
])
def test_an_object_between_two_others_above_and_below_or_told_by_two_relations(prompt, order, axis):
    regions = plan(prompt)["regions"]
    assert [r["high_level"].split()[-1] for r in sorted(regions, key=lambda r: _centre(r)[axis])] == order
    assert max(_centre(r)[1 - axis] for r in regions) - min(_centre(r)[1 - axis] for r in regions) < 0.1  # one line


@pytest.mark.parametrize("prompt, places", [
    ("two purple squares on the left and four on the right", {"left": 2, "right": 4}),
    ("three tiny striped circles at the top, two at the bottom and one in the middle", {"top": 3, "bottom": 2, "center": 1}),
    ("5 orange triangles across the top and 2 more at the bottom", {"top": 5, "bottom": 2}),
])
def test_a_count_with_a_place_and_no_noun_takes_the_group_before_it(prompt, places):
    regions = plan(prompt)["regions"]
    assert len(regions) == sum(places.values())
    first = regions[0]
    assert all(r["high_level"] == first["high_level"] and r["low_level"] == first["low_level"] for r in regions)  # the same objects
    side = {"left": lambda c: c[0] < 0.45, "right": lambda c: c[0] > 0.55, "top": lambda c: c[1] < 0.45, "bottom": lambda c: c[1] > 0.55,
            "center": lambda c: 0.3 < c[0] < 0.7 and 0.3 < c[1] < 0.7}
    for place, n in places.items():
        assert sum(side[place](_centre(r)) for r in regions) >= n, place


@pytest.mark.parametrize("prompt, order, axis", [
    ("three circles in a row: blue on the left, red on the right and orange in between", ["blue", "orange", "red"], 0),
    ("three striped squares stacked up: yellow at the top, purple at the bottom, green in between", ["yellow", "green", "purple"], 1),
])
def test_an_item_said_to_be_in_between_goes_between_the_two_at_the_ends(prompt, order, axis):
    regions = plan(prompt)["regions"]
    assert [r["low_level"].split(",")[0] for r in sorted(regions, key=lambda r: _centre(r)[axis])] == order


@pytest.mark.parametrize("prompt, told, where, words", [
    ("two triangles side by side, the right one striped", "striped", lambda c: c[0] > 0.5, 2),
    ("two squares, the bottom one orange", "orange", lambda c: c[1] > 0.5, 2),
    ("five circles in a row, the last one green", "green", lambda c: c[0] > 0.75, 5),
    ("four squares, one purple", "purple", lambda c: True, 4),
])
def test_one_member_of_a_group_told_apart_gets_it_and_the_others_stay_plain(prompt, told, where, words):
    regions = plan(prompt)["regions"]
    assert len(regions) == words
    marked = [r for r in regions if told in r["low_level"]]
    assert len(marked) == 1 and where(_centre(marked[0]))


@pytest.mark.parametrize("prompt, region, where", [
    ("a small green triangle, oops, make it purple", ("triangle", "purple"), None),
    ("a yellow square at the bottom, no wait, I meant a yellow circle", ("circle", "yellow"), lambda c: c[1] > 0.5),
    ("an orange circle on the right - sorry, an orange triangle", ("triangle", "orange"), lambda c: c[0] > 0.5),
])
def test_a_change_of_mind_keeps_what_it_did_not_change(prompt, region, where):
    regions = plan(prompt)["regions"]
    assert len(regions) == 1 and region[0] in regions[0]["high_level"] and region[1] in regions[0]["low_level"]
    assert where is None or where(_centre(regions[0]))


@pytest.mark.parametrize("prompt, centre, ring", [
    ("a circle of five striped squares around a red triangle", "triangle", 5),
    ("seven small circles arranged in a ring around one big purple square", "square", 7),
    ("a yellow circle with a green square above it, below it, to its left and to its right", "circle", 4),
    ("four squares forming a diamond around a blue triangle", "triangle", 4),
])
def test_a_ring_said_other_ways_stands_round_its_centre(prompt, centre, ring):
    test_objects_said_to_ring_another_stand_round_it(prompt, centre, ring)


def test_a_grid_size_said_before_its_objects_counts_them():
    regions = plan("3x3 grid, small orange circles")["regions"]
    assert len(regions) == 9 and all("circle" in r["high_level"] and "orange" in r["low_level"] for r in regions)


@pytest.mark.parametrize("prompt, where", [
    ("the top half should have a striped square and a purple circle", lambda c: c[1] < 0.5),
    ("everything in the left half: an orange triangle and a green square", lambda c: c[0] < 0.5),
    ("fill the two bottom corners with yellow circles", lambda c: c[1] > 0.5),
])
def test_a_place_said_for_everything_before_the_objects_holds_for_each(prompt, where):
    regions = plan(prompt)["regions"]
    assert len(regions) == 2 and all(where(_centre(r)) for r in regions)


def test_the_one_of_a_colour_takes_the_place_said_for_it_and_no_colour_is_drawn_that_was_left_out():
    regions = plan("purple square beside green circle, green one on the right side")["regions"]
    assert len(regions) == 2
    green = next(r for r in regions if "green" in r["low_level"])
    assert "circle" in green["high_level"] and _centre(green)[0] > 0.5
    regions = plan("a yellow circle and a red triangle, without using any purple")["regions"]
    assert [r["low_level"] for r in regions] == ["yellow", "red"]


@pytest.mark.parametrize("prompt, checks", [
    ("a yellow triangle below a red square and to the right of a blue circle",
     [("triangle", "below", "square"), ("triangle", "right_of", "circle")]),
    ("the green square goes above the orange circle but left of the purple triangle",
     [("square", "above", "circle"), ("square", "left_of", "triangle")]),
    ("a square above a circle and a triangle under the circle", [("square", "above", "circle"), ("triangle", "below", "circle")]),
])
def test_an_object_told_by_two_relations_to_two_others_keeps_both(prompt, checks):
    regions = plan(prompt)["regions"]
    assert len(regions) == 3
    at = {r["high_level"].split()[-1]: r for r in regions}
    for a, relation, b in checks:
        assert _stands(at[a], relation, at[b]), (a, relation, b)


@pytest.mark.parametrize("prompt, count, check", [
    ("please draw five blue square in a row and one green circle", 6, None),  # a count of five names five
    ("three shapes at the top, all green triangles, and one red circle at the bottom", 4,
     lambda rs: sum(_centre(r)[1] < 0.5 for r in rs if "triangle" in r["high_level"]) == 3),
    ("an orange circle at the bottom. Next to it on the right, a blue square.", 2,
     lambda rs: _centre(next(r for r in rs if "square" in r["high_level"]))[0] > _centre(next(r for r in rs if "circle" in r["high_level"]))[0]),
    ("a red circle below a blue circle and all of them in the right half", 2, lambda rs: all(_centre(r)[0] > 0.5 for r in rs)),
])
def test_plain_speech_about_counts_sides_and_groups(prompt, count, check):
    notes: list[str] = []
    regions = plan(prompt, notes=notes)["regions"]
    assert len(regions) == count and not notes
    assert check is None or check(regions)


def test_a_pair_distributed_after_a_placed_object_stays_a_pair_and_a_new_message_is_not_a_correction():
    regions = plan("a striped blue square in the middle, between two yellow circles, one on the left and one on the right")["regions"]
    assert sorted(r["high_level"].split()[-1] for r in regions) == ["circle", "circle", "square"]
    regions = plan("actually make the triangle orange")["regions"]
    assert len(regions) == 1 and "orange" in regions[0]["low_level"]


@pytest.mark.parametrize("prompt, checks", [
    # a relation said first, with or without a comma after it
    ("start with an orange square. beneath the orange square put a green triangle",
     [("triangle", "below", "square")]),
    ("a purple circle and then to the right of the purple circle a yellow square", [("square", "right_of", "circle")]),
    # a place said first, set off by commas, belongs to the object after it
    ("one big blue square and, over in the bottom right corner, a small red circle", [("circle", "right_of", "square")]),
    # "them" and "both" are every object named one after another just before
    ("a green circle and a purple circle. Underneath both, one orange triangle", [("triangle", "below", "circle")]),
    ("put a red square and a blue circle on the page; above them a small yellow triangle",
     [("triangle", "above", "square"), ("triangle", "above", "circle")]),
])
def test_a_relation_or_place_said_before_its_object_is_that_objects(prompt, checks):
    regions = plan(prompt)["regions"]
    assert len(regions) == len(re.findall(r"\b(?:an?|one)\b", prompt.lower()))  # each object once
    for a, relation, b in checks:
        for ra in (r for r in regions if r["high_level"].endswith(a)):
            for rb in (r for r in regions if r["high_level"].endswith(b)):
                assert _stands(ra, relation, rb), (prompt, a, relation, b)


@pytest.mark.parametrize("prompt, subject, colour, relation, other", [
    ("a yellow triangle that's right of a green circle", "triangle", "yellow", "right_of", "circle"),
    ("the circle that is beneath the red square has to be blue", "circle", "blue", "below", "square"),
    ("the small square which is left of the purple triangle should be orange", "square", "orange", "left_of", "triangle"),
])
def test_an_object_told_by_what_it_stands_next_to_gets_the_colour_said_for_it(prompt, subject, colour, relation, other):
    regions = plan(prompt)["regions"]
    assert sorted(r["high_level"].split()[-1] for r in regions) == sorted([subject, other])
    a = next(r for r in regions if r["high_level"].endswith(subject))
    b = next(r for r in regions if r["high_level"].endswith(other))
    assert a["low_level"] == colour
    assert _stands(a, relation, b)


@pytest.mark.parametrize("prompt, lines, axis", [
    # a square grid told by its columns or rows: as many in each as the grid's side, in that column or row, in the order told
    ("3 by 3 grid; the top row is green squares, the middle row purple circles, the bottom row red triangles",
     ["square", "circle", "triangle"], 1),
    ("make a 2x2 grid with orange circles in the right column and blue triangles in the left column", ["triangle", "circle"], 0),
])
def test_a_grid_told_by_its_rows_or_columns_fills_each_with_its_group(prompt, lines, axis):
    regions = plan(prompt)["regions"]
    side = len(lines)
    at = {noun: [_centre(r) for r in regions if r["high_level"].endswith(noun)] for noun in lines}
    assert len(regions) == side * side and all(len(c) == side for c in at.values())
    for a, b in itertools.pairwise(lines):
        assert max(c[axis] for c in at[a]) < min(c[axis] for c in at[b])  # one line after the other
    assert all(max(c[axis] for c in cs) - min(c[axis] for c in cs) < 0.1 for cs in at.values())  # each group one line


@pytest.mark.parametrize("prompt, count, line, end", [
    ("three yellow squares in the left column", 3, "column", "left"),
    ("put 4 green triangles along the bottom row", 4, "row", "bottom"),
])
def test_a_counted_group_in_a_column_or_row_lines_up_there(prompt, count, line, end):
    centres = [_centre(r) for r in plan(prompt)["regions"]]
    along, across = (1, 0) if line == "column" else (0, 1)
    assert len(centres) == count
    assert max(c[along] for c in centres) - min(c[along] for c in centres) > 0.4  # spread along the line
    assert max(c[across] for c in centres) - min(c[across] for c in centres) < 0.1  # in one line
    assert (centres[0][across] < 0.4) if end in ("left", "top") else (centres[0][across] > 0.6)


@pytest.mark.parametrize("prompt, order, axis", [
    ("two green squares and one red triangle lined up side by side, the triangle in the middle", ["square", "triangle", "square"], 0),
    ("stack two blue circles and a yellow square vertically with the square in the centre", ["circle", "square", "circle"], 1),
])
def test_a_pair_and_one_in_a_line_with_the_one_in_the_middle_stands_between_the_pair(prompt, order, axis):
    regions = sorted(plan(prompt)["regions"], key=lambda r: _centre(r)[axis])
    assert [r["high_level"].split()[-1] for r in regions] == order


@pytest.mark.parametrize("prompt, colours", [
    ("three triangles and a circle in a row; triangles are orange, circle green", {"triangle": "orange", "circle": "green"}),
    ("a square and two circles. circles should be blue and the square purple", {"square": "purple", "circle": "blue"}),
])
def test_a_colour_said_for_a_bare_plural_named_before_colours_that_group(prompt, colours):
    regions = plan(prompt)["regions"]
    assert len(regions) == (4 if "three" in prompt else 3)
    assert all(r["low_level"] == colours[r["high_level"].split()[-1]] for r in regions)


def test_a_relation_said_before_its_object_may_be_between_two_named_with_it():
    regions = plan("Between the big blue square on the left and the small blue square on the right, add a red triangle")["regions"]
    squares = [_centre(r)[0] for r in regions if r["high_level"].endswith("square")]
    triangle = [_centre(r)[0] for r in regions if r["high_level"].endswith("triangle")]
    assert len(squares) == 2 and len(triangle) == 1 and min(squares) < triangle[0] < max(squares)


@pytest.mark.parametrize("prompt, axis", [
    ("a vertical stack: square on top, circle, triangle at the bottom. all orange", 1),
    ("one horizontal line: square at the left, circle, triangle on the right", 0),
])
def test_a_line_named_with_its_direction_before_a_colon_lists_its_items_in_order(prompt, axis):
    regions = plan(prompt)["regions"]
    assert [r["high_level"].split()[-1] for r in sorted(regions, key=lambda r: _centre(r)[axis])] == ["square", "circle", "triangle"]
    assert max(_centre(r)[1 - axis] for r in regions) - min(_centre(r)[1 - axis] for r in regions) < 0.1


@pytest.mark.parametrize("prompt, figure", [
    ("a cross shape in blue: a circle at the top, a square at the bottom, a triangle on the left and a circle on the right", "cross"),
    ("an L: two squares on the left, one above the other, and a yellow square to the right of the lower one", "'l'"),
])
def test_the_figure_shapes_are_laid_out_in_is_no_object_and_is_said(prompt, figure):
    notes: list[str] = []
    layout = plan(prompt, notes=notes)
    nouns = [r["high_level"].split()[-1] for r in layout["regions"]]
    assert set(nouns) <= {"circle", "square", "triangle"}, nouns  # no region for the figure itself
    assert any(figure in n and "cannot lay" in n for n in notes), notes  # and the user hears it was not laid out as such
    if "in blue" in prompt:                                         # a colour said for the figure is its shapes'
        assert all(r["low_level"] == "blue" for r in layout["regions"]) and len(nouns) == 4


def test_words_that_only_point_back_become_no_object_without_a_word():
    notes: list[str] = []
    layout = plan("four triangles in a row, the first big and striped, the rest plain", notes=notes)
    nouns = [r["high_level"].split()[-1] for r in layout["regions"]]
    assert nouns == ["triangle"] * 4, nouns  # no region for "the first" or "the rest" ...
    assert any("could not tell" in n and "'rest'" in n for n in notes), notes  # ... and what was not understood is said
    layout = plan("a red square, and another square that's blue")  # "square that's": the shape said is the object
    assert sorted(r["low_level"] for r in layout["regions"]) == ["blue", "red"]


@pytest.mark.parametrize("prompt, axis, colours", [
    ("beginning at the top: a purple square, then an orange square, and last a green square", 1, ["purple", "orange", "green"]),
    ("start from the right with a blue triangle, next a red triangle, then finally a yellow triangle", 0, ["yellow", "red", "blue"]),
])
def test_a_list_ordered_by_where_it_starts(prompt, axis, colours):
    got = sorted(regions(prompt), key=lambda r: centre(r[2])[axis])  # left to right, or top to bottom
    assert [low for _, low, _ in got] == colours, got


@pytest.mark.parametrize("prompt, mover, side, anchor", [
    ("a red circle beside a green triangle, on the triangle's right", "circle", "right_of", "triangle"),
    ("next to the blue square, just to its left, a yellow circle", "circle", "left_of", "square"),
    ("the purple triangle is on your left and the orange square is on your right", "triangle", "left_of", "square"),
])
def test_the_side_said_after_next_to_is_kept(prompt, mover, side, anchor):
    layout = plan(prompt)
    assert len(layout["regions"]) == 2, layout["regions"]
    by = {r["high_level"].split()[-1]: r for r in layout["regions"]}
    assert _stands(by[mover], side, by[anchor]), layout["regions"]


@pytest.mark.parametrize("prompt, middle, top, bottom", [
    ("up and down between a red square and a green square, place a yellow circle", "circle", "red", "green"),
    ("the blue triangle sits above the red circle yet below the green square", "triangle", "green", "red"),
])
def test_between_on_the_vertical_axis(prompt, middle, top, bottom):
    layout = plan(prompt)
    assert len(layout["regions"]) == 3, layout["regions"]
    mid = next(r for r in layout["regions"] if r["high_level"].endswith(middle))
    up = next(r for r in layout["regions"] if r["low_level"] == top)
    down = next(r for r in layout["regions"] if r["low_level"] == bottom)
    assert _stands(up, "above", mid) and _stands(mid, "above", down), layout["regions"]


def test_horizontally_in_between_is_between_not_a_row_order():
    got = {low: centre(box)[0] for _, low, box in regions("horizontally in between a purple square and an orange square, a tiny red triangle")}
    assert min(got["purple"], got["orange"]) < got["red"] < max(got["purple"], got["orange"]), got


@pytest.mark.parametrize("prompt, mover, relations, anchor", [
    ("a purple square in the top right, and a red circle diagonally below it to the left", "circle", ("below", "left_of"), "square"),
    ("an orange triangle up and to the right of a blue square", "triangle", ("above", "right_of"), "square"),
    ("a green circle that sits left of the yellow triangle and also higher than it", "circle", ("above", "left_of"), "triangle"),
    ("a small square, and diagonally up to the left of it, a big circle", "circle", ("above", "left_of"), "square"),
])
def test_a_diagonal_neighbour_is_off_both_axes(prompt, mover, relations, anchor):
    layout = plan(prompt)
    assert len(layout["regions"]) == 2, layout["regions"]
    by = {r["high_level"].split()[-1]: r for r in layout["regions"]}
    assert all(_stands(by[mover], relation, by[anchor]) for relation in relations), layout["regions"]


def test_a_diagonal_line_told_item_by_item_starts_in_the_corner_said():
    got = regions("put four squares along a diagonal starting at the bottom right: red, blue, red, blue")
    xs, ys = zip(*(centre(box) for _, _, box in got), strict=True)
    assert len(got) == 4 and [low for _, low, _ in got] == ["red", "blue", "red", "blue"], got
    assert list(xs) == sorted(xs, reverse=True) and list(ys) == sorted(ys, reverse=True), got  # from the bottom right, up and left


@pytest.mark.parametrize("prompt, want", [
    # (shape, colour or texture, where: a PLACES key of the paraphrase checks, or None) for every region, in any order
    ("a red circl belw a blue sqare", {("square", "blue", "top"), ("circle", "red", "bottom")}),
    ("Draw an orange triangle. Then drag it into the top right.", {("triangle", "orange", "top_right")}),
    ("a red square hemmed in by blue circles on all 4 sides", {("square", "red", "center")} | {("circle", "blue", None)}),
    ("two of each kind, each and every one yellow", {("circle", "yellow", None), ("square", "yellow", None),
                                                                                     ("triangle", "yellow", None)}),
    ("fill the whole bottom half with a big green triangle", {("triangle", "green", "bottom")}),
    ("a pink square with a stripe design, bottom left", {("square", "striped", "bottom_left")}),
    ("a yellow square up high and a blue circle down low", {("square", "yellow", "top"), ("circle", "blue", "bottom")}),
    ("a red triangle. now shift it over to the left", {("triangle", "red", "left")}),
    ("five circles... no, make that three. Purple ones.", {("circle", "purple", None)}),
])
def test_everyday_wordings_of_places_counts_and_textures(prompt, want):
    from regiondit.evals.paraphrases import PLACES

    got = regions(prompt)
    for shape, attribute, where in want:
        assert any(high.endswith(shape) and attribute in low and (where is None or PLACES[where](*centre(box))) for high, low, box in got), (
            shape, attribute, where, got)
    counts = {"hemmed": 5, "two of each": 6, "three. purple": 3}
    for said, n in counts.items():
        if said in prompt.lower():
            assert len(got) == n, got


def test_a_colour_said_for_one_shape_of_a_scene_goes_to_that_shape_only():
    got = regions("a yellow triangle and a square, with two circles on either side of them, the circles all green")
    assert all(low == "green" for high, low, _ in got if high.endswith("circle")), got
    assert [low for high, low, _ in got if high.endswith("square")] == [""], got  # the square named no colour and gets none


def test_a_markdown_table_of_places_and_objects():
    table = "| object | where |\n|:--|:--|\n| purple triangle | bottom left |\n| striped yellow circle | top right |\n| green square | center |"
    got = {high.split()[-1]: (low, centre(box)) for high, low, box in regions(table)}
    assert set(got) == {"triangle", "circle", "square"}, got
    assert got["triangle"][1][0] < 0.4 < 0.6 < got["triangle"][1][1] and got["circle"][1][0] > 0.6 > 0.4 > got["circle"][1][1], got
    assert got["circle"][0] == "yellow, striped" and got["square"][0] == "green", got


def test_a_big_object_in_the_middle_keeps_its_size_beside_corner_objects():
    got = regions("a huge purple circle in the centre, a blue square at the top left and a red triangle at the bottom right")
    big = next(box for high, _, box in got if high.endswith("circle"))
    assert big[2] - big[0] >= 0.4, got  # "big" enough to read as big (the paraphrase checks' 16% of the canvas)
    for high, _, box in got:
        if not high.endswith("circle"):
            assert box[2] - box[0] >= 0.2 and overlap(box, big) == 0, got  # the corner objects step aside, not vanish


def test_a_shade_drawn_as_its_colour_is_said():
    notes: list[str] = []
    layout = plan("a lilac square above a crimson circle", notes=notes)
    assert sorted(r["low_level"] for r in layout["regions"]) == ["purple", "red"]
    assert notes == ["I drew lilac as purple and crimson as red, the nearest colours I know."], notes
    notes.clear()
    plan("a royal blue square above a red circle", notes=notes)  # "royal blue" names the colour drawn: nothing to say
    assert notes == [], notes


@pytest.mark.parametrize("module", ["paraphrases_constructions", "paraphrases_mixed"])
def test_the_newest_hand_written_sets_are_satisfiable_and_constraining(module):
    """Each case has a layout that passes, and a layout missing any region, breaking one constraint, or drawing one
    object in another colour, shape or texture fails: the set can tell a right plan from a wrong one."""
    from importlib import import_module

    from regiondit.evals.paraphrases import verify_hand_written

    tally = verify_hand_written(import_module(f"regiondit.evals.{module}").CASES)
    cases = len(import_module(f"regiondit.evals.{module}").CASES)
    assert tally["accepted"] == tally["rejected: dropped"] == tally["rejected: each region dropped (cases)"] == cases
    assert tally["rejected: one object miscoloured/renamed"] == cases and tally["constraint broken alone: rejected"] > cases


def test_respectively_gives_each_object_its_place_or_relation():
    got = {high.split()[-1]: centre(box) for high, _, box in regions("a circle, a square and a triangle at the bottom right, top left "
                                                                         "and center respectively")}
    assert got["circle"][0] > 0.6 and got["circle"][1] > 0.6 and got["square"][0] < 0.4 and got["square"][1] < 0.4, got
    assert 0.3 < got["triangle"][0] < 0.7 and 0.3 < got["triangle"][1] < 0.7, got
    layout = plan("a red circle and a green circle, respectively left of and right of a big square")
    by = {r["low_level"]: r for r in layout["regions"]}
    assert len(layout["regions"]) == 3 and _stands(by["red"], "left_of", by[""]) and _stands(by["green"], "right_of", by[""]), layout


def test_a_big_object_between_two_small_ones_stays_big():
    got = regions("a huge orange square with a tiny blue circle on each side of it")
    big = next(box for high, _, box in got if high.endswith("square"))
    assert len(got) == 3 and big[2] - big[0] >= 0.4, got


def test_each_smaller_than_the_last_told_with_even():
    got = {low: box[2] - box[0] for _, low, box in regions("three circles: a large green one, a smaller pink one and an even smaller purple one")}
    assert got["green"] > got["pink"] > got["purple"], got


@pytest.mark.parametrize("prompt, named, more, where", [
    ("a yellow square and two other shapes on the left", "square", 2, "left"),
    ("a purple triangle with three more shapes below it", "triangle", 3, "below"),
])
def test_other_shapes_asked_without_naming_them(prompt, named, more, where):
    notes: list[str] = []
    layout = plan(prompt, notes=notes)
    others = [r for r in layout["regions"] if not r["high_level"].endswith(named)]
    first = next(r for r in layout["regions"] if r["high_level"].endswith(named))
    assert len(layout["regions"]) == 1 + more and len(others) == more and not notes, (layout["regions"], notes)
    assert all(r["high_level"].split()[-1] in ("circle", "square", "triangle") for r in others), others  # shapes it can draw
    assert all(centre(r["bbox"])[0] < 0.5 if where == "left" else _stands(r, "below", first) for r in others), layout["regions"]


def _by_colour(prompt: str) -> tuple[dict[str, dict], list[str]]:
    notes: list[str] = []
    regions = plan(prompt, notes=notes)["regions"]
    return {r["low_level"].split(",")[0]: r for r in regions}, notes


@pytest.mark.parametrize("prompt, around, placed", [
    ("put a yellow circle at the center, a purple triangle above it and an orange square under it",
     "yellow", {"purple": ["above"], "orange": ["below"]}),
    ("a big blue square, a red circle on its left and a green circle on its right", "blue", {"red": ["left_of"], "green": ["right_of"]}),
    ("a white background with a purple square; an orange triangle over it, a yellow circle beneath it, a red circle left of it",
     "purple", {"orange": ["above"], "yellow": ["below"], "red": ["left_of"]}),
    ("one green circle in the middle, a red square below it to the left and a blue square below it to the right",
     "green", {"red": ["below", "left_of"], "blue": ["below", "right_of"]}),
])
def test_places_said_one_after_another_against_it_are_all_round_the_same_object(prompt, around, placed):
    regions, _ = _by_colour(prompt)
    for colour, relations in placed.items():
        assert all(_stands(regions[colour], rel, regions[around]) for rel in relations), (colour, relations, regions)


def test_the_same_place_said_again_against_it_stacks_and_a_sequence_word_is_not_what_it_means():
    regions = plan("a green triangle, a red square above it, and an orange square above it")["regions"]
    ys = {r["low_level"]: _centre(r)[1] for r in regions}
    assert ys["orange"] < ys["red"] < ys["green"]  # a stack, each above the one before
    regions, _ = _by_colour("Begin with a blue square in the middle. Next, a red circle to the left of it. Then a yellow circle right of it.")
    assert _stands(regions["red"], "left_of", regions["blue"]) and _stands(regions["yellow"], "right_of", regions["blue"])


def test_two_relations_in_a_row_tie_the_middle_object_to_both_and_a_web_of_places_spreads_out():
    # "X above Y left of Z": Y is the partner of the first relation and the subject of the second
    regions, _ = _by_colour("a purple square above an orange circle which is left of a yellow triangle")
    assert _stands(regions["purple"], "above", regions["orange"]) and _stands(regions["orange"], "left_of", regions["yellow"])
    regions, _ = _by_colour("a red triangle above a blue circle above a green square, and a yellow circle to the right of the square")
    assert _stands(regions["red"], "above", regions["blue"]) and _stands(regions["blue"], "above", regions["green"])
    assert _stands(regions["yellow"], "right_of", regions["green"])
    assert all(overlap(a["bbox"], b["bbox"]) == 0 for a, b in itertools.combinations(regions.values(), 2))


@pytest.mark.parametrize("prompt", [
    "A red circle on the left. Next, a blue square below it. Finally, a green triangle to its right.",
    "First, a red circle at the top left. Second, a blue square in the middle. Lastly a green triangle at the bottom right.",
    "a red circle, after that a blue square, and to finish a green triangle",
])
def test_sequence_words_that_start_a_clause_draw_nothing_and_warn_of_nothing(prompt):
    # "next", "first", "lastly" order the telling, they name no object: three shapes, no note about a word not understood
    regions, notes = _by_colour(prompt)
    assert sorted(regions) == ["blue", "green", "red"] and all(r["high_level"] != "a shape" for r in regions.values())
    assert notes == []


def test_next_to_and_ordinals_keep_their_meaning_beside_sequence_words():
    regions, _ = _by_colour("a red circle. Next to it, a blue square")
    assert _stands(regions["blue"], "right_of", regions["red"]) or _stands(regions["blue"], "left_of", regions["red"])
    regions, _ = _by_colour("three circles in a row: first one blue, second one red, last one green")
    xs = sorted(regions, key=lambda c: _centre(regions[c])[0])
    assert xs == ["blue", "red", "green"]


def test_the_figures_set_is_satisfiable_and_constraining():
    """Each figure request has a hand-built reference layout that passes, and fails with any one region dropped."""
    from regiondit.evals.paraphrases_figures import CASES, self_check

    tally = self_check()
    assert tally["reference layouts passed"] == len(CASES) >= 100
    assert tally["drop-one layouts failed"] >= 4 * len(CASES)


def test_the_formations_set_is_satisfiable_and_constraining():
    """The blind formations set (evals/paraphrases_formations.py): every hand-drawn reference passes, and every layout
    with one object dropped, miscoloured or two objects swapped fails."""
    from regiondit.evals.paraphrases_formations import CASES, self_check

    tally = self_check()
    assert tally["references accepted"] == len(CASES) >= 140
    assert tally["rejected: one object dropped"] >= 5 * len(CASES) and tally["rejected: one object miscoloured"] >= 5 * len(CASES)


def test_figures_of_any_count_are_drawn_to_scale_and_their_told_parts_take_their_colours():
    # a V of seven: the tip lowest and in the middle, the arms rising to both top corners, nothing overlapping
    regions = plan("a V made of 7 blue circles")["regions"]
    xs, ys = zip(*(_centre(r) for r in regions), strict=True)
    assert len(regions) == 7 and max(ys) == ys[min(range(7), key=lambda k: abs(xs[k] - 0.5))] and min(xs) < 0.25 < 0.75 < max(xs)
    assert all(overlap(a["bbox"], b["bbox"]) == 0 for a, b in itertools.combinations(regions, 2))
    # an upside-down T: the crossbar along the bottom, the stem rising from its middle
    regions = plan("an upside down T of five yellow triangles")["regions"]
    bottom = [r for r in regions if _centre(r)[1] > 0.7]
    assert len(bottom) == 3 and all(abs(_centre(r)[0] - 0.5) < 0.05 for r in regions if r not in bottom)
    # a pyramid told row by row: the colours go to the rows they were said of
    regions = plan("Pyramid: 3 yellow triangles at the base, 2 orange triangles in the middle, 1 red triangle at the peak.")["regions"]
    rows = sorted(regions, key=lambda r: _centre(r)[1])
    assert [r["low_level"] for r in rows] == ["red", "orange", "orange", "yellow", "yellow", "yellow"]
    # a count the parts give: "two on each arm and one at the tip" is five
    assert len(plan("a V of orange squares, two on each arm and one at the tip at the bottom")["regions"]) == 5


def test_every_figure_of_the_library_keeps_its_key_points_and_a_count_too_small_draws_none():
    from regiondit.agent import figures

    for name in [*figures.LETTERS, *figures.SHAPED, "zigzag", "wave", "staircase"]:
        n = figures.default_count(name)
        points = figures.figure_points(name, n)
        assert points is not None and len(points) == n, name
        assert all(-1e-9 <= v <= 1 + 1e-9 for p in points for v in p), name  # inside its box
        assert min(math.dist(a, b) for a, b in itertools.combinations(points, 2)) > 0.05, name  # no two on one spot
    e = figures.figure_points("e", 7)  # an E of seven still shows its three bars' ends and its spine's corners
    assert {(1.0, 0.0), (0.0, 0.0), (0.0, 0.5), (0.0, 1.0), (1.0, 1.0)} <= {(round(x, 3), round(y, 3)) for x, y in e}
    assert figures.figure_points("e", 3) is None and figures.figure_points("arrow", 3) is None


def test_figures_named_by_what_they_look_like_are_drawn_as_such():
    # a ring: every centre as far from the middle as the others, none overlapping
    regions = plan("nine green circles arranged in a circle")["regions"]
    radii = [math.dist(_centre(r), (0.5, 0.5)) for r in regions]
    assert len(regions) == 9 and max(radii) - min(radii) < 0.03 and min(radii) > 0.25
    assert all(overlap(a["bbox"], b["bbox"]) == 0 for a, b in itertools.combinations(regions, 2))
    # a zigzag of listed colours: in the order said from the left, each one up where its neighbours are down
    regions = sorted(plan("red, blue, green, yellow and purple circles in a zigzag")["regions"], key=lambda r: _centre(r)[0])
    assert [r["low_level"] for r in regions] == ["red", "blue", "green", "yellow", "purple"]
    ys = [_centre(r)[1] for r in regions]
    assert all((a - b) * (b - c) < 0 for a, b, c in zip(ys, ys[1:], ys[2:], strict=False))
    # an arrow pointing left: the tip leftmost at mid height, the head's ends above and below the shaft
    regions = plan("an arrow of seven orange squares pointing left")["regions"]
    tip = min(regions, key=lambda r: _centre(r)[0])
    assert len(regions) == 7 and abs(_centre(tip)[1] - 0.5) < 0.02
    assert min(_centre(r)[1] for r in regions) < 0.35 and max(_centre(r)[1] for r in regions) > 0.65
    # a letter without a count: as many as draw it; an H has two uprights and a bar between them
    regions = plan("the letter H made of blue squares")["regions"]
    xs = sorted(round(_centre(r)[0], 2) for r in regions)
    assert len(regions) >= 7 and xs.count(xs[0]) >= 3 and xs.count(xs[-1]) >= 3 and all(r["low_level"] == "blue" for r in regions)
    # a staircase going down: each step right of and below the last
    steps = sorted((_centre(r) for r in plan("stairs going down made of five squares")["regions"]))
    assert len(steps) == 5 and all(a[1] < b[1] for a, b in itertools.pairwise(steps))


def test_two_figures_said_in_two_places_are_both_drawn_each_as_its_own():
    regions = plan("a V of five red circles on the left and an upside down V of five blue squares on the right")["regions"]
    circles = [_centre(r) for r in regions if r["high_level"].endswith("circle")]
    squares = [_centre(r) for r in regions if r["high_level"].endswith("square")]
    assert len(circles) == len(squares) == 5 and max(x for x, _ in circles) < min(x for x, _ in squares)
    lowest = max(circles, key=lambda c: c[1])  # a V: its tip at the bottom; the upside-down one's at the top
    assert abs(lowest[0] - sum(x for x, _ in circles) / 5) < 0.02 and abs(min(squares, key=lambda c: c[1])[0] - sum(x for x, _ in squares) / 5) < 0.02


def test_digits_and_short_words_are_written_with_shapes():
    # a 7: a bar along the top and one stroke down from its right end to the bottom
    regions = plan("the number 7 made of red circles")["regions"]
    top = [r for r in regions if _centre(r)[1] < 0.2]
    assert len(regions) >= 5 and len(top) >= 3 and all(r["low_level"] == "red" for r in regions)
    assert max(_centre(r)[1] for r in regions) > 0.8 and min(_centre(r)[0] for r in regions if r not in top) > 0.3
    # "HI": two letters side by side, the H's uprights left of the I's and its bar between them, nothing overlapping, the
    # count said kept
    regions = plan("spell HI with 12 blue squares")["regions"]
    xs = [round(_centre(r)[0], 2) for r in regions]
    columns = sorted(x for x in set(xs) if xs.count(x) >= 3)
    assert len(regions) == 12 and len(columns) == 3
    assert any(columns[0] < x < columns[1] and abs(_centre(r)[1] - 0.5) < 0.05 for x, r in zip(xs, regions, strict=True))
    assert all(overlap(a["bbox"], b["bbox"]) == 0 for a, b in itertools.combinations(regions, 2))


def test_a_figure_said_to_go_somewhere_is_drawn_there_and_a_shape_in_a_shape_is_no_figure():
    for prompt, inside in [("a small zigzag of four circles in the top left", lambda x, y: x < 0.5 and y < 0.5),
                           ("in the bottom right, an arrow of 6 squares pointing down", lambda x, y: x > 0.5 and y > 0.5),
                           ("a tiny heart of pink circles", lambda x, y: 0.25 <= x <= 0.75 and 0.25 <= y <= 0.75)]:
        regions = plan(prompt)["regions"]
        assert len(regions) in (4, 6, 10) and all(inside(*_centre(r)) for r in regions), prompt
    assert len(plan("a red dot in a blue circle")["regions"]) <= 2  # one shape inside another: no ring of eight


def _within(inner, outer):
    return all(inner[k] >= outer[k] for k in (0, 1)) and all(inner[k] <= outer[k] for k in (2, 3))


@pytest.mark.parametrize("prompt", ["a red circle inside a big blue square", "a blue square with a red circle inside it",
                                    "a yellow dot in a green square", "a small purple circle enclosed by an orange square on the left",
                                    "a blue square, and in the middle of it a red circle"])
def test_one_object_said_inside_another_is_drawn_inside_it(prompt):
    regions = plan(prompt)["regions"]
    square, circle = (next(r for r in regions if r["high_level"].endswith(noun)) for noun in ("square", "circle"))
    assert len(regions) == 2 and _within(circle["bbox"], square["bbox"]), regions
    assert (circle["bbox"][2] - circle["bbox"][0]) < 0.7 * (square["bbox"][2] - square["bbox"][0])  # a frame left around it
    if "on the left" in prompt:
        assert _centre(square)[0] < 0.5


def test_several_inside_one_share_it_and_shapes_in_a_formation_are_not_inside_anything():
    regions = plan("a big circle containing two small squares")["regions"]
    circle, squares = regions[0], [r for r in regions if r["high_level"].endswith("square")]
    assert len(squares) == 2 and all(_within(s["bbox"], circle["bbox"]) for s in squares) and overlap(squares[0]["bbox"], squares[1]["bbox"]) == 0
    regions = plan("three circles in a triangle")["regions"]  # a pyramid of three, no triangle drawn
    assert [r["high_level"] for r in regions] == ["a circle"] * 3 and len({round(_centre(r)[1], 2) for r in regions}) == 2


@pytest.mark.parametrize("prompt, unknown", [("ten circles in the shape of a dog", "dog"), ("squares arranged like a flower", "flower"),
                                             ("a cloud made of white circles", "cloud"), ("a heart made of red circles", None),
                                             ("the letter Q made from squares", None), ("three circles forming a row", None)])
def test_a_figure_that_cannot_be_drawn_is_said_and_one_that_can_is_not(prompt, unknown):
    notes: list[str] = []
    plan(prompt, notes=notes)
    said = [n for n in notes if "cannot draw" in n]
    assert (said and repr(unknown) in said[0]) if unknown else not said, notes


def test_a_shape_named_at_an_end_of_a_line_orders_it_and_draws_nothing_more():
    regions = plan("purple square and green triangle side by side, square first, on black")["regions"]
    assert [r["high_level"] for r in sorted(regions, key=lambda r: _centre(r)[0])] == ["a square", "a triangle"]


@pytest.mark.parametrize("prompt, first_side", [
    ("circles forming a heart and squares forming a star", "left"),
    ("a ring of green triangles next to a diamond of yellow circles", "left"),
    ("a heart of red circles above a ring of blue squares", "top"),
    ("a spiral of purple squares below an arrow of orange circles", "bottom"),
    ("a star made of triangles in the top left and a heart of circles", "top left"),
    ("a heart of red circles and a ring of blue squares on the left", "right"),
    ("a ring of circles beside a ring of squares", "left"),
])
def test_two_figures_without_room_said_share_the_canvas_side_by_side(prompt, first_side):
    """Neither figure is lost or drawn over the other: each takes its own part of the canvas, every object of both fits in
    a layout, and the first figure's objects all stand on the side its words (or the other's) leave it."""
    notes = []
    regions = plan(prompt, notes=notes)["regions"]
    kinds = [r["high_level"].split()[-1] for r in regions]
    first, second = kinds[0], next(k for k in kinds if k != kinds[0])
    a = [_centre(r) for r, k in zip(regions, kinds, strict=True) if k == first]
    b = [_centre(r) for r, k in zip(regions, kinds, strict=True) if k == second]
    assert len(a) >= 5 and len(b) >= 5 and len(regions) <= 16 and not any("at most" in n for n in notes), (kinds, notes)
    axis = 1 if first_side in ("top", "bottom") else 0
    before = first_side in ("left", "top", "top left")
    lo, hi = (a, b) if before else (b, a)
    assert max(p[axis] for p in lo) < min(p[axis] for p in hi), (first_side, a, b)
    assert not any(overlap(r["bbox"], s["bbox"]) > 0.3 for i, r in enumerate(regions) for s in regions[i + 1:])


@pytest.mark.parametrize("prompt, noun, colour", [
    ("blue circles", "circle", "blue"),
    ("some red squares on the left", "square", "red"),
    ("a row of green triangles at the top", "triangle", "green"),
    ("draw squares, yellow ones", "square", "yellow"),
    ("a few red dots and a big blue square", "circle", "red"),
    ("a bunch of purple triangles in the top right", "triangle", "purple"),
    ("lots of orange squares", "square", "orange"),
])
def test_a_plural_without_a_count_draws_a_few_and_says_how_many(prompt, noun, colour):
    notes = []
    regions = plan(prompt, notes=notes)["regions"]
    said = [r for r in regions if r["high_level"].endswith(noun)]
    assert len(said) == 3 and all(colour in r["low_level"] for r in said), regions
    assert any("no number" in n and "three" in n for n in notes) and not any("misread" in n for n in notes), notes
    if "top right" in prompt:
        assert all(_centre(r)[0] > 0.5 and _centre(r)[1] < 0.5 for r in said)


@pytest.mark.parametrize("prompt, want", [
    ("squares: a red one and a blue one", 2),                        # the list after it counts them
    ("circles only, a yellow one and an orange one", 2),             # so do the items after it
    ("make sure the red circle appears left of the green square", 2),  # "appears" is no plural object
    ("two blue circles", 2),
])
def test_a_plural_whose_objects_are_listed_or_counted_draws_just_those(prompt, want):
    notes = []
    assert len(plan(prompt, notes=notes)["regions"]) == want and not any("no number" in n for n in notes), notes


@pytest.mark.parametrize("prompt", ["a square in one corner and a circle in the opposite corner",
                                    "a red circle in a corner, a blue square in the opposite one",
                                    "a circle in the corner of the picture"])
def test_a_corner_said_without_which_is_a_corner_and_the_opposite_one_is_across(prompt):
    regions = plan(prompt)["regions"]
    corners = [_centre(r) for r in regions]
    assert all(min(x, 1 - x) < 0.3 and min(y, 1 - y) < 0.3 for x, y in corners), corners  # in corners, not the middle
    if len(corners) == 2:
        (ax, ay), (bx, by) = corners
        assert abs(ax - bx) > 0.4 and abs(ay - by) > 0.4 and {r["high_level"] for r in regions} >= {"a square"} | {"a circle"}
