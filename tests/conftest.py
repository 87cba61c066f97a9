import copy
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

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
