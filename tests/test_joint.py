"""Regional joint attention on SD3, SD3.5 and FLUX: identity with the stock model, exact locality, depth routing, rendering."""

import pytest
import torch

from regiondit.generator import DepthRouting, render
from regiondit.generator.processors import region_self_mask
from regiondit.generator.registry import build_tiny_flux, build_tiny_sd3
from regiondit.generator.render import layout_weights, regional_texts
from regiondit.schemas import Layout

TEXT = "a red fox in the snow"


@pytest.fixture(scope="module", params=["sd3", "sd3.5", "flux"])
def joint_backend(request):
    backend = {"sd3": lambda: build_tiny_sd3(), "sd3.5": lambda: build_tiny_sd3(dual_attention=True), "flux": build_tiny_flux}[request.param]()
    backend.base_ratio = 0.0
    return backend


def _layout(regions, global_text=TEXT):
    return Layout.from_dict({"canvas": {"width": 256, "height": 256}, "global": {"high_level": global_text},
                             "regions": [{"id": f"r{i}", "bbox": box, "high_level": text} for i, (box, text) in enumerate(regions)]})


def _inputs(backend, batch=1, seed=0):
    """Latent tokens (as the transformer takes them), timestep, and the pooled global text."""
    g = torch.Generator().manual_seed(seed)
    t = backend.transformer
    if backend.arch == "flux":
        h = w = 16  # 256 px / 16
        latents = torch.randn(batch, h * w, t.config.in_channels, generator=g)
        ids = torch.zeros(h, w, 3)
        ids[..., 1], ids[..., 2] = torch.arange(h)[:, None], torch.arange(w)[None, :]
        return {"hidden_states": latents, "timestep": torch.full((batch,), 0.5), "img_ids": ids.reshape(-1, 3)}
    latents = torch.randn(batch, t.config.in_channels, 32, 32, generator=g)
    return {"hidden_states": latents, "timestep": torch.full((batch,), 500.0)}


def _forward(backend, inputs, text, pooled):
    t = backend.transformer
    kwargs = dict(inputs, encoder_hidden_states=text, pooled_projections=pooled, return_dict=False)
    if backend.arch == "flux":
        kwargs["txt_ids"] = torch.zeros(text.shape[1], 3)
    with torch.no_grad():
        return t(**kwargs)[0]


def _regional(backend, layout, routing, inputs, cfg=False, negative=None):
    backend.install(routing.slots, routing.isolate)
    weights = layout_weights(backend, layout)
    slots = regional_texts(backend, layout, routing, None, weights)
    backend.context.set(slots, cfg=cfg, self_mask=region_self_mask(weights) if routing.isolate else None)
    prompt = backend.encode(layout.prompt)
    negative_len = negative.states[0].shape[1] if cfg else None
    try:
        text = backend._sequence(prompt, negative_len)
        if text is None:  # every block on the global prompt: the stock path (here with the trimmed prompt)
            text = backend.attn_states(prompt)[None]
        pooled = prompt.states[1]
        if cfg:
            neg = torch.zeros_like(text)
            neg[:, : negative_len] = negative.states[0]
            text, pooled = torch.cat([neg, text]), torch.cat([negative.states[1], pooled])
        return _forward(backend, inputs, text, pooled)
    finally:
        backend.release()


def test_one_full_canvas_region_equals_the_stock_model(joint_backend):
    backend = joint_backend
    layout = _layout([([0, 0, 1, 1], TEXT)])
    inputs = _inputs(backend)
    for preset in ("regional_all", "reference"):
        routing = DepthRouting.preset(preset, backend.num_blocks)
        regional = _regional(backend, layout, routing, inputs)
        encoded = backend.encode(TEXT)
        vanilla = _forward(backend, inputs, backend.attn_states(encoded)[None], encoded.states[1])
        assert (regional - vanilla).abs().max().item() <= 1e-6, preset


def test_sd3_guidance_batch_negative_half_is_the_stock_one():
    backend = build_tiny_sd3()
    backend.base_ratio = 0.0
    layout = _layout([([0, 0, 1, 1], TEXT)])
    inputs = _inputs(backend, batch=2)
    negative = backend.encode("")
    routing = DepthRouting.preset("regional_all", backend.num_blocks)
    regional = _regional(backend, layout, routing, inputs, cfg=True, negative=negative)
    half = {k: v[:1] for k, v in inputs.items()}
    stock_uncond = _forward(backend, half, negative.states[0], negative.states[1])  # padded as the pipeline pads it
    encoded = backend.encode(TEXT)
    stock_cond = _forward(backend, {k: v[1:] for k, v in inputs.items()}, backend.attn_states(encoded)[None], encoded.states[1])
    assert (regional[:1] - stock_uncond).abs().max().item() <= 1e-6
    assert (regional[1:] - stock_cond).abs().max().item() <= 1e-6


def _left_tokens(backend, out):
    """The output at image tokens of the left half of the canvas."""
    if backend.arch == "flux":
        return out.reshape(out.shape[0], 16, 16, -1)[:, :, :7]
    return out[..., :14]  # (B, C, H, W) latents: columns of the left half, away from the seam


def test_changing_region_b_text_leaves_region_a_exactly_unchanged(joint_backend):
    backend = joint_backend
    inputs = _inputs(backend)
    routing = DepthRouting.preset("regional_all", backend.num_blocks, isolate=True)
    first = _regional(backend, _layout([([0, 0, 0.5, 1], "a red fox"), ([0.5, 0, 1, 1], "a blue bird")]), routing, inputs)
    second = _regional(backend, _layout([([0, 0, 0.5, 1], "a red fox"), ([0.5, 0, 1, 1], "a green frog")]), routing, inputs)
    # "a blue bird" and "a green frog" are 3 tokens each, so both runs have the same shapes and kernels: A is bit-identical.
    assert torch.equal(_left_tokens(backend, first), _left_tokens(backend, second))
    assert not torch.equal(first, second)  # region B itself did change


def test_depth_routing_changes_only_what_it_routes(joint_backend):
    backend = joint_backend
    inputs = _inputs(backend)
    layout = _layout([([0, 0, 0.5, 1], "a red fox"), ([0.5, 0, 1, 1], "a blue bird")], "a fox and a bird")
    outs = {p: _regional(backend, layout, DepthRouting.preset(p, backend.num_blocks), inputs) for p in ("global_only", "reference", "regional_all")}
    assert not torch.equal(outs["reference"], outs["regional_all"])  # the deep blocks' routing matters
    encoded = backend.encode("a fox and a bird")
    # Routed to the global prompt everywhere, the joint model is the stock model with that prompt.
    vanilla = _forward(backend, inputs, backend.attn_states(encoded)[None], encoded.states[1])
    assert (outs["global_only"] - vanilla).abs().max().item() <= 1e-6


@pytest.mark.parametrize("model", ["sd3", "flux"])
def test_render_on_joint_backends_is_deterministic_and_reports_its_routing(model):
    backend = build_tiny_sd3() if model == "sd3" else build_tiny_flux()
    layout = _layout([([0, 0, 0.5, 1], "a red fox"), ([0.5, 0, 1, 1], "a blue bird")])
    a = render(backend, layout, seed=3, steps=2)
    b = render(backend, layout, seed=3, steps=2)
    assert a.image.size == (256, 256) and a.image.tobytes() == b.image.tobytes()  # the same computation twice
    assert a.routing.num_blocks == backend.num_blocks and backend.joint.sequence is None  # nothing left behind


@pytest.mark.parametrize("arch", ["sd3", "flux"])
def test_local_diffusers_folder_loads_with_its_prefix_and_other_prefixes_are_refused(arch, tmp_path):
    from regiondit.generator import ModelSpecError, load_backend

    built = build_tiny_sd3() if arch == "sd3" else build_tiny_flux()
    built.pipe.save_pretrained(tmp_path / arch)
    backend = load_backend(f"{arch}:{tmp_path / arch}")
    assert backend.arch == arch and backend.num_blocks == built.num_blocks
    layout = _layout([([0, 0, 0.5, 1], "a red fox"), ([0.5, 0, 1, 1], "a blue bird")])
    assert render(backend, layout, seed=0, steps=2).image.size == (256, 256)
    other = "flux" if arch == "sd3" else "pixart"
    with pytest.raises(ModelSpecError, match=f"load it with --model {arch}:"):
        load_backend(f"{other}:{tmp_path / arch}")
