"""Write the fixed shapes-world eval set: 240 layouts, 60 each with 1, 2, 3 and 4 objects.

    python evals/make_shapes_eval.py   # -> evals/shapes_eval.json (committed; rerun gives the same file)
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict
from pathlib import Path

from regiondit.generator.shapes.world import sample_scene, scene_layout

OUT = Path(__file__).parent / "shapes_eval.json"
PER_COUNT = 60


def main() -> None:
    rng = random.Random(2025)
    items = []
    for count in (1, 2, 3, 4):
        made = 0
        while made < PER_COUNT:
            scene = sample_scene(rng, max_objects=4, empty_prob=0.0)
            if len(scene.objects) != count:
                continue
            items.append({"id": f"n{count}_{made:02d}", "caption": scene.caption, "scene": asdict(scene), "layout": scene_layout(scene)})
            made += 1
    OUT.write_text(json.dumps(items, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} layouts to {OUT}")


if __name__ == "__main__":
    main()
