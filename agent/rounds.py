"""Rounds: each image a session makes, with its layout, seed, result and (once critiqued) its critique.

The design loop and the conversation tools both render and critique through these functions, so a
round is recorded one way whoever made it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from langgraph.config import get_stream_writer

from ..schemas import Layout
from ..tools.capabilities import RENDER_LOCK
from ..tools.critics import CriticError, critique_image
from ..tools.rendering import render_layout, repaint_image
from .context import DesignContext


def emit(event: dict[str, Any]) -> None:
    """A progress event for whoever streams the run (the CLI, the web UI, design_image)."""
    try:
        get_stream_writer()(event)
    except RuntimeError:  # not streaming
        pass


def write_beside(image_path: str, kind: str, document: dict[str, Any]) -> None:
    """Keep a round's critique or refinement next to its image: ``<sha>.critique.json``."""
    Path(image_path).with_suffix(f".{kind}.json").write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def render_round(state: dict[str, Any], ctx: DesignContext, layout: dict[str, Any], seed: int,
                 repaint: dict[str, Any] | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Render (or, with ``repaint`` = ``{"from": round, "regions": [...]}``, repaint) the next round; its record.

    ``repaint["keep"]``: the regions listed keep their pixels and everything else is redone."""
    index = len(state.get("rounds", [])) + 1
    emit({"event": "render", "round": index})
    with RENDER_LOCK:
        if repaint:
            earlier = next(r for r in state["rounds"] if r["round"] == repaint["from"])
            result = repaint_image(earlier["result"]["image_path"], repaint["regions"], ctx.out_dir, layout=Layout.from_checked(layout),
                                   seed=seed, preview=True, keep=repaint.get("keep", False), also_keep=repaint.get("also_keep"))
        else:
            result = render_layout(Layout.from_checked(layout), ctx.out_dir, model=ctx.model, seed=seed, steps=ctx.steps, preview=True)
    return {"round": index, "layout": layout, "seed": seed, "result": result, **(extra or {})}


def critique_round(entry: dict[str, Any], ctx: DesignContext) -> dict[str, Any]:
    """The critic's critique of a round (written beside its image)."""
    try:
        crit = critique_image(ctx.critic_name, Layout.from_checked(entry["layout"]), entry["result"]["image_path"])
    except CriticError as error:  # the picture is made and kept: say where it is
        raise CriticError(f"{error}. Round {entry['round']}'s picture is kept: {entry['result']['image_path']}") from error
    write_beside(entry["result"]["image_path"], "critique", crit)
    emit({"event": "critique", "round": entry["round"], "score": crit["score"], "summary": crit.get("summary", "")})
    return crit


def round_records(state: dict[str, Any]) -> list[dict[str, Any]]:
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


def contact_sheet(rounds: list[dict[str, Any]], out_dir: Path, cell: int = 160, label: str = "round") -> str | None:
    """One image with the rounds' renders side by side, each captioned with its number and score."""
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
        name = f"{label} {i + 1}" if label != "round" else f"round {r['round']}"
        draw.text((i * (cell + 6) + 2, cell + 4), f"{name}: {score}", fill=(0, 0, 0))
    path = out_dir / f"{label}s_{Path(images[-1][1]).stem}.png"
    sheet.save(path)
    return str(path)
