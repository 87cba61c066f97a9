"""``design_image``: the whole agent loop as one capability, and :data:`ALL` the capabilities every face offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..schemas import Issue
from ..tools.capabilities import (
    CRITIQUE_IMAGE,
    REFINE_LAYOUT,
    RENDER_LAYOUT,
    REPAINT_REGION,
    VALIDATE_LAYOUT,
    Capability,
    Progress,
    ToolInputError,
    ToolOutput,
    ToolSettings,
    always,
)


def _design(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    # Imported on first use: a tool server lists and renders without paying for the agent's imports.
    from .context import DEFAULTS, DesignContext, unreadable_prompt
    from .graph import build_graph, run_turn, start_state
    from .rounds import best_round, round_records
    from .state import last_words

    if "layout" not in args and (why := unreadable_prompt(args["prompt"], settings.llm)):
        raise ToolInputError([Issue("$.prompt", why)], kind="design_image input")
    rounds = args.get("rounds", DEFAULTS.rounds)
    context = DesignContext(llm=settings.llm, critic=args.get("critic") or "auto", model=args.get("model", settings.model), rounds=rounds,
                            out_dir=str(settings.out_dir), steps=args.get("steps"), target_score=args.get("target_score", DEFAULTS.target_score))
    done = 0
    state: dict[str, Any] = {}
    payload = start_state(args["prompt"], seed=args.get("seed", 0), layout=args.get("layout"))
    for kind, item in run_turn(build_graph(), payload, context):
        if kind == "state":
            state = item
        elif item["event"] == "render":
            progress(done, rounds, f"round {item['round']}: rendering")
        elif item["event"] == "critique":
            done += 1
            progress(done, rounds, f"round {item['round']}: score {item['score']:.2f}")
    records = round_records(state)
    message = last_words(state)
    if not records and state.get("status") == "answered":  # a greeting, a question back: words where a picture was asked for
        raise ToolInputError([Issue("$.prompt", f"no picture planned; the planner answered: {message}")], kind="design_image input")
    out: dict[str, Any] = {
        "status": "done" if state.get("status") == "done" and records else "failed",
        "message": message,
        "rounds": [{"round": r["round"], "image_path": r["result"]["image_path"],
                    **({"score": r["critique"]["score"]} if r.get("critique") else {}),
                    **({"refinement": r["refinement"]["target"]} if r.get("refinement") else {})} for r in records],
    }
    best = best_round(records)
    if best:
        out["best"] = {"round": best["round"], "image_path": best["result"]["image_path"], "image_sha256": best["result"]["image_sha256"],
                       **({"score": best["critique"]["score"]} if best.get("critique") else {})}
        out["layout"] = best["layout"]
    return ToolOutput(out, (Path(best["result"]["image_path"]),) if best else ())


DESIGN_IMAGE = Capability(
    "design_image",
    "Design a picture from a description: plan a region layout (boxes with high-level content and low-level detail "
    "texts), render it with the regional diffusion transformer, critique it, and refine the shallow- or deep-layer "
    "texts over a few rounds. Returns the best image, each round's score, and the final layout.",
    _design, "design_image_input", "design_image_output", uses_model=always,
)

#: Every capability, in the order the faces list them: the one list every face is built from.
ALL: tuple[Capability, ...] = (DESIGN_IMAGE, RENDER_LAYOUT, REPAINT_REGION, CRITIQUE_IMAGE, VALIDATE_LAYOUT, REFINE_LAYOUT)
