"""Oyla: an offline classroom app that teaches AI fundamentals alongside robotics."""

__version__ = "0.1.0"
APP_NAME = "Oyla"
