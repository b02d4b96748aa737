"""The escalation gate: the second stage that keeps, drops or adds an escalation.

The mechanics are checked with gates of known weights; the shipped gate is checked against the
model set it was trained with.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.triage import engine, models, optout, survey, train, triage_batch
from pipeline.triage.lexicon import LEXICON, Found
from pipeline.triage.types import CATEGORIES, ESCALATION_REASONS, SENTIMENTS, Evidence, TriageRequest

ESC_LABELS = (*ESCALATION_REASONS, "any")


def _gate(bias: float, n: int, threshold: float = 0.3) -> models.Gate:
    # Zero weights: the probability is the sigmoid of the bias alone.
    return models.Gate(tuple(f"x{i}" for i in range(n)), np.zeros(n), np.ones(n), np.zeros(n), bias,
                       threshold)


def _found(text: str) -> Found:
    return Found(text, LEXICON.scan(text))


def _stage(text: str, category: str, probs: list[float], sentiment: str = "negative") -> engine.Stage1:
    found = Found(text, LEXICON.scan(text))
    return engine._escalation(found, category, None, probs, ESC_LABELS, sentiment)


def _values(stage: engine.Stage1, text: str, probs: list[float], category: str = "complaint") -> np.ndarray:
    found = Found(text, LEXICON.scan(text))
    cat_p = [1.0 / len(CATEGORIES)] * len(CATEGORIES)
    sent_p = [0.1, 0.2, 0.7]
    return engine._gate_values(stage, probs, ESC_LABELS, cat_p, sent_p, category, CATEGORIES, "negative",
                               SENTIMENTS, "en", optout.OptDecision(), False, found, "sms")


def test_input_names_match_the_values():
    text = "nobody answers for a week, i will sue you"
    probs = [0.7, 0.1, 0.4, 0.0, 0.0, 0.8, 0.2, 0.9]
    stage = _stage(text, "complaint", probs)
    names = engine.gate_feature_names(ESC_LABELS, CATEGORIES, SENTIMENTS)
    values = _values(stage, text, probs)
    assert len(names) == len(values) == len(set(names))
    # An outage read by the model alone (0.8 > threshold), the court found by a rule.
    assert stage.reasons["data_loss_or_outage"].rule_id == "escalation.model.data_loss_or_outage"
    assert values[names.index("kept.data_loss_or_outage")] == 1
    assert values[names.index("model.data_loss_or_outage")] == 1
    assert values[names.index("rule.data_loss_or_outage")] == 0
    assert values[names.index("rule.legal_threat")] == 1 and values[names.index("weak.legal_threat")] == 0
    assert values[names.index("p.esc.data_loss_or_outage")] == pytest.approx(0.8)
    assert values[names.index("logit.p.esc.data_loss_or_outage")] == pytest.approx(np.log(0.8 / 0.2))
    assert values[names.index("is.cat.complaint")] == 1 and values[names.index("is.lang.en")] == 1


def test_a_gate_below_its_threshold_drops_every_reason():
    text = "my refund is late again, this is getting annoying"
    probs = [0.0, 0.0, 0.7, 0.0, 0.0, 0.0, 0.0, 0.7]
    stage = _stage(text, "complaint", probs)
    assert stage.reasons  # the first stage escalates on the model's word
    assert engine._gate_candidate(stage, probs)
    values = _values(stage, text, probs)
    found = _found(text)
    assert engine._gated(stage, _gate(-5.0, len(values)), values, probs, ESC_LABELS, "complaint", found) == {}
    kept = engine._gated(stage, _gate(5.0, len(values)), values, probs, ESC_LABELS, "complaint", found)
    assert kept == stage.reasons


def test_a_gate_above_its_threshold_adds_the_models_best_allowed_reason():
    text = "where is my order, it is a week late"
    probs = [0.05, 0.2, 0.3, 0.0, 0.1, 0.0, 0.0, 0.3]  # below every first-stage threshold
    stage = _stage(text, "complaint", probs)
    assert not stage.reasons and stage.open and engine._gate_candidate(stage, probs)
    values = _values(stage, text, probs)
    found = _found(text)
    added = engine._gated(stage, _gate(5.0, len(values)), values, probs, ESC_LABELS, "complaint", found)
    assert list(added) == ["angry_complaint"]
    assert added["angry_complaint"].rule_id == "escalation.model.angry_complaint"
    # An angry complaint is only a reason for a complaint, a bug report, an opt-out or a score.
    added = engine._gated(stage, _gate(5.0, len(values)), values, probs, ESC_LABELS, "question", found)
    assert list(added) == ["churn_threat"]


def test_a_gate_adds_no_reason_that_a_settled_problem_drops():
    # "Charged twice but the refund came": the rules drop a payment failure that is over, and
    # the gate may not bring it back; a threat in the same message still can be added.
    text = "charged twice but the refund came"
    probs = [0.3, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 0.6]
    stage = _stage(text, "complaint", probs)
    assert not stage.reasons and stage.open
    values = _values(stage, text, probs)
    found = _found(text)
    added = engine._gated(stage, _gate(5.0, len(values)), values, probs, ESC_LABELS, "complaint", found)
    assert list(added) == ["legal_threat"]
    only_settled = [0.0, 0.0, 0.2, 0.0, 0.6, 0.2, 0.0, 0.6]
    assert engine._gated(stage, _gate(5.0, len(values)), values, only_settled, ESC_LABELS, "complaint",
                         found) == {}


def test_jokes_bare_scores_and_quiet_messages_are_never_asked():
    joke = "I'll sue you, it's too tasty 😂"
    probs = [0.9, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9]
    stage = _stage(joke, "praise", probs, "positive")
    assert stage == engine._CLOSED and not engine._gate_candidate(stage, probs)
    found = Found("9", LEXICON.scan("9"))
    reading = survey.read_score("9", None, survey=True)
    assert reading is not None
    assert engine._escalation(found, "survey_response", reading, probs, ESC_LABELS) == engine._CLOSED
    calm = [0.01] * 8
    assert not engine._gate_candidate(_stage("thanks, all good", "praise", calm, "positive"), calm)


def test_a_threat_a_rule_names_is_not_put_to_the_gate():
    text = "if this is not fixed today i will sue you"
    probs = [0.2, 0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.3]
    stage = _stage(text, "complaint", probs)
    assert "legal_threat" in stage.reasons
    assert not engine._gate_candidate(stage, probs)
    cue = Evidence("escalation", "legal_threat", "escalation.legal_threat.weak", "lawyer")
    weak = engine.Stage1({"legal_threat": cue}, {})
    assert engine._gate_candidate(weak, probs)


def test_gate_round_trips_through_its_file(tmp_path):
    gate = models.Gate(("a", "b"), np.array([0.5, 1.0]), np.array([2.0, 1.0]), np.array([1.5, -0.5]),
                       -0.2, 0.3)
    gate.save(tmp_path, {"candidates": 7})
    back = models.Gate.load(tmp_path)
    assert back is not None and back.features == ("a", "b") and back.threshold == 0.3
    x = np.array([1.5, 3.0])
    z = ((1.5 - 0.5) / 2.0) * 1.5 + (3.0 - 1.0) * -0.5 - 0.2
    assert back.probability(x) == pytest.approx(1 / (1 + np.exp(-z)))
    assert models.Gate.load(tmp_path / "missing") is None


def test_shipped_gate_matches_the_shipped_models():
    ms = models.load()
    assert ms.gate is not None, "no escalation gate: run `seda train`"
    names = engine.gate_feature_names(ms["escalation"].labels, ms["category"].labels, ms["sentiment"].labels)
    assert ms.gate.features == names
    assert ms.gate.threshold == train.GATE_THRESHOLD
    info = models.manifest()["gate"]
    assert isinstance(info, dict) and info["candidates"] > 1000
    assert 0 < info["escalating"] < info["candidates"]
    assert (models.MODEL_DIR / models.GATE_FILE).stat().st_size == info["bytes"]


def test_gate_training_refuses_a_set_that_already_has_a_gate():
    with pytest.raises(ValueError, match="first-stage"):
        train.fit_gate(models.MODEL_DIR, [])


def test_gate_decides_the_same_whatever_the_batch():
    texts = ["where is my order, it is a week late and nobody answers!!",
             "the app charged me twice, I want my money back now",
             "ok thanks"]
    alone = [triage_batch([TriageRequest(text=t)])[0].escalation_reasons for t in texts]
    together = [r.escalation_reasons for r in triage_batch([TriageRequest(text=t) for t in texts])]
    assert alone == together
