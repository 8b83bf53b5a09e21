"""Robot latency on this machine. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/robot_latency.py            # 300 frames
    .venv/bin/python benchmarks/robot_latency.py --smoke    # 60 frames (CI)
    .venv/bin/python benchmarks/robot_latency.py --virtual  # no simulator: the virtual robot

Targets: frame captured → command bytes written ≤ 50 ms p95 (demo camera, simulated firmware); protocol round
trip in the simulator p50 ≤ 5 ms.

Paths measured per frame: in this process, ``DemoSource.read()`` (the frame's capture time) → ``Predictor.predict`` (a model
trained on the demo scenes) → ``Deployer.on_prediction`` → ``SerialLink`` has written and flushed the command
bytes. The policy's repeat interval is set to 0 so every confident frame sends a command (normally one frame in
six re-sends); the path per sending frame is the same. Then as the app runs it: the demo camera and the backbone in
the camera's helper process (``app.vision.live``), the head and the robot here. Without the ML backbone the script
falls back to timing prediction → bytes only, and says so.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentiles(values: list[float]) -> str:
    ms = np.array(values) * 1000
    return f"p50 {np.percentile(ms, 50):.2f} ms, p95 {np.percentile(ms, 95):.2f} ms, max {ms.max():.2f} ms (n={len(ms)})"


def start_board(virtual: bool):
    """(link, stop function, description)."""
    from app.robot.link import SerialLink
    from app.robot.virtual import VirtualLink

    if not virtual:
        try:
            from tests.firmware.conftest import SimBoard, _build

            reason = _build()
        except Exception as error:  # noqa: BLE001 - any failure means: no simulator here
            reason = str(error)
        if reason is None:
            board = SimBoard()
            link = SerialLink(board.port)
            return link, lambda: (link.close(), board.stop()), "simulated firmware (simavr, real time)"
        print(f"simulator unavailable ({reason}); using the virtual robot")
    link = VirtualLink()
    return link, link.close, "virtual robot"


def make_predictor():
    """A Predictor trained on the demo scenes, or None when the ML core cannot run here."""
    try:
        from app.ml.backbone import Embedder
        from app.ml.ingest import add_frames
        from app.ml.predict import Predictor
        from app.ml.train import train_project
        from app.storage.project import create_project
        from app.vision.demo import render

        embedder = Embedder()
        project = create_project(Path(tempfile.mkdtemp(prefix="oyla-bench-")) / "p", "bench",
                                 ["fist", "palm", "empty"])
        for scene in ("fist", "palm", "empty"):
            add_frames(project, scene, [render(scene, i, seed=7) for i in range(30)], embedder)
        return Predictor(train_project(project, embedder), embedder)
    except Exception as error:  # noqa: BLE001 - report and fall back
        print(f"ML core unavailable ({type(error).__name__}: {error}); timing prediction → bytes only")
        return None


def live_path(predictor, deployer, written: list[float], count: int) -> None:
    """The same as the app runs it: the demo camera and the backbone in the camera's helper process
    (``app.vision.live``), the head and the robot here. Frame times are the child's ``time.monotonic()`` at capture
    (one clock for all processes)."""
    from app.vision.live import LiveCamera

    camera, captured, to_probabilities, to_bytes = LiveCamera(), {}, [], []
    camera.set_embedding(True)
    try:
        with camera.session("demo", lambda: len(to_probabilities) >= count) as session:
            for kind, value in session.events():
                if kind == "frame":
                    captured[value.index] = value.timestamp
                    continue
                if kind != "embedding" or value[0] not in captured:
                    continue
                written.clear()
                prediction = predictor.from_embeddings(value[1])[0]
                to_probabilities.append(time.monotonic() - captured[value[0]])
                deployer.on_prediction(prediction.top, prediction.confidence)
                if written:
                    to_bytes.append(written[-1] - captured[value[0]])
                if len(to_probabilities) % 15 == 0:  # the student holds up another sign
                    camera.show(("fist", "palm", "empty")[len(to_probabilities) // 15 % 3])
    finally:
        camera.stop()
    print(f"through the camera's helper process, as the app runs it: frame captured → probabilities in the window "
          f"{percentiles(to_probabilities)}; → command bytes written {percentiles(to_bytes)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--virtual", action="store_true")
    args = parser.parse_args()
    frames_n = 60 if args.smoke else 300
    os.environ.setdefault("OYLA_DATA_DIR", tempfile.mkdtemp(prefix="oyla-bench-data-"))

    from app.robot import protocol
    from app.robot.deploy import DeployConfig, Deployer, DeployPolicy
    from app.robot.kits import load_kit
    from app.robot.link import SerialLink

    link, stop, where = start_board(args.virtual)
    try:
        print(f"robot: {where}; HELLO → {link.hello()}")
        rtt = []
        for _ in range(200 if not args.smoke else 50):
            t = time.perf_counter()
            link.send(protocol.ping())
            rtt.append(time.perf_counter() - t)
        print(f"protocol round trip (PING → OK PONG): {percentiles(rtt)} (target p50 ≤ 5 ms)")

        written: list[float] = []
        if isinstance(link, SerialLink):  # time stamp when the bytes have been written and flushed
            inner = link._write

            def timed_write(data: bytes) -> None:
                inner(data)
                written.append(time.monotonic())

            link._write = timed_write  # type: ignore[method-assign]
        else:
            inner_v = link._write

            def timed_write_v(data: bytes) -> None:
                written.append(time.monotonic())
                inner_v(data)

            link._write = timed_write_v  # type: ignore[method-assign]

        mapping = {"fist": "left", "palm": "forward", "empty": "stop"}
        policy = DeployPolicy(load_kit("car"), DeployConfig(mapping=mapping, min_confidence=0.5, frames=1,
                                                            repeat_s=0.0))
        deployer = Deployer(link, policy)
        predictor = make_predictor()
        latencies, predict_times, robot_side = [], [], []
        if predictor is not None:
            from app.vision.demo import DemoSource

            with DemoSource("palm", cycle_seconds=0.5) as camera:
                for _ in range(frames_n):
                    frame = camera.read()
                    written.clear()
                    t = time.perf_counter()
                    prediction = predictor.predict([frame.image])[0]
                    predict_times.append(time.perf_counter() - t)
                    predicted = time.monotonic()
                    deployer.on_prediction(prediction.top, prediction.confidence)
                    if written:
                        latencies.append(written[-1] - frame.timestamp)
                        robot_side.append(written[-1] - predicted)
            print(f"frame → prediction: {percentiles(predict_times)}")
            print(f"prediction → command bytes written (policy + link): {percentiles(robot_side)}")
            print(f"frame captured → command bytes written: {percentiles(latencies)} (target p95 ≤ 50 ms); "
                  f"{len(latencies)} of {frames_n} frames sent a command")
            live_path(predictor, deployer, written, frames_n)
        else:
            labels = list(mapping)
            for i in range(frames_n):
                written.clear()
                t = time.monotonic()
                deployer.on_prediction(labels[(i // 10) % 3], 0.9)
                if written:
                    latencies.append(written[-1] - t)
            print(f"prediction → command bytes written (no camera/model): {percentiles(latencies)}")
        errors = [e.text() for e in policy.log if e.kind == "error"]
        print(f"robot errors during the run: {len(errors)}{' — ' + errors[0] if errors else ''}")
    finally:
        stop()


if __name__ == "__main__":
    main()
