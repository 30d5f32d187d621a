"""Printed safety plans: the person's copy and the card give nothing away; the worker copy has everything.

Each test builds a small Case and PlanVersion directly and reads the PDF back with pypdf, as anyone who
found the sheet (or the file) could.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from safetyworker.errors import InvalidInput
from safetyworker.plans.model import SECTIONS, PlanItem, PlanVersion
from safetyworker.printing import strings
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.plan_pdf import render_plan, revealing_words
from safetyworker.records.model import Case, ContactMethod, PersonCausingHarm

#: Words that tell what the sheet is (issue 5), in English and Welsh.
REVEALING = [
    "domestic",
    "abuse",
    "violence",
    "perpetrator",
    "probation",
    "refuge",
    "marac",
    "risk",
    "safety worker",
    "safety plan",
    "harm",
    "cam-drin",
    "trais",
    "prawf",
    "lloches",
    "risg",
    "diogelwch",
]
#: Real helpline names that would tell as much as the words.
REAL_NAMES = ["Live Fear Free", "National Domestic Abuse Helpline", "Respect", "Galop", "Karma Nirvana"]
WORKER_ONLY = "Ring the MARAC coordinator about the licence breach"
PERSONAL = "Aunty Gwen: 07700 900123, any time"
CODE_WORD = "Did you feed the cat means come now"
DISCREET_OPTIONS = [
    PrintOptions(variant, large_print=large, lang=lang)
    for variant in ("personal", "card")
    for lang in ("en", "cy")
    for large in (False, True)
]


def make_case() -> Case:
    return Case(
        preferred_name="Rhian Pritchard",
        id="01JCASETEST00000000000000",
        legal_name="Rhiannon Mair Pritchard",
        allocated_worker="Sam Evans",
        referral_source="Probation",
        contact_methods=[ContactMethod("mobile", "+447700900456", code_word="dentist")],
        person_causing_harm=PersonCausingHarm("Dylan Marsh", relationship="Partner", probation_officer="J. Price"),
    )


def make_plan(items: tuple[PlanItem, ...] | None = None) -> PlanVersion:
    if items is None:
        items = (
            PlanItem("people_to_contact", PERSONAL, True),
            PlanItem("safe_places", "The library on Broad Street", True),
            PlanItem("code_words", CODE_WORD, True),
            PlanItem("documents", "Passports at Mum's; bwrdd and tŷ ŵyn", True),
            PlanItem("leaving_plan", WORKER_ONLY, False),
        )
    return PlanVersion(
        template="in_relationship",
        items=items,
        review_date=date(2026, 12, 10),
        case_id="01JCASETEST00000000000000",
        version=2,
        id="01JPLANTEST0000000000000",
        author="Sam Evans",
        saved_at="2026-11-18T10:42:00Z",
    )


def text_of(pdf: bytes) -> str:
    """All the text, lower case, with every run of whitespace as one space (words split over lines join)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)).lower()


def font_sizes(pdf: bytes) -> list[float]:
    """The type size of every printed character (a size counts once per character set in it)."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        sizes.extend([round(size * tm[3], 2)] * len(text.strip()))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("options", DISCREET_OPTIONS, ids=lambda o: f"{o.variant}-{o.lang}-{o.large_print}")
def test_person_copy_and_card_reveal_nothing(options):
    text = text_of(render_plan(make_case(), make_plan(), options))
    for word in REVEALING:
        assert word not in text, word
    for secret in ["Dylan Marsh", "J. Price", WORKER_ONLY, "Rhian", "Sam Evans", *REAL_NAMES]:
        assert secret.lower() not in text, secret
    assert PERSONAL.lower() in text
    assert CODE_WORD.lower() in text
    assert "999" in text and "55" in text
    assert "0808 2000 247" in text  # the 24-hour line, under its neutral label


def test_the_printed_words_themselves_reveal_nothing_in_either_language():
    for lang in ("en", "cy"):
        words = strings.words(lang)
        printed = {k: v for k, v in words.items() if k not in ("about", "revealing_words")}
        text = json.dumps(printed, ensure_ascii=False).lower()
        for word in [*REVEALING, *(w.lower() for w in strings.all_revealing_words())]:
            assert word not in text, (lang, word)


def test_worker_copy_holds_everything():
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("worker", lang="cy")))
    for expected in [
        "safety plan: worker copy",
        "dylan marsh",
        "person causing harm",
        "j. price",
        WORKER_ONLY.lower(),
        "worker only",
        PERSONAL.lower(),
        "rhiannon mair pritchard",
        "07700 900456",
        "version 2",
        "sam evans",
        "10 december 2026",
        "national domestic abuse helpline",
        "last checked 2026-11",
        "worker copy — keep secure",
        "people to contact (besides the police)",  # English: the worker copy ignores lang
    ]:
        assert expected in text.replace("plan version 2", "version 2"), expected


def test_worker_only_items_are_marked_and_personal_ones_are_not():
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("worker")))
    assert f"worker only · {WORKER_ONLY.lower()}" in text
    assert f"worker only · {PERSONAL.lower()}" not in text


@pytest.mark.parametrize("variant", ["worker", "personal", "card"])
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_metadata_is_neutral(variant, lang):
    pdf = render_plan(make_case(), make_plan(), PrintOptions(variant, lang=lang))
    meta = PdfReader(io.BytesIO(pdf)).metadata
    welsh = lang == "cy" and variant != "worker"
    assert meta.title == ("Nodiadau" if welsh else "Notes")
    for key in ("/Author", "/Creator", "/Producer", "/Subject", "/Keywords"):
        assert meta.get(key, "") == "", key
    assert b"reportlab" not in pdf.lower()
    assert b"safetyworker" not in pdf.lower() and b"safety worker" not in pdf.lower()
    assert meta.creation_date.year == 2000  # a fixed date: the file does not say when it was printed


def test_same_plan_gives_the_same_bytes():
    options = PrintOptions("personal", lang="cy")
    assert render_plan(make_case(), make_plan(), options) == render_plan(make_case(), make_plan(), options)


def test_welsh_copy_has_welsh_titles_and_letters():
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("personal", lang="cy")))
    for title in ["fy nghynllun", "pobl y gallaf eu ffonio", "papurau i'w cadw gyda'i gilydd", "rhifau defnyddiol"]:
        assert title in text
    assert "tŷ ŵyn" in text  # the embedded font has the Welsh letters
    assert "10 rhagfyr 2026" in text
    assert "people i can call" not in text


def test_large_print_body_is_16_pt_or_more():
    case, plan = make_case(), make_plan()
    for variant in ("worker", "personal"):
        normal = font_sizes(render_plan(case, plan, PrintOptions(variant)))
        large = font_sizes(render_plan(case, plan, PrintOptions(variant, large_print=True)))
        body = max(set(large), key=large.count)  # the size most text is set in
        assert body >= 16
        assert max(set(normal), key=normal.count) < 16
        assert min(large) >= 14  # even the small print
    card = font_sizes(render_plan(case, plan, PrintOptions("card")))
    card_large = font_sizes(render_plan(case, plan, PrintOptions("card", large_print=True)))
    assert min(card_large) > max(card) * 0.9 and max(card_large) > max(card)


@pytest.mark.parametrize("large", [False, True])
def test_card_is_bank_card_size(large):
    reader = PdfReader(io.BytesIO(render_plan(make_case(), make_plan(), PrintOptions("card", large_print=large))))
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert width_mm == pytest.approx(85.6, abs=0.05)
        assert height_mm == pytest.approx(54.0, abs=0.05)


def test_personal_copy_is_a4():
    page = PdfReader(io.BytesIO(render_plan(make_case(), make_plan(), PrintOptions("personal")))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


@pytest.mark.parametrize("variant", ["personal", "card"])
def test_name_only_when_the_worker_chooses(variant):
    case, plan = make_case(), make_plan()
    assert "rhian" not in text_of(render_plan(case, plan, PrintOptions(variant)))
    named = text_of(render_plan(case, plan, PrintOptions(variant, include_name=True)))
    assert "rhian pritchard" in named
    assert "rhiannon" not in named  # the legal name never


def test_empty_plan_still_prints_the_numbers():
    plan = make_plan(items=())
    for variant in ("worker", "personal", "card"):
        text = text_of(render_plan(make_case(), plan, PrintOptions(variant)))
        assert "999" in text


@pytest.mark.parametrize("variant", ["worker", "personal", "card"])
def test_very_long_notes_flow_onto_more_pages(variant):
    case = make_case()
    case.access_needs = "word " * 800
    case.person_causing_harm.licence_conditions = "x" * 4000
    plan = make_plan(items=tuple(PlanItem("people_to_contact", "long " * 400, True) for _ in range(3)))
    pdf = render_plan(case, plan, PrintOptions(variant, large_print=True))
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 2


def test_rendering_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for options in [PrintOptions("worker"), *DISCREET_OPTIONS]:
        render_plan(make_case(), make_plan(), options)
    assert list(tmp_path.iterdir()) == []


def test_bad_options_are_refused_plainly():
    with pytest.raises(InvalidInput) as err:
        PrintOptions("poster")
    assert err.value.field == "variant"
    with pytest.raises(InvalidInput) as err:
        PrintOptions("personal", lang="fr")
    assert err.value.field == "lang"
    with pytest.raises(InvalidInput):
        PrintOptions("card", large_print="yes")
    assert PrintOptions("worker", lang="cy").print_lang == "en"
    assert PrintOptions("card", lang="cy", large_print=True).audit_detail() == "card:cy:large"


def test_revealing_words_warns_about_personal_items_only():
    plan = make_plan(
        items=(
            PlanItem("people_to_contact", "Ring the refuge if it gets bad", True),
            PlanItem("safe_places", "Lloches in Newtown", True),
            PlanItem("local_services", "The pharmacy on Broad Street", True),
            PlanItem("review", "Talk about the abuse at MARAC", False),
        )
    )
    assert revealing_words(plan) == ["refuge", "lloches"]


def test_default_helplines_never_include_the_line_for_people_who_cause_harm():
    lines = strings.helplines()
    person = {h.id for h in lines.for_person()} | {h.id for h in lines.for_card()}
    assert "respect_phoneline" not in person
    assert {"emergency", "national_da_helpline", "live_fear_free"} <= person
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("personal")))
    assert "0808 802 4040" not in text


@pytest.fixture
def edited_resources(tmp_path, monkeypatch):
    """A copy of resources/ that a test may damage, as an office editing the files by hand might."""
    from safetyworker.resources import resources_dir

    root = tmp_path / "resources"
    for part in ("print", "reference"):
        shutil.copytree(resources_dir() / part, root / part)
    monkeypatch.setattr(strings, "resource", lambda *parts: root.joinpath(*parts))
    for cached in (strings.words, strings._english, strings.helplines):
        cached.cache_clear()
    yield root
    for cached in (strings.words, strings._english, strings.helplines):
        cached.cache_clear()


def test_a_damaged_translation_names_the_file_and_key(edited_resources):
    path = edited_resources / "print" / "strings" / "cy.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["review_date"] = "Byddwn ni'n edrych ar hyn eto."  # the {date} placeholder lost
    del data["sections"]["pets"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(strings.PrintWordsDamaged, match=r"cy\.json.*sections\.pets"):
        render_plan(make_case(), make_plan(), PrintOptions("personal", lang="cy"))
    data["sections"]["pets"] = "Anifeiliaid anwes"
    path.write_text(json.dumps(data), encoding="utf-8")
    strings.words.cache_clear()
    with pytest.raises(strings.PrintWordsDamaged, match=r"review_date.*\{date\}"):
        render_plan(make_case(), make_plan(), PrintOptions("personal", lang="cy"))
    # English is untouched and still prints
    assert render_plan(make_case(), make_plan(), PrintOptions("personal")).startswith(b"%PDF")


def test_an_office_can_change_the_default_numbers(edited_resources):
    path = edited_resources / "reference" / "helplines.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        if entry["id"] == "mens_advice_line":
            entry["personal_copy"] = True
    path.write_text(json.dumps(data), encoding="utf-8")
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("personal")))
    assert "support line for men" in text and "0808 801 0327" in text
    assert "men's advice line" not in text


_texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(alphabet="<>&;\"'/\\bi abr=#[]{}%()\n\t", min_size=1, max_size=200),
    st.text(alphabet="xŵ", min_size=200, max_size=2000),  # one long word
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(st.tuples(st.sampled_from(SECTIONS), _texts, st.booleans()), max_size=6),
    options=st.sampled_from([PrintOptions("worker"), *DISCREET_OPTIONS]),
    name=_texts,
)
def test_any_item_text_prints(items, options, name):
    case = make_case()
    case.preferred_name = name
    plan = make_plan(items=tuple(PlanItem(s, t, p) for s, t, p in items))
    named = PrintOptions(options.variant, options.large_print, options.lang, include_name=True)
    reader = PdfReader(io.BytesIO(render_plan(case, plan, named)))
    assert len(reader.pages) >= 1
    simple = [t for _s, t, p in items if p and re.fullmatch(r"[<>&;a-z ]{3,40}", t) and t.strip()]
    if simple and options.variant == "personal":
        text = text_of(render_plan(case, plan, named))
        assert re.sub(r"\s+", " ", simple[0].strip()).lower() in text  # markup characters print as typed


# -- agreed words: the words may print, what they mean never does (issue 11) --------------------------------

_words_text = st.text(alphabet="abcdefghijklm '?", min_size=1, max_size=60).filter(lambda t: len(t.strip()) >= 3)
_meaning_text = st.text(alphabet="nopqrstuvwxyz ", min_size=1, max_size=80).filter(lambda t: len(t.strip()) >= 6)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=_words_text, meaning=_meaning_text, options=st.sampled_from(DISCREET_OPTIONS))
def test_what_agreed_words_mean_is_never_on_the_card_or_personal_copy(words, meaning, options):
    # the two alphabets share no letter, so the meaning cannot show up inside the words by chance
    item = PlanItem("code_words", words, True, meaning=meaning)
    plan = make_plan((item, PlanItem("people_to_contact", PERSONAL, True)))
    flat_meaning = re.sub(r"\s+", " ", meaning.strip())
    printed = text_of(render_plan(make_case(), plan, options))
    assert flat_meaning not in printed
    assert re.sub(r"\s+", " ", words.strip()) in printed  # the words themselves do print
    worker = text_of(render_plan(make_case(), plan, PrintOptions("worker")))
    assert flat_meaning in worker and "what it means (worker copy only)" in worker


def test_demo_cards_give_away_neither_the_code_nor_who_it_goes_to():
    from safetyworker.demo import demo_plans
    from safetyworker.plans.model import parse_plan
    from safetyworker.plans.templates import load_templates

    for name, versions in demo_plans().items():
        draft = parse_plan(versions[-1], tuple(load_templates()))
        plan = make_plan(draft.items)
        agreed = [i for i in draft.items if i.section == "code_words"]
        assert agreed and all(i.meaning for i in agreed), name
        for options in DISCREET_OPTIONS:
            text = text_of(render_plan(Case(preferred_name=name), plan, options))
            for secret in ("999 and send help", "come and get me", "hi'n ffonio", "= ", " means ", "it means"):
                assert secret not in text, (name, options, secret)
            # whoever finds the card must not learn who the words go to: no name in the agreed-words lines
            heading = strings.words(options.print_lang)["sections"]["code_words"].lower()
            if options.variant == "card":
                after = text.split(heading, 1)[1]
                for contact in ("catrin", "kim", "gwenda", "sam", "mrs ellis", "text "):
                    assert contact not in after, (name, options, contact)


def test_an_agreed_words_item_with_no_words_yet_prints_nothing_for_the_person():
    item = PlanItem("code_words", "", True, meaning="Texted to Aunty Gwen: ring 999")
    plan = make_plan((item,))
    for options in DISCREET_OPTIONS:
        text = text_of(render_plan(make_case(), plan, options))
        assert "gwen" not in text and strings.words(options.print_lang)["sections"]["code_words"].lower() not in text
    worker = text_of(render_plan(make_case(), plan, PrintOptions("worker")))
    assert "texted to aunty gwen: ring 999" in worker and "no words to print yet" in worker


# -- the worker copy's language ---------------------------------------------------------------------------------


def test_the_worker_copy_is_english_whatever_language_is_asked():
    # the worker copy is the organisation's record: English, and the front ends say so (see test_plan_cli)
    assert PrintOptions("worker", lang="cy").print_lang == "en"
    text = text_of(render_plan(make_case(), make_plan(), PrintOptions("worker", lang="cy")))
    assert "worker copy" in text and "the plan" in text


# -- "Useful numbers": never split, never alone on a page -------------------------------------------------------


def page_texts(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()).lower() for p in PdfReader(io.BytesIO(pdf)).pages]


def _numbers_page(pages: list[str]) -> int:
    found = [n for n, page in enumerate(pages) if "useful numbers" in page]
    assert len(found) == 1, "the heading prints once"
    return found[0]


def _whole_block_on(page: str) -> bool:
    return all(h.number in page for h in strings.helplines().for_person()) and "press 55" in page


def test_useful_numbers_that_fit_on_page_one_stay_there():
    plan = make_plan((PlanItem("people_to_contact", PERSONAL, True), PlanItem("safe_places", "The library", True)))
    pages = page_texts(render_plan(make_case(), plan, PrintOptions("personal")))
    assert len(pages) == 1 and _whole_block_on(pages[0])


def test_the_demo_plan_whose_numbers_fell_alone_onto_page_two():
    # Ffion's plan: page 1 was a quarter empty and page 2 held the numbers and nothing else
    from safetyworker.demo import demo_plans
    from safetyworker.plans.model import parse_plan
    from safetyworker.plans.templates import load_templates

    plan = make_plan(parse_plan(demo_plans()["Ffion"][-1], tuple(load_templates())).items)
    for large in (False, True):
        pages = page_texts(render_plan(make_case(), plan, PrintOptions("personal", large_print=large)))
        n = _numbers_page(pages)
        assert _whole_block_on(pages[n])
        before_numbers = pages[n].split("useful numbers")[0]
        assert "looking at this again" in before_numbers, "the section before the numbers goes with them"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lengths=st.lists(st.integers(min_value=5, max_value=250), min_size=0, max_size=40),
    large=st.booleans(),
)
def test_useful_numbers_are_never_split_and_never_alone(lengths, large):
    items = tuple(
        PlanItem(SECTIONS[n % len(SECTIONS)], f"item{n} " + "word " * (length // 5), True)
        for n, length in enumerate(lengths)
    )
    plan = make_plan(items)
    pages = page_texts(render_plan(make_case(), plan, PrintOptions("personal", large_print=large)))
    n = _numbers_page(pages)
    assert _whole_block_on(pages[n]), "the block is never split"
    before = pages[n].split("useful numbers")[0]
    assert n == 0 or "item" in before or "look at this again" in before, "never alone on a page"
