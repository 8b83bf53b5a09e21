"""The firmware .hex bundled with the app (built by `make -C firmware bundle`), flashed by app.robot.flash."""
