"""Render and validate layouts as plain, JSON-in JSON-out capabilities."""

from __future__ import annotations

import gc
import json
from functools import cache
from pathlib import Path
from typing import Any

from ..schemas import Layout, LayoutError, layout_issues
from . import cancellation

DEFAULT_MODEL = "shapes"  # = generator.registry.DEFAULT_MODEL; repeated so importing tools stays light


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


class OutputFolderError(ValueError):
    """The output folder cannot be used; the message names it and the problem."""


def ensure_out_dir(path: str | Path) -> Path:
    """``path`` as a folder that exists and takes new files, created when missing; checked before any work starts."""
    import os
    import tempfile

    folder = Path(path).expanduser()
    if folder.exists() and not folder.is_dir():
        raise OutputFolderError(f"output folder {folder} is a file; pass a folder path (it is created when missing)")
    parent = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise OutputFolderError(f"cannot create output folder {folder}: {parent} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except PermissionError:
        raise OutputFolderError(f"output folder {folder} is not writable by this user; pass another folder") from None
    except OSError as exc:
        raise OutputFolderError(f"cannot use output folder {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputFolderError(f"output folder {folder} is not writable by this user; pass another folder")
    return folder


def validate_layout(layout: dict[str, Any]) -> dict[str, Any]:
    """Check a layout document; returns ``{"valid": bool, "issues": [{"path", "message"}], "summary"}``."""
    issues = layout_issues(layout)
    if issues:
        return {"valid": False, "issues": [{"path": i.path, "message": i.message} for i in issues], "summary": f"{len(issues)} problem(s)"}
    lay = Layout.from_checked(layout)
    summary = f"valid: {lay.width}x{lay.height}, {len(lay.regions)} region(s) [{', '.join(r.id for r in lay.regions)}], routing {lay.routing.preset}"
    return {"valid": True, "issues": [], "summary": summary}


def render_layout(
    layout: Layout,
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
    """Render a (validated) layout into ``out_dir``; returns the generation result (see generation_result schema).

    Writes ``<sha>.png`` (metadata in its text chunks) and ``<sha>.json`` (the result);
    with ``preview`` also ``<sha>.boxes.png``, the image beside the boxes drawn over it.
    ``routing`` names a preset that overrides the layout's own routing.
    """
    from ..generator import DepthRouting, render, result_metadata, save_image
    from ..generator.overlay import side_by_side

    lay = layout
    backend = get_backend(model)
    depth = DepthRouting.preset(routing, backend.num_blocks, lay.routing.split) if routing else None
    def step(i: int, n: int) -> None:
        cancellation.check()  # a cancelled call stops here, between denoising steps
        if on_step:
            on_step(i, n)

    out = render(backend, lay, seed=seed, steps=steps, guidance=guidance, routing=depth, on_step=step)
    result = save_image(out.image, out_dir, result_metadata(backend, lay, out))
    png = Path(result["image_path"])
    if preview:
        preview_path = png.with_name(png.stem + ".boxes.png")
        side_by_side(out.image, lay).save(preview_path)
        result["preview_path"] = str(preview_path)
    png.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


def draw_boxes(image_path: str | Path, layout: Layout, out_path: str | Path) -> Path:
    """A copy of the image at ``image_path`` with ``layout``'s boxes drawn over it, written to ``out_path``."""
    from PIL import Image

    from ..generator.overlay import draw_layout

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(image_path) as im:
        draw_layout(im, layout).save(out_path)
    return out_path


def describe_routing(slots: list[str]) -> str:
    """A per-block routing in a few words, e.g. ``regional x4, global x4``."""
    from ..generator import DepthRouting

    return DepthRouting(tuple(slots)).describe()


__all__ = ["LayoutError", "describe_routing", "draw_boxes", "OutputFolderError", "ensure_out_dir", "get_backend", "render_layout", "validate_layout"]
