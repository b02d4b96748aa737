"""Minimal client of a Confluent-compatible schema registry (Confluent, Karapace, Apicurio).

Used only when ``SEDA_SCHEMA_REGISTRY_URL`` is set: values are then written in the
Confluent wire format with the id the registry assigns to the schema under the
subject ``<topic>-value`` (TopicNameStrategy), and Confluent-framed values are
read by fetching the writer schema by id. Both directions are cached, so the
registry is asked once per schema.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from functools import cache
from typing import Any

from fastavro.schema import parse_schema

from pipeline import schemas
from pipeline.settings import Settings

_CONTENT_TYPE = "application/vnd.schemaregistry.v1+json"


class SchemaRegistry:
    """Registers Seda's schemas and resolves ids, with caching."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        """Client for the registry at ``url``."""
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._ids: dict[tuple[str, str], int] = {}
        self._schemas: dict[int, Any] = {}
        self._lock = threading.Lock()

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method,  # noqa: S310
                                     headers={"Content-Type": _CONTENT_TYPE, "Accept": _CONTENT_TYPE})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
            return json.loads(resp.read())

    def schema_id(self, topic: str, schema_name: str) -> int:
        """Register (idempotently) the current ``schema_name`` for ``topic`` and return its id."""
        key = (topic, schema_name)
        with self._lock:
            if key not in self._ids:
                body = {"schema": schemas.expanded_json(schemas.schema(schema_name))}
                self._ids[key] = int(self._request("POST", f"/subjects/{topic}-value/versions", body)["id"])
            return self._ids[key]

    def lookup(self, schema_id: int) -> Any:
        """The parsed writer schema with registry id ``schema_id``."""
        with self._lock:
            if schema_id not in self._schemas:
                raw = self._request("GET", f"/schemas/ids/{schema_id}")["schema"]
                self._schemas[schema_id] = parse_schema(json.loads(raw), named_schemas={})
            return self._schemas[schema_id]


@cache
def _client(url: str) -> SchemaRegistry:
    return SchemaRegistry(url)


def registry_for(settings: Settings) -> SchemaRegistry | None:
    """The configured registry client (one per URL), or None when none is configured."""
    return _client(settings.schema_registry_url) if settings.schema_registry_url else None
