"""The long-lived background work (app.ui.services, app.ui.context.Vision, the Studio's SampleWriter) runs as tasks
of app.ui.common.jobs: the camera and prediction loops hand on frames and predictions while they run and stop,
silent, on shutdown; the writer writes the pictures it is given and stops cleanly after writing what was queued."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.ml.predict import Prediction
from app.storage.project import create_project
from app.ui.common.camera_gate import CameraGate
from app.ui.context import Vision
from app.ui.services import BackboneService
from app.ui.studio.recorder import SampleWriter
from app.vision.demo import render


class Brightness:
    """A predictor on the backbone's embeddings that says how strong they are (enough to see real predictions
    flow: the embeddings come from the camera's helper process)."""

    labels = ("dark", "bright")

    def from_embeddings(self, x):
        out = []
        for row in x:
            bright = float(1 / (1 + np.exp(-row.mean())))
            probabilities = {"dark": 1 - bright, "bright": bright}
            top = max(probabilities, key=probabilities.get)
            out.append(Prediction(top, probabilities[top], probabilities, True))
        return out


def settle(qtbot) -> None:
    qtbot.wait(50)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def vision(qtbot, camera_consent):
    vision = Vision("demo", CameraGate())
    yield vision
    vision.shutdown()


def test_the_camera_and_prediction_loops_hand_on_frames_and_predictions(qtbot, vision):
    frames, predictions = [], []
    vision.frame.connect(frames.append)
    vision.predicted.connect(lambda prediction, index: predictions.append((prediction, index)))
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(frames) >= 3, timeout=10000)
    assert vision.running and vision.latest_frame is frames[-1]
    assert predictions == []  # no predictor yet: nothing to say
    vision.set_predictor(Brightness())
    qtbot.waitUntil(lambda: len(predictions) >= 3, timeout=10000)
    indices = {f.index for f in frames}
    assert all(p.top in Brightness.labels and index in indices for p, index in predictions)


def test_shutdown_stops_the_loop_and_nothing_arrives_afterwards(qtbot, vision):
    frames, predictions = [], []
    vision.frame.connect(frames.append)
    vision.predicted.connect(lambda prediction, index: predictions.append(index))
    vision.set_predictor(Brightness())
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(predictions) >= 2, timeout=10000)
    camera = vision._camera.task
    vision.shutdown()
    assert camera.wait(0)  # the loop had ended when shutdown returned
    assert not vision.running and vision.latest_frame is None
    seen = (len(frames), len(predictions))
    settle(qtbot)
    assert (len(frames), len(predictions)) == seen


def test_releasing_the_camera_stops_its_loop_and_acquiring_starts_a_new_one(qtbot, vision):
    frames = []
    vision.frame.connect(frames.append)
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(frames) >= 2, timeout=10000)
    first = vision._camera.task
    vision.release("test")  # at once: the device closes on the worker
    assert not vision.running and first.wait(5)
    count = len(frames)
    settle(qtbot)
    assert len(frames) == count  # no frame of the stopped camera after release
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(frames) > count, timeout=10000)
    assert vision._camera.task is not first


def test_the_writer_writes_the_pictures_and_stops_after_what_was_queued(qtbot, data_dir):
    project = create_project(data_dir / "p", name="p")
    project.add_class("fist")
    writer = SampleWriter()
    added = []
    writer.added.connect(lambda name, n: added.append((name, n)))
    writer.start()
    writer.put(project, "fist", [render("fist", i) for i in range(3)])
    qtbot.waitUntil(lambda: added == [("fist", 3)], timeout=10000)
    assert len(project.samples("fist")) == 3
    writer.put(project, "fist", [render("fist", i) for i in range(3, 5)])
    assert writer.flush_and_stop(10)  # what was queued is written before it stops
    assert len(project.samples("fist")) == 5 and not writer.slot.busy
    settle(qtbot)
    assert added == [("fist", 3)]  # stopped: it says nothing more


def test_the_writer_says_when_a_batch_cannot_be_written(qtbot, data_dir):
    project = create_project(data_dir / "p", name="p")
    writer = SampleWriter()
    with qtbot.waitSignal(writer.failed, timeout=10000) as failed:
        writer.start()
        writer.put(project, "no such class", [render("palm", 0)])
    assert failed.args[0]
    writer.flush_and_stop(10)


def test_the_backbone_loads_on_a_worker_and_says_ready(qtbot, qapp):
    backbone = BackboneService()
    main = threading.get_ident()
    threads = []
    backbone.ready.connect(lambda _embedder: threads.append(threading.get_ident()))
    with qtbot.waitSignal(backbone.ready, timeout=180000) as ready:
        backbone.start()
        backbone.start()  # loaded once
    assert ready.args[0] is backbone.embedder is not None and threads == [main]
    backbone.wait(180)
    assert not backbone.slot.busy and backbone.error is None


def test_closing_the_window_while_tasks_and_loops_run_is_quiet(qtbot, window):
    ctx, heard = window.ctx, []
    window.show_page("studio")
    ctx.vision.predicted.connect(lambda _prediction, index: heard.append(index))

    def predicting() -> bool:
        if ctx.vision.predictor is None:  # the Studio sets None when the backbone gets ready (no project here)
            ctx.vision.set_predictor(Brightness())
        return len(heard) >= 2

    qtbot.waitUntil(predicting, timeout=20000)  # the camera and prediction loops run
    gate = threading.Event()

    def slow(control):  # does not check for cancelling: it ends when it ends
        assert gate.wait(10)
        return "late"

    def patient(control):  # checks, and ends soon after the window closes
        while not control.wait(0.01):
            pass
        return "late"

    tasks = [window.report_slot.start(slow, succeeded=heard.append, finished=lambda: heard.append("end")),
             window.pages["data"].working.start(patient, succeeded=heard.append, finished=lambda: heard.append("end"))]
    loops = [ctx.vision._camera.task, window.pages["studio"].writer.slot.task]
    window.close()
    assert all(loop.wait(0) for loop in loops) and tasks[1].wait(0)  # stopped by the time close() returned
    heard.clear()
    gate.set()
    assert tasks[0].wait(5)
    settle(qtbot)
    assert heard == []  # no frame, prediction, result or "finished" after the window closed


def test_a_source_that_cannot_open_says_why_and_the_next_one_works(qtbot, vision, tmp_path):
    frames = []
    vision.frame.connect(frames.append)
    with qtbot.waitSignal(vision.failed, timeout=20000) as failed:
        vision.set_source(str(tmp_path / "no such folder"))
        vision.acquire("test")
    assert "no such folder" in failed.args[0] and frames == []
    vision.set_source("demo")  # the same helper process opens the next source
    qtbot.waitUntil(lambda: len(frames) >= 2, timeout=20000)


def test_the_threshold_is_saved_once_the_slider_rests_and_on_close(qtbot, window):
    import json

    studio = window.pages["studio"]
    project = studio.projects.ensure_project()
    stored = project.path / "project.json"

    def saved() -> float:
        return json.loads(stored.read_text(encoding="utf-8"))["settings"]["threshold"]

    before = saved()
    for value in range(61, 81):  # dragging the slider: twenty ticks
        studio.panel.threshold.setValue(value)
    assert project.settings.threshold == 0.8 and saved() == before  # not written (with fsync) on every tick
    qtbot.waitUntil(lambda: saved() == 0.8, timeout=5000)
    studio.panel.threshold.setValue(42)
    window.close()  # before the slider rested: saved on close
    assert saved() == 0.42


def test_leaving_the_studio_saves_the_slider_at_once_so_a_lesson_check_reads_it(qtbot, window):
    from app.lessons.facts import gather_facts

    studio = window.pages["studio"]
    window.show_page("studio")
    project = studio.projects.ensure_project()
    studio.panel.threshold.setValue(75)
    window.show_page("lessons")  # where the student presses Check, well within the slider's save delay
    assert gather_facts(project, None)["threshold"] == 0.75


def test_a_camera_helper_that_dies_is_said_and_the_camera_comes_back(qtbot, vision):
    import os
    import signal

    frames = []
    vision.frame.connect(frames.append)
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(frames) >= 2, timeout=20000)
    with qtbot.waitSignal(vision.failed, timeout=20000) as failed:
        os.kill(vision.camera.pid, signal.SIGKILL)
    assert "stopped unexpectedly" in failed.args[0]
    vision.release("test")  # the page is shown again: a fresh helper process
    count = len(frames)
    vision.acquire("test")
    qtbot.waitUntil(lambda: len(frames) > count + 2, timeout=20000)
