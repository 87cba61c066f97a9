"""The design agent's run-time configuration: one set of defaults for every way in.

The command line, the web UI, the ``design_image`` tool and the LangGraph server all build a
:class:`DesignContext`; a default written here is the default everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .language import other_language


def unreadable_prompt(prompt: str, llm: Any, how: str = "plan with an LLM", example: str = "'a red circle on the left'") -> str | None:
    """Why ``prompt`` cannot be planned, said before any model loads (every face: command line, design_image, batch):
    empty, or, for the offline planner, no English word in it (emoji, another script) or another language. ``how`` and
    ``example`` say the way out in the face's own words (the command line names its ``--llm`` flag)."""
    if not prompt.strip():
        return f"the prompt is empty; describe the picture, e.g. {example}"
    if llm != "offline":
        return None
    said = (f"found no English word in {prompt[:40]!r}" if not re.search(r"[a-z]{2}", prompt.lower()) else
            f"{prompt[:40]!r} reads as {language}" if (language := other_language(prompt)) else None)
    return said and f"the offline planner reads English, and {said}; describe the picture in English, or {how}"


def default_critic(model: str) -> str:
    """The critic that fits ``model`` when none is named: the shapes world's trained vision critic, else none (the
    hand-written analyzer, ``shapes``, stays the judge of every evaluation and can still be named)."""
    return "vision" if model == "shapes" or model.startswith("shapes:") else "none"


@dataclass(frozen=True)
class DesignContext:
    """Run-time settings of one design run (LangGraph context)."""

    llm: Any = "offline"  # a --llm spec, or a chat model instance
    critic: str = "auto"  # auto: default_critic(model); or vision, shapes, vlm:BASE_URL:MODEL, none
    model: str = "shapes"
    rounds: int = 3
    seconds: float = 120.0
    max_plan_attempts: int = 3
    #: Most model calls per turn for a language-model agent (each may call tools, then sees their results).
    max_agent_steps: int = 4
    out_dir: str = "outputs"
    steps: int | None = None
    #: Stop refining once the critic scores this (1.0: only a picture the critic finds right stops early).
    target_score: float = 1.0
    approve: bool = False
    #: Refinement redoes only the regions the critic marked wrong, keeping every other region's pixels (measured: it
    #: breaks the fewest right regions of the policies that edit text; README "Refinement at equal budget").
    refine_repaint: bool = True
    #: depth: edit the texts/boxes the critique points at (and reseed); reseed: a new seed only; shallow, deep, layout:
    #: every fault gets that one kind of edit (the ablations of ``evals/refine_eval.py --compare``)
    refine_policy: str = "depth"

    @property
    def critic_name(self) -> str:
        """The critic this run uses (``auto`` resolved against the model)."""
        return default_critic(self.model) if self.critic in ("auto", "", None) else self.critic


#: The defaults, for option parsers and forms.
DEFAULTS = DesignContext()
