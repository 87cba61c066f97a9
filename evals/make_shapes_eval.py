"""Write a shapes-world eval set: layouts with 1, 2, 3 and 4 objects, an equal number of each.

    python -m regiondit.evals.make_shapes_eval                              # the committed set: evals/shapes_eval.json
    python -m regiondit.evals.make_shapes_eval --seed 7 --out fresh.json    # a fresh set drawn by another seed
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict
from pathlib import Path

from ..generator.shapes.world import sample_scene, scene_layout

COMMITTED_SEED = 2025


def make_eval_set(seed: int = COMMITTED_SEED, per_count: int = 60) -> list[dict]:
    """``per_count`` scenes of each object count, drawn from the world's scene sampler by ``seed``."""
    rng = random.Random(seed)
    items = []
    for count in (1, 2, 3, 4):
        made = 0
        while made < per_count:
            scene = sample_scene(rng, max_objects=4, empty_prob=0.0)
            if len(scene.objects) != count:
                continue
            items.append({"id": f"n{count}_{made:02d}", "caption": scene.caption, "scene": asdict(scene), "layout": scene_layout(scene)})
            made += 1
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=COMMITTED_SEED, help=f"scene sampler seed (the committed set: {COMMITTED_SEED})")
    parser.add_argument("--per-count", type=int, default=60, help="layouts per object count (default 60)")
    parser.add_argument("--out", type=Path, default=Path("evals", "shapes_eval.json"))
    args = parser.parse_args()
    items = make_eval_set(args.seed, args.per_count)
    args.out.write_text(json.dumps(items, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} layouts to {args.out}")


if __name__ == "__main__":
    main()
