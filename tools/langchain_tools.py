"""LangChain faces of the tools: typed ``StructuredTool``s usable with any tool-calling model or a ``ToolNode``."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field

from .rendering import render_layout, validate_layout


class RenderLayoutInput(BaseModel):
    layout: dict[str, Any] = Field(description="A layout document (see schemas/layout.schema.json).")
    out_dir: str = Field(default="outputs", description="Folder for the PNG and its result JSON.")
    model: str = Field(default="shapes", description="Rendering model, e.g. shapes, tiny-pixart, pixart:PATH.")
    seed: int = Field(default=0, ge=0)
    steps: int | None = Field(default=None, ge=1, le=200, description="Denoising steps (default: the model's).")


class ValidateLayoutInput(BaseModel):
    layout: dict[str, Any] = Field(description="A layout document to check.")


def _render(layout: dict[str, Any], out_dir: str = "outputs", model: str = "shapes", seed: int = 0, steps: int | None = None) -> tuple[str, dict[str, Any]]:
    result = render_layout(layout, out_dir, model=model, seed=seed, steps=steps, preview=True)
    return json.dumps(result), result


render_layout_tool = StructuredTool.from_function(
    func=_render, name="render_layout", args_schema=RenderLayoutInput, response_format="content_and_artifact",
    description="Render a region layout with the regional DiT; returns the generation result (image path, metadata).",
)
validate_layout_tool = StructuredTool.from_function(
    func=validate_layout, name="validate_layout", args_schema=ValidateLayoutInput,
    description="Check a layout document; returns whether it is valid and every problem with its JSON path.",
)
