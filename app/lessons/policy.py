"""The one place where Oyla decides what is allowed: the camera (consent), the face rule and the robot speed cap.

Every function reads the files fresh (``consent.json``, ``teacher/settings.json``, the student's profile), so a
change made anywhere is seen by the next question. A damaged teacher settings file never unlocks anything: it
counts as the strict settings (``STRICT``) and the problem is reported next to them.

Camera rule (``camera_allowed``): the camera may be used when

1. consent is recorded and not withdrawn — the student's own record when there is one, else the record for the
   whole PC (``student_id`` null, what the consent dialog writes), and
2. when the teacher requires a parent's consent, the teacher has noted it for this student on the Teacher page
   (``students/<id>/profile.json``, ``consent_recorded``). A consent record "given by a parent" does not count
   there: a child could have ticked it.
"""

from __future__ import annotations

from app.errors import OylaError
from app.lessons import teacher
from app.lessons.model import LessonText, Pack
from app.storage import consent, students

SPEED_MAX = 255  # the robot protocol's largest DRIVE value (app.robot.protocol.SPEED_MAX)
STRICT = teacher.TeacherSettings(faces="blur", robot_speed_cap=SPEED_MAX // 2, require_parental_consent=True)

# reason codes of camera_allowed (the UI turns them into sentences)
OK = "ok"
NO_CONSENT = "no_consent"
WITHDRAWN = "withdrawn"
NO_STUDENT = "parent_required_no_student"
PARENT_REQUIRED = "parent_required"


def teacher_settings() -> tuple[teacher.TeacherSettings, OylaError | None]:
    """The teacher's settings read now, and the problem when the file is damaged (then the strict settings)."""
    try:
        return teacher.load(), None
    except OylaError as exc:
        return STRICT, exc


def parent_consent_required() -> bool:
    return teacher_settings()[0].require_parental_consent


def consent_record(student_id: str | None) -> consent.ConsentRecord | None:
    """The record that counts for this student: their own when there is one, else the PC-wide one."""
    own = consent.current(student_id) if student_id is not None else None
    return own if own is not None else consent.current(None)


def camera_allowed(student_id: str | None) -> tuple[bool, str]:
    """(may the camera be used now by this student, reason code) — see the module's docstring."""
    record = consent_record(student_id)
    if record is None:
        return False, NO_CONSENT
    if not record.active:
        return False, WITHDRAWN
    settings = teacher_settings()[0]
    if not settings.require_parental_consent:
        return True, OK
    if student_id is None:
        return False, NO_STUDENT
    try:
        student = students.get_student(student_id)
    except OylaError:
        return False, NO_STUDENT
    return (True, OK) if teacher.may_use_camera(settings, student) else (False, PARENT_REQUIRED)


def consent_step_needed(student_id: str | None = None) -> bool:
    """Should the consent dialog be shown? Only when no consent is recorded or it was withdrawn — a parent's
    consent is noted by the teacher, never in that dialog."""
    return camera_allowed(student_id)[1] in (NO_CONSENT, WITHDRAWN)


def face_rule(pack: Pack | None = None, lesson: LessonText | None = None) -> str:
    """The face rule in force: the strictest of the teacher's lock, the pack's and the lesson's; "allow" if none."""
    return teacher.effective_locks(teacher_settings()[0], pack, lesson).faces or "allow"


def robot_speed_cap(pack: Pack | None = None) -> int | None:
    """The robot speed cap in force (the lower of the teacher's and the pack's); None when nothing caps it."""
    return teacher.effective_locks(teacher_settings()[0], pack).robot_speed_cap
