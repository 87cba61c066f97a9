"""Regional DiT generator: masks, depth routing, attention processors, backends, rendering.

Names load on first use (PEP 562), so reading a small part (the shapes world's vocabulary, the routing presets) does not
import diffusers and torch: ``regiondit plan`` and ``regiondit validate`` start in a second, not in several.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

#: Each public name and the submodule that defines it.
_WHERE = {
    "Backend": "backends",
    "TextEncodingCache": "encoding",
    "box_coverage": "masks", "region_weights": "masks",
    "RegionalContext": "processors", "RegionalCrossAttnProcessor": "processors", "RegionalTexts": "processors",
    "install_regional_processors": "processors", "pack_texts": "processors",
    "DEFAULT_MODEL": "registry", "ModelSpecError": "registry", "build_tiny_flux": "registry", "build_tiny_hunyuan_dit": "registry",
    "build_tiny_pixart": "registry", "build_tiny_sd3": "registry", "load_backend": "registry",
    "RenderOutput": "render", "render": "render", "result_metadata": "render",
    "pixel_sha256": "result", "read_image_metadata": "result", "save_image": "result",
    "SLOTS": "routing", "DepthRouting": "routing", "background_text": "routing", "region_text": "routing",
}

__all__ = [
    "DEFAULT_MODEL", "SLOTS", "Backend", "DepthRouting", "ModelSpecError", "RegionalContext", "RegionalCrossAttnProcessor", "RegionalTexts",
    "RenderOutput", "TextEncodingCache", "background_text", "box_coverage", "build_tiny_flux", "build_tiny_hunyuan_dit", "build_tiny_pixart",
    "build_tiny_sd3", "install_regional_processors", "load_backend", "pack_texts", "pixel_sha256", "read_image_metadata", "region_text",
    "region_weights", "render", "result_metadata", "save_image",
]


class _Package(types.ModuleType):
    """Keeps a public name for what it names: importing the submodule ``render`` would otherwise set the package's
    ``render`` to that module, hiding the function ``render`` from ``from regiondit.generator import render``."""

    def __setattr__(self, name: str, value: Any) -> None:
        if not (name in _WHERE and isinstance(value, types.ModuleType)):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


if TYPE_CHECKING:
    from .backends import Backend
    from .encoding import TextEncodingCache
    from .masks import box_coverage, region_weights
    from .processors import RegionalContext, RegionalCrossAttnProcessor, RegionalTexts, install_regional_processors, pack_texts
    from .registry import DEFAULT_MODEL, ModelSpecError, build_tiny_flux, build_tiny_hunyuan_dit, build_tiny_pixart, build_tiny_sd3, load_backend
    from .render import RenderOutput, render, result_metadata
    from .result import pixel_sha256, read_image_metadata, save_image
    from .routing import SLOTS, DepthRouting, background_text, region_text
