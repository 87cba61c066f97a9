"""Chat edits of the current layout, read deterministically.

A message is split into clauses; each clause names what it is about (a reference: "the square", "the red
one", "the right one", "it", "both", "everything except the circle") and what to do (the rest of its
words: a colour, stripes or none, a place or a direction, a size or a comparison, a new shape, removal).
Additions ("add a yellow triangle at the bottom", "and a red circle at the top", "another triangle", "a
third square in between") are planned by the planner and placed against what is there. A request whose
object or change cannot be told ("put it there", "make it better", "change the colour" with several
objects) raises :class:`NeedsAnswer` with the question to ask; the reply can then name only what was
missing ("both", "the blue one", "orange").
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..schemas import MAX_REGIONS, MAX_TEXT_CHARS
from .conversation import region_phrase
from .offline_planner import (
    AREAS,
    COLOURS,
    COUNTS,
    DIAGONALS,
    ROLE_WORDS,
    ROLES,
    SIZES,
    beside_all,
    fit_box,
    line_cells,
    normalise,
    overlap,
    plan,
    role_of,
    split_area,
    square_box,
)

SHAPE_NOUNS = ("circle", "square", "triangle")
EDIT_VERBS = ("move", "put", "shift", "place", "drag", "make", "turn", "change", "colour", "color", "paint", "remove", "delete", "drop",
              "erase", "add", "insert", "include", "bigger", "smaller", "larger", "enlarge", "shrink", "grow", "swap", "switch", "give",
              "take", "get", "keep", "fill", "set", "recolour", "recolor", "stripe", "raise", "lower",
              "become", "becomes", "be", "slap", "stick", "chuck", "throw", "plop", "replace", "flip", "scale", "resize", "reverse",
              "exchange", "trade", "spread", "mirror", "reflect", "nudge", "push", "pull", "slide", "slot", "tuck", "squeeze", "reorder",
              "rearrange", "align", "empty", "vacate", "lighten", "darken", "brighten", "dim")
GROW, SHRINK = ("bigger", "larger", "enlarge", "grow", "wider", "increase", "expand"), ("smaller", "shrink", "tinier", "narrower", "decrease",
                                                                                          "reduce")
PLACE_WORDS = ("top", "bottom", "left", "right", "center")
_ANY_COLOUR = "|".join(COLOURS)
DIRECTIONS = {"up": (0, -1), "down": (0, 1), "higher": (0, -1), "lower": (0, 1), "leftwards": (-1, 0), "rightwards": (1, 0)}
_REFERENCE = re.compile(r"\b(?:the|that|this|his|her|its|their|my|our)\s+(?:(?P<colour>" + "|".join(COLOURS) + r")\s+)?"
                        r"(?:(?P<place>(?:top|bottom) (?:left|right)|"
                        r"left|right|top|bottom|center|middle|first|second|third|last)(?:most| hand)?\s+)?"
                        r"(?!(?:the|a|an|that|this|those|these)\b)(?P<noun>[a-z]+?)(?:s)?\b(?! of\b)")
_PRONOUN = re.compile(r"\b(?:it|that one|this one|them|their|both|all of them|all|everything|each|every one)\b")
#: Verbs that put a new object in ("slot a small circle in ..."), and words that open a further request ("and", "next, ...").
_ADD_VERBS = (r"(?:add|adding|insert|inserting|include|put|putting|place|placing|draw|drawing|slap|stick|chuck|throw|plop|pop|slot|tuck|squeeze|"
              r"drop|sneak|give me)(?: in)?\s+")
_REMOVE_VERBS = r"drop|remove|delete|lose|erase|take away|take out|get rid of"  # "remove one of them", "drop two of the circles"
_FURTHER = r"(?:(?:and|also|plus|now|then|next|ok|maybe|perhaps|please|lastly|finally)[\s,]+)+"
_ADD = re.compile(rf"(?:^|\b{_ADD_VERBS}|^{_FURTHER}(?:add\s+)?)"
                  r"(?=(?:a|an|one|two|three|four|"
                  r"another|some|\d+)(?:\s|$))(?!a (?:bit|little|lot|tad|touch|smidge|fair bit) (?:more |less )?(?:bigger|smaller|larger|higher|"
                  r"lower|left|right|up|down|more|less|to|further|closer|bolder|brighter|darker)\b)|^another\b|\ba (?:third|fourth|fifth|second) \w+|"
                  r"\b(?:add|insert|include|draw|slap|stick|chuck|throw|plop|put|place)\s+(?=(?:(?:tiny|small|little|big|large|huge|striped|plain|solid|"
                  + "|".join(COLOURS) + r")\s+)+(?:circle|square|triangle)s?\b)")  # "+ tiny blue circle top left"


def place_lists(text: str) -> str:
    """ "the first and the last one", "the left and right squares" -> one reference per place."""
    places = r"first|second|third|last|left|right|top|bottom|middle"
    text = re.sub(rf"\bthe ({places})(?:most)? (and|or) (?:the )?({places})(?:most)?(?= *(?:,|$|\.|please|ones?\b))(?: ones?)?",
                  r"the \1 one \2 the \3 one", text)
    return re.sub(rf"\bthe ({places})(?:most)? (and|or) (?:the )?({places})(?:most)? (circle|square|triangle|one)s?\b",
                  r"the \1 \4 \2 the \3 \4", text)


def colour_lists(text: str) -> str:
    """ "the red and the blue ones", "the red and blue circles", "the red and the blue circle" -> one reference per
    colour: "the red one and the blue one", "the red circle and the blue circle"."""
    colours = "|".join(COLOURS)
    return re.sub(rf"\bthe ({colours}) (and|or) (?:the )?({colours})(?: (circle|square|triangle|one)s?)?\b(?! background)",
                  lambda m: f"the {m.group(1)} {m.group(4) or 'one'} {m.group(2)} the {m.group(3)} {m.group(4) or 'one'}", text)


class NeedsAnswer(ValueError):
    """The request cannot be acted on as it is; the message is the question to ask (the layout is left as it was)."""


class Vague(NeedsAnswer):
    """A clause that asks for a change without saying which ("make it different"); another clause may say it."""


@dataclass
class Clause:
    targets: list[str]  # region ids the clause is about (empty: none named)
    ops: str  # the words left once the reference is taken out
    explicit: bool = False  # the clause named its objects (not only "it" or nothing)
    notes: list[str] = field(default_factory=list)


#: Words that open a message without asking anything ("hmm, ...", "ok so ...", "right. now move ...").
OPENERS = (r"hi|hello|hey|ok|okay|lol|haha|yo|ah|aah|eh|er|erm|"
           r"hmm+|um+|uh+|meh|oh|oops|right|so|well|yes|yeah|no|nope|nah|actually|wait|phew|great|cool|nice|good|"
           r"lovely|perfect|thanks|thank you|please|alright|fine|sorry|(?:much |way |a lot |that s |thats )?better|(?:looks )?good now")


def _without_opener(request: str) -> str:
    """The request without a remark in front set off by punctuation: "right. now move ..." ("right" is no place here)."""
    request = re.sub(r"^\s*\+\s*", "add ", request)  # "+ tiny blue circle top left"
    # "hmm too big, make both squares smaller": a verdict before the change that says it
    request = re.sub(r"^\s*(?:(?:hmm+|hm+|ugh|eh|oh|well|ok|okay|no)\s*,?\s*)?"
                     r"(?:(?:it|they|that|this)(?: is| are|s|re)? |(?:way|a bit|bit|slightly|much) )*too (?:big|large|huge|small|tiny|little)"
                     r"\s*[.,!;:\-\u2013\u2014]+\s*(?=.*\b(?:bigger|smaller|larger|shrink|grow|enlarge|size|scale|reduce)\b)",
                     " ", request, flags=re.IGNORECASE)
    return re.sub(rf"^(?:\s*(?:(?:{OPENERS})\s*)+[.,!;:\-\u2013\u2014]+)+", " ", request, flags=re.IGNORECASE)  # "oh right, the square ..."


def is_edit(request: str, layout: dict[str, Any] | None = None) -> bool:
    """Whether ``request`` changes the current picture rather than describing a new one."""
    text = normalise(_without_opener(request))
    words = [w for w in text.split() if w not in ",;:"]
    if not words or re.search(r"\b(?:something (?:different|else|new)|new (?:picture|image|scene|drawing)|instead draw|now draw|"
                              r"(?:different|new|other) idea|forget (?:it|that|this|everything|all that))\b", text):
        return False
    if words[0] in EDIT_VERBS or words[0] in ("and", "also", "plus", "another", "now", "then", "next", "ok", "okay", "actually", "lovely",
                                              "perfect", "finally", "lastly", "pop", "sneak", "center", "centre", "mirror"):
        return True
    if any(w in EDIT_VERBS for w in words) or _PRONOUN.search(text) or any(w in (*GROW, *SHRINK) for w in words):
        return True
    without_background = re.sub(r"\b(?:on |with |now )?an? [\w ]*?background\b", " ", text)
    if layout and "background" in words and not re.search(r"\b(?:a|an|one|two|three|\d+) \w+", without_background):
        return True  # "make the background white" (read as "on a white background"): a change to the picture in hand
    if layout and re.search(r"\b(?:circle|square|triangle)s? (?:too|as well)$|^(?:\w+ )?same as (?:before|that|this|it|now)\b", text):
        return True  # "a green triangle too": one more
    refs = [m for m in _REFERENCE.finditer(text) if layout and _matches(layout, m)]
    if refs:
        return True
    if layout and re.search(r"\bthe (?:striped|solid|plain|biggest|smallest|largest|other|middle) (?:one|circle|square|triangle)\b", text):
        return True  # "the solid one should sit above the striped one"
    bare = re.match(rf"((?:(?:{'|'.join(COLOURS)}|striped|solid|big|small|little) )?(?:circle|square|triangle))\b(?! (?:and|with)\b)", text)
    if layout and bare and _named_there(layout, bare.group(1)):  # "triangle to the bottom left corner": no article, the one there
        return True
    if layout and re.fullmatch(r"(?:(?:a bit|a little|bit|even|some|much|way|a lot|lots) )?more(?: please| still)?", " ".join(words)):
        return True  # "more": the last change again
    if layout and re.search(rf"\btoo (?:bright|dark|light|dull|loud|busy|plain)\b|\b(?:{'|'.join(COLOURS)}) then\b", text):
        return True  # "too bright. black then": after a background change, another
    if layout and re.search(r"\btoo (?:big|small|large|tiny|little|huge|chunky|many|few)\b|\b(?:half|twice|double) (?:the|its|their) size\b|"
                            r"\b(?:twice|double|three times|half) as (?:big|large|small|wide|tall)\b|"
                            r"\b(?:more|less) (?:small|little|tiny|big|large)\b|"
                            r"\b(?:one|two|three|four|five|six|seven|eight|\d) (?:\w+ )?(?:instead of|rather than) (?:one|two|three|four|five|six|"
                            r"seven|eight|\d)\b", text):
        return True  # "too big, half the size"
    if layout and _BARE_PLACE.fullmatch(text.strip(" .!")):
        return True  # "top right": the object in hand goes there
    return len(words) <= 3 and any(w in COLOURS or w in ("striped", "solid", "bigger", "smaller") for w in words)


#: A message that is only a place ("top right", "to the left side", "centre please"): move what is in hand there.
_BARE_PLACE = re.compile(r"(?:(?:now|and|then) )?((?:(?:just |only )?(?:a (?:bit|little|touch|tad|smidge|little bit)|slightly|a few pixels)"
                         r"(?: more| further)? )?(?:(?:move it |put it )?(?:to|in|at|on|towards) )?(?:the )?(?:very |far )?"
                         r"(?:(?:top|bottom|upper|lower) ?(?:left|right)|left|right|top|bottom|middle|cent(?:er|re)))"
                         r"(?: corner| side| edge| half)?(?: please| pls| instead)?")


def edit(layout: dict[str, Any], request: str, focus: list[str] | None = None, pending: str | None = None,
         last: str | None = None, earlier: list[dict[str, Any]] | None = None) -> tuple[dict[str, Any], list[str]]:
    """The layout after the chat edit ``request``, and the ids it was about (the focus of a later "it").

    ``focus``: what "it" means (the ids the last edit was about); ``pending``: an earlier request that waited for
    an answer, which ``request`` completes ("both", "the blue one", "orange"); ``last``: the edit before, which a
    request that only names other objects repeats on them ("and the triangle too"); ``earlier``: the layouts of earlier
    rounds, newest first ("put the blue one back", "take back just the yellow one", "where the red one was"). A request
    that would leave the
    layout as it is raises :class:`NeedsAnswer` (nothing to render).
    """
    if last and re.fullmatch(r"\s*(?:(?:a bit|a little|bit|even|some|much|way|a lot|lots) )?more(?: please| pls| still)?[.!]*\s*", request, re.I):
        request = last  # "bigger" then "more": the same change again
    out, ids = _edit(layout, request, focus, pending, last, earlier or [])
    if out["regions"] == layout["regions"] and out.get("background") == layout.get("background"):
        raise NeedsAnswer(f"That leaves the design as it is ({_names(layout, ids) or 'nothing changed'}). What should change?")
    return out, ids


def _read(layout: dict[str, Any], request: str, pending: str | None) -> tuple[str, re.Match | None]:
    """The request in the words the clauses read ("the one on the left" -> "the left one", "too small" -> "bigger", ...),
    completed by it when it answers a pending question; and a "same colour" it asked for (for an addition)."""
    request = _request_form(_without_opener(request[:4000]))
    text = normalise(request)
    bare = _BARE_PLACE.fullmatch(text.strip(" .!"))
    text = normalise(f"move it {bare.group(1)}") if bare else text  # "top right", "a bit to the left": the object in hand goes there
    text = re.sub(r"(?<!put )(?<!move )(?<!place )(?<!shift )(?<!drag )(?<!bring )(?<!slide )(?<!push )(?<!set )"
                  r"\bthe (\w+ )?one (?:on|at|in) the (?:very |far )?((?:top|bottom) (?:left|right)|left|right|top|bottom|center)\b",
                  lambda m: f"the {m.group(1)}{m.group(2)} one" if (m.group(1) or "").strip() in COLOURS else
                  f"the {m.group(2)} {m.group(1) or ''}one", text)  # "the one on the left" ("put it in the middle" says where)
    for noun in {_noun(r) for r in layout["regions"]}:  # "the circle on the left" when there are two circles: which one
        if sum(_noun(r) == noun for r in layout["regions"]) > 1:
            text = re.sub(rf"\bthe ((?:{'|'.join(COLOURS)}) )?{noun} (?:on|at|in) the (left|right|top|bottom|center)\b", rf"the \2 \1{noun}", text)
    if pending is not None:  # the reply names the object or the change the pending request lacked
        text = _complete(normalise(pending), text, layout)
    text = re.sub(r"\b(fix|tidy|spruce|jazz|liven|clean|touch|dress|pep|smarten) ((?:it|them|this|that|things) )?up\b", r"\1 \2", text)
    text = re.sub(r"\b(?:the )?sky\b", "the background", text)  # "make the sky all black": the plain background
    text = _parts_named(text, layout)
    text = re.sub(rf"\bthe (?:two|three|four|five|both) (?=(?:{'|'.join(COLOURS)}) (?:ones|circles|squares|triangles)\b)", "the ", text)
    # "I want it is square, not circle": the shape wanted
    text = re.sub(r"\b(circle|square|triangle)s?\s*,?\s*(?:and )?not (?:a |an |the )?(?:circle|square|triangle)s?\b", r"\1", text)
    text = re.sub(r"\bsomething\b(.*?)\s*,?\s*\b(?:say|like|maybe|for example|e g)\s+((?:a|an|one) (?:\w+ ){0,3}?(?:circle|square|triangle))\b",
                  r"\2\1", text)  # "something under the circle too, say an orange square"
    text = re.sub(r"\b(white|black|gray) (?:behind|under|beneath) (?:them|it|everything|all|the \w+)\b", r"on a \1 background", text)
    text = re.sub(r"^(?:and )?((?:top|bottom) (?:left|right)|left|right|top|bottom|center) one\b", r"the \1 one", text)  # "top left one ..."
    text = re.sub(rf"^(?:and )?({'|'.join(COLOURS)}) one\b", r"the \1 one", text)  # "blue one, right side"
    text = re.sub(r"^(?:and |now |then |also )*stripe\b|\bstripe (?=(?:them|it|the|both|all|everything|each|those|these)\b)", "make striped ",
                  text)  # "and stripe the little one", "now stripe them both"
    text = re.sub(r"\b(shrink|scale|size|tone|knock) ((?:it|them|this|that|the \w+(?: one| circle| square| triangle)?) )?(?:back )?down\b"
                  r"(?: a (?:notch|bit|touch|little|size))?", r"\1 \2smaller", text)  # not a move down
    text = re.sub(r"\b(scale|size|blow) ((?:it|them|this|that|the \w+(?: one| circle| square| triangle)?) )?(?:back )?up\b", r"\1 \2bigger", text)
    text = re.sub(r"\b(add|put|bring)(?: back)? the ((?:\w+ ){0,2}?(?:circle|square|triangle))\b(?=.*\b(?:again|back)\b)",
                  lambda m: m.group(0) if _named_there(layout, m.group(2)) else f"add a {m.group(2)}", text)  # "add the green square ... again"
    text = place_lists(colour_lists(re.sub(r"\bafter all\b", " ", text))).strip(" ,;:")
    text = re.sub(r"\bbetween (the (?:\w+ ){0,2}?\w+) and (?=the\b)", r"between \1 & ", text)  # one clause: "between the square and the circle"
    colours = "|".join(COLOURS)
    text = re.sub(rf"\bthe ({colours})\b(?! (?:ones?|circles?|squares?|triangles?|and|or|background)\b)", r"the \1 one", text)  # "the red"
    text = re.sub(rf"\b({_REMOVE_VERBS}|move|shift|nudge|shrink|enlarge|grow|swap) ({colours})\b(?! (?:ones?|circles?|squares?|triangles?|and|or|"
                  r"background)\b)", lambda m: f"{m.group(1)} the {m.group(2)} one" if any(_is(r, f"{m.group(2)} one") for r in layout["regions"])
                  else m.group(0), text)  # "drop orange": the orange one
    text = _kept_and_sized(text)
    text = re.sub(r"\b(?:in|with|using|of) (?:the|that) (?:same )?colou?r (?:that )?(?:you (?:used|gave|picked|chose|made|did|had)|i "
                  r"(?:asked|wanted|picked|chose|had|used)|we (?:used|had|picked))(?: (?:it|them))? (?:for|on) (the \w+(?: \w+)?)\b",
                  r"same colour as \1", text)  # "a circle in the colour you used for the triangle"
    same = re.search(r"\bsame colou?r(?: as (?:the |that |this )?(\w+(?: \w+)?))?", text)  # "another circle, same colour": for an addition
    text = re.sub(r"\b(?:keep |with |in )?(?:the )?same colou?rs?(?: as (?:it|that|this|the \w+))?\b|\bkeep (?:the|its|their) colou?rs?\b", " ", text)
    text = re.sub(r"\b(?:and |keep )?(?:the |their |its )?same (?:spots?|places?|positions?|locations?|sizes?)\b", " ", text)
    text = re.sub(r"\b(?:the (?:whole|entire) (?:thing|picture|image|design|lot|group|scene|composition|stack|tower|pile|row|column|line|grid|"
                  r"set|bunch|cluster|arrangement)|all of it|the lot|the (?:stack|tower|pile|row|column|line|grid|group|cluster|bunch|set)"
                  r"(?: of (?:them|shapes|things|objects))?)\b", " all ", text)  # "move the whole thing down", "shift the stack left"
    text = _groups_and_order(layout, text)
    text = re.sub(r"\b(?:swapped|switched|traded|exchanged|swapping|switching|trading|exchanging)\b", "swap", text)  # "what if they swapped?"
    text = re.sub(r"\b(swap|switch|exchange|trade|flip) (?:the |their )?shapes\b", r"\1 their shape", text)  # not "swap all"
    text = re.sub(rf"\b({colours}|striped|solid) (?:shapes|objects|things|items|elements|pieces|figures)\b", r"\1 ones", text)  # "both green things"
    text = re.sub(rf"\b(?:both|all)(?: of)?(?: the)? (?=(?:{colours}|striped|solid) (?:ones|circles|squares|triangles)\b)", "the ", text)
    text = re.sub(r"\b(?:all (?:the |of the )?|the )?(?:shapes|objects|things|items|elements|pieces|figures)\b", " all ",
                  text)  # "bigger shapes": all of them
    return text, same


def _kept_and_sized(text: str) -> str:
    """What a request says stays as it is taken out ("leave the square alone", "everything else can stay as it is"), and
    sizes said as complaints or amounts read as the change ("too small" -> "bigger", "up a little" is no size)."""
    text = re.sub(r"^(?:ok |okay |no |so )?(?:keep|leave) (?:them|it|those|these)(?: in| there)?\s*,?\s*(?=but\b)", " ", text)  # "keep them, but ..."
    text = re.sub(r"\b(?:but |and )?(?:keep|leave) (?:them|it|those|the stripes?|the striped|the colou?rs?) (?:on|for|with) "
                  r"(?:the \w+(?: \w+)?|it|that one)\b", " ", text)  # "take the stripes off the triangle, keep them on the square"
    text = re.sub(r"\b(?:leave|keep|don t (?:move|touch|change)) (?:the \w+(?: \w+)?|it|them|everything else|the rest|the others?)"
                  r"(?: where (?:it is|they are)| as (?:it is|they are)| alone| in place| unchanged| there| untouched| as is)\b", " ", text)
    text = re.sub(r"\b(?:and )?(?:everything else|all else|the rest|the others?|(?:the )?other (?:ones?|things|shapes))(?: (?:of it|of them))? "
                  r"(?:can|should|could|will|may|must|is to|are to) (?:stay|remain|be left|be kept|stay put)(?: exactly| just| totally)?"
                  r"(?: as (?:it is|they are|is)| the same| unchanged| where (?:it is|they are)| alone| untouched| put)?\b", " ", text)
    text = re.sub(r"\b(up|down|left|right|higher|lower|over|across|along) a little(?: bit)?\b|\ba little(?: bit)?(?= (?:up|down|higher|lower|"
                  r"further|more to|to the|towards)\b)", lambda m: f"{m.group(1) or ''} a bit", text)  # "nudge it up a little": no size
    too = r"\b(?:is |are |looks |seems )?(?:too|much too|way too|too much|a bit too|kind of too)"
    text = re.sub(rf"{too} (?:small|tiny|little|wee|thin|narrow|skinny)\b",
                  " bigger ", text)
    text = re.sub(rf"{too} (?:big|large|huge|chunky|massive|giant|enormous|wide|tall|fat)\b",
                  " smaller ", text)
    text = re.sub(r"\bmore (?:big|large)\b", "bigger", re.sub(r"\bmore (?:small|little|tiny)\b|\bless (?:big|large)\b", "smaller", text))
    return text


def _request_form(request: str) -> str:
    """The request without a heading ("ok, a few changes: - ..."), with "level with", a stack in a named order and
    "the last one on the right" said one way."""
    request = re.sub(r"\b(?:here are |i have |i ve got |just |only )?(?:a few|some|several|two|three|four|a couple of|couple of|a couple) "
                     r"(?:more )?(?:changes|edits|tweaks|things|fixes|notes|requests|adjustments)(?: (?:please|for you|to make))?\s*:", " ",
                     request, flags=re.IGNORECASE)
    request = re.sub(r"\b(?:so (?:that )?)?(?:it[\u2019']?s |its |it is |they[\u2019']?re |they are |it sits )?"
                     r"(?:level|in line|lined up|aligned|even|flush) with\b|\bat the same height as\b", " level with", request,
                     flags=re.IGNORECASE)  # "so it's level with the box"
    request = re.sub(r"\bstack (them|it all|everything|those|these|the \w+s)(?: up)?(?: (?:the )?other way (?:round|around)| the other way| instead| "
                     r"again)*(?=\s*:)", r"put \1 in a column", request, flags=re.IGNORECASE)  # "stack them the other way round: ball on top, ..."
    return re.sub(r"\bthe (?:last|final|very last|end) (one|circle|square|triangle) (?:on|at) the (right|left|top|bottom)\b", r"the \2 \1",
                  request, flags=re.IGNORECASE)  # "the last one on the right": the rightmost


def _copies(text: str, layout: dict[str, Any]) -> str:
    """Copies and centring in the words the additions and moves read: "a matching box either side of it" (two more like it, one
    each side), "the same again on the right", "add a matching one at the bottom" (another like it), "centre the column"."""
    only = _noun(layout["regions"][0]) if len({_noun(r) for r in layout["regions"]}) == 1 and layout["regions"] else "one"

    def pair(m: re.Match) -> str:
        noun = only if m.group(1) == "one" else m.group(1)
        alike = [r for r in layout["regions"] if _noun(r) == noun] if m.group(2) in (None, "it") else _candidates(
            layout, m.group(2).split()[-1], None)
        colour = next((w for w in (alike[0].get("low_level", "").split(", ") if len(alike) == 1 else []) if w in COLOURS), "")
        return f"add two {colour} {noun}s on each side of {m.group(2) or 'it'}"
    text = re.sub(r"\b(?:add |put |draw |with )?(?:a |an )?(?:matching|identical|similar) (one|circle|square|triangle)s? "
                  r"(?:on )?(?:either|each|both) sides?(?: of (it|them|the (?:\w+ )?\w+))?", pair, text)
    text = re.sub(r"\b(?:add |put |draw )?(?:a |an )(?:matching|identical) (one|circle|square|triangle)\b", r"add another \1", text)
    text = re.sub(r"^(?:(?:and|now|then|ok) )*(?:do )?(?:the )?same (?:again|one again|thing again)\b", "add another one", text)
    text = re.sub(r"^(?:(?:nah|no|ok|okay|so|and|hmm) )*(?:the )?same (?:as (?:before|that|this|it|now)|again|thing)\s*,?\s*"
                  r"(?:but|except|only|just)\s+"
                  r"(?:(?:with(?:out)?|minus|no|plus) )?",
                  lambda m: "remove " if re.search(r"\b(?:without|minus|no)\s*$", m.group(0)) else
                  "add " if re.search(r"\b(?:with|plus)\s*$", m.group(0)) else "make everything ", text)  # "same as before except bigger"
    return re.sub(r"^((?:(?:now|and|then|ok|okay|just) )*)center (it|them|all|everything|the (?:\w+ )?\w+)\b", r"\1move \2 to the center", text)


def _parts_named(text: str, layout: dict[str, Any]) -> str:
    """What a part of the picture is called, read: "paint the tail end, the circle at the far right, yellow" (the aside names
    the object), "he needs a nose: a little orange triangle ..." (an addition that stands for the nose)."""
    text = re.sub(r"\b(\w+) the (?!(?:circle|square|triangle|one)s?\b)\w+(?: \w+)? , (the [^,]*?\b(?:circle|square|triangle|one)s?\b[^,]*) , ",
                  r"\1 \2 ", text)
    text = re.sub(r"\bthe (two|three|four|\d) (?:ones? )?(?:on|at|along|in) the (top|bottom|left|right)(?: row| column| side| edge)?\b|"
                  r"\bthe (top|bottom|left|right) (two|three|four|\d)\b(?! \w+s\b)",
                  lambda m: f"the {m.group(1) or m.group(4)} {m.group(2) or m.group(3)}most ones", text)  # "the two on the bottom"
    bare = re.match(rf"((?:(?:{_ANY_COLOUR}|big|small|striped) )*)(circle|square|triangle)\b"
                    r"(?! (?:and|to|into|with|is|should|goes|go|instead|rather|not|please|then|now|again|shape)\b)(?!$)", text)
    if bare and not any(_noun(r) == bare.group(2) for r in layout["regions"]):  # "square. blue. right." with no square yet: a new one
        text = f"add a {text}"
    text = re.sub(r"\b(?:the )?(up|down)(?= (?:left|right)\b| one\b)|(?<=\bof )(?:the )?(up|down)\b", lambda m: "the " * bool(m.group(1)) + (
        "top" if "up" in (m.group(1), m.group(2)) else "bottom"), text)  # "the square of down right", "the up left one"
    text = re.sub(r"\bthe (circle|square|triangle|one) of (?:the )?((?:top|bottom) (?:left|right)|top|bottom|left|right|center)\b", r"the \2 \1",
                  text)  # "the circle of the middle"
    text = re.sub(rf"\s*,\s*(?:to|into|in) ({_ANY_COLOUR})\b", r" \1", text)  # "the blue, to yellow"
    text = re.sub(r"\b(?:change|exchange|switch|swap|trade) (?:the |their )?(?:places|positions|spots)(?: between them| with each other| of them)?\b",
                  "swap them", text)  # "the yellow and the green, change the places between them"
    text = _copies(_matched_colour(layout, text), layout)  # (before "same colour" is read as a wish for an addition)
    text = re.sub(r"\bdrop (it|them|that|this|the (?:\w+ )?\w+) (down|lower|to|into|below)\b", r"move \1 \2", text)  # "drop it down to ..."
    text = re.sub(r"\bwhichever(?: one)?(?: is| s)? (?:(?:on|at|in) the )?(left|right|top|bottom|bigger|smaller|larger|biggest|smallest|largest)\b"
                  r"(?: one)?", r"the \1 one", text)  # "whichever is on the left, make it striped"
    text = re.sub(r"^((?:(?:and|now|then|also|plus|ok|okay) )*)((?:left|right) of|above|below|beside) (it|them|this|that|the (?:\w+ )?\w+)\s*[,:]?\s*"
                  r"((?:a|an|one|two|three|four|\d+) .+)$", r"\1add \4 \2 \3", text)  # "next to it on its right, a smaller circle"
    return re.sub(rf"\b(?:(?:he|she|it|they|this|that) (?:needs?|could use|should have|wants?|must have|is missing)|(?:give|add|put)"
                  rf"(?: it| him| her| them)?) (?:a |an |some |the )?(?:\w+ )?({ROLE_WORDS}) (?:[,:] )?((?:a|an|one) (?:\w+ ){{0,3}}?"
                  r"(?:circle|square|triangle))\b", lambda m: f" , add {m.group(2)} asrole {role_of(m.group(1))}",
                  text)


def _groups_and_order(layout: dict[str, Any], text: str) -> str:
    """The words for groups and for the order things were made in, as the references read them: "all the circles",
    "the two outer elements", "the one I added first"; "mirror" is a flip, and "the square stays put" asks for nothing."""
    # "all the circles"
    text = re.sub(r"\b(?:all|every one|both) (?:of )?(?:the |my |those |these )?((?:(?!(?:them|those|these|it|into|to|be)\b)\w+ )?"
                  r"(?:circle|square|triangle)s)\b", r"the \1", text)
    text = _by_time(layout, text)
    text = _said_plainly(text)
    text = re.sub(r"\bthe (?:two|three|four|ones?)(?: that are| which are)? (?:left|remaining|left over|still there)\b|"
                  r"\bthe remaining (?:two|three|four|ones)\b|\bwhat s left\b", "all", text)  # "colour the two that are left purple"
    text = re.sub(r"\bflank (it|them|that|the \w+(?: \w+)?) with (?:a |an |one |two )?((?:\w+ ){0,2}?(?:circle|square|triangle))s?"
                  r"(?: on (?:either|each|both) sides?(?: of it)?)?", r"add two \2s on each side of \1", text)  # "flank it with a yellow square"
    text = re.sub(r"\btake (?:out|away|off) (?=the\b|it\b|that\b|them\b)|"
                  r"\btake (the (?:\w+ ){0,2}?(?:one|circle|square|triangle)s?) (?:out|away|off)\b",
                  lambda m: f"remove {m.group(1) or ''} ", text)  # "take out the one in the middle"
    if re.search(r"\b(?:reverse (?:the |their )?order|in (?:the )?(?:reverse|opposite) order|the other way round)\b", text) and layout["regions"]:
        text = "flip upside down" if _along(layout["regions"]) == 1 else "flip left to right"  # "now reverse the order"
    text = _one_each(layout, text)
    text = texture_named(layout, text)
    text = re.sub(r"^(?:and |now |then )*spread (?:them |it all |everything )?out\s*[:,]\s*", "", text)  # "spread them out: red into ..."
    text = re.sub(rf"(?:^|(?<=[,:;] ))(?:and )?(?:the )?({'|'.join(COLOURS)})(?: one)? (?:goes )?(into|to) the\b", r"move the \1 one \2 the", text)
    text = _turned_over(layout, text)
    text = re.sub(r"\b(?:pull|bring|draw|tuck) (it|them|that|the \w+(?: \w+)?) (?:back )?in\b(?! (?:the|to|a)\b)", r"make \1 smaller", text)
    text = _corner_ones(layout, _centred_across(layout, text))
    text = re.sub(r"[,;]?\s*\b(?:my|our|his|her) (?:\w+ )?(?:says|said|tells me|told me|thinks|thought|reckons)\b[^,;]*", " ", text)
    text = re.sub(r"\b(?:empty|clear(?: out)?|vacate) (?:the |that )?((?:top|bottom) (?:left|right)) (?:quarter|corner|quadrant|area|part|cell)\b",
                  r"remove the \1 one", text)  # "empty the bottom right quarter"
    fine = re.search(r"\bthe (circle|square|triangle) (?:was|is|looked|would be) (?:fine|better|right|good|nicer|ok|okay)\b(?: after all)?", text)
    if fine and len(layout["regions"]) == 1 and _noun(layout["regions"][0]) != fine.group(1):  # "scratch that, the circle was fine"
        text = f"make it a {fine.group(1)}"
    text = re.sub(r"\b(put|add|place|draw|give me|make)\s+in a (row|column|line)\s+((?:a|an|one|two|three|four|five|six|\d+)\b[^,;]*)",
                  r"\1 \3 in a \2", text)  # "put a row of three blue squares ..."
    text = re.sub(r"^(?:and |now |then )?(below|above|under|underneath|beneath|over|left of|right of|beside|next to) (them|it|those|these|"
                  r"the \w+(?: \w+)?) ,? ?((?:put|add|place|draw|give me)\b.*)$", r"\3 \1 \2", text)  # "underneath them, put ..."
    text = _without_why(text)
    text = re.sub(r"\b(the (?:\w+ ){0,2}?one) of (?:them|those|these|the \w+s)\b", r"\1", text)  # "the middle one of those"
    text = re.sub(r"(?<!in )(?<!into )(?<!to )(?<!at )(?<!on )(?<!towards )(?<!toward )"
                  r"\bthe ((?:top|bottom) (?:left|right)|left|right|top|bottom|center) (?:cell|spot|slot|tile|position|quadrant|"
                  r"square(?= (?:of the grid|in the grid))|corner|box)\b(?: (?:of the grid|in the grid))?", r"the \1 one", text)  # "top right cell"
    text = re.sub(r"\b(?:every|each)(?: single)? one of (?:them|those|these)\b|\beach of (?:them|those|these)\b|\bevery single one\b", "all", text)
    text = re.sub(r"\bmirror(?:ed)?\b", "flip", text)
    things = r"(?:the |its |their )?(?:colou?rs?|stripes?|striped|textures?|sizes?)"
    text = re.sub(rf"[,;-]?\s*\b(?:but |and )?(?:leave|keep) {things}(?: and {things})?(?: as (?:they|it) (?:are|is)| the same| unchanged| too)?\b|"
                  rf"\b(?:and )?{things} as (?:they|it) (?:are|is|were|was)\b", " ", text)  # "keep the colours and the stripes as they are"
    text = re.sub(r"[;,]?\s*(?:and |but )?(?:leave|keep|don t (?:change|move|touch)) (?:the |their |its )?(?:positions?|places?|spots?|sizes?|layout)"
                  r"(?: (?:alone|as (?:they|it) (?:are|is)|the same|unchanged|where they are))?\b", " ", text)  # "..., leave the positions"
    text = re.sub(r"^(?:and |now |then )*(?:put |add |give )?(?:stripes|striped) (?:on|to) "
                  r"(?=(?:it|them|the|both|all|every|each|everything|those|these)\b)", "make striped ", text)  # "stripes on every one of them"
    text = re.sub(r"\bthe (?:two )?(?:outer|outermost|outside|end) (?:ones|elements|shapes|objects|things|items|pieces|two)\b|\bthe outer two\b|"
                  r"\bboth (?:ends|outer ones)\b", "the two on the ends", text)
    text = re.sub(r"[;,]?\s*(?:and |but |while )?(?:the \w+(?: \w+)?|it|everything else|the rest|the others?|the middle one) "
                  r"(?:stays?|remains?|keeps?) (?:put|where (?:it is|they are)|in place|as (?:it is|they are)|unchanged|there|the same)"
                  r"(?: in the (?:middle|center))?\b", " ", text)
    return text


def _named_there(layout: dict[str, Any], words: str) -> bool:
    """Whether some region of ``layout`` is the ``words`` ("green square"): its noun, and its colour if one is said."""
    said = words.split()
    colour = next((w for w in said[:-1] if w in COLOURS), None)
    return bool(said) and said[-1] in SHAPE_NOUNS and bool(_candidates(layout, said[-1], colour))


def _edit(layout: dict[str, Any], request: str, focus: list[str] | None, pending: str | None,
          last: str | None, earlier: list[dict[str, Any]] | None = None) -> tuple[dict[str, Any], list[str]]:
    out = copy.deepcopy(layout)
    text, same = _read(out, request, pending)
    text = _reshaped_again(text, last, focus)
    if last and re.search(r"\b(?:swap|switch|exchange)\b", normalise(last)) and re.fullmatch(
            r"(?:and |now )?(?:the |those |these )[\w ]+? (?:as well|too|also)", text.strip()):
        text = f"swap {text}"  # "swap the top two" then "and the bottom pair as well"
    text = _one_more_in_line(out, text)
    text = _one_of_them(out, text)
    restored = _from_earlier(out, text, earlier or [])
    if restored is not None:
        return _finish(out, restored)
    touched: list[str] = []
    asked = set(re.findall(r"\b(circle|square|triangle)s?\b", text)) - {_noun(r) for r in out["regions"]}
    if re.search(r"\b(?:change|switch|alter) (?:the |its |their )?shapes?\b", text) and not asked:
        raise NeedsAnswer("Which shape should it be: a circle, a square or a triangle?")  # "can you change the shape"
    for handled in (_replace, _mirror, _reorder, _swap, _keep_only, _remove_some, _recount, _rearrange, _rotate, _turn):
        ids = handled(out, text, focus)
        then = _THEN_CHANGE.search(text) if handled in (_keep_only, _recount) and ids else None
        if then:  # "keep just the blue one and put it in the center": the rest of the message on what is left
            return _edit(out, text[then.end():], ids, None, None)
        if ids is not None:
            return _finish(out, ids or touched)
    recoloured, text = _background(out, _background_again(text, last))
    if not focus and len(out["regions"]) == 1:  # "shrink it and put a circle to its left": "it" is the one there was
        focus = [out["regions"][0]["id"]]
    text, added = _additions(out, text, focus, same.group(1) or "" if same else None)
    touched += added
    try:
        previous = _repeated(out, last, text)
        continuing = bool(focus) and not added and re.match(r"\s*(?:and|also|plus|oh and|and also)\b", text)
        clauses, vague = _without_context(_clauses(out, text, focus or [])), None
        for clause in clauses:
            if continuing and not clause.targets:  # "and striped" after "make the square red": the square again
                clause.targets = [t for t in focus if any(r["id"] == t for r in out["regions"])]
            if clause.explicit and not _recognised(clause.ops.split(), clause.ops) and previous:
                clause.ops = f"{clause.ops} {previous}"  # "remove the yellow circle and the blue square": the same for both
            try:
                touched += _apply(out, clause)
            except Vague as question:  # "different colour. green, please": another clause may say it
                vague = vague or question
                continue
            focus, previous = clause.targets or focus, clause.ops if _recognised(clause.ops.split(), clause.ops) else previous
        if vague and not touched:
            raise vague
    except NeedsAnswer:
        if not recoloured or touched:
            raise
    if recoloured:
        return _finish(out, touched)
    if not touched:
        raise NeedsAnswer("What should change? Name an object and the change, e.g. 'make the circle green', 'move the square to the left', "
                          "'make the triangle bigger' or 'add a yellow circle at the bottom'.")
    return _finish(out, touched)


_ONE_OF = r"\b(?:one of (?:them|those|these|the (?:circle|square|triangle|shape|thing)s)|either (?:one|of them)|one or the other)\b"


_THING = r"(?:the |my |that |this )?((?:\w+ ){0,2}?(?:one|circle|square|triangle))"


def _is(region: dict[str, Any], words: str) -> bool:
    """Whether ``region`` is what ``words`` ("blue one", "orange circle", "striped square") describe."""
    said = words.split()
    noun = said[-1] if said[-1] in SHAPE_NOUNS else None
    low = region.get("low_level", "").replace(",", " ").split()
    return (noun is None or _noun(region) == noun) and all(w in low for w in said[:-1] if w in COLOURS or w == "striped")


def _from_earlier(layout: dict[str, Any], text: str, earlier: list[dict[str, Any]]) -> list[str] | None:
    """Changes read against earlier rounds (newest first): "put the blue one back (where it was)" returns a removed object
    to its old box; "take back just the yellow one" returns one object to how it was before its last change; "a purple
    circle where the red one was" puts a new object in a removed one's box. None when the request is none of these."""
    if not earlier:
        return None
    ids = {r["id"] for r in layout["regions"]}
    back = re.search(rf"\b(?:put|bring|get|add)(?: just| only)? {_THING}s? back\b|\bbring back (?:just |only )?{_THING}\b", text)
    if back:
        words = back.group(1) or back.group(2)
        old = next((r for e in earlier for r in e.get("regions", []) if r["id"] not in ids and _is(r, words)), None)
        if old is not None:
            layout["regions"].append(copy.deepcopy(old))
            return [old["id"]]
    undo = re.search(rf"\b(?:take back|undo|revert)(?: just| only)? (?:the change (?:to|on|of) )?{_THING}", text) or back
    if undo:  # "take back just the yellow one", "put the triangle back how it was": as it was before its last change
        now = [r for r in layout["regions"] if _is(r, undo.group(1) or undo.group(2))]
        before = next((r for e in earlier for r in e.get("regions", []) if len(now) == 1 and r["id"] == now[0]["id"] and r != now[0]), None)
        if before is not None:
            now[0].update(copy.deepcopy(before))
            return [before["id"]]
    where = re.search(rf"\s*\bwhere {_THING} (?:was|used to be|had been|sat|stood)\b", text)
    if where and _ADD.search(text):
        old = next((r for e in earlier for r in e.get("regions", []) if r["id"] not in ids and _is(r, where.group(1))), None)
        new = _planned(layout, _ADD.sub("", text[: where.start()] + text[where.end():], count=1).strip(), None) if old else []
        if len(new) == 1:
            new[0]["bbox"], new[0]["id"] = list(old["bbox"]), _fresh_id(_noun(new[0]), ids)
            layout["regions"].append(new[0])
            return [new[0]["id"]]
    return None


def _one_of_them(layout: dict[str, Any], text: str) -> str:
    """ "make one of them smaller": which one is for the user to say, not for a guess, unless they are all alike (then
    the last of them); the request, naming it."""
    found = re.search(_ONE_OF, text)
    if not found or re.search(r"\bthe (?:\w+ )?$", text[: found.start()]) or re.search(
            rf"\b(?:{_REMOVE_VERBS})\s*$", text[: found.start()]):
        return text  # "the middle one of those" names one; "remove one of them" may take any (the last)
    kind = re.search(r"(circle|square|triangle)s", found.group(0))
    pool = [r for r in layout["regions"] if not kind or _noun(r) == kind.group(1)]
    alike = len({(_noun(r), r.get("low_level", "")) for r in pool}) == 1
    name = _name_of(layout, [pool[-1]["id"]]) if pool and alike else None
    if name:  # "make one of them red" with two green triangles: either will do
        return text[: found.start()] + name + text[found.end():]
    if len(pool) > 1:
        names = " or ".join(f"the {region_phrase(r).split(' ', 1)[1]}" for r in pool[:4])
        raise NeedsAnswer(f"Which one: {names}? (e.g. 'the top one')")
    return text


def _one_more_in_line(layout: dict[str, Any], text: str) -> str:
    """ "and a third, same row": one more like the last object, beside it along their line."""
    found = re.fullmatch(r"(?:and |now |then )*(?:a|one) (?:third|fourth|fifth|sixth|next|another)(?: one)?\s*,?\s*(?:in )?(?:the )?same "
                         r"(?:row|line|column)(?: please)?", text.strip())
    if not found or not layout["regions"]:
        return text
    last = layout["regions"][-1]
    line = [r for r in layout["regions"] if _noun(r) == _noun(last)]
    side = ("right of" if _along(line) == 0 else "below") if len(line) > 1 else "right of"
    name = _name_of(layout, [last["id"]])
    return f"add a {region_phrase(last).split(' ', 1)[1]} {side} {name}" if name else text


def _reshaped_again(text: str, last: str | None, focus: list[str] | None) -> str:
    """Right after a change of shape, "and now a circle" (no place, no other verb) reshapes the same object again, rather
    than adding one. A turn that names no way ("another quarter turn") turns the way the last one did."""
    if last and _TURN.search(text) and not _TURN_WAY.search(text):
        way = _TURN_WAY.search(normalise(last))
        return f"{text} {way.group(0)}" if way else text
    again = re.fullmatch(r"(?:and |ok |okay )*(?:now|then|next)\s+((?:a|an) (?:\w+ )?(?:circle|square|triangle))\b(.*)", text.strip())
    if not (again and focus and last) or not re.search(r"\b(?:into|to|be|become|now|make it) (?:a|an) (?:\w+ )?(?:circle|square|triangle)\b",
                                                          normalise(last)):
        return text
    if any(w in PLACE_WORDS or w in DIRECTIONS for w in again.group(2).split()):
        return text
    return f"make it {again.group(1)} {again.group(2)}"


def _repeated(layout: dict[str, Any], last: str | None, text: str) -> str:
    """What the last edit did, when this one says to do it again to something else ("and the triangle too")."""
    if not last or not re.search(r"\b(?:too|as well|also|likewise|same (?:for|with|goes for)|same thing)\b", text):
        return ""
    _, ops, _ = _references(layout, normalise(_without_opener(last)), [])
    return ops if _recognised(ops.split(), ops) else ""


def _finish(layout: dict[str, Any], touched: list[str]) -> tuple[dict[str, Any], list[str]]:
    if not layout["regions"] and not layout.get("background"):
        raise NeedsAnswer("That would leave nothing in the picture; say what should stay, or 'start over'.")
    _recaption(layout)
    return layout, list(dict.fromkeys(t for t in touched if any(r["id"] == t for r in layout["regions"]))) or touched


# -- references: which regions a clause is about ------------------------------------------------------------------------


def _noun(region: dict[str, Any]) -> str:
    return region["high_level"].split(",")[0].split()[-1]


def _stem(region: dict[str, Any]) -> str:
    """The word a region's id is made of: its noun ("circle_2") or what it stands for ("head_2")."""
    return region["id"].rsplit("_", 1)[0]


def _made(region_id: str) -> int | None:
    """When a region was made: the number its id ends in (ids count up as regions are made)."""
    number = region_id.rsplit("_", 1)[-1]
    return int(number) if number.isdigit() else None


def _role(region: dict[str, Any]) -> str | None:
    """What the region stands for in the picture ("head", "roof"), when its id says so."""
    return _stem(region) if _stem(region) in ROLES else None


def _centre(region: dict[str, Any]) -> tuple[float, float]:
    x0, y0, x1, y1 = region["bbox"]
    return (x0 + x1) / 2, (y0 + y1) / 2


def _candidates(layout: dict[str, Any], noun: str | None, colour: str | None) -> list[dict[str, Any]]:
    anything = noun in (None, "one", "ones", "shape", "object", "thing", "")
    return [r for r in layout["regions"] if (anything or _noun(r) == noun or _stem(r) == noun)
            and (colour is None or colour in r.get("low_level", "").split(", ")[0:1] + [r.get("low_level", "")])]


def _pick_by_place(regions: list[dict[str, Any]], place: str | None) -> list[dict[str, Any]]:
    if place is None or len(regions) < 2:
        return regions
    if " " in place:  # a corner: "the top left square"
        sy, sx = (-1 if place.startswith("top") else 1), (-1 if place.endswith("left") else 1)
        return [max(regions, key=lambda r: sx * _centre(r)[0] + sy * _centre(r)[1])]
    order = sorted(regions, key=lambda r: (_centre(r)[0], _centre(r)[1]))
    if place in ("left", "first"):
        return [min(regions, key=lambda r: _centre(r)[0])]
    if place in ("right", "last"):
        return [max(regions, key=lambda r: _centre(r)[0])]
    if place == "top":
        return [min(regions, key=lambda r: _centre(r)[1])]
    if place == "bottom":
        return [max(regions, key=lambda r: _centre(r)[1])]
    if place in ("center", "middle"):  # the one at the canvas's centre, else the middle one of their line
        central = min(regions, key=lambda r: abs(_centre(r)[0] - 0.5) + abs(_centre(r)[1] - 0.5))
        along = sorted(regions, key=lambda r: _centre(r)[_along(regions)])
        return [central] if abs(_centre(central)[0] - 0.5) + abs(_centre(central)[1] - 0.5) < 0.15 or len(along) % 2 == 0 else [
            along[len(along) // 2]]
    index = {"second": 1, "third": 2}.get(place, 0)
    return [order[min(index, len(order) - 1)]]


def _matches(layout: dict[str, Any], match: re.Match, focus: list[str] | None = None) -> list[str]:
    """The ids a reference ("the red one", "the right one", "the circles") names; empty when it names none.

    ``focus``: a group just made or edited ("two yellow squares along the bottom"); "the left one" is one of them."""
    noun = match.group("noun")
    noun = noun[:-1] if noun.endswith("s") and noun[:-1] in SHAPE_NOUNS else noun
    found = _candidates(layout, noun, match.group("colour"))
    group = [r for r in found if r["id"] in (focus or [])]
    if noun == "one" and match.group("place") and len(group) >= 2:
        found = group
    if not found:
        return []
    plural = match.group(0).endswith("s") and match.group("noun") + "s" in match.group(0)
    return [r["id"] for r in (found if plural else _pick_by_place(found, match.group("place")))]


def _one_of_many(layout: dict[str, Any], match: re.Match) -> list[dict[str, Any]]:
    """The regions "the square" could mean when it names one but several fit (no colour or place tells them apart)."""
    noun = match.group("noun")
    plural = match.group(0).endswith("s") and noun + "s" in match.group(0)
    if match.group("place") or noun == "ones" or plural or (noun == "one" and not match.group("colour")):
        return []
    found = _candidates(layout, noun, match.group("colour"))  # "the red one" with a red square and a red circle: which
    return found if len(found) > 1 and not re.match(r"(?:both|all|each)\b", match.group(0)) else []


def _along(regions: list[dict[str, Any]]) -> int:
    """The axis the regions spread along most: 0 across, 1 down."""
    xs, ys = [_centre(r)[0] for r in regions], [_centre(r)[1] for r in regions]
    return 0 if max(xs) - min(xs) >= max(ys) - min(ys) else 1


def _which_of(regions: list[dict[str, Any]], noun: str) -> str:
    """ "Which square: the left one or the right one?" """
    across = _along(regions) == 0
    names = {2: ("left", "right") if across else ("top", "bottom"), 3: ("left", "middle", "right") if across else ("top", "middle", "bottom")}
    if noun == "one" or len({_noun(r) for r in regions}) > 1:
        return "Which one: " + " or ".join(f"the {region_phrase(r).split(' ', 1)[1]}" for r in regions[:4]) + "?"
    if len(regions) in names:
        return f"Which {noun}: " + " or ".join(f"the {w} one" for w in names[len(regions)]) + "? (or 'both'/'all')"
    return f"Which {noun}: " + " or ".join(f"the {region_phrase(r).split(' ', 1)[1]}" for r in regions[:4]) + "?"


def _references(layout: dict[str, Any], clause: str, focus: list[str], local: list[str] | None = None) -> tuple[list[str], str, bool]:
    """(ids the clause is about, the clause without the words that name them, whether it named them itself).

    ``local``: what an earlier clause of the same message named ("the two on the ends, take them away": "them")."""
    ids, rest, explicit = [], clause, False
    said, focus = focus, [f for f in focus if any(r["id"] == f for r in layout["regions"])]  # what "it" meant may be gone
    other = re.search(r"\bthe other (?:one|(circle|square|triangle)s?)\b", clause)
    if other:  # "the other square": the one of its kind not in focus
        pool = [r["id"] for r in layout["regions"] if (not other.group(1) or _noun(r) == other.group(1)) and r["id"] not in focus + (local or [])]
        if len(pool) == 1:
            ids, rest, explicit = pool, rest.replace(other.group(0), " ", 1), True
        elif local and len(pool) > 1:  # "keep the triangle, but make the other one green" with two others
            raise NeedsAnswer(_which_of([r for r in layout["regions"] if r["id"] in pool], other.group(1) or "one"))
    for found, words in _by_position(layout, clause, said):  # "the two top squares", "the two on the ends", "the top row"
        ids, rest, explicit = found, rest.replace(words, " ", 1), True
        clause = clause.replace(words, " ", 1)  # its words name no other object ("all the squares in the bottom row")
    by_size = _by_size(layout, clause)
    if by_size is not None:  # "turn the bigger one red", "stripe the little one"
        ids, rest, explicit = [by_size[0]], rest.replace(by_size[1], " ", 1), True
    for m in list(_REFERENCE.finditer(clause)):
        if by_size is not None and by_size[1].startswith(m.group(0)):
            continue
        if m.group("noun") in ("one", "ones") and not m.group("colour") and not m.group("place") or (
                m.group(0).split()[0] in ("his", "her", "its", "their", "my", "our") and m.group("noun") not in ROLES):
            continue  # "make that one blue": a pronoun, read below; "swap their shapes": no object's name
        found = _matches(layout, m, said)
        if found and re.search(r"\b(?:than|(?:left|right|front|top|side|bottom) of|above|below|beside|between|under|to|level with)\s*$|\bbetween\b",
                               clause[: m.start()]):
            continue  # "larger than the square", "left of the square": an anchor, not what the clause changes
        if found:
            many = _one_of_many(layout, m)
            if many and not re.search(r"\b(?:both|all|each|every|them)\b", clause):
                raise NeedsAnswer(_which_of(many, m.group("noun")))
            ids += found
            rest, explicit = rest.replace(m.group(0), " ", 1), True
    for m in _PRONOUN.finditer(rest):
        word = m.group(0)
        if re.search(r"\b(?:than|(?:left|right) of|above|below|beside|between|under|over)\s*$", m.string[: m.start()]):
            continue  # "above both squares", "between them": what the change is placed against
        if ids and word in ("it", "that one", "this one"):  # "move the triangle so it is under the circle": the one named
            rest = rest.replace(word, " ", 1)
            continue
        everyone = [r["id"] for r in layout["regions"]]
        if word == "them" and local and len(local) >= 2:
            ids += local  # "the two on the ends, take them away": what the message named before
        elif word in ("them", "their") and 2 <= len(focus) < len(layout["regions"]):
            ids += focus  # "add two blue squares" then "make them bigger": the two just made
        else:
            ids += everyone if word in ("them", "their", "both", "all of them", "all", "everything", "each", "every one") else (
                focus or (everyone if len(everyone) == 1 else []))
        rest, explicit = rest.replace(word, " ", 1), explicit or word not in ("it", "that one", "this one")
    said = set(rest.split()) | {w[:-1] for w in rest.split() if w.endswith("s")}  # "bigger squares i guess"
    for noun in ({_noun(r) for r in layout["regions"]} | {_role(r) for r in layout["regions"]} - {None}) & said:  # "circle, bottom right"
        if re.search(rf"\b(?:than|(?:left|right) of|above|below|beside|between|under|over)\s+(?:(?:both|all|the|two|of) )*{noun}s?\b", rest):
            continue  # "..., above both squares": what the change is placed against
        if not ids:
            ids += [r["id"] for r in _candidates(layout, noun, None)]
            rest, explicit = re.sub(rf"\b{noun}s?\b", " ", rest, count=1), True
    return list(dict.fromkeys(ids)), " ".join(rest.split()), explicit


def _by_position(layout: dict[str, Any], clause: str, focus: list[str] | None = None) -> list[tuple[list[str], str]]:
    """(ids, the words naming them) for objects a clause names by where they stand in a group: "the two top squares",
    "the two on the very ends" (the first and last along their line), "every circle in the top row"."""
    out = []
    several = re.search(r"\bthe (two|three|four|\d) (top|bottom|left|right)(?:most)? (\w+?)s\b", clause)
    if several:
        pool = [r for r in layout["regions"] if several.group(3) in ("shape", "one", "thing") or _noun(r) == several.group(3)]
        axis, sign = (1 if several.group(2) in ("top", "bottom") else 0), (1 if several.group(2) in ("top", "left") else -1)
        count = int(several.group(1)) if several.group(1).isdigit() else COUNTS[several.group(1)]
        pool.sort(key=lambda r: sign * _centre(r)[axis])
        out.append(([r["id"] for r in pool[:count]], several.group(0)))
    ends = re.search(r"\b(?:the )?(?:two |2 )?(?:ones? )?(?:on|at) (?:the|both) (?:very |far |two )?ends\b|\bboth ends\b|"
                     r"\bthe (?:two |2 )?(?:end|outer|outermost|outside) (?:ones|circles|squares|triangles|shapes)\b", clause)
    if ends and len(layout["regions"]) >= 3:
        axis = _along(layout["regions"])
        along = sorted(layout["regions"], key=lambda r: _centre(r)[axis])
        out.append(([along[0]["id"], along[-1]["id"]], ends.group(0)))
    nth = re.search(r"\bthe (first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:one |circle |square |triangle )?"
                    r"from the (left|right|top|bottom)\b", clause)
    if nth:  # "the 2nd one from the left"
        axis, sign = (0 if nth.group(2) in ("left", "right") else 1), (1 if nth.group(2) in ("left", "top") else -1)
        order = sorted(layout["regions"], key=lambda r: sign * _centre(r)[axis])
        index = ("first", "second", "third", "fourth", "fifth").index(nth.group(1)) if nth.group(1).isalpha() else int(nth.group(1)[0]) - 1
        if index < len(order):
            out.append(([order[index]["id"]], nth.group(0)))
    some = re.search(r"\b(one|two|three|four|five|\d) of (?:them|those|these|the (\w+?)s)\b", clause)
    if some:  # "make two of them blue": the first ones of them
        pool = [r for r in layout["regions"] if not some.group(2) or _noun(r) == some.group(2)]
        count = int(some.group(1)) if some.group(1).isdigit() else COUNTS[some.group(1)]
        out.append(([r["id"] for r in pool[:count]], some.group(0)))
    far = re.search(rf"\bthe (?:({_ANY_COLOUR}) )?(\w+?) (?:at|on|in) the (far |very |extreme )?(top left|top right|bottom left|bottom right|"
                    r"left|right|top|bottom)(?: end| side| edge| corner)?\b", clause)
    if far and (far.group(3) or not re.search(r"\b(?:move|put|place|shift|slide|drag|push|nudge|bring|send|stick|pop|take|go|goes)\b", clause)):
        pool = _candidates(layout, far.group(2), far.group(1))  # "the circle at the far right": one of several, by where it stands
        if len(pool) > 1:
            out.append(([r["id"] for r in _pick_by_place(pool, far.group(4))], far.group(0)))
    out += _by_neighbour(layout, clause, focus or []) + _by_exception(layout, clause, focus or [])
    before = re.search(r"\bthe (?:one|shape|thing|circle|square|triangle) (?:i|you|we) (?:added|made|drew|put in|placed|created) "
                       r"(?:just |right )?before (?:that|it|this)(?: one)?\b", clause)
    made = [n for n in map(_made, focus or []) if n is not None]  # (focus: also what is gone)
    if before and made:  # "the one I added before that": made just before what the last message was about (even if now gone)
        earlier = [r for r in layout["regions"] if _made(r["id"]) is not None and _made(r["id"]) < min(made)]
        out += [([max(earlier, key=lambda r: _made(r["id"]))["id"]], before.group(0))] if earlier else []
    line = re.search(r"\b(?:(?:every|each|all(?: of)?(?: the)?|the) (?:(?:one|circle|square|triangle|shape)s? )?in )?the (top|bottom|middle|center|"
                     r"left|right) (row|column)\b", clause)
    if line and len(layout["regions"]) >= 3:
        out.append((_line_of(layout, line.group(1), line.group(2)), line.group(0)))
    inner = re.search(r"\bthe (first|last|left|right|top|bottom|center|middle)(?:most)? (?:one|circle|square|triangle) (?:of|in) the "
                      r"(top|bottom|left|right|middle|center) (row|column)\b", clause)
    if inner and len(layout["regions"]) >= 3:  # "the middle square of the bottom row"
        row = sorted((r for r in layout["regions"] if r["id"] in _line_of(layout, inner.group(2), inner.group(3))),
                      key=lambda r: _centre(r)[0 if inner.group(3) == "row" else 1])
        at = {"first": 0, "left": 0, "top": 0, "last": -1, "right": -1, "bottom": -1}.get(inner.group(1), len(row) // 2)
        out = [o for o in out if o[1] not in inner.group(0)] + ([([row[at]["id"]], inner.group(0))] if row else [])
    return out


_REST = re.compile(r"\b(?:the rest(?: of them)?|(?:all )?the others|everything else|all the rest|the remaining ones|the other ones)\b")
_EXCEPTION = (r"(?P<but>\b(?:except(?: for)?|but(?: not)?|apart from|other than|save for|besides|excluding)\s+"
              rf"(?P<x>the (?:(?:{_ANY_COLOUR}|striped|solid|big|small|left|right|top|bottom|middle) )?(?:one|circle|square|triangle)s?|it)\b)")
_ALL = r"(?P<all>\b(?:everything|everyone|all(?: of them| the (?:shapes|objects|others))?|every (?:shape|one|thing)|each one|them all)(?: else)?)"


def _by_exception(layout: dict[str, Any], clause: str, focus: list[str]) -> list[tuple[list[str], str]]:
    """ "the rest" (all but what the clause before was about), "everything except the red one", "all of them green but the triangle"."""
    rest = _REST.search(clause)
    if rest and focus and not re.search(r"\b(?:than|from|as|like)\s*$", clause[: rest.start()]):  # "bigger than the others": a measure
        return [([r["id"] for r in layout["regions"] if r["id"] not in focus], rest.group(0))]
    found = re.search(rf"{_ALL}\s*,?\s*{_EXCEPTION}", clause) or re.search(rf"{_ALL}\b(?:(?!\bthe\b).)*?\s*,?\s*{_EXCEPTION}\s*$", clause)
    if not found:
        return []
    ids, _, _ = _references(layout, found.group("x"), focus)
    others = [r["id"] for r in layout["regions"] if r["id"] not in ids]
    if not ids or not others:
        return []
    return [(others, found.group("all")), (others, found.group("but"))]  # the words of both parts go from the clause


_NEIGHBOUR = re.compile(rf"\bthe (?:({_ANY_COLOUR}) )?(one|circle|square|triangle) (beside|near|closest to|nearest(?: to)?|left of|right of|"
                        rf"above|below) (it|the (?:(?:{_ANY_COLOUR}) )?\w+)")


def _by_neighbour(layout: dict[str, Any], clause: str, focus: list[str]) -> list[tuple[list[str], str]]:
    """ "the one next to the triangle", "the square under the circle": of the objects that fit, the nearest one on that side of
    the object named (only where the words alone would not say which: "move the square next to the triangle" moves it)."""
    found = _NEIGHBOUR.search(clause)
    if not found:
        return []
    pool = _candidates(layout, found.group(2), found.group(1))
    anchors = [r for r in layout["regions"] if r["id"] in focus] if found.group(4) == "it" else _candidates(
        layout, found.group(4).split()[-1], next((c for c in COLOURS if c in found.group(4).split()), None))  # "the square beside it"
    if len(anchors) != 1 or (found.group(2) != "one" and len(pool) < 2):
        return []
    (ax, ay), side = _centre(anchors[0]), {"left of": (-1, 0), "right of": (1, 0), "above": (0, -1), "below": (0, 1)}.get(found.group(3))
    pool = [r for r in pool if r is not anchors[0] and (side is None or (_centre(r)[0] - ax) * side[0] + (_centre(r)[1] - ay) * side[1] > 0.05)]
    if not pool:
        return []
    nearest = min(pool, key=lambda r: math.dist(_centre(r), (ax, ay)))
    return [([nearest["id"]], found.group(0))]


def _line_of(layout: dict[str, Any], which: str, kind: str) -> list[str]:
    """The ids of the objects in the top / middle / bottom row (or left / middle / right column) they stand in."""
    axis = 1 if kind == "row" else 0
    lines: list[list[dict[str, Any]]] = []
    for region in sorted(layout["regions"], key=lambda r: _centre(r)[axis]):
        if lines and abs(_centre(region)[axis] - _centre(lines[-1][-1])[axis]) <= 0.1:
            lines[-1].append(region)
        else:
            lines.append([region])
    pick = {"top": 0, "left": 0, "bottom": -1, "right": -1}.get(which, len(lines) // 2)
    return [r["id"] for r in lines[pick]] if len(lines) > 1 else []


_SIZE_REFERENCE = re.compile(r"\bthe (bigger|larger|biggest|largest|big|large|huge|smaller|smallest|small|little|tiny)"
                             r"(?: (circle|square|triangle|one|shape))?\b")


def _by_size(layout: dict[str, Any], clause: str) -> tuple[str, str] | None:
    """(id, words) of the object a clause names by its size ("the bigger one", "the small circle"): of the objects of that
    kind, the largest or the smallest box, when it is clearly so; None when the clause names none that way ("make the
    square the bigger one" says what it should become)."""
    found = _SIZE_REFERENCE.search(clause)
    if not found or re.search(r"\b(?:is|be|becomes|become|as|s|than)\s*$", clause[: found.start()]):
        return None
    noun = found.group(2) if found.group(2) in SHAPE_NOUNS else None
    sized = sorted(((r["bbox"][2] - r["bbox"][0]) * (r["bbox"][3] - r["bbox"][1]), i, r) for i, r in enumerate(layout["regions"])
                   if noun in (None, _noun(r)))
    if len(sized) < 2:
        return None
    area, pool = [a for a, _, _ in sized], [r for _, _, r in sized]
    big = found.group(1) in ("bigger", "larger", "biggest", "largest", "big", "large", "huge")
    if (area[-1] < 1.2 * area[-2]) if big else (area[1] < 1.2 * area[0]):
        return None  # no clear winner: the reference is left to the other readings
    return (pool[-1] if big else pool[0])["id"], found.group(0)


def _clauses(layout: dict[str, Any], text: str, focus: list[str]) -> list[Clause]:
    """The message's clauses, each with what it is about (carried to the next clause that names nothing) and what it asks."""
    out, carried = [], focus
    but = "" if re.search(_ALL + r"\b.*\bbut\b", text) else r"|\bbut\b"  # "all of them green but the triangle": one clause
    for part in re.split(rf"\s*(?:,|;|\band\b|\bthen\b{but})\s*", text):
        if not part.strip():
            continue
        ids, ops, explicit = _references(layout, part, carried, out[-1].targets if out and out[-1].explicit else None)
        if not ids and out and not explicit:
            ids = out[-1].targets
        if not ids and not out and not explicit and focus and _recognised(ops.split(), ops):  # "a bit smaller please": what was just edited
            ids = [f for f in focus if any(r["id"] == f for r in layout["regions"])]
        out.append(Clause(ids, ops, explicit))
        carried = ids or carried
    return out


def _without_context(clauses: list[Clause]) -> list[Clause]:
    """The clauses that ask for something: a change said before what it is about is joined to it ("bigger, both of them"),
    and words before the first named object that neither name one nor start with a verb are context ("our brand colour is
    closer to purple than to blue, so could you change the circle to purple")."""
    for first, second in zip(clauses, clauses[1:], strict=False):  # "bigger, both of them": the change, then what it is about
        if not first.targets and _recognised(first.ops.split(), first.ops) and second.targets and not _recognised(second.ops.split(), second.ops):
            first.targets, second.targets, second.explicit = second.targets, [], False
    named = next((k for k, c in enumerate(clauses) if c.targets and c.explicit), None)
    if not named:
        return clauses
    return [c for k, c in enumerate(clauses) if k >= named or c.targets or c.ops.split()[:1] and c.ops.split()[0] in (*EDIT_VERBS, *GROW, *SHRINK)]


# -- what a clause does ------------------------------------------------------------------------------------------------

#: Words that ask for a change without saying which: the request needs an answer.
VAGUE = ("better", "nicer", "pop", "prettier", "cooler", "different", "interesting", "good", "fix")


def _apply(layout: dict[str, Any], clause: Clause) -> list[str]:
    """Carry out one clause on its regions; the ids it changed."""
    plain = re.sub(rf"\b((?:beside|left of|right of|above|below|between|than|near|&) the) (?:{_ANY_COLOUR}) ", r"\1 ", clause.ops)
    words = plain.split()  # "next to the red square": no colour for what moves
    acts = _recognised(words, plain)
    if not acts:
        if "shape" in words:  # "can you change the shape"
            raise NeedsAnswer(f"Which shape should {_names(layout, clause.targets) or 'it'} be: a circle, a square or a triangle?")
        if any(w in VAGUE for w in words) or any(w in ("make", "change", "do") for w in words) and not clause.targets:
            raise Vague(_ask_what(layout, clause))
        if any(w in ("move", "put", "place", "shift", "drag") for w in words):
            raise NeedsAnswer(f"Where should {_names(layout, clause.targets) or 'it'} go? e.g. 'to the top right', 'to the left', 'in the middle'.")
        if any(w in ("colour", "color", "recolour", "recolor", "paint") for w in words):
            raise NeedsAnswer(f"Which colour should {_names(layout, clause.targets) or 'it'} be? I know {', '.join(COLOURS[:6])}.")
        return []
    targets = clause.targets or _only(layout, acts)
    if "remove" in acts:
        layout["regions"] = [r for r in layout["regions"] if r["id"] not in targets]
        return targets
    regions = [r for r in layout["regions"] if r["id"] in targets]
    _restyle(regions, words, plain)
    _resize(layout, regions, clause.ops)
    if len(regions) > 1 and len(regions) == len(layout["regions"]) and _move_group(regions, clause.ops):
        return targets
    _move(layout, regions, clause.ops)
    return targets


def _named_order(text: str, regions: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The regions in the order a list names them ("...: ball first, then the box, then the triangle"), when it names each
    one apart from the others (by its shape or its colour); else None."""
    if not re.search(r"\bthen\b|\bfirst\b|:", text):
        return None
    tail = text[text.index(":") + 1:] if ":" in text else text
    spots = []
    for region in regions:
        words = [_noun(region), *(w for w in region.get("low_level", "").split(", ") if w in COLOURS)]
        hits = [m.start() for w in words if sum(w in (_noun(r), *r.get("low_level", "").split(", ")) for r in regions) == 1
                for m in re.finditer(rf"\b{w}s?\b", tail)]
        spots.append(min(hits) if hits else None)
    if None in spots or len(set(spots)) != len(spots):
        return None
    return [r for _, r in sorted(zip(spots, regions, strict=True), key=lambda pair: pair[0])]


def _move_group(regions: list[dict[str, Any]], ops: str) -> bool:
    """Everything moved to a place ("move the whole thing into the bottom half"): the group keeps its arrangement and goes
    there as one, shrunk if it does not fit; True when it moved."""
    words = ops.split()
    vertical = next((w for w in words if w in ("top", "bottom")), None)
    horizontal = next((w for w in words if w in ("left", "right") and f"{w} of" not in ops), None)
    centred = "center" in words and not (vertical or horizontal)  # "centre the whole column": as it is, in the middle
    if not (vertical or horizontal or centred) or re.search(r"\b(?:left of|right of|above|below|beside)\b", ops):
        return False
    x0, y0 = min(r["bbox"][0] for r in regions), min(r["bbox"][1] for r in regions)
    x1, y1 = max(r["bbox"][2] for r in regions), max(r["bbox"][3] for r in regions)
    ax0, ay0, ax1, ay1 = (0.0, 0.0, 1.0, 1.0) if centred else AREAS.get((vertical, horizontal)) or AREAS[
        (vertical, None) if vertical else (None, horizontal)]
    if not vertical and not centred:  # only a side named: keep the height where it is
        ay0, ay1 = y0, y1
    if not horizontal and not centred:
        ax0, ax1 = x0, x1
    scale = min(1.0, 0.96 * (ax1 - ax0) / (x1 - x0), 0.96 * (ay1 - ay0) / (y1 - y0))
    cx, cy, tx, ty = (x0 + x1) / 2, (y0 + y1) / 2, (ax0 + ax1) / 2, (ay0 + ay1) / 2
    for r in regions:
        b = r["bbox"]
        r["bbox"] = [round(t + (v - c) * scale, 4) for v, c, t in zip(b, (cx, cy, cx, cy), (tx, ty, tx, ty), strict=True)]
    return True


def _recognised(words: list[str], ops: str) -> set[str]:
    acts = set()
    if re.search(r"\b(?:remove|delete|drop|erase|rid|away|lose|empty|vacate)\b", ops) and "striped" not in words:
        acts.add("remove")
    if any(w in COLOURS for w in words) or "striped" in words or re.search(r"\b(?:solid|plain)\b", ops):
        acts.add("style")
    if re.search(rf"\b(?:into|to|a|an|shape|change|make|be|become|becomes|is|(?<!left )(?<!right )of)\s+(?:(?:a|an|{_ANY_COLOUR}|striped|solid) )*"
                 r"(?:circle|square|triangle)s?\b", ops) or any(
            w in (*GROW, *SHRINK, *SIZES, "fill", "huge", "twice", "double", "doubled", "half", "halve", "halved", "biggest", "largest",
                  "smallest", "tiniest") for w in words):
        acts.add("size_or_shape")
    if any(w in PLACE_WORDS or w in DIRECTIONS for w in words) or re.search(
            r"\b(?:left|right) of\b|\b(?:above|below|beside|between|betweenthem|level with)\b", ops):
        acts.add("move")
    return acts


def _only(layout: dict[str, Any], acts: set[str]) -> list[str]:
    """The object a change without a named object is about: the only one, else a question."""
    if len(layout["regions"]) == 1:
        return [layout["regions"][0]["id"]]
    names = " or ".join(f"the {region_phrase(r).split(' ', 1)[1]}" for r in layout["regions"][:4])
    raise NeedsAnswer(f"Which one: {names}?")


def _names(layout: dict[str, Any], ids: list[str]) -> str:
    return " and ".join(f"the {region_phrase(r).split(' ', 1)[1]}" for r in layout["regions"] if r["id"] in ids)


def _ask_what(layout: dict[str, Any], clause: Clause) -> str:
    about = _names(layout, clause.targets) or "the picture"
    return (f"What should change about {about}? Say it in concrete terms, e.g. 'make the circle green', 'make the square bigger', "
            "'move the triangle to the left', 'give it stripes', or 'redo the circle' for another try.")


def _restyle(regions: list[dict[str, Any]], words: list[str], ops: str) -> None:
    colour = next((w for w in words if w in COLOURS), None)
    stripes = None if "striped" not in words and not re.search(r"\b(?:solid|plain)\b", ops) else (
        "solid" if re.search(r"\b(?:no|without|off|not|remove|take|solid|plain|go|gone|away|lose|drop|ditch|rid)\b", ops) else "striped")
    shape = re.search(rf"\b(?:into|to|a|an|shape|change|make|be|become|becomes|is|(?<!left )(?<!right )of)\s+"
                      rf"(?:(?:a|an|{_ANY_COLOUR}|striped|solid) )*(circle|square|triangle)s?\b", ops)  # "change it to a navy square"
    for region in regions:
        low = [w.strip() for w in region.get("low_level", "").split(",") if w.strip() and not w.strip().startswith("clearly")]
        if colour:
            low = [colour, *(w for w in low if w not in COLOURS)]
        if stripes:
            low = [w for w in low if w != "striped"] + (["striped"] if stripes == "striped" else [])
        region["low_level"] = ", ".join(dict.fromkeys(low))
        if shape and shape.group(1) != _noun(region):
            region["high_level"] = f"a {shape.group(1)}"


def _resize(layout: dict[str, Any], regions: list[dict[str, Any]], ops: str) -> None:
    ops = re.sub(r"\bthe (?:bigger|larger|biggest|largest)(?: one)?\b", "bigger than the others", ops)  # "so the square is the bigger one"
    ops = re.sub(r"\bthe (?:smaller|smallest|tiniest)(?: one)?\b", "smaller than the others", ops)
    than = re.search(r"\b(bigger|larger|smaller) than\b(.*)", ops)
    everyone_else = bool(than) and bool(re.search(r"\b(?:others?|rest|everything else|other (?:two|three|ones|shapes))\b", than.group(2)))
    for region in regions:
        x0, y0, x1, y1 = region["bbox"]
        side = max(x1 - x0, y1 - y0)
        if than:
            others = [r for r in layout["regions"] if r is not region and (everyone_else or _noun(r) in than.group(2) or any(
                c in than.group(2) for c in COLOURS if c in r.get("low_level", "")))]
            others.sort(key=lambda r: -max(r["bbox"][2] - r["bbox"][0], r["bbox"][3] - r["bbox"][1]))  # larger than the largest of them
            if others:
                other = max(others[0]["bbox"][2] - others[0]["bbox"][0], others[0]["bbox"][3] - others[0]["bbox"][1])
                side = other * (1.35 if than.group(1) != "smaller" else 0.7)
        elif re.search(r"\b(?:fill|huge|giant|enormous)\b", ops):
            side = 0.8
        elif re.search(r"\bhalf (?:the|its|their) (?:current )?size\b|\bhalf as (?:big|large)\b|\bhalved?\b", ops):
            side *= 0.7  # half the area
        elif re.search(r"\b(?:twice|double) (?:the|its|their) (?:current )?size\b|\btwice as (?:big|large)\b|\bdoubled?\b", ops):
            side *= 1.4
        elif any(w in ops.split() for w in GROW):
            side *= 1.15 if re.search(r"\b(?:bit|slightly|little)\b", ops) else 1.6 if re.search(LOT, ops) else 1.35
        elif any(w in ops.split() for w in SHRINK):
            side *= 0.85 if re.search(r"\b(?:bit|slightly|little)\b", ops) else 0.55 if re.search(LOT, ops) else 0.7
        elif any(w in SIZES for w in ops.split()):
            side = SIZES[next(w for w in ops.split() if w in SIZES)]
        else:
            continue
        region["bbox"] = square_box((x0 + x1) / 2, (y0 + y1) / 2, min(0.95, max(0.1, side)))


#: "a lot bigger", "shrink it quite a lot", "much smaller": a larger step
LOT = r"\b(?:a lot|lots|much|way|loads|considerably|significantly|drastically|a great deal|heaps)\b"


def _move(layout: dict[str, Any], regions: list[dict[str, Any]], ops: str) -> None:
    words = ops.split()
    vertical = next((w for w in words if w in ("top", "bottom")), None)
    horizontal = next((w for w in words if w in ("left", "right") and f"{w} of" not in ops), None)
    center = "center" in words
    relation = re.search(r"\b(left of|right of|above|below|beside|level with)\b", ops)
    if len(regions) == 1 and re.search(r"\bbetween(?:them)?\b", ops) and _move_between(layout, regions[0], ops):
        return
    for i, region in enumerate(regions):
        x0, y0, x1, y1 = region["bbox"]
        side = max(x1 - x0, y1 - y0)
        if relation:
            others = _placed_against(layout, region, regions, ops.split(relation.group(1), 1)[1])
            if others and relation.group(1) == "level with":  # "down so it's level with the box": at its height, on its own side
                around = _bounds([r["bbox"] for r in others])
                cx = {"left": 0.25, "right": 0.75}.get(horizontal or "", (x0 + x1) / 2)
                region["bbox"] = square_box(cx, (around[1] + around[3]) / 2, side)
            elif others:
                region["bbox"] = _beside(_bounds([r["bbox"] for r in others]), relation.group(1), side)
            continue
        if vertical or horizontal or center:
            key = (vertical or ("center" if center and not horizontal else None), horizontal)
            area = AREAS.get(key) or AREAS.get((vertical, None)) or AREAS.get((None, horizontal)) or AREAS[("center", None)]
            cells = split_area(area, len(regions)) if len(regions) > 1 else [area]
            cx, cy = (cells[i][0] + cells[i][2]) / 2, (cells[i][1] + cells[i][3]) / 2
            keep_x, keep_y = vertical and not horizontal and not center, horizontal and not vertical and not center
            region["bbox"] = square_box((x0 + x1) / 2 if keep_x else cx, (y0 + y1) / 2 if keep_y else cy, side)
            if len(regions) == 1:
                _trade_places(layout, region, [x0, y0, x1, y1])
            continue
        direction = next((DIRECTIONS[w] for w in words if w in DIRECTIONS), None)
        if direction:
            region["bbox"] = square_box((x0 + x1) / 2 + 0.25 * direction[0], (y0 + y1) / 2 + 0.25 * direction[1], side)


def _placed_against(layout: dict[str, Any], region: dict[str, Any], moving: list[dict[str, Any]], tail: str) -> list[dict[str, Any]]:
    """The objects the words after a relation name ("next to the red square", "above both squares", "left of the middle one")."""
    named = [c for c in COLOURS if re.search(rf"\b{c}\b", tail)]  # "next to the red square": that one
    others = [r for r in layout["regions"] if r is not region and _noun(r) in tail and (not named or any(
        c in r.get("low_level", "") for c in named))]
    everyone = re.search(r"\b(?:both|them|all|each|everything|the others?|the rest)\b", tail)
    if not others and not everyone:
        others = [r for r in layout["regions"] if r is not region and r["id"] in _anchor_ids(layout, tail)]  # "the middle one"
    if everyone:  # "above both squares": beside them all
        others = [r for r in layout["regions"] if r not in moving and (not others or r in others)]
    return others


def _anchor_ids(layout: dict[str, Any], words: str) -> list[str]:
    """The objects a relation is placed against when no noun names them ("left of the middle one"); none when unclear."""
    try:
        ids, _, _ = _references(layout, words, [])
    except NeedsAnswer:
        return []
    return ids


def _trade_places(layout: dict[str, Any], region: dict[str, Any], old: list[float]) -> None:
    """ "put the square on the left" where the circle stands: the circle takes the square's old place (when that is free), so
    no two objects end up on top of each other."""
    def covered(a: list[float], b: list[float]) -> float:
        return overlap(a, b) / min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    hit = [r for r in layout["regions"] if r is not region and covered(r["bbox"], region["bbox"]) > 0.3]
    if len(hit) != 1 or covered(old, region["bbox"]) > 0.3:
        return
    (x0, y0, x1, y1), (a0, b0, a1, b1) = hit[0]["bbox"], old
    moved = square_box((a0 + a1) / 2, (b0 + b1) / 2, max(x1 - x0, y1 - y0))
    if not any(covered(r["bbox"], moved) > 0.3 for r in layout["regions"] if r is not hit[0] and r is not region):
        hit[0]["bbox"] = moved


def _move_between(layout: dict[str, Any], region: dict[str, Any], ops: str) -> bool:
    """ "move the triangle between the other two" / "between the circle and the square": in a line, the objects trade
    places so that it is the middle one; otherwise it goes to the point between the two. False when the two are unclear."""
    others = [r for r in layout["regions"] if r is not region]
    named = ops.split("between", 1)[1]
    if len(others) > 2:
        others = [r for r in others if _noun(r) in named or any(c in named for c in COLOURS if c in r.get("low_level", ""))]
    if len(others) != 2:
        return False
    trio = [*others, region]
    centres = [_centre(r) for r in trio]
    axis = 0 if abs(centres[0][0] - centres[1][0]) >= abs(centres[0][1] - centres[1][1]) else 1
    slots = sorted(c[axis] for c in centres)
    lined_up = max(abs(c[1 - axis] - centres[0][1 - axis]) for c in centres) < 0.1
    if lined_up:  # the slots stay where they are; the two keep their order at the ends, the region takes the middle
        first, last = sorted(others, key=lambda r: _centre(r)[axis])
        for r, at in ((first, slots[0]), (region, slots[1]), (last, slots[2])):
            cx, cy = _centre(r)
            side = r["bbox"][2] - r["bbox"][0]
            r["bbox"] = square_box(at if axis == 0 else cx, at if axis == 1 else cy, side)
        return True
    (ax, ay), (bx, by) = centres[0], centres[1]
    side = min(region["bbox"][2] - region["bbox"][0], max(0.1, 0.8 * max(abs(ax - bx), abs(ay - by)) - 0.02))
    box = square_box((ax + bx) / 2, (ay + by) / 2, side)
    region["bbox"] = _fit_between(box, [r["bbox"] for r in others]) or box
    return True


def _beside(box: list[float], relation: str, side: float, gap: float = 0.04) -> list[float]:
    dx, dy = {"left of": (-1, 0), "right of": (1, 0), "above": (0, -1), "below": (0, 1), "beside": (1, 0)}[relation]
    x0, y0, x1, y1 = box
    return square_box((x0 + x1) / 2 + dx * ((x1 - x0) / 2 + gap + side / 2), (y0 + y1) / 2 + dy * ((y1 - y0) / 2 + gap + side / 2), side)


# -- whole-layout requests ---------------------------------------------------------------------------------------------


def _mirror(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "mirror the composition horizontally", "flip everything upside down": every box (or those named) reflected across
    the middle of the canvas; a flip with no direction and no two objects to exchange is left to right."""
    found = re.search(r"\b(?:flip|mirror|mirrored|reflect)\b", text)
    if not found or re.search(r"\b(?:shapes?|colou?rs?|sizes?|textures?|stripes|places?|positions?)\b", text):
        return None
    across = re.search(r"\b(?:horizontally|left to right|right to left|left right|side to side|sideways|across|in order lr|in order rl|"
                       r"in a row)\b", text)
    down = re.search(r"\b(?:vertically|top to bottom|bottom to top|upside down|up and down|in order tb|in order bt|in a column)\b", text)
    named, _, _ = _references(layout, text, [])
    if not (across or down or "mirror" in found.group(0)) and (len(named) == 2 or len(layout["regions"]) == 2):
        return None  # "flip the circle and the square": an exchange of places
    regions = [r for r in layout["regions"] if r["id"] in named] if named and len(named) < len(layout["regions"]) else layout["regions"]
    for region in regions:
        x0, y0, x1, y1 = region["bbox"]
        if across or not down:
            x0, x1 = round(1 - x1, 4), round(1 - x0, 4)
        if down:
            y0, y1 = round(1 - y1, 4), round(1 - y0, 4)
        region["bbox"] = [x0, y0, x1, y1]
    return [r["id"] for r in regions]


def _reorder(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "reorder them so it reads triangle, square, circle": the objects named take the places they hold along their line
    in the order given."""
    found = re.search(r"\b(?:re ?order|re ?arrange|order|sort|arrange|swap|switch|shuffle|change)\b.*?\b(?:so (?:that )?(?:it|they|the order) "
                      r"(?:reads?|goes|go|is|are)|to read|to go|into the order|in the order|order(?: to)?|as)\s*:?\s+(.+)$", text)
    if not found:
        return None
    listed = re.sub(r"\bin order \w+\b|\b(?:from|along|across|down|up)\b.*$", " ", found.group(1))
    items = [i.strip() for i in re.split(r"\s*(?:,|\bthen\b|\band\b|\bnext\b)\s*", listed) if i.strip()]
    items = [f"{i} one" if i.split()[-1] in COLOURS else i for i in items]  # "blue, red, green": the blue one, ...
    try:
        picked = [_references(layout, i if i.startswith("the ") else f"the {i}", [])[0] for i in items]
    except NeedsAnswer:
        return None
    if len(picked) < 2 or any(len(ids) != 1 for ids in picked) or len({ids[0] for ids in picked}) != len(picked):
        return None
    regions = [next(r for r in layout["regions"] if r["id"] == ids[0]) for ids in picked]
    axis = _along(regions)
    slots = sorted((_centre(r) for r in regions), key=lambda c: c[axis])
    for region, (cx, cy) in zip(regions, slots, strict=True):
        region["bbox"] = _centred_at(region["bbox"], cx, cy)
    return [r["id"] for r in regions]


def _swap(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    if not re.search(r"\b(?:swap|switch|exchange|trade|flip|reverse)\b", text) or (
            "background" in text and not re.search(r"\b(?:and|with)\b", text)) or (
            re.search(r"\b(?:switch|flip|exchange|trade) (?:the |it |that )?\w* ?(?:to|into)\b", text) and not re.search(r"\b(?:and|with)\b", text)):
        return None  # "switch the background to black" is a change, not a swap
    if re.search(r"\b(?:two|a couple|a pair|2) of (?:them|those|these|the \w+s)\b|\bany two\b", text) and len(layout["regions"]) > 2:
        raise NeedsAnswer("Which two should swap? e.g. 'the top one and the bottom one'.")
    named, _, _ = _references(layout, _PRONOUN.sub(" ", text), [])  # "swap them around" + "the red and the blue": the two named
    ids, _, _ = (named, "", True) if len(named) == 2 else _references(layout, text, focus or [])
    ids = ids if len(ids) == 2 else [r["id"] for r in layout["regions"]] if len(layout["regions"]) == 2 else []
    if len(ids) != 2:
        raise NeedsAnswer("Which two should swap places? e.g. 'swap the circle and the square'.")
    a, b = (next(r for r in layout["regions"] if r["id"] == i) for i in ids)
    if re.search(r"\bsizes?\b|\bthe (?:big|bigger|large|larger|small|smaller|little) one\b", text):  # "swap their sizes", "flip it so
        # the circle is the big one": each keeps its place and takes the other's size
        sa, sb = (max(r["bbox"][2] - r["bbox"][0], r["bbox"][3] - r["bbox"][1]) for r in (a, b))
        for region, side in ((a, sb), (b, sa)):
            region["bbox"] = square_box((region["bbox"][0] + region["bbox"][2]) / 2, (region["bbox"][1] + region["bbox"][3]) / 2, side)
        return ids
    if re.search(r"\btheir shape\b", text):  # "swap the shapes": each keeps its place, size and colour
        a["high_level"], b["high_level"] = b["high_level"], a["high_level"]
        return ids
    if re.search(r"\b(?:textures?|stripes|patterns?)\b", text):  # "switch the textures"
        ta, tb = ("striped" in r.get("low_level", "") for r in (a, b))
        for region, striped in ((a, tb), (b, ta)):
            low = [w for w in region.get("low_level", "").split(", ") if w and w != "striped"]
            region["low_level"] = ", ".join([*low, "striped"] if striped else low)
        return ids
    if re.search(r"\bcolou?rs?\b", text) and not re.search(r"\b(?:places?|positions?|sides?|spots?)\b", text):  # "swap their colours"
        ca, cb = ([w for w in r.get("low_level", "").split(", ") if w in COLOURS][:1] for r in (a, b))
        for region, old, new in ((a, ca, cb), (b, cb, ca)):
            rest = [w for w in region.get("low_level", "").split(", ") if w and w not in old]
            region["low_level"] = ", ".join([*new, *rest])
        return ids
    (ax, ay), (bx, by) = _centre(a), _centre(b)  # swapped places: each keeps its own size
    a["bbox"], b["bbox"] = _centred_at(a["bbox"], bx, by), _centred_at(b["bbox"], ax, ay)
    return ids


def _centred_at(box: list[float], cx: float, cy: float) -> list[float]:
    """``box``'s width and height about the centre (cx, cy), moved back inside the canvas if it would stick out."""
    w, h = box[2] - box[0], box[3] - box[1]
    x0, y0 = min(max(cx - w / 2, 0.0), 1.0 - w), min(max(cy - h / 2, 0.0), 1.0 - h)
    return [round(x0, 4), round(y0, 4), round(x0 + w, 4), round(y0 + h, 4)]


def _replace(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "replace the yellow square with a yellow circle", "swap out the circle for a red triangle": the new object
    takes the old one's box."""
    found = re.search(r"\b(?:replace|swap out|swap|switch|exchange|substitute|trade) (.+?) (?:with|by|for) ((?:a|an|one|two|three|\d+) .+)$", text)
    if not found or re.search(r"\btheir shape\b", found.group(1)):  # "swap the shapes: a red square with ...": a swap
        return None
    ids, _, _ = _references(layout, found.group(1), focus or [])
    if not ids:
        raise NeedsAnswer(f"Which object should I replace? The layout has {', '.join(r['id'] for r in layout['regions'])}.")
    new = plan(found.group(2), width=layout["canvas"]["width"], height=layout["canvas"]["height"])["regions"]
    if not new:
        raise NeedsAnswer("What should take its place? e.g. 'replace the square with a red circle'.")
    old = [r for r in layout["regions"] if r["id"] in ids]
    existing = {r["id"] for r in layout["regions"]} - set(ids)
    for region, gone in zip(new, old, strict=False):
        region["bbox"] = list(gone["bbox"])
        if not any(w in COLOURS for w in region.get("low_level", "").split(", ")):  # "replace the square with a circle": its colour stays
            region["low_level"] = gone.get("low_level", "")
        region["id"] = _fresh_id(_role(gone) or _stem(region), existing)  # "swap his head for a square": still his head
    at = layout["regions"].index(old[0])
    kept = [r for r in layout["regions"] if r["id"] not in ids]
    layout["regions"] = kept[:at] + new[: len(old)] + kept[at:]
    return [r["id"] for r in new[: len(old)]]


def _remove_some(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "drop two of them", "remove 2 of the circles", "lose one of the squares": the last ones named go."""
    found = re.search(rf"\b(?:{_REMOVE_VERBS}|take|knock off) (one|two|three|four|five|\d+) "
                      r"(?:of (?:them|those|these|the (\w+?)s?\b)|(?:of )?the (\w+?)s\b|(circle|square|triangle)s?\b)", text)
    bare = found and re.match(r"(?:take|knock off) (?:one|two|three|four|five|\d)", found.group(0))
    if not found or (bare and not re.match(r"\s*(?:away|out|off)\b", text[found.end():])):
        return None  # "take one triangle away", not "take one circle and make it red"
    noun = found.group(2) or found.group(3) or found.group(4)
    pool = [r for r in layout["regions"] if not noun or noun in ("shape", "object", "thing") or _noun(r) == noun]
    count = int(found.group(1)) if found.group(1).isdigit() else COUNTS[found.group(1)]
    if count >= len(pool):
        raise NeedsAnswer(f"There are only {len(pool)}; say which to keep, or 'remove all of them'.")
    gone = {r["id"] for r in pool[-count:]}
    layout["regions"] = [r for r in layout["regions"] if r["id"] not in gone]
    return [r["id"] for r in pool[:-count]]


def _recount(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "make it four squares, not three", "I want five circles": as many of that kind as asked, spaced along their row or
    column (new ones like the last)."""
    number = r"(one|two|three|four|five|six|seven|eight|[1-8])"
    found = re.search(rf"\b(?:make (?:it|that|them|this)|i want|change (?:it|that|them) to|there should be|let us have|we need|have|"
                      rf"actually) {number} (circle|square|triangle)s?\b", text)
    instead = re.search(rf"(?:^|[,;:]|\b(?:just|only|make it|maybe)\s)\s*{number} (?:(circle|square|triangle)s? )?"
                        rf"(?:instead of|not|rather than) {number}\b", text)  # "three instead of five"
    kinds_here = sorted({_noun(r) for r in layout["regions"]})
    bare = re.search(rf"\bmake (?:it|that|them|this) {number}(?=\s*(?:$|,|;|instead|please|then|now|total|in total))", text)
    if bare and not found and len(kinds_here) == 1:  # "oops, make that five": of the one kind there is
        found = re.search(rf"({bare.group(1)}) ({kinds_here[0]})", f"{bare.group(1)} {kinds_here[0]}")
    fewer = re.search(rf"\btoo (?:many|few)\b.*?\b(?:just|only|make it|keep|maybe|try) {number}\b|"
                      rf"\b(?:just|only) {number} (?:of them|please|is enough|are enough|will do)\b|"
                      rf"\btoo (?:many|few)\b.*?\b{number} (?:s |is |are )?(?:plenty|enough|fine|will do)\b", text)
    if fewer and not found and not instead:  # "too many, just 2": of the kind there is more of than that (or the only kind)
        count = next(int(w) if w.isdigit() else COUNTS[w] for w in fewer.groups() if w)
        kinds = sorted({_noun(r) for r in layout["regions"]})
        many = [n for n in kinds if sum(_noun(r) == n for r in layout["regions"]) > 1]
        said = [n for n in kinds if re.search(rf"\b{n}s?\b", text)]  # "too many circles, two's plenty"
        many = said if len(said) == 1 else many
        if len(kinds) > 1 and len(many) != 1:
            raise NeedsAnswer(f"{fewer.group(0).split()[-1].capitalize()} of which: {', '.join(kinds)}?")
        noun = (many or kinds)[0]
    elif not found and not instead:
        return None
    elif found:
        noun, count = found.group(2), int(found.group(1)) if found.group(1).isdigit() else COUNTS[found.group(1)]
    else:
        count, was = (int(w) if w.isdigit() else COUNTS[w] for w in (instead.group(1), instead.group(3)))
        kinds = [n for n in SHAPE_NOUNS if sum(_noun(r) == n for r in layout["regions"]) == was] or list({_noun(r) for r in layout["regions"]})
        noun = instead.group(2) or (kinds[0] if len(kinds) == 1 else None)
        if noun is None:
            raise NeedsAnswer(f"{instead.group(1).capitalize()} of which: {', '.join(sorted({_noun(r) for r in layout['regions']}))}?")
    pool = [r for r in layout["regions"] if _noun(r) == noun]
    if not pool or count == len(pool):
        return None
    if len(layout["regions"]) - len(pool) + count > MAX_REGIONS:
        raise NeedsAnswer(f"A layout holds at most {MAX_REGIONS} objects.")
    if count < len(pool):
        gone = {r["id"] for r in pool[count:]}
        layout["regions"] = [r for r in layout["regions"] if r["id"] not in gone]
        return [r["id"] for r in pool[:count]]
    existing = {r["id"] for r in layout["regions"]}
    for _ in range(count - len(pool)):
        twin = copy.deepcopy(pool[-1])
        twin["id"] = _fresh_id(noun, existing)
        layout["regions"].insert(layout["regions"].index(pool[-1]) + 1, twin)
        pool.append(twin)
    x0, y0 = min(r["bbox"][0] for r in pool), min(r["bbox"][1] for r in pool)
    x1, y1 = max(r["bbox"][2] for r in pool), max(r["bbox"][3] for r in pool)
    row = (x1 - x0) >= (y1 - y0)
    band = (0.0, y0, 1.0, y1) if row else (x0, 0.0, x1, 1.0)
    side = max(r["bbox"][2] - r["bbox"][0] for r in pool)
    for region, cell in zip(sorted(pool, key=lambda r: _centre(r)[0 if row else 1]), split_area(band, count, "row" if row else "column"),
                            strict=True):
        region["bbox"] = fit_box(cell, side)
    return [r["id"] for r in pool]


def _rearrange(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "lay them out horizontally instead", "stack them in a column": the objects (all, or those named) in a row or
    column across the middle, in the order they had along their old line, each keeping its size."""
    found = re.search(r"\bin a (row|column)\b|\bin order (lr|rl|tb|bt|dtl|dtr|dbl|dbr)\b|\bin (?:a |an? )?(?:\dx\d )?(grid)\b", text)
    if not found or _ADD.search(text) or len(layout["regions"]) < 2:
        return None
    named, _, _ = _references(layout, text, focus or [])
    said = _named_order(text, layout["regions"])  # "in a row: circle first, then the square, then the triangle" names them all
    regions = [r for r in layout["regions"] if r["id"] in named] if len(named) >= 2 and not said else layout["regions"]
    kind = found.group(1) or found.group(2) or found.group(3)
    if kind == "grid":  # "arrange them in a 2 by 2 grid": in the order they had, cell by cell
        ordered = sorted(regions, key=lambda r: (round(_centre(r)[1], 1), _centre(r)[0]))
        for region, cell in zip(ordered, split_area((0.0, 0.0, 1.0, 1.0), len(ordered), "grid"), strict=True):
            side = max(region["bbox"][2] - region["bbox"][0], region["bbox"][3] - region["bbox"][1])
            region["bbox"] = fit_box(cell, min(side, 0.9 * (cell[2] - cell[0])))
        return [r["id"] for r in ordered]
    if kind in DIAGONALS:  # "put them on a diagonal from the top left": in the order they had along their old line
        (x0, y0), (x1, y1) = DIAGONALS[kind](0.0), DIAGONALS[kind](1.0)  # along the diagonal's own direction
        ordered = sorted(regions, key=lambda r: (_centre(r)[0] - x0) * (x1 - x0) + (_centre(r)[1] - y0) * (y1 - y0))
        sides = [max(r["bbox"][2] - r["bbox"][0], r["bbox"][3] - r["bbox"][1]) for r in ordered]
        for region, cell, side in zip(ordered, line_cells((0.0, 0.0, 1.0, 1.0), sides, kind), sides, strict=True):
            region["bbox"] = fit_box(cell, side)
        return [r["id"] for r in ordered]
    line = "row" if kind in ("row", "lr", "rl") else "column"
    along = _along(regions)  # the order they had along their old line
    ordered = sorted(regions, key=lambda r: _centre(r)[along])
    if kind in ("rl", "bt"):
        ordered.reverse()
    first = re.search(r"\b(\w+)(?: one)? (?:goes |comes )?first\b", text)  # "line them up side by side, triangle first"
    said = said or _named_order(text, ordered)
    if said:  # "in a row: the circle first, then the square, then the triangle"
        ordered = said
    elif first:
        ordered.sort(key=lambda r: not (first.group(1) == _noun(r) or first.group(1) in r.get("low_level", "").split(", ")))
    others = [r["bbox"] for r in layout["regions"] if r not in regions]
    sides = [max(r["bbox"][2] - r["bbox"][0], r["bbox"][3] - r["bbox"][1]) for r in ordered]
    edge = re.search(r"\b(?:at|along|to|on|across) the (top|bottom|left|right)\b", text)  # "in a row along the top"
    asked = {"top": 0.2, "bottom": 0.8, "left": 0.2, "right": 0.8}[edge.group(1)] if edge and (edge.group(1) in ("top", "bottom")) == (
        line == "row") else None
    for middle in (asked,) * bool(asked) + (0.5, 0.2, 0.8, 0.35, 0.65):  # the place asked, across the middle, else a band left free
        half = min(0.3, middle, 1 - middle)
        band = (0.0, middle - half, 1.0, middle + half) if line == "row" else (middle - half, 0.0, middle + half, 1.0)
        boxes = [fit_box(cell, side) for cell, side in zip(split_area(band, len(ordered), line), sides, strict=True)]
        if not any(overlap(a, b) > 0 for a in boxes for b in others):
            break
    else:
        boxes = [fit_box(cell, side) for cell, side in zip(split_area((0.0, 0.2, 1.0, 0.8) if line == "row" else (0.2, 0.0, 0.8, 1.0),
                                                                      len(ordered), line), sides, strict=True)]
    for region, box in zip(ordered, boxes, strict=True):
        region["bbox"] = box
    return [r["id"] for r in ordered]


#: A further change after the first in one message: "keep just the blue one and put it in the center".
_THEN_CHANGE = re.compile(r"\s*(?:,\s*)?\b(?:and|then)\s+(?:then\s+)?(?=(?:put|move|make|turn|place|colou?r|paint|shift|give|stripe|"
                          r"change|shrink|enlarge|drag|slide|recolou?r)\b)")


_CLOCKWISE = ((0, 0), (1, 0), (1, 1), (0, 1))  # the corners (column, row) clockwise from the top left


def _rotate(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "rotate all four one corner clockwise": each object in a corner moves to the next corner that way (the rest stay)."""
    found = re.search(r"\b(?:rotate|turn|move|shift|cycle)\b.*?\b((?:counter|anti) ?clockwise|clockwise)\b", text)
    if not found or not re.search(r"\bcorners?\b|\b(?:all|them|everything|each)\b", text):
        return None
    step = 1 if found.group(1) == "clockwise" else -1
    moved = []
    for region in layout["regions"]:
        cx, cy = _centre(region)
        if abs(cx - 0.5) < 0.12 or abs(cy - 0.5) < 0.12:
            continue  # not in a corner
        corner = _CLOCKWISE.index((int(cx > 0.5), int(cy > 0.5)))
        col, row = _CLOCKWISE[(corner + step) % 4]
        region["bbox"] = _centred_at(region["bbox"], 1 - cx if col != int(cx > 0.5) else cx, 1 - cy if row != int(cy > 0.5) else cy)
        moved.append(region["id"])
    return moved or None


_TURN = re.compile(r"\b(?:(quarter|half)(?: of the| a)?(?: way)? (?:turn|round|around|rotation)\b"
                   r"|(90|180|270) degrees?\b.*\b(?:around|round|about) the (?:center|middle)\b)")
_TURN_WAY = re.compile(r"\b(?:counter|anti) ?clockwise|\bclockwise\b")


def _turn(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    """ "move it a quarter of the way round, clockwise", "half a turn": round the canvas centre, as on a clock face."""
    found = _TURN.search(text)
    if not found:
        return None
    quarters = {"quarter": 1, "half": 2, "90": 1, "180": 2, "270": 3}[found.group(1) or found.group(2)]
    way = _TURN_WAY.search(text)
    quarters = -quarters if way and way.group(0) != "clockwise" else quarters  # clockwise unless told otherwise
    named = [r for r in layout["regions"] if re.search(rf"\b{_noun(r)}s?\b", text)]
    if re.search(r"\b(?:all|them|everything|each|whole)\b", text):
        regions = layout["regions"]
    else:
        regions = named or [r for r in layout["regions"] if r["id"] in (focus or [])] or layout["regions"][:1] * (len(layout["regions"]) == 1)
    if not regions:
        raise NeedsAnswer("Which object should go round the middle? Name it, e.g. 'turn the circle a quarter turn clockwise'.")
    for region in regions:
        cx, cy = _centre(region)
        dx, dy = cx - 0.5, cy - 0.5
        for _ in range(quarters % 4):  # a quarter clockwise on the screen (y down): up -> right -> down -> left
            dx, dy = -dy, dx
        region["bbox"] = _centred_at(region["bbox"], 0.5 + dx, 0.5 + dy)
    return [r["id"] for r in regions]


def _keep_only(layout: dict[str, Any], text: str, focus: list[str] | None) -> list[str] | None:
    found = re.search(r"\b(?:everything|all|every \w+) (?:except|but|apart from)\b(.*)|\b(?:keep|leave) (?:only|just)\b(.*)|"
                      r"\b(?:only|just) (?:keep|leave)\b(.*)", text)
    if not found:
        return None
    if found.group(1) is not None and not re.search(rf"\b(?:{_REMOVE_VERBS}|clear|scrap|bin|wipe|go|goes|gone)\b", text):
        return None  # "make everything except the red one purple": a change to the others (``_by_exception``), nothing removed
    kept = next(g for g in found.groups() if g is not None)
    kept = kept[: _THEN_CHANGE.search(kept).start()] if _THEN_CHANGE.search(kept) else kept
    ids, _, _ = _references(layout, kept, focus or [])
    if not ids:
        raise NeedsAnswer("Which object should stay?")
    layout["regions"] = [r for r in layout["regions"] if r["id"] in ids]
    return ids


def _background_again(text: str, last: str | None) -> str:
    """Right after a background change, a message that is only another background colour ("and now try grey",
    "black then") is about the background again."""
    if not last or not re.search(r"\b(?:backgrounds?|backdrops?|bg|sky|behind (?:them|it|everything|all)|"
                                 r"(?:against|on) (?:a |an )?(?:white|black|gr[ae]y)(?: instead)?$)\b", last.lower().strip(" .!")) or (
            "background" in text):
        return text
    found = re.fullmatch(r"(?:(?:hm+|meh|ugh|nah|no|nope|eh)\s*,?\s*)?(?:too (?:bright|dark|light|dull|loud|busy|plain)\s*,?\s*)?"
                         r"(?:(?:and|now|then|ok|okay|maybe|perhaps|how about|what about|try|let us try|lets try|let s try|instead|please|"
                         r"make it|do|go|with|in|on|a)\s+)*(white|black|gray)(?:\s+(?:instead|please|then|now|maybe|one|maybe))*", text.strip(" ,;"))
    return f"the background {found.group(1)}" if found else text


def _background(layout: dict[str, Any], text: str) -> tuple[bool, str]:
    """A new background colour, if the message asks for one; (whether it did, the message without those words)."""
    colours = "|".join(COLOURS)
    found = re.search(rf"(?:\b(?:make|set|change|turn|paint|colou?r) )?(?:\bthe )?\bbackground\b[^,;]*?\b({colours})\b|"
                      rf"(?:\b(?:on|with|against|to|use|give it) )?(?:\b(?:a|an|the) )?\b({colours}) background\b|"
                      rf"^on (?:a )?({colours})(?: instead)?$|"
                      rf"\b(?:try|put|do|make|have|see) (?:it|them|this|that|everything|it all) (?:on|against) (?:a )?"
                      rf"({colours})\b", text)
    if not found:
        return False, text
    colour = next(g for g in found.groups() if g)
    layout["background"] = {"high_level": f"an empty {colour} background"}
    return True, f"{text[: found.start()]} , {text[found.end():]}"


# -- additions ---------------------------------------------------------------------------------------------------------


def _additions(layout: dict[str, Any], text: str, focus: list[str] | None, same: str | None = None) -> tuple[str, list[str]]:
    """Plan the objects the message adds and place them against what is there; (the rest of the message, the new ids).

    ``same``: the message asked for the same colour (as the object it names, else as the object of that kind or in focus).
    """
    found = _ADD.search(text)
    named = " ".join(re.findall(rf"\b(?:{'|'.join(COLOURS)}|circle|square|triangle)\b", text[found.end():])[:2]) if found else ""
    if found and re.match(r"(?:put|place)\b", found.group(0)) and not re.match(r"(?:a|an|one|another|two|three)\b", text[found.end():]) and (
            _named_there(layout, named)):
        found = None  # "put red circle at the top" with a red circle there: a move ("put a red circle ..." adds one)
    if not found:
        return text, []
    # The addition runs to the end, or to the next clause that starts with a verb of its own ("..., and make it red").
    tail = text[found.start():]
    stop = re.search(r"\s*(?:,|\band\b|\bthen\b)\s*(?=(?:make|move|remove|delete|turn|change|put it|colou?r)\b)", tail)
    request, rest = (tail[: stop.start()], tail[stop.end():]) if stop else (tail, "")
    request = re.sub(rf"^{_ADD_VERBS}", "", re.sub(rf"^{_FURTHER}", "", request.strip()))
    request = re.sub(r"^(?:add|insert|include)\s+", "", request)
    request, scaled = _relative_size(layout, request, focus)
    new = _planned_parts(layout, _addition_parts(request), focus)
    if scaled:  # "about half the size of the circle": sized against it, where it was placed
        for region in new:
            region["bbox"] = square_box(*_centre(region), scaled)
    if same is not None:
        _same_colour(layout, new, same, focus)
    existing = {r["id"] for r in layout["regions"]}
    for region in new:
        region["id"] = _fresh_id(_stem(region), existing)  # "a yellow circle as the sun": sun_3
        layout["regions"].append(region)
    if len(layout["regions"]) > MAX_REGIONS:
        raise NeedsAnswer(f"A layout holds at most {MAX_REGIONS} objects; remove some first.")
    return text[: found.start()] + " " + rest, [r["id"] for r in new]


_SIZED = re.compile(r"\s*,?\s*(?:(?:about|roughly|around|maybe|approximately|say) )?(?:(?P<part>half|a third|a quarter|twice|double|"
                    r"three times|the same) (?:the size of|as (?:big|large|wide) as|size as)|(?P<than>(?:a (?:bit|little|touch) |much |a lot )?"
                    r"(?:smaller|bigger|larger|tinier)) than) (?P<anchor>the \w+(?: \w+)?|it|that one|the other(?: one)?)\b")
_PARTS = {"half": 0.5, "a third": 0.34, "a quarter": 0.25, "twice": 2.0, "double": 2.0, "three times": 3.0, "the same": 1.0}


def _relative_size(layout: dict[str, Any], request: str, focus: list[str] | None) -> tuple[str, float | None]:
    """An addition sized against an object there ("a blue square, about half the size of the circle", "a triangle a little
    smaller than it"): the request without those words, and the new object's side (None when no size is given so)."""
    found = _SIZED.search(request)
    if not found:
        return request, None
    try:
        ids, _, _ = _references(layout, found.group("anchor"), focus or [])
    except NeedsAnswer:
        return request, None
    anchor = next((r for r in layout["regions"] if r["id"] in ids), None)
    if anchor is None or len(ids) != 1:
        return request, None
    than = found.group("than") or ""
    factor = _PARTS[found.group("part")] if found.group("part") else (
        (0.8 if re.match(r"a (?:bit|little|touch)", than) else 0.45 if re.match(r"much|a lot", than) else 0.65) if re.search(r"smaller|tinier", than)
        else (1.25 if re.match(r"a (?:bit|little|touch)", than) else 1.6))
    side = max(anchor["bbox"][2] - anchor["bbox"][0], anchor["bbox"][3] - anchor["bbox"][1])
    return request[: found.start()] + request[found.end():], round(min(max(side * factor, 0.06), 0.9), 4)


_BESIDE = r"\b(?:left of|right of|above|below|beside|under|over|on top of|underneath|next to)\s+(the \w+(?: \w+)?|it|them)"


def _addition_parts(request: str) -> list[str]:
    """ "a small purple triangle above the circle and another below it": one addition per object placed against another,
    "another" being the object before it and "it" what that one was placed against; otherwise the request whole."""
    parts = re.split(r"\s*(?:,\s*and|,|\band)\s+(?=(?:a|an|one|another)\b)", request)
    if len(parts) < 2 or not all(re.search(_BESIDE, p) for p in parts):
        return [request]
    out = [parts[0]]
    for part in parts[1:]:
        before = out[-1]
        thing = re.match(r"(?:a|an|one) (?:\w+ ){0,3}?(?:circle|square|triangle)\b", before)
        anchor = re.search(_BESIDE, before)
        part = re.sub(r"^another(?: one)?\b", thing.group(0), part) if thing else part
        out.append(re.sub(r"\b(?<=\s)(it|them)\b", anchor.group(1), part) if anchor and anchor.group(1) not in ("it", "them") else part)
    return out


def _planned_parts(layout: dict[str, Any], parts: list[str], focus: list[str] | None) -> list[dict[str, Any]]:
    """The regions of each part of an addition, each placed against the layout with the parts before it in it."""
    new: list[dict[str, Any]] = []
    for part in parts:
        planned = _planned(layout, part, focus)
        layout["regions"].extend(planned)  # later parts see (and avoid) the earlier ones
        new += planned
    del layout["regions"][len(layout["regions"]) - len(new):]  # the caller adds them, with ids of their own
    return new


def _another(layout: dict[str, Any], request: str, focus: list[str] | None) -> str:
    """ "another one": the object in focus (or the only one) named again."""
    words = request.split()
    more = re.fullmatch(r"(one|two|three|four|five|[1-5])(?: more)?(?: ones?| of (?:them|those|these|the same))?(?: please)?", request.strip())
    if not (more or re.fullmatch(r"(?:another|one more)(?: one)?(?: please)?", request.strip()) or words[:2] == ["another", "one"]):
        return request
    alike = len({(_noun(r), r.get("low_level", "")) for r in layout["regions"]}) == 1  # "add two more" to three blue circles
    like = [r for r in layout["regions"] if r["id"] in (focus or [])] or (layout["regions"][:1] if alike else [])
    if len(like) != 1:
        raise NeedsAnswer("Another what? Say which object to add, e.g. 'another triangle at the top'.")
    phrase = f"a {region_phrase(like[0]).split(' ', 1)[1]}"
    if more:
        return " , ".join([phrase] * (int(more.group(1)) if more.group(1).isdigit() else COUNTS[more.group(1)]))
    rest = " ".join(words[2:])
    name = " ".join([*(w for w in like[0].get("low_level", "").split(", ")[:1] if w in COLOURS), _noun(like[0])])
    same = [r for r in layout["regions"] if _is(r, name)] == like and not any(w in SIZES or w in ("bigger", "smaller") for w in rest.split())
    return f"{phrase} {rest}" + (f" as big as the {name}" if same else "")  # "the same again on the right": its size too


def _planned(layout: dict[str, Any], request: str, focus: list[str] | None) -> list[dict[str, Any]]:
    """The new regions ``request`` describes, boxed beside the object a relation names, between two, or in a free place."""
    request = re.sub(r"\ba (?:third|fourth|fifth|second)\b", "a", re.sub(r"^another\b", "a", _opposite(layout, _another(layout, request, focus),
                                                                                                  focus)))
    request = re.sub(r"\b(a|an) (\w+) , (?:a|an) (\w+) one\b", r"\1 \3 \2", request)  # "a square, a yellow one": one square
    request, model = _modelled_on(layout, request, focus)
    flank = re.search(r"\bon each side of\s+(it|that|this|them|the \w+(?: \w+)?)", request)  # "two circles, one on each side of the square"
    if flank:
        request = request[: flank.start()] + request[flank.end():]
    request, inside = _nested(layout, _same_kind(layout, request), focus)
    hole = _HOLE.search(request)
    gap = _gap(layout) if hole else None  # "put a purple circle in the gap it left"
    request = request[: hole.start()] + request[hole.end():] if hole else request
    relation = re.search(r"\b(left of|right of|above|below|beside)\s+(it|that|this|both(?: of them)?|all of them|them|those|these|all|"
                         r"the \w+(?: \w+)?)\b", request)
    if relation and _within(request, relation):  # "a red square at the bottom with a blue triangle on top of it": "it" is the square
        relation = None
    between = re.search(r"\bbetweenthem\b|\bbetween\b", request)
    plain = request if not relation else request[: relation.start()] + request[relation.end():]
    planned = plan(plain.replace("betweenthem", " "), width=layout["canvas"]["width"], height=layout["canvas"]["height"])["regions"]
    if not planned:
        raise NeedsAnswer("What should I add? e.g. 'add a yellow circle at the bottom'.")
    if model is not None:
        _take_after(model, planned, plain)
    used = [r["bbox"] for r in layout["regions"]]
    if gap is not None and len(planned) == 1:  # "put a purple circle in the gap it left": the free cell of their grid
        planned[0]["bbox"] = gap
        return planned
    if flank:
        ids, _, _ = _references(layout, flank.group(1), focus or [])
        anchor = next((r for r in layout["regions"] if r["id"] in ids), None)
        if anchor is not None and len(planned) == 2:
            for region, side in zip(planned, ("left of", "right of"), strict=True):
                region["bbox"] = _beside(anchor["bbox"], side, region["bbox"][2] - region["bbox"][0])
            return planned
    if relation and len(planned) > 1 and _group_beside(layout, planned, relation, focus):  # "add two circles above it"
        return planned
    for region in planned:
        side = region["bbox"][2] - region["bbox"][0]
        if inside is not None:  # "a small square in the middle of it": on it, smaller than it
            region["bbox"] = square_box((inside[0] + inside[2]) / 2, (inside[1] + inside[3]) / 2, min(side, 0.5 * (inside[2] - inside[0])))
        elif relation:
            ids, _, _ = _references(layout, re.sub(r"\b(?:those|these)\b", "them", relation.group(2)), focus or [])
            group = [r["bbox"] for r in layout["regions"] if r["id"] in ids]
            if group:  # "above them": beside the box around all of them
                around = _bounds(group)
                cx, cy = (region["bbox"][0] + region["bbox"][2]) / 2, (region["bbox"][1] + region["bbox"][3]) / 2
                layered = re.search(r"\b(?:top|bottom|left|right|center|corner)\b", plain) and relation.group(1) == "above" and (
                    around[0] <= cx <= around[2] and around[1] <= cy <= around[3])  # "in the middle, on top of the square": over it
                if not layered:
                    region["bbox"] = _beside(around, relation.group(1), side)
        elif between and len(layout["regions"]) >= 2:
            (ax, ay), (bx, by) = _between_named(layout, request, focus) or [_centre(r) for r in _pair(layout, _noun(region))]
            region["bbox"] = square_box((ax + bx) / 2, (ay + by) / 2, min(side, 0.8 * max(abs(ax - bx), abs(ay - by)) - 0.02))
        elif any(overlap(region["bbox"], b) > 0.02 * (b[2] - b[0]) ** 2 for b in used):
            named = re.search(r"\b(?:top|bottom|left|right|center|corner)\b", plain)
            small_enough = side <= SIZES["medium"] + 1e-6  # a big object asked for keeps its size and finds room
            region["bbox"] = (_fit_between(region["bbox"], used) if named and small_enough else None) or _free_place(region["bbox"], used, side)
        used.append(region["bbox"])
    return planned


_INSIDE = re.compile(r"\b(?:right |just )?(?:insideof|in the center of|inside(?: of)?|within|in) "
                     r"(it|that|this|the (?:\w+ )?(?:circle|square|triangle|one))\b")


def _within(request: str, relation: re.Match) -> bool:
    """Whether a relation to "it" places one object of the addition against another object of it (named before it)."""
    return relation.group(2) in ("it", "that", "this") and bool(
        re.search(r"\b(?:circle|square|triangle)s?\b.*\b(?:a|an|one|two|three)\s+(?:\w+\s+){0,3}?(?:circle|square|triangle)s?\b",
                  request[: relation.start()]))


def _same_kind(layout: dict[str, Any], request: str) -> str:
    """ "another circle, next to the first one": the first circle, not the first object."""
    kind = re.search(r"\b(circle|square|triangle)s?\b", request)
    if kind and any(_noun(r) == kind.group(1) for r in layout["regions"]):
        return re.sub(r"\bthe (first|second|third|last|other|original|old) one\b", rf"the \1 {kind.group(1)}", request)
    return request


def _nested(layout: dict[str, Any], request: str, focus: list[str] | None) -> tuple[str, list[float] | None]:
    """ "... in the middle of it", "inside the square": the request without those words, and the box of the object meant."""
    found = _INSIDE.search(request)
    if not found:
        return request, None
    ids, _, _ = _references(layout, found.group(1), focus or [])
    anchor = next((r["bbox"] for r in layout["regions"] if r["id"] in ids), None)
    return (request[: found.start()] + request[found.end():], anchor) if anchor is not None else (request, None)


_HOLE = re.compile(r"\b(?:in|into|to|fill) the (?:gap|hole|empty (?:spot|space|place|corner|cell|slot)|free (?:spot|space|corner|cell|slot)|"
                   r"missing (?:spot|corner|one|place))\b(?: (?:it|that|they|which) (?:left|leaves|made))?")


def _group_beside(layout: dict[str, Any], planned: list[dict[str, Any]], relation: re.Match, focus: list[str] | None) -> bool:
    """New objects beside the ones a relation names, side by side ("two circles above it": a row above it); False when
    the relation names nothing there."""
    ids, _, _ = _references(layout, re.sub(r"\b(?:those|these)\b", "them", relation.group(2)), focus or [])
    group = [r["bbox"] for r in layout["regions"] if r["id"] in ids]
    if not group:
        return False
    around = _bounds(group)
    direction = {"above": (0, -1), "below": (0, 1), "left of": (-1, 0)}.get(relation.group(1), (1, 0))
    side = max(r["bbox"][2] - r["bbox"][0] for r in planned)
    for region, box in zip(planned, beside_all(around, direction, side, len(planned)), strict=True):
        region["bbox"] = box
    return True


def _gap(layout: dict[str, Any]) -> list[float] | None:
    """The free cell of the grid the objects stand in (their columns by rows), as a box of their usual size; None if
    they fill their grid."""
    centres = [_centre(r) for r in layout["regions"]]
    def lines(values: list[float]) -> list[float]:
        out: list[float] = []
        for v in sorted(values):
            if not out or v - out[-1] > 0.1:
                out.append(v)
        return out
    columns, rows = lines([c[0] for c in centres]), lines([c[1] for c in centres])
    free = [(x, y) for y in rows for x in columns if not any(abs(x - cx) <= 0.1 and abs(y - cy) <= 0.1 for cx, cy in centres)]
    if not free or len(columns) * len(rows) < 2:
        return None
    side = sorted(r["bbox"][2] - r["bbox"][0] for r in layout["regions"])[len(layout["regions"]) // 2]
    return square_box(free[0][0], free[0][1], side)


def _modelled_on(layout: dict[str, Any], request: str, focus: list[str] | None) -> tuple[str, dict[str, Any] | None]:
    """ "a circle like that square but blue": the request without the comparison, and the region it names."""
    found = re.search(r"\b(?:just |exactly )?(?:like|same as|matching|as big as|the same size as) (?:that|the|this) ((?:\w+ )?\w+?)(?: one)?"
                      r"(?= but\b|\s*,|\s*$| (?:at|in|on|over|to) )(?: but\b)?", request)
    if not found:
        return request, None
    try:
        ids, _, _ = _references(layout, f"the {found.group(1)}", focus or [])
    except NeedsAnswer:
        return request, None
    model = next((r for r in layout["regions"] if r["id"] in ids), None) if len(ids) == 1 else None
    return (request[: found.start()] + " " + request[found.end():], model) if model is not None else (request, None)


def _take_after(model: dict[str, Any], planned: list[dict[str, Any]], request: str) -> None:
    """New regions take the size, colour and texture of ``model`` where ``request`` names none of its own."""
    words = request.split()
    own_colour = next((w for w in words if w in COLOURS), None)
    own_texture = next((w for w in words if w in ("striped", "solid", "plain")), None)
    colour = own_colour or next((w for w in model.get("low_level", "").replace(",", " ").split() if w in COLOURS), None)
    striped = own_texture == "striped" if own_texture else "striped" in model.get("low_level", "")
    for region in planned:
        if not any(w in SIZES or w in ("bigger", "smaller") for w in words):
            (x0, y0, x1, y1), side = region["bbox"], model["bbox"][2] - model["bbox"][0]
            region["bbox"] = square_box((x0 + x1) / 2, (y0 + y1) / 2, side)
        region["low_level"] = ", ".join(p for p in (colour, "striped" if striped else None) if p)


def _fresh_id(noun: str, existing: set[str]) -> str:
    """An id for a new region of ``noun`` ("circle_3") that no region has yet; it is added to ``existing``."""
    n = len(existing)
    while f"{noun}_{n}" in existing:
        n += 1
    existing.add(f"{noun}_{n}")
    return f"{noun}_{n}"


def _same_colour(layout: dict[str, Any], new: list[dict[str, Any]], named: str, focus: list[str] | None) -> None:
    for region in new:
        if any(w in COLOURS for w in region.get("low_level", "").replace(",", " ").split()):
            continue
        like = (_candidates(layout, named.split()[-1], None) if named else []) or [r for r in layout["regions"] if _noun(r) == _noun(region)] or [
            r for r in layout["regions"] if r["id"] in (focus or [])]
        colour = next((w for r in like[::-1] for w in r.get("low_level", "").replace(",", " ").split() if w in COLOURS), None)
        if colour:
            region["low_level"] = ", ".join(p for p in (colour, region.get("low_level", "")) if p)


def _opposite(layout: dict[str, Any], request: str, focus: list[str] | None) -> str:
    """ "in the opposite corner" / "on the other side": the corner or side across from the object in focus."""
    found = re.search(r"\b(?:in |on |at )?(?:the )?(?:opposite|other) (corner|side)\b", request)
    anchor = next((r for r in layout["regions"] if r["id"] in (focus or [])), layout["regions"][-1] if layout["regions"] else None)
    if not found or anchor is None:
        return request
    x, y = _centre(anchor)
    across = "left" if x > 0.5 else "right"
    where = f"{'top' if y > 0.5 else 'bottom'} {across}" if found.group(1) == "corner" else across
    return f"{request[: found.start()]} at the {where} {request[found.end():]}"


def _between_named(layout: dict[str, Any], request: str, focus: list[str] | None) -> list[tuple[float, float]] | None:
    """The two points "between the eyes and the mouth" names (a group's point: the middle of its boxes); None when the
    request does not name two objects there."""
    named = re.search(r"\bbetween (.+?) (?:&|and) (.+?)(?=\s*(?:,|$|\b(?:in|at|on|please)\b))", request)
    points = []
    for words in named.groups() if named else ():
        try:
            ids, _, _ = _references(layout, words, focus or [])
        except NeedsAnswer:
            return None
        boxes = [r["bbox"] for r in layout["regions"] if r["id"] in ids]
        if not boxes:
            return None
        x0, y0, x1, y1 = _bounds(boxes)
        points.append(((x0 + x1) / 2, (y0 + y1) / 2))
    return points or None


def _bounds(boxes: list[list[float]]) -> list[float]:
    """The box around ``boxes``."""
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]


def _pair(layout: dict[str, Any], noun: str) -> list[dict[str, Any]]:
    same = [r for r in layout["regions"] if _noun(r) == noun]
    return (same if len(same) >= 2 else layout["regions"])[:2]


def _fit_between(box: list[float], used: list[list[float]], smallest: float = 0.12) -> list[float] | None:
    """The asked place kept ("put a square in the middle"), the box shrunk about its centre until it touches nothing; None
    when it would get smaller than ``smallest``."""
    cx, cy, side = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box[2] - box[0]
    while side >= smallest:
        candidate = square_box(cx, cy, side)
        if not any(overlap(candidate, b) > 0 for b in used):
            return candidate
        side -= 0.02
    return None


def _free_place(box: list[float], used: list[list[float]], side: float) -> list[float]:
    """A place near ``box`` that no used box overlaps (the nearest free cell of a fine grid)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    cells = [fit_box(c, side) for c in split_area((0.0, 0.0, 1.0, 1.0), 16)] + [fit_box(c, side) for c in split_area((0.0, 0.0, 1.0, 1.0), 9)]
    free = [c for c in cells if not any(overlap(c, b) > 0 for b in used)]
    if not free:
        return box
    return min(free, key=lambda c: ((c[0] + c[2]) / 2 - cx) ** 2 + ((c[1] + c[3]) / 2 - cy) ** 2)


# -- answers to questions, captions -----------------------------------------------------------------------------------


_MADE = r"(?:that )?(?:i|you|we) (?:just )?(?:added|drew|put(?: in)?|made|placed|asked for|created|did)"


def _by_time(layout: dict[str, Any], text: str) -> str:
    """ "the one I added first", "the last shape you drew", "the newest one": the region made first or last (regions keep
    the order they were made in), named in words the references read."""
    noun = r"(?:one|shape|thing|object|circle|square|triangle)"
    first, last = r"first|earliest|at the start|originally|to begin with", r"last|latest|most recently|just now|newest|most recent"
    pattern = (rf"\bthe (?P<a>{first}|{last}) {noun} {_MADE}\b|\bthe {noun} {_MADE} (?P<b>{first}|{last})\b|"
               rf"\bthe (?P<c>newest|latest|most recent|new|original) {noun}\b")

    def name(m: re.Match) -> str:
        when = m.group("a") or m.group("b") or m.group("c")
        regions = layout["regions"] if re.fullmatch(first + "|original", when) else layout["regions"][::-1]
        return (_name_of(layout, [regions[0]["id"]]) or m.group(0)) if regions else m.group(0)
    return re.sub(pattern, name, text)


def _one_each(layout: dict[str, Any], text: str) -> str:
    """With two objects, "one at the top and one at the bottom" moves each to one of the places (the nearer one to each)."""
    where = r"((?:top|bottom) (?:left|right)|left|right|top|bottom|center)"
    found = re.search(rf"\bone (?:at|on|in|to|into) the {where}(?: side| corner)?\s*(?:,|and|,\s*and)\s*(?:one|the other(?: one)?) "
                      rf"(?:at|on|in|to|into) the {where}\b", text)
    ends = re.search(r"\b(?:at|on|to) both ends\b", text)  # the planner's words for "one at the top and one at the bottom"
    if not (found or ends) or len(layout["regions"]) != 2:
        return text
    first, second = (found.group(1), found.group(2)) if found else ("top", "bottom")
    found = found or ends
    axis = 1 if {first.split()[0], second.split()[0]} & {"top", "bottom"} else 0
    pair = sorted(layout["regions"], key=lambda r: _centre(r)[axis])  # the one nearer the top (or left) goes there
    if first.split()[0] in ("bottom", "right"):
        pair.reverse()
    names = [_name_of(layout, [r["id"]]) for r in pair]
    if None in names:
        return text
    return f"{text[: found.start()]} move {names[0]} to the {first} , move {names[1]} to the {second} {text[found.end():]}"


def _matched_colour(layout: dict[str, Any], text: str) -> str:
    """ "match the square's colour to the circle", "make the square the same colour as the circle": the colour named."""
    found = re.search(r"\bmatch (the \w+(?: \w+)??)(?: s)? colou?r (?:to|with) (the \w+(?: \w+)?)\b|"
                      r"\b(?:make|paint|colou?r|turn) (the \w+(?: \w+)??) (?:the )?same colou?r as (the \w+(?: \w+)?)\b", text)
    if not found:
        return text
    what, like = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    try:
        ids, _, _ = _references(layout, like, [])
    except NeedsAnswer:
        return text
    colour = next((w for r in layout["regions"] if r["id"] in ids[:1] for w in r.get("low_level", "").split(", ") if w in COLOURS), None)
    return f"{text[: found.start()]}make {what} {colour}{text[found.end():]}" if colour else text


def _without_why(text: str) -> str:
    """The request without a clause that only says why ("..., so it's symmetrical both ways", "so there's a margin")."""
    why = re.search(r"[,;]?\s*\bso (?:that )?(?:it s|it is|it looks|it ll be|it will be|everything is|they are|they re|the picture is|"
                    r"the whole thing is|there s|there is|the \w+(?: clearly| really)? (?:dominates|stands out|pops|is the focus|reads)) ?"
                    r"(?:\w+ ?){0,6}(?=[,;]|$)", text)  # "..., so it's symmetrical both ways": why, not what
    keep = rf"\b(?:under|above|below|over|beside|next|left|right|top|bottom|center|level|between|corner|side|bigger|smaller|larger|striped|"\
           rf"{'|'.join(COLOURS)})\b"  # "so it's under the circle", "so it's bigger" say what
    if why and not re.search(keep, why.group(0)):
        text = text[: why.start()] + " " + text[why.end():]  # (but "so it's under the circle" says where)
    return text


def _said_plainly(text: str) -> str:
    """ "the square that's left", "I said blue but meant purple", "it belongs in the bottom left, not the top": the same
    in the words the clauses read."""
    text = re.sub(r"\bthe (circle|square|triangle|one)s? (?:that s|that is|which is) (?:left|remaining|left over|still there)\b", r"the \1", text)
    text = re.sub(r"\bi (?:said|wrote|typed) (\w+) but (?:i )?meant (\w+)\b", r"make it \2", text)  # "I said blue but meant purple"
    text = re.sub(r"\b(it|they|the \w+) (?:belongs?|goes|go|should go|should be|should sit) (in|at|on) the ((?:top|bottom) (?:left|right)|left|"
                  r"right|top|bottom|center)(?: corner| side)?(?:\s*,?\s*not (?:in |at |on )?the (?:\w+ )?\w+)?\b", r"move \1 to the \3", text)
    return text


def _turned_over(layout: dict[str, Any], text: str) -> str:
    """ "swap the halves", "swap the columns over": the picture flipped; "the top two" are the two top ones; "right down at"
    and "smaller than it is" say no more than "down at" and "smaller"."""
    halves = re.search(r"\b(?:swap|switch|exchange) (?:the |its |their )?(?:(?:top and bottom|left and right|two) )?(halves|sides|columns|rows)"
                       r"(?: (?:over|around|round))?\b.*$", text)
    if halves and layout["regions"]:  # "swap the halves (circle up and triangles down)", "swap the columns over": turned over
        xs, ys = [_centre(r)[0] for r in layout["regions"]], [_centre(r)[1] for r in layout["regions"]]
        down = halves.group(1) == "rows" or (halves.group(1) != "columns" and max(ys) - min(ys) >= max(xs) - min(xs))
        text = text[: halves.start()] + ("flip upside down" if down else "flip left to right")
    text = re.sub(r"\bthe (top|bottom|left|right) (?:two|pair|2)\b", r"the two \1 ones", text)  # "swap the top two"
    text = re.sub(r"\b(?:than (?:it|they|that|this) (?:is|are|was|were)(?: now)?|than before|than now)\b", " ", text)  # "smaller than it is"
    return text


def _corner_ones(layout: dict[str, Any], text: str) -> str:
    """ "the corner squares": the squares, when every one of them sits in a corner."""
    def name(m: re.Match) -> str:
        same = [r for r in layout["regions"] if _noun(r) == m.group(1)]
        cornered = all(abs(_centre(r)[0] - 0.5) > 0.1 and abs(_centre(r)[1] - 0.5) > 0.1 for r in same)
        return f"the {m.group(1)}s" if same and cornered else m.group(0)
    return re.sub(r"\bthe (?:four |two |three )?corner (circle|square|triangle)s\b", name, text)


def _centred_across(layout: dict[str, Any], text: str) -> str:
    """ "centre the circle horizontally (keep it at the top)": to the middle of its own band, top, middle or bottom."""
    found = re.search(r"\bcenter (it|the \w+(?: \w+)?) (?:horizontally|in a row|left to right|across)\b", text)
    if not found:
        return text
    try:
        ids, _, _ = _references(layout, found.group(1), [])
    except NeedsAnswer:
        return text
    region = next((r for r in layout["regions"] if r["id"] in ids[:1]), None)
    if region is None:
        return text
    y = _centre(region)[1]
    band = "top" if y < 0.4 else "bottom" if y > 0.6 else "center"
    rest = re.sub(r"^[\s,;]*(?:so (?:it|that it) (?:lines up|is level|aligns) with the \w+)?[\s,;]*(?:and )?(?:keep it (?:at|in) the \w+)?", "",
                  text[found.end():])
    return f"{text[: found.start()]}move {found.group(1)} to the {band} center {rest}".replace("center center", "center")


def texture_named(layout: dict[str, Any], text: str) -> str:
    """ "the solid one", "the striped circle": the one object of that texture, in words that name it alone."""
    def name(m: re.Match) -> str:
        striped = m.group(1) == "striped"
        pool = [r for r in layout["regions"] if ("striped" in r.get("low_level", "")) == striped and m.group(2) in ("one", _noun(r))]
        return (_name_of(layout, [pool[0]["id"]]) or m.group(0)) if len(pool) == 1 else m.group(0)
    return re.sub(r"\bthe (striped|solid|plain) (one|circle|square|triangle)\b", name, text)


def _name_of(layout: dict[str, Any], ids: list[str]) -> str | None:
    """Words that name exactly the region ``ids`` (one id) in ``layout``: "the square", "the green square"; None if none does."""
    region = next((r for r in layout["regions"] if [r["id"]] == ids), None)
    if region is None:
        return None
    colour = next((w for w in region.get("low_level", "").replace(",", " ").split() if w in COLOURS), "")
    x, y = _centre(region)
    where = [w for w, near in (("left", x < 0.4), ("right", x > 0.6), ("top", y < 0.4), ("bottom", y > 0.6)) if near]
    for words in (f"the {_noun(region)}", f"the {colour} {_noun(region)}", *(f"the {w} {_noun(region)}" for w in where)):
        try:
            if _references(layout, words, [])[0] == ids:
                return words
        except NeedsAnswer:  # more than one answers to these words
            continue
    return None


def _answer_with_place(pending: str, reply: str, layout: dict[str, Any], ids: list[str], ops: str) -> str | None:
    """A reply without a verb that names an object and a place: for a pending move the place is where it goes ("move it to
    the side" + "blue one, right side"); otherwise the place only told which object ("make that one red" + "the square in
    the middle"). None when the reply is not of that kind."""
    if (len(ids) != 1 or not ops.strip(" ,") or any(w in EDIT_VERBS for w in reply.split()) or _recognised(ops.split(), ops) != {"move"}
            or _ADD.search(reply)):
        return None
    named = _name_of(layout, ids)
    if named is None:
        return None
    if re.search(r"\b(?:move|put|shift|place|drag|slide|push|bring|nudge|take)\b", pending):
        return f"move {named} {ops.strip(' ,')}"
    return _complete(pending, named, layout)


def _complete(pending: str, reply: str, layout: dict[str, Any]) -> str:
    """A pending request completed by a reply that names only what it lacked ("both", "the blue one", "orange")."""
    reply = re.sub(rf"^(?:and )?({'|'.join(COLOURS)}) one\b", r"the \1 one", place_lists(colour_lists(reply)))  # "blue one, right side"
    ids, ops, explicit = _references(layout, reply, [])
    more = re.search(r"\s*[,;]?\s*\b(?:and|also|then|plus)\s+(?:also\s+|then\s+)?(?=(?:put|move|make|turn|place|colou?r|paint|shift|give|"
                     r"stripe|change|shrink|enlarge|drag|slide)\b)", reply)
    if more:  # "the square, and put it up top too": the answer, then a change of its own
        named, head_ops, _ = _references(layout, reply[: more.start()], [])
        if named and not _recognised(head_ops.split(), head_ops):
            return f"{_complete(pending, reply[: more.start()], layout)} , and {reply[more.end():]}"
    placed = _answer_with_place(pending, reply, layout, ids, ops)
    if placed is not None:
        return placed
    if ids and _recognised(ops.split(), ops) or (not ids and _ADD.search(reply)):
        return reply  # the reply is a whole request of its own
    if ids:
        named = reply if explicit else ""
        for m in _REFERENCE.finditer(pending):  # "change the square to yellow" + "the left one" -> "... the left square ..."
            if _one_of_many(layout, m):
                return pending[: m.start()] + re.sub(r"\bones?\b", m.group("noun"), named or reply) + pending[m.end():]
        pronoun = rf"\b(?:it|that one|this one|the other (?:one|circle|square|triangle))\b|{_ONE_OF}"
        return re.sub(pronoun, named, pending, count=1) if re.search(pronoun, pending) else f"{named} {pending}"
    return f"{pending} {reply}"


def _recaption(layout: dict[str, Any]) -> None:
    parts = [region_phrase(r) for r in layout["regions"]]
    background = (layout.get("background") or {}).get("high_level")
    text = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + (parts[-1] if parts else "")
    text += f" on {background.replace('an empty ', 'a ')}" if background and text else ""
    layout["global"]["high_level"] = (text or layout["global"]["high_level"])[:MAX_TEXT_CHARS]
