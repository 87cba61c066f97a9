"""HunyuanDiT: regional attention on ``blocks[i].attn2`` (RoPE on the query, CLIP + T5 texts)."""

from __future__ import annotations

from typing import Any

import torch

from .base import Backend, EncodedText


class HunyuanDiTBackend(Backend):
    arch = "hunyuan-dit"

    def encode_uncached(self, text: str) -> EncodedText:
        cfg = self.transformer.config
        states, masks = [], []
        for index, length in ((0, cfg.text_len), (1, cfg.text_len_t5)):
            embeds, _, mask, _ = self.pipe.encode_prompt(
                text,
                device=self.device,
                dtype=self.transformer.dtype,
                do_classifier_free_guidance=False,
                max_sequence_length=length,
                text_encoder_index=index,
            )
            states.append(embeds)
            masks.append(mask)
        return EncodedText(tuple(states), tuple(masks))

    def attn_states(self, encoded: EncodedText) -> torch.Tensor:
        # The model's forward projects T5 states with text_embedder and concatenates [CLIP; T5];
        # region texts keep only their real tokens (the learned padding embeddings are dropped).
        clip = encoded.states[0][0][encoded.masks[0][0].bool()]
        t5 = encoded.states[1][0][encoded.masks[1][0].bool()]
        t5 = self.project(self.transformer.text_embedder, t5)
        return torch.cat([clip.to(device=t5.device, dtype=t5.dtype), t5], dim=0)

    def pipeline_kwargs(self, prompt: EncodedText, negative: EncodedText) -> dict[str, Any]:
        return {
            "prompt_embeds": prompt.states[0],
            "prompt_attention_mask": prompt.masks[0],
            "prompt_embeds_2": prompt.states[1],
            "prompt_attention_mask_2": prompt.masks[1],
            "negative_prompt_embeds": negative.states[0],
            "negative_prompt_attention_mask": negative.masks[0],
            "negative_prompt_embeds_2": negative.states[1],
            "negative_prompt_attention_mask_2": negative.masks[1],
            "use_resolution_binning": False,
        }

