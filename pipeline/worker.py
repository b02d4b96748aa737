"""Running a worker: make sure the topics exist, register with Prometheus, run Faust."""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import sys

from pipeline import __version__, kafka_io, metrics
from pipeline.settings import Settings
from pipeline.stack import Stack

log = logging.getLogger(__name__)


def run(settings: Settings) -> int:
    """Run one worker in the foreground until SIGTERM/SIGINT; return the exit code."""
    # A detached worker's only witness is its log: a native crash must leave a trace there.
    faulthandler.enable()
    # Importing the app reads settings from the environment: make them agree.
    os.environ["SEDA_WORKER_INDEX"] = str(settings.worker_index)
    from faust import Worker

    # Imported for their side effect: registering the agents and the table pages.
    import pipeline.agents
    import pipeline.monitor
    import pipeline.web  # noqa: F401
    from pipeline.app import app
    from pipeline.triage import model_version

    (settings.state_dir / "faust").mkdir(parents=True, exist_ok=True)
    created = kafka_io.create_topics(settings)
    for topic, state in created.items():
        if state == "created":
            log.info("created topic %s", topic)
    stack = Stack(settings)
    target = stack.register_target(settings.worker_port, {
        "worker": str(settings.worker_index), "group": settings.group_id})
    from pipeline.triage import engine

    engine.warm_up()  # models load before the first batch, not during it
    metrics.started(__version__, model_version(), str(settings.worker_index))
    worker = Worker(app, loglevel=settings.log_level.upper(), quiet=True,
                    redirect_stdouts=False, override_logging=True)
    # Faust installs its own SIGTERM handler (graceful stop); SIGHUP is ignored so a
    # detached worker survives the terminal that started it.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    code = 0
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = int(exc.code or 0) if isinstance(exc.code, int | type(None)) else 1
    finally:
        target.unlink(missing_ok=True)
    log.info("worker-%d exiting with code %d", settings.worker_index, code)
    return code


if __name__ == "__main__":  # pragma: no cover
    from pipeline.settings import get

    sys.exit(run(get()))
