"""Multipart SMS reassembly and duplicate deliveries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline import hygiene

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
SENDER = "+989121112233"


def sms(msg_id: str, text: str, **meta: str) -> dict:
    return {"id": msg_id, "sender": SENDER, "text": text, "channel": "sms", "metadata": meta}


def parts(ref: str = "7", total: int = 3) -> list[dict]:
    texts = ["سلام، سفارش ۱۲۳۴ هنوز ", "نرسیده و پشتیبانی هم ", "جواب نمی‌دهد"]
    return [sms(f"gw-{n}", texts[n - 1], concat_ref=ref, concat_total=str(total), concat_part=str(n))
            for n in range(1, total + 1)]


def feed(messages: list[dict]) -> tuple[dict | None, list[dict]]:
    state, done = None, []
    for m in messages:
        part = hygiene.part_of(m)
        assert part is not None
        state, whole = hygiene.add_part(state, m, part, T0)
        if whole:
            done.append(whole)
    return state, done


def test_parts_in_any_order_give_one_message_in_part_order():
    p1, p2, p3 = parts()
    state, done = feed([p3, p1, p2])
    assert state is None
    [whole] = done
    assert whole["text"] == "سلام، سفارش ۱۲۳۴ هنوز نرسیده و پشتیبانی هم جواب نمی‌دهد"
    assert whole["id"] == "gw-1"
    assert whole["metadata"]["part_ids"] == "gw-1,gw-2,gw-3"


def test_a_part_delivered_twice_changes_nothing():
    p1, p2, p3 = parts()
    state, done = feed([p1, p1, p2])
    assert done == [] and sorted(state["parts"]) == ["1", "2"]
    state, whole = hygiene.add_part(state, p3, hygiene.part_of(p3), T0)
    assert whole["metadata"]["part_ids"] == "gw-1,gw-2,gw-3"


def test_a_missing_part_lets_the_rest_go_on_after_the_wait():
    p1, _, p3 = parts()
    state, _ = feed([p1, p3])
    assert hygiene.expired(state, T0 + timedelta(seconds=30), timedelta(minutes=2)) is None
    late = hygiene.expired(state, T0 + timedelta(minutes=3), timedelta(minutes=2))
    assert late["text"].startswith("سلام") and late["text"].endswith("جواب نمی‌دهد")
    assert late["metadata"]["parts_missing"] == "2"


def test_whole_messages_and_nonsense_attributes_are_not_held_back():
    assert hygiene.part_of(sms("a", "hi")) is None
    assert hygiene.part_of(sms("b", "hi", udh_ref="1", udh_total="1", udh_seq="1")) is None
    assert hygiene.part_of(sms("c", "hi", udh_ref="1", udh_total="3", udh_seq="4")) is None
    assert hygiene.part_of(sms("d", "hi", udh_ref="1", udh_total="x", udh_seq="1")) is None
    assert hygiene.part_of(sms("e", "hi", multipart_ref="9", multipart_total="2", multipart_part="2")) \
        == hygiene.Part("9", 2, 2)


def test_parts_of_different_messages_do_not_mix():
    a, b = parts(ref="1")[0], parts(ref="2")[0]
    assert hygiene.parts_key(SENDER, hygiene.part_of(a)) != hygiene.parts_key(SENDER, hygiene.part_of(b))


def test_the_same_text_from_the_same_sender_within_the_window_is_a_duplicate():
    window = timedelta(minutes=5)
    assert hygiene.duplicate_key(SENDER, "لغو ۱۱ ") == hygiene.duplicate_key(SENDER, "لغو ۱۱")
    assert hygiene.duplicate_key(SENDER, "لغو") != hygiene.duplicate_key("+989120000000", "لغو")
    assert hygiene.is_duplicate(T0, T0 + timedelta(minutes=4), window)
    assert not hygiene.is_duplicate(T0, T0 + timedelta(minutes=6), window)
    assert not hygiene.is_duplicate(None, T0, window)
