"""Dataset reading and loss masking, tested directly (no training)."""

import json

import pytest
from conftest import chat_rows, dpo_rows, write_jsonl

from finetune_runner.chat_format import chat_example
from finetune_runner.data import dpo_examples, read_jsonl, sft_examples, tokenize_conversation
from finetune_runner.errors import DataError


def _turn_token_ranges(tokenizer, messages, ids):
    """Token index ranges of each message's content, found independently of the code under test."""
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
    example = tokenize_conversation(tokenizer, chat_example({"messages": messages}))
    mask = example.assistant_masks
    assert len(mask) == len(example.input_ids)
    ranges = _turn_token_ranges(tokenizer, messages, example.input_ids)
    for message, token_range in zip(messages, ranges):
        bits = {mask[i] for i in token_range}
        if message["role"] == "assistant" and message.get("weight", 1) == 1:
            assert bits == {1}, message
        else:
            assert bits == {0}, message
    # The end-of-turn token after the learned answer is learned too (so the model learns to stop).
    last = ranges[-1][-1] + 1
    assert example.input_ids[last] == tokenizer.eos_token_id and mask[last] == 1
    assert sum(mask) == len(ranges[-1]) + 1


def test_ids_match_the_chat_template(tokenizer):
    messages = chat_rows()[1]["messages"]
    rendered = tokenizer.apply_chat_template(messages, tokenize=False)
    ids = tokenize_conversation(tokenizer, chat_example({"messages": messages})).input_ids
    assert ids == tokenizer(rendered, add_special_tokens=False)["input_ids"]


def test_bad_json_line_names_file_and_line(tmp_path, tokenizer):
    path = write_jsonl(tmp_path / "train.jsonl", chat_rows()[:2])
    path.write_text(path.read_text() + "\n{not json\n")
    with pytest.raises(DataError, match=rf"{path} line 4: invalid JSON"):
        sft_examples(tokenizer, read_jsonl(str(path)))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "no assistant message with weight 1"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "x", "weight": 0}]},
         "no assistant message with weight 1"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, r"messages\[0\].role is 'robot'"),
        ({"messages": [{"role": "user", "content": "hi", "weight": 1}]}, r"messages\[0\].weight must be 0 or 1"),
        ({"prompt": "hi"}, "messages must be a non-empty array"),
        ({"messages": ["hi"]}, r"messages\[0\] must be an object"),
        ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]},
                       {"role": "assistant", "content": "x"}]},
         r"messages\[0\].content\[0\].type is 'image_url': only text parts"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": ""}]},
         r"messages\[1\] \(assistant\) is empty"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{not json"}}]}]},
         r"tool_calls\[0\].function.arguments is not valid JSON text"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "tool", "tool_call_id": "c9", "content": "x"},
                       {"role": "assistant", "content": "x"}]},
         r"messages\[1\].tool_call_id is 'c9', which no earlier assistant tool call has"),
    ],
)
def test_invalid_examples_are_rejected_with_their_line(tmp_path, tokenizer, row, message):
    path = write_jsonl(tmp_path / "train.jsonl", [chat_rows()[1], row])
    with pytest.raises(DataError, match=f"line 2: .*{message}"):
        sft_examples(tokenizer, read_jsonl(str(path)))


def test_every_bad_line_is_counted_not_only_the_first(tmp_path, tokenizer):
    bad = {"messages": [{"role": "robot", "content": "hi"}]}
    path = write_jsonl(tmp_path / "train.jsonl", [chat_rows()[1], bad, chat_rows()[2], bad, bad])
    with pytest.raises(DataError) as err:
        sft_examples(tokenizer, read_jsonl(str(path)))
    assert str(err.value).startswith(f"{path} line 2: ")
    assert "(2 more lines with problems, listed above: 4, 5)" in str(err.value)
    assert [d.split(":")[0] for d in err.value.details] == [f"{path} line 4", f"{path} line 5"]


def test_preference_rows_become_conversational_triples(tmp_path, tokenizer):
    path = write_jsonl(tmp_path / "dpo.jsonl", dpo_rows())
    examples = dpo_examples(tokenizer, read_jsonl(str(path)))
    assert [e.line for e in examples] == list(range(1, len(dpo_rows()) + 1))
    first = examples[0].row
    assert first["prompt"] == [{"role": "user", "content": "what color is the sky ?"}]
    assert first["chosen"] == [{"role": "assistant", "content": "the sky is blue ."}]
    assert first["rejected"] == [{"role": "assistant", "content": "wrong wrong wrong"}]
    assert first["tools"] is None
    # Measured as trl tokenizes: the prompt with the generation prompt, then each completion.
    prompt = tokenizer.apply_chat_template(first["prompt"], tokenize=False, add_generation_prompt=True)
    assert examples[0].prompt_tokens == len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    assert examples[0].chosen_tokens == len(tokenizer.tokenize("the sky is blue .")) + 1  # + <|im_end|>


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"preferred_output": [{"role": "user", "content": "x"}]}, r"line 1: preferred_output\[0\].role is 'user'"),
        ({"input": [{"role": "user", "content": "x"}]}, "line 1: input must be an object"),
        ({"input": {"messages": "hi"}}, "line 1: input.messages must be a non-empty array"),
        ({"non_preferred_output": []}, "line 1: non_preferred_output must be an array holding exactly one"),
    ],
)
def test_preference_problems_name_the_line(tmp_path, tokenizer, change, message):
    path = tmp_path / "dpo.jsonl"
    path.write_text(json.dumps(dpo_rows()[0] | change) + "\n")
    with pytest.raises(DataError, match=message):
        dpo_examples(tokenizer, read_jsonl(str(path)))
