"""train.py end to end (as a subprocess, like the Action): SFT with eval, merge, YAML + flag override."""

import hashlib
import json

import pytest
import torch
from conftest import chat_rows, run_train, write_jsonl

PROGRESS = "FINETUNE_CI_PROGRESS "
# 20 epochs: enough for the tiny model to learn every thing's colour (10 learned half of them).
EPOCHS = 20
STEPS = 3 * EPOCHS  # 12 examples / batch 4 = 3 steps per epoch


@pytest.fixture(scope="module")
def sft_run(tmp_path_factory, tiny_model_dir, data_dir):
    out = tmp_path_factory.mktemp("sft-out")
    config = tmp_path_factory.mktemp("cfg") / "run.yaml"
    config.write_text(
        f"model_name_or_path: {tiny_model_dir}\n"
        f"train_file: {data_dir / 'train.jsonl'}\n"
        f"eval_file: {data_dir / 'eval.jsonl'}\n"
        f"output_dir: {out}\n"
        "num_train_epochs: 1\n"  # overridden by the flag below
        "learning_rate: 0.01\n"
        "lora_r: 8\n"
        "per_device_train_batch_size: 4\n"
        "max_length: 128\n"
        "merge: true\n"
    )
    result = run_train("--config", str(config), "--num_train_epochs", str(EPOCHS))
    assert result.returncode == 0, result.stderr[-4000:]
    metrics = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    run = json.loads((out / "run.json").read_text())
    progress = [json.loads(line[len(PROGRESS):]) for line in result.stdout.splitlines() if line.startswith(PROGRESS)]
    return {"out": out, "metrics": metrics, "run": run, "progress": progress, "model": tiny_model_dir, "data": data_dir}


def test_training_loss_falls(sft_run):
    losses = [m["loss"] for m in sft_run["metrics"] if m["loss"] is not None]
    assert len(losses) == STEPS  # logged every step
    assert losses[-1] < 0.5 * losses[0], losses


def test_metrics_jsonl_shape(sft_run):
    metrics = sft_run["metrics"]
    for i, line in enumerate(metrics, start=1):
        assert line["step"] == i
        assert isinstance(line["epoch"], float)
        assert isinstance(line["loss"], float) and isinstance(line["learning_rate"], float)
        assert isinstance(line["num_tokens"], int) and line["num_tokens"] > 0
    assert [m["num_tokens"] for m in metrics] == sorted(m["num_tokens"] for m in metrics)


def test_eval_every_epoch(sft_run):
    evals = [m for m in sft_run["metrics"] if "eval_loss" in m]
    assert [round(m["epoch"]) for m in evals] == list(range(1, EPOCHS + 1))
    for m in evals:
        assert isinstance(m["eval_loss"], float)
        assert 0.0 <= m["eval_mean_token_accuracy"] <= 1.0
    assert evals[-1]["eval_loss"] < evals[0]["eval_loss"]


def test_run_json_shape(sft_run):
    run, out = sft_run["run"], sft_run["out"]
    assert run["base_model"] == str(sft_run["model"])
    assert run["method"] == "sft" and run["quantization"] == "none"
    assert run["adapter_path"] == str(out / "adapter") and run["merged_path"] == str(out / "merged")
    for key, name in (("train_files", "train.jsonl"), ("eval_files", "eval.jsonl")):
        content = (sft_run["data"] / name).read_bytes()
        path = str(sft_run["data"] / name)
        assert run[key] == [{"path": path, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}]
    assert run["config"]["train_file"] == [str(sft_run["data"] / "train.jsonl")]  # one string in the YAML: one file
    assert run["config"]["num_train_epochs"] == EPOCHS and run["config"]["merge"] is True
    assert run["trained_tokens"] == sft_run["metrics"][-1]["num_tokens"]
    assert run["global_steps"] == STEPS
    for key in ("wall_time_seconds", "train_seconds", "tokens_per_second", "final_train_loss", "final_eval_loss"):
        assert isinstance(run[key], float) and run[key] > 0, key
    assert run["peak_gpu_memory_bytes"] is None  # CPU
    assert set(run["versions"]) >= {"torch", "transformers", "peft", "trl"}
    assert all(isinstance(v, str) for k, v in run["versions"].items() if k != "bitsandbytes")
    assert run["device"]["cuda"] is torch.cuda.is_available()


def test_progress_lines(sft_run):
    train = [p for p in sft_run["progress"] if p["event"] == "train"]
    assert [p["step"] for p in train] == list(range(1, STEPS + 1))
    assert all(p["total_steps"] == STEPS and p["tokens_per_second"] > 0 and p["eta_seconds"] >= 0 for p in train)
    assert len([p for p in sft_run["progress"] if p["event"] == "eval"]) == EPOCHS
    done = sft_run["progress"][-1]
    assert done["event"] == "done" and done["run_json"] == str(sft_run["out"] / "run.json")


def _logits(model, tokenizer):
    ids = tokenizer.apply_chat_template([{"role": "user", "content": "what color is the sky ?"}],
                                        add_generation_prompt=True, return_dict=True, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        return model(input_ids=ids).logits


def test_adapter_loads_and_changes_outputs_and_merge_matches(sft_run):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    adapter = sft_run["out"] / "adapter"
    config = json.loads((adapter / "adapter_config.json").read_text())
    assert config["r"] == 8 and not config.get("modules_to_save")  # vLLM cannot serve modules_to_save
    tokenizer = AutoTokenizer.from_pretrained(adapter)
    base = _logits(AutoModelForCausalLM.from_pretrained(sft_run["model"]), tokenizer)
    tuned_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(sft_run["model"]), adapter).eval()
    tuned = _logits(tuned_model, tokenizer)
    assert not torch.allclose(base, tuned, atol=1e-3)
    merged = _logits(AutoModelForCausalLM.from_pretrained(sft_run["out"] / "merged"), tokenizer)
    torch.testing.assert_close(merged, tuned, atol=1e-4, rtol=1e-4)

    # It learned the task itself, each thing's colour, not only the words every answer shares: greedy
    # decoding gives every training answer whole, where the untrained model gives none of them.
    base_model = AutoModelForCausalLM.from_pretrained(sft_run["model"]).eval()
    answers = {row["messages"][-1]["content"]: row["messages"][:-1] for row in chat_rows()}
    assert {expected: _greedy(tuned_model, tokenizer, prompt) for expected, prompt in answers.items()} == {expected: expected for expected in answers}
    assert not any(_greedy(base_model, tokenizer, prompt) == expected for expected, prompt in answers.items())


def _greedy(model, tokenizer, messages):
    ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=True, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        out = model.generate(input_ids=ids, max_new_tokens=8, do_sample=False)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()


def _answer_loss(model, tokenizer, messages) -> float:
    """Mean negative log-likelihood, in nats per token, of the last message's content after the others."""
    prompt = tokenizer.apply_chat_template(messages[:-1], add_generation_prompt=True, tokenize=False)
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    ids = tokenizer(prompt + messages[-1]["content"], add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        log_probs = torch.log_softmax(model(input_ids=ids).logits[0, :-1], dim=-1)
    targets = ids[0, 1:]
    token_log_probs = log_probs[torch.arange(len(targets)), targets][len(prompt_ids) - 1:]
    return float(-token_log_probs.mean())


@pytest.fixture(scope="module")
def all_turns_run(tmp_path_factory, tiny_model_dir):
    """The same training with the weight-0 turns given weight 1: what learning them would look like."""
    rows = chat_rows()
    for row in rows:
        for message in row["messages"]:
            message.pop("weight", None)
    data = write_jsonl(tmp_path_factory.mktemp("all-turns") / "train.jsonl", rows)
    out = tmp_path_factory.mktemp("all-turns-out")
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(data), "--output_dir", str(out),
                       "--num_train_epochs", str(EPOCHS), "--learning_rate", "0.01", "--lora_r", "8",
                       "--per_device_train_batch_size", "4", "--max_length", "128")
    assert result.returncode == 0, result.stderr[-4000:]
    return out


def test_a_weight_0_turn_is_not_learned(sft_run, all_turns_run):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(sft_run["out"] / "adapter")
    row = chat_rows()[0]["messages"]  # system, "say something wrong", "wrong wrong wrong" (weight 0), the sky question, its answer
    assert row[2]["weight"] == 0 and row[2]["content"] == "wrong wrong wrong"
    weight_0_turn, weight_1_turn = row[:3], row

    def losses(adapter=None):
        model = AutoModelForCausalLM.from_pretrained(sft_run["model"])
        if adapter is not None:
            model = PeftModel.from_pretrained(model, adapter)
        model.eval()
        return _answer_loss(model, tokenizer, weight_0_turn), _answer_loss(model, tokenizer, weight_1_turn)

    before_0, before_1 = losses()
    after_0, after_1 = losses(sft_run["out"] / "adapter")
    # The weight-1 answer is learned: its loss falls below a tenth of what it was.
    assert after_1 < 0.1 * before_1, (before_1, after_1)
    # The weight-0 turn is not: its loss stays above half of what it was (several nats per token),
    assert after_0 > 0.5 * before_0, (before_0, after_0)
    # though the same training with that turn at weight 1 learns it like the others.
    learned_0, _ = losses(all_turns_run / "adapter")
    assert learned_0 < 0.1 * before_0, (before_0, learned_0)
