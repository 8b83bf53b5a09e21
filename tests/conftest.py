"""Shared test setup: no display, and every test gets its own empty data folder."""

from __future__ import annotations

import os

import pytest

pytest_plugins = ["tests.netguard"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """Point Oyla's user-data folder at a fresh temporary folder for each test."""
    path = tmp_path_factory.mktemp("oyla-data")
    monkeypatch.setenv("OYLA_DATA_DIR", str(path))
    return path
