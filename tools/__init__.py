"""The project's capabilities as plain callable tools (JSON in, JSON out)."""

from .rendering import get_backend, render_layout, validate_layout

__all__ = ["get_backend", "render_layout", "validate_layout"]
