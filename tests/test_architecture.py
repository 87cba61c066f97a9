"""The folders import one way: schemas <- generator <- tools <- agent; evals may use them all; nothing imports evals or tests.

The one door into evals/ is the command line's ``eval`` entry (``agent/cli.py`` -> ``evals.cli``).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["schemas", "generator", "tools", "agent"]
DOORS = {("agent/cli.py", "evals")}


def _imported_folders(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(ROOT).parts) - 1  # folders between the repo root and the file
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = path.relative_to(ROOT).parts[: depth - node.level + 1] + tuple((node.module or "").split("."))
                target = parts[0] if node.level <= depth else (node.module or "").split(".")[0]
            else:
                mod = (node.module or "").split(".")
                target = mod[1] if mod[0] == "regiondit" and len(mod) > 1 else mod[0]
            found.add(target)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                mod = alias.name.split(".")
                found.add(mod[1] if mod[0] == "regiondit" and len(mod) > 1 else mod[0])
    return found & {*ORDER, "evals", "tests"}


@pytest.mark.parametrize("folder", [*ORDER, "evals"])
def test_imports_point_one_way(folder):
    allowed = set(ORDER[: ORDER.index(folder) + 1]) if folder in ORDER else {*ORDER, "evals"}
    for path in (ROOT / folder).rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        bad = {f for f in _imported_folders(path) - allowed if (rel, f) not in DOORS}
        assert not bad, f"{rel} imports {sorted(bad)}; {folder}/ may import only {sorted(allowed)}"


def test_tools_and_generator_agree_on_the_default_model():
    from regiondit.generator.backends import DEFAULT_MODEL
    from regiondit.tools.rendering import DEFAULT_MODEL as TOOLS_DEFAULT

    assert TOOLS_DEFAULT == DEFAULT_MODEL
