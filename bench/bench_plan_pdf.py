"""How long a printed safety plan takes to make, against what many offices do today: fill a word-processor
template and let LibreOffice turn it into a PDF.

Run from the repository root:

    .venv/bin/python bench/bench_plan_pdf.py                 # median of 7 runs per variant, and LibreOffice
    .venv/bin/python bench/bench_plan_pdf.py --runs 15
    .venv/bin/python bench/bench_plan_pdf.py --write /tmp/plan-pdf   # also save each variant, to look at

It prints figures; it passes or fails nothing. The plan is a realistic, invented one (about thirty items, two
children, two ways to contact the person, a person causing harm on licence); phone numbers are from Ofcom's
drama ranges.

1. ``render_plan`` for each variant (worker, personal, card; English, Welsh, large print): median and
   fastest of ``--runs`` renders in this process, after one warm-up render (the first render in a process
   also loads the fonts; that one-off cost is printed separately).
2. The same worker copy as an equivalent HTML document (same sections, items and tables) converted by
   ``soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf`` (imported into Writer, not Writer/Web,
   which printed a blank first page) into a temporary folder, timed per conversion (each conversion starts
   LibreOffice, as an office macro or script would). The ratio ours/LibreOffice is printed. If
   ``soffice`` is not installed, the benchmark says so and prints only our figures.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from safetyworker.plans.model import SECTION_TITLES, SECTIONS, PlanItem, PlanVersion
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.plan_pdf import render_plan
from safetyworker.records.model import (
    Case,
    Child,
    ContactMethod,
    PersonCausingHarm,
    Programme,
    WeeklyWindow,
)

VARIANTS = {
    "worker": PrintOptions("worker"),
    "worker large": PrintOptions("worker", large_print=True),
    "personal en": PrintOptions("personal"),
    "personal cy": PrintOptions("personal", lang="cy"),
    "personal large": PrintOptions("personal", large_print=True, include_name=True),
    "card en": PrintOptions("card"),
    "card cy": PrintOptions("card", lang="cy"),
    "card large": PrintOptions("card", large_print=True),
}

_ITEMS = [
    ("people_to_contact", "Mum: 07700 900123 (any time)", True),
    ("people_to_contact", "Gwen next door: knock on the back door, she has a spare key", True),
    ("people_to_contact", "Dr Hughes at the surgery knows; ask for the nurse line", True),
    ("people_to_contact", "Sister in Shrewsbury is not safe to tell yet: she is still in touch with him", False),
    ("safe_places", "The library on Broad Street: open until 7 on Thursdays", True),
    ("safe_places", "Back door to the garden, then the lane behind the chapel", True),
    ("safe_places", "Avoid the kitchen and the bathroom if an argument starts (knives, no way out)", False),
    ("children", "Ffion (9) knows to go to Gwen's and ring 999 if she hears shouting", True),
    ("children", "School office has the agreed password for collection: 'blue kite'", True),
    ("children", "Child arrangements order hearing on the 14th; Cafcass officer informed", False),
    ("emergency_bag", "Kept at Mum's: spare clothes, phone charger, some cash", True),
    ("emergency_bag", "Medicines for a week (inhaler, Ffion's eczema cream)", True),
    ("emergency_bag", "Spare keys for the house and the car", True),
    ("documents", "Passports, birth certificates, bank cards: copies at Mum's", True),
    ("documents", "Tenancy agreement and the letter from the council", True),
    ("code_words", "'Did you feed the cat?' means call 999", True),
    ("code_words", "'Bring the blue umbrella' to Mum means come and get us", True),
    ("phone_online", "Location sharing switched off; new passcode on the phone", True),
    ("phone_online", "Check the car for a tracker at the garage next week", False),
    ("phone_online", "New email address set up at the library", True),
    ("leaving_plan", "If it gets worse: go to Mum's with the children on a school day", True),
    ("leaving_plan", "Worker to check refuge spaces in Powys and Shropshire before next visit", False),
    ("leaving_plan", "Housing options appointment booked for the 20th", True),
    ("after_leaving", "Change the children's pick-up list at school", True),
    ("after_leaving", "Ask the GP to keep the new address off letters", True),
    ("pets", "Mot (dog) can stay with Gwen for up to two weeks", True),
    ("local_services", "Citizens Advice, Newtown: Tuesday drop-in 10-12", True),
    ("local_services", "Food bank at the Methodist church, Fridays", True),
    ("review", "Check how the new phone and passcode are working", True),
    ("review", "MARAC on the 3rd: raise the tracker concern and the release date", False),
]


def sample() -> tuple[Case, PlanVersion]:
    """An invented case and its plan, as a worker might write them after two meetings."""
    case = Case(
        preferred_name="Rhian Pritchard",
        id="01JCASEBENCH0000000000000",
        legal_name="Rhiannon Mair Pritchard",
        phone_name="Rhi",
        pronouns="she/her",
        date_of_birth=date(1989, 4, 2),
        languages=["Welsh", "English"],
        access_needs="Prefers calls to letters; dyslexic, so short texts only.",
        address_lines=["2 Ffordd Ffug", "Llanidloes"],
        safe_to_visit=False,
        safe_to_post=False,
        locality="Llanidloes",
        transport="No car of her own; bus to Newtown twice a day",
        status="active",
        referral_source="Police public protection unit",
        referral_date=date(2026, 9, 14),
        consent_status="given",
        consent_date=date(2026, 9, 20),
        consent_sharing="Probation and the MARAC coordinator",
        allocated_worker="Sam Evans",
        contact_methods=[
            ContactMethod(
                "mobile",
                "+447700900456",
                safe_to_text=True,
                ask_for="Rhian",
                who_else_may_answer="Partner sometimes picks up",
                if_someone_else_answers="Say you are calling from the dentist about an appointment",
                code_word="dentist",
                safe_windows=[WeeklyWindow(("mon", "wed", "fri"), clock(10, 0), clock(12, 0))],
            ),
            ContactMethod("landline", "+441632960789", safe_to_call=False, notes="His mother answers: never ring"),
        ],
        children=[
            Child(
                "Ffion",
                age=9,
                school="Ysgol Gynradd Llanidloes",
                lives_with="Mother",
                safety_steps="Knows to go to Gwen's",
            ),
            Child(
                "Osian", age=4, lives_with="Mother", contact_arrangements="Supervised contact with father, Saturdays"
            ),
        ],
        person_causing_harm=PersonCausingHarm(
            "Dylan Marsh",
            relationship="Partner",
            custody_status="on_licence",
            release_date=date(2026, 8, 1),
            licence_conditions="No contact with Rhian except through solicitors; curfew 19:00-07:00",
            exclusion_zones="Llanidloes town centre",
            probation_officer="J. Price, Newtown office",
            programme=Programme("Building Choices", date(2026, 10, 1), 4, "started"),
        ),
    )
    plan = PlanVersion(
        template="in_relationship",
        items=tuple(PlanItem(s, t, p) for s, t, p in _ITEMS),
        review_date=date(2026, 12, 10),
        case_id=case.id or "",
        version=3,
        id="01JPLANBENCH000000000000",
        author="Sam Evans",
        saved_at="2026-11-18T10:42:00Z",
    )
    return case, plan


def equivalent_html(case: Case, plan: PlanVersion) -> str:
    """The worker copy as a word-processor document would hold it: headings, a details table, the items."""
    e = html.escape
    rows = [
        ("Preferred name", case.preferred_name),
        ("Legal name", case.legal_name),
        ("Pronouns", case.pronouns),
        ("Date of birth", str(case.date_of_birth)),
        ("Languages", ", ".join(case.languages)),
        ("Access needs", case.access_needs),
        ("Address", ", ".join(case.address_lines)),
        ("Allocated worker", case.allocated_worker),
    ]
    for m in case.contact_methods:
        rows += [
            (m.kind, m.value),
            ("Safe to call", str(m.safe_to_call)),
            ("Safe to text", str(m.safe_to_text)),
            ("Voicemail allowed", str(m.voicemail_allowed)),
            ("Withhold our number", str(m.withhold_number)),
            ("Ask for", m.ask_for),
            ("Who else may answer", m.who_else_may_answer),
            ("If someone else answers", m.if_someone_else_answers),
            ("Code word", m.code_word),
            ("Notes", m.notes),
        ]
    for c in case.children:
        rows += [("Child", f"{c.name} ({c.age})"), ("School", c.school), ("Lives with", c.lives_with)]
        rows += [("Contact arrangements", c.contact_arrangements), ("Safety steps", c.safety_steps)]
    p = case.person_causing_harm
    if p:
        rows += [
            ("Person causing harm", p.name),
            ("Relationship", p.relationship),
            ("Custody", p.custody_status),
            ("Release date", str(p.release_date)),
            ("Licence conditions", p.licence_conditions),
            ("Exclusion zones", p.exclusion_zones),
            ("Probation officer", p.probation_officer),
        ]
    rows += [("Emergency", "999"), ("24-hour support line (England)", "0808 2000 247")]
    rows += [("24-hour support line (Wales)", "0808 80 10 800"), ("Samaritans", "116 123")]
    parts = [
        "<html><head><meta charset='utf-8'><title>Notes</title><style>",
        "body{font-family:'DejaVu Sans';font-size:10pt} td{vertical-align:top;border-bottom:0.3pt solid black}",
        "</style></head><body>",
        f"<h1>Safety plan: worker copy</h1><p>{e(case.preferred_name)}</p>",
        f"<p>Version {plan.version}, saved by {e(plan.author)} on {e(plan.saved_at)}</p><h2>The plan</h2>",
    ]
    for section in SECTIONS:
        items = plan.section_items(section)
        if items:
            parts.append(f"<h3>{e(SECTION_TITLES[section])}</h3><ul>")
            parts += [f"<li>{'' if i.personal_copy else '<b>WORKER ONLY</b> · '}{e(i.text)}</li>" for i in items]
            parts.append("</ul>")
    parts.append("<h2>The person</h2><table>")
    parts += [f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows if v]
    parts.append("</table><p><small>Worker copy: keep secure</small></p></body></html>")
    return "\n".join(parts)


def page_count(pdf: bytes) -> int:
    """Pages in a PDF, counted from its page objects (enough for a figure; no PDF library needed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def median_ms(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def bench_ours(runs: int, write: Path | None) -> dict[str, float]:
    case, plan = sample()
    start = time.perf_counter()
    render_plan(case, plan, VARIANTS["worker"])
    print(f"first render in this process (loads the fonts): {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"\n{'variant':<16} {'median ms':>10} {'fastest':>9} {'pages':>6} {'KiB':>6}")
    results = {}
    for name, options in VARIANTS.items():
        data = render_plan(case, plan, options)
        med, best = median_ms(lambda o=options: render_plan(case, plan, o), runs)
        pages = page_count(data)
        print(f"{name:<16} {med:>10.1f} {best:>9.1f} {pages:>6} {len(data) / 1024:>6.0f}")
        results[name] = med
        if write:
            write.mkdir(parents=True, exist_ok=True)
            (write / f"plan-{name.replace(' ', '-')}.pdf").write_bytes(data)
    return results


def bench_libreoffice(runs: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("\nLibreOffice (soffice) is NOT installed: no comparison. Install it with")
        print("  apt-get install -y --no-install-recommends libreoffice-writer-nogui")
        return None
    case, plan = sample()
    with tempfile.TemporaryDirectory(prefix="sw-bench-") as tmp:
        src = Path(tmp) / "plan.html"
        src.write_text(equivalent_html(case, plan), encoding="utf-8")
        profile = Path(tmp) / "profile"

        def convert() -> None:
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                 "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(src)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip

        convert()  # first start creates the profile: not counted
        med, best = median_ms(convert, runs)
        data = (Path(tmp) / "plan.pdf").read_bytes()
        size, pages = len(data), page_count(data)
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"\nLibreOffice ({version or soffice}), worker copy from HTML, one soffice start per conversion:")
    print(f"{'soffice':<16} {med:>10.1f} {best:>9.1f} {pages:>6} {size / 1024:>6.0f}")
    return med


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per variant (default 7; at least 5)")
    parser.add_argument("--write", type=Path, help="also save each variant's PDF in this folder")
    args = parser.parse_args()
    runs = max(5, args.runs)
    ours = bench_ours(runs, args.write)
    theirs = bench_libreoffice(runs)
    if theirs:
        print(f"\nratio ours/LibreOffice (worker copy): {ours['worker'] / theirs:.3f}")
        print(f"LibreOffice takes {theirs / ours['worker']:.0f} times as long")


if __name__ == "__main__":
    main()
