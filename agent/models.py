"""Chat models that plan layouts: the offline planner behind the chat-model interface, and OpenAI-compatible endpoints.

Every planner answers the conversation with a ``submit_layout`` tool call whose
``layout`` argument is the layout document; the graph validates it and sends the
validation messages back as the tool's answer when it is wrong.

Specs: ``offline`` (default), ``openai:MODEL`` (needs OPENAI_API_KEY),
``openai-compatible:BASE_URL:MODEL`` (vLLM, Ollama, llama.cpp server, ...).
"""

from __future__ import annotations

import itertools
import json
import os
import re
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool

from .language import other_language
from .offline_edits import NeedsAnswer, _references, edit, is_edit
from .offline_intents import Question, corrected, intent
from .offline_planner import COLOURS as PLANNER_COLOURS
from .offline_planner import normalise, plan

SUBMIT_LAYOUT = "submit_layout"
VALIDATOR = "layout_validator"  # author name of validation replies (not a user request)
_calls = itertools.count(1)


def submit_layout_tool() -> dict[str, Any]:
    """The OpenAI-style definition of the tool a planner calls with its layout."""
    from ..schemas import load_schema

    schema = {k: v for k, v in load_schema("layout").items() if k not in ("$schema", "$id", "title")}
    return {
        "type": "function",
        "function": {
            "name": SUBMIT_LAYOUT,
            "description": "Submit the region layout for the requested picture (validated against the layout JSON Schema).",
            "parameters": {"type": "object", "properties": {"layout": schema}, "required": ["layout"], "additionalProperties": False},
        },
    }


class OfflinePlanner(BaseChatModel):
    """A deterministic planner that speaks the tool-calling chat-model interface, with no model behind it."""

    width: int = 512
    height: int = 512
    #: Deterministic: an answer without a layout (why it cannot plan) would come again on a retry.
    words_are_final: bool = True

    @property
    def _llm_type(self) -> str:
        return "regiondit-offline-planner"

    def bind_tools(self, tools: list[Any], **kwargs: Any):
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], **kwargs)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        request = next(reversed(user_requests(messages)), None)
        if request is None:
            return ChatResult(
                generations=[
                    ChatGeneration(message=AIMessage(content="Describe the picture you want, e.g. 'a red circle in the top left'."))
                ]
            )
        text = message_text(request)
        language = other_language(text)
        if language:  # read as English words it would draw something else, and the critic, reading the same words, would agree
            said = f"I read English only, and that reads as {language}; describe the picture in English, e.g. 'a red circle in the top left'."
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=said))])
        context = {**conversation_context(messages), **_memory(messages)}
        starred = re.match(r"\s*[a-z]+\*[^.?!]*[.?!]\s*(?=\S)", text, re.I)  # "blue* obviously, but you got it. why ...?": a typo fixed
        text = text[starred.end():] if starred else text  # in the last message, which was read right; the rest is the request
        then = _then_left(messages, request)
        if then:  # the tools of "go back to round 1, and then make it yellow" have run: now the change, on what they left
            return ChatResult(generations=[ChatGeneration(message=self._layout_answer(then, {**context, "pending": None}))])
        redo_on = corrected(text, context)  # "not that one, the one at the top!": undo, then the same change on that one
        if redo_on and context.get("last_tool") == "undo":  # already undone: the change, on the one meant
            return ChatResult(generations=[ChatGeneration(message=self._layout_answer(redo_on, {**context, "pending": None}))])
        text = _if_so(text)
        decision = [("undo", {})] if redo_on else intent(text, context)
        head = _change_before_question(text, context.get("layout")) if decision in (("what_changed", {}), ("explain_critique", {})) else ""
        if head:  # "can you make it blue? and what did you change?": the change, whose reply says what changed and what to fix next
            decision, text = None, head
        if isinstance(decision, tuple | list):  # conversation tools: undo (maybe twice), variations, why, ...
            calls = [decision] if isinstance(decision, tuple) else decision
            if calls[0][0] == "make_variations":  # "make the background white, and then three versions of it": the edit first
                calls = self._edit_before(text, context) + calls
            after = redo_on or (_change_after(text) if calls[-1][0] in ("restore_round", "undo", "redo", "pick_variation") else
                                _design_after(text) if calls[-1][0] == "start_over" else "")
            message = AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call_{next(_calls)}"} for name, args in calls],
                                additional_kwargs=({"then": after} if after else {}) | _asked_about(text, calls, context.get("layout")))
        elif isinstance(decision, str):  # an answer in words, or a question back (what it asks is remembered)
            message = AIMessage(content=str(decision), additional_kwargs={"asked": decision.about} if isinstance(decision, Question) else {})
        else:
            message = self._layout_answer(text, context)
        return ChatResult(generations=[ChatGeneration(message=message)])

    @staticmethod
    def _edit_before(text: str, context: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """A change asked in the same message before a request for variations, as a submit_layout call (none if there is none)."""
        found = re.search(r"(?:[,;.]|\band\b|\bthen\b)[^,;.]*?\b(?:variations?|versions?|alternatives?|options|variants?|takes)\b", text, re.I)
        head, current = (text[: found.start()] if found else ""), context.get("layout")
        if current is None or len(head.split()) < 2 or not is_edit(head, current):
            return []
        try:
            layout, _ = edit(current, head, focus=context.get("focus"))
        except ValueError:  # NeedsAnswer included: the variations go ahead on the design as it is
            return []
        return [(SUBMIT_LAYOUT, {"layout": layout})] if layout != current else []

    def _layout_answer(self, text: str, context: dict[str, Any]) -> AIMessage:
        current, pending = context.get("layout"), context.get("pending")
        notes: list[str] = []
        if pending and (STAND_IN in pending or current is None):  # the answer to "which shape (or colour) should stand for it?"
            text, pending = _stand_in(pending, text), None
        beyond = _reshaped_beyond(text, context.get("world")) if current is not None else None
        if beyond:  # "turn it into a heart": ask which shape should stand for it
            return _ask_instead(beyond, text)
        try:
            if current is not None and (pending or is_edit(text, current)):
                last = context.get("last_edit")
                if re.search(r"\bbackgrounds?\b", context.get("said_before") or "", re.I):  # "what backgrounds can I pick?" then "try gray"
                    last = context["said_before"]
                shown = context.get("round_layouts") or {}
                earlier = [shown[k] for k in sorted(shown, key=int, reverse=True)]
                layout, focus = edit(current, text, focus=context.get("focus"), pending=pending, last=last, earlier=earlier)
                back = re.search(r"\b(?:back|how it was|as it was|revert|before)\b", text, re.I)
                for step in ("redo", "undo") if back else ("redo",):  # "remove it after all" after undoing it; "put the triangle back"
                    if context.get(f"{step}_layout") is not None and layout == context[f"{step}_layout"]:
                        return AIMessage(content="", tool_calls=[{"name": step, "args": {}, "id": f"call_{next(_calls)}"}])
                beyond = outside_world(layout, current, context.get("world"), notes)
                if beyond:  # "make it pink" for a model without pink: ask; the answer ("purple then") completes the request
                    return _ask_instead(beyond, f"{pending} {text}" if pending else text)
                return AIMessage(content=" ".join(notes), additional_kwargs={"focus": focus, "edit": f"{pending} {text}" if pending else text},
                                 tool_calls=[{"name": SUBMIT_LAYOUT, "args": {"layout": layout}, "id": f"call_{next(_calls)}"}])
            layout = plan(text, width=self.width, height=self.height, notes=notes)
            beyond = outside_world(layout, None, context.get("world"), notes)
            if beyond:  # a cat for a model that draws only shapes: ask rather than render a blob
                return _ask_instead(beyond, text)
        except NeedsAnswer as question:  # what is unclear goes back to the user; the answer may then name only that
            return AIMessage(content=str(question), additional_kwargs={"pending": f"{pending} {text}" if pending else text})
        except ValueError as exc:
            return AIMessage(content=str(exc))
        # The notes say what was left out; they reach the user with the turn's answer.
        return AIMessage(content=" ".join(notes), tool_calls=[{"name": SUBMIT_LAYOUT, "args": {"layout": layout}, "id": f"call_{next(_calls)}"}])


def _asked_about(text: str, calls: list[tuple[str, dict[str, Any]]], layout: dict[str, Any] | None) -> dict[str, Any]:
    """The focus a question or a repaint sets: "why is the orange one tilted?" makes "redo that one" mean the orange one,
    "redo the one at the bottom" makes "and the one above it too" mean the one above that one."""
    repainted = calls[0][1].get("region_ids", []) if calls[0][0] == "repaint_region" else []
    if layout and repainted and len(repainted) < len(layout["regions"]):
        return {"focus": list(repainted)}
    if not layout or calls[0][0] not in ("explain_critique", "what_changed", "show_layout"):
        return {}
    try:
        ids, _, explicit = _references(layout, normalise(text), [])
    except NeedsAnswer:
        return {}
    return {"focus": ids} if ids and explicit and len(ids) < len(layout["regions"]) else {}


_GENERIC_NOUNS = ("shape", "object", "thing", "one")


def outside_world(layout: dict[str, Any], before: dict[str, Any] | None, world: dict[str, list[str]] | None,
                  notes: list[str] | None = None) -> tuple[str, str] | None:
    """For a closed-world model (``world``: its shapes and colours), regions new or changed since ``before`` that it cannot
    draw. When none of them names one of its shapes ("draw my cat"), or one asks for a colour it lacks ("make it pink"):
    (a question, the colour word it is about or ""). When only some name nothing drawable (a word the planner took for
    an object beside real ones), those are dropped from ``layout`` and said in ``notes``. None when all is drawable."""
    if not world:
        return None
    old = {r["id"]: (r["high_level"], r.get("low_level", "")) for r in (before or {}).get("regions", [])}
    changed = [r for r in layout["regions"] if old.get(r["id"]) != (r["high_level"], r.get("low_level", ""))]
    def named(region: dict[str, Any]) -> list[str]:
        return re.findall(r"[a-z]+", region["high_level"].split(",")[0].lower())
    # a region names something else when no word of its content text is one of the world's shapes (or "shape", "one")
    odd = [r for r in changed if not any(w in world["shapes"] or w.rstrip("s") in world["shapes"] or w in _GENERIC_NOUNS for w in named(r))]
    shapes, colours = _world_words(world)
    if odd and len(odd) == len(changed):
        thing = next((w for w in named(odd[0])[::-1] if w not in ("a", "an", "the", "my", "your")), "that")
        return _cannot_draw(thing, world), thing
    if odd:
        layout["regions"] = [r for r in layout["regions"] if r not in odd]
        if notes is not None:
            notes.append(f"This model draws only {shapes}; I left out {', '.join(repr(r['high_level']) for r in odd)}.")
    for region in changed:
        said = [w for w in re.findall(r"[a-z]+", f"{region['high_level']} {region.get('low_level', '')}") if w in PLANNER_COLOURS]
        wrong = next((w for w in said if w not in world["colours"]), None)
        if wrong and region not in odd:
            return f"{wrong.capitalize()} isn't one of this model's colours: it has {colours}. Which would do?", wrong
    return None


def _world_words(world: dict[str, list[str]]) -> tuple[str, str]:
    """What a closed-world model draws, in words: ("circles, squares and triangles", "red, green, ...")."""
    return " and ".join([", ".join(f"{s}s" for s in world["shapes"][:-1]), f"{world['shapes'][-1]}s"]), ", ".join(world["colours"])


def _cannot_draw(thing: str, world: dict[str, list[str]]) -> str:
    shapes, colours = _world_words(world)
    return (f"This model draws only {shapes} (in {colours}; solid or striped), so I can't draw {_article(thing)}. "
            f"Which shape and colour should stand for it, e.g. 'a {world['colours'][0]} {world['shapes'][0]} in the middle'?")


#: Where a thing the model cannot draw stood in a request that waits for the answer naming its stand-in.
STAND_IN = "standin"


def _reshaped_beyond(text: str, world: dict[str, list[str]] | None) -> tuple[str, str] | None:
    """ "could you turn it into a heart?" for a model without hearts: the question, and the word."""
    found = re.search(r"\b(?:turn|change|make|transform|convert|morph|reshape)\b[^.?!,;]*?\binto (?:a|an|the shape of an?) ([a-z]+)\b",
                      normalise(text))
    if not world or not found or found.group(1) in (*world["shapes"], *_GENERIC_NOUNS, *PLANNER_COLOURS, "striped", "solid"):
        return None
    return _cannot_draw(found.group(1), world), found.group(1)


def _stand_in(pending: str, answer: str) -> str:
    """A request that waited for a stand-in, completed by the answer: "a yellow star top right" + "a yellow circle is fine" ->
    "a yellow circle top right"; "a pink circle" (pink removed) + "purple then" -> "a purple circle"; an answer that is a
    picture of its own ("a red square with a blue triangle on top") is added (or drawn) as it is."""
    answer = re.sub(r"^\s*(?:(?:yes|yeah|yep|sure|ok|okay|fine|alright|great|perfect|oh|right|good|cool|sounds good|that works|go ahead|"
                    r"please|let s do that|do that)\b[\s,:;.!\-]*)+", "", answer, flags=re.I) or answer
    said = normalise(answer)
    shapes = re.findall(r"\b(circle|square|triangle)s?\b", said)
    colour = next((w for w in said.split() if w in PLANNER_COLOURS), None)
    placed = re.search(r"\b(?:top|bottom|left|right|middle|center|above|below|under|on top|next to|beside)\b", said)
    if len(shapes) > 1 or shapes and placed:  # a whole picture of its own
        return f"add {answer}" if re.match(r"\s*(?:(?:and|now|then|also|please|ok|so) )*(?:add|put|place|draw|insert)\b", pending, re.I) else answer
    if STAND_IN in pending and shapes:
        before = re.search(rf"((?:{'|'.join(PLANNER_COLOURS)}) )?{STAND_IN}\b", pending)
        return f"{pending[: before.start()]}{colour + ' ' if colour else before.group(1) or ''}{shapes[0]}{pending[before.end():]}"
    if STAND_IN not in pending and colour and not shapes and len(re.findall(r"\b(?:circle|square|triangle)s?\b", pending)) == 1:
        return re.sub(r"\b(circle|square|triangle)(s?)\b", rf"{colour} \1\2", pending, count=1)  # the colour it lacked
    return answer


def _article(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _ask_instead(beyond: tuple[str, str], request: str | None) -> AIMessage:
    """The question of :func:`outside_world`; a request it interrupts waits, without the word it could not draw, for the answer."""
    question, word = beyond
    pending = re.sub(rf"\b{word}\b", " " if word in PLANNER_COLOURS else STAND_IN, request, count=1, flags=re.I) if request and word else None
    return AIMessage(content=question, additional_kwargs={"pending": pending} if pending else {})


_THEN = re.compile(r"(?:[,;.]\s*|\s)(?:and then|and|then|after that|and after that)\s+(?:please\s+)?(?=(?:make|move|turn|change|add|remove|put|"
                   r"give|colou?r|paint|recolou?r|shrink|enlarge|swap|delete|stripe)\b)", re.I)


def _if_so(text: str) -> str:
    """ "can you do stripes? if so, put stripes on it": the request after the question it depends on."""
    found = re.search(r"\?\s*(?:and\s+|then\s+)?(?:if so|if you can|if yes|if it can|if that(?:'s| is) possible|if possible|in that case|"
                      r"if you do)\b[\s,:]*(?=\w)", text, re.I)
    if not found:
        return text
    tail = text[found.end():]
    if re.search(r"\bstripe", text[: found.start()], re.I) and not re.search(r"\bstripe", tail, re.I):
        tail = re.sub(r"\bsome\b", "stripes", tail, count=1)  # "do you have stripes? if so, put some on the circle"
    return tail


def _change_before_question(text: str, layout: dict[str, Any] | None) -> str:
    """The change asked before a question about it in the same message ("make it blue? and what did you change?"), or ""."""
    found = re.search(r"(?:[,;.?!]|\band\b)[^,;.?!]*?\b(?:what\b[^,;.?!]*\bchang|what did you (?:do|change)|why\b|"
                      r"what(?:'s| is) (?:wrong|different))", text, re.I)
    head = text[: found.start()].strip() if found else ""
    return head if layout is not None and len(head.split()) >= 2 and is_edit(head, layout) else ""


def _change_after(text: str) -> str:
    """The change a message asks for after going back ("back to round 1, and then make that one yellow"), or ""."""
    found = _THEN.search(text)
    if found:
        return text[found.end():].strip()
    but = re.search(r"\bbut (?:with |plus |add )(.+)$|\bbut (?:with(?:out)?|minus|no) (?:the )?(.+)$", text, re.I)  # "like the first, but with ..."
    if but and but.group(1) and re.match(r"the\b", but.group(1)):  # "like the first, but with the circle blue": a change of it
        return but.group(1)
    trait = re.search(r"\b(?:except|but|only|just)\s+(?:(?:make (?:it|them)|it s|its|it is|they re|they are|a bit|slightly|a little) )*"
                      r"((?:bigger|smaller|larger|tinier|striped|stripy|solid|plain)\b.*)$", text, re.I)
    if not but and trait:  # "same as before except bigger"
        return f"make everything {trait.group(1)}"
    return (f"add {but.group(1)}" if but.group(1) else f"remove the {but.group(2)}") if but else ""


def _design_after(text: str) -> str:
    """The new picture a message describes after starting over ("Scrap it. New brief: three purple triangles ...",
    "start again with a blue circle"), or ""."""
    parts = re.split(r"(?<=[.!;:?])\s+|\s+[-\u2013\u2014]+\s+|\b(?:start(?:ing)? (?:over|again|fresh)|from scratch) with\b|"
                     r"\s+(?:and )?then\s+(?=(?:draw|make|do|give me|create|try|add|put)\b)", text)
    found = next((k for k, part in enumerate(parts) if k and re.search(r"\b(?:circle|square|triangle)s?\b", part, re.I)), None)
    return " ".join(p.strip() for p in parts[found:] if p) if found is not None else ""


def _then_left(messages: list[BaseMessage], request: HumanMessage) -> str:
    """The change still to make this turn: the last answer to ``request`` called tools and left a change for after them."""
    after = messages[next(i for i in range(len(messages) - 1, -1, -1) if messages[i] is request) + 1:]
    answers = [m for m in after if isinstance(m, AIMessage)]
    return answers[-1].additional_kwargs.get("then", "") if answers and answers[-1].tool_calls else ""


def user_requests(messages: list[BaseMessage]) -> list[HumanMessage]:
    """The person's own messages: not the validator's problems nor the current layout put before the latest request."""
    return [m for m in messages if isinstance(m, HumanMessage) and m.name not in (VALIDATOR, CURRENT_LAYOUT)]


def message_text(message: BaseMessage) -> str:
    """A message's words, whether its content is a string or a list of parts."""
    content = message.content
    return content if isinstance(content, str) else " ".join(p.get("text", "") for p in content if isinstance(p, dict))


def _memory(messages: list[BaseMessage]) -> dict[str, Any]:
    """What the offline agent remembers of its own answers: the ids its last edit was about, and a question still open."""
    answers = [m for m in messages if isinstance(m, AIMessage)]
    focus = next((m.additional_kwargs["focus"] for m in reversed(answers) if "focus" in m.additional_kwargs), None)
    last = answers[-1] if answers else None
    edited = next((m.additional_kwargs["edit"] for m in reversed(answers) if "edit" in m.additional_kwargs), None)
    acted = next((m.tool_calls[0]["name"] for m in reversed(answers) if m.tool_calls), None)
    requests = user_requests(messages)
    said_before = requests[-2].content if len(requests) >= 2 and isinstance(requests[-2].content, str) else None
    return {"focus": focus, "pending": last.additional_kwargs.get("pending") if last is not None else None, "last_edit": edited,
            "said_before": said_before,
            "last_tool": acted,
            "last_words": last.content if last is not None and not last.tool_calls else None,
            "asked": last.additional_kwargs.get("asked") if last is not None else None}


CURRENT_LAYOUT = "current_layout"  # name of the message that carries the layout being edited


def context_message(layout: dict[str, Any] | None, rounds: int, variations: int, redo: dict[str, Any] | None = None,
                    round_layouts: dict[int, dict[str, Any]] | None = None, undo: dict[str, Any] | None = None,
                    world: dict[str, list[str]] | None = None) -> HumanMessage:
    """Where the design stands, as a message: words and JSON for a language model, the values themselves for code.

    ``redo``: the layout a ``redo`` would bring back (the last step was an undo); ``undo``: the one an undo would;
    ``round_layouts``: each round's layout (for "the purple one" when the user picks an earlier round by what it showed);
    ``world``: what the model can draw when it is a closed world (see :func:`regiondit.tools.rendering.drawable`)."""
    parts = [f"So far {rounds} image(s) (rounds 1-{rounds})." if rounds else "No image yet."]
    if world:
        parts.append(f"This model draws only {', '.join(world['shapes'])} in {', '.join(world['colours'])} (solid or striped) on a "
                     f"{' / '.join(world['backgrounds'])} background; when the user asks for anything else, ask which of these to use "
                     "instead of rendering.")
    if variations:
        parts.append(f"The last {variations} images are variations the user may pick by number (1-{variations}).")
    if redo is not None:
        parts.append("The user has undone a change; `redo` brings it back.")
    if layout:
        parts.append(f"The current layout (edit it when the user asks for changes; keep what they do not mention):\n{json.dumps(layout)}")
    else:
        parts.append("There is no current layout.")
    return HumanMessage(
        content="\n".join(parts), name=CURRENT_LAYOUT, additional_kwargs={
            "layout": layout, "rounds": rounds, "variations": variations, "redo_layout": redo, "undo_layout": undo,
            "round_layouts": round_layouts or {}, "world": world}
    )


def conversation_context(messages: list[BaseMessage]) -> dict[str, Any]:
    """The values :func:`context_message` carries (empty when the conversation has none)."""
    return next((dict(m.additional_kwargs) for m in reversed(messages) if m.name == CURRENT_LAYOUT), {})


def current_layout(messages: list[BaseMessage]) -> dict[str, Any] | None:
    """The layout the conversation is editing."""
    return conversation_context(messages).get("layout")


def make_chat_model(spec: str | BaseChatModel = "offline", **kwargs: Any) -> BaseChatModel:
    """The planner a ``--llm`` value names (a chat model instance is used as it is)."""
    if isinstance(spec, BaseChatModel):
        return spec
    if spec == "offline":
        return OfflinePlanner(**kwargs)
    if spec.startswith("openai:"):
        from langchain_openai import ChatOpenAI

        if not os.environ.get("OPENAI_API_KEY"):
            raise ValueError("openai:MODEL needs the OPENAI_API_KEY environment variable; or use --llm offline")
        return ChatOpenAI(model=spec.split(":", 1)[1], temperature=0, max_retries=1, timeout=120)
    if spec.startswith("openai-compatible:"):
        from langchain_openai import ChatOpenAI

        match = re.match(r"^openai-compatible:(https?://.+?/v\d+):(.+)$", spec) or re.match(r"^openai-compatible:(https?://[^/]+):(.+)$", spec)
        if not match:
            raise ValueError(f"cannot read {spec!r}; write openai-compatible:BASE_URL:MODEL, e.g. openai-compatible:http://127.0.0.1:8080/v1:local")
        base_url, model = match.groups()
        # Some servers (llama.cpp) ignore max_completion_tokens: send max_tokens in the body too.
        return ChatOpenAI(base_url=base_url, model=model, api_key=os.environ.get("OPENAI_API_KEY", "not-needed"), temperature=0,
                          max_retries=1, timeout=300, extra_body={"max_tokens": 1024})
    raise ValueError(f"unknown planner {spec!r}; use offline, openai:MODEL or openai-compatible:BASE_URL:MODEL")


def layout_from_message(message: BaseMessage) -> tuple[Any, str | None]:
    """The layout a planner's answer carries (tool call, or JSON in its text), and the call id.

    Returns ``(None, None)`` when the answer holds nothing that looks like a layout.
    """
    for call in getattr(message, "tool_calls", None) or []:
        if call.get("name") == SUBMIT_LAYOUT:
            args = call.get("args") or {}
            return args.get("layout", args), call.get("id")
    text = message.content if isinstance(message.content, str) else ""
    start, end = text.find("{"), text.rfind("}")
    if start != -1 and end > start:
        try:
            data = json.loads(text[start : end + 1])
        except json.JSONDecodeError:
            return None, None
        return data.get("layout", data) if isinstance(data, dict) else data, None
    return None, None


def validation_reply(call_id: str | None, problems: str) -> BaseMessage:
    """What the planner is told when its layout is invalid: every problem with its path."""
    text = f"The layout is invalid. Fix these problems and call {SUBMIT_LAYOUT} again:\n{problems}"
    return ToolMessage(content=text, tool_call_id=call_id) if call_id else HumanMessage(content=text, name=VALIDATOR)
