"""Avro schemas of every Seda record and their wire framing.

The ``.avsc`` files in ``schemas/`` are parsed once, on first use. Values are
written schemaless with fastavro and framed so any consumer can tell which
schema wrote them:

* Avro single-object encoding (``C3 01`` + 8-byte little-endian CRC-64-AVRO
  fingerprint of the writer schema + body) by default, or
* the Confluent wire format (``00`` + 4-byte big-endian schema id + body) when
  a schema registry is configured (see :mod:`pipeline.registry`).

Readers accept both. A single-object record written by an older version of a
schema (kept in ``schemas/history/``) is resolved against the current schema,
so producers and workers can be upgraded independently.
"""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastavro
from fastavro.schema import fingerprint, parse_schema, to_parsing_canonical_form

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
HISTORY_DIR = SCHEMA_DIR / "history"
NAMESPACE = "io.seda"
SINGLE_OBJECT_MAGIC = b"\xc3\x01"
CONFLUENT_MAGIC = b"\x00"

#: Files are loaded in this order so that named types exist before use.
SCHEMA_FILES = (
    "Evidence",
    "RawMessage",
    "EnrichedMessage",
    "OptOutEvent",
    "SuppressionState",
    "CustomerState",
    "EscalationEvent",
    "ReplySuggestion",
    "HumanResponse",
    "Correction",
    "SurveyAnswer",
    "ScoreWindowState",
    "SlaEvent",
    "SlaTimer",
    "DeadLetter",
)

Record = dict[str, Any]


class DecodeError(ValueError):
    """A value could not be decoded; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, message: str) -> None:
        """Create the error.

        Args:
            reason: Short code recorded in dead letters (e.g. ``undecodable``).
            message: Human-readable detail, never containing message text.
        """
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class SchemaVersion:
    """One parsed schema: its name, parsed and self-contained forms, fingerprint."""

    name: str
    parsed: Any
    expanded: dict[str, Any]
    canonical: str
    fingerprint: bytes
    source: Path

    @property
    def full_name(self) -> str:
        """The namespaced name, e.g. ``io.seda.RawMessage``."""
        return f"{NAMESPACE}.{self.name}"


_PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}


def _full_name(name: str, namespace: str | None) -> str:
    return name if "." in name or not namespace else f"{namespace}.{name}"


def _inline(node: Any, defs: Mapping[str, Any], seen: set[str], namespace: str | None) -> Any:
    """Copy ``node`` with named-type references replaced by their definition at first use."""
    if isinstance(node, str):
        full = _full_name(node, namespace)
        if node in _PRIMITIVES or full in seen or full not in defs:
            return node
        return _inline(defs[full], defs, seen, namespace)
    if isinstance(node, list):
        return [_inline(n, defs, seen, namespace) for n in node]
    if isinstance(node, dict):
        out = dict(node)
        ns = node.get("namespace", namespace)
        if node.get("type") in ("record", "enum", "fixed", "error"):
            full = _full_name(node["name"], ns)
            seen.add(full)
            ns = full.rpartition(".")[0] or ns
        if "fields" in node:
            out["fields"] = [{**f, "type": _inline(f["type"], defs, seen, ns)} for f in node["fields"]]
        for key in ("items", "values"):
            if key in node:
                out[key] = _inline(node[key], defs, seen, ns)
        if isinstance(node.get("type"), dict | list) or (
                isinstance(node.get("type"), str) and node["type"] not in _PRIMITIVES
                and node["type"] not in ("record", "enum", "fixed", "error", "array", "map")):
            out["type"] = _inline(node["type"], defs, seen, ns)
        return out
    return node


def _register(node: Any, defs: dict[str, Any], namespace: str | None) -> None:
    """Record every named type defined in ``node`` (for later references)."""
    if isinstance(node, list):
        for n in node:
            _register(n, defs, namespace)
    elif isinstance(node, dict):
        ns = node.get("namespace", namespace)
        if node.get("type") in ("record", "enum", "fixed", "error"):
            full = _full_name(node["name"], ns)
            defs[full] = node
            ns = full.rpartition(".")[0] or ns
        for f in node.get("fields", []):
            _register(f["type"], defs, ns)
        for key in ("items", "values", "type"):
            if isinstance(node.get(key), dict | list):
                _register(node[key], defs, ns)


def _load(path: Path, named: dict[str, Any], defs: dict[str, Any]) -> SchemaVersion:
    raw = json.loads(path.read_text(encoding="utf-8"))
    parsed = parse_schema(raw, named_schemas=named)
    # Fingerprints and registry subjects use the self-contained schema (named
    # types inlined at first use), which any other Avro implementation sees.
    expanded = _inline(raw, defs, set(), raw.get("namespace"))
    _register(raw, defs, raw.get("namespace"))
    canonical = to_parsing_canonical_form(parse_schema(expanded, named_schemas={}))
    return SchemaVersion(
        name=raw["name"].rsplit(".", 1)[-1],
        parsed=parsed,
        expanded=expanded,
        canonical=canonical,
        fingerprint=bytes.fromhex(fingerprint(canonical, "CRC-64-AVRO")),
        source=path,
    )


@dataclass(frozen=True)
class SchemaSet:
    """All current schemas plus every historical version, indexed by fingerprint."""

    current: Mapping[str, SchemaVersion]
    by_fingerprint: Mapping[bytes, SchemaVersion]
    history: Mapping[str, tuple[SchemaVersion, ...]]


@cache
def schemas() -> SchemaSet:
    """Parse every schema file once and return the set (cached for the process)."""
    named: dict[str, Any] = {}
    defs: dict[str, Any] = {}
    current: dict[str, SchemaVersion] = {}
    for name in SCHEMA_FILES:
        current[name] = _load(SCHEMA_DIR / f"{NAMESPACE}.{name}.avsc", named, defs)
    by_fp = {v.fingerprint: v for v in current.values()}
    history: dict[str, list[SchemaVersion]] = {name: [] for name in SCHEMA_FILES}
    def version_of(path: Path) -> tuple[str, int]:
        stem, _, number = path.name.removesuffix(".avsc").rpartition(".v")
        return stem, int(number) if number.isdigit() else 0

    for path in sorted(HISTORY_DIR.glob("*.avsc"), key=version_of):
        # History files (<Name>.v<N>.avsc) are self-contained, every named type
        # inlined, so each parses alone and old types never clash with new ones.
        version = _load(path, {}, {})
        history[version.name].append(version)
        by_fp.setdefault(version.fingerprint, version)
    return SchemaSet(
        current=current,
        by_fingerprint=by_fp,
        history={k: tuple(v) for k, v in history.items()},
    )


def schema(name: str) -> SchemaVersion:
    """Return the current version of schema ``name`` (e.g. ``"RawMessage"``)."""
    return schemas().current[name]


def encode_body(name: str, record: Mapping[str, Any]) -> bytes:
    """Encode ``record`` with the current schema ``name``, without framing."""
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, schema(name).parsed, record)
    return buf.getvalue()


def encode(name: str, record: Mapping[str, Any], registry_id: int | None = None) -> bytes:
    """Encode and frame a record.

    Args:
        name: Schema name, e.g. ``"EnrichedMessage"``.
        record: The record as a dict matching the schema.
        registry_id: Schema id from a schema registry; when given the Confluent
            wire format is used, otherwise Avro single-object encoding.

    Returns:
        The framed bytes.
    """
    body = encode_body(name, record)
    if registry_id is not None:
        return CONFLUENT_MAGIC + struct.pack(">I", registry_id) + body
    return SINGLE_OBJECT_MAGIC + schema(name).fingerprint + body


#: Looks up the writer schema of a Confluent-framed value by registry id.
RegistryLookup = Callable[[int], Any]


def decode(
    name: str, data: bytes, registry_lookup: RegistryLookup | None = None
) -> Record:
    """Decode a framed value into a record of the current schema ``name``.

    Args:
        name: Expected schema name.
        data: Framed bytes (single-object or Confluent wire format).
        registry_lookup: Resolves Confluent schema ids to parsed writer schemas.

    Returns:
        The record as a dict.

    Raises:
        DecodeError: On empty input, unknown framing, an unknown fingerprint or
            schema id, a schema of another record type, or corrupt bytes.
    """
    if not data:
        raise DecodeError("empty_record", "record value is empty")
    reader = schema(name)
    if data[:2] == SINGLE_OBJECT_MAGIC:
        if len(data) < 10:
            raise DecodeError("undecodable", "single-object header is truncated")
        writer = schemas().by_fingerprint.get(data[2:10])
        if writer is None:
            raise DecodeError(
                "unknown_schema",
                f"unknown writer schema fingerprint {data[2:10].hex()}",
            )
        if writer.name != reader.name:
            raise DecodeError(
                "wrong_schema", f"value was written as {writer.name}, expected {name}"
            )
        writer_schema = writer.parsed
        body = data[10:]
    elif data[:1] == CONFLUENT_MAGIC and len(data) >= 5:
        if registry_lookup is None:
            raise DecodeError(
                "unknown_schema",
                "Confluent-framed value but no schema registry is configured",
            )
        schema_id = struct.unpack(">I", data[1:5])[0]
        try:
            writer_schema = registry_lookup(schema_id)
        except Exception as exc:  # registry down or id unknown: the record is kept
            raise DecodeError("unknown_schema", f"schema id {schema_id}: {exc}") from exc
        body = data[5:]
    else:
        raise DecodeError("undecodable", "value is neither Avro single-object nor Confluent framed")
    try:
        buf = io.BytesIO(body)
        # Schema resolution costs more than the decoding itself: only when the writer differs.
        record = fastavro.schemaless_reader(
            buf, writer_schema, None if writer_schema is reader.parsed else reader.parsed)
        if buf.tell() != len(body):
            raise DecodeError(
                "undecodable", f"{len(body) - buf.tell()} trailing bytes after the record"
            )
    except DecodeError:
        raise
    except Exception as exc:  # fastavro raises many types on corrupt input
        raise DecodeError("undecodable", f"corrupt Avro body: {type(exc).__name__}: {exc}") from exc
    if not isinstance(record, dict):
        raise DecodeError("undecodable", "Avro body is not a record")
    return record


def validate(name: str, record: Mapping[str, Any]) -> None:
    """Raise :class:`DecodeError` (``schema_invalid``) if ``record`` does not fit ``name``."""
    try:
        fastavro.validation.validate(record, schema(name).parsed, raise_errors=True)
    except fastavro.validation.ValidationError as exc:
        raise DecodeError("schema_invalid", f"record does not match {name}: {exc}") from exc


def expanded_json(version: SchemaVersion) -> str:
    """The schema with every named type inlined, as JSON (for other Avro tools)."""
    return json.dumps(version.expanded, ensure_ascii=False)
