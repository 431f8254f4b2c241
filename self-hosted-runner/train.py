#!/usr/bin/env python3
"""finetune-ci training entry point.

    python train.py --config run.yaml [--any_option value ...]
    accelerate launch --num_processes N train.py --config run.yaml

See README.md for options, outputs, progress lines and exit codes.
"""

import os
import sys
import time

STARTED = time.monotonic()  # wall time in run.json includes imports and model loading
# Set before transformers/huggingface_hub are imported, which read it once.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from finetune_runner.runner import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(started=STARTED))
