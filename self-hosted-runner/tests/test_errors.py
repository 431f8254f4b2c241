"""Failures the Action must be able to show as one clear line with a distinct exit code."""

import pytest
import torch
from conftest import chat_rows, run_train, write_jsonl

from finetune_runner.errors import EXIT_CONFIG, EXIT_DATA, EXIT_MODEL


def _one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("finetune-ci: error:")]
    assert len(lines) == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return lines[0]


def test_missing_model_offline(tmp_path, data_dir):
    result = run_train("--model_name_or_path", "no-such-org/no-such-model",
                       "--train_file", str(data_dir / "train.jsonl"), "--output_dir", str(tmp_path))
    assert result.returncode == EXIT_MODEL
    line = _one_line_error(result)
    assert "no-such-org/no-such-model" in line and "hf download" in line and "local directory" in line


def test_bad_jsonl_line(tmp_path, tiny_model_dir):
    path = write_jsonl(tmp_path / "train.jsonl", chat_rows()[:3])
    path.write_text(path.read_text() + '{"messages": [}\n')
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(path),
                       "--output_dir", str(tmp_path / "out"))
    assert result.returncode == EXIT_DATA
    assert f"{path} line 4: invalid JSON" in _one_line_error(result)


def test_bad_yaml_value(tmp_path, tiny_model_dir, data_dir):
    config = tmp_path / "run.yaml"
    config.write_text(f"model_name_or_path: {tiny_model_dir}\ntrain_file: {data_dir / 'train.jsonl'}\n"
                      f"output_dir: {tmp_path}\nmethod: ppo\n")
    result = run_train("--config", str(config))
    assert result.returncode == EXIT_CONFIG
    assert "method must be sft or dpo" in _one_line_error(result)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU refusal")
def test_qlora_needs_cuda(tmp_path, tiny_model_dir, data_dir):
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(data_dir / "train.jsonl"),
                       "--output_dir", str(tmp_path), "--quantization", "4bit")
    assert result.returncode == EXIT_CONFIG
    assert "needs a CUDA GPU" in _one_line_error(result)
