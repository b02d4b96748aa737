"""Never commit past a record that was not processed: a guard around Faust's commit offset choice.

Faust commits, per partition, the end of the first run of consecutive acknowledged offsets.
Its check for a hole before that run compares with the committed offset as if it were the last
processed record, but Faust stores Kafka's meaning — the next record to read — so a hole of
exactly one record (the committed offset itself) passes unnoticed. Seen on this machine: a
worker that started while records arrived (during its table recovery) never delivered one record
to its agent, and committed past it once the next record was processed; the record was lost.
With this guard the partition's commit stays at the hole instead (visible as consumer lag), and
:mod:`pipeline.monitor` flags the partition (``seda_partition_stuck``); a worker restart reads the
record again. Compacted topics (``seda.optouts``), whose offsets skip by design, are left to Faust.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from typing import Any

log = logging.getLogger(__name__)


def hole_before(acked: Sequence[int], committed: int | None, known_gaps: bool) -> bool:
    """Whether the lowest acknowledged offset lies beyond the next offset to commit (a skipped record).

    ``committed`` is Kafka's committed offset (the next record to read). Known log gaps
    (compaction, transaction markers), which Faust fills itself, disable the check.
    """
    return bool(acked) and committed is not None and not known_gaps and min(acked) > committed


def guarded(original: Callable[[Any, Any], int | None],
            compacted: Collection[str] = ()) -> Callable[[Any, Any], int | None]:
    """Faust's ``Consumer._new_offset`` wrapped with the guard; ``compacted`` topics are left to Faust.

    :mod:`pipeline.app` installs it on Faust's consumer class before any consumer exists.
    """
    skip = frozenset(compacted)

    def _new_offset(self: Any, tp: Any) -> int | None:
        if tp.topic not in skip and hole_before(self._acked[tp], self._committed_offset[tp],
                                                bool(self._gap[tp])):
            log.warning("not committing %s: offset %s was never processed (acked from %s)",
                        tp, self._committed_offset[tp], min(self._acked[tp]))
            return None
        return original(self, tp)

    _new_offset.seda_guard = True  # type: ignore[attr-defined]
    return _new_offset
