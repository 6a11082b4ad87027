"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and to True on every
signal emission; after enough calls the interpreter aborts (none_dealloc / bool_dealloc). A long
working day would end the same way, so such a release must never be installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_signal_emission_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) - before_true >= 0
    assert sys.getrefcount(None) - before_none >= -5  # unrelated objects may come and go


def test_void_calls_keep_reference_counts(qapp: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(200):
        label.setText(str(i))
    assert sys.getrefcount(None) - before >= -5
