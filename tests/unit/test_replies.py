"""Reply templates: every kind and language present, one SMS segment each, deterministic ids."""

from __future__ import annotations

import json

import pytest

from pipeline import replies


def test_the_shipped_templates_load_and_fit_one_segment():
    templates = replies.load()
    for kind in replies.KINDS:
        for language in replies.LANGUAGES:
            text = replies.render(templates, kind, language, ref="9" * 10)
            assert replies.sms_segments(text).segments == 1, (kind, language, text)
    for language in ("fa", "ar", "ur"):
        assert replies.sms_segments(templates["optout_confirmation"][language]).encoding == "ucs2"


def test_segments_count_gsm7_and_ucs2():
    assert replies.sms_segments("a" * 160) == replies.Segments("gsm7", 160, 1)
    assert replies.sms_segments("a" * 161) == replies.Segments("gsm7", 161, 2)
    assert replies.sms_segments("{" * 80).units == 160  # extension characters take two septets
    assert replies.sms_segments("س" * 70) == replies.Segments("ucs2", 70, 1)
    assert replies.sms_segments("س" * 71) == replies.Segments("ucs2", 71, 2)
    assert replies.sms_segments("ok 🙏").encoding == "ucs2"


def test_a_template_too_long_or_missing_is_refused_with_its_name(tmp_path):
    data = json.loads(replies.DEFAULT_TEMPLATES.read_text(encoding="utf-8"))
    data["help"]["fa"] = "راهنما " * 12
    del data["bug_ack"]["ar-Latn"]
    data["question_ack"]["en"] = "Reference {ticket}"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(replies.TemplateError) as exc:
        replies.load(path)
    message = str(exc.value)
    assert "help.fa: 84 ucs2 units, more than one segment (70)" in message
    assert "bug_ack.ar-Latn: missing" in message
    assert "question_ack.en: unknown placeholder(s) ['ticket']" in message


def test_reply_ids_are_deterministic_per_message_and_kind():
    assert replies.reply_id("m-1", "optout_confirmation") == replies.reply_id("m-1", "optout_confirmation")
    assert replies.reply_id("m-1", "optout_confirmation") != replies.reply_id("m-2", "optout_confirmation")
    assert replies.reply_id("m-1", "optout_confirmation") != replies.reply_id("m-1", "help")


def test_unknown_languages_get_english():
    templates = replies.load()
    assert replies.render(templates, "question_ack", "und") == templates["question_ack"]["en"]
