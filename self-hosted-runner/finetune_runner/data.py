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


BOM = b"\xef\xbb\xbf"
BLANK = frozenset(b" \t\r")


@dataclass
class JsonlFile:
    """One dataset file as read: its rows with their line numbers, and the hash and size of exactly those bytes."""

    path: str
    sha256: str
    bytes: int
    rows: list[tuple[int, dict]]

    def record(self) -> dict:
        """The file in run.json (train_files / eval_files), to compare with the repository's file later."""
        return {"path": self.path, "sha256": self.sha256, "bytes": self.bytes}


def read_jsonl(path: str) -> JsonlFile:
    """Every line of a JSONL file, numbered as the dataset review numbers them (src/core/dataset/lines.ts), so that a
    line named here is the line the review names: lines end at \n only, a UTF-8 byte-order mark at the start is not
    part of line 1, a \r before the \n is part of the line ending, and a line of spaces, tabs and \r only is blank
    (allowed, and skipped). The file is read once; its hash and size are of those bytes. An empty file has no rows:
    whether that is a problem depends on the other files (runner.prepare_data)."""
    if not Path(path).is_file():
        raise DataError(f"{path}: file not found; check train_file / eval_file")
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as err:
        raise DataError(f"{path}: cannot read the file ({err.strerror or err})") from None
    body = raw[len(BOM):] if raw.startswith(BOM) else raw
    lines = body.split(b"\n")
    if lines[-1] == b"":  # the text after the final newline is not a line
        lines.pop()
    rows, problems = [], Problems(path)
    for lineno, data in enumerate(lines, start=1):
        if all(byte in BLANK for byte in data):
            continue
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.add(lineno, f"not UTF-8 text ({err.reason} at byte {err.start + 1} of the line); re-save the file "
                                 "as UTF-8")
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
    return JsonlFile(path, hashlib.sha256(raw).hexdigest(), len(raw), rows)


def raise_together(errors: list[tuple[str, DataError]]) -> None:
    """Raises the problems found in several files, given as (path, error), as one error: the first file's, with the
    other files' (each with its own lines) listed above it, so that one run shows everything to fix."""
    if not errors:
        return
    (_, first), rest = errors[0], errors[1:]
    if not rest:
        raise first
    details = list(first.details)
    for _, err in rest:
        details.extend(err.details)
        details.append(str(err))
    files = ", ".join(path for path, _ in rest)
    raise DataError(f"{first} (and problems in {len(rest)} more file{'s' if len(rest) > 1 else ''}, listed above: "
                    f"{files})", details)


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


def sft_examples(tokenizer, data: JsonlFile) -> list[SftExample]:
    """Every example of an OpenAI chat fine-tuning file, tokenized with its loss mask."""
    developer = keeps_developer_role(tokenizer)
    examples, problems = [], Problems(data.path)
    for lineno, row in data.rows:
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


def dpo_examples(tokenizer, data: JsonlFile) -> list[DpoExample]:
    """Every example of an OpenAI preference file, converted to trl's conversational format and measured as trl
    will tokenize it (prompt with the generation prompt, then each completion), so truncation can be counted."""
    developer = keeps_developer_role(tokenizer)
    examples, problems = [], Problems(data.path)
    for lineno, row in data.rows:
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
