"""Figures drawn with several objects: letters, rings, zigzags, waves, staircases, arrows, stars, hearts and outlines.

A figure is a set of *pieces*, polylines in the unit square (x to the right, y down). Their ends are the figure's key
points (the corners, the tips, the ends of its strokes): every drawing of it holds them, so an "E" of seven objects
still shows its three bars. The objects left over after the key points go onto the pieces, each to the piece where
the objects would otherwise stand farthest apart, and spread evenly along it. A figure its count cannot draw (an
"E" of three) is no figure: :func:`figure_points` answers None and the planner reads the request another way.

Figures whose drawing depends on the count itself (zigzags, waves, staircases) are computed from it directly.
Items are in drawing order: along each stroke, a ring clockwise from the top, a zigzag or wave from its first end.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
Pieces = list[list[Point]]


def _strokes(*paths: str) -> Pieces:
    """Pieces written compactly: "0,1 .5,0 1,1" is a polyline; a "|" before a point makes it a key point, where one piece ends and the next begins."""
    pieces: Pieces = []
    for path in paths:
        piece: list[Point] = []
        cut = False
        for token in path.replace("|", " | ").split():
            if token == "|":
                cut = True
                continue
            x, y = token.split(",")
            piece.append((float(x), float(y)))
            if cut:
                pieces.append(piece)
                piece, cut = [piece[-1]], False
        if len(piece) > 1:
            pieces.append(piece)
    return pieces


#: Capital letters (and below, digits), in a box one wide and one high; "|" marks a key point inside a stroke (a corner
#: or a junction).
LETTERS: dict[str, Pieces] = {
    "a": _strokes("0,1 | .25,.5 | .5,0 | .75,.5 | 1,1", ".25,.5 .75,.5"),
    "b": _strokes("0,0 | 0,.5 | 0,1", "0,0 .6,0 .85,.12 | .85,.38 .6,.5 0,.5", "0,.5 .65,.5 .9,.62 | .9,.88 .65,1 0,1"),
    "c": _strokes("1,.12 .7,0 .3,0 0,.3 | 0,.7 .3,1 .7,1 1,.88"),
    "d": _strokes("0,0 | 0,1", "0,0 .55,0 1,.35 | 1,.65 .55,1 0,1"),
    "e": _strokes("1,0 | 0,0 | 0,.5 | 0,1 | 1,1", "0,.5 .8,.5"),
    "f": _strokes("1,0 | 0,0 | 0,.5 | 0,1", "0,.5 .8,.5"),
    "g": _strokes("1,.12 .7,0 .3,0 0,.3 | 0,.7 .3,1 .7,1 1,.75 | 1,.5 | .55,.5"),
    "h": _strokes("0,0 | 0,.5 | 0,1", "1,0 | 1,.5 | 1,1", "0,.5 1,.5"),
    "i": _strokes(".5,0 | .5,1"),
    "j": _strokes("1,0 | 1,.7 .85,.95 .5,1 .15,.95 | 0,.7"),
    "k": _strokes("0,0 | 0,.5 | 0,1", "1,0 | .35,.325 | 0,.5", ".35,.325 | 1,1"),
    "l": _strokes("0,0 | 0,1 | 1,1"),
    "m": _strokes("0,1 | 0,0 | .5,.55 | 1,0 | 1,1"),
    "n": _strokes("0,1 | 0,0 | 1,1 | 1,0"),
    "o": _strokes(*[" ".join(f"{.5 + .5 * math.sin(a):.3f},{.5 - .5 * math.cos(a):.3f}" for a in
                        (2 * math.pi * k / 24 for k in range(25)))]),
    "p": _strokes("0,1 | 0,.55 | 0,0", "0,0 .7,0 1,.15 | 1,.4 .7,.55 0,.55"),
    "q": _strokes(*[" ".join(f"{.5 + .5 * math.sin(a):.3f},{.45 - .45 * math.cos(a):.3f}" for a in
                        (2 * math.pi * k / 24 for k in range(25)))], ".6,.7 | 1,1"),
    "r": _strokes("0,1 | 0,.55 | 0,0", "0,0 .7,0 1,.15 | 1,.4 .7,.55 0,.55", ".45,.55 | 1,1"),
    "s": _strokes("1,.1 .7,0 .3,0 0,.2 | .1,.4 .5,.5 .9,.6 | 1,.8 .7,1 .3,1 0,.9"),
    "t": _strokes("0,0 | .5,0 | 1,0", ".5,0 | .5,1"),
    "u": _strokes("0,0 | 0,.7 .15,.95 .5,1 .85,.95 | 1,.7 | 1,0"),
    "v": _strokes("0,0 | .5,1 | 1,0"),
    "w": _strokes("0,0 | .25,1 | .5,.35 | .75,1 | 1,0"),
    "x": _strokes("0,0 | .5,.5 | 1,1", "1,0 | .5,.5 | 0,1"),
    "y": _strokes("0,0 | .5,.5 | .5,1", "1,0 | .5,.5"),
    "z": _strokes("0,0 | 1,0 | 0,1 | 1,1"),
}


#: Digits, drawn as the letters are.
LETTERS |= {
    "0": LETTERS["o"],
    "1": _strokes(".2,.25 | .55,0 | .55,1"),
    "2": _strokes("0,.2 .25,0 .75,0 | 1,.25 | 0,1 | 1,1"),
    "3": _strokes("0,.05 .5,0 .9,.1 | .9,.38 .7,.5 | .35,.5", ".7,.5 .95,.62 | .95,.88 .5,1 | 0,.95"),
    "4": _strokes(".75,1 | .75,0 | 0,.65 | 1,.65"),
    "5": _strokes("1,0 | 0,0 | 0,.45 | .6,.42 .95,.6 | .95,.85 .6,1 | 0,.95"),
    "6": _strokes(".95,.05 .5,0 .1,.3 | 0,.7 .2,.95 .6,1 | .95,.75 .8,.5 .45,.45 | .05,.6"),
    "7": _strokes("0,0 | 1,0 | .35,1"),
    "8": _strokes(*[" ".join(f"{.5 + .4 * math.sin(a):.3f},{.25 - .25 * math.cos(a):.3f}" for a in
                        (math.pi + 2 * math.pi * k / 16 for k in range(17)))],
                  *[" ".join(f"{.5 + .5 * math.sin(a):.3f},{.75 - .25 * math.cos(a):.3f}" for a in
                        (2 * math.pi * k / 16 for k in range(17)))]),
    "9": _strokes(".05,.95 .5,1 .9,.7 | 1,.3 .8,.05 .4,0 | .05,.25 .2,.5 .55,.55 | .95,.4"),
}


def _polygon(corners: int, rx: float = 0.5, ry: float = 0.5, turn: float = 0.0) -> Pieces:
    """A regular polygon's outline from its top corner, clockwise: each side one piece."""
    at = [(0.5 + rx * math.sin(turn + 2 * math.pi * k / corners), 0.5 - ry * math.cos(turn + 2 * math.pi * k / corners))
          for k in range(corners + 1)]
    return [[a, b] for a, b in zip(at, at[1:], strict=False)]


def _curve(fn, start: float, stop: float, steps: int = 48) -> list[Point]:
    return [fn(start + (stop - start) * k / steps) for k in range(steps + 1)]


def _heart(t: float) -> Point:
    """The heart curve (the dip at the top, the tip at the bottom); it spans x -16..16 and y -17..11.93, fitted to the box."""
    x, y = 16 * math.sin(t) ** 3, 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
    return 0.5 + x / 32, (11.93 - y) / 28.93


def _star_pieces() -> Pieces:
    """A five-pointed star's outline: tip to tip through each inner corner."""
    tips = [(0.5 + 0.5 * math.sin(2 * math.pi * k / 5), 0.55 - 0.5 * math.cos(2 * math.pi * k / 5)) for k in range(6)]
    inner = [(0.5 + 0.2 * math.sin(2 * math.pi * (k + 0.5) / 5), 0.55 - 0.2 * math.cos(2 * math.pi * (k + 0.5) / 5)) for k in range(5)]
    return [[tips[k], inner[k], tips[k + 1]] for k in range(5)]


#: Outlines and curves, by the names the planner gives them.
SHAPED: dict[str, Pieces] = {
    "ring": [_curve(lambda a: (0.5 + 0.5 * math.sin(a), 0.5 - 0.5 * math.cos(a)), 0, 2 * math.pi)],
    "oval": [_curve(lambda a: (0.5 + 0.5 * math.sin(a), 0.5 - 0.3 * math.cos(a)), 0, 2 * math.pi)],
    "arc": [_curve(lambda a: (0.5 - 0.5 * math.cos(a), 0.85 - 0.7 * math.sin(a)), 0, math.pi)],  # a rainbow: ends down
    "smile": [_curve(lambda a: (0.5 - 0.5 * math.cos(a), 0.15 + 0.7 * math.sin(a)), 0, math.pi)],  # a u: ends up
    "heart": [_curve(_heart, 0, math.pi), _curve(_heart, 2 * math.pi, math.pi)],
    "spiral": [_curve(lambda a: (0.5 + a / (8 * math.pi) * math.sin(a), 0.5 - a / (8 * math.pi) * math.cos(a)), 0, 4 * math.pi, 96)],
    "star": _star_pieces(),
    "pentagon": _polygon(5),
    "hexagon": _polygon(6, turn=math.pi / 6),
    "octagon": _polygon(8, turn=math.pi / 8),
    "frame": _polygon(4, 0.5 * math.sqrt(2), 0.5 * math.sqrt(2), math.pi / 4),  # a square's outline, corners first
    "diamond": _polygon(4),
    "triangle": [[(0.5, 0.0), (1.0, 1.0)], [(1.0, 1.0), (0.0, 1.0)], [(0.0, 1.0), (0.5, 0.0)]],
    "plus": _strokes(".5,.5 | .5,0", ".5,.5 | 1,.5", ".5,.5 | .5,1", ".5,.5 | 0,.5"),
    "arrow": _strokes("0,.5 | 1,.5", "1,.5 | .62,.12", "1,.5 | .62,.88"),  # pointing right
    "chevron": _strokes("0,0 | 1,.5 | 0,1"),  # ">": pointing right
}


def _keys(pieces: Pieces) -> list[Point]:
    """The figure's key points: the ends of its pieces, each once."""
    keys: list[Point] = []
    for piece in pieces:
        for end in (piece[0], piece[-1]):
            if all(math.dist(end, k) > 1e-6 for k in keys):
                keys.append(end)
    return keys


def _spread(pieces: Pieces, n: int) -> list[Point] | None:
    """``n`` points on ``pieces``: every key point, then the rest where the gaps are widest, evenly along each piece."""
    keys = _keys(pieces)
    if n < len(keys):
        return None
    lengths = [sum(math.dist(a, b) for a, b in zip(p, p[1:], strict=False)) for p in pieces]
    extra = [0] * len(pieces)
    for _ in range(n - len(keys)):
        widest = max(range(len(pieces)), key=lambda k: lengths[k] / (extra[k] + 1))
        extra[widest] += 1
    done: list[Point] = []
    for piece, more in zip(pieces, extra, strict=True):
        inside = along(piece, more + 2)[1:-1]
        for point in [piece[0], *inside, piece[-1]]:
            if point in inside or all(math.dist(point, d) > 1e-6 for d in done):
                done.append(point)
    return done


def along(points: Sequence[Point], n: int) -> list[Point]:
    """``n`` points spread evenly along the polyline ``points``, both ends included."""
    legs = [math.dist(a, b) for a, b in zip(points, points[1:], strict=False)]
    total, spots = sum(legs), []
    for k in range(n):
        at, leg = total * k / max(1, n - 1), 0
        while leg < len(legs) - 1 and at > legs[leg]:
            at, leg = at - legs[leg], leg + 1
        (x0, y0), (x1, y1), t = points[leg], points[leg + 1], at / legs[leg] if legs[leg] else 0.0
        spots.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    return spots


def _counted(name: str, n: int) -> list[Point] | None:
    """Figures drawn from their count: a zigzag, a wave, a staircase (bottom left to top right)."""
    across = [k / max(1, n - 1) for k in range(n)]
    if name == "zigzag" and n >= 3:
        return [(x, 0.25 if k % 2 else 0.75) for k, x in enumerate(across)]
    if name == "wave" and n >= 4:
        turns = max(1, (n - 1) // 4)
        return [(x, 0.5 + 0.3 * math.sin(2 * math.pi * turns * x)) for x in across]
    if name == "staircase" and n >= 2:
        return [(x, 1 - x) for x in across]
    return None


#: Where each pointing figure points as drawn, and the turn (quarter turns clockwise) to each other way.
_TURNS = {"right": 0, "down": 1, "left": 2, "up": 3}


def _turned(points: list[Point], way: str) -> list[Point]:
    for _ in range(_TURNS.get(way, 0)):
        points = [(1 - y, x) for x, y in points]
    return points


def figure_points(name: str, n: int, way: str | None = None) -> list[Point] | None:
    """Centres (unit square) of ``n`` objects drawing the figure ``name`` (a letter "a".."z", a name of :data:`SHAPED`,
    "zigzag", "wave", "staircase"), turned to ``way`` ("left", "up", ...: arrows, chevrons, zigzags, staircases going
    "down"), or None where ``n`` objects cannot draw it."""
    if name in ("zigzag", "wave", "staircase"):
        points = _counted(name, n)
        if points is None or way not in ("up", "down"):
            return points
        if name == "staircase":
            return [(x, 1 - y) for x, y in points] if way == "down" else points
        return _turned(points, way)  # a zigzag or wave running up or down the canvas
    pieces = LETTERS.get(name) or SHAPED.get(name)
    points = _spread(pieces, n) if pieces else None
    return _turned(points, way or "right") if points and name in ("arrow", "chevron") else points

#: How many objects draw each figure when the request does not say.
DEFAULT_COUNT = {"ring": 8, "oval": 8, "arc": 7, "smile": 7, "heart": 10, "spiral": 10, "star": 10, "pentagon": 5, "hexagon": 6,
                 "octagon": 8, "frame": 8, "diamond": 8, "triangle": 6, "plus": 9, "arrow": 7, "chevron": 5, "zigzag": 5, "wave": 7,
                 "staircase": 4}


def word_points(word: str, n: int | None = None) -> list[Point] | None:
    """Centres (the canvas, 0..1) of ``n`` objects writing ``word`` (letters and digits side by side, each in its cell),
    the objects beyond the letters' key points where the gaps are widest; ``n`` None: enough to read it (at most 15)."""
    wide = 0.84 / len(word)
    tall = min(0.7, wide * 1.25)  # letters less tall than alone, so that their bars get objects before their uprights do
    pieces = [[(0.08 + wide * (i + 0.1 + 0.8 * x), 0.5 + tall * (y - 0.5)) for x, y in piece]
              for i, c in enumerate(word) for piece in LETTERS[c]]
    return _spread(pieces, n if n is not None else min(15, len(_keys(pieces)) + 2 * len(word)))


#: Figures that read only with all their key points or with their outer ones (a star: its five tips and five notches,
#: or its five tips), never with some of them: the full count and the outer one.
WHOLE = {"star": (10, 5)}


def default_count(name: str, most: int | None = None) -> int:
    """The count a figure is drawn with when none is said: its key points, and enough between them to read it (at most 12);
    at most ``most`` where it shares the canvas (a :data:`WHOLE` figure with too little room: its outer points)."""
    n = DEFAULT_COUNT[name] if name in DEFAULT_COUNT else min(12, max(len(_keys(LETTERS[name])) + 2, 7))
    if most is None or n <= most:
        return n
    outer = WHOLE[name][1] if name in WHOLE else most
    return outer if outer <= most else most
