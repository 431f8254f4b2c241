"""Shared fixtures: a tiny Llama and word-level tokenizer built offline, and small chat/DPO datasets."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Nothing in the suite may reach the Hub: CI runners for this suite have no network to it.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

RUNNER_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RUNNER_DIR))

SPECIAL = ["<unk>", "<pad>", "<s>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]
# {% generation %} marks assistant text as transformers/trl expect; our runner masks without needing it.
CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}"
    "{% if m['role'] == 'assistant' %}<|assistant|>\n{% generation %}{{ m['content'] }}<|end|>{% endgeneration %}\n"
    "{% else %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endif %}"
    "{% endfor %}{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
THINGS = {"sky": "blue", "grass": "green", "sun": "yellow", "snow": "white", "coal": "black", "rose": "red",
          "sea": "blue", "leaf": "green", "lemon": "yellow", "milk": "white", "night": "black", "fire": "red"}
SYSTEM = "you answer with colors ."


def chat_rows() -> list[dict]:
    rows = []
    for i, (thing, color) in enumerate(THINGS.items()):
        messages = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"what color is the {thing} ?"},
            {"role": "assistant", "content": f"the {thing} is {color} ."},
        ]
        if i % 3 == 0:  # multi-turn, with an earlier turn that must not be learned
            messages[1:1] = [
                {"role": "user", "content": "say something wrong"},
                {"role": "assistant", "content": "wrong wrong wrong", "weight": 0},
            ]
        rows.append({"messages": messages})
    return rows


def dpo_rows() -> list[dict]:
    return [
        {
            "input": {"messages": [{"role": "user", "content": f"what color is the {thing} ?"}]},
            "preferred_output": [{"role": "assistant", "content": f"the {thing} is {color} ."}],
            "non_preferred_output": [{"role": "assistant", "content": "wrong wrong wrong"}],
        }
        for thing, color in THINGS.items()
    ]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def build_tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = [SYSTEM, "what color is the ? say something wrong", " ".join(THINGS), " ".join(THINGS.values())]
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(corpus, trainers.WordLevelTrainer(special_tokens=SPECIAL))
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", bos_token="<s>", eos_token="<|end|>",
        additional_special_tokens=SPECIAL[3:],
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


@pytest.fixture(scope="session")
def tokenizer():
    return build_tokenizer()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tokenizer) -> Path:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
        initializer_range=0.2,  # a frozen random head at the default 0.02 is too flat for LoRA to fit quickly
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )
    path = tmp_path_factory.mktemp("tiny-llama")
    LlamaForCausalLM(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data")
    write_jsonl(path / "train.jsonl", chat_rows())
    write_jsonl(path / "eval.jsonl", chat_rows()[:4])
    write_jsonl(path / "dpo.jsonl", dpo_rows())
    return path


def run_train(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run train.py the way the Action does: a separate process, output captured."""
    return subprocess.run(
        [sys.executable, str(RUNNER_DIR / "train.py"), *args],
        capture_output=True, text=True, timeout=timeout, cwd=RUNNER_DIR,
    )
