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


def take_frames(stop, counts) -> None:
    """What the window's ``Vision`` does with the demo camera's helper process: copy each frame in and turn each
    embedding into probabilities (a head of random weights), until ``stop`` is set."""
    import numpy as np

    from app.ml.heads import HIDDEN, MLPHead
    from app.vision.live import LiveCamera

    rng = np.random.default_rng(0)
    head = MLPHead(rng.normal(size=(HIDDEN, 1280)).astype(np.float32), np.zeros(HIDDEN, np.float32),
                   rng.normal(size=(3, HIDDEN)).astype(np.float32))
    camera = LiveCamera()
    camera.show("palm")
    camera.set_embedding(True)
    try:
        with camera.session("demo", stop.is_set) as session:
            for kind, value in session.events():
                counts[kind] = counts.get(kind, 0) + 1
                if kind == "embedding":
                    head.predict_proba(value[1])
    finally:
        camera.stop()


def beside_helper(seconds: float, same_process: bool) -> str:
    """``delays`` while ``take_frames`` runs in a thread of this process (sharing the GIL, as in the window) or in
    another process (sharing only the CPU): the difference is what the GIL still costs."""
    import multiprocessing

    if same_process:
        stop, counts = threading.Event(), {"frame": 0, "embedding": 0}
        runner = threading.Thread(target=take_frames, args=(stop, counts))
    else:
        context = multiprocessing.get_context("spawn")
        stop, counts = context.Event(), context.Manager().dict(frame=0, embedding=0)
        runner = context.Process(target=take_frames, args=(stop, counts))
    runner.start()
    try:
        while counts["embedding"] < 3:  # the child has started and loaded its backbone
            time.sleep(0.05)
        counts.update(frame=0, embedding=0)
        result = delays(seconds)
        return f"{result}; {counts['frame']} frames, {counts['embedding']} embeddings"
    finally:
        stop.set()
        runner.join()


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
    print(f"  beside the camera's helper process, its frames and embeddings taken in by a thread of this process "
          f"(as in the window): {beside_helper(seconds, True)}")
    print(f"  the same, taken in by another process (only the CPU is shared): {beside_helper(seconds, False)}")
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
