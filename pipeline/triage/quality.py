"""``seda eval``: every task scored on the held-out split and on the public test sets, with baselines.

Baselines run in the same command on the same texts:

* opt-out: an English-only exact keyword matcher (the US carrier keywords STOP,
  STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT as the whole message,
  any case) — what commercial tools do;
* language: lingua with **all** its languages (unrestricted), mapped to Seda's
  labels (it has no label for Finglish or Arabizi, so those count as wrong).

Public sets are read from ``../shared/data`` and used for evaluation only
(including NON-COMMERCIAL and GPL ones, which never train a shipped model).
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline import corpus
from pipeline.triage import engine, evaluate, models
from pipeline.triage.types import CATEGORIES, LANGUAGES, SENTIMENTS, TriageRequest

CARRIER_KEYWORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"}
LINGUA_TO_SEDA = {"PERSIAN": "fa", "ARABIC": "ar", "ENGLISH": "en", "URDU": "ur"}
SENTIMENT_SETS = ("fa_parsinlu_sentiment", "ar_arsarcasm_v2_sentiment", "ar_ajgt_sentiment",
                  "ar_astd_sentiment")
LICENCES = {
    "lid_fa_ar_en_short": "CC BY-SA 4.0 + MIT",
    "fa_parsinlu_sentiment": "CC BY-NC-SA 4.0 (evaluation only)",
    "ar_arsarcasm_v2_sentiment": "MIT (test split; train split used in training)",
    "ar_ajgt_sentiment": "AFL-3.0 (test split; train split used in training)",
    "ar_astd_sentiment": "GPL-2.0 (evaluation only)",
    "en_semeval2019_suggestion": "CC BY-NC-SA 4.0 (evaluation only)",
}


def keyword_baseline(text: str) -> bool:
    """The English-only exact keyword opt-out matcher."""
    return text.strip().strip(".!").lower() in CARRIER_KEYWORDS


def _lingua_all() -> Callable[[Sequence[str]], list[str]]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(texts: Sequence[str]) -> list[str]:
        out = []
        for text in texts:
            lang = detector.detect_language_of(text)
            out.append(LINGUA_TO_SEDA.get(lang.name, lang.name.lower()) if lang else "und")
        return out

    return detect


def _f(x: float) -> str:
    return f"{x:.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _class_rows(mc: evaluate.Multiclass, labels: Sequence[str]) -> list[list[Any]]:
    rows = []
    for label in labels:
        prf = mc.classes.get(label)
        if prf is None or (prf.support == 0 and prf.fp == 0):
            continue
        rows.append([label, _f(prf.precision), _f(prf.recall), _f(prf.f1), prf.support])
    return rows


def _per_language(by: dict[str, evaluate.Multiclass], labels: Sequence[str]) -> list[list[Any]]:
    return [[lang, _f(by[lang].accuracy), _f(by[lang].macro_f1(labels)), by[lang].total]
            for lang in LANGUAGES if lang in by]


def heldout_section(rep: evaluate.Report, baseline_opt: evaluate.PRF, baseline_lang: evaluate.Multiclass,
                    n: int, first_stage: evaluate.PRF | None = None) -> list[str]:
    """Markdown for the held-out split (``first_stage``: escalation without the gate)."""
    out = [f"## Held-out split ({n} messages, never trained on)", ""]
    out += ["### Targets", ""]
    out += _table(["measure", "value", "target", "met"],
                  [[name, _f(v), t, "yes" if ok else "**no**"] for name, v, t, ok in evaluate.targets(rep)])
    out += ["### Language", "", f"Accuracy {_f(rep.language.accuracy)}; unrestricted lingua baseline "
            f"{_f(baseline_lang.accuracy)} (it has no Finglish/Arabizi label).", ""]
    out += _table(["language", "precision", "recall", "F1", "support", "lingua recall"],
                  [[*row[:4], row[4], _f(baseline_lang.classes[row[0]].recall)
                    if row[0] in baseline_lang.classes else "-"]
                   for row in _class_rows(rep.language, LANGUAGES)])
    out += ["### Opt-out, opt-in, help", ""]
    flag_rows = [[flag, _f(p.precision), _f(p.recall), _f(p.f1), p.support]
                 for flag, p in rep.flags.items() if flag != "escalate"]
    flag_rows.append(["opt_out — English keyword baseline", _f(baseline_opt.precision),
                      _f(baseline_opt.recall), _f(baseline_opt.f1), baseline_opt.support])
    out += _table(["flag", "precision", "recall", "F1", "support"], flag_rows)
    out += ["Opt-out recall per language:", ""]
    out += _table(["language", "Seda recall", "Seda precision", "support"],
                  [[lang, _f(rep.flags_by[("opt_out", lang)].recall),
                    _f(rep.flags_by[("opt_out", lang)].precision), rep.flags_by[("opt_out", lang)].support]
                   for lang in LANGUAGES if ("opt_out", lang) in rep.flags_by
                   and rep.flags_by[("opt_out", lang)].support])
    out += ["### Survey score", "",
            f"Exact match (score and scale) on {rep.survey_gold} survey answers: "
            f"{_f(rep.survey_exact_match)}; scores read where none was labelled: {rep.survey_spurious}.", ""]
    out += ["### Category", "", f"Macro-F1 {_f(rep.category.macro_f1())}, accuracy "
            f"{_f(rep.category.accuracy)}.", ""]
    out += _table(["category", "precision", "recall", "F1", "support"], _class_rows(rep.category, CATEGORIES))
    out += _table(["language", "accuracy", "macro-F1", "messages"],
                  _per_language(rep.category_by, CATEGORIES))
    out += ["Bug severity (bug reports recognised as such): accuracy "
            f"{_f(rep.severity.accuracy)} on {rep.severity.total}.", ""]
    out += ["### Sentiment", "", f"Macro-F1 {_f(rep.sentiment.macro_f1())}.", ""]
    out += _table(["sentiment", "precision", "recall", "F1", "support"],
                  _class_rows(rep.sentiment, SENTIMENTS))
    out += _table(["language", "accuracy", "macro-F1", "messages"],
                  _per_language(rep.sentiment_by, SENTIMENTS))
    esc = rep.flags["escalate"]
    out += ["### Escalation", "", f"Escalate flag: precision {_f(esc.precision)}, recall {_f(esc.recall)}, "
            f"F1 {_f(esc.f1)} ({esc.support} escalations).", ""]
    if first_stage is not None:
        out += [f"Without the escalation gate (the first stage's rules and models alone, same messages): "
                f"precision {_f(first_stage.precision)}, recall {_f(first_stage.recall)}, "
                f"F1 {_f(first_stage.f1)}.", ""]
    out += _table(["reason", "precision", "recall", "F1", "support"],
                  [[r, _f(p.precision), _f(p.recall), _f(p.f1), p.support]
                   for r, p in sorted(rep.reasons.items())])
    return out


def batch_of(row_id: str) -> str:
    """The corpus batch a line came from: ``b5-fa-0001`` -> ``b5``; batches 1-4 share one id form."""
    head = row_id.split("-", 1)[0]
    return head if head[:1] == "b" and head[1:].isdigit() else "b1-b4"


def batch_section(rows: Sequence[dict[str, Any]], results: Sequence[Any]) -> list[str]:
    """The targets per corpus batch: a batch written after the rules it tests is the fairest view."""
    by: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by.setdefault(batch_of(row["id"]), []).append(i)
    names = [name for name, _, _, _ in evaluate.targets(evaluate.Report())]
    table = []
    # b1-b4 first, then b5, b6, ... b10 in the order they were written.
    for batch in sorted(by, key=lambda b: int(b[1:]) if b[1:].isdigit() else 0):
        part = by[batch]
        rep = evaluate.score([rows[i] for i in part], [results[i] for i in part])
        table.append([batch, len(part), *(_f(v) for _, v, _, _ in evaluate.targets(rep))])
    return ["### Per corpus batch", "",
            "Held-out lines of each batch the corpus was written in. From batch b5 on, each batch's "
            "training lines were read for rule gaps and its held-out lines were not. Errors on the "
            "b1-b4 held-out lines have been read while writing rules, so those figures flatter; the "
            "newest batch is the fairest estimate of unseen text.", "",
            *_table(["batch", "messages", *names], table)]


def shared_sections(shared: Path, detect_all: Callable[[Sequence[str]], list[str]]) -> list[str]:
    """Markdown for the public test sets (language ID, sentiment, suggestions)."""
    out = ["## Public test sets (`../shared/data`, test splits)", ""]
    lid = list(corpus.read_jsonl(shared / "lid_fa_ar_en_short" / "test.jsonl"))
    results = engine.triage_batch([TriageRequest(text=r["text"]) for r in lid])
    ours, base = evaluate.Multiclass(), evaluate.Multiclass()
    for row, res, b in zip(lid, results, detect_all([r["text"] for r in lid]), strict=True):
        ours.add(row["lang"], res.language)
        base.add(row["lang"], b)
    out += ["### Language identification: `lid_fa_ar_en_short` "
            f"({len(lid)} texts; {LICENCES['lid_fa_ar_en_short']})", ""]
    out += _table(["language", "Seda P", "Seda R", "Seda F1", "lingua (all languages) R", "support"],
                  [[lang, _f(ours.classes[lang].precision), _f(ours.classes[lang].recall),
                    _f(ours.classes[lang].f1), _f(base.classes[lang].recall), ours.classes[lang].support]
                   for lang in ("fa", "ar", "en")])
    out += [f"Accuracy: Seda {_f(ours.accuracy)}, lingua unrestricted {_f(base.accuracy)}.", ""]
    out += ["### Sentiment", ""]
    rows = []
    for name in SENTIMENT_SETS:
        data = [r for r in corpus.read_jsonl(shared / name / "test.jsonl") if r["label_sentiment"]]
        triaged = engine.triage_batch([TriageRequest(text=r["text"], channel="social") for r in data])
        mc = evaluate.Multiclass()
        for row, r in zip(data, triaged, strict=True):
            mc.add(row["label_sentiment"], r.sentiment)
        labels = sorted({r["label_sentiment"] for r in data})
        rows.append([f"`{name}`", LICENCES[name], len(data), _f(mc.accuracy), _f(mc.macro_f1(labels)),
                     " ".join(f"{c}:{_f(mc.classes[c].f1)}" for c in labels)])
    out += _table(["set", "licence", "texts", "accuracy", "macro-F1", "F1 per class"], rows)
    out += ["These are tweets and product reviews, not customer messages; the Arabic train splits of "
            "ArSarcasm-v2 and AJGT are part of the sentiment training data (down-weighted), Persian "
            "reviews (NON-COMMERCIAL) and ASTD (GPL) are never trained on.", ""]
    sug = list(corpus.read_jsonl(shared / "en_semeval2019_suggestion" / "test.jsonl"))
    sug_results = engine.triage_batch([TriageRequest(text=r["text"], channel="webform") for r in sug])
    strict, lenient = evaluate.PRF(), evaluate.PRF()
    for row, r in zip(sug, sug_results, strict=True):
        gold = row["label_category"] == "suggestion"
        strict.add(gold, r.category == "suggestion")
        lenient.add(gold, r.category in ("suggestion", "feature_request"))
    out += [f"### Suggestions: `en_semeval2019_suggestion` ({len(sug)} developer-forum sentences; "
            f"{LICENCES['en_semeval2019_suggestion']})", ""]
    out += _table(["Seda category counted as suggestion", "precision", "recall", "F1"],
                  [["suggestion", _f(strict.precision), _f(strict.recall), _f(strict.f1)],
                   ["suggestion or feature_request", _f(lenient.precision), _f(lenient.recall),
                    _f(lenient.f1)]])
    return out


def speed_section(rows: Sequence[dict[str, Any]], detect_all: Callable[[Sequence[str]], list[str]],
                  repeat: int = 10) -> tuple[list[str], dict[str, float]]:
    """Throughput of `seda classify` (JSON in and out) and of lingua alone, one process, same texts."""
    import tempfile

    import orjson

    from pipeline import classify

    engine.warm_up()  # load models and the fallback detector outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("wb") as fh:
            for k in range(repeat):
                for r in rows:
                    fh.write(orjson.dumps({"id": f"{r['id']}-{k}", "text": r["text"],
                                           "channel": r["channel"], "in_reply_to": r["in_reply_to"]}))
                    fh.write(b"\n")
        started, cpu = time.perf_counter(), time.process_time()
        count = classify.classify_stream(str(src), str(dst))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    sample = [r["text"] for r in rows[:1000]]
    detect_all(sample[:20])
    t0 = time.perf_counter()
    detect_all(sample)
    lingua_rate = len(sample) / (time.perf_counter() - t0)
    figures = {"classify_msgs_per_s": count / wall, "classify_cpu_msgs_per_s": count / cpu,
               "lingua_all_msgs_per_s": lingua_rate}
    out = ["## Speed (one process, one core)", "",
           f"`seda classify` (JSON Lines in and out, batches of 512) on the held-out texts repeated "
           f"{repeat}x ({count} messages): **{figures['classify_msgs_per_s']:,.0f} messages/s** "
           f"wall-clock ({figures['classify_cpu_msgs_per_s']:,.0f}/s of CPU time). lingua with all "
           f"languages, language only, on {len(sample)} of the same texts: {lingua_rate:,.0f} messages/s.",
           ""]
    return out, figures


#: A second annotator's labels for a random sample of held-out lines (see ``docs/corpus.md``).
AGREEMENT_DIR = corpus.CORPUS_DIR / "agreement"
_AGREEMENT_FLAGS = ("opt_out", "opt_out_review", "opt_in", "escalate")


def agreement_section(rows: Sequence[dict[str, Any]], results: Sequence[Any]) -> list[str]:
    """A second annotator and Seda, each against the corpus labels, on the lines both labelled.

    How far a careful reader of the same guide agrees with the labels is the most any system
    can be expected to reach on them.
    """
    second = {}
    for path in sorted(AGREEMENT_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                second[label["id"]] = label
    pairs = [(row, second[row["id"]], result) for row, result in zip(rows, results, strict=True)
             if row["id"] in second]
    if not pairs:
        return []
    table = []
    for flag in _AGREEMENT_FLAGS:
        human, seda = evaluate.PRF(), evaluate.PRF()
        for row, other, result in pairs:
            human.add(bool(row[flag]), bool(other[flag]))
            seda.add(bool(row[flag]), bool(getattr(result, flag)))
        table.append([f"`{flag}` precision / recall", f"{_f(human.precision)} / {_f(human.recall)}",
                      f"{_f(seda.precision)} / {_f(seda.recall)}", human.support])
    for task, labels in (("category", CATEGORIES), ("sentiment", SENTIMENTS)):
        human_mc, seda_mc = evaluate.Multiclass(), evaluate.Multiclass()
        for row, other, result in pairs:
            human_mc.add(row[task], other[task])
            seda_mc.add(row[task], getattr(result, task))
        table.append([f"{task} macro-F1", _f(human_mc.macro_f1(labels)), _f(seda_mc.macro_f1(labels)),
                      len(pairs)])
    return ["### Second annotator", "",
            f"{len(pairs)} held-out lines, drawn at random, were labelled again from `docs/labelling.md` "
            "alone by an annotator who saw neither the labels nor Seda's output (an AI model of the "
            "same family as the corpus writers, so its agreement is an upper estimate of what "
            "independent people would reach). Files: `pipeline/data/corpus/agreement/`.",
            "", *_table(["against the corpus labels", "second annotator", "Seda", "support"], table), ""]


def score_batches(batches: Mapping[str, Sequence[dict[str, Any]]]) -> list[str]:
    """The target figures of each file of labelled lines and of all of them, one line each.

    New batches are scored whole before their split. Every line is triaged once with the shipped
    models and once without the gate; the total reuses the files' results.
    """
    rows = [r for part in batches.values() for r in part]
    results = _triage_rows(rows, None)
    ms = models.load()
    first = _triage_rows(rows, models.ModelSet(ms.models, ms.version)) if ms.gate is not None else None
    lines, start = [], 0
    for name, part in batches.items():
        end = start + len(part)
        lines.append(f"{name}: {_score_line(part, results[start:end], first and first[start:end])}")
        start = end
    return [*lines, f"all: {_score_line(rows, results, first)}"]


def _triage_rows(rows: Sequence[dict[str, Any]], model_set: models.ModelSet | None) -> list[Any]:
    out: list[Any] = []
    for start in range(0, len(rows), 512):
        out += engine.triage_batch([evaluate.request_of(r) for r in rows[start:start + 512]], model_set)
    return out


def _score_line(rows: Sequence[dict[str, Any]], results: Sequence[Any], first: Sequence[Any] | None) -> str:
    rep = evaluate.score(rows, results)
    # A file without Finglish has no Finglish accuracy (targets() reports 0 for it).
    figures = [(name, value) for name, value, _, _ in evaluate.targets(rep)
               if "fa-Latn" in rep.language_by or name != "language accuracy, Finglish"]
    line = f"{len(rows)} lines: " + ", ".join(f"{name} {_f(value)}" for name, value in figures)
    if first is not None:
        counts = _escalate_counts(rows, first)
        line += (f" (first stage alone: escalation recall {_f(counts.recall)}, "
                 f"precision {_f(counts.precision)})")
    return line


def _first_stage_escalation(rows: Sequence[dict[str, Any]]) -> evaluate.PRF | None:
    """The escalate flag's counts without the gate (None when the models have no gate)."""
    ms = models.load()
    if ms.gate is None:
        return None
    return _escalate_counts(rows, _triage_rows(rows, models.ModelSet(ms.models, ms.version)))


def _escalate_counts(rows: Sequence[dict[str, Any]], results: Sequence[Any]) -> evaluate.PRF:
    counts = evaluate.PRF()
    for row, result in zip(rows, results, strict=True):
        counts.add(bool(row["escalate"]), result.escalate)
    return counts


def run(shared: Path, speed: bool = True) -> tuple[str, dict[str, Any]]:
    """Evaluate everything; return the markdown report and the headline figures."""
    rows = corpus.heldout_rows()
    detect_all = _lingua_all()
    results = engine.triage_batch([evaluate.request_of(r) for r in rows])
    rep = evaluate.score(rows, results)
    base_opt, base_lang = evaluate.PRF(), evaluate.Multiclass()
    for row, lang in zip(rows, detect_all([r["text"] for r in rows]), strict=True):
        base_opt.add(bool(row["opt_out"]), keyword_baseline(row["text"]))
        base_lang.add(row["language"], lang)
    stats = engine.fallback_stats()
    first_stage = _first_stage_escalation(rows)
    lines = ["# Triage quality", "",
             "Produced by `seda eval --write docs/quality.md` (the numbers below are its output). Model "
             f"version `{engine.model_version()}`; machine: {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}.", ""]
    lines += heldout_section(rep, base_opt, base_lang, len(rows), first_stage)
    lines += batch_section(rows, results)
    lines += agreement_section(rows, results)
    fallback = stats["fallback"] / stats["decided"] if stats["decided"] else 0.0
    lines += [f"External language detector (lingua, restricted to fa/ar/ur) used as a fallback for "
              f"{stats['fallback']} of {stats['decided']} model-decided texts ({fallback:.1%}).", ""]
    lines += shared_sections(shared, detect_all)
    figures: dict[str, Any] = {name: value for name, value, _, _ in evaluate.targets(rep)}
    figures["lingua_fallback_fraction"] = fallback
    if first_stage is not None:
        figures["escalation_recall_first_stage"] = first_stage.recall
        figures["escalation_precision_first_stage"] = first_stage.precision
    if speed:
        section, speeds = speed_section(rows, detect_all)
        lines += section
        figures.update(speeds)
    return "\n".join(lines) + "\n", figures


def write(path: Path, text: str, figures: dict[str, Any]) -> None:
    """Write the report and a JSON file of its headline figures next to it."""
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
