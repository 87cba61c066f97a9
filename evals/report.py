"""Write the README's result tables from ``evals/results/``, or check that they agree.

    python -m regiondit.evals.report           # rewrite every generated block of README.md
    python -m regiondit.evals.report --check   # exit 1 and show the difference when README.md and the results disagree

A generated block sits between ``<!-- results: NAME -->`` and ``<!-- /results: NAME -->``;
:data:`BLOCKS` maps each NAME to the function that writes it from the results folder. Numbers
in the README live in such blocks, so none is copied by hand.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import shapes as ev

RESULTS = Path("evals", "results")
README = Path("README.md")
BLOCK = re.compile(r"(<!-- results: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /results: (?P=name) -->)", re.DOTALL)


def _load(results: Path, name: str) -> dict[str, Any]:
    path = results / name
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run the evaluation that writes it (see the README's Results section)")
    return json.loads(path.read_text(encoding="utf-8"))


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def headline(results: Path) -> str:
    report = _load(results, "shapes_eval.json")
    default = report["routing"][report["default_routing"]]["tasks"]
    alone = report["routing"].get("global_only", {}).get("tasks")
    text = (f"position {_pct(default['position'])}%, colour {_pct(default['colour'])}%, counting {_pct(default['counting'])}%, "
            f"shape (given position) {_pct(default['shape_given_position'])}% with the default routing "
            f"(`{report['default_routing']}`)")
    if alone:
        text += f"; the global prompt alone places {_pct(alone['position'])}% of objects"
    return text + f" ({report['n']} layouts, sampled at {report['sampling'].get('native_side', '?')} px).\n"


def routing(results: Path) -> str:
    report = _load(results, "shapes_eval.json")
    default = report["routing"][report["default_routing"]]
    per_count = ", ".join(f"{n} object{'s' if n != '1' else ''} {_pct(r['position'])} / {_pct(r['colour'])} / {_pct(r['counting'])}"
                          for n, r in default["by_objects"].items())
    return (ev.routing_table(report["routing"], report["default_routing"])
            + f"\nBy number of objects, default routing (position / colour / counting): {per_count}.\n")


def deeper_model(results: Path) -> str:
    """The 12-block model trained on a GPU (``shapes_gpu12.json``) beside the shipped model's prompt alone at the same 32 px."""
    r = _load(results, "shapes_gpu12.json")
    cols = ("position", "colour", "texture", "counting", "overall", "shape_given_position")
    rows = ["| shipped 8-block model, global_only | " + " | ".join(str(r["shipped_model_global_only_32px"][c]) for c in cols) + " |"]
    rows += [f"| 12-block model, {name} | " + " | ".join(str(v[c]) for c in cols) + " |" for name, v in r["eval"]["routings"].items()]
    t = r["training"]
    return ("| model, routing (no isolation) | " + " | ".join(cols) + " |\n| --- |" + " ---: |" * len(cols) + "\n" + "\n".join(rows)
            + f"\n\n{t['steps']} steps of {t['batch']} ({t['images'] / 1e6:.2f}M images) on an {t['device']}, final loss {t['final_loss']}; "
            f"{r['eval']['layouts']} layouts at {r['eval']['native_side']} px, {r['eval']['steps']} steps.\n")


def partial_captions(results: Path) -> str:
    """The training-data A/B (``partial_captions.json``): each arm's scores without isolation, per eval set and routing."""
    r = _load(results, "partial_captions.json")
    cols = ("presence", "position", "colour", "counting", "overall")
    head = "| eval set | arm | routing (no isolation) | " + " | ".join(cols) + " |\n| --- | --- | --- |" + " ---: |" * len(cols) + "\n"
    rows = [f"| {label} | {arm} | {name} | " + " | ".join(_pct(v["tasks"][c]) for c in cols) + " |"
            for label, arms in r["sets"].items() for arm, routings in arms.items() for name, v in routings.items()]
    arms = "; ".join(f"**{name}**: {a['what']} ({a['images'] / 1e3:.0f}k images)" for name, a in r["arms"].items())
    return head + "\n".join(rows) + f"\n\n{arms}. {r['sampling']}.\n"


def scenes(results: Path) -> str:
    """Everyday scene requests (``scene_eval*.json``, one per hand-written set): right before the planner read scenes, at
    each set's first look, and now; and by part, now."""
    from .scene_eval import SETS, result_name

    rows, parts = [], []
    for path in SETS:
        r = _load(results, result_name(path))
        was, first = r["before_scenes"], r["first_look"]
        again = f"; {_pct(r['second_look']['accuracy'])} ({r['second_look']['planner']}), still unread" if "second_look" in r else ""
        rows.append(f"| `{path.name}` | {r['requests']} | {_pct(was['accuracy'])} | {_pct(first['accuracy'])} ({first['planner']}){again} | "
                    f"**{_pct(r['accuracy'])}** | " + " | ".join(_pct(v) for v in r["by_part"].values()) + " |")
        parts = list(r["by_part"])
    head = ("| set | requests | before scenes (922af42) | first look (planner) | now | " + " | ".join(parts) + " |\n"
            "| --- | ---: | ---: | ---: | ---: |" + " ---: |" * len(parts) + "\n")
    return head + "\n".join(rows) + "\n\nPercent of requests right, judged from the layout alone; the parts are now.\n"


def sampling_scale(results: Path) -> str:
    rows = []
    for name, label in (("shapes_eval_native32.json", "32 px (trained size)"), ("shapes_eval.json", "**64 px (default)**")):
        report = _load(results, name)
        tasks = report["routing"][report["default_routing"]]["tasks"]
        rows.append(f"| {label} | {report['sampling']['steps'] or 'model default'} | " + " | ".join(_pct(tasks[c]) for c in ev.COLUMNS) + " |")
    head = "| sampled at | steps | " + " | ".join(ev.COLUMNS) + " |\n| --- | ---: |" + " ---: |" * len(ev.COLUMNS) + "\n"
    return head + "\n".join(rows) + "\n"


def probe(results: Path) -> str:
    from .probe import probe_markdown

    return probe_markdown(_load(results, "layer_probe.json"))


#: The measures of the equal-budget table, in its column order: (key in a run's results, column-group heading).
BUDGET_MEASURES = (("overall_by_round", ""), ("overall_with_shape_by_round", "with shape: "), ("regions_all_right_by_round", "regions all right: "))


def budget_table(rows: list[tuple[str, dict]]) -> str:
    """The equal-budget table: overall (judge) of the critic's choice after 1..N renders, per refinement policy, then
    overall with shape as a sixth task and the share of regions right in every attribute (shape included), where the
    runs recorded them."""
    rounds = rows[0][1]["rounds"]
    measures = [(key, title) for key, title in BUDGET_MEASURES if all(key in r for _, r in rows)]
    head = " | ".join(f"{i + 1} render{'s' * (i > 0)}" for i in range(rounds))
    lines = ["| refinement | " + " | ".join(title + head for _, title in measures) + " | renders made | right regions broken |",
             "| --- |" + " ---: |" * (rounds * len(measures) + 2)]
    for label, r in rows:
        broke = r["right_then_wrong"]
        cells = [_pct(v) for key, _ in measures for v in r[key]]
        broken = f"{broke['wrong_after_it']} of {broke['regions_right_before_a_round']}"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {r['renders']} | {broken} |")
    return "\n".join(lines) + "\n"


def _at_3(by_round: list[float]) -> float:
    """A measure at 3 renders (or at the last budget, where fewer were made)."""
    return by_round[min(2, len(by_round) - 1)]


def _leads_at_3(runs: dict, key: str) -> str:
    """Each policy's lead over reseed only at 3 renders (or the last budget), in points, on one measure."""
    at3 = {name: _at_3(r[key]) for name, r in runs.items()}
    return ", ".join(f"{name} {round(100 * (v - at3['reseed']), 1) + 0.0:+.1f}" for name, v in at3.items() if name != "reseed")


def _weights(run: dict) -> str:
    return f", weights {run['critic_weights']}" if run.get("critic_weights") else ""


def refine_budget(results: Path, name: str = "refine_budget") -> str:
    runs = _load(results, f"{name}.json")
    rows = [(r["label"], r) for r in runs.values()]
    first = rows[0][1]
    ahead = _leads_at_3(runs, "overall_by_round")
    strict = ""
    if all("overall_with_shape_by_round" in r for r in runs.values()):
        strict += "; overall with shape: " + _leads_at_3(runs, "overall_with_shape_by_round")
    if all("regions_all_right_by_round" in r for r in runs.values()):
        strict += "; regions all right (shape included): " + _leads_at_3(runs, "regions_all_right_by_round")
    if all("oracle_by_round" in r for r in runs.values()):  # the ceiling: the judge itself picking among the same renders
        strict += (". Overall of the render the judge itself would pick among the first 3 (an oracle no loop has): "
                   + ", ".join(f"{name} {_pct(_at_3(r['oracle_by_round']))}" for name, r in runs.items()))
    return (budget_table(rows) + f"\n{first['n']} layouts of {first.get('set', 'the committed eval set')} (an even spread); "
            f"the loop's critic: {first['critic']}{_weights(first)} (it picks the answer after k renders); judge: the {first['judge']} "
            f"(overall = presence, position, colour, texture, counting, as GenEval scores; with shape = the same with the shape of "
            f"each placed object as a sixth task; regions all right = present, placed, colour, texture and shape all as asked); "
            f"routing: {first['routing']}. Against reseed only at 3 renders, in points: overall {ahead}{strict}. "
            f"`{name}.png` plots the overall measures.\n")


def critic(results: Path) -> str:
    r = _load(results, "critic_agreement.json")
    questions = list(r["agreement"])
    draws = len(r.get("critic_held_out_draws", {})) or 1
    label = f"held-out procedural pictures (accuracy, worst of {draws} draws of 4096)" if draws > 1 else "held-out procedural pictures (accuracy)"
    rows = f"| {label} | " + " | ".join(_pct(r["critic_held_out_accuracy"][q]) for q in questions) + " |\n" \
        "| agreement with the analyzer on the DiT's renders | " + " | ".join(_pct(r["agreement"][q]) for q in questions) + " |\n"
    if "critic_yes_judge_no" in r:
        rows += "| the critic passes, the judge fails (regions) | " + " | ".join(str(r["critic_yes_judge_no"][q]) for q in questions) + " |\n" \
            "| the critic fails, the judge passes (regions) | " + " | ".join(str(r["critic_no_judge_yes"][q]) for q in questions) + " |\n"
    return ("| | " + " | ".join(questions) + " |\n| --- |" + " ---: |" * len(questions) + "\n" + rows +
            f"\nDiT renders: the eval set with {r['routing']}, seed {r['seed']}; {r['questions_asked']['present']} regions; "
            "`critic_disagreements.png` shows where the two differ.\n")


def batch(results: Path) -> str:
    import statistics

    r = _load(results, "bench_batch.json")
    n = max(r["runs"], key=int)
    one, many = r["runs"]["1"], r["runs"][n]

    def med(run: dict[str, Any], key: str) -> float:
        return round(statistics.median(run.get(f"all_{key}") or [run[key]]), 2)

    start = round(med(one, "seconds") - med(one, "seconds_once_workers_ready"), 1)
    return (f"{r['items']} requests, up to {r['rounds']} rounds each, on the embedded model, this 2-core machine "
            f"(`python -m regiondit.evals.bench_batch`, median of {r.get('repeats', 1)} alternating runs): 1 worker "
            f"{med(one, 'seconds')} s ({one['seconds_per_item_per_worker']} s per item), {n} workers {med(many, 'seconds')} s "
            f"({many['seconds_per_item_per_worker']} s per item per worker), a speed-up of {r['speedup']}x for the whole command "
            f"(starting Ray and loading the model in every worker, about {start} s, included). Throughput once the workers have loaded "
            f"the model: {med(one, 'seconds_once_workers_ready')} s against {med(many, 'seconds_once_workers_ready')} s for the same "
            f"items, {r['speedup_once_workers_ready']}x.\n")


def planner(results: Path) -> str:
    r = _load(results, "planner_eval.json")
    worst = sorted((kv for kv in r["by_construction"].items() if kv[1] < 1), key=lambda kv: kv[1])[:3]
    lines = ["| planner | paraphrases (constructions) | right | fresh draws of the grammar | object count changed silently | older scene set |",
             "| --- | ---: | ---: | ---: | ---: | ---: |",
             f"| {r['planner']} | {r['prompts']} ({r['constructions']}) | {_pct(r['accuracy'])}% | {_pct(r['accuracy_other_seeds'])}% "
             f"({len(r['seeds']) - 1} draws) | {r['silent_count_errors']} | "
             + (f"{_pct(r['scene_phrasings']['accuracy'])}% of {r['scene_phrasings']['prompts']}" if "scene_phrasings" in r else "—") + " |", "",
             ("Weakest constructions: " + ", ".join(f"{name} {_pct(v)}%" for name, v in worst) + "." if worst
              else f"Every one of the {r['constructions']} constructions at 100%.")]
    checked = [r.get("count_check"), *(h.get("count_check") for h in r.get("handwritten", {}).values())]
    if all(checked):
        total = {k: sum(c[k] for c in checked) for k in checked[0]}
        lines.append(f"\nThe count check on the {total['requests']:,} requests of the grammar's draws and the hand-written sets: of the "
                     f"{total['right_count']:,} layouts with the number of objects asked it raised a note on {total['noted_on_right_count']}; "
                     f"of the {total['wrong_count']} with another number it flagged {total['wrong_count_noted']} (those with no note at all are "
                     "the silent count errors below).")
    for h in r.get("handwritten", {}).values():
        lines.append(f"\n`evals/{h['set'].rsplit('.', 1)[1]}.py` ({h['prompts']} requests in {h['constructions']} constructions, written by hand "
                     f"without reading the planner): {_pct(h['accuracy'])}% right, {h['silent_failures']} wrong without a note "
                     f"({h.get('silent_count_errors', 0)} with more or fewer objects than asked); at first look, "
                     f"before any change it informed, {_pct(h['first_look']['accuracy'])}% and {h['first_look']['silent_failures']}.")
    return "\n".join(lines) + "\n"


def conversations(results: Path) -> str:
    r = _load(results, "conversation_generalisation.json")
    sets = r["sets"]

    def cell(entry: dict[str, Any] | None) -> str:
        return f"{_pct(entry['turns_right'])}% ({entry['renders_where_none_needed']})" if entry else "—"
    lines = ["| set | conversations / turns | role | offline agent before the held-out work | first look | now | scripted LLM endpoint |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
    for name, s in sets.items():
        size = s.get("now") or s.get("first_look")
        first = cell(s.get("first_look")) + (f"; {cell(s['second_look'])} {s['second_look_when']}" if s.get("second_look") else "")
        lines.append(f"| {name} | {size['conversations']} / {size['turns']} | {s['role']} | {cell(s.get('before'))} | {first} "
                     f"| {cell(s.get('now'))} | {cell(s.get('scripted_endpoint_now'))} |")
    return "\n".join(lines) + "\n\nTurns right, and (in brackets) renders on turns that needed none. Offline agent before the held-out " \
        f"work: commit {r['agent_before_held_out_sets']}. Scripted LLM endpoint: {r.get('scripted_endpoint', '')}.\n"


def speed(results: Path) -> str:
    from .bench_regional import markdown

    r = _load(results, "bench_regional.json")
    return markdown(r["rows"]) + (f"\nMedian of {r['repeats']} repeats, {r['machine']['threads']} torch thread(s), "
                                  f"torch {r['machine']['torch']}.\n")


def _gpu_rows(r: dict) -> list[str]:
    """One table line per model and region count: both baselines, each kernel's regional step, peaks."""
    import torch

    from ..generator.masked_attention import resolve_kernel

    kernels = sorted({k for row in r["rows"] for k in row.get("kernels", {"sdpa": None})}, key=["sdpa", "split", "cudnn", "flex"].index)
    head = " | ".join(f"{k} ms | / fair" for k in kernels)
    out = [f"| model | regions | vanilla padded ms | vanilla trimmed ms | fair vanilla ms | {head} | auto | peak GiB fair -> auto |",
           "| --- | ---: | ---: | ---: | ---: | " + " | ".join("---: | ---:" for _ in kernels) + " | --- | ---: |"]
    for row in r["rows"]:
        same = row["vanilla_ms"] if row["arch"] == "sd3" else (row["vanilla_trimmed_ms"] or row["vanilla_ms"])
        fair_gb = row["vanilla_peak_gib"] if row["arch"] == "sd3" else (row["vanilla_trimmed_peak_gib"] or row["vanilla_peak_gib"])
        timed = row.get("kernels") or {"sdpa": {"ms": row["regional_ms"], "peak_gib": row["regional_peak_gib"]}}
        cells = " | ".join("— | —" if k not in timed else f"{timed[k]['ms']} | {timed[k]['ms'] / same:.2f}x" for k in kernels)
        auto = resolve_kernel("auto", torch.device("cuda"), joint=row["arch"] in ("sd3", "flux"))
        auto = auto if auto in timed else "sdpa"
        trimmed = row["vanilla_trimmed_ms"] or "—"
        peak = f"{fair_gb} -> {timed[auto]['peak_gib']}"
        out.append(f"| {row['model']} | {row['regions']} | {row['vanilla_ms']} | {trimmed} | {same} | {cells} | {auto} | {peak} |")
    return out


def _gpu_peaks(r: dict, name: str) -> str:
    """Peak memory one variant at a time (the turns above keep every variant's per-generation state resident at once)."""
    worst = {}
    for row in r["rows"]:
        base = row["vanilla_peak_gib"] if row["arch"] == "sd3" else (row["vanilla_trimmed_peak_gib"] or row["vanilla_peak_gib"])
        for k in row.get("kernels", {}).values():
            worst[row["model"]] = max(worst.get(row["model"], 0.0), k["peak_gib"] / base)
    cells = ", ".join(f"{m} +{(v - 1) * 100:.1f}%" for m, v in worst.items())
    return ("Peaks in the table are taken in the same turns, so each holds every variant's per-generation state (masks, cached "
            "region keys) at once. Measured one variant at a time (a sequential pass on the same card, "
            f"`evals/results/history/{name}`), the largest regional peak over its fair "
            f"vanilla, any kernel and region count: {cells}." + (f" {r['note']}" if r.get("note") else ""))


def _gpu_smoke(path: Path) -> list[str]:
    s = json.loads(path.read_text())
    cells = []
    for mode in ("bf16", "offload", "compile"):
        runs = {m: v[mode] for m, v in s["models"].items() if mode in v}
        ok = [m for m, v in runs.items() if v["ok"]]
        failed = sorted({v["error"].split(",")[0] for v in runs.values() if not v["ok"]})
        breaks = {m: v["graph_breaks"] for m, v in runs.items() if v.get("graph_breaks")}
        cells.append(f"{mode}: " + (f"PNG for {len(ok)} of {len(runs)}" if runs else "not reached")
                     + (f" (failed: {'; '.join(failed)})" if failed else "")
                     + (f", graph breaks: {', '.join(f'{m} {n}' for m, n in breaks.items())}, none elsewhere" if breaks else ""))
    return ["", f"Layout to PNG with tiny pipelines on the same card (`evals/gpu_smoke.py`): {'; '.join(cells)}."]


def gpu(results: Path) -> str:
    """Full-size backbones on a GPU (``bench_gpu_<card>.json``) and the pipeline smoke run (``gpu_smoke_<card>.json``)."""
    out = []
    for path in sorted(p for p in results.glob("bench_gpu_*.json") if "dry-run" not in p.name):
        r = json.loads(path.read_text())
        turns = "timed in turns (every variant once per round), " if r["rows"] and "kernels" in r["rows"][0] else ""
        out += [f"{r['card']}, {r['dtype']}, {r['resolution']}, one denoising step (guidance batch of 2; FLUX 1), median of {r['repeats']} "
                f"after {r['warmup']} warm-up steps, {turns}CUDA events, torch {r['torch']}, random weights at the published sizes, "
                "regional cross-attention on every block, no isolation. Fair vanilla: the stock model given text as long as the regional "
                "run's, unpadded: every text of the regional run as one prompt; for SD3.5 the stock padded prompt, because the regional run "
                "keeps the stock 333-token negative and pads its conditional half to it; HunyuanDiT's text length is fixed. `auto` is the "
                "kernel the attention choice `auto` runs there.", "", *_gpu_rows(r)]
        sequential = results / "history" / path.name.replace(".json", "_sequential.json")
        if sequential.is_file():
            out += ["", _gpu_peaks(json.loads(sequential.read_text()), sequential.name)]
        smoke = results / path.name.replace("bench_gpu_", "gpu_smoke_")
        if smoke.is_file():
            out += _gpu_smoke(smoke)
    return "\n".join(out) + "\n" if out else "No GPU run recorded yet.\n"


def mcp_latency(results: Path) -> str:
    r = _load(results, "mcp_latency.json")
    return (f"server start + connect + list + one `render_layout` on the embedded default, model load included, "
            f"**{r['stdio_connect_list_render_s']['median']} s** (median of {len(r['stdio_connect_list_render_s']['runs'])}) until the "
            f"image arrives ({r['stdio_including_shutdown_s']['median']} s until the server has exited); on a running HTTP server "
            f"{r['http_connect_list_render_s']['median']} s; 20 concurrent renders over HTTP {r['http_20_concurrent_renders_s']} s."
            + _mcp_workers(r) + "\n")


def _mcp_workers(r: dict[str, Any]) -> str:
    by = r.get("http_20_concurrent_renders_by_engine_s")
    if not by:
        return ""
    pools = sorted((k for k in by if k.startswith("ray_")), key=lambda k: int(k.split("_")[1]))
    return (" The same 20 renders with model calls on a Ray pool (`serve mcp --workers N`, one torch thread per worker): "
            + ", ".join(f"{k.split('_')[1]} worker{'s' if k.split('_')[1] != '1' else ''} {by[k]} s" for k in pools)
            + f", {r['http_20_concurrent_speedup_workers']}x.")


def mcp_soak(results: Path) -> str:
    r = _load(results, "mcp_soak.json")
    stops = r["cancelled_render_stop_s"]
    return (f"{r['calls']} mixed calls from {r['clients']} concurrent clients over HTTP, {r['cancelled']} of them renders cancelled "
            f"mid-call, the model process killed {len(r['model_process_kills'])} times: {r['not_cancelled_ok']} of "
            f"{r['not_cancelled']} calls that were not cancelled succeeded (a call in flight when its model process dies runs "
            f"once more in a fresh one). Cancelled calls still waiting for the model never ran ({r['cancelled_before_start']}); "
            f"renders under way stopped at their next step, at most {stops['max']} s after the cancel (one render takes "
            f"{r['one_render_s']} s). SIGTERM with renders in flight: the server was gone after {r['sigterm_exit_s']} s. "
            f"Server memory {r['memory_mb']['before']['server']} -> {r['memory_mb']['after']['server']} MB over the run.\n")


BLOCKS: dict[str, Callable[[Path], str]] = {
    "headline": headline,
    "routing": routing,
    "sampling-scale": sampling_scale,
    "deeper-model": deeper_model,
    "partial-captions": partial_captions,
    "probe": probe,
    "refine-budget": refine_budget,
    "refine-budget-fresh7": lambda results: refine_budget(results, "refine_budget_fresh7"),
    "refine-budget-reference": lambda results: refine_budget(results, "refine_budget_reference"),
    "refine-budget-reference-fresh7": lambda results: refine_budget(results, "refine_budget_reference_fresh7"),
    "critic": critic,
    "batch": batch,
    "planner": planner,
    "scenes": scenes,
    "conversations": conversations,
    "speed": speed,
    "gpu": gpu,
    "mcp-latency": mcp_latency,
    "mcp-soak": mcp_soak,
}


def render_readme(text: str, results: Path = RESULTS) -> str:
    """``text`` with every generated block rewritten from ``results``; an unknown block name is an error."""
    names = [m.group("name") for m in BLOCK.finditer(text)]
    unknown = sorted(set(names) - set(BLOCKS))
    if unknown:
        raise ValueError(f"README names unknown result blocks {unknown}; known: {', '.join(BLOCKS)}")
    return BLOCK.sub(lambda m: m.group(1) + BLOCKS[m.group("name")](results) + m.group(4), text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the README differs from the results")
    parser.add_argument("--readme", type=Path, default=README)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    text = args.readme.read_text(encoding="utf-8")
    fresh = render_readme(text, args.results)
    if args.check:
        if fresh != text:
            diff = difflib.unified_diff(text.splitlines(), fresh.splitlines(), "README.md", "from evals/results", lineterm="", n=1)
            print("README.md disagrees with evals/results (run python -m regiondit.evals.report):", *diff, sep="\n", file=sys.stderr)
            return 1
        print(f"{args.readme}: {len(BLOCK.findall(text))} result blocks agree with {args.results}")
        return 0
    args.readme.write_text(fresh, encoding="utf-8")
    print(f"{args.readme}: {len(BLOCK.findall(text))} result blocks written from {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
