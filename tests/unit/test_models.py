"""The shipped models match the corpus and code they claim, stay small, and keep their held-out
quality: a retrain that loses ground, or a corpus/code edit without a retrain, fails here."""

from __future__ import annotations

import hashlib
import json

import pytest

from pipeline import corpus
from pipeline.triage import evaluate, train, triage_batch
from pipeline.triage import models as m


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((m.MODEL_DIR / m.MANIFEST).read_text())


def test_corpus_is_valid_and_splits_are_disjoint():
    train_rows, held = corpus.train_rows(), corpus.heldout_rows()
    assert len(train_rows) > 5000 and len(held) > 1000
    assert corpus.check([*train_rows, *held]) == []
    assert not {r["id"] for r in train_rows} & {r["id"] for r in held}
    # The split is fixed by the id hash, so nothing moves between splits when lines are added.
    assert all(corpus.is_heldout(r["id"]) for r in held)
    assert not any(corpus.is_heldout(r["id"]) for r in train_rows)


def test_models_were_trained_on_the_current_training_split(manifest):
    recorded = {k: v for k, v in manifest["data"].items() if k.startswith("corpus/")}
    current = {f"corpus/train/{p.name}": hashlib.sha256(p.read_bytes()).hexdigest()
               for p in sorted(corpus.TRAIN_DIR.glob("*.jsonl"))}
    assert recorded == current, "corpus/train changed since the models were trained: run `seda train`"
    # Held-out files never feed training.
    assert not any("heldout" in k for k in manifest["data"])


def test_models_were_trained_by_the_current_feature_code(manifest):
    assert manifest["code"] == train.code_fingerprint(), (
        "feature/rule code changed since the models were trained: run `seda train`")


def test_models_are_small_and_only_permitted_public_sets_were_used(manifest):
    for task, size in manifest["file_bytes"].items():
        assert (m.MODEL_DIR / f"{task}.npz").stat().st_size == size
        assert size < 50 * 1024 * 1024
    assert set(manifest["public_sets"]) == set(train.PERMITTED_SETS)
    shared = {k.split("/")[1] for k in manifest["data"] if k.startswith("shared/")}
    assert shared == set(train.PERMITTED_SETS)


def test_heldout_quality_does_not_regress():
    # Floors a little under the figures in docs/quality.md, so only a real loss trips them.
    rep = evaluate.run(corpus.heldout_rows(), triage_batch)
    assert rep.language.accuracy >= 0.97
    assert rep.language_by["fa-Latn"].accuracy >= 0.97
    assert rep.flags["opt_out"].precision >= 0.95
    assert rep.flags["opt_out"].recall >= 0.90
    # Survey forms first seen in corpus b13 ("5 ta", "yekk", «سه میدم») took the held-out figure
    # from 0.975 to 0.968 (0.975 on the lines held out before b9): the floor sits under that.
    assert rep.survey_exact_match >= 0.96
    assert rep.category.macro_f1() >= 0.85
    assert rep.sentiment.macro_f1() >= 0.85
    assert rep.flags["escalate"].recall >= 0.87
    # The escalation gate took held-out precision from 0.825 to 0.856 (recall 0.914 -> 0.915).
    assert rep.flags["escalate"].precision >= 0.83


def test_per_batch_table_names_and_orders_batches_as_written():
    from pipeline.triage import quality

    ids = ("fa-0001", "b5-fa-0001", "b10-ar-Latn-0003")
    assert [quality.batch_of(i) for i in ids] == ["b1-b4", "b5", "b10"]
    rows = [{"id": i, "text": "stop", "channel": "sms", "in_reply_to": None, "context_scale": None,
             "language": "en", "category": "opt_out", "severity": None, "sentiment": "neutral",
             "opt_out": True, "opt_out_review": False, "opt_in": False, "help": False, "scope": "all",
             "survey_score": None, "survey_scale": None, "escalate": False, "escalation_reasons": []}
            for i in ("b10-en-0001", "b9-en-0001", "en-0001", "b5-en-0001")]
    results = triage_batch([evaluate.request_of(r) for r in rows])
    lines = quality.batch_section(rows, results)
    order = [line.split("|")[1].strip() for line in lines if line.startswith("| b")][1:]  # after the header
    assert order == ["b1-b4", "b5", "b9", "b10"]


def test_agreement_table_compares_the_second_annotator_and_seda_with_the_labels(tmp_path, monkeypatch):
    from pipeline.triage import quality

    base = {"channel": "sms", "in_reply_to": None, "context_scale": None, "language": "en", "severity": None,
            "help": False, "scope": None, "survey_score": None, "survey_scale": None, "escalate": False,
            "escalation_reasons": [], "opt_out_review": False, "opt_in": False}
    rows = [{**base, "id": "b9-en-0001", "text": "STOP", "category": "opt_out", "sentiment": "neutral",
             "opt_out": True},
            {**base, "id": "b9-en-0002", "text": "thanks, great service", "category": "praise",
             "sentiment": "positive", "opt_out": False},
            {**base, "id": "b9-en-0003", "text": "unlabelled by the second annotator", "category": "other",
             "sentiment": "neutral", "opt_out": False}]
    # The second annotator misses the opt-out and calls the praise "other".
    second = [{"id": "b9-en-0001", "category": "other", "sentiment": "neutral", "opt_out": False,
               "opt_out_review": False, "opt_in": False, "escalate": False, "escalation_reasons": []},
              {"id": "b9-en-0002", "category": "other", "sentiment": "positive", "opt_out": False,
               "opt_out_review": False, "opt_in": False, "escalate": False, "escalation_reasons": []}]
    (tmp_path / "relabel.jsonl").write_text("\n".join(json.dumps(x) for x in second) + "\n")
    monkeypatch.setattr(quality, "AGREEMENT_DIR", tmp_path)
    results = triage_batch([evaluate.request_of(r) for r in rows])
    lines = quality.agreement_section(rows, results)
    assert lines[0] == "### Second annotator" and "2 held-out lines" in lines[2]
    opt_out = next(line for line in lines if line.startswith("| `opt_out` "))
    assert [c.strip() for c in opt_out.split("|")[2:5]] == ["1.000 / 0.000", "1.000 / 1.000", "1"]
    monkeypatch.setattr(quality, "AGREEMENT_DIR", tmp_path / "missing")
    assert quality.agreement_section(rows, results) == []
