"""Kit profiles, class-name suggestions and the port table / hot-plug poller."""

from __future__ import annotations

import json

import pytest

from app.robot import protocol
from app.robot.kits import KitError, load_kit, load_kit_file, parse_kit, suggest_action
from app.robot.ports import KNOWN_USB_IDS, PortWatcher, describe, list_robot_ports


@pytest.mark.parametrize("kit", protocol.KITS)
def test_bundled_kits_load_and_every_action_encodes(kit):
    profile = load_kit(kit)
    assert profile.kit == kit and "stop" in profile.actions
    for action in profile.actions:
        for speed in (0, 100, 255):
            for command in profile.commands(action, speed):
                assert protocol.parse_command(command.encode().rstrip(b"\n")) == command


def test_speed_scales_drive_only():
    car = load_kit("car")
    assert [c.text() for c in car.commands("forward", 100)] == ["DRIVE 100 100"]
    assert [c.text() for c in car.commands("left", 255)] == ["DRIVE -153 153"]
    assert [c.text() for c in car.commands("honk", 10)] == ["BEEP 880 100"]
    with pytest.raises(KitError):
        car.commands("grab")


@pytest.mark.parametrize(("data", "what"), [
    ([], "one JSON object"),
    ({"format": 2, "kit": "car", "actions": {"stop": [["STOP"]]}}, "format"),
    ({"format": 1, "kit": "boat", "actions": {"stop": [["STOP"]]}}, "kit"),
    ({"format": 1, "kit": "car", "actions": {"go": [["DRIVE", 100, 100]]}}, "stop"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "go": [["DRIVE", 101, 0]]}}, "percentages"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "go": [["LED", 1, 2]]}}, "ERR ARGS"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "go": [["SERVO", 9, 2]]}}, "ERR RANGE 1"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "go": [["FLY"]]}}, "ERR UNKNOWN"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "Go!": [["STOP"]]}}, "lower-case"),
    ({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "go": [["DRIVE", "1", 2]]}}, "whole numbers"),
])
def test_bad_kit_files_give_clear_errors(data, what):
    with pytest.raises(KitError, match=what):
        parse_kit(data, "mine.json")


def test_kit_file_not_json(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KitError, match="broken.json"):
        load_kit_file(path)
    path.write_text(json.dumps({"format": 1, "kit": "arm", "actions": {"stop": [["STOP"]]}}), encoding="utf-8")
    assert load_kit_file(path).kit == "arm"


@pytest.mark.parametrize(("name", "kit", "action"), [
    ("left", "car", "left"), ("налево", "car", "left"), ("солға", "car", "left"), ("Left hand", "car", "left"),
    ("stop", "car", "stop"), ("Стоп", "car", "stop"), ("тоқта", "car", "stop"), ("nothing", "car", "stop"),
    ("фон", "car", "stop"), ("ештеңе", "arm", "stop"), ("Вперёд", "car", "forward"), ("правая рука", "car", "right"),
    ("оңға", "car", "right"), ("назад", "car", "back"), ("кулак", "arm", "grab"), ("open palm", "arm", "release"),
    ("қызыл", "lights", "red"), ("зелёный", "lights", "green"), ("blue", "lights", "blue"),
    ("кулак", "car", None), ("peace", "car", None), ("", "lights", None),
])
def test_suggest_action(name, kit, action):
    assert suggest_action(name, load_kit(kit)) == action


def test_port_table_and_descriptions():
    assert KNOWN_USB_IDS[(0x2341, 0x0043)][0].startswith("Arduino Uno")
    assert "CH340" in KNOWN_USB_IDS[(0x1A86, 0x7523)][0]
    uno = describe("COM3", 0x2341, 0x0043, "USB Serial Device (COM3)")
    assert uno.likely_robot and uno.description == "Arduino Uno R3 (COM3)" and uno.usb_id == "2341:0043"
    other = describe("/dev/ttyUSB1", 0x1234, 0x5678, "Some Modem")
    assert not other.likely_robot and other.description == "Some Modem (/dev/ttyUSB1)"
    assert describe("/dev/ttyS0", None, None, "n/a").description == "Serial port (/dev/ttyS0)"
    assert all(p.device for p in list_robot_ports(include_all=True))


@pytest.mark.parametrize("vid, pid, name", [
    (0x1A86, 0x7523, "CH340 USB-serial (Uno/Nano clone) (/dev/ttyUSB0)"),
    (0x1A86, 0x7522, "CH340 USB-serial (Uno/Nano clone) (/dev/ttyUSB0)"),
    (0x10C4, 0xEA60, "Silicon Labs CP210x USB-serial (Uno/Nano clone) (/dev/ttyUSB0)"),
    (0x0403, 0x6001, "FTDI FT232R USB-serial (Nano, Duemilanove) (/dev/ttyUSB0)"),
])
def test_clone_boards_and_nanos_are_listed_first_with_a_readable_name(monkeypatch, vid, pid, name):
    """The port list as the app shows it, for the USB chips of Nanos and Uno clones (the system's own description of
    such a port is only "USB Serial")."""
    from types import SimpleNamespace

    from app.robot import ports

    found = [SimpleNamespace(device="/dev/ttyACM0", vid=0x1234, pid=0x5678, description="Some Modem"),
             SimpleNamespace(device="/dev/ttyUSB0", vid=vid, pid=pid, description="USB Serial")]
    monkeypatch.setattr(ports.list_ports, "comports", lambda: found)
    listed = ports.list_robot_ports()
    assert [p.description for p in listed] == [name, "Some Modem (/dev/ttyACM0)"] and listed[0].likely_robot


def test_hotplug_watcher_reports_added_and_removed():
    present = [describe("COM3", 0x2341, 0x0043)]
    added, removed = [], []
    watcher = PortWatcher(added.append, removed.append, lister=lambda: list(present))
    watcher.poll()
    assert [p.device for p in added] == ["COM3"] and removed == []
    watcher.poll()
    assert len(added) == 1
    present.append(describe("COM7", 0x1A86, 0x7523))
    present.pop(0)
    watcher.poll()
    assert [p.device for p in added] == ["COM3", "COM7"] and [p.device for p in removed] == ["COM3"]
    assert [p.device for p in watcher.ports] == ["COM7"]
