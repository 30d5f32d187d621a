"""The app's look and language: stylesheet, icon, font, translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from safetyworker.resources import resource
from safetyworker.ui.icons import icon


def apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(style_sheet())
    locale = QLocale.system()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("safetyworker", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def style_sheet() -> str:
    """The style sheet, with its arrow images found where the icons are (a checkout, a wheel or a frozen build)."""
    return resource("style.qss").read_text(encoding="utf-8").replace("@ICONS@", resource("icons").as_posix())


def repolish(root: QWidget) -> None:
    """Apply the stylesheet again below ``root``: needed where a form sets a styling property (``role``) after
    Qt already styled the widget, as uic does for widgets inside a QStackedWidget."""
    for widget in [root, *root.findChildren(QWidget)]:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a stylesheet role (error, hint, warning…) after it was shown, and restyle it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def say(label: QLabel, text: str, problem: bool = False) -> None:
    """A one-line message under a form: a hint, or an error; hidden when there is nothing to say."""
    label.setText(text)
    set_role(label, "error" if problem else "hint")
    label.setVisible(bool(text))
