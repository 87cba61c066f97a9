"""`regiondit batch` on a local Ray runtime: input order, bad lines as error rows, resume, and a worker killed mid-item."""

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("ray")

COLOURS, SHAPES, PLACES = ("red", "green", "blue", "yellow"), ("circle", "square", "triangle"), ("on the left", "at the top", "on the right")
GOOD = [{"id": f"item{k}", "prompt": f"a {COLOURS[k % 4]} {SHAPES[k % 3]} {PLACES[k % 3]}", "seed": k} for k in range(12)]
LINES = [*GOOD[:5], "this line is not JSON", *GOOD[5:9], {"layout": {"canvas": {"width": 256, "height": 256}, "global": {"high_level": "x"},
                                                                  "regions": [{"id": "a", "bbox": [0.6, 0.1, 0.2, 0.5], "high_level": "y"}]}},
         *GOOD[9:]]
STATUSES = ["done"] * 5 + ["error"] + ["done"] * 4 + ["error"] + ["done"] * 3


def _batch(tmp_path, *extra, env=None):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in LINES) + "\n")
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "batch", str(src), "--out", str(tmp_path / "out"), "--workers", "2",
                           "--rounds", "1", "--steps", "2", *extra], capture_output=True, text=True, timeout=900, env={**os.environ, **(env or {})})
    rows = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    return proc, rows


def _images(tmp_path):
    return sorted(p.name for p in (tmp_path / "out" / "images").glob("*.png") if not p.name.endswith(".boxes.png"))


def test_twelve_items_on_two_workers_a_worker_killed_mid_batch_bad_lines_named_and_a_rerun_renders_nothing(tmp_path):
    marker = tmp_path / "killed"
    proc, rows = _batch(tmp_path, env={"REGIONDIT_BATCH_KILL_MARKER": str(marker), "REGIONDIT_BATCH_KILL_ID": "item6"})
    assert proc.returncode == 1, proc.stderr  # two lines were bad: the batch finished, and says so
    assert marker.is_file()  # one worker process was killed (SIGKILL) while designing item6
    assert [r["index"] for r in rows] == list(range(14))  # one row per input line, in input order
    assert [r["status"] for r in rows] == STATUSES, (rows, proc.stderr[-2000:])
    done = [r for r in rows if r["status"] == "done"]
    assert [r["id"] for r in done] == [g["id"] for g in GOOD] and len({r["id"] for r in rows}) == 14  # all 12 done, none twice
    assert "not JSON" in rows[5]["error"] and "$.regions[0].bbox" in rows[10]["error"]  # the JSON path of the problem
    for row in done:
        assert (tmp_path / "out" / row["image"]).is_file() and 0 <= row["score"] <= 1 and row["rounds"] >= 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["done"] == 12 and summary["errors"] == 2 and summary["designed_this_run"] == 12
    made = _images(tmp_path)

    proc, again = _batch(tmp_path)
    assert "12 already done, 0 to design" in proc.stderr, proc.stderr
    assert _images(tmp_path) == made  # nothing rendered again
    assert [r["image"] for r in again] == [r["image"] for r in rows]


def test_eval_on_ray_workers_scores_exactly_what_one_process_scores(tmp_path):
    runs = {}
    for workers in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "eval", "--limit", "8", "--workers", workers, "--steps", "4",
                               "--out", str(tmp_path / workers)], capture_output=True, text=True, timeout=600,
                              env={**os.environ, "OMP_NUM_THREADS": "1"})  # one thread, as in each one-CPU Ray actor: the same kernels
        assert proc.returncode == 0, proc.stderr
        runs[workers] = json.loads((tmp_path / workers / "shapes_eval.json").read_text())["routing"]
    (name, one), = runs["1"].items()
    assert runs["2"][name]["tasks"] == one["tasks"] and runs["2"][name]["workers"] == 2


def test_a_lines_seed_and_rounds_get_the_bounds_every_other_face_gives_them(tmp_path):
    """Out-of-range seeds and rounds on one line are that line's error, named with the allowed range, before any worker
    starts; the lines around it stay items."""
    from regiondit.agent.batch import read_items

    lines = [{"prompt": "a red circle", "rounds": 11}, {"prompt": "a red circle", "seed": 2**32}, {"prompt": "a red circle", "seed": -1},
             {"prompt": "a red circle", "rounds": True}, {"prompt": "a red circle", "rounds": 10, "seed": 2**32 - 1}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    items = read_items(src)
    assert "'rounds' must be a whole number from 1 to 10, got 11" in items[0]["error"]
    assert "'seed' must be a whole number from 0 to 4294967295" in items[1]["error"] and "got -1" in items[2]["error"]
    assert "got true" in items[3]["error"] and items[4]["item"] == lines[4]
