"""The contract with the dataset review: every example shape the review accepts trains, or is refused up front.

The examples are test/fixtures/dataset-contract/*.jsonl, which the TypeScript review tests read too
(test/review/datasetContract.test.ts checks that the review accepts every one of them), so the two sides cannot
drift. Here each shape is rendered with a Qwen2.5-style template (conftest.CHAT_TEMPLATE), its learned text is
checked, and a real run trains on the whole file; with Gemma-2's template (no system role, no tools) the run is
refused before training with the file, the line and the reason.
"""

import copy
import json
import re

import pytest
from conftest import CONTRACT_DIR, contract_rows, run_train, write_jsonl

from finetune_runner.chat_format import chat_example
from finetune_runner.data import dpo_examples, read_jsonl, sft_examples
from finetune_runner.errors import EXIT_DATA

SHAPES = json.loads((CONTRACT_DIR / "shapes.json").read_text())
CALL = '<tool_call>\n{{"name": "get_weather", "arguments": {{"city": "{}"}}}}\n</tool_call>'
END = "<|im_end|>"

# What carries loss in each chat example, written out from the template: the assistant turns with weight 1, their
# tool calls included, each through its end-of-turn token; nothing of the system, user or tool turns.
LEARNED = {
    "plain": ["the sky is blue ." + END],
    "developer-message": ["the grass is green ." + END],
    "text-parts": ["the sun is yellow ." + END],
    "assistant-text-parts": ["the snow\nis white ." + END],
    "tool-call-and-result": [CALL.format("paris") + END, "the sky in paris is blue ." + END],
    "learn-the-call": [CALL.format("rome") + END],
    "null-content-call": [CALL.format("oslo") + END, "the sky in oslo is white ." + END],
    "parallel-tool-calls": [CALL.format("paris") + "\n" + CALL.format("rome") + END, "paris is blue and rome is black ." + END],
    "weight-zero": ["the coal is black ." + END],
    "tools-without-call": ["the rose is red ." + END],
    "deprecated-functions": [CALL.format("lima") + END, "the sky in lima is white ." + END],
    "no-system": ["the lemon is yellow ." + END],
}

TOOLS_SYSTEM = (
    "<|im_start|>system\nyou answer with colors .\n\n# Tools\n\nYou may call one or more functions to assist with "
    "the user query.\n\n<tools>\n"
    '{"type": "function", "function": {"name": "get_weather", "description": "the weather in a city", '
    '"parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}\n'
    "</tools>\n\nFor each function call, return a json object within <tool_call></tool_call> tags.<|im_end|>\n"
)

# Whole renderings of the shapes that need a conversion on the way to the template.
RENDERED = {
    "developer-message": "<|im_start|>system\nyou answer with colors .<|im_end|>\n<|im_start|>user\nwhat color is "
                         "the grass ?<|im_end|>\n<|im_start|>assistant\nthe grass is green .<|im_end|>\n",
    "text-parts": "<|im_start|>system\nyou answer with colors .<|im_end|>\n<|im_start|>user\nwhat color\nis the sun ?"
                  "<|im_end|>\n<|im_start|>assistant\nthe sun is yellow .<|im_end|>\n",
    "tool-call-and-result": TOOLS_SYSTEM + "<|im_start|>user\nwhat color is the sky in paris ?<|im_end|>\n"
                            "<|im_start|>assistant\n" + CALL.format("paris") + "<|im_end|>\n<|im_start|>user\n"
                            "<tool_response>\nsunny\n</tool_response><|im_end|>\n<|im_start|>assistant\nthe sky in "
                            "paris is blue .<|im_end|>\n",
    "deprecated-functions": TOOLS_SYSTEM + "<|im_start|>user\nwhat color is the sky in lima ?<|im_end|>\n"
                            "<|im_start|>assistant\n" + CALL.format("lima") + "<|im_end|>\n<|im_start|>user\n"
                            "<tool_response>\ncloudy\n</tool_response><|im_end|>\n<|im_start|>assistant\nthe sky in "
                            "lima is white .<|im_end|>\n",
}


def _learned_text(tokenizer, text: str, ids: list[int], mask: list[int]) -> list[str]:
    """The stretches of the rendered text whose tokens carry loss."""
    offsets = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
    assert len(offsets) == len(ids) == len(mask)
    stretches, current = [], None
    for (start, end), bit in zip(offsets, mask):
        if bit:
            current = (start, end) if current is None else (current[0], end)
        elif current is not None:
            stretches.append(text[current[0]:current[1]])
            current = None
    if current is not None:
        stretches.append(text[current[0]:current[1]])
    return stretches


def test_every_fixture_line_is_labelled_with_its_shapes():
    for name in ("chat.jsonl", "preference.jsonl"):
        lines = (CONTRACT_DIR / name).read_text().splitlines()
        assert [entry["line"] for entry in SHAPES[name]] == list(range(1, len(lines) + 1))
    assert [entry["name"] for entry in SHAPES["chat.jsonl"]] == list(LEARNED)


@pytest.mark.parametrize("entry", SHAPES["chat.jsonl"], ids=lambda e: e["name"])
def test_chat_shape_renders_and_learns_only_the_assistant(tokenizer, entry):
    rows = contract_rows("chat.jsonl")
    examples = {e.line: e for e in sft_examples(tokenizer, read_jsonl(str(CONTRACT_DIR / "chat.jsonl")))}
    assert sorted(examples) == list(range(1, len(rows) + 1))  # every line trains
    conversation = chat_example(rows[entry["line"] - 1])
    text = tokenizer.apply_chat_template(conversation.messages, tools=conversation.tools, tokenize=False)
    if entry["name"] in RENDERED:
        assert text == RENDERED[entry["name"]]
    example = examples[entry["line"]]
    assert example.input_ids == tokenizer(text, add_special_tokens=False)["input_ids"]
    assert _learned_text(tokenizer, text, example.input_ids, example.assistant_masks) == LEARNED[entry["name"]]


def test_preference_shapes_keep_tools_and_tool_calls(tokenizer):
    examples = dpo_examples(tokenizer, read_jsonl(str(CONTRACT_DIR / "preference.jsonl")))
    assert [e.line for e in examples] == [entry["line"] for entry in SHAPES["preference.jsonl"]]
    by_name = {entry["name"]: examples[entry["line"] - 1].row for entry in SHAPES["preference.jsonl"]}
    assert by_name["developer"]["prompt"][0] == {"role": "system", "content": "you answer with colors ."}
    assert by_name["text-parts"]["prompt"][1]["content"] == "what color\nis the snow ?"
    assert by_name["text-parts"]["chosen"] == [{"role": "assistant", "content": "the snow is white ."}]
    call = by_name["tool-call-output"]["chosen"][0]
    assert call["content"] == "" and call["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": {"city": "paris"}}
    assert json.loads(by_name["tool-call-output"]["tools"])[0]["function"]["name"] == "get_weather"
    assert by_name["tool-result-in-input"]["prompt"][-1] == {"role": "tool", "content": "night", "tool_call_id": "call_2", "name": "get_weather"}


@pytest.mark.parametrize(("method", "name"), [("sft", "chat.jsonl"), ("dpo", "preference.jsonl")])
def test_a_run_on_every_accepted_shape_exits_0(tmp_path, tiny_model_dir, method, name):
    out = tmp_path / "out"
    result = run_train("--model_name_or_path", str(tiny_model_dir), "--method", method,
                       "--train_file", str(CONTRACT_DIR / name), "--output_dir", str(out),
                       "--max_steps", "2", "--max_length", "512", "--per_device_train_batch_size", "4")
    assert result.returncode == 0, result.stderr[-4000:]
    (data,) = json.loads((out / "run.json").read_text())["data"]["train"]
    lines = len(SHAPES[name])
    assert (data["examples"], data["trained_examples"], data["dropped_examples"], data["truncated_examples"]) == (lines, lines, 0, 0)


def _refused(name: str) -> list[int]:
    """The lines a template without system role and tools refuses (the TypeScript review flags the same lines)."""
    return [entry["line"] for entry in SHAPES[name] if entry["refusedWithoutSystemOrTools"]]


def test_a_template_without_system_role_or_tools_refuses_before_training(tmp_path, no_system_model_dir):
    result = run_train("--model_name_or_path", str(no_system_model_dir), "--train_file", str(CONTRACT_DIR / "chat.jsonl"),
                       "--output_dir", str(tmp_path / "out"))
    assert result.returncode == EXIT_DATA
    assert "Traceback" not in result.stderr and not (tmp_path / "out" / "adapter").exists()
    error = result.stderr.strip().splitlines()[-1]
    first, *rest = _refused("chat.jsonl")
    assert error.startswith(f"finetune-ci: error: {CONTRACT_DIR / 'chat.jsonl'} line {first}: the model's chat template "
                            "refuses it: System role not supported. Fix: this example uses a system message; ")
    assert "fold the system message into the first user message" in error
    # Every refused line is named; none is skipped.
    assert f"({len(rest)} more lines with problems, listed above: {', '.join(map(str, rest))})" in error
    assert "line 8: the model's chat template refuses it" in result.stderr
    assert "this example uses a system message, parallel tool calls, tool results, tools" in result.stderr


def test_a_template_without_system_role_or_tools_refuses_the_same_preference_lines(no_system_model_dir):
    from transformers import AutoTokenizer

    from finetune_runner.errors import DataError

    with pytest.raises(DataError) as err:
        dpo_examples(AutoTokenizer.from_pretrained(no_system_model_dir),
                     read_jsonl(str(CONTRACT_DIR / "preference.jsonl")))
    first, *rest = _refused("preference.jsonl")
    assert f"preference.jsonl line {first}: the model's chat template refuses it: System role not supported" in str(err.value)
    named = [first] + [int(d.split(" line ")[1].split(":")[0]) for d in err.value.details]
    assert named == [first, *rest]


@pytest.mark.parametrize(
    ("messages", "tools", "reason"),
    [
        ([{"role": "user", "content": "what color is the sky in rome ?"},
          {"role": "assistant", "content": None, "tool_calls": [
              {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "rome"}'}}]}],
         None, "leaves out the tool_calls of message 1 (assistant), so the model would learn to answer without calling"),
        ([{"role": "user", "content": "what color is the rose ?"}, {"role": "assistant", "content": "the rose is red ."}],
         True, "ignores the example's tools list"),
    ],
)
def test_what_a_template_silently_leaves_out_is_refused(tmp_path, no_system_model_dir, messages, tools, reason):
    from transformers import AutoTokenizer

    row = {"messages": messages}
    if tools:
        row["tools"] = contract_rows("chat.jsonl")[4]["tools"]
    path = write_jsonl(tmp_path / "train.jsonl", [row])
    from finetune_runner.errors import DataError

    with pytest.raises(DataError, match=re.escape(f"line 1: the model's chat template {reason}")):
        sft_examples(AutoTokenizer.from_pretrained(no_system_model_dir), read_jsonl(str(path)))


def test_a_template_that_rewrites_earlier_turns_is_refused_with_the_fix(tmp_path, tokenizer):
    from finetune_runner.errors import DataError

    # Like reasoning models' templates, which drop the reasoning of earlier assistant turns: a conversation's
    # prefix ending on an assistant turn is then not the start of the whole conversation.
    rewriting = copy.deepcopy(tokenizer)
    rewriting.chat_template = (
        "{% for m in messages %}<|im_start|>{{ m.role }}\n"
        "{% if m.role == 'assistant' and not loop.last %}{{ m.content.split('</think>')[-1] }}{% else %}{{ m.content }}"
        "{% endif %}<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
    )
    rows = [{"messages": [{"role": "user", "content": "what color is the sky ?"},
                          {"role": "assistant", "content": "<think>the sky</think>blue"},
                          {"role": "user", "content": "and the grass ?"}, {"role": "assistant", "content": "green"}]}]
    path = write_jsonl(tmp_path / "train.jsonl", rows)
    with pytest.raises(DataError) as err:
        sft_examples(rewriting, read_jsonl(str(path)))
    assert str(err.value).startswith(f"{path} line 1: the model's chat template renders this conversation differently "
                                     "from its prefixes, so assistant message 1 cannot be located for loss masking. "
                                     "Fix: give the earlier assistant turns weight 0")
    # The fix works: with the earlier turn at weight 0 only the last turn is located, and learned.
    rows[0]["messages"][1]["weight"] = 0
    (example,) = sft_examples(rewriting, read_jsonl(str(write_jsonl(path, rows))))
    text = rewriting.apply_chat_template(rows[0]["messages"], tokenize=False)
    assert _learned_text(rewriting, text, example.input_ids, example.assistant_masks) == ["green" + END]
