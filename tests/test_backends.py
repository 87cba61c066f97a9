"""Loading real diffusers folders: the same loader a user points at downloaded weights."""

import json

import pytest

from regiondit.generator import load_backend, render
from regiondit.generator.registry import ModelSpecError
from regiondit.schemas import Layout


@pytest.fixture(scope="module")
def saved_pixart(tmp_path_factory, tiny_pixart):
    path = tmp_path_factory.mktemp("pixart")
    tiny_pixart.pipe.save_pretrained(path)
    return path


def test_local_pixart_folder_loads_and_renders_like_the_original(saved_pixart, tiny_pixart):
    backend = load_backend(f"pixart:{saved_pixart}")
    assert backend.num_blocks == tiny_pixart.num_blocks and backend.model_id == f"pixart:{saved_pixart}"
    layout = Layout.from_dict({"canvas": {"width": 64, "height": 64}, "global": {"high_level": "a cat"},
                               "regions": [{"id": "cat", "bbox": [0.1, 0.1, 0.6, 0.9], "high_level": "a cat"}]})
    # The same weights through the same kernels on the same shapes: bit-identical.
    assert render(backend, layout, steps=2).image.tobytes() == render(tiny_pixart, layout, steps=2).image.tobytes()


def test_folder_of_another_architecture_is_named(saved_pixart):
    with pytest.raises(ModelSpecError, match="holds a PixArtAlphaPipeline, not a hunyuan-dit pipeline.*--model pixart:"):
        load_backend(f"hunyuan-dit:{saved_pixart}")


def test_folder_without_model_index_is_explained(tmp_path):
    (tmp_path / "weights.safetensors").write_bytes(b"")
    with pytest.raises(ModelSpecError, match="no model_index.json"):
        load_backend(f"pixart:{tmp_path}")


def test_unsupported_architecture_in_folder(tmp_path):
    (tmp_path / "model_index.json").write_text(json.dumps({"_class_name": "FluxPipeline"}))
    with pytest.raises(ModelSpecError, match="holds a FluxPipeline"):
        load_backend(f"pixart:{tmp_path}")


@pytest.mark.parametrize("spec", ["tiny-pixart", "tiny-flux"])
def test_model_cpu_offload_renders_on_the_execution_device_like_the_plain_pipeline(spec):
    """With ``enable_model_cpu_offload`` the weights wait on the CPU and move to the execution device per call:
    inputs must be made there, not where the transformer's weights happen to be between calls."""
    layout = Layout.from_dict({"canvas": {"width": 64, "height": 64}, "global": {"high_level": "a desk"},
                               "regions": [{"id": "mug", "bbox": [0.1, 0.1, 0.5, 0.5], "high_level": "a red mug"},
                                           {"id": "book", "bbox": [0.5, 0.5, 0.9, 0.9], "high_level": "a blue book"}]})
    plain = render(load_backend(spec), layout, steps=2).image.tobytes()
    backend = load_backend(spec)
    backend.pipe.enable_model_cpu_offload(device="cpu")  # the hooks of a GPU run, with the CPU as the execution device
    assert backend.device == backend.pipe._execution_device
    # The same weights through the same kernels on the same shapes: bit-identical.
    assert render(backend, layout, steps=2).image.tobytes() == plain
