"""The Studio page: classes, recording, training, live preview and the views that show a model's limits."""
