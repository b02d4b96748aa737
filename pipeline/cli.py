"""The ``seda`` command line (also ``python -m pipeline``).

Every command has ``--help``; logs go to stderr, results to stdout; the exit code
is non-zero on failure with a one-line error naming what went wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.settings import ConfigError, Settings

log = logging.getLogger("seda")

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_DOWN = 0, 1, 2, 3


class CliError(RuntimeError):
    """A failure to report as one line on stderr with exit code 1."""


def _settings() -> Settings:
    from pipeline import settings

    return settings.get()


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")


# --------------------------------------------------------------------------- stack


def cmd_stack(args: argparse.Namespace) -> int:
    """``seda stack up|down|status|logs``."""
    from pipeline.stack import Stack

    stack = Stack(_settings())
    if args.action == "up":
        stack.up(registry=args.registry)
        if args.registry:
            log.info("schema registry: %s (use SEDA_SCHEMA_REGISTRY_URL=%s)", stack.registry_url,
                     stack.registry_url)
        for row in stack.status():
            if row["service"] in stack.services:
                log.info("%-13s up   pid %-7s port %s", row["service"], row["pid"], row["port"])
        return EXIT_OK
    if args.action == "down":
        stopped = stack.down()
        print("stopped: " + (", ".join(stopped) if stopped else "nothing was running"))
        return EXIT_OK
    if args.action == "status":
        rows = stack.status()
        if args.json:
            for row in rows:
                _print_json(row)
        else:
            print(f"{'SERVICE':<14}{'STATE':<10}{'PID':<9}{'PORT':<7}LOG")
            for row in rows:
                state = "healthy" if row["healthy"] else ("starting" if row["running"] else "stopped")
                pid = row["pid"] or "-"
                print(f"{row['service']:<14}{state:<10}{pid!s:<9}{row['port']!s:<7}{row['log']}")
        core = [r for r in rows if r["service"] in stack.services]
        return EXIT_OK if all(r["healthy"] for r in core) else EXIT_DOWN
    # logs
    files = stack.log_files(args.service)
    return _show_logs(files, args.lines, args.follow)


def _show_logs(files: Sequence[Path], lines: int, follow: bool) -> int:
    present = [f for f in files if f.exists()]
    if not present:
        raise CliError("no log files yet: " + ", ".join(str(f) for f in files))
    for f in present:
        if len(present) > 1:
            print(f"==> {f} <==")
        with f.open("rb") as fh:
            tail = fh.readlines()[-lines:]
        sys.stdout.write(b"".join(tail).decode(errors="replace"))
    if follow:
        handles = [f.open("rb") for f in present]
        for h in handles:
            h.seek(0, os.SEEK_END)
        try:
            while True:
                quiet = True
                for h in handles:
                    chunk = h.read()
                    if chunk:
                        quiet = False
                        sys.stdout.write(chunk.decode(errors="replace"))
                        sys.stdout.flush()
                if quiet:
                    time.sleep(0.3)
        except KeyboardInterrupt:
            pass
    return EXIT_OK


# --------------------------------------------------------------------------- topics / es


def cmd_topics(args: argparse.Namespace) -> int:
    """``seda topics create|list``."""
    from pipeline import kafka_io

    settings = _settings()
    if args.action == "create":
        for topic, state in kafka_io.create_topics(settings).items():
            print(f"{topic:<40} {state}")
        return EXIT_OK
    client = kafka_io.admin(settings)
    try:
        existing = set(client.list_topics())
    finally:
        client.close()
    for name, spec in kafka_io.TOPIC_SPECS.items():
        full = settings.topic(name)
        state = "exists" if full in existing else "missing"
        print(f"{full:<40} {state:<8} {spec.schema:<16} key: {spec.key}")
    return EXIT_OK


def cmd_es(args: argparse.Namespace) -> int:
    """``seda es setup``."""
    from pipeline import es

    summary = es.setup_current(_settings())
    print(f"template {summary['template']} installed; alias {summary['alias']} -> "
          + ", ".join(summary["indices"]))
    return EXIT_OK


# --------------------------------------------------------------------------- worker


def cmd_worker(args: argparse.Namespace) -> int:
    """``seda worker`` (foreground) or ``seda worker --detach``."""
    from pipeline.stack import Stack

    settings = _settings()
    if args.detach:
        stack = Stack(settings)
        pid, started = stack.start_worker(settings.worker_index)
        svc = stack.worker_service(settings.worker_index)
        state = "started" if started else "already running"
        print(f"worker-{settings.worker_index} {state} (pid {pid}); metrics "
              f"http://127.0.0.1:{svc.port}/metrics; log {svc.logfile}")
        return EXIT_OK
    from pipeline import worker

    return worker.run(settings)


# --------------------------------------------------------------------------- produce / tail


def _progress(done: int, total: int | None, started: float) -> None:
    rate = done / max(time.monotonic() - started, 1e-6)
    if total:
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} ({rate:,.0f} msg/s)")
    else:
        sys.stderr.write(f"\r{done} messages ({rate:,.0f} msg/s)")
    sys.stderr.flush()


def cmd_produce(args: argparse.Namespace) -> int:
    """``seda produce FILE``: JSONL or CSV rows into the raw topic."""
    from pipeline import produce

    settings = _settings()
    show = sys.stderr.isatty() and not args.quiet
    result = produce.produce_file(settings, args.file, fmt=args.format, rate=args.rate,
                                  progress=_progress if show else None)
    if show:
        sys.stderr.write("\n")
    print(f"sent {result.sent} messages to {settings.topic('raw')}"
          + (f"; skipped {len(result.invalid)} invalid rows" if result.invalid else ""))
    for line_no, reason in result.invalid[:20]:
        log.error("row %d skipped: %s", line_no, reason)
    return EXIT_FAIL if result.invalid else EXIT_OK


def cmd_tail(args: argparse.Namespace) -> int:
    """``seda tail TOPIC``: decoded records as compact JSON lines."""
    from pipeline import kafka_io, records, schemas

    settings = _settings()
    try:
        name = kafka_io.logical_name(settings, args.topic)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from exc
    full = settings.topic(name)
    for rec in kafka_io.consume(settings, full, from_beginning=args.from_beginning,
                                timeout_s=args.timeout, max_records=args.max):
        out: dict[str, object] = {
            "topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
            "timestamp": rec.timestamp,
            "key": rec.key.decode("utf-8", "replace") if rec.key is not None else None,
        }
        try:
            value = (records.decode_raw(rec.value, settings.max_text_chars) if name == "raw"
                     else kafka_io.decode_value(settings, name, rec.value))
            out["value"] = records.to_json_compatible(value)
        except schemas.DecodeError as exc:
            out["value"] = None
            out["error"] = {"reason": exc.reason, "message": str(exc)}
        _print_json(out)
        sys.stdout.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- classify


def cmd_classify(args: argparse.Namespace) -> int:
    """``seda classify --input IN --output OUT``: offline triage of JSON Lines."""
    from pipeline import classify

    show = sys.stderr.isatty() and not args.quiet
    count = classify.classify_stream(args.input, args.output, batch_size=args.batch_size,
                                     progress=_progress if show else None)
    if show:
        sys.stderr.write("\n")
    log.info("classified %d messages", count)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    """``seda train``: build every triage model from the corpus and permitted public sets."""
    from pipeline.triage import train

    settings = _settings()
    manifest = train.train(settings.shared_data_dir)
    print(f"models {manifest['version']} written to pipeline/models in {manifest['seconds']}s; "
          + ", ".join(f"{task} {rows} rows" for task, rows in manifest["trained_rows"].items()))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """``seda eval``: quality on the held-out split and the public sets, with baselines."""
    from pipeline.triage import quality

    text, figures = quality.run(_settings().shared_data_dir, speed=not args.no_speed)
    if args.write:
        quality.write(Path(args.write), text, figures)
        log.info("wrote %s and %s", args.write, Path(args.write).with_suffix(".json"))
    print(text)
    return EXIT_OK


def cmd_corpus(args: argparse.Namespace) -> int:
    """``seda corpus check|build|score|stats|conflicts``."""
    import collections

    from pipeline import corpus

    if args.action == "build":
        for name, (train, held) in corpus.build(Path(args.raw)).items():
            print(f"{name:<24} train {train:>5}  held-out {held:>5}")
        return EXIT_OK
    if args.action == "score":
        # A new batch is scored whole, by the models and rules of the moment, before it is split
        # and before any rule is written from it: the fairest figure for text never seen.
        from pipeline.triage import quality

        files = sorted(Path(args.raw).glob("*.jsonl"))
        if not files:
            log.error("no *.jsonl files in %s", args.raw)
            return EXIT_FAIL
        batch = {f.name: [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
                 for f in files}
        for line in quality.score_batches(batch):
            print(line)
        return EXIT_OK
    rows = corpus.train_rows() + corpus.heldout_rows()
    if args.action == "conflicts":
        fields = ([f.strip() for f in args.fields.split(",") if f.strip()] if args.fields is not None
                  else list(corpus.CONFLICT_FIELDS))
        unknown = sorted(set(fields) - corpus.FIELDS) if fields else ["(none)"]
        if unknown:
            log.error("--fields: not a corpus field: %s", ", ".join(unknown))
            return EXIT_USAGE
        groups = corpus.conflicts(rows, fields)
        for group in groups:
            print(f"== {group[0]['text']!r}")
            for r in group:
                split = "held-out" if corpus.is_heldout(r["id"]) else "train"
                labels = " ".join(f"{f}={json.dumps(r.get(f), ensure_ascii=False)}" for f in fields)
                print(f"   {r['id']:<20} {split:<8} {labels}  {r['text']!r}")
        print(f"{len(groups)} repeated messages disagree on {', '.join(fields)}")
        return EXIT_OK
    if args.action == "check":
        problems = corpus.check(rows)
        for line in problems:
            print(line)
        print(f"{len(rows)} lines, {len(problems)} problems")
        return EXIT_FAIL if problems else EXIT_OK
    for field in ("language", "category", "sentiment", "channel"):
        counts = collections.Counter(r[field] for r in rows)
        print(f"{field}: " + "  ".join(f"{k} {v}" for k, v in counts.most_common()))
    flags = {f: sum(bool(r[f]) for r in rows) for f in ("opt_out", "opt_out_review", "opt_in", "help",
                                                      "escalate")}
    print("flags: " + "  ".join(f"{k} {v}" for k, v in flags.items()))
    print(f"train {len(corpus.train_rows())}, held-out {len(corpus.heldout_rows())}")
    return EXIT_OK


# --------------------------------------------------------------------------- run / summary


def cmd_run(args: argparse.Namespace) -> int:
    """``seda run``: stack, topics, index, one detached worker, sample replay, summary."""
    from pipeline import demo

    return demo.run(_settings(), Path(args.sample), timeout_s=args.timeout)


def cmd_summary(args: argparse.Namespace) -> int:
    """``seda summary``: counts of what is indexed, opt-outs, escalations, dead letters."""
    from pipeline import demo

    print(demo.summary_text(_settings(), None))
    return EXIT_OK


def cmd_suppression(args: argparse.Namespace) -> int:
    """``seda suppression check|add|remove|import|export|history``: the suppression list."""
    from pipeline import kafka_io, records, suppression

    settings = _settings()

    def normalize(raw: str) -> str:
        return records.normalize_address(raw, settings.default_calling_code)

    if args.action in ("check", "add", "remove", "history") and not args.address:
        print(f"seda suppression {args.action}: an ADDRESS is required", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "check":
        address = normalize(args.address)
        key = records.suppression_key(address, args.tenant)
        found, value = kafka_io.latest_value(settings, settings.topic("optouts"), key.encode("utf-8"))
        state = None
        if found and value:
            state = suppression.from_record(kafka_io.decode_value(settings, "optouts", value))
        summary = suppression.summary(address, state)
        if args.tenant:
            summary["tenant"] = args.tenant
        _print_json(summary)
        return EXIT_OK
    if args.action == "export":
        return _suppression_export(settings, args)
    if args.action == "history":
        return _suppression_history(settings, normalize(args.address), args.tenant)
    now = records.now_utc()
    try:
        if args.action == "import":
            with _open_in(args.file) as fh:
                changes, errors = suppression.parse_import(csv.DictReader(fh), normalize, by=args.by or "",
                                                           at=now, tenant=args.tenant)
            if errors:
                print("seda suppression import: nothing imported:\n  " + "\n  ".join(errors[:20]),
                      file=sys.stderr)
                return EXIT_USAGE
        else:
            action = "opt_out" if args.action == "add" else "opt_in"
            changes = [suppression.operator_change(normalize(args.address), action, by=args.by or "", at=now,
                                                   scope=args.scope, tenant=args.tenant, note=args.note)]
    except ValueError as exc:
        print(f"seda suppression {args.action}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    kafka_io.send_records(settings, "optout_requests",
                          [(records.suppression_key(c["address"], c["tenant"]), c) for c in changes])
    _print_json({"action": args.action, "requests": len(changes), "topic": settings.topic("optout_requests"),
                 "requested_by": changes[0]["requested_by"] if changes else None})
    return EXIT_OK


def _open_in(path: str) -> Any:
    return contextlib.nullcontext(sys.stdin) if path == "-" else open(path, encoding="utf-8-sig", newline="")


def _suppression_export(settings: Settings, args: argparse.Namespace) -> int:
    from pipeline import kafka_io, suppression

    latest = kafka_io.latest_values(settings, settings.topic("optouts"), timeout_s=600)
    states = [kafka_io.decode_value(settings, "optouts", v) for v in latest.values() if v]
    rows = [suppression.export_row(s) for s in states
            if (args.all or s["suppressed"]) and (args.tenant is None or s["tenant"] == args.tenant)]
    rows.sort(key=lambda r: (r["tenant"], r["address"]))
    with (contextlib.nullcontext(sys.stdout) if args.file == "-"
          else open(args.file, "w", encoding="utf-8", newline="")) as out:
        writer = csv.DictWriter(out, fieldnames=suppression.EXPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"exported {len(rows)} address(es)", file=sys.stderr)
    return EXIT_OK


def _suppression_history(settings: Settings, address: str, tenant: str | None) -> int:
    from pipeline import es, records

    client = es.sync_client(settings)
    try:
        found = client.search(index=settings.suppression_audit_index, size=1000,
                              sort=[{"occurred_at": "asc"}],
                              query={"term": {"key": records.suppression_key(address, tenant)}})
    finally:
        client.close()
    for hit in found["hits"]["hits"]:
        _print_json(hit["_source"])
    return EXIT_OK


def _bool(text: str | None) -> bool | None:
    if text is None:
        return None
    if text.lower() in ("true", "yes", "1"):
        return True
    if text.lower() in ("false", "no", "0"):
        return False
    raise ValueError(f"{text!r}: true or false")


def cmd_dashboards(args: argparse.Namespace) -> int:
    """``seda dashboards build|snapshot|check``."""
    from pipeline import dashboards

    if args.action == "build":
        for path in dashboards.build(Path(args.out) if args.out else dashboards.DASHBOARD_DIR):
            print(f"wrote {path}")
        return EXIT_OK
    settings = _settings()
    url = args.prometheus or f"http://127.0.0.1:{settings.prometheus_port}"
    group = args.group or dashboards.ALL_GROUPS
    try:
        if args.action == "snapshot":
            docs = Path(__file__).resolve().parent.parent / "docs" / "dashboards"
            out = Path(args.out) if args.out else docs
            for path in dashboards.snapshot(url, out, args.minutes, group):
                print(f"wrote {path}")
            return EXIT_OK
        empty = 0
        for dashboard in dashboards.DASHBOARDS:
            for panel, expr in dashboards.expressions(dashboard, group):
                series = dashboards.query(url, expr)
                empty += not series
                print(f"{len(series):4d} series  {dashboard.uid}: {panel.title}")
        print(f"{empty} queries without data", file=sys.stderr)
    except dashboards.PrometheusError as exc:
        print(f"seda dashboards: {exc}", file=sys.stderr)
        return EXIT_DOWN
    return EXIT_OK


def cmd_respond(args: argparse.Namespace) -> int:
    """``seda respond MESSAGE_ID --by AGENT [--tenant T]``: one HumanResponse on seda.responses."""
    from pipeline import kafka_io, records

    if not args.message_id.strip() or not args.by.strip():
        print("seda respond: a message id and --by are required", file=sys.stderr)
        return EXIT_USAGE
    settings = _settings()
    at = records.now_utc()
    response = {"response_id": records.stable_id("response", args.message_id, args.by, at.isoformat()),
                "message_id": args.message_id, "responder": args.by, "tenant": args.tenant,
                "responded_at": at}
    kafka_io.send_records(settings, "responses", [(args.message_id, response)])
    _print_json({"response_id": response["response_id"], "message_id": args.message_id,
                 "topic": settings.topic("responses")})
    return EXIT_OK


def cmd_corrections(args: argparse.Namespace) -> int:
    """``seda corrections add MESSAGE_ID ...`` / ``seda corrections export``."""
    from pipeline import corrections, es, kafka_io, records

    settings = _settings()
    if args.action == "add":
        try:
            correction = corrections.make(
                args.message_id or "", by=args.by or "", reason=args.reason or "", at=records.now_utc(),
                language=args.language, category=args.category, bug_severity=args.severity,
                sentiment=args.sentiment, escalate=_bool(args.escalate), opt_out=_bool(args.opt_out))
        except ValueError as exc:
            print(f"seda corrections add: {exc}", file=sys.stderr)
            return EXIT_USAGE
        kafka_io.send_records(settings, "corrections", [(correction["message_id"], correction)])
        _print_json({"correction_id": correction["correction_id"], "message_id": correction["message_id"],
                     "topic": settings.topic("corrections")})
        return EXIT_OK
    made = [kafka_io.decode_value(settings, "corrections", r.value)
            for r in kafka_io.consume(settings, settings.topic("corrections"), from_beginning=True,
                                      timeout_s=3, max_records=None) if r.value]
    ids = sorted({c["message_id"] for c in made})
    documents: dict[str, dict[str, Any]] = {}
    client = es.sync_client(settings)
    try:
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            found = client.search(index=settings.messages_alias, query={"ids": {"values": chunk}},
                                  size=len(chunk))
            documents.update({h["_id"]: h["_source"] for h in found["hits"]["hits"]})
    finally:
        client.close()
    rows = corrections.training_rows(documents, made)
    with (contextlib.nullcontext(sys.stdout) if args.file == "-"
          else open(args.file, "w", encoding="utf-8")) as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"exported {len(rows)} corrected message(s) from {len(made)} correction(s)", file=sys.stderr)
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    """``seda bench``: the benchmark run, or ``--check`` against the committed logic baseline."""
    from pipeline import bench

    if args.profile:
        print(bench.profile_worker(args.messages or 60_000, args.profile_seconds, Path(args.profile),
                                   _settings(), say=lambda line: print(line, file=sys.stderr, flush=True)))
        return EXIT_OK
    if args.check or args.save_baseline:
        baseline = Path(args.baseline)
        if args.save_baseline:
            rate = max(bench.logic_rate(args.check_messages, _settings().enrich_batch_size,
                                        bench.loadgen.corpus_rows()) for _ in range(3))
            baseline.parent.mkdir(parents=True, exist_ok=True)
            baseline.write_text(json.dumps({"logic_msgs_per_s_per_core": round(rate),
                                            "machine": bench.machine()}, indent=2) + "\n")
            print(f"baseline {baseline}: {rate:,.0f} msg/s")
            return EXIT_OK
        ok, message = bench.baseline_check(args.check_messages, baseline)
        print(("ok: " if ok else "REGRESSION: ") + message)
        return EXIT_OK if ok else EXIT_FAIL
    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text())
        out = bench.BenchOutput(saved["results"], saved["meta"])
        print(bench.render_table(out.results))
        command = saved["meta"].get("command", "seda bench")
        for path in bench.write_outputs(out, args.json, args.report, command):
            print(f"wrote {path}", file=sys.stderr)
        return EXIT_OK
    plan = bench.plan_for(args.quick, e2e_messages=args.messages, rss_messages=args.messages,
                          es_docs=args.messages, load_seconds=args.load_seconds)
    out = bench.run(plan, _settings(), say=lambda line: print(line, file=sys.stderr, flush=True),
                    keep=args.keep)
    print(bench.render_table(out.results))
    command = "seda bench" + (" --quick" if args.quick else "") + (f" --report {args.report}" if args.report
                                                                     else "")
    out.meta["command"] = command
    for path in bench.write_outputs(out, args.json, args.report, command):
        print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """``seda settings``: the effective settings (or the list of variables)."""
    from pipeline import settings as settings_module

    if args.list:
        for var, typ, default in settings_module.describe():
            print(f"{var:<32} {typ:<6} {default}")
        return EXIT_OK
    import dataclasses

    for key, value in dataclasses.asdict(_settings()).items():
        print(f"SEDA_{key.upper()}={value}")
    return EXIT_OK


def cmd_schemas(args: argparse.Namespace) -> int:
    """``seda schemas check|snapshot``."""
    from pipeline import schema_compat

    if args.action == "check":
        problems = schema_compat.check_all()
        for line in problems:
            print(line)
        if problems:
            return EXIT_FAIL
        print("every schema can read every kept previous version")
        return EXIT_OK
    for path in schema_compat.snapshot(args.name):
        print(f"kept {path}")
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="seda",
        description="Seda: triage of inbound customer messages (fa/ar/en, Finglish, Arabizi) "
                    "on Kafka, Elasticsearch and Prometheus. Settings come from SEDA_* "
                    "environment variables (see `seda settings --list`).",
    )
    parser.add_argument("--version", action="version", version=f"seda {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("stack", cmd_stack, "run the local Kafka, Elasticsearch and Prometheus (no Docker)")
    p.add_argument("action", choices=["up", "down", "status", "logs"],
                   help="up: install and start (idempotent); down: stop everything incl. workers; "
                        "status: exit 0 when all healthy, 3 otherwise; logs: show log files")
    p.add_argument("service", nargs="?", help="for logs: kafka, elasticsearch, prometheus or worker-N")
    p.add_argument("-n", "--lines", type=int, default=40, help="log lines to show (default 40)")
    p.add_argument("-f", "--follow", action="store_true", help="keep printing new log lines")
    p.add_argument("--json", action="store_true", help="status as JSON lines")
    p.add_argument("--registry", action="store_true",
                   help="with up: also start a local Apicurio schema registry (Confluent-compatible API)")

    p = add("topics", cmd_topics, "create or list Seda's Kafka topics")
    p.add_argument("action", choices=["create", "list"])

    p = add("es", cmd_es, "install the Elasticsearch index template and alias")
    p.add_argument("action", choices=["setup"])

    p = add("worker", cmd_worker, "run a stream worker (Faust) in the foreground, or --detach")
    p.add_argument("--detach", action="store_true",
                   help="start in the background (log and pid under the state directory); "
                        "does nothing if that worker already runs")
    p.add_argument("--index", type=int, default=None,
                   help="worker number n: web/metrics port 6066+n (default SEDA_WORKER_INDEX or 0)")

    p = add("produce", cmd_produce, "send messages from a JSONL or CSV file to the raw topic")
    p.add_argument("file", help="JSONL or CSV file ('-' for JSONL on stdin); fields: id, text, "
                                "channel (default sms), sender, customer_id, received_at, "
                                "in_reply_to, survey_scale, tenant, receiving_line")
    p.add_argument("--format", choices=["jsonl", "csv"], default=None,
                   help="input format (default: from the file name; stdin is jsonl)")
    p.add_argument("--rate", type=float, default=None,
                   help="messages per second (default: as fast as possible)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    p = add("tail", cmd_tail, "print decoded records of a topic as JSON lines")
    p.add_argument("topic", help="topic (full name such as seda.optouts, or logical: raw, enriched, "
                                 "optouts, escalations, replies, responses, deadletter)")
    p.add_argument("--from-beginning", action="store_true", help="start at the earliest offset")
    p.add_argument("--timeout", type=float, default=None,
                   help="stop after this many seconds without a record (exit 0)")
    p.add_argument("--max", type=int, default=None, help="stop after this many records (exit 0)")

    p = add("classify", cmd_classify, "triage JSON Lines offline (no Kafka needed)")
    p.add_argument("--input", default="-", help="input JSONL ('-' = stdin): id, text, optional "
                                                 "channel, in_reply_to, survey_scale")
    p.add_argument("--output", default="-", help="output JSONL ('-' = stdout)")
    p.add_argument("--batch-size", type=int, default=512, help="messages triaged per batch")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    add("train", cmd_train, "build the triage models (corpus training split + permitted public sets)")

    p = add("eval", cmd_eval, "score every triage task on the held-out split and the public test sets")
    p.add_argument("--write", metavar="PATH", help="also write the report (e.g. docs/quality.md) and "
                                                   "its figures as JSON beside it")
    p.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")

    p = add("corpus", cmd_corpus, "check, build (split), score (new files, whole), summarise the labelled "
                                  "corpus or list messages it labels two ways")
    p.add_argument("action", choices=["check", "build", "score", "stats", "conflicts"])
    p.add_argument("--raw", default=str(Path(__file__).parent / "data" / "corpus" / "raw"),
                   help="for build and score: directory of newly written files (build checks, "
                        "deduplicates and splits them)")
    p.add_argument("--fields", help="for conflicts: comma-separated label fields to compare (default "
                                    "opt_out,opt_out_review; e.g. escalate, category)")

    p = add("run", cmd_run, "bring everything up, replay the bundled sample and print a summary")
    p.add_argument("--sample", default=str(Path(__file__).parent / "data" / "sample_messages.jsonl"),
                   help="JSONL file to replay")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for indexing")

    add("summary", cmd_summary, "counts by language, category and sentiment; opt-outs; escalations; "
                                "dead letters")

    p = add("suppression", cmd_suppression, "the suppression list (seda.optouts): check an address, "
                                            "add or remove one, import/export CSV blacklists, show an "
                                            "address's audit trail")
    p.add_argument("action", choices=["check", "add", "remove", "import", "export", "history"])
    p.add_argument("address", nargs="?", help="phone number, email address or handle, as the customer wrote "
                                              "from (check, add, remove, history)")
    p.add_argument("--tenant", default=None, help="tenant the list belongs to (default: none)")
    p.add_argument("--scope", default="all", choices=["all", "marketing", "surveys"],
                   help="scope to add or remove (default: all)")
    p.add_argument("--by", default=None, help="operator making the change (add, remove, import; audited)")
    p.add_argument("--note", default=None, help="why (add, remove; audited)")
    p.add_argument("--file", default="-", help="CSV to import (columns address[,scope,tenant,since,note]) or "
                                               "to export to; - for stdin/stdout")
    p.add_argument("--all", action="store_true", help="export: also addresses no longer suppressed")

    p = add("corrections", cmd_corrections, "correct a triaged message (seda.corrections: fixes its document "
                                            "and, for opt-outs, the suppression list) or export corrections "
                                            "as training data (JSON Lines)")
    p.add_argument("action", choices=["add", "export"])
    p.add_argument("message_id", nargs="?", help="id of the message to correct (add)")
    p.add_argument("--by", default=None, help="operator making the correction (add)")
    p.add_argument("--reason", default=None, help="why (add)")
    p.add_argument("--language", default=None)
    p.add_argument("--category", default=None)
    p.add_argument("--severity", default=None, help="bug severity: critical, major, minor, cosmetic")
    p.add_argument("--sentiment", default=None)
    p.add_argument("--escalate", default=None, help="true or false")
    p.add_argument("--opt-out", dest="opt_out", default=None,
                   help="false reverses a wrongly applied opt-out; true applies a missed one")
    p.add_argument("--file", default="-", help="export: where to write the JSON Lines (- for stdout)")

    p = add("respond", cmd_respond, "record a human response to a message on seda.responses (what a helpdesk "
                                    "integration publishes; it stops the message's SLA timer)")
    p.add_argument("message_id", help="id of the customer message answered")
    p.add_argument("--by", required=True, help="who answered (staff identifier)")
    p.add_argument("--tenant", default=None, help="tenant of the message (default: none)")

    p = add("dashboards", cmd_dashboards, "write the Grafana dashboards (grafana/dashboards/*.json) or "
                                          "render them from Prometheus to PNG without Grafana")
    p.add_argument("action", choices=["build", "snapshot", "check"],
                   help="build: write the JSON; snapshot: one PNG per dashboard; check: run every panel's "
                        "query against Prometheus and list the ones without data")
    p.add_argument("--out", default=None, help="build: directory for the JSON (default grafana/dashboards); "
                                               "snapshot: directory for the PNGs (default docs/dashboards)")
    p.add_argument("--minutes", type=float, default=30.0, help="snapshot: time range (default 30)")
    p.add_argument("--group", default=None, help="consumer group to show (default: all)")
    p.add_argument("--prometheus", default=None, help="Prometheus URL (default: the local stack's)")

    p = add("bench", cmd_bench, "measure throughput, latency and memory next to the Kafka and "
                                "Elasticsearch ceilings (local stack, own prefix)")
    p.add_argument("--quick", action="store_true", help="less load: the whole run in under 5 minutes")
    p.add_argument("--json", metavar="FILE", help="write the figures as flat JSON (and FILE's .meta.json)")
    p.add_argument("--report", metavar="PATH", help="write a Markdown report (e.g. docs/benchmarks.md) "
                                                    "with a PNG plot and the JSON beside it")
    p.add_argument("--messages", type=int, default=None,
                   help="backlog size of the end-to-end runs (default: 20,000 quick; "
                        "1,000,000 for 1 worker and 200,000 for 2 workers full)")
    p.add_argument("--load-seconds", type=float, default=None,
                   help="duration of each latency load level (default: 20 quick, 60 full)")
    p.add_argument("--keep", action="store_true", help="keep the bench topics and indices afterwards")
    p.add_argument("--check", action="store_true",
                   help="only measure the logic throughput and compare it with --baseline (exit 1 on a "
                        "drop of more than 25 %%)")
    p.add_argument("--save-baseline", action="store_true", help="measure the logic throughput and write "
                                                                "it to --baseline")
    p.add_argument("--baseline", default=str(Path(__file__).resolve().parent.parent / "deploy" / "bench"
                                             / "baseline.json"), help="baseline file for --check")
    p.add_argument("--check-messages", type=int, default=20_000, help="messages per logic round (--check)")
    p.add_argument("--profile", metavar="FILE", help="instead of the benchmark: sample one worker draining a "
                                                     "backlog (--messages, default 60,000) with py-spy and "
                                                     "write where its time goes to FILE")
    p.add_argument("--profile-seconds", type=float, default=30.0, help="how long to sample (--profile)")
    p.add_argument("--from-json", metavar="FILE", help="instead of measuring: print and write (--json, "
                                                       "--report) the figures a --report run saved in FILE")

    p = add("settings", cmd_settings, "print the effective SEDA_* settings")
    p.add_argument("--list", action="store_true", help="list every variable with type and default")

    p = add("schemas", cmd_schemas, "check schema compatibility or keep the current versions")
    p.add_argument("action", choices=["check", "snapshot"],
                   help="check: every current schema reads every kept version; "
                        "snapshot: keep the current version of a changed schema in schemas/history")
    p.add_argument("name", nargs="?", help="schema to snapshot (default: every changed one)")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``seda``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "index", None) is not None:
        os.environ["SEDA_WORKER_INDEX"] = str(args.index)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("kafka", "elastic_transport", "urllib3", "aiokafka"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"seda: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from pipeline.stack import StackError

        if args.verbose:
            log.exception("failed")
        kind = "" if isinstance(exc, CliError | StackError) else f"{type(exc).__name__}: "
        print(f"seda {args.command}: {kind}{exc}", file=sys.stderr)
        return EXIT_FAIL
