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


def _after(*changes: dict) -> dict | None:
    state = None
    for c in changes:
        state = suppression.apply(state, c)
    return state


@pytest.mark.parametrize("before,request_,expected", [
    ([], change("opt_out", "all", 1), "optout_confirmation"),
    ([], change("opt_out", "marketing", 1), "optout_confirmation"),
    ([change("opt_out", "marketing")], change("opt_out", "all", 1), "optout_confirmation"),
    ([change("opt_out", "all")], change("opt_out", "all", 1), None),  # a second STOP: no message
    ([change("opt_out", "all")], change("opt_out", "surveys", 1), None),  # already blocked by all
    ([change("opt_out", "all", 5)], change("opt_out", "all", 1), None),  # late, changes nothing
    ([change("opt_out", "all")], change("opt_in", "all", 1), "optin_confirmation"),
    ([change("opt_out", "all")], change("opt_in", "marketing", 1), "optin_confirmation"),
    ([change("opt_out", "surveys")], change("opt_in", "marketing", 1), None),  # nothing to lift
    ([], change("opt_in", "all", 1), None),
])
def test_only_a_change_of_what_may_be_sent_is_confirmed(before, request_, expected):
    previous = _after(*before)
    new = suppression.apply(previous, request_)
    assert suppression.confirmation_kind(previous, new, request_) == expected


def test_operator_changes_are_audited_and_validated():
    c = suppression.operator_change(ADDRESS, "opt_out", by=" anna ", at=T0, scope="surveys",
                                    note="CRM export")
    assert (c["requested_by"], c["tier"], c["note"], c["scope"]) == (
        "operator:anna", "operator", "CRM export", "surveys")
    assert c["event_id"] == c["source_message_id"] and c["event_id"].startswith("op-")
    assert c == suppression.operator_change(ADDRESS, "opt_out", by=" anna ", at=T0, scope="surveys",
                                            note="CRM export")
    from pipeline import schemas

    schemas.validate("OptOutEvent", c)
    for bad in ({"by": ""}, {"scope": "sms"}, {"address": ""}):
        kwargs = {"address": ADDRESS, "by": "anna", "scope": "all", **bad}
        with pytest.raises(ValueError):
            suppression.operator_change(kwargs.pop("address"), "opt_out", at=T0, **kwargs)


def test_a_blacklist_csv_becomes_requests_or_named_errors():
    rows = [
        {"address": "0098 912 111 2233", "scope": "", "tenant": "", "since": "2025-01-02T03:04:05+00:00",
         "note": "old list"},
        {"address": "Ali@Example.COM", "scope": "marketing", "tenant": "shop1", "since": "", "note": ""},
    ]
    changes, errors = suppression.parse_import(rows, str.lower, by="anna", at=T0, tenant="bank")
    assert errors == []
    assert [(c["address"], c["scope"], c["tenant"], c["occurred_at"], c["note"]) for c in changes] == [
        ("0098 912 111 2233", "all", "bank", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "old list"),
        ("ali@example.com", "marketing", "shop1", T0, None)]
    bad = [{"address": "", "scope": "all"}, {"address": "x", "scope": "sms"},
           {"address": "x", "since": "2025-01-02"}, {"address": "x", "colour": "red"}]
    changes, errors = suppression.parse_import(bad, str.lower, by="anna", at=T0)
    assert changes == [] and [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 5"]


def test_export_rows_name_the_earliest_suppressed_scope():
    from pipeline import process

    state = _after(change("opt_out", "surveys", 0), change("opt_out", "marketing", 3))
    last = {**change("opt_out", "marketing", 3), "event_id": "e3", "language": "fa", "channel": "sms",
            "receiving_line": None, "customer_id": None, "emitted_at": T0, "note": None}
    row = suppression.export_row(suppression.to_record(state, last))
    assert row == {"address": ADDRESS, "tenant": "", "scopes": "marketing surveys", "since": T0.isoformat(),
                   "source_message_id": "m0", "requested_by": "customer", "tier": "keyword"}
    [doc, audit] = process.suppression_actions([suppression.to_record(state, last)], "p-", T0)
    assert (doc.index, doc.doc_id, audit.index, audit.doc_id) == ("p-suppression", ADDRESS,
                                                                 "p-suppression-audit", "e3")
    assert doc.document["scopes"] == ["marketing", "surveys"] and doc.document["source_message_id"] == "m0"
    assert (audit.document["action"], audit.document["scope"], audit.document["scopes_after"]) == (
        "opt_out", "marketing", ["marketing", "surveys"])
