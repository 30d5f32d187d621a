"""Everything that should lock the app: idle time, the system going to sleep, the screen locking.

Qt itself only tells us when the application is suspended; on Linux the login manager and the screen saver
announce sleep and screen lock over D-Bus. Where neither is available, a jump of the wall clock against the
monotonic clock (which stops while the laptop sleeps) still shows that it slept.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
SLEEP_JUMP_SECONDS = 60


def _app() -> QGuiApplication:
    """The running application (the triggers are made only once it exists)."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


class LockTriggers(QObject):
    lock_now = Signal(str)  # why: "idle", "sleep", "screen", "suspended"

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self.lock_now.emit("idle"))
        self.set_idle_minutes(idle_minutes)
        self._clock = QTimer(self)
        self._clock.setInterval(10_000)
        self._clock.timeout.connect(self._check_clock)
        self._wall, self._mono = time.time(), time.monotonic()
        self._active = False
        _app().applicationStateChanged.connect(self._on_state)
        self._connect_dbus()

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_interval_ms(max(1, minutes) * 60_000)

    def set_idle_interval_ms(self, interval: int) -> None:
        self._idle.setInterval(interval)
        if self._idle.isActive():
            self._idle.start()

    def start(self) -> None:
        self._active = True
        _app().installEventFilter(self)
        self._idle.start()
        self._wall, self._mono = time.time(), time.monotonic()
        self._clock.start()

    def stop(self) -> None:
        self._active = False
        _app().removeEventFilter(self)
        self._idle.stop()
        self._clock.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._idle.start()
        return False

    def _check_clock(self) -> None:
        wall, mono = time.time(), time.monotonic()
        slept = (wall - self._wall) - (mono - self._mono)
        self._wall, self._mono = wall, mono
        if self._active and slept > SLEEP_JUMP_SECONDS:
            self.lock_now.emit("sleep")

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if self._active and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit("suspended")

    # -- D-Bus (Linux) -------------------------------------------------------------------------------
    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected():
            system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                "_prepare_for_sleep(bool)",  # type: ignore[call-overload]  # PySide6 takes the slot as str; its stubs say bytes
            )
        if session.isConnected():
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                session.connect(service, path, service, "ActiveChanged", self, "_screen_saver(bool)")  # type: ignore[call-overload]  # as above

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going and self._active:
            self.lock_now.emit("sleep")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active and self._active:
            self.lock_now.emit("screen")
