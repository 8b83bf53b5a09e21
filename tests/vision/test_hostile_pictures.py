"""Hostile picture files: sizes are checked from the header before decoding, and only regular files are read."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap
import threading
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.vision.files import MAX_PIXELS, ImageError, read_image
from app.vision.image_header import picture_size

ROOT = Path(__file__).resolve().parents[2]


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` (its pixel data is a few deflated zeros)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(bytes(4096), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def bmp_claiming(width: int, height: int) -> bytes:
    """A 70-byte BMP header claiming ``width``×``height`` at 24 bits and no pixel data."""
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0)
    body = info + bytes(70 - 14 - len(info))
    return b"BM" + struct.pack("<IHHI", 70, 0, 0, 54) + body


def tiff_with(width: int, height: int, tags: dict[int, int] | None = None) -> bytes:
    """A little-endian TIFF page ``width``×``height`` (RGB, 8 bits) with extra LONG ``tags`` (number → value) and
    1 kB of zero pixel data."""
    entries = {256: (4, width), 257: (4, height), 258: (3, 8), 259: (3, 1), 262: (3, 2), 277: (3, 3),
               273: (4, 300), 279: (4, 1000)}
    entries.update({tag: (4, value) for tag, value in (tags or {}).items()})
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHII", tag, 4, 1, value) if kind == 4 else struct.pack("<HHIHH", tag, 3, 1, value, 0)
        for tag, (kind, value) in sorted(entries.items())) + bytes(4)
    head = b"II*\x00" + struct.pack("<I", 8) + ifd
    return head + bytes(300 - len(head)) + bytes(1000)


def encoded(ext: str, width: int = 37, height: int = 23) -> bytes:
    image = np.random.default_rng(0).integers(0, 255, (height, width, 3), np.uint8)
    ok, data = cv2.imencode(ext, image)
    assert ok
    return data.tobytes()


@pytest.mark.parametrize("ext", [".png", ".jpg", ".bmp", ".webp", ".tiff", ".gif"])
def test_header_size_matches_what_opencv_decodes(ext):
    data = encoded(ext)
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert picture_size(data) == (decoded.shape[1], decoded.shape[0]) == (37, 23)


def test_lossless_webp_and_progressive_jpeg_headers(tmp_path):
    image = np.zeros((31, 45, 3), np.uint8)
    lossless = cv2.imencode(".webp", image, [cv2.IMWRITE_WEBP_QUALITY, 101])[1].tobytes()
    progressive = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_PROGRESSIVE, 1])[1].tobytes()
    assert lossless[12:16] == b"VP8L" and picture_size(lossless) == (45, 31)
    assert picture_size(progressive) == (45, 31)


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"BM" + bytes(10), b"RIFF....WEBPVP8 ",
                                  b"II*\x00\xff\xff\xff\x7f", b"GIF89a", b"P6\n12 10\n255\n" + bytes(360)])
def test_short_or_unknown_headers_give_no_size(data):
    assert picture_size(data) is None


@pytest.mark.parametrize("name, side, make", [("huge.png", 30000, png_claiming), ("huge.bmp", 46000, bmp_claiming)])
def test_a_small_file_claiming_a_huge_picture_is_refused_from_its_header(tmp_path, name, side, make):
    data = make(side, side)
    assert len(data) < 1000 and side * side > MAX_PIXELS
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageError) as info:
        read_image(path)
    assert str(info.value) == f"{name} is too big: {side}×{side} pixels (at most 40 megapixels)."


def test_refusing_a_huge_claim_needs_little_memory(tmp_path):
    """In a fresh process with a 1 GB address-space limit, both bombs are refused (not MemoryError, no crash)
    and the peak memory stays far below the gigabytes decoding would take (5.4 GB before this check)."""
    pytest.importorskip("resource")
    (tmp_path / "a.png").write_bytes(png_claiming(30000, 30000))
    (tmp_path / "b.bmp").write_bytes(bmp_claiming(46000, 46000))
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from app.vision.files import ImageError, read_image
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for name in ("a.png", "b.bmp"):
            try:
                read_image(Path({str(tmp_path)!r}) / name)
            except ImageError as exc:
                print(exc)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
    """)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "a.png is too big" in lines[0] and "b.bmp is too big" in lines[1]
    assert int(lines[2]) < 50_000  # kB grown while refusing both


def test_huge_tiff_tiles_count_as_the_picture_size(tmp_path):
    """OpenCV allocates a whole tile: 16000×16000 tiles on a 100×100 page took 979 MB for a 1.3 kB file."""
    assert picture_size(tiff_with(100, 100)) == (100, 100)
    assert picture_size(tiff_with(100, 100, {322: 128, 323: 128})) == (128, 128)
    bomb = tiff_with(100, 100, {322: 16000, 323: 16000})
    assert picture_size(bomb) == (16000, 16000)
    path = tmp_path / "tiles.tif"
    path.write_bytes(bomb)
    with pytest.raises(ImageError, match="tiles.tif is too big: 16000×16000 pixels"):
        read_image(path)


def test_a_progressive_jpeg_with_hundreds_of_scans_is_not_decoded():
    progressive = cv2.imencode(".jpg", np.zeros((31, 45, 3), np.uint8), [cv2.IMWRITE_JPEG_PROGRESSIVE, 1])[1]
    progressive = progressive.tobytes()
    assert 2 < progressive.count(b"\xff\xda") < 20 and picture_size(progressive) == (45, 31)
    assert picture_size(progressive[:-2] + b"\xff\xda\x00\x02" * 200 + b"\xff\xd9") is None


def test_tiff_with_many_samples_or_deep_samples_is_not_decoded():
    assert picture_size(tiff_with(100, 100, {277: 200})) is None
    assert picture_size(tiff_with(100, 100, {258: 64})) is None
    deep = cv2.imencode(".tiff", np.zeros((9, 11, 3), np.uint16))[1].tobytes()  # 16 bits: still a picture
    assert picture_size(deep) == (11, 9)


def test_a_large_but_allowed_picture_still_reads(tmp_path):
    path = tmp_path / "wide.png"
    cv2.imwrite(str(path), np.full((300, 4000, 3), 200, np.uint8))
    assert read_image(path).shape == (300, 4000, 3)


def test_other_formats_opencv_could_decode_are_not_decoded(tmp_path):
    path = tmp_path / "picture.jpg"  # a PPM wearing a .jpg name
    path.write_bytes(encoded(".ppm"))
    with pytest.raises(ImageError, match="not a picture Oyla can read"):
        read_image(path)


def test_a_lying_header_that_opencv_rejects_is_an_image_error(tmp_path):
    data = bytearray(encoded(".bmp"))
    data[28:30] = struct.pack("<H", 7)  # 7 bits per pixel: OpenCV refuses it (cv2.error or None)
    path = tmp_path / "odd.bmp"
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError, match="odd.bmp"):
        read_image(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_called_jpg_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "x.jpg"
    os.mkfifo(fifo)
    result = {}

    def read() -> None:
        try:
            read_image(fifo)
        except ImageError as exc:
            result["error"] = str(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("read_image waited on a named pipe")
    assert result["error"] == "x.jpg is not a picture file."


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_called_jpg_is_refused(tmp_path):
    link = tmp_path / "zero.jpg"
    link.symlink_to("/dev/zero")
    with pytest.raises(ImageError, match="zero.jpg is not a picture file"):
        read_image(link)
