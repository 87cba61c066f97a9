"""Patterns along a line or over a grid, and formations, spelt out object by object.

People describe a line of objects by its pattern rather than item by item: "five circles alternating red and blue,
starting with red", "four green triangles, every other one striped", "six squares where the second and fourth are
striped", "seven triangles, except the third and the sixth, which are blue", "repeat circle, square, triangle twice",
"red, red, blue, and then the same again: six circles in a row", "a 2x2 checkerboard, red in the top left and bottom
right, blue in the other two", "a 3x3 grid with the centre one orange and the rest blue", "top row: red, green; bottom
row: blue, yellow". Groups take a shape: "a plus sign made of five circles", "three squares in an L", "a red square
surrounded by four green triangles", "a big square with a small circle at each of its corners".

:func:`expand` rewrites such a request, already lower-cased and spaced by the planner's ``normalise``, into the plain
form the planner reads: ``a red circle ; a blue circle ; ... in order lr``, ``... in a grid``, or each object at its
place (``a circle at the top center ; ...``), keeping the places, background and exclusions said with it. A run
repeated to a count said with it is cut there ("four circles repeating red, green, blue": red, green, blue, red). A
pattern it cannot fill (a count said twice that disagrees, an item that names no shape, another object the rewrite
would lose) is left as written, for the rest of the planner to read or to question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from ..schemas import MAX_REGIONS
from . import figures

SHAPES = ("circle", "square", "triangle")
TEXTURE_WORDS = {"striped": "striped", "stripes": "striped", "solid": "solid", "plain": "solid"}
SIZE_WORDS = ("tiny", "small", "little", "medium", "big", "large", "huge")
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "eighth": 7, "1st": 0, "2nd": 1,
            "3rd": 2, "4th": 3, "5th": 4, "6th": 5}
_CUE = re.compile(r"\b(?:alternat\w*|the (?:center|(?:top|bottom) (?:left|right)) (?:one|circle|square|triangle)|every (?:other|second)|"
                  r"repeat\w*|pattern|checker\w*|chess\w*|except|apart from|instead|only the|numbers? [1-9]|the (?:odd|even) ones?|"
                  r"(?:first|second|third|fourth|fifth|sixth) and (?:the )?(?:second|third|fourth|fifth|sixth))\b")
_CUE_OR_COLON = re.compile(_CUE.pattern + "|:")  # where a pattern's telling begins
_TIMES = {"twice": 2, "two times": 2, "three times": 3, "thrice": 3, "four times": 4, "2 times": 2, "3 times": 3, "4 times": 4}
_MOST = 12  # the most objects a pattern is spelt out for
_NOT_AN_END = r"(?! (?:ones? )?(?:first|on top|at the|on the|in the|is first|at both ends)\b)"  # "..., yellow at the top": where it starts


class Vocabulary:
    """The words an item of a pattern is made of, and the planner's count words."""

    def __init__(self, colours: Sequence[str], counts: Mapping[str, int]):
        self.colours, self.counts = tuple(colours), counts
        words = [*self.colours, *SHAPES, *(f"{s}s" for s in SHAPES), *TEXTURE_WORDS, *SIZE_WORDS]
        self.word = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
        self.attribute = "(?:" + "|".join(sorted([*self.colours, *TEXTURE_WORDS, *SIZE_WORDS], key=len, reverse=True)) + ")"  # not a shape
        #: an item: one to three attribute words, maybe "a", "an" or "the" first and "one(s)" after
        self.item = rf"(?:(?:a|an|the) )?{self.word}(?: {self.word}){{0,2}}(?: ones?)?"
        self.number = number = "|".join(w for w, n in counts.items() if 2 <= n <= _MOST and w not in ("pair", "couple", "both", "several", "dozen"))
        self.group = re.compile(rf"\b(?P<n>{number}|[2-8]) (?P<attrs>(?:{self.word} ){{0,3}}?)(?P<noun>circle|square|triangle|shape|thing"
                                rf"|object|item)s\b")
        self.shapes = re.compile(rf"\b(?P<n>)(?P<attrs>(?:{self.word} ){{0,3}}?)(?P<noun>shape|thing|object)s\b")  # "purple shapes"
        self.grid = re.compile(r"\b(?P<r>[2-4])x(?P<c>[2-4])\b")
        #: a figure's objects: counted up to the most a figure holds ("12 squares"), or plural without a count ("red circles")
        self.counted = re.compile(rf"\b(?P<n>{number}|1[0-5]|[2-9]) (?P<attrs>(?:{self.word} ){{0,3}}?)(?P<noun>circle|square|triangle|shape|thing"
                                  rf"|object|item)s\b")
        self.plural = re.compile(rf"(?<!\bthe )\b(?P<n>)(?P<attrs>(?:{self.word} ){{0,3}}?)(?P<noun>circle|square|triangle)s\b")

    def count(self, word: str) -> int:
        return int(word) if word.isdigit() else self.counts.get(word, 0)

    def attributes(self, phrase: str) -> dict[str, str]:
        """``{"colour": .., "shape": .., "texture": .., "size": ..}`` of the words in ``phrase`` that say one."""
        said: dict[str, str] = {}
        for word in phrase.split():
            if word in self.colours:
                said["colour"] = word
            elif word.rstrip("s") in SHAPES:
                said["shape"] = word.rstrip("s")
            elif word in TEXTURE_WORDS:
                said["texture"] = TEXTURE_WORDS[word]
            elif word in SIZE_WORDS:
                said["size"] = word
        return said

    def items(self, text: str) -> list[dict[str, str]]:
        """The items of a list ("red , blue then red", "circle , square and triangle"), each its attributes."""
        parts = re.split(r"\s*(?:,|\bthen\b|\band\b|\bor\b|/|;)\s*", text)
        return [self.attributes(p) for p in parts if p.strip() and self.attributes(p)]


#: Reading directions, in the order they are looked for, and the words that say each.
_DIRECTIONS = (("grid", r"\bcheck\w*|\bchess\w*|\bgrid\b|\b[2-4]x[2-4]\b"),
               *((f"d{v[0]}{h[0]}", rf"\bdiagonal\w*\b[^;:]*?\b(?:from|starting (?:at|in|from)) (?:the )?{v} {h}\b")
                 for v in ("top", "bottom") for h in ("left", "right")),
               ("rl", r"\b(?:starting|start|beginning|begin|from) (?:on|at|from) the right\b|\bfrom the right\b|\bleftwards\b"),
               ("bt", r"\bfrom the bottom\b|\bstart(?:ing)? at the bottom\b|\b(?:bottom (?:up|to (?:the )?top)|upwards|going up)\b"),
               ("rl", r"\bright to left\b"),
               ("tb", r"\b(?:column|colum|vertical\w*|tower|stack\w*|totem|top to bottom|top down|down the|downwards|going down)\b"))


def _direction(text: str) -> str:
    """The line's reading direction, from the words of the whole request."""
    return next((line for line, words in _DIRECTIONS if re.search(words, text)), "lr")


def _first_end(text: str) -> str:
    """Where a line starts, in the words a request uses for that end: left, top, or (read backwards) right, bottom."""
    return {"lr": "left|leftmost|far left|first", "rl": "right|rightmost|first", "tb": "top|topmost|highest|first",
            "bt": "bottom|lowest|bottommost|first", "grid": "top left|first", "dtl": "top left|first", "dtr": "top right|first",
            "dbl": "bottom left|first", "dbr": "bottom right|first"}[_direction(text)]


def _starts_with(vocab: Vocabulary, tail: str, end: str) -> tuple[dict[str, str] | None, re.Match | None]:
    """The item a line is said to start with ("starting with red", "green first", "the top one striped"), and where it is said."""
    said = re.search(rf"\b(?:start(?:ing|s)?|begin(?:ning|s)?)(?: and end(?:ing|s)?)? (?:with|from|on) (?P<a>{vocab.item})"
                     rf"|(?:with )?(?:the |a |an )?(?P<b>{vocab.item}) (?:one )?(?:(?:comes |goes |is )?first(?: (?:on|at) the (?:{end}))?|"
                     rf"(?:on|at) the (?:{end})|on top)\b"
                     rf"|\bthe (?:{end})(?: one)? (?:(?:is|should be|being) )?(?:a |an )?(?P<c>(?:plain )?{vocab.item})"
                     rf"|\b(?:the )?first one(?: (?:on|at) the (?:far )?(?:{end}))? (?:(?:is|should be|being) )?(?P<d>{vocab.item})"
                     rf"|\b(?P<e>{vocab.item}) (?:at|on) both ends\b", tail)
    if not said:
        return None, None
    return vocab.attributes(next(g for g in said.group("a", "b", "c", "d", "e") if g)), said


def _other_texture(said: dict[str, str]) -> dict[str, str]:
    """The texture the rest have when only some are said to have one ("every other one striped": the others solid)."""
    return {"texture": "solid" if said["texture"] == "striped" else "striped"}


def _same(a: dict[str, str], b: dict[str, str]) -> bool:
    return all(a.get(k) == v for k, v in b.items()) and bool(b)


def _alternation(vocab: Vocabulary, text: str, n: int | None, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """ "alternating red and blue[, starting with blue]", "alternates yellow circles and yellow triangles, three of each"."""
    said = re.search(rf"\balternat\w*(?: (?:between|colou?rs?|in colou?r))?\s*:?\s*(?P<list>{vocab.item}(?:\s*(?:,|and|or|with|/)\s*"
                     rf"(?:and )?{vocab.item}{_NOT_AN_END})+)", text[tail_end:])
    if not said:
        return None
    listed = said.group("list")
    last = re.search(rf"^.*?\s(?:and|or|with|/)\s+(?:and )?{vocab.item}", listed)  # "red and blue, a big square": the list ends at "blue"
    listed = last.group(0) if last else listed
    turn = [i for part in re.split(r"\s*(?:,|\band\b|\bor\b|\bwith\b|/)\s*", listed) if part.strip() for i in _chunk_items(vocab, part)]
    turn = list({tuple(sorted(i.items())): i for i in turn}.values()) if len(turn) > 2 else turn  # "purple, orange, purple, ...": two in turn
    if len(turn) < 2:
        return None
    end = tail_end + said.start("list") + len(listed)
    each = re.match(r"\s*,?\s*(?P<n>\w+) of each\b", text[end:])
    if each and vocab.count(each.group("n")):
        n, end = vocab.count(each.group("n")) * len(turn), end + each.end()
    first, where = _starts_with(vocab, text[end:end + 60], _first_end(text))
    if first and where:
        if where.start() <= 4 or text[end:end + where.start()].strip(" ,") in ("", "with"):
            end += where.end()
        while turn and not _same(turn[0], first) and any(_same(t, first) for t in turn):
            turn = turn[1:] + turn[:1]
    if not n:
        return None
    return [turn[k % len(turn)] for k in range(n)], end


def _every_other(vocab: Vocabulary, text: str, n: int, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """ "every other one striped[, beginning with a striped one]", "the second and fourth ... striped and the rest solid"."""
    tail, said_base = text[tail_end:], {}
    other = re.search(rf"\bevery (?:other|second)(?: one)?(?: of them)? (?:is |should be |being |in |made |make )?(?P<x>{vocab.item})", tail)
    ordinal = "|".join([*ORDINALS, "last"])
    picked = re.search(rf"\b(?:(?P<only>only|except|but|apart from|other than|save) (?:for )?(?:that )?)?the "
                       rf"(?P<pos>(?:(?:{ordinal})(?: ones?)?\s*(?:,|and)?\s*(?:the )?)+)(?:ones? |\w+s? )?\s*,?\s*"
                       rf"(?:(?:counting )?from the (?P<from>left|top|right|bottom)\s*,?\s*)?(?:ones? )?"
                       rf"(?:(?:which |that )?(?:are|is|should be|being|in|be|to be|will be|as)\s+)?(?:a |an )?(?P<x>{vocab.item})"
                       rf"(?: instead)?", tail)
    numbered = re.search(rf"\b(?:\w+ )?numbers? (?P<nums>[1-9](?:\s*(?:,|and)\s*[1-9])*)\s*(?:should be|are|is|in|be)?\s*(?:a |an )?"
                         rf"(?P<x>{vocab.item})(?: instead)?", tail)
    odd = re.search(rf"\bthe (?P<kind>odd|even)(?:[ -]numbered)? ones?\s*(?:are |is |should be |in )?(?P<x>{vocab.item})", tail)
    if other:
        x, end = vocab.attributes(other.group("x")), tail_end + other.end()
        first, where = _starts_with(vocab, text[end:end + 60], _first_end(text))
        start = 0
        if first:
            start = 0 if _same(first, x) else 1
            end += where.end() if where.start() <= 4 else 0
        chosen = set(range(start, n, 2))
    elif picked and (len(re.findall(ordinal, picked.group("pos"))) > 1 or picked.group("only")
                     or re.search(r"\b(?:instead|only|except|but|should be)\b", tail)):
        chosen = {n - 1 if w == "last" else ORDINALS[w] for w in re.findall(ordinal, picked.group("pos"))}
        if (picked.group("from") or "") in ("right", "bottom"):
            chosen = {n - 1 - k for k in chosen}
        x, end = vocab.attributes(picked.group("x")), tail_end + picked.end()
        base = re.search(rf"\ball(?: of them)? (?:are |in |is )?(?P<b>{vocab.item})|^[\s,]*(?P<c>{vocab.item})\s*,", tail[: picked.start()])
        said_base = vocab.attributes(base.group("b") or base.group("c")) if base else {}  # "all blue except the last one", "..., red, ..."
    elif numbered:
        chosen = {int(d) - 1 for d in re.findall(r"[1-9]", numbered.group("nums"))}
        x, end = vocab.attributes(numbered.group("x")), tail_end + numbered.end()
    elif odd:
        chosen = set(range(0 if odd.group("kind") == "odd" else 1, n, 2))
        x, end = vocab.attributes(odd.group("x")), tail_end + odd.end()
    else:
        return None
    rest = re.match(rf"[\s,]*(?:(?:counting )?from the \w+[\s,]*)?(?:and |while |with |but )?(?:all )?the (?:rest|others?|remaining(?: ones)?|"
                    rf"other ones|odd ones?|even ones?)(?: \w+)? (?:are |is |in |being |should be )?(?P<y>{vocab.item})", text[end:])
    y = vocab.attributes(rest.group("y")) if rest else {}
    if rest:
        end += rest.end()
    if "texture" in x and not y:
        y = _other_texture(x)
    if not x or max(chosen, default=n) >= n:
        return None
    y = {**said_base, **y}
    return [{**said_base, **x} if k in chosen else y for k in range(n)], end


def _repeat(vocab: Vocabulary, text: str, n: int | None, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """ "repeat the pattern circle, square, triangle twice", "repeating purple triangle, purple triangle, green circle",
    "in the pattern red red blue, red red blue", "repeats blue circle then yellow square, three times over"."""
    times_words = "|".join(_TIMES)
    said = re.search(rf"\b(?:repeat\w*|(?:in )?(?:the |a )?pattern(?: of)?)(?: the pattern| this pattern| the sequence)?\s*:?\s*"
                     rf"(?P<list>{vocab.word}(?:(?:\s*(?:,|;|\bthen\b|\band\b)\s*|\s+)(?:then |and )?(?:a |an )?{vocab.word})*)"
                     rf"(?:\s*,?\s*(?P<times>{times_words})(?: over)?)?", text[tail_end:])
    if not said:
        return None
    words = said.group("list").split()
    sequence = _split_sequence(vocab, said.group("list"))
    if not sequence or not words:
        return None
    times = _TIMES.get(said.group("times") or "", 0)
    total = n or len(sequence) * times
    if times and n and n != len(sequence) * times:
        return None
    period = _period(sequence)
    if not total or (not n and total % len(period)):
        return None  # (a count said with it is filled and the run cut there: "four circles repeating red, green, blue")
    return [period[k % len(period)] for k in range(total)], tail_end + said.end()


def _split_sequence(vocab: Vocabulary, text: str) -> list[dict[str, str]]:
    """Items of a sequence said with or without commas: "red red blue , red red blue", "purple triangle , purple triangle ,
    green circle", "square circle triangle"."""
    return [i for part in re.split(r"\s*(?:,|;|\bthen\b|\band\b)\s*", text) if part.strip() for i in _chunk_items(vocab, part)]


def _period(sequence: list[dict[str, str]]) -> list[dict[str, str]]:
    """The shortest run that repeats to make ``sequence`` ("red red blue red red blue": "red red blue")."""
    for size in range(1, len(sequence) + 1):
        if len(sequence) % size == 0 and all(sequence[k] == sequence[k % size] for k in range(len(sequence))):
            return sequence[:size]
    return sequence


_CORNERS = ("top left", "top right", "bottom left", "bottom right")


def _checker(vocab: Vocabulary, text: str, rows: int, cols: int, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """A checkerboard: "red in the top left and bottom right , blue in the other two", "alternating red and blue"."""
    tail = text[tail_end:]
    said = re.search(rf"(?P<x>{vocab.item})\s*(?:in|at|on)?\s*(?:the )?(?P<c1>top left|top right|bottom left|bottom right)\s*(?:and|,)\s*(?:the )?"
                     rf"(?P<c2>top left|top right|bottom left|bottom right)\s*(?:corners?)?\s*(?:,|;|and|with)?\s*(?:and )?"
                     rf"(?P<y>{vocab.item})?", tail)
    if said and rows == cols == 2:
        x = vocab.attributes(said.group("x"))
        y = vocab.attributes(said.group("y") or "")
        corners = re.match(r"\s*(?:in |at |on )?(?:the )?(?:top|bottom) (?:left|right)\s*(?:and|,)\s*(?:the )?(?:top|bottom) (?:left|right)"
                           r"(?: corners?)?", tail[said.end():]) if y else None
        if not y:
            rest = re.search(rf"(?P<y>{vocab.item})\s*(?:in|at|on)?\s*(?:the )?(?:other two|others|rest|remaining)", tail[said.end():])
            y = vocab.attributes(rest.group("y")) if rest else {}
        first = _CORNERS.index(said.group("c1")) % 3 == 0  # top left or bottom right
        if not y and "texture" in x:
            y = _other_texture(x)
        if not y or first != (_CORNERS.index(said.group("c2")) % 3 == 0):
            return None
        end = tail_end + said.end() + (corners.end() if corners else 0)
        other = re.match(r"\s*(?:in |at |on )?(?:the )?(?:other two|others|rest|remaining two)(?: corners| cells)?", text[end:])
        end += other.end() if other else 0
        return [x if (k // cols + k % cols) % 2 == (0 if first else 1) else y for k in range(rows * cols)], end
    alternation = _alternation(vocab, text, rows * cols, tail_end)
    named = re.search(rf"\b(?:checker\w*|chess\w*|grid|board)(?: pattern| style)?\s*(?:of|in|with)\s+(?P<a>(?:{vocab.word} )*?(?:{vocab.word}))"
                      rf"(?: and | or |/| , )(?P<b>(?:{vocab.word} ?)+)", text)
    if alternation:
        turn, end = alternation[0][:2], alternation[1]
    elif named and vocab.attributes(named.group("a")) and vocab.attributes(named.group("b")):
        a, b = vocab.attributes(named.group("a")), vocab.attributes(named.group("b"))
        if "shape" in b and "shape" not in a and not re.search(r"(?:circle|square|triangle)s?\s*$", named.group("a")):
            a = {**a, "shape": b["shape"]}  # "red and blue squares"
        turn, end = [a, b], max(tail_end, named.end())
    else:
        return None
    start = re.search(rf"\b(?:with )?(?:a |an |the )?(?P<x>{vocab.item}) (?:one )?(?:in|at|on) (?:the )?(?:four )?(?P<where>corners|top left)"
                      rf"(?: cell| corner)?", text[end:])
    if start and _same(turn[1], vocab.attributes(start.group("x"))) and not _same(turn[0], vocab.attributes(start.group("x"))):
        turn = turn[::-1]
    end += start.end() if start else 0
    return [turn[(k // cols + k % cols) % 2] for k in range(rows * cols)], end


def _odd_one(vocab: Vocabulary, text: str, n: int, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """ "a 3x3 grid with the center one orange and the other eight blue", "three squares, the center one striped and the outer two solid"."""
    said = re.search(rf"\bthe center (?:one|circle|square|triangle)(?: \w+)? (?:is |being |in )?(?P<x>{vocab.item})"
                     rf"(?:\s*,?\s*(?:and |while |with )?(?:all )?"
                     rf"the (?:rest|others?|other \w+|outer(?: \w+)?|remaining(?: \w+)?|ones? around it)(?: ones| \w+s)? "
                     rf"(?:are |is |in |being )?(?P<y>{vocab.item}))?", text[tail_end:])
    if not said or n % 2 == 0 or re.search(r"\bthe (?:top|bottom|left|right|first|last)(?:most)? one\b", text):
        return None  # "the bottom one purple, the middle one yellow, ...": each its own, read elsewhere
    x, y = vocab.attributes(said.group("x")), vocab.attributes(said.group("y") or "")
    before = re.search(rf"\bthe (?:rest|others?|outer|remaining)(?: \w+)? (?:are |is |in |being )?(?P<y>{vocab.item}) (?:and |while |with )?",
                       text[tail_end:tail_end + said.start()])
    y = y or vocab.attributes(before.group("y") if before else "")
    if "texture" in x and not y:
        y = _other_texture(x)
    return [x if k == n // 2 else y for k in range(n)], tail_end + said.end()


_CELL_NAMES = {"top left": (0, 0), "top right": (0, -1), "bottom left": (-1, 0), "bottom right": (-1, -1), "top": (0, "mid"), "bottom": (-1, "mid"),
               "left": ("mid", 0), "right": ("mid", -1), "center": ("mid", "mid"), "top center": (0, "mid"), "bottom center": (-1, "mid"),
               "center left": ("mid", 0), "center right": ("mid", -1)}


def _cell_index(name: str, rows: int, cols: int) -> int | None:
    """Reading-order index of the cell a grid's place word names ("top left", "center"), None where it names none."""
    r, c = _CELL_NAMES[name]
    r = rows // 2 if r == "mid" and rows % 2 else (None if r == "mid" else r % rows)
    c = cols // 2 if c == "mid" and cols % 2 else (None if c == "mid" else c % cols)
    return None if r is None or c is None else r * cols + c


def _cells(vocab: Vocabulary, text: str, rows: int, cols: int, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """A grid told cell by cell: "the top left one striped , the other three solid", "the center square orange and the rest blue"."""
    names = "|".join(sorted(_CELL_NAMES, key=len, reverse=True))
    told = list(re.finditer(rf"\bthe (?P<cell>{names})(?: corner)?(?: one| circle| square| triangle| cell)?\s*,?\s*(?:one )?(?:(?:which|that) )?"
                            rf"(?:is |being |in |should be |will be )?(?:a |an )?(?P<x>{vocab.item})", text[tail_end:]))
    if not told:
        return None
    items: list[dict[str, str] | None] = [None] * (rows * cols)
    for said in told:
        k = _cell_index(said.group("cell"), rows, cols)
        if k is None:
            return None
        items[k] = vocab.attributes(said.group("x"))
    end = tail_end + told[-1].end()
    rest = re.match(rf"\s*,?\s*(?:and |while |with )?(?:all )?the (?:rest|others?|other \w+|remaining(?: \w+)?)(?: ones| \w+s)? "
                    rf"(?:are |is |in |being )?(?P<y>{vocab.item})", text[end:])
    y = vocab.attributes(rest.group("y")) if rest else {}
    end += rest.end() if rest else 0
    base = re.search(rf"\ball(?: of them)? (?:are |in |is )?(?P<b>{vocab.item})", text[tail_end: tail_end + told[0].start()])
    y = {**(vocab.attributes(base.group("b")) if base else {}), **y}  # "all orange apart from the bottom middle one, ..."
    if not y and all("texture" in i for i in items if i):
        y = {"texture": "solid" if all(i["texture"] == "striped" for i in items if i) else "striped"}
    return [i if i is not None else y for i in items], end


_LINE_AT = {"row": (r"\b(?:(?:the )?(?:top|first|upper) row|on top|at the top|up top|top)\b",
                    r"\b(?:(?:the )?(?:center|second) row|in the center|center)\b",
                    r"\b(?:(?:the )?(?:bottom|last|lower|third) row|underneath|below|beneath|at the bottom|bottom)\b"),
            "column": (r"\b(?:(?:the )?(?:left|first) column|on the left|left)\b", r"\b(?:(?:the )?(?:center|second) column|in the center|center)\b",
                       r"\b(?:(?:the )?(?:right|last|third) column|on the right|right)\b")}


def _lines_said(vocab: Vocabulary, kind: str, parts: list[str]) -> dict[int, list[dict[str, str]]] | None:
    """The items said for each line (0: top or left, 1: middle, 2: bottom or right), from the parts of a request that
    tell a grid line by line; None where a part says more of a line than its items."""
    told: dict[int, list[dict[str, str]]] = {}
    line = None
    for part in parts:
        at = [k for k, pattern in enumerate(_LINE_AT[kind]) if re.search(pattern, part)]
        if len(at) > 1 or (not at and (line is None or not re.fullmatch(rf"\s*(?:and )?(?:then )?{vocab.item}\s*", part))):
            continue  # (a part naming no line that is only an item goes on the line before: "top row: red circle, blue square")
        line = at[0] if at else line
        words = re.sub(_LINE_AT[kind][line], " ", part)
        words = re.sub(r"\b(?:the|has|have|all|is|are|with|each|of them|in that order|left to right|top to bottom|"
                       r"(?:two|three|[23]) (?:rows|columns)(?: of (?:\w+ )?(?:circle|square|triangle|shape)s)?)\b|:", " ", words)
        pieces = re.split(r"\s*(?:,|\band\b|\bover\b|\babove\b|\bthen\b|\bfollowed by\b|/)\s*", words)
        if any(p.strip() and not _pure(vocab, p) for p in pieces if vocab.attributes(p)):
            return None  # (more said of a line than its items)
        items = [i for p in pieces if p.strip() and vocab.attributes(p) for i in _chunk_items(vocab, p)]  # "three yellow squares": three
        if items:
            told[line] = told.get(line, []) + items if not at else items
    return told


def _lines_told(vocab: Vocabulary, text: str, group: dict[str, str]) -> tuple[list[dict[str, str]], int, int, int, int] | None:
    """A grid told row by row or column by column: "top row: red, green; bottom row: blue, yellow", "two columns of three
    circles: the left column all blue, the right column all yellow", "orange and purple on top, green and yellow underneath".
    Returns the items in reading order, where the telling starts and ends, and the grid's rows and columns."""
    head = re.search(rf"\b(?P<L>two|three|[23]) (?P<kind>row|column)s of (?P<K>two|three|four|[2-4])(?: (?P<attrs>(?:{vocab.word} )*?)"
                     rf"(?P<noun>circle|square|triangle|shape|pair)s)?(?: each)?\b", text)
    if head:
        kind, lines, per = head.group("kind"), vocab.count(head.group("L")), vocab.count(head.group("K"))
        group = {**group, **vocab.attributes((head.group("attrs") or "") + (head.group("noun") or ""))}
    else:
        kind = "row" if re.search(r"\b(?:top|first|upper) row\b", text) else "column" if re.search(r"\b(?:left|first) column\b", text) else None
        kind = kind or ("row" if re.search(r"\b2x2\b", text) and re.search(r"\bon top\b|\bat the top\b", text) else None)
        lines, per = 0, 0
    if kind is None:
        return None
    first = re.search(_LINE_AT[kind][0], text)
    start = head.end() if head else first.start() - len(re.search(r"[^:;,]*$", text[: first.start()]).group(0))
    body = text[start:]
    header = re.search(rf"(?:\b(?:a|an|make|draw)\s+)?(?:(?:two|three|[23]) (?:rows|columns)|(?:[2-4]x[2-4] )?grid)(?: of (?:{vocab.word} )*?"
                       rf"(?:circle|square|triangle|shape)s)?\s*[:,]?\s*$", text[:start])
    if header and not head:  # "two rows of circles: the top row ...": the header goes with the rows
        group = {**group, **vocab.attributes(header.group(0))}
        start = header.start()
    stop = re.search(r"\s(?:,\s*)?(?:all (?:of them )?|everything |each (?:one )?|every one |they (?:re|are) all )(?:is |are )?(?:a |an )?"
                     r"(?P<all>" + vocab.item + r")\s*,?\s*$", body)
    if stop and "," not in stop.group(0) and "shape" not in vocab.attributes(stop.group("all")):
        stop = None  # "the right column all yellow": that column's, not everything's
    every = vocab.attributes(stop.group("all")) if stop else {}
    parts = [p for p in re.split(r"\s*;\s*" if ";" in body else r"\s*,\s*(?:and\s+)?", body[: stop.start()] if stop else body) if p.strip(" :,")]
    told = _lines_said(vocab, kind, parts)
    if told is None or len(told) < 2:
        return None
    lines = lines or (3 if 1 in told else 2)
    where = {0: 0, 1: 1, 2: lines - 1} if lines == 3 else {0: 0, 2: lines - 1}
    per = per or max(len(v) for v in told.values())
    grid: list[list[dict[str, str]]] = [[]] * lines
    for k, items in told.items():
        if k not in where or len(items) not in (1, per):
            return None
        grid[where[k]] = [{**g, **i} for g in [group] for i in (items * per if len(items) == 1 else items)]
        if "pair" in grid[where[k]][0].get("shape", ""):
            return None
    if any(not line for line in grid):
        return None
    cells = [grid[r][c] for r in range(lines) for c in range(per)] if kind == "row" else [grid[c][r] for r in range(per) for c in range(lines)]
    rows, cols = (lines, per) if kind == "row" else (per, lines)
    return [{**c, **every} for c in cells], (head.start() if head else start), len(text) - len(body) + (stop.end() if stop else len(body)), rows, cols


def _grid_words(spelt: list[str], rows: int, cols: int) -> str | None:
    """The planner's words for ``spelt`` in a rows x cols grid: "in a grid" where its own near-square grid is this one,
    otherwise a place each ("at the top left", ...); None for a grid places cannot say (four columns)."""
    n = rows * cols
    if cols == max(1, min(n, math.ceil(n ** 0.5 - 1e-9))) and rows == -(-n // cols):
        return " ; ".join(spelt) + " in a grid"
    ys = {1: ("",), 2: ("top", "bottom"), 3: ("top", "center", "bottom")}.get(rows)
    xs = {1: ("",), 2: ("left", "right"), 3: ("left", "center", "right")}.get(cols)
    if not ys or not xs:
        return None
    places = [" ".join(w for w in (y, x) if w) or "center" for y in ys for x in xs]
    return " ; ".join(f"{item} at the {place.replace('center center', 'center')}" for item, place in zip(spelt, places, strict=True))


def _spelt(group: dict[str, str], items: list[dict[str, str]]) -> list[str] | None:
    """Each item as "a <size> <texture> <colour> <shape>", the group's words filling what an item does not say."""
    spelt = []
    for item in items:
        said = {**group, **item}
        if said.get("shape") not in SHAPES:
            return None
        spelt.append(" ".join(["a", *(said[k] for k in ("size", "texture", "colour") if k in said), said["shape"]]))
    return spelt


_TOLD = re.compile(r"\b(?:top|first|upper) row\b|\b(?:left|first) column\b|\b(?:two|three|[23]) (?:rows|columns) of\b|\b2x2\b.*\bon top\b")


def _listed(vocab: Vocabulary, text: str, n: int | None, tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """A line whose items follow a colon, each only attributes: "a tower of four circles, from the bottom up: yellow,
    orange, red, purple", "a row of purple shapes, left to right: square, triangle, square, triangle"."""
    said = re.match(rf"(?P<lead>[^:;]{{0,60}}?)\s*:\s*(?P<list>{vocab.item}(?:\s*(?:,|and|then|;)\s*(?:and |then )?{vocab.item})+)\s*"
                    rf"(?=,|;|$|(?:all|everything|each)\b)", text[tail_end:])
    if not said:
        return None
    items = vocab.items(said.group("list"))
    if len(items) != len(re.split(r"\s*(?:,|\band\b|\bthen\b|;)\s*(?:and |then )?", said.group("list").strip())) or (n and len(items) != n):
        return None
    return items, tail_end + said.end()


def _line_found(vocab: Vocabulary, text: str, group: re.Match | None, grid: re.Match | None,
                tail_end: int) -> tuple[list[dict[str, str]], int] | None:
    """The items of a line or grid told by a pattern, and where the telling ends (see :func:`expand`)."""
    n = vocab.count(group.group("n")) if group else None
    if re.search(r"\bchecker|\bchess", text):
        rows, cols = (int(grid.group("r")), int(grid.group("c"))) if grid else (2, 2)
        return _checker(vocab, text, rows, cols, tail_end)
    if grid:
        n = int(grid.group("r")) * int(grid.group("c"))
        found = _cells(vocab, text, int(grid.group("r")), int(grid.group("c")), tail_end)
        if found:
            return found
    found = _alternation(vocab, text, n, tail_end) or _repeat(vocab, text, n, tail_end)
    if n:
        found = found or _every_other(vocab, text, n, tail_end) or _odd_one(vocab, text, n, tail_end)
    if group and not found and re.search(r"\b(?:row|line|column|tower|stack|totem|left to right|top to bottom|bottom up|right to left)\b", text):
        found = _listed(vocab, text, n, tail_end)
    return found


_FORMATION = re.compile(r"\b(?P<how>(?:in|as|into|making|forming|arranged (?:in|as|into)|placed (?:in|as)|shaped (?:like|as)|in the shape of|like|"
                        r"that form|which form|to form|make)\s+)?(?P<letter>(?:a|an|the) (?:letter|capital|number|digit|numeral) |a |an )"
                        r"(?P<size>(?:[a-z]+ ){0,2}?)"
                        r"(?P<turn>upside down |inverted )?"
                        r"(?P<mirror>backwards |reversed |mirrored |back to front )?"
                        r"(?P<f>plus(?: sign)?|cross|v(?: shape| formation)?|"
                        r"l(?: shape| formation)?|t(?: shape| formation)?|x(?: shape| formation)?|"
                        r"diamond(?: shape| formation)?|pyramid|(?:triangle|square) (?:formation|shape)|"
                        r"triangle(?= : (?:\d|two|three|four|five|six|one|a|an)\b)|"
                        r"triangle(?= of (?:\w+ ){1,4}?(?:circle|square|triangle)s\b)|"
                        r"(?<=arranged in a )square|(?<=arranged in a )triangle|(?<=forming a )square|(?<=forming a )triangle|"
                        r"(?<=letter )[a-z]\b|(?<=capital )[a-z]\b|[a-z](?= (?:shape|formation)\b)|"
                        r"(?<=shape of an )[a-z]\b|(?<=shape of a )[a-z]\b|(?<=shaped like an )[a-z]\b|(?<=shaped like a )[a-z]\b|"
                        r"(?<=forming an )[a-z]\b|(?<=number )[0-9]\b|(?<=digit )[0-9]\b|(?<=numeral )[0-9]\b|"
                        r"(?<=number )(?:zero|one|two|three|four|five|six|seven|eight|nine)\b|"
                        r"(?:zig zag|zigzag|wave|wavy line|staircase|stair case|flight of stairs|set of stairs|stairway|stairs|steps|"
                        r"arrow|chevron|star|"
                        r"heart|spiral|pentagon|hexagon|octagon|oval|ellipse|semi ?circle|half circle|arc|rainbow|smile|frame|border|"
                        r"rectangle|square outline|rectangular outline)(?: shape| formation| pattern)?|"
                        r"(?<=in a )circle|(?<=into a )circle|(?<=forming a )circle|circle(?= (?:formation|shape)\b)|"
                        r"(?<=in a )triangle|(?<=in a )square|"
                        r"circle(?= of (?:\w+ ){0,4}?(?:circle|square|triangle)s\b))"
                        r"(?P<of>(?: (?:going|pointing|facing|running|heading|rising|climbing|descending)(?: to the| to)? \w+)?"
                        r" (?:made |built |formed |drawn )?(?:out of|of|from|with|using))?\b")
_SURROUNDED = re.compile(r"\b(?:surrounded|encircled|ringed|circled) by (?:a ring of )?(?=(?:three|four|five|six|seven|eight|[3-8]) )"
                         r"|(?<=\bwith )(?=(?:three|four|five|six|seven|eight|[3-8]) (?:\w+ ){0,3}?(?:circle|square|triangle)s "
                         r"(?:around|surrounding|round|encircling) it\b)")
#: Objects in a ring round one named before them ("a square surrounded by six circles"), clockwise from the top.
RING = {3: ("top center", "bottom right", "bottom left"), 4: ("top center", "center left", "center right", "bottom center"),
        5: ("top center", "center right", "bottom right", "bottom left", "center left"),
        6: ("top left", "top right", "center right", "bottom right", "bottom left", "center left"),
        7: ("top left", "top center", "top right", "center right", "bottom right", "bottom left", "center left"),
        8: ("top left", "top center", "top right", "center right", "bottom right", "bottom center", "bottom left", "center left")}
_NEW_OBJECT = re.compile(r"\b(?:a|an|another|the) (?:\w+ ){0,3}?(?:circle|square|triangle)s?\b")

#: The most objects a figure is drawn with, and the canvas margin its outline keeps.
_FIGURE_MOST, _EDGE = 15, 0.12


def _line_of(a: tuple[float, float], b: tuple[float, float], n: int, ends: bool = True) -> list[tuple[float, float]]:
    """``n`` points from ``a`` to ``b`` evenly; without ``ends``, ``a`` itself is left out (it belongs to another stroke)."""
    steps = [k / max(1, n - 1) for k in range(n)] if ends else [(k + 1) / n for k in range(n)]
    return [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for t in steps]


def _figure_points(name: str, n: int, split: int | None = None) -> list[tuple[float, float]] | None:
    """Centres (x, y in 0..1) of ``n`` objects drawing the figure ``name``, or None where ``n`` cannot draw it; ``split``: how
    many of them the T's crossbar or the L's upright holds, where the request says."""
    lo, hi, mid = _EDGE, 1 - _EDGE, 0.5
    flip = name.startswith("upside down ")
    base = name.removeprefix("upside down ")
    if base == "v" and n >= 3:
        points = figures.along([(lo, lo), (mid, hi), (hi, lo)], n)
    elif base == "l" and n >= 3:  # the upright stroke holds the corner and the longer share: 3 -> 2 + 1, 6 -> 4 + 2
        across = n - split if split and 2 <= split < n else (n - 1) // 2
        step = (hi - lo) / (n - across - 1)  # the foot's items as far apart as the stroke's
        points = _line_of((lo, lo), (lo, hi), n - across) + _line_of((lo, hi), (min(hi, lo + step * across), hi), across, ends=False)
    elif base == "backwards l" and n >= 3:
        points = [(1 - x, y) for x, y in _figure_points("l", n, split)]
    elif base == "t" and n >= 4:  # an odd crossbar, so the stem hangs from its middle: 5 -> 3 + 2, 7 -> 5 + 2
        bar = split if split and 2 <= split < n else math.ceil(n / 2) + (math.ceil(n / 2) + 1) % 2
        points = _line_of((lo, lo), (hi, lo), bar) + _line_of((mid, lo), (mid, hi), n - bar, ends=False)
    elif base in ("plus", "x") and n >= 5 and (n - 1) % 4 == 0:
        arm, ends = (n - 1) // 4, ([(mid, lo), (mid, hi), (lo, mid), (hi, mid)] if base == "plus" else [(lo, lo), (hi, lo), (lo, hi), (hi, hi)])
        points = [(mid, mid)] + [p for end in ends for p in _line_of((mid, mid), end, arm, ends=False)]
    elif base in ("triangle", "pyramid") and (rows := (math.isqrt(8 * n + 1) - 1) // 2) * (rows + 1) == 2 * n:  # rows of 1, 2, ...
        step = (hi - lo) / max(1, rows - 1)
        points = [(mid + (k - r / 2) * step, lo + r * step) for r in range(rows) for k in range(r + 1)]
    elif base in ("diamond", "square") and n >= 4 and n % 4 == 0:
        corners = [(mid, lo), (hi, mid), (mid, hi), (lo, mid)] if base == "diamond" else [(lo, lo), (hi, lo), (hi, hi), (lo, hi)]
        points = figures.along([*corners, corners[0]], n + 1)[:n]
    else:
        points = _drawn(base, n)
        if points is None:
            return None
    return [(x, 1 - y) for x, y in points] if flip else points


#: The figures of :mod:`.figures` by the names a formation is said with.
_DRAWN_AS = {"square": "frame", "cross": "plus", "pyramid": "triangle", "circle": "ring", "zig zag": "zigzag", "wavy line": "wave",
             "stair case": "staircase",
             "flight of stairs": "staircase", "set of stairs": "staircase", "stairway": "staircase", "stairs": "staircase", "steps": "staircase",
             "ellipse": "oval", "semicircle": "arc", "semi circle": "arc", "half circle": "arc", "rainbow": "arc", "border": "frame",
             "rectangle": "frame", "square outline": "frame", "rectangular outline": "frame"}


def _drawn(name: str, n: int) -> list[tuple[float, float]] | None:
    """A figure of :mod:`.figures` ("zigzag", "arrow left", "e", "heart", ...) on the canvas, inside the figures' margin;
    letters narrower than they are tall."""
    figure, _, way = name.partition(" ")
    figure = _DRAWN_AS.get(figure, figure)
    points = figures.figure_points(figure, n, way or None)
    if points is None:
        return None
    wide = 0.56 if figure in figures.LETTERS else 1 - 2 * _EDGE
    return [(0.5 + (x - 0.5) * wide, _EDGE + y * (1 - 2 * _EDGE)) for x, y in points]


#: Words for a part of a figure, and the part they name (the rows, strokes and points :func:`_parts` finds).
_PART_WORDS = [
    (r"(?:peak|apex|summit|very top)", "narrow"), (r"(?:base|foundation|widest row)", "wide"),
    (r"(?:tip|point|vertex|bottom point|top point|where (?:they|the arms) meet)", "tip"),
    (r"(?:cross ?bar|bar|top bar|arms? of the t|horizontal bar)", "bar"), (r"(?:stem|stalk|trunk|post|leg|vertical part)", "stem"),
    (r"(?:upright|vertical stroke|vertical line|vertical part|long stroke|down stroke|column)", "upright"),
    (r"(?:foot|horizontal stroke|horizontal part|short stroke|along the bottom)", "foot"),
    (r"(?:left arm)", "left arm"), (r"(?:right arm)", "right arm"),
    (r"(?:arms?|sides|ends|points|the others|the rest|around it|round it|others)", "arms"),
    (r"(?:cent(?:er|re)|middle)", "middle"), (r"(?:top|above)", "top"), (r"(?:bottom|below|under(?:neath)?)", "bottom"),
    (r"(?:left)", "left"), (r"(?:right)", "right"),
]
_PART = re.compile(r"\b(?:" + "|".join(f"(?P<p{k}>{w})" for k, (w, _) in enumerate(_PART_WORDS)) + r")\b")


def _parts(name: str, points: Sequence[tuple[float, float]]) -> dict[str, list[int]]:
    """The figure's parts by name ("tip", "bar", "stem", "base", "middle", "top", ...): which of ``points`` each holds."""
    ys, xs = sorted({round(y, 2) for _, y in points}), sorted({round(x, 2) for x, _ in points})
    rows = [[k for k, (_, y) in enumerate(points) if round(y, 2) == row] for row in ys]
    at = {"top": rows[0], "bottom": rows[-1], "left": [k for k, (x, _) in enumerate(points) if round(x, 2) == xs[0]],
          "right": [k for k, (x, _) in enumerate(points) if round(x, 2) == xs[-1]]}
    narrow, wide = min(rows, key=len), max(rows, key=len)
    centre = min(range(len(points)), key=lambda k: math.dist(points[k], (0.5, 0.5)))
    base = name.removeprefix("upside down ")
    tip = [centre] if base in ("plus", "x") else narrow if base in ("v", "triangle") else []
    bar = wide if base == "t" else []
    upright = at["left"] if base == "l" else at["right"] if base == "backwards l" else []
    middle = [centre] if base in ("plus", "x") else [k for row in rows[1:-1] for k in row]
    part = {**at, "narrow": narrow, "wide": wide, "tip": tip, "bar": bar, "stem": [k for k in range(len(points)) if k not in bar] if bar else [],
            "upright": upright, "foot": [k for k in range(len(points)) if k not in upright] if upright else [], "middle": middle,
            "arms": [k for k in range(len(points)) if k not in (tip or middle)]}
    part["left arm"] = [k for k in part["arms"] if points[k][0] < 0.5]
    part["right arm"] = [k for k in part["arms"] if points[k][0] > 0.5]
    return part


_UNWANTED = re.compile(r"\b(?:but|no|not|without|except|never|nothing)\b")


def _told_parts(vocab: Vocabulary, text: str) -> tuple[list[tuple[str, int | None, dict[str, str], bool]], int]:
    """The figure's parts a request tells, each with its count (None: not said), attributes and whether "each" was said
    ("...: 3 yellow ones at the base, 2 orange in the middle, a red one at the peak"), and how much of ``text`` told them."""
    told, end = [], 0
    for clause in re.finditer(rf"[^,;:]+?(?=\s*(?:[,;:]|\band (?=(?:a|an|one|two|three|four|five|six|the|\d|{vocab.word})\b)|$))", text):
        words = clause.group(0)
        if re.search(r"\b(?:the other|each other|one another)\b|\bof the \w+ (?:one|circle|square|triangle)\b", words):
            return [], 0  # "one above the other", "right of the lower one": told by relations, not by parts
        other = next((m for m in _FORMATION.finditer(words) if _is_figure(m)), None)  # "... and a ring of 6 squares": another figure
        unwanted = _UNWANTED.search(words) or other  # "... and one on top but no squares": what is not wanted is no part, and stays said
        words = words[: unwanted.start()] if unwanted else words
        part = _PART.search(words)
        if not part:
            if _NEW_OBJECT.search(words) or vocab.attributes(words):
                break
            end = clause.end()
            continue
        names = [_PART_WORDS[int(next(k for k, v in m.groupdict().items() if v)[1:])][1] for m in _PART.finditer(words)]
        name = "|".join(dict.fromkeys(names))  # "one centred below them": the middle, or where there is none, the bottom
        said = re.findall(r"\b(?:a|an|one|\d+|two|three|four|five|six|seven)\b(?! of (?!them|these|those)\b)", words)
        numbers = [vocab.count(w) for w in said if w not in ("a", "an", "one")]  # "a column of three": three
        count = numbers[0] if numbers else 1 if said else None
        told.append((name, count, vocab.attributes(words.replace(part.group(0), " ")), bool(re.search(r"\beach\b", words))))
        end = clause.start() + unwanted.start() if unwanted else clause.end()
        if unwanted:
            break
    return told, end


def _figure_items(vocab: Vocabulary, name: str, text: str, group: re.Match | None) -> tuple[list[str], list[str], int] | None:
    """Places and items of a figure whose parts the request tells ("a pyramid: 3 yellow triangles at the base, 2 orange in
    the middle, 1 red at the peak", "a v of orange squares, two on each arm and one at the tip"), and where the telling
    ends in ``text`` (which starts after the figure's name); None where no part is told or the count cannot be read."""
    told, end = _told_parts(vocab, text)
    if not told or re.search(r"\bmore\b", text[:end]):  # "..., with one more to the left of the bottom one": not parts of a count
        return None
    if group is not None and group.group("n"):
        count = vocab.count(group.group("n"))
        if all(c for _, c, _, _ in told) and sum(c for _, c, _, _ in told) != count:  # parts that do not add up: not read as parts
            return None
    elif all(c for _, c, _, _ in told):
        each = {"v": 2, "upside down v": 2, "plus": 4, "x": 4}.get(name, 1)
        count = sum(c * (each if every and part == "arms" else 1) for part, c, _, every in told)
    else:
        return None
    split = next((c if part in ("bar", "upright") else count - c for part, c, _, _ in told if c and part in ("bar", "upright", "stem", "foot")),
                 None)
    points = _figure_points(name, count, split) if 2 <= count <= _FIGURE_MOST else None
    if not points:
        return None
    parts, items = _parts(name, points), [{} for _ in points]
    for part, _, attrs, _ in told:
        for k in next((parts[p] for p in part.split("|") if parts.get(p)), ()):
            items[k].update(attrs)
    spelt = _spelt(vocab.attributes(group.group("attrs") + group.group("noun")) if group else {}, items)
    return (_spot_words(points), spelt, end) if spelt else None


def figure_spots(name: str, n: int, split: int | None = None) -> list[str] | None:
    """Where each of ``n`` objects drawing the figure ``name`` ("v", "upside down t", "pyramid", "backwards l", "x", ...)
    goes, as the planner's spot words ("atspot_X_Y_S": centre and largest side, in hundredths of the canvas), or None."""
    points = _figure_points(name, n, split) if 2 <= n <= _FIGURE_MOST else None
    return _spot_words(points) if points else None


def _spot_words(points: Sequence[tuple[float, float]]) -> list[str]:
    """The spot words of a figure's points, every object as large as its closest neighbour leaves room for."""
    side = min(0.32, 0.75 * min(math.dist(a, b) for k, a in enumerate(points) for b in points[k + 1:]))
    return [f"atspot_{round(x * 100)}_{round(y * 100)}_{round(side * 100)}" for x, y in points]


_WAY = re.compile(r"\b(?:point(?:s|ing|ed)?|fac(?:es|ing)|aim(?:s|ed|ing)?|head(?:s|ing)?|go(?:es|ing)?|runn?(?:s|ing)?|"
                  r"climb(?:s|ing)?|descend(?:s|ing)?|ascend(?:s|ing)?|rising|falling)(?: (?:to|towards?) the| to| towards?)? "
                  r"(?P<way>left|right|up|down|upwards?|downwards?|top|bottom)\b|\b(?P<wards>left|right|up|down)wards?\b"
                  r"|\b(?P<fall>descend\w*|falling|downhill|going down)\b|\b(?P<upright>vertical\w*|top to bottom|bottom to top)\b")


def _figure_way(name: str, text: str) -> str:
    """Which way a pointing figure points ("arrow left"), a staircase goes ("staircase down") or a zigzag runs ("zigzag up":
    up the canvas), from the words after it; the name alone where none is said."""
    said = _WAY.search(text)
    if name not in ("arrow", "chevron", "staircase", "zigzag", "wave") or not said:
        return name
    way = said.group("way") or said.group("wards") or ("down" if said.group("fall") else "up")
    way = {"top": "up", "bottom": "down", "upward": "up", "upwards": "up", "downward": "down", "downwards": "down"}.get(way, way)
    if name == "staircase" and way in ("left", "right"):
        return name
    return f"{name} {way}"


_DIGIT_WORDS = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine".split())}


def _figure_name(said: re.Match, text: str) -> str:
    """The figure a formation's words name: "plus", "v", "upside down v", "backwards l", "triangle", "arrow left", "zigzag",
    "e", ..."""
    name = re.sub(r" (?:sign|shape|formation|pattern)$", "", said.group("f"))
    name = _DIGIT_WORDS.get(name, name)
    name = _figure_way(name if name in ("square", "triangle") else _DRAWN_AS.get(name, name), text[said.end("f"):])  # (theirs above)
    tip = {"v": "top|up", "triangle": "bottom|down"}.get(name)
    if said.group("mirror") and name == "l":
        name = "backwards l"
    later = next((m.start() for m in _FORMATION.finditer(text, said.end()) if _is_figure(m)), len(text))  # (another figure's words)
    if tip and re.search(rf"\b(?:upside down|inverted|point(?:ing|s)? (?:at the |to the )?(?:{tip}))\b", text[said.start():later]) or \
            name == "t" and said.group("turn"):
        name = f"upside down {name}"
    return name


def _told_figure(vocab: Vocabulary, said: re.Match, text: str, before: re.Match | None = None) -> str | None:
    """A figure told part by part, each part's objects at their points (see :func:`_figure_items`), or None; ``before``:
    its objects where they are said before it ("three circles in a triangle: two purple ones up top and ...")."""
    near = re.compile(rf"(?:(?P<n>{vocab.number}|[2-9]|1[0-5]) )?(?P<attrs>(?:{vocab.word} ){{0,3}}?)"
                      rf"(?P<noun>circle|square|triangle)s\b")
    group = near.search(text, said.end(), said.end() + 40)
    after = said.end()
    if group is not None:  # "of orange squares , two on each arm ...": the figure's objects; "with red squares for the crossbar": a part
        own = re.match(r"[^,;:]*?(?=\s*(?:[,;:]|\b(?:a|an|one|two|three|four|five|six|seven|\d+|and)\b|$))", text[group.end():]).group(0)
        after = group.start() if _PART.search(own) else group.end()
        group = None if after == group.start() and group.group("n") else group  # "pyramid : 3 yellow triangles at the base , ...": a part
    first = (before is not None and group is None and bool(before.group("n")) and before.end() <= said.start()
             and said.start() - before.end() < 20)  # "three circles in a triangle: ..." (not "stack squares into a pyramid: ...")
    figure = _figure_items(vocab, _figure_name(said, text), text[after:], before if first else group)
    if figure is None:
        return None
    places, spelt, told = figure
    start = before.start() if first else said.start()
    background = _backgrounds(text[start:after + told])
    return f"{text[:start]} {' ; '.join(f'{item} {place}' for item, place in zip(spelt, places, strict=True))} , {background} , " \
           f"{text[after + told:]}"


#: Figures named as they always were: a V, L, T, X, plus, cross, diamond, pyramid or a triangle or square formation.
_PLAIN_FIGURES = re.compile(r"(?:plus|cross|[vltx]|diamond|pyramid|triangle|square)\b")


def _is_figure(said: re.Match) -> bool:
    """Whether a figure's name is said as one ("in a heart", "a heart of ...", "a heart shape", "the letter e") and not as
    a thing to draw ("a red heart above a row of ...": an object of its own)."""
    named = said.group("f")
    return bool(_PLAIN_FIGURES.match(named) or said.group("how") or said.group("of") or said.group("letter") not in ("a ", "an ")
                or re.search(r" (?:shape|formation|pattern)$", named))


def _figure_group(vocab: Vocabulary, text: str, said: re.Match | None) -> re.Match | None:
    """The objects a formation is made of: a counted group ("five red circles", "12 squares"), else, with a figure named,
    its objects without a count ("a heart of red circles": as many as draw it)."""
    group = vocab.counted.search(text)
    if group or said is None or said.re is not _FORMATION:
        return group
    near = [m for m in vocab.plural.finditer(text) if abs(m.start() - said.start()) <= 40 and not (said.start() <= m.start() < said.end())]
    return near[0] if near else None


def _listed_before(vocab: Vocabulary, text: str, group: re.Match) -> tuple[list[dict[str, str]], int] | None:
    """The items listed before a figure's objects ("red, blue, green and yellow circles in a zigzag"): each item's words,
    and where the list starts; None where no list is said."""
    lead = re.search(rf"(?:(?:{vocab.attribute} )+(?:, (?:and |then )?|and |then |or )){{1,}}$", text[: group.start()])
    if not lead or group.group("n"):
        return None
    items = vocab.items(lead.group(0) + group.group("attrs"))
    return (items, lead.start()) if len(items) >= 2 else None


_FIGURE_PLACE = re.compile(r"\b(?:in|at|on|into|across|along|over|near) (?:the )?(?P<place>(?:top|bottom) (?:left|right)|top|bottom|left|right|"
                           r"cent(?:er|re)|middle)\b")
#: Where a figure said to go somewhere is drawn (x0, y0, x1, y1): a corner's quarter, a side's half, the middle.
_FIGURE_BOXES = {"top left": (0, 0, 0.5, 0.5), "top right": (0.5, 0, 1, 0.5), "bottom left": (0, 0.5, 0.5, 1), "bottom right": (0.5, 0.5, 1, 1),
                 "top": (0.1, 0, 0.9, 0.5), "bottom": (0.1, 0.5, 0.9, 1), "left": (0, 0.1, 0.5, 0.9), "right": (0.5, 0.1, 1, 0.9),
                 "center": (0.25, 0.25, 0.75, 0.75), "centre": (0.25, 0.25, 0.75, 0.75), "middle": (0.25, 0.25, 0.75, 0.75)}


def _placed(points: list[tuple[float, float]], text: str, start: int, end: int, said: re.Match,
            room: str | None = None) -> tuple[list[tuple[float, float]], str]:
    """A figure's points (``text[start:end]`` says it) moved into the part of the canvas its words name ("a small zigzag
    ... in the top left", "in the bottom right, an arrow ..."), else into ``room`` (a figure sharing the canvas), a small
    one drawn at half size in the middle; and the text before it, less a place said first."""
    head = text[:start]
    first = re.search(rf"(?:^|[,;:])\s*(?P<said>{_FIGURE_PLACE.pattern})(?: corner| side| half)?\s*,?\s*$", head)
    place = first or _FIGURE_PLACE.search(text, start, end)
    head = head[: first.start()] + (" , " if first.start() else "") if first else head
    small = said.re is _FORMATION and bool({"small", "little", "tiny", "mini"} & set((said.group("size") or "").split()))
    if not place and not small and not room:
        return points, head
    x0, y0, x1, y1 = _FIGURE_BOXES[place.group("place") if place else room or "center"]
    return [(x0 + x * (x1 - x0), y0 + y * (y1 - y0)) for x, y in points], head


_LIKENESS = re.compile(r"\b(?:in the (?:shape|form) of|shaped like|shaped as|forming|that forms?|which forms?|to form|arranged (?:like|as|into)|"
                       r"laid out (?:like|as)|made into) (?:a|an) (?P<what>[a-z]+)\b(?! (?:of|with)\b)"
                       r"|\b(?:a|an) (?P<named>[a-z]+) (?:shape|formation|pattern|outline) (?:made )?(?:of|from|out of|with|using)\b"
                       r"|\b(?:a|an) (?:[a-z]+ )?(?P<made>[a-z]+) (?:made|built|formed|drawn) (?:of|from|out of|with|using) "
                       r"(?:\w+ ){0,3}?(?:circle|square|triangle)s\b")
#: Words a likeness may name that are drawn (or read) some other way: shapes, lines, places.
_DRAWN_OTHERWISE = frozenset("circle square triangle row line column grid stack tower pile ring group cluster bunch set pair "
                             "corner middle center centre diagonal sequence pattern shape formation".split())


def unknown_figure(text: str, vocab: Vocabulary) -> str | None:
    """The figure a request asks its shapes to form that no drawing here knows ("in the shape of a dog", "a flower made of
    circles"), or None: the planner says so rather than draw it as something else without a word."""
    for said in _LIKENESS.finditer(text):
        what = said.group("what") or said.group("named") or said.group("made")
        known = what in _DRAWN_OTHERWISE or what in _DRAWN_AS or what in figures.SHAPED or what in figures.DEFAULT_COUNT
        if not known and len(what) > 1 and not vocab.attributes(what) and what not in SIZE_WORDS:
            return what
    return None


def _default_count(name: str, room: int | None = None) -> int:
    """How many objects draw the figure ``name`` when the request does not say; at most ``room`` for a figure sharing the
    canvas with another (a heart beside a star: eight, where alone it has ten)."""
    figure = _DRAWN_AS.get(name.removeprefix("upside down ").partition(" ")[0], name.removeprefix("upside down ").partition(" ")[0])
    return figures.default_count(figure, room) if figure in figures.DEFAULT_COUNT or figure in figures.LETTERS else 0


_SPOT = re.compile(r"\batspot_(\d+)_(\d+)_\d+\b")
_OPPOSITE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
#: Words between two figures that say where the first stands ("a heart of circles above a ring of squares": at the top).
_RELATION = ((re.compile(r"\b(?:above|over|on top of|higher than|atop)\b"), "top"),
             (re.compile(r"\b(?:below|under|beneath|underneath|lower than)\b"), "bottom"),
             (re.compile(r"\b(?:to the right of|right of)\b"), "right"))


def _sharing(text: str, said: re.Match, end: int) -> tuple[str | None, int | None]:
    """Where a figure goes, and how many objects it may have when the request does not say, when it shares the canvas
    with another ("circles forming a heart and squares forming a star"); (None, None) for a figure alone, or beside one
    drawn across the middle. The place, used where its own words name none: opposite a figure drawn already; else
    opposite the place the next figure is said to take, or the side the words between the two give it ("... above ...":
    the top), or the left. The room: what a layout holds less the figure drawn already, else less what the next one
    needs (a :data:`figures.WHOLE` figure all its points, others at most half)."""
    spots = [(int(x), int(y)) for x, y in _SPOT.findall(text)]
    if spots:
        cx, cy = (sum(x for x, _ in spots) / len(spots) - 50, sum(y for _, y in spots) / len(spots) - 50)
        if max(abs(cx), abs(cy)) < 10:
            return None, None
        side = ("left" if cx > 0 else "right") if abs(cx) >= abs(cy) else ("top" if cy > 0 else "bottom")
        return side, MAX_REGIONS - len(spots)
    other = next((m for m in _FORMATION.finditer(text, end) if _is_figure(m)), None)
    if other is None:
        return None, None
    later = _FIGURE_PLACE.search(text, other.start())
    side = _OPPOSITE[later.group("place")] if later and later.group("place") in _OPPOSITE else \
        next((side for words, side in _RELATION if words.search(text[said.end():other.start()])), "left")
    name = _figure_name(other, text)
    need = _default_count(name)
    return side, MAX_REGIONS - (need if name in figures.WHOLE else min(need, MAX_REGIONS // 2))


def _own_objects(vocab: Vocabulary, piece: str) -> int:
    """Where, in ``piece`` (the words before the next figure's name), the next figure's own words begin: at the joining
    word before the objects it is made of ("... and squares forming a star": at "and"), else where the name begins."""
    objects = vocab.counted.search(piece) or vocab.plural.search(piece)
    if not objects:
        return len(piece)
    joins = list(re.finditer(r"\b(?:and|then|next to|beside|alongside|plus|while|with)\b", piece[: objects.start()]))
    return joins[-1].start() if joins else objects.start()


_SPELT = re.compile(r"\b(?:spell(?:s|ing|ed)?(?: out)?|writ(?:e|es|ing)(?: out)?|(?:the )?(?:word|letters|initials))\s+"
                    r"(?:the (?:word|letters|initials) )?(?P<w>[a-z0-9]{2,4})\b(?P<of> (?:made |built |formed |drawn |spelt |spelled )?"
                    r"(?:out of|of|from|with|using|in))?")
_NOT_A_WORD = frozenset("the a an it me my our out with in of and some this that them they".split())


def _spelt_word(vocab: Vocabulary, text: str) -> str | None:
    """A short word or initials written with shapes ("spell HI with red circles", "the word OK made of blue squares"):
    its letters side by side, each drawn with as many objects as show it (more where a count is said)."""
    said = _SPELT.search(text)
    if not said or said.group("w") in _NOT_A_WORD or vocab.attributes(said.group("w")) or not all(c in figures.LETTERS for c in said.group("w")):
        return None
    group = vocab.counted.search(text[said.end():]) or vocab.plural.search(text[said.end():])
    if group is None or group.start() > 30:
        return None
    points = figures.word_points(said.group("w"), vocab.count(group.group("n")) or None)
    if not points or len(points) > _FIGURE_MOST:
        return None
    spelt = _spelt(vocab.attributes(group.group("attrs") + group.group("noun")), [{}] * len(points))
    end = said.end() + group.end()
    return f"{text[:said.start()]} {' ; '.join(f'{i} {p}' for i, p in zip(spelt, _spot_words(points), strict=True))} , " \
           f"{_backgrounds(text[said.start():end])} , {text[end:]}" if spelt else None


def _formation(vocab: Vocabulary, text: str) -> str | None:
    """A count of objects in a named formation, each at its place ("a plus sign made of five orange circles: one in the
    centre and one above, below, left and right of it", "a red square with four blue circles in a diamond around it");
    the words that explain the formation are read as said."""
    said = next((m for m in _FORMATION.finditer(text) if _is_figure(m)), None) or _SURROUNDED.search(text)
    group = _figure_group(vocab, text, said)
    if said and said.re is _FORMATION:  # "a pyramid: 3 yellow triangles at the base, ...", "the letter t out of purple circles, five in ..."
        told = _told_figure(vocab, said, text, group)
        if told:
            return told
    if not said or not group or abs(said.start() - group.start()) > 40 or ":" in text[said.end():group.start()]:
        return None  # (nor "a backwards l : a column of three ... with one more ...": the figure's parts are told one by one)
    if said.re is _SURROUNDED:  # "a red square surrounded by four green triangles: one above, one below, ..."
        said = group
    name = "plus" if said is group else _figure_name(said, text)
    start, end = min(said.start(), group.start()), max(said.end(), group.end())
    told = 0  # how much of what follows explains the formation: "...: one on top and two side by side below it"
    for clause in re.finditer(r"[^,;:]+", text[end:]):
        other = next((m for m in _FORMATION.finditer(clause.group(0)) if _is_figure(m)), None)  # "... and an upside down v of ..."
        if other:
            told = clause.start() + _own_objects(vocab, clause.group(0)[: other.start()])
            break
        if _NEW_OBJECT.search(clause.group(0)) or _UNWANTED.search(clause.group(0)):
            break
        told = clause.end()
    end += told
    anchor = re.search(r"\s*,?\s*(?:with|(?:surrounded|encircled|ringed|circled) by(?: a ring of)?|and)\s*$", text[:start])
    around = re.search(r"\b(?:around|surrounding|round|encircling) (?:it|that|them)\b|\b(?:surrounded|encircled|ringed|circled) by",
                       text[max(0, start - 30):end + 30])
    listed = _listed_before(vocab, text, group)
    later = re.search(rf"\b(?:ones?|{vocab.number}|\d+)\b|:", text[group.end():end])  # "..., 6 of them", ": a blue one on top, ..."
    room, most = _sharing(text, said, end)
    count = vocab.count(group.group("n")) or (len(listed[0]) if listed else 0 if later else _default_count(name, most))
    items, start = (listed[0], min(start, listed[1])) if listed and len(listed[0]) == count else ([{}] * count, start)
    before = text[: anchor.start()] if anchor else ""
    centre = _NEW_OBJECT.search(before) or re.search(r"\bone (?:\w+ ){0,3}?(?:circle|square|triangle)\b", before)
    if centre and around and name in ("plus", "diamond") and count in RING:
        places = [f"at the {place}" for place in RING[count]]  # round the one named first, which stands at the centre
        head = f"{text[: anchor.start()]} at the center , "
    else:
        points = _figure_points(name, count) if 2 <= count <= _FIGURE_MOST else None  # drawn to scale, where it is said to go
        points, head = _placed(points, text, start, end, said, room) if points else (None, text[:start])
        places = _spot_words(points) if points else None
    told = vocab.attributes(said.group("size") or "") if said.re is _FORMATION else {}  # "a red heart of squares": red squares
    told.pop("size", None)
    spelt = _spelt({**told, **vocab.attributes(group.group("attrs") + group.group("noun"))}, items) if places else None
    if not places or not spelt:
        return None
    background = _backgrounds(text[start:end])
    return f"{head} {' ; '.join(f'{item} {place}' for item, place in zip(spelt, places, strict=True))} , {background} , {text[end:]}"


_STARTING_SIDE = re.compile(r"\b(?:starting|start|beginning|begin|from|reading|read) (?:on|at|from) the (?:left|right|top|bottom)\b")
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|[2-9])"
_LINE_WORDS = re.compile(r"\b(?:rows?|line|column|colum|tower|stack|horizontal\w*|vertical\w*|across|side by side|left to right|right to left|"
                         r"top to bottom|bottom to top|top down|bottom up|leftwards|rightwards|downwards|upwards|lined up|line up)\b")
_FILLER = frozenset("a an the one ones more another and plain".split())
_TIMES_SAID = re.compile(r"\b(?P<t>twice|two times|three times|thrice|four times|[2-4] times)(?: over| in all| in total)?\b"
                         r"|\b(?:repeat|do) (?:that|this|it) (?P<more>one|two|three|[1-3]) more times?\b|\b(?P<again>the same again)\b")


def _pure(vocab: Vocabulary, chunk: str) -> bool:
    """Whether ``chunk`` says only items: attribute words, counts, articles ("two plain blue circles", "red red blue")."""
    words = chunk.split()
    return (bool(words) and all(w in _FILLER or vocab.attributes(w) or (k == 0 and vocab.count(w)) for k, w in enumerate(words))
            and any(vocab.attributes(w) for w in words))  # (a count only first: "orange four circles" is an item, then a group)


def _chunk_items(vocab: Vocabulary, chunk: str) -> list[dict[str, str]]:
    """The items of one pure chunk, each repeated by its count: "a striped square" -> 1, "two plain blue circles" -> 2,
    "circle square circle" -> 3, "red red blue" -> 3."""
    items: list[dict[str, str]] = []
    for part in re.split(r"\s+and\s+", chunk):
        words = part.split()
        count = next((vocab.count(w) for w in words if vocab.count(w) > 1), 1)
        said = [vocab.attributes(w) for w in words if vocab.attributes(w)]
        if len(said) > 1 and all(set(a) == {"colour"} for a in said) or sum("shape" in a for a in said) > 1:
            run, pending = [], {}
            for a in said:  # each shape word (or each colour, when only colours are said) ends an item
                pending.update(a)
                if "shape" in a or set(a) == {"colour"} and all(set(b) == {"colour"} for b in said):
                    run.append(pending)
                    pending = {}
            items += run
        elif said:
            merged: dict[str, str] = {}
            for a in said:
                merged.update(a)
            items += [merged] * count
    return items


_NOT_A_LIST_START = frozenset("forget remove no not without delete drop minus except".split())


def _pure_ends(vocab: Vocabulary, piece: str) -> tuple[str, str]:
    """The longest pure prefix and pure suffix of a piece that is not pure as a whole ("goes circle": "", "circle"); a
    suffix after a word that takes it away ("forget the square") begins nothing."""
    words = piece.split()
    head = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if _pure(vocab, " ".join(words[:k]))), "")
    tail = next((" ".join(words[k:]) for k in range(1, len(words)) if _pure(vocab, " ".join(words[k:]))
                 and words[k - 1] not in _NOT_A_LIST_START and words[max(0, k - 2):k] != ["instead", "of"]), "")
    return head, tail


def _longest_run(vocab: Vocabulary, text: str) -> tuple[list[dict[str, str]], int, int]:
    """The longest list of items said one after another (commas, "then", "followed by"), and where it lies; a piece
    that says more than items may end the list with its first words or begin it with its last ("goes circle, ..."),
    but a list needs one piece that is only items ("a big one at the bottom, a medium one ..." is no list)."""
    best: tuple[list[dict[str, str]], int, int] = ([], 0, 0)
    run: list[dict[str, str]] = []
    start, whole = 0, 0
    for piece in re.finditer(r"[^,;:]+?(?=\s*(?:[,;:]|\band then\b|\bthen\b|\bfollowed by\b|$))", text):
        said = re.sub(r"^\s*(?:and then|then|followed by)\b", "", piece.group(0)).strip()
        if all(w in _FILLER for w in said.split()):
            continue
        if _pure(vocab, said):
            start = start if run else piece.start()
            run, whole, stop = run + _chunk_items(vocab, said), whole + 1, piece.end()
        else:
            head, tail = _pure_ends(vocab, said)
            if head and re.match(r"\s*(?:last|first|at|on|in|is|are|goes|go|comes|should)\b", said[len(head):]):
                head = ""  # "the orange one last", "a red one at the top": said of an item, not an item more
            if run and head:
                run += _chunk_items(vocab, head)
                stop = piece.start() + piece.group(0).index(head) + len(head)
            if len(run) > len(best[0]) and whole:
                best = (list(run), start, stop)
            run, whole = _chunk_items(vocab, tail) if tail else [], 0
            start, stop = (piece.end() - len(tail), piece.end()) if tail else (0, 0)
            continue
        if len(run) > len(best[0]) and whole:
            best = (list(run), start, stop)
    return best


def _anchor_end(vocab: Vocabulary, text: str, line: str) -> tuple[dict[str, str] | None, bool]:
    """An item a line is said to start or end with ("beginning with a triangle", "first one on the left yellow", "with a
    triangle on the far right", "orange at both ends"): the item, and whether it is the last one."""
    first, last = {"lr": ("left", "right"), "rl": ("right", "left"), "tb": ("top", "bottom"), "bt": ("bottom", "top")}.get(line, ("left", "right"))
    item = vocab.item
    for pattern, is_last in (
            (rf"\b(?P<x>{item}) (?:at|on) both ends\b", False),
            (rf"\b(?:start(?:ing|s)?|begin(?:ning|s)?)(?: off)? (?:with|from|on) (?P<x>{item})", False),
            (rf"\bfirst one(?: (?:on|at) the (?:far )?{first})? (?:is |should be |in )?(?P<x>{item})", False),
            (rf"\b(?P<x>{item}) (?:one )?(?:first|(?:on|at) the (?:far |very )?{first}(?:most)?)\b", False),
            (rf"\b(?:end(?:ing|s)?) (?:with|on) (?P<x>{item})", True),
            (rf"\b(?:with )?(?P<x>{item}) (?:one )?(?:last|(?:on|at) the (?:far |very )?{last}(?:most)?|at the end)\b", True)):
        said = re.search(pattern, text)
        if said and vocab.attributes(said.group("x")):
            return vocab.attributes(said.group("x")), is_last
    return None, False


def _whole_line(vocab: Vocabulary, text: str) -> str | None:
    """A request that is one line told by its items in order, maybe alternating or repeated: "circle square circle square
    circle, all blue, in one row", "row of 4: red square, then a red circle, ...", "red, red, blue, and then the same
    again: six circles in a row", "alternate triangles and squares along a row, six in total". The whole request is
    rewritten, so nothing else may be in it: another object leaves it as it is."""
    if not _LINE_WORDS.search(text):
        return None
    run, start, end = _longest_run(vocab, text)
    if len(run) < 2 and not re.search(r"\balternat", text):
        return None
    rest = text[:start] + " " + text[end:]  # (a count inside the list is an item's: "two red circles then a yellow triangle")
    counted = re.search(rf"\b(?P<n>{_NUMBER}) (?:(?:{vocab.word}|plain) )*?(?:circle|square|triangle|shape|thing|object)s\b|"
                        rf"\b(?:row|line|column|colum|stack|tower|set|group) of (?P<n2>{_NUMBER})\b|"
                        rf"\b(?P<n3>{_NUMBER}) (?:of them|in total|in all|altogether|total)\b", rest)
    each = re.search(rf"\b(?P<n>{_NUMBER}) of each\b", rest)
    n = vocab.count(next(g for g in counted.groups() if g)) if counted else 0
    alternating = re.search(r"\balternat\w*", text)
    if alternating and len(run) < 2:  # "green circles and yellow triangles alternating": the items are the group's nouns
        pairs = re.findall(rf"((?:{vocab.word} )*?(?:circle|square|triangle|colou?r)s?)(?: and | or |/| , )"
                           rf"((?:{vocab.word} )*?(?:circle|square|triangle)s?)", text)
        run = [vocab.attributes(pairs[0][0]), vocab.attributes(pairs[0][1])] if pairs else run
        start, end = (text.index(pairs[0][0]), text.index(pairs[0][1]) + len(pairs[0][1])) if pairs else (start, end)
    mentions = len(re.findall(r"[,;]|\bthen\b|\band\b|\bfollowed by\b", text[start:end])) + 1
    if len(run) < 2 or (mentions < 2 and len({tuple(sorted(i.items())) for i in run}) < 2):
        return None  # ("two striped squares": one thing said, not a line told item by item)
    times_said = _TIMES_SAID.search(rest)
    times = 0
    if times_said:
        times = (_TIMES.get(times_said.group("t") or "", 0) or (vocab.count(times_said.group("more") or "") + 1 if times_said.group("more") else 2))
    if each:
        n = vocab.count(each.group("n")) * len({tuple(sorted(i.items())) for i in run})
    line = _direction(text)
    distinct = list({tuple(sorted(i.items())): i for i in run}.values())
    if alternating and len(run) > len(distinct) and n in (0, len(run)):
        alternating = None  # "alternating colours ...: red, green, red, green": the sequence itself
    if alternating or times:
        period = _period(run) if not alternating else distinct
        total = n or len(period) * (times or 1)
        anchor, is_last = _anchor_end(vocab, text, line) if alternating else (None, False)
        for _ in range(len(period)):
            at = (total - 1) % len(period) if is_last else 0
            if anchor is None or _same(period[at], anchor):
                break
            period = period[1:] + period[:1]
        items = [period[k % len(period)] for k in range(total)]
    elif not n or n == len(run):
        items = run
    else:
        return None
    return _line_text(vocab, text, items, line, (start, end), bool(alternating))


_BACKGROUND = re.compile(r"\b(?:on |with |against )?(?:a |an )?\w+ background\b|\bbackground (?:is |in |of )?\w+\b")


def _backgrounds(text: str) -> str:
    """The backgrounds said in ``text``, to keep with a rewrite (the pattern has no groups: whole matches)."""
    return " , ".join(_BACKGROUND.findall(text))


_ABSENT = re.compile(r"\b(?:no|without(?: any)?) \w+s?\b")
_PLACES = re.compile(r"\b(?:(?:in|along|across|at|on|down|up) the (?:top|bottom|left|right)(?: (?:half|side|part|edge))?)\b")


def _line_text(vocab: Vocabulary, text: str, items: list[dict[str, str]], line: str, span: tuple[int, int], anchored: bool) -> str | None:
    """The planner's words for ``items`` in a line, with what the request says for all of them, its places, background
    and exclusions; None when the rest of the request says anything else about what to draw (it would be lost)."""
    item = vocab.item
    said_for_all = re.compile(rf"\b(?:all|everything|colou?r them(?: all)?|make them(?: all)?|they re all|they are all|all of them|each one|"
                              rf"every one|in)(?: in| is| are| should be| be)? (?P<x>(?:{vocab.word} ?)+)(?=\s*(?:,|;|$|\bin\b|\bpls\b))")
    left = text[: span[0]] + " " + text[span[1]:]
    shared: dict[str, str] = {}
    for said in said_for_all.finditer(left):
        shared.update(vocab.attributes(said.group("x")))
    group = re.search(rf"\b(?:{_NUMBER} )?(?P<attrs>(?:(?:{vocab.word}|plain) )*?)(?P<noun>circle|square|triangle)s\b", left)
    if group:
        shared = {**vocab.attributes(group.group("attrs") + group.group("noun")), **shared}
    spelt = _spelt(shared, items)
    places = " ".join(_PLACES.findall(_STARTING_SIDE.sub(" ", left)))
    background, absent = _backgrounds(left), " , ".join(_ABSENT.findall(left))
    anchors = (rf"\b(?:with |and )?(?:a |an |the )?{item} (?:one )?(?:first|last|(?:on|at) the (?:far |very )?(?:left|right|top|bottom)(?:most)?|"
               rf"at the end|at both ends)\b",  # where an alternating line starts or ends
               rf"\b(?:start|begin)\w* (?:off )?(?:with|from|on) (?:a |an )?{item}(?: (?:on|at) the (?:far )?(?:left|right|top|bottom))?",
               rf"\bend\w* (?:with|on) (?:a |an )?{item}", rf"\b(?:the )?first one(?: (?:on|at) the (?:far )?\w+)? (?:is |should be )?{item}")
    for pattern in (*(anchors if anchored else ()), _STARTING_SIDE.pattern, said_for_all.pattern, _BACKGROUND.pattern, _ABSENT.pattern):
        left = re.sub(pattern, " ", left)
    left = left.replace(group.group(0), " ", 1) if group else left
    if spelt is None or len(spelt) > _MOST or any(vocab.attributes(w) for w in left.split()) or re.search(r"\b(?:star|heart|moon)s?\b", left):
        return None  # (something else said of what to draw)
    arranged = "in a grid" if line == "grid" else f"in order {line}"
    return f"{' ; '.join(spelt)} {arranged} {places} , {background} , {absent}"


def _at_corners(vocab: Vocabulary, text: str) -> str | None:
    """Objects at the corners of another: "a big yellow square with a small red circle at each of its four corners", "four
    blue triangles at the four corners of a green circle", "a striped square in the centre and an orange circle
    diagonally off each of its corners". The one in the middle stands at the centre, one object at each corner round it."""
    thing = rf"(?:{vocab.word} )*?(?:circle|square|triangle)"
    said = re.search(rf"\b(?:a|an|one) (?P<anchor>{thing})(?: (?:in|at) the center)?\s*,?\s*(?:with|and|then)?\s*(?:put |place |add |draw )?"
                     rf"(?:a |an |one |four |4 )?(?P<item>(?:{vocab.word} )*?(?:circle|square|triangle))s?\s*(?:placed |sitting )?"
                     rf"(?:diagonally )?(?:at|off|on|by|near|in|outside)\s+(?:each of )?(?:its|the|all) (?:four |4 )?corners\b", text)
    said = said or re.search(rf"\b(?:four|4) (?P<item>{thing})s (?:placed |sitting )?(?:diagonally )?(?:at|off|on|by|near|in|round|around) "
                             rf"(?:the )?(?:four |4 )?corners of (?:a|an|the) (?P<anchor>{thing})\b", text)
    if not said:
        return None
    end = said.end() + len(re.match(r"(?:\s*,?\s*(?:one|1) (?:per|at each|in each|on each) corner)?", text[said.end():]).group(0))
    item = " ".join(w for w in said.group("item").split())
    corners = " ; ".join(f"a {item} at the {corner}" for corner in ("top left", "top right", "bottom left", "bottom right"))
    return f"{text[: said.start()]} a {said.group('anchor')} at the center , {corners} , {text[end:]}"


def _next_figure(vocab: Vocabulary, text: str) -> str:
    """``text`` (one figure already drawn) with the next figure it names drawn too, where the two stand apart ("a V of red
    circles on the left and an upside-down V of blue squares on the right"); as it was where they would overlap."""
    def bounds(words: str) -> tuple[int, ...]:
        xs, ys = zip(*((int(x), int(y)) for x, y in _SPOT.findall(words)), strict=True)
        return min(xs), min(ys), max(xs), max(ys)

    if not any(_is_figure(m) for m in _FORMATION.finditer(text)):
        return text
    more = _formation(vocab, text)
    if not more or len(_SPOT.findall(more)) <= len(_SPOT.findall(text)):
        return text
    first = bounds(text)
    added = bounds(" ".join(w for w in more.split() if w.startswith("atspot_") and w not in set(text.split())))
    apart = first[2] < added[0] or added[2] < first[0] or first[3] < added[1] or added[3] < first[1]
    return _next_figure(vocab, more) if apart else text


def expand(text: str, vocab: Vocabulary) -> str:
    """``text`` with its one line or grid described by a pattern spelt out item by item (see the module's docstring)."""
    text = re.sub(r"\b(?:(?P<grid>(?:a )?grid) (?:with|of|in) )?(?P<r>[2-4]|two|three|four) rows? (?:by|and|x) (?P<c>[2-4]|two|three|four) "
                  r"columns?\b", lambda m: f"{'a ' if m.group('grid') else ''}{vocab.count(m.group('r'))}x{vocab.count(m.group('c'))}"
                                          f"{' grid' if m.group('grid') else ''}", text)  # "a grid of 2 rows and 3 columns": a 2x3 grid
    # a figure named first without an article: "pyramid : ...", "t shape with red squares ..."
    text = re.sub(r"^(?=(?:upside down |inverted )?(?:triangle|plus sign|plus|cross|diamond|v|l|t|x|zig ?zag|wave|staircase|stairs|steps|"
                  r"arrow|chevron|star|heart|spiral|hexagon|pentagon|octagon|oval|arc|rainbow|smile|frame|border)"
                  r"(?: shape| sign| formation| pattern)? (?:(?:going|pointing|facing|running) \w+ )?"
                  r"(?:: (?:\d|two|three|four|five|six|one|a|an)\b|(?:with|of|made|out)\b))",
                  "a ", text)
    formation = _spelt_word(vocab, text) or (_formation(vocab, text) if _FORMATION.search(text) or _SURROUNDED.search(text) else None)
    formation = _next_figure(vocab, formation) if formation else _at_corners(vocab, text) if "corners" in text else None
    if formation:
        return formation
    if not _CUE.search(text) and not _TOLD.search(text) and ":" not in text and not _LINE_WORDS.search(text):
        return text
    group = vocab.group.search(text) or vocab.shapes.search(text)
    grid = vocab.grid.search(text)
    shared = vocab.attributes(group.group("attrs") + group.group("noun")) if group else {}
    if grid and not group:  # "a 3x3 grid of blue circles"
        noun = re.match(rf"\s*(?:grid|checker\w*|arrangement)?\s*(?:of|with)?\s*(?P<attrs>(?:{vocab.word} )*?)(?P<noun>circle|square|triangle)s\b",
                        text[grid.end():])
        shared = vocab.attributes(noun.group("attrs") + noun.group("noun")) if noun else {}
    if _TOLD.search(text):
        told = _lines_told(vocab, text, shared)
        if told:
            items, start, end, rows, cols = told
            spelt = _spelt({}, items)
            if spelt and len(spelt) <= _MOST and _grid_words(spelt, rows, cols):
                start = min([start] + [m.start() for m in (group, grid) if m and m.start() < start])
                start -= len(re.search(r"(?:\b(?:a|an|in a|as a|make|draw)\s+)?$", text[:start]).group(0))
                background = _backgrounds(text[start:end])
                return f"{text[:start]} {_grid_words(spelt, rows, cols)} , {background} , {text[end:]}"
    start = min(m.start() for m in (group, grid) if m) if group or grid else 0
    lead = re.search(r"(?:\b(?:a|an|in a|as a|make|draw|put|place)\s+)?(?:(?:horizontal|vertical|straight)\s+)?"
                     r"(?:row|line|column|tower|stack|totem|pile)(?:\s+of)?\s*$", text[:start])
    start = lead.start() if lead else start
    if grid and start == grid.start():  # "a 2x2 checkerboard of squares"
        start -= len(re.search(r"(?:\b(?:a|an|in a|as a)\s+)?$", text[:start]).group(0))
    tail_end = group.end() if group else (grid.end() if grid else 0)
    found = _line_found(vocab, text, group, grid, tail_end)
    if not found or not 2 <= len(found[0]) <= _MOST:
        return (_whole_line(vocab, text) if not grid and not re.search(r"\bchecker", text) else None) or text
    items, end = found
    every = re.search(rf"^(?:(?:(?!circle|square|triangle|shape)[^;])*?[,\s])?\s*(?:and )?(?:everything|all of them|all|each one|every one|each|"
                      rf"they re all|they are all)(?: is| are| in| should be)? (?P<x>{vocab.item})\s*(?=,|;|$)", text[end:])
    if every:  # "..., everything orange": for every item
        items, end = [{**item, **vocab.attributes(every.group("x"))} for item in items], end + every.end()
    spelt = _spelt(shared, items)
    if spelt is None:
        return text
    line = _direction(text)
    arranged = "in a grid" if line == "grid" else f"in order {line}"
    cue = _CUE_OR_COLON.search(text, tail_end)
    between = text[tail_end:cue.start() if cue else end] if end > tail_end else ""  # (not "..., yellow at the top": where it starts)
    kept = " ".join(re.findall(_PLACES.pattern + r"(?! (?:left|right))", _STARTING_SIDE.sub(" ", between)))
    kept += " , " + _backgrounds(text[tail_end:end])  # "three shapes on a white background: ..."
    # items apart by ";", as a second "a circle" after "a circle" would read as the first one said again
    return f"{text[:start]} {' ; '.join(spelt)} {arranged} {kept} , {text[end:]}"
