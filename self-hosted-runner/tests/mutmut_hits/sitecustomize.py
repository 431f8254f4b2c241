"""Only for mutmut's stats run (setup.cfg; README, Development), and inert everywhere else.

Most of the runner is tested the way the Action uses it: train.py, serve.py and the bench scripts run as child
processes. mutmut learns which tests reach which function from the calls it records in the test process, so a
function reached only in a child would count as having no test at all. During the stats run, conftest.py puts this
folder on the children's PYTHONPATH; Python imports this module at start-up, and each child writes the functions it
reached to a file in FINETUNE_RUNNER_MUTMUT_HITS when it exits, which conftest.py adds to the test that started it.
"""

import atexit
import json
import os
import signal
import sys

_HITS_DIR = os.environ.get("FINETUNE_RUNNER_MUTMUT_HITS")

if _HITS_DIR and os.environ.get("MUTANT_UNDER_TEST") == "stats":

    def _write_hits() -> None:
        from mutmut.state import state

        hits = sorted(state()._stats)
        if hits:
            with open(os.path.join(_HITS_DIR, f"{os.getpid()}.json"), "w", encoding="utf-8") as f:
                json.dump(hits, f)

    atexit.register(_write_hits)
    # The tests stop serve.py with SIGTERM, which would end it without running atexit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
