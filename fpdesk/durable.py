"""Making a rename survive a power cut (the folder's entry is flushed too), placing a finished
file without overwriting another, and removing the temporary files of killed runs."""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """fsync a folder after a rename into it (a no-op where folders cannot be opened: Windows,
    whose rename is durable enough)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- putting a finished file in place without overwriting anything -------------------------
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS,
             errno.EINVAL}


def place_new(tmp: Path, final: Path) -> None:
    """Give the finished temporary file `tmp` the name `final`, which must not exist: raises
    FileExistsError (and leaves `tmp`) when another file has that name, even one that appeared a
    moment ago. A hard link is atomic and never overwrites; on file systems without links (FAT
    sticks) Windows' rename also refuses an existing name, while on POSIX a last check narrows
    the gap before the (overwriting) rename."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise
    except (OSError, AttributeError, NotImplementedError) as exc:
        if isinstance(exc, OSError) and exc.errno not in _NO_LINKS:
            raise
        if os.name == "nt":
            os.rename(tmp, final)     # FileExistsError on an existing name
            return
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(final)) from None
        os.rename(tmp, final)
        return
    os.unlink(tmp)


# -- temporary files that killed runs left behind -------------------------------------------
TEMP_NAMES = (
    re.compile(r"\..+\.fpdesk-tmp-(?P<pid>\d+)(-.*)?"),       # backups, snapshots, restores
    re.compile(r"\..+\.(?P<pid>\d+)\.(zip\.|enc\.)?tmp"),     # packages (fpdesk.package.writer)
)
STALE_AGE = 3600   # seconds: where no process can be asked, a temp file this old is taken as left


def pid_alive(pid: int) -> bool | None:
    """Whether process `pid` runs; None where it cannot be asked safely (Windows: os.kill kills)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale_temps(folder: Path) -> list[Path]:
    """Remove every fpdesk temporary file in `folder` whose writer is gone: its process no longer
    runs (POSIX), or (where that cannot be asked) it has not changed for STALE_AGE. Temps of a running fpdesk (this one
    included) are left alone. Called before every export and backup into a folder."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = next((m for m in (p.fullmatch(entry.name) for p in TEMP_NAMES) if m), None)
        if found is None or int(found["pid"]) == os.getpid():
            continue
        try:
            alive = pid_alive(int(found["pid"]))
            stale = alive is False or (alive is None and time.time() - entry.stat().st_mtime > STALE_AGE)
            if stale and entry.is_file():
                entry.unlink()
                removed.append(entry)
        except OSError:
            pass
    return removed
