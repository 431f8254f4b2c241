"""Dataset reading and loss masking, tested directly (no training)."""

import json

import pytest
from conftest import chat_rows, dpo_rows, write_jsonl

from finetune_runner.data import load_chat_file, load_preference_file, tokenize_conversation
from finetune_runner.errors import DataError


def _turn_token_ranges(tokenizer, messages):
    """Token index ranges of each message's content, found independently of the code under test."""
    ids = tokenize_conversation(tokenizer, messages)["input_ids"]
    tokens = tokenizer.convert_ids_to_tokens(ids)
    ranges, cursor = [], 0
    for message in messages:
        words = tokenizer.tokenize(message["content"])
        start = next(i for i in range(cursor, len(tokens)) if tokens[i:i + len(words)] == words)
        ranges.append(range(start, start + len(words)))
        cursor = start + len(words)
    return ranges


def test_mask_covers_weighted_assistant_turns_only(tokenizer):
    messages = chat_rows()[0]["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant"]
    assert messages[2]["weight"] == 0
    example = tokenize_conversation(tokenizer, messages)
    mask = example["assistant_masks"]
    assert len(mask) == len(example["input_ids"])
    ranges = _turn_token_ranges(tokenizer, messages)
    for message, token_range in zip(messages, ranges):
        bits = {mask[i] for i in token_range}
        if message["role"] == "assistant" and message.get("weight", 1) == 1:
            assert bits == {1}, message
        else:
            assert bits == {0}, message
    # The end-of-turn token after the learned answer is learned too (so the model learns to stop).
    last = ranges[-1][-1] + 1
    assert example["input_ids"][last] == tokenizer.eos_token_id and mask[last] == 1
    assert sum(mask) == len(ranges[-1]) + 1


def test_ids_match_the_chat_template(tokenizer):
    messages = chat_rows()[1]["messages"]
    rendered = tokenizer.apply_chat_template(messages, tokenize=False)
    assert tokenize_conversation(tokenizer, messages)["input_ids"] == tokenizer(rendered, add_special_tokens=False)["input_ids"]


def test_bad_json_line_names_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "train.jsonl", chat_rows()[:2])
    path.write_text(path.read_text() + "\n{not json\n")
    with pytest.raises(DataError, match=rf"{path} line 4: invalid JSON"):
        load_chat_file(str(path))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "no assistant message with weight 1"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "x", "weight": 0}]},
         "no assistant message with weight 1"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, "role 'robot'"),
        ({"messages": [{"role": "user", "content": "hi", "weight": 1}]}, "'weight' must be 0 or 1"),
        ({"prompt": "hi"}, "'messages' must be a non-empty list"),
    ],
)
def test_invalid_examples_are_rejected(tmp_path, row, message):
    path = write_jsonl(tmp_path / "train.jsonl", [chat_rows()[1], row])
    with pytest.raises(DataError, match=f"line 2: .*{message}"):
        load_chat_file(str(path))


def test_preference_rows_become_conversational_triples(tmp_path):
    path = write_jsonl(tmp_path / "dpo.jsonl", dpo_rows())
    examples = load_preference_file(str(path))
    assert len(examples) == len(dpo_rows())
    first = examples[0]
    assert first["prompt"] == [{"role": "user", "content": "what color is the sky ?"}]
    assert first["chosen"] == [{"role": "assistant", "content": "the sky is blue ."}]
    assert first["rejected"] == [{"role": "assistant", "content": "wrong wrong wrong"}]


def test_preference_output_must_be_assistant(tmp_path):
    row = dpo_rows()[0] | {"preferred_output": [{"role": "user", "content": "x"}]}
    path = tmp_path / "dpo.jsonl"
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(DataError, match="line 1 preferred_output"):
        load_preference_file(str(path))
