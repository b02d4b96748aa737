"""The CLI without services: help for every command, settings, offline classify."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.cli import build_parser, main

COMMANDS = ["stack", "topics", "es", "worker", "produce", "tail", "classify", "run", "summary", "train",
            "suppression", "corrections", "respond", "dashboards",
            "eval", "corpus", "bench",
            "settings", "schemas"]


def test_every_command_has_help(capsys):
    parser = build_parser()
    subcommands = parser._subparsers._group_actions[0].choices
    assert sorted(subcommands) == sorted(COMMANDS)
    for cmd in COMMANDS:
        with pytest.raises(SystemExit) as exc:
            main([cmd, "--help"])
        assert exc.value.code == 0
        assert "usage: seda " + cmd in capsys.readouterr().out


def test_python_dash_m_pipeline_is_the_same_cli():
    out = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True,
                         check=True)
    assert out.stdout.startswith("seda ")


def test_bad_config_exit_code_and_message():
    env = {"SEDA_PARTITIONS": "zero", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "pipeline", "settings"], capture_output=True, text=True,
                         env=env, check=False)
    assert out.returncode == 2
    assert "SEDA_PARTITIONS" in out.stderr


def test_unknown_topic_is_a_clear_error(capsys):
    assert main(["tail", "no.such.topic", "--max", "1"]) == 1
    assert "not a Seda topic" in capsys.readouterr().err


def test_classify_streams_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": "STOP"}, {"id": "b", "text": "12", "channel": "sms"},
             {"id": "c", "text": "سلام، سفارشم کی میرسه؟"}]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\nnot json\n",
                   encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    assert main(["classify", "--input", str(src), "--output", str(dst), "-q"]) == 0
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows[:3]] == ["a", "b", "c"]
    assert rows[0]["opt_out"] is True and rows[1]["opt_in"] is True
    assert rows[3]["error"] and rows[3]["line"] == 5
    required = {"id", "language", "category", "sentiment", "opt_out", "opt_out_review", "opt_in",
                "escalate", "escalation_reasons", "survey_score", "survey_scale", "model_version"}
    assert required <= set(rows[0])


def test_classify_stdin_stdout():
    out = subprocess.run([sys.executable, "-m", "pipeline", "classify", "-q"],
                         input='{"id": 1, "text": "STOP"}\n', capture_output=True, text=True, check=True)
    row = json.loads(out.stdout)
    assert row["id"] == 1 and row["opt_out"] is True


def test_a_worker_from_another_checkout_or_model_is_restarted_by_seda_run():
    from pipeline.demo import stale_reason

    current = {"source": "/src/pipeline", "model_version": "triage-0.1.0+abc"}
    assert stale_reason(current, "triage-0.1.0+abc", "/src/pipeline") is None
    assert "older checkout" in stale_reason({}, "triage-0.1.0+abc", "/src/pipeline")
    assert "/old/pipeline" in stale_reason({**current, "source": "/old/pipeline"}, "triage-0.1.0+abc",
                                           "/src/pipeline")
    assert "triage-0.1.0+def" in stale_reason(current, "triage-0.1.0+def", "/src/pipeline")


def test_corpus_score_prints_each_new_file_whole_and_all_of_them(tmp_path, capsys):
    base = {"channel": "sms", "in_reply_to": None, "context_scale": None, "severity": None, "help": False,
            "survey_score": None, "survey_scale": None, "escalate": False, "escalation_reasons": [],
            "opt_out_review": False, "opt_in": False, "note": ""}
    lines = [{**base, "id": "b99-en-0001", "text": "STOP", "language": "en", "category": "opt_out",
              "sentiment": "neutral", "opt_out": True, "scope": "all"},
             {**base, "id": "b99-en-0002", "text": "where is my parcel?", "language": "en",
              "category": "question", "sentiment": "neutral", "opt_out": False, "scope": None}]
    (tmp_path / "b99-en.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert main(["corpus", "score", "--raw", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("b99-en.jsonl: 2 lines: language accuracy 1.000")
    assert "opt-out precision 1.000, opt-out recall 1.000" in out[0]
    assert out[1].startswith("all: 2 lines: ")
    assert main(["corpus", "score", "--raw", str(tmp_path / "empty")]) == 1


def test_corpus_conflicts_lists_repeated_messages_labelled_two_ways(capsys):
    assert main(["corpus", "conflicts", "--fields", "escalate"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].endswith("repeated messages disagree on escalate")
    groups = int(out[-1].split()[0])
    assert groups > 0 and sum(line.startswith("== ") for line in out) == groups
    assert any("escalate=true" in line for line in out) and any("escalate=false" in line for line in out)
    assert main(["corpus", "conflicts", "--fields", "colour"]) == 2
