"""Style rule: dialogs remember their size (ui/remembered_dialog.py), cut to the screen when a size remembered
on a big monitor would not fit. These five did not: the office's words check, changing or recovering the
passphrase, the CSV import and the MARAC referral. The referral holds a draft: a lock that closes it typed into
says what was lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from safetyworker.services.session import Session
from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
from safetyworker.ui.confirm_words_dialog import ConfirmWordsDialog
from safetyworker.ui.csv_import_dialog import CsvImportDialog
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.remembered_dialog import SCREEN_MARGIN, drafts_open
from safetyworker.ui.risk_referral import ReferralDialog
from tests.ui.test_sync_desktop import Stores

NAMES = ["ConfirmWordsDialog", "ChangePassphraseDialog", "RecoveryDialog", "CsvImportDialog", "ReferralDialog"]


@pytest.fixture
def makers(session, demo_store_dir, tmp_path) -> Callable[[str], QDialog]:
    stores = Stores(tmp_path / "sync", confirm=False)
    office = Session(stores.office)
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    made = {
        "ConfirmWordsDialog": lambda: ConfirmWordsDialog(office, stores.worker_id, "Sam"),
        "ChangePassphraseDialog": lambda: ChangePassphraseDialog(demo_store_dir),
        "RecoveryDialog": lambda: RecoveryDialog(demo_store_dir),
        "CsvImportDialog": lambda: CsvImportDialog(session),
        "ReferralDialog": lambda: ReferralDialog(session, ffion),
    }
    yield lambda name: made[name]()
    stores.close()


@pytest.mark.parametrize("name", NAMES)
def test_the_size_is_remembered_across_opening_twice(qtbot, makers, name):
    first = makers(name)
    qtbot.addWidget(first)
    first.show()
    least = first.minimumSizeHint().expandedTo(first.minimumSize())
    room = first.screen().availableGeometry()
    size = (min(least.width() + 57, room.width()), min(least.height() + 31, room.height() - SCREEN_MARGIN))
    assert size != (first.width(), first.height())
    first.resize(*size)
    first.reject()  # closed by the worker: remembered
    again = makers(name)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size


@pytest.mark.parametrize("name", NAMES)
def test_a_size_remembered_on_a_big_screen_is_cut_to_the_screen(qtbot, makers, name):
    big = makers(name)
    qtbot.addWidget(big)
    big.show()
    big.resize(3000, 2000)
    big.done(0)
    again = makers(name)
    qtbot.addWidget(again)
    room = again.screen().availableGeometry()
    assert again.width() <= room.width()
    assert again.height() <= max(room.height() - SCREEN_MARGIN, again.minimumSizeHint().height())


def test_a_lock_over_a_referral_being_typed_says_what_was_lost(qtbot, makers):
    dialog = makers("ReferralDialog")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lost_at_lock() == "" and not drafts_open(), "nothing typed yet: nothing lost"
    qtbot.keyClicks(dialog.marac, "Northshire MARAC")
    said = dialog.lost_at_lock()
    assert "“MARAC referral” was open" in said and "was not kept" in said
    assert drafts_open() == [said], "the controller tells the worker after unlocking"
