"""One look for the whole app: colours, spacing, type sizes, class colours and symbols, and the style sheet.

Two themes (normal and high contrast) and a large-text mode for projectors. Class colours come from the
Okabe–Ito palette, which colour-blind students can tell apart; every class also has a symbol and a name.
"""

from __future__ import annotations

from dataclasses import dataclass

CLASS_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
CLASS_SYMBOLS = ["●", "▲", "■", "◆", "★", "✚", "⬟", "✖"]
SPACING = 12
RADIUS = 10


@dataclass(frozen=True)
class Palette:
    window: str
    panel: str
    text: str
    muted: str
    accent: str
    accent_text: str
    danger: str
    border: str
    ok: str


NORMAL = Palette("#F4F6FA", "#FFFFFF", "#1B2430", "#5A6778", "#1F6FEB", "#FFFFFF", "#C62828", "#D5DBE5", "#2E7D32")
HIGH_CONTRAST = Palette("#000000", "#000000", "#FFFFFF", "#FFFF00", "#FFFF00", "#000000", "#FF5555", "#FFFFFF",
                        "#00FF00")


def class_colour(index: int) -> str:
    return CLASS_COLOURS[index % len(CLASS_COLOURS)]


def class_symbol(index: int) -> str:
    return CLASS_SYMBOLS[index % len(CLASS_SYMBOLS)]


def base_font_size(large: bool) -> int:
    """12 pt; large text (projector mode) 16 pt: the largest at which every page still fits a 1280×720 projector
    in Kazakh and Russian without scrolling sideways (17 pt did not: tests/ui/test_geometry.py)."""
    return 16 if large else 12


def style_sheet(palette: Palette = NORMAL, large: bool = False) -> str:
    p, size = palette, base_font_size(large)
    # large text needs less air around it: tighter padding keeps three columns on a 1280-pixel projector
    pad, nav_pad, box_pad = ("6px 10px", 6, 8) if large else ("8px 16px", 10, SPACING)
    return f"""
    QWidget {{ background: {p.window}; color: {p.text}; font-size: {size}pt; }}
    QFrame#panel, QGroupBox {{ background: {p.panel}; border: 1px solid {p.border}; border-radius: {RADIUS}px; }}
    QGroupBox {{ margin-top: {size + 8}px; padding: {box_pad}px; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: {SPACING}px; color: {p.muted}; }}
    QLabel#title, FitLabel#title {{ font-size: {size + 8}pt; font-weight: 600; }}
    QLabel#big, FitLabel#big {{ font-size: {size + 14}pt; font-weight: 700; }}
    QLabel#muted, FitLabel#muted {{ color: {p.muted}; }}
    QLabel#error, FitLabel#error {{ color: {p.danger}; }}
    QPushButton {{ background: {p.panel}; border: 2px solid {p.border}; border-radius: {RADIUS}px;
                   padding: {pad}; min-height: 28px; }}
    QPushButton:hover {{ border-color: {p.accent}; }}
    QPushButton:focus {{ border-color: {p.accent}; border-width: 3px; }}
    QPushButton:disabled {{ color: {p.muted}; }}
    QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
                           font-weight: 600; }}
    QPushButton#danger {{ background: {p.danger}; color: #FFFFFF; border-color: {p.danger}; font-weight: 700; }}
    QToolButton#nav {{ background: transparent; border: none; border-radius: {RADIUS}px; padding: {nav_pad}px;
                       text-align: left; }}
    QToolButton#nav:checked {{ background: {p.accent}; color: {p.accent_text}; }}
    QToolButton#nav:focus {{ border: 2px solid {p.accent}; }}
    QProgressBar {{ border: 1px solid {p.border}; border-radius: 6px; text-align: center; background: {p.panel}; }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
    QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox {{ background: {p.panel}; border: 1px solid {p.border};
                   border-radius: 6px; padding: 4px; }}
    QScrollArea {{ border: none; }}
    QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ background: transparent; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {size + 2}px; height: {size + 2}px;
                            border: 2px solid {p.muted}; border-radius: 4px; background: {p.panel}; }}
    QRadioButton::indicator {{ border-radius: {size // 2 + 3}px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {p.accent};
                            border-color: {p.accent}; }}
    """
