"""The design agent: plan -> validate -> (approve) -> generate -> critique -> decide -> refine -> generate ... -> reply.

Nodes are plain functions of the state and the run-time context; edges follow;
:func:`build_graph` compiles it (with a checkpointer for persistent sessions).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Literal

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from ..schemas import Layout, LayoutError, layout_issues
from ..tools.capabilities import RENDER_LOCK
from ..tools.critics import critique_image
from ..tools.refinement import apply_refinement, propose_refinement
from ..tools.rendering import render_layout
from .context import DesignContext
from .models import current_layout_message, layout_from_message, make_chat_model, submit_layout_tool, validation_reply
from .prompts import PLANNER_SYSTEM
from .state import DesignState


def _write_beside(image_path: str, kind: str, document: dict[str, Any]) -> None:
    """Keep a round's critique or refinement next to its image: ``<sha>.critique.json``."""
    Path(image_path).with_suffix(f".{kind}.json").write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def _emit(event: dict[str, Any]) -> None:
    try:
        get_stream_writer()(event)
    except RuntimeError:  # not streaming
        pass


# -- nodes -------------------------------------------------------------------------------------------


def plan(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Ask the planner for a layout (a submit_layout tool call)."""
    ctx = runtime.context
    _emit({"event": "plan", "attempt": state.get("plan_attempts", 0) + 1})
    planner = make_chat_model(ctx.llm)
    model = planner.bind_tools([submit_layout_tool()])
    messages = [SystemMessage(content=PLANNER_SYSTEM), *state["messages"]]
    if state.get("layout"):  # the layout being edited, as a message the planner reads (JSON, and the document itself)
        last_request = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
        messages.insert(last_request, current_layout_message(state["layout"]))
    try:
        answer = model.invoke(messages)
    except Exception as exc:  # an endpoint that is down or answers garbage must not lose the session
        answer = AIMessage(content=f"(planner error: {type(exc).__name__}: {str(exc)[:300]})")
    candidate, call_id = layout_from_message(answer)
    # A deterministic planner that answers in words would answer the same again: its words end the turn.
    final_words = candidate is None and getattr(planner, "words_are_final", False)
    update = {"messages": [answer], "candidate": candidate, "call_id": call_id, "plan_attempts": state.get("plan_attempts", 0) + 1,
              "started": state.get("started") or time.time(), "status": "answered" if final_words else "planning"}
    if not state.get("plan_attempts"):
        update["turn_first_round"] = len(state.get("rounds", [])) + 1
    return update


def validate(state: DesignState) -> dict[str, Any]:
    """Check the candidate; valid -> the current layout, invalid -> the messages go back to the planner."""
    candidate = state.get("candidate")
    if candidate is None:
        if state.get("status") == "answered":  # a planner whose words are final (why it cannot plan): the turn's answer
            return {"problems": None}
        problems = "- $: no layout was submitted"
    else:
        issues = layout_issues(candidate)
        problems = "\n".join(f"- {i}" for i in issues) if issues else None
    if problems is None:
        reply = [ToolMessage(content="layout accepted", tool_call_id=state["call_id"])] if state.get("call_id") else []
        return {"layout": candidate, "problems": None, "messages": reply}
    _emit({"event": "invalid_layout", "problems": problems})
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
    """Render the current layout (validated when it entered the graph)."""
    ctx = runtime.context
    index = len(state.get("rounds", [])) + 1
    _emit({"event": "render", "round": index})
    try:
        with RENDER_LOCK:
            result = render_layout(Layout.from_checked(state["layout"]), ctx.out_dir, model=ctx.model, seed=state.get("seed", 0),
                                   steps=ctx.steps, preview=True)
    except (LayoutError, ValueError, FileNotFoundError) as exc:  # e.g. a canvas this model cannot render: say why, keep the session
        return {"status": "failed", "messages": [AIMessage(content=f"Rendering round {index} failed: {exc}")]}
    entry = {"round": index, "layout": state["layout"], "seed": state.get("seed", 0), "result": result}
    return {"rounds": [entry], "status": "rendering"}


def critique(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Look at the last render with the critic."""
    last = state["rounds"][-1]
    crit = critique_image(runtime.context.critic_name, Layout.from_checked(last["layout"]), last["result"]["image_path"])
    _write_beside(last["result"]["image_path"], "critique", crit)
    _emit({"event": "critique", "round": last["round"], "score": crit["score"], "summary": crit.get("summary", "")})
    return {"critiques": [{"round": last["round"], "critique": crit}]}


def refine(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Turn the critique into depth-targeted edits of the layout (checked like any layout entering the graph)."""
    last = state["rounds"][-1]
    refinement = propose_refinement(last["layout"], state["critiques"][-1]["critique"], last["round"], state.get("seed", 0),
                                    policy=runtime.context.refine_policy)
    edited = apply_refinement(last["layout"], refinement)
    if layout_issues(edited):  # an edit the layout rules refuse: keep the layout, take the new seed
        refinement = {**refinement, "target": "reseed", "edits": [], "reason": "the edits broke the layout's rules; another seed instead"}
        edited = last["layout"]
    _write_beside(last["result"]["image_path"], "refinement", refinement)
    _emit({"event": "refine", "round": last["round"], "target": refinement["target"], "edits": len(refinement["edits"])})
    return {"refinements": [refinement], "layout": edited, "seed": refinement.get("seed", state.get("seed", 0))}


def reply(state: DesignState, runtime: Runtime[DesignContext]) -> dict[str, Any]:
    """Answer with the best image of this turn and what changed across its rounds."""
    if state.get("status") in ("failed", "answered"):
        return {}
    first = state.get("turn_first_round", 1)
    rounds = [r for r in round_records(state) if r["round"] >= first]
    if not rounds:
        said = next((m.content for m in reversed(state["messages"]) if isinstance(m, AIMessage) and isinstance(m.content, str) and m.content), "")
        why = "; ".join(x for x in (said, state.get("problems")) if x) or "the planner gave no layout"
        return {"status": "failed", "messages": [AIMessage(content=f"I could not plan a valid layout: {why}")]}
    best = best_round(rounds)
    lines = [f"round {r['round']}: " + (f"score {r['critique']['score']:.2f}" if r.get("critique") else "not critiqued")
             + (f", then {r['refinement']['target']}" if r.get("refinement") else "") for r in rounds]
    sheet = contact_sheet(rounds, Path(runtime.context.out_dir)) if len(rounds) > 1 else None
    score = f", score {best['critique']['score']:.2f}" if best.get("critique") else ""
    text = (
        f"Best image: {best['result']['image_path']} (round {best['round']}{score}).\n"
        + "\n".join(lines)
        + (f"\nAll rounds: {sheet}" if sheet else "")
    )
    notes = _planner_notes(state)
    return {"status": "done", "messages": [AIMessage(content=f"{notes}\n{text}" if notes else text)]}


def _planner_notes(state: DesignState) -> str:
    """What the planner said beside the layout it submitted this turn (e.g. what it had to leave out)."""
    call_id = state.get("call_id")
    for message in reversed(state.get("messages", [])):
        if isinstance(message, AIMessage) and call_id and any(c.get("id") == call_id for c in message.tool_calls or []):
            return message.content if isinstance(message.content, str) else ""
    return ""


# -- edges -------------------------------------------------------------------------------------------


def route_start(state: DesignState) -> Literal["plan", "validate"]:
    """A run that brings its own layout skips planning."""
    return "validate" if state.get("candidate") is not None else "plan"


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
    graph.add_node("validate", validate)
    graph.add_node("approve", approve)
    graph.add_node("generate", generate)
    graph.add_node("critique", critique)
    graph.add_node("refine", refine)
    graph.add_node("reply", reply)
    graph.add_conditional_edges(START, route_start)
    graph.add_edge("plan", "validate")
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


def plan_layout(prompt: str, llm: Any = "offline", attempts: int = 3) -> dict[str, Any]:
    """Plan and validate only (no rendering); raises ``ValueError`` with the last problems when no valid layout comes."""
    graph = StateGraph(DesignState, context_schema=DesignContext)
    graph.add_node("plan", plan)
    graph.add_node("validate", validate)
    graph.add_edge(START, "plan")
    graph.add_edge("plan", "validate")
    graph.add_conditional_edges("validate", lambda s, runtime: "plan" if s.get("problems") and s["plan_attempts"] < attempts else END)
    state = graph.compile().invoke(start_state(prompt), context=DesignContext(llm=llm, max_plan_attempts=attempts))
    if state.get("problems") or not state.get("layout"):
        said = next((m.content for m in reversed(state["messages"]) if isinstance(m, AIMessage) and isinstance(m.content, str) and m.content), "")
        attempts_made = state.get("plan_attempts", attempts)
        raise ValueError(f"no valid layout after {attempts_made} attempt(s): " + "; ".join(x for x in (said, state.get("problems")) if x))
    return state["layout"]


def contact_sheet(rounds: list[dict[str, Any]], out_dir: Path, cell: int = 160) -> str | None:
    """One image with every round's render and its score, left to right."""
    from PIL import Image, ImageDraw

    images = [(r, Path(r["result"]["image_path"])) for r in rounds if Path(r["result"]["image_path"]).is_file()]
    if not images:
        return None
    sheet = Image.new("RGB", (len(images) * (cell + 6), cell + 22), "white")
    draw = ImageDraw.Draw(sheet)
    for i, (r, path) in enumerate(images):
        with Image.open(path) as im:
            sheet.paste(im.convert("RGB").resize((cell, cell), Image.NEAREST), (i * (cell + 6), 0))
        score = f"{r['critique']['score']:.2f}" if r.get("critique") else "-"
        draw.text((i * (cell + 6) + 2, cell + 4), f"round {r['round']}: {score}", fill=(0, 0, 0))
    path = out_dir / f"rounds_{Path(images[-1][1]).stem}.png"
    sheet.save(path)
    return str(path)


def round_records(state: DesignState) -> list[dict[str, Any]]:
    """Each round with its critique (None without a critic) and, when one followed, its refinement."""
    crits = {c["round"]: c["critique"] for c in state.get("critiques", [])}
    refs = {r["round"]: r for r in state.get("refinements", [])}
    return [{**r, "critique": crits.get(r["round"]), **({"refinement": refs[r["round"]]} if r["round"] in refs else {})}
            for r in state.get("rounds", [])]


def best_round(rounds: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The highest-scoring round (the earliest among equals); the last one when none was critiqued."""
    scored = [r for r in rounds if r.get("critique")]
    if not scored:
        return rounds[-1] if rounds else None
    return max(scored, key=lambda r: (r["critique"]["score"], -r["round"]))


def start_state(prompt: str, seed: int = 0, layout: dict[str, Any] | None = None) -> DesignState:
    """The input of a new design run; with ``layout``, the run renders and refines that layout (no planning)."""
    state: DesignState = {"messages": [HumanMessage(content=prompt)], "seed": seed, "plan_attempts": 0, "layout": None,
                          "started": time.time(), "turn_first_round": 1}
    if layout is not None:
        state.update(candidate=layout, call_id=None)
    return state


def turn_input(message: str) -> DesignState:
    """The input of a further chat turn on an existing session (its layout and rounds are kept)."""
    return {"messages": [HumanMessage(content=message)], "plan_attempts": 0, "candidate": None, "problems": None, "started": time.time()}
