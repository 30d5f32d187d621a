"""The desktop's Audit view (issue 16): the model and its filter without widgets (qtmodeltester), the dialog
opened from the toolbar, filtered by record and date, saved as CSV through the one file writer, the office's
per-worker trails with a cut one marked, and nothing left on screen after a lock."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.services.session import Session
from safetyworker.store import audit
from safetyworker.sync import bundles
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.audit_model import RECORD, WHAT, AuditFilter, AuditModel
from tests.ui.test_sync_desktop import Stores, open_window, stores  # noqa: F401 (fixtures)


def events():
    base = {"actor": "DEV", "detail": "", "prev_hash": "0" * 64, "hash": "1" * 64, "trail": "", "epoch": 0}
    return [
        {
            **base,
            "seq": 1,
            "at": "2026-11-01T09:00:00Z",
            "action": "case.create",
            "meaning": "Case added",
            "target_id": "C1",
        },
        {
            **base,
            "seq": 2,
            "at": "2026-11-20T10:00:00Z",
            "action": "case.view",
            "meaning": "Case opened",
            "target_id": "C1",
        },
        {
            **base,
            "seq": 3,
            "at": "2026-12-01T11:00:00Z",
            "action": "caseload.list",
            "meaning": "Caseload listed",
            "target_id": "",
            "detail": "2",
        },
    ]


def make():
    model = AuditModel("Europe/London")
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    model.set_events(events())
    return model, proxy


def shown(proxy, column=WHAT):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_the_model_passes_qtmodeltester(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(model, force_py=True)
    proxy.set_record("c1")
    model.set_events(events()[:1])
    model.clear()


def test_the_filter_passes_qtmodeltester(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_record("c1")
    proxy.set_since("2026-11-15")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    model.clear()


def test_the_filter_by_record_and_date():
    _model, proxy = make()
    proxy.sort(0)
    assert shown(proxy) == ["Case added", "Case opened", "Caseload listed"]
    proxy.set_record("c1")
    assert shown(proxy) == ["Case added", "Case opened"]
    proxy.set_since("2026-11-15")
    assert shown(proxy) == ["Case opened"]
    proxy.set_record("")
    assert shown(proxy) == ["Case opened", "Caseload listed"]
    proxy.set_since(None)
    assert shown(proxy, RECORD) == ["C1", "C1", ""]


def test_opened_from_the_toolbar_filtered_and_saved_as_csv(qtbot, monkeypatch, stores, open_window, tmp_path):  # noqa: F811
    window = open_window(stores.laptop)
    seen = []

    def look():
        dialog = window.audit_dialog
        assert dialog is not None and dialog.isVisible()
        seen.append((dialog.ui.verdict.text(), dialog.model.rowCount(), dialog.ui.trail.isVisible()))
        dialog.ui.caseFilter.setText(stores.jo)
        seen.append(sorted({dialog.proxy.index(r, RECORD).data() for r in range(dialog.proxy.rowCount())}))
        dialog.ui.since.setText("31/02/2026")
        seen.append(dialog.ui.since.property("invalid"))
        dialog.ui.since.clear()
        monkeypatch.setattr(
            "safetyworker.ui.audit_dialog.choose_save_path",
            lambda *a, **k: tmp_path / "trail.csv",
        )
        qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
        seen.append(dialog.ui.shown.text())
        qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    window.ui.actionAudit.trigger()
    verdict, rows, trail_shown = seen[0]
    assert verdict.startswith("Intact") and rows > 3 and trail_shown is False
    assert seen[1] == [stores.jo]
    assert seen[2] is True
    assert "Saved" in seen[3] and "trail.csv" in seen[3]
    rows = list(csv.DictReader((tmp_path / "trail.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["target_id"] for r in rows} == {stores.jo}
    assert "Jo Testcase" not in (tmp_path / "trail.csv").read_text(encoding="utf-8-sig")
    assert window.audit_dialog is None
    assert ("audit.export", "", str(len(rows))) in [
        (e.action, e.target_id, e.detail) for e in audit.events(stores.laptop)
    ]


def test_the_office_sees_each_workers_trail_and_a_cut_one_is_marked(qtbot, stores):  # noqa: F811
    bundles.import_bundle(stores.office, stores.laptop_bundle("1.age"))
    stores.laptop.db.execute("DROP TRIGGER audit_no_delete")
    stores.laptop.db.execute("DELETE FROM audit_event WHERE seq > 2")
    stores.laptop.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_count', '2')")
    result = bundles.import_bundle(stores.office, stores.laptop_bundle("2.age"))
    assert result.audit_problem
    dialog = AuditDialog(Session(stores.office))
    qtbot.addWidget(dialog)
    assert dialog.ui.trail.isVisible() or dialog.ui.trail.count() == 2
    assert [dialog.ui.trail.itemData(i) for i in range(dialog.ui.trail.count())] == ["", stores.worker_id]
    assert "⚠" in dialog.ui.trail.itemText(1)
    dialog.ui.trail.setCurrentIndex(1)
    assert dialog.model.rowCount() > 0
    # whole sentences (issue 17), not "NOT intact, its audit trail was cut: ..." glued from pieces
    verdict = dialog.ui.verdict.text()
    assert verdict.startswith("NOT intact. The laptop's audit trail ") and verdict.endswith(
        ". Keep a copy (Save as CSV) and report it."
    ), verdict
    dialog.forget()
    assert dialog.model.rowCount() == 0 and dialog.ui.verdict.text() == ""


def test_the_office_sees_the_workers_name_for_an_event_about_a_worker(qtbot, stores):  # noqa: F811
    """office.enrol, office.confirm: the Record column names Sam; the details pane keeps the whole id."""
    dialog = AuditDialog(Session(stores.office))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {dialog.proxy.index(r, WHAT).data(): dialog.proxy.index(r, RECORD) for r in range(dialog.proxy.rowCount())}
    for what in ("Worker enrolled", "Laptop's words confirmed"):
        assert rows[what].data() == "Sam", what
        assert rows[what].data(Qt.ItemDataRole.ToolTipRole) == stores.worker_id
    dialog.ui.table.setCurrentIndex(rows["Worker enrolled"])
    assert f"Worker: Sam (record {stores.worker_id})" in dialog.ui.details.text()
    qtbot.keyClicks(dialog.ui.caseFilter, "sam")
    assert {dialog.proxy.index(r, WHAT).data() for r in range(dialog.proxy.rowCount())} == {
        "Worker enrolled",
        "Laptop's words confirmed",
    }
    dialog.forget()


def test_a_lock_closes_the_audit_view(qtbot, stores, open_window):  # noqa: F811
    window = open_window(stores.laptop)
    closed = []

    def lock_now():
        dialog = window.audit_dialog
        window.discard()
        closed.append(dialog.model.rowCount())
        QApplication.processEvents()

    QTimer.singleShot(0, lock_now)
    window.ui.actionAudit.trigger()
    assert closed == [0] and window.audit_dialog is None


def test_the_headings_speak_welsh_when_it_is_chosen(qapp):
    """The headings came from a context lupdate never fills ("AuditModel"): they stayed English."""
    from safetyworker.ui.look import install_language

    install_language(qapp, "cy")
    try:
        model, _proxy = make()
        heading = model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert heading not in ("Detail", None)
    finally:
        install_language(qapp, "en")
