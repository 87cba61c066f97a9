"""Render and validate layouts as plain, JSON-in JSON-out capabilities."""

from __future__ import annotations

import gc
import json
from functools import cache
from pathlib import Path
from typing import Any

from ..schemas import Layout, LayoutError, layout_issues

DEFAULT_MODEL = "shapes"  # = generator.backends.DEFAULT_MODEL; repeated so importing tools stays light


@cache
def get_backend(model: str = DEFAULT_MODEL):
    """The backend for ``model``, loaded once per process (the generator is imported on first use)."""
    # Importing torch, diffusers and transformers creates millions of objects and no garbage worth
    # collecting: with the cyclic collector paused the first load is about a fifth faster.
    enabled = gc.isenabled()
    gc.disable()
    try:
        from ..generator import load_backend

        return load_backend(model)
    finally:
        if enabled:
            gc.enable()


def validate_layout(layout: dict[str, Any]) -> dict[str, Any]:
    """Check a layout document; returns ``{"valid": bool, "issues": [{"path", "message"}], "summary"}``."""
    issues = layout_issues(layout)
    if issues:
        return {"valid": False, "issues": [{"path": i.path, "message": i.message} for i in issues], "summary": f"{len(issues)} problem(s)"}
    lay = Layout.from_dict(layout)
    summary = f"valid: {lay.width}x{lay.height}, {len(lay.regions)} region(s) [{', '.join(r.id for r in lay.regions)}], routing {lay.routing.preset}"
    return {"valid": True, "issues": [], "summary": summary}


def render_layout(
    layout: dict[str, Any] | Layout,
    out_dir: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    seed: int = 0,
    steps: int | None = None,
    guidance: float | None = None,
    routing: str | None = None,
    preview: bool = False,
    on_step=None,
) -> dict[str, Any]:
    """Render a layout into ``out_dir``; returns the generation result (see generation_result schema).

    Writes ``<sha>.png`` (metadata in its text chunks) and ``<sha>.json`` (the result);
    with ``preview`` also ``<sha>.boxes.png``, the image beside the boxes drawn over it.
    ``routing`` names a preset that overrides the layout's own routing.
    """
    from ..generator import DepthRouting, render, result_metadata, save_image
    from ..generator.overlay import side_by_side

    lay = layout if isinstance(layout, Layout) else Layout.from_dict(layout)
    backend = get_backend(model)
    depth = DepthRouting.preset(routing, backend.num_blocks, lay.routing.split) if routing else None
    out = render(backend, lay, seed=seed, steps=steps, guidance=guidance, routing=depth, on_step=on_step)
    result = save_image(out.image, out_dir, result_metadata(backend, lay, out))
    png = Path(result["image_path"])
    if preview:
        preview_path = png.with_name(png.stem + ".boxes.png")
        side_by_side(out.image, lay).save(preview_path)
        result["preview_path"] = str(preview_path)
    png.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


__all__ = ["LayoutError", "get_backend", "render_layout", "validate_layout"]
