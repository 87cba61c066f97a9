"""Ray, the engine batch work runs on: one place that starts (or joins) a runtime and sizes actors for the machine."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def ray_runtime(workers: int, address: str | None = None) -> Iterator[object]:
    """A Ray runtime for the work inside the block: a local one (no dashboard, loopback only, ``workers`` CPUs) that stops
    afterwards, or the cluster at ``address`` (``ray start --head`` on one node, ``ray start --address`` on the others)."""
    import ray

    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False, configure_logging=False, _node_ip_address="127.0.0.1")
    try:
        yield ray
    finally:
        ray.shutdown()


def actor_options(retries: int = 2) -> dict[str, object]:
    """One CPU per actor, and one GPU when this machine has CUDA; a dead actor is restarted and its call retried."""
    import torch

    return {"num_cpus": 1, "num_gpus": 1 if torch.cuda.is_available() else 0, "max_restarts": retries, "max_task_retries": retries}
