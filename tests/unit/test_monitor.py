"""Consumer lag from Kafka offsets, stuck partitions and the commit guard (pure parts of pipeline.monitor)."""

from __future__ import annotations

from kafka import TopicPartition

from pipeline import commit_guard
from pipeline.commit_guard import hole_before
from pipeline.kafka_io import lag, stuck_partitions

A, B, C = (TopicPartition("seda.messages.raw", p) for p in range(3))


def test_lag_is_end_minus_committed():
    assert lag({A: 100, B: 50}, {A: 90, B: 50}, {A: 0, B: 0}) == {A: 10, B: 0}


def test_a_partition_never_committed_counts_from_its_earliest_offset():
    assert lag({A: 100, C: 7}, {}, {A: 40, C: 0}) == {A: 60, C: 7}
    assert lag({A: 100}, {A: -1}, {A: 40}) == {A: 60}


def test_a_commit_older_than_retention_counts_from_the_earliest_offset():
    assert lag({A: 100}, {A: 10}, {A: 40}) == {A: 60}


def test_lag_is_never_negative():
    # The end offset is read before the committed one; a commit can overtake it in between.
    assert lag({A: 100}, {A: 105}, {A: 0}) == {A: 0}


def test_a_partition_is_stuck_when_its_commit_stands_still_with_records_behind():
    previous = {A: 90, B: 50, C: 7}
    lags = {A: 10, B: 5, C: 0}
    committed = {A: 90, B: 55, C: 7}
    # A: same commit, records waiting -> stuck. B: commit moved. C: nothing waiting.
    assert stuck_partitions(lags, committed, previous) == [(A, 90)]
    # Never committed (new group) or first look: not judged yet.
    assert stuck_partitions({A: 10}, {A: None}, {A: None}) == []
    assert stuck_partitions({A: 10}, {A: 90}, {}) == []


def test_the_commit_guard_sees_a_hole_of_one_record():
    # Kafka's committed offset is the next record to read: 4248 was never acknowledged.
    assert hole_before([4249], 4248, known_gaps=False)
    assert not hole_before([4248, 4249], 4248, known_gaps=False)
    assert not hole_before([4249], 4248, known_gaps=True)  # Faust fills known log gaps itself
    assert not hole_before([], 4248, known_gaps=False)
    assert not hole_before([3], None, known_gaps=False)
    assert hole_before([1], 0, known_gaps=False)  # offset 0 is a real offset, not "none"


class _FakeConsumer:
    """The three attributes of Faust's consumer the guard reads."""

    def __init__(self, acked, committed, gaps=False):
        self._acked = {A: list(acked)}
        self._committed_offset = {A: committed}
        self._gap = {A: [1] if gaps else []}


def test_the_guard_holds_the_commit_at_a_hole_and_otherwise_defers_to_faust():
    calls = []

    def faust_new_offset(consumer, tp):
        calls.append(tp)
        return max(consumer._acked[tp]) + 1

    guarded = commit_guard.guarded(faust_new_offset, compacted=["seda.optouts"])
    assert guarded(_FakeConsumer([4249], 4248), A) is None and calls == []
    assert guarded(_FakeConsumer([4248, 4249], 4248), A) == 4250 and calls == [A]
    compacted = TopicPartition("seda.optouts", 0)
    consumer = _FakeConsumer([], None)
    consumer._acked, consumer._committed_offset = {compacted: [9]}, {compacted: 7}
    consumer._gap = {compacted: []}
    assert guarded(consumer, compacted) == 10  # compaction skips offsets: Faust decides
