"""Start a project server as a subprocess on a free loopback port and wait until it answers (shared by the tests)."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_ok(url: str) -> Callable[[], bool]:
    """Ready when ``url`` answers 200."""

    def ready() -> bool:
        try:
            return httpx.get(url, timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    return ready


def port_open(port: int) -> Callable[[], bool]:
    """Ready when the port accepts a connection."""

    def ready() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            return False

    return ready


def start_server(args: list[str], log: Path, ready: Callable[[], bool], timeout: float = 120, **popen) -> subprocess.Popen:
    """Run ``args`` with output to ``log``; return once ``ready()`` holds, or fail with the log's tail."""
    with log.open("w") as sink:
        proc = subprocess.Popen(args, stdout=sink, stderr=subprocess.STDOUT, **popen)
    deadline = time.time() + timeout
    while not ready():
        if proc.poll() is not None or time.time() > deadline:
            why = f"exited with {proc.returncode}" if proc.poll() is not None else f"not ready after {timeout:.0f} s"
            proc.kill()
            raise AssertionError(f"{args[0]} did not come up ({why}):\n" + log.read_text()[-3000:])
        time.sleep(0.2)
    return proc
