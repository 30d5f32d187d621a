"""The app's look and language: stylesheet, icon, font, translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from safetyworker.resources import resource
from safetyworker.ui.icons import icon


def apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
    locale = QLocale.system()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("safetyworker", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def repolish(root: QWidget) -> None:
    """Apply the stylesheet again below ``root``: needed where a form sets a styling property (``role``) after
    Qt already styled the widget, as uic does for widgets inside a QStackedWidget."""
    for widget in [root, *root.findChildren(QWidget)]:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
