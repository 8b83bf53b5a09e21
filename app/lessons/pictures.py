"""Check every picture in a lesson folder before Oyla shows any of them: SVG drawings against the allow-lists of
``app.lessons.svg``, PNG and JPEG files by the pixel size in their header (nothing is decoded here).

Runs on every load of a pack (``loader``), so folder packs and built-in ones get the same checks as an import,
whether or not the lesson text names a picture. Files are read with ``app.storage.reading.read_file``: regular files only,
never through a link, never past the size limit.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP
from app.lessons.model import PackIssue
from app.lessons.svg import MAX_SVG_BYTES, svg_problem
from app.storage import reading
from app.vision.image_header import picture_size

PICTURE_EXTS = (".png", ".jpg", ".jpeg", ".svg")
MAX_PICTURES = 200  # per lesson folder
MAX_PICTURE_BYTES = 20 * 1024 * 1024  # as for any file in a pack
MAX_PICTURE_PIXELS = 16_000_000  # e.g. 4000 x 4000; a lesson picture is shown at screen size


def check_pictures(folder: Path, name: str, issues: list[PackIssue]) -> None:
    """Add an issue for each picture under ``folder`` (the lesson ``name``) that Oyla would refuse to show."""
    count = 0
    for root, dirs, files in os.walk(folder):  # links to folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(f for f in files if f.lower().endswith(PICTURE_EXTS) and not f.startswith(".")):
            path = Path(root) / file_name
            file = f"{name}/{path.relative_to(folder).as_posix()}"
            count += 1
            if count > MAX_PICTURES:
                issues.append(PackIssue(file, 0, QT_TRANSLATE_NOOP(
                    "errors", "a lesson may hold at most {count} pictures"), {"count": MAX_PICTURES}))
                return
            drawing = file_name.lower().endswith(".svg")
            try:
                data = reading.read_file(path, MAX_SVG_BYTES if drawing else MAX_PICTURE_BYTES, follow_links=False)
            except reading.DataError as err:
                issues.append(PackIssue(file, 0, err.message, dict(err.params)))
                continue
            problem = _drawing_problem(data) if drawing else _picture_problem(data)
            if problem is not None:
                issues.append(PackIssue(file, 0, problem[0], problem[1]))


def _drawing_problem(data: bytes) -> tuple[str, dict] | None:
    problem = svg_problem(data)
    if problem is None:
        return None
    return QT_TRANSLATE_NOOP("errors", "this drawing is refused ({detail}): only plain SVG drawings are allowed, "
                                       "without scripts, links, animations or DTDs"), {"detail": problem}


def _picture_problem(data: bytes) -> tuple[str, dict] | None:
    size = picture_size(data) if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8")) else None
    if size is None:
        return QT_TRANSLATE_NOOP("errors", "this is not a PNG or JPEG picture Oyla can read"), {}
    if size[0] * size[1] > MAX_PICTURE_PIXELS:
        return QT_TRANSLATE_NOOP("errors", "this picture is {width}×{height} pixels; at most {limit} megapixels are "
                                           "allowed"), {"width": size[0], "height": size[1],
                                                        "limit": MAX_PICTURE_PIXELS // 1_000_000}
    return None
