"""serve.py answers the OpenAI routes for the base model and a LoRA adapter (plain urllib, no SDK)."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import torch
from conftest import RUNNER_DIR


@pytest.fixture(scope="module")
def adapter_dir(tmp_path_factory, tiny_model_dir):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("adapter")
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_model_dir),
                           LoraConfig(r=4, target_modules="all-linear", init_lora_weights=False))
    model.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def server(tiny_model_dir, adapter_dir):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, str(RUNNER_DIR / "serve.py"), "--model", str(tiny_model_dir), "--served-model-name", "base",
         "--lora-modules", f"tuned={adapter_dir}", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "/health", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"serve.py did not start: {proc.stdout.read()}")
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _post(url, body):
    request = urllib.request.Request(url + "/v1/chat/completions", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def test_models(server):
    with urllib.request.urlopen(server + "/v1/models") as response:
        body = json.load(response)
    assert body["object"] == "list"
    assert [m["id"] for m in body["data"]] == ["base", "tuned"]
    assert all(m["object"] == "model" for m in body["data"])


@pytest.mark.parametrize("model", ["base", "tuned"])
def test_chat_completion_shape(server, model):
    body = _post(server, {"model": model, "max_tokens": 5, "temperature": 0,
                          "messages": [{"role": "user", "content": "what color is the sky ?"}]})
    assert body["object"] == "chat.completion" and body["model"] == model
    assert body["id"].startswith("chatcmpl-") and isinstance(body["created"], int)
    (choice,) = body["choices"]
    assert choice["index"] == 0 and choice["message"]["role"] == "assistant"
    assert isinstance(choice["message"]["content"], str) and choice["finish_reason"] in ("stop", "length")
    usage = body["usage"]
    assert 0 < usage["completion_tokens"] <= 5
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_greedy_is_deterministic_and_adapter_differs(server):
    request = {"max_tokens": 8, "temperature": 0, "messages": [{"role": "user", "content": "what color is the sea ?"}]}
    base = [_post(server, request | {"model": "base"})["choices"][0]["message"]["content"] for _ in range(2)]
    tuned = _post(server, request | {"model": "tuned"})["choices"][0]["message"]["content"]
    assert base[0] == base[1]
    assert tuned != base[0]  # a randomly initialised (non-zero) adapter changes the greedy continuation


def test_sampling_and_unknown_model(server):
    body = _post(server, {"model": "tuned", "max_tokens": 3, "temperature": 0.8,
                          "messages": [{"role": "user", "content": "hi"}]})
    assert body["usage"]["completion_tokens"] <= 3
    with pytest.raises(urllib.error.HTTPError) as err:
        _post(server, {"model": "nope", "messages": [{"role": "user", "content": "hi"}]})
    assert err.value.code == 404 and "nope" in json.load(err.value)["error"]["message"]
