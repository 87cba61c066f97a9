"""The designer's conversation tools: undo, redo, earlier rounds, variations, and questions about the design.

Each tool is a plain function of the graph state that returns the state update and what to tell the
user. The design's history is a list of *versions* (a layout with the round whose image shows it and
its seed) with a pointer: a turn that changes the design adds a version after the pointer (dropping
any redo tail, as editors do); undo and redo move the pointer and restore that version exactly (the
same layout, the same image, nothing rendered).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Tools the agent may call besides ``submit_layout``; the LLM sees these definitions.
TOOLS: dict[str, tuple[str, dict[str, Any]]] = {
    "repaint_region": ("Redo some regions of the current image (new seed) and keep every other pixel.",
                       {"region_ids": {"type": "array", "items": {"type": "string"}, "minItems": 1}}),
    "restore_round": ("Make an earlier round (image number, counted over the whole conversation) the current design; renders nothing.",
                      {"round": {"type": "integer", "minimum": 1}}),
    "undo": ("Go back to the previous version of the design (layout and image); renders nothing.", {}),
    "redo": ("Go forward again after an undo; renders nothing.", {}),
    "make_variations": ("Render the current layout with several new seeds, side by side.",
                        {"count": {"type": "integer", "minimum": 2, "maximum": 6}}),
    "pick_variation": ("Make variation number N (1-based) of the last variations the current design; renders nothing.",
                       {"number": {"type": "integer", "minimum": 1}}),
    "show_layout": ("Show the current layout (its regions and texts); renders nothing.", {}),
    "what_changed": ("Say in words how the current layout differs from the previous version; renders nothing.", {}),
    "explain_critique": ("Say what the critic found wrong with the current image and what it would fix next; renders nothing.", {}),
    "start_over": ("Forget the current design; the next request starts a new picture.", {}),
}
#: Tools that render.
RENDERING = {"repaint_region", "make_variations"}


def tool_definitions() -> list[dict[str, Any]]:
    """The conversation tools as OpenAI-style function definitions."""
    return [{"type": "function", "function": {"name": name, "description": text,
                                              "parameters": {"type": "object", "properties": props, "required": list(props),
                                                             "additionalProperties": False}}}
            for name, (text, props) in TOOLS.items()]


def region_phrase(region: dict[str, Any]) -> str:
    """'a circle' + 'red, striped' -> 'a red striped circle' (emphasis a refinement added is left out)."""
    details = [w.strip() for w in region.get("low_level", "").split(",") if w.strip() and not w.strip().startswith("clearly ")]
    words = region["high_level"].split(",")[0].split()  # a refinement's emphasis follows the first comma
    body = words[1:] if words and words[0] in ("a", "an") else words
    text = " ".join(dict.fromkeys([*details, *body]))
    return f"{'an' if text[:1] in 'aeiou' else 'a'} {text}"


def rounds_by_number(state: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {r["round"]: r for r in state.get("rounds", [])}


def critique_of(state: dict[str, Any], round_number: int | None) -> dict[str, Any] | None:
    return next((c["critique"] for c in state.get("critiques", []) if c["round"] == round_number), None)


def version_update(state: dict[str, Any], layout: dict[str, Any] | None, round_number: int | None, seed: int) -> dict[str, Any]:
    """The state update that makes (layout, round, seed) the current design and a new version after the pointer."""
    versions = list(state.get("versions", []))[: state.get("version", -1) + 1]
    entry = {"layout": layout, "round": round_number, "seed": seed}
    if not versions or versions[-1] != entry:
        versions.append(entry)
    return {"versions": versions, "version": len(versions) - 1, "layout": layout, "current_round": round_number, "seed": seed}


def _go_to(state: dict[str, Any], index: int) -> dict[str, Any]:
    entry = state["versions"][index]
    return {"version": index, "layout": entry["layout"], "current_round": entry["round"], "seed": entry["seed"]}


def undo(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    index = state.get("version", -1)
    if index < 0:
        return {}, "There is nothing to undo yet."
    if index == 0:  # the first design undone: the empty canvas it started from (redo brings the design back)
        return {"version": -1, "layout": None, "current_round": None}, "Undone: back to the empty canvas. Say 'redo' to bring the design back."
    update = _go_to(state, index - 1)
    return update, f"Undone: back to {_version_name(state['versions'][index - 1])}. {describe_changes(_layout_at(state, index), update['layout'])}"


def redo(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    index, versions = state.get("version", -1), state.get("versions", [])
    if index + 1 >= len(versions):
        return {}, "There is nothing to redo."
    update = _go_to(state, index + 1)
    return update, f"Redone: {_version_name(versions[index + 1])}. {describe_changes(_layout_at(state, index), update['layout'])}"


def restore_round(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    number, rounds = int(args["round"]), rounds_by_number(state)
    if number not in rounds:
        known = f"rounds 1-{max(rounds)}" if rounds else "no rounds yet"
        return {}, f"There is no round {number} ({known}); say which round to go back to."
    record = rounds[number]
    update = version_update(state, record["layout"], number, record["seed"])
    score = critique_of(state, number)
    said = f" (score {score['score']:.2f})" if score else ""
    return update, f"Back to round {number}{said}; your next change starts from it. {describe_changes(state.get('layout'), record['layout'])}"


def pick_variation(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    variations, number = state.get("variations") or [], int(args["number"])
    if not variations:
        return {}, "There are no variations to pick from; ask for some, e.g. 'show me three variations'."
    if not 1 <= number <= len(variations):
        return {}, f"Pick a number from 1 to {len(variations)}."
    update, text = restore_round(state, {"round": variations[number - 1]})
    rest = text.split("; ", 1)[-1]
    return update, f"Variation {number} it is. {rest[:1].upper()}{rest[1:]}"


def show_layout(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    layout = state.get("layout")
    if not layout:
        return {}, "There is no layout yet: describe a picture, e.g. 'a red circle on the left'."
    lines = [f"- {r['id']}: {region_phrase(r)} in {_where(r['bbox'])}, box {[round(v, 2) for v in r['bbox']]}" for r in layout["regions"]]
    background = layout.get("background", {}).get("high_level")
    head = f"The layout has {len(layout['regions'])} region(s)" + (f" on {background.replace('an empty ', 'a ')}" if background else "") + ":"
    return {}, "\n".join([head, *lines, "", "```json", json.dumps(layout, indent=2, ensure_ascii=False), "```"])


def what_changed(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    index = state.get("version", -1)
    if index < 1:
        return {}, "Nothing has changed yet: this is the first version of the design." if index == 0 else "There is no design yet."
    return {}, describe_changes(_layout_at(state, index - 1), state.get("layout")) or "The layout is the same as the version before."


def explain_critique(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    critique = critique_of(state, state.get("current_round"))
    if critique is None:
        return {}, "The current image has not been critiqued." if state.get("current_round") else "There is no image yet."
    wrong = [r for r in critique["regions"] if r.get("issues")]
    if not wrong and not critique.get("extra_objects"):
        return {}, f"The critic finds the current image right (score {critique['score']:.2f})."
    lines = [f"- {r['id']}: {'; '.join(r['issues'])}" for r in wrong]
    if critique.get("extra_objects"):
        lines.append(f"- {critique['extra_objects']} object(s) nobody asked for")
    return {}, "\n".join([f"The critic scores the current image {critique['score']:.2f}:", *lines, next_fix(critique)])


def start_over(state: dict[str, Any], args: dict[str, Any]) -> tuple[dict[str, Any], str]:
    update = version_update(state, None, None, state.get("seed", 0))
    return {**update, "variations": []}, "Starting over: describe the new picture."


SESSION_TOOLS = {"undo": undo, "redo": redo, "restore_round": restore_round, "pick_variation": pick_variation, "show_layout": show_layout,
                 "what_changed": what_changed, "explain_critique": explain_critique, "start_over": start_over}


def next_fix(critique: dict[str, Any] | None) -> str:
    """The one thing the critic would fix next, in a sentence."""
    if not critique:
        return ""
    wrong = [r for r in critique.get("regions", []) if r.get("issues")]
    if wrong:
        return f"Next I would fix {wrong[0]['id']}: {wrong[0]['issues'][0]}."
    if critique.get("extra_objects"):
        return "Next I would remove the extra object(s) with another seed."
    return "The critic finds nothing to fix."


def describe_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """How ``after`` differs from ``before``, in plain words: added, removed, moved, recoloured, resized, restyled regions."""
    if not after:
        return "The design is empty." if before else ""
    if not before:
        return f"New layout: {', '.join(region_phrase(r) for r in after['regions'])}."
    old, new = {r["id"]: r for r in before["regions"]}, {r["id"]: r for r in after["regions"]}
    changes = [f"added {region_phrase(new[k])} in {_where(new[k]['bbox'])}" for k in new if k not in old]
    changes += [f"removed {region_phrase(old[k])}" for k in old if k not in new]
    for k in (k for k in new if k in old):
        changes += _region_changes(old[k], new[k])
    if (before.get("background") or {}).get("high_level") != (after.get("background") or {}).get("high_level"):
        changes.append(f"background now {(after.get('background') or {}).get('high_level', 'the model default')}")
    return ("Changed: " + "; ".join(changes) + ".") if changes else "The layout is unchanged."


def _region_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    name, out = region_phrase(new), []
    (ox, oy), (nx, ny) = _centre(old["bbox"]), _centre(new["bbox"])
    if abs(nx - ox) > 0.05 or abs(ny - oy) > 0.05:
        out.append(f"moved {name} to {_where(new['bbox'])}")
    old_size, new_size = _area(old["bbox"]), _area(new["bbox"])
    if abs(new_size - old_size) > 0.2 * old_size:
        out.append(f"made {name} {'bigger' if new_size > old_size else 'smaller'}")
    if old.get("low_level", "") != new.get("low_level", ""):
        out.append(f"{region_phrase(old)} is now {new.get('low_level') or 'plain'}")
    if old["high_level"] != new["high_level"]:
        out.append(f"{old['id']} now reads '{new['high_level']}'")
    return out


def _centre(box: list[float]) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _area(box: list[float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _where(box: list[float]) -> str:
    x, y = _centre(box)
    row = "top" if y < 0.4 else "bottom" if y > 0.6 else ""
    col = "left" if x < 0.4 else "right" if x > 0.6 else ""
    return f"the {row} {col}".replace("  ", " ").strip() if row or col else "the center"


def _layout_at(state: dict[str, Any], index: int) -> dict[str, Any] | None:
    versions = state.get("versions", [])
    return versions[index]["layout"] if 0 <= index < len(versions) else None


def _version_name(entry: dict[str, Any]) -> str:
    return f"round {entry['round']}" if entry.get("round") else "the empty design"


def make_variations(state: dict[str, Any], args: dict[str, Any], ctx: Any) -> tuple[dict[str, Any], str]:
    """Render the current layout with ``count`` new seeds (each critiqued), side by side."""
    from .rounds import contact_sheet, critique_round, render_round

    layout = state.get("layout")
    if not layout:
        return {}, "There is no design yet to vary: describe a picture first."
    count = max(2, min(6, int(args.get("count", 3))))
    first_seed = max((r["seed"] for r in state.get("rounds", [])), default=state.get("seed", 0)) + 1
    rounds, critiques = list(state.get("rounds", [])), []
    for k in range(count):
        entry = render_round({"rounds": rounds}, ctx, layout, first_seed + k, extra={"variation": k + 1})
        rounds.append(entry)
        if ctx.critic_name != "none":
            critiques.append({"round": entry["round"], "critique": critique_round(entry, ctx)})
    new = rounds[-count:]
    scores = {c["round"]: c["critique"]["score"] for c in critiques}
    sheet = contact_sheet([{**r, "critique": next((c["critique"] for c in critiques if c["round"] == r["round"]), None)} for r in new],
                          Path(ctx.out_dir), label="variation")
    said = ", ".join(f"{k + 1}: round {r['round']}" + (f" (score {scores[r['round']]:.2f})" if r["round"] in scores else "")
                     for k, r in enumerate(new))
    update = {"rounds": new, "critiques": critiques, "variations": [r["round"] for r in new], "sheet": sheet}
    return update, f"{count} variations of the current layout, side by side — {said}. Pick one by number, e.g. 'pick 2'."


def repaint_regions(state: dict[str, Any], args: dict[str, Any], ctx: Any) -> tuple[dict[str, Any], str]:
    """Redo some regions of the current image with a new seed; every other pixel stays."""
    from .rounds import critique_round, render_round

    layout, current = state.get("layout"), state.get("current_round")
    if not layout or not current:
        return {}, "There is no image yet to redo a part of: describe a picture first."
    ids = [rid for rid in args.get("region_ids", []) if any(r["id"] == rid for r in layout["regions"])]
    if not ids:
        return {}, f"Which object should I redo? The layout has {', '.join(r['id'] for r in layout['regions'])}."
    seed = max(r["seed"] for r in state.get("rounds", [])) + 1
    entry = render_round(state, ctx, layout, seed, repaint={"from": current, "regions": ids}, extra={"repainted": ids})
    critiques = [{"round": entry["round"], "critique": critique_round(entry, ctx)}] if ctx.critic_name != "none" else []
    update = {"rounds": [entry], "critiques": critiques, **version_update(state, layout, entry["round"], seed)}
    crit = critiques[0]["critique"] if critiques else None
    scored = f" Score {crit['score']:.2f}. {next_fix(crit)}" if crit else ""
    return update, f"Redid {', '.join(ids)} with a new seed and kept the rest of round {current} (now round {entry['round']}).{scored}"


RENDERING_TOOLS = {"make_variations": make_variations, "repaint_region": repaint_regions}


def _merged(state: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """``state`` after ``update``, the append-only lists (rounds, critiques) extended rather than replaced."""
    out = {**state, **update}
    for key in ("rounds", "critiques"):
        if key in update:
            out[key] = [*state.get(key, []), *update[key]]
    return out


def run_tools(state: dict[str, Any], calls: list[dict[str, Any]], ctx: Any) -> tuple[dict[str, Any], list[str]]:
    """Run the conversation tool calls in order; the combined state update and what each one said."""
    view, update, said = dict(state), {"sheet": None}, []
    for call in calls:
        name, args = call["name"], call.get("args") or {}
        if name in SESSION_TOOLS:
            step, text = SESSION_TOOLS[name](view, args)
        elif name in RENDERING_TOOLS:
            step, text = RENDERING_TOOLS[name](view, args, ctx)
        else:
            step, text = {}, f"There is no tool {name!r}; the tools are {', '.join(TOOLS)} and submit_layout."
        for key in ("rounds", "critiques"):
            if key in step:
                update[key] = [*update.get(key, []), *step[key]]
        update.update({k: v for k, v in step.items() if k not in ("rounds", "critiques")})
        view = _merged(view, step)
        said.append(text)
    return update, said
