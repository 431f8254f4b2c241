#!/usr/bin/env python3
"""Fallback OpenAI-compatible server (transformers + peft) for when vLLM is not available.

    python serve.py --model BASE [--lora-modules name=path ...] [--served-model-name NAME] [--port 8000]

GET /v1/models, POST /v1/chat/completions (non-streaming). One request generates at a time; this is for
smoke tests and demos, not throughput (use serve-vllm.sh for that).
"""

import argparse
import json
import os
import sys
import threading
import time
import uuid
from contextlib import nullcontext
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"


class ApiError(Exception):
    def __init__(self, status: int, message: str, kind: str = "invalid_request_error"):
        super().__init__(message)
        self.status, self.kind = status, kind


class Engine:
    """The base model plus named LoRA adapters; a request picks one by its `model` field."""

    def __init__(self, base: str, served_name: str, adapters: dict[str, str]):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.torch = torch
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.bfloat16 if self.device == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
        self.tokenizer = AutoTokenizer.from_pretrained(base)
        model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype)
        if adapters:
            from peft import PeftModel

            names = iter(adapters.items())
            first_name, first_path = next(names)
            model = PeftModel.from_pretrained(model, first_path, adapter_name=first_name)
            for name, path in names:
                model.load_adapter(path, adapter_name=name)
        self.model = model.to(self.device).eval()
        self.base_name, self.adapters = served_name, set(adapters)
        self.lock = threading.Lock()  # generate() and set_adapter() are not safe to interleave

    def model_names(self) -> list[str]:
        return [self.base_name, *sorted(self.adapters)]

    def _select(self, name: str):
        if name == self.base_name:
            return self.model.disable_adapter() if self.adapters else nullcontext()
        if name in self.adapters:
            self.model.set_adapter(name)
            return nullcontext()
        raise ApiError(404, f"model {name!r} not found; available: {', '.join(self.model_names())}", "not_found_error")

    def chat(self, request: dict) -> dict:
        messages = request.get("messages")
        if not isinstance(messages, list) or not messages:
            raise ApiError(400, "'messages' must be a non-empty list")
        name = request.get("model", self.base_name)
        max_tokens = int(request.get("max_completion_tokens") or request.get("max_tokens") or 256)
        temperature = float(request.get("temperature", 1.0))
        prompt_ids = self.tokenizer.apply_chat_template(
            [{"role": m.get("role"), "content": m.get("content")} for m in messages],
            add_generation_prompt=True, return_dict=True, return_tensors="pt",
        )["input_ids"].to(self.device)
        sampling = {"do_sample": True, "temperature": temperature, "top_p": float(request.get("top_p", 1.0))}
        with self.lock, self.torch.inference_mode(), self._select(name):
            output = self.model.generate(
                input_ids=prompt_ids,
                attention_mask=self.torch.ones_like(prompt_ids),
                max_new_tokens=max_tokens,
                pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
                **(sampling if temperature > 0 else {"do_sample": False}),
            )
        new_ids = output[0, prompt_ids.shape[1]:].tolist()
        stopped = bool(new_ids) and new_ids[-1] == self.tokenizer.eos_token_id
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": name,
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": self.tokenizer.decode(new_ids, skip_special_tokens=True)},
                "finish_reason": "stop" if stopped or len(new_ids) < max_tokens else "length",
            }],
            "usage": {
                "prompt_tokens": prompt_ids.shape[1],
                "completion_tokens": len(new_ids),
                "total_tokens": prompt_ids.shape[1] + len(new_ids),
            },
        }


def make_handler(engine: Engine):
    class Handler(BaseHTTPRequestHandler):
        def _send(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, err: ApiError) -> None:
            self._send(err.status, {"error": {"message": str(err), "type": err.kind, "code": err.status}})

        def do_GET(self):
            if self.path.rstrip("/") == "/v1/models":
                created = int(time.time())
                models = [{"id": n, "object": "model", "created": created, "owned_by": "finetune-ci"}
                          for n in engine.model_names()]
                return self._send(200, {"object": "list", "data": models})
            if self.path == "/health":
                return self._send(200, {"status": "ok"})
            self._error(ApiError(404, f"no route {self.path}", "not_found_error"))

        def do_POST(self):
            if self.path.rstrip("/") != "/v1/chat/completions":
                return self._error(ApiError(404, f"no route {self.path}", "not_found_error"))
            try:
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                if request.get("stream"):
                    raise ApiError(400, "streaming is not supported by serve.py; use vLLM")
                self._send(200, engine.chat(request))
            except ApiError as err:
                self._error(err)
            except (ValueError, TypeError) as err:
                self._error(ApiError(400, f"bad request: {err}"))

        def log_message(self, fmt, *args):  # one line per request on stderr, without the default date noise
            sys.stderr.write(f"serve.py: {self.command} {self.path} {args[1] if len(args) > 1 else ''}\n")

    return Handler


def parse_lora_modules(values: list[str]) -> dict[str, str]:
    modules = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise SystemExit(f"serve.py: error: --lora-modules expects name=path, got {value!r}")
        modules[name] = path
    return modules


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, help="base model directory or cached Hub id")
    parser.add_argument("--served-model-name", help="name of the base model in the API (default: --model)")
    parser.add_argument("--lora-modules", nargs="*", default=[], metavar="NAME=PATH", help="adapters to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    engine = Engine(args.model, args.served_model_name or args.model, parse_lora_modules(args.lora_modules))
    server = ThreadingHTTPServer((args.host, args.port), make_handler(engine))
    print(f"serve.py: listening on http://{args.host}:{server.server_port} models={engine.model_names()}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
