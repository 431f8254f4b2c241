"""Errors the runner reports as one line plus a stable exit code (the Action maps codes to messages).

Every error names what to fix: the file and line for data, the key (and YAML line) for configuration. A run never
ends in a traceback for a problem with its input; exit code 1 with a traceback means a bug.
"""

EXIT_OK = 0
EXIT_UNEXPECTED = 1  # a bug or an unforeseen failure: Python prints the traceback
EXIT_CONFIG = 2  # bad option/YAML, or the machine cannot run the requested setup (e.g. QLoRA without CUDA)
EXIT_DATA = 3  # a dataset file is missing or malformed, its examples cannot be expressed by the model's chat
#                template, or max_length would drop more of them than max_dropped_share allows
EXIT_MODEL = 4  # the model (or its tokenizer) cannot be found or loaded


class RunnerError(Exception):
    exit_code = EXIT_UNEXPECTED

    def __init__(self, message: str, details: list[str] | tuple[str, ...] = ()):
        super().__init__(message)
        # More places with the same kind of problem, printed before the error line (which stays the last line).
        self.details = list(details)


class ConfigError(RunnerError):
    exit_code = EXIT_CONFIG


class DataError(RunnerError):
    exit_code = EXIT_DATA


class ModelNotFoundError(RunnerError):
    exit_code = EXIT_MODEL
