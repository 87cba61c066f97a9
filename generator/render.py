"""Render a layout with a regional backend: encode texts, build masks, route, sample."""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
import torch
from PIL import Image

from ..schemas import Issue, Layout, LayoutError, join_texts
from .backends import Backend, EncodedText
from .masks import region_weights
from .processors import RegionalTexts, pack_texts, region_self_mask
from .routing import DepthRouting, background_text, region_text


@dataclass
class RenderOutput:
    image: Image.Image
    routing: DepthRouting
    seed: int
    steps: int
    guidance: float
    timings: dict[str, float] = field(default_factory=dict)
    text_cache: dict[str, int] = field(default_factory=dict)


def check_canvas(layout: Layout, backend: Backend) -> None:
    """Raise ``LayoutError`` when the canvas does not fit the backend's latent/patch grid or size limit."""
    m = backend.canvas_multiple
    issues = [
        Issue(
            f"$.canvas.{side}",
            f"{size} is not a multiple of {m}, which {backend.model_id} needs; use {max(m, size - size % m)} or {size - size % m + m}",
        )
        for side, size in (("width", layout.width), ("height", layout.height))
        if size % m
    ]
    if layout.width * layout.height > backend.max_pixels:
        side = int(backend.max_pixels**0.5) // m * m
        issues.append(
            Issue(
                "$.canvas",
                f"{layout.width}x{layout.height} is larger than {backend.model_id} renders ({backend.max_pixels} pixels at most, "
                f"e.g. {side}x{side}); use a smaller canvas",
            )
        )
    if issues:
        raise LayoutError(issues)


def layout_weights(backend: Backend, layout: Layout, regions=None) -> torch.Tensor:
    """(tokens, regions + 1) weights of ``layout``'s regions (or ``regions``) on the model's token grid."""
    grid = backend.token_grid(layout.height, layout.width)
    return region_weights(layout.regions if regions is None else regions, *grid, edges=backend.edges).to(backend.device)


def regional_texts(
    backend: Backend,
    layout: Layout,
    routing: DepthRouting,
    slot_layouts: dict[str, Layout] | None = None,
    weights: torch.Tensor | None = None,
) -> dict[str, RegionalTexts]:
    """Per regional slot in ``routing``: the packed region + background texts and their token weights.

    ``slot_layouts`` gives a slot the boxes and texts of another layout (probing depths with conflicting texts);
    ``weights`` are ``layout``'s token weights when the caller already has them.
    """
    weights = layout_weights(backend, layout) if weights is None else weights

    def embed(text: str) -> torch.Tensor:
        return backend.attn_states(backend.encode(text))

    def pack(slot: str, source: Layout) -> RegionalTexts:
        slot_weights = weights if source is layout else layout_weights(backend, layout, source.regions)
        background = background_text(source, slot, backend.background_fallback)
        texts = [region_text(r, slot) for r in source.regions]
        if routing.isolate:  # an isolated region is a small picture of its own: its object on the background
            around = background_text(source, "regional_high", backend.background_fallback)
            texts = [join_texts(t, around) for t in texts]
        return pack_texts([*texts, background], slot_weights, embed)

    return {slot: pack(slot, (slot_layouts or {}).get(slot, layout)) for slot in routing.regional_slots}


def resolve_sampling(backend: Backend, layout: Layout, seed: int, steps: int | None, guidance: float | None,
                     routing: DepthRouting | None) -> tuple[int, float, DepthRouting]:
    """Steps, guidance and per-block routing of a render (the backend's defaults filled in), or a clear error."""
    steps = backend.default_steps if steps is None else steps
    guidance = backend.default_guidance if guidance is None else guidance
    if steps < backend.min_steps:
        raise ValueError(f"steps must be >= {backend.min_steps} for {backend.model_id}, got {steps}")
    if seed < 0:
        raise ValueError(f"seed must be >= 0, got {seed}")
    check_canvas(layout, backend)
    routing = routing or DepthRouting.from_spec(layout.routing, backend.num_blocks, backend.default_routing)
    if routing.num_blocks != backend.num_blocks:
        raise ValueError(f"routing covers {routing.num_blocks} blocks but {backend.model_id} has {backend.num_blocks}")
    return steps, guidance, routing


def install_layout(backend: Backend, layout: Layout, routing: DepthRouting, guidance: float,
                   slot_layouts: dict[str, Layout] | None = None) -> tuple[EncodedText, EncodedText]:
    """Route the backend's blocks and give them this layout's texts and masks; the encoded prompt and negative.

    The backend holds the region state until :meth:`Backend.release`.
    """
    backend.install(routing.slots, routing.isolate)
    prompt, negative = backend.encode(layout.prompt), backend.encode(layout.negative)
    weights = layout_weights(backend, layout)
    slots = regional_texts(backend, layout, routing, slot_layouts, weights)
    self_mask = region_self_mask(weights) if routing.isolate else None
    delta = backend.local_positions(weights, backend.token_grid(layout.height, layout.width)) if routing.isolate else None
    backend.context.set(slots, cfg=guidance > 1 and backend.guidance_batch, self_mask=self_mask, position_delta=delta)
    return prompt, negative


@dataclass(frozen=True)
class Repaint:
    """Re-render some regions of an earlier render and keep the rest of it.

    ``reference`` and ``seed`` are the earlier render's layout and seed (same model, steps, guidance
    and routing); ``regions`` the ids to redo, in the new layout (whose boxes and texts for them may
    differ) or the reference. Every step, the latents outside those regions are replaced by the earlier
    render's at that step (RePaint / blended latents), so the rest stays and the seams are denoised
    with the new content. With isolated regions the area is the boxes themselves; otherwise it grows by
    one image token and fades over one more, so the seam is denoised together.
    """

    reference: Layout
    seed: int
    regions: tuple[str, ...]
    #: When the earlier render was itself a repaint: how it was made (replayed in turn, so a chain keeps its pixels).
    earlier: Repaint | None = None
    #: Paste the earlier picture back outside the mask after decoding (a VAE mixes neighbouring latents, so blending
    #: latents alone lets a little of the change leak past the mask); off only to measure that leak.
    paste_back: bool = True
    #: ``regions`` are the ones kept (their boxes stay as they were) and everything else is redone.
    keep: bool = False
    #: With ``keep``: more areas (x0, y0, x1, y1) that stay, e.g. where the kept objects were seen past their boxes.
    also_keep: tuple[tuple[float, float, float, float], ...] = ()


def repaint_mask(backend: Backend, layout: Layout, repaint: Repaint, isolate: bool) -> torch.Tensor:
    """(h, w) weight of the new render at each latent pixel: 1 in the repainted boxes, 0 where the earlier render stays."""
    h, w = backend.latent_grid(layout.height, layout.width)
    boxes = [r.bbox for source in (layout, repaint.reference) for r in source.regions if r.id in repaint.regions]
    cy, cx = (torch.arange(h) + 0.5) / h, (torch.arange(w) + 0.5) / w
    hard = torch.zeros(h, w)
    for x0, y0, x1, y1 in boxes:
        hard = torch.maximum(hard, torch.outer((cy >= y0) & (cy < y1), (cx >= x0) & (cx < x1)).float())
    token = backend.patch_size
    grown = lambda k: torch.nn.functional.max_pool2d(hard[None, None], 2 * k + 1, stride=1, padding=k)[0, 0]  # noqa: E731
    if repaint.keep:
        # The kept boxes and areas stay exactly, grown by one image token: a region's text still reaches the tokens
        # across its box's edge, and new content drawn there would touch the kept object. Every other pixel is redone.
        for x0, y0, x1, y1 in repaint.also_keep:
            hard = torch.maximum(hard, torch.outer((cy >= y0) & (cy < y1), (cx >= x0) & (cx < x1)).float())
        return 1 - grown(token)
    if isolate:
        return hard
    mask = grown(token)
    for k in range(1, token + 1):  # a linear fade over one more token
        mask = torch.maximum(mask, grown(token + k) * (1 - k / (token + 1)))
    return mask


@torch.no_grad()
def render(
    backend: Backend,
    layout: Layout,
    *,
    seed: int = 0,
    steps: int | None = None,
    guidance: float | None = None,
    routing: DepthRouting | None = None,
    on_step: Callable[[int, int], None] | None = None,
    slot_layouts: dict[str, Layout] | None = None,
    repaint: Repaint | None = None,
) -> RenderOutput:
    """Render ``layout``; identical inputs and seed give identical pixels.

    ``routing`` overrides the layout's own routing request. ``on_step(i, steps)``
    is called after each denoising step. ``slot_layouts`` (for layer probing) lets a
    routing slot take its boxes and texts from another layout. ``steps`` and
    ``guidance`` default to the backend's. ``repaint`` redoes some regions of an
    earlier render with this ``seed`` and keeps the rest (see :class:`Repaint`).
    """
    steps, guidance, routing = resolve_sampling(backend, layout, seed, steps, guidance, routing)
    hits, misses = backend.encode.hits, backend.encode.misses
    t0 = time.perf_counter()
    trajectory: list[torch.Tensor] | None = None if slot_layouts else []  # kept for a repaint of this render
    image, t1, initial = _generate(backend, layout, routing, steps, guidance, seed, repaint, on_step=on_step, slot_layouts=slot_layouts,
                                   trajectory=trajectory)
    if trajectory is not None:
        _remember(backend, _run_key(backend, layout, routing, steps, guidance, seed, repaint), image, initial, trajectory)
    t2 = time.perf_counter()
    return RenderOutput(
        image=image,
        routing=routing,
        seed=seed,
        steps=steps,
        guidance=guidance,
        timings={"encode_s": t1 - t0, "sample_s": t2 - t1, "total_s": t2 - t0},
        text_cache={"hits": backend.encode.hits - hits, "misses": backend.encode.misses - misses},
    )


def _sample(backend: Backend, layout: Layout, routing: DepthRouting, steps: int, guidance: float, seed: int,
            step: Callable[[int, torch.Tensor], torch.Tensor | None], latents: torch.Tensor | None = None,
            slot_layouts: dict[str, Layout] | None = None) -> tuple[Image.Image, float]:
    """One run of the pipeline with ``layout``'s regions installed; the picture at canvas size and when sampling began."""
    prompt, negative = install_layout(backend, layout, routing, guidance, slot_layouts)
    started = time.perf_counter()
    height, width = backend.native_size(layout.height, layout.width)
    try:
        images = backend.pipe(
            height=height,
            width=width,
            num_inference_steps=steps,
            guidance_scale=guidance,
            generator=torch.Generator("cpu").manual_seed(seed),
            latents=latents,
            output_type="pil",
            **backend.pipeline_kwargs(prompt, negative),
            **backend.step_kwargs(step),
        ).images
    finally:
        backend.release()
    image = images[0]
    if image.size != (layout.width, layout.height):
        image = image.resize((layout.width, layout.height), Image.NEAREST)
    return image, started


def _paste_back(image: Image.Image, earlier: Image.Image, mask: torch.Tensor) -> Image.Image:
    """``image`` where the (h, w) repaint ``mask`` is 1, ``earlier`` where it is 0, blended across its feathered edge."""
    weight = torch.nn.functional.interpolate(mask[None, None].float(), size=(image.height, image.width), mode="nearest")[0, 0].numpy()
    new, old = np.asarray(image.convert("RGB"), dtype=np.float32), np.asarray(earlier.convert("RGB"), dtype=np.float32)
    w = weight[..., None]
    out = np.where(w >= 1, new, np.where(w <= 0, old, np.rint(w * new + (1 - w) * old)))
    return Image.fromarray(out.astype(np.uint8))


class _Blend(NamedTuple):
    """What a repaint blends with: the earlier render, replayed."""

    mask: torch.Tensor  # in latent format: 1 where the new render goes, 0 where the earlier one stays
    canvas_mask: torch.Tensor  # the same weights on the (h, w) latent grid, to paste the kept part back after decoding
    trajectory: list[torch.Tensor]  # the earlier render's latents after every step
    initial: torch.Tensor  # its initial latents
    picture: Image.Image  # its picture


def _generate(backend: Backend, layout: Layout, routing: DepthRouting, steps: int, guidance: float, seed: int, repaint: Repaint | None,
              on_step: Callable[[int, int], None] | None = None, slot_layouts: dict[str, Layout] | None = None,
              trajectory: list[torch.Tensor] | None = None) -> tuple[Image.Image, float, torch.Tensor]:
    """One generation: (picture, when sampling began, initial latents). With ``repaint`` the latents outside its mask are
    the earlier render's at every step and, after decoding, its pixels there are pasted back. ``trajectory`` (a list)
    receives the latents the pipeline continues from after every step, for a later repaint to replay."""
    blend = _repaint_blend(backend, layout, repaint, steps, guidance, routing) if repaint else None
    latents = backend.noise(seed, layout.height, layout.width)
    if blend is not None:
        latents = blend.mask * latents + (1 - blend.mask) * blend.initial

    def step(i: int, current: torch.Tensor) -> torch.Tensor | None:
        if on_step:
            on_step(i + 1, steps)
        if blend is not None:
            current = blend.mask * current + (1 - blend.mask) * blend.trajectory[i]
        if trajectory is not None:
            trajectory.append(current.clone())
        return None if blend is None else current

    # Without a repaint the pipeline draws the same noise from its seeded generator (the scheduler may draw more from it).
    image, started = _sample(backend, layout, routing, steps, guidance, seed, step, latents if blend is not None else None, slot_layouts)
    if blend is not None and repaint.paste_back:  # a VAE decodes neighbouring latents together: paste the kept part back
        image = _paste_back(image, blend.picture, blend.canvas_mask)
    return image, started, latents


def _repaint_blend(backend: Backend, layout: Layout, repaint: Repaint, steps: int, guidance: float, routing: DepthRouting) -> _Blend:
    """The earlier render replayed exactly as it ran (a repaint replays its own reference first), and the repaint's mask."""
    if (repaint.reference.width, repaint.reference.height) != (layout.width, layout.height):
        raise ValueError("a repaint keeps the earlier canvas; its width and height cannot change")
    missing = [rid for rid in repaint.regions if all(r.id != rid for r in (*layout.regions, *repaint.reference.regions))]
    if missing or not repaint.regions:
        ids = ", ".join(r.id for r in repaint.reference.regions)
        raise ValueError(f"no region {', '.join(map(repr, missing)) or '(none given)'} to repaint; the earlier render's regions are: {ids}")
    key = _run_key(backend, repaint.reference, routing, steps, guidance, repaint.seed, repaint.earlier)
    cache = _runs(backend)
    if key in cache:
        cache.move_to_end(key)
        picture, initial, trajectory = cache[key]
    else:
        trajectory = []
        picture, _, initial = _generate(backend, repaint.reference, routing, steps, guidance, repaint.seed, repaint.earlier,
                                        trajectory=trajectory)
        _remember(backend, key, picture, initial, trajectory)  # the next repaint from the same image need not replay it
    canvas = repaint_mask(backend, layout, repaint, routing.isolate)
    return _Blend(backend.latent_mask(canvas), canvas, trajectory, initial, picture)


#: Recent runs kept per model for a repaint to continue from (the refinement loop repaints the render it just made).
RECENT_RUNS = 4


def _runs(backend: Backend) -> OrderedDict[str, tuple[Image.Image, torch.Tensor, list[torch.Tensor]]]:
    if not hasattr(backend, "_recent_runs"):
        backend._recent_runs = OrderedDict()
    return backend._recent_runs


def _run_key(backend: Backend, layout: Layout, routing: DepthRouting, steps: int, guidance: float, seed: int,
             repaint: Repaint | None) -> str:
    """Everything a run's latents depend on: the same key, the same trajectory."""

    def described(r: Repaint | None) -> Any:
        return None if r is None else [r.reference.to_dict(), r.seed, list(r.regions), described(r.earlier), r.paste_back, r.keep,
                                       [list(a) for a in r.also_keep]]

    settings = [backend.model_id, backend.edges, getattr(backend, "base_ratio", None)]
    return json.dumps([settings, layout.to_dict(), routing.to_dict(), steps, guidance, seed, described(repaint)], sort_keys=True)


def _remember(backend: Backend, key: str, picture: Image.Image, initial: torch.Tensor, trajectory: list[torch.Tensor]) -> None:
    cache = _runs(backend)
    cache[key] = (picture, initial, trajectory)
    cache.move_to_end(key)
    while len(cache) > RECENT_RUNS:
        cache.popitem(last=False)


def result_metadata(backend: Backend, layout: Layout, out: RenderOutput) -> dict[str, Any]:
    """Everything that reproduces ``out``, in the generation-result schema's terms."""
    return {
        "width": out.image.width,
        "height": out.image.height,
        "seed": out.seed,
        "steps": out.steps,
        "guidance": out.guidance,
        "model": backend.model_id,
        "model_note": backend.note,
        "layout": layout.to_dict(),
        "routing": out.routing.to_dict(),
        "timings": {k: round(v, 4) for k, v in out.timings.items()},
        "text_cache": out.text_cache,
    }
