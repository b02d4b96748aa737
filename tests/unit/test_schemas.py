"""Avro schemas: documentation, framing, decoding errors, evolution."""

from __future__ import annotations

import io
import json
import struct
from datetime import UTC, datetime

import avro.schema
import fastavro
import pytest

from pipeline import schema_compat, schemas
from pipeline.loadgen import messages
from pipeline.schemas import DecodeError

PII_FIELDS = {"sender", "text", "customer_id", "to", "address", "original", "span", "responder",
              "normalized_text", "survey_comment", "message", "metadata"}


def _walk_fields(node, path=""):
    if isinstance(node, dict):
        for f in node.get("fields", []):
            yield f"{path}{node['name']}.{f['name']}", f
            yield from _walk_fields(f["type"], path)
        for key in ("items", "values"):
            if key in node:
                yield from _walk_fields(node[key], path)
    elif isinstance(node, list):
        for n in node:
            yield from _walk_fields(n, path)


@pytest.mark.parametrize("name", schemas.SCHEMA_FILES)
def test_every_field_documented_and_personal_data_marked(name):
    raw = json.loads((schemas.SCHEMA_DIR / f"io.seda.{name}.avsc").read_text())
    assert raw["namespace"] == "io.seda"
    assert raw.get("doc")
    for path, field in _walk_fields(raw):
        assert field.get("doc"), f"{path} has no doc"
        if field["name"] in PII_FIELDS:
            assert "PERSONAL DATA" in field["doc"], f"{path} holds personal data but is not marked"


def test_schemas_are_parsed_once():
    assert schemas.schemas() is schemas.schemas()


def _raw_record():
    rec = next(messages(1))
    rec["received_at"] = datetime(2026, 11, 20, 8, 0, 0, 123000, tzinfo=UTC)
    return rec


def test_single_object_encoding_roundtrip():
    rec = _raw_record()
    data = schemas.encode("RawMessage", rec)
    assert data[:2] == b"\xc3\x01"
    assert data[2:10] == schemas.schema("RawMessage").fingerprint
    assert schemas.decode("RawMessage", data) == rec


def test_fingerprint_is_little_endian_crc64_of_canonical_form():
    # The avro library computes the same CRC-64-AVRO for a schema without logical
    # types (it renders logical types differently from the spec's canonical form).
    version = schemas.schema("Evidence")
    assert avro.schema.parse(schemas.expanded_json(version)).fingerprint("CRC-64-AVRO") == version.fingerprint
    # Spec: the 64-bit Rabin fingerprint, written little-endian.
    fp = 0xC15D213AA4D7A795
    table = []
    for i in range(256):
        v = i
        for _ in range(8):
            v = (v >> 1) ^ (fp & -(v & 1))
        table.append(v)
    acc = fp
    for byte in version.canonical.encode():
        acc = (acc >> 8) ^ table[(acc ^ byte) & 0xFF]
    assert version.fingerprint == acc.to_bytes(8, "little")


def test_confluent_wire_format_roundtrip():
    rec = _raw_record()
    data = schemas.encode("RawMessage", rec, registry_id=42)
    assert data[:5] == b"\x00" + struct.pack(">I", 42)
    parsed = schemas.schema("RawMessage").parsed
    assert schemas.decode("RawMessage", data, registry_lookup={42: parsed}.__getitem__) == rec
    with pytest.raises(DecodeError) as err:
        schemas.decode("RawMessage", data)
    assert err.value.reason == "unknown_schema"
    with pytest.raises(DecodeError) as err:
        schemas.decode("RawMessage", data, registry_lookup={}.__getitem__)
    assert err.value.reason == "unknown_schema"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty_record"),
    (b"hello world", "undecodable"),
    (b"\xc3\x01\x00", "undecodable"),
    (b"\xc3\x01" + bytes(8) + b"\x02", "unknown_schema"),
])
def test_decode_errors_have_reasons(data, reason):
    with pytest.raises(DecodeError) as err:
        schemas.decode("RawMessage", data)
    assert err.value.reason == reason


def test_truncated_and_trailing_bytes_are_undecodable():
    data = schemas.encode("RawMessage", _raw_record())
    for bad in (data[:-5], data + b"\x00\x00"):
        with pytest.raises(DecodeError) as err:
            schemas.decode("RawMessage", bad)
        assert err.value.reason == "undecodable"


def test_record_of_another_schema_is_rejected():
    ev = {"task": "t", "label": "l", "rule_id": "r", "span": "s", "start": 0, "end": 1}
    with pytest.raises(DecodeError) as err:
        schemas.decode("RawMessage", schemas.encode("Evidence", ev))
    assert err.value.reason == "wrong_schema"


def test_current_schemas_read_every_kept_version():
    assert schema_compat.check_all() == []


def test_old_writer_data_is_resolved_to_current_reader(tmp_path, monkeypatch):
    """A value written with an older schema (one field fewer) decodes with the default."""
    current = schemas.schema("HumanResponse")
    old = json.loads(schemas.expanded_json(current))
    old["fields"] = [f for f in old["fields"] if f["name"] != "tenant"]
    old_parsed = fastavro.parse_schema(old, named_schemas={})
    buf = io.BytesIO()
    rec = {"response_id": "r1", "message_id": "m1", "responder": "agent7",
           "responded_at": datetime(2026, 11, 20, tzinfo=UTC)}
    fastavro.schemaless_writer(buf, old_parsed, rec)
    fp = bytes.fromhex(fastavro.schema.fingerprint(
        fastavro.schema.to_parsing_canonical_form(old_parsed), "CRC-64-AVRO"))
    hist = tmp_path / "history"
    hist.mkdir()
    for p in schemas.HISTORY_DIR.glob("*.avsc"):
        (hist / p.name).write_text(p.read_text())
    (hist / "HumanResponse.v0.avsc").write_text(json.dumps(old))
    monkeypatch.setattr(schemas, "HISTORY_DIR", hist)
    schemas.schemas.cache_clear()
    try:
        decoded = schemas.decode("HumanResponse", b"\xc3\x01" + fp + buf.getvalue())
        assert decoded == dict(rec, tenant=None)
    finally:
        monkeypatch.undo()
        schemas.schemas.cache_clear()


@pytest.mark.parametrize("change,compatible", [
    (lambda s: s["fields"].append({"name": "x", "type": ["null", "string"], "default": None,
                                   "doc": "d"}), True),
    (lambda s: s["fields"].append({"name": "x", "type": "string", "doc": "d"}), False),
    (lambda s: s["fields"].__setitem__(0, {**s["fields"][0], "type": "int"}), False),
    (lambda s: s["fields"].pop(), True),
])
def test_compatibility_checker_catches_breaking_changes(change, compatible):
    old = schemas.expanded_json(schemas.schema("HumanResponse"))
    new = json.loads(old)
    change(new)
    ok, detail = schema_compat.compatibility(json.dumps(new), old)
    assert ok is compatible, detail
