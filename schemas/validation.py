"""Validation of the project's JSON documents with readable, path-precise errors.

Every problem is reported as an :class:`Issue` whose ``path`` is a JSONPath
(``$.regions[2].bbox``) and whose ``message`` says what to change, in words a
person or an LLM can act on. Validators are built once per schema.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_NAMES = ("layout", "critique", "refinement", "generation_result", "tools")

#: Limits a layout must respect whatever the model (the schema states them too).
MAX_REGIONS = 16
MAX_TEXT_CHARS = 1000
MIN_CANVAS, MAX_CANVAS = 64, 4096
#: Deepest nesting a document may have (a layout needs 5 levels); deeper input is refused before it is walked.
MAX_DEPTH = 32
#: Largest ``metadata`` a layout may carry (serialised), since it is copied into every PNG and sidecar file.
MAX_METADATA_BYTES = 64 * 1024
REGION_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
#: Default pixel multiple when no model is named (latent factor 8 x patch 2).
DEFAULT_CANVAS_MULTIPLE = 16


@dataclass(frozen=True)
class Issue:
    """One problem in a document: where it is and what to change."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DocumentError(ValueError):
    """A document does not satisfy its schema; ``issues`` lists every problem."""

    kind = "document"

    def __init__(self, issues: list[Issue], kind: str | None = None):
        self.kind = kind or self.kind
        self.issues = list(issues)
        lines = "\n".join(f"  - {issue}" for issue in self.issues)
        n = len(self.issues)
        super().__init__(f"{self.kind} is invalid ({n} problem{'s' if n != 1 else ''}):\n{lines}")

    @property
    def paths(self) -> list[str]:
        return [issue.path for issue in self.issues]


class LayoutError(DocumentError):
    """A layout is invalid. The message lists each problem with its JSON path."""

    kind = "layout"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema named ``name`` (one of :data:`SCHEMA_NAMES`); a fresh copy the caller may change."""
    return json.loads(_schema_text(name))


@cache
def schema_bounds(name: str, *path: str) -> tuple[float, float]:
    """The ``minimum`` and ``maximum`` the schema ``name`` gives the number at ``path`` (e.g. ``"$defs", "seed"``): the
    bounds every face (tool input, command-line flag, batch line) holds a number to."""
    node = json.loads(_schema_text(name))
    for key in path:
        node = node[key]
    return node["minimum"], node["maximum"]


@cache
def _schema_text(name: str) -> str:
    if name not in SCHEMA_NAMES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    return resources.files(__package__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _issue_from(error: ValidationError) -> Issue:
    """Turn a jsonschema error into an actionable message at the most precise path."""
    path = error.json_path
    v, value, expected = error.validator, error.instance, error.validator_value
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(expected)
        return Issue(_join(path, missing), f"required field '{missing}' is missing; add it")
    if v == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extras = [k for k in value if k not in allowed] if isinstance(value, dict) else []
        extra = extras[0] if extras else "?"
        return Issue(_join(path, extra), f"unknown field '{extra}'; remove it (allowed here: {', '.join(allowed)})")
    if v == "type":
        got = type(value).__name__ if value is not None else "null"
        return Issue(path, f"must be of type {expected}, got {got} {_describe(value)}")
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[v]
        hint = " (boxes are normalised: 0 is the left/top edge, 1 the right/bottom edge)" if ".bbox[" in path else ""
        return Issue(path, f"must be {words} {expected}, got {_describe(value)}{hint}")
    if v == "enum":
        return Issue(path, f"must be one of {', '.join(map(str, expected))}; got {_describe(value)}")
    if v in ("minItems", "maxItems", "items") and path.endswith(".bbox"):
        return Issue(path, f"bbox must be exactly 4 numbers [x0, y0, x1, y1], got {len(value) if isinstance(value, list) else value}")
    if v == "maxItems" and path == "$.regions":
        return Issue(path, f"{len(value)} regions is too many; at most {expected}: merge or drop regions")
    if v == "maxLength":
        return Issue(path, f"text is {len(value)} characters; at most {expected}: shorten it")
    if v == "minLength":
        return Issue(path, "must not be empty; describe the content in a few words")
    if v == "pattern":
        return Issue(path, f"{_describe(value)} does not match {expected}: use 1-64 letters, digits, '_', '-' or '.'")
    return Issue(path, error.message)


def depth_issue(document: Any, limit: int = MAX_DEPTH) -> Issue | None:
    """An issue when ``document`` nests deeper than ``limit`` (walked without recursion), else None."""
    stack = [(document, 0, "$")]
    while stack:
        node, depth, path = stack.pop()
        if depth > limit:
            return Issue(path, f"nested more than {limit} levels deep; a layout needs 5: send the layout object itself")
        if isinstance(node, dict):
            stack.extend((v, depth + 1, _join(path, str(k))) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, depth + 1, _join(path, i)) for i, v in enumerate(node))
    return None


def _non_finite(document: Any, path: str = "$") -> list[Issue]:
    """NaN and infinities anywhere (Python's JSON reader accepts them; no comparison rejects NaN)."""
    if isinstance(document, float) and not math.isfinite(document):
        return [Issue(path, f"must be a finite number, got {document}")]
    if isinstance(document, dict):
        return [i for k, v in document.items() for i in _non_finite(v, _join(path, str(k)))]
    if isinstance(document, list):
        return [i for k, v in enumerate(document) for i in _non_finite(v, _join(path, k))]
    return []


def schema_issues(name: str, document: Any) -> list[Issue]:
    """Every JSON Schema violation of ``document`` against schema ``name``, sorted by path."""
    if name == "layout" and not isinstance(document, dict):
        return [Issue("$", f"a layout must be a JSON object, got {type(document).__name__}")]
    too_deep = depth_issue(document)
    if too_deep:
        return [too_deep]
    errors = _validator(name).iter_errors(document)
    issues = {(i.path, i.message): i for i in map(_issue_from, errors)}
    return sorted(issues.values(), key=lambda i: i.path)


def validate_document(name: str, document: Any) -> Any:
    """Return ``document`` unchanged if it satisfies schema ``name``, else raise :class:`DocumentError`."""
    issues = schema_issues(name, document)
    if issues:
        raise (LayoutError if name == "layout" else DocumentError)(issues, kind=name)
    return document


def layout_issues(document: Any, *, canvas_multiple: int = DEFAULT_CANVAS_MULTIPLE) -> list[Issue]:
    """Schema violations plus the rules JSON Schema cannot express.

    ``canvas_multiple`` is what the rendering model needs (VAE factor x patch size).
    """
    issues = schema_issues("layout", document)
    if not isinstance(document, dict) or any(i.message.startswith("nested more than") for i in issues):
        return issues
    known = {i.path for i in issues}
    issues += [i for i in _non_finite(document) if i.path not in known]
    metadata = document.get("metadata")
    if isinstance(metadata, dict):
        size = len(json.dumps(metadata, ensure_ascii=False, default=str).encode())
        if size > MAX_METADATA_BYTES:
            issues.append(Issue("$.metadata", f"{size} bytes of metadata; at most {MAX_METADATA_BYTES} (it is copied into every image): "
                                              "keep a reference here and the data elsewhere"))
    canvas = document.get("canvas")
    if isinstance(canvas, dict):
        issues += _canvas_issues(canvas, canvas_multiple)
    regions = document.get("regions")
    if isinstance(regions, list):
        issues += _region_issues(regions)
    return issues


def _canvas_issues(canvas: dict[str, Any], multiple: int) -> list[Issue]:
    issues = []
    for side in ("width", "height"):
        size = canvas.get(side)
        if isinstance(size, int) and not isinstance(size, bool) and MIN_CANVAS <= size <= MAX_CANVAS and size % multiple:
            lower = max(multiple, size - size % multiple)
            message = f"{size} is not a multiple of {multiple}, which this model needs; use {lower} or {lower + multiple}"
            issues.append(Issue(f"$.canvas.{side}", message))
    return issues


def _region_issues(regions: list[Any]) -> list[Issue]:
    """Unique ids without stray line breaks, boxes whose corners are in order."""
    issues = []
    seen: dict[str, int] = {}
    for i, region in enumerate(regions):
        if not isinstance(region, dict):
            continue
        rid = region.get("id")
        if isinstance(rid, str):
            if REGION_ID.fullmatch(rid) is None and REGION_ID.fullmatch(rid.rstrip("\n")) is not None:
                # JSON Schema's "$" also matches before a final newline in Python's regex dialect.
                issues.append(Issue(f"$.regions[{i}].id", f"{_describe(rid)} ends with a line break: use 1-64 letters, digits, '_', '-' or '.'"))
            if rid in seen:
                issues.append(Issue(f"$.regions[{i}].id", f"id '{rid}' is already used by $.regions[{seen[rid]}]; give each region a unique id"))
            else:
                seen[rid] = i
        bbox = region.get("bbox")
        if isinstance(bbox, list) and len(bbox) == 4 and all(isinstance(c, int | float) and not isinstance(c, bool) for c in bbox):
            x0, y0, x1, y1 = bbox
            path = f"$.regions[{i}].bbox"
            if not x0 < x1:
                issues.append(Issue(path, f"x0 ({x0}) must be smaller than x1 ({x1}); bbox is [x0, y0, x1, y1] with x growing to the right"))
            if not y0 < y1:
                issues.append(Issue(path, f"y0 ({y0}) must be smaller than y1 ({y1}); bbox is [x0, y0, x1, y1] with y growing downwards"))
    return issues


def validate_layout(document: Any, *, canvas_multiple: int = DEFAULT_CANVAS_MULTIPLE) -> dict[str, Any]:
    """Return the layout if valid, else raise :class:`LayoutError` listing every problem."""
    issues = layout_issues(document, canvas_multiple=canvas_multiple)
    if issues:
        raise LayoutError(issues)
    return document


def read_json_file(path: str | Path, kind: str = "layout") -> Any:
    """Read a JSON file; a missing file or broken JSON raises an error that says which and where."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{kind} file not found: {path}" + (" (it is a folder)" if path.is_dir() else ""))
    error_cls = LayoutError if kind == "layout" else DocumentError
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a byte-order mark, as some editors write, is fine
    except UnicodeDecodeError as exc:
        raise error_cls([Issue("$", f"{path} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
                                    "save it as UTF-8")], kind=kind) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error_cls([Issue("$", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the syntax")], kind=kind) from exc
    except RecursionError:
        raise error_cls([Issue("$", f"nested too deeply to read; a layout needs 5 levels (at most {MAX_DEPTH})")], kind=kind) from None


def bundled_schema(name: str) -> dict[str, Any]:
    """A self-contained copy of a schema: ``layout`` (a file) or ``render_layout_input`` (a definition of ``tools``).

    Every ``$ref`` is replaced by what it points at (none of the schemas is recursive), and the
    keywords ``$schema``, ``$id``, ``$defs`` and ``title`` are dropped: the result is what tool
    clients expect (OpenAI functions, MCP, LangChain), and all of them show it unchanged.
    """
    return json.loads(_bundled(name))


@cache
def _bundled(name: str) -> str:
    """JSON text of the bundled schema (built once per process)."""
    tools = load_schema("tools")
    if name in SCHEMA_NAMES:
        root, file = load_schema(name), name
    elif name in tools["$defs"]:
        root, file = tools["$defs"][name], "tools"
    else:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_NAMES)} and the definitions of tools")

    def resolve(ref: str, file: str) -> tuple[Any, str]:
        where, _, pointer = ref.partition("#")
        source = where.removesuffix(".schema.json") if where else file
        node = load_schema(source)
        for part in [p for p in pointer.split("/") if p]:
            node = node[part]
        return node, source

    def inline(node: Any, file: str, seen: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [inline(v, file, seen) for v in node]
        if not isinstance(node, dict):
            return node
        out = {k: ({p: inline(v2, file, seen) for p, v2 in v.items()} if k in ("properties", "$defs") else inline(v, file, seen))
               for k, v in node.items() if k not in ("$schema", "$id", "$defs", "$ref", "title")}
        if "$ref" in node:
            if node["$ref"] in seen:
                raise ValueError(f"schema {name} refers to itself through {node['$ref']}; it cannot be inlined")
            target, source = resolve(node["$ref"], file)
            out = {**inline(target, source, (*seen, node["$ref"])), **out}  # the referring node's own keywords win
        return out

    return json.dumps(inline(root, file))


@cache
def _bundled_validator(name: str) -> Draft202012Validator:
    schema = bundled_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def _layout_fields(name: str) -> tuple[str, ...]:
    """The input fields of tool schema ``name`` that hold a layout."""
    props = load_schema("tools")["$defs"].get(name, {}).get("properties", {})
    return tuple(k for k, v in props.items() if v.get("$ref") == "layout.schema.json")


def tool_issues(name: str, document: Any) -> list[Issue]:
    """Every problem of a tool's input or output ``document`` (``name`` as in :func:`bundled_schema`).

    Fields that hold a layout are checked by :func:`layout_issues`, so they get its messages and rules.
    """
    if not isinstance(document, dict):
        return [Issue("$", f"must be a JSON object, got {type(document).__name__}")]
    too_deep = depth_issue(document)
    if too_deep:
        return [too_deep]
    layout_fields = _layout_fields(name)
    issues = [i for i in map(_issue_from, _bundled_validator(name).iter_errors(document))
              if not any(i.path == f"$.{k}" or i.path.startswith((f"$.{k}.", f"$.{k}[")) for k in layout_fields if k in document)]
    for key in layout_fields:
        if key in document:
            issues += [Issue(f"$.{key}{i.path[1:]}", i.message) for i in layout_issues(document[key])]
    return sorted({(i.path, i.message): i for i in issues}.values(), key=lambda i: i.path)
