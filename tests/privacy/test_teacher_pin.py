"""The teacher PIN core: salted scrypt hash, verify, growing waits after wrong tries, damaged file means locked."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest

from app.lessons import pin


def test_first_use_then_set_and_verify(data_dir):
    assert pin.state() == pin.UNSET
    pin.set_pin("2468")
    assert pin.state() == pin.SET
    stored = json.loads((data_dir / "teacher" / "pin.json").read_text("utf-8"))
    assert stored["schema_version"] == 1 and stored["kdf"] == "scrypt" and "2468" not in json.dumps(stored)
    assert len(bytes.fromhex(stored["salt"])) == 16 and len(bytes.fromhex(stored["hash"])) == 32
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(data_dir / "teacher" / "pin.json").st_mode) == 0o600
    assert pin.verify("2468").ok
    assert not pin.verify("2469").ok


def test_same_pin_twice_gives_different_salts_and_hashes(data_dir):
    pin.set_pin("1234")
    first = json.loads(pin.pin_path().read_text("utf-8"))
    pin.set_pin("1234")
    second = json.loads(pin.pin_path().read_text("utf-8"))
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    assert pin.verify("1234").ok


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "١٢٣٤", " 1234", None])
def test_pin_format_is_4_to_8_digits(data_dir, bad):
    with pytest.raises(pin.PinError):
        pin.set_pin(bad)
    assert pin.state() == pin.UNSET


def test_wrong_tries_wait_longer_and_a_try_during_the_wait_is_not_checked(data_dir, monkeypatch):
    clock = [1_000_000.0]
    monkeypatch.setattr(pin.time, "time", lambda: clock[0])
    pin.set_pin("5555")
    waits = [pin.verify("0000").wait for _ in range(1)]
    clock[0] += 1
    waits.append(pin.verify("0001").wait)
    clock[0] += 2
    waits.append(pin.verify("0002").wait)
    assert waits == [1.0, 2.0, 4.0]
    attempt = pin.verify("5555")  # the right PIN, but too early: not even checked
    assert not attempt.ok and attempt.wait == pytest.approx(4.0)
    assert pin.wait_left() == pytest.approx(4.0)
    clock[0] += 4
    assert pin.verify("5555").ok
    assert json.loads(pin.pin_path().read_text("utf-8"))["failures"] == 0
    assert pin.delay_for(100) == pin.MAX_DELAY


def test_the_count_survives_a_restart_and_a_clock_set_back_cannot_lock_for_ever(data_dir, monkeypatch):
    pin.set_pin("5555")
    pin.verify("1111")
    data = json.loads(pin.pin_path().read_text("utf-8"))
    assert data["failures"] == 1
    data["wait_until"] = 10**12  # as if the clock had been set far back after the wrong try
    pin.pin_path().write_text(json.dumps(data), "utf-8")
    assert 0 < pin.wait_left() <= pin.delay_for(1)


@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"schema_version": 2, "skipped": true}',
                                     b'{"schema_version": 1}', b'{"schema_version": 1, "skipped": false}',
                                     b'{"schema_version": 1, "skipped": "yes"}', b"\xff\xfe", b" " * 10_000])
def test_damaged_file_means_locked_never_open(data_dir, content):
    pin.pin_path().parent.mkdir(parents=True, exist_ok=True)
    pin.pin_path().write_bytes(content)
    assert pin.state() == pin.DAMAGED
    with pytest.raises(pin.PinError) as info:
        pin.verify("1234")
    assert str(pin.pin_path()) in str(info.value)


def test_tampered_hash_is_damaged_and_a_changed_hash_refuses(data_dir):
    pin.set_pin("1234")
    data = json.loads(pin.pin_path().read_text("utf-8"))
    pin.pin_path().write_text(json.dumps({**data, "hash": "00"}), "utf-8")
    assert pin.state() == pin.DAMAGED
    pin.pin_path().write_text(json.dumps({**data, "hash": "00" * 32}), "utf-8")
    assert pin.state() == pin.SET and not pin.verify("1234").ok


def test_skip_is_remembered_and_reset_is_deleting_the_file(data_dir):
    pin.skip()
    assert pin.state() == pin.SKIPPED
    with pytest.raises(pin.PinError):
        pin.verify("1234")
    pin.set_pin("1234")
    pin.pin_path().unlink()  # the documented reset
    assert pin.state() == pin.UNSET
