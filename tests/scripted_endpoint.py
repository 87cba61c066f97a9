"""A local OpenAI-compatible chat-completions server that replays scripted answers.

It stands in for a paid endpoint (OpenAI, a hosted vision model): the client code
under test talks real HTTP to it through the official client libraries, and the
requests it received are kept for assertions.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ScriptedEndpoint:
    """``answers``: each a string (assistant text), a dict ``{"tool": name, "args": {...}}``, or ``{"tools": [{"name", "args"}, ...]}``."""

    def __init__(self, answers: list[Any]):
        self.answers = list(answers)
        self.requests: list[dict[str, Any]] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                endpoint.requests.append(body)
                answer = endpoint.answers.pop(0) if endpoint.answers else "no more scripted answers"
                message: dict[str, Any] = {"role": "assistant", "content": None}
                if isinstance(answer, dict):
                    calls = answer.get("tools") or [{"name": answer["tool"], "args": answer["args"]}]
                    message["tool_calls"] = [{"id": f"call_{len(endpoint.requests)}_{k}", "type": "function",
                                              "function": {"name": c["name"], "arguments": json.dumps(c["args"])}} for k, c in enumerate(calls)]
                else:
                    message["content"] = answer
                payload = json.dumps({
                    "id": f"chatcmpl-{len(endpoint.requests)}", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "scripted"),
                    "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if isinstance(answer, dict) else "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> ScriptedEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
