"""Run options: one dataclass, settable from a YAML file (`--config`) and from flags (flags win)."""

import typing
from dataclasses import asdict, dataclass, field
from typing import Literal

from .errors import ConfigError


@dataclass
class RunOptions:
    model_name_or_path: str = field(metadata={"help": "Hub id (must be cached when offline) or local directory."})
    train_file: list[str] = field(
        metadata={"help": "Training JSONL file(s) (OpenAI chat format, or OpenAI DPO format for dpo); several are each "
                          "read and checked on their own and trained on together, in this order."},
    )
    output_dir: str = field(metadata={"help": "Where adapter/, merged/, metrics.jsonl and run.json are written."})
    eval_file: list[str] | None = field(
        default=None, metadata={"help": "Holdout JSONL file(s), evaluated together after every epoch."}
    )
    method: Literal["sft", "dpo"] = field(default="sft", metadata={"help": "sft or dpo."})
    quantization: Literal["none", "4bit"] = field(
        default="none", metadata={"help": "none = LoRA on a bf16/fp32 base; 4bit = QLoRA (NF4, needs CUDA)."}
    )
    lora_r: int = field(default=16, metadata={"help": "LoRA rank (vLLM serving needs --max-lora-rank >= this)."})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha."})
    lora_dropout: float = field(default=0.05, metadata={"help": "LoRA dropout."})
    lora_target_modules: list[str] = field(
        default_factory=lambda: ["all-linear"],
        metadata={"help": "Module names to adapt, or all-linear (every linear layer except the output head)."},
    )
    max_length: int = field(default=2048, metadata={"help": "Max tokens per example; longer ones are truncated."})
    max_dropped_share: float = field(
        default=0.05,
        metadata={"help": "Refuse to train when more than this share of a file's examples would lose every "
                          "trained token to max_length (they would be left out)."},
    )
    num_train_epochs: float = field(default=3.0, metadata={"help": "Epochs (ignored when max_steps > 0)."})
    max_steps: int = field(default=-1, metadata={"help": "Stop after this many optimizer steps (-1 = use epochs)."})
    learning_rate: float = field(default=2e-4, metadata={"help": "Peak learning rate."})
    lr_scheduler_type: str = field(default="linear", metadata={"help": "transformers scheduler name."})
    warmup_steps: float = field(default=0.0, metadata={"help": "Warmup steps; a value below 1 is a fraction of all."})
    per_device_train_batch_size: int = field(default=4, metadata={"help": "Batch size per GPU (or CPU)."})
    per_device_eval_batch_size: int = field(default=4, metadata={"help": "Eval batch size per GPU (or CPU)."})
    gradient_accumulation_steps: int = field(default=1, metadata={"help": "Micro-batches per optimizer step."})
    gradient_checkpointing: bool = field(
        default=False,
        metadata={"help": "Trade compute for activation memory (transformers' activation_checkpointing)."},
    )
    logging_steps: int = field(default=1, metadata={"help": "Log (metrics.jsonl + progress line) every N steps."})
    seed: int = field(default=42, metadata={"help": "Random seed."})
    dpo_beta: float = field(default=0.1, metadata={"help": "DPO beta (strength of the KL penalty)."})
    merge: bool = field(default=False, metadata={"help": "Also write the base merged with the adapter to merged/."})

    def lora_targets(self) -> str | list[str]:
        # peft wants the bare string for its "all-linear" shortcut, a list otherwise.
        return "all-linear" if self.lora_target_modules == ["all-linear"] else list(self.lora_target_modules)

    def to_dict(self) -> dict:
        return asdict(self)


def _is_list(kind) -> bool:
    """list[str], or list[str] | None."""
    return typing.get_origin(kind) is list or any(typing.get_origin(a) is list for a in typing.get_args(kind))


def _expected(kind) -> str:
    if typing.get_origin(kind) is Literal:
        return "one of " + ", ".join(typing.get_args(kind))
    names = {int: "a whole number", float: "a number", bool: "true or false", str: "a string"}
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if _is_list(kind):
        return "a list of strings (or one string)" + (" or null" if type(None) in typing.get_args(kind) else "")
    if args:
        return names.get(args[0], str(args[0])) + " or null"
    return names.get(kind, str(kind))


def _valid(kind, value) -> bool:
    if typing.get_origin(kind) is Literal:
        return value in typing.get_args(kind)
    if typing.get_origin(kind) is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    args = typing.get_args(kind)
    if args:  # X | None
        return value is None or any(_valid(a, value) for a in args if a is not type(None))
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


def _coerce(kind, value):
    """PyYAML reads 2e-4 (no dot) as a string; a number-like string for a number option is taken as the number."""
    if kind is float and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    if _is_list(kind) and isinstance(value, str):  # train_file: data/train.jsonl means one file
        return [value]
    return value


def check_config_file(path: str) -> dict:
    """Reads the YAML config and checks every key and value, naming the file and line of the first problem."""
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the config file ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the config file is not UTF-8 text") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        config = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(
            f"{path}{where}: invalid YAML ({problem}). Fix: write one `key: value` per line, indent with spaces, "
            "and quote values that contain ': ' or start with a special character"
        ) from None
    if config is None:
        config = {}
    if not isinstance(config, dict) or (node is not None and not isinstance(node, yaml.MappingNode)):
        raise ConfigError(f"{path}: the config must be a YAML mapping of option names to values (key: value lines)")
    lines = {}
    if node is not None:
        for key_node, _ in node.value:
            lines.setdefault(key_node.value, key_node.start_mark.line + 1)
    # The annotations, not dataclasses.fields(): HfArgumentParser rewrites a field's `X | None` type to X in place.
    kinds = typing.get_type_hints(RunOptions)
    for key, value in config.items():
        where = f"{path} line {lines.get(str(key), '?')}"
        if key == "env":
            continue  # TrlParser sets these environment variables
        if key not in kinds:
            raise ConfigError(f"{where}: unknown option {key!r}; the options are listed in self-hosted-runner/README.md")
        value = config[key] = _coerce(kinds[key], value)
        if not _valid(kinds[key], value):
            raise ConfigError(f"{where}: {key} must be {_expected(kinds[key])}, not {value!r}")
    return config


def parse_options(argv: list[str] | None = None) -> RunOptions:
    import sys

    from trl import TrlParser

    args = list(sys.argv[1:] if argv is None else argv)
    if "--config" in args:
        index = args.index("--config")
        if index + 1 >= len(args):
            raise ConfigError("--config needs a path to a YAML file")
        path = args[index + 1]
        config = check_config_file(path)
        # Handed to TrlParser as the parser's defaults (flags still win), already checked and coerced.
        del args[index:index + 2]
        env = config.pop("env", None)
        if env is not None and not isinstance(env, dict):
            raise ConfigError(f"{path}: env must be a mapping of environment variable names to values")
        import os

        for name, value in (env or {}).items():
            os.environ[str(name)] = str(value)
    else:
        config = {}
    parser = TrlParser(RunOptions)
    parser.set_defaults_with_config(**config)
    try:
        (options,) = parser.parse_args_into_dataclasses(args=args)
    except (ValueError, TypeError) as err:  # bad flags already exit 2 via argparse
        raise ConfigError(f"invalid configuration: {err}") from None
    # argparse checks choices only for flags, so values are checked again after merging.
    if options.method not in ("sft", "dpo"):
        raise ConfigError(f"method must be sft or dpo, not {options.method!r}")
    if options.quantization not in ("none", "4bit"):
        raise ConfigError(f"quantization must be none or 4bit, not {options.quantization!r}")
    if not 0 <= options.max_dropped_share <= 1:
        raise ConfigError(f"max_dropped_share must be between 0 and 1, not {options.max_dropped_share}")
    if not options.train_file:
        raise ConfigError("train_file must name at least one JSONL file")
    if not options.eval_file:
        options.eval_file = None  # an empty list is no holdout
    if options.max_length < 1:
        raise ConfigError(f"max_length must be at least 1, not {options.max_length}")
    return options
