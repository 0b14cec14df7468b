"""The loading state of a page: a 「正在載入…」 banner laid over a view while its ``Load``
runs, so the user sees that the page is reading and may leave it meanwhile.

The banner is a child of the covered widget, follows its size, and lets clicks through to
nothing (the data under it is about to be replaced). It is shown at once: a page never
looks finished while its rows are still coming.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from hrplanner.ui.shell.tasks import Load


class LoadingOverlay(QLabel):
    """Covers ``target`` while ``load`` runs."""

    def __init__(self, target: QWidget, load: Load, text: str | None = None) -> None:
        super().__init__(target)
        self.setObjectName("loadingOverlay")
        self.setText(text or self.tr("正在載入…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#loadingOverlay { background: rgba(255, 255, 255, 200); color: #444;"
            " font-size: 15px; }"
        )
        self._target = target
        target.installEventFilter(self)
        load.loading.connect(self.set_loading)
        self.hide()

    def set_loading(self, loading: bool) -> None:
        if loading:
            self.setGeometry(self._target.rect())
            self.raise_()
            self.show()
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False


def loading_state(target: QWidget, load: Load, text: str | None = None) -> LoadingOverlay:
    """Show the loading banner over ``target`` whenever ``load`` runs."""
    return LoadingOverlay(target, load, text)
