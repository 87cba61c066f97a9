"""``regiondit ui``: a Gradio app over the design agent.

Chat on the left; on the right the current image (layout boxes drawn over it, toggle),
each round with its critique, the layout as editable JSON that re-validates as you type
(render the edited layout with one click), and the PNG (metadata inside) to download.
Each browser keeps its session id in local storage and the conversation lives in the
agent's SQLite sessions, so reloading the page picks up where it was.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage

from ..schemas import Layout, layout_issues
from ..tools.rendering import draw_boxes
from .context import DEFAULTS, DesignContext
from .graph import action_input, build_graph, run_turn, start_state, turn_input, turn_unfinished
from .models import VALIDATOR
from .rounds import round_records
from .sessions import open_checkpointer

EXAMPLES = [
    "a red circle in the top left and a blue striped square at the bottom right",
    "a yellow triangle on the left, a green circle on the right",
    "make the square purple",
]


# A file path on the server (absolute, or relative with a folder and an extension): never shown in the chat.
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[\w.~-]*[/\\])+[\w.-]+\.(?:png|jpe?g|webp|json|sqlite|safetensors|txt)\b|/(?:[\w.-]+/)+[\w.-]*")


def without_paths(text: str) -> str:
    """The text with every server file path replaced by what it is (the image itself is shown beside the chat)."""
    return _PATH.sub(lambda m: "(image)" if m.group(0).lower().endswith((".png", ".jpg", ".jpeg", ".webp")) else "(file)", text)


def _history(values: dict[str, Any]) -> list[dict[str, str]]:
    """The conversation as chat bubbles: what the person asked and what the designer answered (no file paths)."""
    out = []
    for m in values.get("messages", []):
        if isinstance(m, HumanMessage) and m.name != VALIDATOR and isinstance(m.content, str):
            out.append({"role": "user", "content": m.content})
        elif isinstance(m, AIMessage) and isinstance(m.content, str) and m.content and not m.content.startswith("(planner error"):
            out.append({"role": "assistant", "content": without_paths(m.content)})
    return out


def _caption(r: dict[str, Any]) -> str:
    crit = r.get("critique")
    text = f"round {r['round']}" + (f" · score {crit['score']:.2f}" if crit else "")
    if crit and crit.get("summary"):
        text += f" · {crit['summary']}"
    if r.get("refinement"):
        text += f" → refine {r['refinement']['target']}"
    return text


def _shown(record: dict[str, Any] | None, boxes: bool, out_dir: Path) -> str | None:
    """The image to show for a round: the PNG itself, or a copy with the layout's boxes drawn over it."""
    if record is None:
        return None
    path = Path(record["result"]["image_path"])
    if not boxes:
        return str(path)
    boxed = out_dir / "boxes" / f"{path.stem}.boxes.png"
    if not boxed.is_file():
        draw_boxes(path, Layout.from_checked(record["layout"]), boxed)
    return str(boxed)


def validation_text(text: str) -> str:
    """What the layout editor shows under the JSON: valid, or every problem with its path."""
    if not text.strip():
        return "No layout yet: describe a picture in the chat."
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"❌ not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
    issues = layout_issues(doc)
    if issues:
        return "❌ " + f"{len(issues)} problem(s):\n" + "\n".join(f"- `{i.path}`: {i.message}" for i in issues)
    return f"✅ valid layout: {len(doc['regions'])} region(s)"


class DesignApp:
    """The agent, its sessions and its output folder, as the UI's event handlers use them."""

    def __init__(self, db: str | Path | None = None, out_dir: str | Path = "outputs/ui", model: str = DEFAULTS.model, llm: Any = DEFAULTS.llm,
                 rounds: int = DEFAULTS.rounds, steps: int | None = DEFAULTS.steps, target_score: float = DEFAULTS.target_score):
        self.out_dir = Path(out_dir).resolve()
        self.graph = build_graph(checkpointer=open_checkpointer(db))
        self.context = DesignContext(llm=llm, model=model, rounds=rounds, out_dir=str(self.out_dir), steps=steps, target_score=target_score)

    def values(self, session: str) -> dict[str, Any]:
        return self.graph.get_state(self._config(session)).values

    @staticmethod
    def _config(session: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": f"ui-{session}"}}

    def view(self, session: str, boxes: bool, status: str = "") -> tuple:
        """(chat, image, rounds, variations, layout JSON, validation, download, regions, status) for the session as it is now.

        The image is the current design's round (an undo or a restored round shows that round's picture).
        """
        import gradio as gr

        values = self.values(session)
        records = round_records(values)
        by_number = {r["round"]: r for r in records}
        current = by_number.get(values.get("current_round"), records[-1] if records else None) if values.get("layout") else None
        layout = json.dumps(values.get("layout"), indent=2, ensure_ascii=False) if values.get("layout") else ""
        gallery = [(_shown(r, boxes, self.out_dir), _caption(r)) for r in records]
        picks = [by_number[n] for n in values.get("variations") or [] if n in by_number]
        variations = gr.update(value=[(_shown(r, boxes, self.out_dir), f"variation {k + 1} · " + _caption(r)) for k, r in enumerate(picks)],
                               visible=bool(picks))
        download = current["result"]["image_path"] if current else None
        ids = [r["id"] for r in (values.get("layout") or {}).get("regions", [])]
        regions = gr.update(choices=ids, value=[])
        return (_history(values), _shown(current, boxes, self.out_dir), gallery, variations, layout, validation_text(layout), download,
                regions, status)

    def run(self, session: str, payload: dict[str, Any] | None, boxes: bool, pending: list[dict[str, str]]):
        """Stream one turn: a view after every step, with a progress line."""
        config = self._config(session)
        status = "planning the layout…"
        asked = sum(m["role"] == "user" for m in _history(self.values(session)))
        yield self._with_pending(self.view(session, boxes, status), pending, asked)
        for mode, event in run_turn(self.graph, payload, self.context, config):
            if mode == "event":
                kind = event["event"]
                if kind == "render":
                    status = f"round {event['round']}: rendering…"
                elif kind == "critique":
                    status = f"round {event['round']}: score {event['score']:.2f} — {event['summary']}"
                elif kind == "refine":
                    status = f"round {event['round']}: refining the {event['target']} texts ({event['edits']} edit(s))…"
                elif kind == "invalid_layout":
                    status = "the planner's layout was invalid; asking again…"
                continue
            yield self._with_pending(self.view(session, boxes, status), pending, asked)
        yield self.view(session, boxes, "done")

    @staticmethod
    def _with_pending(view: tuple, pending: list[dict[str, str]], asked: int) -> tuple:
        """Show the person's message at once, before the graph has stored it."""
        chat = view[0]
        if pending and sum(m["role"] == "user" for m in chat) == asked:
            chat = chat + pending
        return (chat, *view[1:])

    def send(self, message: str, session: str, boxes: bool):
        message = (message or "").strip()
        if not message:
            yield self.view(session, boxes, "type what you want to see")
            return
        snapshot = self.graph.get_state(self._config(session))
        payload = turn_input(message) if snapshot.values.get("messages") else start_state(message)
        yield from self.run(session, payload, boxes, [{"role": "user", "content": message}])

    def restore(self, session: str, boxes: bool, evt: Any):
        """A click on a round in the gallery: that round becomes the current design (the next change starts from it)."""
        records = round_records(self.values(session))
        if not 0 <= evt.index < len(records):
            yield self.view(session, boxes, "that round is gone; pick another")
            return
        number = records[evt.index]["round"]
        message = f"go back to round {number}"
        yield from self.run(session, action_input(message, "restore_round", {"round": number}), boxes, [{"role": "user", "content": message}])

    def repaint(self, chosen: list[str], session: str, boxes: bool):
        """Redo the regions picked in the list with a new seed; every other pixel of the current image stays."""
        if not chosen:
            yield self.view(session, boxes, "pick the regions to redo first")
            return
        message = f"redo {', '.join(chosen)}"
        yield from self.run(session, action_input(message, "repaint_region", {"region_ids": list(chosen)}), boxes,
                            [{"role": "user", "content": message}])

    def pick(self, session: str, boxes: bool, evt: Any):
        """A click on one of the variations: pick it."""
        message = f"pick variation {evt.index + 1}"
        yield from self.run(session, action_input(message, "pick_variation", {"number": evt.index + 1}), boxes,
                            [{"role": "user", "content": message}])

    def render_edited(self, text: str, session: str, boxes: bool):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError:
            yield self.view(session, boxes, "fix the layout JSON first")
            return
        if layout_issues(doc):
            yield self.view(session, boxes, "fix the layout's problems first (listed under the editor)")
            return
        note = "render my edited layout"
        values = self.values(session)
        payload = {**(turn_input(note) if values.get("messages") else start_state(note)), "candidate": doc, "call_id": None}
        yield from self.run(session, payload, boxes, [{"role": "user", "content": note}])

    def resume(self, session: str | None, boxes: bool):
        """On page load: the browser's session (a new one the first time), finishing a turn a crash cut short.

        The prompt box opens only then, so no request can be sent before the browser knows its session.
        """
        import gradio as gr

        session = session or uuid.uuid4().hex[:12]
        locked, ready = gr.update(interactive=False), gr.update(interactive=True)
        if turn_unfinished(self.graph.get_state(self._config(session))):
            yield (*self.view(session, boxes, "finishing the turn that was interrupted…"), session, locked)
            for view in self.run(session, None, boxes, []):
                yield (*view, session, locked)
        yield (*self.view(session, boxes), session, ready)


def build_ui(app: DesignApp):
    import gradio as gr

    with gr.Blocks(title="regiondit designer") as demo:
        session = gr.BrowserState(None, storage_key="regiondit-session")
        gr.Markdown("## regiondit — regional image designer\nDescribe a picture; the designer plans a region layout, renders it, "
                    "critiques it and refines the shallow (detail) or deep (content) texts. Ask for changes in plain words.")
        with gr.Row():
            with gr.Column(scale=5):
                chat = gr.Chatbot(label="Conversation", height=420, elem_id="chat")
                prompt = gr.Textbox(placeholder="e.g. a red circle in the top left and a blue striped square at the bottom right",
                                    show_label=False, elem_id="prompt", submit_btn=True, interactive=False)
                gr.Examples(EXAMPLES, inputs=prompt)
                status = gr.Markdown("", elem_id="status")
            with gr.Column(scale=6):
                boxes = gr.Checkbox(value=True, label="Show layout boxes", elem_id="show-boxes")
                image = gr.Image(label="Current image", type="filepath", height=360, interactive=False, elem_id="current-image")
                download = gr.File(label="Download PNG (layout, routing and seed inside)", elem_id="download")
                gallery = gr.Gallery(label="Rounds (score → what was refined) — click one to go back to it", columns=4, height=220,
                                     object_fit="contain", elem_id="rounds", allow_preview=False)
                variations = gr.Gallery(label="Variations, side by side — click one to pick it", columns=6, height=200, object_fit="contain",
                                        elem_id="variations", allow_preview=False, visible=False)
                with gr.Row():
                    regions = gr.CheckboxGroup(label="Regions of the current image", choices=[], elem_id="regions", scale=4)
                    repaint = gr.Button("Redo the picked regions (keep the rest)", elem_id="repaint", scale=1)
                with gr.Accordion("Layout (editable JSON)", open=False):
                    layout = gr.Code(language="json", label="Layout", elem_id="layout-json", interactive=True)
                    check = gr.Markdown(elem_id="layout-check")
                    rerender = gr.Button("Render this layout", elem_id="render-layout")
        outputs = [chat, image, gallery, variations, layout, check, download, regions, status]

        def restore(session_id: str, show_boxes: bool, evt: gr.SelectData):
            yield from app.restore(session_id, show_boxes, evt)

        def pick(session_id: str, show_boxes: bool, evt: gr.SelectData):
            yield from app.pick(session_id, show_boxes, evt)

        for handler in (restore, pick):  # Gradio passes the click by the parameter's type; this module's annotations are strings
            handler.__annotations__["evt"] = gr.SelectData
        prompt.submit(app.send, [prompt, session, boxes], outputs).then(lambda: "", None, prompt)
        gallery.select(restore, [session, boxes], outputs)
        variations.select(pick, [session, boxes], outputs)
        boxes.change(app.view, [session, boxes], outputs)
        layout.change(validation_text, layout, check)
        rerender.click(app.render_edited, [layout, session, boxes], outputs)
        repaint.click(app.repaint, [regions, session, boxes], outputs)
        demo.load(app.resume, [session, boxes], [*outputs, session, prompt])
    return demo


def launch(host: str = "127.0.0.1", port: int = 7860, share: bool = False, **app_options: Any) -> None:
    app = DesignApp(**app_options)
    build_ui(app).queue().launch(server_name=host, server_port=port, share=share, allowed_paths=[str(app.out_dir)], show_error=True)
