"""Schema evolution guard: every current schema must read data written by every kept version.

``schemas/history/<Name>.v<N>.avsc`` holds each released version, self-contained
(named types inlined). A change to a schema is accepted only when the new
version, as reader, is compatible with every kept version as writer (Avro schema
resolution, checked with the ``avro`` library), and only once the new version
is kept too (``seda schemas snapshot``), so the next change is checked against it.
"""

from __future__ import annotations

import json
from pathlib import Path

import avro.schema
from avro.compatibility import ReaderWriterCompatibilityChecker, SchemaCompatibilityType

from pipeline import schemas


def compatibility(reader_json: str, writer_json: str) -> tuple[bool, str]:
    """Whether a reader schema can read data of a writer schema, and why not."""
    reader = avro.schema.parse(reader_json)
    writer = avro.schema.parse(writer_json)
    result = ReaderWriterCompatibilityChecker().get_compatibility(reader, writer)
    ok = result.compatibility is SchemaCompatibilityType.compatible
    detail = "; ".join(sorted(str(m) for m in result.messages)) if not ok else ""
    if not ok and result.locations:
        detail += f" (at {', '.join(sorted(str(loc) for loc in result.locations))})"
    return ok, detail


def check_all() -> list[str]:
    """Problems with the schema set; empty when every change is compatible and kept."""
    problems = []
    loaded = schemas.schemas()
    for name, current in loaded.current.items():
        kept = loaded.history.get(name, ())
        if not kept:
            problems.append(f"{name}: no version kept in schemas/history (run `seda schemas snapshot`)")
            continue
        reader = schemas.expanded_json(current)
        for old in kept:
            ok, detail = compatibility(reader, schemas.expanded_json(old))
            if not ok:
                problems.append(f"{name}: cannot read data written with {old.source.name}: {detail}")
        if kept[-1].fingerprint != current.fingerprint:
            problems.append(f"{name}: changed since {kept[-1].source.name}; once compatible, keep it "
                            "with `seda schemas snapshot`")
    return problems


def _version_number(path: Path) -> int:
    return int(path.name.split(".v")[-1].split(".")[0])


def snapshot(name: str | None = None) -> list[Path]:
    """Keep the current version of ``name`` (or of every changed schema) in history."""
    loaded = schemas.schemas()
    written = []
    for schema_name, current in loaded.current.items():
        if name and schema_name != name:
            continue
        kept = loaded.history.get(schema_name, ())
        if kept and kept[-1].fingerprint == current.fingerprint:
            continue
        number = max((_version_number(v.source) for v in kept), default=0) + 1
        path = schemas.HISTORY_DIR / f"{schema_name}.v{number}.avsc"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(json.loads(schemas.expanded_json(current)), indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    schemas.schemas.cache_clear()
    return written
