"""Reading OpenAI-format JSONL and turning it into what SFTTrainer / DPOTrainer consume.

Every line is read, validated (chat_format), rendered with the model's chat template and checked that the template
expresses it (templates): a problem on any line stops the run before training, naming the file and line of the
first problems and how many there are in all. Nothing is skipped silently.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .chat_format import FormatProblem, chat_example, preference_example
from .errors import DataError
from .templates import TemplateProblem, assistant_spans, check_expressible, keeps_developer_role, render

DETAILS_SHOWN = 20


def sha256_file(path: str | None) -> str | None:
    if path is None:
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Problems:
    """Problems found in one file, raised together as one DataError once the whole file has been read."""

    def __init__(self, path: str):
        self.path = path
        self.found: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        self.found.append((line, message))

    def raise_if_any(self) -> None:
        if not self.found:
            return
        (line, first), rest = self.found[0], self.found[1:]
        summary = ""
        if rest:
            lines = ", ".join(str(n) for n, _ in rest[:DETAILS_SHOWN])
            more = ", ..." if len(rest) > DETAILS_SHOWN else ""
            summary = f" ({len(rest)} more line{'s' if len(rest) > 1 else ''} with problems, listed above: {lines}{more})"
        details = [f"{self.path} line {n}: {message}" for n, message in rest[:DETAILS_SHOWN]]
        raise DataError(f"{self.path} line {line}: {first}{summary}", details)


def read_jsonl(path: str) -> list[tuple[int, dict]]:
    """Return (line number, object) pairs; blank lines are allowed and skipped."""
    if not Path(path).is_file():
        raise DataError(f"{path}: file not found; check train_file / eval_file")
    rows, problems = [], Problems(path)
    with open(path, encoding="utf-8", errors="strict") as handle:
        try:
            lines = list(enumerate(handle, start=1))
        except UnicodeDecodeError as err:
            raise DataError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start}); re-save the file as UTF-8") from None
    for lineno, line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.add(lineno, f"invalid JSON ({err.msg} at column {err.colno}); make the line one complete JSON object")
            continue
        except RecursionError:
            problems.add(lineno, "the JSON is nested too deeply to read")
            continue
        if not isinstance(row, dict):
            problems.add(lineno, f"expected a JSON object, got {type(row).__name__}")
            continue
        rows.append((lineno, row))
    problems.raise_if_any()
    if not rows:
        raise DataError(f"{path}: no examples; the file is empty")
    return rows


@dataclass
class SftExample:
    line: int
    input_ids: list[int]
    assistant_masks: list[int]  # 1 = the token carries loss


def tokenize_conversation(tokenizer, conversation) -> SftExample:
    """input_ids of the chat-templated conversation and its assistant mask.

    Loss goes on assistant turns (their text, their tool calls and their end-of-turn token), not on those with
    weight 0, and not on anything else. Tokens are matched to the turns' character spans through the offsets of
    one tokenization of the whole text, so the ids are exactly what the model sees at inference time.
    """
    text = render(tokenizer, conversation.messages, conversation.tools, features=conversation.features)
    spans = assistant_spans(tokenizer, conversation, text)
    check_expressible(tokenizer, conversation, text)
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    mask = []
    for tok_start, tok_end in encoding["offset_mapping"]:
        inside = any(tok_start < end and max(tok_end, tok_start + 1) > start for start, end in spans)
        mask.append(int(inside))
    return SftExample(0, list(encoding["input_ids"]), mask)


def _where(problem: FormatProblem) -> str:
    return f"{problem}; fix the example so the dataset review passes it"


def sft_examples(tokenizer, path: str) -> list[SftExample]:
    """Every example of an OpenAI chat fine-tuning file, tokenized with its loss mask."""
    developer = keeps_developer_role(tokenizer)
    examples, problems = [], Problems(path)
    for lineno, row in read_jsonl(path):
        try:
            example = tokenize_conversation(tokenizer, chat_example(row, developer_role=developer))
        except FormatProblem as err:
            problems.add(lineno, _where(err))
            continue
        except TemplateProblem as err:
            problems.add(lineno, str(err))
            continue
        if not any(example.assistant_masks):
            problems.add(lineno, "no token carries loss: the chat template renders the assistant turns as nothing")
            continue
        example.line = lineno
        examples.append(example)
    problems.raise_if_any()
    return examples


@dataclass
class DpoExample:
    line: int
    row: dict  # trl's conversational prompt / chosen / rejected (+ tools as JSON text)
    prompt_tokens: int
    chosen_tokens: int
    rejected_tokens: int


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def dpo_examples(tokenizer, path: str) -> list[DpoExample]:
    """Every example of an OpenAI preference file, converted to trl's conversational format and measured as trl
    will tokenize it (prompt with the generation prompt, then each completion), so truncation can be counted."""
    developer = keeps_developer_role(tokenizer)
    examples, problems = [], Problems(path)
    for lineno, row in read_jsonl(path):
        try:
            example = preference_example(row, developer_role=developer)
            prompt = example.prompt
            ids = {}
            for key, messages in (("prompt", prompt.messages), ("chosen", prompt.messages + example.chosen),
                                  ("rejected", prompt.messages + example.rejected)):
                text = render(tokenizer, messages, prompt.tools, generation_prompt=key == "prompt", features=prompt.features)
                if key != "prompt":  # the input's assistant turns are context; the output is what is learned
                    check_expressible(tokenizer, prompt, text, messages, [0] * len(prompt.messages) + [1])
                ids[key] = tokenizer(text, add_special_tokens=False)["input_ids"]
        except FormatProblem as err:
            problems.add(lineno, _where(err))
            continue
        except TemplateProblem as err:
            problems.add(lineno, str(err))
            continue
        prompt_len = min(_common_prefix(ids["prompt"], ids["chosen"]), _common_prefix(ids["prompt"], ids["rejected"]))
        trl_row = {
            "prompt": prompt.messages,
            "chosen": example.chosen,
            "rejected": example.rejected,
            "tools": json.dumps(prompt.tools) if prompt.tools else None,
        }
        examples.append(DpoExample(lineno, trl_row, prompt_len, len(ids["chosen"]) - prompt_len,
                                   len(ids["rejected"]) - prompt_len))
    problems.raise_if_any()
    return examples


def sft_dataset(examples: list[SftExample]):
    from datasets import Dataset

    return Dataset.from_list([{"input_ids": e.input_ids, "assistant_masks": e.assistant_masks} for e in examples])


def dpo_dataset(examples: list[DpoExample]):
    from datasets import Dataset, Features, Json, List, Value

    # Json keeps each message as written: Arrow would otherwise give every message every key of every other
    # message (tool_calls: null on plain turns), which templates read as "has tool calls".
    features = Features({"prompt": List(Json()), "chosen": List(Json()), "rejected": List(Json()), "tools": Value("string")})
    return Dataset.from_list([e.row for e in examples], features=features)
