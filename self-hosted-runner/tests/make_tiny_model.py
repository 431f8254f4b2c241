"""Writes the test suite's tiny Llama + tokenizer to a directory, offline, for tests outside pytest.

    python tests/make_tiny_model.py OUT_DIR

The finetune-ci TypeScript tests use it to run the real train.py end to end in a few seconds. The model is
the one conftest.py builds (same tokenizer, chat template, config and seed), so both suites train the same thing.
"""

import os
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import make_tiny_model  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_tiny_model.py OUT_DIR")
    print(make_tiny_model(Path(sys.argv[1])))
