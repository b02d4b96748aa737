"""The suppression list on the real stack: opt-out then `12`, confirmations (also under kill -9 and
replay), the worker's GET /suppression/{address}, the Elasticsearch mirror and audit trail, and the
operators' add/remove/import/export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from urllib.parse import quote

from pipeline import records
from pipeline.loadgen import messages
from pipeline.stack import http_get

from .conftest import read_topic, send_messages, wait_until

SENDER = "+989121234567"


def _seda(ns, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          env=dict(os.environ, **ns.env), timeout=300, input=stdin, check=False)


def _check(ns, address: str, *extra: str) -> dict:
    out = _seda(ns, "suppression", "check", address, *extra)
    assert out.returncode == 0, out.stderr
    [line] = out.stdout.splitlines()
    return json.loads(line)


def _replies(ns) -> list[dict]:
    return read_topic(ns, "replies")


def _at_least(fetch, count: int):
    """A predicate for wait_until: what ``fetch`` returns, once it has ``count`` items."""
    def ready():
        got = fetch()
        return got if len(got) >= count else None
    return ready


def _get(ns, address: str, tenant: str | None = None) -> dict:
    url = f"http://127.0.0.1:{ns.stack.worker_service(0).port}/suppression/{quote(address)}"
    status, body = http_get(url + (f"?tenant={tenant}" if tenant else ""), 10)
    assert status == 200, body
    return json.loads(body)


def _search(ns, index: str, query: dict) -> list[dict]:
    client = ns.es()
    try:
        client.indices.refresh(index=index)
        return [h["_source"] for h in client.search(index=index, query=query, size=100,
                                                    sort=[{"indexed_at": "asc"}])["hits"]["hits"]]
    finally:
        client.close()


def test_opt_out_then_12_with_one_confirmation_each_everywhere_consistent(namespace):
    ns = namespace("suppression", 7966)
    ns.start_worker()
    first, second, third = messages(3, prefix="sup")
    now = records.now_utc()
    first.update(text="لغو ۱۱", sender=SENDER, channel="sms", receiving_line="3000555", received_at=now)
    second.update(text="لغو", sender="00989121234567", channel="sms", received_at=now + timedelta(seconds=1))
    third.update(text="12", sender=SENDER, channel="sms", received_at=now + timedelta(seconds=2))

    assert _check(ns, "0098 912 123 4567")["suppressed"] is False
    send_messages(ns, [first])
    state = wait_until(lambda: (s := _check(ns, SENDER))["suppressed"] and s, 120, "the opt-out to apply")
    assert (state["address"], state["scopes"], state["source_message_id"]) == (SENDER, ["all"], first["id"])
    # timestamp-millis: the received time to the millisecond
    assert abs(datetime.fromisoformat(state["since"]) - now) < timedelta(milliseconds=1)
    assert _get(ns, "0098 912 123 4567") == state  # the worker's table says the same

    send_messages(ns, [second])  # a second opt-out: already suppressed, so no second confirmation
    wait_until(lambda: _search(ns, ns.settings.suppression_audit_index,
                               {"term": {"source_message_id": second["id"]}}), 120, "the second audit entry")
    send_messages(ns, [third])
    wait_until(lambda: not _check(ns, "0098 912 123 4567")["suppressed"], 120, "the opt-in to apply")
    assert _get(ns, SENDER)["suppressed"] is False

    replies = wait_until(_at_least(lambda: _replies(ns), 2), 60, "two confirmations")
    assert [(r["kind"], r["source_message_id"], r["language"], r["to"]) for r in replies] == [
        ("optout_confirmation", first["id"], "fa", SENDER), ("optin_confirmation", third["id"], "fa", SENDER)]
    assert replies[0]["from_line"] == "3000555"

    docs = wait_until(lambda: (d := _search(ns, ns.settings.suppression_index, {"term": {"key": SENDER}}))
                      and not d[0]["suppressed"] and d, 60, "the mirror to show the opt-in")
    assert len(docs) == 1 and docs[0]["scopes"] == []
    audit = wait_until(_at_least(lambda: _search(ns, ns.settings.suppression_audit_index,
                                                 {"term": {"key": SENDER}}), 3), 60, "three audit entries")
    assert sorted((a["source_message_id"], a["action"], a["suppressed_after"]) for a in audit) == sorted([
        (first["id"], "opt_out", True), (second["id"], "opt_out", True), (third["id"], "opt_in", False)])
    history = _seda(ns, "suppression", "history", SENDER)
    assert history.returncode == 0, history.stderr
    assert [json.loads(line)["source_message_id"] for line in history.stdout.splitlines()] == [
        first["id"], second["id"], third["id"]]


def test_operators_add_remove_import_and_export_with_an_audit_trail(namespace, tmp_path):
    ns = namespace("supadmin", 7976)
    ns.start_worker()
    added = _seda(ns, "suppression", "add", "Someone@Example.com", "--scope", "marketing", "--by", "anna",
                  "--note", "asked by phone")
    assert added.returncode == 0, added.stderr
    state = wait_until(lambda: (s := _check(ns, "someone@example.com"))["suppressed"] and s, 120,
                       "the manual addition")
    assert state["scopes"] == ["marketing"]
    blacklist = tmp_path / "old.csv"
    blacklist.write_text("address,scope,tenant,since,note\n"
                         "0912 000 0001,,,2024-05-01T10:00:00+03:30,from the old panel\n"
                         "+98 912 000 0002,surveys,shop1,,\n", encoding="utf-8")
    imported = _seda(ns, "suppression", "import", "--file", str(blacklist), "--by", "anna")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["requests"] == 2
    assert _seda(ns, "suppression", "import", "--file", "-", "--by", "anna",
                 stdin="address,colour\nx,red\n").returncode == 2  # nothing half-imported
    wait_until(lambda: _check(ns, "+989120000002", "--tenant", "shop1")["suppressed"], 120, "the import")
    assert _check(ns, "+989120000002")["suppressed"] is False  # another tenant's list
    removed = _seda(ns, "suppression", "remove", "someone@example.com", "--scope", "marketing", "--by", "bob")
    assert removed.returncode == 0, removed.stderr
    wait_until(lambda: not _check(ns, "someone@example.com")["suppressed"], 120, "the removal")

    exported = _seda(ns, "suppression", "export")
    assert exported.returncode == 0, exported.stderr
    lines = exported.stdout.splitlines()
    assert lines[0] == "address,tenant,scopes,since,source_message_id,requested_by,tier"
    assert sorted(line.split(",")[:3] for line in lines[1:]) == [
        ["+989120000002", "shop1", "surveys"], ["09120000001", "", "all"]]
    assert "2024-05-01T10:00:00+03:30" not in exported.stdout  # times are exported in UTC
    assert "2024-05-01T06:30:00+00:00" in exported.stdout
    # Operators' changes are applied and audited, never announced to the customer.
    audit = wait_until(_at_least(lambda: _search(ns, ns.settings.suppression_audit_index,
                                                 {"match_all": {}}), 4), 60, "four audit entries")
    assert sorted((a["address"], a["action"], a["requested_by"]) for a in audit) == [
        ("+989120000002", "opt_out", "operator:anna"), ("09120000001", "opt_out", "operator:anna"),
        ("someone@example.com", "opt_in", "operator:bob"),
        ("someone@example.com", "opt_out", "operator:anna")]
    assert {a["note"] for a in audit} >= {"asked by phone", "from the old panel"}
    assert _replies(ns) == []


def test_one_confirmation_per_opt_out_through_kill_9_restart_and_replay(namespace):
    """Counts what reaches seda.replies when the worker is SIGKILLed mid-stream and the input replayed.

    Every opt-out must be confirmed, and a repeat (a crash between send and store)
    must carry the same reply id; the number of repeats is printed.
    """
    ns = namespace("supkill", 7986)
    total = 400
    msgs = list(messages(total, prefix="supkill", seed=4))
    base = records.now_utc()
    for i, m in enumerate(msgs):
        m.update(text=("STOP" if i % 2 else "لغو ۱۱"), sender=f"+98912{i:07d}", channel="sms",
                 received_at=base + timedelta(milliseconds=i))
    pid = ns.start_worker()
    producer = threading.Thread(target=send_messages, args=(ns, msgs, 100.0))
    producer.start()
    wait_until(lambda: len(_replies(ns)) >= 60, 120, "part of the confirmations")
    os.kill(pid, signal.SIGKILL)
    producer.join()
    wait_until(lambda: not ns.stack.worker_service(0).running(), 30, "the killed worker to be gone")
    ns.start_worker()
    send_messages(ns, msgs)  # the whole input again, as an upstream replay would
    wait_until(_at_least(lambda: {r["source_message_id"] for r in _replies(ns)}, total), 300,
               f"a confirmation for each of the {total} opt-outs")
    time.sleep(5)  # anything still on its way
    replies = _replies(ns)
    per_message = Counter(r["source_message_id"] for r in replies)
    ids = {r["source_message_id"]: set() for r in replies}
    for r in replies:
        ids[r["source_message_id"]].add(r["reply_id"])
    assert set(per_message) == {m["id"] for m in msgs}
    assert all(len(v) == 1 for v in ids.values()), "a repeat must carry the same reply id"
    assert {r["kind"] for r in replies} == {"optout_confirmation"}
    repeats = len(replies) - total
    print(f"\nkill -9 + replay: {total} opt-outs, {len(replies)} confirmations on seda.replies, "
          f"{repeats} repeats (same reply id), {len(ids)} distinct reply ids")
