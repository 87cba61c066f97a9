"""Region weights on a token grid.

Each image token gets one weight per region plus one for the background; the
weights of a token sum to 1. How a box claims a token (``edges``):

- ``feather`` (default): a token whose centre lies inside the box belongs to it in full;
  a token outside that the box still overlaps gets the share of its cell the box covers,
  so the edge is feathered across one token and no further;
- ``hard``: only tokens centred inside the box, in full;
- ``coverage``: every token by the share of its cell the box covers (a box edge that cuts
  a token leaves even the tokens inside it partly to the background).

A box too small to hold any token centre claims the token under its centre. A box wholly
inside a larger one ("a red circle inside a blue square") takes what it claims from the
larger: the outer region keeps only the rest of each token, so the inner object is drawn
rather than blended with its frame. A region of strength ``s`` takes ``s`` of what it claims
and the background the rest; where boxes otherwise overlap and their claims add up to more
than 1, the regions share the token in proportion to claim x strength.
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


EDGES = ("feather", "hard", "coverage")


def box_claim(bbox: Sequence[float], grid_h: int, grid_w: int, edges: str = "feather") -> torch.Tensor:
    """(grid_h, grid_w) share of each token that ``bbox`` claims, by the ``edges`` rule (see the module docstring)."""
    if edges not in EDGES:
        raise ValueError(f"unknown edge rule {edges!r}; use one of {', '.join(EDGES)}")
    coverage = box_coverage(bbox, grid_h, grid_w)
    if edges == "coverage":
        return coverage
    x0, y0, x1, y1 = bbox
    cy = (torch.arange(grid_h, dtype=torch.float64) + 0.5) / grid_h
    cx = (torch.arange(grid_w, dtype=torch.float64) + 0.5) / grid_w
    inside = torch.outer((cy >= y0) & (cy < y1), (cx >= x0) & (cx < x1)).to(torch.float64)
    if not inside.any():  # a box between token centres: the token under its centre
        row = min(grid_h - 1, int((y0 + y1) / 2 * grid_h))
        col = min(grid_w - 1, int((x0 + x1) / 2 * grid_w))
        inside[row, col] = 1.0
    return torch.maximum(inside, coverage) if edges == "feather" else inside


def nested_pairs(boxes: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(inner, outer) index pairs of ``boxes`` where the inner lies wholly inside the outer and is smaller."""
    def inside(a: Sequence[float], b: Sequence[float]) -> bool:
        return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3] and (a[2] - a[0]) * (a[3] - a[1]) < (b[2] - b[0]) * (b[3] - b[1])
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes) if i != j and inside(a, b)]


def region_weights(regions: Sequence[Region], grid_h: int, grid_w: int, edges: str = "feather") -> torch.Tensor:
    """(grid_h * grid_w, len(regions) + 1) float32 weights; the last column is the background.

    Tokens are in row-major order (the order DiT patch embeddings flatten them).
    """
    n = grid_h * grid_w
    if not regions:
        return torch.ones(n, 1)
    claimed = torch.stack([box_claim(r.bbox, grid_h, grid_w, edges).flatten() for r in regions], dim=1)
    for inner, outer in nested_pairs([r.bbox for r in regions]):  # the inner box's tokens are taken from the outer's
        claimed[:, outer] = claimed[:, outer] * (1 - claimed[:, inner])
    claim = claimed * torch.tensor([r.strength for r in regions], dtype=claimed.dtype)
    total = claim.sum(dim=1, keepdim=True)
    # Below 1 the background keeps the remainder; above 1 the regions are rescaled to share the token.
    scale = torch.where(total > 1, 1 / total.clamp(min=1e-12), torch.ones_like(total))
    claim = claim * scale
    background = (1 - claim.sum(dim=1, keepdim=True)).clamp(min=0)
    weights = torch.cat([claim, background], dim=1)
    return (weights / weights.sum(dim=1, keepdim=True)).to(torch.float32)
