#!/usr/bin/env python3
"""Fallback OpenAI-compatible server (transformers + peft) for when vLLM is not available.

    python serve.py --model BASE [--served-model-name NAME] [--lora-modules NAME=PATH ...] [--port 8000]
                    [--max-batch-size 16] [--batch-window-ms 10] [--default-max-tokens 256]

GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions (non-streaming), GET /health. Requests that arrive
together are generated as one batch, which may mix the base model and adapters. Every request gets an
OpenAI-shaped answer or error. See README.md, "Serving", for what is supported.
"""

import argparse
import json
import os
import sys
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

MAX_BODY_BYTES = 32 << 20


def make_handler(engine, batcher, default_max_tokens: int):
    from finetune_runner.generation import Job
    from finetune_runner.openai_api import ApiError, completion_body, parse_chat_request
    from finetune_runner.templates import keeps_developer_role

    developer_role = keeps_developer_role(engine.tokenizer)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: the OpenAI SDKs reuse connections
        server_version = "finetune-ci-serve"

        def _send(self, status: int, body: dict, close: bool = False) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _error(self, err: ApiError, close: bool = False) -> None:
            self._send(err.status, err.body(), close)

        def send_error(self, code, message=None, explain=None):  # malformed requests, unknown methods: JSON too
            kind = "invalid_request_error" if code < 500 else "server_error"
            text = message or self.responses.get(code, ("error",))[0]
            where = f"{getattr(self, 'command', None) or 'request'} {getattr(self, 'path', '')}".strip()
            self._error(ApiError(code, f"{text} ({where})", kind=kind), close=True)

        def _route(self) -> str:
            return self.path.split("?", 1)[0].rstrip("/")

        def do_GET(self):
            route = self._route()
            created = int(time.time())
            models = [{"id": n, "object": "model", "created": created, "owned_by": "finetune-ci"} for n in engine.model_names()]
            if route == "/v1/models":
                return self._send(200, {"object": "list", "data": models})
            if route.startswith("/v1/models/"):
                wanted = route[len("/v1/models/"):]
                for model in models:
                    if model["id"] == wanted:
                        return self._send(200, model)
                return self._error(ApiError(404, f"The model `{wanted}` does not exist.", param="model", code="model_not_found"))
            if route == "/health":
                return self._send(200, {"status": "ok", **batcher.stats()})
            self._error(ApiError(404, f"Unknown request URL: GET {self.path}.", code="unknown_url"))

        def do_HEAD(self):
            self.do_GET()

        def _method_not_allowed(self):
            self._error(ApiError(405, f"{self.command} is not supported here; use GET /v1/models or POST "
                                      "/v1/chat/completions.", code="method_not_supported"), close=True)

        do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed

        def _body(self):
            length = self.headers.get("Content-Length")
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or length is None:
                raise ApiError(411, "Send the JSON body with a Content-Length header.", code="length_required")
            try:
                length = int(length)
            except ValueError:
                raise ApiError(400, f"Bad Content-Length {length!r}.", code="invalid_value") from None
            if length < 0 or length > MAX_BODY_BYTES:
                raise ApiError(413, f"The request body is {length} bytes; the limit is {MAX_BODY_BYTES}.",
                               code="request_too_large")
            raw = self.rfile.read(length)
            try:
                return json.loads(raw)
            except (ValueError, RecursionError):
                raise ApiError(400, "We could not parse the JSON body of your request. The API expects a JSON payload "
                                    "(Content-Type: application/json).", code="invalid_json") from None

        def do_POST(self):
            if self._route() != "/v1/chat/completions":
                # The body is not read, so the connection cannot be reused.
                return self._error(ApiError(404, f"Unknown request URL: POST {self.path}.", code="unknown_url"), close=True)
            try:
                body = self._body()
            except ApiError as err:
                return self._error(err, close=True)
            try:
                request = parse_chat_request(body, engine.model_names(), developer_role=developer_role)
                try:
                    prompt = engine.prompt_ids(request.messages, request.tools)
                except Exception as err:  # noqa: BLE001 - the model's template refuses the conversation
                    raise ApiError(400, f"The model's chat template cannot render these messages: {err}",
                                   param="messages", code="invalid_value") from None
                room = engine.context - len(prompt)
                wanted = request.max_tokens
                if room < 1 or (wanted is not None and wanted > room):
                    asked = len(prompt) + (wanted or 1)
                    raise ApiError(400, f"This model's maximum context length is {engine.context} tokens. However, you "
                                        f"requested {asked} tokens ({len(prompt)} in the messages, {wanted or 1} in the "
                                        "completion). Please reduce the length of the messages or completion.",
                                   param="messages", code="context_length_exceeded")
                job = Job(prompt_ids=prompt, adapter=None if request.model == engine.base_name else request.model,
                          max_tokens=wanted or min(default_max_tokens, room), temperature=request.temperature,
                          top_p=request.top_p, seed=request.seed, stop=request.stop)
                batcher.run(job)
                self._send(200, completion_body(request.model, job.text, job.finish_reason, len(prompt), len(job.output_ids)))
            except ApiError as err:
                self._error(err)
            except Exception as err:  # noqa: BLE001 - a request must never go unanswered
                traceback.print_exc(file=sys.stderr)
                self._error(ApiError(500, f"The server failed to generate an answer: {type(err).__name__}: {err}",
                                     kind="server_error"))

        def log_message(self, fmt, *args):  # one line per request on stderr, without the default date noise
            sys.stderr.write(f"serve.py: {self.address_string()} {fmt % args}\n")

    return Handler


def parse_lora_modules(values: list[str]) -> dict[str, str]:
    modules = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise SystemExit(f"serve.py: error: --lora-modules expects name=path, got {value!r}")
        if name in modules:
            raise SystemExit(f"serve.py: error: --lora-modules names {name!r} twice")
        modules[name] = path
    return modules


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, help="base model directory or cached Hub id")
    parser.add_argument("--served-model-name", help="name of the base model in the API (default: --model)")
    parser.add_argument("--lora-modules", nargs="*", default=[], metavar="NAME=PATH", help="adapters to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max-batch-size", type=int, default=16, help="most requests generated in one batch")
    parser.add_argument("--batch-window-ms", type=float, default=10.0,
                        help="how long the first request of a batch waits for others to join it")
    parser.add_argument("--default-max-tokens", type=int, default=256,
                        help="completion tokens when a request gives no max_tokens (within the context)")
    args = parser.parse_args(argv)
    if args.max_batch_size < 1 or args.batch_window_ms < 0 or args.default_max_tokens < 1:
        parser.error("--max-batch-size and --default-max-tokens must be at least 1, --batch-window-ms at least 0")

    from finetune_runner.errors import RunnerError
    from finetune_runner.generation import Batcher, Engine

    try:
        engine = Engine(args.model, args.served_model_name or args.model, parse_lora_modules(args.lora_modules))
    except RunnerError as err:
        print(f"serve.py: error: {err}", file=sys.stderr, flush=True)
        return err.exit_code
    batcher = Batcher(engine, args.max_batch_size, args.batch_window_ms / 1000)
    try:
        server = ThreadingHTTPServer((args.host, args.port), make_handler(engine, batcher, args.default_max_tokens))
    except OSError as err:
        print(f"serve.py: error: cannot listen on {args.host}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 2
    server.daemon_threads = True
    print(f"serve.py: listening on http://{args.host}:{server.server_port} models={engine.model_names()} "
          f"max_batch_size={args.max_batch_size} batch_window_ms={args.batch_window_ms:g}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
