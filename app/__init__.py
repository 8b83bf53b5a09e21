"""Oyla: an offline classroom app that teaches AI fundamentals alongside robotics."""

import os

# onnxruntime (1.29+, Linux/macOS) starts a native telemetry uploader that looks up and connects to Microsoft's
# servers from every process holding a session; only this variable, set before onnxruntime is imported, stops it.
# Every entry point (app, CLI, tests, benchmarks) imports this package first, so this is the one place it is set.
# Forced, not setdefault: Oyla never opens a network connection, whatever the environment says.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

__version__ = "0.1.0"
APP_NAME = "Oyla"
