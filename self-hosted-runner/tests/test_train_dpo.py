"""A short DPO run through train.py, and what it must learn: a real margin between chosen and rejected."""

import json
import math

import pytest
from conftest import run_train

LN2 = math.log(2)  # the DPO loss -log sigmoid(margin) where the policy is still the reference: margin 0


def dpo_run(out, tiny_model_dir, data_dir, learning_rate):
    result = run_train(
        "--model_name_or_path", str(tiny_model_dir), "--method", "dpo",
        "--train_file", str(data_dir / "dpo.jsonl"), "--eval_file", str(data_dir / "dpo.jsonl"),
        "--output_dir", str(out), "--max_steps", "4", "--learning_rate", learning_rate, "--max_length", "64",
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def assert_learned_preference(metrics):
    """Every held-out pair ranked right, by a margin of at least 1 (beta x log-ratio), and the loss well under ln 2."""
    final = metrics[-1]
    assert final["eval_rewards/accuracies"] == 1.0, final
    assert final["eval_rewards/margins"] >= 1.0, final
    assert final["eval_loss"] < 0.5 * LN2, final


def test_dpo_run_writes_outputs_and_learns_the_preference(tmp_path, tiny_model_dir, data_dir):
    out = tmp_path / "dpo-out"
    metrics = dpo_run(out, tiny_model_dir, data_dir, "0.01")
    assert [m["step"] for m in metrics] == [1, 2, 3, 4]
    assert all(isinstance(m["loss"], float) for m in metrics)
    assert metrics[-1]["loss"] < metrics[0]["loss"]  # the DPO loss starts at ln 2 and falls as chosen wins
    assert_learned_preference(metrics)
    run = json.loads((out / "run.json").read_text())
    assert run["method"] == "dpo" and run["global_steps"] == 4 and run["final_eval_loss"] is not None
    assert (out / "adapter" / "adapter_config.json").is_file()
    assert (out / "adapter" / "adapter_model.safetensors").is_file()


def test_a_run_that_cannot_learn_fails_the_check(tmp_path, tiny_model_dir, data_dir):
    # Learning rate 0: the policy stays the reference, so every margin is 0 and the loss exactly ln 2.
    metrics = dpo_run(tmp_path / "dpo-lr0", tiny_model_dir, data_dir, "0")
    final = metrics[-1]
    assert final["eval_rewards/margins"] == 0.0 and final["eval_loss"] == pytest.approx(LN2, abs=1e-6)
    with pytest.raises(AssertionError):
        assert_learned_preference(metrics)
