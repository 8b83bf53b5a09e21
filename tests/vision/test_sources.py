import time

import cv2
import numpy as np
import pytest

from app.vision.demo import SCENES, DemoSource, render
from app.vision.files import ImageError, ImageFolderSource, VideoFileSource, read_image
from app.vision.frames import CameraError, FrameSource
from app.vision.preprocess import centre_square, prepare
from app.vision.webcam import WebcamSource


def test_demo_scenes_are_deterministic_and_distinct():
    a, b = render("palm", 5, seed=1), render("palm", 5, seed=1)
    assert np.array_equal(a, b) and a.shape == (480, 640, 3) and a.dtype == np.uint8
    assert not np.array_equal(render("palm", 6, seed=1), a)
    means = {s: np.mean([render(s, i).astype(float) for i in range(4)], axis=0) for s in SCENES}
    for s in SCENES:
        for t in SCENES:
            if s < t:
                assert np.abs(means[s] - means[t]).mean() > 2, (s, t)


def test_demo_source_follows_the_chosen_sign():
    with DemoSource("fist") as source:
        assert isinstance(source, FrameSource)
        first = source.read()
        source.show("empty")
        second = source.read()
    assert second.index == first.index + 1 and second.timestamp >= first.timestamp
    assert first.image.shape == (480, 640, 3)
    with pytest.raises(CameraError):
        source.read()  # closed


def test_image_folder_skips_broken_files(tmp_path):
    cv2.imwrite(str(tmp_path / "a.png"), np.zeros((20, 30, 3), np.uint8))
    (tmp_path / "b.jpg").write_bytes(b"this is not a jpeg")
    cv2.imwrite(str(tmp_path / "c.png"), np.full((20, 30, 3), 255, np.uint8))
    with ImageFolderSource(tmp_path) as source:
        images = [source.read().image for _ in range(3)]
    assert [int(i.mean()) for i in images] == [0, 255, 0]
    assert source.skipped == ["b.jpg"]


def test_empty_or_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CameraError, match="no pictures"):
        ImageFolderSource(tmp_path).open()
    with pytest.raises(CameraError, match="does not exist"):
        ImageFolderSource(tmp_path / "nope").open()


def test_read_image_rejects_garbage_and_reads_unicode_names(tmp_path):
    bad = tmp_path / "сурет.png"
    bad.write_bytes(b"\x89PNG garbage")
    with pytest.raises(ImageError, match="сурет.png"):
        read_image(bad)
    good = tmp_path / "алма.png"
    cv2.imencode(".png", np.dstack([np.zeros((4, 4)), np.zeros((4, 4)), np.full((4, 4), 255)]).astype(np.uint8))[
        1
    ].tofile(good)
    assert tuple(read_image(good)[0, 0]) == (255, 0, 0)  # BGR file → RGB array


def test_video_file_source_reads_and_loops(tmp_path):
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for value in (0, 120, 240):
        writer.write(np.full((48, 64, 3), value, np.uint8))
    writer.release()
    with VideoFileSource(path) as source:
        values = [int(round(source.read().image.mean() / 40)) for _ in range(4)]
    assert values == [0, 3, 6, 0]
    with pytest.raises(CameraError):
        VideoFileSource(tmp_path / "missing.mp4").open()
    (tmp_path / "fake.mp4").write_bytes(b"nope")
    with pytest.raises(CameraError):
        VideoFileSource(tmp_path / "fake.mp4").open()


def test_missing_webcam_fails_fast():
    started = time.monotonic()
    with pytest.raises(CameraError, match="Camera 7"):
        WebcamSource(7).open()
    assert time.monotonic() - started < 10


def test_preprocessing_matches_the_recipe():
    image = np.zeros((100, 300, 3), np.uint8)
    image[:, 100:200] = 255  # the centre square is white
    square = centre_square(image, 224)
    assert square.shape == (224, 224, 3) and square.min() == 255
    batch = prepare([image])
    assert batch.shape == (1, 3, 224, 224) and batch.dtype == np.float32
    assert np.allclose(batch, (255 - 127) / 128)
