"""The virtual robot on screen: a top-down car in its walled arena (with a trail), the arm's servos, the LED and
the buzzer, redrawn about 30 times a second from the ``VirtualLink``'s state. Plus the manual drive pad."""

from __future__ import annotations

import math
from collections import deque

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from app.robot import virtual
from app.robot.virtual import RobotState, VirtualLink
from app.ui.common import theme

FRAME_MS = 33
TRAIL_POINTS = 800
SIDE_WIDTH = 150  # the strip right of the arena: arm, LED, buzzer


class ArenaView(QWidget):
    """Draws ``link.state()`` of a virtual robot; ``state`` is what is on screen now (tests read it)."""

    def __init__(self, palette: theme.Palette = theme.NORMAL, parent=None):
        super().__init__(parent)
        self.palette_ = palette
        self.link: VirtualLink | None = None
        self.state: RobotState | None = None
        self.trail: deque[tuple[float, float]] = deque(maxlen=TRAIL_POINTS)
        self.frames = 0
        self._side_key: tuple | None = None
        self._side = QPixmap()
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Virtual robot arena"))
        self.texts = {"arm": self.tr("Arm"), "led": self.tr("LED"), "buzzer": self.tr("Buzzer"),
                      "silent": self.tr("silent"), "hz": self.tr("%1 Hz"), "wheels": self.tr("Wheels: %1 / %2"),
                      "watchdog": self.tr("Stopped by the watchdog"), "wall": self.tr("Bump!"),
                      "none": self.tr("No virtual robot connected.")}
        self.update()

    def set_link(self, link: VirtualLink | None) -> None:
        self.link = link
        self.trail.clear()
        self.state = None
        self.frames = 0
        self.tick()

    def showEvent(self, event) -> None:  # noqa: N802
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def tick(self) -> None:
        """Fetch the robot's state; repaint only when it changed (a robot at rest costs nothing)."""
        link = self.link
        state = link.state() if link is not None and link.is_open else None
        if state == self.state and self.frames:
            return
        self.state = state
        if state is not None:
            last = self.trail[-1] if self.trail else None
            if last is None or math.hypot(state.x - last[0], state.y - last[1]) > 0.5:
                self.trail.append((state.x, state.y))
        self.frames += 1
        self.update()

    # ---- painting ------------------------------------------------------------------------------------------
    def _colours(self) -> dict[str, QColor]:
        p = self.palette_
        return {k: QColor(getattr(p, k)) for k in ("window", "panel", "text", "muted", "accent", "danger",
                                                   "border", "ok")}

    def paintEvent(self, _event) -> None:  # noqa: N802
        c = self._colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self._side_width()
        side = side if self.width() > 2 * side else 0
        room = QRectF(6, 6, self.width() - side - 18, self.height() - 12)
        scale = min(room.width() / virtual.ARENA_W, room.height() / virtual.ARENA_H)
        arena = QRectF(room.x(), room.y(), virtual.ARENA_W * scale, virtual.ARENA_H * scale)
        state = self.state
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c["panel"])
        painter.drawRect(arena)
        painter.setPen(QPen(c["border"], 1))
        # one call for the whole grid (and for the trail below): each PySide6 call costs a reference to None
        painter.drawLines([QLineF(arena.x() + x * scale, arena.y(), arena.x() + x * scale, arena.bottom())
                           for x in range(25, int(virtual.ARENA_W), 25)]
                          + [QLineF(arena.x(), arena.y() + y * scale, arena.right(), arena.y() + y * scale)
                             for y in range(25, int(virtual.ARENA_H), 25)])
        # the floor's dark line track and the boxes (the virtual car's sensors see them)
        painter.setPen(QPen(c["text"], max(1.0, virtual.LINE_WIDTH * scale)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([QPointF(arena.x() + x * scale, arena.y() + y * scale)
                                       for x, y in virtual.LINE_TRACK]))
        painter.setPen(QPen(c["text"], 2))
        painter.setBrush(c["muted"])
        for x, y, w, h in virtual.OBSTACLES:
            painter.drawRect(QRectF(arena.x() + x * scale, arena.y() + y * scale, w * scale, h * scale))
        bumped = state is not None and state.bumped
        painter.setPen(QPen(c["danger"] if bumped else c["text"], 5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(arena)
        if state is None:
            painter.setPen(c["muted"])
            painter.drawText(arena, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.texts["none"])
        else:
            self._draw_trail(painter, arena, scale, c)
            if state.dist_mm is not None:  # what the distance sensor sees: a dashed ray to the nearest thing ahead
                front = virtual.SONAR_OFFSET
                reach = front + state.dist_mm / 10
                dx, dy = math.cos(state.heading), math.sin(state.heading)
                painter.setPen(QPen(c["accent"], 2, Qt.PenStyle.DashLine))
                painter.drawLine(QLineF(arena.x() + (state.x + front * dx) * scale, arena.y() + (state.y + front * dy) * scale,
                                        arena.x() + (state.x + reach * dx) * scale, arena.y() + (state.y + reach * dy) * scale))
            self._draw_car(painter, arena, scale, state, c)
            self._draw_caption(painter, arena, state, c)
        if side and state is not None:
            rect = QRectF(self.width() - side - 6, 6, side, self.height() - 12)
            painter.drawPixmap(rect.topLeft(), self._side_pixmap(rect.size(), state, c))
        painter.end()

    def _side_pixmap(self, size: QSizeF, s: RobotState, c: dict[str, QColor]) -> QPixmap:
        """The arm, LED and buzzer strip, redrawn only when one of them changed (not on every frame)."""
        key = (size.toSize(), s.servo, s.led, s.beep_hz, tuple(self.texts.values()), self.palette_,
               self.font().pointSizeF())
        if key != self._side_key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap((size * ratio).toSize())
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setFont(self._side_font(size.height()))  # a pixmap does not know the style sheet's font
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_side(painter, QRectF(QPointF(0, 0), size), s, c)
            painter.end()
            self._side_key, self._side = key, pixmap
        return self._side

    def _draw_trail(self, painter: QPainter, arena: QRectF, scale: float, c: dict[str, QColor]) -> None:
        if len(self.trail) < 2:
            return
        colour = QColor(c["accent"])
        colour.setAlpha(110)
        painter.setPen(QPen(colour, 3, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(arena.x() + x * scale, arena.y() + y * scale) for x, y in self.trail]))

    def _draw_car(self, painter: QPainter, arena: QRectF, scale: float, s: RobotState,
                  c: dict[str, QColor]) -> None:
        painter.save()
        painter.translate(arena.x() + s.x * scale, arena.y() + s.y * scale)
        painter.rotate(math.degrees(s.heading))
        r = virtual.ROBOT_RADIUS * scale
        half_base = virtual.WHEEL_BASE / 2 * scale
        for offset, speed in ((-half_base, s.left), (half_base, s.right)):  # left wheel is at -y when facing +x
            colour = c["ok"] if speed > 0 else c["danger"] if speed < 0 else c["text"]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(-r * 0.55, offset - r * 0.18, r * 1.1, r * 0.36), 2, 2)
        painter.setPen(QPen(c["text"], 2))
        painter.setBrush(c["accent"])
        painter.drawEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
        painter.setBrush(c["panel"])
        painter.drawPolygon(QPolygonF([QPointF(r * 0.7, 0), QPointF(r * 0.05, -r * 0.35),
                                       QPointF(r * 0.05, r * 0.35)]))
        painter.setBrush(QColor(*s.led))
        painter.drawEllipse(QPointF(-r * 0.35, 0), r * 0.18, r * 0.18)
        painter.restore()

    def _draw_caption(self, painter: QPainter, arena: QRectF, s: RobotState, c: dict[str, QColor]) -> None:
        lines = [self.texts["wheels"].replace("%1", str(s.left)).replace("%2", str(s.right))]
        if s.stopped and len(self.trail) > 1:  # not at rest after connecting: only after it drove
            lines.append(self.texts["watchdog"])
        if s.bumped:
            lines.append(self.texts["wall"])
        painter.setPen(c["danger"] if len(lines) > 1 else c["muted"])
        box = arena.adjusted(10, 8, -10, -8)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         "\n".join(lines))

    def _side_font(self, height: float) -> QFont:
        """The widget's font, or smaller when the strip is too short for six lines of it and a 60 px arm (large
        text in a short arena): nothing is cut off at the bottom."""
        font = QFont(self.font())
        room = (height - 16 - 60 - 58) / 6  # 58 px: the gaps and the LED's circle
        line = QFontMetricsF(font).height()
        if line > room > 0 and font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() * room / line))
        return font

    def _side_width(self) -> int:
        """The strip's width: SIDE_WIDTH, or wider when its words are (large text, a long translation)."""
        fm = self.fontMetrics()
        words = (self.texts[k] for k in ("arm", "led", "buzzer", "silent"))
        return max(SIDE_WIDTH, max(fm.horizontalAdvance(w) for w in words) + 24)

    def _draw_side(self, painter: QPainter, rect: QRectF, s: RobotState, c: dict[str, QColor]) -> None:
        painter.setPen(QPen(c["border"], 1))
        painter.setBrush(c["panel"])
        painter.drawRoundedRect(rect, theme.RADIUS, theme.RADIUS)
        line = painter.fontMetrics().height()
        x, y, w = rect.x() + 10, rect.y() + 8, rect.width() - 20
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        angles = " ".join(f"{a}°" for a in s.servo)  # two lines when the strip is narrow for its font
        angles_h = painter.boundingRect(QRectF(x, 0, w, 3 * line), flags, angles).height()
        painter.setPen(c["muted"])
        painter.drawText(QRectF(x, y, w, line), Qt.AlignmentFlag.AlignLeft, self.texts["arm"])
        y += line + 4
        words_h = line + 4 + angles_h + 2 + 10 + line + 2 + 38 + line + 2 + line  # everything but the arm
        arm_h = max(24.0, min(110.0, rect.height() * 0.4, rect.height() - 16 - words_h))  # the words keep room
        self._draw_arm(painter, QRectF(x, y, w, arm_h), s.servo, c)
        y += arm_h + 2
        painter.setPen(c["muted"])
        painter.drawText(QRectF(x, y, w, angles_h), flags, angles)
        y += angles_h + 10
        painter.drawText(QRectF(x, y, w, line), Qt.AlignmentFlag.AlignLeft, self.texts["led"])
        y += line + 2
        painter.setPen(QPen(c["text"], 2))
        painter.setBrush(QColor(*s.led))
        painter.drawEllipse(QRectF(x, y, 28, 28))
        painter.setPen(c["muted"])
        painter.drawText(QRectF(x + 36, y, w - 36, 28), Qt.AlignmentFlag.AlignVCenter, ",".join(map(str, s.led)))
        y += 38
        painter.drawText(QRectF(x, y, w, line), Qt.AlignmentFlag.AlignLeft, self.texts["buzzer"])
        y += line + 2
        on = s.beep_hz > 0
        painter.setPen(c["danger"] if on else c["muted"])
        sound = self.texts["hz"].replace("%1", str(s.beep_hz)) if on else self.texts["silent"]
        painter.drawText(QRectF(x, y, w, 3 * line), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         ("♪ " if on else "") + sound)

    @staticmethod
    def _draw_arm(painter: QPainter, rect: QRectF, servo: tuple[int, ...], c: dict[str, QColor]) -> None:
        """Side view: shoulder (servo 1) and elbow (servo 2) as two links, the gripper (servo 3) as jaws, and
        the base turn (servo 0) as a small dial."""
        base = QPointF(rect.x() + rect.width() * 0.35, rect.bottom() - 6)
        link = min(rect.height() * 0.45, rect.width() * 0.32)
        shoulder = math.radians(servo[1])
        elbow_at = QPointF(base.x() + link * math.cos(shoulder), base.y() - link * math.sin(shoulder))
        forearm = shoulder + math.radians(servo[2] - 90)
        hand = QPointF(elbow_at.x() + link * math.cos(forearm), elbow_at.y() - link * math.sin(forearm))
        painter.setPen(QPen(c["text"], 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(base, elbow_at)
        painter.drawLine(elbow_at, hand)
        opening = math.radians(max(0, min(180, servo[3])) / 4)
        painter.setPen(QPen(c["accent"], 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for sign in (-1, 1):
            angle = forearm + sign * opening
            painter.drawLine(hand, QPointF(hand.x() + 12 * math.cos(angle), hand.y() - 12 * math.sin(angle)))
        dial = QPointF(rect.right() - 16, rect.y() + 16)
        painter.setPen(QPen(c["muted"], 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(dial, 12, 12)
        turn = math.radians(servo[0])
        painter.drawLine(dial, QPointF(dial.x() + 12 * math.cos(turn), dial.y() - 12 * math.sin(turn)))


# Where the car's actions sit on the pad: a cross of arrows around Stop.
PAD_PLACES = {"forward": (0, 1), "left": (1, 0), "stop": (1, 1), "right": (1, 2), "back": (2, 1),
              "forward_left": (0, 0), "forward_right": (0, 2)}


class ManualPad(QWidget):
    """One button per kit action (a cross of arrows for the car). Hold a button to keep the action going."""

    pressed = Signal(str)
    released = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.setStyleSheet("QPushButton { padding: 4px 6px; }")  # compact: the arena gets the room
        self.buttons: dict[str, QPushButton] = {}
        self.names: dict[str, str] = {}

    def set_actions(self, actions: list[str], names: dict[str, str]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        cross = "forward" in actions
        placed = {a: PAD_PLACES[a] for a in actions if a in PAD_PLACES and cross}
        free = [(2, 0), (2, 2)] if cross else []
        free += [(3 + i // 3, i % 3) if cross else (i // 3, i % 3) for i in range(len(actions))]
        for action in (a for a in actions if a not in placed):
            placed[action] = free.pop(0)
        for action, (row, column) in placed.items():
            button = QPushButton()
            button.setAutoRepeat(False)
            if action == "stop":
                button.setObjectName("danger")
            button.pressed.connect(lambda a=action: self.pressed.emit(a))
            button.released.connect(lambda a=action: self.released.emit(a))
            self.grid.addWidget(button, row, column)
            self.buttons[action] = button
        self.set_names(names)

    def set_names(self, names: dict[str, str]) -> None:
        arrows = {"forward": "↑ ", "back": "↓ ", "left": "← ", "right": "→ ", "stop": "■ "}
        for action, button in self.buttons.items():
            name = names.get(action, action)
            short = {"forward_left": "↖", "forward_right": "↗"}.get(action)  # arrows alone keep the pad narrow
            button.setText(short or arrows.get(action, "") + name)
            button.setToolTip(name)
            button.setAccessibleName(name)
