"""Stand-ins for QMessageBox in UI tests: a modal box nobody answers would hang the run forever.

`MessageBoxes(monkeypatch)` replaces the static helpers (question, information, warning, critical) and
`exec()` of hand-built boxes. Each box is recorded; questions take their answers from `answers`,
hand-built boxes click the button named first in `clicks`. A box with no answer ready fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox

StandardButton = QMessageBox.StandardButton


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class MessageBoxes:
    monkeypatch: pytest.MonkeyPatch
    shown: list[Shown] = field(default_factory=list)
    answers: list[StandardButton] = field(default_factory=list)
    clicks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        patch = self.monkeypatch.setattr
        patch(QMessageBox, "question", staticmethod(self._question))
        for kind in ("information", "warning", "critical"):
            patch(QMessageBox, kind, staticmethod(self._note(kind)))
        boxes = self

        def exec_box(box: QMessageBox) -> int:
            boxes.shown.append(Shown("box", box.windowTitle(), box.text()))
            if not boxes.clicks:
                pytest.fail(f"unexpected message box: {box.text()}")
            wanted = boxes.clicks.pop(0)
            button = next((b for b in box.buttons() if b.text().replace("&", "") == wanted), None)
            if button is None:
                pytest.fail(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")
            button.click()
            return 0

        patch(QMessageBox, "exec", exec_box)

    def _question(self, parent: object, title: str, text: str, *args: object) -> StandardButton:
        self.shown.append(Shown("question", title, text))
        if not self.answers:
            pytest.fail(f"unexpected question: {text}")
        return self.answers.pop(0)

    def _note(self, kind: str):  # type: ignore[no-untyped-def]
        def note(parent: object, title: str, text: str, *args: object) -> StandardButton:
            self.shown.append(Shown(kind, title, text))
            return StandardButton.Ok

        return note

    def texts(self, kind: str | None = None) -> list[str]:
        return [s.text for s in self.shown if kind is None or s.kind == kind]
