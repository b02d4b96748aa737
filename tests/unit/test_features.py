"""Shared featurisation: the Latin skeleton and how a model's spec carries it."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.triage import features, train
from pipeline.triage import models as m


@pytest.mark.parametrize(("spellings", "skeleton"), [
    # Arabizi: digits for letters, vowels written or not.
    (["rasayel", "rasa2el", "rasayl", "rassayel"], "rsl"),
    (["khalas", "5alas", "5alass"], "xls"),
    (["wa2ef", "wa2af", "waef"], "wf"),
    (["batlo", "ba6lo", "battlo"], "btl"),
    # Finglish: "payamak" (message) as customers type it.
    (["payamak", "peyamk", "payamaak"], "pmk"),
    (["nafrestid", "nafrstid"], "nfrstd"),
])
def test_spellings_of_one_word_share_a_skeleton(spellings, skeleton):
    assert {features.skeleton(s) for s in spellings} == {skeleton}


def test_skeleton_keeps_word_starts_and_drops_numbers():
    assert features.skeleton("la 2ouridu rasa2il ba3d el2an") == "l urd rsl b3d eln"
    assert features.skeleton("order 4550 stop") == "ordr stp"


@pytest.mark.parametrize("text", ["", "لغو ۱۱", "11", "👍👍", "۹ از ۱۰"])
def test_texts_without_latin_letters_have_no_skeleton(text):
    assert features.skeleton(text) == ""
    assert features.with_skeletons([text]) == [text]


def test_skeleton_ngrams_never_share_a_hash_with_the_texts_own():
    plain = features.FeatureSpec()
    skel = features.FeatureSpec(skeleton=True)
    # "rsl" is the skeleton of "rasayel"; written out as a word, its n-grams are the text's own.
    own = set(features.ngrams(["rsl"], plain).buckets.tolist())
    added = set(features.ngrams(["rasayel"], skel).buckets.tolist()) \
        - set(features.ngrams(["rasayel"], plain).buckets.tolist())
    assert added, "the skeleton added no n-grams"
    assert not own & added


def test_only_skeleton_specs_read_the_skeleton():
    text = "stop sending rasayel"
    plain = features.ngrams([text], features.FeatureSpec())
    skel = features.ngrams([text], features.FeatureSpec(skeleton=True))
    assert skel.per_doc[0] > plain.per_doc[0]
    assert features.ngrams(["لغو"], features.FeatureSpec(skeleton=True)).per_doc[0] \
        == features.ngrams(["لغو"], features.FeatureSpec()).per_doc[0]


def test_language_model_reads_spelling_and_every_other_model_the_skeleton():
    assert train.SPEC.skeleton and not train.LID_SPEC.skeleton
    shipped = m.load()
    assert not shipped["language"].spec.skeleton
    assert all(shipped[t].spec.skeleton for t in m.TASKS if t != "language")


def test_spec_round_trips_and_older_files_read_as_without_skeleton(tmp_path):
    spec = features.FeatureSpec(orders=(1, 2), bits=4, skeleton=True)
    model = m.LinearModel("category", ("a", "b"), np.ones((16, 2), dtype=np.float32),
                          np.zeros(2, dtype=np.float32), spec)
    model.save(tmp_path)
    assert m.LinearModel.load("category", tmp_path).spec == spec
    # A file written before the skeleton existed: the same arrays without the entry.
    with np.load(tmp_path / "category.npz") as data:
        kept = {k: data[k] for k in data.files if k != "skeleton"}
    np.savez_compressed(tmp_path / "category.npz", **kept)
    assert m.LinearModel.load("category", tmp_path).spec == features.FeatureSpec(orders=(1, 2), bits=4)


def test_a_batch_gives_each_text_the_skeleton_it_has_alone():
    texts = ["rasayel", "", "11", "لغو", "la 2ouridu rasa2il", "stoop stop", "'75", "x\u2063y"]
    assert features.skeletons(texts) == [features.skeleton(t) for t in texts]
    assert features.skeletons([]) == []
