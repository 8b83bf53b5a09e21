"""How long the window's GUI thread waits for Python's GIL because of the window process's own background threads.

The GUI thread takes the GIL each time Qt calls Python (a paint, a slot, a timer): many times a frame. Here a
thread does what it does there, sleeping 2 ms and running again, and the delay past the 2 ms is measured: alone,
then beside what the window process does for the camera today (``app.vision.live``: the demo camera drawn and its
frames embedded in a helper process; here a thread copies each frame in and turns each embedding into
probabilities), then, for comparison, beside the same work done in this process as it was before (the demo camera
drawing 30 frames a second, live prediction on every frame, both). Same switch interval as the window (1 ms). Run on a quiet machine, these figures explain the stalls of ``benchmarks/ui.py``, whose
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


def beside_helper(seconds: float) -> str:
    """``delays`` while a thread takes the frames and embeddings of the demo camera's helper process, as the
    window's ``Vision`` does (a head of random weights turns each embedding into probabilities)."""
    import numpy as np

    from app.ml.heads import HIDDEN, MLPHead
    from app.vision.live import LiveCamera

    rng = np.random.default_rng(0)
    head = MLPHead(rng.normal(size=(HIDDEN, 1280)).astype(np.float32), np.zeros(HIDDEN, np.float32),
                   rng.normal(size=(3, HIDDEN)).astype(np.float32))
    camera, stop, counts = LiveCamera(), threading.Event(), {"frame": 0, "embedding": 0}
    camera.show("palm")
    camera.set_embedding(True)

    def take() -> None:
        with camera.session("demo", stop.is_set) as session:
            for kind, value in session.events():
                counts[kind] = counts.get(kind, 0) + 1
                if kind == "embedding":
                    head.predict_proba(value[1])

    thread = threading.Thread(target=take)
    thread.start()
    try:
        while counts["embedding"] < 3:  # the child has started and loaded its backbone
            time.sleep(0.05)
        counts.update(frame=0, embedding=0)
        result = delays(seconds)
        return f"{result}; {counts['frame']} frames, {counts['embedding']} embeddings"
    finally:
        stop.set()
        thread.join()
        camera.stop()


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
    print(f"  beside the camera's helper process (frames and embeddings handed in, 30 frames/s): "
          f"{beside_helper(seconds)}")
    print("  as before, in this process:")
    for name, works in (("demo camera, 30 frames/s", [camera.read]), ("live prediction, 30 frames/s", [predict]),
                        ("both", [camera.read, predict])):
        stop = threading.Event()
        threads = [threading.Thread(target=paced, args=(work, stop)) for work in works]
        for thread in threads:
            thread.start()
        try:
            print(f"    beside {name}: {delays(seconds)}")
        finally:
            stop.set()
            for thread in threads:
                thread.join()


if __name__ == "__main__":
    main()
