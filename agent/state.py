"""The design agent's state: what the graph carries between nodes and the checkpointer stores."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages


class DesignState(TypedDict, total=False):
    """What the graph carries between nodes (and what the checkpointer stores)."""

    messages: Annotated[list[AnyMessage], add_messages]
    layout: dict[str, Any] | None  # the current, valid layout
    candidate: Any  # the last layout the planner proposed, valid or not
    call_id: str | None
    plan_attempts: int
    problems: str | None  # validation messages of the candidate
    seed: int
    rounds: Annotated[list[dict[str, Any]], operator.add]  # one entry per render: round, layout, seed, result
    critiques: Annotated[list[dict[str, Any]], operator.add]  # {"round": n, "critique": critique document}
    refinements: Annotated[list[dict[str, Any]], operator.add]  # refinement documents (each names its round)
    started: float
    turn_first_round: int  # the first round of the current chat turn (the budget counts from it)
    status: str  # planning | conversing | rendering | answered | done | failed
    agent_steps: int  # the agent's model calls this turn (bounded by the context's max_agent_steps)
    current_round: int | None  # the round whose image is the current design
    versions: list[dict[str, Any]]  # the design's history: {"layout", "round", "seed"}; undo and redo move along it
    version: int  # the current entry of versions
    variations: list[int]  # the rounds of the last variations, in order (picked by number)
    repaint: dict[str, Any] | None  # the next render redoes only these regions: {"from": round, "regions": [...]}
    sheet: str | None  # the contact sheet of the last turn's images
    direct: bool  # the turn is a tool call made for the person (a click in the UI): the tool's words answer it


def last_words(state: dict[str, Any]) -> str:
    """The agent's most recent answer in words (an empty string when it has said nothing yet)."""
    from langchain_core.messages import AIMessage

    return next((m.content for m in reversed(state.get("messages", [])) if isinstance(m, AIMessage) and isinstance(m.content, str) and m.content), "")
