"""How long the window's GUI thread waits for Python's GIL because of the window process's own background threads.

The GUI thread takes the GIL each time Qt calls Python (a paint, a slot, a timer): many times a frame. Here a
thread does what it does there, sleeping 2 ms and running again, and the delay past the 2 ms is measured: alone,
then beside each background activity of the window process at its real pace (the demo camera drawing 30 frames a
second; live prediction, preprocessing and the backbone, on every frame), then beside both. Same switch interval
as the window (1 ms). Run on a quiet machine, these figures explain the stalls of ``benchmarks/ui.py``, whose
end-to-end figure varies too much on a shared machine to compare small changes.

    .venv/bin/python benchmarks/gil.py [--smoke]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PERIOD = 1 / 30  # a 30 fps camera


def delays(seconds: float) -> str:
    """Sleep 2 ms again and again for ``seconds``; how much later than asked this thread ran again."""
    late = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        time.sleep(0.002)
        late.append((time.perf_counter() - start - 0.002) * 1000)
    late.sort()
    return f"median {late[len(late) // 2]:.2f} ms, 99th percentile {late[int(0.99 * (len(late) - 1))]:.2f} ms, " \
           f"longest {late[-1]:.1f} ms ({len(late)} wake-ups)"


def paced(work, stop: threading.Event) -> None:
    """Run ``work`` once per camera frame until stopped."""
    next_time = time.monotonic()
    while not stop.is_set():
        work()
        next_time += PERIOD
        stop.wait(max(0.0, next_time - time.monotonic()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    seconds = 1.0 if parser.parse_args().smoke else 5.0

    from app.ml.backbone import Embedder
    from app.ui.main import SWITCH_INTERVAL
    from app.vision.demo import DemoSource
    from app.vision.preprocess import prepare

    sys.setswitchinterval(SWITCH_INTERVAL)
    camera = DemoSource("palm")
    camera.open()
    embedder = Embedder()
    frame = camera.read().image

    def predict() -> None:
        embedder.embed(prepare([frame]))

    for work in (camera.read, predict):  # warmed up: first calls allocate and load
        work()
    print(f"GUI-like thread, 2 ms sleeps, switch interval {SWITCH_INTERVAL * 1000:g} ms:")
    print(f"  alone: {delays(seconds)}")
    for name, works in (("demo camera, 30 frames/s", [camera.read]), ("live prediction, 30 frames/s", [predict]),
                        ("both", [camera.read, predict])):
        stop = threading.Event()
        threads = [threading.Thread(target=paced, args=(work, stop)) for work in works]
        for thread in threads:
            thread.start()
        try:
            print(f"  beside {name}: {delays(seconds)}")
        finally:
            stop.set()
            for thread in threads:
                thread.join()


if __name__ == "__main__":
    main()
