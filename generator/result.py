"""Content-addressed PNG files that carry their own generation metadata in text chunks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PIL import Image, PngImagePlugin

from ..schemas import validate_document

#: PNG text chunks written, each a JSON value (strings for text, numbers for numbers).
CHUNKS = ("layout", "routing", "seed", "steps", "guidance", "model", "model_note", "timings", "text_cache", "repaint")


def pixel_sha256(image: Image.Image) -> str:
    """SHA-256 of the RGB pixels and size: the identity of an image, independent of its metadata."""
    rgb = image.convert("RGB")
    h = hashlib.sha256(f"{rgb.width}x{rgb.height}:".encode())
    h.update(rgb.tobytes())
    return h.hexdigest()


def save_image(image: Image.Image, out_dir: str | Path, metadata: dict[str, Any]) -> dict[str, Any]:
    """Write ``image`` as ``OUT_DIR/<sha[:16]>.png`` with ``metadata`` in text chunks.

    Returns the generation result (``generation_result.schema.json``). The same
    pixels always land at the same path.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sha = pixel_sha256(image)
    path = out_dir / f"{sha[:16]}.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "regiondit")
    for key in CHUNKS:
        if key in metadata:
            info.add_text(f"regiondit:{key}", json.dumps(metadata[key], sort_keys=True, ensure_ascii=False))
    image.convert("RGB").save(path, pnginfo=info)
    result = {"image_path": str(path), "image_sha256": sha, **{k: v for k, v in metadata.items() if k in (*CHUNKS, "width", "height")}}
    return validate_document("generation_result", result)


def read_image_metadata(path: str | Path) -> dict[str, Any]:
    """The metadata :func:`save_image` wrote into a PNG (decoded from JSON)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"image not found: {path}")
    try:
        with Image.open(path) as im:
            chunks = dict(getattr(im, "text", {}) or {})
    except (OSError, SyntaxError) as error:  # not an image at all (UnidentifiedImageError is an OSError), or a damaged one
        raise ValueError(f"{path} is not an image that can be read ({type(error).__name__}); pass a PNG that regiondit wrote") from error
    return {k.split(":", 1)[1]: json.loads(v) for k, v in chunks.items() if k.startswith("regiondit:")}
