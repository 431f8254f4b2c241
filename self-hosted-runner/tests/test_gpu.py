"""QLoRA and bf16 runs: only on a CUDA machine (the self-hosted GPU runner)."""

import json

import pytest
import torch
from conftest import run_train

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="QLoRA/bf16 need CUDA: runs on the GPU machine")


def _train(tmp_path, tiny_model_dir, data_dir, *extra):
    out = tmp_path / "out"
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(data_dir / "train.jsonl"),
                       "--eval_file", str(data_dir / "eval.jsonl"), "--output_dir", str(out),
                       "--num_train_epochs", "10", "--learning_rate", "0.01", "--lora_r", "8", *extra)
    assert result.returncode == 0, result.stderr[-4000:]
    metrics = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    return out, metrics, json.loads((out / "run.json").read_text())


def test_bf16_lora(tmp_path, tiny_model_dir, data_dir):
    out, metrics, run = _train(tmp_path, tiny_model_dir, data_dir)
    assert run["device"]["bf16"] is torch.cuda.is_bf16_supported()
    assert isinstance(run["peak_gpu_memory_bytes"], int) and run["peak_gpu_memory_bytes"] > 0
    assert metrics[-1]["loss"] < 0.5 * metrics[0]["loss"]


def test_qlora_with_merge(tmp_path, tiny_model_dir, data_dir):
    from transformers import AutoModelForCausalLM

    out, metrics, run = _train(tmp_path, tiny_model_dir, data_dir, "--quantization", "4bit", "--merge", "true")
    assert run["quantization"] == "4bit" and run["peak_gpu_memory_bytes"] > 0
    assert metrics[-1]["loss"] < metrics[0]["loss"]
    merged = AutoModelForCausalLM.from_pretrained(out / "merged")
    assert not any("4bit" in type(m).__name__ for m in merged.modules())  # merged into full-precision weights
