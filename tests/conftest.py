"""Test-wide setup: an isolated namespace for this test run.

Every topic, index and consumer group the suite touches carries a prefix unique
to the run, and workers listen on ports 7066+, so `make test` never disturbs a
stack that `make run` left running. This module runs before any test module is
imported, i.e. before the Faust app reads its settings.
"""

from __future__ import annotations

import os
import time

RUN_ID = os.environ.get("SEDA_TEST_RUN") or f"t{int(time.time()) % 10**7}x{os.getpid() % 1000}"
os.environ["SEDA_TEST_RUN"] = RUN_ID
os.environ.setdefault("SEDA_TOPIC_PREFIX", f"{RUN_ID}.")
os.environ.setdefault("SEDA_INDEX_PREFIX", f"{RUN_ID}-")
os.environ.setdefault("SEDA_GROUP_ID", f"{RUN_ID}-seda")
os.environ.setdefault("SEDA_WEB_PORT", "7066")
os.environ.setdefault("SEDA_PARTITIONS", "2")
# Agents under test_context keep their tables in memory; workers the integration
# tests start use the on-disk store, as in production (tests/integration/conftest.py).
os.environ.setdefault("SEDA_TABLE_STORE", "memory://")
