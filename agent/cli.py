"""The ``regiondit`` command line: validate, render and design."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from ..schemas import DEFAULT_CANVAS_MULTIPLE, ROUTING_PRESETS, DocumentError, layout_issues, read_json_file
from ..schemas.validation import MAX_CANVAS, MIN_CANVAS
from .context import DEFAULTS

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
LLM_HELP = "offline (default), openai:MODEL, openai-compatible:BASE_URL:MODEL"
MODEL_HELP = ("shapes (default), shapes:DIR, tiny-pixart, tiny-hunyuan-dit, tiny-sd3, tiny-sd3.5, tiny-flux, "
              "or ARCH:PATH_OR_HUB_ID with ARCH in pixart, hunyuan-dit, sd3, flux")


def _quiet_libraries() -> None:
    """Keep library chatter (progress bars, optional-dependency notices) off the user's terminal."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("DIFFUSERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def _progress(prefix: str, unit: str = "step"):
    """A progress callback ``(i, total)``: a live line on a terminal, one line at the end otherwise."""
    interactive = sys.stderr.isatty()

    def on_step(i: int, total: int) -> None:
        if interactive:
            print(f"\r{prefix} {unit} {i}/{total}", end="" if i < total else "\n", file=sys.stderr, flush=True)
        elif i == total:
            print(f"{prefix} {total} {unit}s done", file=sys.stderr)

    return on_step


def cmd_validate(args: argparse.Namespace) -> int:
    document = read_json_file(args.layout)
    issues = layout_issues(document, canvas_multiple=args.multiple)
    if issues:
        print(f"{args.layout}: layout is invalid ({len(issues)} problem{'s' if len(issues) != 1 else ''}):", file=sys.stderr)
        for issue in issues:
            print(f"  - {issue}", file=sys.stderr)
        return EXIT_INVALID
    from ..tools import validate_layout

    print(f"{args.layout}: {validate_layout(document)['summary']}")
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from ..schemas import Layout
    from ..tools import get_backend, render_layout
    from ..tools.rendering import describe_routing, repaint_image

    layout = Layout.from_dict(read_json_file(args.layout))
    if bool(args.repaint) != bool(args.from_image):
        print("error: --repaint IDS and --from PNG go together: the regions to redo, and the earlier image to keep the rest of", file=sys.stderr)
        return EXIT_USAGE
    if args.repaint and (args.routing or args.self_attention):
        print("error: a repaint keeps the earlier image's routing (read from the PNG); leave out --routing and --self-attention", file=sys.stderr)
        return EXIT_USAGE
    t0 = time.perf_counter()
    backend = get_backend(args.model) if not args.repaint else None
    load_s = time.perf_counter() - t0
    if backend is not None and backend.note:
        print(f"model: {backend.model_id} ({backend.note})", file=sys.stderr)
    if args.repaint:  # the model, steps, routing and earlier seed come from the PNG
        seed = args.seed if getattr(args, "seed_given", False) else None
        result = repaint_image(args.from_image, [r for r in args.repaint.split(",") if r], args.out, layout=layout, seed=seed, preview=True,
                               on_step=_progress("repainting"))
        print(f"repainted {', '.join(result['repaint']['regions'])} with seed {result['seed']}; every other pixel kept", file=sys.stderr)
    else:
        options = {k: getattr(args, k) for k in ("steps", "guidance") if getattr(args, k) is not None}
        result = render_layout(
            layout, args.out, model=args.model, seed=args.seed, routing=args.routing, self_attention=args.self_attention, preview=True,
            on_step=_progress("rendering"), **options
        )
    t = result["timings"]
    print(f"routing: {result['routing']['name']} ({describe_routing(result['routing']['slots'])})", file=sys.stderr)
    print(f"time: load {load_s:.2f}s, encode {t['encode_s']:.2f}s, sample {t['sample_s']:.2f}s", file=sys.stderr)
    print(f"image: {result['image_path']}")
    print(f"boxes: {result['preview_path']}")
    return EXIT_OK


def _stream_run(graph, payload, context, config) -> dict:
    """Run the graph, printing one progress line per event; returns the final state values."""
    from .graph import run_turn

    values: dict = {}
    for kind, item in run_turn(graph, payload, context, config):
        if kind == "state":
            values = item
            continue
        event = item["event"]
        if event == "invalid_layout":
            print(f"  layout invalid, asking the planner again:\n{item['problems']}", file=sys.stderr)
        elif event == "render":
            print(f"round {item['round']}: rendering", file=sys.stderr)
        elif event == "critique":
            print(f"round {item['round']}: score {item['score']:.2f}  {item['summary']}", file=sys.stderr)
        elif event == "refine":
            print(f"round {item['round']}: refine {item['target']} ({item['edits']} edit(s))", file=sys.stderr)
    return graph.get_state(config).values if config and graph.checkpointer else values


def _context(args: argparse.Namespace, rounds: int):
    from .context import DesignContext

    return DesignContext(llm=args.llm, critic=args.critic or "auto", model=args.model, rounds=rounds, out_dir=args.out, steps=args.steps,
                         seconds=args.seconds, target_score=args.target_score)


def _report(state: dict) -> int:
    """Print the turn's answer, then where the current image, its boxes and its layout are (and the turn's contact sheet)."""
    from .rounds import best_round, round_records

    print(state["messages"][-1].content if state.get("messages") else "no answer", file=sys.stderr)
    records = {r["round"]: r for r in round_records(state)}
    current = records.get(state.get("current_round")) or best_round([r for r in records.values() if r["round"] >= state.get("turn_first_round", 1)])
    if current is None:
        return EXIT_INVALID
    image = Path(current["result"]["image_path"])
    layout_path = image.with_suffix(".layout.json")
    layout_path.write_text(json.dumps(current["layout"], indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"image: {image}")
    print(f"boxes: {current['result'].get('preview_path')}")
    print(f"layout: {layout_path}")
    if state.get("sheet"):
        print(f"sheet: {state['sheet']}")
    return EXIT_OK


def _unreadable_prompt(prompt: str, llm: str) -> str | None:
    from .context import unreadable_prompt

    return unreadable_prompt(prompt, llm, how="plan with an LLM (--llm)", example="regiondit design 'a red circle on the left'")


def _answer_without_picture(args: argparse.Namespace) -> str | None:
    """The offline planner's words when a new design's prompt asks for no picture ("hello", "what can you do?"), else None."""
    from .graph import PlannerAnswered, plan_layout

    if args.llm != "offline" or getattr(args, "session", None):
        return None
    try:
        plan_layout(args.prompt, attempts=1, model=args.model)
    except PlannerAnswered as answered:
        return answered.answer
    except ValueError:  # no layout yet: the design's own attempts say why
        return None
    return None


def cmd_design(args: argparse.Namespace) -> int:
    import uuid

    if why := _unreadable_prompt(args.prompt, args.llm):
        print(f"error: {why}", file=sys.stderr)
        return EXIT_USAGE
    if (answer := _answer_without_picture(args)) is not None:  # "hello": answered before the model loads
        print(answer, file=sys.stderr)
        return EXIT_INVALID

    from ..tools import get_backend
    from .graph import build_graph, start_state
    from .models import OfflinePlanner

    with _session(args) as checkpointer:
        backend = get_backend(args.model)
        print(f"model: {backend.model_id} ({backend.note})", file=sys.stderr)
        llm = OfflinePlanner(width=args.size[0], height=args.size[1]) if args.llm == "offline" else args.llm
        args.llm = llm
        graph = build_graph(checkpointer=checkpointer)
        config = {"configurable": {"thread_id": args.session or f"design-{uuid.uuid4().hex[:8]}"}}
        state = _stream_run(graph, start_state(args.prompt, seed=args.seed), _context(args, args.rounds), config)
        return _report(state)


def cmd_plan(args: argparse.Namespace) -> int:
    from .graph import plan_layout

    if why := _unreadable_prompt(args.prompt, args.llm):
        print(f"error: {why}", file=sys.stderr)
        return EXIT_USAGE
    layout = plan_layout(args.prompt, llm=args.llm)
    print(json.dumps(layout, indent=2, ensure_ascii=False))
    return EXIT_OK


@contextlib.contextmanager
def _session(args: argparse.Namespace):
    """The checkpointer of a named session, held by this process for the command's life (else one in memory).

    The database and the session's lock are checked before the model loads, so a damaged file or a busy
    session is reported at once.
    """
    from langgraph.checkpoint.memory import InMemorySaver

    from .sessions import open_checkpointer, session_lock

    if not getattr(args, "session", None):
        yield InMemorySaver()
        return
    checkpointer = open_checkpointer(args.db)
    with session_lock(args.db, args.session):
        yield checkpointer


def cmd_chat(args: argparse.Namespace) -> int:
    from ..tools import get_backend
    from .graph import build_graph, start_state, turn_input, turn_unfinished

    with _session(args) as checkpointer:
        backend = get_backend(args.model)
        graph = build_graph(checkpointer=checkpointer)
        config = {"configurable": {"thread_id": args.session}}
        context = _context(args, args.rounds)
        snapshot = graph.get_state(config)
        if turn_unfinished(snapshot):
            print(f"session {args.session}: finishing the turn that was interrupted", file=sys.stderr)
            _report(_stream_run(graph, None, context, config))
        elif snapshot.values.get("rounds"):
            print(f"session {args.session}: {len(snapshot.values['rounds'])} image(s) so far; the current layout is kept", file=sys.stderr)
        print(f"chat with {backend.model_id}; describe a picture, then ask for changes ('make the square green'). Empty line or Ctrl-D quits.",
              file=sys.stderr)
        while True:
            try:
                print("you> ", end="", file=sys.stderr, flush=True)  # the prompt on stderr: stdout carries only the result lines
                line = input().strip()
            except EOFError:
                break
            if not line:
                break
            payload = turn_input(line) if graph.get_state(config).values.get("messages") else start_state(line, seed=args.seed)
            _report(_stream_run(graph, payload, context, config))
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from ..tools.rendering import ensure_out_dir
    from .batch import Settings, run_batch

    path = Path(args.input)
    if not path.is_file():
        print(f"input file not found: {path} (one JSON object per line: {{\"prompt\": ...}} or {{\"layout\": {{...}}}})", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    out = ensure_out_dir(args.out)
    try:
        import ray  # noqa: F401
    except ImportError:
        print("regiondit batch runs on Ray: pip install 'regiondit[batch]'", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(model=args.model, critic=args.critic or "auto", llm=args.llm, rounds=args.rounds, steps=args.steps,
                        target_score=args.target_score)
    summary = run_batch(path, out, settings, workers=args.workers, address=args.address)
    print(json.dumps(summary, indent=1))
    print(f"manifest: {out / 'manifest.jsonl'}")
    return EXIT_OK if summary["errors"] == 0 else EXIT_INVALID


def cmd_eval(args: argparse.Namespace) -> int:
    from ..evals.cli import main as eval_main  # the one door into evals/

    return eval_main(args.rest)


def cmd_tools(args: argparse.Namespace) -> int:
    from .capabilities import ALL

    if args.format == "openai":
        from ..tools.openai_tools import openai_tools

        doc: Any = openai_tools(ALL)
    elif args.format == "mcp":
        doc = [{"name": c.name, "description": c.description, "inputSchema": c.input_schema, "outputSchema": c.output_schema} for c in ALL]
    else:
        doc = [{"name": c.name, "description": c.description, "input_schema": c.input_schema, "output_schema": c.output_schema} for c in ALL]
    print(json.dumps(doc, indent=2, ensure_ascii=False))
    return EXIT_OK


def _host_port(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) < 65536:
        raise argparse.ArgumentTypeError(f"--http takes HOST:PORT, e.g. 127.0.0.1:8765; got {text!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def cmd_serve(args: argparse.Namespace) -> int:
    from ..tools.mcp_server import ServeError, check_bind
    from ..tools.worker import ModelCalls, ModelProcess

    token = args.token or os.environ.get("REGIONDIT_MCP_TOKEN")
    if args.http:
        try:
            check_bind(args.http[0], token)
        except ServeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.workers is not None and args.workers < 1 or args.address and not args.workers:
        print("error: --workers must be at least 1" if args.workers is not None else "error: --address needs --workers N", file=sys.stderr)
        return EXIT_USAGE
    if args.workers:
        # A Ray actor pool: concurrent calls run in parallel, one per worker (see tools/ray_pool.py).
        from ..tools.ray_pool import RayModelPool

        worker: ModelCalls = RayModelPool(args.model, args.workers, args.address)
    else:
        # The model loads in its own process from this moment, while this one imports the protocol stack,
        # connects and lists tools; calls that need the model run there (see tools/worker.py).
        worker = ModelProcess(args.model)
    from ..tools.capabilities import ToolSettings
    from ..tools.mcp_server import mcp_server, serve_http, serve_stdio_until_stopped
    from .capabilities import ALL

    settings = ToolSettings(out_dir=Path(args.out).resolve(), model=args.model, llm=args.llm, confine_reads=bool(args.http))
    server = mcp_server([worker.remote(c) for c in ALL], settings)
    try:
        if args.http:
            host, port = args.http
            print(f"regiondit MCP server on http://{host}:{port}/mcp" + (" (bearer token required)" if token else ""), file=sys.stderr, flush=True)
            serve_http(server, host, port, token)
        else:
            serve_stdio_until_stopped(server)
    finally:
        worker.close()
    # Threads still blocked on a client (stdin, a socket) must not keep a stopped server alive.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_OK)


def cmd_ui(args: argparse.Namespace) -> int:
    try:
        import gradio  # noqa: F401
    except ImportError:
        print("error: the web UI needs Gradio: pip install 'regiondit[ui]'", file=sys.stderr)
        return EXIT_USAGE
    from .ui import launch

    print(f"regiondit UI on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    launch(args.host, args.port, share=False, db=args.db, out_dir=args.out, model=args.model, llm=args.llm, rounds=args.rounds,
           steps=args.steps, target_score=args.target_score)
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT, checked now (the user's own flag, not the planner's doing): in range and a multiple every model takes."""
    try:
        w, _, h = text.lower().partition("x")
        size = int(w), int(h or w)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 512x512, got {text!r}") from None
    for side in size:
        if not MIN_CANVAS <= side <= MAX_CANVAS:
            raise argparse.ArgumentTypeError(f"{side} px is outside {MIN_CANVAS}-{MAX_CANVAS}; try 512x512")
        if side % DEFAULT_CANVAS_MULTIPLE:
            step = DEFAULT_CANVAS_MULTIPLE
            lower = max(step, side - side % step)
            raise argparse.ArgumentTypeError(f"{side} is not a multiple of {step}; use {lower} or {lower + step}")
    return size


def _number(number: type, *where: str, above: float | None = None):
    """An option parser for a number: within the bounds ``tools.schema.json`` gives at the path ``where`` (so the command
    line refuses what every other face refuses), or more than ``above``; checked before any model loads."""

    def parse(text: str):
        try:
            value = number(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {'a whole number' if number is int else 'a number'}, got {text!r}") from None
        if above is not None and not value > above:
            raise argparse.ArgumentTypeError(f"must be more than {above:g}, got {text}")
        if where:
            from ..schemas import schema_bounds

            low, high = schema_bounds("tools", *where)
            if not low <= value <= high:
                raise argparse.ArgumentTypeError(f"{value} is outside {low}-{high}")
        return value

    return parse


def _critic(text: str) -> str:
    from ..tools.critics import check_critic

    try:
        return check_critic(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


STEPS = _number(int, "$defs", "steps")
SEED = _number(int, "$defs", "seed")
ROUNDS = _number(int, "$defs", "design_image_input", "properties", "rounds")
GUIDANCE = _number(float, "$defs", "render_layout_input", "properties", "guidance")
POSITIVE, SECONDS = _number(int, above=0), _number(float, above=0)


class _Given(argparse.Action):
    """Store the value and note that it was given (a default seed means something else when repainting)."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        setattr(namespace, f"{self.dest}_given", True)


def _add_agent_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    p.add_argument("--model", default=DEFAULTS.model, help=MODEL_HELP)
    p.add_argument("--llm", default=DEFAULTS.llm, help=f"planner: {LLM_HELP}")
    p.add_argument("--critic", type=_critic,
                   help="vision (default with the shapes model: its trained critic), shapes (the analyzer), vlm:BASE_URL:MODEL, or none")
    p.add_argument("--rounds", type=ROUNDS, default=DEFAULTS.rounds, help=f"most renders per request (default {DEFAULTS.rounds})")
    p.add_argument("--seconds", type=SECONDS, default=DEFAULTS.seconds, help=f"time budget per request (default {DEFAULTS.seconds:g})")
    p.add_argument("--target-score", type=float, default=DEFAULTS.target_score,
                   help=f"stop refining once the critic scores this (default {DEFAULTS.target_score:g})")
    p.add_argument("--seed", type=SEED, default=0)
    p.add_argument("--steps", type=STEPS, help="denoising steps (default: the model's)")
    p.add_argument("--db", default=None, help="session database (default: ~/.regiondit/sessions.sqlite)")


def _add_render_options(p: argparse.ArgumentParser, out_default: str) -> None:
    p.add_argument("--out", default=out_default, help=f"output folder (default: {out_default})")
    p.add_argument("--model", default=DEFAULTS.model, help=MODEL_HELP)
    p.add_argument("--seed", type=SEED, default=0, action=_Given)
    p.add_argument("--steps", type=STEPS, help="denoising steps (default: the model's)")
    p.add_argument("--guidance", type=GUIDANCE, help="classifier-free guidance scale (default 4.5)")
    p.add_argument("--routing", choices=["auto", *ROUTING_PRESETS],
                   help="override the layout's routing preset (auto: the model's measured best; the README's method section says what each routes)")
    p.add_argument("--self-attention", choices=["full", "regional"],
                   help="override the layout's self-attention: full (as real backbones render) or regional (each region isolated)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regiondit", description="Regional image design with depth-routed DiT attention.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check a layout JSON file; exit 0 when valid, 1 with path-precise messages when not")
    p.add_argument("layout")
    p.add_argument("--multiple", type=int, default=DEFAULT_CANVAS_MULTIPLE, help="canvas sides must be a multiple of this (default 16)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("render", help="render a layout JSON file to a PNG with its metadata")
    p.add_argument("layout")
    _add_render_options(p, "outputs")
    p.add_argument("--repaint", metavar="ID[,ID]", help="redo these regions of the --from image and keep every other pixel")
    p.add_argument("--from", dest="from_image", metavar="PNG", help="the earlier image (its model, seed and routing are read from it)")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("design", help="plan, render, critique and refine a picture from a prompt (the main job)")
    p.add_argument("prompt")
    p.add_argument("--size", type=_size, default=(512, 512), help="canvas WIDTHxHEIGHT (default 512x512)")
    _add_agent_options(p)
    p.add_argument("--session", help="keep this run in a named session (see chat)")
    p.set_defaults(func=cmd_design)

    _add_batch_parser(sub)

    p = sub.add_parser("plan", help="print the layout a planner makes for a prompt, without rendering")
    p.add_argument("prompt")
    p.add_argument("--llm", default=DEFAULTS.llm, help=LLM_HELP)
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("chat", help="multi-turn design chat; edits apply to the current layout; sessions persist")
    p.add_argument("--session", default="default", help="session name (resumes where it stopped, even after a crash)")
    _add_agent_options(p)
    p.set_defaults(func=cmd_chat, size=(512, 512))
    # Listed for the help; main() hands everything after `eval` to evals/cli.py.
    sub.add_parser("eval", add_help=False, help="GenEval-style scores on the shapes-world eval set (routing variants, layer probe); "
                   "regiondit eval --help for its options")

    p = sub.add_parser("tools", help="print the tools' definitions (every face lists these same schemas)")
    p.add_argument("--format", choices=["openai", "mcp", "json"], default="json",
                   help="openai: Chat Completions tools entries; mcp: MCP tool listings; json: name, description, input and output schema")
    p.set_defaults(func=cmd_tools)

    p = sub.add_parser("serve", help="serve the tools to other assistants: 'serve mcp' (stdio, or --http HOST:PORT)")
    p.add_argument("protocol", choices=["mcp"])
    p.add_argument("--http", type=_host_port, metavar="HOST:PORT", help="streamable HTTP at http://HOST:PORT/mcp instead of stdio")
    p.add_argument("--token", help="require 'Authorization: Bearer TOKEN' over HTTP (or set REGIONDIT_MCP_TOKEN); needed off loopback")
    p.add_argument("--out", default="outputs/mcp", help="where images go (default: outputs/mcp)")
    p.add_argument("--model", default=DEFAULTS.model, help="default rendering model (default: shapes)")
    p.add_argument("--llm", default=DEFAULTS.llm, help=f"planner for design_image: {LLM_HELP}")
    p.add_argument("--workers", type=POSITIVE, help="serve model calls from a Ray pool of N workers, N calls in parallel "
                   "(default: one model process, calls one at a time)")
    p.add_argument("--address", help="with --workers: put the workers on this Ray cluster (HEAD:6379) instead of a local runtime")
    p.set_defaults(func=cmd_serve)
    _add_ui_parser(sub)
    return parser


def _add_batch_parser(sub) -> None:
    p = sub.add_parser("batch", help="design every request of a JSONL file on a Ray pool of workers (resumable; see README 'Scaling out')")
    p.add_argument("input", help='JSONL: one {"prompt": ...} or {"layout": {...}} per line, optionally with id, seed, rounds')
    p.add_argument("--out", required=True, help="output folder: manifest.jsonl, summary.json, images/")
    p.add_argument("--workers", type=POSITIVE, default=2, help="Ray actors, each with the model loaded once (default 2)")
    p.add_argument("--address", help="join this Ray cluster (HEAD:6379) instead of starting a local runtime")
    p.add_argument("--model", default=DEFAULTS.model, help=MODEL_HELP)
    p.add_argument("--llm", default=DEFAULTS.llm, help=f"planner: {LLM_HELP}")
    p.add_argument("--critic", type=_critic, help="vision (default with the shapes model), shapes, vlm:BASE_URL:MODEL, or none")
    p.add_argument("--rounds", type=ROUNDS, default=DEFAULTS.rounds,
                   help=f"most renders per item (default {DEFAULTS.rounds}; a line's 'rounds' wins)")
    p.add_argument("--steps", type=STEPS, help="denoising steps (default: the model's)")
    p.add_argument("--target-score", type=float, default=DEFAULTS.target_score, help="stop refining an item once the critic scores this")
    p.set_defaults(func=cmd_batch)


def _add_ui_parser(sub) -> None:
    p = sub.add_parser("ui", help="start the web designer (Gradio): chat, image with boxes, rounds, editable layout")
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--out", default="outputs/ui", help="where images go (default: outputs/ui)")
    p.add_argument("--model", default=DEFAULTS.model, help=MODEL_HELP)
    p.add_argument("--llm", default=DEFAULTS.llm, help=f"planner: {LLM_HELP}")
    p.add_argument("--rounds", type=ROUNDS, default=DEFAULTS.rounds, help=f"most renders per request (default {DEFAULTS.rounds})")
    p.add_argument("--steps", type=STEPS, help="denoising steps (default: the model's)")
    p.add_argument("--target-score", type=float, default=DEFAULTS.target_score,
                   help=f"stop refining once the critic scores this (default {DEFAULTS.target_score:g})")
    p.add_argument("--db", default=None, help="session database (default: ~/.regiondit/sessions.sqlite)")
    p.set_defaults(func=cmd_ui)


def main(argv: list[str] | None = None) -> int:
    _quiet_libraries()
    argv = sys.argv[1:] if argv is None else argv
    # `eval` owns its options (evals/cli.py): hand it everything after the word.
    args = argparse.Namespace(func=cmd_eval, rest=argv[1:]) if argv[:1] == ["eval"] else build_parser().parse_args(argv)
    try:
        if getattr(args, "out", None):  # a folder that cannot take the images fails now, not after the model load and render
            from ..tools import ensure_out_dir

            ensure_out_dir(args.out)
        return args.func(args)
    except DocumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RuntimeError as exc:
        from ..tools.critics import CriticError
        from .sessions import SessionError

        if not isinstance(exc, SessionError | CriticError):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, SessionError) else 1
    except KeyboardInterrupt:  # Ctrl-C: no traceback; what was written stays where it is
        print(f"\ninterrupted; pictures already made are kept{' in ' + str(args.out) if getattr(args, 'out', None) else ''}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `regiondit tools | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
