"""Backends: stock diffusers pipelines with regional cross-attention (``generator/registry.py`` builds them by name)."""

from .base import Backend, EncodedText
from .hunyuan import HunyuanDiTBackend
from .joint import FluxBackend, JointBackend, SD3Backend
from .pixart import PixArtBackend

__all__ = ["Backend", "EncodedText", "FluxBackend", "HunyuanDiTBackend", "JointBackend", "PixArtBackend", "SD3Backend"]
