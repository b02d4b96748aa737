"""Merging opt-out/opt-in changes into a sender's suppression state, per scope."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline import suppression

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
ADDRESS = "+989121112233"


def change(action: str, scope: str = "all", minutes: int = 0, source: str | None = None, **extra) -> dict:
    return {"action": action, "scope": scope, "address": ADDRESS, "tenant": None,
            "occurred_at": T0 + timedelta(minutes=minutes), "source_message_id": source or f"m{minutes}",
            "tier": "keyword", "evidence": [], "requested_by": "customer", **extra}


def test_an_opt_out_suppresses_and_an_opt_in_lifts_it():
    state = suppression.apply(None, change("opt_out"))
    assert suppression.suppressed_scopes(state) == ["all"]
    assert suppression.summary(ADDRESS, state) == {
        "address": ADDRESS, "suppressed": True, "scopes": ["all"], "since": T0.isoformat(),
        "source_message_id": "m0"}
    state = suppression.apply(state, change("opt_in", minutes=5))
    assert suppression.summary(ADDRESS, state)["suppressed"] is False
    assert state["scopes"]["all"]["source_message_id"] == "m5"  # the lift keeps its own audit


def test_a_later_scope_never_loses_an_earlier_one():
    state = suppression.apply(None, change("opt_out", "surveys"))
    state = suppression.apply(state, change("opt_out", "marketing", minutes=1))
    assert suppression.suppressed_scopes(state) == ["marketing", "surveys"]
    assert suppression.summary(ADDRESS, state)["since"] == T0.isoformat()


def test_a_marketing_only_opt_out_still_lets_service_replies_through():
    state = suppression.apply(None, change("opt_out", "marketing"))
    assert suppression.blocks(state, "marketing")
    assert not suppression.blocks(state, "surveys")
    assert not suppression.blocks(state, "service")
    everything = suppression.apply(None, change("opt_out", "all"))
    assert all(suppression.blocks(everything, k) for k in ("marketing", "surveys", "service"))


def test_repeating_an_opt_out_keeps_when_it_began():
    state = suppression.apply(None, change("opt_out"))
    state = suppression.apply(state, change("opt_out", minutes=30))
    assert state["scopes"]["all"]["since"] == T0
    assert state["scopes"]["all"]["changed_at"] == T0 + timedelta(minutes=30)


def test_a_late_or_replayed_change_never_undoes_a_newer_one():
    state = suppression.apply(None, change("opt_out", minutes=10))
    late_opt_in = change("opt_in", minutes=5)
    assert suppression.apply(state, late_opt_in) == state
    again = suppression.apply(state, change("opt_out", minutes=10))
    assert again == state  # the same change twice: the same state


def test_lifting_one_scope_out_of_everything_keeps_the_others():
    state = suppression.apply(None, change("opt_out", "all"))
    state = suppression.apply(state, change("opt_in", "marketing", minutes=1))
    assert suppression.suppressed_scopes(state) == ["surveys"]
    assert state["scopes"]["surveys"]["since"] == T0
    assert not suppression.blocks(state, "marketing")


def test_unknown_actions_and_scopes_are_refused():
    with pytest.raises(ValueError, match="action"):
        suppression.apply(None, change("pause"))
    with pytest.raises(ValueError, match="scope"):
        suppression.apply(None, change("opt_out", "sms"))


def test_nothing_known_is_not_suppressed():
    assert suppression.summary(ADDRESS, None) == {"address": ADDRESS, "suppressed": False, "scopes": [],
                                                  "since": None, "source_message_id": None}


def test_states_round_trip_through_their_avro_record():
    from pipeline import schemas

    last = {**change("opt_out", "marketing", minutes=1), "event_id": "e1", "language": "fa", "channel": "sms",
            "receiving_line": None, "customer_id": None, "emitted_at": T0}
    state = suppression.apply(suppression.apply(None, change("opt_out", "surveys")), last)
    record = suppression.to_record(state, last)
    assert record["suppressed"] is True and [e["scope"] for e in record["scopes"]] == ["marketing", "surveys"]
    decoded = schemas.decode("SuppressionState", schemas.encode("SuppressionState", record))
    assert suppression.from_record(decoded) == state
    assert suppression.from_record(None) is None
