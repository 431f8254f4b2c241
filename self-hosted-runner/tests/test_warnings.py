"""A run prints no deprecation warnings: the runner uses transformers' current names (activation_checkpointing)."""

import inspect
import warnings

import pytest
from conftest import CONTRACT_DIR, run_train

from finetune_runner.options import RunOptions
from finetune_runner.runner import trainer_args
from finetune_runner.upstream import UPSTREAM_DEPRECATIONS


@pytest.mark.parametrize("config", ["SFTConfig", "DPOConfig"])
def test_trainer_arguments_use_current_names(tmp_path, config):
    import trl

    options = RunOptions(model_name_or_path="m", train_file="t", output_dir=str(tmp_path), gradient_checkpointing=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any FutureWarning/DeprecationWarning fails the test
        args = getattr(trl, config)(**trainer_args(options))
    assert args.activation_checkpointing is True
    assert args.activation_checkpointing_kwargs == {"use_reentrant": False}


def test_the_upstream_deprecations_hidden_by_the_runner_are_still_upstream():
    # upstream.py hides exactly these, raised inside peft and trl; when they are gone upstream, drop the filter.
    import peft.peft_model
    import trl.models.utils

    sources = inspect.getsource(peft.peft_model) + inspect.getsource(trl.models.utils)
    assert [name for name in UPSTREAM_DEPRECATIONS if name in sources] == list(UPSTREAM_DEPRECATIONS)


@pytest.mark.parametrize(("method", "name"), [("sft", "chat.jsonl"), ("dpo", "preference.jsonl")])
def test_a_checkpointed_run_with_eval_warns_nothing(tmp_path, tiny_model_dir, method, name):
    data = str(CONTRACT_DIR / name)
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--method", method, "--train_file", data,
                       "--eval_file", data, "--output_dir", str(tmp_path / "out"), "--max_steps", "2",
                       "--max_length", "512", "--gradient_checkpointing", "true",
                       env={"PYTHONWARNINGS": "default"})  # show every warning, DeprecationWarning included
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Warning" not in result.stderr, result.stderr[-3000:]
