"""Portable mode: a marker in the virtualenv puts the data folder beside it (on the USB stick)."""

from __future__ import annotations

import sys

from app.storage import paths


def test_marker_beside_the_venv_moves_the_data_folder(tmp_path, monkeypatch):
    venv = tmp_path / "Жұмыс үстелі" / "Oyla portable" / "venv"
    venv.mkdir(parents=True)
    monkeypatch.delenv(paths.ENV_VAR)
    monkeypatch.setattr(sys, "prefix", str(venv))
    assert paths.portable_data_dir() is None  # no marker: the usual per-user folder
    (venv / paths.PORTABLE_MARKER).write_text("portable\n")
    assert paths.data_dir() == venv.parent / "OylaData"
    assert paths.subdir("projects").is_dir() and (venv.parent / "OylaData" / "projects").is_dir()


def test_env_var_wins_over_the_marker(tmp_path, monkeypatch):
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / paths.PORTABLE_MARKER).write_text("portable\n")
    monkeypatch.setattr(sys, "prefix", str(venv))
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
