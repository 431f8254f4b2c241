"""Orchestrates one run: options -> data -> model -> trainer -> adapter/merged/run.json."""

import sys
import time
from pathlib import Path

import torch
from transformers.trainer_callback import PrinterCallback

from .callbacks import MetricsCallback, emit, is_main_process
from .data import dpo_dataset, sft_dataset
from .errors import ConfigError, RunnerError
from .modeling import load_model, load_tokenizer, lora_config, merge_adapter, precision
from .options import RunOptions, parse_options
from .report import write_run_json


def trainer_args(options: RunOptions) -> dict:
    dtypes = precision()
    has_eval = options.eval_file is not None
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
        gradient_checkpointing=options.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False} if options.gradient_checkpointing else None,
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
    )


def build_trainer(options: RunOptions, tokenizer, model, callbacks):
    if options.method == "sft":
        from trl import SFTConfig, SFTTrainer

        # Pre-tokenized with assistant_masks, so trl only builds labels and truncates (see data.py).
        train = sft_dataset(tokenizer, options.train_file)
        evals = sft_dataset(tokenizer, options.eval_file) if options.eval_file else None
        args = SFTConfig(**trainer_args(options))
        trainer_cls = SFTTrainer
    else:
        from trl import DPOConfig, DPOTrainer

        train = dpo_dataset(options.train_file)
        evals = dpo_dataset(options.eval_file) if options.eval_file else None
        # No ref model: with a LoRA adapter the reference is the base with the adapter disabled.
        args = DPOConfig(**trainer_args(options), beta=options.dpo_beta)
        trainer_cls = DPOTrainer
    return trainer_cls(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evals,
        processing_class=tokenizer,
        peft_config=lora_config(options),
        callbacks=callbacks,
    )


def run(options: RunOptions, started: float) -> None:
    if options.quantization == "4bit" and not torch.cuda.is_available():
        raise ConfigError("quantization: 4bit (QLoRA) needs a CUDA GPU and bitsandbytes; use quantization: none on CPU")
    from transformers import set_seed

    set_seed(options.seed)
    tokenizer = load_tokenizer(options.model_name_or_path)
    model = load_model(options.model_name_or_path, options.quantization)
    metrics = MetricsCallback(options.output_dir)
    trainer = build_trainer(options, tokenizer, model, [metrics])
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
    )
    emit("done", run_json=str(out / "run.json"), adapter_path=record["adapter_path"],
         merged_path=record["merged_path"], final_train_loss=record["final_train_loss"],
         final_eval_loss=record["final_eval_loss"])


def main(argv: list[str] | None = None, started: float | None = None) -> int:
    try:
        run(parse_options(argv), time.monotonic() if started is None else started)
    except RunnerError as err:
        print(f"finetune-ci: error: {err}", file=sys.stderr, flush=True)
        return err.exit_code
    return 0
