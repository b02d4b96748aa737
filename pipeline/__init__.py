"""Seda: triage of inbound customer messages in Persian, Arabic and English, on Kafka."""

from pathlib import Path

__version__ = "0.1.0"
#: The package directory this process runs; a worker reports it so `seda run` can tell
#: whether a running worker comes from this checkout.
SOURCE_DIR = str(Path(__file__).resolve().parent)
