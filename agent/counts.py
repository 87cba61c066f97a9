"""How many objects a request says it wants, read on its own, to check a planned layout against.

The offline planner reads a request clause by clause; when it misreads one, the layout can come out with more or
fewer objects than asked. This module reads the request a second, independent way, from its counts only:

- a total said outright ("six shapes", "ten in all") or one grid's size ("a 2x3 grid", "three rows of two");
  a count said after the one group it names without one ("blue circles in a row, four of them") is that group's;
- the most objects the request can mean, where it counts everything it names ("a red circle, two squares and 3 more
  triangles": at most six; a restatement only adds to the sum, and a shape named without a count adds one);
- the least of each shape: its largest count ("five green circles", "a yellow triangle": at least five circles and
  a triangle), unless the request says it does not want it ("no squares").

Where the layout falls outside them, the planner says so in its notes instead of handing over a silently different
picture. It says nothing when the request changes its mind ("three circles, sorry, two"), multiplies ("one on each
side", "twice"), names a group without a count ("blue circles around it"), or names objects it cannot count (a
misspelt shape, a heart): the planner's own reading stands there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "half a dozen": 6, "a dozen": 12, "a pair of": 2, "a couple of": 2}
_N = r"(?P<{}>" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d{{1,2}})"
SHAPES = ("circle", "square", "triangle")
_SHAPE = "(?:" + "|".join(SHAPES) + ")"
_WORD = r"(?:(?!(?:and|or|of|with|without|any|no|not|in|on|at|to|the|shapes?|objects?|things?|ones?)\b)[a-z]+ )"  # "small striped "

_GRIDS = [
    re.compile(rf"\b{_N.format('a')} ?(?:x|by) ?{_N.format('b')}\b(?=(?: \w+){{0,3}} (?:grid|checker\w*|chess\w*|board|array)\b)"),
    re.compile(rf"\b(?:grid|checker\w*|chess\w*|board|array)(?: \w+){{0,2}} {_N.format('a')} ?(?:x|by) ?{_N.format('b')}\b"),
    re.compile(rf"\b{_N.format('a')} rows? (?:of|by|and|with) {_N.format('b')}\b"),
    re.compile(rf"\b{_N.format('a')} columns? (?:of|by|and|with) {_N.format('b')}\b"),
]
_GRID_OF = re.compile(r"(?: \w+){0,2}?(?: (?:grid|checker\w*|chess\w*|board|array))?(?: of (?:[a-z]+ ){0,3}?[a-z]+s)?")  # "... grid of blue circles"
_BESIDES = r"(?:other|more|random|different|assorted|extra|additional|further)\b"  # "two other shapes": not the whole picture
_TOTALS = [
    re.compile(rf"\b{_N.format('n')} (?:(?!{_BESIDES})\w+ ){{0,2}}?(?:shapes|objects|things|items|figures|pieces)\b"),
    re.compile(rf"\b{_N.format('n')} (?:\w+ )?(?:in total|in all|altogether|all told|total)\b"),
    re.compile(rf"\b(?:a )?total of {_N.format('n')}\b"),
]
#: A shape named as the form others are laid out in, not as an object: "in a circle", "a triangle of circles", "V shaped".
_FORMATION = re.compile(rf"(?<!circle )(?<!square )(?<!triangle )(?<!dot )"  # "a dot in a blue circle": inside a shape, not a formation
                        rf"\b(?:in|into|forming|form|forms|arranged as)(?: a| an| the)?(?: \w+)? {_SHAPE}\b(?! (?:on|in|at|to)\b)"
                        rf"|\b{_SHAPE}s? (?:formation|shape|shaped|pattern|outline|sign|arrangement)\b|\b{_SHAPE}s? of (?:\w+ ){{0,3}}?{_SHAPE}s\b")
#: One object or a counted group: "a red circle", "another square", "five small striped triangles", "two blue ones",
#: "3 more in the corner", and "a red, ..." (the shape said once for several: "a red, a blue and a green circle").
_MENTION = re.compile(rf"\b(?:(?P<one>a|an|one|another|single)|{_N.format('n')}(?: more| other)?) {_WORD}{{0,3}}?(?P<shape>{_SHAPE}|one)s?\b"
                      rf"|\b{_N.format('m')}(?= (?:more|on|in|at|along|across|down|up|below|above|under|going|sticking|to)\b)"
                      rf"|\b(?:a|an) [a-z]+(?: [a-z]+)?(?= ?(?:,|and\b|or\b))")
_NOUN = re.compile(rf"\b(?P<shape>{_SHAPE}|one)(?P<plural>s)?\b")
#: Words that say a shape is not wanted when they come just before it: "no squares", "exclude: triangle", "zero circles".
NEGATIONS = frozenset("no not without nor never none any except excluding exclude avoid zero negative instead place than apart skip minus "
                      "leave".split())
#: Words that multiply or repeat what they follow: the request's numbers no longer count its objects.
_MULTIPLIED = re.compile(r"\b(?:each|every|per|pairs|twice|thrice|again|repeat\w*|same|copies|copy|either|mirror\w*|count|number)\b"
                         r"|\bx ?\d|\d ?x\b")
#: An object placed against one named before it: said once with several of these, it stands at each.
_AT_IT = re.compile(r"\b(?:above|below|under|beneath|over|beside|left of|right of) (?:it|them)\b|\b(?:to|on) (?:its|their) (?:left|right)\b")
#: Words that change the request's mind or take something away; counts said before them may no longer hold.
_CHANGES = re.compile(r"\b(?:sorry|scratch|actually|rather|instead|no wait|oops|correction|never ?mind|second thoughts?|remove|drop|scrap|"
                      r"forget|lose|get rid|take out|delete|replace|make (?:that|it)|change|not (?:" + "|".join(NUMBERS) + r"|\d+))\b")


#: A group's count said after it, as the whole of a clause ("yellow circles in a row, seven of them").
_OF_THEM = re.compile(rf", {_N.format('n')} of them(?=\s*(?:[,.;:!?()]|$)| (?:the|all|going|growing|lined|arranged|spaced|evenly)\b)")


#: Words that say "more than one" without a number ("a few", "a bunch of", "lots of", "many"; not "too many", "how many").
VAGUE = (r"\b(?<!how )(?<!as )(?<!so )(?<!too )(?<!that )(?<!not )(?:a few|a bunch of|a handful of|a number of|a load of|loads of|"
         r"lots of|a lot of|plenty of|tons of|many|numerous|several|some)\s+")
_VAGUE = re.compile(VAGUE + r"(?=(?:[a-z]+ ){0,3}?[a-z]+s\b)")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _read(prompt: str) -> str | None:
    """``prompt`` in lower case with its dashes and symbols as spaces, and a count said after its group moved before it
    (:func:`_counted_after`); None where it changes its mind."""
    text = prompt.lower().replace("×", "x").replace("grey", "gray")
    text = re.sub(r"\s+", " ", re.sub(r"[-–—_/]+|[^\w\s,.;:!?()]", " ", re.sub(r"(\d)\s*x\s*(\d)", r"\1 x \2", text))).strip()
    text = _VAGUE.sub("", text)  # "a few red circles": a group without a count, not one
    return None if _CHANGES.search(text) else _counted_after(text)


def _counted_after(text: str) -> str:
    """``text`` with a count said after the one group it names without one moved before it: "yellow circles in a row,
    seven of them" reads as "seven yellow circles in a row"."""
    said = list(_OF_THEM.finditer(text))
    groups = [p for p in _NOUN.finditer(text[: said[0].start()]) if p["plural"] and p["shape"] != "one"] if len(said) == 1 else []
    if len(groups) != 1 or any(m.start() <= groups[0].start() < m.end() for m in _MENTION.finditer(text)):
        return text
    (count,), (group,) = said, groups
    return text[: group.start()] + count["n"] + " " + text[group.start(): count.start()] + text[count.end():]


def stated_total(prompt: str) -> int | None:
    """The number of objects ``prompt`` states outright (a total, or one grid's size); None where it states none, or several."""
    if (text := _read(prompt)) is None:
        return None
    grids: list[re.Match] = []
    for g in (m for pattern in _GRIDS for m in pattern.finditer(text)):  # one grid said two ways ("chessboard style 3 x 3 grid") counts once
        if not any(h.start() <= g.start() < h.end() for h in grids):
            grids.append(g)
    spans = [(g.start(), g.end() + len(_GRID_OF.match(text, g.end()).group())) for g in grids]
    if grids and any(m["n"] not in (None, "1") or m["one"] in ("one", "another", "single") for m in _MENTION.finditer(text)
                     if not any(a <= m.start() < b for a, b in spans)):
        return None  # "a 2x2 grid of blue circles and one red square"
    totals = [m for p in _TOTALS for m in p.finditer(text)]
    if any(_more_besides(text, t) for t in totals):
        return None  # "four shapes on the left, ..., and two squares on the right": four of six
    found = [_number(m["a"]) * _number(m["b"]) for m in grids] + [_number(m["n"]) for m in totals]
    return found[0] if found and len(set(found)) == 1 and len(grids) <= 1 else None


def _more_besides(text: str, total: re.Match) -> bool:
    """Whether ``text`` counts objects outside the group ``total`` names (not its items after a colon: "six shapes: ...")."""
    items = text.find(":", total.end())
    return any((m["n"] or m["one"] in ("one", "another", "single")) and not (total.start() <= m.start() < total.end())
               and not (items >= 0 and m.start() > items) for m in _MENTION.finditer(text))


def _objects(text: str) -> tuple[list[re.Match], list[re.Match]]:
    """The request's counted mentions and the shapes it names without a count (formations left out)."""
    formations = [m.span() for m in _FORMATION.finditer(text)]
    mentions = [m for m in _MENTION.finditer(text) if not any(a <= m.end() - 1 < b for a, b in formations)]
    bare = [p for p in _NOUN.finditer(text) if not any(m.start() <= p.start() < m.end() for m in mentions)
            and not any(a <= p.start() < b for a, b in formations)]
    return mentions, bare


def counted_most(prompt: str) -> int | None:
    """The most objects ``prompt`` can mean where it counts every shape it names; None where it names a group without a
    count ("blue circles", "green ones") or multiplies."""
    if (text := _read(prompt)) is None or _MULTIPLIED.search(text) or len(_AT_IT.findall(text)) > 1:
        return None  # "a circle above it, below it and to its left": one said, three meant
    mentions, bare = _objects(text)
    bare = [p for p in bare if not (p["shape"] == "one" and p["plural"] and re.search(r"\bthe (?:[a-z]+ )?$", text[: p.start()]))]  # "the odd ones"
    if any(p["plural"] for p in bare):
        return None
    # a shape said without a count ("green square left of ...") may be one more object; "the square" said before is not
    said_before = [p for p in bare if p["shape"] == "one" or _said_before(text, p)]
    return sum(_number(m["n"] or m["m"]) if m["n"] or m["m"] else 1 for m in mentions) + len(bare) - len(said_before) or None


def _said_before(text: str, noun: re.Match) -> bool:
    """Whether ``noun`` ("the red triangle") names an object the request named earlier ("a red triangle ... the red triangle")."""
    before = text[: noun.start()]
    the = re.search(r"\b(?:the|its|that|this) ((?:[a-z]+ ){0,2})$", before)
    return the is not None and re.search(rf"\b{the[1]}(?:[a-z]+ )?{noun['shape']}", before[: the.start()]) is not None


def _negated(text: str, at: int) -> bool:
    """Whether the shape named at ``at`` is said not to be wanted: "no squares", "exclude: triangle", "but circle not"."""
    after = re.match(r"\s*[a-z]+s?((?:\s+[a-z]+){0,2})", text[at:])
    return bool(NEGATIONS & set(re.findall(r"[a-z]+", text[:at])[-4:])) or bool(after and {"not", "no", "excluded"} & set(after[1].split()))


def least_of_each(prompt: str) -> dict[str, int]:
    """Shape -> the fewest of it ``prompt`` can mean: its largest count, or one where it is named at all (not "no squares")."""
    if (text := _read(prompt)) is None:
        return {}
    mentions, bare = _objects(text)
    least: dict[str, int] = {}
    for m in mentions:
        if m["shape"] in SHAPES and not _negated(text, m.start()):
            least[m["shape"]] = max(least.get(m["shape"], 0), _number(m["n"]) if m["n"] else 1)
    for p in bare:  # a shape named once, not as a group ("circles")
        if p["shape"] in SHAPES and not p["plural"] and not _negated(text, p.start()):
            least[p["shape"]] = max(least.get(p["shape"], 0), 1)
    return least


def _shapes_of(region: dict[str, Any]) -> set[str]:
    """The shapes a region's texts name."""
    words = set(re.findall(r"[a-z]+", f"{region.get('high_level', '')} {region.get('low_level', '')}".lower()))
    return {shape for shape in SHAPES if {shape, shape + "s"} & words}


def count_notes(prompt: str, regions: Sequence[dict[str, Any]]) -> list[str]:
    """What the user should hear where ``regions`` hold a different number of objects than ``prompt`` states (at most one note)."""
    check = "I may have misread part of the request; say it another way or edit the layout."
    total = stated_total(prompt)
    if total is not None:
        return [] if total == len(regions) else [f"You asked for {total} objects, but the layout has {len(regions)}: {check}"]
    named = set(re.findall(r"[a-z]+", prompt.lower()))  # each region's shape said in so many words (not "sq", not "circel", not a star)
    shapes = [_shapes_of(r) for r in regions]
    countable = all(any({shape, shape + "s"} & named for shape in said) for said in shapes)
    most = counted_most(prompt) if countable else None
    if most is not None and len(regions) > most:
        return [f"Your request names {most} objects, but the layout has {len(regions)}: {check}"]
    for shape, n in least_of_each(prompt).items():
        if (have := sum(shape in said for said in shapes)) < n:
            return [f"You asked for {n} {shape}{'s' if n > 1 else ''}, but the layout has {have}: {check}"]
    return []
