"""Progress and cancel callbacks of long imports and exports (plain callables; the GUI wraps them)."""

from __future__ import annotations

from collections.abc import Callable

from coop_desktop.exchange.errors import OperationCancelled

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class Steps:
    """Reports progress every `every` items and stops the work, by raising, once the user cancels."""

    def __init__(
        self,
        progress: ProgressFn | None,
        is_cancelled: CancelFn | None,
        cancelled_message: str,
        every: int = 500,
    ) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._message = cancelled_message
        self._every = every

    def tick(self, done: int, total: int, text: str) -> None:
        """Cheap per-item call: only every `every` items does it report or look for a cancel."""
        if done % self._every == 0:
            self.report(done, total, text)

    def report(self, done: int, total: int, text: str) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise OperationCancelled(self._message)
        if self._progress is not None:
            self._progress(done, total, text)
