"""Raw decoding and validation, address normalisation, output records, ES documents."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pipeline import records, schemas
from pipeline.loadgen import malformed_values, messages
from pipeline.records import DecodeError, decode_raw, normalize_address
from pipeline.triage import TriageRequest, triage

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _raw(**changes):
    rec = next(messages(1))
    rec["received_at"] = T0
    rec.update(changes)
    return rec


def test_avro_and_json_inputs_decode_to_the_same_record():
    rec = _raw(text="سفارشم نرسیده", channel="sms")
    from_avro = decode_raw(schemas.encode("RawMessage", rec), 10_000)
    as_json = dict(rec, received_at="2026-11-20T08:00:00Z")
    from_json = decode_raw(json.dumps(as_json, ensure_ascii=False).encode(), 10_000)
    assert from_avro == from_json == rec


def test_json_defaults():
    rec = decode_raw(b'{"id": 7, "text": "STOP"}', 100)
    assert rec["id"] == "7" and rec["channel"] == "sms" and rec["sender"] == "unknown"
    assert rec["received_at"].tzinfo is not None


@pytest.mark.parametrize("reason,value", malformed_values(24))
def test_every_malformed_value_gets_its_reason(reason, value):
    with pytest.raises(DecodeError) as err:
        decode_raw(value, 10_000)
    assert err.value.reason == reason


@pytest.mark.parametrize("text,reason", [
    ("", "empty_text"),
    ("   \n", "empty_text"),
    ("a" * 101, "text_too_long"),
    ("bad\x00byte", "control_characters"),
    ("bell\x07", "control_characters"),
    ("c1\x85control", "control_characters"),
])
def test_validation_reasons(text, reason):
    with pytest.raises(DecodeError) as err:
        records.check_raw(_raw(text=text), 100)
    assert err.value.reason == reason


def test_tabs_newlines_and_emoji_are_fine():
    records.check_raw(_raw(text="line one\nline\ttwo 😡\r\n"), 100)


@pytest.mark.parametrize("sender,code,expected", [
    ("+98 912 123 4567", "", "+989121234567"),
    ("00989121234567", "", "+989121234567"),
    ("989121234567", "", "+989121234567"),
    ("۰۹۱۲۱۲۳۴۵۶۷", "98", "+989121234567"),
    ("09121234567", "98", "+989121234567"),
    ("09121234567", "", "09121234567"),
    ("(202) 555-0142", "1", "2025550142"),
    ("+1 (202) 555-0142", "", "+12025550142"),
    ("Fatima.AlZahrani@Outlook.com ", "", "fatima.alzahrani@outlook.com"),
    ("@Hooman_Music", "", "@hooman_music"),
    ("30001234", "", "30001234"),
])
def test_normalize_address(sender, code, expected):
    assert normalize_address(sender, code) == expected


def _enriched(text: str, **raw_changes):
    raw = _raw(text=text, **raw_changes)
    result = triage(TriageRequest(text=text, channel=raw["channel"]))
    return records.enriched_record(raw, result, T0, T0)


def test_optout_event_key_and_fields():
    enriched = _enriched("STOP", sender="+98 912 111 2233")
    key, event = records.optout_event(enriched, T0)
    assert key == "+989121112233"
    assert event["action"] == "opt_out" and event["address"] == "+989121112233"
    assert event["source_message_id"] == enriched["message"]["id"]
    assert event["event_id"] == records.optout_event(enriched, T0)[1]["event_id"]
    schemas.validate("OptOutEvent", event)
    tenant_key, _ = records.optout_event(_enriched("STOP", sender="+989121112233", tenant="shop1"), T0)
    assert tenant_key == "shop1:+989121112233"


def test_no_event_without_opt_out():
    assert records.optout_event(_enriched("hello, where is my order?"), T0) is None
    assert records.escalation_event(_enriched("hello"), T0) is None


def test_escalation_event_shape():
    enriched = _enriched("hello")
    enriched["escalate"] = True
    enriched["escalation_reasons"] = ["legal_threat", "churn_threat"]
    key, event = records.escalation_event(enriched, T0)
    assert key == enriched["message"]["customer_id"]
    assert event["reasons"] == ["churn_threat", "legal_threat"]
    schemas.validate("EscalationEvent", event)


def test_enriched_record_matches_schema_and_roundtrips():
    enriched = _enriched("اپ موقع پرداخت کرش میکنه")
    schemas.validate("EnrichedMessage", enriched)
    assert schemas.decode("EnrichedMessage", schemas.encode("EnrichedMessage", enriched)) == enriched


def test_es_document_and_index_name():
    enriched = _enriched("Where is my parcel?")
    doc = records.es_document(enriched)
    assert doc["message_id"] == enriched["message"]["id"]
    assert doc["received_at"] == "2026-11-20T08:00:00.000Z"
    for field in ("language", "category", "sentiment", "channel", "opt_out", "escalate",
                  "escalation_reasons", "text_normalized", "model_version"):
        assert field in doc
    assert records.index_name("seda-", T0) == "seda-messages-2026.11"
    assert records.index_name("seda-", T0, "day") == "seda-messages-2026.11.20"


def test_dead_letter_record():
    src = records.SourceRecord("raw", 1, 42, 1_700_000_000_000, b"k")
    dl = records.dead_letter(b"\x01" * (2 << 20), src, "decode", DecodeError("undecodable", "x"), T0)
    assert dl["reason"] == "undecodable" and dl["offset"] == 42 and dl["original_key"] == b"k"
    assert len(dl["original"]) == records.MAX_DEAD_LETTER_BYTES
    schemas.validate("DeadLetter", dl)


def test_to_json_compatible():
    out = records.to_json_compatible({"t": T0, "b": b"\xff\x00", "s": "x", "l": [b"ok"]})
    assert out == {"t": "2026-11-20T08:00:00.000Z", "b": {"hex": "ff00"}, "s": "x", "l": ["ok"]}
