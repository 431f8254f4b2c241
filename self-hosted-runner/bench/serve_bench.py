#!/usr/bin/env python3
"""Requests per second of serve.py at concurrency 1 and 8, with the official openai client, and the same
concurrency-8 load on a server that does not batch (--max-batch-size 1) as the baseline of this run.

    python bench/serve_bench.py                          # the test suite's tiny Llama + a random LoRA, built offline
    python bench/serve_bench.py --model DIR --adapter DIR --requests 128 --max-tokens 32

Each request asks the base model or the adapter in turn (so batches mix both), at temperature 0 with a fixed
seed, for at most --max-tokens tokens. Servers run with OMP_NUM_THREADS=1 unless the variable is set. Prints one
`FINETUNE_CI_BENCH {json}` line per measurement and a summary. The numbers measure serving overhead and batching,
not model quality.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[1]
THINGS = ["sky", "grass", "sun", "snow", "coal", "rose", "sea", "leaf", "lemon", "milk", "night", "fire"]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", help="base model directory (default: the tests' tiny Llama, built in a temp dir)")
    p.add_argument("--adapter", help="LoRA adapter directory (default: a random LoRA on the tiny Llama)")
    p.add_argument("--requests", type=int, default=64, help="timed requests per measurement")
    p.add_argument("--max-tokens", type=int, default=16)
    p.add_argument("--concurrency", default="1,8", help="comma-separated client concurrencies")
    p.add_argument("--baseline-concurrency", type=int, default=8, help="concurrency for the unbatched baseline (0: skip)")
    p.add_argument("--max-batch-size", type=int, default=16)
    p.add_argument("--batch-window-ms", type=float, default=10.0)
    return p.parse_args(argv)


def tiny_model(workdir: Path) -> tuple[Path, Path]:
    model = workdir / "tiny-llama"
    subprocess.run([sys.executable, str(RUNNER / "tests" / "make_tiny_model.py"), str(model)], check=True,
                   stdout=subprocess.DEVNULL)
    adapter = workdir / "adapter"
    code = (
        "import sys, torch\n"
        "from peft import LoraConfig, get_peft_model\n"
        "from transformers import AutoModelForCausalLM\n"
        "torch.manual_seed(0)\n"
        "m = get_peft_model(AutoModelForCausalLM.from_pretrained(sys.argv[1]),"
        " LoraConfig(r=4, target_modules='all-linear', init_lora_weights=False))\n"
        "m.save_pretrained(sys.argv[2])\n"
    )
    subprocess.run([sys.executable, "-W", "ignore", "-c", code, str(model), str(adapter)], check=True,
                   stderr=subprocess.DEVNULL)
    return model, adapter


def start_server(model: Path, adapter: Path, max_batch: int, window_ms: float):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, str(RUNNER / "serve.py"), "--model", str(model), "--served-model-name", "base",
         "--lora-modules", f"tuned={adapter}", "--port", str(port), "--max-batch-size", str(max_batch),
         "--batch-window-ms", str(window_ms)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=2).close()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.3)
    proc.kill()
    sys.exit("serve_bench.py: serve.py did not start")


def measure(url: str, concurrency: int, requests: int, max_tokens: int) -> dict:
    import openai

    client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0, timeout=600)

    def one(i: int) -> int:
        answer = client.chat.completions.create(
            model="base" if i % 2 else "tuned", max_tokens=max_tokens, temperature=0, seed=1,
            messages=[{"role": "user", "content": f"what color is the {THINGS[i % len(THINGS)]} ?"}],
        )
        return answer.usage.completion_tokens

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(concurrency)))  # warm-up: connections, first batches
        health = json.load(urllib.request.urlopen(url + "/health"))
        started = time.perf_counter()
        tokens = sum(pool.map(one, range(requests)))
        seconds = time.perf_counter() - started
    after = json.load(urllib.request.urlopen(url + "/health"))
    batches = after["batches"] - health["batches"]
    return {
        "concurrency": concurrency,
        "requests": requests,
        "seconds": round(seconds, 3),
        "requests_per_second": round(requests / seconds, 2),
        "completion_tokens_per_second": round(tokens / seconds, 1),
        "mean_batch_size": round((after["requests"] - health["requests"]) / batches, 2) if batches else None,
    }


def main(argv=None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # One CPU thread per server unless told otherwise: a tiny model gains nothing from more, and spin-waiting OpenMP
    # threads on a busy machine would measure the machine's other load rather than serve.py.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory() as tmp:
        model, adapter = (Path(args.model), Path(args.adapter)) if args.model else tiny_model(Path(tmp))
        results = []
        runs = [(args.max_batch_size, [int(c) for c in args.concurrency.split(",")], "batched")]
        if args.baseline_concurrency:
            runs.append((1, [args.baseline_concurrency], "unbatched baseline (--max-batch-size 1)"))
        for max_batch, concurrencies, label in runs:
            proc, url = start_server(model, adapter, max_batch, args.batch_window_ms)
            try:
                for concurrency in concurrencies:
                    result = measure(url, concurrency, args.requests, args.max_tokens)
                    result.update(server=label, max_batch_size=max_batch, batch_window_ms=args.batch_window_ms,
                                  max_tokens=args.max_tokens)
                    print("FINETUNE_CI_BENCH " + json.dumps(result), flush=True)
                    results.append(result)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
    print()
    for r in results:
        print(f"{r['server']:>42}  concurrency {r['concurrency']}: {r['requests_per_second']:8.2f} requests/s  "
              f"{r['completion_tokens_per_second']:9.1f} tokens/s  mean batch {r['mean_batch_size']}")
    batched = {r["concurrency"]: r for r in results if r["server"] == "batched"}
    baseline = next((r for r in results if r["server"] != "batched"), None)
    if baseline and baseline["concurrency"] in batched:
        ratio = batched[baseline["concurrency"]]["requests_per_second"] / baseline["requests_per_second"]
        print(f"batching at concurrency {baseline['concurrency']}: {ratio:.2f}x the unbatched baseline")
    if 1 in batched and 8 in batched:
        print(f"concurrency 8 / concurrency 1: {batched[8]['requests_per_second'] / batched[1]['requests_per_second']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
