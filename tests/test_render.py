"""Rendering a layout: deterministic pixels, cached text encodings, clear errors."""

import dataclasses

import pytest

from regiondit.generator import DepthRouting, pixel_sha256, render
from regiondit.schemas import Layout, LayoutError

SMALL = {"canvas": {"width": 128, "height": 128}, "global": {"high_level": "a cozy reading corner", "low_level": "warm light"},
         "regions": [{"id": "cat", "bbox": [0.05, 0.4, 0.45, 0.95], "high_level": "a sleeping cat", "low_level": "orange fur"},
                     {"id": "lamp", "bbox": [0.55, 0.05, 0.95, 0.6], "high_level": "a floor lamp", "low_level": "brass"}]}


def test_same_inputs_and_seed_give_identical_pixels(tiny_backend):
    layout = Layout.from_dict(SMALL)
    a = render(tiny_backend, layout, seed=3, steps=3)
    b = render(tiny_backend, layout, seed=3, steps=3)
    c = render(tiny_backend, layout, seed=4, steps=3)
    assert a.image.tobytes() == b.image.tobytes()  # the same computation twice: bit-identical on any CPU
    assert pixel_sha256(a.image) != pixel_sha256(c.image)


def test_region_text_changes_the_picture_and_routing_matters(tiny_backend):
    layout = Layout.from_dict(SMALL)
    base = render(tiny_backend, layout, seed=0, steps=2).image.tobytes()
    cat = dataclasses.replace(layout.regions[0], low_level="black fur")
    changed = dataclasses.replace(layout, regions=(cat, layout.regions[1]))
    assert render(tiny_backend, changed, seed=0, steps=2).image.tobytes() != base
    global_only = DepthRouting.preset("global_only", tiny_backend.num_blocks)
    assert render(tiny_backend, layout, seed=0, steps=2, routing=global_only).image.tobytes() != base


def test_refinement_round_encodes_only_the_changed_text(tiny_backend):
    layout = Layout.from_dict(SMALL)
    render(tiny_backend, layout, seed=0, steps=2)
    cat = dataclasses.replace(layout.regions[0], low_level="striped grey fur, round " + str(id(tiny_backend)))
    out = render(tiny_backend, dataclasses.replace(layout, regions=(cat, layout.regions[1])), seed=0, steps=2)
    assert out.text_cache["misses"] == 1


def test_canvas_that_does_not_fit_the_model_names_the_field(tiny_pixart):
    layout = Layout.from_dict(SMALL, canvas_multiple=8).with_size(136, 128)
    with pytest.raises(LayoutError) as info:
        render(tiny_pixart, layout, steps=2)
    assert info.value.paths == ["$.canvas.width"]
    assert "use 128 or 144" in str(info.value)


def test_hierarchical_routing_renders_with_both_text_levels(tiny_hunyuan):
    layout = Layout.from_dict({**SMALL, "routing": {"preset": "hierarchical"}})
    out = render(tiny_hunyuan, layout, seed=0, steps=1)
    assert out.routing.regional_slots == ["regional_low", "regional_high"]
    assert out.image.size == (128, 128)


def test_too_few_steps_is_explained(tiny_pixart):
    with pytest.raises(ValueError, match="steps must be >= 2 for tiny-pixart, got 1"):
        render(tiny_pixart, Layout.from_dict(SMALL), steps=1)


def test_absurd_canvas_is_refused_before_any_work(tiny_pixart):
    layout = Layout.from_dict(SMALL).with_size(4096, 4096)
    with pytest.raises(LayoutError, match=r"\$\.canvas: 4096x4096 is larger than tiny-pixart renders"):
        render(tiny_pixart, layout, steps=2)


def test_isolated_regions_see_their_object_on_the_background_in_their_own_frame(tiny_pixart):
    import torch

    from regiondit.generator.processors import local_position_delta
    from regiondit.generator.render import layout_weights, regional_texts

    layout = Layout.from_dict({"canvas": {"width": 256, "height": 256}, "global": {"high_level": "a red circle"},
                               "background": {"high_level": "an empty gray background"},
                               "regions": [{"id": "c", "bbox": [0, 0, 0.5, 0.5], "high_level": "a circle", "low_level": "red"}]})
    isolated = DepthRouting.preset("regional_all", tiny_pixart.num_blocks, isolate=True)
    texts = regional_texts(tiny_pixart, layout, isolated)["regional"].texts
    assert texts == ("a circle, red, an empty gray background", "an empty gray background")
    weights = layout_weights(tiny_pixart, layout)
    grid = tiny_pixart.token_grid(256, 256)
    delta = local_position_delta(tiny_pixart.transformer.pos_embed, weights, grid)
    inside = weights[:, 0] > 0.5
    assert torch.count_nonzero(delta[~inside]) == 0  # the background keeps the canvas's positions
    from diffusers.models.embeddings import get_2d_sincos_pos_embed

    pe = tiny_pixart.transformer.pos_embed
    own = get_2d_sincos_pos_embed(pe.pos_embed.shape[-1], (grid[0] // 2, grid[1] // 2), base_size=pe.base_size,
                                  interpolation_scale=pe.interpolation_scale, output_type="pt")
    full = get_2d_sincos_pos_embed(pe.pos_embed.shape[-1], grid, base_size=pe.base_size, interpolation_scale=pe.interpolation_scale, output_type="pt")
    assert torch.allclose((full + delta)[inside].float(), own.float(), atol=1e-6)  # the region sees a canvas of its own size
