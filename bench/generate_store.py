"""Build a large synthetic store, to measure the app at the size of a busy office, and print the insert rate.

Run from the repository root:

    .venv/bin/python bench/generate_store.py --cases 10000 --out /tmp/sw-bench-store
    .venv/bin/python bench/generate_store.py --cases 500 --logs-per-case 10 --out /tmp/small --seed 7

The store is a real one (real key slots, real Argon2id unless SAFETYWORKER_INSECURE_FAST_KDF=1 is set, real
SQLCipher), so unlock and search figures taken on it are honest. The rows are written in large transactions
straight through ``safetyworker.records.tables.insert`` (so every field is stamped for sync, as the app does)
and plain INSERTs into ``contact_log``; going through ``CaseService.append_log`` one entry at a time would
take about ten minutes for a quarter of a million rows.

The store itself is created by ``Store.create`` in a child process, and the rows are written over a
connection with the app's pragmas but without ``cipher_memory_security``: that setting is process-wide, cannot
be switched off once on, and makes every allocation SQLite does cost an ``mlock`` and an ``munlock`` system
call, which makes bulk inserts about three times slower. ``--memory-security`` writes with it on, to measure
the rate the app itself would get. The file written is the same either way.

Everything in it is made up: names are random pairs from short lists, addresses are not written at all, and
phone numbers are random digits that ``phonenumbers`` accepts as UK numbers. They are not from the drama
ranges (there are only 1000 drama mobiles), so this store must never leave the machine or be used for a demo:
use ``safetyworker demo`` for that. The content and the record ids are fixed by ``--seed``; the HLC stamps and
audit times are the real clock's, as in any store.

The device secret goes into a file beside the store, never into the OS keyring: a benchmark has no business
leaving secrets in a developer's keyring.
"""

from __future__ import annotations

import argparse
import base64
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import keyring
import phonenumbers
import sqlcipher3
from keyring.backends import fail

from safetyworker.keys import device_secret
from safetyworker.keys.slots import EVERYDAY, KeySlotFile
from safetyworker.records import case_rows, tables
from safetyworker.records.case_rows import CASE, CHILD, HARM_LINK, METHOD, PERSON, PLANNED
from safetyworker.records.model import (
    CUSTODY_STATUSES,
    DAYS,
    Case,
    Child,
    ContactMethod,
    PersonCausingHarm,
    Programme,
    WeeklyWindow,
)
from safetyworker.store import audit
from safetyworker.store.vault import DB_NAME, SLOTS_NAME, Store

DEFAULT_PASSPHRASE = "synthetic bench store, not secret"

FIRST_NAMES = [
    "Aled",
    "Alex",
    "Alys",
    "Amir",
    "Angharad",
    "Anna",
    "Bethan",
    "Bryn",
    "Cai",
    "Carys",
    "Cerys",
    "Charlie",
    "Chloe",
    "Ceri",
    "Dafydd",
    "Dani",
    "Dylan",
    "Efa",
    "Eleri",
    "Elin",
    "Emma",
    "Esyllt",
    "Ffion",
    "Gareth",
    "Gethin",
    "Glesni",
    "Gwen",
    "Gwion",
    "Hannah",
    "Harri",
    "Heledd",
    "Huw",
    "Iestyn",
    "Ioan",
    "Iwan",
    "Jade",
    "Jamie",
    "Jess",
    "Jo",
    "Jordan",
    "Kai",
    "Kelly",
    "Lewis",
    "Lily",
    "Llinos",
    "Lowri",
    "Luca",
    "Mali",
    "Manon",
    "Marcus",
    "Megan",
    "Meinir",
    "Morgan",
    "Nia",
    "Noah",
    "Non",
    "Osian",
    "Owain",
    "Parys",
    "Priya",
    "Rhian",
    "Rhiannon",
    "Rhodri",
    "Rhys",
    "Robyn",
    "Rowan",
    "Sam",
    "Sara",
    "Seren",
    "Siân",
    "Sion",
    "Sioned",
    "Steffan",
    "Tal",
    "Tegan",
    "Teleri",
    "Tomasz",
    "Tomos",
    "Wren",
    "Wyn",
    "Yasmin",
    "Zofia",
    "Zain",
]
SURNAMES = [
    "Ap-Gwilym",
    "Bevan",
    "Bowen",
    "Cadwaladr",
    "Davies",
    "Edwards",
    "Ellis",
    "Evans",
    "Griffiths",
    "Gwynne",
    "Harries",
    "Hughes",
    "Humphreys",
    "James",
    "Jenkins",
    "Jones",
    "Lewis",
    "Lloyd",
    "Llywelyn",
    "Mathias",
    "Meredith",
    "Morgan",
    "Morris",
    "Owen",
    "Parry",
    "Powell",
    "Price",
    "Prosser",
    "Pryce",
    "Pugh",
    "Rees",
    "Richards",
    "Roberts",
    "Rowlands",
    "Thomas",
    "Vaughan",
    "Watkins",
    "Williams",
    "Baxter",
    "Carter",
    "Clarke",
    "Cooper",
    "Fisher",
    "Fletcher",
    "Hale",
    "Harper",
    "Hayes",
    "Kowalski",
    "Nowak",
    "Patel",
    "Reeve",
    "Shah",
    "Sharma",
    "Turner",
    "Walsh",
    "Webb",
    "Whitfield",
]
LOCALITIES = (
    "Llanidloes",
    "Rhayader",
    "Machynlleth",
    "Bala",
    "Hay-on-Wye",
    "Kington",
    "Church Stretton",
    "Bishop's Castle",
    "Knighton",
    "Presteigne",
    "Tregaron",
    "Lampeter",
    "Builth Wells",
    "Llandovery",
    "Llanwrtyd Wells",
    "Newcastle Emlyn",
    "Clun",
    "Craven Arms",
    "Montgomery",
    "Llanfair Caereinion",
    "Llanfyllin",
    "Llanrhaeadr-ym-Mochnant",
    "Corwen",
    "Dolgellau",
    "Aberaeron",
    "Llandrindod Wells",
    "New Radnor",
    "Talgarth",
    "Crickhowell",
    "Llangammarch Wells",
    "Cemmaes Road",
    "Carno",
    "Llanbrynmair",
    "Pontrhydfendigaid",
    "Llanddewi Brefi",
    "Cilycwm",
    "Ludlow",
    "Leintwardine",
    "Bucknell",
    "Pembridge",
)
# Rural area codes of mid Wales and the Marches: random digits behind them make plausible landlines.
AREA_CODES = ("01686", "01597", "01654", "01678", "01497", "01544", "01694", "01588", "01547", "01974", "01570")
STATUSES = ("active",) * 9 + ("contacted",) * 3 + ("referred",) * 2 + ("declined",) * 2 + ("closed",) * 4
PROGRAMME_STATUSES = ("waiting",) * 3 + ("started",) * 5 + ("completed",) * 3 + ("dropped_out", "breached")
LOG_CHOICES = (
    ("phone", "spoke"),
    ("phone", "spoke"),
    ("phone", "spoke"),
    ("phone", "no_answer_no_message"),
    ("phone", "no_answer_no_message"),
    ("phone", "someone_else_answered_protocol_used"),
    ("phone", "unsafe_to_talk_call_back"),
    ("visit", "visit_done"),
    ("in_person", "visit_done"),
    ("text", "spoke"),
)
LOG_NOTES = (
    "",
    "",
    "Checked in; plan reviewed.",
    "Talked through the programme dates.",
    "Short call; call back next week.",
    "Benefits letter: helped with the form.",
)
_TO_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
PLANNED_KINDS = ("initial", "mid_point", "end", "six_month_follow_up", "review")


@dataclass(frozen=True)
class Result:
    folder: Path
    cases: int
    log_rows: int
    create_s: float
    insert_s: float
    log_s: float
    db_bytes: int
    memory_security: bool


def use_file_device_secret() -> None:
    """Keep the benchmark out of the OS keyring: the device secret goes into the 0600 file instead."""
    keyring.set_keyring(fail.Keyring())


class Synth:
    """Deterministic synthetic values from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._ulid_ms = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp() * 1000)
        self._numbers: set[str] = set()

    def ulid(self) -> str:
        """A ULID fixed by the seed, sortable as the app's are. python-ulid's constructor is too slow for a
        quarter of a million rows, so this writes the same 26 Crockford base32 characters through base64."""
        self._ulid_ms += 1
        value = (self._ulid_ms << 80) | self.rng.getrandbits(80)
        return base64.b32encode(value.to_bytes(20, "big")).decode("ascii").translate(_TO_CROCKFORD)[6:]

    def _unique_number(self, make: Callable[[], str], wanted_type: int) -> str:
        while True:
            number = phonenumbers.parse(make(), "GB")
            if (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == "GB"
                and phonenumbers.number_type(number) == wanted_type
            ):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                if e164 not in self._numbers:
                    self._numbers.add(e164)
                    return e164

    def mobile(self) -> str:
        def make() -> str:
            return "07" + "".join(self.rng.choices("0123456789", k=9))

        return self._unique_number(make, phonenumbers.PhoneNumberType.MOBILE)

    def landline(self) -> str:
        def make() -> str:
            return self.rng.choice(AREA_CODES) + "".join(self.rng.choices("0123456789", k=6))

        return self._unique_number(make, phonenumbers.PhoneNumberType.FIXED_LINE)

    def name(self) -> tuple[str, str]:
        first = self.rng.choice(FIRST_NAMES)
        return first, f"{first} {self.rng.choice(SURNAMES)}"

    def window(self) -> WeeklyWindow:
        start = self.rng.choice((8, 9, 10, 11, 12, 13, 14, 17, 22))
        days = sorted(self.rng.sample(DAYS[:5], self.rng.randint(1, 5)), key=DAYS.index)
        return WeeklyWindow(tuple(days), clock(start, 0), clock((start + 2) % 24, 0))

    def case(self, today: date) -> Case:
        rng = self.rng
        preferred, legal = self.name()
        status = rng.choice(STATUSES)
        referral = today - timedelta(days=rng.randint(1, 900))
        case = Case(
            preferred_name=preferred,
            legal_name=legal,
            pronouns=rng.choice(("she/her", "she/her", "she/her", "he/him", "they/them")),
            date_of_birth=today - timedelta(days=rng.randint(18 * 365, 75 * 365)),
            languages=rng.choice((["English"], ["English"], ["Welsh", "English"], ["English", "Polish"])),
            locality=rng.choice(LOCALITIES),
            safe_to_visit=rng.random() < 0.3,
            status=status,
            closed_reason="Moved out of area; handed over with consent." if status == "closed" else "",
            referral_source="Probation",
            referral_date=referral,
            referral_programme="Building Choices",
            consent_status="given" if status in ("active", "contacted", "closed") else "not_asked",
            # never after today: a form refuses a consent date in the future (and so does the office's import)
            consent_date=min(referral + timedelta(days=7), today)
            if status in ("active", "contacted", "closed")
            else None,
            allocated_worker=f"Worker {rng.randint(1, 40)}",
        )
        case.contact_methods.append(
            ContactMethod(
                "mobile",
                self.mobile(),
                ask_for=preferred,
                if_someone_else_answers="Ask for Jo from the surgery about an appointment.",
                code_word=rng.choice(("blue kettle", "washing's out", "wrong number", "")),
                safe_windows=[self.window() for _ in range(rng.randint(1, 2))],
            )
        )
        if rng.random() < 0.35:
            case.contact_methods.append(ContactMethod("landline", self.landline(), safe_to_call=rng.random() < 0.4))
        if rng.random() < 0.2:
            case.contact_methods.append(ContactMethod("visit", f"Library, {case.locality}", safe_to_call=False))
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
            case.children.append(Child(self.name()[0], age=rng.randint(0, 17), lives_with="Parent"))
        custody = rng.choice(CUSTODY_STATUSES)
        case.person_causing_harm = PersonCausingHarm(
            self.name()[1],
            relationship=rng.choice(("partner", "ex-partner", "husband", "wife", "ex-husband")),
            custody_status=custody,
            release_date=today + timedelta(days=rng.randint(1, 200)) if custody == "in_custody" else None,
            probation_officer=f"Officer {rng.randint(1, 25)}",
            programme=Programme(
                "Building Choices",
                referral + timedelta(days=rng.randint(10, 60)),
                rng.randint(0, 24),
                rng.choice(PROGRAMME_STATUSES),
            ),
        )
        return case


def _write_case(store: Store, synth: Synth, case: Case, today: date) -> tuple[str, str]:
    """The case and everything hanging off it, as ``CaseService.add`` writes it; returns (case id, phone id)."""
    values = case_rows.case_values(case)
    if case.status == "closed":
        values["closed_at"] = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    case_id = tables.insert(store, CASE, values, synth.ulid())
    phone_id = ""
    for position, method in enumerate(case.contact_methods):
        method.id = tables.insert(store, METHOD, case_rows.method_values(method, case_id, position), synth.ulid())
        phone_id = phone_id or method.id
    for child in case.children:
        tables.insert(store, CHILD, case_rows.child_values(child, case_id), synth.ulid())
    person = case.person_causing_harm
    assert person is not None
    person_id = tables.insert(store, PERSON, case_rows.person_values(person), synth.ulid())
    tables.insert(
        store,
        HARM_LINK,
        {"case_id": case_id, "person_id": person_id, "relationship": person.relationship},
        synth.ulid(),
    )
    start = case.referral_date or today
    for n, kind in enumerate(PLANNED_KINDS[: synth.rng.randint(1, len(PLANNED_KINDS))]):
        due = start + timedelta(days=14 + 90 * n)
        tables.insert(
            store,
            PLANNED,
            {
                "case_id": case_id,
                "kind": kind,
                "due_date": due.isoformat(),
                "status": "done" if due < today else "planned",
                "source": "programme",
            },
            synth.ulid(),
        )
    audit.record(store, "case.create", case_id)
    return case_id, phone_id


def _log_rows(store: Store, synth: Synth, case_id: str, phone_id: str, count: int, now: datetime) -> list[tuple]:
    rng = synth.rng
    rows = []
    for _ in range(count):
        channel, outcome = rng.choice(LOG_CHOICES)
        at = now - timedelta(minutes=rng.randint(60, 900 * 24 * 60))
        rows.append(
            (
                synth.ulid(),
                store.clock.now(),
                store.device_id,
                case_id,
                phone_id if channel == "phone" else None,
                at.isoformat(timespec="seconds").replace("+00:00", "Z"),
                channel,
                outcome,
                rng.choice(LOG_NOTES),
            )
        )
    return rows


_LOG_SQL = (
    "INSERT INTO contact_log (id, created_hlc, device_id, case_id, contact_method_id, at, channel, outcome, note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _create_store(folder: Path, passphrase: str) -> None:
    """Runs in a fresh child process: ``Store.create`` opens the database the app's way, which switches
    SQLCipher's memory security on for the whole process, for good (see ``open_connection``)."""
    use_file_device_secret()
    Store.create(folder, passphrase).close()


def create_store(folder: Path, passphrase: str) -> None:
    """Create an empty store the app's way, without touching this process's SQLCipher settings."""
    child = multiprocessing.get_context("spawn").Process(target=_create_store, args=(folder, passphrase))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"creating the store in {folder} failed (exit code {child.exitcode})")


def data_key(folder: Path, passphrase: str) -> bytes:
    """The store's data key, unwrapped from the everyday slot exactly as ``Store.unlock`` does."""
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    secret = device_secret.load(folder, slots.store_id, slots.device_secret_location)
    return slots.open(EVERYDAY, passphrase, secret)


def open_connection(
    db_path: Path,
    key: bytes | None,
    *,
    memory_security: bool,
    cache_kib: int = 65536,
    page_size: int | None = None,
) -> sqlcipher3.Connection:
    """A connection with the pragmas of ``safetyworker.store.connection.connect``, with the knobs a benchmark
    needs to turn: no key (a plain SQLite file), memory security off, another cache or page size.

    ``cipher_memory_security`` is process-wide in SQLCipher and cannot be switched off again once on: with
    it, every allocation SQLite makes is followed by an ``mlock`` and every free by a wipe and ``munlock``.
    So each variant must run in a process of its own.
    """
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    if memory_security:
        conn.execute("PRAGMA cipher_memory_security = ON")
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if page_size:
            conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    elif page_size:
        conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{cache_kib}")
    conn.execute("PRAGMA busy_timeout = 3000")
    return conn


def open_store(folder: Path, passphrase: str, *, memory_security: bool) -> Store:
    """The store as a ``Store`` object (so ``tables.insert`` and ``CaseService`` work on it), over a
    connection from ``open_connection``."""
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    conn = open_connection(folder / DB_NAME, data_key(folder, passphrase), memory_security=memory_security)
    return Store(folder, conn, slots, recovered=False)


def generate(
    folder: Path,
    passphrase: str = DEFAULT_PASSPHRASE,
    cases: int = 10_000,
    logs_per_case: int = 25,
    seed: int = 20261101,
    batch: int = 2_000,
    memory_security: bool = False,
    report: Callable[[str], None] = print,
) -> Result:
    """Create a store in ``folder`` (which must not hold one) and fill it; returns the timings.

    The rows are written over a connection without SQLCipher's memory security unless asked (it makes bulk
    inserts several times slower; the app's own figure is what ``--memory-security`` measures).
    """
    use_file_device_secret()
    synth = Synth(seed)
    today = date.today()
    now = datetime.now(UTC)
    started = time.perf_counter()
    create_store(folder, passphrase)
    create_s = time.perf_counter() - started
    report(f"store created in {create_s:.2f} s (key slots with the real KDF: {not _fast_kdf()})")
    log_rows = 0
    log_s = 0.0
    store = open_store(folder, passphrase, memory_security=memory_security)
    started = time.perf_counter()
    with store:
        done = 0
        while done < cases:
            size = min(batch, cases - done)
            with store.transaction() as db:
                pending: list[tuple] = []
                for _ in range(size):
                    case_id, phone_id = _write_case(store, synth, synth.case(today), today)
                    count = synth.rng.randint(logs_per_case // 2, logs_per_case + logs_per_case // 2)
                    pending += _log_rows(store, synth, case_id, phone_id, count, now)
                t = time.perf_counter()
                db.executemany(_LOG_SQL, pending)
                log_s += time.perf_counter() - t
                log_rows += len(pending)
            done += size
            elapsed = time.perf_counter() - started
            report(f"  {done:>7} cases, {log_rows:>8} log rows, {elapsed:6.1f} s")
        insert_s = time.perf_counter() - started
    db_bytes = (folder / DB_NAME).stat().st_size
    return Result(folder, cases, log_rows, create_s, insert_s, log_s, db_bytes, memory_security)


def _fast_kdf() -> bool:
    return os.environ.get("SAFETYWORKER_INSECURE_FAST_KDF") == "1"


def print_result(result: Result) -> None:
    print(f"store: {result.folder}  ({result.db_bytes / 1e6:.1f} MB database)")
    print(f"written with cipher_memory_security {'ON (as the app)' if result.memory_security else 'OFF'}")
    print(f"cases:    {result.cases:>8}  in {result.insert_s:6.2f} s  -> {result.cases / result.insert_s:9.0f} cases/s")
    print(
        f"log rows: {result.log_rows:>8}  in {result.log_s:6.2f} s  -> {result.log_rows / result.log_s:9.0f} "
        "log rows/s (the contact_log INSERTs alone)"
    )
    case_s = result.insert_s - result.log_s
    print(f"case records with their children, stamps and audit: {result.cases / case_s:.0f} cases/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--logs-per-case", type=int, default=25, help="average contact log entries per case")
    parser.add_argument("--out", type=Path, help="folder for the new store (default: a new temporary folder)")
    parser.add_argument("--passphrase", default=DEFAULT_PASSPHRASE)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--batch", type=int, default=2_000, help="cases per transaction")
    parser.add_argument(
        "--memory-security",
        action="store_true",
        help="write with cipher_memory_security ON, as the app does (much slower; for the comparison)",
    )
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="sw-bench-store-"))
    result = generate(
        folder, args.passphrase, args.cases, args.logs_per_case, args.seed, args.batch, args.memory_security
    )
    print_result(result)
    if not args.out:
        print(f"(the store is in {folder}; delete it when done)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
