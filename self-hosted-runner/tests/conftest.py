"""Shared fixtures: a tiny Llama and word-level tokenizer built offline, and small chat/DPO datasets."""

import copy
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
# One CPU thread per process (this one and every train.py / serve.py it starts): the tiny model gains nothing from
# more, and on a machine shared with other jobs, OpenMP threads that spin-wait make a 64-wide matmul take ~100x longer.
os.environ.setdefault("OMP_NUM_THREADS", "1")

RUNNER_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RUNNER_DIR))

from finetune_runner.upstream import UPSTREAM_DEPRECATIONS  # noqa: E402

# mutmut's stats run (setup.cfg; README, Development): the functions that the child processes of a test reach
# (train.py, serve.py, the bench scripts) are recorded by tests/mutmut_hits/sitecustomize.py and counted for that
# test here, after its setup and after its call, so that mutmut runs those tests against their mutants.
if os.environ.get("MUTANT_UNDER_TEST") == "stats":
    import tempfile

    _CHILD_HITS = Path(tempfile.mkdtemp(prefix="mutmut-child-hits-"))
    os.environ["FINETUNE_RUNNER_MUTMUT_HITS"] = str(_CHILD_HITS)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(Path(__file__).resolve().parent / "mutmut_hits"), os.environ.get("PYTHONPATH")) if p)

    def _count_child_hits() -> None:
        from mutmut.state import state

        for path in _CHILD_HITS.glob("*.json"):
            state()._stats.update(json.loads(path.read_text(encoding="utf-8")))
            path.unlink()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_setup(item):
        yield
        _count_child_hits()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(item):
        yield
        _count_child_hits()


def pytest_configure(config):
    # The tests load PeftModels in-process too; pytest resets warning filters per test, so they are given here.
    for name in UPSTREAM_DEPRECATIONS:
        config.addinivalue_line("filterwarnings", f"ignore:`{name}` is deprecated:FutureWarning")

# Shared with the TypeScript tests at the repository's root; looked for upwards, so that a copy of this folder
# inside it (mutmut's self-hosted-runner/mutants/) finds them too.
CONTRACT_DIR = next(p / "test" / "fixtures" / "dataset-contract" for p in RUNNER_DIR.parents if (p / "test" / "fixtures" / "dataset-contract").is_dir())

# A Qwen2.5-style chat template (ChatML with tools), as real instruct models ship it: a system message (or a default
# one), the tools list in the system turn, assistant tool calls as <tool_call> JSON blocks with `arguments` printed
# as an object, and tool results grouped into one user turn.
CHAT_TEMPLATE = """
{%- if tools %}
    {{- '<|im_start|>system\n' }}
    {%- if messages[0]['role'] == 'system' %}{{- messages[0]['content'] }}{%- else %}{{- 'You are a helpful assistant.' }}{%- endif %}
    {{- '\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n<tools>' }}
    {%- for tool in tools %}{{- '\n' }}{{- tool | tojson }}{%- endfor %}
    {{- '\n</tools>\n\nFor each function call, return a json object within <tool_call></tool_call> tags.<|im_end|>\n' }}
{%- elif messages[0]['role'] == 'system' %}
    {{- '<|im_start|>system\n' + messages[0]['content'] + '<|im_end|>\n' }}
{%- else %}
    {{- '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}
{%- endif %}
{%- for message in messages %}
    {%- if message.role == 'user' or (message.role == 'system' and not loop.first) or (message.role == 'assistant' and not message.tool_calls) %}
        {{- '<|im_start|>' + message.role + '\n' + message.content + '<|im_end|>\n' }}
    {%- elif message.role == 'assistant' %}
        {{- '<|im_start|>assistant' }}
        {%- if message.content %}{{- '\n' + message.content }}{%- endif %}
        {%- for tool_call in message.tool_calls %}
            {%- if tool_call.function is defined %}{%- set tool_call = tool_call.function %}{%- endif %}
            {{- '\n<tool_call>\n{"name": "' + tool_call.name + '", "arguments": ' + tool_call.arguments | tojson + '}\n</tool_call>' }}
        {%- endfor %}
        {{- '<|im_end|>\n' }}
    {%- elif message.role == 'tool' %}
        {%- if loop.index0 == 0 or messages[loop.index0 - 1].role != 'tool' %}{{- '<|im_start|>user' }}{%- endif %}
        {{- '\n<tool_response>\n' + message.content + '\n</tool_response>' }}
        {%- if loop.last or messages[loop.index0 + 1].role != 'tool' %}{{- '<|im_end|>\n' }}{%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\n' }}{%- endif %}
"""

# Gemma-2's template: no system role (it raises), no tools (it ignores them), strict user/model alternation.
NO_SYSTEM_TEMPLATE = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
    "{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if message['role'] == 'assistant' %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}"
)

SPECIAL = ["<unk>", "<pad>", "<s>", "<|im_start|>", "<|im_end|>", "<start_of_turn>", "<end_of_turn>"]
# Added like Qwen's: ordinary (not special) tokens, so a decoded answer keeps them.
TOOL_TOKENS = ["<tool_call>", "</tool_call>"]
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


def contract_rows(name: str) -> list[dict]:
    """The examples of test/fixtures/dataset-contract/NAME, which the TypeScript review tests read too."""
    return [json.loads(line) for line in (CONTRACT_DIR / name).read_text().splitlines() if line.strip()]


def _word_tokenizer(corpus: list[str]):
    from tokenizers import AddedToken, Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(corpus, trainers.WordLevelTrainer(special_tokens=SPECIAL))
    tok.add_tokens([AddedToken(t, special=False, normalized=False) for t in TOOL_TOKENS])
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", bos_token="<s>", eos_token="<|im_end|>",
        additional_special_tokens=SPECIAL[3:],
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def build_tokenizer():
    """A word-level tokenizer whose vocabulary covers every word the tests render, so nothing becomes <unk>.

    Built twice: the first only to render the test conversations (chat rows, DPO rows and the contract fixture)
    through the chat template; the second learns its words from those renderings.
    """
    from finetune_runner.chat_format import chat_example, preference_example

    base = [SYSTEM, "what color is the ? say something wrong", " ".join(THINGS), " ".join(THINGS.values())]
    first = _word_tokenizer(base)
    conversations = [chat_example(row) for row in chat_rows() + contract_rows("chat.jsonl")]
    for row in dpo_rows() + contract_rows("preference.jsonl"):
        example = preference_example(row)
        for output in (example.chosen, example.rejected):
            conversations.append(type(example.prompt)(example.prompt.messages + output, [], example.prompt.tools))
    rendered = [first.apply_chat_template(c.messages, tools=c.tools, tokenize=False, add_generation_prompt=True)
                for c in conversations]
    return _word_tokenizer(base + rendered)


def tiny_llama_config(tokenizer):
    from transformers import LlamaConfig

    return LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
        initializer_range=0.2,  # a frozen random head at the default 0.02 is too flat for LoRA to fit quickly
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )


def make_tiny_model(path: Path, tokenizer=None, chat_template: str | None = None) -> Path:
    """The suite's tiny Llama (seeded) and tokenizer saved to `path`; `chat_template` replaces the template."""
    import torch
    from transformers import LlamaForCausalLM

    tokenizer = tokenizer or build_tokenizer()
    torch.manual_seed(0)
    path.mkdir(parents=True, exist_ok=True)
    LlamaForCausalLM(tiny_llama_config(tokenizer)).save_pretrained(path)
    if chat_template is not None:
        tokenizer = copy.deepcopy(tokenizer)
        tokenizer.chat_template = chat_template
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tokenizer():
    return build_tokenizer()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tokenizer) -> Path:
    return make_tiny_model(tmp_path_factory.mktemp("tiny-llama"), tokenizer)


@pytest.fixture(scope="session")
def no_system_model_dir(tmp_path_factory, tokenizer) -> Path:
    """The same tiny model with Gemma-2's template: no system role, no tools."""
    return make_tiny_model(tmp_path_factory.mktemp("tiny-no-system"), tokenizer, NO_SYSTEM_TEMPLATE)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data")
    write_jsonl(path / "train.jsonl", chat_rows())
    write_jsonl(path / "eval.jsonl", chat_rows()[:4])
    write_jsonl(path / "dpo.jsonl", dpo_rows())
    return path


def run_train(*args: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run train.py the way the Action does: a separate process, output captured."""
    return subprocess.run(
        [sys.executable, str(RUNNER_DIR / "train.py"), *args],
        capture_output=True, text=True, timeout=timeout, cwd=RUNNER_DIR, env={**os.environ, **(env or {})},
    )
