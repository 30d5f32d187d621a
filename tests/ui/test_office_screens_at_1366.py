"""The office's screens a reviewer found wanting at 1366x700 (an office store, two enrolled laptops): each test
here failed before its fix. Screenshots go to /tmp/office-screens-*.png to be looked at."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from safetyworker.store import audit
from tests.ui.test_office_review_by_use import WIDTH, HEIGHT, looked, office_window, settle, world  # noqa: F401

LONG_DETAIL = "safetyworker-backup-2026-12-07T06-40-00Z-Northshire-office-for-the-safe.swbackup"


def shot(widget, name: str) -> None:
    widget.grab().save(f"/tmp/office-screens-{name}.png")


def test_the_audit_view_fits_1366_and_shows_the_chosen_event_whole(qtbot, world, office_window):
    """The table scrolled sideways and cut the Details column; "What" was cut to "Today's cal…"; office events
    showed raw codes ("office.hold")."""
    from safetyworker.ui.audit_dialog import AuditDialog
    from safetyworker.ui.audit_model import DETAIL, RECORD, WHAT

    with world.office.transaction():
        audit.record(world.office, audit.BACKUP_WRITE, detail=LONG_DETAIL)
    dialog = AuditDialog(office_window.session, office_window)
    qtbot.addWidget(dialog)
    dialog.resize(WIDTH, HEIGHT)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    shot(dialog, "audit")
    table = dialog.ui.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), "the table scrolls sideways"
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    whats = [dialog.proxy.index(r, WHAT).data() for r in range(dialog.proxy.rowCount())]
    assert all("." not in w.split()[0] for w in whats), whats
    widest = max(metrics.horizontalAdvance(w) for w in whats)
    assert header.sectionSize(WHAT) >= widest, "the words of What are cut"
    record_id = world.worker_ids["Ash"]
    assert header.sectionSize(RECORD) >= metrics.horizontalAdvance(record_id), "a record number is cut"

    [row] = [r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, DETAIL).data() == LONG_DETAIL]
    cell = table.visualRect(dialog.proxy.index(row, WHAT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    settle(qtbot)
    shown = dialog.ui.details.text()
    assert "Backup written" in shown and LONG_DETAIL in shown and "backup.write" in shown, shown
    assert dialog.proxy.index(row, DETAIL).data(Qt.ItemDataRole.ToolTipRole) == LONG_DETAIL
    details = dialog.ui.details
    assert details.isVisible() and details.mapTo(dialog, QPoint(0, details.height())).y() <= dialog.height()
    shot(dialog, "audit-chosen")
    dialog.close()
    QApplication.processEvents()
