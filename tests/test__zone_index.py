"""Tests of xinjiang_fta._zone_index: indexes built once per zone, keyed by identity, never holding it."""

from __future__ import annotations

import gc
import pickle
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import xinjiang_fta as x
from xinjiang_fta import Zone, _zone_index, area, domain, domain_of, lookup, measure, search, text_search
from xinjiang_fta._zone_index import index, zone_or_bundled
from xinjiang_fta.bundled import bundled_zone
from xinjiang_fta.conversion import converter

THREADS = 32
FRESH_ZONES = 6


def _fresh() -> Zone:
    """A zone equal to the bundled one, with records of its own, that no query has seen."""
    zone: Zone = pickle.loads(pickle.dumps(x.ZONE))
    assert zone == x.ZONE
    assert zone is not x.ZONE
    return zone


def _entries(zone: Zone) -> set[tuple[int, str]]:
    """The keys of *zone*'s indexes in the module's table."""
    return {key for key in _zone_index._built if key[0] == id(zone)}


def _counting(build: Callable[[Zone], Any], calls: list[int]) -> Callable[[Zone], Any]:
    """*build*, noting the id of each zone it builds an index for (not the zone: that would keep it)."""

    def counted(zone: Zone) -> Any:
        calls.append(id(zone))
        return build(zone)

    return counted


# --- built once, reused --------------------------------------------------------------------


def test_an_index_is_built_once_per_zone_and_kind_and_reused() -> None:
    zone = _fresh()
    calls: list[int] = []
    first = index(zone, "test", _counting(lambda z: [len(z.areas)], calls))
    assert first == [3]
    assert index(zone, "test", _counting(lambda z: ["again"], calls)) is first
    other = index(zone, "other test", _counting(lambda z: ["other"], calls))
    assert other == ["other"]
    assert index(zone, "other test", _counting(lambda z: [], calls)) is other
    assert calls == [id(zone), id(zone)]
    assert _entries(zone) == {(id(zone), "test"), (id(zone), "other test")}


def test_the_queries_build_each_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(lookup, "_area_index", _counting(lookup._area_index, calls))
    monkeypatch.setattr(lookup, "_measure_index", _counting(lookup._measure_index, calls))
    monkeypatch.setattr(text_search, "_index", _counting(text_search._index, calls))
    zone = _fresh()
    for key in ("urumqi", "Kashgar Area", "Khorgos", "ウルムチ"):
        area(key, zone=zone)
    assert calls == [id(zone)]
    built = _zone_index._built[id(zone), "area"]
    for number in (1, "2", 25):
        measure(number, zone=zone)
    search("RMB", zone=zone)
    search("物流", zone=zone, lang="en")
    assert calls == [id(zone)] * 3
    assert _zone_index._built[id(zone), "area"] is built
    assert _entries(zone) == {(id(zone), "area"), (id(zone), "measure"), (id(zone), "search")}


def test_a_build_that_fails_publishes_nothing() -> None:
    zone = _fresh()

    def fail(_: Zone) -> object:
        raise RuntimeError("build failed")

    with pytest.raises(RuntimeError, match="build failed"):
        index(zone, "test", fail)
    assert _entries(zone) == set()
    assert index(zone, "test", lambda z: "built") == "built"


# --- keyed by identity ---------------------------------------------------------------------


def test_equal_zones_get_indexes_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(lookup, "_area_index", _counting(lookup._area_index, calls))
    one, two = _fresh(), _fresh()
    assert one == two
    assert area("urumqi", zone=one) is one.areas[0]
    assert area("urumqi", zone=two) is two.areas[0]
    assert area("urumqi", zone=one) is not area("urumqi", zone=two)
    assert calls == [id(one), id(two)]
    assert _zone_index._built[id(one), "area"] is not _zone_index._built[id(two), "area"]


def test_an_index_is_found_without_hashing_the_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the zone's id: its hash (which walks the whole tree) is never taken."""
    zone = _fresh()
    hashed: list[object] = []

    def no_hash(self: Zone) -> int:
        hashed.append(self)
        raise AssertionError("a zone was hashed")

    monkeypatch.setattr(Zone, "__hash__", no_hash)
    assert area("horgos", zone=zone) is zone.areas[2]
    assert measure(17, zone=zone) is zone.measures[16]
    assert search("RMB", zone=zone)
    assert hashed == []


# --- never holds the zone ------------------------------------------------------------------


def test_an_index_never_keeps_its_zone_alive() -> None:
    zone = _fresh()
    gone = weakref.ref(zone)
    area("Khorgos", zone=zone)
    measure(17, zone=zone)
    domain(5, zone=zone)
    search("RMB", zone=zone)
    search(zone.name.en, zone=zone)  # a hit in the zone's own name: the index must not hold the zone
    keys = _entries(zone)
    assert {kind for _, kind in keys} == {"area", "measure", "domain", "search"}
    del zone
    gc.collect()
    assert gone() is None
    assert not keys & set(_zone_index._built)


# --- records carry no cache ----------------------------------------------------------------


def _query_everything(zone: Zone | None) -> None:
    area("urumqi", zone=zone)
    measure(14, zone=zone)
    measure("Expanding RMB settlement", zone=zone)
    domain(5, zone=zone)
    domain_of(14, zone=zone)
    search("物流", zone=zone)
    search("RMB", lang="en", zone=zone)
    x.aggregate.area_table(zone=zone)


@pytest.mark.parametrize("fresh", [False, True], ids=["bundled", "fresh"])
def test_a_pickle_is_the_same_before_and_after_queries(fresh: bool) -> None:
    zone = _fresh() if fresh else x.ZONE
    before = pickle.dumps(zone)
    _query_everything(zone)
    after = pickle.dumps(zone)
    assert len(after) == len(before)
    assert after == before
    assert pickle.loads(after) == zone
    assert len(pickle.dumps(x.ZONE)) == len(pickle.dumps(_fresh()))


def test_the_converter_neither_writes_nor_needs_the_indexes() -> None:
    _query_everything(None)
    data = converter.unstructure(x.ZONE)
    assert "_cache" not in data
    assert "cache" not in data
    copy = converter.structure(data, Zone)
    assert copy == x.ZONE
    assert _entries(copy) == set()
    assert area("urumqi", zone=copy) is copy.areas[0]


# --- thread-safe first access --------------------------------------------------------------


@pytest.fixture
def tiny_switch_interval() -> Iterator[None]:
    """Threads switch as often as the interpreter can: a race on first access shows at once."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def _race(call: Callable[[int], object]) -> tuple[list[object], list[BaseException]]:
    """Run ``call(i)`` in THREADS threads released at once; what each gave, and every error.

    Half the threads call at once; the other half one after another while the first
    builds the index, so that some arrive just as it is published.
    """
    barrier = threading.Barrier(THREADS)
    results: list[object] = [None] * THREADS
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            if i % 2:
                time.sleep(i // 2 * 5e-5)
            results[i] = call(i)
        except BaseException as error:  # every error counts, whatever it is
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return results, errors


Query = Callable[[Zone], object]
QUERIES: dict[str, tuple[Query, Query]] = {  # a first call, and the answer it must give
    "measure": (lambda z: measure(1, zone=z), lambda z: z.measures[0]),
    "measure by title": (lambda z: measure("Expanding RMB settlement", zone=z), lambda z: z.measures[13]),
    "domain": (lambda z: domain(8, zone=z), lambda z: z.domains[7]),
    "domain_of": (lambda z: domain_of(25, zone=z), lambda z: z.domains[7]),
    "area": (lambda z: area("Khorgos", zone=z), lambda z: z.areas[2]),
    "search": (lambda z: search("RMB", zone=z), lambda z: search("RMB", zone=pickle.loads(pickle.dumps(z)))),
}


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the zones the queries build an index for, one entry a build."""
    calls: list[int] = []
    for module, name in [
        (lookup, "_area_index"),
        (lookup, "_measure_index"),
        (lookup, "_domain_index"),
        (text_search, "_index"),
    ]:
        monkeypatch.setattr(module, name, _counting(getattr(module, name), calls))
    return calls


@pytest.mark.usefixtures("tiny_switch_interval")
@pytest.mark.parametrize("name", list(QUERIES))
def test_concurrent_first_calls_all_get_the_right_record(name: str, builds: list[int]) -> None:
    call, answer = QUERIES[name]
    assert sys.getswitchinterval() == pytest.approx(1e-6)
    for _ in range(FRESH_ZONES):
        zone = _fresh()  # often at the address of the last one, collected: its index must not be reused
        builds.clear()
        results, errors = _race(lambda _: call(zone))  # noqa: B023 (the race ends within the iteration)
        assert errors == []
        assert builds == [id(zone)]  # one thread built the index; the others waited for it
        expected = answer(zone)
        assert all(r == expected for r in results), name
        if name != "search":
            assert all(r is expected for r in results), name
        else:
            assert all(h.record is zone.measures[13] for r in results for h in r)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("tiny_switch_interval")
def test_concurrent_first_calls_of_every_query_at_once(builds: list[int]) -> None:
    names = list(QUERIES)
    for _ in range(FRESH_ZONES):
        zone = _fresh()
        builds.clear()
        results, errors = _race(lambda i: QUERIES[names[i % len(names)]][0](zone))  # noqa: B023 (as above)
        assert errors == []
        assert builds == [id(zone)] * 4  # area, measure, domain and search: each built once
        for i, result in enumerate(results):
            assert result == QUERIES[names[i % len(names)]][1](zone), names[i % len(names)]


def test_a_first_call_waits_for_the_index_another_thread_is_building(monkeypatch: pytest.MonkeyPatch) -> None:
    """While one thread builds an index, the index is not visible, and a second caller waits for it."""
    zone = _fresh()
    key = (id(zone), "measure")
    building, release = threading.Event(), threading.Event()
    visible_while_built: list[bool] = []
    build = lookup._measure_index

    def paused(built: Zone) -> Any:
        visible_while_built.append(key in _zone_index._built)
        building.set()
        assert release.wait(timeout=30)
        return build(built)

    monkeypatch.setattr(lookup, "_measure_index", paused)
    results: dict[str, object] = {}

    def call(name: str, number: int) -> None:
        try:
            results[name] = measure(number, zone=zone)
        except BaseException as error:  # every error counts, whatever it is
            results[name] = error

    first = threading.Thread(target=call, args=("first", 1))
    second = threading.Thread(target=call, args=("second", 2))
    first.start()
    try:
        assert building.wait(timeout=30)
        second.start()
        second.join(timeout=0.2)
        assert second.is_alive()  # waiting, not looking in an index that is not complete
        assert results == {}
        assert key not in _zone_index._built
    finally:
        release.set()
        first.join(timeout=30)
        if second.ident is not None:
            second.join(timeout=30)
    assert results == {"first": zone.measures[0], "second": zone.measures[1]}
    assert visible_while_built == [False]  # built once, by the first caller


# --- the bundled zone or a zone ------------------------------------------------------------


def test_none_is_the_bundled_zone() -> None:
    assert zone_or_bundled(None) is bundled_zone() is x.ZONE
    zone = _fresh()
    assert zone_or_bundled(zone) is zone


@pytest.mark.parametrize("wrong", ["xinjiang", 0, {}, x.AREAS, x.URUMQI])
def test_anything_else_is_a_type_error(wrong: object) -> None:
    with pytest.raises(TypeError, match=rf"^zone must be a Zone or None, not {type(wrong).__name__}$"):
        zone_or_bundled(wrong)  # type: ignore[arg-type]
