"""Critics: look at a render, compare it with its layout, answer a critique (critique schema).

- ``shapes``: the shapes-world analyzer (exact on the embedded model's world);
- ``vision[:WEIGHTS]``: the shapes world's trained vision critic (``generator/shapes/critic.py``), which reads
  the picture and each region's words; the analyzer stays the independent judge of evaluations;
- ``vlm:BASE_URL:MODEL``: a vision model behind an OpenAI-compatible API; the image goes
  as a data URL, the answer must validate against the critique schema (one repair
  round with the validation messages, then a clear failure).
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

from PIL import Image

from ..schemas import DocumentError, Layout, load_schema, validate_document


class CriticError(RuntimeError):
    """A critic could not produce a valid critique; the message says why."""


#: How to name a critic, for errors and option help.
CRITICS = "vision[:WEIGHTS], shapes, vlm:BASE_URL:MODEL or none"


def _vlm_target(spec: str) -> tuple[str, str]:
    """``vlm:BASE_URL:MODEL`` -> (base URL, model), or a ValueError showing how to write it."""
    match = re.match(r"^vlm:(https?://.+?/v\d+):(.+)$", spec) or re.match(r"^vlm:(https?://[^/]+):(.+)$", spec)
    if not match:
        raise ValueError(f"cannot read {spec!r}; write vlm:BASE_URL:MODEL, e.g. vlm:http://127.0.0.1:8000/v1:qwen2-vl")
    return match.group(1), match.group(2)


def check_critic(spec: str) -> str:
    """``spec`` when it names a critic this package can run, else a ValueError saying how to name one; checked before any
    model loads or picture is made, so a typo costs nothing (``auto`` and ``none`` pass: the agent resolves or skips them)."""
    if spec in ("auto", "none", "shapes", "vision"):
        return spec
    if spec.startswith("vision:"):
        if not Path(spec.partition(":")[2]).exists():
            raise ValueError(f"critic weights not found: {spec.partition(':')[2]} (vision:WEIGHTS names a file or folder of trained weights)")
        return spec
    if spec.startswith("vlm:"):
        _vlm_target(spec)
        return spec
    raise ValueError(f"unknown critic {spec!r}; use {CRITICS}")


def critique_image(critic: str, layout: Layout, image_path: str | Path) -> dict[str, Any]:
    """The critique of ``image_path`` against ``layout`` by the critic ``critic`` names."""
    path = Path(image_path)
    if not path.is_file():
        raise FileNotFoundError(f"image not found: {path}")
    if critic == "shapes":
        with Image.open(path) as im:
            return validate_document("critique", analyzer_critique(layout, im.convert("RGB")))
    if critic == "vision" or critic.startswith("vision:"):
        with Image.open(path) as im:
            return validate_document("critique", vision_critique(layout, im.convert("RGB"), critic.partition(":")[2] or None))
    if critic.startswith("vlm:"):
        return _vlm_critique(critic, layout.to_dict(), path)
    raise ValueError(f"unknown critic {critic!r}; use shapes, vision[:WEIGHTS] or vlm:BASE_URL:MODEL")


VLM_PROMPT = """You check whether a picture matches its region layout.
Layout (bbox = [x0, y0, x1, y1] normalised to [0, 1], origin top-left):
{layout}
For every region, say whether its object is present, whether it is placed inside its box, and
whether its attributes (colour, texture, style) match; give the depth a fix should target:
"shallow" for wrong colour/texture/style, "deep" for a missing or wrong object, "layout" for a
wrong place or size, "none" when right. Answer with JSON only, matching this JSON Schema:
{schema}"""


def _vlm_critique(spec: str, layout: dict[str, Any], path: Path) -> dict[str, Any]:
    from langchain_core.messages import HumanMessage
    from langchain_openai import ChatOpenAI

    base_url, model = _vlm_target(spec)
    import os

    chat = ChatOpenAI(
        base_url=base_url, model=model, api_key=os.environ.get("OPENAI_API_KEY", "not-needed"), temperature=0, max_retries=1, timeout=300
    )
    data_url = "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()
    schema = {k: v for k, v in load_schema("critique").items() if k not in ("$schema", "$id")}
    prompt = VLM_PROMPT.format(layout=json.dumps(layout), schema=json.dumps(schema))
    messages: list[Any] = [HumanMessage(content=[{"type": "text", "text": prompt}, {"type": "image_url", "image_url": {"url": data_url}}])]
    problems = ""
    for _attempt in range(2):
        try:
            answer = chat.invoke(messages)
        except Exception as error:  # unreachable, refused, timed out, a model it does not serve: the endpoint's answer, said once
            raise CriticError(f"the vision model at {base_url} did not answer ({type(error).__name__}: {str(error)[:200]}); check that it "
                              "serves an OpenAI-compatible API, or use another critic (--critic vision)") from error
        text = answer.content if isinstance(answer.content, str) else json.dumps(answer.content)
        start, end = text.find("{"), text.rfind("}")
        try:
            critique = json.loads(text[start : end + 1]) if start != -1 and end > start else None
            if not isinstance(critique, dict):
                raise ValueError("the answer holds no JSON object")
            critique.setdefault("critic", spec)
            return validate_document("critique", critique)
        except (ValueError, DocumentError) as exc:
            problems = str(exc)
            messages += [answer, HumanMessage(content=f"That answer is not a valid critique:\n{problems}\nAnswer again with corrected JSON only.")]
    raise CriticError(f"the vision model at {base_url} gave no valid critique after a repair round: {problems[:500]}")


def vision_critique(layout: Layout, image: Image.Image, weights: str | None = None) -> dict[str, Any]:
    """The shapes world's trained vision critic (a small image model reading the picture and each region's words)."""
    from ..generator.shapes.critic import ask, load_critic

    answers = ask(load_critic(weights), image, layout.regions)
    regions = []
    for region, a in zip(layout.regions, answers, strict=True):
        issues = [] if a["present"] else ["no object found for this region"]
        if a["present"] and not a["placed"]:
            issues.append("the object is not inside its box")
        wrong = [q for q in ("shape", "colour", "texture") if a["present"] and a["placed"] and not a[q]]
        issues += [f"{q} is not as asked" for q in wrong]
        target = ("deep" if not a["present"] or "shape" in wrong else "layout" if not a["placed"] else "shallow" if wrong else "none")
        regions.append({"id": region.id, "present": a["present"], "placed_right": a["present"] and a["placed"],
                        "attributes_right": a["present"] and a["placed"] and not wrong, "target": target, "issues": issues})
    return _critique("vision", regions, extra=0)


def _critique(critic: str, regions: list[dict[str, Any]], extra: int) -> dict[str, Any]:
    """The critique document: the regions' verdicts, a score (each region: present, placed, attributes; an object nobody
    asked for costs a quarter) and a one-line summary."""
    ok = [r["present"] + r["placed_right"] + r["attributes_right"] for r in regions]
    score = (sum(ok) / (3 * len(ok)) if ok else 1.0) * (1.0 if extra == 0 else max(0.0, 1 - 0.25 * extra))
    summary = "all regions match" if all(r["target"] == "none" for r in regions) and not extra else "; ".join(
        f"{r['id']}: {', '.join(r['issues'])}" for r in regions if r["issues"]) + (f"; {extra} extra object(s)" if extra else "")
    return {"critic": critic, "score": round(score, 4), "regions": regions, "extra_objects": extra, "summary": summary}


def analyzer_critique(layout: Layout, image: Image.Image) -> dict[str, Any]:
    """The shapes analyzer's critique (critique schema): per region what is right, and which depth a fix targets."""
    from ..generator.shapes.analyzer import expected_from_region, score_layout

    scored = score_layout(layout, image)
    regions = []
    for region, s in zip(layout.regions, scored["regions"], strict=True):
        exp, det = expected_from_region(region), s["detected"]
        issues = []
        if not s["presence"]:
            issues.append(f"no {exp.shape or 'object'} found for this region")
            target = "deep"
        elif not s["position"]:
            issues.append("the object is not inside its box")
            target = "layout"
        else:
            if exp.shape and det["shape"] != exp.shape:
                issues.append(f"shape is {det['shape']}, asked {exp.shape}")
            if exp.colour and det["colour"] != exp.colour:
                issues.append(f"colour is {det['colour']}, asked {exp.colour}")
            if exp.texture and det["texture"] != exp.texture:
                issues.append(f"texture is {det['texture']}, asked {exp.texture}")
            shape_wrong = any(i.startswith("shape") for i in issues)
            target = "deep" if shape_wrong else ("shallow" if issues else "none")
        entry = {
            "id": region.id,
            "present": bool(s["presence"]),
            "placed_right": bool(s["position"]),
            "attributes_right": bool(s["position"]) and not issues,
            "target": target,
            "issues": issues,
        }
        if det:
            entry["detected_bbox"] = det["bbox"]
        regions.append(entry)
    return _critique("shapes", regions, extra=max(0, scored["detections"] - sum(r["present"] for r in regions)))
