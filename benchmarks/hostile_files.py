"""What checking strangers' files costs, and what refusing a bomb costs (issue 14).

    .venv/bin/python benchmarks/hostile_files.py

Prints, for a 4000×3000 picture in each format Oyla reads: the time to read its size from the header
(``app.vision.image_header``) against the time to decode it; then the time and the extra peak memory (RSS) of
refusing a tiny PNG that claims 30000×30000 and a 70-byte BMP that claims 46000×46000 (decoding the PNG took
5.4 GB before the header check); then the time to save and to load (with every check) an MLP and a k-NN model.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.ml import model_io  # noqa: E402
from app.ml.backbone import EMBED_DIM  # noqa: E402
from app.ml.heads import HIDDEN, KNNHead, MLPHead  # noqa: E402
from app.vision.files import ImageError, read_image  # noqa: E402
from app.vision.image_header import picture_size  # noqa: E402
from tests.vision.test_hostile_pictures import bmp_claiming, png_claiming  # noqa: E402


def best_of(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    image = np.random.default_rng(0).integers(0, 255, (3000, 4000, 3), np.uint8)
    print("format  header µs  decode ms")
    for ext in (".jpg", ".png", ".webp", ".tiff", ".bmp", ".gif"):
        data = cv2.imencode(ext, image)[1].tobytes()
        header = best_of(lambda data=data: picture_size(data), 200)
        decode = best_of(lambda data=data: cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), 3)
        print(f"{ext:6}  {header * 1e6:9.1f}  {decode * 1e3:9.0f}")
    with tempfile.TemporaryDirectory() as tmp:
        bombs = [Path(tmp) / "bomb.png", Path(tmp) / "bomb.bmp"]
        bombs[0].write_bytes(png_claiming(30000, 30000))
        bombs[1].write_bytes(bmp_claiming(46000, 46000))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for bomb in bombs:
            start = time.perf_counter()
            try:
                read_image(bomb)
            except ImageError as exc:
                print(f"{bomb.name} ({bomb.stat().st_size} bytes): refused in {(time.perf_counter() - start) * 1e3:.2f} "
                      f"ms: {exc}")
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(f"extra peak RSS while refusing both: {grown} kB")
        rng = np.random.default_rng(1)
        heads = {
            "mlp": MLPHead(rng.normal(size=(HIDDEN, EMBED_DIM)).astype(np.float32), np.zeros(HIDDEN, np.float32),
                           rng.normal(size=(5, HIDDEN)).astype(np.float32)),
            "knn (1000 pictures)": KNNHead(rng.normal(size=(1000, EMBED_DIM)).astype(np.float32),
                                           np.arange(1000) % 5, 5, 5),
        }
        labels = ["a", "b", "c", "d", "e"]
        for name, head in heads.items():
            project = Path(tmp) / name.split()[0]
            save = best_of(lambda h=head, p=project: model_io.save_model(p / "model", h, labels, {}, {}, {}, "0" * 64),
                           5)
            load = best_of(lambda p=project: model_io.load_model(p), 5)
            print(f"{name}: save (folder swap) {save * 1e3:.1f} ms, load (all checks) {load * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
