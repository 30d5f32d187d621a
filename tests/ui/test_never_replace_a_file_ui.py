"""The desktop's own writers (Save as PDF, a bundle for the office) follow the same rule as the command line:
never inside a store folder, and a name the worker was never asked about is never replaced."""

from __future__ import annotations

import hashlib

from tests.ui.test_safety_plan import _audit, _open, _previewed, record  # noqa: F401 (fixture)
from tests.ui.test_sync_desktop import folder_dialog, open_window, run, stores  # noqa: F401 (fixtures)


def tree(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def test_save_as_pdf_never_writes_into_the_store_folder(record, session, qtbot, tmp_path, monkeypatch):  # noqa: F811
    _case_id, panel = _open(record, session, "Ffion")
    dialog = panel.preview()
    qtbot.addWidget(dialog)
    dialog.set_options("card")
    _previewed(qtbot, dialog)  # the preview (made off the GUI thread) writes its audit entry before we look
    monkeypatch.setattr(dialog, "confirm_save", lambda: True)
    folder = session.store.folder
    before = tree(folder)
    for inside in (folder / "store.db", folder / "notes.pdf"):
        monkeypatch.setattr(dialog, "choose_file", lambda inside=inside: inside)
        assert dialog.save_pdf() is False
        assert "inside the store folder" in dialog.ui.messageLabel.text()
    assert tree(folder) == before
    assert _audit(session, "plan.save_pdf") == [], "nothing was made, so nothing is audited"

    # "notes" becomes notes.pdf: the save dialog asked about "notes", never about the worker's notes.pdf
    mine = tmp_path / "notes.pdf"
    mine.write_bytes(b"my own notes")
    monkeypatch.setattr(dialog, "choose_file", lambda: tmp_path / "notes")
    assert dialog.save_pdf() is False
    assert mine.read_bytes() == b"my own notes" and "already exists" in dialog.ui.messageLabel.text()
    # the very file the dialog asked about (and the worker said yes to replacing) is replaced
    monkeypatch.setattr(dialog, "choose_file", lambda: mine)
    with qtbot.waitSignal(dialog.output_done, timeout=15_000) as done:  # written off the GUI thread
        assert dialog.save_pdf() is True
    assert done.args == [True] and mine.read_bytes().startswith(b"%PDF")
    dialog.reject()


def test_a_bundle_is_never_saved_into_the_store_folder(qtbot, monkeypatch, stores, open_window):  # noqa: F811
    laptop = open_window(stores.laptop)
    before = sorted(p.name for p in stores.laptop.folder.rglob("*"))
    for folder in (stores.laptop.folder, stores.office.folder):
        folder_dialog(monkeypatch, folder)
        said = run(qtbot, laptop, laptop.ui.actionExportOffice.trigger)
        assert "inside the store folder" in said
    assert sorted(p.name for p in stores.laptop.folder.rglob("*")) == before, "the open store's own files only"
    assert not list(stores.office.folder.glob("sync-*"))
