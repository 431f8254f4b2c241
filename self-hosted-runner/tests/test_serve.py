"""serve.py driven by the official `openai` Python client (as the evaluation flow drives it with the npm one):
OpenAI-shaped answers and errors, exact usage, deterministic answers, batches that mix base and adapter.
Expected answers come from transformers' own generate(), an implementation independent of serve.py's loop."""

import http.client
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import openai
import pytest
import torch
from conftest import RUNNER_DIR

SKY = [{"role": "user", "content": "what color is the sky ?"}]


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(*args: str, timeout: int = 120):
    """Starts serve.py; returns (process, url) once /health answers."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(RUNNER_DIR / "serve.py"), *args, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url + "/health", timeout=2).close()
            return proc, url
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"serve.py did not start: {proc.communicate()[0]}")
            time.sleep(0.3)


@pytest.fixture(scope="module")
def server(tiny_model_dir, adapter_dir):
    # A long collection window, so that concurrent requests surely share a batch.
    proc, url = _serve("--model", str(tiny_model_dir), "--served-model-name", "base",
                       "--lora-modules", f"tuned={adapter_dir}", "--batch-window-ms", "200")
    yield url
    proc.terminate()
    proc.communicate(timeout=10)


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=server + "/v1", api_key="unused", max_retries=0, timeout=60)


@pytest.fixture(scope="module")
def reference(tiny_model_dir, adapter_dir):
    """transformers' greedy generate() for the base model and the adapter: (text, completion tokens)."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    models = {"base": AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval(),
              "tuned": PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), adapter_dir).eval()}

    def generate(model: str, messages: list[dict], max_tokens: int) -> tuple[str, int, int]:
        ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=True,
                                            return_tensors="pt")["input_ids"]
        with torch.no_grad():
            out = models[model].generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_tokens,
                                         do_sample=False, pad_token_id=tokenizer.pad_token_id)
        new = out[0, ids.shape[1]:].tolist()
        if tokenizer.eos_token_id in new:  # generate() pads after the end token; the answer ends with it
            new = new[: new.index(tokenizer.eos_token_id) + 1]
        return tokenizer.decode(new, skip_special_tokens=True), ids.shape[1], len(new)

    return generate


def _ask(client, model="base", messages=SKY, **kwargs):
    return client.chat.completions.create(model=model, messages=messages, **kwargs)


def test_models_lists_base_and_adapter_names(client):
    assert [m.id for m in client.models.list().data] == ["base", "tuned"]
    assert client.models.retrieve("tuned").id == "tuned"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("nope")


@pytest.mark.parametrize("model", ["base", "tuned"])
def test_answers_match_transformers_generate_with_exact_usage(client, reference, model):
    answer = _ask(client, model, max_tokens=8, temperature=0, seed=7)
    text, prompt_tokens, completion_tokens = reference(model, SKY, 8)
    assert answer.object == "chat.completion" and answer.model == model and answer.id.startswith("chatcmpl-")
    (choice,) = answer.choices
    assert choice.index == 0 and choice.message.role == "assistant"
    assert choice.message.content == text
    assert choice.finish_reason == ("stop" if completion_tokens < 8 else "length")
    assert (answer.usage.prompt_tokens, answer.usage.completion_tokens) == (prompt_tokens, completion_tokens)
    assert answer.usage.total_tokens == prompt_tokens + completion_tokens


def test_base_and_adapter_answers_differ(client):
    base = _ask(client, "base", max_tokens=8, temperature=0).choices[0].message.content
    tuned = _ask(client, "tuned", max_tokens=8, temperature=0).choices[0].message.content
    assert base != tuned  # a randomly initialised (non-zero) adapter changes the greedy continuation


@pytest.mark.parametrize("temperature", [0, 0.9])
def test_same_seed_same_answer(client, temperature):
    answers = [_ask(client, "tuned", max_tokens=12, temperature=temperature, seed=123).choices[0].message.content
               for _ in range(2)]
    assert answers[0] == answers[1]


def test_sampling_follows_the_seed(client):
    answers = {_ask(client, "base", max_tokens=12, temperature=1.5, seed=seed).choices[0].message.content
               for seed in range(6)}
    assert len(answers) > 1


def test_concurrent_requests_are_batched_and_mixed_batches_answer_as_alone(client, server):
    requests = [("base" if i % 2 else "tuned", [{"role": "user", "content": f"what color is the {thing} ?"}])
                for i, thing in enumerate(["sky", "grass", "sun", "snow", "coal", "rose", "sea", "leaf"])]
    alone = [_ask(client, model, messages, max_tokens=6, temperature=0, seed=1).choices[0].message.content
             for model, messages in requests]
    before = json.load(urllib.request.urlopen(server + "/health"))
    with ThreadPoolExecutor(len(requests)) as pool:
        together = list(pool.map(lambda r: _ask(client, r[0], r[1], max_tokens=6, temperature=0, seed=1)
                                 .choices[0].message.content, requests))
    after = json.load(urllib.request.urlopen(server + "/health"))
    assert together == alone
    assert after["requests"] - before["requests"] == len(requests)
    assert after["batches"] - before["batches"] < len(requests) and after["largest_batch"] > 1


def test_null_sampling_parameters_mean_the_defaults(client):
    answer = _ask(client, max_tokens=3, temperature=None, top_p=None, seed=None)
    assert answer.usage.completion_tokens <= 3


def test_text_parts_are_joined_like_the_review_and_training(client, reference):
    parts = [{"role": "user", "content": [{"type": "text", "text": "what color"}, {"type": "text", "text": "is the sky ?"}]}]
    joined = [{"role": "user", "content": "what color\nis the sky ?"}]
    answer = _ask(client, messages=parts, max_tokens=5, temperature=0)
    text, prompt_tokens, _ = reference("base", joined, 5)
    assert answer.usage.prompt_tokens == prompt_tokens and answer.choices[0].message.content == text


def test_history_with_tool_calls_and_tools_is_rendered(client, reference):
    from conftest import contract_rows

    row = contract_rows("chat.jsonl")[4]  # tools, an assistant tool call and its result
    answer = _ask(client, messages=row["messages"][:-1], tools=row["tools"], max_tokens=4, temperature=0)
    assert answer.usage.prompt_tokens > 100  # the tools list is in the prompt


def test_stop_sequences_end_the_answer(client, reference):
    text, _, _ = reference("base", SKY, 8)
    word = text.split()[2]
    answer = _ask(client, max_tokens=8, temperature=0, stop=[word])
    assert answer.choices[0].finish_reason == "stop"
    assert word not in answer.choices[0].message.content and text.startswith(answer.choices[0].message.content.strip())


def _raw_error(err: openai.APIStatusError) -> dict:
    body = err.response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert isinstance(body["error"]["message"], str) and body["error"]["type"] == "invalid_request_error"
    assert body["error"]["code"] is None or isinstance(body["error"]["code"], str)
    return body["error"]


@pytest.mark.parametrize(
    ("kwargs", "status", "param", "code"),
    [
        ({"max_tokens": 0}, 400, "max_tokens", "integer_below_min_value"),
        ({"max_completion_tokens": -3}, 400, "max_completion_tokens", "integer_below_min_value"),
        ({"max_tokens": 100000}, 400, "messages", "context_length_exceeded"),
        ({"temperature": 2.5}, 400, "temperature", "decimal_above_max_value"),
        ({"top_p": -1}, 400, "top_p", "decimal_below_min_value"),
        ({"model": "nope"}, 404, "model", "model_not_found"),
        ({"messages": []}, 400, "messages", "empty_array"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, 400, "messages[0].role", "invalid_value"),
        ({"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"},
                                                    {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}]},
         400, "messages[0].content[1].type", "invalid_value"),
        ({"messages": [{"role": "user", "content": 42}]}, 400, "messages[0].content", "invalid_type"),
        ({"n": 2}, 400, "n", "unsupported_value"),
        ({"logprobs": True}, 400, "logprobs", "unsupported_value"),
        ({"extra_body": {"best_of": 3}}, 400, "best_of", "unknown_parameter"),
    ],
)
def test_bad_requests_get_openai_shaped_errors(client, kwargs, status, param, code):
    request = {"model": "base", "messages": SKY, **kwargs}
    with pytest.raises(openai.APIStatusError) as err:
        client.chat.completions.create(**request)
    assert err.value.status_code == status
    error = _raw_error(err.value)
    assert (error["param"], error["code"]) == (param, code)


def test_streaming_is_refused_not_ignored(client):
    with pytest.raises(openai.BadRequestError) as err:
        _ask(client, stream=True)
    assert _raw_error(err.value)["param"] == "stream"


def _raw(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    status, payload = response.status, response.read()
    conn.close()
    return status, json.loads(payload)


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "code"),
    [
        ("POST", "/v1/chat/completions", b"[1, 2]", 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b'"hello"', 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b"null", 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b"{not json", 400, "invalid_json"),
        ("POST", "/v1/chat/completions", b"\xff\xfe", 400, "invalid_json"),
        ("POST", "/v1/chat/completions", b'{"model": "base", "messages": ["hi"]}', 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b'{"model": "base", "messages": [null]}', 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b'{"model": "base", "messages": {"role": "user"}}', 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b'{"model": "base", "messages": [{"role": "user", "content": "hi"}], "temperature": "hot"}', 400, "invalid_type"),
        ("POST", "/v1/chat/completions", b'{"messages": [{"role": "user", "content": "hi"}]}', 400, "missing_required_parameter"),
        ("POST", "/v1/completions", b"{}", 404, "unknown_url"),
        ("GET", "/v2/anything", None, 404, "unknown_url"),
        ("DELETE", "/v1/models", None, 405, "method_not_supported"),
    ],
)
def test_every_request_gets_a_json_error(server, method, path, body, status, code):
    got, payload = _raw(server, method, path, body, {"Content-Type": "application/json"})
    assert got == status
    assert set(payload["error"]) == {"message", "type", "param", "code"} and payload["error"]["code"] == code


def test_a_malformed_request_line_gets_a_json_error(server):
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"NOT A REQUEST\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    # A request line without an HTTP/1.x version is answered as HTTP/0.9 would be: the body alone.
    body = data.partition(b"\r\n\r\n")[2] if data.startswith(b"HTTP/") else data
    error = json.loads(body)["error"]
    assert error["message"].startswith("Bad request version") and error["type"] == "invalid_request_error"


def test_health_after_errors(server):
    assert json.load(urllib.request.urlopen(server + "/health"))["status"] == "ok"


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["--model", "no-such-org/no-such-model"], 4, "model 'no-such-org/no-such-model' not found"),
        (["--lora-modules", "tuned=/nonexistent/adapter"], 2, "--lora-modules tuned=/nonexistent/adapter: no adapter_config.json"),
    ],
)
def test_bad_model_or_adapter_path_exits_with_a_message(tiny_model_dir, args, exit_code, message):
    if args[0] != "--model":
        args = ["--model", str(tiny_model_dir), *args]
    result = subprocess.run([sys.executable, str(RUNNER_DIR / "serve.py"), *args, "--port", str(_free_port())],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == exit_code
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("serve.py: error: ") and message in result.stderr


def test_serve_bench_runs_and_reports_both_concurrencies(tiny_model_dir, adapter_dir):
    # The figures themselves are README material (measured by hand); this only keeps the script working.
    result = subprocess.run(
        [sys.executable, str(RUNNER_DIR / "bench" / "serve_bench.py"), "--model", str(tiny_model_dir), "--adapter",
         str(adapter_dir), "--requests", "4", "--max-tokens", "2", "--concurrency", "1,4", "--baseline-concurrency", "4"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(l.split(" ", 1)[1]) for l in result.stdout.splitlines() if l.startswith("FINETUNE_CI_BENCH ")]
    assert [(r["server"], r["concurrency"]) for r in lines] == [
        ("batched", 1), ("batched", 4), ("unbatched baseline (--max-batch-size 1)", 4)]
    assert all(r["requests"] == 4 and r["requests_per_second"] > 0 for r in lines)
    assert lines[0]["mean_batch_size"] == 1.0 and lines[2]["mean_batch_size"] == 1.0
    assert "batching at concurrency 4:" in result.stdout


def test_lora_modules_are_name_equals_path():
    sys.path.insert(0, str(RUNNER_DIR))
    from serve import parse_lora_modules

    assert parse_lora_modules(["a=/x", "b=/y"]) == {"a": "/x", "b": "/y"}
    for bad in (["tuned"], ["=/x"], ["a=/x", "a=/y"]):
        with pytest.raises(SystemExit, match="serve.py: error: --lora-modules"):
            parse_lora_modules(bad)
