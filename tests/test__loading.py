"""Tests of xinjiang_fta._loading: the bundled zone is read once, whatever the threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from xinjiang_fta import Zone, _loading


def test_bundled_zone_is_a_zone_read_once() -> None:
    first = _loading.bundled_zone()
    assert isinstance(first, Zone)
    assert _loading.bundled_zone() is first


def test_concurrent_first_calls_read_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_loading, "_zone", None)
    reads = []
    original = _loading._read
    barrier = threading.Barrier(8)

    def counting_read() -> Zone:
        reads.append(1)
        return original()

    monkeypatch.setattr(_loading, "_read", counting_read)

    def call() -> Zone:
        barrier.wait()
        return _loading.bundled_zone()

    with ThreadPoolExecutor(8) as pool:
        zones = list(pool.map(lambda _: call(), range(8)))
    assert len(reads) == 1
    assert all(z is zones[0] for z in zones)
