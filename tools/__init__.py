"""The project's capabilities as plain callable tools (JSON in, JSON out)."""

from .rendering import OutputFolderError, ensure_out_dir, get_backend, render_layout, validate_layout

__all__ = ["OutputFolderError", "ensure_out_dir", "get_backend", "render_layout", "validate_layout"]
