"""bench/gpu_bench.py: refuses without CUDA, and its training loop runs at toy shapes on CPU."""

import json
import subprocess
import sys

import pytest
import torch
from conftest import RUNNER_DIR

BENCH = str(RUNNER_DIR / "bench" / "gpu_bench.py")


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the refusal on a machine without CUDA")
def test_refuses_without_cuda():
    result = subprocess.run([sys.executable, BENCH, "--steps", "1"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "no CUDA GPU found" in result.stderr and "Traceback" not in result.stderr


def test_cpu_smoke_at_tiny_shapes():
    result = subprocess.run(
        [sys.executable, BENCH, "--device", "cpu", "--modes", "lora,qlora", "--layers", "1", "--hidden", "64",
         "--intermediate", "128", "--heads", "4", "--kv-heads", "2", "--vocab", "256", "--seq-len", "32",
         "--steps", "2", "--warmup-steps", "1", "--peak-tflops", "1"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [l.split(" ", 1)[1] for l in result.stdout.splitlines() if l.startswith("FINETUNE_CI_BENCH ")]
    benches = [json.loads(line) for line in lines]
    assert [b["mode"] for b in benches] == ["lora", "qlora"]
    for bench in benches:
        assert bench["tokens_per_second"] > 0 and 0 < bench["trainable_params"] < bench["params"]
        expected_mfu = 6 * bench["params"] * 2 * 32 / bench["seconds"] / 1e12
        assert bench["mfu"] == pytest.approx(expected_mfu, rel=0.01, abs=1e-6)
