"""Typed settings for every Seda component, read from ``SEDA_*`` environment variables.

Every field of :class:`Settings` maps to ``SEDA_<FIELD>`` (upper case). Values are
parsed by the field's type and checked as a whole; a bad value stops the program
at start-up with an error that names the variable (:class:`ConfigError`), rather
than failing later inside a running worker.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ENV_PREFIX = "SEDA_"
_TOPIC_CHARS = re.compile(r"^[A-Za-z0-9._-]*$")
_INDEX_CHARS = re.compile(r"^[a-z0-9._-]*$")
#: Reply templates shipped with Seda (operators point SEDA_REPLY_TEMPLATES at their own copy).
DEFAULT_REPLY_TEMPLATES = Path(__file__).resolve().parent.parent / "deploy" / "replies" / "templates.json"
#: Category -> team mapping shipped with Seda (SEDA_ROUTING_FILE points at the operator's own).
DEFAULT_ROUTING_FILE = Path(__file__).resolve().parent.parent / "deploy" / "replies" / "routing.json"
#: SLA deadlines and business hours shipped with Seda (SEDA_SLA_FILE points at the operator's own).
DEFAULT_SLA_FILE = Path(__file__).resolve().parent.parent / "deploy" / "sla" / "policy.json"


class ConfigError(ValueError):
    """A setting is missing, malformed or inconsistent."""


def _default_state_dir() -> Path:
    # Elasticsearch runs as an unprivileged user that must traverse every parent
    # of its home; a clone made with mktemp -d (mode 700) would not do, so root
    # keeps state under /var/lib and other users under their XDG state home.
    if os.geteuid() == 0:
        return Path("/var/lib/seda")
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "seda"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seda"


@dataclass(frozen=True)
class Settings:
    """All settings. Field ``x`` is read from ``SEDA_X``; see ``docs/configuration.md``."""

    # --- Kafka -----------------------------------------------------------
    kafka_host: str = "127.0.0.1"
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    kafka_bootstrap: str = ""  # empty: kafka_host:kafka_port
    topic_prefix: str = ""
    topic_raw: str = "seda.messages.raw"
    topic_enriched: str = "seda.messages.enriched"
    topic_optout_requests: str = "seda.optout.requests"
    topic_optouts: str = "seda.optouts"
    topic_optout_review: str = "seda.optout.review"
    topic_escalations: str = "seda.escalations"
    topic_replies: str = "seda.replies"
    topic_reply_candidates: str = "seda.reply.candidates"
    topic_responses: str = "seda.responses"
    topic_corrections: str = "seda.corrections"
    topic_survey_answers: str = "seda.survey.answers"
    topic_sla: str = "seda.sla"
    topic_deadletter: str = "seda.deadletter"
    partitions: int = 4
    replication_factor: int = 1
    group_id: str = "seda"
    schema_registry_url: str = ""

    # --- Elasticsearch ---------------------------------------------------
    es_host: str = "127.0.0.1"
    es_port: int = 9200
    es_transport_port: int = 9300
    es_url: str = ""  # empty: http://es_host:es_port
    index_prefix: str = "seda-"
    index_shards: int = 1
    index_replicas: int = 0
    index_period: str = "month"
    es_backoff_initial_s: float = 0.2
    es_backoff_max_s: float = 30.0
    es_request_timeout_s: float = 30.0

    # --- Messages --------------------------------------------------------
    default_calling_code: str = ""

    # --- Customer state and replies ----------------------------------------
    table_store: str = "rocksdb://"
    reply_templates: Path = field(default_factory=lambda: DEFAULT_REPLY_TEMPLATES)
    routing_file: Path = field(default_factory=lambda: DEFAULT_ROUTING_FILE)
    optout_confirmations: bool = True
    acknowledgements: bool = True
    reply_interval_s: float = 86400.0
    time_zone: str = "Asia/Tehran"
    duplicate_window_s: float = 300.0
    multipart_wait_s: float = 600.0
    repeat_contact_count: int = 3
    repeat_contact_window_h: float = 24.0
    sla_file: Path = field(default_factory=lambda: DEFAULT_SLA_FILE)
    sla_check_interval_s: float = 30.0
    review_group: str = "seda-review"

    # --- Prometheus and the optional local schema registry ----------------
    prometheus_port: int = 9090
    registry_port: int = 8081

    # --- Worker ----------------------------------------------------------
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    worker_index: int = 0
    enrich_batch_size: int = 500
    enrich_batch_within_s: float = 0.05
    index_batch_size: int = 1000
    index_batch_within_s: float = 0.25
    max_text_chars: int = 10_000
    max_record_bytes: int = 4 * 1024 * 1024
    log_level: str = "info"
    monitor_interval_s: float = 15.0

    # --- Training and evaluation ------------------------------------------
    shared_data_dir: Path = field(
        default_factory=lambda: Path(__file__).resolve().parents[2] / "shared" / "data")

    # --- Local stack -----------------------------------------------------
    state_dir: Path = field(default_factory=_default_state_dir)
    cache_dir: Path = field(default_factory=_default_cache_dir)
    kafka_heap: str = "512m"
    es_heap: str = "512m"
    es_user: str = "seda"
    min_free_disk_gb: float = 2.0
    start_timeout_s: float = 120.0

    # ------------------------------------------------------------------
    @property
    def bootstrap_servers(self) -> str:
        """Kafka bootstrap servers (``host:port[,host:port]``)."""
        return self.kafka_bootstrap or f"{self.kafka_host}:{self.kafka_port}"

    @property
    def elasticsearch_url(self) -> str:
        """Base URL of Elasticsearch."""
        return self.es_url or f"http://{self.es_host}:{self.es_port}"

    @property
    def worker_port(self) -> int:
        """Web (``/metrics``) port of this worker: ``web_port + worker_index``."""
        return self.web_port + self.worker_index

    def topic(self, name: str) -> str:
        """Full topic name for a logical topic (``raw``, ``enriched``, ...), prefix included."""
        base = getattr(self, f"topic_{name}")
        return f"{self.topic_prefix}{base}"

    @property
    def topic_names(self) -> dict[str, str]:
        """Every logical topic name mapped to its full name."""
        return {n: self.topic(n) for n in TOPICS}

    @property
    def consumer_group(self) -> str:
        """Consumer group (and Faust app id) of the workers."""
        return self.group_id

    @property
    def messages_alias(self) -> str:
        """Alias over the date-named message indices."""
        return f"{self.index_prefix}messages"

    @property
    def suppression_index(self) -> str:
        """Elasticsearch index mirroring the suppression list (one document per address)."""
        return f"{self.index_prefix}suppression"

    @property
    def scores_index(self) -> str:
        """Elasticsearch index of the NPS/CSAT windows (one document per window)."""
        return f"{self.index_prefix}scores"

    @property
    def suppression_audit_index(self) -> str:
        """Elasticsearch index of every change to the suppression list (the audit trail)."""
        return f"{self.index_prefix}suppression-audit"

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with some fields changed (validated again)."""
        new = dataclasses.replace(self, **changes)
        new.validate()
        return new

    def validate(self) -> None:
        """Check the settings as a whole.

        Raises:
            ConfigError: naming the offending ``SEDA_*`` variable.
        """
        errors: list[str] = []
        for name in ("kafka_port", "kafka_controller_port", "es_port", "es_transport_port",
                     "prometheus_port", "registry_port", "web_port"):
            value = getattr(self, name)
            if not 1 <= value <= 65535:
                errors.append(f"{_env(name)}={value}: not a TCP port (1-65535)")
        for name in ("partitions", "replication_factor", "enrich_batch_size", "index_batch_size",
                     "max_text_chars", "index_shards"):
            if getattr(self, name) < 1:
                errors.append(f"{_env(name)}={getattr(self, name)}: must be >= 1")
        if self.repeat_contact_count < 2:
            errors.append(f"SEDA_REPEAT_CONTACT_COUNT={self.repeat_contact_count}: must be >= 2")
        for name in ("duplicate_window_s", "multipart_wait_s", "repeat_contact_window_h", "reply_interval_s",
                     "sla_check_interval_s", "monitor_interval_s",
                     "enrich_batch_within_s", "index_batch_within_s", "es_backoff_initial_s",
                     "es_backoff_max_s", "es_request_timeout_s", "start_timeout_s"):
            if getattr(self, name) <= 0:
                errors.append(f"{_env(name)}={getattr(self, name)}: must be > 0")
        if self.es_backoff_max_s < self.es_backoff_initial_s:
            errors.append("SEDA_ES_BACKOFF_MAX_S must be >= SEDA_ES_BACKOFF_INITIAL_S")
        if self.worker_index < 0 or self.worker_port > 65535:
            errors.append(f"SEDA_WORKER_INDEX={self.worker_index}: gives web port {self.worker_port}")
        if self.index_replicas < 0:
            errors.append("SEDA_INDEX_REPLICAS must be >= 0")
        for name in ("topic_prefix", "group_id", *(f"topic_{t}" for t in TOPICS)):
            value = getattr(self, name)
            if not _TOPIC_CHARS.match(value):
                errors.append(f"{_env(name)}={value!r}: only letters, digits, '.', '_' and '-'")
        for name in ("group_id", "review_group", *(f"topic_{t}" for t in TOPICS)):
            if not getattr(self, name):
                errors.append(f"{_env(name)} must not be empty")
        if not _INDEX_CHARS.match(self.index_prefix):
            errors.append(
                f"SEDA_INDEX_PREFIX={self.index_prefix!r}: Elasticsearch index names are "
                "lower-case letters, digits, '.', '_' and '-'"
            )
        if self.index_period not in {"day", "month"}:
            errors.append(f"SEDA_INDEX_PERIOD={self.index_period!r}: day or month")
        if self.default_calling_code and not self.default_calling_code.isdigit():
            errors.append("SEDA_DEFAULT_CALLING_CODE must be digits only, e.g. 98")
        if self.log_level.lower() not in {"debug", "info", "warning", "error", "critical"}:
            errors.append(f"SEDA_LOG_LEVEL={self.log_level!r}: one of debug, info, warning, error")
        for name in ("kafka_heap", "es_heap"):
            if not re.match(r"^\d+[mg]$", getattr(self, name)):
                errors.append(f"{_env(name)}={getattr(self, name)!r}: a JVM size such as 512m or 1g")
        for name in ("reply_templates", "routing_file", "sla_file"):
            if not getattr(self, name).is_file():
                errors.append(f"{_env(name)}={str(getattr(self, name))!r}: no such file")
        try:
            ZoneInfo(self.time_zone)
        except (ValueError, ZoneInfoNotFoundError):
            errors.append(f"SEDA_TIME_ZONE={self.time_zone!r}: not an IANA time zone (e.g. Asia/Tehran)")
        if self.table_store not in {"rocksdb://", "memory://"}:
            errors.append(f"SEDA_TABLE_STORE={self.table_store!r}: rocksdb:// (on disk) or memory://")
        if self.schema_registry_url and not self.schema_registry_url.startswith(("http://", "https://")):
            errors.append("SEDA_SCHEMA_REGISTRY_URL must start with http:// or https://")
        if errors:
            raise ConfigError("invalid settings:\n  " + "\n  ".join(errors))


TOPICS = ("raw", "enriched", "optout_requests", "optouts", "optout_review", "escalations",
          "reply_candidates", "replies", "responses", "corrections", "survey_answers", "sla",
          "deadletter")


def _env(name: str) -> str:
    return f"{ENV_PREFIX}{name.upper()}"


def _parse(name: str, hint: Any, raw: str) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    try:
        if hint is bool:
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError("expected true/false")
        if hint is int:
            return int(raw.replace("_", ""))
        if hint is float:
            return float(raw)
        if hint is Path:
            return Path(raw).expanduser()
        return raw
    except ValueError as exc:
        raise ConfigError(f"{_env(name)}={raw!r}: {exc}") from exc


def from_env(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build validated settings from ``SEDA_*`` variables (and explicit overrides).

    Args:
        env: Environment to read (defaults to ``os.environ``).
        **overrides: Field values that win over the environment.

    Returns:
        The settings.

    Raises:
        ConfigError: A variable is unknown, unparsable or out of range.
    """
    env = os.environ if env is None else env
    hints = typing.get_type_hints(Settings)
    names = {f.name for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    unknown = []
    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX):
            continue
        name = key[len(ENV_PREFIX):].lower()
        if name not in names:
            if name not in _NON_SETTINGS:
                unknown.append(key)
            continue
        values[name] = _parse(name, hints[name], raw)
    if unknown:
        raise ConfigError(
            "unknown setting(s): " + ", ".join(sorted(unknown))
            + " (see docs/configuration.md for the list)"
        )
    values.update(overrides)
    settings = Settings(**values)
    settings.validate()
    return settings


# SEDA_* variables that are not settings (used by the test harness and Makefile).
_NON_SETTINGS = {"test_keep", "test_run", "venv"}


@cache
def get() -> Settings:
    """Settings of this process, read once from the environment."""
    return from_env()


def describe() -> list[tuple[str, str, str]]:
    """Every setting as ``(variable, type, default)``, for documentation and ``--help``."""
    hints = typing.get_type_hints(Settings)
    rows = []
    for f in dataclasses.fields(Settings):
        default = repr(f.default) if f.default is not dataclasses.MISSING else "(computed)"
        hint = hints[f.name]
        rows.append((_env(f.name), getattr(hint, "__name__", str(hint)), default))
    return rows
