"""One set of capabilities, several faces: LangChain, OpenAI functions, MCP (stdio and HTTP with the official client)."""

import asyncio
import base64
import io
import json
import os
import subprocess
import sys

import httpx2
import pytest
from jsonschema import Draft202012Validator
from langchain_core.utils.function_calling import convert_to_openai_tool
from local_servers import free_port, port_open, start_server
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from PIL import Image
from pydantic import TypeAdapter

from regiondit.agent.capabilities import ALL
from regiondit.tools.langchain_tools import langchain_tools
from regiondit.tools.openai_tools import openai_tools, strict_compatible

NAMES = ["design_image", "render_layout", "repaint_region", "critique_image", "validate_layout", "refine_layout"]


def shapes_layout(colour="red", shape="circle", box=(0.05, 0.05, 0.45, 0.45)):
    return {
        "canvas": {"width": 256, "height": 256},
        "global": {"high_level": f"a {colour} {shape} on a gray background"},
        "background": {"high_level": "an empty gray background"},
        "regions": [{"id": "obj", "bbox": list(box), "high_level": f"a {shape}", "low_level": colour}],
    }


def _openai_parameters():
    return {t["function"]["name"]: t["function"]["parameters"] for t in openai_tools(ALL)}


def _cli_json(*args):
    out = subprocess.run([sys.executable, "-m", "regiondit.agent.cli", *args], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def test_openai_definitions_are_valid_tool_params_and_the_cli_prints_them():
    from openai.types.chat import ChatCompletionToolParam

    printed = _cli_json("tools", "--format", "openai")
    assert printed == openai_tools(ALL)
    for tool in printed:
        TypeAdapter(ChatCompletionToolParam).validate_python(tool)
        fn = tool["function"]
        assert fn["name"] in NAMES and len(fn["description"]) > 40
        Draft202012Validator.check_schema(fn["parameters"])
        assert "$ref" not in json.dumps(fn["parameters"])  # self-contained: clients need not resolve references
        assert fn.get("strict", False) == strict_compatible(fn["parameters"])
    assert [t["function"]["name"] for t in printed] == NAMES


def test_strict_mode_is_claimed_only_for_closed_fully_required_schemas():
    closed = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": False}
    assert strict_compatible(closed)
    assert not strict_compatible({**closed, "required": []})  # an optional field
    assert not strict_compatible({"type": "object", "properties": {"x": {"type": "object"}}, "required": ["x"], "additionalProperties": False})


def test_langchain_tools_send_the_same_schemas_and_report_bad_input(tmp_path):
    from regiondit.tools.capabilities import ToolSettings

    tools = langchain_tools(ALL, ToolSettings(out_dir=tmp_path))
    assert {t.name: convert_to_openai_tool(t)["function"]["parameters"] for t in tools} == _openai_parameters()
    render = next(t for t in tools if t.name == "render_layout")
    bad = render.invoke(
        {
            "name": "render_layout",
            "id": "c1",
            "type": "tool_call",
            "args": {"layout": {**shapes_layout(), "regions": [{"id": "x", "bbox": [0, 0, 2, 1], "high_level": "a"}]}},
        }
    )
    assert bad.status == "error" and "$.layout.regions[0].bbox[2]" in bad.content
    good = render.invoke({"name": "render_layout", "id": "c2", "type": "tool_call", "args": {"layout": shapes_layout(), "steps": 4}})
    assert good.status == "success" and os.path.isfile(good.artifact["image_path"])


def test_langchain_tools_run_in_a_toolnode_for_a_tool_calling_model(tmp_path):
    from langchain_core.messages import AIMessage
    from langgraph.graph import START, MessagesState, StateGraph
    from langgraph.prebuilt import ToolNode

    from regiondit.tools.capabilities import ToolSettings

    graph = StateGraph(MessagesState)
    graph.add_node("tools", ToolNode(langchain_tools(ALL, ToolSettings(out_dir=tmp_path))))
    graph.add_edge(START, "tools")
    call = {
        "name": "validate_layout",
        "id": "v1",
        "args": {"layout": {"global": {"high_level": "x"}, "regions": [{"id": "a", "bbox": [0.5, 0, 0.2, 1], "high_level": "y"}]}},
    }
    out = graph.compile().invoke({"messages": [AIMessage(content="", tool_calls=[call])]})
    out = {"messages": out["messages"][1:]}
    report = json.loads(out["messages"][0].content)
    assert report["valid"] is False and report["issues"][0]["path"].startswith("$.regions[0].bbox")


async def _exercise(client, tmp_path):
    """List the tools and call each one; returns (tools, results) for the caller's checks."""
    tools = (await client.list_tools()).tools
    results = {}
    results["render_layout"] = await client.call_tool("render_layout", {"layout": shapes_layout(), "steps": 6})
    image_path = results["render_layout"].structured_content["image_path"]
    results["repaint_region"] = await client.call_tool("repaint_region", {"image_path": image_path, "region_ids": ["obj"]})
    results["critique_image"] = await client.call_tool("critique_image", {"image_path": image_path, "layout": shapes_layout()})
    results["validate_layout"] = await client.call_tool("validate_layout", {"layout": {"global": {"high_level": "x"}}})
    results["refine_layout"] = await client.call_tool(
        "refine_layout", {"layout": shapes_layout(), "critique": results["critique_image"].structured_content}
    )
    results["design_image"] = await client.call_tool("design_image", {"prompt": "a blue square in the top right", "rounds": 2, "steps": 6})
    results["bad"] = await client.call_tool("render_layout", {"layout": {**shapes_layout(), "canvas": {"width": 100, "height": 256}}})
    return tools, results


def _check_exercise(tools, results):
    assert [t.name for t in tools] == NAMES
    assert {t.name: t.input_schema for t in tools} == _openai_parameters()  # the same schemas as every other face
    for name in NAMES:
        res = results[name]
        assert not res.is_error, res.content
        out = next(t for t in tools if t.name == name).output_schema
        Draft202012Validator(out).validate(res.structured_content)
    render = results["render_layout"]
    image = next(c for c in render.content if c.type == "image")
    png = Image.open(io.BytesIO(base64.b64decode(image.data)))
    assert image.mime_type == "image/png" and png.size == (256, 256)
    assert results["critique_image"].structured_content["critic"] == "vision"  # the embedded model's default critic
    repainted = results["repaint_region"].structured_content
    assert repainted["repaint"]["regions"] == ["obj"] and repainted["repaint"]["from_image_sha256"] == render.structured_content["image_sha256"]
    assert results["validate_layout"].structured_content["valid"] is False
    assert "layout" in results["refine_layout"].structured_content
    design = results["design_image"].structured_content
    assert design["status"] == "done" and 1 <= len(design["rounds"]) <= 2 and any(c.type == "image" for c in results["design_image"].content)
    bad = results["bad"]
    assert bad.is_error and "$.layout.canvas.width" in bad.content[0].text


def test_mcp_over_stdio_with_the_official_client(tmp_path):
    params = StdioServerParameters(command=sys.executable, args=["-m", "regiondit.agent.cli", "serve", "mcp", "--out", str(tmp_path)],
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})

    seen = []

    async def on_progress(progress, total, message):
        seen.append((progress, total, message))

    async def main():
        async with Client(params) as client:
            exercised = await _exercise(client, tmp_path)
            await client.call_tool("render_layout", {"layout": shapes_layout(), "steps": 5}, progress_callback=on_progress)
            return exercised

    tools, results = asyncio.run(main())
    _check_exercise(tools, results)
    assert [p for p, _, _ in seen] == [1, 2, 3, 4, 5] and seen[-1][1] == 5  # long work reports each step
    assert results["render_layout"].structured_content["image_path"].startswith(str(tmp_path))


@pytest.fixture(scope="module")
def http_server(tmp_path_factory):
    out = tmp_path_factory.mktemp("mcp_http")
    port, token = free_port(), "s3cret-token"
    proc = start_server(
        [sys.executable, "-m", "regiondit.agent.cli", "serve", "mcp", "--http", f"127.0.0.1:{port}", "--token", token, "--out", str(out)],
        out / "server.log",
        port_open(port),
        timeout=60,
    )
    yield f"http://127.0.0.1:{port}/mcp", token, out
    proc.terminate()
    proc.wait(timeout=20)


def _client(url, token):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers=headers, timeout=120)))


def test_mcp_over_http_requires_the_token(http_server):
    url, token, _ = http_server
    assert httpx2.post(url, json={}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert httpx2.post(url, json={}).status_code == 401

    async def main():
        async with _client(url, token) as client:
            return await _exercise(client, None)

    tools, results = asyncio.run(main())
    _check_exercise(tools, results)


def test_mcp_over_http_twenty_concurrent_renders_keep_their_own_layouts(http_server):
    url, token, _ = http_server
    colours, shapes = ["red", "blue", "green", "yellow", "purple"], ["circle", "square", "triangle", "circle"]
    layouts = [shapes_layout(colours[i % 5], shapes[i % 4], (0.05 + 0.02 * i, 0.1, 0.5 + 0.02 * i, 0.6)) for i in range(20)]

    async def main():
        async with _client(url, token) as client:
            concurrent = await asyncio.gather(
                *(client.call_tool("render_layout", {"layout": lay, "seed": i, "steps": 4}) for i, lay in enumerate(layouts))
            )
            alone = [await client.call_tool("render_layout", {"layout": layouts[i], "seed": i, "steps": 4}) for i in (0, 7, 19)]
            return concurrent, alone

    concurrent, alone = asyncio.run(main())
    assert all(not r.is_error for r in concurrent)
    for i, r in enumerate(concurrent):
        assert r.structured_content["layout"]["regions"][0]["bbox"][0] == pytest.approx(layouts[i]["regions"][0]["bbox"][0])
        assert r.structured_content["seed"] == i
    # Same pixels as when rendered alone (one process, same kernels and shapes): no state leaked between calls.
    for i, r in zip((0, 7, 19), alone, strict=True):
        assert r.structured_content["image_sha256"] == concurrent[i].structured_content["image_sha256"]


def test_serving_off_loopback_without_a_token_is_refused():
    out = subprocess.run(
        [sys.executable, "-m", "regiondit.agent.cli", "serve", "mcp", "--http", "0.0.0.0:8765"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2 and "--token" in out.stderr


def test_openai_function_calling_round_trip_through_the_official_client(tmp_path):
    from openai import OpenAI
    from scripted_endpoint import ScriptedEndpoint

    from regiondit.tools.capabilities import ToolSettings
    from regiondit.tools.openai_tools import call_tool

    answers = [
        {"tool": "render_layout", "args": {"layout": shapes_layout(), "steps": 4}},
        {"tool": "validate_layout", "args": {"layout": "not an object"}},
        "Here it is.",
    ]
    with ScriptedEndpoint(answers) as server:
        client = OpenAI(base_url=server.base_url, api_key="-")
        messages = [{"role": "user", "content": "Render a red circle in the top left."}]
        settings = ToolSettings(out_dir=tmp_path)
        for _ in range(2):
            answer = client.chat.completions.create(model="m", messages=messages, tools=openai_tools(ALL)).choices[0].message
            messages += [answer.model_dump(exclude_none=True), *(call_tool(ALL, c, settings) for c in answer.tool_calls)]
        client.chat.completions.create(model="m", messages=messages, tools=openai_tools(ALL))
    assert server.requests[0]["tools"] == openai_tools(ALL)  # what the server received is exactly the printed definitions
    rendered = json.loads(messages[2]["content"])
    assert os.path.isfile(rendered["image_path"]) and rendered["image_path"].startswith(str(tmp_path))
    assert messages[4]["content"].startswith("error:") and "$.layout" in messages[4]["content"]  # the model is told what to fix
    assert server.requests[2]["messages"][-1]["role"] == "tool"


def test_a_file_that_is_no_image_comes_back_as_the_named_tools_input_error(tmp_path):
    # a JSON file passed as the picture raised PIL's UnidentifiedImageError out of call_tool and LangChain's invoke
    from regiondit.tools.capabilities import ToolSettings
    from regiondit.tools.openai_tools import call_tool

    not_image = tmp_path / "layout.json"
    not_image.write_text(json.dumps(shapes_layout()))
    settings = ToolSettings(out_dir=tmp_path)
    for tool, arguments in (("critique_image", {"image_path": str(not_image), "layout": shapes_layout()}),
                            ("repaint_region", {"image_path": str(not_image), "region_ids": ["obj"]})):
        call = {"id": "c1", "type": "function", "function": {"name": tool, "arguments": json.dumps(arguments)}}
        message = call_tool(ALL, call, settings)
        assert f"{tool} input is invalid" in message["content"] and "is not an image that can be read" in message["content"], message
        lc = next(t for t in langchain_tools(ALL, settings) if t.name == tool)
        answer = lc.invoke({"name": tool, "id": "c2", "type": "tool_call", "args": arguments})
        assert answer.status == "error" and "is not an image that can be read" in answer.content


def test_a_critic_no_one_can_run_is_refused_before_any_picture_is_made(tmp_path):
    # design_image with critic "banana" planned and rendered a round, then failed at the critique
    from regiondit.tools.capabilities import ToolSettings
    from regiondit.tools.openai_tools import call_tool

    settings = ToolSettings(out_dir=tmp_path)
    for arguments, said in (({"prompt": "a red circle", "critic": "banana"}, "unknown critic 'banana'"),
                            ({"prompt": "a red circle", "critic": "vlm:llava"}, "write vlm:BASE_URL:MODEL")):
        call = {"id": "c1", "type": "function", "function": {"name": "design_image", "arguments": json.dumps(arguments)}}
        message = call_tool(ALL, call, settings)
        assert "design_image input is invalid" in message["content"] and "$.critic" in message["content"] and said in message["content"]
    assert not list(tmp_path.rglob("*.png"))


def test_a_prompt_that_asks_for_no_picture_is_the_prompts_input_error(tmp_path):
    # emoji only and a greeting came back as a "failed" design whose message was a chat reply ("Glad to help ...")
    from regiondit.tools.capabilities import ToolSettings
    from regiondit.tools.openai_tools import call_tool

    settings = ToolSettings(out_dir=tmp_path)
    for prompt, said in (("\U0001f3a8\U0001f305", "no English word"), ("   ", "the prompt is empty"),
                         ("hey there!", "no picture planned; the planner answered: I design pictures from words")):
        call = {"id": "c1", "type": "function", "function": {"name": "design_image", "arguments": json.dumps({"prompt": prompt})}}
        message = call_tool(ALL, call, settings)
        assert "design_image input is invalid" in message["content"] and "$.prompt" in message["content"], message
        assert said in message["content"], message
    lc = next(t for t in langchain_tools(ALL, settings) if t.name == "design_image")
    answer = lc.invoke({"name": "design_image", "id": "c2", "type": "tool_call", "args": {"prompt": "\U0001f3a8"}})
    assert answer.status == "error" and "no English word" in answer.content
    assert not list(tmp_path.rglob("*.png"))


def test_an_unreachable_vision_model_is_one_clear_error_that_keeps_the_picture(tmp_path):
    # it was 161 lines of four tracebacks, and the round's picture, already written, was never named
    from regiondit.agent.context import DesignContext
    from regiondit.agent.rounds import critique_round
    from regiondit.tools.critics import CriticError

    png = tmp_path / "picture.png"
    Image.new("RGB", (64, 64), "white").save(png)
    entry = {"round": 1, "layout": shapes_layout(), "result": {"image_path": str(png)}}
    ctx = DesignContext(critic=f"vlm:http://127.0.0.1:{free_port()}/v1:some-model", out_dir=str(tmp_path))
    with pytest.raises(CriticError, match=r"did not answer .*--critic vision.*Round 1's picture is kept: .*picture\.png"):
        critique_round(entry, ctx)
