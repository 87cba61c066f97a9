"""Regional cross-attention on stock diffusers blocks: identities a user can rely on."""

import numpy as np
import pytest
import torch
from diffusers.models.attention_processor import AttnProcessor2_0, HunyuanAttnProcessor2_0

from regiondit.generator import RegionalContext, RegionalCrossAttnProcessor, pack_texts, region_weights
from regiondit.generator.processors import attn2_modules
from regiondit.schemas import Region


def _stock(backend):
    return HunyuanAttnProcessor2_0() if backend.arch == "hunyuan-dit" else AttnProcessor2_0()


def _block_inputs(backend, grid=(6, 6), text_len=9, seed=0):
    """Random image tokens, text states and (for HunyuanDiT) RoPE for one cross-attention call."""
    g = torch.Generator().manual_seed(seed)
    attn = attn2_modules(backend.transformer)[0]
    n = grid[0] * grid[1]
    hidden = torch.randn(2, n, attn.query_dim, generator=g)
    text = torch.randn(2, text_len, attn.cross_attention_dim, generator=g)
    kwargs = {}
    if backend.arch == "hunyuan-dit":
        from diffusers.models.embeddings import get_2d_rotary_pos_embed

        head_dim = attn.inner_dim // attn.heads
        kwargs["image_rotary_emb"] = get_2d_rotary_pos_embed(head_dim, ((0, 0), grid), grid)
    return attn, hidden, text, kwargs


def _regional(context, attn, slot="regional"):
    return RegionalCrossAttnProcessor(context, slot, _stock_for(attn))


def _stock_for(attn):
    return attn.processor if not isinstance(attn.processor, RegionalCrossAttnProcessor) else attn.processor.base


def test_single_full_canvas_region_equals_vanilla(tiny_backend):
    attn, hidden, text, kw = _block_inputs(tiny_backend)
    vanilla = _stock(tiny_backend)(attn, hidden, text, None, None, **kw)
    context = RegionalContext()
    weights = region_weights([Region("all", (0.0, 0.0, 1.0, 1.0), "x")], 6, 6)
    context.set({"regional": pack_texts(["cond", "background"], weights, {"cond": text[1], "background": text[0]}.get)}, cfg=True)
    regional = _regional(context, attn)(attn, hidden, text, None, None, **kw)
    assert (regional - vanilla).abs().max().item() <= 1e-6


def test_negative_branch_is_not_masked(tiny_backend):
    attn, hidden, text, kw = _block_inputs(tiny_backend)
    vanilla = _stock(tiny_backend)(attn, hidden, text, None, None, **kw)
    context = RegionalContext()
    regions = [Region("a", (0.0, 0.0, 0.5, 1.0), "x"), Region("b", (0.5, 0.0, 1.0, 1.0), "y")]
    texts = {"a": text[1, :4], "b": text[1, 4:], "bg": text[0]}
    context.set({"regional": pack_texts(["a", "b", "bg"], region_weights(regions, 6, 6), texts.get)}, cfg=True)
    out = _regional(context, attn)(attn, hidden, text, None, None, **kw)
    # The stock processor on the unconditional half (a batch of 1 against the batch of 2: another kernel call, so a tolerance).
    assert (out[0] - vanilla[0]).abs().max().item() <= 1e-6
    assert not torch.allclose(out[1], vanilla[1])


def test_changing_region_b_leaves_tokens_inside_a_unchanged(tiny_backend):
    attn, hidden, text, kw = _block_inputs(tiny_backend)
    regions = [Region("a", (0.0, 0.0, 0.5, 1.0), "x"), Region("b", (0.5, 0.0, 1.0, 1.0), "y")]
    weights = region_weights(regions, 6, 6)
    inside_a = weights[:, 0] == 1
    outs, shapes = [], []
    for b_text in (text[1, 4:], torch.randn(5, text.shape[-1])):  # same length: the packed shapes match
        context = RegionalContext()
        texts = {"a": text[1, :4], "b": b_text, "bg": text[0]}
        context.set({"regional": pack_texts(["a", "b", "bg"], weights, texts.get)}, cfg=True)
        shapes.append(context.slots["regional"].key_mask.shape)
        outs.append(_regional(context, attn)(attn, hidden, text, None, None, **kw)[1])
    assert shapes[0] == shapes[1]  # both calls pack to the same shape ...
    assert torch.equal(outs[0][inside_a], outs[1][inside_a])  # ... so the same kernel runs, and A's tokens weigh B's keys by exactly 0
    assert not torch.allclose(outs[0][~inside_a], outs[1][~inside_a])


def test_batched_blend_equals_a_loop_over_regions(tiny_backend):
    """The one-call blend equals running the stock processor once per region and mixing by weight."""
    attn, hidden, text, kw = _block_inputs(tiny_backend)
    regions = [Region("a", (0.0, 0.0, 0.6, 0.6), "x", strength=0.7), Region("b", (0.3, 0.3, 1.0, 1.0), "y")]
    weights = region_weights(regions, 6, 6)
    texts = {"a": text[1, :3], "b": text[1, 3:8], "bg": text[0]}
    context = RegionalContext()
    context.set({"regional": pack_texts(["a", "b", "bg"], weights, texts.get)}, cfg=False)
    batched = _regional(context, attn)(attn, hidden[1:], text[1:], None, None, **kw)[0]
    stock = _stock(tiny_backend)
    loop = sum(
        weights[:, i : i + 1] * stock(attn, hidden[1:], texts[k][None], None, None, **kw)[0]
        for i, k in enumerate(["a", "b", "bg"])
    )
    assert (batched - loop).abs().max().item() <= 1e-5


def test_region_keys_are_computed_once_per_generation(tiny_pixart):
    attn, hidden, text, kw = _block_inputs(tiny_pixart)
    context = RegionalContext()
    context.set({"regional": pack_texts(["t"], torch.ones(36, 1), {"t": text[1]}.get)}, cfg=True)
    processor = _regional(context, attn)
    calls = []
    handle = attn.to_k.register_forward_hook(lambda *a: calls.append(1))
    try:
        for _ in range(3):
            processor(attn, hidden, text, None, None)
    finally:
        handle.remove()
    # One to_k call per step for the stock negative branch, plus one (cached) for the regions.
    assert len(calls) == 3 + 1


def test_wrong_token_count_is_a_clear_error(tiny_pixart):
    attn, hidden, text, kw = _block_inputs(tiny_pixart)
    context = RegionalContext()
    context.set({"regional": pack_texts(["t"], torch.ones(10, 1), {"t": text[1]}.get)}, cfg=True)
    with pytest.raises(ValueError, match="region masks were built for 10 image tokens but the model sees 36"):
        _regional(context, attn)(attn, hidden, text, None, None)


def test_whole_pixart_forward_with_one_full_region_equals_vanilla(tiny_pixart):
    """Through every block, with region text trimmed to its real tokens vs the stock padded + masked prompt."""
    from regiondit.generator.render import regional_texts
    from regiondit.generator.routing import DepthRouting
    from regiondit.schemas import Layout

    backend = tiny_pixart
    layout = Layout.from_dict({"canvas": {"width": 256, "height": 256}, "global": {"high_level": "a red circle"},
                               "regions": [{"id": "all", "bbox": [0, 0, 1, 1], "high_level": "a red circle"}]})
    enc = backend.encode(layout.prompt)
    g = torch.Generator().manual_seed(0)
    latents = torch.randn(1, 4, 32, 32, generator=g)
    args = dict(encoder_hidden_states=enc.states[0], encoder_attention_mask=enc.masks[0], timestep=torch.tensor([500]),
                added_cond_kwargs={"resolution": None, "aspect_ratio": None})
    backend.install(DepthRouting.preset("global_only", backend.num_blocks).slots)
    vanilla = backend.transformer(latents, **args).sample
    routing = DepthRouting.preset("regional_all", backend.num_blocks)
    backend.install(routing.slots)
    backend.context.set(regional_texts(backend, layout, routing), cfg=False)
    try:
        regional = backend.transformer(latents, **args).sample
    finally:
        backend.context.clear()
    assert (regional - vanilla).abs().max().item() <= 1e-5


def test_isolated_regions_are_independent_through_the_whole_model(tiny_pixart):
    """With self-attention restricted to regions, region B's text cannot reach region A's pixels at all."""
    import dataclasses

    from regiondit.generator.processors import region_self_mask
    from regiondit.generator.render import regional_texts
    from regiondit.generator.routing import DepthRouting
    from regiondit.schemas import Layout

    backend = tiny_pixart
    base = Layout.from_dict({"canvas": {"width": 256, "height": 256}, "global": {"high_level": "two things"},
                             "regions": [{"id": "a", "bbox": [0, 0, 0.5, 1], "high_level": "a red circle"},
                                         {"id": "b", "bbox": [0.5, 0, 1, 1], "high_level": "a blue square"}]})
    other = dataclasses.replace(base, regions=(base.regions[0], dataclasses.replace(base.regions[1], high_level="a green triangle")))
    routing = DepthRouting.preset("regional_all", backend.num_blocks, isolate=True)
    backend.install(routing.slots, isolate=True)
    latents = torch.randn(1, 4, 32, 32, generator=torch.Generator().manual_seed(0))
    enc = backend.encode(base.prompt)
    outs = []
    try:
        for layout in (base, other):
            weights = region_weights(layout.regions, *backend.token_grid(256, 256))
            backend.context.set(regional_texts(backend, layout, routing), cfg=False, self_mask=region_self_mask(weights))
            outs.append(backend.transformer(latents, encoder_hidden_states=enc.states[0], encoder_attention_mask=enc.masks[0],
                                            timestep=torch.tensor([500]), added_cond_kwargs={"resolution": None, "aspect_ratio": None}).sample)
    finally:
        backend.context.clear()
        backend.install(DepthRouting.preset("global_only", backend.num_blocks).slots)
    # Left half of the latent (region a) is bit-identical (same kernels, same shapes; b's keys are masked out); the right half changed.
    assert torch.equal(outs[0][..., :16], outs[1][..., :16])
    assert not torch.allclose(outs[0][..., 16:], outs[1][..., 16:])


@pytest.mark.parametrize("per_call_bytes", [None, 1], ids=["one-call", "a-call-per-text"])
def test_split_kernel_equals_the_packed_softmax(tiny_backend, per_call_bytes, monkeypatch):
    """The ``split`` cross-attention (a fused SDPA call per chunk of texts) gives the packed path's numbers."""
    from regiondit.generator import processors

    if per_call_bytes is not None:
        monkeypatch.setattr(processors, "PER_CALL_BYTES", per_call_bytes)
    attn, hidden, text, kw = _block_inputs(tiny_backend)
    regions = [Region("a", (0.0, 0.0, 0.6, 0.6), "x", strength=0.7), Region("b", (0.3, 0.3, 1.0, 1.0), "y")]
    texts = {"a": text[1, :3], "b": text[1, 3:8], "bg": text[0]}  # 3, 5 and 9 tokens: padded keys are masked
    outs = {}
    for kernel in ("sdpa", "split"):
        context = RegionalContext(kernel)
        context.set({"regional": pack_texts(["a", "b", "bg"], region_weights(regions, 6, 6), texts.get)}, cfg=True)
        with torch.no_grad():
            outs[kernel] = _regional(context, attn)(attn, hidden, text, None, None, **kw)
    assert (outs["split"] - outs["sdpa"]).abs().max().item() <= 1e-6
    # One pass for both halves of the guidance batch: the negative half is still the stock attention.
    assert (outs["split"][0] - _stock(tiny_backend)(attn, hidden, text, None, None, **kw)[0]).abs().max().item() <= 1e-6
    assert not torch.allclose(outs["split"][1], outs["split"][0])  # the conditional half is regional, not the negative


def test_split_kernel_keeps_the_negative_half_masked_as_the_stock_processor(tiny_pixart):
    """PixArt's padded negative prompt: its padding mask reaches the one-pass negative half as the stock processor applies it."""
    attn, hidden, text, kw = _block_inputs(tiny_pixart)
    mask = torch.zeros(2, 1, text.shape[1])
    mask[:, :, 6:] = -10000.0  # the last three tokens are padding
    stock = _stock(tiny_pixart)(attn, hidden, text, mask, None)
    context = RegionalContext("split")
    context.set({"regional": pack_texts(["t"], torch.ones(36, 1), {"t": text[1, :6]}.get)}, cfg=True)
    with torch.no_grad():
        out = _regional(context, attn)(attn, hidden, text, mask, None)
    assert (out - stock).abs().max().item() <= 1e-5  # one full-canvas region holding the real tokens: the stock call


def test_a_compiled_transformer_renders_new_layouts_without_graph_breaks_or_recompiling():
    """``transformer.compile()`` with the regional processors: one graph, the eager picture, and a second layout of the
    same shapes (a new generation, new region texts) reuses it."""
    from torch._dynamo.utils import counters

    from regiondit.generator import render
    from regiondit.generator.registry import load_backend
    from regiondit.schemas import Layout

    def layout(first: str, second: str) -> Layout:
        return Layout.from_dict({"canvas": {"width": 64, "height": 64}, "global": {"high_level": "a desk"},
                                 "regions": [{"id": "a", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": first},
                                             {"id": "b", "bbox": [0.5, 0.5, 0.9, 0.9], "high_level": second}]})

    backend = load_backend("tiny-pixart")
    eager = render(backend, layout("a red mug", "a blue book"), steps=2).image
    torch._dynamo.reset()
    counters.clear()
    backend.transformer.compile()
    try:
        compiled = render(backend, layout("a red mug", "a blue book"), steps=2).image
        graphs = counters["stats"]["unique_graphs"]
        render(backend, layout("a green cup", "a black pen"), steps=2)  # same token counts: the same graph serves
        assert sum(counters["graph_break"].values()) == 0
        assert counters["stats"]["unique_graphs"] == graphs
    finally:
        torch._dynamo.reset()
    # Compiled kernels fuse differently from eager ones: close, not bitwise (8-bit pixels, at most a few levels apart).
    diff = np.abs(np.asarray(compiled, dtype=np.int16) - np.asarray(eager, dtype=np.int16))
    assert diff.max() <= 8
