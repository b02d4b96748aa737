"""The trained linear models of the triage: storage, loading and scoring.

One ``.npz`` file per task under ``pipeline/models/`` (built by ``seda train``,
which ``make install`` runs when they are missing or stale): a weight matrix
(hash buckets x classes, float32), a bias per class, the class labels and the
feature spec. ``manifest.json`` records the version: a hash of the training data,
the training code and the parameters, so ``model_version`` identifies exactly what
produced an output.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from pipeline.triage.features import FeatureSpec

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MANIFEST = "manifest.json"
TASKS = ("language", "category", "sentiment", "severity", "escalation")
GATE_FILE = "escalation_gate.json"


class ModelsMissing(RuntimeError):
    """The model files are not built yet (run ``seda train`` or ``make install``)."""


@dataclass(frozen=True)
class LinearModel:
    """Weights, bias and labels of one task; ``multilabel`` models use a sigmoid per label."""

    task: str
    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    spec: FeatureSpec
    multilabel: bool = False
    #: Names of the rule-signal columns after the hash buckets (empty: n-grams only).
    signals: tuple[str, ...] = ()

    def logits(self, features: sp.csr_matrix) -> np.ndarray:
        """Raw scores, ``n x classes``."""
        return np.asarray(features @ self.weights, dtype=np.float32) + self.bias

    def save(self, directory: Path) -> Path:
        """Write ``<task>.npz``."""
        path = directory / f"{self.task}.npz"
        rows = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.int32)
        # Only buckets the training data touched have weights: store those rows.
        np.savez_compressed(
            # float16 halves the files; the scores move by less than 1e-3.
            path, rows=rows, values=self.weights[rows].astype(np.float16), bias=self.bias,
            labels=np.array(self.labels), orders=np.array(self.spec.orders), bits=self.spec.bits,
            skeleton=self.spec.skeleton,
            multilabel=self.multilabel, signals=np.array(self.signals, dtype=str),
        )
        return path

    @classmethod
    def load(cls, task: str, directory: Path) -> LinearModel:
        """Read ``<task>.npz``."""
        with np.load(directory / f"{task}.npz") as data:
            # Files written before skeleton features existed have no "skeleton" entry.
            spec = FeatureSpec(orders=tuple(int(o) for o in data["orders"]), bits=int(data["bits"]),
                               skeleton="skeleton" in data.files and bool(data["skeleton"]))
            labels = tuple(str(x) for x in data["labels"])
            signals = tuple(str(x) for x in data["signals"])
            weights = np.zeros((spec.dim + len(signals), len(labels)), dtype=np.float32)
            weights[data["rows"]] = data["values"].astype(np.float32)
            return cls(task, labels, weights, data["bias"].astype(np.float32), spec,
                       bool(data["multilabel"]), signals)


@dataclass(frozen=True)
class Gate:
    """Second-stage logistic regression over the first stage's outputs (escalate or not).

    ``features`` names the inputs in order; ``mean``/``scale`` standardise them as in training.
    """

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, values: np.ndarray) -> float:
        """Probability that a message with these input values escalates."""
        z = float(((values - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, directory: Path, extra: Mapping[str, object] | None = None) -> Path:
        """Write ``escalation_gate.json`` (small: one weight per input)."""
        path = directory / GATE_FILE
        body = {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias, "threshold": self.threshold,
                **(extra or {})}
        path.write_text(json.dumps(body, indent=1) + "\n")
        return path

    @classmethod
    def load(cls, directory: Path) -> Gate | None:
        """Read the gate, or None when the set has none (a first-stage set built for training it)."""
        path = directory / GATE_FILE
        if not path.exists():
            return None
        body = json.loads(path.read_text())
        return cls(tuple(body["features"]), np.array(body["mean"]), np.array(body["scale"]),
                   np.array(body["weights"]), float(body["bias"]), float(body["threshold"]))


@dataclass(frozen=True)
class ModelSet:
    """Every task's model, the escalation gate (if built) and the version string of the set."""

    models: dict[str, LinearModel]
    version: str
    gate: Gate | None = None

    def __getitem__(self, task: str) -> LinearModel:
        return self.models[task]

    @cached_property
    def signal_index(self) -> dict[str, int]:
        """Signal name -> column, as the models were trained."""
        return {name: k for k, name in enumerate(self.models["category"].signals)}

    @cached_property
    def joint(self) -> tuple[np.ndarray, np.ndarray, dict[str, slice]]:
        """The models that read the same features, side by side: weights, biases, column ranges.

        One product with the joint matrix reads each feature's weights for every task
        from one place in memory instead of one random access per task.
        """
        tasks = [t for t in TASKS if t != "language"]
        weights = np.ascontiguousarray(np.hstack([self.models[t].weights for t in tasks]))
        bias = np.concatenate([self.models[t].bias for t in tasks])
        columns, start = {}, 0
        for t in tasks:
            width = len(self.models[t].labels)
            columns[t] = slice(start, start + width)
            start += width
        return weights, bias, columns


def manifest(directory: Path | None = None) -> dict[str, object]:
    """The manifest of the built models (empty when none are built)."""
    path = (directory or MODEL_DIR) / MANIFEST
    return json.loads(path.read_text()) if path.exists() else {}


def load(directory: Path | None = None) -> ModelSet:
    """Load every model once per process (from ``MODEL_DIR`` unless told otherwise).

    Raises:
        ModelsMissing: when ``seda train`` has not produced them.
    """
    return _load(directory or MODEL_DIR)


@cache
def _load(directory: Path) -> ModelSet:
    info = manifest(directory)
    if not info:
        raise ModelsMissing(f"no models in {directory}: run `seda train` (make install does)")
    models = {task: LinearModel.load(task, directory) for task in TASKS}
    return ModelSet(models, str(info["version"]), Gate.load(directory))
