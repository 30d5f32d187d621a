"""Safe times: a week grid that shows them at a glance, their wording, and the dialogs that edit them.

Windows travel as the interchange format has them: weekly ``{"days": ["mon"], "start": "10:00", "end":
"12:00"}`` (an end before the start runs past midnight) and dated ``{"start": "2026-12-24T14:00", "end":
"2026-12-24T15:00"}`` in local time: the wall clock in the store's zone, so "now" on the grid and whether a
period is over are read from the store's clock (``planner.local_now``), never the laptop's, which on a laptop set
to UTC is an hour behind the safe times drawn beside it in a London summer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from safetyworker.records.model import DAYS
from safetyworker.timetable import planner
from safetyworker.ui.forms.ui_period_dialog import Ui_PeriodDialog
from safetyworker.ui.forms.ui_safe_window_dialog import Ui_SafeWindowDialog
from safetyworker.ui.record_text import date_input, day_names, tr, when_text
from safetyworker.ui.remembered_dialog import RememberedDialog

DAY_MINUTES = 24 * 60
_STAMP = "yyyy-MM-dd'T'HH:mm"


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def crosses_midnight(window: dict) -> bool:
    return _minutes(window["end"]) < _minutes(window["start"])


def describe_days(days: list[str]) -> str:
    """Days in few words: "Mon–Fri", "Sat, Sun", "Mon, Wed, Fri", "Every day"."""
    chosen = sorted({d for d in days if d in DAYS}, key=DAYS.index)
    if len(chosen) == 7:
        return tr("Every day")
    names = day_names()
    runs: list[list[int]] = []
    for index in (DAYS.index(d) for d in chosen):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            parts.extend(names[i] for i in run)
    return ", ".join(parts)


def describe_window(window: dict) -> str:
    """A weekly window in a line: "Mon, Wed · 10:00–12:00"; one that runs past midnight says so."""
    text = f"{describe_days(window['days'])} · {window['start']}–{window['end']}"
    if crosses_midnight(window):
        text = tr("{window} (runs past midnight)").format(window=text)
    return text


def period_is_over(period: dict, now: datetime) -> bool:
    """Over by ``now``, the store's wall clock (``planner.local_now``)."""
    return datetime.fromisoformat(period["end"]) < now


def describe_period(period: dict, now: datetime) -> str:
    """A dated window: "Thu 24 Dec 2026, 14:00 to 15:00", or with both dates when it spans days."""
    start = datetime.fromisoformat(period["start"])
    end = datetime.fromisoformat(period["end"])
    if start.date() == end.date():
        text = tr("{start} to {end}").format(start=when_text(start), end=f"{end:%H:%M}")
    else:
        text = tr("{start} to {end}").format(start=when_text(start), end=when_text(end))
    if period_is_over(period, now):
        text = tr("{period} (over)").format(period=text)
    return text


# -- the week grid --------------------------------------------------------------------------------------


@dataclass
class _Block:
    rect: QRectF
    index: int
    label: str
    clipped_top: bool = False
    runs_on: bool = False


class WeekGrid(QWidget):
    """Monday to Sunday across, 07:00 to midnight down, safe times painted as calm green blocks.

    The "Night" row under each day holds what runs on after that day's midnight, until 07:00 the next
    morning (a night-shift break from 23:00 to 01:00 shows as a block to the bottom of Monday and "to 01:00"
    in Monday's night row). Today's column and the line at "now" follow the store's clock in ``timezone``,
    which the contact method editor sets from the session.
    """

    window_clicked = Signal(int)
    window_activated = Signal(int)
    # double-click on an empty spot: day index (0 = Monday) and hour
    empty_activated = Signal(int, int)

    FIRST_HOUR = 7
    LABEL_W = 46.0
    HEADER_H = 26.0
    ROW_H = 15.0
    NIGHT_GAP = 6.0
    NIGHT_H = 30.0

    SAFE_FILL = QColor("#cdeed8")
    SAFE_FILL_SELECTED = QColor("#9fdcb4")
    SAFE_EDGE = QColor("#3f8f5c")
    SAFE_TEXT = QColor("#14532d")
    GRID_LINE = QColor("#e8ebef")
    GRID_LINE_STRONG = QColor("#d3d9df")
    LABEL_TEXT = QColor("#5b6573")
    TODAY = QColor("#0f766e")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._windows: list[dict] = []
        self._selected = -1
        self.timezone = "Europe/London"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Safe times each week, on a grid of the week"))

    # -- data --------------------------------------------------------------------------------------------
    def set_windows(self, windows: list[dict]) -> None:
        self._windows = [dict(w) for w in windows]
        if self._selected >= len(self._windows):
            self._selected = -1
        self.update()

    def set_selected(self, index: int) -> None:
        self._selected = index
        self.update()

    def windows(self) -> list[dict]:
        return [dict(w) for w in self._windows]

    # -- geometry ----------------------------------------------------------------------------------------
    def _hours(self) -> int:
        return 24 - self.FIRST_HOUR

    def _grid_h(self) -> float:
        return self._hours() * self.ROW_H

    def sizeHint(self) -> QSize:
        height = self.HEADER_H + self._grid_h() + self.NIGHT_GAP + self.NIGHT_H + 2
        return QSize(int(self.LABEL_W + 7 * 84), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self.LABEL_W + 7 * 56), self.sizeHint().height())

    def _col_w(self) -> float:
        return (self.width() - self.LABEL_W - 1) / 7

    def _col_x(self, day: int) -> float:
        return self.LABEL_W + day * self._col_w()

    def _y(self, minute: int) -> float:
        return self.HEADER_H + (minute - self.FIRST_HOUR * 60) / 60 * self.ROW_H

    def _night_top(self) -> float:
        return self.HEADER_H + self._grid_h() + self.NIGHT_GAP

    def _blocks(self) -> list[_Block]:
        """Where each window is painted: day blocks (07:00-24:00) and night-row blocks."""
        first = self.FIRST_HOUR * 60
        blocks: list[_Block] = []
        night: dict[int, list[tuple[int, str]]] = {}
        for index, window in enumerate(self._windows):
            start, end = _minutes(window["start"]), _minutes(window["end"])
            label = f"{window['start']}–{window['end']}"
            for day_key in window["days"]:
                if day_key not in DAYS:
                    continue
                day = DAYS.index(day_key)
                segments = [(day, start, end)] if start < end else [(day, start, DAY_MINUTES), ((day + 1) % 7, 0, end)]
                for seg_day, seg_start, seg_end in segments:
                    if seg_end > first:  # the part in the day grid
                        top = self._y(max(seg_start, first))
                        bottom = self._y(seg_end)
                        x = self._col_x(seg_day)
                        rect = QRectF(x + 3, top + 1, self._col_w() - 6, max(bottom - top - 2, 3))
                        blocks.append(
                            _Block(rect, index, label, clipped_top=seg_start < first, runs_on=seg_end == DAY_MINUTES)
                        )
                    if seg_start < first:  # the part before 07:00 belongs to the night before
                        until = _clock(min(seg_end, first))
                        text = tr("to {time}").format(time=until) if seg_start == 0 else f"{_clock(seg_start)}–{until}"
                        night.setdefault((seg_day - 1) % 7, []).append((index, text))
        top = self._night_top()
        for day, pieces in night.items():
            x = self._col_x(day)
            rect = QRectF(x + 3, top + 1, self._col_w() - 6, self.NIGHT_H - 2)
            for index, text in pieces:
                blocks.append(_Block(rect, index, text))
        return blocks

    def _block_at(self, point: QPointF) -> int:
        for block in reversed(self._blocks()):
            if block.rect.contains(point):
                return block.index
        return -1

    # -- painting ----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.82, 7.0))
        bold = QFont(base)
        bold.setBold(True)
        names = day_names()
        now = planner.local_now(self)
        today = now.weekday()
        col_w = self._col_w()
        grid_top, grid_bottom = self.HEADER_H, self.HEADER_H + self._grid_h()
        night_top = self._night_top()
        right = self.LABEL_W + 7 * col_w

        painter.fillRect(QRectF(self.LABEL_W, grid_top, 7 * col_w, self._grid_h()), QColor("#ffffff"))
        painter.fillRect(QRectF(self.LABEL_W, night_top, 7 * col_w, self.NIGHT_H), QColor("#f3f4f8"))

        # day names
        for day in range(7):
            rect = QRectF(self._col_x(day), 0, col_w, self.HEADER_H - 4)
            painter.setFont(bold if day == today else base)
            painter.setPen(self.TODAY if day == today else self.LABEL_TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, names[day])

        # hour lines and labels
        painter.setFont(small)
        for hour in range(self.FIRST_HOUR, 25):
            y = self._y(hour * 60)
            strong = hour % 3 == 0
            painter.setPen(QPen(self.GRID_LINE_STRONG if strong else self.GRID_LINE, 1))
            painter.drawLine(QPointF(self.LABEL_W, y), QPointF(right, y))
            if hour % 2 == 1 or hour == 24:
                continue
            painter.setPen(self.LABEL_TEXT)
            painter.drawText(
                QRectF(0, y - 8, self.LABEL_W - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        painter.setPen(self.LABEL_TEXT)
        painter.drawText(
            QRectF(0, grid_bottom - 8, self.LABEL_W - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "24:00",
        )
        painter.drawText(
            QRectF(0, night_top, self.LABEL_W - 6, self.NIGHT_H),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Night"),
        )
        for day in range(8):
            x = self.LABEL_W + day * col_w
            painter.setPen(QPen(self.GRID_LINE_STRONG, 1))
            painter.drawLine(QPointF(x, grid_top), QPointF(x, grid_bottom))
            painter.drawLine(QPointF(x, night_top), QPointF(x, night_top + self.NIGHT_H))
        painter.drawLine(QPointF(self.LABEL_W, night_top), QPointF(right, night_top))
        painter.drawLine(QPointF(self.LABEL_W, night_top + self.NIGHT_H), QPointF(right, night_top + self.NIGHT_H))

        # safe times
        blocks = self._blocks()
        night_texts: dict[tuple[float, float], list[tuple[int, str]]] = {}
        for block in blocks:
            if block.rect.top() >= night_top - 1:
                night_texts.setdefault((block.rect.left(), block.rect.top()), []).append((block.index, block.label))
                continue
            self._paint_block(painter, block, small)
        for (left, top), pieces in night_texts.items():
            selected = any(i == self._selected for i, _ in pieces)
            rect = QRectF(left, top, col_w - 6, self.NIGHT_H - 2)
            text = ", ".join(dict.fromkeys(label for _, label in pieces))
            self._paint_block(painter, _Block(rect, pieces[0][0], text), small, selected)

        # now, on today's column
        minute = now.hour * 60 + now.minute
        if minute >= self.FIRST_HOUR * 60:
            y = self._y(minute)
            x = self._col_x(today)
            painter.setPen(QPen(self.TODAY, 2))
            painter.drawLine(QPointF(x + 1, y), QPointF(x + col_w - 1, y))
            painter.setBrush(self.TODAY)
            painter.drawEllipse(QPointF(x + 2, y), 3, 3)

        if not self._windows:
            painter.setFont(base)
            painter.setPen(self.LABEL_TEXT)
            painter.drawText(
                QRectF(self.LABEL_W, grid_top, 7 * col_w, self._grid_h()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No safe times yet.\nAdd the times they chose below."),
            )
        painter.end()

    def _paint_block(self, painter: QPainter, block: _Block, font: QFont, selected: bool | None = None) -> None:
        if selected is None:
            selected = block.index == self._selected
        painter.setPen(QPen(self.SAFE_EDGE, 2 if selected else 1))
        painter.setBrush(self.SAFE_FILL_SELECTED if selected else self.SAFE_FILL)
        painter.drawRoundedRect(block.rect, 4, 4)
        painter.setFont(font)
        painter.setPen(self.SAFE_TEXT)
        metrics = QFontMetrics(font)
        inner = block.rect.adjusted(3, 1, -3, -1)
        label = block.label
        one_line = metrics.horizontalAdvance(label) <= inner.width()
        two_lines = inner.height() >= metrics.height() * 2
        if not one_line and "–" in label:
            start, end = label.split("–", 1)
            label = f"{start}–\n{end}" if two_lines else f"{start}–"  # narrow column: two lines, or the start
        if inner.height() >= metrics.height() - 2:
            lines = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, int(inner.width())) for t in label.split("\n")]
            vertical = Qt.AlignmentFlag.AlignVCenter if not two_lines else Qt.AlignmentFlag.AlignTop
            painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | vertical, "\n".join(lines))
        if not two_lines:
            return
        # small arrows where a block carries on past the visible hours
        painter.setBrush(self.SAFE_EDGE)
        painter.setPen(Qt.PenStyle.NoPen)
        cx = block.rect.center().x()
        if block.runs_on:
            y = block.rect.bottom() - 2
            painter.drawPolygon([QPointF(cx - 4, y - 4), QPointF(cx + 4, y - 4), QPointF(cx, y)])
        if block.clipped_top:
            y = block.rect.top() + 2
            painter.drawPolygon([QPointF(cx - 4, y + 4), QPointF(cx + 4, y + 4), QPointF(cx, y)])

    # -- mouse -------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._block_at(event.position())
        if index >= 0:
            self.window_clicked.emit(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        index = self._block_at(point)
        if index >= 0:
            self.window_activated.emit(index)
            return
        if point.x() > self.LABEL_W and self.HEADER_H <= point.y() < self.HEADER_H + self._grid_h():
            day = int((point.x() - self.LABEL_W) // self._col_w())
            hour = self.FIRST_HOUR + int((point.y() - self.HEADER_H) // self.ROW_H)
            if 0 <= day < 7:
                self.empty_activated.emit(day, min(hour, 23))


# -- dialogs ----------------------------------------------------------------------------------------------


class SafeWindowDialog(RememberedDialog):
    """Days and a time of day. The same start and end is refused (it would be no time at all, or all day)."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None = None, window: dict | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SafeWindowDialog()
        self.ui.setupUi(self)
        self._boxes: dict[str, QCheckBox] = {
            "mon": self.ui.dayMon,
            "tue": self.ui.dayTue,
            "wed": self.ui.dayWed,
            "thu": self.ui.dayThu,
            "fri": self.ui.dayFri,
            "sat": self.ui.daySat,
            "sun": self.ui.daySun,
        }
        self.ui.weekdaysButton.clicked.connect(lambda: self._choose(DAYS[:5]))
        self.ui.everyDayButton.clicked.connect(lambda: self._choose(DAYS))
        self.ui.noDaysButton.clicked.connect(lambda: self._choose(()))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.startTime.timeChanged.connect(self._times_changed)
        self.ui.endTime.timeChanged.connect(self._times_changed)
        for box in self._boxes.values():
            box.toggled.connect(lambda _on: self._show_error(""))
        self._show_error("")
        if window:
            self.set_window(window)
        self._times_changed()
        self.restore_geometry()

    def _choose(self, days) -> None:
        for key, box in self._boxes.items():
            box.setChecked(key in days)

    def set_window(self, window: dict) -> None:
        self._choose(window.get("days", ()))
        self.ui.startTime.setTime(QTime.fromString(window["start"], "HH:mm"))
        self.ui.endTime.setTime(QTime.fromString(window["end"], "HH:mm"))

    def safe_window(self) -> dict:
        return {
            "days": [key for key, box in self._boxes.items() if box.isChecked()],
            "start": self.ui.startTime.time().toString("HH:mm"),
            "end": self.ui.endTime.time().toString("HH:mm"),
        }

    def _times_changed(self) -> None:
        self._show_error("")
        self.ui.overnightLabel.setVisible(self.ui.endTime.time() < self.ui.startTime.time())

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def accept(self) -> None:
        window = self.safe_window()
        if not window["days"]:
            self._show_error(self.tr("Choose at least one day."))
            return
        if window["start"] == window["end"]:
            self._show_error(
                self.tr("The start and the end must be different times. A safe time needs a clear beginning and end.")
            )
            self.ui.endTime.setFocus()
            return
        super().accept()


class PeriodDialog(RememberedDialog):
    """A stretch of local time: a one-off safe time, or a time when nobody may call."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(
        self,
        parent: QWidget | None,
        intro: str,
        title: str,
        period: dict | None = None,
        timezone: str = "Europe/London",
    ) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.ui = Ui_PeriodDialog()
        self.ui.setupUi(self)
        date_input(self.ui.start, self.ui.end)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if period:
            self.ui.start.setDateTime(QDateTime.fromString(period["start"][:16], _STAMP))
            self.ui.end.setDateTime(QDateTime.fromString(period["end"][:16], _STAMP))
        else:
            # from the next whole hour on the store's clock (a UTC laptop's is an hour behind in summer)
            hour = (planner.local_now(self) + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
            start = QDateTime.fromString(hour.strftime("%Y-%m-%dT%H:%M"), _STAMP)
            self.ui.start.setDateTime(start)
            self.ui.end.setDateTime(start.addSecs(3600))
        self.ui.start.dateTimeChanged.connect(lambda _dt: self._show_error(""))
        self.ui.end.dateTimeChanged.connect(lambda _dt: self._show_error(""))
        self._show_error("")
        self.restore_geometry()

    def period(self) -> dict:
        return {
            "start": self.ui.start.dateTime().toString(_STAMP),
            "end": self.ui.end.dateTime().toString(_STAMP),
        }

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def accept(self) -> None:
        period = self.period()
        if period["end"] <= period["start"]:
            self._show_error(self.tr("The end must be after the start."))
            self.ui.end.setFocus()
            return
        super().accept()
