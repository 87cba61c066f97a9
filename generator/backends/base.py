"""What every regional backend provides to the renderer."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import torch
from diffusers import DiffusionPipeline

from ...schemas import DEFAULT_SPLIT, RoutingSpec
from ..encoding import TextEncodingCache
from ..processors import RegionalContext, attn2_modules, install_regional_processors


@dataclass(frozen=True)
class EncodedText:
    """A text as the pipeline's encoders return it: padded states (1, L, C) and mask (1, L) per encoder."""

    states: tuple[torch.Tensor, ...]
    masks: tuple[torch.Tensor, ...]


class Backend(ABC):
    """A stock diffusers pipeline plus what regional rendering needs to know about it."""

    arch: ClassVar[str]
    #: Fewest denoising steps the stock pipeline accepts.
    min_steps: ClassVar[int] = 1

    #: Largest canvas (in pixels) this backend renders in reasonable time and memory.
    max_pixels: int = 4096 * 4096
    #: Background texts (high, low) for layouts that name no background; None: the global texts.
    background_fallback: tuple[str, str] | None = None
    #: Sampling defaults when a caller gives none.
    default_steps: int = 20
    default_guidance: float = 4.5
    #: The routing a layout's ``auto`` preset means on this model (its measured best, where measured).
    default_routing: RoutingSpec = RoutingSpec("reference", DEFAULT_SPLIT)
    #: Guidance above 1 runs a [negative; conditional] batch (False: the model takes guidance as an input).
    guidance_batch: bool = True
    #: How a box claims the tokens along its edge (``generator.masks.EDGES``).
    edges: str = "feather"

    def __init__(self, pipe: DiffusionPipeline, model_id: str, note: str = ""):
        self.pipe = pipe
        self.transformer = pipe.transformer
        self.model_id = model_id
        self.note = note
        self.context = RegionalContext()
        self.encode = TextEncodingCache(self._encode)
        self._installed: tuple | None = None
        pipe.set_progress_bar_config(disable=True)

    @property
    def device(self) -> torch.device:
        """Where the models compute: the pipeline's execution device (the GPU under model CPU offload, where the
        weights wait on the CPU between calls)."""
        return self.pipe._execution_device

    def project(self, module: torch.nn.Module, states: torch.Tensor) -> torch.Tensor:
        """``module(states)`` for a part of the transformer called outside its forward (a text projection):
        computed where its weights are (under model CPU offload they wait on the CPU between calls, and the
        offload hook moves them only for the transformer's own forward), returned on the execution device."""
        weight = next(module.parameters())
        with torch.no_grad():
            return module(states.to(device=weight.device, dtype=weight.dtype)).to(self.device)

    @property
    def num_blocks(self) -> int:
        return len(attn2_modules(self.transformer))

    @property
    def patch_size(self) -> int:
        return int(self.transformer.config.patch_size)

    @property
    def canvas_multiple(self) -> int:
        """Canvas sides must be a multiple of this (latent factor x patch size)."""
        return int(self.pipe.vae_scale_factor) * self.patch_size

    def native_size(self, height: int, width: int) -> tuple[int, int]:
        """The size the model samples at for a canvas of ``height`` x ``width`` (then resized to it)."""
        return height, width

    def token_grid(self, height: int, width: int) -> tuple[int, int]:
        """Image-token grid the blocks see for a canvas of ``height`` x ``width``."""
        h, w = self.native_size(height, width)
        m = self.canvas_multiple
        return h // m, w // m

    def install(self, slots: Sequence[str], isolate: bool = False) -> None:
        """Route block ``i``'s cross-attention to ``slots[i]`` (no-op when unchanged)."""
        key = (tuple(slots), isolate)
        if key != self._installed:
            install_regional_processors(self.transformer, key[0], self.context, isolate=isolate)
            self._installed = key

    def local_positions(self, weights: torch.Tensor, grid: tuple[int, int]) -> torch.Tensor | None:
        """Position change that frames each isolated region as its own canvas, where the model's positions allow."""
        return None

    def release(self) -> None:
        """Forget the finished generation's region state (the next call runs stock until set again)."""
        self.context.clear()

    @torch.no_grad()
    def _encode(self, text: str) -> EncodedText:
        return self.encode_uncached(text)

    @abstractmethod
    def encode_uncached(self, text: str) -> EncodedText:
        """Encode ``text`` exactly as the stock pipeline does (same padding and length)."""

    @abstractmethod
    def attn_states(self, encoded: EncodedText) -> torch.Tensor:
        """(L, C) states of the real tokens, in the input space of the blocks' cross-attention."""

    @abstractmethod
    def pipeline_kwargs(self, prompt: EncodedText, negative: EncodedText) -> dict[str, Any]:
        """Keyword arguments for the pipeline call carrying the global prompt and the negative."""

    def step_kwargs(self, on_step: Callable[[int, torch.Tensor], torch.Tensor | None]) -> dict[str, Any]:
        """Keyword arguments that make the pipeline call ``on_step(i, latents)`` after each step.

        What ``on_step`` returns (not None) replaces the latents the next step starts from.
        """

        def callback(pipe, i, t, kwargs):
            new = on_step(i, kwargs["latents"])
            return {} if new is None else {"latents": new}

        return {"callback_on_step_end": callback, "callback_on_step_end_tensor_inputs": ["latents"]}

    def latent_grid(self, height: int, width: int) -> tuple[int, int]:
        """(h, w) of the latents for a canvas of ``height`` x ``width``."""
        h, w = self.native_size(height, width)
        return h // int(self.pipe.vae_scale_factor), w // int(self.pipe.vae_scale_factor)

    def noise(self, seed: int, height: int, width: int) -> torch.Tensor:
        """The initial latents the stock pipeline draws for ``seed`` (before its scheduler's scaling), in its latent format."""
        from diffusers.utils.torch_utils import randn_tensor

        h, w = self.latent_grid(height, width)
        shape = (1, int(self.transformer.config.in_channels), h, w)
        return randn_tensor(shape, generator=torch.Generator("cpu").manual_seed(seed), device=self.device, dtype=self.transformer.dtype)

    def latent_mask(self, mask: torch.Tensor) -> torch.Tensor:
        """An (h, w) mask on the latent grid, shaped to multiply latents in the pipeline's format."""
        return mask[None, None].to(device=self.device, dtype=self.transformer.dtype)
