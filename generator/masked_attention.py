"""Masked attention on the kernel that suits the device: dense SDPA, a split onto unmasked fused kernels, or FlexAttention.

Regional masks are built once per generation as dense additive masks: ``-inf`` where a token may
not attend, a finite bias (``log`` base ratio, ``log`` region weight) where it attends with a
weight. SDPA reads the whole (S, S) mask on every call, and a float mask keeps it off its fastest
kernels: on an H200, SD3.5-medium's masked joint attention took 2.5x the time of the same calls
unmasked (cuDNN attention either way; ``bench_gpu --profile``).

**Split** (``"split"``). Without isolated regions the image-to-image part of a joint mask is all
zeros, and it holds nearly all of the work. :func:`split_attention` runs it unmasked on a fused
kernel that returns the log-sum-exp, the image queries' few text keys on another (their bias
attached), merges the two exactly (one softmax over both), and gives the text queries a small
masked SDPA call. On an H200 that brought SD3.5-medium from 1.40x to 1.09x the vanilla step and
FLUX.1-dev from 1.11x to 1.09x (``evals/results/bench_gpu_nvidia-h200.json``). For cross-attention
models (PixArt, HunyuanDiT) ``split`` means one SDPA call per chunk of region texts, blended by
the region weights, with both halves of a guidance batch in one pass; there the packed per-text
softmax (``sdpa``) measured as fast or faster, so it stays their default.

**FlexAttention** (``"flex"``) takes the dense mask in two parts, built once from it:

- a block mask: which 128 x 128 tiles are empty (skipped), full, or partial. Regions are
  rectangles, so most tiles are empty or full;
- a ``score_mod`` adding the finite bias, read from a small table. The dense mask has few distinct
  rows (image tokens of one region share a row, text tokens of one segment share a row) and few
  distinct columns, so it is stored exactly as ``table[row_class[q], col_class[kv]]``: every value
  is copied, none recomputed, and both kernels add the very same numbers.

Which kernel runs is the region context's ``attention`` (its default from ``REGIONDIT_ATTENTION``):

- ``"sdpa"``: the dense path, the reference the others are tested against;
- ``"split"``: as above, on CUDA and the CPU alike;
- ``"cudnn"``: the dense call with cuDNN attention asked for first (CUDA; elsewhere ``sdpa``);
- ``"flex"``: FlexAttention, compiled on CUDA, eager elsewhere; an error if this torch has none;
- ``"auto"``: ``split`` for joint-attention models on CUDA, ``sdpa`` otherwise (and inside
  ``torch.compile``, where the dense path compiled without graph breaks on the H200). On a 2-core CPU
  the split's extra calls cost more than the dense mask saves; eager flex materialises the scores
  (~8x slower than SDPA) and compiled flex took 2.2x (FLUX.1-dev) and 3.3x (SD3.5-medium) a
  vanilla step on the H200, so flex runs only when asked for.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import torch
import torch.nn.functional as F

try:
    from torch.nn.attention.flex_attention import BlockMask, flex_attention
except ImportError:  # torch < 2.5: only the SDPA path exists
    BlockMask = flex_attention = None

ATTENTION_KERNELS = ("auto", "sdpa", "flex", "split", "cudnn")
#: Tile size of the block mask (FlexAttention's default).
BLOCK = 128


def attention_kernel(value: str | None = None) -> str:
    """A checked kernel choice: ``value``, else ``REGIONDIT_ATTENTION``, else ``"auto"``."""
    choice = value or os.environ.get("REGIONDIT_ATTENTION") or "auto"
    if choice not in ATTENTION_KERNELS:
        raise ValueError(f"attention kernel must be one of {', '.join(ATTENTION_KERNELS)}, got {choice!r}")
    return choice


def resolve_kernel(choice: str, device: torch.device, joint: bool = False) -> str:
    """The kernel a masked call on ``device`` runs under ``choice``: "sdpa", "flex", "split" or "cudnn" (see the module doc).

    ``joint``: the call is a joint-attention model's (SD3, FLUX), where ``auto`` picks the split on CUDA.
    """
    choice = attention_kernel(choice)
    if choice == "auto":  # the dense path under torch.compile: that is the one checked to compile without graph breaks
        return "split" if joint and device.type == "cuda" and not torch.compiler.is_compiling() else "sdpa"
    if choice == "flex" and flex_attention is None:
        raise RuntimeError(f"attention 'flex' needs torch.nn.attention.flex_attention (torch >= 2.5; this is {torch.__version__}); "
                           "use 'auto' or 'sdpa'")
    if choice == "cudnn" and device.type != "cuda":
        return "sdpa"  # cuDNN attention exists on CUDA only; elsewhere it is the same dense call
    return choice


def use_flex(choice: str, device: torch.device) -> bool:
    """Whether a masked call on ``device`` goes through FlexAttention under ``choice``."""
    return resolve_kernel(choice, device) == "flex"


@cache
def _compiled_flex():
    # Fused kernels only exist compiled; eager flex is a reference implementation.
    return torch.compile(flex_attention)


def sdpa(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, mask: torch.Tensor | None, kernel: str = "sdpa") -> torch.Tensor:
    """The dense path: (B, H, S, D) attention with an additive or boolean mask broadcast to (B, H, S, S).

    ``kernel="cudnn"`` asks SDPA for cuDNN attention first (it takes a float mask on CUDA); SDPA falls
    back to its other kernels where cuDNN declines the call.
    """
    if kernel == "cudnn" and query.is_cuda:
        from torch.nn.attention import SDPBackend, sdpa_kernel

        order = [SDPBackend.CUDNN_ATTENTION, SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]
        with sdpa_kernel(order, set_priority=True):
            return F.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=0.0, is_causal=False)
    return F.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=0.0, is_causal=False)


#: Fused kernels (name, masked, dtype) that refused a call or failed their first-use check in this process: skipped.
_REFUSED: set[tuple] = set()
_CHECKED: set[tuple] = set()


def _fused_kernels(query: torch.Tensor, bias: torch.Tensor | None):
    """The fused kernels that can return the log-sum-exp for this call, fastest first: (name, call)."""
    aten = torch.ops.aten
    if query.is_cuda:
        yield "cudnn", lambda q, k, v, b: aten._scaled_dot_product_cudnn_attention(q, k, v, b, True)[:2]
        if bias is None and query.dtype in (torch.float16, torch.bfloat16):
            yield "flash", lambda q, k, v, b: aten._scaled_dot_product_flash_attention(q, k, v)[:2]
        yield "efficient", lambda q, k, v, b: aten._scaled_dot_product_efficient_attention(q, k, v, b, True)[:2]
    elif query.device.type == "cpu" and hasattr(aten, "_scaled_dot_product_flash_attention_for_cpu"):
        yield "cpu-flash", lambda q, k, v, b: aten._scaled_dot_product_flash_attention_for_cpu(q, k, v, attn_mask=b)


def _written_out(query, key, value, bias) -> tuple[torch.Tensor, torch.Tensor]:
    """The reference: scores in float32, their log-sum-exp, and the attention (a row that sees nothing gives 0)."""
    scores = torch.matmul(query.float(), key.float().transpose(-1, -2)) * query.shape[-1] ** -0.5
    if bias is not None:
        scores = scores + bias.float()
    lse = torch.logsumexp(scores, dim=-1)
    probs = torch.exp(scores - lse.clamp_min(-1e30)[..., None])
    return torch.matmul(probs, value.float()).to(query.dtype), lse


def _agrees(query, key, value, bias, out, lse) -> bool:
    """A fused kernel's first answer against the written-out one on a few rows: a wrong layout or kernel fails it."""
    rows = slice(0, min(64, query.shape[2]))
    b = None if bias is None else bias[:1, :, rows]
    ref_out, ref_lse = _written_out(query[:1, :, rows], key[:1], value[:1], b)
    tol = 1e-4 if query.dtype == torch.float32 else 3e-2
    finite = torch.isfinite(ref_lse)
    lse_ok = bool(((lse[:1, :, rows] - ref_lse).abs()[finite] <= tol * (1 + ref_lse.abs()[finite])).all())
    scale = ref_out.float().abs().max().item() + 1e-6
    out_ok = bool(((out[:1, :, rows].float() - ref_out.float()).abs()[finite] <= tol * scale).all())
    return lse_ok and out_ok


def attention_lse(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                  bias: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """(B, H, S, D) attention under an optional additive ``bias`` (B, H, S, T) and its (B, H, S) float32 log-sum-exp.

    On the fastest fused kernel that returns the log-sum-exp here (CUDA: cuDNN, flash, memory-efficient;
    CPU: flash), each checked once against the written-out float32 computation on its first call; written
    out where none takes the call. A row that sees no key has log-sum-exp ``-inf``.
    """
    n = query.shape[2]
    for name, call in _fused_kernels(query, bias):
        tag = (name, bias is not None, query.dtype)
        if tag in _REFUSED:
            continue
        try:
            out, lse = call(query, key, value, bias)
        except (RuntimeError, NotImplementedError, TypeError, ValueError):
            _REFUSED.add(tag)
            continue
        lse = lse.flatten(2)[:, :, :n]  # cuDNN: (B, H, S, 1); memory-efficient: (B, H, S rounded up to 32)
        if tag not in _CHECKED:
            if not _agrees(query, key, value, bias, out, lse):
                _REFUSED.add(tag)
                continue
            _CHECKED.add(tag)
        return out, lse
    return _written_out(query, key, value, bias)


def split_attention(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, image: slice, text: slice,
                    image_text_bias: torch.Tensor, text_rows_mask: torch.Tensor, blind_rows: torch.Tensor | None = None) -> torch.Tensor:
    """Masked joint attention whose image-to-image part is unmasked, computed without a dense mask over it.

    The (B, H, S, D) sequence holds image tokens at ``image`` and text tokens at ``text``. Image
    queries: unmasked attention over the image keys, and attention over the few text keys under
    ``image_text_bias`` (B, 1, N, T8: T text keys, padded with ``-inf`` columns to a multiple of 8,
    as fused kernels align them), each on a fused kernel that gives its log-sum-exp; one softmax
    over both is their blend by ``sigmoid(lse_text - lse_image)``. Text queries: SDPA over every
    key under ``text_rows_mask`` (B, 1, T, S). ``blind_rows`` (B, 1, N, 1), where some image row sees
    no text: True at those rows, whose text part is dropped (kernels differ on what they return for
    them). Equal to SDPA with the dense mask (``tests/test_flex_attention.py``).
    """
    batch, heads, _, _ = query.shape
    q_img = query[:, :, image]
    out_img, lse_img = attention_lse(q_img, key[:, :, image], value[:, :, image])
    pad = (0, 0, 0, image_text_bias.shape[-1] - (text.stop - text.start))
    k_text, v_text = (F.pad(t[:, :, text], pad) for t in (key, value))
    bias = image_text_bias.expand(batch, heads, -1, -1)
    out_text, lse_text = attention_lse(q_img, k_text, v_text, bias)
    weight = torch.sigmoid(lse_text - lse_img)[..., None]  # the text keys' share of one softmax over both
    if blind_rows is not None:
        out_text, weight = out_text.masked_fill(blind_rows, 0.0), weight.masked_fill(blind_rows, 0.0)
    merged = torch.lerp(out_img, out_text, weight.to(out_img.dtype))
    rows = sdpa(query[:, :, text], key, value, text_rows_mask)
    parts = (merged, rows) if image.start < text.start else (rows, merged)
    return torch.cat(parts, dim=2)


@dataclass(frozen=True)
class FlexMask:
    """A dense attention mask as FlexAttention takes it: block mask, class tables, bias ``score_mod``."""

    #: (R, C) True where a row class may attend a column class, looked up by the block mask's ``mask_mod``.
    allowed: torch.Tensor
    #: Adds the (R, C) finite bias of the pair's classes; None when every allowed bias is 0.
    score_mod: Callable | None
    block_mask: BlockMask
    batch: int

    @classmethod
    def from_mask(cls, mask: torch.Tensor, device: torch.device | str) -> FlexMask:
        """From a (B, 1, S, S), (B, S, S) or (S, S) mask: additive float (``-inf`` = blocked) or boolean (True = allowed).

        A float mask is read in the dtype the SDPA path adds it in (pass it already cast), so both
        paths add the same bias values. A mask of batch 1 serves calls of any batch.
        """
        if flex_attention is None:
            raise RuntimeError("FlexAttention is not available in this torch")
        dense = mask.detach().cpu()
        dense = dense.reshape(-1, *dense.shape[-2:])
        batch, size, size_kv = dense.shape
        values = torch.where(dense, 0.0, float("-inf")) if dense.dtype == torch.bool else dense.float()
        # Exact factorisation: distinct rows (over every batch element), then distinct columns of those.
        unique_rows, row_class = torch.unique(values.reshape(batch * size, size_kv), dim=0, return_inverse=True)
        unique_cols, col_class = torch.unique(unique_rows.T, dim=0, return_inverse=True)
        table = unique_cols.T.contiguous()
        finite = torch.isfinite(table)
        padded = -(-size // BLOCK) * BLOCK, -(-size_kv // BLOCK) * BLOCK
        # Positions past the sequence (the last tile's padding) read class 0; the kernel discards them.
        rows = F.pad(row_class.view(batch, size), (0, padded[0] - size)).int().to(device)
        cols = F.pad(col_class, (0, padded[1] - size_kv)).int().to(device)
        allowed = finite.to(device)
        bias = torch.where(finite, table, 0.0).to(device)
        if batch == 1:
            first = rows[0]

            def mask_mod(b, h, q, kv):
                return allowed[first[q], cols[kv]]

            def score_mod(score, b, h, q, kv):
                return score + bias[first[q], cols[kv]]
        else:
            def mask_mod(b, h, q, kv):
                return allowed[rows[b, q], cols[kv]]

            def score_mod(score, b, h, q, kv):
                return score + bias[rows[b, q], cols[kv]]

        blocks = _block_mask(dense if dense.dtype == torch.bool else torch.isfinite(dense), padded, mask_mod, device)
        return cls(allowed, score_mod if bool(bias.ne(0).any()) else None, blocks, batch)

    def attend(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor) -> torch.Tensor:
        """(B, H, S, D) attention under this mask."""
        if self.batch not in (1, query.shape[0]):
            raise ValueError(f"the mask was built for a batch of {self.batch}, the call has {query.shape[0]}")
        if query.is_cuda:
            return _compiled_flex()(query, key, value, score_mod=self.score_mod, block_mask=self.block_mask)
        with warnings.catch_warnings():  # eager on purpose off CUDA (see the module doc)
            warnings.filterwarnings("ignore", message=".*flex_attention called without torch.compile")
            return flex_attention(query, key, value, score_mod=self.score_mod, block_mask=self.block_mask)


def _block_mask(allowed: torch.Tensor, padded: tuple[int, int], mask_mod: Callable, device: torch.device | str) -> BlockMask:
    """The tiles of a (B, S, S) boolean mask: per query tile, its partial and its full key tiles (empty ones skipped)."""
    batch, size, size_kv = allowed.shape
    tiles = F.pad(allowed, (0, padded[1] - size_kv, 0, padded[0] - size)).view(batch, padded[0] // BLOCK, BLOCK, padded[1] // BLOCK, BLOCK)
    any_, all_ = tiles.any(dim=4).any(dim=2), tiles.all(dim=4).all(dim=2)
    partial = any_ & ~all_

    def listed(flags: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        # Flagged tiles first, in order: FlexAttention reads the first ``count`` indices of each row.
        order = torch.argsort((~flags).int(), dim=-1, stable=True)
        return flags.sum(-1).int()[:, None].to(device), order.int()[:, None].to(device)

    (count, index), (full_count, full_index) = listed(partial), listed(all_)
    return BlockMask.from_kv_blocks(count, index, full_count, full_index, BLOCK_SIZE=BLOCK, mask_mod=mask_mod,
                                    seq_lengths=(size, size_kv))
