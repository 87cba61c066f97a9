"""The servers' model process: model-bound calls run in a child that loads the model at once."""

import os
import signal

import pytest

from regiondit.tools.capabilities import RENDER_LAYOUT, VALIDATE_LAYOUT, ToolSettings
from regiondit.tools.worker import ModelProcess, WorkerFailure, WorkerInputError


def _layout(colour="red"):
    return {
        "canvas": {"width": 256, "height": 256},
        "global": {"high_level": f"a {colour} circle on a gray background"},
        "background": {"high_level": "an empty gray background"},
        "regions": [{"id": "obj", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a circle", "low_level": colour}],
    }


@pytest.fixture
def worker():
    w = ModelProcess("shapes")
    yield w
    w.close()


def test_renders_in_the_child_with_progress_and_survive_its_death(worker, tmp_path):
    render, settings = worker.remote(RENDER_LAYOUT), ToolSettings(out_dir=tmp_path)
    steps = []
    first = render({"layout": _layout(), "steps": 4}, settings, lambda done, total, message: steps.append((done, total)))
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]  # each denoising step reported back to the caller
    assert os.path.isfile(first.data["image_path"]) and first.images[0].is_file()

    os.kill(worker.pid, signal.SIGKILL)
    again = render({"layout": _layout(), "steps": 4}, settings)  # the call runs once more in a fresh child
    assert again.data["image_sha256"] == first.data["image_sha256"]  # the same computation in a fresh process
    assert os.path.isfile(first.data["image_path"])  # nothing already produced is lost

    deaths = []

    def kill_at_first_step(done, total, message):
        if done == 1:
            deaths.append(worker.pid)
            os.kill(worker.pid, signal.SIGKILL)

    with pytest.raises(WorkerFailure, match="model process exited.*call again"):  # a child that dies twice: the caller is told
        render({"layout": _layout("blue"), "steps": 4}, settings, kill_at_first_step)
    assert len(deaths) == 2 and deaths[0] != deaths[1]
    assert render({"layout": _layout(), "steps": 4}, settings).data["image_sha256"] == first.data["image_sha256"]


def test_model_errors_come_back_as_input_errors_and_model_free_calls_stay_in_the_server(tmp_path):
    worker = ModelProcess("no-such-model")
    try:
        settings = ToolSettings(out_dir=tmp_path, model="no-such-model")
        report = worker.remote(VALIDATE_LAYOUT)({"layout": _layout()}, settings)  # needs no model: answered here
        assert report.data["valid"] is True
        with pytest.raises(WorkerInputError, match="no-such-model"):
            worker.remote(RENDER_LAYOUT)({"layout": _layout(), "steps": 4}, settings)
        assert worker._process.is_alive()  # a bad request does not cost the model process
    finally:
        worker.close()
