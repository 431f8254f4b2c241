"""Several training (or eval) files: each is read, checked and fitted to max_length on its own, so everything train.py
says about an example names that file and the line its user knows; the kept examples train together, in file order.

Line numbers are the dataset review's (src/core/dataset/lines.ts): a byte-order mark is not a line, blank lines count.
"""

import hashlib
import json

import pytest
from conftest import run_train

from finetune_runner.data import read_jsonl
from finetune_runner.errors import ConfigError, DataError
from finetune_runner.options import RunOptions, parse_options
from finetune_runner.runner import prepare_data

MAX_LENGTH = 28
BOM = b"\xef\xbb\xbf"


def chat(repeats: int) -> bytes:
    """A question asked `repeats` times: 1 fits MAX_LENGTH, 2 is truncated, 3 loses its whole answer (checked below)."""
    row = {"messages": [{"role": "user", "content": " ".join(["what color is the sky ?"] * repeats)},
                        {"role": "assistant", "content": "the sky is blue ."}]}
    return json.dumps(row).encode()


# Each file as (bytes, {line: repeats}), the lines counted by hand. a.jsonl has a byte-order mark, blank lines (one
# of spaces and a tab), a CRLF line ending and no final newline.
FILE_A = (BOM + chat(1) + b"\n\n" + chat(2) + b"\r\n \t\n" + chat(1) + b"\n" + chat(2), {1: 1, 3: 2, 5: 1, 6: 2})
# b.jsonl's line 3 holds a lone \r (JSON whitespace), which ends no line.
FILE_B = (b"\n".join([chat(1), chat(3), b"{\r" + chat(1)[1:], chat(2), chat(1)]) + b"\n", {1: 1, 2: 3, 3: 1, 4: 2, 5: 1})
FILE_EVAL = (chat(1) + b"\n" + chat(1) + b"\n", {1: 1, 2: 1})


def sizes(tokenizer, repeats: int) -> tuple[int, int]:
    """Tokens up to the answer and in all, straight from the chat template (not from the runner)."""
    row = json.loads(chat(repeats))
    count = lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])  # noqa: E731
    prompt = tokenizer.apply_chat_template(row["messages"][:1], tokenize=False, add_generation_prompt=True)
    return count(prompt), count(tokenizer.apply_chat_template(row["messages"], tokenize=False))


def expected(tokenizer, lines: dict[int, int]) -> dict:
    """What max_length must do to a file, from the template's token counts."""
    measured = {line: sizes(tokenizer, repeats) for line, repeats in lines.items()}
    return {
        "examples": len(lines),
        "truncated_lines": [line for line, (prompt, total) in measured.items() if prompt < MAX_LENGTH < total],
        "dropped_lines": [line for line, (prompt, _) in measured.items() if prompt >= MAX_LENGTH],
    }


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, (content, _) in (("a.jsonl", FILE_A), ("b.jsonl", FILE_B), ("eval.jsonl", FILE_EVAL)):
        paths[name] = tmp_path / name
        paths[name].write_bytes(content)
    return paths


def options(tmp_path, train: list, eval_files: list | None = None, **more) -> RunOptions:
    return RunOptions(model_name_or_path="m", train_file=[str(p) for p in train], output_dir=str(tmp_path / "out"),
                      eval_file=[str(p) for p in eval_files] if eval_files else None, max_length=MAX_LENGTH, **more)


def test_the_files_are_what_the_test_says(tokenizer):
    assert expected(tokenizer, FILE_A[1]) == {"examples": 4, "truncated_lines": [3, 6], "dropped_lines": []}
    assert expected(tokenizer, FILE_B[1]) == {"examples": 5, "truncated_lines": [4], "dropped_lines": [2]}


def test_a_problem_in_the_second_file_names_that_file_and_its_own_line(tmp_path, tokenizer, files):
    # b.jsonl: a byte-order mark, a blank line 1, broken JSON on line 2.
    files["b.jsonl"].write_bytes(BOM + b"\n" + b'{"messages": [\n' + chat(1) + b"\n")
    with pytest.raises(DataError) as err:
        prepare_data(options(tmp_path, [files["a.jsonl"], files["b.jsonl"]]), tokenizer)
    assert str(err.value).startswith(f"{files['b.jsonl']} line 2: invalid JSON")
    assert str(files["a.jsonl"]) not in str(err.value) + "".join(err.value.details)


def test_a_line_that_is_not_utf8_is_named_by_its_line_and_the_others_are_read(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(chat(1) + b"\n" + '{"messages": "caf\u00e9"}'.encode("latin-1") + b"\n" + b"\xff\n")
    with pytest.raises(DataError) as err:
        read_jsonl(str(path))
    assert str(err.value).startswith(f"{path} line 2: not UTF-8 text (invalid continuation byte at byte 18 of the line)")
    assert err.value.details == [f"{path} line 3: not UTF-8 text (invalid start byte at byte 1 of the line); re-save "
                                 "the file as UTF-8"]


def test_the_problems_of_every_file_are_reported_together(tmp_path, tokenizer, files):
    files["b.jsonl"].write_bytes(chat(1) + b"\n" + b'{"messages": "hi"}\n')
    files["eval.jsonl"].write_bytes(b"\n\n[1, 2]\n" + chat(1) + b"\n")
    with pytest.raises(DataError) as err:
        prepare_data(options(tmp_path, [files["a.jsonl"], files["b.jsonl"]], [files["eval.jsonl"]]), tokenizer)
    assert str(err.value).startswith(f"{files['b.jsonl']} line 2: messages must be a non-empty array")
    assert str(err.value).endswith(f"(and problems in 1 more file, listed above: {files['eval.jsonl']})")
    assert err.value.details == [f"{files['eval.jsonl']} line 3: expected a JSON object, got list"]


def test_each_file_is_fitted_to_max_length_on_its_own(tmp_path, tokenizer, files):
    prepared = prepare_data(options(tmp_path, [files["a.jsonl"], files["b.jsonl"]], max_dropped_share=0.25), tokenizer)
    a, b = prepared["train"].lengths
    assert (a.path, a.examples, a.truncated_lines, a.dropped_lines) == (str(files["a.jsonl"]), 4, [3, 6], [])
    assert (b.path, b.examples, b.truncated_lines, b.dropped_lines) == (str(files["b.jsonl"]), 5, [4], [2])
    # The kept examples, in file order: a's four, then b's four that are left.
    assert [e.line for e in prepared["train"].kept] == [1, 3, 5, 6, 1, 3, 4, 5]
    assert "eval" not in prepared


def test_max_dropped_share_is_a_share_of_each_file(tmp_path, tokenizer, files):
    # 1 of the 9 examples (11%) is dropped, but it is 1 of b.jsonl's 5 (20%).
    with pytest.raises(DataError, match=f"^{files['b.jsonl']}: 1 of 5 examples \\(20.0%\\) would lose every token they "
                                        "are trained on at max_length 28 and be left out, more than max_dropped_share "
                                        "0.15 allows \\(line 2\\)"):
        prepare_data(options(tmp_path, [files["a.jsonl"], files["b.jsonl"]], max_dropped_share=0.15), tokenizer)


def test_a_run_on_two_files_records_each_file_and_its_counts(tmp_path, tiny_model_dir, files):
    out = tmp_path / "out"
    config = tmp_path / "run.yaml"
    config.write_text(f"model_name_or_path: {tiny_model_dir}\ntrain_file: [{files['a.jsonl']}, {files['b.jsonl']}]\n"
                      f"output_dir: {out}\nmax_length: {MAX_LENGTH}\nmax_dropped_share: 0.25\nmax_steps: 1\n")
    # eval_file as one path given as a flag.
    result = run_train("--config", str(config), "--eval_file", str(files["eval.jsonl"]))
    assert result.returncode == 0, result.stderr[-4000:]
    run = json.loads((out / "run.json").read_text())

    def record(name: str, content: bytes) -> dict:
        return {"path": str(files[name]), "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}

    # The hash and size are of the bytes on disk, byte-order mark included, as sha256sum and the repository see them.
    assert run["train_files"] == [record("a.jsonl", FILE_A[0]), record("b.jsonl", FILE_B[0])]
    assert run["eval_files"] == [record("eval.jsonl", FILE_EVAL[0])]
    a, b = run["data"]["train"]
    assert (a["file"], a["examples"], a["trained_examples"], a["truncated_lines"], a["dropped_lines"]) == (
        str(files["a.jsonl"]), 4, 4, [3, 6], [])
    assert (b["file"], b["examples"], b["trained_examples"], b["truncated_lines"], b["dropped_lines"]) == (
        str(files["b.jsonl"]), 5, 4, [4], [2])
    (evals,) = run["data"]["eval"]
    assert (evals["file"], evals["examples"], evals["trained_examples"]) == (str(files["eval.jsonl"]), 2, 2)
    assert run["config"]["train_file"] == [str(files["a.jsonl"]), str(files["b.jsonl"])]
    assert run["config"]["eval_file"] == [str(files["eval.jsonl"])]
    assert (f"finetune-ci: warning: {files['b.jsonl']}: 1 of 5 examples lose every token they would be trained on at "
            f"max_length {MAX_LENGTH} and are left out (line 2)") in result.stderr
    assert (f"finetune-ci: warning: {files['a.jsonl']}: 2 of 4 examples are longer than max_length {MAX_LENGTH} and "
            "are truncated (lines 3, 6)") in result.stderr


def test_an_empty_file_among_others_adds_nothing_and_says_so(tmp_path, tokenizer, files, capsys):
    # The review passes an empty file beside others (blank lines are warnings there), so training must take it.
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n \t\n")
    prepared = prepare_data(options(tmp_path, [files["a.jsonl"], empty]), tokenizer)
    assert [(lengths.path, lengths.examples) for lengths in prepared["train"].lengths] == [(str(files["a.jsonl"]), 4),
                                                                                          (str(empty), 0)]
    assert [f["path"] for f in prepared["train"].files] == [str(files["a.jsonl"]), str(empty)]
    assert f"finetune-ci: warning: {empty}: no examples (the file is empty or blank); it adds nothing" in capsys.readouterr().err


def test_a_split_without_any_example_is_refused(tmp_path, tokenizer):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_bytes(b"")
    second.write_bytes(b"\n")
    with pytest.raises(DataError, match=f"^{first}, {second}: no examples; every file is empty. Fix: check train_file$"):
        prepare_data(options(tmp_path, [first, second]), tokenizer)


@pytest.mark.parametrize(
    ("config", "flags", "train", "evals"),
    [
        ("train_file: a.jsonl\n", [], ["a.jsonl"], None),
        ("train_file: [a.jsonl, b.jsonl]\neval_file: c.jsonl\n", [], ["a.jsonl", "b.jsonl"], ["c.jsonl"]),
        ("train_file: a.jsonl\neval_file: []\n", [], ["a.jsonl"], None),
        ("train_file: a.jsonl\n", ["--train_file", "x.jsonl", "y.jsonl"], ["x.jsonl", "y.jsonl"], None),
    ],
)
def test_train_file_and_eval_file_take_one_path_or_a_list(tmp_path, config, flags, train, evals):
    path = tmp_path / "run.yaml"
    path.write_text(f"model_name_or_path: m\noutput_dir: o\n{config}")
    parsed = parse_options(["--config", str(path), *flags])
    assert (parsed.train_file, parsed.eval_file) == (train, evals)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("train_file: []\n", "train_file must name at least one JSONL file"),
        ("train_file: 3\n", "line 3: train_file must be a list of strings (or one string), not 3"),
        ("train_file: a\neval_file: [a, 1]\n", "line 4: eval_file must be a list of strings (or one string) or null, not "
                                               "['a', 1]"),
    ],
)
def test_a_file_option_that_is_not_paths_is_refused(tmp_path, config, message):
    path = tmp_path / "run.yaml"
    path.write_text(f"model_name_or_path: m\noutput_dir: o\n{config}")
    with pytest.raises(ConfigError) as err:
        parse_options(["--config", str(path)])
    assert message in str(err.value)
