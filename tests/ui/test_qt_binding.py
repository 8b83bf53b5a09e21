"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 drops one per void call,
and the app then aborts after a few minutes of live camera ("Fatal Python error: none_dealloc")."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) - before > -50
