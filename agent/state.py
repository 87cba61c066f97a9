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
    status: str  # planning | rendering | done | failed
