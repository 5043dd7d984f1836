"""Tests of xinjiang_fta.bundled: the constants, one thread-safe read, the zip fallback, and the fast
loader (build) giving the very records the cattrs converter gives."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings

import xinjiang_fta as x
from xinjiang_fta import bundled
from xinjiang_fta.conversion import converter
from xinjiang_fta.provenance import DataVersion, SourceRef
from xinjiang_fta.records import Area, SubArea, SubAreaKind, Zone
from xinjiang_fta.texts import Text

from .processes import SRC, imported_after
from .strategies import zone_data, zone_settings

BUNDLED = SRC / "xinjiang_fta" / "data" / "zone.json"
CONSTANTS = ["ZONE", "AREAS", "DOMAINS", "MEASURES", "URUMQI", "KASHGAR", "HORGOS", "DATA_VERSION"]


def _data() -> Any:
    return json.loads(BUNDLED.read_text(encoding="utf-8"))


# --- the constants ---------------------------------------------------------------------------


def test_the_constants_are_the_bundled_zone_and_its_parts() -> None:
    zone = bundled.ZONE
    assert isinstance(zone, Zone)
    assert zone is bundled.bundled_zone()
    assert bundled.AREAS is zone.areas
    assert bundled.DOMAINS is zone.domains
    assert bundled.MEASURES == zone.measures
    assert len(bundled.MEASURES) == 25
    assert bundled.DATA_VERSION is zone.data_version
    assert [bundled.URUMQI, bundled.KASHGAR, bundled.HORGOS] == list(zone.areas)
    assert [a.id for a in (bundled.URUMQI, bundled.KASHGAR, bundled.HORGOS)] == [
        "urumqi",
        "kashgar",
        "horgos",
    ]


def test_the_constants_are_the_packages() -> None:
    for name in CONSTANTS:
        assert getattr(x, name) is getattr(bundled, name), name
    assert sorted(bundled.__all__) == sorted(CONSTANTS)


def test_the_data_version_is_the_files() -> None:
    assert bundled.DATA_VERSION == DataVersion("1.1.0", date(2023, 10, 21))


def test_after_the_first_read_the_constants_are_plain_module_attributes() -> None:
    for name in CONSTANTS:
        getattr(bundled, name)
    module_globals = vars(bundled)
    for name in CONSTANTS:
        assert name in module_globals, name
    assert module_globals["ZONE"] is bundled.bundled_zone()


def test_other_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match=r"^module 'xinjiang_fta\.bundled' has no attribute 'ZONES'$"):
        bundled.ZONES  # noqa: B018
    assert not hasattr(bundled, "urumqi")


# --- one read, whatever the threads -------------------------------------------------------------


def test_concurrent_first_calls_read_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundled, "_zone", None)
    reads: list[int] = []
    original = bundled._bundled_bytes
    threads = 16
    barrier = threading.Barrier(threads)

    def slow_counting_read() -> bytes:
        reads.append(1)
        time.sleep(0.05)  # every other thread arrives while the first one reads
        return original()

    monkeypatch.setattr(bundled, "_bundled_bytes", slow_counting_read)

    def call() -> Zone:
        barrier.wait()
        return bundled.bundled_zone()

    with ThreadPoolExecutor(threads) as pool:
        zones = list(pool.map(lambda _: call(), range(threads)))
    assert len(reads) == 1
    assert all(z is zones[0] for z in zones)
    assert zones[0] == x.ZONE
    assert bundled.bundled_zone() is zones[0]  # later calls read nothing
    assert len(reads) == 1


# --- where the file is read from ----------------------------------------------------------------


def test_the_bundled_file_is_read_from_disk_beside_the_module() -> None:
    assert Path(bundled._PATH) == Path(bundled.__file__).parent / "data" / "zone.json"
    assert bundled._bundled_bytes() == Path(bundled._PATH).read_bytes()


@pytest.mark.parametrize("missing", ["missing/zone.json", "zone.json/zone.json"])
def test_without_the_file_on_disk_importlib_resources_reads_it(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    on_disk = Path(bundled._PATH).read_bytes()
    # a missing directory (FileNotFoundError), or a path through a file, as in a zip (NotADirectoryError)
    monkeypatch.setattr(bundled, "_PATH", str(Path(bundled._PATH).parent / missing))
    assert bundled._bundled_bytes() == on_disk


def test_other_read_errors_are_not_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(bundled, "_PATH", str(tmp_path))  # a directory: IsADirectoryError
    with pytest.raises(IsADirectoryError):
        bundled._bundled_bytes()


def test_the_package_reads_its_zone_from_a_zip_archive(tmp_path: Path) -> None:
    archive = tmp_path / "xinjiang_fta.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted((SRC / "xinjiang_fta").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(SRC).as_posix())
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r}); import xinjiang_fta as x; "
        "print(x.__file__); print(repr(x.ZONE)); print(x.URUMQI.area_km2)"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.splitlines()
    assert out[0] == str(archive / "xinjiang_fta" / "__init__.py")  # imported from the archive
    assert out[1:] == [repr(x.ZONE), "134.6"]


def test_reading_the_bundled_zone_imports_no_serialization_library() -> None:
    unwanted = ["cattrs", "xinjiang_fta.conversion", "importlib.resources", "importlib.metadata", "pathlib"]
    assert imported_after("import xinjiang_fta as x; x.ZONE; x.URUMQI", unwanted) == []


# --- build: the fast loader ---------------------------------------------------------------------


def _values(record: Any) -> list[tuple[str, type, Any]]:
    """Every value below *record* with its path and exact type; decimals digit for digit."""
    found: list[tuple[str, type, Any]] = []

    def walk(value: Any, path: str) -> None:
        if attrs.has(type(value)):
            found.append((path, type(value), None))
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name), f"{path}.{field.name}")
        elif isinstance(value, tuple):
            found.append((path, tuple, len(value)))
            for index, member in enumerate(value):
                walk(member, f"{path}[{index}]")
        else:
            found.append((path, type(value), value.as_tuple() if isinstance(value, Decimal) else value))

    walk(record, "")
    return found


def test_the_bundled_file_gives_the_converters_records() -> None:
    data = _data()
    fast = bundled.build(Zone, data)
    slow = converter.structure(data, Zone)
    assert fast == slow
    assert _values(fast) == _values(slow)
    assert converter.unstructure(fast) == data  # nothing read is lost or changed
    assert fast == x.ZONE


@zone_settings
@given(zone_data())
def test_generated_zones_give_the_converters_records(generated: tuple[Zone, dict[str, Any]]) -> None:
    zone, data = generated
    fast = bundled.build(Zone, data)
    slow = converter.structure(data, Zone)
    assert fast == slow
    assert fast == zone
    # the same values of the same types, decimals digit for digit (1.2E+3 is written and read as 1200)
    assert _values(fast) == _values(slow)


def _keys_left_out(cls: type, zone_record: Any, data: Any) -> int:
    """How many keys of fields *data* leaves out, in the record and every record below it."""
    count = 0
    for field in attrs.fields(cls):
        if field.name not in data:
            count += 1
            continue
        value = getattr(zone_record, field.name)
        for member, member_data in zip(
            value if isinstance(value, tuple) else [value],
            data[field.name] if isinstance(value, tuple) else [data[field.name]],
            strict=True,
        ):
            if attrs.has(type(member)):
                count += _keys_left_out(type(member), member, member_data)
    return count


def test_the_generated_data_leaves_keys_out() -> None:
    """The property above reads data with keys left out, not only what the converter writes."""
    no_shrinking = settings(max_examples=100, phases=[Phase.generate], database=None)
    zone, data = find(zone_data(), lambda zd: _keys_left_out(Zone, *zd) >= 3, settings=no_shrinking)
    assert _keys_left_out(Zone, zone, data) >= 3
    assert bundled.build(Zone, data) == zone


def test_build_takes_each_kind_of_value() -> None:
    assert bundled.build(Text, {"ja": "物流", "en": "logistics"}) == Text("物流", "logistics")
    assert bundled.build(SubAreaKind, "bonded_zone") is SubAreaKind.BONDED_ZONE
    assert bundled.build(date, "2023-10-21") == date(2023, 10, 21)
    assert bundled.build(tuple[str, ...], ["a", "b"]) == ("a", "b")
    assert bundled.build(SourceRef | None, None) is None
    assert bundled.build(SourceRef | None, {"table": 1, "row": 2}) == SourceRef(1, 2)
    assert bundled.build(Decimal, "2.41") == "2.41"  # left to the record's converter, which is exact
    part = bundled.build(
        SubArea, {"kind": "xpcc_division", "name": {"ja": "a", "en": "b"}, "area_km2": "1.50"}
    )
    assert part.area_km2.as_tuple() == Decimal("1.50").as_tuple()
    assert bundled.build(bool, True) is True  # any other kind: the value as it is


def test_records_check_themselves_on_the_fast_path() -> None:
    data = _data()
    data["areas"][0]["area_km2"] = "-1"
    with pytest.raises(ValueError, match=r"^Area 'urumqi': size must be greater than zero, got -1$"):
        bundled.build(Zone, data)


def test_a_missing_required_key_is_named() -> None:
    data = _data()
    del data["domains"][0]["measures"][0]["title"]
    with pytest.raises(TypeError, match="title"):
        bundled.build(Zone, data)


def test_a_key_left_out_takes_the_fields_default() -> None:
    area = bundled.build(Area, {"id": "a", "name": {"ja": "a", "en": "a"}, "area_km2": "1"})
    assert area == Area("a", Text("a", "a"), 1)
    assert (area.sub_areas, area.focus, area.aliases, area.source_ref) == ((), (), (), None)
