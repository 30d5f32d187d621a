"""The call card: what to have in front of you before ringing a case (``CallService.card``)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from safetyworker.protocol.call_safety import describe_moment
from safetyworker.services.session import Session
from safetyworker.ui.forms.ui_call_card_dialog import Ui_CallCardDialog
from safetyworker.ui.remembered_dialog import RememberedDialog


class CallCardDialog(RememberedDialog):
    """Shows the card for ``case_id`` as it stands at ``now`` (aware; the real clock when None)."""

    def __init__(
        self, session: Session, case_id: str, parent: QWidget | None = None, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CallCardDialog()
        self.ui.setupUi(self)
        assert session.calls is not None
        self.card = session.calls.card(case_id, now or datetime.now(UTC))
        self._show(self.card)
        for chip in (self.ui.codeWord,):
            self.ui.cardLayout.setAlignment(chip, Qt.AlignmentFlag.AlignLeft)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.restore_geometry()

    def _show(self, card: dict) -> None:
        ui = self.ui
        ui.askFor.setText(self.tr("Ask for {name}").format(name=card["ask_for"]))
        ui.number.setText(card["number"] or self.tr("There is no number that is safe to call."))
        check = card["check"]
        ui.safeNow.setText(check["reason"])
        ui.safeNow.setProperty("role", "safe" if check["safe"] else "warning")
        ui.withhold.setVisible(bool(card["withhold_number"]))
        if card["voicemail_allowed"]:
            ui.voicemail.setText(self.tr("A voicemail or message may be left on this number."))
            ui.voicemail.setProperty("role", "hint")
        else:
            ui.voicemail.setText(self.tr("Do not leave a voicemail or message."))
            ui.voicemail.setProperty("role", "never")
        ui.whoElse.setText(card["who_else_may_answer"])
        ui.whoElseTitle.setVisible(bool(card["who_else_may_answer"]))
        ui.whoElse.setVisible(bool(card["who_else_may_answer"]))
        ui.ifSomeoneElse.setText(card["if_someone_else_answers"] or self.tr("Nothing agreed yet: end the call kindly."))
        ui.codeWord.setText(card["code_word"] or self.tr("None agreed yet"))
        lines = [f"{describe_moment(datetime.fromisoformat(e['at']))}  ·  {e['text']}" for e in card["recent_outcomes"]]
        ui.recent.setText("\n".join(lines) if lines else self.tr("No contacts logged yet."))
        for label in (ui.safeNow, ui.voicemail):
            label.style().unpolish(label)
            label.style().polish(label)
