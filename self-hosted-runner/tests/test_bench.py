"""bench/gpu_bench.py: refuses without CUDA, and its training loop runs at toy shapes on CPU."""

import importlib.util
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
        # Worked by hand for 1 layer, hidden 64, intermediate 128, 4 heads of 16, 2 KV heads, vocab 256,
        # untied embeddings: embed 256x64 = 16,384; lm_head 16,384; q and o 64x64 = 4,096 each; k and v
        # 64x32 = 2,048 each; gate, up and down 64x128 = 8,192 each; two RMSNorms of 64 in the layer and
        # one after it: 16,384 + 16,384 + 36,992 + 64 = 69,824 parameters.
        assert bench["params"] == 69_824
        # LoRA r = 16 on every linear of the layer (not lm_head), r x (in + out) each: q and o 16 x 128,
        # k and v 16 x 96, gate, up and down 16 x 192: 4,096 + 3,072 + 9,216 = 16,384.
        assert bench["trainable_params"] == 16_384
        # 2 steps x 1 sequence x 32 tokens = 64 tokens; 6 x 69,824 x 64 = 26,812,416 FLOPs, which at the
        # 1 TFLOP/s given take 2.6812416e-5 s: MFU x seconds must be that.
        assert bench["tokens_per_second"] * bench["seconds"] == pytest.approx(64, rel=1e-3)
        # (seconds is printed rounded to the microsecond: hence the tolerance.)
        assert bench["mfu"] * bench["seconds"] == pytest.approx(2.6812416e-5, rel=1e-3)
        assert bench["peak_bf16_flops"] == 1e12


def test_peak_flops_are_the_datasheets_dense_bf16_figures():
    spec = importlib.util.spec_from_file_location("gpu_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    # NVIDIA's datasheets, dense (no sparsity) BF16 tensor TFLOPS: A100 312, H100 SXM 989, H100 PCIe 756, H200 989.
    assert bench.peak_flops("NVIDIA A100-SXM4-80GB", None) == 312e12
    assert bench.peak_flops("NVIDIA H100 80GB HBM3", None) == 989e12
    assert bench.peak_flops("NVIDIA H100 PCIe", None) == 756e12
    assert bench.peak_flops("NVIDIA H200", None) == 989e12
    assert bench.peak_flops("NVIDIA GeForce RTX 4090", None) is None
    assert bench.peak_flops("NVIDIA GeForce RTX 4090", 165.2) == 165.2e12
