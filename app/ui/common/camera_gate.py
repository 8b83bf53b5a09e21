"""The one camera gate of the app. ``ctx.vision`` asks it before starting the camera and before handing on any
frame, the Studio before recording and its picture writer (a worker thread) before writing pictures. The rule
itself is ``app.lessons.policy.camera_allowed``, read fresh on every check; this only adds the student who is
learning now, a "changed" signal, and the reason in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.lessons import policy


class CameraGate(QObject):
    changed = Signal(bool)  # allowed now (emitted when the answer or its reason changes)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.student_id: str | None = None
        self.allowed, self.code = policy.camera_allowed(None)

    def check(self) -> bool:
        """Ask the policy now (GUI thread); tell listeners when the answer changed."""
        allowed, code = policy.camera_allowed(self.student_id)
        changed = (allowed, code) != (self.allowed, self.code)
        self.allowed, self.code = allowed, code
        if changed:
            self.changed.emit(allowed)
        return allowed

    def ask(self) -> tuple[bool, str]:
        """Ask the policy now without touching the gate's state (safe on a worker thread)."""
        return policy.camera_allowed(self.student_id)

    def set_student(self, student_id: str | None) -> None:
        self.student_id = student_id
        self.check()

    def reason(self, code: str | None = None) -> str:
        """Why the camera is off, for the student."""
        code = code or self.code
        if code == policy.WITHDRAWN:
            return self.tr("The camera is off because consent was taken back. To use it again, open My data and "
                           "press “Give consent…”.")
        if code == policy.PARENT_REQUIRED:
            return self.tr("The camera is off until your teacher notes your parent's or guardian's consent for you "
                           "on the Teacher page.")
        if code == policy.NO_STUDENT:
            return self.tr("The camera is off: your teacher asks for a parent's consent. Choose your name on the "
                           "Lessons page; your teacher notes each student's parent's consent.")
        return self.tr("The camera is off until you read how Oyla uses it and agree: open My data and press "
                       "“Give consent…”.")
