"""Repeat contacts: three complaints in a day escalate once, with the linked message ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.repeat_contacts import Policy, observe

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
POLICY = Policy()


def run(events: list[tuple[float, str, str]], policy: Policy = POLICY) -> list[tuple[str, list[str]]]:
    state, fired = None, []
    for hours, msg_id, category in events:
        state, linked = observe(state, msg_id, category, T0 + timedelta(hours=hours), policy)
        if linked:
            fired.append((msg_id, linked))
    return fired


def test_three_complaints_in_a_day_escalate_once_with_their_ids():
    fired = run([(0, "a", "complaint"), (3, "b", "question"), (5, "c", "bug_report"),
                 (6, "d", "complaint")])
    assert fired == [("c", ["a", "b", "c"])]


def test_praise_and_other_kinds_do_not_count():
    assert run([(0, "a", "complaint"), (1, "b", "praise"), (2, "c", "opt_out"), (3, "d", "other")]) == []


def test_contacts_spread_over_more_than_the_window_do_not_escalate():
    assert run([(0, "a", "complaint"), (20, "b", "complaint"), (30, "c", "complaint")]) == []


def test_a_replayed_message_is_not_counted_twice():
    assert run([(0, "a", "complaint"), (1, "a", "complaint"), (2, "b", "complaint")]) == []


def test_a_new_run_escalates_again_once_the_window_has_moved_on():
    fired = run([(0, "a", "complaint"), (1, "b", "complaint"), (2, "c", "complaint"),
                 (10, "d", "complaint"), (20, "e", "complaint"), (27, "f", "complaint")])
    assert fired == [("c", ["a", "b", "c"]), ("f", ["d", "e", "f"])]


def test_the_policy_is_configurable_and_checked():
    assert run([(0, "a", "complaint"), (0.5, "b", "complaint")], Policy(2, timedelta(hours=1))) \
        == [("b", ["a", "b"])]
    with pytest.raises(ValueError):
        Policy(1)
    with pytest.raises(ValueError):
        Policy(3, timedelta(0))
