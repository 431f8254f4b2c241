"""Batched generation for serve.py: the base model and its LoRA adapters in one process, one batch at a time.

Requests that arrive together are collected for a short window (or until the batch is full) and generated in one
batch: prompts left-padded, one decode loop with a KV cache. A batch may mix the base model and adapters: peft's
`adapter_names` applies each row's adapter (or none, "__base__") inside the same forward pass. Sampling is done
per row with the row's own temperature, top_p and random generator (seeded by the request's `seed`), so a row's
answer depends on its own request only.
"""

import queue
import threading
import time
from dataclasses import dataclass, field

import torch

from .errors import ConfigError, ModelNotFoundError
from .modeling import load_tokenizer, precision
from .upstream import hide_upstream_deprecations

hide_upstream_deprecations()

BASE = "__base__"  # peft's name for "no adapter" in a mixed batch


@dataclass
class Job:
    prompt_ids: list[int]
    adapter: str | None
    max_tokens: int
    temperature: float
    top_p: float
    seed: int | None
    stop: list[str] = field(default_factory=list)
    # Filled in by the batch loop:
    output_ids: list[int] = field(default_factory=list)
    text: str = ""
    finish_reason: str = "length"
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


class Engine:
    """The base model plus named LoRA adapters; a request picks one by its `model` field."""

    def __init__(self, base: str, served_name: str, adapters: dict[str, str]):
        from pathlib import Path

        from transformers import AutoModelForCausalLM

        self.tokenizer = load_tokenizer(base)  # exits with a message (no traceback) when the model is missing
        self.tokenizer.padding_side = "left"
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        try:
            model = AutoModelForCausalLM.from_pretrained(base, dtype=precision()["model_dtype"])
        except (OSError, ValueError) as err:
            raise ModelNotFoundError(f"model {base!r} cannot be loaded: {err}") from None
        if adapters:
            from peft import PeftModel

            for name, path in adapters.items():
                if name == served_name:
                    raise ConfigError(f"--lora-modules {name}={path}: the name {name!r} is also the base model's name")
                if not (Path(path) / "adapter_config.json").is_file():
                    raise ConfigError(f"--lora-modules {name}={path}: no adapter_config.json there; point it at the "
                                      "adapter/ directory train.py wrote")
            try:
                for i, (name, path) in enumerate(adapters.items()):
                    if i == 0:
                        model = PeftModel.from_pretrained(model, path, adapter_name=name)
                    else:
                        model.load_adapter(path, adapter_name=name)
            except Exception as err:  # noqa: BLE001 - a wrong adapter for this base fails in many ways inside peft
                raise ConfigError(f"--lora-modules {name}={path}: cannot load the adapter onto {base!r} "
                                  f"({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})") from None
        self.model = model.to(self.device).eval()
        self.base_name, self.adapters = served_name, list(adapters)
        config = getattr(self.model, "config", None)
        self.context = getattr(config, "max_position_embeddings", None) or self.tokenizer.model_max_length
        self.pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else self.tokenizer.eos_token_id
        eos = getattr(getattr(self.model, "generation_config", None), "eos_token_id", None)
        eos = eos if isinstance(eos, list) else [eos]
        self.stop_ids = {t for t in [*eos, self.tokenizer.eos_token_id] if t is not None}
        self.tokenizer_lock = threading.Lock()  # fast tokenizers are not safe to call from several threads at once

    def model_names(self) -> list[str]:
        return [self.base_name, *sorted(self.adapters)]

    def prompt_ids(self, messages: list[dict], tools) -> list[int]:
        """The prompt as the model sees it: the chat template with the generation prompt, tokenized."""
        with self.tokenizer_lock:
            text = self.tokenizer.apply_chat_template(messages, tools=tools, tokenize=False, add_generation_prompt=True)
            return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def _pick(self, logits: torch.Tensor, job: Job, generator) -> int:
        if job.temperature == 0 or job.top_p == 0:
            return int(logits.argmax())
        probs = torch.softmax(logits / job.temperature, dim=-1)
        if job.top_p < 1:
            sorted_probs, order = probs.sort(descending=True)
            outside = sorted_probs.cumsum(-1) - sorted_probs >= job.top_p  # keeps the token that crosses top_p
            sorted_probs[outside] = 0
            probs = torch.zeros_like(probs).scatter(0, order, sorted_probs)
        return int(torch.multinomial(probs, 1, generator=generator))

    def _decode(self, ids: list[int]) -> str:
        with self.tokenizer_lock:
            return self.tokenizer.decode([t for t in ids if t not in self.stop_ids], skip_special_tokens=True)

    @torch.inference_mode()
    def generate(self, jobs: list[Job]) -> None:
        rows = len(jobs)
        width = max(len(j.prompt_ids) for j in jobs)
        input_ids = torch.full((rows, width), self.pad_id, dtype=torch.long)
        attention = torch.zeros((rows, width), dtype=torch.long)
        for i, job in enumerate(jobs):
            input_ids[i, width - len(job.prompt_ids):] = torch.tensor(job.prompt_ids)
            attention[i, width - len(job.prompt_ids):] = 1
        input_ids, attention = input_ids.to(self.device), attention.to(self.device)
        positions = (attention.cumsum(-1) - 1).clamp(min=0)
        extra = {"adapter_names": [j.adapter or BASE for j in jobs]} if self.adapters else {}
        generators = []
        for job in jobs:
            generator = torch.Generator(device="cpu")
            if job.seed is None:
                generator.seed()  # a fresh random seed
            else:
                generator.manual_seed(job.seed % 2**64)
            generators.append(generator)
        out = self.model(input_ids=input_ids, attention_mask=attention, position_ids=positions, use_cache=True, **extra)
        finished = [False] * rows
        for _ in range(max(j.max_tokens for j in jobs)):
            logits = out.logits[:, -1, :].float().cpu()
            step = []
            for i, job in enumerate(jobs):
                if finished[i]:
                    step.append(self.pad_id)
                    continue
                token = self._pick(logits[i], job, generators[i])
                job.output_ids.append(token)
                step.append(token)
                if token in self.stop_ids:
                    finished[i], job.finish_reason = True, "stop"
                elif job.stop and any(s in self._decode(job.output_ids) for s in job.stop):
                    finished[i], job.finish_reason = True, "stop"
                elif len(job.output_ids) >= job.max_tokens:
                    finished[i], job.finish_reason = True, "length"
            if all(finished):
                break
            attention = torch.cat([attention, torch.ones((rows, 1), dtype=torch.long, device=self.device)], dim=1)
            positions = positions[:, -1:] + 1
            out = self.model(input_ids=torch.tensor(step, device=self.device)[:, None], attention_mask=attention,
                             position_ids=positions, past_key_values=out.past_key_values, use_cache=True, **extra)
        for job in jobs:
            text = self._decode(job.output_ids)
            for s in job.stop:
                if s in text:
                    text = text[: text.index(s)]
            job.text = text


class Batcher:
    """Collects requests for up to `window` seconds (or `max_batch` of them) and generates them as one batch.

    One thread owns the model; request threads wait on their job. Requests that arrive while a batch is generating
    form the next batch.
    """

    def __init__(self, engine: Engine, max_batch: int, window: float):
        self.engine, self.max_batch, self.window = engine, max_batch, window
        self.queue: queue.Queue[Job] = queue.Queue()
        self.batches = 0
        self.requests = 0
        self.largest_batch = 0
        threading.Thread(target=self._loop, name="batcher", daemon=True).start()

    def stats(self) -> dict:
        return {"batches": self.batches, "requests": self.requests, "largest_batch": self.largest_batch}

    def run(self, job: Job) -> Job:
        self.queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job

    def _collect(self) -> list[Job]:
        batch = [self.queue.get()]
        deadline = time.monotonic() + self.window
        while len(batch) < self.max_batch:
            remaining = deadline - time.monotonic()
            try:
                batch.append(self.queue.get(timeout=remaining) if remaining > 0 else self.queue.get_nowait())
            except queue.Empty:
                break
        return batch

    def _loop(self) -> None:
        while True:
            batch = self._collect()
            self.batches += 1
            self.requests += len(batch)
            self.largest_batch = max(self.largest_batch, len(batch))
            try:
                self.engine.generate(batch)
            except Exception as err:  # noqa: BLE001 - every waiting request must get an answer, even a 500
                for job in batch:
                    job.error = err
            for job in batch:
                job.done.set()
