"""Uploads: safe file names, size and type limits, and analysis in a background thread.

A file's name comes from the browser and is never trusted: only its last
path component is kept, reduced to letters, digits, dot, dash and
underscore, and the file is written inside a fresh folder for its job.
Analysis runs one job at a time (the store takes one writer) and reports
progress through a job record that the page polls.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from nexos.errors import ConfigError, NexosError, TooLarge, UnsupportedFormat
from nexos.ingest import SUPPORTED
from nexos.pipeline import analyze
from nexos.store import Store

log = logging.getLogger(__name__)

DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
MAX_FILES = 20
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(raw: str) -> str:
    """A file name that cannot leave its folder, keeping an allowed extension."""
    base = unicodedata.normalize("NFKD", raw or "").encode("ascii", "ignore").decode()
    base = base.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip("._-")[:120]
    suffix = Path(base).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormat(f"cannot take {raw!r}: nexos reads {', '.join(SUPPORTED)} files")
    if not Path(base).stem.strip("._-"):
        raise ConfigError(f"cannot take {raw!r}: the file name is empty once unsafe characters are removed")
    return base


@dataclass
class Job:
    id: str
    files: list[str]
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    current: str | None = None
    summary: dict[str, Any] | None = None
    error: str | None = None
    documents: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["total"] = len(self.files)
        d["progress"] = 1.0 if self.state == "done" else round(self.done / max(1, len(self.files)), 3)
        return d


class Uploads:
    """Jobs of one app: where files go, how big they may be, and what became of them."""

    def __init__(self, store: Store, folder: Path, max_bytes: int = DEFAULT_MAX_UPLOAD,
                 on_done: Any = None) -> None:
        self.store = store
        self.folder = folder
        self.max_bytes = max_bytes
        self.jobs: dict[str, Job] = {}
        self._write_lock = threading.Lock()
        self._on_done = on_done

    def new_job_dir(self) -> tuple[str, Path]:
        job_id = secrets.token_hex(8)
        path = self.folder / job_id
        path.mkdir(parents=True, exist_ok=False)
        return job_id, path

    def place(self, job_dir: Path, raw_name: str) -> Path:
        name = safe_name(raw_name)
        dest = (job_dir / name).resolve()
        if dest.parent != job_dir.resolve():
            raise ConfigError(f"cannot take {raw_name!r}: its name points outside the upload folder")
        n = 1
        while dest.exists():
            dest = dest.with_name(f"{Path(name).stem}-{n}{Path(name).suffix}")
            n += 1
        return dest

    def check_size(self, written: int) -> None:
        if written > self.max_bytes:
            raise TooLarge(f"upload refused: a file is over the {self.max_bytes // (1024 * 1024)} MB limit")

    def start(self, job_id: str, paths: list[Path]) -> Job:
        job = Job(job_id, [p.name for p in paths])
        self.jobs[job_id] = job
        threading.Thread(target=self._run, args=(job, paths), name=f"nexos-upload-{job_id}", daemon=True).start()
        return job

    def _run(self, job: Job, paths: list[Path]) -> None:
        def step(path: str) -> None:
            if job.current is not None:
                job.done += 1
            job.current = Path(path).name

        with self._write_lock:
            job.state = "running"
            try:
                summary = analyze(paths, self.store, self.max_bytes, progress=step)
            except NexosError as exc:
                job.state, job.error = "failed", str(exc)
                return
            except Exception as exc:  # a background thread has no caller to raise to: record it
                log.exception("upload job %s failed", job.id)
                job.state, job.error = "failed", f"analysis failed: {exc}"
                return
            finally:
                if self._on_done:
                    self._on_done()
        job.summary = summary.as_dict()
        job.documents = summary.added + summary.existing
        job.done, job.current, job.state = len(job.files), None, "done"
