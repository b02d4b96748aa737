"""The pure parts of ``seda bench``: percentiles, rates from samples, flat JSON, baseline check."""

from __future__ import annotations

import json
import math

import pytest

from pipeline import bench
from pipeline.cli import main


def test_percentile_interpolates_between_ranks():
    values = [float(v) for v in range(1, 101)]  # 1..100
    assert bench.percentile(values, 50) == pytest.approx(50.5)
    assert bench.percentile(values, 99) == pytest.approx(99.01)
    assert bench.percentile(values, 100) == 100
    assert bench.percentile([3.0], 99) == 3.0
    assert math.isnan(bench.percentile([], 50))


def test_steady_rate_leaves_out_start_up_and_tail():
    # 10 s of start-up with nothing searchable, then 100 msg/s, then a slow tail.
    samples = [(t, 0) for t in range(0, 11)]
    samples += [(10 + t, 100 * t) for t in range(1, 10)]      # 100 .. 900
    samples += [(20, 950), (40, 1000)]
    assert bench.steady_rate(samples, 1000) == pytest.approx(100.0)


def test_steady_rate_fails_when_the_count_never_gets_there():
    with pytest.raises(bench.BenchError, match="never"):
        bench.steady_rate([(0.0, 0), (1.0, 10)], 1000)


def test_crossing_time_is_linear_between_samples():
    assert bench.crossing_time([(0.0, 0), (2.0, 100)], 50) == pytest.approx(1.0)
    assert bench.crossing_time([(0.0, 0), (2.0, 100)], 101) is None


def test_flat_numbers_keep_only_plain_numbers():
    flat = bench.flat_numbers({"a": 1, "b": -2.5, "c": "x", "d": True, "e": math.nan, "f": {"g": 1}})
    assert flat == {"a": 1, "b": -2.5}
    json.dumps(flat, allow_nan=False)


def test_targets_read_the_flat_keys():
    results = {"logic_msgs_per_s_per_core": 25_000, "ratio_e2e_to_es_ceiling": 0.2,
               "e2e_latency_p99_s": 1.5, "optout_latency_p99_s": math.nan, "worker_rss_growth_pct": -1.8}
    met = {t.key: t.met(results) for t in bench.TARGETS}
    assert met == {"logic_msgs_per_s_per_core": True, "ratio_e2e_to_es_ceiling": False,
                   "e2e_latency_p99_s": True, "optout_latency_p99_s": None, "worker_rss_growth_pct": True}
    assert "-1.8 %" in bench.render_table(results)


@pytest.mark.parametrize(("current", "ok"), [(10_000, True), (7_600, True), (7_400, False)])
def test_baseline_check_fails_on_a_drop_of_more_than_a_quarter(current, ok):
    passed, message = bench.check_baseline(current, 10_000)
    assert passed is ok
    assert "baseline 10,000 msg/s" in message


def _results() -> dict:
    out = {"kafka_ceiling_msgs_per_s": 100_000.0, "es_ceiling_docs_per_s": 8_000.0,
           "logic_msgs_per_s_per_core": 5_000.0, "e2e_msgs_per_s_1w": 900.0, "e2e_msgs_per_s_2w": 1_500.0,
           "e2e_msgs_per_s": 1_500.0, "ratio_e2e_to_es_ceiling": 0.1875, "e2e_latency_p99_s": 1.2}
    for lk, offered in (("25", 375.0), ("50", 750.0), ("75", 1125.0)):
        out |= {f"e2e_latency_by_load_{lk}_offered_msgs_per_s": offered,
                f"e2e_latency_by_load_{lk}_achieved_msgs_per_s": offered * 0.98,
                f"e2e_latency_by_load_{lk}_p50_s": 0.8, f"e2e_latency_by_load_{lk}_p99_s": 1.2}
    return out


def test_table_and_report_show_every_level_and_target(tmp_path):
    results = _results()
    table = bench.render_table(results)
    assert "At 50 % load (750 msg/s offered)" in table
    assert "target ratio_e2e_to_es_ceiling >= 0.5" in table and "NOT met" in table
    md = bench.render_markdown(results, {"cores": 2}, "benchmarks.png", "seda bench")
    assert "| Triage logic alone, one core | 5,000 msg/s | `logic_msgs_per_s_per_core` |" in md
    assert "![throughput and latency against offered load](benchmarks.png)" in md
    bench.plot(results, tmp_path / "p.png")
    assert (tmp_path / "p.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_write_outputs_keeps_the_json_flat_and_the_meta_beside_it(tmp_path):
    out = bench.BenchOutput(_results(), {"kafka": "4.3.1"})
    written = bench.write_outputs(out, str(tmp_path / "b.json"), str(tmp_path / "bench.md"), "seda bench")
    data = json.loads((tmp_path / "b.json").read_text())
    assert all(isinstance(v, int | float) for v in data.values())
    assert json.loads((tmp_path / "b.meta.json").read_text()) == {"kafka": "4.3.1"}
    assert {p.name for p in written} == {"b.json", "b.meta.json", "bench.md", "bench.png", "bench.json"}


def test_bench_check_compares_with_a_baseline_file(tmp_path, capsys):
    low = tmp_path / "low.json"
    low.write_text(json.dumps({"logic_msgs_per_s_per_core": 10}))
    assert main(["bench", "--check", "--baseline", str(low), "--check-messages", "300"]) == 0
    assert capsys.readouterr().out.startswith("ok: logic throughput")
    high = tmp_path / "high.json"
    high.write_text(json.dumps({"logic_msgs_per_s_per_core": 10_000_000}))
    assert main(["bench", "--check", "--baseline", str(high), "--check-messages", "300"]) == 1
    assert capsys.readouterr().out.startswith("REGRESSION: logic throughput")


def test_profile_summary_attributes_samples_to_phases_and_packages():
    collapsed = [
        "run (mode/worker.py:1);enrich_messages (pipeline/agents/enrich_messages.py:30);"
        "enrich_batch (pipeline/process.py:73);_triage_all (pipeline/process.py:46);"
        "triage_batch (pipeline/triage/engine.py:228) 6",
        "run (mode/worker.py:1);send_all (pipeline/agents/common.py:45);"
        "send (aiokafka/producer/producer.py:4) 3",
        "_run_once (asyncio/base_events.py:1845) 1",
        "",
    ]
    phases, packages = bench.profile_summary(collapsed)
    assert phases == {"triage (pipeline.triage)": 60.0, "sends: encode + producer (send_all)": 30.0,
                      "other (event loop, Faust streams)": 10.0}
    assert packages == {"pipeline/triage": 60.0, "aiokafka": 30.0, "asyncio/base_events.py": 10.0}
