"""Regional control for joint-attention DiTs (SD3 / SD3.5, FLUX.1) on stock diffusers.

Joint models have no cross-attention: text and image tokens share one attention.
Regional control is therefore a mask over one sequence that holds the global text,
every region text (trimmed to its real tokens) and the image tokens:

- image tokens of region r attend to region r's text (weighted by the region mask
  where regions overlap) and, by the base ratio, to the global text;
- region r's text attends to itself and to the image tokens of its region;
- the global text attends to itself and to every image token;
- image tokens attend to every image token, or only to their own region's
  (``self_attention: "regional"``);
- texts of other routing slots (e.g. the low-level texts in a block routed to the
  high-level ones) only attend to themselves: they ride along, untouched.

Depth routing picks, per block, which slot's mask applies: a block routed to
``global`` sees the global text only (the stock model's view), a block routed to
``regional_low`` routes image tokens to the regions' low-level texts, and so on.
FLUX's block sequence is its double-stream blocks, then its single-stream blocks.

**Base ratio.** Peers blend a base (global-prompt) output into the regional one with a
ratio b. Here both texts sit in one softmax: the global text's keys get a bias
``log(b)`` and the region's keys ``log(1 - b)``, so when the two texts would draw
equal attention the image token gives share b to the global text, as a blend with
ratio b would. ``b = 0`` masks the global text out of the image tokens' view.

Masks are built once per generation (per slot); each block makes one masked
attention call, with no per-region loop: SDPA with the dense mask, or FlexAttention with
a block mask and a bias table built from it (``generator/masked_attention.py`` says which
runs where). In a classifier-free-guidance batch the
unconditional half attends exactly as the stock model does (its negative text, padded
positions masked out).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from diffusers.models.embeddings import apply_rotary_emb

from .masked_attention import FlexMask, attention_kernel, resolve_kernel, sdpa, split_attention
from .processors import RegionalTexts


@dataclass
class JointSequence:
    """The text side of one generation: packed states, segment spans, and what each image token attends."""

    #: (L, C) conditional text states: the global text, then every slot's texts, zero-padded to L.
    text: torch.Tensor
    #: (start, end) of the global text and of each (slot, text index) segment in ``text``.
    global_span: tuple[int, int]
    spans: dict[tuple[str, int], tuple[int, int]]
    slots: dict[str, RegionalTexts]
    num_image: int
    base_ratio: float
    text_first: bool
    #: (N, N) bool: image token i may attend image token j, or None (all).
    image_mask: torch.Tensor | None = None
    #: Real length of the negative text (the unconditional half), or None without guidance.
    negative_len: int | None = None
    _masks: dict[str, torch.Tensor] = field(default_factory=dict)
    _flex: dict[str, FlexMask] = field(default_factory=dict)
    _split: dict[str, tuple[torch.Tensor, torch.Tensor, torch.Tensor | None] | None] = field(default_factory=dict)

    @property
    def text_len(self) -> int:
        return self.text.shape[0]

    def _positions(self) -> tuple[torch.Tensor, int]:
        """The image tokens' positions in the joint sequence, and where the text starts."""
        image, text = self._slices()
        return torch.arange(image.start, image.stop), text.start

    def _conditional(self, slot: str) -> torch.Tensor:
        """(S, S) additive mask of the conditional branch for blocks routed to ``slot``."""
        n, length = self.num_image, self.text_len
        size = n + length
        image, text0 = self._positions()
        mask = torch.full((size, size), float("-inf"))
        if self.image_mask is not None and slot != "global":
            mask[image[:, None], image[None, :]] = torch.where(self.image_mask.cpu(), 0.0, float("-inf"))
        else:
            mask[image[:, None], image[None, :]] = 0.0
        # Every text token sees at least its own segment (padding: itself), so no row is empty.
        pad = torch.arange(text0, text0 + length)
        mask[pad, pad] = 0.0
        g0, g1 = (text0 + self.global_span[0], text0 + self.global_span[1])
        mask[g0:g1, g0:g1] = 0.0
        mask[g0:g1, image] = 0.0  # the global text follows the whole picture
        for (_, _), (s0, s1) in self.spans.items():
            mask[text0 + s0 : text0 + s1, text0 + s0 : text0 + s1] = 0.0
        if slot == "global":
            mask[image, g0:g1] = 0.0
            return mask
        texts = self.slots[slot]
        base = self.base_ratio
        if base > 0:
            mask[image, g0:g1] = math.log(base)
        region_bias = math.log(1 - base) if base > 0 else 0.0
        weights = texts.weights.float().cpu()
        for u in range(len(texts.texts)):
            s0, s1 = self.spans[(slot, u)]
            w = weights[:, u]
            bias = torch.where(w > 0, torch.log(w.clamp_min(1e-12)) + region_bias, torch.tensor(float("-inf")))
            mask[image[:, None], torch.arange(text0 + s0, text0 + s1)[None, :]] = bias[:, None]
            mask[text0 + s0 : text0 + s1, image] = torch.where(w > 0, 0.0, float("-inf"))[None, :]
        return mask

    def _unconditional(self) -> torch.Tensor:
        """(S, S) mask of the negative branch: exactly the stock attention over the real negative text."""
        n, length = self.num_image, self.text_len
        image, text0 = self._positions()
        mask = torch.full((n + length, n + length), float("-inf"))
        real = torch.arange(text0, text0 + self.negative_len)
        seen = torch.cat([image, real])
        mask[seen[:, None], seen[None, :]] = 0.0
        pad = torch.arange(text0 + self.negative_len, text0 + length)
        mask[pad, pad] = 0.0
        return mask

    def _dense(self, slot: str | None) -> torch.Tensor | None:
        """(B, 1, S, S) float32 mask on the CPU for ``slot``; ``None``: SD3.5's image-only attention (None when unmasked)."""
        if slot is None:
            if self.image_mask is None:
                return None
            cond = torch.where(self.image_mask.cpu(), 0.0, float("-inf"))
            both = torch.stack([torch.zeros_like(cond), cond]) if self.negative_len is not None else cond[None]
        else:
            cond = self._conditional(slot)
            both = torch.stack([self._unconditional(), cond]) if self.negative_len is not None else cond[None]
        return both[:, None]

    def mask(self, slot: str, dtype: torch.dtype, device: torch.device) -> torch.Tensor:
        """(B, 1, S, S) additive mask for blocks routed to ``slot`` (B = 2 with guidance, uncond first)."""
        key = f"{slot}|{dtype}|{device}"
        if key not in self._masks:
            self._masks[key] = self._dense(slot).to(device=device, dtype=dtype)
        return self._masks[key]

    def image_only_mask(self, dtype: torch.dtype, device: torch.device) -> torch.Tensor | None:
        """(B, 1, N, N) mask for image-only attention (SD3.5's ``attn2``) when regions are isolated."""
        if self.image_mask is None:
            return None
        key = f"image|{dtype}|{device}"
        if key not in self._masks:
            self._masks[key] = self._dense(None).to(device=device, dtype=dtype)
        return self._masks[key]

    def _slices(self) -> tuple[slice, slice]:
        """Where the image tokens and the text tokens sit in the joint sequence."""
        n, length = self.num_image, self.text_len
        return (slice(length, length + n), slice(0, length)) if self.text_first else (slice(0, n), slice(n, n + length))

    def split_parts(self, slot: str, dtype: torch.dtype, device: torch.device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None] | None:
        """What :func:`split_attention` takes for ``slot``: the image-to-text bias (B, 1, N, T8), the text rows
        (B, 1, T, S) of the mask, and the image rows that see no text (None if none); None when image tokens do not all
        see each other (isolated regions), where only the dense mask serves. Built once per generation."""
        key = f"{slot}|{dtype}|{device}"
        if key not in self._split:
            dense = self._dense(slot)
            image, text = self._slices()
            if not bool((dense[:, :, image, image] == 0).all()):
                self._split[key] = None
            else:
                bias = dense[:, :, image, text]
                padded = -(-bias.shape[-1] // 8) * 8  # fused kernels take a bias whose rows are 16-byte aligned
                bias = F.pad(bias, (0, padded - bias.shape[-1]), value=float("-inf"))
                blind = torch.isinf(bias).all(dim=-1, keepdim=True)
                blind = blind.to(device) if bool(blind.any()) else None
                self._split[key] = (bias.to(device=device, dtype=dtype), dense[:, :, text].to(device=device, dtype=dtype).contiguous(), blind)
        return self._split[key]

    def attend(self, slot: str | None, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, kernel: str) -> torch.Tensor:
        """Masked (B, H, S, D) attention for blocks routed to ``slot`` (None: image-only attention of isolated regions)."""
        kernel = resolve_kernel(kernel, query.device, joint=True)
        parts = self.split_parts(slot, query.dtype, query.device) if kernel == "split" and slot is not None else None
        if parts is not None:
            return split_attention(query, key, value, *self._slices(), *parts)
        if kernel != "flex":
            mask = self.image_only_mask(query.dtype, query.device) if slot is None else self.mask(slot, query.dtype, query.device)
            return sdpa(query, key, value, mask, kernel)
        name = f"{slot}|{query.dtype}|{query.device}"
        if name not in self._flex:
            # The bias in the dtype SDPA would add it in, so both kernels add the same values.
            self._flex[name] = FlexMask.from_mask(self._dense(slot).to(query.dtype), query.device)
        return self._flex[name].attend(query, key, value)


def pack_joint(
    global_text: torch.Tensor,
    slots: dict[str, RegionalTexts],
    embed_raw: dict[str, torch.Tensor],
    *,
    num_image: int,
    base_ratio: float,
    text_first: bool,
    image_mask: torch.Tensor | None = None,
    negative_len: int | None = None,
    min_len: int = 0,
) -> JointSequence:
    """Lay out the conditional text sequence: the global text, then each slot's texts (each trimmed).

    ``embed_raw[text]`` is a text's (L, C) states in the transformer's input space; ``min_len`` pads the
    sequence to at least that length (the negative text's, so both halves of a guidance batch match).
    """
    if not 0 <= base_ratio < 1:
        raise ValueError(f"base ratio must be in [0, 1), got {base_ratio}")
    parts = [global_text]
    spans: dict[tuple[str, int], tuple[int, int]] = {}
    at = global_text.shape[0]
    for slot, texts in slots.items():
        for u, text in enumerate(texts.texts):
            states = embed_raw[text]
            spans[(slot, u)] = (at, at + states.shape[0])
            parts.append(states)
            at += states.shape[0]
    length = max(at, min_len)
    text = global_text.new_zeros(length, global_text.shape[-1])
    text[:at] = torch.cat(parts)
    return JointSequence(text, (0, global_text.shape[0]), spans, dict(slots), num_image, base_ratio, text_first, image_mask, negative_len)


class JointContext:
    """The current generation's :class:`JointSequence`, read by every joint processor of a model.

    ``attention`` picks the masked-attention kernel: "auto", "sdpa" or "flex" (``generator/masked_attention.py``).
    """

    def __init__(self, attention: str | None = None) -> None:
        self.sequence: JointSequence | None = None
        self.attention = attention_kernel(attention)


class RegionalSD3Processor:
    """SD3 / SD3.5 joint attention with the regional mask of this block's slot (stock math otherwise).

    The stock ``JointAttnProcessor2_0`` ignores attention masks, so this one repeats its
    projections and adds the mask; the sequence is ``[image; text]``. On SD3.5's image-only
    ``attn2`` it restricts image tokens to their region when regions are isolated.
    """

    def __init__(self, context: JointContext, slot: str, base):
        self.context, self.slot, self.base = context, slot, base

    def __call__(self, attn, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None = None,
                 attention_mask: torch.Tensor | None = None) -> torch.Tensor:
        seq = self.context.sequence
        if seq is None:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask)
        batch, n = hidden_states.shape[:2]
        if n != seq.num_image:
            raise ValueError(f"region masks were built for {seq.num_image} image tokens but the model sees {n}")
        if encoder_hidden_states is None and seq.image_mask is None:  # SD3.5 attn2 without isolation: the stock call
            return self.base(attn, hidden_states, None, attention_mask)
        heads = attn.heads
        query, key, value = (f(hidden_states).view(batch, n, heads, -1).transpose(1, 2) for f in (attn.to_q, attn.to_k, attn.to_v))
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        if encoder_hidden_states is None:  # SD3.5 attn2 with isolated regions: image tokens only, each in its region
            out = seq.attend(None, query, key, value, self.context.attention).transpose(1, 2).reshape(batch, n, -1).to(query.dtype)
            return attn.to_out[1](attn.to_out[0](out))
        length = encoder_hidden_states.shape[1]
        ctx = [f(encoder_hidden_states).view(batch, length, heads, -1).transpose(1, 2) for f in (attn.add_q_proj, attn.add_k_proj, attn.add_v_proj)]
        if attn.norm_added_q is not None:
            ctx[0] = attn.norm_added_q(ctx[0])
        if attn.norm_added_k is not None:
            ctx[1] = attn.norm_added_k(ctx[1])
        query, key, value = (torch.cat([a, b], dim=2) for a, b in zip((query, key, value), ctx, strict=True))
        out = seq.attend(self.slot, query, key, value, self.context.attention)
        out = out.transpose(1, 2).reshape(batch, n + length, -1).to(query.dtype)
        image, text = out[:, :n], out[:, n:]
        if not attn.context_pre_only:
            text = attn.to_add_out(text)
        image = attn.to_out[1](attn.to_out[0](image))
        return image, text


class RegionalFluxProcessor:
    """FLUX attention (double- or single-stream block) with the regional mask of this block's slot.

    On SDPA the stock ``FluxAttnProcessor`` does the work: it takes an additive mask over its
    ``[text; image]`` sequence, so this only hands it the block's mask. On the other kernels
    (flex, split, cudnn) this repeats the stock math (projections, norms, RoPE) around the masked
    call, which the stock processor cannot route through them.
    """

    def __init__(self, context: JointContext, slot: str, base):
        self.context, self.slot, self.base = context, slot, base

    def __call__(self, attn, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None = None,
                 attention_mask: torch.Tensor | None = None, image_rotary_emb: torch.Tensor | None = None):
        seq = self.context.sequence
        if seq is None:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, image_rotary_emb)
        if resolve_kernel(self.context.attention, hidden_states.device, joint=True) == "sdpa":
            mask = seq.mask(self.slot, hidden_states.dtype, hidden_states.device)
            return self.base(attn, hidden_states, encoder_hidden_states, mask, image_rotary_emb)
        text = encoder_hidden_states is not None and attn.added_kv_proj_dim is not None
        fused = getattr(attn, "fused_projections", False)  # after the pipeline's fuse_qkv_projections()
        heads = (-1, attn.head_dim)
        own = attn.to_qkv(hidden_states).chunk(3, dim=-1) if fused else (attn.to_q(hidden_states), attn.to_k(hidden_states), attn.to_v(hidden_states))
        query, key, value = (t.unflatten(-1, heads) for t in own)
        query, key = attn.norm_q(query), attn.norm_k(key)
        if text:
            added = (attn.to_added_qkv(encoder_hidden_states).chunk(3, dim=-1) if fused
                     else (attn.add_q_proj(encoder_hidden_states), attn.add_k_proj(encoder_hidden_states), attn.add_v_proj(encoder_hidden_states)))
            ctx = [t.unflatten(-1, heads) for t in added]
            ctx[0], ctx[1] = attn.norm_added_q(ctx[0]), attn.norm_added_k(ctx[1])
            query, key, value = (torch.cat([a, b], dim=1) for a, b in zip(ctx, (query, key, value), strict=True))
        if image_rotary_emb is not None:
            query = apply_rotary_emb(query, image_rotary_emb, sequence_dim=1)
            key = apply_rotary_emb(key, image_rotary_emb, sequence_dim=1)
        out = seq.attend(self.slot, query.transpose(1, 2), key.transpose(1, 2), value.transpose(1, 2), self.context.attention)
        out = out.transpose(1, 2).flatten(2, 3).to(query.dtype)
        if encoder_hidden_states is None:  # single-stream block: its own projection follows
            return out
        text, image = out.split_with_sizes([encoder_hidden_states.shape[1], out.shape[1] - encoder_hidden_states.shape[1]], dim=1)
        return attn.to_out[1](attn.to_out[0](image.contiguous())), attn.to_add_out(text.contiguous())


def joint_blocks(transformer: torch.nn.Module) -> list[torch.nn.Module]:
    """The attention-bearing blocks in depth order (FLUX: double-stream, then single-stream)."""
    return [*transformer.transformer_blocks, *getattr(transformer, "single_transformer_blocks", [])]


def install_joint_processors(transformer: torch.nn.Module, slots: Sequence[str], context: JointContext) -> None:
    """Give block ``i``'s attention (and SD3.5's ``attn2``) a regional processor for ``slots[i]``."""
    blocks = joint_blocks(transformer)
    if len(slots) != len(blocks):
        raise ValueError(f"routing lists {len(slots)} blocks but the model has {len(blocks)}")
    flux = hasattr(transformer, "single_transformer_blocks")
    cls = RegionalFluxProcessor if flux else RegionalSD3Processor
    for block, slot in zip(blocks, slots, strict=True):
        for name in ("attn", "attn2"):
            module = getattr(block, name, None)
            if module is None:
                continue
            current = module.processor
            base = current.base if isinstance(current, (RegionalSD3Processor, RegionalFluxProcessor)) else current
            # attn2 (image only) keeps the mask of its block; it only matters when regions are isolated.
            module.set_processor(cls(context, slot, base))
