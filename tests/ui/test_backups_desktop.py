"""Backups in the desktop: Back up now (the window says so at once, the work is off the GUI thread), the
settings in the Settings dialog, the scheduled backup, and the last backup's date in the status bar (amber after
a week)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from safetyworker.store import backup
from safetyworker.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_app_and_lock import start, unlock


def backups_in(folder):
    return sorted(p.name for p in folder.iterdir() if backup.NAME_PATTERN.fullmatch(p.name))


def close_boxes(qtbot):
    from PySide6.QtWidgets import QApplication

    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()


def test_back_up_now_asks_for_a_folder_once_and_says_so_at_once(qtbot, demo_store_dir, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    actions = window.backups
    assert actions.status.text() == "No backup yet" and actions.warn
    asked = []
    actions.ask_folder = lambda: asked.append(1) or folder
    window.ui.actionBackupNow.trigger()
    assert actions.busy and window.job.running, "the window says a backup is running from the first moment"
    assert "Backing up" in window.job.text()
    assert not window.ui.actionBackupNow.isEnabled()
    qtbot.waitUntil(lambda: not actions.busy, timeout=20_000)
    assert len(backups_in(folder)) == 1
    assert "written and checked" in actions.last_message
    today = datetime.now(UTC).astimezone().strftime("%d/%m/%Y")
    assert actions.status.text() == f"Last backup: {today}" and not actions.warn
    close_boxes(qtbot)

    window.ui.actionBackupNow.trigger()  # the folder is remembered: not asked again
    qtbot.waitUntil(lambda: not actions.busy, timeout=20_000)
    assert asked == [1]
    assert backup.verify(folder / backups_in(folder)[-1], PASSPHRASE).store_id == controller.session.store_id
    close_boxes(qtbot)
    controller.shutdown()


def test_locking_waits_for_a_running_backup(qtbot, demo_store_dir, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    controller = start(qtbot, demo_store_dir)
    controller.window.backups.back_up_now(folder)
    controller.lock()
    assert controller.window is not None, "the backup finishes first"
    qtbot.waitUntil(lambda: controller.window is None, timeout=20_000)
    assert len(backups_in(folder)) == 1
    unlock(qtbot, controller)
    controller.shutdown()


def test_a_folder_inside_the_store_is_refused_plainly(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    actions = controller.window.backups
    actions.ask_folder = lambda: demo_store_dir
    actions.back_up_now()
    assert not actions.busy and "store folder" in actions.last_message
    assert controller.session.backups.folder() is None
    close_boxes(qtbot)
    controller.shutdown()


def test_settings_choose_the_folder_schedule_and_how_many(qtbot, session, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    dialog = SettingsDialog(None, session.folder, session.backups)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    assert dialog.ui.backupFolder.text() == "" and dialog.ui.backupFolder.placeholderText() == "No folder chosen"
    dialog.ask_folder = lambda: folder
    qtbot.mouseClick(dialog.ui.backupFolderButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.backupFolder.text() == str(folder)
    dialog.ui.backupSchedule.setCurrentIndex(dialog.ui.backupSchedule.findData("daily"))
    dialog.ui.backupKeep.setValue(3)
    dialog.accept()
    assert session.backups.settings()["backup-folder"] == str(folder)
    assert session.backups.schedule() == "daily" and session.backups.keep() == 3
    assert session.backups.due()


def test_the_schedule_makes_a_backup_when_one_is_due(qtbot, demo_store_dir, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    controller = start(qtbot, demo_store_dir)
    actions = controller.window.backups
    assert actions.scheduled_check, "the schedule is checked while unlocked"
    actions.run_if_due()
    assert not actions.busy, "no schedule chosen: nothing happens"
    backups = controller.session.backups
    backups.set_folder(folder)
    backups.set_schedule("weekly")
    actions.check_now()  # the scheduler runs its check now, from the Qt event loop
    qtbot.waitUntil(lambda: len(backups_in(folder)) == 1 and not actions.busy, timeout=20_000)
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in controller.window.findChildren(QMessageBox))
    qtbot.wait(100)
    assert len(backups_in(folder)) == 1 and not actions.busy, "the last backup is recent: not due yet"
    controller.lock()
    assert not actions.scheduled_check, "nothing is scheduled while locked"
    controller.shutdown()


def test_the_status_is_amber_after_seven_days(qtbot, demo_store_dir, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    controller = start(qtbot, demo_store_dir)
    actions = controller.window.backups
    controller.session.backups.back_up(folder)
    actions.refresh()
    assert not actions.warn and actions.status.property("role") == ""
    actions.refresh(now=datetime.now(UTC) + timedelta(days=8))
    assert actions.warn and actions.status.property("role") == "warning"
    controller.shutdown()
