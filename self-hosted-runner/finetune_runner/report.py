"""run.json: everything needed to reproduce and compare a run."""

import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import torch

from .modeling import device_info

PACKAGES = ("torch", "transformers", "peft", "trl", "accelerate", "datasets", "bitsandbytes")


def package_versions() -> dict:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return versions


def write_run_json(options, *, adapter_dir, merged_dir, trained_tokens, train_seconds, wall_seconds,
                   final_train_loss, final_eval_loss, mean_train_loss, global_steps, prepared) -> dict:
    """`prepared`: runner.Split per role ("train", and "eval" when there are eval files)."""
    evals = prepared.get("eval")
    record = {
        "base_model": options.model_name_or_path,
        "method": options.method,
        "quantization": options.quantization,
        "adapter_path": str(adapter_dir),
        "merged_path": None if merged_dir is None else str(merged_dir),
        # Each file as read: the path as given, and the SHA-256 and size of the bytes trained on.
        "train_files": prepared["train"].files,
        "eval_files": evals.files if evals else [],
        "config": options.to_dict(),
        "global_steps": global_steps,
        "trained_tokens": trained_tokens,
        "train_seconds": round(train_seconds, 3),
        "wall_time_seconds": round(wall_seconds, 3),
        "tokens_per_second": round(trained_tokens / train_seconds, 2) if train_seconds > 0 else None,
        # Peak of the main process's GPU; multi-GPU runs use about as much on every GPU.
        "peak_gpu_memory_bytes": torch.cuda.max_memory_allocated() if torch.cuda.is_available() else None,
        "final_train_loss": final_train_loss,
        "mean_train_loss": mean_train_loss,
        "final_eval_loss": final_eval_loss,
        # Per file, in the order of train_files / eval_files: examples read, trained, truncated and left out by
        # max_length (lengths.LengthReport).
        "data": {
            "train": [lengths.to_json() for lengths in prepared["train"].lengths],
            "eval": [lengths.to_json() for lengths in evals.lengths] if evals else None,
        },
        "versions": package_versions(),
        "device": device_info(),
    }
    path = Path(options.output_dir) / "run.json"
    path.write_text(json.dumps(record, indent=2) + "\n")
    return record
