"""Failures on the real stack: Elasticsearch unreachable, a worker killed with SIGKILL mid-stream."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time

from prometheus_client.parser import text_string_to_metric_families

from pipeline import es, kafka_io
from pipeline.loadgen import messages
from pipeline.stack import http_get

from .conftest import send_messages, wait_until


class FlakyProxy:
    """A TCP proxy in front of Elasticsearch that can drop every connection.

    While down it closes each accepted connection at once and cuts the open
    ones, which the client sees as a connection failure, as during an outage.
    """

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = False
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def set_up(self, up: bool) -> None:
        self.up = up
        if not up:
            with self.lock:
                for c in self.conns:
                    with contextlib.suppress(OSError):
                        c.shutdown(socket.SHUT_RDWR)
                self.conns.clear()

    def close(self) -> None:
        self.set_up(False)
        self.listener.close()


def _metric(port: int, name: str, labels: dict[str, str] | None = None) -> float:
    status, body = http_get(f"http://127.0.0.1:{port}/metrics", 5)
    assert status == 200
    total = 0.0
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in (labels or {}).items()):
                total += sample.value
    return total


def _es_count(ns) -> int:
    # Straight to Elasticsearch, never through the test's proxy.
    client = es.sync_client(ns.settings.replace(es_url=""))
    try:
        client.indices.refresh(index=ns.settings.messages_alias)
        return int(client.count(index=ns.settings.messages_alias)["count"])
    finally:
        client.close()


def _committed_vs_end(ns, name: str) -> tuple[int, int]:
    topic = ns.topic(name)
    committed = sum(kafka_io.committed_offsets(ns.settings, topic).values())
    end = sum(kafka_io.end_offsets(ns.settings, topic).values())
    return committed, end


def test_elasticsearch_outage_pauses_indexing_without_loss_or_commit(namespace, base_settings):
    proxy = FlakyProxy(base_settings.es_port)
    try:
        proxy.set_up(True)
        ns = namespace("outage", 7466, SEDA_ES_URL=f"http://127.0.0.1:{proxy.port}",
                       SEDA_ES_BACKOFF_INITIAL_S="0.1", SEDA_ES_BACKOFF_MAX_S="1")
        ns.start_worker()
        proxy.set_up(False)
        port = ns.stack.worker_service(0).port
        msgs = list(messages(300, prefix="outage"))
        send_messages(ns, msgs)
        wait_until(lambda: sum(kafka_io.end_offsets(ns.settings, ns.topic("enriched")).values()) >= 300,
                   120, "triage to continue during the outage")
        wait_until(lambda: _metric(port, "seda_es_indexing_paused") == 1, 60, "the paused gauge")
        wait_until(lambda: _metric(port, "seda_es_bulk_failures_total", {"kind": "connection"}) >= 3,
                   60, "repeated connection failures")
        time.sleep(3)  # several commit intervals pass while indexing is stuck
        assert _es_count(ns) == 0
        committed, end = _committed_vs_end(ns, "enriched")
        assert end >= 300 and committed < end, "offsets of unindexed messages must not be committed"
        proxy.set_up(True)
        wait_until(lambda: _es_count(ns) == 300, 120, "all 300 documents after the outage")
        wait_until(lambda: _metric(port, "seda_es_indexing_paused") == 0, 30, "the paused gauge to clear")
        wait_until(lambda: _committed_vs_end(ns, "enriched")[0] >= 300, 60,
                   "offsets committed after recovery")
        assert _metric(port, "seda_es_bulk_retries_total") >= 3
    finally:
        proxy.close()


def test_worker_killed_mid_stream_loses_nothing(namespace):
    ns = namespace("kill", 7566)
    total = 3000
    msgs = list(messages(total, prefix="kill", seed=9))
    pid = ns.start_worker()
    producer = threading.Thread(target=send_messages, args=(ns, msgs, 600.0))
    producer.start()
    wait_until(lambda: _es_count(ns) >= 500, 120, "the worker to index part of the stream")
    os.kill(pid, signal.SIGKILL)
    killed_at = _es_count(ns)
    producer.join()
    assert killed_at < total, "the kill must happen mid-stream"
    wait_until(lambda: not ns.stack.worker_service(0).running(), 30, "the killed worker to be gone")
    ns.start_worker()
    wait_until(lambda: _es_count(ns) == total, 300, f"all {total} documents after the restart")
    time.sleep(2)
    assert _es_count(ns) == total  # replays overwrite by _id: no duplicates
    enriched = sum(kafka_io.end_offsets(ns.settings, ns.topic("enriched")).values())
    assert enriched >= total
