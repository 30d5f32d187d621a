"""Preview, print and save a safety plan: the PDF stays in memory unless the worker chooses to save it.

The core builds the PDF (``PlanService.render``, which also writes the audit event for the preview, the print
or the save). Here the bytes go into a QBuffer that a QPdfDocument reads, so the preview and the print never
touch the disk: a plan left in a temp folder could be found by the very person it protects someone from.
"Save as PDF…" is the one way to a file, and it warns first. Printing paints each page as an image on the
printer, at its real size (a pocket card stays card-sized on A4), and "print to file" is turned off in the
print dialog so a file cannot slip out by that road either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.fsutil import atomic_write
from safetyworker.printing.options import PrintOptions
from safetyworker.sync import files
from safetyworker.ui import look
from safetyworker.ui.forms.ui_plan_print import Ui_PlanPrintDialog
from safetyworker.ui.remembered_dialog import RememberedDialog, dispose
from safetyworker.ui.save_dialog import choose_save_path
from safetyworker.ui.worker import Worker

# ``render(options, action)`` -> PDF bytes; action is "plan.preview", "plan.print" or "plan.save_pdf".
Renderer = Callable[[PrintOptions, str], bytes]
# ``if_found(options)`` -> one line on what that copy shows if someone else finds it ("" for the worker copy).
IfFound = Callable[[PrintOptions], str]

# Pages are painted as images at this resolution at most: sharp on paper, without 100 MB pages at 1200 dpi.
MAX_PRINT_DPI = 300
_MM_PER_POINT = 25.4 / 72
_SMALL_PAGE_OFFSET_MM = 15.0  # a card on A4 sits this far in from the corner, inside any printer's margins


class PdfInMemory(QObject):
    """A PDF read from bytes held in memory: the QBuffer lives exactly as long as the document reading it.
    Delete this object (or its parent) and both go."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self.ready else 0

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())


def paint_pages(pdf: PdfInMemory, printer: QPrinter) -> int:
    """Paint the pages of ``pdf`` (or the range chosen in the print dialog) onto ``printer`` at their real
    size, shrunk only when a page is bigger than the paper. Returns the number of pages painted."""
    count = pdf.page_count()
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(printer.toPage() - 1, count - 1)
    pages = list(range(first, last + 1))
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF has its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for n, page in enumerate(pages):
            if n and not printer.newPage():
                raise OSError("the printer did not take a new page")
            _paint_page(pdf.document, page, printer, painter)
    finally:
        painter.end()
    return len(pages)


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    dpi = printer.resolution()
    points = document.pagePointSize(page)
    paper = printer.pageLayout().fullRectPoints()
    scale = min(1.0, paper.width() / points.width(), paper.height() / points.height())
    size = QSizeF(points.width() * scale, points.height() * scale)
    spare_w, spare_h = paper.width() - size.width(), paper.height() - size.height()
    offset = _SMALL_PAGE_OFFSET_MM / _MM_PER_POINT
    if spare_w > 2 * offset and spare_h > 2 * offset:
        origin = QPointF(offset, offset)  # a card: near the corner, ready to cut out
    else:
        origin = QPointF(spare_w / 2, spare_h / 2)  # a full page: centred
    to_device = dpi / 72
    target = QRectF(origin * to_device, size * to_device)
    render_dpi = min(dpi, MAX_PRINT_DPI)
    image = document.render(page, QSize(round(size.width() * render_dpi / 72), round(size.height() * render_dpi / 72)))
    painter.drawImage(target, image)


class PlanPrintDialog(RememberedDialog):
    """Choose what to print, see it, then print it or (with a warning) save it. ``about`` names the version
    shown ("Version 3, saved …"); ``if_found`` gives the line shown under the preview of a person's copy or
    card, on what it would show someone else who found it. The preview is made off the GUI thread (a long plan
    in large print takes a moment): the dialog says so at once, and print and save wait for it."""

    # a preview was shown, or could not be made
    preview_done = Signal()
    # a print or a save has finished: True when it was done
    output_done = Signal(bool)

    def __init__(
        self, render: Renderer, about: str = "", parent: QWidget | None = None, if_found: IfFound | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPrintDialog()
        self.ui.setupUi(self)
        self._render = render
        self._if_found = if_found
        self._pdf: PdfInMemory | None = None
        self._asked = 0  # previews asked for; only the newest one is shown
        self._worker = Worker(self)
        self._answered = 0  # the preview request answered last
        self._outputting = False  # a print or a save is being prepared
        self._then: tuple[Callable[[Any], bool], str] | None = None
        self._out_worker = Worker(self)
        self._out_worker.finished.connect(self._output_finished)  # a bound slot: queued to this thread
        self._worker.finished.connect(self._rendered)
        self._empty = QPdfDocument(self)  # shown when there is nothing to show (the view dislikes None)
        ui = self.ui
        ui.aboutLabel.setText(about)
        ui.aboutLabel.setVisible(bool(about))
        ui.language.addItem(self.tr("English"), "en")
        ui.language.addItem("Cymraeg", "cy")  # a language's own name is not translated
        ui.pdfView.setPageMode(QPdfView.PageMode.MultiPage)
        ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.pdfView.setPageSpacing(12)
        for radio in (ui.personalCopy, ui.pocketCard, ui.workerCopy):  # only the one switched on re-renders
            radio.toggled.connect(lambda on: self._options_changed() if on else None)
        for box in (ui.largePrint, ui.includeName):
            box.toggled.connect(self._options_changed)
        ui.language.currentIndexChanged.connect(self._options_changed)
        ui.printButton.clicked.connect(self.print_plan)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.closeButton.clicked.connect(self.reject)
        self._say("")
        self._update_controls()
        self.restore_geometry()
        self.refresh()

    # -- what is chosen --------------------------------------------------------------------------------------
    def variant(self) -> str:
        if self.ui.workerCopy.isChecked():
            return "worker"
        return "card" if self.ui.pocketCard.isChecked() else "personal"

    def options(self) -> PrintOptions:
        worker = self.variant() == "worker"
        return PrintOptions(
            variant=self.variant(),
            large_print=self.ui.largePrint.isChecked(),
            lang="en" if worker else self.ui.language.currentData(),
            include_name=False if worker else self.ui.includeName.isChecked(),
        )

    def set_options(
        self, variant: str, large_print: bool = False, lang: str = "en", include_name: bool = False
    ) -> None:
        """Choose options as a worker would (one fresh preview at the end)."""
        ui = self.ui
        widgets = (ui.personalCopy, ui.pocketCard, ui.workerCopy, ui.largePrint, ui.includeName, ui.language)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            {"worker": ui.workerCopy, "card": ui.pocketCard}.get(variant, ui.personalCopy).setChecked(True)
            ui.largePrint.setChecked(large_print)
            ui.includeName.setChecked(include_name)
            ui.language.setCurrentIndex(max(0, ui.language.findData(lang)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._options_changed()

    def page_count(self) -> int:
        return self._pdf.page_count() if self._pdf is not None else 0

    def _options_changed(self, *_args: object) -> None:
        self._update_controls()
        self.refresh()

    def _update_controls(self) -> None:
        worker = self.variant() == "worker"
        ui = self.ui
        for widget in (ui.language, ui.languageLabel, ui.includeName, ui.nameHint):
            widget.setEnabled(not worker)
        ui.languageHint.setVisible(worker)
        ui.pdfView.setZoomMode(
            QPdfView.ZoomMode.FitInView if self.variant() == "card" else QPdfView.ZoomMode.FitToWidth
        )

    # -- preview ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the chosen copy afresh (an audited preview) off the GUI thread, and show it when it is made,
        with the line on what it gives away if found."""
        self._asked += 1
        asked, options, render, if_found = self._asked, self.options(), self._render, self._if_found

        def make() -> tuple[int, bytes | None, str, Exception | None]:
            try:
                data = render(options, "plan.preview")
                return asked, data, if_found(options) if if_found is not None else "", None
            except Exception as exc:  # shown in the dialog, in plain words
                return asked, None, "", exc

        self._show(None)
        self._show_if_found("")
        self.ui.pagesLabel.setText(self.tr("Preparing the preview…"))
        self.ui.pagesLabel.setVisible(True)
        self._say("")
        self._worker.run(make)

    @property
    def busy(self) -> bool:
        """A preview is being made."""
        return self._asked != self._answered

    def _rendered(self, result: tuple[int, bytes | None, str, Exception | None]) -> None:
        asked, data, if_found, exc = result
        del result
        if asked != self._asked or not shiboken6.isValid(self):  # other options were chosen meanwhile
            return
        self._answered = asked
        if exc is not None or data is None:
            self._show(None)
            problem = _problem(exc) if isinstance(exc, SafetyWorkerError) else self.tr("something went wrong")
            self._say(self.tr("The preview could not be made: {problem}").format(problem=problem), True)
            self.preview_done.emit()
            return
        pdf = PdfInMemory(data, self)
        del data
        if not pdf.ready:
            pdf.close()
            pdf.deleteLater()
            self._show(None)
            self._say(self.tr("The preview could not be shown."), True)
        else:
            self._show(pdf)
            self._show_if_found(if_found)
        self.preview_done.emit()

    def if_found_text(self) -> str:
        """The line shown on what the copy in view gives away if found ("" when none is shown)."""
        return self.ui.ifFoundLabel.text() if not self.ui.ifFoundLabel.isHidden() else ""

    def _show_if_found(self, text: str) -> None:
        self.ui.ifFoundLabel.setText(text)
        self.ui.ifFoundLabel.setVisible(bool(text))

    def _show(self, pdf: PdfInMemory | None) -> None:
        old, self._pdf = self._pdf, pdf
        self.ui.pdfView.setDocument(pdf.document if pdf is not None else self._empty)
        if old is not None:
            old.close()
            shiboken6.delete(old)
        count = self.page_count()
        self.ui.pagesLabel.setText(self.tr("%n page(s)", "", count))
        self.ui.pagesLabel.setVisible(count > 0)
        self._update_output_buttons()

    # -- print -----------------------------------------------------------------------------------------------
    def print_plan(self) -> None:
        """The system print dialog, then the pages to the printer (no file is written)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dispose(dialog)
        if accepted and shiboken6.isValid(self):  # the app may have locked while the dialog was open
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the chosen copy (an audited print) off the GUI thread, then paint it on ``printer``;
        ``output_done`` says whether it was sent."""
        printer.setDocName(self.tr("Notes"))  # the name print queues show: it says nothing
        printer.setCreator("")
        options, render = self.options(), self._render
        self._output(
            self.tr("Preparing the pages for the printer…"),
            lambda: render(options, "plan.print"),
            lambda data: self._paint(printer, data),
            self.tr("Not printed: {problem}"),
        )

    def _paint(self, printer: QPrinter, data: bytes) -> bool:
        pdf = PdfInMemory(data, self)
        del data
        try:
            pages = paint_pages(pdf, printer) if pdf.ready else 0
        except OSError:
            pages = 0
        finally:
            pdf.close()
            shiboken6.delete(pdf)
        if not pages:
            self._say(self.tr("Not printed: the printer could not be reached. Check it is on and try again."), True)
            return False
        self._say(self.tr("Sent to the printer."))
        return True

    # -- save ------------------------------------------------------------------------------------------------
    def save_pdf(self) -> bool:
        """After a warning, write the chosen copy to a file the worker picks (an audited save), off the GUI
        thread (a USB stick can be slow); True when it was started, and ``output_done`` says how it went."""
        if not self.confirm_save() or not shiboken6.isValid(self):
            return False
        chosen = self.choose_file()
        if chosen is None or not shiboken6.isValid(self):
            return False
        path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
        try:
            # The save dialog asked before replacing the file it names; a name we changed was never asked about.
            # Never inside a store folder, even so (sync/files.py). Said at once, before anything is made.
            files.new_file(path, force=path == chosen)
            files.refuse_store_folder(path)
        except SafetyWorkerError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=_problem(exc)), True)
            return False
        options, render = self.options(), self._render

        def write() -> Path:
            data = render(options, "plan.save_pdf")
            files.refuse_store_folder(path)  # again, in case the folder changed while the pages were made
            atomic_write(path, data)
            return path

        self._output(self.tr("Saving…"), write, self._saved, self.tr("Not saved: {problem}"))
        return True

    def _saved(self, path: Path) -> bool:
        self._say(self.tr("Saved as {name}. Remember to delete it when it is no longer needed.").format(name=path.name))
        return True

    # -- printing and saving run off the GUI thread ------------------------------------------------------------
    def _output(self, text: str, job: Callable[[], Any], then: Callable[[Any], bool], problem: str) -> None:
        """Run ``job`` in the background (Print and Save wait meanwhile), then ``then(result)`` here."""
        self._outputting = True
        self._then = (then, problem)
        self._update_output_buttons()
        self._say(text)

        def run() -> tuple[Any, Exception | None]:
            try:
                return job(), None
            except Exception as exc:  # said in the dialog, in plain words
                return None, exc

        self._out_worker.run(run)

    def _output_finished(self, result: tuple[Any, Exception | None]) -> None:
        value, exc = result
        del result
        assert self._then is not None  # set when the output was started
        (then, problem), self._then = self._then, None
        self._outputting = False
        self._update_output_buttons()
        if exc is None:
            ok = then(value)
        else:
            ok = False
            if isinstance(exc, SafetyWorkerError):
                why = _problem(exc)
            elif isinstance(exc, OSError):
                why = self.tr("the file could not be written ({why}).").format(why=exc.strerror or exc)
            else:
                why = self.tr("something went wrong")
            self._say(problem.format(problem=why), True)
        self.output_done.emit(ok)

    def _update_output_buttons(self) -> None:
        ready = self.page_count() > 0 and not self._outputting
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)

    def confirm_save(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save a copy as a file?"),
            self.tr(
                "A saved file can be found and opened by someone else using this computer or the stick it is "
                "saved on.\n\nSave it only to an encrypted USB stick, or delete it as soon as it is printed."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        try:
            box.exec()
            return shiboken6.isValid(box) and box.clickedButton() is go
        finally:
            dispose(box)

    def choose_file(self) -> Path | None:
        return choose_save_path(
            self, self.tr("Save the plan as a PDF"), self.tr("PDF files (*.pdf)"), "pdf", self.tr("notes.pdf")
        )

    # -- messages and closing --------------------------------------------------------------------------------
    def _say(self, text: str, problem: bool = False) -> None:
        look.say(self.ui.messageLabel, text, problem)

    def forget(self) -> None:
        """Drop the document shown (the dialog is closing, or the app is locking)."""
        if shiboken6.isValid(self):
            self._show(None)
            self._show_if_found("")

    def done(self, result: int) -> None:
        super().done(result)
        self.forget()


def _problem(exc: SafetyWorkerError) -> str:
    return str(getattr(exc, "problem", exc))
