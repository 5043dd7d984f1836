"""Tests of xinjiang_fta._atomic: a file is written whole or not at all, and never replaced unless asked."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta._atomic import refuse_existing, write_all_atomic, write_atomic

from .processes import src_env

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
    synced: list[tuple[bool, bool]] = []  # (a directory?, the file there yet?)
    real_fsync = os.fsync

    def look(handle: int) -> None:
        synced.append((stat.S_ISDIR(os.fstat(handle).st_mode), (tmp_path / "f").exists()))
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", look)
    write_atomic(tmp_path / "f", b"x")
    assert synced == [(False, False), (True, True)]  # the file's data, then the directory after the rename


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


# --- targets, as cp and sed -i treat them (issue 13) -------------------------------------------


def _only(directory: Path) -> list[str]:
    """The names in *directory*, sorted: a temporary file left behind would show here."""
    return sorted(os.listdir(directory))


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "zone.json"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "zone.json"
    link.symlink_to(Path("real") / "zone.json")  # relative, as ln -s makes it
    chain = tmp_path / "chain.json"
    chain.symlink_to(link)
    assert write_atomic(chain, b"new", overwrite=True) == chain
    assert chain.is_symlink()
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("real", "zone.json")
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _only(tmp_path / "real") == ["zone.json"]  # the temporary file was beside the real file
    assert _only(tmp_path) == ["chain.json", "real", "zone.json"]


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_link_to_no_file_is_not_written_through(tmp_path: Path, overwrite: bool) -> None:
    link = tmp_path / "zone.json"
    link.symlink_to(tmp_path / "missing.json")
    with pytest.raises(FileNotFoundError) as caught:
        write_atomic(link, b"new", overwrite=overwrite)
    assert (caught.value.errno, caught.value.filename) == (errno.ENOENT, str(link))
    assert caught.value.strerror == "a dangling link: not written through"
    assert link.is_symlink()
    assert not link.exists()
    assert _only(tmp_path) == ["zone.json"]


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    cwd = os.getcwd()
    os.chdir(path.parent)  # bound by its short name: a socket's path may hold only about 100 bytes
    try:
        server.bind(path.name)
    finally:
        os.chdir(cwd)
        server.close()
    return path


@pytest.mark.parametrize("make", [_fifo, _socket])
@pytest.mark.parametrize("overwrite", [False, True])
def test_a_fifo_or_socket_is_refused_and_left_as_it_was(
    tmp_path: Path, make: Callable[[Path], Path], overwrite: bool
) -> None:
    special = make(tmp_path / "zone.json")
    kind = stat.S_IFMT(special.lstat().st_mode)
    link = tmp_path / "link.json"
    link.symlink_to(special)
    for target in (special, link):
        with pytest.raises(OSError, match="not a regular file") as caught:
            write_atomic(target, b"new", overwrite=overwrite)
        assert type(caught.value) is OSError
        assert (caught.value.errno, caught.value.filename) == (errno.EINVAL, str(target))
    assert stat.S_IFMT(special.lstat().st_mode) == kind
    assert _only(tmp_path) == ["link.json", "zone.json"]


def test_a_device_is_refused_and_left_as_it_was() -> None:
    """As root, /dev/null itself would have become a file."""
    with pytest.raises(OSError, match="not a regular file") as caught:
        write_atomic("/dev/null", b"new", overwrite=True)
    assert caught.value.errno == errno.EINVAL
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_directory_is_refused_where_a_file_is_expected(tmp_path: Path, overwrite: bool) -> None:
    (tmp_path / "zone.json").mkdir()
    (tmp_path / "link.json").symlink_to(tmp_path / "zone.json")
    for name in ("zone.json", "link.json"):
        with pytest.raises(IsADirectoryError):
            write_atomic(tmp_path / name, b"new", overwrite=overwrite)
    assert (tmp_path / "zone.json").is_dir()
    assert _only(tmp_path) == ["link.json", "zone.json"]


def test_a_file_where_a_directory_is_expected_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tables").write_bytes(b"mine")
    with pytest.raises(NotADirectoryError):
        write_all_atomic(tmp_path / "tables", {"a.csv": b"1"}, overwrite=True)
    assert (tmp_path / "tables").read_bytes() == b"mine"


def test_one_special_target_stops_the_whole_write_before_any_file_is_written(tmp_path: Path) -> None:
    _fifo(tmp_path / "b.csv")
    with pytest.raises(OSError, match="not a regular file"):
        write_all_atomic(tmp_path, {"a.csv": b"1", "b.csv": b"2"}, overwrite=True)
    assert _only(tmp_path) == ["b.csv"]


@pytest.mark.parametrize("name", ["z" * 250 + ".json", "あ" * 85, "a" * 255])
def test_any_name_that_fits_the_file_system_can_be_written(tmp_path: Path, name: str) -> None:
    """The temporary name is cut to fit; a name of 250 characters failed with "File name too long"."""
    assert len(os.fsencode(name)) <= 255
    seen: list[str] = []
    real_fsync = os.fsync

    def look(handle: int) -> None:
        seen.extend(n for n in os.listdir(tmp_path) if n != name)
        real_fsync(handle)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", look)
        write_atomic(tmp_path / name, b"new")
        write_atomic(tmp_path / name, b"newer", overwrite=True)
    assert (tmp_path / name).read_bytes() == b"newer"
    assert _only(tmp_path) == [name]
    assert len(seen) == 2
    for temporary in seen:
        assert len(os.fsencode(temporary)) <= 255
        match = re.fullmatch(r"\.(.+)\.[0-9a-f]{12}\.tmp", temporary)
        assert match is not None
        assert name.startswith(match[1])  # the name, cut no more than it had to be
        assert len(os.fsencode(match[1])) > 255 - 2 - 12 - 4 - len("あ".encode())


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002, 0o027])
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path, umask: int) -> None:
    """Every file was 0600 whatever the umask."""
    previous = os.umask(umask)
    try:
        path = write_atomic(tmp_path / "zone.json", b"new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("mode", [0o664, 0o640, 0o604, 0o600, 0o444])
def test_a_replaced_file_keeps_its_mode_and_group(tmp_path: Path, mode: int) -> None:
    """--overwrite turned a 0664 file of another group into 0600 of ours."""
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    group = 4242 if os.geteuid() == 0 else os.getgroups()[-1]  # another group where we may give one
    os.chown(path, -1, group)
    path.chmod(mode)
    seen: list[int] = []
    real_chmod = os.chmod

    def look(target: Path, given: int) -> None:
        seen.append(stat.S_IMODE(os.stat(target).st_mode))  # the temporary file, before its mode
        real_chmod(target, given)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "chmod", look)
        write_atomic(path, b"new", overwrite=True)
    assert seen == [0o600]  # private until it has the mode of the file it replaces
    status = path.stat()
    assert (stat.S_IMODE(status.st_mode), status.st_gid, path.read_bytes()) == (mode, group, b"new")


def test_the_owner_is_kept_where_allowed_and_else_the_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    calls: list[tuple[int, int]] = []

    def not_root(target: Path, uid: int, gid: int) -> None:
        calls.append((uid, gid))
        if uid != -1:
            raise PermissionError(errno.EPERM, "only root gives files away")

    monkeypatch.setattr(os, "chown", not_root)
    write_atomic(path, b"new", overwrite=True)
    status = path.stat()
    assert calls == [(status.st_uid, status.st_gid), (-1, status.st_gid)]

    def no_group_either(target: Path, uid: int, gid: int) -> None:
        raise PermissionError(errno.EPERM, "not a group of ours")

    monkeypatch.setattr(os, "chown", no_group_either)
    path.chmod(0o640)
    write_atomic(path, b"newer", overwrite=True)
    assert (path.read_bytes(), stat.S_IMODE(path.stat().st_mode)) == (b"newer", 0o640)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_as_root_the_owner_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    os.chown(path, 4242, 4343)
    write_atomic(path, b"new", overwrite=True)
    assert (path.stat().st_uid, path.stat().st_gid) == (4242, 4343)


class _Stop(BaseException):
    """An exception that is no Exception, like KeyboardInterrupt and SystemExit."""


@pytest.mark.parametrize("failure", [KeyboardInterrupt, SystemExit, _Stop, MemoryError])
@pytest.mark.parametrize("point", ["write", "chmod", "fsync", "replace", "link", "flock"])
def test_an_interrupt_at_any_point_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: type[BaseException], point: str
) -> None:
    path = tmp_path / "zone.json"
    overwrite = point != "link"
    if overwrite:
        path.write_bytes(b"old")

    def interrupt(*args: object, **kwargs: object) -> None:
        raise failure()

    if point == "write":
        monkeypatch.setattr(os, "write", interrupt)
    elif point == "flock":
        monkeypatch.setattr(fcntl, "flock", interrupt)
    else:
        monkeypatch.setattr(os, point, interrupt)
    with pytest.raises(failure):
        write_atomic(path, b"new", overwrite=overwrite)
    monkeypatch.undo()
    assert _only(tmp_path) == (["zone.json"] if overwrite else [])
    if overwrite:
        assert path.read_bytes() == b"old"


def test_a_signal_that_waited_is_handled_and_the_temporary_file_removed_with_signals_blocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "zone.json"
    real_flock, real_unlink, masks = fcntl.flock, os.unlink, []

    def signalled(fd: int, operation: int) -> None:  # a SIGTERM while signals are blocked: it waits
        os.kill(os.getpid(), signal.SIGTERM)
        real_flock(fd, operation)

    def unlink(name: str | os.PathLike[str]) -> None:
        masks.append(signal.pthread_sigmask(signal.SIG_BLOCK, []))
        real_unlink(name)

    def stop(number: int, frame: object) -> None:
        raise SystemExit(128 + number)  # as the command line does

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        monkeypatch.setattr(fcntl, "flock", signalled)
        monkeypatch.setattr(os, "unlink", unlink)
        with pytest.raises(SystemExit):  # handled when the writing lets signals in
            write_atomic(path, b"new")
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGTERM, previous)
    assert _only(tmp_path) == []
    assert masks
    assert all(signal.SIGTERM in mask for mask in masks)  # the clean-up is not interrupted
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the mask is as it was


# --- leftovers of killed writers ---------------------------------------------------------------


def test_a_leftover_is_removed_by_the_next_write_but_a_live_writers_file_is_not(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    stale = tmp_path / ".zone.json.0123456789ab.tmp"
    live = tmp_path / ".zone.json.ba9876543210.tmp"
    stale.write_bytes(b"half a zone")
    live.write_bytes(b"a zone being written")
    others = [
        ".zone.json.tmp",  # not one of ours: no random part
        ".zone.json.0123456789ab.tmp.bak",
        ".zone.json.0123456789AB.tmp",
        ".other.json.0123456789ab.tmp",  # another target's
        "zone.json.0123456789ab.tmp",
    ]
    for name in others:
        (tmp_path / name).write_bytes(b"keep")
    (tmp_path / ".zone.json.aaaaaaaaaaaa.tmp").symlink_to(path)  # named like one, but a link
    with open(live, "rb") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX)  # another writer, still at work
        write_atomic(path, b"new", overwrite=True)
        assert live.read_bytes() == b"a zone being written"
    assert not stale.exists()
    assert path.read_bytes() == b"new"
    expected = sorted(["zone.json", live.name, ".zone.json.aaaaaaaaaaaa.tmp", *others])
    assert _only(tmp_path) == expected
    write_atomic(path, b"newer", overwrite=True)  # the writer is gone: its file is a leftover now
    assert not live.exists()


def test_a_temporary_file_removed_before_it_was_locked_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer may take a new temporary file for a leftover before its writer locks it."""
    real_flock = fcntl.flock
    locks: list[int] = []

    def cleaned_first(handle: int, operation: int) -> None:
        if not locks:
            for name in os.listdir(tmp_path):
                if name.endswith(".tmp"):
                    os.unlink(tmp_path / name)
        locks.append(operation)
        real_flock(handle, operation)

    monkeypatch.setattr(fcntl, "flock", cleaned_first)
    write_atomic(tmp_path / "zone.json", b"new")
    assert locks == [fcntl.LOCK_EX, fcntl.LOCK_EX]
    assert (tmp_path / "zone.json").read_bytes() == b"new"
    assert _only(tmp_path) == ["zone.json"]


def test_a_directory_that_cannot_be_listed_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unlistable(path: object) -> None:
        raise PermissionError(errno.EACCES, "write but no read permission")

    monkeypatch.setattr(os, "listdir", unlistable)
    assert write_atomic(tmp_path / "zone.json", b"new").read_bytes() == b"new"


# --- faults in a child process: killed mid-write, out of file size -----------------------------

_STALLED_WRITER = """
import os, signal, sys, time
from xinjiang_fta._atomic import write_atomic

if sys.argv[2] == "term":  # as the command line turns SIGTERM into an exit
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))

def stall(handle):
    print("writing", flush=True)
    time.sleep(60)

os.fsync = stall
write_atomic(sys.argv[1], b"new" * 100_000, overwrite=True)
"""


def _stalled_writer(path: Path, mode: str = "") -> subprocess.Popen[str]:
    """A child writing *path*, stopped with its temporary file written in full, not yet renamed."""
    child = subprocess.Popen(
        [sys.executable, "-c", _STALLED_WRITER, str(path), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=src_env(),
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "writing\n"
    return child


def test_a_writer_killed_mid_write_leaves_a_dot_file_the_next_write_removes(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    child = _stalled_writer(path)
    try:
        (leftover,) = (n for n in os.listdir(tmp_path) if n != "zone.json")
        write_atomic(path, b"mine", overwrite=True)  # while the child is alive: its file stays
        assert _only(tmp_path) == sorted([leftover, "zone.json"])
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert re.fullmatch(r"\.zone\.json\.[0-9a-f]{12}\.tmp", leftover)
    assert (tmp_path / leftover).stat().st_size == 300_000  # full size, as the issue saw it
    assert path.read_bytes() == b"mine"
    write_atomic(path, b"next", overwrite=True)
    assert _only(tmp_path) == ["zone.json"]


@pytest.mark.parametrize(("sig", "mode"), [(signal.SIGTERM, "term"), (signal.SIGINT, "")])
def test_a_writer_stopped_by_a_signal_that_ends_it_cleanly_leaves_nothing(
    tmp_path: Path, sig: int, mode: str
) -> None:
    """The library installs no handler: SIGINT is KeyboardInterrupt, and the command line turns
    SIGTERM into an exit; either way the write's clean-up removes the temporary file."""
    path = tmp_path / "zone.json"
    path.write_bytes(b"old")
    child = _stalled_writer(path, mode)
    child.send_signal(sig)
    # An uncaught KeyboardInterrupt ends Python by its signal, once the clean-up is done.
    assert child.wait(timeout=30) == (128 + sig if mode == "term" else -sig)
    assert path.read_bytes() == b"old"
    assert _only(tmp_path) == ["zone.json"]


_LIMITED_WRITER = """
import errno, resource, sys
from xinjiang_fta._atomic import write_atomic

resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    write_atomic(sys.argv[1], b"new" * 100_000, overwrite=True)
except OSError as error:
    print(errno.errorcode[error.errno])
"""


def test_a_write_beyond_the_file_size_limit_fails_and_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old" * 10_000)  # larger than the limit: replacing it needs no writing
    child = subprocess.run(
        [sys.executable, "-c", _LIMITED_WRITER, str(path)],
        capture_output=True,
        text=True,
        env=src_env(),
        check=True,
        timeout=60,
    )
    assert child.stdout == "EFBIG\n"
    assert path.read_bytes() == b"old" * 10_000
    assert _only(tmp_path) == ["zone.json"]
