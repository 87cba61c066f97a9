"""A hand-written request set for the layout planner about figures made of shapes: 127 requests in 26 constructions.

Pyramids (told by count, row by row, with colours per row, upside down, up to a pyramid of 10), V and upside-down V
shapes of 3, 5 and 7, the letters L (and backwards L), T (and upside-down T), X, W and M, plus signs of 5 and 9,
diamonds, towers with their colours told bottom up or top down, towers and stacks with sizes, staircases and
diagonals, steps built of columns, square frames, rings around a centre object, arrows, zigzags, and the same
figures with a background, textures, a place on the canvas, two figures at once, and objects that must be absent.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the other sets. The constraints state what a reader would judge
of the picture (rows above rows, items ordered along an arm, a centre between its neighbours), not exact positions.
Every case carries a reference layout drawn by hand for the intended figure: it passes :func:`check`, and every
layout with one of its regions dropped fails (``python -m regiondit.evals.paraphrases_figures``).

Each case is written as one Obj per slot; ``make`` merges identical objects into counts and renumbers the slots.
"""

# ruff: noqa: E501 (requests are data, kept one per line)
from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .paraphrases import C, Case, Constraint, Obj, col, grouped_case, line, places

CASES: list[Case] = []
# prompt -> (the slots as written, one reference box per slot): the figure drawn by hand, for the self-check
REFERENCES: dict[str, tuple[list[Obj], list[list[float]]]] = {}

H = 0.055  # half the side of a reference box


def o(noun: str, colour: str | None = None, texture: str | None = None) -> Obj:
    return Obj(noun, colour, texture)


@dataclass
class Fig:
    """A figure: its slots (one Obj each), the constraints that state it, and a reference centre and half-size per slot."""

    slots: list[Obj]
    cons: list[Constraint]
    pts: list[tuple[float, float]]
    half: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.half:
            self.half = [H] * len(self.slots)

    def __add__(self, other: Fig) -> Fig:
        """Two figures in one picture: the second's slots come after the first's."""
        n = len(self.slots)
        moved = [C(c.kind, *(i + n for i in c.slots), arg=c.arg) for c in other.cons]
        return Fig(self.slots + other.slots, self.cons + moved, self.pts + other.pts, self.half + other.half)

    def at(self, cx: float, cy: float, scale: float = 1.0) -> Fig:
        """The figure's reference drawing scaled about (0.5, 0.5) and moved there to (cx, cy)."""
        pts = [(cx + (x - 0.5) * scale, cy + (y - 0.5) * scale) for x, y in self.pts]
        return Fig(self.slots, self.cons, pts, [h * scale for h in self.half])

    def sized(self, halves: dict[int, float]) -> Fig:
        """Reference boxes of other sizes for some slots (for the size cases)."""
        return Fig(self.slots, self.cons, self.pts, [halves.get(i, h) for i, h in enumerate(self.half)])


def make(construction: str, prompt: str, fig: Fig, extra: Sequence[Constraint] = (), absent: Sequence[Obj] = (),
         background: str | None = None) -> None:
    """Add a case; ``extra`` constraints index the figure's slots as written."""
    assert prompt not in REFERENCES, prompt
    CASES.append(grouped_case(construction, prompt, fig.slots, [*fig.cons, *extra], absent, background))
    boxes = [[round(x - h, 4), round(y - h, 4), round(x + h, 4), round(y + h, 4)] for (x, y), h in zip(fig.pts, fig.half, strict=True)]
    REFERENCES[prompt] = (list(fig.slots), boxes)


def n_of(ob: Obj, n: int) -> list[Obj]:
    return [ob] * n


# --- the figures ------------------------------------------------------------------------------------------------------

def rows(*rs: Sequence[Obj], dx: float = 0.16, dy: float = 0.18) -> Fig:
    """Rows stacked top to bottom, each centred (a pyramid, an upside-down pyramid, a 1-2-3-2-1 diamond).

    Each row of two or more is a row, left to right; each row is above the next (at both its ends); the narrower of two
    neighbouring rows lies within the wider one's outer items in x. Slots: row by row, top row first, left to right.
    """
    slots: list[Obj] = []
    pts: list[tuple[float, float]] = []
    idx: list[list[int]] = []
    for r, items in enumerate(rs):
        y = 0.5 + (r - (len(rs) - 1) / 2) * dy
        idx.append(list(range(len(slots), len(slots) + len(items))))
        for k, ob in enumerate(items):
            slots.append(ob)
            pts.append((0.5 + (k - (len(items) - 1) / 2) * dx, y))
    cons: list[Constraint] = []
    for r in idx:
        if len(r) > 1:
            cons += line(r)
    for up, low in zip(idx, idx[1:], strict=False):
        cons += [C("above", up[0], low[0]), C("above", up[-1], low[-1])]
        narrow, wide = (up, low) if len(up) < len(low) else (low, up)
        cons += [C("between_x", s, wide[0], wide[-1]) for s in dict.fromkeys((narrow[0], narrow[-1]))]
    return Fig(slots, cons, pts)


def pyramid(ob: Obj, base: int) -> Fig:
    """A pyramid of identical objects: rows of 1, 2, ..., base from the top."""
    return rows(*(n_of(ob, k) for k in range(1, base + 1)))


def inverted(ob: Obj, top: int) -> Fig:
    return rows(*(n_of(ob, k) for k in range(top, 0, -1)))


def vee(items: Sequence[Obj], up: bool = False, dx: float = 0.12, dy: float = 0.18) -> Fig:
    """A V (tip at the bottom; ``up``: an upside-down V, tip at the top) of an odd number of objects, given left to right.

    All in order left to right; along each arm the objects step down towards the tip (up towards it when ``up``).
    """
    n = len(items)
    k = n // 2
    pts = [(0.5 + (i - k) * dx, 0.5 + (k - abs(i - k)) * dy * (-1 if up else 1) + (k * dy / 2 if up else -k * dy / 2)) for i in range(n)]
    left, right = list(range(k + 1)), list(range(n - 1, k - 1, -1))  # each arm from its outer end to the tip
    if up:
        cons = [C("order_x", *range(n)), C("order_y", *reversed(left)), C("order_y", *reversed(right))]
    else:
        cons = [C("order_x", *range(n)), C("order_y", *left), C("order_y", *right)]
    return Fig(list(items), cons, pts)


def ell(down: Sequence[Obj], across: Sequence[Obj], backwards: bool = False, loose: bool = False) -> Fig:
    """An L: ``down`` stacked top to bottom ending at the corner, ``across`` going right from the corner (left when
    ``backwards``), nearest first. ``loose``: only the top, the corner and the far end of the foot are placed (the count
    alone does not say how long each arm is)."""
    step, sign = 0.16, -1 if backwards else 1
    x0 = 0.5 - sign * step * len(across) / 2
    y0 = 0.5 - step * (len(down) - 1) / 2
    pts = [(x0, y0 + i * step) for i in range(len(down))]
    pts += [(x0 + sign * step * (i + 1), pts[-1][1]) for i in range(len(across))]
    corner = len(down) - 1
    foot = [corner, *range(len(down), len(down) + len(across))]
    if loose:
        down_idx, foot = [0, corner], [corner, foot[-1]]
    else:
        down_idx = list(range(len(down)))
    cons = col(down_idx) + line(list(reversed(foot)) if backwards else foot)
    return Fig([*down, *across], cons, pts)


def tee(bar: Sequence[Obj], stem: Sequence[Obj], upside_down: bool = False) -> Fig:
    """A T: ``bar`` left to right (odd count), ``stem`` going down from its middle object, nearest first; ``upside_down``:
    the bar at the bottom and the stem going up from its middle."""
    step, sign = 0.16, -1 if upside_down else 1
    ybar = 0.5 - sign * step * len(stem) / 2
    pts = [(0.5 + (k - (len(bar) - 1) / 2) * step, ybar) for k in range(len(bar))]
    pts += [(0.5, ybar + sign * step * (i + 1)) for i in range(len(stem))]
    mid = len(bar) // 2
    stem_idx = [mid, *range(len(bar), len(bar) + len(stem))]
    cons = line(list(range(len(bar)))) + col(list(reversed(stem_idx)) if upside_down else stem_idx)
    return Fig([*bar, *stem], cons, pts)


def ex(centre: Obj, others: Sequence[Obj], arm: int = 1) -> Fig:
    """An X: the centre, then the arms top-left, top-right, bottom-left, bottom-right, each from the centre outwards.
    Along each diagonal the objects are in order in x and in y."""
    d = 0.15 if arm == 1 else 0.14
    dirs = ((-1, -1), (1, -1), (-1, 1), (1, 1))
    pts = [(0.5, 0.5)] + [(0.5 + sx * d * (i + 1), 0.5 + sy * d * (i + 1)) for sx, sy in dirs for i in range(arm)]
    arms = [list(range(1 + a * arm, 1 + (a + 1) * arm)) for a in range(4)]
    tl, tr, bl, br = arms
    falling = [*reversed(tl), 0, *br]  # top left to bottom right
    rising = [*reversed(bl), 0, *tr]  # bottom left to top right
    cons = [C("order_x", *falling), C("order_y", *falling), C("order_x", *rising), C("order_y", *reversed(rising))]
    return Fig([centre, *others], cons, pts)


def plus(centre: Obj, others: Sequence[Obj], arm: int = 1) -> Fig:
    """A plus: the centre, then the arms up, down, left, right, each from the centre outwards: a row through the centre
    and a column through it, each in order."""
    d = 0.15 if arm == 1 else 0.14
    dirs = ((0, -1), (0, 1), (-1, 0), (1, 0))
    pts = [(0.5, 0.5)] + [(0.5 + sx * d * (i + 1), 0.5 + sy * d * (i + 1)) for sx, sy in dirs for i in range(arm)]
    up, down, left, right = (list(range(1 + a * arm, 1 + (a + 1) * arm)) for a in range(4))
    cons = line([*reversed(left), 0, *right]) + col([*reversed(up), 0, *down])
    return Fig([centre, *others], cons, pts)


def diamond(top: Obj, left: Obj, right: Obj, bottom: Obj, centre: Obj | None = None) -> Fig:
    """A diamond of four points (slots top, left, right, bottom), and a centre object last if given: top and bottom
    between left and right in x, left and right between top and bottom in y; a centre between them both ways."""
    pts = [(0.5, 0.28), (0.28, 0.5), (0.72, 0.5), (0.5, 0.72)]
    cons = [C("between_x", 0, 1, 2), C("between_x", 3, 1, 2), C("between_y", 1, 0, 3), C("between_y", 2, 0, 3)]
    slots = [top, left, right, bottom]
    if centre is not None:
        slots.append(centre)
        pts.append((0.5, 0.5))
        cons += [C("between_x", 4, 1, 2), C("between_y", 4, 0, 3)]
    return Fig(slots, cons, pts)


def tower(top_down: Sequence[Obj], dy: float = 0.15) -> Fig:
    """A tower: a column in this order from the top down."""
    n = len(top_down)
    pts = [(0.5, 0.5 + (i - (n - 1) / 2) * dy) for i in range(n)]
    return Fig(list(top_down), col(list(range(n))), pts)


def diagonal(items: Sequence[Obj], falling: bool, step: float = 0.14) -> Fig:
    """Objects given left to right, each lower than the one before (``falling``) or higher (rising): in order in x and
    in y (reversed for rising)."""
    n = len(items)
    pts = [(0.5 + (i - (n - 1) / 2) * step, 0.5 + (i - (n - 1) / 2) * step * (1 if falling else -1)) for i in range(n)]
    idx = list(range(n))
    return Fig(list(items), [C("order_x", *idx), C("order_y", *(idx if falling else reversed(idx)))], pts)


def steps(heights: Sequence[int], ob: Obj) -> Fig:
    """Steps built of columns standing on one line, left to right, of these heights. Slots: column by column, top down.
    The bottoms make a row in order; each column of two or more is a column; the top of each column is above the top of
    the next lower one (its left neighbour when climbing, the right one when descending)."""
    slots: list[Obj] = []
    pts: list[tuple[float, float]] = []
    columns: list[list[int]] = []
    for c, h in enumerate(heights):
        x = 0.5 + (c - (len(heights) - 1) / 2) * 0.18
        columns.append(list(range(len(slots), len(slots) + h)))
        for i in range(h):
            slots.append(ob)
            pts.append((x, 0.7 - (h - 1 - i) * 0.17))
    cons = line([cl[-1] for cl in columns])
    cons += [c for cl in columns if len(cl) > 1 for c in col(cl)]
    for a, b in zip(columns, columns[1:], strict=False):
        if len(a) != len(b):
            high, low = (a, b) if len(a) > len(b) else (b, a)
            cons.append(C("above", high[0], low[0]))
    return Fig(slots, cons, pts)


def frame(corner: Obj, side: Obj, centre: Obj | None = None) -> Fig:
    """The border of a 3 by 3 square: slots top-left, top, top-right, left, right, bottom-left, bottom, bottom-right
    (corners ``corner``, middles of the sides ``side``), and a centre object last if given. The top and bottom are rows in
    order, the left and right sides columns in order; a centre lies between the side middles both ways."""
    g = (0.28, 0.5, 0.72)
    pts = [(g[0], g[0]), (g[1], g[0]), (g[2], g[0]), (g[0], g[1]), (g[2], g[1]), (g[0], g[2]), (g[1], g[2]), (g[2], g[2])]
    slots = [corner, side, corner, side, side, corner, side, corner]
    cons = line([0, 1, 2]) + line([5, 6, 7]) + col([0, 3, 5]) + col([2, 4, 7])
    if centre is not None:
        slots.append(centre)
        pts.append((0.5, 0.5))
        cons += [C("between_x", 8, 3, 4), C("between_y", 8, 1, 6)]
    return Fig(slots, cons, pts)


def ring(centre: Obj, around: Obj, n: int, r: float = 0.27) -> Fig:
    """``n`` objects in a ring around a centre object (slot 0). The centre has ring objects on its left and right and
    above and below it (four different ones); a ring of eight also has one in each corner around it."""
    angles = [math.pi / 2 + 2 * math.pi * k / n for k in range(n)]  # the first on top, counter-clockwise
    pts = [(0.5, 0.5)] + [(0.5 + r * math.cos(a), 0.5 - r * math.sin(a)) for a in angles]

    def nearest(deg: float, taken: list[int]) -> int:
        return min((i for i in range(1, n + 1) if i not in taken), key=lambda i: abs(math.remainder(angles[i - 1] - math.radians(deg), 2 * math.pi)))

    chosen: list[int] = []
    for deg in (180, 0, 90, 270):  # left, right, top, bottom
        chosen.append(nearest(deg, chosen))
    left, right, top, bottom = chosen
    cons = [C("between_x", 0, left, right), C("between_y", 0, top, bottom)]
    if n == 8:
        for deg in (135, 45, 225, 315):
            chosen.append(nearest(deg, chosen))
        tl, tr, bl, br = chosen[4:]
        cons += [C("left_of", tl, 0), C("above", tl, 0), C("left_of", 0, tr), C("above", tr, 0),
                 C("left_of", bl, 0), C("above", 0, bl), C("left_of", 0, br), C("above", 0, br)]
    return Fig([centre, *n_of(around, n)], cons, pts)


def arrow(shaft: Sequence[Obj], tip: Obj, barbs: Sequence[Obj], towards: str, loose: bool = False) -> Fig:
    """An arrow pointing ``towards`` (right, left, up, down): the shaft from its tail forwards, then the tip, then the two
    barbs. The shaft and the tip are a line in order (``loose``: only the tail and the tip, when the count alone does
    not say how the objects split between shaft and head); the barbs are behind the tip, on either side of it, and ahead
    of the tail."""
    ns = len(shaft)
    step = 0.14
    start = 0.5 - step * ns / 2
    canon = [(start + step * i, 0.5) for i in range(ns + 1)]
    canon += [(canon[-1][0] - 0.12, 0.35), (canon[-1][0] - 0.12, 0.65)]
    to_xy = {"right": lambda u, v: (u, v), "left": lambda u, v: (1 - u, v),
             "down": lambda u, v: (v, u), "up": lambda u, v: (v, 1 - u)}[towards]
    pts = [to_xy(u, v) for u, v in canon]
    horizontal = towards in ("right", "left")

    def ahead(a: int, b: int) -> Constraint:  # b is further along the arrow than a
        return {"right": C("left_of", a, b), "left": C("left_of", b, a), "down": C("above", a, b), "up": C("above", b, a)}[towards]

    def aside(a: int, b: int) -> Constraint:  # a and b on the two sides of the arrow's line
        return C("above", a, b) if horizontal else C("left_of", a, b)

    tip_i, b1, b2 = ns, ns + 1, ns + 2
    along = [0, tip_i] if loose else list(range(ns + 1))
    if towards in ("left", "up"):
        along = list(reversed(along))
    cons = line(along) if horizontal else col(along)
    # the first barb is drawn at v=0.35: above the line for a horizontal arrow, left of it for a vertical one
    cons += [ahead(b1, tip_i), ahead(b2, tip_i), aside(b1, tip_i), aside(tip_i, b2), ahead(0, b1), ahead(0, b2)]
    return Fig([*shaft, tip, *barbs], cons, pts)


def zigzag(items: Sequence[Obj], first_high: bool, step: float = 0.13) -> Fig:
    """A zigzag, given left to right: in order in x, each object higher than its neighbours or lower than both,
    alternately, the first high or low."""
    n = len(items)
    highs = [(i % 2 == 0) == first_high for i in range(n)]
    pts = [(0.5 + (i - (n - 1) / 2) * step, 0.37 if hi else 0.63) for i, hi in enumerate(highs)]
    cons = [C("order_x", *range(n))]
    for i in range(n - 1):
        cons.append(C("above", i, i + 1) if highs[i] else C("above", i + 1, i))
    return Fig(list(items), cons, pts)


def bigger(a: int, others: Sequence[int]) -> list[Constraint]:
    return [C("larger", a, b) for b in others]


def chain_larger(idx: Sequence[int]) -> list[Constraint]:
    """Each larger than the next."""
    return [C("larger", a, b) for a, b in zip(idx, idx[1:], strict=False)]


# --- the cases --------------------------------------------------------------------------------------------------------

CIRCLE, SQUARE, TRIANGLE = o("circle"), o("square"), o("triangle")

# A pyramid told by its count alone.
K = "pyramid_count"
make(K, "a pyramid of 6 circles", pyramid(CIRCLE, 3))
make(K, "pyramid of 3 squares", pyramid(SQUARE, 2))
make(K, "Stack 10 orange circles into a pyramid.", pyramid(o("circle", "orange"), 4))
make(K, "six blue triangles arranged as a pyramid", pyramid(o("triangle", "blue"), 3))
make(K, "can you make a little pyramid out of six striped yellow squares?", pyramid(o("square", "yellow", "striped"), 3))

# A pyramid told row by row.
K = "pyramid_rows"
make(K, "three green squares on the bottom, two on top of them, and one at the very top, like a pyramid", pyramid(o("square", "green"), 3))
make(K, "build a 3-2-1 pyramid of purple triangles", pyramid(o("triangle", "purple"), 3))
make(K, "bottom row 3 blue squares, middle row 2, top row 1", pyramid(o("square", "blue"), 3))
make(K, "a pyramid, 1 on top then 2 then 3, all orange circles", pyramid(o("circle", "orange"), 3))
make(K, "4-3-2-1 pyramid of squares please", pyramid(SQUARE, 4))

# A pyramid with its colours (or shapes) told by row.
K = "pyramid_colours"
make(K, "a pyramid of circles: red at the peak, yellow at the base, and orange in the middle",
     rows([o("circle", "red")], n_of(o("circle", "orange"), 2), n_of(o("circle", "yellow"), 3)))
make(K, "pyramid of 10 circles, bottom row 4 purple, then 3 blue, then 2 green, and one yellow circle on top",
     rows([o("circle", "yellow")], n_of(o("circle", "green"), 2), n_of(o("circle", "blue"), 3), n_of(o("circle", "purple"), 4)))
make(K, "a six-triangle pyramid, the top one red and the rest blue",
     rows([o("triangle", "red")], n_of(o("triangle", "blue"), 2), n_of(o("triangle", "blue"), 3)))
make(K, "two yellow squares side by side with a red circle balanced on top of them",
     rows([o("circle", "red")], n_of(o("square", "yellow"), 2)))
make(K, "Pyramid made of 6 shapes: a bottom row of three green squares, a middle row of two blue circles, and an orange triangle on top.",
     rows([o("triangle", "orange")], n_of(o("circle", "blue"), 2), n_of(o("square", "green"), 3)))

# Upside-down pyramids.
K = "pyramid_upside_down"
make(K, "an upside-down pyramid of 6 circles", inverted(CIRCLE, 3))
make(K, "an inverted pyramid: 3 red squares on top, 2 below them, 1 at the bottom", inverted(o("square", "red"), 3))
make(K, "an upside-down pyramid, 4 squares in the top row, then 3, then 2, then a single one at the bottom", inverted(SQUARE, 4))
make(K, "Flip a pyramid of three: two green circles on top and one yellow circle under them, in the middle",
     rows(n_of(o("circle", "green"), 2), [o("circle", "yellow")]))
make(K, "arrange six striped orange circles in a triangle that points down", inverted(o("circle", "orange", "striped"), 3))

# V shapes (the tip at the bottom).
K = "v_shape"
make(K, "a V of 5 circles", vee(n_of(CIRCLE, 5)))
make(K, "Arrange 3 red squares in a V shape", vee(n_of(o("square", "red"), 3)))
make(K, "seven blue triangles forming a V", vee(n_of(o("triangle", "blue"), 7)))
make(K, "a V made of 5 circles: the one at the bottom point is purple and the rest are green",
     vee([*n_of(o("circle", "green"), 2), o("circle", "purple"), *n_of(o("circle", "green"), 2)]))
make(K, "V shape, 7 squares, yellow tip, orange arms",
     vee([*n_of(o("square", "orange"), 3), o("square", "yellow"), *n_of(o("square", "orange"), 3)]))

# Upside-down V shapes (the tip at the top).
K = "v_upside_down"
make(K, "an upside-down V of 5 circles", vee(n_of(CIRCLE, 5), up=True))
make(K, "Put 3 squares in an inverted V, the top one red and the two lower ones blue",
     vee([o("square", "blue"), o("square", "red"), o("square", "blue")], up=True))
make(K, "seven yellow circles making an upside down V, like a roof", vee(n_of(o("circle", "yellow"), 7), up=True))
make(K, "a chevron pointing up made of 5 green triangles", vee(n_of(o("triangle", "green"), 5), up=True))
make(K, "5 purple squares in the shape of a roof peak, an upside-down V with the peak at the top", vee(n_of(o("square", "purple"), 5), up=True))

# The letter L (and the backwards L).
K = "letter_l"
make(K, "an L shape made of 5 squares", ell(n_of(SQUARE, 3), n_of(SQUARE, 2), loose=True))
make(K, "make the letter L with blue circles: 3 going down and then 2 more going right from the bottom one",
     ell(n_of(o("circle", "blue"), 3), n_of(o("circle", "blue"), 2)))
make(K, "an L of 6 circles, four stacked vertically and two more extending to the right from the bottom circle",
     ell(n_of(CIRCLE, 4), n_of(CIRCLE, 2)))
make(K, "backwards L: 3 red squares stacked up and 2 red squares going left from the bottom square",
     ell(n_of(o("square", "red"), 3), n_of(o("square", "red"), 2), backwards=True))
make(K, "an L with a green corner square, three yellow squares above the corner and two yellow squares to its right",
     ell([*n_of(o("square", "yellow"), 3), o("square", "green")], n_of(o("square", "yellow"), 2)))

# The letter T (and the upside-down T).
K = "letter_t"
make(K, "a T made of 5 circles", tee(n_of(CIRCLE, 3), n_of(CIRCLE, 2)))
make(K, "T shape with 7 circles, 5 across the top and 2 down the middle", tee(n_of(CIRCLE, 5), n_of(CIRCLE, 2)))
make(K, "an upside-down T of 5 blue triangles", tee(n_of(o("triangle", "blue"), 3), n_of(o("triangle", "blue"), 2), upside_down=True))
make(K, "upside down T: a bottom row of three orange squares with two more stacked up from the middle one",
     tee(n_of(o("square", "orange"), 3), n_of(o("square", "orange"), 2), upside_down=True))
make(K, "a T where the crossbar is 3 yellow circles and the stem is 3 purple circles",
     tee(n_of(o("circle", "yellow"), 3), n_of(o("circle", "purple"), 3)))

# The letter X.
K = "letter_x"
make(K, "an X of 5 circles", ex(CIRCLE, n_of(CIRCLE, 4)))
make(K, "make an X out of 9 squares", ex(SQUARE, n_of(SQUARE, 8), arm=2))
make(K, "an X made of blue circles with a red circle where the lines cross, 5 in total", ex(o("circle", "red"), n_of(o("circle", "blue"), 4)))
make(K, "X shape: 9 triangles, the centre one orange and the other eight green", ex(o("triangle", "orange"), n_of(o("triangle", "green"), 8), arm=2))
make(K, "draw a big X with five striped purple squares", ex(o("square", "purple", "striped"), n_of(o("square", "purple", "striped"), 4)))

# Plus signs and crosses.
K = "plus_sign"
make(K, "a plus sign made of 5 circles", plus(CIRCLE, n_of(CIRCLE, 4)))
make(K, "a cross of 9 squares, two on each arm around a middle square", plus(SQUARE, n_of(SQUARE, 8), arm=2))
make(K, "plus sign: red circle in the center, a blue circle above, below, left and right of it", plus(o("circle", "red"), n_of(o("circle", "blue"), 4)))
make(K, "make a + out of 5 yellow triangles", plus(o("triangle", "yellow"), n_of(o("triangle", "yellow"), 4)))
make(K, "a cross shape with a square in the centre and two circles going out from it up, down, left and right", plus(SQUARE, n_of(CIRCLE, 8), arm=2))

# Diamonds.
K = "diamond"
make(K, "four circles in a diamond", diamond(CIRCLE, CIRCLE, CIRCLE, CIRCLE))
make(K, "a diamond shape made of 4 red squares", diamond(*n_of(o("square", "red"), 4)))
make(K, "a diamond of 4 triangles with a blue circle in the middle", diamond(*n_of(TRIANGLE, 4), centre=o("circle", "blue")))
make(K, "diamond formation: green circle at the top, yellow at the bottom, and red on the left and right",
     diamond(o("circle", "green"), o("circle", "red"), o("circle", "red"), o("circle", "yellow")))
make(K, "9 circles stacked as a diamond: 1, 2, 3, 2, 1", rows(*(n_of(CIRCLE, k) for k in (1, 2, 3, 2, 1)), dy=0.15))

# Towers told from the bottom up.
K = "tower_bottom_up"
make(K, "a tower of three squares: red at the bottom, then blue, then green on top",
     tower([o("square", "green"), o("square", "blue"), o("square", "red")]))
make(K, "stack 4 circles from the bottom up: yellow, orange, red, purple",
     tower([o("circle", "purple"), o("circle", "red"), o("circle", "orange"), o("circle", "yellow")]))
make(K, "a stack of squares, bottom to top green blue yellow", tower([o("square", "yellow"), o("square", "blue"), o("square", "green")]))
make(K, "build a tower: blue triangle at the base, a red square on it, and a yellow circle on the very top",
     tower([o("circle", "yellow"), o("square", "red"), o("triangle", "blue")]))
make(K, "tower of 5 squares, the bottom two purple and the top three orange",
     tower([*n_of(o("square", "orange"), 3), *n_of(o("square", "purple"), 2)]))

# Towers told from the top down.
K = "tower_top_down"
make(K, "a vertical stack of 3 circles, from top to bottom red, green, blue", tower([o("circle", "red"), o("circle", "green"), o("circle", "blue")]))
make(K, "a column of four squares: the top one yellow, then orange, then red, and the bottom one purple",
     tower([o("square", "yellow"), o("square", "orange"), o("square", "red"), o("square", "purple")]))
make(K, "Tower, top down: orange circle, orange square, blue square", tower([o("circle", "orange"), o("square", "orange"), o("square", "blue")]))
make(K, "6 circles stacked vertically, alternating red and blue starting with red on top",
     tower([o("circle", "red"), o("circle", "blue")] * 3, dy=0.14))

# Towers and stacks with sizes.
K = "tower_sizes"
make(K, "a tower of 3 squares, biggest at the bottom and smallest at the top", tower(n_of(SQUARE, 3), dy=0.22).sized({0: 0.05, 1: 0.08, 2: 0.1}),
     chain_larger([2, 1, 0]))
make(K, "stack 3 circles like a snowman: a big one at the bottom, a medium one, and a small one on top",
     tower(n_of(CIRCLE, 3), dy=0.25).sized({0: 0.06, 1: 0.09, 2: 0.12}), chain_larger([2, 1, 0]))
make(K, "a tower of 4 blue squares getting smaller as it goes up", tower(n_of(o("square", "blue"), 4), dy=0.2).sized({0: 0.04, 1: 0.06, 2: 0.08, 3: 0.09}),
     chain_larger([3, 2, 1, 0]))
make(K, "a stack of two squares, a small red one resting on a large blue one", tower([o("square", "red"), o("square", "blue")], dy=0.25).sized({0: 0.06, 1: 0.12}),
     [C("larger", 1, 0)])
make(K, "a pyramid of 3 circles where the top circle is bigger than the two under it",
     rows([CIRCLE], n_of(CIRCLE, 2), dx=0.24, dy=0.26).sized({0: 0.1, 1: 0.06, 2: 0.06}), bigger(0, [1, 2]))

# Staircases: objects stepping up (or down) one after another.
K = "staircase"
make(K, "a staircase of 4 squares going up to the right", diagonal(n_of(SQUARE, 4), falling=False))
make(K, "5 circles like steps, climbing from the bottom left to the top right", diagonal(n_of(CIRCLE, 5), falling=False))
make(K, "a staircase of squares going down from left to right, red, orange, yellow, green",
     diagonal([o("square", "red"), o("square", "orange"), o("square", "yellow"), o("square", "green")], falling=True))
make(K, "stairs of 6 squares rising to the left", diagonal(n_of(SQUARE, 6), falling=True, step=0.13))

# Diagonal lines.
K = "diagonal"
make(K, "a diagonal line of 4 circles from the top left to the bottom right", diagonal(n_of(CIRCLE, 4), falling=True))
make(K, "three squares on a diagonal, going from bottom left to top right", diagonal(n_of(SQUARE, 3), falling=False))
make(K, "diagonal of 5 blue circles, starting top right, ending bottom left", diagonal(n_of(o("circle", "blue"), 5), falling=False))
make(K, "put red, yellow and blue circles along a diagonal from the upper left corner down to the lower right corner, in that order",
     diagonal([o("circle", "red"), o("circle", "yellow"), o("circle", "blue")], falling=True, step=0.3),
     [C("in", 0, arg="top_left"), C("in", 2, arg="bottom_right")])
make(K, "striped green squares in a diagonal line, six of them, top left to bottom right", diagonal(n_of(o("square", "green", "striped"), 6), falling=True, step=0.13))

# Steps built of columns standing on one line.
K = "step_blocks"
make(K, "steps made of squares: one square, then a stack of two, then a stack of three, left to right", steps((1, 2, 3), SQUARE))
make(K, "a staircase of 6 blocks: a column of 3 squares on the right, 2 in the middle, 1 on the left", steps((1, 2, 3), SQUARE))
make(K, "build stairs with orange squares: columns of 1, 2 and 3 from left to right, all standing on the same line", steps((1, 2, 3), o("square", "orange")))
make(K, "stairs going down to the right made of squares, 3 high on the left, then 2, then 1", steps((3, 2, 1), SQUARE))
make(K, "two steps: a single blue square next to a stack of two blue squares on its right", steps((1, 2), o("square", "blue")))

# Frames: the border of a square.
K = "frame_square"
make(K, "a square frame made of 8 circles", frame(CIRCLE, CIRCLE))
make(K, "a hollow square of 8 blue triangles", frame(o("triangle", "blue"), o("triangle", "blue")))
make(K, "border of a square: red circles on the corners and blue circles in the middle of each side", frame(o("circle", "red"), o("circle", "blue")))
make(K, "a square outline of 8 yellow squares around a purple circle", frame(o("square", "yellow"), o("square", "yellow"), centre=o("circle", "purple")))
make(K, "a 3 by 3 square of circles with the middle one missing", frame(CIRCLE, CIRCLE))

# Rings around a centre object.
K = "ring_around"
make(K, "a red circle with 4 blue squares around it", ring(o("circle", "red"), o("square", "blue"), 4))
make(K, "six circles in a ring around a square", ring(SQUARE, CIRCLE, 6))
make(K, "a green triangle surrounded by eight yellow circles", ring(o("triangle", "green"), o("circle", "yellow"), 8))
make(K, "5 small triangles arranged in a ring around a big blue circle",
     ring(o("circle", "blue"), TRIANGLE, 5, r=0.3).sized({0: 0.12, 1: 0.05, 2: 0.05, 3: 0.05, 4: 0.05, 5: 0.05}), bigger(0, range(1, 6)))
make(K, "a ring of 8 striped circles with a solid red square in the centre", ring(o("square", "red", "solid"), o("circle", texture="striped"), 8, r=0.3))

# Arrows.
K = "arrow"
make(K, "an arrow pointing right made of circles, 4 in a line for the shaft and 3 for the head", arrow(n_of(CIRCLE, 4), CIRCLE, n_of(CIRCLE, 2), "right"))
make(K, "arrow pointing up: a column of 3 blue squares with a red triangle on top and two red triangles on either side just below it",
     arrow(n_of(o("square", "blue"), 3), o("triangle", "red"), n_of(o("triangle", "red"), 2), "up"))
make(K, "draw an arrow made of green circles pointing left, shaft of 3 and a head of 3",
     arrow(n_of(o("circle", "green"), 3), o("circle", "green"), n_of(o("circle", "green"), 2), "left"))
make(K, "an arrow of 6 squares pointing down", arrow(n_of(SQUARE, 3), SQUARE, n_of(SQUARE, 2), "down", loose=True))
make(K, "a right-pointing arrow: yellow squares for the shaft (three of them) and orange triangles for the arrowhead (three)",
     arrow(n_of(o("square", "yellow"), 3), o("triangle", "orange"), n_of(o("triangle", "orange"), 2), "right"))

# Zigzags, and the letters W and M.
K = "zigzag"
make(K, "a zigzag of 6 circles, starting high on the left", zigzag(n_of(CIRCLE, 6), first_high=True))
make(K, "zig-zag of red and blue triangles, red ones up and blue ones down, 3 of each, starting with a red one on the left",
     zigzag([o("triangle", "red"), o("triangle", "blue")] * 3, first_high=True))
make(K, "make a zigzag out of 7 yellow circles, the first one low", zigzag(n_of(o("circle", "yellow"), 7), first_high=False))
make(K, "a W made of 5 purple squares", zigzag(n_of(o("square", "purple"), 5), first_high=True))
make(K, "the letter M drawn with 5 green circles", zigzag(n_of(o("circle", "green"), 5), first_high=False))

# Figures on a background colour.
K = "figure_background"
make(K, "a pyramid of 6 yellow circles on a black background", pyramid(o("circle", "yellow"), 3), background="black")
make(K, "on a gray background, a plus sign made of 5 red squares", plus(o("square", "red"), n_of(o("square", "red"), 4)), background="gray")
make(K, "white background with a blue V of 5 triangles", vee(n_of(o("triangle", "blue"), 5)), background="white")
make(K, "tower of 3 circles (green, orange, purple from bottom to top) against a grey backdrop",
     tower([o("circle", "purple"), o("circle", "orange"), o("circle", "green")]), background="gray")
make(K, "an X of 5 orange squares, black background", ex(o("square", "orange"), n_of(o("square", "orange"), 4)), background="black")

# Figures with textures.
K = "figure_textures"
make(K, "a pyramid of 6 squares, the bottom row striped and the rest solid",
     rows([o("square", texture="solid")], n_of(o("square", texture="solid"), 2), n_of(o("square", texture="striped"), 3)))
make(K, "a plus of 5 circles, the middle one striped red and the arms solid blue", plus(o("circle", "red", "striped"), n_of(o("circle", "blue", "solid"), 4)))
make(K, "a tower of 4 squares alternating striped and solid, starting with a striped one at the bottom",
     tower([o("square", texture="solid"), o("square", texture="striped")] * 2))
make(K, "a V of 5 striped green circles", vee(n_of(o("circle", "green", "striped"), 5)))
make(K, "an L made of 5 triangles, three stacked and two more to the right of the bottom one; make the corner triangle striped and the other four plain red",
     ell([*n_of(o("triangle", "red", "solid"), 2), o("triangle", texture="striped")], n_of(o("triangle", "red", "solid"), 2)))

# Figures placed somewhere on the canvas.
K = "figure_placed"
make(K, "a small pyramid of 3 circles in the top left corner", pyramid(CIRCLE, 2).at(0.25, 0.25, 0.7), places("top_left", range(3)))
make(K, "a plus sign of 5 blue squares in the bottom right", plus(o("square", "blue"), n_of(o("square", "blue"), 4)).at(0.72, 0.72, 0.8),
     places("bottom_right", range(5)))
make(K, "a tower of 3 red circles on the left side of the picture", tower(n_of(o("circle", "red"), 3)).at(0.22, 0.5), places("left", range(3)))
make(K, "put a V of 5 triangles in the top half", vee(n_of(TRIANGLE, 5)).at(0.5, 0.25, 0.6), places("top", range(5)))
make(K, "an X of 5 circles right in the centre", ex(CIRCLE, n_of(CIRCLE, 4)), [C("in", 0, arg="center")])

# Two figures in one picture.
K = "two_figures"
make(K, "a tower of 3 red squares on the left and a pyramid of 3 blue circles on the right",
     tower(n_of(o("square", "red"), 3)).at(0.25, 0.5) + pyramid(o("circle", "blue"), 2).at(0.72, 0.5, 0.8),
     [*places("left", range(3)), *places("right", range(3, 6))])
make(K, "a V of 3 green triangles next to an upside-down V of 3 orange triangles",
     vee(n_of(o("triangle", "green"), 3)).at(0.27, 0.5, 0.8) + vee(n_of(o("triangle", "orange"), 3), up=True).at(0.73, 0.5, 0.8))
make(K, "a pyramid of 3 purple squares above an upside-down pyramid of 3 purple circles, like an hourglass",
     pyramid(o("square", "purple"), 2).at(0.5, 0.28, 0.8) + inverted(o("circle", "purple"), 2).at(0.5, 0.72, 0.8),
     [C("above", 1, 3), C("above", 2, 4)])
make(K, "a T of 4 green circles (3 across, 1 below the middle) on the left and an upside-down T of 4 yellow circles on the right",
     tee(n_of(o("circle", "green"), 3), [o("circle", "green")]).at(0.27, 0.5, 0.8) + tee(n_of(o("circle", "yellow"), 3), [o("circle", "yellow")], upside_down=True).at(0.73, 0.5, 0.8),
     [*places("left", range(4)), *places("right", range(4, 8))])
make(K, "two towers of three squares side by side, the left one all red and the right one all blue",
     tower(n_of(o("square", "red"), 3)).at(0.35, 0.5) + tower(n_of(o("square", "blue"), 3)).at(0.65, 0.5),
     [C("left_of", i, i + 3) for i in range(3)])

# Figures with something that must not be drawn.
K = "figure_negation"
make(K, "a plus sign of 5 circles, no squares", plus(CIRCLE, n_of(CIRCLE, 4)), absent=[SQUARE])
make(K, "a V of 5 green triangles and no circles at all", vee(n_of(o("triangle", "green"), 5)), absent=[CIRCLE])
make(K, "a tower of 4 squares, none of them red", tower(n_of(SQUARE, 4)), absent=[o("square", "red")])
make(K, "an upside-down pyramid of 6 squares and no yellow ones", inverted(SQUARE, 3), absent=[o("square", "yellow")])

del K


# --- self-check: every reference layout passes, every layout missing one of its regions fails -------------------------

def _text(ob: Obj) -> str:
    words = [ob.texture or "", ob.colour or "", ob.noun]
    text = " ".join(w for w in words if w)
    return ("an " if text[0] in "aeiou" else "a ") + text


def reference_doc(case: Case, rng: random.Random) -> dict:
    """The hand-drawn reference layout of a case as a layout document (regions in a shuffled order)."""
    slots, boxes = REFERENCES[case.prompt]
    regions = [{"id": f"r{i}", "bbox": b, "high_level": _text(ob)} for i, (ob, b) in enumerate(zip(slots, boxes, strict=True))]
    rng.shuffle(regions)
    doc: dict = {"global": {"high_level": ", ".join(r["high_level"] for r in regions)}, "regions": regions}
    if case.background:
        doc["global"]["high_level"] += f" on a {case.background} background"
        doc["background"] = {"high_level": f"a plain {case.background} background"}
    return doc


def self_check(seed: int = 0) -> Counter[str]:
    from ..schemas import validate_layout
    from .paraphrases import check

    rng = random.Random(seed)
    assert len({c.prompt for c in CASES}) == len(CASES), "duplicate prompts"
    tally: Counter[str] = Counter()
    slowest = (0.0, "")
    for case in CASES:
        doc = validate_layout(reference_doc(case, rng))
        for x0, y0, x1, y1 in (r["bbox"] for r in doc["regions"]):
            assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1, case.prompt
        ok, why = check(case, doc)
        assert ok, f"{case.construction}: {case.prompt!r}: reference layout rejected: {why}"
        tally["reference layouts passed"] += 1
        for k in range(len(doc["regions"])):
            ok, _ = check(case, {**doc, "regions": doc["regions"][:k] + doc["regions"][k + 1:]})
            assert not ok, f"{case.prompt!r}: passed with region {k} dropped"
            tally["drop-one layouts failed"] += 1
        # the figure turned upside down and mirrored: a hard layout for the search (how long check() takes on it)
        flipped = [{**r, "bbox": [1 - r["bbox"][2], 1 - r["bbox"][3], 1 - r["bbox"][0], 1 - r["bbox"][1]]} for r in doc["regions"]]
        start = time.perf_counter()
        ok, _ = check(case, {**doc, "regions": flipped})
        spent = time.perf_counter() - start
        slowest = max(slowest, (spent, case.prompt))
        tally["turned layouts " + ("passed (symmetric figure)" if ok else "failed")] += 1
    by = Counter(c.construction for c in CASES)
    print(f"{len(CASES)} cases, {len(by)} constructions: " + ", ".join(f"{k} {v}" for k, v in by.items()))
    print("self-check: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    print(f"slowest check() on a turned layout: {slowest[0]:.3f}s ({slowest[1]!r})")
    return tally


if __name__ == "__main__":
    self_check()
