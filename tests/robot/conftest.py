"""The firmware harness's simulated board (tests/firmware/conftest.py), shared with the robot tests."""

from tests.firmware.conftest import sim_board, sim_factory  # noqa: F401 - re-exported fixtures
