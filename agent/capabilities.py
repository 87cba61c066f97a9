"""``design_image``: the whole agent loop as one capability, and :data:`ALL` the capabilities every face offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..tools.capabilities import CORE, Capability, Progress, ToolOutput, ToolSettings, always


def _design(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    # Imported on first use: a tool server lists and renders without paying for the agent's imports.
    from langchain_core.messages import AIMessage

    from .graph import best_round, build_graph, round_records, start_state
    from .state import DesignContext

    model = args.get("model", settings.model)
    rounds = args.get("rounds", 3)
    critic = args.get("critic") or ("shapes" if model == "shapes" else "none")
    context = DesignContext(llm=settings.llm, critic=critic, model=model, rounds=rounds, out_dir=str(settings.out_dir),
                            steps=args.get("steps"), target_score=args.get("target_score", 0.99))
    graph = build_graph()
    done = 0
    state: dict[str, Any] = {}
    # Each render takes the render lock itself (the graph may run a node on another thread).
    for mode, event in graph.stream(start_state(args["prompt"], seed=args.get("seed", 0), layout=args.get("layout")),
                                    context=context, stream_mode=["custom", "values"]):
        if mode == "values":
            state = event
        elif event["event"] == "render":
            progress(done, rounds, f"round {event['round']}: rendering")
        elif event["event"] == "critique":
            done += 1
            progress(done, rounds, f"round {event['round']}: score {event['score']:.2f}")
    records = round_records(state)
    message = next((m.content for m in reversed(state.get("messages", [])) if isinstance(m, AIMessage) and isinstance(m.content, str) and m.content), "")
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

#: Every capability, in the order the faces list them.
ALL: tuple[Capability, ...] = (DESIGN_IMAGE, *CORE)
