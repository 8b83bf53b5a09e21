"""The pixel size of a picture, read from its header without decoding it.

``read_image`` asks this first so that a tiny file claiming to be 30000×30000 pixels is refused before OpenCV
allocates gigabytes for it. Only the formats Oyla reads are known: PNG, JPEG, BMP, GIF, WebP and TIFF; for
anything else (or a header that is cut short or makes no sense) ``picture_size`` returns ``None`` and the file is
not decoded at all, which also keeps OpenCV's rarer decoders (JPEG 2000, HDR, PNM, AVIF …) away from strangers'
files. The answer is the biggest size the header claims anywhere (a GIF frame larger than its screen counts).
"""

from __future__ import annotations

import struct

_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_JPEG_PROGRESSIVE = {0xC2, 0xC6, 0xCA, 0xCE}
MAX_JPEG_SCANS = 100  # a progressive photo has about 10 (a precaution: a scan bomb was not measured here)
_TIFF_TYPES = {3: ("H", 2), 4: ("I", 4)}  # SHORT and LONG, the two types these fields may use
_TIFF_TAGS = {256, 257, 258, 277, 322, 323}  # width, length, bits per sample, samples per pixel, tile width, length
MAX_SAMPLES = 4  # TIFF samples per pixel (RGBA): more is not a photo and multiplies the memory decoding needs
# (likewise more than 16 bits per sample)


def picture_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) claimed by the header of ``data``, or ``None`` when it is not a picture Oyla reads."""
    try:
        for magic, reader in _READERS:
            if data.startswith(magic):
                size = reader(data)
                return size if size and size[0] > 0 and size[1] > 0 else None
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _png(data: bytes) -> tuple[int, int] | None:
    if data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _jpeg(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image or start of scan before any frame header
            return None
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SOF:
            if marker in _JPEG_PROGRESSIVE and data.count(b"\xff\xda") > MAX_JPEG_SCANS:
                return None  # each scan passes over the whole picture again: thousands of them take minutes
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height  # a height of 0 (set later by a DNL marker) is refused by the caller
        if length < 2:
            return None
        pos += 2 + length
    return None


def _bmp(data: bytes) -> tuple[int, int] | None:
    (header,) = struct.unpack("<I", data[14:18])
    if header == 12:  # OS/2 BITMAPCOREHEADER
        return struct.unpack("<HH", data[18:22])
    if header < 40:
        return None
    width, height = struct.unpack("<ii", data[18:26])
    return (width, abs(height)) if width > 0 else None  # a negative height means "stored top-down"


def _gif(data: bytes) -> tuple[int, int] | None:
    width, height = struct.unpack("<HH", data[6:10])
    pos = 13 + ((3 << ((data[10] & 7) + 1)) if data[10] & 0x80 else 0)  # skip the global colour table
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            pos = _skip_sub_blocks(data, pos + 2)
        elif block == 0x2C:  # image descriptor: left, top, width, height, flags
            left, top, w, h = struct.unpack("<HHHH", data[pos + 1 : pos + 9])
            width, height = max(width, left + w), max(height, top + h)
            flags = data[pos + 9]
            pos += 10 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0)
            pos = _skip_sub_blocks(data, pos + 1)  # after the LZW minimum code size
        else:
            return None
    return width, height


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while data[pos]:
        pos += data[pos] + 1
    return pos + 1


def _webp(data: bytes) -> tuple[int, int] | None:
    if data[8:12] != b"WEBP":
        return None
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and data[20] == 0x2F:
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":  # the canvas; libwebp refuses a still picture whose frame differs from it
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


def _tiff(data: bytes) -> tuple[int, int] | None:
    """The first page (the one OpenCV decodes); BigTIFF is not read. Tiles count as pictures of their own: OpenCV
    allocates a whole tile, and a 1 kB file with 16000×16000 tiles on a 100×100 page took 979 MB."""
    order = "<" if data[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[4:8])
    (count,) = struct.unpack(order + "H", data[offset : offset + 2])
    values = {}
    for i in range(count):
        start = offset + 2 + 12 * i
        tag, kind, n = struct.unpack(order + "HHI", data[start : start + 8])
        if tag in _TIFF_TAGS and kind in _TIFF_TYPES and n >= 1:
            code, size = _TIFF_TYPES[kind]
            at = start + 8 if n * size <= 4 else struct.unpack(order + "I", data[start + 8 : start + 12])[0]
            (values[tag],) = struct.unpack(order + code, data[at : at + size])  # the first value
    if 256 not in values or 257 not in values or values.get(277, 1) > MAX_SAMPLES or values.get(258, 8) > 16:
        return None
    return max(values[256], values.get(322, 0)), max(values[257], values.get(323, 0))


_READERS = (
    (b"\x89PNG\r\n\x1a\n", _png),
    (b"\xff\xd8", _jpeg),
    (b"BM", _bmp),
    (b"GIF87a", _gif),
    (b"GIF89a", _gif),
    (b"RIFF", _webp),
    (b"II*\x00", _tiff),
    (b"MM\x00*", _tiff),
)
