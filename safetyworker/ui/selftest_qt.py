"""The desktop's part of ``--self-test``: the Qt pieces a frozen build loads at run time.

The core steps (stores, plans, PDFs, bundles) are in ``safetyworker.selftest``; these add what only the desktop
uses: the platform and image plugins, the compiled forms and icons (by building the real windows on the
self-test's laptop store), APScheduler's triggers (through the real reminders), QtPdf reading a plan from
memory, and QPrinter printing it. Runs offscreen unless told otherwise: nothing is shown.

Nothing here writes the worker's preferences: windows are built and destroyed without being closed (closing
is what saves their size), and on Linux Qt's settings are pointed at the temporary folder as well.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from safetyworker import selftest
from safetyworker.selftest import Context, Step, expect

# The platform plugin each system needs to show windows, besides "offscreen" (which the self-test uses).
NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}


def _plugin_present(folder: Path, name: str) -> bool:
    return any(p.stem in (name, f"lib{name}", f"q{name}", f"libq{name}") for p in folder.glob("*") if p.is_file())


def check_plugins(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QSettings
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from safetyworker.ui.icons import icon

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.root / "settings"))
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = NATIVE_PLATFORM.get(sys.platform, "xcb")
    wanted = {"platforms": ["offscreen", native], "iconengines": ["svgicon"], "imageformats": ["svg"]}
    if sys.platform.startswith("linux"):
        wanted["printsupport"] = ["cupsprintersupport"]
    missing = [
        f"{kind}/{name}"
        for kind, names in wanted.items()
        for name in names
        if not _plugin_present(plugins / kind, name)
    ]
    expect(not missing, f"Qt plugins missing from {plugins}: {', '.join(missing)}")
    # An SVG icon drawn into an image: the SVG plugins and the QtSvg library really load.
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    icon("app").paint(painter, 0, 0, 32, 32)
    painter.end()
    expect(any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32)), "the SVG icons do not draw")
    return f"platform {QGuiApplication.platformName()}; {native}, svg and print plugins present"


def check_windows(ctx: Context) -> str:
    """The real main window, lock triggers, reminders and unlock dialog on the laptop store, then torn down."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from safetyworker.services.door import open_session
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.lock_triggers import LockTriggers
    from safetyworker.ui.look import apply_look
    from safetyworker.ui.main_window import MainWindow
    from safetyworker.ui.reminders import Reminders
    from safetyworker.ui.unlock_dialog import UnlockDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The app's look, as at start-up; put back afterwards for a caller that goes on (the test suite).
    sheet, style = app.styleSheet(), app.style().name()
    apply_look(app)
    expect(bool(app.styleSheet()), "the stylesheet did not load")
    session = open_session(ctx.laptop_dir, ctx.passphrase)
    bridge = CoreBridge(session.events)
    window = MainWindow(session, bridge)
    triggers, reminders = LockTriggers(5), Reminders()
    try:
        cases = window.model.rowCount()
        expect(cases == 2, f"the caseload shows {cases} cases, not 2")
        triggers.start()
        reminders.start(session)
        jobs = reminders.job_count()
        expect(jobs >= 1, "the reminders scheduler has no jobs")
    finally:
        reminders.stop()
        triggers.stop()
        window.discard()
        window.deleteLater()
        bridge.detach()
        session.lock()
        app.setStyleSheet(sheet)
        app.setStyle(style)
    unlock = UnlockDialog(ctx.laptop_dir)
    unlock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return f"{cases} cases shown, {jobs} reminder jobs"


def check_preview(ctx: Context) -> str:
    from safetyworker.ui.plan_print import PdfInMemory

    pdf = PdfInMemory(ctx.pdfs["worker"])
    try:
        expect(pdf.ready, f"QtPdf could not read the plan ({pdf.document.status().name})")
        pages = pdf.page_count()
        expect(pages >= 1, "the plan has no pages")
        size = pdf.document.pagePointSize(0).toSize()
        image = pdf.document.render(0, size)
        expect(not image.isNull(), "QtPdf did not draw the first page")
    finally:
        pdf.close()
        pdf.deleteLater()
    return f"{pages} pages"


def check_print(ctx: Context) -> str:
    """QPrinter painting the card, as the print button does; printed to a PDF file in the temp folder, since a
    self-test must not send paper to a real printer."""
    from PySide6.QtPrintSupport import QPrinter

    from safetyworker.ui.plan_print import PdfInMemory, paint_pages

    target = ctx.root / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    pdf = PdfInMemory(ctx.pdfs["card"])
    try:
        pages = paint_pages(pdf, printer)
    finally:
        pdf.close()
        pdf.deleteLater()
    expect(pages >= 1, "nothing was printed")
    expect(target.read_bytes().startswith(b"%PDF"), "the printer wrote no PDF")
    return f"{pages} page, {printer.resolution()} dpi"


QT_STEPS: tuple[Step, ...] = (
    Step("qt-plugins", "Qt plugins and SVG icons", check_plugins),
    Step("qt-windows", "desktop windows, reminders and lock triggers", check_windows, ("lock", "qt-plugins")),
    Step("qt-preview", "preview a plan (QtPdf)", check_preview, ("pdf-worker",)),
    Step("qt-print", "print a plan (QPrinter)", check_print, ("pdf-card", "qt-preview")),
)


def _attach_console() -> None:
    """A windowed Windows build has no standard output: borrow the console it was started from, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - kept for the process's life
        sys.stderr = sys.stdout


def run_self_test(fast_kdf: bool = False) -> int:
    """``safetyworker-desktop --self-test``: every step, one line each; 0 when all passed."""
    _attach_console()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Safety Worker self-test")
        app.setOrganizationName("SafetyWorker")
    report = selftest.run(QT_STEPS, fast_kdf=fast_kdf)
    return report.exit_code
