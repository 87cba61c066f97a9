"""How often the trained vision critic agrees with the independent judge (the shapes analyzer) on the DiT's own renders.

Every layout of the shapes eval set is rendered with the embedded model's default routing; for each region both
answer five questions (an object is there; it is inside its box; its colour, texture and shape are as asked,
the last three asked only where the judge finds the object). Agreement is per question, over all regions.

    python -m regiondit.evals.critic_agreement [--limit N]   # -> evals/results/critic_agreement.json
                                                             #    and critic_disagreements.png (where the two differ)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PIL import Image, ImageDraw

from ..generator.shapes.analyzer import score_layout
from ..generator.shapes.critic import QUESTIONS, ask, held_out_accuracy, load_critic
from ..schemas import Layout
from ..tools import get_backend
from .shapes import load_eval_set

RESULTS = Path("evals", "results")
JUDGE_KEYS = {"present": "presence", "placed": "position", "colour": "colour", "texture": "texture", "shape": "shape"}


def disagreement_sheet(differ: list, cell: int = 128, columns: int = 8) -> Image.Image:
    """Renders where the critic and the judge answer a question differently, one row per question (the first
    ``columns`` cases of each): the region's box outlined, what the judge said, and the region's texts."""
    rows = [[d for d in differ if d[2] == q][:columns] for q in QUESTIONS]
    rows = [r for r in rows if r]
    sheet = Image.new("RGB", (columns * cell, max(1, len(rows)) * (cell + 30)), "white")
    for i, row in enumerate(rows):
        for k, (image, region, question, judge) in enumerate(row):
            x, y = k * cell, i * (cell + 30)
            tile = image.convert("RGB").resize((cell - 4, cell - 4), Image.NEAREST)
            ImageDraw.Draw(tile).rectangle([v * (cell - 4) for v in region.bbox], outline=(255, 0, 255))
            sheet.paste(tile, (x + 2, y + 2))
            text = ImageDraw.Draw(sheet)
            text.text((x + 2, y + cell), f"{question}: judge {'yes' if judge else 'no'}, critic {'no' if judge else 'yes'}", fill=(0, 0, 0))
            text.text((x + 2, y + cell + 13), f"{region.high_level} | {region.low_level}"[:22], fill=(90, 90, 90))
    return sheet


def main() -> None:
    from ..generator import render

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--weights", help="critic weights (default: the shipped ones)")
    args = parser.parse_args()
    backend, critic = get_backend("shapes"), load_critic(args.weights)
    draws = held_out_accuracy(critic)  # the worst of several held-out draws is what the README reports
    agree, differ = {q: [0, 0] for q in QUESTIONS}, []
    passed_wrong, flagged_right = dict.fromkeys(QUESTIONS, 0), dict.fromkeys(QUESTIONS, 0)  # the critic's misses, false alarms
    for item in load_eval_set(limit=args.limit):
        layout = Layout.from_dict(item["layout"])
        image = render(backend, layout, seed=0).image
        judged = score_layout(layout, image)["regions"]
        answers = ask(critic, image, layout.regions)
        for region, truth, said in zip(layout.regions, judged, answers, strict=True):
            for q in QUESTIONS:
                if q in ("colour", "texture", "shape") and not truth["presence"]:
                    continue
                if q == "shape" and not truth["position"]:
                    continue  # the judge scores shape given position
                judge = bool(truth[JUDGE_KEYS[q]])
                agree[q][0] += said[q] == judge
                agree[q][1] += 1
                if said[q] != judge:
                    differ.append((image, region, q, judge))
                    (flagged_right if judge else passed_wrong)[q] += 1
    report = {"routing": "the embedded default (regional_all_isolated)", "seed": 0,
              "agreement": {q: round(a / n, 4) if n else None for q, (a, n) in agree.items()},
              "questions_asked": {q: n for q, (_, n) in agree.items()},
              "critic_yes_judge_no": passed_wrong, "critic_no_judge_yes": flagged_right,
              # which weights, not where they lay on this machine
              "critic_weights": Path(args.weights).name if args.weights else "shipped",
              "critic_held_out_draws": draws,
              "critic_held_out_accuracy": {q: min(d[q] for d in draws.values()) for q in QUESTIONS}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "critic_agreement.json").write_text(json.dumps(report, indent=1) + "\n")
    disagreement_sheet(differ).save(RESULTS / "critic_disagreements.png")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
