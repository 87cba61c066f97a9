"""How the house is built: folders import one way, modules never import in a circle.

Folders: ``schemas <- generator <- tools <- agent``, and ``agent`` reaches the generator only through
``tools``; ``evals`` may use them all; nothing imports ``evals`` or ``tests`` (the one door is the
command line's ``eval`` entry, ``agent/cli.py`` -> ``evals.cli``). Modules: no cycle, counting the
imports made inside functions too.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("schemas", "generator", "tools", "agent", "evals")
ALLOWED = {
    "schemas": {"schemas"},
    "generator": {"schemas", "generator"},
    "tools": {"schemas", "generator", "tools"},
    "agent": {"schemas", "tools", "agent"},
    "evals": set(FOLDERS),
}
DOORS = {("agent/cli.py", "evals")}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["regiondit", *parts])


def imported_modules(path: Path, root: Path) -> set[str]:
    """The project modules ``path`` imports (``regiondit.x.y``), wherever in the file the import stands.

    ``from . import shapes`` names the module ``shapes``; ``from .model import x`` the module ``model``.
    """
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if not target.startswith("regiondit"):
                continue
            submodules = {f"{target}.{alias.name}" for alias in node.names if _is_module(root, f"{target}.{alias.name}")}
            found.update(submodules if len(submodules) == len(node.names) else {target, *submodules})
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("regiondit."))
    return found


def _is_module(root: Path, name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (root / rel).with_suffix(".py").is_file() or (root / rel / "__init__.py").is_file()


def module_graph(root: Path, folders=FOLDERS) -> dict[str, set[str]]:
    files = [p for f in folders for p in (root / f).rglob("*.py")]
    modules = {module_name(p, root): p for p in files}
    return {name: {m for m in imported_modules(path, root) if m in modules and m != name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each a circle of imports."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def folder_violations(root: Path, folders=FOLDERS) -> list[str]:
    bad = {}
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for target in sorted(imported_modules(path, root)):
                other = target.split(".")[1] if target.count(".") else ""
                if other in (*FOLDERS, "tests") and other not in ALLOWED[folder] and (rel, other) not in DOORS:
                    bad.setdefault((rel, other), f"{rel} imports {target}; {folder}/ may import only {sorted(ALLOWED[folder])}")
    return list(bad.values())


def test_folders_import_one_way():
    assert folder_violations(ROOT) == []


def test_no_module_imports_itself_in_a_circle():
    assert cycles(module_graph(ROOT)) == []


@pytest.fixture
def planted(tmp_path):
    """A copy of the tree's layout with one module per folder, imports as given."""

    def make(files: dict[str, str]) -> Path:
        for folder in FOLDERS:
            (tmp_path / folder).mkdir(exist_ok=True)
            (tmp_path / folder / "__init__.py").write_text("")
        for rel, text in files.items():
            (tmp_path / rel).write_text(text)
        return tmp_path

    return make


def test_the_checks_catch_a_planted_cycle_and_a_planted_shortcut(planted):
    root = planted({"generator/a.py": "from .b import x\n", "generator/b.py": "def f():\n    from .a import y\n",
                    "agent/ui.py": "from ..generator.a import x\n", "tools/t.py": "from ..generator import a\n"})
    assert cycles(module_graph(root)) == [["regiondit.generator.a", "regiondit.generator.b"]]
    assert folder_violations(root) == ["agent/ui.py imports regiondit.generator.a; agent/ may import only ['agent', 'schemas', 'tools']"]


def test_tools_and_generator_agree_on_the_default_model():
    from regiondit.generator.registry import DEFAULT_MODEL
    from regiondit.tools.rendering import DEFAULT_MODEL as TOOLS_DEFAULT

    assert TOOLS_DEFAULT == DEFAULT_MODEL


def test_product_functions_are_short_enough_to_read_at_once():
    """No function of the product over 60 lines, except the training loop (a nanoGPT-style script reads best in one piece)."""
    allowed = {("generator/shapes/train.py", "train")}
    long = []
    for folder in ("schemas", "generator", "tools", "agent"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines = node.end_lineno - node.lineno + 1
                    if lines > 60 and (path.relative_to(ROOT).as_posix(), node.name) not in allowed:
                        long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, long


def test_planning_and_reading_the_shapes_vocabulary_do_not_load_the_diffusion_stack():
    """``regiondit plan`` and ``validate`` start in about a second: what they read (the planner, the schemas, the shapes
    world's words, the routing presets) does not import diffusers or torch, which the generator's package would load."""
    import subprocess
    import sys

    code = ("import sys; import regiondit.agent.cli, regiondit.agent.offline_planner, regiondit.schemas; "
            "from regiondit.generator.shapes.world import COLOURS; from regiondit.generator import SLOTS, DepthRouting; "
            "from regiondit.agent.offline_planner import plan; plan('a red circle on the left'); "
            "print(sorted(m for m in ('torch', 'diffusers', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    code = "import sys; from regiondit.generator import render; print(render.__module__, 'diffusers' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() == [
        "regiondit.generator.render", "True"]  # the names that need them still load them
