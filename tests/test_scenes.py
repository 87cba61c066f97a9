"""Everyday scenes through the offline planner: what a real backbone's user writes ("a cat sleeping on a sofa, a lamp to
its right", "two dogs playing in a park at sunset") keeps every object, its own words and colours, the setting and the
style, and puts one thing on, in front of or behind another where it is said to be.

The requests were written by hand for these tests, as a user of a real backbone would write them."""

import pytest

from regiondit.agent.offline_planner import plan
from regiondit.schemas import Layout


def layout_of(prompt):
    notes = []
    layout = plan(prompt, notes=notes)
    Layout.from_dict(layout)  # always a valid layout
    return layout, notes


def region(layout, word):
    found = [r for r in layout["regions"] if word in r["high_level"].split()]
    assert len(found) == 1, (word, [r["high_level"] for r in layout["regions"]])
    return found[0]


def within(inner, outer):
    return all(inner["bbox"][k] >= outer["bbox"][k] - 1e-9 for k in (0, 1)) and all(
        inner["bbox"][k] <= outer["bbox"][k] + 1e-9 for k in (2, 3))


def centre_y(r):
    return (r["bbox"][1] + r["bbox"][3]) / 2


@pytest.mark.parametrize("prompt, front, back", [
    ("a cat on a sofa", "cat", "sofa"),
    ("a fat orange cat sleeping on a sofa", "cat", "sofa"),
    ("a vase of flowers on a wooden table", "vase", "table"),
    ("a red car parked in front of a white house", "car", "house"),
    ("a knight fighting a dragon in front of a castle", "knight", "castle"),
    ("a tall tree behind a small house", "house", "tree"),
    ("a mountain behind a lake hut", "hut", "mountain"),
    ("a red circle on a blue square", "circle", "square"),
])
def test_one_thing_on_in_front_of_or_behind_another_is_drawn_over_it(prompt, front, back):
    layout, _ = layout_of(prompt)
    assert len(layout["regions"]) == 2
    assert within(region(layout, front), region(layout, back))


@pytest.mark.parametrize("prompt, noun, words, not_colour", [
    ("a boy holding a red balloon", "boy", "holding a red balloon", "red"),
    ("a man with a blue hat", "man", "with a blue hat", "blue"),
    ("a woman in a yellow raincoat holding an umbrella", "woman", "in a yellow raincoat holding an umbrella", "yellow"),
    ("a girl wearing a green scarf, on the left", "girl", "wearing a green scarf", "green"),
])
def test_what_an_object_has_or_holds_stays_in_its_words_and_does_not_colour_it(prompt, noun, words, not_colour):
    layout, _ = layout_of(prompt)
    assert len(layout["regions"]) == 1
    r = region(layout, noun)
    assert words in r["high_level"] and not_colour not in r["low_level"]
    assert words in layout["global"]["high_level"]


def test_what_objects_do_stays_with_them_and_counts_stay_right():
    layout, _ = layout_of("two dogs playing in a park under a big tree at sunset")
    dogs = [r for r in layout["regions"] if r["high_level"] == "a dog playing"]
    tree = region(layout, "tree")
    assert len(dogs) == 2 and len(layout["regions"]) == 3
    assert all(centre_y(d) > centre_y(tree) for d in dogs)
    assert layout["global"]["high_level"].startswith("two dogs playing")
    assert layout["background"]["high_level"] == "a park"
    assert "at sunset" in layout["global"]["low_level"] and "at sunset" in layout["background"]["low_level"]
    assert not any("sunset" in r["high_level"] or "park" in r["high_level"] for r in layout["regions"])


@pytest.mark.parametrize("prompt, style", [
    ("a lighthouse on a cliff at night", "at night"),
    ("a fox in the snow, watercolor", "watercolor"),
    ("a castle on a hill in the style of an old storybook", "in the style of an old storybook"),
    ("a cat on a windowsill on a rainy morning", "on a rainy morning"),
    ("an old car, cinematic", "cinematic"),
])
def test_style_and_light_are_the_pictures_low_level_text_not_objects(prompt, style):
    layout, _ = layout_of(prompt)
    assert style in layout["global"]["low_level"]
    assert not any(w in r["high_level"] for r in layout["regions"] for w in style.split() if len(w) > 3)


@pytest.mark.parametrize("prompt, setting", [
    ("an astronaut riding a horse on the moon", "the moon"),
    ("a kitchen with a red kettle on the stove", "a kitchen"),
    ("a woman reading a book, a busy city street behind her", "a busy city street"),
    ("in a dark forest, a small cabin with a glowing window", "a dark forest"),
])
def test_where_the_scene_is_becomes_the_background_not_a_box(prompt, setting):
    layout, _ = layout_of(prompt)
    assert setting in layout["background"]["high_level"]
    assert not any(setting.split()[-1] in r["high_level"].split() for r in layout["regions"])
    assert layout["regions"]


def test_the_sky_puts_things_at_the_top_and_water_at_the_bottom():
    layout, _ = layout_of("a boat in the sea and a bird in the sky")
    assert centre_y(region(layout, "bird")) < 0.5 < centre_y(region(layout, "boat"))
    assert "the sea" in layout["background"]["high_level"] and "the sky" in layout["background"]["high_level"]


def test_a_place_said_of_the_thing_underneath_is_the_pairs():
    layout, _ = layout_of("a cat sleeping on a sofa, a lamp to its right")
    cat, sofa, lamp = region(layout, "cat"), region(layout, "sofa"), region(layout, "lamp")
    assert within(cat, sofa) and lamp["bbox"][0] >= sofa["bbox"][2] - 1e-9


def test_a_setting_alone_is_a_picture_of_it():
    layout, _ = layout_of("a misty forest at dawn")
    assert layout["regions"] == [] and layout["background"]["high_level"] == "a misty forest"
    assert "at dawn" in layout["global"]["low_level"]


def test_a_shade_said_as_a_thing_is_that_thing_not_a_colour():
    layout, notes = layout_of("a snowman in the snow next to a lemon tree")
    assert not any("as white" in n for n in notes)
    assert "the snow" in layout["background"]["high_level"]
    crimson, notes = layout_of("a crimson circle")
    assert crimson["regions"][0]["low_level"] == "red" and any("crimson as red" in n for n in notes)


def test_white_furniture_is_not_a_white_background():
    layout, _ = layout_of("a black cat on a white sofa")
    assert "background" not in layout or "white" not in layout["background"]["high_level"]
    assert within(region(layout, "cat"), region(layout, "sofa")) and region(layout, "sofa")["low_level"] == "white"


def test_the_hand_written_scene_set_scores_at_least_what_is_committed():
    """The 80 requests of ``evals/scenes_handwritten.json`` (written without reading the planner), judged from the layouts:
    no fewer right than the committed result says, and every failure the committed result lists is still the only kind."""
    import json
    from pathlib import Path

    from regiondit.evals.scene_eval import SET, evaluate
    committed = json.loads((Path(__file__).parents[1] / "evals" / "results" / "scene_eval.json").read_text())
    now = evaluate(json.loads(SET.read_text()))
    assert now["right"] >= committed["right"], [f["prompt"] for f in now["failures"]]
    assert {f["prompt"] for f in now["failures"]} <= {f["prompt"] for f in committed["failures"]}
