"""Failures the Action must be able to show as one clear line with a distinct exit code, never a traceback."""

import json

import pytest
import torch
from conftest import chat_rows, dpo_rows, run_train, write_jsonl

from finetune_runner.errors import EXIT_CONFIG, EXIT_DATA, EXIT_MODEL


def _one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("finetune-ci: error:")]
    assert len(lines) == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == lines[0]  # the Action reads the last error line
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


def _config(tmp_path, text: str):
    config = tmp_path / "run.yaml"
    config.write_text(text)
    return run_train("--config", str(config))


def test_bad_yaml_value_names_its_line(tmp_path, tiny_model_dir, data_dir):
    result = _config(tmp_path, f"model_name_or_path: {tiny_model_dir}\ntrain_file: {data_dir / 'train.jsonl'}\n"
                               f"output_dir: {tmp_path}\nmethod: ppo\n")
    assert result.returncode == EXIT_CONFIG
    assert f"{tmp_path / 'run.yaml'} line 4: method must be one of sft, dpo, not 'ppo'" in _one_line_error(result)


def test_yaml_syntax_error_names_the_line_and_fix(tmp_path):
    result = _config(tmp_path, "model_name_or_path: m\n  train_file: x\n")
    assert result.returncode == EXIT_CONFIG
    line = _one_line_error(result)
    assert f"{tmp_path / 'run.yaml'} line 2, column 13: invalid YAML (mapping values are not allowed here). Fix: " in line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("model_name_or_path: m\ntrain_file: [a, b\n", "line 3, column 1: invalid YAML"),
        ("- model_name_or_path\n", "the config must be a YAML mapping"),
        ("model_name_or_path: m\nlearning_rat: 0.1\n", "line 2: unknown option 'learning_rat'"),
        ("model_name_or_path: m\nmax_length: long\n", "line 2: max_length must be a whole number, not 'long'"),
        ("model_name_or_path: m\nmerge: 3\n", "line 2: merge must be true or false, not 3"),
        ("model_name_or_path: m\ntrain_file: t\noutput_dir: o\nmax_dropped_share: 1.5\n",
         "max_dropped_share must be between 0 and 1, not 1.5"),
    ],
)
def test_config_problems_name_the_file_and_line(tmp_path, text, expected):
    from finetune_runner.errors import ConfigError
    from finetune_runner.options import parse_options

    config = tmp_path / "run.yaml"
    config.write_text(text)
    with pytest.raises(ConfigError) as err:
        parse_options(["--config", str(config)])
    assert expected in str(err.value)
    if "max_dropped_share" not in expected:
        assert str(config) in str(err.value)


def test_yaml_float_without_a_dot_is_taken_as_a_number(tmp_path):
    from finetune_runner.options import parse_options

    # PyYAML reads 2e-4 as a string; the option must still be the number 0.0002.
    config = tmp_path / "run.yaml"
    config.write_text("model_name_or_path: m\ntrain_file: t\noutput_dir: o\nlearning_rate: 2e-4\n")
    assert parse_options(["--config", str(config)]).learning_rate == 0.0002


def test_dpo_input_given_as_a_list(tmp_path, tiny_model_dir):
    row = dpo_rows()[0] | {"input": [{"role": "user", "content": "what color is the sky ?"}]}
    path = write_jsonl(tmp_path / "dpo.jsonl", [dpo_rows()[1], row])
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--method", "dpo", "--train_file", str(path),
                       "--output_dir", str(tmp_path / "out"))
    assert result.returncode == EXIT_DATA
    line = _one_line_error(result)
    assert f"{path} line 2: input must be an object such as" in line and "fix the example" in line


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU refusal")
def test_qlora_needs_cuda(tmp_path, tiny_model_dir, data_dir):
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(data_dir / "train.jsonl"),
                       "--output_dir", str(tmp_path), "--quantization", "4bit")
    assert result.returncode == EXIT_CONFIG
    assert "needs a CUDA GPU" in _one_line_error(result)
