"""PixArt-alpha / PixArt-sigma: regional attention on ``transformer_blocks[i].attn2``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from .base import Backend, EncodedText


class PixArtBackend(Backend):
    arch = "pixart"
    min_steps = 2  # diffusers' PixArt pipeline breaks on a single step (scheduler output indexing)

    def __init__(self, pipe, model_id: str, note: str = "", max_sequence_length: int | None = None):
        super().__init__(pipe, model_id, note)
        # PixArt-alpha pipelines pad to 120 tokens, PixArt-sigma to 300.
        self.max_sequence_length = max_sequence_length or (300 if "Sigma" in type(pipe).__name__ else 120)

    def local_positions(self, weights: torch.Tensor, grid: tuple[int, int]) -> torch.Tensor | None:
        from ..processors import local_position_delta

        return local_position_delta(self.transformer.pos_embed, weights, grid)

    def encode_uncached(self, text: str) -> EncodedText:
        embeds, mask, _, _ = self.pipe.encode_prompt(
            text,
            do_classifier_free_guidance=False,
            device=self.device,
            clean_caption=False,
            max_sequence_length=self.max_sequence_length,
        )
        return EncodedText((embeds,), (mask,))

    def attn_states(self, encoded: EncodedText) -> torch.Tensor:
        states = encoded.states[0][0][encoded.masks[0][0].bool()]
        return self.project(self.transformer.caption_projection, states)

    def pipeline_kwargs(self, prompt: EncodedText, negative: EncodedText) -> dict[str, Any]:
        return {
            "prompt_embeds": prompt.states[0],
            "prompt_attention_mask": prompt.masks[0],
            "negative_prompt": None,
            "negative_prompt_embeds": negative.states[0],
            "negative_prompt_attention_mask": negative.masks[0],
            "use_resolution_binning": False,
            "clean_caption": False,
            "max_sequence_length": self.max_sequence_length,
        }

    def step_kwargs(self, on_step: Callable[[int, torch.Tensor], torch.Tensor | None]) -> dict[str, Any]:
        def callback(i, t, latents):
            new = on_step(i, latents)
            if new is not None:  # this pipeline's callback returns nothing: change its latents in place
                latents.copy_(new)

        return {"callback": callback, "callback_steps": 1}
