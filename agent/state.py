"""The design agent's state and run-time context."""

from __future__ import annotations

import operator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class DesignContext:
    """Run-time settings of one design run (LangGraph context)."""

    llm: Any = "offline"  # a --llm spec, or a chat model instance
    critic: str = "shapes"
    model: str = "shapes"
    rounds: int = 3
    seconds: float = 120.0
    max_plan_attempts: int = 3
    out_dir: str = "outputs"
    steps: int | None = None
    target_score: float = 1.0
    approve: bool = False
    refine_policy: str = "depth"  # depth: edit the texts/boxes the critique points at (and reseed); reseed: new seed only
