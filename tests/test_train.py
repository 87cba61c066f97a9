"""The training script: a run cut into chunks is the same run, a grown model starts where the small one stood."""

import numpy as np
import torch

from regiondit.generator.shapes.model import ShapesModelConfig, grow_transformer
from regiondit.generator.shapes.train import Batches, CaptionEncoder, TrainConfig, draw_batch, train

TINY = ShapesModelConfig(sample_size=16, patch_size=2, num_layers=2, num_attention_heads=2, attention_head_dim=8, max_tokens=16)


def test_a_run_cut_into_chunks_is_the_same_run(tmp_path):
    def run(out, chunks):
        for steps in chunks:
            train(TrainConfig(model=TINY, images=4 * 4, batch=4, chunk_steps=steps, checkpoint_minutes=999, warmup_steps=2), out)
        return torch.load(out / "train_state.pt", weights_only=False)

    whole, pieces = run(tmp_path / "whole", [4]), run(tmp_path / "pieces", [1, 3])
    assert whole["step"] == pieces["step"] == 4
    # Exact on purpose: both runs execute the same kernels on the same shapes, in this one process with one thread count,
    # and the chunked run restores its state (weights, optimiser, noise RNG; batches are seeded by step) bit for bit between chunks.
    for name, tensor in whole["ema"].items():
        assert torch.equal(tensor, pieces["ema"][name]), name
    assert (tmp_path / "pieces" / "shapes_dit.safetensors").is_file() and (tmp_path / "pieces" / "train_log.json").is_file()


def test_batches_drawn_by_worker_processes_are_the_batches_drawn_in_the_loop():
    cfg = TrainConfig(model=TINY, batch=3, crop_prob=0.5)
    ahead = Batches(TrainConfig(model=TINY, batch=3, crop_prob=0.5, workers=2), 5, 12)
    try:
        for step in range(5, 12):
            pixels, captions, tokens = ahead.get(step)
            expected_pixels, expected_captions = draw_batch(cfg, step)
            assert captions == expected_captions and np.array_equal(pixels, expected_pixels), step
    finally:
        ahead.close()
    assert draw_batch(cfg, 5)[1] != draw_batch(cfg, 6)[1]  # each step draws its own scenes


def test_captions_tokenized_by_the_workers_encode_as_the_pipeline_encodes_them():
    from regiondit.generator.shapes.model import build_pipeline

    pipe = build_pipeline(TINY)
    cfg = TrainConfig(model=TINY, batch=6, crop_prob=0.0, workers=1)
    ahead = Batches(cfg, 0, 1, tokenizer=pipe.tokenizer)
    try:
        pixels, captions, (ids, mask) = ahead.get(0)
    finally:
        ahead.close()
    assert captions == draw_batch(cfg, 0)[1] and ids.shape == mask.shape == (6, TINY.max_tokens)
    expected, expected_mask, _, _ = pipe.encode_prompt(captions, do_classifier_free_guidance=False, device="cpu", clean_caption=False,
                                                       max_sequence_length=TINY.max_tokens)
    with torch.no_grad():
        states = pipe.text_encoder(torch.from_numpy(ids), attention_mask=torch.from_numpy(mask))[0]
    # Exact on purpose: integer attention masks from the same tokenizer; no floating-point kernel is involved.
    assert torch.equal(torch.from_numpy(mask), expected_mask.cpu())
    # Exact on purpose: both sides run the same text encoder (same kernels) on the same token ids and the same (6, L) batch shape,
    # in this process; only the tokenization (integer ids, checked above through the masks) happens in different places.
    assert torch.equal(states, expected)


def test_caption_memo_keeps_every_caption_of_a_batch_when_it_is_full():
    class Pipe:
        def encode_prompt(self, captions, **kwargs):
            n = len(captions)
            return torch.arange(n, dtype=torch.float32)[:, None, None].expand(n, 2, 3), torch.ones(n, 2), None, None

    encode = CaptionEncoder(Pipe(), torch.device("cpu"), max_tokens=2, capacity=3)
    encode(["a", "b"])
    states, masks = encode(["a", "c", "d"])  # "a" is remembered, but the memo overflows on this batch
    assert states.shape == (3, 2, 3) and masks.shape == (3, 2)


def test_a_grown_model_is_the_small_one_on_pictures_upsampled_twice():
    torch.manual_seed(0)
    small = ShapesModelConfig(sample_size=16, patch_size=4, num_layers=2, num_attention_heads=2, attention_head_dim=8, interpolation_scale=None)
    old = small.transformer().eval()
    for p in old.parameters():  # random, not the init's zeros, so every path is exercised
        p.data.normal_(0, 0.05)
    new = grow_transformer(old, ShapesModelConfig(sample_size=16, patch_size=2, num_layers=4, num_attention_heads=2, attention_head_dim=8,
                                                  interpolation_scale=2)).eval()
    x, text = torch.randn(2, 3, 16, 16), torch.randn(2, 5, 384)
    kw = dict(encoder_hidden_states=text, encoder_attention_mask=torch.ones(2, 5), timestep=torch.tensor([300.0, 700.0]),
              added_cond_kwargs={"resolution": None, "aspect_ratio": None})
    with torch.no_grad():
        grown = new(x, **kw).sample
        reference = torch.nn.functional.avg_pool2d(old(torch.nn.functional.interpolate(x, scale_factor=2, mode="nearest"), **kw).sample, 2)
    assert (grown - reference).abs().max().item() <= 1e-5
