"""The design agent: plan -> validate -> (approve) -> generate -> critique -> decide -> refine -> generate ... -> reply.

Nodes are plain functions of the state and the run-time context; edges follow;
:func:`build_graph` compiles it (with a checkpointer for persistent sessions).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Literal

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from ..schemas import LayoutError, layout_issues
from ..tools.refinement import apply_refinement, propose_refinement
from ..tools.rendering import drawable
from .context import DEFAULTS, DesignContext
from .conversation import TOOLS, describe_changes, next_fix, run_tools, tool_definitions, version_update
from .counts import count_notes
from .models import (
    SUBMIT_LAYOUT,
    context_message,
    layout_from_message,
    make_chat_model,
    message_text,
    submit_layout_tool,
    user_requests,
    validation_reply,
)
from .prompts import PLANNER_SYSTEM
from .rounds import best_round, contact_sheet, critique_round, emit, render_round, round_records, write_beside
from .state import DesignState, last_words

# -- nodes -------------------------------------------------------------------------------------------


def plan(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Ask the agent's model what to do: a layout (submit_layout), a conversation tool, or words."""
    ctx = runtime.context
    emit({"event": "plan", "attempt": state.get("plan_attempts", 0) + 1})
    planner = make_chat_model(ctx.llm)
    model = planner.bind_tools([submit_layout_tool(), *tool_definitions()])
    messages = [SystemMessage(content=PLANNER_SYSTEM), *state["messages"]]
    # Where the design stands (its layout, rounds, variations) goes just before the latest request.
    last_request = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=len(messages))
    index, versions = state.get("version", -1), state.get("versions", [])
    redo = versions[index + 1]["layout"] if index + 1 < len(versions) else None
    undo = versions[index - 1]["layout"] if index >= 1 else None
    shown = {r["round"]: r["layout"] for r in state.get("rounds", []) if r.get("layout")}
    messages.insert(last_request, context_message(state.get("layout"), len(state.get("rounds", [])), len(state.get("variations") or []), redo,
                                                  shown, undo, drawable(ctx.model)))
    failed = False
    try:
        answer = model.invoke(messages)
    except Exception as exc:  # an endpoint that is down or answers garbage must not lose the session
        answer, failed = AIMessage(content=f"(planner error: {type(exc).__name__}: {str(exc)[:300]})"), True
    candidate, call_id = layout_from_message(answer)
    talking = any(c.get("name") in TOOLS for c in getattr(answer, "tool_calls", None) or [])
    # An answer in words (a question back, why it cannot plan, a reply after a tool) is the turn's answer.
    final_words = candidate is None and not talking and not failed
    update = {"messages": [answer], "candidate": candidate, "call_id": call_id, "plan_attempts": state.get("plan_attempts", 0) + 1,
              "agent_steps": state.get("agent_steps", 0) + 1, "started": state.get("started") or time.time(),
              "status": "answered" if final_words else "conversing" if talking else "planning"}
    if not state.get("plan_attempts"):
        update["turn_first_round"] = len(state.get("rounds", [])) + 1
    return update


#: Conversation tools that change which design is current: a layout submitted after one of them is the turn's new design.
GOING_BACK = ("restore_round", "undo", "redo", "pick_variation", "start_over")
#: Questions about the design that a change asked in the same message does not need first: the change is rendered after them.
ASIDES = ("what_changed", "explain_critique")


def converse(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Run the conversation tools the agent called (undo, variations, why, ...); each result goes into the history."""
    answer = state["messages"][-1]
    calls = [c for c in answer.tool_calls if c.get("name") in TOOLS]
    back = max((i for i, c in enumerate(answer.tool_calls) if c.get("name") in GOING_BACK), default=-1)
    then = [c for c in answer.tool_calls[back + 1:] if c.get("name") == SUBMIT_LAYOUT] if back >= 0 else []
    if not then and calls and all(c.get("name") in ASIDES for c in calls):  # "make it blue, and what did you change?"
        then = [c for c in answer.tool_calls if c.get("name") == SUBMIT_LAYOUT]  # the change is rendered; its reply says what changed
        calls = [c for c in calls if not (then and c.get("name") == "what_changed")]
    first, messages = _layouts_beside_tools(state, [c for c in answer.tool_calls if c not in then])  # "white background, and 3 variations"
    update, said = run_tools({**state, **first}, calls, runtime.context)
    update = {**first, **update}
    messages += [ToolMessage(content=text, tool_call_id=call["id"]) for call, text in zip(calls, said, strict=True)]
    messages += [ToolMessage(content="the change is rendered next; the reply after it says what changed", tool_call_id=c["id"])
                 for c in answer.tool_calls if c.get("name") == "what_changed" and c not in calls]
    if then:  # "back to round 1, then make it yellow" in one message: the layout submitted after going back is rendered
        return {**update, "messages": messages, "candidate": (then[-1].get("args") or {}).get("layout"), "call_id": then[-1]["id"],
                "status": "planning"}
    final = state.get("direct") or (getattr(make_chat_model(runtime.context.llm), "words_are_final", False)
                                    and not answer.additional_kwargs.get("then"))  # "... and then make it yellow": the change is next
    if final:  # a deterministic agent has nothing to add: the tools' words are the answer
        messages.append(AIMessage(content="\n".join(said)))
    return {**update, "messages": messages, "status": "done" if final else "conversing"}


def _miscounted(state: DesignState, candidate: dict[str, Any]) -> str | None:
    """The planner's first try at a new design, when its regions are more or fewer than the request's own numbers say (the
    offline planner checks itself; a second try is taken as it comes, the request may be read either way)."""
    if state.get("layout") is not None or state.get("plan_attempts", 0) != 1 or not isinstance(candidate.get("regions"), list):
        return None
    requests = user_requests(state.get("messages", []))
    said = count_notes(message_text(requests[-1]), candidate["regions"]) if requests else []
    return f"- $.regions: {said[0].split(':')[0]}. Submit one region per object the request asks for." if said else None


def _listed(issues: list[Any]) -> str:
    """Layout problems as the planner reads them: one "- path: message" line each."""
    return "\n".join(f"- {i}" for i in issues)


def _layouts_beside_tools(state: DesignState, tool_calls: list[dict[str, Any]]) -> tuple[dict[str, Any], list[Any]]:
    """A layout submitted in the same message as conversation tools becomes the current design first (unrendered), so the
    tools act on it; an invalid one is answered with its problems and changes nothing."""
    update: dict[str, Any] = {}
    messages: list[Any] = []
    for call in tool_calls:
        if call.get("name") != SUBMIT_LAYOUT:
            continue
        candidate = (call.get("args") or {}).get("layout")
        issues = layout_issues(candidate) if isinstance(candidate, dict) else ["$: the layout must be an object"]
        if issues:
            messages.append(validation_reply(call["id"], _listed(issues)))
            continue
        update = version_update({**state, **update}, candidate, None, state.get("seed", 0))
        messages.append(ToolMessage(content="layout accepted; the other tools of this message act on it", tool_call_id=call["id"]))
    return update, messages


def validate(state: DesignState, runtime: Runtime[DesignContext] | None = None) -> dict[str, Any]:
    """Check the candidate; valid -> the current layout, invalid -> the messages go back to the planner. A language model's
    first layout of a design that holds another number of objects than the request states goes back once as well."""
    candidate = state.get("candidate")
    if candidate is None:
        if state.get("status") == "answered":  # a planner whose words are final (why it cannot plan): the turn's answer
            return {"problems": None}
        problems = "- $: no layout was submitted"
    else:
        issues = layout_issues(candidate)
        problems = _listed(issues) if issues else None
        if problems is None and runtime is not None and runtime.context.llm != "offline" and runtime.context.max_plan_attempts > 1:
            problems = _miscounted(state, candidate)
    if problems is None:
        reply = [ToolMessage(content="layout accepted", tool_call_id=state["call_id"])] if state.get("call_id") else []
        return {"layout": candidate, "problems": None, "messages": reply}
    emit({"event": "invalid_layout", "problems": problems})
    return {"problems": problems, "messages": [validation_reply(state.get("call_id"), problems)]}


def approve(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Pause for a person to accept or replace the layout (only when the context asks for approval)."""
    if not runtime.context.approve:
        return {}
    question: dict[str, Any] = {"question": "approve this layout? answer true, false, or an edited layout", "layout": state["layout"]}
    while True:  # an edit that does not validate is sent back with its problems until the answer is usable
        answer = interrupt(question)
        if answer is True:
            return {}
        if answer is False:
            return {"status": "failed", "messages": [AIMessage(content="Layout rejected; nothing rendered.")]}
        issues = layout_issues(answer) if isinstance(answer, dict) else [f"$: answer true, false or a layout object, got {type(answer).__name__}"]
        if not issues:
            return {"layout": answer}
        question = {"question": "the edited layout is invalid; fix it and answer again (or true for the planned layout, false to stop)",
                    "layout": answer if isinstance(answer, dict) else state["layout"], "problems": [str(i) for i in issues]}


def generate(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Render the current layout (validated when it entered the graph); a refinement may ask to redo some regions only."""
    pending = state.get("repaint")
    try:
        entry = render_round(state, runtime.context, state["layout"], state.get("seed", 0), repaint=pending)
    except (LayoutError, ValueError, FileNotFoundError) as exc:  # e.g. a canvas this model cannot render: say why, keep the session
        index = len(state.get("rounds", [])) + 1
        return {"status": "failed", "messages": [AIMessage(content=f"Rendering round {index} failed: {exc}")]}
    return {"rounds": [entry], "status": "rendering", "repaint": None}


def critique(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Look at the last render with the critic."""
    last = state["rounds"][-1]
    return {"critiques": [{"round": last["round"], "critique": critique_round(last, runtime.context)}]}


def refine(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Turn the critique into depth-targeted edits of the layout (checked like any layout entering the graph)."""
    last = state["rounds"][-1]
    refinement = propose_refinement(last["layout"], state["critiques"][-1]["critique"], last["round"], state.get("seed", 0),
                                    policy=runtime.context.refine_policy, repaint=runtime.context.refine_repaint,
                                    isolated=(last["result"].get("routing") or {}).get("self_attention") == "regional")
    edited = apply_refinement(last["layout"], refinement)
    if layout_issues(edited):  # an edit the layout rules refuse: keep the layout, take the new seed
        refinement = {**refinement, "target": "reseed", "edits": [], "reason": "the edits broke the layout's rules; another seed instead"}
        edited = last["layout"]
    write_beside(last["result"]["image_path"], "refinement", refinement)
    emit({"event": "refine", "round": last["round"], "target": refinement["target"], "edits": len(refinement["edits"])})
    # Repaint: the next render redoes the faulty regions (new seed for them) on top of this round's picture.
    pending = ({"from": last["round"], "regions": refinement["repaint"]} if refinement.get("repaint") else
               {"from": last["round"], "regions": refinement["keep"], "keep": True,
                # the kept objects stay where the critic saw them too, when they reach past their boxes
                "also_keep": [r["detected_bbox"] for r in state["critiques"][-1]["critique"]["regions"]
                              if r["id"] in refinement["keep"] and r.get("detected_bbox")]} if refinement.get("keep") else None)
    return {"refinements": [refinement], "layout": edited, "seed": refinement.get("seed", state.get("seed", 0)), "repaint": pending}


def reply(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Answer with the turn's best image: what changed in the layout, its score, and what the critic would fix next.

    The best round becomes the current design (what the next edit starts from, and a version undo returns to).
    The words name rounds, never files: the image reaches the user beside them (CLI lines, the web UI, the tool result).
    """
    if state.get("status") in ("failed", "answered", "done", "conversing"):
        return {"status": "done"} if state.get("status") == "conversing" else {}
    first = state.get("turn_first_round", 1)
    rounds = [r for r in round_records(state) if r["round"] >= first]
    if not rounds:
        why = "; ".join(x for x in (last_words(state), state.get("problems")) if x) or "the planner gave no layout"
        return {"status": "failed", "messages": [AIMessage(content=f"I could not plan a valid layout: {why}")]}
    best = best_round(rounds)
    index = state.get("version", -1)
    previous = state["versions"][index]["layout"] if state.get("versions") and index >= 0 else None  # -1: the empty canvas
    score = f", score {best['critique']['score']:.2f}" if best.get("critique") else ""
    lines = [_planner_notes(state), f"Round {best['round']}{score} is the best of this turn ({len(rounds)} round(s)).",
             describe_changes(previous, best["layout"]), next_fix(best.get("critique"))]
    sheet = contact_sheet(rounds, Path(runtime.context.out_dir)) if len(rounds) > 1 else None
    return {"status": "done", "messages": [AIMessage(content="\n".join(line for line in lines if line))], "sheet": sheet,
            **version_update(state, best["layout"], best["round"], best["seed"])}


def _planner_notes(state: DesignState) -> str:
    """What the planner said beside the layout it submitted this turn (e.g. what it had to leave out)."""
    call_id = state.get("call_id")
    for message in reversed(state.get("messages", [])):
        if isinstance(message, AIMessage) and call_id and any(c.get("id") == call_id for c in message.tool_calls or []):
            return message.content if isinstance(message.content, str) else ""
    return ""


# -- edges -------------------------------------------------------------------------------------------


def route_start(state: DesignState) -> Literal["plan", "converse", "validate"]:
    """A run that brings its own layout skips planning; a tool call made for the person runs at once."""
    if state.get("direct"):
        return "converse"
    return "validate" if state.get("candidate") is not None else "plan"


def after_plan(state: DesignState) -> Literal["converse", "validate"]:
    """Conversation tools run in converse; a layout (or nothing) goes to validation."""
    return "converse" if state.get("status") == "conversing" else "validate"


def after_converse(state: DesignState, runtime: Runtime[DesignContext]) -> Literal["plan", "validate", "reply"]:
    """A language model sees the tools' results and may go on, within its step budget; the offline agent has answered;
    a layout submitted after going back is validated and rendered."""
    if state.get("status") == "planning" and state.get("candidate") is not None:
        return "validate"
    return "plan" if state.get("status") == "conversing" and state.get("agent_steps", 0) < runtime.context.max_agent_steps else "reply"


def after_validate(state: DesignState, runtime: Runtime[DesignContext]) -> Literal["approve", "plan", "reply"]:
    if state.get("status") == "answered":
        return "reply"
    if state.get("problems") is None:
        return "approve"
    return "plan" if state.get("plan_attempts", 0) < runtime.context.max_plan_attempts else "reply"


def after_approve(state: DesignState) -> Literal["generate", "reply"]:
    return "reply" if state.get("status") == "failed" else "generate"


def after_generate(state: DesignState, runtime: Runtime[DesignContext]) -> Literal["critique", "reply"]:
    return "reply" if runtime.context.critic_name == "none" or state.get("status") == "failed" else "critique"


def decide(state: DesignState, runtime: Runtime[DesignContext]) -> Literal["refine", "reply"]:
    """Done when the picture matches, the rounds are spent, or the time budget is."""
    ctx = runtime.context
    last, score = state["rounds"][-1], state["critiques"][-1]["critique"]["score"]
    if score >= ctx.target_score or last["round"] - state.get("turn_first_round", 1) + 1 >= ctx.rounds:
        return "reply"
    if time.time() - state.get("started", time.time()) > ctx.seconds:
        return "reply"
    return "refine"


def build_graph(checkpointer: Any = None):
    graph = StateGraph(DesignState, context_schema=DesignContext)
    graph.add_node("plan", plan)
    graph.add_node("converse", converse)
    graph.add_node("validate", validate)
    graph.add_node("approve", approve)
    graph.add_node("generate", generate)
    graph.add_node("critique", critique)
    graph.add_node("refine", refine)
    graph.add_node("reply", reply)
    graph.add_conditional_edges(START, route_start)
    graph.add_conditional_edges("plan", after_plan)
    graph.add_conditional_edges("converse", after_converse)
    graph.add_conditional_edges("validate", after_validate)
    graph.add_conditional_edges("approve", after_approve)
    graph.add_conditional_edges("generate", after_generate)
    graph.add_conditional_edges("critique", decide)
    graph.add_edge("refine", "generate")
    graph.add_edge("reply", END)
    return graph.compile(checkpointer=checkpointer)


def run_turn(graph: Any, payload: DesignState | None, context: DesignContext, config: dict[str, Any] | None = None):
    """Run one turn (or finish an interrupted one with ``payload=None``), yielding as it goes.

    Yields ``("event", event)`` for each progress event the nodes emit (plan, render, critique, refine,
    invalid_layout) and ``("state", values)`` after each step. With a checkpointer every step is on disk
    before the next starts, so a kill -9 loses no finished work.
    """
    durable = {"durability": "sync"} if graph.checkpointer else {}
    for mode, item in graph.stream(payload, config=config, context=context, stream_mode=["custom", "values"], **durable):
        yield ("event" if mode == "custom" else "state"), item


def turn_unfinished(snapshot: Any) -> bool:
    """True when a saved thread stopped mid-turn (crash, kill -9) and ``stream(None)`` would finish it.

    A kill between a node saving its output and the next checkpoint leaves ``snapshot.next`` empty (the node
    counts as done) while the step's ``tasks`` still hold it; either one means the turn has more to run.
    """
    return bool(snapshot.next or snapshot.tasks)


class PlannerAnswered(ValueError):
    """The planner answered in words, not with a layout (a greeting, a question back); ``answer`` holds its words."""

    def __init__(self, message: str, answer: str) -> None:
        super().__init__(message)
        self.answer = answer


def plan_layout(prompt: str, llm: Any = "offline", attempts: int = 3, model: str = DEFAULTS.model) -> dict[str, Any]:
    """Plan and validate only (no rendering) for ``model`` (what it can draw shapes the plan); raises ``ValueError`` with
    the last problems when no valid layout comes, ``PlannerAnswered`` when the planner answers in words."""
    graph = StateGraph(DesignState, context_schema=DesignContext)
    graph.add_node("plan", plan)
    graph.add_node("validate", validate)
    graph.add_edge(START, "plan")
    graph.add_edge("plan", "validate")  # (a conversation tool here is no layout: validate says so)
    graph.add_conditional_edges("validate", lambda s, runtime: "plan" if s.get("problems") and s["plan_attempts"] < attempts else END)
    state = graph.compile().invoke(start_state(prompt), context=DesignContext(llm=llm, max_plan_attempts=attempts, model=model))
    if state.get("status") == "answered" and not state.get("layout"):  # words, not a layout: a greeting, a question back
        raise PlannerAnswered(f"no layout for {prompt[:60]!r}; the planner answered: {last_words(state)}", last_words(state))
    if state.get("problems") or not state.get("layout"):
        why = "; ".join(x for x in (last_words(state), state.get("problems")) if x)
        raise ValueError(f"no valid layout after {state.get('plan_attempts', attempts)} attempt(s): {why}")
    return state["layout"]


def start_state(prompt: str, seed: int = 0, layout: dict[str, Any] | None = None) -> DesignState:
    """The input of a new design run; with ``layout``, the run renders and refines that layout (no planning)."""
    state: DesignState = {"messages": [HumanMessage(content=prompt)], "seed": seed, "plan_attempts": 0, "agent_steps": 0, "layout": None,
                          "started": time.time(), "turn_first_round": 1}
    if layout is not None:
        state.update(candidate=layout, call_id=None)
    return state


def turn_input(message: str) -> DesignState:
    """The input of a further chat turn on an existing session (its layout and rounds are kept)."""
    return {"messages": [HumanMessage(content=message)], "plan_attempts": 0, "agent_steps": 0, "candidate": None, "problems": None,
            "started": time.time(), "repaint": None, "direct": False}


def action_input(message: str, name: str, args: dict[str, Any]) -> DesignState:
    """A further turn that is one conversation tool called for the person (e.g. a click on a round in the web UI).

    The call and its result go into the history like the agent's own; no language model is asked.
    """
    if name not in TOOLS:
        raise ValueError(f"unknown conversation tool {name!r}; one of {', '.join(sorted(TOOLS))}")
    call = AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"direct-{uuid.uuid4().hex[:12]}"}])
    return {**turn_input(message), "messages": [HumanMessage(content=message), call], "direct": True, "status": "conversing"}
