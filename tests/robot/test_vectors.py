"""The shared protocol vectors against the virtual robot (the simulated firmware runs them in
test_vectors_sim.py)."""

from __future__ import annotations

import pytest

from tests.robot.vectors import VirtualBoard, load_cases, run_case

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_virtual_robot_keeps_the_vectors(case):
    run_case(VirtualBoard(case.get("kit", "car")), case)


def test_vectors_cover_every_command_and_error():
    sent = " ".join(step.get("send", "") for case in CASES for step in case["steps"]).upper()
    replies = " ".join(" ".join(step.get("expect", [])) for case in CASES for step in case["steps"])
    for word in ("HELLO", "PING", "DRIVE", "SERVO", "LED", "BEEP", "STOP", "STATUS", "WATCHDOG", "SENSE", "SAFETY"):
        assert word in sent
    for code in ("UNKNOWN", "ARGS", "RANGE", "TOOLONG", "BADCHAR", "OBSTACLE"):
        assert f"ERR {code}" in replies
