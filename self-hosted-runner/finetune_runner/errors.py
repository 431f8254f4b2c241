"""Errors the runner reports as one line plus a stable exit code (the Action maps codes to messages)."""

EXIT_OK = 0
EXIT_UNEXPECTED = 1  # a bug or an unforeseen failure: Python prints the traceback
EXIT_CONFIG = 2  # bad option/YAML, or the machine cannot run the requested setup (e.g. QLoRA without CUDA)
EXIT_DATA = 3  # a dataset file is missing or malformed
EXIT_MODEL = 4  # the model (or its tokenizer) cannot be found or loaded


class RunnerError(Exception):
    exit_code = EXIT_UNEXPECTED


class ConfigError(RunnerError):
    exit_code = EXIT_CONFIG


class DataError(RunnerError):
    exit_code = EXIT_DATA


class ModelNotFoundError(RunnerError):
    exit_code = EXIT_MODEL
