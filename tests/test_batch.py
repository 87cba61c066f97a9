"""`regiondit batch` on a local Ray runtime: input order, bad lines as error rows, resume, and a worker killed mid-item."""

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("ray")

LINES = [
    {"id": "circle", "prompt": "a red circle on the left"},
    {"prompt": "a blue square at the top", "seed": 2},
    "this line is not JSON",
    {"layout": {"regions": []}},
    {"id": "pair", "prompt": "two green triangles", "rounds": 2},
]


def _batch(tmp_path, *extra, env=None):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in LINES) + "\n")
    proc = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", "batch", str(src), "--out", str(tmp_path / "out"), "--workers", "2",
                           "--rounds", "1", "--steps", "2", *extra], capture_output=True, text=True, timeout=900, env={**os.environ, **(env or {})})
    rows = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    return proc, rows


def _images(tmp_path):
    return sorted(p.name for p in (tmp_path / "out" / "images").glob("*.png") if not p.name.endswith(".boxes.png"))


def test_batch_keeps_input_order_reports_bad_lines_and_resumes_without_rendering_again(tmp_path):
    proc, rows = _batch(tmp_path)
    assert proc.returncode == 1, proc.stderr  # some lines were bad: the batch finished, and says so
    assert [r["index"] for r in rows] == [0, 1, 2, 3, 4]
    assert [r["id"] for r in rows] == ["circle", "line-2", "line-3", "line-4", "pair"]
    assert [r["status"] for r in rows] == ["done", "done", "error", "error", "done"]
    assert "not JSON" in rows[2]["error"] and "invalid layout" in rows[3]["error"] and "global" in rows[3]["error"]
    for row in (rows[0], rows[1], rows[4]):
        assert (tmp_path / "out" / row["image"]).is_file() and 0 <= row["score"] <= 1 and row["rounds"] >= 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["done"] == 3 and summary["errors"] == 2 and summary["designed_this_run"] == 3
    made = _images(tmp_path)

    proc, again = _batch(tmp_path)
    assert "3 already done, 0 to design" in proc.stderr, proc.stderr
    assert _images(tmp_path) == made  # nothing rendered again
    assert [r["image"] for r in again] == [r["image"] for r in rows]


def test_a_worker_killed_mid_item_is_replaced_and_the_item_retried(tmp_path):
    marker = tmp_path / "killed"
    proc, rows = _batch(tmp_path, env={"REGIONDIT_BATCH_KILL_MARKER": str(marker), "REGIONDIT_BATCH_KILL_ID": "pair"})
    assert marker.is_file()  # a worker process did die on that item
    assert [r["status"] for r in rows] == ["done", "done", "error", "error", "done"], (rows, proc.stderr[-2000:])


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
