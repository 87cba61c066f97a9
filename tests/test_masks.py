"""Region weights on token grids: every token's weights sum to 1, boxes land where they say."""

import pytest
import torch

from regiondit.generator import box_coverage, region_weights
from regiondit.schemas import Region


def R(bbox, strength=1.0, rid="r"):
    return Region(id=rid, bbox=tuple(bbox), high_level="x", strength=strength)


@pytest.mark.parametrize("grid", [(1, 1), (3, 5), (7, 7), (16, 9), (32, 32)])
def test_weights_sum_to_one_on_any_grid(grid):
    regions = [R([0.1, 0.2, 0.6, 0.7]), R([0.33, 0.0, 1.0, 0.45], 0.5), R([0.0, 0.5, 0.5, 1.0], 0.8)]
    w = region_weights(regions, *grid)
    assert w.shape == (grid[0] * grid[1], 4)
    assert torch.allclose(w.sum(1), torch.ones(grid[0] * grid[1]), atol=1e-6)
    assert (w >= 0).all()


def test_background_fills_uncovered_tokens():
    w = region_weights([R([0.0, 0.0, 0.5, 0.5])], 4, 4).view(4, 4, 2)
    assert torch.equal(w[:2, :2, 0], torch.ones(2, 2))  # inside the box: the region
    assert torch.equal(w[2:, :, 1], torch.ones(2, 4))  # outside: the background


def test_odd_grid_edges_get_fractional_coverage():
    cov = box_coverage([0.0, 0.0, 0.5, 1.0], 1, 3)
    assert torch.allclose(cov, torch.tensor([[1.0, 0.5, 0.0]], dtype=cov.dtype))


def test_token_order_is_row_major():
    w = region_weights([R([0.0, 0.0, 1.0, 0.25])], 4, 2)  # top row only
    assert w[:2, 0].tolist() == [1.0, 1.0] and w[2:, 0].sum() == 0


def test_overlap_is_shared_by_strength():
    a, b = R([0.0, 0.0, 1.0, 1.0], 1.0, "a"), R([0.0, 0.0, 1.0, 1.0], 0.5, "b")
    w = region_weights([a, b], 2, 2)
    assert torch.allclose(w[0], torch.tensor([2 / 3, 1 / 3, 0.0]))


def test_a_box_inside_another_takes_its_tokens_from_it_and_leaves_it_the_rest():
    outer, inner = R([0.0, 0.0, 1.0, 1.0], 1.0, "square"), R([0.25, 0.25, 0.75, 0.75], 1.0, "circle")
    for order in ([outer, inner], [inner, outer]):
        w = region_weights(order, 8, 8).view(8, 8, 3)
        o, i = order.index(outer), order.index(inner)
        # weights come from a division and a product of float tensors: compared within a tolerance, not bit for bit
        assert torch.allclose(w[2:6, 2:6, i], torch.ones(4, 4), atol=1e-6)  # the inner object, not a blend
        assert w[2:6, 2:6, o].abs().max() < 1e-6
        ring = torch.ones(8, 8, dtype=torch.bool)
        ring[2:6, 2:6] = False
        assert torch.allclose(w[..., o][ring], torch.ones(int(ring.sum())), atol=1e-6)  # its frame keeps the rest
        assert w[..., i][ring].abs().max() < 1e-6
    # boxes that only overlap still share by strength
    w = region_weights([R([0.0, 0.0, 0.6, 1.0], 1.0, "a"), R([0.4, 0.0, 1.0, 1.0], 1.0, "b")], 1, 2)
    assert torch.allclose(w.sum(1), torch.ones(2)) and w[0, 0] > 0 and w[1, 1] > 0


def test_weak_region_blends_with_background():
    w = region_weights([R([0.0, 0.0, 1.0, 1.0], 0.25)], 2, 2)
    assert torch.allclose(w[0], torch.tensor([0.25, 0.75]))


def test_no_regions_is_all_background():
    assert torch.equal(region_weights([], 3, 3), torch.ones(9, 1))


def test_tokens_centred_in_a_box_belong_to_it_and_only_the_edge_is_feathered():
    from regiondit.generator.masks import box_claim

    box = [0.1, 0.1, 0.55, 0.55]  # on a 4x4 grid: token centres 0.125 and 0.375 inside, 0.625 outside
    feather, hard, coverage = (box_claim(box, 4, 4, e) for e in ("feather", "hard", "coverage"))
    centred = torch.zeros(4, 4, dtype=torch.bool)
    centred[:2, :2] = True
    # Exact on purpose: a centred token's weight is the value 1.0 itself (a boolean cast, then a max with a coverage <= 1),
    # never the result of a sum, so no kernel or thread count can change its last bits.
    assert torch.equal(feather[centred], torch.ones(4, dtype=feather.dtype))
    assert coverage[centred].min() < 1  # the coverage rule gives even tokens inside partly to the background
    assert torch.allclose(feather[~centred], coverage[~centred])  # outside, the edge keeps its coverage share ...
    assert (hard[~centred] == 0).all()  # ... or nothing with hard edges
    assert feather[3].sum() == 0 and feather[:, 3].sum() == 0  # and nothing beyond the edge tokens


def test_a_box_between_token_centres_still_claims_a_token():
    w = region_weights([R([0.30, 0.30, 0.40, 0.40])], 4, 4, edges="hard").view(4, 4, 2)
    assert w[..., 0].sum() == 1 and w[1, 1, 0] == 1  # the token under the box's centre


def test_unknown_edge_rule_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown edge rule 'soft'"):
        region_weights([R([0, 0, 1, 1])], 2, 2, edges="soft")
