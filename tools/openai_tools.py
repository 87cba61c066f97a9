"""OpenAI function-calling face: the capabilities as Chat Completions ``tools`` entries.

``strict`` is set where OpenAI's strict mode can hold the schema (every object closed
with ``additionalProperties: false`` and every property required, no keyword strict
mode rejects); elsewhere the same schema goes without ``strict``, unchanged, so all
faces keep one schema per tool. :func:`call_tool` runs a tool call from a
Chat Completions answer and gives the ``tool`` message to send back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..schemas import DocumentError
from .capabilities import Capability, ToolSettings

#: Keywords OpenAI's strict mode does not accept in a schema.
STRICT_UNSUPPORTED = frozenset({"patternProperties", "unevaluatedProperties", "propertyNames", "minProperties", "maxProperties",
                                "if", "then", "else", "not", "dependentRequired", "dependentSchemas", "contains", "allOf", "oneOf"})


def strict_compatible(schema: Any) -> bool:
    """Whether OpenAI's strict mode accepts ``schema`` as it is."""
    if isinstance(schema, list):
        return all(strict_compatible(s) for s in schema)
    if not isinstance(schema, dict):
        return True
    if STRICT_UNSUPPORTED & schema.keys():
        return False
    if schema.get("type") == "object" or "properties" in schema:
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is not False or set(schema.get("required", [])) != set(props):
            return False
    return all(strict_compatible(v) for k, v in schema.items() if k not in ("enum", "const", "default", "description", "title"))


def openai_tool(capability: Capability) -> dict[str, Any]:
    """One Chat Completions tool definition: ``{"type": "function", "function": {...}}``."""
    parameters = capability.input_schema
    function = {"name": capability.name, "description": capability.description, "parameters": parameters}
    if strict_compatible(parameters):
        function["strict"] = True
    return {"type": "function", "function": function}


def openai_tools(capabilities: Iterable[Capability]) -> list[dict[str, Any]]:
    return [openai_tool(c) for c in capabilities]


def call_tool(capabilities: Iterable[Capability], tool_call: Any, settings: ToolSettings | None = None) -> dict[str, Any]:
    """Run one tool call of a Chat Completions answer; returns the ``{"role": "tool", ...}`` message.

    ``tool_call`` is the SDK object or its dict form. Bad arguments come back as the message
    content (every problem with its path), so the model can correct itself.
    """
    call = tool_call if isinstance(tool_call, dict) else tool_call.model_dump()
    name, raw = call["function"]["name"], call["function"].get("arguments") or "{}"
    by_name = {c.name: c for c in capabilities}
    try:
        if name not in by_name:
            raise ValueError(f"unknown tool {name!r}; available: {', '.join(by_name)}")
        arguments = json.loads(raw)
        content = json.dumps(by_name[name](arguments, settings).data, ensure_ascii=False)
    except json.JSONDecodeError as exc:
        content = f"error: the arguments are not JSON ({exc}); send a JSON object matching the tool's parameters"
    except (DocumentError, ValueError, FileNotFoundError) as exc:
        content = f"error: {exc}"
    return {"role": "tool", "tool_call_id": call["id"], "content": content}
