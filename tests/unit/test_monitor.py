"""Consumer lag from Kafka offsets (pure part of pipeline.monitor)."""

from __future__ import annotations

from kafka import TopicPartition

from pipeline.kafka_io import lag

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
