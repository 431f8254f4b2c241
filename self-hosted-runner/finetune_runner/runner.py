"""Orchestrates one run: options -> data (checked before the model loads) -> model -> trainer -> outputs."""

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers.trainer_callback import PrinterCallback

from .callbacks import MetricsCallback, emit, is_main_process
from .data import dpo_dataset, dpo_examples, raise_together, read_jsonl, sft_dataset, sft_examples
from .errors import ConfigError, DataError, RunnerError
from .lengths import LengthReport, fit_dpo, fit_sft, refuse_if_too_many_dropped, warn
from .modeling import load_model, load_tokenizer, lora_config, merge_adapter, precision
from .options import RunOptions, parse_options
from .report import write_run_json
from .upstream import hide_upstream_deprecations

hide_upstream_deprecations()


def trainer_args(options: RunOptions) -> dict:
    dtypes = precision()
    has_eval = bool(options.eval_file)
    return dict(
        output_dir=options.output_dir,
        num_train_epochs=options.num_train_epochs,
        max_steps=options.max_steps,
        learning_rate=options.learning_rate,
        lr_scheduler_type=options.lr_scheduler_type,
        warmup_steps=options.warmup_steps,
        per_device_train_batch_size=options.per_device_train_batch_size,
        per_device_eval_batch_size=options.per_device_eval_batch_size,
        gradient_accumulation_steps=options.gradient_accumulation_steps,
        # transformers 5 names; gradient_checkpointing(_kwargs) are deprecated aliases (removed in v6).
        activation_checkpointing=options.gradient_checkpointing,
        activation_checkpointing_kwargs={"use_reentrant": False} if options.gradient_checkpointing else None,
        logging_steps=options.logging_steps,
        seed=options.seed,
        bf16=dtypes["bf16"],
        fp16=dtypes["fp16"],
        max_length=options.max_length,
        eval_strategy="epoch" if has_eval else "no",
        save_strategy="no",  # only the final adapter is kept
        report_to="none",
        disable_tqdm=True,  # FINETUNE_CI_PROGRESS lines replace the progress bar in CI logs
        include_num_input_tokens_seen="non_padding",
        ddp_find_unused_parameters=False,
        dataloader_pin_memory=torch.cuda.is_available(),
    )


@dataclass
class Split:
    """The training (or eval) files: each file as read (run.json's train_files), the examples kept from all of them
    in file order, and per file what max_length did to its examples."""

    files: list[dict] = field(default_factory=list)
    kept: list = field(default_factory=list)
    lengths: list[LengthReport] = field(default_factory=list)


def prepare_data(options: RunOptions, tokenizer) -> dict[str, Split]:
    """Every example read, checked against the chat template, measured and fitted to max_length, before the model
    is loaded: a dataset problem fails in seconds, not after minutes of loading weights. Each file is read and
    checked on its own, so every problem names the file and the line its user knows; the problems of every file are
    reported together."""
    prepared, problems = {}, []
    for role, paths in (("train", options.train_file), ("eval", options.eval_file or [])):
        if not paths:
            continue
        split = prepared[role] = Split()
        for path in paths:
            try:
                data = read_jsonl(path)
                if options.method == "sft":
                    kept, lengths = fit_sft(sft_examples(tokenizer, data), options.max_length, path)
                else:
                    kept, lengths = fit_dpo(dpo_examples(tokenizer, data), options.max_length, path)
            except DataError as err:
                problems.append((path, err))
                continue
            split.files.append(data.record())
            split.kept.extend(kept)
            split.lengths.append(lengths)
    raise_together(problems)
    for role, split in prepared.items():
        # An empty file among others adds nothing (and is warned about); a split with no example cannot train.
        if sum(lengths.examples for lengths in split.lengths) == 0:
            paths = [lengths.path for lengths in split.lengths]
            files = "the file is empty" if len(paths) == 1 else "every file is empty"
            raise DataError(f"{', '.join(paths)}: no examples; {files}. Fix: check {role}_file")
    reports = [lengths for split in prepared.values() for lengths in split.lengths]
    for lengths in reports:
        warn(lengths)
    refusals = []
    for lengths in reports:
        try:
            refuse_if_too_many_dropped(lengths, options.max_dropped_share)
        except DataError as err:
            refusals.append((lengths.path, err))
    raise_together(refusals)
    return prepared


def build_trainer(options: RunOptions, tokenizer, model, callbacks, prepared: dict[str, Split]):
    datasets = {}
    for role, split in prepared.items():
        datasets[role] = sft_dataset(split.kept) if options.method == "sft" else dpo_dataset(split.kept)
    if options.method == "sft":
        from trl import SFTConfig, SFTTrainer

        # Pre-tokenized with assistant_masks and already fitted to max_length: trl builds labels from the masks,
        # and its own truncation and dropping of fully masked examples find nothing left to do.
        args = SFTConfig(**trainer_args(options))
        trainer_cls = SFTTrainer
    else:
        from trl import DPOConfig, DPOTrainer

        # No ref model: with a LoRA adapter the reference is the base with the adapter disabled.
        args = DPOConfig(**trainer_args(options), beta=options.dpo_beta)
        trainer_cls = DPOTrainer
    trainer = trainer_cls(
        model=model,
        args=args,
        train_dataset=datasets["train"],
        eval_dataset=datasets.get("eval"),
        processing_class=tokenizer,
        peft_config=lora_config(options),
        callbacks=callbacks,
    )
    # The counts in run.json are what trained: trl must not have left out anything more on its own.
    for role, dataset in (("train", trainer.train_dataset), ("eval", trainer.eval_dataset)):
        if role in prepared and len(dataset) != len(prepared[role].kept):
            raise RuntimeError(f"trl kept {len(dataset)} of the {len(prepared[role].kept)} {role} examples counted for it")
    return trainer


def run(options: RunOptions, started: float) -> None:
    if options.quantization == "4bit" and not torch.cuda.is_available():
        raise ConfigError("quantization: 4bit (QLoRA) needs a CUDA GPU and bitsandbytes; use quantization: none on CPU")
    from transformers import set_seed

    set_seed(options.seed)
    tokenizer = load_tokenizer(options.model_name_or_path)
    prepared = prepare_data(options, tokenizer)
    model = load_model(options.model_name_or_path, options.quantization)
    metrics = MetricsCallback(options.output_dir)
    trainer = build_trainer(options, tokenizer, model, [metrics], prepared)
    trainer.remove_callback(PrinterCallback)  # its dict dumps would interleave with the progress lines
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()

    result = trainer.train()

    out = Path(options.output_dir)
    adapter_dir = out / "adapter"
    trainer.save_model(str(adapter_dir))  # adapter weights + tokenizer; main process only
    trainer.accelerator.wait_for_everyone()
    if not is_main_process(trainer.state):
        return
    merged_dir = None
    if options.merge:
        merged_dir = out / "merged"
        merge_adapter(options.model_name_or_path, adapter_dir, merged_dir, tokenizer)
    record = write_run_json(
        options,
        adapter_dir=adapter_dir,
        merged_dir=merged_dir,
        trained_tokens=int(trainer.state.num_input_tokens_seen),
        train_seconds=result.metrics.get("train_runtime", 0.0),
        wall_seconds=time.monotonic() - started,
        final_train_loss=metrics.last_loss,
        final_eval_loss=metrics.last_eval_loss,
        mean_train_loss=result.training_loss,
        global_steps=trainer.state.global_step,
        prepared=prepared,
    )
    emit("done", run_json=str(out / "run.json"), adapter_path=record["adapter_path"],
         merged_path=record["merged_path"], final_train_loss=record["final_train_loss"],
         final_eval_loss=record["final_eval_loss"])


def main(argv: list[str] | None = None, started: float | None = None) -> int:
    try:
        run(parse_options(argv), time.monotonic() if started is None else started)
    except RunnerError as err:
        for detail in err.details:
            print(f"finetune-ci:   {detail}", file=sys.stderr, flush=True)
        print(f"finetune-ci: error: {err}", file=sys.stderr, flush=True)
        return err.exit_code
    return 0
