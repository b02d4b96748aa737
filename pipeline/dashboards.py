"""Grafana dashboards as code: three dashboards whose every query is plain PromQL over Seda's metrics.

``seda dashboards build`` writes them to ``grafana/dashboards/*.json`` (a unit test checks the
committed files equal this module's output). Every selector carries ``group=~"$group"`` — the
consumer group label each worker registers with Prometheus — so one Prometheus can watch several
Seda deployments; the dashboards' ``group`` variable defaults to all of them. Windows are fixed
(``[5m]``, ``[1h]``, ``[1d]``) rather than Grafana's ``$__rate_interval``, so the same expressions
run unchanged against the Prometheus HTTP API (``tests/integration/test_dashboards.py``) and in
``seda dashboards snapshot``.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GRAFANA_DIR = Path(__file__).resolve().parent.parent / "grafana"
DASHBOARD_DIR = GRAFANA_DIR / "dashboards"
#: Substituted for ``$group`` when the expressions run outside Grafana: every group.
ALL_GROUPS = ".*"
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
#: Series named in a snapshot panel's legend (the largest by last value).
LEGEND_ENTRIES = 8


def m(name: str, **labels: str) -> str:
    """A selector of ``name`` scoped to the dashboard's ``$group``; a label value ``~x`` matches regex x."""
    matchers = ['group=~"$group"'] + [f'{k}=~"{v[1:]}"' if v.startswith("~") else f'{k}="{v}"'
                                      for k, v in labels.items()]
    return f"{name}{{{','.join(matchers)}}}"


def quantiles(metric: str, window: str = "5m", by: str = "", qs: tuple[float, ...] = (0.5, 0.95, 0.99)
              ) -> list[tuple[str, str]]:
    """``(expr, legend)`` per quantile of a histogram."""
    groups = f"{by}, le" if by else "le"
    return [(f"histogram_quantile({q}, sum by ({groups}) (rate({m(metric + '_bucket')}[{window}])))",
             f"p{round(q * 100)}" + (f" {{{{{by}}}}}" if by else "")) for q in qs]


@dataclass(frozen=True)
class Panel:
    """One panel: its queries (``(expr, legend)``), unit and kind.

    ``expect_data`` says whether the query test's traffic (triaged messages, opt-outs, survey
    answers, a malformed record, a human response) must make every query return data; panels for
    what that traffic does not cause (Elasticsearch failures, SLA breaches) are only checked valid.
    """

    title: str
    targets: list[tuple[str, str]]
    unit: str = "short"
    kind: str = "timeseries"
    description: str = ""
    expect_data: bool = True
    width: int = 12


@dataclass(frozen=True)
class Dashboard:
    """A dashboard: uid, title, panels laid out two per row (``width`` 12) or as given."""

    uid: str
    title: str
    description: str
    panels: list[Panel] = field(default_factory=list)


def _sum_by(by: str, fn: str, metric: str, window: str, **labels: str) -> str:
    return f"sum by ({by}) ({fn}({m(metric, **labels)}[{window}]))"


PIPELINE = Dashboard(
    "seda-pipeline", "Seda — Pipeline health",
    "Is Seda keeping up? Throughput per agent, latency, lag, dead letters, Elasticsearch, workers.", [
    Panel("Records consumed per agent",
          [(_sum_by("agent", "rate", "seda_messages_in_total", "5m"), "{{agent}}")], "reqps"),
    Panel("Records handled per agent and outcome",
          [(_sum_by("agent, outcome", "rate", "seda_messages_out_total", "5m"), "{{agent}} {{outcome}}")],
          "reqps"),
    Panel("End-to-end latency (received -> searchable)", quantiles("seda_end_to_end_latency_seconds"), "s",
          description="From the raw record's Kafka timestamp to the document being indexed."),
    Panel("Consumer lag per partition",
          [(f"sum by (topic, partition) ({m('seda_consumer_lag_messages')})", "{{topic}} [{{partition}}]")],
          description="Messages between the group's committed offset and the partition's end, exported "
                      "by the worker that owns each partition."),
    Panel("Partitions stuck behind a skipped record", [(f"sum({m('seda_partition_stuck')})", "stuck")],
          kind="stat",
          description="Commits held at a record the consumer skipped (alert SedaPartitionStuck)."),
    Panel("Dead letters by reason (last hour)",
          [(_sum_by("stage, reason", "increase", "seda_dead_letters_total", "1h"), "{{stage}} {{reason}}")],
          kind="bargauge"),
    Panel("Elasticsearch bulk latency", quantiles("seda_es_bulk_duration_seconds", qs=(0.5, 0.99)), "s"),
    Panel("Elasticsearch bulk failures by kind",
          [(_sum_by("kind", "rate", "seda_es_bulk_failures_total", "5m"), "{{kind}}")], "reqps",
          expect_data=False),
    Panel("Indexing paused (back-off)", [(f"max({m('seda_es_indexing_paused')})", "paused")], kind="stat"),
    Panel("Workers up", [(f"count({m('up', job='seda-worker')} == 1)", "up")], kind="stat"),
    Panel("Worker restarts (last hour)",
          [(_sum_by("instance", "changes", "seda_worker_start_time_seconds", "1h"), "{{instance}}")],
          kind="stat"),
    Panel("Batch duration p99 per agent",
          quantiles("seda_batch_duration_seconds", by="agent", qs=(0.99,)), "s"),
    Panel("Triage CPU per message",
          [(f"sum(rate({m('seda_triage_duration_seconds_sum')}[5m])) / "
            f"sum(rate({m('seda_messages_in_total', agent='enrich_messages')}[5m]))", "CPU s / message")],
          "s"),
    Panel("Worker memory (RSS)", [(m("process_resident_memory_bytes"), "{{instance}}")], "bytes"),
])

_NPS = "seda_survey_answers_total"

VOICE = Dashboard(
    "seda-voice", "Seda — Voice of the customer",
    "What customers say: volume by category, language and channel, sentiment, NPS/CSAT, escalations, "
    "repeat contacts and response deadlines.", [
    Panel("Messages per minute by category",
          [(_sum_by("category", "rate", "seda_messages_by_category_total", "5m") + " * 60", "{{category}}")]),
    Panel("Messages per minute by language",
          [(_sum_by("language", "rate", "seda_messages_by_language_total", "5m") + " * 60", "{{language}}")]),
    Panel("Messages per minute by channel",
          [(_sum_by("channel", "rate", "seda_messages_by_language_total", "5m") + " * 60", "{{channel}}")]),
    Panel("Sentiment share (15 minutes)",
          [(_sum_by("sentiment", "rate", "seda_messages_by_sentiment_total", "15m")
            + " / ignoring (sentiment) "
            f"group_left sum(rate({m('seda_messages_by_sentiment_total')}[15m]))", "{{sentiment}}")],
          "percentunit"),
    Panel("NPS (last 24 hours)",
          [(f"100 * ((sum(increase({m(_NPS, scale='nps', band='promoter')}[1d])) or vector(0)) - "
            f"(sum(increase({m(_NPS, scale='nps', band='detractor')}[1d])) or vector(0))) / "
            f"sum(increase({m(_NPS, scale='nps')}[1d]))", "NPS")], kind="stat",
          description="Promoters minus detractors, in % of NPS answers (-100 to 100). Per window and "
                      "campaign: the seda-scores index."),
    Panel("CSAT satisfied (4-5, last 24 hours)",
          [(f"sum(increase({m(_NPS, scale='csat', band='~4|5')}[1d])) / "
            f"sum(increase({m(_NPS, scale='csat')}[1d]))", "satisfied")], "percentunit", kind="stat"),
    Panel("Survey answers by band (last 24 hours)",
          [(_sum_by("scale, band", "increase", _NPS, "1d"), "{{scale}} {{band}}")], kind="bargauge"),
    Panel("Top escalation reasons (last 24 hours)",
          [(f"topk(10, {_sum_by('reason', 'increase', 'seda_escalations_total', '1d')})", "{{reason}}")],
          kind="bargauge"),
    Panel("Repeat contacts (last 24 hours)",
          [(f"sum(increase({m('seda_escalations_total', reason='repeat_contact')}[1d]))", "repeat contacts")],
          kind="stat", expect_data=False,
          description="Customers who wrote 3 complaints, bug reports or questions within 24 hours."),
    Panel("Waiting for a first response (SLA timers)",
          [(f"sum by (category, status) ({m('seda_sla_open_items')})", "{{category}} {{status}}")],
          description="Open: before the deadline; breached: past it (escalated), still unanswered."),
    Panel("SLA breaches by category (last 24 hours)",
          [(_sum_by("category", "increase", "seda_sla_breaches_total", "1d"), "{{category}}")],
          kind="bargauge", expect_data=False),
    Panel("Time to first response", quantiles("seda_sla_response_seconds", "1d", qs=(0.5, 0.9)), "s"),
])

COMPLIANCE = Dashboard(
    "seda-compliance", "Seda — Compliance",
    "Opt-outs honoured and confirmed in time: opt-outs and opt-ins, confirmation latency against the "
    "5-minute rule, the suppression list, ambiguous opt-outs waiting for review.", [
    Panel("Opt-outs and opt-ins by language (last hour)",
          [(_sum_by("action, language", "increase", "seda_optout_events_total", "1h"),
            "{{action}} {{language}}")], kind="bargauge"),
    Panel("Opt-outs by rule tier (last hour)",
          [(_sum_by("tier", "increase", "seda_optout_events_total", "1h", action="opt_out"), "{{tier}}")],
          kind="bargauge",
          description="keyword: hard keywords (STOP, 11, لغو); free_text: confident free text."),
    Panel("Confirmation latency against the 5-minute rule",
          [*quantiles("seda_optout_confirmation_seconds", "15m", qs=(0.5, 0.99)),
           ("vector(300)", "5-minute limit")], "s",
          description="From Seda receiving the opt-out to its confirmation being on seda.replies."),
    Panel("Confirmations later than 5 minutes (last 24 hours)",
          [(f"sum(increase({m('seda_optout_confirmation_seconds_count')}[1d])) - "
            f"sum(increase({m('seda_optout_confirmation_seconds_bucket', le='300.0')}[1d]))", "late")],
          kind="stat"),
    Panel("Opt-out to request latency", quantiles("seda_optout_latency_seconds", qs=(0.5, 0.99)), "s",
          description="From the customer's message to the request being on seda.optout.requests."),
    Panel("Suppression list size by scope",
          [(f"max by (scope) ({m('seda_suppression_list_size')})", "{{scope}}")],
          description="Addresses suppressed now, from the seda-suppression index."),
    Panel("Ambiguous opt-outs waiting for review", [(f"max({m('seda_optout_review_waiting')})", "waiting")],
          kind="stat",
          description="The review consumer group's lag on seda.optout.review (SEDA_REVIEW_GROUP)."),
    Panel("Ambiguous opt-outs flagged by language (last hour)",
          [(_sum_by("language", "increase", "seda_optout_review_total", "1h"), "{{language}}")],
          kind="bargauge"),
    Panel("Replies by kind (last hour)",
          [(_sum_by("kind", "increase", "seda_replies_total", "1h"), "{{kind}}")], kind="bargauge"),
    Panel("Corrections by field (last 24 hours)",
          [(_sum_by("field", "increase", "seda_corrections_total", "1d"), "{{field}}")], kind="bargauge",
          expect_data=False),
])

DASHBOARDS = (PIPELINE, VOICE, COMPLIANCE)


def expressions(dashboard: Dashboard, group: str = ALL_GROUPS) -> list[tuple[Panel, str]]:
    """Every ``(panel, PromQL)`` of a dashboard with ``$group`` replaced, as Prometheus runs it."""
    return [(p, expr.replace("$group", group)) for p in dashboard.panels for expr, _ in p.targets]


def metric_names(expr: str) -> set[str]:
    """The metric names an expression selects (``name{...}``)."""
    return set(re.findall(r"([a-zA-Z_:][a-zA-Z0-9_:]*)\{", expr)) - {"vector"}


def to_grafana(dashboard: Dashboard) -> dict[str, Any]:
    """The dashboard as Grafana JSON (schema 39), with ``datasource`` and ``group`` variables."""
    panels, x, y, row_height = [], 0, 0, 8
    for n, panel in enumerate(dashboard.panels, 1):
        if x + panel.width > 24:
            x, y = 0, y + row_height
        panels.append({
            "id": n,
            "type": panel.kind,
            "title": panel.title,
            "description": panel.description,
            "datasource": DATASOURCE,
            "gridPos": {"h": row_height, "w": panel.width, "x": x, "y": y},
            "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
            "options": {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": True}}
            if panel.kind == "timeseries" else {"reduceOptions": {"calcs": ["lastNotNull"]}},
            "targets": [{"refId": chr(ord("A") + i), "datasource": DATASOURCE, "expr": expr,
                         "legendFormat": legend, "range": True}
                        for i, (expr, legend) in enumerate(panel.targets)],
        })
        x += panel.width
    return {
        "uid": dashboard.uid,
        "title": dashboard.title,
        "description": dashboard.description,
        "tags": ["seda"],
        "timezone": "browser",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": [
            {"name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus",
             "current": {}, "hide": 0},
            {"name": "group", "label": "Consumer group", "type": "query", "datasource": DATASOURCE,
             "query": {"query": "label_values(seda_worker_info, group)", "refId": "group"},
             "definition": "label_values(seda_worker_info, group)", "includeAll": True,
             "allValue": ALL_GROUPS, "multi": True, "current": {"text": "All", "value": "$__all"},
             "refresh": 2, "hide": 0},
        ]},
        "panels": panels,
    }


def render_json(dashboard: Dashboard) -> str:
    """The file content of a dashboard (stable key order, trailing newline)."""
    return json.dumps(to_grafana(dashboard), indent=2, ensure_ascii=False) + "\n"


def build(directory: Path = DASHBOARD_DIR) -> list[Path]:
    """Write every dashboard to ``directory/<uid>.json``; return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for dashboard in DASHBOARDS:
        path = directory / f"{dashboard.uid}.json"
        path.write_text(render_json(dashboard), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------- queries


class PrometheusError(RuntimeError):
    """Prometheus refused a query (bad PromQL) or could not be reached."""


def query(prometheus_url: str, expr: str, *, at: float | None = None, start: float | None = None,
          end: float | None = None, step: float = 15.0, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Run ``expr`` through the Prometheus HTTP API: instant (``at``) or range (``start``/``end``).

    Returns:
        The result series (``metric`` labels and ``value`` or ``values``).

    Raises:
        PrometheusError: the query is invalid or Prometheus did not answer.
    """
    import urllib.error
    import urllib.parse
    import urllib.request

    if start is not None and end is not None:
        params = {"query": expr, "start": f"{start:.3f}", "end": f"{end:.3f}", "step": f"{step:g}"}
        path = "query_range"
    else:
        params = {"query": expr, **({"time": f"{at:.3f}"} if at is not None else {})}
        path = "query"
    url = f"{prometheus_url.rstrip('/')}/api/v1/{path}?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - operator-given URL
            body = json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        body = json.loads(exc.read() or b"{}")
        kind = body.get("errorType", exc.code)
        raise PrometheusError(f"{kind}: {body.get('error', '')} in {expr}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise PrometheusError(f"Prometheus at {prometheus_url} did not answer: {exc}") from exc
    if body.get("status") != "success":
        raise PrometheusError(f"{body.get('errorType')}: {body.get('error')} in {expr}")
    result = body["data"]["result"]
    # A scalar or string result is one value, not a list of series.
    return result if isinstance(result, list) else [{"metric": {}, "value": result}]


def legend(template: str, labels: dict[str, str]) -> str:
    """A Grafana legend format (``{{agent}} {{outcome}}``) filled from series labels."""
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda mo: labels.get(mo.group(1), ""), template).strip() or "value"


def snapshot(prometheus_url: str, out_dir: Path, minutes: float = 30.0, group: str = ALL_GROUPS,
             now: float | None = None) -> list[Path]:
    """Render each dashboard's panels from Prometheus to ``out_dir/<uid>.png`` (no Grafana needed).

    Time series are drawn over the last ``minutes``; stat panels show the last value, bar gauges
    the last value per series, as Grafana would.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    end = now or time.time()
    start = end - minutes * 60
    step = max(5.0, minutes * 60 / 240)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for dashboard in DASHBOARDS:
        cols = 3
        rows = math.ceil(len(dashboard.panels) / cols)
        fig, axes = plt.subplots(rows, cols, figsize=(cols * 6, rows * 3.2), squeeze=False,
                                 layout="constrained")
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(end))
        fig.suptitle(f"{dashboard.title} — last {minutes:g} min, {when}", fontsize=14)
        for ax, panel in zip(axes.flat, dashboard.panels, strict=False):
            ax.set_title(panel.title, fontsize=10)
            drawn = _draw(ax, panel, prometheus_url, group, start, end, step)
            if not drawn:
                ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="grey")
        for ax in list(axes.flat)[len(dashboard.panels):]:
            ax.axis("off")
        path = out_dir / f"{dashboard.uid}.png"
        fig.savefig(path, dpi=70)
        plt.close(fig)
        written.append(path)
    return written


def _draw(ax: Any, panel: Panel, url: str, group: str, start: float, end: float, step: float) -> bool:
    if panel.kind == "timeseries":
        lines = []
        for expr, fmt in panel.targets:
            for series in query(url, expr.replace("$group", group), start=start, end=end, step=step):
                points = [(float(t) - end, float(v)) for t, v in series["values"] if v not in ("NaN", "+Inf")]
                if points:
                    lines.append((legend(fmt, series["metric"]), points))
        # The largest series by last value get the legend; the rest are drawn unlabelled.
        lines.sort(key=lambda lp: -lp[1][-1][1])
        for n, (name, points) in enumerate(lines):
            ax.plot([p[0] / 60 for p in points], [p[1] for p in points],
                    label=name if n < LEGEND_ENTRIES else None, linewidth=1)
        if lines:
            ax.set_xlabel("minutes ago", fontsize=8)
            ax.set_ylabel(panel.unit, fontsize=8)
            ax.tick_params(labelsize=7)
            title = f"+{len(lines) - LEGEND_ENTRIES} more" if len(lines) > LEGEND_ENTRIES else None
            ax.legend(fontsize=6, loc="upper left", ncol=2, title=title, title_fontsize=6)
        return bool(lines)
    values = []
    for expr, fmt in panel.targets:
        for series in query(url, expr.replace("$group", group), at=end):
            value = float(series["value"][1])
            if not math.isnan(value):
                values.append((legend(fmt, series["metric"]), value))
    if not values:
        return False
    if panel.kind == "stat":
        ax.axis("off")
        text = "\n".join(f"{name}: {_fmt(value, panel.unit)}" for name, value in values[:4])
        ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=16 if len(values) == 1 else 10,
                transform=ax.transAxes)
    else:
        values.sort(key=lambda nv: nv[1])
        values = values[-12:]
        ax.barh([n for n, _ in values], [v for _, v in values])
        ax.tick_params(axis="y", labelsize=6)
    return True


def _fmt(value: float, unit: str) -> str:
    if unit == "percentunit":
        return f"{value * 100:.1f} %"
    if unit == "s":
        return f"{value:.3g} s"
    return f"{value:,.4g}"
