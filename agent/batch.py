"""``regiondit batch``: many design requests on a pool of Ray actors, resumable, in input order.

Each input line is ``{"prompt": ...}`` or ``{"layout": {...}}``, optionally with ``id``, ``seed`` and ``rounds``.
Every actor loads the model once and runs the whole design loop (plan, render, critique, refine) for one item at a
time. ``DIR/manifest.jsonl`` gets one row per input line, in input order, rewritten after every finished item (a
killed batch loses at most the items in flight); ``DIR/summary.json`` the counts, throughput and scores. A rerun
skips every item already done with the same input line and the same output-changing settings.

A bad line (not JSON, neither prompt nor layout, an invalid layout) is an ``error`` row and the batch goes on; a
worker process that dies mid-item is replaced by Ray and the item retried (at most twice).

Without ``--address`` a local Ray runtime starts (no dashboard, loopback only); with one the batch joins a cluster
(``ray start --head`` on one node, ``ray start --address HEAD:6379`` on the others, regiondit installed on each).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..schemas import layout_issues, schema_bounds

MANIFEST, SUMMARY = "manifest.jsonl", "summary.json"
RETRIES = 2
#: Fault injection for tests and drills: a worker that finds this file missing creates it and sends itself SIGKILL
#: while designing the item whose id is in ``REGIONDIT_BATCH_KILL_ID`` (once: the retry finds the file).
KILL_MARKER, KILL_ID = "REGIONDIT_BATCH_KILL_MARKER", "REGIONDIT_BATCH_KILL_ID"


@dataclass(frozen=True)
class Settings:
    """What changes the output of an item (part of its resume key) and how to run it."""

    model: str = "shapes"
    critic: str = "auto"
    llm: str = "offline"
    rounds: int = 3
    steps: int | None = None
    target_score: float = 1.0


def read_items(path: Path) -> list[dict[str, Any]]:
    """One entry per non-empty input line: ``index``, ``id``, the raw ``line`` and the parsed ``item`` or an ``error``."""
    items = []
    for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not raw.strip():
            continue
        entry: dict[str, Any] = {"index": len(items), "line": number, "raw": raw.strip(), "id": f"line-{number}"}
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            items.append({**entry, "error": f"line {number}: not JSON ({exc.msg} at column {exc.colno})"})
            continue
        if not isinstance(item, dict) or ("prompt" in item) == ("layout" in item):
            items.append({**entry, "error": f"line {number}: give exactly one of 'prompt' (text) or 'layout' (object)"})
            continue
        entry["id"] = str(item.get("id", entry["id"]))
        problem = _problem(item)
        items.append({**entry, **({"error": f"line {number}: {problem}"} if problem else {"item": item})})
    return items


def _problem(item: dict[str, Any]) -> str | None:
    if "prompt" in item and (not isinstance(item["prompt"], str) or not item["prompt"].strip()):
        return "'prompt' must be a non-empty text"
    if "layout" in item:
        issues = layout_issues(item["layout"])
        if issues:
            return "invalid layout: " + "; ".join(str(i) for i in issues[:5])
    for key, where in _BOUNDED.items():
        if key in item:
            low, high = schema_bounds("tools", *where)
            value = item[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                return f"'{key}' must be a whole number from {low} to {high}, got {json.dumps(value)}"
    return None


# A line's own seed and rounds: the bounds every other face (the CLI's flags, the tools) takes from tools.schema.json.
_BOUNDED = {"seed": ("$defs", "seed"), "rounds": ("$defs", "design_image_input", "properties", "rounds")}


def item_key(raw: str, settings: Settings) -> str:
    """The resume key: the input line and every setting that changes the output."""
    return hashlib.sha256(json.dumps([raw, asdict(settings)], sort_keys=True).encode()).hexdigest()[:24]


class Designer:
    """A Ray actor: the model loaded once, then the whole design loop for one item per call."""

    def __init__(self, settings: Settings, out_dir: str):
        from ..tools import get_backend
        from .graph import build_graph

        self.settings, self.out_dir = settings, out_dir
        get_backend(settings.model)  # load once, here, not on the first item
        self.graph = build_graph()

    def ready(self) -> int:
        """Answers once the model is loaded (the batch's clock for throughput starts when every worker has)."""
        return os.getpid()

    def design(self, entry: dict[str, Any]) -> dict[str, Any]:
        from .context import DesignContext
        from .graph import start_state
        from .rounds import best_round, round_records
        from .state import last_words

        _maybe_die(entry["id"])
        item, s = entry["item"], self.settings
        started = time.perf_counter()
        context = DesignContext(llm=s.llm, critic=s.critic, model=s.model, rounds=item.get("rounds", s.rounds), steps=s.steps,
                                out_dir=str(Path(self.out_dir) / "images"), target_score=s.target_score)
        state = self.graph.invoke(start_state(item.get("prompt", ""), seed=item.get("seed", 0), layout=item.get("layout")), context=context)
        rounds = round_records(state)
        if not rounds:
            raise ValueError(last_words(state) or "no layout could be planned")
        best = best_round(rounds)
        return {"image": os.path.relpath(best["result"]["image_path"], self.out_dir), "score": (best.get("critique") or {}).get("score"),
                "rounds": len(rounds), "seconds": round(time.perf_counter() - started, 3)}


def _maybe_die(item_id: str) -> None:
    marker = os.environ.get(KILL_MARKER)
    if marker and os.environ.get(KILL_ID) == item_id and not Path(marker).exists():
        import signal

        Path(marker).write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)  # what `kill -9` of this worker does, mid-item


def run_batch(in_path: Path, out_dir: Path, settings: Settings, workers: int = 2, address: str | None = None,
              log=lambda line: print(line, file=sys.stderr, flush=True)) -> dict[str, Any]:
    """Design every item of ``in_path`` into ``out_dir``; the summary (also written to ``DIR/summary.json``)."""
    items = read_items(in_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = _previous_rows(out_dir / MANIFEST, items, settings)
    todo = [e for e in items if "item" in e and rows.get(e["index"], {}).get("status") != "done"]
    for e in items:
        if "error" in e:
            rows[e["index"]] = _row(e, settings, "error", error=e["error"])
    skipped = sum(1 for e in items if "item" in e and e not in todo)
    log(f"{len(items)} item(s): {skipped} already done, {len(todo)} to design, {sum('error' in e for e in items)} bad line(s)")
    _write_manifest(out_dir, items, rows)
    started = time.perf_counter()
    timing: dict[str, float] = {}
    if todo:
        _design_all(todo, rows, items, out_dir, settings, workers, address, log, timing)
    ended = time.perf_counter()
    return _summary(out_dir, items, rows, ended - started, len(todo), workers, ended - timing.get("ready", started))


def _design_all(todo, rows, items, out_dir, settings, workers, address, log, timing) -> None:
    from ..tools.ray_pool import actor_options, ray_runtime

    with ray_runtime(workers, address) as ray:
        actor = ray.remote(**actor_options(RETRIES))(Designer)
        pool = [actor.remote(settings, str(out_dir)) for _ in range(min(workers, len(todo)))]
        ray.get([worker.ready.remote() for worker in pool])
        log(f"{len(pool)} worker(s) ready")
        waiting, free, done = list(todo), list(pool), 0
        running: dict[Any, dict[str, Any]] = {}
        t0 = timing["ready"] = time.perf_counter()
        while waiting or running:
            while free and waiting:
                entry, worker = waiting.pop(0), free.pop(0)
                running[worker.design.remote(entry)] = {"entry": entry, "actor": worker, "started": time.perf_counter()}
            ready, _ = ray.wait(list(running), num_returns=1)
            job = running.pop(ready[0])
            free.append(job["actor"])
            try:
                result = ray.get(ready[0])
                rows[job["entry"]["index"]] = _row(job["entry"], settings, "done", **result)
            except Exception as exc:  # a design error, or a worker that died more often than it may be retried
                rows[job["entry"]["index"]] = _row(job["entry"], settings, "error", error=_reason(exc),
                                                   seconds=round(time.perf_counter() - job["started"], 3))
            done += 1
            _write_manifest(out_dir, items, rows)
            rate = done / (time.perf_counter() - t0)
            left = len(waiting) + len(running)
            log(f"[{done}/{len(todo)}] {job['entry']['id']}: {rows[job['entry']['index']]['status']}  {rate:.2f} item/s  ETA {left / rate:.0f} s")


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "cause", None) or exc).strip().splitlines()
    if type(exc).__name__ in ("RayActorError", "ActorDiedError", "ActorUnavailableError"):
        return f"the worker process died {RETRIES + 1} times on this item; see the Ray logs"
    return (text[-1] if text else type(exc).__name__)[:500]


def _row(entry: dict[str, Any], settings: Settings, status: str, **fields: Any) -> dict[str, Any]:
    row = {"index": entry["index"], "id": entry["id"], "status": status, "image": None, "score": None, "rounds": 0, "seconds": 0.0,
           "error": None, "key": item_key(entry["raw"], settings)}
    row.update(fields)
    return row


def _previous_rows(manifest: Path, items: list[dict[str, Any]], settings: Settings) -> dict[int, dict[str, Any]]:
    """Rows of an earlier run that are still valid: done, with the same key, and their image still on disk."""
    if not manifest.is_file():
        return {}
    keys = {item_key(e["raw"], settings): e["index"] for e in items}
    rows = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line torn by a kill: its item is designed again
        index = keys.get(row.get("key"))
        if index is not None and row.get("status") == "done" and (manifest.parent / str(row.get("image"))).is_file():
            rows[index] = {**row, "index": index}
    return rows


def _write_manifest(out_dir: Path, items: list[dict[str, Any]], rows: dict[int, dict[str, Any]]) -> None:
    pending = {"status": "pending", "image": None, "score": None, "rounds": 0, "seconds": 0.0, "error": None}
    lines = [json.dumps(rows.get(e["index"]) or {"index": e["index"], "id": e["id"], **pending}) for e in items]
    tmp = out_dir / (MANIFEST + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out_dir / MANIFEST)  # atomic: a kill leaves the old manifest or the new one


def _summary(out_dir: Path, items, rows, seconds: float, designed: int, workers: int, designing: float) -> dict[str, Any]:
    done = [r for r in rows.values() if r["status"] == "done"]
    scores = sorted(r["score"] for r in done if r["score"] is not None)
    summary = {
        "items": len(items), "done": len(done), "errors": sum(r["status"] == "error" for r in rows.values()),
        "designed_this_run": designed, "workers": workers, "seconds": round(seconds, 2),
        "seconds_once_workers_ready": round(designing, 2),  # without starting Ray and loading the model in each worker
        "items_per_second": round(designed / seconds, 3) if designed and seconds else None,
        "items_per_second_once_workers_ready": round(designed / designing, 3) if designed and designing else None,
        "seconds_per_item_per_worker": round(seconds * workers / designed, 2) if designed else None,
        "score": {"mean": round(sum(scores) / len(scores), 4), "min": scores[0], "median": scores[len(scores) // 2], "max": scores[-1],
                  "perfect": sum(s >= 1.0 for s in scores)} if scores else None,
    }
    (out_dir / SUMMARY).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary
