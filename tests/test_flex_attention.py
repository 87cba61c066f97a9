"""FlexAttention with a block mask gives the numbers of the dense SDPA path, and the SDPA path stays the fallback."""

import pytest
import torch

from regiondit.generator import masked_attention, pack_texts, region_weights
from regiondit.generator.joint import JointContext, install_joint_processors, pack_joint
from regiondit.generator.masked_attention import FlexMask, attention_kernel, use_flex
from regiondit.generator.processors import RegionalContext, RegionalSelfAttnProcessor, attn1_modules, region_self_mask
from regiondit.generator.registry import flux_transformer, sd3_transformer
from regiondit.schemas import Region

pytestmark = pytest.mark.skipif(masked_attention.flex_attention is None, reason="this torch has no FlexAttention")

GRID = 16  # image tokens a side: 256 tokens, two 128-token tiles
#: Three regions, two of them overlapping (soft weights where they meet), and a background.
REGIONS = [Region("a", (0.0, 0.0, 0.6, 0.5), "x"), Region("b", (0.4, 0.2, 1.0, 0.7), "y"), Region("c", (0.1, 0.6, 0.5, 1.0), "z")]
#: Per block: two regional slots and the global one, so texts of other slots ride along in every mask.
SLOTS = {"sd3": ["regional_low", "regional_high", "global", "regional_low"], "sd3.5": ["regional_high", "regional_low", "global", "regional_high"],
         "flux": ["regional_low", "global", "regional_high", "regional_low", "global", "regional_high"]}


@pytest.fixture(scope="module", params=["sd3", "sd3.5", "flux"])
def joint_model(request):
    torch.manual_seed(0)
    if request.param == "flux":
        return "flux", flux_transformer(layers=2, single_layers=4)
    return request.param, sd3_transformer(layers=4, dual_attention=request.param == "sd3.5")


def _step(arch, model, base_ratio, isolate, dtype=torch.float32):
    """One transformer forward's inputs with a packed regional sequence in a fresh context (SD3: guidance batch of 2)."""
    g = torch.Generator().manual_seed(1)
    cfg = model.config
    context = JointContext("sdpa")
    install_joint_processors(model, SLOTS[arch], context)
    weights = region_weights(REGIONS, GRID, GRID)
    dim = cfg.joint_attention_dim
    names = [f"t{i}" for i in range(2 * (len(REGIONS) + 1))]
    raw = {n: torch.randn(3 + i % 4, dim, generator=g) for i, n in enumerate(names)}  # texts of 3 to 6 tokens
    half = len(REGIONS) + 1
    slots = {"regional_low": pack_texts(names[:half], weights, raw.get), "regional_high": pack_texts(names[half:], weights, raw.get)}
    flux = arch == "flux"
    negative_len = None if flux else 9
    seq = pack_joint(torch.randn(5, dim, generator=g), slots, raw, num_image=GRID * GRID, base_ratio=base_ratio, text_first=flux,
                     image_mask=region_self_mask(weights) if isolate else None, negative_len=negative_len, min_len=negative_len or 0)
    context.sequence = seq
    text = seq.text[None]
    if flux:
        ids = torch.zeros(GRID, GRID, 3)
        ids[..., 1], ids[..., 2] = torch.arange(GRID)[:, None], torch.arange(GRID)[None, :]
        # A batch of two pictures under one mask: the mask's batch of 1 broadcasts.
        kw = dict(hidden_states=torch.randn(2, GRID * GRID, cfg.in_channels, generator=g), img_ids=ids.reshape(-1, 3),
                  txt_ids=torch.zeros(text.shape[1], 3), timestep=torch.full((2,), 0.5), encoder_hidden_states=text.expand(2, -1, -1))
    else:
        negative = torch.zeros_like(text)
        negative[:, :negative_len] = torch.randn(1, negative_len, dim, generator=g)
        kw = dict(hidden_states=torch.randn(2, cfg.in_channels, 2 * GRID, 2 * GRID, generator=g), timestep=torch.full((2,), 500.0),
                  encoder_hidden_states=torch.cat([negative, text]))
    kw["pooled_projections"] = torch.randn(2, cfg.pooled_projection_dim, generator=g)
    kw = {k: v.to(dtype) if v.is_floating_point() and k not in ("img_ids", "txt_ids") else v for k, v in kw.items()}
    return context, kw


def _forward(model, kw):
    with torch.no_grad():
        return model(**kw, return_dict=False)[0]


def _counted(monkeypatch, owner, name: str) -> list:
    """Wrap ``owner.name`` so that each call is recorded; the list of calls."""
    calls = []
    wrapped = getattr(owner, name)

    def counted(*args):
        calls.append(1)
        return wrapped(*args)

    monkeypatch.setattr(owner, name, counted)
    return calls


@pytest.mark.parametrize("kernel", ["flex", "split"])
@pytest.mark.parametrize("isolate", [False, True], ids=["shared-self-attention", "regional-self-attention"])
@pytest.mark.parametrize("base_ratio", [0.0, 0.3])
def test_flex_and_split_equal_sdpa_on_joint_models(joint_model, base_ratio, isolate, kernel, monkeypatch):
    from regiondit.generator import joint

    calls = _counted(monkeypatch, FlexMask, "attend") if kernel == "flex" else _counted(monkeypatch, joint, "split_attention")
    arch, model = joint_model
    context, kw = _step(arch, model, base_ratio, isolate)
    dense = _forward(model, kw)
    assert not calls  # "sdpa" never reaches the other kernels
    context.attention = kernel
    out = _forward(model, kw)
    if kernel == "flex":  # every masked call, SD3.5's attn2 too (masked only when regions are isolated)
        expected = len(SLOTS[arch]) + (4 if arch == "sd3.5" and isolate else 0)
    else:  # every joint call without isolation; with it only the global blocks (elsewhere image tokens do not all meet)
        expected = SLOTS[arch].count("global") if isolate else len(SLOTS[arch])
    assert len(calls) == expected
    assert (out - dense).abs().max().item() <= 1e-6


def test_flex_in_bfloat16_is_as_close_to_the_exact_attention_as_sdpa():
    """bf16 on the CPU: both kernels round probabilities and outputs to bf16, so they agree to a rounding step, not bitwise.

    The bound that fails when flex is wrong: its error against a float64 attention is no larger than SDPA's
    (within one bf16 step, 2**-8 relative, of the largest output).
    """
    torch.manual_seed(0)
    context, _ = _step("sd3", sd3_transformer(layers=4), 0.3, True)
    mask = context.sequence._dense("regional_low")
    q, k, v = (torch.randn(2, 4, mask.shape[-1], 16) for _ in range(3))
    exact = torch.nn.functional.scaled_dot_product_attention(q.double(), k.double(), v.double(), attn_mask=mask.double())
    half = [t.bfloat16() for t in (q, k, v)]
    dense = masked_attention.sdpa(*half, mask.bfloat16()).double()
    flex = FlexMask.from_mask(mask.bfloat16(), "cpu").attend(*half).double()
    step = exact.abs().max().item() * 2**-8
    assert (flex - exact).abs().max().item() <= (dense - exact).abs().max().item() + step
    assert (flex - dense).abs().max().item() <= 2 * step


def test_the_flex_mask_is_an_exact_factorisation_of_the_dense_one():
    context, _ = _step("flux", flux_transformer(layers=2, single_layers=4), 0.3, True)
    mask = context.sequence._dense("regional_low")[0, 0]
    flex = FlexMask.from_mask(mask, "cpu")
    size = mask.shape[-1]
    assert flex.allowed.numel() < size * size / 100  # a small table ...
    q, kv, none = torch.arange(size)[:, None], torch.arange(size)[None, :], torch.zeros((), dtype=torch.long)
    allowed = flex.block_mask.mask_mod(none, none, q, kv)
    bias = flex.score_mod(torch.zeros(size, size), none, none, q, kv)
    # Exact on purpose: no kernel runs here; the table holds copies of the mask's values and 0 + b is b in IEEE arithmetic.
    assert torch.equal(torch.where(allowed, bias, float("-inf")), mask)  # ... from which every value of the mask reads back


def test_tiles_of_other_regions_are_skipped_and_tiles_inside_one_are_full():
    # Top and bottom halves of a 32 x 32 grid, isolated: tokens 0-511 and 512-1023, four 128-token tiles each.
    weights = region_weights([Region("top", (0, 0, 1, 0.5), "x"), Region("bottom", (0, 0.5, 1, 1), "y")], 32, 32, edges="hard")
    flex = FlexMask.from_mask(region_self_mask(weights), "cpu")
    tiles = flex.block_mask.to_dense()[0, 0].bool()  # (query tiles, key tiles): True where a tile is computed
    same_half = torch.arange(8)[:, None] // 4 == torch.arange(8)[None, :] // 4
    assert torch.equal(tiles, same_half)  # booleans (which tiles are computed): exact by nature, no arithmetic
    assert flex.block_mask.full_kv_num_blocks.flatten().tolist() == [4] * 8  # all full: no mask_mod evaluated
    assert flex.score_mod is None  # a boolean mask adds no bias

def test_isolated_self_attention_of_cross_attention_models_equals_sdpa_on_flex(tiny_backend):
    attn = attn1_modules(tiny_backend.transformer)[0]
    base = attn.processor.base if isinstance(attn.processor, RegionalSelfAttnProcessor) else attn.processor
    grid = (6, 6)
    weights = region_weights(REGIONS, *grid)
    g = torch.Generator().manual_seed(0)
    hidden = torch.randn(2, 36, attn.query_dim, generator=g)
    extra = {}
    if tiny_backend.arch == "hunyuan-dit":
        from diffusers.models.embeddings import get_2d_rotary_pos_embed

        extra["image_rotary_emb"] = get_2d_rotary_pos_embed(attn.inner_dim // attn.heads, ((0, 0), grid), grid)
    outs = {}
    for kernel in ("sdpa", "flex"):
        context = RegionalContext(kernel)
        context.set({}, cfg=True, self_mask=region_self_mask(weights))
        with torch.no_grad():
            outs[kernel] = RegionalSelfAttnProcessor(context, base)(attn, hidden, None, None, None, **extra)
        assert (kernel == "flex") == bool(context._self_flex)  # the flex mask is built only when flex runs
    assert (outs["flex"] - outs["sdpa"]).abs().max().item() <= 1e-6


def test_sdpa_is_the_fallback_and_gives_the_dense_numbers(monkeypatch):
    torch.manual_seed(0)
    model = flux_transformer(layers=2, single_layers=4)
    context, kw = _step("flux", model, 0.3, False)
    reference = _forward(model, kw)

    def refuse(*args):
        raise AssertionError("FlexAttention ran")

    monkeypatch.setattr(FlexMask, "attend", refuse)
    context.attention = "auto"  # on the CPU: SDPA
    # Exact on purpose: both sides are the SDPA kernel on the same inputs and shapes in this process (the fallback is the
    # very path the reference took, not another kernel).
    assert torch.equal(_forward(model, kw), reference)
    monkeypatch.setattr(masked_attention, "flex_attention", None)  # a torch without FlexAttention
    assert not use_flex("auto", torch.device("cuda"))
    assert torch.equal(_forward(model, kw), reference)  # the same SDPA kernel and shapes again: exact
    context.attention = "flex"
    with pytest.raises(RuntimeError, match="use 'auto' or 'sdpa'"):
        _forward(model, kw)


def test_kernel_choice_rule(monkeypatch):
    # "auto" never picks flex (measured slower on a GPU, evals/results/bench_gpu_nvidia-h200.json); it splits joint
    # attention on CUDA, where the split measured fastest, and keeps the dense call on the CPU and for cross-attention models.
    assert not use_flex("auto", torch.device("cuda")) and not use_flex("auto", torch.device("cpu"))
    assert masked_attention.resolve_kernel("auto", torch.device("cuda"), joint=True) == "split"
    assert masked_attention.resolve_kernel("auto", torch.device("cpu"), joint=True) == "sdpa"
    assert masked_attention.resolve_kernel("auto", torch.device("cuda")) == "sdpa"
    assert use_flex("flex", torch.device("cpu")) and not use_flex("sdpa", torch.device("cuda"))
    monkeypatch.setenv("REGIONDIT_ATTENTION", "sdpa")
    assert attention_kernel() == "sdpa" and JointContext().attention == "sdpa" and RegionalContext().attention == "sdpa"
    assert attention_kernel("flex") == "flex"  # an explicit choice wins over the environment
    monkeypatch.setenv("REGIONDIT_ATTENTION", "fast")
    with pytest.raises(ValueError, match="one of auto, sdpa, flex, split, cudnn"):
        JointContext()


def test_split_handles_image_rows_that_see_no_text():
    """A row whose text bias is all -inf (base ratio 0, a token of no region) takes only the image part, without NaN."""
    g = torch.Generator().manual_seed(3)
    n, t = 40, 7
    q, k, v = (torch.randn(2, 3, n + t, 8, generator=g) for _ in range(3))
    mask = torch.zeros(2, 1, n + t, n + t)
    mask[:, :, :n, n:] = torch.where(torch.rand(2, 1, n, t, generator=g) < 0.5, float("-inf"), 0.3)
    mask[:, :, :5, n:] = float("-inf")  # five image rows see no text at all
    mask[:, :, n:, :n] = torch.where(torch.rand(2, 1, t, n, generator=g) < 0.3, float("-inf"), 0.0)
    image, text = slice(0, n), slice(n, n + t)
    bias = torch.nn.functional.pad(mask[:, :, image, text], (0, 1), value=float("-inf"))  # padded to 8 columns, as the kernels align them
    blind = torch.isinf(bias).all(dim=-1, keepdim=True)
    out = masked_attention.split_attention(q, k, v, image, text, bias, mask[:, :, text], blind)
    dense = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)
    assert not out.isnan().any()
    assert (out - dense).abs().max().item() <= 1e-6


def test_attention_lse_written_out_equals_the_fused_kernel(monkeypatch):
    g = torch.Generator().manual_seed(4)
    q, k, v = (torch.randn(1, 2, 30, 16, generator=g) for _ in range(3))
    fused, lse = masked_attention.attention_lse(q, k, v)  # the CPU's flash kernel
    monkeypatch.delattr(torch.ops.aten, "_scaled_dot_product_flash_attention_for_cpu", raising=False)
    plain, plain_lse = masked_attention.attention_lse(q, k, v)  # written out in float32
    scores = (q @ k.transpose(-1, -2)) / 4
    assert (lse - torch.logsumexp(scores, -1)).abs().max().item() <= 1e-5
    assert (plain_lse - lse).abs().max().item() <= 1e-5 and (plain - fused).abs().max().item() <= 1e-5


def test_split_in_bfloat16_is_as_close_to_the_exact_attention_as_sdpa():
    torch.manual_seed(0)
    context, _ = _step("sd3", sd3_transformer(layers=4), 0.3, False)
    seq = context.sequence
    mask = seq._dense("regional_low")
    q, k, v = (torch.randn(2, 4, mask.shape[-1], 16) for _ in range(3))
    exact = torch.nn.functional.scaled_dot_product_attention(q.double(), k.double(), v.double(), attn_mask=mask.double())
    half = [t.bfloat16() for t in (q, k, v)]
    dense = masked_attention.sdpa(*half, mask.bfloat16()).double()
    split = seq.attend("regional_low", *half, "split").double()
    step = exact.abs().max().item() * 2**-8
    assert (split - exact).abs().max().item() <= (dense - exact).abs().max().item() + step


def test_cudnn_choice_is_the_dense_call_off_cuda():
    assert masked_attention.resolve_kernel("cudnn", torch.device("cpu")) == "sdpa"
    assert masked_attention.resolve_kernel("cudnn", torch.device("cuda")) == "cudnn"
    assert masked_attention.resolve_kernel("split", torch.device("cpu")) == "split"


def test_a_fused_kernel_that_answers_wrong_is_refused_and_the_written_out_one_serves(monkeypatch):
    """A fused kernel is checked on its first call; one that returns another layout or wrong numbers is never used."""
    monkeypatch.setattr(masked_attention, "_REFUSED", set())
    monkeypatch.setattr(masked_attention, "_CHECKED", set())

    def wrong(query, bias):
        yield "wrong-layout", lambda q, k, v, b: (q.clone(), torch.zeros(q.shape[:3]))

    monkeypatch.setattr(masked_attention, "_fused_kernels", wrong)
    g = torch.Generator().manual_seed(5)
    q, k, v = (torch.randn(1, 2, 20, 8, generator=g) for _ in range(3))
    out, lse = masked_attention.attention_lse(q, k, v)
    reference = torch.nn.functional.scaled_dot_product_attention(q, k, v)
    assert (out - reference).abs().max().item() <= 1e-5
    assert ("wrong-layout", False, torch.float32) in masked_attention._REFUSED
