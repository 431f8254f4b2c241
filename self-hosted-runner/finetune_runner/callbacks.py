"""metrics.jsonl and the FINETUNE_CI_PROGRESS stdout lines, written by the main process only."""

import json
import math
import os
import time
from pathlib import Path

from transformers import TrainerCallback

PROGRESS_PREFIX = "FINETUNE_CI_PROGRESS"
EVAL_KEYS = ("eval_loss", "eval_mean_token_accuracy", "eval_rewards/accuracies", "eval_rewards/margins")


def emit(event: str, **fields) -> None:
    print(f"{PROGRESS_PREFIX} {json.dumps({'event': event, **fields})}", flush=True)


def is_main_process(state) -> bool:
    # RANK too: a launcher whose processes did not join one process group would otherwise see rank 0 everywhere.
    return state.is_world_process_zero and os.environ.get("RANK", "0") == "0"


def _num(value):
    return None if value is None else float(value)


class MetricsCallback(TrainerCallback):
    """One metrics.jsonl line per logged step.

    The Trainer logs the train loss and then, when an epoch ends on that step, the eval results in a separate
    call; both are merged into one line, so a line is written when the next step logs or training ends.
    """

    def __init__(self, output_dir: str):
        self.path = Path(output_dir) / "metrics.jsonl"
        self.pending: dict | None = None
        self.started = time.monotonic()
        self.last_loss = None
        self.last_eval_loss = None

    def on_train_begin(self, args, state, control, **kwargs):
        self.started = time.monotonic()
        if is_main_process(state):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("")

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not is_main_process(state) or not logs:
            return
        step = state.global_step
        if "loss" in logs:
            self.last_loss = _num(logs["loss"])
            self._record(state).update(loss=self.last_loss, learning_rate=_num(logs.get("learning_rate")))
            elapsed = time.monotonic() - self.started
            eta = elapsed / step * (state.max_steps - step) if step else None
            emit(
                "train",
                step=step,
                total_steps=state.max_steps,
                epoch=_num(state.epoch),
                loss=self.last_loss,
                learning_rate=_num(logs.get("learning_rate")),
                num_tokens=int(state.num_input_tokens_seen),
                tokens_per_second=round(state.num_input_tokens_seen / elapsed, 2) if elapsed > 0 else None,
                eta_seconds=None if eta is None else round(eta, 1),
            )
        if "eval_loss" in logs:
            self.last_eval_loss = _num(logs["eval_loss"])
            evals = {key: _num(logs[key]) for key in EVAL_KEYS if key in logs}
            self._record(state).update(evals)
            emit("eval", step=step, total_steps=state.max_steps, epoch=_num(state.epoch), **evals)

    def on_train_end(self, args, state, control, **kwargs):
        if is_main_process(state):
            self._flush()

    def _record(self, state) -> dict:
        """The line for the current step; every line has the same train keys (null when that step had none)."""
        if self.pending is not None and self.pending["step"] != state.global_step:
            self._flush()
        if self.pending is None:
            self.pending = {"step": state.global_step, "loss": None, "learning_rate": None}
        self.pending.update(epoch=_num(state.epoch), num_tokens=int(state.num_input_tokens_seen))
        return self.pending

    def _flush(self) -> None:
        if self.pending is None:
            return
        record = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.pending.items()}
        with self.path.open("a") as handle:
            handle.write(json.dumps(record) + "\n")
        self.pending = None
