"""Fitting examples to max_length, counting what that costs, and refusing when it costs too much.

An example longer than max_length is truncated (its start is kept, as trl does). When truncation cuts off every
token that carries loss (for SFT: all its weighted assistant tokens; for DPO: the prompt alone fills max_length),
trl would drop the example without a word. Here both are counted per file, written to run.json, warned about
with the lines concerned, and the run is refused before training when more than max_dropped_share of a file's
examples would be dropped.
"""

import os
import sys
from dataclasses import dataclass, field

from .data import DpoExample, SftExample
from .errors import DataError

LINES_KEPT = 50  # line numbers written to run.json per list; the counts are always complete
LINES_SHOWN = 10  # line numbers in a log line


@dataclass
class LengthReport:
    path: str
    max_length: int
    examples: int = 0
    truncated_lines: list[int] = field(default_factory=list)  # shortened, still trained
    dropped_lines: list[int] = field(default_factory=list)  # nothing left to learn: left out
    longest_tokens: int = 0
    # The smallest max_length at which no example is dropped.
    max_length_to_keep_all: int = 0

    @property
    def trained(self) -> int:
        return self.examples - len(self.dropped_lines)

    def to_json(self) -> dict:
        return {
            "file": self.path,
            "max_length": self.max_length,
            "examples": self.examples,
            "trained_examples": self.trained,
            "truncated_examples": len(self.truncated_lines),
            "dropped_examples": len(self.dropped_lines),
            "truncated_lines": self.truncated_lines[:LINES_KEPT],
            "dropped_lines": self.dropped_lines[:LINES_KEPT],
            "longest_example_tokens": self.longest_tokens,
        }


def fit_sft(examples: list[SftExample], max_length: int, path: str) -> tuple[list[SftExample], LengthReport]:
    report = LengthReport(path, max_length, examples=len(examples))
    kept = []
    for example in examples:
        n = len(example.input_ids)
        first_learned = example.assistant_masks.index(1)
        report.longest_tokens = max(report.longest_tokens, n)
        report.max_length_to_keep_all = max(report.max_length_to_keep_all, first_learned + 1)
        if first_learned >= max_length:
            report.dropped_lines.append(example.line)
            continue
        if n > max_length:
            report.truncated_lines.append(example.line)
            example = SftExample(example.line, example.input_ids[:max_length], example.assistant_masks[:max_length])
        kept.append(example)
    return kept, report


def fit_dpo(examples: list[DpoExample], max_length: int, path: str) -> tuple[list[DpoExample], LengthReport]:
    """trl's DPO drops an example whose prompt alone fills max_length and truncates prompt + completion."""
    report = LengthReport(path, max_length, examples=len(examples))
    kept = []
    for example in examples:
        n = example.prompt_tokens + max(example.chosen_tokens, example.rejected_tokens)
        report.longest_tokens = max(report.longest_tokens, n)
        report.max_length_to_keep_all = max(report.max_length_to_keep_all, example.prompt_tokens + 1)
        if example.prompt_tokens >= max_length:
            report.dropped_lines.append(example.line)
            continue
        if n > max_length:
            report.truncated_lines.append(example.line)
        kept.append(example)
    return kept, report


def _lines(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:LINES_SHOWN])
    return f"line{'s' if len(lines) > 1 else ''} {shown}{', ...' if len(lines) > LINES_SHOWN else ''}"


def warn(report: LengthReport) -> None:
    """One warning line per kind of loss (or for a file without examples), with example lines, on stderr (the Action
    shows it in the log); printed by the main process only, as every process of a multi-GPU run reads the same data."""
    if os.environ.get("RANK", "0") != "0":
        return
    if report.examples == 0:
        print(f"finetune-ci: warning: {report.path}: no examples (the file is empty or blank); it adds nothing",
              file=sys.stderr, flush=True)
    if report.truncated_lines:
        n = len(report.truncated_lines)
        print(f"finetune-ci: warning: {report.path}: {n} of {report.examples} examples are longer than max_length "
              f"{report.max_length} and are truncated ({_lines(report.truncated_lines)}); the longest has "
              f"{report.longest_tokens} tokens", file=sys.stderr, flush=True)
    if report.dropped_lines:
        n = len(report.dropped_lines)
        print(f"finetune-ci: warning: {report.path}: {n} of {report.examples} examples lose every token they would be "
              f"trained on at max_length {report.max_length} and are left out ({_lines(report.dropped_lines)})",
              file=sys.stderr, flush=True)


def refuse_if_too_many_dropped(report: LengthReport, max_dropped_share: float) -> None:
    dropped = len(report.dropped_lines)
    if dropped == 0:
        return
    share = dropped / report.examples
    if dropped < report.examples and share <= max_dropped_share:
        return
    if dropped == report.examples:
        what = "every example would lose every token it is trained on"
    else:
        what = f"{dropped} of {report.examples} examples ({share:.1%}) would lose every token they are trained on"
    allowed = "" if dropped == report.examples else f", more than max_dropped_share {max_dropped_share:g} allows"
    raise DataError(
        f"{report.path}: {what} at max_length {report.max_length} and be left out{allowed} "
        f"({_lines(report.dropped_lines)}). Fix: raise max_length to at least {report.max_length_to_keep_all} "
        f"(to {report.longest_tokens} to truncate nothing), shorten those examples, or raise max_dropped_share"
    )
