"""How often the trained vision critic agrees with the independent judge (the shapes analyzer) on the DiT's own renders.

Every layout of the shapes eval set is rendered with the embedded model's default routing; for each region both
answer five questions (an object is there; it is inside its box; its colour, texture and shape are as asked,
the last three asked only where the judge finds the object). Agreement is per question, over all regions.

    python -m regiondit.evals.critic_agreement [--limit N]   # -> evals/results/critic_agreement.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..generator.shapes.analyzer import score_layout
from ..generator.shapes.critic import QUESTIONS, ask, critic_report, load_critic
from ..schemas import Layout
from ..tools import get_backend
from .shapes import load_eval_set

RESULTS = Path("evals", "results")
JUDGE_KEYS = {"present": "presence", "placed": "position", "colour": "colour", "texture": "texture", "shape": "shape"}


def main() -> None:
    from ..generator import render

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--weights", help="critic weights (default: the shipped ones)")
    args = parser.parse_args()
    backend, critic = get_backend("shapes"), load_critic(args.weights)
    agree = {q: [0, 0] for q in QUESTIONS}
    for item in load_eval_set(limit=args.limit):
        layout = Layout.from_dict(item["layout"])
        image = render(backend, layout, seed=0).image
        judged = score_layout(layout, image)["regions"]
        answers = ask(critic, image, layout.regions)
        for truth, said in zip(judged, answers, strict=True):
            for q in QUESTIONS:
                if q in ("colour", "texture", "shape") and not truth["presence"]:
                    continue
                if q == "shape" and not truth["position"]:
                    continue  # the judge scores shape given position
                agree[q][0] += said[q] == bool(truth[JUDGE_KEYS[q]])
                agree[q][1] += 1
    report = {"routing": "the embedded default (regional_all_isolated)", "seed": 0,
              "agreement": {q: round(a / n, 4) if n else None for q, (a, n) in agree.items()},
              "questions_asked": {q: n for q, (_, n) in agree.items()},
              "critic_weights": args.weights or "shipped", "critic_held_out_accuracy": critic_report(args.weights)["accuracy"]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "critic_agreement.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
