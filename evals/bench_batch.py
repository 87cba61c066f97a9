"""What an image costs in `regiondit batch`: the same requests with 1 worker and with N, in one run.

Prints and writes the wall time, items per second, seconds per item per worker, and the speed-up of N workers over
one (the baseline measured in the same run). Ray start-up and each worker's model load are inside the wall time.

    python -m regiondit.evals.bench_batch [--workers 2] [--items 8] [--repeats 3]   # -> evals/results/bench_batch.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from ..agent.batch import Settings, run_batch

RESULTS = Path("evals", "results")
PROMPTS = ["a red circle on the left and a blue square on the right", "two green triangles at the top", "a yellow striped square in the middle",
           "a purple circle above an orange triangle", "three circles in a row: red, green and blue", "a big blue square on a white background",
           "a small red triangle in the bottom right corner", "an orange circle left of a striped green square"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each configuration, alternating (default 3)")
    args = parser.parse_args()
    prompts = (PROMPTS * (args.items // len(PROMPTS) + 1))[: args.items]
    keys = ("done", "seconds", "seconds_once_workers_ready", "items_per_second", "items_per_second_once_workers_ready",
            "seconds_per_item_per_worker")
    every: dict[str, list[dict]] = {"1": [], str(args.workers): []}
    for _ in range(args.repeats):  # 1 and N workers alternately, so this machine's drift hits both
        for workers in (1, args.workers):
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp, "in.jsonl")
                src.write_text("\n".join(json.dumps({"id": f"p{k}", "prompt": p, "seed": k}) for k, p in enumerate(prompts)) + "\n")
                summary = run_batch(src, Path(tmp, "out"), Settings(rounds=args.rounds), workers=workers, log=lambda line: None)
            every[str(workers)].append({k: summary[k] for k in keys})
            print(f"{workers} worker(s): {every[str(workers)][-1]}", file=sys.stderr, flush=True)
    # Each figure: the run with the median whole-command time.
    runs = {w: {**sorted(rs, key=lambda r: r["seconds"])[len(rs) // 2], "all_seconds": [r["seconds"] for r in rs],
                "all_seconds_once_workers_ready": [r["seconds_once_workers_ready"] for r in rs]} for w, rs in every.items()}
    median = lambda xs: statistics.median(xs)  # noqa: E731
    one, many = every["1"], every[str(args.workers)]
    report = {"items": args.items, "rounds": args.rounds, "model": "shapes", "repeats": args.repeats, "runs": runs,
              "speedup": round(median([r["seconds"] for r in one]) / median([r["seconds"] for r in many]), 2),
              "speedup_once_workers_ready": round(median([r["seconds_once_workers_ready"] for r in one])
                                                  / median([r["seconds_once_workers_ready"] for r in many]), 2),
              "note": "seconds: the whole command, starting Ray and loading the model in every worker included; "
                      "speed-ups: ratios of the medians over the repeats"}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_batch.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
