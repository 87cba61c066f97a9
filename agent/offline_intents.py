"""What a chat message asks of the offline agent, when it is not a picture or an edit.

:func:`intent` reads a message and answers with a conversation tool to call (undo, redo, an earlier
round, variations, a pick, the layout, what changed, why, start over, redo a region), a sentence to
say instead (a question back when the request is ambiguous, or an answer in words), or None when the
message describes a picture or an edit for the planner.
"""

from __future__ import annotations

import re
from typing import Any

from .offline_edits import OPENERS
from .offline_planner import COLOURS, misspelt

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_NUMBER = r"(\d+|first|second|third|fourth|fifth|sixth|one|two|three|four|five|six|1st|2nd|3rd|4th|5th|6th|last)"
ABOUT = ("I design pictures from words: name shapes (circle, square, triangle, or anything else), colours, stripes (or solid), places and a "
         "plain background (gray, white or black), e.g. "
         "'a red circle in the top left and a blue striped square at the bottom right'. Then ask for changes ('make the square green'), "
         "'undo', 'back to round 2', 'show me three variations', 'redo the circle', 'what changed?', 'why?', or 'start over'.")


class Question(str):
    """Words that ask the user something; ``about`` names what the answer will be read as ("round")."""

    about: str = ""

    def __new__(cls, text: str, about: str) -> Question:
        made = super().__new__(cls, text)
        made.about = about
        return made


def _number(word: str, last: int) -> int:
    return last if word == "last" else int(word) if word.isdigit() else ORDINALS[word]


Call = tuple[str, dict[str, Any]]
CONTRACTIONS = {"whats": "what is", "thats": "that is", "its": "it is", "didnt": "did not", "dont": "do not", "doesnt": "does not",
                "cant": "can not", "cannot": "can not", "wont": "will not", "isnt": "is not", "im": "i am", "ill": "i will",
                "ive": "i have", "id": "i would", "lets": "let us", "youre": "you are", "theres": "there is",
                "whyd": "why did", "howd": "how did", "whatd": "what did", "wheres": "where is", "hows": "how is", "u": "you", "ur": "your",
                "r": "are", "pls": "please", "plz": "please", "thx": "thanks"}
# Words that open a message without asking anything: "hmm, ...", "ok so ...", "meh. ...".
_OPENERS = re.compile(rf"^(?:(?:{OPENERS})(?: there)?\b\s*)+")
PICTURE_WORDS = re.compile(r"\b(?:circles?|squares?|triangles?|shapes?|objects?|things?|colou?rs?|stripe[sdy]?|stripy|solid|plain|"
                           r"background|left|right|top|bottom|middle|cent(?:er|re)|corner|bigger|smaller|big|small|tiny|large|"
                           r"draw|paint|make|add|remove|move|put|picture|image|shrink|enlarge|grow|resize|scale|swap|flip|recolou?r|"
                           r"repaint|redo|delete|erase|turn|convert|transform|replace|swapp?ed|switched|trade[ds]?|exchanged)\b")
CONCRETE = re.compile(r"\b(?:a|an|the|one|two|three|four|\d+)\s+(?:\w+\s+){0,3}(?:circles?|squares?|triangles?)\b|\b(?:red|green|blue|"
                      r"yellow|purple|orange|pink|white|black|gray|grey|brown|cyan)\b")
#: A change offered as a question ("perhaps it could be yellow instead?", "maybe green?", "what if it were striped"): an edit.
_PROPOSED = re.compile(rf"\b(?:be|go|turn|try|maybe|perhaps|were|was|in)\s+(?:\w+\s+)?(?:{'|'.join(COLOURS)}|grey|striped|stripy|solid)\b|"
                       rf"\b(?:{'|'.join(COLOURS)}|striped|solid) (?:instead|then|rather)\b")
EMPTY = "Your message is empty; describe the picture you want, e.g. 'a red circle in the top left'."
CHATTER = ("Glad to help. Tell me what to change whenever you like, or describe a new picture.")


def words_of(message: str) -> str:
    """The message in lower case, without punctuation, contractions spelled out ("what's" -> "what is"), misspelt words of
    the conversation mended ("cuople varaitons" -> "couple variations")."""
    words = re.sub(r"[^a-z0-9 ]+", " ", message.lower().replace("'", "").replace("\u2019", "")).split()
    return " ".join(CONTRACTIONS.get(w, misspelt(w, INTENT_WORDS)) for w in words)


#: Words the conversation rules read, for mending misspellings (the planner's own vocabulary is mended by the planner).
INTENT_WORDS = frozenset("couple variations variation versions version alternatives options undo redo revert round rounds picture pictures "
                         "previous first second third last again layout changed change what why show start over back before original "
                         "earlier latest newest pick choose number".split())


def intent(message: str, context: dict[str, Any]) -> Call | list[Call] | str | None:
    """Conversation tool calls (``(name, args)``, or a list of them), words to answer with, or None (plan or edit a picture).

    ``context``: ``layout`` (the current layout or None), ``rounds`` (images so far), ``variations`` (how many
    the last variations request made), ``focus`` (the ids the last edit was about).
    """
    text = _OPENERS.sub("", words_of(message)).strip()
    rounds, variations, layout = context.get("rounds", 0), context.get("variations", 0), context.get("layout")
    shown = {int(k): v for k, v in (context.get("round_layouts") or {}).items()}
    if context.get("asked") == "round" and shown:  # the answer to "which round?": a number, or what it showed
        found = _round_described(text, shown, layout)
        if found is not None:
            return "restore_round", {"round": found}
    if re.search(r"\ban? (?:earlier|older|previous|prior|different) (?:one|round|version|image|picture|design)\b|"
                 r"\bone of the (?:earlier|older|previous|other) (?:ones|rounds|versions|images)\b", text) and len(shown) > 1:
        listed = "; ".join(f"round {n}: {_layout_words(shown[n])}" for n in sorted(shown)[-6:])
        return Question(f"Which one? {listed[:1].upper()}{listed[1:]}. Say the round's number or what it showed.", "round")
    described = re.search(r"\b(?:back to|return to|go to|restore|revert to|show me|bring back|see) the (?:picture|version|one|design|image|round|"
                          r"layout|drawing) (?:that|which|where|with|when)\b(.*)", text)
    if described and shown:  # "go back to the picture that had only the one circle"
        found = _round_with(described.group(1), shown, layout)
        if found is not None:
            return "restore_round", {"round": found}
    earlier = _round_before(text, shown, layout)
    if earlier is not None:  # "I liked it better before the stripes", "like the picture before, but with the circle blue"
        return "restore_round", {"round": earlier}
    preferred = _preferred_version(text, context)
    if preferred is not None:  # "nah the white was nicer": the version before (or the one an undo left) that had it
        return [(preferred, {})]
    again = _again_on_another(message, text, context)
    if again is not None:
        return again
    if context.get("redo_layout") is not None and _takes_back_the_undo(text, context.get("redo_layout"), layout):
        return [("redo", {})] * _times(text, "redo")
    for rule in (_restore, _history, _questions, _variations):
        found = rule(text, rounds, variations)
        if found is not None:
            return _and_then(message, context, found)
    if _acknowledgement(message) or not text:  # "hi" before any picture: what the designer does; after one: carry on
        return CHATTER if layout or rounds else ABOUT if message.strip() else EMPTY
    if not layout and _asks_what_is_possible(text, context):
        return ABOUT  # "can the shapes have stripes?"; then "and a black background, is that possible"
    vague = _something(text, layout)
    if vague:
        return vague
    again = _looked_wrong_again(text, layout, context.get("focus") or [])
    if again is not None:  # "Stripes look smudged. Again."
        return again
    found = _repaint(text, layout, context.get("focus") or [])
    if found is None and not CONCRETE.search(text) and re.search(r"\b(?:can i|could i|how do i|how can i|is it possible|am i able|"
                                                                 r"is there a way)\b", text):
        return ABOUT  # a question about what the designer can do, not a request
    if found is None and not PICTURE_WORDS.search(text) and not (layout and _PROPOSED.search(text)) and _chatter(message, text):
        return ABOUT if "?" in message or re.match(r"(?:what|which|how|can|could|do|does|is|are|will|would)\b", text) else CHATTER
    return found


def _and_then(message: str, context: dict[str, Any], found: Call | list[Call] | str) -> Call | list[Call] | str:
    """Two steps in one message ("repaint the square and then show me the layout"): both calls, in the order said."""
    parts = re.split(r"\s*[,;]?\s+(?:and then|then|and after that|after that|and also)\s+", message, maxsplit=1, flags=re.I)
    if len(parts) != 2 or isinstance(found, str):
        return found
    first, second = (intent(part, context) for part in parts)
    if isinstance(first, tuple | list) and isinstance(second, tuple | list):
        return [*([first] if isinstance(first, tuple) else first), *([second] if isinstance(second, tuple) else second)]
    return found


def _again_on_another(message: str, text: str, context: dict[str, Any]) -> Call | list[Call] | str | None:
    """The last conversation step again on something else: "and the triangle too" right after a repaint repaints it as well
    (or asks which one); "and the other one" right after an undo or a redo is one more of it."""
    if context.get("last_tool") in ("undo", "redo") and re.fullmatch(
            r"(?:and |now )?(?:the )?(?:other one|other|rest|last one|next one|one more)(?: too| as well| please| again)?", text):
        return [(context["last_tool"], {})]
    layout = context.get("layout")
    alone = re.fullmatch(r"(?:(?:and|now|ok|then) )*(?:the |that )?(?:\w+ )?(?:circle|square|triangle|one)s? again(?: please)?", text)
    if not layout or not (alone or context.get("last_tool") == "repaint_region" and re.search(r"\b(?:too|as well|also)\b", text)):
        return None  # "square again": another seed for it
    from .offline_edits import NeedsAnswer, _references
    from .offline_planner import normalise

    try:
        ids, _, explicit = _references(layout, normalise(message), context.get("focus") or [])
    except NeedsAnswer as question:
        return str(question)
    return ("repaint_region", {"region_ids": ids}) if ids and explicit else None


def _asks_what_is_possible(text: str, context: dict[str, Any]) -> bool:
    """Before any design, a question about what the shapes can be, or a follow-up to the answer about it."""
    return bool(re.search(r"\b(?:can|could|do|does|will) (?:the |your |all (?:the )?)?(?:shapes?|objects?|circles?|squares?|triangles?|things) "
                          r"(?:have|be|get|come)\b", text) or (context.get("last_words") == ABOUT and re.search(
                          r"\b(?:is (?:that|it|this) possible|possible too|can you do that|do you have|do you do|is there)\b", text)))


def _something(text: str, layout: dict[str, Any] | None) -> str | None:
    """A question back for "something" with nothing concrete: "put something on the right", "something pretty"."""
    if CONCRETE.search(text) or re.search(r"\b(?:without|not|never) (?:chang|touch|mov|alter)\w* (?:anything|a thing)\b", text):
        return None  # "re-render all of it without changing anything"
    if layout and re.search(r"\b(?:put|add|place|draw|stick|pop) (?:something|anything|a thing|some stuff|stuff)\b", text):
        return "What should I put there? Name a shape and a colour, e.g. 'a blue circle'."
    if re.search(r"\b(?:something|anything)\b", text) and not re.search(
            r"\b(?:circles?|squares?|triangles?|background|bigger|smaller|left|right|top|bottom|undo|redo)\b", text):
        return ("What should it show? Name the shapes, their colours and where they go, e.g. 'a yellow triangle at the top and two "
                "blue circles below it'.")  # "something different this time", "I want something pretty"
    return None


def _looked_wrong_again(text: str, layout: dict[str, Any] | None, focus: list[str]) -> Call | None:
    """ "Stripes look smudged. Again.": another seed for what it names (else for the striped ones, else everything)."""
    if not (layout and re.search(r"\b(?:again|once more|one more time|another go)(?: please)?$", text) and re.search(
            r"\b(?:look|looks|looked|came out|come out|smudged|blurry|blotchy|off|wrong|weird|bad|messy|ugly|wonky)\b", text) and not re.search(
            r"\b(?:make|move|turn|change|add|remove|put)\b", text)):
        return None
    from .offline_edits import NeedsAnswer, _references

    try:
        ids, _, _ = _references(layout, text, focus)
    except NeedsAnswer:
        ids = []
    striped = [r["id"] for r in layout["regions"] if "striped" in r.get("low_level", "")] if re.search(r"\bstripe", text) else []
    return "repaint_region", {"region_ids": ids or striped or [r["id"] for r in layout["regions"]]}


def _chatter(message: str, text: str) -> bool:
    """A message about nothing in the picture: a question, thanks, or a remark about the person's own plans."""
    return "?" in message or bool(re.search(r"\b(?:thanks?|thank you|good to know|i will|i am|bye|later|cheers|lovely|great|"
                                            r"nice|perfect|awesome|cool|got it|understood|sounds good|no worries|what i (?:needed|wanted))\b",
                                            words_of(message)))


def _acknowledgement(message: str) -> bool:
    """Small talk only: every part of the message is a greeting, thanks or an okay."""
    parts = [w for w in map(words_of, re.split(r"[,.!;]+", message)) if w]  # "thx 👍"
    thanks = r"(?: (?:ty|thx|thanks|thank you|thank u|tysm|cheers|please))+$"
    parts = [re.sub(thanks, "", p) if re.sub(thanks, "", p) else p for p in parts]  # "much better ty"
    return bool(parts) and all(re.fullmatch(ACK, p) or re.fullmatch(PRAISE, p) for p in parts)


# Thanks and praise in other words: "thank you ever so much", "that is just right", "that is exactly what i wanted".
PRAISE = (r"(?:oh )?(?:thank you|thanks|many thanks|cheers|ta)(?: \w+){0,4}|(?:now )?(?:that|this|it)? ?(?:is|looks)(?: now)? "
          r"(?:just |exactly |really |very |so |absolutely )?(?:right|it|perfect|fine|good|great|lovely|beautiful|brilliant|"
          r"what i (?:wanted|needed|was after|had in mind|asked for)|what i was after|spot on)(?: now)?|(?:all )?good(?: now)?|"
          r"(?:much )?better(?: now)?|love it|i love it|"
          r"wonderful|brilliant|excellent|amazing|super|spot on|well done|that will do|that does it|done")


ACK = (r"(?:hi|hello|hey)(?: there)?|thanks?(?: you| a lot)?|ty|thx|tysm|thnx|thank u|aight(?: bet)?|bet|sweet|dope|sick|sure|"
       r"ok(?:ay)?(?: cool| then| thanks)?|"
       r"cool|great|nice|lovely|perfect|awesome|"
       r"never ?mind|no thanks|its fine|that s (?:fine|good|great|better|nice)|thats (?:fine|good|great|better|nice)|"
       r"(?:ok )?leave it(?: as it is)?(?: then)?|ill come back later|i ll come back later|bye|see you(?: later)?|good(?: job)?")


_COUNT = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "thrice": 3, "four": 4, "five": 5}
_STEPS = r"(?:\d|one|two|three|four|five|once|twice|thrice)"


def _times(text: str, verb: str) -> int:
    """How many steps an undo or redo asks for: "undo twice", "undo the last two changes", "undo. and undo again"."""
    found = re.search(rf"\b(?:{_STEPS}) (?:more )?(?:times|steps?|changes?|edits?)\b|\b(?:twice|thrice)\b|"
                      rf"\blast ({_STEPS}|\d)\b", text)
    count = 1
    if found:
        word = (found.group(1) or found.group(0).split()[0]).strip()
        count = int(word) if word.isdigit() else _COUNT.get(word, 1)
    if re.search(r"\bboth\b(?: (?:of )?(?:those|these|the|them|my)?\s*(?:changes|moves|edits|steps|things)?\b)?", text):
        count = max(count, 2)  # "undo both of those moves"
    count = max(count, len(re.findall(rf"\b{verb}\b", text)))  # "undo. and undo again": two
    return max(1, min(count, 10))


def _layout_words(layout: dict[str, Any]) -> str:
    from .conversation import region_phrase

    words = ", ".join(region_phrase(r) for r in layout.get("regions", [])) or "nothing"
    background = (layout.get("background") or {}).get("high_level")
    return f"{words} on {background.replace('an empty ', 'a ')}" if background else words


def _round_described(text: str, shown: dict[int, dict[str, Any]], current: dict[str, Any] | None) -> int | None:
    """The round a reply names: "2", "round 2", "the second", or by what it showed ("the purple one", "the one with the
    square"): the latest round that shows it and is not the current design."""
    number = re.fullmatch(rf"(?:round |number |the )?{_NUMBER}(?: one| round)?(?: please)?", text)
    if number:
        found = _number(number.group(1), max(shown))
        return found if found in shown else None
    colours = [w for w in text.split() if w in COLOURS]
    nouns = [w.rstrip("s") for w in text.split() if w.rstrip("s") in ("circle", "square", "triangle")]
    if not colours and not nouns:
        return None
    for n in sorted(shown, reverse=True):
        if shown[n] == current:
            continue
        said = _layout_words(shown[n])
        if all(re.search(rf"\b{w}\b", said) for w in colours + nouns):
            return n
    return None


def _round_with(text: str, shown: dict[int, dict[str, Any]], current: dict[str, Any] | None) -> int | None:
    """The latest earlier round whose layout has what ``text`` says ("had only the one circle", "with two squares"), else
    the one :func:`_round_described` finds."""
    counted = re.findall(r"\b(one|two|three|four|five|six|\d)\s+((?:\w+\s+)?)(circle|square|triangle)s?\b", text)
    if not counted:
        return _round_described(text, shown, current)
    for n in sorted(shown, reverse=True):
        regions = shown[n].get("regions", []) if shown[n] != current else None
        if regions is not None and all(
                sum(r["high_level"].split()[-1] == noun and (not colour.strip() or colour.strip() in r.get("low_level", "")) for r in regions)
                == (int(word) if word.isdigit() else ORDINALS.get(word, 1)) for word, colour, noun in counted):
            return n
    return None


def _preferred_version(text: str, context: dict[str, Any]) -> str | None:
    """ "the white was nicer", "I liked it green better": undo (or redo) to the neighbouring version that had it."""
    kinds = rf"{'|'.join(COLOURS)}|striped|plain|solid|bigger|smaller"
    found = re.search(rf"\b(?:the |it )?({kinds})(?: one| version| background| was| looked| is)*"
                      r" (?:was |looked |is )?(?:better|nicer|best|prettier)\b|\bliked it ((?:\w+ ){0,2})better\b|"
                      rf"\b(?:back to|go with|return to|revert to|bring back) the ({kinds}) (?:ones?|versions?|design|picture|image)\b", text)
    if not found:
        return None
    word = (found.group(1) or found.group(2) or found.group(3) or "").split()[0:1]
    current = _layout_words(context["layout"]) if context.get("layout") else ""
    for tool, key in (("undo", "undo_layout"), ("redo", "redo_layout")):
        other = context.get(key)
        if other and word and _has(word[0], _layout_words(other), current):
            return tool
    return None


def _round_before(text: str, shown: dict[int, dict[str, Any]], layout: dict[str, Any] | None) -> int | None:
    """The round a message means by "before": before a feature the design has now ("better before the stripes, go back to
    that one": the latest round without it), or the picture before this one ("like the picture before, but ..."; after
    starting over, the last picture)."""
    if not shown:
        return None
    kinds = rf"{'|'.join(COLOURS)}|stripes?|striped|circles?|squares?|triangles?"
    feature = re.search(rf"\bbefore (?:(?:you|i|we) (?:added|put|made|gave it|changed)(?: it)? |adding |the )*(?:the |it )?({kinds})\b", text)
    if feature and layout and re.search(_RETURN, text):
        word = {"stripes": "striped", "stripe": "striped"}.get(feature.group(1), feature.group(1).rstrip("s"))
        if re.search(rf"\b{word}\b", _layout_words(layout)):
            return next((n for n in sorted(shown, reverse=True) if not re.search(rf"\b{word}\b", _layout_words(shown[n]))), None)
    if re.search(r"^(?:\w+ )?(?:like|same as|as in|just like) the (?:picture|one|design|image|version|drawing|last one) (?:from )?before\b"
                 r"(?=.*\bbut\b)", text):
        numbers = sorted(shown)
        return numbers[-1] if layout is None else (numbers[-2] if len(numbers) > 1 else None)
    return None


def _has(word: str, other: str, current: str) -> bool:
    """Whether a version described as ``other`` has ``word`` ("purple", "striped", "plain") where ``current`` has not."""
    if word in ("plain", "solid"):  # fewer stripes
        return len(re.findall(r"\bstriped\b", other)) < len(re.findall(r"\bstriped\b", current))
    return bool(re.search(rf"\b{word}\b", other)) and not re.search(rf"\b{word}\b", current)


def _only_in(text: str, other: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether what ``text`` names (colours and shapes) is all in ``other`` and something of it is not in ``current``."""
    named = [w for w in text.split() if w in COLOURS] + [w.rstrip("s") for w in text.split() if w.rstrip("s") in ("circle", "square", "triangle")]
    there, here = _layout_words(other), _layout_words(current)
    return bool(named) and all(re.search(rf"\b{w}\b", there) for w in named) and any(
        len(re.findall(rf"\b{w}\b", there)) > len(re.findall(rf"\b{w}\b", here)) for w in named)


def _takes_back_the_undo(text: str, undone: dict[str, Any] | None = None, current: dict[str, Any] | None = None) -> bool:
    """Right after an undo: "redo it", "put it back", "the black was better after all, bring it back" (no object named:
    "redo the circle" is a repaint)."""
    if re.search(r"\bredo(?: it| that| please| the change)?$|\bredo (?:them )?(?:both|all)(?: of them)?\b|\bredo (?:those|these|everything)\b|"
                 r"\bredo(?: it| that)?\b.*\b(?:was|were|looked) (?:better|nicer|right)\b|"
                 r"\bredo (?:just |only )?(?:one|1)(?: of (?:them|those|the changes))?$",
                 text):  # "redo it, the stripes were better"
        return True  # "the square was fine, redo", "hmm, redo both" (right after undoing twice)
    if re.search(r"\b(?:circles?|squares?|triangles?)\b", text) and re.search(r"\b(?:after all|bring (?:it|that|them) back|"
                                                                            r"put (?:it|that|them) back)\b", text):
        return undone is not None and current is not None and _only_in(text, undone, current)  # "bring it back, I want the square after all"
    if re.search(r"\b(?:circles?|squares?|triangles?|how it was|the way it was|as it was|before)\b", text):
        return False
    return bool(re.search(r"\b(?:put|bring|bringing|get|have|want|putting) (?:it|that|them|this) back\b|"
                          r"\b(?:was|were|looked) (?:better|nicer|right)(?: after all)?\b.*\bback\b", text))


def _history(text: str, rounds: int, variations: int) -> Call | list[Call] | None:
    if re.search(r"\b(?:kill|nuke|bin|trash|ditch) (?:it|this|that)\b|\bwipe (?:it|this|that)(?: clean| out| off)?$|"
                 r"\bwipe (?:it|this|that)(?: clean| out| off)? and (?:do|make|draw|try|start)\b|"
                 r"\b(?:clean|blank|fresh|empty) (?:slate|canvas|page)\b|"
                 r"\b(?:(?:wipe|clear|erase|delete|remove|scrap|bin|trash) (?:it all|everything|all of it|the (?:whole )?(?:canvas|picture|board|"
                 r"design|lot))(?! (?:except|but|apart|other than|besides|save|bar)\b)|start (?:all )?(?:over|again|afresh|fresh|from scratch)|"
                 r"from scratch|from nothing|from zero|^(?:please )?all new$|from a (?:blank|clean|empty) "
                 r"(?:canvas|slate|page)|begin (?:again|anew)|"
                 r"scrap (?:all (?:of )?)?(?:this|it|that|everything)(?! (?:last |latest )?(?:\w+ )?(?:changes?|edits?|steps?|moves?|ones?)\b)|"
                 r"reset(?: everything)?$|clear (?:it|everything|the canvas|all)|forget (?:it|that|everything))\b", text):
        return "start_over", {}
    if re.search(r"(?:^|\bi did want it\b.*\b)redo(?: that| it| please)?$|^redo(?: that| it)?\b(?=.*\b(?:after all|i (?:do|did) want|changed my mind|"
                 r"on second thought)\b)|\b(?:go|step|move|jump) (?:one step |a step )?forward\b|^forward\b|"
                 r"\bforward (?:one|a) step\b", text) or re.fullmatch(
                 r"(?:please |ok |now )?redo(?: that| it| please| the last (?:change|edit|step))?|"
                    rf"(?:please |ok |now )?redo (?:just |only )?(?:{_STEPS}(?: of (?:them|those|the changes))?|the last one)"
                    rf"(?: (?:step|change|edit)s?)?(?: please)?|redo (?:it )?{_STEPS} (?:times|steps)", text):
        return [("redo", {})] * _times(text, "redo")
    if re.search(r"\b(?:put|bring|get)(?: just| only)? (?:the|my) (?:\w+ ){0,2}?(?:circle|square|triangle|one) back\b", text):
        return None  # "put the orange circle back where it was": that object, not the whole last step
    if re.search(r"\b(?:go |take me |get me )?back to (?:the )?(?:(?:one|version|picture|image|design|state) )?before\b|"
                 r"^(?:\w+ )?(?:the )?same as (?:before|it was before|the (?:one|version|picture) before)\b(?=.*\b(?:except|but)\b)|"
                 r"\b(?:scrap|drop|lose|ditch|cancel|forget) (?:the|that|those|my|your) (?:last )?(?:\w+ )?(?:changes?|edits?|steps?)\b|"
                 r"\bback to the (?:previous|last|earlier) (?:version|one|design|picture|image|state)\b|"
                 r"\b(?:the )?(?:previous|last|earlier|old) (?:version|one|design|picture|image) (?:was|looked|is) (?:better|nicer|best)\b|"
                 r"\bbring back the (?:\w+ )?(?:one|version|design|picture|image)\b|"
                 r"\b(?:ctrl|cmd|control|command) ?z\b|\bundo\b|"
                 r"\b(?:go|take (?:it|that|this|the|both|those|these|all)(?: \w+){0,3}|step) back\b(?! to)|\brevert\b(?! to)|^back$|"
                 r"\bgo back one more\b|"
                 r"\b(?:get|bring|put|want|have|getting|bringing|putting) (?:it|that|them|those|everything|the (?:picture|design|image)) "
                 r"back\b(?! to)|\bback (?:to )?(?:how|the way|where) (?:it|they|that) (?:was|were)\b|"
                 r"\bas it was before\b|\bhow it was before\b|\bback one(?: step)?$|\bone step back\b|"
                 r"^(?:and |now )?(?:swap |switch |change )?(?:it |them )?back again\b|"
                 r"\bscratch (?:that|the|my) (?:last )?(?:change|edit|step|one|move)\b|^scratch that$|"
                 r"\b(?:get|bring|put|want|have|give me) (?:back )?(?:my|the|all the|all my|our) (?:\w+ )?(?:circles|squares|triangles|shapes|"
                 r"picture|design|drawing|stuff|things|work)(?: back)?\b(?=.*\bback\b|$)|\b(?:didnt|did not|didn t) mean (?:to )?(?:do )?"
                 r"(?:that|this|it)\b", text):
        return [("undo", {})] * _times(text, "undo")
    return None


def _questions(text: str, rounds: int, variations: int) -> Call | str | None:
    if re.search(r"\b(?:show|print|see|display|give|tell)\b.*\b(?:layout|laid out|arranged|arrangement|placed|positioned|regions|"
                 r"coordinates|boxes|bounding boxes|positions|json)\b|"
                 r"^(?:and |so )?(?:what|how|where)\b.*\b(?:layout|laid out|arranged)\b|^(?:the )?layout$|^what(?: s| is|s) the layout|"
                 r"\bwhat(?: s| is|s) (?:on|in) the (?:canvas|picture|image)\b|\bwhat is there\b|\bwhat(?: s| is| goes) where\b|"
                 r"\bwhere (?:is|are) (?:everything|each thing|all the (?:shapes|things|objects))\b|"
                 r"\b(?:show|tell) me where (?:everything|each thing|things|they|all the \w+) (?:is|are)\b", text):
        return "show_layout", {}
    if re.search(r"\bwhat (?:exactly |actually |just )?(?:did you |has |have you |is |s )?(?:just |actually |exactly )?(?:been )?chang|"
                 r"\bwhat(?: s| is) different\b|\bdiff\b|"
                 r"\bwhat did you (?:just |actually )?(?:do|change)\b", text):
        return "what_changed", {}
    if re.match(r"(?:and |so |but |ok )?why\b", text) or re.search(r"\bwhy (?:is|does|did|do|are|was) (?:that|it|this)\b|\bwhat(?: s| is) wrong\b|"
                                             r"\bis there (?:a|any) reason\b|\bhow come\b|"
                                             r"\b(?:does |is )?any(?:thing)? (?:look |looking |seem |seems )?(?:off|wrong|odd|broken)\b|"
                                             r"\bwhat(?: s| is) your (?:take|verdict|opinion|assessment)\b|"
                                             r"\bwhat would you (?:fix|change|improve)|\bwhat needs? fixing\b|"
                                             r"\bwhat(?: s| is) (?:left|next) to fix\b", text):
        return "explain_critique", {}
    concrete = CONCRETE.search(text)
    asks_for_a_change = re.search(r"\b(?:change|move|turn|recolou?r|swap|remove|resize)\b", text) or re.match(
        r"(?:and )?(?:can|could|would|will) you (?:please )?(?:make|give|put|add)\b", text)  # "can you make it stripped"
    named = rounds and re.search(r"\b(?:that|this|the|those|these) (?:\w+ )?(?:circle|square|triangle|one)s?\b", text)  # "do that triangle again?"
    if not concrete and not (rounds and asks_for_a_change) and not named and re.match(
            r"(?:and )?(?:what|which|can you|could you|do you|how|can it|could it|does it|will it|is it able)\b", text) and re.search(
            r"\b(?:draw|do|make|know|shapes?|colou?rs?|backgrounds?|stripes?|textures?|work)\b", text):
        return ABOUT
    if re.search(r"\b(?:the|my|our) usual\b|\bas usual$", text) and not CONCRETE.search(text):
        return "I don't keep pictures between sessions, so I don't know your usual one. What should this one show?"
    if re.search(r"\b(?:same|usual) (?:one|thing|picture|image|design)(?: as)? (?:last time|before|yesterday|the other day)\b", text) and not rounds:
        return "I don't keep pictures between sessions, so I can't see last time's. What should this one show?"
    if re.fullmatch(r"help|what can you do|what (?:is|are) (?:this|that|it|you)(?: thing| tool| app| place| for)?|who are you|"
                    r"what (?:can|do) i do here|how does (?:this|it) work", text):
        return ABOUT
    return None


def _variations(text: str, rounds: int, variations: int) -> Call | str | None:
    found = re.search(r"\b(\d+|two|three|four|five|six|a few|some|several|more|a couple of|couple of|a couple)?\s*"
                      r"(?:(?:more|other|different|new|alternative) )*"
                      r"(?:variations?|versions?|"
                      r"alternatives?|alternates?|options|variants?|takes|other ones|renditions?|spins)\b", text)
    if found and not found.group(1) and not re.search(r"\b(?:variations|versions|alternatives|alternates|options|variants|takes|other ones|"
                                                      r"renditions)\b", text):
        found = None  # "version" alone ("the first version") is no request for variations
    if found and not re.search(r"\b(?:number|option|variation) \d", text):
        if not rounds:
            return "There is no picture yet to vary: describe one first."
        after = re.search(r"\b(\d+|two|three|four|five|six) (?:of them|of those|please|in total|total)\b", text)  # "variations, 5 of them"
        anywhere = re.search(r"\b([2-6]|two|three|four|five|six)\b", text)  # "alternatives? like 4"
        said = found.group(1) if found.group(1) not in ("some", "a few", "several", "more") or not (after or anywhere) else None
        word = said or (after.group(1) if after else anywhere.group(1) if anywhere else "three")  # "some variations? maybe 4"
        count = int(word) if word.isdigit() else 2 if "couple" in word else ORDINALS.get(word, 3)
        return "make_variations", {"count": max(2, min(6, count))}
    like = re.search(r"\b(\d+|two|three|four|five|six|a few|some|a couple)? ?more (?:like (?:this|that|it)|of (?:these|those|this|that|the same))\b",
                     text)
    if like and rounds:  # "3 more like this"
        word = like.group(1) or "three"
        count = int(word) if word.isdigit() else ORDINALS.get(word, 2 if word == "a couple" else 3)
        return "make_variations", {"count": max(2, min(6, count))}
    more = re.search(r"\b([2-6]|two|three|four|five|six) more(?: please)?$", text)
    if variations and more:  # "none of those. 2 more"
        return "make_variations", {"count": int(more.group(1)) if more.group(1).isdigit() else ORDINALS[more.group(1)]}
    if variations and re.search(r"^(?:and )?(?:another|more|(?:a )?few more|some more)\b(?: \w+)?(?: please)?$", text):
        more = re.search(r"\d+|two|three|four|five|six", text)
        count = (int(more.group(0)) if more.group(0).isdigit() else ORDINALS[more.group(0)]) if more else 3
        return "make_variations", {"count": max(2, min(6, count))}
    if variations:
        text = re.sub(r"(?: if you please| please| thanks| thank you| cheers)+$", "", text)
        best = re.match(rf"(?:the )?{_NUMBER}(?: one| ones)?(?: is| s)? (?:the |my )?(?:best|nicest|winner|favourite|favorite|one|keeper|pick)\b",
                        text)
        if best:  # "2nd one's the best, go with that"
            return "pick_variation", {"number": _number(best.group(1), variations)}
        named = re.search(rf"\b(?:number|option|variation|take|version|no) {_NUMBER}\b|\bthe {_NUMBER} (?:one|take|variation|option|version)\b"
                          rf"(?! (?:circle|square|triangle))", text)
        if named and not re.search(r"\b(?:round|make|move|add|remove|colou?r)\b", text):
            return "pick_variation", {"number": _number(next(g for g in named.groups() if g), variations)}
        pick = re.fullmatch(rf"(?:i (?:like|want|prefer|ll take|choose|pick)|pick|choose|take|use|go with|keep)?\s*(?:the )?"
                            rf"(?:number |option |variation |image |picture )?{_NUMBER}(?: one| ones| option| variation| image| please)?"
                            r"(?: (?:one )?(?:is|s|looks|was|seems)? ?(?:better|best|nicer|the best|the nicest|good|great|it|fine|perfect))?", text)
        if pick:
            return "pick_variation", {"number": _number(pick.group(1), variations)}
        last = re.search(rf"(?:^|\b)(?:the |number |option |variation |no |#)?{_NUMBER}(?: one)?(?: please)?$", text)
        if last and not PICTURE_WORDS.search(text) and not re.search(r"\bround\b", text):  # "hmm tough call... the fourth"
            return "pick_variation", {"number": _number(last.group(1), variations)}
    return None


_RETURN = (r"\b(?:back|return|restore|revert|use|keep|take|bring|want|prefer|preferred|go with|went with|liked|like|see|show me|better|nicer|"
           r"best)\b")


def _restore(text: str, rounds: int, variations: int) -> Call | None:
    if variations and re.search(r"\bversion\b", text) and not re.search(r"\b(?:round|image|picture)\b", text):
        return None  # "I'll take version 1" while variations are shown: one of them
    found = re.search(rf"\b(?:back to|go to|use|restore|return to|revert to|take|show me|bring back|keep|see|want)\s+(?:the )?"
                      rf"(?:round|image|picture|version)\s+{_NUMBER}\b|"
                      rf"\b(?:use|restore|bring back|back to|go back to|keep|see) the (?:very )?{_NUMBER} (?:round|image|picture|version|one)\b|"
                      rf"\b(?:round|image|picture|version)(?: number| no)? {_NUMBER} again\b|"
                      rf"^(?:round|image|picture|pic)(?: number| no)? {_NUMBER}(?: please| pls)?$", text)  # "round 1": that round
    # "that was round 1 right? take me back to it", "meh. go back to the very first one, round 1"
    # "version 1 was the nicest, go back to that one" (while variations are open, "version 2" picks one of them)
    named = re.search(rf"\b(?:round|version|attempt|try|image|picture)(?: number| no)? {_NUMBER}\b" if not variations else
                      rf"\bround (?:number )?{_NUMBER}\b", text)
    if not found and named and re.search(_RETURN, text):
        found = named
    ordinal = re.search(rf"\bthe (?:very )?{_NUMBER} (?:round|image|picture|pic|photo|img|version|attempt|try|design|drawing)\b", text)
    if not found and ordinal and re.search(_RETURN, text):  # "I preferred the second picture, can we go back to it?"
        found = ordinal
    if not found and re.search(r"\b(?:back to|return to|restore|revert to) the (?:very )?(?:first|original|start|beginning)\b|"
                               r"^(?:\w+ )?(?:like|same as|as in) the (?:very )?(?:first|original) (?:one|round|picture|version|image|design)\b"
                               r"(?=.*\bbut\b)|"
                               r"\b(?:back )?to (?:where|how) (?:it|they|we|things|everything|this) (?:started|began|first was)\b|"
                               r"\b(?:the way|how|as) (?:it|they|things|everything) (?:was|were|looked|started) (?:at|in) the (?:very )?"
                               r"(?:start|beginning|first)\b", text):
        return ("restore_round", {"round": 1}) if rounds else None
    if not found and not variations and re.search(r"\bthe (?:very )?(?:first|original) one\b", text) and re.search(_RETURN, text):
        return ("restore_round", {"round": 1}) if rounds else None  # "I liked the very first one best, can we go back to that?"
    if found and rounds:
        return "restore_round", {"round": _number(next(g for g in found.groups() if g), rounds)}
    return None


REPAINT = re.compile(r"^(?:the|that) (?:\w+ )?(?:circle|square|triangle|one) again\b|^(?:both|all|them|everything)(?: of them)? again\b|"
                     r"^(?:(?:please|then|ok|can you|could you|would you|will you|pls) )*fix "
                     r"(?=(?:the|that|this) (?:\w+ )?(?:circle|square|triangle|one)(?: then| please| for me)?$)|"
                     r"\b(?:(?:paint|draw|render|do|redo) (?:just |only )?(?:that|this|the|it|them|both|those|these)(?: \w+){0,2} "
                     r"(?:again|once more)|"
                     r"redo|retry|re ?paint|regenerate|re ?roll|re ?draw|re ?render|re ?touch|touch up|try(?: again| once more)?|"
                     r"(?:make|do) (?:it |that |this )?again|"
                     r"(?:another|one more|a second|a new|a fresh) (?:go|try|take|shot|attempt|pass)(?: at)?|"
                     r"give me a new|make a new|new)\b")


def _repaint(text: str, layout: dict[str, Any] | None, focus: list[str]) -> Call | str | None:
    """ "redo the triangle", "try the square again", "new circle", "regenerate just that one", "try again" (everything)."""
    from .offline_edits import _REFERENCE, NeedsAnswer, _references, colour_lists, place_lists, texture_named
    from .offline_planner import plain_words

    text = plain_words(text)  # "redo just the box"
    text = re.sub(r"\bthe (?:thing|shape|object|item|bit|one|(circle|square|triangle)) (?:on|at|in) the ((?:top|bottom) (?:left|right)|left|"
                  r"right|top|bottom|middle|center|centre)\b", lambda m: f"the {m.group(2)} {m.group(1) or 'one'}", place_lists(colour_lists(text)))
    text = re.sub(r"\b(?:with |keeping |using |keep )?(?:exactly |just )?(?:the )?same (?:layout|design|arrangement|composition|positions)\b",
                  " ", text)
    if layout:  # "the striped one looks smudged, regenerate it": the one object with stripes
        text = texture_named(layout, text)
    found = REPAINT.search(text)
    if not found or not layout or re.search(r"\b(?:add|another (?:circle|square|triangle)|new (?:picture|image|design|drawing)|"
                                            r"tomorrow|later|sometime|next time|another time|(?:try|check) (?:it|this) out|"
                                            r"swap\w*|switch\w*|traded?|exchanged?)\b", text):  # "what if they swapped colours? try it"
        return None
    rest = text[found.end():]
    change = _REFERENCE.sub(" ", re.sub(r"\b(?:one|ones|circles?|squares?|triangles?) (?:on|at|in) the \w+", " ", rest))
    complaint = re.search(r"\b(?:came out|come out|comes out|look|looks|looked|uneven|smudged|blurry|blotchy|wonky|off|wrong|weird|messy|"
                          r"strange|ugly|odd|broken|bad|edges?)\b", rest)
    attribute = rf"\b(?:{'|'.join(COLOURS)}|grey|striped|stripes|solid|plain|bigger|smaller|larger|left|right|top|bottom|center|middle)\b"
    if not complaint and (re.search(attribute, change) or re.search(r"\b(?:in|on|at|to|into|towards?) the (?:very )?(?:far )?"
                                                                    r"(?:left|right|top|bottom|cent(?:er|re)|middle)\b", rest)):
        return None  # "try blue instead", "try it on the left": a change, not another seed ("redo the red circle" is one)
    try:
        ids, _, _ = _references(layout, text[: found.start()] + " " + rest, focus)
        if not ids and found.group(0).split()[0] in ("paint", "draw", "render", "do", "redo", "the", "that"):  # "paint the two squares once more"
            ids, _, _ = _references(layout, found.group(0), focus)
    except NeedsAnswer as question:  # "redo the square" with two squares
        return str(question)
    if not ids and re.search(r"\b(?:(?:the )?(?:whole|entire|full) (?:thing|picture|image|design|lot|scene|frame|canvas|composition|page)|"
                             r"the (?:frame|canvas|composition|whole)|everything|all of it|the lot|"
                             r"all of them|all)\b", text):
        ids = [r["id"] for r in layout["regions"]]  # "regenerate the whole thing (but keep the layout)"
    if not ids and not re.sub(r"\b(?:again|once more|please|just|it|that|this|one|the)\b", "", rest).strip():
        ids = focus or [r["id"] for r in layout["regions"]]  # "try again": everything (or what the last edit was about)
    if not ids:
        if rest.split()[:1] and rest.split()[0] in ("a", "an"):
            return None  # "new a ..." is a request, not a redo
        return f"Which object should I redo? The layout has {', '.join(r['id'] for r in layout['regions'])}."
    return "repaint_region", {"region_ids": ids}


_CORRECTION = re.compile(r"^(?:(?:no+|nope|oops|argh+|ugh|sorry|wait|hmm+|ah|oh|erm?|whoops)\b[\s,.!:;-]*)*"
                         r"(?:not (?:that|this) one|(?:that s |that was |you (?:got|picked|changed|did) )?(?:the )?wrong one|i meant|i said|"
                         r"i was talking about|i wanted)\b[\s,.!:;-]*(?P<ref>[^.!?;]*)", re.IGNORECASE)


def corrected(message: str, context: dict[str, Any]) -> str | None:
    """ "not that one, the one at the top!", "no, I meant the other one": the last change was made on the wrong object; the
    request that makes it on the one meant (to run after an undo), or None when the message is no such correction."""
    found = _CORRECTION.match(message.strip().replace("\u2019", "'"))
    undone = context.get("last_tool") == "undo"  # "undo that" then "I meant the middle one": the change undone, on that one
    last, before = context.get("last_edit"), context.get("layout") if undone else context.get("undo_layout") or context.get("layout")
    if not found or not last or not before or context.get("last_tool") not in ("submit_layout", "undo"):
        return None
    ref = re.split(r"\s+[-\u2013\u2014]+\s+|,\s*(?=the (?:\w+ )?(?:one|circle|square|triangle)s? (?:should|stays?|is|was|keeps?)\b)",
                   found.group("ref").strip())[0]
    ref = re.sub(r"\s+(?:was|is|were)?\s*(?:meant|supposed) to\b.*$|\s+(?:should|stays?|keeps?)\b.*$", "", ref.lower()).strip(" ,")
    if not re.search(r"\b(?:one|circle|square|triangle|ball|box|dot)s?\b", ref):
        return None
    from .offline_edits import NeedsAnswer, _references
    from .offline_planner import normalise

    try:
        ids, rest, _ = _references(before, normalise(last), [])
    except NeedsAnswer:
        return None
    rest = " ".join(w for w in rest.split() if w not in ",;:")
    return f"{rest} {ref}" if ids and rest else None
