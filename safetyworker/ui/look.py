"""The app's look and language: stylesheet, icon, font, translations."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from safetyworker import i18n
from safetyworker.resources import resource
from safetyworker.ui import prefs
from safetyworker.ui.icons import icon

_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def stylesheet(scale: float = 1.0) -> str:
    """The app's stylesheet with every font size multiplied by ``scale`` (Settings: text size). Every size the
    app shows is in the stylesheet in points, so scaling them there enlarges the whole app at once, titles and
    tables included, and keeps their proportions."""
    text = style_sheet()
    if scale == 1.0:
        return text
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)


def apply_text_size(app: QApplication) -> None:
    """The text size chosen in Settings (QSettings, remembered on this laptop), applied to every window."""
    app.setStyleSheet(stylesheet(prefs.TEXT_SIZES[prefs.text_size()]))


def apply_look(app: QApplication) -> None:
    if app.style().name().lower() != "fusion":
        # Only once: setting a style deletes the old one, and Qt then crashes restyling any widget that still
        # holds a style sheet built on it (seen when the look was applied again while windows were open).
        app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    apply_text_size(app)
    install_language(app, prefs.language())


def install_language(app: QCoreApplication, code: str) -> str:
    """Speak ``code`` (en, cy) from now on: Qt's own strings, the app's catalogue (the English one holds the
    plural forms of the English text) and the core's messages (safetyworker.i18n, the same catalogue).
    Windows already open keep their text: the app applies a changed choice at its next start."""
    lang = i18n.set_language(code)
    for old in getattr(app, "_sw_translators", []):
        app.removeTranslator(old)
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("safetyworker", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._sw_translators = installed  # type: ignore[attr-defined]  # a Python attribute: the next change removes them
    QLocale.setDefault(QLocale(QLocale.Language.Welsh if lang == "cy" else QLocale.Language.English))
    return lang


_CATALOGUES: dict[str, QTranslator | None] = {}


def translate_in(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in ``lang`` from the app's catalogue, whatever language the app itself speaks: for the one
    view that speaks the person's language rather than the worker's (Show to the person). Qt has no translator
    per widget, and installing one on the app would retranslate every window, so the catalogue is read here."""
    if lang not in _CATALOGUES:
        loaded = QTranslator()
        _CATALOGUES[lang] = loaded if loaded.load(f"safetyworker_{lang}", str(resource("translations"))) else None
    translator = _CATALOGUES[lang]
    text = translator.translate(context, source, disambiguation, n) if translator is not None else ""
    text = text or source  # English is the source text (its catalogue holds only plural forms)
    return text.replace("%n", str(n)) if n >= 0 else text


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


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window taller (never wider, never smaller) when a message that just appeared or grew
    would otherwise be squashed or clipped: a Caps Lock warning, a strength hint, the keyring's choices."""
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = max(layout.totalHeightForWidth(window.width()), layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)
