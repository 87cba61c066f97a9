"""A held-out request set for the layout planner: figures and formations drawn with several shapes.

What it covers: zigzags (across and down the page), staircases and steps, arrows pointing right, left, up and down
(with their heads coloured apart), rings of N with and without a centre object (suns, clocks), arcs, smiles,
frowns, U shapes and rainbow arches, plus signs and Latin crosses, five-pointed stars, hearts, square and
rectangular frames, diagonals in both directions, waves, checkerboards, chevrons, traffic lights, snowmen, faces,
houses, flowers, caterpillars, trees, letters (L, T, I, H, E, F, V, A, X, Y, N, Z, K, O, C, D, U, J), digits (1, 4,
7, 8, 10), pyramids (upright and upside down), dice faces, stick figures and robots, and two-letter words (HI,
OK, LT, VI); mixed with colours per part, counts from 3 to 15, textures, a background colour, a place on the canvas,
sizes, and objects that must be absent. Phrasing varies on purpose: terse, chatty, polite, a few typos, numerals and
words, "made of / out of / formed by / arranged as / in the shape of / shaped like / spelling".

Each case says only what a reader would judge from the picture (left_of, above, rows, columns, grids, between,
larger, big, small, in), written per slot with :func:`~regiondit.evals.paraphrases.grouped_case`, and carries a
reference layout drawn by hand that satisfies it. :func:`self_check` proves every reference passes, and that a
layout with any one object dropped, miscoloured, or with its texture flipped is rejected.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases`
(Obj, Constraint, Case, holds, grouped_case, check, verify_hand_written), never the planner (``agent/``), its eval,
nor the other request sets (save the opening lines of ``paraphrases_figures.py``, seen by accident after this set's
constructions were drawn up). 144 requests in 30 constructions.

:func:`~regiondit.evals.paraphrases.verify_hand_written` does not take the set as it is: its slot cap is 9 (20 cases
here have 10 to 15 objects) and its random lattice sampler finds no layout for most formations (zigzags, rings,
hearts, ...). Given these hand-drawn references in place of that sampler, and a cap of 15, it passes the whole set.

    python -m regiondit.evals.paraphrases_formations   # self-check; prints what it checked
"""

# ruff: noqa: E501

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .paraphrases import COLOURS, C, Case, Constraint, Obj, _doc_for, _text, check, grouped_case, holds, one

CI, SQ, TR = "circle", "square", "triangle"
R, G, B, Y, P, OR = "red", "green", "blue", "yellow", "purple", "orange"
R_DEFAULT = 0.04  # half side of a reference box unless a case says otherwise

Point = tuple[float, ...]  # (x, y) or (x, y, half side): a reference box drawn around a centre


# --- constraint helpers: slot indices as written in each case -------------------------------------------------------

def lr(*idx: int) -> list[Constraint]:
    """Each one left of the next (pairwise, so the checker can prune early)."""
    return [C("left_of", a, b) for a, b in itertools.pairwise(idx)]


def tb(*idx: int) -> list[Constraint]:
    """Each one above the next."""
    return [C("above", a, b) for a, b in itertools.pairwise(idx)]


def row(*idx: int) -> list[Constraint]:
    """A level row, left to right in this order."""
    return [C("row", *idx), *lr(*idx)]


def column(*idx: int) -> list[Constraint]:
    """A vertical column, top to bottom in this order."""
    return [C("column", *idx), *tb(*idx)]


def each(kind: str, idx: Sequence[int], arg: str | None = None) -> list[Constraint]:
    """One-slot constraints (in / big / small) on every slot of ``idx``."""
    return [C(kind, i, arg=arg) for i in idx]


def grid(rows: list[list[int]], arg: str | None = None) -> list[Constraint]:
    """Rows given top first, each left to right; columns follow from them."""
    out = [c for r in rows if len(r) > 1 for c in row(*r)]
    out += [c for k in range(len(rows[0])) for c in column(*[r[k] for r in rows])]
    return [*out, C("grid", *[s for r in rows for s in r], arg=arg or f"{len(rows)}x{len(rows[0])}")]


def zig(idx: Sequence[int], up_first: bool) -> list[Constraint]:
    """Left to right, alternately high and low, the first one high when ``up_first``."""
    out = lr(*idx)
    for k, (a, b) in enumerate(itertools.pairwise(idx)):
        out.append(C("above", a, b) if (k % 2 == 0) == up_first else C("above", b, a))
    return out


def vzig(idx: Sequence[int], left_first: bool) -> list[Constraint]:
    """Top to bottom, alternately left and right, the first one on the left when ``left_first``."""
    out = tb(*idx)
    for k, (a, b) in enumerate(itertools.pairwise(idx)):
        out.append(C("left_of", a, b) if (k % 2 == 0) == left_first else C("left_of", b, a))
    return out


def rising(*idx: int) -> list[Constraint]:
    """Left to right, each one higher than the one before (steps up, a / diagonal)."""
    return [*lr(*idx), *(C("above", b, a) for a, b in itertools.pairwise(idx))]


def falling(*idx: int) -> list[Constraint]:
    """Left to right, each one lower than the one before (steps down, a \\ diagonal)."""
    return [*lr(*idx), *tb(*idx)]


def valley(*idx: int) -> list[Constraint]:
    """A smile / U: left to right, both ends above their neighbours and above the middle."""
    n = len(idx)
    mids = (idx[n // 2],) if n % 2 else (idx[n // 2 - 1], idx[n // 2])
    return [*lr(*idx), C("above", idx[0], idx[1]), C("above", idx[-1], idx[-2]), C("above", idx[0], mids[0]), C("above", idx[-1], mids[-1])]


def hill(*idx: int) -> list[Constraint]:
    """An arch / frown: left to right, the ends below their neighbours and below the middle."""
    n = len(idx)
    mids = (idx[n // 2],) if n % 2 else (idx[n // 2 - 1], idx[n // 2])
    return [*lr(*idx), C("above", idx[1], idx[0]), C("above", idx[-2], idx[-1]), C("above", mids[0], idx[0]), C("above", mids[-1], idx[-1])]


def wave(idx: Sequence[int], levels: Sequence[int]) -> list[Constraint]:
    """Left to right through crests (1), middles (0) and troughs (-1): each neighbour higher or lower as its level says."""
    out = lr(*idx)
    for (a, la), (b, lb) in itertools.pairwise(zip(idx, levels, strict=True)):
        assert la != lb
        out.append(C("above", a, b) if la > lb else C("above", b, a))
    return out


THR = 0.4  # an outline's relation is stated only where the ideal figure (unit size) separates two points by this much


def outline(idx: Sequence[int], pts: Sequence[tuple[float, float]], closed: bool = True,
            extra: Sequence[tuple[int, int]] = ()) -> list[Constraint]:
    """Left/above relations between neighbours along an ideal outline (and ``extra`` pairs, positions into ``idx``),
    only where the ideal figure separates them clearly: what anyone sees of the shape, not its exact geometry."""
    pairs = list(itertools.pairwise(range(len(idx)))) + ([(len(idx) - 1, 0)] if closed else []) + list(extra)
    out: list[Constraint] = []
    for a, b in pairs:
        (xa, ya), (xb, yb) = pts[a], pts[b]
        if abs(xb - xa) >= THR:
            out.append(C("left_of", idx[a], idx[b]) if xa < xb else C("left_of", idx[b], idx[a]))
        if abs(yb - ya) >= THR:
            out.append(C("above", idx[a], idx[b]) if ya < yb else C("above", idx[b], idx[a]))
    return out


def ring(idx: Sequence[int], centre: int | None = None) -> list[Constraint]:
    """N objects around a circle, clockwise from the top: neighbours and opposite members placed as on a circle; a
    centre object between the leftmost and rightmost, and between the top and bottom member, and each member on its
    side of the centre."""
    n = len(idx)
    pts = [(math.sin(2 * math.pi * k / n), -math.cos(2 * math.pi * k / n)) for k in range(n)]
    opposite = sorted({tuple(sorted((k, (k + n // 2) % n))) for k in range(n)} - {(k, k) for k in range(n)})
    out = outline(idx, pts, closed=True, extra=[p for p in opposite if abs(p[0] - p[1]) not in (1, n - 1)])
    if centre is not None:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        left, right = idx[xs.index(min(xs))], idx[xs.index(max(xs))]
        top, bottom = idx[ys.index(min(ys))], idx[ys.index(max(ys))]
        out += [C("between_x", centre, left, right), C("between_y", centre, top, bottom)]
        for i, (x, y) in zip(idx, pts, strict=True):  # each member on its side of the centre (the 1 o'clock one up and right of it)
            if abs(x) >= THR:
                out.append(C("left_of", centre, i) if x > 0 else C("left_of", i, centre))
            if abs(y) >= THR:
                out.append(C("above", i, centre) if y < 0 else C("above", centre, i))
    return out


def star(outer: Sequence[int], centre: int | None = None, inner: Sequence[int] = ()) -> list[Constraint]:
    """A five-pointed star: points clockwise from the top one; optional centre; optional inner corners, clockwise
    from the one between the top and the upper right point."""
    o0, o1, o2, o3, o4 = outer
    out = [C("above", o0, o1), C("above", o0, o4), C("above", o1, o2), C("above", o4, o3), C("left_of", o3, o2),
           C("left_of", o4, o0), C("left_of", o0, o1), C("left_of", o4, o3), C("left_of", o2, o1)]
    if centre is not None:
        out += [C("between_x", centre, o4, o1), C("between_y", centre, o0, o2), C("between_y", centre, o0, o3)]
    if inner:
        i0, i1, i2, i3, i4 = inner
        out += [C("between_x", i0, o0, o1), C("above", o0, i0), C("between_y", i1, o1, o2), C("left_of", i1, o1),
                C("between_x", i2, o3, o2), C("above", i2, o2), C("above", i2, o3), C("above", o1, i2), C("above", o4, i2),
                C("between_y", i3, o4, o3), C("left_of", o4, i3), C("between_x", i4, o4, o0), C("above", o0, i4)]
    return out


# a heart's outline, clockwise from the dip between the two bumps (unit size, y down)
HEART8 = [(0, -0.4), (0.5, -0.85), (1, -0.35), (0.55, 0.35), (0, 1), (-0.55, 0.35), (-1, -0.35), (-0.5, -0.85)]
HEART6 = [(0, -0.25), (0.5, -0.7), (0.6, 0.2), (0, 0.9), (-0.6, 0.2), (-0.5, -0.7)]


def heart(idx: Sequence[int], centre: int | None = None) -> list[Constraint]:
    """8 (dip, right bump, right side, right lower side, tip, ...) or 6 (dip, right bump, right lower side, tip, ...)."""
    if len(idx) == 8:
        out = outline(idx, HEART8, extra=[(0, 4), (7, 1), (6, 2)])
        sides = (idx[6], idx[2])
    else:
        out = outline(idx, HEART6, extra=[(0, 3), (5, 1), (4, 2)])
        sides = (idx[4], idx[2])
    if centre is not None:
        out += [C("between_x", centre, *sides), C("between_y", centre, idx[0], idx[len(idx) // 2])]
    return out


def pyramid(rows: list[list[int]]) -> list[Constraint]:
    """Rows top first; a row one longer (or shorter) than the one above sits staggered under (or over) it."""
    out = [c for r in rows if len(r) > 1 for c in row(*r)]
    for up, down in itertools.pairwise(rows):
        if len(down) == len(up) + 1:
            out += [C("between_x", u, down[k], down[k + 1]) for k, u in enumerate(up)]
        else:
            out += [C("between_x", d, up[k], up[k + 1]) for k, d in enumerate(down)]
        out.append(C("above", up[0], down[0]))
    return out


def many(k: int, noun: str, colour: str, texture: str | None = None) -> list[Obj]:
    return [one(noun, colour, texture)] * k


# --- the cases -----------------------------------------------------------------------------------------------------

CASES: list[Case] = []
REFERENCES: dict[str, tuple[list[Obj], list[list[float]]]] = {}


def _box(p: Point) -> list[float]:
    x, y, h = (*p, R_DEFAULT) if len(p) == 2 else p
    return [round(x - h, 4), round(y - h, 4), round(x + h, 4), round(y + h, 4)]


def add(construction: str, prompt: str, slots: list[Obj], constraints: Sequence[Constraint], ref: Sequence[Point],
        absent: Sequence[Obj] = (), background: str | None = None) -> None:
    """A case written one Obj per slot, with its hand-drawn reference (one centre, optionally a half side, per slot)."""
    assert len(ref) == len(slots), prompt
    CASES.append(grouped_case(construction, prompt, slots, constraints, absent, background))
    REFERENCES[prompt] = (list(slots), [_box(p) for p in ref])


# zigzag -------------------------------------------------------------------------------------------------------------
add("zigzag", "five red circles in a zigzag across the canvas, starting high on the left",
    many(5, CI, R), zig(range(5), True), [(0.1, 0.3), (0.3, 0.7), (0.5, 0.3), (0.7, 0.7), (0.9, 0.3)])
add("zigzag", "Can you draw a zigzag line of seven blue squares? Start at the bottom left.",
    many(7, SQ, B), zig(range(7), False), [(0.08, 0.75), (0.22, 0.35), (0.36, 0.75), (0.5, 0.35), (0.64, 0.75), (0.78, 0.35), (0.92, 0.75)])
add("zigzag", "a zigzag of circles: red ones on the 4 peaks and blue ones in the 3 dips between them",
    [one(CI, R), one(CI, B), one(CI, R), one(CI, B), one(CI, R), one(CI, B), one(CI, R)], zig(range(7), True),
    [(0.08, 0.3), (0.22, 0.7), (0.36, 0.3), (0.5, 0.7), (0.64, 0.3), (0.78, 0.7), (0.92, 0.3)])
add("zigzag", "small zigzag in the top left made of 5 green triangles, starting from the top",
    many(5, TR, G), [*zig(range(5), True), *each("in", range(5), "top_left"), *each("small", range(5))],
    [(0.06, 0.14, 0.03), (0.15, 0.3, 0.03), (0.24, 0.14, 0.03), (0.33, 0.3, 0.03), (0.42, 0.14, 0.03)])
add("zigzag", "a vertical zig zag of six orange circles running down the page, the first one on the left",
    many(6, CI, OR), vzig(range(6), True), [(0.35, 0.1), (0.65, 0.26), (0.35, 0.42), (0.65, 0.58), (0.35, 0.74), (0.65, 0.9)])
add("zigzag", "zigzag, 9 purple squares, black background, begin up top",
    many(9, SQ, P), zig(range(9), True), [(0.1 + 0.1 * k, 0.3 if k % 2 == 0 else 0.6) for k in range(9)], background="black")

# staircase ----------------------------------------------------------------------------------------------------------
add("staircase", "a staircase of 5 orange squares going up from left to right",
    many(5, SQ, OR), rising(*range(5)), [(0.1, 0.9), (0.3, 0.7), (0.5, 0.5), (0.7, 0.3), (0.9, 0.1)])
add("staircase", "steps going down from the top left to the bottom right, 6 blue squares please",
    many(6, SQ, B), [*falling(*range(6)), C("in", 0, arg="top_left"), C("in", 5, arg="bottom_right")],
    [(0.1 + 0.16 * k, 0.1 + 0.16 * k) for k in range(6)])
add("staircase", "stairs made of green squares: a stack of 1, then a stack of 2, then a stack of 3, left to right",
    many(6, SQ, G), [*row(0, 2, 5), *column(1, 2), *column(3, 4, 5), C("above", 1, 0), C("above", 3, 1)],
    [(0.3, 0.7), (0.5, 0.5), (0.5, 0.7), (0.7, 0.3), (0.7, 0.5), (0.7, 0.7)])
add("staircase", "A staircase going up to the right made of 4 purple squares, and a yellow circle sitting on the highest step.",
    [*many(4, SQ, P), one(CI, Y)], [*rising(0, 1, 2, 3), *column(4, 3)],
    [(0.2, 0.8), (0.4, 0.6), (0.6, 0.4), (0.8, 0.2), (0.8, 0.07, 0.03)])
add("staircase", "draw steps descending to the right out of 5 striped red squares, in the bottom half",
    many(5, SQ, R, "striped"), [*falling(*range(5)), *each("in", range(5), "bottom")],
    [(0.1, 0.55), (0.3, 0.63), (0.5, 0.71), (0.7, 0.79), (0.9, 0.87)])

# arrows pointing right or left ----------------------------------------------------------------------------------
add("arrow_horizontal", "an arrow pointing rigth made of 7 blue circles",  # 0-3 shaft, 4 tip, 5 upper barb, 6 lower barb
    many(7, CI, B), [*row(0, 1, 2, 3, 4), *lr(5, 4), *lr(6, 4), *tb(5, 4, 6), *lr(0, 5), *lr(0, 6)],
    [(0.15, 0.5), (0.3, 0.5), (0.45, 0.5), (0.6, 0.5), (0.8, 0.5), (0.68, 0.35), (0.68, 0.65)])
add("arrow_horizontal", "arrow pointing left out of shapes: a red triangle as the tip and 4 green squares for the shaft",
    [one(TR, R), *many(4, SQ, G)], row(0, 1, 2, 3, 4), [(0.2, 0.5), (0.35, 0.5), (0.5, 0.5), (0.65, 0.5), (0.8, 0.5)])
add("arrow_horizontal", "Make a left-pointing arrow from eight circles: the tip purple and the rest orange.",  # 0 tip, 1-2 barbs, 3-7 shaft
    [one(CI, P), *many(7, CI, OR)], [*row(0, 3, 4, 5, 6, 7), *lr(0, 1), *lr(0, 2), *tb(1, 0, 2), *lr(1, 7), *lr(2, 7)],
    [(0.15, 0.5), (0.3, 0.33), (0.3, 0.67), (0.32, 0.5), (0.46, 0.5), (0.6, 0.5), (0.74, 0.5), (0.88, 0.5)])
add("arrow_horizontal", "an arrow → : a row of four yellow squares with a red triangle at the right end",
    [*many(4, SQ, Y), one(TR, R)], row(0, 1, 2, 3, 4), [(0.15, 0.5), (0.3, 0.5), (0.45, 0.5), (0.6, 0.5), (0.8, 0.5)])
add("arrow_horizontal", "an arrow pointing right made of nine circles, its head red and its shaft blue",  # 0-5 shaft, 6 tip, 7-8 barbs
    [*many(6, CI, B), *many(3, CI, R)], [*row(0, 1, 2, 3, 4, 5, 6), *lr(7, 6), *lr(8, 6), *tb(7, 6, 8), *lr(0, 7), *lr(0, 8)],
    [(0.06, 0.5), (0.17, 0.5), (0.28, 0.5), (0.39, 0.5), (0.5, 0.5), (0.61, 0.5), (0.82, 0.5), (0.7, 0.32), (0.7, 0.68)])

# arrows pointing up or down -------------------------------------------------------------------------------------
add("arrow_vertical", "an arrow pointing up made of 7 green squares",  # 0 tip, 1-2 barbs, 3-6 shaft
    many(7, SQ, G), [*column(0, 3, 4, 5, 6), *lr(1, 0, 2), *tb(0, 1), *tb(0, 2), *tb(1, 6), *tb(2, 6)],
    [(0.5, 0.15), (0.35, 0.3), (0.65, 0.3), (0.5, 0.32), (0.5, 0.5), (0.5, 0.68), (0.5, 0.86)])
add("arrow_vertical", "a downward arrow: 5 purple circles in a column with an orange triangle at the bottom as the tip",
    [*many(5, CI, P), one(TR, OR)], column(0, 1, 2, 3, 4, 5), [(0.5, 0.1), (0.5, 0.25), (0.5, 0.4), (0.5, 0.55), (0.5, 0.7), (0.5, 0.87)])
add("arrow_vertical", "arrow pointing down, three red triangles for the head and three yellow squares as the shaft, gray background",  # 0-2 shaft, 3 tip, 4-5 barbs
    [*many(3, SQ, Y), *many(3, TR, R)], [*column(0, 1, 2, 3), *lr(4, 3, 5), *tb(4, 3), *tb(5, 3), *tb(0, 4), *tb(0, 5)],
    [(0.5, 0.15), (0.5, 0.32), (0.5, 0.49), (0.5, 0.82), (0.35, 0.67), (0.65, 0.67)], background="gray")
add("arrow_vertical", "Could you make an up arrow out of ten blue circles in the right half of the picture?",  # 0 tip, 1-2 left barb, 3-4 right barb, 5-9 shaft
    many(10, CI, B), [*column(0, 5, 6, 7, 8, 9), *lr(2, 1, 0, 3, 4), *tb(0, 1, 2), *tb(0, 3, 4), *tb(2, 9), *tb(4, 9), *each("in", range(10), "right")],
    [(0.75, 0.1, 0.035), (0.67, 0.2, 0.035), (0.59, 0.3, 0.035), (0.83, 0.2, 0.035), (0.91, 0.3, 0.035),
     (0.75, 0.26, 0.035), (0.75, 0.41, 0.035), (0.75, 0.56, 0.035), (0.75, 0.71, 0.035), (0.75, 0.86, 0.035)])
add("arrow_vertical", "an arrow pointing downwards, 6 striped red triangles, tip at the bottom",
    many(6, TR, R, "striped"), [*column(0, 1, 2, 3), *lr(4, 3, 5), *tb(4, 3), *tb(5, 3), *tb(0, 4), *tb(0, 5)],
    [(0.5, 0.15), (0.5, 0.32), (0.5, 0.49), (0.5, 0.82), (0.35, 0.67), (0.65, 0.67)])

# rings ------------------------------------------------------------------------------------------------------------
add("ring", "eight yellow circles arranged in a ring",
    many(8, CI, Y), ring(range(8)),
    [(0.5, 0.15), (0.747, 0.253), (0.85, 0.5), (0.747, 0.747), (0.5, 0.85), (0.253, 0.747), (0.15, 0.5), (0.253, 0.253)])
add("ring", "6 blue squares in the shape of a circle",
    many(6, SQ, B), ring(range(6)), [(0.5, 0.2), (0.76, 0.35), (0.76, 0.65), (0.5, 0.8), (0.24, 0.65), (0.24, 0.35)])
add("ring", "twelve small circles in a ring like a clock face, alternating red and blue, with a red one at twelve o'clock",
    [one(CI, R if k % 2 == 0 else B) for k in range(12)], [*ring(range(12)), *each("small", range(12))],
    [(0.5, 0.12), (0.69, 0.171), (0.829, 0.31), (0.88, 0.5), (0.829, 0.69), (0.69, 0.829), (0.5, 0.88), (0.31, 0.829),
     (0.171, 0.69), (0.12, 0.5), (0.171, 0.31), (0.31, 0.171)])
add("ring", "10 green triangles in a circle formation in the bottom left corner",
    many(10, TR, G), [*ring(range(10)), *each("in", range(10), "bottom_left")],
    [(0.25, 0.57, 0.03), (0.356, 0.604, 0.03), (0.421, 0.694, 0.03), (0.421, 0.806, 0.03), (0.356, 0.896, 0.03), (0.25, 0.93, 0.03),
     (0.144, 0.896, 0.03), (0.079, 0.806, 0.03), (0.079, 0.694, 0.03), (0.144, 0.604, 0.03)])
add("ring", "ring of 5 purple squares on a white background, no circles",
    many(5, SQ, P), ring(range(5)), [(0.5, 0.22), (0.785, 0.427), (0.676, 0.763), (0.324, 0.763), (0.215, 0.427)],
    absent=[Obj(CI)], background="white")

# rings around a centre object -------------------------------------------------------------------------------------
add("ring_with_centre", "a yellow circle surrounded by a ring of 8 orange triangles, like a sun",
    [one(CI, Y), *many(8, TR, OR)], ring(range(1, 9), centre=0),
    [(0.5, 0.5, 0.1), (0.5, 0.17), (0.733, 0.267), (0.83, 0.5), (0.733, 0.733), (0.5, 0.83), (0.267, 0.733), (0.17, 0.5), (0.267, 0.267)])
add("ring_with_centre", "6 green circles around a red square in the middle",
    [one(SQ, R), *many(6, CI, G)], ring(range(1, 7), centre=0),
    [(0.5, 0.5, 0.08), (0.5, 0.22), (0.742, 0.36), (0.742, 0.64), (0.5, 0.78), (0.258, 0.64), (0.258, 0.36)])
add("ring_with_centre", "a clock: 12 blue squares in a ring with a purple circle in the centre",
    [one(CI, P), *many(12, SQ, B)], ring(range(1, 13), centre=0),
    [(0.5, 0.5, 0.06), (0.5, 0.12), (0.69, 0.171), (0.829, 0.31), (0.88, 0.5), (0.829, 0.69), (0.69, 0.829), (0.5, 0.88),
     (0.31, 0.829), (0.171, 0.69), (0.12, 0.5), (0.171, 0.31), (0.31, 0.171)])
add("ring_with_centre", "put a big red circle in the center and 4 small blue circles around it, one on each side",
    [one(CI, R), *many(4, CI, B)], [*ring(range(1, 5), centre=0), C("big", 0), C("in", 0, arg="center"), *each("small", range(1, 5))],
    [(0.5, 0.5, 0.22), (0.5, 0.15, 0.06), (0.85, 0.5, 0.06), (0.5, 0.85, 0.06), (0.15, 0.5, 0.06)])
add("ring_with_centre", "ring of 10 striped yellow circles with a green triangle inside",
    [one(TR, G), *many(10, CI, Y, "striped")], ring(range(1, 11), centre=0),
    [(0.5, 0.5, 0.08), (0.5, 0.14), (0.712, 0.209), (0.842, 0.389), (0.842, 0.611), (0.712, 0.791), (0.5, 0.86), (0.288, 0.791),
     (0.158, 0.611), (0.158, 0.389), (0.288, 0.209)])

# arcs, smiles, U shapes -------------------------------------------------------------------------------------------
add("arc_smile", "a smiel made of 5 red circles",
    many(5, CI, R), valley(*range(5)), [(0.2, 0.45), (0.35, 0.58), (0.5, 0.63), (0.65, 0.58), (0.8, 0.45)])
add("arc_smile", "a U shape out of 7 blue squares",  # 0-2 left side down, 3 bottom, 4-6 right side down
    many(7, SQ, B), [*column(0, 1, 2), *row(2, 3, 6), *column(4, 5, 6), *lr(0, 4)],
    [(0.25, 0.2), (0.25, 0.45), (0.25, 0.7), (0.5, 0.72), (0.75, 0.2), (0.75, 0.45), (0.75, 0.7)])
add("arc_smile", "rainbow arch of 5 circles: red, orange, yellow, green, blue from left to right",
    [one(CI, c) for c in (R, OR, Y, G, B)], hill(*range(5)), [(0.15, 0.6), (0.325, 0.4), (0.5, 0.3), (0.675, 0.4), (0.85, 0.6)])
add("arc_smile", "a frown, five green triangles curving downward like a sad mouth",
    many(5, TR, G), hill(*range(5)), [(0.2, 0.6), (0.35, 0.47), (0.5, 0.42), (0.65, 0.47), (0.8, 0.6)])
add("arc_smile", "semicircle of 9 orange squares with the flat side down, at the top of the image",
    many(9, SQ, OR), [*hill(*range(9)), *each("in", range(9), "top")],
    [(0.15, 0.45, 0.03), (0.177, 0.316, 0.03), (0.253, 0.203, 0.03), (0.366, 0.127, 0.03), (0.5, 0.1, 0.03), (0.634, 0.127, 0.03),
     (0.747, 0.203, 0.03), (0.823, 0.316, 0.03), (0.85, 0.45, 0.03)])

# plus signs and crosses ---------------------------------------------------------------------------------------------
add("plus_cross", "a plus sign made of 5 red squares",  # 0 middle, 1 top, 2 bottom, 3 left, 4 right
    many(5, SQ, R), [*column(1, 0, 2), *row(3, 0, 4)], [(0.5, 0.5), (0.5, 0.3), (0.5, 0.7), (0.3, 0.5), (0.7, 0.5)])
add("plus_cross", "a cross of 9 blue circles, two in each arm plus one in the middle",
    many(9, CI, B), [*column(2, 1, 0, 3, 4), *row(6, 5, 0, 7, 8)],
    [(0.5, 0.5), (0.5, 0.33), (0.5, 0.16), (0.5, 0.67), (0.5, 0.84), (0.33, 0.5), (0.16, 0.5), (0.67, 0.5), (0.84, 0.5)])
add("plus_cross", "plus symbol please: a green circle in the middle with yellow circles above, below, left and right of it",
    [one(CI, G), *many(4, CI, Y)], [*column(1, 0, 2), *row(3, 0, 4)], [(0.5, 0.5), (0.5, 0.28), (0.5, 0.72), (0.28, 0.5), (0.72, 0.5)])
add("plus_cross", "a large + formed by 13 purple triangles, centred in the picture",  # 0 middle; arms of 3: 1-3 up, 4-6 down, 7-9 left, 10-12 right
    many(13, TR, P), [*column(3, 2, 1, 0, 4, 5, 6), *row(9, 8, 7, 0, 10, 11, 12), C("in", 0, arg="center")],
    [(0.5, 0.5), (0.5, 0.38), (0.5, 0.26), (0.5, 0.14), (0.5, 0.62), (0.5, 0.74), (0.5, 0.86),
     (0.38, 0.5), (0.26, 0.5), (0.14, 0.5), (0.62, 0.5), (0.74, 0.5), (0.86, 0.5)])
add("plus_cross", "a Latin cross of 7 orange squares: one above the middle square, one on each side of it, and three below it",  # 0 top, 1 crossing, 2-4 below, 5 left, 6 right
    many(7, SQ, OR), [*column(0, 1, 2, 3, 4), *row(5, 1, 6)], [(0.5, 0.15), (0.5, 0.32), (0.5, 0.49), (0.5, 0.66), (0.5, 0.83), (0.33, 0.32), (0.67, 0.32)])

# stars ------------------------------------------------------------------------------------------------------------
add("star", "a star shape made of 5 yellow circles around a red circle",
    [one(CI, R), *many(5, CI, Y)], star(range(1, 6), centre=0),
    [(0.5, 0.52), (0.5, 0.17), (0.833, 0.412), (0.706, 0.803), (0.294, 0.803), (0.167, 0.412)])
add("star", "five-pointed star drawn with ten blue squares: 5 points and 5 inner corners",
    many(10, SQ, B), star(range(5), inner=range(5, 10)),
    [(0.5, 0.15), (0.861, 0.413), (0.723, 0.837), (0.277, 0.837), (0.139, 0.413),
     (0.594, 0.401, 0.03), (0.652, 0.579, 0.03), (0.5, 0.69, 0.03), (0.348, 0.579, 0.03), (0.406, 0.401, 0.03)])
add("star", "a star made from 6 orange triangles, one in the middle and five points; don't add any circles",
    many(6, TR, OR), star(range(1, 6), centre=0), [(0.5, 0.52), (0.5, 0.17), (0.833, 0.412), (0.706, 0.803), (0.294, 0.803), (0.167, 0.412)],
    absent=[Obj(CI)])
add("star", "little star in the top right corner — 5 purple circles for the points, a yellow one in the middle",
    [one(CI, Y), *many(5, CI, P)], [*star(range(1, 6), centre=0), *each("in", range(6), "top_right"), *each("small", range(6))],
    [(0.75, 0.24, 0.03), (0.75, 0.07, 0.03), (0.921, 0.194, 0.03), (0.856, 0.396, 0.03), (0.644, 0.396, 0.03), (0.579, 0.194, 0.03)])

# hearts -----------------------------------------------------------------------------------------------------------
HEART8_REF = [(0.5, 0.36), (0.675, 0.2), (0.85, 0.378), (0.693, 0.623), (0.5, 0.85), (0.307, 0.623), (0.15, 0.378), (0.325, 0.2)]
add("heart", "a heart made of 8 red circles - no squares or triangles", many(8, CI, R), heart(range(8)), HEART8_REF, absent=[Obj(SQ), Obj(TR)])
add("heart", "a heart outline with 8 purple squares, and a red circle in the middle of it",
    [one(CI, R), *many(8, SQ, P)], heart(range(1, 9), centre=0), [(0.5, 0.55, 0.06), *HEART8_REF])
add("heart", "<3 out of 6 red triangles", many(6, TR, R), heart(range(6)),
    [(0.5, 0.425), (0.65, 0.29), (0.68, 0.56), (0.5, 0.77), (0.32, 0.56), (0.35, 0.29)])
add("heart", "a heart of 8 circles on a black background, the two top bumps blue and the rest red",
    [one(CI, R), one(CI, B), *many(5, CI, R), one(CI, B)], heart(range(8)), HEART8_REF, background="black")

# frames and borders ------------------------------------------------------------------------------------------------
FRAME8 = [*row(0, 1, 2), *row(5, 6, 7), *column(0, 3, 5), *column(2, 4, 7), *row(3, 4), C("grid", *range(8), arg="3x3")]
FRAME8_REF = [(0.2, 0.2), (0.5, 0.2), (0.8, 0.2), (0.2, 0.5), (0.8, 0.5), (0.2, 0.8), (0.5, 0.8), (0.8, 0.8)]
FRAME12 = [*row(0, 1, 2, 3), *row(8, 9, 10, 11), *column(0, 4, 5, 8), *column(3, 6, 7, 11), *row(4, 6), *row(5, 7), C("grid", *range(12), arg="4x4")]
FRAME12_REF = [(0.1, 0.1), (0.37, 0.1), (0.63, 0.1), (0.9, 0.1), (0.1, 0.37), (0.1, 0.63), (0.9, 0.37), (0.9, 0.63),
               (0.1, 0.9), (0.37, 0.9), (0.63, 0.9), (0.9, 0.9)]
add("frame_border", "a square frame of 8 blue squares with the middle left empty", many(8, SQ, B), FRAME8, FRAME8_REF)
add("frame_border", "border of 12 green circles around the edge of the picture, 4 along each side",
    many(12, CI, G), [*FRAME12, *each("in", (0, 1, 2, 3), "top"), *each("in", (8, 9, 10, 11), "bottom"), *each("in", (0, 4, 5, 8), "left"),
                      *each("in", (3, 6, 7, 11), "right")], FRAME12_REF)
add("frame_border", "a rectangular frame of 10 red triangles: 4 along the top, 4 along the bottom and one on each side",
    many(10, TR, R), [*row(0, 1, 2, 3), *row(6, 7, 8, 9), *column(0, 4, 6), *column(3, 5, 9), *row(4, 5), C("grid", *range(10), arg="3x4")],
    [(0.14, 0.25), (0.38, 0.25), (0.62, 0.25), (0.86, 0.25), (0.14, 0.5), (0.86, 0.5), (0.14, 0.75), (0.38, 0.75), (0.62, 0.75), (0.86, 0.75)])
add("frame_border", "make a hollow square out of 12 yellow squares on a gray background", many(12, SQ, Y), FRAME12, FRAME12_REF, background="gray")
add("frame_border", "a picture frame of orange circles, 3 per side (8 in total), with a purple square inside it",
    [one(SQ, P), *many(8, CI, OR)], [*[C(c.kind, *(s + 1 for s in c.slots), arg=c.arg) for c in FRAME8], C("between_x", 0, 4, 5), C("between_y", 0, 2, 7)],
    [(0.5, 0.5, 0.08), *FRAME8_REF])

# diagonals --------------------------------------------------------------------------------------------------------
add("diagonal", "4 blue circles in a diagonal line from top left to bottom right, no squares",
    many(4, CI, B), falling(0, 1, 2, 3), [(0.2, 0.2), (0.4, 0.4), (0.6, 0.6), (0.8, 0.8)], absent=[Obj(SQ)])
add("diagonal", "a diagonal of 6 red squares going from the bottom left up to the top right",
    many(6, SQ, R), rising(*range(6)), [(0.1 + 0.16 * k, 0.9 - 0.16 * k) for k in range(6)])
add("diagonal", "diagonal line of triangles from the top-right corner to the bottom-left: five green ones",  # 0 top right ... 4 bottom left
    many(5, TR, G), [*lr(4, 3, 2, 1, 0), *tb(0, 1, 2, 3, 4), C("in", 0, arg="top_right"), C("in", 4, arg="bottom_left")],
    [(0.88, 0.12), (0.69, 0.31), (0.5, 0.5), (0.31, 0.69), (0.12, 0.88)])
add("diagonal", "a diagonal row of circles from upper left down to lower right, three red first and then three blue",
    [*many(3, CI, R), *many(3, CI, B)], falling(*range(6)), [(0.1 + 0.16 * k, 0.1 + 0.16 * k) for k in range(6)])
add("diagonal", "put 7 small purple squares along the diagonal, lower left to upper right",
    many(7, SQ, P), [*rising(*range(7)), *each("small", range(7))], [(0.08 + 0.14 * k, 0.92 - 0.14 * k, 0.04) for k in range(7)])

# waves ------------------------------------------------------------------------------------------------------------
add("wave", "a sine wave of 9 orange circles from left to right, going up first",
    many(9, CI, OR), wave(range(9), (0, 1, 0, -1, 0, 1, 0, -1, 0)), [(0.1 + 0.1 * k, (0.5, 0.3, 0.5, 0.7)[k % 4]) for k in range(9)])
add("wave", "a wavy line of 7 blue squares that starts at the top of a wave",
    many(7, SQ, B), wave(range(7), (1, 0, -1, 0, 1, 0, -1)), [(0.1 + 0.13 * k, (0.3, 0.5, 0.7, 0.5)[k % 4]) for k in range(7)])
add("wave", "13 small blue circles in a wave like the sea, starting low on the left",
    many(13, CI, B), [*wave(range(13), (-1, 0, 1, 0) * 3 + (-1,)), *each("small", range(13))],
    [(0.08 + 0.07 * k, (0.7, 0.55, 0.4, 0.55)[k % 4], 0.03) for k in range(13)])
add("wave", "a wave of nine triangles starting with a crest on the left: crests red, troughs green, the ones in between yellow",
    [one(TR, (R, Y, G, Y)[k % 4]) for k in range(9)], wave(range(9), (1, 0, -1, 0) * 2 + (1,)),
    [(0.1 + 0.1 * k, (0.3, 0.5, 0.7, 0.5)[k % 4]) for k in range(9)])

# checkerboards ----------------------------------------------------------------------------------------------------
add("checkerboard", "a 3x3 checkerboard of red and blue squares, red in the corners",
    [one(SQ, (R, B)[k % 2]) for k in range(9)], grid([[0, 1, 2], [3, 4, 5], [6, 7, 8]]),
    [(0.25 + 0.25 * (k % 3), 0.25 + 0.25 * (k // 3)) for k in range(9)])
add("checkerboard", "4 rows by 3 columns checkerboard alternating yellow and purple circles, yellow at the top left",
    [one(CI, (Y, P)[(k // 3 + k % 3) % 2]) for k in range(12)], grid([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]),
    [(0.3 + 0.2 * (k % 3), 0.14 + 0.24 * (k // 3)) for k in range(12)])
add("checkerboard", "checkerboard pattern, 2 rows of 4, green and orange squares, green top-left",
    [one(SQ, (G, OR)[(k // 4 + k % 4) % 2]) for k in range(8)], grid([[0, 1, 2, 3], [4, 5, 6, 7]]),
    [(0.17 + 0.22 * (k % 4), 0.35 + 0.3 * (k // 4)) for k in range(8)])
add("checkerboard", "a small checkerboard in the bottom right corner: 3 rows of 3, blue and yellow squares alternating, blue in the centre",
    [one(SQ, (B, Y)[k % 2]) for k in range(9)], [*grid([[0, 1, 2], [3, 4, 5], [6, 7, 8]]), *each("in", range(9), "bottom_right")],
    [(0.58 + 0.17 * (k % 3), 0.58 + 0.17 * (k // 3), 0.05) for k in range(9)])
add("checkerboard", "a checkered grid with 3 rows and 4 columns of striped red and solid green squares, striped red first",
    [one(SQ, R, "striped") if (k // 4 + k % 4) % 2 == 0 else one(SQ, G, "solid") for k in range(12)], grid([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]),
    [(0.17 + 0.22 * (k % 4), 0.25 + 0.25 * (k // 4)) for k in range(12)])

# chevrons ---------------------------------------------------------------------------------------------------------
add("chevron", "a chevron pointing right made of 5 purple squares",
    many(5, SQ, P), [*tb(0, 1, 2, 3, 4), *lr(0, 1, 2), *lr(4, 3, 2)], [(0.35, 0.2), (0.5, 0.35), (0.65, 0.5), (0.5, 0.65), (0.35, 0.8)])
add("chevron", "an upward chevron ^ of 7 red circles, and no triangles",
    many(7, CI, R), [*lr(*range(7)), *tb(3, 2, 1, 0), *tb(3, 4, 5, 6)], [(0.14 + 0.12 * k, 0.3 + 0.12 * abs(k - 3)) for k in range(7)], absent=[Obj(TR)])
add("chevron", "two chevrons pointing left, side by side, each made of 3 blue triangles",  # 0-2 left chevron top to bottom, 3-5 right one
    many(6, TR, B), [*lr(1, 0), *lr(1, 2), *tb(0, 1, 2), *lr(4, 3), *lr(4, 5), *tb(3, 4, 5), *lr(0, 4), *lr(2, 4)],
    [(0.4, 0.3), (0.25, 0.5), (0.4, 0.7), (0.75, 0.3), (0.6, 0.5), (0.75, 0.7)])
add("chevron", "a v-shaped chevron pointing down, 7 orange squares, on a gray background",
    many(7, SQ, OR), [*lr(*range(7)), *tb(0, 1, 2, 3), *tb(6, 5, 4, 3)], [(0.14 + 0.12 * k, 0.7 - 0.12 * abs(k - 3)) for k in range(7)], background="gray")

# traffic lights -----------------------------------------------------------------------------------------------------
add("traffic_light", "a traffic light: red, yellow and green circles stacked top to bottom, nothing blue",
    [one(CI, R), one(CI, Y), one(CI, G)], column(0, 1, 2), [(0.5, 0.25), (0.5, 0.5), (0.5, 0.75)], absent=[Obj(CI, B), Obj(SQ, B), Obj(TR, B)])
add("traffic_light", "a sideways traffic ligth — red, yellow, green circles from left to right",
    [one(CI, R), one(CI, Y), one(CI, G)], row(0, 1, 2), [(0.25, 0.5), (0.5, 0.5), (0.75, 0.5)])
add("traffic_light", "two traffic lights next to each other, each one a red circle above a yellow circle above a green circle",
    [one(CI, R), one(CI, Y), one(CI, G)] * 2, [*column(0, 1, 2), *column(3, 4, 5), *lr(0, 3), *lr(1, 4), *lr(2, 5)],
    [(0.3, 0.25), (0.3, 0.5), (0.3, 0.75), (0.7, 0.25), (0.7, 0.5), (0.7, 0.75)])
add("traffic_light", "traffic signal in the top right corner: red, yellow and green circles one above the other, on a black background",
    [one(CI, R), one(CI, Y), one(CI, G)], [*column(0, 1, 2), *each("in", range(3), "top_right")], [(0.8, 0.1), (0.8, 0.25), (0.8, 0.4)],
    background="black")
add("traffic_light", "traffic light on a pole: red, yellow, green circles from the top down, and two orange squares under them for the pole",
    [one(CI, R), one(CI, Y), one(CI, G), *many(2, SQ, OR)], column(0, 1, 2, 3, 4), [(0.5, 0.12), (0.5, 0.28), (0.5, 0.44), (0.5, 0.64), (0.5, 0.84)])

# snowmen ----------------------------------------------------------------------------------------------------------
add("snowman", "a snowman made of three blue circles, small on top and biggest at the bottom",
    many(3, CI, B), [*column(0, 1, 2), C("larger", 2, 1), C("larger", 1, 0)], [(0.5, 0.2, 0.08), (0.5, 0.43, 0.12), (0.5, 0.75, 0.17)])
add("snowman", "snowman: 3 stacked purple circles (big, medium, small from the bottom up) with a red square hat on top",
    [one(SQ, R), *many(3, CI, P)], [*column(0, 1, 2, 3), C("larger", 3, 2), C("larger", 2, 1)],
    [(0.5, 0.1, 0.06), (0.5, 0.25, 0.07), (0.5, 0.47, 0.11), (0.5, 0.77, 0.16)])
add("snowman", "Build me a snowman out of circles — 3 yellow ones — with two small blue circle buttons on the middle one and an orange triangle nose, on a black background",  # 0 head, 1 middle, 2 base, 3-4 buttons, 5 nose
    [*many(3, CI, Y), *many(2, CI, B), one(TR, OR)], [*column(0, 1, 2), *column(3, 4), *tb(0, 3), *tb(4, 2), *tb(5, 3), *tb(5, 1), *each("small", (3, 4))],
    [(0.5, 0.2, 0.08), (0.5, 0.44, 0.13), (0.5, 0.76, 0.17), (0.5, 0.39, 0.025), (0.5, 0.5, 0.025), (0.56, 0.21, 0.025)], background="black")
add("snowman", "two snowmen side by side, each made of 3 green circles stacked",
    many(6, CI, G), [*column(0, 1, 2), *column(3, 4, 5), *lr(1, 4)],
    [(0.3, 0.25, 0.06), (0.3, 0.45, 0.09), (0.3, 0.72, 0.12), (0.7, 0.25, 0.06), (0.7, 0.45, 0.09), (0.7, 0.72, 0.12)])
add("snowman", "a snowman in the bottom left: three orange circles getting smaller toward the top, and no triangles anywhere",
    many(3, CI, OR), [*column(0, 1, 2), C("larger", 2, 1), C("larger", 1, 0), *each("in", range(3), "bottom_left")],
    [(0.25, 0.58, 0.05), (0.25, 0.72, 0.07), (0.25, 0.88, 0.1)], absent=[Obj(TR)])

# faces ------------------------------------------------------------------------------------------------------------
add("face", "a face: a big yellow circle with two blue circles for eyes and a red triangle for a nose",  # 0 face, 1-2 eyes, 3 nose
    [one(CI, Y), *many(2, CI, B), one(TR, R)],
    [C("big", 0), *row(1, 2), C("between_x", 3, 1, 2), *tb(1, 3), *tb(2, 3), C("between_x", 0, 1, 2), C("larger", 0, 1), C("larger", 0, 2)],
    [(0.5, 0.5, 0.3), (0.38, 0.4, 0.05), (0.62, 0.4, 0.05), (0.5, 0.55, 0.05)])
add("face", "smiley face made of shapes: two green squares as eyes and a smile of 5 red circles under them",  # 0-1 eyes, 2-6 smile
    [*many(2, SQ, G), *many(5, CI, R)], [*row(0, 1), *valley(2, 3, 4, 5, 6), *tb(0, 2), *tb(1, 6), C("between_x", 4, 0, 1)],
    [(0.35, 0.3), (0.65, 0.3), (0.25, 0.55), (0.375, 0.65), (0.5, 0.7), (0.625, 0.65), (0.75, 0.55)])
add("face", "a face with two purple circle eyes, an orange triangle nose and a mouth that's a row of 3 red squares",  # 0-1 eyes, 2 nose, 3-5 mouth
    [*many(2, CI, P), one(TR, OR), *many(3, SQ, R)], [*row(0, 1), C("between_x", 2, 0, 1), *tb(0, 2), *tb(1, 2), *row(3, 4, 5), *tb(2, 4), C("between_x", 4, 0, 1)],
    [(0.35, 0.3), (0.65, 0.3), (0.5, 0.47), (0.38, 0.65), (0.5, 0.65), (0.62, 0.65)])
add("face", "draw a robot face: big blue square head, two yellow circle eyes, and a mouth of four small red squares in a row",  # 0 head, 1-2 eyes, 3-6 mouth
    [one(SQ, B), *many(2, CI, Y), *many(4, SQ, R)],
    [C("big", 0), *row(1, 2), *row(3, 4, 5, 6), *tb(1, 4), *tb(2, 5), *each("small", range(3, 7)), C("between_x", 0, 1, 2), C("between_x", 0, 3, 6)],
    [(0.5, 0.5, 0.35), (0.37, 0.38, 0.06), (0.63, 0.38, 0.06), (0.32, 0.68), (0.44, 0.68), (0.56, 0.68), (0.68, 0.68)])
add("face", "a sad face: 2 blue circle eyes over a frown made of 5 green circles",  # 0-1 eyes, 2-6 frown
    [*many(2, CI, B), *many(5, CI, G)], [*row(0, 1), *hill(2, 3, 4, 5, 6), *tb(0, 2), *tb(1, 6), *tb(0, 4), C("between_x", 4, 0, 1)],
    [(0.35, 0.3), (0.65, 0.3), (0.25, 0.75), (0.375, 0.65), (0.5, 0.6), (0.625, 0.65), (0.75, 0.75)])

# houses -----------------------------------------------------------------------------------------------------------
add("house", "a house: a red triangle roof on top of a blue square, with a yellow square door",  # 0 roof, 1 walls, 2 door
    [one(TR, R), one(SQ, B), one(SQ, Y)], [*column(0, 1), *tb(0, 2), C("larger", 1, 2)],
    [(0.5, 0.3, 0.15), (0.5, 0.6, 0.2), (0.5, 0.72, 0.06)])
add("house", "a house with an orange triangle roof, a big purple square for the walls, two small yellow square windows and a green square door between them",
    [one(TR, OR), one(SQ, P), *many(2, SQ, Y), one(SQ, G)],  # 0 roof, 1 walls, 2-3 windows, 4 door
    [*column(0, 1), C("big", 1), *row(2, 3), *each("small", (2, 3)), C("between_x", 4, 2, 3), *tb(0, 2), *tb(0, 3), C("larger", 1, 4)],
    [(0.5, 0.24, 0.15), (0.5, 0.62, 0.25), (0.38, 0.55, 0.05), (0.62, 0.55, 0.05), (0.5, 0.75, 0.06)])
add("house", "row of three houses, each a green triangle on top of a red square",  # 0-2 walls, 3-5 roofs
    [*many(3, SQ, R), *many(3, TR, G)], [*row(0, 1, 2), *column(3, 0), *column(4, 1), *column(5, 2)],
    [(0.2, 0.6, 0.1), (0.5, 0.6, 0.1), (0.8, 0.6, 0.1), (0.2, 0.4, 0.1), (0.5, 0.4, 0.1), (0.8, 0.4, 0.1)])
add("house", "a little house in the bottom right corner (blue square, red triangle roof) and an orange circle sun in the top left",
    [one(SQ, B), one(TR, R), one(CI, OR)], [*column(1, 0), C("in", 0, arg="bottom_right"), C("in", 1, arg="bottom_right"), C("in", 2, arg="top_left")],
    [(0.75, 0.8, 0.1), (0.75, 0.62, 0.1), (0.2, 0.2, 0.08)])
add("house", "house shape made of 9 pieces: a 2x3 block of orange squares as the walls and a roof of 3 red triangles, two side by side with one on top",
    [*many(6, SQ, OR), *many(3, TR, R)],  # 0-5 walls row by row, 6-7 lower roof, 8 roof top
    [*grid([[0, 1, 2], [3, 4, 5]]), *row(6, 7), C("between_x", 8, 6, 7), *tb(8, 6), *tb(8, 7), *tb(6, 0), *tb(7, 2)],
    [(0.3, 0.6), (0.5, 0.6), (0.7, 0.6), (0.3, 0.8), (0.5, 0.8), (0.7, 0.8), (0.38, 0.4), (0.62, 0.4), (0.5, 0.22)])

# flowers ----------------------------------------------------------------------------------------------------------
add("flower", "a flower: a yellow circle with 4 red circle petals around it",  # 0 centre, 1 top, 2 bottom, 3 left, 4 right
    [one(CI, Y), *many(4, CI, R)], [*column(1, 0, 2), *row(3, 0, 4)], [(0.5, 0.5), (0.5, 0.35), (0.5, 0.65), (0.35, 0.5), (0.65, 0.5)])
add("flower", "a flower with 6 purple circles as petals around an orange circle, and a green stem of 3 squares below it",  # 0 centre, 1-6 petals, 7-9 stem
    [one(CI, OR), *many(6, CI, P), *many(3, SQ, G)], [*ring(range(1, 7), centre=0), *column(4, 7, 8, 9)],
    [(0.5, 0.3, 0.05), (0.5, 0.14, 0.05), (0.639, 0.22, 0.05), (0.639, 0.38, 0.05), (0.5, 0.46, 0.05), (0.361, 0.38, 0.05), (0.361, 0.22, 0.05),
     (0.5, 0.6), (0.5, 0.74), (0.5, 0.88)])
add("flower", "flower made of shapes — 8 blue triangle petals in a ring and a yellow circle in the middle",
    [one(CI, Y), *many(8, TR, B)], ring(range(1, 9), centre=0),
    [(0.5, 0.5, 0.08), (0.5, 0.2), (0.712, 0.288), (0.8, 0.5), (0.712, 0.712), (0.5, 0.8), (0.288, 0.712), (0.2, 0.5), (0.288, 0.288)])
add("flower", "a daisy in the top half: an orange circle in the middle and 5 yellow circle petals around it",
    [one(CI, OR), *many(5, CI, Y)], [*ring(range(1, 6), centre=0), *each("in", range(6), "top")],
    [(0.5, 0.25, 0.05), (0.5, 0.08, 0.04), (0.662, 0.197, 0.04), (0.6, 0.388, 0.04), (0.4, 0.388, 0.04), (0.338, 0.197, 0.04)])
add("flower", "a flower on a white background: a stem of 4 green squares going up to a red circle, with 4 purple circle petals around it",
    [one(CI, R), *many(4, CI, P), *many(4, SQ, G)],  # 0 centre, 1 top, 2 bottom, 3 left, 4 right petal, 5-8 stem
    [*column(1, 0, 2), *row(3, 0, 4), *column(2, 5, 6, 7, 8)],
    [(0.5, 0.28), (0.5, 0.14), (0.5, 0.42), (0.36, 0.28), (0.64, 0.28), (0.5, 0.55), (0.5, 0.67), (0.5, 0.79), (0.5, 0.91)], background="white")

# caterpillars -----------------------------------------------------------------------------------------------------
add("caterpillar", "a caterpillar: 6 green circles in a row with a red circle head on the right end",
    [*many(6, CI, G), one(CI, R)], row(*range(7)), [(0.1 + 0.13 * k, 0.5, 0.05) for k in range(7)])
add("caterpillar", "caterpillar of 8 circles alternating yellow and green (yellow next to the head), with a bigger purple circle head at the left end",
    [one(CI, P), *[one(CI, (Y, G)[k % 2]) for k in range(8)]], [*row(*range(9)), C("larger", 0, 1)],
    [(0.08, 0.5, 0.05), *[(0.185 + 0.105 * k, 0.5, 0.04) for k in range(8)]])
add("caterpillar", "a caterpillar crawling diagonally up from the bottom left to the top right, 5 green circles and a red head at the top end",
    [*many(5, CI, G), one(CI, R)], rising(*range(6)), [(0.1 + 0.16 * k, 0.9 - 0.16 * k) for k in range(6)])
add("caterpillar", "caterpillar in the bottom half: 5 striped yellow circles in a line, and its head is a purple triangle on the left",
    [one(TR, P), *many(5, CI, Y, "striped")], [*row(*range(6)), *each("in", range(6), "bottom")], [(0.15 + 0.14 * k, 0.75) for k in range(6)])

# trees ------------------------------------------------------------------------------------------------------------
add("tree", "a pine tree: 3 green triangles stacked on top of each other and an orange square trunk at the bottom",
    [*many(3, TR, G), one(SQ, OR)], column(0, 1, 2, 3), [(0.5, 0.15, 0.08), (0.5, 0.35, 0.1), (0.5, 0.58, 0.12), (0.5, 0.82, 0.06)])
add("tree", "a christmas tree made of green circles, 1 on top, then 2, then 3, then 4, with a red square trunk under it",  # 0 | 1 2 | 3 4 5 | 6 7 8 9 | 10 trunk
    [*many(10, CI, G), one(SQ, R)], [*pyramid([[0], [1, 2], [3, 4, 5], [6, 7, 8, 9]]), *tb(6, 10), *tb(9, 10), C("between_x", 10, 6, 9)],
    [(0.5, 0.15), (0.42, 0.3), (0.58, 0.3), (0.34, 0.45), (0.5, 0.45), (0.66, 0.45), (0.26, 0.6), (0.42, 0.6), (0.58, 0.6), (0.74, 0.6), (0.5, 0.8)])
add("tree", "an apple tree: a big green circle as the crown, an orange square trunk under it, and three small red circle apples on the crown",
    [one(CI, G), one(SQ, OR), *many(3, CI, R)], [C("big", 0), *column(0, 1), *each("small", (2, 3, 4)), *tb(2, 1), *tb(3, 1), *tb(4, 1)],
    [(0.5, 0.35, 0.25), (0.5, 0.78, 0.08), (0.4, 0.3), (0.6, 0.32), (0.5, 0.45)])
add("tree", "two trees on a gray background, each a green triangle over a purple square",  # 0 triangle, 1 square; 2, 3 the other tree
    [one(TR, G), one(SQ, P)] * 2, [*column(0, 1), *column(2, 3), *lr(1, 3)], [(0.3, 0.4, 0.1), (0.3, 0.62, 0.07), (0.7, 0.4, 0.1), (0.7, 0.62, 0.07)],
    background="gray")

# letters made of straight strokes -----------------------------------------------------------------------------------
add("letter_straight", "the letter L made of 5 red squares",
    many(5, SQ, R), [*column(0, 1, 2), *row(2, 3, 4)], [(0.35, 0.25), (0.35, 0.45), (0.35, 0.65), (0.55, 0.65), (0.75, 0.65)])
add("letter_straight", "a letter T out of blue circles: 3 across the top and 2 more going down from the middle one",
    many(5, CI, B), [*row(0, 1, 2), *column(1, 3, 4)], [(0.3, 0.25), (0.5, 0.25), (0.7, 0.25), (0.5, 0.5), (0.5, 0.75)])
add("letter_straight", "capital I with serifs, made of 7 green squares",  # 0-2 top, 3 stem, 4-6 bottom
    many(7, SQ, G), [*row(0, 1, 2), *row(4, 5, 6), *column(1, 3, 5)], [(0.3, 0.2), (0.5, 0.2), (0.7, 0.2), (0.5, 0.5), (0.3, 0.8), (0.5, 0.8), (0.7, 0.8)])
add("letter_straight", "Could you spell out the letter H with seven orange circles?",  # 0-2 left, 3-5 right, 6 bar
    many(7, CI, OR), [*column(0, 1, 2), *column(3, 4, 5), *row(1, 6, 4)], [(0.3, 0.2), (0.3, 0.5), (0.3, 0.8), (0.7, 0.2), (0.7, 0.5), (0.7, 0.8), (0.5, 0.5)])
add("letter_straight", "letter E from 8 purple squares, in the left half",  # 0-4 spine, 5-7 arms
    many(8, SQ, P), [*column(0, 1, 2, 3, 4), *row(0, 5), *row(2, 6), *row(4, 7), *each("in", range(8), "left")],
    [(0.15, 0.12), (0.15, 0.3), (0.15, 0.48), (0.15, 0.66), (0.15, 0.84), (0.32, 0.12), (0.32, 0.48), (0.32, 0.84)])
add("letter_straight", "F shape: yellow triangles, 5 down the left side, 2 across the top and 1 sticking out in the middle",  # 0-4 spine, 5-6 top arm, 7 middle arm
    many(8, TR, Y), [*column(0, 1, 2, 3, 4), *row(0, 5, 6), *row(2, 7)],
    [(0.3, 0.12), (0.3, 0.3), (0.3, 0.48), (0.3, 0.66), (0.3, 0.84), (0.48, 0.12), (0.66, 0.12), (0.48, 0.48)])

# letters with slanted strokes ---------------------------------------------------------------------------------------
add("letter_pointed", "the letter V in green circles, 5 of them",
    many(5, CI, G), [*lr(*range(5)), *tb(0, 1, 2), *tb(4, 3, 2)], [(0.2, 0.2), (0.35, 0.5), (0.5, 0.8), (0.65, 0.5), (0.8, 0.2)])
add("letter_pointed", "make an A out of 6 red squares",  # 0 apex, 1-2 left leg, 3-4 right leg, 5 bar
    many(6, SQ, R), [*lr(2, 1, 0, 3, 4), *tb(0, 1, 2), *tb(0, 3, 4), *row(1, 5, 3)],
    [(0.5, 0.15), (0.35, 0.5), (0.2, 0.85), (0.65, 0.5), (0.8, 0.85), (0.5, 0.5)])
add("letter_pointed", "a big X shaped like two crossing diagonals, made of 9 blue circles",  # 0 middle, 1-2 up-left, 3-4 down-right, 5-6 down-left, 7-8 up-right
    many(9, CI, B), [*falling(2, 1, 0, 3, 4), *rising(6, 5, 0, 7, 8)],
    [(0.5, 0.5), (0.34, 0.34), (0.18, 0.18), (0.66, 0.66), (0.82, 0.82), (0.34, 0.66), (0.18, 0.82), (0.66, 0.34), (0.82, 0.18)])
add("letter_pointed", "the letter Y formed by 7 purple squares",  # 0-1 left arm, 2-3 right arm, 4 fork, 5-6 stem
    many(7, SQ, P), [*falling(0, 1, 4), *rising(4, 2, 3), *column(4, 5, 6)],
    [(0.25, 0.15), (0.37, 0.3), (0.63, 0.3), (0.75, 0.15), (0.5, 0.45), (0.5, 0.65), (0.5, 0.85)])
add("letter_pointed", "an N in 9 orange circles",  # 0-2 left stroke, 3-5 diagonal, 6-8 right stroke
    many(9, CI, OR), [*column(0, 1, 2), *column(6, 7, 8), *falling(0, 3, 4, 5, 8)],
    [(0.25, 0.2), (0.25, 0.5), (0.25, 0.8), (0.37, 0.35), (0.5, 0.5), (0.63, 0.65), (0.75, 0.2), (0.75, 0.5), (0.75, 0.8)])
add("letter_pointed", "a Z made of 8 yellow triangles",  # 0-2 top, 3-4 diagonal, 5-7 bottom
    many(8, TR, Y), [*row(0, 1, 2), *row(5, 6, 7), *rising(5, 4, 3, 2)],
    [(0.25, 0.2), (0.5, 0.2), (0.75, 0.2), (0.6, 0.4), (0.4, 0.6), (0.25, 0.8), (0.5, 0.8), (0.75, 0.8)])
add("letter_pointed", "letter K made of 7 red circles please",  # 0-2 stroke, 3-4 upper arm, 5-6 lower arm
    many(7, CI, R), [*column(0, 1, 2), *rising(1, 3, 4), *falling(1, 5, 6)],
    [(0.3, 0.2), (0.3, 0.5), (0.3, 0.8), (0.48, 0.35), (0.66, 0.2), (0.48, 0.65), (0.66, 0.8)])

# letters with round strokes -----------------------------------------------------------------------------------------
add("letter_round", "the letter O made of 8 blue circles", many(8, CI, B), ring(range(8)),
    [(0.5, 0.14), (0.677, 0.245), (0.75, 0.5), (0.677, 0.755), (0.5, 0.86), (0.323, 0.755), (0.25, 0.5), (0.323, 0.245)])
add("letter_round", "draw a C with 5 red squares, open on the right",  # 0 upper end, 1 upper left, 2 left, 3 lower left, 4 lower end
    many(5, SQ, R), [*lr(2, 1, 0), *lr(2, 3, 4), *tb(0, 2), *tb(1, 2), *tb(2, 3), *tb(2, 4)],
    [(0.7, 0.22), (0.4, 0.25), (0.25, 0.5), (0.4, 0.75), (0.7, 0.78)])
add("letter_round", "capital D from 6 purple circles",  # 0-2 straight side, 3 upper bowl, 4 right, 5 lower bowl
    many(6, CI, P), [*column(0, 1, 2), *lr(0, 3, 4), *lr(2, 5, 4), *row(1, 4), C("between_y", 4, 3, 5), *tb(3, 5)],
    [(0.3, 0.2), (0.3, 0.5), (0.3, 0.8), (0.55, 0.25), (0.72, 0.5), (0.55, 0.75)])
add("letter_round", "a capital U in green squares, 3 down each side and 1 at the bottom in the middle",  # 0-2 left, 3 bottom, 4-6 right
    many(7, SQ, G), [*column(0, 1, 2), *column(4, 5, 6), *row(2, 3, 6), *lr(0, 4)],
    [(0.3, 0.2), (0.3, 0.45), (0.3, 0.7), (0.5, 0.75), (0.7, 0.2), (0.7, 0.45), (0.7, 0.7)])
add("letter_round", "the letter J, 6 orange squares: a column of 4 down the right with a hook of 2 curling left at the bottom",  # 0-3 column, 4-5 hook
    many(6, SQ, OR), [*column(0, 1, 2, 3), *lr(4, 3), *tb(3, 4), *lr(5, 4), *tb(5, 4)],
    [(0.6, 0.15), (0.6, 0.33), (0.6, 0.51), (0.6, 0.69), (0.45, 0.83), (0.3, 0.7)])

# digits -----------------------------------------------------------------------------------------------------------
add("digit", "the number 1 made of 7 blue squares: a column of 4, a little flag at the top pointing left, and a base",  # 0-3 column, 4 flag, 5-6 base
    many(7, SQ, B), [*column(0, 1, 2, 3), *lr(4, 0), *tb(0, 4), *tb(4, 2), *row(5, 3, 6)],
    [(0.5, 0.15), (0.5, 0.35), (0.5, 0.55), (0.5, 0.75), (0.36, 0.27), (0.33, 0.75), (0.67, 0.75)])
add("digit", "draw the digit 4 using 6 red circles",  # 0-1 left stroke, 1-3 bar, 4-3-5 right stroke
    many(6, CI, R), [*column(0, 1), *row(1, 2, 3), *column(4, 3, 5), *tb(1, 5)],
    [(0.3, 0.2), (0.3, 0.5), (0.47, 0.5), (0.64, 0.5), (0.64, 0.25), (0.64, 0.8)])
add("digit", "a 7 made from 5 orange triangles",  # 0-2 top, 3-4 down to the left
    many(5, TR, OR), [*row(0, 1, 2), *lr(3, 2), *tb(2, 3), *lr(4, 3), *tb(3, 4)], [(0.3, 0.2), (0.5, 0.2), (0.7, 0.2), (0.6, 0.5), (0.5, 0.8)])
add("digit", "the number eight in 7 green circles, two loops one on top of the other",  # 0 top, 1-2 upper sides, 3 waist, 4-5 lower sides, 6 bottom
    many(7, CI, G), [*column(0, 3, 6), *lr(1, 2), *lr(4, 5), C("between_x", 0, 1, 2), C("between_y", 1, 0, 3), C("between_y", 2, 0, 3),
                     C("between_x", 6, 4, 5), C("between_y", 4, 3, 6), C("between_y", 5, 3, 6)],
    [(0.5, 0.12), (0.38, 0.27), (0.62, 0.27), (0.5, 0.45), (0.36, 0.65), (0.64, 0.65), (0.5, 0.85)])
add("digit", "the number 10 out of purple circles: a column of 4 for the 1, then a ring of 6 for the 0",  # 0-3 the one, 4-9 the zero clockwise from the top
    many(10, CI, P), [*column(0, 1, 2, 3), *ring(range(4, 10)), *lr(0, 9), *lr(3, 8)],
    [(0.25, 0.25), (0.25, 0.42), (0.25, 0.58), (0.25, 0.75), (0.65, 0.23), (0.815, 0.365), (0.815, 0.635), (0.65, 0.77), (0.485, 0.635), (0.485, 0.365)])

# pyramids ---------------------------------------------------------------------------------------------------------
add("pyramid", "a pyramid of 6 orange squares: 3 on the bottom, 2 in the middle, 1 on top. No triangles please",
    many(6, SQ, OR), pyramid([[0], [1, 2], [3, 4, 5]]), [(0.5, 0.3), (0.4, 0.5), (0.6, 0.5), (0.3, 0.7), (0.5, 0.7), (0.7, 0.7)], absent=[Obj(TR)])
add("pyramid", "stack 10 red circles into a triangle: 1 on top, then 2, then 3, and 4 along the bottom",
    many(10, CI, R), pyramid([[0], [1, 2], [3, 4, 5], [6, 7, 8, 9]]),
    [(0.5, 0.2), (0.41, 0.4), (0.59, 0.4), (0.32, 0.6), (0.5, 0.6), (0.68, 0.6), (0.23, 0.8), (0.41, 0.8), (0.59, 0.8), (0.77, 0.8)])
add("pyramid", "an upside-down pyramid of blue triangles, 3 on top, 2 under them, 1 at the bottom",
    many(6, TR, B), pyramid([[0, 1, 2], [3, 4], [5]]), [(0.3, 0.3), (0.5, 0.3), (0.7, 0.3), (0.4, 0.5), (0.6, 0.5), (0.5, 0.7)])
add("pyramid", "a pyramid of 3 squares at the bottom of the picture: 2 yellow ones side by side and a green one on top of them",
    [*many(2, SQ, Y), one(SQ, G)], [*pyramid([[2], [0, 1]]), *each("in", range(3), "bottom")], [(0.4, 0.85), (0.6, 0.85), (0.5, 0.65)])

# dice faces -------------------------------------------------------------------------------------------------------
add("dice_faces", "like the five on a dice: 4 red circles at the corners of a square and 1 in the middle",  # 0 middle, 1-4 corners row by row
    many(5, CI, R), [*row(1, 2), *row(3, 4), *column(1, 3), *column(2, 4), C("between_x", 0, 1, 2), C("between_y", 0, 1, 3)],
    [(0.5, 0.5), (0.3, 0.3), (0.7, 0.3), (0.3, 0.7), (0.7, 0.7)])
add("dice_faces", "six blue dots (circles) in two columns of three, like a six on a die", many(6, CI, B), grid([[0, 1], [2, 3], [4, 5]]),
    [(0.35, 0.25), (0.65, 0.25), (0.35, 0.5), (0.65, 0.5), (0.35, 0.75), (0.65, 0.75)])
add("dice_faces", "dice showing three: three green circles on a diagonal from top left to bottom right",
    many(3, CI, G), falling(0, 1, 2), [(0.25, 0.25), (0.5, 0.5), (0.75, 0.75)])
add("dice_faces", "a big yellow square with 4 purple circles on it arranged as the four on a dice",
    [one(SQ, Y), *many(4, CI, P)], [C("big", 0), *grid([[1, 2], [3, 4]]), C("between_x", 0, 1, 2), C("between_y", 0, 1, 3)],
    [(0.5, 0.5, 0.3), (0.35, 0.35, 0.06), (0.65, 0.35, 0.06), (0.35, 0.65, 0.06), (0.65, 0.65, 0.06)])

# stick figures ----------------------------------------------------------------------------------------------------
add("stick_figure", "a little person: yellow circle head, blue square body under it, and two red triangle legs under the body",
    [one(CI, Y), one(SQ, B), *many(2, TR, R)], [*column(0, 1), *row(2, 3), *tb(1, 2), *tb(1, 3), C("between_x", 1, 2, 3)],
    [(0.5, 0.2, 0.08), (0.5, 0.45, 0.12), (0.42, 0.75, 0.07), (0.58, 0.75, 0.07)])
add("stick_figure", "a stick figure made of shapes: orange circle head, purple square body, two green square arms either side of the body, two blue triangle legs",
    [one(CI, OR), one(SQ, P), *many(2, SQ, G), *many(2, TR, B)],  # 0 head, 1 body, 2-3 arms, 4-5 legs
    [*column(0, 1), *row(2, 1, 3), *row(4, 5), *tb(1, 4), *tb(1, 5), C("between_x", 1, 4, 5)],
    [(0.5, 0.2, 0.08), (0.5, 0.45, 0.1), (0.3, 0.45, 0.06), (0.7, 0.45, 0.06), (0.42, 0.75, 0.07), (0.58, 0.75, 0.07)])
add("stick_figure", "a robot built from squares: a small red square head, a big blue square body below it, two yellow square arms and two green square legs",
    [one(SQ, R), one(SQ, B), *many(2, SQ, Y), *many(2, SQ, G)],  # 0 head, 1 body, 2-3 arms, 4-5 legs
    [C("small", 0), C("big", 1), *column(0, 1), *row(2, 1, 3), *row(4, 5), *tb(1, 4), *tb(1, 5), C("between_x", 1, 4, 5)],
    [(0.5, 0.15, 0.07), (0.5, 0.45, 0.2), (0.2, 0.45, 0.06), (0.8, 0.45, 0.06), (0.4, 0.78, 0.06), (0.6, 0.78, 0.06)])
add("stick_figure", "gingerbread man made of orange shapes: a circle head, a square body, two circle hands and two triangle feet",
    [one(CI, OR), one(SQ, OR), *many(2, CI, OR), *many(2, TR, OR)],  # 0 head, 1 body, 2-3 hands, 4-5 feet
    [*column(0, 1), *row(2, 1, 3), *row(4, 5), *tb(1, 4), *tb(1, 5), C("between_x", 1, 4, 5)],
    [(0.5, 0.2, 0.08), (0.5, 0.45, 0.12), (0.28, 0.42, 0.05), (0.72, 0.42, 0.05), (0.42, 0.75, 0.07), (0.58, 0.75, 0.07)])

# words spelled with shapes ------------------------------------------------------------------------------------------
add("spelled_word", "spell HI with blue squares",  # H: 0-2 left, 3-5 right, 6 bar; I: 7-9
    many(10, SQ, B), [*column(0, 1, 2), *column(3, 4, 5), *row(1, 6, 4), *column(7, 8, 9), *lr(4, 8)],
    [(0.15, 0.25), (0.15, 0.5), (0.15, 0.75), (0.45, 0.25), (0.45, 0.5), (0.45, 0.75), (0.3, 0.5), (0.75, 0.25), (0.75, 0.5), (0.75, 0.75)])
add("spelled_word", "write OK using green circles, a ring of 6 for the O and 5 for the K",  # O: 0-5 clockwise from the top; K: 6-8 stroke, 9 upper arm, 10 lower arm
    many(11, CI, G), [*ring(range(6)), *column(6, 7, 8), *lr(7, 9), *tb(9, 7), *lr(7, 10), *tb(7, 10), *lr(1, 7), *lr(2, 7)],
    [(0.28, 0.3), (0.427, 0.4), (0.427, 0.6), (0.28, 0.7), (0.133, 0.6), (0.133, 0.4), (0.62, 0.3), (0.62, 0.5), (0.62, 0.7), (0.8, 0.32), (0.8, 0.68)])
add("spelled_word", "spelling LT: the L in red squares (5) and the T in yellow circles (5)",  # L: 0-2 stroke, 3-4 foot; T: 5-7 top, 8-9 stem
    [*many(5, SQ, R), *many(5, CI, Y)], [*column(0, 1, 2), *row(2, 3, 4), *row(5, 6, 7), *column(6, 8, 9), *lr(4, 6)],
    [(0.1, 0.25), (0.1, 0.5), (0.1, 0.75), (0.25, 0.75), (0.4, 0.75), (0.55, 0.25), (0.7, 0.25), (0.85, 0.25), (0.7, 0.5), (0.7, 0.75)])
add("spelled_word", "make the letters 'VI' from purple triangles",  # V: 0-4; I: 5-7
    many(8, TR, P), [*lr(*range(5)), *tb(0, 1, 2), *tb(4, 3, 2), *column(5, 6, 7), *lr(4, 6)],
    [(0.1, 0.25), (0.2, 0.5), (0.3, 0.75), (0.4, 0.5), (0.5, 0.25), (0.75, 0.25), (0.75, 0.5), (0.75, 0.75)])


# --- self-check ----------------------------------------------------------------------------------------------------

def _case_order(slots: Sequence[Obj]) -> list[int]:
    """The written slot indices in the order grouped_case numbers them (identical objects merged, first appearance)."""
    kinds: list[Obj] = []
    for s in slots:
        if s not in kinds:
            kinds.append(s)
    return [i for k in kinds for i, s in enumerate(slots) if s == k]


def reference_boxes(case: Case) -> list[list[float]]:
    """The case's hand-drawn reference, one box per slot of ``case.slots``."""
    slots, boxes = REFERENCES[case.prompt]
    return [boxes[i] for i in _case_order(slots)]


def _other_colour(case: Case, colour: str) -> str:
    unused = [c for c in COLOURS if all(s.colour != c for s in case.slots)]
    return (unused or [c for c in COLOURS if c != colour])[0]


def self_check() -> Counter[str]:
    """Every reference layout passes its case (by :func:`holds` and by :func:`check`), and a layout with any one object
    dropped, miscoloured, or with its texture flipped fails, as does one with two different objects of a left/above
    relation swapped; every case names every slot in a constraint and gives every slot a colour."""
    tally: Counter[str] = Counter()
    assert len(CASES) == len(REFERENCES) == len({c.prompt for c in CASES}), "duplicate prompts"
    for case in CASES:
        slots, _ = REFERENCES[case.prompt]
        order = _case_order(slots)
        assert [slots[i] for i in order] == [replace(s, count=1) for s in case.slots], case.prompt
        assert len(case.slots) == len(slots) and 3 <= len(slots) <= 15, case.prompt
        used = {s for c in case.constraints for s in c.slots}
        assert used == set(range(len(case.slots))), f"{case.prompt!r}: slots {set(range(len(case.slots))) - used} in no constraint"
        assert all(s.colour for s in case.slots), f"{case.prompt!r}: a slot without a colour"
        boxes = reference_boxes(case)
        for c in case.constraints:
            assert holds(c, boxes), f"{case.prompt!r}: reference fails {c}"
            tally["constraints held by references"] += 1
        assert all(0 <= v <= 1 for b in boxes for v in b), case.prompt
        rng = random.Random(len(case.prompt))
        doc = _doc_for(case, boxes, rng)
        ok, why = check(case, doc)
        assert ok, f"{case.prompt!r}: reference rejected: {why}"
        tally["references accepted"] += 1
        regions = doc["regions"]
        for k in range(len(regions)):
            assert not check(case, {**doc, "regions": regions[:k] + regions[k + 1:]})[0], f"{case.prompt!r}: accepted with a region dropped"
            tally["rejected: one object dropped"] += 1
        for k, r in enumerate(regions):
            ob = case.slots[int(r["id"][1:])]
            wrong = replace(ob, colour=_other_colour(case, ob.colour))
            bad = [*regions[:k], {**r, "high_level": _text(wrong)}, *regions[k + 1:]]
            assert not check(case, {**doc, "regions": bad})[0], f"{case.prompt!r}: accepted with {ob} drawn {wrong.colour}"
            tally["rejected: one object miscoloured"] += 1
            if ob.texture:
                flipped = replace(ob, texture="solid" if ob.texture == "striped" else "striped")
                bad = [*regions[:k], {**r, "high_level": _text(flipped)}, *regions[k + 1:]]
                assert not check(case, {**doc, "regions": bad})[0], f"{case.prompt!r}: accepted with {ob}'s texture flipped"
                tally["rejected: one texture flipped"] += 1
        pairs = {tuple(c.slots) for c in case.constraints if c.kind in ("left_of", "above")}
        for a, b in sorted(p for p in pairs if case.slots[p[0]] != case.slots[p[1]]):
            moved = [list(x) for x in boxes]
            moved[a], moved[b] = boxes[b], boxes[a]
            assert not check(case, _doc_for(case, moved, rng))[0], f"{case.prompt!r}: accepted with {case.slots[a]} and {case.slots[b]} swapped"
            tally["rejected: two different objects swapped"] += 1
        if case.absent:
            extra = {"id": "extra", "bbox": [0.45, 0.45, 0.55, 0.55], "high_level": _text(case.absent[0])}
            assert not check(case, {**doc, "regions": [*regions, extra]})[0], case.prompt
            tally["rejected: absent object drawn"] += 1
        if case.background:
            bare = {"global": {"high_level": "shapes"}, "regions": regions}
            assert not check(case, bare)[0], case.prompt
            tally["rejected: background missing"] += 1
        tally["cases"] += 1
    tally["constructions"] = len({c.construction for c in CASES})
    return tally


if __name__ == "__main__":
    print(self_check())
