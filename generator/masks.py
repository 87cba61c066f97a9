"""Region weights on a token grid.

Each image token gets one weight per region plus one for the background; the
weights of a token sum to 1. A box covers a token cell by the fraction of the
cell's area it overlaps (soft edges on any grid, odd sizes included). Inside a
box, a region of strength ``s`` takes ``s`` of the token and the background the
rest; where boxes overlap and their strengths add up to more than 1, the
regions share the token in proportion to coverage x strength.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from ..schemas import Region


def _axis_coverage(lo: float, hi: float, cells: int) -> torch.Tensor:
    """Fraction of each of ``cells`` equal cells on [0, 1] covered by [lo, hi]."""
    edges = torch.linspace(0.0, 1.0, cells + 1, dtype=torch.float64)
    overlap = (
        torch.minimum(edges[1:], torch.tensor(hi, dtype=torch.float64)) - torch.maximum(edges[:-1], torch.tensor(lo, dtype=torch.float64))
    ).clamp(min=0)
    return overlap * cells


def box_coverage(bbox: Sequence[float], grid_h: int, grid_w: int) -> torch.Tensor:
    """(grid_h, grid_w) fraction of each token cell covered by ``bbox`` = [x0, y0, x1, y1]."""
    x0, y0, x1, y1 = bbox
    return torch.outer(_axis_coverage(y0, y1, grid_h), _axis_coverage(x0, x1, grid_w))


def region_weights(regions: Sequence[Region], grid_h: int, grid_w: int) -> torch.Tensor:
    """(grid_h * grid_w, len(regions) + 1) float32 weights; the last column is the background.

    Tokens are in row-major order (the order DiT patch embeddings flatten them).
    """
    n = grid_h * grid_w
    if not regions:
        return torch.ones(n, 1)
    claim = torch.stack([box_coverage(r.bbox, grid_h, grid_w).flatten() * r.strength for r in regions], dim=1)
    total = claim.sum(dim=1, keepdim=True)
    # Below 1 the background keeps the remainder; above 1 the regions are rescaled to share the token.
    scale = torch.where(total > 1, 1 / total.clamp(min=1e-12), torch.ones_like(total))
    claim = claim * scale
    background = (1 - claim.sum(dim=1, keepdim=True)).clamp(min=0)
    weights = torch.cat([claim, background], dim=1)
    return (weights / weights.sum(dim=1, keepdim=True)).to(torch.float32)
