"""Schemas: the JSON documents that cross component boundaries, and their validation."""

from .layout import DEFAULT_SPLIT, ROUTING_PRESETS, Layout, Region, RoutingSpec, join_texts
from .validation import (
    DEFAULT_CANVAS_MULTIPLE,
    MAX_REGIONS,
    MAX_TEXT_CHARS,
    SCHEMA_NAMES,
    DocumentError,
    Issue,
    LayoutError,
    bundled_schema,
    layout_issues,
    load_schema,
    read_json_file,
    schema_bounds,
    schema_issues,
    tool_issues,
    validate_document,
    validate_layout,
)

__all__ = [
    "DEFAULT_CANVAS_MULTIPLE", "DEFAULT_SPLIT", "MAX_REGIONS", "MAX_TEXT_CHARS", "ROUTING_PRESETS", "SCHEMA_NAMES",
    "DocumentError", "Issue", "Layout", "LayoutError", "Region", "RoutingSpec",
    "bundled_schema", "join_texts", "layout_issues", "load_schema", "read_json_file", "schema_bounds", "schema_issues", "tool_issues",
    "validate_document", "validate_layout",
]
