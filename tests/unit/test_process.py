"""Batch steps: enrich, events, index actions — pure, no broker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline import process, records, schemas
from pipeline.loadgen import malformed_values, messages
from pipeline.records import SourceRecord

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _items(values):
    out = []
    for offset, value in enumerate(values):
        src = SourceRecord("raw", 0, offset, 1_795_000_000_000, b"key")
        try:
            decoded = records.decode_raw(value, 10_000)
        except records.DecodeError as exc:
            decoded = records.Undecodable("decode", exc.reason, type(exc).__name__, str(exc))
        out.append((decoded, value, src))
    return out


def test_enrich_batch_splits_good_and_bad():
    good = [schemas.encode("RawMessage", m) for m in messages(30)]
    bad = malformed_values(12)
    out = process.enrich_batch(_items(good + [v for _, v in bad]), NOW)
    assert len(out.enriched) == 30
    assert sorted(dl["reason"] for _, dl in out.dead) == sorted(r for r, _ in bad)
    for key, rec in out.enriched:
        assert key == rec["message"]["customer_id"].encode()
        assert rec["ingested_at"] == datetime.fromtimestamp(1_795_000_000, UTC)
        schemas.validate("EnrichedMessage", rec)


def test_a_message_that_breaks_triage_is_dead_lettered_alone(monkeypatch):
    from pipeline import triage as triage_pkg

    real = triage_pkg.triage

    def fragile(request):
        if "BOOM" in request.text:
            raise RuntimeError("triage bug")
        return real(request)

    def fragile_batch(requests):
        return [fragile(r) for r in requests]

    monkeypatch.setattr(process, "triage", fragile)
    monkeypatch.setattr(process, "triage_batch", fragile_batch)
    msgs = list(messages(5))
    msgs[2]["text"] = "BOOM"
    out = process.enrich_batch(_items([schemas.encode("RawMessage", m) for m in msgs]), NOW)
    assert len(out.enriched) == 4
    [(_, dl)] = out.dead
    assert dl["stage"] == "triage" and dl["reason"] == "triage_error"
    assert dl["error_class"] == "RuntimeError" and dl["message_id"] == msgs[2]["id"]


def test_events_and_index_actions():
    texts = ["STOP", "12", "hello", "لغو ۱۱"]
    msgs = list(messages(len(texts)))
    for m, t in zip(msgs, texts, strict=True):
        m["text"] = t
    out = process.enrich_batch(_items([schemas.encode("RawMessage", m) for m in msgs]), NOW)
    enriched = [rec for _, rec in out.enriched]
    events = process.optout_events(enriched, NOW)
    assert [e["action"] for _, e in events] == ["opt_out", "opt_in", "opt_out"]
    actions = process.index_actions(enriched, "seda-", "month", NOW)
    assert [a.doc_id for a in actions] == [m["id"] for m in msgs]
    assert {a.index for a in actions} == {"seda-messages-2026.11"}
    assert all(a.document["indexed_at"] == "2026-11-21T12:00:00.000Z" for a in actions)


@pytest.mark.parametrize("value", [None])
def test_tombstone_is_dead_lettered(value):
    src = SourceRecord("raw", 0, 5, None, None)
    out = process.enrich_batch([(value, value, src)], NOW)
    assert out.dead[0][1]["reason"] == "empty_record"



def test_every_enriched_message_carries_feedback_mode_route_and_priority():
    from pipeline.routing import Routing

    raws = list(messages(4, prefix="ctx"))
    texts = [("sms", None, "my order arrived two days late and the box was a bit damaged"),
             ("survey", "survey:nps", "9"),
             ("chat", None, "I'll take you to court if my money is not back today"),
             ("sms", "campaign:yalda", "thanks, lovely offer")]
    for raw, (channel, in_reply_to, text) in zip(raws, texts, strict=True):
        raw.update(channel=channel, in_reply_to=in_reply_to, text=text)
    routes = Routing.load()
    out = process.enrich_batch(_items([schemas.encode("RawMessage", r) for r in raws]), NOW, routes=routes)
    got = [(r["feedback_mode"], r["route"], r["priority"]) for _, r in out.enriched]
    assert [g[0] for g in got] == ["given", "requested", "given", "requested"]
    assert got[0][1:] == ("customer-care", "high")  # a complaint
    assert got[2][1:] == (routes.escalated, "urgent")  # a legal threat escalates
    assert got[1][1] == routes.categories["survey_response"]
    for _, rec in out.enriched:
        schemas.validate("EnrichedMessage", rec)
        doc = records.es_document(rec)
        assert (doc["feedback_mode"], doc["route"], doc["priority"]) == (
            rec["feedback_mode"], rec["route"], rec["priority"])
    # Without a mapping (offline tools, benchmarks) there is no team, but the rest is there.
    bare = process.enrich_batch(_items([schemas.encode("RawMessage", raws[0])]), NOW)
    assert (bare.enriched[0][1]["route"], bare.enriched[0][1]["priority"]) == (None, "high")
