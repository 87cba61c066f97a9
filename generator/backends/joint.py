"""SD3 / SD3.5 and FLUX.1: regional control through masked joint attention (see ``generator/joint.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from ..joint import JointContext, install_joint_processors, joint_blocks, pack_joint
from .base import Backend, EncodedText


class JointBackend(Backend):
    """Shared by SD3 and FLUX: the text sequence is packed per generation, masks route it per block."""

    text_first: bool
    #: Share of attention an image token gives the global text when it would draw as much as the region's
    #: (the peers' base ratio); 0 keeps image tokens on their region's text alone.
    base_ratio: float = 0.2

    def __init__(self, pipe, model_id: str, note: str = "", max_sequence_length: int | None = None):
        super().__init__(pipe, model_id, note)
        self.joint = JointContext()
        self.max_sequence_length = max_sequence_length

    @property
    def num_blocks(self) -> int:
        return len(joint_blocks(self.transformer))

    def install(self, slots: Sequence[str], isolate: bool = False) -> None:
        key = (tuple(slots), isolate)
        if key != self._installed:
            install_joint_processors(self.transformer, key[0], self.joint)
            self._installed = key

    def attn_states(self, encoded: EncodedText) -> torch.Tensor:
        """(L, C) encoder states of the real tokens (the transformer's ``context_embedder`` input)."""
        return encoded.states[0][0][encoded.masks[0][0].bool()]

    def _sequence(self, prompt: EncodedText, negative_len: int | None) -> torch.Tensor | None:
        """Pack this generation's texts into the joint context; the (1, L, C) conditional text states."""
        slots = self.context.slots
        if not slots:  # every block routed to the global prompt: the stock pipeline, unchanged
            self.joint.sequence = None
            return None
        texts = {t for rt in slots.values() for t in rt.texts}
        raw = {t: self.attn_states(self.encode(t)) for t in texts}
        num_image = next(iter(slots.values())).weights.shape[0]
        self.joint.sequence = pack_joint(
            self.attn_states(prompt), slots, raw, num_image=num_image, base_ratio=self.base_ratio, text_first=self.text_first,
            image_mask=self.context.self_mask, negative_len=negative_len, min_len=negative_len or 0,
        )
        return self.joint.sequence.text[None].to(self.transformer.dtype)

    def release(self) -> None:
        super().release()
        self.joint.sequence = None



class SD3Backend(JointBackend):
    """Stable Diffusion 3 / 3.5 (``SD3Transformer2DModel``, joint sequence ``[image; text]``)."""

    arch = "sd3"
    text_first = False
    default_steps = 28
    default_guidance = 7.0

    def encode_uncached(self, text: str) -> EncodedText:
        pipe = self.pipe
        length = self.max_sequence_length or 256
        embeds, _, pooled, _ = pipe.encode_prompt(text, text, text, device=self.device, do_classifier_free_guidance=False,
                                                   max_sequence_length=length)
        # Real tokens: those the CLIP tokenizer and the T5 tokenizer do not pad (the pipeline concatenates both).
        clip = pipe.tokenizer(text, padding="max_length", max_length=pipe.tokenizer_max_length, truncation=True, return_tensors="pt").attention_mask
        if pipe.text_encoder_3 is not None:
            t5 = pipe.tokenizer_3(text, padding="max_length", max_length=length, truncation=True, return_tensors="pt").attention_mask
        else:
            t5 = torch.zeros(1, embeds.shape[1] - clip.shape[1], dtype=clip.dtype)  # zero states stand in for T5
        return EncodedText((embeds, pooled), (torch.cat([clip, t5], dim=1).to(embeds.device),))

    def pipeline_kwargs(self, prompt: EncodedText, negative: EncodedText) -> dict[str, Any]:
        cfg = self.context.cfg
        negative_len = negative.states[0].shape[1] if cfg else None
        text = self._sequence(prompt, negative_len)
        kwargs = {"pooled_prompt_embeds": prompt.states[1], "negative_pooled_prompt_embeds": negative.states[1]}
        if text is None:
            return {**kwargs, "prompt_embeds": prompt.states[0], "negative_prompt_embeds": negative.states[0]}
        neg = negative.states[0].new_zeros(1, text.shape[1], text.shape[2])
        neg[:, : negative.states[0].shape[1]] = negative.states[0]
        return {**kwargs, "prompt_embeds": text, "negative_prompt_embeds": neg}


class FluxBackend(JointBackend):
    """FLUX.1 (``FluxTransformer2DModel``, joint sequence ``[text; image]``, guidance distilled: no negative branch)."""

    arch = "flux"
    text_first = True
    guidance_batch = False  # guidance is an input of the model (distilled), not a second batch
    default_steps = 28
    default_guidance = 3.5

    @property
    def canvas_multiple(self) -> int:
        return int(self.pipe.vae_scale_factor) * 2  # the pipeline packs 2x2 latents into one token

    def latent_grid(self, height: int, width: int) -> tuple[int, int]:
        h, w = self.native_size(height, width)
        factor = int(self.pipe.vae_scale_factor) * 2  # the pipeline packs 2x2 latents into one token
        return 2 * (h // factor), 2 * (w // factor)

    def noise(self, seed: int, height: int, width: int) -> torch.Tensor:
        from diffusers.utils.torch_utils import randn_tensor

        h, w = self.latent_grid(height, width)
        channels = int(self.transformer.config.in_channels) // 4
        unpacked = randn_tensor((1, channels, h, w), generator=torch.Generator("cpu").manual_seed(seed), device=self.device,
                                dtype=self.transformer.dtype)
        return self.pipe._pack_latents(unpacked, 1, channels, h, w)

    def latent_mask(self, mask: torch.Tensor) -> torch.Tensor:
        """The mask packed as the latents are: one value per 2x2 latent token (their mean)."""
        h, w = mask.shape
        packed = mask.view(h // 2, 2, w // 2, 2).mean(dim=(1, 3)).reshape(1, -1, 1)
        return packed.to(device=self.device, dtype=self.transformer.dtype)

    def encode_uncached(self, text: str) -> EncodedText:
        pipe = self.pipe
        length = self.max_sequence_length or 512
        embeds, pooled, _ = pipe.encode_prompt(text, text, device=self.device, max_sequence_length=length)
        t5 = pipe.tokenizer_2(text, padding="max_length", max_length=length, truncation=True, return_tensors="pt").attention_mask
        return EncodedText((embeds, pooled), (t5.to(embeds.device),))

    def pipeline_kwargs(self, prompt: EncodedText, negative: EncodedText) -> dict[str, Any]:
        text = self._sequence(prompt, None)
        return {"prompt_embeds": prompt.states[0] if text is None else text, "pooled_prompt_embeds": prompt.states[1]}
