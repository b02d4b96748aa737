"""`seda corpus conflicts`: the same message labelled two ways by different writers."""

from pipeline import corpus


def _row(rid, text, **labels):
    row = {"id": rid, "text": text, "channel": "sms", "in_reply_to": None, "context_scale": None,
           "opt_out": True, "opt_out_review": False, "escalate": False}
    row.update(labels)
    return row


def test_same_message_is_found_through_spelling_case_emojis_and_digit_scripts():
    assert corpus.message_key(_row("a", "STOOOP!! 🛑")) == corpus.message_key(_row("b", "stop"))
    assert corpus.message_key(_row("a", "وقفوا!!")) == corpus.message_key(_row("b", "وقفوا"))
    assert corpus.message_key(_row("a", "لغو ۱۱")) == corpus.message_key(_row("b", "لغو 11"))
    # Arabic ي/ك and Persian ی/ک are one letter to the triage, so to the key.
    assert corpus.message_key(_row("a", "ديگه پيام نديد")) == corpus.message_key(_row("b", "دیگه پیام ندید"))


def test_a_question_a_number_or_a_context_is_a_different_message():
    assert corpus.message_key(_row("a", "stop?")) != corpus.message_key(_row("b", "stop"))
    assert corpus.message_key(_row("a", "11")) != corpus.message_key(_row("b", "1"))
    assert corpus.message_key(_row("a", "9", channel="survey")) != corpus.message_key(_row("b", "9"))
    assert corpus.message_key(_row("a", "9", in_reply_to="nps-1")) != corpus.message_key(_row("b", "9"))
    # Nothing to compare on an emoji-only line.
    assert corpus.message_key(_row("a", "🛑🛑")) is None


def test_conflicts_are_groups_that_disagree_on_the_fields_asked():
    rows = [_row("a1", "bas kon"), _row("a2", "bas kon ✋"),
            _row("a3", "BAS KON", opt_out=False, opt_out_review=True),
            _row("b1", "laghv"), _row("b2", "Laghv!!", escalate=True),
            _row("c1", "stop?", opt_out=False, opt_out_review=True)]
    groups = corpus.conflicts(rows)
    assert [[r["id"] for r in g] for g in groups] == [["a1", "a2", "a3"]]
    assert [[r["id"] for r in g] for g in corpus.conflicts(rows, ["escalate"])] == [["b1", "b2"]]
    assert corpus.conflicts(rows[:2]) == []


def test_the_shipped_corpus_has_no_opt_out_conflict_on_a_bare_dialect_stop():
    # The guide settles a bare dialect "stop it" («وقفوا», "bas kon", «بس کرو») as the keyword.
    rows = corpus.train_rows() + corpus.heldout_rows()
    settled = {corpus.message_key(_row("k", t)) for t in ("وقفوا", "bas kon", "bas konid", "بس کرو",
                                                          "بس کرو یار", "بس کرو اب", "wa2afo", "stop it")}
    for group in corpus.conflicts(rows):
        assert corpus.message_key(group[0]) not in settled, [(r["id"], r["text"]) for r in group]
