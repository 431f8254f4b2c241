"""Deprecation warnings raised inside the pinned libraries, not by our code, hidden by their exact messages.

peft 0.21.2 (PeftModel.__init__) and trl 1.16.0 (DPO's reference pass with checkpointing on) still call the model's
deprecated `is_gradient_checkpointing` / `gradient_checkpointing_enable` / `gradient_checkpointing_disable`; the
runner itself uses only the current names (activation_checkpointing). Any other deprecation still shows in the log,
and tests/test_warnings.py fails once the libraries no longer need this, so it can be removed then.
"""

import warnings

UPSTREAM_DEPRECATIONS = ("is_gradient_checkpointing", "gradient_checkpointing_enable", "gradient_checkpointing_disable")


def hide_upstream_deprecations() -> None:
    for name in UPSTREAM_DEPRECATIONS:
        warnings.filterwarnings("ignore", message=rf"`{name}` is deprecated", category=FutureWarning)
