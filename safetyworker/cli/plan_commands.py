"""Safety plan commands: set, show, versions, templates, pdf, and the person's own copy (personal,
personal-set) as the desktop's "Show to the person" shows and edits it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import _


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("plan", parents=parents, help=_("write, read and print safety plans"))
    psub = p.add_subparsers(dest="plan_command", required=True, metavar="COMMAND")

    c = psub.add_parser(
        "set", parents=parents, help=_("save a case's safety plan from a JSON file (- for standard input)")
    )
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--author", default="", metavar="NAME", help=_("who wrote this version") + common.FROM_STDIN)
    c.set_defaults(func=cmd_set)

    c = psub.add_parser("show", parents=parents, help=_("show a case's safety plan"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument(
        "--version",
        type=int,
        default=None,
        metavar="N",
        help=_("an earlier version (1 is the first)"),
    )
    c.set_defaults(func=cmd_show)

    c = psub.add_parser(
        "personal", parents=parents, help=_("show the person's own copy of a case's plan (only their items)")
    )
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument(
        "--lang", default=None, metavar="en|cy", help=_("its language (default: Welsh when the person speaks it)")
    )
    c.set_defaults(func=cmd_personal)

    c = psub.add_parser(
        "personal-set",
        parents=parents,
        help=_("save the person's items, edited with them, as a new version (JSON file, - for standard input)"),
    )
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--author", default="", metavar="NAME", help=_("who wrote this version") + common.FROM_STDIN)
    c.set_defaults(func=cmd_personal_set)

    c = psub.add_parser("versions", parents=parents, help=_("list the saved versions of a case's safety plan"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.set_defaults(func=cmd_versions)

    c = psub.add_parser("templates", parents=parents, help=_("list the safety plan templates"))
    c.set_defaults(func=cmd_templates)

    c = psub.add_parser("pdf", parents=parents, help=_("save a printable copy of a case's safety plan as a PDF file"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--variant", required=True, metavar="worker|personal|card", help=_("which copy"))
    c.add_argument("--large-print", action="store_true", help=_("bigger type"))
    c.add_argument(
        "--lang",
        default="en",
        metavar="en|cy",
        help=_("language of the personal copy and the card (the worker copy is always English)"),
    )
    c.add_argument("--with-name", action="store_true", help=_("print the person's name on their copy"))
    c.add_argument(
        "--version",
        type=int,
        default=None,
        metavar="N",
        help=_("an earlier version (1 is the first)"),
    )
    c.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the PDF file to write"))
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_pdf)


def cmd_set(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        service = session.unlocked(session.plans)
        saved = service.set(args.case_id, data, author=args.author)
        current = saved or service.current(args.case_id)
    number = current.version if current else None
    if args.json:
        output.emit_json({"case_id": args.case_id, "changed": saved is not None, "version": number})
    elif saved:
        print(_("Saved version {n} of the safety plan.").format(n=number))
    else:
        print(_("No changes: the plan is the same as version {n}, so no new version was saved.").format(n=number))
    return 0


def cmd_show(args: Any) -> int:
    from safetyworker.plans.model import SECTION_TITLES, SECTIONS
    from safetyworker.plans.templates import load_templates

    with common.open_session(args) as session:
        doc = session.unlocked(session.plans).show(args.case_id, args.version)
    if args.json:
        output.emit_json(doc)
        return 0
    if doc is None:
        print(_("This case has no safety plan yet."))
        return 0
    templates = load_templates()
    template = templates[doc["template"]].title if doc["template"] in templates else doc["template"]
    output.pairs(
        [
            (_("Version"), _("{n} of {total}").format(n=doc["version"], total=doc["versions"])),
            (_("Saved"), doc["saved_at"] + (_(" by {author}").format(author=doc["author"]) if doc["author"] else "")),
            (_("Started from"), template),
            (_("Review date"), doc["review_date"] or _("none set")),
        ]
    )
    print(_("[person] is on the person's own copy; [worker] is on the worker's copy only."))
    for section in SECTIONS:
        items = [i for i in doc["items"] if i["section"] == section]
        if not items:
            continue
        print()
        print(SECTION_TITLES[section])
        for item in items:
            mark = _("[person]") if item["personal_copy"] else _("[worker]")
            lines = item["text"].splitlines() or [""]
            print(f"  {mark} {lines[0]}")
            for line in lines[1:]:
                print(f"  {' ' * len(mark)} {line}")
            if item.get("meaning"):
                # what agreed words mean: on the worker copy only, never printed for the person
                means = _("[worker] means:")
                for n, line in enumerate(item["meaning"].splitlines() or [""]):
                    print(f"    {means if n == 0 else ' ' * len(means)} {line}")
    return 0


def cmd_personal(args: Any) -> int:
    with common.open_session(args) as session:
        view = session.unlocked(session.plans).for_person(args.case_id, args.lang)
    if view is None:
        if args.json:
            output.emit_json(None)
        else:
            print(_("This case has no safety plan yet."))
        return 0
    titles = dict(view.section_titles)
    doc = {
        "case_id": view.case_id,
        "version_id": view.version_id,
        "lang": view.lang,
        "title": view.title,
        "items": [
            {"section": e.section, "section_title": titles[e.section], "text": e.text, "index": e.index}
            for e in view.entries
        ],
        "review": view.review_line or None,
        "numbers_heading": view.numbers_heading,
        "numbers": [{"label": label, "number": number} for label, number in view.numbers],
        "emergency_tip": view.emergency_tip,
    }
    if args.json:
        output.emit_json(doc)
        return 0
    print(view.title)
    for section, title in view.section_titles:
        texts = [e.text for e in view.entries if e.section == section]
        if texts:
            print()
            print(title)
            for text in texts:
                lines = text.splitlines() or [""]
                print(f"  • {lines[0]}")
                for line in lines[1:]:
                    print(f"    {line}")
    if view.review_line:
        print()
        print(view.review_line)
    if view.numbers:
        print()
        print(view.numbers_heading)
        for label, number in view.numbers:
            print(f"  {label}: {number}")
    return 0


def cmd_personal_set(args: Any) -> int:
    from safetyworker.plans.model import parse_personal

    version_id, entries = parse_personal(common.read_json(args.file))
    with common.open_session(args) as session:
        service = session.unlocked(session.plans)
        saved = service.save_for_person(args.case_id, version_id, entries, author=args.author)
        current = saved or service.current(args.case_id)
    number = current.version if current else None
    output.result(
        args,
        {"case_id": args.case_id, "changed": saved is not None, "version": number},
        _("Saved version {n} of the safety plan.").format(n=number)
        if saved
        else _("No changes: the plan is the same as version {n}, so no new version was saved.").format(n=number),
    )
    return 0


def cmd_versions(args: Any) -> int:
    with common.open_session(args) as session:
        versions = session.unlocked(session.plans).versions(args.case_id)
    if args.json:
        output.emit_json(
            [
                {
                    "version": v.version,
                    "id": v.id,
                    "saved_at": v.saved_at,
                    "author": v.author,
                    "template": v.template,
                    "items": len(v.items),
                    "personal_items": len(v.personal_items()),
                    "review_date": v.review_date.isoformat() if v.review_date else None,
                }
                for v in versions
            ]
        )
        return 0
    if not versions:
        print(_("This case has no safety plan yet."))
        return 0
    output.table(
        [_("Version"), _("Saved"), _("By"), _("Items"), _("On the person's copy"), _("Review date")],
        [
            (
                v.version,
                v.saved_at,
                v.author,
                len(v.items),
                len(v.personal_items()),
                v.review_date.isoformat() if v.review_date else "",
            )
            for v in versions
        ],
    )
    return 0


def cmd_templates(args: Any) -> int:
    # The templates are shipped files: listing them needs no store and no passphrase.
    from safetyworker.plans.templates import load_templates

    templates = list(load_templates().values())
    if args.json:
        output.emit_json([t.to_json() for t in templates])
        return 0
    output.table(
        [_("ID"), _("Template"), _("Sections")],
        [(t.id, t.title, len(t.sections)) for t in templates],
    )
    return 0


def cmd_pdf(args: Any) -> int:
    from safetyworker.printing.options import PrintOptions
    from safetyworker.services.plans import SAVE_PDF
    from safetyworker.sync import files

    options = PrintOptions(
        variant=args.variant, large_print=args.large_print, lang=args.lang, include_name=args.with_name
    )
    target = common.output_target(args.output, args.force)
    if options.print_lang != options.lang:
        # the worker copy is the organisation's record, in English: say so rather than ignore --lang quietly
        print(
            _("The worker copy is printed in English; --lang applies to the person's copy and the card."),
            file=sys.stderr,
        )
    with common.open_session(args) as session:
        service = session.unlocked(session.plans)
        pdf = service.render(args.case_id, options, SAVE_PDF, args.version)
        number = args.version
        if not number:
            current = service.current(args.case_id)
            assert current is not None  # render found the plan, or refused, just above
            number = current.version
        if_found = service.if_found(args.case_id, options, args.version)
    if if_found:
        print(if_found, file=sys.stderr)  # what the copy gives away if found, before the worker hands it over
    files.write_private(target, pdf)  # never in a store folder, whole or not there, this user's only
    if args.json:
        output.emit_json(
            {
                "case_id": args.case_id,
                "file": str(target),
                "variant": options.variant,
                "lang": options.print_lang,
                "version": number,
                "if_found": if_found,
            }
        )
    else:
        print(
            _("Saved version {n} of the plan to {name}. Keep it safe, or delete it once printed.").format(
                n=number, name=target
            )
        )
    return 0
