"""Regional DiT generator: masks, depth routing, attention processors, backends, rendering."""

from .backends import Backend
from .encoding import TextEncodingCache
from .masks import box_coverage, region_weights
from .processors import RegionalContext, RegionalCrossAttnProcessor, RegionalTexts, install_regional_processors, pack_texts
from .registry import DEFAULT_MODEL, ModelSpecError, build_tiny_flux, build_tiny_hunyuan_dit, build_tiny_pixart, build_tiny_sd3, load_backend
from .render import RenderOutput, render, result_metadata
from .result import pixel_sha256, read_image_metadata, save_image
from .routing import SLOTS, DepthRouting, background_text, region_text

__all__ = [
    "DEFAULT_MODEL",
    "SLOTS",
    "Backend",
    "DepthRouting",
    "ModelSpecError",
    "RegionalContext",
    "RegionalCrossAttnProcessor",
    "RegionalTexts",
    "RenderOutput",
    "TextEncodingCache",
    "background_text",
    "box_coverage",
    "build_tiny_flux",
    "build_tiny_hunyuan_dit",
    "build_tiny_pixart",
    "build_tiny_sd3",
    "install_regional_processors",
    "load_backend",
    "pack_texts",
    "pixel_sha256",
    "read_image_metadata",
    "region_text",
    "region_weights",
    "render",
    "result_metadata",
    "save_image",
]
