"""Masked attention on the kernel that suits the device: SDPA with a dense mask, or FlexAttention with a block mask.

Regional masks are built once per generation as dense additive masks: ``-inf`` where a token may
not attend, a finite bias (``log`` base ratio, ``log`` region weight) where it attends with a
weight. SDPA reads the whole (S, S) mask on every call, and on CUDA a float mask keeps it off its
flash kernels. FlexAttention takes the same mask in two parts, built once from the dense one:

- a block mask: which 128 x 128 tiles are empty (skipped), full, or partial. Regions are
  rectangles, so most tiles are empty or full;
- a ``score_mod`` adding the finite bias, read from a small table. The dense mask has few distinct
  rows (image tokens of one region share a row, text tokens of one segment share a row) and few
  distinct columns, so it is stored exactly as ``table[row_class[q], col_class[kv]]``: every value
  is copied, none recomputed, and both kernels add the very same numbers.

Which kernel runs is the region context's ``attention`` (its default from ``REGIONDIT_ATTENTION``):

- ``"sdpa"``: the dense path, the reference the flex path is tested against;
- ``"flex"``: FlexAttention, compiled on CUDA, eager elsewhere; an error if this torch has none;
- ``"auto"``: SDPA everywhere, for now. On a 2-core CPU eager flex materialises the scores and
  ran ~8x slower than SDPA (one call, 2 x 4 heads x 1300 tokens), and compiled CPU flex ~2x
  slower after an 18 s compile. On an H200 (bf16, 1024 x 1024, ``evals/results/bench_gpu_nvidia-h200.json``)
  the compiled flex path took 2.2x (FLUX.1-dev) and 3.3x (SD3.5-medium) the time of a vanilla
  step, against 1.1x and 1.5x for SDPA with the dense mask, so flex runs only when asked for.
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

ATTENTION_KERNELS = ("auto", "sdpa", "flex")
#: Tile size of the block mask (FlexAttention's default).
BLOCK = 128


def attention_kernel(value: str | None = None) -> str:
    """A checked kernel choice: ``value``, else ``REGIONDIT_ATTENTION``, else ``"auto"``."""
    choice = value or os.environ.get("REGIONDIT_ATTENTION") or "auto"
    if choice not in ATTENTION_KERNELS:
        raise ValueError(f"attention kernel must be one of {', '.join(ATTENTION_KERNELS)}, got {choice!r}")
    return choice


def use_flex(choice: str, device: torch.device) -> bool:
    """Whether a masked call on ``device`` goes through FlexAttention under ``choice`` (see the module doc)."""
    choice = attention_kernel(choice)
    if choice == "sdpa":
        return False
    if flex_attention is None:
        if choice == "flex":
            raise RuntimeError(f"attention 'flex' needs torch.nn.attention.flex_attention (torch >= 2.5; this is {torch.__version__}); "
                               "use 'auto' or 'sdpa'")
        return False
    return choice == "flex"  # "auto": SDPA, also on CUDA (see the module doc)


@cache
def _compiled_flex():
    # Fused kernels only exist compiled; eager flex is a reference implementation.
    return torch.compile(flex_attention)


def sdpa(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    """The dense path: (B, H, S, D) attention with an additive or boolean mask broadcast to (B, H, S, S)."""
    return F.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=0.0, is_causal=False)


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
