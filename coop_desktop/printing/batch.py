"""Batches of documents: one PDF per recipient plus one merged PDF, with progress and cancel.

The merged PDF is one platypus story (a `DocumentStart` and a page break between documents), laid
out in a single pass: reportlab's fixed cost is paid once, and each document keeps its own "Pagina
X di Y". The separate PDFs are independent layouts, spread over the CPU's cores with a process pool
(each process registers the fonts once); the items travel to the workers as plain picklable data
and `build_story` must be a module-level function.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from coop_desktop.exchange.progress import CancelFn, ProgressFn
from coop_desktop.printing.layout import DocumentStart, Letterhead, build_pdf

StoryBuilder = Callable[[Any], list[Flowable]]
# Below this many documents a process pool costs more than it saves.
_POOL_FROM = 40


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One recipient's document: its file name (without .pdf) and the data its story is built from."""

    name: str
    payload: Any


@dataclass(frozen=True, slots=True)
class BatchResult:
    folder: Path
    files: tuple[Path, ...]
    merged: Path | None
    cancelled: bool = False


def safe_file_name(text: str, limit: int = 80) -> str:
    """A file name every system accepts: "2026/0012 – Associazione Ùna" → "2026-0012_Associazione_Una"."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^A-Za-z0-9._-]+", "_", plain.replace("/", "-")).strip("._-")
    return (plain or "documento")[:limit]


def _build_one(job: tuple[StoryBuilder, Any, Path, Letterhead, str]) -> Path:
    build_story, payload, path, letterhead, title = job
    build_pdf(build_story(payload), path, letterhead=letterhead, title=title)
    return path


def merged_story(items: Sequence[BatchItem], build_story: StoryBuilder) -> list[Flowable]:
    story: list[Flowable] = []
    for n, item in enumerate(items):
        if n:
            story.append(PageBreak())
        story.append(DocumentStart(item.name))
        story.extend(build_story(item.payload))
    return story


def write_batch(
    items: Sequence[BatchItem],
    build_story: StoryBuilder,
    folder: Path,
    *,
    letterhead: Letterhead,
    title: str,
    merged_name: str | None,
    separate: bool = True,
    processes: int | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> BatchResult:
    """Write `items` into `folder`: each as `<name>.pdf` when `separate`, and all of them in
    `<merged_name>.pdf`. Cancelling stops between documents (what was written stays listed)."""
    folder.mkdir(parents=True, exist_ok=True)
    total = len(items) * (2 if separate and merged_name else 1)
    done = 0

    def step(text: str) -> bool:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, text)
        return bool(is_cancelled and is_cancelled())

    files: list[Path] = []
    if separate and items:
        jobs = [(build_story, i.payload, folder / f"{i.name}.pdf", letterhead, title) for i in items]
        workers = processes if processes is not None else min(os.cpu_count() or 1, 4)
        if workers > 1 and len(jobs) >= _POOL_FROM:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                pending = pool.map(_build_one, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
                for path in pending:
                    files.append(path)
                    if step(f"Scritto {path.name}"):
                        pool.shutdown(wait=True, cancel_futures=True)
                        return BatchResult(folder, tuple(files), None, cancelled=True)
        else:
            for job in jobs:
                files.append(_build_one(job))
                if step(f"Scritto {job[2].name}"):
                    return BatchResult(folder, tuple(files), None, cancelled=True)
    merged = None
    if merged_name and items:
        if progress is not None:
            progress(done, total, "Impaginazione del PDF unico…")
        merged = folder / f"{merged_name}.pdf"
        build_pdf(merged_story(items, build_story), merged, letterhead=letterhead, title=title)
        done = total
        if progress is not None:
            progress(done, total, f"Scritto {merged.name}")
    return BatchResult(folder, tuple(files), merged)
