"""Reading OpenAI-format JSONL and turning it into what SFTTrainer / DPOTrainer consume."""

import hashlib
import json
from pathlib import Path

from .errors import DataError

ROLES = ("system", "user", "assistant")


def sha256_file(path: str | None) -> str | None:
    if path is None:
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_jsonl(path: str) -> list[tuple[int, dict]]:
    """Return (line number, object) pairs; blank lines are allowed and skipped."""
    if not Path(path).is_file():
        raise DataError(f"{path}: file not found")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(f"{path} line {lineno}: invalid JSON ({err.msg} at column {err.colno})") from None
            if not isinstance(row, dict):
                raise DataError(f"{path} line {lineno}: expected a JSON object, got {type(row).__name__}")
            rows.append((lineno, row))
    if not rows:
        raise DataError(f"{path}: no examples")
    return rows


def _check_messages(messages, where: str, allowed_roles=ROLES) -> list[dict]:
    if not isinstance(messages, list) or not messages:
        raise DataError(f"{where}: 'messages' must be a non-empty list")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise DataError(f"{where}: message {i} is not an object")
        role, content = message.get("role"), message.get("content")
        if role not in allowed_roles:
            raise DataError(f"{where}: message {i} has role {role!r}; expected one of {', '.join(allowed_roles)}")
        if not isinstance(content, str):
            raise DataError(f"{where}: message {i} ({role}) needs a string 'content'")
        if "weight" in message and (role != "assistant" or message["weight"] not in (0, 1)):
            raise DataError(f"{where}: message {i}: 'weight' must be 0 or 1 and only on assistant messages")
    return messages


def load_chat_file(path: str) -> list[list[dict]]:
    """Validated conversations from an OpenAI chat fine-tuning file."""
    conversations = []
    for lineno, row in read_jsonl(path):
        where = f"{path} line {lineno}"
        messages = _check_messages(row.get("messages"), where)
        if not any(m["role"] == "assistant" and m.get("weight", 1) == 1 for m in messages):
            raise DataError(f"{where}: no assistant message with weight 1, so nothing to learn")
        conversations.append(messages)
    return conversations


def load_preference_file(path: str) -> list[dict]:
    """OpenAI DPO rows converted to trl's conversational prompt/chosen/rejected format."""
    examples = []
    for lineno, row in read_jsonl(path):
        where = f"{path} line {lineno}"
        prompt = _check_messages((row.get("input") or {}).get("messages"), where + " input")
        chosen = _check_messages(row.get("preferred_output"), where + " preferred_output", ("assistant",))
        rejected = _check_messages(row.get("non_preferred_output"), where + " non_preferred_output", ("assistant",))
        strip = lambda msgs: [{"role": m["role"], "content": m["content"]} for m in msgs]  # noqa: E731
        examples.append({"prompt": strip(prompt), "chosen": strip(chosen), "rejected": strip(rejected)})
    return examples


def _render(tokenizer, messages: list[dict], generation_prompt: bool = False) -> str:
    plain = [{"role": m["role"], "content": m["content"]} for m in messages]
    return tokenizer.apply_chat_template(plain, tokenize=False, add_generation_prompt=generation_prompt)


def tokenize_conversation(tokenizer, messages: list[dict]) -> dict:
    """input_ids of the chat-templated conversation and assistant_masks (1 = token carries loss).

    Loss goes on assistant turns only, and not on those with weight 0. Each turn's character span is found by
    rendering the conversation prefix by prefix (works with any chat template that renders prefixes consistently,
    no `{% generation %}` markers needed); tokens are then matched to spans via offsets of one full tokenization,
    so the ids are exactly what the model sees at inference time.
    """
    text = _render(tokenizer, messages)
    spans = []
    for i, message in enumerate(messages):
        if message["role"] != "assistant" or message.get("weight", 1) == 0:
            continue
        before_turn = _render(tokenizer, messages[:i], generation_prompt=True) if i else ""
        through_turn = _render(tokenizer, messages[: i + 1])
        if not (text.startswith(before_turn) and text.startswith(through_turn)):
            raise DataError(
                "the model's chat template renders a conversation differently from its prefixes, "
                "so assistant turns cannot be located for loss masking"
            )
        spans.append((len(before_turn), len(through_turn)))

    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    mask = []
    for tok_start, tok_end in encoding["offset_mapping"]:
        inside = any(tok_start < end and max(tok_end, tok_start + 1) > start for start, end in spans)
        mask.append(int(inside))
    return {"input_ids": list(encoding["input_ids"]), "assistant_masks": mask}


def sft_dataset(tokenizer, path: str):
    from datasets import Dataset

    rows = [tokenize_conversation(tokenizer, messages) for messages in load_chat_file(path)]
    return Dataset.from_list(rows)


def dpo_dataset(path: str):
    from datasets import Dataset

    return Dataset.from_list(load_preference_file(path))
