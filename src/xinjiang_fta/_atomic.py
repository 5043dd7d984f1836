"""Writing a file all at once or not at all, treating targets as ``cp`` and ``sed -i`` do (see the docs)."""

import contextlib
import errno
import os
import re
import signal
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locks, so leftovers are never removed
    fcntl = None  # type: ignore[assignment]

__all__ = ["refuse_existing", "write_all_atomic", "write_atomic"]

_RANDOM = 12  # hex digits in a temporary file's name: .NAME.0123456789ab.tmp
_REFUSAL = "refusing to overwrite an existing file (pass overwrite=True)"
_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def refuse_existing(path: Path) -> None:  # a FileExistsError that tells how to replace the file
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, _REFUSAL, str(path))


def _existing(path: Path, overwrite: bool) -> os.stat_result | None:
    """The status of the regular file at *path* (through links), ``None`` if none; anything else refused."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise FileNotFoundError(errno.ENOENT, "a dangling link: not written through", str(path)) from None
        return None
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "a directory is never replaced by a file", str(path))
    if not stat.S_ISREG(status.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (a fifo, device, socket): not replaced", str(path))
    if not overwrite:
        refuse_existing(path)
    return status


def write_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False) -> Path:
    """Write *data* to *path* all at once or not at all, through a locked temporary file; return the path.

    Without *overwrite* an existing file raises :class:`FileExistsError` (checked again at the rename).
    Any failure, an interrupt included, leaves the target as it was and no temporary file.
    """
    target = Path(path)
    existing = _existing(target, overwrite)
    final = Path(os.path.realpath(target)) if target.is_symlink() else target
    if fcntl is not None:
        _remove_leftovers(final)
    # A replacement is private until it has the mode of the file it replaces; a new file gets the umask's.
    mode = 0o666 if existing is None else 0o600
    with (  # in this order: signals are blocked before the temporary file is named, until it is removed
        _signal_mask(signal.SIG_BLOCK, _INTERRUPTS) as callers,
        _temporary(final, mode) as (handle, temporary),
    ):
        with _signal_mask(signal.SIG_SETMASK, callers):  # but one may stop the writing, the long part
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            if existing is not None:
                _keep_owner_and_mode(temporary, existing)
            os.fsync(handle)
        rename = os.replace if overwrite else _link_new  # never over a file unasked
        rename(temporary, final)
    with contextlib.suppress(OSError):  # the rename flushed to disk, where a directory can be opened
        directory = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    return target


@contextlib.contextmanager
def _signal_mask(how: int, signals: Iterable[int]) -> Iterator[Iterable[int]]:
    """Signals blocked or let in for a block; one that waited is handled as the mask changes, not mid-line."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield set()
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the mask as it is, unchanged
    try:  # a signal that waited is handled inside the next call: the mask is restored all the same
        signal.pthread_sigmask(how, signals)
        yield before
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _prefix(final: Path) -> str:  # ".NAME.", NAME cut so that the temporary name fits the file system
    limit = 255
    with contextlib.suppress(OSError, ValueError, AttributeError):  # where the system has no such setting
        limit = os.pathconf(final.parent, "PC_NAME_MAX")
    name = final.name
    while name and len(os.fsencode(f".{name}.")) + _RANDOM + len(".tmp") > limit:
        name = name[:-1]
    return f".{name}."


@contextlib.contextmanager
def _temporary(final: Path, mode: int) -> Iterator[tuple[int, Path]]:
    """A new file beside *final*, named after it, locked while it is written; removed whatever happens."""
    while True:
        temporary = final.parent / f"{_prefix(final)}{os.urandom(_RANDOM // 2).hex()}.tmp"
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)  # the umask applies
        try:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            if os.fstat(handle).st_nlink:  # else taken for a leftover before we locked it: made again
                yield handle, temporary
                return
        finally:
            if os.fstat(handle).st_nlink:  # not taken for a leftover: no one removes a locked file
                with contextlib.suppress(FileNotFoundError):  # gone if renamed to the target
                    os.unlink(temporary)
            os.close(handle)  # and so the lock, only once the temporary name is gone


def _remove_leftovers(final: Path) -> None:
    """Remove what writers to *final* killed mid-write left: temporary files that no one has locked."""
    leftover = re.compile(re.escape(_prefix(final)) + f"[0-9a-f]{{{_RANDOM}}}\\.tmp")
    names: list[str] = []
    with contextlib.suppress(OSError):  # a directory we may write but not list: nothing is removed
        names = [name for name in os.listdir(final.parent) if leftover.fullmatch(name)]
    for name in names:
        path = final.parent / name
        with contextlib.suppress(OSError):
            handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails if its writer is alive
                status = os.fstat(handle)
                if stat.S_ISREG(status.st_mode) and os.path.samestat(os.lstat(path), status):
                    os.unlink(path)
            finally:
                os.close(handle)


def _keep_owner_and_mode(temporary: Path, existing: os.stat_result) -> None:
    with contextlib.suppress(OSError):  # the owner only root may give; the group, where we may
        try:
            os.chown(temporary, existing.st_uid, existing.st_gid)
        except PermissionError:
            os.chown(temporary, -1, existing.st_gid)
    os.chmod(temporary, stat.S_IMODE(existing.st_mode))


def _link_new(temporary: Path, target: Path) -> None:  # the rename that fails if target exists, even just now
    try:
        os.link(temporary, target)  # atomic, and never replaces an existing file
    except OSError as error:  # the target exists, or a file system without hard links
        refuse_existing(target)
        if isinstance(error, FileExistsError):
            raise  # pragma: no cover - the file vanished again between the two checks
        os.replace(temporary, target)


def write_all_atomic(directory: Path, contents: dict[str, bytes], *, overwrite: bool = False) -> list[Path]:
    """Write each named content to its file in *directory* (created if missing); return the paths.

    Every target is checked before any file is written; each file is written atomically, not the set.
    """
    if os.path.exists(directory) and not os.path.isdir(directory):
        raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(directory))
    directory.mkdir(parents=True, exist_ok=True)
    for name in contents:
        _existing(directory / name, overwrite)
    return [write_atomic(directory / name, data, overwrite=overwrite) for name, data in contents.items()]
