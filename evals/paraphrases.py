"""Paraphrase set for the layout planner: English requests about the shapes world and what they mean.

A small phrase grammar generates requests in some forty constructions (places, relations, ordered
lists, counts, rows and grids, sizes, negation, backgrounds, polite and imperative frames, synonyms,
words outside the vocabulary, ...). Every :class:`Case` carries the request, its construction and the
expected meaning: the objects and how many of each, the objects that must be absent, the background,
and spatial constraints as simple predicates on the planned boxes. :func:`check` judges a planned
layout document (``schemas/layout.schema.json``) against a case.

The grammar and its expectations were written independently of the planner (``agent/``): from how
people phrase such requests, without reading the planner's rules or its eval, so that the set
measures the planner rather than mirrors it. What a planned region asks for is read the way the
shapes analyzer reads it (:func:`~regiondit.generator.shapes.analyzer.expected_from_region`), since
that is what the rendered picture is judged by.

    python -m regiondit.evals.paraphrases   # counts, examples per construction, and a self-check of check()
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..generator.shapes.analyzer import Expected, expected_from_region
from ..schemas import Region, validate_layout

SHAPES = ("circle", "square", "triangle")
COLOURS = ("red", "green", "blue", "yellow", "purple", "orange")
BACKGROUNDS = {"gray": ("gray", "grey"), "white": ("white",), "black": ("black",)}
# Nouns and colours outside the shapes world: a planner should keep them rather than force a shape or colour.
UNKNOWN_NOUNS = ("cat", "dog", "car", "tree", "house", "boat", "bird", "flower", "apple", "robot")
UNKNOWN_COLOURS = ("teal", "pink", "magenta", "cyan", "brown", "turquoise", "beige", "maroon")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
BIG_WORDS, SMALL_WORDS = ("big", "large", "huge"), ("small", "tiny", "little")

TOL = 0.15  # centres of a row (in y), a column (in x) or a grid line may differ by this much
MIN_GAP = 0.1  # members of a row or column must be this far apart along it, not stacked on one spot
CENTRE_TOL = 0.15  # "centered": centre within this of (0.5, 0.5)
BIG_AREA, SMALL_AREA = 0.16, 0.1  # a lone "big" box covers at least 16% of the canvas, a "small" one at most 10%
PER_CONSTRUCTION = 10

# A place is a predicate on a box centre (x right, y down, both 0..1).
PLACES: dict[str, Callable[[float, float], bool]] = {
    "top_left": lambda x, y: x < 0.5 and y < 0.5,
    "top_right": lambda x, y: x > 0.5 and y < 0.5,
    "bottom_left": lambda x, y: x < 0.5 and y > 0.5,
    "bottom_right": lambda x, y: x > 0.5 and y > 0.5,
    "top": lambda x, y: y < 0.5,
    "bottom": lambda x, y: y > 0.5,
    "left": lambda x, y: x < 0.5,
    "right": lambda x, y: x > 0.5,
    "center": lambda x, y: abs(x - 0.5) <= CENTRE_TOL and abs(y - 0.5) <= CENTRE_TOL,
}
CORNER_WORDS = {
    "top_left": ("in the top left corner", "in the top-left corner", "at the top left", "in the top left", "top left"),
    "top_right": ("in the top right corner", "in the top-right corner", "at the top right", "in the top right", "top right"),
    "bottom_left": ("in the bottom left corner", "in the bottom-left corner", "at the bottom left", "in the bottom left", "bottom left"),
    "bottom_right": ("in the bottom right corner", "in the bottom-right corner", "at the bottom right", "in the bottom right", "bottom right"),
}
SIDE_WORDS = {
    "top": ("at the top", "at the top of the picture", "near the top", "along the top edge"),
    "bottom": ("at the bottom", "at the bottom of the image", "near the bottom", "down at the bottom"),
    "left": ("on the left", "on the left side", "at the left", "over on the left"),
    "right": ("on the right", "on the right side", "at the right", "over on the right"),
}
HALF_WORDS = {
    "top": ("in the top half", "on the top half", "in the top half of the image"),
    "bottom": ("in the bottom half", "on the bottom half", "in the bottom half of the picture"),
    "left": ("in the left half", "on the left half", "in the left half of the canvas"),
    "right": ("in the right half", "on the right half", "in the right half of the canvas"),
}
CENTRE_WORDS = ("in the center", "in the centre", "in the middle", "centered", "at the center", "in the middle of the picture")
# The synonyms construction's own words: upper/lower for top/bottom, centre/middle for center.
SYNONYM_WORDS = {
    "top_left": ("in the upper left", "in the upper-left corner", "upper left"),
    "top_right": ("in the upper right", "in the upper right corner", "upper right"),
    "bottom_left": ("in the lower left", "in the lower-left corner", "lower left"),
    "bottom_right": ("in the lower right", "in the lower right corner", "lower right"),
    "top": ("in the upper half", "in the upper part"),
    "bottom": ("in the lower half", "in the lower part"),
    "center": ("in the centre", "in the middle", "right in the middle", "centred"),
}
PLACE_WORDS = {**CORNER_WORDS, **SIDE_WORDS, "center": CENTRE_WORDS}
OPPOSITES = (("left", "right"), ("right", "left"), ("top", "bottom"), ("bottom", "top"),
             ("top_left", "bottom_right"), ("bottom_right", "top_left"), ("top_right", "bottom_left"), ("bottom_left", "top_right"))
ORDERED_KINDS = ("left_of", "above", "order_x", "order_y", "between_x", "between_y", "larger")


# --- the expected meaning -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Obj:
    """An object a request names: a shape (or an out-of-vocabulary noun), its colour and texture, how many."""

    noun: str
    colour: str | None = None  # one of COLOURS; None: any colour will do
    texture: str | None = None  # 'striped' or 'solid'; None: either
    count: int = 1
    unknown_colour: str | None = None  # a colour word outside COLOURS: the region must assert none of COLOURS

    def __str__(self) -> str:
        words = [self.texture or "", self.colour or self.unknown_colour or "", self.noun]
        text = " ".join(w for w in words if w)
        return f"{self.count}x {text}" if self.count > 1 else text


@dataclass(frozen=True)
class Constraint:
    """A predicate on the boxes of some objects (slot indices into :attr:`Case.slots`)."""

    kind: str  # in, left_of, above, larger, order_x, order_y, between_x, between_y, row, column, grid, big, small
    slots: tuple[int, ...]
    arg: str | None = None  # the place of 'in', the shape ('2x2') of 'grid'

    def __str__(self) -> str:
        return f"{self.kind}({', '.join(map(str, self.slots))}{', ' + self.arg if self.arg else ''})"


@dataclass(frozen=True)
class Case:
    """One request and what it means."""

    prompt: str
    construction: str
    objects: tuple[Obj, ...]
    absent: tuple[Obj, ...] = ()
    background: str | None = None  # one of BACKGROUNDS' keys
    constraints: tuple[Constraint, ...] = ()

    @property
    def slots(self) -> list[Obj]:
        """One entry per object instance (an Obj with count n gives n slots); constraints index these."""
        return [o for o in self.objects for _ in range(o.count)]

    def meaning(self) -> str:
        parts = [", ".join(map(str, self.objects))]
        parts += [f"absent: {', '.join(map(str, self.absent))}"] if self.absent else []
        parts += [f"background: {self.background}"] if self.background else []
        parts += [" ".join(map(str, self.constraints))] if self.constraints else []
        return " | ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"prompt": self.prompt, "construction": self.construction, "objects": [vars(o) for o in self.objects],
                "absent": [vars(o) for o in self.absent], "background": self.background,
                "constraints": [{"kind": c.kind, "slots": list(c.slots), "arg": c.arg} for c in self.constraints]}


def C(kind: str, *slots: int, arg: str | None = None) -> Constraint:
    return Constraint(kind, tuple(slots), arg)


# --- predicates on boxes --------------------------------------------------------------------------------------------

def _centre(box: Sequence[float]) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _area(box: Sequence[float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _line(across: list[float], along: list[float]) -> bool:
    """A row (or column): centres level within TOL across it, and spread out along it."""
    gaps = [b - a for a, b in itertools.pairwise(sorted(along))]
    return max(across) - min(across) <= TOL and all(g >= MIN_GAP for g in gaps)


def _clusters(values: list[float]) -> list[int]:
    """Group ids for values: sorted, a new group starts when a value is more than TOL past its group's first."""
    ids, group, start = [0] * len(values), -1, None
    for k in sorted(range(len(values)), key=values.__getitem__):
        if start is None or values[k] - start > TOL:
            group, start = group + 1, values[k]
        ids[k] = group
    return ids


def _grid(xs: list[float], ys: list[float], shape: str | None) -> bool:
    """Centres on rows and columns, one object per cell; ``shape`` 'RxC' fixes the counts, else at least 2x2."""
    rows, cols = _clusters(ys), _clusters(xs)
    n_rows, n_cols = max(rows) + 1, max(cols) + 1
    if len(set(zip(rows, cols, strict=True))) != len(xs):
        return False
    if shape:
        want = tuple(int(v) for v in shape.split("x"))
        return (n_rows, n_cols) == want or (n_cols, n_rows) == want
    return n_rows >= 2 and n_cols >= 2


def holds(c: Constraint, boxes: Sequence[Sequence[float]]) -> bool:
    """Whether constraint ``c`` holds for ``boxes`` (indexed by slot)."""
    xs = [_centre(boxes[s])[0] for s in c.slots]
    ys = [_centre(boxes[s])[1] for s in c.slots]
    areas = [_area(boxes[s]) for s in c.slots]
    match c.kind:
        case "in":
            return all(PLACES[c.arg](x, y) for x, y in zip(xs, ys, strict=True))
        case "left_of":
            return xs[0] < xs[1]
        case "above":
            return ys[0] < ys[1]
        case "order_x":
            return all(a < b for a, b in itertools.pairwise(xs))
        case "order_y":
            return all(a < b for a, b in itertools.pairwise(ys))
        case "between_x":
            return min(xs[1], xs[2]) < xs[0] < max(xs[1], xs[2])
        case "between_y":
            return min(ys[1], ys[2]) < ys[0] < max(ys[1], ys[2])
        case "row":
            return _line(ys, xs)
        case "column":
            return _line(xs, ys)
        case "grid":
            return _grid(xs, ys, c.arg)
        case "larger":
            return areas[0] > areas[1]
        case "big":
            return all(a >= BIG_AREA for a in areas)
        case "small":
            return all(a <= SMALL_AREA for a in areas)
    raise ValueError(f"unknown constraint {c.kind!r}")


# --- the grammar ----------------------------------------------------------------------------------------------------

Builder = Callable[[random.Random], Case]
CONSTRUCTIONS: dict[str, Builder] = {}


def construction(name: str) -> Callable[[Builder], Builder]:
    """Register a builder of one random case of the construction ``name``."""
    def register(fn: Builder) -> Builder:
        CONSTRUCTIONS[name] = lambda rng: replace(fn(rng), construction=name)
        return fn
    return register


def _articles(text: str) -> str:
    """'a orange' -> 'an orange' (vowel letter is enough for this vocabulary)."""
    return re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", text)


def _case(prompt: str, objects: Sequence[Obj], constraints: Sequence[Constraint] = (), absent: Sequence[Obj] = (),
          background: str | None = None) -> Case:
    return Case(_articles(prompt), "", tuple(objects), tuple(absent), background, tuple(constraints))


def _objs(rng: random.Random, n: int, striped: float = 0.0, nouns: Sequence[str] = SHAPES) -> list[Obj]:
    """``n`` objects differing in shape or colour, so that every one can be told apart from the others."""
    pairs = rng.sample([(s, c) for s in nouns for c in COLOURS], n)
    return [Obj(s, c, "striped" if rng.random() < striped else None) for s, c in pairs]


def _say(o: Obj, rng: random.Random, adj: str = "") -> str:
    """'a striped red circle': one object, named the usual way."""
    colour = o.colour or o.unknown_colour or ""
    if o.texture == "striped":
        words = rng.choice(([adj, "striped", colour, o.noun], [adj, colour, "striped", o.noun]))
    else:
        words = [adj, o.texture or "", colour, o.noun]
    return "a " + " ".join(w for w in words if w)


def _say_many(o: Obj, rng: random.Random, number: str) -> str:
    """'two striped red circles'."""
    return f"{number} {_say(o, rng)[2:]}s"


def _listing(parts: Sequence[str], rng: random.Random) -> str:
    """'A, B and C' / 'A, B, and C' / 'A, B, C'."""
    if len(parts) == 2:
        return f"{parts[0]} and {parts[1]}"
    head = ", ".join(parts[:-1])
    return rng.choice((f"{head} and {parts[-1]}", f"{head}, and {parts[-1]}", f"{head}, {parts[-1]}"))


def _many(o: Obj, n: int) -> Obj:
    return replace(o, count=n)


def _number(n: int, rng: random.Random) -> str:
    return rng.choice((NUMBER_WORDS[n], str(n)))


def _simple(rng: random.Random) -> tuple[str, list[Obj], list[Constraint]]:
    """A short request of a common form, for the frames (imperative, polite, 'there is', background, ...)."""
    a, b = _objs(rng, 2, striped=0.15)
    kind = rng.randrange(6)
    if kind == 0:
        return _say(a, rng), [a], []
    if kind == 1:
        place = rng.choice(list(PLACE_WORDS))
        return f"{_say(a, rng)} {rng.choice(PLACE_WORDS[place])}", [a], [C("in", 0, arg=place)]
    if kind == 2:
        return f"{_say(a, rng)} and {_say(b, rng)}", [a, b], []
    if kind == 3:
        pa, pb = rng.choice(OPPOSITES)
        text = f"{_say(a, rng)} {rng.choice(PLACE_WORDS[pa])} and {_say(b, rng)} {rng.choice(PLACE_WORDS[pb])}"
        return text, [a, b], [C("in", 0, arg=pa), C("in", 1, arg=pb)]
    if kind == 4:
        n = rng.choice((2, 3))
        return _say_many(a, rng, NUMBER_WORDS[n]), [_many(a, n)], []
    return f"{_say(a, rng)} above {_say(b, rng)}", [a, b], [C("above", 0, 1)]


# Single objects: colour, texture, texture in other positions.

@construction("colour_single")
def _colour_single(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1)
    det = rng.choice(("a", "one", "a single", "just one", "a"))
    return _case(f"{det} {o.colour} {o.noun}", [o])


@construction("colour_texture")
def _colour_texture(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1)
    c, s = o.colour, o.noun
    form = rng.choice((f"a striped {c} {s}", f"a {c} striped {s}", f"a {c} {s} with stripes", f"a stripy {c} {s}",
                       f"a {c} stripy {s}", f"a {c} {s} with stripes on it"))
    return _case(form, [replace(o, texture="striped")])


@construction("texture_after_noun")
def _texture_after_noun(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1)
    c, s = o.colour, o.noun
    form, texture = rng.choice(((f"a {s}, {c} and striped", "striped"), (f"a {s} in {c}", None), (f"a {s} in {c} with stripes", "striped"),
                                (f"a {s} coloured {c}", None), (f"a {s} that is {c} and striped", "striped"), (f"a {s}, {c}", None),
                                (f"a striped {s} in {c}", "striped"), (f"a {s} painted {c}", None), (f"a {s}, striped, in {c}", "striped")))
    return _case(form, [replace(o, texture=texture)])


@construction("solid_texture")
def _solid_texture(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1)
    c, s = o.colour, o.noun
    form = rng.choice((f"a solid {c} {s}", f"a plain {c} {s} without stripes", f"a {c} {s} with no stripes", f"a {s} in solid {c}",
                       f"a solid {c} {s} with no pattern", f"a {c} {s}, solid, not striped"))
    return _case(form, [replace(o, texture="solid")])


# Absolute places.

@construction("side_place")
def _side_place(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    place = rng.choice(list(SIDE_WORDS))
    return _case(f"{_say(o, rng)} {rng.choice(SIDE_WORDS[place])}", [o], [C("in", 0, arg=place)])


@construction("corner_place")
def _corner_place(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    place = rng.choice(list(CORNER_WORDS))
    return _case(f"{_say(o, rng)} {rng.choice(CORNER_WORDS[place])}", [o], [C("in", 0, arg=place)])


@construction("half_place")
def _half_place(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    place = rng.choice(list(HALF_WORDS))
    return _case(f"{_say(o, rng)} {rng.choice(HALF_WORDS[place])}", [o], [C("in", 0, arg=place)])


@construction("centre_place")
def _centre_place(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    where = rng.choice(CENTRE_WORDS)
    text = rng.choice((f"{_say(o, rng)} {where}", f"{where.capitalize()}, {_say(o, rng)}")) if where != "centered" else f"{_say(o, rng)} {where}"
    return _case(text, [o], [C("in", 0, arg="center")])


@construction("centered_comma")
def _centered_comma(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1)
    head = rng.choice((f"{o.colour} {o.noun}", f"a {o.colour} {o.noun}"))
    return _case(f"{head}{rng.choice((', centered', ', centred', ' centered', ', centered.'))}", [o], [C("in", 0, arg="center")])


# Two or more objects.

@construction("pair_and")
def _pair_and(rng: random.Random) -> Case:
    a, b = _objs(rng, 2, striped=0.2)
    joiner = rng.choice((" and ", " and ", " plus ", " as well as ", " and also "))
    return _case(f"{_say(a, rng)}{joiner}{_say(b, rng)}", [a, b])


@construction("pair_places")
def _pair_places(rng: random.Random) -> Case:
    a, b = _objs(rng, 2, striped=0.2)
    pa, pb = rng.choice(OPPOSITES)
    joiner = rng.choice((" and ", ", ", " and "))
    text = f"{_say(a, rng)} {rng.choice(PLACE_WORDS[pa])}{joiner}{_say(b, rng)} {rng.choice(PLACE_WORDS[pb])}"
    return _case(text, [a, b], [C("in", 0, arg=pa), C("in", 1, arg=pb)])


@construction("comma_list")
def _comma_list(rng: random.Random) -> Case:
    objs = _objs(rng, rng.choice((3, 4)), striped=0.15)
    return _case(_listing([_say(o, rng) for o in objs], rng), objs)


@construction("left_to_right")
def _left_to_right(rng: random.Random) -> Case:
    objs = _objs(rng, rng.choice((2, 3, 3, 4)), striped=0.15)
    items = _listing([_say(o, rng) for o in objs], rng)
    text = rng.choice((f"{items} from left to right", f"from left to right: {items}", f"left to right: {items}",
                       f"{items}, ordered left to right", f"{items}, left to right"))
    return _case(text, objs, [C("order_x", *range(len(objs)))])


@construction("top_to_bottom")
def _top_to_bottom(rng: random.Random) -> Case:
    objs = _objs(rng, rng.choice((2, 3, 3, 4)), striped=0.15)
    items = _listing([_say(o, rng) for o in objs], rng)
    text = rng.choice((f"{items} from top to bottom", f"from top to bottom: {items}", f"top to bottom: {items}",
                       f"{items}, stacked from top to bottom", f"{items}, top to bottom"))
    return _case(text, objs, [C("order_y", *range(len(objs)))])


# Relations between two objects: the first named object is slot 0.

def _relation(rng: random.Random, words: Sequence[str], kind: str, first_is_0: bool) -> Case:
    a, b = _objs(rng, 2, striped=0.15)
    return _case(f"{_say(a, rng)} {rng.choice(words)} {_say(b, rng)}", [a, b], [C(kind, 0, 1) if first_is_0 else C(kind, 1, 0)])


@construction("left_of")
def _left_of(rng: random.Random) -> Case:
    return _relation(rng, ("left of", "to the left of", "on the left of", "placed to the left of", "just left of"), "left_of", True)


@construction("right_of")
def _right_of(rng: random.Random) -> Case:
    return _relation(rng, ("right of", "to the right of", "on the right of", "placed to the right of", "just right of"), "left_of", False)


@construction("above")
def _above(rng: random.Random) -> Case:
    return _relation(rng, ("above", "on top of", "directly above", "placed above", "sitting on top of"), "above", True)


@construction("below")
def _below(rng: random.Random) -> Case:
    return _relation(rng, ("below", "under", "beneath", "underneath", "directly below", "just under"), "above", False)


@construction("next_to_clause")
def _next_to_clause(rng: random.Random) -> Case:
    """'A next to B, the X on the left': the later clause places one of them."""
    s0, s1 = rng.sample(SHAPES, 2)
    a, b = Obj(s0, rng.choice(COLOURS)), Obj(s1, rng.choice(COLOURS))
    ref = rng.randrange(2)
    name = (a, b)[ref].noun if a.colour == b.colour or rng.random() < 0.6 else f"{(a, b)[ref].colour} one"
    side = rng.choice(("left", "right"))
    other = 1 - ref
    order = C("left_of", ref, other) if side == "left" else C("left_of", other, ref)
    clause = rng.choice((f", the {name} on the {side}", f", with the {name} on the {side}", f"; the {name} is on the {side}"))
    text = f"{_say(a, rng)} {rng.choice(('next to', 'beside', 'by'))} {_say(b, rng)}{clause}"
    return _case(text, [a, b], [order])


@construction("between_horizontal")
def _between_horizontal(rng: random.Random) -> Case:
    x, a, b = _objs(rng, 3, striped=0.1)
    X, A, B = _say(x, rng), _say(a, rng), _say(b, rng)
    text = rng.choice((f"{X} between {A} on the left and {B} on the right", f"{X} in between {A} on the left and {B} on the right",
                       f"{A} on the left, {B} on the right, and {X} between them", f"{X} placed between {A} (left) and {B} (right)"))
    return _case(text, [x, a, b], [C("between_x", 0, 1, 2), C("left_of", 1, 2)])


@construction("between_vertical")
def _between_vertical(rng: random.Random) -> Case:
    x, a, b = _objs(rng, 3, striped=0.1)
    X, A, B = _say(x, rng), _say(a, rng), _say(b, rng)
    text = rng.choice((f"{X} between {A} at the top and {B} at the bottom", f"{A} at the top, {B} at the bottom and {X} in between",
                       f"{X} sandwiched between {A} above and {B} below", f"{X} in between {A} on top and {B} at the bottom"))
    return _case(text, [x, a, b], [C("between_y", 0, 1, 2), C("above", 1, 2)])


# Counts.

@construction("count_words")
def _count_words(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    o = replace(o, colour=o.colour if rng.random() < 0.8 else None)
    n = rng.choice((2, 3, 4, 5))
    number = NUMBER_WORDS[n]
    if n == 2 and rng.random() < 0.6:
        number = rng.choice(("a pair of", "a couple of"))
    return _case(_say_many(o, rng, number), [_many(o, n)])


@construction("count_digits")
def _count_digits(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    o = replace(o, colour=o.colour if rng.random() < 0.8 else None)
    n = rng.choice((2, 3, 4, 5))
    return _case(rng.choice(("", "exactly ")) + _say_many(o, rng, str(n)), [_many(o, n)])


@construction("count_place")
def _count_place(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.15)
    n = rng.choice((2, 2, 3))
    place = rng.choice(list(SIDE_WORDS) + list(CORNER_WORDS))
    number = rng.choice(("a pair of", _number(2, rng))) if n == 2 else _number(n, rng)
    text = f"{_say_many(o, rng, number)} {rng.choice(PLACE_WORDS[place])}"
    return _case(text, [_many(o, n)], [C("in", *range(n), arg=place)])


@construction("row")
def _row(rng: random.Random) -> Case:
    if rng.random() < 0.5:
        (o,) = _objs(rng, 1, striped=0.15)
        n = rng.choice((3, 4, 5))
        many = _say_many(o, rng, _number(n, rng))
        text = rng.choice((f"{many} in a row", f"a row of {many}", f"{many} in a horizontal row", f"{many} lined up in a row"))
        return _case(text, [_many(o, n)], [C("row", *range(n))])
    objs = _objs(rng, rng.choice((3, 4)), striped=0.1)
    items = _listing([_say(o, rng) for o in objs], rng)
    text = rng.choice((f"{items} in a row", f"{items} side by side in a row", f"{items} in a horizontal row"))
    return _case(text, objs, [C("row", *range(len(objs)))])


@construction("column")
def _column(rng: random.Random) -> Case:
    if rng.random() < 0.5:
        (o,) = _objs(rng, 1, striped=0.15)
        n = rng.choice((3, 4))
        many = _say_many(o, rng, _number(n, rng))
        text = rng.choice((f"{many} in a column", f"{many} stacked in a column", f"{many} in a vertical column"))
        return _case(text, [_many(o, n)], [C("column", *range(n))])
    objs = _objs(rng, 3, striped=0.1)
    items = _listing([_say(o, rng) for o in objs], rng)
    text = rng.choice((f"{items} in a column", f"{items} stacked in a vertical column", f"{items} in a vertical column"))
    return _case(text, objs, [C("column", *range(3))])


@construction("grid")
def _grid_case(rng: random.Random) -> Case:
    form = rng.randrange(4)
    if form == 3:  # six in a grid: 2x3 or 3x2 both fine
        (o,) = _objs(rng, 1)
        return _case(f"{_say_many(o, rng, rng.choice(('six', '6')))} in a grid", [_many(o, 6)], [C("grid", *range(6))])
    if form == 2:
        objs = _objs(rng, 4, striped=0.1)
        text = f"{_listing([_say(o, rng) for o in objs], rng)} {rng.choice(('in a 2x2 grid', 'arranged in a grid', 'in a 2 by 2 grid'))}"
        return _case(text, objs, [C("grid", 0, 1, 2, 3, arg="2x2")])
    (o,) = _objs(rng, 1, striped=0.15)
    o = replace(o, colour=o.colour if rng.random() < 0.75 else None)
    many = _say_many(o, rng, rng.choice(("four", "4")))
    text = rng.choice((f"{many} in a 2x2 grid", f"{many} in a grid", f"a 2x2 grid of {many.split(' ', 1)[1]}", f"{many} arranged in a grid"))
    return _case(text, [_many(o, 4)], [C("grid", 0, 1, 2, 3, arg="2x2")])


@construction("colon_list")
def _colon_list(rng: random.Random) -> Case:
    """'four circles: red top left, green top right, ...': a shared noun, then colour and place per item."""
    shape = rng.choice(SHAPES)
    form = rng.randrange(4)
    short = {"top_left": ("top left", "in the top left", "top-left"), "top_right": ("top right", "in the top right", "top-right"),
             "bottom_left": ("bottom left", "in the bottom left", "bottom-left"),
             "bottom_right": ("bottom right", "in the bottom right", "bottom-right")}
    if form == 0:
        places = rng.sample(list(short), 4)
        colours = rng.sample(COLOURS, 4)
        items = ", ".join(f"{c} {rng.choice(short[p])}" for c, p in zip(colours, places, strict=True))
        objs = [Obj(shape, c) for c in colours]
        return _case(f"{rng.choice(('four', '4'))} {shape}s: {items}", objs, [C("in", i, arg=p) for i, p in enumerate(places)])
    if form == 1:
        colours = rng.sample(COLOURS, 3)
        horizontal = rng.random() < 0.6
        ends = ("on the left", "in the middle", "on the right") if horizontal else ("at the top", "in the middle", "at the bottom")
        items = ", ".join(f"{c} {e}" for c, e in zip(colours, ends, strict=True))
        between, first = ("between_x", "left") if horizontal else ("between_y", "top")
        last = "right" if horizontal else "bottom"
        cons = [C("in", 0, arg=first), C("in", 2, arg=last), C(between, 1, 0, 2)]
        return _case(f"three {shape}s: {items}", [Obj(shape, c) for c in colours], cons)
    if form == 2:
        c0, c1 = rng.sample(COLOURS, 2)
        (p0, w0), (p1, w1) = rng.choice(((("top", "at the top"), ("bottom", "at the bottom")),
                                         (("left", "on the left"), ("right", "on the right"))))
        text = f"two {shape}s: {c0} {w0}, {c1} {w1}"
        return _case(text, [Obj(shape, c0), Obj(shape, c1)], [C("in", 0, arg=p0), C("in", 1, arg=p1)])
    a, b = _objs(rng, 2, striped=0.2)
    pa, pb = rng.choice(OPPOSITES[4:])
    text = f"{rng.choice(('shapes', 'two shapes', 'objects'))}: {_say(a, rng)} {rng.choice(short[pa])}, {_say(b, rng)} {rng.choice(short[pb])}"
    return _case(text, [a, b], [C("in", 0, arg=pa), C("in", 1, arg=pb)])


# Sizes.

@construction("size_single")
def _size_single(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.2)
    big = rng.random() < 0.5
    adj = rng.choice(BIG_WORDS if big else SMALL_WORDS)
    return _case(_say(o, rng, adj), [o], [C("big" if big else "small", 0)])


@construction("size_compare")
def _size_compare(rng: random.Random) -> Case:
    """Slot 0 is the big one, slot 1 the small one, whatever the order in the sentence."""
    a, b = _objs(rng, 2, striped=0.15)
    A, B = _say(a, rng, rng.choice(BIG_WORDS)), _say(b, rng, rng.choice(SMALL_WORDS))
    text = rng.choice((f"{A} and {B}", f"{B} and {A}", f"{B} next to {A}", f"{A} beside {B}"))
    return _case(text, [a, b], [C("larger", 0, 1)])


# Negation: the named-but-negated object must not be planned.

@construction("negation")
def _negation(rng: random.Random) -> Case:
    present = _objs(rng, rng.choice((1, 1, 2)), striped=0.1)
    P = " and ".join(_say(o, rng) for o in present)
    if rng.random() < 0.25:  # colour-specific: "a red circle but not a blue one"
        o = present[0]
        other = rng.choice([c for c in COLOURS if c not in {p.colour for p in present}])
        text = rng.choice((f"{P} but not a {other} one", f"{P}, and no {other} {o.noun}s"))
        return _case(text, present, absent=[Obj(o.noun, other)])
    gone = rng.choice([s for s in SHAPES if s not in {o.noun for o in present}])
    text = rng.choice((f"{P} and no {gone}s", f"{P} but no {gone}", f"{P} without any {gone}s", f"{P}, no {gone}s",
                       f"{P} but no {gone}s at all", f"only {P}, no {gone}s", f"{P}; don't draw any {gone}s", f"{P} with no {gone}s anywhere"))
    if len(present) == 2 and text.startswith(P + " and no"):
        text = f"{P}, but no {gone}s"
    return _case(text, present, absent=[Obj(gone)])


# Backgrounds.

@construction("background")
def _background(rng: random.Random) -> Case:
    text, objs, cons = _simple(rng)
    bg = rng.choice(list(BACKGROUNDS))
    word = rng.choice(BACKGROUNDS[bg])
    form = rng.choice((f"{text} on a {word} background", f"{text} against {word}", f"{text} on {word}", f"{text} against a {word} backdrop",
                       f"{text}, {word} background", f"a {word} background with {text}"))
    return _case(form, objs, cons, background=bg)


# Frames: imperative, polite, "there is".

@construction("imperative")
def _imperative(rng: random.Random) -> Case:
    text, objs, cons = _simple(rng)
    verbs = ("Draw", "Make", "Create", "Paint", "Render", "Show", "Generate", "Sketch")
    verbs += ("Put", "Place") if any(c.kind == "in" for c in cons) else ()
    return _case(f"{rng.choice(verbs)} {text}{rng.choice(('', '.', '!'))}", objs, cons)


@construction("polite")
def _polite(rng: random.Random) -> Case:
    text, objs, cons = _simple(rng)
    form = rng.choice((f"Please make {text}", f"Please draw {text}.", f"I'd like {text}", f"I would like {text}, please",
                       f"Can you show {text}?", f"Could you draw {text}?", f"Would you please make {text}?", f"I want {text}",
                       f"Give me {text}, please", f"Can I get {text}?"))
    return _case(form, objs, cons)


@construction("there_is")
def _there_is(rng: random.Random) -> Case:
    text, objs, cons = _simple(rng)
    # "there are" for counts, either for "A and B", "there is" for one object (also "A above B")
    if objs[0].count > 1 or (" and " in text and rng.random() < 0.5):
        verb = rng.choice(("There are", "there are"))
    else:
        verb = rng.choice(("There is", "There's", "there is"))
    if rng.random() < 0.3:  # inverted: "In the top left corner there is a red circle."
        (o,) = _objs(rng, 1, striped=0.15)
        place = rng.choice(list(CORNER_WORDS) + list(SIDE_WORDS))
        where = rng.choice([w for w in PLACE_WORDS[place] if w.split()[0] in ("in", "at", "on")])
        return _case(f"{where.capitalize()} there is {_say(o, rng)}.", [o], [C("in", 0, arg=place)])
    return _case(f"{verb} {text}{rng.choice(('', '.'))}", objs, cons)


@construction("pronoun_it")
def _pronoun_it(rng: random.Random) -> Case:
    """A later sentence places the object by 'it'."""
    (o,) = _objs(rng, 1, striped=0.2)
    place = rng.choice(list(PLACE_WORDS))
    where = rng.choice(PLACE_WORDS[place])
    text = rng.choice((f"Draw {_say(o, rng)}. Put it {where}.", f"Make {_say(o, rng)} and place it {where}",
                       f"I want {_say(o, rng)}; it should be {where}.", f"{_say(o, rng)}, and put it {where}"))
    return _case(text, [o], [C("in", 0, arg=place)])


@construction("terse")
def _terse(rng: random.Random) -> Case:
    """No articles, no verbs: 'red circle top left, blue square bottom right'."""
    a, b = _objs(rng, 2)
    pa, pb = rng.choice(OPPOSITES)
    short = {"left": "left", "right": "right", "top": "top", "bottom": "bottom", "top_left": "top left",
             "top_right": "top right", "bottom_left": "bottom left", "bottom_right": "bottom right"}
    sep = rng.choice((", ", "; ", " / "))
    text = f"{a.colour} {a.noun} {short[pa]}{sep}{b.colour} {b.noun} {short[pb]}"
    return _case(text, [a, b], [C("in", 0, arg=pa), C("in", 1, arg=pb)])


# Synonyms: grey, violet, centre, middle, upper, lower.

@construction("synonyms")
def _synonyms(rng: random.Random) -> Case:
    (o,) = _objs(rng, 1, striped=0.15)
    violet = o.colour == "purple" or rng.random() < 0.4
    o = replace(o, colour="purple") if violet else o
    phrase = _say(o, rng).replace("purple", "violet")
    place = rng.choice(list(SYNONYM_WORDS))
    text = f"{phrase} {rng.choice(SYNONYM_WORDS[place])}"
    grey = rng.random() < 0.35
    text += rng.choice((" on grey", " on a grey background", " against grey")) if grey else ""
    return _case(text, [o], [C("in", 0, arg=place)], background="gray" if grey else None)


# Anaphora and "each side".

@construction("anaphora_one")
def _anaphora_one(rng: random.Random) -> Case:
    shape = rng.choice(SHAPES)
    c0, c1 = rng.sample(COLOURS, 2)
    a, b = Obj(shape, c0), Obj(shape, c1)
    form = rng.randrange(4)
    if form == 0:
        return _case(f"a {c0} {shape} and a {c1} one", [a, b])
    if form == 1:
        pa, pb = rng.choice(OPPOSITES[:4])
        text = f"a {c0} {shape} {rng.choice(PLACE_WORDS[pa])} and a {c1} one {rng.choice(PLACE_WORDS[pb])}"
        return _case(text, [a, b], [C("in", 0, arg=pa), C("in", 1, arg=pb)])
    if form == 2:
        relation, kind = rng.choice((("above", "above"), ("to the left of", "left_of"), ("below", "below")))
        order = C("above", 1, 0) if kind == "below" else C(kind, 0, 1)
        return _case(f"a {c0} {shape} {relation} a {c1} one", [a, b], [order])
    return _case(f"two {shape}s, a {c0} one and a {c1} one", [a, b])


@construction("each_side")
def _each_side(rng: random.Random) -> Case:
    o, anchor = _objs(rng, 2)
    side = rng.choice(("on each side", "on either side", "on both sides"))
    many = _say(o, rng) if side != "on both sides" else f"{o.colour} {o.noun}s"
    if rng.random() < 0.4:  # around an anchor: the pair flanks it
        return _case(f"{_say(anchor, rng)} with {many} {side} of it", [_many(o, 2), anchor], [C("between_x", 2, 0, 1)])
    return _case(f"{many} {side}", [_many(o, 2)], [C("in", 0, arg="left"), C("in", 1, arg="right")])


# Surface variation and words outside the vocabulary.

def _vary_surface(text: str, rng: random.Random) -> str:
    """Case, spacing and punctuation changes that keep the meaning."""
    moves: list[Callable[[str], str]] = [
        str.upper,
        lambda t: " ".join(w[:1].upper() + w[1:] for w in t.split(" ")),  # Title Case, but "don't" stays "Don't"
        lambda t: t[0].upper() + t[1:] + ".",
        lambda t: t + "!!!",
        lambda t: "  " + t.replace(" ", "  ") + " ",
        lambda t: re.sub(r"(top|bottom) (left|right)", r"\1-\2", t),
        lambda t: re.sub(r"\b(red|green|blue|yellow|purple|orange)\b", lambda m: m[0].upper(), t),
        lambda t: t.replace(" and ", " & "),
        lambda t: t + " ...",
        lambda t: t.replace(" and ", "; "),
        lambda t: "ok, " + t + "?",
    ]
    for move in rng.sample(moves, rng.choice((1, 2))):
        text = move(text)
    return text


@construction("mixed_case_punct")
def _mixed_case_punct(rng: random.Random) -> Case:
    base = rng.choice(("corner_place", "side_place", "pair_places", "comma_list", "count_place", "left_of", "colour_texture", "negation"))
    case = CONSTRUCTIONS[base](rng)
    text = _vary_surface(case.prompt, rng)
    if case.absent and "; " in text:  # "A; no squares" keeps its sense, but "A; B" in a negation reads oddly: undo
        text = case.prompt
    return replace(case, prompt=text)


@construction("unknown_noun")
def _unknown_noun(rng: random.Random) -> Case:
    noun = rng.choice(UNKNOWN_NOUNS)
    thing = Obj(noun, rng.choice(COLOURS))
    place = rng.choice(list(PLACE_WORDS))
    if rng.random() < 0.3:  # beside a known shape
        (o,) = _objs(rng, 1)
        pa, pb = rng.choice(OPPOSITES[:4])
        text = f"{_say(thing, rng)} {rng.choice(PLACE_WORDS[pa])} and {_say(o, rng)} {rng.choice(PLACE_WORDS[pb])}"
        return _case(text, [thing, o], [C("in", 0, arg=pa), C("in", 1, arg=pb)])
    return _case(f"{_say(thing, rng)} {rng.choice(PLACE_WORDS[place])}", [thing], [C("in", 0, arg=place)])


@construction("unknown_colour")
def _unknown_colour(rng: random.Random) -> Case:
    odd = Obj(rng.choice(SHAPES), unknown_colour=rng.choice(UNKNOWN_COLOURS))
    form = rng.randrange(3)
    if form == 0:
        return _case(_say(odd, rng), [odd])
    if form == 1:
        place = rng.choice(list(PLACE_WORDS))
        return _case(f"{_say(odd, rng)} {rng.choice(PLACE_WORDS[place])}", [odd], [C("in", 0, arg=place)])
    (o,) = _objs(rng, 1)
    return _case(f"{_say(odd, rng)} and {_say(o, rng)}", [odd, o])


def generate(seed: int = 0, per_construction: int = PER_CONSTRUCTION) -> list[Case]:
    """The paraphrase set: ``per_construction`` distinct prompts of every construction, deterministic in ``seed``."""
    rng = random.Random(seed)
    cases: list[Case] = []
    seen: set[str] = set()
    for name, build in CONSTRUCTIONS.items():
        made = 0
        for _ in range(per_construction * 20):  # duplicates are redrawn; small constructions may end short
            case = build(rng)
            if case.prompt in seen:
                continue
            seen.add(case.prompt)
            cases.append(case)
            made += 1
            if made == per_construction:
                break
        assert made, f"construction {name} made no case"
    return cases


# --- checking a planned layout --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Seen:
    """A planned region as the analyzer reads it."""

    id: str
    bbox: tuple[float, float, float, float]
    expected: Expected
    words: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _read(region: dict[str, Any]) -> _Seen:
    r = Region(id=str(region.get("id", "")), bbox=tuple(region["bbox"]), high_level=region.get("high_level", ""),
               low_level=region.get("low_level", ""))
    return _Seen(r.id, r.bbox, expected_from_region(r), _words(f"{r.high_level} {r.low_level}"))


def _names(o: Obj, seen: _Seen) -> bool:
    """Whether the region is of the object's kind: the same shape, or the unknown noun among its words."""
    if o.noun in SHAPES:
        return seen.expected.shape == o.noun
    return bool({o.noun, o.noun + "s", o.noun + "es"} & seen.words)


def _fits(o: Obj, seen: _Seen) -> bool:
    """Whether the region can stand for the object: kind, colour and texture agree (None asks nothing)."""
    if not _names(o, seen):
        return False
    if o.colour and seen.expected.colour != o.colour:
        return False
    if o.unknown_colour and seen.expected.colour is not None:
        return False
    return not o.texture or seen.expected.texture == o.texture


def _is_absent_violated(o: Obj, seen: _Seen) -> bool:
    return _names(o, seen) and (o.colour is None or seen.expected.colour == o.colour)


def _mentions_background(colour: str, layout: dict[str, Any]) -> bool:
    parts = [layout.get("background") or {}, layout.get("global") or {}]
    text = " ".join(str(p.get(k, "")) for p in parts for k in ("high_level", "low_level"))
    return bool(set(BACKGROUNDS[colour]) & _words(text))


def _has_matching(options: list[list[int]], n_regions: int) -> bool:
    """A one-to-one assignment of every slot to one of its regions exists (augmenting paths)."""
    owner: list[int | None] = [None] * n_regions

    def augment(i: int, visited: set[int]) -> bool:
        for j in options[i]:
            if j not in visited:
                visited.add(j)
                if owner[j] is None or augment(owner[j], visited):
                    owner[j] = i
                    return True
        return False

    return all(augment(i, set()) for i in range(len(options)))


def _assign(slots: list[Obj], seen: list[_Seen], constraints: Sequence[Constraint]) -> tuple[bool, str]:
    """Search one-to-one assignments of slots to fitting regions for one that satisfies every constraint."""
    options = [[j for j, s in enumerate(seen) if _fits(o, s)] for o in slots]
    for o, opts in zip(slots, options, strict=True):
        if not opts:
            return False, f"no region is a {replace(o, count=1)}"
    if not _has_matching(options, len(seen)):
        return False, "regions cannot be matched one-to-one to the objects"
    # a constraint is tested as soon as its last slot is placed, so hopeless branches end early
    due = {i: [c for c in constraints if max(c.slots) == i] for i in range(len(slots))}
    chosen: list[int] = []
    failed: list[Constraint] = []

    def place(i: int) -> bool:
        if i == len(slots):
            return True
        for j in options[i]:
            if j in chosen:
                continue
            chosen.append(j)
            bad = next((c for c in due[i] if not holds(c, [seen[k].bbox for k in chosen])), None)
            if bad is None and place(i + 1):
                return True
            if bad is not None and not failed:
                failed.append(bad)
            chosen.pop()
        return False

    if place(0):
        return True, "ok"
    c = failed[0]
    return False, f"constraint {c.kind}({', '.join(str(replace(slots[s], count=1)) for s in c.slots)}{', ' + c.arg if c.arg else ''}) fails"


def check(case: Case, layout: dict[str, Any]) -> tuple[bool, str]:
    """Whether a planned layout document means what ``case`` expects; on failure, a short reason."""
    seen = [_read(r) for r in layout.get("regions", [])]
    for o in case.absent:
        if hit := next((s for s in seen if _is_absent_violated(o, s)), None):
            return False, f"absent {o} is planned (region {hit.id})"
    slots = case.slots
    if len(seen) != len(slots):
        return False, f"expected {len(slots)} objects, layout has {len(seen)} regions"
    if case.background and not _mentions_background(case.background, layout):
        return False, f"background {case.background} not named"
    return _assign(slots, seen, case.constraints)


# --- builders for hand-written sets: one Obj per slot, merged into counted objects; constraints by slot ------------


def grouped_case(construction: str, prompt: str, slots: Sequence[Obj], constraints: Sequence[Constraint] = (),
                 absent: Sequence[Obj] = (), background: str | None = None) -> Case:
    """A case written as one Obj per slot: identical objects merged into counts (first-appearance order), the
    constraints' slots renumbered to match."""
    kinds: list[Obj] = []
    for s in slots:
        if s not in kinds:
            kinds.append(s)
    new_index = {i: n for n, i in enumerate(i for k in kinds for i, s in enumerate(slots) if s == k)}
    for c in constraints:
        assert all(0 <= i < len(slots) for i in c.slots), prompt
    objects = tuple(Obj(k.noun, k.colour, k.texture, list(slots).count(k), k.unknown_colour) for k in kinds)
    cons = tuple(C(c.kind, *(new_index[i] for i in c.slots), arg=c.arg) for c in constraints)
    return Case(prompt, construction, objects, tuple(absent), background, cons)


def line(idx: Sequence[int]) -> list[Constraint]:
    """A left-to-right row in this order."""
    return [C("row", *idx), C("order_x", *idx)]


def col(idx: Sequence[int]) -> list[Constraint]:
    """A top-to-bottom column in this order."""
    return [C("column", *idx), C("order_y", *idx)]


def cells(rows: list[list[int]]) -> list[Constraint]:
    """A grid given row by row (top row first, each row left to right)."""
    out = [c for r in rows if len(r) > 1 for c in line(r)]
    out += [c for k in range(len(rows[0])) if len(rows) > 1 for c in col([r[k] for r in rows])]
    return [*out, C("grid", *[s for r in rows for s in r], arg=f"{len(rows)}x{len(rows[0])}")]


def places(place: str, idx: Sequence[int]) -> list[Constraint]:
    return [C("in", i, arg=place) for i in idx]


# --- self-check: a reference layout per case, and broken variants that check() must reject ------------------------

LATTICE = tuple(k / 10 for k in range(1, 10))
HALF_SIDES = (0.06, 0.1, 0.14, 0.22)


def _propose(case: Case, rng: random.Random) -> list[list[float]]:
    """Random boxes on a lattice, with rows, columns and grids laid out as such."""
    n = len(case.slots)
    xs = [rng.choice(LATTICE) for _ in range(n)]
    ys = [rng.choice(LATTICE) for _ in range(n)]
    for c in case.constraints:
        if c.kind == "row":
            y = rng.choice(LATTICE)
            for s in c.slots:
                ys[s] = y
        elif c.kind == "column":
            x = rng.choice(LATTICE)
            for s in c.slots:
                xs[s] = x
        elif c.kind == "grid":
            rows, cols = (2, 2) if len(c.slots) == 4 else rng.choice(((2, 3), (3, 2)))
            cells = rng.sample([(r, k) for r in range(rows) for k in range(cols)], len(c.slots))
            for s, (r, k) in zip(c.slots, cells, strict=True):
                ys[s], xs[s] = (r + 0.5) / rows, (k + 0.5) / cols
    boxes = []
    for x, y in zip(xs, ys, strict=True):
        h = min(rng.choice(HALF_SIDES), x, 1 - x, y, 1 - y)  # shrink rather than move, so the centre stays put
        boxes.append([round(x - h, 4), round(y - h, 4), round(x + h, 4), round(y + h, 4)])
    return boxes


def _text(o: Obj) -> str:
    words = [o.texture or "", o.colour or o.unknown_colour or "", o.noun]
    return "a " + " ".join(w for w in words if w)


def reference_layout(case: Case, rng: random.Random, tries: int = 50000) -> dict[str, Any]:
    """A layout that satisfies the case by construction: random proposals until every constraint holds."""
    for _ in range(tries):
        boxes = _propose(case, rng)
        if all(holds(c, boxes) for c in case.constraints):
            break
    else:
        raise RuntimeError(f"no layout found for {case.prompt!r}")
    regions = [{"id": f"r{i}", "bbox": box, "high_level": _articles(_text(o))} for i, (o, box) in enumerate(zip(case.slots, boxes, strict=True))]
    rng.shuffle(regions)  # check() must not rely on region order
    scene = ", ".join(r["high_level"] for r in regions) or "an empty canvas"
    doc: dict[str, Any] = {"global": {"high_level": scene}, "regions": regions}
    if case.background:
        doc["global"]["high_level"] += f" on a {case.background} background"
        doc["background"] = {"high_level": f"a plain {case.background} background"}
    return doc


def _swappable(case: Case) -> tuple[int, int] | None:
    """Two slots of an order-type constraint that no region could stand for both of (so a swap must be caught)."""
    for c in case.constraints:
        if c.kind not in ORDERED_KINDS:
            continue
        for i, j in itertools.combinations(c.slots, 2):
            a, b = case.slots[i], case.slots[j]
            sa, sb = _read({"bbox": [0, 0, 1, 1], "high_level": _text(a)}), _read({"bbox": [0, 0, 1, 1], "high_level": _text(b)})
            if not (_fits(a, sb) and _fits(b, sa)):
                return i, j
    return None


def self_check(cases: list[Case], seed: int = 0) -> Counter[str]:
    """check() accepts each case's reference layout and rejects dropped, swapped, absent-added and background-less ones."""
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    for case in cases:
        doc = validate_layout(reference_layout(case, rng))
        ok, why = check(case, doc)
        assert ok, f"{case.construction}: {case.prompt!r}: reference layout rejected: {why}\n{doc}"
        tally["accepted"] += 1
        ok, why = check(case, {**doc, "regions": doc["regions"][1:]})
        assert not ok, f"{case.prompt!r}: accepted with an object dropped"
        tally["rejected: dropped"] += 1
        if pair := _swappable(case):
            ids = {f"r{pair[0]}": f"r{pair[1]}", f"r{pair[1]}": f"r{pair[0]}"}
            box = {r["id"]: r["bbox"] for r in doc["regions"]}
            swapped = [{**r, "bbox": box[ids[r["id"]]]} if r["id"] in ids else r for r in doc["regions"]]
            ok, why = check(case, {**doc, "regions": swapped})
            assert not ok, f"{case.prompt!r}: accepted with slots {pair} swapped"
            tally["rejected: swapped"] += 1
        if case.absent:
            extra = {"id": "extra", "bbox": [0.4, 0.4, 0.6, 0.6], "high_level": _text(case.absent[0])}
            ok, why = check(case, {**doc, "regions": [*doc["regions"], extra]})
            assert not ok and why.startswith("absent"), f"{case.prompt!r}: absent object not caught ({why})"
            tally["rejected: absent planned"] += 1
        if case.background:
            bare = {"global": {"high_level": ", ".join(r["high_level"] for r in doc["regions"])}, "regions": doc["regions"]}
            ok, why = check(case, bare)
            assert not ok and why.startswith("background"), f"{case.prompt!r}: missing background not caught ({why})"
            tally["rejected: background"] += 1
    return tally


# --- writing and verifying a hand-written set ------------------------------------------------------------------------

def one(noun: str, colour: str | None = None, texture: str | None = None, unknown_colour: str | None = None) -> Obj:
    """One object of a hand-written case, a slot of its own (:func:`add_case` merges identical ones into counts)."""
    return Obj(noun, colour, texture, 1, unknown_colour)


def add_case(cases: list[Case], construction: str, prompt: str, slots: list[Obj], constraints: Sequence[Constraint] = (),
             absent: Sequence[Obj] = (), background: str | None = None) -> None:
    """Append a hand-written case, its slots one object each, to ``cases``."""
    cases.append(grouped_case(construction, prompt, slots, constraints, absent, background))


CONSTRAINT_SLOTS = {"left_of": 2, "above": 2, "larger": 2, "between_x": 3, "between_y": 3}  # kinds with a fixed number of slots


def _well_formed(cases: Sequence[Case]) -> None:
    """Every case speaks the checks' vocabulary: known colours, textures, backgrounds, places and constraint kinds."""
    assert len(cases) == len({c.prompt for c in cases}), "duplicate prompts"
    for case in cases:
        assert 1 <= len(case.slots) <= 9 and case.background in (None, *BACKGROUNDS), case.prompt
        for ob in (*case.objects, *case.absent):
            assert ob.colour in (None, *COLOURS) and ob.texture in (None, "striped", "solid"), case.prompt
            assert ob.unknown_colour is None or ob.unknown_colour not in COLOURS, case.prompt
        for c in case.constraints:
            assert c.kind in (*CONSTRAINT_SLOTS, "in", "order_x", "order_y", "row", "column", "grid", "big", "small"), case.prompt
            assert (c.kind != "in" or c.arg in PLACES) and all(0 <= k < len(case.slots) for k in c.slots), case.prompt
            assert len(c.slots) == CONSTRAINT_SLOTS.get(c.kind, len(c.slots)), case.prompt


def _propose_sized(case: Case, rng: random.Random) -> list[list[float]]:
    """:func:`_propose`, with grids laid out by their stated size (so that 3x3 grids can be proposed too)."""
    xs = [rng.choice(LATTICE) for _ in case.slots]
    ys = [rng.choice(LATTICE) for _ in case.slots]
    for c in case.constraints:
        if c.kind in ("row", "column"):
            at = rng.choice(LATTICE)
            for k in c.slots:
                (ys if c.kind == "row" else xs)[k] = at
        elif c.kind == "grid":
            rows, cols = ((int(v) for v in c.arg.split("x")) if c.arg else
                          {4: (2, 2), 9: (3, 3)}.get(len(c.slots)) or rng.choice(((2, 3), (3, 2))))
            rows, cols = rng.choice(((rows, cols), (cols, rows)))
            spots = rng.sample([(a, b) for a in range(rows) for b in range(cols)], len(c.slots))
            for k, (a, b) in zip(c.slots, spots, strict=True):
                ys[k], xs[k] = (a + 0.5) / rows, (b + 0.5) / cols
    boxes = []
    for x, y in zip(xs, ys, strict=True):
        h = min(rng.choice(HALF_SIDES), x, 1 - x, y, 1 - y)
        boxes.append([round(x - h, 4), round(y - h, 4), round(x + h, 4), round(y + h, 4)])
    return boxes


def _satisfying(case: Case, rng: random.Random) -> list[list[float]]:
    for _ in range(50000):
        boxes = _propose_sized(case, rng)
        if all(holds(c, boxes) for c in case.constraints):
            return boxes
    raise AssertionError(f"no reference layout for {case.prompt!r}")


def _doc_for(case: Case, boxes: list[list[float]], rng: random.Random) -> dict[str, Any]:
    """A layout document drawing each slot of ``case`` in its box (regions shuffled), with the case's background."""
    regions = [{"id": f"r{i}", "bbox": b, "high_level": _articles(_text(ob))} for i, (ob, b) in enumerate(zip(case.slots, boxes, strict=True))]
    rng.shuffle(regions)
    doc = {"global": {"high_level": ", ".join(r["high_level"] for r in regions)}, "regions": regions}
    if case.background:
        doc["global"]["high_level"] += f" on a {case.background} background"
        doc["background"] = {"high_level": f"a plain {case.background} background"}
    return validate_layout(doc)


def _redrawn(case: Case, ob: Obj, wrong: Obj, boxes: list[list[float]], rng: random.Random) -> dict[str, Any]:
    """The case's layout with the region drawing ``ob`` drawing ``wrong`` instead."""
    doc = _doc_for(case, boxes, rng)
    target = next(r for r in doc["regions"] if r["high_level"] == _articles(_text(replace(ob, count=1))))
    target["high_level"] = _articles(_text(wrong))
    return doc


def _one_wrong(case: Case, rng: random.Random, tally: Counter[str]) -> None:
    """One region miscoloured or renamed, and one textured region with the other texture: each rejected."""
    boxes, slots = _satisfying(case, rng), case.slots
    ob = slots[rng.randrange(len(slots))]
    if ob.colour:
        wrong = replace(ob, colour=next(c for c in COLOURS if c != ob.colour and all(s.colour != c for s in slots)), count=1)
    else:
        wrong = replace(ob, noun=next(s for s in ("circle", "square", "triangle", "blob") if s != ob.noun and all(x.noun != s for x in slots)),
                        count=1)
    assert not check(case, _redrawn(case, ob, wrong, boxes, rng))[0], f"{case.prompt!r}: accepted with {ob} drawn as {wrong}"
    tally["rejected: one object miscoloured/renamed"] += 1
    if textured := [s for s in slots if s.texture]:
        flipped = replace(textured[0], texture="solid" if textured[0].texture == "striped" else "striped", count=1)
        assert not check(case, _redrawn(case, textured[0], flipped, boxes, rng))[0], f"{case.prompt!r}: accepted with the texture flipped"
        tally["rejected: one object's texture flipped"] += 1


def _constraining(case: Case, rng: random.Random, tally: Counter[str]) -> None:
    """Every single region removed is rejected, and a layout breaking only one constraint (where the sampler finds one)
    is rejected unless identical objects can satisfy it another way."""
    doc = _doc_for(case, _satisfying(case, rng), rng)
    assert check(case, doc)[0], case.prompt
    for k in range(len(doc["regions"])):
        assert not check(case, {**doc, "regions": doc["regions"][:k] + doc["regions"][k + 1:]})[0], case.prompt
    tally["rejected: each region dropped (cases)"] += 1
    for i, c in enumerate(case.constraints):
        rest = case.constraints[:i] + case.constraints[i + 1:]
        for _ in range(20000):
            boxes = _propose_sized(case, rng)
            if not holds(c, boxes) and all(holds(d, boxes) for d in rest):
                ok, _ = check(case, _doc_for(case, boxes, rng))
                tally["constraint broken alone: rejected" if not ok else "constraint broken alone: implied by others"] += 1
                break
        else:
            tally["constraint broken alone: not produced by the sampler (rows, columns, grids are proposed aligned)"] += 1


def verify_hand_written(cases: list[Case], seed: int = 11) -> Counter[str]:
    """Check a hand-written set the way :func:`self_check` checks the grammar, and more: every case well formed,
    satisfiable (its reference layout passes), and constraining (each region dropped, one constraint broken, one
    object miscoloured, renamed or with the other texture: each rejected). Prints the tally and returns it."""
    _well_formed(cases)
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    fallback: list[str] = []
    for case in cases:
        for attempt in range(30):  # a swap of identical-looking placements may legitimately pass: redraw the reference
            try:
                tally.update(self_check([case], seed=rng.randrange(10**6)))
                break
            except (ValueError, RuntimeError) as e:  # the grammar's proposal cannot lay out this grid: the sized one can
                fallback.append(f"{case.prompt!r} ({type(e).__name__})")
                doc = _doc_for(case, _satisfying(case, rng), rng)
                assert check(case, doc)[0] and not check(case, {**doc, "regions": doc["regions"][1:]})[0], case.prompt
                tally.update(["accepted", "rejected: dropped"])
                break
            except AssertionError as e:
                if "swapped" not in str(e) or attempt == 29:
                    raise
                tally["swap check redrawn"] += 1
    for case in cases:
        _constraining(case, rng, tally)
        _one_wrong(case, rng, tally)
    by = Counter(c.construction for c in cases)
    print(f"{len(cases)} cases, {len(by)} constructions: " + ", ".join(f"{name} {n}" for name, n in by.items()))
    print("verification: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    print(f"adapted reference layout used for {len(fallback)} case(s): " + "; ".join(fallback))
    return tally


def main() -> None:
    cases = generate()
    by_construction: dict[str, list[Case]] = {}
    for case in cases:
        by_construction.setdefault(case.construction, []).append(case)
    print(f"{len(cases)} cases, {len(by_construction)} constructions")
    for name, group in by_construction.items():
        print(f"\n{name} ({len(group)})")
        for case in group[:3]:
            print(f"  {case.prompt!r}\n      -> {case.meaning()}")
    assert len(cases) >= 300 and len(by_construction) >= 30
    assert generate() == cases, "generate() is not deterministic"
    tally = self_check(cases)
    print("\nself-check passed: " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
