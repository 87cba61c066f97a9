"""The repository as a newcomer meets it: committed files carry no machine paths, README numbers come from results."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MACHINE_PATH = re.compile(r"""["'\s(](/(?:work|tmp|home|root|Users|mnt|opt)/[\w.-]+)""")


def _committed(*patterns: str) -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / line for line in out.splitlines() if line]


def test_committed_results_and_docs_carry_no_machine_paths():
    found = []
    for path in _committed("*.json", "*.md", "*.jsonl", "*.csv", "*.txt"):
        for match in MACHINE_PATH.finditer(path.read_text(encoding="utf-8", errors="replace")):
            found.append(f"{path.relative_to(ROOT)}: {match.group(1)}")
    assert not found, "absolute paths of a machine in committed files (record repo-relative paths or resource names):\n" + "\n".join(found)


def _report(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regiondit.evals.report", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_readme_numbers_are_the_committed_results():
    proc = _report("--check")
    assert proc.returncode == 0, proc.stderr


def test_a_number_edited_by_hand_fails_the_check(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- results: routing -->\n(.*?)<!-- /results: routing -->", readme, re.DOTALL)
    assert block, "the README's routing table is a generated block"
    number = re.search(r"\| (\d+\.\d) \|", block.group(1))
    edited = readme.replace(block.group(1), block.group(1).replace(number.group(0), f"| {float(number.group(1)) + 1:.1f} |", 1))
    (tmp_path / "README.md").write_text(edited, encoding="utf-8")
    proc = _report("--check", "--readme", str(tmp_path / "README.md"), "--results", str(ROOT / "evals" / "results"))
    assert proc.returncode == 1 and "disagrees" in proc.stderr


def test_the_wheel_holds_every_subpackage_the_weights_and_the_eval_set(tmp_path):
    """What a user installs from a wheel: every package folder, the schemas, the embedded weights, the eval set."""
    import zipfile

    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 and "No module named" in proc.stderr:
        pytest.skip(f"cannot build here: {proc.stderr.strip().splitlines()[-1]}")
    assert proc.returncode == 0, proc.stderr
    names = set(zipfile.ZipFile(next(tmp_path.glob("regiondit-*.whl"))).namelist())
    folders = {"schemas", "generator", "tools", "agent", "evals"}
    packages = {p.parent.relative_to(ROOT).as_posix() for f in folders for p in (ROOT / f).rglob("__init__.py")}
    missing = sorted(p for p in packages if f"regiondit/{p}/__init__.py" not in names)
    assert not missing, f"subpackages missing from the wheel: {missing}"
    for data in ("schemas/layout.schema.json", "schemas/tools.schema.json", "generator/shapes/weights/shapes_dit.safetensors",
                 "generator/shapes/weights/shapes_dit.json", "evals/shapes_eval.json"):
        assert f"regiondit/{data}" in names, f"{data} is not in the wheel"
    assert not any("/results/" in n or n.startswith("regiondit/tests") for n in names)  # results and tests stay in the checkout
