"""Class cards: name, symbol and colour, sample count, a strip of thumbnails, record and import buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QKeySequence, QPixmap
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

from app.ui import theme

THUMBS = 40  # newest thumbnails shown per class


def _thumbnail(path: str) -> QPixmap:
    reader = QImageReader(path)
    reader.setScaledSize(QSize(56, 56))  # JPEG decodes straight to the small size
    return QPixmap.fromImage(reader.read())


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
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        top.addWidget(self.menu_button)
        layout.addLayout(top)
        self.background_note = QLabel()
        self.background_note.setObjectName("muted")
        self.background_note.setVisible(background)
        layout.addWidget(self.background_note)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(QSize(56, 56))
        self.thumbs.setFixedHeight(84)
        self.thumbs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.thumbs.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.thumbs)
        buttons = QHBoxLayout()
        self.record = QPushButton()
        self.record.setObjectName("primary")
        self.record.pressed.connect(lambda: self.record_pressed.emit(self.name))
        self.record.released.connect(lambda: self.record_released.emit(self.name))
        self.add_files = QPushButton()
        self.add_files.clicked.connect(lambda: self.import_clicked.emit(self.name))
        buttons.addWidget(self.record, 1)
        buttons.addWidget(self.add_files)
        layout.addLayout(buttons)
        self._background = background
        self.retranslate()

    def retranslate(self) -> None:
        self.record.setText(self.tr("Hold to record"))
        self.record.setToolTip(self.tr("Hold this button, or hold Space, to take about 10 pictures a second."))
        self.add_files.setText(self.tr("Add pictures…"))
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

    def _delete_selected(self) -> None:
        paths = [Path(i.data(Qt.ItemDataRole.UserRole)) for i in self.thumbs.selectedItems()]
        if paths:
            self.delete_samples.emit(self.name, paths)

    def set_samples(self, paths: list[Path]) -> None:
        """Show the count and the newest thumbnails; only pictures not shown yet are decoded (small, fast)."""
        self.count.setText(self.tr("%n picture(s)", "", len(paths)))
        wanted = [str(p) for p in reversed(paths[-THUMBS:])]  # newest first
        shown = [self.thumbs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.thumbs.count())]
        if wanted == shown:
            return
        keep = set(wanted)
        for row in reversed(range(self.thumbs.count())):
            if shown[row] not in keep:
                self.thumbs.takeItem(row)
        present = {self.thumbs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.thumbs.count())}
        for row, path in enumerate(wanted):
            if path not in present:
                item = QListWidgetItem(QIcon(_thumbnail(path)), "")
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.thumbs.insertItem(row, item)

    def set_selected(self, selected: bool) -> None:
        width = 3 if selected else 1
        colour = self._colour if selected else theme.NORMAL.border
        self.setStyleSheet(f"QFrame#panel {{ border: {width}px solid {colour}; }}")

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.selected.emit(self.name)
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.selected.emit(self.name)
        super().focusInEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ClassList(QWidget):
    """The column of class cards and the 'Add a class' button."""

    add_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: dict[str, ClassCard] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
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

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
