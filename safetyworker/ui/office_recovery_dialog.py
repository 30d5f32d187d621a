"""Office: help a worker who forgot their passphrase (the CLI's ``recover answer``). The worker brings the
request file their laptop's unlock screen saved ("Forgotten your passphrase?", ui/recovery_dialog.py); this
makes the answer file for them and the recovery code, which is read to the worker by phone and never travels
with the file (sync/recovery.py; docs/sync.md).

The same checks as the CLI: the answer file is written through sync/files.py, never over a file that is there
already and never inside a store folder; the answer is made (and audited) by the same service. Making it is
slowed on purpose (the code's key derivation), so it runs off the window's thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.recovery import RecoveryService
from safetyworker.sync import files
from safetyworker.ui import look
from safetyworker.ui.enrol_pages import spaced_words
from safetyworker.ui.save_dialog import choose_open_path, choose_save_path
from safetyworker.ui.worker import Worker


class OfficeRecoveryDialog(QDialog):
    def __init__(self, recovery: RecoveryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfficeRecoveryDialog")
        self.setWindowTitle(self.tr("Help a worker who forgot their passphrase"))
        self.recovery = recovery
        self.request_path: Path | None = None
        self.answer_path: Path | None = None
        self._worker = Worker(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Open a worker's laptop again"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "The worker saves a request file from their laptop's unlock screen (\u201cForgotten your "
                "passphrase?\u201d) and brings it here. Nothing in their caseload is lost: they choose a new "
                "passphrase at the end."
            ),
            self,
            wordWrap=True,
        )
        layout.addWidget(intro)

        step1 = QLabel(self.tr("1. Choose the request file the worker brought."), self, wordWrap=True)
        step1.setProperty("role", "section")
        layout.addWidget(step1)
        self.requestButton = QPushButton(self.tr("Choose the &request file…"), self, autoDefault=False)
        self.requestButton.setAccessibleName(self.tr("Choose the worker's request file"))
        self.requestButton.clicked.connect(self._choose_request)
        self.requestChosen = QLabel(self.tr("No request file chosen yet."), self, wordWrap=True)
        self.requestChosen.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.requestButton)
        row.addWidget(self.requestChosen, 1)
        layout.addLayout(row)

        step2 = QLabel(
            self.tr("2. Save the answer file for the worker (for example on their USB stick)."), self, wordWrap=True
        )
        step2.setProperty("role", "section")
        layout.addWidget(step2)
        self.answerButton = QPushButton(self.tr("Save the &answer file…"), self, autoDefault=False)
        self.answerButton.setAccessibleName(self.tr("Save the answer file for the worker"))
        self.answerButton.clicked.connect(self._save_answer)
        self.answerSaved = QLabel(self, wordWrap=True)
        self.answerSaved.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.answerButton)
        row.addWidget(self.answerSaved, 1)
        layout.addLayout(row)

        self.resultPanel = QWidget(self)
        result = QVBoxLayout(self.resultPanel)
        result.setContentsMargins(0, 0, 0, 0)
        step3 = QLabel(
            self.tr("3. Give the worker the answer file. Read them this recovery code by phone:"),
            self.resultPanel,
            wordWrap=True,
        )
        step3.setProperty("role", "section")
        result.addWidget(step3)
        # large, in two rows of three like the fingerprint words, so it reads out easily over the phone
        self.code = QLabel(self.resultPanel)
        self.code.setObjectName("recoveryCode")
        self.code.setProperty("role", "fingerprint")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code to read to the worker"))
        result.addWidget(self.code)
        self.handBack = QLabel(
            self.tr(
                "Never send or write the code with the file: either one alone opens nothing. On their laptop the "
                "worker chooses the answer file, types the code and chooses a new passphrase. Then they delete "
                "the request and answer files."
            ),
            self.resultPanel,
            wordWrap=True,
        )
        self.handBack.setProperty("role", "hint")
        result.addWidget(self.handBack)
        self.resultPanel.hide()
        layout.addWidget(self.resultPanel)

        self.error = QLabel(self, wordWrap=True)
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        look.repolish(self)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _update(self) -> None:
        self.answerButton.setEnabled(self.request_path is not None and self.answer_path is None)

    def _choose_request(self) -> None:
        chosen = choose_open_path(
            self, self.tr("Choose the worker's request file"), self.tr("Request files (*.json);;All files (*)")
        )
        if chosen is not None:
            self.use_request(chosen)

    def use_request(self, path: Path) -> None:
        """Step 1: the request, checked when the answer is made (a damaged file, or another office's, is said
        then)."""
        self.request_path = path
        self.answer_path = None
        self.requestChosen.setText(path.name)
        self.answerSaved.clear()
        self._forget_code()
        self.resultPanel.hide()
        self.error.clear()
        self._update()

    def _save_answer(self) -> None:
        chosen = choose_save_path(
            self, self.tr("Save the answer file"), self.tr("Answer files (*.json)"), "json", "recovery-answer.json"
        )
        if chosen is not None:
            self.save_answer(chosen)

    def save_answer(self, path: Path) -> bool:
        """Step 2: make the answer and write it to ``path`` (never over a file, never in a store folder)."""
        request = self.request_path
        if request is None or not self.answerButton.isEnabled():
            return False
        if path.exists() or path.is_symlink():
            self.error.setText(
                self.tr("{name} is already there: choose another name. An answer is never saved over a file.").format(
                    name=path.name
                )
            )
            return False
        try:
            target = files.new_file(path)
        except SafetyWorkerError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText(self.tr("Making the answer file… this takes a few seconds."))
        self.answerButton.setEnabled(False)
        self.requestButton.setEnabled(False)
        recovery = self.recovery

        def make() -> tuple[Path, str]:
            data, words = recovery.answer(request)
            files.write_private(files.new_file(target), data)
            return target, words

        self._worker.run(make)
        return True

    def _done(self, result: object) -> None:
        assert isinstance(result, tuple)
        target, words = result
        self.answer_path = target
        self.error.clear()
        self.requestButton.setEnabled(True)
        self.answerSaved.setText(self.tr("Saved as {path}.").format(path=target))
        self.code.setText(spaced_words(words))
        self.code.setAccessibleDescription(words)  # a screen reader says the words, not the layout
        self.resultPanel.show()
        self._update()
        look.grow_to_fit(self)  # the code and the hand-back whole, never squashed

    def _failed(self, exc: Exception) -> None:
        self.requestButton.setEnabled(True)
        self._update()
        if isinstance(exc, SafetyWorkerError):
            self.error.setText(self.tr("No answer file was made: {problem}").format(problem=exc))
        else:
            self.error.setText(self.tr("Something went wrong while making the answer file. Nothing was saved."))

    def done(self, result: int) -> None:
        self._forget_code()  # the code is read out once: nothing keeps it once the dialog closes
        super().done(result)

    def _forget_code(self) -> None:
        self.code.clear()
        self.code.setAccessibleDescription("")
