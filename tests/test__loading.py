"""Tests of xinjiang_fta._loading: the bundled zone is read once, whatever the threads."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from xinjiang_fta import Zone, _loading

from .processes import imported_after


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


def test_bundled_file_is_read_from_disk_beside_the_module() -> None:
    assert _loading._bundled_bytes() == Path(_loading._PATH).read_bytes()
    assert Path(_loading._PATH).parent.parent == Path(_loading.__file__).parent


def test_without_the_file_on_disk_importlib_resources_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    on_disk = _loading._bundled_bytes()
    monkeypatch.setattr(_loading, "_PATH", str(Path(_loading._PATH).parent / "missing" / "zone.json"))
    assert _loading._bundled_bytes() == on_disk


def test_read_gives_the_zone_the_converter_gives() -> None:
    from xinjiang_fta.converter import converter

    expected = converter.structure(json.loads(Path(_loading._PATH).read_text(encoding="utf-8")), Zone)
    assert _loading._read() == expected


def test_reading_the_bundled_zone_imports_no_serialization_library() -> None:
    unwanted = ["cattrs", "xinjiang_fta.converter", "importlib.resources", "importlib.metadata", "pathlib"]
    assert imported_after("import xinjiang_fta as x; x.ZONE; x.URUMQI", unwanted) == []
