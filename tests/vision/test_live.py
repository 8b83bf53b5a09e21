"""The camera's helper process (app.vision.live): frames and embeddings come from a real child process, the same
path the app takes with a webcam; checked against what the same source and backbone give in this process."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
import pytest

from app.errors import Cancelled
from app.vision import live
from app.vision.demo import render
from app.vision.frames import CameraError
from app.vision.preprocess import prepare


@pytest.fixture(scope="module")
def camera():
    camera = live.LiveCamera()
    yield camera
    camera.stop()


def never() -> bool:
    return False


def take(session, kind: str, count: int, timeout: float = 30.0) -> list:
    """The next ``count`` events of ``kind`` (others are let through)."""
    out, end = [], time.monotonic() + timeout
    for got, value in session.events():
        if got == kind:
            out.append(value)
        if len(out) >= count or time.monotonic() > end:
            break
    return out


def test_the_demo_camera_gives_its_frames_at_its_pace_with_the_scene_asked_for(camera):
    camera.show("fist")
    with camera.session("demo", never) as session:
        assert session.info["fps"] == 30 and session.info["name"] == "demo"
        started = time.monotonic()
        frames = take(session, "frame", 15)
        took = time.monotonic() - started
        camera.show("palm")
        later = take(session, "frame", 20)[-1]
    indices = [f.index for f in frames]
    assert indices == sorted(indices) and len(set(indices)) == 15
    assert 0.3 < took < 3  # 15 frames of a 30 fps source: about half a second, not as fast as it can draw
    for frame in frames:  # the very pictures the demo camera draws, copied out of shared memory intact
        assert np.array_equal(frame.image, render("fist", frame.index))
    assert np.array_equal(later.image, render("palm", later.index))


def test_embeddings_come_only_when_asked_and_match_the_backbone_here(camera, embedder):
    camera.show("peace")
    camera.set_embedding(False)
    with camera.session("demo", never) as session:
        kinds = [kind for (kind, _), _ in zip(session.events(), range(20), strict=False)]
        assert kinds == ["frame"] * 20
        camera.set_embedding(True)
        index, vector = take(session, "embedding", 2)[-1]
    camera.set_embedding(False)
    expected = embedder.embed(prepare([render("peace", index)]))
    assert vector.shape == expected.shape
    assert np.allclose(vector, expected, atol=1e-4)


def test_a_folder_that_does_not_exist_says_so_and_the_next_session_works(camera, tmp_path):
    with pytest.raises(CameraError) as raised, camera.session(str(tmp_path / "nowhere"), never):
        pass
    assert "nowhere" in str(raised.value)
    pid = camera.pid
    with camera.session("demo", never) as session:
        assert take(session, "frame", 2)
    assert camera.pid == pid  # the same child: an error of a source does not end it


def test_frames_of_any_size_arrive_whole(camera, tmp_path):
    """A folder of pictures of different sizes: the shared memory grows for the big one."""
    rng = np.random.default_rng(1)
    pictures = [rng.integers(0, 256, shape, dtype=np.uint8) for shape in ((60, 80, 3), (900, 1200, 3), (50, 40, 3))]
    for i, picture in enumerate(pictures):
        cv2.imwrite(str(tmp_path / f"{i}.png"), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    with camera.session(str(tmp_path), never) as session:
        frames = take(session, "frame", 4)
    for frame, picture in zip(frames, pictures + pictures, strict=False):
        assert np.array_equal(frame.image, picture)


def test_a_slow_window_gets_the_newest_frames_not_a_queue(camera):
    camera.show("empty")
    with camera.session("demo", never) as session:
        first = take(session, "frame", 1)[0]
        time.sleep(1.0)  # the window is busy for a second: about 30 frames are drawn meanwhile
        following = take(session, "frame", 6)
    # at most the frames already handed over before the pause are old; then the camera's present
    assert following[-1].index - first.index >= 25
    assert sum(b.index - a.index > 1 for a, b in zip(following, following[1:], strict=False)) >= 1


def test_a_second_session_opens_only_after_the_first_has_closed(camera):
    opened = threading.Event()

    def second() -> None:
        with camera.session("demo", never) as session:
            opened.set()
            take(session, "frame", 1)

    with camera.session("demo", never) as session:
        take(session, "frame", 1)
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.5)
        assert not opened.is_set()  # it waits for this one
    thread.join(20)
    assert opened.is_set()


def test_a_cancelled_wait_for_the_camera_raises_cancelled(camera):
    with camera.session("demo", never), pytest.raises(Cancelled):  # noqa: SIM117 - the order matters
        with camera.session("demo", lambda: True):
            pass


def test_a_child_that_dies_is_said_and_replaced(camera):
    import os
    import signal

    with pytest.raises(CameraError) as raised, camera.session("demo", never) as session:
        take(session, "frame", 1)
        os.kill(camera.pid, signal.SIGKILL)
        take(session, "frame", 1000, timeout=10)
    assert "stopped unexpectedly" in str(raised.value)
    with camera.session("demo", never) as session:  # a fresh child
        assert take(session, "frame", 2)


def test_an_unknown_scene_or_one_asked_for_while_opening_is_handled(camera):
    with camera.session("demo", never) as session:
        camera.show("no such scene")  # ignored: the child keeps going
        camera.show("peace")
        frame = take(session, "frame", 10)[-1]
    assert np.array_equal(frame.image, render("peace", frame.index))
