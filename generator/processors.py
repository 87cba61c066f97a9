"""Regional cross-attention for stock diffusers DiTs (PixArt-alpha/sigma, HunyuanDiT).

For image token ``n`` and regions ``r`` with weights ``w[n, r]`` (summing to 1),
the regional cross-attention output is ``sum_r w[n, r] * softmax(q_n K_r^T) V_r``.
All region texts are packed into one key/value tensor ``[U texts x Lmax tokens]``;
one matmul gives every score, a softmax per text segment (max-shifted and summed per
segment through a (U, Lmax) view) makes each region's attention independent, and the
weights fold into the probabilities so a single second matmul produces the blend.
Since ``to_out`` is affine and weights sum to 1, blending before the projection is exact.
The ``split`` kernel computes the same blend with one fused SDPA call per chunk of texts.

Region K/V do not depend on the denoising step: they are computed once per
generation and cached on the processor. Both halves of a classifier-free-guidance
batch go through one pass (shared query and output projections), the unconditional half
attending its negative text exactly as the stock processor does; with a base processor
other than the stock ones, the unconditional half goes through that processor instead.

The pipelines cannot pass per-call region state to ``attn2`` (HunyuanDiT's forward
drops extra kwargs), so the state lives in a :class:`RegionalContext` that the
renderer fills before sampling and the processors read.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from diffusers.models.attention_processor import Attention, AttnProcessor2_0, HunyuanAttnProcessor2_0
from diffusers.models.embeddings import apply_rotary_emb

from .masked_attention import FlexMask, attention_kernel, resolve_kernel, sdpa, use_flex

_versions = itertools.count(1)
#: The ``split`` cross-attention path computes texts in chunks whose outputs take at most this many bytes.
PER_CALL_BYTES = 48 * 2**20


@dataclass
class RegionalTexts:
    """The packed texts of one routing slot.

    ``states``: (U, Lmax, C) text states in ``attn2``'s input space, ``key_mask``:
    (U, Lmax) True at real tokens, ``weights``: (N, U) per image token and text.
    """

    states: torch.Tensor
    key_mask: torch.Tensor
    weights: torch.Tensor
    texts: tuple[str, ...] = ()
    version: int = field(default_factory=lambda: next(_versions))

    def __post_init__(self) -> None:
        u, lmax = self.key_mask.shape
        #: (U * Lmax,) 0 at real tokens, -inf at padding.
        self.key_bias = torch.zeros(u * lmax, device=self.key_mask.device).masked_fill(~self.key_mask.flatten(), float("-inf"))
        #: Every text fills Lmax tokens (no padding key to mask).
        self.all_real = bool(self.key_mask.all())

    @property
    def num_tokens(self) -> int:
        return self.weights.shape[0]


def pack_texts(
    texts: Sequence[str],
    weights: torch.Tensor,
    embed: Callable[[str], torch.Tensor],
) -> RegionalTexts:
    """Pack per-region ``texts`` with their (N, len(texts)) ``weights`` into one :class:`RegionalTexts`.

    Equal texts share one K/V segment (their weights add); texts with zero weight
    everywhere are dropped. ``embed(text)`` returns (L, C) states without padding.
    """
    columns: dict[str, torch.Tensor] = {}
    for i, text in enumerate(texts):
        columns[text] = columns.get(text, 0) + weights[:, i]
    kept = [(t, w) for t, w in columns.items() if bool((w > 0).any())]
    if not kept:
        raise ValueError("no text has any weight on the canvas")
    states = [embed(t) for t, _ in kept]
    empty = [t for (t, _), st in zip(kept, states, strict=True) if st.shape[0] == 0]
    if empty:
        raise ValueError(f"text {empty[0]!r} encodes to no tokens; give every region a non-empty text")
    lmax = max(s.shape[0] for s in states)
    c = states[0].shape[-1]
    packed = states[0].new_zeros(len(states), lmax, c)
    key_mask = torch.zeros(len(states), lmax, dtype=torch.bool, device=packed.device)
    for u, s in enumerate(states):
        packed[u, : s.shape[0]] = s
        key_mask[u, : s.shape[0]] = True
    w = torch.stack([w for _, w in kept], dim=1).to(device=packed.device, dtype=torch.float32)
    return RegionalTexts(packed, key_mask, w, tuple(t for t, _ in kept))


class RegionalContext:
    """Per-generation region state read by every regional processor of a model.

    ``attention`` picks the kernel of the masked self-attention: "auto", "sdpa" or "flex"
    (``generator/masked_attention.py``).
    """

    def __init__(self, attention: str | None = None) -> None:
        self.slots: dict[str, RegionalTexts] = {}
        self.cfg: bool = True
        #: (N, N) bool: image token i may attend image token j (regional self-attention), or None.
        self.self_mask: torch.Tensor | None = None
        #: (N, D) added to the conditional half's position embeddings (isolated regions' own frames), or None.
        self.position_delta: torch.Tensor | None = None
        self.attention = attention_kernel(attention)
        self._self_flex: dict[str, FlexMask] = {}

    def set(self, slots: dict[str, RegionalTexts], *, cfg: bool, self_mask: torch.Tensor | None = None,
            position_delta: torch.Tensor | None = None) -> None:
        self.slots = dict(slots)
        self.cfg = cfg
        self.self_mask = self_mask
        self.position_delta = position_delta
        self._self_flex = {}

    def clear(self) -> None:
        self.slots = {}
        self.self_mask = None
        self.position_delta = None
        self._self_flex = {}

    def self_flex_mask(self, device: torch.device) -> FlexMask:
        """``self_mask`` as FlexAttention takes it, built once per generation and device."""
        if str(device) not in self._self_flex:
            self._self_flex[str(device)] = FlexMask.from_mask(self.self_mask, device)
        return self._self_flex[str(device)]


def region_frames(weights: torch.Tensor, grid: tuple[int, int]) -> list[tuple[torch.Tensor, int, int, int, int]]:
    """Per region (background excluded): its tokens and the bounding rectangle (row0, col0, rows, cols) they span."""
    owner = weights.argmax(dim=1).cpu()
    background = weights.shape[1] - 1
    h, w = grid
    frames = []
    for r in range(background):
        tokens = (owner == r).nonzero().flatten()
        if tokens.numel() == 0:
            continue
        rows, cols = tokens // w, tokens % w
        frames.append((tokens, int(rows.min()), int(cols.min()), int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)))
    return frames


def local_position_delta(patch_embed: torch.nn.Module, weights: torch.Tensor, grid: tuple[int, int]) -> torch.Tensor | None:
    """(N, D) change that gives each isolated region the sin-cos positions of a canvas of its own size.

    An isolated region then sees exactly what the model sees when it renders a small picture
    (PixArt-style ``PatchEmbed`` interpolates positions to the canvas); None for models with
    other position schemes.
    """
    from diffusers.models.embeddings import get_2d_sincos_pos_embed

    if getattr(patch_embed, "pos_embed", None) is None or getattr(patch_embed, "pos_embed_max_size", None):
        return None
    dim = patch_embed.pos_embed.shape[-1]

    def frame(h: int, w: int) -> torch.Tensor:
        return get_2d_sincos_pos_embed(
            dim, (h, w), base_size=patch_embed.base_size, interpolation_scale=patch_embed.interpolation_scale, output_type="pt"
        )

    full = frame(*grid).float()
    delta = torch.zeros_like(full)
    for tokens, row0, col0, rows, cols in region_frames(weights, grid):
        local = frame(rows, cols).float()
        index = (tokens // grid[1] - row0) * cols + (tokens % grid[1] - col0)
        delta[tokens] = local[index] - full[tokens]
    return delta


def install_position_hook(transformer: torch.nn.Module, context: RegionalContext) -> None:
    """Add ``context.position_delta`` to the conditional half of the patch embedding's output (once per model)."""
    patch_embed = getattr(transformer, "pos_embed", None)
    if patch_embed is None or getattr(patch_embed, "_regional_hook", False):
        return

    def hook(module, args, output):
        delta = context.position_delta
        if delta is None or output.shape[1] != delta.shape[0]:
            return output
        k = output.shape[0] // 2 if context.cfg else 0
        output = output.clone()
        output[k:] += delta.to(device=output.device, dtype=output.dtype)
        return output

    patch_embed.register_forward_hook(hook)
    patch_embed._regional_hook = True


def region_self_mask(weights: torch.Tensor) -> torch.Tensor:
    """(N, N) bool: tokens attend only to tokens of the same region (each token's largest weight picks it)."""
    owner = weights.argmax(dim=1)
    return owner[:, None] == owner[None, :]


class StockSignature:
    """The stock processor call: diffusers' ``Attention.forward`` passes only the keyword arguments ``__call__`` declares."""

    def __call__(
        self,
        attn: Attention,
        hidden_states: torch.Tensor,
        encoder_hidden_states: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        temb: torch.Tensor | None = None,
        image_rotary_emb: torch.Tensor | None = None,
    ) -> torch.Tensor:
        return self.process(attn, hidden_states, encoder_hidden_states, attention_mask, temb, image_rotary_emb)

    def process(self, attn: Attention, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None,
                attention_mask: torch.Tensor | None, temb: torch.Tensor | None, image_rotary_emb: torch.Tensor | None) -> torch.Tensor:
        raise NotImplementedError


class RegionalCrossAttnProcessor(StockSignature):
    """Cross-attention processor that routes each image token to its region's text.

    ``base`` is the model's stock processor (``AttnProcessor2_0`` for PixArt,
    ``HunyuanAttnProcessor2_0`` for HunyuanDiT); it serves the negative branch and
    any call made while the context holds no texts for ``slot``.
    """

    def __init__(self, context: RegionalContext, slot: str, base: Callable):
        self.context = context
        self.slot = slot
        self.base = base
        self._kv: tuple[tuple, torch.Tensor, torch.Tensor] | None = None
        self._per_text_cache: tuple | None = None

    def process(self, attn: Attention, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None,
                attention_mask: torch.Tensor | None, temb: torch.Tensor | None, image_rotary_emb: torch.Tensor | None) -> torch.Tensor:
        texts = self.context.slots.get(self.slot)
        extra = {} if image_rotary_emb is None else {"image_rotary_emb": image_rotary_emb}
        if texts is None or encoder_hidden_states is None:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, temb, **extra)
        k = hidden_states.shape[0] // 2 if self.context.cfg else 0
        if k and self._one_pass(attn, hidden_states):  # a guidance batch in one pass: shared query and output projections
            return self._regional(attn, hidden_states, texts, image_rotary_emb, encoder_hidden_states[:k], attention_mask)
        cond = self._regional(attn, hidden_states[k:], texts, image_rotary_emb)
        if k == 0:
            return cond
        mask = attention_mask[:k] if attention_mask is not None else None
        uncond = self.base(attn, hidden_states[:k], encoder_hidden_states[:k], mask, temb, **extra)
        return torch.cat([uncond, cond], dim=0)

    def _one_pass(self, attn: Attention, hidden_states: torch.Tensor) -> bool:
        """Whether both halves of a guidance batch go through one pass: the base is a stock processor whose math it repeats."""
        return (type(self.base) in (AttnProcessor2_0, HunyuanAttnProcessor2_0) and hidden_states.ndim == 3 and attn.spatial_norm is None
                and attn.group_norm is None)

    @staticmethod
    def _negative(attn: Attention, query: torch.Tensor, negative: torch.Tensor, attention_mask: torch.Tensor | None) -> torch.Tensor:
        """(k, h, N, d) attention of the negative half's queries over its text, as the stock processor computes it."""
        k, heads, _, head_dim = query.shape
        if attn.norm_cross:
            negative = attn.norm_encoder_hidden_states(negative)
        neg_key, neg_value = (f(negative).view(k, -1, heads, head_dim).transpose(1, 2) for f in (attn.to_k, attn.to_v))
        if attn.norm_k is not None:
            neg_key = attn.norm_k(neg_key)
        mask = None
        if attention_mask is not None:  # (B, 1, L) or (B, L) additive, as the stock processor takes it; broadcast over heads
            mask = attention_mask[:k].reshape(k, 1, -1, attention_mask.shape[-1])
        return F.scaled_dot_product_attention(query, neg_key, neg_value, attn_mask=mask)

    def _keys_values(self, attn: Attention, texts: RegionalTexts) -> tuple[torch.Tensor, torch.Tensor]:
        """(heads, U * Lmax, head_dim) keys and values, cached for the generation.

        Inside ``torch.compile`` they are projected on every call instead (a few hundred text tokens per
        block): a cache looked up by the weights' version counter breaks the graph there, and one keyed
        by the generation would recompile for every generation.
        """
        if torch.compiler.is_compiling():
            return self._project(attn, texts)
        token = (texts.version, attn.to_k.weight._version, attn.to_k.weight.dtype, attn.to_k.weight.device)
        if self._kv is not None and self._kv[0] == token:
            return self._kv[1], self._kv[2]
        key, value = self._project(attn, texts)
        self._kv = (token, key, value)
        return key, value

    @staticmethod
    def _project(attn: Attention, texts: RegionalTexts) -> tuple[torch.Tensor, torch.Tensor]:
        states = texts.states.to(device=attn.to_k.weight.device, dtype=attn.to_k.weight.dtype)
        if attn.norm_cross:
            states = attn.norm_encoder_hidden_states(states)
        u, lmax, _ = states.shape
        key, value = attn.to_k(states), attn.to_v(states)
        head_dim = key.shape[-1] // attn.heads
        key = key.view(u * lmax, attn.heads, head_dim).transpose(0, 1)
        value = value.view(u * lmax, attn.heads, head_dim).transpose(0, 1)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        key = key * head_dim**-0.5  # the softmax scale, applied once instead of every step
        return key, value

    def _blend(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, texts: RegionalTexts) -> torch.Tensor:
        """(B, h, N, d) regional attention of ``query`` over the packed texts, on the context's kernel."""
        if resolve_kernel(self.context.attention, query.device) == "split":
            return self._per_text(query, key, value, texts)
        batch, heads, n, _ = query.shape
        u, lmax = texts.key_mask.shape
        # (B, h, N, U*Lmax) in float32: adding the float32 key bias promotes the scores in the same pass.
        scores = torch.matmul(query, key.transpose(-1, -2)) + texts.key_bias.to(query.device)
        segmented = scores.view(batch, heads, n, u, lmax)
        segmented -= segmented.amax(dim=-1, keepdim=True)  # per-text max: each softmax stays exact
        segmented.exp_()
        # Normalise each text's segment and weight it by the region masks, broadcast over the segment's keys.
        segmented *= (texts.weights.to(query.device) / segmented.sum(dim=-1))[..., None]
        return torch.matmul(scores.to(value.dtype), value)

    def _per_text(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, texts: RegionalTexts) -> torch.Tensor:
        """The ``split`` kernel: one fused SDPA call per chunk of texts (queries shared), blended by the region weights.

        Keys hold the softmax scale already. Texts go ``PER_CALL_BYTES`` of outputs at a time, so memory stays
        bounded at any region count.
        """
        u = texts.key_mask.shape[0]
        token = (self._kv[0] if self._kv else None, query.dtype)
        compiling = torch.compiler.is_compiling()  # no cache inside torch.compile (see _keys_values)
        if compiling or self._per_text_cache is None or self._per_text_cache[0] != token:
            lmax, (heads, _, head_dim) = texts.key_mask.shape[1], key.shape
            split = tuple(t.view(heads, u, lmax, head_dim).transpose(0, 1).contiguous() for t in (key, value))  # (U, h, Lmax, d)
            mask = None if texts.all_real else texts.key_mask.to(query.device)[:, None, None, :]
            weights = texts.weights.to(device=query.device, dtype=query.dtype).T[:, None, :, None]  # (U, 1, N, 1)
            prepared = (token, *split, mask, weights)
            if not compiling:
                self._per_text_cache = prepared
        else:
            prepared = self._per_text_cache
        _, key, value, mask, weights = prepared
        chunk = max(1, PER_CALL_BYTES // max(1, query.shape[1] * query.shape[2] * query.shape[3] * query.element_size()))
        parts = [(key, value, mask, weights)] if chunk >= u else [
            (key[a : a + chunk], value[a : a + chunk], None if mask is None else mask[a : a + chunk], weights[a : a + chunk])
            for a in range(0, u, chunk)]
        outs = []
        for q in query.split(1):
            total = None
            for k, v, m, w in parts:
                o = (F.scaled_dot_product_attention(q.expand(k.shape[0], -1, -1, -1), k, v, attn_mask=m, scale=1.0) * w).sum(0, keepdim=True)
                total = o if total is None else total + o
            outs.append(total)
        return outs[0] if len(outs) == 1 else torch.cat(outs)

    def _regional(
        self,
        attn: Attention,
        hidden_states: torch.Tensor,
        texts: RegionalTexts,
        image_rotary_emb: torch.Tensor | None,
        negative: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Regional cross-attention of ``hidden_states``. With ``negative`` (a guidance batch in one pass), its first half
        attends the negative text as the stock processor does (``attention_mask`` masking it), the second half the regions."""
        residual = hidden_states
        batch, n, _ = hidden_states.shape
        if n != texts.num_tokens:
            raise ValueError(
                f"region masks were built for {texts.num_tokens} image tokens but the model sees {n}; "
                "the canvas size changed between building the masks and sampling"
            )
        key, value = self._keys_values(attn, texts)
        heads, head_dim = attn.heads, key.shape[-1]

        query = attn.to_q(hidden_states).view(batch, n, heads, head_dim).transpose(1, 2)
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if image_rotary_emb is not None:
            query = apply_rotary_emb(query, image_rotary_emb)

        if negative is None:
            out = self._blend(query, key, value, texts)
        else:
            k = batch // 2
            out = torch.cat([self._negative(attn, query[:k], negative, attention_mask), self._blend(query[k:], key, value, texts)])
        out = out.transpose(1, 2).reshape(batch, n, heads * head_dim).to(query.dtype)
        out = attn.to_out[1](attn.to_out[0](out))
        if attn.residual_connection:
            out = out + residual
        return out / attn.rescale_output_factor


class RegionalSelfAttnProcessor(StockSignature):
    """Self-attention in which each image token of the conditional branch sees only its own region.

    Each region then forms its content from its own text, undisturbed by what the rest
    of the canvas is told (an object cannot be pulled out of its box, nor suppressed by
    an 'empty background' around it). The negative branch keeps full attention.
    """

    def __init__(self, context: RegionalContext, base: Callable):
        self.context = context
        self.base = base

    def process(self, attn: Attention, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None,
                attention_mask: torch.Tensor | None, temb: torch.Tensor | None, image_rotary_emb: torch.Tensor | None) -> torch.Tensor:
        mask = self.context.self_mask
        extra = {} if image_rotary_emb is None else {"image_rotary_emb": image_rotary_emb}
        if mask is None or encoder_hidden_states is not None or attention_mask is not None:
            return self.base(attn, hidden_states, encoder_hidden_states, attention_mask, temb, **extra)
        k = hidden_states.shape[0] // 2 if self.context.cfg else 0
        device = hidden_states.device
        flex = self.context.self_flex_mask(device) if use_flex(self.context.attention, device) else None
        cond = self._masked(attn, hidden_states[k:], mask.to(device), image_rotary_emb, flex)
        if k == 0:
            return cond
        return torch.cat([self.base(attn, hidden_states[:k], None, None, temb, **extra), cond], dim=0)

    @staticmethod
    def _masked(attn: Attention, hidden_states: torch.Tensor, mask: torch.Tensor, image_rotary_emb: torch.Tensor | None,
                flex: FlexMask | None = None) -> torch.Tensor:
        residual = hidden_states
        batch, n, _ = hidden_states.shape
        if mask.shape != (n, n):
            raise ValueError(f"self-attention mask is for {mask.shape[0]} tokens but the model sees {n}")
        query, key, value = attn.to_q(hidden_states), attn.to_k(hidden_states), attn.to_v(hidden_states)
        head_dim = key.shape[-1] // attn.heads
        query, key, value = (t.view(batch, n, attn.heads, head_dim).transpose(1, 2) for t in (query, key, value))
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        if image_rotary_emb is not None:
            query, key = apply_rotary_emb(query, image_rotary_emb), apply_rotary_emb(key, image_rotary_emb)
        out = sdpa(query, key, value, mask) if flex is None else flex.attend(query, key, value)
        out = out.transpose(1, 2).reshape(batch, n, attn.heads * head_dim).to(query.dtype)
        out = attn.to_out[1](attn.to_out[0](out))
        if attn.residual_connection:
            out = out + residual
        return out / attn.rescale_output_factor


def _blocks(transformer: torch.nn.Module) -> torch.nn.ModuleList:
    """The DiT blocks, shallowest first (PixArt: ``transformer_blocks``, HunyuanDiT: ``blocks``)."""
    blocks = getattr(transformer, "transformer_blocks", None) or getattr(transformer, "blocks", None)
    if blocks is None:
        raise TypeError(f"{type(transformer).__name__} has no transformer blocks with cross-attention")
    return blocks


def attn1_modules(transformer: torch.nn.Module) -> list[Attention]:
    """The self-attention module of every block, shallowest first."""
    return [b.attn1 for b in _blocks(transformer)]


def attn2_modules(transformer: torch.nn.Module) -> list[Attention]:
    """The cross-attention module of every block, shallowest first."""
    blocks = _blocks(transformer)
    modules = [getattr(b, "attn2", None) for b in blocks]
    if any(m is None for m in modules):
        raise TypeError(f"{type(transformer).__name__} blocks have no cross-attention (attn2)")
    return modules


def install_regional_processors(
    transformer: torch.nn.Module, slots: Sequence[str], context: RegionalContext, isolate: bool = False
) -> None:
    """Give block ``i``'s cross-attention a regional processor for ``slots[i]`` (stock for ``global``).

    With ``isolate``, the self-attention of the regional blocks is restricted to each region too.
    """
    modules = attn2_modules(transformer)
    if len(slots) != len(modules):
        raise ValueError(f"routing lists {len(slots)} blocks but the model has {len(modules)}")
    install_position_hook(transformer, context)
    for module, self_module, slot in zip(modules, attn1_modules(transformer), slots, strict=True):
        base = module.processor.base if isinstance(module.processor, RegionalCrossAttnProcessor) else module.processor
        module.set_processor(base if slot == "global" else RegionalCrossAttnProcessor(context, slot, base))
        self_base = self_module.processor.base if isinstance(self_module.processor, RegionalSelfAttnProcessor) else self_module.processor
        self_module.set_processor(RegionalSelfAttnProcessor(context, self_base) if isolate and slot != "global" else self_base)
