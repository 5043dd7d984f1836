"""Atomic file writing that never replaces a file unless asked to."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

__all__ = ["refuse_existing", "write_all_atomic", "write_atomic"]


def refuse_existing(path: Path) -> None:
    """Raise :class:`FileExistsError` for *path* if it exists, telling how to replace it."""
    if os.path.lexists(path):
        raise FileExistsError(
            errno.EEXIST, "refusing to overwrite an existing file (pass overwrite=True)", str(path)
        )


def write_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False) -> Path:
    """Write *data* to *path* all at once or not at all; return the path.

    The bytes go to a temporary file in the same directory, are flushed to disk,
    then the file is renamed to *path*, so a reader never sees half a file and a
    failure leaves any existing file as it was and no temporary file behind.
    Without *overwrite*, an existing *path* raises :class:`FileExistsError` and
    is left alone (checked again at the rename, so a file created meanwhile is
    not replaced either).
    """
    target = Path(path)
    if not overwrite:
        refuse_existing(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _link_new(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    _sync_directory(target.parent)
    return target


def _link_new(temporary: str, target: Path) -> None:
    """Give *temporary* the name *target*, failing if *target* exists, even if created just now."""
    try:
        os.link(temporary, target)  # atomic, and never replaces an existing file
    except FileExistsError:
        refuse_existing(target)
        raise  # pragma: no cover - the file vanished again between the two checks
    except OSError:  # a file system without hard links
        refuse_existing(target)
        os.replace(temporary, target)


def _sync_directory(directory: Path) -> None:
    """Flush the rename to disk where the platform allows opening a directory."""
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_all_atomic(directory: Path, contents: dict[str, bytes], *, overwrite: bool = False) -> list[Path]:
    """Write each named content to its file in *directory* (created if missing); return the paths.

    Without *overwrite*, every target is checked first, so an existing file
    stops the whole write before any file is written. Each file is written
    atomically; the set of files is not one atomic step.
    """
    directory.mkdir(parents=True, exist_ok=True)
    if not overwrite:
        for name in contents:
            refuse_existing(directory / name)
    return [write_atomic(directory / name, data, overwrite=overwrite) for name, data in contents.items()]
