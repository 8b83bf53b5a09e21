"""Class cards: name, symbol and colour, sample count, a strip of thumbnails, record and import buttons."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QImageReader, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.storage import face_marks
from app.ui.common import theme
from app.ui.common.jobs import TaskSlot
from app.ui.common.widgets import wrapped_label

THUMBS = 40  # newest thumbnails shown per class
FACE_ROLE = Qt.ItemDataRole.UserRole + 1  # True on thumbnails of pictures that seem to show a face
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2  # True once the thumbnail's picture is decoded and shown


def face_badge(pixmap: QPixmap, text: str) -> QPixmap:
    """The thumbnail with a "face" band across its bottom, so a marked picture stands out."""
    if pixmap.isNull():
        return pixmap
    pixmap = QPixmap(pixmap)
    painter = QPainter(pixmap)
    band = QRect(0, pixmap.height() - 18, pixmap.width(), 18)
    painter.fillRect(band, QColor(theme.NORMAL.danger))
    font = QFont(painter.font())
    font.setPixelSize(13)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(theme.NORMAL.accent_text))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def _thumbnail(path: str) -> QImage:
    """The small picture of a sample (any thread: a QImage, never a QPixmap, off the GUI thread)."""
    reader = QImageReader(path)
    reader.setScaledSize(QSize(56, 56))  # JPEG decodes straight to the small size
    return reader.read()


@functools.cache
def _blank() -> QIcon:
    """A clear square that holds a thumbnail's place until its picture is decoded."""
    pixmap = QPixmap(56, 56)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _thumbnails(control, paths: list[str]) -> dict[str, QImage]:
    """Decode thumbnails on a worker: 40 of them take 10–30 ms, too long for the GUI thread while recording."""
    images = {}
    for path in paths:
        if control.cancelled():
            break
        images[path] = _thumbnail(path)
    return images


class ClassCard(QFrame):
    selected = Signal(str)
    record_pressed = Signal(str)
    record_released = Signal(str)
    import_clicked = Signal(str)
    action = Signal(str, str)  # class name, action: rename/delete/up/down/background
    delete_samples = Signal(str, list)  # class name, paths

    def __init__(self, name: str, index: int, background: bool, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName("panel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colour = theme.class_colour(index)
        self._selected = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(f"{theme.class_symbol(index)}  {name}")
        self.title.setStyleSheet(f"color: {self._colour}; font-weight: 700;")
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu_button.setMenu(self.menu)
        self.add_files = QPushButton()
        self.add_files.clicked.connect(lambda: self.import_clicked.emit(self.name))
        top.addWidget(self.title, 1)
        top.addWidget(self.add_files)
        top.addWidget(self.menu_button)
        layout.addLayout(top)
        layout.addWidget(self.count)
        self.background_note = wrapped_label("muted", 120)
        self.background_note.setVisible(background)
        layout.addWidget(self.background_note)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(QSize(56, 56))
        self.thumbs.setFixedHeight(84)
        self.thumbs.setMinimumWidth(120)
        self.thumbs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thumbs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.thumbs.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.thumbs)
        self.face_note = QFrame()  # shown while pictures of this class seem to show a face
        note = QVBoxLayout(self.face_note)
        note.setContentsMargins(0, 0, 0, 0)
        self.face_text = QLabel()
        self.face_text.setObjectName("error")
        self.face_text.setWordWrap(True)
        note.addWidget(self.face_text)
        note_buttons = QHBoxLayout()
        self.blur_button, self.remove_faces_button = QPushButton(), QPushButton()
        self.blur_button.setObjectName("primary")
        self.blur_button.clicked.connect(lambda: self.blur_faces(list(self.marked)))
        self.remove_faces_button.clicked.connect(lambda: self.remove_faces(list(self.marked)))
        note_buttons.addWidget(self.blur_button)
        note_buttons.addWidget(self.remove_faces_button)
        note.addLayout(note_buttons)
        self.face_note.hide()
        layout.addWidget(self.face_note)
        self.faces_slot = TaskSlot(self)
        self.thumbs_slot = TaskSlot(self)  # decodes the thumbnails of new pictures
        self.marked: set[Path] = set()
        self._paths: list[Path] = []
        self.record = QPushButton()
        self.record.setObjectName("primary")
        self.record.pressed.connect(lambda: self.record_pressed.emit(self.name))
        self.record.released.connect(lambda: self.record_released.emit(self.name))
        layout.addWidget(self.record)
        self._background = background
        self.retranslate()

    def retranslate(self) -> None:
        self.record.setText(self.tr("Hold to record").replace("\n", " "))  # one line: the card keeps its height
        self.record.setToolTip(self.tr("Hold this button, or hold Space, to take about 10 pictures a second."))
        self.add_files.setText(self.tr("Add…"))
        self.add_files.setToolTip(self.tr("Add picture files or folders. You can also drop them on this card."))
        self.background_note.setText(self.tr("“Nothing” class: pictures with no sign at all."))
        self.menu_button.setToolTip(self.tr("More for this class"))
        self.menu.clear()
        for key, text in (("rename", self.tr("Rename…")), ("up", self.tr("Move up")), ("down", self.tr("Move down")),
                          ("background", self.tr("Not the “nothing” class") if self._background
                           else self.tr("Make it the “nothing” class")), ("delete", self.tr("Delete class"))):
            self.menu.addAction(text, lambda k=key: self.action.emit(self.name, k))
        for old in self.thumbs.actions():
            self.thumbs.removeAction(old)
        remove = self.thumbs.addAction(self.tr("Delete selected pictures"))
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._delete_selected)
        blur = self.thumbs.addAction(self.tr("Blur the faces in the selected pictures"))
        blur.triggered.connect(lambda: self.blur_faces(self._selected() & self.marked))
        self._retranslate_faces()
        if hasattr(self, "_paths"):  # redraw the "face" badges in the new language
            self.thumbs.clear()
            self.set_samples(self._paths)

    def _retranslate_faces(self) -> None:
        n = len(self.marked)
        self.face_text.setText(
            self.tr("This picture seems to show a face. Faces are personal data; Oyla doesn't need them. "
                    "Blur it or remove it?") if n == 1 else
            self.tr("%n pictures seem to show a face. Faces are personal data; Oyla doesn't need them. "
                    "Blur them or remove them?", "", n))
        self.blur_button.setText(self.tr("Blur"))
        self.blur_button.setToolTip(self.tr("Blur the face so nobody can be recognised. The picture stays."))
        self.remove_faces_button.setText(self.tr("Remove"))
        self.remove_faces_button.setToolTip(self.tr("Delete these pictures from the project."))

    def _selected(self) -> set[Path]:
        return {Path(i.data(Qt.ItemDataRole.UserRole)) for i in self.thumbs.selectedItems()}

    def _delete_selected(self) -> None:
        paths = sorted(self._selected())
        if paths:
            self.delete_samples.emit(self.name, paths)

    def set_samples(self, paths: list[Path], marks=None) -> None:
        """Show the count and the newest thumbnails (their pictures are decoded on a worker, only those not shown
        yet). Pictures marked in faces.json (``marks``: read here when not given) get a "face" badge, and the
        card explains and offers Blur / Remove."""
        self._paths = list(paths)
        self.count.setText(self.tr("%n picture(s)", "", len(paths)))
        if marks is None:
            marks = face_marks.marked(Path(paths[0]).parent.parent.parent) if paths else {}
        marked = {Path(p) for p in marks}  # a few at most; a Path made for each of hundreds of pictures took ms
        self.marked = marked.intersection(self._paths) if marked else set()
        self._retranslate_faces()
        self.face_note.setVisible(bool(self.marked) and not self.faces_slot.busy)
        wanted = [(str(p), p in self.marked) for p in reversed(self._paths[-THUMBS:])]  # newest first
        shown = [(self.thumbs.item(i).data(Qt.ItemDataRole.UserRole), self.thumbs.item(i).data(FACE_ROLE))
                 for i in range(self.thumbs.count())]
        if wanted != shown:
            keep = set(wanted)
            for row in reversed(range(self.thumbs.count())):
                if shown[row] not in keep:
                    self.thumbs.takeItem(row)
            present = {(self.thumbs.item(i).data(Qt.ItemDataRole.UserRole), self.thumbs.item(i).data(FACE_ROLE))
                       for i in range(self.thumbs.count())}
            for row, (path, marked) in enumerate(wanted):
                if (path, marked) not in present:
                    item = QListWidgetItem(_blank(), "")  # its picture comes from the worker
                    item.setData(Qt.ItemDataRole.UserRole, path)
                    item.setData(FACE_ROLE, marked)
                    if marked:
                        item.setToolTip(self.tr("This picture seems to show a face."))
                    self.thumbs.insertItem(row, item)
        missing = [item.data(Qt.ItemDataRole.UserRole) for item in self._items() if not item.data(SHOWN_ROLE)]
        if missing:
            self.thumbs_slot.start(_thumbnails, missing, succeeded=self._show_thumbnails)

    def _items(self) -> list[QListWidgetItem]:
        return [self.thumbs.item(i) for i in range(self.thumbs.count())]

    def _show_thumbnails(self, images: dict[str, QImage]) -> None:
        for item in self._items():
            image = images.get(item.data(Qt.ItemDataRole.UserRole))
            if image is not None and not item.data(SHOWN_ROLE):
                thumb = QPixmap.fromImage(image)  # 56 px: cheap; a QPixmap only ever on the GUI thread
                item.setIcon(QIcon(face_badge(thumb, self.tr("face")) if item.data(FACE_ROLE) else thumb))
                item.setData(SHOWN_ROLE, True)

    def blur_faces(self, paths) -> None:
        """Blur the faces in these marked pictures (on a worker thread), then show them again."""
        paths = sorted(paths)
        if not paths or self.faces_slot.busy:
            return
        self.faces_slot.start(lambda _control, folder: face_marks.blur(folder, paths), paths[0].parent.parent.parent,
                              finished=lambda: self.set_samples(self._paths))
        self.face_note.hide()

    def remove_faces(self, paths) -> None:
        """Delete these marked pictures (and their marks); the page removes them and refreshes the card."""
        paths = sorted(paths)
        if paths:
            face_marks.unmark(paths[0].parent.parent.parent, paths)
            self.delete_samples.emit(self.name, paths)

    def set_selected(self, selected: bool) -> None:
        """The selected card gets a thick ring in its class colour, painted over its border (a style sheet per
        card re-styled every picture in it: 8 ms per card on the GUI thread at each click)."""
        if selected != self._selected:
            self._selected = selected
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._selected:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(self._colour), 3))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), theme.RADIUS, theme.RADIUS)
            painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.selected.emit(self.name)
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.selected.emit(self.name)
        super().focusInEvent(event)


class ClassList(QWidget):
    """The column of class cards and the 'Add a class' button; files and folders dropped on a card go to it."""

    add_clicked = Signal()
    files_dropped = Signal(str, list)  # class under the pointer ("" when none), paths

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: dict[str, ClassCard] = {}
        self.setAcceptDrops(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = wrapped_label("muted", 120)
        self._layout.addWidget(self.empty)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_clicked)
        self._layout.addWidget(self.add_button)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add a class"))
        self.add_button.setToolTip(self.tr("A class is one kind of thing the computer should learn to tell apart."))
        self.empty.setText(self.tr("Start here: add a class for each sign or object you want the computer to "
                                   "recognise, for example “fist” and “open hand”."))

    def fit_width(self, scroll) -> None:
        """The column is as wide as its cards need (more with large text), never scrolled sideways."""
        need = self.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(280, need + 4))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        point = event.position().toPoint()
        target = next((name for name, card in self.cards.items() if card.geometry().contains(point)), "")
        self.files_dropped.emit(target, [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])

    def rebuild(self, project, selected: str | None) -> list[ClassCard]:
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        classes = project.classes if project else []
        for i, info in enumerate(classes):
            card = ClassCard(info.name, i, info.background)
            self._layout.insertWidget(self._layout.count() - 2, card)
            self.cards[info.name] = card
            card.set_samples(project.samples(info.name))
            card.set_selected(info.name == selected)
        self.empty.setVisible(not classes)
        return list(self.cards.values())

