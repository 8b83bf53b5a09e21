"""Face detector figures for the README: recall and false alarms on scikit-image's LFW subset, speed per frame.

Run: .venv/bin/python -m benchmarks.faces    (needs scikit-image, a dev dependency; works offline)
"""

from __future__ import annotations

import platform
import time

import cv2
import numpy as np
import skimage.data

from app.vision.faces import FaceDetector, blur_faces


def _as_rgb(grey: np.ndarray) -> np.ndarray:
    if grey.dtype != np.uint8:
        grey = (grey * 255).round().astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)


def _time_ms(func, repeats: int) -> float:
    func()  # warm-up (loads the cascade)
    start = time.perf_counter()
    for _ in range(repeats):
        func()
    return (time.perf_counter() - start) * 1000 / repeats


def main() -> None:
    detector = FaceDetector()
    images = [_as_rgb(image) for image in skimage.data.lfw_subset()]
    found = sum(bool(detector.detect(image)) for image in images[:100])
    false_alarms = sum(bool(detector.detect(image)) for image in images[100:])

    face_frame = cv2.resize(skimage.data.astronaut(), (640, 480), interpolation=cv2.INTER_AREA)
    other_frame = cv2.resize(skimage.data.coffee(), (640, 480), interpolation=cv2.INTER_AREA)
    sample = cv2.resize(skimage.data.astronaut()[:400, 50:450], (224, 224), interpolation=cv2.INTER_AREA)
    boxes = detector.detect(face_frame)

    print(f"OpenCV {cv2.__version__}, Python {platform.python_version()}, {platform.machine()}")
    settings = {key: value for key, value in vars(detector).items() if not key.startswith("_")}
    print(f"settings: {settings}")
    print(f"lfw_subset faces found:          {found}/100")
    print(f"lfw_subset false alarms:         {false_alarms}/100")
    print(f"640x480 frame with a face:       {_time_ms(lambda: detector.detect(face_frame), 30):.1f} ms/frame")
    print(f"640x480 frame without (coffee):  {_time_ms(lambda: detector.detect(other_frame), 30):.1f} ms/frame")
    print(f"224x224 sample with a face:      {_time_ms(lambda: detector.detect(sample), 30):.1f} ms/sample")
    print(f"blur one face on 640x480:        {_time_ms(lambda: blur_faces(face_frame, boxes), 30):.2f} ms/face")


if __name__ == "__main__":
    main()
