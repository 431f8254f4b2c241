"""A short DPO run through train.py."""

import json

from conftest import run_train


def test_dpo_run_writes_outputs(tmp_path, tiny_model_dir, data_dir):
    out = tmp_path / "dpo-out"
    result = run_train(
        "--model_name_or_path", str(tiny_model_dir), "--method", "dpo",
        "--train_file", str(data_dir / "dpo.jsonl"), "--eval_file", str(data_dir / "dpo.jsonl"),
        "--output_dir", str(out), "--max_steps", "4", "--learning_rate", "0.01", "--max_length", "64",
    )
    assert result.returncode == 0, result.stderr[-4000:]
    metrics = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert [m["step"] for m in metrics] == [1, 2, 3, 4]
    assert all(isinstance(m["loss"], float) for m in metrics)
    assert metrics[-1]["loss"] < metrics[0]["loss"]  # the DPO loss starts at ln 2 and falls as chosen wins
    assert "eval_loss" in metrics[-1] and 0.0 <= metrics[-1]["eval_rewards/accuracies"] <= 1.0
    run = json.loads((out / "run.json").read_text())
    assert run["method"] == "dpo" and run["global_steps"] == 4 and run["final_eval_loss"] is not None
    assert (out / "adapter" / "adapter_config.json").is_file()
    assert (out / "adapter" / "adapter_model.safetensors").is_file()
