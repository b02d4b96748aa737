"""Agent tests: each agent runs under ``test_context()`` (memory store, no broker).

Output topics are swapped for in-memory Faust channels, so what an agent sends is
read back exactly as a downstream agent would receive it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from pipeline.app import app


class Outputs:
    """In-memory channels standing in for an agent module's output topics."""

    def __init__(self) -> None:
        self.channels: dict[str, Any] = {}
        self.iters: dict[str, Any] = {}

    def add(self, name: str) -> Any:
        channel = app.channel()
        self.channels[name] = channel
        self.iters[name] = channel.__aiter__()
        return channel

    async def take(self, name: str, count: int, timeout: float = 10.0) -> list[Any]:
        """The next ``count`` events sent to output ``name``."""
        return [await asyncio.wait_for(self.iters[name].__anext__(), timeout) for _ in range(count)]

    def empty(self, name: str) -> bool:
        return self.iters[name].empty()


@pytest.fixture
def outputs(monkeypatch) -> Iterator[Any]:
    """Factory: ``outputs(module, "enriched_messages", "deadletter")`` patches and returns Outputs."""
    made = Outputs()

    def patch(module: Any, *names: str) -> Outputs:
        for name in names:
            monkeypatch.setattr(module, name, made.add(name))
        return made

    yield patch


@pytest.fixture(autouse=True)
def empty_tables() -> Iterator[None]:
    """Tables outlive a test context: every test starts with empty ones."""
    for table in app.tables.values():
        table.data.clear()
    yield
