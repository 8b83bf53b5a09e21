"""Pictures in lesson folders are checked on every load: PNG/JPEG by the size in their header, never decoded."""

from __future__ import annotations

import struct
import zlib

import cv2
import numpy as np
import pytest

from app.lessons.archive import import_pack
from app.lessons.loader import validate_pack
from app.lessons.model import PackError
from app.lessons.pictures import MAX_PICTURE_PIXELS
from app.storage import paths
from tests.lessons.packfactory import make_pack


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (the 875-byte bomb of the issue)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) \
        + chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    ok, data = cv2.imencode(".jpg", np.zeros((height, width, 3), np.uint8))
    assert ok
    return data.tobytes()


CASES = {
    "png claiming 30000x30000": ("bomb.png", png_claiming(30_000, 30_000), "30000×30000 pixels"),
    "text called .png": ("fake.png", b"hello, not a picture", "not a PNG or JPEG"),
    "gif called .jpg": ("anim.jpg", b"GIF89a" + bytes(20), "not a PNG or JPEG"),
    "empty jpeg": ("empty.jpeg", b"", "not a PNG or JPEG"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_pictures_are_issues_even_when_the_text_does_not_show_them(tmp_path, case):
    name, data, words = CASES[case]
    pack = make_pack(tmp_path)
    (pack / "01-first" / "images" / name).write_bytes(data)
    issues = validate_pack(pack)
    assert [(i.file, i.line) for i in issues] == [(f"01-first/images/{name}", 0)]
    assert words in issues[0].text()


def test_ordinary_pictures_pass_and_the_limit_is_inclusive(tmp_path):
    pack = make_pack(tmp_path)
    (pack / "01-first" / "images" / "photo.jpg").write_bytes(jpeg(64, 48))
    side = int(MAX_PICTURE_PIXELS ** 0.5)
    (pack / "01-first" / "images" / "big.png").write_bytes(png_claiming(side, side))
    assert validate_pack(pack) == []


def test_import_of_a_pack_with_a_picture_bomb_is_refused(tmp_path):
    pack = make_pack(tmp_path)
    (pack / "01-first" / "images" / "grid.png").write_bytes(png_claiming(46_000, 46_000))
    with pytest.raises(PackError, match="46000×46000"):
        import_pack(pack)
    assert list(paths.subdir("packs").iterdir()) == []
