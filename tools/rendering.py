"""Render and validate layouts as plain, JSON-in JSON-out capabilities."""

from __future__ import annotations

import gc
import json
from dataclasses import replace
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


def drawable(model: str = DEFAULT_MODEL) -> dict[str, list[str]] | None:
    """What a model can draw when it is a closed world (the embedded shapes world: its shapes, colours and backgrounds),
    so that an agent can ask rather than render a cat as a blob; None for open-vocabulary models."""
    if model != "shapes" and not model.startswith("shapes:"):
        return None
    from ..generator.shapes.world import BACKGROUNDS, COLOURS, SHAPES

    return {"shapes": list(SHAPES), "colours": list(COLOURS), "backgrounds": list(BACKGROUNDS)}


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
    self_attention: str | None = None,
) -> dict[str, Any]:
    """Render a (validated) layout into ``out_dir``; returns the generation result (see generation_result schema).

    Writes ``<sha>.png`` (metadata in its text chunks) and ``<sha>.json`` (the result);
    with ``preview`` also ``<sha>.boxes.png``, the image beside the boxes drawn over it.
    ``routing`` names a preset (or ``auto``: the model's measured best) that overrides the layout's own;
    ``self_attention`` (``full`` or ``regional``: isolated regions) overrides the layout's isolation.
    """
    from ..generator import DepthRouting, render

    backend = get_backend(model)
    depth = None
    if routing or self_attention:
        spec = layout.routing
        if routing:  # the preset's own text slots, not the layout's custom ones
            spec = replace(spec, preset=routing, shallow=None, deep=None)
        if self_attention:
            spec = replace(spec, self_attention=self_attention)
        depth = DepthRouting.from_spec(spec, backend.num_blocks, backend.default_routing)
    out = render(backend, layout, seed=seed, steps=steps, guidance=guidance, routing=depth, on_step=_cancellable(on_step))
    return _save(backend, layout, out, out_dir, preview)


def repaint_image(
    image_path: str | Path,
    region_ids: list[str],
    out_dir: str | Path,
    *,
    layout: Layout | None = None,
    seed: int | None = None,
    preview: bool = False,
    on_step=None,
    keep: bool = False,
    also_keep: list[list[float]] | None = None,
) -> dict[str, Any]:
    """Redo ``region_ids`` of the earlier render at ``image_path`` and keep every other pixel (with ``keep``: keep the
    boxes of ``region_ids``, and the areas ``also_keep`` (x0, y0, x1, y1), and redo every other pixel).

    The model, steps, guidance, routing, seed and layout come from the PNG's metadata; ``layout`` may
    change the redone regions' texts or boxes; ``seed`` (default: the earlier seed + 1) is the new seed.
    """
    from ..generator import DepthRouting, read_image_metadata, render
    from ..generator.render import Repaint

    meta = read_image_metadata(image_path)
    if "layout" not in meta or "seed" not in meta:
        raise ValueError(f"{image_path} carries no regiondit metadata (layout, seed); repaint an image that render_layout or design_image wrote")
    reference = Layout.from_dict(meta["layout"])
    backend = get_backend(meta["model"])
    new_seed = meta["seed"] + 1 if seed is None else seed
    areas = [list(map(float, box)) for box in also_keep or []] if keep else []
    out = render(backend, layout or reference, seed=new_seed, steps=meta["steps"], guidance=meta["guidance"],
                 routing=DepthRouting.from_dict(meta["routing"]), on_step=_cancellable(on_step),
                 repaint=Repaint(reference, meta["seed"], tuple(region_ids), earlier=_earlier(meta.get("repaint"), image_path), keep=keep,
                                 also_keep=tuple(map(tuple, areas))))
    from PIL import Image

    from ..generator import pixel_sha256

    with Image.open(image_path) as earlier:
        sha = pixel_sha256(earlier)
    record = {"from_image_sha256": sha, "regions": list(region_ids), "reference_seed": meta["seed"], "reference_layout": reference.to_dict(),
              "reference_repaint": meta.get("repaint"), "keep": keep, **({"also_keep": areas} if areas else {})}
    return _save(backend, layout or reference, out, out_dir, preview, {"repaint": record})


def _earlier(record: dict[str, Any] | None, image_path: str | Path):
    """How the earlier image was made when it was itself a repaint (None for a plain render), from its repaint record."""
    from ..generator.render import Repaint

    if not record:
        return None
    if "reference_layout" not in record:
        raise ValueError(f"{image_path} is a repaint recorded without its reference's layout (an older version wrote it); "
                         "repaint the image it was made from instead")
    return Repaint(Layout.from_dict(record["reference_layout"]), record["reference_seed"], tuple(record["regions"]),
                   earlier=_earlier(record.get("reference_repaint"), image_path), keep=record.get("keep", False),
                   also_keep=tuple(map(tuple, record.get("also_keep", []))))


def _cancellable(on_step):
    def step(i: int, n: int) -> None:
        cancellation.check()  # a cancelled call stops here, between denoising steps
        if on_step:
            on_step(i, n)

    return step


def _save(backend, layout: Layout, out, out_dir: str | Path, preview: bool, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The PNG (metadata inside), its result JSON and, with ``preview``, the image beside its boxes."""
    from ..generator import result_metadata, save_image
    from ..generator.overlay import side_by_side

    result = save_image(out.image, out_dir, {**result_metadata(backend, layout, out), **(extra or {})})
    png = Path(result["image_path"])
    if preview:
        preview_path = png.with_name(png.stem + ".boxes.png")
        side_by_side(out.image, layout).save(preview_path)
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


__all__ = [
    "LayoutError", "OutputFolderError", "describe_routing", "draw_boxes", "ensure_out_dir", "get_backend",
    "render_layout", "repaint_image", "validate_layout",
]
