"""``safetyworker-desktop --self-test``: prove an installation works, end to end, without touching real data.

An IT person runs it once after installing (and CI runs it on the frozen build): it makes an office store and
a laptop enrolled from it in a temporary folder, with the real key-derivation settings, adds a fictional case,
saves a safety plan, prints every copy of it, carries bundles both ways, locks and unlocks, then removes the
folder and the keyring entries it made. Each step prints one line; any failure makes the exit code non-zero.
The point is what a frozen build can lack (a data file, a plugin, a compiled library, entry-point metadata), so
every step goes through the same code the app uses.

This module is core (no Qt); the desktop adds its Qt steps (PDF preview, printing, plugins) through
``extra_steps``. A traceback is shown only with ``SAFETYWORKER_DEBUG=1``: the self-test holds no case data, but
the rule is the same everywhere.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from safetyworker.errors import SafetyWorkerError, WrongPassphrase
from safetyworker.keys import device_secret, kdf
from safetyworker.store.vault import PROTECTION_KEYRING, Store

#: The keyring backend each platform should have; its entry point must be in the build's metadata.
PLATFORM_BACKENDS = {"win32": "Windows", "darwin": "macOS"}
DEFAULT_BACKEND = "SecretService"
OFFICE_NAME = "Self-test office"
WORKER_NAME = "Self-test worker"


@dataclass
class Context:
    """What the steps share: the temporary folder, the stores, and what earlier steps made."""

    root: Path
    passphrase: str = field(default_factory=lambda: "self-test " + secrets.token_urlsafe(18))
    office: Store | None = None
    laptop: Store | None = None
    worker_id: str = ""
    enrolment_file: Path | None = None
    case_id: str = ""
    assigned_case_id: str = ""
    pdfs: dict[str, bytes] = field(default_factory=dict)
    bundles: dict[str, Path] = field(default_factory=dict)
    store_ids: set[str] = field(default_factory=set)

    @property
    def office_dir(self) -> Path:
        return self.root / "office"

    @property
    def laptop_dir(self) -> Path:
        return self.root / "laptop"

    def remember(self, store: Store) -> Store:
        self.store_ids.add(store.store_id)
        return store

    def close(self) -> None:
        for name in ("laptop", "office"):
            store = getattr(self, name)
            if store is not None:
                with contextlib.suppress(Exception):
                    store.close()
                setattr(self, name, None)


@dataclass(frozen=True)
class Step:
    """One check: ``run(ctx)`` raises on failure and may return a short detail for the line."""

    key: str
    title: str
    run: Callable[[Context], str | None]
    needs: tuple[str, ...] = ()


@dataclass
class Outcome:
    step: Step
    status: str  # "ok", "FAILED" or "skipped"
    seconds: float = 0.0
    detail: str = ""

    def line(self) -> str:
        if self.status == "ok":
            detail = f": {self.detail}" if self.detail else ""
            return f"ok      {self.step.title}{detail} ({self.seconds:.1f} s)"
        if self.status == "skipped":
            return f"skipped {self.step.title} ({self.detail})"
        return f"FAILED  {self.step.title}: {self.detail}"


@dataclass
class Report:
    outcomes: list[Outcome]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(o.status == "ok" for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def summary(self) -> str:
        bad = [o for o in self.outcomes if o.status != "ok"]
        if not bad:
            return f"self-test passed: {len(self.outcomes)} steps in {self.seconds:.1f} s"
        return f"self-test FAILED: {len(bad)} of {len(self.outcomes)} steps did not pass ({self.seconds:.1f} s)"


class Check(Exception):
    """A step's own finding (not a crash): its message is the reason printed."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Check(message)


# -- the steps -----------------------------------------------------------------------------------------------


def check_sqlcipher(_ctx: Context) -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        version = (conn.execute("PRAGMA cipher_version").fetchone() or [""])[0]
    finally:
        conn.close()
    expect(bool(version), "this SQLite library has no encryption (cipher_version is empty)")
    return f"SQLCipher {version}"


def check_time_zone(_ctx: Context) -> str:
    import zoneinfo

    # Windows has no system time-zone files: zoneinfo falls back to the tzdata package, which must be in the
    # build. Ask for the zone with the system folders switched off, as on Windows, whatever this system is.
    saved = zoneinfo.TZPATH
    zoneinfo.reset_tzpath(to=[])
    try:
        london = zoneinfo.ZoneInfo.no_cache("Europe/London")
    finally:
        zoneinfo.reset_tzpath(to=saved)
    summer = datetime(2026, 7, 1, 12, tzinfo=london).utcoffset()
    winter = datetime(2026, 1, 1, 12, tzinfo=london).utcoffset()
    expect(summer == timedelta(hours=1) and winter == timedelta(0), "Europe/London has the wrong clock changes")
    return "Europe/London from the tzdata package"


def check_keyring(_ctx: Context) -> str:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="keyring.backends")}
    wanted = PLATFORM_BACKENDS.get(sys.platform, DEFAULT_BACKEND)
    expect(bool(names), "the keyring backends' metadata is missing (no 'keyring.backends' entry points)")
    expect(wanted in names, f"the {wanted} keyring backend is missing (found: {', '.join(sorted(names))})")
    name = device_secret.backend_name()
    if name.startswith("keyring.backends.fail."):
        # Windows and macOS always have their keyring: a fail backend there means the build lost it.
        expect(sys.platform not in PLATFORM_BACKENDS, f"the {wanted} keyring backend did not load")
        return f"{name} (no OS keyring on this computer)"
    return name


def create_office(ctx: Context) -> str:
    from safetyworker.sync.enrolment import create_office as make_office

    ctx.office = ctx.remember(make_office(ctx.office_dir, ctx.passphrase, OFFICE_NAME))
    expect(ctx.office.role == "office", "the new store is not an office store")
    return _protection(ctx.office)


def enrol_worker(ctx: Context) -> None:
    from safetyworker.sync.enrolment import enrol_worker as enrol
    from safetyworker.sync.enrolment import enrolment_bytes

    assert ctx.office is not None
    enrolment = enrol(ctx.office, WORKER_NAME)
    ctx.worker_id = enrolment.worker_id
    ctx.enrolment_file = ctx.root / "enrolment.json"
    ctx.enrolment_file.write_bytes(enrolment_bytes(enrolment))


def create_laptop(ctx: Context) -> str:
    from safetyworker.sync.confirmation import confirm
    from safetyworker.sync.enrolment import create_laptop as make_laptop
    from safetyworker.sync.enrolment import device_fingerprint, office_fingerprint, read_enrolment

    assert ctx.office is not None and ctx.enrolment_file is not None
    ctx.laptop = ctx.remember(make_laptop(ctx.laptop_dir, ctx.passphrase, read_enrolment(ctx.enrolment_file)))
    expect(
        office_fingerprint(ctx.laptop) == office_fingerprint(ctx.office),
        "the laptop and the office show different office fingerprints",
    )
    # the worker reads the laptop's six words out and the office confirms them, as at a real hand-over
    words = device_fingerprint(ctx.laptop)
    expect(words is not None, "the laptop shows no fingerprint words")
    assert ctx.worker_id is not None and words is not None
    confirm(ctx.office, ctx.worker_id, words)
    return _protection(ctx.laptop)


def _protection(store: Store) -> str:
    if store.protection.level == PROTECTION_KEYRING:
        return "device secret in the OS keyring"
    return "device secret in a file beside the store (reduced protection: no OS keyring)"


def add_case(ctx: Context) -> None:
    from safetyworker.services.cases import CaseService

    assert ctx.laptop is not None
    ctx.case_id = CaseService(ctx.laptop).add(
        {
            "preferred_name": "Sam Selftest",
            "locality": "Testing",
            "contact_methods": [{"kind": "mobile", "value": "07700 900999"}],
        }
    )[0]
    expect(CaseService(ctx.laptop).get(ctx.case_id).preferred_name == "Sam Selftest", "the case did not read back")


def save_plan(ctx: Context) -> None:
    from safetyworker.services.plans import PlanService

    assert ctx.laptop is not None
    plan = {
        "template": "in_relationship",
        "items": [
            {"section": "people_to_contact", "text": "A neighbour: 07700 900998.", "personal_copy": True},
            {
                "section": "code_words",
                "text": "'Is the washing out?'",
                "meaning": "Call for help.",
                "personal_copy": True,
            },
            {"section": "safe_places", "text": "Worker's note: not for the person's copy.", "personal_copy": False},
        ],
        "review_date": (date.today() + timedelta(days=28)).isoformat(),
    }
    saved = PlanService(ctx.laptop).set(ctx.case_id, plan, author=WORKER_NAME)
    expect(saved is not None and saved.version == 1, "the plan was not saved as version 1")


def _render(variant: str, **options: Any) -> Callable[[Context], str]:
    def run(ctx: Context) -> str:
        from safetyworker.printing.options import PrintOptions
        from safetyworker.services.plans import PREVIEW, PlanService

        assert ctx.laptop is not None
        pdf = PlanService(ctx.laptop).render(ctx.case_id, PrintOptions(variant, **options), PREVIEW)
        expect(pdf.startswith(b"%PDF"), "the output is not a PDF")
        expect(b"%%EOF" in pdf[-1024:], "the PDF is cut short")
        ctx.pdfs[variant if not options else f"{variant}-{'-'.join(sorted(options))}"] = pdf
        return f"{len(pdf) // 1024} KiB"

    return run


def export_to_office(ctx: Context) -> str:
    from safetyworker.sync.bundles import export_to_office as export

    assert ctx.laptop is not None
    target = ctx.root / "bundles" / "to-office.age"
    target.parent.mkdir(exist_ok=True)
    result = export(ctx.laptop, target)
    expect(target.read_bytes().startswith(b"age-encryption.org/v1"), "the bundle is not an age file")
    ctx.bundles["to_office"] = target
    return _bundle_detail(result.counts, result.size)


def _bundle_detail(counts: dict[str, int], size: int) -> str:
    n = sum(counts.values())
    return f"{n} change{'' if n == 1 else 's'}, {max(1, round(size / 1024))} KiB"


def import_at_office(ctx: Context) -> None:
    from safetyworker.services.cases import CaseService
    from safetyworker.sync.bundles import import_bundle

    assert ctx.office is not None
    result = import_bundle(ctx.office, ctx.bundles["to_office"])
    expect(result.status == "applied", f"the office said '{result.status}'")
    expect(CaseService(ctx.office).get(ctx.case_id).preferred_name == "Sam Selftest", "the case did not arrive")


def export_to_laptop(ctx: Context) -> str:
    from safetyworker.services.cases import CaseService
    from safetyworker.sync import office
    from safetyworker.sync.bundles import export_to_worker

    assert ctx.office is not None
    new = {"preferred_name": "Alex Selftest", "locality": "Testing", "contact_methods": []}
    ctx.assigned_case_id = CaseService(ctx.office).add(new)[0]
    office.assign(ctx.office, ctx.assigned_case_id, ctx.worker_id)
    target = ctx.root / "bundles" / "to-laptop.age"
    result = export_to_worker(ctx.office, ctx.worker_id, target)
    ctx.bundles["to_laptop"] = target
    return _bundle_detail(result.counts, result.size)


def import_on_laptop(ctx: Context) -> None:
    from safetyworker.services.cases import CaseService
    from safetyworker.sync.bundles import import_bundle

    assert ctx.laptop is not None
    result = import_bundle(ctx.laptop, ctx.bundles["to_laptop"])
    expect(result.status == "applied", f"the laptop said '{result.status}'")
    expect(
        CaseService(ctx.laptop).get(ctx.assigned_case_id).preferred_name == "Alex Selftest",
        "the case the office assigned did not arrive",
    )


def lock_and_reopen(ctx: Context) -> None:
    from safetyworker.services.cases import CaseService

    ctx.close()
    try:
        Store.unlock(ctx.laptop_dir, ctx.passphrase + " wrong").close()
    except WrongPassphrase:
        pass
    else:
        raise Check("a wrong passphrase opened the store")
    for folder in (ctx.laptop_dir, ctx.office_dir):
        with Store.unlock(folder, ctx.passphrase) as store:
            service = CaseService(store)
            expect(service.get(ctx.case_id).preferred_name == "Sam Selftest", f"{folder.name}: the case is gone")


CORE_STEPS: tuple[Step, ...] = (
    Step("sqlcipher", "encrypted database library", check_sqlcipher),
    Step("tz", "time zones", check_time_zone),
    Step("keyring", "keyring backends", check_keyring),
    Step("office", "create an office store", create_office),
    Step("enrol", "write an enrolment file", enrol_worker, ("office",)),
    Step("laptop", "create a laptop store from it", create_laptop, ("enrol",)),
    Step("case", "add a case", add_case, ("laptop",)),
    Step("plan", "save a safety plan", save_plan, ("case",)),
    Step("pdf-worker", "print the worker copy", _render("worker"), ("plan",)),
    Step("pdf-personal", "print the personal copy", _render("personal"), ("plan",)),
    Step(
        "pdf-personal-cy",
        "print the personal copy, Welsh, large print",
        _render("personal", lang="cy", large_print=True),
        ("plan",),
    ),
    Step("pdf-card", "print the pocket card", _render("card"), ("plan",)),
    Step("export-office", "export a bundle from the laptop to the office", export_to_office, ("case",)),
    Step("import-office", "import it at the office", import_at_office, ("export-office",)),
    Step("export-laptop", "export a bundle from the office to the laptop", export_to_laptop, ("import-office",)),
    Step("import-laptop", "import it on the laptop", import_on_laptop, ("export-laptop",)),
    Step("lock", "lock, then unlock with the passphrase", lock_and_reopen, ("import-laptop",)),
)


# -- running -------------------------------------------------------------------------------------------------


def kdf_mode(fast: bool) -> contextlib.AbstractContextManager[None]:
    """The real key derivation unless ``fast`` (the test suite only): the self-test proves the real thing.

    The choice is passed in-process, not through the environment, so the frozen app's self-test never depends
    on (or is weakened by) a variable; ``fast`` is ignored outside a source checkout (``kdf.fast_allowed``)."""
    return kdf.forced(fast)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, Check | SafetyWorkerError):
        return str(exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run(
    extra_steps: Sequence[Step] = (),
    *,
    fast_kdf: bool = False,
    out: TextIO | None = None,
    steps: Sequence[Step] = CORE_STEPS,
) -> Report:
    """Run every step in a fresh temporary folder (removed afterwards), printing one line per step to ``out``.

    A step whose ``needs`` did not pass is skipped (and counts as not passed). ``fast_kdf`` is for the test
    suite only: it makes key derivation cheap."""
    out = out if out is not None else sys.stdout
    debug = os.environ.get("SAFETYWORKER_DEBUG") == "1"
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    passed: set[str] = set()
    root = Path(tempfile.mkdtemp(prefix="safetyworker-selftest-"))
    ctx = Context(root)
    try:
        with kdf_mode(fast_kdf):
            for step in (*steps, *extra_steps):
                missing = [n for n in step.needs if n not in passed]
                if missing:
                    outcome = Outcome(step, "skipped", detail="needs: " + ", ".join(missing))
                else:
                    t0 = time.perf_counter()
                    try:
                        detail = step.run(ctx) or ""
                    except Exception as exc:
                        outcome = Outcome(step, "FAILED", time.perf_counter() - t0, _reason(exc))
                        if debug:
                            traceback.print_exception(exc)
                    else:
                        outcome = Outcome(step, "ok", time.perf_counter() - t0, detail)
                        passed.add(step.key)
                outcomes.append(outcome)
                _say(out, outcome.line())
    finally:
        ctx.close()
        for store_id in ctx.store_ids:
            device_secret.forget(store_id)
        shutil.rmtree(root, ignore_errors=True)
    report = Report(outcomes, time.perf_counter() - started)
    _say(out, report.summary())
    return report


def _say(out: TextIO | None, line: str) -> None:
    if out is None:  # a windowed program with no console
        return
    with contextlib.suppress(OSError, ValueError):
        print(line, file=out, flush=True)
