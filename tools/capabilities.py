"""The capabilities every face offers: one schema and one implementation each.

A :class:`Capability` is plain data in, plain data out: its input and output are
described by ``schemas/tools.schema.json`` (bundled with the schemas it refers to),
its ``run`` takes the validated input and returns the output document plus the images
it made. The faces (:mod:`.langchain_tools`, :mod:`.openai_tools`, :mod:`.mcp_server`)
are built from a list of capabilities, so they cannot drift apart.

``design_image`` runs the agent's loop; it is defined in ``agent/`` (which may import
this folder, not the other way round), and the one list every face offers,
``regiondit.agent.capabilities.ALL``, is made there. The faces take the list they serve
as an argument.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..schemas import DocumentError, Issue, Layout, LayoutError, bundled_schema, tool_issues
from .critics import check_critic, critique_image
from .refinement import apply_refinement, propose_refinement
from .rendering import DEFAULT_MODEL, render_layout, repaint_image, validate_layout

Progress = Callable[[float, float, str], None]


def _silent(done: float, total: float, message: str) -> None:
    pass


def always(arguments: dict[str, Any]) -> bool:
    """``Capability.uses_model`` of a capability that always needs the model."""
    return True


def _never(arguments: dict[str, Any]) -> bool:
    return False


def _names_a_model(arguments: dict[str, Any]) -> bool:
    return bool(arguments.get("model"))


#: One render at a time per process: a backend's regional state belongs to the generation in flight.
RENDER_LOCK = threading.RLock()


class ToolInputError(DocumentError):
    """A tool was called with input its schema rejects; the message lists every problem with its path."""


@dataclass(frozen=True)
class ToolOutput:
    data: dict[str, Any]
    images: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Capability:
    name: str
    description: str
    #: ``run(arguments, settings, progress)``: arguments already validated against the input schema;
    #: ``progress(done, total, message)`` reports long work (a no-op when nobody listens).
    run: Callable[[dict[str, Any], ToolSettings, Progress], ToolOutput]
    input_name: str
    output_name: str
    #: Whether a call with these arguments loads the model (a server runs those in its model process).
    uses_model: Callable[[dict[str, Any]], bool] = _never

    @property
    def input_schema(self) -> dict[str, Any]:
        return bundled_schema(self.input_name)

    @property
    def output_schema(self) -> dict[str, Any]:
        return bundled_schema(self.output_name)

    def check(self, arguments: Any) -> dict[str, Any]:
        """``arguments`` if they satisfy the input schema, else :class:`ToolInputError` naming every problem."""
        issues = tool_issues(self.input_name, arguments)
        if not issues and isinstance(arguments.get("critic"), str):  # a name the schema cannot list: checked before any work
            try:
                check_critic(arguments["critic"])
            except ValueError as error:
                issues = [Issue("$.critic", str(error))]
        if issues:
            raise ToolInputError(issues, kind=f"{self.name} input")
        return arguments

    def __call__(self, arguments: dict[str, Any], settings: ToolSettings | None = None, progress: Progress | None = None) -> ToolOutput:
        return self.run(self.check(arguments), settings or ToolSettings(), progress or _silent)


@dataclass(frozen=True)
class ToolSettings:
    """What the host decides, not the caller: where images go, the default model, the planner."""

    out_dir: Path = Path("outputs/tools")
    model: str = DEFAULT_MODEL
    llm: Any = "offline"
    #: Only read images under ``out_dir`` (a server reachable by others must not open arbitrary files).
    confine_reads: bool = False

    def image(self, path: str, tool: str) -> Path:
        """The image at ``path`` that ``tool`` may read; a missing, unreadable or non-image file is the caller's input problem."""
        p = Path(path)
        p = p if p.is_absolute() else self.out_dir / p
        if self.confine_reads and self.out_dir.resolve() not in p.resolve().parents:
            raise ToolInputError(
                [
                    Issue(
                        "$.image_path",
                        f"{path} is outside this server's image folder; pass an image_path returned by render_layout or design_image",
                    )
                ],
                kind=f"{tool} input",
            )
        if not p.is_file():
            raise ToolInputError(
                [Issue("$.image_path", f"no image at {path}; pass an image_path returned by render_layout or design_image")],
                kind=f"{tool} input",
            )
        from ..generator import read_image_metadata  # here, not at import: the generator brings torch, and a render follows anyway

        try:
            read_image_metadata(p)  # the generator's own reading of a picture: a file that is none says so as a ValueError
        except ValueError as error:
            raise ToolInputError([Issue("$.image_path", f"{error}, as render_layout or design_image return")], kind=f"{tool} input") from error
        return p


def _render(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    with RENDER_LOCK:
        result = render_layout(
            Layout.from_checked(args["layout"]),
            settings.out_dir,
            model=args.get("model", settings.model),
            seed=args.get("seed", 0),
            steps=args.get("steps"),
            guidance=args.get("guidance"),
            preview=True,
            on_step=lambda i, n: progress(i, n, f"denoising step {i}/{n}"),
        )
    return ToolOutput(result, (Path(result["image_path"]),))


def _repaint(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    layout = Layout.from_checked(args["layout"]) if "layout" in args else None
    with RENDER_LOCK:
        image = settings.image(args["image_path"], "repaint_region")
        result = repaint_image(image, args["region_ids"], settings.out_dir, layout=layout, seed=args.get("seed"),
                               preview=True, on_step=lambda i, n: progress(i, n, f"denoising step {i}/{n}"))
    return ToolOutput(result, (Path(result["image_path"]),))


def _critique(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    image = settings.image(args["image_path"], "critique_image")
    return ToolOutput(critique_image(args.get("critic", "vision"), Layout.from_checked(args["layout"]), image))


def _validate(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    report = validate_layout(args["layout"])
    model = args.get("model")
    if report["valid"] and model:  # also the rules of the model that will render it (canvas multiple, size)
        from ..generator.render import check_canvas
        from .rendering import get_backend

        try:
            check_canvas(Layout.from_checked(args["layout"]), get_backend(model))
        except LayoutError as exc:
            issues = [{"path": i.path, "message": i.message} for i in exc.issues]
            report = {"valid": False, "issues": issues, "summary": f"{len(issues)} problem(s) for {model}"}
    return ToolOutput(report)


def _refine(args: dict[str, Any], settings: ToolSettings, progress: Progress) -> ToolOutput:
    refinement = propose_refinement(args["layout"], args["critique"], args.get("round", 1), args.get("seed", 0), policy=args.get("policy", "depth"),
                                    isolated=args.get("isolated", True))
    return ToolOutput({"refinement": refinement, "layout": apply_refinement(args["layout"], refinement)})


RENDER_LAYOUT = Capability(
    "render_layout",
    "Render a region layout with the regional diffusion transformer. Returns the generation result: the PNG's path, "
    "its pixel hash, and everything that reproduces it (seed, steps, routing, timings).",
    _render, "render_layout_input", "generation_result", uses_model=always,
)
REPAINT_REGION = Capability(
    "repaint_region",
    "Redo some regions of an image made earlier and keep every other pixel: the regions get a new seed (and, if the layout "
    "given changes them, new texts or boxes) while the rest of the picture stays as it was. Returns the generation result.",
    _repaint, "repaint_region_input", "generation_result", uses_model=always,
)
CRITIQUE_IMAGE = Capability(
    "critique_image",
    "Compare a rendered image with its layout. Returns a critique: per region whether the object is present, placed "
    "inside its box and has the asked attributes, and which depth a fix should target (shallow/deep/layout).",
    _critique, "critique_image_input", "critique", uses_model=always,
)
VALIDATE_LAYOUT = Capability(
    "validate_layout",
    "Check a layout document before rendering. Returns whether it is valid and every problem with its JSONPath and "
    "what to change.",
    _validate, "validate_layout_input", "validate_layout_output", uses_model=_names_a_model,
)
REFINE_LAYOUT = Capability(
    "refine_layout",
    "Turn a critique into edits of the layout aimed at the depth that controls each fault (low-level text for colour "
    "or texture, high-level text for a missing object, the box for a misplaced one). Returns the refinement and the edited layout.",
    _refine, "refine_layout_input", "refine_layout_output",
)
