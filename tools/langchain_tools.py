"""LangChain face: each capability as a ``StructuredTool`` (any tool-calling chat model, ``create_agent``, ``ToolNode``).

The tool's ``args_schema`` is the capability's bundled JSON Schema, so a model sees exactly
what the MCP and OpenAI faces show. The tool answers with ``content_and_artifact``: the
content is the output document as JSON text (what the model reads), the artifact is the
same document as a dict (what code reads). Bad input raises ``ToolException`` with every
problem and its path; a ``ToolNode`` hands that message back to the model.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool, ToolException

from ..schemas import DocumentError
from .capabilities import Capability, ToolSettings


def langchain_tool(capability: Capability, settings: ToolSettings | None = None) -> BaseTool:
    """``capability`` as a LangChain tool; ``settings`` fix where images go and the default model."""
    settings = settings or ToolSettings()

    def run(**arguments: Any) -> tuple[str, dict[str, Any]]:
        arguments = {k: v for k, v in arguments.items() if v is not None}
        try:
            out = capability(arguments, settings)
        except (DocumentError, FileNotFoundError, ValueError) as exc:
            raise ToolException(str(exc)) from exc
        return json.dumps(out.data, ensure_ascii=False), out.data

    return StructuredTool.from_function(
        func=run, name=capability.name, description=capability.description, args_schema=capability.input_schema,
        response_format="content_and_artifact", handle_tool_error=True,
    )


def langchain_tools(capabilities: Iterable[Capability], settings: ToolSettings | None = None) -> list[BaseTool]:
    """All ``capabilities`` as LangChain tools sharing ``settings``."""
    return [langchain_tool(c, settings) for c in capabilities]
