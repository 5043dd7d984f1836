"""Tests of xinjiang_fta._atomic: a file is written whole or not at all, and never replaced unless asked."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta import _atomic
from xinjiang_fta._atomic import refuse_existing, write_all_atomic, write_atomic

REFUSAL = "refusing to overwrite an existing file (pass overwrite=True)"


# --- refuse_existing ---------------------------------------------------------------------------


def test_an_existing_path_is_refused_with_the_way_to_replace_it(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    refuse_existing(path)  # nothing there: no error
    path.write_bytes(b"")
    with pytest.raises(FileExistsError) as caught:
        refuse_existing(path)
    assert caught.value.errno == errno.EEXIST
    assert caught.value.strerror == REFUSAL
    assert caught.value.filename == str(path)
    assert "overwrite=True" in str(caught.value)


def test_a_dangling_link_and_a_directory_count_as_existing(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        refuse_existing(link)
    with pytest.raises(FileExistsError):
        refuse_existing(tmp_path)


# --- write_atomic ------------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_the_bytes_written_are_the_bytes_read(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = write_atomic(os.path.join(directory, "f.bin"), data)
        assert path == Path(directory) / "f.bin"
        assert path.read_bytes() == data
        assert os.listdir(directory) == ["f.bin"]  # no temporary file left


def test_an_existing_file_is_not_overwritten_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"overwrite=True"):
        write_atomic(path, b"theirs")
    assert path.read_text(encoding="utf-8") == "mine"
    assert os.listdir(tmp_path) == ["zone.json"]
    write_atomic(path, b"theirs", overwrite=True)
    assert path.read_bytes() == b"theirs"
    assert os.listdir(tmp_path) == ["zone.json"]


def test_a_file_created_during_the_write_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "zone.json"
    real_link = os.link

    def someone_else_writes_first(source: str, target: Path) -> None:
        target.write_text("theirs", encoding="utf-8")
        real_link(source, target)

    monkeypatch.setattr(os, "link", someone_else_writes_first)
    with pytest.raises(FileExistsError, match=r"overwrite=True"):
        write_atomic(path, b"mine")
    assert path.read_text(encoding="utf-8") == "theirs"
    assert os.listdir(tmp_path) == ["zone.json"]


def _no_links(source: str, target: Path) -> None:
    raise PermissionError("no hard links here")


def test_without_hard_links_the_write_still_refuses_and_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", _no_links)
    path = write_atomic(tmp_path / "zone.json", b"mine")
    assert path.read_bytes() == b"mine"
    assert os.listdir(tmp_path) == ["zone.json"]
    with pytest.raises(FileExistsError, match=r"overwrite=True"):
        write_atomic(path, b"theirs")
    assert path.read_bytes() == b"mine"
    assert os.listdir(tmp_path) == ["zone.json"]


def test_without_hard_links_a_file_created_during_the_write_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "zone.json"

    def someone_else_writes_first(source: str, target: Path) -> None:
        target.write_text("theirs", encoding="utf-8")
        raise PermissionError("no hard links here")

    monkeypatch.setattr(os, "link", someone_else_writes_first)
    with pytest.raises(FileExistsError):
        write_atomic(path, b"mine")
    assert path.read_text(encoding="utf-8") == "theirs"
    assert os.listdir(tmp_path) == ["zone.json"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "link"])
def test_a_failed_write_leaves_the_existing_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "zone.json"
    if failing != "link":
        path.write_bytes(b"old content")

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "disk full")

    monkeypatch.setattr(os, failing, fail)
    if failing == "link":  # a new file: the link is what fails, then the fallback's replace
        monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, b"new content", overwrite=failing != "link")
    assert os.listdir(tmp_path) == ([] if failing == "link" else ["zone.json"])
    if failing != "link":
        assert path.read_bytes() == b"old content"


def test_a_directory_that_cannot_be_synced_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def no_directories(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if os.path.isdir(path):
            raise PermissionError("directories cannot be opened here")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_directories)
    assert write_atomic(tmp_path / "f", b"x").read_bytes() == b"x"


def test_the_directory_is_synced_after_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(_atomic, "_sync_directory", synced.append)
    write_atomic(tmp_path / "f", b"x")
    assert synced == [tmp_path]


# --- write_all_atomic --------------------------------------------------------------------------


def test_all_files_are_written_into_a_new_directory(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "dir"
    paths = write_all_atomic(directory, {"a.csv": b"1", "b.csv": b"2"})
    assert paths == [directory / "a.csv", directory / "b.csv"]
    assert [p.read_bytes() for p in paths] == [b"1", b"2"]
    assert sorted(os.listdir(directory)) == ["a.csv", "b.csv"]


def test_one_existing_file_stops_the_whole_write_before_any_file_is_written(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_bytes(b"mine")
    with pytest.raises(FileExistsError) as caught:
        write_all_atomic(tmp_path, {"a.csv": b"1", "b.csv": b"2", "c.csv": b"3"})
    assert caught.value.filename == str(tmp_path / "b.csv")
    assert os.listdir(tmp_path) == ["b.csv"]
    assert (tmp_path / "b.csv").read_bytes() == b"mine"


def test_overwrite_replaces_every_file(tmp_path: Path) -> None:
    write_all_atomic(tmp_path, {"a.csv": b"1", "b.csv": b"2"})
    write_all_atomic(tmp_path, {"a.csv": b"3", "b.csv": b"4"}, overwrite=True)
    assert [(tmp_path / n).read_bytes() for n in ("a.csv", "b.csv")] == [b"3", b"4"]
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.csv"]
