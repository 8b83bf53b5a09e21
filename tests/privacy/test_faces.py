"""Face detection: recall and false alarms on scikit-image's labelled LFW subset, blurring, robustness."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from skimage import data as skimage_data

from app.vision import faces
from app.vision.faces import FaceDetector, FaceDetectorError, FacesNotAllowed, blur_faces, check_sample


def _as_rgb(grey) -> np.ndarray:
    grey = np.asarray(grey)
    if grey.dtype != np.uint8:
        grey = (grey * 255).round().astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)


def _overlap(a, b) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


@pytest.fixture(scope="module")
def lfw():
    images = skimage_data.lfw_subset()
    assert images.shape == (200, 25, 25)
    return [_as_rgb(image) for image in images[:100]], [_as_rgb(image) for image in images[100:]]


@pytest.fixture(scope="module")
def detector():
    return FaceDetector()


def test_recall_and_false_alarms_on_lfw_subset(lfw, detector):
    face_images, other_images = lfw
    found = sum(bool(detector.detect(image)) for image in face_images)
    false_alarms = sum(bool(detector.detect(image)) for image in other_images)
    assert found >= 97, f"found only {found}/100 faces"
    assert false_alarms <= 1, f"{false_alarms}/100 false alarms"


def test_boxes_are_in_input_coordinates(detector):
    photo = skimage_data.astronaut()  # 512×512, one face at about (175, 65)–(275, 165)
    boxes = detector.detect(photo)
    assert len(boxes) == 1
    x, y, w, h = boxes[0]
    assert 150 < x < 200 and 40 < y < 90 and 80 < w < 130 and 80 < h < 130
    bigger = np.repeat(np.repeat(photo, 2, axis=0), 2, axis=1)  # 1024×1024: downscaled internally
    (bx, by, bw, bh), *rest = detector.detect(bigger)
    assert not rest
    assert abs(bx - 2 * x) < 20 and abs(by - 2 * y) < 20 and abs(bw - 2 * w) < 30


def test_blur_removes_the_face_and_keeps_the_rest(detector):
    photo = skimage_data.astronaut()
    boxes = detector.detect(photo)
    assert boxes
    blurred = blur_faces(photo, boxes)
    assert blurred.shape == photo.shape and blurred.dtype == photo.dtype
    assert not any(_overlap(box, boxes[0]) > 0.3 for box in detector.detect(blurred))
    x, y, w, h = boxes[0]
    assert not np.array_equal(blurred[y : y + h, x : x + w], photo[y : y + h, x : x + w])
    assert np.array_equal(blurred[:, x + 2 * w :], photo[:, x + 2 * w :])  # far from the face: untouched
    assert np.array_equal(photo, skimage_data.astronaut())  # the input is not modified


def test_blur_removes_every_detected_lfw_face(lfw, detector):
    face_images, _ = lfw
    still_found = 0
    blurred_count = 0
    for image in face_images:
        boxes = detector.detect(image)
        if boxes:
            blurred_count += 1
            still_found += bool(detector.detect(blur_faces(image, boxes)))
    assert blurred_count >= 97
    assert still_found == 0


def test_detector_accepts_grey_and_rgba_and_rejects_floats(detector):
    photo = skimage_data.astronaut()
    grey = np.asarray(photo.mean(axis=2), dtype=np.uint8)
    rgba = np.concatenate([photo, np.full(photo.shape[:2] + (1,), 255, np.uint8)], axis=2)
    assert len(detector.detect(grey)) == 1
    assert len(detector.detect(rgba)) == 1
    assert detector.detect(np.zeros((480, 640, 3), np.uint8)) == []
    with pytest.raises(ValueError):
        detector.detect(photo.astype(np.float32))


def test_same_detector_from_several_threads_gives_the_same_boxes(detector):
    photo = skimage_data.astronaut()
    expected = detector.detect(photo)
    results = []

    def work():
        for _ in range(5):
            results.append(detector.detect(photo))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 20 and all(result == expected for result in results)


def test_missing_cascade_data_is_a_clear_error(monkeypatch, tmp_path):
    import cv2

    monkeypatch.setattr(cv2.data, "haarcascades", str(tmp_path) + "/")
    with pytest.raises(FaceDetectorError) as info:
        FaceDetector().detect(np.zeros((60, 60, 3), np.uint8))
    assert faces.CASCADE_FILE in str(info.value) and "OpenCV 4" in str(info.value)


def test_default_detector_is_shared():
    assert faces.default_detector() is faces.default_detector()


def test_check_sample_applies_the_face_rule(detector):
    photo = skimage_data.astronaut()
    allowed = check_sample(photo, "allow", detector)
    assert allowed.image is photo and len(allowed.faces) == 1 and not allowed.blurred
    blurred = check_sample(photo, "blur", detector)
    assert blurred.blurred and blurred.faces == allowed.faces
    assert not any(_overlap(box, allowed.faces[0]) > 0.3 for box in detector.detect(blurred.image))
    with pytest.raises(FacesNotAllowed):
        check_sample(photo, "refuse", detector)
    coffee = skimage_data.coffee()
    for rule in ("allow", "blur", "refuse"):
        result = check_sample(coffee, rule, detector)
        assert result.image is coffee and result.faces == [] and not result.blurred
    with pytest.raises(ValueError):
        check_sample(coffee, "sometimes", detector)
