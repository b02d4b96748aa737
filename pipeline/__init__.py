"""Seda: triage of inbound customer messages in Persian, Arabic and English, on Kafka."""

__version__ = "0.1.0"
