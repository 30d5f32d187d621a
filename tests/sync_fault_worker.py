"""Run by test_sync_faults: writes or imports bundles in child processes it kills (SIGKILL) at a given moment.

Reads commands from standard input, one a line::

    export LAPTOP_DIR TARGET_FILE DELAY
    import OFFICE_DIR BUNDLE_FILE DELAY
    import-busy OFFICE_DIR BUNDLE_FILE DELAY   (the import, while another thread works on the same store as the
                                                 desktop's GUI thread does: the Today view, searches)

For each it forks a child (the modules are loaded once here, so a trial starts in milliseconds) that opens the
store, says it is ready, and writes or imports the bundle. DELAY seconds after "ready" the child is killed with
SIGKILL (a negative DELAY: it runs to the end). Killing its own child, not yet reaped, this process cannot hit
any other process. It answers one line a command: ``killed|done SECONDS`` (the time from ready to done, or to
the kill).
"""

import os
import signal
import sys
import threading
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from safetyworker.services.agenda import agenda
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import bundles

PASSPHRASE = "correct horse battery staple"


def child(mode: str, folder: str, file: str, signal_fd: int) -> None:
    try:
        with Store.unlock(Path(folder), PASSPHRASE) as store:
            os.write(signal_fd, b"r")
            if mode == "import-busy":
                threading.Thread(target=busy_user, args=(store,), daemon=True).start()
            if mode == "export":
                bundles.export_to_office(store, Path(file))
            else:
                bundles.import_bundle(store, Path(file))
            os.write(signal_fd, b"d")
    except BaseException:
        traceback.print_exc()
        os._exit(1)
    os._exit(0)


def busy_user(store: Store) -> None:
    """What the window does meanwhile: the Today view (an audited read) and caseload searches, without pause."""
    cases = CaseService(store)
    while True:
        agenda(store, datetime.now(UTC))
        cases.search("Person")


def trial(mode: str, folder: str, file: str, delay: float) -> str:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        child(mode, folder, file, write_fd)
    os.close(write_fd)
    try:
        if os.read(read_fd, 1) != b"r":
            os.waitpid(pid, 0)
            return "failed 0"
        started = time.monotonic()
        if delay >= 0:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
        finished = os.read(read_fd, 1) == b"d"  # EOF once the child is gone
        took = time.monotonic() - started
        _pid, status = os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
    if finished:
        return f"done {took:.4f}"
    if os.WIFSIGNALED(status):
        return f"killed {took:.4f}"
    return "failed 0"


def main() -> None:
    for line in sys.stdin:
        mode, folder, file, delay = line.split()
        print(trial(mode, folder, file, float(delay)), flush=True)


if __name__ == "__main__":
    main()
