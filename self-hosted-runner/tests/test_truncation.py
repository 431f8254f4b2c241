"""max_length: truncated and dropped examples are counted, warned about with their lines, written to run.json,
and a run that would drop more than max_dropped_share of a file is refused before training."""

import json

import pytest
from conftest import THINGS, run_train, write_jsonl

from finetune_runner.chat_format import chat_example
from finetune_runner.data import read_jsonl, sft_examples
from finetune_runner.errors import EXIT_DATA
from finetune_runner.lengths import fit_sft

MAX_LENGTH = 24


def _rows() -> list[dict]:
    """40 examples: the odd lines have a long user turn, so at max_length 24 their answer is cut off entirely."""
    rows = []
    for i in range(40):
        thing, color = list(THINGS.items())[i % len(THINGS)]
        question = f"what color is the {thing} ?"
        if i % 2 == 0:
            question = " ".join([question] * 4)
        rows.append({"messages": [{"role": "user", "content": question},
                                  {"role": "assistant", "content": f"the {thing} is {color} ."}]})
    return rows


def _prompt_and_total(tokenizer, row) -> tuple[int, int]:
    """Token counts straight from the chat template (not the runner): the prompt up to the answer, and all."""
    messages = row["messages"]
    count = lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])  # noqa: E731
    prompt = tokenizer.apply_chat_template(messages[:1], tokenize=False, add_generation_prompt=True)
    return count(prompt), count(tokenizer.apply_chat_template(messages, tokenize=False))


def test_examples_are_counted_as_truncated_or_dropped(tmp_path, tokenizer):
    rows = _rows()
    sizes = [_prompt_and_total(tokenizer, row) for row in rows]
    expected_dropped = [n for n, (prompt, _) in enumerate(sizes, start=1) if prompt >= MAX_LENGTH]
    expected_truncated = [n for n, (prompt, total) in enumerate(sizes, start=1) if prompt < MAX_LENGTH < total]
    assert len(expected_dropped) == 20  # the setup is what the test says it is

    path = write_jsonl(tmp_path / "train.jsonl", rows)
    kept, report = fit_sft(sft_examples(tokenizer, read_jsonl(str(path))), MAX_LENGTH, str(path))
    assert report.dropped_lines == expected_dropped
    assert report.truncated_lines == expected_truncated
    assert report.examples == 40 and report.trained == 20 == len(kept)
    assert all(len(e.input_ids) <= MAX_LENGTH and any(e.assistant_masks) for e in kept)
    assert report.longest_tokens == max(total for _, total in sizes)
    assert report.max_length_to_keep_all == max(prompt for prompt, _ in sizes) + 1


def test_too_many_dropped_refuses_with_counts_lines_and_fix(tmp_path, tiny_model_dir, tokenizer):
    path = write_jsonl(tmp_path / "train.jsonl", _rows())
    needed = max(_prompt_and_total(tokenizer, row)[0] for row in _rows()) + 1
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(path),
                       "--output_dir", str(tmp_path / "out"), "--max_length", str(MAX_LENGTH))
    assert result.returncode == EXIT_DATA and "Traceback" not in result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error == (
        f"finetune-ci: error: {path}: 20 of 40 examples (50.0%) would lose every token they are trained on at max_length "
        f"{MAX_LENGTH} and be left out, more than max_dropped_share 0.05 allows (lines 1, 3, 5, 7, 9, 11, 13, 15, 17, "
        f"19, ...). Fix: raise max_length to at least {needed} (to {max(_prompt_and_total(tokenizer, r)[1] for r in _rows())} "
        "to truncate nothing), shorten those examples, or raise max_dropped_share"
    )
    assert not (tmp_path / "out" / "adapter").exists()


def test_allowed_drops_train_and_are_reported(tmp_path, tiny_model_dir):
    path = write_jsonl(tmp_path / "train.jsonl", _rows())
    out = tmp_path / "out"
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--train_file", str(path), "--output_dir", str(out),
                       "--max_length", str(MAX_LENGTH), "--max_dropped_share", "0.5", "--max_steps", "2")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (f"finetune-ci: warning: {path}: 20 of 40 examples lose every token they would be trained on at "
            f"max_length {MAX_LENGTH} and are left out (lines 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, ...)") in result.stderr
    data = json.loads((out / "run.json").read_text())["data"]
    assert data["eval"] is None
    (train,) = data["train"]
    assert (train["examples"], train["trained_examples"], train["dropped_examples"]) == (40, 20, 20)
    assert train["dropped_lines"] == list(range(1, 40, 2)) and train["max_length"] == MAX_LENGTH


def test_all_dropped_is_refused_whatever_the_share(tmp_path, tokenizer):
    from finetune_runner.errors import DataError
    from finetune_runner.lengths import refuse_if_too_many_dropped

    path = write_jsonl(tmp_path / "train.jsonl", _rows())
    _, report = fit_sft(sft_examples(tokenizer, read_jsonl(str(path))), 3, str(path))
    with pytest.raises(DataError, match=f"{path}: every example would lose every token it is trained on at max_length 3"):
        refuse_if_too_many_dropped(report, 1.0)


def test_chat_example_lengths_match_the_template(tokenizer):
    # The runner's token ids are the template's: what is counted is what is trained.
    row = _rows()[0]
    from finetune_runner.data import tokenize_conversation

    ids = tokenize_conversation(tokenizer, chat_example(row)).input_ids
    assert len(ids) == _prompt_and_total(tokenizer, row)[1]
