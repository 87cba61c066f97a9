"""A sixth hand-written request set for the layout planner: 165 requests in 33 constructions of patterns and
arrangements: lines with patterns (alternating colours, shapes or textures, the Nth one different, repeated sequences,
lines read right to left or bottom to top, sizes growing along a line), grids (one cell different, told row by row or
column by column, checkerboards, sized grids placed on the canvas), formations (plus, diamond, pyramid, V, L, T, an
object surrounded by others or with others at its corners), relation chains, relative clauses, between, flanked,
stacks, groups in halves and corners, counts with places, sizes in crowded scenes, words the world cannot draw, and
exclusions.

Written by a separate session that read only the meaning checks of :mod:`regiondit.evals.paraphrases` and
``expected_from_region``, never the planner nor the other sets; every case was checked satisfiable (a reference layout
passes) and constraining (a layout missing a region fails) before the planner ran. First look, on the planner that
already read the fifth set's patterns: 70 of 165 right (42.4%), 95 failures silent.

Each case is written as one Obj per slot; ``make`` merges identical objects into counts and renumbers the slots.
"""

# ruff: noqa: E501, E741 (requests are data, kept one per line; ``O`` is a placeholder slot, as the cases are many)
from __future__ import annotations

from .paraphrases import C, Case, Constraint, Obj, cells, col, grouped_case, line, places

CASES: list[Case] = []


def o(noun: str, colour: str | None = None, texture: str | None = None) -> Obj:
    return Obj(noun, colour, texture)


def make(construction: str, prompt: str, slots: list[Obj], constraints: list[Constraint] = (),
         absent: list[Obj] = (), background: str | None = None) -> None:
    CASES.append(grouped_case(construction, prompt, slots, constraints, absent, background))


def grows_x(idx) -> list[Constraint]:
    """Each is larger than the one before it (in the given order)."""
    idx = list(idx)
    return [C("larger", b, a) for a, b in zip(idx, idx[1:], strict=False)]


def surrounded(centre: int, around) -> list[Constraint]:
    """Something on its left and right, and (two others) above and below it: true of a plus, an X or a ring."""
    a = list(around)
    return [C("between_x", centre, a[0], a[1]), C("between_y", centre, a[2], a[3])]


def plus(centre: int, top: int, bottom: int, left: int, right: int) -> list[Constraint]:
    return [C("row", left, centre, right), C("order_x", left, centre, right),
            C("column", top, centre, bottom), C("order_y", top, centre, bottom)]


def diamond(top: int, left: int, right: int, bottom: int) -> list[Constraint]:
    return [C("between_x", top, left, right), C("between_x", bottom, left, right),
            C("between_y", left, top, bottom), C("between_y", right, top, bottom)]


def corners_of(centre: int, tl: int, tr: int, bl: int, br: int) -> list[Constraint]:
    return [C("left_of", tl, centre), C("above", tl, centre), C("left_of", centre, tr), C("above", tr, centre),
            C("left_of", bl, centre), C("above", centre, bl), C("left_of", centre, br), C("above", centre, br)]


def pyramid(top: int, mid: list[int], base: list[int]) -> list[Constraint]:
    """One on top, two in the middle row, three at the base, each sitting between the two below it."""
    out = [C("row", *mid), C("order_x", *mid), C("row", *base), C("order_x", *base),
           C("between_x", top, mid[0], mid[1]), C("between_x", mid[0], base[0], base[1]),
           C("between_x", mid[1], base[1], base[2])]
    out += [C("above", top, m) for m in mid] + [C("above", m, b) for m in mid for b in base]
    return out


def v_shape(arm_l: list[int], tip: int, arm_r: list[int], point_down: bool = True) -> list[Constraint]:
    """arm_l outermost first, arm_r innermost first; the arms rise (or fall) away from the tip."""
    out = [C("order_x", *arm_l, tip, *arm_r)]
    left_in_to_out = list(reversed(arm_l))
    for arm in (left_in_to_out, arm_r):
        chain = [tip, *arm]
        for a, b in zip(chain, chain[1:], strict=False):
            out.append(C("above", b, a) if point_down else C("above", a, b))
    return out


def vee(arm_l, tip, arm_r):
    return v_shape(arm_l, tip, arm_r, True)


# shorthands for objects
def circ(c=None, t=None): return o("circle", c, t)
def sq(c=None, t=None): return o("square", c, t)
def tri(c=None, t=None): return o("triangle", c, t)


# ==================================================================================================================
# Lines with patterns
# ==================================================================================================================

# --- alternating colours ---
R, B = circ("red"), circ("blue")
make("alternate_colours", "six circles in a row alternating red and blue, starting with red",
     [R, B, R, B, R, B], line(range(6)))
G, Y = sq("green"), sq("yellow")
make("alternate_colours", "Put 5 squares in a line left to right, colours going green, yellow, green, yellow, green.",
     [G, Y, G, Y, G], line(range(5)))
O, P = tri("orange"), tri("purple")
make("alternate_colours", "a horizontal row of seven triangles that alternate orange/purple -- orange at both ends",
     [O, P, O, P, O, P, O], line(range(7)))
Y, B = circ("yellow"), circ("blue")
make("alternate_colours", "can you do a row of four circles, alternating between yellow and blue? first one on the left yellow",
     [Y, B, Y, B], line(range(4)))
R, G = sq("red"), sq("green")
make("alternate_colours", "Alternating colours in a vertical column, top to bottom: red, green, red, green. All squares pls.",
     [R, G, R, G], col(range(4)))

# --- alternating shapes ---
Ci, Sq = circ("blue"), sq("blue")
make("alternate_shapes", "circle square circle square circle, all blue, in one row",
     [Ci, Sq, Ci, Sq, Ci], line(range(5)))
T, S = tri("orange"), sq("orange")
make("alternate_shapes", "Alternate triangles and squares along a row, six in total, beginning with a triangle on the left; make them all orange.",
     [T, S, T, S, T, S], line(range(6)))
Ci, T = circ("purple"), tri("purple")
make("alternate_shapes", "a column of five shapes that goes circle, triangle, circle, triangle, circle from the top down. colour them purple",
     [Ci, T, Ci, T, Ci], col(range(5)))
S, Ci = sq("red"), circ("red")
make("alternate_shapes", "Row of 4: red square, then a red circle, then red square, red circle.",
     [S, Ci, S, Ci], line(range(4)))
G, Y = circ("green"), tri("yellow")
make("alternate_shapes", "I'd like green circles and yellow triangles alternating in a row, three of each, with a triangle on the far right",
     [G, Y, G, Y, G, Y], line(range(6)))

# --- alternating textures / every other one striped ---
St, So = sq("green", "striped"), sq("green", "solid")
make("alternate_textures", "five green squares in a row, every other one striped, starting with a striped one",
     [St, So, St, So, St], line(range(5)))
St, So = circ("red", "striped"), circ("red", "solid")
make("alternate_textures", "a row of six red circles where the 2nd, 4th and 6th are striped (count from the left)",
     [So, St, So, St, So, St], line(range(6)))
St, So = tri("blue", "striped"), tri("blue", "solid")
make("alternate_textures", "Stack four blue triangles in a column, alternating striped and plain, the top one plain.",
     [So, St, So, St], col(range(4)))
St, So = circ("yellow", "striped"), circ("yellow", "solid")
make("alternate_textures", "yellow circles in a row, seven of them -- the odd ones striped (counting from the left), the even ones solid",
     [St, So, St, So, St, So, St], line(range(7)))
St, So = sq("purple", "striped"), sq("purple", "solid")
make("alternate_textures", "a line of purple squares, left-to-right: solid, striped, solid, striped",
     [So, St, So, St], line(range(4)))

# --- the Nth and Mth different ---
Y, B = tri("yellow"), tri("blue")
make("nth_different", "seven yellow triangles in a row, except the third and the sixth ones (from the left) are blue",
     [Y, Y, B, Y, Y, B, Y], line(range(7)))
G, R = sq("green"), sq("red")
make("nth_different", "A row of five squares, all green except the middle one, which is red.",
     [G, G, R, G, G], line(range(5)))
St, So = circ("orange", "striped"), circ("orange", "solid")
make("nth_different", "six orange circles in a row from left to right, and make only the first and the last ones striped",
     [St, So, So, So, So, St], line(range(6)))
P, X = circ("purple"), sq()
make("nth_different", "a column of five purple circles, but the second one from the top should be a square instead",
     [P, X, P, P, P], col(range(5)))
B, Y = sq("blue"), sq("yellow")
make("nth_different", "Line up six blue squares left to right; squares number 2 and 5 should be yellow instead.",
     [B, Y, B, B, Y, B], line(range(6)))

# --- a repeated sequence ---
R, B = circ("red"), circ("blue")
make("repeated_sequence", "red, red, blue, and then the same again: six circles in a row",
     [R, R, B, R, R, B], line(range(6)))
S, Ci, T = sq("green"), circ("green"), tri("green")
make("repeated_sequence", "a row repeating the pattern square-circle-triangle twice over, everything green",
     [S, Ci, T, S, Ci, T], line(range(6)))
Oc, Bs = circ("orange"), sq("blue")
make("repeated_sequence", "pattern of orange circle, blue square, repeated three times in a single row",
     [Oc, Bs, Oc, Bs, Oc, Bs], line(range(6)))
Ss, Bc = sq(None, "striped"), circ("blue", "solid")
make("repeated_sequence", "top to bottom in a single column: a striped square then two plain blue circles, and that whole sequence twice",
     [Ss, Bc, Bc, Ss, Bc, Bc], col(range(6)))
R, Y = circ("red"), tri("yellow")
make("repeated_sequence", "two red circles then a yellow triangle -- repeat that 2 more times, all left to right in one row",
     [R, R, Y, R, R, Y, R, R, Y], line(range(9)))

# --- sequences read from right to left ---
make("right_to_left", "From right to left: a green circle, an orange square, a purple triangle.",
     [circ("green"), sq("orange"), tri("purple")], [C("order_x", 2, 1, 0)])
B, R, Y = sq("blue"), circ("red"), tri("yellow")
make("right_to_left", "reading right to left, the row goes blue square, blue square, red circle, yellow triangle",
     [B, B, R, Y], [C("row", 0, 1, 2, 3), C("order_x", 3, 2, 1, 0)])
make("right_to_left", "Place four triangles in a row. Starting on the right: red, orange, yellow, green.",
     [tri("red"), tri("orange"), tri("yellow"), tri("green")], [C("row", 0, 1, 2, 3), C("order_x", 3, 2, 1, 0)])
make("right_to_left", "right-to-left order please: a small striped circle first, then a big purple square",
     [circ(None, "striped"), sq("purple")], [C("order_x", 1, 0), C("larger", 1, 0)])
B, Y = circ("blue"), sq("yellow")
make("right_to_left", "from the right edge going leftwards: three blue circles and then two yellow squares, all in one line",
     [Y, Y, B, B, B], line(range(5)))

# --- sequences read from bottom to top ---
make("bottom_to_top", "From bottom to top: a red square, a green circle, a blue triangle, stacked in a column.",
     [sq("red"), circ("green"), tri("blue")], [C("column", 0, 1, 2), C("order_y", 2, 1, 0)])
Yc = circ("yellow")
make("bottom_to_top", "a vertical line of shapes, listed from the bottom up: yellow circle, yellow circle, purple square, orange triangle",
     [Yc, Yc, sq("purple"), tri("orange")], [C("column", 0, 1, 2, 3), C("order_y", 3, 2, 1, 0)])
St, So = tri("green", "striped"), tri("green", "solid")
make("bottom_to_top", "Going upward from the bottom: a striped green triangle, then a solid green triangle, then a striped green triangle again",
     [St, So, St], [C("order_y", 2, 1, 0)])
B, O = circ("blue"), circ("orange")
make("bottom_to_top", "bottom to top - blue, orange, blue, orange - four circles in a colum",
     [B, O, B, O], [C("column", 0, 1, 2, 3), C("order_y", 3, 2, 1, 0)])
make("bottom_to_top", "start at the bottom with a big red square; above it a smaller yellow circle; and at the very top a tiny blue triangle",
     [sq("red"), circ("yellow"), tri("blue")], [C("order_y", 2, 1, 0), C("larger", 0, 1), C("larger", 1, 2)])

# --- sizes growing or shrinking along a line ---
S = sq()
make("size_gradient", "five squares in a row, each one bigger than the one before it, going left to right",
     [S] * 5, line(range(5)) + grows_x(range(5)))
R = circ("red")
make("size_gradient", "a row of four red circles that shrink from left to right",
     [R] * 4, line(range(4)) + grows_x([3, 2, 1, 0]))
O = tri("orange")
make("size_gradient", "Draw three orange triangles in a column, getting larger toward the bottom.",
     [O] * 3, col(range(3)) + grows_x(range(3)))
B = circ("blue")
make("size_gradient", "blue circles lined up horizontally, 4 of them, growing in size from right to left",
     [B] * 4, line(range(4)) + grows_x([3, 2, 1, 0]))
G = sq("green")
make("size_gradient", "a row: tiny green square, small green square, medium green square, big green square",
     [G] * 4, line(range(4)) + grows_x(range(4)))

# ==================================================================================================================
# Grids
# ==================================================================================================================

# --- one cell different ---
G, Rc = sq("green"), circ("red")
make("grid_odd_one", "a 3x3 grid of green squares except the centre one, which is a red circle",
     [G, G, G, G, Rc, G, G, G, G], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
B, Y = tri("blue"), tri("yellow")
make("grid_odd_one", "3 by 3 grid of blue triangles; make the top-right one yellow",
     [B, B, Y, B, B, B, B, B, B], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
So, St = circ("purple", "solid"), circ("purple", "striped")
make("grid_odd_one", "A 2x2 grid of purple circles where only the bottom left circle is striped.",
     [So, So, St, So], cells([[0, 1], [2, 3]]))
O, B = circ("orange"), circ("blue")
make("grid_odd_one", "nine circles in a 3\u00d73 grid, all orange apart from the bottom-middle one, which should be blue",
     [O, O, O, O, O, O, O, B, O], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
Y, T = sq("yellow"), tri()
make("grid_odd_one", "a grid of 2 rows and 3 columns of yellow squares; only the middle one of the top row is a triangle",
     [Y, T, Y, Y, Y, Y], cells([[0, 1, 2], [3, 4, 5]]))

# --- grids told row by row ---
Yq = sq("yellow")
make("grid_rows", "Top row: red circle, blue circle, green circle. Bottom row: three yellow squares.",
     [circ("red"), circ("blue"), circ("green"), Yq, Yq, Yq], cells([[0, 1, 2], [3, 4, 5]]))
Bq = sq("blue")
make("grid_rows", "two rows -- the upper row is a purple triangle followed by an orange triangle (left to right), the lower row is two blue squares",
     [tri("purple"), tri("orange"), Bq, Bq], cells([[0, 1], [2, 3]]))
Ss, Rc, Bt = sq(None, "striped"), circ("red", "solid"), tri("blue")
make("grid_rows", "first row 3 striped squares, second row 3 solid red circles, third row 3 blue triangles",
     [Ss, Ss, Ss, Rc, Rc, Rc, Bt, Bt, Bt], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
make("grid_rows", "a 2x3 grid. row 1 = green square, green circle, green triangle; row 2 = the same shapes in the same order but orange",
     [sq("green"), circ("green"), tri("green"), sq("orange"), circ("orange"), tri("orange")], cells([[0, 1, 2], [3, 4, 5]]))
Yc, Ps, Rt = circ("yellow"), sq("purple"), tri("red")
make("grid_rows", "Grid with three rows of two. Top: yellow circles. Middle: purple squares. Bottom: red triangles.",
     [Yc, Yc, Ps, Ps, Rt, Rt], cells([[0, 1], [2, 3], [4, 5]]))

# --- grids told column by column ---
Pt, Oc, Bs = tri("purple"), circ("orange"), sq("blue")
make("grid_columns", "three columns of two: the left column purple triangles, the middle column orange circles, the right column blue squares",
     [Pt, Oc, Bs, Pt, Oc, Bs], cells([[0, 1, 2], [3, 4, 5]]))
make("grid_columns", "a 3x2 grid filled column by column: first column red, green, blue circles from top to bottom; second column the same colours but as squares",
     [circ("red"), sq("red"), circ("green"), sq("green"), circ("blue"), sq("blue")], cells([[0, 1], [2, 3], [4, 5]]))
Yt, St = tri("yellow"), tri(None, "striped")
make("grid_columns", "two columns side by side: on the left, two yellow triangles stacked; on the right, two stacked striped triangles",
     [Yt, St, Yt, St], cells([[0, 1], [2, 3]]))
B, O = sq("blue"), sq("orange")
make("grid_columns", "Columns, from left to right: a column of 3 blue squares, then a column of 3 orange squares, then another column of 3 blue squares.",
     [B, O, B, B, O, B, B, O, B], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
G, R = circ("green"), circ("red")
make("grid_columns", "in a grid -- left column: green circle above a red circle; right column: red circle above a green circle",
     [G, R, R, G], cells([[0, 1], [2, 3]]))

# --- checkerboards ---
R, B = sq("red"), sq("blue")
# either diagonal: each red shares its row with one blue and its column with the other
make("checkerboard", "a 2x2 checkerboard of red and blue squares",
     [R, R, B, B], [C("grid", 0, 1, 2, 3, arg="2x2"), C("row", 0, 2), C("row", 1, 3), C("column", 0, 3), C("column", 1, 2)])
O, P = circ("orange"), circ("purple")
make("checkerboard", "a 3x3 checkerboard of orange and purple circles, with orange in the corners",
     [O, P, O, P, O, P, O, P, O], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
G, Y = sq("green"), sq("yellow")
make("checkerboard", "make a checker pattern 2 rows by 4 columns of squares, alternating green and yellow, with green at the top-left",
     [G, Y, G, Y, Y, G, Y, G], cells([[0, 1, 2, 3], [4, 5, 6, 7]]))
St, Yp = tri(None, "striped"), tri("yellow", "solid")
make("checkerboard", "chessboard-style 3x3 grid of triangles: striped ones at the four corners and in the centre, plain yellow ones everywhere else",
     [St, Yp, St, Yp, St, Yp, St, Yp, St], cells([[0, 1, 2], [3, 4, 5], [6, 7, 8]]))
Bc, Rs = circ("blue"), sq("red")
make("checkerboard", "A 2 by 3 checkerboard of blue circles and red squares, with a circle in the top left cell.",
     [Bc, Rs, Bc, Rs, Bc, Rs], cells([[0, 1, 2], [3, 4, 5]]))

# --- grids of given size, placed ---
G = tri("green")
make("grid_sized", "a 2 by 3 grid of green triangles in the top half",
     [G] * 6, [C("grid", *range(6), arg="2x3")] + places("top", range(6)))
Y = circ("yellow")
make("grid_sized", "Six yellow circles arranged as a 3x2 grid on the left side of the picture",
     [Y] * 6, [C("grid", *range(6), arg="3x2")] + places("left", range(6)))
P = sq("purple")
make("grid_sized", "a small 2x2 grid of purple squares in the bottom right corner",
     [P] * 4, [C("grid", 0, 1, 2, 3, arg="2x2")] + places("bottom_right", range(4)))
R = circ("red")
make("grid_sized", "a 3 by 3 grid of red circles on a black background",
     [R] * 9, [C("grid", *range(9), arg="3x3")], background="black")
O, B = tri("orange"), sq("blue")
make("grid_sized", "put a 2x2 grid of orange triangles top left and a 2x2 grid of blue squares bottom right",
     [O] * 4 + [B] * 4, [C("grid", 0, 1, 2, 3, arg="2x2"), C("grid", 4, 5, 6, 7, arg="2x2")]
     + places("top_left", range(4)) + places("bottom_right", range(4, 8)))

# ==================================================================================================================
# Formations
# ==================================================================================================================

# --- plus / cross ---
B = circ("blue")
make("plus_cross", "five circles in a plus sign: a red one in the middle and blue ones above, below, left and right of it",
     [circ("red"), B, B, B, B], plus(0, 1, 2, 3, 4))
G = sq("green")
make("plus_cross", "arrange five green squares in a cross shape, like a plus sign",
     [G] * 5, plus(0, 1, 2, 3, 4))
O = tri("orange")
make("plus_cross", "A plus made of triangles: a yellow triangle in the centre and four orange triangles around it, one on each side (above, below, left, right)",
     [tri("yellow"), O, O, O, O], plus(0, 1, 2, 3, 4))
S = sq(None, "striped")
make("plus_cross", "draw a + out of 5 shapes. the centre is a blue circle and the four arms are striped squares",
     [circ("blue"), S, S, S, S], plus(0, 1, 2, 3, 4))
Pc, Rs = circ("purple"), sq("red")
make("plus_cross", "a cross: purple circle at the top, purple circle at the bottom, a red square to the left, a red square to the right, and a yellow triangle where they meet",
     [Pc, Pc, Rs, Rs, tri("yellow")], plus(4, 0, 1, 2, 3))

# --- diamond ---
R = circ("red")
make("diamond", "four red circles in a diamond shape", [R] * 4, diamond(0, 1, 2, 3))
G = sq("green")
make("diamond", "a diamond of squares: a blue one on top, a yellow one at the bottom, and green ones at the left and right points",
     [sq("blue"), G, G, sq("yellow")], diamond(0, 1, 2, 3))
T = tri()
make("diamond", "four triangles forming a diamond around an orange circle",
     [T, T, T, T, circ("orange")], diamond(0, 1, 2, 3) + [C("between_x", 4, 1, 2), C("between_y", 4, 0, 3)])
St, So = circ("purple", "striped"), circ("purple", "solid")
make("diamond", "lay out 4 purple circles as the points of a diamond, one at each point; only the top one is striped",
     [St, So, So, So], diamond(0, 1, 2, 3))
make("diamond", "Diamond formation, all in orange: a triangle at the top, a circle on the left, a square on the right, another triangle at the bottom.",
     [tri("orange"), circ("orange"), sq("orange"), tri("orange")], diamond(0, 1, 2, 3))

# --- triangle / pyramid ---
S = sq()
make("pyramid", "a pyramid of six squares: three on the bottom, two above them, one on top",
     [S] * 6, pyramid(0, [1, 2], [3, 4, 5]))
Bc = circ("blue")
make("pyramid", "a triangle formation of three circles -- one red circle on top and two blue circles below it, side by side",
     [circ("red"), Bc, Bc], [C("row", 1, 2), C("between_x", 0, 1, 2), C("above", 0, 1), C("above", 0, 2)])
Y, O = tri("yellow"), tri("orange")
make("pyramid", "Pyramid: 3 yellow triangles at the base, 2 orange triangles in the middle, 1 red triangle at the peak.",
     [tri("red"), O, O, Y, Y, Y], pyramid(0, [1, 2], [3, 4, 5]))
G = sq("green")
upside = [C("row", 0, 1, 2), C("order_x", 0, 1, 2), C("row", 3, 4), C("order_x", 3, 4),
          C("between_x", 5, 3, 4), C("between_x", 3, 0, 1), C("between_x", 4, 1, 2)]
upside += [C("above", t, m) for t in (0, 1, 2) for m in (3, 4)] + [C("above", m, 5) for m in (3, 4)]
make("pyramid", "six green squares as an upside-down pyramid: three across the top, two under them, and one at the bottom",
     [G] * 6, upside)
P = circ("purple")
make("pyramid", "three circles in a triangle pointing down: two purple ones up top and a single orange one centred below them",
     [P, P, circ("orange")], [C("row", 0, 1), C("between_x", 2, 0, 1), C("above", 0, 2), C("above", 1, 2)])

# --- V shape ---
T = tri()
make("v_shape", "five triangles in a V shape", [T] * 5, vee([0, 1], 2, [3, 4]))
B = circ("blue")
make("v_shape", "a V made of 5 circles: blue ones on the arms and a red circle at the bottom point",
     [B, B, circ("red"), B, B], vee([0, 1], 2, [3, 4]))
S = sq()
make("v_shape", "seven small squares forming the letter V",
     [S] * 7, vee([0, 1, 2], 3, [4, 5, 6]) + [C("small", *range(7))])
Y = circ("yellow")
make("v_shape", "an upside-down V (like a ^) out of five yellow circles",
     [Y] * 5, v_shape([0, 1], 2, [3, 4], point_down=False))
O = sq("orange")
make("v_shape", "a V of orange squares, two on each arm and one at the tip at the bottom",
     [O] * 5, vee([0, 1], 2, [3, 4]))

# --- L shape ---
S = sq()
make("l_shape", "an L made of five squares: three going down, then two more going right from the bottom one",
     [S] * 5, col([0, 1, 2]) + line([2, 3, 4]))
R = circ("red")
make("l_shape", "arrange 4 red circles into an L shape, the upright part being three tall and the foot sticking out to the right",
     [R] * 4, col([0, 1, 2]) + line([2, 3]))
B = tri("blue")
make("l_shape", "a backwards L: a column of three blue triangles with one more blue triangle to the left of the bottom one",
     [B] * 4, col([0, 1, 2]) + [C("row", 3, 2), C("left_of", 3, 2)])
P, Oc = sq("purple"), circ("orange")
make("l_shape", "L-shape: three purple squares going down, and from the bottom square two orange circles going off to the right",
     [P, P, P, Oc, Oc], col([0, 1, 2]) + line([2, 3, 4]))
G = circ("green")
make("l_shape", "Make an L with six green circles, four in the vertical stroke and two more along the bottom going right.",
     [G] * 6, col([0, 1, 2, 3]) + line([3, 4, 5]))

# --- T shape ---
Ci = circ()
make("t_shape", "a T: a row of three circles across the top and two more circles going down from the middle one",
     [Ci] * 5, line([0, 1, 2]) + col([1, 3, 4]))
Rs, Bs = sq("red"), sq("blue")
make("t_shape", "T shape with red squares for the crossbar (3 of them) and blue squares for the stem (2)",
     [Rs, Rs, Rs, Bs, Bs], line([0, 1, 2]) + col([1, 3, 4]))
Y = tri("yellow")
make("t_shape", "an upside down T of yellow triangles: a row of three on the bottom and a stem of two sticking up from the middle one",
     [Y] * 5, line([0, 1, 2]) + col([4, 3, 1]))
P = circ("purple")
make("t_shape", "make the letter T out of purple circles -- five in the crossbar, two below the middle one",
     [P] * 7, line(range(5)) + col([2, 5, 6]))
St, G = tri(None, "striped"), circ("green")
make("t_shape", "T formation: three striped triangles along the top, a green circle under the centre one, and another green circle under that",
     [St, St, St, G, G], line([0, 1, 2]) + col([1, 3, 4]))

# --- surrounded / ring ---
B = sq("blue")
make("surrounded", "a red circle surrounded by four blue squares", [circ("red"), B, B, B, B], surrounded(0, [1, 2, 3, 4]))
G = circ("green")
make("surrounded", "a yellow triangle ringed by six green circles", [tri("yellow")] + [G] * 6, surrounded(0, [1, 2, 3, 4]))
P = tri("purple")
make("surrounded", "Put an orange square in the middle of the picture and surround it with eight purple triangles.",
     [sq("orange")] + [P] * 8, surrounded(0, [1, 2, 3, 4]) + [C("in", 0, arg="center")])
S = circ(None, "striped")
make("surrounded", "a big blue circle encircled by five small striped circles",
     [circ("blue")] + [S] * 5, surrounded(0, [1, 2, 3, 4]) + [C("larger", 0, k) for k in range(1, 6)])
Y = circ("yellow")
make("surrounded", "green square with a ring of yellow circles around it, 6 of them",
     [sq("green")] + [Y] * 6, surrounded(0, [1, 2, 3, 4]))

# --- objects at the four corners of another ---
R = circ("red")
make("corners_of", "a big yellow square with a small red circle at each of its four corners",
     [sq("yellow"), R, R, R, R], corners_of(0, 1, 2, 3, 4) + [C("larger", 0, k) for k in range(1, 5)])
B = tri("blue")
make("corners_of", "four blue triangles at the four corners of a green circle, one per corner",
     [circ("green"), B, B, B, B], corners_of(0, 1, 2, 3, 4))
O = circ("orange")
make("corners_of", "place a striped square in the centre and put an orange circle diagonally off each of its corners",
     [sq(None, "striped"), O, O, O, O], corners_of(0, 1, 2, 3, 4) + [C("in", 0, arg="center")])
T, S = tri(), sq()
make("corners_of", "a purple circle in the middle, with triangles off its top-left and bottom-right corners and squares off its top-right and bottom-left corners",
     [circ("purple"), T, S, S, T], corners_of(0, 1, 2, 3, 4))
B = circ("blue")
make("corners_of", "a red triangle, and blue circles in the corners of the picture, one in each corner",
     [tri("red"), B, B, B, B],
     [C("in", 1, arg="top_left"), C("in", 2, arg="top_right"), C("in", 3, arg="bottom_left"), C("in", 4, arg="bottom_right")])

# ==================================================================================================================
# Relations
# ==================================================================================================================

# --- chains of relations across clauses ---
make("relation_chain", "a red circle to the left of a blue square, the square above a green triangle, and the triangle left of a yellow circle",
     [circ("red"), sq("blue"), tri("green"), circ("yellow")],
     [C("left_of", 0, 1), C("above", 1, 2), C("left_of", 2, 3)])
make("relation_chain", "Put a purple square at the top. Below it, an orange circle. To the right of the circle, a yellow triangle.",
     [sq("purple"), circ("orange"), tri("yellow")], [C("in", 0, arg="top"), C("above", 0, 1), C("left_of", 1, 2)])
make("relation_chain", "green square left of a red square, which is left of a blue square; and a yellow circle under the red one",
     [sq("green"), sq("red"), sq("blue"), circ("yellow")],
     [C("left_of", 0, 1), C("left_of", 1, 2), C("above", 1, 3)])
make("relation_chain", "a triangle above a circle above a square, and a striped circle to the right of the square",
     [tri(), circ(), sq(), circ(None, "striped")], [C("above", 0, 1), C("above", 1, 2), C("left_of", 2, 3)])
make("relation_chain", "orange triangle on the far left; to its right a blue circle; the blue circle has a red square directly above it and a green square directly below it",
     [tri("orange"), circ("blue"), sq("red"), sq("green")],
     [C("in", 0, arg="left"), C("left_of", 0, 1), C("above", 2, 1), C("above", 1, 3)])

# --- relative clauses ---
make("relative_clause", "a circle above a striped square which sits to the left of a purple triangle",
     [circ(), sq(None, "striped"), tri("purple")], [C("above", 0, 1), C("left_of", 1, 2)])
make("relative_clause", "the green triangle, which should be on the right, and a red circle that's down in the bottom left corner",
     [tri("green"), circ("red")], [C("in", 0, arg="right"), C("in", 1, arg="bottom_left")])
make("relative_clause", "draw a blue square, and a yellow circle that is both below the square and to the right of it",
     [sq("blue"), circ("yellow")], [C("above", 0, 1), C("left_of", 0, 1)])
So, St = circ("orange", "solid"), circ("orange", "striped")
make("relative_clause", "three orange circles in a row; the one that's striped goes between the other two, which are plain",
     [So, St, So], [C("row", 0, 1, 2), C("between_x", 1, 0, 2)])
make("relative_clause", "A red square, and a blue circle that sits above the triangle which is on the left of the square.",
     [sq("red"), circ("blue"), tri()], [C("above", 1, 2), C("left_of", 2, 0)])

# --- between, horizontally ---
Y = circ("yellow")
make("between_h", "a blue square between two yellow circles, all in a row",
     [Y, sq("blue"), Y], line([0, 1, 2]))
make("between_h", "a green triangle in between a red circle on the left and a purple circle on the right",
     [circ("red"), tri("green"), circ("purple")], [C("order_x", 0, 1, 2)])
make("between_h", "put an orange square between a blue triangle and a blue circle, horizontally, and a red triangle to the right of all three",
     [sq("orange"), tri("blue"), circ("blue"), tri("red")],
     [C("between_x", 0, 1, 2), C("left_of", 0, 3), C("left_of", 1, 3), C("left_of", 2, 3)])
S = sq(None, "striped")
make("between_h", "two striped squares with a yellow triangle between them (side by side), and to the left of that whole group a green circle",
     [circ("green"), S, tri("yellow"), S],
     [C("between_x", 2, 1, 3), C("left_of", 0, 1), C("left_of", 0, 2), C("left_of", 0, 3)])
make("between_h", "red circle on the left, blue square on the right, and a yellow triangle in between them. on a white background",
     [circ("red"), tri("yellow"), sq("blue")], [C("order_x", 0, 1, 2)], background="white")

# --- between, vertically ---
make("between_v", "a red circle between a blue square above it and a green square below it",
     [sq("blue"), circ("red"), sq("green")], [C("order_y", 0, 1, 2)])
P = circ("purple")
make("between_v", "a yellow triangle sandwiched vertically between two purple circles",
     [P, tri("yellow"), P], [C("between_y", 1, 0, 2)])
make("between_v", "orange square on top, a blue triangle at the bottom, and a striped circle in between the two",
     [sq("orange"), circ(None, "striped"), tri("blue")], [C("order_y", 0, 1, 2)])
R, G = tri("red"), circ("green")
make("between_v", "Between two red triangles, one at the top of the image and one at the bottom, put three green circles in a row.",
     [R, G, G, G, R], [C("in", 0, arg="top"), C("in", 4, arg="bottom"), C("row", 1, 2, 3)]
     + [C("between_y", k, 0, 4) for k in (1, 2, 3)])
B = circ("blue")
make("between_v", "a purple square halfway between a blue circle at the top and a blue circle at the bottom, all three in one column",
     [B, sq("purple"), B], col([0, 1, 2]) + [C("in", 0, arg="top"), C("in", 2, arg="bottom")])

# --- flanked ---
S = sq("orange")
make("flanked", "a green triangle flanked by two orange squares", [S, tri("green"), S], [C("between_x", 1, 0, 2)])
T = tri("red")
make("flanked", "a blue circle flanked on either side by red triangles, and a yellow square below the circle",
     [T, circ("blue"), T, sq("yellow")], [C("between_x", 1, 0, 2), C("above", 1, 3)])
P = circ("purple")
make("flanked", "two purple circles flanking a striped square, on a gray background",
     [P, sq(None, "striped"), P], [C("between_x", 1, 0, 2)], background="gray")
G = sq("green")
make("flanked", "flank a yellow circle with green squares above and below it",
     [G, circ("yellow"), G], [C("between_y", 1, 0, 2)])
Y, B = tri("yellow"), circ("blue")
make("flanked", "a red square flanked by two blue circles, which are in turn flanked by two yellow triangles",
     [Y, B, sq("red"), B, Y], [C("order_x", 0, 1, 2, 3, 4)])

# --- stacks / towers ---
make("stack_tower", "a tower of three squares: red at the bottom, then yellow, then blue on top",
     [sq("blue"), sq("yellow"), sq("red")], col([0, 1, 2]))
G = circ("green")
make("stack_tower", "stack four green circles on top of each other", [G] * 4, [C("column", 0, 1, 2, 3)])
make("stack_tower", "Build a stack of shapes, top to bottom: triangle, circle, square -- all purple.",
     [tri("purple"), circ("purple"), sq("purple")], col([0, 1, 2]))
R, B = sq("red"), sq("blue")
make("stack_tower", "two towers side by side: the left one three red squares, the right one three blue squares",
     [R, R, R, B, B, B], [C("column", 0, 1, 2), C("column", 3, 4, 5)] + [C("left_of", r, b) for r in (0, 1, 2) for b in (3, 4, 5)])
S = circ(None, "striped")
make("stack_tower", "a tower of five striped circles with a yellow triangle balanced on the very top",
     [tri("yellow")] + [S] * 5, [C("column", *range(6))] + [C("above", 0, k) for k in range(1, 6)])

# --- groups in halves ---
R, B = circ("red"), sq("blue")
make("halves_groups", "three red circles in the left half and two blue squares in the right half",
     [R, R, R, B, B], places("left", range(3)) + places("right", range(3, 5)))
Y = tri("yellow")
make("halves_groups", "top half: a row of four yellow triangles. bottom half: one big green circle.",
     [Y, Y, Y, Y, circ("green")], places("top", range(4)) + [C("row", 0, 1, 2, 3), C("in", 4, arg="bottom"), C("big", 4)])
P, O = sq("purple"), circ("orange")
make("halves_groups", "put a pair of purple squares in the upper half and a pair of orange circles in the lower half",
     [P, P, O, O], places("top", [0, 1]) + places("bottom", [2, 3]))
St, G = tri(None, "striped"), circ("green")
make("halves_groups", "left half: 2 striped triangles. right half: 3 green circles stacked vertically",
     [St, St, G, G, G], places("left", [0, 1]) + places("right", [2, 3, 4]) + [C("column", 2, 3, 4)])
B = circ("blue")
make("halves_groups", "Fill the right half with a 2x2 grid of blue circles and leave just one red square in the left half",
     [B, B, B, B, sq("red")], [C("grid", 0, 1, 2, 3, arg="2x2")] + places("right", range(4)) + [C("in", 4, arg="left")])

# --- groups in corners ---
G, O = tri("green"), circ("orange")
make("corner_groups", "a pair of green triangles in the top left, a pair of orange circles bottom right",
     [G, G, O, O], places("top_left", [0, 1]) + places("bottom_right", [2, 3]))
Y, P = sq("yellow"), circ("purple")
make("corner_groups", "three yellow squares in the top-right corner and three purple circles in the bottom-left corner",
     [Y, Y, Y, P, P, P], places("top_right", [0, 1, 2]) + places("bottom_left", [3, 4, 5]))
B = circ("blue")
make("corner_groups", "one blue circle in each corner, and a red square in the middle",
     [B, B, B, B, sq("red")],
     [C("in", 0, arg="top_left"), C("in", 1, arg="top_right"), C("in", 2, arg="bottom_left"), C("in", 3, arg="bottom_right"),
      C("in", 4, arg="center")])
R = tri("red")
make("corner_groups", "put two red triangles side by side in the lower right corner, with a green square up in the upper left",
     [R, R, sq("green")], places("bottom_right", [0, 1]) + [C("row", 0, 1), C("in", 2, arg="top_left")])
S, Y = circ(None, "striped"), tri("yellow")
make("corner_groups", "corners: top left two striped circles, top right a yellow triangle, bottom left a yellow triangle, bottom right two more striped circles",
     [S, S, Y, Y, S, S], places("top_left", [0, 1]) + [C("in", 2, arg="top_right"), C("in", 3, arg="bottom_left")]
     + places("bottom_right", [4, 5]))

# --- counts with places ---
P, Y = sq("purple"), circ("yellow")
make("counts_places", "four purple squares along the top and three yellow circles along the bottom",
     [P] * 4 + [Y] * 3, places("top", range(4)) + places("bottom", range(4, 7)))
R, B = tri("red"), tri("blue")
make("counts_places", "5 red triangles on the left side and 2 blue triangles on the right",
     [R] * 5 + [B] * 2, places("left", range(5)) + places("right", range(5, 7)))
G = circ("green")
make("counts_places", "two green circles at the top, three at the bottom, and one orange square in the centre",
     [G, G, G, G, G, sq("orange")], places("top", [0, 1]) + places("bottom", [2, 3, 4]) + [C("in", 5, arg="center")])
O = circ("orange")
make("counts_places", "six small orange circles in the bottom half and a single large blue square at the top",
     [O] * 6 + [sq("blue")], places("bottom", range(6)) + [C("in", 6, arg="top")] + [C("larger", 6, k) for k in range(6)])
S = sq(None, "striped")
make("counts_places", "3 striped squares in the top left and 3 more in the bottom right, plus one green triangle in the top right",
     [S] * 6 + [tri("green")], places("top_left", range(3)) + places("bottom_right", range(3, 6)) + [C("in", 6, arg="top_right")])

# --- sizes in crowded scenes ---
G = tri("green")
make("crowded_sizes", "a big orange circle in the middle surrounded by six small green triangles",
     [circ("orange")] + [G] * 6, [C("in", 0, arg="center")] + surrounded(0, [1, 2, 3, 4]) + [C("larger", 0, k) for k in range(1, 7)])
S = sq()
make("crowded_sizes", "three small squares and one big circle, all in a row",
     [S, S, S, circ()], [C("row", 0, 1, 2, 3)] + [C("larger", 3, k) for k in range(3)])
Rs, Bc = sq("red"), circ("blue")
make("crowded_sizes", "lots going on: two big red squares at the top, four tiny blue circles across the middle, and a big yellow triangle at the bottom",
     [Rs, Rs, Bc, Bc, Bc, Bc, tri("yellow")],
     places("top", [0, 1]) + [C("in", 6, arg="bottom"), C("row", 2, 3, 4, 5)]
     + [C("larger", s, c) for s in (0, 1, 6) for c in (2, 3, 4, 5)]
     + [C("above", s, c) for s in (0, 1) for c in (2, 3, 4, 5)] + [C("above", c, 6) for c in (2, 3, 4, 5)])
P = circ("purple")
make("crowded_sizes", "a crowd of eight small purple circles scattered around, and one huge yellow square in the centre",
     [P] * 8 + [sq("yellow")], [C("in", 8, arg="center")] + [C("larger", 8, k) for k in range(8)])
B = circ("blue")
make("crowded_sizes", "five circles in a row, all small except the middle one, which is big; the big one is red, the others blue",
     [B, B, circ("red"), B, B], line(range(5)) + [C("larger", 2, k) for k in (0, 1, 3, 4)])

# ==================================================================================================================
# Words outside the world, and exclusions
# ==================================================================================================================

B = circ("blue")
make("outside_words", "a yellow star between two blue circles", [B, o("star", "yellow"), B], [C("between_x", 1, 0, 2)])
G = sq("green")
make("outside_words", "a red heart above a row of three green squares",
     [o("heart", "red"), G, G, G], [C("row", 1, 2, 3)] + [C("above", 0, k) for k in (1, 2, 3)])
make("outside_words", "a 2x2 grid: a star, a circle, a heart and a square, in reading order",
     [o("star"), circ(), o("heart"), sq()], cells([[0, 1], [2, 3]]))
Rh, Ph = o("heart", "red"), o("heart", "purple")
make("outside_words", "five hearts in a row alternating red and purple, red first",
     [Rh, Ph, Rh, Ph, Rh], line(range(5)))
make("outside_words", "a moon at the top left and a star at the bottom right, with a blue triangle halfway between them",
     [o("moon"), tri("blue"), o("star")],
     [C("in", 0, arg="top_left"), C("in", 2, arg="bottom_right"), C("between_x", 1, 0, 2), C("between_y", 1, 0, 2)])

R, B = circ("red"), circ("blue")
make("exclusions", "a row of four circles, alternating red and blue starting with red, and no triangles anywhere",
     [R, B, R, B], line(range(4)), absent=[tri()])
S = sq()
make("exclusions", "a 2x2 grid of squares in any colours you like except green",
     [S] * 4, [C("grid", 0, 1, 2, 3, arg="2x2")], absent=[sq("green")])
Y = circ("yellow")
make("exclusions", "a little pyramid of three yellow circles, two on the bottom and one on top -- but no squares",
     [Y, Y, Y], [C("row", 1, 2), C("between_x", 0, 1, 2), C("above", 0, 1), C("above", 0, 2)], absent=[sq()])
O = circ("orange")
make("exclusions", "a purple triangle flanked by two orange circles; no red shapes at all",
     [O, tri("purple"), O], [C("between_x", 1, 0, 2)], absent=[circ("red"), sq("red"), tri("red")])
B = sq("blue")
make("exclusions", "stack three blue sqaures in a column and don't include any circles or stars",
     [B] * 3, [C("column", 0, 1, 2)], absent=[circ(), o("star")])
