"""Were the pictures taken on two different backgrounds? A measurable stand-in the shortcut lesson can check.

Oyla cannot know what a background is. It measures the mean colour of a band along the edges of each picture (where
the background usually shows: the object is in the middle), splits all pictures into the two groups of most
different edge colour (2-means), and reports how far apart the two groups are and how many pictures of each class
fall in each group. White paper and a bare desk are far apart; pictures on one background with small changes of
light are close. The lesson text says so in plain words.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.vision.files import ImageError, read_image

BAND = 0.12  # the edge band: 12 % of the picture's side on every edge
MAX_PER_CLASS = 80  # at most this many pictures per class are read (spread over the whole class)


def edge_colour(image: np.ndarray) -> np.ndarray:
    """Mean RGB (0..255) of the band along the four edges of an H×W×3 picture."""
    h, w = image.shape[:2]
    b = max(1, round(min(h, w) * BAND))
    img = image.astype(np.float64)
    ring = np.concatenate([img[:b].reshape(-1, 3), img[-b:].reshape(-1, 3),
                           img[b:-b, :b].reshape(-1, 3), img[b:-b, -b:].reshape(-1, 3)])
    return ring.mean(axis=0)


def two_groups(colours: np.ndarray, rounds: int = 20) -> tuple[np.ndarray, float]:
    """Split N colours into two groups (2-means, started from the darkest and the brightest); -> (group of each
    colour 0/1, distance between the two group means)."""
    if len(colours) < 2:
        return np.zeros(len(colours), int), 0.0
    brightness = colours.sum(axis=1)
    centres = np.stack([colours[brightness.argmin()], colours[brightness.argmax()]])
    groups = np.zeros(len(colours), int)
    for _ in range(rounds):
        distances = np.linalg.norm(colours[:, None, :] - centres[None, :, :], axis=2)
        groups = distances.argmin(axis=1)
        new = np.stack([colours[groups == g].mean(axis=0) if np.any(groups == g) else centres[g] for g in (0, 1)])
        if np.allclose(new, centres):
            break
        centres = new
    return groups, float(np.linalg.norm(centres[0] - centres[1]))


def measure(samples: dict[str, list[Path]]) -> dict:
    """``{"gap": distance, "spread": distance, "classes": {name: [pictures in group 0, pictures in group 1]}}``
    for these classes' pictures (unreadable pictures are skipped). ``spread`` is the root-mean-square distance of
    the edge colours from their own group's mean: one background under changing light gives a long, even smear of
    colours that 2-means cuts in half (gap about 3.5 × spread), two backgrounds give two tight groups far apart."""
    names, colours = [], []
    for name, paths in samples.items():
        step = max(1, len(paths) / MAX_PER_CLASS)
        for i in range(min(len(paths), MAX_PER_CLASS)):
            try:
                colours.append(edge_colour(read_image(paths[int(i * step)])))
            except ImageError:
                continue
            names.append(name)
    colours = np.array(colours, np.float64).reshape(-1, 3)
    groups, gap = two_groups(colours)
    spread = 0.0
    if len(colours):
        centres = np.stack([colours[groups == g].mean(axis=0) if np.any(groups == g) else np.zeros(3)
                            for g in (0, 1)])
        spread = float(np.sqrt(np.mean(np.sum((colours - centres[groups]) ** 2, axis=1))))
    counts = {name: [0, 0] for name in samples}
    for name, group in zip(names, groups, strict=True):
        counts[name][int(group)] += 1
    return {"gap": gap, "spread": spread, "classes": counts}
