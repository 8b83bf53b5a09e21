"""Where frames come from: webcams, video files, image folders and the built-in demo scene."""
