"""The status bar's "working" sign: what runs in the background, from the moment it starts.

A progress dialog with a delay left the window looking idle (and open to edits) for seconds while a bundle
was being imported; this sign is shown before the job's thread even starts, and stays until it has ended.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class JobIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # "busy": the length of a job is not known in advance
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.label = QLabel(self)
        self.label.setObjectName("jobText")
        self.note = QLabel(self)  # what cannot be done meanwhile, if anything
        self.note.setObjectName("jobNote")
        self.note.setEnabled(False)  # the muted colour: a side note to the job itself
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        self.hide()

    def start(self, text: str, note: str = "") -> None:
        self.label.setText(text)
        self.label.setMinimumWidth(self.label.sizeHint().width())  # the job is read whole; the side note gives way
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setToolTip(f"{text} {note}".strip())
        self.show()

    def stop(self) -> None:
        self.label.clear()
        self.note.clear()
        self.setToolTip("")
        self.hide()

    @property
    def running(self) -> bool:
        return not self.isHidden()

    def text(self) -> str:
        return self.label.text()
