"""Integration tier: the real local Kafka + Elasticsearch (+ Prometheus).

`make test` brings the stack up before pytest starts; the `stack` fixture brings
it up again idempotently, so running pytest alone works too. Nothing here is
ever skipped: without the services these tests fail. Everything the tests create
carries the run's prefix (see tests/conftest.py) and is deleted at the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from pipeline import es, kafka_io, records, schemas
from pipeline import settings as settings_module
from pipeline.settings import Settings
from pipeline.stack import Stack, http_get

RUN_ID = os.environ["SEDA_TEST_RUN"]

pytestmark = pytest.mark.integration


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.5) -> Any:
    """Poll ``predicate`` until it returns a truthy value; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last value: {last!r})")


def send_messages(ns: Any, msgs: list[dict[str, Any]], rate: float | None = None) -> None:
    """Produce RawMessages to the namespace's raw topic, keyed by customer (at ``rate`` per second)."""
    producer = kafka_io.producer(ns.settings)
    started = time.monotonic()
    try:
        for i, msg in enumerate(msgs):
            producer.send(ns.topic("raw"), key=records.customer_key(msg).encode(),
                          value=schemas.encode("RawMessage", msg))
            if rate and (ahead := (i + 1) / rate - (time.monotonic() - started)) > 0:
                time.sleep(ahead)
        producer.flush()
    finally:
        producer.close()


def read_topic(ns: Any, name: str) -> list[dict[str, Any]]:
    """Every value on the namespace's logical topic ``name``, decoded (3 s of silence ends it)."""
    return [kafka_io.decode_value(ns.settings, name, r.value)
            for r in kafka_io.consume(ns.settings, ns.topic(name), from_beginning=True, timeout_s=3,
                                      max_records=None)]


def namespaced(name: str, web_port: int, **extra: str) -> dict[str, str]:
    """SEDA_* variables for an isolated namespace (own topics, index, group, port)."""
    env = {
        "SEDA_TOPIC_PREFIX": f"{RUN_ID}.{name}.",
        "SEDA_INDEX_PREFIX": f"{RUN_ID}-{name}-",
        "SEDA_GROUP_ID": f"{RUN_ID}-{name}",
        "SEDA_WEB_PORT": str(web_port),
        "SEDA_TABLE_STORE": "rocksdb://",
    }
    env.update(extra)
    return env


def settings_for(env: dict[str, str]) -> Settings:
    """Settings of the current environment with ``env`` applied."""
    merged = {k: v for k, v in os.environ.items() if k.startswith("SEDA_")}
    merged.update(env)
    return settings_module.from_env(merged)


@pytest.fixture(scope="session")
def base_settings() -> Settings:
    """Settings of the test run's main namespace."""
    return settings_module.from_env()


@pytest.fixture(scope="session")
def stack(base_settings: Settings) -> Iterator[Stack]:
    """The running local stack (started here if `make test` did not already)."""
    st = Stack(base_settings)
    st.up()
    yield st
    _cleanup(base_settings)


def _cleanup(s: Settings) -> None:
    if os.environ.get("SEDA_TEST_KEEP"):
        return
    st = Stack(s)
    for svc in st.workers():
        if svc.name.startswith(RUN_ID):
            with contextlib.suppress(Exception):
                st._stop(svc, timeout=20)
                (st.run_dir / f"{svc.name}.port").unlink(missing_ok=True)
                st.unregister_target(svc.port)
    admin = kafka_io.admin(s)
    try:
        mine = [t for t in admin.list_topics() if t.startswith(RUN_ID)]
        if mine:
            admin.delete_topics(mine)
        mine_groups = [g["group_id"] for g in admin.list_groups() if g["group_id"].startswith(RUN_ID)]
        if mine_groups:
            admin.delete_groups(mine_groups)
    finally:
        admin.close()
    # The workers' on-disk tables (RocksDB) of this run.
    for state in (s.state_dir / "faust").glob(f"{RUN_ID}-*"):
        shutil.rmtree(state, ignore_errors=True)
    client = es.sync_client(s).options(ignore_status=404)
    try:
        indices = client.indices.get(index=f"{RUN_ID}-*", expand_wildcards="all")
        for name in indices.body:
            client.indices.delete(index=name)
        templates = client.indices.get_index_template(name=f"{RUN_ID}-*")
        for tpl in templates.body.get("index_templates", []):
            client.indices.delete_index_template(name=tpl["name"])
    finally:
        client.close()


def _exit_status(pid: int) -> str:
    """How a worker this process started ended (it is our child, so waitpid tells)."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return f"pid {pid} already reaped"
    if done == 0:
        return f"pid {pid} still running, but its pid file does not say so"
    if os.WIFSIGNALED(status):
        return f"pid {pid} killed by signal {os.WTERMSIG(status)}"
    return f"pid {pid} exit code {os.waitstatus_to_exitcode(status)}"


class Namespace:
    """An isolated pipeline namespace with its topics, index and (optionally) a worker."""

    def __init__(self, stack: Stack, env: dict[str, str]) -> None:
        self.env = env
        self.settings = settings_for(env)
        self.stack = Stack(self.settings)
        kafka_io.create_topics(self.settings)
        es.setup_current(self.settings)

    def start_worker(self, index: int = 0, timeout: float = 120.0) -> int:
        """Start a real worker process for this namespace and wait for its partitions."""
        pid, _ = self.stack.start_worker(index, extra_env=self.env)
        svc = self.stack.worker_service(index)

        def ready() -> bool:
            if not svc.running():
                pidfile = svc.pidfile.read_text().strip() if svc.pidfile.exists() else "missing"
                raise AssertionError(f"worker exited ({_exit_status(pid)}; pid file: {pidfile}); "
                                     f"log {svc.logfile}:\n" + svc.logfile.read_text()[-3000:])
            status, body = http_get(f"http://127.0.0.1:{svc.port}/healthz", 2)
            health = json.loads(body) if status == 200 else {}
            return bool(health.get("assigned")) and bool(health.get("recovered"))

        wait_until(ready, timeout, f"worker {svc.name} to be assigned partitions")
        return pid

    def stop_worker(self, index: int = 0) -> None:
        """Stop the worker gracefully."""
        self.stack.stop_worker(index)

    def topic(self, name: str) -> str:
        """Full topic name."""
        return self.settings.topic(name)

    def es(self) -> Any:
        """A sync ES client (caller closes)."""
        return es.sync_client(self.settings)


@pytest.fixture
def namespace(stack: Stack) -> Callable[..., Namespace]:
    """Factory for isolated namespaces; their workers are stopped after the test."""
    made: list[Namespace] = []

    def make(name: str, web_port: int, **extra: str) -> Namespace:
        ns = Namespace(stack, namespaced(name, web_port, **extra))
        made.append(ns)
        return ns

    yield make
    for ns in made:
        for svc in ns.stack.workers():
            if svc.name.startswith(ns.settings.group_id):
                ns.stack.stop_worker(int(svc.name.rsplit("-", 1)[1]))
