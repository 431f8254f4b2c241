"""Run options: one dataclass, settable from a YAML file (`--config`) and from flags (flags win)."""

from dataclasses import asdict, dataclass, field
from typing import Literal

from .errors import ConfigError


@dataclass
class RunOptions:
    model_name_or_path: str = field(metadata={"help": "Hub id (must be cached when offline) or local directory."})
    train_file: str = field(metadata={"help": "Training JSONL (OpenAI chat format, or OpenAI DPO format for dpo)."})
    output_dir: str = field(metadata={"help": "Where adapter/, merged/, metrics.jsonl and run.json are written."})
    eval_file: str | None = field(default=None, metadata={"help": "Holdout JSONL, evaluated after every epoch."})
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
    num_train_epochs: float = field(default=3.0, metadata={"help": "Epochs (ignored when max_steps > 0)."})
    max_steps: int = field(default=-1, metadata={"help": "Stop after this many optimizer steps (-1 = use epochs)."})
    learning_rate: float = field(default=2e-4, metadata={"help": "Peak learning rate."})
    lr_scheduler_type: str = field(default="linear", metadata={"help": "transformers scheduler name."})
    warmup_steps: float = field(default=0.0, metadata={"help": "Warmup steps; a value below 1 is a fraction of all."})
    per_device_train_batch_size: int = field(default=4, metadata={"help": "Batch size per GPU (or CPU)."})
    per_device_eval_batch_size: int = field(default=4, metadata={"help": "Eval batch size per GPU (or CPU)."})
    gradient_accumulation_steps: int = field(default=1, metadata={"help": "Micro-batches per optimizer step."})
    gradient_checkpointing: bool = field(default=False, metadata={"help": "Trade compute for activation memory."})
    logging_steps: int = field(default=1, metadata={"help": "Log (metrics.jsonl + progress line) every N steps."})
    seed: int = field(default=42, metadata={"help": "Random seed."})
    dpo_beta: float = field(default=0.1, metadata={"help": "DPO beta (strength of the KL penalty)."})
    merge: bool = field(default=False, metadata={"help": "Also write the base merged with the adapter to merged/."})

    def lora_targets(self) -> str | list[str]:
        # peft wants the bare string for its "all-linear" shortcut, a list otherwise.
        return "all-linear" if self.lora_target_modules == ["all-linear"] else list(self.lora_target_modules)

    def to_dict(self) -> dict:
        return asdict(self)


def parse_options(argv: list[str] | None = None) -> RunOptions:
    from trl import TrlParser

    parser = TrlParser(RunOptions)
    try:
        (options,) = parser.parse_args_and_config(args=argv)
    except (ValueError, OSError) as err:  # YAML problems; bad flags already exit 2 via argparse
        raise ConfigError(f"invalid configuration: {err}") from None
    # argparse checks choices only for flags, so YAML values are checked here.
    if options.method not in ("sft", "dpo"):
        raise ConfigError(f"method must be sft or dpo, not {options.method!r}")
    if options.quantization not in ("none", "4bit"):
        raise ConfigError(f"quantization must be none or 4bit, not {options.quantization!r}")
    return options
