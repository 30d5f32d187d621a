"""The Reports view at 1366x700 for the README: an office with two workers' bundles (support given, contacts).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_reports.py docs/screenshots"""

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.services.support import SupportService
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.ui.look import apply_look
from safetyworker.ui.reports_dialog import ReportsDialog

keyring.set_keyring(fail.Keyring())
# the app's defaults, never a developer's own preferences (see tools/screenshots.py)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sw-shots-config-")
app = QApplication([])
apply_look(app)
out = Path(sys.argv[1])
out.mkdir(exist_ok=True)
root = Path(tempfile.mkdtemp())
P = "correct horse battery staple"
office = enrolment.create_office(root / "office", P, "Northshire")
now = datetime.now(UTC)
for wname, names in (("Sam", ["Ffion", "Siân", "Carys", "Gareth"]), ("Alex", ["Jo", "Kit", "Robin"])):
    enrol = enrolment.enrol_worker(office, wname)
    laptop = enrolment.create_laptop(root / wname, P, enrol)
    confirmation.confirm(office, enrol.worker_id, enrolment.device_fingerprint(laptop) or "")
    cases = CaseService(laptop)
    work = SupportService(laptop)
    for i, n in enumerate(names):
        cid = cases.add(
            {
                "preferred_name": n,
                "status": "active",
                "contact_methods": [
                    {"kind": "mobile", "value": "07700 900123", "safe_to_text": True, "voicemail_allowed": True}
                ],
            }
        )[0]
        m = cases.get(cid).contact_methods[0].id
        for d, ch, oc in (
            (30, "phone", "spoke"),
            (20, "phone", "no_answer_no_message"),
            (12, "text", "left_message"),
            (5, "visit", "visit_done"),
        ):
            at = now - timedelta(days=d + i)
            kw = {"contact_method_id": m, "override_reason": "Agreed"} if ch != "visit" else {}
            cases.append_log(
                cid,
                channel=ch,
                outcome=oc,
                at=at,
                minutes=30 + 10 * i if oc in ("spoke", "visit_done") else None,
                support=["emotional", "safety_planning"] if oc in ("spoke", "visit_done") else None,
                **kw,
            )
        work.add(
            cid,
            minutes=40 + 5 * i,
            support=["housing", "benefits_money"] if i % 2 else ["legal_court"],
            at=now - timedelta(days=8 + i),
        )
        work.add(cid, minutes=25, support=["children_schools"], at=now - timedelta(days=3))
    bundles.import_bundle(office, bundles.export_to_office(laptop, root / f"{wname}.age").path)
    laptop.close()
dialog = ReportsDialog(Session(office))
dialog.resize(1366, 700)
dialog.set_quarter(previous=False)
for name in ("support", "contacts", "caseload"):
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData(name))
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out / f"reports-{name}.png"))
    print(out / f"reports-{name}.png")
dialog.forget()
dialog.close()
office.close()
